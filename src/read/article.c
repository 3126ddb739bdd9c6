#define _POSIX_C_SOURCE 200809L
#include "read/article.h"

#include "lexicon/lexicon.h"
#include "read/page.h"
#include "util/buf.h"
#include "util/file.h"
#include "util/text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <utf8proc.h>

enum { MAX_ARTICLE_BYTES = 64 * 1024 * 1024 };

/* Normalised text under construction: bytes, and for each byte the code
 * point of the original file it comes from. */
typedef struct {
  PactBuf text;
  uint32_t *orig;
  size_t cap;
} Out;

/* Room for `len` more bytes and their origins. */
static PactStatus
out_reserve(Out *o, size_t len)
{
  if (o->text.len + len + 1 > o->cap) {
    size_t cap = o->cap ? o->cap * 2 : 4096;
    uint32_t *v;
    while (cap < o->text.len + len + 1) {
      cap *= 2;
    }
    v = realloc(o->orig, cap * sizeof *v);
    if (!v) {
      return PACT_ERR_NOMEM;
    }
    o->orig = v;
    o->cap = cap;
  }
  return PACT_OK;
}

/* Appends `len` bytes that all come from code point `from` (a character
 * and its replacement). */
static PactStatus
out_put(Out *o, const char *s, size_t len, uint32_t from)
{
  PACT_TRY(out_reserve(o, len));
  for (size_t i = 0; i < len; i++) {
    o->orig[o->text.len + i] = from;
  }
  return pact_buf_add(&o->text, s, len);
}

/* Appends a run of ASCII characters: byte i comes from code point from + i. */
static PactStatus
out_run(Out *o, const char *s, size_t len, uint32_t from)
{
  PACT_TRY(out_reserve(o, len));
  for (size_t i = 0; i < len; i++) {
    o->orig[o->text.len + i] = from + (uint32_t)i;
  }
  return pact_buf_add(&o->text, s, len);
}

/* Appends bytes whose origins are already known. */
static PactStatus
out_copy(Out *o, const char *s, size_t len, const uint32_t *from)
{
  PACT_TRY(out_reserve(o, len));
  memcpy(o->orig + o->text.len, from, len * sizeof *from);
  return pact_buf_add(&o->text, s, len);
}

/* Typographic forms become the plain ones the lexicons use; characters
 * that carry nothing disappear. Returns the replacement (may be ""), or
 * NULL to keep the character as it is. */
static const char *
plain_form(utf8proc_int32_t cp)
{
  switch (cp) {
  case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032: case 0x00B4:
    return "'";
  case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: case 0x2033:
    return "\"";
  case 0x00A0: case 0x202F: case 0x2007: case 0x2009: case 0x200A: case 0x2002:
  case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2008: case 0x205F:
  case 0x3000: case '\t': case '\f': case '\v':
    return " ";
  case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
  case 0x2212:
    return "-";
  case 0x2026:
    return "...";
  case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
  case '\r':
    return "";
  default:
    return NULL;
  }
}

/* ---- glued words ---------------------------------------------------------
 * PDF extraction drops spaces: "aMemorandum ofUnderstanding", "intheir".
 * Two rules put them back. A lower-case letter followed by a capitalised
 * word ("ofUnderstanding", "AbdellatifLoudyi") is split, but not an acronym
 * or a short prefix such as "MoU", "McCain", "DeSouza". A lower-case word
 * that is not English but is two English words ("intheir", "amilestone")
 * is split into them. */

static int
is_lower(char c)
{
  return c >= 'a' && c <= 'z';
}

static int
is_upper(char c)
{
  return c >= 'A' && c <= 'Z';
}

static int
known(const PactLexicon *lex, const char *w, size_t len)
{
  char low[64];

  if (len >= sizeof low) {
    return 0;
  }
  for (size_t i = 0; i < len; i++) {
    low[i] = is_upper(w[i]) ? (char)(w[i] - 'A' + 'a') : w[i];
  }
  return pact_lexicon_is_word(lex, low, len);
}

static int
is_function_word(const char *w, size_t len)
{
  static const char *const words[] = {
    "the", "a", "an", "in", "on", "of", "to", "at", "by", "for", "and", "or", "as",
    "is", "was", "their", "its", "his", "her", "this", "that", "with", "from",
    "both", "two", "where", "which", "who", NULL};

  for (size_t i = 0; words[i]; i++) {
    if (strlen(words[i]) == len && strncasecmp(words[i], w, len) == 0) {
      return 1;
    }
  }
  return 0;
}

/* Where to split the ASCII letters w[0..len) into two known words, or 0. */
static size_t
dictionary_split(const PactLexicon *lex, const char *w, size_t len)
{
  size_t best = 0;
  size_t best_score = 0;

  if (len < 5 || len > 40 || known(lex, w, len)) {
    return 0;
  }
  for (size_t cut = 1; cut < len; cut++) {
    size_t a = cut;
    size_t b = len - cut;
    /* One-letter words only as "a" or "i" before; each side known. */
    if ((a == 1 && w[0] != 'a' && w[0] != 'A') || b < 2) {
      continue;
    }
    if (is_upper(w[cut])) {
      continue; /* the camel rule's business */
    }
    if (!known(lex, w, a) || !known(lex, w + cut, b)) {
      continue;
    }
    /* A capitalised word is mostly a name ("Washington" is not "washing
     * ton"): split it only after a small function word ("Theagreement"). */
    if (is_upper(w[0]) && !is_function_word(w, a)) {
      continue;
    }
    {
      /* prefer a split off a small function word ("in|their", not
       * "int|heir"), then balanced ones */
      size_t score = (a < b ? a : b) + 100 * (size_t)(is_function_word(w, a) || is_function_word(w + cut, b));
      if (score > best_score) {
        best_score = score;
        best = cut;
      }
    }
  }
  return best;
}

/* Writes the word w[0..len) (ASCII letters) with spaces put back. */
static PactStatus
put_word(Out *o, const PactLexicon *lex, const char *w, size_t len, const uint32_t *from,
         int english)
{
  size_t start = 0;

  for (size_t i = 1; i < len; i++) {
    if (is_lower(w[i - 1]) && is_upper(w[i])) {
      size_t plen = i - start;
      int prefix_lower = is_lower(w[start]);
      /* the next part must be a capitalised word, not an acronym: "Mo|U" */
      int next_word = i + 1 < len && is_lower(w[i + 1]);
      if (next_word && (prefix_lower || plen >= 4)) {
        PACT_TRY(put_word(o, lex, w + start, i - start, from + start, english));
        PACT_TRY(out_put(o, " ", 1, from[i]));
        start = i;
      }
    }
  }
  if (start > 0) {
    return put_word(o, lex, w + start, len - start, from + start, english);
  }
  if (english && lex) {
    size_t cut = dictionary_split(lex, w, len);
    if (cut) {
      for (size_t i = 0; i < cut; i++) {
        PACT_TRY(out_put(o, w + i, 1, from[i]));
      }
      PACT_TRY(out_put(o, " ", 1, from[cut]));
      return put_word(o, lex, w + cut, len - cut, from + cut, english);
    }
  }
  return out_copy(o, w, len, from);
}

/* Whether the text shows the marks of PDF extraction: words run into
 * capitalised ones ("ofUnderstanding", "AbdellatifLoudyi") more than
 * once. Only then is every lower-case word checked against the dictionary
 * for glue ("intheir"), which clean text does not need. */
static int
looks_glued(const Out *o)
{
  const char *s = o->text.data ? o->text.data : "";
  size_t n = o->text.len;
  int marks = 0;

  for (size_t i = 2; i < n && marks < 2; i++) {
    /* eight bytes without a capital A-Z at a time: capitals are few, and
     * this runs over every article (the test counts only bytes below
     * 0x80, so UTF-8 never looks like one) */
    while (i + 8 <= n) {
      uint64_t w;
      uint64_t low;
      memcpy(&w, s + i, 8);
      low = w & UINT64_C(0x7f7f7f7f7f7f7f7f);
      if (((UINT64_C(0x0101010101010101) * (127 + 'Z' + 1) - low) & ~w &
           (low + UINT64_C(0x0101010101010101) * (127 - ('A' - 1))) & UINT64_C(0x8080808080808080)) != 0) {
        break;
      }
      i += 8;
    }
    if (i >= n) {
      break;
    }
    if (is_upper(s[i]) && is_lower(s[i - 1]) && i + 1 < n && is_lower(s[i + 1])) {
      marks++;
    }
  }
  return marks >= 2;
}

/* Second pass over the normalised text: ASCII words are checked for glue. */
static PactStatus
unglue(Out *dst, const Out *src, const PactLexicon *lex, int english)
{
  const char *s = src->text.data ? src->text.data : "";
  size_t n = src->text.len;
  size_t i = 0;

  while (i < n) {
    size_t j = i;
    while (j < n && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))) {
      j++;
    }
    /* a word only when not glued to digits or non-ASCII letters */
    if (j > i && !(i > 0 && ((unsigned char)s[i - 1] >= 0x80 || (s[i - 1] >= '0' && s[i - 1] <= '9'))) &&
        !(j < n && ((unsigned char)s[j] >= 0x80 || (s[j] >= '0' && s[j] <= '9')))) {
      PACT_TRY(put_word(dst, lex, s + i, j - i, src->orig + i, english));
      i = j;
      continue;
    }
    if (j == i) {
      j = i + 1;
      while (j < n && !((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))) {
        j++;
      }
    }
    PACT_TRY(out_copy(dst, s + i, j - i, src->orig + i));
    i = j;
  }
  return PACT_OK;
}

/* ---- lines ---------------------------------------------------------------- */

static int
parse_dateline(const char *s, size_t len, int *y, int *m, int *d, size_t *rest)
{
  size_t i = 0;

  while (i < len && s[i] == ' ') {
    i++;
  }
  if (len - i < 15 || strncmp(s + i, "date ", 5) != 0) {
    return 0;
  }
  i += 5;
  for (size_t k = 0; k < 10; k++) {
    char c = s[i + k];
    if (k == 4 || k == 7 ? c != '-' : !(c >= '0' && c <= '9')) {
      return 0;
    }
  }
  *y = atoi(s + i);
  *m = atoi(s + i + 5);
  *d = atoi(s + i + 8);
  if (*m < 1 || *m > 12 || *d < 1 || *d > 31) {
    return 0;
  }
  *rest = i + 10;
  return 1;
}

static int
only_digits_or_punct(const char *s, size_t len)
{
  int any = 0;

  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return 0;
    }
    any |= c != ' ';
  }
  return any;
}

static char *
trimmed_copy(const char *s, size_t len)
{
  while (len && (*s == ' ' || *s == '\t')) {
    s++;
    len--;
  }
  while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r')) {
    len--;
  }
  return strndup(s, len);
}

/* "Source: https://..." or "Source:https://..." gives the URL. */
static char *
source_url(const char *s, size_t len)
{
  const char *colon = memchr(s, ':', len);
  const char *end = s + len;
  const char *url;

  if (!colon) {
    return NULL;
  }
  url = colon + 1;
  while (url < end && *url == ' ') {
    url++;
  }
  if (end - url > 8 && (strncmp(url, "http://", 7) == 0 || strncmp(url, "https://", 8) == 0)) {
    const char *stop = url;
    while (stop < end && *stop != ' ' && *stop != '\t' && *stop != '\r') {
      stop++;
    }
    {
      char *copy = strndup(url, (size_t)(stop - url));
      if (copy && !pact_text_valid_iri(copy)) {
        free(copy);
        return NULL;
      }
      return copy;
    }
  }
  return NULL;
}

static int
starts_with_word(const char *s, size_t len, const char *word)
{
  size_t n = strlen(word);
  size_t i = 0;

  while (i < len && s[i] == ' ') {
    i++;
  }
  return len - i >= n && strncasecmp(s + i, word, n) == 0 &&
         (len - i == n || s[i + n] == ':' || s[i + n] == ' ');
}

/* Whether the line's first letter (after spaces) may open one of the
 * labels above, "Source", "Tags" or "Mots-clés": most lines are answered
 * without comparing words. */
static int
label_start(const char *s, size_t len)
{
  size_t i = 0;

  while (i < len && s[i] == ' ') {
    i++;
  }
  return i < len && strchr("SsTtMm", s[i]) != NULL;
}

/* Whether some byte of `w` is `c` (the classic zero-byte test on w ^ c). */
static int
has_byte(uint64_t w, unsigned char c)
{
  uint64_t x = w ^ (UINT64_C(0x0101010101010101) * c);

  return ((x - UINT64_C(0x0101010101010101)) & ~x & UINT64_C(0x8080808080808080)) != 0;
}

/* Emits one line's characters, normalised, into `o`. */
static PactStatus
emit(Out *o, const char *s, size_t len, uint32_t cp_index)
{
  size_t i = 0;

  while (i < len) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t step;
    const char *plain;

    if ((unsigned char)s[i] < 0x80 && s[i] != '\t' && s[i] != '\r' && s[i] != '\f' &&
        s[i] != '\v') {
      size_t j = i + 1;
      /* eight plain bytes at a time: no high bit, no \t \v \f \r */
      while (j + 8 <= len) {
        uint64_t w;
        memcpy(&w, s + j, 8);
        if ((w & UINT64_C(0x8080808080808080)) || has_byte(w, '\t') || has_byte(w, '\v') ||
            has_byte(w, '\f') || has_byte(w, '\r')) {
          break;
        }
        j += 8;
      }
      while (j < len && (unsigned char)s[j] < 0x80 && s[j] != '\t' && s[j] != '\r' && s[j] != '\f' &&
             s[j] != '\v') {
        j++;
      }
      PACT_TRY(out_run(o, s + i, j - i, cp_index));
      cp_index += (uint32_t)(j - i);
      i = j;
      continue;
    }
    step = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
    if (step <= 0) {
      return PACT_ERR_INPUT;
    }
    plain = plain_form(cp);
    if (plain) {
      PACT_TRY(out_put(o, plain, strlen(plain), cp_index));
    } else {
      PACT_TRY(out_put(o, s + i, (size_t)step, cp_index));
    }
    i += (size_t)step;
    cp_index++;
  }
  return PACT_OK;
}

/* A word of up to four ASCII letters, lower-cased, packed in an integer. */
static uint32_t
pack_word(const char *w, size_t n)
{
  uint32_t v = 0;

  for (size_t k = 0; k < n; k++) {
    v = v << 8 | (uint32_t)(unsigned char)(w[k] | 0x20);
  }
  return v;
}

/* Slot of a packed word in the table of detect_language. */
static unsigned
language_slot(uint32_t w)
{
  return (w * UINT32_C(0x9e3779b1)) >> 26; /* 64 slots */
}

/* English or French, from the most frequent short words of the first
 * page: words are packed integers, found in a small table (+1 an English
 * word, -1 a French one), since this runs over every article. */
static void
detect_language(PactText *t)
{
  static const char *const en[] = {"the", "and", "of", "to", "in", "is", "with", "for", "on", "was", "that", "has", NULL};
  static const char *const fr[] = {"le", "la", "les", "des", "du", "et", "une", "est", "pour", "dans", "avec", "qui", "au", NULL};
  static struct {
    uint32_t word; /* 0: empty */
    int score;
  } table[64];
  static int packed;
  long score = 0;
  const char *s = t->text;
  size_t i = 0;
  size_t end = t->len < 1024 ? t->len : 1024; /* the first paragraphs tell */

  if (!packed) {
    for (int lang = 0; lang < 2; lang++) {
      const char *const *words = lang ? fr : en;
      for (size_t k = 0; words[k]; k++) {
        uint32_t w = pack_word(words[k], strlen(words[k]));
        unsigned slot = language_slot(w);
        while (table[slot].word) {
          slot = (slot + 1) & 63;
        }
        table[slot].word = w;
        table[slot].score = lang ? -1 : 1;
      }
    }
    packed = 1;
  }
  while (i < end) {
    size_t j = i;
    while (j < end && (unsigned)((s[j] | 0x20) - 'a') < 26) { /* a-z or A-Z, in one test */
      j++;
    }
    if (j > i && j - i <= 4) {
      uint32_t w = pack_word(s + i, j - i);
      for (unsigned slot = language_slot(w); table[slot].word; slot = (slot + 1) & 63) {
        if (table[slot].word == w) {
          score += table[slot].score;
          break;
        }
      }
    }
    i = j > i ? j : i + 1;
  }
  strcpy(t->lang, score >= 0 ? "en" : "fr");
}

PactStatus
pact_text_from_bytes(PactText *t, const char *name, const char *data, size_t len,
                     const PactLexicon *lex, PactDiag *d)
{
  const char *base = strrchr(name, '/');
  Out first = {{0}, NULL, 0};
  Out second = {{0}, NULL, 0};
  const char *nul;
  size_t bad;
  size_t i = 0;
  uint32_t cp_index = 0;
  int seen_text = 0;
  PactStatus st = PACT_OK;

  memset(t, 0, sizeof *t);
  strcpy(t->lang, "en");
  t->file = strdup(base ? base + 1 : name);
  if (!t->file) {
    return pact_diag(d, PACT_ERR_NOMEM, name, 0, "out of memory");
  }
  nul = memchr(data, '\0', len);
  if (nul) {
    pact_text_free(t);
    return pact_diag(d, PACT_ERR_INPUT, name, 0,
                     "a NUL byte at byte %zu: a binary file, expected UTF-8 text",
                     (size_t)(nul - data));
  }
  if (!pact_text_valid_utf8(data, len, &bad)) {
    pact_text_free(t);
    return pact_diag(d, PACT_ERR_INPUT, name, 0, "invalid UTF-8 at byte %zu", bad);
  }
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
    i = 3;
    cp_index = 1;
  }
  pact_buf_init(&first.text, 0);
  /* Room for the text as it is, at once: normalising changes few bytes,
   * and a buffer grown by doubling copied the article several times. */
  if (pact_buf_reserve(&first.text, len + 64) != PACT_OK || out_reserve(&first, len + 64) != PACT_OK) {
    pact_buf_free(&first.text);
    free(first.orig);
    pact_text_free(t);
    return pact_diag(d, PACT_ERR_NOMEM, name, 0, "out of memory");
  }
  /* Without pactum's dateline the text may be a page as a scraper saved
   * it: keep the story, its headline and the page's date (read/page.h). */
  PactPage page;
  int from_page = 0;
  {
    size_t k = i;
    while (k < len && (data[k] == '\n' || data[k] == '\r' || data[k] == ' ')) {
      k++;
    }
    const char *nl = memchr(data + k, '\n', len - k);
    size_t l = nl ? (size_t)(nl - (data + k)) : len - k;
    int y;
    int m;
    int dd;
    size_t skip;
    if (!parse_dateline(data + k, l, &y, &m, &dd, &skip)) {
      pact_page_scan(data, len, lex, &page);
      from_page = 1;
      t->year = page.year;
      t->month = page.month;
      t->day = page.day;
      if (page.title_len) {
        t->title = trimmed_copy(data + page.title_start, page.title_len);
        seen_text = 1;
      }
    }
  }
  while (i < len && st == PACT_OK) {
    const char *line = data + i;
    const char *nl = memchr(line, '\n', len - i);
    size_t line_len = nl ? (size_t)(nl - line) : len - i;
    uint32_t line_cp = cp_index;
    size_t skip = 0;
    int drop = 0;
    int y;
    int m;
    int dd;

    cp_index += (uint32_t)pact_text_codepoints(line, line_len);
    if (from_page && ((i < page.body_start && !(page.title_len && i == page.title_start)) ||
                      i >= page.body_end)) {
      drop = 1; /* the page's chrome around the story */
    } else if (!seen_text && parse_dateline(line, line_len, &y, &m, &dd, &skip)) {
      t->year = y;
      t->month = m;
      t->day = dd;
      free(t->title);
      t->title = trimmed_copy(line + skip, line_len - skip);
    } else if (label_start(line, line_len) &&
               (starts_with_word(line, line_len, "Source") || starts_with_word(line, line_len, "Tags") ||
                starts_with_word(line, line_len, "Mots-cl\xc3\xa9s"))) {
      if (!t->source && starts_with_word(line, line_len, "Source")) {
        t->source = source_url(line, line_len);
      }
      drop = 1;
    } else if (line_len == 0) {
      /* a blank line: nothing to drop */
    } else if (only_digits_or_punct(line, line_len) ||
               pact_lexicon_is_furniture(lex, line, line_len < 160 ? line_len : 160)) {
      drop = 1;
    }
    if (!drop) {
      /* The title is the first line with text, unless a dateline gave one. */
      if (!seen_text && !t->title && line_len > skip) {
        t->title = trimmed_copy(line, line_len);
      }
      if (line_len > skip) {
        seen_text = 1;
      }
      st = emit(&first, line + skip, line_len - skip,
                line_cp + (uint32_t)pact_text_codepoints(line, skip));
    }
    if (st == PACT_OK && nl) {
      st = out_put(&first, "\n", 1, cp_index);
      cp_index++;
    }
    i += line_len + (nl ? 1 : 0);
  }
  if (st == PACT_OK) {
    st = out_put(&first, "", 0, cp_index); /* room for the end entry */
  }
  if (st == PACT_OK) {
    /* Language first: it decides whether English words are unglued. */
    t->text = first.text.data ? first.text.data : (char *)"";
    t->len = first.text.len;
    detect_language(t);
    t->text = NULL;
    if (looks_glued(&first)) {
      pact_buf_init(&second.text, 0);
      st = unglue(&second, &first, lex, strcmp(t->lang, "en") == 0);
    } else {
      /* clean text: the first pass is the text */
      second = first;
      first.text.data = NULL;
      first.text.len = 0;
      first.orig = NULL;
    }
  }
  if (st == PACT_OK) {
    st = out_put(&second, "", 0, cp_index);
  }
  pact_buf_free(&first.text);
  free(first.orig);
  if (st != PACT_OK) {
    pact_buf_free(&second.text);
    free(second.orig);
    pact_text_free(t);
    return pact_diag(d, st, name, 0, "%s", st == PACT_ERR_NOMEM ? "out of memory" : "cannot read");
  }
  /* Keep the original too: mentions quote it, not the normalised text. */
  t->raw = strndup(data, len);
  t->n_cp = cp_index; /* every character was counted above */
  /* Pure ASCII: a character is a byte, no map needed (cp_byte stays NULL). */
  t->cp_byte = t->n_cp == len ? NULL : malloc((t->n_cp + 1) * sizeof *t->cp_byte);
  if (t->raw && t->cp_byte) {
    size_t k = 0;
    size_t b = 0;
    while (b < len) {
      uint64_t w;
      if (b + 8 <= len) {
        memcpy(&w, data + b, 8);
        if (!(w & UINT64_C(0x8080808080808080))) {
          for (int j = 0; j < 8; j++) {
            t->cp_byte[k++] = (uint32_t)(b + (size_t)j); /* eight ASCII characters */
          }
          b += 8;
          continue;
        }
      }
      if (((unsigned char)data[b] & 0xC0) != 0x80) {
        t->cp_byte[k++] = (uint32_t)b;
      }
      b++;
    }
    t->cp_byte[k] = (uint32_t)len;
  }
  t->len = second.text.len;
  t->text = second.text.data ? pact_buf_take(&second.text) : strdup("");
  t->orig = second.orig;
  if (t->orig) {
    t->orig[t->len] = cp_index;
  }
  if (!t->text || !t->orig || !t->raw || (!t->cp_byte && t->n_cp != len)) {
    pact_text_free(t);
    return pact_diag(d, PACT_ERR_NOMEM, name, 0, "out of memory");
  }
  if (t->title && !*t->title) {
    free(t->title);
    t->title = NULL;
  }
  return PACT_OK;
}

PactStatus
pact_text_read(PactText *t, const char *path, const PactLexicon *lex, PactDiag *d)
{
  PactBuf buf;
  PactStatus st;

  memset(t, 0, sizeof *t);
  pact_buf_init(&buf, 0);
  st = pact_file_read(path, MAX_ARTICLE_BYTES, "an article", &buf, d);
  if (st == PACT_OK) {
    st = pact_text_from_bytes(t, path, buf.data ? buf.data : "", buf.len, lex, d);
  }
  pact_buf_free(&buf);
  return st;
}

void
pact_text_free(PactText *t)
{
  if (!t) {
    return;
  }
  free(t->text);
  free(t->orig);
  free(t->raw);
  free(t->cp_byte);
  free(t->file);
  free(t->title);
  free(t->source);
  memset(t, 0, sizeof *t);
}

uint32_t
pact_text_orig(const PactText *t, size_t at)
{
  return t->orig[at <= t->len ? at : t->len];
}

char *
pact_text_original(const PactText *t, uint32_t start, uint32_t end)
{
  size_t len;
  const char *s = pact_text_original_at(t, start, end, &len);

  return strndup(s, len);
}
