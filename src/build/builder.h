/* What the files of the builder share; private to src/build/. build.c
 * owns the builder (PactBuilder: its vocabulary, its key and scratch
 * buffers, the slugs of the current record's entities) and adds records;
 * keys.c gives each entity its canonical key; claims.c turns an entity into
 * claims; events.c adds what only agreements and events have, generated
 * labels and cooperation areas. Terms belong to the graph (model/graph.h);
 * nothing here allocates what its caller must free. */
#ifndef PACT_BUILD_BUILDER_H
#define PACT_BUILD_BUILDER_H

#include "build/build.h"
#include "util/buf.h"

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

static inline PactTerm
iri(PactBuilder *b, const char *s)
{
  return pact_graph_iri(b->g, s, strlen(s));
}

static inline PactTerm
literal(PactBuilder *b, const char *s, PactTerm dt, const char *lang)
{
  return pact_graph_literal(b->g, s, strlen(s), dt, lang);
}

/* One record's claims, with the first failure kept in `st`: once it is
 * set, further claims are no-ops. */
typedef struct {
  PactBuilder *b;
  PactTerm doc;   /* the document: also the named graph */
  const char *doc_slug;
  PactStatus st;
} Claims;

static inline void
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

/* The canonical key of entity `i` into b->key. Entities that others refer
 * to come first in a record, so their slugs are known here. */
PactStatus build_entity_key(PactBuilder *b, const PactRecord *r, size_t i);

/* The local name of the class of `kind` in `kinds`, from `classes` (the
 * same positions; both end with NULL), or NULL. */
const char *build_suffix_class(const char *kind, const char *const *kinds,
                               const char *const *classes);

/* An entity's claims; `nodes` are the record's entities' IRIs. */
void build_claim_entity(Claims *c, const PactRecord *r, size_t i, const PactTerm *nodes,
                        PactDiag *d);
void build_claim_document(Claims *c, const PactArticle *a);

/* Generated labels for unnamed agreements and events, in English and
 * French: "Memorandum of understanding Portugal–Senegal". */
void build_claim_generated_label(Claims *c, PactTerm node, const PactRecord *r,
                                 const PactEntity *e);

/* An agreement's or an exercise's cooperation areas; an unknown one is
 * reported through `d` with the record's JSON path and sets c->st to
 * PACT_ERR_INPUT. */
void build_claim_areas(Claims *c, PactTerm node, const PactRecord *r, size_t index,
                       PactDiag *d);

#endif
