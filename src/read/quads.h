/* Reading a previous export back: N-Quads or TriG (read with raptor) into
 * a graph's claims, so that `pactum export` merges exports as it merges
 * articles. Each named graph is an article's claims; default-graph
 * statements are kept as given (pact_graph_drop_derived() then drops the
 * derived ones before resolving again). */
#ifndef PACT_QUADS_H
#define PACT_QUADS_H

#include "model/graph.h"
#include "util/diag.h"

/* Whether `path` names an RDF dataset we read (.nq, .trig). */
int pact_quads_is_dataset(const char *path);

/* Adds the statements of the N-Quads or TriG file at `path` to `g`.
 * A syntax error or a blank node (pactum writes none: IRIs come from
 * keys) is reported with its line and gives PACT_ERR_INPUT. */
PactStatus pact_quads_read_file(PactGraph *g, const char *path, PactDiag *d);

#endif
