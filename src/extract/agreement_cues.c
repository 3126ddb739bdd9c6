/* Agreement words that name no agreement where they stand: a modifier
 * ("a treaty-level agreement"), a word of an organisation's name, an
 * agreement denied, the verb "traité". Apart from agreements.c, which
 * asks it of every agreement word first. */
#include "extract/events.h"

/* Whether the capitalised word at tok names an organisation or a
 * building, so that the agreement word before it is part of that name
 * ("Collective Security Treaty Organization", "Qatar National
 * Convention Centre"; "Organisation du traité de l'Atlantique nord" is
 * matched by the institution patterns). */
static int
treaty_organisation(const PactDoc *doc, size_t tok)
{
  static const char *const bodies[] = {"organization", "organisation", "organizations", "organisations",
                                       "centre", "center", "hall", "hotel", "complex", NULL};

  return tok < doc->toks.n && (doc->toks.v[tok].flags & TF_CAP) && pact_doc_key_in(doc, tok, bodies);
}

/* Whether a negative determiner stands before the agreement word at tok,
 * past at most one word in small letters ("no formal agreement",
 * "aucun accord", "sans traité"). */
static int
denied(const PactDoc *doc, size_t tok)
{
  static const char *const no[] = {"no", "without", "aucun", "aucune", "sans", "nul", "nulle", NULL};

  for (size_t i = tok; i > 0 && tok - i < 2; i--) {
    if (pact_doc_key_in(doc, i - 1, no)) {
      return 1;
    }
    if (doc->toks.v[i - 1].kind != TOK_WORD || (doc->toks.v[i - 1].flags & TF_CAP)) {
      return 0;
    }
  }
  return 0;
}

/* Whether French "traité" at tok is the verb's participle, not the
 * noun: "l'avait, avec ses compagnons, traité comme ses enfants", "a
 * traité de la sécurité". The noun follows a determiner or an
 * adjective; the participle an auxiliary, a comma, or goes on with
 * "comme". */
static int
treated(const PactDoc *doc, const PactMatch *mt)
{
  static const char *const auxiliary[] = {"a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura",
                                          "aurait", "ete", "etre", "etait", "sont", "est", "bien", "mal", NULL};

  if (mt->n != 1 || !(pact_doc_key_is(doc, mt->tok, "traite") || pact_doc_key_is(doc, mt->tok, "traites"))) {
    return 0;
  }
  return pact_doc_key_is(doc, mt->tok + 1, "comme") ||
         (mt->tok > 0 && (pact_doc_is_punct(doc, mt->tok - 1, ',') || pact_doc_key_in(doc, mt->tok - 1, auxiliary)));
}

int
events_no_agreement_cue(const PactDoc *doc, const PactMatch *mt)
{
  /* "a treaty-level agreement": a modifier, not the agreement */
  if (pact_doc_is_punct(doc, mt->tok + mt->n, '-') && !(doc->toks.v[mt->tok + mt->n].flags & TF_SPACE)) {
    return 1;
  }
  /* "the Collective Security Treaty Organization", "North Atlantic
   * Treaty Organisation": a word of an institution's name; "no agreement
   * was announced", "Aucun accord écrit n'a été signé", "without a formal
   * treaty": an agreement denied is none */
  return treaty_organisation(doc, mt->tok + mt->n) || denied(doc, mt->tok) || treated(doc, mt);
}
