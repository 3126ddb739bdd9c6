/* Queries to a remote SPARQL endpoint (SPARQL 1.1 Protocol: the query sent
 * by POST as a form) and their results written as `pactum query` writes
 * local ones: table, csv, tsv, json (SPARQL 1.1 Query Results JSON), or xml
 * and graphs as the endpoint sends them.
 *
 * SELECT and ASK results are asked for as JSON and written by pactum, so
 * that every store gives the same bytes for the same answer (stores differ
 * in their CSV and TSV: Virtuoso quotes TSV headers, for one). CONSTRUCT
 * and DESCRIBE ask for Turtle, written as sent. */
#ifndef PACT_SPARQL_H
#define PACT_SPARQL_H

#include "store/http.h"

#include <stdio.h>

typedef enum {
  PACT_RESULTS_TABLE,
  PACT_RESULTS_CSV,
  PACT_RESULTS_TSV,
  PACT_RESULTS_JSON,
  PACT_RESULTS_XML,
  PACT_RESULTS_GRAPH /* CONSTRUCT and DESCRIBE: Turtle or N-Triples, as sent */
} PactResultsForm;

/* Runs `query` at `endpoint`; `default_graph` (may be NULL) becomes the
 * protocol's default-graph-uri. Writes the results to `out` in `form`
 * (a graph result is written as the endpoint sent it, whatever `form`).
 * Errors as pact_http_send(); a JSON answer that is not SPARQL results
 * gives PACT_ERR_REMOTE. */
PactStatus pact_sparql_remote(PactHttp *h, const char *endpoint, const char *query,
                              const char *default_graph, PactResultsForm form, FILE *out,
                              PactDiag *d);

#endif
