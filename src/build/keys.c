/* Canonical keys (ontology/RECORDS.md, "Keys and IRIs"): what makes two
 * mentions in two articles one thing. */
#define _POSIX_C_SOURCE 200809L
#include "build/builder.h"

#include "util/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Appends the name key of `s` to b->key, with a '-' before it when the key
 * is not empty. */
static PactStatus
key_add(PactBuilder *b, const char *s)
{
  if (b->key.len) {
    PACT_TRY(pact_buf_addc(&b->key, '-'));
  }
  return pact_text_key(&b->key, s, strlen(s));
}

/* Appends the slugs of `refs`, sorted, joined by `sep`; only the
 * countries' when `only_countries_of` is the record (an exercise's
 * participants are countries and their forces). */
static PactStatus
key_add_refs_of(PactBuilder *b, const PactRecord *only_countries_of, const PactRefs *refs, const char *sep)
{
  const char **slugs;
  size_t n = 0;
  PactStatus st;

  if (!refs->n) {
    return PACT_OK;
  }
  slugs = malloc(refs->n * sizeof *slugs);
  if (!slugs) {
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < refs->n; i++) {
    if (!only_countries_of || only_countries_of->entities[refs->v[i]].cls == PACT_COUNTRY) {
      slugs[n++] = b->slugs[refs->v[i]];
    }
  }
  st = n ? pact_text_add_sorted(&b->key, slugs, n, sep) : PACT_OK;
  free(slugs);
  return st;
}

static PactStatus
key_add_refs(PactBuilder *b, const PactRefs *refs, const char *sep)
{
  return key_add_refs_of(b, NULL, refs, sep);
}

static const char *
country_slug(const PactBuilder *b, int32_t country)
{
  return country >= 0 ? b->slugs[country] : NULL;
}

/* The canonical name key of `key` (an institution's name key) in
 * lexicon/institution-names.tsv, for country `tag` and then for any, or
 * NULL. */
static const char *
institution_canonical(const PactBuilder *b, const char *tag, const char *key)
{
  const char *canonical = *tag ? pact_synonyms_find(b->institution_names, tag, key) : NULL;

  return canonical ? canonical : pact_synonyms_find(b->institution_names, "*", key);
}

/* Words that join a name to its country: "Navy of Senegal", "Armée de
 * l'air du Sénégal". */
static int
is_connector(const char *w, size_t len)
{
  static const char *const words[] = {"of", "the", "du", "de", "des", "la", "l", "d", NULL};

  for (size_t i = 0; words[i]; i++) {
    if (strlen(words[i]) == len && memcmp(words[i], w, len) == 0) {
      return 1;
    }
  }
  return 0;
}

/* The canonical key of an institution's name key with its own country's
 * name or demonym taken off the front or the end ("senegalese-navy",
 * "forces-armees-senegalaises", "navy-of-senegal" -> "navy"), or NULL when
 * that leaves no name the equivalences know. */
static const char *
institution_without_country(PactBuilder *b, const char *tag, const char *key)
{
  const char *dash[16];
  size_t n = 0;
  size_t len = strlen(key);
  char part[256];
  const char *canonical = NULL;

  if (!*tag || len >= sizeof part) {
    return NULL;
  }
  for (const char *p = key; (p = strchr(p, '-')) != NULL && n < 16; p++) {
    dash[n++] = p;
  }
  /* A country form of 1 to 3 words at the front, or at the end. */
  for (size_t i = 0; i < n && i < 3 && !canonical; i++) {
    const char *code;
    memcpy(part, key, (size_t)(dash[i] - key));
    part[dash[i] - key] = '\0';
    code = pact_countries_code_of_form(b->countries, part);
    if (code && strcmp(code, tag) == 0) {
      canonical = institution_canonical(b, tag, dash[i] + 1);
    }
  }
  for (size_t i = n; i-- > 0 && i + 3 >= n && !canonical;) {
    const char *code = pact_countries_code_of_form(b->countries, dash[i] + 1);
    if (code && strcmp(code, tag) == 0) {
      size_t end = (size_t)(dash[i] - key);
      /* Drop the connectors before the country: "navy-of". */
      for (;;) {
        const char *prev = NULL;
        const char *w;
        for (size_t k = end; k-- > 0;) {
          if (key[k] == '-') {
            prev = key + k;
            break;
          }
        }
        w = prev ? prev + 1 : key;
        if (!prev || !is_connector(w, (size_t)(key + end - w))) {
          break;
        }
        end = (size_t)(prev - key);
      }
      memcpy(part, key, end);
      part[end] = '\0';
      canonical = institution_canonical(b, tag, part);
    }
  }
  return canonical;
}

/* The ISO code of entity e's country as a synonym table's tag, or "". */
static void
country_tag(const PactRecord *r, const PactEntity *e, char tag[3])
{
  tag[0] = '\0';
  if (e->country >= 0 && r->entities[e->country].code) {
    tag[0] = r->entities[e->country].code[0];
    tag[1] = r->entities[e->country].code[1];
    tag[2] = '\0';
  }
}

/* b->key becomes `canonical` (a synonym table's name key, never b->key's
 * own bytes) when there is one; stays as it is otherwise. */
static PactStatus
key_to_canonical(PactBuilder *b, const char *canonical)
{
  if (!canonical) {
    return PACT_OK;
  }
  pact_buf_reset(&b->key);
  return pact_buf_adds(&b->key, canonical);
}

/* The name key of an institution into the empty b->key: the canonical
 * form of its name in lexicon/institution-names.tsv (for its country, then
 * for any country; with the country's name or demonym taken off), or its
 * own. */
static PactStatus
institution_key(PactBuilder *b, const PactRecord *r, const PactEntity *e)
{
  const char *canonical;
  char tag[3];

  PACT_TRY(key_add(b, e->name));
  if (!b->institution_names || !b->key.len) {
    return PACT_OK;
  }
  country_tag(r, e, tag);
  canonical = institution_canonical(b, tag, b->key.data);
  if (!canonical) {
    canonical = institution_without_country(b, tag, b->key.data);
  }
  return key_to_canonical(b, canonical);
}

/* The name key of a place into the empty b->key: the canonical form of
 * its name for its country in lexicon/place-names.tsv ("Lisbonne" is
 * "lisbon"), or its own. */
static PactStatus
place_key(PactBuilder *b, const PactRecord *r, const PactEntity *e)
{
  char tag[3];

  PACT_TRY(key_add(b, e->name));
  if (!b->place_names || !b->key.len) {
    return PACT_OK;
  }
  country_tag(r, e, tag);
  return *tag ? key_to_canonical(b, pact_synonyms_find(b->place_names, tag, b->key.data)) : PACT_OK;
}

/* kind + parties + date into the empty b->key. */
static PactStatus
agreement_key(PactBuilder *b, const PactEntity *e)
{
  PACT_TRY(key_add(b, e->kind));
  PACT_TRY(key_add_refs(b, &e->parties, "-"));
  return e->date ? key_add(b, e->date) : PACT_OK;
}

/* Whether another agreement of the record has agreement i's kind, parties
 * and date (two MoUs signed on one day). Leaves b->key as it found it. */
static int
agreement_has_twin(PactBuilder *b, const PactRecord *r, size_t i)
{
  PactBuf mine;
  int twin = 0;

  pact_buf_init(&mine, 0);
  if (pact_buf_add(&mine, b->key.data ? b->key.data : "", b->key.len) != PACT_OK) {
    pact_buf_free(&mine);
    return 0;
  }
  for (size_t j = 0; j < r->n_entities && !twin; j++) {
    if (j == i || r->entities[j].cls != r->entities[i].cls) {
      continue;
    }
    pact_buf_reset(&b->key);
    twin = agreement_key(b, &r->entities[j]) == PACT_OK && b->key.len == mine.len &&
           memcmp(b->key.data, mine.data, mine.len) == 0;
  }
  pact_buf_reset(&b->key);
  pact_buf_add(&b->key, mine.data, mine.len); /* fits: the buffer held more */
  pact_buf_free(&mine);
  return twin;
}

/* What tells twins apart, as resolve/canonical.c does: the name, or else the
 * smallest of the cooperation areas. */
static PactStatus
key_add_subject(PactBuilder *b, const PactEntity *e)
{
  const char *smallest = NULL;

  if (e->name) {
    return key_add(b, e->name);
  }
  for (size_t k = 0; k < e->areas.n; k++) {
    const PactArea *area = pact_areas_find(b->areas, e->areas.v[k]);
    const char *slug = area ? strrchr(area->iri, '/') : NULL;
    if (slug && (!smallest || strcmp(slug + 1, smallest) < 0)) {
      smallest = slug + 1;
    }
  }
  return smallest ? key_add(b, smallest) : PACT_OK;
}

PactStatus
build_entity_key(PactBuilder *b, const PactRecord *r, size_t i)
{
  const PactEntity *e = &r->entities[i];
  char number[32];

  pact_buf_reset(&b->key);
  if (e->key) {
    return key_add(b, e->key);
  }
  switch (pact_class(e->cls)->shape) {
  case PACT_SHAPE_COUNTRY:
    return key_add(b, e->code);
  case PACT_SHAPE_PERSON:
    /* As resolve/canonical.c names persons: the name, then the country. */
    PACT_TRY(key_add(b, e->name));
    if (country_slug(b, e->country)) {
      PACT_TRY(key_add(b, country_slug(b, e->country)));
    }
    return PACT_OK;
  case PACT_SHAPE_NAMED:
    PACT_TRY(e->cls == PACT_INSTITUTION ? institution_key(b, r, e) : place_key(b, r, e));
    if (country_slug(b, e->country)) {
      PACT_TRY(key_add(b, country_slug(b, e->country)));
    }
    return PACT_OK;
  case PACT_SHAPE_AGREEMENT:
    PACT_TRY(agreement_key(b, e));
    return agreement_has_twin(b, r, i) ? key_add_subject(b, e) : PACT_OK;
  case PACT_SHAPE_EXERCISE:
    /* a name and its participants: one name's edition between other
     * countries is another exercise ("cyclone-eg-in-3") */
    if (e->name) {
      PACT_TRY(key_add(b, e->name));
    }
    PACT_TRY(key_add_refs_of(b, r, &e->participants, "-"));
    if (e->edition) {
      snprintf(number, sizeof number, "%d", (int)e->edition);
      return key_add(b, number);
    }
    if (e->start && e->start[0] != '-') {
      snprintf(number, sizeof number, "%.4s", e->start);
      return key_add(b, number);
    }
    return PACT_OK;
  case PACT_SHAPE_VISIT:
    PACT_TRY(pact_buf_adds(&b->key, b->slugs[e->visitor]));
    PACT_TRY(key_add(b, b->slugs[e->host]));
    return e->start ? key_add(b, e->start) : PACT_OK;
  case PACT_SHAPE_GATHERING:
    PACT_TRY(key_add_refs(b, &e->participants, "--"));
    return e->date ? key_add(b, e->date) : PACT_OK;
  case PACT_SHAPE_DOCUMENT:
    break;
  }
  return PACT_ERR_INTERNAL;
}
