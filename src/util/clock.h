/* Clocks for the figures commands print (export --timings, publish -v). */
#ifndef PACT_CLOCK_H
#define PACT_CLOCK_H

/* Seconds since an arbitrary start, on the monotonic clock. */
double pact_clock_seconds(void);

/* The calling thread's processor time (user and system), in seconds: its
 * cost on one core, whatever else runs beside it. */
double pact_clock_thread_seconds(void);

#endif
