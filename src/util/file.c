#define _POSIX_C_SOURCE 200809L
#include "util/file.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* read(2) straight into the buffer, not stdio: extraction opens one file
 * per article, and a regular file is then one fstat and two reads (the
 * data, then end of file) with no copy. */
PactStatus
pact_file_read(const char *path, size_t max, const char *what, PactBuf *out, PactDiag *d)
{
  struct stat sb;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  size_t had = out->len; /* bytes in `out` before this file's */
  size_t chunk;
  PactStatus st = PACT_OK;
  int err = 0;

  if (fd < 0) {
    return pact_diag(d, PACT_ERR_INPUT, path, 0, "cannot read: %s", strerror(errno));
  }
  if (fstat(fd, &sb) != 0) {
    err = errno;
    close(fd);
    return pact_diag(d, PACT_ERR_INPUT, path, 0, "cannot read: %s", strerror(err));
  }
  if (S_ISDIR(sb.st_mode)) {
    close(fd);
    return pact_diag(d, PACT_ERR_INPUT, path, 0, "is a directory, expected %s", what);
  }
  /* A regular file's size is known: room for all of it and one byte more,
   * so that the read which finds the end needs no new memory. A pipe or a
   * device grows the buffer as it comes. */
  chunk = S_ISREG(sb.st_mode) && sb.st_size > 0 ? (size_t)sb.st_size + 1 : 65536;
  if (max && S_ISREG(sb.st_mode) && (size_t)sb.st_size > max) {
    st = PACT_ERR_INPUT;
  }
  while (st == PACT_OK) {
    ssize_t got;
    if (out->cap - out->len <= 1 || !out->data) {
      st = pact_buf_reserve(out, chunk);
      chunk = 65536;
      if (st != PACT_OK) {
        break;
      }
    }
    got = read(fd, out->data + out->len, out->cap - out->len - 1);
    if (got < 0) {
      if (errno == EINTR) {
        continue;
      }
      err = errno;
      break;
    }
    if (got == 0) {
      break;
    }
    out->len += (size_t)got;
    out->data[out->len] = '\0';
    if (max && out->len > max) {
      st = PACT_ERR_INPUT;
    }
    if (S_ISREG(sb.st_mode) && sb.st_size > 0 && out->len - had == (size_t)sb.st_size) {
      break; /* all of a regular file: no read to find its end (one system
                call in five when extracting short articles) */
    }
  }
  close(fd);
  if (err) {
    return pact_diag(d, PACT_ERR_INPUT, path, 0, "cannot read: %s", strerror(err));
  }
  if (st == PACT_ERR_INPUT) {
    return pact_diag(d, st, path, 0, "larger than %zu MiB: not %s", max >> 20, what);
  }
  if (st != PACT_OK) {
    return pact_diag(d, st, path, 0, "out of memory");
  }
  return PACT_OK;
}
