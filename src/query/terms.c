#include "query/terms.h"

#include "model/vocab.h"
#include "util/buf.h"

#include <string.h>

/* No rendered term (a table cell) needs more. */
#define TERM_TEXT_MAX ((size_t)64 * 1024 * 1024)

/* ---- escapes ------------------------------------------------------------ */

/* The escape of byte `c` inside a Turtle or JSON string ("\\n", "\\u0007"),
 * written into `esc` when it needs room; NULL when `c` stands as it is. */
static const char *
string_escape(unsigned char c, char esc[8])
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

/* Whether a literal of `datatype` (an IRI, or NULL) is written bare, as
 * Turtle allows: xsd:integer 42, xsd:decimal 4.5, xsd:boolean true. */
static int
is_bare_literal(const char *value, const char *datatype)
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
pact_term_csv_field(FILE *out, const char *s, size_t len)
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
pact_term_json_string(FILE *out, const char *s, size_t len)
{
  fputc('"', out);
  for (size_t i = 0; i < len; i++) {
    char esc[8];
    const char *escape = string_escape((unsigned char)s[i], esc);
    if (escape) {
      fputs(escape, out);
    } else {
      fputc(s[i], out);
    }
  }
  fputc('"', out);
}

/* The escape of `c` in XML character data; `quote` also escapes '"', for
 * an attribute value. XML 1.0 cannot carry most control characters at
 * all, so they become U+FFFD; CR is escaped to survive end-of-line
 * handling. NULL when `c` stands as it is. */
static const char *
xml_escape(unsigned char c, int quote)
{
  switch (c) {
  case '&':
    return "&amp;";
  case '<':
    return "&lt;";
  case '>':
    return "&gt;";
  case '\r':
    return "&#13;";
  case '"':
    return quote ? "&quot;" : NULL;
  case '\n':
  case '\t':
    return NULL;
  default:
    return c < 0x20 ? "\xEF\xBF\xBD" : NULL;
  }
}

void
pact_term_xml_text(FILE *out, const char *s, int quote)
{
  for (; *s; s++) {
    const char *escape = xml_escape((unsigned char)*s, quote);

    if (escape) {
      fputs(escape, out);
    } else {
      fputc(*s, out);
    }
  }
}


/* ---- terms in Turtle ---------------------------------------------------- */

/* Appends to `out` unless an earlier append failed, so that a renderer can
 * add many pieces and look at *st once. */
static void
add(PactBuf *out, PactStatus *st, const char *bytes, size_t len)
{
  if (*st == PACT_OK) {
    *st = pact_buf_add(out, bytes, len);
  }
}

static void
adds(PactBuf *out, PactStatus *st, const char *s)
{
  add(out, st, s, strlen(s));
}

/* Appends `bytes` as the inside of a Turtle string literal, on one line. */
static void
add_escaped(PactBuf *out, PactStatus *st, const char *bytes, size_t len)
{
  for (size_t i = 0; i < len; i++) {
    char esc[8];
    const char *escape = string_escape((unsigned char)bytes[i], esc);

    if (escape) {
      adds(out, st, escape);
    } else {
      add(out, st, &bytes[i], 1);
    }
  }
}

/* Whether `local` can follow "prefix:" in Turtle as it is. A cautious
 * subset of PN_LOCAL: ASCII letters, digits, '_', '-' and inner '.'. */
static int
is_simple_local(const char *local)
{
  size_t len = strlen(local);

  if (len == 0 || local[0] == '-' || local[0] == '.' || local[len - 1] == '.') {
    return 0;
  }
  for (size_t i = 0; i < len; i++) {
    char c = local[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '_' || c == '-' || c == '.')) {
      return 0;
    }
  }
  return 1;
}

/* Appends `iri` as prefix:local when one of `prefixes` (the longest that
 * fits) leaves a simple local name, else as <iri>. */
static void
add_iri(PactBuf *out, PactStatus *st, const TermPrefix *prefixes, size_t n_prefixes,
        const char *iri)
{
  const TermPrefix *best = NULL;
  size_t best_len = 0;

  for (size_t i = 0; i < n_prefixes; i++) {
    size_t ns_len = prefixes[i].ns_len;
    if (ns_len > best_len && strncmp(iri, prefixes[i].ns, ns_len) == 0 &&
        is_simple_local(iri + ns_len)) {
      best = &prefixes[i];
      best_len = ns_len;
    }
  }
  if (best) {
    adds(out, st, best->prefix);
    adds(out, st, ":");
    adds(out, st, iri + best_len);
  } else {
    adds(out, st, "<");
    adds(out, st, iri);
    adds(out, st, ">");
  }
}

static void
add_literal(PactBuf *out, PactStatus *st, const TermPrefix *prefixes, size_t n_prefixes,
            const PactResultTerm *t)
{
  if (t->datatype && strlen(t->value) == t->len && is_bare_literal(t->value, t->datatype)) {
    adds(out, st, t->value);
    return;
  }
  adds(out, st, "\"");
  add_escaped(out, st, t->value, t->len);
  adds(out, st, "\"");
  if (t->lang) {
    adds(out, st, "@");
    adds(out, st, t->lang);
  } else if (t->datatype) {
    adds(out, st, "^^");
    add_iri(out, st, prefixes, n_prefixes, t->datatype);
  }
}

char *
pact_term_turtle(const TermPrefix *prefixes, size_t n_prefixes, const PactResultTerm *t)
{
  PactBuf out;
  PactStatus st = PACT_OK;

  pact_buf_init(&out, TERM_TEXT_MAX);
  add(&out, &st, "", 0); /* so that take() has a string even for "" */
  if (t->kind == PACT_RESULT_IRI) {
    add_iri(&out, &st, prefixes, n_prefixes, t->value);
  } else if (t->kind == PACT_RESULT_LITERAL) {
    add_literal(&out, &st, prefixes, n_prefixes, t);
  } else if (t->kind == PACT_RESULT_BLANK) {
    adds(&out, &st, "_:");
    adds(&out, &st, t->value);
  }
  if (st != PACT_OK) {
    pact_buf_free(&out);
    return NULL;
  }
  return pact_buf_take(&out);
}
