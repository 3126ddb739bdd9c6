/* The proleptic Gregorian calendar as day numbers, and ISO 8601 dates as
 * the records write them ("2025-06-27", "2025-06", "2025"). Written by hand
 * rather than with mktime/strftime or the stdio family: those are bound to
 * the process's time zone and locale, and the extractor formats and compares
 * dates thousands of times per article (sscanf and snprintf were a tenth of
 * its time). */
#ifndef PACT_CALENDAR_H
#define PACT_CALENDAR_H

/* Days since 1970-01-01 of a civil date (H. Hinnant's algorithm); any
 * month 1-12 and day, the day may run past the month's end. */
long pact_days_from_civil(int y, int m, int d);

/* The civil date of a day number: the inverse of pact_days_from_civil. */
void pact_civil_from_days(long z, int *y, int *m, int *d);

/* Whether `s` is exactly "YYYY-MM-DD" (digits where digits belong); if so
 * its parts go to *y, *m, *d (not checked against the calendar). */
int pact_iso_day_parse(const char *s, int *y, int *m, int *d);

/* The dates of records and of the graph: "YYYY-MM-DD" (a day, precision
 * 4), "YYYY-MM" (3), "--MM-DD" (a day of an unknown year, 2) and "YYYY"
 * (1), checked against the calendar (no 2025-02-29). Returns the
 * precision and sets *y, *m, *d (0 where not given); 0 when `s` is none
 * of these, and then the parts are 0. The one parser of these forms: the
 * records reader checks with it, the builder picks a datatype with it,
 * resolution compares with it. */
int pact_date_parse(const char *s, int *y, int *m, int *d);

/* Writes "YYYY-MM-DD" (m and d given), "YYYY-MM" (d == 0) or "YYYY"
 * (m == 0) to `out`, which holds at least 12 bytes, as
 * snprintf("%04d-%02d-%02d") would; returns the length written. */
int pact_iso_format(char out[12], int y, int m, int d);

#endif
