#include "util/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
pact_buf_init(PactBuf *b, size_t max)
{
  b->data = NULL;
  b->len = 0;
  b->cap = 0;
  b->max = max;
}

void
pact_buf_free(PactBuf *b)
{
  if (b) {
    free(b->data);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
  }
}

void
pact_buf_reset(PactBuf *b)
{
  b->len = 0;
  if (b->data) {
    b->data[0] = '\0';
  }
}

PactStatus
pact_buf_reserve(PactBuf *b, size_t extra)
{
  size_t max = b->max ? b->max : (size_t)-1 / 2; /* a zeroed buffer has no cap */
  size_t need;
  size_t cap;
  char *data;

  if (extra > max || b->len > max - extra) {
    return PACT_ERR_NOMEM;
  }
  need = b->len + extra + 1;
  if (need <= b->cap) {
    return PACT_OK;
  }
  cap = b->cap ? b->cap : 64;
  while (cap < need) {
    cap *= 2;
  }
  if (b->max && cap > b->max + 1) {
    cap = b->max + 1; /* the inline appends trust the capacity */
  }
  data = realloc(b->data, cap);
  if (!data) {
    return PACT_ERR_NOMEM;
  }
  b->data = data;
  b->cap = cap;
  return PACT_OK;
}

PactStatus
pact_buf_add_slow(PactBuf *b, const void *data, size_t len)
{
  PACT_TRY(pact_buf_reserve(b, len));
  if (len) {
    memcpy(b->data + b->len, data, len);
  }
  b->len += len;
  b->data[b->len] = '\0';
  return PACT_OK;
}

PactStatus
pact_buf_adds(PactBuf *b, const char *s)
{
  return pact_buf_add(b, s, strlen(s));
}

PactStatus
pact_buf_printf(PactBuf *b, const char *fmt, ...)
{
  va_list ap;
  int n;

  va_start(ap, fmt);
  n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) {
    return PACT_ERR_INTERNAL;
  }
  PACT_TRY(pact_buf_reserve(b, (size_t)n));
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
  return PACT_OK;
}

const char *
pact_buf_str(const PactBuf *b)
{
  return b->data ? b->data : "";
}

char *
pact_buf_take(PactBuf *b)
{
  char *data = b->data;

  b->data = NULL;
  b->len = 0;
  b->cap = 0;
  return data;
}
