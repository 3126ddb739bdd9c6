#include "query/store.h"

#include "query/scope.h"

#include "model/graph.h"
#include "util/buf.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define XSD_STRING "http://www.w3.org/2001/XMLSchema#string"

/* Quad columns. A pattern's bound columns pick the index whose order puts
 * the most of them first. */
enum { COL_S = 0, COL_P = 1, COL_O = 2, COL_G = 3 };

/* One order of the quads: field k of every row holds column cols[k]
 * (PactQuad's s, p, o, g read as fields 0..3), rows sorted by field. */
typedef struct {
  PactQuad *rows;
  size_t n;
  const uint8_t *cols;
} Index;

static const uint8_t ORDER_SPOG[4] = {COL_S, COL_P, COL_O, COL_G};
static const uint8_t ORDER_POSG[4] = {COL_P, COL_O, COL_S, COL_G};
static const uint8_t ORDER_OSPG[4] = {COL_O, COL_S, COL_P, COL_G};
static const uint8_t ORDER_GSPO[4] = {COL_G, COL_S, COL_P, COL_O};

#define N_DEFAULT 3 /* the default graph: its g is 0 throughout */
#define N_NAMED 4

struct PactQueryStore {
  PactGraph *terms;    /* the dictionary: ids of IRIs, blanks, literals */
  PactQuad *added;     /* before seal, as added */
  size_t n_added;
  size_t cap_added;
  Index dflt[N_DEFAULT];
  Index named[N_NAMED];
  rasqal_world *world;      /* set by attach; not owned */
  rasqal_literal **literal; /* per term id, made when first bound */
  size_t n_literal;
  PactBuf scratch;          /* blank labels, lowercased language tags */
  int sealed;
};

PactQueryStore *
pact_query_store_new(void)
{
  PactQueryStore *st = calloc(1, sizeof *st);

  if (!st) {
    return NULL;
  }
  st->terms = pact_graph_new_sized(1 << 16);
  if (!st->terms) {
    free(st);
    return NULL;
  }
  pact_buf_init(&st->scratch, 0);
  return st;
}

void
pact_query_store_free(PactQueryStore *st)
{
  if (!st) {
    return;
  }
  for (size_t i = 0; i < st->n_literal; i++) {
    if (st->literal[i]) {
      rasqal_free_literal(st->literal[i]);
    }
  }
  free(st->literal);
  for (int i = 0; i < N_DEFAULT; i++) {
    free(st->dflt[i].rows);
  }
  for (int i = 0; i < N_NAMED; i++) {
    free(st->named[i].rows);
  }
  free(st->added);
  pact_buf_free(&st->scratch);
  pact_graph_free(st->terms);
  free(st);
}

/* ---- terms ------------------------------------------------------------- */

/* A language tag in lower case (tags compare without regard to case), in
 * the store's scratch buffer; NULL for none or when malloc fails (*ok 0). */
static const char *
lower_lang(PactQueryStore *st, const unsigned char *lang, size_t len, int *ok)
{
  *ok = 1;
  if (!lang || !len) {
    return NULL;
  }
  pact_buf_reset(&st->scratch);
  for (size_t i = 0; i < len; i++) {
    if (pact_buf_addc(&st->scratch, (char)tolower(lang[i])) != PACT_OK) {
      *ok = 0;
      return NULL;
    }
  }
  return st->scratch.data;
}

/* The datatype's id for a literal, 0 for none and for xsd:string (RDF 1.1:
 * "a" and "a"^^xsd:string are one term). With `add`, interned; else
 * looked up. *missing is set when there is a datatype but no id for it:
 * the store has no such IRI (lookup), or malloc failed (add). */
static PactTerm
datatype_term(PactQueryStore *st, raptor_uri *dt, int add, int *missing)
{
  size_t len;
  const unsigned char *s;

  *missing = 0;
  if (!dt) {
    return 0;
  }
  s = raptor_uri_as_counted_string(dt, &len);
  if (len == sizeof XSD_STRING - 1 && memcmp(s, XSD_STRING, len) == 0) {
    return 0;
  }
  PactTerm id = add ? pact_graph_iri(st->terms, (const char *)s, len)
                    : pact_graph_lookup(st->terms, PACT_TERM_IRI, (const char *)s, len, 0, NULL);
  *missing = id == 0;
  return id;
}

/* The id of a raptor term, interned; 0 when malloc fails or the term is
 * of no kind RDF has. */
static PactTerm
intern_term(PactQueryStore *st, const raptor_term *t, unsigned long file)
{
  size_t len;
  const unsigned char *s;
  int ok;
  int missing;

  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    s = raptor_uri_as_counted_string(t->value.uri, &len);
    return pact_graph_iri(st->terms, (const char *)s, len);
  case RAPTOR_TERM_TYPE_BLANK:
    pact_buf_reset(&st->scratch);
    if (pact_buf_printf(&st->scratch, "f%lux", file) != PACT_OK ||
        pact_buf_add(&st->scratch, t->value.blank.string, t->value.blank.string_len) !=
          PACT_OK) {
      return 0;
    }
    return pact_graph_blank(st->terms, st->scratch.data, st->scratch.len);
  case RAPTOR_TERM_TYPE_LITERAL: {
    PactTerm dt = datatype_term(st, t->value.literal.datatype, 1, &missing);
    if (missing) {
      return 0; /* malloc failed */
    }
    const char *lang = lower_lang(st, t->value.literal.language,
                                  t->value.literal.language_len, &ok);
    if (!ok) {
      return 0;
    }
    return pact_graph_literal(st->terms, (const char *)t->value.literal.string,
                              t->value.literal.string_len, dt, lang);
  }
  default:
    return 0;
  }
}

PactStatus
pact_query_store_add(PactQueryStore *st, const raptor_statement *t, unsigned long file)
{
  if (st->sealed) {
    return PACT_ERR_INTERNAL;
  }
  if (!t->subject || !t->predicate || !t->object ||
      t->subject->type == RAPTOR_TERM_TYPE_LITERAL ||
      t->predicate->type != RAPTOR_TERM_TYPE_URI ||
      (t->graph && t->graph->type == RAPTOR_TERM_TYPE_LITERAL)) {
    return PACT_ERR_INPUT;
  }
  if (st->n_added == st->cap_added) {
    size_t cap = st->cap_added ? st->cap_added * 2 : 4096;
    PactQuad *q = realloc(st->added, cap * sizeof *q);
    if (!q) {
      return PACT_ERR_NOMEM;
    }
    st->added = q;
    st->cap_added = cap;
  }
  PactQuad q = {intern_term(st, t->subject, file), intern_term(st, t->predicate, file),
                intern_term(st, t->object, file), 0};
  if (t->graph) {
    q.g = intern_term(st, t->graph, file);
    if (!q.g) {
      return PACT_ERR_NOMEM;
    }
  }
  if (!q.s || !q.p || !q.o) {
    return PACT_ERR_NOMEM;
  }
  st->added[st->n_added++] = q;
  return PACT_OK;
}

/* ---- indexes ----------------------------------------------------------- */

static PactTerm
field(const PactQuad *q, int k)
{
  switch (k) {
  case 0: return q->s;
  case 1: return q->p;
  case 2: return q->o;
  default: return q->g;
  }
}

/* `rows` (columns in s, p, o, g order) copied into index `ix` in its
 * order, sorted, duplicates dropped. */
static PactStatus
build_index(Index *ix, const uint8_t *cols, const PactQuad *rows, size_t n)
{
  ix->cols = cols;
  ix->rows = malloc((n ? n : 1) * sizeof *ix->rows);
  if (!ix->rows) {
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < n; i++) {
    ix->rows[i] = (PactQuad){field(&rows[i], cols[0]), field(&rows[i], cols[1]),
                             field(&rows[i], cols[2]), field(&rows[i], cols[3])};
  }
  ix->n = pact_quads_sort_unique(ix->rows, n);
  return ix->n == SIZE_MAX ? PACT_ERR_NOMEM : PACT_OK;
}

PactStatus
pact_query_store_seal(PactQueryStore *st)
{
  static const uint8_t *const dflt[N_DEFAULT] = {ORDER_SPOG, ORDER_POSG, ORDER_OSPG};
  static const uint8_t *const named[N_NAMED] = {ORDER_SPOG, ORDER_POSG, ORDER_OSPG, ORDER_GSPO};
  size_t n_named = 0;

  if (st->sealed) {
    return PACT_OK;
  }
  /* The default graph first, in place; the named graphs after it. */
  for (size_t i = 0; i < st->n_added; i++) {
    n_named += st->added[i].g != 0;
  }
  PactQuad *split = malloc((st->n_added ? st->n_added : 1) * sizeof *split);
  if (!split) {
    return PACT_ERR_NOMEM;
  }
  size_t d = 0;
  size_t m = st->n_added - n_named;
  for (size_t i = 0; i < st->n_added; i++) {
    split[st->added[i].g ? m++ : d++] = st->added[i];
  }
  free(st->added);
  st->added = NULL;
  st->n_added = st->cap_added = 0;

  PactStatus status = PACT_OK;
  for (int i = 0; i < N_DEFAULT && status == PACT_OK; i++) {
    status = build_index(&st->dflt[i], dflt[i], split, d);
  }
  for (int i = 0; i < N_NAMED && status == PACT_OK; i++) {
    status = build_index(&st->named[i], named[i], split + d, n_named);
  }
  free(split);
  if (status != PACT_OK) {
    return status;
  }
  st->literal = calloc(pact_graph_term_count(st->terms) + 1, sizeof *st->literal);
  if (!st->literal) {
    return PACT_ERR_NOMEM;
  }
  st->n_literal = pact_graph_term_count(st->terms) + 1;
  st->sealed = 1;
  return PACT_OK;
}

size_t
pact_query_store_size(const PactQueryStore *st)
{
  return st->dflt[0].n + st->named[0].n;
}

/* ---- patterns ---------------------------------------------------------- */

/* A pattern over one table: want[c] the term column c must hold (0: any);
 * same[c] an earlier column that must hold the same term (one variable
 * twice in a pattern), or -1. */
typedef struct {
  const Index *ix;  /* the index walked */
  size_t pos;       /* the current row, a match unless pos == end */
  size_t end;
  int prefix;       /* leading fields the range already fixes */
  PactTerm want[4];
  int same[4];
} Cursor;

/* The first row in [lo, hi) whose leading `k` fields are not below key. */
static size_t
lower_bound(const Index *ix, size_t lo, size_t hi, const PactTerm *key, int k, int strict)
{
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = 0;
    for (int f = 0; f < k && c == 0; f++) {
      PactTerm v = field(&ix->rows[mid], f);
      c = (v > key[f]) - (v < key[f]);
    }
    if (c < 0 || (strict && c == 0)) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

static int
row_matches(const Cursor *c, const PactQuad *row)
{
  PactTerm v[4];

  for (int f = 0; f < 4; f++) {
    v[c->ix->cols[f]] = field(row, f);
  }
  for (int col = 0; col < 4; col++) {
    if (c->want[col] && v[col] != c->want[col]) {
      return 0;
    }
    if (c->same[col] >= 0 && v[col] != v[c->same[col]]) {
      return 0;
    }
  }
  return 1;
}

static void
skip_to_match(Cursor *c)
{
  if (c->prefix == 4) {
    return; /* every column fixed: the range is the match */
  }
  while (c->pos < c->end && !row_matches(c, &c->ix->rows[c->pos])) {
    c->pos++;
  }
}

/* Positions `c` on the first match. want[3] and same[] are set; `named`
 * says which table (named graphs, or the default graph). */
static void
cursor_open(const PactQueryStore *st, Cursor *c, int named)
{
  const Index *table = named ? st->named : st->dflt;
  int n = named ? N_NAMED : N_DEFAULT;
  int best = 0;
  int best_len = -1;

  for (int i = 0; i < n; i++) {
    int len = 0;
    while (len < 4 && c->want[table[i].cols[len]]) {
      len++;
    }
    if (len > best_len) {
      best = i;
      best_len = len;
    }
  }
  c->ix = &table[best];
  c->prefix = best_len;
  PactTerm key[4];
  for (int f = 0; f < best_len; f++) {
    key[f] = c->want[c->ix->cols[f]];
  }
  c->pos = lower_bound(c->ix, 0, c->ix->n, key, best_len, 0);
  c->end = lower_bound(c->ix, c->pos, c->ix->n, key, best_len, 1);
  for (int col = 0; col < 4 && c->prefix < 4; col++) {
    if (c->same[col] >= 0) {
      c->prefix = 0; /* the walk must compare columns */
    }
  }
  skip_to_match(c);
}

/* The store's id of a rasqal term (a query's constant or a variable's
 * value), 0 when the store has no such term: then nothing matches. */
static PactTerm
lookup_literal(PactQueryStore *st, rasqal_literal *l)
{
  size_t len;
  const unsigned char *s;
  int ok;
  int missing;

  switch (l->type) {
  case RASQAL_LITERAL_URI:
    s = raptor_uri_as_counted_string(l->value.uri, &len);
    return pact_graph_lookup(st->terms, PACT_TERM_IRI, (const char *)s, len, 0, NULL);
  case RASQAL_LITERAL_BLANK:
    return pact_graph_lookup(st->terms, PACT_TERM_BLANK, (const char *)l->string,
                             l->string_len, 0, NULL);
  case RASQAL_LITERAL_UNKNOWN:
  case RASQAL_LITERAL_VARIABLE:
  case RASQAL_LITERAL_QNAME:
  case RASQAL_LITERAL_PATTERN:
    return 0;
  default: {
    if (!l->string) {
      return 0;
    }
    PactTerm dt = datatype_term(st, l->datatype, 0, &missing);
    if (missing) {
      return 0;
    }
    const char *lang = lower_lang(st, (const unsigned char *)l->language,
                                  l->language ? strlen(l->language) : 0, &ok);
    if (!ok) {
      return 0;
    }
    return pact_graph_lookup(st->terms, PACT_TERM_LITERAL, (const char *)l->string,
                             l->string_len, dt, lang);
  }
  }
}

/* A new counted reference to the rasqal literal of term `id`, made the
 * first time and kept; NULL when malloc fails. */
static rasqal_literal *
term_literal(PactQueryStore *st, PactTerm id)
{
  if (id >= st->n_literal) {
    return NULL;
  }
  if (!st->literal[id]) {
    const PactTermInfo *t = pact_graph_term(st->terms, id);
    raptor_world *rw = rasqal_world_get_raptor(st->world);
    rasqal_literal *l = NULL;
    unsigned char *copy = malloc((size_t)t->len + 1);

    if (!copy) {
      return NULL;
    }
    memcpy(copy, t->str, t->len);
    copy[t->len] = '\0';
    if (t->kind == PACT_TERM_IRI) {
      raptor_uri *uri = raptor_new_uri_from_counted_string(rw, copy, t->len);
      free(copy);
      l = uri ? rasqal_new_uri_literal(st->world, uri) : NULL; /* takes uri */
    } else if (t->kind == PACT_TERM_BLANK) {
      l = rasqal_new_simple_literal(st->world, RASQAL_LITERAL_BLANK, copy); /* takes copy */
    } else {
      char *lang = NULL;
      raptor_uri *dt = NULL;
      if (t->lang) {
        lang = malloc(strlen(t->lang) + 1);
        if (!lang) {
          free(copy);
          return NULL;
        }
        strcpy(lang, t->lang);
      }
      if (t->datatype) {
        const PactTermInfo *d = pact_graph_term(st->terms, t->datatype);
        dt = raptor_new_uri_from_counted_string(rw, (const unsigned char *)d->str, d->len);
        if (!dt) {
          free(copy);
          free(lang);
          return NULL;
        }
      }
      /* Takes copy, lang and dt, and frees them if it fails. */
      l = rasqal_new_string_literal(st->world, copy, lang, dt, NULL);
    }
    st->literal[id] = l;
    if (!l) {
      return NULL;
    }
  }
  return rasqal_new_literal_from_literal(st->literal[id]);
}

/* ---- the rasqal triples source ----------------------------------------- */

static const rasqal_triple_parts PART[4] = {RASQAL_TRIPLE_SUBJECT, RASQAL_TRIPLE_PREDICATE,
                                            RASQAL_TRIPLE_OBJECT, RASQAL_TRIPLE_ORIGIN};

typedef struct {
  PactQueryStore *store;
  PactQueryScope *scope; /* owned: the running query's, or NULL */
} SourceData;

/* A match binds its variables itself rather than through rasqal's
 * m->bindings, and gives each one back the value it had when the match
 * began once the match is over. rasqal clears what a pattern binds when
 * the pattern ends: when a pattern binds a variable that an outer pattern
 * may also bind (one bound in an OPTIONAL or in some branches of a UNION
 * before it, query/scope.h), clearing it would take the value from under
 * the outer pattern, which is still walking its matches. */
typedef struct {
  PactQueryStore *store;
  Cursor cursor;
  rasqal_variable *var[4];  /* the variables this match binds, or NULL */
  rasqal_literal *saved[4]; /* owned: their values before the match */
} MatchData;

/* Fills want[] and same[] from a triple pattern. A variable in one of the
 * parts `readable` that has a value is that value; every other variable is
 * one the pattern binds: it goes into vars[] and its part into *binds.
 * Returns 0 when a constant or value is no term of the store: nothing can
 * match. */
static int
pattern_terms(PactQueryStore *st, rasqal_triple *t, int readable, rasqal_variable *vars[4],
              Cursor *c, rasqal_triple_parts *binds)
{
  rasqal_literal *parts[4] = {t->subject, t->predicate, t->object, t->origin};
  int possible = 1;

  *binds = (rasqal_triple_parts)0;
  for (int col = 0; col < 4; col++) {
    c->want[col] = 0;
    c->same[col] = -1;
    vars[col] = NULL;
    if (!parts[col]) {
      continue; /* no origin: the default graph */
    }
    rasqal_variable *var = rasqal_literal_as_variable(parts[col]);
    if (!var) {
      c->want[col] = lookup_literal(st, parts[col]);
      possible &= c->want[col] != 0;
      continue;
    }
    if ((readable & (int)PART[col]) && var->value) {
      c->want[col] = lookup_literal(st, var->value);
      possible &= c->want[col] != 0;
      continue;
    }
    vars[col] = var;
    *binds = (rasqal_triple_parts)(*binds | PART[col]);
    for (int k = 0; k < col; k++) {
      if (vars[k] == var) {
        c->same[col] = k;
        break;
      }
    }
  }
  return possible;
}

static rasqal_triple_parts
bind_match(struct rasqal_triples_match_s *rtm, void *user_data, rasqal_variable *bindings[4],
           rasqal_triple_parts parts)
{
  MatchData *md = user_data;
  const Cursor *c = &md->cursor;
  PactTerm v[4];

  (void)rtm;
  (void)bindings; /* NULL: see MatchData */
  if (c->pos >= c->end) {
    return (rasqal_triple_parts)0;
  }
  for (int f = 0; f < 4; f++) {
    v[c->ix->cols[f]] = field(&c->ix->rows[c->pos], f);
  }
  for (int col = 0; col < 4; col++) {
    if (!md->var[col] || c->same[col] >= 0 || !v[col]) {
      continue; /* a variable twice is bound once: the walk saw both agree */
    }
    rasqal_literal *l = term_literal(md->store, v[col]);
    if (!l) {
      return (rasqal_triple_parts)0; /* out of memory: no row rather than half a one */
    }
    rasqal_variable_set_value(md->var[col], l); /* takes l */
  }
  return parts;
}

static void
next_match(struct rasqal_triples_match_s *rtm, void *user_data)
{
  MatchData *md = user_data;

  (void)rtm;
  if (md->cursor.pos < md->cursor.end) {
    md->cursor.pos++;
    skip_to_match(&md->cursor);
  }
}

static int
is_end(struct rasqal_triples_match_s *rtm, void *user_data)
{
  MatchData *md = user_data;

  (void)rtm;
  return !md || md->cursor.pos >= md->cursor.end;
}

static void
finish_match(struct rasqal_triples_match_s *rtm, void *user_data)
{
  MatchData *md = user_data;

  (void)rtm;
  if (!md) {
    return;
  }
  for (int col = 3; col >= 0; col--) { /* a variable twice: its first value last */
    if (md->var[col]) {
      rasqal_variable_set_value(md->var[col], md->saved[col]); /* takes it */
    }
  }
  free(md);
}

static int
init_triples_match(rasqal_triples_match *rtm, struct rasqal_triples_source_s *rts,
                   void *user_data, rasqal_triple_meta *m, rasqal_triple *t)
{
  SourceData *sd = user_data;
  MatchData *md = calloc(1, sizeof *md);

  (void)rts;
  rtm->bind_match = bind_match;
  rtm->next_match = next_match;
  rtm->is_end = is_end;
  rtm->finish = finish_match;
  if (!md) {
    return -1;
  }
  rtm->user_data = md;
  md->store = sd->store;
  /* Which variables are read rather than bound: query/scope.h says why
   * not rasqal's m->parts, unless the pattern is not in the query's tree. */
  int before = pact_query_scope_bound_before(sd->scope, t);
  int readable = before >= 0 ? before : ~(int)m->parts;
  rasqal_triple_parts binds;
  int possible = pattern_terms(sd->store, t, readable, md->var, &md->cursor, &binds);
  for (int col = 0; col < 4; col++) {
    m->bindings[col] = NULL;
    rasqal_variable *var = md->var[col];
    if (var && var->value) {
      md->saved[col] = rasqal_new_literal_from_literal(var->value);
      if (!md->saved[col]) {
        for (int k = col; k < 4; k++) {
          md->var[k] = NULL; /* finish_match() gives back only what was saved */
        }
        return -1;
      }
    }
  }
  for (int col = 0; col < 4; col++) {
    if (md->var[col]) {
      rasqal_variable_set_value(md->var[col], NULL); /* unbound until the first match */
    }
  }
  m->parts = binds;
  if (possible) {
    cursor_open(sd->store, &md->cursor, t->origin != NULL);
  } else {
    md->cursor.pos = md->cursor.end = 0;
  }
  return 0;
}

/* A pattern of three constants (the graph may still be a variable). */
static int
triple_present(struct rasqal_triples_source_s *rts, void *user_data, rasqal_triple *t)
{
  SourceData *sd = user_data;
  rasqal_variable *vars[4];
  Cursor c;

  rasqal_triple_parts binds;
  (void)rts;
  if (!pattern_terms(sd->store, t, ~0, vars, &c, &binds)) {
    return 0;
  }
  cursor_open(sd->store, &c, t->origin != NULL);
  return c.pos < c.end;
}

static void
free_triples_source(void *user_data)
{
  SourceData *sd = user_data; /* the store outlives its queries */
  pact_query_scope_free(sd->scope);
  sd->scope = NULL;
}

static int
support_feature(void *user_data, rasqal_triples_source_feature feature)
{
  (void)user_data;
  (void)feature;
  return 0;
}

static int
init_source(void *factory_user_data, void *user_data, rasqal_triples_source *rts)
{
  SourceData *sd = user_data;

  sd->store = factory_user_data;
  rts->version = 2;
  rts->init_triples_match = init_triples_match;
  rts->triple_present = triple_present;
  rts->free_triples_source = free_triples_source;
  rts->support_feature = support_feature;
  return 0;
}

/* rasqal evaluates GRAPH ?g { } over the query's named data graphs, one
 * after the other: the query gets one for each graph name of the store,
 * in the store's order (as librdf does for its contexts). A FROM or FROM
 * NAMED the query gives is dropped, as librdf drops it: the dataset is the
 * files given on the command line, and nothing is fetched. */
static int
name_graphs(PactQueryStore *st, rasqal_query *query)
{
  raptor_sequence *seq = rasqal_query_get_data_graph_sequence(query);
  raptor_world *rw = rasqal_world_get_raptor(st->world);
  const Index *gspo = &st->named[N_NAMED - 1];

  while (seq && raptor_sequence_size(seq) > 0) {
    rasqal_free_data_graph(raptor_sequence_pop(seq));
  }
  for (size_t i = 0; i < gspo->n; i++) {
    PactTerm g = gspo->rows[i].s; /* field 0 of GSPO: the graph */
    if (i > 0 && gspo->rows[i - 1].s == g) {
      continue;
    }
    const PactTermInfo *t = pact_graph_term(st->terms, g);
    if (t->kind != PACT_TERM_IRI) {
      continue; /* a blank graph name: GRAPH <iri> cannot name it */
    }
    raptor_uri *uri = raptor_new_uri_from_counted_string(rw, (const unsigned char *)t->str,
                                                         t->len);
    if (!uri) {
      return 1;
    }
    rasqal_data_graph *dg = rasqal_new_data_graph_from_uri(
      st->world, uri, uri, RASQAL_DATA_GRAPH_NAMED, NULL, NULL, NULL);
    raptor_free_uri(uri);
    if (!dg || rasqal_query_add_data_graph(query, dg) != 0) {
      return 1;
    }
  }
  return 0;
}

static int
new_source(rasqal_query *query, void *factory_user_data, void *user_data,
           rasqal_triples_source *rts, rasqal_triples_error_handler handler)
{
  (void)handler;
  SourceData *sd = user_data;
  if (name_graphs(factory_user_data, query) != 0) {
    return 1;
  }
  /* NULL only when malloc fails: rasqal's own decisions then stand */
  sd->scope = pact_query_scope_new(query);
  return init_source(factory_user_data, user_data, rts);
}

/* Version 2: the one whose callback is given the query. */
static int
register_factory(rasqal_triples_source_factory *factory)
{
  factory->version = 2;
  factory->user_data_size = sizeof(SourceData);
  factory->init_triples_source = new_source;
  return 0;
}

PactStatus
pact_query_store_attach(PactQueryStore *st, rasqal_world *world)
{
  if (!st->sealed || !world) {
    return PACT_ERR_INTERNAL;
  }
  st->world = world;
  return rasqal_set_triples_source_factory(world, register_factory, st) == 0
           ? PACT_OK
           : PACT_ERR_INTERNAL;
}
