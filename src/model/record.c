#include "model/record.h"

#include <stdlib.h>
#include <string.h>

void
pact_record_init(PactRecord *r)
{
  memset(r, 0, sizeof *r);
  pact_arena_init(&r->arena);
}

void
pact_record_free(PactRecord *r)
{
  if (!r) {
    return;
  }
  free(r->entities);
  pact_arena_free(&r->arena);
  memset(r, 0, sizeof *r);
}

PactEntity *
pact_record_add(PactRecord *r, PactClass cls)
{
  PactEntity *e;

  if (r->n_entities == r->cap_entities) {
    size_t cap = r->cap_entities ? r->cap_entities * 2 : 16;
    PactEntity *v = realloc(r->entities, cap * sizeof *v);
    if (!v) {
      return NULL;
    }
    r->entities = v;
    r->cap_entities = cap;
  }
  e = &r->entities[r->n_entities++];
  memset(e, 0, sizeof *e);
  e->cls = cls;
  e->country = -1;
  e->place = -1;
  e->visitor = -1;
  e->host = -1;
  return e;
}

const char *
pact_class_name(PactClass cls)
{
  return pact_class(cls) ? pact_class(cls)->name : "thing";
}

static const char *const term_locals[][2] = {
  {"mou", "MoU"}, {"treaty", "Treaty"}, {"agreement", "GeneralAgreement"},
  {"protocol", "Protocol"}, {"letter_of_intent", "LetterOfIntent"},
  {"expected", "Expected"}, {"negotiating", "Negotiating"},
  {"signed", "Signed"}, {"in_force", "InForce"}};

const char *
pact_record_term_local(const char *name)
{
  for (size_t k = 0; name && k < sizeof term_locals / sizeof term_locals[0]; k++) {
    if (strcmp(name, term_locals[k][0]) == 0) {
      return term_locals[k][1];
    }
  }
  return NULL;
}

const char *
pact_record_term_name(const char *local)
{
  for (size_t k = 0; local && k < sizeof term_locals / sizeof term_locals[0]; k++) {
    if (strcmp(local, term_locals[k][1]) == 0) {
      return term_locals[k][0];
    }
  }
  return NULL;
}
