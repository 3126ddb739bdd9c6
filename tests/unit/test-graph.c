/* model/graph: interning, sealing, the default graph's choices, order. */
#include "check.h"

#include "model/graph.h"

#define PACT "https://w3id.org/pactum/ontology#"
#define XSD "http://www.w3.org/2001/XMLSchema#"

static PactTerm
I(PactGraph *g, const char *s)
{
  return pact_graph_iri(g, s, strlen(s));
}

static PactTerm
L(PactGraph *g, const char *s, const char *lang)
{
  return pact_graph_literal(g, s, strlen(s), 0, lang);
}

static PactTerm
D(PactGraph *g, const char *s, const char *dt)
{
  return pact_graph_literal(g, s, strlen(s), I(g, dt), NULL);
}

/* Whether the default graph holds s p o (by strings, after seal). */
static int
holds(const PactGraph *g, const char *s, const char *p, const char *o)
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
  return 0;
}

static size_t
count_default(const PactGraph *g, const char *s, const char *p)
{
  size_t n_default;
  size_t n = 0;
  const PactQuad *q = pact_graph_quads(g, NULL, &n_default);

  for (size_t i = 0; i < n_default; i++) {
    n += strcmp(pact_graph_term(g, q[i].s)->str, s) == 0 &&
         strcmp(pact_graph_term(g, q[i].p)->str, p) == 0;
  }
  return n;
}

static void
test_interning(void)
{
  PactGraph *g = pact_graph_new();
  PactTerm a = I(g, "http://x/a");

  CHECK(a != 0);
  CHECK(I(g, "http://x/a") == a);
  CHECK(L(g, "http://x/a", NULL) != a);           /* literal vs IRI */
  CHECK(L(g, "Rabat", "fr") != L(g, "Rabat", "en"));
  CHECK(L(g, "Rabat", "") == L(g, "Rabat", NULL)); /* "" is no tag */
  CHECK(D(g, "3", XSD "integer") != L(g, "3", NULL));
  CHECK_STR(pact_graph_term(g, L(g, "Rabat", "fr"))->lang, "fr");
  /* Many terms: the table grows and keeps every id. */
  for (int i = 0; i < 50000; i++) {
    char s[32];
    snprintf(s, sizeof s, "http://x/%d", i);
    CHECK(I(g, s) == I(g, s));
  }
  CHECK(pact_graph_term_count(g) >= 50000);
  pact_graph_free(g);
  pact_graph_free(NULL);
}

static void
test_resolution(void)
{
  PactGraph *g = pact_graph_new();
  PactTerm doc1 = I(g, "http://x/doc/1");
  PactTerm doc2 = I(g, "http://x/doc/2");
  PactTerm doc3 = I(g, "http://x/doc/3");
  PactTerm asif = I(g, "http://x/person/asif");
  PactTerm mou = I(g, "http://x/agreement/mou");
  PactTerm label = I(g, "http://www.w3.org/2000/01/rdf-schema#label");
  PactTerm alt = I(g, "http://www.w3.org/2004/02/skos/core#altLabel");
  PactTerm status = I(g, PACT "status");
  PactTerm start = I(g, PACT "startDate");
  PactTerm country = I(g, PACT "country");
  PactTerm mentioned = I(g, PACT "mentionedIn");

  CHECK(pact_graph_set_policy(g, label, PACT_CHOOSE_LABEL, alt) == PACT_OK);
  CHECK(pact_graph_set_policy(g, status, PACT_CHOOSE_RANKED, 0) == PACT_OK);
  CHECK(pact_graph_set_policy(g, start, PACT_CHOOSE_DATE, 0) == PACT_OK);
  CHECK(pact_graph_set_policy(g, country, PACT_CHOOSE_VOTE, 0) == PACT_OK);
  CHECK(pact_graph_set_rank(g, I(g, PACT "Expected"), 1) == PACT_OK);
  CHECK(pact_graph_set_rank(g, I(g, PACT "Negotiating"), 2) == PACT_OK);
  CHECK(pact_graph_set_rank(g, I(g, PACT "Signed"), 3) == PACT_OK);

  /* Labels: two articles say "Khawaja Asif", one "Kh Asif"; the longer
   * form wins a tie, the others become alternatives, never the winner. */
  CHECK(pact_graph_add(g, asif, label, L(g, "Khawaja Asif", NULL), doc1) == PACT_OK);
  CHECK(pact_graph_add(g, asif, label, L(g, "Khawaja Asif", NULL), doc2) == PACT_OK);
  CHECK(pact_graph_add(g, asif, label, L(g, "Kh Asif", NULL), doc3) == PACT_OK);
  CHECK(pact_graph_add(g, asif, alt, L(g, "Khawaja Asif", NULL), doc3) == PACT_OK);
  CHECK(pact_graph_add(g, asif, label, L(g, "Asif", "fr"), doc3) == PACT_OK);
  /* Country: a vote, 2 to 1. */
  CHECK(pact_graph_add(g, asif, country, I(g, "http://x/country/pk"), doc1) == PACT_OK);
  CHECK(pact_graph_add(g, asif, country, I(g, "http://x/country/pk"), doc2) == PACT_OK);
  CHECK(pact_graph_add(g, asif, country, I(g, "http://x/country/ma"), doc3) == PACT_OK);
  /* Status: the furthest stage, whatever the count. */
  CHECK(pact_graph_add(g, mou, status, I(g, PACT "Expected"), doc1) == PACT_OK);
  CHECK(pact_graph_add(g, mou, status, I(g, PACT "Expected"), doc2) == PACT_OK);
  CHECK(pact_graph_add(g, mou, status, I(g, PACT "Signed"), doc3) == PACT_OK);
  /* Dates: equal support, so the more precise one. */
  CHECK(pact_graph_add(g, mou, start, D(g, "--01-12", XSD "gMonthDay"), doc1) == PACT_OK);
  CHECK(pact_graph_add(g, mou, start, D(g, "2026-01-12", XSD "date"), doc2) == PACT_OK);
  /* Multi-valued: the union, once each. */
  CHECK(pact_graph_add(g, mou, mentioned, doc1, doc1) == PACT_OK);
  CHECK(pact_graph_add(g, mou, mentioned, doc1, doc1) == PACT_OK); /* duplicate */
  CHECK(pact_graph_add(g, mou, mentioned, doc2, doc2) == PACT_OK);

  CHECK(pact_graph_seal(g) == PACT_OK);
  CHECK(holds(g, "http://x/person/asif", "http://www.w3.org/2000/01/rdf-schema#label", "Khawaja Asif"));
  CHECK(holds(g, "http://x/person/asif", "http://www.w3.org/2000/01/rdf-schema#label", "Asif"));
  CHECK(count_default(g, "http://x/person/asif", "http://www.w3.org/2000/01/rdf-schema#label") == 2);
  CHECK(holds(g, "http://x/person/asif", "http://www.w3.org/2004/02/skos/core#altLabel", "Kh Asif"));
  CHECK(!holds(g, "http://x/person/asif", "http://www.w3.org/2004/02/skos/core#altLabel", "Khawaja Asif"));
  CHECK(holds(g, "http://x/person/asif", PACT "country", "http://x/country/pk"));
  CHECK(count_default(g, "http://x/person/asif", PACT "country") == 1);
  CHECK(holds(g, "http://x/agreement/mou", PACT "status", PACT "Signed"));
  CHECK(count_default(g, "http://x/agreement/mou", PACT "status") == 1);
  CHECK(holds(g, "http://x/agreement/mou", PACT "startDate", "2026-01-12"));
  CHECK(count_default(g, "http://x/agreement/mou", PACT "startDate") == 1);
  CHECK(count_default(g, "http://x/agreement/mou", PACT "mentionedIn") == 2);
  pact_graph_free(g);
}

static void
test_order(void)
{
  PactGraph *g = pact_graph_new();
  PactTerm type = I(g, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
  PactTerm b = I(g, "http://x/b");
  PactTerm a = I(g, "http://x/a");
  PactTerm p = I(g, "http://a/p");
  PactTerm doc2 = I(g, "http://x/doc/2");
  PactTerm doc1 = I(g, "http://x/doc/1");
  size_t n;
  size_t n_default;
  const PactQuad *q;
  size_t begin;
  size_t end;

  CHECK(pact_graph_add(g, b, p, L(g, "z", NULL), doc2) == PACT_OK);
  CHECK(pact_graph_add(g, b, type, I(g, "http://x/T"), doc2) == PACT_OK);
  CHECK(pact_graph_add(g, a, p, L(g, "y", NULL), doc1) == PACT_OK);
  CHECK(pact_graph_add(g, a, p, L(g, "x", NULL), 0) == PACT_OK);
  CHECK(pact_graph_seal(g) == PACT_OK);
  CHECK(pact_graph_add(g, a, p, a, 0) != PACT_OK); /* sealed */
  q = pact_graph_quads(g, &n, &n_default);
  CHECK(n == 7 && n_default == 4);
  /* Default graph: subjects by IRI, rdf:type first, objects in order. */
  CHECK_STR(pact_graph_term(g, q[0].s)->str, "http://x/a");
  CHECK_STR(pact_graph_term(g, q[0].o)->str, "x");
  CHECK_STR(pact_graph_term(g, q[1].o)->str, "y");
  CHECK_STR(pact_graph_term(g, q[2].p)->str, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
  CHECK_STR(pact_graph_term(g, q[3].o)->str, "z");
  /* Named graphs after it, in name order, found by range. */
  CHECK_STR(pact_graph_term(g, q[4].g)->str, "http://x/doc/1");
  pact_graph_range(g, pact_graph_find_iri(g, "http://x/doc/2"), &begin, &end);
  CHECK(begin == 5 && end == 7);
  pact_graph_range(g, pact_graph_find_iri(g, "http://x/doc/1"), &begin, &end);
  CHECK(begin == 4 && end == 5);
  CHECK(pact_graph_find_iri(g, "http://x/none") == 0);
  pact_graph_free(g);
}

int
main(void)
{
  test_interning();
  test_resolution();
  test_order();
  return check_status("test-graph");
}
