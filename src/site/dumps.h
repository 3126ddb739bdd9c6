/* The dumps of a published site: the whole export in N-Triples, N-Quads,
 * Turtle and JSON-LD, gzip-compressed with zlib (dumps/graph.nt.gz, ...).
 *
 * They are written and compressed on a thread of their own while the
 * pages are written: the writers stream the sealed graph, which nobody
 * changes any more, into zlib, so no dump is ever held uncompressed or
 * put in a temporary file. The gzip header carries no time: the same
 * export gives the same bytes, and a republish leaves an unchanged dump
 * alone. */
#ifndef PACT_SITE_DUMPS_H
#define PACT_SITE_DUMPS_H

#include "model/graph.h"
#include "util/buf.h"
#include "write/writer.h"
#include "util/diag.h"

#include <stddef.h>

typedef struct PactDumps PactDumps;

/* Starts writing sealed `g` in the dumps' formats, with `options`; both
 * must stay unchanged until pact_dumps_finish. NULL when out of memory.
 * Without a thread (pthread_create failing) the work is done in
 * pact_dumps_finish. The caller frees the result. */
PactDumps *pact_dumps_start(const PactGraph *g, const PactWriteOptions *options);

/* Waits for the compression; reports its failure through `d`. */
PactStatus pact_dumps_finish(PactDumps *z, PactDiag *d);

/* Dump k's format, k < PACT_N_DUMPS (write/formats.h): N-Triples,
 * N-Quads, Turtle, JSON-LD. */
PactFormat pact_dumps_format(size_t k);

/* "dumps/graph.nt.gz" and the like, k < PACT_N_DUMPS; owned by `z`. */
const char *pact_dumps_path(const PactDumps *z, size_t k);

/* Dump k's compressed bytes, after finish; owned by `z`. */
const PactBuf *pact_dumps_bytes(const PactDumps *z, size_t k);

/* The seconds the compression took, on its own thread. */
double pact_dumps_seconds(const PactDumps *z);

void pact_dumps_free(PactDumps *z); /* NULL-safe; joins a running thread */

#endif
