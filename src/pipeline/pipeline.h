/* The pipeline every command that needs the graph runs: articles, records
 * files and earlier exports read, articles extracted, records built into
 * claims, claims resolved across articles, and the graph sealed.
 *
 *   PactPipelineOptions o = {dir, base, 1, NULL, NULL};
 *   PactGraph *g;
 *   PactPipelineStats stats;
 *   PactStatus st = pact_pipeline_build(&o, paths, n, &g, &stats, &diag);
 *
 * The tables the builder and the resolver need (area scheme, countries,
 * synonyms) are loaded once a run; the extractor's lexicon only when an
 * article is among the inputs. Messages go through the caller's PactDiag,
 * in the order the inputs are read; the caller prints its summary and
 * timings from the stats. */
#ifndef PACT_PIPELINE_H
#define PACT_PIPELINE_H

#include "model/graph.h"
#include "resolve/resolve.h"
#include "util/diag.h"

#include <stddef.h>

typedef enum {
  PACT_STAGE_READ,    /* inputs read, articles extracted, records built */
  PACT_STAGE_RESOLVE, /* nodes merged across articles (or not, unresolved) */
  PACT_STAGE_SEAL,    /* the default graph's values chosen, quads sorted */
  PACT_N_STAGES
} PactPipelineStage;

typedef struct {
  unsigned long records;          /* built, from articles and records files */
  unsigned long exports_read;     /* earlier exports merged */
  unsigned long articles_skipped; /* unreadable articles, reported and left out */
  PactResolveStats resolve;       /* all 0 when resolution is off */
  double seconds[PACT_N_STAGES];  /* wall-clock time of each stage */
} PactPipelineStats;

/* Called when a stage is over, failed or not, with the stats so far. */
typedef void (*PactStageFn)(void *user, PactPipelineStage done, const PactPipelineStats *stats);

typedef struct {
  const char *data_dir; /* the data directory, as pact_datadir_find() gives it */
  const char *base;     /* instance namespace: an absolute IRI ending with '/' or '#' */
  int resolve;          /* 0: each article's person, agreement or event stays its own node */
  PactStageFn stage_done; /* may be NULL */
  void *user;             /* for stage_done */
} PactPipelineOptions;

/* Builds the graph of paths[0..n) (articles, records files, earlier
 * exports; a directory stands for its articles and records) and hands the
 * sealed graph to the caller through *graph; the caller frees it with
 * pact_graph_free(). The paths are only read. `stats` is always filled.
 *
 * Records files and earlier exports are all or nothing: a bad record or
 * statement is reported (and every other one, as far as reading can go
 * on) and gives PACT_ERR_INPUT (PACT_ERR_IO when a file that exists cannot
 * be read) with no graph. An article that
 * cannot be read is reported and skipped: the rest is built and handed
 * over with PACT_ERR_INPUT (stats->articles_skipped says how many); when no
 * input is left, there is no graph. Tables that cannot be loaded give
 * PACT_ERR_INPUT; allocation failures PACT_ERR_NOMEM. *graph is NULL
 * whenever no graph is handed over. */
PactStatus pact_pipeline_build(const PactPipelineOptions *o, const char *const *paths, size_t n,
                               PactGraph **graph, PactPipelineStats *stats, PactDiag *d);

#endif
