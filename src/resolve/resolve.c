#define _POSIX_C_SOURCE 200809L
#include "resolve/resolve.h"

#include "model/record.h"
#include "model/vocab.h"
#include "resolve/names.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/calendar.h"
#include "util/hash.h"
#include "util/text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PERSON, AGREEMENT, VISIT, MEETING, EXERCISE, N_KINDS };

/* How far (days) an undated report may be from a dated one it joins. */
static const long window_days[N_KINDS] = {0, 365, 30, 7, 365};
static const char *const kind_class[N_KINDS] = {"person", "agreement", "visit", "meeting",
                                               "exercise"};

typedef struct {
  PactTerm o;
  PactTerm g;
} Pair;

typedef struct {
  PactTerm o;
  unsigned support; /* how many articles claim it */
} Value;

/* A sorted set of terms, in the resolver's arena. */
typedef struct {
  const PactTerm *v;
  uint32_t n;
} TermSet;

/* One node of a kind, with what blocking and clustering need. */
typedef struct {
  PactTerm node;
  const char *iri;  /* the node's IRI (the graph's): the order within a
                       block, the same whatever order the input came in */
  uint64_t hash;    /* of the block key */
  const char *key;  /* block key (arena) */
  PactTerm country; /* persons: the most claimed country, or 0 */
  PactTerm date;    /* the best date literal, or 0 */
  PactTerm end;     /* visits: the best end date literal, or 0 */
  long doc_day;     /* the earliest article date, in days; NO_DAY: none */
  int32_t edition;  /* exercises: the most claimed edition, or 0; at a
                       root, the cluster's */
  int renamed_refs;  /* refers to a person merged with another */
  const char *short_key; /* persons: the name's key without its last word
                            (arena), or NULL */
  TermSet docs;     /* agreements: the articles that report it; at a root,
                       the cluster's (two agreements one article reports
                       are two) */
  TermSet areas;    /* agreements: its cooperation areas; at a root, the
                       cluster's */
  TermSet parts;    /* exercises: its participants; at a root, the
                       cluster's (two sets neither of which holds the
                       other are two exercises) */
  uint32_t parent;  /* union-find */
} Item;

typedef struct {
  PactGraph *g;
  const char *base;
  const PactSynonyms *names;
  const PactQuad *q;
  size_t nq;
  size_t n_terms;  /* ids below this existed before resolution */
  uint32_t *start; /* claims of subject t: claims[start[t] .. start[t + 1]) */
  PactQuad *claims; /* copies, so that reading a node's claims is sequential */
  PactTerm *to;    /* the rename map */
  int32_t *issued_day; /* a document's date in days, or NO_DAY */
  uint8_t *kind_of; /* 1 + the kind of each typed node, else 0 */
  uint8_t *used;    /* the predicates resolution reads */
  int renamed_refs; /* gather() met a node renamed before */
  PactTerm *typed;  /* the typed nodes, in the order of their first claim */
  size_t n_typed;
  PactArena arena;
  Pair *pairs;
  size_t n_pairs, cap_pairs;
  Value *values;
  size_t n_values, cap_values;
  PactBuf buf;
  PactQuad *mentions;  /* (country, article) of every article's country,
                          sorted; made when first needed */
  size_t n_mentions;
  int mentions_made;
  PactBuf key;
  PactBuf short_key; /* persons: pact_name_short_key() of the label */
  PactTerm type, label, country, issued_p, kind, party, signed_on, start_date, end_date,
    date, visitor, host, participant, edition, area;
  PactTerm cls[N_KINDS];
} R;

#define NO_DAY (-0x7fffffffL)

static PactTerm
find(const R *r, const char *iri)
{
  return pact_graph_find_iri(r->g, iri);
}

/* ---- claims of a node ------------------------------------------------------- */

static int
cmp_pair(const void *a, const void *b)
{
  const Pair *x = a;
  const Pair *y = b;

  if (x->o != y->o) {
    return x->o < y->o ? -1 : 1;
  }
  return (x->g > y->g) - (x->g < y->g);
}

/* Adds the (object, graph) pairs of `node`'s claims of `pred` to r->pairs. */
static PactStatus
gather(R *r, PactTerm node, PactTerm pred)
{
  if (!pred || node >= r->n_terms) {
    return PACT_OK;
  }
  for (uint32_t k = r->start[node]; k < r->start[node + 1]; k++) {
    const PactQuad *q = &r->claims[k];
    if (q->p != pred) {
      continue;
    }
    if (r->n_pairs == r->cap_pairs) {
      size_t cap = r->cap_pairs ? r->cap_pairs * 2 : 64;
      Pair *p = realloc(r->pairs, cap * sizeof *p);
      if (!p) {
        return PACT_ERR_NOMEM;
      }
      r->pairs = p;
      r->cap_pairs = cap;
    }
    if (r->to[q->o]) {
      r->renamed_refs = 1;
    }
    r->pairs[r->n_pairs++] = (Pair){r->to[q->o] ? r->to[q->o] : q->o, q->g};
  }
  return PACT_OK;
}

/* Turns r->pairs into r->values: each object once, with the number of
 * articles that claim it. Empties r->pairs. */
static PactStatus
count_values(R *r)
{
  r->n_values = 0;
  if (r->n_pairs > 1) {
    qsort(r->pairs, r->n_pairs, sizeof *r->pairs, cmp_pair);
  }
  if (r->n_pairs > r->cap_values) {
    Value *v = realloc(r->values, r->n_pairs * sizeof *v);
    if (!v) {
      return PACT_ERR_NOMEM;
    }
    r->values = v;
    r->cap_values = r->n_pairs;
  }
  for (size_t i = 0; i < r->n_pairs; i++) {
    if (r->n_values == 0 || r->values[r->n_values - 1].o != r->pairs[i].o) {
      r->values[r->n_values++] = (Value){r->pairs[i].o, 0};
    }
    if (i == 0 || cmp_pair(&r->pairs[i - 1], &r->pairs[i]) != 0) {
      r->values[r->n_values - 1].support++;
    }
  }
  r->n_pairs = 0;
  return PACT_OK;
}

static int
cmp_terms_str(const R *r, PactTerm a, PactTerm b)
{
  const PactTermInfo *ta = pact_graph_term(r->g, a);
  const PactTermInfo *tb = pact_graph_term(r->g, b);
  return strcmp(ta->str, tb->str);
}

/* Whether value `a` beats value `b` under one of the graph's rules. */
typedef int (*Better)(const R *r, const Value *a, const Value *b);

/* The value of r->values that no other beats, the first of equals; 0 when
 * there is none. */
static PactTerm
best_value(const R *r, Better better)
{
  size_t best = 0;

  if (!r->n_values) {
    return 0;
  }
  for (size_t i = 1; i < r->n_values; i++) {
    if (better(r, &r->values[i], &r->values[best])) {
      best = i;
    }
  }
  return r->values[best].o;
}

/* The graph's VOTE rule: the most claimed, then the smallest. */
static int
more_claimed(const R *r, const Value *a, const Value *b)
{
  return a->support != b->support ? a->support > b->support : cmp_terms_str(r, a->o, b->o) < 0;
}

/* The graph's LABEL rule (pact_label_beats), then the smallest. */
static int
better_label(const R *r, const Value *a, const Value *b)
{
  const PactTermInfo *ta = pact_graph_term(r->g, a->o);
  const PactTermInfo *tb = pact_graph_term(r->g, b->o);

  if (pact_label_beats(ta->str, ta->len, a->support, tb->str, tb->len, b->support)) {
    return 1;
  }
  return !pact_label_beats(tb->str, tb->len, b->support, ta->str, ta->len, a->support) &&
         strcmp(ta->str, tb->str) < 0;
}

/* Keeps in r->values only the literals without a language tag: the names
 * records give, not the labels the builder generates in each language. */
static void
keep_plain(R *r)
{
  size_t n = 0;

  for (size_t i = 0; i < r->n_values; i++) {
    if (!pact_graph_term(r->g, r->values[i].o)->lang) {
      r->values[n++] = r->values[i];
    }
  }
  r->n_values = n;
}

/* ---- dates ------------------------------------------------------------------- */

typedef struct {
  int y, m, d; /* 0: not given */
  int precision; /* 4 day, 3 month, 2 month and day, 1 year, 0 none */
} Date;

static Date
parse_date(const char *s)
{
  Date t = {0, 0, 0, 0};
  size_t n = strlen(s);

  if (n == 10 && s[4] == '-' && s[7] == '-') {
    t = (Date){atoi(s), atoi(s + 5), atoi(s + 8), 4};
  } else if (n == 7 && s[0] == '-' && s[1] == '-') {
    t = (Date){0, atoi(s + 2), atoi(s + 5), 2};
  } else if (n == 7 && s[4] == '-') {
    t = (Date){atoi(s), atoi(s + 5), 0, 3};
  } else if (n == 4) {
    t = (Date){atoi(s), 0, 0, 1};
  }
  return t;
}

static Date
term_date(const R *r, PactTerm t)
{
  Date none = {0, 0, 0, 0};
  return t ? parse_date(pact_graph_term(r->g, t)->str) : none;
}

/* A day standing for date `t`; a date without a year takes `year`. */
static long
day_of(Date t, int year)
{
  int y = t.y ? t.y : year;

  if (!y) {
    return NO_DAY;
  }
  return pact_days_from_civil(y, t.m ? t.m : 7, t.d ? t.d : (t.m ? 15 : 1));
}

/* Whether two dates can be one: equal wherever both are given. */
static int
compatible(Date a, Date b)
{
  return (!a.y || !b.y || a.y == b.y) && (!a.m || !b.m || a.m == b.m) &&
         (!a.d || !b.d || a.d == b.d);
}

/* The graph's DATE rule: the most claimed, then the most precise, then the
 * smallest. */
static int
better_date(const R *r, const Value *a, const Value *b)
{
  int pa = term_date(r, a->o).precision;
  int pb = term_date(r, b->o).precision;

  if (a->support != b->support) {
    return a->support > b->support;
  }
  return pa != pb ? pa > pb : cmp_terms_str(r, a->o, b->o) < 0;
}

/* The earliest date of the articles that claim `node`. */
static long
doc_day(R *r, PactTerm node)
{
  long day = NO_DAY;

  for (uint32_t k = r->start[node]; k < r->start[node + 1]; k++) {
    PactTerm doc = r->claims[k].g;
    long d = doc < r->n_terms ? r->issued_day[doc] : NO_DAY;
    if (d != NO_DAY && (day == NO_DAY || d < day)) {
      day = d;
    }
  }
  return day;
}

/* Drops repeats from sorted `v`; returns how many remain. */
static size_t
unique_terms(PactTerm *v, size_t n)
{
  size_t out = 0;

  for (size_t i = 0; i < n; i++) {
    if (out == 0 || v[out - 1] != v[i]) {
      v[out++] = v[i];
    }
  }
  return out;
}

/* ---- union-find -------------------------------------------------------------- */

static uint32_t
root(Item *items, uint32_t i)
{
  while (items[i].parent != i) {
    items[i].parent = items[items[i].parent].parent;
    i = items[i].parent;
  }
  return i;
}

/* How many terms two sorted sets share. */
static uint32_t
overlap(TermSet a, TermSet b)
{
  uint32_t n = 0;

  for (uint32_t i = 0, j = 0; i < a.n && j < b.n;) {
    if (a.v[i] == b.v[j]) {
      n++;
      i++;
      j++;
    } else if (a.v[i] < b.v[j]) {
      i++;
    } else {
      j++;
    }
  }
  return n;
}

/* The union of two sorted sets, in `arena`; `a` when memory runs out (the
 * cluster then forgets some of its articles or areas, nothing worse). */
static TermSet
set_union(PactArena *arena, TermSet a, TermSet b)
{
  PactTerm *v;
  uint32_t n = 0;
  uint32_t i = 0;
  uint32_t j = 0;

  if (!b.n) {
    return a;
  }
  if (!a.n) {
    return b;
  }
  v = pact_arena_alloc(arena, (a.n + b.n) * sizeof *v);
  if (!v) {
    return a;
  }
  while (i < a.n || j < b.n) {
    if (j == b.n || (i < a.n && a.v[i] < b.v[j])) {
      v[n++] = a.v[i++];
    } else if (i == a.n || b.v[j] < a.v[i]) {
      v[n++] = b.v[j++];
    } else {
      v[n++] = a.v[i++];
      j++;
    }
  }
  return (TermSet){v, n};
}

/* Whether the clusters of items a and b may be one: not two editions of
 * an exercise, not two agreements that one article reports side by side. */
static int
linkable(Item *items, uint32_t a, uint32_t b)
{
  uint32_t shared;

  a = root(items, a);
  b = root(items, b);
  shared = overlap(items[a].parts, items[b].parts);
  return a != b && !(items[a].edition && items[b].edition && items[a].edition != items[b].edition) &&
         overlap(items[a].docs, items[b].docs) == 0 &&
         (!items[a].parts.n || !items[b].parts.n || shared == items[a].parts.n || shared == items[b].parts.n);
}

static void
unite(PactArena *arena, Item *items, uint32_t a, uint32_t b)
{
  if (!linkable(items, a, b)) {
    return;
  }
  a = root(items, a);
  b = root(items, b);
  if (!items[a].edition) {
    items[a].edition = items[b].edition;
  }
  items[b].edition = items[a].edition;
  items[a].docs = items[b].docs = set_union(arena, items[a].docs, items[b].docs);
  items[a].areas = items[b].areas = set_union(arena, items[a].areas, items[b].areas);
  items[a].parts = items[b].parts = set_union(arena, items[a].parts, items[b].parts);
  /* The smaller index becomes the root: the result does not depend on
   * the order of the calls. */
  if (a < b) {
    items[b].parent = a;
  } else {
    items[a].parent = b;
  }
}

/* ---- blocks ------------------------------------------------------------------ */

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

static int
cmp_mention(const void *pa, const void *pb)
{
  const PactQuad *a = pa;
  const PactQuad *b = pb;

  if (a->s != b->s) {
    return a->s < b->s ? -1 : 1;
  }
  return (a->g > b->g) - (a->g < b->g);
}

/* The articles' countries: (country, article) for each country an article
 * types in its graph, sorted, made once. 0 when malloc fails. */
static int
make_mentions(R *r)
{
  PactTerm country_class = find(r, PACT_NS "Country");
  size_t n = 0;

  r->mentions_made = 1;
  for (size_t i = 0; i < r->nq; i++) {
    n += r->q[i].g && r->q[i].p == r->type && r->q[i].o == country_class;
  }
  r->mentions = malloc((n ? n : 1) * sizeof *r->mentions);
  if (!r->mentions) {
    return 0;
  }
  for (size_t i = 0; i < r->nq; i++) {
    if (r->q[i].g && r->q[i].p == r->type && r->q[i].o == country_class) {
      r->mentions[r->n_mentions++] = (PactQuad){r->q[i].s, 0, 0, r->q[i].g};
    }
  }
  qsort(r->mentions, r->n_mentions, sizeof *r->mentions, cmp_mention);
  return 1;
}

/* Whether every article of `docs` mentions `country`. */
static int
mentioned_in_all(R *r, PactTerm country, TermSet docs)
{
  if (!r->mentions_made && !make_mentions(r)) {
    return 0;
  }
  for (uint32_t i = 0; i < docs.n; i++) {
    PactQuad key = {country, 0, 0, docs.v[i]};
    if (!bsearch(&key, r->mentions, r->n_mentions, sizeof key, cmp_mention)) {
      return 0;
    }
  }
  return docs.n > 0;
}

/* Persons of one block (one name key): one cluster per country, and the
 * nodes without a country join the only one there is. Two countries for
 * one name in the reports of one story ("Lieutenant General Mbaye Cissé"
 * of Senegal in one outlet, given the host's country by another that
 * says only "chef d'état-major général des armées") are one person when
 * each report mentions the other's country: the countries are the two
 * sides of the same story, and one side is the extractor's guess. Two
 * people of one name in stories about different countries stay two. */
static void
cluster_persons(R *r, Item *items, uint32_t lo, uint32_t hi)
{
  PactArena *arena = &r->arena;

  uint32_t with_country = UINT32_MAX;
  int countries = 0;
  uint32_t without = UINT32_MAX;

  for (uint32_t i = lo; i < hi; i++) {
    if (!items[i].country) {
      continue;
    }
    for (uint32_t j = lo; j < i; j++) {
      if (items[j].country == items[i].country) {
        unite(arena, items, i, j);
        goto next;
      }
    }
    countries++;
    with_country = i;
  next:;
  }
  for (uint32_t i = lo; i < hi; i++) {
    if (items[i].country) {
      continue;
    }
    if (countries == 1) {
      unite(arena, items, i, with_country);
    } else if (without != UINT32_MAX) {
      unite(arena, items, i, without);
    } else {
      without = i;
    }
  }
  for (uint32_t i = lo; countries > 1 && i < hi; i++) {
    for (uint32_t j = lo; j < i && items[i].country; j++) {
      if (items[j].country && items[j].country != items[i].country &&
          mentioned_in_all(r, items[j].country, items[i].docs) &&
          mentioned_in_all(r, items[i].country, items[j].docs)) {
        unite(arena, items, i, j);
      }
    }
  }
}

/* Events and agreements of one block: by compatible dates, then the
 * undated ones by their articles' dates (see resolve.h). A block holds the
 * reports of one kind of thing between the same parties: a handful, so
 * comparing within it is cheap. */
/* Joins item i to an item before it in [lo, i) with the same date: the
 * one whose cluster shares the most cooperation areas with i's, the first
 * of equals (two MoUs signed on one day are told apart by what they
 * cover). */
static void
unite_same_date(PactArena *arena, Item *items, uint32_t lo, uint32_t i)
{
  uint32_t best = UINT32_MAX;
  uint32_t best_overlap = 0;

  for (uint32_t j = lo; j < i; j++) {
    uint32_t n;
    if (items[j].date != items[i].date || !linkable(items, i, j)) {
      continue;
    }
    n = overlap(items[root(items, i)].areas, items[root(items, j)].areas);
    if (best == UINT32_MAX || n > best_overlap) {
      best = j;
      best_overlap = n;
    }
  }
  if (best != UINT32_MAX) {
    unite(arena, items, i, best);
  }
}

static void
cluster_dated(R *r, Item *items, uint32_t lo, uint32_t hi, long window)
{
  PactArena *arena = &r->arena;

  /* Full dates: equal ones are one. */
  for (uint32_t i = lo; i < hi; i++) {
    if (term_date(r, items[i].date).precision == 4) {
      unite_same_date(arena, items, lo, i);
    }
  }
  /* Visits and meetings (the kinds of a short window): two reports a day
   * apart are one ("arrived on Monday" in one outlet, the next day's
   * talks in another, or a date read against each report's own day), and
   * so are two visits whose spans overlap. */
  if (window > 0 && window <= 30) {
    for (uint32_t i = lo; i < hi; i++) {
      Date a = term_date(r, items[i].date);
      Date ae = term_date(r, items[i].end);
      if (a.precision != 4 && a.precision != 2) {
        continue;
      }
      for (uint32_t j = lo; j < i; j++) {
        Date b = term_date(r, items[j].date);
        Date be = term_date(r, items[j].end);
        /* "12 janvier" in a report with no date of its own is a day
         * without a year: it takes the other's, or any one year */
        int year = a.y ? a.y : (b.y ? b.y : 2001);
        long a0 = day_of(a, year);
        long b0 = day_of(b, year);
        /* a visit's span, when told: "June 8 to 10" and "June 10 to 12"
         * overlap; the day of a meeting is a span of one day */
        long a1 = ae.precision == a.precision && day_of(ae, year) >= a0 ? day_of(ae, year) : a0;
        long b1 = be.precision == b.precision && day_of(be, year) >= b0 ? day_of(be, year) : b0;
        if ((b.precision == 4 || b.precision == 2) && a0 - b1 <= 1 && b0 - a1 <= 1) {
          unite(arena, items, i, j);
        }
      }
    }
  }
  /* Partial dates join the only full date they fit; otherwise equal
   * partial dates are one. */
  for (uint32_t i = lo; i < hi; i++) {
    Date a = term_date(r, items[i].date);
    uint32_t fit = UINT32_MAX;
    int fits = 0;
    if (a.precision == 0 || a.precision == 4) {
      continue;
    }
    for (uint32_t j = lo; j < hi; j++) {
      Date b = term_date(r, items[j].date);
      if (b.precision == 4 && compatible(a, b)) {
        if (fits == 0 || root(items, j) != root(items, fit)) {
          fits++;
        }
        fit = j;
      }
    }
    if (fits == 1) {
      unite(arena, items, i, fit);
    } else {
      unite_same_date(arena, items, lo, i);
    }
  }
  /* Undated reports close in time are one, before any joins a dated
   * cluster: so the reports of one batch, already one node when an
   * earlier export is read back, are grouped here as they were there. */
  for (uint32_t i = lo; i < hi; i++) {
    if (items[i].date || root(items, i) != i) {
      continue;
    }
    for (uint32_t j = lo; j < i; j++) {
      if (items[j].date || root(items, j) != j) {
        continue;
      }
      if ((items[i].doc_day == NO_DAY && items[j].doc_day == NO_DAY) ||
          (items[i].doc_day != NO_DAY && items[j].doc_day != NO_DAY &&
           labs(items[i].doc_day - items[j].doc_day) <= window)) {
        unite(arena, items, i, j);
        break;
      }
    }
  }
  /* Each undated cluster joins the nearest dated cluster within the
   * window, measured from the cluster's earliest article. */
  for (uint32_t i = lo; i < hi; i++) {
    long best = -1;
    long from = NO_DAY;
    uint32_t fit = UINT32_MAX;
    int tie = 0;
    int dated = 0;
    if (items[i].date || root(items, i) != i) {
      continue;
    }
    for (uint32_t k = lo; k < hi; k++) {
      if (!items[k].date && root(items, k) == i && items[k].doc_day != NO_DAY &&
          (from == NO_DAY || items[k].doc_day < from)) {
        from = items[k].doc_day;
      }
    }
    for (uint32_t j = lo; j < hi; j++) {
      long day;
      long dist;
      if (!items[j].date) {
        continue;
      }
      if (fit == UINT32_MAX || root(items, j) != root(items, fit)) {
        dated++;
      }
      if (from == NO_DAY) {
        fit = j;
        continue;
      }
      day = day_of(term_date(r, items[j].date), term_date(r, items[j].date).y ? 0 : 1970 + (int)(from / 365.2425));
      if (day == NO_DAY) {
        continue;
      }
      dist = labs(day - from);
      if (dist > window) {
        continue;
      }
      if (best < 0 || dist < best) {
        best = dist;
        tie = 0;
        fit = j;
      } else if (dist == best && root(items, j) != root(items, fit)) {
        tie = 1;
      }
    }
    if (from == NO_DAY ? dated == 1 : (best >= 0 && !tie)) {
      unite(arena, items, i, fit);
    }
  }
}

/* ---- canonical IRIs ---------------------------------------------------------- */

/* The last path segment of an IRI: the slug of a node under the base. */
static const char *
slug_of(const R *r, PactTerm t)
{
  const char *s = pact_graph_term(r->g, t)->str;
  const char *slash = strrchr(s, '/');
  return slash ? slash + 1 : s;
}

/* Appends '-' (when r->key is not empty) and the name key of `s`. */
static PactStatus
key_add(R *r, const char *s)
{
  if (r->key.len) {
    PACT_TRY(pact_buf_addc(&r->key, '-'));
  }
  return pact_text_key(&r->key, s, strlen(s));
}

/* {base}{cls}/{slug of r->key} */
static PactTerm
canonical_iri(R *r, const char *cls)
{
  pact_buf_reset(&r->buf);
  if (pact_buf_adds(&r->buf, r->base) != PACT_OK || pact_buf_adds(&r->buf, cls) != PACT_OK ||
      pact_buf_addc(&r->buf, '/') != PACT_OK ||
      pact_text_slug(&r->buf, r->key.len ? r->key.data : "unnamed",
                     r->key.len ? r->key.len : 7) != PACT_OK) {
    return 0;
  }
  return pact_graph_iri(r->g, r->buf.data, r->buf.len);
}

/* Appends the slugs of the distinct objects in r->values, sorted, joined
 * by `sep` (the builder's key_add_refs). */
static PactStatus
key_add_slugs(R *r, const char *sep)
{
  const char **slugs;
  PactStatus st;

  if (!r->n_values) {
    return PACT_OK;
  }
  slugs = malloc(r->n_values * sizeof *slugs);
  if (!slugs) {
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < r->n_values; i++) {
    slugs[i] = slug_of(r, r->values[i].o);
  }
  st = pact_text_add_sorted(&r->key, slugs, r->n_values, sep);
  free(slugs);
  return st;
}

/* The key in records of an agreement kind IRI (RECORDS.md). */
static const char *
kind_name(const R *r, PactTerm kind)
{
  const char *s = kind ? pact_graph_term(r->g, kind)->str : "";
  const char *hash = strrchr(s, '#');
  const char *name = hash ? pact_record_term_name(hash + 1) : NULL;

  return name ? name : hash ? hash + 1 : "agreement";
}

/* The values of `pred` over the members of the cluster rooted at `first`
 * (members are items[first..hi) whose root is `first`'s), into r->values. */
static PactStatus
cluster_values(R *r, Item *items, uint32_t lo, uint32_t hi, uint32_t rt, PactTerm pred)
{
  for (uint32_t i = lo; i < hi; i++) {
    if (root(items, i) == rt) {
      PACT_TRY(gather(r, items[i].node, pred));
    }
  }
  return count_values(r);
}

/* Whether another agreement of the block (kind and parties) has the date
 * of the cluster rooted at `rt` (the roots' `date` hold their clusters'
 * best dates, see resolve_kind()). */
static int
same_day(Item *items, uint32_t lo, uint32_t hi, uint32_t rt)
{
  for (uint32_t i = lo; i < hi; i++) {
    if (i != rt && root(items, i) == i && items[i].date && items[i].date == items[rt].date) {
      return 1;
    }
  }
  return 0;
}

/* Whether a term is a country's IRI: {base}country/{code}. */
static int
is_country(const R *r, PactTerm t)
{
  const char *s = pact_graph_term(r->g, t)->str;
  size_t n = strlen(r->base);

  return strncmp(s, r->base, n) == 0 && strncmp(s + n, "country/", 8) == 0;
}

/* Keeps the countries among r->values (an exercise's participants are
 * countries and their forces). */
static void
keep_countries(R *r)
{
  size_t n = 0;

  for (size_t i = 0; i < r->n_values; i++) {
    if (is_country(r, r->values[i].o)) {
      r->values[n++] = r->values[i];
    }
  }
  r->n_values = n;
}

/* What tells apart agreements of one kind, parties and day: the name the
 * records give (the fullest well-attested), or else the most claimed
 * cooperation area (the smallest of equals), as the builder does for two
 * in one article. */
static PactStatus
key_add_subject(R *r, Item *items, uint32_t lo, uint32_t hi, uint32_t rt)
{
  PactTerm t;

  PACT_TRY(cluster_values(r, items, lo, hi, rt, r->label));
  keep_plain(r);
  t = best_value(r, better_label);
  if (!t) {
    PACT_TRY(cluster_values(r, items, lo, hi, rt, r->area));
    t = best_value(r, more_claimed);
    return t ? key_add(r, slug_of(r, t)) : PACT_OK;
  }
  return key_add(r, pact_graph_term(r->g, t)->str);
}

static PactStatus
cluster_key(R *r, int kind, Item *items, uint32_t lo, uint32_t hi, uint32_t rt)
{
  PactTerm t;

  pact_buf_reset(&r->key);
  switch (kind) {
  case PERSON:
    PACT_TRY(cluster_values(r, items, lo, hi, rt, r->label));
    t = best_value(r, better_label);
    PACT_TRY(key_add(r, t ? pact_graph_term(r->g, t)->str : "unnamed"));
    PACT_TRY(cluster_values(r, items, lo, hi, rt, r->country));
    t = best_value(r, more_claimed);
    return t ? key_add(r, slug_of(r, t)) : PACT_OK;
  case AGREEMENT:
    PACT_TRY(cluster_values(r, items, lo, hi, rt, r->kind));
    PACT_TRY(key_add(r, kind_name(r, best_value(r, more_claimed))));
    PACT_TRY(cluster_values(r, items, lo, hi, rt, r->party));
    PACT_TRY(key_add_slugs(r, "-"));
    PACT_TRY(cluster_values(r, items, lo, hi, rt, r->signed_on));
    t = best_value(r, better_date);
    if (t) {
      PACT_TRY(key_add(r, pact_graph_term(r->g, t)->str));
    }
    return same_day(items, lo, hi, rt) ? key_add_subject(r, items, lo, hi, rt) : PACT_OK;
  case VISIT:
    PACT_TRY(cluster_values(r, items, lo, hi, rt, r->visitor));
    t = best_value(r, more_claimed);
    PACT_TRY(pact_buf_adds(&r->key, t ? slug_of(r, t) : "unknown"));
    PACT_TRY(cluster_values(r, items, lo, hi, rt, r->host));
    t = best_value(r, more_claimed);
    PACT_TRY(key_add(r, t ? slug_of(r, t) : "unknown"));
    PACT_TRY(cluster_values(r, items, lo, hi, rt, r->start_date));
    t = best_value(r, better_date);
    return t ? key_add(r, pact_graph_term(r->g, t)->str) : PACT_OK;
  case EXERCISE:
    /* The builder's key: the name and the participants, then the
     * edition (or the start year). */
    PACT_TRY(cluster_values(r, items, lo, hi, rt, r->label));
    keep_plain(r);
    t = best_value(r, better_label);
    if (t) {
      PACT_TRY(key_add(r, pact_graph_term(r->g, t)->str));
    }
    PACT_TRY(cluster_values(r, items, lo, hi, rt, r->participant));
    keep_countries(r);
    PACT_TRY(key_add_slugs(r, "-"));
    if (items[rt].edition) {
      char number[16];
      snprintf(number, sizeof number, "%d", (int)items[rt].edition);
      return key_add(r, number);
    }
    PACT_TRY(cluster_values(r, items, lo, hi, rt, r->start_date));
    t = best_value(r, better_date);
    if (t && pact_graph_term(r->g, t)->str[0] != '-') {
      char year[5];
      snprintf(year, sizeof year, "%.4s", pact_graph_term(r->g, t)->str);
      return key_add(r, year);
    }
    return PACT_OK;
  case MEETING:
    PACT_TRY(cluster_values(r, items, lo, hi, rt, r->participant));
    PACT_TRY(key_add_slugs(r, "--"));
    PACT_TRY(cluster_values(r, items, lo, hi, rt, r->date));
    t = best_value(r, better_date);
    return t ? key_add(r, pact_graph_term(r->g, t)->str) : PACT_OK;
  default:
    return PACT_ERR_INTERNAL;
  }
}

/* ---- one kind of node ------------------------------------------------------- */

/* The values count_values() left (sorted by term) as a set in the
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
  it->docs = (TermSet){v, n ? (uint32_t)(unique_terms(v, n)) : 0};
  /* Its areas: count_values() leaves them sorted by term. */
  PACT_TRY(gather(r, it->node, r->area));
  PACT_TRY(count_values(r));
  return values_set(r, &it->areas);
}

/* An exercise's participating countries, sorted, in the arena. */
static PactStatus
exercise_parts(R *r, Item *it)
{
  PACT_TRY(gather(r, it->node, r->participant));
  PACT_TRY(count_values(r));
  keep_countries(r);
  return values_set(r, &it->parts);
}

/* The block key of item `it` into r->key. */
static PactStatus
block_key(R *r, int kind, Item *it)
{
  PactTerm t;

  pact_buf_reset(&r->key);
  switch (kind) {
  case PERSON:
    PACT_TRY(gather(r, it->node, r->label));
    PACT_TRY(count_values(r));
    t = best_value(r, better_label);
    pact_buf_reset(&r->short_key);
    if (t) {
      PACT_TRY(pact_name_key(r->names, &r->key, pact_graph_term(r->g, t)->str));
      PACT_TRY(pact_name_short_key(r->names, &r->short_key, pact_graph_term(r->g, t)->str));
    }
    PACT_TRY(gather(r, it->node, r->country));
    PACT_TRY(count_values(r));
    it->country = best_value(r, more_claimed);
    return node_sets(r, it); /* its articles, for cluster_persons() */
  case AGREEMENT:
    PACT_TRY(gather(r, it->node, r->kind));
    PACT_TRY(count_values(r));
    PACT_TRY(key_add(r, kind_name(r, best_value(r, more_claimed))));
    PACT_TRY(gather(r, it->node, r->party));
    PACT_TRY(count_values(r));
    PACT_TRY(key_add_slugs(r, " "));
    PACT_TRY(node_sets(r, it));
    PACT_TRY(gather(r, it->node, r->signed_on));
    break;
  case VISIT:
    PACT_TRY(gather(r, it->node, r->visitor));
    PACT_TRY(count_values(r));
    t = best_value(r, more_claimed);
    PACT_TRY(pact_buf_adds(&r->key, t ? pact_graph_term(r->g, t)->str : ""));
    PACT_TRY(gather(r, it->node, r->host));
    PACT_TRY(count_values(r));
    t = best_value(r, more_claimed);
    PACT_TRY(pact_buf_addc(&r->key, ' '));
    PACT_TRY(pact_buf_adds(&r->key, t ? pact_graph_term(r->g, t)->str : ""));
    PACT_TRY(gather(r, it->node, r->start_date));
    break;
  case MEETING:
    PACT_TRY(gather(r, it->node, r->participant));
    PACT_TRY(count_values(r));
    PACT_TRY(key_add_slugs(r, " "));
    PACT_TRY(gather(r, it->node, r->date));
    break;
  case EXERCISE:
    PACT_TRY(exercise_parts(r, it));
    /* Named exercises by name, the others by participants. */
    PACT_TRY(gather(r, it->node, r->label));
    PACT_TRY(count_values(r));
    keep_plain(r);
    t = best_value(r, better_label);
    if (t) {
      PACT_TRY(pact_buf_adds(&r->key, "name "));
      PACT_TRY(pact_text_key(&r->key, pact_graph_term(r->g, t)->str,
                             pact_graph_term(r->g, t)->len));
    } else {
      PACT_TRY(gather(r, it->node, r->participant));
      PACT_TRY(count_values(r));
      PACT_TRY(pact_buf_adds(&r->key, "with "));
      PACT_TRY(key_add_slugs(r, " "));
    }
    PACT_TRY(gather(r, it->node, r->edition));
    PACT_TRY(count_values(r));
    t = best_value(r, more_claimed);
    it->edition = t ? (int32_t)atoi(pact_graph_term(r->g, t)->str) : 0;
    PACT_TRY(gather(r, it->node, r->start_date));
    break;
  default:
    return PACT_ERR_INTERNAL;
  }
  PACT_TRY(count_values(r));
  it->date = best_value(r, better_date);
  it->doc_day = doc_day(r, it->node);
  if (kind == VISIT) {
    PACT_TRY(gather(r, it->node, r->end_date));
    PACT_TRY(count_values(r));
    it->end = best_value(r, better_date);
  }
  return PACT_OK;
}

/* Whether two reports' start dates (to the month at least) are within
 * two months of each other, or one of them is not known that well. */
static int
same_season(const R *r, const Item *a, const Item *b)
{
  Date x = term_date(r, a->date);
  Date y = term_date(r, b->date);

  if (x.precision < 3 || y.precision < 3 || x.precision == 2 || y.precision == 2) {
    return 1;
  }
  return labs(day_of(x, 0) - day_of(y, 0)) <= 62;
}

/* For short_names(): candidates by short key, then by key. */
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
static PactStatus
short_names(Item *items, size_t n)
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
    st = block_key(r, kind, &items[n]);
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
    if (kind == PERSON && r->short_key.len) {
      items[n].short_key = pact_arena_strdup(&r->arena, r->short_key.data);
      if (!items[n].short_key) {
        st = PACT_ERR_NOMEM;
        break;
      }
    }
    n++;
  }
  if (st == PACT_OK && kind == PERSON) {
    st = short_names(items, n);
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
    if (kind == PERSON) {
      if (items[lo].key[0]) { /* a name without a key merges nothing */
        cluster_persons(r, items, (uint32_t)lo, (uint32_t)hi);
      }
    } else {
      if (kind == EXERCISE) { /* one edition is one exercise: between the
                                 same participants, in the same season */
        for (size_t i = lo; i < hi; i++) {
          for (size_t j = lo; items[i].edition && j < i; j++) {
            if (items[j].edition == items[i].edition && same_season(r, &items[i], &items[j]) &&
                linkable(items, (uint32_t)i, (uint32_t)j)) {
              unite(&r->arena, items, (uint32_t)i, (uint32_t)j);
              break;
            }
          }
        }
      }
      cluster_dated(r, items, (uint32_t)lo, (uint32_t)hi, window_days[kind]);
    }
    /* Each agreement cluster's date, at its root, for same_day(). */
    for (size_t i = lo; kind == AGREEMENT && i < hi && st == PACT_OK; i++) {
      if (root(items, (uint32_t)i) == i) {
        st = cluster_values(r, items, (uint32_t)lo, (uint32_t)hi, (uint32_t)i, r->signed_on);
        items[i].date = best_value(r, better_date);
      }
    }
    for (size_t i = lo; i < hi && st == PACT_OK; i++) {
      PactTerm canonical;
      if (root(items, (uint32_t)i) != i) {
        continue;
      }
      ++*n_clusters;
      /* A node alone keeps the IRI the builder gave it: from the values
       * cluster_key() would use (its articles agree on them, or they
       * would not share the IRI), or from the key its record gave. Not
       * when it refers to a person merged with another: a visit of
       * "Kh Asif" becomes a visit of Khawaja Muhammad Asif. */
      if (!items[i].renamed_refs &&
          !(kind == AGREEMENT && same_day(items, (uint32_t)lo, (uint32_t)hi, (uint32_t)i))) {
        int alone = 1;
        for (size_t j = i + 1; j < hi && alone; j++) {
          alone = root(items, (uint32_t)j) != i;
        }
        if (alone) {
          continue;
        }
      }
      st = cluster_key(r, kind, items, (uint32_t)lo, (uint32_t)hi, (uint32_t)i);
      canonical = st == PACT_OK ? canonical_iri(r, kind_class[kind]) : 0;
      if (!canonical) {
        st = st == PACT_OK ? PACT_ERR_NOMEM : st;
        break;
      }
      for (size_t j = i; j < hi; j++) {
        if (root(items, (uint32_t)j) == i && items[j].node != canonical) {
          r->to[items[j].node] = canonical;
        }
      }
    }
    lo = hi;
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
   * articles (doc_day()); mentions and titles are not read. */
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
      r->issued_day[q->s] = (int32_t)day_of(term_date(r, q->o), 0);
    }
    if (q->p != r->type || !q->g || r->kind_of[q->s]) {
      continue;
    }
    for (int k = 0; k < N_KINDS; k++) {
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
  static const char *const classes[N_KINDS] = {
    PACT_NS "Person", PACT_NS "Agreement", PACT_NS "Visit", PACT_NS "Meeting",
    PACT_NS "Exercise"};

  memset(&r, 0, sizeof r);
  r.g = g;
  r.base = base ? base : PACT_DEFAULT_BASE;
  r.names = names;
  r.q = pact_graph_claims(g, &r.nq);
  r.n_terms = pact_graph_term_count(g) + 1;
  pact_arena_init(&r.arena);
  pact_buf_init(&r.buf, 0);
  pact_buf_init(&r.key, 0);
  pact_buf_init(&r.short_key, 0);
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
  for (int k = 0; k < N_KINDS; k++) {
    r.cls[k] = find(&r, classes[k]);
  }
  if (stats) {
    memset(stats, 0, sizeof *stats);
  }
  st = index_claims(&r);
  /* Persons first: visits and meetings are keyed by who took part. */
  for (int k = 0; k < N_KINDS && st == PACT_OK; k++) {
    size_t nodes;
    size_t clusters;
    st = resolve_kind(&r, k, &nodes, &clusters);
    if (stats) {
      stats->nodes[k] = nodes;
      stats->clusters[k] = clusters;
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
  pact_buf_free(&r.short_key);
  pact_arena_free(&r.arena);
  return st;
}
