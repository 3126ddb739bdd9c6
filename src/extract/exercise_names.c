/* Exercises' names and editions as the sentence of a cue tells them:
 * "Exercise Garuda Shakti", "« Chergui 2022 », un exercice", "the 13th
 * command post exercise", "Naseem Al Bahr-13"; roman and written
 * ordinals. exercises.c makes the exercise; editions.c finds the other
 * editions of a named one. */
#define _POSIX_C_SOURCE 200809L
#include "extract/events.h"
#include "util/text.h"

#include <stdlib.h>
#include <string.h>

/* The value of a lower-case roman numeral of an edition, I to L
 * ("xxiii" in "Viekaren XXIII"); 0 when `s` is none. */
int
events_roman(const char *s)
{
  static const struct {
    const char *digits;
    int value;
  } parts[] = {{"l", 50}, {"xl", 40}, {"x", 10}, {"ix", 9}, {"v", 5}, {"iv", 4}, {"i", 1}};
  int total = 0;
  int repeats = 0;
  size_t last = 0;

  if (!*s) {
    return 0;
  }
  for (size_t p = 0; *s && p < sizeof parts / sizeof parts[0];) {
    size_t n = strlen(parts[p].digits);
    if (strncmp(s, parts[p].digits, n) == 0 && !(p == last && n == 1 && repeats >= 3)) {
      repeats = p == last ? repeats + 1 : 1;
      last = p;
      total += parts[p].value;
      s += n;
    } else {
      p++;
    }
  }
  return *s ? 0 : total;
}

/* An ordinal: "third", "troisième", "3rd", "7th", "3e". */
int
events_ordinal_at(const PactDoc *doc, size_t tok)
{
  const PactLexEntry *e = pact_doc_entry(doc, tok, LEX_ORDINAL);
  const PactMatch *m;

  if (e) {
    return e->value;
  }
  if (tok >= doc->toks.n) {
    return 0;
  }
  /* "vingt-troisième": an ordinal of several tokens that ends here */
  m = pact_doc_match_at(doc, tok);
  if (m && m->tok + m->n == tok + 1 && (e = pact_doc_entry(doc, m->tok, LEX_ORDINAL)) != NULL) {
    return e->value;
  }
  return pact_doc_digit_ordinal(doc, tok);
}

int
events_edition_in(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const years[] = {"year", "annee", NULL};
  static const char *const running[] = {"consecutive", "running", "straight", NULL};

  for (size_t i = a; i + 1 < b; i++) {
    int v = events_ordinal_at(doc, i);
    if (!v) {
      continue; /* every reading below opens with an ordinal */
    }
    /* "for the fourth consecutive year", "pour la quatrième année
     * consécutive", "for the fourth year running" */
    if (i + 2 < b && ((pact_doc_key_in(doc, i + 1, running) && pact_doc_key_in(doc, i + 2, years)) ||
                      (pact_doc_key_in(doc, i + 1, years) && pact_doc_key_in(doc, i + 2, running)))) {
      return v;
    }
    /* "the third year in a row" ("the fourth time in a row" is a count
     * of times, not an edition) */
    if (i + 4 < b && pact_doc_key_in(doc, i + 1, years) && pact_doc_key_is(doc, i + 2, "in") &&
        pact_doc_key_is(doc, i + 3, "a") && pact_doc_key_is(doc, i + 4, "row")) {
      return v;
    }
    if (pact_doc_key_is(doc, i + 1, "edition") || pact_doc_key_is(doc, i + 1, "iteration")) {
      /* "since the first edition", "depuis la première édition": history,
       * not the edition told here */
      int since = (i >= 1 && (pact_doc_key_is(doc, i - 1, "since") || pact_doc_key_is(doc, i - 1, "depuis"))) ||
                  (i >= 2 && (pact_doc_key_is(doc, i - 2, "since") || pact_doc_key_is(doc, i - 2, "depuis")));
      if (!since) {
        return v;
      }
    }
  }
  return 0;
}

/* "the 13th command post exercise", "la 13e manœuvre": an ordinal after
 * a determiner, at most two words before the cue at tok; not "the fourth
 * time the drill". */
int
events_edition_before_cue(const PactDoc *doc, size_t a, size_t tok)
{
  for (size_t i = tok; i > a + 1 && i + 3 > tok; i--) {
    int v = events_ordinal_at(doc, i - 1);
    /* "the fourth time the drill had been staged at X": a count of
     * times, not an edition */
    if (pact_doc_is_punct(doc, i - 1, ',') || pact_doc_key_is(doc, i - 1, "time") || pact_doc_key_is(doc, i - 1, "fois")) {
      return 0;
    }
    if (v && events_is_determiner(doc, i - 2)) {
      return v;
    }
  }
  return 0;
}

/* "The previous command post exercise", "le précédent exercice": a
 * mention of an earlier edition, not of the story's. */
int
events_previous_cue(const PactDoc *doc, size_t a, size_t tok)
{
  static const char *const previous[] = {"previous", "preceding", "precedent", "precedente", NULL};

  for (size_t i = tok; i > a && i + 4 > tok; i--) {
    if (pact_doc_key_in(doc, i - 1, previous)) {
      return 1;
    }
  }
  return pact_doc_key_in(doc, tok + 1, previous); /* "l'exercice précédent" */
}

/* "dubbed", "code-named", "baptisé", "dénommé": the name follows. */
static int
naming_word(const PactDoc *doc, size_t tok)
{
  static const char *const words[] = {"dubbed", "named", "codenamed", "called", "baptise", "baptisee",
                                      "denomme", "denommee", "appele", "appelee", "nomme", "nommee",
                                      "intitule", "intitulee", NULL};

  return pact_doc_key_in(doc, tok, words);
}

/* Whether the capitalised words that end before the comma at c follow
 * "edition of", "édition de", "round of": "la sixième édition de Garuda
 * Shakti, leur exercice conjoint" names the exercise before its noun. */
static int
edition_of_before(const PactDoc *doc, size_t c)
{
  static const char *const rounds[] = {"round", "edition", "iteration", "version", NULL};
  static const char *const of[] = {"of", "de", "du", "d", NULL};
  size_t k = c;

  while (k > 0 && doc->toks.v[k - 1].kind == TOK_WORD && (doc->toks.v[k - 1].flags & TF_CAP) &&
         !(doc->toks.v[k].flags & TF_SENT) && c - k < 4) {
    k--;
  }
  if (k == c || k < 2) {
    return 0;
  }
  if (pact_doc_is_punct(doc, k - 1, '\'') && k >= 3) {
    k--; /* "d'Ataturk" */
  }
  if (pact_doc_key_is(doc, k - 1, "the") && k >= 3) {
    k--; /* "edition of the Tiger Triumph" */
  }
  return pact_doc_key_in(doc, k - 1, of) && pact_doc_key_in(doc, k - 2, rounds);
}

/* Whether the two tokens before `end` are a number glued by a hyphen to
 * a capitalised word, the end of a name: "Naseem Al Bahr-13". */
static int
glued_number(const PactDoc *doc, size_t end)
{
  return end >= 3 && doc->toks.v[end - 1].kind == TOK_NUMBER && pact_doc_is_punct(doc, end - 2, '-') &&
         !(doc->toks.v[end - 2].flags & TF_SPACE) && !(doc->toks.v[end - 1].flags & TF_SPACE) &&
         (doc->toks.v[end - 3].flags & TF_CAP);
}

/* The length of a small word inside a name, at `tok`, between its
 * capitalised words: "Bouclier du Golfe", "Pearl of the West", "Aigles de
 * la civilisation" keeps its first capital only. It must lead to a
 * capitalised word of no one else's (not "Salt Wind of the Indian Army",
 * not "Tabouk de l'Égypte"); 0 when there is none. */
static size_t
name_connector(const PactDoc *doc, size_t tok)
{
  static const char *const of[] = {"of", "de", "du", "des", "d", NULL};
  size_t k = tok;

  if (!pact_doc_key_in(doc, k, of) || (doc->toks.v[k].flags & TF_CAP)) {
    return 0;
  }
  k++;
  if (pact_doc_is_punct(doc, k, '\'')) {
    k++;
  } else if (pact_doc_key_is(doc, k, "the") || pact_doc_key_is(doc, k, "la")) {
    k++;
  }
  if (pact_doc_is_punct(doc, k, '\'')) {
    k++; /* "de l'Aigle" */
  }
  if (k >= doc->toks.n || doc->toks.v[k].kind != TOK_WORD || !(doc->toks.v[k].flags & TF_CAP) ||
      (doc->toks.v[k].flags & TF_SENT) || doc->owner[k] >= 0 || pact_doc_match_at(doc, k) ||
      pact_doc_entry(doc, k, LEX_COUNTRY) || pact_doc_entry(doc, k, LEX_MONTH)) {
    return 0;
  }
  return k - tok;
}

/* The end of a quoted name that opens at k with a capital word of no
 * other thing's: the closing mark, at most seven tokens on, in the same
 * sentence, with no comma before it; a trailing year stays (the caller
 * makes "Tabouk 4" and "… 2021" the series and its edition). 0 when the
 * quotation is no name ("signifie « coopération »", "la « pierre
 * angulaire »", a quoted sentence). */
static int
quoted_name(const PactDoc *doc, size_t k, size_t *end)
{
  if (k >= doc->toks.n || doc->toks.v[k].kind != TOK_WORD || !(doc->toks.v[k].flags & TF_CAP) ||
      (doc->toks.v[k].flags & TF_SENT) || doc->owner[k] >= 0 || pact_doc_match_at(doc, k) ||
      pact_doc_entry(doc, k, LEX_COUNTRY)) {
    return 0;
  }
  for (size_t i = k + 1; i < doc->toks.n && i < k + 8 && !(doc->toks.v[i].flags & TF_SENT); i++) {
    if (pact_doc_is_punct(doc, i, '"')) {
      *end = i;
      return 1;
    }
    if (doc->toks.v[i].kind == TOK_PUNCT && !pact_doc_is_punct(doc, i, '-') && !pact_doc_is_punct(doc, i, '\'')) {
      return 0;
    }
  }
  return 0;
}

/* A capitalised name right after "Exercise"/"exercice" (or after a naming
 * word) or right before "exercise": [*na, *nb). */
int
events_exercise_name(const PactDoc *doc, const PactMatch *mt, size_t *na, size_t *nb)
{
  static const char *const articles[] = {"a", "an", "un", "une", NULL};
  size_t k = mt->tok + mt->n;
  size_t j;

  /* "un exercice conjoint baptisé « Sahel Uni »", "a joint drill
   * code-named "Sea Shield"": up to three words, then the naming word */
  /* ... or after the countries it joins: "the joint exercise between
   * Kenya and Ghana, codenamed Savanna Shield" */
  for (size_t i = k; i < k + 9 && i < doc->toks.n && !(doc->toks.v[i].flags & TF_SENT); i++) {
    if (naming_word(doc, i)) {
      k = i + 1;
      break;
    }
    if (pact_doc_key_is(doc, i, "code") && pact_doc_is_punct(doc, i + 1, '-') && naming_word(doc, i + 2)) {
      k = i + 3;
      break;
    }
    if (pact_doc_key_is(doc, i, "known") && pact_doc_key_is(doc, i + 1, "as")) {
      k = i + 2; /* "The drill, known as Tabuk 4," */
      break;
    }
    if (pact_doc_entry(doc, i, LEX_COUNTRY) || pact_doc_is_punct(doc, i, ',')) {
      continue;
    }
    if (doc->toks.v[i].kind != TOK_WORD || (doc->toks.v[i].flags & TF_CAP) || (i >= k + 4 &&
        !pact_doc_key_is(doc, i, "and") && !pact_doc_key_is(doc, i, "et"))) {
      break;
    }
  }
  /* "Le tout premier exercice conjoint entre les armées de terre
   * indienne et saoudienne, baptisé Sada Tanseeq, a pris fin": the
   * naming word in apposition, after a comma, names the cue's exercise
   * however long the phrase between them */
  if (k == mt->tok + mt->n) {
    for (size_t i = k; i + 2 < doc->toks.n && i < k + 16 && !(doc->toks.v[i + 1].flags & TF_SENT); i++) {
      if (pact_doc_is_punct(doc, i, ',') && naming_word(doc, i + 1)) {
        k = i + 2;
        break;
      }
      if (i > k && events_entry_kind(doc, i, LEX_EVENT, "exercise")) {
        break; /* another exercise's cue */
      }
    }
  }
  /* "Named Sada Tanseeq, the drill opened on Monday", "Baptisé X,
   * l'exercice": the name before the comma that ends right before the
   * definite cue, after a capitalised naming word (the sentence's or the
   * dateline's first) */
  if (k == mt->tok + mt->n && mt->tok >= 5) {
    size_t det = pact_doc_is_punct(doc, mt->tok - 1, '\'') ? mt->tok - 2 : mt->tok - 1;
    size_t c = det - 1;
    size_t q = c;
    if (events_is_determiner(doc, det) && pact_doc_is_punct(doc, c, ',')) {
      while (q > 0 && c - q < 5 && doc->toks.v[q - 1].kind == TOK_WORD && (doc->toks.v[q - 1].flags & TF_CAP) &&
             !naming_word(doc, q - 1)) {
        q--;
      }
      if (q < c && q > 0 && naming_word(doc, q - 1) && (doc->toks.v[q - 1].flags & (TF_SENT | TF_CAP))) {
        *na = q;
        *nb = c;
        return 1;
      }
    }
  }
  /* "l'exercice indo-omanais Al Najah", "l'exercice naval combiné
   * Viekaren", "l'exercice conjoint de forces spéciales Cyclone": small
   * modifiers between the cue and the name; not a verb's phrase ("se
   * tient à Bikaner"), which ends on a preposition */
  if (k == mt->tok + mt->n && !(doc->toks.v[k].flags & TF_CAP)) {
    static const char *const stops[] = {"a", "au", "aux", "en", "dans", "sur", "par", "avec", "pour", "se", "s",
                                        "qui", "que", "in", "at", "on", "by", "near", "from", "to", "with",
                                        "for", "which", "that", "is", "was", "will", "the", "le", "la", "les",
                                        "l", "et", "and", NULL};
    /* "exercise off Bahia", "drills along the border": a preposition
     * opens a place, not a name */
    static const char *const places[] = {"off", "along", "across", "around", "over", "under", "between",
                                         "among", "into", "onto", "through", "during", "after", "before",
                                         "outside", "inside", "entre", "vers", "pres", "durant", "lors",
                                         "apres", "avant", "large", NULL};
    size_t i = k;
    while (i < k + 5 && i < doc->toks.n && !(doc->toks.v[i].flags & TF_SENT) &&
           ((doc->toks.v[i].kind == TOK_WORD && !(doc->toks.v[i].flags & TF_CAP) && !pact_doc_key_in(doc, i, stops) &&
             !pact_doc_key_in(doc, i, places)) ||
            (pact_doc_is_punct(doc, i, '-') && !(doc->toks.v[i].flags & TF_SPACE)))) {
      i++;
    }
    if (i > k && i < doc->toks.n && !(doc->toks.v[i].flags & TF_SENT) && doc->toks.v[i].kind == TOK_WORD &&
        (doc->toks.v[i].flags & TF_CAP) && !pact_doc_match_at(doc, i) && doc->owner[i] < 0) {
      k = i;
    }
    /* "les manœuvres aéroportées russo-égyptiennes « Défenseurs de
     * l'amitié 2021 »": the modifiers, then the quoted name */
    if (i > k && pact_doc_is_punct(doc, i, '"') && !(doc->toks.v[i].flags & TF_SENT)) {
      k = i;
    }
  }
  /* a quotation's mark: the reader has made guillemets and curly
   * quotes '"' (read/article.c). A quoted name that opens with a
   * capital runs to its closing mark, whatever its small words: French
   * capitalises only the first word of « Défenseurs de l'amitié » */
  if (pact_doc_is_punct(doc, k, '"')) {
    k++;
    if (quoted_name(doc, k, &j)) {
      *na = k;
      *nb = j;
      return 1;
    }
  }
  /* "Last year's exercise, Viekaren XXII, was held": the name in
   * apposition */
  if (k == mt->tok + mt->n && pact_doc_is_punct(doc, k, ',') && k + 1 < doc->toks.n &&
      doc->toks.v[k + 1].kind == TOK_WORD && (doc->toks.v[k + 1].flags & TF_CAP) &&
      !(doc->toks.v[k + 1].flags & TF_SENT) &&
      ((doc->owner[k + 1] < 0 && !pact_doc_match_at(doc, k + 1)) ||
       /* "their joint exercise, Aqaba 7, got under way": a city's name
        * with an edition's number, between commas */
       (pact_doc_entry(doc, k + 1, LEX_PLACE) && pact_doc_match_at(doc, k + 1)->n == 1 && k + 3 < doc->toks.n &&
        doc->toks.v[k + 2].kind == TOK_NUMBER && doc->toks.v[k + 2].key_len <= 2 &&
        pact_doc_is_punct(doc, k + 3, ',')))) {
    k++;
  }
  j = k;
  while (j < doc->toks.n && !(doc->toks.v[j].flags & TF_SENT) &&
         ((doc->toks.v[j].kind == TOK_WORD && (doc->toks.v[j].flags & TF_CAP)) ||
          (doc->toks.v[j].kind == TOK_NUMBER && j > k) ||
          (pact_doc_is_punct(doc, j, '-') && !(doc->toks.v[j].flags & TF_SPACE) && j > k))) {
    if (pact_doc_entry(doc, j, LEX_MONTH) || pact_doc_entry(doc, j, LEX_COUNTRY)) {
      break;
    }
    /* "the East Fuji Manoeuvre Training Area": "Manoeuvre" is a cue
     * inside a place's name, and what follows is that place */
    /* ... but "known as Tabuk 4": a city's name with the edition's
     * number after it, after a naming word, is the exercise's */
    if (doc->owner[j] >= 0 && (doc->things[doc->owner[j]].cls == PACT_PLACE ||
                               doc->things[doc->owner[j]].cls == PACT_INSTITUTION) &&
        !(j == k && k > mt->tok + mt->n && doc->toks.v[j + 1].kind == TOK_NUMBER && doc->toks.v[j + 1].key_len <= 2)) {
      break;
    }
    j++;
    j += name_connector(doc, j);
  }
  while (j > k && doc->toks.v[j - 1].kind == TOK_PUNCT) {
    j--;
  }
  /* "The Emirati director of the exercise, Staff Brigadier Saeed
   * Salmeen, described": a person in apposition, no exercise's name */
  for (size_t i = k; i < j; i++) {
    if ((doc->owner[i] >= 0 && doc->things[doc->owner[i]].cls == PACT_PERSON) || pact_doc_has(doc, i, LEX_TITLE)) {
      j = k;
    }
  }
  if (j > k && !(j == k + 1 && events_is_determiner(doc, k))) {
    *na = k;
    *nb = j;
    return 1;
  }
  /* before: "African Lion exercise"; "ELANG-IV, un exercice aérien";
   * "Peace Unity 2024, a counter-terrorism exercise": small words between
   * the article and the cue */
  j = mt->tok;
  /* "their joint "Falcon Claws" exercise": a quoted name right before
   * the cue, whatever its words */
  if (j >= 3 && pact_doc_is_punct(doc, j - 1, '"')) {
    for (size_t q = j - 2; q > 0 && q + 9 > j && !(doc->toks.v[q].flags & TF_SENT); q--) {
      size_t end;
      if (pact_doc_is_punct(doc, q, '"')) {
        if (quoted_name(doc, q + 1, &end) && end == j - 1) {
          *na = q + 1;
          *nb = end;
          return 1;
        }
        break;
      }
    }
  }
  size_t art = j;
  while (art + 5 > j && art > 3 && !(doc->toks.v[art].flags & TF_SENT) &&
         ((doc->toks.v[art - 1].kind == TOK_WORD && !(doc->toks.v[art - 1].flags & TF_CAP) &&
           !pact_doc_key_in(doc, art - 1, articles)) ||
          (pact_doc_is_punct(doc, art - 1, '-') && !(doc->toks.v[art - 1].flags & TF_SPACE)))) {
    art--;
  }
  if (art >= 3 && pact_doc_key_in(doc, art - 1, articles) && pact_doc_is_punct(doc, art - 2, ',')) {
    j = art - 2;
    /* "« Chergui 2022 », un exercice", ""Tabuk 4", a drill": the quote
     * closes the name, whose last word may be its year or number */
    if (j >= 3 && pact_doc_is_punct(doc, j - 1, '"')) {
      j--;
    }
    if (j >= 2 && doc->toks.v[j - 1].kind == TOK_NUMBER && doc->toks.v[j - 2].kind == TOK_WORD &&
        (doc->toks.v[j - 2].flags & TF_CAP) && doc->owner[j - 2] < 0 && !pact_doc_match_at(doc, j - 2)) {
      size_t end = j;
      for (j = j - 1; j > 0 && doc->toks.v[j - 1].kind == TOK_WORD && (doc->toks.v[j - 1].flags & TF_CAP) &&
                      doc->owner[j - 1] < 0 && !pact_doc_match_at(doc, j - 1) && !(doc->toks.v[j].flags & TF_SENT) &&
                      end - j < 4;
           j--) {
      }
      if (j < end - 1 && !(doc->toks.v[j].flags & TF_SENT) && !events_is_determiner(doc, j)) {
        *na = j;
        *nb = end;
        return 1;
      }
      j = end;
    }
  }
  /* "Ataturk-XIII, the latest round of the two armies' drills", "X, la
   * dernière édition de ces manœuvres": the name before an apposition
   * that tells an edition */
  size_t year_end = 0;
  if (j == mt->tok) {
    static const char *const rounds[] = {"round", "edition", "iteration", "version", NULL};
    int told = 0;
    for (size_t i = j; i > 0 && i + 14 > j; i--) {
      if (pact_doc_key_in(doc, i - 1, rounds)) {
        told = 1;
      }
      if (pact_doc_is_punct(doc, i - 1, ',')) {
        /* an apposition opens with its article ("X, the latest round"),
         * not a relative clause ("South Sumatra, that both sides billed
         * as the start of the largest iteration of the drills") */
        /* "Naseem Al Bahr-13, the latest round": the name may end on its
         * number, glued by a hyphen */
        /* "Defenders of Friendship 2021, the fifth edition of the
         * airborne exercise": or on its year */
        int year = i >= 3 && doc->toks.v[i - 2].kind == TOK_NUMBER && doc->toks.v[i - 2].key_len == 4 &&
                   (doc->toks.v[i - 3].flags & TF_CAP) && !(doc->toks.v[i - 2].flags & TF_SENT);
        /* "Northern Forest 21, the Finnish Army's main exercise": or on
         * its number, the year's last two digits */
        if (!year && i >= 3 && doc->toks.v[i - 2].kind == TOK_NUMBER &&
            doc->toks.v[i - 2].key_len <= 2 && doc->toks.v[i - 3].kind == TOK_WORD &&
            (doc->toks.v[i - 3].flags & TF_CAP) && !(doc->toks.v[i - 2].flags & TF_SENT) && events_is_determiner(doc, i)) {
          year = 1;
        }
        /* ""Nile Eagles 2", the second joint air exercise", "« Bright
         * Star », l'exercice organisé par": a quoted name, whatever its
         * words, before the apposition */
        if (i >= 4 && pact_doc_is_punct(doc, i - 2, '"') && events_is_determiner(doc, i)) {
          for (size_t q = i - 3; q > 0 && q + 11 > i && !(doc->toks.v[q].flags & TF_SENT); q--) {
            size_t end;
            if (pact_doc_is_punct(doc, q, '"')) {
              /* not a motto: "under the theme "Stronger Together", the
               * exercise aims" */
              static const char *const mottos[] = {"theme", "themes", "motto", "slogan", "devise", "mot",
                                                   "signifie", "means", "meaning", "intitule", "intitulee",
                                                   "titled", "entitled", NULL};
              if (quoted_name(doc, q + 1, &end) && end == i - 2 && !pact_doc_key_in(doc, q - 1, mottos)) {
                *na = q + 1;
                *nb = end;
                return 1;
              }
              break;
            }
          }
        }
        /* "« Xaritoo 2023 », l'exercice bilatéral": the quote closes
         * the name, which ends on its year */
        if (!year && i >= 5 && pact_doc_is_punct(doc, i - 2, '"') &&
            doc->toks.v[i - 3].kind == TOK_NUMBER && doc->toks.v[i - 3].key_len == 4 &&
            doc->toks.v[i - 4].kind == TOK_WORD && (doc->toks.v[i - 4].flags & TF_CAP) &&
            pact_doc_is_punct(doc, i - 5, '"') && events_is_determiner(doc, i)) {
          j = i - 2;
          year_end = 1;
          break;
        }
        /* ... "Bright Star 2018, the large multinational exercise": a
         * name that ends on its year needs no word of an edition */
        if ((told || edition_of_before(doc, i - 1) || year) && i >= 2 &&
            ((doc->toks.v[i - 2].flags & TF_CAP) || glued_number(doc, i - 1) || year) &&
            events_is_determiner(doc, i) && !pact_doc_key_is(doc, i, "that")) {
          j = i - 1;
          year_end = year;
        }
        break;
      }
      /* "Celtic Uprise, the Belgian-French exercise": the demonyms of
       * those taking part are words of the apposition */
      if (pact_lex_is_demonym(pact_doc_entry(doc, i - 1, LEX_COUNTRY)) && !(doc->toks.v[i - 1].flags & TF_SENT)) {
        continue;
      }
      /* "the Finnish Army's main exercise": an institution's words too */
      if (doc->owner[i - 1] >= 0 && doc->things[doc->owner[i - 1]].cls == PACT_INSTITUTION &&
          !(doc->toks.v[i - 1].flags & TF_SENT)) {
        continue;
      }
      if ((doc->toks.v[i - 1].flags & (TF_CAP | TF_SENT)) || doc->owner[i - 1] >= 0) {
        break;
      }
    }
  }
  /* "began the Eagle Partner 2025 exercise": the name's year right
   * before the cue */
  if (j == mt->tok && j >= 3 && doc->toks.v[j - 1].kind == TOK_NUMBER && doc->toks.v[j - 1].key_len == 4 &&
      !(doc->toks.v[j - 1].flags & TF_SENT) && doc->toks.v[j - 2].kind == TOK_WORD &&
      (doc->toks.v[j - 2].flags & TF_CAP) && !pact_doc_entry(doc, j - 2, LEX_MONTH)) {
    int y = atoi(pact_token_key(&doc->toks, j - 1));
    year_end = y >= 1950 && y <= 2100;
  }
  k = j;
  size_t suffix = glued_number(doc, k) ? 2 : year_end; /* "Naseem Al Bahr-13": past the number, to the name's words */
  k -= suffix;
  while (k > 0 && !(doc->toks.v[k].flags & TF_SENT) &&
         ((doc->toks.v[k - 1].kind == TOK_WORD && (doc->toks.v[k - 1].flags & TF_CAP) &&
           !pact_doc_entry(doc, k - 1, LEX_COUNTRY) && doc->owner[k - 1] < 0 && !pact_doc_match_at(doc, k - 1)) ||
          (k >= 2 && pact_doc_is_punct(doc, k - 1, '-') && !(doc->toks.v[k].flags & TF_SPACE) &&
           !(doc->toks.v[k - 1].flags & TF_SPACE) && doc->toks.v[k - 2].kind == TOK_WORD &&
           (doc->toks.v[k - 2].flags & TF_CAP)) ||
          /* "Defenders of Friendship", "Pearl of the West": a small word
           * of the name, between two of its capitalised words */
          (k >= 3 && k < j && name_connector(doc, k - 1) == 1 && (doc->toks.v[k - 2].flags & TF_CAP) &&
           doc->toks.v[k - 2].kind == TOK_WORD && doc->owner[k - 2] < 0 && !pact_doc_match_at(doc, k - 2)))) {
    k--;
  }
  while (k < j && events_is_determiner(doc, k)) {
    k++;
  }
  /* a name that opens its sentence is one when its number is glued to it
   * or it is written in capitals ("AMAN-21, the seventh edition of a
   * drill"), not any capitalised first word */
  int opens = (doc->toks.v[k].flags & TF_SENT) && (suffix == 2 || (doc->toks.v[k].flags & TF_UPPER));
  if (k + suffix < j && j - k <= 4 + suffix && (!(doc->toks.v[k].flags & TF_SENT) || opens)) {
    *na = k;
    *nb = j;
    return 1;
  }
  return 0;
}

