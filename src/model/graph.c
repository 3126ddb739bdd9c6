#include "model/graph_impl.h"

#include <stdlib.h>
#include <string.h>

PactGraph *
pact_graph_new(void)
{
  return pact_graph_new_sized(1024);
}

PactGraph *
pact_graph_new_sized(size_t terms)
{
  PactGraph *g = calloc(1, sizeof *g);
  size_t cap = 16;

  if (!g) {
    return NULL;
  }
  while (cap < terms && cap < ((size_t)1 << 30)) {
    cap *= 2;
  }
  pact_arena_init(&g->arena);
  g->cap_terms = cap;
  g->terms = calloc(g->cap_terms, sizeof *g->terms);
  g->term_hash = calloc(g->cap_terms, sizeof *g->term_hash);
  g->mask = cap * 2 - 1;
  g->slots = calloc(g->mask + 1, sizeof *g->slots);
  g->n_terms = 1;
  if (!g->terms || !g->term_hash || !g->slots) {
    pact_graph_free(g);
    return NULL;
  }
  return g;
}

void
pact_graph_free(PactGraph *g)
{
  if (!g) {
    return;
  }
  pact_arena_free(&g->arena);
  free(g->terms);
  free(g->term_hash);
  free(g->slots);
  free(g->quads);
  free(g->policy_pred);
  free(g->policy);
  free(g->ranks);
  free(g);
}

PactStatus
pact_graph_add(PactGraph *g, PactTerm s, PactTerm p, PactTerm o, PactTerm graph)
{
  if (g->sealed || !s || !p || !o) {
    return PACT_ERR_INTERNAL;
  }
  if (g->n_quads == g->cap_quads) {
    size_t cap = g->cap_quads ? g->cap_quads * 2 : 4096;
    PactQuad *quads = realloc(g->quads, cap * sizeof *quads);
    if (!quads) {
      return PACT_ERR_NOMEM;
    }
    g->quads = quads;
    g->cap_quads = cap;
  }
  g->quads[g->n_quads++] = (PactQuad){s, p, o, graph};
  return PACT_OK;
}

PactStatus
pact_graph_set_policy(PactGraph *g, PactTerm p, PactChoice how, PactTerm alt)
{
  PactTerm *preds;
  Policy *pol;

  for (size_t i = 0; i < g->n_policy; i++) {
    if (g->policy_pred[i] == p) {
      g->policy[i] = (Policy){how, alt};
      return PACT_OK;
    }
  }
  preds = realloc(g->policy_pred, (g->n_policy + 1) * sizeof *preds);
  if (!preds) {
    return PACT_ERR_NOMEM;
  }
  g->policy_pred = preds;
  pol = realloc(g->policy, (g->n_policy + 1) * sizeof *pol);
  if (!pol) {
    return PACT_ERR_NOMEM;
  }
  g->policy = pol;
  g->policy_pred[g->n_policy] = p;
  g->policy[g->n_policy] = (Policy){how, alt};
  g->n_policy++;
  return PACT_OK;
}

PactStatus
pact_graph_set_rank(PactGraph *g, PactTerm value, int rank)
{
  ValueRank *ranks = realloc(g->ranks, (g->n_ranks + 1) * sizeof *ranks);

  if (!ranks) {
    return PACT_ERR_NOMEM;
  }
  g->ranks = ranks;
  g->ranks[g->n_ranks++] = (ValueRank){value, rank};
  return PACT_OK;
}

const PactQuad *
pact_graph_claims(const PactGraph *g, size_t *n)
{
  *n = g->sealed ? 0 : g->n_quads;
  return g->quads;
}

void
pact_graph_rename(PactGraph *g, const PactTerm *to, size_t n_map)
{
  if (g->sealed) {
    return;
  }
  for (size_t i = 0; i < g->n_quads; i++) {
    PactQuad *q = &g->quads[i];
    if (q->s < n_map && to[q->s]) {
      q->s = to[q->s];
    }
    if (q->o < n_map && to[q->o]) {
      q->o = to[q->o];
    }
    if (q->g < n_map && to[q->g]) {
      q->g = to[q->g];
    }
  }
}

void
pact_graph_drop_derived(PactGraph *g)
{
  unsigned char *described;
  size_t out = 0;

  if (g->sealed) {
    return;
  }
  described = calloc(g->n_terms, 1);
  if (!described) {
    return; /* keeping them is harmless: the union is still correct */
  }
  for (size_t i = 0; i < g->n_quads; i++) {
    if (g->quads[i].g) {
      described[g->quads[i].s] = 1;
    }
  }
  for (size_t i = 0; i < g->n_quads; i++) {
    if (g->quads[i].g || !described[g->quads[i].s]) {
      g->quads[out++] = g->quads[i];
    }
  }
  g->n_quads = out;
  free(described);
}

const PactQuad *
pact_graph_quads(const PactGraph *g, size_t *n, size_t *n_default)
{
  if (n) {
    *n = g->n_quads;
  }
  if (n_default) {
    *n_default = g->n_default;
  }
  return g->quads;
}

void
pact_graph_range(const PactGraph *g, PactTerm name, size_t *begin, size_t *end)
{
  size_t lo = g->n_default;
  size_t hi = g->n_quads;

  if (name == 0) {
    *begin = 0;
    *end = g->n_default;
    return;
  }
  /* Named graphs are sorted by name: two binary searches. */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (g->quads[mid].g < name) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  *begin = lo;
  hi = g->n_quads;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (g->quads[mid].g <= name) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  *end = lo;
}

PactTerm
pact_graph_find_iri(const PactGraph *g, const char *iri)
{
  return pact_graph_lookup(g, PACT_TERM_IRI, iri, strlen(iri), 0, NULL);
}
