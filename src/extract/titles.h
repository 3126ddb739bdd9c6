/* The titles module's own interface (titles.c, title_appositions.c):
 * how a title's phrase parses, and giving a person what it tells. */
#ifndef PACT_TITLES_H
#define PACT_TITLES_H

#include "extract/doc.h"

enum { MAX_TITLE_TOKENS = 40 };

typedef struct {
  size_t seg_start[8]; /* title segments: [seg_start[i], seg_end[i]) */
  size_t seg_end[8];
  size_t n_segs;
  size_t name_a;       /* the name, when one was found */
  size_t name_b;
  size_t end;          /* where the title (and name) end */
} TitleParse;

/* Parses the title that starts at `start` (its first title word at t)
 * into tp: its segments and, when want_name, the name after it. */
void titles_parse(const PactDoc *doc, size_t start, size_t t, int want_name, TitleParse *tp);

/* Gives person p the titles of a parse: each segment, its trailing rank
 * apart ("Moroccan Air Force Inspector" + "Major General"), and the
 * country they tell when p has none. */
PactStatus titles_give(PactDoc *doc, int32_t p, const TitleParse *tp);

#endif
