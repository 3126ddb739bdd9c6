#include "site/dumps.h"
#include "util/clock.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

struct PactDumps {
  const PactGraph *g;
  const PactWriteOptions *options;
  PactBuf gz[PACT_N_DUMPS];
  char path[PACT_N_DUMPS][32]; /* "dumps/graph.nt.gz" */
  PactStatus st;
  char error[512]; /* the failure, reported by the caller's thread */
  double seconds;
  pthread_t thread;
  int threaded;    /* a thread was started and not yet joined */
  int done;
};

PactFormat
pact_dumps_format(size_t k)
{
  return pact_format_by_rank(PACT_RANK_DUMP, k);
}

const char *
pact_dumps_path(const PactDumps *z, size_t k)
{
  return k < PACT_N_DUMPS ? z->path[k] : NULL;
}

/* One dump being deflated: the sink a writer writes to. */
typedef struct {
  PactDumps *z;
  z_stream zs;
  PactBuf *gz;
  int failed;
} Deflating;

/* Deflates `n` bytes (none with Z_FINISH) into the dump's buffer. */
static int
deflate_bytes(Deflating *s, const char *data, size_t n, int flush)
{
  s->zs.next_in = (Bytef *)data;
  s->zs.avail_in = (uInt)n;
  for (;;) {
    int rc;
    if (pact_buf_reserve(s->gz, 1 << 16) != PACT_OK) {
      snprintf(s->z->error, sizeof s->z->error, "out of memory");
      return 0;
    }
    s->zs.next_out = (Bytef *)s->gz->data + s->gz->len;
    s->zs.avail_out = (uInt)(s->gz->cap - s->gz->len - 1);
    rc = deflate(&s->zs, flush);
    s->gz->len = (size_t)((char *)s->zs.next_out - s->gz->data);
    if (rc == Z_STREAM_END || (flush == Z_NO_FLUSH && s->zs.avail_in == 0 && s->zs.avail_out > 0)) {
      return 1;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      snprintf(s->z->error, sizeof s->z->error, "zlib failed (%d)", rc);
      return 0;
    }
  }
}

static PactStatus
sink_write(void *ctx, const char *data, size_t n)
{
  Deflating *s = ctx;

  if (s->failed || !deflate_bytes(s, data, n, Z_NO_FLUSH)) {
    s->failed = 1;
    return PACT_ERR_IO;
  }
  return PACT_OK;
}

static void
record_error(void *user, PactStatus st, const char *message)
{
  PactDumps *z = user;
  (void)st;
  snprintf(z->error, sizeof z->error, "%s", message);
}

/* Writes dump k through zlib. windowBits 15 + 16 asks for a gzip wrapper;
 * the fastest level is a tenth bigger than the default and three times
 * faster. */
static PactStatus
write_dump(PactDumps *z, size_t k)
{
  Deflating s = {z, {0}, &z->gz[k], 0};
  PactSink sink = {sink_write, &s};
  PactDiag d = {record_error, z, 0};
  PactStatus st;

  if (deflateInit2(&s.zs, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    snprintf(z->error, sizeof z->error, "out of memory");
    return PACT_ERR_NOMEM;
  }
  st = pact_write_sink(z->g, pact_format_by_rank(PACT_RANK_DUMP, k), &sink, z->options, &d);
  if (st == PACT_OK && (s.failed || !deflate_bytes(&s, "", 0, Z_FINISH))) {
    st = PACT_ERR_IO;
  }
  if (st != PACT_OK && !z->error[0]) {
    snprintf(z->error, sizeof z->error, "cannot write the %s dump",
             pact_format_extension(pact_format_by_rank(PACT_RANK_DUMP, k)));
  }
  if (s.gz->data) {
    s.gz->data[s.gz->len] = '\0';
  }
  deflateEnd(&s.zs);
  return st;
}

static void *
run(void *arg)
{
  PactDumps *z = arg;
  double started = pact_clock_seconds();

  for (size_t k = 0; k < PACT_N_DUMPS && z->st == PACT_OK; k++) {
    z->st = write_dump(z, k);
  }
  z->seconds = pact_clock_seconds() - started;
  return NULL;
}

PactDumps *
pact_dumps_start(const PactGraph *g, const PactWriteOptions *options)
{
  PactDumps *z = calloc(1, sizeof *z);

  if (!z) {
    return NULL;
  }
  z->g = g;
  z->options = options;
  for (size_t k = 0; k < PACT_N_DUMPS; k++) {
    pact_buf_init(&z->gz[k], 0);
    snprintf(z->path[k], sizeof z->path[k], "dumps/graph.%s.gz",
             pact_format_extension(pact_format_by_rank(PACT_RANK_DUMP, k)));
  }
  z->threaded = pthread_create(&z->thread, NULL, run, z) == 0;
  return z;
}

PactStatus
pact_dumps_finish(PactDumps *z, PactDiag *d)
{
  if (!z->done) {
    if (z->threaded) {
      pthread_join(z->thread, NULL);
      z->threaded = 0;
    } else {
      run(z);
    }
    z->done = 1;
  }
  if (z->st != PACT_OK) {
    return pact_diag(d, z->st, NULL, 0, "the dumps: %s", z->error);
  }
  return PACT_OK;
}

const PactBuf *
pact_dumps_bytes(const PactDumps *z, size_t k)
{
  return &z->gz[k];
}

double
pact_dumps_seconds(const PactDumps *z)
{
  return z->seconds;
}

void
pact_dumps_free(PactDumps *z)
{
  if (!z) {
    return;
  }
  if (z->threaded) {
    pthread_join(z->thread, NULL);
  }
  for (size_t k = 0; k < PACT_N_DUMPS; k++) {
    pact_buf_free(&z->gz[k]);
  }
  free(z);
}
