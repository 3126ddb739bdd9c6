/* Who a clause is about: the people a sentence names and where, its
 * subject past a pronoun or a description ("he", "the French minister",
 * "the two ministers"), the agent after "by"/"par", the words that open
 * a noun phrase, what a person's titles say of them (an ambassador), and
 * how clauses join (a new subject, two verbs of one subject).
 * Shared by the event detectors (events.h). */
#include "extract/events.h"
#include "util/text.h"

#include <ctype.h>
#include <string.h>

const PactLexEntry *
events_entry_kind(const PactDoc *doc, size_t tok, PactLexType type, const char *kind)
{
  const PactLexEntry *e = pact_doc_entry(doc, tok, type);

  return e && e->kind && (!kind || (e->kind[0] == kind[0] && strcmp(e->kind, kind) == 0)) ? e : NULL;
}

/* Tokens [a, b) of sentence s. */
void
events_sentence_span(const PactDoc *doc, uint32_t s, size_t around, size_t *a, size_t *b)
{
  size_t i = around;
  size_t j = around;

  while (i > 0 && doc->toks.v[i - 1].sentence == s) {
    i--;
  }
  while (j < doc->toks.n && doc->toks.v[j].sentence == s) {
    j++;
  }
  *a = i;
  *b = j;
}

/* Whether a clause of its own opens at tok: "; ", ", and", ", et", ",
 * while", ", tandis que", ", but", ", mais". */
static int
clause_opens(const PactDoc *doc, size_t tok)
{
  static const char *const joins[] = {"and", "et", "while", "tandis", "but", "mais", "whereas", "alors", NULL};

  return pact_doc_is_punct(doc, tok, ';') || (pact_doc_is_punct(doc, tok, ',') && pact_doc_key_in(doc, tok + 1, joins));
}

void
events_clause_span(const PactDoc *doc, size_t a, size_t b, size_t tok, size_t *ca, size_t *cb)
{
  size_t i = tok;
  size_t j = tok + 1;

  while (i > a && !clause_opens(doc, i - 1)) {
    i--;
  }
  while (j < b && !clause_opens(doc, j)) {
    j++;
  }
  *ca = i;
  *cb = j;
}

int
events_is_plural(const PactDoc *doc, size_t tok, size_t n)
{
  const char *key = pact_token_key(&doc->toks, tok + n - 1);
  size_t len = strlen(key);

  return (len > 3 && key[len - 1] == 's' && key[len - 2] != 's') || strcmp(key, "memoranda") == 0;
}

/* Words that open a noun phrase and are never a name, capitalised only
 * because a sentence starts with them: "Cet exercice", "This exercise". */
int
events_is_determiner(const PactDoc *doc, size_t tok)
{
  static const char *const words[] = {
    "the", "this", "that", "these", "those", "a", "an", "our", "their", "its", "his", "her", "each",
    "every", "next", "last", "le", "la", "les", "l", "un", "une", "ce", "cet", "cette", "ces", "notre",
    "nos", "leur", "leurs", "son", "sa", "ses", "chaque", "tout", "toute", "prochain", "prochaine",
    "dernier", "derniere", NULL};

  return pact_doc_key_in(doc, tok, words);
}

int32_t
events_person_at(const PactDoc *doc, size_t tok)
{
  int32_t o = tok < doc->toks.n ? doc->owner[tok] : -1;

  return o >= 0 && doc->things[o].cls == PACT_PERSON ? o : -1;
}

/* Whether the name that ends before tok owns the event told just after
 * it: "President X's visit to South Africa", "X's three-day trip" (a few
 * words between, no one else and no comma). The visit is X's, and X is
 * no object of a verb before. */
int
events_owns_event(const PactDoc *doc, size_t tok, size_t b)
{
  if (!pact_doc_is_punct(doc, tok, '\'') || !pact_doc_key_is(doc, tok + 1, "s")) {
    return 0;
  }
  for (size_t i = tok + 2; i < b && i < tok + 6; i++) {
    if (pact_doc_has(doc, i, LEX_EVENT)) {
      return 1;
    }
    if (doc->owner[i] >= 0 || pact_doc_is_punct(doc, i, ',')) {
      return 0;
    }
  }
  return 0;
}

/* The first token of [a, b) that names a person, or b. */
size_t
events_first_person(const PactDoc *doc, size_t a, size_t b)
{
  while (a < b && events_person_at(doc, a) < 0) {
    a++;
  }
  return a;
}

/* The person nearest before `tok` in [a, tok), or after it in [tok, b).
 * Before it, not one honoured at a monument ("laid a wreath at the
 * memorial of X, and visited Y": X visits nothing). */
int32_t
events_person_near(const PactDoc *doc, size_t a, size_t b, size_t tok, int before)
{
  if (before) {
    for (size_t i = tok; i > a; i--) {
      int32_t p = events_person_at(doc, i - 1);
      if (p < 0) {
        continue;
      }
      size_t start = i - 1;
      while (start > a && events_person_at(doc, start - 1) == p) {
        start--;
      }
      if (!pact_doc_commemorated(doc, start)) {
        return p;
      }
      i = start + 1;
    }
    return -1;
  }
  for (size_t i = tok; i < b; i++) {
    int32_t p = events_person_at(doc, i);
    if (p >= 0) {
      return p;
    }
  }
  return -1;
}

/* Whether a sentence opens at tok with "Ce dernier", "Cette dernière",
 * "The latter": it speaks of the last person named, whatever the
 * subject of the sentence before. */
static int
latter_opens(const PactDoc *doc, size_t tok)
{
  if (tok > 0 && doc->toks.v[tok - 1].sentence == doc->toks.v[tok].sentence) {
    return 0;
  }
  if (pact_doc_key_is(doc, tok, "ce") || pact_doc_key_is(doc, tok, "cette")) {
    return pact_doc_key_is(doc, tok + 1, "dernier") || pact_doc_key_is(doc, tok + 1, "derniere");
  }
  return pact_doc_key_is(doc, tok, "latter") || (pact_doc_key_is(doc, tok, "the") && pact_doc_key_is(doc, tok + 1, "latter"));
}

/* Whether the name at `first` is the complement of a copula in [a,
 * first), titles aside: "The last army chief to visit Nepal was General
 * X" (the description is X, not someone told before). */
static int
copula_names(const PactDoc *doc, size_t a, size_t first)
{
  size_t k = first;

  if (events_person_at(doc, first) < 0) {
    return 0;
  }
  while (k > a && pact_doc_has(doc, k - 1, LEX_TITLE)) {
    k--;
  }
  return k > a && pact_doc_is_copula(doc, k - 1);
}

/* Whether the word at tok can head a description of someone told before:
 * a title ("the army chief", "le ministre") or the role the story gives
 * him ("the visitor", "le visiteur", "the guest"). */
static int
describes_person(const PactDoc *doc, size_t tok)
{
  static const char *const roles[] = {"visitor", "visiteur", "visiteuse", "guest", NULL};

  return pact_doc_has(doc, tok, LEX_TITLE) || pact_doc_key_in(doc, tok, roles);
}

/* The pronouns that stand for a person as a clause's subject. */
const char *const events_subject_pronouns[] = {"he", "she", "il", "elle", NULL};

/* Whether the sentence that starts at `a` opens with a pronoun or a
 * definite description ("He", "Il", "The army chief", "Le ministre"), not
 * with a name: its subject is someone told before. */
int
events_opens_with_reference(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const articles[] = {"the", "le", "la", "l", NULL};

  if (a >= b) {
    return 0;
  }
  if (pact_doc_key_in(doc, a, events_subject_pronouns) || latter_opens(doc, a)) {
    return 1;
  }
  if (!pact_doc_key_in(doc, a, articles)) {
    return 0;
  }
  /* "The army chief", "The Greek minister", "Le chef d'état-major": a
   * title within the next few words, before any name, and not followed
   * by the name in apposition ("The army chief of Jordan, General Samir
   * Haddad, arrived"): `b` is where the sentence's first name starts */
  for (size_t i = a + 1; i < b && i < a + 5; i++) {
    if (events_person_at(doc, i) >= 0) {
      return 0;
    }
    if (describes_person(doc, i)) {
      for (size_t k = i; k < b && b - a <= 12; k++) {
        /* "The Lebanese minister, who left Beirut": a relative clause,
         * no name in apposition */
        if (pact_doc_is_punct(doc, k, ',') &&
            !(pact_doc_key_is(doc, k + 1, "who") || pact_doc_key_is(doc, k + 1, "qui"))) {
          return 0;
        }
      }
      /* "The last Bangladeshi army chief to visit Nepal was General X":
       * the name after the copula is whom the description names */
      if (copula_names(doc, i, b)) {
        return 0;
      }
      /* "Le général Wei était arrivé": the title names who follows it */
      size_t k = i;
      while (k < b && (pact_doc_has(doc, k, LEX_TITLE) || pact_doc_has(doc, k, LEX_COUNTRY))) {
        k++;
      }
      return k < b;
    }
  }
  return 0;
}

/* Whether a description stands for the subject before the verb that
 * names the sentence's first person as its object: "Earlier in the day
 * the Indian Army chief called on Prime Minister X" (X is no subject). */
static int
described_subject(const PactDoc *doc, size_t a, size_t first)
{
  static const char *const articles[] = {"the", "le", "la", "l", NULL};

  if (copula_names(doc, a, first)) {
    return 0;
  }

  for (size_t k = a; k < first; k++) {
    if (!pact_doc_key_in(doc, k, articles)) {
      continue;
    }
    for (size_t t = k + 1; t < first && t < k + 5; t++) {
      if (describes_person(doc, t)) {
        for (size_t v = t + 1; v < first; v++) {
          if ((events_entry_kind(doc, v, LEX_EVENT, "meeting") || events_entry_kind(doc, v, LEX_EVENT, "visit")) &&
              !(doc->toks.v[v].flags & TF_CAP)) {
            return 1;
          }
        }
        return 0;
      }
    }
  }
  return 0;
}

/* The first token of the titles before `first` ("M. Sidhu", "General
 * X"), not before a + 1. */
static size_t
titled_from(const PactDoc *doc, size_t a, size_t first)
{
  while (first > a + 1 && (pact_doc_has(doc, first - 1, LEX_TITLE) || pact_doc_is_punct(doc, first - 1, '.'))) {
    first--;
  }
  return first;
}

/* "Sidhu's predecessor, Air Chief Marshal Y", "Le prédécesseur de M.
 * Sidhu, le maréchal Y": when the sentence's first person at `first`
 * only names whose relative the subject is (a possessive, or "of"/"de"
 * after an opening noun), the subject is the one in apposition after the
 * comma; else the first person. */
int32_t
events_apposed_subject(const PactDoc *doc, size_t a, size_t b, size_t first)
{
  static const char *const filler[] = {"the", "le", "la", "l", "of", "de", "du", "d", NULL};
  int32_t p = events_person_at(doc, first);
  size_t e = first;
  size_t comma;

  while (e < b && events_person_at(doc, e) == p) {
    e++;
  }
  if (pact_doc_key_is(doc, e + 1, "s") && pact_doc_is_punct(doc, e, '\'')) {
    comma = e + 2; /* "Sidhu's predecessor," */
  } else if (first > a + 1 && first < a + 8 && events_is_determiner(doc, a) && pact_doc_key_in(doc, titled_from(doc, a, first) - 1, filler)) {
    comma = e; /* "Le prédécesseur de M. Sidhu," */
  } else {
    return p;
  }
  while (comma < b && comma < e + 5 && !pact_doc_is_punct(doc, comma, ',') && !(doc->toks.v[comma].flags & TF_CAP)) {
    comma++;
  }
  if (comma >= b || !pact_doc_is_punct(doc, comma, ',')) {
    return p;
  }
  for (size_t j = comma + 1; j < b && j < comma + 12; j++) {
    int32_t q = events_person_at(doc, j);
    if (q >= 0) {
      return q != p ? q : p;
    }
    if (!(pact_doc_has(doc, j, LEX_TITLE) || pact_doc_key_in(doc, j, filler) || pact_doc_is_punct(doc, j, '\''))) {
      break;
    }
  }
  return p;
}

/* Who "he", "il", "the Pakistani official" is: the subject of the nearest
 * earlier sentence that names a person; when that sentence's subject is
 * itself "he" or "the army chief", the subject before it, and so on (a
 * few sentences back at most). The subject is the first person named
 * that no preposition introduces. */
int32_t
events_person_before(const PactDoc *doc, size_t tok)
{
  size_t i = tok;
  int latter = tok < doc->toks.n && latter_opens(doc, tok);

  for (int hops = 0; hops < 6; hops++) {
    int32_t p = -1;
    while (i > 0 && p < 0) {
      p = events_person_at(doc, i - 1);
      latter |= p < 0 && latter_opens(doc, i - 1);
      i--;
      /* "The Cambodian minister is a frequent visitor to Hanoi. He was
       * last received by X": a sentence whose subject describes someone
       * told before, though it names no one */
      if (p < 0 && i < tok && (doc->toks.v[i].flags & TF_SENT)) {
        p = events_described_at(doc, i);
        if (p >= 0) {
          return p;
        }
      }
    }
    if (p < 0) {
      return -1;
    }
    if (latter) {
      return p; /* "X took command from Y ... before Z. Ce dernier ...; il": Z */
    }
    uint32_t s = doc->toks.v[i].sentence;
    size_t a;
    size_t b;
    events_sentence_span(doc, s, i, &a, &b);
    int32_t first = -1;
    size_t first_tok = b;
    for (size_t j = a; j < b && first < 0; j++) {
      first = events_person_at(doc, j);
      first_tok = j;
    }
    /* "He also called on General X": the subject is not X; nor is one
     * named after "by", "par", "with", "avec" ("Le mardi, le ministre a
     * été reçu par X. Il s'est également entretenu avec Y": "il" is the
     * minister). A sentence with no person for subject ("a visit to Qatar
     * by X, which began on Sunday") sends further back too: measured on
     * the whole corpus, that is right more often than taking X. */
    /* "On Tuesday he laid a wreath at the memorial of X": a pronoun
     * before the first name is the subject */
    int pronoun = 0;
    for (size_t j = a; j < first_tok && j < a + 6 && !pronoun; j++) {
      pronoun = pact_doc_key_in(doc, j, events_subject_pronouns);
    }
    /* "Le commandant de l'armée zambienne, le lieutenant-général X, s'est
     * rendu en Chine": the description that opens the sentence is X,
     * named in apposition after it */
    int apposed = 0;
    {
      size_t k = titled_from(doc, a, first_tok);
      if (k > a && events_is_determiner(doc, k - 1)) {
        k--;
      }
      size_t e = first_tok;
      while (e < b && events_person_at(doc, e) == first) {
        e++;
      }
      apposed = k > a + 1 && pact_doc_is_punct(doc, k - 1, ',') && e < b && pact_doc_is_punct(doc, e, ',');
    }
    if (pronoun || (events_opens_with_reference(doc, a, first_tok) && !apposed) ||
        events_agent_of_phrase(doc, a, first_tok) || described_subject(doc, a, first_tok)) {
      i = a;
      continue;
    }
    return events_apposed_subject(doc, a, b, first_tok);
  }
  return -1;
}

/* Whether one of t's titles holds one of `keys` (token keys, or their
 * starts; NULL-terminated): as a whole word with `whole` ("minister", not
 * "ministry"), anywhere without. Each title is keyed once for all. */
static int
title_holds_any(const PactThing *t, const char *const *keys, int whole)
{
  for (size_t i = 0; i < t->n_titles; i++) {
    PactBuf k = {0};
    int yes = 0;
    if (pact_text_key(&k, t->titles[i], strlen(t->titles[i])) == PACT_OK) {
      for (size_t e = 0; keys[e] && !yes; e++) {
        size_t n = strlen(keys[e]);
        for (const char *h = strstr(pact_buf_str(&k), keys[e]); h && !yes; h = strstr(h + 1, keys[e])) {
          yes = !whole || ((h == pact_buf_str(&k) || !isalnum((unsigned char)h[-1])) && !isalnum((unsigned char)h[n]));
        }
      }
    }
    pact_buf_free(&k);
    if (yes) {
      return 1;
    }
  }
  return 0;
}

static int
title_holds(const PactThing *t, const char *key, int whole)
{
  const char *const keys[] = {key, NULL};

  return title_holds_any(t, keys, whole);
}

static int
has_title_word(const PactThing *t, const char *stem)
{
  return title_holds(t, stem, 0);
}

/* Adds person p to out[0..n) when titled and of another side than out[0]
 * (or of no known country); returns the new count. */
static size_t
other_titled(const PactDoc *doc, int32_t p, int32_t out[2], size_t n)
{
  if (p < 0 || doc->things[p].n_titles == 0) {
    return n;
  }
  if (n == 1 && (out[0] == p || (doc->things[p].country >= 0 && doc->things[p].country == doc->things[out[0]].country))) {
    return n;
  }
  out[n] = p;
  return n + 1;
}

/* "the two ministers held talks", "les deux ministres": the story's first
 * two people of two countries with that title (not the last two named: a
 * deputy minister who met the visitor at the airport is no one of "the
 * two ministers"). 0 when the sentence before tok says no "two" with such
 * a noun. */
int
events_two_titled(const PactDoc *doc, size_t tok, int32_t out[2])
{
  static const char *const two[] = {"two", "deux", "both", NULL};
  static const struct {
    const char *noun; /* a token key's start */
    const char *stem; /* in the title's key */
  } nouns[] = {{"minister", "minist"}, {"ministre", "minist"}, {"general", "general"}, {"generaux", "general"},
               {"commander", "command"}, {"commandant", "command"},
               /* "the two defence chiefs", "les deux responsables": any title */
               {"chiefs", ""}, {"chefs", ""}, {"leaders", ""}, {"responsables", ""}, {"officials", ""},
               {NULL, NULL}};
  uint32_t s = doc->toks.v[tok].sentence;
  size_t i = tok;

  while (i > 0 && doc->toks.v[i - 1].sentence == s && !pact_doc_key_in(doc, i - 1, two)) {
    i--;
  }
  if (i == 0 || doc->toks.v[i - 1].sentence != s) {
    return 0;
  }
  /* the noun after "two", maybe past a possessive and an adjective: "the
   * two countries' defence chiefs" */
  size_t k = 0;
  const char *key = NULL;
  for (size_t j = i; j < tok && j < i + 5 && !key; j++) {
    if (doc->toks.v[j].kind == TOK_PUNCT && !pact_doc_is_punct(doc, j, '\'')) {
      break;
    }
    for (k = 0; nouns[k].noun && !key; k++) {
      if (strncmp(pact_token_key(&doc->toks, j), nouns[k].noun, strlen(nouns[k].noun)) == 0) {
        key = nouns[k].noun;
        break;
      }
    }
  }
  if (!key) {
    return 0;
  }
  if (nouns[k].stem[0]) {
    /* "the two ministers": the story's first two of that title, of two
     * sides */
    size_t n = 0;
    int32_t last = -1;
    for (size_t t = 0; t < tok && n < 2; t++) {
      int32_t p = events_person_at(doc, t);
      if (p < 0 || p == last) {
        continue; /* one check per mention, not per word of it */
      }
      last = p;
      if ((n == 1 && doc->things[p].country >= 0 && doc->things[p].country == doc->things[out[0]].country) ||
          (n == 1 && out[0] == p) ||
          !(has_title_word(&doc->things[p], nouns[k].stem) ||
            /* a Secretary of Defense, a secrétaire à la Défense, is his country's defence minister */
            (strcmp(nouns[k].stem, "minist") == 0 && has_title_word(&doc->things[p], "secreta")))) {
        continue;
      }
      out[n++] = p;
    }
    return n == 2;
  }
  /* "the two leaders", "the two defence chiefs": the last two titled
   * persons before, of two sides; in a lead that names no one yet, the
   * first two after */
  size_t n = 0;
  for (size_t t = tok; t > 0 && n < 2; t--) {
    n = other_titled(doc, events_person_at(doc, t - 1), out, n);
  }
  for (size_t t = tok; n < 2 && doc->toks.v[tok].sentence <= 1 && t < doc->toks.n; t++) {
    n = other_titled(doc, events_person_at(doc, t), out, n);
  }
  return n == 2;
}

/* Whether the person named at `first` stands after "par", "by", "avec",
 * "with" (past their title), within the sentence that starts at a. */
int
events_agent_of_phrase(const PactDoc *doc, size_t a, size_t first)
{
  static const char *const small[] = {"de", "du", "des", "d", "l", "la", "le", "les", "the", "of", NULL};
  static const char *const agents[] = {"par", "by", "with", "avec", NULL};
  /* "La délégation était conduite par X", "the delegation, led by X":
   * who leads the subject stands for it */
  static const char *const leading[] = {"led", "headed", "conduite", "conduit", "dirigee", "dirige", "menee", NULL};

  for (size_t i = first; i > a && first - i < 12; i--) {
    size_t k = i - 1;
    if (pact_doc_key_in(doc, k, agents)) {
      return !(k > a && pact_doc_key_in(doc, k - 1, leading));
    }
    if (!(pact_doc_is_punct(doc, k, ',') || pact_doc_is_punct(doc, k, '\'') || pact_doc_key_in(doc, k, small) ||
          pact_doc_has(doc, k, LEX_TITLE) || pact_doc_has(doc, k, LEX_COUNTRY) ||
          (doc->toks.v[k].flags & TF_CAP))) {
      return 0;
    }
  }
  return 0;
}

/* Whom "the French minister", "le ministre nigérian", "the visiting
 * Egyptian general" at tok names: a title and a demonym after a definite
 * article, with no name of its own after them, are the person of that
 * country told last before (-1 when none is). */
int32_t
events_described_at(const PactDoc *doc, size_t tok)
{
  static const char *const definite[] = {"the", "le", "la", "l", NULL};
  size_t i = tok + 1;
  int32_t country = -1;
  size_t titled = 0;

  if (!pact_doc_key_in(doc, tok, definite)) {
    return -1;
  }
  if (pact_doc_is_punct(doc, i, '\'')) {
    i++;
  }
  if (pact_doc_key_is(doc, i, "visiting")) {
    i++;
  }
  for (size_t end = i + 3; i < end && i < doc->toks.n; i++) {
    const PactLexEntry *c = pact_doc_entry(doc, i, LEX_COUNTRY);
    if (events_person_at(doc, i) >= 0) {
      return -1; /* "the French minister Claire Dumont": named */
    }
    if (pact_lex_is_demonym(c) && country < 0) {
      country = c->value;
    } else if (pact_doc_has(doc, i, LEX_TITLE) && !titled) {
      titled = i;
    } else {
      break;
    }
  }
  if (country < 0 || !titled || events_person_at(doc, i) >= 0 || pact_doc_is_punct(doc, i, ',')) {
    return -1;
  }
  /* the title's word says which of that country's people: "the French
   * minister" is the minister, not the ministry's spokesman; a word of any
   * rank ("l'officier bangladais", "the Nigerian official") is the last
   * titled one */
  static const char *const any_rank[] = {"officer", "officier", "official", "officiel", "responsable", NULL};
  const char *word = pact_token_key(&doc->toks, titled);
  int any = pact_doc_key_in(doc, titled, any_rank);
  for (size_t k = tok; k > 0; k--) {
    int32_t p = events_person_at(doc, k - 1);
    /* "his visiting Cambodian counterpart, General X" holds the title of
     * whom he is the counterpart of: "the Cambodian minister" */
    if (p >= 0 && doc->things[p].country == country &&
        (any ? doc->things[p].n_titles > 0
             : title_holds(&doc->things[p], word, 1) || title_holds(&doc->things[p], "counterpart", 1) ||
                 title_holds(&doc->things[p], "homologue", 1))) {
      return p;
    }
  }
  return -1;
}

int
events_is_ambassador(const PactThing *t)
{
  /* a Commonwealth country's envoy is its High Commissioner */
  static const char *const envoys[] = {"ambassad", "high-commissioner", "haut-commissaire", NULL};

  return title_holds_any(t, envoys, 0);
}

int
events_titled_as(const PactThing *t, const char *key)
{
  return title_holds(t, key, 1);
}

/* Whether tok is a plural subject standing for the people of the story:
 * "the two ministers", "both ministers", "les deux responsables", "they". */
int
events_plural_people(const PactDoc *doc, size_t tok)
{
  static const char *const words[] = {"ministers", "ministres", "leaders", "chiefs", "chefs", "responsables",
                                      "counterparts", "homologues", "officials", "officers", "officiers",
                                      "generals", "generaux", "commanders", "admirals", "amiraux", "heads",
                                      "dirigeants", "men", "hommes", "they", "ils", "elles", NULL};

  return pact_doc_key_in(doc, tok, words);
}

/* Appends to out[0..n) each person named in [a, b) not there yet, up to
 * `max`; returns the new count. */
size_t
events_add_persons(const PactDoc *doc, size_t a, size_t b, int32_t *out, size_t n, size_t max)
{
  for (size_t i = a; i < b && n < max; i++) {
    int32_t p = events_person_at(doc, i);
    int seen = p < 0;
    for (size_t k = 0; k < n && !seen; k++) {
      seen = out[k] == p;
    }
    if (!seen) {
      out[n++] = p;
    }
  }
  return n;
}

/* Where the word "with"/"avec" at `tok` opens those who sit in, the cue of
 * attendance that follows it in [tok, b) ("received by the President, with
 * X and Foreign Minister Y also taking part"), or b. */
size_t
events_with_attendance(const PactDoc *doc, size_t tok, size_t b)
{
  if (!pact_doc_key_is(doc, tok, "with") && !pact_doc_key_is(doc, tok, "avec")) {
    return b;
  }
  for (size_t j = tok + 1; j < b && j < tok + 16; j++) {
    if (events_entry_kind(doc, j, LEX_EVENT, "attendance")) {
      return j;
    }
    if (pact_doc_is_punct(doc, j, ',') || pact_doc_is_punct(doc, j, ';') || pact_doc_is_punct(doc, j, '.')) {
      if (!(j + 1 < b && events_person_at(doc, j + 1) >= 0)) {
        return b; /* a list of people goes on past a comma, nothing else */
      }
    }
  }
  return b;
}

/* Whether a new clause starts between tok a and the cue at b, with no
 * one named in it, or a pronoun stands for its subject: "held talks with
 * X, and on Wednesday he met Y", "s'est entretenu avec X, puis a été reçu
 * par Y", "talks with X in Nicosia, where he also met Y": the cue's
 * subject is then the sentence's, not X. */
int
events_new_clause(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const joins[] = {"and", "et", "puis", NULL};

  for (size_t i = a; i < b; i++) {
    if (pact_doc_key_in(doc, i, events_subject_pronouns)) {
      return 1; /* "talks with X in Nicosia, where he also met Y" */
    }
    if (pact_doc_key_in(doc, i, joins)) {
      for (size_t k = i + 1; k < b; k++) {
        if (events_person_at(doc, k) >= 0) {
          return 0;
        }
      }
      return 1;
    }
  }
  return 0;
}

/* Whether [a, b) between one verb's objects and the next cue joins two
 * verbs of one subject: "and", "et", "then", "puis", "also", a comma; no
 * relative pronoun ("who", "qui") and no new subject. */
int
events_joined_verb(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const joins[] = {"and", "et", "puis", NULL};
  static const char *const fillers[] = {"and", "et", "then", "puis", "also", "later", "ensuite", "egalement",
                                        "aussi", "a", "has", "had", "s", "est", "il", "he", "she", "elle", NULL};
  int joined = 0;
  /* "He called on X on June 7, met Y, and laid a wreath": a comma alone
   * joins a verb in the past ("met", "held", "called on", "received"),
   * past the first verb's date */
  const char *verb = b < doc->toks.n ? pact_token_key(&doc->toks, b) : "";
  size_t len = strlen(verb);
  int past = strcmp(verb, "met") == 0 || strcmp(verb, "held") == 0 || strcmp(verb, "paid") == 0 ||
             (len > 4 && strcmp(verb + len - 2, "ed") == 0);

  for (size_t d = 0; past && d < doc->n_dates; d++) {
    if (doc->dates[d].tok == a) {
      a += doc->dates[d].n;
    } else if (doc->dates[d].tok == a + 1 && (pact_doc_key_is(doc, a, "on") || pact_doc_key_is(doc, a, "in"))) {
      a = doc->dates[d].tok + doc->dates[d].n;
    }
  }
  if (b > a + 6) {
    return 0;
  }
  for (size_t i = a; i < b; i++) {
    joined |= pact_doc_key_in(doc, i, joins) || (past && i + 1 == b && pact_doc_is_punct(doc, i, ','));
    if (!(pact_doc_key_in(doc, i, fillers) || pact_doc_is_punct(doc, i, ',') || pact_doc_is_punct(doc, i, '\''))) {
      return 0;
    }
  }
  return joined;
}

/* Whether the cue's objects in [a, b) are joined by "and with", "et
 * avec": a meeting of them all, not one with each (unless the talks are
 * told as separate: "held separate talks with X and with Y", "s'est
 * entretenu séparément avec X et avec Y"). */
int
events_with_repeated(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const apart[] = {"separate", "separately", "separement", "successivement", "respectively",
                                      NULL};

  if (pact_doc_first_in(doc, a > 4 ? a - 4 : 0, b, apart) < b) {
    return 0;
  }
  for (size_t i = a; i + 1 < b; i++) {
    if ((pact_doc_key_is(doc, i, "and") && pact_doc_key_is(doc, i + 1, "with")) ||
        (pact_doc_key_is(doc, i, "et") && pact_doc_key_is(doc, i + 1, "avec"))) {
      return 1;
    }
  }
  return 0;
}
