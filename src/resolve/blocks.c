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
    pact_buf_reset(&r->sub_keys);
    pact_buf_reset(&r->loose_key);
    if (t) {
      PACT_TRY(pact_name_keys(r->names, pact_graph_term(r->g, t)->str, &r->key, &r->loose_key, &r->sub_keys));
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
    PACT_TRY(node_sets(r, it)); /* its articles: two visits of one article are two */
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
      const char *name = pact_graph_term(r->g, t)->str;
      size_t len = pact_graph_term(r->g, t)->len;
      PACT_TRY(pact_buf_adds(&r->key, "name "));
      /* "Friendship Shield-2024" is the series' edition of that year: its
       * block is the series' (its dates, not its name, tell it from the
       * edition of another year) */
      if (len > 6 && (name[len - 5] == '-' || name[len - 5] == ' ') &&
          (strncmp(name + len - 4, "19", 2) == 0 || strncmp(name + len - 4, "20", 2) == 0) &&
          strspn(name + len - 4, "0123456789") == 4) {
        len -= 5;
      }
      PACT_TRY(pact_text_key(&r->key, name, len));
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

/* A link from the name of one key to a shorter form of it, another
 * name's key: (target, source) as the first items of each key. */
typedef struct {
  uint32_t target;
  uint32_t source;
} Link;

static int
cmp_link(const void *pa, const void *pb)
{
  const Link *a = pa;
  const Link *b = pb;

  if (a->target != b->target) {
    return a->target < b->target ? -1 : 1;
  }
  return a->source < b->source ? -1 : a->source > b->source;
}

/* The identities in the hash table: item i's key as 2i, its loose key as
 * 2i + 1. */
static const char *
identity(const Item *items, uint32_t e)
{
  return e & 1 ? items[e / 2].loose_key : items[e / 2].key;
}

#define AMBIGUOUS (UINT32_MAX - 1)

/* The key group, other than `self`, of the items one of whose identities
 * is `key`: of those whose country agrees with `country` (either unknown,
 * or the same) if there are any, else of those of another country (the
 * block's clustering then tells whether the two countries are one
 * story's two sides, resolve_cluster_persons()). UINT32_MAX if there is
 * none, AMBIGUOUS if there are two: whatever the order of the input. */
static uint32_t
find_key(const Item *items, const uint32_t *slots, const uint64_t *hashes, size_t cap,
         const uint32_t *first, uint32_t self, const char *key, size_t len, PactTerm country)
{
  uint64_t hash = pact_hash_fast(key, len);
  uint32_t same = UINT32_MAX;
  uint32_t other = UINT32_MAX;

  for (size_t h = hash & (cap - 1); slots[h] != UINT32_MAX; h = (h + 1) & (cap - 1)) {
    const char *id = identity(items, slots[h]);
    const Item *o = &items[slots[h] / 2];
    uint32_t group = first[slots[h] / 2];
    uint32_t *found;
    if (hashes[h] != hash || strlen(id) != len || memcmp(id, key, len) != 0 || group == self) {
      continue;
    }
    found = !o->country || !country || o->country == country ? &same : &other;
    *found = *found == UINT32_MAX || *found == group ? group : AMBIGUOUS;
  }
  return same != UINT32_MAX ? same : other;
}

/* Inserts identity `e` of hash `hash`. */
static void
put_identity(uint32_t *slots, uint64_t *hashes, size_t cap, uint32_t e, uint64_t hash)
{
  size_t h = hash & (cap - 1);

  while (slots[h] != UINT32_MAX) {
    h = (h + 1) & (cap - 1);
  }
  slots[h] = e;
  hashes[h] = hash;
}

/* "Henry Delgado Salvador" in one report, "Henry Delgado" in another,
 * "Dennis Alibuzwi" beside "Sitali Dennis Alibuzwi", "Fortunet Alain
 * Nouatin" beside "Alain Fortunet Nouatin", "Halimi bin Abd Manaf"
 * beside "Halimi Abd Manaf": a name whose loose key
 * (pact_name_loose_key()) or one of whose shorter forms
 * (pact_name_sub_keys()) is the key or loose key of another person
 * joins that person's block. A person of the same country (or of one
 * not known) is looked for first, then one of another country (the
 * block's clustering then asks that each report name both countries,
 * resolve_cluster_persons()). It joins when:
 *  - that is the only such person its shorter forms name, and
 *  - its name is the only one that shortens to that person's: two long
 *    names that shorten to one short name are two people, and the short
 *    one stays apart (who would it be?).
 * The joined keys become the smallest of them, whatever the order of the
 * input. A hash of the keys, then a sort of the links: no pair of names
 * is compared. */
PactStatus
resolve_sub_names(Item *items, size_t n)
{
  size_t cap = 16;
  uint32_t *slots;
  uint64_t *hashes;
  uint32_t *first;
  Link *links;
  size_t nl = 0;

  while (cap < 4 * n) {
    cap *= 2;
  }
  slots = malloc(cap * sizeof *slots);
  hashes = malloc(cap * sizeof *hashes);
  first = malloc((n ? n : 1) * sizeof *first);
  links = malloc((n ? n : 1) * sizeof *links);
  if (!slots || !hashes || !first || !links) {
    free(slots);
    free(hashes);
    free(first);
    free(links);
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < cap; i++) {
    slots[i] = UINT32_MAX;
  }
  /* Each item's key group: the first item of its key. */
  for (size_t i = 0; i < n; i++) {
    first[i] = (uint32_t)i;
    for (size_t h = items[i].hash & (cap - 1); slots[h] != UINT32_MAX; h = (h + 1) & (cap - 1)) {
      if (!(slots[h] & 1) && hashes[h] == items[i].hash &&
          strcmp(items[slots[h] / 2].key, items[i].key) == 0) {
        first[i] = first[slots[h] / 2];
        break;
      }
    }
    /* the items of one key are one group: union-find on Item.parent,
     * which resolve_kind() sets anew for clustering afterwards */
    items[i].parent = first[i];
    put_identity(slots, hashes, cap, (uint32_t)(2 * i), items[i].hash);
    if (items[i].loose_key) {
      put_identity(slots, hashes, cap, (uint32_t)(2 * i + 1),
                   pact_hash_fast(items[i].loose_key, strlen(items[i].loose_key)));
    }
  }
  for (size_t i = 0; i < n; i++) {
    uint32_t target = UINT32_MAX;
    int one = 1;
    /* Its loose key, then its shorter forms. */
    for (int pass = 0; pass < 2 && one; pass++) {
      const char *k = pass ? items[i].sub_keys : items[i].loose_key;
      while (k && *k && one) {
        size_t len = pass ? strcspn(k, "\n") : strlen(k);
        uint32_t t = find_key(items, slots, hashes, cap, first, first[i], k, len, items[i].country);
        if (t != UINT32_MAX) {
          one = t != AMBIGUOUS && (target == UINT32_MAX || target == t);
          target = t;
        }
        k += len + (k[len] == '\n');
      }
    }
    if (one && target != UINT32_MAX) {
      links[nl++] = (Link){target, first[i]};
    }
  }
  qsort(links, nl, sizeof *links, cmp_link);
  for (size_t lo = 0; lo < nl;) {
    size_t hi = lo + 1;
    int one = 1;
    while (hi < nl && links[hi].target == links[lo].target) {
      one &= links[hi].source == links[lo].source;
      hi++;
    }
    if (one) {
      uint32_t a = resolve_root(items, links[lo].target);
      uint32_t b = resolve_root(items, links[lo].source);
      if (a != b) {
        items[a > b ? a : b].parent = a < b ? a : b;
      }
    }
    lo = hi;
  }
  /* Each joined group's key: its smallest. */
  for (size_t i = 0; i < n; i++) {
    uint32_t root = resolve_root(items, (uint32_t)i);
    if (strcmp(items[i].key, items[root].key) < 0) {
      items[root].key = items[i].key;
    }
  }
  for (size_t i = 0; i < n; i++) {
    items[i].key = items[resolve_root(items, (uint32_t)i)].key;
    items[i].hash = pact_hash_fast(items[i].key, strlen(items[i].key));
  }
  free(slots);
  free(hashes);
  free(first);
  free(links);
  return PACT_OK;
}
