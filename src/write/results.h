/* Pieces of the SPARQL 1.1 result syntaxes (and of Turtle terms in them)
 * that the local query (cli/query.c, over librdf nodes) and the remote one
 * (store/sparql.c, over JSON results) both write, so that the two print
 * the same bytes for the same answer. */
#ifndef PACT_RESULTS_H
#define PACT_RESULTS_H

#include <stddef.h>
#include <stdio.h>

/* The escape of byte `c` inside a Turtle or JSON string ("\\n", "\\u0007"),
 * written into `esc` when it needs room; NULL when `c` stands as it is. */
const char *pact_results_escape(unsigned char c, char esc[8]);

/* Whether a literal of `datatype` (an IRI, or NULL) is written bare, as
 * Turtle allows: xsd:integer 42, xsd:decimal 4.5, xsd:boolean true. */
int pact_results_bare_literal(const char *value, const char *datatype);

/* A CSV field (RFC 4180: quoted when it holds a comma, a quote or a line
 * break). */
void pact_results_csv_field(FILE *out, const char *s, size_t len);

/* A JSON string, quoted and escaped. */
void pact_results_json_string(FILE *out, const char *s, size_t len);

#endif
