/* Private to src/query/: the insides of a PactQuerySession, shared by
 * session.c (librdf's world, its log, loading the GRAPH files) and run.c
 * (running the query and handing its results to the writers). Nothing
 * outside src/query/ includes this.
 *
 * Ownership: the session owns every pointer here but `d`, `query_label`
 * and the strings its PactDiag holds. */
#ifndef PACT_QUERY_SESSION_PRIVATE_H
#define PACT_QUERY_SESSION_PRIVATE_H

#include "query/session.h"
#include "query/store.h"

#include <redland.h>

/* Carries librdf's log messages (raptor's and rasqal's come through it)
 * to the session's PactDiag. Parse errors count there as errors, because
 * several librdf calls report success after logging one. */
typedef struct {
  PactDiag *d;
  const char *source; /* the user's name for what is being read, not the
                         file: IRI raptor knows; NULL between steps */
  int quiet;          /* drop everything: see parsed_query() in run.c */
} QueryLog;

/* Prefixes declared in the GRAPH files; the first declaration of a prefix
 * or of a namespace wins. They abbreviate IRIs in the table and in
 * CONSTRUCT's Turtle. */
typedef struct {
  char *prefix; /* owned; "" for the empty prefix */
  char *ns;     /* owned */
} QueryPrefix;

struct PactQuerySessionImpl {
  PactDiag *d;
  QueryLog log;
  librdf_world *world;
  librdf_storage *storage;
  librdf_model *model;     /* empty: the data is in `store` */
  PactQueryStore *store;
  librdf_uri *base;        /* or NULL */
  char *query_text;        /* the query being run, rewritten (run.c) */
  const char *query_label; /* borrowed */
  rasqal_query *parsed;    /* query_text parsed by rasqal alone, made once
                              by parsed_query() in run.c; NULL until then */
  int parse_tried;
  unsigned long blank_ids; /* labels made up for anonymous blank nodes */
  unsigned long files;     /* loaded so far: each file's number tags its
                              blank nodes */
  QueryPrefix *prefixes;
  size_t n_prefixes;
  size_t prefixes_cap;
};

#endif
