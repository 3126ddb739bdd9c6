/* The toy output format's writer (tests/arch/toy-format.h): each statement
 * of the default graph on a line, subject, predicate and object separated
 * by tabs, as N-Triples writes terms but with no escapes (tabs and line
 * breaks in literals become spaces). It only shows where a writer plugs
 * in: it streams the sealed graph's sorted quads into the sink. */
#include "write/writer.h"

#include <string.h>

static PactStatus
put(const PactSink *out, const char *s, size_t n)
{
  return out->write(out->ctx, s, n);
}

static PactStatus
put_term(const PactSink *out, const PactGraph *g, PactTerm t)
{
  const PactTermInfo *info = pact_graph_term(g, t);

  if (info->kind == PACT_TERM_IRI) {
    PACT_TRY(put(out, "<", 1));
    PACT_TRY(put(out, info->str, info->len));
    return put(out, ">", 1);
  }
  if (info->kind == PACT_TERM_BLANK) {
    PACT_TRY(put(out, "_:", 2));
    return put(out, info->str, info->len);
  }
  PACT_TRY(put(out, "\"", 1));
  for (size_t i = 0; i < info->len; i++) {
    char c = info->str[i] == '\t' || info->str[i] == '\n' || info->str[i] == '\r' ? ' ' : info->str[i];
    PACT_TRY(put(out, &c, 1));
  }
  PACT_TRY(put(out, "\"", 1));
  if (info->lang) {
    PACT_TRY(put(out, "@", 1));
    return put(out, info->lang, strlen(info->lang));
  }
  if (info->datatype) {
    PACT_TRY(put(out, "^^", 2));
    return put_term(out, g, info->datatype);
  }
  return PACT_OK;
}

PactStatus
toy_write_tsv(const PactGraph *g, PactFormat f, const PactSink *out, const PactWriteOptions *opt,
              PactDiag *d)
{
  size_t n;
  size_t n_default;
  const PactQuad *q = pact_graph_quads(g, &n, &n_default);
  PactStatus st = PACT_OK;

  (void)f;
  (void)opt;
  for (size_t i = 0; i < n_default && st == PACT_OK; i++) {
    st = put_term(out, g, q[i].s);
    st = st == PACT_OK ? put(out, "\t", 1) : st;
    st = st == PACT_OK ? put_term(out, g, q[i].p) : st;
    st = st == PACT_OK ? put(out, "\t", 1) : st;
    st = st == PACT_OK ? put_term(out, g, q[i].o) : st;
    st = st == PACT_OK ? put(out, "\n", 1) : st;
  }
  return st == PACT_OK ? PACT_OK : pact_diag(d, st, NULL, 0, "cannot write the toy table");
}
