#include "model/graph.h"

#include "util/arena.h"
#include "util/hash.h"

#include <stdlib.h>
#include <string.h>

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define XSD "http://www.w3.org/2001/XMLSchema#"

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

static uint32_t
term_hash(PactTermKind kind, const char *s, size_t len, PactTerm dt,
          const char *lang)
{
  uint64_t h = pact_hash_fast(s, len);

  h ^= (uint64_t)kind << 56;
  h ^= (uint64_t)dt * UINT64_C(0x9e3779b97f4a7c15);
  if (lang) {
    h ^= pact_hash_fast(lang, strlen(lang)) * 31;
  }
  return (uint32_t)(pact_hash_mix(h) >> 32);
}

static int
term_equals(const PactTermInfo *t, PactTermKind kind, const char *s, size_t len,
            PactTerm dt, const char *lang)
{
  if (t->kind != kind || t->len != len || t->datatype != dt) {
    return 0;
  }
  if ((t->lang == NULL) != (lang == NULL)) {
    return 0;
  }
  if (lang && strcmp(t->lang, lang) != 0) {
    return 0;
  }
  return memcmp(t->str, s, len) == 0;
}

static int
rehash(PactGraph *g, size_t new_mask)
{
  uint64_t *slots = calloc(new_mask + 1, sizeof *slots);

  if (!slots) {
    return 0;
  }
  for (size_t id = 1; id < g->n_terms; id++) {
    size_t i = g->term_hash[id] & new_mask;
    while (slots[i]) {
      i = (i + 1) & new_mask;
    }
    slots[i] = (uint64_t)g->term_hash[id] << 32 | id;
  }
  free(g->slots);
  g->slots = slots;
  g->mask = new_mask;
  return 1;
}

static PactTerm
intern(PactGraph *g, PactTermKind kind, const char *s, size_t len, PactTerm dt,
       const char *lang)
{
  uint32_t h;
  size_t i;
  PactTermInfo *t;

  if (g->sealed || len > UINT32_MAX - 1) {
    return 0;
  }
  h = term_hash(kind, s, len, dt, lang);
  for (i = h & g->mask; g->slots[i]; i = (i + 1) & g->mask) {
    PactTerm id = (PactTerm)g->slots[i];
    if ((uint32_t)(g->slots[i] >> 32) == h &&
        term_equals(&g->terms[id], kind, s, len, dt, lang)) {
      return id;
    }
  }
  if (g->n_terms == g->cap_terms) {
    size_t cap = g->cap_terms * 2;
    PactTermInfo *terms = realloc(g->terms, cap * sizeof *terms);
    uint32_t *hashes;
    if (!terms) {
      return 0;
    }
    g->terms = terms;
    hashes = realloc(g->term_hash, cap * sizeof *hashes);
    if (!hashes) {
      return 0;
    }
    g->term_hash = hashes;
    g->cap_terms = cap;
  }
  t = &g->terms[g->n_terms];
  t->str = pact_arena_strndup(&g->arena, s, len);
  t->lang = lang ? pact_arena_strdup(&g->arena, lang) : NULL;
  if (!t->str || (lang && !t->lang)) {
    return 0;
  }
  t->len = (uint32_t)len;
  t->kind = (uint8_t)kind;
  t->datatype = dt;
  g->term_hash[g->n_terms] = h;
  g->slots[i] = (uint64_t)h << 32 | g->n_terms;
  g->n_terms++;
  /* Keep the table at most half full so probes stay short. */
  if (g->n_terms * 2 > g->mask + 1 && !rehash(g, g->mask * 2 + 1)) {
    return 0;
  }
  return (PactTerm)(g->n_terms - 1);
}

PactTerm
pact_graph_iri(PactGraph *g, const char *s, size_t len)
{
  return intern(g, PACT_TERM_IRI, s, len, 0, NULL);
}

PactTerm
pact_graph_blank(PactGraph *g, const char *label, size_t len)
{
  return intern(g, PACT_TERM_BLANK, label, len, 0, NULL);
}

PactTerm
pact_graph_lookup(const PactGraph *g, PactTermKind kind, const char *s, size_t len,
                  PactTerm datatype, const char *lang)
{
  if (lang && !*lang) {
    lang = NULL;
  }
  if (lang) {
    datatype = 0;
  }
  uint32_t h = term_hash(kind, s, len, datatype, lang);
  for (size_t i = h & g->mask; g->slots[i]; i = (i + 1) & g->mask) {
    PactTerm id = (PactTerm)g->slots[i];
    if ((uint32_t)(g->slots[i] >> 32) == h &&
        term_equals(&g->terms[id], kind, s, len, datatype, lang)) {
      return id;
    }
  }
  return 0;
}

PactTerm
pact_graph_literal(PactGraph *g, const char *s, size_t len, PactTerm datatype,
                   const char *lang)
{
  if (lang && !*lang) {
    lang = NULL;
  }
  return intern(g, PACT_TERM_LITERAL, s, len, lang ? 0 : datatype, lang);
}

int
pact_term_compare(const void *a, const void *b)
{
  PactTerm x = *(const PactTerm *)a;
  PactTerm y = *(const PactTerm *)b;
  return (x > y) - (x < y);
}

const PactTermInfo *
pact_graph_term(const PactGraph *g, PactTerm t)
{
  return t && t < g->n_terms ? &g->terms[t] : NULL;
}

size_t
pact_graph_term_count(const PactGraph *g)
{
  return g->n_terms - 1;
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

/* ---- sealing ---------------------------------------------------------- */

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
static PactStatus
renumber(PactGraph *g)
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
  return rehash(g, g->mask) ? PACT_OK : PACT_ERR_NOMEM;
}

static int
cmp_spog(const void *pa, const void *pb)
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
static int
radix_sort_spog(PactQuad *q, size_t n)
{
  if (n < 2048) {
    if (n > 1) {
      qsort(q, n, sizeof *q, cmp_spog);
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

static size_t unique_quads(PactQuad *q, size_t n);

size_t
pact_quads_sort_unique(PactQuad *q, size_t n)
{
  if (!radix_sort_spog(q, n)) {
    return SIZE_MAX;
  }
  return unique_quads(q, n);
}

static size_t
unique_quads(PactQuad *q, size_t n)
{
  size_t out = 0;

  for (size_t i = 0; i < n; i++) {
    if (out == 0 || cmp_spog(&q[out - 1], &q[i]) != 0) {
      q[out++] = q[i];
    }
  }
  return out;
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
    while (j < n_drop && cmp_spog(&drop[j], &v[i]) < 0) {
      j++;
    }
    if (j < n_drop && cmp_spog(&drop[j], &v[i]) == 0) {
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
  PACT_TRY(renumber(g));
  if (!radix_sort_spog(g->quads, g->n_quads)) {
    return PACT_ERR_NOMEM;
  }
  g->n_quads = unique_quads(g->quads, g->n_quads);
  st = derive_default(g, &def, &chosen);
  if (st != PACT_OK) {
    free(def.v);
    free(chosen.v);
    return st;
  }
  if (!radix_sort_spog(def.v, def.n)) {
    free(def.v);
    free(chosen.v);
    return PACT_ERR_NOMEM;
  }
  def.n = unique_quads(def.v, def.n);
  if (chosen.n) { /* qsort and memcpy take no NULL, even for 0 items */
    qsort(chosen.v, chosen.n, sizeof *chosen.v, cmp_spog);
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
