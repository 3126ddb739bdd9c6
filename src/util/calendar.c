/* Calendar arithmetic and ISO dates without stdio (util/calendar.h). */
#include "util/calendar.h"

#include <stdio.h>
#include <string.h>

long
pact_days_from_civil(int y, int m, int d)
{
  long era;
  unsigned yoe;
  unsigned doy;
  unsigned doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = (unsigned)(y - era * 400);
  doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (long)doe - 719468;
}

void
pact_civil_from_days(long z, int *y, int *m, int *d)
{
  long era;
  unsigned doe;
  unsigned yoe;
  unsigned doy;
  unsigned mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = (unsigned)(z - era * 146097);
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400) + (*m <= 2);
}

static int
digits(const char *s, int n)
{
  int v = 0;

  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') {
      return -1;
    }
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

int
pact_iso_day_parse(const char *s, int *y, int *m, int *d)
{
  int yy;
  int mm;
  int dd;

  if (!s || (yy = digits(s, 4)) < 0 || s[4] != '-' || (mm = digits(s + 5, 2)) < 0 ||
      s[7] != '-' || (dd = digits(s + 8, 2)) < 0 || s[10] != '\0') {
    return 0;
  }
  *y = yy;
  *m = mm;
  *d = dd;
  return 1;
}

int
pact_date_parse(const char *s, int *y, int *m, int *d)
{
  static const int days_in[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  size_t n = s ? strlen(s) : 0;
  int yy = 0;
  int mm = 0;
  int dd = 0;
  int precision = 0;

  /* "--MM-DD" before "YYYY-MM": both are 7 bytes with '-' at [4] */
  if (n == 4 && (yy = digits(s, 4)) >= 0) {
    precision = 1;
  } else if (n == 7 && s[0] == '-' && s[1] == '-' && s[4] == '-') {
    mm = digits(s + 2, 2);
    dd = digits(s + 5, 2);
    precision = mm >= 1 && mm <= 12 && dd >= 1 && dd <= days_in[mm] ? 2 : 0;
  } else if (n == 7 && s[4] == '-' && (yy = digits(s, 4)) >= 0 && (mm = digits(s + 5, 2)) >= 1 &&
             mm <= 12) {
    precision = 3;
  } else if (n == 10 && pact_iso_day_parse(s, &yy, &mm, &dd) && mm >= 1 && mm <= 12 && dd >= 1 &&
             dd <= days_in[mm] &&
             !(mm == 2 && dd == 29 && !((yy % 4 == 0 && yy % 100 != 0) || yy % 400 == 0))) {
    precision = 4;
  }
  if (!precision) {
    yy = mm = dd = 0;
  }
  *y = yy;
  *m = mm;
  *d = dd;
  return precision;
}

static char *
two(char *p, int v)
{
  p[0] = (char)('0' + v / 10);
  p[1] = (char)('0' + v % 10);
  return p + 2;
}

int
pact_iso_format(char out[12], int y, int m, int d)
{
  char *p = out;

  if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99) {
    /* outside what four and two digits hold: what stdio writes */
    if (!m) {
      return snprintf(out, 12, "%04d", y);
    }
    return d ? snprintf(out, 12, "%04d-%02d-%02d", y, m, d) : snprintf(out, 12, "%04d-%02d", y, m);
  }
  p = two(two(p, y / 100), y % 100);
  if (m) {
    *p++ = '-';
    p = two(p, m);
    if (d) {
      *p++ = '-';
      p = two(p, d);
    }
  }
  *p = '\0';
  return (int)(p - out);
}
