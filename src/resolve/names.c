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
    /* English "w" where French writes "ou": Anwar and Anouar, Edward
     * and Edouard */
    if (c == 'w' && i > 0) {
      continue;
    }
    /* Alexandre and Aleksandr */
    if (c == 'x') {
      if (!n || out[n - 1] != 'k') {
        out[n++] = 'k';
      }
      c = 's';
    }
    if (c == 'g' && i > 0 && is_vowel(w[i - 1]) && (next == 'i' || next == 'y') && is_vowel(w[i + 2]) &&
        w[i + 2] != 'y') {
      continue; /* a Greek gamma between vowels: Panagiotis = Panayotis */
    }
    if (c == 'p' && next == 'h') {
      c = 'f';
      i++;
    } else if ((c == 'd' && next == 'j') || (c == 'z' && next == 'h')) {
      c = 'k'; /* a 'j', as below */
      i++;
    } else if (c == 'c' && next == 'h') {
      c = 's'; /* and no 'h' after it, as for "sh"; "sch" is one 's' */
      i++;
    } else if (c == 'q' || c == 'c' || c == 'g' || c == 'j') {
      /* Arabic's qaf and jim as outlets write them: Saqr and Sagr,
       * Bagheri and Baqeri, Majeed and Meguid, Jaafar and Gaafar */
      c = 'k';
    } else if (c == 'h' && i + 1 == len && i > 0 && is_vowel(w[i - 1])) {
      continue; /* Abdullah = Abdulla, Gadih = Gadi */
    } else if (c == 'h' && i > 0 && strchr("bdgkt", w[i - 1])) {
      continue; /* an aspirate transliterated or not: Bidhya = Bidya */
    } else if (c == 'h' && i > 0 && (w[i - 1] == 's' || w[i - 1] == 'z')) {
      continue; /* "š" and "ž" with their accents off: Šekerinska = Shekerinska */
    }
    if (n && out[n - 1] == c) {
      continue; /* doubled letters, and doubles across dropped vowels */
    }
    out[n++] = c;
  }
  out[n] = '\0';
  /* "Abd al-" before a sun letter is said, and in French written, without
   * its "l": Abdulrahman and Abderrahmane, Abdulsalam and Abdessalam (not
   * before a "t": the "ll" of Abdellatif is the article and the name's own) */
  if (n >= 5 && strncmp(out, "abdl", 4) == 0 && strchr("rsdnz", out[4])) {
    memmove(out + 3, out + 4, n - 3);
  }
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

/* A name cut into the words its key is made of. */
typedef struct {
  char glued[MAX_WORDS][128];
  int common[MAX_WORDS];
  size_t n;
  size_t kept; /* the words that are not common given names */
  int particles; /* a particle was glued: "Salman bin Abdulaziz Al Saud" */
} NameWords;

/* The longest optional particle (names.tsv) `w` starts with, as its
 * length; 0 if none. */
static size_t
particle_prefix(const PactSynonyms *rules, const char *w)
{
  char head[8];
  size_t best = 0;

  for (size_t len = 2; len < sizeof head && w[len]; len++) {
    memcpy(head, w, len);
    head[len] = '\0';
    if (pact_synonyms_find(rules, "optional", head)) {
      best = len;
    }
  }
  return best;
}

/* A word without the optional particles it opens with, when four letters
 * or more stay: one report writes "Halimi bin Abd Manaf", another
 * "Halimi Abd Manaf"; one "Ould Cheikh El Ghazouani", another "Ould
 * Ghazouani". The particle is the part that comes and goes, the name
 * after it the part that stays; glued ("Elouafi") or apart ("El
 * Ouafi"), the word loses it alike. */
static void
strip_particles(const PactSynonyms *rules, char *w)
{
  size_t p;

  while ((p = particle_prefix(rules, w)) && strlen(w + p) >= 4) {
    memmove(w, w + p, strlen(w + p) + 1);
  }
}

/* Marks the common given names among the words, and counts the others. */
static void
mark_common(const PactSynonyms *rules, NameWords *nw)
{
  nw->kept = 0;
  for (size_t i = 0; i < nw->n; i++) {
    nw->common[i] = pact_synonyms_find(rules, "common", nw->glued[i]) != NULL;
    nw->kept += !nw->common[i];
  }
}

/* The words of `s`: abbreviations and usual short forms of given names
 * expanded, particles glued to the word after them (`loose`: a run of
 * them, then the optional ones left out of its front), initials gone when
 * two other words remain, common given names marked. */
static PactStatus
name_words(const PactSynonyms *rules, const char *s, int loose, NameWords *nw)
{
  PactBuf key;
  char *words[MAX_WORDS];
  size_t n = 0;
  size_t kept = 0;
  PactStatus st;

  nw->particles = 0;
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
  /* Particles glue to the word after them. Loosely, a run of them
   * glues ("bin Abd Manaf": all three) and the optional ones then go
   * from the front. */
  {
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
      size_t len = 0;
      nw->glued[m][0] = '\0';
      while (i + 1 < n && pact_synonyms_find(rules, "particle", words[i]) &&
             len + strlen(words[i]) < sizeof nw->glued[0] / 2) {
        strcpy(nw->glued[m] + len, words[i]);
        len += strlen(words[i]);
        i++;
        nw->particles = 1;
        if (!loose) {
          break;
        }
      }
      snprintf(nw->glued[m] + len, sizeof nw->glued[m] - len, "%s", words[i]);
      if (loose) {
        strip_particles(rules, nw->glued[m]);
      }
      m++;
    }
    n = m;
  }
  pact_buf_free(&key);
  /* Initials ("Khawaja M. Asif", "K.P. Sharma Oli", "KP Sharma Oli") go
   * when two other words remain. */
  for (size_t i = 0; i < n; i++) {
    kept += !initials(nw->glued[i]);
  }
  if (kept >= 2) {
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
      if (!initials(nw->glued[i])) {
        memmove(nw->glued[m++], nw->glued[i], sizeof nw->glued[i]);
      }
    }
    n = m;
  }
  nw->n = n;
  mark_common(rules, nw);
  return PACT_OK;
}

/* Appends the key of words i and j (the same word: a key of one word). */
static PactStatus
pair_key(const NameWords *nw, size_t i, size_t j, PactBuf *out)
{
  char a[64];
  char b[64];
  const char *lo;
  const char *hi;
  PactStatus st;

  pact_name_skeleton(nw->glued[i], a, sizeof a);
  pact_name_skeleton(nw->glued[j], b, sizeof b);
  if (i == j) {
    return pact_buf_adds(out, a);
  }
  lo = strcmp(a, b) <= 0 ? a : b;
  hi = lo == a ? b : a;
  st = pact_buf_adds(out, lo);
  if (st == PACT_OK) {
    st = pact_buf_addc(out, ' ');
  }
  return st == PACT_OK ? pact_buf_adds(out, hi) : st;
}

/* The first and last words of the key, leaving out common given names
 * when at least two others remain; 0 when the name has no word. */
static int
key_words(const NameWords *nw, size_t *first, size_t *last)
{
  *first = nw->n;
  *last = 0;
  for (size_t i = 0; i < nw->n; i++) {
    if (nw->kept >= 2 && nw->common[i]) {
      continue;
    }
    if (*first == nw->n) {
      *first = i;
    }
    *last = i;
  }
  return *first < nw->n;
}

/* Names longer than this give no sub-keys: a list of words, not a name. */
#define MAX_SUB_WORDS 8

/* The keys of each pair of words but the key's own (first, last), one
 * per line. A name with particles keeps its first word in each: the
 * others name the bearer's father and forebears ("Salman bin Abdulaziz
 * Al Saud" is not "Abdulaziz bin Saud"). */
static PactStatus
pair_keys(const NameWords *nw, size_t first, size_t last, PactBuf *out)
{
  PactStatus st = PACT_OK;

  if (nw->n < 3 || nw->n > MAX_SUB_WORDS) {
    return PACT_OK;
  }
  for (size_t i = 0; i < (nw->particles ? 1 : nw->n) && st == PACT_OK; i++) {
    for (size_t j = i + 1; j < nw->n && st == PACT_OK; j++) {
      if (i == first && j == last) {
        continue;
      }
      if (out->len) {
        st = pact_buf_addc(out, '\n');
      }
      if (st == PACT_OK) {
        st = pair_key(nw, i, j, out);
      }
    }
  }
  return st;
}

PactStatus
pact_name_keys(const PactSynonyms *rules, const char *s, PactBuf *key, PactBuf *loose, PactBuf *subs)
{
  NameWords strict;
  NameWords lw;
  size_t first;
  size_t last;
  PactStatus st = name_words(rules, s, 0, &strict);

  if (st == PACT_OK && key && key_words(&strict, &first, &last)) {
    st = pair_key(&strict, first, last, key);
  }
  if (st != PACT_OK || (!loose && !subs)) {
    return st;
  }
  if (strict.particles) {
    st = name_words(rules, s, 1, &lw);
  } else {
    /* no particle glued: the same words, each without the optional
     * particles it opens with */
    lw = strict;
    for (size_t i = 0; i < lw.n; i++) {
      strip_particles(rules, lw.glued[i]);
    }
    mark_common(rules, &lw);
  }
  if (st == PACT_OK && key_words(&lw, &first, &last)) {
    if (loose) {
      st = pair_key(&lw, first, last, loose);
    }
    if (st == PACT_OK && subs) {
      st = pair_keys(&lw, first, last, subs);
    }
  }
  return st;
}

PactStatus
pact_name_key(const PactSynonyms *rules, PactBuf *out, const char *s)
{
  return pact_name_keys(rules, s, out, NULL, NULL);
}

PactStatus
pact_name_loose_key(const PactSynonyms *rules, PactBuf *out, const char *s)
{
  return pact_name_keys(rules, s, NULL, out, NULL);
}

PactStatus
pact_name_sub_keys(const PactSynonyms *rules, PactBuf *out, const char *s)
{
  return pact_name_keys(rules, s, NULL, NULL, out);
}
