/* Diagnostics: where a problem is (file, line, JSON path) and what was
 * expected. Library code reports through a PactDiag and never prints; the
 * command decides where messages go. */
#ifndef PACT_DIAG_H
#define PACT_DIAG_H

#include "util/status.h"

#include <stdarg.h>

typedef struct PactDiag PactDiag;

/* Receives one finished message, e.g. "records.json:3: $.persons[0]: ...". */
typedef void (*PactDiagSink)(void *user, PactStatus st, const char *message);

struct PactDiag {
  PactDiagSink sink;  /* may be NULL: messages are dropped */
  void *user;
  unsigned long errors; /* how many errors were reported */
};

/* Formats a message and hands it to the sink; returns `st` so that callers
 * can write `return pact_diag(d, PACT_ERR_INPUT, "...")`. `file` may be NULL;
 * `line` 0 means no line. */
PactStatus pact_diag(PactDiag *d, PactStatus st, const char *file,
                     unsigned long line, const char *fmt, ...)
  __attribute__((format(printf, 5, 6)));

PactStatus pact_vdiag(PactDiag *d, PactStatus st, const char *file,
                      unsigned long line, const char *fmt, va_list ap);

/* A sink that prints "PROGRAM: MESSAGE\n" to stderr; `user` is the program
 * prefix (a const char *). */
void pact_diag_stderr(void *user, PactStatus st, const char *message);

#endif
