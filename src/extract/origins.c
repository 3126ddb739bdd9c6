/* Who is from where, when the text does not say: read after the events,
 * which tell who visits whom, who accompanies whom and who received a
 * delegation. */
#include "extract/events.h"

#include <string.h>

/* "accompanies the Tanzanian delegation", "accompagne la délégation
 * tanzanienne": the country of the delegation a sentence names, or -1. */
static int32_t
delegation_country(const PactDoc *doc, size_t around)
{
  size_t a;
  size_t b;

  events_sentence_span(doc, doc->toks.v[around].sentence, around, &a, &b);
  for (size_t i = a; i < b; i++) {
    /* "avait dirigée côté français", "on the Indian side": whose side */
    if (pact_doc_key_is(doc, i, "cote") && i + 1 < b && pact_lex_is_demonym(pact_doc_entry(doc, i + 1, LEX_COUNTRY))) {
      return pact_doc_entry(doc, i + 1, LEX_COUNTRY)->value;
    }
    if (pact_doc_key_is(doc, i, "side") && i > a && pact_lex_is_demonym(pact_doc_entry(doc, i - 1, LEX_COUNTRY))) {
      return pact_doc_entry(doc, i - 1, LEX_COUNTRY)->value;
    }
    if (pact_doc_key_is(doc, i, "delegation")) {
      /* "La délégation brésilienne a été reçue par le ministre X": X
       * receives it, and is of the other side */
      int received = 0;
      for (size_t k = i + 1; k < around && !received; k++) {
        received = events_entry_kind(doc, k, LEX_EVENT, "meeting") != NULL;
      }
      if (received) {
        continue;
      }
      const PactLexEntry *before = i > a ? pact_doc_entry(doc, i - 1, LEX_COUNTRY) : NULL;
      const PactLexEntry *after = i + 1 < b ? pact_doc_entry(doc, i + 1, LEX_COUNTRY) : NULL;
      if (pact_lex_is_demonym(before)) {
        return before->value;
      }
      if (pact_lex_is_demonym(after)) {
        return after->value;
      }
    }
  }
  return -1;
}

/* "À Paris, Emmanuel Macron a salué...": the country of the place that
 * opens the sentence of tok, when tok is its first person (-1 if not). */
static int32_t
opening_place_country(const PactDoc *doc, size_t tok)
{
  static const char *const at[] = {"a", "in", "at", NULL};
  size_t a;
  size_t b;

  events_sentence_span(doc, doc->toks.v[tok].sentence, tok, &a, &b);
  if (!pact_doc_key_in(doc, a, at) || events_first_person(doc, a, b) != tok) {
    return -1;
  }
  const PactLexEntry *p = pact_doc_entry(doc, a + 1, LEX_PLACE);
  const PactMatch *m = pact_doc_match_at(doc, a + 1);
  if (!p || !m || !pact_doc_is_punct(doc, m->tok + m->n, ',')) {
    return -1;
  }
  return pact_lexicon_place(doc->lex, p->value)->country;
}

/* The country of an embassy named in sentence s, or -1. */
static int32_t
embassy_country(const PactDoc *doc, uint32_t s)
{
  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *o = &doc->things[i];
    if (o->cls == PACT_INSTITUTION && !o->dead && o->sentence == s && o->kind && strcmp(o->kind, "embassy") == 0 &&
        o->country >= 0) {
      return o->country;
    }
  }
  return -1;
}

/* Whether person `p` is a visitor of some visit of the article. */
static int
is_visitor(const PactDoc *doc, int32_t p)
{
  return events_find_visit(doc, p, -1) >= 0;
}

/* The other of the article's two countries than c, or -1 when the
 * article has not two or c is neither. */
static int32_t
other_of_the_two(const PactDoc *doc, int32_t c)
{
  int32_t top[2];

  if (c < 0 || events_principal_countries(doc, top) != 2 || (top[0] != c && top[1] != c)) {
    return -1;
  }
  return top[0] == c ? top[1] : top[0];
}

/* Whether the words from the person named at `before` to `tok` join two
 * of a list: an "and"/"et"/"ainsi que" among them, and nothing that would
 * make the second the object of something else (a verb of an event, of
 * signing). */
static int
coordinated_with(const PactDoc *doc, size_t before, size_t tok)
{
  static const char *const joins[] = {"and", "et", "ainsi", NULL};
  int32_t first = events_person_at(doc, before);
  int joined = 0;

  for (size_t k = before + 1; k < tok; k++) {
    if (pact_doc_has(doc, k, LEX_EVENT) || pact_doc_has(doc, k, LEX_STATUS) || pact_doc_is_punct(doc, k, ';') ||
        (events_person_at(doc, k) >= 0 && events_person_at(doc, k) != first)) {
      return 0;
    }
    joined |= pact_doc_key_in(doc, k, joins);
  }
  return joined;
}

/* The country of the person a companion or a counterpart is tied to, in
 * the sentence of `tok` (a person's first mention): "X, accompanied by Y"
 * and "accompagné du général Y" make Y of X's country; "X and his
 * counterpart Y", "son homologue Y", of the other of the article's two
 * countries. -1 when the sentence ties it to no one whose country is
 * known. */
static int32_t
tied_country(const PactDoc *doc, size_t tok)
{
  static const char *const companion[] = {"accompanied", "accompagne", "accompagnee", "accompagnes",
                                          "accompagnees", "escorted", NULL};
  static const char *const counterpart[] = {"counterpart", "counterparts", "homologue", "homologues", "host",
                                            "hote", NULL};
  /* "Thapa's predecessor, General X", "son prédécesseur, le général X",
   * "his wife, Y", "a delegation that includes Z", "She succeeded Major
   * General Y", "il a remplacé le général Y": of the same country as the
   * one they follow, are married to, or travel with */
  static const char *const same[] = {"predecessor", "predecessors", "successor", "predecesseur", "successeur",
                                     "wife", "husband", "epouse", "mari", "includes", "including", "included",
                                     "comprend", "comprenant", "comprenait", "member", "members", "membre",
                                     "membres", "appointed", "nomme", "nommee", "succeeded", "succeeds",
                                     "replaced", "replaces", "succede", "remplace", "remplacait", NULL};
  size_t a;
  size_t b;

  events_sentence_span(doc, doc->toks.v[tok].sentence, tok, &a, &b);
  for (size_t i = tok; i > a; i--) {
    size_t cue = i - 1;
    int with = pact_doc_key_in(doc, cue, companion) || (tok - cue <= 5 && pact_doc_key_in(doc, cue, same));
    int other = !with && tok - cue <= 4 && pact_doc_key_in(doc, cue, counterpart);
    int32_t between = events_person_at(doc, cue);
    if (between >= 0 && between != events_person_at(doc, tok)) {
      /* "accompanied by General Y, ..., and by Z", "accompagné du général
       * Y ... ainsi que du docteur Z": a companion coordinated with
       * another is one too; the tie is looked for before the first */
      if (coordinated_with(doc, cue, tok)) {
        while (i > a + 1 && events_person_at(doc, i - 2) == between) {
          i--;
        }
        tok = i - 1;
        continue;
      }
      break; /* another person in between: the tie is theirs */
    }
    if (!with && !other) {
      continue;
    }
    int32_t lead = events_person_near(doc, a, b, cue, 1);
    if (lead < 0) {
      lead = events_person_before(doc, a); /* "Il était accompagné du général Y" */
    }
    int32_t c = lead >= 0 ? doc->things[lead].country : -1;
    if (c < 0) {
      return -1;
    }
    if (with) {
      return c;
    }
    return other_of_the_two(doc, c);
  }
  return -1;
}

/* "X and his South Korean counterpart", "X et son homologue saoudien":
 * the demonym is of the counterpart, and X of the other of the article's
 * two countries. The person `p` whose name ends before `tok`; -1 when the
 * words after it are not these. */
static int32_t
contrasted_country(const PactDoc *doc, int32_t p, size_t tok)
{
  static const char *const and[] = {"and", "et", NULL};
  static const char *const his[] = {"his", "her", "son", "sa", NULL};
  static const char *const counterpart[] = {"counterpart", "homologue", NULL};
  size_t k = tok;
  const PactLexEntry *c = NULL;

  while (k < doc->toks.n && doc->owner[k] == p) {
    k++;
  }
  if (!pact_doc_key_in(doc, k, and) || !pact_doc_key_in(doc, k + 1, his)) {
    return -1;
  }
  k += 2;
  if (pact_doc_key_is(doc, k, "visiting")) {
    k++;
  }
  if (pact_doc_key_in(doc, k, counterpart)) {
    c = pact_doc_entry(doc, k + 1, LEX_COUNTRY); /* "son homologue saoudien" */
  } else {
    const PactMatch *m = pact_doc_match_at(doc, k); /* "his South Korean counterpart" */
    c = pact_doc_entry(doc, k, LEX_COUNTRY);
    if (!c || !m || !pact_doc_key_in(doc, m->tok + m->n, counterpart)) {
      return -1;
    }
  }
  return pact_lex_is_demonym(c) ? other_of_the_two(doc, c->value) : -1;
}

/* Whether meeting m is told in the sentence of visit v, or after it and
 * of its days (undated, or dated from its start to its end). */
static int
during_visit(const PactThing *v, const PactThing *m)
{
  if (v->sentence == m->sentence) {
    return 1;
  }
  if (m->first_tok < v->first_tok) {
    return 0;
  }
  if (!m->date[0]) {
    return 1;
  }
  return v->start[0] && strlen(m->date) == 10 && strcmp(m->date, v->start) >= 0 &&
         strcmp(m->date, v->end[0] ? v->end : v->start) <= 0;
}

/* Who is from where, when the text does not say: each visitor from the
 * other of the article's two countries, a companion from the country of
 * whom they accompany, a counterpart from the other country, the hosts of
 * a visit from its host country, and the dateline's city tells the rest. */
/* The visitor of the first visit told: the story's, or -1. */
static int32_t
first_visitor(const PactDoc *doc)
{
  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *v = &doc->things[i];
    if (v->cls == PACT_VISIT && !v->dead && v->visitor >= 0) {
      return v->visitor;
    }
  }
  return -1;
}

void
pact_doc_fallback_countries(PactDoc *doc, uint8_t *guessed)
{
  int32_t visitor = first_visitor(doc);

  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *v = &doc->things[i];
    if (v->cls != PACT_VISIT || v->dead || v->visitor < 0) {
      continue;
    }
    /* The visitor comes from the other of the article's two countries:
     * "a visit to Gabon" in an article about Gabon and France. */
    if (doc->things[v->visitor].country < 0) {
      doc->things[v->visitor].country = other_of_the_two(doc, v->host);
    }
  }
  /* Companions and counterparts, in the order they are told: a companion
   * of a counterpart is then known. */
  for (int round = 0; round < 2; round++) {
    for (size_t i = 0; i < doc->n_things; i++) {
      PactThing *t = &doc->things[i];
      if (t->dead || t->country >= 0 || t->cls != PACT_PERSON || t->first_tok >= doc->toks.n) {
        continue;
      }
      t->country = tied_country(doc, t->first_tok);
      for (size_t m = 0; t->country < 0 && m < t->n_mentions; m++) {
        t->country = contrasted_country(doc, (int32_t)i, pact_doc_token_at_byte(doc, t->mentions[m].start));
      }
    }
  }
  /* "During a stop in Kathmandu he paid courtesy calls on President X":
   * whom someone from elsewhere meets at a place is of the place's
   * country */
  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *m = &doc->things[i];
    int32_t where = m->cls == PACT_MEETING && !m->dead && m->place >= 0 ? doc->things[m->place].country : -1;
    int guest = 0;
    for (size_t k = 0; where >= 0 && k < m->n_refs; k++) {
      int32_t c = doc->things[m->refs[k]].country;
      guest |= c >= 0 && c != where;
    }
    for (size_t k = 0; guest && k < m->n_refs; k++) {
      PactThing *p = &doc->things[m->refs[k]];
      if (p->country < 0 && !events_is_ambassador(p)) {
        p->country = where;
      }
    }
  }
  /* "King Mohammed VI travelled to India and met Prime Minister
   * Narendra Modi": whom a visitor meets in the sentence of the visit is
   * of the host country */
  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *m = &doc->things[i];
    if (m->cls != PACT_MEETING || m->dead) {
      continue;
    }
    for (size_t j = 0; j < doc->n_things; j++) {
      const PactThing *v = &doc->things[j];
      int met = 0;
      if (v->cls != PACT_VISIT || v->dead || v->host < 0 || !during_visit(v, m)) {
        continue;
      }
      for (size_t k = 0; k < m->n_refs; k++) {
        met |= m->refs[k] == v->visitor;
      }
      for (size_t k = 0; met && k < m->n_refs; k++) {
        /* not an ambassador, who is of the embassy's country (below) */
        if (doc->things[m->refs[k]].country < 0 && !events_is_ambassador(&doc->things[m->refs[k]])) {
          doc->things[m->refs[k]].country = v->host;
        }
      }
    }
  }
  for (size_t i = 0; i < doc->n_things; i++) {
    PactThing *t = &doc->things[i];
    if (t->dead || t->country >= 0 || (t->cls != PACT_PERSON && t->cls != PACT_INSTITUTION)) {
      continue;
    }
    /* "Nations unies", "African Union": international bodies and units of
     * kind "other" are no country's by default */
    if (t->cls == PACT_INSTITUTION && t->kind && strcmp(t->kind, "other") == 0) {
      continue;
    }
    /* "at the Embassy of Senegal in Lisbon by Ambassador Awa Sarr": an
     * ambassador is from the country of the embassy the sentence names */
    if (t->cls == PACT_PERSON && events_is_ambassador(t)) {
      int32_t c = embassy_country(doc, t->sentence);
      if (c >= 0) {
        t->country = c;
        continue;
      }
    }
    if (t->cls == PACT_PERSON && t->first_tok < doc->toks.n) {
      int32_t c = delegation_country(doc, t->first_tok);
      if (c < 0 && !is_visitor(doc, (int32_t)i)) {
        c = opening_place_country(doc, t->first_tok);
      }
      if (c >= 0) {
        t->country = c;
        continue;
      }
    }
    if (doc->host >= 0 && (int32_t)i != visitor && !is_visitor(doc, (int32_t)i)) {
      t->country = doc->host;
      guessed[i] = t->cls == PACT_PERSON;
    } else if (doc->home >= 0) {
      t->country = doc->home;
    }
  }
}

/* "LA PAZ, Bolivia - ... only days after he signed a document in Tehran
 * ... The rapprochement began under former President Evo Morales": when
 * the story's visitor is of the dateline's country, the report is told
 * from home, and whom it places nowhere is of home, not of the country
 * visited. Asked once the visits of those present are read, which took
 * them for hosts (a guess makes no visit). */
void
pact_doc_home_guesses(PactDoc *doc, const uint8_t *guessed, size_t n)
{
  int32_t visitor = first_visitor(doc);

  if (visitor < 0 || doc->home < 0 || doc->things[visitor].country != doc->home) {
    return;
  }
  for (size_t i = 0; i < n; i++) {
    if (guessed[i]) {
      doc->things[i].country = doc->home;
    }
  }
}
