/* Turtle, TriG, N-Triples and N-Quads through serd's writer: serd escapes
 * and abbreviates correctly and is the fastest writer Debian packages
 * (DESIGN.md measured it against raptor's). */
#include "write/writer.h"

#include "util/buf.h"

#include <serd/serd.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  PactDiag *d;
  int failed;
} SinkState;

static SerdStatus
on_serd_error(void *handle, const SerdError *error)
{
  SinkState *state = handle;
  char text[512];

  state->failed = 1;
  vsnprintf(text, sizeof text, error->fmt, *error->args);
  pact_diag(state->d, PACT_ERR_INTERNAL, NULL, 0, "serd: %s", text);
  return SERD_SUCCESS;
}

static SerdNode
node_of(const PactTermInfo *t)
{
  SerdNode n = serd_node_from_string(t->kind == PACT_TERM_IRI ? SERD_URI : SERD_LITERAL,
                                     (const uint8_t *)t->str);
  return n;
}

PactStatus
pact_write_serd(const PactGraph *g, PactFormat f, FILE *out,
                const PactWriteOptions *opt, PactDiag *d)
{
  static const SerdSyntax syntax_of[PACT_N_FORMATS] = {
    [PACT_FORMAT_TURTLE] = SERD_TURTLE,
    [PACT_FORMAT_NTRIPLES] = SERD_NTRIPLES,
    [PACT_FORMAT_NQUADS] = SERD_NQUADS,
    [PACT_FORMAT_TRIG] = SERD_TRIG,
  };
  int pretty = f == PACT_FORMAT_TURTLE || f == PACT_FORMAT_TRIG;
  int quads = f == PACT_FORMAT_NQUADS || f == PACT_FORMAT_TRIG;
  SerdStyle style = (SerdStyle)(SERD_STYLE_BULK |
                                (pretty ? SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED : 0));
  size_t n_terms = pact_graph_term_count(g);
  SerdNode *nodes = malloc((n_terms + 1) * sizeof *nodes);
  SerdEnv *env = serd_env_new(NULL);
  SerdWriter *w = NULL;
  SinkState state = {d, 0};
  size_t n;
  size_t n_default;
  const PactQuad *q = pact_graph_quads(g, &n, &n_default);
  PactBuf iri;
  PactStatus st = PACT_OK;

  pact_buf_init(&iri, 0);
  if (!nodes || !env) {
    free(nodes);
    serd_env_free(env);
    return pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
  }
  /* Nodes are measured once per term, not once per statement. */
  nodes[0] = SERD_NODE_NULL;
  for (size_t t = 1; t <= n_terms; t++) {
    nodes[t] = node_of(pact_graph_term(g, (PactTerm)t));
  }
  w = serd_writer_new(syntax_of[f], style, env, NULL, serd_file_sink, out);
  if (!w) {
    st = pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
  } else {
    serd_writer_set_error_sink(w, on_serd_error, &state);
  }
  for (size_t i = 0; pretty && st == PACT_OK && pact_prefixes[i].name; i++) {
    SerdNode name = serd_node_from_string(SERD_LITERAL, (const uint8_t *)pact_prefixes[i].name);
    SerdNode uri;
    pact_buf_reset(&iri);
    if (pact_prefixes[i].iri) {
      st = pact_buf_adds(&iri, pact_prefixes[i].iri);
    } else {
      st = pact_buf_printf(&iri, "%s%s/", opt->base, pact_prefixes[i].name);
    }
    uri = serd_node_from_string(SERD_URI, (const uint8_t *)pact_buf_str(&iri));
    if (st == PACT_OK && serd_writer_set_prefix(w, &name, &uri) != SERD_SUCCESS) {
      st = PACT_ERR_IO;
    }
  }
  for (size_t i = 0; st == PACT_OK && i < (quads ? n : n_default); i++) {
    const PactTermInfo *o = pact_graph_term(g, q[i].o);
    SerdNode lang = SERD_NODE_NULL;
    SerdStatus ss;

    if (o->lang) {
      lang = serd_node_from_string(SERD_LITERAL, (const uint8_t *)o->lang);
    }
    ss = serd_writer_write_statement(w, 0, q[i].g ? &nodes[q[i].g] : NULL,
                                     &nodes[q[i].s], &nodes[q[i].p], &nodes[q[i].o],
                                     o->datatype ? &nodes[o->datatype] : NULL,
                                     o->lang ? &lang : NULL);
    if (ss != SERD_SUCCESS || state.failed) {
      st = pact_diag(d, PACT_ERR_IO, NULL, 0, "cannot write %s: %s", pact_format_name(f),
                     serd_strerror(ss));
    }
  }
  if (w) {
    if (serd_writer_finish(w) != SERD_SUCCESS && st == PACT_OK) {
      st = pact_diag(d, PACT_ERR_IO, NULL, 0, "cannot finish %s", pact_format_name(f));
    }
    serd_writer_free(w); /* flushes the last page */
  }
  serd_env_free(env);
  free(nodes);
  pact_buf_free(&iri);
  if (st == PACT_OK && ferror(out)) {
    st = pact_diag(d, PACT_ERR_IO, NULL, 0, "cannot write %s", pact_format_name(f));
  }
  return st;
}
