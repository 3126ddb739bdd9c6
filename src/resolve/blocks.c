/* Blocking: the key that puts the nodes that may be one thing in one
 * block, and what clustering needs of each node. */
#define _POSIX_C_SOURCE 200809L
#include "resolve/resolver.h"

#include "resolve/names.h"
#include "util/hash.h"
#include "util/text.h"

#include <stdlib.h>
#include <string.h>

/* The values resolve_count_values() left (sorted by term) as a set in the
 * arena. */
static PactStatus
values_set(R *r, TermSet *out)
{
  PactTerm *v = pact_arena_alloc(&r->arena, (r->n_values ? r->n_values : 1) * sizeof *v);

  if (!v) {
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < r->n_values; i++) {
    v[i] = r->values[i].o;
  }
  *out = (TermSet){v, (uint32_t)r->n_values};
  return PACT_OK;
}

/* An agreement's articles and areas, as sorted sets in the arena. */
static PactStatus
node_sets(R *r, Item *it)
{
  PactTerm *v;
  uint32_t n = 0;

  /* Its articles: the graphs of its rdf:type claims. */
  for (uint32_t k = r->start[it->node]; k < r->start[it->node + 1]; k++) {
    n += r->claims[k].p == r->type;
  }
  v = pact_arena_alloc(&r->arena, (n ? n : 1) * sizeof *v);
  if (!v) {
    return PACT_ERR_NOMEM;
  }
  n = 0;
  for (uint32_t k = r->start[it->node]; k < r->start[it->node + 1]; k++) {
    if (r->claims[k].p == r->type) {
      v[n++] = r->claims[k].g;
    }
  }
  qsort(v, n, sizeof *v, pact_term_compare);
  it->docs = (TermSet){v, n ? (uint32_t)(resolve_unique_terms(v, n)) : 0};
  /* Its areas: resolve_count_values() leaves them sorted by term. */
  PACT_TRY(resolve_gather(r, it->node, r->area));
  PACT_TRY(resolve_count_values(r));
  return values_set(r, &it->areas);
}

/* An exercise's participating countries, sorted, in the arena. */
static PactStatus
exercise_parts(R *r, Item *it)
{
  PACT_TRY(resolve_gather(r, it->node, r->participant));
  PACT_TRY(resolve_count_values(r));
  resolve_keep_countries(r);
  return values_set(r, &it->parts);
}

/* The block key of item `it` into r->key. */
PactStatus
resolve_block_key(R *r, int kind, Item *it)
{
  PactTerm t;

  pact_buf_reset(&r->key);
  switch (kind_shape(kind)) {
  case PACT_SHAPE_PERSON:
    PACT_TRY(resolve_gather(r, it->node, r->label));
    PACT_TRY(resolve_count_values(r));
    t = resolve_best_value(r, resolve_better_label);
    pact_buf_reset(&r->short_key);
    if (t) {
      PACT_TRY(pact_name_key(r->names, &r->key, pact_graph_term(r->g, t)->str));
      PACT_TRY(pact_name_short_key(r->names, &r->short_key, pact_graph_term(r->g, t)->str));
    }
    PACT_TRY(resolve_gather(r, it->node, r->country));
    PACT_TRY(resolve_count_values(r));
    it->country = resolve_best_value(r, resolve_more_claimed);
    return node_sets(r, it); /* its articles, for resolve_cluster_persons() */
  case PACT_SHAPE_AGREEMENT:
    PACT_TRY(resolve_gather(r, it->node, r->kind));
    PACT_TRY(resolve_count_values(r));
    PACT_TRY(resolve_key_add(r, resolve_kind_name(r, resolve_best_value(r, resolve_more_claimed))));
    PACT_TRY(resolve_gather(r, it->node, r->party));
    PACT_TRY(resolve_count_values(r));
    PACT_TRY(resolve_key_add_slugs(r, " "));
    PACT_TRY(node_sets(r, it));
    PACT_TRY(resolve_gather(r, it->node, r->signed_on));
    break;
  case PACT_SHAPE_VISIT:
    PACT_TRY(resolve_gather(r, it->node, r->visitor));
    PACT_TRY(resolve_count_values(r));
    t = resolve_best_value(r, resolve_more_claimed);
    PACT_TRY(pact_buf_adds(&r->key, t ? pact_graph_term(r->g, t)->str : ""));
    PACT_TRY(resolve_gather(r, it->node, r->host));
    PACT_TRY(resolve_count_values(r));
    t = resolve_best_value(r, resolve_more_claimed);
    PACT_TRY(pact_buf_addc(&r->key, ' '));
    PACT_TRY(pact_buf_adds(&r->key, t ? pact_graph_term(r->g, t)->str : ""));
    PACT_TRY(resolve_gather(r, it->node, r->start_date));
    break;
  case PACT_SHAPE_GATHERING:
    PACT_TRY(resolve_gather(r, it->node, r->participant));
    PACT_TRY(resolve_count_values(r));
    PACT_TRY(resolve_key_add_slugs(r, " "));
    PACT_TRY(resolve_gather(r, it->node, r->date));
    break;
  case PACT_SHAPE_EXERCISE:
    PACT_TRY(exercise_parts(r, it));
    /* Named exercises by name, the others by participants. */
    PACT_TRY(resolve_gather(r, it->node, r->label));
    PACT_TRY(resolve_count_values(r));
    resolve_keep_plain(r);
    t = resolve_best_value(r, resolve_better_label);
    if (t) {
      PACT_TRY(pact_buf_adds(&r->key, "name "));
      PACT_TRY(pact_text_key(&r->key, pact_graph_term(r->g, t)->str,
                             pact_graph_term(r->g, t)->len));
    } else {
      PACT_TRY(resolve_gather(r, it->node, r->participant));
      PACT_TRY(resolve_count_values(r));
      PACT_TRY(pact_buf_adds(&r->key, "with "));
      PACT_TRY(resolve_key_add_slugs(r, " "));
    }
    PACT_TRY(resolve_gather(r, it->node, r->edition));
    PACT_TRY(resolve_count_values(r));
    t = resolve_best_value(r, resolve_more_claimed);
    it->edition = t ? (int32_t)atoi(pact_graph_term(r->g, t)->str) : 0;
    PACT_TRY(resolve_gather(r, it->node, r->start_date));
    break;
  default:
    return PACT_ERR_INTERNAL;
  }
  PACT_TRY(resolve_count_values(r));
  it->date = resolve_best_value(r, resolve_better_date);
  it->doc_day = resolve_doc_day(r, it->node);
  if (kind_shape(kind) == PACT_SHAPE_VISIT) {
    PACT_TRY(resolve_gather(r, it->node, r->end_date));
    PACT_TRY(resolve_count_values(r));
    it->end = resolve_best_value(r, resolve_better_date);
  }
  return PACT_OK;
}

/* Whether two reports' start dates (to the month at least) are within
 * two months of each other, or one of them is not known that well. */
int
resolve_same_season(const R *r, const Item *a, const Item *b)
{
  Date x = resolve_term_date(r, a->date);
  Date y = resolve_term_date(r, b->date);

  if (x.precision < 3 || y.precision < 3 || x.precision == 2 || y.precision == 2) {
    return 1;
  }
  return labs(resolve_day_of(x, 0) - resolve_day_of(y, 0)) <= 62;
}

/* For resolve_short_names(): candidates by short key, then by key. */
static int
cmp_short(const void *pa, const void *pb)
{
  const Item *a = *(const Item *const *)pa;
  const Item *b = *(const Item *const *)pb;
  int c = strcmp(a->short_key, b->short_key);

  return c ? c : strcmp(a->key, b->key);
}

/* "Henry Delgado Salvador" in one report, "Henry Delgado" in another: a
 * name of three words or more whose short key (without its last word) is
 * the key of a person of the same country (or of one not known) joins
 * that person's block, when one name alone shortens so: two long names
 * that shorten to one short name are two people, and the short one
 * stays apart. A hash of the keys, then a sort of the candidates: no
 * pair of names is compared. */
PactStatus
resolve_short_names(Item *items, size_t n)
{
  size_t cap = 16;
  uint32_t *slots;
  Item **cand;
  size_t nc = 0;

  while (cap < 2 * n) {
    cap *= 2;
  }
  slots = malloc(cap * sizeof *slots);
  cand = malloc((n ? n : 1) * sizeof *cand);
  if (!slots || !cand) {
    free(slots);
    free(cand);
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < cap; i++) {
    slots[i] = UINT32_MAX;
  }
  for (size_t i = 0; i < n; i++) {
    size_t h = items[i].hash & (cap - 1);
    while (slots[h] != UINT32_MAX) {
      h = (h + 1) & (cap - 1);
    }
    slots[h] = (uint32_t)i;
  }
  for (size_t i = 0; i < n; i++) {
    if (!items[i].short_key) {
      continue;
    }
    uint64_t hash = pact_hash_fast(items[i].short_key, strlen(items[i].short_key));
    for (size_t h = hash & (cap - 1); slots[h] != UINT32_MAX; h = (h + 1) & (cap - 1)) {
      const Item *o = &items[slots[h]];
      if (o->hash == hash && strcmp(o->key, items[i].short_key) == 0 &&
          (!o->country || !items[i].country || o->country == items[i].country)) {
        cand[nc++] = &items[i];
        break;
      }
    }
  }
  qsort(cand, nc, sizeof *cand, cmp_short);
  for (size_t lo = 0; lo < nc;) {
    size_t hi = lo + 1;
    int one = 1;
    while (hi < nc && strcmp(cand[hi]->short_key, cand[lo]->short_key) == 0) {
      one &= strcmp(cand[hi]->key, cand[lo]->key) == 0;
      hi++;
    }
    for (size_t k = lo; one && k < hi; k++) {
      cand[k]->key = cand[k]->short_key;
      cand[k]->hash = pact_hash_fast(cand[k]->key, strlen(cand[k]->key));
    }
    lo = hi;
  }
  free(slots);
  free(cand);
  return PACT_OK;
}
