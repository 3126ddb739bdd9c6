/* build/build and read/lexicon: records become claims under canonical
 * IRIs; the area scheme and the country table are read from ontology/. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

#include "build/build.h"
#include "lexicon/tables.h"
#include "read/records.h"

#include <stdlib.h>

typedef struct {
  PactBuilder *b;
  PactDiag *d;
} Ctx;

static PactStatus
add(void *user, PactRecord *r)
{
  Ctx *c = user;

  return pact_builder_add(c->b, r, c->d);
}

static const PactAreas *areas;
static const PactCountries *countries;

/* Builds and seals the graph of `json` under `base`. */
static PactGraph *
graph_of(const char *json, const char *base, PactStatus *st)
{
  PactGraph *g = pact_graph_new();
  PactBuilder *b = pact_builder_new(g, base, areas, countries);
  PactDiag d = {collect, NULL, 0};
  Ctx c = {b, &d};

  messages[0] = '\0';
  *st = pact_records_read_buffer("t.json", json, strlen(json), &d, add, &c);
  if (*st == PACT_OK) {
    *st = pact_graph_seal(g);
  }
  pact_builder_free(b);
  return g;
}

static int
has(const PactGraph *g, const char *s, const char *p, const char *o)
{
  size_t n_default;
  const PactQuad *q = pact_graph_quads(g, NULL, &n_default);

  for (size_t i = 0; i < n_default; i++) {
    if (strcmp(pact_graph_term(g, q[i].s)->str, s) == 0 &&
        strcmp(pact_graph_term(g, q[i].p)->str, p) == 0 &&
        strcmp(pact_graph_term(g, q[i].o)->str, o) == 0) {
      return 1;
    }
  }
  fprintf(stderr, "  missing: <%s> <%s> %s\n", s, p, o);
  return 0;
}

#define ID "https://w3id.org/pactum/id/"
#define P "https://w3id.org/pactum/ontology#"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

static const char record[] =
  "{\"article\": {\"file\": \"Visit Dakar.txt\", \"issued\": \"2026-03-04\", \"language\": \"en\"},"
  " \"countries\": [{\"code\": \"SN\", \"name\": \"Senegal\", \"mentions\": [{\"text\": \"Senegal\", \"start\": 0, \"end\": 7}]}],"
  " \"persons\": [{\"id\": \"p1\", \"name\": \"Mamadou N'Diaye\", \"titles\": [\"Defence Minister\"], \"country\": \"SN\"},"
  "               {\"id\": \"p2\", \"name\": \"Helena Brandão\", \"country\": \"PT\"}],"
  " \"institutions\": [{\"id\": \"i1\", \"name\": \"Ministry of Defence\", \"kind\": \"ministry\", \"country\": \"SN\"}],"
  " \"places\": [{\"id\": \"l1\", \"name\": \"Lisbon\", \"kind\": \"city\", \"country\": \"PT\"}],"
  " \"agreements\": [{\"kind\": \"mou\", \"status\": \"signed\", \"signed\": \"2026-03-03\", \"place\": \"l1\","
  "   \"parties\": [\"SN\", \"PT\"], \"signatories\": [\"p1\", \"p2\"], \"areas\": [\"Maritime Security\", \"formation\"]}],"
  " \"exercises\": [{\"name\": null, \"edition\": 3, \"start\": \"2025-04\", \"participants\": [\"PT\", \"SN\"]}],"
  " \"visits\": [{\"visitor\": \"p1\", \"host\": \"PT\", \"start\": \"2026-03-02\", \"days\": 2, \"places\": [\"l1\"]}],"
  " \"meetings\": [{\"participants\": [\"p2\", \"p1\"], \"date\": \"--03-03\"}]}";

static void
test_iris_and_claims(void)
{
  PactStatus st;
  PactGraph *g = graph_of(record, NULL, &st);

  CHECK(st == PACT_OK);
  /* Keys: names folded, country codes added, parties sorted. */
  CHECK(has(g, ID "person/mamadou-n-diaye-sn", RDFS_LABEL, "Mamadou N'Diaye"));
  CHECK(has(g, ID "person/helena-brandao-pt", P "country", ID "country/pt"));
  CHECK(has(g, ID "institution/ministry-of-defence-sn", TYPE, P "Ministry"));
  CHECK(has(g, ID "place/lisbon-pt", TYPE, P "City"));
  CHECK(has(g, ID "agreement/mou-pt-sn-2026-03-03", P "status", P "Signed"));
  CHECK(has(g, ID "agreement/mou-pt-sn-2026-03-03", P "agreementKind", P "MoU"));
  CHECK(has(g, ID "agreement/mou-pt-sn-2026-03-03", P "signatory", ID "person/helena-brandao-pt"));
  CHECK(has(g, ID "agreement/mou-pt-sn-2026-03-03", P "signedAt", ID "place/lisbon-pt"));
  /* Areas by any label or case; the concept gets its labels. */
  CHECK(has(g, ID "agreement/mou-pt-sn-2026-03-03", P "area", "https://w3id.org/pactum/area/maritime-security"));
  CHECK(has(g, ID "agreement/mou-pt-sn-2026-03-03", P "area", "https://w3id.org/pactum/area/training"));
  CHECK(has(g, "https://w3id.org/pactum/area/training", "http://www.w3.org/2004/02/skos/core#prefLabel", "training"));
  CHECK(has(g, ID "agreement/mou-pt-sn-2026-03-03", RDFS_LABEL, "Memorandum of understanding Portugal–Senegal, 2026-03-03"));
  CHECK(has(g, ID "exercise/pt-sn-3", P "edition", "3"));
  CHECK(has(g, ID "exercise/pt-sn-3", P "startDate", "2025-04"));
  CHECK(has(g, ID "visit/mamadou-n-diaye-sn-pt-2026-03-02", P "durationDays", "2"));
  CHECK(has(g, ID "visit/mamadou-n-diaye-sn-pt-2026-03-02", P "hostCountry", ID "country/pt"));
  CHECK(has(g, ID "meeting/helena-brandao-pt--mamadou-n-diaye-sn-03-03", P "date", "--03-03"));
  /* The document: key from the file name; mentions under it. */
  CHECK(has(g, ID "document/visit-dakar", P "fileName", "Visit Dakar.txt"));
  CHECK(has(g, ID "document/visit-dakar", "http://purl.org/dc/terms/issued", "2026-03-04"));
  CHECK(has(g, ID "country/sn", P "hasMention", ID "document/visit-dakar#m0-7"));
  CHECK(has(g, ID "document/visit-dakar#m0-7", P "exactText", "Senegal"));
  /* Countries: labels from the lexicon in both languages. */
  CHECK(has(g, ID "country/sn", RDFS_LABEL, "Senegal"));
  CHECK(has(g, ID "country/sn", RDFS_LABEL, "Sénégal"));
  CHECK(has(g, ID "country/pt", P "mentionedIn", ID "document/visit-dakar"));
  pact_graph_free(g);

  /* --base moves the instances. */
  g = graph_of(record, "https://example.org/kg/", &st);
  CHECK(st == PACT_OK);
  CHECK(has(g, "https://example.org/kg/person/mamadou-n-diaye-sn", P "country", "https://example.org/kg/country/sn"));
  pact_graph_free(g);
}

static void
test_explicit_keys_and_errors(void)
{
  PactStatus st;
  PactGraph *g = graph_of(
    "{\"article\": {\"file\": \"a.txt\", \"key\": \"Doc 7\"},"
    " \"persons\": [{\"name\": \"Kh Asif\", \"key\": \"Khawaja Muhammad Asif\"}]}",
    NULL, &st);

  CHECK(st == PACT_OK);
  CHECK(has(g, ID "person/khawaja-muhammad-asif", RDFS_LABEL, "Kh Asif"));
  CHECK(has(g, ID "document/doc-7", P "fileName", "a.txt"));
  pact_graph_free(g);

  g = graph_of("{\"article\": {\"file\": \"a.txt\"}, \"agreements\": [{\"kind\": \"mou\", \"areas\": "
               "[\"training\", \"basket weaving\"]}]}", NULL, &st);
  CHECK(st == PACT_ERR_INPUT);
  CHECK(strstr(messages, "t.json:1: $.agreements[0].areas[1]: unknown cooperation area \"basket weaving\"") != NULL);
  pact_graph_free(g);
}

static void
test_lexicons(void)
{
  const PactArea *a = pact_areas_find(areas, "Counter Terrorism");

  CHECK(a && strcmp(a->iri, "https://w3id.org/pactum/area/counter-terrorism") == 0);
  CHECK(a && a->pref_fr && strcmp(a->pref_fr, "lutte contre le terrorisme") == 0);
  CHECK(pact_areas_find(areas, "lutte contre le terrorisme") == a);
  CHECK(pact_areas_find(areas, "military-education") != NULL); /* local name */
  CHECK(pact_areas_find(areas, "poetry") == NULL);
  CHECK(pact_countries_find(countries, "MA") != NULL);
  CHECK_STR(pact_countries_find(countries, "MA")->name_fr, "Maroc");
  CHECK(pact_countries_find(countries, "ZZ") == NULL);
  pact_areas_free(NULL);
  pact_countries_free(NULL);
  pact_builder_free(NULL);
}

int
main(void)
{
  const char *dir = getenv("PACTUM_DATADIR");
  char path[4096];
  PactDiag d = {collect, NULL, 0};
  PactAreas *a;
  PactCountries *c;

  if (!dir) {
    fprintf(stderr, "PACTUM_DATADIR is not set (make check sets it)\n");
    return 99;
  }
  snprintf(path, sizeof path, "%s/areas.ttl", dir);
  a = pact_areas_load(path, &d);
  snprintf(path, sizeof path, "%s/lexicon/countries.tsv", dir);
  c = pact_countries_load(path, &d);
  CHECK(a != NULL && c != NULL);
  if (!a || !c) {
    fputs(messages, stderr);
    return 1;
  }
  areas = a;
  countries = c;
  CHECK(pact_areas_load("/nonexistent/areas.ttl", &d) == NULL);
  CHECK(strstr(messages, "/nonexistent/areas.ttl: cannot read") != NULL);
  /* "to" a country, as each language says it (visit labels). */
  snprintf(path, sizeof path, "%s/lexicon/country-prepositions.tsv", dir);
  CHECK(pact_countries_load_prepositions(c, path, &d) == PACT_OK);
  {
    static const char *const want[][3] = {
      {"MA", "au Maroc", "to Morocco"},       {"FR", "en France", "to France"},
      {"AE", "aux Émirats arabes unis", "to the United Arab Emirates"},
      {"CY", "à Chypre", "to Cyprus"},        {"US", "aux États-Unis", "to the United States"},
      {"IR", "en Iran", "to Iran"},           {"KR", "en Corée du Sud", "to South Korea"},
      {"MX", "au Mexique", "to Mexico"},      {"PH", "aux Philippines", "to the Philippines"},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
      const PactCountryInfo *info = pact_countries_find(c, want[i][0]);
      CHECK(info != NULL);
      CHECK_STR(info ? info->to_fr : NULL, want[i][1]);
      CHECK_STR(info ? info->to_en : NULL, want[i][2]);
    }
  }
  test_iris_and_claims();
  test_explicit_keys_and_errors();
  test_lexicons();
  pact_areas_free(a);
  pact_countries_free(c);
  return check_status("test-build");
}
