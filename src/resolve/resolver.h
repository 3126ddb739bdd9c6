/* What the files of the resolver share; private to src/resolve/. R is one
 * run of pact_resolve(): it borrows the graph and the name table and owns
 * everything else it points to (freed by pact_resolve()); Items and their
 * term sets live in R's arena. values.c reads the claims of a node and
 * picks a value by the graph's rules, and reads dates; cluster.c is the
 * union-find and the clustering within a block; blocks.c gives each node
 * its block key; canonical.c names a cluster; resolve.c runs each kind and
 * renames. */
#ifndef PACT_RESOLVE_RESOLVER_H
#define PACT_RESOLVE_RESOLVER_H

#include "resolve/resolve.h"
#include "util/arena.h"
#include "util/buf.h"

#include <stdint.h>

/* A kind is a class of model/classes.h that resolution merges (one with a
 * window); what resolution does with it follows from its shape. */
static inline PactShape
kind_shape(int kind)
{
  return pact_class((PactClass)kind)->shape;
}

typedef struct {
  PactTerm o;
  PactTerm g;
} Pair;

typedef struct {
  PactTerm o;
  unsigned support; /* how many articles claim it */
} Value;

/* A sorted set of terms, in the resolver's arena. */
typedef struct {
  const PactTerm *v;
  uint32_t n;
} TermSet;

/* One node of a kind, with what blocking and clustering need. */
typedef struct {
  PactTerm node;
  const char *iri;  /* the node's IRI (the graph's): the order within a
                       block, the same whatever order the input came in */
  uint64_t hash;    /* of the block key */
  const char *key;  /* block key (arena) */
  PactTerm country; /* persons: the most claimed country, or 0 */
  PactTerm date;    /* the best date literal, or 0 */
  PactTerm end;     /* visits: the best end date literal, or 0 */
  long doc_day;     /* the earliest article date, in days; NO_DAY: none */
  int32_t edition;  /* exercises: the most claimed edition, or 0; at a
                       root, the cluster's */
  int renamed_refs;  /* refers to a person merged with another */
  const char *loose_key; /* persons: pact_name_loose_key() of the name,
                            when it is not the key (arena), or NULL */
  const char *sub_keys; /* persons: the keys of the name's shorter forms,
                           one per line (pact_name_sub_keys(); arena), or
                           NULL */
  TermSet docs;     /* agreements: the articles that report it; at a root,
                       the cluster's (two agreements one article reports
                       are two) */
  TermSet areas;    /* agreements: its cooperation areas; at a root, the
                       cluster's */
  TermSet parts;    /* exercises: its participants; at a root, the
                       cluster's (two sets neither of which holds the
                       other are two exercises) */
  uint32_t parent;  /* union-find */
} Item;

typedef struct {
  PactGraph *g;
  const char *base;
  const PactSynonyms *names;
  const PactQuad *q;
  size_t nq;
  size_t n_terms;  /* ids below this existed before resolution */
  uint32_t *start; /* claims of subject t: claims[start[t] .. start[t + 1]) */
  PactQuad *claims; /* copies, so that reading a node's claims is sequential */
  PactTerm *to;    /* the rename map */
  int32_t *issued_day; /* a document's date in days, or NO_DAY */
  uint8_t *kind_of; /* 1 + the kind of each typed node, else 0 */
  uint8_t *used;    /* the predicates resolution reads */
  int renamed_refs; /* resolve_gather() met a node renamed before */
  PactTerm *typed;  /* the typed nodes, in the order of their first claim */
  size_t n_typed;
  PactArena arena;
  Pair *pairs;
  size_t n_pairs, cap_pairs;
  Value *values;
  size_t n_values, cap_values;
  PactBuf buf;
  PactQuad *mentions;  /* (country, article) of every article's country,
                          sorted; made when first needed */
  size_t n_mentions;
  int mentions_made;
  PactBuf key;
  PactBuf loose_key; /* persons: pact_name_loose_key() of the label */
  PactBuf sub_keys; /* persons: pact_name_sub_keys() of the label */
  PactTerm type, label, country, issued_p, kind, party, signed_on, start_date, end_date,
    date, visitor, host, participant, edition, area;
  PactTerm cls[PACT_N_CLASSES]; /* 0 for the classes not merged */
} R;

#define NO_DAY (-0x7fffffffL)

/* Whether value `a` beats value `b` under one of the graph's rules. */
typedef int (*Better)(const R *r, const Value *a, const Value *b);

typedef struct {
  int y, m, d; /* 0: not given */
  int precision; /* 4 day, 3 month, 2 month and day, 1 year, 0 none */
} Date;

static inline PactTerm
find(const R *r, const char *iri)
{
  return pact_graph_find_iri(r->g, iri);
}

/* values.c */
PactStatus resolve_gather(R *r, PactTerm node, PactTerm pred);
PactStatus resolve_count_values(R *r);
PactTerm resolve_best_value(const R *r, Better better);
int resolve_more_claimed(const R *r, const Value *a, const Value *b);
int resolve_better_label(const R *r, const Value *a, const Value *b);
int resolve_better_date(const R *r, const Value *a, const Value *b);
void resolve_keep_plain(R *r);
Date resolve_term_date(const R *r, PactTerm t);
long resolve_day_of(Date t, int year);
int resolve_compatible(Date a, Date b);
long resolve_doc_day(R *r, PactTerm node);
size_t resolve_unique_terms(PactTerm *v, size_t n);

/* cluster.c */
uint32_t resolve_root(Item *items, uint32_t i);
int resolve_linkable(Item *items, uint32_t a, uint32_t b);
void resolve_unite(PactArena *arena, Item *items, uint32_t a, uint32_t b);
/* Unites the persons of one name block [lo, hi); PACT_ERR_NOMEM when it
 * cannot hold its decisions. */
PactStatus resolve_cluster_persons(R *r, Item *items, uint32_t lo, uint32_t hi);
void resolve_cluster_dated(R *r, Item *items, uint32_t lo, uint32_t hi, long window);

/* blocks.c */
PactStatus resolve_block_key(R *r, int kind, Item *it);
int resolve_same_season(const R *r, const Item *a, const Item *b);
PactStatus resolve_sub_names(Item *items, size_t n);

/* editions.c */
/* Joins the clusters of exercises [0, n) that are one edition told under
 * two names (same edition, same participants, same season, each name
 * once), by pointing r->to of the nodes of one at the other's IRI. Call
 * once every block's clusters have their IRIs. */
PactStatus resolve_join_editions(R *r, Item *items, size_t n);

/* canonical.c */
PactStatus resolve_key_add(R *r, const char *s);
PactTerm resolve_canonical_iri(R *r, const char *cls);
PactStatus resolve_key_add_slugs(R *r, const char *sep);
const char *resolve_kind_name(const R *r, PactTerm kind);
PactStatus resolve_cluster_values(R *r, Item *items, uint32_t lo, uint32_t hi, uint32_t rt, PactTerm pred);
int resolve_same_day(Item *items, uint32_t lo, uint32_t hi, uint32_t rt);
void resolve_keep_countries(R *r);
PactStatus resolve_cluster_key(R *r, int kind, Item *items, uint32_t lo, uint32_t hi, uint32_t rt);

#endif
