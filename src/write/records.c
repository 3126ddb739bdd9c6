/* Records out, written directly rather than through cJSON: a record is a
 * fixed shape of strings, integers and arrays, and building a cJSON tree
 * for each then printing it was a third of `pactum extract`'s time. The
 * reader (read/records.c) parses what this writes with cJSON, and the
 * tests read it back with cJSON and Python. */
#include "write/records.h"

#include "util/buf.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int
has_byte(uint64_t w, unsigned char c)
{
  uint64_t x = w ^ (UINT64_C(0x0101010101010101) * c);

  return ((x - UINT64_C(0x0101010101010101)) & ~x & UINT64_C(0x8080808080808080)) != 0;
}

/* Whether one of eight bytes needs escaping: a control character, a quote
 * or a backslash. */
static int
needs_escape8(uint64_t w)
{
  uint64_t control = (w - UINT64_C(0x2020202020202020)) & ~w & UINT64_C(0x8080808080808080);

  return control || has_byte(w, '"') || has_byte(w, '\\');
}

/* A JSON string: quotes, backslash and control characters escaped; the
 * rest, UTF-8 included, as it is. */
static void
json_string(PactBuf *b, const char *s)
{
  static const char hex[] = "0123456789abcdef";
  size_t n = strlen(s);
  size_t start = 0;
  size_t i = 0;

  pact_buf_addc(b, '"');
  while (i < n) {
    unsigned char c;
    const char *esc = NULL;
    char u[7];
    if (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (!needs_escape8(w)) {
        i += 8; /* eight plain bytes */
        continue;
      }
    }
    c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\') {
      i++;
      continue;
    }
    switch (c) {
    case '"': esc = "\\\""; break;
    case '\\': esc = "\\\\"; break;
    case '\n': esc = "\\n"; break;
    case '\r': esc = "\\r"; break;
    case '\t': esc = "\\t"; break;
    default:
      u[0] = '\\';
      u[1] = 'u';
      u[2] = '0';
      u[3] = '0';
      u[4] = hex[c >> 4];
      u[5] = hex[c & 15];
      u[6] = '\0';
      esc = u;
      break;
    }
    pact_buf_add(b, s + start, i - start);
    pact_buf_adds(b, esc);
    i++;
    start = i;
  }
  pact_buf_add(b, s + start, n - start);
  pact_buf_addc(b, '"');
}

static void
json_integer(PactBuf *b, long n)
{
  char text[24];
  char *p = text + sizeof text;
  int negative = n < 0;
  unsigned long v = negative ? 0UL - (unsigned long)n : (unsigned long)n;

  do {
    *--p = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  if (negative) {
    *--p = '-';
  }
  pact_buf_add(b, p, (size_t)(text + sizeof text - p));
}

/* ,"key": before a member (the comma unless first); names are short
 * literals, measured once where they are written. */
static inline void
key_n(PactBuf *b, int *first, const char *name, size_t len)
{
  if (!*first) {
    pact_buf_addc(b, ',');
  }
  *first = 0;
  pact_buf_addc(b, '"');
  pact_buf_add(b, name, len);
  pact_buf_add(b, "\":", 2);
}

#define key(b, first, name) key_n((b), (first), (name), strlen(name))

/* Inline, so that the name's length is a constant where it is written. */
static inline void
member_string(PactBuf *b, int *first, const char *name, const char *value)
{
  if (value) {
    key(b, first, name);
    json_string(b, value);
  }
}

static const char *
ref_id(const PactRecord *r, int32_t i)
{
  return i >= 0 && (size_t)i < r->n_entities ? r->entities[i].id : NULL;
}

static void
member_refs(PactBuf *b, int *first, const char *name, const PactRecord *r, const PactRefs *refs)
{
  if (!refs->n) {
    return;
  }
  key(b, first, name);
  pact_buf_addc(b, '[');
  for (size_t i = 0; i < refs->n; i++) {
    if (i) {
      pact_buf_addc(b, ',');
    }
    json_string(b, ref_id(r, refs->v[i]) ? ref_id(r, refs->v[i]) : "");
  }
  pact_buf_addc(b, ']');
}

static void
member_strings(PactBuf *b, int *first, const char *name, const PactStrings *s)
{
  if (!s->n) {
    return;
  }
  key(b, first, name);
  pact_buf_addc(b, '[');
  for (size_t i = 0; i < s->n; i++) {
    if (i) {
      pact_buf_addc(b, ',');
    }
    json_string(b, s->v[i]);
  }
  pact_buf_addc(b, ']');
}

static void
entity(PactBuf *b, const PactRecord *r, const PactEntity *e)
{
  int first = 1;
  PactShape shape = pact_class(e->cls)->shape;

  pact_buf_addc(b, '{');
  if (shape == PACT_SHAPE_COUNTRY) {
    member_string(b, &first, "code", e->code);
  } else {
    member_string(b, &first, "id", e->id);
  }
  member_string(b, &first, "name", e->name);
  member_strings(b, &first, "variants", &e->variants);
  if (e->n_titles) {
    key(b, &first, "titles");
    pact_buf_addc(b, '[');
    for (size_t i = 0; i < e->n_titles; i++) {
      int tf = 1;
      if (i) {
        pact_buf_addc(b, ',');
      }
      pact_buf_addc(b, '{');
      member_string(b, &tf, "text", e->titles[i].text);
      if (e->titles[i].lang && e->titles[i].lang[0]) {
        member_string(b, &tf, "lang", e->titles[i].lang);
      }
      pact_buf_addc(b, '}');
    }
    pact_buf_addc(b, ']');
  }
  member_string(b, &first, "country", e->country >= 0 ? ref_id(r, e->country) : NULL);
  member_string(b, &first, "kind", e->kind);
  member_string(b, &first, "status", e->status);
  if (shape == PACT_SHAPE_AGREEMENT) {
    member_string(b, &first, "signed", e->date);
    member_string(b, &first, "place", e->place >= 0 ? ref_id(r, e->place) : NULL);
    member_refs(b, &first, "parties", r, &e->parties);
    member_refs(b, &first, "signatories", r, &e->signatories);
  }
  if (shape == PACT_SHAPE_EXERCISE) {
    if (e->edition) {
      key(b, &first, "edition");
      json_integer(b, e->edition);
    }
    member_string(b, &first, "start", e->start);
    member_string(b, &first, "end", e->end);
    member_refs(b, &first, "participants", r, &e->participants);
    member_string(b, &first, "place", e->place >= 0 ? ref_id(r, e->place) : NULL);
  }
  if (shape == PACT_SHAPE_AGREEMENT || shape == PACT_SHAPE_EXERCISE) {
    member_strings(b, &first, "areas", &e->areas);
  }
  if (shape == PACT_SHAPE_VISIT) {
    member_string(b, &first, "visitor", ref_id(r, e->visitor));
    member_string(b, &first, "host", ref_id(r, e->host));
    member_string(b, &first, "start", e->start);
    member_string(b, &first, "end", e->end);
    if (e->days) {
      key(b, &first, "days");
      json_integer(b, e->days);
    }
    member_refs(b, &first, "places", r, &e->places);
  }
  if (shape == PACT_SHAPE_GATHERING) {
    member_refs(b, &first, "participants", r, &e->participants);
    member_string(b, &first, "date", e->date);
    member_string(b, &first, "place", e->place >= 0 ? ref_id(r, e->place) : NULL);
  }
  if (e->n_mentions) {
    key(b, &first, "mentions");
    pact_buf_addc(b, '[');
    for (size_t i = 0; i < e->n_mentions; i++) {
      int mf = 1;
      if (i) {
        pact_buf_addc(b, ',');
      }
      pact_buf_addc(b, '{');
      member_string(b, &mf, "text", e->mentions[i].text);
      key(b, &mf, "start");
      json_integer(b, (long)e->mentions[i].start);
      key(b, &mf, "end");
      json_integer(b, (long)e->mentions[i].end);
      pact_buf_addc(b, '}');
    }
    pact_buf_addc(b, ']');
  }
  pact_buf_addc(b, '}');
}

PactStatus
pact_write_record(const PactRecord *r, const PactSink *out, PactDiag *d)
{
  PactBuf b;
  int first = 1;
  int af = 1;

  pact_buf_init(&b, 0);
  /* room for a usual record (some 6 KB) at once: grown from nothing by
   * doubling, each record cost seven copies of itself */
  pact_buf_reserve(&b, 8192);
  pact_buf_adds(&b, "{\"pactum\":1,\"article\":{");
  member_string(&b, &af, "file", r->article.file);
  member_string(&b, &af, "key", r->article.key);
  member_string(&b, &af, "issued", r->article.issued);
  member_string(&b, &af, "language", r->article.language);
  member_string(&b, &af, "title", r->article.title);
  member_string(&b, &af, "source", r->article.source);
  pact_buf_addc(&b, '}');
  first = 0;
  for (int c = 0; c < PACT_N_CLASSES; c++) {
    int open = 0;
    for (size_t i = 0; i < r->n_entities; i++) {
      if (r->entities[i].cls != (PactClass)c) {
        continue;
      }
      if (!open) {
        key(&b, &first, pact_class((PactClass)c)->plural);
        pact_buf_addc(&b, '[');
        open = 1;
      } else {
        pact_buf_addc(&b, ',');
      }
      entity(&b, r, &r->entities[i]);
    }
    if (open) {
      pact_buf_addc(&b, ']');
    }
  }
  pact_buf_adds(&b, "}\n");
  /* A failed append leaves the buffer short but consistent; catch it here
   * as a size that cannot be (every record ends with a newline). */
  if (!b.data || b.data[b.len - 1] != '\n') {
    pact_buf_free(&b);
    return pact_diag(d, PACT_ERR_NOMEM, r->article.file, 0, "out of memory");
  }
  if (out->write(out->ctx, b.data, b.len) != PACT_OK) {
    pact_buf_free(&b);
    return pact_diag(d, PACT_ERR_IO, NULL, 0, "cannot write the records");
  }
  pact_buf_free(&b);
  return PACT_OK;
}
