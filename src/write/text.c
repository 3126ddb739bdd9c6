/* N-Triples, N-Quads, Turtle and TriG.
 *
 * Written here rather than through serd or raptor, for two measured
 * reasons: every term is rendered once (escaped, and for Turtle shortened
 * to a prefixed name) and then copied for each statement that uses it,
 * which makes writing several times faster than a general writer that
 * renders each statement anew; and serd 0.30 writes a full IRI for every
 * local name with a '-' (all of ours), so its Turtle is hard to read.
 * Correctness is checked by raptor's parsers and the isomorphism tests in
 * tests/validators. */
#include "write/writer.h"

#include "model/vocab.h"
#include "util/buf.h"
#include "write/out.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  uint32_t off;
  uint32_t len;
} Span;

typedef struct {
  const PactGraph *g;
  PactBuf text;   /* every rendering, one after another */
  Span *form;     /* per term */
  int failed;
} Forms;

static Span
add_form(Forms *f, PactBuf *piece)
{
  Span sp = {(uint32_t)f->text.len, (uint32_t)piece->len};

  if (f->text.len > UINT32_MAX - piece->len - 1 ||
      pact_buf_add(&f->text, piece->data ? piece->data : "", piece->len) != PACT_OK) {
    f->failed = 1;
  }
  return sp;
}

static void
put_form(PactOut *o, const Forms *f, PactTerm t)
{
  pact_out_put(o, f->text.data + f->form[t].off, f->form[t].len);
}

/* A string between quotes, with the escapes both syntaxes share. */
static PactStatus
quote(PactBuf *b, const char *s, size_t len)
{
  size_t start = 0;

  PACT_TRY(pact_buf_addc(b, '"'));
  for (size_t i = 0; i < len; i++) {
    const char *esc = NULL;
    switch (s[i]) {
    case '"': esc = "\\\""; break;
    case '\\': esc = "\\\\"; break;
    case '\n': esc = "\\n"; break;
    case '\r': esc = "\\r"; break;
    default: break;
    }
    if (esc) {
      PACT_TRY(pact_buf_add(b, s + start, i - start));
      PACT_TRY(pact_buf_adds(b, esc));
      start = i + 1;
    }
  }
  PACT_TRY(pact_buf_add(b, s + start, len - start));
  return pact_buf_addc(b, '"');
}

typedef struct {
  const char *name;
  char *iri;
  size_t len;
} Prefix;

static int
local_name_ok(const char *s)
{
  if (!*s) {
    return 0;
  }
  for (; *s; s++) {
    char c = *s;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '_' || c == '-')) {
      return 0;
    }
  }
  return 1;
}

static PactStatus
bracketed(PactBuf *b, const char *iri)
{
  PACT_TRY(pact_buf_addc(b, '<'));
  PACT_TRY(pact_buf_adds(b, iri));
  return pact_buf_addc(b, '>');
}

/* The Turtle form of an IRI: prefix:local when a prefix fits, else <iri>. */
static PactStatus
turtle_iri(PactBuf *b, const char *iri, const Prefix *prefixes, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    if (strncmp(iri, prefixes[i].iri, prefixes[i].len) == 0 &&
        local_name_ok(iri + prefixes[i].len)) {
      PACT_TRY(pact_buf_adds(b, prefixes[i].name));
      PACT_TRY(pact_buf_addc(b, ':'));
      return pact_buf_adds(b, iri + prefixes[i].len);
    }
  }
  return bracketed(b, iri);
}

static int
is_integer(const char *s)
{
  if (*s == '-' || *s == '+') {
    s++;
  }
  if (!*s) {
    return 0;
  }
  for (; *s; s++) {
    if (*s < '0' || *s > '9') {
      return 0;
    }
  }
  return 1;
}

static PactStatus
render(Forms *f, int turtle, const Prefix *prefixes, size_t n_prefixes)
{
  size_t n_terms = pact_graph_term_count(f->g);
  PactBuf piece;
  PactStatus st = PACT_OK;

  pact_buf_init(&f->text, 0);
  pact_buf_init(&piece, 0);
  f->form = calloc(n_terms + 1, sizeof *f->form);
  if (!f->form) {
    return PACT_ERR_NOMEM;
  }
  for (size_t id = 1; id <= n_terms && st == PACT_OK; id++) {
    const PactTermInfo *t = pact_graph_term(f->g, (PactTerm)id);
    pact_buf_reset(&piece);
    if (t->kind == PACT_TERM_IRI) {
      st = turtle ? turtle_iri(&piece, t->str, prefixes, n_prefixes) : bracketed(&piece, t->str);
    } else if (turtle && t->datatype &&
               strcmp(pact_graph_term(f->g, t->datatype)->str, NS_XSD "integer") == 0 &&
               is_integer(t->str)) {
      st = pact_buf_adds(&piece, t->str);
    } else {
      st = quote(&piece, t->str, t->len);
      if (st == PACT_OK && t->lang) {
        st = pact_buf_addc(&piece, '@');
        if (st == PACT_OK) {
          st = pact_buf_adds(&piece, t->lang);
        }
      } else if (st == PACT_OK && t->datatype) {
        const char *dt = pact_graph_term(f->g, t->datatype)->str;
        st = pact_buf_adds(&piece, "^^");
        if (st == PACT_OK) {
          st = turtle ? turtle_iri(&piece, dt, prefixes, n_prefixes) : bracketed(&piece, dt);
        }
      }
    }
    if (st == PACT_OK) {
      f->form[id] = add_form(f, &piece);
      st = f->failed ? PACT_ERR_NOMEM : PACT_OK;
    }
  }
  pact_buf_free(&piece);
  return st;
}

/* Line formats: one statement per line. */
static void
write_lines(PactOut *o, const Forms *f, const PactQuad *q, size_t n, int quads)
{
  for (size_t i = 0; i < n && o->st == PACT_OK; i++) {
    put_form(o, f, q[i].s);
    pact_out_put(o, " ", 1);
    put_form(o, f, q[i].p);
    pact_out_put(o, " ", 1);
    put_form(o, f, q[i].o);
    if (quads && q[i].g) {
      pact_out_put(o, " ", 1);
      put_form(o, f, q[i].g);
    }
    pact_out_put(o, " .\n", 3);
  }
}

/* Turtle blocks: subjects with their predicates and objects grouped. */
static void
write_blocks(PactOut *o, const Forms *f, const PactQuad *q, size_t n, PactTerm rdf_type,
             const char *indent)
{
  size_t ilen = strlen(indent);

  for (size_t i = 0; i < n && o->st == PACT_OK;) {
    PactTerm s = q[i].s;
    pact_out_put(o, indent, ilen);
    put_form(o, f, s);
    for (int first_p = 1; i < n && q[i].s == s; first_p = 0) {
      PactTerm p = q[i].p;
      pact_out_str(o, first_p ? "\n" : " ;\n");
      pact_out_put(o, indent, ilen);
      pact_out_put(o, "\t", 1);
      if (p == rdf_type) {
        pact_out_put(o, "a", 1);
      } else {
        put_form(o, f, p);
      }
      pact_out_put(o, " ", 1);
      for (int first_o = 1; i < n && q[i].s == s && q[i].p == p; i++, first_o = 0) {
        if (!first_o) {
          pact_out_str(o, " ,\n");
          pact_out_put(o, indent, ilen);
          pact_out_put(o, "\t\t", 2);
        }
        put_form(o, f, q[i].o);
      }
    }
    pact_out_str(o, " .\n\n");
  }
}

PactStatus
pact_write_text(const PactGraph *g, PactFormat format, const PactSink *out,
                const PactWriteOptions *opt, PactDiag *d)
{
  int turtle = format == PACT_FORMAT_TURTLE || format == PACT_FORMAT_TRIG;
  int quads = pact_format_info(format)->dataset;
  Prefix prefixes[32];
  size_t n_prefixes = 0;
  Forms forms = {g, {0}, NULL, 0};
  PactOut *o = pact_out_new(out);
  size_t n;
  size_t n_default;
  const PactQuad *q = pact_graph_quads(g, &n, &n_default);
  PactPrefix prefix;
  PactStatus st = PACT_OK;

  if (!o) {
    return pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
  }
  for (size_t i = 0; turtle && pact_prefix_at(i, &prefix) && st == PACT_OK; i++) {
    PactBuf iri;
    pact_buf_init(&iri, 0);
    st = prefix.iri ? pact_buf_adds(&iri, prefix.iri)
                    : pact_buf_printf(&iri, "%s%s/", opt->base, prefix.name);
    prefixes[n_prefixes].name = prefix.name;
    prefixes[n_prefixes].len = iri.len;
    prefixes[n_prefixes].iri = pact_buf_take(&iri);
    if (st == PACT_OK && !prefixes[n_prefixes].iri) {
      st = PACT_ERR_NOMEM;
    }
    n_prefixes++;
  }
  if (st == PACT_OK) {
    st = render(&forms, turtle, prefixes, n_prefixes);
  }
  if (st == PACT_OK && turtle) {
    for (size_t i = 0; i < n_prefixes; i++) {
      pact_out_str(o, "@prefix ");
      pact_out_str(o, prefixes[i].name);
      pact_out_str(o, ": <");
      pact_out_str(o, prefixes[i].iri);
      pact_out_str(o, "> .\n");
    }
    pact_out_str(o, "\n");
    write_blocks(o, &forms, q, n_default, pact_graph_find_iri(g, NS_RDF "type"), "");
    for (size_t i = n_default; quads && i < n;) {
      size_t begin;
      size_t end;
      pact_graph_range(g, q[i].g, &begin, &end);
      put_form(o, &forms, q[i].g);
      pact_out_str(o, " {\n");
      write_blocks(o, &forms, q + begin, end - begin, pact_graph_find_iri(g, NS_RDF "type"), "\t");
      pact_out_str(o, "}\n\n");
      i = end;
    }
  } else if (st == PACT_OK) {
    write_lines(o, &forms, q, quads ? n : n_default, quads);
  }
  if (pact_out_flush(o) != PACT_OK && st == PACT_OK) {
    st = pact_diag(d, PACT_ERR_IO, NULL, 0, "cannot write %s: %s", pact_format_name(format),
                   strerror(errno ? errno : EIO));
  } else if (st != PACT_OK) {
    pact_diag(d, st, NULL, 0, "cannot write %s: %s", pact_format_name(format), pact_strerror(st));
  }
  for (size_t i = 0; i < n_prefixes; i++) {
    free(prefixes[i].iri);
  }
  free(forms.form);
  pact_buf_free(&forms.text);
  pact_out_free(o);
  return st;
}
