#define _POSIX_C_SOURCE 200809L
#include "read/records.h"

#include "util/buf.h"
#include "util/file.h"
#include "util/text.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The state of reading one record: where we are, for messages. */
typedef struct {
  PactDiag *d;
  const char *file;
  unsigned long line;
  PactBuf path;      /* JSON path of the member being read */
  PactRecord *rec;
  unsigned errors;
} Reader;

enum { MAX_ERRORS_PER_FILE = 50 };

static PactStatus
fail(Reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static PactStatus
fail(Reader *r, const char *fmt, ...)
{
  char what[1024];
  va_list ap;

  va_start(ap, fmt);
  vsnprintf(what, sizeof what, fmt, ap);
  va_end(ap);
  r->errors++;
  if (r->errors <= MAX_ERRORS_PER_FILE) {
    pact_diag(r->d, PACT_ERR_INPUT, r->file, r->line, "%s: %s",
              pact_buf_str(&r->path), what);
  }
  return PACT_ERR_INPUT;
}

static const char *
json_type_name(const cJSON *v)
{
  if (!v || cJSON_IsInvalid(v)) {
    return "nothing";
  }
  if (cJSON_IsNull(v)) {
    return "null";
  }
  if (cJSON_IsBool(v)) {
    return "a boolean";
  }
  if (cJSON_IsNumber(v)) {
    return "a number";
  }
  if (cJSON_IsString(v)) {
    return "a string";
  }
  if (cJSON_IsArray(v)) {
    return "an array";
  }
  return "an object";
}

/* Path handling: push ".name" or "[i]", pop back to a saved length. */
static void
pop(Reader *r, size_t saved)
{
  r->path.len = saved;
  if (r->path.data) {
    r->path.data[saved] = '\0';
  }
}

static size_t
push_member(Reader *r, const char *name)
{
  size_t saved = r->path.len;

  /* Called for every member read: no printf here. */
  if (pact_buf_addc(&r->path, '.') != PACT_OK || pact_buf_adds(&r->path, name) != PACT_OK) {
    pop(r, saved);
  }
  return saved;
}

static size_t
push_index(Reader *r, size_t i)
{
  size_t saved = r->path.len;
  char digits[24];
  size_t n = sizeof digits;

  digits[--n] = ']';
  do {
    digits[--n] = (char)('0' + i % 10);
    i /= 10;
  } while (i);
  digits[--n] = '[';
  if (pact_buf_add(&r->path, digits + n, sizeof digits - n) != PACT_OK) {
    pop(r, saved);
  }
  return saved;
}

/* Copies a JSON string into the record's arena after checking it. */
static PactStatus
take_string(Reader *r, const cJSON *v, int allow_empty, const char **out)
{
  size_t len;
  size_t bad;

  if (!cJSON_IsString(v) || !v->valuestring) {
    return fail(r, "expected a string, found %s", json_type_name(v));
  }
  len = strlen(v->valuestring);
  if (!pact_text_valid_utf8(v->valuestring, len, &bad)) {
    return fail(r, "invalid UTF-8 at byte %zu of the string", bad);
  }
  /* Control characters cannot be written in RDF/XML (XML 1.0 forbids
   * them) and are never part of a name: reject them here, clearly. */
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)v->valuestring[i];
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      return fail(r, "control character U+%04X at byte %zu of the string (expected text)", c, i);
    }
  }
  if (!allow_empty) {
    size_t i = 0;
    while (i < len && (v->valuestring[i] == ' ' || v->valuestring[i] == '\t' ||
                       v->valuestring[i] == '\n' || v->valuestring[i] == '\r')) {
      i++;
    }
    if (i == len) {
      return fail(r, "expected a non-empty string");
    }
  }
  *out = pact_arena_strndup(&r->rec->arena, v->valuestring, len);
  return *out ? PACT_OK : PACT_ERR_NOMEM;
}

/* A member that may be absent or null: *out stays NULL then. */
static PactStatus
opt_string(Reader *r, const cJSON *obj, const char *name, const char **out)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);
  size_t saved;
  PactStatus st;

  *out = NULL;
  if (!v || cJSON_IsNull(v)) {
    return PACT_OK;
  }
  saved = push_member(r, name);
  st = take_string(r, v, 0, out);
  pop(r, saved);
  return st;
}

static PactStatus
req_string(Reader *r, const cJSON *obj, const char *name, const char **out)
{
  if (!cJSON_GetObjectItemCaseSensitive(obj, name) ||
      cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(obj, name))) {
    return fail(r, "missing member \"%s\" (a string)", name);
  }
  return opt_string(r, obj, name, out);
}

static PactStatus
take_integer(Reader *r, const cJSON *v, double min, double max, int32_t *out)
{
  double x;

  if (!cJSON_IsNumber(v)) {
    return fail(r, "expected an integer, found %s", json_type_name(v));
  }
  x = v->valuedouble;
  if (x != floor(x) || x < min || x > max) {
    return fail(r, "expected an integer from %.0f to %.0f, found %g", min, max, x);
  }
  *out = (int32_t)x;
  return PACT_OK;
}

static PactStatus
opt_integer(Reader *r, const cJSON *obj, const char *name, double min,
            double max, int32_t *out)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);
  size_t saved;
  PactStatus st;

  *out = 0;
  if (!v || cJSON_IsNull(v)) {
    return PACT_OK;
  }
  saved = push_member(r, name);
  st = take_integer(r, v, min, max, out);
  pop(r, saved);
  return st;
}

int
pact_records_valid_date(const char *s)
{
  size_t n = strlen(s);
  int month;
  int day;
  static const int days_in[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  for (size_t i = 0; i < n; i++) {
    if (!(s[i] >= '0' && s[i] <= '9') && s[i] != '-') {
      return 0;
    }
  }
  if (n == 4) {
    return s[0] != '-' && strchr(s, '-') == NULL;
  }
  if (n == 7 && s[4] == '-' && strchr(s, '-') == s + 4) {
    month = atoi(s + 5);
    return month >= 1 && month <= 12;
  }
  if (n == 7 && s[0] == '-' && s[1] == '-' && s[4] == '-') {
    month = atoi(s + 2);
    day = atoi(s + 5);
    return month >= 1 && month <= 12 && day >= 1 && day <= days_in[month];
  }
  if (n == 10 && s[4] == '-' && s[7] == '-' && s[0] != '-') {
    int year = atoi(s);
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    month = atoi(s + 5);
    day = atoi(s + 8);
    if (month < 1 || month > 12 || day < 1 || day > days_in[month]) {
      return 0;
    }
    return !(month == 2 && day == 29 && !leap);
  }
  return 0;
}

static PactStatus
opt_date(Reader *r, const cJSON *obj, const char *name, const char **out)
{
  size_t saved;

  PACT_TRY(opt_string(r, obj, name, out));
  if (*out && !pact_records_valid_date(*out)) {
    saved = push_member(r, name);
    fail(r, "expected a date as YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD, found \"%s\"", *out);
    pop(r, saved);
    return PACT_ERR_INPUT;
  }
  return PACT_OK;
}

/* BCP 47 shape: letters, then subtags of letters and digits. */
static int
valid_lang(const char *s)
{
  size_t run = 0;

  if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) {
    return 0;
  }
  for (; *s; s++) {
    char c = *s;
    if (c == '-') {
      if (run == 0) {
        return 0;
      }
      run = 0;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               (c >= '0' && c <= '9')) {
      if (++run > 8) {
        return 0;
      }
    } else {
      return 0;
    }
  }
  return run > 0;
}

static PactStatus
opt_lang(Reader *r, const cJSON *obj, const char *name, const char **out)
{
  PACT_TRY(opt_string(r, obj, name, out));
  if (*out) {
    char *lower = (char *)*out;
    if (!valid_lang(lower)) {
      size_t saved = push_member(r, name);
      fail(r, "expected a language tag such as \"en\" or \"fr\", found \"%s\"", lower);
      pop(r, saved);
      return PACT_ERR_INPUT;
    }
    for (; *lower; lower++) {
      if (*lower >= 'A' && *lower <= 'Z') {
        *lower = (char)(*lower - 'A' + 'a');
      }
    }
  }
  return PACT_OK;
}

static PactStatus
check_members(Reader *r, const cJSON *obj, const char *const *allowed)
{
  PactStatus st = PACT_OK;

  for (const cJSON *m = obj->child; m; m = m->next) {
    int known = strncmp(m->string, "x-", 2) == 0;
    for (size_t i = 0; allowed[i] && !known; i++) {
      known = strcmp(m->string, allowed[i]) == 0;
    }
    if (!known) {
      PactBuf list;
      pact_buf_init(&list, 0);
      for (size_t i = 0; allowed[i]; i++) {
        pact_buf_printf(&list, "%s%s", i ? ", " : "", allowed[i]);
      }
      st = fail(r, "unknown member \"%s\" (expected one of: %s)", m->string,
                pact_buf_str(&list));
      pact_buf_free(&list);
    }
  }
  return st;
}

static PactStatus
expect_object(Reader *r, const cJSON *v)
{
  if (!cJSON_IsObject(v)) {
    return fail(r, "expected an object, found %s", json_type_name(v));
  }
  return PACT_OK;
}

/* An optional array member; *out is NULL when absent or null. */
static PactStatus
opt_array(Reader *r, const cJSON *obj, const char *name, const cJSON **out)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);

  *out = NULL;
  if (!v || cJSON_IsNull(v)) {
    return PACT_OK;
  }
  if (!cJSON_IsArray(v)) {
    size_t saved = push_member(r, name);
    fail(r, "expected an array, found %s", json_type_name(v));
    pop(r, saved);
    return PACT_ERR_INPUT;
  }
  *out = v;
  return PACT_OK;
}

static PactStatus
opt_strings(Reader *r, const cJSON *obj, const char *name, PactStrings *out)
{
  const cJSON *arr;
  size_t n;
  size_t i = 0;
  size_t saved;
  PactStatus st = PACT_OK;

  out->v = NULL;
  out->n = 0;
  PACT_TRY(opt_array(r, obj, name, &arr));
  if (!arr) {
    return PACT_OK;
  }
  n = (size_t)cJSON_GetArraySize(arr);
  out->v = pact_arena_alloc(&r->rec->arena, (n ? n : 1) * sizeof *out->v);
  if (!out->v) {
    return PACT_ERR_NOMEM;
  }
  saved = push_member(r, name);
  for (const cJSON *v = arr->child; v; v = v->next, i++) {
    size_t s2 = push_index(r, i);
    PactStatus one = take_string(r, v, 0, &out->v[out->n]);
    pop(r, s2);
    if (one == PACT_OK) {
      out->n++;
    } else {
      st = one;
    }
  }
  pop(r, saved);
  return st;
}

static PactStatus
read_mentions(Reader *r, const cJSON *obj, PactEntity *e)
{
  static const char *const allowed[] = {"text", "start", "end", NULL};
  const cJSON *arr;
  size_t n;
  size_t i = 0;
  size_t saved;
  PactStatus st = PACT_OK;

  PACT_TRY(opt_array(r, obj, "mentions", &arr));
  if (!arr) {
    return PACT_OK;
  }
  n = (size_t)cJSON_GetArraySize(arr);
  e->mentions = pact_arena_alloc(&r->rec->arena, (n ? n : 1) * sizeof *e->mentions);
  if (!e->mentions) {
    return PACT_ERR_NOMEM;
  }
  saved = push_member(r, "mentions");
  for (const cJSON *m = arr->child; m; m = m->next, i++) {
    size_t s2 = push_index(r, i);
    PactMention *out = &e->mentions[e->n_mentions];
    int32_t start = 0;
    int32_t end = 0;
    PactStatus one = expect_object(r, m);

    if (one == PACT_OK) {
      one = check_members(r, m, allowed);
    }
    if (one == PACT_OK) {
      one = req_string(r, m, "text", &out->text);
    }
    if (one == PACT_OK && !cJSON_GetObjectItemCaseSensitive(m, "start")) {
      one = fail(r, "missing member \"start\" (an integer)");
    }
    if (one == PACT_OK && !cJSON_GetObjectItemCaseSensitive(m, "end")) {
      one = fail(r, "missing member \"end\" (an integer)");
    }
    if (one == PACT_OK) {
      one = opt_integer(r, m, "start", 0, 2147483647.0, &start);
    }
    if (one == PACT_OK) {
      one = opt_integer(r, m, "end", 0, 2147483647.0, &end);
    }
    if (one == PACT_OK) {
      size_t chars = pact_text_codepoints(out->text, strlen(out->text));
      if (end < start) {
        one = fail(r, "\"end\" (%d) is before \"start\" (%d)", (int)end, (int)start);
      } else if ((size_t)(end - start) != chars) {
        one = fail(r, "\"text\" has %zu characters but start..end spans %d", chars,
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
    pop(r, s2);
  }
  pop(r, saved);
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

  PACT_TRY(opt_array(r, obj, "titles", &arr));
  if (!arr) {
    return PACT_OK;
  }
  n = (size_t)cJSON_GetArraySize(arr);
  e->titles = pact_arena_alloc(&r->rec->arena, (n ? n : 1) * sizeof *e->titles);
  if (!e->titles) {
    return PACT_ERR_NOMEM;
  }
  saved = push_member(r, "titles");
  for (const cJSON *t = arr->child; t; t = t->next, i++) {
    size_t s2 = push_index(r, i);
    PactTitle *out = &e->titles[e->n_titles];
    PactStatus one;

    out->lang = NULL;
    if (cJSON_IsString(t)) {
      one = take_string(r, t, 0, &out->text);
    } else {
      one = expect_object(r, t);
      if (one == PACT_OK) {
        one = check_members(r, t, allowed);
      }
      if (one == PACT_OK) {
        one = req_string(r, t, "text", &out->text);
      }
      if (one == PACT_OK) {
        one = opt_lang(r, t, "lang", &out->lang);
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
    pop(r, s2);
  }
  pop(r, saved);
  return st;
}

/* ---- references --------------------------------------------------------
 * Members that name other entities are read in two steps: first every
 * entity with its id, then the references, looked up in a sorted index. */

typedef struct {
  const char *id;
  int32_t index;
} IdEntry;

typedef struct {
  IdEntry *v;
  size_t n;
} IdIndex;

static int
cmp_id(const void *a, const void *b)
{
  return strcmp(((const IdEntry *)a)->id, ((const IdEntry *)b)->id);
}

static int
is_country_code(const char *s)
{
  return s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && !s[2];
}

/* The entity a reference names, adding a country for an ISO code that the
 * record does not list; -1 with a message when there is none. */
static int32_t
resolve_ref(Reader *r, IdIndex *index, const char *ref, unsigned allowed_classes)
{
  IdEntry key = {ref, 0};
  IdEntry *hit = index->n ? bsearch(&key, index->v, index->n, sizeof key, cmp_id) : NULL;
  int32_t found = hit ? hit->index : -1;

  if (found < 0 && is_country_code(ref)) {
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
    fail(r, "\"%s\" names no entity of this record (expected the id of a %s%s)", ref,
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
    fail(r, "\"%s\" is a %s, expected a %s", ref,
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
    return fail(r, "missing member \"%s\" (a reference)", name);
  }
  PACT_TRY(opt_string(r, obj, name, &ref));
  if (!ref) {
    return PACT_OK;
  }
  saved = push_member(r, name);
  *out = resolve_ref(r, index, ref, allowed);
  pop(r, saved);
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
  PACT_TRY(opt_strings(r, obj, name, &refs));
  if (!refs.n) {
    return PACT_OK;
  }
  out->v = pact_arena_alloc(&r->rec->arena, refs.n * sizeof *out->v);
  if (!out->v) {
    return PACT_ERR_NOMEM;
  }
  saved = push_member(r, name);
  for (size_t i = 0; i < refs.n; i++) {
    size_t s2 = push_index(r, i);
    int32_t found = resolve_ref(r, index, refs.v[i], allowed);
    pop(r, s2);
    if (found < 0) {
      st = PACT_ERR_INPUT;
      continue;
    }
    out->v[out->n++] = found;
  }
  pop(r, saved);
  return st;
}

/* ---- entities ------------------------------------------------------------ */

typedef struct {
  const char *member; /* record member holding the list */
  PactClass cls;
  const char *const *allowed;
} ListSpec;

static const char *const country_members[] = {
  "id", "key", "code", "name", "variants", "mentions", NULL};
static const char *const person_members[] = {
  "id", "key", "name", "variants", "titles", "country", "mentions", NULL};
static const char *const institution_members[] = {
  "id", "key", "name", "variants", "kind", "country", "mentions", NULL};
static const char *const place_members[] = {
  "id", "key", "name", "variants", "kind", "country", "mentions", NULL};
static const char *const agreement_members[] = {
  "id", "key", "name", "kind", "status", "signed", "place", "parties",
  "signatories", "areas", "mentions", NULL};
static const char *const exercise_members[] = {
  "id", "key", "name", "edition", "start", "end", "participants", "place",
  "areas", "mentions", NULL};
static const char *const visit_members[] = {
  "id", "key", "visitor", "host", "start", "end", "days", "places", "mentions", NULL};
static const char *const meeting_members[] = {
  "id", "key", "participants", "date", "place", "mentions", NULL};

static const ListSpec lists[] = {
  {"countries", PACT_COUNTRY, country_members},
  {"persons", PACT_PERSON, person_members},
  {"institutions", PACT_INSTITUTION, institution_members},
  {"places", PACT_PLACE, place_members},
  {"agreements", PACT_AGREEMENT, agreement_members},
  {"exercises", PACT_EXERCISE, exercise_members},
  {"visits", PACT_VISIT, visit_members},
  {"meetings", PACT_MEETING, meeting_members},
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

  PACT_TRY(required ? req_string(r, obj, name, out) : opt_string(r, obj, name, out));
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
  saved = push_member(r, name);
  st = fail(r, "expected one of %s, found \"%s\"", pact_buf_str(&list), *out);
  pop(r, saved);
  pact_buf_free(&list);
  return st;
}

/* First pass over one entity: everything but references. */
static PactStatus
read_entity(Reader *r, const cJSON *obj, const ListSpec *spec, PactEntity *e)
{
  PactStatus st = PACT_OK;
  PactStatus one;
  const char *lang = r->rec->article.language;

#define KEEP(expr)        \
  do {                    \
    one = (expr);         \
    if (one != PACT_OK) { \
      st = one;           \
    }                     \
  } while (0)

  PACT_TRY(expect_object(r, obj));
  KEEP(check_members(r, obj, spec->allowed));
  KEEP(opt_string(r, obj, "id", &e->id));
  KEEP(opt_string(r, obj, "key", &e->key));
  KEEP(read_mentions(r, obj, e));
  switch (spec->cls) {
  case PACT_COUNTRY:
    KEEP(req_string(r, obj, "code", &e->code));
    if (e->code && !is_country_code(e->code)) {
      size_t saved = push_member(r, "code");
      st = fail(r, "expected an ISO 3166-1 alpha-2 code in capitals such as \"FR\", found \"%s\"", e->code);
      pop(r, saved);
    }
    if (!e->id) {
      e->id = e->code;
    }
    KEEP(opt_string(r, obj, "name", &e->name));
    KEEP(opt_strings(r, obj, "variants", &e->variants));
    break;
  case PACT_PERSON:
    KEEP(req_string(r, obj, "name", &e->name));
    KEEP(opt_strings(r, obj, "variants", &e->variants));
    KEEP(read_titles(r, obj, e, lang));
    break;
  case PACT_INSTITUTION:
    KEEP(req_string(r, obj, "name", &e->name));
    KEEP(opt_strings(r, obj, "variants", &e->variants));
    KEEP(opt_enum(r, obj, "kind", institution_kinds, 0, &e->kind));
    break;
  case PACT_PLACE:
    KEEP(req_string(r, obj, "name", &e->name));
    KEEP(opt_strings(r, obj, "variants", &e->variants));
    KEEP(opt_enum(r, obj, "kind", place_kinds, 0, &e->kind));
    break;
  case PACT_AGREEMENT:
    KEEP(opt_string(r, obj, "name", &e->name));
    KEEP(opt_enum(r, obj, "kind", agreement_kinds, 1, &e->kind));
    KEEP(opt_enum(r, obj, "status", agreement_statuses, 0, &e->status));
    KEEP(opt_date(r, obj, "signed", &e->date));
    KEEP(opt_strings(r, obj, "areas", &e->areas));
    break;
  case PACT_EXERCISE:
    KEEP(opt_string(r, obj, "name", &e->name));
    KEEP(opt_integer(r, obj, "edition", 1, 100000, &e->edition));
    KEEP(opt_date(r, obj, "start", &e->start));
    KEEP(opt_date(r, obj, "end", &e->end));
    KEEP(opt_strings(r, obj, "areas", &e->areas));
    break;
  case PACT_VISIT:
    KEEP(opt_date(r, obj, "start", &e->start));
    KEEP(opt_date(r, obj, "end", &e->end));
    KEEP(opt_integer(r, obj, "days", 1, 100000, &e->days));
    break;
  case PACT_MEETING:
    KEEP(opt_date(r, obj, "date", &e->date));
    break;
  case PACT_N_CLASSES:
    break;
  }
#undef KEEP
  return st;
}

enum {
  C_COUNTRY = 1u << PACT_COUNTRY,
  C_PERSON = 1u << PACT_PERSON,
  C_INSTITUTION = 1u << PACT_INSTITUTION,
  C_PLACE = 1u << PACT_PLACE
};

/* Second pass: the references of one entity. */
static PactStatus
read_refs(Reader *r, IdIndex *index, const cJSON *obj, PactEntity *e)
{
  PactStatus st = PACT_OK;
  PactStatus one;
  int32_t ref;
  PactRefs refs;

#define KEEP(expr)        \
  do {                    \
    one = (expr);         \
    if (one != PACT_OK) { \
      st = one;           \
    }                     \
  } while (0)

  /* `e` may move when a reference adds a country: work on copies. */
  switch (e->cls) {
  case PACT_PERSON:
  case PACT_INSTITUTION:
  case PACT_PLACE: {
    size_t at = (size_t)(e - r->rec->entities);
    KEEP(opt_ref(r, index, obj, "country", C_COUNTRY, 0, &ref));
    r->rec->entities[at].country = ref;
    break;
  }
  case PACT_AGREEMENT: {
    size_t at = (size_t)(e - r->rec->entities);
    KEEP(opt_ref(r, index, obj, "place", C_PLACE, 0, &ref));
    r->rec->entities[at].place = ref;
    KEEP(opt_refs(r, index, obj, "parties", C_COUNTRY | C_INSTITUTION, &refs));
    r->rec->entities[at].parties = refs;
    KEEP(opt_refs(r, index, obj, "signatories", C_PERSON, &refs));
    r->rec->entities[at].signatories = refs;
    break;
  }
  case PACT_EXERCISE: {
    size_t at = (size_t)(e - r->rec->entities);
    KEEP(opt_ref(r, index, obj, "place", C_PLACE, 0, &ref));
    r->rec->entities[at].place = ref;
    KEEP(opt_refs(r, index, obj, "participants", C_COUNTRY | C_INSTITUTION | C_PERSON, &refs));
    r->rec->entities[at].participants = refs;
    break;
  }
  case PACT_VISIT: {
    size_t at = (size_t)(e - r->rec->entities);
    KEEP(opt_ref(r, index, obj, "visitor", C_PERSON, 1, &ref));
    r->rec->entities[at].visitor = ref;
    KEEP(opt_ref(r, index, obj, "host", C_COUNTRY, 1, &ref));
    r->rec->entities[at].host = ref;
    KEEP(opt_refs(r, index, obj, "places", C_PLACE, &refs));
    r->rec->entities[at].places = refs;
    break;
  }
  case PACT_MEETING: {
    size_t at = (size_t)(e - r->rec->entities);
    KEEP(opt_ref(r, index, obj, "place", C_PLACE, 0, &ref));
    r->rec->entities[at].place = ref;
    KEEP(opt_refs(r, index, obj, "participants", C_COUNTRY | C_INSTITUTION | C_PERSON, &refs));
    r->rec->entities[at].participants = refs;
    if (st == PACT_OK && refs.n == 0) {
      st = fail(r, "a meeting needs at least one participant");
    }
    break;
  }
  default:
    break;
  }
#undef KEEP
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
    return fail(r, "missing member \"article\" (an object with at least \"file\")");
  }
  saved = push_member(r, "article");
  one = expect_object(r, a);
  if (one != PACT_OK) {
    pop(r, saved);
    return one;
  }
  if ((one = check_members(r, a, allowed)) != PACT_OK) {
    st = one;
  }
  if ((one = req_string(r, a, "file", &art->file)) != PACT_OK) {
    st = one;
  }
  if ((one = opt_string(r, a, "key", &art->key)) != PACT_OK) {
    st = one;
  }
  if ((one = opt_date(r, a, "issued", &art->issued)) != PACT_OK) {
    st = one;
  }
  if ((one = opt_lang(r, a, "language", &art->language)) != PACT_OK) {
    st = one;
  }
  if ((one = opt_string(r, a, "title", &art->title)) != PACT_OK) {
    st = one;
  }
  if ((one = opt_string(r, a, "source", &art->source)) != PACT_OK) {
    st = one;
  }
  if (art->source && !pact_text_valid_iri(art->source)) {
    size_t s2 = push_member(r, "source");
    st = fail(r, "expected an absolute IRI such as \"https://example.org/news/1\", found \"%s\"",
              art->source);
    pop(r, s2);
  }
  pop(r, saved);
  return st;
}

static PactStatus
read_record(Reader *r, const cJSON *root)
{
  static const char *const allowed[] = {
    "pactum", "article", "countries", "persons", "institutions", "places",
    "agreements", "exercises", "visits", "meetings", NULL};
  const cJSON *arrays[sizeof lists / sizeof lists[0]];
  size_t *first;
  IdIndex index = {NULL, 0};
  PactStatus st = PACT_OK;
  const cJSON *version;

  PACT_TRY(expect_object(r, root));
  if (check_members(r, root, allowed) != PACT_OK) {
    st = PACT_ERR_INPUT;
  }
  version = cJSON_GetObjectItemCaseSensitive(root, "pactum");
  if (version && !(cJSON_IsNumber(version) && version->valuedouble == 1)) {
    size_t saved = push_member(r, "pactum");
    st = fail(r, "expected format version 1, found %s", json_type_name(version));
    pop(r, saved);
  }
  if (read_article(r, root) != PACT_OK) {
    st = PACT_ERR_INPUT;
  }
  first = calloc(sizeof lists / sizeof lists[0] + 1, sizeof *first);
  if (!first) {
    return PACT_ERR_NOMEM;
  }
  /* Pass 1: every entity and its plain members. */
  for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
    size_t saved;
    size_t i = 0;
    first[l] = r->rec->n_entities;
    if (opt_array(r, root, lists[l].member, &arrays[l]) != PACT_OK) {
      st = PACT_ERR_INPUT;
    }
    if (!arrays[l]) {
      continue;
    }
    saved = push_member(r, lists[l].member);
    for (const cJSON *v = arrays[l]->child; v; v = v->next, i++) {
      size_t s2 = push_index(r, i);
      PactEntity *e = pact_record_add(r->rec, lists[l].cls);
      if (!e) {
        free(first);
        return PACT_ERR_NOMEM;
      }
      e->line = r->line;
      if (read_entity(r, v, &lists[l], e) != PACT_OK) {
        st = PACT_ERR_INPUT;
      }
      pop(r, s2);
    }
    pop(r, saved);
  }
  first[sizeof lists / sizeof lists[0]] = r->rec->n_entities;
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
  qsort(index.v, index.n, sizeof *index.v, cmp_id);
  for (size_t i = 1; i < index.n; i++) {
    if (strcmp(index.v[i - 1].id, index.v[i].id) == 0) {
      st = fail(r, "the id \"%s\" is used twice", index.v[i].id);
    }
  }
  /* Pass 2: references. */
  for (size_t l = 0; l < sizeof lists / sizeof lists[0] && st == PACT_OK; l++) {
    size_t saved;
    size_t i = 0;
    if (!arrays[l]) {
      continue;
    }
    saved = push_member(r, lists[l].member);
    for (const cJSON *v = arrays[l]->child; v; v = v->next, i++) {
      size_t s2 = push_index(r, i);
      if (read_refs(r, &index, v, &r->rec->entities[first[l] + i]) != PACT_OK) {
        st = PACT_ERR_INPUT;
      }
      pop(r, s2);
    }
    pop(r, saved);
  }
  free(index.v);
  free(first);
  return st;
}

/* ---- files --------------------------------------------------------------- */

static unsigned long
count_lines(const char *from, const char *to, unsigned long line)
{
  for (const char *p = from; p < to; p++) {
    if (*p == '\n') {
      line++;
    }
  }
  return line;
}

static const char *
skip_space(const char *p, const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) {
    p++;
  }
  return p;
}

static PactStatus
handle_value(Reader *r, const cJSON *value, PactRecordFn fn, void *user)
{
  PactRecord rec;
  PactStatus st;

  pact_record_init(&rec);
  rec.origin = r->file;
  rec.line = r->line;
  r->rec = &rec;
  st = read_record(r, value);
  if (st == PACT_OK && fn) {
    st = fn(user, &rec);
  }
  r->rec = NULL;
  pact_record_free(&rec);
  return st;
}

/* cJSON allocates every node and string of a tree one by one, and
 * cJSON_Delete() frees them one by one: a third of reading records went to
 * malloc and free. The trees of records are parsed into an arena instead,
 * reset after each record. cJSON's hooks are process-wide, so they are set
 * around the parse only and the rest of pactum (the JSON-LD writer) keeps
 * malloc. Not thread-safe, like the rest of the reader. */
static PactArena json_arena;

static void *
json_arena_alloc(size_t size)
{
  return pact_arena_alloc(&json_arena, size);
}

static void
json_arena_free(void *ptr)
{
  (void)ptr; /* freed with the arena */
}

static cJSON *
parse_json(const char *p, size_t len, const char **parse_end)
{
  cJSON_Hooks arena_hooks = {json_arena_alloc, json_arena_free};
  cJSON *value;

  cJSON_InitHooks(&arena_hooks);
  value = cJSON_ParseWithLengthOpts(p, len, parse_end, 0);
  cJSON_InitHooks(NULL);
  return value;
}

PactStatus
pact_records_read_buffer(const char *name, const char *data, size_t len,
                         PactDiag *d, PactRecordFn fn, void *user)
{
  Reader r = {d, name, 1, {0}, NULL, 0};
  const char *p = data;
  const char *end = data + len;
  const char *counted = data;
  PactStatus result = PACT_OK;
  int records = 0;

  pact_buf_init(&r.path, 4096);
  {
    const char *nul = memchr(data, '\0', len);
    if (nul) {
      pact_buf_free(&r.path);
      return pact_diag(d, PACT_ERR_INPUT, name, count_lines(data, nul, 1),
                       "a NUL byte at offset %zu: a binary file, expected JSON records",
                       (size_t)(nul - data));
    }
  }
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
    p += 3; /* a byte order mark is harmless; skip it */
  }
  for (p = skip_space(p, end); p < end && result != PACT_ERR_NOMEM; p = skip_space(p, end)) {
    const char *parse_end = NULL;
    cJSON *value;

    r.line = count_lines(counted, p, r.line);
    counted = p;
    value = parse_json(p, (size_t)(end - p), &parse_end);
    if (!value) {
      const char *at = parse_end && parse_end >= p && parse_end <= end ? parse_end : p;
      const char *line_start = at;
      unsigned long line = count_lines(counted, at, r.line);
      while (line_start > data && line_start[-1] != '\n') {
        line_start--;
      }
      pact_diag(d, PACT_ERR_INPUT, name, line,
                "column %ld: malformed JSON (expected a record object, a JSON Lines "
                "file or an array of records)", (long)(at - line_start) + 1);
      result = PACT_ERR_INPUT;
      break;
    }
    if (cJSON_IsArray(value)) {
      size_t i = 0;
      for (const cJSON *item = value->child; item; item = item->next, i++) {
        PactStatus st;
        pact_buf_reset(&r.path);
        pact_buf_printf(&r.path, "$[%zu]", i);
        st = handle_value(&r, item, fn, user);
        if (st != PACT_OK) {
          result = result == PACT_OK ? st : result;
        }
        if (st == PACT_ERR_NOMEM || (st != PACT_OK && st != PACT_ERR_INPUT)) {
          result = st;
          break;
        }
        records++;
      }
    } else {
      PactStatus st;
      pact_buf_reset(&r.path);
      pact_buf_adds(&r.path, "$");
      st = handle_value(&r, value, fn, user);
      if (st != PACT_OK && result == PACT_OK) {
        result = st;
      }
      if (st != PACT_OK && st != PACT_ERR_INPUT) {
        result = st;
        break;
      }
      records++;
    }
    pact_arena_reset(&json_arena); /* the whole tree at once */
    p = parse_end;
  }
  pact_arena_free(&json_arena);
  if (result == PACT_OK && records == 0) {
    result = pact_diag(d, PACT_ERR_INPUT, name, 0, "no record (expected at least one record object)");
  }
  if (r.errors > MAX_ERRORS_PER_FILE) {
    pact_diag(d, PACT_ERR_INPUT, name, 0, "%u more errors not shown", r.errors - MAX_ERRORS_PER_FILE);
  }
  pact_buf_free(&r.path);
  return result;
}

PactStatus
pact_records_read_file(const char *path, PactDiag *d, PactRecordFn fn, void *user)
{
  PactBuf buf;
  PactStatus st;

  pact_buf_init(&buf, 0);
  st = pact_file_read(path, 0, "a records file", &buf, d);
  if (st == PACT_OK) {
    st = pact_records_read_buffer(path, buf.data ? buf.data : "", buf.len, d, fn, user);
  }
  pact_buf_free(&buf);
  return st;
}
