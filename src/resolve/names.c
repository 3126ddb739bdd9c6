#include "resolve/names.h"

#include "util/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
is_vowel(char c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

void
pact_name_skeleton(const char *w, char *out, size_t cap)
{
  size_t n = 0;
  size_t len = strlen(w);

  if (cap == 0) {
    return;
  }
  for (size_t i = 0; i < len && n + 2 < cap; i++) {
    char c = w[i];
    char next = w[i + 1];
    if (c >= '0' && c <= '9') {
      out[n++] = c; /* "II", "2nd": numbers stay */
      continue;
    }
    /* Russian names as English and French write them: "Yermekbayev" and
     * "Iermekbaïev" (an initial y before a vowel is one), "Zhasuzakov"
     * and "Jasouzakov", "Dzhumabek" and "Djoumabek" (zh, dzh, dj: j),
     * "Chernov" and "Tchernov" */
    if (i == 0 && is_vowel(c) && (c != 'y' || (is_vowel(next) && next != 'y'))) {
      out[n++] = 'a';
      continue;
    }
    if (c == 'd' && next == 'z' && w[i + 2] == 'h') {
      continue; /* the 'zh' that follows is a 'j' */
    }
    if (c == 't' && next == 'c' && w[i + 2] == 'h') {
      continue;
    }
    if (i > 0 && is_vowel(c)) {
      continue;
    }
    if (c == 'g' && i > 0 && is_vowel(w[i - 1]) && (next == 'i' || next == 'y') && is_vowel(w[i + 2]) &&
        w[i + 2] != 'y') {
      continue; /* a Greek gamma between vowels: Panagiotis = Panayotis */
    }
    if (c == 'p' && next == 'h') {
      c = 'f';
      i++;
    } else if ((c == 'd' && next == 'j') || (c == 'z' && next == 'h')) {
      c = 'j';
      i++;
    } else if (c == 'c' && next == 'h') {
      if (n && out[n - 1] == 's') {
        i++;
        continue;
      }
      out[n++] = 's';
      c = 'h';
      i++;
    } else if (c == 'q' || c == 'c') {
      c = 'k';
    } else if (c == 'h' && i + 1 == len && i > 0 && is_vowel(w[i - 1])) {
      continue; /* Abdullah = Abdulla, Gadih = Gadi */
    } else if (c == 'h' && i > 0 && strchr("bdgkt", w[i - 1])) {
      continue; /* an aspirate transliterated or not: Bidhya = Bidya */
    }
    if (n && out[n - 1] == c) {
      continue; /* doubled letters, and doubles across dropped vowels */
    }
    out[n++] = c;
  }
  out[n] = '\0';
}

/* The name key of `s` with the apostrophes and hyphens between letters
 * left out: N'Diaye, N’Diaye and Ndiaye are one word, and so are Seo-yeon
 * and Seoyeon (so that order does not split a compound given name); and
 * glued words split. */
static PactStatus
without_joiners(PactBuf *key, const char *s)
{
  PactBuf plain;
  PactStatus st = PACT_OK;
  size_t len = strlen(s);

  pact_buf_init(&plain, 0);
  for (size_t i = 0; i < len && st == PACT_OK; i++) {
    int joiner = s[i] == '\'' || s[i] == '-' ? 1
                 : (unsigned char)s[i] == 0xE2 && i + 2 < len &&
                       (unsigned char)s[i + 1] == 0x80 &&
                       ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x90)
                   ? 3 : 0;
    if (joiner && i > 0 && i + (size_t)joiner < len && s[i - 1] != ' ' &&
        s[i + joiner] != ' ') {
      i += (size_t)joiner - 1;
      continue;
    }
    /* A capital after a small letter starts a word glued to the one
     * before it, as PDF extraction leaves them: AbdellatifLoudyi. */
    if (i > 0 && s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z') {
      st = pact_buf_addc(&plain, ' ');
    }
    if (st == PACT_OK) {
      st = pact_buf_addc(&plain, s[i]);
    }
  }
  if (st == PACT_OK) {
    st = pact_text_key(key, plain.data ? plain.data : "", plain.len);
  }
  pact_buf_free(&plain);
  return st;
}

#define MAX_WORDS 16

/* Whether a word of a name key is initials: one letter, or two or three
 * letters without a vowel ("KP", "MBS"; not "Ng", a surname). */
static int
initials(const char *w)
{
  size_t len = strlen(w);

  if (len == 1) {
    return 1;
  }
  if (len > 3 || strcmp(w, "ng") == 0) {
    return 0;
  }
  for (size_t i = 0; i < len; i++) {
    if (is_vowel(w[i]) || !(w[i] >= 'a' && w[i] <= 'z')) {
      return 0;
    }
  }
  return 1;
}

static PactStatus name_key(const PactSynonyms *rules, PactBuf *out, const char *s, int without_last);

PactStatus
pact_name_key(const PactSynonyms *rules, PactBuf *out, const char *s)
{
  return name_key(rules, out, s, 0);
}

PactStatus
pact_name_short_key(const PactSynonyms *rules, PactBuf *out, const char *s)
{
  return name_key(rules, out, s, 1);
}

/* The key of `s`, or with `without_last` that of `s` without its last
 * word when a word stays between the first and it (nothing otherwise). */
static PactStatus
name_key(const PactSynonyms *rules, PactBuf *out, const char *s, int without_last)
{
  PactBuf key;
  char *words[MAX_WORDS];
  char glued[MAX_WORDS][128];
  int common[MAX_WORDS];
  size_t n = 0;
  size_t kept = 0;
  size_t first = 0;
  size_t last = 0;
  char a[64];
  char b[64];
  PactStatus st;

  pact_buf_init(&key, 0);
  st = without_joiners(&key, s);
  if (st != PACT_OK) {
    pact_buf_free(&key);
    return st;
  }
  /* Words: the key's '-'-separated runs, abbreviations and usual short
   * forms of given names expanded. */
  for (char *w = key.data; w && *w && n < MAX_WORDS;) {
    char *dash = strchr(w, '-');
    const char *full;
    if (dash) {
      *dash = '\0';
    }
    full = pact_synonyms_find(rules, "abbrev", w);
    if (!full) {
      full = pact_synonyms_find(rules, "short", w); /* Nikos: Nikolaos */
    }
    words[n++] = full ? (char *)full : w;
    w = dash ? dash + 1 : NULL;
  }
  /* Particles glue to the word after them. */
  {
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
      size_t len = strlen(words[i]);
      if (i + 1 < n && pact_synonyms_find(rules, "particle", words[i]) &&
          len + strlen(words[i + 1]) < sizeof glued[0]) {
        memcpy(glued[m], words[i], len);
        strcpy(glued[m] + len, words[i + 1]);
        i++;
      } else {
        snprintf(glued[m], sizeof glued[m], "%s", words[i]);
      }
      m++;
    }
    n = m;
  }
  /* Initials ("Khawaja M. Asif", "K.P. Sharma Oli", "KP Sharma Oli") go
   * when two other words remain. */
  for (size_t i = 0; i < n; i++) {
    kept += !initials(glued[i]);
  }
  if (kept >= 2) {
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
      if (!initials(glued[i])) {
        memmove(glued[m++], glued[i], sizeof glued[i]);
      }
    }
    n = m;
  }
  kept = 0;
  for (size_t i = 0; i < n; i++) {
    common[i] = pact_synonyms_find(rules, "common", glued[i]) != NULL;
    kept += !common[i];
  }
  /* First and last words, leaving out common given names when at least
   * two others remain. */
  first = n;
  for (size_t i = 0; i < n; i++) {
    if (kept >= 2 && common[i]) {
      continue;
    }
    if (first == n) {
      first = i;
    }
    last = i;
  }
  if (first == n) {
    pact_buf_free(&key);
    return PACT_OK;
  }
  if (without_last) {
    /* the word before the last one kept: "Henry Delgado Salvador" is
     * "Henry Delgado", "Prabowo Subianto Djojohadikusumo" "Prabowo
     * Subianto" */
    size_t before = last;
    while (before > first && (before == last || (kept >= 2 && common[before]))) {
      before--;
    }
    if (before == first && n >= 3 && common[0] && first > 0) {
      /* "Mohamed Ahmed Zaki" told "Mohamed Zaki": the common given name
       * and the last, the middle one left out */
      first = 0;
    } else if (before == first) {
      pact_buf_free(&key);
      return PACT_OK;
    } else {
      last = before;
    }
  }
  pact_name_skeleton(glued[first], a, sizeof a);
  pact_name_skeleton(glued[last], b, sizeof b);
  if (first == last) {
    st = pact_buf_adds(out, a);
  } else {
    const char *lo = strcmp(a, b) <= 0 ? a : b;
    const char *hi = lo == a ? b : a;
    st = pact_buf_adds(out, lo);
    if (st == PACT_OK) {
      st = pact_buf_addc(out, ' ');
    }
    if (st == PACT_OK) {
      st = pact_buf_adds(out, hi);
    }
  }
  pact_buf_free(&key);
  return st;
}
