/* Input files named on a command line: files as given, directories as the
 * articles (*.txt) or records (*.json, *.jsonl) they hold, in name order. */
#ifndef PACT_CLI_INPUTS_H
#define PACT_CLI_INPUTS_H

#include "util/diag.h"

#include <stddef.h>

typedef struct {
  char **paths; /* owned */
  size_t n;
} PactInputs;

/* Expands argv[0..argc). A directory that cannot be read is reported and
 * gives PACT_ERR_INPUT; the other inputs are still collected. */
PactStatus pact_inputs_collect(PactInputs *in, int argc, char **argv, PactDiag *d);
void pact_inputs_free(PactInputs *in);

/* Whether `path` names records (.json, .jsonl) rather than an article. */
int pact_inputs_is_records(const char *path);

#endif
