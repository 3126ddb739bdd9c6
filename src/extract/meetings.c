/* Meetings: a cue of the lexicon (met, held talks with, received) and
 * who met whom: the verb's subject (past a pronoun, a description or a
 * verb joined to the cue before) and its objects, or the two sides its
 * sentence names, with the meeting's date and place (those who sat in
 * on one: attendance.c). */
#include "extract/events.h"

#include <string.h>

/* "the two of them", "the two ministers" (events_two_titled() first): the last
 * two people named before, of two sides where their countries are known
 * ("received by Rear Admiral A before calling on his counterpart, Admiral
 * B. The two admirals discussed...": the visitor and B, not A and B). */
static int
two_before(const PactDoc *doc, size_t tok, int32_t out[2])
{
  size_t n = 0;

  if (events_two_titled(doc, tok, out)) {
    return 1;
  }
  for (size_t i = tok; i > 0 && n < 2; i--) {
    int32_t p = events_person_at(doc, i - 1);
    if (p >= 0 && (n == 0 || (out[0] != p && doc->things[p].country >= 0 &&
                              doc->things[p].country != doc->things[out[0]].country))) {
      out[n++] = p;
    }
  }
  if (n == 2) {
    return 1;
  }
  n = 0;
  for (size_t i = tok; i > 0 && n < 2; i--) {
    int32_t p = events_person_at(doc, i - 1);
    if (p >= 0 && (n == 0 || out[0] != p)) {
      out[n++] = p;
    }
  }
  return n == 2;
}

/* Whether thing t refers to every one of `people`. */
int
events_holds_all(const PactThing *t, const int32_t *people, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    int found = 0;
    for (size_t j = 0; j < t->n_refs && !found; j++) {
      found = t->refs[j] == people[i];
    }
    if (!found) {
      return 0;
    }
  }
  return 1;
}

static int
same_people(const PactThing *a, const int32_t *people, size_t n)
{
  return a->n_refs == n && events_holds_all(a, people, n);
}

/* The meeting first told last before token tok, or -1. */
static int32_t
last_meeting(const PactDoc *doc, size_t tok)
{
  int32_t last = -1;

  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *o = &doc->things[i];
    if (o->cls == PACT_MEETING && !o->dead && o->first_tok < tok &&
        (last < 0 || o->first_tok > doc->things[last].first_tok)) {
      last = (int32_t)i;
    }
  }
  return last;
}

/* Whether the people have at least two known countries between them. */
int
events_two_countries(const PactDoc *doc, const int32_t *people, size_t n)
{
  int32_t first = -1;

  for (size_t i = 0; i < n; i++) {
    int32_t c = doc->things[people[i]].country;
    if (c >= 0 && first >= 0 && c != first) {
      return 1;
    }
    if (c >= 0 && first < 0) {
      first = c;
    }
  }
  return 0;
}

/* The people named in [a, b), when they come from at least two countries
 * or one is the other's counterpart (both sides of a meeting); 0
 * otherwise. */
static size_t
persons_from_two_sides(const PactDoc *doc, size_t a, size_t b, int32_t *out, size_t max)
{
  size_t n = events_add_persons(doc, a, b, out, 0, max);

  if (n >= 2 && !events_two_countries(doc, out, n)) {
    /* "the minister and his Kenyan counterpart": sides the countries
     * have not told yet */
    int counterpart = 0;
    for (size_t i = a; i < b && !counterpart; i++) {
      counterpart = pact_doc_key_is(doc, i, "counterpart") || pact_doc_key_is(doc, i, "homologue");
    }
    n = counterpart ? n : 0;
  }
  return n >= 2 ? n : 0;
}

/* Whether every mention of person p follows a monument or a grave ("a
 * wreath at the grave of X"): one the story honours, who meets no one. */
static int
only_honoured(const PactDoc *doc, int32_t p)
{
  const PactThing *t = &doc->things[p];

  for (size_t m = 0; m < t->n_mentions; m++) {
    if (!pact_doc_honoured(doc, pact_doc_token_at_byte(doc, t->mentions[m].start))) {
      return 0;
    }
  }
  return t->n_mentions > 0;
}

/* The subject of the cue at tok when `subject`, named before it in the
 * sentence from a, is the agent of an opening phrase ("accompanied by
 * General X, the Gambian officer was granted"): the description right
 * after the phrase's comma, if one names another person; else subject. */
static int32_t
past_opening_agent(const PactDoc *doc, size_t a, size_t tok, int32_t subject)
{
  size_t first = a;

  while (first < tok && events_person_at(doc, first) != subject) {
    first++;
  }
  if (first == tok || !events_agent_of_phrase(doc, a, first)) {
    return subject;
  }
  size_t k = first;
  while (k < tok && events_person_at(doc, k) == subject) {
    k++;
  }
  int32_t described = k + 1 < tok && pact_doc_is_punct(doc, k, ',') ? events_described_at(doc, k + 1) : -1;
  return described >= 0 && described != subject ? described : subject;
}

static PactStatus
add_meeting(PactDoc *doc, const int32_t *people, size_t n, const PactDate *date, int32_t place,
            const PactMatch *mt)
{
  PactThing *t = NULL;

  for (size_t i = 0; i < n; i++) {
    if (only_honoured(doc, people[i])) {
      return PACT_OK;
    }
  }

  /* the same people on another day met again: another meeting */
  for (size_t i = 0; i < doc->n_things && !t; i++) {
    if (doc->things[i].cls == PACT_MEETING && !doc->things[i].dead && same_people(&doc->things[i], people, n) &&
        !(date && doc->things[i].date[0] && strcmp(doc->things[i].date, date->start) != 0)) {
      t = &doc->things[i];
    }
  }
  if (!t) {
    t = pact_doc_add(doc, PACT_MEETING);
    if (!t) {
      return PACT_ERR_NOMEM;
    }
    t->first_tok = mt->tok;
    t->sentence = doc->toks.v[mt->tok].sentence;
    for (size_t i = 0; i < n; i++) {
      PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, people[i]));
    }
    /* "accompanied by General X, the Gambian officer was granted an
     * audience by the Minister": who goes along sits in the meeting */
    size_t a;
    size_t b;
    events_sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
    int32_t companion = events_companion(doc, a, b, NULL);
    if (companion >= 0) {
      PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, companion));
    }
  }
  PACT_TRY(pact_thing_mention(t, doc->toks.v[mt->tok].start, doc->toks.v[mt->tok + mt->n - 1].end));
  if (date && !t->date[0]) {
    memcpy(t->date, date->start, sizeof t->date);
  }
  if (place >= 0 && t->place < 0) {
    t->place = place;
  }
  return PACT_OK;
}

/* A visit of `guest` to the country named as the subject of the cue at
 * tok (a country's name, not a demonym, with nothing but a date or an
 * auxiliary between), when the guest is from elsewhere. */
static PactStatus
country_hosts(PactDoc *doc, size_t a, size_t tok, int32_t guest, const PactDate *date)
{
  int32_t host = -1;
  int32_t v;

  for (size_t i = tok; i > a && host < 0; i--) {
    const PactLexEntry *c = pact_doc_entry(doc, i - 1, LEX_COUNTRY);
    const PactMatch *m = pact_doc_match_at(doc, i - 1);
    if (c && m && !pact_lex_is_demonym(c) && doc->owner[m->tok] < 0) {
      host = c->value;
    } else if (!(pact_doc_has(doc, i - 1, LEX_WEEKDAY) || pact_doc_key_is(doc, i - 1, "on") ||
                 pact_doc_key_is(doc, i - 1, "a") || pact_doc_key_is(doc, i - 1, "has"))) {
      break;
    }
  }
  if (host < 0 || doc->things[guest].country == host || events_find_visit(doc, guest, host) >= 0) {
    return PACT_OK;
  }
  if (doc->host < 0) {
    doc->host = host;
  }
  return events_add_implied_visit(doc, guest, host, date ? date->start : "",
                                  &(PactSpan){doc->toks.v[tok].start, doc->toks.v[tok].end}, (uint32_t)tok,
                                  doc->toks.v[tok].sentence, &v);
}

/* Whether [a, b) tells a visit or a stay: a range of dates there is its,
 * not a meeting's ("held in Ulaanbaatar on May 16 and 17" is the
 * meeting's own: it began on the 16th). */
static int
visit_told(const PactDoc *doc, size_t a, size_t b)
{
  for (size_t i = a; i < b; i++) {
    if (events_entry_kind(doc, i, LEX_EVENT, "visit") || events_entry_kind(doc, i, LEX_EVENT, "presence")) {
      return 1;
    }
  }
  return 0;
}

/* Where the meeting of cue `mt` in sentence [a, b) was: told before the
 * cue or near after it, not "held talks in Singapore on Sunday and ...
 * in a message widely read as aimed at Beijing" (a city Singapore is not:
 * a country's name tells no place). */
static int32_t
meeting_place(const PactDoc *doc, size_t a, size_t b, const PactMatch *mt)
{
  size_t near = mt->tok + mt->n + 12;

  /* or near after the last one met: "paid a courtesy call on General X,
   * the Chief of Defence Staff, and on Minister Y at the defence
   * headquarters in Kigali" */
  for (size_t i = mt->tok + mt->n; i < b; i++) {
    if ((i > mt->tok + mt->n && events_entry_kind(doc, i, LEX_EVENT, "meeting")) ||
        pact_doc_key_is(doc, i, "according") || pact_doc_key_is(doc, i, "selon")) {
      break; /* "..., selon le texte transmis à la presse à Abuja": where it was told */
    }
    if (events_person_at(doc, i) >= 0 && i + 10 > near) {
      near = i + 10;
    }
  }

  /* "JAKARTA - X held talks in Washington with Y": the place the cue's
   * clause names after it, before the dateline's */
  size_t end = near < b ? near : b;
  for (size_t i = mt->tok + mt->n; i + 1 < end; i++) {
    if ((pact_doc_key_is(doc, i, "in") || pact_doc_key_is(doc, i, "a")) && pact_doc_entry(doc, i + 1, LEX_PLACE)) {
      int32_t after = events_place_in(doc, i + 1, i + 2);
      if (after >= 0) {
        return after;
      }
    }
  }
  int32_t here = events_place_in(doc, a, end);
  /* "... at the General Headquarters in Amman. There he called on General
   * X", "Sur place, il a rencontré": "there" opening the sentence (not
   * "there is") is the place of the sentence before */
  if (here < 0 && a > 0 && ((pact_doc_key_is(doc, a, "there") && !pact_doc_is_copula(doc, a + 1)) ||
                                 (pact_doc_key_is(doc, a, "sur") && pact_doc_key_is(doc, a + 1, "place")))) {
    size_t pa;
    size_t pb;
    events_sentence_span(doc, doc->toks.v[a - 1].sentence, a - 1, &pa, &pb);
    here = events_place_in(doc, pa, pb);
  }
  return here;
}

/* Whether the cue at mt, opening its sentence, is a participle with its
 * agent ("Accueilli à l'aéroport par X,", "Welcomed by X,"): the comma
 * that closes it in *end. */
static int
opening_participle(const PactDoc *doc, const PactMatch *mt, size_t b, size_t *end)
{
  int by = 0;

  if (doc->toks.v[mt->tok].kind != TOK_WORD) {
    return 0;
  }
  for (size_t i = mt->tok; i < mt->tok + mt->n; i++) {
    by |= pact_doc_key_is(doc, i, "par") || pact_doc_key_is(doc, i, "by");
  }
  for (size_t i = mt->tok + mt->n; i < b && i < mt->tok + mt->n + 16; i++) {
    by |= pact_doc_key_is(doc, i, "par") || pact_doc_key_is(doc, i, "by");
    if (pact_doc_is_punct(doc, i, ',') && by && i > mt->tok + mt->n) {
      /* past an apposition of the agent: "par le vice-ministre, Arman
       * Sargsian, M. Dendias": the comma after the name */
      if (events_person_at(doc, i + 1) >= 0 && i + 2 < b && events_person_at(doc, i - 1) < 0) {
        size_t k = i + 1;
        while (k < b && events_person_at(doc, k) >= 0) {
          k++;
        }
        if (pact_doc_is_punct(doc, k, ',')) {
          *end = k;
          return 1;
        }
      }
      *end = i;
      return 1;
    }
  }
  return 0;
}

/* "X, Chief of Staff of the Sudanese Armed Forces, and his Egyptian
 * counterpart, Y, attended the finale", "ont assisté ensemble à la
 * cérémonie": people of two sides who attend something together, in a
 * sentence that tells no meeting, met there (pact_doc_attendance() joins
 * those who sit in on a meeting told). The verb's subject only: not "in
 * the presence of", not "X was also present". */
static PactStatus
attended_together(PactDoc *doc, const PactMatch *mt)
{
  static const char *const verbs[] = {"attended", "took", "participated", "a", "ont", "assistaient", NULL};
  size_t a;
  size_t b;
  int32_t people[8];
  size_t n;

  if (!pact_doc_key_in(doc, mt->tok, verbs)) {
    return PACT_OK;
  }
  events_sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
  for (size_t i = a; i < b; i++) {
    if (events_entry_kind(doc, i, LEX_EVENT, "meeting")) {
      return PACT_OK;
    }
  }
  n = persons_from_two_sides(doc, a, mt->tok, people, 8);
  if (n < 2) {
    return PACT_OK;
  }
  const PactDate *date = events_date_in(doc, a, b, mt->tok, 0);
  date = date ? (date->range ? NULL : date) : events_narrative_date(doc, mt->tok);
  return add_meeting(doc, people, n, date, meeting_place(doc, a, b, mt), mt);
}

PactStatus
pact_doc_meetings(PactDoc *doc)
{
  /* the cue told before in the sentence: its subject, and where its
   * objects end ("X called on Y and held talks with Z": X held them) */
  int32_t prev_subject = -1;
  size_t prev_end = 0;
  uint32_t prev_sentence = UINT32_MAX;

  for (size_t m = 0; m < doc->n_matches; m++) {
    const PactMatch *mt = &doc->matches[m];
    const PactLexEntry *e = events_entry_kind(doc, mt->tok, LEX_EVENT, "meeting");
    size_t a;
    size_t b;
    int32_t subject;

    if (!e && events_welcomes_person(doc, mt)) {
      e = pact_doc_entry(doc, mt->tok, LEX_EVENT);
    }
    int32_t objects[8];
    size_t n_objects = 0;
    const PactDate *date;
    int32_t place;
    int between;
    size_t participle_end = 0;

    if (!e) {
      if (events_entry_kind(doc, mt->tok, LEX_EVENT, "attendance")) {
        PACT_TRY(attended_together(doc, mt));
      }
      continue;
    }
    events_sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
    /* "At that meeting both sides praised ...", "lors de cette rencontre":
     * the meeting told last, whoever else the sentence names */
    if (mt->tok > a && (pact_doc_key_is(doc, mt->tok - 1, "that") || pact_doc_key_is(doc, mt->tok - 1, "cette"))) {
      int32_t last = last_meeting(doc, mt->tok);
      if (last >= 0) {
        PACT_TRY(pact_thing_mention(&doc->things[last], doc->toks.v[mt->tok].start,
                                    doc->toks.v[mt->tok + mt->n - 1].end));
        continue;
      }
    }
    /* "The host brought much of his high command to the talks: A; B",
     * "aux entretiens": the talks told last before the sentence, which
     * the persons it names join (not a meeting of each with the
     * subject) */
    if (mt->tok > a + 1 &&
        (pact_doc_key_is(doc, mt->tok - 1, "aux") ||
         (pact_doc_key_is(doc, mt->tok - 1, "the") &&
          (pact_doc_key_is(doc, mt->tok - 2, "to") || pact_doc_key_is(doc, mt->tok - 2, "at") ||
           pact_doc_key_is(doc, mt->tok - 2, "into"))))) {
      int32_t last = last_meeting(doc, a);
      if (last >= 0) {
        int32_t people[8];
        size_t n = events_add_persons(doc, mt->tok + mt->n, b, people, 0, 8);
        for (size_t k = 0; k < n; k++) {
          PACT_TRY(pact_thing_ref(&doc->things[last].refs, &doc->things[last].n_refs, people[k]));
        }
        PACT_TRY(pact_thing_mention(&doc->things[last], doc->toks.v[mt->tok].start,
                                    doc->toks.v[mt->tok + mt->n - 1].end));
        continue;
      }
    }
    between = pact_doc_key_is(doc, mt->tok + mt->n, "between") || pact_doc_key_is(doc, mt->tok + mt->n, "entre");
    /* "was co-chaired by A and B", "coprésidée par A et par B", "was led
     * jointly by A and B": those after "by" are the meeting, whoever the
     * sentence's subject is */
    if (pact_doc_key_is(doc, mt->tok + mt->n, "by") || pact_doc_key_is(doc, mt->tok + mt->n, "par")) {
      for (size_t k = mt->tok; k < mt->tok + mt->n; k++) {
        between |= strncmp(pact_token_key(&doc->toks, k), "co", 2) == 0 || pact_doc_key_is(doc, k, "jointly") ||
                   pact_doc_key_is(doc, k, "conjointement");
      }
    }
    /* "Accueilli à l'aéroport par X, M. Dendias a eu un entretien avec
     * Y", "Welcomed at the airport by X, the minister ...": a participle
     * that opens the sentence is of the main clause's subject, and its
     * agent alone is met */
    if (mt->tok == a && !between && opening_participle(doc, mt, b, &participle_end)) {
      int32_t agent = -1;
      int32_t main_subject = -1;
      for (size_t i = mt->tok + mt->n; i < participle_end && agent < 0; i++) {
        agent = events_person_at(doc, i);
      }
      if (events_opens_with_reference(doc, participle_end + 1, b)) {
        main_subject = events_person_before(doc, a); /* "..., il y avait rencontré" */
      }
      for (size_t i = participle_end + 1; i < b && i < participle_end + 7 && main_subject < 0; i++) {
        main_subject = events_person_at(doc, i); /* "..., M. Dendias a eu" */
      }
      if (agent >= 0 && main_subject >= 0 && agent != main_subject) {
        int32_t pair[2] = {main_subject, agent};
        date = events_date_in(doc, a, b, mt->tok, 0);
        if (!date) {
          date = events_narrative_date(doc, mt->tok);
        }
        PACT_TRY(add_meeting(doc, pair, 2, date, meeting_place(doc, a, participle_end, mt), mt));
      }
      continue;
    }
    subject = between ? -1 : events_person_near(doc, a, b, mt->tok, 1);
    if (subject >= 0) {
      size_t end = mt->tok;
      while (end > a && events_person_at(doc, end - 1) != subject) {
        end--;
      }
      if (events_new_clause(doc, end, mt->tok)) {
        /* the sentence's subject: its first person, or whom the
         * sentence's opening "he" or "the minister" speaks of */
        size_t first = events_first_person(doc, a, b);
        static const char *const possessives[] = {"his", "her", "son", "sa", "ses", NULL};
        int pronoun = events_opens_with_reference(doc, a, first);
        for (size_t k = a; k < first && !pronoun; k++) {
          /* "On Tuesday he held talks", "His trip opened with" */
          pronoun = pact_doc_key_in(doc, k, events_subject_pronouns) || pact_doc_key_in(doc, k, possessives);
        }
        /* "Accueilli à l'aéroport par X, il y avait rencontré Y": a
         * first person who is a phrase's agent is not its subject */
        pronoun |= events_agent_of_phrase(doc, a, first);
        subject = pronoun ? events_person_before(doc, a) : events_apposed_subject(doc, a, b, first);
      }
    }
    if (subject < 0 && !between) {
      subject = events_described_person(doc, a, mt->tok);
    }
    /* "accompanied by General X, the Gambian officer was granted an
     * audience": the agent of an opening phrase is no subject; the
     * description after the phrase is */
    if (subject >= 0) {
      subject = past_opening_agent(doc, a, mt->tok, subject);
    }
    /* "called on President X and held talks with Y": a verb joined by
     * "and" to the cue before shares its subject, X is that cue's object */
    if (!between && prev_sentence == doc->toks.v[mt->tok].sentence && prev_subject >= 0 && subject != prev_subject &&
        prev_end <= mt->tok && events_joined_verb(doc, prev_end, mt->tok)) {
      subject = prev_subject;
    }
    for (size_t i = mt->tok + mt->n; i < b && n_objects < 8; i++) {
      int32_t p = events_person_at(doc, i);
      if (p < 0 && i == mt->tok + mt->n + 1) {
        p = events_guest_at(doc, i); /* "Khan received his guest" */
      }
      if (p < 0 && i == mt->tok + mt->n) {
        p = events_described_at(doc, i); /* "received the French minister" */
        /* "ont accordé une audience à l'officier bangladais" */
        if (p < 0 && (pact_doc_key_is(doc, i, "a") || pact_doc_key_is(doc, i, "to"))) {
          p = events_described_at(doc, i + 1);
        }
      }
      if (p < 0 && i == mt->tok + mt->n && subject >= 0 && (events_object_pronoun(doc, i - 1) || events_object_pronoun(doc, i))) {
        /* "X landed at the airfield, where Y welcomed him": the
         * sentence's first person, when not the verb's subject */
        size_t f = events_first_person(doc, a, b);
        p = f < b && events_person_at(doc, f) != subject ? events_person_at(doc, f) : -1;
        /* "a remis au général chinois la distinction, puis s'est
         * entretenu avec lui": the one described before in the sentence,
         * else the story's visitor, else the subject before */
        for (size_t k = a; p < 0 && k < mt->tok; k++) {
          p = events_described_at(doc, k);
          p = p == subject ? -1 : p;
        }
        if (p < 0) {
          p = events_visitor_other_than(doc, subject);
        }
        if (p < 0) {
          p = events_person_before(doc, a);
        }
      }
      if (p < 0 && i == mt->tok + mt->n && subject >= 0 && events_clitic_object(doc, mt->tok)) {
        /* "Le Premier ministre X l'a ensuite reçu": whom the story is of */
        p = events_visitor_other_than(doc, subject);
      }
      if (events_entry_kind(doc, i, LEX_EVENT, "attendance") || (n_objects > 0 && events_with_attendance(doc, i, b) < b)) {
        break; /* "en présence de X", "with X also taking part": X sits in (pact_doc_attendance()) */
      }
      if (n_objects > 0 && events_entry_kind(doc, i, LEX_EVENT, "meeting")) {
        break; /* "talks with X, and on Wednesday he met Y": Y is the next cue's */
      }
      if (pact_doc_key_is(doc, i, "according") || pact_doc_key_is(doc, i, "selon")) {
        break; /* "talks with X, according to ... his spokesman, Colonel Y": who reports it */
      }
      /* "received his guest on the instructions of King X", "reçu sur
       * instructions du roi X", "on behalf of President Y": who sent
       * them, not who met */
      if ((pact_doc_key_is(doc, i, "instructions") || pact_doc_key_is(doc, i, "instruction") ||
           pact_doc_key_is(doc, i, "behalf")) &&
          (pact_doc_key_is(doc, i + 1, "of") || pact_doc_key_is(doc, i + 1, "du") || pact_doc_key_is(doc, i + 1, "de"))) {
        break;
      }
      if (p >= 0 && p == events_person_at(doc, i)) {
        size_t end = i;
        while (end < b && events_person_at(doc, end) == p) {
          end++;
        }
        if (events_owns_event(doc, end, b)) {
          continue; /* "talks with Y, ... during President Z's visit": Z's visit, not Z met */
        }
      }
      int seen = p == subject;
      for (size_t k = 0; k < n_objects; k++) {
        seen |= objects[k] == p;
      }
      if (p >= 0 && !seen) {
        objects[n_objects++] = p;
      }
    }
    if (n_objects == 0) {
      int32_t pair[2];
      int two = 0;
      int32_t before[8];
      size_t n_before = persons_from_two_sides(doc, a, mt->tok, before, 8);
      /* "Lee and his Slovak counterpart, Jaroslav Nad, signed the
       * document after talks": the talks are those of the clause's
       * subjects, people of two countries */
      if (n_before >= 2) {
        date = events_date_in(doc, a, b, mt->tok, 0);
        date = date ? (date->range && visit_told(doc, a, b) ? NULL : date) : events_narrative_date(doc, mt->tok);
        PACT_TRY(add_meeting(doc, before, n_before, date, meeting_place(doc, a, b, mt), mt));
        continue;
      }
      for (size_t i = a; i < mt->tok; i++) {
        /* "the two ministers", "the two sides", "les deux délégations",
         * "the two of them": people; not "les deux pays s'est intensifiée"
         * (countries, whose talks of another year name no one of this
         * story) */
        static const char *const sides[] = {"sides", "parties", "delegations", "of", NULL};
        if (pact_doc_key_is(doc, i, "two") || pact_doc_key_is(doc, i, "deux") || pact_doc_key_is(doc, i, "both")) {
          /* "the two countries' defense chiefs": the noun within a few
           * words; not past a word of time ("two weeks after officers
           * from both armies met": others, unnamed) */
          static const char *const times[] = {"weeks", "days", "months", "years", "hours", "after", "before",
                                              "semaines", "jours", "mois", "ans", "annees", "apres", "avant",
                                              NULL};
          for (size_t k = i + 1; k < i + 5 && k < mt->tok && !two && !pact_doc_key_in(doc, k, times); k++) {
            two = events_plural_people(doc, k) || pact_doc_key_in(doc, k, sides);
          }
        }
      }
      if (two && subject < 0 && two_before(doc, mt->tok, pair)) {
        date = events_date_in(doc, a, b, mt->tok, 0);
        date = date ? (date->range && visit_told(doc, a, b) ? NULL : date) : events_narrative_date(doc, mt->tok);
        PACT_TRY(add_meeting(doc, pair, 2, date, meeting_place(doc, a, b, mt), mt));
      }
      continue;
    }
    /* "the meeting brought together Colonel Fall and his Mauritanian
     * counterpart, Mohamed Bellal": people of two countries after the
     * cue are the meeting, with no one from the sentence before */
    if (subject < 0 && !between && n_objects >= 2 && events_two_countries(doc, objects, n_objects)) {
      between = 1;
    }
    /* "The 12th meeting of the working group, ..., was co-chaired by A
     * and B": a noun that opens its sentence has no one before */
    size_t head = mt->tok;
    while (head > a && (events_ordinal_at(doc, head - 1) || events_cardinal(doc, head - 1) > 0)) {
      head--;
    }
    int noun_opens = head > a && head - 1 == a && events_is_determiner(doc, a);
    /* "In the afternoon both ministers were received in audience by the
     * President, X": the story's two ministers and those after the cue */
    int32_t pair[2];
    if (subject < 0 && !between && !noun_opens && n_objects + 2 <= 8 && events_two_titled(doc, mt->tok, pair) &&
        pair[0] != objects[0] && pair[1] != objects[0]) {
      objects[n_objects++] = pair[0];
      objects[n_objects++] = pair[1];
      between = 1;
    }
    if (subject < 0 && !between && !noun_opens) {
      /* "the Pakistani official notably met with ...": the one before */
      subject = events_person_before(doc, a);
      for (size_t k = 0; k < n_objects; k++) {
        if (objects[k] == subject) {
          subject = -1;
        }
      }
    }
    date = events_date_in(doc, a, b, mt->tok, 0);
    if (date && date->range && visit_told(doc, a, b)) {
      date = NULL; /* a range dates the visit, not this meeting */
    } else if (!date) {
      date = events_narrative_date(doc, mt->tok);
    }
    place = meeting_place(doc, a, b, mt);
    if (subject >= 0 && !between) {
      prev_subject = subject;
      prev_sentence = doc->toks.v[mt->tok].sentence;
      prev_end = mt->tok + mt->n;
      for (size_t i = prev_end; i < b; i++) {
        if (i > mt->tok + mt->n && events_entry_kind(doc, i, LEX_EVENT, "meeting")) {
          break;
        }
        if (events_person_at(doc, i) >= 0 && events_person_at(doc, i) != subject) {
          prev_end = i + 1; /* past the last object named */
        }
      }
    }
    if (between || subject < 0) {
      if (n_objects >= 2 || (subject >= 0)) {
        PACT_TRY(add_meeting(doc, objects, n_objects, date, place, mt));
      } else if (n_objects == 1 && !between) {
        /* "Kenya on Tuesday hosted Ghana's Defence Minister X", "Le
         * Sénégal a accueilli le ministre ghanéen X": a country receives
         * someone from elsewhere, who is visiting it */
        PACT_TRY(country_hosts(doc, a, mt->tok, objects[0], date));
      }
      continue;
    }
    /* "held talks with X and with Y", "avec X et avec Y": one meeting of
     * the three */
    if (n_objects >= 2 && events_with_repeated(doc, mt->tok + mt->n, b)) {
      int32_t all[9];
      all[0] = subject;
      memcpy(all + 1, objects, n_objects * sizeof *objects);
      PACT_TRY(add_meeting(doc, all, n_objects + 1, date, place, mt));
      continue;
    }
    if (n_objects >= 2 && events_objects_joined(doc, mt, b, n_objects)) {
      int32_t all[9];
      all[0] = subject;
      memcpy(all + 1, objects, n_objects * sizeof *objects);
      PACT_TRY(add_meeting(doc, all, n_objects + 1, date, place, mt));
      continue;
    }
    /* one meeting per counterpart: "X met Y and Z" */
    for (size_t k = 0; k < n_objects; k++) {
      int32_t pair[2] = {subject, objects[k]};
      PACT_TRY(add_meeting(doc, pair, 2, date, place, mt));
    }
  }
  return PACT_OK;
}
