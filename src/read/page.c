#include "read/page.h"

#include "lexicon/lexicon.h"
#include "util/buf.h"
#include "util/text.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A sentence of the story has at least this many words; a headline, a
 * byline, a menu or a related headline rarely does and ends without one. */
#define PROSE_WORDS 10

typedef struct {
  size_t start;
  size_t len;
} Line;

static int
is_space(char c)
{
  return c == ' ' || c == '\t' || c == '\r';
}

static size_t
count_words(const char *s, size_t len)
{
  size_t n = 0;
  int in = 0;

  for (size_t i = 0; i < len; i++) {
    int sp = is_space(s[i]);
    n += !sp && !in;
    in = !sp;
  }
  return n;
}

/* Trims spaces at both ends of [*s, *s + *len). */
static void
trim(const char **s, size_t *len)
{
  while (*len && is_space(**s)) {
    (*s)++;
    (*len)--;
  }
  while (*len && is_space((*s)[*len - 1])) {
    (*len)--;
  }
}

static int
starts_with(const char *s, size_t len, const char *prefix)
{
  size_t n = strlen(prefix);
  return len >= n && strncasecmp(s, prefix, n) == 0;
}

/* A list item ("- headline", "• headline"): related stories, menus. */
static int
is_list_item(const char *s, size_t len)
{
  return starts_with(s, len, "- ") || starts_with(s, len, "* ") ||
         starts_with(s, len, "\xe2\x80\xa2") || starts_with(s, len, "\xe2\x80\x93 ") ||
         starts_with(s, len, "\xc2\xb7");
}

/* A line of the story: a sentence of ten words or more that ends as
 * sentences do (". ", or a closing quotation after one). Headlines,
 * bylines and related headlines end without a full stop, even when an
 * initial ("S. Korea") puts one inside. */
static int
is_prose(const char *s, size_t len)
{
  trim(&s, &len);
  if (!len || is_list_item(s, len) || count_words(s, len) < PROSE_WORDS) {
    return 0;
  }
  /* strip closing quotations and brackets: the sentence ends before them */
  for (;;) {
    if (len >= 3 && memcmp(s + len - 3, "\xe2\x80\x9d", 3) == 0) { /* ” */
      len -= 3;
    } else if (len >= 2 && memcmp(s + len - 2, "\xc2\xbb", 2) == 0) { /* » */
      len -= 2;
    } else if (len && (s[len - 1] == '"' || s[len - 1] == ')' || s[len - 1] == ' ' ||
                       s[len - 1] == '\'')) {
      len--;
    } else {
      break;
    }
  }
  return len && (s[len - 1] == '.' || s[len - 1] == '!' || s[len - 1] == '?' ||
                 s[len - 1] == ':');
}

/* ---- dates --------------------------------------------------------------- */

typedef struct {
  const char *s;
  size_t len;
  int number;  /* its value when all digits, else -1 */
  int month;   /* 1-12 when the lexicon says it names a month, else 0 */
  char after;  /* the byte after it ('\0' at the end of the line) */
} Token;

#define MAX_TOKENS 48

static int
is_word_byte(unsigned char c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int
month_of(const PactLexicon *lex, PactBuf *key, const char *s, size_t len)
{
  size_t n = 0; /* pact_lexicon_entries() sets it; gcc cannot see that it runs whenever e is read */

  if (!lex || len > 12) {
    return 0;
  }
  pact_buf_reset(key);
  if (pact_text_key(key, s, len) != PACT_OK || !key->len) {
    return 0;
  }
  uint32_t node = pact_lexicon_step(lex, pact_lexicon_root(lex), key->data, key->len);
  const PactLexEntry *e = node ? pact_lexicon_entries(lex, node, &n) : NULL;
  for (size_t i = 0; e && i < n; i++) {
    if (e[i].type == LEX_MONTH) {
      return e[i].value;
    }
  }
  return 0;
}

static size_t
tokenize(const char *s, size_t len, const PactLexicon *lex, PactBuf *key, Token *tok)
{
  size_t n = 0;

  for (size_t i = 0; i < len && n < MAX_TOKENS;) {
    if (!is_word_byte((unsigned char)s[i])) {
      i++;
      continue;
    }
    size_t j = i;
    int digits = 1;
    while (j < len && is_word_byte((unsigned char)s[j])) {
      digits &= s[j] >= '0' && s[j] <= '9';
      j++;
    }
    Token *t = &tok[n++];
    t->s = s + i;
    t->len = j - i;
    t->number = digits && j - i <= 4 ? atoi(s + i) : -1;
    /* ordinal days: "1er" in French, "22nd", "1st", "3rd", "4th" */
    if (t->number < 0 && j - i >= 3 && j - i <= 4 && s[i] >= '0' && s[i] <= '9') {
      size_t k = i;
      while (k < j && s[k] >= '0' && s[k] <= '9') {
        k++;
      }
      if (k - i <= 2 && (!strncasecmp(s + k, "er", j - k) || !strncasecmp(s + k, "st", j - k) ||
                         !strncasecmp(s + k, "nd", j - k) || !strncasecmp(s + k, "rd", j - k) ||
                         !strncasecmp(s + k, "th", j - k)) && j - k == 2) {
        t->number = atoi(s + i);
        t->len = k - i;
      }
    }
    t->month = t->number < 0 ? month_of(lex, key, s + i, j - i) : 0;
    t->after = j < len ? s[j] : '\0';
    i = j;
  }
  return n;
}

static int
valid(int y, int m, int d)
{
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

static int
is_day(const Token *t)
{
  return t->number >= 1 && t->number <= 31 && t->len <= 3;
}

static int
is_year(const Token *t)
{
  return t->number >= 1900 && t->len == 4;
}

static void
set_date(int *y, int *m, int *d, int year, int month, int day)
{
  *y = year;
  *m = month;
  *d = day;
}

/* The first full date of a line: "27 September 2024", "Sep 27, 2024",
 * "le vendredi 27 septembre 2024", "2024-09-27", "2022.09.21", "27/09/2024"
 * (day first, unless that cannot be). */
static int
line_date(const char *s, size_t len, const PactLexicon *lex, PactBuf *key, int *y, int *m,
          int *d)
{
  Token tok[MAX_TOKENS];
  size_t n = tokenize(s, len, lex, key, tok);

  for (size_t i = 0; i + 2 < n; i++) {
    const Token *a = &tok[i];
    const Token *b = &tok[i + 1];
    const Token *c = &tok[i + 2];
    if (is_day(a) && b->month && is_year(c)) {
      set_date(y, m, d, c->number, b->month, a->number);
    } else if (a->month && is_day(b) && is_year(c)) {
      set_date(y, m, d, c->number, a->month, b->number);
    } else if (is_year(a) && b->number > 0 && c->number > 0 && b->len <= 2 && c->len <= 2 &&
               (a->after == '-' || a->after == '.' || a->after == '/') && b->after == a->after) {
      set_date(y, m, d, a->number, b->number, c->number);
    } else if (a->number > 0 && b->number > 0 && (is_year(c) || (c->len == 2 && c->number >= 0)) &&
               a->len <= 2 && b->len <= 2 &&
               (a->after == '/' || a->after == '.' || a->after == '-') && b->after == a->after) {
      /* day first, as most of the world and every French site writes it */
      int day = a->number;
      int month = b->number;
      if (month > 12 && day <= 12) {
        int swap = day;
        day = month;
        month = swap;
      }
      /* "20.11.24": a two-digit year is of this century */
      set_date(y, m, d, c->len == 2 ? 2000 + c->number : c->number, month, day);
    } else {
      continue;
    }
    if (valid(*y, *m, *d)) {
      return 1;
    }
  }
  return 0;
}

/* ---- the page ------------------------------------------------------------ */

/* A headline: words, not a sentence of the story, not chrome. */
static size_t
headline_score(const char *s, size_t len, int has_date)
{
  trim(&s, &len);
  size_t words = count_words(s, len);
  int lower = 0;

  if (has_date || words < 4 || words > 30 || is_list_item(s, len) || memchr(s, '|', len) ||
      starts_with(s, len, "By ") || starts_with(s, len, "Par ") ||
      starts_with(s, len, "\xc2\xa9") || starts_with(s, len, "Share") ||
      starts_with(s, len, "Partager")) {
    return 0;
  }
  for (size_t i = 0; i < len && !lower; i++) {
    lower = s[i] >= 'a' && s[i] <= 'z';
  }
  /* Sentences are not headlines: a cookie notice, a teaser. */
  for (size_t i = 1; i + 1 < len; i++) {
    if (s[i] == '.' && s[i + 1] == ' ' && s[i - 1] >= 'a' && s[i - 1] <= 'z') {
      return 0; /* after a word, not an initial ("S. Korea") */
    }
  }
  if (s[len - 1] == '.') {
    return 0;
  }
  return lower ? len : 0; /* all capitals: a site's name or a section */
}

void
pact_page_scan(const char *data, size_t len, const PactLexicon *lex, PactPage *page)
{
  Line *lines = NULL;
  size_t n = 0;
  size_t cap = 0;
  PactBuf key;

  memset(page, 0, sizeof *page);
  page->body_end = len;
  for (size_t i = 0; i < len;) {
    const char *nl = memchr(data + i, '\n', len - i);
    size_t l = nl ? (size_t)(nl - (data + i)) : len - i;
    if (n == cap) {
      size_t c = cap ? cap * 2 : 64;
      Line *v = realloc(lines, c * sizeof *v);
      if (!v) {
        free(lines);
        return; /* out of memory: the whole text is the story */
      }
      lines = v;
      cap = c;
    }
    lines[n++] = (Line){i, l};
    i += l + (nl ? 1 : 0);
  }
  size_t first = n;
  size_t last = n;
  for (size_t k = 0; k < n; k++) {
    const char *s = data + lines[k].start;
    size_t l = lines[k].len;
    int prose = is_prose(s, l);
    /* asked of prose, and of every line once the story has begun */
    int furniture = lex && (prose || first != n) ? pact_lexicon_is_furniture(lex, s, l < 160 ? l : 160) : 0;
    if (furniture == 2 && first != n) {
      break; /* "Related articles", "2 comments": readers' words and other stories follow */
    }
    if (prose && !furniture) {
      if (first == n) {
        first = k;
      }
      last = k;
    }
  }
  if (first == n) {
    free(lines);
    return;
  }
  page->body_start = lines[first].start;
  page->body_end = lines[last].start + lines[last].len;

  pact_buf_init(&key, 0);
  size_t best = 0;
  for (size_t k = 0; k < first; k++) {
    const char *s = data + lines[k].start;
    int y;
    int m;
    int d;
    int has_date = line_date(s, lines[k].len, lex, &key, &y, &m, &d);
    if (has_date && !page->year) {
      page->year = y;
      page->month = m;
      page->day = d;
    }
    size_t score = headline_score(s, lines[k].len, has_date);
    if (score && lex && pact_lexicon_is_furniture(lex, s, lines[k].len < 160 ? lines[k].len : 160)) {
      score = 0;
    }
    if (score > best) {
      best = score;
      page->title_start = lines[k].start;
      page->title_len = lines[k].len;
    }
  }
  pact_buf_free(&key);
  free(lines);
}
