/* Local queries: RDF files loaded into the query store (query/store.h)
 * and one SPARQL query run over them with librdf and rasqal, its results
 * handed to the writers of query/results.h (CONSTRUCT's graph to librdf's
 * Turtle or N-Triples writer, with the files' prefixes).
 *
 * The graph files are parsed with raptor directly, in one pass, into the
 * query store, which rasqal then asks for the matches of each triple
 * pattern. Not into a librdf model: librdf 1.0.17's parser drops the graph
 * name of every N-Quads and TriG statement and does not keep blank nodes
 * of different files apart, and its "hashes" store with contexts looks
 * statements up by walking all of them (minutes, not a second, for an
 * export of a few hundred articles). The librdf model that
 * librdf_query_execute() wants is an empty one: the data is the store's.
 *
 * The query text goes through query/values.h first: rasqal 0.9.33 reads
 * VALUES past the end of an array (no rows, wrong rows or a crash, from
 * run to run); the same table written as a UNION of BINDs is evaluated
 * correctly.
 *
 * Results are written by query/results.h rather than by rasqal's
 * formatters (librdf_query_results_to_file_handle2). In rasqal 0.9.33 they
 * all lose the header of a result without rows; the table writer prints
 * an empty header always (it asks for the names after the last row) and
 * shows terms in a debug syntax; the json and xml writers emit {"type":
 * "unbound"} and <unbound/>, which the SPARQL 1.1 formats do not allow;
 * the csv and tsv writers refuse ASK results.
 *
 * Ownership: a PactQuerySession owns every librdf, raptor and rasqal
 * object it makes; strings it is given are borrowed for its lifetime.
 * Messages, librdf's included, go to the PactDiag it was made with. */
#ifndef PACT_QUERY_SESSION_H
#define PACT_QUERY_SESSION_H

#include "query/results.h"
#include "util/diag.h"
#include "util/status.h"

#include <stdio.h>

typedef struct PactQuerySessionImpl PactQuerySession;

/* The raptor parser name for GRAPH file `path` in *syntax: `format`
 * (turtle, ntriples, nquads, trig, rdfxml) when not NULL, else from the
 * file's extension (.ttl .nt .nq .trig .rdf .owl .xml). PACT_ERR_USAGE for
 * an unknown format or extension, PACT_ERR_INPUT for a .jsonld file, with
 * a message. */
PactStatus pact_query_syntax(const char *format, const char *path, const char **syntax,
                             PactDiag *d);

/* The text of a query, as a new string in *text that the caller frees:
 * from `file` (- for standard input) when not NULL, else from `operand`,
 * which is the text itself or @FILE. *label names it in later messages
 * (a static string or `file`/`operand`'s). Refuses a directory, a NUL
 * byte and more than 8 MiB, with a message. */
PactStatus pact_query_read_text(const char *file, const char *operand, char **text,
                                const char **label, PactDiag *d);

/* A session in *session, with `base` (an absolute IRI, or NULL for each
 * file's own file: IRI) as the base of the GRAPH files and of the query.
 * On failure, with a message, *session is NULL. */
PactStatus pact_query_session_new(const char *base, PactDiag *d, PactQuerySession **session);
void pact_query_session_free(PactQuerySession *s); /* NULL-safe */

/* Parses GRAPH file `path` with raptor parser `syntax` into the session's
 * store; its blank nodes are kept apart from other files'. Errors, with a
 * message: PACT_ERR_INPUT for an unreadable or invalid file. */
PactStatus pact_query_session_load(PactQuerySession *s, const char *path, const char *syntax);

/* Indexes what was loaded; after the last load, before the query. */
PactStatus pact_query_session_seal(PactQuerySession *s);

/* Runs query `text` (`label` in messages) and writes its results to `out`
 * in `form`. PACT_ERR_INPUT for a query that does not parse or that
 * rasqal cannot run, PACT_ERR_USAGE for a form that does not fit the
 * query (csv for a CONSTRUCT), with a message. */
PactStatus pact_query_session_run(PactQuerySession *s, const char *text, const char *label,
                                  PactResultsForm form, FILE *out);

#endif
