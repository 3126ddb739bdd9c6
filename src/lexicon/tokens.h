/* Tokens of a normalised text: words, numbers and punctuation, with their
 * byte offsets, a folded key for matching, and the sentence they are in.
 * The lexicon's phrases are cut by the same function, so a phrase and the
 * text it matches always have the same tokens. */
#ifndef PACT_TOKENS_H
#define PACT_TOKENS_H

#include "util/buf.h"

#include <stddef.h>
#include <stdint.h>

enum {
  TOK_WORD = 1,
  TOK_NUMBER = 2, /* digits only */
  TOK_PUNCT = 3
};

enum {
  TF_CAP = 1u << 0,      /* first letter upper case */
  TF_UPPER = 1u << 1,    /* two letters or more, all upper case */
  TF_SPACE = 1u << 2,    /* white space before it */
  TF_NEWLINE = 1u << 3,  /* a line break before it */
  TF_SENT = 1u << 4,     /* first token of a sentence */
  TF_ASCII = 1u << 5     /* only ASCII characters */
};

typedef struct {
  uint32_t start;   /* byte offsets in the text */
  uint32_t end;
  uint32_t key;     /* offset of the folded key in PactTokens.keys */
  uint16_t key_len;
  uint8_t kind;
  uint8_t flags;
  uint32_t sentence; /* index of the sentence */
  uint64_t hash;     /* pact_hash_fast of the key: every lexicon and word
                        list lookup of a token starts from it, so it is
                        computed once, here */
} PactToken;

typedef struct {
  PactToken *v;
  size_t n;
  size_t cap;
  PactBuf keys;      /* every key, NUL-separated */
  uint32_t n_sentences;
} PactTokens;

void pact_tokens_init(PactTokens *t);
void pact_tokens_free(PactTokens *t); /* NULL-safe */

/* Cuts `text` into tokens (appending to `t`, which should be empty). */
PactStatus pact_tokenize(PactTokens *t, const char *text, size_t len);

static inline const char *
pact_token_key(const PactTokens *t, size_t i)
{
  return t->keys.data + t->v[i].key;
}

/* Whether token i is the punctuation character c. */
static inline int
pact_token_is(const PactTokens *t, const char *text, size_t i, char c)
{
  return i < t->n && t->v[i].kind == TOK_PUNCT && text[t->v[i].start] == c;
}

#endif
