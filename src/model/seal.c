/* Sealing: the default graph derived from the named graphs by the
 * policies of each predicate, then the whole sorted once. */
#include "model/graph_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define XSD "http://www.w3.org/2001/XMLSchema#"

/* Letters and digits (any script: every code point from U+0080 counts),
 * and words. */
static void
count_letters(const char *s, size_t len, unsigned *letters, unsigned *words)
{
  *letters = *words = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        (c >= 0xC0)) {
      ++*letters;
    }
    if (c != ' ' && (i == 0 || s[i - 1] == ' ')) {
      ++*words;
    }
  }
}

int
pact_label_beats(const char *a, size_t alen, unsigned sa, const char *b,
                 size_t blen, unsigned sb)
{
  unsigned la;
  unsigned lb;
  unsigned wa;
  unsigned wb;

  if ((sa >= 2) != (sb >= 2)) {
    return sa >= 2;
  }
  count_letters(a, alen, &la, &wa);
  count_letters(b, blen, &lb, &wb);
  if (la != lb) {
    return la > lb;
  }
  if (sa != sb) {
    return sa > sb;
  }
  if (wa != wb) {
    return wa < wb; /* "Abdellatif", the usual written form, over "Abdel Latif" */
  }
  return alen > blen;
}

typedef struct {
  PactQuad *v;
  size_t n;
  size_t cap;
} QuadVec;

static PactStatus
vec_push(QuadVec *v, PactQuad q)
{
  if (v->n == v->cap) {
    size_t cap = v->cap ? v->cap * 2 : 4096;
    PactQuad *nv = realloc(v->v, cap * sizeof *nv);
    if (!nv) {
      return PACT_ERR_NOMEM;
    }
    v->v = nv;
    v->cap = cap;
  }
  v->v[v->n++] = q;
  return PACT_OK;
}

typedef struct {
  PactTerm o;
  unsigned support; /* how many articles claim it */
} Candidate;

static int
date_precision(const PactGraph *g, PactTerm o)
{
  const PactTermInfo *t = &g->terms[o];
  const char *dt = t->datatype ? g->terms[t->datatype].str : "";

  if (strcmp(dt, XSD "date") == 0 || strcmp(dt, XSD "dateTime") == 0) {
    return 4;
  }
  if (strcmp(dt, XSD "gYearMonth") == 0) {
    return 3;
  }
  if (strcmp(dt, XSD "gMonthDay") == 0) {
    return 2;
  }
  if (strcmp(dt, XSD "gYear") == 0) {
    return 1;
  }
  return 0;
}

static int
value_rank(const PactGraph *g, PactTerm o)
{
  for (size_t i = 0; i < g->n_ranks; i++) {
    if (g->ranks[i].term == o) {
      return g->ranks[i].rank;
    }
  }
  return 0;
}

/* Whether candidate `a` beats `b` under `how`; candidates come in id order,
 * so keeping the first of equals picks the smallest value. */
static int
beats(const PactGraph *g, PactChoice how, const Candidate *a, const Candidate *b)
{
  if (how == PACT_CHOOSE_LABEL) {
    const PactTermInfo *ta = &g->terms[a->o];
    const PactTermInfo *tb = &g->terms[b->o];
    return pact_label_beats(ta->str, ta->len, a->support, tb->str, tb->len, b->support);
  }
  if (how == PACT_CHOOSE_RANKED) {
    int ra = value_rank(g, a->o);
    int rb = value_rank(g, b->o);
    if (ra != rb) {
      return ra > rb;
    }
  }
  if (a->support != b->support) {
    return a->support > b->support;
  }
  if (how == PACT_CHOOSE_DATE) {
    return date_precision(g, a->o) > date_precision(g, b->o);
  }
  return 0;
}

static int
same_lang(const PactGraph *g, PactTerm a, PactTerm b)
{
  const char *la = g->terms[a].lang;
  const char *lb = g->terms[b].lang;

  if (!la || !lb) {
    return la == lb;
  }
  return strcmp(la, lb) == 0;
}

static const Policy *
policy_of(const PactGraph *g, PactTerm p)
{
  static const Policy all = {PACT_CHOOSE_ALL, 0};

  for (size_t i = 0; i < g->n_policy; i++) {
    if (g->policy_pred[i] == p) {
      return &g->policy[i];
    }
  }
  return &all;
}

/* Chooses the default graph's values of one (subject, predicate) group. */
static PactStatus
resolve_group(const PactGraph *g, PactTerm s, PactTerm p, Candidate *cand,
              size_t n, QuadVec *out, QuadVec *chosen_labels)
{
  const Policy *pol = policy_of(g, p);

  if (pol->how == PACT_CHOOSE_ALL) {
    for (size_t i = 0; i < n; i++) {
      PACT_TRY(vec_push(out, (PactQuad){s, p, cand[i].o, 0}));
    }
    return PACT_OK;
  }
  if (pol->how != PACT_CHOOSE_LABEL) {
    size_t best = 0;
    for (size_t i = 1; i < n; i++) {
      if (beats(g, pol->how, &cand[i], &cand[best])) {
        best = i;
      }
    }
    return vec_push(out, (PactQuad){s, p, cand[best].o, 0});
  }
  /* Labels: one per language tag; the others become alternatives. A
   * candidate whose support is 0 has been handled already. */
  for (size_t i = 0; i < n; i++) {
    size_t best = i;
    if (cand[i].support == 0) {
      continue;
    }
    for (size_t j = i + 1; j < n; j++) {
      if (cand[j].support && same_lang(g, cand[i].o, cand[j].o) &&
          beats(g, pol->how, &cand[j], &cand[best])) {
        best = j;
      }
    }
    for (size_t j = i; j < n; j++) {
      if (cand[j].support && same_lang(g, cand[i].o, cand[j].o)) {
        PactTerm pred = j == best ? p : pol->alt;
        if (pred) {
          PACT_TRY(vec_push(out, (PactQuad){s, pred, cand[j].o, 0}));
        }
        if (j != best) {
          cand[j].support = 0;
        }
      }
    }
    PACT_TRY(vec_push(chosen_labels, (PactQuad){s, pol->alt, cand[best].o, 0}));
    cand[best].support = 0;
  }
  return PACT_OK;
}

/* Derives the default graph from the claims; `q` is sorted by s, p, o, g. */
static PactStatus
derive_default(PactGraph *g, QuadVec *out, QuadVec *chosen_labels)
{
  Candidate *cand = NULL;
  size_t cap = 0;
  PactStatus st = PACT_OK;
  size_t i = 0;

  while (i < g->n_quads && st == PACT_OK) {
    PactTerm s = g->quads[i].s;
    PactTerm p = g->quads[i].p;
    size_t n = 0;

    while (i < g->n_quads && g->quads[i].s == s && g->quads[i].p == p) {
      const PactQuad *q = &g->quads[i++];
      if (q->g == 0) {
        st = vec_push(out, *q); /* stated directly in the default graph */
        continue;
      }
      if (n == 0 || cand[n - 1].o != q->o) {
        if (n == cap) {
          size_t ncap = cap ? cap * 2 : 16;
          Candidate *nc = realloc(cand, ncap * sizeof *nc);
          if (!nc) {
            free(cand);
            return PACT_ERR_NOMEM;
          }
          cand = nc;
          cap = ncap;
        }
        cand[n++] = (Candidate){q->o, 0};
      }
      cand[n - 1].support++;
    }
    if (n && st == PACT_OK) {
      st = resolve_group(g, s, p, cand, n, out, chosen_labels);
    }
  }
  free(cand);
  return st;
}

/* Removes from sorted `v` every quad also in sorted `drop`. */
static size_t
remove_sorted(PactQuad *v, size_t n, const PactQuad *drop, size_t n_drop)
{
  size_t out = 0;
  size_t j = 0;

  for (size_t i = 0; i < n; i++) {
    while (j < n_drop && graph_cmp_spog(&drop[j], &v[i]) < 0) {
      j++;
    }
    if (j < n_drop && graph_cmp_spog(&drop[j], &v[i]) == 0) {
      continue;
    }
    v[out++] = v[i];
  }
  return out;
}

PactStatus
pact_graph_seal(PactGraph *g)
{
  QuadVec def = {0};
  QuadVec chosen = {0};
  PactQuad *all;
  size_t *start;
  size_t n_named = 0;
  PactStatus st;

  if (g->sealed) {
    return PACT_OK;
  }
  PACT_TRY(graph_renumber(g));
  if (!graph_radix_sort_spog(g->quads, g->n_quads)) {
    return PACT_ERR_NOMEM;
  }
  g->n_quads = graph_unique_quads(g->quads, g->n_quads);
  st = derive_default(g, &def, &chosen);
  if (st != PACT_OK) {
    free(def.v);
    free(chosen.v);
    return st;
  }
  if (!graph_radix_sort_spog(def.v, def.n)) {
    free(def.v);
    free(chosen.v);
    return PACT_ERR_NOMEM;
  }
  def.n = graph_unique_quads(def.v, def.n);
  if (chosen.n) { /* qsort and memcpy take no NULL, even for 0 items */
    qsort(chosen.v, chosen.n, sizeof *chosen.v, graph_cmp_spog);
    def.n = remove_sorted(def.v, def.n, chosen.v, chosen.n);
  }
  free(chosen.v);

  /* Named graphs after the default one, each in s, p, o order: a counting
   * sort by graph keeps the order the claims already have. */
  start = calloc(g->n_terms + 1, sizeof *start);
  all = malloc((def.n + g->n_quads + 1) * sizeof *all);
  if (!start || !all) {
    free(start);
    free(all);
    free(def.v);
    return PACT_ERR_NOMEM;
  }
  if (def.n) {
    memcpy(all, def.v, def.n * sizeof *all);
  }
  free(def.v);
  for (size_t i = 0; i < g->n_quads; i++) {
    if (g->quads[i].g) {
      start[g->quads[i].g + 1]++;
      n_named++;
    }
  }
  for (size_t t = 1; t <= g->n_terms; t++) {
    start[t] += start[t - 1];
  }
  for (size_t i = 0; i < g->n_quads; i++) {
    const PactQuad *q = &g->quads[i];
    if (q->g) {
      all[def.n + start[q->g]++] = *q;
    }
  }
  free(start);
  free(g->quads);
  g->quads = all;
  g->n_default = def.n;
  g->n_quads = def.n + n_named;
  g->cap_quads = g->n_quads + 1;
  g->sealed = 1;
  return PACT_OK;
}
