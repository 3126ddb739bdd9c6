/* The words a title's phrase is made of, past its title words: the small
 * words that join it to what it is of, the capitalised or small-letter
 * complement, and the words that say it was held then. Read by
 * titles_parse() (titles.c). */
#include "extract/persons.h"

#include <string.h>

/* Small words that join a title to what it is of: "of", "for", "de la",
 * "auprès du", "in charge of". A switch on the first letter: this is asked
 * of most tokens near a title. */
int
titles_is_connector(const PactDoc *doc, size_t tok)
{
  const char *k;

  if (tok >= doc->toks.n) {
    return 0;
  }
  k = pact_token_key(&doc->toks, tok);
  switch (k[0]) {
  case '\'':
  case '-':
    return k[1] == '\0';
  case 'a':
    return !strcmp(k, "and") || !strcmp(k, "at") || !strcmp(k, "a") || !strcmp(k, "aupres") ||
           !strcmp(k, "aux") || !strcmp(k, "au");
  case 'c':
    return !strcmp(k, "charge") || !strcmp(k, "chargee");
  case 'd':
    return !strcmp(k, "de") || !strcmp(k, "du") || !strcmp(k, "des") || !strcmp(k, "d");
  case 'e':
    return !strcmp(k, "et") || !strcmp(k, "en");
  case 'f':
    return !strcmp(k, "for");
  case 'i':
    return !strcmp(k, "in");
  case 'l':
    return !strcmp(k, "la") || !strcmp(k, "le") || !strcmp(k, "l");
  case 'o':
    return !strcmp(k, "of") || !strcmp(k, "on");
  case 'p':
    return !strcmp(k, "pour");
  case 'r':
    return !strcmp(k, "responsible");
  case 't':
    return !strcmp(k, "the") || !strcmp(k, "to");
  default:
    return 0;
  }
}

/* A word that can sit inside a title's complement. */
int
titles_complement_word(const PactDoc *doc, size_t tok)
{
  if (tok >= doc->toks.n || (doc->toks.v[tok].flags & TF_SENT)) {
    return 0;
  }
  /* a possessive inside: "of Morocco's Royal Armed Forces" */
  if ((pact_doc_is_punct(doc, tok, '\'') && pact_doc_key_is(doc, tok + 1, "s")) ||
      (pact_doc_key_is(doc, tok, "s") && tok > 0 && pact_doc_is_punct(doc, tok - 1, '\''))) {
    return 1;
  }
  if (is_word(doc, tok) && (doc->toks.v[tok].flags & TF_CAP)) {
    return 1;
  }
  /* an acronym in brackets: "des Forces de défense rwandaises (RDF)" */
  if ((pact_doc_is_punct(doc, tok, '(') && tok + 2 < doc->toks.n && is_word(doc, tok + 1) &&
       (doc->toks.v[tok + 1].flags & TF_CAP) && pact_doc_is_punct(doc, tok + 2, ')')) ||
      (pact_doc_is_punct(doc, tok, ')') && tok >= 2 && pact_doc_is_punct(doc, tok - 2, '('))) {
    return 1;
  }
  return pact_doc_has(doc, tok, LEX_COUNTRY) || pact_doc_has(doc, tok, LEX_INSTITUTION) ||
         pact_doc_has(doc, tok, LEX_TITLE) || (doc->owner[tok] >= 0 &&
                                           doc->things[doc->owner[tok]].cls == PACT_INSTITUTION);
}

/* A title's complement in small letters from c: connectors and at most
 * three small words, within eight tokens of its sentence. The token that
 * ends it (neither), with *words the small words before it; 0 when a
 * token that no complement holds (a verb of an event, a fourth word)
 * comes first. */
static size_t
lower_run_end(const PactDoc *doc, size_t c, size_t *words)
{
  *words = 0;
  for (size_t k = c; k < doc->toks.n && k < c + 8 && !(doc->toks.v[k].flags & TF_SENT); k++) {
    if (titles_is_connector(doc, k)) {
      continue;
    }
    if (!is_word(doc, k) || (doc->toks.v[k].flags & TF_CAP)) {
      return k;
    }
    if (pact_doc_has(doc, k, LEX_EVENT) || pact_doc_has(doc, k, LEX_STATUS) || ++*words > 3) {
      return 0;
    }
  }
  return 0;
}

/* "chargé des affaires de défense du Qatar", "for defence affairs of
 * Qatar": a title's complement in small letters, a few words at most, that
 * ends on "of"/"du" and a country; where it ends, or 0 when [c, ...) is
 * no such run. */
size_t
titles_lower_run_to_country(const PactDoc *doc, size_t c)
{
  static const char *const of[] = {"of", "de", "du", "d", NULL};
  size_t words;
  size_t k = lower_run_end(doc, c, &words);
  const PactLexEntry *country = k ? pact_doc_entry(doc, k, LEX_COUNTRY) : NULL;

  if (country && words && pact_doc_key_in(doc, k - 1, of) && !pact_lex_is_demonym(country)) {
    return k + pact_doc_match_at(doc, k)->n;
  }
  return 0;
}

/* "le conseiller irakien à la sécurité nationale, Qassem al-Aaraji": a
 * title's complement in small letters, three words at most after its
 * connectors, that ends at the comma of an apposition whose name follows;
 * where the comma is, or 0. */
size_t
titles_lower_run_to_apposition(const PactDoc *doc, size_t c)
{
  size_t words;
  size_t k = lower_run_end(doc, c, &words);
  size_t named = 0;

  if (k && words && pact_doc_is_punct(doc, k, ',') && persons_name_word(doc, k + 1)) {
    persons_name_end(doc, k + 1, &named);
  }
  return named >= 2 ? k : 0;
}

/* How many tokens at k say the title was held then, not now: "de
 * l'époque", "d'alors", "at the time" (0 when none). */
size_t
titles_time_qualifier(const PactDoc *doc, size_t k)
{
  if ((pact_doc_key_is(doc, k, "de") || pact_doc_key_is(doc, k, "a")) && pact_doc_key_is(doc, k + 1, "l") &&
      pact_doc_is_punct(doc, k + 2, '\'') && pact_doc_key_is(doc, k + 3, "epoque")) {
    return 4;
  }
  if (pact_doc_key_is(doc, k, "d") && pact_doc_is_punct(doc, k + 1, '\'') && pact_doc_key_is(doc, k + 2, "alors")) {
    return 3;
  }
  if (pact_doc_key_is(doc, k, "at") && pact_doc_key_is(doc, k + 1, "the") && pact_doc_key_is(doc, k + 2, "time")) {
    return 3;
  }
  return 0;
}
