/* Checking one member of a record: its type, its form, and a message
 * with the file, the line and the JSON path of what is wrong. */
#define _POSIX_C_SOURCE 200809L
#include "read/records_reader.h"

#include "util/calendar.h"

#include "util/text.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

PactStatus
records_fail(Reader *r, const char *fmt, ...)
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

const char *
records_json_type_name(const cJSON *v)
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
void
records_pop(Reader *r, size_t saved)
{
  r->path.len = saved;
  if (r->path.data) {
    r->path.data[saved] = '\0';
  }
}

size_t
records_push_member(Reader *r, const char *name)
{
  size_t saved = r->path.len;

  /* Called for every member read: no printf here. */
  if (pact_buf_addc(&r->path, '.') != PACT_OK || pact_buf_adds(&r->path, name) != PACT_OK) {
    records_pop(r, saved);
  }
  return saved;
}

size_t
records_push_index(Reader *r, size_t i)
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
    records_pop(r, saved);
  }
  return saved;
}

/* Copies a JSON string into the record's arena after checking it. */
PactStatus
records_take_string(Reader *r, const cJSON *v, int allow_empty, const char **out)
{
  size_t len;
  size_t bad;

  if (!cJSON_IsString(v) || !v->valuestring) {
    return records_fail(r, "expected a string, found %s", records_json_type_name(v));
  }
  len = strlen(v->valuestring);
  if (!pact_text_valid_utf8(v->valuestring, len, &bad)) {
    return records_fail(r, "invalid UTF-8 at byte %zu of the string", bad);
  }
  /* Control characters cannot be written in RDF/XML (XML 1.0 forbids
   * them) and are never part of a name: reject them here, clearly. */
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)v->valuestring[i];
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      return records_fail(r, "control character U+%04X at byte %zu of the string (expected text)", c, i);
    }
  }
  if (!allow_empty) {
    size_t i = 0;
    while (i < len && (v->valuestring[i] == ' ' || v->valuestring[i] == '\t' ||
                       v->valuestring[i] == '\n' || v->valuestring[i] == '\r')) {
      i++;
    }
    if (i == len) {
      return records_fail(r, "expected a non-empty string");
    }
  }
  *out = pact_arena_strndup(&r->rec->arena, v->valuestring, len);
  return *out ? PACT_OK : PACT_ERR_NOMEM;
}

/* A member that may be absent or null: *out stays NULL then. */
PactStatus
records_opt_string(Reader *r, const cJSON *obj, const char *name, const char **out)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);
  size_t saved;
  PactStatus st;

  *out = NULL;
  if (!v || cJSON_IsNull(v)) {
    return PACT_OK;
  }
  saved = records_push_member(r, name);
  st = records_take_string(r, v, 0, out);
  records_pop(r, saved);
  return st;
}

PactStatus
records_req_string(Reader *r, const cJSON *obj, const char *name, const char **out)
{
  if (!cJSON_GetObjectItemCaseSensitive(obj, name) ||
      cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(obj, name))) {
    return records_fail(r, "missing member \"%s\" (a string)", name);
  }
  return records_opt_string(r, obj, name, out);
}

static PactStatus
take_integer(Reader *r, const cJSON *v, double min, double max, int32_t *out)
{
  double x;

  if (!cJSON_IsNumber(v)) {
    return records_fail(r, "expected an integer, found %s", records_json_type_name(v));
  }
  x = v->valuedouble;
  if (x != floor(x) || x < min || x > max) {
    return records_fail(r, "expected an integer from %.0f to %.0f, found %g", min, max, x);
  }
  *out = (int32_t)x;
  return PACT_OK;
}

PactStatus
records_opt_integer(Reader *r, const cJSON *obj, const char *name, double min,
                    double max, int32_t *out)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);
  size_t saved;
  PactStatus st;

  *out = 0;
  if (!v || cJSON_IsNull(v)) {
    return PACT_OK;
  }
  saved = records_push_member(r, name);
  st = take_integer(r, v, min, max, out);
  records_pop(r, saved);
  return st;
}

int
pact_records_valid_date(const char *s)
{
  int y;
  int m;
  int d;

  return pact_date_parse(s, &y, &m, &d) != 0;
}

PactStatus
records_opt_date(Reader *r, const cJSON *obj, const char *name, const char **out)
{
  size_t saved;

  PACT_TRY(records_opt_string(r, obj, name, out));
  if (*out && !pact_records_valid_date(*out)) {
    saved = records_push_member(r, name);
    records_fail(r, "expected a date as YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD, found \"%s\"", *out);
    records_pop(r, saved);
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

PactStatus
records_opt_lang(Reader *r, const cJSON *obj, const char *name, const char **out)
{
  PACT_TRY(records_opt_string(r, obj, name, out));
  if (*out) {
    char *lower = (char *)*out;
    if (!valid_lang(lower)) {
      size_t saved = records_push_member(r, name);
      records_fail(r, "expected a language tag such as \"en\" or \"fr\", found \"%s\"", lower);
      records_pop(r, saved);
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

PactStatus
records_check_members(Reader *r, const cJSON *obj, const char *const *allowed)
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
      st = records_fail(r, "unknown member \"%s\" (expected one of: %s)", m->string,
                        pact_buf_str(&list));
      pact_buf_free(&list);
    }
  }
  return st;
}

PactStatus
records_expect_object(Reader *r, const cJSON *v)
{
  if (!cJSON_IsObject(v)) {
    return records_fail(r, "expected an object, found %s", records_json_type_name(v));
  }
  return PACT_OK;
}

/* An optional array member; *out is NULL when absent or null. */
PactStatus
records_opt_array(Reader *r, const cJSON *obj, const char *name, const cJSON **out)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);

  *out = NULL;
  if (!v || cJSON_IsNull(v)) {
    return PACT_OK;
  }
  if (!cJSON_IsArray(v)) {
    size_t saved = records_push_member(r, name);
    records_fail(r, "expected an array, found %s", records_json_type_name(v));
    records_pop(r, saved);
    return PACT_ERR_INPUT;
  }
  *out = v;
  return PACT_OK;
}

PactStatus
records_opt_strings(Reader *r, const cJSON *obj, const char *name, PactStrings *out)
{
  const cJSON *arr;
  size_t n;
  size_t i = 0;
  size_t saved;
  PactStatus st = PACT_OK;

  out->v = NULL;
  out->n = 0;
  PACT_TRY(records_opt_array(r, obj, name, &arr));
  if (!arr) {
    return PACT_OK;
  }
  n = (size_t)cJSON_GetArraySize(arr);
  out->v = pact_arena_alloc(&r->rec->arena, (n ? n : 1) * sizeof *out->v);
  if (!out->v) {
    return PACT_ERR_NOMEM;
  }
  saved = records_push_member(r, name);
  for (const cJSON *v = arr->child; v; v = v->next, i++) {
    size_t s2 = records_push_index(r, i);
    PactStatus one = records_take_string(r, v, 0, &out->v[out->n]);
    records_pop(r, s2);
    if (one == PACT_OK) {
      out->n++;
    } else {
      st = one;
    }
  }
  records_pop(r, saved);
  return st;
}
