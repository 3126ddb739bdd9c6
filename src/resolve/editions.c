/* One exercise told under two names: "Nile Eagles 2" in one outlet,
 * "Aigles du Nil 2" in another; "Tabuk 4" and "Tabouk 4"; a named edition
 * and the same edition a report told without its name ("the second joint
 * exercise between Egypt and Sudan"); "Sada Tanseeq" and "a joint
 * exercise between India and Saudi Arabia" of the same days. Blocking keys
 * exercises by name, so these clusters never meet there; they meet here,
 * by what the names do not change: the participants, the edition, the
 * time. */
#define _POSIX_C_SOURCE 200809L
#include "resolve/resolver.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  const Item *items;
  uint32_t root;
  uint32_t docs, n_docs; /* its articles: arts[docs .. docs + n_docs) */
} Cluster;

/* An article that reports a node of the cluster of root `root`. */
typedef struct {
  uint32_t root;
  PactTerm doc;
} Art;

static int
cmp_art(const void *pa, const void *pb)
{
  const Art *a = pa;
  const Art *b = pb;

  if (a->root != b->root) {
    return a->root < b->root ? -1 : 1;
  }
  return a->doc < b->doc ? -1 : a->doc > b->doc;
}

/* Whether two clusters' sorted article lists share one: an article that
 * names both tells two exercises ("Tabuk" and "Faisal", each a first
 * edition). */
static int
share_article(const Art *arts, const Cluster *a, const Cluster *b)
{
  uint32_t i = a->docs;
  uint32_t j = b->docs;

  while (i < a->docs + a->n_docs && j < b->docs + b->n_docs) {
    if (arts[i].doc == arts[j].doc) {
      return 1;
    }
    if (arts[i].doc < arts[j].doc) {
      i++;
    } else {
      j++;
    }
  }
  return 0;
}

static int
cmp_sets(TermSet a, TermSet b)
{
  if (a.n != b.n) {
    return a.n < b.n ? -1 : 1;
  }
  for (uint32_t i = 0; i < a.n; i++) {
    if (a.v[i] != b.v[i]) {
      return a.v[i] < b.v[i] ? -1 : 1;
    }
  }
  return 0;
}

/* By participants, then by name and IRI. */
static int
cmp_by_parts(const void *pa, const void *pb)
{
  const Item *a = &((const Cluster *)pa)->items[((const Cluster *)pa)->root];
  const Item *b = &((const Cluster *)pb)->items[((const Cluster *)pb)->root];
  int c;

  if ((c = cmp_sets(a->parts, b->parts)) != 0) {
    return c;
  }
  if ((c = strcmp(a->key, b->key)) != 0) {
    return c;
  }
  return strcmp(a->iri, b->iri);
}

/* By edition and participants, then by name (the block key) and IRI:
 * the same order whatever order the input came in. */
static int
cmp_cluster(const void *pa, const void *pb)
{
  const Item *a = &((const Cluster *)pa)->items[((const Cluster *)pa)->root];
  const Item *b = &((const Cluster *)pb)->items[((const Cluster *)pb)->root];

  if (a->edition != b->edition) {
    return a->edition < b->edition ? -1 : 1;
  }
  return cmp_by_parts(pa, pb);
}

/* Whether two clusters' reports may be of one edition: their dates in
 * the same season, or, when one is not told, their articles within two
 * months (an undated edition is what its articles' days make it). */
static int
same_time(const R *r, const Item *a, const Item *b)
{
  if (a->date && b->date) {
    return resolve_same_season(r, a, b);
  }
  return a->doc_day == NO_DAY || b->doc_day == NO_DAY || labs(a->doc_day - b->doc_day) <= 62;
}

/* The first cluster of the set cluster rt joined (into[] points back
 * in the group's order, to itself at a set's first). */
static uint32_t
set_of(const uint32_t *into, uint32_t rt)
{
  while (into[rt] != rt) {
    rt = into[rt];
  }
  return rt;
}

/* "a joint exercise between India and Saudi Arabia" in one outlet,
 * "Sada Tanseeq" in another: an unnamed exercise without an edition
 * joins the one named set of the same participants of its time, when it
 * shares no article with it. */
static void
join_unnamed(const R *r, const Item *items, Cluster *cl, size_t m, const Art *arts, uint32_t *into)
{
  qsort(cl, m, sizeof *cl, cmp_by_parts);
  for (size_t lo = 0; lo < m;) {
    size_t hi = lo + 1;
    while (hi < m && cmp_sets(items[cl[hi].root].parts, items[cl[lo].root].parts) == 0) {
      hi++;
    }
    for (size_t i = lo; i < hi; i++) {
      const Item *u = &items[cl[i].root];
      uint32_t cand[2] = {UINT32_MAX, UINT32_MAX}; /* [0]: dated as it is; [1]: undated */
      int ambiguous[2] = {0, 0};
      if (u->edition || strncmp(u->key, "with ", 5) != 0 || set_of(into, cl[i].root) != cl[i].root) {
        continue;
      }
      for (size_t j = lo; j < hi; j++) {
        const Item *t = &items[cl[j].root];
        if (strncmp(t->key, "name ", 5) != 0 || !same_time(r, u, t) || share_article(arts, &cl[i], &cl[j])) {
          continue;
        }
        /* a date of the same season outweighs none */
        int weak = !(u->date && t->date);
        uint32_t set = set_of(into, cl[j].root);
        ambiguous[weak] |= cand[weak] != UINT32_MAX && cand[weak] != set;
        cand[weak] = set;
      }
      int k = cand[0] != UINT32_MAX ? 0 : 1;
      if (cand[k] != UINT32_MAX && !ambiguous[k]) {
        into[cl[i].root] = cand[k];
      }
    }
    lo = hi;
  }
}

PactStatus
resolve_join_editions(R *r, Item *items, size_t n)
{
  Cluster *cl = malloc((n ? n : 1) * sizeof *cl);
  uint32_t *size = calloc(n ? n : 1, sizeof *size);
  uint32_t *into = malloc((n ? n : 1) * sizeof *into);    /* root -> an earlier root of its set, or itself */
  uint32_t *best_of = malloc((n ? n : 1) * sizeof *best_of); /* a set's first -> the root that names it */
  size_t m = 0;
  size_t n_arts = 0;
  Art *arts = NULL;

  for (uint32_t i = 0; i < n; i++) {
    for (uint32_t k = r->start[items[i].node]; k < r->start[items[i].node + 1]; k++) {
      n_arts += r->claims[k].p == r->type;
    }
  }
  arts = malloc((n_arts ? n_arts : 1) * sizeof *arts);
  if (!cl || !size || !into || !best_of || !arts) {
    free(arts);
    free(cl);
    free(size);
    free(into);
    free(best_of);
    return PACT_ERR_NOMEM;
  }
  for (uint32_t i = 0; i < n; i++) {
    uint32_t rt = resolve_root(items, i);
    size[rt]++;
    into[i] = i;
    best_of[i] = i;
    if (rt == i && items[i].parts.n > 0) {
      cl[m++] = (Cluster){items, i, 0, 0};
    }
  }
  n_arts = 0;
  for (uint32_t i = 0; i < n; i++) {
    for (uint32_t k = r->start[items[i].node]; k < r->start[items[i].node + 1]; k++) {
      if (r->claims[k].p == r->type) {
        arts[n_arts++] = (Art){resolve_root(items, i), r->claims[k].g};
      }
    }
  }
  qsort(arts, n_arts, sizeof *arts, cmp_art);
  for (size_t c = 0; c < m; c++) { /* each cluster's run of arts, by bisection */
    size_t lo = 0;
    size_t hi = n_arts;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (arts[mid].root < cl[c].root) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    cl[c].docs = (uint32_t)lo;
    while (hi < n_arts && arts[hi].root == cl[c].root) {
      hi++;
    }
    cl[c].n_docs = (uint32_t)(hi - lo);
  }
  qsort(cl, m, sizeof *cl, cmp_cluster);
  for (size_t lo = 0; lo < m;) {
    size_t hi = lo + 1;
    const Item *first = &items[cl[lo].root];
    while (hi < m && items[cl[hi].root].edition == first->edition &&
           cmp_sets(items[cl[hi].root].parts, first->parts) == 0) {
      hi++;
    }
    if (!first->edition) {
      lo = hi;
      continue;
    }
    /* Within the group, a cluster joins the one set of others of another
     * name of its time; not when two sets are that close, nor a
     * set that holds its name already (two clusters of one name were
     * kept apart by their dates: which the other name is cannot be told). */
    for (size_t i = lo + 1; i < hi; i++) {
      const Item *it = &items[cl[i].root];
      uint32_t cand = UINT32_MAX;
      int ambiguous = 0;
      for (size_t j = lo; j < i; j++) {
        const Item *jt = &items[cl[j].root];
        if (strcmp(jt->key, it->key) == 0 || !same_time(r, it, jt) || share_article(arts, &cl[i], &cl[j])) {
          continue;
        }
        uint32_t set = set_of(into, cl[j].root);
        ambiguous |= cand != UINT32_MAX && cand != set;
        cand = set;
      }
      /* nor a set with a cluster of its name, of the same article or of
       * another time */
      for (size_t j = lo; j < i && cand != UINT32_MAX && !ambiguous; j++) {
        ambiguous = set_of(into, cl[j].root) == cand &&
                    (strcmp(items[cl[j].root].key, it->key) == 0 || share_article(arts, &cl[i], &cl[j]) ||
                     !same_time(r, it, &items[cl[j].root]));
      }
      if (cand != UINT32_MAX && !ambiguous) {
        into[cl[i].root] = cand;
      }
    }
    /* each set into the name most reports give; of equals, the first in
     * order */
    for (size_t i = lo; i < hi; i++) {
      uint32_t set = set_of(into, cl[i].root);
      if (set != cl[i].root && size[cl[i].root] > size[best_of[set]]) {
        best_of[set] = cl[i].root;
      }
    }
    lo = hi;
  }
  join_unnamed(r, items, cl, m, arts, into);
  /* every node of a joined cluster goes where the naming cluster's go */
  for (uint32_t i = 0; i < n; i++) {
    uint32_t rt = resolve_root(items, i);
    uint32_t to = best_of[set_of(into, rt)];
    if (to == rt) {
      continue;
    }
    PactTerm target = r->to[items[to].node] ? r->to[items[to].node] : items[to].node;
    if (items[i].node != target) {
      r->to[items[i].node] = target;
    }
  }
  free(arts);
  free(cl);
  free(size);
  free(into);
  free(best_of);
  return PACT_OK;
}
