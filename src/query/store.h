/* The query store: RDF files held in memory, indexed, answering rasqal's
 * triple patterns.
 *
 * Why not Redland's own stores: its "hashes" store with contexts (needed
 * for named graphs) answers "is this statement there?" and most patterns
 * with a bound subject by walking every statement (rdf_storage_hashes.c:
 * contains_statement goes through find_statements, which serialises the
 * whole store), so loading and joining cost the square of the graph; its
 * "memory" store is a list. Here terms are interned once (model/graph.h)
 * and the quads are kept in sorted arrays, one per order (SPO, POS, OSP,
 * and with the graph first for named graphs): a pattern is two binary
 * searches and a walk over exactly its matches.
 *
 * The dataset is SPARQL's: statements without a graph make the default
 * graph; those of N-Quads and TriG graphs are the named graphs that GRAPH
 * patterns see. A statement given twice is there once.
 *
 * Ownership: the store owns its terms, quads and the rasqal literals it
 * hands out (rasqal holds counted references to them). It must be freed
 * after every query run over it has been freed, and before the rasqal
 * world it was attached to. */
#ifndef PACT_QUERY_STORE_H
#define PACT_QUERY_STORE_H

#include "util/status.h"

#include <raptor2.h>
#include <rasqal.h>

#include <stddef.h>

typedef struct PactQueryStore PactQueryStore;

/* NULL when malloc fails. */
PactQueryStore *pact_query_store_new(void);
void pact_query_store_free(PactQueryStore *st); /* NULL-safe */

/* Adds a statement read by raptor: its graph, if any, names the named
 * graph. Blank node labels are scoped by `file` (two files' _:b1 are two
 * nodes). Not after seal. PACT_ERR_NOMEM when malloc fails (the store is
 * then unchanged); PACT_ERR_INPUT for a statement RDF does not allow. */
PactStatus pact_query_store_add(PactQueryStore *st, const raptor_statement *t,
                                unsigned long file);

/* Drops duplicates and builds the indexes; adds are over. Linear in the
 * number of statements (radix sorts). */
PactStatus pact_query_store_seal(PactQueryStore *st);

/* After seal: distinct statements, default and named graphs together. */
size_t pact_query_store_size(const PactQueryStore *st);

/* Makes every query run in `world` match its triple patterns against the
 * sealed store `st`, whatever data graphs the query names. */
PactStatus pact_query_store_attach(PactQueryStore *st, rasqal_world *world);

#endif
