#define _POSIX_C_SOURCE 200809L
#include "store/sparql.h"

#include "model/classes.h"
#include "model/vocab.h"

#include <cjson/cJSON.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Prefixes of the table (the remote results declare none): the
 * vocabularies, then one per class of resource under the default base
 * (model/classes.h), written into `iris` (PACT_N_CLASSES + 1 slots of 64
 * bytes). Returns how many. */
enum { N_VOCABULARIES = 8, CLASS_IRI_MAX = 64 };
static size_t
known_prefixes(PactResultPrefix *known, char (*iris)[CLASS_IRI_MAX])
{
  static const PactResultPrefix vocabularies[N_VOCABULARIES] = {
    {"pact", PACT_NS},  {"xsd", NS_XSD},   {"rdf", NS_RDF},         {"rdfs", NS_RDFS},
    {"skos", NS_SKOS},  {"dcterms", NS_DCTERMS}, {"owl", NS_OWL},   {"area", PACT_AREA_NS},
  };
  size_t n = 0;

  for (; n < N_VOCABULARIES; n++) {
    known[n] = vocabularies[n];
  }
  for (int c = 0; c <= PACT_N_CLASSES; c++) {
    const char *name = pact_resource_class(c)->name;
    snprintf(iris[c], CLASS_IRI_MAX, PACT_DEFAULT_BASE "%s/", name);
    known[n].prefix = name;
    known[n].ns = iris[c];
    n++;
  }
  return n;
}

/* A binding of the JSON results as a writer's term (borrowing its
 * strings); unbound when it is not a term. */
static void
get_term(const cJSON *binding, PactResultTerm *t)
{
  const cJSON *type = cJSON_GetObjectItemCaseSensitive(binding, "type");
  const cJSON *value = cJSON_GetObjectItemCaseSensitive(binding, "value");
  const cJSON *lang = cJSON_GetObjectItemCaseSensitive(binding, "xml:lang");
  const cJSON *dt = cJSON_GetObjectItemCaseSensitive(binding, "datatype");

  memset(t, 0, sizeof *t);
  if (!cJSON_IsString(type) || !cJSON_IsString(value)) {
    return;
  }
  t->value = value->valuestring;
  t->len = strlen(t->value);
  if (strcmp(type->valuestring, "uri") == 0) {
    t->kind = PACT_RESULT_IRI;
    return;
  }
  if (strcmp(type->valuestring, "bnode") == 0) {
    t->kind = PACT_RESULT_BLANK;
    return;
  }
  /* "literal", or SPARQL 1.0's "typed-literal" (Virtuoso still sends it) */
  t->kind = PACT_RESULT_LITERAL;
  t->lang = cJSON_IsString(lang) && *lang->valuestring ? lang->valuestring : NULL;
  t->datatype = !t->lang && cJSON_IsString(dt) ? dt->valuestring : NULL;
  if (t->datatype && strcmp(t->datatype, NS_XSD "string") == 0) {
    t->datatype = NULL; /* a plain string, as RDF 1.1 has it */
  }
}

/* The rows of a SELECT answer through `w`. */
static PactStatus
write_select(const cJSON *vars, const cJSON *bindings, PactResultsWriter *w)
{
  size_t n = (size_t)cJSON_GetArraySize(vars);
  const char **names = calloc(n + 1, sizeof *names);
  PactResultTerm *terms = calloc(n + 1, sizeof *terms);
  PactStatus st = names && terms ? PACT_OK : PACT_ERR_NOMEM;
  const cJSON *v;
  const cJSON *row;
  size_t i = 0;

  cJSON_ArrayForEach(v, vars) {
    if (names) {
      names[i++] = cJSON_IsString(v) ? v->valuestring : "?";
    }
  }
  if (st == PACT_OK) {
    st = pact_results_begin(w, names, n);
  }
  cJSON_ArrayForEach(row, bindings) {
    if (st != PACT_OK) {
      break;
    }
    i = 0;
    cJSON_ArrayForEach(v, vars) {
      const cJSON *b = cJSON_IsString(v) ? cJSON_GetObjectItemCaseSensitive(row, v->valuestring)
                                         : NULL;
      get_term(b, &terms[i++]);
    }
    st = pact_results_row(w, terms);
  }
  if (st == PACT_OK) {
    st = pact_results_end(w);
  }
  free(names);
  free(terms);
  return st;
}

PactStatus
pact_sparql_write_answer(const PactHttpAnswer *a, PactResultsForm form, FILE *out,
                         const char *endpoint, PactDiag *d)
{
  cJSON *doc;
  const cJSON *head;
  const cJSON *boolean;
  const cJSON *results;
  PactResultsWriter *w;
  PactResultPrefix known[N_VOCABULARIES + PACT_N_CLASSES + 1];
  char iris[PACT_N_CLASSES + 1][CLASS_IRI_MAX];
  PactStatus st = PACT_OK;

  if (strstr(a->content_type, "json") == NULL) {
    fwrite(a->body, 1, a->len, out); /* a graph: as sent */
    return PACT_OK;
  }
  w = pact_results_new(form, known, known_prefixes(known, iris), out);
  if (!w) {
    return PACT_ERR_NOMEM;
  }
  doc = cJSON_ParseWithLength(a->body, a->len);
  head = cJSON_GetObjectItemCaseSensitive(doc, "head");
  boolean = cJSON_GetObjectItemCaseSensitive(doc, "boolean");
  results = cJSON_GetObjectItemCaseSensitive(doc, "results");
  if (!doc || !head) {
    st = pact_diag(d, PACT_ERR_REMOTE, endpoint, 0,
                   "the answer is not SPARQL JSON results (content type %s)", a->content_type);
  } else if (cJSON_IsBool(boolean)) {
    pact_results_boolean(w, cJSON_IsTrue(boolean));
  } else {
    const cJSON *vars = cJSON_GetObjectItemCaseSensitive(head, "vars");
    const cJSON *bindings = cJSON_GetObjectItemCaseSensitive(results, "bindings");
    if (!cJSON_IsArray(vars) || !cJSON_IsArray(bindings)) {
      st = pact_diag(d, PACT_ERR_REMOTE, endpoint, 0, "the answer has no head.vars or results.bindings");
    } else {
      st = write_select(vars, bindings, w);
    }
  }
  cJSON_Delete(doc);
  pact_results_free(w);
  return st;
}

/* Whether the query is a CONSTRUCT or a DESCRIBE: its first keyword of
 * the four query forms, past comments, IRIs and strings of the prologue.
 * (Stores answer a CONSTRUCT asked for JSON results with s, p, o rows.) */
static int
is_graph_query(const char *q)
{
  while (*q) {
    if (*q == '#') {
      q += strcspn(q, "\n");
    } else if (*q == '<') {
      q += strcspn(q, ">");
    } else if (*q == '"' || *q == '\'') {
      char quote = *q++;
      while (*q && *q != quote) {
        q += *q == '\\' && q[1] ? 2 : 1;
      }
    } else if ((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z')) {
      size_t n = strspn(q, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
      if (q[n] == ':' || (q[n] >= '0' && q[n] <= '9') || q[n] == '_' || q[n] == '-') {
        q += n + 1; /* a prefixed name or a longer word: no keyword */
        continue;
      }
      if ((n == 9 && strncasecmp(q, "construct", 9) == 0) || (n == 8 && strncasecmp(q, "describe", 8) == 0)) {
        return 1;
      }
      if ((n == 6 && strncasecmp(q, "select", 6) == 0) || (n == 3 && strncasecmp(q, "ask", 3) == 0)) {
        return 0;
      }
      q += n;
      continue;
    }
    if (*q) {
      q++;
    }
  }
  return 0;
}

PactStatus
pact_sparql_remote(PactHttp *h, const char *endpoint, const char *query, const char *default_graph,
                   PactResultsForm form, FILE *out, PactDiag *d)
{
  PactBuf body;
  PactHttpAnswer answer;
  PactStatus st;
  const char *accept = is_graph_query(query) ? "text/turtle, application/n-triples;q=0.9"
                                             : "application/sparql-results+json";

  pact_buf_init(&body, 0);
  st = pact_buf_adds(&body, "query=");
  if (st == PACT_OK) {
    st = pact_http_escape(&body, query);
  }
  if (st == PACT_OK && default_graph) {
    st = pact_buf_adds(&body, "&default-graph-uri=");
    if (st == PACT_OK) {
      st = pact_http_escape(&body, default_graph);
    }
  }
  if (st == PACT_OK) {
    st = pact_http_send(h, "POST", endpoint, "application/x-www-form-urlencoded", accept,
                        body.data, body.len, &answer, d);
  }
  if (st == PACT_OK) {
    st = pact_sparql_write_answer(&answer, form, out, endpoint, d);
  }
  pact_buf_free(&body);
  return st;
}
