/* Agreements: a cue of the lexicon (memorandum of understanding, treaty)
 * and what its sentence says around it: the stage (expected, negotiating,
 * signed, in force), when and where it was signed, the countries that are
 * its parties and the areas it covers, and who signed it where "signed by"
 * says so (the other signers: signatories.c, once meetings are known). */
#include "extract/events.h"
#include "extract/persons.h"
#include "util/calendar.h"

#include <stdlib.h>
#include <string.h>

static const int stage_order[] = {0, 1, 2, 3, 4};

static int
stage(const char *status)
{
  if (!status) {
    return 0;
  }
  if (strcmp(status, "expected") == 0) {
    return stage_order[1];
  }
  if (strcmp(status, "negotiating") == 0) {
    return stage_order[2];
  }
  if (strcmp(status, "signed") == 0) {
    return stage_order[3];
  }
  if (strcmp(status, "in_force") == 0) {
    return stage_order[4];
  }
  return 0;
}

/* Of the agreements named in [a, b), the one nearest to token `tok` (its
 * first token): a sentence may name two ("the protocol inked today and
 * the treaty still being negotiated"), and each cue is about the nearer. */
size_t
events_nearest_agreement(const PactDoc *doc, size_t a, size_t b, size_t tok)
{
  size_t best = (size_t)-1;
  size_t best_dist = (size_t)-1;

  for (size_t i = a; i < b; i++) {
    const PactMatch *m = pact_doc_match_at(doc, i);
    size_t dist;
    if (!m || m->tok != i || !pact_doc_entry(doc, i, LEX_AGREEMENT)) {
      continue;
    }
    dist = i > tok ? i - tok : tok - i;
    /* a cue before the agreement ("signed a MoU") binds a little closer */
    if (i > tok && dist > 0) {
      dist--;
    }
    if (dist < best_dist) {
      best = i;
      best_dist = dist;
    }
  }
  return best;
}

/* How far after "signed by" the signers' names may run: a title and a
 * name ("le vice-ministre indonésien de la Défense, Agus Setiawan Hidayat"). */
#define SIGNERS_SPAN 20

/* "in the presence of", "en présence de", "witnessed by": those after it
 * watched the signing. */
static int
witnesses(const PactDoc *doc, size_t tok)
{
  return pact_doc_key_is(doc, tok, "presence") || pact_doc_key_is(doc, tok, "witnessed") ||
         pact_doc_key_is(doc, tok, "devant") || pact_doc_key_is(doc, tok, "before") ||
         /* "signed by A and B, with C and D looking on", ", sous les yeux de" */
         (tok > 0 && pact_doc_is_punct(doc, tok - 1, ',') &&
          (pact_doc_key_is(doc, tok, "with") || pact_doc_key_is(doc, tok, "sous")));
}

/* The persons named after the "by"/"par" at `by`, up to `max`, before
 * token b: within SIGNERS_SPAN tokens, a list that "..., et par Y" (or
 * "and by") carries on, and not past the witnesses. */
size_t
events_signers_after(const PactDoc *doc, size_t by, size_t b, int32_t *out, size_t max)
{
  size_t n = 0;
  size_t until = by + SIGNERS_SPAN;

  for (size_t k = by + 1; k < b && k < until && n < max && !witnesses(doc, k); k++) {
    int32_t o = doc->owner[k];
    if (o < 0 || doc->things[o].cls != PACT_PERSON) {
      o = events_described_at(doc, k); /* "par le ministre chinois et le général X" */
    }
    if (o >= 0 && doc->things[o].cls == PACT_PERSON && (n == 0 || out[n - 1] != o)) {
      out[n++] = o;
    }
    if ((pact_doc_key_is(doc, k, "par") || pact_doc_key_is(doc, k, "by")) &&
        (pact_doc_key_is(doc, k - 1, "et") || pact_doc_key_is(doc, k - 1, "and"))) {
      until = k + SIGNERS_SPAN;
    }
    /* "by X, the Minister Delegate ... of National Defence, and his
     * visiting Ivorian counterpart, Y": past a long title, the list goes
     * on with the counterpart */
    for (size_t j = k + 1; n > 0 && j < b && j < k + 4; j++) { /* an "and" just ahead */
      if (!(pact_doc_key_is(doc, j, "and") || pact_doc_key_is(doc, j, "et"))) {
        continue;
      }
      for (size_t c = j + 1; c < b && c < j + 6; c++) {
        /* "..., et le chef d'état-major général de la Force de défense
         * nationale éthiopienne, le maréchal Y": a title opens the next */
        if (pact_doc_key_is(doc, c, "counterpart") || pact_doc_key_is(doc, c, "homologue") ||
            pact_doc_has(doc, c, LEX_TITLE)) {
          until = c + SIGNERS_SPAN > until ? c + SIGNERS_SPAN : until;
          break;
        }
      }
      break;
    }
  }
  return n;
}

/* "a day after he signed", "two days after signing", "the day after":
 * how many days the signing at tok comes before the sentence's date; 0
 * when it is not told so. */
static int
days_before(const PactDoc *doc, size_t a, size_t tok)
{
  for (size_t i = tok; i > a && i + 6 > tok; i--) {
    if (pact_doc_key_is(doc, i - 1, "after") && i >= 3 && pact_doc_key_is(doc, i - 2, "day") &&
        (pact_doc_key_is(doc, i - 3, "a") || pact_doc_key_is(doc, i - 3, "one") ||
         pact_doc_key_is(doc, i - 3, "the"))) {
      return 1;
    }
    if (pact_doc_key_is(doc, i - 1, "after") && i >= 3 && pact_doc_key_is(doc, i - 2, "days")) {
      int n = events_cardinal(doc, i - 3);
      return n > 0 && n < 8 ? n : 0;
    }
  }
  return 0;
}

/* Whether the noun at tok is told with "a", "an", "un" or "une", across
 * up to three modifiers ("a draft technical agreement"). */
static int
indefinite(const PactDoc *doc, size_t tok)
{
  for (size_t i = tok; i > 0 && i + 4 > tok; i--) {
    if (pact_doc_key_is(doc, i - 1, "a") || pact_doc_key_is(doc, i - 1, "an") ||
        pact_doc_key_is(doc, i - 1, "un") || pact_doc_key_is(doc, i - 1, "une")) {
      return 1;
    }
    if (doc->toks.v[i - 1].kind != TOK_WORD || events_is_determiner(doc, i - 1) ||
        pact_doc_has(doc, i - 1, LEX_STATUS)) {
      return 0;
    }
  }
  return 0;
}

/* Whether the words of force at tok say the agreement is in force: "in
 * force" and "en vigueur" after a verb of being ("is in force", "reste en
 * vigueur"), not after a noun ("the laws in force"); and nothing of force
 * told as a condition to come ("once it has been ratified", "une fois
 * ratifié"). */
static int
in_force_here(const PactDoc *doc, size_t a, size_t tok)
{
  static const char *const being[] = {"is", "are", "was", "were", "be", "been", "remains", "remain", "remained",
                                      "est", "sont", "etait", "reste", "restent", "demeure", NULL};
  static const char *const until[] = {"once", "until", "after", "before", "pending", "fois", "des", "avant",
                                      "apres", "jusqu", NULL};
  static const char *const adverbs[] = {"still", "already", "now", "fully", "toujours", "deja", "desormais",
                                        "pleinement", NULL};
  size_t v = tok;

  for (size_t i = tok; i > a && i + 25 > tok; i--) {
    if (pact_doc_key_in(doc, i - 1, until)) {
      return 0;
    }
  }
  if ((pact_doc_key_is(doc, tok, "in") && pact_doc_key_is(doc, tok + 1, "force")) ||
      (pact_doc_key_is(doc, tok, "en") && pact_doc_key_is(doc, tok + 1, "vigueur"))) {
    while (v > a && pact_doc_key_in(doc, v - 1, adverbs)) {
      v--;
    }
    return v > 0 && pact_doc_key_in(doc, v - 1, being);
  }
  return 1;
}

/* Whether the words of signing to come at tok are the purpose of a
 * journey told as done: "s'est rendu mardi à Belgrade pour y signer",
 * "travelled to Rome on Monday to sign": the news of a signing. */
int
events_travelled_to_sign(const PactDoc *doc, size_t a, size_t tok)
{
  static const char *const purpose[] = {"to", "pour", NULL};
  static const char *const went[] = {"travelled", "traveled", "flew", "arrived", "came", "went", "rendu", "rendue",
                                     "arrivee", "venu", "venue", NULL};

  if (!pact_doc_key_in(doc, tok, purpose)) {
    return 0;
  }
  for (size_t i = tok; i > a && i + 16 > tok; i--) {
    if (pact_doc_key_in(doc, i - 1, went)) {
      return 1;
    }
  }
  return 0;
}

/* Whether thing t is dated a year or more before the article's year:
 * the story's history, not its news. */
static int
of_the_past(const PactDoc *doc, const PactThing *t)
{
  return t->date[0] && doc->text->year && atoi(t->date) > 0 && atoi(t->date) < doc->text->year - 1;
}

/* The last date told in the two sentences before the one that starts at
 * a, ranges too: the time a sentence without a date goes on in. */
static const PactDate *
time_before(const PactDoc *doc, size_t a)
{
  const PactDate *best = NULL;
  uint32_t s = a < doc->toks.n ? doc->toks.v[a].sentence : 0;

  for (size_t i = 0; i < doc->n_dates && doc->dates[i].tok < a; i++) {
    const PactDate *d = &doc->dates[i];
    if (!d->life && d->start[0] && doc->toks.v[d->tok].sentence + 2 >= s) {
      best = d;
    }
  }
  return best;
}

/* Where the clause of an agreement's words that starts at tok ends: the
 * next comma, full stop or semicolon, at most 14 tokens on. */
static size_t
own_clause_end(const PactDoc *doc, size_t tok, size_t b)
{
  size_t e = tok;

  while (e < b && e < tok + 14 && !pact_doc_is_punct(doc, e, ',') && !pact_doc_is_punct(doc, e, '.') &&
         !pact_doc_is_punct(doc, e, ';')) {
    e++;
  }
  return e;
}

/* The end of the span of time that starts at k, before b: up to four
 * of `spans` and numbers ("a week", "deux jours", "just three days"). */
static size_t
past_span(const PactDoc *doc, size_t k, size_t b, const char *const *spans)
{
  size_t e = k;

  while (e < b && e < k + 4 && (pact_doc_key_in(doc, e, spans) || doc->toks.v[e].kind == TOK_NUMBER)) {
    e++;
  }
  return e;
}

/* Where the countries of an agreement's sentence [a, b) that may be its
 * parties end: before a clause of time after a comma past the
 * agreement's words at tok ("..., a week after Mogadishu tore up its
 * security arrangements with the UAE", ", deux jours après"), or told by
 * its span right after them ("The deal comes weeks after Ethiopia
 * signed"), which tells another matter; else b. */
static size_t
parties_end(const PactDoc *doc, size_t tok, size_t b)
{
  static const char *const subordinators[] = {"after", "before", "since", "while", "whereas", "following",
                                               "apres", "avant", "depuis", "tandis", NULL};
  static const char *const spans[] = {"a", "an", "one", "two", "three", "four", "few", "several", "day", "days",
                                      "week", "weeks", "month", "months", "year", "years", "une", "un", "deux",
                                      "trois", "quelques", "jour", "jours", "semaine", "semaines", "mois", "ans",
                                      "annee", "annees", "just", "only", "barely", "seulement", NULL};

  /* "The deal comes weeks after Ethiopia signed ...": a time told by
   * its span right after the agreement's words, no comma needed */
  for (size_t i = tok + 1; i < b && i < tok + 4; i++) {
    size_t k = past_span(doc, i, b, spans);
    if (k > i && pact_doc_key_in(doc, k, subordinators)) {
      return i;
    }
  }
  for (size_t i = tok; i < b; i++) {
    if (pact_doc_is_punct(doc, i, ',') && pact_doc_key_in(doc, past_span(doc, i + 1, b, spans), subordinators)) {
      return i;
    }
    /* "signed ... in this Arctic port city, where the prime minister
     * hosted the Swedish premier": a clause of place tells another
     * matter */
    if (pact_doc_is_punct(doc, i, ',') && pact_doc_key_is(doc, i + 1, "where")) {
      return i;
    }
  }
  return b;
}

/* The two countries a clause [a, b) names as a pair, one of them after
 * "with"/"avec" ("Australia struck with Japan"); 0 when it does not. */
static size_t
own_pair(const PactDoc *doc, size_t a, size_t b, int32_t out[4])
{
  size_t n = 0;
  int with = 0;

  for (size_t i = a; i < b && n < 4; i++) {
    const PactLexEntry *c = pact_doc_entry(doc, i, LEX_COUNTRY);
    const PactMatch *m = pact_doc_match_at(doc, i);
    if (pact_doc_key_is(doc, i, "with") || pact_doc_key_is(doc, i, "avec")) {
      with = 1;
    }
    if (c && m && m->tok == i && (n == 0 || out[n - 1] != c->value) && (n < 1 || out[0] != c->value)) {
      out[n++] = c->value;
    }
  }
  return with && n == 2 ? 2 : 0;
}

/* Whether agreement t's candidate parties so far hold every country of
 * `countries` (country codes' values). */
static int
holds_countries(const PactDoc *doc, const PactThing *t, const int32_t *countries, size_t n)
{
  for (size_t k = 0; k < n; k++) {
    int held = 0;
    for (size_t i = 0; i < t->n_refs2 && !held; i++) {
      held = doc->things[t->refs2[i]].country == countries[k];
    }
    if (!held) {
      return 0;
    }
  }
  return 1;
}

/* Whether the agreement at mt is named (a capitalised word before its
 * capitalised noun) and told "of YEAR" for a past year, "the Lombok
 * Treaty of 2006", or has the past year before it, "the 1984 Treaty of
 * Peace", "a 1992 defence agreement"; *year is then that year's date. */
static int
named_of_year(const PactDoc *doc, const PactMatch *mt, PactDate *year)
{
  size_t e = mt->tok + mt->n;
  int y;

  /* "the 1984 Treaty of Peace and Friendship", "a 1992 defence
   * agreement": a past year right before the noun, after an article */
  if (mt->tok >= 2 && doc->toks.v[mt->tok - 1].kind == TOK_NUMBER && doc->toks.v[mt->tok - 1].key_len == 4 &&
      (pact_doc_key_is(doc, mt->tok - 2, "the") || pact_doc_key_is(doc, mt->tok - 2, "a") ||
       pact_doc_key_is(doc, mt->tok - 2, "its") || pact_doc_key_is(doc, mt->tok - 2, "their"))) {
    e = mt->tok - 2;
  } else if (mt->tok == 0 || !(doc->toks.v[mt->tok].flags & TF_CAP) ||
             !(doc->toks.v[mt->tok - 1].flags & TF_CAP) ||
             !(pact_doc_key_is(doc, e, "of") || pact_doc_key_is(doc, e, "de")) || e + 1 >= doc->toks.n ||
             doc->toks.v[e + 1].kind != TOK_NUMBER || doc->toks.v[e + 1].key_len != 4) {
    return 0;
  }
  y = atoi(pact_token_key(&doc->toks, e + 1));
  if (y < 1900 || !doc->text->year || y >= doc->text->year) {
    return 0;
  }
  memset(year, 0, sizeof *year);
  year->tok = (uint32_t)(e + 1);
  year->n = 1;
  pact_iso_format(year->start, y, 0, 0);
  return 1;
}

/* Whether a plural agreement word is the object of a signing that tells
 * them as one package: "signed a set of defence cooperation agreements",
 * "ont signé plusieurs accords": one agreement of the story. */
static int
signed_as_set(const PactDoc *doc, const PactMatch *mt)
{
  static const char *const sets[] = {"set", "series", "package", "number", "several", "plusieurs", "serie",
                                     "ensemble", NULL};
  int set = 0;

  for (size_t i = mt->tok; i > 0 && i + 8 > mt->tok; i--) {
    const PactLexEntry *s = pact_doc_entry(doc, i - 1, LEX_STATUS);
    set |= pact_doc_key_in(doc, i - 1, sets);
    if (s && s->kind && strcmp(s->kind, "signed") == 0) {
      return set;
    }
    if (doc->toks.v[i - 1].flags & TF_SENT) {
      return 0;
    }
  }
  return 0;
}

/* Whether the agreement's words at tok end with "pact"/"pacte": the
 * press's word for any agreement, of no kind of its own. */
static int
loose_word(const PactDoc *doc, size_t tok)
{
  static const char *const pacts[] = {"pact", "pacts", "pacte", "pactes", NULL};
  const PactMatch *m = pact_doc_match_at(doc, tok);

  return m && m->tok == tok && pact_doc_key_in(doc, tok + m->n - 1, pacts);
}

/* Whether the agreement word at mt is one that names no agreement of
 * its own: "texte", "document". */
static int
stand_in(const PactDoc *doc, const PactMatch *mt)
{
  return mt->n == 1 && (pact_doc_key_is(doc, mt->tok, "texte") || pact_doc_key_is(doc, mt->tok, "document"));
}

PactStatus
pact_doc_agreements(PactDoc *doc)
{
  int32_t specific = -1;
  size_t n_agreements = 0;
  int32_t first_agreement = -1;
  /* "at its close", "à l'issue": the last day of the time told before */
  static const char *const closing[] = {"close", "closing", "end", "conclusion", "cloture", "issue", "fin", NULL};
  /* a signing done, not one asked for ("a plaidé pour une signature") */
  static const char *const past_signing[] = {"signed", "inked", "concluded", "signe", "signee", "signes",
                                             "conclu", "conclue", NULL};
  /* words that make an agreement another than the one told before */
  static const char *const another[] = {"second", "another", "separate", "autre", "distinct", "distincte",
                                        "deuxieme", "seconde", NULL};
  static const char *const previous[] = {"previous", "earlier", "former", "precedent", "precedente", "ancien",
                                         "ancienne", NULL};
  PactDate range_end = {0};
  PactDate listed = {0};

  /* Two passes: specific kinds first, so that "the agreement" after "the
   * MoU" is the MoU. */
  for (int pass = 0; pass < 2; pass++) {
    for (size_t m = 0; m < doc->n_matches; m++) {
      const PactMatch *mt = &doc->matches[m];
      const PactLexEntry *e = pact_doc_entry(doc, mt->tok, LEX_AGREEMENT);
      int generic;
      size_t a;
      size_t b;
      int32_t at = -1;
      PactThing *t;
      int32_t found[16];
      size_t nf;
      const PactDate *date;
      const char *status = NULL;
      size_t sign_tok = 0;
      int definite;

      if (!e || !e->kind) {
        continue;
      }
      generic = strcmp(e->kind, "agreement") == 0;
      if (generic != (pass == 1)) {
        continue;
      }

      /* "two protocols", "two letters of intent": a counted set */
      int set = events_agreement_set(doc, mt);
      if (events_is_plural(doc, mt->tok, mt->n) && !signed_as_set(doc, mt) && set < 2) {
        continue;
      }
      if (events_no_agreement_cue(doc, mt)) {
        continue;
      }
      events_sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
      for (size_t i = a; i < b; i++) {
        const PactLexEntry *s = pact_doc_entry(doc, i, LEX_STATUS);
        if (s && s->kind && strcmp(s->kind, "in_force") == 0 && !in_force_here(doc, a, i)) {
          continue;
        }
        if (s && s->kind && stage(s->kind) > stage(status) && events_nearest_agreement(doc, a, b, i) == mt->tok) {
          status = events_travelled_to_sign(doc, a, i) ? "signed" : s->kind;
          sign_tok = i;
        }
      }
      date = events_date_in(doc, a, b, sign_tok ? sign_tok : mt->tok, 0);
      /* "L'accord a été paraphé ...", "The agreement was signed by ...":
       * the one already told, whatever other date the sentence holds */
      definite = mt->tok > 0 &&
                 (pact_doc_key_is(doc, mt->tok - 1, "the") || pact_doc_key_is(doc, mt->tok - 1, "this") ||
                  pact_doc_key_is(doc, mt->tok - 1, "cet") || pact_doc_key_is(doc, mt->tok - 1, "cette") ||
                  pact_doc_key_is(doc, mt->tok - 1, "ce") || pact_doc_key_is(doc, mt->tok - 1, "le") ||
                  pact_doc_key_is(doc, mt->tok - 1, "la") ||
                  (pact_doc_is_punct(doc, mt->tok - 1, '\'') && mt->tok > 1 && pact_doc_key_is(doc, mt->tok - 2, "l")));
      /* the same kind (or, for a generic word, any agreement already seen)
       * is the same agreement unless its own date says otherwise */
      for (size_t i = 0; i < doc->n_things; i++) {
        PactThing *o = &doc->things[i];
        if (o->cls != PACT_AGREEMENT || o->dead) {
          continue;
        }
        /* a generic word ("the plan", "l'accord") signed on a day of its
         * own, told sentences before an agreement of a kind of its own,
         * is not that one: "la signature, lundi, du plan de coopération"
         * opens a story whose history ends with "la signature d'un
         * protocole" */
        if (generic && strcmp(o->kind, e->kind) != 0 && o->first_tok > mt->tok && date && status &&
            doc->toks.v[o->first_tok].sentence > doc->toks.v[mt->tok].sentence + 1) {
          continue;
        }
        /* "in June the two sides also settled on a five-year roadmap"
         * beside "a memorandum signed in October 2003": a date of
         * another year is another agreement, whatever the verb */
        int other_year = !definite && date && date->start[0] && o->date[0] &&
                         atoi(date->start) != atoi(o->date);
        if ((strcmp(o->kind, e->kind) == 0 || generic) && !other_year &&
            (definite || !(date && status && stage(status) >= 3 && o->date[0] && strcmp(o->date, date->start) != 0))) {
          /* of several, the one told last before this mention; but "the
           * MoU" of a sentence without a date is the story's, not one of
           * its history ("replacing a memorandum signed in 1993") */
          int later = at < 0 || (o->first_tok < mt->tok &&
                                 (doc->things[at].first_tok > mt->tok || o->first_tok > doc->things[at].first_tok));
          if (at >= 0 && definite && !date && of_the_past(doc, &doc->things[at]) != of_the_past(doc, o)) {
            later = !of_the_past(doc, o);
          }
          if (later) {
            at = (int32_t)i;
          }
        }
      }
      /* "will try to conclude a defence cooperation agreement" after
       * "signing a letter of intent": an agreement told with "a" and at
       * another stage (to come, or done) is another one */
      if (at >= 0 && status && doc->things[at].status && indefinite(doc, mt->tok) &&
          (stage(status) >= 3) != (stage(doc->things[at].status) >= 3)) {
        at = -1;
      }
      /* "Two documents were signed: a memorandum of understanding on
       * education and an agreement under which the navies ...": a second
       * agreement told with "a" beside the first, in one list */
      if (at >= 0 && generic && indefinite(doc, mt->tok)) {
        static const char *const and[] = {"and", "et", NULL};
        for (size_t i = a; i < mt->tok; i++) {
          const PactLexEntry *other = pact_doc_entry(doc, i, LEX_AGREEMENT);
          const PactMatch *om = pact_doc_match_at(doc, i);
          if (other && other->kind && strcmp(other->kind, "agreement") != 0 && om->tok == i && indefinite(doc, i) &&
              pact_doc_first_in(doc, i + om->n, mt->tok, and) < mt->tok) {
            /* signed with it, then: its status and date */
            if (!status && doc->things[at].status) {
              status = doc->things[at].status;
              if (doc->things[at].date[0]) {
                memcpy(listed.start, doc->things[at].date, sizeof listed.start);
                date = &listed;
              }
            }
            at = -1;
            break;
          }
        }
      }
      /* "Le texte a été signé mercredi", "put their names to the
       * document": a word that names no agreement of its own stands in
       * for one told before, and only after a definite word */
      if (stand_in(doc, mt) && (at < 0 || !definite || doc->things[at].first_tok > mt->tok)) {
        continue;
      }
      /* "witnessed the signing of a second MOU", "un autre accord",
       * "signed a separate cooperation agreement with him": not the one
       * told before */
      if (at >= 0 && mt->tok > 0 && pact_doc_key_in(doc, mt->tok - 1, another)) {
        at = -1;
      }
      /* "Le précédent accord entre les deux voisins remontait au 12
       * décembre 1963", "the previous agreement": one before the story's,
       * signed then */
      if (mt->tok > 0 && pact_doc_key_in(doc, mt->tok - 1, previous)) {
        at = -1;
        if (!status && date && doc->text->year && atoi(date->start) > 0 && atoi(date->start) < doc->text->year) {
          status = "signed";
        }
      }
      /* "the reciprocal access agreement Australia struck with Japan in
       * 2022": a pair its own clause names, other than the agreement's
       * found, makes another one, with that clause's date */
      size_t own_end = own_clause_end(doc, mt->tok + mt->n, b);
      int32_t own[4];
      size_t n_own = own_pair(doc, mt->tok + mt->n, own_end, own);
      if (at >= 0 && n_own == 2 && !holds_countries(doc, &doc->things[at], own, n_own)) {
        at = -1;
        a = mt->tok;
        b = own_end;
        date = events_date_in(doc, a, b, mt->tok, 0);
      }
      /* "the Lombok Treaty of 2006": a named agreement of a past year,
       * signed then; and "a 2002 agreement in which Bogota and Lima
       * committed": a generic word only by its year before it, and then
       * one of that year, not the story's (unless that is its year) */
      PactDate own_year;
      if (!status && (!generic || (mt->tok > 0 && doc->toks.v[mt->tok - 1].kind == TOK_NUMBER)) &&
          named_of_year(doc, mt, &own_year)) {
        status = "signed";
        date = &own_year;
        if (generic && at >= 0 && strncmp(doc->things[at].date, own_year.start, 4) != 0) {
          at = -1;
        }
      }
      /* what is still to come is not one signed years ago */
      if (at >= 0 && status && stage(status) < 3 && of_the_past(doc, &doc->things[at])) {
        at = -1;
      }
      /* "The previous round was held in Baku on November 5-7, 2019. At its
       * close, X and Y signed a protocol": "a" protocol signed, in a
       * sentence with no date, after a date of another year than the one
       * it would join, is another one, of that time */
      if (at >= 0 && !date && status && stage(status) >= 3 && indefinite(doc, mt->tok) &&
          doc->things[at].date[0] && sign_tok && pact_doc_key_in(doc, sign_tok, past_signing)) {
        const PactDate *then = time_before(doc, a);
        /* a sentence with a date of its own, even one not known ("le
         * lendemain, mercredi"), is not in the time told before */
        for (size_t i = 0; then && i < doc->n_dates; i++) {
          if (doc->dates[i].tok >= a && doc->dates[i].tok < b) {
            then = NULL;
          }
        }
        if (then && strncmp(then->start, doc->things[at].date, 4) != 0) {
          at = -1;
          date = then;
          if (then->range && then->end[0] && pact_doc_first_in(doc, a, b, closing) < b) {
            memcpy(range_end.start, then->end, sizeof range_end.start);
            date = &range_end;
          }
        }
      }
      if (generic && at < 0 && !(status || date)) {
        continue; /* "an agreement" in passing: not one we can describe */
      }
      if (at < 0) {
        t = pact_doc_add(doc, PACT_AGREEMENT);
        if (!t) {
          return PACT_ERR_NOMEM;
        }
        t->kind = e->kind;
        t->first_tok = mt->tok;
        t->sentence = doc->toks.v[mt->tok].sentence;
        at = (int32_t)(doc->n_things - 1);
        n_agreements++;
        if (first_agreement < 0) {
          first_agreement = at;
        }
        if (!generic) {
          specific = at;
        }
      }
      t = &doc->things[at];
      if (set > t->set) {
        t->set = (uint8_t)set;
      }
      /* "defence pact" in a headline, "defence cooperation agreement"
       * in the text: "pact" is the press's word for any agreement, so a
       * word that names a kind says which */
      if (loose_word(doc, t->first_tok) && !loose_word(doc, mt->tok) && strcmp(t->kind, e->kind) != 0) {
        t->kind = e->kind;
      }
      PACT_TRY(pact_thing_mention(t, doc->toks.v[mt->tok].start, doc->toks.v[mt->tok + mt->n - 1].end));
      if (stage(status) > stage(t->status)) {
        t->status = status;
      }
      if (status && stage(status) >= 3 && !t->date[0]) {
        /* "on Tuesday inaugurated a plant, a day after he signed a
         * memorandum": the date told, less the days between */
        int shift = sign_tok ? days_before(doc, a, sign_tok) : 0;
        if (date && shift && strlen(date->start) == 10) {
          pact_date_plus_days(date->start, -shift, t->date);
        } else if (date) {
          memcpy(t->date, date->start, sizeof t->date);
        } else if (stage(status) == 3 && (date = events_narrative_date(doc, mt->tok)) != NULL &&
                   strlen(date->start) == 10) {
          /* "L'entretien a été marqué par la signature ...": the day of
           * the story told before */
          memcpy(t->date, date->start, sizeof t->date);
        }
      }
      if (status && stage(status) >= 3 && t->place < 0) {
        t->place = events_place_in(doc, a, b);
      }
      nf = events_countries_in(doc, a, parties_end(doc, mt->tok + mt->n, b), found, 16);
      /* "In January, Nouatin also signed a military cooperation agreement
       * with the United States": one country told, and the signer's
       * before the agreement is the other party */
      for (size_t i = a; nf == 1 && i < mt->tok; i++) {
        int32_t p = events_person_at(doc, i);
        if (p >= 0 && doc->things[p].country >= 0 && doc->things[p].country != found[0]) {
          found[nf++] = doc->things[p].country;
        }
      }
      for (size_t i = 0; i < nf; i++) {
        int32_t c = pact_doc_country(doc, found[i]);
        if (c < 0) {
          return PACT_ERR_NOMEM;
        }
        PACT_TRY(pact_thing_ref(&t->refs2, &t->n_refs2, c)); /* candidates, settled below */
      }
      /* "signed by X and Y": "by" right after a word of signing; "..., et
       * par son homologue Y": a second "by" after "and" */
      {
        int signing = 0;
        for (size_t i = a + 1; i + 1 < b; i++) {
          const PactLexEntry *sg = pact_doc_entry(doc, i - 1, LEX_STATUS);
          int by = pact_doc_key_is(doc, i, "by") || pact_doc_key_is(doc, i, "par");
          if (!sg && i >= 2) {
            sg = pact_doc_entry(doc, i - 2, LEX_STATUS);
          }
          if (!by) {
            continue;
          }
          if (sg && sg->kind && strcmp(sg->kind, "signed") == 0) {
            signing = 1;
          } else if (!(signing && (pact_doc_key_is(doc, i - 1, "and") || pact_doc_key_is(doc, i - 1, "et")))) {
            continue;
          }
          {
            int32_t signers[32];
            size_t ns = events_signers_after(doc, i, b, signers, 32);
            for (size_t k = 0; k < ns; k++) {
              PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, -2 - signers[k])); /* signatory, marked */
            }
          }
        }
      }
    }
  }
  (void)specific;
  {
    size_t added;
    PACT_TRY(events_agreement_copies(doc, &added));
    n_agreements += added;
  }
  /* Settle parties: countries of the sentences, or the principal pair. */
  for (size_t i = 0; i < doc->n_things; i++) {
    PactThing *t = &doc->things[i];
    int32_t found[16];
    size_t nf = 0;
    int32_t *signers;
    size_t n_signers = 0;
    if (t->cls != PACT_AGREEMENT || t->dead) {
      continue;
    }
    for (size_t k = 0; k < t->n_refs2 && nf < 16; k++) {
      found[nf++] = doc->things[t->refs2[k]].country;
    }
    signers = t->refs;
    n_signers = t->n_refs;
    t->refs = NULL;
    t->n_refs = 0;
    free(t->refs2);
    t->refs2 = NULL;
    t->n_refs2 = 0;
    for (size_t k = 0; k < n_signers; k++) {
      PACT_TRY(pact_thing_ref(&t->refs2, &t->n_refs2, -2 - signers[k]));
    }
    free(signers);
    PACT_TRY(events_give_countries(doc, t, found, nf));
  }
  /* Areas: all of the article's for its only agreement; else those of the
   * agreement's sentences. */
  for (size_t m = 0; m < doc->n_matches; m++) {
    const PactMatch *mt = &doc->matches[m];
    const PactLexEntry *e = pact_doc_entry(doc, mt->tok, LEX_AREA);
    if (!e) {
      continue;
    }
    for (size_t i = 0; i < doc->n_things; i++) {
      PactThing *t = &doc->things[i];
      if (t->cls != PACT_AGREEMENT || t->dead) {
        continue;
      }
      if (n_agreements == 1 || t->sentence == doc->toks.v[mt->tok].sentence) {
        PACT_TRY(pact_thing_ref(&t->areas, &t->n_areas, e->value));
      }
    }
  }
  return events_agreement_shares(doc);
}
