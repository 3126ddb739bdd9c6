/* Output files that appear whole or not at all: data goes to a temporary
 * file beside the target, which is renamed over the target on commit and
 * removed on abort. */
#ifndef PACT_ATOMIC_H
#define PACT_ATOMIC_H

#include "util/diag.h"

#include <stdio.h>

typedef struct {
  char *path;     /* target, owned */
  char *tmp;      /* temporary file's path, owned; NULL when direct */
  FILE *stream;   /* open on tmp (or the target) until commit or abort */
  int direct;     /* the target is no regular file (/dev/null, a FIFO):
                     written in place, never replaced */
} PactAtomicFile;

/* Creates the temporary file. A target that exists and is not a regular
 * file (a device, a FIFO) is opened and written directly: renaming over
 * /dev/null would replace it. On failure reports through `d` and leaves
 * `f` safe to abort. */
PactStatus pact_atomic_open(PactAtomicFile *f, const char *path, PactDiag *d);

/* Flushes, closes, gives the file the mode a new file would have (0666
 * less the umask; mkstemp makes it 0600) and renames it over the target.
 * On any failure the temporary file is removed and the target untouched. */
PactStatus pact_atomic_commit(PactAtomicFile *f, PactDiag *d);

/* Closes and removes the temporary file, if any. NULL-safe, idempotent. */
void pact_atomic_abort(PactAtomicFile *f);

#endif
