/* The toy event type's detector (tests/arch/toy-class.h): a sentence that
 * names a ceremony ("attended a ceremony", "une cérémonie") gives one,
 * with the people of that sentence, its date and its place. A real
 * detector reads clauses (extract/clause.c); this one only shows where a
 * detector plugs in and what it fills. */
#include "extract/events.h"

#include <string.h>

PactStatus
toy_detect_ceremonies(PactDoc *doc)
{
  for (size_t i = 0; i < doc->toks.n; i++) {
    const char *key = pact_token_key(&doc->toks, i);
    const PactDate *date;
    PactThing *t;
    size_t a;
    size_t b;

    if (strcmp(key, "ceremony") != 0 && strcmp(key, "ceremonie") != 0) {
      continue;
    }
    events_sentence_span(doc, doc->toks.v[i].sentence, i, &a, &b);
    t = pact_doc_add(doc, PACT_CEREMONY);
    if (!t) {
      return PACT_ERR_NOMEM;
    }
    t->first_tok = (uint32_t)i;
    t->sentence = doc->toks.v[i].sentence;
    PACT_TRY(pact_thing_mention(t, doc->toks.v[i].start, doc->toks.v[i].end));
    for (size_t k = a; k < b; k++) {
      int32_t person = events_person_at(doc, k);
      int known = 0;
      for (size_t j = 0; j < t->n_refs; j++) {
        known |= t->refs[j] == person;
      }
      if (person >= 0 && !known) {
        PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, person));
      }
    }
    date = events_date_in(doc, a, b, i, 0);
    if (date && date->start[0]) {
      memcpy(t->date, date->start, sizeof t->date);
    }
    t->place = events_place_in(doc, a, b);
  }
  return PACT_OK;
}
