#define _POSIX_C_SOURCE 200809L
#include "util/file.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

PactStatus
pact_file_read(const char *path, size_t max, const char *what, PactBuf *out, PactDiag *d)
{
  struct stat sb;
  FILE *f;
  char chunk[65536];
  size_t got;
  PactStatus st = PACT_OK;

  if (stat(path, &sb) != 0) {
    return pact_diag(d, PACT_ERR_INPUT, path, 0, "cannot read: %s", strerror(errno));
  }
  if (S_ISDIR(sb.st_mode)) {
    return pact_diag(d, PACT_ERR_INPUT, path, 0, "is a directory, expected %s", what);
  }
  f = fopen(path, "rb");
  if (!f) {
    return pact_diag(d, PACT_ERR_INPUT, path, 0, "cannot read: %s", strerror(errno));
  }
  /* Regular files are read whole; a pipe or a device grows the buffer. */
  while (st == PACT_OK && (got = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (max && out->len + got > max) {
      st = PACT_ERR_INPUT;
      break;
    }
    st = pact_buf_add(out, chunk, got);
  }
  if (ferror(f)) {
    int err = errno;
    fclose(f);
    return pact_diag(d, PACT_ERR_INPUT, path, 0, "cannot read: %s", strerror(err));
  }
  fclose(f);
  if (st == PACT_ERR_INPUT) {
    return pact_diag(d, st, path, 0, "larger than %zu MiB: not %s", max >> 20, what);
  }
  if (st != PACT_OK) {
    return pact_diag(d, st, path, 0, "out of memory");
  }
  return PACT_OK;
}
