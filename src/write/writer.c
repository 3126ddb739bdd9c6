#include "write/writer.h"

#include "model/vocab.h"

#include <errno.h>
#include <string.h>

const PactPrefix pact_prefixes[] = {
  {"pact", PACT_NS},
  {"rdf", NS_RDF},
  {"rdfs", NS_RDFS},
  {"xsd", NS_XSD},
  {"skos", NS_SKOS},
  {"dcterms", NS_DCTERMS},
  {"area", PACT_AREA_NS},
  {"agreement", NULL},
  {"country", NULL},
  {"document", NULL},
  {"exercise", NULL},
  {"institution", NULL},
  {"meeting", NULL},
  {"person", NULL},
  {"place", NULL},
  {"visit", NULL},
  {NULL, NULL},
};

static const struct {
  const char *name;
  const char *ext;
  const char *media;
} formats[PACT_N_FORMATS] = {
  {"turtle", "ttl", "text/turtle"},
  {"ntriples", "nt", "application/n-triples"},
  {"nquads", "nq", "application/n-quads"},
  {"trig", "trig", "application/trig"},
  {"jsonld", "jsonld", "application/ld+json"},
  {"rdfxml", "rdf", "application/rdf+xml"},
};

int
pact_format_from_name(const char *name)
{
  static const struct {
    const char *alias;
    PactFormat f;
  } aliases[] = {
    {"ttl", PACT_FORMAT_TURTLE},    {"nt", PACT_FORMAT_NTRIPLES},
    {"n-triples", PACT_FORMAT_NTRIPLES}, {"nq", PACT_FORMAT_NQUADS},
    {"n-quads", PACT_FORMAT_NQUADS}, {"json-ld", PACT_FORMAT_JSONLD},
    {"rdf", PACT_FORMAT_RDFXML},    {"xml", PACT_FORMAT_RDFXML},
    {"rdf/xml", PACT_FORMAT_RDFXML},
  };

  for (int f = 0; f < PACT_N_FORMATS; f++) {
    if (strcmp(name, formats[f].name) == 0) {
      return f;
    }
  }
  for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
    if (strcmp(name, aliases[i].alias) == 0) {
      return (int)aliases[i].f;
    }
  }
  return -1;
}

const char *
pact_format_name(PactFormat f)
{
  return formats[f].name;
}

const char *
pact_format_extension(PactFormat f)
{
  return formats[f].ext;
}

const char *
pact_format_media_type(PactFormat f)
{
  return formats[f].media;
}

static PactStatus
write_any(const PactGraph *g, PactFormat f, FILE *out, const PactWriteOptions *opt,
          PactDiag *d)
{
  switch (f) {
  case PACT_FORMAT_TURTLE:
  case PACT_FORMAT_NTRIPLES:
  case PACT_FORMAT_NQUADS:
  case PACT_FORMAT_TRIG:
    return pact_write_text(g, f, out, opt, d);
  case PACT_FORMAT_JSONLD:
    return pact_write_jsonld(g, out, opt, d);
  case PACT_FORMAT_RDFXML:
    return pact_write_rdfxml(g, out, opt, d);
  case PACT_N_FORMATS:
    break;
  }
  return pact_diag(d, PACT_ERR_INTERNAL, NULL, 0, "unknown output format");
}

PactStatus
pact_write(const PactGraph *g, PactFormat f, FILE *out,
           const PactWriteOptions *opt, PactDiag *d)
{
  PactStatus st = write_any(g, f, out, opt, d);

  /* A full disk often shows only when stdio's buffer is flushed. */
  if (st == PACT_OK && (fflush(out) != 0 || ferror(out))) {
    st = pact_diag(d, PACT_ERR_IO, NULL, 0, "cannot write %s: %s", pact_format_name(f),
                   strerror(errno ? errno : EIO));
  }
  return st;
}
