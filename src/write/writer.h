/* Writers: a sealed graph into one RDF syntax. Every writer streams the
 * graph's sorted quads; none changes the graph. */
#ifndef PACT_WRITER_H
#define PACT_WRITER_H

#include "model/graph.h"
#include "util/diag.h"

#include <stdio.h>

typedef enum {
  PACT_FORMAT_TURTLE,
  PACT_FORMAT_NTRIPLES,
  PACT_FORMAT_NQUADS,
  PACT_FORMAT_TRIG,
  PACT_FORMAT_JSONLD,
  PACT_FORMAT_RDFXML,
  PACT_N_FORMATS
} PactFormat;

/* A JSON-LD context read once, for writing many small documents (the
 * pages of a published site). */
typedef struct PactJsonldContext PactJsonldContext;

typedef struct {
  const char *base;         /* instance namespace, for Turtle prefixes */
  const char *context_path; /* ontology/context.jsonld, for JSON-LD */
  const char *context_url;  /* JSON-LD: reference this instead of embedding */
  const PactJsonldContext *context; /* read already: used instead of
                                       context_path; or NULL */
} PactWriteOptions;

/* Reads the context file at `path` (an object with an "@context" object).
 * NULL after reporting through `d`. The caller frees it. */
PactJsonldContext *pact_jsonld_context_load(const char *path, PactDiag *d);
void pact_jsonld_context_free(PactJsonldContext *c); /* NULL-safe */

/* "turtle" -> PACT_FORMAT_TURTLE; returns -1 for an unknown name. Accepts
 * the usual aliases (ttl, nt, nq, json-ld, rdf, xml). */
int pact_format_from_name(const char *name);
const char *pact_format_name(PactFormat f);      /* "turtle" */
const char *pact_format_extension(PactFormat f); /* "ttl" */
const char *pact_format_media_type(PactFormat f);

/* Writes `g` to `out` and flushes it. Turtle, N-Triples and RDF/XML
 * carry the default graph; N-Quads, TriG and JSON-LD the whole dataset.
 * Problems are reported through `d`; on failure `out` holds a partial
 * document, so callers write to a temporary file (util/atomic.h). */
PactStatus pact_write(const PactGraph *g, PactFormat f, FILE *out,
                      const PactWriteOptions *opt, PactDiag *d);

/* One writer per syntax family. */
PactStatus pact_write_text(const PactGraph *g, PactFormat f, FILE *out,
                           const PactWriteOptions *opt, PactDiag *d);
PactStatus pact_write_jsonld(const PactGraph *g, FILE *out,
                             const PactWriteOptions *opt, PactDiag *d);
PactStatus pact_write_rdfxml(const PactGraph *g, FILE *out,
                             const PactWriteOptions *opt, PactDiag *d);

/* RDF/XML without abbreviations: one rdf:Description per subject; the
 * vocabularies of pact_prefixes declared at the root, and a property of
 * any other namespace declaring its own. For the small graphs of published
 * pages, where raptor's rdfxml-abbrev took a third of the time (its
 * namespace bookkeeping per statement); a subject's statements must be
 * consecutive, as seal leaves them. */
PactStatus pact_write_rdfxml_plain(const PactGraph *g, FILE *out, PactDiag *d);

/* The prefixes every syntax that has them declares, in order; the
 * instance ones are relative to the base ("person" -> {base}person/). */
typedef struct {
  const char *name;
  const char *iri;      /* NULL: {base}{name}/ */
} PactPrefix;
extern const PactPrefix pact_prefixes[];

#endif
