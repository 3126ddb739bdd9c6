/* Resolution: one node per real thing.
 *
 * The builder gives each article's things IRIs from what that article says
 * (a name and a country, a kind, parties and a date). pact_resolve() then
 * looks at every article's claims at once and merges the nodes that name
 * one thing, by renaming them to one IRI in every statement and graph:
 *
 *   persons     same name key (resolve/names.h) and compatible countries
 *               (equal, or one unknown when the name has one country);
 *   agreements  same kind and parties, and compatible dates: equal, one
 *               more precise than the other, or none (an expected or
 *               undated agreement joins the nearest dated one within a
 *               year of its article's date);
 *   visits      same visitor and host country, compatible start dates,
 *               starts a day apart or spans that overlap, or undated
 *               within 30 days of the article's date;
 *   meetings    same participants, compatible dates or a day apart (a
 *               day without a year takes the other's), or undated within
 *               7 days; undated reports close in time are grouped before
 *               a group joins the nearest dated one;
 *   exercises   same name (or, unnamed, same participants), never two
 *               editions, compatible start dates, or undated within a year;
 *               participating countries one set within the other (one
 *               name's edition between other countries is another), one
 *               edition's reports within two months of each other.
 *
 * Each comparison runs inside a block of nodes that share a key (name key,
 * kind and parties, visitor and host, participants): sorting the blocks is
 * the only step above linear. The merged node's IRI comes from its
 * best-supported values (the label rule of model/graph.h, the most claimed
 * country and date), never from input order, so resolving two exports'
 * claims together gives what resolving all the articles at once gives.
 * Claims keep their articles' named graphs: who said what stays visible. */
#ifndef PACT_RESOLVE_H
#define PACT_RESOLVE_H

#include "model/classes.h"
#include "model/graph.h"
#include "lexicon/tables.h"

#include <stddef.h>

typedef struct {
  size_t nodes[PACT_N_CLASSES];    /* per class: nodes before */
  size_t clusters[PACT_N_CLASSES]; /* after */
} PactResolveStats;

/* Merges the nodes of unsealed `g` whose IRIs are under `base`. `names`
 * (lexicon/names.tsv) may be NULL; `stats` may be NULL. */
PactStatus pact_resolve(PactGraph *g, const char *base, const PactSynonyms *names,
                        PactResolveStats *stats);

#endif
