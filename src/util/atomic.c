#define _POSIX_C_SOURCE 200809L
#include "util/atomic.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static mode_t
default_file_mode(void)
{
  /* umask can only be read by setting it; set it straight back. */
  mode_t mask = umask(022);

  umask(mask);
  return (mode_t)(0666 & ~mask);
}

PactStatus
pact_atomic_open(PactAtomicFile *f, const char *path, PactDiag *d)
{
  size_t len = strlen(path);
  int fd;

  struct stat sb;

  f->path = NULL;
  f->tmp = NULL;
  f->stream = NULL;
  f->direct = 0;
  if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
    if (S_ISDIR(sb.st_mode)) {
      return pact_diag(d, PACT_ERR_IO, path, 0, "is a directory, expected a file to write");
    }
    f->stream = fopen(path, "w");
    if (!f->stream) {
      return pact_diag(d, PACT_ERR_IO, path, 0, "cannot open: %s", strerror(errno));
    }
    f->path = strdup(path);
    f->direct = 1;
    return PACT_OK;
  }
  f->path = strdup(path);
  f->tmp = malloc(len + sizeof ".tmp-XXXXXX");
  if (!f->path || !f->tmp) {
    pact_atomic_abort(f);
    return pact_diag(d, PACT_ERR_NOMEM, path, 0, "out of memory");
  }
  memcpy(f->tmp, path, len);
  memcpy(f->tmp + len, ".tmp-XXXXXX", sizeof ".tmp-XXXXXX");
  fd = mkstemp(f->tmp);
  if (fd < 0) {
    int err = errno;
    free(f->tmp);
    f->tmp = NULL;
    pact_atomic_abort(f);
    return pact_diag(d, PACT_ERR_IO, path, 0, "cannot create: %s", strerror(err));
  }
  f->stream = fdopen(fd, "w");
  if (!f->stream) {
    int err = errno;
    close(fd);
    pact_atomic_abort(f);
    return pact_diag(d, PACT_ERR_IO, path, 0, "cannot open: %s", strerror(err));
  }
  return PACT_OK;
}

PactStatus
pact_atomic_commit(PactAtomicFile *f, PactDiag *d)
{
  int failed;
  int err = 0;

  if (f->direct) {
    failed = fflush(f->stream) != 0 || ferror(f->stream);
    err = errno;
    if (fclose(f->stream) != 0) {
      failed = 1;
      err = errno;
    }
    f->stream = NULL;
    if (failed) {
      pact_diag(d, PACT_ERR_IO, f->path, 0, "cannot write: %s", strerror(err ? err : EIO));
    }
    free(f->path);
    f->path = NULL;
    f->direct = 0;
    return failed ? PACT_ERR_IO : PACT_OK;
  }
  failed = fflush(f->stream) != 0 || ferror(f->stream);
  if (failed) {
    err = errno;
  }
  if (!failed && fchmod(fileno(f->stream), default_file_mode()) != 0) {
    failed = 1;
    err = errno;
  }
  if (fclose(f->stream) != 0 && !failed) {
    failed = 1;
    err = errno;
  }
  f->stream = NULL;
  if (!failed && rename(f->tmp, f->path) != 0) {
    failed = 1;
    err = errno;
  }
  if (failed) {
    PactStatus st = pact_diag(d, PACT_ERR_IO, f->path, 0, "cannot write: %s",
                              strerror(err ? err : EIO));
    pact_atomic_abort(f);
    return st;
  }
  free(f->tmp);
  f->tmp = NULL;
  free(f->path);
  f->path = NULL;
  return PACT_OK;
}

void
pact_atomic_abort(PactAtomicFile *f)
{
  if (!f) {
    return;
  }
  if (f->stream) {
    fclose(f->stream);
    f->stream = NULL;
  }
  if (f->tmp) {
    unlink(f->tmp);
    free(f->tmp);
    f->tmp = NULL;
  }
  free(f->path);
  f->path = NULL;
}
