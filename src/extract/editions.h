/* The editions module's own interface (editions.c, edition_cues.c): how
 * a sentence tells an edition of the named exercise ("the fourth
 * edition", "the first Bright Star", "Cobra Gold 41", "was launched in
 * 2019"), which edition_cues.c reads and editions.c makes exercises of.
 * Each reads the doc only. A name is given as its key (pact_text_key)
 * and the length of its first word. */
#ifndef PACT_EDITIONS_H
#define PACT_EDITIONS_H

#include "extract/doc.h"

/* Whether the word at i names an edition ("edition", "iteration", "round"
 * not followed by "of"). */
int editions_edition_word(const PactDoc *doc, size_t i);
/* The edition told at i, or 0 ("the fourth edition", "the previous
 * edition": story_edition less one). */
int editions_edition_told(const PactDoc *doc, size_t i, int story_edition);
/* Whether the token at k is the first word (n bytes) of the name's key. */
int editions_first_word_at(const PactDoc *doc, size_t k, const char *name, size_t n);
/* "the first Bright Star", "la deuxième Chergui": the ordinal before the
 * name at tok, or 0. */
int editions_ordinal_before_name(const PactDoc *doc, size_t tok, const char *name, size_t first_len);
/* "Last year's Cleopatra, the thirteenth": the ordinal in apposition
 * after the name at tok, or 0. */
int editions_ordinal_after_name(const PactDoc *doc, size_t tok, const char *name, size_t first_len);
/* The date told right after the word at tok, or NULL. */
const PactDate *editions_date_just_after(const PactDoc *doc, size_t tok);
/* 1 when tok is a verb of founding of the exercise `name` (its first
 * edition): "Dustlik was launched in 2019". */
int editions_launched(const PactDoc *doc, size_t tok, const char *name);
/* "Last year, Xaritoo ran from ...": the edition before the story's, or 0. */
int editions_last_year_named(const PactDoc *doc, size_t tok, const char *name, size_t first_len,
                             int story_edition);
/* "Tiger Lightning-3 was staged": the number glued to the name at tok, or
 * 0; *last is set to the name's last token. */
int editions_named_number(const PactDoc *doc, size_t tok, const char *name, size_t first_len, size_t *last);
/* "The first two editions, in 2017 and 2021": how many first editions
 * the word at tok tells with their years (2 to 5), or 0. */
int editions_first_editions(const PactDoc *doc, size_t tok);

#endif
