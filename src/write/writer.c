#include "write/writer.h"

#include "model/classes.h"
#include "model/vocab.h"

#include <errno.h>
#include <string.h>

static const PactPrefix vocabularies[] = {
  {"pact", PACT_NS},
  {"rdf", NS_RDF},
  {"rdfs", NS_RDFS},
  {"xsd", NS_XSD},
  {"skos", NS_SKOS},
  {"dcterms", NS_DCTERMS},
  {"area", PACT_AREA_NS},
};
enum { N_VOCABULARIES = sizeof vocabularies / sizeof vocabularies[0] };

int
pact_prefix_at(size_t i, PactPrefix *out)
{
  if (i < N_VOCABULARIES) {
    *out = vocabularies[i];
    return 1;
  }
  /* the class with i - N_VOCABULARIES names before its own: a handful of
   * classes, so counting is cheaper than keeping a sorted copy that two
   * threads (the site's pages and its dumps) would have to share */
  for (int c = 0; c <= PACT_N_CLASSES; c++) {
    const char *name = pact_resource_class(c)->name;
    size_t before = 0;
    for (int k = 0; k <= PACT_N_CLASSES; k++) {
      before += strcmp(pact_resource_class(k)->name, name) < 0;
    }
    if (before == i - N_VOCABULARIES) {
      out->name = name;
      out->iri = NULL;
      return 1;
    }
  }
  return 0;
}

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
