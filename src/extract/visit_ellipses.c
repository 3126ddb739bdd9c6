/* Visits told by ellipsis after a visit: "La visite intervient moins
 * d'un mois après celle du général X au Bangladesh", "the trip had
 * been timed to precede that of President Y", "rendait la politesse à
 * celle du vice-amiral Z en Afrique du Sud en mars dernier". "celle de", "that of" stand for a visit of the person
 * they name: to the country told right after the name, or else to the
 * host of the visit the sentence spoke of; with the date the clause
 * tells after the name. Runs after visits.c, which makes the visit the
 * ellipsis stands for. */
#include "extract/events.h"

#include <string.h>

/* Whether tok opens an ellipsis of a visit's noun: "celle du", "celle
 * de", "celle des", "celle d'", "that of". */
static int
ellipsis_at(const PactDoc *doc, size_t tok)
{
  static const char *const of_fr[] = {"de", "du", "des", "d", NULL};

  if (tok + 1 >= doc->toks.n) {
    return 0;
  }
  return (pact_doc_key_is(doc, tok, "celle") && pact_doc_key_in(doc, tok + 1, of_fr)) ||
         (pact_doc_key_is(doc, tok, "that") && pact_doc_key_is(doc, tok + 1, "of"));
}

/* The country told within a few words after `end` ("au Bangladesh",
 * "en Afrique du Sud", "to Beijing"), by its name or a city's, or -1. */
static int32_t
country_after(const PactDoc *doc, size_t end, size_t b)
{
  static const char *const to[] = {"to", "in", "au", "aux", "en", "a", NULL};

  if (end >= b || !pact_doc_key_in(doc, end, to)) {
    return -1;
  }
  for (size_t k = end + 1; k < b && k < end + 3; k++) {
    int32_t c = events_country_named_at(doc, k);
    if (c >= 0) {
      return c;
    }
  }
  return -1;
}

PactStatus
pact_doc_elliptic_visits(PactDoc *doc)
{
  for (size_t i = 1; i < doc->toks.n; i++) {
    /* asked of every token: the length first */
    if ((doc->toks.v[i].key_len != 5 && doc->toks.v[i].key_len != 4) || !ellipsis_at(doc, i)) {
      continue;
    }
    size_t a;
    size_t b;
    events_sentence_span(doc, doc->toks.v[i].sentence, i, &a, &b);
    int32_t told = -1;
    for (size_t k = i; k > a && told < 0; k--) {
      if (events_entry_kind(doc, k - 1, LEX_EVENT, "visit")) {
        told = pact_doc_thing_told_at(doc, PACT_VISIT, k - 1, 0);
      }
    }
    if (told < 0) {
      continue;
    }
    /* the person the ellipsis names, before a pause of the sentence or
     * another event */
    int32_t p = -1;
    size_t end = i + 2;
    for (size_t k = i + 2; k < b && k < i + 30 && p < 0; k++) {
      if (pact_doc_is_punct(doc, k, ';') || pact_doc_has(doc, k, LEX_EVENT)) {
        break;
      }
      p = events_person_at(doc, k);
      /* "celle de la cheffe de l'État tanzanienne": a description */
      if (p < 0 && k == i + 2) {
        p = events_described_at(doc, k);
      }
      end = k;
    }
    if (p < 0 || doc->things[p].cls != PACT_PERSON || p == doc->things[told].visitor) {
      continue;
    }
    while (end < b && events_person_at(doc, end) == p) {
      end++;
    }
    int32_t host = country_after(doc, end, b);
    if (host < 0) {
      host = doc->things[told].host;
    }
    if (host < 0 || doc->things[p].country == host || events_find_visit(doc, p, host) >= 0) {
      continue;
    }
    const PactDate *date = events_date_in(doc, end, b, end, 1);
    if (!date) {
      date = events_date_in(doc, end, b, end, 0);
    }
    PactSpan said = {doc->toks.v[i].start, doc->toks.v[i + 1].end};
    int32_t v;
    PACT_TRY(events_add_implied_visit(doc, p, host, date ? date->start : "", &said, (uint32_t)i,
                                      doc->toks.v[i].sentence, &v));
    if (date && date->range) {
      memcpy(doc->things[v].end, date->end, sizeof doc->things[v].end);
    }
  }
  return PACT_OK;
}
