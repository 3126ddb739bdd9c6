/* The canonical IRI of a cluster: the builder's key (build/keys.c) made
 * from the cluster's best-supported values. */
#define _POSIX_C_SOURCE 200809L
#include "resolve/resolver.h"

#include "model/record.h"
#include "util/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The last path segment of an IRI: the slug of a node under the base. */
static const char *
slug_of(const R *r, PactTerm t)
{
  const char *s = pact_graph_term(r->g, t)->str;
  const char *slash = strrchr(s, '/');
  return slash ? slash + 1 : s;
}

/* Appends '-' (when r->key is not empty) and the name key of `s`. */
PactStatus
resolve_key_add(R *r, const char *s)
{
  if (r->key.len) {
    PACT_TRY(pact_buf_addc(&r->key, '-'));
  }
  return pact_text_key(&r->key, s, strlen(s));
}

/* {base}{cls}/{slug of r->key} */
PactTerm
resolve_canonical_iri(R *r, const char *cls)
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
PactStatus
resolve_key_add_slugs(R *r, const char *sep)
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
const char *
resolve_kind_name(const R *r, PactTerm kind)
{
  const char *s = kind ? pact_graph_term(r->g, kind)->str : "";
  const char *hash = strrchr(s, '#');
  const char *name = hash ? pact_record_term_name(hash + 1) : NULL;

  return name ? name : hash ? hash + 1 : "agreement";
}

/* The values of `pred` over the members of the cluster rooted at `first`
 * (members are items[first..hi) whose root is `first`'s), into r->values. */
PactStatus
resolve_cluster_values(R *r, Item *items, uint32_t lo, uint32_t hi, uint32_t rt, PactTerm pred)
{
  for (uint32_t i = lo; i < hi; i++) {
    if (resolve_root(items, i) == rt) {
      PACT_TRY(resolve_gather(r, items[i].node, pred));
    }
  }
  return resolve_count_values(r);
}

/* Whether another agreement of the block (kind and parties) has the date
 * of the cluster rooted at `rt` (the roots' `date` hold their clusters'
 * best dates, see resolve_kind()). */
int
resolve_same_day(Item *items, uint32_t lo, uint32_t hi, uint32_t rt)
{
  for (uint32_t i = lo; i < hi; i++) {
    if (i != rt && resolve_root(items, i) == i && items[i].date && items[i].date == items[rt].date) {
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
void
resolve_keep_countries(R *r)
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

  PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->label));
  resolve_keep_plain(r);
  t = resolve_best_value(r, resolve_better_label);
  if (!t) {
    PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->area));
    t = resolve_best_value(r, resolve_more_claimed);
    return t ? resolve_key_add(r, slug_of(r, t)) : PACT_OK;
  }
  return resolve_key_add(r, pact_graph_term(r->g, t)->str);
}

PactStatus
resolve_cluster_key(R *r, int kind, Item *items, uint32_t lo, uint32_t hi, uint32_t rt)
{
  PactTerm t;

  pact_buf_reset(&r->key);
  switch (kind_shape(kind)) {
  case PACT_SHAPE_PERSON:
    PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->label));
    t = resolve_best_value(r, resolve_better_label);
    PACT_TRY(resolve_key_add(r, t ? pact_graph_term(r->g, t)->str : "unnamed"));
    PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->country));
    t = resolve_best_value(r, resolve_more_claimed);
    return t ? resolve_key_add(r, slug_of(r, t)) : PACT_OK;
  case PACT_SHAPE_AGREEMENT:
    PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->kind));
    PACT_TRY(resolve_key_add(r, resolve_kind_name(r, resolve_best_value(r, resolve_more_claimed))));
    PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->party));
    PACT_TRY(resolve_key_add_slugs(r, "-"));
    PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->signed_on));
    t = resolve_best_value(r, resolve_better_date);
    if (t) {
      PACT_TRY(resolve_key_add(r, pact_graph_term(r->g, t)->str));
    }
    return resolve_same_day(items, lo, hi, rt) ? key_add_subject(r, items, lo, hi, rt) : PACT_OK;
  case PACT_SHAPE_VISIT:
    PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->visitor));
    t = resolve_best_value(r, resolve_more_claimed);
    PACT_TRY(pact_buf_adds(&r->key, t ? slug_of(r, t) : "unknown"));
    PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->host));
    t = resolve_best_value(r, resolve_more_claimed);
    PACT_TRY(resolve_key_add(r, t ? slug_of(r, t) : "unknown"));
    PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->start_date));
    t = resolve_best_value(r, resolve_better_date);
    return t ? resolve_key_add(r, pact_graph_term(r->g, t)->str) : PACT_OK;
  case PACT_SHAPE_EXERCISE:
    /* The builder's key: the name and the participants, then the
     * edition (or the start year). */
    PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->label));
    resolve_keep_plain(r);
    t = resolve_best_value(r, resolve_better_label);
    if (t) {
      PACT_TRY(resolve_key_add(r, pact_graph_term(r->g, t)->str));
    }
    PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->participant));
    resolve_keep_countries(r);
    PACT_TRY(resolve_key_add_slugs(r, "-"));
    if (items[rt].edition) {
      char number[16];
      snprintf(number, sizeof number, "%d", (int)items[rt].edition);
      return resolve_key_add(r, number);
    }
    PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->start_date));
    t = resolve_best_value(r, resolve_better_date);
    if (t && pact_graph_term(r->g, t)->str[0] != '-') {
      char year[5];
      snprintf(year, sizeof year, "%.4s", pact_graph_term(r->g, t)->str);
      return resolve_key_add(r, year);
    }
    return PACT_OK;
  case PACT_SHAPE_GATHERING:
    PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->participant));
    PACT_TRY(resolve_key_add_slugs(r, "--"));
    PACT_TRY(resolve_cluster_values(r, items, lo, hi, rt, r->date));
    t = resolve_best_value(r, resolve_better_date);
    return t ? resolve_key_add(r, pact_graph_term(r->g, t)->str) : PACT_OK;
  default:
    return PACT_ERR_INTERNAL;
  }
}
