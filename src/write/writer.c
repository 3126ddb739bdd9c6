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

PactStatus
pact_write_sink(const PactGraph *g, PactFormat f, const PactSink *out,
                const PactWriteOptions *opt, PactDiag *d)
{
  if ((unsigned)f >= PACT_N_FORMATS) {
    return pact_diag(d, PACT_ERR_INTERNAL, NULL, 0, "unknown output format");
  }
  return pact_format_info(f)->write(g, f, out, opt, d);
}

PactStatus
pact_write(const PactGraph *g, PactFormat f, FILE *out,
           const PactWriteOptions *opt, PactDiag *d)
{
  PactSink sink = pact_sink_file(out);
  PactStatus st = pact_write_sink(g, f, &sink, opt, d);

  /* A full disk often shows only when stdio's buffer is flushed. */
  if (st == PACT_OK && (fflush(out) != 0 || ferror(out))) {
    st = pact_diag(d, PACT_ERR_IO, NULL, 0, "cannot write %s: %s", pact_format_name(f),
                   strerror(errno ? errno : EIO));
  }
  return st;
}
