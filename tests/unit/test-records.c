/* read/records: the records format, and a clear message for each error. */
#include "check.h"

#include "read/records.h"

#include <stdlib.h>

typedef struct {
  int records;
  size_t entities;
  char first_person[64];
  int32_t visit_host_class;
} Seen;

static PactStatus
count(void *user, PactRecord *r)
{
  Seen *s = user;

  s->records++;
  s->entities += r->n_entities;
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    if (e->cls == PACT_PERSON && !s->first_person[0]) {
      snprintf(s->first_person, sizeof s->first_person, "%s", e->name);
    }
    if (e->cls == PACT_VISIT) {
      s->visit_host_class = (int32_t)r->entities[e->host].cls;
    }
  }
  return PACT_OK;
}

static PactStatus
read_text(const char *text, Seen *seen)
{
  PactDiag d = {collect, NULL, 0};

  messages[0] = '\0';
  memset(seen, 0, sizeof *seen);
  return pact_records_read_buffer("r.json", text, strlen(text), &d, count, seen);
}

/* Reads `text`, expects a failure whose messages contain `want`. */
static void
expect_error(const char *text, const char *want, int line)
{
  Seen seen;
  PactStatus st = read_text(text, &seen);

  check_count++;
  if (st != PACT_ERR_INPUT || !strstr(messages, want)) {
    check_failures++;
    fprintf(stderr, "%s:%d: expected an error with \"%s\", got status %d and:\n%s", __FILE__,
            line, want, (int)st, messages);
  }
}

#define EXPECT_ERROR(text, want) expect_error(text, want, __LINE__)

static const char good[] =
  "{\"pactum\": 1, \"article\": {\"file\": \"a.txt\", \"issued\": \"2026-03-04\", \"language\": \"EN\"},\n"
  " \"persons\": [{\"id\": \"p1\", \"name\": \"Aminata Diallo\", \"titles\": [\"Defence Minister\"],\n"
  "   \"country\": \"SN\", \"mentions\": [{\"text\": \"Diallo\", \"start\": 10, \"end\": 16}]}],\n"
  " \"visits\": [{\"visitor\": \"p1\", \"host\": \"PT\", \"start\": \"--03-02\"}]}\n";

static void
test_shapes(void)
{
  Seen seen;
  char *lines = malloc(3 * sizeof good + 8);

  CHECK(read_text(good, &seen) == PACT_OK);
  CHECK(seen.records == 1);
  CHECK_STR(seen.first_person, "Aminata Diallo");
  /* Countries named only by code are added: SN, PT. */
  CHECK(seen.entities == 4);
  CHECK(seen.visit_host_class == PACT_COUNTRY);

  /* JSON Lines: one record per line. */
  snprintf(lines, 3 * sizeof good + 8, "%s%s", "{\"article\": {\"file\": \"b.txt\"}}\n",
           "{\"article\": {\"file\": \"c.txt\"}, \"persons\": []}\n");
  CHECK(read_text(lines, &seen) == PACT_OK && seen.records == 2);
  /* An array of records. */
  CHECK(read_text("[{\"article\": {\"file\": \"b.txt\"}}, {\"article\": {\"file\": \"c.txt\"}}]",
                  &seen) == PACT_OK && seen.records == 2);
  free(lines);
}

static void
test_errors(void)
{
  EXPECT_ERROR("", "no record");
  EXPECT_ERROR("{\"article\": {\"file\": \"a.txt\"}}\n{\"article\": {\"file\": ",
               "r.json:2: column");
  EXPECT_ERROR("{\"article\": {\"file\": \"a.txt\"}}\n\n  [1, }", "r.json:3: column 7: malformed JSON");
  EXPECT_ERROR("{}", "r.json:1: $: missing member \"article\"");
  EXPECT_ERROR("{\"article\": {\"file\": 3}}", "$.article.file: expected a string, found a number");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\"}, \"persns\": []}", "unknown member \"persns\"");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\"}, \"x-note\": 1, \"persons\": [{\"name\": 7}]}",
               "$.persons[0].name: expected a string, found a number");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\", \"issued\": \"2026-02-30\"}}",
               "$.article.issued: expected a date");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\", \"language\": \"en us\"}}",
               "$.article.language: expected a language tag");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\", \"source\": \"javascript alert(1)\"}}",
               "$.article.source: expected an absolute IRI");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\"}, \"persons\": [{\"name\": \"A\", \"country\": \"p9\"}]}",
               "$.persons[0].country: \"p9\" names no entity");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\"}, \"persons\": [{\"id\": \"p\", \"name\": \"A\"}],"
               " \"visits\": [{\"visitor\": \"p\", \"host\": \"p\"}]}",
               "$.visits[0].host: \"p\" is a person, expected a country");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\"}, \"visits\": [{\"host\": \"FR\"}]}",
               "$.visits[0]: missing member \"visitor\"");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\"}, \"persons\": [{\"name\": \"A\", \"mentions\":"
               " [{\"text\": \"Asif\", \"start\": 3, \"end\": 5}]}]}",
               "$.persons[0].mentions[0]: \"text\" has 4 characters but start..end spans 2");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\"}, \"persons\": [{\"name\": \"A\", \"mentions\":"
               " [{\"text\": \"A\", \"start\": -1, \"end\": 0}]}]}",
               "$.persons[0].mentions[0].start: expected an integer from 0");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\"}, \"persons\": [{\"id\": \"x\", \"name\": \"A\"},"
               " {\"id\": \"x\", \"name\": \"B\"}]}", "the id \"x\" is used twice");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\"}, \"persons\": [{\"name\": \"\xc3\x28\"}]}",
               "$.persons[0].name: invalid UTF-8");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\"}, \"agreements\": [{\"kind\": \"pact\"}]}",
               "$.agreements[0].kind: expected one of mou, treaty");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\"}, \"exercises\": [{\"edition\": 2.5}]}",
               "$.exercises[0].edition: expected an integer");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\"}, \"countries\": [{\"code\": \"pak\"}]}",
               "$.countries[0].code: expected an ISO 3166-1 alpha-2 code");
  EXPECT_ERROR("{\"article\": {\"file\": \"a\"}, \"meetings\": [{\"participants\": []}]}",
               "$.meetings[0]: a meeting needs at least one participant");
  EXPECT_ERROR("[{\"article\": {\"file\": \"a\"}}, {\"article\": []}]",
               "$[1].article: expected an object, found an array");
  EXPECT_ERROR("\"just a string\"", "$: expected an object, found a string");
}

static void
test_dates(void)
{
  CHECK(pact_records_valid_date("2026-01-13"));
  CHECK(pact_records_valid_date("2024-02-29"));
  CHECK(!pact_records_valid_date("2026-02-29"));
  CHECK(pact_records_valid_date("2025-04"));
  CHECK(pact_records_valid_date("2025"));
  CHECK(pact_records_valid_date("--02-23"));
  CHECK(!pact_records_valid_date("--13-01"));
  CHECK(!pact_records_valid_date("2025-13"));
  CHECK(!pact_records_valid_date("13 January"));
  CHECK(!pact_records_valid_date(""));
}

int
main(void)
{
  test_shapes();
  test_errors();
  test_dates();
  return check_status("test-records");
}
