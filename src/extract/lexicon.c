#define _POSIX_C_SOURCE 200809L
#include "extract/lexicon.h"

#include "extract/tokens.h"
#include "util/arena.h"
#include "util/datadir.h"
#include "util/file.h"
#include "util/hash.h"
#include "util/text.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The trie's edges live in one open-addressing table keyed by (parent
 * node, token key); nodes are numbers, the root is 1. An edge keeps the
 * key's 64-bit hash, not the key: 16 bytes an edge keep the table small
 * enough for the caches, and two of the lexicons' few ten thousand words
 * sharing a 64-bit hash is a chance of about one in 10^11. */
typedef struct {
  uint64_t key_hash;
  uint32_t parent;
  uint32_t child;
} Edge;

typedef struct {
  uint32_t node;
  PactLexEntry entry;
} NodeEntry;

struct PactLexicon {
  PactArena arena;
  uint64_t first_bits[1024]; /* 65,536 bits: which token keys begin a
                                phrase; most tokens are rejected here
                                without a probe of the trie's table */
  struct {
    uint64_t hash;
    uint32_t node;                /* 0: no phrase starts with that word */
  } root_cache[4096];             /* the root's answers for frequent words,
                                     which the large edge table would give
                                     with a cache miss each time; a lexicon
                                     is used by one thread at a time */
  Edge *edges;
  size_t n_edges;
  size_t edge_mask;
  uint32_t n_nodes;
  NodeEntry *pending; /* (node, entry) while loading; sorted at the end */
  size_t n_pending;
  size_t cap_pending;
  uint32_t *first;    /* per node: first entry in `entries` */
  uint32_t *count;
  PactLexEntry *entries;
  PactLexCountry *countries;
  size_t n_countries;
  PactLexPlace *places;
  size_t n_places;
  size_t cap_places;
  const char **areas;  /* English label per area index */
  size_t n_areas;
  const char **words;  /* English words (open addressing) */
  size_t words_mask;
  const char **words_fr; /* French words */
  size_t words_fr_mask;
  uint64_t *word_bloom[3]; /* per language, 2^20 bits: a word not set here
                              is not in the list, found without touching
                              the large table (most lookups are misses or
                              hits on common words) */
  char *word_text[3];      /* the word lists' files, cut into lines in
                              place: the sets point into them; owned */
  uint8_t furniture_first[256]; /* first bytes that a furniture key starts with */
  char **furniture_lines;   /* folded whole lines */
  size_t n_furniture_lines;
  char **furniture_prefixes;
  size_t n_furniture_prefixes;
  char **furniture_end_lines;    /* headings after which the story is over */
  size_t n_furniture_end_lines;
  char **furniture_end_prefixes;
  size_t n_furniture_end_prefixes;
  PactDiag *d;
  const char *path;   /* table being read, for messages */
  unsigned long line;
};

PactStatus
pact_lexicon_token_key(PactBuf *out, const char *s, size_t len)
{
  return pact_text_key(out, s, len);
}

static uint64_t
edge_hash_of(uint32_t parent, uint64_t key_hash)
{
  return key_hash ^ pact_hash_mix(parent + UINT64_C(0x9e3779b97f4a7c15));
}


static int
edges_grow(PactLexicon *lex)
{
  size_t mask = lex->edges ? lex->edge_mask * 2 + 1 : 4095;
  Edge *edges = calloc(mask + 1, sizeof *edges);

  if (!edges) {
    return 0;
  }
  for (size_t i = 0; lex->edges && i <= lex->edge_mask; i++) {
    if (lex->edges[i].child) {
      size_t j = edge_hash_of(lex->edges[i].parent, lex->edges[i].key_hash) & mask;
      while (edges[j].child) {
        j = (j + 1) & mask;
      }
      edges[j] = lex->edges[i];
    }
  }
  free(lex->edges);
  lex->edges = edges;
  lex->edge_mask = mask;
  return 1;
}

uint32_t
pact_lexicon_root(const PactLexicon *lex)
{
  (void)lex;
  return 1;
}

static uint32_t
find_edge(const PactLexicon *lex, uint32_t node, uint64_t key_hash)
{
  for (size_t i = edge_hash_of(node, key_hash) & lex->edge_mask; lex->edges[i].child;
       i = (i + 1) & lex->edge_mask) {
    const Edge *e = &lex->edges[i];
    if (e->key_hash == key_hash && e->parent == node) {
      return e->child;
    }
  }
  return 0;
}

uint32_t
pact_lexicon_step(const PactLexicon *lex, uint32_t node, const char *key, size_t len)
{
  return pact_lexicon_step_hash(lex, node, pact_hash_fast(key, len));
}

uint32_t
pact_lexicon_step_hash(const PactLexicon *lex, uint32_t node, uint64_t kh)
{
  if (node == 1) {
    PactLexicon *cache = (PactLexicon *)lex; /* the cache only */
    size_t slot = (kh >> 20) & 4095;
    uint32_t child;
    if (!(lex->first_bits[(kh >> 6) & 1023] >> (kh & 63) & 1)) {
      return 0;
    }
    if (lex->root_cache[slot].hash == kh && kh != 0) {
      return lex->root_cache[slot].node;
    }
    child = find_edge(lex, node, kh);
    cache->root_cache[slot].hash = kh;
    cache->root_cache[slot].node = child;
    return child;
  }
  return find_edge(lex, node, kh);
}

static uint32_t find_edge(const PactLexicon *lex, uint32_t node, uint64_t key_hash);

static uint32_t
step_or_add(PactLexicon *lex, uint32_t node, const char *key, size_t len)
{
  uint64_t kh = pact_hash_fast(key, len);
  /* not pact_lexicon_step: its cache must not see a trie still growing */
  uint32_t child = find_edge(lex, node, kh);
  size_t i;

  if (child) {
    return child;
  }
  if ((lex->n_edges + 1) * 2 > lex->edge_mask + 1 && !edges_grow(lex)) {
    return 0;
  }
  for (i = edge_hash_of(node, kh) & lex->edge_mask; lex->edges[i].child; i = (i + 1) & lex->edge_mask) {
  }
  lex->edges[i].key_hash = kh;
  lex->edges[i].parent = node;
  lex->edges[i].child = ++lex->n_nodes;
  lex->n_edges++;
  return lex->edges[i].child;
}

static uint8_t
lang_code(const char *lang)
{
  if (strcmp(lang, "en") == 0) {
    return 1;
  }
  if (strcmp(lang, "fr") == 0) {
    return 2;
  }
  return 0;
}

/* Adds `phrase` to the trie with `entry`. */
static PactStatus
add_phrase(PactLexicon *lex, const char *phrase, PactLexEntry entry)
{
  PactTokens toks;
  uint32_t node = 1;
  PactStatus st;

  pact_tokens_init(&toks);
  st = pact_tokenize(&toks, phrase, strlen(phrase));
  /* Which words are written with a capital, or with two ("MoU"): the
   * text must have them so too ("golfe de Guinée", not "guinée"; "US",
   * not "us"). */
  entry.cap_mask = 0;
  entry.acro_mask = 0;
  for (size_t i = 0; i < toks.n && i < 16; i++) {
    const char *w = phrase + toks.v[i].start;
    size_t len = toks.v[i].end - toks.v[i].start;
    int caps = 0;
    for (size_t k = 0; k < len; k++) {
      caps += w[k] >= 'A' && w[k] <= 'Z';
    }
    if (toks.v[i].flags & TF_CAP) {
      entry.cap_mask |= (uint16_t)(1u << i);
    }
    if (caps >= 2) {
      entry.acro_mask |= (uint16_t)(1u << i);
    }
  }
  entry.acronym = entry.acro_mask != 0;
  if (toks.n) {
    uint64_t h = pact_hash_fast(pact_token_key(&toks, 0), toks.v[0].key_len);
    lex->first_bits[(h >> 6) & 1023] |= UINT64_C(1) << (h & 63);
  }
  for (size_t i = 0; i < toks.n && st == PACT_OK && node; i++) {
    node = step_or_add(lex, node, pact_token_key(&toks, i), toks.v[i].key_len);
  }
  pact_tokens_free(&toks);
  if (st != PACT_OK || !node) {
    return st != PACT_OK ? st : PACT_ERR_NOMEM;
  }
  if (node == 1) {
    return PACT_OK; /* an empty phrase: nothing to find */
  }
  if (lex->n_pending == lex->cap_pending) {
    size_t cap = lex->cap_pending ? lex->cap_pending * 2 : 1024;
    NodeEntry *v = realloc(lex->pending, cap * sizeof *v);
    if (!v) {
      return PACT_ERR_NOMEM;
    }
    lex->pending = v;
    lex->cap_pending = cap;
  }
  lex->pending[lex->n_pending].node = node;
  lex->pending[lex->n_pending].entry = entry;
  lex->n_pending++;
  return PACT_OK;
}

static const char *
intern_kind(PactLexicon *lex, const char *kind)
{
  return kind && *kind ? pact_arena_strdup(&lex->arena, kind) : NULL;
}

/* ---- tables ------------------------------------------------------------ */

typedef PactStatus (*RowFn)(PactLexicon *lex, char **fields, size_t n);

/* Reads a TSV table: '#' comments, one header line, rows of `columns`. */
static PactStatus
read_table(PactLexicon *lex, const char *dir, const char *name, size_t columns, RowFn fn)
{
  char *path = pact_datadir_file(dir, name);
  FILE *f = path ? fopen(path, "r") : NULL;
  char line[8192];
  int header = 1;
  PactStatus st = PACT_OK;

  if (!f) {
    st = pact_diag(lex->d, path ? PACT_ERR_INPUT : PACT_ERR_NOMEM, path ? path : name, 0,
                   "cannot read this lexicon: %s", strerror(errno));
    free(path);
    return st;
  }
  lex->path = path;
  lex->line = 0;
  while (st == PACT_OK && fgets(line, sizeof line, f)) {
    char *fields[16];
    size_t n = 0;
    size_t len = strlen(line);
    char *p = line;

    lex->line++;
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) {
      line[--len] = '\0';
    }
    if (len == 0 || line[0] == '#') {
      continue;
    }
    if (header) {
      header = 0;
      continue;
    }
    fields[n++] = p;
    for (; *p && n < 16; p++) {
      if (*p == '\t') {
        *p = '\0';
        fields[n++] = p + 1;
      }
    }
    if (n < columns) {
      st = pact_diag(lex->d, PACT_ERR_INPUT, path, lex->line, "expected %zu tab-separated columns, found %zu",
                     columns, n);
      break;
    }
    st = fn(lex, fields, n);
  }
  fclose(f);
  free(path);
  lex->path = NULL;
  return st;
}

static PactStatus
row_country(PactLexicon *lex, char **f, size_t n)
{
  static const uint8_t langs[] = {1, 2, 1, 2, 1}; /* name_en name_fr official_en official_fr common_en */
  PactLexCountry *c = &lex->countries[lex->n_countries];
  int32_t index = (int32_t)lex->n_countries;

  (void)n;
  memcpy(c->code, f[0], 2);
  c->code[2] = '\0';
  c->name_en = *f[5] ? pact_arena_strdup(&lex->arena, f[5]) : pact_arena_strdup(&lex->arena, f[1]);
  c->name_fr = *f[2] ? pact_arena_strdup(&lex->arena, f[2]) : c->name_en;
  lex->n_countries++;
  for (size_t i = 1; i <= 5; i++) {
    if (*f[i]) {
      PactLexEntry e = {LEX_COUNTRY, langs[i - 1], 0, 0, index, "name", 0, 0};
      PACT_TRY(add_phrase(lex, f[i], e));
    }
  }
  return PACT_OK;
}

int32_t
pact_lexicon_country_index(const PactLexicon *lex, const char *code)
{
  /* The table is sorted by code: a binary search. */
  size_t lo = 0;
  size_t hi = lex->n_countries;

  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strncmp(lex->countries[mid].code, code, 2);
    if (c == 0 && strlen(code) == 2) {
      return (int32_t)mid;
    }
    if (c < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return -1;
}

static PactStatus
unknown_country(PactLexicon *lex, const char *code)
{
  return pact_diag(lex->d, PACT_ERR_INPUT, lex->path, lex->line,
                   "\"%s\" is not an ISO 3166-1 code of countries.tsv", code);
}

static PactStatus
row_country_form(PactLexicon *lex, char **f, size_t n)
{
  int32_t c = pact_lexicon_country_index(lex, f[0]);
  PactLexEntry e = {LEX_COUNTRY, lang_code(f[1]), 0, 0, c, intern_kind(lex, f[2]), 0, 0};

  (void)n;
  if (c < 0) {
    return unknown_country(lex, f[0]);
  }
  return add_phrase(lex, f[3], e);
}

static PactStatus
row_place(PactLexicon *lex, char **f, size_t n)
{
  int32_t c = *f[1] ? pact_lexicon_country_index(lex, f[1]) : -1;
  PactLexEntry e = {LEX_PLACE, lang_code(f[4]), 0, strcmp(f[3], "yes") == 0,
                    (int32_t)lex->n_places, NULL, 0, 0};

  (void)n;
  if (*f[1] && c < 0) {
    return unknown_country(lex, f[1]);
  }
  if (lex->n_places == lex->cap_places) {
    size_t cap = lex->cap_places ? lex->cap_places * 2 : 512;
    PactLexPlace *v = realloc(lex->places, cap * sizeof *v);
    if (!v) {
      return PACT_ERR_NOMEM;
    }
    lex->places = v;
    lex->cap_places = cap;
  }
  lex->places[lex->n_places].name = pact_arena_strdup(&lex->arena, f[0]);
  lex->places[lex->n_places].country = c;
  lex->places[lex->n_places].kind = intern_kind(lex, f[2]);
  e.kind = lex->places[lex->n_places].kind;
  lex->n_places++;
  return add_phrase(lex, f[0], e);
}

static PactLexType row_type; /* set before reading a three-column table */

static PactStatus
row_simple(PactLexicon *lex, char **f, size_t n)
{
  PactLexEntry e = {(uint8_t)row_type, lang_code(f[1]), 0, 0, 0, intern_kind(lex, f[2]), 0, 0};

  /* institutions.tsv: an optional country, for names of one state */
  if (row_type == LEX_INSTITUTION && n >= 4 && f[3][0]) {
    int32_t c = pact_lexicon_country_index(lex, f[3]);
    if (c < 0) {
      return unknown_country(lex, f[3]);
    }
    e.value = c + 1;
  }
  return add_phrase(lex, f[0], e);
}

static PactStatus
row_place_head(PactLexicon *lex, char **f, size_t n)
{
  PactLexEntry e = {LEX_PLACE_HEAD, lang_code(f[1]), 0, 0, strcmp(f[3], "after") == 0, intern_kind(lex, f[2]),
                    0, 0};

  (void)n;
  return add_phrase(lex, f[0], e);
}

static PactStatus
row_calendar(PactLexicon *lex, char **f, size_t n)
{
  PactLexEntry e = {0, lang_code(f[1]), 0, 0, 0, NULL, 0, 0};

  (void)n;
  if (strcmp(f[2], "month") == 0) {
    e.type = LEX_MONTH;
    e.value = atoi(f[3]);
  } else if (strcmp(f[2], "weekday") == 0) {
    e.type = LEX_WEEKDAY;
    e.value = atoi(f[3]);
  } else if (strcmp(f[2], "relative") == 0) {
    /* "year-1": a unit and a signed delta */
    char unit[16];
    size_t k = 0;
    while (f[3][k] && f[3][k] != '+' && f[3][k] != '-' && k < sizeof unit - 1) {
      unit[k] = f[3][k];
      k++;
    }
    unit[k] = '\0';
    e.type = LEX_RELATIVE;
    e.kind = intern_kind(lex, unit);
    e.value = atoi(f[3] + k);
  } else {
    return pact_diag(lex->d, PACT_ERR_INPUT, lex->path, lex->line,
                     "unknown calendar kind \"%s\" (expected month, weekday or relative)", f[2]);
  }
  return add_phrase(lex, f[0], e);
}

static PactStatus
row_number(PactLexicon *lex, char **f, size_t n)
{
  PactLexEntry e = {strcmp(f[2], "ordinal") == 0 ? LEX_ORDINAL : LEX_CARDINAL,
                    lang_code(f[1]), 0, 0, atoi(f[3]), NULL, 0, 0};

  (void)n;
  return add_phrase(lex, f[0], e);
}

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

static PactStatus
row_furniture(PactLexicon *lex, char **f, size_t n)
{
  char *key = folded_line(lex, f[0]);

  (void)n;
  if (key && !*key) {
    return PACT_OK; /* "©" folds to nothing: handled as a prefix by code */
  }
  if (key) {
    lex->furniture_first[(unsigned char)key[0]] = 1;
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

static PactStatus
load_words(PactLexicon *lex, const char *dir, const char *name, const char ***set, size_t *mask,
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
  p = b.data;
  end = b.data ? b.data + b.len : NULL;
  for (char *q = p; q && (q = memchr(q, '\n', (size_t)(end - q))) != NULL; q++) {
    lines++;
  }
  *mask = 1023;
  while (*mask < (lines + 1) * 2) {
    *mask = *mask * 2 + 1;
  }
  *set = calloc(*mask + 1, sizeof **set);
  *bloom = calloc(BLOOM_BITS / 64, sizeof **bloom);
  if (!*set || !*bloom) {
    return PACT_ERR_NOMEM;
  }
  while (p && p < end) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    char *line = p;
    size_t len;
    uint64_t h;
    size_t i;
    if (!nl) {
      nl = end;
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
    i = h & *mask;
    while ((*set)[i] && strcmp((*set)[i], line) != 0) {
      i = (i + 1) & *mask;
    }
    if (!(*set)[i]) {
      (*set)[i] = line;
      bloom_add(*bloom, h);
    }
  }
  return PACT_OK;
}

static int
in_set(const char **set, size_t mask, const uint64_t *bloom, const char *word, size_t len,
       uint64_t h)
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
    if (strncmp(set[i], word, len) == 0 && set[i][len] == '\0') {
      return 1;
    }
    i = (i + 1) & mask;
  }
  return 0;
}

int
pact_lexicon_is_word(const PactLexicon *lex, const char *word, size_t len)
{
  return lex && in_set(lex->words, lex->words_mask, lex->word_bloom[1], word, len,
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
  return lang == 2 ? in_set(lex->words_fr, lex->words_fr_mask, lex->word_bloom[2], word, len, hash)
                   : in_set(lex->words, lex->words_mask, lex->word_bloom[1], word, len, hash);
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
    while (i < len && !(isalnum((unsigned char)line[i]) || (unsigned char)line[i] >= 0x80)) {
      i++;
    }
    if (i < len && (unsigned char)line[i] < 0x80 &&
        !lex->furniture_first[(unsigned char)tolower((unsigned char)line[i])]) {
      return 0;
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
  }
  pact_buf_free(&b);
  return hit;
}

/* Indexes the (node, entry) pairs by node: a counting sort, stable, so an
 * entry keeps its place among those of its phrase (tables' order). */
static PactStatus
index_entries(PactLexicon *lex)
{
  uint32_t *fill;
  uint32_t sum = 0;

  lex->first = calloc(lex->n_nodes + 2, sizeof *lex->first);
  lex->count = calloc(lex->n_nodes + 2, sizeof *lex->count);
  lex->entries = malloc((lex->n_pending + 1) * sizeof *lex->entries);
  fill = calloc(lex->n_nodes + 2, sizeof *fill);
  if (!lex->first || !lex->count || !lex->entries || !fill) {
    free(fill);
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < lex->n_pending; i++) {
    lex->count[lex->pending[i].node]++;
  }
  for (uint32_t nd = 0; nd <= lex->n_nodes; nd++) {
    lex->first[nd] = sum;
    sum += lex->count[nd];
  }
  for (size_t i = 0; i < lex->n_pending; i++) {
    uint32_t nd = lex->pending[i].node;
    lex->entries[lex->first[nd] + fill[nd]++] = lex->pending[i].entry;
  }
  free(fill);
  free(lex->pending);
  lex->pending = NULL;
  return PACT_OK;
}

const PactLexEntry *
pact_lexicon_entries(const PactLexicon *lex, uint32_t node, size_t *n)
{
  if (!node || node > lex->n_nodes) {
    *n = 0;
    return NULL;
  }
  *n = lex->count[node];
  return lex->entries + lex->first[node];
}

const PactLexCountry *
pact_lexicon_country(const PactLexicon *lex, int32_t i)
{
  return i >= 0 && (size_t)i < lex->n_countries ? &lex->countries[i] : NULL;
}

const PactLexPlace *
pact_lexicon_place(const PactLexicon *lex, int32_t i)
{
  return i >= 0 && (size_t)i < lex->n_places ? &lex->places[i] : NULL;
}

const char *
pact_lexicon_area(const PactLexicon *lex, int32_t i)
{
  return i >= 0 && (size_t)i < lex->n_areas ? lex->areas[i] : NULL;
}

static PactStatus
load_areas(PactLexicon *lex, const char *dir)
{
  char *path = pact_datadir_file(dir, "areas.ttl");
  PactAreas *areas = path ? pact_areas_load(path, lex->d) : NULL;
  PactStatus st = PACT_OK;

  free(path);
  if (!areas) {
    return PACT_ERR_INPUT;
  }
  lex->n_areas = pact_areas_count(areas);
  lex->areas = pact_arena_alloc(&lex->arena, (lex->n_areas + 1) * sizeof *lex->areas);
  for (size_t i = 0; lex->areas && i < lex->n_areas; i++) {
    const PactArea *a = pact_areas_get(areas, i);
    lex->areas[i] = pact_arena_strdup(&lex->arena, a->pref_en ? a->pref_en : a->iri);
  }
  for (size_t i = 0; lex->areas && i < pact_areas_label_count(areas) && st == PACT_OK; i++) {
    size_t area;
    const char *label = pact_areas_label(areas, i, &area);
    PactLexEntry e = {LEX_AREA, 0, 0, 0, (int32_t)area, NULL, 0, 0};
    st = add_phrase(lex, label, e);
  }
  pact_areas_free(areas);
  return lex->areas ? st : PACT_ERR_NOMEM;
}

PactLexicon *
pact_lexicon_load(const char *dir, PactDiag *d)
{
  PactLexicon *lex = calloc(1, sizeof *lex);
  PactStatus st;

  if (!lex) {
    pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    return NULL;
  }
  pact_arena_init(&lex->arena);
  lex->d = d;
  lex->n_nodes = 1;
  lex->countries = calloc(512, sizeof *lex->countries);
  st = lex->countries && edges_grow(lex) ? PACT_OK : PACT_ERR_NOMEM;
  if (st == PACT_OK) {
    st = read_table(lex, dir, "lexicon/countries.tsv", 6, row_country);
  }
  if (st == PACT_OK) {
    st = read_table(lex, dir, "lexicon/country-forms.tsv", 4, row_country_form);
  }
  if (st == PACT_OK) {
    st = read_table(lex, dir, "lexicon/places.tsv", 5, row_place);
  }
  {
    static const struct {
      const char *file;
      PactLexType type;
    } simple[] = {
      {"lexicon/titles.tsv", LEX_TITLE},          {"lexicon/institutions.tsv", LEX_INSTITUTION},
      {"lexicon/agreements.tsv", LEX_AGREEMENT}, {"lexicon/statuses.tsv", LEX_STATUS},
      {"lexicon/events.tsv", LEX_EVENT},
    };
    for (size_t i = 0; i < sizeof simple / sizeof simple[0] && st == PACT_OK; i++) {
      row_type = simple[i].type;
      st = read_table(lex, dir, simple[i].file, 3, row_simple);
    }
  }
  if (st == PACT_OK) {
    st = read_table(lex, dir, "lexicon/calendar.tsv", 4, row_calendar);
  }
  if (st == PACT_OK) {
    st = read_table(lex, dir, "lexicon/numbers.tsv", 4, row_number);
  }
  if (st == PACT_OK) {
    st = read_table(lex, dir, "lexicon/furniture.tsv", 2, row_furniture);
  }
  if (st == PACT_OK) {
    st = read_table(lex, dir, "lexicon/place-heads.tsv", 4, row_place_head);
  }
  if (st == PACT_OK) {
    st = load_words(lex, dir, "lexicon/words-en.txt", &lex->words, &lex->words_mask, &lex->word_bloom[1],
                    &lex->word_text[1]);
  }
  if (st == PACT_OK) {
    st = load_words(lex, dir, "lexicon/words-fr.txt", &lex->words_fr, &lex->words_fr_mask, &lex->word_bloom[2],
                    &lex->word_text[2]);
  }
  if (st == PACT_OK) {
    st = load_areas(lex, dir);
  }
  if (st == PACT_OK) {
    st = index_entries(lex);
  }
  /* loading asked the root too, while edges were still being added */
  memset(lex->root_cache, 0, sizeof lex->root_cache);
  if (st != PACT_OK) {
    if (st == PACT_ERR_NOMEM) {
      pact_diag(d, st, NULL, 0, "out of memory");
    }
    pact_lexicon_free(lex);
    return NULL;
  }
  return lex;
}

void
pact_lexicon_free(PactLexicon *lex)
{
  if (!lex) {
    return;
  }
  free(lex->edges);
  free(lex->pending);
  free(lex->first);
  free(lex->count);
  free(lex->entries);
  free(lex->countries);
  free(lex->places);
  free(lex->words);
  free(lex->words_fr);
  free(lex->word_bloom[1]);
  free(lex->word_bloom[2]);
  free(lex->word_text[1]);
  free(lex->word_text[2]);
  free(lex->furniture_lines);
  free(lex->furniture_prefixes);
  free(lex->furniture_end_lines);
  free(lex->furniture_end_prefixes);
  pact_arena_free(&lex->arena);
  free(lex);
}
