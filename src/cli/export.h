/* Private to cli/: what `pactum push` runs of `pactum export`, so that a
 * store receives what an export holds, with the export's messages.
 * export.c owns these; they keep nothing they are given. */
#ifndef PACT_CLI_EXPORT_H
#define PACT_CLI_EXPORT_H

#include "model/graph.h"
#include "util/diag.h"
#include "write/writer.h"

/* PACT_EXIT_OK when `base` can be the instance namespace (an absolute IRI
 * ending with '/' or '#'); otherwise prints export's usage message and
 * returns PACT_EXIT_USAGE. */
int cli_export_check_base(const char *base);

/* Writes sealed `graph` in every format f with wanted[f] set: to standard
 * output when `output` is NULL (one format), else to the file `output`,
 * or, with `to_dir`, into the directory `output` (made when missing) as
 * graph.EXT. Each file goes to a temporary file, and all are renamed into
 * place once every one is complete: on failure no file is changed.
 * `timings`: the time of each format on standard error. */
PactStatus cli_export_write(const PactGraph *graph, const int *wanted, const char *output,
                            int to_dir, const PactWriteOptions *opt, int timings, PactDiag *d);

#endif
