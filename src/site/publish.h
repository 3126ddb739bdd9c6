/* Publishing: a sealed graph into a static site whose paths mirror the
 * IRIs under the base, one HTML page and four data files (Turtle, JSON-LD,
 * N-Triples, RDF/XML) per resource, for any web server to serve.
 *
 * Beside the pages: a home page and an index page per class folder, the
 * ontology's and the area scheme's documentation and files, VoID and DCAT,
 * the dumps (site/dumps.h), sitemap.xml, and the content-negotiation rules
 * (site/conneg.h). The files go through site/files.h.
 *
 * A resource is an IRI under the base without a fragment. Its data are its
 * own statements and those of its fragment IRIs (a document's mentions),
 * the statements that point at it, and the labels of what they link to.
 * Files are rewritten only when their bytes change.
 *
 * Ownership: pact_publish owns nothing it is given; everything it makes is
 * freed before it returns. */
#ifndef PACT_PUBLISH_H
#define PACT_PUBLISH_H

#include "model/graph.h"
#include "util/diag.h"

typedef struct {
  const char *site;         /* the output directory (created) */
  const char *base;         /* instance namespace */
  const char *context_path; /* ontology/context.jsonld */
  const char *ontology_path; /* ontology/pactum.ttl: English labels of terms */
  int dumps;                /* whether to write dumps/ (site/dumps.h) */
  const char *sparql;       /* the endpoint serving the data, or NULL */
  const char *license;      /* the data's license IRI, or NULL */
} PactPublishOptions;

typedef struct {
  unsigned long resources;
  unsigned long written;   /* files whose bytes changed or were new */
  unsigned long unchanged;
  unsigned long skipped;   /* IRIs that cannot be a safe path */
  unsigned long removed;   /* files of resources that no longer exist */
  double pages_seconds;    /* writing the resources' pages and data files */
  double pages_cpu_seconds; /* the same, processor time of the thread */
  double dumps_seconds;    /* compressing the dumps */
} PactPublishStats;

/* Publishes the default graph of sealed `g`. */
PactStatus pact_publish(const PactGraph *g, const PactPublishOptions *opts,
                        PactPublishStats *stats, PactDiag *d);

/* Whether `path` (an IRI's part after the base) is safe as a relative file
 * path: segments of [A-Za-z0-9._~-], none empty, "." or "..", at most 200
 * bytes. */
int pact_publish_safe_path(const char *path);

#endif
