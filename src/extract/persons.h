/* What the finders of persons share. Private to src/extract/: persons.c
 * (pact_doc_persons) finds persons by their titles (titles.c), then
 * without one, and merges them; person_names.c tells what a person's name
 * looks like; person_countries.c gives them the countries their context
 * tells. Shared functions carry the prefix persons_, but for two
 * static inline ones, which are no symbols of the library. Only
 * persons_person_named allocates: the person it adds belongs to the
 * PactDoc (doc.h). */
#ifndef PACT_EXTRACT_PERSONS_H
#define PACT_EXTRACT_PERSONS_H

#include "extract/doc.h"

enum { MAX_NAME_WORDS = 6 };

/* Token predicates asked of nearly every token by the name readers:
 * inline, as pact_doc_entry is. */
static inline int
is_word(const PactDoc *doc, size_t tok)
{
  return tok < doc->toks.n && doc->toks.v[tok].kind == TOK_WORD;
}

/* No space before token tok: "Pierre-Antoine", "N'Diaye". */
static inline int
glued(const PactDoc *doc, size_t tok)
{
  return tok < doc->toks.n && !(doc->toks.v[tok].flags & TF_SPACE);
}

/* person_names.c */
int persons_known_word(const PactDoc *doc, size_t tok);
/* Whether tok can be a word of a person's name. */
int persons_name_word(const PactDoc *doc, size_t tok);
/* The end of the name that starts at `a` (`a` when none does), and in
 * *words how many words it has. */
size_t persons_name_end(const PactDoc *doc, size_t a, size_t *words);
/* "Chang'anamuno", "Ma'ruf": an apostrophe at tok inside a name word, a
 * word of small letters after it (three or more: not the "s" of
 * "Singh's"). tok > 0 and tok + 1 < doc->toks.n. */
int persons_inner_apostrophe(const PactDoc *doc, size_t tok);
int persons_plausible_name(const PactDoc *doc, size_t a, size_t b);
/* Whether the capitalised word at tok (tok > 0) stands alone elsewhere in
 * the article, not after the word before it here: a surname said alone
 * ("Maurice Slim", then "Slim said"). */
int persons_used_alone(const PactDoc *doc, size_t tok);
/* The person named at tokens [a, b), made if new, with this mention and
 * the tokens marked as its own; -1 with *st set when out of memory. */
int32_t persons_person_named(PactDoc *doc, size_t a, size_t b, PactStatus *st);

/* person_countries.c */
/* The country the phrase at tok says the person named just before it
 * stands for ("for Bulgaria", "pour la partie nigériane", "on behalf of
 * Kenya", "of Sweden"), or -1. */
int32_t persons_side_after(const PactDoc *doc, size_t tok);
/* The country of a people's name as a noun right after its article,
 * before tok ("l'Indien X", "le Suédois X"); else -1. */
int32_t persons_demonym_before(const PactDoc *doc, size_t tok);
/* Gives the persons of no known country the countries their context
 * tells. */
void persons_countries(PactDoc *doc);

/* title_phrases.c: the words of a title's phrase past its title words */
/* "of", "for", "de la", "auprès du", "in charge of" */
int titles_is_connector(const PactDoc *doc, size_t tok);
/* a word that can sit in a title's complement (capitalised, a country,
 * an institution, a title) */
int titles_complement_word(const PactDoc *doc, size_t tok);
/* a small-letter complement that ends on "of"/"du" and a country: where it
 * ends, or 0 */
size_t titles_lower_run_to_country(const PactDoc *doc, size_t c);
/* a small-letter complement that ends at the comma of an apposition with
 * a name: where the comma is, or 0 */
size_t titles_lower_run_to_apposition(const PactDoc *doc, size_t c);
/* how many tokens at k say the title was held then ("de l'époque") */
size_t titles_time_qualifier(const PactDoc *doc, size_t k);

/* titles.c */
/* Persons after their titles, with the titles and countries these tell. */
PactStatus pact_doc_titled_persons(PactDoc *doc);
/* What the apposition after a name (at token `after`) tells of person p:
 * its titles, or its country. */
PactStatus persons_apposition(PactDoc *doc, int32_t p, size_t after);

#endif
