/* Private to src/lexicon/: the lexicon's one structure, shared by the
 * trie (trie.c), the word lists and furniture lines (words.c) and the
 * tables' loader (lexicon.c). The lexicon owns everything it points to. */
#ifndef PACT_LEXICON_INTERNAL_H
#define PACT_LEXICON_INTERNAL_H

#include "lexicon/lexicon.h"
#include "util/arena.h"

#include <stdint.h>

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
  uint64_t edge_bits[2048]; /* 2^17 bits, 16 KiB: which (parent, key) pairs
                               may be edges (the lexicons have some 10,000);
                               most steps past the root find no edge, and
                               are answered here, from the first level of
                               cache, without a probe of the edge table */
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
  uint32_t *words;     /* English words (open addressing): per slot 1 +
                          the word's offset in word_text[1]; 0 when empty */
  size_t words_mask;
  uint32_t *words_fr;  /* French words, into word_text[2] */
  size_t words_fr_mask;
  uint64_t *word_bloom[3]; /* per language, 2^20 bits: a word not set here
                              is not in the list, found without touching
                              the large table (most lookups are misses or
                              hits on common words) */
  char *word_text[3];      /* the word lists' files, cut into lines in
                              place: the sets point into them; owned */
  uint8_t furniture_first[256]; /* first bytes that a furniture key starts with */
  uint64_t furniture_words[512]; /* hashes of the furniture keys' first words
                                    (up to a '-'), open addressing, 0 empty */
  size_t n_furniture_words;
  int furniture_unfiltered;      /* too many first words for the table */
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

/* trie.c: the edge table made ready for the first phrase; a phrase added
 * with its entry; the entries indexed by node once every table is read. */
int lexicon_edges_grow(PactLexicon *lex);
PactStatus lexicon_add_phrase(PactLexicon *lex, const char *phrase, PactLexEntry entry);
PactStatus lexicon_index_entries(PactLexicon *lex);

/* words.c: a row of furniture.tsv; a word list into its set and filter. */
PactStatus lexicon_furniture_row(PactLexicon *lex, char **f, size_t n);
PactStatus lexicon_load_words(PactLexicon *lex, const char *dir, const char *name, uint32_t **set,
                              size_t *mask, uint64_t **bloom, char **text);

#endif
