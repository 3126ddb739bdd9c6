#define _POSIX_C_SOURCE 200809L
#include "model/build.h"

#include "model/vocab.h"
#include "util/buf.h"
#include "util/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The vocabulary, interned once. */
typedef struct {
  PactTerm type, label, alt_label, pref_label, in_scheme, concept;
  PactTerm xsd_date, xsd_gyearmonth, xsd_gyear, xsd_gmonthday, xsd_integer,
    xsd_nonneg;
  PactTerm mentioned_in, has_mention, in_document, exact_text, begin_index,
    end_index, mention_class;
  PactTerm document_class, file_name, issued, language, headline, source;
  PactTerm class_of[PACT_N_CLASSES];
  PactTerm country_code, country, title;
  PactTerm agreement_kind, status, signed_on, signed_at, party, signatory, area,
    area_class, scheme;
  PactTerm edition, participant, start_date, end_date, date, location, visitor,
    host_country, duration_days;
} Vocab;

struct PactBuilder {
  PactGraph *g;
  char *base;
  const PactAreas *areas;
  const PactCountries *countries;
  const PactSynonyms *institution_names;
  const PactSynonyms *place_names;
  Vocab v;
  PactBuf scratch;
  PactBuf key;
  char **slugs;       /* per entity of the current record */
  size_t cap_slugs;
  unsigned char *area_done; /* area concepts already described, by IRI term */
  size_t cap_area_done;
  unsigned long records;
};

static PactTerm
iri(PactBuilder *b, const char *s)
{
  return pact_graph_iri(b->g, s, strlen(s));
}

static int
init_vocab(PactBuilder *b)
{
  Vocab *v = &b->v;
  static const char *const classes[PACT_N_CLASSES] = {
    PACT_NS "Country", PACT_NS "Person", PACT_NS "Institution", PACT_NS "Place",
    PACT_NS "Agreement", PACT_NS "Exercise", PACT_NS "Visit", PACT_NS "Meeting",
  };

  v->type = iri(b, NS_RDF "type");
  v->label = iri(b, NS_RDFS "label");
  v->alt_label = iri(b, NS_SKOS "altLabel");
  v->pref_label = iri(b, NS_SKOS "prefLabel");
  v->in_scheme = iri(b, NS_SKOS "inScheme");
  v->concept = iri(b, NS_SKOS "Concept");
  v->xsd_date = iri(b, NS_XSD "date");
  v->xsd_gyearmonth = iri(b, NS_XSD "gYearMonth");
  v->xsd_gyear = iri(b, NS_XSD "gYear");
  v->xsd_gmonthday = iri(b, NS_XSD "gMonthDay");
  v->xsd_integer = iri(b, NS_XSD "integer");
  v->xsd_nonneg = iri(b, NS_XSD "nonNegativeInteger");
  v->mentioned_in = iri(b, PACT_NS "mentionedIn");
  v->has_mention = iri(b, PACT_NS "hasMention");
  v->in_document = iri(b, PACT_NS "inDocument");
  v->exact_text = iri(b, PACT_NS "exactText");
  v->begin_index = iri(b, PACT_NS "beginIndex");
  v->end_index = iri(b, PACT_NS "endIndex");
  v->mention_class = iri(b, PACT_NS "Mention");
  v->document_class = iri(b, PACT_NS "Document");
  v->file_name = iri(b, PACT_NS "fileName");
  v->issued = iri(b, NS_DCTERMS "issued");
  v->language = iri(b, NS_DCTERMS "language");
  v->headline = iri(b, NS_DCTERMS "title");
  v->source = iri(b, NS_DCTERMS "source");
  for (int c = 0; c < PACT_N_CLASSES; c++) {
    v->class_of[c] = iri(b, classes[c]);
  }
  v->country_code = iri(b, PACT_NS "countryCode");
  v->country = iri(b, PACT_NS "country");
  v->title = iri(b, PACT_NS "title");
  v->agreement_kind = iri(b, PACT_NS "agreementKind");
  v->status = iri(b, PACT_NS "status");
  v->signed_on = iri(b, PACT_NS "signedOn");
  v->signed_at = iri(b, PACT_NS "signedAt");
  v->party = iri(b, PACT_NS "party");
  v->signatory = iri(b, PACT_NS "signatory");
  v->area = iri(b, PACT_NS "area");
  v->area_class = iri(b, PACT_NS "CooperationArea");
  v->scheme = iri(b, PACT_AREA_SCHEME);
  v->edition = iri(b, PACT_NS "edition");
  v->participant = iri(b, PACT_NS "participant");
  v->start_date = iri(b, PACT_NS "startDate");
  v->end_date = iri(b, PACT_NS "endDate");
  v->date = iri(b, PACT_NS "date");
  v->location = iri(b, PACT_NS "location");
  v->visitor = iri(b, PACT_NS "visitor");
  v->host_country = iri(b, PACT_NS "hostCountry");
  v->duration_days = iri(b, PACT_NS "durationDays");
  return v->type && v->duration_days && v->scheme && v->class_of[PACT_MEETING];
}

/* Which value the default graph keeps where articles disagree. */
static PactStatus
init_policies(PactBuilder *b)
{
  const Vocab *v = &b->v;
  struct {
    PactTerm p;
    PactChoice how;
  } const single[] = {
    {v->country, PACT_CHOOSE_VOTE},      {v->country_code, PACT_CHOOSE_VOTE},
    {v->agreement_kind, PACT_CHOOSE_VOTE}, {v->status, PACT_CHOOSE_RANKED},
    {v->signed_on, PACT_CHOOSE_DATE},     {v->signed_at, PACT_CHOOSE_VOTE},
    {v->edition, PACT_CHOOSE_VOTE},       {v->start_date, PACT_CHOOSE_DATE},
    {v->end_date, PACT_CHOOSE_DATE},      {v->date, PACT_CHOOSE_DATE},
    {v->visitor, PACT_CHOOSE_VOTE},       {v->host_country, PACT_CHOOSE_VOTE},
    {v->duration_days, PACT_CHOOSE_VOTE}, {v->file_name, PACT_CHOOSE_VOTE},
    {v->issued, PACT_CHOOSE_DATE},        {v->language, PACT_CHOOSE_VOTE},
    {v->headline, PACT_CHOOSE_VOTE},      {v->source, PACT_CHOOSE_VOTE},
  };
  static const char *const stages[] = {"Expected", "Negotiating", "Signed", "InForce"};

  PACT_TRY(pact_graph_set_policy(b->g, v->label, PACT_CHOOSE_LABEL, v->alt_label));
  for (size_t i = 0; i < sizeof single / sizeof single[0]; i++) {
    PACT_TRY(pact_graph_set_policy(b->g, single[i].p, single[i].how, 0));
  }
  for (int i = 0; i < 4; i++) {
    char name[64];
    snprintf(name, sizeof name, PACT_NS "%s", stages[i]);
    PACT_TRY(pact_graph_set_rank(b->g, iri(b, name), i + 1));
  }
  return PACT_OK;
}

PactBuilder *
pact_builder_new(PactGraph *g, const char *base, const PactAreas *areas,
                 const PactCountries *countries)
{
  PactBuilder *b = calloc(1, sizeof *b);

  if (!b) {
    return NULL;
  }
  b->g = g;
  b->areas = areas;
  b->countries = countries;
  b->base = strdup(base ? base : PACT_DEFAULT_BASE);
  pact_buf_init(&b->scratch, 0);
  pact_buf_init(&b->key, 0);
  if (!b->base || !init_vocab(b) || init_policies(b) != PACT_OK) {
    pact_builder_free(b);
    return NULL;
  }
  return b;
}

void
pact_builder_free(PactBuilder *b)
{
  if (!b) {
    return;
  }
  for (size_t i = 0; i < b->cap_slugs; i++) {
    free(b->slugs[i]);
  }
  free(b->slugs);
  free(b->area_done);
  pact_buf_free(&b->scratch);
  pact_buf_free(&b->key);
  free(b->base);
  free(b);
}

void
pact_builder_set_institution_names(PactBuilder *b, const PactSynonyms *names)
{
  b->institution_names = names;
}

void
pact_builder_set_place_names(PactBuilder *b, const PactSynonyms *names)
{
  b->place_names = names;
}

unsigned long
pact_builder_records(const PactBuilder *b)
{
  return b->records;
}

/* ---- terms ---------------------------------------------------------------- */

static PactTerm
literal(PactBuilder *b, const char *s, PactTerm dt, const char *lang)
{
  return pact_graph_literal(b->g, s, strlen(s), dt, lang);
}

static PactTerm
date_literal(PactBuilder *b, const char *s)
{
  size_t n = strlen(s);
  PactTerm dt = n == 4    ? b->v.xsd_gyear
                : n == 7 ? (s[0] == '-' ? b->v.xsd_gmonthday : b->v.xsd_gyearmonth)
                         : b->v.xsd_date;

  return literal(b, s, dt, NULL);
}

/* Decimal digits of n >= 0, written backwards from `end`; returns the
 * first digit. (No printf: this runs for every mention.) */
static char *
decimal(char *end, unsigned long n)
{
  do {
    *--end = (char)('0' + n % 10);
    n /= 10;
  } while (n);
  return end;
}

static PactTerm
integer_literal(PactBuilder *b, long n, PactTerm dt)
{
  char text[32];
  char *first = decimal(text + sizeof text, (unsigned long)n);

  return pact_graph_literal(b->g, first, (size_t)(text + sizeof text - first), dt, NULL);
}

/* {base}{class}/{slug} */
static PactTerm
instance_iri(PactBuilder *b, const char *cls, const char *slug)
{
  pact_buf_reset(&b->scratch);
  if (pact_buf_adds(&b->scratch, b->base) != PACT_OK ||
      pact_buf_adds(&b->scratch, cls) != PACT_OK || pact_buf_addc(&b->scratch, '/') != PACT_OK ||
      pact_buf_adds(&b->scratch, slug) != PACT_OK) {
    return 0;
  }
  return pact_graph_iri(b->g, b->scratch.data, b->scratch.len);
}

/* ---- keys ------------------------------------------------------------------- */

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

static int
cmp_strp(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
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
    if (j == i || r->entities[j].cls != PACT_AGREEMENT) {
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

/* What tells twins apart, as resolve/resolve.c does: the name, or else the
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

/* The canonical key of entity `i` into b->key. Entities that others refer
 * to come first in a record, so their slugs are known here. */
static PactStatus
entity_key(PactBuilder *b, const PactRecord *r, size_t i)
{
  const PactEntity *e = &r->entities[i];
  char number[32];

  pact_buf_reset(&b->key);
  if (e->key) {
    return key_add(b, e->key);
  }
  switch (e->cls) {
  case PACT_COUNTRY:
    return key_add(b, e->code);
  case PACT_PERSON:
    /* As resolve/resolve.c names persons: the name, then the country. */
    PACT_TRY(key_add(b, e->name));
    if (country_slug(b, e->country)) {
      PACT_TRY(key_add(b, country_slug(b, e->country)));
    }
    return PACT_OK;
  case PACT_INSTITUTION:
    PACT_TRY(institution_key(b, r, e));
    if (country_slug(b, e->country)) {
      PACT_TRY(key_add(b, country_slug(b, e->country)));
    }
    return PACT_OK;
  case PACT_PLACE:
    PACT_TRY(place_key(b, r, e));
    if (country_slug(b, e->country)) {
      PACT_TRY(key_add(b, country_slug(b, e->country)));
    }
    return PACT_OK;
  case PACT_AGREEMENT:
    PACT_TRY(agreement_key(b, e));
    return agreement_has_twin(b, r, i) ? key_add_subject(b, e) : PACT_OK;
  case PACT_EXERCISE:
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
  case PACT_VISIT:
    PACT_TRY(pact_buf_adds(&b->key, b->slugs[e->visitor]));
    PACT_TRY(key_add(b, b->slugs[e->host]));
    return e->start ? key_add(b, e->start) : PACT_OK;
  case PACT_MEETING:
    PACT_TRY(key_add_refs(b, &e->participants, "--"));
    return e->date ? key_add(b, e->date) : PACT_OK;
  case PACT_N_CLASSES:
    break;
  }
  return PACT_ERR_INTERNAL;
}

/* ---- claims ------------------------------------------------------------------ */

typedef struct {
  PactBuilder *b;
  PactTerm doc;   /* the document: also the named graph */
  const char *doc_slug;
  PactStatus st;
} Claims;

static void
claim(Claims *c, PactTerm s, PactTerm p, PactTerm o)
{
  if (c->st != PACT_OK) {
    return;
  }
  if (!s || !p || !o) {
    c->st = PACT_ERR_NOMEM;
    return;
  }
  c->st = pact_graph_add(c->b->g, s, p, o, c->doc);
}

static void
claim_mentions(Claims *c, PactTerm node, const PactEntity *e)
{
  PactBuilder *b = c->b;
  const Vocab *v = &b->v;

  claim(c, node, v->mentioned_in, c->doc);
  for (size_t i = 0; i < e->n_mentions && c->st == PACT_OK; i++) {
    const PactMention *m = &e->mentions[i];
    const PactTermInfo *doc = pact_graph_term(b->g, c->doc);
    PactTerm mention;

    char digits[48];
    char *end_digits = decimal(digits + sizeof digits, m->end);
    char *start_digits;
    *--end_digits = '-';
    start_digits = decimal(end_digits, m->start);
    pact_buf_reset(&b->scratch);
    if (pact_buf_add(&b->scratch, doc->str, doc->len) != PACT_OK ||
        pact_buf_add(&b->scratch, "#m", 2) != PACT_OK ||
        pact_buf_add(&b->scratch, start_digits,
                     (size_t)(digits + sizeof digits - start_digits)) != PACT_OK) {
      c->st = PACT_ERR_NOMEM;
      return;
    }
    mention = pact_graph_iri(b->g, b->scratch.data, b->scratch.len);
    claim(c, node, v->has_mention, mention);
    claim(c, mention, v->type, v->mention_class);
    claim(c, mention, v->in_document, c->doc);
    claim(c, mention, v->exact_text, literal(b, m->text, 0, NULL));
    claim(c, mention, v->begin_index, integer_literal(b, (long)m->start, v->xsd_nonneg));
    claim(c, mention, v->end_index, integer_literal(b, (long)m->end, v->xsd_nonneg));
  }
}

/* Names; `lang` tags them (NULL: a person's or a place's name, the same
 * in every language). */
static void
claim_names(Claims *c, PactTerm node, const PactEntity *e, const char *lang)
{
  const Vocab *v = &c->b->v;

  if (e->name) {
    claim(c, node, v->label, literal(c->b, e->name, 0, lang));
  }
  for (size_t i = 0; i < e->variants.n; i++) {
    claim(c, node, v->alt_label, literal(c->b, e->variants.v[i], 0, lang));
  }
}

static const char *
suffix_class(const char *kind, const char *const *kinds, const char *const *classes)
{
  for (size_t i = 0; kind && kinds[i]; i++) {
    if (strcmp(kind, kinds[i]) == 0) {
      return classes[i];
    }
  }
  return NULL;
}

static void
claim_kind_class(Claims *c, PactTerm node, const PactEntity *e)
{
  static const char *const inst_kinds[] = {
    "ministry", "armed_forces", "service_branch", "command", "college",
    "embassy", "company", "commission", "government", NULL};
  static const char *const inst_classes[] = {
    "Ministry", "ArmedForces", "ServiceBranch", "Command", "College",
    "Embassy", "Company", "Commission", "Government", NULL};
  static const char *const place_kinds[] = {"city", "port", "base", "monument", "region", NULL};
  static const char *const place_classes[] = {"City", "Port", "MilitaryBase", "Monument", "Region", NULL};
  const char *local = e->cls == PACT_INSTITUTION
                        ? suffix_class(e->kind, inst_kinds, inst_classes)
                        : suffix_class(e->kind, place_kinds, place_classes);
  char name[128];

  if (local) {
    snprintf(name, sizeof name, PACT_NS "%s", local);
    claim(c, node, c->b->v.type, iri(c->b, name));
  }
}

/* The display name of a referenced thing in generated labels. */
static const char *
display_name(const PactBuilder *b, const PactEntity *e, int french)
{
  if (e->cls == PACT_COUNTRY) {
    const PactCountryInfo *info = pact_countries_find(b->countries, e->code);
    if (info && french && (info->label_fr || info->name_fr)) {
      return info->label_fr ? info->label_fr : info->name_fr;
    }
    if (info && (info->label_en || info->name_en)) {
      return info->label_en ? info->label_en : info->name_en;
    }
    return e->name ? e->name : e->code;
  }
  return e->name ? e->name : "?";
}

/* Generated labels for unnamed agreements and events, in English and
 * French: "Memorandum of understanding Portugal–Senegal". */
static void
claim_generated_label(Claims *c, PactTerm node, const PactRecord *r,
                      const PactEntity *e)
{
  static const char *const kinds[] = {"mou", "treaty", "agreement", "protocol", "letter_of_intent", NULL};
  static const char *const kind_en[] = {"Memorandum of understanding", "Treaty", "Agreement", "Protocol", "Letter of intent", NULL};
  static const char *const kind_fr[] = {"Mémorandum d'entente", "Traité", "Accord", "Protocole", "Lettre d'intention", NULL};
  PactBuilder *b = c->b;

  for (int french = 0; french < 2 && c->st == PACT_OK; french++) {
    const PactRefs *who = e->cls == PACT_AGREEMENT ? &e->parties : &e->participants;
    const char **names;
    size_t n = 0;
    PactBuf text;

    pact_buf_init(&text, 0);
    switch (e->cls) {
    case PACT_AGREEMENT:
      pact_buf_adds(&text, suffix_class(e->kind, kinds, french ? kind_fr : kind_en));
      break;
    case PACT_EXERCISE:
      pact_buf_adds(&text, french ? "Exercice conjoint" : "Joint exercise");
      break;
    case PACT_MEETING:
      pact_buf_adds(&text, french ? "Rencontre" : "Meeting");
      break;
    case PACT_VISIT: {
      /* "Visite de X au Maroc", "aux Émirats arabes unis", "to the United
       * States": the country's own phrase (lexicon/country-prepositions.tsv). */
      const PactEntity *host = &r->entities[e->host];
      const PactCountryInfo *info =
        host->cls == PACT_COUNTRY ? pact_countries_find(b->countries, host->code) : NULL;
      const char *to = info ? (french ? info->to_fr : info->to_en) : NULL;
      if (to) {
        pact_buf_printf(&text, french ? "Visite de %s %s" : "Visit of %s %s",
                        display_name(b, &r->entities[e->visitor], french), to);
      } else {
        pact_buf_printf(&text, french ? "Visite de %s (%s)" : "Visit of %s to %s",
                        display_name(b, &r->entities[e->visitor], french),
                        display_name(b, host, french));
      }
      break;
    }
    default:
      break;
    }
    names = who->n && e->cls != PACT_VISIT ? malloc(who->n * sizeof *names) : NULL;
    for (size_t i = 0; names && i < who->n; i++) {
      names[n++] = display_name(b, &r->entities[who->v[i]], french);
    }
    if (n) {
      qsort(names, n, sizeof *names, cmp_strp);
      for (size_t i = 0; i < n; i++) {
        pact_buf_adds(&text, i == 0 ? " " : (e->cls == PACT_MEETING ? ", " : "–"));
        pact_buf_adds(&text, names[i]);
      }
    }
    free(names);
    if (e->cls == PACT_EXERCISE && e->edition) {
      pact_buf_printf(&text, french ? ", édition %d" : ", edition %d", (int)e->edition);
    }
    if (e->cls == PACT_AGREEMENT && e->date) {
      pact_buf_printf(&text, ", %s", e->date);
    }
    if ((e->cls == PACT_MEETING && e->date) || (e->cls == PACT_VISIT && e->start)) {
      pact_buf_printf(&text, ", %s", e->cls == PACT_MEETING ? e->date : e->start);
    }
    if (text.data) {
      claim(c, node, b->v.label, literal(b, text.data, 0, french ? "fr" : "en"));
    } else {
      c->st = PACT_ERR_NOMEM;
    }
    pact_buf_free(&text);
  }
}

static void
claim_refs(Claims *c, PactTerm node, PactTerm p, const PactRefs *refs,
           const PactTerm *nodes)
{
  for (size_t i = 0; i < refs->n; i++) {
    claim(c, node, p, nodes[refs->v[i]]);
  }
}

/* The area concepts go once into the default graph: they are the scheme's
 * statements, not an article's. */
static void
describe_area(Claims *c, PactTerm concept, const PactArea *area)
{
  PactBuilder *b = c->b;
  const Vocab *v = &b->v;
  PactStatus *st = &c->st;

  if (concept >= b->cap_area_done) {
    size_t cap = b->cap_area_done ? b->cap_area_done : 1024;
    unsigned char *done;
    while (cap <= concept) {
      cap *= 2;
    }
    done = realloc(b->area_done, cap);
    if (!done) {
      *st = PACT_ERR_NOMEM;
      return;
    }
    memset(done + b->cap_area_done, 0, cap - b->cap_area_done);
    b->area_done = done;
    b->cap_area_done = cap;
  }
  if (b->area_done[concept]) {
    return;
  }
  b->area_done[concept] = 1;
  *st = pact_graph_add(b->g, concept, v->type, v->area_class, 0);
  if (*st == PACT_OK) {
    *st = pact_graph_add(b->g, concept, v->type, v->concept, 0);
  }
  if (*st == PACT_OK) {
    *st = pact_graph_add(b->g, concept, v->in_scheme, v->scheme, 0);
  }
  if (*st == PACT_OK && area->pref_en) {
    *st = pact_graph_add(b->g, concept, v->pref_label, literal(b, area->pref_en, 0, "en"), 0);
  }
  if (*st == PACT_OK && area->pref_fr) {
    *st = pact_graph_add(b->g, concept, v->pref_label, literal(b, area->pref_fr, 0, "fr"), 0);
  }
}

static void
claim_areas(Claims *c, PactTerm node, const PactRecord *r, size_t index,
            PactDiag *d)
{
  const PactEntity *e = &r->entities[index];
  size_t nth = 0;

  /* The position among entities of its class, for the JSON path. */
  for (size_t i = 0; i < index; i++) {
    nth += r->entities[i].cls == e->cls;
  }
  for (size_t i = 0; i < e->areas.n && c->st == PACT_OK; i++) {
    const PactArea *area = pact_areas_find(c->b->areas, e->areas.v[i]);
    PactTerm concept;
    if (!area) {
      c->st = pact_diag(d, PACT_ERR_INPUT, r->origin, r->line,
                        "$.%s[%zu].areas[%zu]: unknown cooperation area \"%s\" (expected a label "
                        "of ontology/areas.ttl such as \"training\" or \"maritime security\")",
                        e->cls == PACT_AGREEMENT ? "agreements" : "exercises", nth, i,
                        e->areas.v[i]);
      return;
    }
    concept = iri(c->b, area->iri);
    claim(c, node, c->b->v.area, concept);
    if (c->st == PACT_OK) {
      describe_area(c, concept, area);
    }
  }
}

static void
claim_entity(Claims *c, const PactRecord *r, size_t i, const PactTerm *nodes,
             PactDiag *d)
{
  PactBuilder *b = c->b;
  const Vocab *v = &b->v;
  const PactEntity *e = &r->entities[i];
  PactTerm node = nodes[i];
  char name[128];

  claim(c, node, v->type, v->class_of[e->cls]);
  claim_mentions(c, node, e);
  switch (e->cls) {
  case PACT_COUNTRY: {
    const PactCountryInfo *info = pact_countries_find(b->countries, e->code);
    claim(c, node, v->country_code, literal(b, e->code, 0, NULL));
    if (info && info->name_en) {
      claim(c, node, v->label, literal(b, info->name_en, 0, "en"));
    }
    if (info && info->name_fr) {
      claim(c, node, v->label, literal(b, info->name_fr, 0, "fr"));
    }
    if (!info) {
      claim(c, node, v->label, literal(b, e->name ? e->name : e->code, 0, NULL));
    }
    /* The forms the article used, where they differ from the labels. */
    if (e->name && info && !(info->name_en && strcmp(e->name, info->name_en) == 0) &&
        !(info->name_fr && strcmp(e->name, info->name_fr) == 0)) {
      claim(c, node, v->alt_label, literal(b, e->name, 0, NULL));
    }
    for (size_t k = 0; k < e->variants.n; k++) {
      claim(c, node, v->alt_label, literal(b, e->variants.v[k], 0, NULL));
    }
    break;
  }
  case PACT_PERSON:
    claim_names(c, node, e, NULL);
    for (size_t k = 0; k < e->n_titles; k++) {
      claim(c, node, v->title, literal(b, e->titles[k].text, 0, e->titles[k].lang));
    }
    if (e->country >= 0) {
      claim(c, node, v->country, nodes[e->country]);
    }
    break;
  case PACT_INSTITUTION:
  case PACT_PLACE:
    claim_kind_class(c, node, e);
    /* An institution's or a place's name is in the article's language:
     * "Royal Armed Forces"@en and "Forces Armées Royales"@fr are both its
     * labels, as "Lisbon"@en and "Lisbonne"@fr are (place-names.tsv makes
     * them one node). */
    claim_names(c, node, e, r->article.language);
    if (e->country >= 0) {
      claim(c, node, v->country, nodes[e->country]);
    }
    break;
  case PACT_AGREEMENT:
    if (pact_record_term_local(e->kind)) {
      snprintf(name, sizeof name, PACT_NS "%s", pact_record_term_local(e->kind));
      claim(c, node, v->agreement_kind, iri(b, name));
    }
    if (pact_record_term_local(e->status)) {
      snprintf(name, sizeof name, PACT_NS "%s", pact_record_term_local(e->status));
      claim(c, node, v->status, iri(b, name));
    }
    if (e->name) {
      claim(c, node, v->label, literal(b, e->name, 0, NULL));
    } else {
      claim_generated_label(c, node, r, e);
    }
    if (e->date) {
      claim(c, node, v->signed_on, date_literal(b, e->date));
    }
    if (e->place >= 0) {
      claim(c, node, v->signed_at, nodes[e->place]);
    }
    claim_refs(c, node, v->party, &e->parties, nodes);
    claim_refs(c, node, v->signatory, &e->signatories, nodes);
    claim_areas(c, node, r, i, d);
    break;
  case PACT_EXERCISE:
    if (e->name) {
      claim(c, node, v->label, literal(b, e->name, 0, NULL));
    } else {
      claim_generated_label(c, node, r, e);
    }
    if (e->edition) {
      claim(c, node, v->edition, integer_literal(b, e->edition, v->xsd_integer));
    }
    if (e->start) {
      claim(c, node, v->start_date, date_literal(b, e->start));
    }
    if (e->end) {
      claim(c, node, v->end_date, date_literal(b, e->end));
    }
    claim_refs(c, node, v->participant, &e->participants, nodes);
    if (e->place >= 0) {
      claim(c, node, v->location, nodes[e->place]);
    }
    claim_areas(c, node, r, i, d);
    break;
  case PACT_VISIT:
    claim_generated_label(c, node, r, e);
    claim(c, node, v->visitor, nodes[e->visitor]);
    claim(c, node, v->host_country, nodes[e->host]);
    if (e->start) {
      claim(c, node, v->start_date, date_literal(b, e->start));
    }
    if (e->end) {
      claim(c, node, v->end_date, date_literal(b, e->end));
    }
    if (e->days) {
      claim(c, node, v->duration_days, integer_literal(b, e->days, v->xsd_integer));
    }
    claim_refs(c, node, v->location, &e->places, nodes);
    break;
  case PACT_MEETING:
    claim_generated_label(c, node, r, e);
    claim_refs(c, node, v->participant, &e->participants, nodes);
    if (e->date) {
      claim(c, node, v->date, date_literal(b, e->date));
    }
    if (e->place >= 0) {
      claim(c, node, v->location, nodes[e->place]);
    }
    break;
  case PACT_N_CLASSES:
    break;
  }
}

static void
claim_document(Claims *c, const PactArticle *a)
{
  PactBuilder *b = c->b;
  const Vocab *v = &b->v;

  claim(c, c->doc, v->type, v->document_class);
  claim(c, c->doc, v->file_name, literal(b, a->file, 0, NULL));
  if (a->issued) {
    claim(c, c->doc, v->issued, date_literal(b, a->issued));
  }
  if (a->language) {
    claim(c, c->doc, v->language, literal(b, a->language, 0, NULL));
  }
  if (a->title) {
    claim(c, c->doc, v->headline, literal(b, a->title, 0, a->language));
  }
  if (a->source) {
    claim(c, c->doc, v->source, iri(b, a->source));
  }
}

/* Order in which slugs are computed: things others refer to first. */
static int
class_stage(PactClass cls)
{
  switch (cls) {
  case PACT_COUNTRY: return 0;
  case PACT_PERSON:
  case PACT_INSTITUTION:
  case PACT_PLACE: return 1;
  default: return 2;
  }
}

static PactStatus
ensure_slugs(PactBuilder *b, size_t n)
{
  if (n > b->cap_slugs) {
    char **slugs = realloc(b->slugs, n * sizeof *slugs);
    if (!slugs) {
      return PACT_ERR_NOMEM;
    }
    memset(slugs + b->cap_slugs, 0, (n - b->cap_slugs) * sizeof *slugs);
    b->slugs = slugs;
    b->cap_slugs = n;
  }
  return PACT_OK;
}

PactStatus
pact_builder_add(PactBuilder *b, const PactRecord *r, PactDiag *d)
{
  Claims c = {b, 0, NULL, PACT_OK};
  PactTerm *nodes;
  const char *file = r->article.key ? r->article.key : r->article.file;
  const char *dot = strrchr(file, '.');
  PactBuf key;

  PACT_TRY(ensure_slugs(b, r->n_entities));
  nodes = calloc(r->n_entities + 1, sizeof *nodes);
  if (!nodes) {
    return PACT_ERR_NOMEM;
  }
  /* The document: its file name without the extension. */
  pact_buf_init(&key, 0);
  c.st = pact_text_key(&key, file, r->article.key || !dot || dot == file
                                       ? strlen(file) : (size_t)(dot - file));
  if (c.st == PACT_OK) {
    pact_buf_reset(&b->key);
    c.st = pact_text_slug(&b->key, key.data ? key.data : "", key.len);
  }
  pact_buf_free(&key);
  if (c.st == PACT_OK) {
    c.doc = instance_iri(b, "document", pact_buf_str(&b->key));
    c.st = c.doc ? PACT_OK : PACT_ERR_NOMEM;
  }
  /* Slugs and nodes, stage by stage. */
  for (int stage = 0; stage < 3 && c.st == PACT_OK; stage++) {
    for (size_t i = 0; i < r->n_entities && c.st == PACT_OK; i++) {
      const PactEntity *e = &r->entities[i];
      PactBuf slug;
      if (class_stage(e->cls) != stage) {
        continue;
      }
      c.st = entity_key(b, r, i);
      if (c.st == PACT_OK && b->key.len == 0) {
        c.st = pact_buf_adds(&b->key, "unnamed");
      }
      pact_buf_init(&slug, 0);
      if (c.st == PACT_OK) {
        c.st = pact_text_slug(&slug, b->key.data, b->key.len);
      }
      if (c.st == PACT_OK) {
        free(b->slugs[i]);
        b->slugs[i] = pact_buf_take(&slug);
        nodes[i] = instance_iri(b, pact_class_name(e->cls), b->slugs[i]);
        c.st = nodes[i] ? PACT_OK : PACT_ERR_NOMEM;
      }
      pact_buf_free(&slug);
    }
  }
  claim_document(&c, &r->article);
  for (size_t i = 0; i < r->n_entities && c.st == PACT_OK; i++) {
    claim_entity(&c, r, i, nodes, d);
  }
  free(nodes);
  if (c.st == PACT_OK) {
    b->records++;
  } else if (c.st == PACT_ERR_NOMEM) {
    pact_diag(d, c.st, r->origin, r->line, "out of memory");
  } else if (c.st == PACT_ERR_INPUT && d && d->errors == 0) {
    pact_diag(d, c.st, r->origin, r->line, "cannot use this record");
  }
  return c.st;
}
