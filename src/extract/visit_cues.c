/* Cues of a visit that tell none: a coming or going with no place ("came
 * to power"), an invitation to visit, troops' status ("the Visiting
 * Forces Agreement"), a visit denied ("had never visited"); and a visit
 * or a date that is another visit's than the one told (another year,
 * "after Erdoğan's visit to N'Djamena on 26 December 2017"). visits.c
 * asks before it reads a cue's visitor, host and days. */
#include "extract/events.h"

#include <stdlib.h>

/* Whether the cue at `mt` is the verb (after "will", "to", "would"...)
 * with no country or place right after it (articles aside). */
static int
verb_without_place(const PactDoc *doc, const PactMatch *mt, size_t b)
{
  static const char *const before[] = {"will", "would", "to", "shall", "may", "also", "then", NULL};
  size_t i = mt->tok + mt->n;
  /* "came to the Azerbaijani capital" is a trip; "came to power", "came
   * to an end", "went to great lengths", "the prize went to X" are not:
   * a coming or going needs its place */
  /* ... nor "arrivé au pouvoir", "l'arrivée au pouvoir" */
  static const char *const moving[] = {"came", "comes", "went", "goes", "headed", "heads", NULL};
  static const char *const arriving[] = {"arrived", "arriving", "arrive", "arrivee", "arrives", "arrivees", NULL};
  int verb = pact_doc_key_in(doc, mt->tok, moving) || pact_doc_key_in(doc, mt->tok, arriving);

  for (size_t k = 0; before[k] && mt->tok > 0; k++) {
    verb |= pact_doc_key_is(doc, mt->tok - 1, before[k]);
  }
  if (!verb) {
    return 0;
  }
  while (i < b && (pact_doc_key_is(doc, i, "the") || pact_doc_key_is(doc, i, "a"))) {
    i++;
  }
  return !(i < b && (pact_doc_entry(doc, i, LEX_COUNTRY) || pact_doc_entry(doc, i, LEX_PLACE)));
}

/* "the Visiting Forces Agreement", "l'accord sur les forces en visite":
 * troops' status in an agreement's name, no one's visit. */
static int
visiting_forces(const PactDoc *doc, const PactMatch *mt)
{
  static const char *const troops[] = {"forces", "force", "troops", "troupes", "militaires", NULL};

  return (mt->tok > 0 && pact_doc_key_in(doc, mt->tok - 1, troops)) ||
         (pact_doc_key_in(doc, mt->tok + mt->n, troops) && pact_doc_key_is(doc, mt->tok + mt->n - 1, "visiting"));
}

/* "Four years after Rwandan soldiers first landed in northern
 * Mozambique", "des troupes sont arrivées": troops move, no person
 * visits; the verb's subject, past an adverb or an auxiliary, is a word
 * for troops. */
static int
troops_moved(const PactDoc *doc, const PactMatch *mt, size_t a)
{
  static const char *const troops[] = {"soldiers", "troops", "forces", "units", "sailors", "marines", "personnel",
                                       "contingent", "contingents", "servicemen", "soldats", "troupes", "militaires",
                                       "marins", "unites", NULL};
  static const char *const between[] = {"first", "later", "then", "had", "have", "has", "were", "was", "also",
                                        "ont", "sont", "avaient", "etaient", "d", "abord", NULL};
  size_t k = mt->tok;

  while (k > a && k + 3 > mt->tok && pact_doc_key_in(doc, k - 1, between)) {
    k--;
  }
  return k > a && pact_doc_key_in(doc, k - 1, troops);
}

/* "invited Loudiyi to visit India", "l'a invité à se rendre en Inde":
 * an invitation to visit is not yet a visit. The cue follows "to" or "à"
 * (a reflexive "se" aside) with a word of inviting a few words before. */
static int
invited_to(const PactDoc *doc, const PactMatch *mt, size_t a)
{
  static const char *const inviting[] = {"invit", NULL};
  size_t k = mt->tok;

  if (k > a && pact_doc_key_is(doc, k - 1, "se")) {
    k--;
  }
  if (k <= a || !(pact_doc_key_is(doc, k - 1, "to") || pact_doc_key_is(doc, k - 1, "a"))) {
    return 0;
  }
  size_t from = k > a + 6 ? k - 6 : a;
  return pact_doc_first_with(doc, from, k - 1, inviting) < k - 1;
}

/* Whether the cue at mt is denied: "ne s'était rendu", "had never
 * visited", "has not travelled", or its clause opens with "no", "aucun"
 * ("No Gabonese minister had visited Cameroon since 2009"). */
static int
denied(const PactDoc *doc, const PactMatch *mt, size_t a)
{
  static const char *const near[] = {"ne", "n", "never", "not", "jamais", "pas", NULL};
  static const char *const none[] = {"no", "aucun", "aucune", "nul", NULL};

  for (size_t i = mt->tok > 3 ? mt->tok - 3 : 0; i < mt->tok; i++) {
    if (i >= a && pact_doc_key_in(doc, i, near)) {
      return 1;
    }
  }
  return pact_doc_key_in(doc, a, none);
}

/* Whether the visit cue at `mt`, in the sentence [a, b), tells no visit. */
int
events_no_visit_cue(const PactDoc *doc, const PactMatch *mt, size_t a, size_t b)
{
  return verb_without_place(doc, mt, b) || invited_to(doc, mt, a) || visiting_forces(doc, mt) || denied(doc, mt, a) ||
         troops_moved(doc, mt, a);
}

/* Whether "la visite du Souverain en Inde en 2015" cannot be visit o: it
 * goes to o's visitor's own country, or its sentence [a, b) dates it in
 * another year than o's. */
int
events_other_visit(const PactDoc *doc, const PactThing *o, int32_t host, size_t a, size_t b)
{
  const PactDate *d = events_date_in(doc, a, b, a, 0);

  if (host >= 0 && o->visitor >= 0 && doc->things[o->visitor].country == host) {
    return 1;
  }
  const PactDate *then = d && !o->start[0] && strlen(d->start) >= 7 ?
                         events_narrative_date(doc, o->first_tok) : NULL;
  if (then && strlen(then->start) >= 7) {
    /* "On 7 March 2018 he made an official visit to Budapest", when the
     * story's visit, which no sentence dated yet, was told in the time of
     * April 2019: a visit of months before is another */
    int months = (atoi(then->start) - atoi(d->start)) * 12 + atoi(then->start + 5) - atoi(d->start + 5);
    return months >= 6;
  }
  return d && o->start[0] && atoi(d->start) != atoi(o->start);
}

/* The words that tie a visit to whose it is: "the visit of X", "d'Erdoğan". */
static const char *const of_words[] = {"of", "de", "du", "d", NULL};

/* "The trip comes a year after Erdoğan's visit to N'Djamena on 26
 * December 2017", "la visite historique d'Erdoğan à N'Djamena, le 26
 * décembre 2017": between the cue and the date stands another visit, of
 * someone the sentence names, not `visitor`'s; the date is of the clause
 * that holds it, that other visit. */
int
events_date_of_other_visit(const PactDoc *doc, const PactMatch *mt, const PactDate *d, int32_t visitor)
{
  if (!d || d->tok <= mt->tok + mt->n) {
    return 0;
  }
  for (size_t i = mt->tok + mt->n; i < d->tok; i++) {
    if (!events_entry_kind(doc, i, LEX_EVENT, "visit")) {
      continue;
    }
    int32_t whose = -1;
    if (i >= 2 && pact_doc_key_is(doc, i - 1, "s") && pact_doc_is_punct(doc, i - 2, '\'')) {
      whose = i >= 3 ? events_person_at(doc, i - 3) : -1; /* "Erdoğan's visit" */
    } else if (i >= 3 && pact_doc_key_is(doc, i - 1, "historic") && pact_doc_key_is(doc, i - 2, "s") &&
               pact_doc_is_punct(doc, i - 3, '\'')) {
      whose = i >= 4 ? events_person_at(doc, i - 4) : -1;
    }
    for (size_t k = i + pact_doc_match_at(doc, i)->n; whose < 0 && k < d->tok && k < i + 4; k++) {
      if (pact_doc_key_in(doc, k, of_words)) {
        for (size_t j = k + 1; j < d->tok && j < k + 8 && whose < 0; j++) {
          whose = events_person_at(doc, j);
        }
        break;
      }
    }
    if (whose >= 0 && whose != visitor) {
      return 1;
    }
  }
  return 0;
}
