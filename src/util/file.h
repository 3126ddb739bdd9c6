/* Reading a whole input file, with the messages every reader gives. */
#ifndef PACT_FILE_H
#define PACT_FILE_H

#include "util/buf.h"
#include "util/diag.h"

/* Reads the file at `path` into `out` (initialised by the caller, who owns
 * it), at most `max` bytes (0: no limit). A missing or unreadable file, a
 * directory or a file over the limit is reported as
 * "PATH: ... expected WHAT" and gives PACT_ERR_INPUT: a bad input. */
PactStatus pact_file_read(const char *path, size_t max, const char *what, PactBuf *out,
                          PactDiag *d);

#endif
