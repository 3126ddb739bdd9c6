/* When an event was: the date expression of its sentence nearest to its
 * cue (not the dateline's), the time of the story told before when the
 * sentence has none, and a length told in days or weeks. */
#include "extract/events.h"

#include <stdlib.h>
#include <string.h>

/* "NAIROBI, June 3 -", "DAKAR, 3 juin —": the dateline's date is the
 * report's, not an event's. A date near the story's start, after a
 * comma and before a dash or a colon. */
static int
dateline_date(const PactDoc *doc, const PactDate *d)
{
  size_t after = d->tok + d->n;
  size_t line = d->tok;
  size_t lines = 0;

  /* near the start of the text's first or second line (a headline may
   * come first) */
  while (line > 0 && !(doc->toks.v[line].flags & TF_NEWLINE)) {
    line--;
  }
  for (size_t i = 0; i < line && lines < 2; i++) {
    lines += (doc->toks.v[i].flags & TF_NEWLINE) != 0;
  }
  if (d->tok - line > 12 || lines >= 2) {
    return 0;
  }
  if (d->tok == 0 || !pact_doc_is_punct(doc, d->tok - 1, ',') || after >= doc->toks.n ||
      doc->toks.v[after].kind != TOK_PUNCT) {
    return 0;
  }
  /* "—" and "–" too: the reader has made every dash "-" (read/article.c) */
  return pact_doc_is_punct(doc, after, '-') || pact_doc_is_punct(doc, after, ':');
}

/* The date expression of [a, b) nearest to `near`, or NULL. When the
 * nearest is one that cannot be resolved ("on Tuesday" without an article
 * date), the answer is NULL too: a farther date is about something else. */
const PactDate *
events_date_in(const PactDoc *doc, size_t a, size_t b, size_t near, int want_range)
{
  const PactDate *best = NULL;
  size_t best_dist = (size_t)-1;

  for (size_t i = 0; i < doc->n_dates; i++) {
    const PactDate *d = &doc->dates[i];
    size_t dist;
    if (d->tok < a || d->tok >= b || (want_range && !d->range) || d->life || dateline_date(doc, d)) {
      continue;
    }
    dist = d->tok > near ? d->tok - near : near - d->tok;
    if (dist < best_dist) {
      best = d;
      best_dist = dist;
    }
  }
  return best && best->start[0] ? best : NULL;
}

/* A sentence with no date of its own goes on in the time of the story
 * told before it: the last date named earlier in the article ("signed on
 * Monday ... on the sidelines of talks between Tusk and Schoof"; "In May
 * ... At a joint press conference with Schoof, he invited"). Not a range:
 * that is the visit's span, not the day of one meeting in it; nor a date
 * told in the pluperfect. */
const PactDate *
events_narrative_date(const PactDoc *doc, size_t tok)
{
  const PactDate *best = NULL;

  static const char *const pluperfect[] = {"had", "avait", "avaient", NULL};

  /* "Cet accord avait été signé le 15 octobre 2019 ... Les deux chefs
   * d'État s'étaient entretenus": a sentence told in the pluperfect
   * itself goes on in the past time of the sentence before it */
  if (tok < doc->toks.n) {
    static const char *const past_aux[] = {"had", "avait", "avaient", "etait", "etaient", NULL};
    size_t a;
    size_t b;
    uint32_t s = doc->toks.v[tok].sentence;
    events_sentence_span(doc, s, tok, &a, &b);
    if (pact_doc_first_with(doc, a, tok, past_aux) < tok || (tok > 0 && pact_doc_key_in(doc, tok - 1, past_aux))) {
      const PactDate *last = NULL;
      for (size_t i = 0; i < doc->n_dates && doc->dates[i].tok < tok; i++) {
        uint32_t ds = doc->toks.v[doc->dates[i].tok].sentence;
        if ((ds == s || ds + 1 == s) && !doc->dates[i].range && doc->dates[i].start[0] && !doc->dates[i].life) {
          last = &doc->dates[i];
        }
      }
      if (last) {
        return last;
      }
    }
  }
  for (size_t i = 0; i < doc->n_dates && doc->dates[i].tok < tok; i++) {
    const PactDate *d = &doc->dates[i];
    int past = d->life;
    /* "replacing a memorandum the two countries had signed in 1993": a
     * date of the story's past, not of its time */
    for (size_t k = d->tok > 4 ? d->tok - 4 : 0; k < d->tok && !past; k++) {
      past = pact_doc_key_in(doc, k, pluperfect);
    }
    /* a date of years before, deep in its sentence, is a clause's
     * history ("after the steps India took on August 5, 2019"), not the
     * story's time; one that opens its sentence ("In 2019, ...") is */
    if (!past && d->start[0] && doc->text->year && atoi(d->start) < doc->text->year) {
      size_t a;
      size_t b;
      events_sentence_span(doc, doc->toks.v[d->tok].sentence, d->tok, &a, &b);
      past = d->tok > a + 6 && (atoi(d->start) < doc->text->year - 1 || strlen(d->start) == 10);
    }
    /* a sentence's first date (after the dateline's) is its time; a
     * later one is of a clause within it ("signed on Tuesday a plan of 79
     * activities, against 48 in 2023") */
    if (!d->range && d->start[0] && !past &&
        (!best || doc->toks.v[best->tok].sentence != doc->toks.v[d->tok].sentence || dateline_date(doc, best))) {
      best = d;
    }
  }
  return best;
}

void
events_days_from_length(PactThing *t, int days)
{
  if (days <= 1 || days > 62) {
    return;
  }
  if (!t->start[0]) {
    pact_date_plus_days(t->end, -(days - 1), t->start);
  } else if (!t->end[0]) {
    pact_date_plus_days(t->start, days - 1, t->end);
  }
}

/* The value of a cardinal word at `tok`, looked up on its own (the token
 * may be inside a longer phrase such as "two-day visit"). */
int
events_cardinal(const PactDoc *doc, size_t tok)
{
  uint32_t node = pact_lexicon_step_hash(doc->lex, pact_lexicon_root(doc->lex), doc->toks.v[tok].hash);
  size_t n;
  const PactLexEntry *e = pact_lexicon_entries(doc->lex, node, &n);

  for (size_t i = 0; i < n; i++) {
    if (e[i].type == LEX_CARDINAL) {
      return e[i].value;
    }
  }
  return 0;
}

int
events_duration_days(const PactDoc *doc, size_t a, size_t b)
{
  for (size_t i = a; i + 1 < b; i++) {
    int v = events_cardinal(doc, i);
    size_t k = i + 1;
    if (!v && doc->toks.v[i].kind == TOK_NUMBER) {
      v = atoi(pact_token_key(&doc->toks, i));
    }
    if (!v) {
      continue;
    }
    if (pact_doc_key_is(doc, k, "de") || pact_doc_key_is(doc, k, "d")) {
      continue; /* "trois jours" comes as "de trois jours": the number first */
    }
    if (pact_doc_is_punct(doc, k, '-')) {
      k++;
    }
    /* "three weeks after Sisi's own visit", "deux jours plus tard",
     * "il y a trois semaines": a distance in time, not a length */
    static const char *const distance[] = {"after", "before", "ago", "later", "earlier", "apres", "avant", "plus",
                                           "auparavant", "since", NULL};
    if (pact_doc_key_in(doc, k + 1, distance) || (i > a && pact_doc_key_is(doc, i - 1, "a") &&
                                                  i > a + 1 && pact_doc_key_is(doc, i - 2, "y"))) {
      continue;
    }
    if (pact_doc_key_is(doc, k, "day") || pact_doc_key_is(doc, k, "days") || pact_doc_key_is(doc, k, "jours") ||
        pact_doc_key_is(doc, k, "jour") || pact_doc_key_is(doc, k, "journee")) {
      return v;
    }
    if (pact_doc_key_is(doc, k, "week") || pact_doc_key_is(doc, k, "weeks") || pact_doc_key_is(doc, k, "semaine") ||
        pact_doc_key_is(doc, k, "semaines")) {
      return 7 * v; /* "after two weeks of training" */
    }
  }
  return 0;
}

/* Whether the verb of the clause that holds the date at tok (the
 * nearest verb of starting or ending before it, back to a ";" or the
 * clause's "when", "where", "lorsque", never past a start of the
 * sentence `a`) tells an ending: "The third edition closed at the Port
 * Sudan naval base on 28 February 2019". 1 for an ending, -1 for a
 * starting, 0 when neither stands there. */
int
events_clause_verb(const PactDoc *doc, size_t a, size_t tok)
{
  static const char *const starting[] = {"began", "begun", "begin", "start", "kicked", "commenc", "debut", "demarr",
                                         "entam", "opened", "ouvert", "launch", "lanc", "since", "depuis", NULL};
  static const char *const ending[] = {"ended", "ends", "conclud", "wrap", "closed", "clos", "achev", "termin",
                                       "finish", NULL};
  static const char *const clause[] = {"when", "where", "while", "lorsque", "quand", "ou", "alors", NULL};

  for (size_t k = tok; k > a && k + 12 > tok; k--) {
    if (pact_doc_is_punct(doc, k - 1, ';') || pact_doc_key_in(doc, k - 1, clause)) {
      return 0;
    }
    if (pact_doc_first_with(doc, k - 1, k, ending) < k) {
      return 1;
    }
    if (pact_doc_first_with(doc, k - 1, k, starting) < k) {
      return -1;
    }
  }
  return 0;
}
