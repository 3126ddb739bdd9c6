/* The sentences that speak of an exercise told before, with no cue of
 * their own: "The training will continue until March 9", "It is due to
 * wrap up on March 12", "Its eighth edition opened on October 4",
 * "Selenga-2025 opened at Burduny on Saturday, August 16". They give that
 * exercise its dates. */
#define _POSIX_C_SOURCE 200809L /* strdup */
#include "extract/events.h"
#include "util/text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Whether one of t's mentions lies in sentence s. */
static int
told_in_sentence(const PactDoc *doc, const PactThing *t, uint32_t s)
{
  for (size_t m = 0; m < t->n_mentions; m++) {
    size_t lo = pact_doc_token_at_byte(doc, t->mentions[m].start);
    if (lo < doc->toks.n && doc->toks.v[lo].sentence == s) {
      return 1;
    }
  }
  return 0;
}

/* Whether an edition told from `i` is the exercise `last`: "Its eighth
 * edition", "this year's edition", "cette édition", with an ordinal that
 * agrees with last's edition, never "the previous edition" nor "la
 * première édition". */
static int
is_this_edition(const PactDoc *doc, size_t i, const PactThing *last)
{
  static const char *const own[] = {"its", "this", "the", "son", "sa", "cette", "l", NULL};
  size_t k = i + 1;
  int ord;

  if (!pact_doc_key_in(doc, i, own)) {
    return 0;
  }
  if (pact_doc_key_is(doc, i, "this") && pact_doc_key_is(doc, k, "year") && pact_doc_is_punct(doc, k + 1, '\'') &&
      pact_doc_key_is(doc, k + 2, "s")) {
    k += 3;
  } else if (pact_doc_is_punct(doc, k, '\'')) {
    k++;
  }
  if ((ord = events_ordinal_at(doc, k)) != 0) {
    if (last->edition != ord) {
      return 0;
    }
    k++;
  }
  return pact_doc_key_is(doc, k, "edition");
}

/* The number of tokens from `tok` that spell a name whose key (folded
 * by pact_text_key()) is `key`, word by word past the hyphens between
 * ("Selenga-2025"), or 0. */
static size_t
name_spelled_at(const PactDoc *doc, size_t tok, const char *key)
{
  const char *w = key;
  size_t k = tok;

  while (*w && k < doc->toks.n) {
    size_t n = 0;
    while (w[n] && (isalnum((unsigned char)w[n]) || (unsigned char)w[n] >= 0x80)) {
      n++;
    }
    if (n == 0) {
      w++;
      continue;
    }
    while (k < doc->toks.n && doc->toks.v[k].kind != TOK_WORD && doc->toks.v[k].kind != TOK_NUMBER) {
      k++;
    }
    if (k >= doc->toks.n || doc->toks.v[k].key_len != n || memcmp(pact_token_key(&doc->toks, k), w, n) != 0) {
      return 0;
    }
    k++;
    w += n;
  }
  return *w ? 0 : k - tok;
}

/* The folded names of the article's exercises, by thing index (NULL
 * where a thing is no named exercise): folded once, not at every
 * sentence. Owned by the caller, freed with free_name_keys(). */
static PactStatus
exercise_name_keys(const PactDoc *doc, char ***out)
{
  char **keys = calloc(doc->n_things ? doc->n_things : 1, sizeof *keys);

  *out = keys;
  if (!keys) {
    return PACT_ERR_NOMEM;
  }
  for (size_t k = 0; k < doc->n_things; k++) {
    const PactThing *t = &doc->things[k];
    PactBuf key = {0};
    if (t->cls != PACT_EXERCISE || t->dead || !t->name) {
      continue;
    }
    if (pact_text_key(&key, t->name, strlen(t->name)) != PACT_OK || !(keys[k] = strdup(pact_buf_str(&key)))) {
      pact_buf_free(&key);
      return PACT_ERR_NOMEM;
    }
    pact_buf_free(&key);
  }
  return PACT_OK;
}

static void
free_name_keys(char **keys, size_t n)
{
  for (size_t k = 0; keys && k < n; k++) {
    free(keys[k]);
  }
  free(keys);
}

/* "Selenga-2025 opened at Burduny on Saturday, August 16": the one day
 * of [a, b) after a verb of starting, within a few words of it. */
static const PactDate *
start_told(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const starting[] = {"began", "begun", "start", "kicked", "commenc", "debut", "demarr", "entam",
                                         "opened", "ouvert", "launch", "lanc", "got", NULL};
  for (size_t d = 0; d < doc->n_dates; d++) {
    const PactDate *date = &doc->dates[d];
    if (date->tok < a || date->tok >= b || date->range || date->life || !date->start[0]) {
      continue;
    }
    size_t from = date->tok > a + 8 ? date->tok - 8 : a;
    if (pact_doc_first_with(doc, from, date->tok, starting) < date->tok) {
      return date;
    }
  }
  return NULL;
}

/* "Until July 19 the Moldovans will train with US soldiers", "Jusqu'au
 * 16 février, des militaires ... vont s'entraîner", "Land, air and naval
 * units will train ... until May 23": a day after "until" in a sentence
 * that tells no visit nor meeting ends the story's exercise, the one
 * exercise still open whose start falls in the two months before that
 * day (none when two would). */
static void
until_in_story(PactDoc *doc)
{
  for (size_t i = 0; i + 1 < doc->toks.n; i++) {
    if (!events_until_at(doc, i)) {
      continue;
    }
    size_t a;
    size_t b;
    events_sentence_span(doc, doc->toks.v[i].sentence, i, &a, &b);
    const PactDate *until = events_date_in(doc, i, b, i, 0);
    if (!until || until->range || until->tok > i + 5 || strlen(until->start) != 10) {
      continue;
    }
    int other = 0;
    for (size_t k = a; k < b && !other; k++) {
      other = events_entry_kind(doc, k, LEX_EVENT, "visit") || events_entry_kind(doc, k, LEX_EVENT, "meeting");
    }
    PactThing *open = NULL;
    int n_open = 0;
    for (size_t k = 0; !other && k < doc->n_things; k++) {
      PactThing *t = &doc->things[k];
      char limit[12];
      if (t->cls != PACT_EXERCISE || t->dead || strlen(t->start) != 10 || strcmp(t->start, until->start) >= 0 ||
          !pact_date_plus_days(t->start, 60, limit) || strcmp(until->start, limit) > 0) {
        continue;
      }
      if (t->end[0]) {
        n_open = 2; /* one that has an end is the story's: the day is another's */
        break;
      }
      open = t;
      n_open++;
    }
    if (n_open == 1) {
      memcpy(open->end, until->start, sizeof open->end);
    }
  }
}

/* "The training will continue until March 9", "Les manœuvres se
 * déroulent du 24 février au 9 mars", "Its eighth edition opened on
 * October 4 and will run until October 15": a sentence whose subject is a
 * definite description of an exercise, with no name of its own, speaks of
 * the exercise told last before it; it gives that one's end, or its
 * range when the start agrees. */
PactStatus
pact_doc_exercise_references(PactDoc *doc)
{
  static const char *const heads[] = {"training", "exercise", "exercises", "drill", "drills", "manoeuvres",
                                      "maneuvers", "exercice", "exercices", "entrainement", NULL};
  static const char *const pronouns[] = {"it", "they", "elle", "ils", "elles", NULL};
  static const char *const ends[] = {"end", "conclud", "wrap", "close", "closing", "achev", "termin", "clotur",
                                     "finish", NULL};
  int any = 0;
  char **names;
  PactStatus st;

  for (size_t k = 0; k < doc->n_things && !any; k++) {
    any = doc->things[k].cls == PACT_EXERCISE && !doc->things[k].dead;
  }
  if (!any) {
    return PACT_OK;
  }
  st = exercise_name_keys(doc, &names);
  for (size_t i = 0; st == PACT_OK && i + 1 < doc->toks.n; i++) {
    size_t a;
    size_t b;
    PactThing *last = NULL;
    uint32_t last_at = 0;
    const PactDate *range;

    /* "Décidées par le roi, ces manœuvres se déroulent du 1er au 25
     * mars": the subject may follow a clause before the comma */
    if (!(i == 0 || (doc->toks.v[i].flags & TF_SENT) || pact_doc_is_punct(doc, i - 1, ','))) {
      continue;
    }
    /* "It is due to wrap up on March 12", "Elle s'achèvera le 12 mars":
     * a pronoun that opens the sentence after one that told the exercise */
    int pronoun = (doc->toks.v[i].flags & TF_SENT) && pact_doc_key_in(doc, i, pronouns);
    /* "l'exercice": the elided article is its own token */
    int described = (pact_doc_key_in(doc, i + 1, heads) ||
                     (pact_doc_is_punct(doc, i + 1, '\'') && pact_doc_key_in(doc, i + 2, heads))) &&
                    events_is_determiner(doc, i);
    /* "Training will continue until August 29": the head alone opens
     * the sentence (not "Exercise Salt Wind", which names one) */
    int bare = (doc->toks.v[i].flags & TF_SENT) && pact_doc_key_in(doc, i, heads) &&
               !(doc->toks.v[i + 1].flags & TF_CAP);
    /* "Its eighth edition opened on October 4": checked below, once the
     * exercise it may be is known */
    int edition = !pronoun && !described && !bare && doc->toks.v[i].kind == TOK_WORD &&
                  (pact_doc_key_is(doc, i + 1, "edition") || pact_doc_key_is(doc, i + 2, "edition") ||
                   pact_doc_key_is(doc, i + 4, "edition"));
    /* "The closing ceremony on Friday", "La cérémonie de clôture, le
     * mardi 16 juillet": the day the exercise ended */
    int closing = ((pact_doc_key_is(doc, i + 1, "closing") && pact_doc_key_is(doc, i + 2, "ceremony")) ||
                   (pact_doc_key_is(doc, i + 1, "ceremonie") && pact_doc_key_is(doc, i + 2, "de") &&
                    pact_doc_key_is(doc, i + 3, "cloture"))) &&
                  events_is_determiner(doc, i);
    /* "Selenga-2025 opened at Burduny on Saturday": the name of an
     * exercise told, alone, as the subject (with no cue after it: that
     * sentence is the cue's) */
    PactThing *named = NULL;
    size_t named_n = 0;
    for (size_t k = 0; !pronoun && !described && !bare && k < doc->n_things; k++) {
      PactThing *t = &doc->things[k];
      size_t n = names[k] ? name_spelled_at(doc, i, names[k]) : 0;
      if (n > named_n && !events_entry_kind(doc, i + n, LEX_EVENT, "exercise") && !pact_doc_key_in(doc, i + n, heads)) {
        named = t;
        named_n = n;
      }
    }
    if (!pronoun && !described && !bare && !edition && !closing && !named) {
      continue;
    }
    for (size_t k = 0; k < doc->n_things; k++) {
      PactThing *t = &doc->things[k];
      for (size_t m = 0; t->cls == PACT_EXERCISE && !t->dead && m < t->n_mentions; m++) {
        if (t->mentions[m].start < doc->toks.v[i].start && (!last || t->mentions[m].start >= last_at)) {
          last = t;
          last_at = t->mentions[m].start;
        }
      }
    }
    if (named) {
      last = named;
    }
    if (!last || (pronoun && !told_in_sentence(doc, last, doc->toks.v[i].sentence - 1)) ||
        (edition && !is_this_edition(doc, i, last))) {
      continue;
    }
    events_sentence_span(doc, doc->toks.v[i].sentence, i, &a, &b);
    /* "is due to wrap up on March 12": one day after a verb of ending
     * is the end */
    size_t ending = last->start[0] && !last->end[0] ? pact_doc_first_with(doc, a, b, ends) : b;
    if (ending < b) {
      /* "Les manœuvres, lancées le 17 novembre, doivent s'achever le 30
       * novembre": the day after the verb, not the start told before it */
      const PactDate *day = events_date_in(doc, ending, b, ending, 0);
      if (!day) {
        day = events_date_in(doc, a, b, i, 0);
      }
      if (day && !day->range && strlen(day->start) == strlen(last->start) && strcmp(day->start, last->start) > 0) {
        memcpy(last->end, day->start, sizeof last->end);
      }
    }
    range = events_date_in(doc, a, b, i, 1);
    /* a day told before inside the range was one of its days (the
     * opening announced "lundi"), and the range is the whole */
    if (range && range->range && !last->end[0] &&
        (!last->start[0] || strcmp(last->start, range->start) == 0 ||
         (strlen(last->start) == strlen(range->start) && strcmp(last->start, range->start) > 0 &&
          strcmp(last->start, range->end) <= 0))) {
      memcpy(last->start, range->start, sizeof last->start);
      memcpy(last->end, range->end, sizeof last->end);
    }
    /* "... opened on Saturday, August 16": its start, or the day of the
     * year or month already known */
    const PactDate *began = start_told(doc, a, b);
    if (began && (!last->start[0] || (strlen(last->start) < strlen(began->start) &&
                                      strncmp(last->start, began->start, strlen(last->start)) == 0))) {
      memcpy(last->start, began->start, sizeof last->start);
    }
    events_end_until(doc, i + 1, b, last);
    /* "D'une durée de douze jours, l'exercice « Aqaba 7 » doit ...",
     * "The drills will last twelve days": the length gives the start
     * from the end told before, or the end from the start */
    events_days_from_length(last, events_duration_days(doc, a, b));
  }
  free_name_keys(names, doc->n_things);
  if (st == PACT_OK) {
    until_in_story(doc);
  }
  return st;
}
