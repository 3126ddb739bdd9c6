/* Persons, from context: by their titles (titles.c), then names without
 * one: the subject or object of a verb of speech or meeting, a name joined
 * by "and" to a person; then one person's many mentions: names that fit
 * a fuller one merge into it, and later mentions by surname; then the
 * countries their context tells (person_countries.c). No list of names. */
#include "extract/persons.h"
#include "util/text.h"

#include <stdlib.h>
#include <string.h>

static int
is_person_verb(const PactDoc *doc, size_t tok)
{
  const PactLexEntry *e = pact_doc_entry(doc, tok, LEX_EVENT);

  return e && e->kind &&
         (strcmp(e->kind, "speech") == 0 || strcmp(e->kind, "meeting") == 0 || strcmp(e->kind, "visit") == 0) &&
         !(doc->toks.v[tok].flags & TF_CAP);
}

/* Whether "and"/"et" before tok follows a person and the side they stand
 * for: "Ivan Petrov for Bulgaria and NAME", "X pour la Serbie et NAME". */
static int
side_joined(const PactDoc *doc, size_t tok)
{
  if (tok < 3 || !(pact_doc_key_is(doc, tok - 1, "and") || pact_doc_key_is(doc, tok - 1, "et"))) {
    return 0;
  }
  for (size_t k = tok - 2; k > 0 && k + 7 > tok; k--) {
    int32_t p = doc->owner[k - 1];
    if (p >= 0 && doc->things[p].cls == PACT_PERSON) {
      return persons_side_after(doc, k) >= 0;
    }
  }
  return 0;
}

/* Names without a title: appositions, subjects and objects of verbs, and
 * names joined to a person by "and". */
static PactStatus
untitled_persons(PactDoc *doc)
{
  PactStatus st = PACT_OK;

  for (size_t i = 0; i < doc->toks.n && st == PACT_OK;) {
    size_t words;
    size_t e = persons_name_end(doc, i, &words);
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
    if (words >= 2 && persons_plausible_name(doc, i, e) && !(i > 0 && pact_doc_key_in(doc, i - 1, articles)) &&
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
      /* "in the presence of X, deputy chief of staff of the Sudanese
       * Navy, and NAME": "and" after a person's apposition */
      if (!cue && before >= 3 && (pact_doc_key_is(doc, before - 1, "and") || pact_doc_key_is(doc, before - 1, "et")) &&
          pact_doc_is_punct(doc, before - 2, ',')) {
        for (size_t j = before - 2; j > 0 && j + 16 > before; j--) {
          if (doc->toks.v[j].flags & TF_SENT) {
            break;
          }
          int32_t o = doc->owner[j - 1];
          if (o >= 0 && doc->things[o].cls == PACT_PERSON) {
            cue = pact_doc_is_punct(doc, j, ',') && pact_doc_has(doc, j + 1, LEX_TITLE);
            break;
          }
        }
      }
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
        /* "une délégation conduite par X", "a delegation headed by X" */
        static const char *const leading[] = {"led", "headed", "conduite", "conduit", "dirigee", "dirige", "menee",
                                              NULL};
        cue = is_person_verb(doc, b) ||
              (b + 1 < before && pact_doc_key_in(doc, b, leading) &&
               (pact_doc_key_is(doc, b + 1, "by") || pact_doc_key_is(doc, b + 1, "par"))) ||
              ((pact_doc_key_is(doc, before - 1, "and") || pact_doc_key_is(doc, before - 1, "et")) &&
               before >= 2 && doc->owner[before - 2] >= 0 && doc->things[doc->owner[before - 2]].cls == PACT_PERSON) ||
              pact_doc_key_is(doc, before - 1, "between") || side_joined(doc, before);
      }
      /* "during a visit by Lebanon's Maurice Slim", then "Slim, Lebanon's
       * Minister of National Defence": a country's possessive before the
       * name, whose last word the article says alone elsewhere */
      if (!cue && before >= 3 && pact_doc_key_is(doc, before - 1, "s") &&
          pact_doc_is_punct(doc, before - 2, '\'') && pact_doc_entry(doc, before - 3, LEX_COUNTRY) &&
          persons_used_alone(doc, e - 1)) {
        cue = 1;
      }
      /* "après l'Indien Vivek Ram Chaudhari", "de l'Équatorien Milton
       * Lalama": a people's name as a noun, right after its article, is
       * who the name after it is and where they come from */
      int32_t from = !cue ? persons_demonym_before(doc, before) : -1;
      cue |= from >= 0;
      /* "a wreath at a monument to Heydar Aliyev", "sur la tombe de
       * Heydar Aliyev": whom a monument or a grave honours is a person,
       * though no actor of the story: he meets no one (meetings.c) */
      if (!cue && before > 0 && pact_doc_honoured(doc, before)) {
        cue = 1;
      }
      /* the full name of a person already found, again (compared in
       * place: this is asked of every capitalised run) */
      cue = cue || pact_doc_find_n(doc, PACT_PERSON, doc->text->text + doc->toks.v[i].start,
                                   doc->toks.v[e - 1].end - doc->toks.v[i].start) >= 0;
      if (cue) {
        p = persons_person_named(doc, i, e, &st);
        if (p >= 0 && from >= 0 && doc->things[p].country < 0) {
          doc->things[p].country = from;
        }
        if (p >= 0 && st == PACT_OK) {
          st = persons_apposition(doc, p, e);
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

/* Whether `key` is one of the NULL-terminated `words`. */
static int
strv_has(const char *const *words, const char *key)
{
  for (size_t i = 0; words[i]; i++) {
    if (strcmp(words[i], key) == 0) {
      return 1;
    }
  }
  return 0;
}

/* "bin", "ben", "ibn": the word after is a father's name ("Khalid bin
 * Salman" is Salman's son, not "King Salman"). */
static const char *const patronymic[] = {"bin", "ben", "ibn", "bint", "ould", NULL};

typedef struct {
  char keys[MAX_NAME_WORDS * 2][48];
  size_t n;
  uint32_t fathers; /* bit w: word w follows "bin", "ben"... (a father's name) */
  int has_bin;      /* some word is "bin", "ben"... */
} NameKeys;

/* How many words between spaces `name` has: "Ahn Gyu-back" 2 (its keys
 * are 3). */
static size_t
spaced_words(const char *name)
{
  size_t n = 0;

  for (const char *w = name; *w; w++) {
    n += *w != ' ' && (w == name || w[-1] == ' ');
  }
  return n;
}

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
  /* which words are a father's name, read once per name */
  k->fathers = 0;
  k->has_bin = 0;
  for (size_t w = 0; w < k->n; w++) {
    if (strv_has(patronymic, k->keys[w])) {
      k->has_bin = 1;
      if (w + 1 < k->n && w + 1 < 32) {
        k->fathers |= 1u << (w + 1);
      }
    }
  }
}

/* Whether a word of k from the `from`-th on, other than a father's name,
 * is `key`. */
static int
holds_name_word(const NameKeys *k, size_t from, const char *key)
{
  for (size_t w = from; w < k->n; w++) {
    if (w < 32 && ((k->fathers >> w) & 1)) {
      continue;
    }
    if (k->keys[w][0] == key[0] && strcmp(k->keys[w], key) == 0) { /* most differ at once */
      return 1;
    }
  }
  return 0;
}

/* Whether every word of `small` fits a different word of `big`; a word
 * of big after "bin" only when small names the father too. */

static int
name_fits(const NameKeys *small, const NameKeys *big)
{
  int used[MAX_NAME_WORDS * 2] = {0};
  int fathers = small->has_bin;

  if (small->n > big->n) {
    return 0;
  }
  for (size_t j = 1; j < big->n && j < 32 && !fathers; j++) {
    used[j] = (big->fathers >> j) & 1;
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

/* Whether `small` is an honorific and the given name that opens `big`:
 * "Sheikh Saoud" after "Sheikh Saoud bin Abdulrahman Al Thani" (a Gulf
 * ruler's kin is called by honorific and given name; the honorific is
 * kept in the name only for a name of one word, "Sheikh Hasina"). */
static int
honorific_given_name(const NameKeys *small, const NameKeys *big)
{
  static const char *const sheikhs[] = {"sheikh", "sheikha", "cheikh", "cheikha", "shaikh", NULL};

  return small->n == 2 && big->n >= 3 && strv_has(sheikhs, small->keys[0]) && !holds_name_word(big, 0, small->keys[0]) &&
         strcmp(small->keys[1], big->keys[0]) == 0;
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
      if ((name_fits(&keys[i], &keys[j]) || honorific_given_name(&keys[i], &keys[j])) &&
          (a->country < 0 || b->country < 0 || a->country == b->country)) {
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

/* The one person whose name ends with the two words at i and i + 1
 * ("Wemyss Gorman" of "Antonette Wemyss Gorman"; not its given names),
 * or -1. */
static int32_t
two_word_tail(const PactDoc *doc, const NameKeys *keys, size_t i)
{
  const char *first = pact_token_key(&doc->toks, i);
  const char *second = pact_token_key(&doc->toks, i + 1);
  int32_t who = -1;

  for (size_t t = 0; t < doc->n_things; t++) {
    const NameKeys *k = &keys[t];
    if (k->n >= 3 && strcmp(k->keys[k->n - 2], first) == 0 && strcmp(k->keys[k->n - 1], second) == 0) {
      if (who >= 0) {
        return -1;
      }
      who = (int32_t)t;
    }
  }
  return who;
}

/* Later mentions by one word of the name ("Asif", "General Bajwa", "M.
 * Loudiyi"), when that word belongs to one person only. The names' words
 * are folded once, not once per token. */
static PactStatus
surname_mentions(PactDoc *doc)
{
  static const char *const opening_prepositions[] = {"for", "with", "to", "as", "like", "under", "unlike", "pour",
                                                     "avec", "selon", "chez", "comme", "quant", NULL};
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
    /* "the first visit that Wemyss Gorman has made", "Díaz Morfa said":
     * two name words that are the last two of one person's name (a
     * double surname) */
    if (persons_name_word(doc, i) && i + 1 < doc->toks.n && persons_name_word(doc, i + 1) &&
        !glued(doc, i + 1) && !(i + 2 < doc->toks.n && persons_name_word(doc, i + 2)) &&
        !(i > 0 && persons_name_word(doc, i - 1))) {
      int32_t pair = two_word_tail(doc, keys, i);
      if (pair >= 0) {
        PactThing *p = &doc->things[pair];
        PactStatus st = pact_thing_mention(p, doc->toks.v[i].start, doc->toks.v[i + 1].end);
        if (st == PACT_OK) {
          st = pact_thing_variant(p, doc->text->text + doc->toks.v[i].start,
                                  doc->toks.v[i + 1].end - doc->toks.v[i].start);
        }
        if (st != PACT_OK) {
          free(keys);
          return st;
        }
        doc->owner[i] = pair;
        doc->owner[i + 1] = pair;
        i++;
        continue;
      }
    }
    if (!persons_name_word(doc, i) || (i + 1 < doc->toks.n && persons_name_word(doc, i + 1) && !glued(doc, i + 1))) {
      continue;
    }
    /* "For Jobim, ...", "Pour M. Diop": the capital of a sentence's
     * first word, a preposition, makes no name of it */
    if (i > 0 && persons_name_word(doc, i - 1) &&
        !(doc->toks.v[i - 1].sentence != (i > 1 ? doc->toks.v[i - 2].sentence : UINT32_MAX) &&
          pact_doc_key_in(doc, i - 1, opening_prepositions))) {
      continue;
    }
    key = pact_token_key(&doc->toks, i);
    for (size_t t = 0; t < doc->n_things && !ambiguous; t++) {
      /* not the first word: given names repeat; but in "Salman bin
       * Abdulaziz", "Khalid bin Salman", the word after "bin" is the
       * father's, and the first one is how the person is called ("King
       * Salman", "Prince Khalid") */
      int nasab = keys[t].n > 2 && (keys[t].fathers & 4u); /* "Khalid bin Salman" */
      if (holds_name_word(&keys[t], nasab ? 0 : 1, key)) {
        ambiguous = who >= 0 && who != (int32_t)t;
        who = (int32_t)t;
      }
    }
    /* "Ouattara, for his part, described..." before "a younger brother
     * of President Alassane Ouattara": of two people who share the word,
     * the one named before it, the nearest, is meant */
    if (ambiguous) {
      uint32_t at = doc->toks.v[i].start;
      uint32_t best = 0;
      who = -1;
      for (size_t t = 0; t < doc->n_things; t++) {
        int has = holds_name_word(&keys[t], 1, key);
        for (size_t m = 0; has && m < doc->things[t].n_mentions; m++) {
          uint32_t ms = doc->things[t].mentions[m].start;
          if (ms < at && (who < 0 || ms > best)) {
            who = (int32_t)t;
            best = ms;
          }
        }
      }
      ambiguous = who < 0;
    }
    /* "Wei" for "Wei Fenghe", "Lee" for "Lee Jong-sup", "Ahn" for "Ahn
     * Gyu-back": a family name told first, the first word of a two-word
     * name (a given name may be two joined by a hyphen) that no other
     * person of the article shares (given names repeat; family names
     * too, so one other name with the word is enough to leave it) */
    for (size_t t = 0; t < doc->n_things && who < 0 && !ambiguous; t++) {
      if (keys[t].n >= 2 && keys[t].keys[0][0] == key[0] && strcmp(keys[t].keys[0], key) == 0 &&
          spaced_words(doc->things[t].name) == 2) {
        for (size_t o = 0; o < doc->n_things && !ambiguous; o++) {
          for (size_t w = 0; o != t && w < keys[o].n; w++) {
            ambiguous |= keys[o].keys[w][0] == key[0] && strcmp(keys[o].keys[w], key) == 0;
          }
        }
        who = ambiguous ? -1 : (int32_t)t;
      }
    }
    /* "the Dial-Diop headquarters": the word glued by a hyphen to a
     * capitalised word that is not of the person's name is part of
     * another name (a place's, a street's), not Diop */
    if (who >= 0 && !ambiguous && i >= 2 && glued(doc, i) && pact_doc_is_punct(doc, i - 1, '-') && glued(doc, i - 1) &&
        doc->toks.v[i - 2].kind == TOK_WORD && (doc->toks.v[i - 2].flags & TF_CAP) &&
        !holds_name_word(&keys[who], 0, pact_token_key(&doc->toks, i - 2))) {
      continue;
    }
    if (who >= 0 && !ambiguous) {
      PactThing *p = &doc->things[who];
      /* "Chang'anamuno" whole */
      int apostrophe =
        i + 2 < doc->toks.n && glued(doc, i + 1) && glued(doc, i + 2) && persons_inner_apostrophe(doc, i + 1);
      size_t last = apostrophe ? i + 2 : i;
      PactStatus st = pact_thing_mention(p, doc->toks.v[i].start, doc->toks.v[last].end);
      if (st == PACT_OK) {
        st = pact_thing_variant(p, doc->text->text + doc->toks.v[i].start,
                                doc->toks.v[last].end - doc->toks.v[i].start);
      }
      if (st != PACT_OK) {
        free(keys);
        return st;
      }
      doc->owner[i] = who;
      /* "Slim, Lebanon's Minister of National Defence, put his name":
       * the apposition after the surname is the person's title too */
      if (pact_doc_is_punct(doc, last + 1, ',') && doc->things[who].n_titles == 0) {
        st = persons_apposition(doc, who, last + 1);
        if (st != PACT_OK) {
          free(keys);
          return st;
        }
      }
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
  PACT_TRY(pact_doc_titled_persons(doc));
  PACT_TRY(untitled_persons(doc));
  PACT_TRY(merge_persons(doc));
  follow_aliases(doc);
  PACT_TRY(surname_mentions(doc));
  persons_countries(doc);
  return PACT_OK;
}
