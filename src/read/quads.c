#define _POSIX_C_SOURCE 200809L
#include "read/quads.h"

#include <errno.h>
#include "util/text.h"

#include <raptor2.h>
#include <stdio.h>
#include <string.h>

typedef struct {
  PactGraph *g;
  PactDiag *d;
  const char *path;
  raptor_parser *parser;
  PactStatus st;
} Load;

int
pact_quads_is_dataset(const char *path)
{
  return pact_text_ends_with(path, ".nq") || pact_text_ends_with(path, ".trig");
}

static unsigned long
line_of(const Load *l)
{
  raptor_locator *loc = raptor_parser_get_locator(l->parser);
  return loc && loc->line > 0 ? (unsigned long)loc->line : 0;
}

static PactTerm
term_of(Load *l, raptor_term *t)
{
  if (!t) {
    return 0;
  }
  if (t->type == RAPTOR_TERM_TYPE_URI) {
    size_t len;
    const unsigned char *s = raptor_uri_as_counted_string(t->value.uri, &len);
    return pact_graph_iri(l->g, (const char *)s, len);
  }
  if (t->type == RAPTOR_TERM_TYPE_LITERAL) {
    PactTerm dt = 0;
    if (t->value.literal.datatype) {
      size_t len;
      const unsigned char *s = raptor_uri_as_counted_string(t->value.literal.datatype, &len);
      dt = pact_graph_iri(l->g, (const char *)s, len);
      if (!dt) {
        return 0;
      }
    }
    return pact_graph_literal(l->g, (const char *)t->value.literal.string,
                              t->value.literal.string_len, dt,
                              (const char *)t->value.literal.language);
  }
  return 0;
}

static void
statement(void *user, raptor_statement *st)
{
  Load *l = user;
  PactTerm s;
  PactTerm p;
  PactTerm o;
  PactTerm g = 0;

  if (l->st != PACT_OK) {
    return;
  }
  if (st->subject->type == RAPTOR_TERM_TYPE_BLANK || st->object->type == RAPTOR_TERM_TYPE_BLANK ||
      (st->graph && st->graph->type == RAPTOR_TERM_TYPE_BLANK)) {
    l->st = pact_diag(l->d, PACT_ERR_INPUT, l->path, line_of(l),
                      "a blank node: expected a pactum export, whose nodes all have IRIs");
    raptor_parser_parse_abort(l->parser);
    return;
  }
  s = term_of(l, st->subject);
  p = term_of(l, st->predicate);
  o = term_of(l, st->object);
  if (st->graph) {
    g = term_of(l, st->graph);
  }
  if (!s || !p || !o || (st->graph && !g)) {
    l->st = pact_diag(l->d, PACT_ERR_NOMEM, l->path, line_of(l), "out of memory");
  } else {
    l->st = pact_graph_add(l->g, s, p, o, g);
  }
  if (l->st != PACT_OK) {
    raptor_parser_parse_abort(l->parser);
  }
}

static void
log_message(void *user, raptor_log_message *m)
{
  Load *l = user;

  if (m->level >= RAPTOR_LOG_LEVEL_ERROR && l->st == PACT_OK) {
    l->st = pact_diag(l->d, PACT_ERR_INPUT, l->path,
                      m->locator && m->locator->line > 0 ? (unsigned long)m->locator->line : 0,
                      "%s", m->text);
  }
}

PactStatus
pact_quads_read_file(PactGraph *g, const char *path, PactDiag *d)
{
  Load l = {g, d, path, NULL, PACT_OK};
  raptor_world *world;
  raptor_uri *uri = NULL;
  unsigned char *uri_string = NULL;
  FILE *f = fopen(path, "rb");

  if (!f) {
    return pact_diag(d, errno == ENOENT ? PACT_ERR_INPUT : PACT_ERR_IO, path, 0,
                     "cannot read: %s", strerror(errno));
  }
  world = raptor_new_world();
  if (world && raptor_world_open(world) == 0) {
    raptor_world_set_log_handler(world, &l, log_message);
    l.parser = raptor_new_parser(world, pact_text_ends_with(path, ".trig") ? "trig" : "nquads");
    uri_string = raptor_uri_filename_to_uri_string(path);
    uri = uri_string ? raptor_new_uri(world, uri_string) : NULL;
  }
  if (!l.parser || !uri) {
    l.st = pact_diag(d, PACT_ERR_INTERNAL, path, 0, "cannot start raptor's parser");
  } else {
    raptor_parser_set_statement_handler(l.parser, &l, statement);
    if (raptor_parser_parse_file_stream(l.parser, f, path, uri) != 0 && l.st == PACT_OK) {
      l.st = pact_diag(d, PACT_ERR_INPUT, path, line_of(&l), "expected N-Quads or TriG");
    }
  }
  fclose(f);
  if (uri) {
    raptor_free_uri(uri);
  }
  raptor_free_memory(uri_string);
  if (l.parser) {
    raptor_free_parser(l.parser);
  }
  raptor_free_world(world);
  return l.st;
}
