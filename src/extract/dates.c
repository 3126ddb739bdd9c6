/* Date expressions, normalised against the article's date and kept at the
 * precision the text gives (ontology/RECORDS.md "Dates"). Without an
 * article date, nothing relative is resolved: "on Tuesday" stays unknown,
 * "January 12" is --01-12. */
#include "extract/doc.h"
#include "util/calendar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
pact_date_plus_days(const char *start, int days, char out[12])
{
  int y;
  int m;
  int d;

  if (!pact_iso_day_parse(start, &y, &m, &d)) {
    return 0;
  }
  pact_civil_from_days(pact_days_from_civil(y, m, d) + days, &y, &m, &d);
  pact_iso_format(out, y, m, d);
  return 1;
}

static int
days_in_month(int y, int m)
{
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) {
    return 29;
  }
  return days[m - 1];
}

/* A day of the month from a number token, "1er", "3rd", "14th". */
static int
day_of(const PactDoc *doc, size_t tok)
{
  const char *key;
  int v = 0;
  size_t i = 0;

  if (tok >= doc->toks.n) {
    return 0;
  }
  key = pact_token_key(&doc->toks, tok);
  while (key[i] >= '0' && key[i] <= '9' && i < 3) {
    v = v * 10 + (key[i] - '0');
    i++;
  }
  if (i == 0 || i > 2) {
    return 0;
  }
  if (key[i] && strcmp(key + i, "st") != 0 && strcmp(key + i, "nd") != 0 &&
      strcmp(key + i, "rd") != 0 && strcmp(key + i, "th") != 0 && strcmp(key + i, "er") != 0) {
    return 0;
  }
  return v >= 1 && v <= 31 ? v : 0;
}

static int
year_of(const PactDoc *doc, size_t tok)
{
  int v;

  if (tok >= doc->toks.n || doc->toks.v[tok].kind != TOK_NUMBER ||
      doc->toks.v[tok].key_len != 4) {
    return 0;
  }
  v = atoi(pact_token_key(&doc->toks, tok));
  return v >= 1900 && v <= 2100 ? v : 0;
}

static int
month_of(const PactDoc *doc, size_t tok, size_t *n)
{
  const PactLexEntry *e = pact_doc_entry(doc, tok, LEX_MONTH);
  const PactMatch *m = pact_doc_match_at(doc, tok);

  if (!e) {
    return 0;
  }
  *n = m->n;
  /* "Jan." : the abbreviation's full stop belongs to the month */
  if (pact_doc_is_punct(doc, tok + m->n, '.') && doc->toks.v[tok].key_len <= 5) {
    (*n)++;
  }
  return e->value;
}

/* The year a relative word at tok gives ("last year", "l'an dernier":
 * the article's year plus the word's offset); 0 when tok holds none or
 * the article has no date. */
static int
relative_year_at(const PactDoc *doc, size_t tok)
{
  const PactLexEntry *e = pact_doc_entry(doc, tok, LEX_RELATIVE);

  return e && e->kind && strcmp(e->kind, "year") == 0 && doc->text->year ? doc->text->year + e->value : 0;
}

/* The year that closes a date at tok: "2024", ", 2024", or a year
 * relative to the article ("last year", "l'an dernier"); 0 if none.
 * *n is the number of tokens it takes. */
static int
year_after(const PactDoc *doc, size_t tok, size_t *n)
{
  const PactLexEntry *e;

  if (year_of(doc, tok)) {
    *n = 1;
    return year_of(doc, tok);
  }
  if (pact_doc_is_punct(doc, tok, ',') && year_of(doc, tok + 1)) {
    *n = 2;
    return year_of(doc, tok + 1);
  }
  if (relative_year_at(doc, tok)) {
    *n = pact_doc_match_at(doc, tok)->n;
    return relative_year_at(doc, tok);
  }
  e = pact_doc_entry(doc, tok, LEX_RELATIVE);
  /* "on June 7 of that year", "le 7 juin de la même année": the year the
   * story told last, not the article's */
  /* ... or named as a starting point: "testing since 2017. On
   * September 25 of that year" */
  if (e && e->kind && strcmp(e->kind, "toldyear") == 0 && doc->named_year) {
    *n = pact_doc_match_at(doc, tok)->n;
    return doc->named_year + e->value;
  }
  *n = 0;
  return 0;
}

/* The year of a range's start: its own, or else the end's, the year
 * before when the range crosses the new year ("du 28 décembre au 3
 * janvier 2025"). */
static int
start_year(int y, int y2, int month, int month2)
{
  return y ? y : (y2 && month2 < month ? y2 - 1 : y2);
}

static const char *const range_words[] = {"to", "au", "until", "till", "through", "and", "et", "-", "a", NULL};

/* Whether the word at k speaks of what is to come: one of `markers`, or
 * a French verb in the future ("se rendra", "arriveront"). */
static int
future_word(const PactDoc *doc, size_t k, const char *const *markers)
{
  static const char *const endings[] = {"era", "ira", "dra", "ront", NULL};

  if (pact_doc_key_in(doc, k, markers)) {
    return 1;
  }
  const char *key = pact_token_key(&doc->toks, k);
  size_t len = strlen(key);
  for (size_t e = 0; doc->lang == 2 && len >= 6 && endings[e] && !(doc->toks.v[k].flags & TF_CAP); e++) {
    if (strcmp(key + len - strlen(endings[e]), endings[e]) == 0) {
      return 1;
    }
  }
  return 0;
}

/* Whether the clause before a weekday at tok speaks of what is to come:
 * "will arrive on Sunday", "is due in Rabat on Sunday", "se rendra
 * dimanche", "doit arriver dimanche"; or of an end still ahead, in the
 * present: "opened on October 17 and ends on Friday", "la visite, qui
 * s'achève samedi". A few words back, in its sentence. */
static int
told_in_future(const PactDoc *doc, size_t tok)
{
  static const char *const markers[] = {"will", "shall", "due", "scheduled", "expected", "doit", "doivent",
                                        "devrait", "devraient", "sera", "seront", "ends", "closes", "concludes",
                                        "runs", "continues", "lasts", NULL};
  /* reflexive, so present: "s'achève", "se termine" ("a achevé" is past) */
  static const char *const reflexive[] = {"termine", "acheve", "poursuit", NULL};
  uint32_t s = doc->toks.v[tok].sentence;

  for (size_t i = tok; i > 0 && i + 7 > tok && doc->toks.v[i - 1].sentence == s; i--) {
    if (future_word(doc, i - 1, markers)) {
      return 1;
    }
    if (i > 2 && pact_doc_key_in(doc, i - 1, reflexive) &&
        (pact_doc_key_is(doc, i - 2, "se") || (pact_doc_is_punct(doc, i - 2, '\'') && pact_doc_key_is(doc, i - 3, "s")))) {
      return 1;
    }
  }
  return 0;
}

/* Whether the sentence before tok holds a word of what is to come
 * anywhere ("The two navies will hold ... from November 7 to 9"); the
 * markers are told_in_future()'s and a few more. */
static int
future_sentence(const PactDoc *doc, size_t tok)
{
  static const char *const markers[] = {"will", "shall", "due", "scheduled", "expected", "planned", "next",
                                        "upcoming", "doit", "doivent", "devrait", "devraient", "sera", "seront",
                                        "prochain", "prochaine", "prevu", "prevue", NULL};
  uint32_t s = doc->toks.v[tok].sentence;

  for (size_t i = tok; i > 0 && doc->toks.v[i - 1].sentence == s; i--) {
    if (future_word(doc, i - 1, markers)) {
      return 1;
    }
  }
  return 0;
}

/* The year a relative word told earlier in the sentence being read
 * ("Last year's Cleopatra ... was held from July 8 to 11", "L'an dernier,
 * l'exercice s'est tenu du 8 au 11 juillet"): the article's year plus its
 * offset, for a past year only; 0 when none. */
static int
sentence_relative_year(const PactDoc *doc)
{
  for (size_t k = doc->reading_tok; k > 0 && doc->toks.v[k - 1].sentence == doc->reading_sentence; k--) {
    int year = relative_year_at(doc, k - 1);
    if (year && year < doc->text->year) {
      return year;
    }
  }
  return 0;
}

/* Formats a day-month at year y (0: unknown) into out. Without a year but
 * with an article date, the article's year, or the one before for a date
 * more than six months after the article. */
static void
format_day(const PactDoc *doc, int y, int m, int d, char out[32])
{
  const PactText *t = doc->text;

  if (d > days_in_month(y ? y : 2024, m)) {
    out[0] = '\0';
    return;
  }
  /* "signé le 26 octobre 2010 ..., les 26 et 27 octobre": a day without a
   * year in the sentence of a date that told one takes that year */
  if (!y && doc->sentence_year) {
    y = doc->sentence_year;
  }
  /* "... fait le déplacement en octobre 2019. Il s'était entretenu le 24
   * octobre avec X": a day of the month the sentence before told with its
   * year is of that year */
  if (!y && doc->told_year && doc->told_month == m && doc->reading_sentence == doc->told_sentence + 1) {
    y = doc->told_year;
  }
  if (!y) {
    y = sentence_relative_year(doc);
  }
  if (!y && t->year) {
    y = t->year;
    if (pact_days_from_civil(y, m, d) - pact_days_from_civil(t->year, t->month, t->day) > 183) {
      y--;
    }
    /* "In September 2023, ... Two months later, the navies held Bongosagar
     * from November 7 to 9" (an article of July 2024): a day that would
     * be still to come, told in the two sentences after one of an earlier
     * year, and not as what is to come, is of that year (or the next,
     * past its month) */
    else if (doc->told_year && doc->told_year < t->year && doc->reading_sentence <= doc->told_sentence + 2 &&
             pact_days_from_civil(y, m, d) > pact_days_from_civil(t->year, t->month, t->day) &&
             !future_sentence(doc, doc->reading_tok)) {
      y = doc->told_month && m < doc->told_month ? doc->told_year + 1 : doc->told_year;
    }
  }
  if (y) {
    pact_iso_format(out, y, m, d);
  } else {
    snprintf(out, 32, "--%02d-%02d", m, d);
  }
}

static PactStatus
add_date(PactDoc *doc, size_t tok, size_t n, const char *start, const char *end)
{
  PactDate *v = doc->dates;

  /* doubling: the array holds the next power of two of n_dates */
  if ((doc->n_dates & (doc->n_dates - 1)) == 0) {
    v = realloc(doc->dates, (doc->n_dates ? doc->n_dates * 2 : 8) * sizeof *v);
    if (!v) {
      return PACT_ERR_NOMEM;
    }
  }
  doc->dates = v;
  memset(&v[doc->n_dates], 0, sizeof v[0]);
  v[doc->n_dates].tok = (uint32_t)tok;
  v[doc->n_dates].n = (uint32_t)n;
  /* memset above: the last byte stays the terminator */
  strncpy(v[doc->n_dates].start, start, sizeof v[0].start - 1);
  strncpy(v[doc->n_dates].end, end ? end : "", sizeof v[0].end - 1);
  v[doc->n_dates].range = end && *end;
  doc->n_dates++;
  return PACT_OK;
}

/* Whether the year at i is told as a time: after "in", "en", "since",
 * "depuis"; "remonte à", "dates back to"; a season ("l'automne 1996",
 * "the summer of 2019"); before ", when", ", lorsque". */
static int
year_opened(const PactDoc *doc, size_t i)
{
  static const char *const at[] = {"in", "en", "since", "depuis", NULL};
  static const char *const seasons[] = {"automne", "autumn", "fall", "ete", "summer", "printemps", "spring",
                                        "hiver", "winter", NULL};
  static const char *const back[] = {"remonte", "remontent", "remontait", "back", NULL};
  size_t k = i - 1;

  static const char *const when[] = {"when", "lorsque", "quand", NULL};

  if (pact_doc_key_in(doc, k, at)) {
    return 1;
  }
  /* "dated the warming to 2011, when Erdogan travelled to Mogadishu":
   * the year a clause of time then tells of */
  if (pact_doc_is_punct(doc, i + 1, ',') && pact_doc_key_in(doc, i + 2, when)) {
    return 1;
  }
  if ((pact_doc_key_is(doc, k, "a") || pact_doc_key_is(doc, k, "to")) && k > 0 && pact_doc_key_in(doc, k - 1, back)) {
    return 1;
  }
  if ((pact_doc_key_is(doc, k, "of") || pact_doc_key_is(doc, k, "de")) && k > 0) {
    k--;
  }
  return pact_doc_key_in(doc, k, seasons);
}

/* Whether the month name at i is told as a time: after "in", "en",
 * "since", "depuis", or a part of the month ("in early April", "in
 * mid-April", "at the end of April", "début avril", "fin avril",
 * "mi-avril", "au début du mois d'avril", "courant avril", "in the first
 * week of April"). */
static int
month_opened(const PactDoc *doc, size_t i)
{
  static const char *const at[] = {"in", "en", "since", "depuis", "debut", "fin", "courant", "mi", NULL};
  static const char *const parts[] = {"early", "mid", "late", NULL};
  static const char *const of[] = {"end", "beginning", "start", "middle", "mois", "week", "semaine", "half", NULL};
  size_t k = i - 1;

  if ((pact_doc_is_punct(doc, k, '-') || pact_doc_is_punct(doc, k, '\'')) && k > 0) {
    k--; /* "mid-April", "mi-avril", "du mois d'avril" */
  }
  if (pact_doc_key_in(doc, k, at)) {
    return 1;
  }
  if (pact_doc_key_in(doc, k, parts)) {
    return k > 0 && (pact_doc_key_is(doc, k - 1, "in") || pact_doc_is_punct(doc, k, '-'));
  }
  return k > 0 && (pact_doc_key_is(doc, k, "of") || pact_doc_key_is(doc, k, "d") || pact_doc_key_is(doc, k, "de")) &&
         pact_doc_key_in(doc, k - 1, of);
}

/* Past a weekday (and its comma) at k: "au vendredi 2 septembre", "to
 * Friday, September 2"; k when none stands there. */
static size_t
past_weekday(const PactDoc *doc, size_t k)
{
  if (!pact_doc_entry(doc, k, LEX_WEEKDAY)) {
    return k;
  }
  k += pact_doc_match_at(doc, k)->n;
  return pact_doc_is_punct(doc, k, ',') ? k + 1 : k;
}

/* Tries the forms that begin at `i`; returns how many tokens were used. */
static size_t
date_at(PactDoc *doc, size_t i, PactStatus *st)
{
  const PactText *t = doc->text;
  char a[32];
  char b[32];
  size_t mn = 0;
  int month;
  int d1 = day_of(doc, i);
  const PactLexEntry *e;

  /* D [to D] MONTH [YYYY]: "13 January 2026", "du 12 au 14 janvier" */
  if (d1) {
    size_t k = i + 1;
    int d2 = 0;
    if (pact_doc_key_in(doc, k, range_words) && day_of(doc, k + 1)) {
      d2 = day_of(doc, k + 1);
      k += 2;
    } else if (pact_doc_key_in(doc, k, range_words) && pact_doc_entry(doc, k + 1, LEX_WEEKDAY) &&
               day_of(doc, k + 1 + pact_doc_match_at(doc, k + 1)->n)) {
      /* "lundi 7 et mardi 8 juillet": the second day's name is no matter */
      k += 1 + pact_doc_match_at(doc, k + 1)->n;
      d2 = day_of(doc, k);
      k++;
    }
    month = month_of(doc, k, &mn);
    if (month) {
      size_t yn;
      int y = year_after(doc, k + mn, &yn);
      size_t used = k + mn - i + yn;
      size_t mn2 = 0;
      int month2;
      /* "du 23 février au 6 mars", "from 28 February to 3 March", "du
       * lundi 29 août au vendredi 2 septembre" */
      size_t w = past_weekday(doc, i + used + 1);
      if (!d2 && pact_doc_key_in(doc, i + used, range_words) && day_of(doc, w) &&
          (month2 = month_of(doc, w + 1, &mn2)) != 0) {
        int d3 = day_of(doc, w);
        size_t yn2;
        int y2 = year_after(doc, w + 1 + mn2, &yn2);
        size_t used2 = w + 1 + mn2 + yn2 - i;
        format_day(doc, start_year(y, y2, month, month2), month, d1, a);
        format_day(doc, y2, month2, d3, b);
        *st = add_date(doc, i, used2, a, b);
        return used2;
      }
      format_day(doc, y, month, d1, a);
      if (d2) {
        format_day(doc, y, month, d2, b);
      }
      *st = add_date(doc, i, used, a, d2 ? b : NULL);
      return used;
    }
  }
  month = month_of(doc, i, &mn);
  if (month) {
    size_t k = i + mn;
    int d = day_of(doc, k);
    /* MONTH D [, YYYY] [to D]: "January 13, 2026", "January 12 to 14" */
    if (d) {
      int y = 0;
      int y2;
      int d2 = 0;
      size_t used;
      size_t yn;
      size_t mn2 = 0;
      int month2;
      k++;
      y = year_after(doc, k, &yn);
      k += yn;
      /* "from February 25 to March 9, 2024", "January 22 to February 1
       * last year" */
      size_t w = past_weekday(doc, k + 1);
      if (pact_doc_key_in(doc, k, range_words) && (month2 = month_of(doc, w, &mn2)) != 0 && day_of(doc, w + mn2)) {
        int d3 = day_of(doc, w + mn2);
        int y2 = year_after(doc, w + 1 + mn2, &yn);
        k = w + 1 + mn2 + yn;
        format_day(doc, start_year(y, y2, month, month2), month, d, a);
        format_day(doc, y2 ? y2 : y, month2, d3, b);
        *st = add_date(doc, i, k - i, a, b);
        return k - i;
      }
      if (pact_doc_key_in(doc, k, range_words) && day_of(doc, k + 1)) {
        d2 = day_of(doc, k + 1);
        k += 2;
        if ((y2 = year_after(doc, k, &yn)) != 0) {
          y = y2;
          k += yn;
        }
      }
      used = k - i;
      format_day(doc, y, month, d, a);
      if (d2) {
        format_day(doc, y, month, d2, b);
      }
      *st = add_date(doc, i, used, a, d2 ? b : NULL);
      return used;
    }
    /* MONTH YYYY: "April 2025", "avril 2025", "in February last year" */
    if (year_of(doc, k) || (i > 0 && (pact_doc_key_is(doc, i - 1, "in") || pact_doc_key_is(doc, i - 1, "en")) &&
                            pact_doc_entry(doc, k, LEX_RELATIVE))) {
      size_t yn;
      int y = year_after(doc, k, &yn);
      if (y) {
        pact_iso_format(a, y, month, 0);
        *st = add_date(doc, i, mn + yn, a, NULL);
        return mn + yn;
      }
    }
    /* "in April": the article's year (a month name alone is too weak,
     * "may" above all, so a preposition must come first). */
    if (i > 0 && t->year && month_opened(doc, i)) {
      int y = t->year;
      if (month > t->month + 6) {
        y--;
      }
      pact_iso_format(a, y, month, 0);
      *st = add_date(doc, i, mn, a, NULL);
      return mn;
    }
    return 0;
  }
  /* "in 2021", "en 2021", "remonte à 2018", "dates back to 2018", "à
   * l'automne 1996", "in the summer of 2019" */
  if (year_of(doc, i) && i > 0 && year_opened(doc, i)) {
    pact_iso_format(a, year_of(doc, i), 0, 0);
    *st = add_date(doc, i, 1, a, NULL);
    return 1;
  }
  /* Weekdays: the most recent one on or before the article's date. */
  e = pact_doc_entry(doc, i, LEX_WEEKDAY);
  if (e) {
    size_t n = pact_doc_match_at(doc, i)->n;
    a[0] = '\0';
    if (t->year) {
      long today = pact_days_from_civil(t->year, t->month, t->day);
      int weekday = (int)((today % 7 + 7 + 3) % 7) + 1; /* 1970-01-01 was a Thursday */
      long back = (weekday - e->value + 7) % 7;
      int y;
      int m;
      int d;
      if (told_in_future(doc, i)) {
        back = -(long)((e->value - weekday + 7) % 7); /* "will arrive on Sunday": the next one */
      }
      /* "jeudi dernier", "last Thursday" in a Thursday's article: a week ago */
      if (back == 0 &&
          (pact_doc_key_is(doc, i + n, "dernier") || (i > 0 && pact_doc_key_is(doc, i - 1, "last")))) {
        back = 7;
      }
      pact_civil_from_days(today - back, &y, &m, &d);
      pact_iso_format(a, y, m, d);
    }
    /* "Tuesday, January 13", "le mardi 14 mai": the date that follows
     * says it better */
    if ((pact_doc_is_punct(doc, i + n, ',') || pact_doc_is_punct(doc, i + n, '(')) &&
        (month_of(doc, i + n + 1, &mn) || day_of(doc, i + n + 1))) {
      return n; /* also "on Monday (March 10)" */
    }
    if (day_of(doc, i + n) && (month_of(doc, i + n + 1, &mn) || pact_doc_key_in(doc, i + n + 1, range_words))) {
      return n;
    }
    /* "from Thursday to Sunday", "du jeudi au dimanche": the second day
     * is the first one of its name after the first */
    const PactLexEntry *e2 = pact_doc_key_in(doc, i + n, range_words) ? pact_doc_entry(doc, i + n + 1, LEX_WEEKDAY)
                                                                      : NULL;
    /* "mardi et mercredi", "on Tuesday and Wednesday": two days that
     * follow each other are a span too; two farther apart are two days */
    int joined = pact_doc_key_is(doc, i + n, "and") || pact_doc_key_is(doc, i + n, "et");
    if (e2 && a[0]) {
      size_t n2 = pact_doc_match_at(doc, i + n + 1)->n;
      int days = (e2->value - e->value + 7) % 7;
      char b[12];
      if (days > 0 && (!joined || days == 1) && pact_date_plus_days(a, days, b)) {
        *st = add_date(doc, i, n + 1 + n2, a, b);
        return n + 1 + n2;
      }
    }
    *st = add_date(doc, i, n, a, NULL);
    return n;
  }
  e = pact_doc_entry(doc, i, LEX_RELATIVE);
  if (e && e->kind) {
    size_t n = pact_doc_match_at(doc, i)->n;
    size_t w = i + n + (pact_doc_is_punct(doc, i + n, ',') ? 1 : 0);
    a[0] = '\0';
    /* "La veille, dimanche, ...": the weekday named says which day it
     * was; the story's day it counts from may be one told out of order */
    if (strcmp(e->kind, "story") == 0 && pact_doc_entry(doc, w, LEX_WEEKDAY)) {
      return n;
    }
    /* "à la veille de la visite", "the day before the summit": a day
     * before some event, whose own day the text tells elsewhere, if at
     * all; not a day of the story to count from */
    static const char *const of_event[] = {"de", "du", "des", "d", "the", "his", "her", "their", "its", NULL};
    if (strcmp(e->kind, "story") == 0 && e->value < 0 && w == i + n &&
        pact_doc_key_in(doc, w, of_event) && !pact_doc_entry(doc, w + 1, LEX_WEEKDAY) &&
        !pact_doc_entry(doc, w + 1, LEX_MONTH) && !(w + 1 < doc->toks.n && doc->toks.v[w + 1].kind == TOK_NUMBER)) {
      return n;
    }
    if (t->year) {
      if (strcmp(e->kind, "year") == 0) {
        pact_iso_format(a, t->year + e->value, 0, 0);
      } else if (strcmp(e->kind, "toldyear") == 0) {
        if (doc->named_year) {
          pact_iso_format(a, doc->named_year + e->value, 0, 0);
        }
      } else if (strcmp(e->kind, "month") == 0) {
        int m0 = t->year * 12 + (t->month - 1) + e->value;
        pact_iso_format(a, m0 / 12, m0 % 12 + 1, 0);
      } else {
        long delta = strcmp(e->kind, "week") == 0 ? 7L * e->value : e->value;
        long from = pact_days_from_civil(t->year, t->month, t->day);
        int y;
        int m;
        int d;
        /* "la veille", "the next day": from the last day the story told */
        if (strcmp(e->kind, "story") == 0) {
          for (size_t k = doc->n_dates; k > 0; k--) {
            const PactDate *told = &doc->dates[k - 1];
            int ty;
            int tm;
            int td;
            /* not a date of years before deep in its sentence ("after the
             * steps India took on August 5, 2019"): a clause's history */
            size_t depth = 0;
            while (depth < 7 && told->tok > depth &&
                   doc->toks.v[told->tok - depth - 1].sentence == doc->toks.v[told->tok].sentence) {
              depth++;
            }
            if (depth >= 7 && atoi(told->start) < t->year) {
              continue;
            }
            if (!told->range && pact_iso_day_parse(told->start, &ty, &tm, &td)) {
              from = pact_days_from_civil(ty, tm, td);
              break;
            }
          }
        }
        pact_civil_from_days(from + delta, &y, &m, &d);
        if (strcmp(e->kind, "week") == 0) {
          pact_iso_format(a, y, m, 0); /* a week: its month */
        } else {
          pact_iso_format(a, y, m, d);
        }
      }
    }
    *st = add_date(doc, i, n, a, NULL);
    return n;
  }
  return 0;
}

/* Whether the date d belongs to a person's life, not to an event: "élu
 * en février à la présidence", "appointed in 2019", "born in 1962", "since
 * his appointment in 2019". */
static int
of_a_life(const PactDoc *doc, const PactDate *d)
{
  static const char *const life[] = {"elected", "re-elected", "reelected", "appointed", "born", "sworn",
                                     "elu", "elue", "reelu", "reelue", "nomme", "nommee", "ne", "nee",
                                     "investi", "investie", NULL};
  static const char *const events[] = {"appointment", "election", "nomination", "investiture", "inauguration",
                                       "birth", "naissance", NULL};
  /* taking an office: "took command", "prise de fonctions", "came to power" */
  static const char *const taking[] = {"took", "taken", "taking", "assumed", "assuming", "came", "come",
                                       "prise", "pris", "arrive", "arrivee", "accede", "accedee", NULL};
  static const char *const offices[] = {"office", "command", "power", "fonctions", "commandement", "pouvoir", NULL};
  static const char *const between[] = {"of", "the", "on", "in", "de", "du", "des", "la", "le", "l", "en", "a", NULL};

  for (size_t k = d->tok; k > 0 && k + 3 > d->tok; k--) {
    if (pact_doc_key_in(doc, k - 1, life)) {
      return 1;
    }
  }
  /* "la première depuis sa nomination à la tête du ministère en avril
   * 2021", "since his appointment in 2019": the noun, in its clause */
  for (size_t k = d->tok; k > 0 && k + 9 > d->tok && !pact_doc_is_punct(doc, k - 1, ','); k--) {
    if (pact_doc_key_in(doc, k - 1, events)) {
      return 1;
    }
  }
  /* "since he took command of the Indian Navy on April 30", "depuis sa
   * prise de fonctions le 30 avril", "assumed office in 2022": the day an
   * office was taken, with only the office's name between them (not "who
   * took office in May received X on Tuesday") */
  for (size_t k = d->tok; k > 1 && k + 9 > d->tok; k--) {
    if (pact_doc_key_in(doc, k - 1, offices)) {
      return pact_doc_key_in(doc, k - 2, taking) || (k > 2 && pact_doc_key_in(doc, k - 3, taking));
    }
    if (!(pact_doc_key_in(doc, k - 1, between) || pact_doc_is_punct(doc, k - 1, '\'') ||
          pact_doc_has(doc, k - 1, LEX_COUNTRY) || (doc->toks.v[k - 1].flags & TF_CAP))) {
      return 0;
    }
  }
  return 0;
}

PactStatus
pact_doc_dates(PactDoc *doc)
{
  PactStatus st = PACT_OK;

  const uint32_t date_types = 1u << LEX_MONTH | 1u << LEX_WEEKDAY | 1u << LEX_RELATIVE;
  uint32_t year_sentence = UINT32_MAX;

  doc->told_year = 0;
  doc->told_month = 0;
  doc->named_year = 0;

  for (size_t i = 0; i < doc->toks.n && st == PACT_OK;) {
    const PactToken *t = &doc->toks.v[i];
    const PactMatch *m = pact_doc_match_at(doc, i);
    size_t used;
    /* only a number, a word that starts with a digit ("1er", "3rd") or a
     * calendar word can start a date: skip the rest at once */
    if (t->kind != TOK_NUMBER && !(t->kind == TOK_WORD && pact_token_key(&doc->toks, i)[0] >= '0' &&
                                   pact_token_key(&doc->toks, i)[0] <= '9') &&
        !(m && m->tok == i && (m->types & date_types))) {
      i++;
      continue;
    }
    if (t->sentence != year_sentence) {
      doc->sentence_year = 0;
    }
    size_t before = doc->n_dates;
    doc->reading_sentence = t->sentence;
    doc->reading_tok = (uint32_t)i;
    used = date_at(doc, i, &st);
    /* a date that told its year lends it to the days after it in its
     * sentence that do not */
    /* not a year told as a starting point ("a drill Pakistan has hosted
     * since 2007, ran from February 11 to 16"): the time since then */
    static const char *const since[] = {"since", "depuis", NULL};
    int from_then = i > 0 && pact_doc_key_in(doc, i - 1, since);
    for (size_t k = i; doc->n_dates > before && k < i + used; k++) {
      const PactToken *y = &doc->toks.v[k];
      if (y->kind == TOK_NUMBER && y->key_len == 4) {
        doc->named_year = atoi(pact_token_key(&doc->toks, k));
      }
      if (y->kind == TOK_NUMBER && y->key_len == 4 && !from_then) {
        doc->sentence_year = atoi(pact_token_key(&doc->toks, k));
        doc->told_year = doc->sentence_year;
        const char *told = doc->dates[doc->n_dates - 1].start;
        doc->told_month = strlen(told) >= 7 && told[4] == '-' ? atoi(told + 5) : 0; /* "2019-10": 10 */
        doc->told_sentence = t->sentence;
        year_sentence = t->sentence;
      }
    }
    i += used ? used : 1;
  }
  doc->sentence_year = 0;
  doc->told_year = 0;
  doc->told_month = 0;
  doc->named_year = 0;
  for (size_t k = 0; k < doc->n_dates; k++) {
    doc->dates[k].life = (uint8_t)of_a_life(doc, &doc->dates[k]);
  }
  return st;
}
