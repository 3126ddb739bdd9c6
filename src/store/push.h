/* Pushing N-Quads to a store through the SPARQL 1.1 Graph Store HTTP
 * Protocol, in chunks of bounded size, one line at a time: a push of
 * millions of statements holds one chunk in memory, and no request is
 * larger than the chunk size (a store's request limit).
 *
 * Each chunk is N-Triples, sent as text/turtle (every store takes Turtle;
 * N-Triples is Turtle) to {endpoint}?graph=IRI or {endpoint}?default. With
 * `replace`, the first chunk of a graph goes with PUT (the graph becomes
 * exactly what follows) and the rest with POST (added); otherwise every
 * chunk is a POST. Blank nodes are refused: split across requests they
 * would become different nodes, and pactum's exports have none. */
#ifndef PACT_PUSH_H
#define PACT_PUSH_H

#include "store/http.h"

#include <stdio.h>

typedef struct {
  const char *endpoint;   /* the Graph Store Protocol URL */
  const char *graph;      /* where the default graph goes; NULL: the
                             store's default graph */
  int named_graphs;       /* also push each named graph under its name */
  int replace;            /* PUT, then POST: the graphs become the input */
  size_t chunk_bytes;     /* at most this much N-Triples a request */
} PactPushOptions;

typedef struct {
  unsigned long statements; /* sent */
  unsigned long skipped;    /* in named graphs, not sent (no named_graphs) */
  unsigned long requests;
  unsigned long graphs;
} PactPushStats;

/* Pushes the N-Quads (or N-Triples) read from `in`; `name` is the file
 * name for messages (line numbers refer to it). A line that is not
 * N-Quads gives PACT_ERR_INPUT with its line; what was sent before stays
 * sent (a store has no transaction across requests). */
PactStatus pact_push_nquads(PactHttp *h, const PactPushOptions *opts, FILE *in,
                            const char *name, PactPushStats *stats, PactDiag *d);

#endif
