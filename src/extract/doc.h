/* What the extractor knows about one article while it works on it: the
 * text, its tokens, the lexicon matches, date expressions and the things
 * found so far. Internal to src/extract/. A PactDoc owns everything it
 * points to except `text` and `lex`, which it borrows. */
#ifndef PACT_EXTRACT_DOC_H
#define PACT_EXTRACT_DOC_H

#include "lexicon/lexicon.h"
#include "lexicon/tokens.h"
#include "model/record.h"
#include "read/article.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A lexicon phrase found at tokens [tok, tok + n). */
typedef struct {
  uint32_t tok;
  uint32_t n;
  const PactLexEntry *e;
  size_t ne;
  uint32_t types; /* bit t: an entry of type t is accepted here */
} PactMatch;

/* A date expression at tokens [tok, tok + n), normalised against the
 * article's date: "2026-01-13", "2025-04", "2025", "--02-23"; "" when it
 * cannot be known. A range has an end. */
typedef struct {
  uint32_t tok;
  uint32_t n;
  char start[12];
  char end[12];
  uint8_t range;
  uint8_t life; /* of a person's life ("elected in February"): no event's */
} PactDate;

typedef struct {
  uint32_t start; /* byte offsets in the normalised text */
  uint32_t end;
} PactSpan;

/* A thing found, before it becomes a record entity. */
typedef struct {
  PactClass cls;
  char *name;          /* owned */
  char **variants;     /* owned, each owned */
  size_t n_variants;
  PactSpan *mentions;  /* owned */
  size_t n_mentions;
  char **titles;       /* owned: person titles as written */
  size_t n_titles;
  int32_t country;     /* lexicon country index, or -1 */
  const char *kind;    /* interned in the lexicon, or a static string */
  const char *status;
  int32_t place;       /* index of a PLACE thing, or -1 */
  int32_t *refs;       /* parties / participants / places; owned */
  size_t n_refs;
  int32_t *refs2;      /* signatories; owned */
  size_t n_refs2;
  int32_t visitor;     /* visit: index of a PERSON thing */
  int32_t host;        /* visit: lexicon country index */
  int32_t *areas;      /* lexicon area indices; owned */
  size_t n_areas;
  char date[12];       /* agreement signed; meeting date; visit: a day of a meeting told in its sentence (not written out) */
  char start[12];
  char end[12];
  int32_t edition;
  int32_t days;
  uint32_t first_tok;  /* where it was first seen */
  uint32_t sentence;
  uint8_t dead;        /* 1: merged into `alias`; 2: the dateline's city */
  int32_t alias;
  uint8_t set;         /* agreement: how many its mention counts ("two protocols"), 0 for one;
                          1 in each member of a set of two once its areas are shared out */
} PactThing;

typedef struct {
  const PactText *text;
  const PactLexicon *lex;
  PactTokens toks;
  PactMatch *matches;  /* in token order, non-overlapping */
  size_t n_matches;
  int32_t *match_at;   /* per token: index of the match covering it, or -1 */
  int32_t *owner;      /* per token: thing that claimed it, or -1 */
  uint8_t *name_word;  /* per token: persons_name_word's answer while it has
                          no owner (the rest of what it asks does not
                          change once matched): 0 not asked yet, 1 no,
                          2 yes; NULL: not kept */
  PactDate *dates;
  size_t n_dates;
  int sentence_year;   /* while dates are read: the year the sentence told */
  int told_year;       /* while dates are read: the last year a date told */
  int told_month;      /* while dates are read: that date's month, or 0 */
  int named_year;      /* while dates are read: the last year named, also
                        * as a starting point ("since 2017"): "that year" */
  uint32_t told_sentence; /* while dates are read: that date's sentence */
  uint32_t reading_sentence; /* while dates are read: the sentence read */
  uint32_t reading_tok;      /* ... and the token the date read starts at */
  PactThing *things;
  size_t n_things;
  size_t cap_things;
  uint8_t lang;        /* 1 en, 2 fr */
  int32_t host;        /* the country the article's visit is to, or -1 */
  int32_t home;        /* the country of the dateline's city, or -1 */
  int32_t *country_count; /* mentions per lexicon country */
  size_t n_countries;     /* countries in the lexicon */
} PactDoc;

/* Stages, in order (extract/extract.c calls them). */
PactStatus pact_doc_match(PactDoc *doc);          /* extract/match.c */
PactStatus pact_doc_dates(PactDoc *doc);          /* extract/dates.c */
/* The day `days` after the full date `start` ("2025-04-28"), into `out`;
 * 0 (out untouched) when `start` is not a full date. extract/dates.c */
int pact_date_plus_days(const char *start, int days, char out[12]);
PactStatus pact_doc_entities(PactDoc *doc);       /* extract/entities.c */
PactStatus pact_doc_places(PactDoc *doc);         /* extract/places.c, for entities.c */
PactStatus pact_doc_persons(PactDoc *doc);        /* extract/persons.c */
PactStatus pact_doc_events(PactDoc *doc);         /* extract/events.c */

/* Helpers shared by the stages (extract/doc.c). */
/* Whether lexicon entry e (may be NULL) is a country's demonym ("Kenyan",
 * "sénégalaise"), not its name. */
int pact_lex_is_demonym(const PactLexEntry *e);
PactThing *pact_doc_add(PactDoc *doc, PactClass cls);
PactStatus pact_thing_mention(PactThing *t, uint32_t start, uint32_t end);
PactStatus pact_thing_variant(PactThing *t, const char *s, size_t len);
PactStatus pact_thing_title(PactThing *t, const char *s, size_t len);
PactStatus pact_thing_ref(int32_t **v, size_t *n, int32_t ref);
void pact_thing_free(PactThing *t);
/* The match covering token tok, or NULL. Inline: every stage asks it of
 * every token. */
static inline const PactMatch *
pact_doc_match_at(const PactDoc *doc, size_t tok)
{
  if (tok >= doc->toks.n || doc->match_at[tok] < 0) {
    return NULL;
  }
  return &doc->matches[doc->match_at[tok]];
}
/* Whether entry `e` may be read at tokens [tok, tok + n) of this article:
 * its language, and the case rules (acronyms, capitalised names). */
int pact_doc_accepts(const PactDoc *doc, const PactLexEntry *e, size_t tok, size_t n);
/* The first entry of type `type` of the match at `tok` (or NULL), with the
 * language and case rules applied. Inline: the detectors ask it of nearly
 * every token, and most tokens start no match of the type asked; the rules
 * are in pact_doc_entry_of, for the match `m` that starts at `tok`. */
const PactLexEntry *pact_doc_entry_of(const PactDoc *doc, const PactMatch *m, size_t tok,
                                      PactLexType type);
static inline const PactLexEntry *
pact_doc_entry(const PactDoc *doc, size_t tok, PactLexType type)
{
  const PactMatch *m;

  if (tok >= doc->toks.n || doc->match_at[tok] < 0) {
    return NULL;
  }
  m = &doc->matches[doc->match_at[tok]];
  if (m->tok != tok || !(m->types >> type & 1)) {
    return NULL;
  }
  return pact_doc_entry_of(doc, m, tok, type);
}
/* Whether token `tok` is inside a phrase read as `type` (anywhere in it). */
int pact_doc_has(const PactDoc *doc, size_t tok, PactLexType type);
/* The first country named in [a, b), not one after "to", "in", "à",
 * "auprès" (an ambassador to a country is not from it); or -1. */
int32_t pact_doc_country_in(const PactDoc *doc, size_t a, size_t b);
/* Text of tokens [a, b) as written (normalised), in a new string. */
char *pact_doc_text(const PactDoc *doc, size_t a, size_t b);
/* Whether token tok's key is `key`. Inline, and by length first: asked
 * some two hundred times per token, nearly always of a literal, whose
 * length the compiler knows, and with a different answer. */
static inline int
pact_doc_key_is(const PactDoc *doc, size_t tok, const char *key)
{
  size_t n = strlen(key);

  return tok < doc->toks.n && doc->toks.v[tok].key_len == n &&
         memcmp(pact_token_key(&doc->toks, tok), key, n) == 0;
}
/* Whether token tok's key is one of `keys` (NULL-terminated). `keys`
 * must be a static array of constant words (the list is measured once and
 * known by its address afterwards); so must `stems` below. */
int pact_doc_key_in(const PactDoc *doc, size_t tok, const char *const *keys);
/* The value of an ordinal written with digits at tok ("3rd", "11th",
 * "53e", "1re", "2ème"), or 0. */
int pact_doc_digit_ordinal(const PactDoc *doc, size_t tok);
int pact_doc_is_punct(const PactDoc *doc, size_t tok, char c);
/* The first token of [a, b) whose key starts with one of `stems` (a
 * NULL-terminated list), or b. */
size_t pact_doc_first_with(const PactDoc *doc, size_t a, size_t b, const char *const *stems);
/* The first token of [a, b) whose key is one of `keys` (whole words, not
 * stems as pact_doc_first_with takes), or b. */
size_t pact_doc_first_in(const PactDoc *doc, size_t a, size_t b, const char *const *keys);
/* The first token that starts at or after byte `at` of the text (the one
 * a mention starting there opens), or toks.n; by binary search. */
size_t pact_doc_token_at_byte(const PactDoc *doc, uint32_t at);
/* The thing of class `cls` one of whose mentions covers token tok (a
 * dead one too when `dead`, merged since into another), or -1. */
int32_t pact_doc_thing_told_at(const PactDoc *doc, PactClass cls, size_t tok, int dead);
/* Whether tok is a copula ("was", "is", "were", "était", "est", "fut"):
 * the name after it is what its sentence's opening describes. */
int pact_doc_is_copula(const PactDoc *doc, size_t tok);
/* Whether a word of honouring the dead ("tomb", "memorial", "monument",
 * "mausolée") stands in the four words before tok. */
int pact_doc_commemorated(const PactDoc *doc, size_t tok);
/* Whether the name at tok is of one a monument or a grave honours, after
 * its preposition ("a monument to X", "la tombe de X"). */
int pact_doc_honoured(const PactDoc *doc, size_t tok);
/* A thing of class `cls` whose name is `name`, or -1. */
int32_t pact_doc_find(const PactDoc *doc, PactClass cls, const char *name);
/* The same, for the `len` bytes at `name` (not NUL-terminated: a span of
 * the text). */
int32_t pact_doc_find_n(const PactDoc *doc, PactClass cls, const char *name, size_t len);
/* A country thing for lexicon country `c`, made if needed. */
int32_t pact_doc_country(PactDoc *doc, int32_t c);

#endif
