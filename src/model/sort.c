/* The order of the output: terms renumbered into it, then quads sorted by
 * subject, predicate, object and graph, and their repeats dropped. */
#include "model/graph_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

static const PactGraph *sort_graph; /* qsort has no context argument */
static uint32_t sort_type_id;       /* rdf:type's id while sorting */

static int
cmp_str(const char *a, size_t alen, const char *b, size_t blen)
{
  int c = memcmp(a, b, alen < blen ? alen : blen);

  if (c) {
    return c;
  }
  return (alen > blen) - (alen < blen);
}

static int
cmp_term_ids(const void *pa, const void *pb)
{
  uint32_t ia = *(const uint32_t *)pa;
  uint32_t ib = *(const uint32_t *)pb;
  const PactTermInfo *a = &sort_graph->terms[ia];
  const PactTermInfo *b = &sort_graph->terms[ib];
  int a_type = ia == sort_type_id;
  int b_type = ib == sort_type_id;
  int c;

  /* rdf:type sorts before every other term, so that it comes first among
   * a subject's predicates ("a" first in Turtle). */
  if (a_type != b_type) {
    return b_type - a_type;
  }
  if (a->kind != b->kind) {
    return (int)a->kind - (int)b->kind;
  }
  c = cmp_str(a->str, a->len, b->str, b->len);
  if (c) {
    return c;
  }
  if ((a->lang == NULL) != (b->lang == NULL)) {
    return a->lang ? 1 : -1;
  }
  if (a->lang) {
    c = strcmp(a->lang, b->lang);
    if (c) {
      return c;
    }
  }
  if (a->datatype != b->datatype) {
    const PactTermInfo *da = &sort_graph->terms[a->datatype];
    const PactTermInfo *db = &sort_graph->terms[b->datatype];
    if (!a->datatype || !b->datatype) {
      return a->datatype ? 1 : -1;
    }
    return cmp_str(da->str, da->len, db->str, db->len);
  }
  return 0;
}

/* Renumbers terms so that id order is output order. */
PactStatus
graph_renumber(PactGraph *g)
{
  size_t n = g->n_terms;
  uint32_t *order;
  uint32_t *new_id;
  PactTermInfo *terms;
  uint32_t *hashes;
  uint32_t id = 1;

  sort_graph = g;
  sort_type_id = pact_graph_find_iri(g, RDF_TYPE); /* 0 when absent */
  /* Terms interned in output order already (a published page's, taken in
   * the order of a sealed graph) keep their ids: n comparisons instead of
   * a sort, a renaming and a rehash. */
  while (id + 1 < n) {
    uint32_t next = id + 1;
    if (cmp_term_ids(&id, &next) >= 0) {
      break;
    }
    id = next;
  }
  if (id + 1 >= n) {
    return PACT_OK;
  }
  order = malloc(n * sizeof *order);
  new_id = malloc(n * sizeof *new_id);
  terms = malloc(g->cap_terms * sizeof *terms);
  hashes = malloc(g->cap_terms * sizeof *hashes);
  if (!order || !new_id || !terms || !hashes) {
    free(order);
    free(new_id);
    free(terms);
    free(hashes);
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 1; i < n; i++) {
    order[i - 1] = (uint32_t)i;
  }
  qsort(order, n - 1, sizeof *order, cmp_term_ids);
  new_id[0] = 0;
  for (size_t i = 0; i + 1 < n; i++) {
    new_id[order[i]] = (uint32_t)(i + 1);
  }
  terms[0] = g->terms[0];
  hashes[0] = 0;
  for (size_t i = 1; i < n; i++) {
    terms[new_id[i]] = g->terms[i];
    terms[new_id[i]].datatype = new_id[g->terms[i].datatype];
    hashes[new_id[i]] = g->term_hash[i];
  }
  for (size_t i = 0; i < g->n_quads; i++) {
    PactQuad *q = &g->quads[i];
    q->s = new_id[q->s];
    q->p = new_id[q->p];
    q->o = new_id[q->o];
    q->g = new_id[q->g];
  }
  for (size_t i = 0; i < g->n_policy; i++) {
    g->policy_pred[i] = new_id[g->policy_pred[i]];
    g->policy[i].alt = new_id[g->policy[i].alt];
  }
  for (size_t i = 0; i < g->n_ranks; i++) {
    g->ranks[i].term = new_id[g->ranks[i].term];
  }
  free(g->terms);
  free(g->term_hash);
  g->terms = terms;
  g->term_hash = hashes;
  free(order);
  free(new_id);
  return graph_rehash(g, g->mask) ? PACT_OK : PACT_ERR_NOMEM;
}

int
graph_cmp_spog(const void *pa, const void *pb)
{
  const PactQuad *a = pa;
  const PactQuad *b = pb;

  if (a->s != b->s) {
    return a->s < b->s ? -1 : 1;
  }
  if (a->p != b->p) {
    return a->p < b->p ? -1 : 1;
  }
  if (a->o != b->o) {
    return a->o < b->o ? -1 : 1;
  }
  if (a->g != b->g) {
    return a->g < b->g ? -1 : 1;
  }
  return 0;
}

/* Sorts by s, p, o, g: an LSD radix sort, 16 bits a pass, least
 * significant key first. Each pass is stable and linear, and a pass whose
 * digit is the same for every quad is skipped; qsort's comparisons cost
 * three times as much on millions of quads. Small graphs (a published
 * page's) go to qsort: eight passes over 65536 counters would cost more
 * than the comparisons. Returns 0 when malloc fails. */
int
graph_radix_sort_spog(PactQuad *q, size_t n)
{
  if (n < 2048) {
    if (n > 1) {
      qsort(q, n, sizeof *q, graph_cmp_spog);
    }
    return 1;
  }
  PactQuad *tmp = malloc((n ? n : 1) * sizeof *tmp);
  size_t *count = malloc(65537 * sizeof *count);
  PactQuad *from = q;
  PactQuad *to = tmp;

  if (!tmp || !count) {
    free(tmp);
    free(count);
    return 0;
  }
  for (int pass = 0; pass < 8; pass++) {
    int field = 3 - pass / 2; /* g, o, p, s */
    int shift = (pass % 2) * 16;
    size_t sum = 0;
    int one_digit;

#define DIGIT(x) \
  ((((field) == 0 ? (x).s : (field) == 1 ? (x).p : (field) == 2 ? (x).o : (x).g) >> shift) & 0xFFFF)
    memset(count, 0, 65537 * sizeof *count);
    for (size_t i = 0; i < n; i++) {
      count[DIGIT(from[i]) + 1]++;
    }
    one_digit = n == 0 || count[DIGIT(from[0]) + 1] == n;
    if (one_digit) {
      continue;
    }
    for (size_t d = 1; d <= 65536; d++) {
      sum += count[d];
      count[d] = sum;
    }
    for (size_t i = 0; i < n; i++) {
      to[count[DIGIT(from[i])]++] = from[i];
    }
#undef DIGIT
    {
      PactQuad *swap = from;
      from = to;
      to = swap;
    }
  }
  if (from != q) {
    memcpy(q, from, n * sizeof *q);
  }
  free(tmp);
  free(count);
  return 1;
}

size_t
pact_quads_sort_unique(PactQuad *q, size_t n)
{
  if (!graph_radix_sort_spog(q, n)) {
    return SIZE_MAX;
  }
  return graph_unique_quads(q, n);
}

size_t
graph_unique_quads(PactQuad *q, size_t n)
{
  size_t out = 0;

  for (size_t i = 0; i < n; i++) {
    if (out == 0 || graph_cmp_spog(&q[out - 1], &q[i]) != 0) {
      q[out++] = q[i];
    }
  }
  return out;
}
