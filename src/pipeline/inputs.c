#define _POSIX_C_SOURCE 200809L
#include "pipeline/inputs.h"

#include "util/text.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int
pact_inputs_is_records(const char *path)
{
  return pact_text_ends_with(path, ".json") || pact_text_ends_with(path, ".jsonl");
}

static PactStatus
add(PactInputs *in, const char *path)
{
  char **v = realloc(in->paths, (in->n + 1) * sizeof *v);

  if (!v) {
    return PACT_ERR_NOMEM;
  }
  in->paths = v;
  in->paths[in->n] = strdup(path);
  if (!in->paths[in->n]) {
    return PACT_ERR_NOMEM;
  }
  in->n++;
  return PACT_OK;
}

static int
cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static PactStatus
add_directory(PactInputs *in, const char *dir, PactDiag *d)
{
  DIR *dp = opendir(dir);
  struct dirent *de;
  size_t first = in->n;
  PactStatus st = PACT_OK;

  if (!dp) {
    return pact_diag(d, PACT_ERR_INPUT, dir, 0, "cannot read directory: %s", strerror(errno));
  }
  while (st == PACT_OK && (de = readdir(dp)) != NULL) {
    size_t len = strlen(dir) + strlen(de->d_name) + 2;
    char *path;
    if (de->d_name[0] == '.' ||
        !(pact_text_ends_with(de->d_name, ".txt") || pact_inputs_is_records(de->d_name))) {
      continue;
    }
    path = malloc(len);
    if (!path) {
      st = PACT_ERR_NOMEM;
      break;
    }
    snprintf(path, len, "%s/%s", dir, de->d_name);
    st = add(in, path);
    free(path);
  }
  closedir(dp);
  if (st == PACT_OK && in->n == first) {
    return pact_diag(d, PACT_ERR_INPUT, dir, 0, "is a directory with no article (*.txt) or records "
                                                "file (*.json, *.jsonl)");
  }
  /* readdir's order is the file system's: sort, for deterministic runs */
  if (in->n > first) {
    qsort(in->paths + first, in->n - first, sizeof *in->paths, cmp_str);
  }
  return st;
}

PactStatus
pact_inputs_collect(PactInputs *in, const char *const *paths, size_t n, PactDiag *d)
{
  PactStatus result = PACT_OK;

  in->paths = NULL;
  in->n = 0;
  for (size_t i = 0; i < n; i++) {
    struct stat sb;
    PactStatus st;
    if (stat(paths[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
      st = add_directory(in, paths[i], d);
    } else {
      st = add(in, paths[i]); /* a missing file is reported when read */
    }
    if (st == PACT_ERR_NOMEM) {
      return pact_diag(d, st, NULL, 0, "out of memory");
    }
    if (st != PACT_OK) {
      result = st;
    }
  }
  return result;
}

void
pact_inputs_free(PactInputs *in)
{
  for (size_t i = 0; i < in->n; i++) {
    free(in->paths[i]);
  }
  free(in->paths);
  in->paths = NULL;
  in->n = 0;
}
