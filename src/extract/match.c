/* The lexicon pass: the longest phrase of any table at each token, left to
 * right, in one walk of the trie per token. */
#include "extract/doc.h"
#include "util/hash.h"

#include <stdlib.h>
#include <string.h>

static int
any_accepted(const PactDoc *doc, const PactLexEntry *e, size_t ne, size_t tok, size_t n)
{
  for (size_t i = 0; i < ne; i++) {
    if (pact_doc_accepts(doc, &e[i], tok, n)) {
      return 1;
    }
  }
  return 0;
}

/* Adverbs a verb's phrase may hold between its words ("a ensuite reçu",
 * "has also met", "a d'abord été reçu"): skipped inside a phrase, never
 * at its start. The number of tokens the adverb at j takes, or 0. */
static size_t
inserted_adverb(const PactTokens *toks, size_t j)
{
  static const char *const adverbs[] = {"ensuite", "egalement", "aussi", "notamment", "alors", "deja", "then",
                                        "also", "later", "subsequently", "separately", "earlier", "further"};
  enum { N_ADVERBS = sizeof adverbs / sizeof adverbs[0] };
  static uint64_t hashes[N_ADVERBS];
  static uint64_t mask; /* bit (hash % 64) of every adverb's hash */
  static int hashed;

  /* asked at most phrases' ends: a bit of the hash first (most words stop
   * there), then the hashes, the words only on a hit */
  if (!hashed) {
    for (size_t i = 0; i < N_ADVERBS; i++) {
      hashes[i] = pact_hash_fast(adverbs[i], strlen(adverbs[i]));
      mask |= UINT64_C(1) << (hashes[i] & 63);
    }
    hashed = 1;
  }
  /* any adverb of manner in small letters: "a été brièvement reçue",
   * "was warmly received", "a été officiellement accueilli" */
  size_t n = toks->v[j].key_len;
  const char *key = pact_token_key(toks, j);
  /* "d'abord": three tokens */
  if (n == 1 && key[0] == 'd' && j + 2 < toks->n && toks->v[j + 1].key_len == 1 &&
      pact_token_key(toks, j + 1)[0] == '\'' && strcmp(pact_token_key(toks, j + 2), "abord") == 0) {
    return 3;
  }
  /* "s'était lui-même rendu", "had himself travelled": a pronoun of
   * insistence, three tokens with its hyphen ("lui", "-", "même") */
  if (n >= 3 && n <= 5 && (key[0] == 'l' || key[0] == 'e') && j + 2 < toks->n &&
      (strcmp(key, "lui") == 0 || strcmp(key, "elle") == 0 || strcmp(key, "eux") == 0 || strcmp(key, "elles") == 0) &&
      toks->v[j + 1].key_len == 1 && pact_token_key(toks, j + 1)[0] == '-' &&
      (strcmp(pact_token_key(toks, j + 2), "meme") == 0 || strcmp(pact_token_key(toks, j + 2), "memes") == 0)) {
    return 3;
  }
  if (n >= 7 && n <= 10 && (strcmp(key, "himself") == 0 || strcmp(key, "herself") == 0 ||
                            strcmp(key, "themselves") == 0)) {
    return 1;
  }
  if (toks->v[j].kind == TOK_WORD && !(toks->v[j].flags & TF_CAP) &&
      ((n > 6 && memcmp(key + n - 4, "ment", 4) == 0 && key[n - 5] == 'e') ||
       (n > 4 && memcmp(key + n - 2, "ly", 2) == 0))) {
    return 1;
  }
  if (!(mask >> (toks->v[j].hash & 63) & 1)) {
    return 0;
  }
  for (size_t i = 0; i < N_ADVERBS; i++) {
    if (hashes[i] == toks->v[j].hash && strcmp(adverbs[i], pact_token_key(toks, j)) == 0) {
      return 1;
    }
  }
  return 0;
}

PactStatus
pact_doc_match(PactDoc *doc)
{
  const PactTokens *toks = &doc->toks;
  size_t cap = 0;

  doc->match_at = malloc((toks->n + 1) * sizeof *doc->match_at);
  if (!doc->match_at) {
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < toks->n; i++) {
    doc->match_at[i] = -1;
  }
  for (size_t i = 0; i < toks->n;) {
    uint32_t node = pact_lexicon_root(doc->lex);
    size_t best_n = 0;
    const PactLexEntry *best_e = NULL;
    size_t best_ne = 0;

    for (size_t j = i; j < toks->n; j++) {
      const PactLexEntry *e;
      size_t ne;
      /* A phrase does not run across a sentence or a line. */
      if (j > i && (toks->v[j].flags & (TF_SENT | TF_NEWLINE))) {
        break;
      }
      uint32_t next = pact_lexicon_step_hash(doc->lex, node, toks->v[j].hash);
      size_t adverb = !next && j > i && j + 1 < toks->n ? inserted_adverb(toks, j) : 0;
      if (adverb) {
        j += adverb - 1; /* the phrase goes on after the adverb */
        continue;
      }
      node = next;
      if (!node) {
        break;
      }
      e = pact_lexicon_entries(doc->lex, node, &ne);
      if (ne && any_accepted(doc, e, ne, i, j - i + 1)) {
        best_n = j - i + 1;
        best_e = e;
        best_ne = ne;
      }
    }
    if (!best_n) {
      i++;
      continue;
    }
    /* "aboard KV Svalbard", "INS Kochi": after a navy's ship prefix
     * (place-heads.tsv, kind "vessel") a name is a ship's, no place or
     * country of the story */
    uint32_t types = 0;
    for (size_t k = 0; k < best_ne; k++) {
      if (pact_doc_accepts(doc, &best_e[k], i, best_n)) {
        types |= 1u << best_e[k].type;
      }
    }
    if (i > 0 && (types & (1u << LEX_COUNTRY | 1u << LEX_PLACE))) {
      const PactLexEntry *h = pact_doc_entry(doc, i - 1, LEX_PLACE_HEAD);
      if (h && h->kind && strcmp(h->kind, "vessel") == 0) {
        types &= ~(1u << LEX_COUNTRY | 1u << LEX_PLACE);
        if (!types) {
          i += best_n;
          continue;
        }
      }
    }
    if (doc->n_matches == cap) {
      size_t ncap = cap ? cap * 2 : 256;
      PactMatch *v = realloc(doc->matches, ncap * sizeof *v);
      if (!v) {
        return PACT_ERR_NOMEM;
      }
      doc->matches = v;
      cap = ncap;
    }
    /* which readings hold, once, so that later questions are a bit test */
    doc->matches[doc->n_matches] = (PactMatch){(uint32_t)i, (uint32_t)best_n, best_e, best_ne, types};
    for (size_t k = i; k < i + best_n; k++) {
      doc->match_at[k] = (int32_t)doc->n_matches;
    }
    doc->n_matches++;
    i += best_n;
  }
  return PACT_OK;
}
