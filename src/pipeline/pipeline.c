/* The pipeline (pipeline/pipeline.h): the tables loaded, every input read
 * into the builder's graph in order, then resolution and sealing. */
#define _POSIX_C_SOURCE 200809L
#include "pipeline/pipeline.h"

#include "build/build.h"
#include "extract/extract.h"
#include "lexicon/lexicon.h"
#include "lexicon/tables.h"
#include "pipeline/inputs.h"
#include "read/article.h"
#include "read/quads.h"
#include "read/records.h"
#include "util/clock.h"
#include "util/datadir.h"

#include <stdlib.h>
#include <string.h>

/* What the builder and the resolver read. */
typedef struct {
  PactAreas *areas;
  PactCountries *countries;
  PactSynonyms *names;       /* persons' names (lexicon/names.tsv), for resolution */
  PactSynonyms *inst_names;  /* institutions across languages */
  PactSynonyms *place_names; /* places across languages */
} Tables;

/* One run: what the inputs are read into. */
typedef struct {
  const char *data_dir;
  PactGraph *graph;
  PactBuilder *builder;
  PactLexicon *lex; /* loaded at the first article */
  PactPipelineStats *stats;
  PactDiag *d;
} Run;

static void
tables_free(Tables *t)
{
  pact_countries_free(t->countries);
  pact_areas_free(t->areas);
  pact_synonyms_free(t->names);
  pact_synonyms_free(t->inst_names);
  pact_synonyms_free(t->place_names);
  memset(t, 0, sizeof *t);
}

/* Loads the tables in order, up to the first that fails (its loader
 * reports why); 1 when all are loaded. */
static int
tables_load(Tables *t, const char *dir, PactDiag *d)
{
  enum { AREAS, COUNTRIES, FORMS, PREPOSITIONS, NAMES, INSTITUTIONS, PLACES, N_FILES };
  static const char *const files[N_FILES] = {
    "areas.ttl", "lexicon/countries.tsv", "lexicon/country-forms.tsv",
    "lexicon/country-prepositions.tsv", "lexicon/names.tsv", "lexicon/institution-names.tsv",
    "lexicon/place-names.tsv",
  };
  char *path[N_FILES];
  int have_paths = 1;

  memset(t, 0, sizeof *t);
  for (int i = 0; i < N_FILES; i++) {
    path[i] = pact_datadir_file(dir, files[i]);
    have_paths = have_paths && path[i];
  }
  if (have_paths) {
    t->areas = pact_areas_load(path[AREAS], d);
    t->countries = t->areas ? pact_countries_load(path[COUNTRIES], d) : NULL;
    if (t->countries && (pact_countries_load_forms(t->countries, path[FORMS], d) != PACT_OK ||
                         pact_countries_load_prepositions(t->countries, path[PREPOSITIONS], d) !=
                           PACT_OK)) {
      pact_countries_free(t->countries);
      t->countries = NULL;
    }
    t->names = t->countries ? pact_synonyms_load(path[NAMES], d) : NULL;
    t->inst_names = t->names ? pact_synonyms_load(path[INSTITUTIONS], d) : NULL;
    t->place_names = t->inst_names ? pact_synonyms_load(path[PLACES], d) : NULL;
  }
  for (int i = 0; i < N_FILES; i++) {
    free(path[i]);
  }
  return t->place_names != NULL;
}

static PactStatus
add_record(void *user, PactRecord *record)
{
  Run *r = user;

  return pact_builder_add(r->builder, record, r->d);
}

static PactStatus
read_article(Run *r, const char *path)
{
  PactText text;
  PactRecord rec;
  PactStatus st;

  if (!r->lex) {
    r->lex = pact_lexicon_load(r->data_dir, r->d);
  }
  st = r->lex ? pact_text_read(&text, path, r->lex, r->d) : PACT_ERR_INPUT;
  if (r->lex && (st == PACT_ERR_INPUT || st == PACT_ERR_IO)) {
    /* As extract does: one bad file among a night's scraped pages
     * (invalid UTF-8, a binary, unreadable) is reported and skipped;
     * the rest is built. Records and earlier exports keep their
     * all-or-nothing rule. */
    r->stats->articles_skipped++;
    return PACT_OK;
  }
  if (st != PACT_OK) {
    return st;
  }
  pact_record_init(&rec);
  st = pact_extract(&text, r->lex, &rec, r->d);
  if (st == PACT_OK) {
    st = pact_builder_add(r->builder, &rec, r->d);
  }
  pact_record_free(&rec);
  pact_text_free(&text);
  return st;
}

/* Reads one input into the run's graph. A skipped article is PACT_OK. */
static PactStatus
read_input(Run *r, const char *path)
{
  PactStatus st;

  if (pact_inputs_is_records(path)) {
    return pact_records_read_file(path, r->d, add_record, r);
  }
  if (pact_quads_is_dataset(path)) {
    st = pact_quads_read_file(r->graph, path, r->d);
    r->stats->exports_read += st == PACT_OK;
    return st;
  }
  return read_article(r, path);
}

/* Reads every input; the first error is the status, and reading goes on
 * after bad input so that one run reports every bad file. */
static PactStatus
read_inputs(Run *r, const char *const *paths, size_t n)
{
  PactInputs inputs = {NULL, 0};
  PactStatus st = PACT_OK;

  if (pact_inputs_collect(&inputs, paths, n, r->d) != PACT_OK) {
    st = PACT_ERR_INPUT;
  }
  for (size_t i = 0; i < inputs.n; i++) {
    PactStatus one = read_input(r, inputs.paths[i]);
    if (one != PACT_OK && (st == PACT_OK || st == PACT_ERR_INPUT)) {
      st = one;
    }
    if (one != PACT_OK && one != PACT_ERR_INPUT && one != PACT_ERR_IO) {
      break;
    }
  }
  pact_inputs_free(&inputs);
  return st;
}

static void
stage_over(const PactPipelineOptions *o, PactPipelineStage done, double *t0,
           PactPipelineStats *stats)
{
  double t1 = pact_clock_seconds();

  stats->seconds[done] = t1 - *t0;
  *t0 = t1;
  if (o->stage_done) {
    o->stage_done(o->user, done, stats);
  }
}

PactStatus
pact_pipeline_build(const PactPipelineOptions *o, const char *const *paths, size_t n,
                    PactGraph **graph, PactPipelineStats *stats, PactDiag *d)
{
  PactDiag quiet = {NULL, NULL, 0};
  Tables tables;
  Run run;
  unsigned long errors_before;
  double t0 = pact_clock_seconds();
  PactStatus st;

  *graph = NULL;
  memset(stats, 0, sizeof *stats);
  if (!d) {
    d = &quiet; /* still counts errors, which tell bad tables from no memory */
  }
  errors_before = d->errors;
  memset(&run, 0, sizeof run);
  run.data_dir = o->data_dir;
  run.stats = stats;
  run.d = d;
  if (tables_load(&tables, o->data_dir, d)) {
    run.graph = pact_graph_new();
    run.builder = run.graph ? pact_builder_new(run.graph, o->base, tables.areas, tables.countries)
                            : NULL;
  }
  if (!run.builder) {
    st = d->errors > errors_before ? PACT_ERR_INPUT
                                   : pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    goto done;
  }
  pact_builder_set_institution_names(run.builder, tables.inst_names);
  pact_builder_set_place_names(run.builder, tables.place_names);

  st = read_inputs(&run, paths, n);
  stats->records = pact_builder_records(run.builder);
  if (st != PACT_OK) {
    pact_diag(d, st, NULL, 0, "nothing written");
    goto done;
  }
  if (stats->articles_skipped && stats->records == 0 && stats->exports_read == 0) {
    st = pact_diag(d, PACT_ERR_INPUT, NULL, 0, "no article could be read: nothing written");
    goto done;
  }
  if (stats->articles_skipped) {
    pact_diag(d, PACT_ERR_INPUT, NULL, 0, "%lu article%s skipped (above); the others are written",
              stats->articles_skipped, stats->articles_skipped == 1 ? "" : "s");
  }
  stage_over(o, PACT_STAGE_READ, &t0, stats);

  pact_graph_drop_derived(run.graph);
  if (o->resolve) {
    st = pact_resolve(run.graph, o->base, tables.names, &stats->resolve);
  }
  stage_over(o, PACT_STAGE_RESOLVE, &t0, stats);
  if (st == PACT_OK) {
    st = pact_graph_seal(run.graph);
  }
  stage_over(o, PACT_STAGE_SEAL, &t0, stats);
  if (st != PACT_OK) {
    pact_diag(d, st, NULL, 0, "cannot build the graph: %s", pact_strerror(st));
    goto done;
  }
  *graph = run.graph;
  run.graph = NULL;
  st = stats->articles_skipped ? PACT_ERR_INPUT : PACT_OK;
done:
  pact_builder_free(run.builder);
  pact_lexicon_free(run.lex);
  pact_graph_free(run.graph);
  tables_free(&tables);
  return st;
}
