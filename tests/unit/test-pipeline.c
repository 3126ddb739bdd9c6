/* pipeline/: an article and a records file in, one sealed graph out, with
 * the two articles' spellings of one person resolved into one node; and
 * what a bad input does (skipped article, bad records, bad tables). */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

#include "pipeline/pipeline.h"

#include <stdlib.h>
#include <unistd.h>

#define ID "https://w3id.org/pactum/id/"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define PERSON "https://w3id.org/pactum/ontology#Person"

/* The minister is Senegalese in the article; the records of a later
 * article only give his name, spelt another way: resolution makes them
 * one person. */
static const char article[] =
  "LISBON, March 4 \xe2\x80\x94 Senegal and Portugal signed a memorandum of understanding on "
  "maritime security in Lisbon on Tuesday, during a visit to Portugal by Senegal's Defence "
  "Minister Mamadou N'Diaye.\n\n"
  "N'Diaye held talks with Helena Brand\xc3\xa3o, Portugal's Minister of National Defence.\n";
static const char records[] =
  "{\"article\": {\"file\": \"dakar.txt\", \"issued\": \"2026-03-06\", \"language\": \"en\"},"
  " \"persons\": [{\"name\": \"Mamadou Ndiaye\"}]}\n";
static const char bad_records[] =
  "{\"article\": {\"file\": \"bad.txt\"}, \"persons\": [{\"name\": 42}]}\n";

static char dir[] = "/tmp/pactum-test-pipeline-XXXXXX";
static const char *data_dir;
static char lisbon[4096];
static char dakar[4096];
static char bad[4096];
static char missing[4096];

static void
write_file(char *path, size_t cap, const char *name, const char *text)
{
  FILE *f;

  snprintf(path, cap, "%s/%s", dir, name);
  f = fopen(path, "w");
  CHECK(f != NULL);
  if (f) {
    fputs(text, f);
    CHECK(fclose(f) == 0);
  }
}

/* Whether graph `name` (NULL: the default graph) has the statement. */
static int
has(const PactGraph *g, const char *name, const char *s, const char *p, const char *o)
{
  size_t n;
  size_t n_default;
  const PactQuad *q = pact_graph_quads(g, &n, &n_default);
  PactTerm want_g = name ? pact_graph_find_iri(g, name) : 0;

  for (size_t i = 0; i < n; i++) {
    if (q[i].g == want_g && strcmp(pact_graph_term(g, q[i].s)->str, s) == 0 &&
        strcmp(pact_graph_term(g, q[i].p)->str, p) == 0 &&
        strcmp(pact_graph_term(g, q[i].o)->str, o) == 0) {
      return 1;
    }
  }
  return 0;
}

/* Whether some statement has `iri` as its subject or object. */
static int
uses(const PactGraph *g, const char *iri)
{
  size_t n;
  const PactQuad *q = pact_graph_quads(g, &n, NULL);

  for (size_t i = 0; i < n; i++) {
    if (strcmp(pact_graph_term(g, q[i].s)->str, iri) == 0 ||
        strcmp(pact_graph_term(g, q[i].o)->str, iri) == 0) {
      return 1;
    }
  }
  return 0;
}

static PactPipelineStage stages_seen[8];
static size_t n_stages_seen;

static void
note_stage(void *user, PactPipelineStage done, const PactPipelineStats *stats)
{
  (void)user;
  CHECK(stats->seconds[done] >= 0);
  if (n_stages_seen < sizeof stages_seen / sizeof stages_seen[0]) {
    stages_seen[n_stages_seen++] = done;
  }
}

static PactStatus
build(const char *const *paths, size_t n, int resolve, PactGraph **g, PactPipelineStats *stats)
{
  PactPipelineOptions o = {data_dir, ID, resolve, note_stage, NULL};
  PactDiag d = {collect, NULL, 0};

  messages[0] = '\0';
  n_stages_seen = 0;
  return pact_pipeline_build(&o, paths, n, g, stats, &d);
}

static void
test_article_and_records(void)
{
  const char *paths[] = {lisbon, dakar};
  PactPipelineStats stats;
  PactGraph *g = NULL;

  CHECK(build(paths, 2, 1, &g, &stats) == PACT_OK);
  CHECK(g != NULL);
  CHECK_STR(messages, "");
  CHECK(stats.records == 2);
  CHECK(stats.articles_skipped == 0 && stats.exports_read == 0);
  CHECK(n_stages_seen == 3 && stages_seen[0] == PACT_STAGE_READ &&
        stages_seen[1] == PACT_STAGE_RESOLVE && stages_seen[2] == PACT_STAGE_SEAL);
  if (!g) {
    return;
  }
  /* Extracted from the article, then sealed into the default graph. */
  CHECK(has(g, NULL, ID "person/mamadou-n-diaye-sn", RDFS_LABEL, "Mamadou N'Diaye"));
  CHECK(has(g, NULL, ID "person/helena-brandao-pt", TYPE, PERSON));
  /* Resolved: the records' spelling is the article's person, in the
   * records' own named graph too. */
  CHECK(!uses(g, ID "person/mamadou-ndiaye"));
  CHECK(has(g, ID "document/dakar", ID "person/mamadou-n-diaye-sn", TYPE, PERSON));
  CHECK(stats.resolve.nodes[PACT_PERSON] == 3 && stats.resolve.clusters[PACT_PERSON] == 2);
  pact_graph_free(g);

  /* Unresolved: each spelling stays its own node. */
  CHECK(build(paths, 2, 0, &g, &stats) == PACT_OK);
  CHECK(g && uses(g, ID "person/mamadou-ndiaye"));
  CHECK(stats.resolve.nodes[PACT_PERSON] == 0 && stats.resolve.clusters[PACT_PERSON] == 0);
  pact_graph_free(g);
}

static void
test_directory(void)
{
  const char *paths[] = {dir};
  PactPipelineStats stats;
  PactGraph *g = NULL;

  /* the directory stands for lisbon.txt and dakar.jsonl */
  CHECK(build(paths, 1, 1, &g, &stats) == PACT_OK);
  CHECK(stats.records == 2);
  CHECK(g && !uses(g, ID "person/mamadou-ndiaye"));
  pact_graph_free(g);
}

static void
test_errors(void)
{
  const char *skip[] = {lisbon, missing, dakar};
  const char *bad_last[] = {lisbon, dakar, bad};
  const char *only_missing[] = {missing};
  PactPipelineStats stats;
  PactGraph *g = NULL;
  PactPipelineOptions o = {"/nonexistent", ID, 1, NULL, NULL};
  PactDiag d = {collect, NULL, 0};

  /* An unreadable article is skipped; the rest is built and handed over. */
  CHECK(build(skip, 3, 1, &g, &stats) == PACT_ERR_INPUT);
  CHECK(g != NULL);
  CHECK(stats.articles_skipped == 1 && stats.records == 2);
  CHECK(strstr(messages, "missing.txt: cannot read: No such file or directory\n") != NULL);
  CHECK(strstr(messages, "1 article skipped (above); the others are written\n") != NULL);
  CHECK(n_stages_seen == 3);
  CHECK(g && has(g, NULL, ID "person/mamadou-n-diaye-sn", RDFS_LABEL, "Mamadou N'Diaye"));
  CHECK(g && !uses(g, ID "person/mamadou-ndiaye"));
  pact_graph_free(g);

  /* Bad records: nothing at all, whatever was read before. */
  g = (PactGraph *)1;
  CHECK(build(bad_last, 3, 1, &g, &stats) == PACT_ERR_INPUT);
  CHECK(g == NULL);
  CHECK(strstr(messages, "bad.json:1: $.persons[0].name: expected a string") != NULL);
  CHECK(strstr(messages, "nothing written\n") != NULL);
  CHECK(n_stages_seen == 0);

  /* No article readable: no graph. */
  CHECK(build(only_missing, 1, 1, &g, &stats) == PACT_ERR_INPUT);
  CHECK(g == NULL);
  CHECK(strstr(messages, "no article could be read: nothing written\n") != NULL);

  /* Tables that are not there. */
  messages[0] = '\0';
  CHECK(pact_pipeline_build(&o, skip, 3, &g, &stats, &d) == PACT_ERR_INPUT);
  CHECK(g == NULL);
  CHECK(strstr(messages, "/nonexistent/areas.ttl: cannot read") != NULL);
  /* Without a diagnostics sink the status is the same. */
  CHECK(pact_pipeline_build(&o, skip, 3, &g, &stats, NULL) == PACT_ERR_INPUT);
  CHECK(g == NULL);
}

int
main(void)
{
  data_dir = getenv("PACTUM_DATADIR");
  if (!data_dir) {
    fprintf(stderr, "PACTUM_DATADIR is not set (make check sets it)\n");
    return 99;
  }
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 99;
  }
  write_file(lisbon, sizeof lisbon, "lisbon.txt", article);
  write_file(dakar, sizeof dakar, "dakar.jsonl", records);
  test_article_and_records();
  test_directory();
  write_file(bad, sizeof bad, "bad.json", bad_records);
  snprintf(missing, sizeof missing, "%s/missing.txt", dir);
  test_errors();
  unlink(lisbon);
  unlink(dakar);
  unlink(bad);
  rmdir(dir);
  return check_status("test-pipeline");
}
