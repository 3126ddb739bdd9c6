/* The result writers of pactum query, for local queries (query/session.h,
 * over librdf results) and remote ones (store/sparql.h, over an endpoint's
 * JSON results) alike: both hand rows of PactResultTerm to one writer, so
 * the two print the same bytes for the same answer.
 *
 * Forms: table (terms in Turtle, IRIs abbreviated with the prefixes
 * given), csv and tsv (SPARQL 1.1 CSV/TSV), json (SPARQL 1.1 Query
 * Results JSON) and xml (SPARQL Query Results XML). An ASK answer in csv
 * or tsv is a table of one variable, _askResult, as Jena writes it.
 *
 * Ownership: a writer copies the variable names and the prefixes it is
 * given; the terms of a row are read during pact_results_row() only. The
 * writer does not own `out` and does not check each write on it: stdio's
 * error flag is sticky, and the caller looks at it once at the end. */
#ifndef PACT_QUERY_RESULTS_H
#define PACT_QUERY_RESULTS_H

#include "util/status.h"

#include <stddef.h>
#include <stdio.h>

typedef enum {
  PACT_RESULTS_DEFAULT = 0, /* table for SELECT and ASK, turtle for CONSTRUCT */
  PACT_RESULTS_TABLE,
  PACT_RESULTS_CSV,
  PACT_RESULTS_TSV,
  PACT_RESULTS_JSON,
  PACT_RESULTS_XML,
  PACT_RESULTS_TURTLE,  /* CONSTRUCT only */
  PACT_RESULTS_NTRIPLES /* CONSTRUCT only */
} PactResultsForm;

/* The form called `name` (table, csv, tsv, json, xml, turtle, ntriples)
 * in *form; 0 when there is none of that name. */
int pact_results_form_parse(const char *name, PactResultsForm *form);

/* The name of `form`, as pact_results_form_parse() reads it; "table" for
 * PACT_RESULTS_DEFAULT. A static string. */
const char *pact_results_form_name(PactResultsForm form);

typedef enum {
  PACT_RESULT_UNBOUND = 0,
  PACT_RESULT_IRI,
  PACT_RESULT_BLANK,
  PACT_RESULT_LITERAL
} PactResultTermKind;

/* One value of a row; every string is borrowed. */
typedef struct {
  PactResultTermKind kind;
  const char *value;    /* the IRI, the blank node's label, the lexical
                           form; NUL-terminated (not used when unbound) */
  size_t len;           /* of value: a lexical form may hold NUL bytes */
  const char *lang;     /* a literal's language, non-empty, or NULL */
  const char *datatype; /* a literal's datatype IRI, or NULL; not written
                           when there is a language */
} PactResultTerm;

/* A prefix of the table: IRIs in `ns` print as prefix:local when the local
 * name is simple (the longest namespace that fits wins). */
typedef struct {
  const char *prefix; /* "" for the empty prefix */
  const char *ns;
} PactResultPrefix;

typedef struct PactResultsWriterImpl PactResultsWriter;

/* A writer of `form` (DEFAULT, TURTLE and NTRIPLES write the table) to
 * `out`, abbreviating IRIs in the table with `prefixes` (copied; may be
 * NULL when `n_prefixes` is 0). NULL when out of memory. */
PactResultsWriter *pact_results_new(PactResultsForm form, const PactResultPrefix *prefixes,
                                    size_t n_prefixes, FILE *out);
void pact_results_free(PactResultsWriter *w); /* NULL-safe */

/* A SELECT result: begin() with the `count` variable names (copied), then
 * row() once per solution with `count` terms, then end(). The table is
 * printed by end(), once the widths of its columns are known; the other
 * forms as they come. PACT_ERR_NOMEM when out of memory (the output is
 * then incomplete). */
PactStatus pact_results_begin(PactResultsWriter *w, const char *const *names, size_t count);
PactStatus pact_results_row(PactResultsWriter *w, const PactResultTerm *values);
PactStatus pact_results_end(PactResultsWriter *w);

/* An ASK result, instead of begin(), row() and end(). */
void pact_results_boolean(PactResultsWriter *w, int answer);

#endif
