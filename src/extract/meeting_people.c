/* Who a meeting's cue speaks of, past the names it holds: the story's
 * visitor, a description ("The Ghanaian minister later met"), a pronoun
 * ("met him", "l'a reçu"), "his guest", the persons a reception joins
 * ("welcomed King X and Crown Prince Y") and who goes along ("accompanied
 * by General X"). meetings.c asks, and visit_days.c of companions. */
#include "extract/events.h"

#include <string.h>

/* The visitor of the first visit told (of one from `country` when it is
 * not -1), or -1: whom "the delegation", "his guest", "the visiting
 * general" stand for. */
int32_t
events_story_visitor(const PactDoc *doc, int32_t country)
{
  for (size_t k = 0; k < doc->n_things; k++) {
    const PactThing *v = &doc->things[k];
    if (v->cls == PACT_VISIT && !v->dead && v->visitor >= 0 &&
        (country < 0 || doc->things[v->visitor].country == country)) {
      return v->visitor;
    }
  }
  return -1;
}

/* The story's visitor, unless that is `subject` (then -1). */
int32_t
events_visitor_other_than(const PactDoc *doc, int32_t subject)
{
  int32_t v = events_story_visitor(doc, -1);

  return v == subject ? -1 : v;
}

const char *const events_guest_words[] = {"delegation", "delegations", "visitor", "visiteur", "visiteurs",
                                          "guest",      "guests",      "invite",  NULL};

/* "The Ghanaian minister later met ...": a sentence that opens with a
 * definite description holding a demonym speaks of the last person
 * named before it of that country; -1 if it does not open so. */
int32_t
events_described_person(const PactDoc *doc, size_t a, size_t tok)
{
  static const char *const determiners[] = {"the", "la", "le", "l", "its", "sa", NULL};
  static const char *const definite[] = {"the", "le", "la", NULL};
  int32_t country = -1;

  /* "La délégation brésilienne a été reçue par", "The visitor then
   * called on": the one who leads the visit told (from the demonym's
   * country, when one is given) */
  for (size_t i = a; i < tok && i < a + 3; i++) {
    /* "the delegation", "The Angolan delegation" */
    int opened = i == a || pact_doc_key_in(doc, i - 1, determiners) ||
                 (i > a + 1 && pact_lex_is_demonym(pact_doc_entry(doc, i - 1, LEX_COUNTRY)) &&
                  pact_doc_key_in(doc, i - 2, determiners));
    if (!pact_doc_key_in(doc, i, events_guest_words) || !opened) {
      continue;
    }
    const PactLexEntry *c = pact_doc_entry(doc, i + 1, LEX_COUNTRY);
    if (!c && i > a) {
      c = pact_doc_entry(doc, i - 1, LEX_COUNTRY);
    }
    return events_story_visitor(doc, pact_lex_is_demonym(c) ? c->value : -1);
  }
  /* "The visiting general was greeted": the visit's visitor */
  if (pact_doc_key_in(doc, a, definite) && pact_doc_key_is(doc, a + 1, "visiting") && a + 2 < tok &&
      pact_doc_has(doc, a + 2, LEX_TITLE)) {
    int32_t v = events_story_visitor(doc, -1);
    if (v >= 0) {
      return v;
    }
  }
  if (!events_opens_with_reference(doc, a, tok)) {
    /* "From the palace the Greek minister drove to the ministry for a
     * meeting with X", "Le même jour, le ministre japonais avait pris
     * part à une réunion avec Y": past an opening phrase, "the Greek
     * minister" before the cue is its subject, unless a preposition
     * governs it ("with the Greek minister") or a name comes first */
    static const char *const governing[] = {"by", "par", "with", "avec", "to", "a", "for", "pour", "of", "de",
                                            "du", "des", "and", "et", NULL};
    for (size_t i = a + 1; i < tok && i < a + 10; i++) {
      if (events_person_at(doc, i) >= 0) {
        return -1;
      }
      int32_t p = pact_doc_key_in(doc, i - 1, governing) ? -1 : events_described_at(doc, i);
      if (p >= 0) {
        return p;
      }
    }
    return -1;
  }
  for (size_t i = a + 1; i < tok && i < a + 5 && country < 0; i++) {
    const PactLexEntry *c = pact_doc_entry(doc, i, LEX_COUNTRY);
    if (pact_lex_is_demonym(c)) {
      country = c->value;
    }
  }
  for (size_t i = a; country >= 0 && i > 0; i--) {
    int32_t p = events_person_at(doc, i - 1);
    if (p >= 0 && doc->things[p].country == country) {
      return p;
    }
  }
  return -1;
}

/* "him", "her", "lui" ("s'est entretenu avec lui") at tok. */
int
events_object_pronoun(const PactDoc *doc, size_t tok)
{
  static const char *const pronouns[] = {"him", "her", "lui", NULL};

  return pact_doc_key_in(doc, tok, pronouns);
}

/* Whether a French object pronoun stands before the verb at tok: "l'a
 * reçu", "le reçoit", "les a accueillis". */
int
events_clitic_object(const PactDoc *doc, size_t tok)
{
  static const char *const clitics[] = {"le", "la", "les", NULL};
  static const char *const auxiliaries[] = {"a", "ont", "avait", "avaient", "recoit", "accueille", NULL};

  if (doc->lang != 2 || tok < 2 || !pact_doc_key_in(doc, tok, auxiliaries)) {
    return 0;
  }
  return (pact_doc_is_punct(doc, tok - 1, '\'') && pact_doc_key_is(doc, tok - 2, "l")) ||
         pact_doc_key_in(doc, tok - 1, clitics);
}

/* "his guest", "the visitor", "son invité" at tok (after its
 * determiner): the visitor of the story's visit, or -1. */
int32_t
events_guest_at(const PactDoc *doc, size_t tok)
{
  static const char *const guests[] = {"guest", "visitor", "visiteur", "invite", NULL};
  static const char *const determiners[] = {"his", "her", "their", "the", "son", "sa", "leur", "le", NULL};

  static const char *const definite[] = {"the", "le", "l", NULL};

  /* "received the admiral", "a reçu le général": a rank or a role with
   * no name after it is the story's visitor when that is his title */
  if (tok > 0 && pact_doc_has(doc, tok, LEX_TITLE) && pact_doc_key_in(doc, tok - 1, definite)) {
    const PactMatch *m = pact_doc_match_at(doc, tok);
    size_t end = m && m->tok == tok ? tok + m->n : tok + 1;
    int32_t v = events_story_visitor(doc, -1);
    if (v >= 0 && end < doc->toks.n && !(doc->toks.v[end].flags & TF_CAP) && events_person_at(doc, end) < 0 &&
        events_titled_as(&doc->things[v], pact_token_key(&doc->toks, end - 1))) {
      return v;
    }
    return -1;
  }
  if (tok == 0 || !pact_doc_key_in(doc, tok, guests) || !pact_doc_key_in(doc, tok - 1, determiners)) {
    return -1;
  }
  return events_story_visitor(doc, -1);
}

/* Whether the persons after the cue at mt, up to b, stand in one
 * coordination: "received King X and Crown Prince Y", "met General A,
 * Admiral B and General C" (between them only "and", commas, titles,
 * demonyms and determiners), not "met X in the morning and Y later". */
int
events_objects_joined(const PactDoc *doc, const PactMatch *mt, size_t b, size_t n_objects)
{
  static const char *const glue[] = {"and", "et", "the", "his", "her", "their", "le", "la", "l", "les", "son", "sa",
                                     "ses", "leur", "of", "de", "du", "d", NULL};
  size_t seen = 0;
  int32_t last = -1;
  int and = 0;

  for (size_t k = mt->tok + mt->n; k < b && seen < n_objects; k++) {
    int32_t p = events_person_at(doc, k);
    if (p >= 0) {
      if (p != last) {
        seen++;
        last = p;
      }
      continue;
    }
    if (seen == 0) {
      continue;
    }
    /* "received Captain X, together with Commander Y", "talks with X and
     * the military leadership, including General Y", "ainsi que" */
    static const char *const joining[] = {"together", "with", "including", "notamment", "ainsi", "que", "as", "well",
                                          NULL};
    int joins = pact_doc_key_in(doc, k, joining);
    and |= pact_doc_key_is(doc, k, "and") || pact_doc_key_is(doc, k, "et") || joins;
    if (!(pact_doc_key_in(doc, k, glue) || joins || pact_doc_is_punct(doc, k, ',') || pact_doc_is_punct(doc, k, '\'') ||
          pact_doc_has(doc, k, LEX_TITLE) || pact_doc_has(doc, k, LEX_COUNTRY))) {
      return 0;
    }
  }
  return and && seen == n_objects;
}

/* "welcomed King Abdullah II of Jordan to the exercise", "a accueilli le
 * ministre X": a verb of speech that also tells a reception when a person
 * is its object (past a determiner, a demonym or a title); "welcomed the
 * agreement" stays speech. */
int
events_welcomes_person(const PactDoc *doc, const PactMatch *mt)
{
  static const char *const verbs[] = {"welcomed", "greeted", "accueilli", "accueille", NULL};
  static const char *const before_name[] = {"the", "his", "her", "their", "le", "la", "l", "son", "sa", "leur", NULL};
  size_t k = mt->tok + mt->n;

  if (!events_entry_kind(doc, mt->tok, LEX_EVENT, "speech") || !pact_doc_key_in(doc, mt->tok + mt->n - 1, verbs)) {
    return 0;
  }
  for (size_t end = k + 6; k < end && k < doc->toks.n; k++) {
    if (events_person_at(doc, k) >= 0) {
      return 1;
    }
    if (!(pact_doc_key_in(doc, k, before_name) || pact_doc_is_punct(doc, k, '\'') || pact_doc_has(doc, k, LEX_TITLE) ||
          pact_lex_is_demonym(pact_doc_entry(doc, k, LEX_COUNTRY)))) {
      return 0;
    }
  }
  return 0;
}

int32_t
events_companion(const PactDoc *doc, size_t a, size_t b, size_t *cue)
{
  static const char *const along[] = {"accompanied", "accompagne", "accompagnee", "accompagnes", "accompagnees",
                                      NULL};
  size_t k = pact_doc_first_in(doc, a, b, along);

  for (size_t j = k + 1; k < b && j < b && j < k + 8; j++) {
    int32_t p = events_person_at(doc, j);
    if (p >= 0) {
      if (cue) {
        *cue = k;
      }
      return doc->things[p].cls == PACT_PERSON ? p : -1;
    }
    if (pact_doc_is_punct(doc, j, ',') || pact_doc_has(doc, j, LEX_EVENT)) {
      break;
    }
  }
  return -1;
}
