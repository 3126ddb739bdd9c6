/* Private to src/write/: the buffer every writer writes through, which
 * hands its sink 64 KiB at a time rather than a call per term.
 *
 * Ownership: a PactOut borrows its sink; pact_out_new's result is the
 * caller's (pact_out_free). */
#ifndef PACT_WRITE_OUT_H
#define PACT_WRITE_OUT_H

#include "write/sink.h"

#include <string.h>

typedef struct {
  const PactSink *sink;
  PactStatus st; /* the sink's first failure; nothing is written after it */
  size_t n;
  char buf[1 << 16];
} PactOut;

/* NULL when out of memory. */
PactOut *pact_out_new(const PactSink *sink);
void pact_out_free(PactOut *o); /* NULL-safe; does not flush */

/* Hands the buffered bytes to the sink; returns o->st. */
PactStatus pact_out_flush(PactOut *o);

/* Buffers `len` bytes, or, past the buffer, hands them over directly. */
void pact_out_put_slow(PactOut *o, const char *s, size_t len);

/* Inline when there is room: these run for every term written. */
static inline void
pact_out_put(PactOut *o, const char *s, size_t len)
{
  if (len <= sizeof o->buf - o->n) {
    memcpy(o->buf + o->n, s, len);
    o->n += len;
    return;
  }
  pact_out_put_slow(o, s, len);
}

static inline void
pact_out_str(PactOut *o, const char *s)
{
  pact_out_put(o, s, strlen(s));
}

static inline void
pact_out_char(PactOut *o, char c)
{
  pact_out_put(o, &c, 1);
}

#endif
