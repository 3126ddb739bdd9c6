/* Exercises: a cue of the lexicon (joint exercise, drill, manoeuvres),
 * the exercise's name and edition, its dates and place and the countries
 * that take part (the other editions of a named exercise: editions.c);
 * then the sentences that speak of one told before ("the drills will run
 * until"). */
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

static int
edition_in(const PactDoc *doc, size_t a, size_t b)
{
  for (size_t i = a; i + 1 < b; i++) {
    if (pact_doc_key_is(doc, i + 1, "edition") || pact_doc_key_is(doc, i + 1, "iteration")) {
      int v = events_ordinal_at(doc, i);
      /* "since the first edition", "depuis la première édition": history,
       * not the edition told here */
      int since = (i >= 1 && (pact_doc_key_is(doc, i - 1, "since") || pact_doc_key_is(doc, i - 1, "depuis"))) ||
                  (i >= 2 && (pact_doc_key_is(doc, i - 2, "since") || pact_doc_key_is(doc, i - 2, "depuis")));
      if (v && !since) {
        return v;
      }
    }
  }
  return 0;
}

/* "the 13th command post exercise", "la 13e manœuvre": an ordinal after
 * a determiner, at most two words before the cue at tok; not "the fourth
 * time the drill". */
static int
edition_before_cue(const PactDoc *doc, size_t a, size_t tok)
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

/* Whether tok opens a quotation: " or « (the reader keeps guillemets). */
static int
opens_quote(const PactDoc *doc, size_t tok)
{
  const char *k = tok < doc->toks.n ? pact_token_key(&doc->toks, tok) : "";

  return pact_doc_is_punct(doc, tok, '"') || strcmp(k, "\xc2\xab") == 0;
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

/* A capitalised name right after "Exercise"/"exercice" (or after a naming
 * word) or right before "exercise": [*na, *nb). */
static int
exercise_name(const PactDoc *doc, const PactMatch *mt, size_t *na, size_t *nb)
{
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
  /* "l'exercice indo-omanais Al Najah", "l'exercice naval combiné
   * Viekaren", "l'exercice conjoint de forces spéciales Cyclone": small
   * modifiers between the cue and the name; not a verb's phrase ("se
   * tient à Bikaner"), which ends on a preposition */
  if (k == mt->tok + mt->n && !(doc->toks.v[k].flags & TF_CAP)) {
    static const char *const stops[] = {"a", "au", "aux", "en", "dans", "sur", "par", "avec", "pour", "se", "s",
                                        "qui", "que", "in", "at", "on", "by", "near", "from", "to", "with",
                                        "for", "which", "that", "is", "was", "will", "the", "le", "la", "les",
                                        "l", "et", "and", NULL};
    size_t i = k;
    while (i < k + 5 && i < doc->toks.n && !(doc->toks.v[i].flags & TF_SENT) &&
           ((doc->toks.v[i].kind == TOK_WORD && !(doc->toks.v[i].flags & TF_CAP) && !pact_doc_key_in(doc, i, stops)) ||
            (pact_doc_is_punct(doc, i, '-') && !(doc->toks.v[i].flags & TF_SPACE)))) {
      i++;
    }
    if (i > k && i < doc->toks.n && !(doc->toks.v[i].flags & TF_SENT) && doc->toks.v[i].kind == TOK_WORD &&
        (doc->toks.v[i].flags & TF_CAP) && !pact_doc_match_at(doc, i) && doc->owner[i] < 0) {
      k = i;
    }
  }
  if (opens_quote(doc, k)) {
    k++;
  }
  /* "Last year's exercise, Viekaren XXII, was held": the name in
   * apposition */
  if (k == mt->tok + mt->n && pact_doc_is_punct(doc, k, ',') && k + 1 < doc->toks.n &&
      doc->toks.v[k + 1].kind == TOK_WORD && (doc->toks.v[k + 1].flags & TF_CAP) &&
      !(doc->toks.v[k + 1].flags & TF_SENT) && doc->owner[k + 1] < 0 && !pact_doc_match_at(doc, k + 1)) {
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
  }
  while (j > k && doc->toks.v[j - 1].kind == TOK_PUNCT) {
    j--;
  }
  if (j > k && !(j == k + 1 && events_is_determiner(doc, k))) {
    *na = k;
    *nb = j;
    return 1;
  }
  /* before: "African Lion exercise"; "ELANG-IV, un exercice aérien" */
  j = mt->tok;
  if (j >= 3 && (pact_doc_key_is(doc, j - 1, "a") || pact_doc_key_is(doc, j - 1, "an") ||
                 pact_doc_key_is(doc, j - 1, "un") || pact_doc_key_is(doc, j - 1, "une")) &&
      pact_doc_is_punct(doc, j - 2, ',')) {
    j -= 2;
    /* "« Chergui 2022 », un exercice", ""Tabuk 4", a drill": the quote
     * closes the name, whose last word may be its year or number */
    if (j >= 3 && (pact_doc_is_punct(doc, j - 1, '"') || strcmp(pact_token_key(&doc->toks, j - 1), "\xc2\xbb") == 0)) {
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
        if ((told || edition_of_before(doc, i - 1)) && i >= 2 &&
            ((doc->toks.v[i - 2].flags & TF_CAP) || glued_number(doc, i - 1)) &&
            events_is_determiner(doc, i) && !pact_doc_key_is(doc, i, "that")) {
          j = i - 1;
        }
        break;
      }
      if ((doc->toks.v[i - 1].flags & (TF_CAP | TF_SENT)) || doc->owner[i - 1] >= 0) {
        break;
      }
    }
  }
  k = j;
  size_t suffix = glued_number(doc, k) ? 2 : 0; /* "Naseem Al Bahr-13": past the number, to the name's words */
  k -= suffix;
  while (k > 0 && !(doc->toks.v[k].flags & TF_SENT) &&
         ((doc->toks.v[k - 1].kind == TOK_WORD && (doc->toks.v[k - 1].flags & TF_CAP) &&
           !pact_doc_entry(doc, k - 1, LEX_COUNTRY) && doc->owner[k - 1] < 0 && !pact_doc_match_at(doc, k - 1)) ||
          (k >= 2 && pact_doc_is_punct(doc, k - 1, '-') && !(doc->toks.v[k].flags & TF_SPACE) &&
           !(doc->toks.v[k - 1].flags & TF_SPACE) && doc->toks.v[k - 2].kind == TOK_WORD &&
           (doc->toks.v[k - 2].flags & TF_CAP)))) {
    k--;
  }
  while (k < j && events_is_determiner(doc, k)) {
    k++;
  }
  if (k + suffix < j && j - k <= 4 + suffix && !(doc->toks.v[k].flags & TF_SENT)) {
    *na = k;
    *nb = j;
    return 1;
  }
  return 0;
}

/* The end of an event told by "until", "till" or "jusqu'au"
 * a date in [from, b), when the event has a start and no end yet and the
 * date comes after the start, with the same precision. */
static void
end_until(const PactDoc *doc, size_t from, size_t b, PactThing *t)
{
  for (size_t i = from; t->start[0] && !t->end[0] && i + 1 < b; i++) {
    if (pact_doc_key_is(doc, i, "until") || pact_doc_key_is(doc, i, "till") ||
        (pact_doc_key_is(doc, i, "jusqu") && pact_doc_key_is(doc, i + 2, "au"))) {
      const PactDate *until = events_date_in(doc, i, b, i, 0);
      if (until && until->tok > i && until->tok <= i + 4 &&
          strcmp(until->start, t->start) > 0 && strlen(until->start) == strlen(t->start)) {
        memcpy(t->end, until->start, sizeof t->end);
      }
    }
  }
}

/* "which began on March 8, wrapped up on Thursday", "a démarré dimanche
 * et prendra fin le 20 mars": each date of [a, b) goes to the verb of
 * starting or ending just before it; when the sentence tells both, they
 * are the exercise's start and end. */
static void
dates_by_verbs(const PactDoc *doc, size_t a, size_t b, PactThing *t)
{
  static const char *const starting[] = {"began", "begun", "start", "kicked", "commenc", "debut", "demarr", "entam",
                                         "opened", "ouvert", "launch", "lanc", NULL};
  static const char *const ending[] = {"ended", "ends", "conclud", "wrap", "closed", "clos", "achev", "termin",
                                       "finish", "fin", NULL};
  const PactDate *start = NULL;
  const PactDate *end = NULL;

  for (size_t i = a; i < b; i++) {
    if (events_entry_kind(doc, i, LEX_EVENT, "visit")) {
      return; /* "a achevé jeudi une visite entamée le 15 avril": the visit's */
    }
  }
  for (size_t d = 0; d < doc->n_dates; d++) {
    const PactDate *date = &doc->dates[d];
    if (date->tok < a || date->tok >= b || date->range || !date->start[0]) {
      continue;
    }
    size_t from = date->tok > a + 5 ? date->tok - 5 : a;
    size_t verb_end = pact_doc_first_with(doc, from, date->tok, ending);
    size_t verb_start = pact_doc_first_with(doc, from, date->tok, starting);
    if (verb_end < date->tok && (verb_start >= date->tok || verb_start < verb_end)) {
      end = end ? end : date;
    } else if (verb_start < date->tok) {
      start = start ? start : date;
    }
  }
  if (!start || !end || strlen(start->start) != strlen(end->start) || strcmp(start->start, end->start) >= 0) {
    return;
  }
  memcpy(t->start, start->start, sizeof t->start);
  memcpy(t->end, end->start, sizeof t->end);
}

PactStatus
pact_doc_exercises(PactDoc *doc)
{
  static const char *const ex_start[] = {"began", "begun", "begin", "start", "underway", "got", "opened",
                                         "kicked", "commenc", "launch", "debut", "entam", "ouvert", "lanc", NULL};
  static const char *const ex_end[] = {"ended", "ends", "conclud", "wrapped", "closed", "culminat", "achev", "termin",
                                       "cloture", "clos", NULL};

  for (size_t m = 0; m < doc->n_matches; m++) {
    const PactMatch *mt = &doc->matches[m];
    const PactLexEntry *e = events_entry_kind(doc, mt->tok, LEX_EVENT, "exercise");
    size_t a;
    size_t b;
    size_t na = 0;
    size_t nb = 0;
    int named;
    int edition;
    const PactDate *date;
    int32_t at = -1;
    PactThing *t;
    char *name = NULL;
    int32_t found[16];
    size_t nf;
    int said_start;

    if (!e) {
      continue;
    }
    named = exercise_name(doc, mt, &na, &nb);
    events_sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
    /* an earlier edition with no name of its own is told by
     * pact_doc_other_editions(), not lent to the story's exercise */
    if (!named && events_previous_cue(doc, a, mt->tok)) {
      continue;
    }
    edition = edition_in(doc, a, b);
    if (!edition) {
      edition = edition_before_cue(doc, a, mt->tok);
    }
    date = events_date_in(doc, a, b, mt->tok, 1);
    if (!date) {
      date = events_date_in(doc, a, b, mt->tok, 0);
    }
    /* "a bilateral exercise series that the two navies have held since
     * 1993": the year the series began, not this edition's */
    if (date && !date->range && strlen(date->start) == 4 && date->tok > 0 &&
        (pact_doc_key_is(doc, date->tok - 1, "since") || pact_doc_key_is(doc, date->tok - 1, "depuis"))) {
      date = NULL;
    }
    if (named) {
      name = pact_doc_text(doc, na, nb);
      if (!name) {
        return PACT_ERR_NOMEM;
      }
      /* "Sahel Uni", "African Lion": a place named only inside the
       * exercise's name is no place of the story */
      for (size_t i = na; i < nb; i++) {
        const PactLexEntry *pl = pact_doc_entry(doc, i, LEX_PLACE);
        int32_t o = pl ? pact_doc_find(doc, PACT_PLACE, pact_lexicon_place(doc->lex, pl->value)->name) : -1;
        if (o >= 0 && doc->things[o].n_mentions == 1) {
          doc->things[o].dead = 1;
        }
      }
      /* "ATATURK-XI", "Viekaren XXIII": the edition in the name, which
       * then names the series ("Cyclone-III" is Cyclone, edition 3, the
       * exercise another sentence calls "the third edition of Cyclone") */
      {
        const char *dash = strrchr(name, '-');
        const char *sp = strrchr(name, ' ');
        const char *last = dash && (!sp || dash > sp) ? dash + 1 : (sp ? sp + 1 : NULL);
        int in_name = 0;
        if (last && last - 1 > name) {
          PactBuf k = {0};
          pact_text_key(&k, last, strlen(last));
          in_name = events_roman(pact_buf_str(&k));
          pact_buf_free(&k);
        }
        /* "Tabuk 4": a number of one digit, or the edition told */
        /* ... or any number of two digits glued by a hyphen ("Naseem Al
         * Bahr-13") */
        if (!in_name && last && last - 1 > name && strspn(last, "0123456789") == strlen(last) && strlen(last) <= 2 &&
            (atoi(last) < 10 || atoi(last) == edition || last[-1] == '-')) {
          in_name = atoi(last);
        }
        if (in_name && (!edition || edition == in_name)) {
          edition = in_name;
          name[last - 1 - name] = '\0';
        } else if (sp && sp == last - 1 && sp > name && strlen(last) == 4 && atoi(last) >= 1950 && atoi(last) <= 2100) {
          name[sp - name] = '\0'; /* "Ushirikiano Imara 2023": the series, this year's; "EFES-2022" stays whole */
        }
      }
    }
    /* "the drills, which run until March 25": the one exercise already
     * told ends on the date after "until" / "jusqu'au" */
    if (events_is_plural(doc, mt->tok, mt->n) && !named && !edition && mt->tok > 0 &&
        (pact_doc_key_is(doc, mt->tok - 1, "the") || pact_doc_key_is(doc, mt->tok - 1, "les") ||
         pact_doc_key_is(doc, mt->tok - 1, "ces"))) {
      int32_t only = -1;
      for (size_t i = 0; i < doc->n_things; i++) {
        if (doc->things[i].cls == PACT_EXERCISE && !doc->things[i].dead) {
          only = only < 0 ? (int32_t)i : -2;
        }
      }
      if (only >= 0) {
        end_until(doc, mt->tok + mt->n, b, &doc->things[only]);
      }
    }
    /* plural and bare mentions only count with something to say */
    if (events_is_plural(doc, mt->tok, mt->n) && !named && !edition) {
      free(name);
      continue;
    }
    for (size_t i = 0; i < doc->n_things; i++) {
      PactThing *o = &doc->things[i];
      if (o->cls != PACT_EXERCISE || o->dead) {
        continue;
      }
      /* one name, two editions: two exercises ("Viekaren XXII" beside
       * the twenty-third edition) */
      if (edition && o->edition && o->edition != edition) {
        continue;
      }
      if ((name && o->name && strcmp(o->name, name) == 0) || !name) {
        at = (int32_t)i;
        break;
      }
    }
    if (at < 0 && !named && !edition && !date &&
        !(pact_doc_key_is(doc, mt->tok, "joint") || pact_doc_key_is(doc, mt->tok, "bilateral") ||
          strstr(pact_token_key(&doc->toks, mt->tok + mt->n - 1), "conjoint"))) {
      free(name);
      continue;
    }
    if (at < 0) {
      t = pact_doc_add(doc, PACT_EXERCISE);
      if (!t) {
        free(name);
        return PACT_ERR_NOMEM;
      }
      t->name = name;
      name = NULL;
      t->first_tok = mt->tok;
      t->sentence = doc->toks.v[mt->tok].sentence;
      at = (int32_t)(doc->n_things - 1);
    }
    free(name);
    t = &doc->things[at];
    PACT_TRY(pact_thing_mention(t, doc->toks.v[named ? (na < mt->tok ? na : mt->tok) : mt->tok].start,
                                doc->toks.v[named && nb > mt->tok + mt->n ? nb - 1 : mt->tok + mt->n - 1].end));
    if (edition && !t->edition) {
      t->edition = edition;
    }
    /* "ended on Thursday ... after two weeks of training": the date is
     * the end, and the length gives the start */
    said_start = date && !date->range && pact_doc_first_with(doc, a, b, ex_start) < b; /* "got under way" */
    if (date && !date->range && !said_start && pact_doc_first_with(doc, a, b, ex_end) < b) {
      int days = events_duration_days(doc, a, b);
      if (!t->end[0]) {
        memcpy(t->end, date->start, sizeof t->end);
      }
      if (!t->start[0] && days > 1 && days <= 62) {
        pact_date_plus_days(t->end, -(days - 1), t->start);
      }
      date = NULL;
    }
    /* "got under way on April 15": a start told as one outweighs one
     * read from another verb's date ("attended the opening ceremony on
     * Thursday") */
    if (date && !date->range && t->start[0] && said_start && strlen(date->start) == 10 &&
        strcmp(date->start, t->start) < 0) {
      memcpy(t->start, date->start, sizeof t->start);
    }
    if (date && !t->start[0]) {
      memcpy(t->start, date->start, sizeof t->start);
      if (date->range) {
        memcpy(t->end, date->end, sizeof t->end);
      }
    } else if (date && date->range && !t->end[0] && strcmp(t->start, date->start) == 0) {
      memcpy(t->end, date->end, sizeof t->end); /* "began on Tuesday", then "runs from March 3 to 14" */
    }
    /* "opened on September 24 near Dakar and will run until October 3":
     * the clause after the start gives the end */
    end_until(doc, mt->tok + mt->n, b, t);
    dates_by_verbs(doc, a, b, t);
    if (t->place < 0) {
      t->place = events_place_in(doc, a, b);
    }
    nf = events_countries_in(doc, a, b, found, 16);
    if (t->n_refs == 0) {
      PACT_TRY(events_give_countries(doc, t, found, nf));
    }
    for (size_t i = a; i < b; i++) {
      const PactLexEntry *ar = pact_doc_entry(doc, i, LEX_AREA);
      if (ar) {
        PACT_TRY(pact_thing_ref(&t->areas, &t->n_areas, ar->value));
      }
    }
  }
  return PACT_OK;
}

/* Whether one of t's mentions lies in sentence s. */
static int
told_in_sentence(const PactDoc *doc, const PactThing *t, uint32_t s)
{
  for (size_t m = 0; m < t->n_mentions; m++) {
    size_t lo = pact_doc_token_at_byte(doc, t->mentions[m].start);
    if (lo < doc->toks.n && doc->toks.v[lo].sentence == s) {
      return 1;
    }
  }
  return 0;
}

/* "The training will continue until March 9", "Les manœuvres se
 * déroulent du 24 février au 9 mars": a sentence whose subject is a
 * definite description of an exercise, with no name of its own, speaks of
 * the exercise told last before it; it gives that one's end, or its
 * range when the start agrees. */
void
pact_doc_exercise_references(PactDoc *doc)
{
  static const char *const heads[] = {"training", "exercise", "exercises", "drill", "drills", "manoeuvres",
                                      "maneuvers", "exercice", "exercices", "entrainement", NULL};
  static const char *const pronouns[] = {"it", "they", "elle", "ils", "elles", NULL};
  static const char *const ends[] = {"end", "conclud", "wrap", "close", "achev", "termin", "clotur", NULL};
  int any = 0;

  for (size_t k = 0; k < doc->n_things && !any; k++) {
    any = doc->things[k].cls == PACT_EXERCISE && !doc->things[k].dead;
  }
  for (size_t i = 0; any && i + 1 < doc->toks.n; i++) {
    size_t a;
    size_t b;
    PactThing *last = NULL;
    uint32_t last_at = 0;
    const PactDate *range;

    /* "Décidées par le roi, ces manœuvres se déroulent du 1er au 25
     * mars": the subject may follow a clause before the comma */
    if (!(i == 0 || (doc->toks.v[i].flags & TF_SENT) || pact_doc_is_punct(doc, i - 1, ','))) {
      continue;
    }
    /* "It is due to wrap up on March 12", "Elle s'achèvera le 12 mars":
     * a pronoun that opens the sentence after one that told the exercise */
    int pronoun = (doc->toks.v[i].flags & TF_SENT) && pact_doc_key_in(doc, i, pronouns);
    /* "l'exercice": the elided article is its own token */
    if (!pronoun && ((!pact_doc_key_in(doc, i + 1, heads) &&
                      !(pact_doc_is_punct(doc, i + 1, '\'') && pact_doc_key_in(doc, i + 2, heads))) ||
                     !events_is_determiner(doc, i))) {
      continue;
    }
    for (size_t k = 0; k < doc->n_things; k++) {
      PactThing *t = &doc->things[k];
      for (size_t m = 0; t->cls == PACT_EXERCISE && !t->dead && m < t->n_mentions; m++) {
        if (t->mentions[m].start < doc->toks.v[i].start && (!last || t->mentions[m].start >= last_at)) {
          last = t;
          last_at = t->mentions[m].start;
        }
      }
    }
    if (!last || (pronoun && !told_in_sentence(doc, last, doc->toks.v[i].sentence - 1))) {
      continue;
    }
    events_sentence_span(doc, doc->toks.v[i].sentence, i, &a, &b);
    /* "is due to wrap up on March 12": one day after a verb of ending
     * is the end */
    if (last->start[0] && !last->end[0] && pact_doc_first_with(doc, a, b, ends) < b) {
      const PactDate *day = events_date_in(doc, a, b, i, 0);
      if (day && !day->range && strlen(day->start) == strlen(last->start) && strcmp(day->start, last->start) > 0) {
        memcpy(last->end, day->start, sizeof last->end);
      }
    }
    range = events_date_in(doc, a, b, i, 1);
    /* a day told before inside the range was one of its days (the
     * opening announced "lundi"), and the range is the whole */
    if (range && range->range && !last->end[0] &&
        (!last->start[0] || strcmp(last->start, range->start) == 0 ||
         (strlen(last->start) == strlen(range->start) && strcmp(last->start, range->start) > 0 &&
          strcmp(last->start, range->end) <= 0))) {
      memcpy(last->start, range->start, sizeof last->start);
      memcpy(last->end, range->end, sizeof last->end);
    }
    end_until(doc, i + 1, b, last);
  }
}

/* Whether the sentence [a, b) tells who took part: "took part",
 * "participants", "ont participé", "brought together". */
static int
tells_participation(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const takes[] = {"took", "take", "takes", "taking", "pris", "prennent", "prend", NULL};
  static const char *const brings[] = {"brought", "bringing", "brings", NULL};
  /* "which gathers Greek, Egyptian and Cypriot forces", "réunit des
   * militaires de cinq pays" */
  static const char *const gathers[] = {"gather", "gathers", "gathered", "gathering", "reunit", "reunissant",
                                        "rassemble", "rassemblant", "involves", "involving", NULL};

  for (size_t i = a; i < b; i++) {
    const char *k = pact_token_key(&doc->toks, i);
    if (strncmp(k, "particip", 8) == 0 || pact_doc_key_in(doc, i, gathers) ||
        (i > a && pact_doc_key_is(doc, i, "part") && pact_doc_key_in(doc, i - 1, takes)) ||
        (i > a && pact_doc_key_is(doc, i, "together") && pact_doc_key_in(doc, i - 1, brings))) {
      return 1;
    }
  }
  return 0;
}

/* "More than 600 people from Burundi, Kenya, Tanzania, Uganda and host
 * Rwanda took part": a sentence that tells who took part and lists three
 * countries or more gives the participants of the exercise it mentions,
 * or else of the one told last before it, when they hold those found so
 * far (a multinational exercise is not the story's pair). */
PactStatus
pact_doc_exercise_participants(PactDoc *doc)
{
  for (size_t i = 0; i < doc->toks.n; i++) {
    size_t a;
    size_t b;
    int32_t found[16];
    size_t nf;
    PactThing *t = NULL;
    uint32_t t_at = 0;
    int in_sentence = 0;

    if (!(i == 0 || (doc->toks.v[i].flags & TF_SENT))) {
      continue;
    }
    events_sentence_span(doc, doc->toks.v[i].sentence, i, &a, &b);
    nf = events_countries_in(doc, a, b, found, 16);
    if (nf < 3 || !tells_participation(doc, a, b)) {
      continue;
    }
    for (size_t k = 0; k < doc->n_things; k++) {
      PactThing *o = &doc->things[k];
      for (size_t m = 0; o->cls == PACT_EXERCISE && !o->dead && m < o->n_mentions; m++) {
        uint32_t at = o->mentions[m].start;
        int here = at >= doc->toks.v[a].start && at < doc->toks.v[b - 1].end;
        if ((here && !in_sentence) || (here == in_sentence && at < doc->toks.v[b - 1].end && (!t || at >= t_at))) {
          t = o;
          t_at = at;
          in_sentence = here;
        }
      }
    }
    if (!t) {
      continue;
    }
    /* the countries found so far must be among those listed */
    size_t held = 0;
    for (size_t r = 0; r < t->n_refs; r++) {
      for (size_t f = 0; f < nf; f++) {
        held += doc->things[t->refs[r]].country == found[f];
      }
    }
    if (held < t->n_refs) {
      continue;
    }
    size_t ti = (size_t)(t - doc->things); /* doc->things may move */
    for (size_t f = 0; f < nf; f++) {
      int32_t c = pact_doc_country(doc, found[f]);
      int have = 0;
      if (c < 0) {
        return PACT_ERR_NOMEM;
      }
      t = &doc->things[ti];
      for (size_t r = 0; r < t->n_refs; r++) {
        have |= t->refs[r] == c;
      }
      if (!have) {
        PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, c));
      }
    }
  }
  return PACT_OK;
}
