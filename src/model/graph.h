/* The graph: interned RDF terms and a set of quads.
 *
 * Terms are numbered; 0 is "no term" and, as a graph name, the default
 * graph. Builders add each article's claims to that article's named graph;
 * pact_graph_seal() then derives the default graph (pactum's resolved view)
 * from the claims, renumbers terms into output order and sorts the quads,
 * so every writer streams one sorted array and none re-derives anything.
 *
 * The graph owns every string and array it hands out; they live until
 * pact_graph_free(). Term ids change once, in pact_graph_seal(): ids taken
 * before it must not be used after it (look terms up again by string). */
#ifndef PACT_GRAPH_H
#define PACT_GRAPH_H

#include "util/status.h"

#include <stddef.h>
#include <stdint.h>

typedef uint32_t PactTerm;
typedef struct PactGraph PactGraph;

/* Blank nodes are only for graphs that hold other people's RDF (the
 * query store's): pactum's own claims name everything by IRI. */
typedef enum { PACT_TERM_IRI = 1, PACT_TERM_LITERAL = 2, PACT_TERM_BLANK = 3 } PactTermKind;

typedef struct {
  const char *str;    /* IRI or lexical form, NUL-terminated */
  uint32_t len;
  uint8_t kind;       /* PactTermKind */
  PactTerm datatype;  /* literal's datatype IRI; 0 for plain and lang strings */
  const char *lang;   /* literal's language tag, or NULL */
} PactTermInfo;

typedef struct {
  PactTerm s, p, o, g;
} PactQuad;

/* How the default graph gets the values of one predicate from the claims. */
typedef enum {
  PACT_CHOOSE_ALL = 0, /* every value any article claims */
  PACT_CHOOSE_VOTE,    /* the value most articles claim; ties: smallest */
  PACT_CHOOSE_LABEL,   /* per language tag, by pact_label_beats(); the
                          others go to the policy's alternative predicate */
  PACT_CHOOSE_DATE,    /* most claimed, then most precise, then smallest */
  PACT_CHOOSE_RANKED   /* the value with the highest pact_graph_set_rank() */
} PactChoice;

/* NULL when malloc fails. */
PactGraph *pact_graph_new(void);
/* The same, with room for about `terms` terms before growing: a small
 * graph (a published page's) then costs little to make. */
PactGraph *pact_graph_new_sized(size_t terms);
void pact_graph_free(PactGraph *g); /* NULL-safe */

/* Interned terms; 0 when malloc fails. `len` is the byte length of `s`. */
PactTerm pact_graph_iri(PactGraph *g, const char *s, size_t len);
PactTerm pact_graph_literal(PactGraph *g, const char *s, size_t len,
                            PactTerm datatype, const char *lang);

/* A blank node by its label; 0 when malloc fails. */
PactTerm pact_graph_blank(PactGraph *g, const char *label, size_t len);

/* The id of a term already interned, or 0: never adds one. A literal with
 * a language tag has datatype 0, as pact_graph_literal() makes it. */
PactTerm pact_graph_lookup(const PactGraph *g, PactTermKind kind, const char *s,
                           size_t len, PactTerm datatype, const char *lang);

/* The term's description; valid until pact_graph_free(). */
const PactTermInfo *pact_graph_term(const PactGraph *g, PactTerm t);

/* Orders two PactTerm ids (for qsort and bsearch over arrays of ids). */
int pact_term_compare(const void *a, const void *b);

/* Adds a quad (`graph` 0: the default graph); a quad already present is
 * not added twice. On failure the graph is unchanged. Not after seal. */
PactStatus pact_graph_add(PactGraph *g, PactTerm s, PactTerm p, PactTerm o,
                          PactTerm graph);

/* Resolution policy of predicate `p` (default PACT_CHOOSE_ALL). For
 * PACT_CHOOSE_LABEL, `alt` is the predicate that receives the other
 * values (and never repeats the chosen one); otherwise pass 0. */
PactStatus pact_graph_set_policy(PactGraph *g, PactTerm p, PactChoice how,
                                 PactTerm alt);

/* Rank of a value for PACT_CHOOSE_RANKED (higher wins); default 0. */
PactStatus pact_graph_set_rank(PactGraph *g, PactTerm value, int rank);

/* Before seal: the claims as added, in order (duplicates not yet removed).
 * Valid until the next pact_graph_add(). */
const PactQuad *pact_graph_claims(const PactGraph *g, size_t *n);

/* Before seal: replaces every subject, object and graph name `t` for which
 * t < n_map and to[t] != 0 by to[t]: merges nodes. */
void pact_graph_rename(PactGraph *g, const PactTerm *to, size_t n_map);

/* Before seal: drops the default-graph statements about subjects that
 * some article's named graph describes. They are derived (a previous
 * export's resolved view, read back in) and seal derives them again. */
void pact_graph_drop_derived(PactGraph *g);

/* The label rule of PACT_CHOOSE_LABEL: whether label `a`, claimed by
 * `sa` articles, beats label `b`, claimed by `sb`. Well attested first
 * (two articles or more), then the fullest (most letters: middle names
 * count, spacing does not), then the most claimed, then the fewest words,
 * then the longest; equal labels do not beat each other. */
int pact_label_beats(const char *a, size_t alen, unsigned sa, const char *b,
                     size_t blen, unsigned sb);

/* Derives the default graph, renumbers terms in output order (IRIs before
 * literals, each by code point) and sorts quads by graph (default first),
 * subject, predicate (rdf:type first), object. */
PactStatus pact_graph_seal(PactGraph *g);

/* After seal: all quads, sorted. The default graph is [0, *n_default). */
const PactQuad *pact_graph_quads(const PactGraph *g, size_t *n,
                                 size_t *n_default);

/* After seal: the quads of named graph `name` as [*begin, *end). */
void pact_graph_range(const PactGraph *g, PactTerm name, size_t *begin,
                      size_t *end);

/* Sorts quads by s, p, o, g (numerically, by id: the order of the
 * fields, not of the terms) and returns how many remain once duplicates
 * are dropped; SIZE_MAX when malloc fails, leaving them unsorted but
 * whole. Linear: a radix sort. */
size_t pact_quads_sort_unique(PactQuad *q, size_t n);

/* After seal: the term id of an IRI, or 0 when the graph has none. */
PactTerm pact_graph_find_iri(const PactGraph *g, const char *iri);

size_t pact_graph_term_count(const PactGraph *g);

#endif
