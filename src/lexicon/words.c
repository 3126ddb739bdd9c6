/* The word lists (is this a dictionary word?) and the furniture lines of
 * scraped pages (share buttons, bylines, headings after the story). */
#define _POSIX_C_SOURCE 200809L
#include "lexicon/internal.h"

#include "util/datadir.h"
#include "util/file.h"
#include "util/hash.h"
#include "util/text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static char *
folded_line(PactLexicon *lex, const char *s)
{
  PactBuf b;
  char *out;

  pact_buf_init(&b, 0);
  if (pact_text_key(&b, s, strlen(s)) != PACT_OK) {
    pact_buf_free(&b);
    return NULL;
  }
  out = pact_arena_strdup(&lex->arena, pact_buf_str(&b));
  pact_buf_free(&b);
  return out;
}

/* Appends `s` to the array *v of *n strings; on failure *v is unchanged. */
static PactStatus
add_string(char ***v, size_t *n, char *s)
{
  char **nv;

  if (!s) {
    return PACT_ERR_NOMEM;
  }
  nv = realloc(*v, (*n + 1) * sizeof *nv);
  if (!nv) {
    return PACT_ERR_NOMEM;
  }
  *v = nv;
  (*v)[(*n)++] = s;
  return PACT_OK;
}

/* The hash of a key's first word, its bytes up to a '-' (never 0). */
static uint64_t
first_word_hash(const char *key)
{
  uint64_t h = pact_hash_fast(key, strcspn(key, "-"));

  return h ? h : 1;
}

static int
has_first_word(const PactLexicon *lex, uint64_t h)
{
  for (size_t i = h & 511; lex->furniture_words[i]; i = (i + 1) & 511) {
    if (lex->furniture_words[i] == h) {
      return 1;
    }
  }
  return 0;
}

PactStatus
lexicon_furniture_row(PactLexicon *lex, char **f, size_t n)
{
  char *key = folded_line(lex, f[0]);

  (void)n;
  if (key && !*key) {
    return PACT_OK; /* "©" folds to nothing: handled as a prefix by code */
  }
  if (key) {
    uint64_t h = first_word_hash(key);
    size_t i = h & 511;
    lex->furniture_first[(unsigned char)key[0]] = 1;
    while (lex->furniture_words[i] && lex->furniture_words[i] != h) {
      i = (i + 1) & 511;
    }
    if (!lex->furniture_words[i]) {
      /* at most half full; past that, no filter (furniture_unfiltered) */
      lex->furniture_unfiltered |= ++lex->n_furniture_words > 256;
      lex->furniture_words[i] = lex->furniture_unfiltered ? 0 : h;
    }
  }
  if (strcmp(f[1], "prefix") == 0) {
    return add_string(&lex->furniture_prefixes, &lex->n_furniture_prefixes, key);
  }
  if (strncmp(f[1], "end", 3) == 0) {
    for (int d = '0'; d <= '9'; d++) {
      lex->furniture_first[d] = 1; /* "12 comments" */
    }
  }
  if (strcmp(f[1], "end") == 0) {
    return add_string(&lex->furniture_end_lines, &lex->n_furniture_end_lines, key);
  }
  if (strcmp(f[1], "end-prefix") == 0) {
    return add_string(&lex->furniture_end_prefixes, &lex->n_furniture_end_prefixes, key);
  }
  return add_string(&lex->furniture_lines, &lex->n_furniture_lines, key);
}

/* Loads a word list into an open-addressing set sized for it. */
enum { BLOOM_BITS = 1 << 20 };

static void
bloom_add(uint64_t *bloom, uint64_t h)
{
  uint32_t a = (uint32_t)h & (BLOOM_BITS - 1);
  uint32_t b = (uint32_t)(h >> 32) & (BLOOM_BITS - 1);

  bloom[a >> 6] |= UINT64_C(1) << (a & 63);
  bloom[b >> 6] |= UINT64_C(1) << (b & 63);
}

static int
bloom_has(const uint64_t *bloom, uint64_t h)
{
  uint32_t a = (uint32_t)h & (BLOOM_BITS - 1);
  uint32_t b = (uint32_t)(h >> 32) & (BLOOM_BITS - 1);

  return (bloom[a >> 6] >> (a & 63) & 1) && (bloom[b >> 6] >> (b & 63) & 1);
}

/* Puts the word at `offset` of `text` (hash h) into the set, unless it is
 * there already. A slot holds 1 + the word's offset in the text (0: an
 * empty slot): four bytes, so that the French list's table is 2 MiB, which
 * a run pays for in page faults before its first article. */
static void
set_put(uint32_t *set, size_t mask, const char *text, size_t offset, uint64_t h)
{
  size_t i = h & mask;

  while (set[i]) {
    const char *w = text + set[i] - 1;
    if (w[0] == text[offset] && strcmp(w, text + offset) == 0) {
      return;
    }
    i = (i + 1) & mask;
  }
  set[i] = (uint32_t)(offset + 1);
}

enum { PUT_AHEAD = 16 };

PactStatus
lexicon_load_words(PactLexicon *lex, const char *dir, const char *name, uint32_t **set, size_t *mask,
                   uint64_t **bloom, char **text)
{
  /* One read of the whole list, cut into lines in place: the lists are
   * large (300,000 French words) and loaded at every start. */
  char *path = pact_datadir_file(dir, name);
  PactBuf b = {0};
  PactStatus st;
  size_t lines = 0;
  char *p;
  char *end;
  /* Words wait PUT_AHEAD lines between their hash and their slot, which
   * is prefetched meanwhile: the table (2^19 slots, 2 MiB, for the
   * French list) is far larger than the caches, and a probe that waited for memory at
   * every word was most of a short run's time. */
  struct {
    size_t offset;
    uint64_t h;
  } ahead[PUT_AHEAD];
  size_t n_ahead = 0;

  if (!path) {
    return PACT_ERR_NOMEM;
  }
  st = pact_file_read(path, 0, "a word list", &b, lex->d);
  free(path);
  if (st != PACT_OK) {
    pact_buf_free(&b);
    return st;
  }
  *text = b.data ? b.data : NULL;
  if (b.len >= UINT32_MAX) {
    return pact_diag(lex->d, PACT_ERR_INPUT, name, 0, "larger than 4 GiB: not a word list");
  }
  p = b.data;
  end = b.data ? b.data + b.len : NULL;
  /* a plain count, which the compiler vectorises: memchr per line costs
   * a call for every ten bytes */
  for (const char *q = p; q && q < end; q++) {
    lines += *q == '\n';
  }
  *mask = 1023;
  while (*mask < (lines + 1) * 3 / 2) { /* at most two slots in three full */
    *mask = *mask * 2 + 1;
  }
  *set = calloc(*mask + 1, sizeof **set);
  *bloom = calloc(BLOOM_BITS / 64, sizeof **bloom);
  if (!*set || !*bloom) {
    return PACT_ERR_NOMEM;
  }
  while (p && p < end) {
    char *nl = p;
    char *line = p;
    size_t len;
    uint64_t h;
    while (nl < end && *nl != '\n') {
      nl++; /* lines are words: shorter than memchr's start-up */
    }
    p = nl + 1;
    *nl = '\0';
    len = (size_t)(nl - line);
    if (len && line[len - 1] == '\r') {
      line[--len] = '\0';
    }
    if (len == 0 || line[0] == '#') {
      continue;
    }
    h = pact_hash_fast(line, len);
    __builtin_prefetch(&(*set)[h & *mask], 1);
    bloom_add(*bloom, h);
    /* a ring: the oldest word goes in, in the list's order */
    if (n_ahead >= PUT_AHEAD) {
      set_put(*set, *mask, b.data, ahead[n_ahead % PUT_AHEAD].offset, ahead[n_ahead % PUT_AHEAD].h);
    }
    ahead[n_ahead % PUT_AHEAD].offset = (size_t)(line - b.data);
    ahead[n_ahead % PUT_AHEAD].h = h;
    n_ahead++;
  }
  for (size_t k = n_ahead > PUT_AHEAD ? n_ahead - PUT_AHEAD : 0; k < n_ahead; k++) {
    set_put(*set, *mask, b.data, ahead[k % PUT_AHEAD].offset, ahead[k % PUT_AHEAD].h);
  }
  return PACT_OK;
}

static int
in_set(const uint32_t *set, size_t mask, const uint64_t *bloom, const char *text, const char *word,
       size_t len, uint64_t h)
{
  size_t i;

  if (!set) {
    return 0;
  }
  if (!bloom_has(bloom, h)) {
    return 0;
  }
  i = h & mask;
  while (set[i]) {
    const char *w = text + set[i] - 1;
    if (w[0] == word[0] && strncmp(w, word, len) == 0 && w[len] == '\0') {
      return 1;
    }
    i = (i + 1) & mask;
  }
  return 0;
}

int
pact_lexicon_is_word(const PactLexicon *lex, const char *word, size_t len)
{
  return lex && in_set(lex->words, lex->words_mask, lex->word_bloom[1], lex->word_text[1], word, len,
                      pact_hash_fast(word, len));
}

int
pact_lexicon_is_word_in(const PactLexicon *lex, int lang, const char *word, size_t len)
{
  return pact_lexicon_is_word_hash(lex, lang, word, len, pact_hash_fast(word, len));
}

int
pact_lexicon_is_word_hash(const PactLexicon *lex, int lang, const char *word, size_t len,
                          uint64_t hash)
{
  if (!lex) {
    return 0;
  }
  return lang == 2 ? in_set(lex->words_fr, lex->words_fr_mask, lex->word_bloom[2], lex->word_text[2], word,
                            len, hash)
                   : in_set(lex->words, lex->words_mask, lex->word_bloom[1], lex->word_text[1], word, len,
                            hash);
}

/* Whether folded `key` is one of the folded lines v[0..n). */
static int
in_lines(const char *key, char *const *v, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    if (key[0] == v[i][0] && strcmp(key, v[i]) == 0) {
      return 1;
    }
  }
  return 0;
}

/* Whether folded `key` starts with one of the folded prefixes v[0..n), as
 * whole words. */
static int
has_prefix(const char *key, char *const *v, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    size_t plen;
    if (key[0] != v[i][0]) {
      continue; /* most prefixes differ at once */
    }
    plen = strlen(v[i]);
    if (strncmp(key, v[i], plen) == 0 && (key[plen] == '\0' || key[plen] == '-')) {
      return 1;
    }
  }
  return 0;
}

int
pact_lexicon_is_furniture(const PactLexicon *lex, const char *line, size_t len)
{
  PactBuf b;
  int hit = 0;

  if (!lex) {
    return 0;
  }
  /* Most lines start with a letter no furniture starts with: answer
   * without folding the line. (Folding keeps a-z and digits as they are,
   * lower-cases A-Z and drops punctuation, so the first ASCII letter or
   * digit of the line is the key's first byte.) */
  {
    size_t i = 0;
    size_t j;
    char room[256];
    while (i < len && !(isalnum((unsigned char)line[i]) || (unsigned char)line[i] >= 0x80)) {
      i++;
    }
    if (i < len && (unsigned char)line[i] < 0x80 &&
        !lex->furniture_first[(unsigned char)tolower((unsigned char)line[i])]) {
      return 0;
    }
    /* Then by the line's first word, folded alone (the key of the line's
     * start is the start of its key): the first word of every furniture
     * key is in a small set, and most lines' is not. A key that opens
     * with a count ("12 comments") goes on to the whole test. The word is
     * folded on the stack: at most 18 bytes a character. */
    for (j = i; j < (len < 80 ? len : 48) && line[j] != ' '; j++) {
    }
    if (!lex->furniture_unfiltered && j * 18 + 1 < sizeof room) {
      PactBuf w = {room, 0, sizeof room, 0};
      if (pact_text_key(&w, line, j) == PACT_OK && w.len && !(room[0] >= '0' && room[0] <= '9') &&
          !has_first_word(lex, first_word_hash(room))) {
        return 0;
      }
    }
  }
  pact_buf_init(&b, 0);
  /* prefixes are short: a long line needs only its start folded */
  if (pact_text_key(&b, line, len < 80 ? len : 48) == PACT_OK) {
    const char *key = pact_buf_str(&b);
    const char *counted = key;
    /* a whole furniture line is short; a long line can only have a prefix */
    hit = len < 80 && in_lines(key, lex->furniture_lines, lex->n_furniture_lines);
    hit = hit || has_prefix(key, lex->furniture_prefixes, lex->n_furniture_prefixes);
    /* "12 comments", "1 commentaire": a count may open a heading */
    while (*counted >= '0' && *counted <= '9') {
      counted++;
    }
    if (counted != key && *counted == '-') {
      counted++;
    }
    if ((len < 80 && in_lines(counted, lex->furniture_end_lines, lex->n_furniture_end_lines)) ||
        has_prefix(counted, lex->furniture_end_prefixes, lex->n_furniture_end_prefixes)) {
      hit = 2;
    }
    /* "Commentaires (2)", "Comments (14)": or close it */
    if (hit != 2 && len < 80) {
      char *k = b.data;
      size_t n = b.len;
      size_t d = n;
      while (d > 0 && k[d - 1] >= '0' && k[d - 1] <= '9') {
        d--;
      }
      if (d < n && d > 1 && k[d - 1] == '-') {
        k[d - 1] = '\0';
        hit = in_lines(k, lex->furniture_end_lines, lex->n_furniture_end_lines) ? 2 : hit;
      }
    }
  }
  pact_buf_free(&b);
  return hit;
}
