/* Who signed an agreement, when no "signed by" said so: the subject of
 * the verb of signing, past appositions and dates, or those the sentence
 * describes ("the two ministers"); then when and where, from the
 * signers' sentence. Split from agreements.c, which finds the agreements
 * themselves. */
#include "extract/events.h"
#include "extract/persons.h"

#include <string.h>

/* Whether the comma at `tok` opens an apposition that a second comma and
 * the passive's agent close: "paraphé à Ship House, le siège du ministère,
 * par X" (a place described, then who signed). */
static int
apposed_place_ends(const PactDoc *doc, size_t tok, size_t b)
{
  for (size_t k = tok + 1; k + 1 < b && k < tok + 10; k++) {
    if (events_person_at(doc, k) >= 0 || pact_doc_is_punct(doc, k, ';') || pact_doc_is_punct(doc, k, '.')) {
      return 0;
    }
    if (pact_doc_is_punct(doc, k, ',')) {
      return pact_doc_key_is(doc, k + 1, "par") || pact_doc_key_is(doc, k + 1, "by");
    }
  }
  return 0;
}

/* Where a person's country told after the name ends, before `j`: "X of
 * Italy", "Y de l'Espagne", "Z from Spain" end at "of"; else j. */
static size_t
past_origin(const PactDoc *doc, size_t a, size_t j)
{
  static const char *const of[] = {"of", "from", "de", "du", NULL};
  const PactMatch *m;
  size_t k = j;

  if (k <= a + 2) {
    return j;
  }
  m = pact_doc_match_at(doc, k - 1);
  if (!m || m->tok + m->n != k || !pact_doc_entry(doc, m->tok, LEX_COUNTRY)) {
    return j;
  }
  k = m->tok;
  if (k > a && (pact_doc_key_is(doc, k - 1, "the") || pact_doc_is_punct(doc, k - 1, '\''))) {
    k--;
    if (k > a && pact_doc_key_is(doc, k - 1, "l")) {
      k--; /* "de l'Espagne" */
    }
  }
  return k > a + 1 && pact_doc_key_in(doc, k - 1, of) && events_person_at(doc, k - 2) >= 0 ? k - 1 : j;
}

/* The place of [a, b) told as where something happened: after "in",
 * "at", "à", "en", "au", "dans" ("signé ... à Lisbonne"), not a capital
 * that stands for its state ("signed for Cairo"). */
static int32_t
place_told_at(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const at[] = {"in", "at", "a", "en", "au", "dans", NULL};

  for (size_t i = a; i + 1 < b; i++) {
    if (pact_doc_key_in(doc, i, at)) {
      int32_t t = events_place_in(doc, i + 1, i + 4 < b ? i + 4 : b);
      if (t >= 0) {
        return t;
      }
    }
  }
  return -1;
}

/* The agreement was signed when the sentence that names its signers
 * says ("Le texte a été signé lundi 30 novembre ... par X et Y"), over a
 * date of a sentence that only mentioned the signing ("une visite marquée
 * par la signature d'un mémorandum"); an undated one, when the story's
 * time told last before it says. */
static void
signing_date(PactDoc *doc, PactThing *agreement, size_t a, size_t b, size_t tok)
{
  const PactDate *d = events_date_in(doc, a, b, tok, 0);

  d = d && d->range ? NULL : d;
  if (!d && !agreement->date[0]) {
    d = events_narrative_date(doc, tok);
  }
  if (d) {
    memcpy(agreement->date, d->start, sizeof agreement->date);
  }
  /* and where it says: "Le document a été signé le 3 mars à Lisbonne par
   * X et Y" over the place of a sentence that only mentioned the signing
   * ("rentré à Dakar au terme d'une visite marquée par la signature") */
  int32_t place = place_told_at(doc, a, b);
  if (place >= 0) {
    agreement->place = place;
  }
}

/* Signers of an agreement (the article's only one, or the one a verb's
 * sentence names nearest to it), when no "signed by" named them
 * (after the meetings are known, and the agreement's parties settled):
 * the subject of a verb of signing ("X and Y signed", "the two ministers
 * signed", "Le texte a été signé par les deux responsables"): the persons
 * before the verb in its sentence, or else those of the meeting told last
 * before it. */
PactStatus
pact_doc_signers_by_subject(PactDoc *doc)
{
  /* per agreement (eight at most): once its signers are found, the other
   * verbs of signing of that sentence only: "Kana signed for Nigeria,
   * while General Hamouda signed for Egypt", each verb's subject from the
   * end of the verb before it */
  struct {
    int32_t thing;
    uint32_t found_in;
    size_t clause;
  } ag[8];
  size_t n_ag = 0;

  for (size_t i = 0; i < doc->n_things && n_ag < 8; i++) {
    if (doc->things[i].cls == PACT_AGREEMENT && !doc->things[i].dead) {
      ag[n_ag].thing = (int32_t)i;
      ag[n_ag].found_in = doc->things[i].n_refs2 > 0 ? UINT32_MAX - 1 : UINT32_MAX;
      ag[n_ag].clause = 0;
      n_ag++;
    }
  }
  for (size_t m = 0; m < doc->n_matches && n_ag > 0; m++) {
    const PactMatch *mt = &doc->matches[m];
    const PactLexEntry *sg = pact_doc_entry(doc, mt->tok, LEX_STATUS);
    size_t a;
    size_t b;
    size_t j;
    int32_t people[8];
    size_t n = 0;
    int plural;
    size_t w = 0; /* which agreement: the only one, or the one the sentence names nearest the verb */
    int32_t agreement;
    if (!sg || !sg->kind) {
      continue;
    }
    events_sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
    if (strcmp(sg->kind, "signed") != 0 && !events_travelled_to_sign(doc, a, mt->tok)) {
      continue;
    }
    if (n_ag > 1) {
      size_t near = events_nearest_agreement(doc, a, b, mt->tok);
      w = n_ag;
      for (size_t k = 0; near != (size_t)-1 && k < n_ag && w == n_ag; k++) {
        const PactThing *t = &doc->things[ag[k].thing];
        for (size_t x = 0; x < t->n_mentions; x++) {
          if (t->mentions[x].start == doc->toks.v[near].start) {
            w = k;
          }
        }
      }
      /* "The document was signed in Abu Dhabi by X and Y": a sentence
       * that names no agreement speaks of the one told last before it */
      uint32_t last_at = 0;
      for (size_t k = 0; near == (size_t)-1 && k < n_ag; k++) {
        const PactThing *t = &doc->things[ag[k].thing];
        for (size_t x = 0; x < t->n_mentions; x++) {
          if (t->mentions[x].start < doc->toks.v[a].start && (w == n_ag || t->mentions[x].start > last_at)) {
            w = k;
            last_at = t->mentions[x].start;
          }
        }
      }
      if (w == n_ag) {
        continue;
      }
    }
    agreement = ag[w].thing;
    if (ag[w].found_in != UINT32_MAX && ag[w].found_in != doc->toks.v[mt->tok].sentence) {
      /* signers known, from another sentence; but "X signed for
       * Ethiopia. His Rwandan counterpart, Y, signed for Kigali": after
       * a sentence that found one signer, the next may give the other */
      if (!(ag[w].found_in + 1 == doc->toks.v[mt->tok].sentence && doc->things[agreement].n_refs2 == 1)) {
        continue;
      }
      ag[w].found_in = UINT32_MAX;
    }
    if (ag[w].found_in != UINT32_MAX) {
      a = ag[w].clause;
    }
    j = mt->tok;
    /* back over auxiliaries and adverbs: "have jointly signed", "ont signé" */
    while (j > a && (pact_doc_key_is(doc, j - 1, "have") || pact_doc_key_is(doc, j - 1, "had") ||
                     pact_doc_key_is(doc, j - 1, "jointly") || pact_doc_key_is(doc, j - 1, "also") ||
                     pact_doc_key_is(doc, j - 1, "then") || pact_doc_key_is(doc, j - 1, "ont") ||
                     pact_doc_key_is(doc, j - 1, "avaient") || pact_doc_key_is(doc, j - 1, "ensuite"))) {
      j--;
    }
    /* "X and his counterpart, Y, on Tuesday signed": back over a date */
    for (size_t d = 0; d < doc->n_dates; d++) {
      if (doc->dates[d].tok + doc->dates[d].n == j && doc->dates[d].tok > a) {
        j = doc->dates[d].tok;
        if (j > a && (pact_doc_key_is(doc, j - 1, "on") || pact_doc_key_is(doc, j - 1, "le"))) {
          j--;
        }
        break;
      }
    }
    /* "General X of Italy and General Y of Spain signed": back over the
     * last one's country */
    j = past_origin(doc, a, j);
    /* "X and his counterpart, Y, signed", "..., Y of Spain, signed": the
     * apposition's closing comma after a name, or after its country
     * (past_origin() moves back only to a person's name) */
    size_t named_end = j > a + 1 ? past_origin(doc, a, j - 1) : j;
    if (j > a + 1 && pact_doc_is_punct(doc, j - 1, ',') && events_person_at(doc, named_end - 1) >= 0) {
      j = named_end;
    } else if (j > a + 1 && pact_doc_is_punct(doc, j - 1, ',')) {
      /* "Kana, Permanent Secretary of the ministry, signed": back over
       * the apposition to the person it describes */
      size_t k = j - 1;
      while (k > a && k + 16 > j && !pact_doc_is_punct(doc, k - 1, ',') && events_person_at(doc, k - 1) < 0) {
        k--;
      }
      if (k > a + 1 && pact_doc_is_punct(doc, k - 1, ',') && events_person_at(doc, k - 2) >= 0) {
        j = k - 1;
      } else if (k > a && events_person_at(doc, k - 1) >= 0 && persons_side_after(doc, k) >= 0) {
        j = k; /* "X for Bulgaria and Y for Hungary, signed" */
      }
    }
    plural = j > a && events_plural_people(doc, j - 1);
    /* the passive's agent: "signé par X", and past a date and a place:
     * "a été signé lundi 30 novembre au quartier général par X" */
    size_t by = mt->tok + mt->n;
    int passive = 0;
    /* the auxiliary inside the cue, or before it past an adverb: "a
     * ensuite été paraphé", "was later signed" */
    for (size_t k = mt->tok > a + 2 ? mt->tok - 2 : a; k < mt->tok + mt->n; k++) {
      passive |= pact_doc_key_is(doc, k, "was") || pact_doc_key_is(doc, k, "were") || pact_doc_key_is(doc, k, "been") ||
                 pact_doc_key_is(doc, k, "ete");
    }
    while (passive && by < b && by < mt->tok + mt->n + 24 && !pact_doc_key_is(doc, by, "par") &&
           !pact_doc_key_is(doc, by, "by") && !pact_doc_is_punct(doc, by, ';') && events_person_at(doc, by) < 0 &&
           !(pact_doc_is_punct(doc, by, ',') && !apposed_place_ends(doc, by, b) &&
             !pact_doc_key_is(doc, by + 1, "par") && !pact_doc_key_is(doc, by + 1, "by"))) {
      by++;
    }
    int agent = pact_doc_key_is(doc, by, "par") || pact_doc_key_is(doc, by, "by");
    if (!agent) {
      by = mt->tok + mt->n; /* the walk started there: no agent at all */
    }
    /* "... signé par les deux responsables" */
    for (size_t k = by + 1; agent && k < b && k < by + 5 && !plural; k++) {
      plural = events_plural_people(doc, k);
    }
    /* "Le texte a été signé par X, ..., et par Y" */
    if (!plural && agent) {
      n = events_signers_after(doc, by, b, people, 8);
      if (n > 0) {
        for (size_t k = 0; k < n; k++) {
          PACT_TRY(pact_thing_ref(&doc->things[agreement].refs2, &doc->things[agreement].n_refs2, people[k]));
        }
        ag[w].found_in = UINT32_MAX - 1; /* "signed by" named them all */
        signing_date(doc, &doc->things[agreement], a, b, mt->tok);
        continue;
      }
    }
    int journey = strcmp(sg->kind, "signed") != 0; /* "s'est rendu à Belgrade pour y signer" */
    if (!(plural || journey || (j > a && events_person_at(doc, j - 1) >= 0))) {
      continue;
    }
    for (size_t k = a; k < j && n < (journey ? 1 : 8); k++) {
      int32_t p = events_person_at(doc, k);
      if (p >= 0 && (n == 0 || people[n - 1] != p)) {
        people[n++] = p;
      }
    }
    /* "X ... pour y signer avec son homologue serbe, Y, le plan", "signed
     * with his counterpart Y": the other signer after "with" */
    size_t with = mt->tok + mt->n;
    /* "signed the text with his Egyptian counterpart, General Y",
     * "signed alongside his Danish counterpart": past the verb's object
     * (no person, no comma between) */
    while (n == 1 && with < b && with < mt->tok + mt->n + 14 && !pact_doc_key_is(doc, with, "with") &&
           !pact_doc_key_is(doc, with, "avec") && !pact_doc_key_is(doc, with, "alongside") &&
           events_person_at(doc, with) < 0 && !pact_doc_is_punct(doc, with, ',') &&
           !pact_doc_has(doc, with, LEX_COUNTRY)) {
      with++;
    }
    if (n == 1 && !plural && (pact_doc_key_is(doc, with, "with") || pact_doc_key_is(doc, with, "avec") ||
                              pact_doc_key_is(doc, with, "alongside"))) {
      /* past the title in apposition: "with Qatar's Minister of State
       * for Defence Affairs, Khalid Al-Attiyah" */
      for (size_t k = with + 1; k < b && k < with + 20; k++) {
        if (pact_doc_is_punct(doc, k, ';') || pact_doc_has(doc, k, LEX_EVENT)) {
          break;
        }
        int32_t p = events_person_at(doc, k);
        if (p >= 0 && p != people[0]) {
          people[n++] = p;
          break;
        }
      }
    }
    if (plural && n < 2 && events_two_titled(doc, mt->tok, people)) {
      n = 2; /* "the two ministers signed": the story's two ministers */
    } else if (plural && n < 2) {
      /* the people of the meeting told last before this sentence */
      int32_t last = -1;
      for (size_t i = 0; i < doc->n_things; i++) {
        const PactThing *o = &doc->things[i];
        if (o->cls == PACT_MEETING && !o->dead && o->first_tok <= mt->tok &&
            (last < 0 || o->first_tok >= doc->things[last].first_tok)) {
          last = (int32_t)i;
        }
      }
      n = 0;
      for (size_t k = 0; last >= 0 && k < doc->things[last].n_refs && n < 8; k++) {
        people[n++] = doc->things[last].refs[k];
      }
      /* no meeting told: the last two persons named before, of two
       * countries ("Les deux ministres ont signé ...") */
      for (size_t k = a; last < 0 && k > 0 && n < 2; k--) {
        int32_t p = events_person_at(doc, k - 1);
        if (p >= 0 && (n == 0 || (people[0] != p && doc->things[people[0]].country != doc->things[p].country))) {
          people[n++] = p;
        }
      }
    }
    if (n == 0 || (plural && n < 2)) {
      continue;
    }
    for (size_t k = 0; k < n; k++) {
      PACT_TRY(pact_thing_ref(&doc->things[agreement].refs2, &doc->things[agreement].n_refs2, people[k]));
    }
    ag[w].found_in = doc->toks.v[mt->tok].sentence;
    ag[w].clause = mt->tok + mt->n;
    /* "The two men then signed the memorandum": undated so far, it was
     * signed when its signers' sentence is (its date, or the story's time
     * told last before it) */
    signing_date(doc, &doc->things[agreement], a, b, mt->tok);
  }
  return PACT_OK;
}
