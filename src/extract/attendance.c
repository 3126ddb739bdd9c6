/* Attendance: those who sit in on a meeting told already ("sat in on the
 * talks", "en présence de X", "with X also taking part") join it. */
#include "extract/events.h"

/* Whether [a, b) tells a meeting or a signing of its own. */
static int
own_event(const PactDoc *doc, size_t a, size_t b)
{
  for (size_t i = a; i < b; i++) {
    if (events_entry_kind(doc, i, LEX_EVENT, "meeting") ||
        pact_doc_entry(doc, i, LEX_STATUS) || pact_doc_entry(doc, i, LEX_AGREEMENT)) {
      return 1;
    }
  }
  return 0;
}

/* Whether the sentence before the one that starts at a tells a meeting. */
static int
meeting_before(const PactDoc *doc, size_t a)
{
  for (size_t i = a; i > 0 && doc->toks.v[i - 1].sentence + 1 >= doc->toks.v[a].sentence; i--) {
    if (events_entry_kind(doc, i - 1, LEX_EVENT, "meeting")) {
      return 1;
    }
  }
  return 0;
}

/* Those who sit in on a meeting told already: "Iraq's ambassador, Safia
 * al-Suhail, sat in on the meeting", "assistait à l'entretien"; "in the
 * presence of X", "en présence de X". They join the meeting of their
 * sentence, or else the last one told before it. */
PactStatus
pact_doc_attendance(PactDoc *doc)
{
  for (size_t m = 0; m < doc->n_matches; m++) {
    const PactMatch *mt = &doc->matches[m];
    size_t a;
    size_t b;
    int32_t meeting = -1;
    int32_t people[8];
    size_t n = 0;
    int presence;

    if (!events_entry_kind(doc, mt->tok, LEX_EVENT, "attendance")) {
      continue;
    }
    events_sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
    /* "in the presence of X", "Also present were X": those after;
     * "X was also present", "X était également présent": its subject */
    presence = 0;
    int stative = 0;
    int named_after = pact_doc_key_is(doc, mt->tok + mt->n - 1, "were");
    /* "Also at the table in Cairo were X and Y": the verb after a place */
    for (size_t i = mt->tok + mt->n; !named_after && i < b && i < mt->tok + mt->n + 4 &&
                                     pact_doc_key_is(doc, mt->tok, "also");
         i++) {
      named_after = pact_doc_key_is(doc, i, "were") || pact_doc_key_is(doc, i, "was");
    }
    for (size_t i = mt->tok; i < mt->tok + mt->n; i++) {
      presence |= pact_doc_key_is(doc, i, "presence");
      stative |= pact_doc_key_is(doc, i, "present") || pact_doc_key_is(doc, i, "presents") ||
                 pact_doc_key_is(doc, i, "presente") || pact_doc_key_is(doc, i, "room") ||
                 pact_doc_key_is(doc, i, "attendance");
    }
    /* "X also took part.", "X y assistait.": the verb ends its sentence */
    stative |= pact_doc_is_punct(doc, mt->tok + mt->n, '.') && mt->tok + mt->n + 1 >= b;
    /* "received by the President, with X and Y also taking part": those
     * between "with" and the cue */
    size_t with = mt->tok;
    while (with > a && mt->tok - with < 16 && events_with_attendance(doc, with - 1, b) != mt->tok) {
      with--;
    }
    if (with > a && events_with_attendance(doc, with - 1, b) == mt->tok) {
      n = events_add_persons(doc, with, mt->tok, people, 0, 8);
      stative = 1;
    } else if (presence || named_after) {
      for (size_t i = mt->tok + mt->n; i < b && i < mt->tok + mt->n + 32 && n < 8; i++) {
        int32_t p = events_person_at(doc, i);
        if (p >= 0 && (n == 0 || people[n - 1] != p)) {
          people[n++] = p;
        }
      }
    } else {
      /* the verb must take a meeting: "sat in on the talks" */
      int of_meeting = 0;
      for (size_t i = mt->tok + mt->n; i < b && i < mt->tok + mt->n + 4 && !of_meeting; i++) {
        of_meeting = events_entry_kind(doc, i, LEX_EVENT, "meeting") != NULL;
      }
      of_meeting |= stative;
      people[0] = of_meeting ? events_person_near(doc, a, b, mt->tok, 1) : -1;
      n = people[0] >= 0;
      /* "Foreign Minister X and Defence Minister Y joined the meeting":
       * every person of the subject */
      if (of_meeting) {
        n = events_add_persons(doc, a, mt->tok, people, n, 8);
      }
    }
    /* "L'audience s'est tenue jeudi, en présence de l'amiral X": a
     * sentence that tells no meeting or signing of its own, right after
     * one that told a meeting, goes on with the last one told */
    int goes_on = presence && n && !own_event(doc, a, b) && meeting_before(doc, a);
    for (size_t i = 0; i < doc->n_things && n; i++) {
      const PactThing *t = &doc->things[i];
      if (t->cls != PACT_MEETING || t->dead || t->first_tok > mt->tok) {
        continue;
      }
      if (t->first_tok >= a || !presence || goes_on) {
        if (meeting < 0 || t->first_tok >= doc->things[meeting].first_tok) {
          meeting = (int32_t)i;
        }
      }
    }
    for (size_t k = 0; meeting >= 0 && k < n; k++) {
      PACT_TRY(pact_thing_ref(&doc->things[meeting].refs, &doc->things[meeting].n_refs, people[k]));
    }
  }
  return PACT_OK;
}
