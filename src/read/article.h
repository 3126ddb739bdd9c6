/* The article reader: a news article file into normalised text that the
 * extractor can match, with a map back to the original characters so that
 * every mention keeps its place in the file. */
#ifndef PACT_ARTICLE_H
#define PACT_ARTICLE_H

#include "util/diag.h"

#include <stddef.h>
#include <stdint.h>

typedef struct PactLexicon PactLexicon; /* lexicon/lexicon.h */

typedef struct {
  char *text;        /* normalised UTF-8, NUL-terminated; owned */
  size_t len;
  uint32_t *orig;    /* orig[i]: code point offset in the file of text[i];
                        orig[len]: the file's length in code points; owned */
  char *raw;         /* the file as read; owned */
  uint32_t *cp_byte; /* cp_byte[k]: byte offset in raw of code point k;
                        cp_byte[n_cp] = raw's length; owned; NULL when
                        the file is ASCII (a code point is a byte) */
  size_t n_cp;
  char *file;        /* base name of the file; owned */
  char *title;       /* headline, or NULL; owned */
  char *source;      /* the Source: URL, or NULL; owned */
  char lang[3];      /* "en" or "fr" */
  int year, month, day; /* the dateline's date; year 0 when there is none */
} PactText;

/* Reads the article at `path`. The file must be UTF-8 text: a NUL byte or
 * invalid UTF-8 is reported with its byte offset and gives PACT_ERR_INPUT.
 * An empty file gives an empty text (and PACT_OK). `lex` (may be NULL)
 * gives the furniture lines to drop and the words that let the reader split
 * words PDF extraction glued together.
 * On success the caller owns `t` and frees it with pact_text_free(). */
PactStatus pact_text_read(PactText *t, const char *path, const PactLexicon *lex,
                          PactDiag *d);

/* The same over bytes in memory; `name` is the file name to record. */
PactStatus pact_text_from_bytes(PactText *t, const char *name, const char *data,
                                size_t len, const PactLexicon *lex, PactDiag *d);

void pact_text_free(PactText *t); /* NULL-safe */

/* The original code point offset of normalised byte offset `at`. */
uint32_t pact_text_orig(const PactText *t, size_t at);

/* The original text of code points [start, end), in a new string. */
char *pact_text_original(const PactText *t, uint32_t start, uint32_t end);

/* The same in place: where it starts in t->raw, and *len its bytes (for a
 * copy into an arena, without a string to free). */
static inline const char *
pact_text_original_at(const PactText *t, uint32_t start, uint32_t end, size_t *len)
{
  if (start > t->n_cp) {
    start = (uint32_t)t->n_cp;
  }
  if (end > t->n_cp) {
    end = (uint32_t)t->n_cp;
  }
  if (end < start) {
    end = start;
  }
  if (!t->cp_byte) {
    *len = end - start; /* ASCII: offsets are bytes */
    return t->raw + start;
  }
  *len = t->cp_byte[end] - t->cp_byte[start];
  return t->raw + t->cp_byte[start];
}

#endif
