#define _POSIX_C_SOURCE 200809L
#include "util/clock.h"

#include <time.h>

static double
seconds_of(clockid_t clock)
{
  struct timespec ts;

  clock_gettime(clock, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

double
pact_clock_seconds(void)
{
  return seconds_of(CLOCK_MONOTONIC);
}

double
pact_clock_thread_seconds(void)
{
  return seconds_of(CLOCK_THREAD_CPUTIME_ID);
}
