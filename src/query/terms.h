/* Private to src/query/: one term or name in the syntaxes of the result
 * forms, for the writers of results.c: Turtle on one line (the table and
 * TSV), CSV fields, JSON strings and XML character data.
 *
 * Ownership: pact_term_turtle() returns a new string; the others write to
 * `out` and keep nothing. */
#ifndef PACT_QUERY_TERMS_H
#define PACT_QUERY_TERMS_H

#include "query/results.h"

#include <stddef.h>
#include <stdio.h>

/* A prefix of the table, owned by the writer that holds it. */
typedef struct {
  char *prefix;
  char *ns;
  size_t ns_len;
} TermPrefix;

/* `t` in Turtle on one line, as a new string the caller frees; "" when
 * unbound. IRIs print as prefix:local with the longest of `prefixes`
 * that leaves a simple local name; with none, in full (the TSV form).
 * NULL when out of memory. */
char *pact_term_turtle(const TermPrefix *prefixes, size_t n_prefixes, const PactResultTerm *t);

/* A CSV field (RFC 4180: quoted when it holds a comma, a quote or a line
 * break). */
void pact_term_csv_field(FILE *out, const char *s, size_t len);

/* A JSON string, quoted and escaped. */
void pact_term_json_string(FILE *out, const char *s, size_t len);

/* `s` as XML character data, up to its first NUL (which XML cannot carry
 * either); `quote` also escapes '"', for an attribute value. */
void pact_term_xml_text(FILE *out, const char *s, int quote);

#endif
