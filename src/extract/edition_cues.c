/* How a sentence tells an edition of the named exercise: by an ordinal
 * and "edition" ("the fourth edition", "la 16e édition", "edition
 * XXXVII"), by an ordinal before or after the name ("the first Bright
 * Star", "Cleopatra, the thirteenth"), by a number glued to the name
 * ("Cobra Gold 41"), by a verb of founding ("was launched in 2019"), by
 * "Last year," before the name. editions.c makes exercises of what these
 * find. */
#include "extract/editions.h"
#include "extract/events.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Whether the word at i names an edition: "edition", "iteration", and
 * "round" when no "of" follows ("the previous round, the 11th", not "the
 * fifth round of talks"). */
int
editions_edition_word(const PactDoc *doc, size_t i)
{
  return pact_doc_key_is(doc, i, "edition") || pact_doc_key_is(doc, i, "iteration") ||
         (pact_doc_key_is(doc, i, "round") && !pact_doc_key_is(doc, i + 1, "of"));
}

/* The edition of the named exercise that tok tells, or 0: "the fourth
 * edition", "the previous edition" (the story's edition less one), "la
 * troisième édition ..., et la quatrième en février 2023" (an ordinal
 * after "and the" in a sentence that told an edition), "Dustlik was first
 * held in 2019" (the first). The token returned on is the last word. */
int
editions_edition_told(const PactDoc *doc, size_t i, int story_edition)
{
  static const char *const previous[] = {"previous", "precedente", "precedent", NULL};
  static const char *const held[] = {"held", "conducted", "organised", "organized", "staged", NULL};
  int v;

  if (editions_edition_word(doc, i)) {
    if ((v = events_ordinal_at(doc, i - 1))) {
      return v;
    }
    /* "l'édition XXXVII s'était tenue", "edition 37": the number after */
    if (i + 1 < doc->toks.n && !(doc->toks.v[i + 1].flags & TF_SENT)) {
      const char *k = pact_token_key(&doc->toks, i + 1);
      v = doc->toks.v[i + 1].kind == TOK_NUMBER && doc->toks.v[i + 1].key_len <= 3 ? atoi(k)
          : (doc->toks.v[i + 1].flags & TF_UPPER) ? events_roman(k) : 0;
      if (v > 0 && v < 200) {
        return v;
      }
    }
    /* "Last year's edition, the 14th, was held", "l'édition précédente,
     * la 14e,": the ordinal in apposition */
    for (size_t k = i + 1; k < i + 3 && k + 2 < doc->toks.n; k++) {
      if (pact_doc_is_punct(doc, k, ',') && events_is_determiner(doc, k + 1) && (v = events_ordinal_at(doc, k + 2))) {
        return v;
      }
    }
    /* "Last year's edition was shorter", "l'édition de l'an passé" */
    int last_year = i >= 4 && pact_doc_key_is(doc, i - 1, "s") && pact_doc_is_punct(doc, i - 2, '\'') &&
                    pact_doc_key_is(doc, i - 3, "year") && pact_doc_key_is(doc, i - 4, "last");
    last_year |= i + 5 < doc->toks.n && pact_doc_key_is(doc, i + 1, "de") &&
                 pact_doc_key_is(doc, i + 2, "l") && pact_doc_key_is(doc, i + 4, "an") &&
                 (pact_doc_key_is(doc, i + 5, "passe") || pact_doc_key_is(doc, i + 5, "dernier"));
    return (pact_doc_key_in(doc, i - 1, previous) || last_year) && story_edition > 1 ? story_edition - 1 : 0;
  }
  if (i >= 2 && (pact_doc_key_is(doc, i - 1, "la") || pact_doc_key_is(doc, i - 1, "the")) &&
      (pact_doc_key_is(doc, i - 2, "et") || pact_doc_key_is(doc, i - 2, "and")) && (v = events_ordinal_at(doc, i)) &&
      !pact_doc_key_is(doc, i + 1, "edition") && !pact_doc_key_is(doc, i + 1, "iteration")) {
    size_t a;
    size_t b;
    events_sentence_span(doc, doc->toks.v[i].sentence, i, &a, &b);
    for (size_t k = a + 1; k < i; k++) {
      if (pact_doc_key_is(doc, k, "edition") && events_ordinal_at(doc, k - 1)) {
        return v;
      }
    }
    return 0;
  }
  /* "Ses deux premières éditions avaient eu lieu aux États-Unis. La
   * troisième, organisée à Rajendrapur du 19 au 31 mars 2022": an
   * ordinal that opens its sentence after one that spoke of editions */
  if (i >= 2 && (doc->toks.v[i - 1].flags & TF_SENT) &&
      (pact_doc_key_is(doc, i - 1, "la") || pact_doc_key_is(doc, i - 1, "the") || pact_doc_key_is(doc, i - 1, "le")) &&
      (v = events_ordinal_at(doc, i)) && !pact_doc_key_is(doc, i + 1, "edition") &&
      !pact_doc_key_is(doc, i + 1, "iteration")) {
    uint32_t s = doc->toks.v[i].sentence;
    for (size_t k = i - 1; k > 0 && doc->toks.v[k - 1].sentence + 1 >= s; k--) {
      if (doc->toks.v[k - 1].sentence < s &&
          (pact_doc_key_is(doc, k - 1, "editions") || pact_doc_key_is(doc, k - 1, "edition"))) {
        return v;
      }
    }
    return 0;
  }
  /* "The previous command post exercise in the series, the 12th, took
   * place in Jinja": the ordinal in apposition, or else the story's
   * edition less one */
  if (events_entry_kind(doc, i, LEX_EVENT, "exercise")) {
    size_t a;
    size_t b;
    events_sentence_span(doc, doc->toks.v[i].sentence, i, &a, &b);
    if (!events_previous_cue(doc, a, i)) {
      return 0;
    }
    for (size_t k = i + 1; k + 1 < b; k++) {
      if (pact_doc_is_punct(doc, k - 1, ',') && events_is_determiner(doc, k) && (v = events_ordinal_at(doc, k + 1))) {
        return v;
      }
    }
    return story_edition > 1 ? story_edition - 1 : 0;
  }
  if (pact_doc_key_is(doc, i, "first") && (pact_doc_key_is(doc, i - 1, "was") || pact_doc_key_is(doc, i - 1, "were")) &&
      pact_doc_key_in(doc, i + 1, held)) {
    return 1;
  }
  return 0;
}

/* Whether the token at k is the name's first word (its n bytes, compared
 * with the token's key, lower case). */
int
editions_first_word_at(const PactDoc *doc, size_t k, const char *name, size_t n)
{
  const char *key = pact_token_key(&doc->toks, k);
  int same = doc->toks.v[k].key_len == n;

  for (size_t c = 0; same && c < n; c++) {
    same = key[c] == tolower((unsigned char)name[c]);
  }
  return same;
}

/* "the first Bright Star was held in October 1980", "la deuxième Chergui":
 * an ordinal after "the"/"la"/"le" and before the named exercise's first
 * word (`name` is the name's key, its first word first_len bytes) tells
 * that edition; 0 otherwise. The caller lets the story's own edition go
 * ("the 19th Bright Star exercise"). */
int
editions_ordinal_before_name(const PactDoc *doc, size_t tok, const char *name, size_t first_len)
{
  int v;

  /* the name's first word first: most tokens are let go at once */
  if (tok < 1 || tok + 1 >= doc->toks.n || doc->toks.v[tok + 1].key_len != first_len ||
      !editions_first_word_at(doc, tok + 1, name, first_len) ||
      !(pact_doc_key_is(doc, tok - 1, "the") || pact_doc_key_is(doc, tok - 1, "la") ||
        pact_doc_key_is(doc, tok - 1, "le")) ||
      !(v = events_ordinal_at(doc, tok))) {
    return 0;
  }
  return v;
}

/* "Last year's Cleopatra, the thirteenth, was held", "la Chergui
 * précédente, la 14e,": the ordinal in apposition after the named
 * exercise's name, which starts at tok (the name's first word, first_len
 * bytes, then its other capitalised words); 0 otherwise. */
int
editions_ordinal_after_name(const PactDoc *doc, size_t tok, const char *name, size_t first_len)
{
  size_t k = tok + 1;

  if (doc->toks.v[tok].key_len != first_len || !editions_first_word_at(doc, tok, name, first_len)) {
    return 0;
  }
  while (k < doc->toks.n && k < tok + 5 && doc->toks.v[k].kind == TOK_WORD && (doc->toks.v[k].flags & TF_CAP) &&
         !(doc->toks.v[k].flags & TF_SENT)) {
    k++;
  }
  if (k + 2 < doc->toks.n && pact_doc_key_is(doc, k + 1, "precedente")) {
    k++;
  }
  if (k + 2 >= doc->toks.n || !pact_doc_is_punct(doc, k, ',') || !events_is_determiner(doc, k + 1)) {
    return 0;
  }
  return events_ordinal_at(doc, k + 2);
}

/* The date told right after the word at tok (within three words: "est
 * né en décembre 2011"; or past the place told first: "began off Port
 * Sudan in February 2013"), or NULL. */
const PactDate *
editions_date_just_after(const PactDoc *doc, size_t tok)
{
  static const char *const where[] = {"in", "at", "off", "near", "on", "from", "a", "en", "au", "aux", "pres",
                                      "du", "de", "d", "l", "la", "le", "the", NULL};
  size_t reach = tok + 3;

  /* "The series began in Egypt from 15 to 26 October 2016": past the
   * place the clause tells first */
  for (size_t k = tok + 1; k < doc->toks.n && k < tok + 9; k++) {
    if (!(pact_doc_key_in(doc, k, where) || pact_doc_entry(doc, k, LEX_COUNTRY) || pact_doc_entry(doc, k, LEX_PLACE) ||
          (doc->toks.v[k].flags & TF_CAP))) {
      reach = k > reach ? k : reach;
      break;
    }
  }
  for (size_t d = 0; d < doc->n_dates; d++) {
    const PactDate *at = &doc->dates[d];
    if (at->tok > tok && at->tok <= reach && at->start[0]) {
      return at;
    }
  }
  return NULL;
}

/* 1 when tok is a verb of founding whose sentence names the exercise
 * `name` before it: "Garuda Shakti avait été inauguré en mars 2012",
 * "Dustlik was launched in 2019", "the series was launched in 2004" (its
 * first edition); 0 otherwise. */
int
editions_launched(const PactDoc *doc, size_t tok, const char *name)
{
  static const char *const verbs[] = {"inaugure", "inauguree", "inaugurated", "launched", "lance", "lancee", NULL};
  /* "Nomadic Elephant began in 2006", "Khanjar est né en décembre 2011":
   * verbs that found only with a date of a year well before the
   * article's ("began on Monday", "began in December" of last year are
   * this edition's start) */
  static const char *const began[] = {"began", "started", "begun", "founded", "created", "ne", "nee", "cree",
                                      "creee", NULL};
  if (!pact_doc_key_in(doc, tok, verbs)) {
    /* asked of every token: the verbs' first letters, then the words */
    if (doc->toks.v[tok].key_len > 7 || !strchr("bsfcn", pact_token_key(&doc->toks, tok)[0]) ||
        !pact_doc_key_in(doc, tok, began)) {
      return 0;
    }
    const PactDate *at = doc->text->year ? editions_date_just_after(doc, tok) : NULL;
    int year = at ? atoi(at->start) : 0;
    if (!at || !(year < doc->text->year - 1 || (year == doc->text->year - 1 && strlen(at->start) == 4))) {
      return 0;
    }
  }
  size_t n = strcspn(name, " -");
  int named = 0;
  for (size_t k = tok; k > 0 && !(doc->toks.v[k].flags & TF_SENT); k--) {
    if (pact_doc_key_is(doc, k - 1, "edition") || events_ordinal_at(doc, k - 1)) {
      return 0; /* "la 20e édition officiellement lancée": that edition's start */
    }
    named |= editions_first_word_at(doc, k - 1, name, n) || pact_doc_key_is(doc, k - 1, "series") ||
             pact_doc_key_is(doc, k - 1, "serie");
  }
  /* "Lancé en 2017, « Tiger Lightning » a été interrompu": the verb
   * opens the sentence and the name follows, past its date */
  for (size_t k = tok + 1; !named && (doc->toks.v[tok].flags & TF_SENT) && k < doc->toks.n && k < tok + 8 &&
                           !(doc->toks.v[k].flags & TF_SENT);
       k++) {
    named = editions_first_word_at(doc, k, name, n);
  }
  return named;
}

/* "L'an passé, Xaritoo s'était déroulé du 19 au 21 octobre 2022",
 * "Last year, Xaritoo ran from ...": a sentence that opens with last year
 * and names the story's exercise (its first word, first_len bytes of
 * `name`) tells the edition before the story's (story_edition less
 * one); 0 otherwise. */
int
editions_last_year_named(const PactDoc *doc, size_t tok, const char *name, size_t first_len, int story_edition)
{
  size_t k;

  if (story_edition < 2 || !(doc->toks.v[tok].flags & TF_SENT)) {
    return 0;
  }
  if (pact_doc_key_is(doc, tok, "last") && pact_doc_key_is(doc, tok + 1, "year") &&
      pact_doc_is_punct(doc, tok + 2, ',')) {
    k = tok + 3;
  } else if (pact_doc_key_is(doc, tok, "l") && pact_doc_key_is(doc, tok + 2, "an") &&
             (pact_doc_key_is(doc, tok + 3, "passe") || pact_doc_key_is(doc, tok + 3, "dernier")) &&
             pact_doc_is_punct(doc, tok + 4, ',')) {
    k = tok + 5;
  } else {
    return 0;
  }
  for (size_t end = k + 3; k < end && k < doc->toks.n && !(doc->toks.v[k].flags & TF_SENT); k++) {
    if (doc->toks.v[k].key_len == first_len && editions_first_word_at(doc, k, name, first_len)) {
      return story_edition - 1;
    }
  }
  return 0;
}

/* Whether two digits `yy` at tok are the year of a date of tok's
 * sentence, or of the article. */
static int
year_of_sentence(const PactDoc *doc, size_t tok, int yy)
{
  size_t a;
  size_t b;

  if (doc->text->year && doc->text->year % 100 == yy) {
    return 1;
  }
  events_sentence_span(doc, doc->toks.v[tok].sentence, tok, &a, &b);
  for (size_t d = 0; d < doc->n_dates && doc->dates[d].tok < b; d++) { /* in text order */
    const PactDate *at = &doc->dates[d];
    if (at->tok >= a && at->start[0] && atoi(at->start) % 100 == yy) {
      return 1;
    }
  }
  return 0;
}

/* "Tiger Lightning-3 was staged at Rajendrapur", "Cobra Gold 41 took
 * place": the name of the story's exercise (key `name`, its words parted
 * by spaces) at tok, then another number glued by a hyphen or after a
 * space (digits, a roman numeral), with no word of an exercise needed;
 * first_len is the length of the name's first word. Returns that number
 * and sets *last to its token; 0 when none. */
int
editions_named_number(const PactDoc *doc, size_t tok, const char *name, size_t first_len, size_t *last)
{
  const char *p = name;
  size_t k = tok;

  /* most tokens differ in length or first letter from the name's first
   * word: asked of every token, this is the quick no */
  if (doc->toks.v[tok].key_len != first_len || pact_token_key(&doc->toks, tok)[0] != name[0] ||
      !(doc->toks.v[tok].flags & TF_CAP) ||
      (tok > 0 && doc->toks.v[tok - 1].kind == TOK_WORD && (doc->toks.v[tok - 1].flags & TF_CAP) &&
       !(doc->toks.v[tok].flags & TF_SENT))) {
    return 0;
  }
  while (*p) {
    size_t w = strcspn(p, " -");
    while (k < doc->toks.n && pact_doc_is_punct(doc, k, '-') && !(doc->toks.v[k].flags & TF_SPACE)) {
      k++;
    }
    if (k >= doc->toks.n || doc->toks.v[k].key_len != w || strncmp(pact_token_key(&doc->toks, k), p, w) != 0) {
      return 0;
    }
    k++;
    p += w;
    p += strspn(p, " -");
  }
  if (k < doc->toks.n && pact_doc_is_punct(doc, k, '-') && !(doc->toks.v[k].flags & TF_SPACE)) {
    k++;
  }
  if (k >= doc->toks.n || (doc->toks.v[k].flags & TF_SENT)) {
    return 0;
  }
  int v = 0;
  if (doc->toks.v[k].kind == TOK_NUMBER && doc->toks.v[k].key_len <= 2) {
    v = atoi(pact_token_key(&doc->toks, k));
    /* "Bright Star 23 was held ... from August 31 to September 14,
     * 2023", "African Lion 25" in a report of 2025: two digits after a
     * space that are the year of its sentence's date, or of the article,
     * are that year, not an edition */
    if (doc->toks.v[k].key_len == 2 && (doc->toks.v[k].flags & TF_SPACE) && year_of_sentence(doc, k, v)) {
      v = 0;
    }
  } else if (doc->toks.v[k].kind == TOK_WORD && (doc->toks.v[k].flags & TF_UPPER)) {
    v = events_roman(pact_token_key(&doc->toks, k));
  }
  *last = k;
  return v;
}

/* "The first two editions, in 2017 and 2021", "Ses deux premières
 * éditions ... en 2017 puis en 2021": at tok ("editions"), how many
 * first editions are told (2 to 5), when the sentence holds as many
 * years, one for each, in order; 0 otherwise. */
int
editions_first_editions(const PactDoc *doc, size_t tok)
{
  static const char *const firsts[] = {"first", "premieres", "premiers", NULL};
  int n = 0;

  if (tok < 2 || (doc->toks.v[tok].key_len != 8 && doc->toks.v[tok].key_len != 10) ||
      !(pact_doc_key_is(doc, tok, "editions") || pact_doc_key_is(doc, tok, "iterations"))) {
    return 0;
  }
  if (pact_doc_key_in(doc, tok - 1, firsts)) {
    n = events_cardinal(doc, tok - 2); /* "deux premières éditions" */
  } else if (pact_doc_key_in(doc, tok - 2, firsts)) {
    n = events_cardinal(doc, tok - 1); /* "the first two editions" */
  }
  return n >= 2 && n <= 5 ? n : 0;
}
