/* VoID and DCAT: the dataset described (void.ttl, .well-known/void). */
#include "site/site.h"

#include "model/vocab.h"

#include <stdlib.h>
#include <string.h>

PactStatus
site_publish_void(Site *s, size_t resources)
{
  PactTerm type = pact_graph_find_iri(s->g, NS_RDF "type");
  PactBuf b;
  PactStatus st;
  size_t *count;
  size_t n_terms = pact_graph_term_count(s->g) + 1;

  count = calloc(n_terms, sizeof *count);
  if (!count) {
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < s->n; i++) {
    if (s->q[i].p == type) {
      count[s->q[i].o]++;
    }
  }
  pact_buf_init(&b, 0);
  pact_buf_adds(&b, "@prefix void: <http://rdfs.org/ns/void#> .\n"
                    "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
                    "@prefix dcterms: <http://purl.org/dc/terms/> .\n\n");
  pact_buf_printf(&b, "<%svoid#dataset> a void:Dataset, dcat:Dataset ;\n", s->o->base);
  pact_buf_adds(&b, "    dcterms:title \"pactum: defence cooperation in the news\"@en ;\n");
  pact_buf_printf(&b, "    void:uriSpace \"%s\" ;\n", s->o->base);
  if (s->o->sparql) {
    pact_buf_printf(&b, "    void:sparqlEndpoint <%s> ;\n", s->o->sparql);
  }
  if (s->o->license) {
    pact_buf_printf(&b, "    dcterms:license <%s> ;\n", s->o->license);
  }
  pact_buf_printf(&b, "    void:triples %zu ;\n    void:entities %zu", s->n, resources);
  for (size_t t = 1; t < n_terms; t++) {
    if (count[t]) {
      pact_buf_printf(&b, " ;\n    void:classPartition [ void:class <%s> ; void:entities %zu ]",
                      pact_graph_term(s->g, (PactTerm)t)->str, count[t]);
    }
  }
  /* property partitions: the triples of each predicate */
  memset(count, 0, n_terms * sizeof *count);
  for (size_t i = 0; i < s->n; i++) {
    count[s->q[i].p]++;
  }
  for (size_t t = 1; t < n_terms; t++) {
    if (count[t]) {
      pact_buf_printf(&b, " ;\n    void:propertyPartition [ void:property <%s> ; void:triples %zu ]",
                      pact_graph_term(s->g, (PactTerm)t)->str, count[t]);
    }
  }
  /* an example resource of each class folder: its first page */
  {
    const char *seen[64];
    size_t n_seen = 0;
    for (size_t t = 1; t < n_terms && n_seen < 64; t++) {
      const char *iri = pact_graph_term(s->g, (PactTerm)t)->str;
      size_t len;
      int known = 0;
      if (s->page[t] != t || !pact_publish_safe_path(iri + s->base_len)) {
        continue;
      }
      len = strcspn(iri + s->base_len, "/");
      for (size_t k = 0; k < n_seen; k++) {
        known |= strncmp(seen[k], iri + s->base_len, len + 1) == 0;
      }
      if (!known && iri[s->base_len + len] == '/') {
        seen[n_seen++] = iri + s->base_len;
        pact_buf_printf(&b, " ;\n    void:exampleResource <%s>", iri);
      }
    }
  }
  pact_buf_adds(&b, " ;\n    void:vocabulary <" PACT_NS "> , <http://www.w3.org/2004/02/skos/core#>");
  pact_buf_printf(&b, " ;\n    dcat:landingPage <%s>", s->o->base);
  for (size_t k = 0; k < PACT_N_DUMPS && s->dumps; k++) {
    pact_buf_printf(&b, " ;\n    void:dataDump <%s%s>", s->o->base, pact_dumps_path(s->dumps, k));
    pact_buf_printf(&b, " ;\n    dcat:distribution [ a dcat:Distribution ; dcat:downloadURL <%s%s> ; "
                        "dcat:mediaType <https://www.iana.org/assignments/media-types/%s> ; "
                        "dcat:compressFormat <https://www.iana.org/assignments/media-types/application/gzip> ]",
                    s->o->base, pact_dumps_path(s->dumps, k),
                    pact_format_media_type(pact_dumps_format(k)));
  }
  if (s->o->sparql) {
    pact_buf_printf(&b, " ;\n    dcat:distribution [ a dcat:Distribution ; dcat:accessService [ "
                        "a dcat:DataService ; dcat:endpointURL <%s> ] ]", s->o->sparql);
  }
  pact_buf_adds(&b, " .\n");
  free(count);
  st = site_write_buf(s, "void.ttl", &b);
  if (st == PACT_OK) {
    st = site_write_buf(s, ".well-known/void", &b);
  }
  pact_buf_free(&b);
  return st;
}
