/* RDF/XML through raptor's "rdfxml-abbrev" serializer, which groups each
 * subject's properties into one rdf:Description and declares our
 * prefixes as XML namespaces. */
#include "write/writer.h"

#include "util/buf.h"
#include "write/out.h"

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

/* raptor's output stream into a PactOut, which buffers raptor's many
 * small writes. */
static int
iostream_write_byte(void *context, const int byte)
{
  PactOut *o = context;
  pact_out_char(o, (char)byte);
  return o->st != PACT_OK;
}

static int
iostream_write_bytes(void *context, const void *ptr, size_t size, size_t nmemb)
{
  PactOut *o = context;
  pact_out_put(o, ptr, size * nmemb);
  return o->st == PACT_OK ? (int)nmemb : 0;
}

static const raptor_iostream_handler to_out = {
  2, NULL, NULL, iostream_write_byte, iostream_write_bytes, NULL, NULL, NULL};

PactStatus
pact_write_rdfxml(const PactGraph *g, PactFormat f, const PactSink *sink,
                  const PactWriteOptions *opt, PactDiag *d)
{
  raptor_world *world = raptor_new_world();
  raptor_serializer *ser = NULL;
  raptor_iostream *stream = NULL;
  PactOut *out = pact_out_new(sink);
  LogState state = {d, 0};
  size_t n_default;
  const PactQuad *q = pact_graph_quads(g, NULL, &n_default);
  PactBuf iri;
  PactPrefix prefix;
  PactStatus st = PACT_OK;

  pact_buf_init(&iri, 0);
  if (!out) {
    raptor_free_world(world);
    return pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
  }
  if (!world || raptor_world_open(world) != 0) {
    raptor_free_world(world);
    pact_out_free(out);
    return pact_diag(d, PACT_ERR_INTERNAL, NULL, 0, "cannot start raptor");
  }
  raptor_world_set_log_handler(world, &state, on_raptor_log);
  ser = raptor_new_serializer(world, pact_format_info(f)->raptor_serializer);
  if (!ser) {
    raptor_free_world(world);
    pact_out_free(out);
    return pact_diag(d, PACT_ERR_INTERNAL, NULL, 0, "raptor has no %s serializer",
                     pact_format_info(f)->raptor_serializer);
  }
  for (size_t i = 0; pact_prefix_at(i, &prefix) && st == PACT_OK; i++) {
    raptor_uri *ns;
    if (strcmp(prefix.name, "rdf") == 0) {
      continue; /* the RDF/XML serializer declares rdf: itself */
    }
    pact_buf_reset(&iri);
    if (prefix.iri) {
      st = pact_buf_adds(&iri, prefix.iri);
    } else {
      st = pact_buf_printf(&iri, "%s%s/", opt->base, prefix.name);
    }
    ns = st == PACT_OK ? raptor_new_uri(world, (const unsigned char *)pact_buf_str(&iri)) : NULL;
    if (!ns || raptor_serializer_set_namespace(ser, ns, (const unsigned char *)prefix.name) != 0) {
      st = PACT_ERR_INTERNAL;
    }
    if (ns) {
      raptor_free_uri(ns);
    }
  }
  if (st == PACT_OK) {
    stream = raptor_new_iostream_from_handler(world, out, &to_out);
    st = stream ? PACT_OK : PACT_ERR_NOMEM;
  }
  if (st == PACT_OK && raptor_serializer_start_to_iostream(ser, NULL, stream) != 0) {
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
  if (stream) {
    raptor_free_iostream(stream);
  }
  raptor_free_world(world);
  pact_buf_free(&iri);
  if (pact_out_flush(out) != PACT_OK && st == PACT_OK) {
    st = PACT_ERR_IO;
  }
  pact_out_free(out);
  if (st != PACT_OK && !state.failed) {
    pact_diag(d, st, NULL, 0, "cannot write RDF/XML: %s", pact_strerror(st));
  }
  return st;
}

/* ---- plain RDF/XML ---------------------------------------------------------- */

/* Whether `c` may start an XML name (ASCII subset: pactum's local names). */
static int
name_start(unsigned char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c >= 0x80;
}

static int
name_char(unsigned char c)
{
  return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

static void
xml_escaped(PactOut *out, const char *s, size_t len, int attribute)
{
  size_t run = 0; /* characters since the last escape, written at once */

  for (size_t i = 0; i < len; i++) {
    const char *escape = NULL;
    switch (s[i]) {
    case '&': escape = "&amp;"; break;
    case '<': escape = "&lt;"; break;
    case '>': escape = "&gt;"; break;
    case '"': escape = attribute ? "&quot;" : NULL; break;
    case '\r': escape = "&#13;"; break;
    case '\n': escape = attribute ? "&#10;" : NULL; break;
    case '\t': escape = attribute ? "&#9;" : NULL; break;
    default: break;
    }
    if (escape) {
      pact_out_put(out, s + i - run, run);
      pact_out_str(out, escape);
      run = 0;
    } else {
      run++;
    }
  }
  pact_out_put(out, s + len - run, run);
}

PactStatus
pact_write_rdfxml_plain(const PactGraph *g, const PactSink *sink, PactDiag *d)
{
  size_t n_default;
  const PactQuad *q = pact_graph_quads(g, NULL, &n_default);
  PactOut *out = pact_out_new(sink);
  PactPrefix prefix;
  PactStatus st = PACT_OK;

  if (!out) {
    return pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
  }
  /* The vocabularies' namespaces are declared once, at the root; a
   * predicate of another namespace declares its own (xmlns:p). */
  pact_out_str(out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF");
  for (size_t i = 0; pact_prefix_at(i, &prefix); i++) {
    if (prefix.iri) {
      pact_out_str(out, "\n    xmlns:");
      pact_out_str(out, prefix.name);
      pact_out_str(out, "=\"");
      pact_out_str(out, prefix.iri);
      pact_out_char(out, '"');
    }
  }
  pact_out_str(out, ">\n");
  for (size_t i = 0; i < n_default && st == PACT_OK; i++) {
    const PactTermInfo *s = pact_graph_term(g, q[i].s);
    const PactTermInfo *p = pact_graph_term(g, q[i].p);
    const PactTermInfo *o = pact_graph_term(g, q[i].o);
    size_t split = p->len;
    const char *prefix_name;

    /* The predicate as namespace + local name: the longest name at its end. */
    while (split > 0 && name_char((unsigned char)p->str[split - 1])) {
      split--;
    }
    while (split < p->len && !name_start((unsigned char)p->str[split])) {
      split++;
    }
    if (split == 0 || split >= p->len) {
      st = pact_diag(d, PACT_ERR_INPUT, NULL, 0,
                     "<%s> cannot be written in RDF/XML (no local name)", p->str);
      break;
    }
    if (i == 0 || q[i].s != q[i - 1].s) {
      pact_out_str(out, "  <rdf:Description rdf:about=\"");
      xml_escaped(out, s->str, s->len, 1);
      pact_out_str(out, "\">\n");
    }
    prefix_name = NULL;
    for (size_t k = 0; !prefix_name && pact_prefix_at(k, &prefix); k++) {
      if (prefix.iri && strlen(prefix.iri) == split && memcmp(prefix.iri, p->str, split) == 0) {
        prefix_name = prefix.name;
      }
    }
    pact_out_str(out, "    <");
    pact_out_str(out, prefix_name ? prefix_name : "p");
    pact_out_char(out, ':');
    pact_out_put(out, p->str + split, p->len - split);
    if (!prefix_name) {
      prefix_name = "p"; /* a namespace of its own, declared here */
      pact_out_str(out, " xmlns:p=\"");
      xml_escaped(out, p->str, split, 1);
      pact_out_char(out, '"');
    }
    if (o->kind == PACT_TERM_IRI) {
      pact_out_str(out, " rdf:resource=\"");
      xml_escaped(out, o->str, o->len, 1);
      pact_out_str(out, "\"/>\n");
    } else {
      if (o->lang) {
        pact_out_str(out, " xml:lang=\"");
        xml_escaped(out, o->lang, strlen(o->lang), 1);
        pact_out_char(out, '"');
      } else if (o->datatype) {
        const PactTermInfo *dt = pact_graph_term(g, o->datatype);
        pact_out_str(out, " rdf:datatype=\"");
        xml_escaped(out, dt->str, dt->len, 1);
        pact_out_char(out, '"');
      }
      pact_out_char(out, '>');
      xml_escaped(out, o->str, o->len, 0);
      pact_out_str(out, "</");
      pact_out_str(out, prefix_name);
      pact_out_char(out, ':');
      pact_out_put(out, p->str + split, p->len - split);
      pact_out_str(out, ">\n");
    }
    if (i + 1 == n_default || q[i + 1].s != q[i].s) {
      pact_out_str(out, "  </rdf:Description>\n");
    }
  }
  if (st == PACT_OK) {
    pact_out_str(out, "</rdf:RDF>\n");
  }
  /* A failing sink is the caller's to report. */
  if (pact_out_flush(out) != PACT_OK && st == PACT_OK) {
    st = PACT_ERR_IO;
  }
  pact_out_free(out);
  return st;
}
