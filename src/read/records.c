#define _POSIX_C_SOURCE 200809L
#include "read/records_reader.h"

#include "util/file.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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
  st = records_read_record(r, value);
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
