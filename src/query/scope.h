/* Which variables of each triple pattern are already bound when rasqal
 * 0.9.33 matches it.
 *
 * rasqal decides, for each triple pattern, which of its variables the
 * pattern binds and which it only reads (rasqal_query_transform.c). For a
 * group it does so twice, once as for a UNION (each member starting from
 * the variables bound before the group) and once in order, and keeps the
 * union of the two: a variable that an earlier member binds is also
 * "bound" by every later member. In { ?a a :A ; :p ?p . GRAPH ?g { ?a :p
 * ?p } } the GRAPH's pattern then clears ?a and ?p when it starts (as a
 * binding pattern must) and rebinds them, under the feet of the pattern
 * before it, which is still walking its matches: rows come twice, or with
 * values no statement has (tests/query/patterns.test finds both).
 *
 * The same decision made once, in the order rasqal evaluates (a group's
 * members one after the other, a UNION's branches each from the same
 * start, OPTIONAL after what it extends, GRAPH's variable before its
 * pattern), tells the query store (query/store.c) which variables to read
 * as constraints and which to bind.
 *
 * Ownership: a PactQueryScope is the caller's (pact_query_scope_free); it
 * points into the rasqal_query it was made from and must not outlive it. */
#ifndef PACT_QUERY_SCOPE_H
#define PACT_QUERY_SCOPE_H

#include <rasqal.h>

typedef struct PactQueryScope PactQueryScope;

/* Walks the query's graph pattern (after rasqal_query_prepare). NULL when
 * malloc fails or the query has no graph pattern. */
PactQueryScope *pact_query_scope_new(rasqal_query *query);
void pact_query_scope_free(PactQueryScope *scope); /* NULL-safe */

/* The parts of `t` (RASQAL_TRIPLE_SUBJECT ... RASQAL_TRIPLE_ORIGIN) whose
 * variable an earlier pattern of the query binds; -1 when `t` is no triple
 * pattern of the query (then rasqal's own decision stands). */
int pact_query_scope_bound_before(const PactQueryScope *scope, const rasqal_triple *t);

#endif
