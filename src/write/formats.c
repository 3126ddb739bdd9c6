#include "write/writer.h"

#include <string.h>

static const PactFormatInfo formats[PACT_N_FORMATS] = {
  [PACT_FORMAT_TURTLE] = {"turtle", {"ttl"}, "ttl", "text/turtle", 0, "turtle", "turtle",
                          pact_write_text},
  [PACT_FORMAT_NTRIPLES] = {"ntriples", {"nt", "n-triples"}, "nt", "application/n-triples", 0,
                            "ntriples", "ntriples", pact_write_text},
  [PACT_FORMAT_NQUADS] = {"nquads", {"nq", "n-quads"}, "nq", "application/n-quads", 1, "nquads",
                          "nquads", pact_write_text},
  [PACT_FORMAT_TRIG] = {"trig", {NULL}, "trig", "application/trig", 1, "trig", NULL,
                        pact_write_text},
  [PACT_FORMAT_JSONLD] = {"jsonld", {"json-ld"}, "jsonld", "application/ld+json", 1, NULL, NULL,
                          pact_write_jsonld},
  [PACT_FORMAT_RDFXML] = {"rdfxml", {"rdf", "xml", "rdf/xml"}, "rdf", "application/rdf+xml", 0,
                          "rdfxml", "rdfxml-abbrev", pact_write_rdfxml},
};

const PactFormatInfo *
pact_format_info(PactFormat f)
{
  return &formats[f];
}

int
pact_format_from_name(const char *name)
{
  for (int f = 0; f < PACT_N_FORMATS; f++) {
    if (strcmp(name, formats[f].name) == 0) {
      return f;
    }
  }
  for (int f = 0; f < PACT_N_FORMATS; f++) {
    for (size_t i = 0; i < 4 && formats[f].aliases[i]; i++) {
      if (strcmp(name, formats[f].aliases[i]) == 0) {
        return f;
      }
    }
  }
  return -1;
}

int
pact_format_from_extension(const char *extension)
{
  for (int f = 0; f < PACT_N_FORMATS; f++) {
    if (strcmp(extension, formats[f].extension) == 0) {
      return f;
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
  return formats[f].extension;
}

const char *
pact_format_media_type(PactFormat f)
{
  return formats[f].media_type;
}
