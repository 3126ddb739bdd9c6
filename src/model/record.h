/* A record: what was found in one article (ontology/RECORDS.md). The
 * records reader (read/records.h) and the extractor produce records; the
 * builder (build/build.h) turns them into graph claims.
 *
 * A record owns every string and array it points to through its arena;
 * pact_record_free() releases them all at once. */
#ifndef PACT_RECORD_H
#define PACT_RECORD_H

#include "model/classes.h"
#include "util/arena.h"

#include <stddef.h>
#include <stdint.h>

typedef struct {
  const char *text;
  uint32_t start; /* code points, inclusive */
  uint32_t end;   /* code points, exclusive */
} PactMention;

typedef struct {
  const char *text;
  const char *lang; /* never NULL: the article's language when not given */
} PactTitle;

/* References are indices into PactRecord.entities; -1 is "none". */
typedef struct {
  int32_t *v;
  size_t n;
} PactRefs;

typedef struct {
  const char **v;
  size_t n;
} PactStrings;

typedef struct {
  PactClass cls;
  const char *id;      /* local id (a country's is its code) */
  const char *key;     /* canonical key from a resolver, or NULL */
  const char *name;    /* NULL for unnamed events and code-only countries */
  const char *code;    /* country: ISO 3166-1 alpha-2 */
  const char *kind;    /* institution, place, agreement kind; or NULL */
  const char *status;  /* agreement */
  PactStrings variants;
  PactTitle *titles;
  size_t n_titles;
  PactMention *mentions;
  size_t n_mentions;
  int32_t country;     /* person, institution, place */
  int32_t place;       /* agreement (signed at), exercise, meeting */
  int32_t visitor;     /* visit */
  int32_t host;        /* visit */
  PactRefs parties;      /* agreement */
  PactRefs signatories;  /* agreement */
  PactRefs participants; /* exercise, meeting */
  PactRefs places;       /* visit */
  PactStrings areas;     /* agreement, exercise */
  const char *date;      /* agreement: signed; meeting: date */
  const char *start;     /* exercise, visit */
  const char *end;
  int32_t edition;       /* exercise; 0 when unknown */
  int32_t days;          /* visit; 0 when unknown */
  unsigned long line;    /* where the record gave it, for messages */
} PactEntity;

typedef struct {
  const char *file;     /* article's base file name */
  const char *key;      /* document key, or NULL to derive from file */
  const char *issued;   /* date, or NULL */
  const char *language; /* or NULL */
  const char *title;
  const char *source;
} PactArticle;

typedef struct {
  PactArena arena;
  PactArticle article;
  PactEntity *entities;
  size_t n_entities;
  size_t cap_entities;
  const char *origin;   /* records file name, for messages */
  unsigned long line;   /* line where the record starts */
} PactRecord;

void pact_record_init(PactRecord *r);
void pact_record_free(PactRecord *r); /* NULL-safe */

/* A new entity of class `cls`, zeroed with every reference -1, or NULL when
 * malloc fails. The pointer is valid until the next call. */
PactEntity *pact_record_add(PactRecord *r, PactClass cls);

/* The ontology's local name of an agreement kind or status as records
 * name it ("mou" -> "MoU", "signed" -> "Signed"), or NULL; and back
 * ("GeneralAgreement" -> "agreement"), or NULL. */
const char *pact_record_term_local(const char *name);
const char *pact_record_term_name(const char *local);

/* Name of a class as used in records and IRIs: "person", ... */
const char *pact_class_name(PactClass cls);

#endif
