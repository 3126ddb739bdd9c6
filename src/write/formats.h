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

typedef enum {
  PACT_FORMAT_TURTLE,
  PACT_FORMAT_NTRIPLES,
  PACT_FORMAT_NQUADS,
  PACT_FORMAT_TRIG,
  PACT_FORMAT_JSONLD,
  PACT_FORMAT_RDFXML,
  PACT_N_FORMATS
} PactFormat;

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
} PactFormatInfo;

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
