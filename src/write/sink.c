#include "write/out.h"

#include <stdlib.h>

static PactStatus
file_write(void *ctx, const char *bytes, size_t n)
{
  return fwrite(bytes, 1, n, ctx) == n ? PACT_OK : PACT_ERR_IO;
}

PactSink
pact_sink_file(FILE *f)
{
  return (PactSink){file_write, f};
}

static PactStatus
buf_write(void *ctx, const char *bytes, size_t n)
{
  return pact_buf_add(ctx, bytes, n);
}

PactSink
pact_sink_buf(PactBuf *b)
{
  return (PactSink){buf_write, b};
}

PactOut *
pact_out_new(const PactSink *sink)
{
  PactOut *o = malloc(sizeof *o);

  if (o) {
    o->sink = sink;
    o->st = PACT_OK;
    o->n = 0;
  }
  return o;
}

void
pact_out_free(PactOut *o)
{
  free(o);
}

PactStatus
pact_out_flush(PactOut *o)
{
  if (o->n && o->st == PACT_OK) {
    o->st = o->sink->write(o->sink->ctx, o->buf, o->n);
  }
  o->n = 0;
  return o->st;
}

void
pact_out_put_slow(PactOut *o, const char *s, size_t len)
{
  pact_out_flush(o);
  if (len > sizeof o->buf) {
    if (o->st == PACT_OK) {
      o->st = o->sink->write(o->sink->ctx, s, len);
    }
    return;
  }
  memcpy(o->buf, s, len);
  o->n = len;
}
