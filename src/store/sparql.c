#define _POSIX_C_SOURCE 200809L
#include "store/sparql.h"

#include "model/vocab.h"
#include "write/results.h"

#include <cjson/cJSON.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Prefixes of the table (the remote results declare none). */
static const struct {
  const char *prefix;
  const char *ns;
} known[] = {
  {"pact", PACT_NS},  {"xsd", NS_XSD},   {"rdf", NS_RDF},         {"rdfs", NS_RDFS},
  {"skos", NS_SKOS},  {"dcterms", NS_DCTERMS}, {"owl", NS_OWL},   {"area", PACT_AREA_NS},
  {"person", PACT_DEFAULT_BASE "person/"}, {"institution", PACT_DEFAULT_BASE "institution/"},
  {"country", PACT_DEFAULT_BASE "country/"}, {"place", PACT_DEFAULT_BASE "place/"},
  {"agreement", PACT_DEFAULT_BASE "agreement/"}, {"exercise", PACT_DEFAULT_BASE "exercise/"},
  {"visit", PACT_DEFAULT_BASE "visit/"}, {"meeting", PACT_DEFAULT_BASE "meeting/"},
  {"document", PACT_DEFAULT_BASE "document/"},
};

/* ---- one term --------------------------------------------------------------- */

typedef struct {
  const char *type; /* uri, literal, bnode */
  const char *value;
  const char *lang;     /* or NULL */
  const char *datatype; /* or NULL */
} Term;

static int
get_term(const cJSON *binding, Term *t)
{
  const cJSON *type = cJSON_GetObjectItemCaseSensitive(binding, "type");
  const cJSON *value = cJSON_GetObjectItemCaseSensitive(binding, "value");
  const cJSON *lang = cJSON_GetObjectItemCaseSensitive(binding, "xml:lang");
  const cJSON *dt = cJSON_GetObjectItemCaseSensitive(binding, "datatype");

  if (!cJSON_IsString(type) || !cJSON_IsString(value)) {
    return 0;
  }
  t->type = type->valuestring;
  /* "typed-literal" is SPARQL 1.0's JSON (Virtuoso still sends it). */
  if (strcmp(t->type, "typed-literal") == 0) {
    t->type = "literal";
  }
  t->value = value->valuestring;
  t->lang = cJSON_IsString(lang) && *lang->valuestring ? lang->valuestring : NULL;
  t->datatype = !t->lang && cJSON_IsString(dt) ? dt->valuestring : NULL;
  if (t->datatype && strcmp(t->datatype, NS_XSD "string") == 0) {
    t->datatype = NULL; /* a plain string, as RDF 1.1 has it */
  }
  return 1;
}

/* Appends `s` escaped for a Turtle string. */
static void
add_escaped(PactBuf *b, const char *s)
{
  for (; *s; s++) {
    char esc[8];
    const char *escape = pact_results_escape((unsigned char)*s, esc);
    if (escape) {
      pact_buf_adds(b, escape);
    } else {
      pact_buf_addc(b, *s);
    }
  }
}


/* An IRI, prefixed when `prefixed` and a known namespace fits. */
static void
add_iri(PactBuf *b, const char *iri, int prefixed)
{
  for (size_t i = 0; prefixed && i < sizeof known / sizeof known[0]; i++) {
    size_t n = strlen(known[i].ns);
    const char *local = iri + n;
    if (strncmp(iri, known[i].ns, n) == 0 && *local &&
        strspn(local, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") ==
          strlen(local)) {
      pact_buf_printf(b, "%s:%s", known[i].prefix, local);
      return;
    }
  }
  pact_buf_printf(b, "<%s>", iri);
}

/* A term in Turtle syntax (the table prefixes IRIs; TSV does not). */
static void
add_term(PactBuf *b, const Term *t, int prefixed)
{
  if (strcmp(t->type, "uri") == 0) {
    add_iri(b, t->value, prefixed);
  } else if (strcmp(t->type, "bnode") == 0) {
    pact_buf_printf(b, "_:%s", t->value);
  } else if (pact_results_bare_literal(t->value, t->datatype)) {
    pact_buf_adds(b, t->value);
  } else {
    pact_buf_addc(b, '"');
    add_escaped(b, t->value);
    pact_buf_addc(b, '"');
    if (t->lang) {
      pact_buf_printf(b, "@%s", t->lang);
    } else if (t->datatype) {
      pact_buf_adds(b, "^^");
      add_iri(b, t->datatype, prefixed);
    }
  }
}



static void
json_cstring(FILE *out, const char *s)
{
  pact_results_json_string(out, s, strlen(s));
}

/* Code points of UTF-8 `s`: the width of a table cell. */
static size_t
width(const char *s)
{
  size_t n = 0;

  for (; *s; s++) {
    n += ((unsigned char)*s & 0xC0) != 0x80;
  }
  return n;
}

/* ---- whole results ------------------------------------------------------------ */

static void
print_rule(FILE *out, const size_t *w, int n)
{
  for (int i = 0; i < n; i++) {
    fputc('+', out);
    for (size_t k = 0; k < w[i] + 2; k++) {
      fputc('-', out);
    }
  }
  fputs("+\n", out);
}

static void
print_row(FILE *out, char **cells, const size_t *w, int n)
{
  for (int i = 0; i < n; i++) {
    fprintf(out, "| %s", cells[i]);
    for (size_t k = width(cells[i]); k < w[i] + 1; k++) {
      fputc(' ', out);
    }
  }
  fputs("|\n", out);
}

static PactStatus
write_select(const cJSON *vars, const cJSON *bindings, PactResultsForm form, FILE *out)
{
  int n = cJSON_GetArraySize(vars);
  int rows = cJSON_GetArraySize(bindings);
  char **cells = calloc((size_t)(rows + 1) * (size_t)(n ? n : 1), sizeof *cells);
  size_t *w = calloc((size_t)(n ? n : 1), sizeof *w);
  PactStatus st = PACT_OK;
  int r = 0;
  const cJSON *row;

  if (!cells || !w) {
    free(cells);
    free(w);
    return PACT_ERR_NOMEM;
  }
  for (int i = 0; i < n; i++) {
    const cJSON *v = cJSON_GetArrayItem(vars, i);
    cells[i] = strdup(cJSON_IsString(v) ? v->valuestring : "?");
  }
  cJSON_ArrayForEach(row, bindings) {
    r++;
    for (int i = 0; i < n; i++) {
      const cJSON *b = cJSON_GetObjectItemCaseSensitive(row, cells[i] ? cells[i] : "");
      Term t;
      PactBuf text;
      pact_buf_init(&text, 0);
      if (b && get_term(b, &t)) {
        if (form == PACT_RESULTS_CSV) {
          pact_buf_adds(&text, strcmp(t.type, "bnode") == 0 ? "_:" : "");
          pact_buf_adds(&text, t.value);
        } else {
          add_term(&text, &t, form == PACT_RESULTS_TABLE);
        }
      }
      cells[(size_t)r * (size_t)n + (size_t)i] = pact_buf_take(&text);
      if (!cells[(size_t)r * (size_t)n + (size_t)i]) {
        cells[(size_t)r * (size_t)n + (size_t)i] = strdup("");
      }
    }
  }
  for (size_t k = 0; k < (size_t)(rows + 1) * (size_t)n; k++) {
    if (!cells[k]) {
      st = PACT_ERR_NOMEM;
    }
  }
  if (st == PACT_OK && form == PACT_RESULTS_TABLE) {
    for (int i = 0; i < n; i++) {
      for (int k = 0; k <= rows; k++) {
        size_t cw = width(cells[(size_t)k * (size_t)n + (size_t)i]);
        w[i] = cw > w[i] ? cw : w[i];
      }
    }
    print_rule(out, w, n);
    print_row(out, cells, w, n);
    print_rule(out, w, n);
    for (int k = 1; k <= rows; k++) {
      print_row(out, cells + (size_t)k * (size_t)n, w, n);
    }
    if (rows) {
      print_rule(out, w, n);
    }
  } else if (st == PACT_OK) {
    for (int k = 0; k <= rows; k++) {
      for (int i = 0; i < n; i++) {
        const char *cell = cells[(size_t)k * (size_t)n + (size_t)i];
        fputs(i ? (form == PACT_RESULTS_CSV ? "," : "\t") : "", out);
        if (k == 0 && form == PACT_RESULTS_TSV) {
          fprintf(out, "?%s", cell);
        } else if (form == PACT_RESULTS_CSV) {
          pact_results_csv_field(out, cell, strlen(cell));
        } else {
          fputs(cell, out);
        }
      }
      fputs(form == PACT_RESULTS_CSV ? "\r\n" : "\n", out);
    }
  }
  for (size_t k = 0; k < (size_t)(rows + 1) * (size_t)n; k++) {
    free(cells[k]);
  }
  free(cells);
  free(w);
  return st;
}

static void
write_json(const cJSON *vars, const cJSON *bindings, FILE *out)
{
  const cJSON *v;
  const cJSON *row;
  int first_row = 1;

  fputs("{\n  \"head\": {\"vars\": [", out);
  cJSON_ArrayForEach(v, vars) {
    fputs(v == vars->child ? "" : ", ", out);
    json_cstring(out, cJSON_IsString(v) ? v->valuestring : "?");
  }
  fputs("]},\n  \"results\": {\"bindings\": [", out);
  cJSON_ArrayForEach(row, bindings) {
    int first_cell = 1;
    fputs(first_row ? "\n    {" : ",\n    {", out);
    first_row = 0;
    cJSON_ArrayForEach(v, vars) {
      const cJSON *b = cJSON_IsString(v) ? cJSON_GetObjectItemCaseSensitive(row, v->valuestring) : NULL;
      Term t;
      if (!b || !get_term(b, &t)) {
        continue;
      }
      fputs(first_cell ? "" : ", ", out);
      first_cell = 0;
      json_cstring(out, v->valuestring);
      fputs(": {\"type\": ", out);
      json_cstring(out, t.type);
      fputs(", \"value\": ", out);
      json_cstring(out, t.value);
      if (t.lang) {
        fputs(", \"xml:lang\": ", out);
        json_cstring(out, t.lang);
      } else if (t.datatype) {
        fputs(", \"datatype\": ", out);
        json_cstring(out, t.datatype);
      }
      fputc('}', out);
    }
    fputc('}', out);
  }
  fputs(first_row ? "]}\n}\n" : "\n  ]}\n}\n", out);
}

static PactStatus
write_answer(const PactHttpAnswer *a, PactResultsForm form, FILE *out, const char *endpoint,
             PactDiag *d)
{
  cJSON *doc;
  const cJSON *head;
  const cJSON *boolean;
  const cJSON *results;
  PactStatus st = PACT_OK;

  if (form == PACT_RESULTS_XML || strstr(a->content_type, "json") == NULL) {
    fwrite(a->body, 1, a->len, out); /* XML results, or a graph: as sent */
    return PACT_OK;
  }
  doc = cJSON_ParseWithLength(a->body, a->len);
  head = cJSON_GetObjectItemCaseSensitive(doc, "head");
  boolean = cJSON_GetObjectItemCaseSensitive(doc, "boolean");
  results = cJSON_GetObjectItemCaseSensitive(doc, "results");
  if (!doc || !head) {
    st = pact_diag(d, PACT_ERR_REMOTE, endpoint, 0,
                   "the answer is not SPARQL JSON results (content type %s)", a->content_type);
  } else if (cJSON_IsBool(boolean)) {
    const char *value = cJSON_IsTrue(boolean) ? "true" : "false";
    if (form == PACT_RESULTS_JSON) {
      fprintf(out, "{\n  \"head\": {},\n  \"boolean\": %s\n}\n", value);
    } else {
      fprintf(out, "%s\n", value);
    }
  } else {
    const cJSON *vars = cJSON_GetObjectItemCaseSensitive(head, "vars");
    const cJSON *bindings = cJSON_GetObjectItemCaseSensitive(results, "bindings");
    if (!cJSON_IsArray(vars) || !cJSON_IsArray(bindings)) {
      st = pact_diag(d, PACT_ERR_REMOTE, endpoint, 0, "the answer has no head.vars or results.bindings");
    } else if (form == PACT_RESULTS_JSON) {
      write_json(vars, bindings, out);
    } else {
      st = write_select(vars, bindings, form, out);
    }
  }
  cJSON_Delete(doc);
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
                       : form == PACT_RESULTS_XML ? "application/sparql-results+xml"
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
    st = write_answer(&answer, form, out, endpoint, d);
  }
  pact_buf_free(&body);
  return st;
}
