#define _POSIX_C_SOURCE 200809L
#include "resolve/resolver.h"

#include "model/vocab.h"
#include "util/hash.h"

#include <stdlib.h>
#include <string.h>


static int
cmp_item(const void *pa, const void *pb)
{
  const Item *a = pa;
  const Item *b = pb;
  int c;

  if (a->hash != b->hash) {
    return a->hash < b->hash ? -1 : 1;
  }
  c = strcmp(a->key, b->key);
  if (c) {
    return c;
  }
  /* not the term number: that is the order the terms were first read
   * in, which differs between the articles and an earlier export of them */
  return strcmp(a->iri, b->iri);
}

static PactStatus
resolve_kind(R *r, int kind, size_t *n_nodes, size_t *n_clusters)
{
  Item *items = NULL;
  size_t n = 0;
  size_t cap = 0;
  PactStatus st = PACT_OK;

  *n_nodes = *n_clusters = 0;
  for (size_t i = 0; i < r->n_typed; i++) {
    cap += r->kind_of[r->typed[i]] == kind + 1;
  }
  items = malloc((cap ? cap : 1) * sizeof *items);
  if (!items) {
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < r->n_typed && st == PACT_OK; i++) {
    PactTerm node = r->typed[i];
    if (r->kind_of[node] != kind + 1) {
      continue;
    }
    items[n] = (Item){.node = node, .iri = pact_graph_term(r->g, node)->str, .doc_day = NO_DAY};
    r->renamed_refs = 0;
    st = resolve_block_key(r, kind, &items[n]);
    items[n].renamed_refs = r->renamed_refs;
    if (st != PACT_OK) {
      break;
    }
    items[n].key = pact_arena_strdup(&r->arena, r->key.data ? r->key.data : "");
    if (!items[n].key) {
      st = PACT_ERR_NOMEM;
      break;
    }
    items[n].hash = pact_hash_fast(items[n].key, strlen(items[n].key));
    if (kind_shape(kind) == PACT_SHAPE_PERSON && r->loose_key.len &&
        strcmp(r->loose_key.data, items[n].key) != 0) {
      items[n].loose_key = pact_arena_strdup(&r->arena, r->loose_key.data);
      if (!items[n].loose_key) {
        st = PACT_ERR_NOMEM;
        break;
      }
    }
    if (kind_shape(kind) == PACT_SHAPE_PERSON && r->sub_keys.len) {
      items[n].sub_keys = pact_arena_strdup(&r->arena, r->sub_keys.data);
      if (!items[n].sub_keys) {
        st = PACT_ERR_NOMEM;
        break;
      }
    }
    n++;
  }
  if (st == PACT_OK && kind_shape(kind) == PACT_SHAPE_PERSON) {
    st = resolve_sub_names(items, n);
  }
  if (st == PACT_OK && n > 1) {
    qsort(items, n, sizeof *items, cmp_item);
  }
  for (size_t i = 0; i < n; i++) {
    items[i].parent = (uint32_t)i;
  }
  /* Block by block: cluster, then name each cluster. */
  for (size_t lo = 0; lo < n && st == PACT_OK;) {
    size_t hi = lo + 1;
    while (hi < n && items[hi].hash == items[lo].hash &&
           strcmp(items[hi].key, items[lo].key) == 0) {
      hi++;
    }
    if (kind_shape(kind) == PACT_SHAPE_PERSON) {
      if (items[lo].key[0]) { /* a name without a key merges nothing */
        st = resolve_cluster_persons(r, items, (uint32_t)lo, (uint32_t)hi);
      }
    } else {
      if (kind_shape(kind) == PACT_SHAPE_EXERCISE) { /* one edition is one exercise: between the
                                 same participants, in the same season */
        for (size_t i = lo; i < hi; i++) {
          for (size_t j = lo; items[i].edition && j < i; j++) {
            if (items[j].edition == items[i].edition && resolve_same_season(r, &items[i], &items[j]) &&
                resolve_linkable(items, (uint32_t)i, (uint32_t)j)) {
              resolve_unite(&r->arena, items, (uint32_t)i, (uint32_t)j);
              break;
            }
          }
        }
      }
      resolve_cluster_dated(r, items, (uint32_t)lo, (uint32_t)hi, pact_class((PactClass)kind)->window_days);
    }
    /* Each agreement cluster's date, at its root, for resolve_same_day(). */
    for (size_t i = lo; kind_shape(kind) == PACT_SHAPE_AGREEMENT && i < hi && st == PACT_OK; i++) {
      if (resolve_root(items, (uint32_t)i) == i) {
        st = resolve_cluster_values(r, items, (uint32_t)lo, (uint32_t)hi, (uint32_t)i, r->signed_on);
        items[i].date = resolve_best_value(r, resolve_better_date);
      }
    }
    for (size_t i = lo; i < hi && st == PACT_OK; i++) {
      PactTerm canonical;
      if (resolve_root(items, (uint32_t)i) != i) {
        continue;
      }
      ++*n_clusters;
      /* A node alone keeps the IRI the builder gave it: from the values
       * resolve_cluster_key() would use (its articles agree on them, or they
       * would not share the IRI), or from the key its record gave. Not
       * when it refers to a person merged with another: a visit of
       * "Kh Asif" becomes a visit of Khawaja Muhammad Asif. */
      if (!items[i].renamed_refs &&
          !(kind_shape(kind) == PACT_SHAPE_AGREEMENT && resolve_same_day(items, (uint32_t)lo, (uint32_t)hi, (uint32_t)i))) {
        int alone = 1;
        for (size_t j = i + 1; j < hi && alone; j++) {
          alone = resolve_root(items, (uint32_t)j) != i;
        }
        if (alone) {
          continue;
        }
      }
      st = resolve_cluster_key(r, kind, items, (uint32_t)lo, (uint32_t)hi, (uint32_t)i);
      canonical = st == PACT_OK ? resolve_canonical_iri(r, pact_class((PactClass)kind)->name) : 0;
      if (!canonical) {
        st = st == PACT_OK ? PACT_ERR_NOMEM : st;
        break;
      }
      for (size_t j = i; j < hi; j++) {
        if (resolve_root(items, (uint32_t)j) == i && items[j].node != canonical) {
          r->to[items[j].node] = canonical;
        }
      }
    }
    lo = hi;
  }
  /* one edition told under two names: across blocks, once every cluster
   * has its IRI */
  if (st == PACT_OK && kind_shape(kind) == PACT_SHAPE_EXERCISE) {
    st = resolve_join_editions(r, items, n);
  }
  *n_nodes = n;
  free(items);
  return st;
}

/* ---- the whole graph ---------------------------------------------------------- */

/* Finds the typed nodes and the articles' dates, and indexes the claims
 * about the typed nodes by subject (mentions, the bulk of the claims, are
 * left out: resolution never looks at them). */
static PactStatus
index_claims(R *r)
{
  uint32_t *fill;

  r->start = calloc(r->n_terms + 1, sizeof *r->start);
  r->to = calloc(r->n_terms, sizeof *r->to);
  r->issued_day = malloc(r->n_terms * sizeof *r->issued_day);
  r->kind_of = calloc(r->n_terms, 1);
  r->used = calloc(r->n_terms, 1);
  if (!r->start || !r->to || !r->issued_day || !r->kind_of || !r->used || r->nq > UINT32_MAX) {
    return PACT_ERR_NOMEM;
  }
  /* rdf:type, claimed in every article that names the node, gives its
   * articles (resolve_doc_day()); mentions and titles are not read. */
  {
    const PactTerm used[] = {r->type, r->label, r->country, r->kind, r->party,
                             r->signed_on, r->start_date, r->end_date, r->date, r->visitor,
                             r->host, r->participant, r->edition, r->area};
    for (size_t k = 0; k < sizeof used / sizeof used[0]; k++) {
      r->used[used[k]] = 1; /* [0] for a predicate the graph lacks: harmless */
    }
  }
  for (size_t t = 0; t < r->n_terms; t++) {
    r->issued_day[t] = (int32_t)NO_DAY;
  }
  for (size_t i = 0; i < r->nq; i++) {
    const PactQuad *q = &r->q[i];
    if (q->p == r->issued_p) {
      r->issued_day[q->s] = (int32_t)resolve_day_of(resolve_term_date(r, q->o), 0);
    }
    if (q->p != r->type || !q->g || r->kind_of[q->s]) {
      continue;
    }
    for (int k = 0; k < PACT_N_CLASSES; k++) {
      if (q->o == r->cls[k] && r->cls[k]) {
        r->kind_of[q->s] = (uint8_t)(k + 1);
        r->n_typed++;
      }
    }
  }
  r->typed = malloc((r->n_typed ? r->n_typed : 1) * sizeof *r->typed);
  if (!r->typed) {
    return PACT_ERR_NOMEM;
  }
  r->n_typed = 0;
  for (size_t i = 0; i < r->nq; i++) {
    const PactQuad *q = &r->q[i];
    if (!q->g || !r->kind_of[q->s] || !r->used[q->p]) {
      continue;
    }
    if (r->start[q->s + 1]++ == 0) {
      r->typed[r->n_typed++] = q->s;
    }
  }
  for (size_t t = 1; t <= r->n_terms; t++) {
    r->start[t] += r->start[t - 1];
  }
  r->claims = malloc((r->start[r->n_terms] ? r->start[r->n_terms] : 1) * sizeof *r->claims);
  fill = malloc((r->n_terms + 1) * sizeof *fill);
  if (!r->claims || !fill) {
    free(fill);
    return PACT_ERR_NOMEM;
  }
  memcpy(fill, r->start, (r->n_terms + 1) * sizeof *fill);
  for (size_t i = 0; i < r->nq; i++) {
    if (r->q[i].g && r->kind_of[r->q[i].s] && r->used[r->q[i].p]) {
      r->claims[fill[r->q[i].s]++] = r->q[i];
    }
  }
  free(fill);
  return PACT_OK;
}

PactStatus
pact_resolve(PactGraph *g, const char *base, const PactSynonyms *names,
             PactResolveStats *stats)
{
  R r;
  PactStatus st;

  memset(&r, 0, sizeof r);
  r.g = g;
  r.base = base ? base : PACT_DEFAULT_BASE;
  r.names = names;
  r.q = pact_graph_claims(g, &r.nq);
  r.n_terms = pact_graph_term_count(g) + 1;
  pact_arena_init(&r.arena);
  pact_buf_init(&r.buf, 0);
  pact_buf_init(&r.key, 0);
  pact_buf_init(&r.sub_keys, 0);
  pact_buf_init(&r.loose_key, 0);
  r.type = find(&r, NS_RDF "type");
  r.label = find(&r, NS_RDFS "label");
  r.country = find(&r, PACT_NS "country");
  r.issued_p = find(&r, NS_DCTERMS "issued");
  r.kind = find(&r, PACT_NS "agreementKind");
  r.party = find(&r, PACT_NS "party");
  r.signed_on = find(&r, PACT_NS "signedOn");
  r.start_date = find(&r, PACT_NS "startDate");
  r.end_date = find(&r, PACT_NS "endDate");
  r.date = find(&r, PACT_NS "date");
  r.visitor = find(&r, PACT_NS "visitor");
  r.host = find(&r, PACT_NS "hostCountry");
  r.participant = find(&r, PACT_NS "participant");
  r.edition = find(&r, PACT_NS "edition");
  r.area = find(&r, PACT_NS "area");
  for (int k = 0; k < PACT_N_CLASSES; k++) {
    if (pact_class((PactClass)k)->window_days >= 0) {
      r.cls[k] = find(&r, pact_class((PactClass)k)->iri);
    }
  }
  if (stats) {
    memset(stats, 0, sizeof *stats);
  }
  st = index_claims(&r);
  /* Persons first: visits and meetings are keyed by who took part. */
  for (int pass = 0; pass < 2 && st == PACT_OK; pass++) {
    for (int k = 0; k < PACT_N_CLASSES && st == PACT_OK; k++) {
      size_t nodes;
      size_t clusters;
      if (!r.cls[k] || (kind_shape(k) == PACT_SHAPE_PERSON) != (pass == 0)) {
        continue;
      }
      st = resolve_kind(&r, k, &nodes, &clusters);
      if (stats) {
        stats->nodes[k] = nodes;
        stats->clusters[k] = clusters;
      }
    }
  }
  if (st == PACT_OK) {
    pact_graph_rename(g, r.to, r.n_terms);
  }
  free(r.start);
  free(r.claims);
  free(r.mentions);
  free(r.to);
  free(r.issued_day);
  free(r.kind_of);
  free(r.used);
  free(r.typed);
  free(r.pairs);
  free(r.values);
  pact_buf_free(&r.buf);
  pact_buf_free(&r.key);
  pact_buf_free(&r.sub_keys);
  pact_buf_free(&r.loose_key);
  pact_arena_free(&r.arena);
  return st;
}
