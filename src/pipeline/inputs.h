/* Input files named on a command line: files as given, directories as the
 * articles (*.txt) or records (*.json, *.jsonl) they hold, in name order.
 * The list owns its paths; the names it was given are only read. */
#ifndef PACT_PIPELINE_INPUTS_H
#define PACT_PIPELINE_INPUTS_H

#include "util/diag.h"

#include <stddef.h>

typedef struct {
  char **paths; /* owned */
  size_t n;
} PactInputs;

/* Expands paths[0..n). A directory that cannot be read is reported and
 * gives PACT_ERR_INPUT; the other inputs are still collected. When malloc
 * fails: PACT_ERR_NOMEM, and `in` holds what was collected until then.
 * Either way the caller frees `in` with pact_inputs_free(). */
PactStatus pact_inputs_collect(PactInputs *in, const char *const *paths, size_t n, PactDiag *d);
void pact_inputs_free(PactInputs *in); /* empties `in`; safe to call again */

/* Whether `path` names records (.json, .jsonl) rather than an article. */
int pact_inputs_is_records(const char *path);

#endif
