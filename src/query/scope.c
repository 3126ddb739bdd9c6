#include "query/scope.h"

#include <stdint.h>
#include <stdlib.h>

typedef struct {
  const rasqal_triple *t;
  int before; /* rasqal_triple_parts bound by an earlier pattern */
} Entry;

struct PactQueryScope {
  Entry *entry; /* sorted by t once the walk is over */
  size_t n, cap;
};

/* Variables surely bound so far, in the order they were first bound. A
 * query names a few dozen at most: a list is enough. */
typedef struct {
  rasqal_variable **v;
  size_t n, cap;
} VarSet;

static int
var_set_has(const VarSet *s, const rasqal_variable *v)
{
  for (size_t i = 0; i < s->n; i++) {
    if (s->v[i] == v) {
      return 1;
    }
  }
  return 0;
}

/* 0 when malloc fails. */
static int
var_set_add(VarSet *s, rasqal_variable *v)
{
  if (!v || var_set_has(s, v)) {
    return 1;
  }
  if (s->n == s->cap) {
    size_t cap = s->cap ? 2 * s->cap : 16;
    rasqal_variable **grown = realloc(s->v, cap * sizeof *grown);
    if (!grown) {
      return 0;
    }
    s->v = grown;
    s->cap = cap;
  }
  s->v[s->n++] = v;
  return 1;
}

static int
record(PactQueryScope *scope, const rasqal_triple *t, int before)
{
  if (scope->n == scope->cap) {
    size_t cap = scope->cap ? 2 * scope->cap : 16;
    Entry *grown = realloc(scope->entry, cap * sizeof *grown);
    if (!grown) {
      return 0;
    }
    scope->entry = grown;
    scope->cap = cap;
  }
  scope->entry[scope->n++] = (Entry){t, before};
  return 1;
}

static rasqal_variable *
variable_of(rasqal_literal *l)
{
  return l ? rasqal_literal_as_variable(l) : NULL;
}

static int walk(PactQueryScope *scope, rasqal_graph_pattern *gp, VarSet *bound);

/* The members of a group, one after the other: each one sees what the
 * ones before it bound. */
static int
walk_members(PactQueryScope *scope, rasqal_graph_pattern *gp, VarSet *bound)
{
  rasqal_graph_pattern *sub;
  for (int i = 0; (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)) != NULL; i++) {
    if (!walk(scope, sub, bound)) {
      return 0;
    }
  }
  return 1;
}

static int
walk_triples(PactQueryScope *scope, rasqal_graph_pattern *gp, VarSet *bound)
{
  static const rasqal_triple_parts part[4] = {RASQAL_TRIPLE_SUBJECT, RASQAL_TRIPLE_PREDICATE,
                                              RASQAL_TRIPLE_OBJECT, RASQAL_TRIPLE_ORIGIN};
  rasqal_triple *t;
  for (int i = 0; (t = rasqal_graph_pattern_get_triple(gp, i)) != NULL; i++) {
    rasqal_variable *var[4] = {variable_of(t->subject), variable_of(t->predicate),
                               variable_of(t->object), variable_of(t->origin)};
    int before = 0;
    for (int col = 0; col < 4; col++) {
      if (var[col] && var_set_has(bound, var[col])) {
        before |= (int)part[col];
      }
    }
    if (!record(scope, t, before)) {
      return 0;
    }
    for (int col = 0; col < 4; col++) {
      if (!var_set_add(bound, var[col])) {
        return 0;
      }
    }
  }
  return 1;
}

/* Each branch starts from what was bound before the UNION; after it, a
 * variable is bound only if every branch binds it. One bound by some
 * branches may hold a value left by another branch's last row (rasqal
 * does not clear what an abandoned match bound): it is bound again. */
static int
walk_union(PactQueryScope *scope, rasqal_graph_pattern *gp, VarSet *bound)
{
  size_t start = bound->n;
  VarSet every = {0}, branch = {0};
  rasqal_graph_pattern *sub;
  int ok = 1;

  for (int i = 0; ok && (sub = rasqal_graph_pattern_get_sub_graph_pattern(gp, i)) != NULL;
       i++) {
    bound->n = start;
    ok = walk(scope, sub, bound);
    if (i == 0) {
      for (size_t k = start; ok && k < bound->n; k++) {
        ok = var_set_add(&every, bound->v[k]);
      }
      continue;
    }
    branch.n = 0;
    for (size_t k = start; ok && k < bound->n; k++) {
      ok = var_set_add(&branch, bound->v[k]);
    }
    size_t kept = 0;
    for (size_t k = 0; k < every.n; k++) {
      if (var_set_has(&branch, every.v[k])) {
        every.v[kept++] = every.v[k];
      }
    }
    every.n = kept;
  }
  bound->n = start;
  for (size_t k = 0; ok && k < every.n; k++) {
    ok = var_set_add(bound, every.v[k]);
  }
  free(every.v);
  free(branch.v);
  return ok;
}

static int
walk(PactQueryScope *scope, rasqal_graph_pattern *gp, VarSet *bound)
{
  switch (rasqal_graph_pattern_get_operator(gp)) {
  case RASQAL_GRAPH_PATTERN_OPERATOR_BASIC:
    return walk_triples(scope, gp, bound);
  case RASQAL_GRAPH_PATTERN_OPERATOR_GRAPH:
    /* rasqal's GRAPH sets its variable before it reads the pattern */
    if (!var_set_add(bound, variable_of(rasqal_graph_pattern_get_origin(gp)))) {
      return 0;
    }
    return walk_members(scope, gp, bound);
  case RASQAL_GRAPH_PATTERN_OPERATOR_GROUP:
    return walk_members(scope, gp, bound);
  case RASQAL_GRAPH_PATTERN_OPERATOR_OPTIONAL: {
    /* What an OPTIONAL binds may stay unbound (or keep a value from an
     * earlier row): the patterns after it bind it again. */
    size_t start = bound->n;
    int ok = walk_members(scope, gp, bound);
    bound->n = start;
    return ok;
  }
  case RASQAL_GRAPH_PATTERN_OPERATOR_UNION:
    return walk_union(scope, gp, bound);
  case RASQAL_GRAPH_PATTERN_OPERATOR_LET:
    return var_set_add(bound, rasqal_graph_pattern_get_variable(gp));
  case RASQAL_GRAPH_PATTERN_OPERATOR_SELECT: {
    /* A subquery is evaluated on its own. What it binds is not added:
     * later patterns then bind those variables as rasqal has them do. */
    VarSet own = {0};
    int ok = walk_members(scope, gp, &own);
    free(own.v);
    return ok;
  }
  default:
    return 1; /* FILTER binds nothing; VALUES, MINUS, SERVICE are rewritten or refused */
  }
}

static int
by_triple(const void *a, const void *b)
{
  uintptr_t x = (uintptr_t)((const Entry *)a)->t, y = (uintptr_t)((const Entry *)b)->t;
  return (x > y) - (x < y);
}

PactQueryScope *
pact_query_scope_new(rasqal_query *query)
{
  rasqal_graph_pattern *gp = rasqal_query_get_query_graph_pattern(query);
  PactQueryScope *scope = gp ? calloc(1, sizeof *scope) : NULL;
  VarSet bound = {0};

  if (!scope) {
    return NULL;
  }
  int ok = walk(scope, gp, &bound);
  free(bound.v);
  if (!ok) {
    pact_query_scope_free(scope);
    return NULL;
  }
  if (scope->n > 1) {
    qsort(scope->entry, scope->n, sizeof *scope->entry, by_triple);
  }
  return scope;
}

void
pact_query_scope_free(PactQueryScope *scope)
{
  if (scope) {
    free(scope->entry);
    free(scope);
  }
}

int
pact_query_scope_bound_before(const PactQueryScope *scope, const rasqal_triple *t)
{
  if (!scope || scope->n == 0) {
    return -1;
  }
  Entry key = {t, 0};
  const Entry *e = bsearch(&key, scope->entry, scope->n, sizeof key, by_triple);
  return e ? e->before : -1;
}
