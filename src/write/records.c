#include "write/records.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* cJSON_AddItemToObject does not free the item when it fails: these
 * helpers do, so that every caller has one rule (the item is consumed). */
static int
put(cJSON *obj, const char *key, cJSON *item)
{
  if (!item) {
    return 0;
  }
  if (!cJSON_AddItemToObject(obj, key, item)) {
    cJSON_Delete(item);
    return 0;
  }
  return 1;
}

static int
push(cJSON *arr, cJSON *item)
{
  if (!item) {
    return 0;
  }
  if (!cJSON_AddItemToArray(arr, item)) {
    cJSON_Delete(item);
    return 0;
  }
  return 1;
}

static int
put_string(cJSON *obj, const char *key, const char *s)
{
  return !s || put(obj, key, cJSON_CreateString(s));
}

static const char *
ref_id(const PactRecord *r, int32_t i)
{
  return i >= 0 && (size_t)i < r->n_entities ? r->entities[i].id : NULL;
}

static int
put_ref(cJSON *obj, const char *key, const PactRecord *r, int32_t i)
{
  return i < 0 || put_string(obj, key, ref_id(r, i));
}

static int
put_refs(cJSON *obj, const char *key, const PactRecord *r, const PactRefs *refs)
{
  cJSON *arr;

  if (!refs->n) {
    return 1;
  }
  arr = cJSON_CreateArray();
  if (!put(obj, key, arr)) {
    return 0;
  }
  for (size_t i = 0; i < refs->n; i++) {
    if (!push(arr, cJSON_CreateString(ref_id(r, refs->v[i])))) {
      return 0;
    }
  }
  return 1;
}

static int
put_strings(cJSON *obj, const char *key, const PactStrings *s)
{
  cJSON *arr;

  if (!s->n) {
    return 1;
  }
  arr = cJSON_CreateArray();
  if (!put(obj, key, arr)) {
    return 0;
  }
  for (size_t i = 0; i < s->n; i++) {
    if (!push(arr, cJSON_CreateString(s->v[i]))) {
      return 0;
    }
  }
  return 1;
}

/* An integer as raw JSON text: cJSON would print it through a double and
 * check the round trip, which costs more than the rest of a mention. */
static cJSON *
integer(long n)
{
  char text[24];

  snprintf(text, sizeof text, "%ld", n);
  return cJSON_CreateRaw(text);
}

static cJSON *
entity_json(const PactRecord *r, const PactEntity *e)
{
  cJSON *o = cJSON_CreateObject();
  int ok = o != NULL;

  if (e->cls == PACT_COUNTRY) {
    ok = ok && put_string(o, "code", e->code) && put_string(o, "name", e->name);
  } else {
    ok = ok && put_string(o, "id", e->id);
    ok = ok && put_string(o, "name", e->name);
  }
  ok = ok && put_strings(o, "variants", &e->variants);
  if (ok && e->n_titles) {
    cJSON *arr = cJSON_CreateArray();
    ok = put(o, "titles", arr);
    for (size_t i = 0; ok && i < e->n_titles; i++) {
      cJSON *t = cJSON_CreateObject();
      ok = push(arr, t) && put_string(t, "text", e->titles[i].text) &&
           (!e->titles[i].lang[0] || put_string(t, "lang", e->titles[i].lang));
    }
  }
  ok = ok && put_ref(o, "country", r, e->country);
  ok = ok && put_string(o, "kind", e->kind) && put_string(o, "status", e->status);
  if (e->cls == PACT_AGREEMENT) {
    ok = ok && put_string(o, "signed", e->date) && put_ref(o, "place", r, e->place) &&
         put_refs(o, "parties", r, &e->parties) && put_refs(o, "signatories", r, &e->signatories);
  }
  if (e->cls == PACT_EXERCISE) {
    ok = ok && (!e->edition || put(o, "edition", cJSON_CreateNumber(e->edition))) &&
         put_string(o, "start", e->start) && put_string(o, "end", e->end) &&
         put_refs(o, "participants", r, &e->participants) && put_ref(o, "place", r, e->place);
  }
  if (e->cls == PACT_AGREEMENT || e->cls == PACT_EXERCISE) {
    ok = ok && put_strings(o, "areas", &e->areas);
  }
  if (e->cls == PACT_VISIT) {
    ok = ok && put_ref(o, "visitor", r, e->visitor) && put_ref(o, "host", r, e->host) &&
         put_string(o, "start", e->start) && put_string(o, "end", e->end) &&
         (!e->days || put(o, "days", cJSON_CreateNumber(e->days))) && put_refs(o, "places", r, &e->places);
  }
  if (e->cls == PACT_MEETING) {
    ok = ok && put_refs(o, "participants", r, &e->participants) && put_string(o, "date", e->date) &&
         put_ref(o, "place", r, e->place);
  }
  if (ok && e->n_mentions) {
    cJSON *arr = cJSON_CreateArray();
    ok = put(o, "mentions", arr);
    for (size_t i = 0; ok && i < e->n_mentions; i++) {
      cJSON *m = cJSON_CreateObject();
      ok = push(arr, m) && put_string(m, "text", e->mentions[i].text) &&
           put(m, "start", integer((long)e->mentions[i].start)) &&
           put(m, "end", integer((long)e->mentions[i].end));
    }
  }
  if (!ok) {
    cJSON_Delete(o);
    return NULL;
  }
  return o;
}

PactStatus
pact_write_record(const PactRecord *r, FILE *out, PactDiag *d)
{
  static const char *const lists[PACT_N_CLASSES] = {
    "countries", "persons", "institutions", "places", "agreements", "exercises", "visits", "meetings"};
  cJSON *root = cJSON_CreateObject();
  cJSON *article = root ? cJSON_CreateObject() : NULL;
  char *text;
  /* put() consumes `article` whether it succeeds or not */
  int ok = root && put(root, "pactum", cJSON_CreateNumber(1)) && put(root, "article", article);

  ok = ok && put_string(article, "file", r->article.file) && put_string(article, "key", r->article.key) &&
       put_string(article, "issued", r->article.issued) && put_string(article, "language", r->article.language) &&
       put_string(article, "title", r->article.title) && put_string(article, "source", r->article.source);
  for (int c = 0; ok && c < PACT_N_CLASSES; c++) {
    cJSON *arr = NULL;
    for (size_t i = 0; ok && i < r->n_entities; i++) {
      if (r->entities[i].cls != (PactClass)c) {
        continue;
      }
      if (!arr) {
        arr = cJSON_CreateArray();
        ok = put(root, lists[c], arr);
      }
      ok = ok && push(arr, entity_json(r, &r->entities[i]));
    }
  }
  text = ok ? cJSON_PrintUnformatted(root) : NULL;
  cJSON_Delete(root);
  if (!text) {
    return pact_diag(d, PACT_ERR_NOMEM, r->article.file, 0, "out of memory");
  }
  if (fputs(text, out) == EOF || fputc('\n', out) == EOF) {
    free(text);
    return pact_diag(d, PACT_ERR_IO, NULL, 0, "cannot write the records");
  }
  free(text);
  return PACT_OK;
}
