/* site/: safe paths, the site's files (a new site staged and renamed
 * whole; an update that rewrites only what changed and removes what is
 * stale), the dumps (gzip that inflates back to the writer's bytes, the
 * same bytes every time) and the content negotiation rules. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

#include "site/conneg.h"
#include "site/dumps.h"
#include "site/files.h"
#include "site/publish.h"
#include "util/buf.h"

#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define ID "https://w3id.org/pactum/id/"

static char root[] = "/tmp/pactum-test-site-XXXXXX";

static char *
slurp(const char *path, size_t *len)
{
  FILE *f = fopen(path, "rb");
  PactBuf b;
  char chunk[4096];
  size_t n;

  if (!f) {
    return NULL;
  }
  pact_buf_init(&b, 0);
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    pact_buf_add(&b, chunk, n);
  }
  fclose(f);
  *len = b.len;
  return b.data ? b.data : strdup("");
}

static int
holds(const char *site, const char *rel, const char *want)
{
  char path[512];
  size_t len;
  char *got;
  int same;

  snprintf(path, sizeof path, "%s/%s", site, rel);
  got = slurp(path, &len);
  same = got && len == strlen(want) && memcmp(got, want, len) == 0;
  free(got);
  return same;
}

static int
exists(const char *site, const char *rel)
{
  char path[512];
  struct stat sb;
  snprintf(path, sizeof path, "%s/%s", site, rel);
  return stat(path, &sb) == 0;
}

static mode_t
mode_of(const char *site, const char *rel)
{
  char path[512];
  struct stat sb;
  snprintf(path, sizeof path, "%s/%s", site, rel);
  return stat(path, &sb) == 0 ? sb.st_mode & 07777 : 0;
}

/* How many entries of `dir` start with `prefix`. */
static int
entries_starting(const char *dir, const char *prefix)
{
  DIR *dp = opendir(dir);
  struct dirent *e;
  int n = 0;

  while (dp && (e = readdir(dp)) != NULL) {
    n += strncmp(e->d_name, prefix, strlen(prefix)) == 0;
  }
  if (dp) {
    closedir(dp);
  }
  return n;
}

static void
test_safe_paths(void)
{
  CHECK(pact_publish_safe_path("person/awa-sarr-sn"));
  CHECK(pact_publish_safe_path("a/b.c~_-"));
  CHECK(!pact_publish_safe_path(""));
  CHECK(!pact_publish_safe_path("../etc/passwd"));
  CHECK(!pact_publish_safe_path("person/../../x"));
  CHECK(!pact_publish_safe_path("person/./x"));
  CHECK(!pact_publish_safe_path("/abs"));
  CHECK(!pact_publish_safe_path("person//x"));
  CHECK(!pact_publish_safe_path("person/x%2F..%2Fy"));
  CHECK(!pact_publish_safe_path("person/<script>"));
  {
    char longest[260];
    memset(longest, 'a', sizeof longest - 1);
    longest[sizeof longest - 1] = '\0';
    CHECK(!pact_publish_safe_path(longest));
  }
}

static void
test_new_site(void)
{
  char site[256];
  PactDiag d = {collect, NULL, 0};
  PactSiteFiles *f;
  PactSiteFileStats stats;
  mode_t old = umask(077); /* the site is for a web server whatever the umask */

  snprintf(site, sizeof site, "%s/new", root);
  f = pact_site_files_open(site, &d);
  CHECK(f && pact_site_files_fresh(f));
  CHECK(f && pact_site_files_put(f, "person/a.html", "<p>a</p>", 8) == PACT_OK);
  CHECK(f && pact_site_files_put(f, "person/a.ttl", "", 0) == PACT_OK);
  CHECK(f && pact_site_files_put(f, "index.html", "home", 4) == PACT_OK);
  /* nothing at the site's path until the commit */
  CHECK(!exists(site, ""));
  CHECK(entries_starting(root, "new.pactum-") == 1);
  CHECK(f && pact_site_files_commit(f, &stats) == PACT_OK);
  CHECK(stats.written == 3 && stats.unchanged == 0 && stats.removed == 0);
  CHECK(holds(site, "person/a.html", "<p>a</p>"));
  CHECK(holds(site, "index.html", "home"));
  CHECK(mode_of(site, "index.html") == 0644);
  CHECK(mode_of(site, "person") == 0755);
  CHECK(mode_of(site, "") == 0755);
  CHECK(entries_starting(root, "new.pactum-") == 0);
  umask(old);

  /* an aborted new site leaves nothing behind */
  snprintf(site, sizeof site, "%s/aborted", root);
  f = pact_site_files_open(site, &d);
  CHECK(f && pact_site_files_put(f, "x/y.html", "y", 1) == PACT_OK);
  pact_site_files_abort(f);
  CHECK(!exists(site, ""));
  CHECK(entries_starting(root, "aborted") == 0);

  /* an empty folder is a new site too */
  snprintf(site, sizeof site, "%s/empty", root);
  mkdir(site, 0700);
  f = pact_site_files_open(site, &d);
  CHECK(f && pact_site_files_fresh(f));
  CHECK(f && pact_site_files_put(f, "a.nt", "", 0) == PACT_OK);
  CHECK(f && pact_site_files_commit(f, &stats) == PACT_OK);
  CHECK(exists(site, "a.nt"));

  /* a file where the site should be is an error, not overwritten */
  snprintf(site, sizeof site, "%s/plain-file", root);
  {
    FILE *plain = fopen(site, "w");
    fputs("keep me", plain);
    fclose(plain);
  }
  messages[0] = '\0';
  CHECK(pact_site_files_open(site, &d) == NULL);
  CHECK(strstr(messages, "not a folder") != NULL);
  {
    size_t len;
    char *text = slurp(site, &len);
    CHECK(text && strcmp(text, "keep me") == 0);
    free(text);
  }
}

static void
test_update(void)
{
  char site[256];
  char path[512];
  PactDiag d = {collect, NULL, 0};
  PactSiteFiles *f;
  PactSiteFileStats stats;
  struct stat before;
  struct stat after;

  snprintf(site, sizeof site, "%s/update", root);
  f = pact_site_files_open(site, &d);
  pact_site_files_put(f, "person/a.html", "a", 1);
  pact_site_files_put(f, "person/b.html", "b", 1);
  pact_site_files_put(f, "person/c.ttl", "c", 1);
  CHECK(pact_site_files_commit(f, &stats) == PACT_OK);
  /* the site's own file, which no publish removes */
  snprintf(path, sizeof path, "%s/person/robots.txt", site);
  {
    FILE *own = fopen(path, "w");
    fputs("own", own);
    fclose(own);
  }
  snprintf(path, sizeof path, "%s/person/a.html", site);
  stat(path, &before);
  sleep(1); /* a rewrite would show in the mtime */

  f = pact_site_files_open(site, &d);
  CHECK(f && !pact_site_files_fresh(f));
  CHECK(pact_site_files_put(f, "person/a.html", "a", 1) == PACT_OK);   /* same */
  CHECK(pact_site_files_put(f, "person/b.html", "B!", 2) == PACT_OK);  /* changed */
  CHECK(pact_site_files_put(f, "person/d.html", "d", 1) == PACT_OK);   /* new */
  CHECK(pact_site_files_commit(f, &stats) == PACT_OK);                 /* c.ttl: stale */
  CHECK(stats.written == 2 && stats.unchanged == 1 && stats.removed == 1);
  stat(path, &after);
  CHECK(before.st_mtime == after.st_mtime && before.st_ino == after.st_ino);
  CHECK(holds(site, "person/b.html", "B!"));
  CHECK(mode_of(site, "person/b.html") == 0644);
  CHECK(holds(site, "person/d.html", "d"));
  CHECK(!exists(site, "person/c.ttl"));
  CHECK(holds(site, "person/robots.txt", "own"));
  snprintf(path, sizeof path, "%s/person", site);
  CHECK(entries_starting(path, "b.html.tmp") == 0);
}

/* Inflates gzip bytes. */
static char *
gunzip(const PactBuf *gz, size_t *len)
{
  z_stream zs;
  PactBuf out;
  int rc = Z_OK;

  memset(&zs, 0, sizeof zs);
  pact_buf_init(&out, 0);
  if (inflateInit2(&zs, 15 + 16) != Z_OK) {
    return NULL;
  }
  zs.next_in = (Bytef *)gz->data;
  zs.avail_in = (uInt)gz->len;
  while (rc == Z_OK) {
    pact_buf_reserve(&out, 65536);
    zs.next_out = (Bytef *)out.data + out.len;
    zs.avail_out = 65536;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.len = (size_t)((char *)zs.next_out - out.data);
  }
  inflateEnd(&zs);
  *len = out.len;
  if (rc != Z_STREAM_END) {
    pact_buf_free(&out);
    return NULL;
  }
  return out.data ? out.data : strdup("");
}

static void
test_dumps(void)
{
  PactGraph *g = pact_graph_new();
  PactTerm person = pact_graph_iri(g, ID "person/x", strlen(ID "person/x"));
  PactTerm label = pact_graph_iri(g, "http://www.w3.org/2000/01/rdf-schema#label", 42);
  PactTerm doc = pact_graph_iri(g, ID "document/d", strlen(ID "document/d"));
  PactDiag d = {collect, NULL, 0};
  char context[4096];
  PactWriteOptions opt = {ID, context, NULL, NULL};
  PactBuf first[PACT_N_DUMPS];

  snprintf(context, sizeof context, "%s/context.jsonld",
           getenv("PACTUM_DATADIR") ? getenv("PACTUM_DATADIR") : "ontology");
  pact_graph_add(g, person, label, pact_graph_literal(g, "X \"y\" <z>", 9, 0, "fr"), doc);
  pact_graph_seal(g);
  for (int round = 0; round < 2; round++) {
    PactDumps *z = pact_dumps_start(g, &opt);
    CHECK(z && pact_dumps_finish(z, &d) == PACT_OK);
    for (size_t k = 0; z && k < PACT_N_DUMPS; k++) {
      const PactBuf *gz = pact_dumps_bytes(z, k);
      size_t len = 0;
      char *plain = gunzip(gz, &len);
      char *want = NULL;
      size_t want_len = 0;
      FILE *mem = open_memstream(&want, &want_len);
      pact_write(g, pact_dumps_format(k), mem, &opt, &d);
      fclose(mem);
      /* gzip magic, and no time in the header (bytes 4 to 7) */
      CHECK(gz->len > 18 && (unsigned char)gz->data[0] == 0x1f && (unsigned char)gz->data[1] == 0x8b);
      CHECK(gz->len > 8 && gz->data[4] == 0 && gz->data[5] == 0 && gz->data[6] == 0 && gz->data[7] == 0);
      CHECK(plain && len == want_len && memcmp(plain, want, len) == 0);
      if (round == 0) {
        pact_buf_init(&first[k], 0);
        pact_buf_add(&first[k], gz->data, gz->len);
      } else {
        CHECK(first[k].len == gz->len && memcmp(first[k].data, gz->data, gz->len) == 0);
        pact_buf_free(&first[k]);
      }
      free(plain);
      free(want);
    }
    CHECK_STR(z ? pact_dumps_path(z, 1) : NULL, "dumps/graph.nq.gz"); /* z is checked above, not assumed */
    pact_dumps_free(z);
  }
  pact_graph_free(g);
}

static void
test_conneg(void)
{
  PactBuf b;

  pact_buf_init(&b, 0);
  CHECK(pact_conneg_nginx_map(&b) == PACT_OK);
  /* a map per variant, four comparisons, the extension */
  CHECK(strstr(b.data, "map $http_accept $pactum_key_html {") != NULL);
  CHECK(strstr(b.data, "map $http_accept $pactum_key_nt {") != NULL);
  CHECK(strstr(b.data, "$pactum_max_4 $pactum_ext {") != NULL);
  /* q=0.5 on text/turtle's own range: 0500, exact (2), rank 4 */
  CHECK(strstr(b.data, "text/turtle\\s*(?:;\\s*(?!q\\s*=)[^;,]*)*;\\s*q\\s*=\\s*0\\.(\\d)\\s*(?:[;,]|$)\" 0$10024;") != NULL);
  pact_buf_reset(&b);
  CHECK(pact_conneg_htaccess(&b) == PACT_OK);
  CHECK(strstr(b.data, "AddType \"text/html; charset=utf-8; qs=1\" .html") != NULL);
  CHECK(strstr(b.data, "AddType \"application/rdf+xml; qs=0.999\" .rdf") != NULL);
  pact_buf_reset(&b);
  CHECK(pact_conneg_nginx_site(&b) == PACT_OK);
  CHECK(strstr(b.data, "try_files $uri.$pactum_ext $uri $uri/index.html =404;") != NULL);
  CHECK(strstr(b.data, "add_header Vary Accept always;") != NULL);
  pact_buf_free(&b);
}

int
main(void)
{
  char cmd[128];

  if (!mkdtemp(root)) {
    perror("mkdtemp");
    return 99;
  }
  test_safe_paths();
  test_new_site();
  test_update();
  test_dumps();
  test_conneg();
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
  if (system(cmd) != 0) {
    fprintf(stderr, "could not remove %s\n", root);
  }
  return check_status("test-site");
}
