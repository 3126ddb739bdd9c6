/* The RDF syntaxes pactum writes, in one table: their names and aliases,
 * file extensions, media types, what of the dataset they carry, their
 * writer, and raptor's names for them. Every part of pactum that names a
 * syntax (options, file names, content negotiation, dumps, VoID) reads
 * it here.
 *
 * Ownership: the table and its strings are static; nothing is allocated. */
#ifndef PACT_FORMATS_H
#define PACT_FORMATS_H

#include "model/graph.h"
#include "util/diag.h"
#include "write/sink.h"

/* One row per syntax:
 *   X(ID, name, aliases, extension, media type, dataset, raptor parser,
 *     raptor serializer, writer, page, conneg, dump)
 * page      its place among the data files of every page of a published
 *           site (1 first), 0 when pages do not have it
 * conneg    its place when a client's Accept header ties between page
 *           formats (1 preferred); 0 for formats pages do not have
 * dump      its place among the site's gzipped dumps, 0 when none */
#define PACT_FORMAT_LIST(X)                                                                      \
  X(TURTLE, "turtle", PACT_ALIASES("ttl"), "ttl", "text/turtle", 0, "turtle", "turtle",          \
    pact_write_text, 1, 1, 3)                                                                    \
  X(NTRIPLES, "ntriples", PACT_ALIASES("nt", "n-triples"), "nt", "application/n-triples", 0,     \
    "ntriples", "ntriples", pact_write_text, 3, 4, 1)                                            \
  X(NQUADS, "nquads", PACT_ALIASES("nq", "n-quads"), "nq", "application/n-quads", 1, "nquads",   \
    "nquads", pact_write_text, 0, 0, 2)                                                          \
  X(TRIG, "trig", PACT_ALIASES(NULL), "trig", "application/trig", 1, "trig", NULL,               \
    pact_write_text, 0, 0, 0)                                                                    \
  X(JSONLD, "jsonld", PACT_ALIASES("json-ld"), "jsonld", "application/ld+json", 1, NULL, NULL,   \
    pact_write_jsonld, 2, 2, 4)                                                                  \
  X(RDFXML, "rdfxml", PACT_ALIASES("rdf", "xml", "rdf/xml"), "rdf", "application/rdf+xml", 0,    \
    "rdfxml", "rdfxml-abbrev", pact_write_rdfxml, 4, 3, 0)                                       \
  PACT_TEST_FORMATS(X)
#define PACT_ALIASES(...) {__VA_ARGS__}

/* A test build adds a format here (tests/arch/toy-format.h); a release
 * build adds none. */
#ifndef PACT_TEST_FORMATS
#define PACT_TEST_FORMATS(X)
#endif

typedef enum {
#define PACT_FORMAT_ENUM(id, ...) PACT_FORMAT_##id,
  PACT_FORMAT_LIST(PACT_FORMAT_ENUM)
#undef PACT_FORMAT_ENUM
  PACT_N_FORMATS
} PactFormat;

/* How many formats the pages and the dumps have. */
#define PACT_FORMAT_ON_PAGES(id, n, a, e, m, ds, rp, rs, w, page, conneg, dump) +((page) > 0)
#define PACT_FORMAT_DUMPED(id, n, a, e, m, ds, rp, rs, w, page, conneg, dump) +((dump) > 0)
enum {
  PACT_N_PAGE_FORMATS = 0 PACT_FORMAT_LIST(PACT_FORMAT_ON_PAGES),
  PACT_N_DUMPS = 0 PACT_FORMAT_LIST(PACT_FORMAT_DUMPED)
};
#undef PACT_FORMAT_ON_PAGES
#undef PACT_FORMAT_DUMPED

struct PactWriteOptions; /* write/writer.h */

typedef struct {
  const char *name;       /* "turtle": what --format takes */
  const char *aliases[4]; /* other names --format takes; NULL after the last */
  const char *extension;  /* "ttl", without the dot */
  const char *media_type; /* "text/turtle" */
  int dataset;            /* 1: the named graphs too; 0: the default graph */
  /* raptor's names: the parser that reads the syntax, the serializer
   * pactum asks raptor for where it does; NULL where there is none */
  const char *raptor_parser;
  const char *raptor_serializer;
  PactStatus (*write)(const PactGraph *g, PactFormat f, const PactSink *out,
                      const struct PactWriteOptions *opt, PactDiag *d);
  int page;   /* the places of the table's comment */
  int conneg;
  int dump;
} PactFormatInfo;

/* Which place a format_by_rank asks about. */
typedef enum { PACT_RANK_PAGE, PACT_RANK_CONNEG, PACT_RANK_DUMP } PactFormatRank;

/* The format in place k + 1 of `rank`: k < PACT_N_PAGE_FORMATS for pages
 * and content negotiation, k < PACT_N_DUMPS for dumps. */
PactFormat pact_format_by_rank(PactFormatRank rank, size_t k);

/* A test build names the writer of its added format with
 * -DPACT_TEST_FORMAT_WRITER=name (tests/arch/toy-format.test). */
#ifdef PACT_TEST_FORMAT_WRITER
PactStatus PACT_TEST_FORMAT_WRITER(const PactGraph *g, PactFormat f, const PactSink *out,
                                   const struct PactWriteOptions *opt, PactDiag *d);
#endif

/* The table's row of `f` (f < PACT_N_FORMATS). */
const PactFormatInfo *pact_format_info(PactFormat f);

/* "turtle" or one of its aliases (ttl) -> PACT_FORMAT_TURTLE; -1 for an
 * unknown name. */
int pact_format_from_name(const char *name);

/* "nq" (no dot) -> PACT_FORMAT_NQUADS; -1 for another extension. */
int pact_format_from_extension(const char *extension);

const char *pact_format_name(PactFormat f);       /* "turtle" */
const char *pact_format_extension(PactFormat f);  /* "ttl" */
const char *pact_format_media_type(PactFormat f); /* "text/turtle" */

#endif
