/* Running a session's query and handing its results on: SELECT rows and
 * ASK answers to the writers of query/results.h, CONSTRUCT graphs to
 * librdf's serializers. Also where rasqal 0.9.33's answers are mended
 * before they are written (an empty GROUP BY, an aggregate over no
 * solutions) and where what it cannot run is refused with a way out. */
#define _POSIX_C_SOURCE 200809L
#include "query/session-private.h"

#include "query/values.h"

#include <stdlib.h>
#include <string.h>

/* The session's query parsed again by rasqal alone, to learn what librdf
 * does not tell: the verb, the projection, the grouping. Parsed once, the
 * first time it is asked for (after the VALUES rewrite); its messages are
 * dropped: they are printed when librdf runs the query. The session owns
 * the result; NULL if it does not parse. */
static rasqal_query *
parsed_query(PactQuerySession *s)
{
  if (s->parse_tried) {
    return s->parsed;
  }
  s->parse_tried = 1;
  rasqal_world *rasqal = librdf_world_get_rasqal(s->world);
  rasqal_query *query = rasqal ? rasqal_new_query(rasqal, "sparql", NULL) : NULL;

  if (!query) {
    return NULL;
  }
  s->log.quiet = 1;
  int rc = rasqal_query_prepare(query, (const unsigned char *)s->query_text, s->base);
  s->log.quiet = 0;
  if (rc != 0) {
    rasqal_free_query(query);
    return NULL;
  }
  s->parsed = query;
  return query;
}

/* ---- result columns ------------------------------------------------------- */

/* The names of a SELECT result's columns. */
typedef struct {
  const char **names; /* owned array of borrowed strings */
  int count;
} Columns;

static void
columns_free(Columns *cols)
{
  free(cols->names);
  memset(cols, 0, sizeof *cols);
}

static PactStatus
columns_alloc(Columns *cols, int count)
{
  cols->names = calloc((size_t)count + 1, sizeof *cols->names);
  if (!cols->names) {
    return PACT_ERR_NOMEM;
  }
  cols->count = count;
  return PACT_OK;
}

/* The columns of `results`, read before the first row is consumed because
 * rasqal stops naming them once the last row has gone. For a result
 * without rows librdf names no column at all (rasqal counts those of the
 * first row), so the names come from the projection of the query prepared
 * again. */
static PactStatus
result_columns(PactQuerySession *s, librdf_query_results *results, Columns *cols)
{
  memset(cols, 0, sizeof *cols);

  int count = librdf_query_results_get_bindings_count(results);
  if (count > 0) {
    PACT_TRY(columns_alloc(cols, count));
    for (int i = 0; i < count; i++) {
      const char *name = librdf_query_results_get_binding_name(results, i);
      cols->names[i] = name ? name : "";
    }
    return PACT_OK;
  }

  rasqal_query *parsed = parsed_query(s);
  if (!parsed) {
    return PACT_ERR_INTERNAL;
  }
  raptor_sequence *vars = rasqal_query_get_bound_variable_sequence(parsed);
  count = vars ? raptor_sequence_size(vars) : 0;
  PACT_TRY(columns_alloc(cols, count > 0 ? count : 0));
  for (int i = 0; i < count; i++) {
    rasqal_variable *var = raptor_sequence_get_at(vars, i);
    cols->names[i] = var && var->name ? (const char *)var->name : "";
  }
  return PACT_OK;
}

/* ---- rows ----------------------------------------------------------------- */

/* The rows a writer prints: librdf's, or the one row of an aggregate
 * over no solutions that rasqal 0.9.33 leaves out (empty_group_row()). */
typedef struct {
  librdf_query_results *results;
  librdf_node **row; /* owned: that one row's values (NULL: unbound), or NULL */
  int row_size;
  int row_done;
  int none;          /* no rows, whatever librdf has (grouped_but_empty()) */
} Rows;

static int
rows_finished(Rows *r)
{
  if (r->none) {
    return 1;
  }
  return r->row ? r->row_done : librdf_query_results_finished(r->results);
}

static void
rows_next(Rows *r)
{
  if (r->row) {
    r->row_done = 1;
  } else {
    librdf_query_results_next(r->results);
  }
}

/* Column i of the current row: a new node the caller frees, or NULL. */
static librdf_node *
rows_value(Rows *r, int i)
{
  if (r->row) {
    return i < r->row_size && r->row[i] ? librdf_new_node_from_node(r->row[i]) : NULL;
  }
  return librdf_query_results_get_binding_value(r->results, i);
}

static void
rows_free(Rows *r)
{
  for (int i = 0; r->row && i < r->row_size; i++) {
    if (r->row[i]) {
      librdf_free_node(r->row[i]);
    }
  }
  free(r->row);
  r->row = NULL;
}

static int
is_aggregate(rasqal_op op)
{
  return op == RASQAL_EXPR_COUNT || op == RASQAL_EXPR_SUM || op == RASQAL_EXPR_AVG ||
         op == RASQAL_EXPR_MIN || op == RASQAL_EXPR_MAX || op == RASQAL_EXPR_SAMPLE ||
         op == RASQAL_EXPR_GROUP_CONCAT;
}

static int
find_aggregate(void *user_data, rasqal_expression *e)
{
  (void)user_data;
  return is_aggregate(e->op); /* non-zero stops the visit */
}

/* SPARQL groups a SELECT with aggregates and no GROUP BY into one group,
 * even over no solutions: SELECT (COUNT(*) AS ?n) { nothing } gives one row,
 * n = 0. rasqal 0.9.33 gives no row. Makes that row in r->row when the
 * session's query (with `cols`) is such a query: COUNT, SUM and AVG are 0,
 * GROUP_CONCAT "", MIN, MAX and SAMPLE unbound (an error in SPARQL), other
 * columns unbound. An expression around an aggregate (COUNT(*) + 1) would
 * need rasqal to evaluate it: refused. */
static PactStatus
empty_group_row(PactQuerySession *s, const Columns *cols, Rows *r)
{
  rasqal_query *q = parsed_query(s);
  raptor_sequence *group = q ? rasqal_query_get_group_conditions_sequence(q) : NULL;
  raptor_sequence *having = q ? rasqal_query_get_having_conditions_sequence(q) : NULL;
  raptor_sequence *vars = q ? rasqal_query_get_bound_variable_sequence(q) : NULL;
  int aggregated = 0;

  if (!q || rasqal_query_get_verb(q) != RASQAL_QUERY_VERB_SELECT ||
      (group && raptor_sequence_size(group) > 0) ||
      (having && raptor_sequence_size(having) > 0) || !vars) {
    return PACT_OK;
  }
  for (int i = 0; i < raptor_sequence_size(vars); i++) {
    rasqal_variable *var = raptor_sequence_get_at(vars, i);
    if (var && var->expression && rasqal_expression_visit(var->expression, find_aggregate, NULL)) {
      aggregated = 1;
    }
  }
  if (!aggregated) {
    return PACT_OK;
  }
  r->row = calloc((size_t)cols->count + 1, sizeof *r->row);
  if (!r->row) {
    return PACT_ERR_NOMEM;
  }
  r->row_size = cols->count;
  raptor_world *rw = librdf_world_get_raptor(s->world);
  for (int i = 0; i < cols->count && i < raptor_sequence_size(vars); i++) {
    rasqal_variable *var = raptor_sequence_get_at(vars, i);
    rasqal_expression *e = var ? var->expression : NULL;
    if (!e || !rasqal_expression_visit(e, find_aggregate, NULL)) {
      continue;
    }
    if (!is_aggregate(e->op)) {
      return pact_diag(s->d, PACT_ERR_INTERNAL, s->query_label, 0,
                       "rasqal %s cannot give ?%s over no solutions (an expression "
                       "around an aggregate); select the aggregate alone",
                       rasqal_version_string, var->name);
    }
    if (e->op == RASQAL_EXPR_COUNT || e->op == RASQAL_EXPR_SUM || e->op == RASQAL_EXPR_AVG) {
      raptor_uri *dt = raptor_new_uri(rw, (const unsigned char *)
                                      "http://www.w3.org/2001/XMLSchema#integer");
      r->row[i] = dt ? raptor_new_term_from_counted_literal(rw, (const unsigned char *)"0", 1,
                                                            dt, NULL, 0)
                     : NULL;
      if (dt) {
        raptor_free_uri(dt);
      }
    } else if (e->op == RASQAL_EXPR_GROUP_CONCAT) {
      r->row[i] = raptor_new_term_from_counted_literal(rw, (const unsigned char *)"", 0, NULL,
                                                       NULL, 0);
    } else {
      continue;
    }
    if (!r->row[i]) {
      return PACT_ERR_NOMEM;
    }
  }
  return PACT_OK;
}

/* Whether the query groups (GROUP BY) a WHERE clause that has no
 * solutions: rasqal 0.9.33 then makes up one group with its keys unbound
 * and COUNT(*) 1, where SPARQL gives no row. Asks the WHERE clause alone
 * (ASK stops at its first solution). 0 when it cannot tell. */
static int
grouped_but_empty(PactQuerySession *s)
{
  rasqal_query *q = parsed_query(s);
  raptor_sequence *group = q ? rasqal_query_get_group_conditions_sequence(q) : NULL;
  int grouped = group && raptor_sequence_size(group) > 0;
  char *ask = NULL;
  int empty = 0;

  if (!grouped || pact_sparql_where_as_ask(s->query_text, &ask) != PACT_OK || !ask) {
    free(ask);
    return 0;
  }
  librdf_query *query = librdf_new_query(s->world, "sparql", NULL, (const unsigned char *)ask,
                                         s->base);
  s->log.quiet = 1;
  librdf_query_results *results = query ? librdf_query_execute(query, s->model) : NULL;
  s->log.quiet = 0;
  if (results && librdf_query_results_is_boolean(results)) {
    empty = librdf_query_results_get_boolean(results) == 0;
  }
  if (results) {
    librdf_free_query_results(results);
  }
  if (query) {
    librdf_free_query(query);
  }
  free(ask);
  return empty;
}

/* ---- to the writers ------------------------------------------------------- */

/* `node` (NULL: unbound) as a writer's term, borrowing its strings. */
static void
node_term(librdf_node *node, PactResultTerm *t)
{
  memset(t, 0, sizeof *t);
  if (!node) {
    return;
  }
  if (librdf_node_is_resource(node)) {
    t->kind = PACT_RESULT_IRI;
    t->value = (const char *)librdf_uri_as_string(librdf_node_get_uri(node));
    t->len = strlen(t->value);
  } else if (librdf_node_is_blank(node)) {
    t->kind = PACT_RESULT_BLANK;
    t->value = (const char *)librdf_node_get_blank_identifier(node);
    t->len = strlen(t->value);
  } else if (librdf_node_is_literal(node)) {
    const char *lang = librdf_node_get_literal_value_language(node);
    librdf_uri *datatype = librdf_node_get_literal_value_datatype_uri(node);
    t->kind = PACT_RESULT_LITERAL;
    t->value = (const char *)librdf_node_get_literal_value_as_counted_string(node, &t->len);
    if (!t->value) {
      t->value = "";
      t->len = 0;
    }
    t->lang = lang && lang[0] ? lang : NULL;
    t->datatype = datatype ? (const char *)librdf_uri_as_string(datatype) : NULL;
  }
}

/* Every row of `rows` through `w`. */
static PactStatus
write_rows(Rows *rows, const Columns *cols, PactResultsWriter *w)
{
  size_t n = (size_t)cols->count;
  librdf_node **nodes = calloc(n + 1, sizeof *nodes);
  PactResultTerm *terms = calloc(n + 1, sizeof *terms);
  PactStatus st = nodes && terms ? PACT_OK : PACT_ERR_NOMEM;

  if (st == PACT_OK) {
    st = pact_results_begin(w, cols->names, n);
  }
  while (st == PACT_OK && !rows_finished(rows)) {
    for (size_t i = 0; i < n; i++) {
      nodes[i] = rows_value(rows, (int)i);
      node_term(nodes[i], &terms[i]);
    }
    st = pact_results_row(w, terms);
    for (size_t i = 0; i < n; i++) {
      if (nodes[i]) {
        librdf_free_node(nodes[i]);
      }
    }
    rows_next(rows);
  }
  if (st == PACT_OK) {
    st = pact_results_end(w);
  }
  free(nodes);
  free(terms);
  return st;
}

static PactResultsWriter *
session_writer(PactQuerySession *s, PactResultsForm form, FILE *out)
{
  PactResultPrefix *view = calloc(s->n_prefixes + 1, sizeof *view);
  PactResultsWriter *w = NULL;

  if (view) {
    for (size_t i = 0; i < s->n_prefixes; i++) {
      view[i].prefix = s->prefixes[i].prefix;
      view[i].ns = s->prefixes[i].ns;
    }
    w = pact_results_new(form, view, s->n_prefixes, out);
  }
  free(view);
  return w;
}

/* SELECT and ASK results. */
static PactStatus
write_solutions(PactQuerySession *s, librdf_query_results *results, PactResultsForm form,
                FILE *out)
{
  if (form == PACT_RESULTS_TURTLE || form == PACT_RESULTS_NTRIPLES) {
    return pact_diag(s->d, PACT_ERR_USAGE, NULL, 0,
                     "--results %s is for CONSTRUCT; a SELECT or ASK query "
                     "prints table, csv, tsv, json or xml",
                     pact_results_form_name(form));
  }

  PactResultsWriter *w = session_writer(s, form, out);
  PactStatus st = w ? PACT_OK : PACT_ERR_NOMEM;
  if (st == PACT_OK && librdf_query_results_is_boolean(results)) {
    int value = librdf_query_results_get_boolean(results);
    if (value < 0) {
      st = PACT_ERR_INTERNAL;
    } else {
      pact_results_boolean(w, value);
    }
  } else if (st == PACT_OK) {
    Columns cols;
    Rows rows = {results, NULL, 0, 0, 0};
    st = result_columns(s, results, &cols);
    if (st == PACT_OK && !librdf_query_results_finished(results)) {
      rows.none = grouped_but_empty(s);
    }
    if (st == PACT_OK && librdf_query_results_finished(results)) {
      st = empty_group_row(s, &cols, &rows);
      if (st != PACT_OK) {
        columns_free(&cols);
        rows_free(&rows);
        pact_results_free(w);
        return st == PACT_ERR_NOMEM ? pact_diag(s->d, st, NULL, 0, "out of memory") : st;
      }
    }
    if (st == PACT_OK) {
      st = write_rows(&rows, &cols, w);
    }
    columns_free(&cols);
    rows_free(&rows);
  }
  pact_results_free(w);
  if (st != PACT_OK) {
    pact_diag(s->d, st, NULL, 0, "cannot write the results: %s", pact_strerror(st));
  }
  return st;
}

/* Declares the session's prefixes to `serializer`. */
static PactStatus
declare_prefixes(PactQuerySession *s, librdf_serializer *serializer)
{
  for (size_t i = 0; i < s->n_prefixes; i++) {
    const QueryPrefix *p = &s->prefixes[i];
    librdf_uri *ns = librdf_new_uri(s->world, (const unsigned char *)p->ns);
    int rc = ns ? librdf_serializer_set_namespace(serializer, ns, p->prefix) : 1;
    if (ns) {
      librdf_free_uri(ns);
    }
    if (rc != 0) {
      return pact_diag(s->d, PACT_ERR_INTERNAL, NULL, 0, "cannot declare the prefix '%s:'",
                       p->prefix);
    }
  }
  return PACT_OK;
}

/* CONSTRUCT results: Turtle with the GRAPH files' prefixes, or N-Triples. */
static PactStatus
write_graph(PactQuerySession *s, librdf_query_results *results, PactResultsForm form,
            FILE *out)
{
  if (form != PACT_RESULTS_DEFAULT && form != PACT_RESULTS_TURTLE &&
      form != PACT_RESULTS_NTRIPLES) {
    return pact_diag(s->d, PACT_ERR_USAGE, NULL, 0,
                     "--results %s is for SELECT and ASK; a CONSTRUCT query "
                     "prints turtle or ntriples",
                     pact_results_form_name(form));
  }

  const char *name = form == PACT_RESULTS_NTRIPLES ? "ntriples" : "turtle";
  librdf_serializer *serializer = librdf_new_serializer(s->world, name, NULL, NULL);
  if (!serializer) {
    return pact_diag(s->d, PACT_ERR_INTERNAL, NULL, 0, "librdf has no %s writer", name);
  }

  PactStatus st = form == PACT_RESULTS_NTRIPLES ? PACT_OK : declare_prefixes(s, serializer);
  librdf_stream *stream = NULL;
  if (st == PACT_OK) {
    stream = librdf_query_results_as_stream(results);
    if (!stream) {
      st = pact_diag(s->d, PACT_ERR_INTERNAL, NULL, 0, "cannot read the constructed graph");
    }
  }
  if (st == PACT_OK &&
      librdf_serializer_serialize_stream_to_file_handle(serializer, out, NULL, stream) != 0) {
    st = pact_diag(s->d, PACT_ERR_INTERNAL, NULL, 0, "cannot write the constructed graph");
  }

  if (stream) {
    librdf_free_stream(stream);
  }
  librdf_free_serializer(serializer);
  return st;
}

/* ---- running -------------------------------------------------------------- */

/* What rasqal 0.9.33 parses but does not implement, refused with a way
 * out rather than an empty answer or a bare "could not be run": DESCRIBE
 * <x> fails without a word and DESCRIBE ?x WHERE {...} gives an empty
 * graph; MINUS and (NOT) EXISTS. A query that does not parse passes here;
 * librdf reports its errors. */
static PactStatus
refuse_unimplemented(PactQuerySession *s)
{
  /* rasqal 0.9.33 parses MINUS but cannot run it ("could not be run"), and
   * stops at NOT EXISTS with a syntax error: say what to write instead. */
  if (pact_sparql_has_keyword(s->query_text, "MINUS")) {
    return pact_diag(s->d, PACT_ERR_INPUT, s->query_label, 0,
                     "MINUS is not implemented by rasqal %s; write OPTIONAL { ... } "
                     "FILTER(!BOUND(?v)) with a variable ?v of the removed pattern",
                     rasqal_version_string);
  }
  if (pact_sparql_has_keyword(s->query_text, "EXISTS")) {
    return pact_diag(s->d, PACT_ERR_INPUT, s->query_label, 0,
                     "FILTER EXISTS and NOT EXISTS are not implemented by rasqal %s; write the "
                     "pattern itself (EXISTS) or OPTIONAL { ... } FILTER(!BOUND(?v)) (NOT EXISTS)",
                     rasqal_version_string);
  }
  rasqal_query *query = parsed_query(s);

  if (query && rasqal_query_get_verb(query) == RASQAL_QUERY_VERB_DESCRIBE) {
    return pact_diag(s->d, PACT_ERR_INPUT, s->query_label, 0,
                     "DESCRIBE is not implemented by rasqal %s; use CONSTRUCT",
                     rasqal_version_string);
  }
  return PACT_OK;
}

/* `text` with its VALUES blocks and COUNT(DISTINCT) rewritten
 * (query/values.h) becomes the session's query. */
static PactStatus
rewrite_query(PactQuerySession *s, const char *text)
{
  char *values = NULL;
  const char *why = NULL;
  PactStatus st = pact_sparql_rewrite_values(text, &values, &why);

  if (st == PACT_ERR_INPUT) {
    return pact_diag(s->d, st, s->query_label, 0, "%s", why);
  }
  if (st != PACT_OK) {
    return pact_diag(s->d, st, NULL, 0, "%s", pact_strerror(st));
  }
  char *counted = NULL;
  st = pact_sparql_rewrite_count_distinct(values, &counted);
  free(values);
  if (st != PACT_OK) {
    return pact_diag(s->d, st, NULL, 0, "%s", pact_strerror(st));
  }
  free(s->query_text);
  s->query_text = counted;
  if (s->parsed) { /* a parse of the old text is no parse of this one */
    rasqal_free_query(s->parsed);
    s->parsed = NULL;
  }
  s->parse_tried = 0;
  return PACT_OK;
}

PactStatus
pact_query_session_run(PactQuerySession *s, const char *text, const char *label,
                       PactResultsForm form, FILE *out)
{
  s->query_label = label;
  PACT_TRY(rewrite_query(s, text));
  PACT_TRY(refuse_unimplemented(s));

  librdf_query *query = librdf_new_query(s->world, "sparql", NULL,
                                         (const unsigned char *)s->query_text, s->base);
  if (!query) {
    return pact_diag(s->d, PACT_ERR_INTERNAL, NULL, 0, "cannot create a SPARQL query");
  }

  /* rasqal parses the query here, so syntax errors arrive now. */
  unsigned long errors_before = s->d->errors;
  s->log.source = s->query_label;
  librdf_query_results *results = librdf_query_execute(query, s->model);
  s->log.source = NULL;

  PactStatus st = PACT_OK;
  if (!results || s->d->errors > errors_before) {
    st = PACT_ERR_INPUT;
    if (s->d->errors == errors_before) {
      pact_diag(s->d, st, s->query_label, 0, "the query could not be run");
    }
  } else if (librdf_query_results_is_bindings(results) ||
             librdf_query_results_is_boolean(results)) {
    st = write_solutions(s, results, form, out);
  } else if (librdf_query_results_is_graph(results)) {
    st = write_graph(s, results, form, out);
  } else {
    st = pact_diag(s->d, PACT_ERR_INTERNAL, s->query_label, 0, "an unknown kind of result");
  }

  if (results) {
    librdf_free_query_results(results);
  }
  librdf_free_query(query);
  return st;
}
