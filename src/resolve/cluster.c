/* Union-find over the nodes of one block, and the rules that join them:
 * persons by country, agreements and events by date. */
#define _POSIX_C_SOURCE 200809L
#include "resolve/resolver.h"

#include "model/vocab.h"

#include <stdlib.h>
#include <string.h>

uint32_t
resolve_root(Item *items, uint32_t i)
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
int
resolve_linkable(Item *items, uint32_t a, uint32_t b)
{
  uint32_t shared;

  a = resolve_root(items, a);
  b = resolve_root(items, b);
  shared = overlap(items[a].parts, items[b].parts);
  return a != b && !(items[a].edition && items[b].edition && items[a].edition != items[b].edition) &&
         overlap(items[a].docs, items[b].docs) == 0 &&
         (!items[a].parts.n || !items[b].parts.n || shared == items[a].parts.n || shared == items[b].parts.n);
}

void
resolve_unite(PactArena *arena, Item *items, uint32_t a, uint32_t b)
{
  if (!resolve_linkable(items, a, b)) {
    return;
  }
  a = resolve_root(items, a);
  b = resolve_root(items, b);
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

/* How many articles the items of [lo, hi) with `country` hold between
 * them. */
static uint32_t
articles_of_country(const Item *items, uint32_t lo, uint32_t hi, PactTerm country)
{
  uint32_t n = 0;

  for (uint32_t k = lo; k < hi; k++) {
    n += items[k].country == country ? items[k].docs.n : 0;
  }
  return n;
}

/* Persons of one block (one name key): one cluster per country, and the
 * nodes without a country join the only one there is. Two countries for
 * one name in the reports of one story ("Lieutenant General Mbaye Cissé"
 * of Senegal in one outlet, given the host's country by another that
 * says only "chef d'état-major général des armées") are one person when
 * each report mentions the other's country: the countries are the two
 * sides of the same story, and one side is the extractor's guess. Two
 * people of one name in stories about different countries stay two. */
PactStatus
resolve_cluster_persons(R *r, Item *items, uint32_t lo, uint32_t hi)
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
        resolve_unite(arena, items, i, j);
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
      resolve_unite(arena, items, i, with_country);
    } else if (without != UINT32_MAX) {
      resolve_unite(arena, items, i, without);
    } else {
      without = i;
    }
  }
  for (uint32_t i = lo; countries > 1 && i < hi; i++) {
    for (uint32_t j = lo; j < i && items[i].country; j++) {
      if (items[j].country && items[j].country != items[i].country &&
          mentioned_in_all(r, items[j].country, items[i].docs) &&
          mentioned_in_all(r, items[i].country, items[j].docs)) {
        resolve_unite(arena, items, i, j);
      }
    }
  }
  /* "Kyriakos Mitsotakis" of Greece in two reports, given Egypt by a
   * third that names Greece too: the country more articles give wins
   * over one that an article could have guessed, when that article names
   * the other country as well. Decided on the articles as read, before
   * any of these joins merges their sets. */
  if (countries < 2) {
    return PACT_OK;
  }
  uint32_t *join = malloc((hi - lo) * sizeof *join);
  if (!join) {
    return PACT_ERR_NOMEM;
  }
  for (uint32_t i = lo; i < hi; i++) {
    uint32_t mine;
    uint32_t best_n = 0;
    join[i - lo] = UINT32_MAX;
    if (!items[i].country) {
      continue;
    }
    mine = articles_of_country(items, lo, hi, items[i].country);
    for (uint32_t j = lo; j < hi; j++) {
      uint32_t n;
      if (!items[j].country || items[j].country == items[i].country ||
          !mentioned_in_all(r, items[j].country, items[i].docs)) {
        continue;
      }
      n = articles_of_country(items, lo, hi, items[j].country);
      if (n > mine && n > best_n) {
        join[i - lo] = j;
        best_n = n;
      }
    }
  }
  for (uint32_t i = lo; i < hi; i++) {
    if (join[i - lo] != UINT32_MAX) {
      resolve_unite(arena, items, i, join[i - lo]);
    }
  }
  free(join);
  return PACT_OK;
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
    if (items[j].date != items[i].date || !resolve_linkable(items, i, j)) {
      continue;
    }
    n = overlap(items[resolve_root(items, i)].areas, items[resolve_root(items, j)].areas);
    if (best == UINT32_MAX || n > best_overlap) {
      best = j;
      best_overlap = n;
    }
  }
  if (best != UINT32_MAX) {
    resolve_unite(arena, items, i, best);
  }
}

/* The one item of [lo, hi) whose full date is one to `days` days from
 * item i's, in a cluster i could join (of other articles, where items
 * know theirs); UINT32_MAX when there is none or more than one cluster
 * that close. */
static uint32_t
days_apart(R *r, Item *items, uint32_t lo, uint32_t hi, uint32_t i, long days)
{
  Date a = resolve_term_date(r, items[i].date);
  uint32_t fit = UINT32_MAX;

  if (a.precision != 4) {
    return UINT32_MAX;
  }
  for (uint32_t j = lo; j < hi; j++) {
    Date b = resolve_term_date(r, items[j].date);
    long apart = labs(resolve_day_of(a, 0) - resolve_day_of(b, 0));
    if (b.precision == 4 && apart >= 1 && apart <= days && resolve_root(items, j) != resolve_root(items, i)) {
      if (fit != UINT32_MAX && resolve_root(items, j) != resolve_root(items, fit)) {
        return UINT32_MAX;
      }
      fit = j;
    }
  }
  return fit != UINT32_MAX && resolve_linkable(items, i, fit) ? fit : UINT32_MAX;
}

void
resolve_cluster_dated(R *r, Item *items, uint32_t lo, uint32_t hi, long window)
{
  PactArena *arena = &r->arena;

  /* Full dates: equal ones are one. */
  for (uint32_t i = lo; i < hi; i++) {
    if (resolve_term_date(r, items[i].date).precision == 4) {
      unite_same_date(arena, items, lo, i);
    }
  }
  /* Agreements and exercises (the kinds of a long window): two full
   * dates a day apart are one when neither has another that close
   * ("signed on Monday" in one outlet, the day after in the other, read
   * against its own day); three days in a row stay three. */
  if (window > 30) {
    for (uint32_t i = lo; i < hi; i++) {
      uint32_t fit = days_apart(r, items, lo, hi, i, 1);
      uint32_t back = fit != UINT32_MAX ? days_apart(r, items, lo, hi, fit, 1) : UINT32_MAX;
      if (back != UINT32_MAX && resolve_root(items, back) == resolve_root(items, i)) {
        resolve_unite(arena, items, i, fit);
      }
    }
  }
  /* Visits and meetings (the kinds of a short window): two reports a day
   * apart are one ("arrived on Monday" in one outlet, the next day's
   * talks in another, or a date read against each report's own day), and
   * so are two visits whose spans overlap. */
  if (window > 0 && window <= 30) {
    for (uint32_t i = lo; i < hi; i++) {
      Date a = resolve_term_date(r, items[i].date);
      Date ae = resolve_term_date(r, items[i].end);
      if (a.precision != 4 && a.precision != 2) {
        continue;
      }
      for (uint32_t j = lo; j < i; j++) {
        Date b = resolve_term_date(r, items[j].date);
        Date be = resolve_term_date(r, items[j].end);
        /* "12 janvier" in a report with no date of its own is a day
         * without a year: it takes the other's, or any one year */
        int year = a.y ? a.y : (b.y ? b.y : 2001);
        long a0 = resolve_day_of(a, year);
        long b0 = resolve_day_of(b, year);
        /* a visit's span, when told: "June 8 to 10" and "June 10 to 12"
         * overlap; the day of a meeting is a span of one day */
        long ad = resolve_day_of(ae, year);
        long bd = resolve_day_of(be, year);
        long a1 = ae.precision == a.precision && ad >= a0 ? ad : a0;
        long b1 = be.precision == b.precision && bd >= b0 ? bd : b0;
        if ((b.precision == 4 || b.precision == 2) && a0 - b1 <= 1 && b0 - a1 <= 1) {
          resolve_unite(arena, items, i, j);
        }
      }
    }
  }
  /* ... and two visits of one visitor to one host, each the only one
   * within three days of the other, reported by different articles:
   * "signed on Tuesday" read as the visit's day by one outlet, "returned
   * on Sunday" by the other. A second visit that soon is rarer than a
   * relative date read against another day. */
  if (window > 0 && window <= 30) {
    for (uint32_t i = lo; i < hi; i++) {
      uint32_t fit = items[i].docs.n ? days_apart(r, items, lo, hi, i, 3) : UINT32_MAX; /* visits know theirs */
      uint32_t back = fit != UINT32_MAX ? days_apart(r, items, lo, hi, fit, 3) : UINT32_MAX;
      if (back != UINT32_MAX && resolve_root(items, back) == resolve_root(items, i)) {
        resolve_unite(arena, items, i, fit);
      }
    }
  }
  /* Partial dates join the only full date they fit; otherwise equal
   * partial dates are one. */
  for (uint32_t i = lo; i < hi; i++) {
    Date a = resolve_term_date(r, items[i].date);
    uint32_t fit = UINT32_MAX;
    int fits = 0;
    if (a.precision == 0 || a.precision == 4) {
      continue;
    }
    for (uint32_t j = lo; j < hi; j++) {
      Date b = resolve_term_date(r, items[j].date);
      if (b.precision == 4 && resolve_compatible(a, b)) {
        if (fits == 0 || resolve_root(items, j) != resolve_root(items, fit)) {
          fits++;
        }
        fit = j;
      }
    }
    if (fits == 1) {
      resolve_unite(arena, items, i, fit);
    } else {
      unite_same_date(arena, items, lo, i);
    }
  }
  /* Undated reports close in time are one, before any joins a dated
   * cluster: so the reports of one batch, already one node when an
   * earlier export is read back, are grouped here as they were there. */
  for (uint32_t i = lo; i < hi; i++) {
    if (items[i].date || resolve_root(items, i) != i) {
      continue;
    }
    for (uint32_t j = lo; j < i; j++) {
      if (items[j].date || resolve_root(items, j) != j) {
        continue;
      }
      if ((items[i].doc_day == NO_DAY && items[j].doc_day == NO_DAY) ||
          (items[i].doc_day != NO_DAY && items[j].doc_day != NO_DAY &&
           labs(items[i].doc_day - items[j].doc_day) <= window)) {
        resolve_unite(arena, items, i, j);
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
    if (items[i].date || resolve_root(items, i) != i) {
      continue;
    }
    for (uint32_t k = lo; k < hi; k++) {
      if (!items[k].date && resolve_root(items, k) == i && items[k].doc_day != NO_DAY &&
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
      if (fit == UINT32_MAX || resolve_root(items, j) != resolve_root(items, fit)) {
        dated++;
      }
      if (from == NO_DAY) {
        fit = j;
        continue;
      }
      Date told = resolve_term_date(r, items[j].date);
      day = resolve_day_of(told, told.y ? 0 : 1970 + (int)(from / 365.2425));
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
      } else if (dist == best && resolve_root(items, j) != resolve_root(items, fit)) {
        tie = 1;
      }
    }
    if (from == NO_DAY ? dated == 1 : (best >= 0 && !tie)) {
      resolve_unite(arena, items, i, fit);
    }
  }
}
