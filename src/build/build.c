#define _POSIX_C_SOURCE 200809L
#include "build/builder.h"

#include "model/vocab.h"
#include "util/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
init_vocab(PactBuilder *b)
{
  Vocab *v = &b->v;

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
  v->document_class = iri(b, pact_document_class.iri);
  v->file_name = iri(b, PACT_NS "fileName");
  v->issued = iri(b, NS_DCTERMS "issued");
  v->language = iri(b, NS_DCTERMS "language");
  v->headline = iri(b, NS_DCTERMS "title");
  v->source = iri(b, NS_DCTERMS "source");
  for (int c = 0; c < PACT_N_CLASSES; c++) {
    v->class_of[c] = iri(b, pact_class((PactClass)c)->iri);
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
  return v->type && v->duration_days && v->scheme && v->class_of[PACT_N_CLASSES - 1];
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

/* Order in which slugs are computed: things others refer to first. */
static int
class_stage(PactClass cls)
{
  switch (pact_class(cls)->shape) {
  case PACT_SHAPE_COUNTRY: return 0;
  case PACT_SHAPE_PERSON:
  case PACT_SHAPE_NAMED: return 1;
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
      c.st = build_entity_key(b, r, i);
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
  build_claim_document(&c, &r->article);
  for (size_t i = 0; i < r->n_entities && c.st == PACT_OK; i++) {
    build_claim_entity(&c, r, i, nodes, d);
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
