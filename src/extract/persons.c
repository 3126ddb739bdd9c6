/* Persons, from context: a title or rank before a name ("Defence Minister
 * Khawaja Asif", "le ministre délégué ..., Abdellatif Loudyi"), an
 * apposition after it ("Nasser Bourita, Morocco's Minister of ..."), the
 * subject or object of a verb of speech or meeting, a name joined by "and"
 * to a person; then later mentions by surname. No list of names. */
#define _POSIX_C_SOURCE 200809L
#include "extract/doc.h"
#include "util/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_NAME_WORDS = 6, MAX_TITLE_TOKENS = 40 };

static int
is_word(const PactDoc *doc, size_t tok)
{
  return tok < doc->toks.n && doc->toks.v[tok].kind == TOK_WORD;
}

static int
glued(const PactDoc *doc, size_t tok)
{
  return tok < doc->toks.n && !(doc->toks.v[tok].flags & TF_SPACE);
}

/* A common word of the article's language ("Hautes", "Foreign"), which a
 * name needs at least one word that is not. */
static int
known_word(const PactDoc *doc, size_t tok)
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

static int
name_word(const PactDoc *doc, size_t tok)
{
  const PactToken *t;

  if (!is_word(doc, tok)) {
    return 0;
  }
  t = &doc->toks.v[tok];
  if (!(t->flags & TF_CAP) || doc->owner[tok] != -1) {
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
    if (!surname && !initial && (!weak_lexicon_word(doc, tok) || !(before || after) ||
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
  /* An all-capitals word of 3+ letters is an acronym, not a name. */
  if ((t->flags & TF_UPPER) && t->key_len >= 3) {
    return 0;
  }
  return 1;
}

static int
is_particle(const PactDoc *doc, size_t tok)
{
  static const char *const particles[] = {"bin", "ibn", "ben", "al", "el", "van", "von", "der", "den", "ter",
                                          "da", "di", "dos", "das", "de", "del", "della", "la", "bint", "binti", "ibni",
                                          "ould", NULL};

  return is_word(doc, tok) && !(doc->toks.v[tok].flags & TF_CAP) && pact_doc_key_in(doc, tok, particles);
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

/* The end of the name that starts at `a`, or `a` when none does. Words
 * joined by a hyphen or an apostrophe with no space ("Pierre-Antoine",
 * "N'Diaye") are one word. */
static size_t
name_end(const PactDoc *doc, size_t a, size_t *words)
{
  size_t k = a;

  *words = 0;
  if (!name_word(doc, a)) {
    return a;
  }
  while (k < doc->toks.n && *words < MAX_NAME_WORDS) {
    if (!name_word(doc, k)) {
      break;
    }
    if (k > a && (doc->toks.v[k].flags & (TF_SENT | TF_NEWLINE))) {
      break;
    }
    k++;
    (*words)++;
    /* initials: "K.P. Sharma Oli", "G.D.H. Kamal Gunaratne", "Zubin A.
     * Minwalla": a letter's full stop goes on to the next name word */
    if (doc->toks.v[k - 1].key_len == 1 && pact_doc_is_punct(doc, k, '.') && name_word(doc, k + 1) &&
        !(doc->toks.v[k + 1].flags & TF_NEWLINE)) {
      k++;
      continue;
    }
    /* joined pieces */
    while (k + 1 < doc->toks.n && glued(doc, k) && glued(doc, k + 1) &&
           (pact_doc_is_punct(doc, k, '-') || pact_doc_is_punct(doc, k, '\'')) && name_word(doc, k + 1)) {
      k += 2;
    }
    /* a Korean given name's second syllable: "Kim Dae-ho", "Lee
     * Jong-sup"; not "Abu Dhabi-based", "Army-led" */
    if (*words >= 2 && k + 1 < doc->toks.n && glued(doc, k) && glued(doc, k + 1) && pact_doc_is_punct(doc, k, '-') &&
        syllable(doc, k + 1)) {
      k += 2;
    }
    /* particles between two name words: "Muhammad bin Salman", and
     * glued to the next one: "Tamer al-Refaie", "Safia al-Souhail" */
    if (is_particle(doc, k) && name_word(doc, k + 1)) {
      k++;
    } else if (is_particle(doc, k) && glued(doc, k + 1) && pact_doc_is_punct(doc, k + 1, '-') && glued(doc, k + 2) &&
               name_word(doc, k + 2)) {
      k += 2;
    }
  }
  return k;
}

/* Whether a name at [a, b) looks like a person's rather than a run of
 * capitalised common words ("Foreign Affairs"): some word is not English. */
static int
plausible_name(const PactDoc *doc, size_t a, size_t b)
{
  for (size_t i = a; i < b; i++) {
    if (is_word(doc, i) && !known_word(doc, i)) {
      return 1;
    }
  }
  return 0;
}

/* ---- persons ------------------------------------------------------------- */

static int32_t
person_named(PactDoc *doc, size_t a, size_t b, PactStatus *st)
{
  char *name = pact_doc_text(doc, a, b);
  int32_t t;
  PactThing *p;

  *st = PACT_OK;
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

/* Small words that join a title to what it is of: "of", "for", "de la",
 * "auprès du", "in charge of". A switch on the first letter: this is asked
 * of most tokens near a title. */
static int
is_connector(const PactDoc *doc, size_t tok)
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
    return !strcmp(k, "and") || !strcmp(k, "at") || !strcmp(k, "a") || !strcmp(k, "aupres");
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
static int
complement_word(const PactDoc *doc, size_t tok)
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
  return pact_doc_has(doc, tok, LEX_COUNTRY) || pact_doc_has(doc, tok, LEX_INSTITUTION) ||
         pact_doc_has(doc, tok, LEX_TITLE) || (doc->owner[tok] >= 0 &&
                                           doc->things[doc->owner[tok]].cls == PACT_INSTITUTION);
}

typedef struct {
  size_t seg_start[8]; /* title segments: [seg_start[i], seg_end[i]) */
  size_t seg_end[8];
  size_t n_segs;
  size_t name_a;       /* the name, when one was found */
  size_t name_b;
  size_t end;          /* where the title (and name) end */
} TitleParse;

static void
close_segment(TitleParse *tp, size_t a, size_t b)
{
  if (b > a && tp->n_segs < 8) {
    tp->seg_start[tp->n_segs] = a;
    tp->seg_end[tp->n_segs] = b;
    tp->n_segs++;
  }
}

/* Whether the capitalised run at [a, b) after a comma continues a list
 * ("..., African Cooperation, and Moroccan Expatriates") rather than being
 * the name the title introduces. */
static int
list_goes_on(const PactDoc *doc, size_t b)
{
  if (pact_doc_is_punct(doc, b, ',')) {
    return pact_doc_key_is(doc, b + 1, "and") || pact_doc_key_is(doc, b + 1, "et") ||
           (is_word(doc, b + 1) && (doc->toks.v[b + 1].flags & TF_CAP) && !name_word(doc, b + 1));
  }
  return pact_doc_key_is(doc, b, "and") || pact_doc_key_is(doc, b, "et");
}

/* Whether "and" (or ", and") at b opens another person's title: "Defence
 * Minister Władysław Kosiniak-Kamysz and Dutch Defence Minister Ruben
 * Brekelmans": the run before it was a name, not a list's member. */
static int
another_person_follows(const PactDoc *doc, size_t b)
{
  size_t k = b;

  if (pact_doc_is_punct(doc, k, ',')) {
    k++;
  }
  if (!pact_doc_key_is(doc, k, "and") && !pact_doc_key_is(doc, k, "et")) {
    return 0;
  }
  k++;
  if (pact_doc_key_is(doc, k, "his") || pact_doc_key_is(doc, k, "her") || pact_doc_key_is(doc, k, "son") ||
      pact_doc_key_is(doc, k, "sa") || pact_doc_key_is(doc, k, "le") || pact_doc_key_is(doc, k, "la")) {
    k++;
  }
  if (pact_doc_entry(doc, k, LEX_COUNTRY)) {
    const PactMatch *m = pact_doc_match_at(doc, k);
    k += m ? m->n : 1;
  }
  return pact_doc_has(doc, k, LEX_TITLE);
}

/* How many tokens at k say the title was held then, not now: "de
 * l'époque", "d'alors", "at the time" (0 when none). */
static size_t
time_qualifier(const PactDoc *doc, size_t k)
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

/* Reads a title chain from the title at `t`; with `want_name`, the name
 * it introduces. */
static void
parse_title(const PactDoc *doc, size_t start, size_t t, int want_name, TitleParse *tp)
{
  size_t seg = start;
  size_t k = t;
  size_t words;

  memset(tp, 0, sizeof *tp);
  while (k < doc->toks.n && k - start < MAX_TITLE_TOKENS) {
    const PactMatch *m = pact_doc_match_at(doc, k);
    size_t ne;
    if (k > t && (doc->toks.v[k].flags & TF_SENT)) {
      break;
    }
    if (want_name && !name_word(doc, k) && k + 1 < doc->toks.n && name_word(doc, k + 1) &&
        !(doc->toks.v[k + 1].flags & TF_SENT) && pact_doc_entry(doc, k, LEX_COUNTRY) &&
        pact_doc_entry(doc, k, LEX_COUNTRY)->kind && strcmp(pact_doc_entry(doc, k, LEX_COUNTRY)->kind, "name") == 0 &&
        pact_doc_match_at(doc, k)->n == 1 && (doc->toks.v[k].flags & TF_CAP) && glued(doc, k + 1) == 0) {
      /* "Brigadier Georgia Hale": a country's name as a given name */
      size_t e = name_end(doc, k + 1, &words);
      close_segment(tp, seg, k);
      tp->name_a = k;
      tp->name_b = e;
      tp->end = e;
      return;
    }
    if (pact_doc_has(doc, k, LEX_TITLE) || pact_doc_has(doc, k, LEX_COUNTRY) ||
        (doc->owner[k] >= 0 && doc->things[doc->owner[k]].cls == PACT_INSTITUTION)) {
      if (m && m->tok == k) {
        k += m->n;
      } else {
        k++;
      }
      continue;
    }
    if (k > t && pact_doc_is_punct(doc, k, '-') &&
        (pact_doc_key_is(doc, k + 1, "elect") || pact_doc_key_is(doc, k + 1, "designate") ||
         pact_doc_key_is(doc, k + 1, "designe") || pact_doc_key_is(doc, k + 1, "elu"))) {
      k += 2; /* "President-elect", "Prime Minister-designate": still a title */
      continue;
    }
    if (k > t && time_qualifier(doc, k)) {
      /* the title as held, without its time */
      close_segment(tp, seg, k);
      k += time_qualifier(doc, k);
      seg = k;
      continue;
    }
    if (is_connector(doc, k)) {
      size_t c = k;
      int and = 0;
      int of = 0;
      int article = 0;
      while (c < doc->toks.n && is_connector(doc, c) && !(doc->toks.v[c].flags & TF_SENT)) {
        article |= and && (pact_doc_key_is(doc, c, "le") || pact_doc_key_is(doc, c, "la") ||
                           pact_doc_key_is(doc, c, "l") || pact_doc_key_is(doc, c, "the"));
        and |= pact_doc_key_is(doc, c, "and") || pact_doc_key_is(doc, c, "et");
        of |= and && (pact_doc_key_is(doc, c, "of") || pact_doc_key_is(doc, c, "de") ||
                      pact_doc_key_is(doc, c, "du") || pact_doc_key_is(doc, c, "des") ||
                      pact_doc_key_is(doc, c, "d"));
        c++;
      }
      if (!complement_word(doc, c)) {
        break;
      }
      /* "en présence du A et de l'Ambassadeur ...", "par le ministre
       * chinois et le général X": another person */
      if ((of || (and && article)) && pact_doc_has(doc, c, LEX_TITLE)) {
        break;
      }
      if (and && c == k + 1 && pact_doc_has(doc, c, LEX_TITLE)) {
        /* "Deputy Prime Minister and Minister for Defence": two titles */
        close_segment(tp, seg, k);
        seg = c;
        k = c;
        continue;
      }
      k = c;
      /* the complement: capitalised words, countries, institutions; a
       * name after English words ends it ("for National Defense
       * Abdellatif Loudiyi") */
      while (complement_word(doc, k) && !(k > c && pact_doc_has(doc, k, LEX_TITLE))) {
        if (want_name && name_word(doc, k) && !known_word(doc, k) && k > c) {
          size_t e = name_end(doc, k, &words);
          int all_unknown = 1;
          for (size_t i = k; i < e; i++) {
            all_unknown &= !is_word(doc, i) || !known_word(doc, i);
          }
          if (words >= 2 && all_unknown && (!list_goes_on(doc, e) || another_person_follows(doc, e))) {
            close_segment(tp, seg, k);
            tp->name_a = k;
            tp->name_b = e;
            tp->end = e;
            return;
          }
        }
        m = pact_doc_match_at(doc, k);
        k = m && m->tok == k ? k + m->n : k + 1;
        /* French adjectives follow their noun in small letters: "Défense
         * nationale", "Forces armées" */
        while (doc->lang == 2 && is_word(doc, k) && !(doc->toks.v[k].flags & (TF_CAP | TF_SENT)) &&
               !is_connector(doc, k) && !pact_doc_has(doc, k, LEX_EVENT) && !pact_doc_has(doc, k, LEX_STATUS) &&
               (pact_doc_is_punct(doc, k + 1, ',') || is_connector(doc, k + 1) ||
                complement_word(doc, k + 1))) {
          k++;
        }
      }
      continue;
    }
    (void)ne;
    if (pact_doc_is_punct(doc, k, ',')) {
      size_t c = k + 1;
      if (pact_doc_key_is(doc, c, "charge") || pact_doc_key_is(doc, c, "chargee") ||
          pact_doc_key_is(doc, c, "in") || pact_doc_key_is(doc, c, "responsible")) {
        k = c;
        continue;
      }
      if (pact_doc_has(doc, c, LEX_TITLE)) {
        close_segment(tp, seg, k);
        seg = c;
        k = c;
        continue;
      }
      /* "Le ministre afghan de la Défense, le général X": in French a rank
       * after the comma keeps its article. Not a role: ", la ministre Y"
       * is more often a second person. */
      size_t ranked = 0;
      if (doc->lang == 2 && (pact_doc_key_is(doc, c, "le") || pact_doc_key_is(doc, c, "la"))) {
        ranked = c + 1;
      } else if (doc->lang == 2 && pact_doc_key_is(doc, c, "l") && pact_doc_is_punct(doc, c + 1, '\'')) {
        ranked = c + 2;
      }
      const PactLexEntry *rank = ranked ? pact_doc_entry(doc, ranked, LEX_TITLE) : NULL;
      if (rank && rank->kind && strcmp(rank->kind, "rank") == 0) {
        close_segment(tp, seg, k);
        seg = ranked;
        k = ranked;
        continue;
      }
      if (want_name && name_word(doc, c)) {
        size_t e = name_end(doc, c, &words);
        int all_unknown = 1;
        for (size_t i = c; i < e; i++) {
          all_unknown &= !is_word(doc, i) || !known_word(doc, i);
        }
        if ((all_unknown || !list_goes_on(doc, e)) && (words >= 2 || !known_word(doc, c))) {
          close_segment(tp, seg, k);
          tp->name_a = c;
          tp->name_b = e;
          tp->end = e;
          return;
        }
        if (list_goes_on(doc, e)) {
          k = e;
          continue;
        }
      }
      break;
    }
    if (want_name && name_word(doc, k)) {
      size_t e = name_end(doc, k, &words);
      if (words >= 2 || !known_word(doc, k) || !(doc->toks.v[k].flags & TF_SENT)) {
        close_segment(tp, seg, k);
        tp->name_a = k;
        tp->name_b = e;
        tp->end = e;
        return;
      }
    }
    break;
  }
  close_segment(tp, seg, k);
  tp->end = k;
}

/* Where a title that ends with the title word at `t` really starts: a
 * country, a possessive or an institution just before it belongs to it. */
static size_t
title_start(const PactDoc *doc, size_t t)
{
  size_t a = t;

  for (;;) {
    const PactMatch *m;
    if (a == 0 || (doc->toks.v[a].flags & (TF_SENT | TF_NEWLINE))) {
      return a;
    }
    /* "Australia's new defence minister", "le nouveau ministre
     * malien": a word of the title's time between it and its country */
    static const char *const qualifiers[] = {"new", "incoming", "outgoing", "current", "acting", "nouveau",
                                             "nouvel", "nouvelle", "actuel", "actuelle", NULL};
    if (a >= 2 && pact_doc_key_in(doc, a - 1, qualifiers) && !(doc->toks.v[a - 1].flags & TF_SENT) &&
        (pact_doc_entry(doc, a - 2, LEX_COUNTRY) ||
         (a >= 4 && pact_doc_key_is(doc, a - 2, "s") && pact_doc_is_punct(doc, a - 3, '\'')))) {
      a--;
      continue;
    }
    if (a >= 3 && pact_doc_key_is(doc, a - 1, "s") && pact_doc_is_punct(doc, a - 2, '\'')) {
      m = pact_doc_match_at(doc, a - 3);
      if (m && pact_doc_entry(doc, m->tok, LEX_COUNTRY)) {
        a = m->tok;
        continue;
      }
      return a;
    }
    m = pact_doc_match_at(doc, a - 1);
    if (m && (pact_doc_entry(doc, m->tok, LEX_COUNTRY) || pact_doc_entry(doc, m->tok, LEX_TITLE))) {
      a = m->tok;
      continue;
    }
    if (doc->owner[a - 1] >= 0 && doc->things[doc->owner[a - 1]].cls == PACT_INSTITUTION) {
      int32_t inst = doc->owner[a - 1];
      while (a > 0 && doc->owner[a - 1] == inst) {
        a--;
      }
      continue;
    }
    return a;
  }
}

/* The country a title names, or that of an institution in it. */
static int32_t
title_country(const PactDoc *doc, size_t a, size_t b)
{
  int32_t c = pact_doc_country_in(doc, a, b);

  for (size_t i = a; i < b && c < 0; i++) {
    if (doc->owner[i] >= 0 && doc->things[doc->owner[i]].cls == PACT_INSTITUTION) {
      c = doc->things[doc->owner[i]].country;
    }
  }
  return c;
}

/* Gives person p the titles of a parse: each segment, its trailing rank
 * apart ("Moroccan Air Force Inspector" + "Major General"). */
static PactStatus
give_titles(PactDoc *doc, int32_t p, const TitleParse *tp)
{
  PactThing *person = &doc->things[p];

  for (size_t s = 0; s < tp->n_segs; s++) {
    size_t a = tp->seg_start[s];
    size_t b = tp->seg_end[s];
    size_t rank = b;
    /* skip determiners and punctuation at the edges */
    while (a < b && (pact_doc_key_is(doc, a, "the") || pact_doc_key_is(doc, a, "le") ||
                     pact_doc_key_is(doc, a, "la") || pact_doc_key_is(doc, a, "l") ||
                     doc->toks.v[a].kind == TOK_PUNCT)) {
      a++;
    }
    while (b > a && doc->toks.v[b - 1].kind == TOK_PUNCT) {
      b--;
    }
    for (size_t i = a; i < b; i++) {
      const PactLexEntry *e = pact_doc_entry(doc, i, LEX_TITLE);
      if (e && e->kind && strcmp(e->kind, "rank") == 0 && i > a) {
        size_t j = i;
        int all_rank = 1;
        while (j < b) {
          const PactLexEntry *r = pact_doc_entry(doc, j, LEX_TITLE);
          const PactMatch *m = pact_doc_match_at(doc, j);
          if (!r || !r->kind || strcmp(r->kind, "rank") != 0 || !m) {
            all_rank = 0;
            break;
          }
          j = m->tok + m->n;
        }
        if (all_rank) {
          rank = i;
          break;
        }
      }
    }
    if (rank > a) {
      char *text = pact_doc_text(doc, a, rank);
      if (!text) {
        return PACT_ERR_NOMEM;
      }
      PACT_TRY(pact_thing_title(person, text, strlen(text)));
      free(text);
    }
    if (rank < b) {
      char *text = pact_doc_text(doc, rank, b);
      if (!text) {
        return PACT_ERR_NOMEM;
      }
      PACT_TRY(pact_thing_title(person, text, strlen(text)));
      free(text);
    }
    if (person->country < 0) {
      person->country = title_country(doc, a, b);
    }
  }
  return PACT_OK;
}

/* "X, commandant les Forces françaises en Côte d'Ivoire", "Y, commanding
 * the Kenya Navy": the institution a title governs tells the country, over
 * the place where it stands. */
static void
commanded_institution(PactDoc *doc, int32_t p, size_t k)
{
  /* The institution may follow the title's own complement: "director of
   * operations at the Tanzania People's Defence Force headquarters". It
   * must come before a comma, the sentence's end, another person or a word
   * that points elsewhere ("head of the delegation to ..."). */
  for (size_t i = k; i < doc->toks.n && i < k + 7; i++) {
    if ((doc->toks.v[i].flags & TF_SENT && i > k) || pact_doc_is_punct(doc, i, ',') ||
        pact_doc_is_punct(doc, i, '.') || pact_doc_key_is(doc, i, "to") ||
        pact_doc_key_is(doc, i, "with") || pact_doc_key_is(doc, i, "avec") ||
        pact_doc_key_is(doc, i, "aupres") || pact_doc_key_is(doc, i, "and") ||
        pact_doc_key_is(doc, i, "et")) {
      return;
    }
    if (doc->owner[i] >= 0 && doc->owner[i] != p) {
      const PactThing *t = &doc->things[doc->owner[i]];
      if (t->cls == PACT_INSTITUTION && i > k && t->country >= 0 && doc->things[p].country < 0) {
        doc->things[p].country = t->country;
      }
      if (t->cls == PACT_INSTITUTION || t->cls == PACT_PERSON) {
        return;
      }
    }
  }
}

/* "NAME, [the] [Country's] TITLE ...": titles given after a name. */
static PactStatus
apposition(PactDoc *doc, int32_t p, size_t after)
{
  size_t k = after;
  TitleParse tp;

  if (!pact_doc_is_punct(doc, k, ',')) {
    return PACT_OK;
  }
  k++;
  /* "X, qui commande depuis le mois dernier le Feldheer, les forces de
   * campagne de l'armée de terre allemande", "Y, who heads the Kenya
   * Navy": the country of what the relative clause says one commands */
  static const char *const who[] = {"who", "qui", NULL};
  static const char *const commands[] = {"commande", "commands", "commanded", "dirige", "heads", "headed",
                                         "leads", "led", "commandait", "dirigeait", NULL};
  if (pact_doc_key_in(doc, k, who) && pact_doc_key_in(doc, k + 1, commands) && doc->things[p].country < 0) {
    for (size_t i = k + 2; i < doc->toks.n && i < k + 28 && !(doc->toks.v[i].flags & TF_SENT); i++) {
      const PactLexEntry *c = pact_doc_entry(doc, i, LEX_COUNTRY);
      if (pact_doc_is_punct(doc, i, '.') || pact_doc_is_punct(doc, i, ';') ||
          (doc->owner[i] >= 0 && doc->owner[i] != p && doc->things[doc->owner[i]].cls == PACT_PERSON)) {
        break;
      }
      if (c && doc->owner[i] < 0) {
        doc->things[p].country = c->value;
        break;
      }
      if (doc->owner[i] >= 0 && doc->things[doc->owner[i]].cls == PACT_INSTITUTION &&
          doc->things[doc->owner[i]].country >= 0) {
        doc->things[p].country = doc->things[doc->owner[i]].country;
        break;
      }
    }
    return PACT_OK;
  }
  /* ", and Admiral Y", ", et du contre-amiral Y": the next person of a
   * list, whose title is not this one's */
  if (pact_doc_key_is(doc, k, "and") || pact_doc_key_is(doc, k, "et") || pact_doc_key_is(doc, k, "with") ||
      pact_doc_key_is(doc, k, "avec") || pact_doc_key_is(doc, k, "or") || pact_doc_key_is(doc, k, "ou") ||
      pact_doc_key_is(doc, k, "while") || pact_doc_key_is(doc, k, "tandis")) {
    return PACT_OK;
  }
  /* "X, then Chief of General Staff of the Turkish Land Forces", "Y,
   * ancien Premier ministre": the title as held then */
  if (pact_doc_key_is(doc, k, "then") || pact_doc_key_is(doc, k, "alors") || pact_doc_key_is(doc, k, "former") ||
      pact_doc_key_is(doc, k, "ancien") || pact_doc_key_is(doc, k, "ancienne")) {
    k++;
  }
  if (pact_doc_key_is(doc, k, "the") || pact_doc_key_is(doc, k, "le") || pact_doc_key_is(doc, k, "la") ||
      pact_doc_key_is(doc, k, "l") || pact_doc_key_is(doc, k, "a") || pact_doc_key_is(doc, k, "an")) {
    k++;
    if (pact_doc_is_punct(doc, k, '\'')) {
      k++;
    }
  } else if (pact_doc_key_is(doc, k, "its")) {
    /* "Cambodia sent General X, its Deputy Prime Minister": the title of
     * the country its sentence named before the name */
    for (size_t a = k; a > 0 && doc->things[p].country < 0; a--) {
      const PactLexEntry *c = pact_doc_entry(doc, a - 1, LEX_COUNTRY);
      if (c && !pact_lex_is_demonym(c) && doc->owner[a - 1] < 0) {
        doc->things[p].country = c->value; /* the nearest before */
      }
      if (doc->toks.v[a - 1].flags & TF_SENT) {
        break;
      }
    }
    k++;
  }
  /* a title within a few words: "the Moroccan Government official",
   * "Morocco's Minister of Foreign Affairs" */
  for (size_t j = k; j < k + 8 && j < doc->toks.n; j++) {
    if ((pact_doc_is_punct(doc, j, '\'') && pact_doc_key_is(doc, j + 1, "s")) ||
        (pact_doc_key_is(doc, j, "s") && pact_doc_is_punct(doc, j - 1, '\''))) {
      continue;
    }
    if (doc->toks.v[j].flags & TF_SENT || pact_doc_is_punct(doc, j, ',') || pact_doc_is_punct(doc, j, '.')) {
      return PACT_OK;
    }
    if (pact_doc_has(doc, j, LEX_TITLE)) {
      const PactMatch *m = pact_doc_match_at(doc, j);
      size_t end = m ? m->tok + m->n : j + 1;
      /* a title right before another person's name is that person's */
      if (end < doc->toks.n && doc->owner[end] >= 0 && doc->owner[end] != p &&
          doc->things[doc->owner[end]].cls == PACT_PERSON) {
        return PACT_OK;
      }
      parse_title(doc, k, j, 0, &tp);
      PACT_TRY(give_titles(doc, p, &tp));
      commanded_institution(doc, p, tp.end);
      return PACT_OK;
    }
    if (!(complement_word(doc, j) || is_connector(doc, j) ||
          (doc->owner[j] >= 0 && doc->things[doc->owner[j]].cls == PACT_INSTITUTION))) {
      return PACT_OK;
    }
  }
  return PACT_OK;
}

/* "General X of the Hellenic Army General Staff", "Ambassador Y of the
 * Embassy of Indonesia": the institution after the name tells the country
 * when the title did not. */
static void
institution_after(PactDoc *doc, int32_t p, size_t k)
{
  if (!(pact_doc_key_is(doc, k, "of") || pact_doc_key_is(doc, k, "de") || pact_doc_key_is(doc, k, "du") ||
        pact_doc_key_is(doc, k, "des"))) {
    return;
  }
  k++;
  while (k < doc->toks.n && (pact_doc_key_is(doc, k, "the") || pact_doc_key_is(doc, k, "la") ||
                             pact_doc_key_is(doc, k, "l") || pact_doc_is_punct(doc, k, '\''))) {
    k++;
  }
  if (doc->things[p].country < 0 && pact_doc_entry(doc, k, LEX_COUNTRY)) {
    doc->things[p].country = pact_doc_entry(doc, k, LEX_COUNTRY)->value; /* "X of Poland" */
    return;
  }
  if (k < doc->toks.n && doc->owner[k] >= 0 && doc->things[doc->owner[k]].cls == PACT_INSTITUTION) {
    const PactThing *inst = &doc->things[doc->owner[k]];
    if (inst->country >= 0) {
      doc->things[p].country = inst->country;
    }
  }
}

static PactStatus
titled_persons(PactDoc *doc)
{
  PactStatus st = PACT_OK;

  for (size_t i = 0; i < doc->toks.n && st == PACT_OK;) {
    TitleParse tp;
    const PactMatch *m;
    int32_t p;
    if (!pact_doc_has(doc, i, LEX_TITLE) || doc->owner[i] >= 0) {
      i++;
      continue;
    }
    m = pact_doc_match_at(doc, i);
    parse_title(doc, title_start(doc, i), i, 1, &tp);
    if (tp.name_b && pact_doc_commemorated(doc, i)) {
      /* mark the name so that "and Mohammed V" after it is not taken up */
      for (size_t k = tp.name_a; k < tp.name_b; k++) {
        doc->owner[k] = -2;
      }
      i = tp.name_b;
      continue;
    }
    if (!tp.name_b) {
      i = tp.end > i ? tp.end : i + m->n;
      continue;
    }
    size_t from = title_start(doc, i);
    if (tp.name_b == tp.name_a + 1 && known_word(doc, tp.name_a) && from > 0 &&
        pact_doc_key_is(doc, from - 1, "the")) {
      /* "at the Prime Minister House": a building named after the office */
      i = tp.name_b;
      continue;
    }
    p = person_named(doc, tp.name_a, tp.name_b, &st);
    if (p >= 0) {
      st = give_titles(doc, p, &tp);
      if (st == PACT_OK) {
        st = apposition(doc, p, tp.name_b);
      }
      if (st == PACT_OK) {
        institution_after(doc, p, tp.name_b);
      }
    }
    i = tp.name_b;
  }
  return st;
}

static int
is_person_verb(const PactDoc *doc, size_t tok)
{
  const PactLexEntry *e = pact_doc_entry(doc, tok, LEX_EVENT);

  return e && e->kind &&
         (strcmp(e->kind, "speech") == 0 || strcmp(e->kind, "meeting") == 0 || strcmp(e->kind, "visit") == 0) &&
         !(doc->toks.v[tok].flags & TF_CAP);
}

/* Names without a title: appositions, subjects and objects of verbs, and
 * names joined to a person by "and". */
static PactStatus
untitled_persons(PactDoc *doc)
{
  PactStatus st = PACT_OK;

  for (size_t i = 0; i < doc->toks.n && st == PACT_OK;) {
    size_t words;
    size_t e = name_end(doc, i, &words);
    int32_t p = -1;
    int cue = 0;

    if (e == i) {
      i++;
      continue;
    }
    /* "the Merdeka Palace", "la Maison Blanche": an article before a
     * capitalised run makes it a thing, not a person's name */
    static const char *const articles[] = {"the", "le", "la", "les", NULL};
    /* nor does an article that opens it: "au palais de La Moneda" ("Le"
     * stays: it opens surnames, "Le Drian") */
    static const char *const opening[] = {"the", "la", "les", NULL};
    if (words >= 2 && plausible_name(doc, i, e) && !(i > 0 && pact_doc_key_in(doc, i - 1, articles)) &&
        !pact_doc_key_in(doc, i, opening)) {
      size_t before = i;
      /* apposition with a title */
      if (pact_doc_is_punct(doc, e, ',')) {
        size_t k = e + 1;
        static const char *const many[] = {"les", "two", "deux", "both", "tous", NULL};
        for (size_t j = k; j < k + 6 && j < doc->toks.n && !cue; j++) {
          if (pact_doc_is_punct(doc, j, ',') || (doc->toks.v[j].flags & TF_SENT) || pact_doc_key_in(doc, j, many)) {
            break; /* "à Camp Aguinaldo, les deux ministres": not one person's title */
          }
          cue = pact_doc_has(doc, j, LEX_TITLE);
        }
      }
      cue = cue || is_person_verb(doc, e) || (e + 1 < doc->toks.n && pact_doc_is_punct(doc, e, ',') &&
                                              is_person_verb(doc, e + 1));
      /* "Florence Parly avait reçu", "X had met", "X a ensuite rencontré":
       * the verb after an auxiliary or an adverb */
      {
        static const char *const between_verb[] = {"avait", "a", "had", "has", "have", "then", "also", "ensuite",
                                                   "aussi", "later", "was", "est", "ete", "been", NULL};
        size_t k = e;
        while (!cue && k < e + 3 && pact_doc_key_in(doc, k, between_verb)) {
          k++;
          cue = is_person_verb(doc, k);
        }
      }
      /* object of a verb, or "... and NAME" after a person */
      if (!cue && before > 0) {
        size_t b = before - 1;
        if (pact_doc_key_is(doc, b, "with") || pact_doc_key_is(doc, b, "avec") || pact_doc_key_is(doc, b, "between")) {
          b--;
        } else if (b > 0 && (pact_doc_key_is(doc, b, "de") || pact_doc_key_is(doc, b, "of") ||
                             pact_doc_key_is(doc, b, "by") || pact_doc_key_is(doc, b, "par"))) {
          b--; /* "la visite de Florence Parly", "a visit by X" */
        }
        cue = is_person_verb(doc, b) ||
              ((pact_doc_key_is(doc, before - 1, "and") || pact_doc_key_is(doc, before - 1, "et")) &&
               before >= 2 && doc->owner[before - 2] >= 0 && doc->things[doc->owner[before - 2]].cls == PACT_PERSON) ||
              pact_doc_key_is(doc, before - 1, "between");
      }
      /* the full name of a person already found, again (compared in
       * place: this is asked of every capitalised run) */
      cue = cue || pact_doc_find_n(doc, PACT_PERSON, doc->text->text + doc->toks.v[i].start,
                                   doc->toks.v[e - 1].end - doc->toks.v[i].start) >= 0;
      if (cue) {
        p = person_named(doc, i, e, &st);
        if (p >= 0 && st == PACT_OK) {
          st = apposition(doc, p, e);
        }
      }
    }
    i = e;
  }
  return st;
}

/* ---- one person, many mentions ---------------------------------------------- */

/* Whether name word `a` can stand for `b`: the same, or an abbreviation
 * of it ("Kh" for "Khawaja"). Both are keys. */
static int
word_fits(const char *a, const char *b)
{
  size_t la = strlen(a);

  if (strcmp(a, b) == 0) {
    return 1;
  }
  return la >= 2 && la < strlen(b) && strncmp(a, b, la) == 0;
}

typedef struct {
  char keys[MAX_NAME_WORDS * 2][48];
  size_t n;
} NameKeys;

static void
name_keys(const char *name, NameKeys *k)
{
  const char *p = name;

  k->n = 0;
  while (*p && k->n < MAX_NAME_WORDS * 2) {
    size_t len = 0;
    while (*p && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (unsigned char)*p >= 0x80)) {
      p++;
    }
    while (p[len] && p[len] != ' ' && p[len] != '-' && p[len] != '\'') {
      len++;
    }
    if (len) {
      char room[256];
      PactBuf b = {room, 0, sizeof room, 0};
      /* a stack buffer for the usual word; a folded character takes at
       * most 18 bytes (utf8proc's longest decomposition), so a longer word
       * goes to the heap and the buffer never reallocates the stack */
      if (len * 18 + 1 >= sizeof room) {
        b.data = NULL;
        b.cap = 0;
      }
      pact_text_key(&b, p, len);
      {
        size_t n = b.len < 47 ? b.len : 47;
        memcpy(k->keys[k->n], b.data ? b.data : "", n);
        k->keys[k->n][n] = '\0';
        k->n++;
      }
      if (b.data != room) {
        pact_buf_free(&b);
      }
    }
    p += len;
  }
}

/* Whether every word of `small` fits a different word of `big`. */
static int
name_fits(const NameKeys *small, const NameKeys *big)
{
  int used[MAX_NAME_WORDS * 2] = {0};

  if (small->n > big->n) {
    return 0;
  }
  for (size_t i = 0; i < small->n; i++) {
    int found = 0;
    for (size_t j = 0; j < big->n && !found; j++) {
      if (!used[j] && word_fits(small->keys[i], big->keys[j])) {
        used[j] = 1;
        found = 1;
      }
    }
    if (!found) {
      return 0;
    }
  }
  return 1;
}

static PactStatus
absorb(PactThing *into, PactThing *from, int32_t into_index)
{
  PACT_TRY(pact_thing_variant(into, from->name, strlen(from->name)));
  for (size_t i = 0; i < from->n_variants; i++) {
    PACT_TRY(pact_thing_variant(into, from->variants[i], strlen(from->variants[i])));
  }
  for (size_t i = 0; i < from->n_mentions; i++) {
    PACT_TRY(pact_thing_mention(into, from->mentions[i].start, from->mentions[i].end));
  }
  for (size_t i = 0; i < from->n_titles; i++) {
    PACT_TRY(pact_thing_title(into, from->titles[i], strlen(from->titles[i])));
  }
  if (into->country < 0) {
    into->country = from->country;
  }
  from->dead = 1;
  from->alias = into_index;
  return PACT_OK;
}

/* Merges persons whose names fit another's ("Kh Asif" in "Khawaja Asif"),
 * the fuller name keeping its place. Names are folded once. */
static PactStatus
merge_persons(PactDoc *doc)
{
  NameKeys *keys = malloc((doc->n_things + 1) * sizeof *keys);

  if (!keys) {
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < doc->n_things; i++) {
    keys[i].n = 0;
    if (doc->things[i].cls == PACT_PERSON && !doc->things[i].dead) {
      name_keys(doc->things[i].name, &keys[i]);
    }
  }
  for (size_t i = 0; i < doc->n_things; i++) {
    PactThing *a = &doc->things[i];
    if (a->cls != PACT_PERSON || a->dead) {
      continue;
    }
    for (size_t j = 0; j < doc->n_things; j++) {
      PactThing *b = &doc->things[j];
      if (j == i || b->cls != PACT_PERSON || b->dead) {
        continue;
      }
      /* b must be the fuller name */
      if (keys[j].n < keys[i].n || (keys[j].n == keys[i].n && strlen(b->name) <= strlen(a->name))) {
        continue;
      }
      if (name_fits(&keys[i], &keys[j]) && (a->country < 0 || b->country < 0 || a->country == b->country)) {
        PactStatus st = absorb(b, a, (int32_t)j);
        if (st != PACT_OK) {
          free(keys);
          return st;
        }
        break;
      }
    }
  }
  free(keys);
  return PACT_OK;
}

/* Later mentions by one word of the name ("Asif", "General Bajwa", "M.
 * Loudiyi"), when that word belongs to one person only. The names' words
 * are folded once, not once per token. */
static PactStatus
surname_mentions(PactDoc *doc)
{
  NameKeys *keys = malloc((doc->n_things + 1) * sizeof *keys);

  if (!keys) {
    return PACT_ERR_NOMEM;
  }
  for (size_t t = 0; t < doc->n_things; t++) {
    keys[t].n = 0;
    if (doc->things[t].cls == PACT_PERSON && !doc->things[t].dead) {
      name_keys(doc->things[t].name, &keys[t]);
    }
  }
  for (size_t i = 0; i < doc->toks.n; i++) {
    int32_t who = -1;
    int ambiguous = 0;
    const char *key;
    if (!name_word(doc, i) || (i + 1 < doc->toks.n && name_word(doc, i + 1) && !glued(doc, i + 1))) {
      continue;
    }
    if (i > 0 && name_word(doc, i - 1)) {
      continue;
    }
    key = pact_token_key(&doc->toks, i);
    for (size_t t = 0; t < doc->n_things && !ambiguous; t++) {
      /* not the first word: given names repeat */
      for (size_t w = 1; w < keys[t].n; w++) {
        if (strcmp(keys[t].keys[w], key) == 0) {
          ambiguous = who >= 0 && who != (int32_t)t;
          who = (int32_t)t;
        }
      }
    }
    /* "Wei" for "Wei Fenghe", "Lee" for "Lee Jong-sup": a family name
     * told first, the first word of a two-word name that no other person
     * of the article shares (given names repeat; family names too, so
     * one other name with the word is enough to leave it) */
    for (size_t t = 0; t < doc->n_things && who < 0 && !ambiguous; t++) {
      if (keys[t].n == 2 && strcmp(keys[t].keys[0], key) == 0) {
        for (size_t o = 0; o < doc->n_things && !ambiguous; o++) {
          for (size_t w = 0; o != t && w < keys[o].n; w++) {
            ambiguous |= strcmp(keys[o].keys[w], key) == 0;
          }
        }
        who = ambiguous ? -1 : (int32_t)t;
      }
    }
    if (who >= 0 && !ambiguous) {
      PactThing *p = &doc->things[who];
      PactStatus st = pact_thing_mention(p, doc->toks.v[i].start, doc->toks.v[i].end);
      if (st == PACT_OK) {
        st = pact_thing_variant(p, doc->text->text + doc->toks.v[i].start,
                                doc->toks.v[i].end - doc->toks.v[i].start);
      }
      if (st != PACT_OK) {
        free(keys);
        return st;
      }
      doc->owner[i] = who;
    }
  }
  free(keys);
  return PACT_OK;
}

/* Tokens of a merged person now belong to the one that absorbed it. */
static void
follow_aliases(PactDoc *doc)
{
  for (size_t i = 0; i < doc->toks.n; i++) {
    int32_t o = doc->owner[i];
    for (int hops = 0; o >= 0 && doc->things[o].dead == 1 && hops < 16; hops++) {
      o = doc->things[o].alias;
    }
    doc->owner[i] = o;
  }
}

PactStatus
pact_doc_persons(PactDoc *doc)
{
  PACT_TRY(titled_persons(doc));
  PACT_TRY(untitled_persons(doc));
  PACT_TRY(merge_persons(doc));
  follow_aliases(doc);
  PACT_TRY(surname_mentions(doc));
  return PACT_OK;
}
