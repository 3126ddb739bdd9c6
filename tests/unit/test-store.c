/* store/: URL escaping, the N-Quads lines push accepts and refuses (before
 * any request is sent), and what a closed port gives. The real store is in
 * tests/store/virtuoso.test. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

#include "store/http.h"
#include "store/push.h"
#include "store/sparql.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

/* A port on 127.0.0.1 that nothing listens on: bound, then released. */
static int
closed_port(void)
{
  struct sockaddr_in a;
  socklen_t len = sizeof a;
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  int port = 9;

  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (fd >= 0 && bind(fd, (struct sockaddr *)&a, sizeof a) == 0 &&
      getsockname(fd, (struct sockaddr *)&a, &len) == 0) {
    port = ntohs(a.sin_port);
  }
  if (fd >= 0) {
    close(fd);
  }
  return port;
}

static PactStatus
push_text(PactHttp *h, const char *endpoint, const char *text, PactPushStats *stats)
{
  PactPushOptions o = {endpoint, NULL, 1, 0, 4096};
  PactDiag d = {collect, NULL, 0};
  FILE *in = fmemopen((void *)text, strlen(text), "r");
  PactStatus st;

  messages[0] = '\0';
  memset(stats, 0, sizeof *stats);
  st = pact_push_nquads(h, &o, in, "t.nq", stats, &d);
  fclose(in);
  return st;
}

int
main(void)
{
  PactBuf b;
  PactHttpOptions ho = {5, 0, 0.1};
  PactDiag d = {collect, NULL, 0};
  PactHttp *h = pact_http_new(&ho, &d);
  PactPushStats stats;
  char endpoint[128];

  pact_buf_init(&b, 0);
  CHECK(pact_http_escape(&b, "https://w3id.org/pactum/id/document/a b?x=1&y=é") == PACT_OK);
  CHECK_STR(pact_buf_str(&b), "https%3A%2F%2Fw3id.org%2Fpactum%2Fid%2Fdocument%2Fa%20b%3Fx%3D1%26y%3D%C3%A9");
  pact_buf_free(&b);

  CHECK(h != NULL);
  if (!h) {
    return 1;
  }
  snprintf(endpoint, sizeof endpoint, "http://127.0.0.1:%d/store", closed_port());
  /* Refused before any request: the line is parsed first. */
  CHECK(push_text(h, endpoint, "<http://a/s> <http://a/p> oops .\n", &stats) == PACT_ERR_INPUT);
  CHECK(strstr(messages, "t.nq:1: expected an N-Quads statement") != NULL);
  CHECK(push_text(h, endpoint, "# a comment\n\n_:b <http://a/p> \"x\" <http://a/g> .\n", &stats) ==
        PACT_ERR_INPUT);
  CHECK(strstr(messages, "t.nq:3: a blank node") != NULL);
  CHECK(push_text(h, endpoint, "<http://a/s> <http://a/p> \"a \\\"quoted\\\" _:x\"@en <http://a/g>\n", &stats) ==
        PACT_ERR_INPUT); /* no final dot */
  CHECK(stats.requests == 0);
  /* Good lines and nobody listening: a network error, nothing counted. */
  CHECK(push_text(h, endpoint,
                  "<http://a/s> <http://a/p> \"x _:y <z>\"^^<http://a/t> .\n"
                  "<http://a/s> <http://a/p> \"x\"@fr <http://a/g> .\n", &stats) == PACT_ERR_NETWORK);
  CHECK(strstr(messages, "cannot POST") != NULL);
  CHECK(stats.statements == 0);
  /* Nothing but comments: nothing to send, no request. */
  CHECK(push_text(h, endpoint, "# nothing\n", &stats) == PACT_OK && stats.requests == 0);

  messages[0] = '\0';
  CHECK(pact_sparql_remote(h, endpoint, "ASK {}", NULL, PACT_RESULTS_TABLE, stdout, &d) ==
        PACT_ERR_NETWORK);
  CHECK(strstr(messages, endpoint) != NULL);
  pact_http_free(h);
  pact_http_free(NULL);
  return check_status("test-store");
}
