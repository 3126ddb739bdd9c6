/* A person's country from what the text says around the name, for those
 * their title gave none: the side they signed for ("X for the Nigerian
 * side"), a people's name as a noun ("le Suédois X") or a country's
 * possessive ("Sweden's X"), a description of the sentence ("The last
 * Bangladeshi army chief to visit Nepal was X"), the office of another
 * ("Sidhu's predecessor, Y"), a description before the name ("the French
 * commander of ..., Rear Admiral X"). Run by pact_doc_persons() once the
 * persons are found and merged (persons.c). */
#include "extract/persons.h"

#include <string.h>

/* The country a phrase right after a person's name says they stand for:
 * "X pour la partie nigériane", "Y for the Egyptian side", "Z pour la
 * Serbie", "W for Hungary", "on behalf of Kenya"; -1 when none. */
int32_t
persons_side_after(const PactDoc *doc, size_t k)
{
  static const char *const fors[] = {"for", "pour", NULL};
  static const char *const determiners[] = {"the", "la", "le", "l", "les", NULL};
  static const char *const sides[] = {"side", "partie", "cote", "delegation", NULL};
  const PactLexEntry *c;

  if (pact_doc_key_is(doc, k, "on") && pact_doc_key_is(doc, k + 1, "behalf") && pact_doc_key_is(doc, k + 2, "of")) {
    k += 2;
  } else if (!pact_doc_key_in(doc, k, fors) && !pact_doc_key_is(doc, k, "of")) {
    return -1;
  }
  k++;
  if (pact_doc_key_in(doc, k, determiners)) {
    k++;
    if (pact_doc_is_punct(doc, k, '\'')) {
      k++;
    }
  }
  c = pact_doc_entry(doc, k, LEX_COUNTRY);
  if (c && !pact_lex_is_demonym(c)) {
    const PactMatch *m = pact_doc_match_at(doc, k);
    size_t end = m ? m->tok + m->n : k + 1;
    /* "for Serbia" ends there: not "for Serbia's army" */
    return pact_doc_is_punct(doc, end, '\'') ? -1 : c->value;
  }
  /* "the Egyptian side", "la partie égyptienne" */
  if (c && pact_doc_key_in(doc, k + 1, sides)) {
    return c->value;
  }
  if (pact_doc_key_in(doc, k, sides)) {
    c = pact_doc_entry(doc, k + 1, LEX_COUNTRY);
    return c && pact_lex_is_demonym(c) ? c->value : -1;
  }
  return -1;
}

/* Whether a people's name as a noun, right after its article, stands
 * before token tok ("le Finlandais Antti Häkkänen", "l'Indien X", "the
 * Indian X"): the country it names, else -1. */
int32_t
persons_demonym_before(const PactDoc *doc, size_t tok)
{
  static const char *const the[] = {"l", "le", "la", "the", NULL};
  const PactLexEntry *c;
  size_t art;

  if (tok < 2 || (doc->toks.v[tok].flags & TF_SENT) || !(doc->toks.v[tok - 1].flags & TF_CAP)) {
    return -1;
  }
  c = pact_doc_entry(doc, tok - 1, LEX_COUNTRY);
  art = tok - 2;
  if (art > 0 && pact_doc_is_punct(doc, art, '\'')) {
    art--; /* "l'" */
  }
  return c && pact_lex_is_demonym(c) && pact_doc_key_in(doc, art, the) ? c->value : -1;
}

/* "Sweden's Pål Jonson": the country whose possessive ends right before
 * token tok, else -1. */
static int32_t
possessive_before(const PactDoc *doc, size_t tok)
{
  if (tok < 3 || (doc->toks.v[tok].flags & TF_SENT) || !pact_doc_key_is(doc, tok - 1, "s") ||
      !pact_doc_is_punct(doc, tok - 2, '\'')) {
    return -1;
  }
  for (size_t k = tok - 2; k > 0 && k + 4 > tok - 2; k--) {
    const PactLexEntry *c = pact_doc_entry(doc, k - 1, LEX_COUNTRY);
    const PactMatch *m = pact_doc_match_at(doc, k - 1);
    if (c && m && m->tok + m->n == tok - 2) {
      return pact_lex_is_demonym(c) ? -1 : c->value;
    }
  }
  return -1;
}

/* A person of no known country named right before a side they stand for
 * ("signed by X for the Nigerian side and by Y for Egypt") is of it. */
static void
persons_sides(PactDoc *doc)
{
  for (size_t i = 0; i + 1 < doc->toks.n; i++) {
    int32_t p = doc->owner[i];
    if (p < 0 || doc->owner[i + 1] == p || doc->things[p].cls != PACT_PERSON || doc->things[p].country >= 0) {
      continue;
    }
    doc->things[p].country = persons_side_after(doc, i + 1);
  }
}

/* "The last Bangladeshi army chief to visit Nepal was General X": the
 * name that completes a copula after a description of its sentence's
 * opening is of the description's country, not of a country named
 * between (Nepal). */
static void
persons_described_by_copula(PactDoc *doc)
{
  static const char *const articles[] = {"the", "le", "la", "l", NULL};

  for (size_t i = 1; i < doc->toks.n; i++) {
    int32_t p = doc->owner[i];
    size_t k = i;
    size_t a = i;
    if (p < 0 || doc->owner[i - 1] == p || doc->things[p].cls != PACT_PERSON || doc->things[p].first_tok != i) {
      continue;
    }
    while (k > 0 && pact_doc_has(doc, k - 1, LEX_TITLE) && doc->owner[k - 1] < 0) {
      k--;
    }
    if (k == 0 || !pact_doc_is_copula(doc, k - 1)) {
      continue;
    }
    while (a > 0 && doc->toks.v[a - 1].sentence == doc->toks.v[i].sentence) {
      a--;
    }
    /* "His Bolivian opposite number is Air Brigadier General X" */
    static const char *const possessives[] = {"his", "her", "their", "its", "son", "sa", "leur", NULL};
    if (!pact_doc_key_in(doc, a, articles) && !pact_doc_key_in(doc, a, possessives)) {
      continue;
    }
    /* a demonym among the description's first words, a title after it */
    for (size_t d = a + 1; d < a + 4 && d + 1 < k; d++) {
      const PactLexEntry *c = pact_doc_entry(doc, d, LEX_COUNTRY);
      if (pact_lex_is_demonym(c) && pact_doc_has(doc, d + 1, LEX_TITLE)) {
        doc->things[p].country = c->value;
        break;
      }
    }
  }
}

/* The person that owns token tok, or -1 (events_person_at's twin: this
 * stage runs before events.h's helpers). */
static int32_t
person_at(const PactDoc *doc, size_t tok)
{
  int32_t o = tok < doc->toks.n ? doc->owner[tok] : -1;

  return o >= 0 && doc->things[o].cls == PACT_PERSON ? o : -1;
}

/* "Sidhu's predecessor, Air Chief Marshal Y", "le prédécesseur de M.
 * Sidhu, le maréchal Y": one who held the same office is of the same
 * country as its holder named beside the word. */
static void
persons_in_office_of(PactDoc *doc)
{
  static const char *const office[] = {"predecessor", "successor", "predecesseur", "successeur", NULL};
  static const char *const filler[] = {"the", "le", "la", "l", "of", "de", "du", NULL};

  for (size_t i = 0; i < doc->toks.n; i++) {
    int32_t holder = -1;
    int32_t p = -1;
    /* the words are 9 to 12 letters long and open with p or s: most
     * tokens are let go at once */
    const char first = pact_token_key(&doc->toks, i)[0];
    if (doc->toks.v[i].key_len < 9 || doc->toks.v[i].key_len > 12 || (first != 'p' && first != 's') ||
        !pact_doc_key_in(doc, i, office)) {
      continue;
    }
    /* the holder: right before ("Sidhu's predecessor") or after "of"/"de" */
    if (i >= 3 && pact_doc_key_is(doc, i - 1, "s")) {
      holder = person_at(doc, i - 3); /* Sidhu ' s */
    } else if (i >= 1) {
      holder = person_at(doc, i - 1);
    }
    size_t k = i + 1;
    if (holder < 0 &&
        (pact_doc_key_is(doc, k, "of") || pact_doc_key_is(doc, k, "de") || pact_doc_key_is(doc, k, "du"))) {
      k++;
      while (k < doc->toks.n && k < i + 6 && (holder = person_at(doc, k)) < 0) {
        k++;
      }
      while (k < doc->toks.n && doc->owner[k] == holder && holder >= 0) {
        k++;
      }
    }
    if (holder < 0 || doc->things[holder].country < 0 || !pact_doc_is_punct(doc, k, ',')) {
      continue;
    }
    /* the one in apposition, after titles and articles */
    for (size_t j = k + 1; j < doc->toks.n && j < k + 12 && p < 0; j++) {
      p = person_at(doc, j);
      if (p < 0 && !(pact_doc_has(doc, j, LEX_TITLE) || pact_doc_key_in(doc, j, filler))) {
        break;
      }
    }
    if (p >= 0 && p != holder && doc->things[p].country < 0) {
      doc->things[p].country = doc->things[holder].country;
    }
  }
}

/* "the French commander of the Indian Ocean maritime zone, Rear Admiral
 * X", "the French Navy's chief of staff, Admiral Y": a description that
 * ends on the comma before a rank and the name is of the country of its
 * demonym (right after its article) or of its institution (before "'s"),
 * for someone the text gives no country otherwise. */
static void
persons_described_before(PactDoc *doc)
{
  static const char *const articles[] = {"the", "le", "la", "l", NULL};

  for (size_t p = 0; p < doc->n_things; p++) {
    PactThing *t = &doc->things[p];
    size_t c = t->first_tok;
    if (t->cls != PACT_PERSON || t->dead || t->country >= 0) {
      continue;
    }
    while (c > 0 && pact_doc_has(doc, c - 1, LEX_TITLE) && !(doc->toks.v[c].flags & TF_SENT)) {
      c--;
    }
    if (c == t->first_tok || c < 3 || !pact_doc_is_punct(doc, c - 1, ',') || (doc->toks.v[c].flags & TF_SENT)) {
      continue;
    }
    c--; /* the comma */
    int titled = 0;
    for (size_t d = c; d > 0 && c - d < 12; d--) {
      size_t a = d - 1;
      if (doc->toks.v[d].flags & TF_SENT || pact_doc_is_punct(doc, a, ',') || person_at(doc, a) >= 0) {
        break;
      }
      titled |= pact_doc_has(doc, a, LEX_TITLE);
      if (!pact_doc_key_in(doc, a, articles) || !titled) {
        continue;
      }
      const PactLexEntry *dem = pact_doc_entry(doc, a + 1, LEX_COUNTRY);
      /* "The head of the Sudanese contingent, Brigadier General X": a
       * demonym further in the description, after its own article */
      for (size_t k = a + 2; !pact_lex_is_demonym(dem) && k + 1 < c; k++) {
        if (pact_doc_key_in(doc, k - 1, articles) && pact_lex_is_demonym(pact_doc_entry(doc, k, LEX_COUNTRY))) {
          dem = pact_doc_entry(doc, k, LEX_COUNTRY);
        }
      }
      int32_t inst = doc->owner[a + 1];
      if (pact_lex_is_demonym(dem)) {
        t->country = dem->value;
      } else if (inst >= 0 && doc->things[inst].cls == PACT_INSTITUTION && doc->things[inst].country >= 0) {
        size_t e = a + 1;
        while (e < c && doc->owner[e] == inst) {
          e++;
        }
        if (pact_doc_is_punct(doc, e, '\'') && pact_doc_key_is(doc, e + 1, "s")) {
          t->country = doc->things[inst].country;
        }
      }
      break;
    }
  }
}

/* A person of no known country named right after a people's name as a
 * noun ("MM. Gram, Häkkänen et le Suédois Pål Jonson", when "M.
 * Häkkänen" came first), or after a country's possessive ("Sweden's Pål
 * Jonson"), is of that country. */
static void
persons_demonym_nouns(PactDoc *doc)
{
  for (size_t i = 2; i < doc->toks.n; i++) {
    int32_t p = doc->owner[i];
    if (p < 0 || doc->things[p].cls != PACT_PERSON || doc->things[p].country >= 0 || doc->owner[i - 1] == p) {
      continue;
    }
    int32_t c = possessive_before(doc, i);
    doc->things[p].country = c >= 0 ? c : persons_demonym_before(doc, i);
  }
}

void
persons_countries(PactDoc *doc)
{
  persons_sides(doc);
  persons_described_by_copula(doc);
  persons_in_office_of(doc);
  persons_described_before(doc);
  persons_demonym_nouns(doc);
}
