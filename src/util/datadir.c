#define _POSIX_C_SOURCE 200809L
#include "util/datadir.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef PKGDATADIR
#define PKGDATADIR "/usr/local/share/pactum"
#endif

char *
pact_datadir_file(const char *dir, const char *name)
{
  size_t len = strlen(dir) + strlen(name) + 2;
  char *path = malloc(len);

  if (path) {
    snprintf(path, len, "%s/%s", dir, name);
  }
  return path;
}

static int
has_data(const char *dir)
{
  char *probe = pact_datadir_file(dir, "areas.ttl");
  int ok = probe && access(probe, R_OK) == 0;

  free(probe);
  return ok;
}

char *
pact_datadir_find(const char *override, PactDiag *d)
{
  const char *env = getenv("PACTUM_DATADIR");
  char exe[PATH_MAX];
  ssize_t n;

  if (override) {
    if (has_data(override)) {
      return strdup(override);
    }
    pact_diag(d, PACT_ERR_USAGE, override, 0, "no areas.ttl here: not a pactum data directory");
    return NULL;
  }
  if (env && *env) {
    if (has_data(env)) {
      return strdup(env);
    }
    pact_diag(d, PACT_ERR_USAGE, env, 0,
              "PACTUM_DATADIR has no areas.ttl: not a pactum data directory");
    return NULL;
  }
  if (has_data(PKGDATADIR)) {
    return strdup(PKGDATADIR);
  }
  /* A build tree: src/pactum beside ontology/. */
  n = readlink("/proc/self/exe", exe, sizeof exe - 32);
  if (n > 0) {
    char *slash;
    exe[n] = '\0';
    slash = strrchr(exe, '/');
    if (slash) {
      strcpy(slash, "/../ontology");
      if (has_data(exe)) {
        return strdup(exe);
      }
    }
  }
  pact_diag(d, PACT_ERR_USAGE, NULL, 0,
            "cannot find pactum's data files (areas.ttl, context.jsonld): tried "
            "PACTUM_DATADIR, " PKGDATADIR " and ../ontology beside the program; "
            "use --data-dir DIR");
  return NULL;
}
