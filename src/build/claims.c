/* An entity's claims, in the named graph of its record's document. */
#define _POSIX_C_SOURCE 200809L
#include "build/builder.h"

#include "util/calendar.h"

#include "model/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static PactTerm
date_literal(PactBuilder *b, const char *s)
{
  int y;
  int m;
  int d;
  int precision = pact_date_parse(s, &y, &m, &d);
  PactTerm dt = precision == 1   ? b->v.xsd_gyear
                : precision == 3 ? b->v.xsd_gyearmonth
                : precision == 2 ? b->v.xsd_gmonthday
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

const char *
build_suffix_class(const char *kind, const char *const *kinds, const char *const *classes)
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
                        ? build_suffix_class(e->kind, inst_kinds, inst_classes)
                        : build_suffix_class(e->kind, place_kinds, place_classes);
  char name[128];

  if (local) {
    snprintf(name, sizeof name, PACT_NS "%s", local);
    claim(c, node, c->b->v.type, iri(c->b, name));
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

void
build_claim_entity(Claims *c, const PactRecord *r, size_t i, const PactTerm *nodes,
                   PactDiag *d)
{
  PactBuilder *b = c->b;
  const Vocab *v = &b->v;
  const PactEntity *e = &r->entities[i];
  PactTerm node = nodes[i];
  char name[128];

  claim(c, node, v->type, v->class_of[e->cls]);
  claim_mentions(c, node, e);
  switch (pact_class(e->cls)->shape) {
  case PACT_SHAPE_COUNTRY: {
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
  case PACT_SHAPE_PERSON:
    claim_names(c, node, e, NULL);
    for (size_t k = 0; k < e->n_titles; k++) {
      claim(c, node, v->title, literal(b, e->titles[k].text, 0, e->titles[k].lang));
    }
    if (e->country >= 0) {
      claim(c, node, v->country, nodes[e->country]);
    }
    break;
  case PACT_SHAPE_NAMED:
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
  case PACT_SHAPE_AGREEMENT:
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
      build_claim_generated_label(c, node, r, e);
    }
    if (e->date) {
      claim(c, node, v->signed_on, date_literal(b, e->date));
    }
    if (e->place >= 0) {
      claim(c, node, v->signed_at, nodes[e->place]);
    }
    claim_refs(c, node, v->party, &e->parties, nodes);
    claim_refs(c, node, v->signatory, &e->signatories, nodes);
    build_claim_areas(c, node, r, i, d);
    break;
  case PACT_SHAPE_EXERCISE:
    if (e->name) {
      claim(c, node, v->label, literal(b, e->name, 0, NULL));
    } else {
      build_claim_generated_label(c, node, r, e);
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
    build_claim_areas(c, node, r, i, d);
    break;
  case PACT_SHAPE_VISIT:
    build_claim_generated_label(c, node, r, e);
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
  case PACT_SHAPE_GATHERING:
    build_claim_generated_label(c, node, r, e);
    claim_refs(c, node, v->participant, &e->participants, nodes);
    if (e->date) {
      claim(c, node, v->date, date_literal(b, e->date));
    }
    if (e->place >= 0) {
      claim(c, node, v->location, nodes[e->place]);
    }
    break;
  case PACT_SHAPE_DOCUMENT:
    break;
  }
}

void
build_claim_document(Claims *c, const PactArticle *a)
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

