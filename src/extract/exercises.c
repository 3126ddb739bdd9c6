/* Exercises: a cue of the lexicon (joint exercise, drill, manoeuvres),
 * the exercise (its name and edition: exercise_names.c), its dates and
 * place and the countries that take part (the other editions of a named
 * exercise: editions.c; the sentences that speak of one told before, "the
 * drills will run until": exercise_references.c). */
#define _POSIX_C_SOURCE 200809L
#include "extract/events.h"
#include "util/text.h"

#include <stdlib.h>
#include <string.h>

size_t
events_until_at(const PactDoc *doc, size_t tok)
{
  /* asked of every token by until_in_story(): the length first (tok may
   * be past the end: callers look a few tokens before a date) */
  if (tok >= doc->toks.n || (doc->toks.v[tok].key_len != 4 && doc->toks.v[tok].key_len != 5)) {
    return 0;
  }
  if (pact_doc_key_is(doc, tok, "until") || pact_doc_key_is(doc, tok, "till")) {
    return 1;
  }
  return pact_doc_key_is(doc, tok, "jusqu") && pact_doc_key_is(doc, tok + 2, "au") ? 3 : 0;
}

/* The end of an event told by "until", "till" or "jusqu'au"
 * a date in [from, b), when the event has a start and no end yet and the
 * date comes after the start, with the same precision. */
void
events_end_until(const PactDoc *doc, size_t from, size_t b, PactThing *t)
{
  for (size_t i = from; t->start[0] && !t->end[0] && i + 1 < b; i++) {
    if (events_until_at(doc, i)) {
      const PactDate *until = events_date_in(doc, i, b, i, 0);
      if (until && until->tok > i && until->tok <= i + 4 &&
          strcmp(until->start, t->start) > 0 && strlen(until->start) == strlen(t->start)) {
        memcpy(t->end, until->start, sizeof t->end);
      }
    }
  }
}

/* Whether the country named at tok is an observer's: "while Brazil,
 * Ecuador and Colombia sent observers", "with officers from Mexico and
 * Spain watching as observers" (the word later in the country's clause:
 * no "while", "with", "tandis", ";" nor verb of taking part between);
 * "en présence d'observateurs du Brésil et de la Colombie" (the list
 * right after the word). */
static int
observer_at(const PactDoc *doc, size_t a, size_t b, size_t tok)
{
  /* ... and a verb of taking part: "32 nations are taking part or
   * sending observers" are participants */
  static const char *const openers[] = {"while", "with", "whereas", "tandis", "alors", "avec", "part",
                                        "participated", "participating", "participate", "participe",
                                        "participent", "participaient", NULL};
  static const char *const list[] = {"and", "et", "of", "from", "de", "du", "des", "d", "la", "le", "les", "l",
                                     "the", "venus", "venant", NULL};

  for (size_t i = tok + 1; i < b && i < tok + 16; i++) {
    /* "Chile and Spain took part, while Brazil sent observers": another
     * clause opens before the word; the country is not in it */
    if (pact_doc_is_punct(doc, i, ';') || pact_doc_is_punct(doc, i, '.') || pact_doc_key_in(doc, i, openers)) {
      break;
    }
    if (strncmp(pact_token_key(&doc->toks, i), "observ", 6) == 0) {
      return 1;
    }
  }
  for (size_t i = tok; i > a && i + 14 > tok; i--) {
    if (strncmp(pact_token_key(&doc->toks, i - 1), "observ", 6) == 0) {
      return 1;
    }
    if (!(pact_doc_entry(doc, i - 1, LEX_COUNTRY) || pact_doc_key_in(doc, i - 1, list) ||
          pact_doc_is_punct(doc, i - 1, ',') || pact_doc_is_punct(doc, i - 1, '\'') ||
          pact_doc_match_at(doc, i - 1))) {
      return 0;
    }
  }
  return 0;
}

/* Whether the country named at tok is the far side of a border the
 * sentence (from a) speaks of: "on the triple border with Paraguay and
 * Argentina", "à la frontière avec le Mali": geography, not a country
 * that takes part. */
static int
across_border(const PactDoc *doc, size_t a, size_t tok)
{
  static const char *const border[] = {"border", "borders", "frontier", "frontiers", "frontiere", "frontieres", NULL};
  static const char *const skip[] = {"the", "la", "le", "l", "les", "and", "et", NULL};
  size_t k = tok;

  /* back over the countries joined to it and their articles */
  while (k > a && (pact_doc_key_in(doc, k - 1, skip) || pact_doc_is_punct(doc, k - 1, ',') ||
                   pact_doc_is_punct(doc, k - 1, '\'') || pact_doc_has(doc, k - 1, LEX_COUNTRY))) {
    k--;
  }
  if (k > a && pact_doc_key_is(doc, k - 1, "bordering")) {
    return 1;
  }
  return k > a + 1 && (pact_doc_key_is(doc, k - 1, "with") || pact_doc_key_is(doc, k - 1, "avec")) &&
         pact_doc_key_in(doc, k - 2, border);
}

/* The countries [a, b) names (events_countries_in()), less those it
 * names only as observers': at most max in found; their count. */
static size_t
participant_countries(const PactDoc *doc, size_t a, size_t b, int32_t *found, size_t max)
{
  static const char *const stem[] = {"observ", NULL};
  static const char *const border[] = {"border", "frontier", "frontiere", NULL};
  size_t n = events_countries_in(doc, a, b, found, max);
  size_t kept = 0;
  int observers = pact_doc_first_with(doc, a, b, stem) < b;
  int borders = pact_doc_first_with(doc, a, b, border) < b;

  if (!observers && !borders) {
    return n;
  }
  for (size_t f = 0; f < n; f++) {
    int participant = 0;
    for (size_t i = a; i < b && !participant; i++) {
      const PactLexEntry *c = pact_doc_entry(doc, i, LEX_COUNTRY);
      participant = c && c->value == found[f] && !(observers && observer_at(doc, a, b, i)) &&
                    !(borders && across_border(doc, a, i));
    }
    if (participant) {
      found[kept++] = found[f];
    }
  }
  return kept;
}

/* "which began on March 8, wrapped up on Thursday", "a démarré dimanche
 * et prendra fin le 20 mars", "Depuis lundi 27 octobre, ... qui
 * s'achèvera samedi": each date of [a, b) goes to the verb of starting
 * (or "since") or of ending just before it; when the sentence tells
 * both, they are the exercise's start and end. */
static void
dates_by_verbs(const PactDoc *doc, size_t a, size_t b, PactThing *t)
{
  static const char *const starting[] = {"began", "begun", "start", "kicked", "commenc", "debut", "demarr", "entam",
                                         "opened", "ouvert", "launch", "lanc", "since", "depuis", NULL};
  /* "was scheduled to end on Saturday, September 22": "end" as a stem
   * ("ended", "ends", "ending") */
  static const char *const ending[] = {"end", "conclud", "wrap", "closed", "clos", "achev", "termin", "finish",
                                       "fin", NULL};
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

/* Whether `full` is the series `name` with `year` glued to it:
 * "Selenga-2025" for "the annual Selenga exercise" of a 2025 report. */
static int
year_named(const char *full, const char *name, int year)
{
  size_t n = strlen(name);

  return year > 0 && strncmp(full, name, n) == 0 && (full[n] == '-' || full[n] == ' ') && strlen(full + n + 1) == 4 &&
         atoi(full + n + 1) == year;
}

/* Whether [a, b) holds "prendre fin" in any tense: "les manœuvres
 * prennent fin ce vendredi", "a pris fin", "prendra fin". */
static int
takes_end(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const takes[] = {"prend", "prennent", "pris", "prendra", "prendront", "prenait", NULL};

  for (size_t i = a + 1; i < b; i++) {
    if (pact_doc_key_is(doc, i, "fin") && pact_doc_key_in(doc, i - 1, takes)) {
      return 1;
    }
  }
  return 0;
}

/* Whether [a, b) tells an ending by words the ending stems miss: "wound
 * up" (not "wounded"), "ending", "mettre fin" or "mettre un terme" in any
 * tense ("mettant un terme à Vigilant Knife", "a mis fin"). */
static int
other_ending(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const puts[] = {"met", "mettent", "mis", "mettant", "mettra", "mettront", "mettait", NULL};

  for (size_t i = a; i < b; i++) {
    if ((pact_doc_key_is(doc, i, "wound") && pact_doc_key_is(doc, i + 1, "up")) || pact_doc_key_is(doc, i, "ending")) {
      return 1;
    }
    if (i > a && pact_doc_key_in(doc, i - 1, puts) &&
        (pact_doc_key_is(doc, i, "fin") || (pact_doc_key_is(doc, i, "un") && pact_doc_key_is(doc, i + 1, "terme")))) {
      return 1;
    }
  }
  return 0;
}

/* The one exercise told so far, without a name and in the headline, whose
 * edition and year agree with those of a mention that names one; -1 when
 * there is none or more than one. */
static int32_t
unnamed_to_name(const PactDoc *doc, int edition, const PactDate *date)
{
  int32_t only = -1;

  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *o = &doc->things[i];
    if (o->cls != PACT_EXERCISE || o->dead) {
      continue;
    }
    /* a named exercise told already, or an unnamed one of the text (an
     * earlier drill of another series): this name is another's */
    if (o->name || !events_in_headline(doc, o->first_tok)) {
      return -1;
    }
    if ((edition && o->edition && o->edition != edition) ||
        (date && o->start[0] && strncmp(o->start, date->start, 4) != 0)) {
      return -1;
    }
    only = only < 0 ? (int32_t)i : -2;
  }
  return only >= 0 ? only : -1;
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
    named = events_exercise_name(doc, mt, &na, &nb);
    events_sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
    /* an earlier edition with no name of its own is told by
     * pact_doc_other_editions(), not lent to the story's exercise */
    if (!named && events_previous_cue(doc, a, mt->tok)) {
      continue;
    }
    edition = events_edition_in(doc, a, b);
    /* "a third exercise took place in September 2023": an edition told
     * with "a" is one more of the series, never the story's own */
    int another = 0;
    if (!edition) {
      edition = events_edition_before_cue(doc, a, mt->tok);
      for (size_t k = mt->tok; edition && !another && k > a && k + 4 > mt->tok; k--) {
        another = pact_doc_key_is(doc, k - 1, "a") || pact_doc_key_is(doc, k - 1, "an") ||
                  pact_doc_key_is(doc, k - 1, "un") || pact_doc_key_is(doc, k - 1, "une");
      }
    }
    /* the date of the mention's clause first, then of its sentence */
    size_t ca;
    size_t cb;
    events_clause_span(doc, a, b, mt->tok, &ca, &cb);
    date = events_date_in(doc, ca, cb, mt->tok, 1);
    if (!date) {
      date = events_date_in(doc, ca, cb, mt->tok, 0);
    }
    if (!date) {
      date = events_date_in(doc, a, b, mt->tok, 1);
    }
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
      /* "Operation Ceibo", "l'opération Fraterno": the series' name is
       * "Ceibo", as the other outlet writes it */
      static const char *const operations[] = {"operation", "operacion", "operacao", NULL};
      if (nb > na + 1 && pact_doc_key_in(doc, na, operations) &&
          (doc->toks.v[na + 1].flags & TF_CAP)) {
        na++;
      }
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
        events_end_until(doc, mt->tok + mt->n, b, &doc->things[only]);
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
      if ((edition && o->edition && o->edition != edition) || (another && !o->edition)) {
        continue;
      }
      if ((name && o->name && strcmp(o->name, name) == 0) || !name ||
          (name && o->name && year_named(o->name, name, date ? atoi(date->start) : doc->text->year))) {
        at = (int32_t)i;
        break;
      }
    }
    /* "Kenya and Ghana open joint drill", then "began the Savanna Shield
     * exercise": the one exercise told so far without a name is the one
     * the name now gives */
    if (at < 0 && name) {
      at = unnamed_to_name(doc, edition, date);
      if (at >= 0) {
        doc->things[at].name = name;
        name = NULL;
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
    /* "from mid-October until November 14, 2014", "jusqu'au 16
     * février": a date after "until" is the end */
    if (date && !date->range && date->tok > 2 &&
        (events_until_at(doc, date->tok - 1) == 1 || events_until_at(doc, date->tok - 3) == 3)) {
      if (!t->end[0] && (!t->start[0] || strcmp(date->start, t->start) > 0)) {
        memcpy(t->end, date->start, sizeof t->end);
      }
      date = NULL;
    }
    /* "qui réunissait depuis le 3 juillet ..., s'est achevé": a date
     * after "since" is when it began, whatever verb ends the sentence */
    if (date && !date->range && date->tok > 1 &&
        (pact_doc_key_is(doc, date->tok - 1, "since") || pact_doc_key_is(doc, date->tok - 1, "depuis") ||
         (pact_doc_key_is(doc, date->tok - 2, "depuis") && pact_doc_key_is(doc, date->tok - 1, "le")))) {
      said_start = 1;
    }
    if (date && !date->range && !said_start &&
        (pact_doc_first_with(doc, a, b, ex_end) < b || takes_end(doc, a, b) || other_ending(doc, a, b))) {
      if (!t->end[0]) {
        memcpy(t->end, date->start, sizeof t->end);
      }
      events_days_from_length(t, events_duration_days(doc, a, b)); /* the end is known: its start */
      date = NULL;
    }
    /* "got under way on April 15": a start told as one outweighs one
     * read from another verb's date ("attended the opening ceremony on
     * Thursday"), or one reckoned back from the end and a length ("closed
     * on Saturday after nearly two weeks", then "opened on Monday,
     * January 29") */
    if (date && !date->range && t->start[0] && said_start && strlen(date->start) == 10 &&
        (strcmp(date->start, t->start) < 0 ||
         (t->end[0] && strcmp(date->start, t->start) > 0 && strcmp(date->start, t->end) < 0))) {
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
    events_end_until(doc, mt->tok + mt->n, b, t);
    dates_by_verbs(doc, a, b, t);
    if (t->place < 0) {
      t->place = events_place_in(doc, a, b);
    }
    nf = participant_countries(doc, a, b, found, 16);
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
                                        "rassemble", "rassemblant", "involves", "involving",
                                        /* "across four host countries, Ghana, Morocco, ..." */
                                        "host", "hosts", "hote", "hotes", NULL};
  /* "joined by the US Marine Corps and by a Canadian ship", "des soldats
   * chiliens ... s'étaient joints", "involved", "a mobilisé des forces de
   * 33 pays, dont la France" (not English "joint", every exercise's word) */
  static const char *const joins[] = {"joined", "joining", "joins", "joints", "jointes", "involved",
                                      "mobilized", "mobilised", "mobilizing", "mobilising", "mobilise",
                                      "mobilisent", "mobilisant", "mobilisait", "mobilisaient", NULL};
  /* "contingents from Saudi Arabia, Qatar, Greece, ...", not
   * "contingents serving in Mali" */
  static const char *const contingents[] = {"contingent", "contingents", NULL};
  static const char *const from[] = {"from", "de", "des", "d", NULL};

  static const char *const hosts[] = {"host", "hote", NULL};
  static const char *const nation[] = {"nation", "nations", NULL};

  for (size_t i = a; i < b; i++) {
    const char *k = pact_token_key(&doc->toks, i);
    /* "host nation support", "le soutien de nation hôte": what a country
     * gives the forces of another on its soil, no list of participants */
    if (pact_doc_key_in(doc, i, hosts) &&
        (pact_doc_key_in(doc, i + 1, nation) || (i > a && pact_doc_key_in(doc, i - 1, nation)))) {
      continue;
    }
    /* asked of every word of a sentence that names a country: the
     * joining verbs' first letters first */
    if (strncmp(k, "particip", 8) == 0 || pact_doc_key_in(doc, i, gathers) ||
        (strchr("jim", k[0]) && pact_doc_key_in(doc, i, joins)) ||
        (i > a && pact_doc_key_is(doc, i, "part") && pact_doc_key_in(doc, i - 1, takes)) ||
        (i > a && pact_doc_key_is(doc, i, "together") && pact_doc_key_in(doc, i - 1, brings)) ||
        (pact_doc_key_in(doc, i, contingents) && pact_doc_key_in(doc, i + 1, from))) {
      return 1;
    }
  }
  return 0;
}

/* "Saudi Arabia has sent land, air and naval units", "le Qatar a
 * dépêché un contingent": a verb of sending forces with troops for object
 * within a few words; the verb's token, or 0. */
static size_t
sends_forces(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const sends[] = {"sent", "sends", "dispatched", "deployed", "contributed", "fielded",
                                      "envoye", "envoie", "depeche", "deploye", "engage", NULL};
  static const char *const forces[] = {"troops", "units", "soldiers", "personnel", "contingent", "contingents",
                                       "forces", "ships", "vessels", "aircraft", "jets", "troupes", "unites",
                                       "soldats", "militaires", "navires", "avions", "batiments", NULL};

  for (size_t i = a + 1; i < b; i++) {
    /* asked of every word of a sentence that names a country: the
     * verbs' lengths and first letters first */
    if (doc->toks.v[i].key_len < 4 || !strchr("sdcfe", pact_token_key(&doc->toks, i)[0]) ||
        !pact_doc_key_in(doc, i, sends)) {
      continue;
    }
    for (size_t k = i + 1; k < b && k < i + 10; k++) {
      if (pact_doc_key_in(doc, k, forces)) {
        return i;
      }
    }
  }
  return 0;
}

/* "most of them from the ADF and the AFP, joined by the US Marine Corps
 * and by a ship of the Royal Canadian Navy", "rejoints par des marins
 * français": the token after "by" of a verb of joining, whose agents
 * take part; or 0. */
static size_t
joined_by(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const joined[] = {"joined", "rejoint", "rejoints", "rejointe", "rejointes", NULL};
  static const char *const by[] = {"by", "par", NULL};

  for (size_t i = a; i + 1 < b; i++) {
    if (strchr("jr", pact_token_key(&doc->toks, i)[0]) && pact_doc_key_in(doc, i, joined) &&
        pact_doc_key_in(doc, i + 1, by)) {
      return i + 2;
    }
  }
  return 0;
}

int
events_began_years_before(const PactDoc *doc, const PactThing *t)
{
  return t->start[0] && doc->text->year && atoi(t->start) < doc->text->year - 1;
}

/* "des soldats mozambicains participent aussi à cet entraînement",
 * "troops from Mozambique are also taking part": a verb of taking part
 * (not a noun: "participants"), whose subject names the country; the
 * verb's token, or 0. */
static size_t
takes_part(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const verbs[] = {"participate", "participates", "participating", "participated", "participe",
                                      "participent", "participeront", "participera", NULL};
  static const char *const takes[] = {"take", "takes", "taking", "took", "prend", "prennent", "pris", NULL};

  for (size_t i = a + 1; i < b; i++) {
    /* asked of every word of a sentence that names a country: "particip"
     * or the word "part" after first */
    const char *key = pact_token_key(&doc->toks, i);
    if (doc->toks.v[i].key_len >= 9 && strncmp(key, "particip", 8) == 0 && pact_doc_key_in(doc, i, verbs)) {
      return i;
    }
    size_t part = i + 1 + (i + 2 < b && doc->toks.v[i + 1].key_len == 4 && pact_doc_key_is(doc, i + 1, "also"));
    if (part < b && doc->toks.v[part].key_len == 4 && pact_token_key(&doc->toks, part)[0] == 'p' &&
        pact_doc_key_is(doc, part, "part") && pact_doc_key_in(doc, i, takes)) {
      return i;
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
  int any = 0; /* most articles tell no exercise: nothing to look for */

  for (size_t k = 0; k < doc->n_things && !any; k++) {
    any = doc->things[k].cls == PACT_EXERCISE && !doc->things[k].dead;
  }
  if (!any) {
    return PACT_OK;
  }
  /* "the multinational drill": the story's exercise takes more than its
   * pair, so a list may leave the pair out */
  int multinational = -1; /* not looked for yet */
  size_t current = 0;      /* exercises of the story's days */
  for (size_t k = 0; k < doc->n_things; k++) {
    const PactThing *o = &doc->things[k];
    current += o->cls == PACT_EXERCISE && !o->dead && !events_began_years_before(doc, o);
  }
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
    nf = participant_countries(doc, a, b, found, 16);
    /* or one country that sends forces, as the verb's subject, to the
     * exercise of the sentence or of the three before it */
    int sender = 0;
    size_t listed = nf;
    if (nf < 3 || !tells_participation(doc, a, b)) {
      size_t verb = nf ? sends_forces(doc, a, b) : 0;
      size_t subject = a;
      if (!verb && nf && (verb = takes_part(doc, a, b)) != 0) {
        /* the subject after the comma before the verb: "D'après le
         * ministère chinois, des soldats mozambicains participent" */
        for (subject = verb; subject > a && !pact_doc_is_punct(doc, subject - 1, ','); subject--) {
        }
      }
      nf = verb ? events_countries_in(doc, subject, verb, found, 16) : 0;
      size_t by = nf == 0 && listed ? joined_by(doc, a, b) : 0;
      if (by) {
        nf = events_countries_in(doc, by, b, found, 16);
      }
      if (nf == 0 || (!by && nf != 1)) {
        continue;
      }
      sender = 1;
    }
    /* a sentence that tells no date of years before speaks of the
     * story's days */
    int told_past = 0;
    /* "Des soldats chiliens ... s'étaient joints", "had joined": a
     * sentence in the pluperfect speaks of an earlier edition */
    static const char *const pluperfect[] = {"had", "avait", "avaient", "etait", "etaient", NULL};
    for (size_t k = a; k < b && !told_past; k++) {
      told_past = strchr("hae", pact_token_key(&doc->toks, k)[0]) && pact_doc_key_in(doc, k, pluperfect);
    }
    for (size_t d = 0; d < doc->n_dates && doc->dates[d].tok < b && !told_past; d++) { /* in text order */
      told_past = doc->dates[d].tok >= a && doc->dates[d].start[0] && doc->text->year &&
                  atoi(doc->dates[d].start) < doc->text->year - 1;
    }
    for (size_t k = 0; k < doc->n_things; k++) {
      PactThing *o = &doc->things[k];
      /* an edition of years before ("the first Bright Star was held in
       * October 1980") is no exercise one sends forces to today */
      int past = !told_past && events_began_years_before(doc, o);
      for (size_t m = 0; o->cls == PACT_EXERCISE && !o->dead && !past && m < o->n_mentions; m++) {
        uint32_t at = o->mentions[m].start;
        int here = at >= doc->toks.v[a].start && at < doc->toks.v[b - 1].end;
        if ((here && !in_sentence) || (here == in_sentence && at < doc->toks.v[b - 1].end && (!t || at >= t_at))) {
          t = o;
          t_at = at;
          in_sentence = here;
        }
      }
    }
    /* "From September 22 to 26, 2019, the fleet hosted Red Wave 2 ...,
     * an exercise that brought together ...": a sentence of years before
     * tells who took part in an exercise of then, not in the story's */
    if (t && told_past && !events_began_years_before(doc, t)) {
      continue;
    }
    /* a sender's exercise is told in its sentence or the three before,
     * or is the only one of the story's days */
    if (!t || (sender && current > 1 &&
               doc->toks.v[pact_doc_token_at_byte(doc, t_at)].sentence + 3 < doc->toks.v[a].sentence)) {
      continue;
    }
    /* one of the countries found so far at least must be among those
     * listed (all of them need not: "32 nations besides Jordan, among
     * them France and Britain" leaves the United States out) */
    size_t held = 0;
    for (size_t r = 0; r < t->n_refs; r++) {
      for (size_t f = 0; f < nf; f++) {
        held += doc->things[t->refs[r]].country == found[f];
      }
    }
    if (!sender && held == 0 && multinational < 0) {
      static const char *const stem[] = {"multinational", NULL};
      multinational = pact_doc_first_with(doc, 0, doc->toks.n, stem) < doc->toks.n;
    }
    if (!sender && held == 0 && !multinational) {
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
