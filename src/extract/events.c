/* Agreements, exercises, visits and meetings: each detector in turn
 * (their order matters: meetings need the visits, signatories the
 * meetings, countries of persons all of them), then the events the story
 * implies rather than tells: signing together is meeting, and officials
 * at a place of another country are visiting it. */
#include "extract/events.h"
#include "util/calendar.h"

#include <stdlib.h>
#include <string.h>

/* Whether some meeting of the article has every one of `people`. */
static int
meeting_with_all(const PactDoc *doc, const int32_t *people, size_t n)
{
  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *m = &doc->things[i];
    if (m->cls == PACT_MEETING && !m->dead && events_holds_all(m, people, n)) {
      return 1;
    }
  }
  return 0;
}

/* Whether meeting m is the one signing_meetings() made of an agreement's
 * signing (it starts where the agreement does). */
static int
of_a_signing(const PactDoc *doc, const PactThing *m)
{
  for (size_t k = 0; k < doc->n_things; k++) {
    if (doc->things[k].cls == PACT_AGREEMENT && !doc->things[k].dead && doc->things[k].first_tok == m->first_tok) {
      return 1;
    }
  }
  return 0;
}

/* Signing together is meeting: the signatories of an agreement signed by
 * people of two sides ("Kana signed for Nigeria, while General Hamouda
 * signed for Egypt") met that day, where it was signed, whether or not
 * the story tells their talks. Of the corpus's signed agreements with two
 * signatories or more, 20 of 23 are a meeting in the gold as well. */
static PactStatus
signing_meetings(PactDoc *doc)
{
  size_t n = doc->n_things;

  for (size_t i = 0; i < n; i++) {
    const PactThing *a = &doc->things[i];
    int32_t people[8];
    size_t n_people = 0;
    int unknown = 0;
    PactThing *m;

    if (a->cls != PACT_AGREEMENT || a->dead || !a->status || strcmp(a->status, "signed") != 0 || a->n_refs2 < 2) {
      continue;
    }
    for (size_t k = 0; k < a->n_refs2 && n_people < 8; k++) {
      if (doc->things[a->refs2[k]].cls == PACT_PERSON) {
        people[n_people++] = a->refs2[k];
        unknown |= doc->things[a->refs2[k]].country < 0;
      }
    }
    /* the signatories of an agreement between two parties sign for each,
     * whatever countries the text let us give them ("the then defence
     * ministers, X and Y, signed") */
    if (n_people < 2 || !(unknown || events_two_countries(doc, people, n_people) || a->n_refs >= 2) ||
        meeting_with_all(doc, people, n_people)) {
      continue;
    }
    m = pact_doc_add(doc, PACT_MEETING);
    if (!m) {
      return PACT_ERR_NOMEM;
    }
    a = &doc->things[i]; /* doc->things may have moved */
    m->first_tok = a->first_tok;
    m->sentence = a->sentence;
    m->place = a->place;
    memcpy(m->date, a->date, sizeof m->date);
    for (size_t k = 0; k < n_people; k++) {
      PACT_TRY(pact_thing_ref(&m->refs, &m->n_refs, people[k]));
    }
    if (a->n_mentions) {
      PactSpan said = a->mentions[0];
      PACT_TRY(pact_thing_mention(m, said.start, said.end));
    }
  }
  return PACT_OK;
}

/* Whether a date (or none) is within `days` of the article's; a month
 * ("2016-02") counts as its middle day, a year alone as never. */
static int
within_days(const PactDoc *doc, const char *date, int days)
{
  const PactText *t = doc->text;
  char day[12];
  int y;
  int m;
  int d;

  if (!date[0] || !t->year) {
    return !date[0] && t->year;
  }
  if (strlen(date) == 7) {
    memcpy(day, date, 7);
    memcpy(day + 7, "-15", 4);
    date = day;
  }
  if (!pact_iso_day_parse(date, &y, &m, &d)) {
    return 0;
  }
  long diff = pact_days_from_civil(y, m, d) - pact_days_from_civil(t->year, t->month, t->day);
  return diff >= -days && diff <= days;
}

/* Whether a date (or none) is within a week of the article's. */
static int
of_the_day(const PactDoc *doc, const char *date)
{
  return within_days(doc, date, 7);
}

/* "In December 2021, General X called on the army chief, General Y":
 * one calls on someone where that one is; the country of the person
 * called on (the first named after a cue that ends on "on", "au", "à",
 * "aux"), or -1. */
static int32_t
called_on_country(const PactDoc *doc, const PactThing *m)
{
  static const char *const on[] = {"on", "upon", "au", "a", "aux", NULL};
  const PactMatch *mt = m->first_tok < doc->toks.n ? pact_doc_match_at(doc, m->first_tok) : NULL;
  size_t a;
  size_t b;

  if (!mt || mt->tok != m->first_tok || mt->n < 2 || !pact_doc_key_in(doc, mt->tok + mt->n - 1, on)) {
    return -1;
  }
  events_sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
  for (size_t k = mt->tok + mt->n; k < b && k < mt->tok + mt->n + 12; k++) {
    int32_t p = events_person_at(doc, k);
    if (p >= 0) {
      return doc->things[p].country;
    }
  }
  return -1;
}

/* Whether visit v is of the time of `date` (a day, month or year): the
 * month of its start or end (a day's slip in either is common), or
 * either undated. */
static int
visit_covers(const PactThing *v, const char *date)
{
  size_t n = strlen(date) < 7 ? strlen(date) : 7;

  if (!date[0] || !v->start[0]) {
    return 1;
  }
  return strncmp(date, v->start, n) == 0 || (v->end[0] && strncmp(date, v->end, n) == 0);
}

/* The country of one of `people` that another of them is visiting on
 * `date` by a visit the story tells, or -1. */
static int32_t
guest_visits_host(const PactDoc *doc, const int32_t *people, size_t n, const char *date)
{
  for (size_t j = 0; j < doc->n_things; j++) {
    const PactThing *v = &doc->things[j];
    if (v->cls != PACT_VISIT || v->dead || v->host < 0 || !visit_covers(v, date)) {
      continue;
    }
    int guest = 0;
    int host = 0;
    for (size_t k = 0; k < n; k++) {
      guest |= people[k] == v->visitor;
      host |= doc->things[people[k]].cls == PACT_PERSON && people[k] != v->visitor &&
              doc->things[people[k]].country == v->host;
    }
    if (guest && host) {
      return v->host;
    }
  }
  return -1;
}

/* A verb of hosting in the active voice at tok, whose subject, right
 * before it (a name of `host`, or a pronoun), receives: "he hosted", "X
 * welcomed", "il a accueilli" (not "was received by", "Accueilli à
 * l'aéroport par", "his hosts"). */
static int
hosting_cue(const PactDoc *doc, size_t tok, int32_t host)
{
  static const char *const hosting[] = {"hosted", "welcomed", "received", "accueilli", "recu", NULL};
  static const char *const auxiliary[] = {"a", "had", "has", "avait", NULL};
  static const char *const pronoun[] = {"he", "she", "il", "elle", NULL};
  size_t s;

  if (tok == 0 || tok + 1 >= doc->toks.n || !pact_doc_key_in(doc, tok, hosting) ||
      pact_doc_key_is(doc, tok + 1, "by") || pact_doc_key_is(doc, tok + 1, "par")) {
    return 0;
  }
  s = tok - 1;
  if (s > 0 && pact_doc_key_in(doc, s, auxiliary)) {
    s--;
  }
  return pact_doc_key_in(doc, s, pronoun) || doc->owner[s] == host;
}

/* Officials of one country who sign or meet at a place of another are
 * visiting it, told or not ("Lee and his Slovak counterpart signed the
 * memorandum at the ministry in Seoul": Nad is visiting South Korea).
 * Ambassadors live there. The visit is dated by the event and placed by
 * the host's places named in the story, as a told visit is. */
static PactStatus
visits_by_presence(PactDoc *doc)
{
  size_t n = doc->n_things;

  for (size_t i = 0; i < n; i++) {
    int32_t where;
    const int32_t *people;
    size_t n_people;

    if (doc->things[i].dead || (doc->things[i].cls != PACT_MEETING && doc->things[i].cls != PACT_AGREEMENT)) {
      continue;
    }
    /* the story's history ("In February 2016 ... signed an agreement in
     * Abuja") tells where things were done, not visits */
    /* ... but a meeting at a place told, of any time, is a trip of its
     * guest ("In 2013, X held talks in Pretoria with his counterpart", "X
     * avait été reçu à Quito par son homologue") */
    int32_t called = doc->things[i].cls == PACT_MEETING ? called_on_country(doc, &doc->things[i]) : -1;
    if (doc->things[i].date[0] && !within_days(doc, doc->things[i].date, 60) && called < 0 &&
        !(doc->things[i].cls == PACT_MEETING && doc->things[i].place >= 0 && !of_a_signing(doc, &doc->things[i]))) {
      continue;
    }
    /* where: the event's place, or else the dateline's country when the
     * event is of the story's days (within a week of the article) and the
     * story tells no visit to another country (an Islamabad report of
     * the minister's talks in Rabat) */
    where = doc->things[i].place >= 0 ? doc->things[doc->things[i].place].country : -1;
    if (where < 0) {
      where = called;
    }
    if (where < 0 && doc->home >= 0 && (doc->host < 0 || doc->host == doc->home) &&
        of_the_day(doc, doc->things[i].date)) {
      where = doc->home;
    }
    people = doc->things[i].cls == PACT_MEETING ? doc->things[i].refs : doc->things[i].refs2;
    n_people = doc->things[i].cls == PACT_MEETING ? doc->things[i].n_refs : doc->things[i].n_refs2;
    /* "Singh held talks with his host, General Giang ... signed": one of
     * the people is on a told visit, at the time, to another's country;
     * that is where they were, whatever place the event was lent */
    int32_t visited = guest_visits_host(doc, people, n_people, doc->things[i].date);
    if (visited >= 0) {
      where = visited;
    }
    /* "Last Friday he hosted Italian Defence Minister Lorenzo Guerini":
     * with no place told, whom the subject of a verb of hosting receives
     * is in the host's country, not the dateline's */
    if (visited < 0 && called < 0 && doc->things[i].cls == PACT_MEETING && doc->things[i].place < 0 &&
        n_people >= 2 && hosting_cue(doc, doc->things[i].first_tok, people[0]) && doc->things[people[0]].cls == PACT_PERSON &&
        doc->things[people[0]].country >= 0 && !events_is_ambassador(&doc->things[people[0]])) {
      where = doc->things[people[0]].country;
    }
    /* "returned to Accra after a visit to Kenya, where he met X": a
     * meeting of a visitor in the sentence of the visit is of that visit,
     * wherever the sentence's first place is */
    for (size_t k = 0; k < n_people && where >= 0; k++) {
      for (size_t j = 0; j < doc->n_things; j++) {
        const PactThing *o = &doc->things[j];
        if (o->cls == PACT_VISIT && !o->dead && o->visitor == people[k] && o->sentence == doc->things[i].sentence &&
            o->host != where) {
          where = -1;
        }
      }
    }
    for (size_t k = 0; k < n_people && where >= 0; k++) {
      int32_t p = people[k];
      int32_t v;
      char start[12];
      PactSpan said;
      if (doc->things[p].cls != PACT_PERSON || doc->things[p].country < 0 || doc->things[p].country == where ||
          events_is_ambassador(&doc->things[p]) || events_find_visit(doc, p, where) >= 0) {
        continue;
      }
      /* copies: doc->things may move */
      memcpy(start, doc->things[i].date, sizeof start);
      if (doc->things[i].n_mentions) {
        said = doc->things[i].mentions[0];
      }
      PACT_TRY(events_add_implied_visit(doc, p, where, start, doc->things[i].n_mentions ? &said : NULL,
                                        doc->things[i].first_tok, doc->things[i].sentence, &v));
      people = doc->things[i].cls == PACT_MEETING ? doc->things[i].refs : doc->things[i].refs2;
    }
  }
  return PACT_OK;
}

/* Talks between people of one country are home affairs, not defence
 * cooperation between countries: "President Vucic received Defence
 * Minister Gasic", "the emir met his prime minister". A meeting whose
 * participants all have one country that the text told of each (not one
 * guessed, pact_doc_fallback_countries(): `told` holds whether person i
 * had a country before it, for the first n_told things), none of them
 * an ambassador (who meets his own minister as the other country's
 * guest), is left out. */
static void
drop_home_meetings(PactDoc *doc, const uint8_t *told, size_t n_told)
{
  for (size_t i = 0; i < doc->n_things; i++) {
    PactThing *m = &doc->things[i];
    int32_t country = -1;
    int home = m->cls == PACT_MEETING && !m->dead && m->n_refs >= 2;
    for (size_t k = 0; home && k < m->n_refs; k++) {
      int32_t r = m->refs[k];
      const PactThing *p = &doc->things[r];
      home = p->cls == PACT_PERSON && (size_t)r < n_told && told[r] && (country < 0 || p->country == country) &&
             !events_is_ambassador(p);
      country = p->country;
    }
    if (home) {
      m->dead = 1;
      m->alias = -1;
    }
  }
}

PactStatus
pact_doc_events(PactDoc *doc)
{
  uint8_t *told;
  size_t n_told;

  PACT_TRY(pact_doc_agreements(doc));
  PACT_TRY(pact_doc_exercises(doc));
  PACT_TRY(pact_doc_other_editions(doc));
  PACT_TRY(pact_doc_exercise_references(doc));
  PACT_TRY(pact_doc_exercise_participants(doc));
  PACT_TRY(pact_doc_visits(doc));
  PACT_TRY(pact_doc_elliptic_visits(doc));
  PACT_TRY(pact_doc_companion_visits(doc));
  PACT_TRY(pact_doc_delegations(doc));
  PACT_TRY(pact_doc_meetings(doc));
  PACT_TRY(pact_doc_attendance(doc));
  events_visit_start_from_meetings(doc);
  PACT_TRY(pact_doc_signers_by_subject(doc));
  PACT_TRY(events_agreement_set_signers(doc));
#ifdef PACT_TEST_DETECTOR
  PACT_TRY(PACT_TEST_DETECTOR(doc));
#endif
  n_told = doc->n_things;
  told = malloc(n_told ? n_told : 1);
  if (!told) {
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < n_told; i++) {
    told[i] = doc->things[i].cls == PACT_PERSON && doc->things[i].country >= 0;
  }
  uint8_t *guessed = calloc(n_told ? n_told : 1, 1);
  if (!guessed) {
    free(told);
    return PACT_ERR_NOMEM;
  }
  pact_doc_fallback_countries(doc, guessed);
  PactStatus st = signing_meetings(doc);
  if (st == PACT_OK) {
    st = visits_by_presence(doc);
  }
  if (st == PACT_OK) {
    pact_doc_home_guesses(doc, guessed, n_told);
  }
  free(guessed);
  if (st == PACT_OK) {
    drop_home_meetings(doc, told, n_told);
  }
  free(told);
  if (st == PACT_OK) {
    events_companion_days(doc);
  }
  return st;
}
