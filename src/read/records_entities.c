/* One record: its article, and each entity with its plain members (the
 * first pass; records_read_refs() is the second). */
#define _POSIX_C_SOURCE 200809L
#include "read/records_reader.h"

#include "util/text.h"

#include <stdlib.h>
#include <string.h>

static PactStatus
read_mentions(Reader *r, const cJSON *obj, PactEntity *e)
{
  static const char *const allowed[] = {"text", "start", "end", NULL};
  const cJSON *arr;
  size_t n;
  size_t i = 0;
  size_t saved;
  PactStatus st = PACT_OK;

  PACT_TRY(records_opt_array(r, obj, "mentions", &arr));
  if (!arr) {
    return PACT_OK;
  }
  n = (size_t)cJSON_GetArraySize(arr);
  e->mentions = pact_arena_alloc(&r->rec->arena, (n ? n : 1) * sizeof *e->mentions);
  if (!e->mentions) {
    return PACT_ERR_NOMEM;
  }
  saved = records_push_member(r, "mentions");
  for (const cJSON *m = arr->child; m; m = m->next, i++) {
    size_t s2 = records_push_index(r, i);
    PactMention *out = &e->mentions[e->n_mentions];
    int32_t start = 0;
    int32_t end = 0;
    PactStatus one = records_expect_object(r, m);

    if (one == PACT_OK) {
      one = records_check_members(r, m, allowed);
    }
    if (one == PACT_OK) {
      one = records_req_string(r, m, "text", &out->text);
    }
    if (one == PACT_OK && !cJSON_GetObjectItemCaseSensitive(m, "start")) {
      one = records_fail(r, "missing member \"start\" (an integer)");
    }
    if (one == PACT_OK && !cJSON_GetObjectItemCaseSensitive(m, "end")) {
      one = records_fail(r, "missing member \"end\" (an integer)");
    }
    if (one == PACT_OK) {
      one = records_opt_integer(r, m, "start", 0, 2147483647.0, &start);
    }
    if (one == PACT_OK) {
      one = records_opt_integer(r, m, "end", 0, 2147483647.0, &end);
    }
    if (one == PACT_OK) {
      size_t chars = pact_text_codepoints(out->text, strlen(out->text));
      if (end < start) {
        one = records_fail(r, "\"end\" (%d) is before \"start\" (%d)", (int)end, (int)start);
      } else if ((size_t)(end - start) != chars) {
        one = records_fail(r, "\"text\" has %zu characters but start..end spans %d", chars,
                           (int)(end - start));
      }
    }
    if (one == PACT_OK) {
      out->start = (uint32_t)start;
      out->end = (uint32_t)end;
      e->n_mentions++;
    } else {
      st = one;
    }
    records_pop(r, s2);
  }
  records_pop(r, saved);
  return st;
}

static PactStatus
read_titles(Reader *r, const cJSON *obj, PactEntity *e, const char *default_lang)
{
  static const char *const allowed[] = {"text", "lang", NULL};
  const cJSON *arr;
  size_t n;
  size_t i = 0;
  size_t saved;
  PactStatus st = PACT_OK;

  PACT_TRY(records_opt_array(r, obj, "titles", &arr));
  if (!arr) {
    return PACT_OK;
  }
  n = (size_t)cJSON_GetArraySize(arr);
  e->titles = pact_arena_alloc(&r->rec->arena, (n ? n : 1) * sizeof *e->titles);
  if (!e->titles) {
    return PACT_ERR_NOMEM;
  }
  saved = records_push_member(r, "titles");
  for (const cJSON *t = arr->child; t; t = t->next, i++) {
    size_t s2 = records_push_index(r, i);
    PactTitle *out = &e->titles[e->n_titles];
    PactStatus one;

    out->lang = NULL;
    if (cJSON_IsString(t)) {
      one = records_take_string(r, t, 0, &out->text);
    } else {
      one = records_expect_object(r, t);
      if (one == PACT_OK) {
        one = records_check_members(r, t, allowed);
      }
      if (one == PACT_OK) {
        one = records_req_string(r, t, "text", &out->text);
      }
      if (one == PACT_OK) {
        one = records_opt_lang(r, t, "lang", &out->lang);
      }
    }
    if (one == PACT_OK) {
      if (!out->lang) {
        out->lang = default_lang ? default_lang : "";
      }
      e->n_titles++;
    } else {
      st = one;
    }
    records_pop(r, s2);
  }
  records_pop(r, saved);
  return st;
}

/* ---- entities ------------------------------------------------------------ */

/* The members an entity may have, by its class's shape (model/classes.h). */
static const char *const country_members[] = {
  "id", "key", "code", "name", "variants", "mentions", NULL};
static const char *const person_members[] = {
  "id", "key", "name", "variants", "titles", "country", "mentions", NULL};
static const char *const named_members[] = {
  "id", "key", "name", "variants", "kind", "country", "mentions", NULL};
static const char *const agreement_members[] = {
  "id", "key", "name", "kind", "status", "signed", "place", "parties",
  "signatories", "areas", "mentions", NULL};
static const char *const exercise_members[] = {
  "id", "key", "name", "edition", "start", "end", "participants", "place",
  "areas", "mentions", NULL};
static const char *const visit_members[] = {
  "id", "key", "visitor", "host", "start", "end", "days", "places", "mentions", NULL};
static const char *const gathering_members[] = {
  "id", "key", "participants", "date", "place", "mentions", NULL};
static const char *const no_members[] = {NULL};

static const char *const *const members_of_shape[] = {
  [PACT_SHAPE_COUNTRY] = country_members,     [PACT_SHAPE_PERSON] = person_members,
  [PACT_SHAPE_NAMED] = named_members,         [PACT_SHAPE_AGREEMENT] = agreement_members,
  [PACT_SHAPE_EXERCISE] = exercise_members,   [PACT_SHAPE_VISIT] = visit_members,
  [PACT_SHAPE_GATHERING] = gathering_members, [PACT_SHAPE_DOCUMENT] = no_members,
};

static const char *const institution_kinds[] = {
  "ministry", "armed_forces", "service_branch", "command", "college", "embassy",
  "company", "commission", "government", "other", NULL};
static const char *const place_kinds[] = {
  "city", "port", "base", "monument", "region", "other", NULL};
static const char *const agreement_kinds[] = {
  "mou", "treaty", "agreement", "protocol", "letter_of_intent", NULL};
static const char *const agreement_statuses[] = {
  "expected", "negotiating", "signed", "in_force", NULL};

static PactStatus
opt_enum(Reader *r, const cJSON *obj, const char *name, const char *const *values,
         int required, const char **out)
{
  size_t saved;
  PactBuf list;
  PactStatus st;

  PACT_TRY(required ? records_req_string(r, obj, name, out) : records_opt_string(r, obj, name, out));
  if (!*out) {
    return PACT_OK;
  }
  for (size_t i = 0; values[i]; i++) {
    if (strcmp(*out, values[i]) == 0) {
      return PACT_OK;
    }
  }
  pact_buf_init(&list, 0);
  for (size_t i = 0; values[i]; i++) {
    pact_buf_printf(&list, "%s%s", i ? ", " : "", values[i]);
  }
  saved = records_push_member(r, name);
  st = records_fail(r, "expected one of %s, found \"%s\"", pact_buf_str(&list), *out);
  records_pop(r, saved);
  pact_buf_free(&list);
  return st;
}

/* First pass over one entity: everything but references. */
static PactStatus
read_entity(Reader *r, const cJSON *obj, PactEntity *e)
{
  PactStatus st = PACT_OK;
  PactStatus one;
  const char *lang = r->rec->article.language;

  PACT_TRY(records_expect_object(r, obj));
  KEEP(records_check_members(r, obj, members_of_shape[pact_class(e->cls)->shape]));
  KEEP(records_opt_string(r, obj, "id", &e->id));
  KEEP(records_opt_string(r, obj, "key", &e->key));
  KEEP(read_mentions(r, obj, e));
  switch (pact_class(e->cls)->shape) {
  case PACT_SHAPE_COUNTRY:
    KEEP(records_req_string(r, obj, "code", &e->code));
    if (e->code && !records_is_country_code(e->code)) {
      size_t saved = records_push_member(r, "code");
      st = records_fail(r, "expected an ISO 3166-1 alpha-2 code in capitals such as \"FR\", found \"%s\"",
                        e->code);
      records_pop(r, saved);
    }
    if (!e->id) {
      e->id = e->code;
    }
    KEEP(records_opt_string(r, obj, "name", &e->name));
    KEEP(records_opt_strings(r, obj, "variants", &e->variants));
    break;
  case PACT_SHAPE_PERSON:
    KEEP(records_req_string(r, obj, "name", &e->name));
    KEEP(records_opt_strings(r, obj, "variants", &e->variants));
    KEEP(read_titles(r, obj, e, lang));
    break;
  case PACT_SHAPE_NAMED:
    KEEP(records_req_string(r, obj, "name", &e->name));
    KEEP(records_opt_strings(r, obj, "variants", &e->variants));
    KEEP(opt_enum(r, obj, "kind", e->cls == PACT_INSTITUTION ? institution_kinds : place_kinds, 0,
                  &e->kind));
    break;
  case PACT_SHAPE_AGREEMENT:
    KEEP(records_opt_string(r, obj, "name", &e->name));
    KEEP(opt_enum(r, obj, "kind", agreement_kinds, 1, &e->kind));
    KEEP(opt_enum(r, obj, "status", agreement_statuses, 0, &e->status));
    KEEP(records_opt_date(r, obj, "signed", &e->date));
    KEEP(records_opt_strings(r, obj, "areas", &e->areas));
    break;
  case PACT_SHAPE_EXERCISE:
    KEEP(records_opt_string(r, obj, "name", &e->name));
    KEEP(records_opt_integer(r, obj, "edition", 1, 100000, &e->edition));
    KEEP(records_opt_date(r, obj, "start", &e->start));
    KEEP(records_opt_date(r, obj, "end", &e->end));
    KEEP(records_opt_strings(r, obj, "areas", &e->areas));
    break;
  case PACT_SHAPE_VISIT:
    KEEP(records_opt_date(r, obj, "start", &e->start));
    KEEP(records_opt_date(r, obj, "end", &e->end));
    KEEP(records_opt_integer(r, obj, "days", 1, 100000, &e->days));
    break;
  case PACT_SHAPE_GATHERING:
    KEEP(records_opt_date(r, obj, "date", &e->date));
    break;
  case PACT_SHAPE_DOCUMENT:
    break;
  }
  return st;
}

static PactStatus
read_article(Reader *r, const cJSON *root)
{
  static const char *const allowed[] = {
    "file", "key", "issued", "language", "title", "source", NULL};
  const cJSON *a = cJSON_GetObjectItemCaseSensitive(root, "article");
  PactArticle *art = &r->rec->article;
  PactStatus st = PACT_OK;
  PactStatus one;
  size_t saved;

  if (!a) {
    return records_fail(r, "missing member \"article\" (an object with at least \"file\")");
  }
  saved = records_push_member(r, "article");
  one = records_expect_object(r, a);
  if (one != PACT_OK) {
    records_pop(r, saved);
    return one;
  }
  if ((one = records_check_members(r, a, allowed)) != PACT_OK) {
    st = one;
  }
  if ((one = records_req_string(r, a, "file", &art->file)) != PACT_OK) {
    st = one;
  }
  if ((one = records_opt_string(r, a, "key", &art->key)) != PACT_OK) {
    st = one;
  }
  if ((one = records_opt_date(r, a, "issued", &art->issued)) != PACT_OK) {
    st = one;
  }
  if ((one = records_opt_lang(r, a, "language", &art->language)) != PACT_OK) {
    st = one;
  }
  if ((one = records_opt_string(r, a, "title", &art->title)) != PACT_OK) {
    st = one;
  }
  if ((one = records_opt_string(r, a, "source", &art->source)) != PACT_OK) {
    st = one;
  }
  if (art->source && !pact_text_valid_iri(art->source)) {
    size_t s2 = records_push_member(r, "source");
    st = records_fail(r, "expected an absolute IRI such as \"https://example.org/news/1\", found \"%s\"",
                      art->source);
    records_pop(r, s2);
  }
  records_pop(r, saved);
  return st;
}

PactStatus
records_read_record(Reader *r, const cJSON *root)
{
  const char *allowed[PACT_N_CLASSES + 3] = {"pactum", "article"};
  const cJSON *arrays[PACT_N_CLASSES];
  size_t *first;
  IdIndex index = {NULL, 0};
  PactStatus st = PACT_OK;
  const cJSON *version;

  for (int c = 0; c < PACT_N_CLASSES; c++) {
    allowed[2 + c] = pact_class((PactClass)c)->plural;
  }
  PACT_TRY(records_expect_object(r, root));
  if (records_check_members(r, root, allowed) != PACT_OK) {
    st = PACT_ERR_INPUT;
  }
  version = cJSON_GetObjectItemCaseSensitive(root, "pactum");
  if (version && !(cJSON_IsNumber(version) && version->valuedouble == 1)) {
    size_t saved = records_push_member(r, "pactum");
    st = records_fail(r, "expected format version 1, found %s", records_json_type_name(version));
    records_pop(r, saved);
  }
  if (read_article(r, root) != PACT_OK) {
    st = PACT_ERR_INPUT;
  }
  first = calloc(PACT_N_CLASSES + 1, sizeof *first);
  if (!first) {
    return PACT_ERR_NOMEM;
  }
  /* Pass 1: every entity and its plain members. */
  for (size_t l = 0; l < PACT_N_CLASSES; l++) {
    size_t saved;
    size_t i = 0;
    first[l] = r->rec->n_entities;
    if (records_opt_array(r, root, pact_class((PactClass)l)->plural, &arrays[l]) != PACT_OK) {
      st = PACT_ERR_INPUT;
    }
    if (!arrays[l]) {
      continue;
    }
    saved = records_push_member(r, pact_class((PactClass)l)->plural);
    for (const cJSON *v = arrays[l]->child; v; v = v->next, i++) {
      size_t s2 = records_push_index(r, i);
      PactEntity *e = pact_record_add(r->rec, (PactClass)l);
      if (!e) {
        free(first);
        return PACT_ERR_NOMEM;
      }
      e->line = r->line;
      if (read_entity(r, v, e) != PACT_OK) {
        st = PACT_ERR_INPUT;
      }
      records_pop(r, s2);
    }
    records_pop(r, saved);
  }
  first[PACT_N_CLASSES] = r->rec->n_entities;
  if (st != PACT_OK) {
    free(first);
    return st;
  }
  /* Index the ids; a duplicate id is an error. */
  index.v = malloc((r->rec->n_entities + 1) * sizeof *index.v);
  if (!index.v) {
    free(first);
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < r->rec->n_entities; i++) {
    if (r->rec->entities[i].id) {
      index.v[index.n++] = (IdEntry){r->rec->entities[i].id, (int32_t)i};
    }
  }
  qsort(index.v, index.n, sizeof *index.v, records_cmp_id);
  for (size_t i = 1; i < index.n; i++) {
    if (strcmp(index.v[i - 1].id, index.v[i].id) == 0) {
      st = records_fail(r, "the id \"%s\" is used twice", index.v[i].id);
    }
  }
  /* Pass 2: references. */
  for (size_t l = 0; l < PACT_N_CLASSES && st == PACT_OK; l++) {
    size_t saved;
    size_t i = 0;
    if (!arrays[l]) {
      continue;
    }
    saved = records_push_member(r, pact_class((PactClass)l)->plural);
    for (const cJSON *v = arrays[l]->child; v; v = v->next, i++) {
      size_t s2 = records_push_index(r, i);
      if (records_read_refs(r, &index, v, &r->rec->entities[first[l] + i]) != PACT_OK) {
        st = PACT_ERR_INPUT;
      }
      records_pop(r, s2);
    }
    records_pop(r, saved);
  }
  free(index.v);
  free(first);
  return st;
}
