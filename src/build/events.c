/* What only agreements and events have: labels made up from their kind,
 * parties and dates when the article gives them no name, and cooperation
 * areas from the area scheme. */
#define _POSIX_C_SOURCE 200809L
#include "build/builder.h"

#include "model/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
cmp_strp(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
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

void
build_claim_generated_label(Claims *c, PactTerm node, const PactRecord *r,
                            const PactEntity *e)
{
  static const char *const kinds[] = {"mou", "treaty", "agreement", "protocol", "letter_of_intent", NULL};
  static const char *const kind_en[] = {"Memorandum of understanding", "Treaty", "Agreement", "Protocol", "Letter of intent", NULL};
  static const char *const kind_fr[] = {"Mémorandum d'entente", "Traité", "Accord", "Protocole", "Lettre d'intention", NULL};
  PactBuilder *b = c->b;
  PactShape shape = pact_class(e->cls)->shape;

  for (int french = 0; french < 2 && c->st == PACT_OK; french++) {
    const PactRefs *who = shape == PACT_SHAPE_AGREEMENT ? &e->parties : &e->participants;
    const char **names;
    const char *head;
    size_t n = 0;
    PactBuf text;

    pact_buf_init(&text, 0);
    switch (shape) {
    case PACT_SHAPE_AGREEMENT:
      pact_buf_adds(&text, build_suffix_class(e->kind, kinds, french ? kind_fr : kind_en));
      break;
    case PACT_SHAPE_VISIT: {
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
      head = french ? pact_class(e->cls)->label_fr : pact_class(e->cls)->label_en;
      pact_buf_adds(&text, head ? head : pact_class(e->cls)->name);
      break;
    }
    names = who->n && shape != PACT_SHAPE_VISIT ? malloc(who->n * sizeof *names) : NULL;
    for (size_t i = 0; names && i < who->n; i++) {
      names[n++] = display_name(b, &r->entities[who->v[i]], french);
    }
    if (n) {
      qsort(names, n, sizeof *names, cmp_strp);
      for (size_t i = 0; i < n; i++) {
        pact_buf_adds(&text, i == 0 ? " " : (shape == PACT_SHAPE_GATHERING ? ", " : "–"));
        pact_buf_adds(&text, names[i]);
      }
    }
    free(names);
    if (shape == PACT_SHAPE_EXERCISE && e->edition) {
      pact_buf_printf(&text, french ? ", édition %d" : ", edition %d", (int)e->edition);
    }
    if (shape == PACT_SHAPE_AGREEMENT && e->date) {
      pact_buf_printf(&text, ", %s", e->date);
    }
    if ((shape == PACT_SHAPE_GATHERING && e->date) || (shape == PACT_SHAPE_VISIT && e->start)) {
      pact_buf_printf(&text, ", %s", shape == PACT_SHAPE_GATHERING ? e->date : e->start);
    }
    if (text.data) {
      claim(c, node, b->v.label, literal(b, text.data, 0, french ? "fr" : "en"));
    } else {
      c->st = PACT_ERR_NOMEM;
    }
    pact_buf_free(&text);
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

void
build_claim_areas(Claims *c, PactTerm node, const PactRecord *r, size_t index,
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
                        pact_class(e->cls)->plural, nth, i,
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

