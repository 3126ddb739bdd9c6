/* The extractor's lexicons (ontology/lexicon/README.md), loaded once into
 * a phrase trie over normalised tokens, so that every phrase of every
 * table is found in one left-to-right pass over an article. The lexicon
 * owns all its memory. */
#ifndef PACT_LEXICON_LEXICON_H
#define PACT_LEXICON_LEXICON_H

#include "lexicon/tables.h"
#include "util/buf.h"
#include "util/diag.h"

#include <stddef.h>
#include <stdint.h>

typedef struct PactLexicon PactLexicon;

/* What a phrase is. One phrase may be several things ("général" is a
 * rank; "Turkey" a country): each is an entry. */
typedef enum {
  LEX_COUNTRY,     /* value: country index; kind: name, short, demonym */
  LEX_PLACE,       /* value: place index */
  LEX_TITLE,       /* kind: role, rank, honorific */
  LEX_INSTITUTION, /* an institution head; kind: its kind; value: 1 + the
                      index of the one country it belongs to, or 0 */
  LEX_AGREEMENT,   /* kind: mou, treaty, ... */
  LEX_STATUS,      /* kind: expected, negotiating, signed, in_force */
  LEX_EVENT,       /* kind: exercise, visit, meeting, speech */
  LEX_MONTH,       /* value 1-12 */
  LEX_WEEKDAY,     /* value 1-7, Monday = 1 */
  LEX_RELATIVE,    /* kind: year, month, week, day; value: delta */
  LEX_CARDINAL,    /* value */
  LEX_ORDINAL,     /* value */
  LEX_AREA,        /* value: area index */
  LEX_PLACE_HEAD,  /* "Camp", "Naval Base": kind: base, port...; value: 0
                      when the name follows, 1 when it precedes */
  LEX_N_TYPES
} PactLexType;

typedef struct {
  uint8_t type;     /* PactLexType */
  uint8_t lang;     /* 0 both, 1 en, 2 fr */
  uint8_t acronym;  /* some word has two capitals or more ("MoU", "UK") */
  uint8_t capital;  /* a place that is a capital */
  int32_t value;
  const char *kind; /* interned; may be NULL */
  uint16_t cap_mask;  /* bit i: word i of the phrase is capitalised */
  uint16_t acro_mask; /* bit i: word i has two capitals or more */
} PactLexEntry;

typedef struct {
  char code[3];
  const char *name_en;
  const char *name_fr;
} PactLexCountry;

typedef struct {
  const char *name;  /* as listed */
  int32_t country;   /* index into the countries, or -1 */
  const char *kind;  /* city, port, base, monument, region */
} PactLexPlace;

/* Loads every table from `dir` (the data directory, holding areas.ttl and
 * lexicon/). A table that is missing is an error, with its path. */
PactLexicon *pact_lexicon_load(const char *dir, PactDiag *d);
void pact_lexicon_free(PactLexicon *lex); /* NULL-safe */

/* The trie: start at the root, step by token key; 0 means no phrase goes
 * on. Entries are those of the phrase that ends at `node`. */
uint32_t pact_lexicon_root(const PactLexicon *lex);
uint32_t pact_lexicon_step(const PactLexicon *lex, uint32_t node, const char *key,
                           size_t len);
/* The same, from the key's pact_hash_fast (a token's PactToken.hash). */
uint32_t pact_lexicon_step_hash(const PactLexicon *lex, uint32_t node, uint64_t key_hash);
const PactLexEntry *pact_lexicon_entries(const PactLexicon *lex, uint32_t node,
                                         size_t *n);

/* Whether `word` (a folded key: lower case, no accents) is a common word
 * of English (lang 1) or French (lang 2). */
int pact_lexicon_is_word(const PactLexicon *lex, const char *word, size_t len);
int pact_lexicon_is_word_in(const PactLexicon *lex, int lang, const char *word, size_t len);
/* The same, given pact_hash_fast(word, len). */
int pact_lexicon_is_word_hash(const PactLexicon *lex, int lang, const char *word, size_t len,
                              uint64_t hash);

/* Whether a whole line (trimmed) is page furniture to drop: 0 no, 1 yes,
 * 2 yes and a heading after which the story is over ("Related articles",
 * "12 comments", "Réagir à cet article"). */
int pact_lexicon_is_furniture(const PactLexicon *lex, const char *line, size_t len);

const PactLexCountry *pact_lexicon_country(const PactLexicon *lex, int32_t i);
int32_t pact_lexicon_country_index(const PactLexicon *lex, const char *code);
const PactLexPlace *pact_lexicon_place(const PactLexicon *lex, int32_t i);
const char *pact_lexicon_area(const PactLexicon *lex, int32_t i); /* English label */

/* The key of one token: lower case, accents removed (the same folding as
 * name keys). Appends to `out`. */
PactStatus pact_lexicon_token_key(PactBuf *out, const char *s, size_t len);

#endif
