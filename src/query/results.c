#include "query/results.h"

#include "query/terms.h"
#include "util/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const struct {
  const char *name;
  PactResultsForm form;
} form_names[] = {
  {"table", PACT_RESULTS_TABLE}, {"csv", PACT_RESULTS_CSV},       {"tsv", PACT_RESULTS_TSV},
  {"json", PACT_RESULTS_JSON},   {"xml", PACT_RESULTS_XML},       {"turtle", PACT_RESULTS_TURTLE},
  {"ntriples", PACT_RESULTS_NTRIPLES},
};

int
pact_results_form_parse(const char *name, PactResultsForm *form)
{
  for (size_t i = 0; i < sizeof form_names / sizeof form_names[0]; i++) {
    if (strcmp(name, form_names[i].name) == 0) {
      *form = form_names[i].form;
      return 1;
    }
  }
  return 0;
}

const char *
pact_results_form_name(PactResultsForm form)
{
  for (size_t i = 0; i < sizeof form_names / sizeof form_names[0]; i++) {
    if (form_names[i].form == form) {
      return form_names[i].name;
    }
  }
  return "table";
}

/* ---- the writer --------------------------------------------------------- */

struct PactResultsWriterImpl {
  PactResultsForm form;
  FILE *out;
  TermPrefix *prefixes; /* owned */
  size_t n_prefixes;
  char **names;     /* owned: the variables, each owned */
  size_t columns;
  size_t rows;      /* rows written (json), or held in `cells` (table) */
  char **cells;     /* table: columns * rows rendered terms, owned */
  size_t cap;       /* table: rows allocated */
};

static void
print_json_cstring(FILE *out, const char *s)
{
  pact_term_json_string(out, s, strlen(s));
}

/* Columns a string takes on a terminal: one per code point (no attempt at
 * East Asian wide characters). */
static size_t
display_width(const char *s)
{
  return pact_text_codepoints(s, strlen(s));
}

static char *
copy_string(const char *s)
{
  size_t n = strlen(s) + 1;
  char *copy = malloc(n);

  if (copy) {
    memcpy(copy, s, n);
  }
  return copy;
}

PactResultsWriter *
pact_results_new(PactResultsForm form, const PactResultPrefix *prefixes, size_t n_prefixes,
                 FILE *out)
{
  PactResultsWriter *w = calloc(1, sizeof *w);

  if (!w) {
    return NULL;
  }
  w->form = form;
  w->out = out;
  w->prefixes = calloc(n_prefixes + 1, sizeof *w->prefixes);
  if (!w->prefixes) {
    free(w);
    return NULL;
  }
  for (size_t i = 0; i < n_prefixes; i++) {
    TermPrefix *p = &w->prefixes[w->n_prefixes];
    p->prefix = copy_string(prefixes[i].prefix);
    p->ns = copy_string(prefixes[i].ns);
    w->n_prefixes++;
    if (!p->prefix || !p->ns) {
      pact_results_free(w);
      return NULL;
    }
    p->ns_len = strlen(p->ns);
  }
  return w;
}

void
pact_results_free(PactResultsWriter *w)
{
  if (!w) {
    return;
  }
  for (size_t i = 0; i < w->n_prefixes; i++) {
    free(w->prefixes[i].prefix);
    free(w->prefixes[i].ns);
  }
  free(w->prefixes);
  for (size_t i = 0; w->names && i < w->columns; i++) {
    free(w->names[i]);
  }
  free(w->names);
  for (size_t i = 0; w->cells && i < w->rows * w->columns; i++) {
    free(w->cells[i]);
  }
  free(w->cells);
  free(w);
}

static const char xml_prologue[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n";

void
pact_results_boolean(PactResultsWriter *w, int answer)
{
  const char *word = answer ? "true" : "false";

  switch (w->form) {
  case PACT_RESULTS_CSV:
    fprintf(w->out, "_askResult\r\n%s\r\n", word);
    break;
  case PACT_RESULTS_TSV:
    fprintf(w->out, "?_askResult\n%s\n", word);
    break;
  case PACT_RESULTS_JSON:
    fprintf(w->out, "{\n  \"head\": {},\n  \"boolean\": %s\n}\n", word);
    break;
  case PACT_RESULTS_XML:
    fprintf(w->out, "%s  <head/>\n  <boolean>%s</boolean>\n</sparql>\n", xml_prologue, word);
    break;
  default:
    fprintf(w->out, "%s\n", word);
    break;
  }
}

/* SPARQL 1.1 CSV (CRLF line ends) and TSV (LF): the header line. */
static void
print_sv_header(const PactResultsWriter *w)
{
  int csv = w->form == PACT_RESULTS_CSV;

  for (size_t i = 0; i < w->columns; i++) {
    fputs(i == 0 ? "" : csv ? "," : "\t", w->out);
    if (csv) {
      pact_term_csv_field(w->out, w->names[i], strlen(w->names[i]));
    } else {
      fprintf(w->out, "?%s", w->names[i]);
    }
  }
  fputs(csv ? "\r\n" : "\n", w->out);
}

static void
print_xml_header(const PactResultsWriter *w)
{
  fputs(xml_prologue, w->out);
  fputs("  <head>\n", w->out);
  for (size_t i = 0; i < w->columns; i++) {
    fputs("    <variable name=\"", w->out);
    pact_term_xml_text(w->out, w->names[i], 1);
    fputs("\"/>\n", w->out);
  }
  fputs("  </head>\n  <results>\n", w->out);
}

PactStatus
pact_results_begin(PactResultsWriter *w, const char *const *names, size_t count)
{
  w->names = calloc(count + 1, sizeof *w->names);
  if (!w->names) {
    return PACT_ERR_NOMEM;
  }
  for (w->columns = 0; w->columns < count; w->columns++) {
    w->names[w->columns] = copy_string(names[w->columns]);
    if (!w->names[w->columns]) {
      return PACT_ERR_NOMEM;
    }
  }
  switch (w->form) {
  case PACT_RESULTS_CSV:
  case PACT_RESULTS_TSV:
    print_sv_header(w);
    break;
  case PACT_RESULTS_JSON:
    fputs("{\n  \"head\": {\"vars\": [", w->out);
    for (size_t i = 0; i < count; i++) {
      fputs(i ? ", " : "", w->out);
      print_json_cstring(w->out, w->names[i]);
    }
    fputs("]},\n  \"results\": {\"bindings\": [", w->out);
    break;
  case PACT_RESULTS_XML:
    print_xml_header(w);
    break;
  default:
    break; /* the table waits for its widths */
  }
  return PACT_OK;
}

/* Renders a row into the table. On failure the table is unchanged. */
static PactStatus
table_add_row(PactResultsWriter *w, const PactResultTerm *values)
{
  size_t columns = w->columns;

  if (w->rows == w->cap) {
    size_t cap = w->cap ? w->cap * 2 : 16;
    if (cap > SIZE_MAX / sizeof(char *) / (columns + 1)) {
      return PACT_ERR_NOMEM;
    }
    char **cells = realloc(w->cells, cap * (columns + 1) * sizeof *cells);
    if (!cells) {
      return PACT_ERR_NOMEM;
    }
    w->cells = cells;
    w->cap = cap;
  }

  char **row = w->cells + w->rows * columns;
  for (size_t i = 0; i < columns; i++) {
    row[i] = pact_term_turtle(w->prefixes, w->n_prefixes, &values[i]);
    if (!row[i]) {
      for (size_t j = 0; j < i; j++) {
        free(row[j]);
      }
      return PACT_ERR_NOMEM;
    }
  }
  w->rows++;
  return PACT_OK;
}

/* SPARQL 1.1 CSV: IRIs and literals bare (type and language are lost),
 * blank nodes as _:label, unbound as an empty field. */
static void
print_csv_term(FILE *out, const PactResultTerm *t)
{
  if (t->kind == PACT_RESULT_BLANK) {
    size_t len = strlen(t->value);
    char *field = malloc(len + 3);
    if (field) {
      memcpy(field, "_:", 2);
      memcpy(field + 2, t->value, len + 1);
      pact_term_csv_field(out, field, len + 2);
    }
    free(field);
  } else if (t->kind != PACT_RESULT_UNBOUND) {
    pact_term_csv_field(out, t->value, t->len);
  }
}

/* One row of CSV or TSV (terms in Turtle with full IRIs). */
static PactStatus
print_sv_row(const PactResultsWriter *w, const PactResultTerm *values)
{
  int csv = w->form == PACT_RESULTS_CSV;

  for (size_t i = 0; i < w->columns; i++) {
    fputs(i == 0 ? "" : csv ? "," : "\t", w->out);
    if (csv) {
      print_csv_term(w->out, &values[i]);
      continue;
    }
    char *cell = pact_term_turtle(NULL, 0, &values[i]);
    if (!cell) {
      return PACT_ERR_NOMEM;
    }
    fputs(cell, w->out);
    free(cell);
  }
  fputs(csv ? "\r\n" : "\n", w->out);
  return PACT_OK;
}

/* One RDF term as a SPARQL 1.1 JSON results object. */
static void
print_json_term(FILE *out, const PactResultTerm *t)
{
  if (t->kind == PACT_RESULT_IRI) {
    fputs("{\"type\": \"uri\", \"value\": ", out);
    print_json_cstring(out, t->value);
  } else if (t->kind == PACT_RESULT_BLANK) {
    fputs("{\"type\": \"bnode\", \"value\": ", out);
    print_json_cstring(out, t->value);
  } else {
    fputs("{\"type\": \"literal\", \"value\": ", out);
    pact_term_json_string(out, t->value, t->len);
    if (t->lang) {
      fputs(", \"xml:lang\": ", out);
      print_json_cstring(out, t->lang);
    } else if (t->datatype) {
      fputs(", \"datatype\": ", out);
      print_json_cstring(out, t->datatype);
    }
  }
  fputc('}', out);
}

/* One solution on a line; an unbound variable is left out of it. */
static void
print_json_row(PactResultsWriter *w, const PactResultTerm *values)
{
  int first_cell = 1;

  fputs(w->rows ? ",\n    {" : "\n    {", w->out);
  w->rows++;
  for (size_t i = 0; i < w->columns; i++) {
    if (values[i].kind == PACT_RESULT_UNBOUND) {
      continue;
    }
    fputs(first_cell ? "" : ", ", w->out);
    first_cell = 0;
    print_json_cstring(w->out, w->names[i]);
    fputs(": ", w->out);
    print_json_term(w->out, &values[i]);
  }
  fputc('}', w->out);
}

static void
print_xml_term(FILE *out, const PactResultTerm *t)
{
  if (t->kind == PACT_RESULT_IRI) {
    fputs("<uri>", out);
    pact_term_xml_text(out, t->value, 0);
    fputs("</uri>", out);
  } else if (t->kind == PACT_RESULT_BLANK) {
    fputs("<bnode>", out);
    pact_term_xml_text(out, t->value, 0);
    fputs("</bnode>", out);
  } else {
    fputs("<literal", out);
    if (t->lang) {
      fputs(" xml:lang=\"", out);
      pact_term_xml_text(out, t->lang, 1);
      fputc('"', out);
    } else if (t->datatype) {
      fputs(" datatype=\"", out);
      pact_term_xml_text(out, t->datatype, 1);
      fputc('"', out);
    }
    fputc('>', out);
    pact_term_xml_text(out, t->value, 0);
    fputs("</literal>", out);
  }
}

/* One result; an unbound variable is left out of it. */
static void
print_xml_row(const PactResultsWriter *w, const PactResultTerm *values)
{
  fputs("    <result>\n", w->out);
  for (size_t i = 0; i < w->columns; i++) {
    if (values[i].kind == PACT_RESULT_UNBOUND) {
      continue;
    }
    fputs("      <binding name=\"", w->out);
    pact_term_xml_text(w->out, w->names[i], 1);
    fputs("\">", w->out);
    print_xml_term(w->out, &values[i]);
    fputs("</binding>\n", w->out);
  }
  fputs("    </result>\n", w->out);
}

PactStatus
pact_results_row(PactResultsWriter *w, const PactResultTerm *values)
{
  switch (w->form) {
  case PACT_RESULTS_CSV:
  case PACT_RESULTS_TSV:
    return print_sv_row(w, values);
  case PACT_RESULTS_JSON:
    print_json_row(w, values);
    return PACT_OK;
  case PACT_RESULTS_XML:
    print_xml_row(w, values);
    return PACT_OK;
  default:
    return table_add_row(w, values);
  }
}

static void
print_rule(FILE *out, const size_t *widths, size_t columns)
{
  fputc('+', out);
  for (size_t i = 0; i < columns; i++) {
    for (size_t j = 0; j < widths[i] + 2; j++) {
      fputc('-', out);
    }
    fputc('+', out);
  }
  fputc('\n', out);
}

static void
print_cells(FILE *out, const char *const *cells, const size_t *widths, size_t columns)
{
  fputc('|', out);
  for (size_t i = 0; i < columns; i++) {
    fprintf(out, " %s", cells[i]);
    for (size_t pad = display_width(cells[i]); pad < widths[i] + 1; pad++) {
      fputc(' ', out);
    }
    fputc('|', out);
  }
  fputc('\n', out);
}

/* +-------+-------------+
 * | s     | name        |
 * +-------+-------------+
 * | ex:fr | "France"@fr |
 * +-------+-------------+   Terms in Turtle; an unbound cell is empty. */
static PactStatus
print_table(const PactResultsWriter *w)
{
  size_t columns = w->columns;
  size_t *widths = calloc(columns + 1, sizeof *widths);

  if (!widths) {
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < columns; i++) {
    widths[i] = display_width(w->names[i]);
    for (size_t r = 0; r < w->rows; r++) {
      size_t width = display_width(w->cells[r * columns + i]);
      if (width > widths[i]) {
        widths[i] = width;
      }
    }
  }
  print_rule(w->out, widths, columns);
  print_cells(w->out, (const char *const *)w->names, widths, columns);
  print_rule(w->out, widths, columns);
  for (size_t r = 0; r < w->rows; r++) {
    print_cells(w->out, (const char *const *)w->cells + r * columns, widths, columns);
  }
  if (w->rows > 0) {
    print_rule(w->out, widths, columns);
  }
  free(widths);
  return PACT_OK;
}

PactStatus
pact_results_end(PactResultsWriter *w)
{
  switch (w->form) {
  case PACT_RESULTS_CSV:
  case PACT_RESULTS_TSV:
    return PACT_OK;
  case PACT_RESULTS_JSON:
    fputs(w->rows ? "\n  ]}\n}\n" : "]}\n}\n", w->out);
    return PACT_OK;
  case PACT_RESULTS_XML:
    fputs("  </results>\n</sparql>\n", w->out);
    return PACT_OK;
  default:
    return print_table(w);
  }
}
