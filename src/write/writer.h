/* Writers: a sealed graph into one RDF syntax (write/formats.h lists
 * them). Every writer streams the graph's sorted quads into a sink
 * (write/sink.h); none changes the graph. */
#ifndef PACT_WRITER_H
#define PACT_WRITER_H

#include "model/graph.h"
#include "util/diag.h"
#include "write/formats.h"
#include "write/sink.h"

#include <stdio.h>

/* A JSON-LD context read once, for writing many small documents (the
 * pages of a published site). */
typedef struct PactJsonldContext PactJsonldContext;

typedef struct PactWriteOptions {
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

/* Writes `g` in `f` into `out`. Turtle, N-Triples and RDF/XML carry the
 * default graph; N-Quads, TriG and JSON-LD the whole dataset. Problems are
 * reported through `d`; on failure `out` has had a partial document. */
PactStatus pact_write_sink(const PactGraph *g, PactFormat f, const PactSink *out,
                           const PactWriteOptions *opt, PactDiag *d);

/* pact_write_sink into `out`, which it then flushes: a full disk often
 * shows only then. On failure `out` holds a partial document, so callers
 * write to a temporary file (util/atomic.h). */
PactStatus pact_write(const PactGraph *g, PactFormat f, FILE *out,
                      const PactWriteOptions *opt, PactDiag *d);

/* One writer per syntax family (the table's `write`). */
PactStatus pact_write_text(const PactGraph *g, PactFormat f, const PactSink *out,
                           const PactWriteOptions *opt, PactDiag *d);
PactStatus pact_write_jsonld(const PactGraph *g, PactFormat f, const PactSink *out,
                             const PactWriteOptions *opt, PactDiag *d);
PactStatus pact_write_rdfxml(const PactGraph *g, PactFormat f, const PactSink *out,
                             const PactWriteOptions *opt, PactDiag *d);

/* RDF/XML without abbreviations: one rdf:Description per subject; the
 * vocabularies of pact_prefix_at declared at the root, and a property of
 * any other namespace declaring its own. For the small graphs of published
 * pages, where raptor's rdfxml-abbrev took a third of the time (its
 * namespace bookkeeping per statement); a subject's statements must be
 * consecutive, as seal leaves them. */
PactStatus pact_write_rdfxml_plain(const PactGraph *g, const PactSink *out, PactDiag *d);

/* The prefixes every syntax that has them declares, in order: the
 * vocabularies, then one per class of resource (model/classes.h, and
 * documents) in the order of their names, relative to the base ("person"
 * -> {base}person/). Prefix i into *out; 0 past the last. */
typedef struct {
  const char *name;
  const char *iri;      /* NULL: {base}{name}/ */
} PactPrefix;
int pact_prefix_at(size_t i, PactPrefix *out);

#endif
