/* A growable byte buffer with a size cap, always NUL-terminated. A zeroed
 * PactBuf is a valid empty buffer.
 * The buffer owns its memory until pact_buf_take() hands it over. */
#ifndef PACT_BUF_H
#define PACT_BUF_H

#include "util/status.h"

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

typedef struct {
  char *data;    /* NULL until something is added */
  size_t len;
  size_t cap;
  size_t max;    /* PACT_ERR_NOMEM past this many bytes; 0: no cap */
} PactBuf;

void pact_buf_init(PactBuf *b, size_t max);
void pact_buf_free(PactBuf *b);      /* NULL-safe; leaves an empty buffer */
void pact_buf_reset(PactBuf *b);     /* empties, keeps the memory */

/* Room for `extra` more bytes and the NUL, so that a caller may write
 * into data + len directly (then set len and the NUL itself). */
PactStatus pact_buf_reserve(PactBuf *b, size_t extra);

/* On failure the buffer is unchanged. */
PactStatus pact_buf_add_slow(PactBuf *b, const void *data, size_t len);

/* Inline when there is room: these run for every character the extractor
 * writes. */
static inline PactStatus
pact_buf_add(PactBuf *b, const void *data, size_t len)
{
  if (b->data && b->len + len < b->cap) {
    if (len) {
      memcpy(b->data + b->len, data, len);
    }
    b->len += len;
    b->data[b->len] = '\0';
    return PACT_OK;
  }
  return pact_buf_add_slow(b, data, len);
}

static inline PactStatus
pact_buf_addc(PactBuf *b, char c)
{
  if (b->data && b->len + 1 < b->cap) {
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return PACT_OK;
  }
  return pact_buf_add_slow(b, &c, 1);
}
PactStatus pact_buf_adds(PactBuf *b, const char *s);
PactStatus pact_buf_printf(PactBuf *b, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));

/* The contents ("" when empty). Valid until the next change. */
const char *pact_buf_str(const PactBuf *b);

/* Hands the contents to the caller (free() it) and empties the buffer.
 * Returns NULL when the buffer never held anything. */
char *pact_buf_take(PactBuf *b);

#endif
