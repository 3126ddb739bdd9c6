/* Terms, interned: one id per distinct IRI, blank node or literal, found
 * again through an open-addressing table of their hashes. */
#include "model/graph_impl.h"

#include "util/hash.h"

#include <stdlib.h>
#include <string.h>

static uint32_t
term_hash(PactTermKind kind, const char *s, size_t len, PactTerm dt,
          const char *lang)
{
  uint64_t h = pact_hash_fast(s, len);

  h ^= (uint64_t)kind << 56;
  h ^= (uint64_t)dt * UINT64_C(0x9e3779b97f4a7c15);
  if (lang) {
    h ^= pact_hash_fast(lang, strlen(lang)) * 31;
  }
  return (uint32_t)(pact_hash_mix(h) >> 32);
}

static int
term_equals(const PactTermInfo *t, PactTermKind kind, const char *s, size_t len,
            PactTerm dt, const char *lang)
{
  if (t->kind != kind || t->len != len || t->datatype != dt) {
    return 0;
  }
  if ((t->lang == NULL) != (lang == NULL)) {
    return 0;
  }
  if (lang && strcmp(t->lang, lang) != 0) {
    return 0;
  }
  return memcmp(t->str, s, len) == 0;
}

int
graph_rehash(PactGraph *g, size_t new_mask)
{
  uint64_t *slots = calloc(new_mask + 1, sizeof *slots);

  if (!slots) {
    return 0;
  }
  for (size_t id = 1; id < g->n_terms; id++) {
    size_t i = g->term_hash[id] & new_mask;
    while (slots[i]) {
      i = (i + 1) & new_mask;
    }
    slots[i] = (uint64_t)g->term_hash[id] << 32 | id;
  }
  free(g->slots);
  g->slots = slots;
  g->mask = new_mask;
  return 1;
}

static PactTerm
intern(PactGraph *g, PactTermKind kind, const char *s, size_t len, PactTerm dt,
       const char *lang)
{
  uint32_t h;
  size_t i;
  PactTermInfo *t;

  if (g->sealed || len > UINT32_MAX - 1) {
    return 0;
  }
  h = term_hash(kind, s, len, dt, lang);
  for (i = h & g->mask; g->slots[i]; i = (i + 1) & g->mask) {
    PactTerm id = (PactTerm)g->slots[i];
    if ((uint32_t)(g->slots[i] >> 32) == h &&
        term_equals(&g->terms[id], kind, s, len, dt, lang)) {
      return id;
    }
  }
  if (g->n_terms == g->cap_terms) {
    size_t cap = g->cap_terms * 2;
    PactTermInfo *terms = realloc(g->terms, cap * sizeof *terms);
    uint32_t *hashes;
    if (!terms) {
      return 0;
    }
    g->terms = terms;
    hashes = realloc(g->term_hash, cap * sizeof *hashes);
    if (!hashes) {
      return 0;
    }
    g->term_hash = hashes;
    g->cap_terms = cap;
  }
  t = &g->terms[g->n_terms];
  t->str = pact_arena_strndup(&g->arena, s, len);
  t->lang = lang ? pact_arena_strdup(&g->arena, lang) : NULL;
  if (!t->str || (lang && !t->lang)) {
    return 0;
  }
  t->len = (uint32_t)len;
  t->kind = (uint8_t)kind;
  t->datatype = dt;
  g->term_hash[g->n_terms] = h;
  g->slots[i] = (uint64_t)h << 32 | g->n_terms;
  g->n_terms++;
  /* Keep the table at most half full so probes stay short. */
  if (g->n_terms * 2 > g->mask + 1 && !graph_rehash(g, g->mask * 2 + 1)) {
    return 0;
  }
  return (PactTerm)(g->n_terms - 1);
}

PactTerm
pact_graph_iri(PactGraph *g, const char *s, size_t len)
{
  return intern(g, PACT_TERM_IRI, s, len, 0, NULL);
}

PactTerm
pact_graph_blank(PactGraph *g, const char *label, size_t len)
{
  return intern(g, PACT_TERM_BLANK, label, len, 0, NULL);
}

PactTerm
pact_graph_lookup(const PactGraph *g, PactTermKind kind, const char *s, size_t len,
                  PactTerm datatype, const char *lang)
{
  if (lang && !*lang) {
    lang = NULL;
  }
  if (lang) {
    datatype = 0;
  }
  uint32_t h = term_hash(kind, s, len, datatype, lang);
  for (size_t i = h & g->mask; g->slots[i]; i = (i + 1) & g->mask) {
    PactTerm id = (PactTerm)g->slots[i];
    if ((uint32_t)(g->slots[i] >> 32) == h &&
        term_equals(&g->terms[id], kind, s, len, datatype, lang)) {
      return id;
    }
  }
  return 0;
}

PactTerm
pact_graph_literal(PactGraph *g, const char *s, size_t len, PactTerm datatype,
                   const char *lang)
{
  if (lang && !*lang) {
    lang = NULL;
  }
  return intern(g, PACT_TERM_LITERAL, s, len, lang ? 0 : datatype, lang);
}

int
pact_term_compare(const void *a, const void *b)
{
  PactTerm x = *(const PactTerm *)a;
  PactTerm y = *(const PactTerm *)b;
  return (x > y) - (x < y);
}

const PactTermInfo *
pact_graph_term(const PactGraph *g, PactTerm t)
{
  return t && t < g->n_terms ? &g->terms[t] : NULL;
}

size_t
pact_graph_term_count(const PactGraph *g)
{
  return g->n_terms - 1;
}
