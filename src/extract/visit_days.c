/* Days of visits told outside the sentences that tell the visits: "X
 * touched down on Monday", "X is due to fly home on Saturday" (the
 * visitor as the subject of a sentence with no word of a visit), and
 * whether a token is in the headline (a visit told there only takes the
 * lead's day, visits.c); the days and the visit of a companion. */
#include "extract/events.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Whether tok is in the headline: the text's first line, when a line
 * follows. */
int
events_in_headline(const PactDoc *doc, size_t tok)
{
  for (size_t i = 1; i <= tok && i < doc->toks.n; i++) {
    if (doc->toks.v[i].flags & TF_NEWLINE) {
      return 0;
    }
  }
  return 1;
}

/* "Le chef de l'armée de terre indienne achève à Alger une visite": the
 * country of the place or country the headline's visit cue goes to (after
 * the cue, or before it in the headline), not a demonym; -1 when the
 * headline tells no visit or no place. */
int32_t
events_headline_host(const PactDoc *doc)
{
  size_t end = 0;
  int cue = 0;

  /* one pass to the first line's end (events_in_headline() for each
   * token would walk the line again each time); a text of one line has
   * no headline */
  while (end < doc->toks.n && !(end > 0 && (doc->toks.v[end].flags & TF_NEWLINE))) {
    cue |= events_entry_kind(doc, end, LEX_EVENT, "visit") != NULL;
    end++;
  }
  if (end == doc->toks.n) {
    return -1;
  }
  for (size_t i = 0; cue && i < end; i++) {
    const PactLexEntry *c = pact_doc_entry(doc, i, LEX_COUNTRY);
    const PactLexEntry *p = pact_doc_entry(doc, i, LEX_PLACE);
    if (c && !pact_lex_is_demonym(c)) {
      return c->value;
    }
    if (p) {
      return pact_lexicon_place(doc->lex, p->value)->country;
    }
  }
  return -1;
}

/* The day told within 8 tokens of tok in [a, b), or NULL. */
static const PactDate *
day_near(const PactDoc *doc, size_t a, size_t b, size_t tok)
{
  const PactDate *d = events_date_in(doc, a, b, tok, 0);
  size_t far = d ? (d->tok > tok ? d->tok - tok : tok - d->tok) : b;

  return d && far <= 8 && strlen(d->start) == 10 ? d : NULL;
}

/* "Sidhu and his delegation touched down on Monday at Waterkloof", "He
 * is due to fly home on Saturday": a sentence with no word of a visit,
 * whose subject is a visitor, dates the visit's arrival or departure. A
 * day replaces a start known only to the month or the week; the day must
 * fall within a fortnight of a start already known to the day. */
void
events_visit_arrivals(PactDoc *doc)
{
  static const char *const arrive[] = {"arrived", "arrives", "landed", "lands", "touched", "arrive", NULL};
  /* leaving: on its own ("leaves on Saturday", "quittera Dakar samedi"),
   * or going home ("fly home", "return home", "fly back") */
  static const char *const leave[] = {"leave", "leaves", "depart", "departs", "ends", "quitte", "quittera", "repart",
                                      "repartira", NULL};
  static const char *const go[] = {"fly", "flies", "flew", "return", "returns", NULL};
  static const char *const home[] = {"home", "back", NULL};
  static const char *const visiting[] = {"visiting", NULL}; /* "The visiting general" */

  int visits = 0;
  size_t next_date = 0;

  for (size_t i = 0; i < doc->n_things && !visits; i++) {
    visits = doc->things[i].cls == PACT_VISIT && !doc->things[i].dead;
  }
  if (!visits) {
    return;
  }
  for (size_t s0 = 0; s0 < doc->toks.n; s0++) {
    size_t a;
    size_t b;
    if (!(doc->toks.v[s0].flags & TF_SENT)) {
      continue;
    }
    events_sentence_span(doc, doc->toks.v[s0].sentence, s0, &a, &b);
    s0 = b - 1; /* the next sentence next */
    /* a sentence with no date tells no day (dates are in token order) */
    while (next_date < doc->n_dates && doc->dates[next_date].tok < a) {
      next_date++;
    }
    if (next_date >= doc->n_dates || doc->dates[next_date].tok >= b) {
      continue;
    }
    int told = 0;
    for (size_t i = a; i < b && !told; i++) {
      told = events_entry_kind(doc, i, LEX_EVENT, "visit") != NULL;
    }
    /* a sentence that tells a visit is read by the main loop; one with
     * no one for subject names no visitor, unless it opens with the
     * delegation or the guest ("The Angolan delegation arrived on
     * Monday": events_described_person() below) */
    size_t lead = a + 6 < b ? a + 6 : b;
    size_t opening = a + 3 < b ? a + 3 : b;
    if (told || (events_first_person(doc, a, lead) >= lead && !events_opens_with_reference(doc, a, b) &&
                 pact_doc_first_in(doc, a, opening, events_guest_words) >= opening &&
                 pact_doc_first_in(doc, a, opening, visiting) >= opening)) {
      continue;
    }
    size_t on = pact_doc_first_in(doc, a, b, arrive);
    size_t off = pact_doc_first_in(doc, a, b, leave);
    size_t home_at = pact_doc_first_in(doc, a, b, go);
    if (on < b && pact_doc_key_is(doc, on, "touched") && !pact_doc_key_is(doc, on + 1, "down")) {
      on = b; /* "touched down" only */
    }
    /* "who left Beirut for Baghdad on Monday", "a quitté Beyrouth pour
     * Bagdad lundi": leaving home for the visit's place is its start */
    static const char *const left[] = {"left", "quitte", NULL};
    static const char *const towards[] = {"for", "pour", NULL};
    for (size_t i = a; on >= b && i + 2 < b; i++) {
      if (pact_doc_key_in(doc, i, left) && (pact_doc_key_in(doc, i + 2, towards) ||
                                             (i + 3 < b && pact_doc_key_in(doc, i + 3, towards)))) {
        on = i;
        if (off == i) {
          off = b;
        }
      }
    }
    if (home_at < off && pact_doc_key_in(doc, home_at + 1, home)) {
      off = home_at;
    }
    /* "is due back on Saturday" */
    static const char *const due[] = {"due", NULL};
    size_t due_at = pact_doc_first_in(doc, a, b, due);
    if (due_at < off && pact_doc_key_is(doc, due_at + 1, "back")) {
      off = due_at;
    }
    /* "He left Kathmandu on Sunday ... and is due back on Saturday":
     * leaving a place of another country than the visit's host is
     * setting off (the host, once known, is checked below) */
    int32_t left_from = -1;
    size_t set_off = on >= b ? pact_doc_first_in(doc, a, b, left) : b;
    if (set_off + 1 < b) {
      const PactLexEntry *pl = pact_doc_entry(doc, set_off + 1, LEX_PLACE);
      const PactLexEntry *c = pact_doc_entry(doc, set_off + 1, LEX_COUNTRY);
      left_from = pl ? pact_lexicon_place(doc->lex, pl->value)->country : (c && !pact_lex_is_demonym(c) ? c->value : -1);
      if (left_from >= 0) {
        on = set_off;
      }
    }
    if (on >= b && off >= b) {
      continue;
    }
    size_t verb = on < off ? on : off;
    size_t first = events_first_person(doc, a, verb);
    int32_t subject = first < verb && first < a + 6 ? events_person_at(doc, first) : -1;
    if (subject < 0 && first >= verb && events_opens_with_reference(doc, a, verb)) {
      subject = events_person_before(doc, a);
    }
    /* "The Angolan delegation arrived on Monday": whom it stands for */
    if (subject < 0 && first >= verb) {
      subject = events_described_person(doc, a, verb);
    }
    int32_t v = subject >= 0 ? events_find_visit(doc, subject, -1) : -1;
    if (v < 0) {
      continue;
    }
    PactThing *t = &doc->things[v];
    if (left_from >= 0 && left_from == t->host) {
      on = b; /* left the host's city: not setting off */
    }
    const PactDate *came = on < b ? day_near(doc, a, b, on) : NULL;
    const PactDate *went = off < b ? day_near(doc, a, b, off) : NULL;
    char lo[12];
    char hi[12];
    if (came && strlen(t->start) == 10 && pact_date_plus_days(t->start, -14, lo) &&
        pact_date_plus_days(t->start, 14, hi) && (strcmp(came->start, lo) < 0 || strcmp(came->start, hi) > 0)) {
      came = NULL; /* another time's arrival */
    }
    /* ... and a day before the one the visit took from a sentence that
     * told it in passing ("signed on Wednesday, the centrepiece of a
     * working visit"): the visit began when the visitor came */
    if (came && (strlen(t->start) < 10 || strcmp(came->start, t->start) < 0)) {
      memcpy(t->start, came->start, sizeof t->start);
    }
    if (went && !t->end[0] && (!t->start[0] || strcmp(went->start, t->start) >= 0)) {
      memcpy(t->end, went->start, sizeof t->end);
    }
  }
}

/* Whether `date` (YYYY, YYYY-MM or YYYY-MM-DD) falls after the
 * article's date, when the article has one. */
int
events_after_article(const PactDoc *doc, const char *date)
{
  char today[12];

  if (!doc->text->year || !doc->text->month || !doc->text->day) {
    return 0;
  }
  snprintf(today, sizeof today, "%04d-%02d-%02d", doc->text->year, doc->text->month, doc->text->day);
  return strncmp(date, today, strlen(date)) > 0;
}

/* "a visit to Uganda by General X", then "X sat down on Wednesday with
 * his Ugandan counterpart": a visit that no sentence dates began no later
 * than its visitor's first meeting of the story's days, the day the
 * reader takes for its start. Not a meeting of years before, nor one
 * after the article. */
void
events_visit_start_from_meetings(PactDoc *doc)
{
  if (!doc->text->year) {
    return; /* no story's days to tell */
  }
  for (size_t i = 0; i < doc->n_things; i++) {
    PactThing *v = &doc->things[i];
    const char *first = NULL;
    if (v->cls != PACT_VISIT || v->dead || v->start[0] || v->visitor < 0) {
      continue;
    }
    for (size_t k = 0; k < doc->n_things; k++) {
      const PactThing *m = &doc->things[k];
      int with = 0;
      if (m->cls != PACT_MEETING || m->dead || strlen(m->date) != 10) {
        continue;
      }
      for (size_t r = 0; r < m->n_refs; r++) {
        with |= m->refs[r] == v->visitor;
      }
      if (!with || atoi(m->date) < doc->text->year - 1 || events_after_article(doc, m->date)) {
        continue;
      }
      if (!first || strcmp(m->date, first) < 0) {
        first = m->date;
      }
    }
    if (first && (!v->end[0] || strcmp(first, v->end) <= 0)) {
      memcpy(v->start, first, sizeof v->start);
    }
  }
}

/* "The accord was put to paper in Ankara by X, Chad's minister" during
 * President Y's three-day visit: a visit known by one day (a signing, a
 * meeting) of someone from the country of another visitor to the same
 * host, whose days hold that day, is the same journey: a companion's
 * days are the leader's. */
void
events_companion_days(PactDoc *doc)
{
  for (size_t i = 0; i < doc->n_things; i++) {
    PactThing *v = &doc->things[i];
    if (v->cls != PACT_VISIT || v->dead || v->visitor < 0 || strlen(v->start) != 10 || v->end[0] ||
        doc->things[v->visitor].country < 0) {
      continue;
    }
    for (size_t j = 0; j < doc->n_things; j++) {
      const PactThing *w = &doc->things[j];
      if (j == i || w->cls != PACT_VISIT || w->dead || w->visitor < 0 || w->host != v->host ||
          doc->things[w->visitor].country != doc->things[v->visitor].country || strlen(w->start) != 10 ||
          strlen(w->end) != 10 || strcmp(w->start, v->start) > 0 || strcmp(w->end, v->start) < 0) {
        continue;
      }
      memcpy(v->start, w->start, sizeof v->start);
      memcpy(v->end, w->end, sizeof v->end);
      break;
    }
  }
}

/* "X avait fait le déplacement, accompagné du général Y", "X travelled
 * to Argentina, accompanied by General Y": who goes along on a visit, of
 * the visitor's country (or of none told) and not of the host's, makes
 * the visit too, on its days. */
PactStatus
pact_doc_companion_visits(PactDoc *doc)
{
  size_t n = doc->n_things;

  for (size_t i = 0; i < n; i++) {
    for (size_t m = 0; m < doc->things[i].n_mentions; m++) {
      const PactThing *v = &doc->things[i];
      if (v->cls != PACT_VISIT || v->dead || v->visitor < 0 || v->host < 0) {
        break;
      }
      size_t tok = pact_doc_token_at_byte(doc, v->mentions[m].start);
      size_t a;
      size_t b;
      size_t k = 0;
      if (tok >= doc->toks.n) {
        continue;
      }
      events_sentence_span(doc, doc->toks.v[tok].sentence, tok, &a, &b);
      int32_t y = events_companion(doc, a, b, &k);
      int32_t home = doc->things[v->visitor].country;
      if (y < 0 || y == v->visitor || home < 0 || (doc->things[y].country >= 0 && doc->things[y].country != home) ||
          home == v->host || events_is_ambassador(&doc->things[y]) || events_find_visit(doc, y, v->host) >= 0) {
        continue;
      }
      char start[12];
      char end[12];
      int32_t host = v->host;
      PactSpan said = {doc->toks.v[k].start, doc->toks.v[k].end};
      memcpy(start, v->start, sizeof start); /* copies: doc->things may move */
      memcpy(end, v->end, sizeof end);
      if (doc->things[y].country < 0) {
        doc->things[y].country = home;
      }
      int32_t w;
      PACT_TRY(events_add_implied_visit(doc, y, host, start, &said, (uint32_t)k, doc->toks.v[k].sentence, &w));
      memcpy(doc->things[w].end, end, sizeof doc->things[w].end);
      break;
    }
  }
  return PACT_OK;
}
