/* write/: each syntax on a small graph, byte for byte where the syntax
 * is ours, and a write error reported as such. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

#include "write/writer.h"

#include <cjson/cJSON.h>
#include <stdlib.h>

#define ID "https://w3id.org/pactum/id/"
#define P "https://w3id.org/pactum/ontology#"

static PactTerm
I(PactGraph *g, const char *s)
{
  return pact_graph_iri(g, s, strlen(s));
}

static PactGraph *
small_graph(void)
{
  PactGraph *g = pact_graph_new();
  PactTerm doc = I(g, ID "document/a");
  PactTerm person = I(g, ID "person/x-y");
  PactTerm label = I(g, "http://www.w3.org/2000/01/rdf-schema#label");

  pact_graph_set_policy(g, label, PACT_CHOOSE_LABEL, I(g, "http://www.w3.org/2004/02/skos/core#altLabel"));
  pact_graph_add(g, person, I(g, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), I(g, P "Person"), doc);
  pact_graph_add(g, person, label, pact_graph_literal(g, "A \"q\"\n\\", 7, 0, NULL), doc);
  pact_graph_add(g, person, I(g, P "title"), pact_graph_literal(g, "chef", 4, 0, "fr"), doc);
  pact_graph_add(g, person, I(g, P "edition"),
                 pact_graph_literal(g, "3", 1, I(g, "http://www.w3.org/2001/XMLSchema#integer"), NULL), doc);
  pact_graph_add(g, person, I(g, P "mentionedIn"), doc, doc);
  pact_graph_seal(g);
  return g;
}

static char *
written(const PactGraph *g, PactFormat f, PactStatus *st)
{
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  PactWriteOptions opt = {ID, NULL, NULL, NULL};
  char context[4096];
  PactDiag d = {NULL, NULL, 0};

  snprintf(context, sizeof context, "%s/context.jsonld",
           getenv("PACTUM_DATADIR") ? getenv("PACTUM_DATADIR") : "ontology");
  opt.context_path = context;
  *st = pact_write(g, f, out, &opt, &d);
  fclose(out);
  return text;
}

static const char nt[] =
  "<" ID "person/x-y> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" P "Person> .\n"
  "<" ID "person/x-y> <http://www.w3.org/2000/01/rdf-schema#label> \"A \\\"q\\\"\\n\\\\\" .\n"
  "<" ID "person/x-y> <" P "edition> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
  "<" ID "person/x-y> <" P "mentionedIn> <" ID "document/a> .\n"
  "<" ID "person/x-y> <" P "title> \"chef\"@fr .\n";

static const char ttl_body[] =
  "person:x-y\n"
  "\ta pact:Person ;\n"
  "\trdfs:label \"A \\\"q\\\"\\n\\\\\" ;\n"
  "\tpact:edition 3 ;\n"
  "\tpact:mentionedIn document:a ;\n"
  "\tpact:title \"chef\"@fr .\n\n";

static void
test_formats(void)
{
  PactGraph *g = small_graph();
  PactStatus st;
  char *text;
  cJSON *json;

  text = written(g, PACT_FORMAT_NTRIPLES, &st);
  CHECK(st == PACT_OK);
  CHECK_STR(text, nt);
  free(text);

  text = written(g, PACT_FORMAT_NQUADS, &st);
  CHECK(st == PACT_OK);
  /* The default graph, then the same claims in the article's graph. */
  CHECK(text && strncmp(text, nt, strlen(nt)) == 0);
  CHECK(text && strstr(text, "\"chef\"@fr <" ID "document/a> .\n") != NULL);
  free(text);

  text = written(g, PACT_FORMAT_TURTLE, &st);
  CHECK(st == PACT_OK);
  CHECK(text && strstr(text, "@prefix person: <" ID "person/> .\n") != NULL);
  CHECK(text && strstr(text, ttl_body) != NULL);
  free(text);

  text = written(g, PACT_FORMAT_TRIG, &st);
  CHECK(st == PACT_OK);
  CHECK(text && strstr(text, "document:a {\n\tperson:x-y\n\t\ta pact:Person ;\n") != NULL);
  free(text);

  text = written(g, PACT_FORMAT_RDFXML, &st);
  CHECK(st == PACT_OK);
  CHECK(text && strstr(text, "<pact:title xml:lang=\"fr\">chef</pact:title>") != NULL);
  CHECK(text && strstr(text, "<rdfs:label>A \"q\"\n\\</rdfs:label>") != NULL);
  free(text);

  text = written(g, PACT_FORMAT_JSONLD, &st);
  CHECK(st == PACT_OK);
  json = text ? cJSON_Parse(text) : NULL;
  CHECK(json != NULL);
  if (json) {
    const cJSON *graph = cJSON_GetObjectItemCaseSensitive(json, "@graph");
    const cJSON *node = graph ? cJSON_GetArrayItem(graph, 0) : NULL;
    CHECK(cJSON_IsObject(cJSON_GetObjectItemCaseSensitive(json, "@context")));
    CHECK(node && strcmp(cJSON_GetObjectItemCaseSensitive(node, "@type")->valuestring, "Person") == 0);
    CHECK(node && strcmp(cJSON_GetObjectItemCaseSensitive(node, "label")->valuestring, "A \"q\"\n\\") == 0);
    CHECK(node && strcmp(cJSON_GetObjectItemCaseSensitive(
                           cJSON_GetObjectItemCaseSensitive(node, "title"), "fr")->valuestring, "chef") == 0);
    CHECK(node && strcmp(cJSON_GetObjectItemCaseSensitive(node, "edition")->valuestring, "3") == 0);
    CHECK(node && strcmp(cJSON_GetObjectItemCaseSensitive(node, "mentionedIn")->valuestring, ID "document/a") == 0);
    cJSON_Delete(json);
  }
  free(text);
  pact_graph_free(g);
}

static PactStatus
failing_write(void *ctx, const char *bytes, size_t n)
{
  (void)bytes;
  (void)n;
  ++*(int *)ctx;
  return PACT_ERR_IO;
}

/* Every format into a buffer sink gives the bytes it gives a file; a sink
 * that fails stops the writer, which says so in its status. */
static void
test_sinks(void)
{
  PactGraph *g = small_graph();
  char context[4096];
  PactWriteOptions opt = {ID, context, NULL, NULL};
  PactDiag d = {NULL, NULL, 0};

  snprintf(context, sizeof context, "%s/context.jsonld",
           getenv("PACTUM_DATADIR") ? getenv("PACTUM_DATADIR") : "ontology");
  for (int f = 0; f < PACT_N_FORMATS; f++) {
    PactStatus st;
    char *text = written(g, (PactFormat)f, &st);
    PactBuf b;
    PactSink sink = pact_sink_buf(&b);
    int calls = 0;
    PactSink failing = {failing_write, &calls};

    pact_buf_init(&b, 0);
    CHECK(pact_write_sink(g, (PactFormat)f, &sink, &opt, &d) == PACT_OK);
    CHECK(text && b.len == strlen(text) && memcmp(b.data, text, b.len) == 0);
    CHECK(pact_write_sink(g, (PactFormat)f, &failing, &opt, &d) == PACT_ERR_IO);
    CHECK(calls == 1);
    pact_buf_free(&b);
    free(text);
  }
  pact_graph_free(g);
}

static void
test_names(void)
{
  CHECK(pact_format_from_name("turtle") == PACT_FORMAT_TURTLE);
  CHECK(pact_format_from_name("ttl") == PACT_FORMAT_TURTLE);
  CHECK(pact_format_from_name("json-ld") == PACT_FORMAT_JSONLD);
  CHECK(pact_format_from_name("rdf") == PACT_FORMAT_RDFXML);
  CHECK(pact_format_from_name("yaml") == -1);
  CHECK(pact_format_from_extension("nq") == PACT_FORMAT_NQUADS);
  CHECK(pact_format_from_extension(".nq") == -1);
  CHECK_STR(pact_format_extension(PACT_FORMAT_NQUADS), "nq");
  CHECK_STR(pact_format_media_type(PACT_FORMAT_JSONLD), "application/ld+json");
}

static void
test_write_error(void)
{
  PactGraph *g = small_graph();
  FILE *full = fopen("/dev/full", "w");
  PactWriteOptions opt = {ID, NULL, NULL, NULL};
  PactDiag d = {NULL, NULL, 0};

  if (!full) {
    printf("no /dev/full: write error case not run\n");
    pact_graph_free(g);
    return;
  }
  CHECK(pact_write(g, PACT_FORMAT_NTRIPLES, full, &opt, &d) == PACT_ERR_IO);
  CHECK(d.errors >= 1);
  fclose(full);
  pact_graph_free(g);
}

/* The plain RDF/XML writer of published pages, byte for byte: the
 * vocabularies declared at the root, a foreign namespace declared on its
 * element, escapes in attributes and text. */
static void
test_rdfxml_plain(void)
{
  PactGraph *g = pact_graph_new();
  PactTerm person = I(g, ID "person/x-y");
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  PactSink sink = pact_sink_file(out);
  PactDiag d = {NULL, NULL, 0};

  pact_graph_add(g, person, I(g, "http://www.w3.org/2000/01/rdf-schema#label"),
                 pact_graph_literal(g, "A <&> \"q\"", 9, 0, "fr"), 0);
  pact_graph_add(g, person, I(g, "http://example.org/v#knows"), I(g, ID "person/a&b"), 0);
  pact_graph_seal(g);
  CHECK(pact_write_rdfxml_plain(g, &sink, &d) == PACT_OK);
  fclose(out);
  CHECK(text && strstr(text, "<rdf:RDF\n    xmlns:pact=\"" P "\"\n") == text + strlen("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"));
  CHECK(text && strstr(text, "    <rdfs:label xml:lang=\"fr\">A &lt;&amp;&gt; \"q\"</rdfs:label>\n") != NULL);
  CHECK(text && strstr(text, "    <p:knows xmlns:p=\"http://example.org/v#\" rdf:resource=\"" ID "person/a&amp;b\"/>\n") != NULL);
  CHECK(text && strstr(text, "  <rdf:Description rdf:about=\"" ID "person/x-y\">\n") != NULL);
  free(text);
  pact_graph_free(g);
}

int
main(void)
{
  test_rdfxml_plain();
  test_formats();
  test_sinks();
  test_names();
  test_write_error();
  return check_status("test-write");
}
