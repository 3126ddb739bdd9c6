/* Delegations: "The Colombian delegation was led by Admiral X", "a
 * Chinese observer delegation led by X", "X, qui conduisait la
 * délégation de Bogotá", "a accueilli la délégation conduite par Y". Who
 * leads a delegation from abroad visits the country the story is told
 * from (its dateline's), though no word of a visit says so; not in a
 * sentence of years before (measured: the story's history, whose
 * delegations the press seldom counts as visits). Runs after visits.c,
 * so that a visit told in words is never doubled. */
#define _POSIX_C_SOURCE 200809L
#include "extract/events.h"

#include <stdlib.h>
#include <string.h>

/* The country a delegation at tok comes from: a demonym before the word
 * ("The Colombian delegation", "a Kazakh military delegation") or after
 * it ("la délégation argentine", "une délégation de l'armée
 * tanzanienne", "la délégation de Bogotá": a city of known country);
 * -1 when none is told. */
static int32_t
delegation_country(const PactDoc *doc, size_t a, size_t b, size_t tok)
{
  static const char *const small[] = {"de", "du", "des", "d", "l", "la", "le", "les", "of", "the", NULL};

  for (size_t k = tok; k > a && k + 3 > tok; k--) {
    const PactLexEntry *c = pact_doc_entry(doc, k - 1, LEX_COUNTRY);
    if (pact_lex_is_demonym(c)) {
      return c->value;
    }
    if (events_is_determiner(doc, k - 1)) {
      break;
    }
  }
  for (size_t k = tok + 1; k < b && k < tok + 6; k++) {
    const PactLexEntry *c = pact_doc_entry(doc, k, LEX_COUNTRY);
    if (c) {
      return c->value;
    }
    /* the city's country, from the lexicon: "de La Paz" may belong to
     * an institution's name ("délégation de La Paz") */
    const PactLexEntry *p = pact_doc_entry(doc, k, LEX_PLACE);
    const PactLexPlace *place = p ? pact_lexicon_place(doc->lex, p->value) : NULL;
    if (place && place->country >= 0) {
      return place->country;
    }
    if (!(pact_doc_key_in(doc, k, small) || pact_doc_is_punct(doc, k, '\'') ||
          pact_doc_key_is(doc, k, "armee") || pact_doc_key_is(doc, k, "army"))) {
      break;
    }
  }
  return -1;
}

/* Who leads the delegation at tok: the person after "led by", "headed
 * by", "conduite par", "dirigée par", "menée par" (past the delegation's
 * own words: "une délégation du commandement de la flotte, conduite par
 * son commandant adjoint, le vice-amiral X"), or the subject of "led",
 * "headed", "conduisait", "dirigeait" right before it ("X, qui conduisait
 * la délégation de Bogotá"); -1 when none is. */
static int32_t
delegation_leader(const PactDoc *doc, size_t a, size_t b, size_t tok)
{
  static const char *const led[] = {"led", "headed", "conduite", "conduit", "dirigee", "menee", NULL};
  static const char *const by[] = {"by", "par", NULL};
  static const char *const leading[] = {"led", "headed", "conduisait", "dirigeait", "conduit", "dirige", NULL};

  for (size_t k = tok + 1; k + 1 < b && k < tok + 14; k++) {
    if (pact_doc_key_in(doc, k, led) && pact_doc_key_in(doc, k + 1, by)) {
      for (size_t j = k + 2; j < b && j < k + 12; j++) {
        int32_t p = events_person_at(doc, j);
        if (p >= 0) {
          return p;
        }
      }
      return -1;
    }
    if (events_person_at(doc, k) >= 0) {
      break; /* "led X's delegation": no agent after the word */
    }
  }
  /* "X, qui conduisait la délégation", "Y led the Russian delegation" */
  for (size_t k = tok; k > a && k + 5 > tok; k--) {
    if (pact_doc_key_in(doc, k - 1, leading)) {
      for (size_t j = k - 1; j > a; j--) {
        int32_t p = events_person_at(doc, j - 1);
        if (p >= 0) {
          return p;
        }
      }
      return -1;
    }
  }
  return -1;
}

PactStatus
pact_doc_delegations(PactDoc *doc)
{
  if (doc->home < 0) {
    return PACT_OK;
  }
  for (size_t i = 0; i < doc->toks.n; i++) {
    /* asked of every token: the length first */
    if (doc->toks.v[i].key_len != 10 || !pact_doc_key_is(doc, i, "delegation")) {
      continue;
    }
    size_t a;
    size_t b;
    events_sentence_span(doc, doc->toks.v[i].sentence, i, &a, &b);
    int32_t from = delegation_country(doc, a, b, i);
    int32_t leader = delegation_leader(doc, a, b, i);
    if (leader < 0) {
      continue;
    }
    if (from < 0) {
      from = doc->things[leader].country;
    }
    if (from < 0 || from == doc->home || events_find_visit(doc, leader, doc->home) >= 0) {
      continue;
    }
    if (doc->things[leader].country >= 0 && doc->things[leader].country != from) {
      continue; /* a host's officer at the head of a visiting party is no visitor */
    }
    const PactDate *date = events_date_in(doc, a, b, i, 0);
    if (!date) {
      date = events_narrative_date(doc, i);
    }
    /* a delegation of years before is the story's history, which the
     * story seldom tells as a visit */
    if (date && date->start[0] && doc->text->year && atoi(date->start) < doc->text->year - 1) {
      continue;
    }
    PactSpan said = {doc->toks.v[i].start, doc->toks.v[i].end};
    int32_t v;
    PACT_TRY(events_add_implied_visit(doc, leader, doc->home, date ? date->start : "", &said, (uint32_t)i,
                                      doc->toks.v[i].sentence, &v));
    if (doc->things[leader].country < 0) {
      doc->things[leader].country = from;
    }
  }
  return PACT_OK;
}
