/* The claims of a node: its values of one predicate, counted by article,
 * and the best of them by the rules of the default graph (model/graph.h);
 * and the dates they hold. */
#define _POSIX_C_SOURCE 200809L
#include "resolve/resolver.h"

#include "util/calendar.h"

#include <stdlib.h>
#include <string.h>

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
PactStatus
resolve_gather(R *r, PactTerm node, PactTerm pred)
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
PactStatus
resolve_count_values(R *r)
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

/* The value of r->values that no other beats, the first of equals; 0 when
 * there is none. */
PactTerm
resolve_best_value(const R *r, Better better)
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
int
resolve_more_claimed(const R *r, const Value *a, const Value *b)
{
  return a->support != b->support ? a->support > b->support : cmp_terms_str(r, a->o, b->o) < 0;
}

/* The graph's LABEL rule (pact_label_beats), then the smallest. */
int
resolve_better_label(const R *r, const Value *a, const Value *b)
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
void
resolve_keep_plain(R *r)
{
  size_t n = 0;

  for (size_t i = 0; i < r->n_values; i++) {
    if (!pact_graph_term(r->g, r->values[i].o)->lang) {
      r->values[n++] = r->values[i];
    }
  }
  r->n_values = n;
}

static Date
parse_date(const char *s)
{
  Date t;

  t.precision = pact_date_parse(s, &t.y, &t.m, &t.d);
  return t;
}

Date
resolve_term_date(const R *r, PactTerm t)
{
  Date none = {0, 0, 0, 0};
  return t ? parse_date(pact_graph_term(r->g, t)->str) : none;
}

/* A day standing for date `t`; a date without a year takes `year`. */
long
resolve_day_of(Date t, int year)
{
  int y = t.y ? t.y : year;

  if (!y) {
    return NO_DAY;
  }
  return pact_days_from_civil(y, t.m ? t.m : 7, t.d ? t.d : (t.m ? 15 : 1));
}

/* Whether two dates can be one: equal wherever both are given. */
int
resolve_compatible(Date a, Date b)
{
  return (!a.y || !b.y || a.y == b.y) && (!a.m || !b.m || a.m == b.m) &&
         (!a.d || !b.d || a.d == b.d);
}

/* The graph's DATE rule: the most claimed, then the most precise, then the
 * smallest. */
int
resolve_better_date(const R *r, const Value *a, const Value *b)
{
  int pa = resolve_term_date(r, a->o).precision;
  int pb = resolve_term_date(r, b->o).precision;

  if (a->support != b->support) {
    return a->support > b->support;
  }
  return pa != pb ? pa > pb : cmp_terms_str(r, a->o, b->o) < 0;
}

/* The earliest date of the articles that claim `node`. */
long
resolve_doc_day(R *r, PactTerm node)
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
size_t
resolve_unique_terms(PactTerm *v, size_t n)
{
  size_t out = 0;

  for (size_t i = 0; i < n; i++) {
    if (out == 0 || v[out - 1] != v[i]) {
      v[out++] = v[i];
    }
  }
  return out;
}
