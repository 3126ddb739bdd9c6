/* References: members that name other entities, read once every entity
 * has its id. */
#define _POSIX_C_SOURCE 200809L
#include "read/records_reader.h"

#include <stdlib.h>
#include <string.h>

int
records_cmp_id(const void *a, const void *b)
{
  return strcmp(((const IdEntry *)a)->id, ((const IdEntry *)b)->id);
}

int
records_is_country_code(const char *s)
{
  return s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && !s[2];
}

/* The entity a reference names, adding a country for an ISO code that the
 * record does not list; -1 with a message when there is none. */
static int32_t
resolve_ref(Reader *r, IdIndex *index, const char *ref, unsigned allowed_classes)
{
  IdEntry key = {ref, 0};
  IdEntry *hit = index->n ? bsearch(&key, index->v, index->n, sizeof key, records_cmp_id) : NULL;
  int32_t found = hit ? hit->index : -1;

  if (found < 0 && records_is_country_code(ref)) {
    for (size_t i = 0; i < r->rec->n_entities; i++) {
      const PactEntity *e = &r->rec->entities[i];
      if (e->cls == PACT_COUNTRY && strcmp(e->code, ref) == 0) {
        found = (int32_t)i;
        break;
      }
    }
    if (found < 0) {
      PactEntity *c = pact_record_add(r->rec, PACT_COUNTRY);
      if (!c) {
        return -1;
      }
      c->code = pact_arena_strdup(&r->rec->arena, ref);
      c->id = c->code;
      c->line = r->line;
      found = (int32_t)(r->rec->n_entities - 1);
    }
  }
  if (found < 0) {
    records_fail(r, "\"%s\" names no entity of this record (expected the id of a %s%s)", ref,
                 (allowed_classes & (1u << PACT_COUNTRY)) ? "country, or an ISO code such as \"FR\", or a " : "",
                 "listed entity");
    return -1;
  }
  if (!(allowed_classes & (1u << r->rec->entities[found].cls))) {
    PactBuf list;
    pact_buf_init(&list, 0);
    for (int c = 0; c < PACT_N_CLASSES; c++) {
      if (allowed_classes & (1u << c)) {
        pact_buf_printf(&list, "%s%s", list.len ? " or " : "", pact_class_name((PactClass)c));
      }
    }
    records_fail(r, "\"%s\" is a %s, expected a %s", ref,
                 pact_class_name(r->rec->entities[found].cls), pact_buf_str(&list));
    pact_buf_free(&list);
    return -1;
  }
  return found;
}

static PactStatus
opt_ref(Reader *r, IdIndex *index, const cJSON *obj, const char *name,
        unsigned allowed, int required, int32_t *out)
{
  const char *ref;
  size_t saved;

  *out = -1;
  if (required && (!cJSON_GetObjectItemCaseSensitive(obj, name) ||
                   cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(obj, name)))) {
    return records_fail(r, "missing member \"%s\" (a reference)", name);
  }
  PACT_TRY(records_opt_string(r, obj, name, &ref));
  if (!ref) {
    return PACT_OK;
  }
  saved = records_push_member(r, name);
  *out = resolve_ref(r, index, ref, allowed);
  records_pop(r, saved);
  return *out < 0 ? PACT_ERR_INPUT : PACT_OK;
}

static PactStatus
opt_refs(Reader *r, IdIndex *index, const cJSON *obj, const char *name,
         unsigned allowed, PactRefs *out)
{
  PactStrings refs;
  size_t saved;
  PactStatus st = PACT_OK;

  out->v = NULL;
  out->n = 0;
  PACT_TRY(records_opt_strings(r, obj, name, &refs));
  if (!refs.n) {
    return PACT_OK;
  }
  out->v = pact_arena_alloc(&r->rec->arena, refs.n * sizeof *out->v);
  if (!out->v) {
    return PACT_ERR_NOMEM;
  }
  saved = records_push_member(r, name);
  for (size_t i = 0; i < refs.n; i++) {
    size_t s2 = records_push_index(r, i);
    int32_t found = resolve_ref(r, index, refs.v[i], allowed);
    records_pop(r, s2);
    if (found < 0) {
      st = PACT_ERR_INPUT;
      continue;
    }
    out->v[out->n++] = found;
  }
  records_pop(r, saved);
  return st;
}

enum {
  C_COUNTRY = 1u << PACT_COUNTRY,
  C_PERSON = 1u << PACT_PERSON,
  C_INSTITUTION = 1u << PACT_INSTITUTION,
  C_PLACE = 1u << PACT_PLACE
};

/* Second pass: the references of one entity. */
PactStatus
records_read_refs(Reader *r, IdIndex *index, const cJSON *obj, PactEntity *e)
{
  PactStatus st = PACT_OK;
  PactStatus one;
  int32_t ref;
  PactRefs refs;

  /* `e` may move when a reference adds a country: work on copies. */
  switch (pact_class(e->cls)->shape) {
  case PACT_SHAPE_PERSON:
  case PACT_SHAPE_NAMED: {
    size_t at = (size_t)(e - r->rec->entities);
    KEEP(opt_ref(r, index, obj, "country", C_COUNTRY, 0, &ref));
    r->rec->entities[at].country = ref;
    break;
  }
  case PACT_SHAPE_AGREEMENT: {
    size_t at = (size_t)(e - r->rec->entities);
    KEEP(opt_ref(r, index, obj, "place", C_PLACE, 0, &ref));
    r->rec->entities[at].place = ref;
    KEEP(opt_refs(r, index, obj, "parties", C_COUNTRY | C_INSTITUTION, &refs));
    r->rec->entities[at].parties = refs;
    KEEP(opt_refs(r, index, obj, "signatories", C_PERSON, &refs));
    r->rec->entities[at].signatories = refs;
    break;
  }
  case PACT_SHAPE_EXERCISE: {
    size_t at = (size_t)(e - r->rec->entities);
    KEEP(opt_ref(r, index, obj, "place", C_PLACE, 0, &ref));
    r->rec->entities[at].place = ref;
    KEEP(opt_refs(r, index, obj, "participants", C_COUNTRY | C_INSTITUTION | C_PERSON, &refs));
    r->rec->entities[at].participants = refs;
    break;
  }
  case PACT_SHAPE_VISIT: {
    size_t at = (size_t)(e - r->rec->entities);
    KEEP(opt_ref(r, index, obj, "visitor", C_PERSON, 1, &ref));
    r->rec->entities[at].visitor = ref;
    KEEP(opt_ref(r, index, obj, "host", C_COUNTRY, 1, &ref));
    r->rec->entities[at].host = ref;
    KEEP(opt_refs(r, index, obj, "places", C_PLACE, &refs));
    r->rec->entities[at].places = refs;
    break;
  }
  case PACT_SHAPE_GATHERING: {
    size_t at = (size_t)(e - r->rec->entities);
    KEEP(opt_ref(r, index, obj, "place", C_PLACE, 0, &ref));
    r->rec->entities[at].place = ref;
    KEEP(opt_refs(r, index, obj, "participants", C_COUNTRY | C_INSTITUTION | C_PERSON, &refs));
    r->rec->entities[at].participants = refs;
    if (st == PACT_OK && refs.n == 0) {
      st = records_fail(r, "a %s needs at least one participant",
                        pact_class(r->rec->entities[at].cls)->name);
    }
    break;
  }
  default:
    break;
  }
  return st;
}
