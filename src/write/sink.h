/* Where a writer's bytes go: a callback and its context, so that one
 * writer serves a file, a growable buffer (a published page) or a
 * compressor (a dump). Writers buffer and call `write` with large
 * chunks, never per term.
 *
 * Ownership: a sink borrows its context (the FILE or the PactBuf); the
 * caller keeps it alive while the sink is used and closes or frees it. */
#ifndef PACT_SINK_H
#define PACT_SINK_H

#include "util/buf.h"
#include "util/status.h"

#include <stddef.h>
#include <stdio.h>

typedef struct {
  /* Takes all `n` bytes, or fails: then the writer stops writing and
   * reports the failure. */
  PactStatus (*write)(void *ctx, const char *bytes, size_t n);
  void *ctx;
} PactSink;

/* fwrite to `f`: PACT_ERR_IO on a short write (errno says why). Bytes may
 * wait in f's stdio buffer: the caller flushes. */
PactSink pact_sink_file(FILE *f);

/* Appends to `b`: PACT_ERR_NOMEM past its cap; `b` keeps what it had. */
PactSink pact_sink_buf(PactBuf *b);

#endif
