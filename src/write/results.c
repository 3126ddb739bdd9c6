#include "write/results.h"

#include "model/vocab.h"

#include <string.h>

const char *
pact_results_escape(unsigned char c, char esc[8])
{
  switch (c) {
  case '\\':
    return "\\\\";
  case '"':
    return "\\\"";
  case '\n':
    return "\\n";
  case '\r':
    return "\\r";
  case '\t':
    return "\\t";
  default:
    break;
  }
  if (c < 0x20 || c == 0x7F) {
    snprintf(esc, 8, "\\u%04X", (unsigned)c);
    return esc;
  }
  return NULL;
}

/* Whether `lexical` is an integer ('i') or a decimal ('d') as Turtle
 * writes them bare. */
static int
is_bare_number(const char *lexical, char shape)
{
  const char *p = lexical;
  size_t digits = 0;
  size_t fraction = 0;

  if (*p == '+' || *p == '-') {
    p++;
  }
  for (; *p >= '0' && *p <= '9'; p++) {
    digits++;
  }
  if (shape == 'i') {
    return digits > 0 && *p == '\0';
  }
  if (*p != '.') {
    return 0;
  }
  for (p++; *p >= '0' && *p <= '9'; p++) {
    fraction++;
  }
  return fraction > 0 && *p == '\0';
}

int
pact_results_bare_literal(const char *value, const char *datatype)
{
  if (!datatype) {
    return 0;
  }
  if (strcmp(datatype, NS_XSD "integer") == 0) {
    return is_bare_number(value, 'i');
  }
  if (strcmp(datatype, NS_XSD "decimal") == 0) {
    return is_bare_number(value, 'd');
  }
  if (strcmp(datatype, NS_XSD "boolean") == 0) {
    return strcmp(value, "true") == 0 || strcmp(value, "false") == 0;
  }
  return 0;
}

void
pact_results_csv_field(FILE *out, const char *s, size_t len)
{
  if (!memchr(s, ',', len) && !memchr(s, '"', len) && !memchr(s, '\r', len) &&
      !memchr(s, '\n', len)) {
    fwrite(s, 1, len, out);
    return;
  }
  fputc('"', out);
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '"') {
      fputc('"', out);
    }
    fputc(s[i], out);
  }
  fputc('"', out);
}

void
pact_results_json_string(FILE *out, const char *s, size_t len)
{
  fputc('"', out);
  for (size_t i = 0; i < len; i++) {
    char esc[8];
    const char *escape = pact_results_escape((unsigned char)s[i], esc);
    if (escape) {
      fputs(escape, out);
    } else {
      fputc(s[i], out);
    }
  }
  fputc('"', out);
}
