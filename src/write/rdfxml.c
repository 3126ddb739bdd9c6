/* RDF/XML through raptor's "rdfxml-abbrev" serializer, which groups each
 * subject's properties into one rdf:Description and declares our
 * prefixes as XML namespaces. */
#include "write/writer.h"

#include "util/buf.h"

#include <raptor2.h>
#include <string.h>

typedef struct {
  PactDiag *d;
  int failed;
} LogState;

static void
on_raptor_log(void *user, raptor_log_message *message)
{
  LogState *state = user;

  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
    state->failed = 1;
    pact_diag(state->d, PACT_ERR_INTERNAL, NULL, 0, "raptor: %s", message->text);
  }
}

static raptor_term *
term_of(raptor_world *world, const PactGraph *g, PactTerm id)
{
  const PactTermInfo *t = pact_graph_term(g, id);
  raptor_uri *dt = NULL;
  raptor_term *term;

  if (t->kind == PACT_TERM_IRI) {
    return raptor_new_term_from_counted_uri_string(world, (const unsigned char *)t->str, t->len);
  }
  if (t->datatype) {
    const PactTermInfo *d = pact_graph_term(g, t->datatype);
    dt = raptor_new_uri_from_counted_string(world, (const unsigned char *)d->str, d->len);
    if (!dt) {
      return NULL;
    }
  }
  /* raptor copies the datatype URI into the term: ours is freed here. */
  term = raptor_new_term_from_counted_literal(world, (const unsigned char *)t->str, t->len, dt,
                                              (const unsigned char *)t->lang,
                                              t->lang ? (unsigned char)strlen(t->lang) : 0);
  if (dt) {
    raptor_free_uri(dt);
  }
  return term;
}

PactStatus
pact_write_rdfxml(const PactGraph *g, FILE *out, const PactWriteOptions *opt, PactDiag *d)
{
  raptor_world *world = raptor_new_world();
  raptor_serializer *ser = NULL;
  LogState state = {d, 0};
  size_t n_default;
  const PactQuad *q = pact_graph_quads(g, NULL, &n_default);
  PactBuf iri;
  PactStatus st = PACT_OK;

  pact_buf_init(&iri, 0);
  if (!world || raptor_world_open(world) != 0) {
    raptor_free_world(world);
    return pact_diag(d, PACT_ERR_INTERNAL, NULL, 0, "cannot start raptor");
  }
  raptor_world_set_log_handler(world, &state, on_raptor_log);
  ser = raptor_new_serializer(world, "rdfxml-abbrev");
  if (!ser) {
    raptor_free_world(world);
    return pact_diag(d, PACT_ERR_INTERNAL, NULL, 0, "raptor has no rdfxml-abbrev serializer");
  }
  for (size_t i = 0; pact_prefixes[i].name && st == PACT_OK; i++) {
    raptor_uri *ns;
    if (strcmp(pact_prefixes[i].name, "rdf") == 0) {
      continue; /* the RDF/XML serializer declares rdf: itself */
    }
    pact_buf_reset(&iri);
    if (pact_prefixes[i].iri) {
      st = pact_buf_adds(&iri, pact_prefixes[i].iri);
    } else {
      st = pact_buf_printf(&iri, "%s%s/", opt->base, pact_prefixes[i].name);
    }
    ns = st == PACT_OK ? raptor_new_uri(world, (const unsigned char *)pact_buf_str(&iri)) : NULL;
    if (!ns || raptor_serializer_set_namespace(ser, ns, (const unsigned char *)pact_prefixes[i].name) != 0) {
      st = PACT_ERR_INTERNAL;
    }
    if (ns) {
      raptor_free_uri(ns);
    }
  }
  if (st == PACT_OK && raptor_serializer_start_to_file_handle(ser, NULL, out) != 0) {
    st = PACT_ERR_IO;
  }
  for (size_t i = 0; i < n_default && st == PACT_OK; i++) {
    raptor_statement s;
    raptor_statement_init(&s, world);
    s.subject = term_of(world, g, q[i].s);
    s.predicate = term_of(world, g, q[i].p);
    s.object = term_of(world, g, q[i].o);
    if (!s.subject || !s.predicate || !s.object) {
      st = PACT_ERR_NOMEM;
    } else if (raptor_serializer_serialize_statement(ser, &s) != 0 || state.failed) {
      st = PACT_ERR_IO;
    }
    raptor_statement_clear(&s); /* frees the three terms */
  }
  if (st == PACT_OK && raptor_serializer_serialize_end(ser) != 0) {
    st = PACT_ERR_IO;
  }
  raptor_free_serializer(ser);
  raptor_free_world(world);
  pact_buf_free(&iri);
  if (st == PACT_OK && ferror(out)) {
    st = PACT_ERR_IO;
  }
  if (st != PACT_OK && !state.failed) {
    pact_diag(d, st, NULL, 0, "cannot write RDF/XML: %s", pact_strerror(st));
  }
  return st;
}
