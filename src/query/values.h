/* A SPARQL query's VALUES blocks (and COUNT(DISTINCT ...), at the end)
 * written as rasqal 0.9.33 evaluates them correctly.
 *
 * rasqal 0.9.33 (Debian 12's) reads VALUES data past the end of an array:
 * the same query over the same data answers with no rows, with wrong rows
 * or with a crash from one run to the next (valgrind shows the reads, and
 * roqet does the same). SPARQL defines a VALUES table as the multiset of
 * its rows, which is also what the UNION of one group per row gives:
 *
 *   VALUES (?a ?b) { (1 UNDEF) (2 3) }
 *   { { BIND(1 AS ?a) } UNION { BIND(2 AS ?a) BIND(3 AS ?b) } }
 *
 * and rasqal evaluates that one right. A block inside a group pattern is
 * replaced where it stands (a join with its group either way). The block
 * after a query's WHERE clause is joined with that clause's result, before
 * ORDER BY and LIMIT, so it moves to the end of the WHERE group, the group
 * itself wrapped in braces so that its FILTERs keep their scope. Where the
 * trailing block would meet grouping (GROUP BY, aggregates) or ends a
 * subquery, the two forms differ: that query is refused, with a message
 * that says how to write it.
 *
 * Only the lexical structure is read (strings, IRIs, comments, braces):
 * a query that does not parse is passed on unchanged for rasqal to report
 * with its line. */
#ifndef PACT_QUERY_VALUES_H
#define PACT_QUERY_VALUES_H

#include "util/status.h"

/* Sets *out to a new NUL-terminated query (the caller frees it) with every
 * VALUES block rewritten; a query without one is copied as it is.
 * PACT_ERR_INPUT when a block cannot be rewritten: *why then says why (a
 * constant string) and *out is NULL. PACT_ERR_NOMEM when malloc fails. */
PactStatus pact_sparql_rewrite_values(const char *query, char **out, const char **why);

/* The WHERE clause of a SELECT query as an ASK query with the same
 * prologue (PREFIX, BASE), in *out (the caller frees it); *out NULL when
 * the text has no SELECT with a group after it. For the check in
 * cli/query.c: rasqal 0.9.33 answers GROUP BY over no solutions with one
 * made-up group (count 1, keys unbound) where SPARQL gives no row. */
PactStatus pact_sparql_where_as_ask(const char *query, char **out);

/* COUNT(DISTINCT E) written as rasqal 0.9.33 counts it right.
 *
 * rasqal keeps an aggregate's DISTINCT values in a tree ordered by
 * comparing them without its flag for IRIs: two IRIs then "compare equal",
 * and the tree falls back to the order of the values' addresses in memory
 * (rasqal_literal_sequence_sort_map_compare). A value met again is found
 * only when the walk happens to pass its twin: COUNT(DISTINCT ?x) over IRIs
 * counts some twice, and how many depends on malloc (the same query, one
 * build, gives 6 or 7 after an unrelated change). Counted as strings in a
 * language of their own, IF(isIRI(E), STRLANG(STR(E), "x-iri"), E), they
 * compare by their text and stay apart from every literal (CONCAT would
 * be the obvious key, but rasqal's CONCAT values all compare equal there).
 * COUNT(DISTINCT *) is left as it is.
 * *out is a new NUL-terminated query (the caller frees it); PACT_ERR_NOMEM
 * when malloc fails. */
PactStatus pact_sparql_rewrite_count_distinct(const char *query, char **out);

/* 1 when `keyword` (any case) stands in the query as a word, not inside a
 * string, an IRI, a prefixed name or a comment. */
int pact_sparql_has_keyword(const char *query, const char *keyword);

#endif
