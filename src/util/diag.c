#include "util/diag.h"

#include <stdio.h>

PactStatus
pact_vdiag(PactDiag *d, PactStatus st, const char *file, unsigned long line,
           const char *fmt, va_list ap)
{
  char text[2048];
  char message[2560];

  if (!d) {
    return st;
  }
  if (st != PACT_OK) {
    d->errors++;
  }
  if (!d->sink) {
    return st;
  }
  vsnprintf(text, sizeof text, fmt, ap);
  if (file && line) {
    snprintf(message, sizeof message, "%s:%lu: %s", file, line, text);
  } else if (file) {
    snprintf(message, sizeof message, "%s: %s", file, text);
  } else {
    snprintf(message, sizeof message, "%s", text);
  }
  d->sink(d->user, st, message);
  return st;
}

PactStatus
pact_diag(PactDiag *d, PactStatus st, const char *file, unsigned long line,
          const char *fmt, ...)
{
  va_list ap;

  va_start(ap, fmt);
  st = pact_vdiag(d, st, file, line, fmt, ap);
  va_end(ap);
  return st;
}

void
pact_diag_stderr(void *user, PactStatus st, const char *message)
{
  const char *program = user ? (const char *)user : "pactum";

  (void)st;
  fprintf(stderr, "%s: %s\n", program, message);
}
