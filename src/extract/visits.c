/* Visits: a cue of the lexicon (visit, arrived in, is in) and what its
 * sentence says around it: who visits, which country, from when to when,
 * for how many days; a visit told again is the same one. */
#include "extract/events.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The visit of `visitor` to `host` (any host when host < 0), or -1. */
int32_t
events_find_visit(const PactDoc *doc, int32_t visitor, int32_t host)
{
  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *v = &doc->things[i];
    if (v->cls == PACT_VISIT && !v->dead && v->visitor == visitor && (host < 0 || v->host == host)) {
      return (int32_t)i;
    }
  }
  return -1;
}

/* Places of visit `v`: its host country's, named in the story. */
static PactStatus
place_visit(PactDoc *doc, int32_t v)
{
  for (size_t j = 0; j < doc->n_things; j++) {
    const PactThing *pl = &doc->things[j];
    if (pl->cls == PACT_PLACE && !pl->dead && pl->country == doc->things[v].host) {
      PACT_TRY(pact_thing_ref(&doc->things[v].refs, &doc->things[v].n_refs, (int32_t)j));
    }
  }
  return PACT_OK;
}

/* A visit the story implies rather than tells (a signing abroad, a
 * country hosting someone): `visitor` to `host`, from `start` (may be
 * ""; not inside doc->things, which may move), mentioned at `span` (or
 * not, when NULL), first seen at tok in `sentence`, placed among the
 * host's places. Its index in *out. */
PactStatus
events_add_implied_visit(PactDoc *doc, int32_t visitor, int32_t host, const char *start, const PactSpan *span,
                         uint32_t tok, uint32_t sentence, int32_t *out)
{
  PactThing *v = pact_doc_add(doc, PACT_VISIT);

  if (!v) {
    return PACT_ERR_NOMEM;
  }
  v->visitor = visitor;
  v->host = host;
  v->first_tok = tok;
  v->sentence = sentence;
  snprintf(v->start, sizeof v->start, "%s", start);
  *out = (int32_t)(doc->n_things - 1);
  if (span) {
    PACT_TRY(pact_thing_mention(v, span->start, span->end));
  }
  return place_visit(doc, *out);
}

/* Where [a, b) tells the last day of a stay: "the last engagement of
 * his four-day visit", "on the final day of", "au dernier jour de sa
 * visite", "dernière étape"; b if it does not. */
static size_t
final_day(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const last[] = {"last", "final", "closing", "dernier", "derniere", "ultime", NULL};
  static const char *const part[] = {"day", "engagement", "leg", "stop", "stage", "jour", "etape", "journee",
                                     NULL};

  for (size_t i = a; i + 1 < b; i++) {
    if (pact_doc_key_in(doc, i, last) && pact_doc_key_in(doc, i + 1, part)) {
      return i;
    }
  }
  return b;
}

/* "left for Maputo", "est parti pour Rabat": leaving home for the host
 * is the visit's start, not its end. */
static int
departs_for(const PactDoc *doc, size_t tok)
{
  return pact_doc_key_is(doc, tok + 1, "for") || pact_doc_key_is(doc, tok + 1, "pour");
}

/* A title at tok, after an optional demonym: "Chief of Army Staff",
 * "Ghanaian Chief of Army Staff". */
static int
visiting_title(const PactDoc *doc, size_t tok)
{
  const PactLexEntry *c = pact_doc_entry(doc, tok, LEX_COUNTRY);

  if (c) {
    tok += pact_doc_match_at(doc, tok)->n;
  }
  return pact_doc_has(doc, tok, LEX_TITLE);
}

/* Whether the date expression d is a weekday with no month ("samedi",
 * "on Saturday"): the resolver took the one before the article, which may
 * be the one after. */
static int
weekday_only(const PactDoc *doc, const PactDate *d)
{
  int weekday = 0;

  for (size_t i = d->tok; i < d->tok + d->n; i++) {
    if (pact_doc_entry(doc, i, LEX_MONTH)) {
      return 0;
    }
    weekday |= pact_doc_entry(doc, i, LEX_WEEKDAY) != NULL;
  }
  return weekday;
}

/* The words that tie a visit to whose it is: "the visit of X", "la
 * visite de X", "du ministre", "d'Erdoğan". */
static const char *const of_words[] = {"of", "de", "du", "d", NULL};

/* The country named last before tok, in its sentence or the two before
 * (not a demonym: "the Indian minister" is of no country visited); -1
 * when none is. */
static int32_t
country_told_before(const PactDoc *doc, size_t tok)
{
  uint32_t s = doc->toks.v[tok].sentence;

  for (size_t i = tok; i > 0 && doc->toks.v[i - 1].sentence + 2 >= s; i--) {
    const PactLexEntry *c = pact_doc_entry(doc, i - 1, LEX_COUNTRY);
    if (c && !pact_lex_is_demonym(c) && doc->owner[i - 1] < 0) {
      return c->value;
    }
  }
  return -1;
}

/* Whether a noun that tells a state stands within the four words from
 * tok, after "the" or "le"/"la"/"l'": "to the Gulf state", "to the
 * kingdom", "au royaume", "dans l'émirat". */
static int
state_noun_after(const PactDoc *doc, size_t tok, size_t b)
{
  static const char *const states[] = {"state", "nation", "kingdom", "emirate", "sultanate", "republic",
                                       "archipelago", "royaume", "emirat", "sultanat", "republique", "archipel",
                                       NULL};
  int the = 0;

  for (size_t i = tok; i < b && i < tok + 5; i++) {
    if (pact_doc_key_is(doc, i, "the") || pact_doc_key_is(doc, i, "le") || pact_doc_key_is(doc, i, "la") ||
        pact_doc_key_is(doc, i, "l") || pact_doc_key_is(doc, i, "au")) {
      the = 1;
    } else if (the && pact_doc_key_in(doc, i, states)) {
      return 1;
    } else if (pact_doc_is_punct(doc, i, ',') || pact_doc_has(doc, i, LEX_COUNTRY) || events_person_at(doc, i) >= 0) {
      return 0;
    }
  }
  return 0;
}

PactStatus
pact_doc_visits(PactDoc *doc)
{
  static const char *const arrive[] = {"arriv", "landed", "began", "begun", "start", "since", "depuis",
                                       "commenc", "debut", "entam", NULL};
  static const char *const leave[] = {"wrap", "conclud", "ended", "ends", "ending", "left", "achev", "termin",
                                      "closing", "closed", "clotur", "quitt", "returned", "rentr", "regagn", NULL};

  for (size_t m = 0; m < doc->n_matches; m++) {
    const PactMatch *mt = &doc->matches[m];
    const PactLexEntry *e = events_entry_kind(doc, mt->tok, LEX_EVENT, "visit");
    size_t a;
    size_t b;
    int32_t visitor;
    int32_t host = -1;
    int32_t at = -1;
    PactThing *t;
    const PactDate *range;
    int days;
    int ranged = 1;
    int named_after = 0;
    int before_cue = 0; /* the visitor is the subject before the cue */

    if (!e && !events_entry_kind(doc, mt->tok, LEX_EVENT, "presence")) {
      continue;
    }
    events_sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
    /* "ces deux visites successives", "the two visits", "both trips":
     * visits told before, spoken of together, make none (but "he visits
     * France" is one) */
    if (e && mt->tok > a && events_is_plural(doc, mt->tok, mt->n)) {
      static const char *const together[] = {"ces", "les", "these", "those", "the", "both", "their", "leurs", "des",
                                             "deux", "two", "nos", "our", NULL};
      size_t k = mt->tok - 1;
      if (k > a && (pact_doc_key_is(doc, k, "deux") || pact_doc_key_is(doc, k, "two"))) {
        k--;
      }
      if (pact_doc_key_in(doc, k, together) || events_cardinal(doc, k) > 1) {
        continue;
      }
    }
    /* "X is in India from June 27 to 29": being in a country is a visit
     * when the country (or a place) follows and the sentence gives dates */
    if (!e) {
      const PactDate *when = events_date_in(doc, a, b, mt->tok, 1);
      size_t k = mt->tok + mt->n;
      /* "séjourne depuis lundi au Sénégal": a date and a preposition may
       * come between */
      int spans = 0; /* "spent 7 to 10 January in Egypt": a range of days */
      for (size_t d = 0; d < doc->n_dates; d++) {
        if (doc->dates[d].tok == k || (doc->dates[d].tok == k + 1 && (pact_doc_key_is(doc, k, "depuis") ||
                                                                     pact_doc_key_is(doc, k, "since")))) {
          k = doc->dates[d].tok + doc->dates[d].n;
          spans |= doc->dates[d].range;
        }
      }
      /* "avait passé cinq jours au Sri Lanka", "spent three days in
       * Ghana": the length of the stay, then where */
      int stay = 0;
      if (k + 2 < b && events_duration_days(doc, k, k + 2) > 0) {
        k += 2;
        stay = 1;
      } else if (spans) {
        stay = 1;
      } else if (pact_doc_key_is(doc, mt->tok, "spent") || pact_doc_key_is(doc, mt->tok, "passe")) {
        continue; /* "l'an passé", "money spent in Ghana": no stay told */
      }
      if (pact_doc_key_is(doc, k, "au") || pact_doc_key_is(doc, k, "aux") || pact_doc_key_is(doc, k, "en") ||
          pact_doc_key_is(doc, k, "in") || pact_doc_key_is(doc, k, "a")) {
        k++;
      }
      /* "who was in the country from October 31 to November 4": the
       * country named last before */
      if (k + 1 < b && pact_doc_key_is(doc, k, "the") && pact_doc_key_is(doc, k + 1, "country")) {
        host = country_told_before(doc, mt->tok);
        if (host < 0) {
          continue;
        }
      } else if (k >= b || !(pact_doc_entry(doc, k, LEX_COUNTRY) || pact_doc_entry(doc, k, LEX_PLACE))) {
        continue;
      }
      /* without a range of dates, only someone from elsewhere: "the
       * Ghanaian minister was in Kenya on Tuesday" */
      ranged = (when && when->range) || stay;
    }
    /* "received the visiting Chief of Army Staff of Ghana, General X":
     * "visiting" before a title names its visitor after it (not "the
     * visiting Egyptian delegation") */
    if (e && mt->tok > 0 && pact_doc_key_is(doc, mt->tok, "visiting") && events_is_determiner(doc, mt->tok - 1) &&
        visiting_title(doc, mt->tok + mt->n)) {
      visitor = events_person_near(doc, a, b, mt->tok + mt->n, 0);
      /* "The visiting general was greeted by General X": X is the host */
      for (size_t i = mt->tok + mt->n; visitor >= 0 && i < b && events_person_at(doc, i) != visitor; i++) {
        if (events_entry_kind(doc, i, LEX_EVENT, "meeting")) {
          visitor = -1;
        }
      }
      /* "Bakirov received the visiting admiral the same day": no name
       * follows, so the title describes one told before who holds it,
       * never the verb's subject, who receives (it had made Bakirov a
       * visitor of the other country, and every unplaced person of the
       * article that country's) */
      int32_t subject = events_person_near(doc, a, b, mt->tok, 1);
      if (visitor < 0 && subject >= 0) {
        size_t t = mt->tok + mt->n;
        if (pact_doc_entry(doc, t, LEX_COUNTRY)) {
          t += pact_doc_match_at(doc, t)->n;
        }
        const char *word = pact_token_key(&doc->toks, t);
        /* the visitor of a visit told already, else the last one told
         * with that title */
        for (size_t k = 0; k < doc->n_things && visitor < 0; k++) {
          const PactThing *v = &doc->things[k];
          if (v->cls == PACT_VISIT && !v->dead && v->visitor >= 0 && v->visitor != subject &&
              events_titled_as(&doc->things[v->visitor], word)) {
            visitor = v->visitor;
          }
        }
        for (size_t i = mt->tok; i > 0 && visitor < 0; i--) {
          int32_t p = events_person_at(doc, i - 1);
          if (p >= 0 && p != subject && events_titled_as(&doc->things[p], word)) {
            visitor = p;
          }
        }
        if (visitor < 0) {
          continue;
        }
      }
    } else if (e && mt->n == 1 && pact_doc_key_is(doc, mt->tok, "visiting") && mt->tok > a &&
               (events_is_determiner(doc, mt->tok - 1) || events_cardinal(doc, mt->tok - 1)) &&
               !pact_doc_entry(doc, mt->tok + 1, LEX_COUNTRY) && !pact_doc_entry(doc, mt->tok + 1, LEX_PLACE)) {
      /* "met three visiting counterparts", "the visiting delegation":
       * "visiting" qualifies the others, it is not the subject's trip */
      continue;
    } else {
      visitor = events_visitor_before(doc, a, mt->tok);
      before_cue = visitor >= 0;
    }
    {
      int32_t told = e ? events_relative_visitor(doc, mt, b) : -1;
      if (told >= 0) {
        visitor = told;
        named_after = 1;
      }
    }
    /* "Il a été reçu en visite de courtoisie par le Premier ministre Y":
     * the cue right after a verb of reception; the agent receives, the
     * visitor is the clause's subject, a pronoun for someone told before */
    const PactMatch *verb = mt->tok > a ? pact_doc_match_at(doc, mt->tok - 1) : NULL;
    int received = verb && verb->tok >= a && events_entry_kind(doc, verb->tok, LEX_EVENT, "meeting") != NULL;
    if (received && visitor < 0 && pact_doc_first_in(doc, a, mt->tok, events_subject_pronouns) < mt->tok) {
      visitor = events_person_before(doc, a);
    }
    /* "En visite au Sénégal, le ministre ghanéen ...", "Arrivé au Caire
     * le 25 mars, le président X": the cue opens the clause, no one
     * before it, and the visitor follows */
    static const char *const arriving[] = {"arrived", "arriving", "arrive", "arrivee", NULL};
    if (visitor < 0 && !received && e && events_person_near(doc, a, b, mt->tok, 1) < 0 &&
        (pact_doc_key_is(doc, mt->tok, "en") || (mt->tok == a && pact_doc_key_in(doc, mt->tok, arriving)))) {
      visitor = events_person_near(doc, a, b, mt->tok + mt->n, 0);
    }
    size_t of = mt->tok + mt->n;
    /* "une visite à Manille du Premier ministre X": past the place first */
    if (pact_doc_key_is(doc, of, "a") || pact_doc_key_is(doc, of, "au") || pact_doc_key_is(doc, of, "aux") ||
        pact_doc_key_is(doc, of, "en") || pact_doc_key_is(doc, of, "to") || pact_doc_key_is(doc, of, "in")) {
      const PactMatch *pm = pact_doc_match_at(doc, of + 1);
      if (pm && pm->tok == of + 1 && (pact_doc_entry(doc, of + 1, LEX_COUNTRY) || pact_doc_entry(doc, of + 1, LEX_PLACE))) {
        of = of + 1 + pm->n;
      }
    }
    /* "la visite à Beyrouth, vendredi 24 décembre, du ministre italien":
     * past a date between commas too */
    if (pact_doc_is_punct(doc, of, ',')) {
      for (size_t d = 0; d < doc->n_dates; d++) {
        size_t e = doc->dates[d].tok + doc->dates[d].n;
        if (doc->dates[d].tok <= of + 2 && doc->dates[d].tok > of && e < b && pact_doc_is_punct(doc, e, ',')) {
          of = e + 1;
          break;
        }
      }
    }
    /* "la visite historique d'Erdoğan": past one adjective, and "d'" is "de" */
    static const char *const prepositions[] = {"aupres", "pres", "lors", "hors", "autour", "loin", "out", "ahead",
                                               "because", "instead", "part", NULL};
    if (of + 1 < b && !(doc->toks.v[of].flags & TF_CAP) && doc->toks.v[of].kind == TOK_WORD &&
        pact_doc_match_at(doc, of) == NULL && !pact_doc_key_in(doc, of, prepositions) &&
        pact_doc_key_in(doc, of + 1, of_words)) {
      of++;
    }
    /* "le déplacement de X intervient après la visite à Beyrouth du
     * ministre italien, Y": whom the cue names after it is its visitor,
     * rather than the subject before it */
    if ((visitor < 0 || (before_cue && !named_after)) && !received &&
        (pact_doc_key_is(doc, of, "of") || pact_doc_key_is(doc, of, "de") || pact_doc_key_is(doc, of, "du") ||
         (pact_doc_key_is(doc, of, "d") && pact_doc_is_punct(doc, of + 1, '\'')))) {
      /* "la visite du roi Mohammed VI en Inde": a visit of its own, even
       * told with "la" */
      int32_t whose = -1;
      int titled = 0;
      for (size_t i = of + 1; i < b && i < of + 12 && whose < 0; i++) {
        if (pact_doc_key_is(doc, i, "et") || pact_doc_key_is(doc, i, "and") || pact_doc_has(doc, i, LEX_EVENT)) {
          break; /* "la visite du Souverain en Inde ... et ses entretiens avec X": not X's */
        }
        /* "une visite officielle de deux jours, à l'invitation de M. X":
         * past a comma only the name of a title told ("du ministre
         * italien de la Défense, Lorenzo Guerini") */
        if (pact_doc_is_punct(doc, i, ',') && !titled) {
          break;
        }
        titled |= pact_doc_has(doc, i, LEX_TITLE);
        whose = events_person_at(doc, i);
      }
      if (whose >= 0) {
        visitor = whose;
      }
      named_after = whose >= 0;
    }
    /* "la visite effectuée au Japon en octobre par le général X", "the
     * visit paid to Japan by General X": the agent is the visitor */
    for (size_t i = mt->tok + mt->n; visitor < 0 && !received && i < b && i < mt->tok + mt->n + 10; i++) {
      if (pact_doc_key_is(doc, i, "et") || pact_doc_key_is(doc, i, "and") || pact_doc_has(doc, i, LEX_EVENT)) {
        break;
      }
      if (pact_doc_key_is(doc, i, "par") || pact_doc_key_is(doc, i, "by")) {
        visitor = events_agent_after(doc, i, b, 20);
        named_after = visitor >= 0;
        break;
      }
    }
    /* "cited a trip by South Africa's service chiefs to Nigeria": a
     * visit of others, whom the sentence does not name, not its
     * subject's */
    if (pact_doc_key_is(doc, mt->tok + mt->n, "by") || pact_doc_key_is(doc, mt->tok + mt->n, "par")) {
      int32_t agent = events_agent_after(doc, mt->tok + mt->n, b, 12);
      if (agent < 0) {
        continue;
      }
      visitor = agent; /* "during a state visit by President X": X, not the sentence's subject */
      named_after = 1;
    }
    /* "will visit units of ...", "to visit the troops": the verb with a
     * common noun for object is no visit to a country; the verb visits a
     * country or a place named right after it ("will visit Rabat") */
    /* "Du 25 au 28 juillet 2021, il s'était rendu en Lituanie", "he
     * travelled to Poland": the pronoun just before the verb is someone
     * told before, whose visit this is (not the story's visit) */
    for (size_t i = mt->tok > a + 2 ? mt->tok - 2 : a; visitor < 0 && i < mt->tok; i++) {
      if (pact_doc_key_in(doc, i, events_subject_pronouns)) {
        visitor = events_person_before(doc, a);
      }
    }
    /* "X called the signing the high point of his guest's visit": the
     * visit of whom X receives, told already; X visits nothing */
    if (mt->tok >= 3 && pact_doc_key_is(doc, mt->tok - 1, "s") && pact_doc_is_punct(doc, mt->tok - 2, '\'') &&
        (pact_doc_key_is(doc, mt->tok - 3, "guest") || pact_doc_key_is(doc, mt->tok - 3, "visitor") ||
         pact_doc_key_is(doc, mt->tok - 3, "host"))) {
      continue;
    }
    if (events_no_visit_cue(doc, mt, a, b)) {
      continue;
    }
    /* where to: a country or a place after the cue (not one inside an
     * institution's name: "the Mozambique Defence Armed Forces") */
    for (size_t i = mt->tok + mt->n; i < b && host < 0; i++) {
      const PactLexEntry *c = pact_doc_entry(doc, i, LEX_COUNTRY);
      const PactLexEntry *p = pact_doc_entry(doc, i, LEX_PLACE);
      if (doc->owner[i] >= 0 && doc->things[doc->owner[i]].cls == PACT_INSTITUTION) {
        continue;
      }
      if ((c || p) && events_not_destination(doc, i)) {
        continue; /* "the border with Russia", "avec la Russie" */
      }
      if (c && !pact_lex_is_demonym(c)) {
        host = c->value;
      } else if (p) {
        host = pact_lexicon_place(doc->lex, p->value)->country;
      } else {
        host = events_capital_country(doc, i); /* "in the Lao capital", "dans la capitale lao" */
      }
    }
    /* "signé à Bangui le 15 octobre 2019, lors de la visite du
     * président rwandais": where the clause before the cue took place,
     * when nothing after it says where the visit went */
    for (size_t i = mt->tok; host < 0 && i > a + 1; i--) {
      static const char *const at_words[] = {"in", "at", "a", "en", "au", NULL};
      const PactLexEntry *c = pact_doc_entry(doc, i - 1, LEX_COUNTRY);
      const PactLexEntry *p = pact_doc_entry(doc, i - 1, LEX_PLACE);
      if (!pact_doc_key_in(doc, i - 2, at_words) || (!c && !p) || events_not_destination(doc, i - 1)) {
        continue;
      }
      host = events_country_named_at(doc, i - 1);
    }
    /* "a two-day official visit to the Gulf state by X", "au royaume":
     * a state told by a noun right after the cue is the country named
     * last before */
    if (host < 0 && state_noun_after(doc, mt->tok + mt->n, b)) {
      host = country_told_before(doc, mt->tok);
    }
    if (!ranged && (visitor < 0 || doc->things[visitor].country < 0 || host < 0 ||
                    doc->things[visitor].country == host)) {
      continue;
    }
    /* "arrivé à bord d'un avion de la Pakistan Air Force": no one
     * visits their own country; the host is to be found */
    {
      int32_t who = visitor >= 0 ? visitor : events_person_before(doc, mt->tok);
      if (who >= 0 && host >= 0 && host == doc->things[who].country) {
        host = -1;
      }
    }
    /* a visit already known: the same visitor, or the only one; "the
     * visit", "his visit", "cette visite" speak of one already told */
    int blocked = 0;
    {
      static const char *const likewise[] = {"also", "too", "similar", "aussi", "egalement", NULL};
      static const char *const definite[] = {"the", "this", "that", "his", "her", "their", "its",
                                             "cette", "ce", "cet", "sa", "son", "leur", "la", "le", NULL};
      int anaphoric = 0;
      for (size_t k = 0; definite[k] && mt->tok > 0; k++) {
        anaphoric |= pact_doc_key_is(doc, mt->tok - 1, definite[k]) ||
                     (mt->tok > 1 && pact_doc_key_is(doc, mt->tok - 2, definite[k]));
      }
      /* "his predecessor had also made the trip", "avait lui aussi fait
       * le déplacement", "a similar trip": another's visit like it */
      if (visitor >= 0 && pact_doc_first_in(doc, a, mt->tok, likewise) < mt->tok) {
        anaphoric = 0;
      }
      /* "s'était à son tour rendu en Espagne": "son" is no visit's, the
       * subject's turn after another's */
      if (mt->tok > 1 && pact_doc_key_is(doc, mt->tok - 1, "tour")) {
        anaphoric = 0;
      }
      for (size_t i = 0; i < doc->n_things; i++) {
        PactThing *o = &doc->things[i];
        /* not one to another country: "Earlier this month X travelled to
         * Poland" in a story of X's visit to Korea (but "the visit", "his
         * visit" is the one told, whatever country its clause names) */
        if (o->cls == PACT_VISIT && !o->dead && (anaphoric || host < 0 || o->host < 0 || o->host == host) &&
            (visitor < 0 || o->visitor == visitor || (anaphoric && !named_after))) {
          if ((visitor < 0 || o->visitor != visitor) && events_other_visit(doc, o, host, a, b)) {
            blocked = 1;
            continue;
          }
          /* "held talks with X during his own official visit": "own"
           * says the visit is the subject's, not the one told */
          if (visitor >= 0 && o->visitor != visitor && mt->tok > 0 &&
              (pact_doc_key_is(doc, mt->tok - 1, "own") || pact_doc_key_is(doc, mt->tok - 1, "propre") ||
               (mt->tok > 1 && (pact_doc_key_is(doc, mt->tok - 2, "own") || pact_doc_key_is(doc, mt->tok - 2, "propre"))))) {
            continue;
          }
          at = (int32_t)i;
          break;
        }
      }
    }
    if (at < 0 && blocked && (visitor < 0 || !named_after)) {
      continue; /* another visit, of someone the sentence does not name */
    }
    if (at < 0) {
      /* "A Saudi naval group arrived at Karachi on Saturday": a subject
       * opened by "a"/"un" is someone new, unnamed, not a person told
       * before */
      static const char *const indefinite[] = {"a", "an", "un", "une", "des", "some", NULL};
      if (visitor < 0 && !(pact_doc_key_in(doc, a, indefinite) && (doc->toks.v[a].flags & TF_CAP) && a + 1 < mt->tok &&
                           !pact_doc_has(doc, a + 1, LEX_TITLE))) {
        visitor = events_person_before(doc, mt->tok);
      }
      /* "a Chinese general has told Zambia's army chief during an
       * official visit to China. The assurance was given when General X,
       * the Zambia Army Commander, ...": a visit to a country, told with
       * no one named before it, is of the first person from elsewhere
       * named in the next two sentences */
      /* "For the first time, an Indian Army chief has travelled to
       * Algeria. ... General X then held talks": the demonym of the
       * subject described gives the country of a person told after it
       * with none of their own */
      int32_t described = -1;
      for (size_t i = a; visitor < 0 && i < mt->tok && described < 0; i++) {
        const PactLexEntry *c = pact_doc_entry(doc, i, LEX_COUNTRY);
        described = pact_lex_is_demonym(c) && c->value != host ? c->value : -1;
      }
      for (size_t i = mt->tok + mt->n; visitor < 0 && host >= 0 && i < doc->toks.n &&
                                       doc->toks.v[i].sentence <= doc->toks.v[mt->tok].sentence + 2;
           i++) {
        int32_t p = events_person_at(doc, i);
        if (p >= 0 && described >= 0 && doc->things[p].country < 0 && !events_is_ambassador(&doc->things[p])) {
          doc->things[p].country = described;
        }
        /* (not an ambassador: "in the presence of India's ambassador to
         * Algeria, X" is posted there, no visitor) */
        if (p >= 0 && doc->things[p].country >= 0 && doc->things[p].country != host &&
            !events_is_ambassador(&doc->things[p])) {
          visitor = p;
        }
      }
      if (visitor < 0) {
        continue;
      }
      if (host < 0 || host == doc->things[visitor].country) {
        int32_t top[2];
        size_t n = events_principal_countries(doc, top);
        int32_t home = doc->things[visitor].country;
        host = -1;
        /* a visitor of no known country goes where the headline's visit
         * goes ("Le chef de l'armée de terre indienne achève à Alger une
         * visite"), not to the country the text names most (his own) */
        int32_t told = home < 0 ? events_headline_host(doc) : -1;
        if (told >= 0) {
          host = told;
          n = 0;
        }
        for (size_t i = 0; i < n; i++) {
          if (top[i] != home) {
            host = top[i];
            break;
          }
        }
        /* someone of a third country ("In May, India's air chief was
         * hosted by the SAAF" in a story of Pakistan's air chief in
         * South Africa): a trip to where the story's visit goes, not to
         * the first of its two countries */
        if (doc->host >= 0 && home >= 0 && doc->host != home && n == 2 && top[0] != home && top[1] != home) {
          host = doc->host;
        }
      }
      if (host < 0) {
        continue;
      }
      t = pact_doc_add(doc, PACT_VISIT);
      if (!t) {
        return PACT_ERR_NOMEM;
      }
      t->visitor = visitor;
      t->host = host;
      t->first_tok = mt->tok;
      t->sentence = doc->toks.v[mt->tok].sentence;
      at = (int32_t)(doc->n_things - 1);
      if (doc->host < 0) {
        doc->host = host;
      }
    }
    t = &doc->things[at];
    PACT_TRY(pact_thing_mention(t, doc->toks.v[mt->tok].start, doc->toks.v[mt->tok + mt->n - 1].end));
    range = events_date_in(doc, a, b, mt->tok, 1);
    if (events_date_of_other_visit(doc, mt, range, t->visitor)) {
      range = NULL;
    }
    /* "Mohd Reza is in Singapore from November 21 to 23": a range told
     * outweighs a day told before that falls inside it (the day of the
     * headline, of a meeting) */
    int inside = range && t->start[0] && !t->end[0] && strlen(t->start) == strlen(range->start) &&
                 strcmp(t->start, range->start) >= 0 && strcmp(t->start, range->end) <= 0;
    if (range && (!t->start[0] || inside)) {
      memcpy(t->start, range->start, sizeof t->start);
      memcpy(t->end, range->end, sizeof t->end);
    } else if (!range) {
      const PactDate *d = events_date_in(doc, a, b, mt->tok, 0);
      int other_cue_nearer = 0; /* the date is a meeting's or a signing's */
      if (events_date_of_other_visit(doc, mt, d, t->visitor)) {
        d = NULL;
      }
      /* "The visit came in the wake of an operation launched on
       * Saturday, January 4": a date after a word that points to an
       * earlier event is that event's */
      static const char *const earlier[] = {"after", "following", "wake", "suite", "apres", "since", "depuis", NULL};
      for (size_t i = mt->tok + mt->n; d && d->tok > mt->tok && i < d->tok; i++) {
        if (pact_doc_key_in(doc, i, earlier)) {
          d = NULL;
        }
      }
      size_t marker = b;
      /* a date in a sentence that also tells a meeting or a signing is
       * theirs when their cue is the nearer one: "during his visit, he
       * met X on Tuesday", "Un accord doit être signé mercredi à Zagreb
       * ..., à l'occasion d'une visite de deux jours"; not in "agreed ...
       * when Kishida visited Manila in November last year" */
      for (size_t i = a; i < b && d; i++) {
        if (events_entry_kind(doc, i, LEX_EVENT, "meeting") || events_entry_kind(doc, i, LEX_STATUS, NULL)) {
          size_t to_other = i > d->tok ? i - d->tok : d->tok - i;
          size_t to_visit = mt->tok > d->tok ? mt->tok - d->tok : d->tok - mt->tok;
          other_cue_nearer |= to_other < to_visit;
        }
      }
      if (d) {
        marker = pact_doc_first_with(doc, a, b, arrive);
      }
      if (marker < b) {
        /* the date of the arrival; not when none stands near the word
         * ("depuis sa nomination en avril 2021": a date of a life) */
        const PactDate *arrival = events_date_in(doc, a, b, marker, 0);
        size_t far = arrival ? (arrival->tok > marker ? arrival->tok - marker : marker - arrival->tok) : b;
        if (arrival && far <= 8) {
          d = arrival;
        } else {
          marker = b;
        }
      }
      {
        /* "a achevé jeudi une visite de quatre jours entamée le 15 avril":
         * the end is the date nearest the verb of leaving, the start the
         * one nearest the verb of arriving */
        size_t gone = pact_doc_first_with(doc, a, b, leave);
        if (gone >= b) {
          gone = final_day(doc, a, b); /* "the last engagement of his four-day visit" */
        }
        const PactDate *end = gone < b && !departs_for(doc, gone) ? events_date_in(doc, a, b, gone, 0) : NULL;
        if (end && marker < b && end == d) {
          end = NULL; /* one date for both: the arrival's */
        }
        if (end && !t->end[0]) {
          memcpy(t->end, end->start, sizeof t->end);
          /* "arrivé la veille", then "La visite, qui s'achève samedi": a
           * weekday alone that falls before the start is the next one */
          if (t->start[0] && strlen(t->start) == 10 && strlen(t->end) == 10 && strcmp(t->end, t->start) < 0 &&
              weekday_only(doc, end)) {
            pact_date_plus_days(end->start, 7, t->end);
          }
          if (marker >= b) {
            d = NULL;
          }
        }
      }
      if (d && (marker < b || !other_cue_nearer) && !t->start[0]) {
        memcpy(t->start, d->start, sizeof t->start);
      } else if (d && other_cue_nearer && !t->date[0]) {
        /* "flew to Tehran and held talks with X on July 16": the day of
         * a meeting told in the visit's sentence is a day of the visit,
         * its start when nothing else tells one (t->date, which a
         * visit's record does not carry) */
        memcpy(t->date, d->start, sizeof t->date);
      }
    }
    days = events_duration_days(doc, a, b);
    if (days && !t->days) {
      t->days = days;
    }
  }
  events_visit_arrivals(doc);
  /* Dates and places of each visit, once all are told. */
  for (size_t i = 0; i < doc->n_things; i++) {
    PactThing *v = &doc->things[i];
    if (v->cls != PACT_VISIT || v->dead) {
      continue;
    }
    /* "a achevé vendredi une visite de deux jours": it began the day
     * before; "ended a three-day visit on Wednesday" outweighs a start
     * told elsewhere that is weeks away, or that leaves less than its
     * days ("wrapped up a two-day stay on Tuesday" began on the Monday,
     * whatever day the lead's "visiting" took); a range that is a day
     * longer than the length, "a two-day visit from January 12 to 14",
     * stays; "a one-day state visit" that ended on a day began on it */
    if (v->end[0] && v->days >= 1 && v->days <= 31) {
      char from_end[12];
      char week_before[12];
      if (pact_date_plus_days(v->end, -(v->days - 1), from_end) &&
          pact_date_plus_days(from_end, -7, week_before) &&
          (!v->start[0] || (strlen(v->start) == 10 && (strcmp(v->start, from_end) > 0 ||
                                                       strcmp(v->start, week_before) < 0)))) {
        memcpy(v->start, from_end, sizeof v->start);
      }
    }
    /* "... during Crosetto's flying visit" in the headline, told nowhere
     * else with a date: the visit is of the day the lead tells ("signed
     * ... in Tunis on Tuesday") */
    if (!v->start[0] && events_in_headline(doc, v->first_tok)) {
      size_t body = v->first_tok;
      size_t a;
      size_t b;
      while (body < doc->toks.n && !(doc->toks.v[body].flags & TF_NEWLINE)) {
        body++;
      }
      if (body < doc->toks.n) {
        events_sentence_span(doc, doc->toks.v[body].sentence, body, &a, &b);
        const PactDate *d = events_narrative_date(doc, b);
        if (d && d->tok >= body && strlen(d->start) == 10 && (!v->end[0] || strcmp(d->start, v->end) <= 0)) {
          memcpy(v->start, d->start, sizeof v->start);
        }
      }
    }
    if (!v->start[0] && v->date[0] && (!v->end[0] || strcmp(v->date, v->end) <= 0)) {
      memcpy(v->start, v->date, sizeof v->start);
    }
    if (!v->start[0]) {
      const PactDate *d = events_narrative_date(doc, v->first_tok);
      /* not a time after the article's ("the elections in October" in a
       * July report): the story's time is told, not foretold */
      if (d && events_after_article(doc, d->start)) {
        d = NULL;
      }
      if (d && (!v->end[0] || strcmp(d->start, v->end) <= 0)) {
        memcpy(v->start, d->start, sizeof v->start);
      }
    }
    /* "a two-day visit" that began on Sunday ends on Monday; "a one-day
     * visit" ends the day it began */
    if (v->days >= 1 && v->days <= 31 && !v->end[0]) {
      pact_date_plus_days(v->start, v->days - 1, v->end);
    }
    PACT_TRY(place_visit(doc, (int32_t)i));
  }
  return PACT_OK;
}
