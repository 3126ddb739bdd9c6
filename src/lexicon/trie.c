/* The phrase trie: edges in one open-addressing table keyed by (parent
 * node, token key), phrases added token by token, entries indexed by node. */
#define _POSIX_C_SOURCE 200809L
#include "lexicon/internal.h"

#include "lexicon/tokens.h"
#include "util/hash.h"
#include "util/text.h"

#include <stdlib.h>
#include <string.h>

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


int
lexicon_edges_grow(PactLexicon *lex)
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

/* The bit of lex->edge_bits for an edge's hash: high bits, which the
 * table's index (the low ones) does not use. */
static uint64_t
edge_bit(uint64_t eh)
{
  return (eh >> 40) & (sizeof ((PactLexicon *)0)->edge_bits * 8 - 1);
}

static uint32_t
find_edge(const PactLexicon *lex, uint32_t node, uint64_t key_hash)
{
  uint64_t eh = edge_hash_of(node, key_hash);

  if (!(lex->edge_bits[edge_bit(eh) >> 6] >> (edge_bit(eh) & 63) & 1)) {
    return 0;
  }
  for (size_t i = eh & lex->edge_mask; lex->edges[i].child;
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
  if ((lex->n_edges + 1) * 2 > lex->edge_mask + 1 && !lexicon_edges_grow(lex)) {
    return 0;
  }
  for (i = edge_hash_of(node, kh) & lex->edge_mask; lex->edges[i].child; i = (i + 1) & lex->edge_mask) {
  }
  lex->edge_bits[edge_bit(edge_hash_of(node, kh)) >> 6] |= UINT64_C(1) << (edge_bit(edge_hash_of(node, kh)) & 63);
  lex->edges[i].key_hash = kh;
  lex->edges[i].parent = node;
  lex->edges[i].child = ++lex->n_nodes;
  lex->n_edges++;
  return lex->edges[i].child;
}

/* Adds `phrase` to the trie with `entry`. */
PactStatus
lexicon_add_phrase(PactLexicon *lex, const char *phrase, PactLexEntry entry)
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

/* Indexes the (node, entry) pairs by node: a counting sort, stable, so an
 * entry keeps its place among those of its phrase (tables' order). */
PactStatus
lexicon_index_entries(PactLexicon *lex)
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
