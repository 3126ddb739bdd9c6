/* The graph's insides, shared by its files; private to src/model/.
 * graph.c makes and frees a graph and adds, renames and reads its quads;
 * terms.c interns terms; sort.c renumbers terms into output order and sorts
 * quads; seal.c derives the default graph. The graph owns every array
 * here, and its arena every term's string. */
#ifndef PACT_MODEL_GRAPH_IMPL_H
#define PACT_MODEL_GRAPH_IMPL_H

#include "model/graph.h"
#include "util/arena.h"

#include <stdint.h>

typedef struct {
  PactChoice how;
  PactTerm alt;
} Policy;

typedef struct {
  PactTerm term;
  int rank;
} ValueRank;

struct PactGraph {
  PactArena arena;
  PactTermInfo *terms; /* [0] unused */
  uint32_t *term_hash; /* hash of each term, to rehash without recomputing */
  size_t n_terms;      /* including [0] */
  size_t cap_terms;
  uint64_t *slots;     /* open addressing: hash << 32 | term id; 0 = empty.
                          The hash beside the id spares a cache miss on
                          the term for most probes that do not match. */
  size_t mask;
  PactQuad *quads;
  size_t n_quads;
  size_t cap_quads;
  size_t n_default;
  PactTerm *policy_pred; /* small tables; a few dozen entries at most */
  Policy *policy;
  size_t n_policy;
  ValueRank *ranks;
  size_t n_ranks;
  int sealed;
};

/* terms.c */
int graph_rehash(PactGraph *g, size_t new_mask);

/* sort.c */
PactStatus graph_renumber(PactGraph *g);
int graph_cmp_spog(const void *pa, const void *pb);
int graph_radix_sort_spog(PactQuad *q, size_t n);
size_t graph_unique_quads(PactQuad *q, size_t n);

#endif
