/* Queries to a remote SPARQL endpoint (SPARQL 1.1 Protocol: the query sent
 * by POST as a form) and their results written as `pactum query` writes
 * local ones, by the writers of query/results.h: table, csv, tsv, json
 * (SPARQL 1.1 Query Results JSON) or xml.
 *
 * SELECT and ASK results are asked for as JSON and written by pactum, so
 * that every store gives the same bytes for the same answer, and the same
 * as a local query (stores differ in their CSV and TSV: Virtuoso quotes
 * TSV headers, for one). CONSTRUCT and DESCRIBE ask for Turtle, written as
 * sent. */
#ifndef PACT_SPARQL_H
#define PACT_SPARQL_H

#include "query/results.h"
#include "store/http.h"

#include <stdio.h>

/* Runs `query` at `endpoint`; `default_graph` (may be NULL) becomes the
 * protocol's default-graph-uri. Writes the results to `out` in `form`
 * (DEFAULT, TURTLE and NTRIPLES write the table; a graph result is
 * written as the endpoint sent it, whatever `form`).
 * Errors as pact_http_send(); a JSON answer that is not SPARQL results
 * gives PACT_ERR_REMOTE. */
PactStatus pact_sparql_remote(PactHttp *h, const char *endpoint, const char *query,
                              const char *default_graph, PactResultsForm form, FILE *out,
                              PactDiag *d);

/* Writes answer `a` of `endpoint` to `out` as pact_sparql_remote() does:
 * SPARQL JSON results in `form`, anything else as sent. PACT_ERR_REMOTE,
 * with a message, for JSON that is not SPARQL results. */
PactStatus pact_sparql_write_answer(const PactHttpAnswer *a, PactResultsForm form, FILE *out,
                                    const char *endpoint, PactDiag *d);

#endif
