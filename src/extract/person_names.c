/* What a person's name looks like in the text, with no list of names:
 * capitalised words that the lexicon does not read as something else,
 * with their initials, particles ("bin", "al-") and joined pieces
 * ("Pierre-Antoine", "Kim Dae-ho"); and the person thing a name makes. */
#include "extract/persons.h"

#include <stdlib.h>
#include <string.h>

/* A common word of the article's language ("Hautes", "Foreign"), which a
 * name needs at least one word that is not. */
int
persons_known_word(const PactDoc *doc, size_t tok)
{
  const PactToken *t = &doc->toks.v[tok];

  return pact_lexicon_is_word_hash(doc->lex, doc->lang, pact_token_key(&doc->toks, tok), t->key_len,
                                   t->hash);
}

/* Lexicon things that are never part of a person's name. */
static int
lexicon_word(const PactDoc *doc, size_t tok)
{
  const PactMatch *m = pact_doc_match_at(doc, tok);
  const uint32_t types = 1u << LEX_COUNTRY | 1u << LEX_PLACE | 1u << LEX_TITLE | 1u << LEX_INSTITUTION |
                         1u << LEX_MONTH | 1u << LEX_WEEKDAY | 1u << LEX_RELATIVE | 1u << LEX_EVENT |
                         1u << LEX_AGREEMENT | 1u << LEX_STATUS | 1u << LEX_AREA;

  if (m && m->n == 1 && (m->types & types) == 1u << LEX_EVENT && (doc->toks.v[tok].flags & TF_CAP) &&
      !(doc->toks.v[tok].flags & TF_SENT)) {
    /* "General Said Chanegriha": a verb of speech written with a capital
     * inside a sentence is a name */
    int speech = 1;
    for (size_t i = 0; i < m->ne && speech; i++) {
      speech = m->e[i].type != LEX_EVENT || (m->e[i].kind && strcmp(m->e[i].kind, "speech") == 0);
    }
    if (speech) {
      return 0;
    }
  }
  return m && (m->types & types) != 0;
}

/* Whether the lexicon's only reading of `tok` is a one-word month or
 * place, which a name may contain ("Jan Kowalski", "Ana Lima"). */
static int
weak_lexicon_word(const PactDoc *doc, size_t tok)
{
  const PactMatch *m = pact_doc_match_at(doc, tok);

  if (!m || m->n != 1) {
    return 0;
  }
  for (size_t i = 0; i < m->ne; i++) {
    if (m->e[i].type != LEX_MONTH && m->e[i].type != LEX_PLACE) {
      return 0;
    }
  }
  return 1;
}

/* Whether tokens i and j are one word: the same key (the hash first, as
 * it settles nearly every comparison). */
static int
same_word(const PactDoc *doc, size_t i, size_t j)
{
  const PactToken *u = &doc->toks.v[i];
  const PactToken *v = &doc->toks.v[j];

  return u->hash == v->hash && u->key_len == v->key_len &&
         memcmp(pact_token_key(&doc->toks, i), pact_token_key(&doc->toks, j), u->key_len) == 0;
}

/* Whether the capitalised word at `tok` stands alone elsewhere in the
 * article, not after the word before it here: "Maurice Slim", then
 * "Slim, Lebanon's Minister of National Defence" and "Slim said". */
int
persons_used_alone(const PactDoc *doc, size_t tok)
{
  for (size_t i = 1; i < doc->toks.n; i++) {
    if (i != tok && (doc->toks.v[i].flags & TF_CAP) && same_word(doc, i, tok) && !same_word(doc, i - 1, tok - 1)) {
      return 1;
    }
  }
  return 0;
}

/* Whether the word at tok is, wherever the article says it, followed
 * by the word after it here: "Maurice" only ever in "Maurice Slim". */
static int
always_before_next(const PactDoc *doc, size_t tok)
{
  for (size_t i = 0; i + 1 < doc->toks.n; i++) {
    if (i != tok && same_word(doc, i, tok) && !same_word(doc, i + 1, tok + 1)) {
      return 0;
    }
  }
  return 1;
}

/* persons_name_word but for the owner test. */
static int
name_word_unowned(const PactDoc *doc, size_t tok)
{
  const PactToken *t = &doc->toks.v[tok];

  if (!(t->flags & TF_CAP)) {
    return 0;
  }
  if (lexicon_word(doc, tok)) {
    /* a month or a city inside a run of name words: "Jan Kowalski" (a
     * capitalised word follows), "Ana Lima" (one precedes) */
    int before = tok > 0 && is_word(doc, tok - 1) && (doc->toks.v[tok - 1].flags & TF_CAP) &&
                 !lexicon_word(doc, tok - 1) && !(t->flags & TF_SENT);
    int after = tok + 1 < doc->toks.n && is_word(doc, tok + 1) && (doc->toks.v[tok + 1].flags & TF_CAP) &&
                !lexicon_word(doc, tok + 1) && !(doc->toks.v[tok + 1].flags & TF_SENT);
    /* "Gen. Henry Delgado Salvador": a country's one-word name after two
     * name words is a surname (Spanish and Portuguese ones often are) */
    const PactLexEntry *c = pact_doc_entry(doc, tok, LEX_COUNTRY);
    int surname = before && tok > 1 && c && !pact_lex_is_demonym(c) && pact_doc_match_at(doc, tok)->n == 1 &&
                  is_word(doc, tok - 2) && (doc->toks.v[tok - 2].flags & TF_CAP) && !lexicon_word(doc, tok - 2) &&
                  !(doc->toks.v[tok - 1].flags & TF_SENT);
    /* "Atul M. Gotsurve": a letter between two name words is an initial,
     * not the honorific "M." */
    int initial = before && t->key_len == 1 && pact_doc_is_punct(doc, tok + 1, '.') && tok + 2 < doc->toks.n &&
                  is_word(doc, tok + 2) && (doc->toks.v[tok + 2].flags & TF_CAP) && !lexicon_word(doc, tok + 2);
    /* "Lebanon's Maurice Slim", "le ministre libanais, Maurice Slim":
     * a country's one-word name before a capitalised word that the
     * article also uses alone (Maurice is Mauritius in French, and
     * Israel, Jordan and Chad are given names too) */
    int given = after && !before && c && !pact_lex_is_demonym(c) && pact_doc_match_at(doc, tok)->n == 1 &&
                persons_used_alone(doc, tok + 1) && always_before_next(doc, tok);
    if (!surname && !initial && !given && (!weak_lexicon_word(doc, tok) || !(before || after) ||
                     (pact_doc_entry(doc, tok, LEX_MONTH) && !after))) {
      return 0;
    }
  }
  /* "À Tachkent, le général...", "A Qatari delegation": a word of one
   * letter opening a sentence, with no full stop of an initial, is an
   * article or a preposition */
  if ((t->flags & TF_SENT) && t->key_len == 1 &&
      !pact_doc_is_punct(doc, tok + 1, '.')) {
    return 0;
  }
  /* "In Lahore, Ulugetenne addressed...", "Dans Karachi": a preposition
   * or an article, capitalised because it opens the sentence, opens no
   * name */
  if (t->flags & TF_SENT) {
    static const char *const openers[] = {"in", "at", "on", "from", "during", "after", "before", "with", "for",
                                          "by", "as", "to", "of", "the", "an", "and", "but", "while", "when",
                                          "since", "under", "until", "then", "also", "en", "dans", "au", "aux",
                                          "le", "la", "les", "du", "des", "de", "pour", "par", "avec", "sur",
                                          "apres", "avant", "pendant", "depuis", "puis", "et", "mais", NULL};
    if (pact_doc_key_in(doc, tok, openers)) {
      return 0;
    }
  }
  /* An all-capitals word of 3+ letters is an acronym, not a name. */
  if ((t->flags & TF_UPPER) && t->key_len >= 3) {
    return 0;
  }
  return 1;
}

int
persons_name_word(const PactDoc *doc, size_t tok)
{
  if (!is_word(doc, tok) || doc->owner[tok] != -1) {
    return 0;
  }
  /* asked of most tokens several times (each finder of persons asks of
   * its neighbours too): the answer is kept, for an owner changes only
   * from -1 to a thing, never back */
  if (!doc->name_word) {
    return name_word_unowned(doc, tok);
  }
  if (!doc->name_word[tok]) {
    doc->name_word[tok] = (uint8_t)(1 + name_word_unowned(doc, tok));
  }
  return doc->name_word[tok] == 2;
}

static int
is_particle(const PactDoc *doc, size_t tok)
{
  static const char *const particles[] = {"bin", "ibn", "ben", "al", "el", "van", "von", "der", "den", "ter",
                                          "da", "di", "dos", "das", "de", "del", "della", "la", "bint", "binti", "ibni",
                                          "ould", "ul", "ud", "ur", "uz", "du" /* "Étienne du Peyroux" */, NULL};

  return is_word(doc, tok) && !(doc->toks.v[tok].flags & TF_CAP) &&
         (pact_doc_key_in(doc, tok, particles) ||
          pact_doc_key_is(doc, tok, "e")); /* "Soares e Silva" */
}

/* A lowercase piece of two to four letters that no compound ends with. */
static int
syllable(const PactDoc *doc, size_t tok)
{
  static const char *const endings[] = {"led", "run", "era", "type", "made", "born", "like", "wide", "held",
                                        "based", "area", "ward", "bound", "free", "long", "old", "year", NULL};
  const PactToken *t = &doc->toks.v[tok];

  return is_word(doc, tok) && !(t->flags & TF_CAP) && t->key_len >= 2 && t->key_len <= 4 &&
         !pact_doc_key_in(doc, tok, endings) && !(tok + 1 < doc->toks.n && glued(doc, tok + 1) &&
                                                   pact_doc_is_punct(doc, tok + 1, '-'));
}

int
persons_inner_apostrophe(const PactDoc *doc, size_t tok)
{
  const PactToken *after = &doc->toks.v[tok + 1];

  /* two letters too, "al-Ni'mi", but not a contraction ("they're") */
  static const char *const contractions[] = {"re", "ve", "ll", NULL};
  int two = after->key_len == 2 && !pact_doc_key_in(doc, tok + 1, contractions);

  return pact_doc_is_punct(doc, tok, '\'') && after->kind == TOK_WORD && !(after->flags & TF_CAP) &&
         (after->key_len >= 3 || two) && doc->toks.v[tok - 1].key_len >= 2;
}

/* The end of the name that starts at `a`, or `a` when none does. Words
 * joined by a hyphen or an apostrophe with no space ("Pierre-Antoine",
 * "N'Diaye") are one word. */
size_t
persons_name_end(const PactDoc *doc, size_t a, size_t *words)
{
  size_t k = a;

  *words = 0;
  if (!persons_name_word(doc, a)) {
    return a;
  }
  while (k < doc->toks.n && *words < MAX_NAME_WORDS) {
    if (!persons_name_word(doc, k)) {
      break;
    }
    if (k > a && (doc->toks.v[k].flags & (TF_SENT | TF_NEWLINE))) {
      break;
    }
    k++;
    (*words)++;
    /* initials: "K.P. Sharma Oli", "G.D.H. Kamal Gunaratne", "Zubin A.
     * Minwalla": a letter's full stop goes on to the next name word */
    if (doc->toks.v[k - 1].key_len == 1 && pact_doc_is_punct(doc, k, '.') && persons_name_word(doc, k + 1) &&
        !(doc->toks.v[k + 1].flags & TF_NEWLINE)) {
      k++;
      continue;
    }
    /* joined pieces; a particle between hyphens too: "Ikram-ul-Haq",
     * "Hamood-uz-Zaman" */
    for (;;) {
      if (k + 1 < doc->toks.n && glued(doc, k) && glued(doc, k + 1) &&
          (pact_doc_is_punct(doc, k, '-') || pact_doc_is_punct(doc, k, '\'')) &&
          (persons_name_word(doc, k + 1) || persons_inner_apostrophe(doc, k))) {
        k += 2;
      } else if (k + 3 < doc->toks.n && pact_doc_is_punct(doc, k, '-') && glued(doc, k) && glued(doc, k + 1) &&
                 is_particle(doc, k + 1) && pact_doc_is_punct(doc, k + 2, '-') && glued(doc, k + 2) &&
                 glued(doc, k + 3) && persons_name_word(doc, k + 3)) {
        k += 4;
      } else {
        break;
      }
    }
    /* a Korean given name's second syllable: "Kim Dae-ho", "Lee
     * Jong-sup"; not "Abu Dhabi-based", "Army-led" */
    if (*words >= 2 && k + 1 < doc->toks.n && glued(doc, k) && glued(doc, k + 1) && pact_doc_is_punct(doc, k, '-') &&
        syllable(doc, k + 1)) {
      k += 2;
    }
    /* particles between two name words: "Muhammad bin Salman", and
     * glued to the next one: "Tamer al-Refaie", "Safia al-Souhail" */
    if (is_particle(doc, k) && persons_name_word(doc, k + 1)) {
      k++;
    } else if (is_particle(doc, k) && glued(doc, k + 1) && pact_doc_is_punct(doc, k + 1, '-') && glued(doc, k + 2) &&
               persons_name_word(doc, k + 2)) {
      k += 2;
    }
  }
  return k;
}

/* Whether a name at [a, b) looks like a person's rather than a run of
 * capitalised common words ("Foreign Affairs"): some word is not English. */
int
persons_plausible_name(const PactDoc *doc, size_t a, size_t b)
{
  for (size_t i = a; i < b; i++) {
    if (is_word(doc, i) && !persons_known_word(doc, i)) {
      return 1;
    }
  }
  return 0;
}

/* Whether the capitalised word at b, in a name or right after it, makes
 * the name that of a thing: "King Abdul Aziz Naval Base" (a place's head), "the King
 * Abdulaziz Medal of Excellence", "Maina Soko Medical Centre". */
static int
named_after(const PactDoc *doc, size_t b)
{
  /* not "Hall", "House", "Bridge", "Cup", "Order": surnames too */
  static const char *const things[] = {"medal", "award", "prize", "trophy", "university", "hospital", "airport",
                                       "stadium", "mosque", "palace", "street", "avenue", "centre", "center",
                                       "foundation", NULL};

  return b < doc->toks.n && (doc->toks.v[b].flags & TF_CAP) && !(doc->toks.v[b].flags & TF_SENT) &&
         (pact_doc_has(doc, b, LEX_PLACE_HEAD) || pact_doc_key_in(doc, b, things));
}

int32_t
persons_person_named(PactDoc *doc, size_t a, size_t b, PactStatus *st)
{
  char *name;
  int32_t t;
  PactThing *p;

  *st = PACT_OK;
  for (size_t k = a + 1; k <= b; k++) {
    if (named_after(doc, k)) {
      return -1;
    }
  }
  name = pact_doc_text(doc, a, b);
  if (!name) {
    *st = PACT_ERR_NOMEM;
    return -1;
  }
  t = pact_doc_find(doc, PACT_PERSON, name);
  if (t < 0) {
    p = pact_doc_add(doc, PACT_PERSON);
    if (!p) {
      free(name);
      *st = PACT_ERR_NOMEM;
      return -1;
    }
    p->name = name;
    p->first_tok = (uint32_t)a;
    p->sentence = doc->toks.v[a].sentence;
    t = (int32_t)(doc->n_things - 1);
  } else {
    free(name);
  }
  p = &doc->things[t];
  *st = pact_thing_mention(p, doc->toks.v[a].start, doc->toks.v[b - 1].end);
  for (size_t i = a; i < b; i++) {
    doc->owner[i] = t;
  }
  return t;
}
