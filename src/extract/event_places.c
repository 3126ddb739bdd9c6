/* Where an event was and between which countries: the places and
 * countries of its sentence, not those it only comes from or is "with",
 * and the article's two most named countries when the sentence names too
 * few. */
#include "extract/events.h"

#include <string.h>

/* Countries that the sentence [a, b) names. */
size_t
events_countries_in(const PactDoc *doc, size_t a, size_t b, int32_t *out, size_t max)
{
  size_t n = 0;

  for (size_t i = a; i < b && n < max; i++) {
    const PactLexEntry *c = pact_doc_entry(doc, i, LEX_COUNTRY);
    int seen = 0;
    if (!c) {
      continue;
    }
    for (size_t k = 0; k < n; k++) {
      seen |= out[k] == c->value;
    }
    if (!seen) {
      out[n++] = c->value;
    }
  }
  return n;
}

/* The article's two most named countries. */
size_t
events_principal_countries(const PactDoc *doc, int32_t out[2])
{
  int32_t first = -1;
  int32_t second = -1;
  for (size_t c = 0; c < doc->n_countries; c++) {
    int32_t count = doc->country_count[c];
    if (count <= 0) {
      continue;
    }
    if (first < 0 || count > doc->country_count[first]) {
      second = first;
      first = (int32_t)c;
    } else if (second < 0 || count > doc->country_count[second]) {
      second = (int32_t)c;
    }
  }
  out[0] = first;
  out[1] = second;
  return (size_t)(first >= 0) + (size_t)(second >= 0);
}

/* Whether the country or place at tok stands after "with", "avec",
 * "between", "against" (past an article), or after "from", "venu de":
 * what one goes to is not. */
int
events_not_destination(const PactDoc *doc, size_t tok)
{
  static const char *const articles[] = {"la", "le", "l", "les", "the", NULL};
  /* ... and a country a clause speaks about rather than goes to: "flew
   * home after Iran's attack on Israel", "talks over Ukraine" */
  static const char *const others[] = {"with", "avec", "between", "entre", "against", "contre", "after", "following",
                                       "amid", "despite", "over", "about", "on", "apres", "malgre", "sur", NULL};
  static const char *const joins[] = {"and", "et", NULL};
  static const char *const origins[] = {"venu", "venue", "venus", "arrive", "arrivee", "arrives", "provenance",
                                        "retour", "originaire", NULL};
  size_t k = tok;

  for (int hops = 0; hops < 4; hops++) {
    while (k > 0 && (pact_doc_key_in(doc, k - 1, articles) || pact_doc_is_punct(doc, k - 1, '\''))) {
      k--;
    }
    if (k > 0 && pact_doc_key_in(doc, k - 1, others)) {
      return 1;
    }
    /* "venu de Tokyo pour l'occasion", "flew in from Tokyo": where one
     * comes from */
    if (k > 1 && (pact_doc_key_is(doc, k - 1, "from") ||
                  ((pact_doc_key_is(doc, k - 1, "de") || pact_doc_key_is(doc, k - 1, "d")) &&
                   pact_doc_key_in(doc, k - 2, origins)))) {
      return 1;
    }
    /* "with Russia and Belarus": the country joined to one of those */
    if (k < 2 || !(pact_doc_key_in(doc, k - 1, joins) || pact_doc_is_punct(doc, k - 1, ',')) ||
        !(pact_doc_has(doc, k - 2, LEX_COUNTRY) || pact_doc_has(doc, k - 2, LEX_PLACE))) {
      return 0;
    }
    const PactMatch *m = pact_doc_match_at(doc, k - 2);
    k = m ? m->tok : k - 2;
  }
  return 0;
}

/* Country parties: those of the sentences, kept to the principal ones
 * when a passing mention adds more; the principal pair when the sentences
 * name fewer than two ("les deux parties"). */
PactStatus
events_give_countries(PactDoc *doc, PactThing *t, const int32_t *found, size_t n)
{
  int32_t top[2];
  size_t n_top = events_principal_countries(doc, top);

  if (n >= 2) {
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
      kept += doc->country_count[found[i]] >= 2;
    }
    for (size_t i = 0; i < n; i++) {
      if (kept < 2 || doc->country_count[found[i]] >= 2) {
        int32_t c = pact_doc_country(doc, found[i]);
        if (c < 0) {
          return PACT_ERR_NOMEM;
        }
        PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, c));
      }
    }
    return PACT_OK;
  }
  for (size_t i = 0; i < n; i++) {
    int32_t c = pact_doc_country(doc, found[i]);
    if (c < 0) {
      return PACT_ERR_NOMEM;
    }
    PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, c));
  }
  for (size_t i = 0; i < n_top && t->n_refs < 2; i++) {
    int32_t c = pact_doc_country(doc, top[i]);
    if (c < 0) {
      return PACT_ERR_NOMEM;
    }
    PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, c));
  }
  return PACT_OK;
}

int32_t
events_country_named_at(const PactDoc *doc, size_t tok)
{
  const PactLexEntry *c = pact_doc_entry(doc, tok, LEX_COUNTRY);
  const PactLexEntry *p = pact_doc_entry(doc, tok, LEX_PLACE);

  if (c && !pact_lex_is_demonym(c)) {
    return c->value;
  }
  return p ? pact_lexicon_place(doc->lex, p->value)->country : -1;
}

int32_t
events_capital_country(const PactDoc *doc, size_t tok)
{
  const PactLexEntry *before;
  const PactLexEntry *after;

  if (!pact_doc_key_is(doc, tok, "capital") && !pact_doc_key_is(doc, tok, "capitale")) {
    return -1;
  }
  before = tok > 0 ? pact_doc_entry(doc, tok - 1, LEX_COUNTRY) : NULL;
  after = pact_doc_entry(doc, tok + 1, LEX_COUNTRY);
  return pact_lex_is_demonym(before) ? before->value : pact_lex_is_demonym(after) ? after->value : -1;
}

/* The place thing of the capital of the country whose demonym stands
 * next to "capital" at tok, when the story names that capital; else -1. */
static int32_t
capital_of_demonym(const PactDoc *doc, size_t tok)
{
  int32_t country = events_capital_country(doc, tok);

  for (size_t i = 0; country >= 0 && i < doc->toks.n; i++) {
    const PactLexEntry *p = pact_doc_entry(doc, i, LEX_PLACE);
    const PactLexPlace *place = p && p->capital ? pact_lexicon_place(doc->lex, p->value) : NULL;
    if (place && place->country == country) {
      int32_t t = pact_doc_find(doc, PACT_PLACE, place->name);
      if (t >= 0 && doc->things[t].dead != 2) {
        return t;
      }
    }
  }
  return -1;
}

int32_t
events_place_in(const PactDoc *doc, size_t a, size_t b)
{
  for (size_t i = a; i < b; i++) {
    int32_t o = doc->owner[i];
    const PactLexEntry *p = pact_doc_entry(doc, i, LEX_PLACE);
    if (p && !events_not_destination(doc, i) && !(i > 0 && (pact_doc_key_is(doc, i - 1, "by") ||
                                                               pact_doc_key_is(doc, i - 1, "par")))) {
      /* not "ties with Beijing": no one meets there; nor "announced by
       * New Delhi", "annoncé par New Delhi": a capital as its government,
       * the agent of a clause, not where the event is */
      const PactLexPlace *place = pact_lexicon_place(doc->lex, p->value);
      int32_t t = pact_doc_find(doc, PACT_PLACE, place->name);
      if (t >= 0 && doc->things[t].dead != 2) {
        return t;
      }
    }
    /* "in the Ethiopian capital", "dans la capitale éthiopienne": the
     * capital the story names elsewhere */
    int32_t capital = capital_of_demonym(doc, i);
    if (capital >= 0) {
      return capital;
    }
    /* a place found by its head ("Camp X", "X Naval Base") */
    int32_t headed = pact_doc_has(doc, i, LEX_PLACE_HEAD) ? pact_doc_thing_told_at(doc, PACT_PLACE, i, 0) : -1;
    if (headed >= 0) {
      return headed;
    }
    (void)o;
  }
  return -1;
}
