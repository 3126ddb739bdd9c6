/* Editions of an exercise told beside the story's: "La quatrième édition
 * s'était tenue en 2016 à Magelang", "the previous edition", "Dustlik
 * was first held in 2019", "Garuda Shakti avait été inauguré en mars
 * 2012": each its own exercise node, with its date and place. */
#define _POSIX_C_SOURCE 200809L
#include "extract/editions.h"
#include "extract/events.h"
#include "util/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Verbs of ending, as stems: "ended", "se termine", "s'est achevée". */
static const char *const ending[] = {"ends", "ended", "end", "termin", "achev", "clos", "clotur", "conclud", NULL};

/* Whether a verb of ending stands within three words before the date
 * ("ended on December 2, 2021", "s'est achevée le 2 décembre 2021") or
 * is the verb of its clause further back ("The third edition closed at
 * the Port Sudan naval base on 28 February 2019"). */
static int
ends_on(const PactDoc *doc, const PactDate *date)
{
  size_t from = date->tok > 3 ? date->tok - 3 : 0;
  size_t a;
  size_t b;

  if (date->range) {
    return 0;
  }
  if (pact_doc_first_with(doc, from, date->tok, ending) < date->tok) {
    return 1;
  }
  events_sentence_span(doc, doc->toks.v[date->tok].sentence, date->tok, &a, &b);
  return events_clause_verb(doc, a, date->tok) > 0;
}

/* Exercise t is edition v, told at tokens [edition - 1, edition]
 * ("16e édition") with the date and place of its sentence. */
static PactStatus
give_edition(PactDoc *doc, PactThing *t, int v, const PactDate *date, int32_t place, size_t edition)
{
  t->edition = v;
  if (t->place < 0) {
    t->place = place;
  }
  if (date && ends_on(doc, date)) {
    memcpy(t->end, date->start, sizeof t->end); /* when it began is not told */
  } else if (date) {
    memcpy(t->start, date->start, sizeof t->start);
    if (date->range) {
      memcpy(t->end, date->end, sizeof t->end);
    }
  }
  return pact_thing_mention(t, doc->toks.v[edition - 1].start, doc->toks.v[edition].end);
}

/* "ouverte le 21 novembre, se termine vendredi 2 décembre": a later
 * date of the sentence (up to b) right after a verb of ending is the
 * end of t, which starts on `start`'s day. */
static void
ending_after(const PactDoc *doc, const PactDate *start, size_t b, PactThing *t)
{
  for (size_t d = 0; start && !start->range && !t->end[0] && d < doc->n_dates; d++) {
    const PactDate *e = &doc->dates[d];
    if (e->tok <= start->tok || e->tok >= b || e->range || strlen(e->start) != strlen(start->start) ||
        strcmp(e->start, start->start) <= 0) {
      continue;
    }
    size_t from = e->tok > start->tok + 3 ? e->tok - 3 : start->tok + 1;
    if (pact_doc_first_with(doc, from, e->tok, ending) < e->tok) {
      memcpy(t->end, e->start, sizeof t->end);
    }
  }
}

/* Whether [k, b) opens with "of this training", "de cet entraînement",
 * "of these drills": an edition told of the exercise the story speaks
 * of, by a demonstrative ("Il s'agit de la quatorzième édition de cet
 * entraînement"), is that exercise's even with no date or place. */
static int
this_exercise(const PactDoc *doc, size_t k, size_t b)
{
  static const char *const of[] = {"of", "de", NULL};
  static const char *const these[] = {"this", "these", "ce", "cet", "cette", "ces", NULL};
  static const char *const heads[] = {"training", "exercise", "exercises", "drill", "drills", "manoeuvres",
                                      "maneuvers", "exercice", "exercices", "entrainement", "manoeuvre", NULL};

  return k + 2 < b && pact_doc_key_in(doc, k, of) && pact_doc_key_in(doc, k + 1, these) &&
         pact_doc_key_in(doc, k + 2, heads);
}

/* "Pour la troisième fois en six ans, les deux marines s'entraînent côte
 * à côte", "For the fourth time, the two armies ...": an ordinal (the
 * second at least: "for the first time" tells many firsts) of "time" or
 * "fois" in the sentence that tells exercise t, or in the one before
 * it, is t's edition; 0 when none is told. */
static int
nth_time(const PactDoc *doc, const PactThing *t)
{
  for (size_t i = 2; i < doc->toks.n; i++) {
    /* asked of every token: the length first */
    if (doc->toks.v[i].key_len != 4 || !(pact_doc_key_is(doc, i, "time") || pact_doc_key_is(doc, i, "fois")) ||
        !(pact_doc_key_is(doc, i - 2, "the") || pact_doc_key_is(doc, i - 2, "la"))) {
      continue;
    }
    int v = events_ordinal_at(doc, i - 1);
    uint32_t s = doc->toks.v[i].sentence;
    if (v < 2) {
      continue;
    }
    for (size_t m = 0; m < t->n_mentions; m++) {
      size_t at = pact_doc_token_at_byte(doc, t->mentions[m].start);
      uint32_t told = at < doc->toks.n ? doc->toks.v[at].sentence : UINT32_MAX;
      if (told == s || told == s + 1) {
        return v;
      }
    }
  }
  return 0;
}

/* The exercise (not dead) that is edition v of the one named, or -1. */
static int32_t
edition_of_named(const PactDoc *doc, int32_t named, int v)
{
  for (size_t k = 0; k < doc->n_things; k++) {
    const PactThing *o = &doc->things[k];
    if (o->cls == PACT_EXERCISE && !o->dead && o->edition == v && o->name &&
        strcmp(o->name, doc->things[named].name) == 0) {
      return (int32_t)k;
    }
  }
  return -1;
}

/* "The second edition ... went ahead without the French", "sans les
 * Français": the country the sentence of tok leaves out, as its thing,
 * or -1. */
static int32_t
country_left_out(PactDoc *doc, size_t tok)
{
  static const char *const articles[] = {"the", "les", "la", "le", "l", "des", NULL};
  size_t a;
  size_t b;

  events_sentence_span(doc, doc->toks.v[tok].sentence, tok, &a, &b);
  for (size_t i = a; i + 1 < b; i++) {
    if (!pact_doc_key_is(doc, i, "without") && !pact_doc_key_is(doc, i, "sans")) {
      continue;
    }
    size_t k = i + 1;
    while (k < b && (pact_doc_key_in(doc, k, articles) || pact_doc_is_punct(doc, k, '\''))) {
      k++;
    }
    const PactLexEntry *c = k < b ? pact_doc_entry(doc, k, LEX_COUNTRY) : NULL;
    if (c) {
      return pact_doc_country(doc, c->value);
    }
  }
  return -1;
}

/* A new exercise, edition v of the one named (its name and participants),
 * told at [tok - 1, tok] with `date` and `place`. */
static PactStatus
add_edition(PactDoc *doc, int32_t named, int v, const PactDate *date, int32_t place, size_t tok)
{
  PactThing *t = pact_doc_add(doc, PACT_EXERCISE);

  if (!t) {
    return PACT_ERR_NOMEM;
  }
  t->name = strdup(doc->things[named].name); /* doc->things may have moved */
  if (!t->name) {
    return PACT_ERR_NOMEM;
  }
  t->first_tok = (uint32_t)(tok - 1);
  t->sentence = doc->toks.v[tok].sentence;
  PACT_TRY(give_edition(doc, t, v, date, place, tok));
  int32_t without = country_left_out(doc, tok);
  for (size_t k = 0; k < doc->things[named].n_refs; k++) {
    if (doc->things[named].refs[k] != without) {
      PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, doc->things[named].refs[k]));
    }
  }
  return PACT_OK;
}

/* Editions 1 to n of the named exercise, each in its year of the
 * sentence of tok, in order (editions_first_editions()), unless already told. */
static PactStatus
the_first_editions(PactDoc *doc, int32_t named, size_t tok, int n)
{
  PactDate years[5];
  int found = 0;
  size_t a;
  size_t b;

  /* the years as numbers ("in 2017 and 2021": the second is no date read
   * on its own) */
  events_sentence_span(doc, doc->toks.v[tok].sentence, tok, &a, &b);
  for (size_t k = a; k < b; k++) {
    int y = doc->toks.v[k].kind == TOK_NUMBER && doc->toks.v[k].key_len == 4 ? atoi(pact_token_key(&doc->toks, k)) : 0;
    if (y >= 1950 && y <= 2100) {
      if (found == n) {
        return PACT_OK; /* more years than editions: not one each */
      }
      memset(&years[found], 0, sizeof years[found]);
      memcpy(years[found].start, pact_token_key(&doc->toks, k), 4);
      found++;
    }
  }
  if (found != n) {
    return PACT_OK;
  }
  for (int v = 1; v <= n; v++) {
    if (edition_of_named(doc, named, v) < 0) {
      PACT_TRY(add_edition(doc, named, v, &years[v - 1], -1, tok));
    }
  }
  return PACT_OK;
}

/* The named exercise the story is about, among several with no edition:
 * the first told (its first mention), when it began no earlier than the
 * year before the article; -1 otherwise. */
static int32_t
story_exercise(const PactDoc *doc)
{
  int32_t first = -1;
  uint32_t first_at = UINT32_MAX;

  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *t = &doc->things[i];
    if (t->cls == PACT_EXERCISE && !t->dead && t->name && t->n_mentions && t->mentions[0].start < first_at) {
      first = (int32_t)i;
      first_at = t->mentions[0].start;
    }
  }
  return first >= 0 && events_began_years_before(doc, &doc->things[first]) ? -1 : first;
}

/* The dates of [a, b) told of year y, moved into y when the text's year
 * is the article's ("Selenga-2024 ... from August 18 to 26": the name
 * tells the year the days are of); a range first. */
static void
dates_of_year(const PactDoc *doc, size_t a, size_t b, size_t tok, int y, PactThing *t)
{
  const PactDate *d = events_date_in(doc, a, b, tok, 1);

  if (!d) {
    d = events_date_in(doc, a, b, tok, 0);
  }
  if (!d || strlen(d->start) < 7) {
    snprintf(t->start, sizeof t->start, "%04d", y);
    return;
  }
  memcpy(t->start, d->start, sizeof t->start);
  memcpy(t->end, d->range ? d->end : "", sizeof t->end);
  if (atoi(t->start) != y && atoi(t->start) == doc->text->year) {
    char year[5];
    snprintf(year, sizeof year, "%04d", y);
    memcpy(t->start, year, 4);
    if (t->end[0]) {
      memcpy(t->end, year, 4);
    }
  }
}

/* "Last year, Selenga-2024 was hosted by Mongolia ... from August 18 to
 * 26": the story's series (a one-word name, before the year glued to
 * it: "Selenga-2025") glued to another year names that year's edition,
 * an exercise of its own, with the days its sentence tells. */
static PactStatus
year_editions(PactDoc *doc, int32_t named)
{
  const char *full = doc->things[named].name;
  const char *dash = strrchr(full, '-');
  size_t base = dash && strlen(dash + 1) == 4 ? (size_t)(dash - full) : strlen(full);
  PactBuf key = {0};
  char series[64];

  if (!base || base >= sizeof series || memchr(full, ' ', base)) {
    return PACT_OK;
  }
  PACT_TRY(pact_text_key(&key, full, base));
  snprintf(series, sizeof series, "%s", pact_buf_str(&key));
  pact_buf_free(&key);
  for (size_t i = 0; i + 2 < doc->toks.n; i++) {
    if (doc->toks.v[i].key_len != base || !editions_first_word_at(doc, i, series, base) ||
        !pact_doc_is_punct(doc, i + 1, '-') || (doc->toks.v[i + 1].flags & TF_SPACE) ||
        doc->toks.v[i + 2].kind != TOK_NUMBER || doc->toks.v[i + 2].key_len != 4 ||
        (doc->toks.v[i + 2].flags & TF_SPACE)) {
      continue;
    }
    int y = atoi(pact_token_key(&doc->toks, i + 2));
    char name[80];
    snprintf(name, sizeof name, "%.*s-%d", (int)base, full, y);
    if (y < 1950 || y > 2100 || pact_doc_find(doc, PACT_EXERCISE, name) >= 0) {
      continue;
    }
    PactThing *t = pact_doc_add(doc, PACT_EXERCISE);
    if (!t || !(t->name = strdup(name))) {
      return PACT_ERR_NOMEM;
    }
    t->first_tok = (uint32_t)i;
    t->sentence = doc->toks.v[i].sentence;
    size_t a;
    size_t b;
    events_sentence_span(doc, t->sentence, i, &a, &b);
    dates_of_year(doc, a, b, i, y, t);
    PACT_TRY(pact_thing_mention(t, doc->toks.v[i].start, doc->toks.v[i + 2].end));
    for (size_t k = 0; k < doc->things[named].n_refs; k++) {
      PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, doc->things[named].refs[k]));
    }
  }
  return PACT_OK;
}

/* "La deuxième édition s'était tenue à San-Pédro l'an dernier": another
 * edition of the one named exercise, told in a sentence of its own that
 * names no exercise. Same name and participants, its own edition, date
 * and place. */
PactStatus
pact_doc_other_editions(PactDoc *doc)
{
  int32_t named = -1;
  int32_t with_edition = -1;
  int names = 0;

  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *t = &doc->things[i];
    if (t->cls == PACT_EXERCISE && !t->dead && t->name) {
      if (named < 0 || strcmp(doc->things[named].name, t->name) != 0) {
        names++;
      }
      if (named < 0 || (t->edition && !doc->things[named].edition)) {
        named = (int32_t)i;
      }
      if (t->edition) {
        with_edition = with_edition < 0 || strcmp(doc->things[with_edition].name, t->name) == 0 ? (int32_t)i : -2;
      }
    }
  }
  /* two exercises: the editions are of the one told with an edition, if
   * one only is ("the fifth edition of Al Najah" beside "the Naseem Al
   * Bahr exercise") */
  /* ... and with none told with an edition, of the story's: the one
   * named first, unless its dates are of years before */
  if (names > 1) {
    named = with_edition >= 0 ? with_edition : story_exercise(doc);
  }
  if (named < 0) {
    return PACT_OK;
  }
  /* the name's key, for editions_named_number(); a name too long for it is
   * looked for by the other ways only */
  char name_key[96] = "";
  {
    PactBuf k = {0};
    PactStatus st = pact_text_key(&k, doc->things[named].name, strlen(doc->things[named].name));
    if (st == PACT_OK && k.len < sizeof name_key) {
      memcpy(name_key, pact_buf_str(&k), k.len + 1);
    }
    pact_buf_free(&k);
    if (st != PACT_OK) {
      return st;
    }
  }
  size_t name_first_len = strcspn(name_key, " -");
  for (size_t i = 1; i < doc->toks.n; i++) {
    int n_first = editions_first_editions(doc, i);
    if (n_first) {
      PACT_TRY(the_first_editions(doc, named, i, n_first));
      continue;
    }
    int v;
    size_t a;
    size_t b;
    int taken = 0;
    const PactDate *date;
    int32_t place;
    size_t numbered = 0;
    if (name_key[0] && (v = editions_last_year_named(doc, i, name_key, name_first_len, doc->things[named].edition))) {
      i += 3; /* past "Last year," to the name */
    } else if (!(v = editions_edition_told(doc, i, doc->things[named].edition)) &&
               !(v = editions_launched(doc, i, doc->things[named].name)) &&
               !(name_key[0] && (v = editions_ordinal_before_name(doc, i, name_key, name_first_len)) &&
                 v != doc->things[named].edition) &&
               !(name_key[0] && (v = editions_ordinal_after_name(doc, i, name_key, name_first_len)) &&
                 v != doc->things[named].edition)) {
      if (!name_key[0] || !(v = editions_named_number(doc, i, name_key, name_first_len, &numbered)) ||
          v == doc->things[named].edition) {
        continue;
      }
      i = numbered;
    }
    events_sentence_span(doc, doc->toks.v[i].sentence, i, &a, &b);
    /* "La deuxième édition, « Red Wave 2 », s'était tenue": an edition
     * whose apposition quotes another series' name is that series' */
    if (editions_edition_word(doc, i) && i + 3 < b && pact_doc_is_punct(doc, i + 1, ',') &&
        pact_doc_is_punct(doc, i + 2, '"') && !editions_first_word_at(doc, i + 3, name_key, name_first_len)) {
      continue;
    }
    /* "The exercise was first held in September 2019": the cue is the
     * subject of the first edition's verb, told of the named one */
    int first_held = pact_doc_key_is(doc, i, "first") && i >= 2 &&
                     (pact_doc_key_is(doc, i - 1, "was") || pact_doc_key_is(doc, i - 1, "were"));
    /* "Egypt last hosted the drill in October 2019, when Aqaba 5 was
     * staged": a name with another edition's number is that edition,
     * whatever cue of the series the sentence holds; otherwise a cue
     * that made an exercise (of any fate since) tells the sentence's
     * ("for drills focused on smuggling" makes none) */
    for (size_t k = a; k < b && !taken && !numbered; k++) {
      taken = events_entry_kind(doc, k, LEX_EVENT, "exercise") != NULL && !events_previous_cue(doc, a, k) &&
              !(first_held && k < i && k + 4 >= i) &&
              pact_doc_thing_told_at(doc, PACT_EXERCISE, k, 1) >= 0;
    }
    taken = taken || edition_of_named(doc, named, v) >= 0;
    /* "la troisième édition ... du 22 au 31 mars, et la quatrième en
     * février 2023", "was first held from November 4 to 13": the dates
     * after the ordinal */
    size_t from = pact_doc_key_is(doc, i, "edition") || pact_doc_key_is(doc, i, "iteration") ? a : i;
    date = events_date_in(doc, from, b, i, 1);
    if (!date) {
      date = events_date_in(doc, from, b, i, 0);
    }
    /* "... in October 2019, when Aqaba 5 was staged": a numbered name's
     * date may come before it in its sentence */
    if (!date && numbered) {
      date = events_date_in(doc, a, b, i, 0);
    }
    /* "Khanjar est né en décembre 2011": the date a verb of birth gives
     * is a person's life's (events_date_in() leaves it), unless, as
     * here, its subject is the series */
    if (!date && (pact_doc_key_is(doc, i, "ne") || pact_doc_key_is(doc, i, "nee") || pact_doc_key_is(doc, i, "born"))) {
      date = editions_date_just_after(doc, i);
    }
    place = events_place_in(doc, from, b);
    int of_this = !taken && !date && place < 0 && this_exercise(doc, i + 1, b);
    if (taken || (!date && place < 0 && !of_this)) {
      continue;
    }
    /* "Cette troisième édition de Celtic Uprise, ouverte le 21 novembre":
     * a demonstrative tells the story's edition and its dates, whatever
     * day another sentence lent the story's exercise */
    static const char *const these[] = {"this", "cette", "cet", "ce", NULL};
    int demonstrative = i >= 2 && editions_edition_word(doc, i) && events_ordinal_at(doc, i - 1) &&
                        pact_doc_key_in(doc, i - 2, these);
    if (!doc->things[named].edition && (!doc->things[named].start[0] || of_this || demonstrative)) {
      /* "La 16e édition de cet entraînement, ouverte le 3 juillet": the
       * story's exercise, told without its edition so far, is this one */
      PACT_TRY(give_edition(doc, &doc->things[named], v, date, place, i));
      ending_after(doc, date, b, &doc->things[named]);
      continue;
    }
    PACT_TRY(add_edition(doc, named, v, date, place, i));
  }
  if (!doc->things[named].edition) {
    doc->things[named].edition = nth_time(doc, &doc->things[named]);
  }
  PACT_TRY(year_editions(doc, named));
  /* "since their first joint drills" beside "The series was launched in
   * 2004": an edition told without the name is the named one's */
  for (size_t i = 0; i < doc->n_things; i++) {
    PactThing *u = &doc->things[i];
    if (u->cls != PACT_EXERCISE || u->dead || u->name || !u->edition) {
      continue;
    }
    int32_t k = edition_of_named(doc, named, u->edition);
    if (k < 0) {
      continue;
    }
    PactThing *o = &doc->things[k];
    for (size_t m = 0; m < u->n_mentions; m++) {
      PACT_TRY(pact_thing_mention(o, u->mentions[m].start, u->mentions[m].end));
    }
    /* what it told of the days and place that the named one lacks */
    if (!o->start[0]) {
      memcpy(o->start, u->start, sizeof o->start);
    }
    if (!o->end[0] && (!o->start[0] || strcmp(u->end, o->start) >= 0)) {
      memcpy(o->end, u->end, sizeof o->end);
    }
    if (o->place < 0) {
      o->place = u->place;
    }
    u->dead = 1;
    u->alias = k;
  }
  return PACT_OK;
}
