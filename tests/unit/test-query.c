/* Unit tests of src/query/: the VALUES and COUNT(DISTINCT) rewriting
 * (query/values.h), which variables a pattern finds bound (query/scope.h)
 * and the indexed store behind rasqal (query/store.h), the latter two
 * through real rasqal queries so that the triples-source protocol is
 * exercised; and the result writers (query/results.h), which must print
 * the same bytes for a local answer (query/session.h) and for the same
 * answer from an endpoint (store/sparql.h). */
#define _POSIX_C_SOURCE 200809L /* open_memstream, mkdtemp */
#include "check.h"

#include "query/results.h"
#include "query/scope.h"
#include "query/session.h"
#include "query/store.h"
#include "query/values.h"
#include "store/sparql.h"

#include <raptor2.h>
#include <rasqal.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void
check_rewrite(const char *query, const char *want)
{
  char *out = NULL;
  const char *why = NULL;
  CHECK(pact_sparql_rewrite_values(query, &out, &why) == PACT_OK);
  CHECK_STR(out, want);
  free(out);
}

static void
check_refused(const char *query, const char *why_part)
{
  char *out = NULL;
  const char *why = NULL;
  CHECK(pact_sparql_rewrite_values(query, &out, &why) == PACT_ERR_INPUT);
  CHECK(out == NULL);
  CHECK(why && strstr(why, why_part));
}

static void
test_values(void)
{
  check_rewrite("SELECT * { ?s ?p ?o }", "SELECT * { ?s ?p ?o }");
  check_rewrite("SELECT ?x { ?x a ?c VALUES ?c { <a> <b> } }",
                "SELECT ?x { ?x a ?c { { BIND(<a> AS ?c) } UNION { BIND(<b> AS ?c) } }  }");
  check_rewrite("SELECT * { VALUES (?a ?b) { (1 UNDEF) (UNDEF UNDEF) (\"x}\"@en ex:y) } }",
                "SELECT * { { { BIND(1 AS ?a) } UNION { } UNION { BIND(\"x}\"@en AS ?a) "
                "BIND(ex:y AS ?b) } }  }");
  check_rewrite("SELECT * { ?s ?p ?o VALUES ?s { } }",
                "SELECT * { ?s ?p ?o { FILTER(false) }  }");
  /* After WHERE: into it, the group wrapped so its FILTERs keep their scope. */
  check_rewrite("SELECT ?s WHERE { ?s ?p ?o FILTER(?o) } ORDER BY ?s VALUES ?s { <a> }",
                "SELECT ?s WHERE {{  ?s ?p ?o FILTER(?o) } { { BIND(<a> AS ?s) } } } ORDER BY ?s ");
  /* The word in a string, an IRI, a comment or a name is no keyword. */
  check_rewrite("SELECT * { ?s ?p \"VALUES ?x { 1 }\" . ?s <http://x/VALUES> ex:VALUES # VALUES ?y {2}\n}",
                "SELECT * { ?s ?p \"VALUES ?x { 1 }\" . ?s <http://x/VALUES> ex:VALUES # VALUES ?y {2}\n}");
  /* Malformed: left as it is for rasqal's message. */
  check_rewrite("SELECT * { VALUES ?x 1 }", "SELECT * { VALUES ?x 1 }");
  check_refused("SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p VALUES ?p { <a> }",
                "GROUP BY");
  check_refused("SELECT * { { SELECT ?s { ?s ?p ?o } VALUES ?s { <a> } } }", "subquery");

  char *ask = NULL;
  CHECK(pact_sparql_where_as_ask("PREFIX e: <http://e/> SELECT ?s (COUNT(*) AS ?n) "
                                 "WHERE { ?s e:p \"}\" } GROUP BY ?s", &ask) == PACT_OK);
  CHECK_STR(ask, "PREFIX e: <http://e/> ASK { ?s e:p \"}\" }");
  free(ask);
  CHECK(pact_sparql_where_as_ask("ASK { ?s ?p ?o }", &ask) == PACT_OK);
  CHECK(ask == NULL);
}

static void
check_counted(const char *query, const char *want)
{
  char *out = NULL;
  CHECK(pact_sparql_rewrite_count_distinct(query, &out) == PACT_OK);
  CHECK_STR(out, want);
  free(out);
}

static void
test_count_distinct(void)
{
  check_counted("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x ?p ?o }",
                "SELECT (COUNT(DISTINCT IF(isIRI( ?x), STRLANG(STR( ?x), \"x-iri\"),  ?x)) AS ?n) "
                "{ ?x ?p ?o }");
  /* an expression with parentheses and a ")" in a string; lower case */
  check_counted("SELECT (count( distinct STR(?x) + \")\") AS ?n) {}",
                "SELECT (count( distinct IF(isIRI( STR(?x) + \")\"), STRLANG(STR( STR(?x) + "
                "\")\"), \"x-iri\"),  STR(?x) + \")\")) AS ?n) {}");
  /* left alone: no DISTINCT, *, the words in a string or an IRI */
  check_counted("SELECT (COUNT(?x) AS ?n) (COUNT(DISTINCT *) AS ?m) { ?x <http://e/COUNT> "
                "\"COUNT(DISTINCT ?x)\" }",
                "SELECT (COUNT(?x) AS ?n) (COUNT(DISTINCT *) AS ?m) { ?x <http://e/COUNT> "
                "\"COUNT(DISTINCT ?x)\" }");
  /* unbalanced: as written, for rasqal to report */
  check_counted("SELECT (COUNT(DISTINCT (?x AS ?n) {", "SELECT (COUNT(DISTINCT (?x AS ?n) {");
}

/* For each triple pattern of `text`, its predicate's last letter and the
 * parts bound before it (S, P, O), as "a:- b:SO", in the predicates'
 * order (rasqal keeps the patterns in an order of its own); the caller
 * frees it. */
static char *
bound_before(rasqal_world *world, const char *text)
{
  rasqal_query *q = rasqal_new_query(world, "sparql", NULL);
  if (!q || rasqal_query_prepare(q, (const unsigned char *)text, NULL) != 0) {
    if (q) {
      rasqal_free_query(q);
    }
    return NULL;
  }
  PactQueryScope *scope = pact_query_scope_new(q);
  char slot[26][8] = {{0}};
  rasqal_triple *t;
  for (int i = 0; (t = rasqal_query_get_triple(q, i)) != NULL; i++) {
    const char *pred = (const char *)rasqal_literal_as_string(t->predicate);
    int letter = pred[strlen(pred) - 1] - 'a';
    int parts = pact_query_scope_bound_before(scope, t);
    if (letter < 0 || letter >= 26) {
      continue;
    }
    snprintf(slot[letter], sizeof slot[letter], "%c:%s%s%s%s", 'a' + letter,
             parts < 0 ? "?" : parts == 0 ? "-" : "", parts > 0 && (parts & RASQAL_TRIPLE_SUBJECT) ? "S" : "",
             parts > 0 && (parts & RASQAL_TRIPLE_PREDICATE) ? "P" : "",
             parts > 0 && (parts & RASQAL_TRIPLE_OBJECT) ? "O" : "");
  }
  char *out = calloc(1, 26 * 9);
  for (int i = 0; out && i < 26; i++) {
    if (slot[i][0]) {
      strcat(out, *out ? " " : "");
      strcat(out, slot[i]);
    }
  }
  pact_query_scope_free(scope);
  rasqal_free_query(q);
  return out;
}

static void
test_scope(void)
{
  rasqal_world *world = rasqal_new_world();
  CHECK(world && rasqal_world_open(world) == 0);
  char *got;
  /* in one group, in order: what an earlier pattern bound is read */
  got = bound_before(world, "SELECT * { ?a <http://e/a> ?p . ?a <http://e/b> ?x . "
                            "GRAPH ?g { ?a <http://e/c> ?p } }");
  CHECK_STR(got, "a:- b:S c:SO");
  free(got);
  /* GRAPH first: the patterns after it read its variables */
  got = bound_before(world, "SELECT * { GRAPH ?g { ?a <http://e/a> ?p } ?a <http://e/b> ?g }");
  CHECK_STR(got, "a:- b:SO");
  free(got);
  /* UNION: each branch from the same start; after it, only what every
   * branch binds; OPTIONAL binds nothing for the patterns after it */
  got = bound_before(world, "SELECT * { ?z <http://e/a> ?z { ?a <http://e/b> ?b } UNION "
                            "{ ?a <http://e/c> ?z } ?a <http://e/d> ?b "
                            "OPTIONAL { ?b <http://e/e> ?c } ?c <http://e/f> ?a }");
  CHECK_STR(got, "a:- b:- c:O d:S e:S f:O");
  free(got);
  /* a subquery starts from nothing */
  got = bound_before(world, "SELECT * { ?a <http://e/a> ?b { SELECT ?a { ?a <http://e/b> ?c } } }");
  CHECK_STR(got, "a:- b:-");
  free(got);
  pact_query_scope_free(NULL);
  rasqal_free_world(world);
}

/* Loads N-Quads text into a store through raptor. */
typedef struct {
  PactQueryStore *store;
  PactStatus status;
} Load;

static void
on_statement(void *user_data, raptor_statement *t)
{
  Load *load = user_data;
  if (load->status == PACT_OK) {
    load->status = pact_query_store_add(load->store, t, 1);
  }
}

/* A sealed store of N-Quads text, attached to `world`; NULL on failure. */
static PactQueryStore *
load_store(rasqal_world *world, const char *nq, size_t len)
{
  raptor_world *rw = rasqal_world_get_raptor(world);
  Load load = {pact_query_store_new(), PACT_OK};
  raptor_parser *parser = raptor_new_parser(rw, "nquads");
  raptor_uri *base = raptor_new_uri(rw, (const unsigned char *)"http://e/");
  if (load.store && parser && base) {
    raptor_parser_set_statement_handler(parser, &load, on_statement);
    raptor_parser_parse_start(parser, base);
    raptor_parser_parse_chunk(parser, (const unsigned char *)nq, len, 1);
  }
  raptor_free_uri(base);
  raptor_free_parser(parser);
  if (!load.store || load.status != PACT_OK || pact_query_store_seal(load.store) != PACT_OK ||
      pact_query_store_attach(load.store, world) != PACT_OK) {
    pact_query_store_free(load.store);
    return NULL;
  }
  return load.store;
}

/* The first column of every row of a SELECT, joined by spaces, sorted as
 * the store gives them; the caller frees it. */
static char *
select_column(rasqal_world *world, const char *text)
{
  rasqal_query *q = rasqal_new_query(world, "sparql", NULL);
  char *out = calloc(1, 4096);
  if (!q || !out || rasqal_query_prepare(q, (const unsigned char *)text, NULL) != 0) {
    if (q) {
      rasqal_free_query(q);
    }
    free(out);
    return NULL;
  }
  rasqal_query_results *r = rasqal_query_execute(q);
  while (r && !rasqal_query_results_finished(r)) {
    rasqal_literal *v = rasqal_query_results_get_binding_value(r, 0);
    const unsigned char *s = v ? rasqal_literal_as_string(v) : (const unsigned char *)"-";
    if (*out) {
      strcat(out, " ");
    }
    strncat(out, (const char *)s, 4000 - strlen(out));
    rasqal_query_results_next(r);
  }
  if (r) {
    rasqal_free_query_results(r);
  }
  rasqal_free_query(q);
  return out;
}

static void
test_store(void)
{
  static const char nq[] =
    "<http://e/a> <http://e/p> <http://e/b> .\n"
    "<http://e/a> <http://e/p> <http://e/b> .\n" /* twice: once in the store */
    "<http://e/b> <http://e/p> <http://e/c> .\n"
    "<http://e/a> <http://e/q> \"x\"@EN .\n"
    "<http://e/a> <http://e/q> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
    "_:n <http://e/p> _:n .\n"
    "<http://e/a> <http://e/p> <http://e/c> <http://e/g1> .\n"
    "<http://e/c> <http://e/p> <http://e/c> <http://e/g2> .\n";
  rasqal_world *world = rasqal_new_world();
  CHECK(world && rasqal_world_open(world) == 0);
  PactQueryStore *store = load_store(world, nq, sizeof nq - 1);
  CHECK(store != NULL);
  CHECK(pact_query_store_size(store) == 7);

  char *got;
  got = select_column(world, "SELECT ?o { <http://e/a> <http://e/p> ?o }");
  CHECK_STR(got, "http://e/b");
  free(got);
  got = select_column(world, "SELECT ?s { ?s <http://e/p> <http://e/c> }");
  CHECK_STR(got, "http://e/b");
  free(got);
  /* a join through a bound variable, and a constant the store lacks */
  got = select_column(world, "SELECT ?x { ?x <http://e/p> ?y . ?y <http://e/p> <http://e/c> }");
  CHECK_STR(got, "http://e/a");
  free(got);
  got = select_column(world, "SELECT ?x { ?x <http://e/none> ?y }");
  CHECK_STR(got, "");
  free(got);
  /* one variable twice in a pattern; language tags without case */
  got = select_column(world, "SELECT ?x { ?x <http://e/p> ?x }");
  CHECK(got && strlen(got) > 0 && strchr(got, ' ') == NULL);
  free(got);
  got = select_column(world, "SELECT ?x { ?x <http://e/q> \"x\"@en }");
  CHECK_STR(got, "http://e/a");
  free(got);
  got = select_column(world, "SELECT ?x { ?x <http://e/q> 5 }");
  CHECK_STR(got, "http://e/a");
  free(got);
  /* named graphs: GRAPH sees them, the default graph does not */
  got = select_column(world, "SELECT ?g { GRAPH ?g { ?s <http://e/p> <http://e/c> } }");
  CHECK_STR(got, "http://e/g1 http://e/g2");
  free(got);
  got = select_column(world, "SELECT ?s { GRAPH <http://e/g2> { ?s ?p ?o } }");
  CHECK_STR(got, "http://e/c");
  free(got);
  got = select_column(world, "ASK { GRAPH <http://e/g1> { <http://e/a> <http://e/p> <http://e/c> } }");
  free(got);
  pact_query_store_free(store);
  pact_query_store_free(NULL);
  rasqal_free_world(world);
}

/* Patterns that share variables across a GRAPH, a UNION and an OPTIONAL,
 * which rasqal alone answers wrong (query/scope.h). */
static void
test_shared_variables(void)
{
  static const char nq[] =
    "<http://e/a1> <http://e/t> <http://e/A> .\n"
    "<http://e/a1> <http://e/p> <http://e/x> .\n"
    "<http://e/a1> <http://e/p> <http://e/y> .\n"
    "<http://e/a2> <http://e/t> <http://e/A> .\n"
    "<http://e/a2> <http://e/p> <http://e/x> .\n"
    "<http://e/a2> <http://e/p> <http://e/y> .\n"
    "<http://e/a1> <http://e/p> <http://e/x> <http://e/g1> .\n"
    "<http://e/a1> <http://e/p> <http://e/y> <http://e/g1> .\n";
  rasqal_world *world = rasqal_new_world();
  CHECK(world && rasqal_world_open(world) == 0);
  PactQueryStore *store = load_store(world, nq, sizeof nq - 1);
  CHECK(store != NULL);
  char *got;
  /* rasqal alone: a1 y twice */
  got = select_column(world, "SELECT ?p { ?a <http://e/t> <http://e/A> ; <http://e/p> ?p . "
                             "GRAPH ?g { ?a <http://e/p> ?p } }");
  CHECK_STR(got, "http://e/x http://e/y");
  free(got);
  /* rasqal alone: ?a taken from under the first pattern, rows with no a */
  got = select_column(world, "SELECT ?a { { ?a <http://e/t> ?t . ?a <http://e/p> ?p } UNION "
                             "{ ?z <http://e/none> ?a } ?a <http://e/p> <http://e/y> }");
  CHECK_STR(got, "http://e/a1 http://e/a1 http://e/a2 http://e/a2");
  free(got);
  got = select_column(world, "SELECT ?p { ?a <http://e/t> <http://e/A> OPTIONAL { ?a <http://e/q> ?q } "
                             "GRAPH <http://e/g1> { ?a <http://e/p> ?p } }");
  CHECK_STR(got, "http://e/x http://e/y");
  free(got);
  pact_query_store_free(store);
  rasqal_free_world(world);
}

/* ---- local and remote answers written alike -------------------------------- */

static const PactResultsForm all_forms[] = {
  PACT_RESULTS_TABLE, PACT_RESULTS_CSV, PACT_RESULTS_TSV, PACT_RESULTS_JSON, PACT_RESULTS_XML,
};

/* What is written in `form`, as a new string: `query` run over `session`
 * when `json` is NULL, else `json` (SPARQL JSON results, as an endpoint
 * sends them) written by store/sparql.c. */
static char *
written(PactQuerySession *session, const char *query, const char *json, PactResultsForm form)
{
  PactDiag d = {collect, NULL, 0};
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);

  CHECK(out != NULL);
  if (!out) {
    return NULL;
  }
  if (json) {
    PactHttpAnswer answer = {200, json, strlen(json), "application/sparql-results+json"};
    CHECK(pact_sparql_write_answer(&answer, form, out, "http://e/sparql", &d) == PACT_OK);
  } else {
    CHECK(pact_query_session_run(session, query, "<query>", form, out) == PACT_OK);
  }
  fclose(out);
  return text;
}

/* `query` run locally, and its JSON answer written again as the remote
 * path writes an endpoint's: the same bytes in every form. */
static void
check_alike(PactQuerySession *session, const char *query)
{
  char *json = written(session, query, NULL, PACT_RESULTS_JSON);

  for (size_t i = 0; json && i < sizeof all_forms / sizeof all_forms[0]; i++) {
    char *local = written(session, query, NULL, all_forms[i]);
    char *remote = written(NULL, NULL, json, all_forms[i]);
    CHECK(local && remote);
    if (local && remote && strcmp(local, remote) != 0) {
      fprintf(stderr, "%s as %s:\nlocal:\n%s\nremote:\n%s\n", query,
              pact_results_form_name(all_forms[i]), local, remote);
      CHECK(!"local and remote differ");
    }
    free(local);
    free(remote);
  }
  free(json);
}

static void
test_local_and_remote_alike(void)
{
  /* Only prefixes that the remote table knows (store/sparql.c), so that
   * both tables abbreviate the same IRIs. */
  static const char ttl[] =
    "@prefix pact: <https://w3id.org/pactum/ontology#> .\n"
    "@prefix person: <https://w3id.org/pactum/id/person/> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
    "person:ada a pact:Person ; rdfs:label \"Ada\"@fr, \"Ada \\\"the\\\" first, \\\\ <&> \\u0007\\t\\r\\n\" ;\n"
    "  pact:count 3 ; pact:ratio 4.50 ; pact:flag true ; pact:when \"2024-05-01\"^^xsd:date ;\n"
    "  pact:seen [ rdfs:label \"Zoë 東京\" ] .\n"
    "<http://example.org/a,b> a pact:Person ; rdfs:label \"x\"^^<http://example.org/t> ;\n"
    "  pact:count \"03x\"^^xsd:integer .\n"
    "<https://w3id.org/pactum/id/person/-odd> a pact:Person .\n"
    "<https://w3id.org/pactum/id/person/a.b> a pact:Person .\n";
  static const char ada[] =
    "{\"head\": {\"vars\": [\"s\", \"n\", \"l\"]}, \"results\": {\"bindings\": [{\"s\": "
    "{\"type\": \"uri\", \"value\": \"https://w3id.org/pactum/id/person/ada\"}, \"n\": "
    "{\"type\": \"typed-literal\", \"datatype\": \"http://www.w3.org/2001/XMLSchema#integer\", "
    "\"value\": \"3\"}, \"l\": {\"type\": \"literal\", \"xml:lang\": \"fr\", \"value\": \"Ada\"}}]}}";
  static const char *const queries[] = {
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o",
    "PREFIX pact: <https://w3id.org/pactum/ontology#> SELECT ?s ?n WHERE { ?s a pact:Person "
    "OPTIONAL { ?s pact:count ?n } } ORDER BY ?s",
    "SELECT ?s WHERE { ?s <http://e/none> ?o }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "ASK { ?s ?p ?o }",
    "ASK { ?s <http://e/none> ?o }",
  };
  char dir[] = "/tmp/test-query-XXXXXX";
  char path[sizeof dir + 8];
  FILE *file = NULL;
  PactDiag d = {collect, NULL, 0};
  PactQuerySession *session = NULL;

  if (mkdtemp(dir)) {
    snprintf(path, sizeof path, "%s/g.ttl", dir);
    file = fopen(path, "w");
  }
  CHECK(file != NULL);
  if (!file) {
    return;
  }
  fputs(ttl, file);
  fclose(file);
  messages[0] = '\0';
  CHECK(pact_query_session_new(NULL, &d, &session) == PACT_OK);
  CHECK(pact_query_session_load(session, path, "turtle") == PACT_OK);
  CHECK(pact_query_session_seal(session) == PACT_OK);
  for (size_t i = 0; i < sizeof queries / sizeof queries[0]; i++) {
    check_alike(session, queries[i]);
  }
  /* A canned answer, as Virtuoso sends it (SPARQL 1.0's typed-literal). */
  for (size_t i = 0; i < sizeof all_forms / sizeof all_forms[0]; i++) {
    char *local = written(session,
                          "PREFIX pact: <https://w3id.org/pactum/ontology#> "
                          "SELECT ?s ?n ?l WHERE { ?s pact:count ?n ; "
                          "<http://www.w3.org/2000/01/rdf-schema#label> ?l "
                          "FILTER(LANG(?l) = \"fr\") }",
                          NULL, all_forms[i]);
    char *remote = written(NULL, NULL, ada, all_forms[i]);
    CHECK(local && remote && strcmp(local, remote) == 0);
    free(local);
    free(remote);
  }
  CHECK_STR(messages, "");
  pact_query_session_free(session);
  pact_query_session_free(NULL);
  unlink(path);
  rmdir(dir);
}

int
main(void)
{
  test_values();
  test_count_distinct();
  test_scope();
  test_store();
  test_shared_variables();
  test_local_and_remote_alike();
  return check_status("test-query");
}
