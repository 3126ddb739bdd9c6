/* What the files of the records reader share; private to the records
 * reader in src/read/ (records.c reads files and buffers, records_check.c
 * checks one member and reports it, records_entities.c reads a record and
 * its entities, records_refs.c their references). A Reader borrows its
 * diagnostics sink and the file name, and owns its JSON path; what it
 * reads goes into the record's arena (r->rec), which the record owns. */
#ifndef PACT_READ_RECORDS_READER_H
#define PACT_READ_RECORDS_READER_H

#include "read/records.h"
#include "util/buf.h"

#include <cjson/cJSON.h>
#include <stdint.h>

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

typedef struct {
  const char *id;
  int32_t index;
} IdEntry;

typedef struct {
  IdEntry *v;
  size_t n;
} IdIndex;

/* records_check.c; records_fail() reports what is wrong at the current path and
 * returns PACT_ERR_INPUT. */
PactStatus records_fail(Reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *records_json_type_name(const cJSON *v);
void records_pop(Reader *r, size_t saved);
size_t records_push_member(Reader *r, const char *name);
size_t records_push_index(Reader *r, size_t i);
PactStatus records_take_string(Reader *r, const cJSON *v, int allow_empty, const char **out);
PactStatus records_opt_string(Reader *r, const cJSON *obj, const char *name, const char **out);
PactStatus records_req_string(Reader *r, const cJSON *obj, const char *name, const char **out);
PactStatus records_opt_integer(Reader *r, const cJSON *obj, const char *name, double min,
                               double max, int32_t *out);
PactStatus records_opt_date(Reader *r, const cJSON *obj, const char *name, const char **out);
PactStatus records_opt_lang(Reader *r, const cJSON *obj, const char *name, const char **out);
PactStatus records_check_members(Reader *r, const cJSON *obj, const char *const *allowed);
PactStatus records_expect_object(Reader *r, const cJSON *v);
PactStatus records_opt_array(Reader *r, const cJSON *obj, const char *name, const cJSON **out);
PactStatus records_opt_strings(Reader *r, const cJSON *obj, const char *name, PactStrings *out);

/* records_refs.c */
int records_cmp_id(const void *a, const void *b);
int records_is_country_code(const char *s);
PactStatus records_read_refs(Reader *r, IdIndex *index, const cJSON *obj, PactEntity *e);

/* records_entities.c */
PactStatus records_read_record(Reader *r, const cJSON *root);

/* Runs a check and keeps going: the entity's readers report every bad
 * member, not only the first. Needs `st` and `one` (PactStatus) in scope. */
#define KEEP(expr)        \
  do {                    \
    one = (expr);         \
    if (one != PACT_OK) { \
      st = one;           \
    }                     \
  } while (0)

#endif
