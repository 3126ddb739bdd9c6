/* A minimal test harness: CHECK records a failure with its location and
 * goes on; a test program returns check_status(), which automake's harness
 * reads (0 pass, 1 fail). */
#ifndef PACT_CHECK_H
#define PACT_CHECK_H

#include "util/status.h"

#include <stdio.h>
#include <string.h>

static int check_failures;
static int check_count;

#define CHECK(cond)                                                        \
  do {                                                                     \
    check_count++;                                                         \
    if (!(cond)) {                                                         \
      check_failures++;                                                    \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                      \
  } while (0)

#define CHECK_STR(got, want)                                               \
  do {                                                                     \
    const char *got_ = (got);                                              \
    const char *want_ = (want);                                            \
    check_count++;                                                         \
    if (!got_ || strcmp(got_, want_) != 0) {                               \
      check_failures++;                                                    \
      fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__,     \
              __LINE__, want_, got_ ? got_ : "(null)");                    \
    }                                                                      \
  } while (0)

/* A PactDiag sink for tests: every message, one a line, in `messages`
 * (reset it to "" before the call whose messages a test reads). */
static char messages[8192];

static inline void
collect(void *user, PactStatus st, const char *message)
{
  (void)user;
  (void)st;
  strncat(messages, message, sizeof messages - strlen(messages) - 2);
  strcat(messages, "\n");
}

static inline int
check_status(const char *name)
{
  printf("%s: %d checks, %d failed\n", name, check_count, check_failures);
  return check_failures ? 1 : 0;
}

#endif
