/* What the event detectors share. Private to src/extract/: events.c
 * (pact_doc_events) runs the detectors of agreements.c, exercises.c,
 * visits.c, meetings.c and signatories.c, then origins.c; they read a sentence's people
 * through clause.c, its dates through event_dates.c and its places and
 * countries through event_places.c. Shared helpers carry the prefix
 * events_. Token ranges are [a, b). The functions that return a
 * PactStatus add things or references to the PactDoc, which owns them
 * (doc.h); the others only read. Returned PactDate and PactLexEntry
 * pointers point into the doc and its lexicon. */
#ifndef PACT_EXTRACT_EVENTS_H
#define PACT_EXTRACT_EVENTS_H

#include "extract/doc.h"

/* The detectors, in the order events.c runs them. */
PactStatus pact_doc_agreements(PactDoc *doc);          /* agreements.c */
PactStatus pact_doc_exercises(PactDoc *doc);           /* exercises.c */
PactStatus pact_doc_other_editions(PactDoc *doc);      /* editions.c */
PactStatus pact_doc_exercise_references(PactDoc *doc); /* exercise_references.c */
PactStatus pact_doc_exercise_participants(PactDoc *doc); /* exercises.c */
PactStatus pact_doc_visits(PactDoc *doc);              /* visits.c */
PactStatus pact_doc_elliptic_visits(PactDoc *doc);     /* visit_ellipses.c */
PactStatus pact_doc_companion_visits(PactDoc *doc);    /* visit_days.c */
PactStatus pact_doc_delegations(PactDoc *doc);         /* delegations.c */
PactStatus pact_doc_meetings(PactDoc *doc);            /* meetings.c */
PactStatus pact_doc_attendance(PactDoc *doc);          /* meetings.c */
PactStatus pact_doc_signers_by_subject(PactDoc *doc);  /* signatories.c */
/* origins.c: the countries the text does not tell; `guessed` (one byte per
 * thing, zeroed) marks the persons given the host's by default, whom
 * pact_doc_home_guesses may give the dateline's instead. */
void pact_doc_fallback_countries(PactDoc *doc, uint8_t *guessed);
void pact_doc_home_guesses(PactDoc *doc, const uint8_t *guessed, size_t n);
/* A test build names one more detector with -DPACT_TEST_DETECTOR=name
 * (tests/arch/toy-class.test); it runs after the others' people and
 * dates are known, before the countries of persons are guessed. */
#ifdef PACT_TEST_DETECTOR
PactStatus PACT_TEST_DETECTOR(PactDoc *doc);
#endif

/* Who visits (visitors.c, for visits.c): the visitor from the persons
 * before the cue at tok in the sentence that starts at a; the person the
 * relative clause right after the cue names ("the visit that X made"),
 * b ending the sentence; the person named within `span` tokens after the
 * "by"/"par" at `by`. Each -1 when none. */
int32_t events_visitor_before(const PactDoc *doc, size_t a, size_t tok);
int32_t events_relative_visitor(const PactDoc *doc, const PactMatch *mt, size_t b);
int32_t events_agent_after(const PactDoc *doc, size_t by, size_t b, size_t span);

/* agreements.c, for signatories.c */
/* Of the agreements named in [a, b), the first token of the one nearest
 * to token tok, or (size_t)-1. */
size_t events_nearest_agreement(const PactDoc *doc, size_t a, size_t b, size_t tok);
/* The persons named after the "by"/"par" at `by`, up to `max`, before b;
 * their count. */
size_t events_signers_after(const PactDoc *doc, size_t by, size_t b, int32_t *out, size_t max);
/* Whether the words of signing to come at tok are the purpose of a
 * journey told as done ("s'est rendu à Belgrade pour y signer"). */
int events_travelled_to_sign(const PactDoc *doc, size_t a, size_t tok);

/* clause.c */
/* The entry of type `type` at tok whose kind is `kind` (any kind when
 * NULL), or NULL. */
const PactLexEntry *events_entry_kind(const PactDoc *doc, size_t tok, PactLexType type, const char *kind);
/* Tokens [*a, *b) of sentence s, which holds token `around`. */
void events_sentence_span(const PactDoc *doc, uint32_t s, size_t around, size_t *a, size_t *b);
/* The clause of sentence [a, b) that holds tok, [*ca, *cb): parted by
 * ";" and by a comma before "and", "et", "while", "but"... ("Sincere
 * Partners was held from December 23 to January 16, and a third exercise
 * took place in September 2023"). */
void events_clause_span(const PactDoc *doc, size_t a, size_t b, size_t tok, size_t *ca, size_t *cb);
/* Whether the phrase at [tok, tok + n) ends on a plural ("memoranda"). */
int events_is_plural(const PactDoc *doc, size_t tok, size_t n);
int events_is_determiner(const PactDoc *doc, size_t tok);
/* The person thing that token tok names, or -1. */
int32_t events_person_at(const PactDoc *doc, size_t tok);
size_t events_first_person(const PactDoc *doc, size_t a, size_t b);
int events_owns_event(const PactDoc *doc, size_t tok, size_t b);
int32_t events_person_near(const PactDoc *doc, size_t a, size_t b, size_t tok, int before);
/* "he", "she", "il", "elle"; NULL-terminated. */
extern const char *const events_subject_pronouns[];
int events_opens_with_reference(const PactDoc *doc, size_t a, size_t b);
/* The subject of the sentence [a, b) whose first person is at `first`:
 * that person, or the one in apposition after "X's predecessor," or "le
 * prédécesseur de X," (clause.c). */
int32_t events_apposed_subject(const PactDoc *doc, size_t a, size_t b, size_t first);
int32_t events_person_before(const PactDoc *doc, size_t tok);
int events_agent_of_phrase(const PactDoc *doc, size_t a, size_t first);
int32_t events_described_at(const PactDoc *doc, size_t tok);
/* "The Ghanaian minister later met ...", "La délégation brésilienne a
 * été reçue", "The visitor then called on": the person a sentence [a,
 * tok) opens by describing (meetings.c), or -1. */
int32_t events_described_person(const PactDoc *doc, size_t a, size_t tok);
/* Who goes along in the sentence [a, b): the person within a few words
 * after "accompanied by", "accompagné du" (its word's index to *cue when
 * cue is not NULL), or -1 (meeting_people.c). */
int32_t events_companion(const PactDoc *doc, size_t a, size_t b, size_t *cue);
/* The words by which events_described_person() reads a delegation or a
 * guest ("the delegation", "his guest"). */
extern const char *const events_guest_words[];
/* meeting_people.c: the visitor of the first visit told (of one from
 * `country` unless -1), or -1; the same unless it is `subject`. */
int32_t events_story_visitor(const PactDoc *doc, int32_t country);
int32_t events_visitor_other_than(const PactDoc *doc, int32_t subject);
/* "him", "her", "lui" at tok; a French object pronoun before the verb at
 * tok ("l'a reçu"); "his guest", "son invité" at tok (the story's
 * visitor, or -1). */
int events_object_pronoun(const PactDoc *doc, size_t tok);
int events_clitic_object(const PactDoc *doc, size_t tok);
int32_t events_guest_at(const PactDoc *doc, size_t tok);
/* Whether the n_objects persons after the cue at mt (up to b) stand in
 * one coordination ("received King X and Crown Prince Y"). */
int events_objects_joined(const PactDoc *doc, const PactMatch *mt, size_t b, size_t n_objects);
/* Whether a verb of speech at mt has a person for object ("welcomed
 * King X"): a reception then. */
int events_welcomes_person(const PactDoc *doc, const PactMatch *mt);
int events_two_titled(const PactDoc *doc, size_t tok, int32_t out[2]);
int events_plural_people(const PactDoc *doc, size_t tok);
int events_is_ambassador(const PactThing *t);
/* Whether one of t's titles holds the word `key` (a token key) whole:
 * "the admiral" is one whose title holds "admiral". */
int events_titled_as(const PactThing *t, const char *key);
/* Appends to out[0..n) each person named in [a, b) not there yet, up to
 * `max`; returns the new count. */
size_t events_add_persons(const PactDoc *doc, size_t a, size_t b, int32_t *out, size_t n, size_t max);
/* Where the "with"/"avec" at tok opens those who sit in ("with X and Y
 * also taking part"): the cue of attendance in [tok, b), or b. */
size_t events_with_attendance(const PactDoc *doc, size_t tok, size_t b);

/* event_dates.c */
const PactDate *events_date_in(const PactDoc *doc, size_t a, size_t b, size_t near, int want_range);
const PactDate *events_narrative_date(const PactDoc *doc, size_t tok);
/* The value of the cardinal word at tok ("two", "trois"), or 0. */
int events_cardinal(const PactDoc *doc, size_t tok);
/* A length told in [a, b) ("a three-day visit", "two weeks"), in days, or 0. */
int events_duration_days(const PactDoc *doc, size_t a, size_t b);
/* An exercise's length of `days` (2 to 62) gives its start from its end,
 * when only the end is known, or its end from its start. */
void events_days_from_length(PactThing *t, int days);
/* 1 when the nearest verb before the date at tok in its clause (from a)
 * tells an ending ("closed at the base on 28 February"), -1 a
 * starting, 0 neither. */
int events_clause_verb(const PactDoc *doc, size_t a, size_t tok);

/* event_places.c */
size_t events_countries_in(const PactDoc *doc, size_t a, size_t b, int32_t *out, size_t max);
size_t events_principal_countries(const PactDoc *doc, int32_t out[2]);
int events_not_destination(const PactDoc *doc, size_t tok);
/* The country the word at tok names: a country's name (not a demonym:
 * "the Indian minister" goes nowhere) or a known place's country; -1
 * when it names neither. */
int32_t events_country_named_at(const PactDoc *doc, size_t tok);
PactStatus events_give_countries(PactDoc *doc, PactThing *t, const int32_t *found, size_t n);
/* The first place of [a, b) where something can happen, as the index of
 * its thing, or -1. */
int32_t events_place_in(const PactDoc *doc, size_t a, size_t b);
/* The country of the demonym beside "capital"/"capitale" at tok ("the Lao
 * capital", "la capitale lao"), or -1 (event_places.c). */
int32_t events_capital_country(const PactDoc *doc, size_t tok);

/* exercises.c */
/* Whether exercise t began years before the article (its start a year
 * before the article's year, or earlier): the series' history. */
int events_began_years_before(const PactDoc *doc, const PactThing *t);
/* How many tokens the "until" at tok takes: 1 for "until", "till", 3 for
 * "jusqu ' au"; 0 when there is none. */
size_t events_until_at(const PactDoc *doc, size_t tok);
/* Event t's end from "until"/"jusqu'au" and a date in [from, b), when t
 * has a start and no end and the date comes later, at its precision. */
void events_end_until(const PactDoc *doc, size_t from, size_t b, PactThing *t);

/* exercise_names.c */
int events_ordinal_at(const PactDoc *doc, size_t tok);
/* The value of a lower-case roman numeral, I to L ("xxiii"); 0 when `s`
 * is none. */
int events_roman(const char *s);
/* "The previous command post exercise", "le précédent exercice": whether
 * the exercise cue at tok (sentence from a) tells an earlier edition. */
int events_previous_cue(const PactDoc *doc, size_t a, size_t tok);
/* The edition an ordinal before "edition"/"iteration" gives in [a, b),
 * and one an ordinal right before the cue at tok gives ("the 13th
 * exercise"); 0 when none. */
int events_edition_in(const PactDoc *doc, size_t a, size_t b);
int events_edition_before_cue(const PactDoc *doc, size_t a, size_t tok);
/* The exercise's name the cue `mt` tells, as tokens [*na, *nb); 0 when it
 * tells none. */
int events_exercise_name(const PactDoc *doc, const PactMatch *mt, size_t *na, size_t *nb);

/* visits.c */
int32_t events_find_visit(const PactDoc *doc, int32_t visitor, int32_t host);
/* agreement_cues.c: whether the agreement word `mt` names no agreement
 * where it stands (a modifier, an organisation's name, denied, a verb). */
int events_no_agreement_cue(const PactDoc *doc, const PactMatch *mt);
/* agreement_sets.c: how many agreements the plural word at mt counts
 * ("two protocols"; 0 when it counts none or a set told before); the
 * copies that make up each counted set (their number in *added); the
 * areas of a set of two shared out ("one covering X and the other Y"). */
int events_agreement_set(const PactDoc *doc, const PactMatch *mt);
PactStatus events_agreement_copies(PactDoc *doc, size_t *added);
PactStatus events_agreement_shares(PactDoc *doc);
/* The signatories found for one member of a set, given to every member
 * (pact_doc_events(), after pact_doc_signers_by_subject()). */
PactStatus events_agreement_set_signers(PactDoc *doc);
/* visit_cues.c: whether the visit cue `mt` in the sentence [a, b) tells
 * no visit ("came to power", "invited X to visit", "the Visiting Forces
 * Agreement", "had never visited"). */
int events_no_visit_cue(const PactDoc *doc, const PactMatch *mt, size_t a, size_t b);
/* visit_cues.c: whether a visit told in the sentence [a, b) to `host`
 * cannot be visit o (its visitor's own country, another year); whether
 * the date d after the cue mt is another visit's, of someone the
 * sentence names, not `visitor`'s. */
int events_other_visit(const PactDoc *doc, const PactThing *o, int32_t host, size_t a, size_t b);
int events_date_of_other_visit(const PactDoc *doc, const PactMatch *mt, const PactDate *d, int32_t visitor);
/* visit_days.c: whether tok is in the headline; the arrival and departure
 * days told of each visitor in sentences with no word of a visit. */
int events_in_headline(const PactDoc *doc, size_t tok);
/* visit_days.c: the country the headline's visit goes to, or -1. */
int32_t events_headline_host(const PactDoc *doc);
void events_visit_arrivals(PactDoc *doc);
/* visit_days.c: whether `date` (YYYY, YYYY-MM or YYYY-MM-DD) falls after
 * the article's date, when the article has one. */
int events_after_article(const PactDoc *doc, const char *date);
/* visit_days.c: a visit no sentence dates starts at its visitor's first
 * meeting of the story's days (run after the meetings). */
void events_visit_start_from_meetings(PactDoc *doc);
/* visit_days.c: a companion's visit, known by one day inside the days of
 * a visit to the same host from the same country, takes those days (run
 * last, once every visit and country is known). */
void events_companion_days(PactDoc *doc);
PactStatus events_add_implied_visit(PactDoc *doc, int32_t visitor, int32_t host, const char *start,
                                    const PactSpan *span, uint32_t tok, uint32_t sentence, int32_t *out);

/* How clauses join (clause.c): whether a new clause starts between tok
 * a and the cue at b, with no new subject; whether [a, b) between one
 * verb's objects and the next cue joins two verbs of one subject ("and",
 * "then", a comma before a past verb); whether a cue's objects in [a, b)
 * are joined by "and with", "et avec". */
int events_new_clause(const PactDoc *doc, size_t a, size_t b);
int events_joined_verb(const PactDoc *doc, size_t a, size_t b);
int events_with_repeated(const PactDoc *doc, size_t a, size_t b);

/* meetings.c */
int events_holds_all(const PactThing *t, const int32_t *people, size_t n);
int events_two_countries(const PactDoc *doc, const int32_t *people, size_t n);

#endif
