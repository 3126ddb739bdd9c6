/* Agreements, exercises, visits and meetings: a cue word of the lexicons
 * (memorandum of understanding, joint exercise, visit, met), and what the
 * same sentence says around it: who, where, when, at which stage. */
#define _POSIX_C_SOURCE 200809L
#include "extract/doc.h"
#include "util/calendar.h"
#include "util/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

static const PactLexEntry *
entry_kind(const PactDoc *doc, size_t tok, PactLexType type, const char *kind)
{
  const PactLexEntry *e = pact_doc_entry(doc, tok, type);

  return e && e->kind && (!kind || (e->kind[0] == kind[0] && strcmp(e->kind, kind) == 0)) ? e : NULL;
}

/* Tokens [a, b) of sentence s. */
static void
sentence_span(const PactDoc *doc, uint32_t s, size_t around, size_t *a, size_t *b)
{
  size_t i = around;
  size_t j = around;

  while (i > 0 && doc->toks.v[i - 1].sentence == s) {
    i--;
  }
  while (j < doc->toks.n && doc->toks.v[j].sentence == s) {
    j++;
  }
  *a = i;
  *b = j;
}

/* "NAIROBI, June 3 -", "DAKAR, 3 juin —": the dateline's date is the
 * report's, not an event's. A date near the story's start, after a
 * comma and before a dash or a colon. */
static int
dateline_date(const PactDoc *doc, const PactDate *d)
{
  size_t after = d->tok + d->n;
  size_t line = d->tok;
  size_t lines = 0;

  /* near the start of the text's first or second line (a headline may
   * come first) */
  while (line > 0 && !(doc->toks.v[line].flags & TF_NEWLINE)) {
    line--;
  }
  for (size_t i = 0; i < line && lines < 2; i++) {
    lines += (doc->toks.v[i].flags & TF_NEWLINE) != 0;
  }
  if (d->tok - line > 12 || lines >= 2) {
    return 0;
  }
  if (d->tok == 0 || !pact_doc_is_punct(doc, d->tok - 1, ',') || after >= doc->toks.n ||
      doc->toks.v[after].kind != TOK_PUNCT) {
    return 0;
  }
  return pact_doc_is_punct(doc, after, '-') || pact_doc_is_punct(doc, after, ':') ||
         strncmp(doc->text->text + doc->toks.v[after].start, "\xe2\x80\x94", 3) == 0 ||
         strncmp(doc->text->text + doc->toks.v[after].start, "\xe2\x80\x93", 3) == 0;
}

/* The date expression of [a, b) nearest to `near`, or NULL. When the
 * nearest is one that cannot be resolved ("on Tuesday" without an article
 * date), the answer is NULL too: a farther date is about something else. */
static const PactDate *
date_in(const PactDoc *doc, size_t a, size_t b, size_t near, int want_range)
{
  const PactDate *best = NULL;
  size_t best_dist = (size_t)-1;

  for (size_t i = 0; i < doc->n_dates; i++) {
    const PactDate *d = &doc->dates[i];
    size_t dist;
    if (d->tok < a || d->tok >= b || (want_range && !d->range) || d->life || dateline_date(doc, d)) {
      continue;
    }
    dist = d->tok > near ? d->tok - near : near - d->tok;
    if (dist < best_dist) {
      best = d;
      best_dist = dist;
    }
  }
  return best && best->start[0] ? best : NULL;
}

/* A sentence with no date of its own goes on in the time of the story
 * told before it: the last date named earlier in the article ("signed on
 * Monday ... on the sidelines of talks between Tusk and Schoof"; "In May
 * ... At a joint press conference with Schoof, he invited"). Not a range:
 * that is the visit's span, not the day of one meeting in it; nor a date
 * told in the pluperfect. */
static const PactDate *
narrative_date(const PactDoc *doc, size_t tok)
{
  const PactDate *best = NULL;

  static const char *const pluperfect[] = {"had", "avait", "avaient", NULL};

  for (size_t i = 0; i < doc->n_dates && doc->dates[i].tok < tok; i++) {
    const PactDate *d = &doc->dates[i];
    int past = d->life;
    /* "replacing a memorandum the two countries had signed in 1993": a
     * date of the story's past, not of its time */
    for (size_t k = d->tok > 4 ? d->tok - 4 : 0; k < d->tok && !past; k++) {
      past = pact_doc_key_in(doc, k, pluperfect);
    }
    /* a date of years before, deep in its sentence, is a clause's
     * history ("after the steps India took on August 5, 2019"), not the
     * story's time; one that opens its sentence ("In 2019, ...") is */
    if (!past && d->start[0] && doc->text->year && atoi(d->start) < doc->text->year) {
      size_t a;
      size_t b;
      sentence_span(doc, doc->toks.v[d->tok].sentence, d->tok, &a, &b);
      past = d->tok > a + 6 && (atoi(d->start) < doc->text->year - 1 || strlen(d->start) == 10);
    }
    /* a sentence's first date (after the dateline's) is its time; a
     * later one is of a clause within it ("signed on Tuesday a plan of 79
     * activities, against 48 in 2023") */
    if (!d->range && d->start[0] && !past &&
        (!best || doc->toks.v[best->tok].sentence != doc->toks.v[d->tok].sentence || dateline_date(doc, best))) {
      best = d;
    }
  }
  return best;
}

static int
is_plural(const PactDoc *doc, size_t tok, size_t n)
{
  const char *key = pact_token_key(&doc->toks, tok + n - 1);
  size_t len = strlen(key);

  return (len > 3 && key[len - 1] == 's' && key[len - 2] != 's') || strcmp(key, "memoranda") == 0;
}

/* Countries that the sentence [a, b) names. */
static size_t
countries_in(const PactDoc *doc, size_t a, size_t b, int32_t *out, size_t max)
{
  size_t n = 0;

  for (size_t i = a; i < b && n < max; i++) {
    const PactLexEntry *c = pact_doc_entry(doc, i, LEX_COUNTRY);
    int seen = 0;
    if (!c) {
      continue;
    }
    for (size_t k = 0; k < n; k++) {
      seen |= out[k] == c->value;
    }
    if (!seen) {
      out[n++] = c->value;
    }
  }
  return n;
}

/* The article's two most named countries. */
static size_t
principal_countries(const PactDoc *doc, int32_t out[2])
{
  int32_t first = -1;
  int32_t second = -1;
  for (size_t c = 0; c < doc->n_countries; c++) {
    int32_t count = doc->country_count[c];
    if (count <= 0) {
      continue;
    }
    if (first < 0 || count > doc->country_count[first]) {
      second = first;
      first = (int32_t)c;
    } else if (second < 0 || count > doc->country_count[second]) {
      second = (int32_t)c;
    }
  }
  out[0] = first;
  out[1] = second;
  return (size_t)(first >= 0) + (size_t)(second >= 0);
}

/* Whether the country or place at tok stands after "with", "avec",
 * "between", "against" (past an article), or after "from", "venu de":
 * what one goes to is not. */
static int
not_destination(const PactDoc *doc, size_t tok)
{
  static const char *const articles[] = {"la", "le", "l", "les", "the", NULL};
  static const char *const others[] = {"with", "avec", "between", "entre", "against", "contre", NULL};
  static const char *const joins[] = {"and", "et", NULL};
  static const char *const origins[] = {"venu", "venue", "venus", "arrive", "arrivee", "arrives", "provenance",
                                        "retour", "originaire", NULL};
  size_t k = tok;

  for (int hops = 0; hops < 4; hops++) {
    while (k > 0 && (pact_doc_key_in(doc, k - 1, articles) || pact_doc_is_punct(doc, k - 1, '\''))) {
      k--;
    }
    if (k > 0 && pact_doc_key_in(doc, k - 1, others)) {
      return 1;
    }
    /* "venu de Tokyo pour l'occasion", "flew in from Tokyo": where one
     * comes from */
    if (k > 1 && (pact_doc_key_is(doc, k - 1, "from") ||
                  ((pact_doc_key_is(doc, k - 1, "de") || pact_doc_key_is(doc, k - 1, "d")) &&
                   pact_doc_key_in(doc, k - 2, origins)))) {
      return 1;
    }
    /* "with Russia and Belarus": the country joined to one of those */
    if (k < 2 || !(pact_doc_key_in(doc, k - 1, joins) || pact_doc_is_punct(doc, k - 1, ',')) ||
        !(pact_doc_has(doc, k - 2, LEX_COUNTRY) || pact_doc_has(doc, k - 2, LEX_PLACE))) {
      return 0;
    }
    const PactMatch *m = pact_doc_match_at(doc, k - 2);
    k = m ? m->tok : k - 2;
  }
  return 0;
}

/* Country parties: those of the sentences, kept to the principal ones
 * when a passing mention adds more; the principal pair when the sentences
 * name fewer than two ("les deux parties"). */
static PactStatus
give_countries(PactDoc *doc, PactThing *t, const int32_t *found, size_t n)
{
  int32_t top[2];
  size_t n_top = principal_countries(doc, top);

  if (n >= 2) {
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
      kept += doc->country_count[found[i]] >= 2;
    }
    for (size_t i = 0; i < n; i++) {
      if (kept < 2 || doc->country_count[found[i]] >= 2) {
        int32_t c = pact_doc_country(doc, found[i]);
        if (c < 0) {
          return PACT_ERR_NOMEM;
        }
        PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, c));
      }
    }
    return PACT_OK;
  }
  for (size_t i = 0; i < n; i++) {
    int32_t c = pact_doc_country(doc, found[i]);
    if (c < 0) {
      return PACT_ERR_NOMEM;
    }
    PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, c));
  }
  for (size_t i = 0; i < n_top && t->n_refs < 2; i++) {
    int32_t c = pact_doc_country(doc, top[i]);
    if (c < 0) {
      return PACT_ERR_NOMEM;
    }
    PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, c));
  }
  return PACT_OK;
}

static int32_t
place_in(const PactDoc *doc, size_t a, size_t b)
{
  for (size_t i = a; i < b; i++) {
    int32_t o = doc->owner[i];
    const PactLexEntry *p = pact_doc_entry(doc, i, LEX_PLACE);
    if (p && !not_destination(doc, i)) {
      /* not "ties with Beijing": no one meets there */
      const PactLexPlace *place = pact_lexicon_place(doc->lex, p->value);
      int32_t t = pact_doc_find(doc, PACT_PLACE, place->name);
      if (t >= 0 && doc->things[t].dead != 2) {
        return t;
      }
    }
    /* a place found by its head ("Camp X", "X Naval Base") */
    if (pact_doc_has(doc, i, LEX_PLACE_HEAD)) {
      uint32_t at = doc->toks.v[i].start;
      for (size_t k = 0; k < doc->n_things; k++) {
        const PactThing *th = &doc->things[k];
        if (th->cls != PACT_PLACE || th->dead) {
          continue;
        }
        for (size_t j = 0; j < th->n_mentions; j++) {
          if (th->mentions[j].start <= at && at < th->mentions[j].end) {
            return (int32_t)k;
          }
        }
      }
    }
    (void)o;
  }
  return -1;
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
      int32_t t = place_in(doc, i + 1, i + 4 < b ? i + 4 : b);
      if (t >= 0) {
        return t;
      }
    }
  }
  return -1;
}

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

/* ---- agreements ------------------------------------------------------------ */

/* Of the agreements named in [a, b), the one nearest to token `tok` (its
 * first token): a sentence may name two ("the protocol inked today and
 * the treaty still being negotiated"), and each cue is about the nearer. */
static size_t
nearest_agreement(const PactDoc *doc, size_t a, size_t b, size_t tok)
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
         pact_doc_key_is(doc, tok, "devant") || pact_doc_key_is(doc, tok, "before");
}

/* The persons named after the "by"/"par" at `by`, up to `max`, before
 * token b: within SIGNERS_SPAN tokens, a list that "..., et par Y" (or
 * "and by") carries on, and not past the witnesses. */
static int32_t described_at(const PactDoc *doc, size_t tok);

static size_t
signers_after(const PactDoc *doc, size_t by, size_t b, int32_t *out, size_t max)
{
  size_t n = 0;
  size_t until = by + SIGNERS_SPAN;

  for (size_t k = by + 1; k < b && k < until && n < max && !witnesses(doc, k); k++) {
    int32_t o = doc->owner[k];
    if (o < 0 || doc->things[o].cls != PACT_PERSON) {
      o = described_at(doc, k); /* "par le ministre chinois et le général X" */
    }
    if (o >= 0 && doc->things[o].cls == PACT_PERSON && (n == 0 || out[n - 1] != o)) {
      out[n++] = o;
    }
    if ((pact_doc_key_is(doc, k, "par") || pact_doc_key_is(doc, k, "by")) &&
        (pact_doc_key_is(doc, k - 1, "et") || pact_doc_key_is(doc, k - 1, "and"))) {
      until = k + SIGNERS_SPAN;
    }
  }
  return n;
}

/* Words that open a noun phrase and are never a name, capitalised only
 * because a sentence starts with them: "Cet exercice", "This exercise". */
static int
is_determiner(const PactDoc *doc, size_t tok)
{
  static const char *const words[] = {
    "the", "this", "that", "these", "those", "a", "an", "our", "their", "its", "his", "her", "each",
    "every", "next", "last", "le", "la", "les", "l", "un", "une", "ce", "cet", "cette", "ces", "notre",
    "nos", "leur", "leurs", "son", "sa", "ses", "chaque", "tout", "toute", "prochain", "prochaine",
    "dernier", "derniere", NULL};

  return pact_doc_key_in(doc, tok, words);
}

/* The value of a cardinal word at `tok`, looked up on its own (the token
 * may be inside a longer phrase such as "two-day visit"). */
static int
cardinal(const PactDoc *doc, size_t tok)
{
  uint32_t node = pact_lexicon_step_hash(doc->lex, pact_lexicon_root(doc->lex), doc->toks.v[tok].hash);
  size_t n;
  const PactLexEntry *e = pact_lexicon_entries(doc->lex, node, &n);

  for (size_t i = 0; i < n; i++) {
    if (e[i].type == LEX_CARDINAL) {
      return e[i].value;
    }
  }
  return 0;
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
      int n = cardinal(doc, i - 3);
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
    if (doc->toks.v[i - 1].kind != TOK_WORD || is_determiner(doc, i - 1) ||
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

/* Whether thing t is dated a year or more before the article's year:
 * the story's history, not its news. */
static int
of_the_past(const PactDoc *doc, const PactThing *t)
{
  return t->date[0] && doc->text->year && atoi(t->date) > 0 && atoi(t->date) < doc->text->year - 1;
}

static PactStatus
agreements(PactDoc *doc)
{
  int32_t specific = -1;
  size_t n_agreements = 0;
  int32_t first_agreement = -1;

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
      if (is_plural(doc, mt->tok, mt->n) && strcmp(e->kind, "mou") != 0) {
        continue;
      }
      if (is_plural(doc, mt->tok, mt->n)) {
        continue;
      }
      sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
      for (size_t i = a; i < b; i++) {
        const PactLexEntry *s = pact_doc_entry(doc, i, LEX_STATUS);
        if (s && s->kind && strcmp(s->kind, "in_force") == 0 && !in_force_here(doc, a, i)) {
          continue;
        }
        if (s && s->kind && stage(s->kind) > stage(status) && nearest_agreement(doc, a, b, i) == mt->tok) {
          status = s->kind;
          sign_tok = i;
        }
      }
      date = date_in(doc, a, b, sign_tok ? sign_tok : mt->tok, 0);
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
        if ((strcmp(o->kind, e->kind) == 0 || generic) &&
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
        } else if (stage(status) == 3 && (date = narrative_date(doc, mt->tok)) != NULL && strlen(date->start) == 10) {
          /* "L'entretien a été marqué par la signature ...": the day of
           * the story told before */
          memcpy(t->date, date->start, sizeof t->date);
        }
      }
      if (status && stage(status) >= 3 && t->place < 0) {
        t->place = place_in(doc, a, b);
      }
      nf = countries_in(doc, a, b, found, 16);
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
            size_t ns = signers_after(doc, i, b, signers, 32);
            for (size_t k = 0; k < ns; k++) {
              PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, -2 - signers[k])); /* signatory, marked */
            }
          }
        }
      }
    }
  }
  (void)specific;
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
    PACT_TRY(give_countries(doc, t, found, nf));
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
  return PACT_OK;
}

/* ---- exercises --------------------------------------------------------------- */

/* The value of a lower-case roman numeral of an edition, I to L
 * ("xxiii" in "Viekaren XXIII"); 0 when `s` is none. */
static int
roman(const char *s)
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
static int
ordinal_at(const PactDoc *doc, size_t tok)
{
  const PactLexEntry *e = pact_doc_entry(doc, tok, LEX_ORDINAL);
  const PactMatch *m;
  const char *key;
  int v = 0;
  size_t i = 0;

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
  key = pact_token_key(&doc->toks, tok);
  while (key[i] >= '0' && key[i] <= '9') {
    v = v * 10 + key[i] - '0';
    i++;
  }
  if (i && (strcmp(key + i, "st") == 0 || strcmp(key + i, "nd") == 0 || strcmp(key + i, "rd") == 0 ||
            strcmp(key + i, "th") == 0 || strcmp(key + i, "e") == 0 || strcmp(key + i, "eme") == 0 ||
            strcmp(key + i, "er") == 0)) {
    return v;
  }
  return 0;
}

static int
edition_in(const PactDoc *doc, size_t a, size_t b)
{
  for (size_t i = a; i + 1 < b; i++) {
    if (pact_doc_key_is(doc, i + 1, "edition") || pact_doc_key_is(doc, i + 1, "iteration")) {
      int v = ordinal_at(doc, i);
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
    if (doc->owner[j] >= 0 && (doc->things[doc->owner[j]].cls == PACT_PLACE ||
                               doc->things[doc->owner[j]].cls == PACT_INSTITUTION)) {
      break;
    }
    j++;
  }
  while (j > k && doc->toks.v[j - 1].kind == TOK_PUNCT) {
    j--;
  }
  if (j > k && !(j == k + 1 && is_determiner(doc, k))) {
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
  }
  k = j;
  while (k > 0 && !(doc->toks.v[k].flags & TF_SENT) &&
         ((doc->toks.v[k - 1].kind == TOK_WORD && (doc->toks.v[k - 1].flags & TF_CAP) &&
           !pact_doc_entry(doc, k - 1, LEX_COUNTRY) && doc->owner[k - 1] < 0 && !pact_doc_match_at(doc, k - 1)) ||
          (k >= 2 && pact_doc_is_punct(doc, k - 1, '-') && !(doc->toks.v[k].flags & TF_SPACE) &&
           !(doc->toks.v[k - 1].flags & TF_SPACE) && doc->toks.v[k - 2].kind == TOK_WORD &&
           (doc->toks.v[k - 2].flags & TF_CAP)))) {
    k--;
  }
  while (k < j && is_determiner(doc, k)) {
    k++;
  }
  if (k < j && j - k <= 4 && !(doc->toks.v[k].flags & TF_SENT)) {
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
      const PactDate *until = date_in(doc, i, b, i, 0);
      if (until && until->tok > i && until->tok <= i + 4 &&
          strcmp(until->start, t->start) > 0 && strlen(until->start) == strlen(t->start)) {
        memcpy(t->end, until->start, sizeof t->end);
      }
    }
  }
}

static int duration_days(const PactDoc *doc, size_t a, size_t b);

static PactStatus
exercises(PactDoc *doc)
{
  static const char *const ex_start[] = {"began", "begun", "begin", "start", "underway", "got", "opened",
                                         "kicked", "commenc", "launch", "debut", "entam", "ouvert", "lanc", NULL};
  static const char *const ex_end[] = {"ended", "ends", "conclud", "wrapped", "closed", "culminat", "achev", "termin",
                                       "cloture", "clos", NULL};

  for (size_t m = 0; m < doc->n_matches; m++) {
    const PactMatch *mt = &doc->matches[m];
    const PactLexEntry *e = entry_kind(doc, mt->tok, LEX_EVENT, "exercise");
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
    sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
    edition = edition_in(doc, a, b);
    date = date_in(doc, a, b, mt->tok, 1);
    if (!date) {
      date = date_in(doc, a, b, mt->tok, 0);
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
          in_name = roman(pact_buf_str(&k));
          pact_buf_free(&k);
        }
        if (in_name && (!edition || edition == in_name)) {
          edition = in_name;
          name[last - 1 - name] = '\0';
        }
      }
    }
    /* "the drills, which run until March 25": the one exercise already
     * told ends on the date after "until" / "jusqu'au" */
    if (is_plural(doc, mt->tok, mt->n) && !named && !edition && mt->tok > 0 &&
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
    if (is_plural(doc, mt->tok, mt->n) && !named && !edition) {
      free(name);
      continue;
    }
    for (size_t i = 0; i < doc->n_things; i++) {
      PactThing *o = &doc->things[i];
      if (o->cls != PACT_EXERCISE || o->dead) {
        continue;
      }
      if ((name && o->name && strcmp(o->name, name) == 0) || (!name && !(edition && o->edition && o->edition != edition))) {
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
      int days = duration_days(doc, a, b);
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
    if (t->place < 0) {
      t->place = place_in(doc, a, b);
    }
    nf = countries_in(doc, a, b, found, 16);
    if (t->n_refs == 0) {
      PACT_TRY(give_countries(doc, t, found, nf));
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

/* Exercise t is edition v, told at tokens [edition - 1, edition]
 * ("16e édition") with the date and place of its sentence. */
static PactStatus
give_edition(PactDoc *doc, PactThing *t, int v, const PactDate *date, int32_t place, size_t edition)
{
  t->edition = v;
  if (t->place < 0) {
    t->place = place;
  }
  if (date) {
    memcpy(t->start, date->start, sizeof t->start);
    if (date->range) {
      memcpy(t->end, date->end, sizeof t->end);
    }
  }
  return pact_thing_mention(t, doc->toks.v[edition - 1].start, doc->toks.v[edition].end);
}

/* The edition of the named exercise that tok tells, or 0: "the fourth
 * edition", "the previous edition" (the story's edition less one), "la
 * troisième édition ..., et la quatrième en février 2023" (an ordinal
 * after "and the" in a sentence that told an edition), "Dustlik was first
 * held in 2019" (the first). The token returned on is the last word. */
static int
edition_told(const PactDoc *doc, size_t i, int story_edition)
{
  static const char *const previous[] = {"previous", "precedente", "precedent", NULL};
  static const char *const held[] = {"held", "conducted", "organised", "organized", "staged", NULL};
  int v;

  if (pact_doc_key_is(doc, i, "edition") || pact_doc_key_is(doc, i, "iteration")) {
    if ((v = ordinal_at(doc, i - 1))) {
      return v;
    }
    return pact_doc_key_in(doc, i - 1, previous) && story_edition > 1 ? story_edition - 1 : 0;
  }
  if (i >= 2 && (v = ordinal_at(doc, i)) && (pact_doc_key_is(doc, i - 1, "la") || pact_doc_key_is(doc, i - 1, "the")) &&
      (pact_doc_key_is(doc, i - 2, "et") || pact_doc_key_is(doc, i - 2, "and")) &&
      !pact_doc_key_is(doc, i + 1, "edition") && !pact_doc_key_is(doc, i + 1, "iteration")) {
    size_t a;
    size_t b;
    sentence_span(doc, doc->toks.v[i].sentence, i, &a, &b);
    for (size_t k = a + 1; k < i; k++) {
      if (pact_doc_key_is(doc, k, "edition") && ordinal_at(doc, k - 1)) {
        return v;
      }
    }
    return 0;
  }
  if (pact_doc_key_is(doc, i, "first") && (pact_doc_key_is(doc, i - 1, "was") || pact_doc_key_is(doc, i - 1, "were")) &&
      pact_doc_key_in(doc, i + 1, held)) {
    return 1;
  }
  return 0;
}

/* "La deuxième édition s'était tenue à San-Pédro l'an dernier": another
 * edition of the one named exercise, told in a sentence of its own that
 * names no exercise. Same name and participants, its own edition, date
 * and place. */
static PactStatus
other_editions(PactDoc *doc)
{
  int32_t named = -1;
  int32_t with_edition = -1;
  int names = 0;

  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *t = &doc->things[i];
    if (t->cls == PACT_EXERCISE && !t->dead && t->name) {
      if (named < 0 || strcmp(doc->things[named].name, t->name) != 0) {
        names++;
      }
      if (named < 0 || (t->edition && !doc->things[named].edition)) {
        named = (int32_t)i;
      }
      if (t->edition) {
        with_edition = with_edition < 0 || strcmp(doc->things[with_edition].name, t->name) == 0 ? (int32_t)i : -2;
      }
    }
  }
  /* two exercises: the editions are of the one told with an edition, if
   * one only is ("the fifth edition of Al Najah" beside "the Naseem Al
   * Bahr exercise") */
  if (names > 1) {
    named = with_edition >= 0 ? with_edition : -1;
  }
  if (named < 0) {
    return PACT_OK;
  }
  for (size_t i = 1; i < doc->toks.n; i++) {
    int v;
    size_t a;
    size_t b;
    int taken = 0;
    const PactDate *date;
    int32_t place;
    PactThing *t;
    if (!(v = edition_told(doc, i, doc->things[named].edition))) {
      continue;
    }
    sentence_span(doc, doc->toks.v[i].sentence, i, &a, &b);
    for (size_t k = a; k < b && !taken; k++) {
      taken = entry_kind(doc, k, LEX_EVENT, "exercise") != NULL;
    }
    for (size_t k = 0; k < doc->n_things && !taken; k++) {
      const PactThing *o = &doc->things[k];
      taken = o->cls == PACT_EXERCISE && !o->dead && o->edition == v && o->name &&
              strcmp(o->name, doc->things[named].name) == 0;
    }
    /* "la troisième édition ... du 22 au 31 mars, et la quatrième en
     * février 2023", "was first held from November 4 to 13": the dates
     * after the ordinal */
    size_t from = pact_doc_key_is(doc, i, "edition") || pact_doc_key_is(doc, i, "iteration") ? a : i;
    date = date_in(doc, from, b, i, 1);
    if (!date) {
      date = date_in(doc, from, b, i, 0);
    }
    place = place_in(doc, from, b);
    if (taken || (!date && place < 0)) {
      continue;
    }
    if (!doc->things[named].edition && !doc->things[named].start[0]) {
      /* "La 16e édition de cet entraînement, ouverte le 3 juillet": the
       * story's exercise, told without its edition so far, is this one */
      PACT_TRY(give_edition(doc, &doc->things[named], v, date, place, i));
      continue;
    }
    t = pact_doc_add(doc, PACT_EXERCISE);
    if (!t) {
      return PACT_ERR_NOMEM;
    }
    t->name = strdup(doc->things[named].name); /* doc->things may have moved */
    if (!t->name) {
      return PACT_ERR_NOMEM;
    }
    t->first_tok = (uint32_t)(i - 1);
    t->sentence = doc->toks.v[i].sentence;
    PACT_TRY(give_edition(doc, t, v, date, place, i));
    for (size_t k = 0; k < doc->things[named].n_refs; k++) {
      PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, doc->things[named].refs[k]));
    }
  }
  return PACT_OK;
}

/* "The training will continue until March 9", "Les manœuvres se
 * déroulent du 24 février au 9 mars": a sentence whose subject is a
 * definite description of an exercise, with no name of its own, speaks of
 * the exercise told last before it; it gives that one's end, or its
 * range when the start agrees. */
static void
exercise_references(PactDoc *doc)
{
  static const char *const heads[] = {"training", "exercise", "exercises", "drill", "drills", "manoeuvres",
                                      "maneuvers", "exercice", "exercices", "entrainement", NULL};
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

    if (!(i == 0 || (doc->toks.v[i].flags & TF_SENT))) {
      continue;
    }
    /* "l'exercice": the elided article is its own token */
    if ((!pact_doc_key_in(doc, i + 1, heads) &&
         !(pact_doc_is_punct(doc, i + 1, '\'') && pact_doc_key_in(doc, i + 2, heads))) ||
        !is_determiner(doc, i)) {
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
    if (!last) {
      continue;
    }
    sentence_span(doc, doc->toks.v[i].sentence, i, &a, &b);
    range = date_in(doc, a, b, i, 1);
    if (range && range->range && !last->end[0] && (!last->start[0] || strcmp(last->start, range->start) == 0)) {
      memcpy(last->start, range->start, sizeof last->start);
      memcpy(last->end, range->end, sizeof last->end);
    }
    end_until(doc, i + 1, b, last);
  }
}

/* ---- visits and meetings ------------------------------------------------------ */

static int32_t
person_at(const PactDoc *doc, size_t tok)
{
  int32_t o = tok < doc->toks.n ? doc->owner[tok] : -1;

  return o >= 0 && doc->things[o].cls == PACT_PERSON ? o : -1;
}

/* The first token of [a, b) that names a person, or b. */
static size_t
first_person(const PactDoc *doc, size_t a, size_t b)
{
  while (a < b && person_at(doc, a) < 0) {
    a++;
  }
  return a;
}

/* The person nearest before `tok` in [a, tok), or after it in [tok, b).
 * Before it, not one honoured at a monument ("laid a wreath at the
 * memorial of X, and visited Y": X visits nothing). */
static int32_t
person_near(const PactDoc *doc, size_t a, size_t b, size_t tok, int before)
{
  if (before) {
    for (size_t i = tok; i > a; i--) {
      int32_t p = person_at(doc, i - 1);
      if (p < 0) {
        continue;
      }
      size_t start = i - 1;
      while (start > a && person_at(doc, start - 1) == p) {
        start--;
      }
      if (!pact_doc_commemorated(doc, start)) {
        return p;
      }
      i = start + 1;
    }
    return -1;
  }
  for (size_t i = tok; i < b; i++) {
    int32_t p = person_at(doc, i);
    if (p >= 0) {
      return p;
    }
  }
  return -1;
}

/* The pronouns that stand for a person as a clause's subject. */
static const char *const subject_pronouns[] = {"he", "she", "il", "elle", NULL};

/* Whether the sentence that starts at `a` opens with a pronoun or a
 * definite description ("He", "Il", "The army chief", "Le ministre"), not
 * with a name: its subject is someone told before. */
static int
opens_with_reference(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const articles[] = {"the", "le", "la", "l", NULL};

  if (a >= b) {
    return 0;
  }
  if (pact_doc_key_in(doc, a, subject_pronouns)) {
    return 1;
  }
  if (!pact_doc_key_in(doc, a, articles)) {
    return 0;
  }
  /* "The army chief", "The Greek minister", "Le chef d'état-major": a
   * title within the next few words, before any name, and not followed
   * by the name in apposition ("The army chief of Jordan, General Samir
   * Haddad, arrived"): `b` is where the sentence's first name starts */
  for (size_t i = a + 1; i < b && i < a + 5; i++) {
    if (person_at(doc, i) >= 0) {
      return 0;
    }
    if (pact_doc_has(doc, i, LEX_TITLE)) {
      for (size_t k = i; k < b && b - a <= 12; k++) {
        if (pact_doc_is_punct(doc, k, ',')) {
          return 0;
        }
      }
      /* "Le général Wei était arrivé": the title names who follows it */
      size_t k = i;
      while (k < b && (pact_doc_has(doc, k, LEX_TITLE) || pact_doc_has(doc, k, LEX_COUNTRY))) {
        k++;
      }
      return k < b;
    }
  }
  return 0;
}

/* Who "he", "il", "the Pakistani official" is: the subject of the nearest
 * earlier sentence that names a person; when that sentence's subject is
 * itself "he" or "the army chief", the subject before it, and so on (a
 * few sentences back at most). The subject is the first person named
 * that no preposition introduces. */
static int agent_of_phrase(const PactDoc *doc, size_t a, size_t first);

static int32_t
person_before(const PactDoc *doc, size_t tok)
{
  size_t i = tok;

  for (int hops = 0; hops < 6; hops++) {
    int32_t p = -1;
    while (i > 0 && p < 0) {
      p = person_at(doc, i - 1);
      i--;
    }
    if (p < 0) {
      return -1;
    }
    uint32_t s = doc->toks.v[i].sentence;
    size_t a;
    size_t b;
    sentence_span(doc, s, i, &a, &b);
    int32_t first = -1;
    size_t first_tok = b;
    for (size_t j = a; j < b && first < 0; j++) {
      first = person_at(doc, j);
      first_tok = j;
    }
    /* "He also called on General X": the subject is not X; nor is one
     * named after "by", "par", "with", "avec" ("Le mardi, le ministre a
     * été reçu par X. Il s'est également entretenu avec Y": "il" is the
     * minister). A sentence with no person for subject ("a visit to Qatar
     * by X, which began on Sunday") sends further back too: measured on
     * the whole corpus, that is right more often than taking X. */
    if (opens_with_reference(doc, a, first_tok) || agent_of_phrase(doc, a, first_tok)) {
      i = a;
      continue;
    }
    return first;
  }
  return -1;
}

/* Whether one of t's titles holds `key` (a token key, or its start): as a
 * whole word with `whole` ("minister", not "ministry"), anywhere without. */
static int
title_holds(const PactThing *t, const char *key, int whole)
{
  size_t n = strlen(key);

  for (size_t i = 0; i < t->n_titles; i++) {
    PactBuf k = {0};
    int yes = 0;
    if (pact_text_key(&k, t->titles[i], strlen(t->titles[i])) == PACT_OK) {
      for (const char *h = strstr(pact_buf_str(&k), key); h && !yes; h = strstr(h + 1, key)) {
        yes = !whole || ((h == pact_buf_str(&k) || !isalnum((unsigned char)h[-1])) && !isalnum((unsigned char)h[n]));
      }
    }
    pact_buf_free(&k);
    if (yes) {
      return 1;
    }
  }
  return 0;
}

static int
has_title_word(const PactThing *t, const char *stem)
{
  return title_holds(t, stem, 0);
}

/* Adds person p to out[0..n) when titled and of another side than out[0]
 * (or of no known country); returns the new count. */
static size_t
other_titled(const PactDoc *doc, int32_t p, int32_t out[2], size_t n)
{
  if (p < 0 || doc->things[p].n_titles == 0) {
    return n;
  }
  if (n == 1 && (out[0] == p || (doc->things[p].country >= 0 && doc->things[p].country == doc->things[out[0]].country))) {
    return n;
  }
  out[n] = p;
  return n + 1;
}

/* "the two ministers held talks", "les deux ministres": the story's first
 * two people of two countries with that title (not the last two named: a
 * deputy minister who met the visitor at the airport is no one of "the
 * two ministers"). 0 when the sentence before tok says no "two" with such
 * a noun. */
static int
two_titled(const PactDoc *doc, size_t tok, int32_t out[2])
{
  static const char *const two[] = {"two", "deux", NULL};
  static const struct {
    const char *noun; /* a token key's start */
    const char *stem; /* in the title's key */
  } nouns[] = {{"minister", "minist"}, {"ministre", "minist"}, {"general", "general"}, {"generaux", "general"},
               {"commander", "command"}, {"commandant", "command"},
               /* "the two defence chiefs", "les deux responsables": any title */
               {"chiefs", ""}, {"chefs", ""}, {"leaders", ""}, {"responsables", ""}, {"officials", ""},
               {NULL, NULL}};
  uint32_t s = doc->toks.v[tok].sentence;
  size_t i = tok;

  while (i > 0 && doc->toks.v[i - 1].sentence == s && !pact_doc_key_in(doc, i - 1, two)) {
    i--;
  }
  if (i == 0 || doc->toks.v[i - 1].sentence != s) {
    return 0;
  }
  /* the noun after "two", maybe past a possessive and an adjective: "the
   * two countries' defence chiefs" */
  size_t k = 0;
  const char *key = NULL;
  for (size_t j = i; j < tok && j < i + 5 && !key; j++) {
    if (doc->toks.v[j].kind == TOK_PUNCT && !pact_doc_is_punct(doc, j, '\'')) {
      break;
    }
    for (k = 0; nouns[k].noun && !key; k++) {
      if (strncmp(pact_token_key(&doc->toks, j), nouns[k].noun, strlen(nouns[k].noun)) == 0) {
        key = nouns[k].noun;
        break;
      }
    }
  }
  if (!key) {
    return 0;
  }
  if (nouns[k].stem[0]) {
    /* "the two ministers": the story's first two of that title, of two
     * sides */
    size_t n = 0;
    int32_t last = -1;
    for (size_t t = 0; t < tok && n < 2; t++) {
      int32_t p = person_at(doc, t);
      if (p < 0 || p == last) {
        continue; /* one check per mention, not per word of it */
      }
      last = p;
      if ((n == 1 && doc->things[p].country >= 0 && doc->things[p].country == doc->things[out[0]].country) ||
          (n == 1 && out[0] == p) ||
          !(has_title_word(&doc->things[p], nouns[k].stem) ||
            /* a Secretary of Defense, a secrétaire à la Défense, is his country's defence minister */
            (strcmp(nouns[k].stem, "minist") == 0 && has_title_word(&doc->things[p], "secreta")))) {
        continue;
      }
      out[n++] = p;
    }
    return n == 2;
  }
  /* "the two leaders", "the two defence chiefs": the last two titled
   * persons before, of two sides; in a lead that names no one yet, the
   * first two after */
  size_t n = 0;
  for (size_t t = tok; t > 0 && n < 2; t--) {
    n = other_titled(doc, person_at(doc, t - 1), out, n);
  }
  for (size_t t = tok; n < 2 && doc->toks.v[tok].sentence <= 1 && t < doc->toks.n; t++) {
    n = other_titled(doc, person_at(doc, t), out, n);
  }
  return n == 2;
}

/* "the two of them", "the two ministers" (two_titled() first): the last
 * two people named before. */
static int
two_before(const PactDoc *doc, size_t tok, int32_t out[2])
{
  size_t n = 0;

  if (two_titled(doc, tok, out)) {
    return 1;
  }
  for (size_t i = tok; i > 0 && n < 2; i--) {
    int32_t p = person_at(doc, i - 1);
    if (p >= 0 && (n == 0 || out[0] != p)) {
      out[n++] = p;
    }
  }
  return n == 2;
}

static int
duration_days(const PactDoc *doc, size_t a, size_t b)
{
  for (size_t i = a; i + 1 < b; i++) {
    int v = cardinal(doc, i);
    size_t k = i + 1;
    if (!v && doc->toks.v[i].kind == TOK_NUMBER) {
      v = atoi(pact_token_key(&doc->toks, i));
    }
    if (!v) {
      continue;
    }
    if (pact_doc_key_is(doc, k, "de") || pact_doc_key_is(doc, k, "d")) {
      continue; /* "trois jours" comes as "de trois jours": the number first */
    }
    if (pact_doc_is_punct(doc, k, '-')) {
      k++;
    }
    /* "three weeks after Sisi's own visit", "deux jours plus tard",
     * "il y a trois semaines": a distance in time, not a length */
    static const char *const distance[] = {"after", "before", "ago", "later", "earlier", "apres", "avant", "plus",
                                           "auparavant", "since", NULL};
    if (pact_doc_key_in(doc, k + 1, distance) || (i > a && pact_doc_key_is(doc, i - 1, "a") &&
                                                  i > a + 1 && pact_doc_key_is(doc, i - 2, "y"))) {
      continue;
    }
    if (pact_doc_key_is(doc, k, "day") || pact_doc_key_is(doc, k, "days") || pact_doc_key_is(doc, k, "jours") ||
        pact_doc_key_is(doc, k, "jour") || pact_doc_key_is(doc, k, "journee")) {
      return v;
    }
    if (pact_doc_key_is(doc, k, "week") || pact_doc_key_is(doc, k, "weeks") || pact_doc_key_is(doc, k, "semaine") ||
        pact_doc_key_is(doc, k, "semaines")) {
      return 7 * v; /* "after two weeks of training" */
    }
  }
  return 0;
}

/* Who visits, from the persons before the cue in its sentence: the
 * nearest, unless it is the object of a meeting verb whose subject comes
 * first ("X held talks with Y ..., the second day of a three-day visit";
 * "X met Y and visited Z"): then the subject. A relative clause keeps the
 * visit with the nearest ("X received Y, who is on a visit"). */
static int32_t
visitor_before(const PactDoc *doc, size_t a, size_t tok)
{
  int32_t nearest = person_near(doc, a, tok, tok, 1);
  int32_t first = -1;
  size_t first_end = a;
  size_t nearest_start = tok;
  size_t nearest_end = tok;
  int met = 0;

  if (nearest < 0) {
    return -1;
  }
  for (size_t i = a; i < tok; i++) {
    int32_t p = person_at(doc, i);
    if (p >= 0 && (first < 0 || p == first) && p != nearest) {
      first = p;
      first_end = i + 1;
    }
    if (p == nearest) {
      if (nearest_start == tok) {
        nearest_start = i;
      }
      nearest_end = i + 1;
    }
  }
  if (first < 0 && opens_with_reference(doc, a, nearest_start)) {
    /* "He also called on General X ... and visited the headquarters": X
     * is the object of a meeting verb whose subject is "he" */
    for (size_t i = a; i < nearest_start && !met; i++) {
      met = entry_kind(doc, i, LEX_EVENT, "meeting") != NULL;
    }
    int32_t subject = met ? person_before(doc, a) : -1;
    return subject >= 0 && subject != nearest ? subject : nearest;
  }
  if (first < 0 || first_end > nearest_start) {
    return nearest;
  }
  for (size_t i = first_end; i < nearest_start && !met; i++) {
    met = entry_kind(doc, i, LEX_EVENT, "meeting") != NULL;
  }
  if (!met) {
    return nearest;
  }
  /* "Y, en visite de travail", "Y, who is on a visit": the nearest's
   * own apposition or clause; "Y, ..., and visited" goes back to X */
  {
    int apposition = pact_doc_is_punct(doc, nearest_end, ',');
    for (size_t i = nearest_end; i < tok; i++) {
      if (pact_doc_key_is(doc, i, "who") || pact_doc_key_is(doc, i, "qui") || pact_doc_key_is(doc, i, "whose") ||
          pact_doc_key_is(doc, i, "dont")) {
        return nearest;
      }
      if (pact_doc_key_is(doc, i, "and") || pact_doc_key_is(doc, i, "et")) {
        apposition = 0;
      }
      if (pact_doc_key_in(doc, i, subject_pronouns)) {
        return first; /* "X called on Y ..., as he pressed on with a visit": he is X */
      }
    }
    /* "X avait été reçu par le général Y, avant de rendre une visite":
     * the agent of a passive is no subject, and the clause after the
     * comma goes on with X */
    for (size_t i = nearest_start; apposition && i > first_end && nearest_start - i < 6; i--) {
      if (pact_doc_key_is(doc, i - 1, "par") || pact_doc_key_is(doc, i - 1, "by")) {
        apposition = 0;
      }
    }
    return apposition ? nearest : first;
  }
}

/* Whether the cue at `mt` is the verb (after "will", "to", "would"...)
 * with no country or place right after it (articles aside). */
static int
verb_without_place(const PactDoc *doc, const PactMatch *mt, size_t b)
{
  static const char *const before[] = {"will", "would", "to", "shall", "may", "also", "then", NULL};
  size_t i = mt->tok + mt->n;
  int verb = 0;

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

/* "accompanies the Tanzanian delegation", "accompagne la délégation
 * tanzanienne": the country of the delegation a sentence names, or -1. */
static int32_t
delegation_country(const PactDoc *doc, size_t around)
{
  size_t a;
  size_t b;

  sentence_span(doc, doc->toks.v[around].sentence, around, &a, &b);
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
        received = entry_kind(doc, k, LEX_EVENT, "meeting") != NULL;
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

  sentence_span(doc, doc->toks.v[tok].sentence, tok, &a, &b);
  if (!pact_doc_key_in(doc, a, at) || first_person(doc, a, b) != tok) {
    return -1;
  }
  const PactLexEntry *p = pact_doc_entry(doc, a + 1, LEX_PLACE);
  const PactMatch *m = pact_doc_match_at(doc, a + 1);
  if (!p || !m || !pact_doc_is_punct(doc, m->tok + m->n, ',')) {
    return -1;
  }
  return pact_lexicon_place(doc->lex, p->value)->country;
}

/* The visit of `visitor` to `host` (any host when host < 0), or -1. */
static int32_t
find_visit(const PactDoc *doc, int32_t visitor, int32_t host)
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
static PactStatus
add_implied_visit(PactDoc *doc, int32_t visitor, int32_t host, const char *start, const PactSpan *span,
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

/* Whether "la visite du Souverain en Inde en 2015" cannot be visit o: it
 * goes to o's visitor's own country, or its sentence [a, b) dates it in
 * another year than o's. */
static int
other_visit(const PactDoc *doc, const PactThing *o, int32_t host, size_t a, size_t b)
{
  const PactDate *d = date_in(doc, a, b, a, 0);

  if (host >= 0 && o->visitor >= 0 && doc->things[o->visitor].country == host) {
    return 1;
  }
  return d && o->start[0] && atoi(d->start) != atoi(o->start);
}

static PactStatus
visits(PactDoc *doc)
{
  static const char *const arrive[] = {"arriv", "landed", "began", "begun", "start", "since", "depuis",
                                       "commenc", "debut", "entam", NULL};
  static const char *const leave[] = {"wrap", "conclud", "ended", "ends", "ending", "left", "achev", "termin",
                                      "closing", "closed", "clotur", "quitt", "returned", "rentr", "regagn", NULL};

  for (size_t m = 0; m < doc->n_matches; m++) {
    const PactMatch *mt = &doc->matches[m];
    const PactLexEntry *e = entry_kind(doc, mt->tok, LEX_EVENT, "visit");
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

    if (!e && !entry_kind(doc, mt->tok, LEX_EVENT, "presence")) {
      continue;
    }
    sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
    /* "X is in India from June 27 to 29": being in a country is a visit
     * when the country (or a place) follows and the sentence gives dates */
    if (!e) {
      const PactDate *when = date_in(doc, a, b, mt->tok, 1);
      size_t k = mt->tok + mt->n;
      /* "séjourne depuis lundi au Sénégal": a date and a preposition may
       * come between */
      for (size_t d = 0; d < doc->n_dates; d++) {
        if (doc->dates[d].tok == k || (doc->dates[d].tok == k + 1 && (pact_doc_key_is(doc, k, "depuis") ||
                                                                     pact_doc_key_is(doc, k, "since")))) {
          k = doc->dates[d].tok + doc->dates[d].n;
        }
      }
      if (pact_doc_key_is(doc, k, "au") || pact_doc_key_is(doc, k, "aux") || pact_doc_key_is(doc, k, "en") ||
          pact_doc_key_is(doc, k, "in")) {
        k++;
      }
      if (k >= b || !(pact_doc_entry(doc, k, LEX_COUNTRY) || pact_doc_entry(doc, k, LEX_PLACE))) {
        continue;
      }
      /* without a range of dates, only someone from elsewhere: "the
       * Ghanaian minister was in Kenya on Tuesday" */
      ranged = when && when->range;
    }
    /* "received the visiting Chief of Army Staff of Ghana, General X":
     * "visiting" before a title names its visitor after it (not "the
     * visiting Egyptian delegation") */
    if (e && mt->tok > 0 && pact_doc_key_is(doc, mt->tok, "visiting") && is_determiner(doc, mt->tok - 1) &&
        visiting_title(doc, mt->tok + mt->n)) {
      visitor = person_near(doc, a, b, mt->tok + mt->n, 0);
      /* "The visiting general was greeted by General X": X is the host */
      for (size_t i = mt->tok + mt->n; visitor >= 0 && i < b && person_at(doc, i) != visitor; i++) {
        if (entry_kind(doc, i, LEX_EVENT, "meeting")) {
          visitor = -1;
        }
      }
    } else {
      visitor = visitor_before(doc, a, mt->tok);
    }
    /* "En visite au Sénégal, le ministre ghanéen ...": the cue opens the
     * clause, no one before it, and the visitor follows */
    if (visitor < 0 && e && person_near(doc, a, b, mt->tok, 1) < 0 && pact_doc_key_is(doc, mt->tok, "en")) {
      visitor = person_near(doc, a, b, mt->tok + mt->n, 0);
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
    if (visitor < 0 && (pact_doc_key_is(doc, of, "of") || pact_doc_key_is(doc, of, "de") ||
                        pact_doc_key_is(doc, of, "du"))) {
      /* "la visite du roi Mohammed VI en Inde": a visit of its own, even
       * told with "la" */
      for (size_t i = of + 1; i < b && i < of + 12 && visitor < 0; i++) {
        if (pact_doc_key_is(doc, i, "et") || pact_doc_key_is(doc, i, "and") || pact_doc_has(doc, i, LEX_EVENT)) {
          break; /* "la visite du Souverain en Inde ... et ses entretiens avec X": not X's */
        }
        visitor = person_at(doc, i);
      }
      named_after = visitor >= 0;
    }
    /* "la visite effectuée au Japon en octobre par le général X", "the
     * visit paid to Japan by General X": the agent is the visitor */
    for (size_t i = mt->tok + mt->n; visitor < 0 && i < b && i < mt->tok + mt->n + 10; i++) {
      if (pact_doc_key_is(doc, i, "et") || pact_doc_key_is(doc, i, "and") || pact_doc_has(doc, i, LEX_EVENT)) {
        break;
      }
      if (pact_doc_key_is(doc, i, "par") || pact_doc_key_is(doc, i, "by")) {
        for (size_t k = i + 1; k < b && k < i + 20 && visitor < 0; k++) {
          if (pact_doc_has(doc, k, LEX_EVENT)) {
            break;
          }
          visitor = person_at(doc, k);
        }
        named_after = visitor >= 0;
        break;
      }
    }
    /* "will visit units of ...", "to visit the troops": the verb with a
     * common noun for object is no visit to a country; the verb visits a
     * country or a place named right after it ("will visit Rabat") */
    if (verb_without_place(doc, mt, b) || invited_to(doc, mt, a)) {
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
      if ((c || p) && not_destination(doc, i)) {
        continue; /* "the border with Russia", "avec la Russie" */
      }
      if (c && !pact_lex_is_demonym(c)) {
        host = c->value;
      } else if (p) {
        host = pact_lexicon_place(doc->lex, p->value)->country;
      }
    }
    if (!ranged && (visitor < 0 || doc->things[visitor].country < 0 || host < 0 ||
                    doc->things[visitor].country == host)) {
      continue;
    }
    /* a visit already known: the same visitor, or the only one; "the
     * visit", "his visit", "cette visite" speak of one already told */
    int blocked = 0;
    {
      static const char *const definite[] = {"the", "this", "that", "his", "her", "their", "its",
                                             "cette", "ce", "cet", "sa", "son", "leur", "la", "le", NULL};
      int anaphoric = 0;
      for (size_t k = 0; definite[k] && mt->tok > 0; k++) {
        anaphoric |= pact_doc_key_is(doc, mt->tok - 1, definite[k]) ||
                     (mt->tok > 1 && pact_doc_key_is(doc, mt->tok - 2, definite[k]));
      }
      for (size_t i = 0; i < doc->n_things; i++) {
        PactThing *o = &doc->things[i];
        /* not one to another country: "Earlier this month X travelled to
         * Poland" in a story of X's visit to Korea (but "the visit", "his
         * visit" is the one told, whatever country its clause names) */
        if (o->cls == PACT_VISIT && !o->dead && (anaphoric || host < 0 || o->host < 0 || o->host == host) &&
            (visitor < 0 || o->visitor == visitor || (anaphoric && !named_after))) {
          if ((visitor < 0 || o->visitor != visitor) && other_visit(doc, o, host, a, b)) {
            blocked = 1;
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
      if (visitor < 0) {
        visitor = person_before(doc, mt->tok);
      }
      if (visitor < 0) {
        continue;
      }
      if (host < 0 || host == doc->things[visitor].country) {
        int32_t top[2];
        size_t n = principal_countries(doc, top);
        host = -1;
        for (size_t i = 0; i < n; i++) {
          if (top[i] != doc->things[visitor].country) {
            host = top[i];
            break;
          }
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
    range = date_in(doc, a, b, mt->tok, 1);
    if (range && !t->start[0]) {
      memcpy(t->start, range->start, sizeof t->start);
      memcpy(t->end, range->end, sizeof t->end);
    } else if (!range) {
      const PactDate *d = date_in(doc, a, b, mt->tok, 0);
      int meeting_here = 0;
      size_t marker = b;
      /* a date in a sentence that also tells a meeting is the meeting's
       * when the meeting's cue is the nearer one: "during his visit, he
       * met X on Tuesday"; not in "agreed ... when Kishida visited
       * Manila in November last year" */
      for (size_t i = a; i < b && d; i++) {
        if (entry_kind(doc, i, LEX_EVENT, "meeting")) {
          size_t to_meeting = i > d->tok ? i - d->tok : d->tok - i;
          size_t to_visit = mt->tok > d->tok ? mt->tok - d->tok : d->tok - mt->tok;
          meeting_here |= to_meeting < to_visit;
        }
      }
      if (d) {
        marker = pact_doc_first_with(doc, a, b, arrive);
      }
      if (marker < b) {
        /* the date of the arrival; not when none stands near the word
         * ("depuis sa nomination en avril 2021": a date of a life) */
        const PactDate *arrival = date_in(doc, a, b, marker, 0);
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
        const PactDate *end = gone < b && !departs_for(doc, gone) ? date_in(doc, a, b, gone, 0) : NULL;
        if (end && marker < b && end == d) {
          end = NULL; /* one date for both: the arrival's */
        }
        if (end && !t->end[0]) {
          memcpy(t->end, end->start, sizeof t->end);
          if (marker >= b) {
            d = NULL;
          }
        }
      }
      if (d && (marker < b || !meeting_here) && !t->start[0]) {
        memcpy(t->start, d->start, sizeof t->start);
      }
    }
    days = duration_days(doc, a, b);
    if (days && !t->days) {
      t->days = days;
    }
  }
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
     * stays */
    if (v->end[0] && v->days > 1 && v->days <= 31) {
      char from_end[12];
      char week_before[12];
      if (pact_date_plus_days(v->end, -(v->days - 1), from_end) &&
          pact_date_plus_days(from_end, -7, week_before) &&
          (!v->start[0] || (strlen(v->start) == 10 && (strcmp(v->start, from_end) > 0 ||
                                                       strcmp(v->start, week_before) < 0)))) {
        memcpy(v->start, from_end, sizeof v->start);
      }
    }
    if (!v->start[0]) {
      const PactDate *d = narrative_date(doc, v->first_tok);
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

/* Whether thing t refers to every one of `people`. */
static int
holds_all(const PactThing *t, const int32_t *people, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    int found = 0;
    for (size_t j = 0; j < t->n_refs && !found; j++) {
      found = t->refs[j] == people[i];
    }
    if (!found) {
      return 0;
    }
  }
  return 1;
}

static int
same_people(const PactThing *a, const int32_t *people, size_t n)
{
  return a->n_refs == n && holds_all(a, people, n);
}

/* The visitor of the first visit told (of one from `country` when it is
 * not -1), or -1: whom "the delegation", "his guest", "the visiting
 * general" stand for. */
static int32_t
story_visitor(const PactDoc *doc, int32_t country)
{
  for (size_t k = 0; k < doc->n_things; k++) {
    const PactThing *v = &doc->things[k];
    if (v->cls == PACT_VISIT && !v->dead && v->visitor >= 0 &&
        (country < 0 || doc->things[v->visitor].country == country)) {
      return v->visitor;
    }
  }
  return -1;
}

/* The story's visitor, unless that is `subject` (then -1). */
static int32_t
visitor_other_than(const PactDoc *doc, int32_t subject)
{
  int32_t v = story_visitor(doc, -1);

  return v == subject ? -1 : v;
}

/* "The Ghanaian minister later met ...": a sentence that opens with a
 * definite description holding a demonym speaks of the last person
 * named before it of that country; -1 if it does not open so. */
static int32_t
described_person(const PactDoc *doc, size_t a, size_t tok)
{
  static const char *const guests[] = {"delegation", "delegations", "visitor", "visiteur", "visiteurs",
                                       "guest", "guests", "invite", NULL};
  static const char *const determiners[] = {"the", "la", "le", "l", "its", "sa", NULL};
  static const char *const definite[] = {"the", "le", "la", NULL};
  int32_t country = -1;

  /* "La délégation brésilienne a été reçue par", "The visitor then
   * called on": the one who leads the visit told (from the demonym's
   * country, when one is given) */
  for (size_t i = a; i < tok && i < a + 3; i++) {
    if (!pact_doc_key_in(doc, i, guests) || (i > a && !pact_doc_key_in(doc, i - 1, determiners))) {
      continue;
    }
    const PactLexEntry *c = pact_doc_entry(doc, i + 1, LEX_COUNTRY);
    if (!c && i > a) {
      c = pact_doc_entry(doc, i - 1, LEX_COUNTRY);
    }
    return story_visitor(doc, pact_lex_is_demonym(c) ? c->value : -1);
  }
  /* "The visiting general was greeted": the visit's visitor */
  if (pact_doc_key_in(doc, a, definite) && pact_doc_key_is(doc, a + 1, "visiting") && a + 2 < tok &&
      pact_doc_has(doc, a + 2, LEX_TITLE)) {
    int32_t v = story_visitor(doc, -1);
    if (v >= 0) {
      return v;
    }
  }
  if (!opens_with_reference(doc, a, tok)) {
    return -1;
  }
  for (size_t i = a + 1; i < tok && i < a + 5 && country < 0; i++) {
    const PactLexEntry *c = pact_doc_entry(doc, i, LEX_COUNTRY);
    if (pact_lex_is_demonym(c)) {
      country = c->value;
    }
  }
  for (size_t i = a; country >= 0 && i > 0; i--) {
    int32_t p = person_at(doc, i - 1);
    if (p >= 0 && doc->things[p].country == country) {
      return p;
    }
  }
  return -1;
}

/* "him", "her", "lui" ("s'est entretenu avec lui") at tok. */
static int
object_pronoun(const PactDoc *doc, size_t tok)
{
  static const char *const pronouns[] = {"him", "her", "lui", NULL};

  return pact_doc_key_in(doc, tok, pronouns);
}

/* Whether a French object pronoun stands before the verb at tok: "l'a
 * reçu", "le reçoit", "les a accueillis". */
static int
clitic_object(const PactDoc *doc, size_t tok)
{
  static const char *const clitics[] = {"le", "la", "les", NULL};
  static const char *const auxiliaries[] = {"a", "ont", "avait", "avaient", "recoit", "accueille", NULL};

  if (doc->lang != 2 || tok < 2 || !pact_doc_key_in(doc, tok, auxiliaries)) {
    return 0;
  }
  return (pact_doc_is_punct(doc, tok - 1, '\'') && pact_doc_key_is(doc, tok - 2, "l")) ||
         pact_doc_key_in(doc, tok - 1, clitics);
}

/* Whether the person named at `first` stands after "par", "by", "avec",
 * "with" (past their title), within the sentence that starts at a. */
static int
agent_of_phrase(const PactDoc *doc, size_t a, size_t first)
{
  static const char *const small[] = {"de", "du", "des", "d", "l", "la", "le", "les", "the", "of", NULL};
  static const char *const agents[] = {"par", "by", "with", "avec", NULL};

  for (size_t i = first; i > a && first - i < 12; i--) {
    size_t k = i - 1;
    if (pact_doc_key_in(doc, k, agents)) {
      return 1;
    }
    if (!(pact_doc_is_punct(doc, k, ',') || pact_doc_is_punct(doc, k, '\'') || pact_doc_key_in(doc, k, small) ||
          pact_doc_has(doc, k, LEX_TITLE) || pact_doc_has(doc, k, LEX_COUNTRY) ||
          (doc->toks.v[k].flags & TF_CAP))) {
      return 0;
    }
  }
  return 0;
}

/* Whether a new clause starts between tok a and the cue at b, with no
 * one named in it, or a pronoun stands for its subject: "held talks with
 * X, and on Wednesday he met Y", "s'est entretenu avec X, puis a été reçu
 * par Y", "talks with X in Nicosia, where he also met Y": the cue's
 * subject is then the sentence's, not X. */
static int
new_clause(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const joins[] = {"and", "et", "puis", NULL};

  for (size_t i = a; i < b; i++) {
    if (pact_doc_key_in(doc, i, subject_pronouns)) {
      return 1; /* "talks with X in Nicosia, where he also met Y" */
    }
    if (pact_doc_key_in(doc, i, joins)) {
      for (size_t k = i + 1; k < b; k++) {
        if (person_at(doc, k) >= 0) {
          return 0;
        }
      }
      return 1;
    }
  }
  return 0;
}

/* "his guest", "the visitor", "son invité" at tok (after its
 * determiner): the visitor of the story's visit, or -1. */
static int32_t
guest_at(const PactDoc *doc, size_t tok)
{
  static const char *const guests[] = {"guest", "visitor", "visiteur", "invite", NULL};
  static const char *const determiners[] = {"his", "her", "their", "the", "son", "sa", "leur", "le", NULL};

  if (tok == 0 || !pact_doc_key_in(doc, tok, guests) || !pact_doc_key_in(doc, tok - 1, determiners)) {
    return -1;
  }
  return story_visitor(doc, -1);
}

/* Whom "the French minister", "le ministre nigérian", "the visiting
 * Egyptian general" at tok names: a title and a demonym after a definite
 * article, with no name of its own after them, are the person of that
 * country told last before (-1 when none is). */
static int32_t
described_at(const PactDoc *doc, size_t tok)
{
  static const char *const definite[] = {"the", "le", "la", "l", NULL};
  size_t i = tok + 1;
  int32_t country = -1;
  size_t titled = 0;

  if (!pact_doc_key_in(doc, tok, definite)) {
    return -1;
  }
  if (pact_doc_is_punct(doc, i, '\'')) {
    i++;
  }
  if (pact_doc_key_is(doc, i, "visiting")) {
    i++;
  }
  for (size_t end = i + 3; i < end && i < doc->toks.n; i++) {
    const PactLexEntry *c = pact_doc_entry(doc, i, LEX_COUNTRY);
    if (person_at(doc, i) >= 0) {
      return -1; /* "the French minister Claire Dumont": named */
    }
    if (pact_lex_is_demonym(c) && country < 0) {
      country = c->value;
    } else if (pact_doc_has(doc, i, LEX_TITLE) && !titled) {
      titled = i;
    } else {
      break;
    }
  }
  if (country < 0 || !titled || person_at(doc, i) >= 0 || pact_doc_is_punct(doc, i, ',')) {
    return -1;
  }
  /* the title's word says which of that country's people: "the French
   * minister" is the minister, not the ministry's spokesman */
  const char *word = pact_token_key(&doc->toks, titled);
  for (size_t k = tok; k > 0; k--) {
    int32_t p = person_at(doc, k - 1);
    if (p >= 0 && doc->things[p].country == country && title_holds(&doc->things[p], word, 1)) {
      return p;
    }
  }
  return -1;
}

/* Appends to out[0..n) each person named in [a, b) not there yet, up to
 * `max`; returns the new count. */
static size_t
add_persons(const PactDoc *doc, size_t a, size_t b, int32_t *out, size_t n, size_t max)
{
  for (size_t i = a; i < b && n < max; i++) {
    int32_t p = person_at(doc, i);
    int seen = p < 0;
    for (size_t k = 0; k < n && !seen; k++) {
      seen = out[k] == p;
    }
    if (!seen) {
      out[n++] = p;
    }
  }
  return n;
}

/* Whether the people have at least two known countries between them. */
static int
two_countries(const PactDoc *doc, const int32_t *people, size_t n)
{
  int32_t first = -1;

  for (size_t i = 0; i < n; i++) {
    int32_t c = doc->things[people[i]].country;
    if (c >= 0 && first >= 0 && c != first) {
      return 1;
    }
    if (c >= 0 && first < 0) {
      first = c;
    }
  }
  return 0;
}

/* The people named in [a, b), when they come from at least two countries
 * or one is the other's counterpart (both sides of a meeting); 0
 * otherwise. */
static size_t
persons_from_two_sides(const PactDoc *doc, size_t a, size_t b, int32_t *out, size_t max)
{
  size_t n = add_persons(doc, a, b, out, 0, max);

  if (n >= 2 && !two_countries(doc, out, n)) {
    /* "the minister and his Kenyan counterpart": sides the countries
     * have not told yet */
    int counterpart = 0;
    for (size_t i = a; i < b && !counterpart; i++) {
      counterpart = pact_doc_key_is(doc, i, "counterpart") || pact_doc_key_is(doc, i, "homologue");
    }
    n = counterpart ? n : 0;
  }
  return n >= 2 ? n : 0;
}

static PactStatus
add_meeting(PactDoc *doc, const int32_t *people, size_t n, const PactDate *date, int32_t place,
            const PactMatch *mt)
{
  PactThing *t = NULL;

  /* the same people on another day met again: another meeting */
  for (size_t i = 0; i < doc->n_things && !t; i++) {
    if (doc->things[i].cls == PACT_MEETING && !doc->things[i].dead && same_people(&doc->things[i], people, n) &&
        !(date && doc->things[i].date[0] && strcmp(doc->things[i].date, date->start) != 0)) {
      t = &doc->things[i];
    }
  }
  if (!t) {
    t = pact_doc_add(doc, PACT_MEETING);
    if (!t) {
      return PACT_ERR_NOMEM;
    }
    t->first_tok = mt->tok;
    t->sentence = doc->toks.v[mt->tok].sentence;
    for (size_t i = 0; i < n; i++) {
      PACT_TRY(pact_thing_ref(&t->refs, &t->n_refs, people[i]));
    }
  }
  PACT_TRY(pact_thing_mention(t, doc->toks.v[mt->tok].start, doc->toks.v[mt->tok + mt->n - 1].end));
  if (date && !t->date[0]) {
    memcpy(t->date, date->start, sizeof t->date);
  }
  if (place >= 0 && t->place < 0) {
    t->place = place;
  }
  return PACT_OK;
}

/* A visit of `guest` to the country named as the subject of the cue at
 * tok (a country's name, not a demonym, with nothing but a date or an
 * auxiliary between), when the guest is from elsewhere. */
static PactStatus
country_hosts(PactDoc *doc, size_t a, size_t tok, int32_t guest, const PactDate *date)
{
  int32_t host = -1;
  int32_t v;

  for (size_t i = tok; i > a && host < 0; i--) {
    const PactLexEntry *c = pact_doc_entry(doc, i - 1, LEX_COUNTRY);
    const PactMatch *m = pact_doc_match_at(doc, i - 1);
    if (c && m && !pact_lex_is_demonym(c) && doc->owner[m->tok] < 0) {
      host = c->value;
    } else if (!(pact_doc_has(doc, i - 1, LEX_WEEKDAY) || pact_doc_key_is(doc, i - 1, "on") ||
                 pact_doc_key_is(doc, i - 1, "a") || pact_doc_key_is(doc, i - 1, "has"))) {
      break;
    }
  }
  if (host < 0 || doc->things[guest].country == host || find_visit(doc, guest, host) >= 0) {
    return PACT_OK;
  }
  if (doc->host < 0) {
    doc->host = host;
  }
  return add_implied_visit(doc, guest, host, date ? date->start : "",
                           &(PactSpan){doc->toks.v[tok].start, doc->toks.v[tok].end}, (uint32_t)tok,
                           doc->toks.v[tok].sentence, &v);
}

/* Whether [a, b) tells a visit or a stay: a range of dates there is its,
 * not a meeting's ("held in Ulaanbaatar on May 16 and 17" is the
 * meeting's own: it began on the 16th). */
static int
visit_told(const PactDoc *doc, size_t a, size_t b)
{
  for (size_t i = a; i < b; i++) {
    if (entry_kind(doc, i, LEX_EVENT, "visit") || entry_kind(doc, i, LEX_EVENT, "presence")) {
      return 1;
    }
  }
  return 0;
}

static int plural_people(const PactDoc *doc, size_t tok);

/* Whether [a, b) between one verb's objects and the next cue joins two
 * verbs of one subject: "and", "et", "then", "puis", "also", a comma; no
 * relative pronoun ("who", "qui") and no new subject. */
static int
joined_verb(const PactDoc *doc, size_t a, size_t b)
{
  static const char *const joins[] = {"and", "et", "puis", NULL};
  static const char *const fillers[] = {"and", "et", "then", "puis", "also", "later", "ensuite", "egalement",
                                        "aussi", "a", "has", "had", "s", "est", "il", "he", "she", "elle", NULL};
  int joined = 0;

  if (b > a + 6) {
    return 0;
  }
  for (size_t i = a; i < b; i++) {
    joined |= pact_doc_key_in(doc, i, joins);
    if (!(pact_doc_key_in(doc, i, fillers) || pact_doc_is_punct(doc, i, ',') || pact_doc_is_punct(doc, i, '\''))) {
      return 0;
    }
  }
  return joined;
}

/* Where the word "with"/"avec" at `tok` opens those who sit in, the cue of
 * attendance that follows it in [tok, b) ("received by the President, with
 * X and Foreign Minister Y also taking part"), or b. */
static size_t
with_attendance(const PactDoc *doc, size_t tok, size_t b)
{
  if (!pact_doc_key_is(doc, tok, "with") && !pact_doc_key_is(doc, tok, "avec")) {
    return b;
  }
  for (size_t j = tok + 1; j < b && j < tok + 16; j++) {
    if (entry_kind(doc, j, LEX_EVENT, "attendance")) {
      return j;
    }
    if (pact_doc_is_punct(doc, j, ',') || pact_doc_is_punct(doc, j, ';') || pact_doc_is_punct(doc, j, '.')) {
      if (!(j + 1 < b && person_at(doc, j + 1) >= 0)) {
        return b; /* a list of people goes on past a comma, nothing else */
      }
    }
  }
  return b;
}

/* Where the meeting of cue `mt` in sentence [a, b) was: told before the
 * cue or near after it, not "held talks in Singapore on Sunday and ...
 * in a message widely read as aimed at Beijing" (a city Singapore is not:
 * a country's name tells no place). */
static int32_t
meeting_place(const PactDoc *doc, size_t a, size_t b, const PactMatch *mt)
{
  size_t near = mt->tok + mt->n + 12;

  return place_in(doc, a, near < b ? near : b);
}

static PactStatus
meetings(PactDoc *doc)
{
  /* the cue told before in the sentence: its subject, and where its
   * objects end ("X called on Y and held talks with Z": X held them) */
  int32_t prev_subject = -1;
  size_t prev_end = 0;
  uint32_t prev_sentence = UINT32_MAX;

  for (size_t m = 0; m < doc->n_matches; m++) {
    const PactMatch *mt = &doc->matches[m];
    const PactLexEntry *e = entry_kind(doc, mt->tok, LEX_EVENT, "meeting");
    size_t a;
    size_t b;
    int32_t subject;
    int32_t objects[8];
    size_t n_objects = 0;
    const PactDate *date;
    int32_t place;
    int between;

    if (!e) {
      continue;
    }
    sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
    between = pact_doc_key_is(doc, mt->tok + mt->n, "between") || pact_doc_key_is(doc, mt->tok + mt->n, "entre");
    /* "was co-chaired by A and B", "coprésidée par A et par B", "was led
     * jointly by A and B": those after "by" are the meeting, whoever the
     * sentence's subject is */
    if (pact_doc_key_is(doc, mt->tok + mt->n, "by") || pact_doc_key_is(doc, mt->tok + mt->n, "par")) {
      for (size_t k = mt->tok; k < mt->tok + mt->n; k++) {
        between |= strncmp(pact_token_key(&doc->toks, k), "co", 2) == 0 || pact_doc_key_is(doc, k, "jointly") ||
                   pact_doc_key_is(doc, k, "conjointement");
      }
    }
    subject = between ? -1 : person_near(doc, a, b, mt->tok, 1);
    if (subject >= 0) {
      size_t end = mt->tok;
      while (end > a && person_at(doc, end - 1) != subject) {
        end--;
      }
      if (new_clause(doc, end, mt->tok)) {
        /* the sentence's subject: its first person, or whom the
         * sentence's opening "he" or "the minister" speaks of */
        size_t first = first_person(doc, a, b);
        static const char *const possessives[] = {"his", "her", "son", "sa", "ses", NULL};
        int pronoun = opens_with_reference(doc, a, first);
        for (size_t k = a; k < first && !pronoun; k++) {
          /* "On Tuesday he held talks", "His trip opened with" */
          pronoun = pact_doc_key_in(doc, k, subject_pronouns) || pact_doc_key_in(doc, k, possessives);
        }
        /* "Accueilli à l'aéroport par X, il y avait rencontré Y": a
         * first person who is a phrase's agent is not its subject */
        pronoun |= agent_of_phrase(doc, a, first);
        subject = pronoun ? person_before(doc, a) : person_at(doc, first);
      }
    }
    if (subject < 0 && !between) {
      subject = described_person(doc, a, mt->tok);
    }
    /* "called on President X and held talks with Y": a verb joined by
     * "and" to the cue before shares its subject, X is that cue's object */
    if (!between && prev_sentence == doc->toks.v[mt->tok].sentence && prev_subject >= 0 && subject != prev_subject &&
        prev_end <= mt->tok && joined_verb(doc, prev_end, mt->tok)) {
      subject = prev_subject;
    }
    for (size_t i = mt->tok + mt->n; i < b && n_objects < 8; i++) {
      int32_t p = person_at(doc, i);
      if (p < 0 && i == mt->tok + mt->n + 1) {
        p = guest_at(doc, i); /* "Khan received his guest" */
      }
      if (p < 0 && i == mt->tok + mt->n) {
        p = described_at(doc, i); /* "received the French minister" */
      }
      if (p < 0 && i == mt->tok + mt->n && subject >= 0 && (object_pronoun(doc, i - 1) || object_pronoun(doc, i))) {
        /* "X landed at the airfield, where Y welcomed him": the
         * sentence's first person, when not the verb's subject */
        size_t f = first_person(doc, a, b);
        p = f < b && person_at(doc, f) != subject ? person_at(doc, f) : -1;
        /* "a remis au général chinois la distinction, puis s'est
         * entretenu avec lui": the one described before in the sentence,
         * else the story's visitor, else the subject before */
        for (size_t k = a; p < 0 && k < mt->tok; k++) {
          p = described_at(doc, k);
          p = p == subject ? -1 : p;
        }
        if (p < 0) {
          p = visitor_other_than(doc, subject);
        }
        if (p < 0) {
          p = person_before(doc, a);
        }
      }
      if (p < 0 && i == mt->tok + mt->n && subject >= 0 && clitic_object(doc, mt->tok)) {
        /* "Le Premier ministre X l'a ensuite reçu": whom the story is of */
        p = visitor_other_than(doc, subject);
      }
      if (entry_kind(doc, i, LEX_EVENT, "attendance") || (n_objects > 0 && with_attendance(doc, i, b) < b)) {
        break; /* "en présence de X", "with X also taking part": X sits in (attendance()) */
      }
      if (n_objects > 0 && entry_kind(doc, i, LEX_EVENT, "meeting")) {
        break; /* "talks with X, and on Wednesday he met Y": Y is the next cue's */
      }
      int seen = p == subject;
      for (size_t k = 0; k < n_objects; k++) {
        seen |= objects[k] == p;
      }
      if (p >= 0 && !seen) {
        objects[n_objects++] = p;
      }
    }
    if (n_objects == 0) {
      int32_t pair[2];
      int two = 0;
      int32_t before[8];
      size_t n_before = persons_from_two_sides(doc, a, mt->tok, before, 8);
      /* "Lee and his Slovak counterpart, Jaroslav Nad, signed the
       * document after talks": the talks are those of the clause's
       * subjects, people of two countries */
      if (n_before >= 2) {
        date = date_in(doc, a, b, mt->tok, 0);
        date = date ? (date->range && visit_told(doc, a, b) ? NULL : date) : narrative_date(doc, mt->tok);
        PACT_TRY(add_meeting(doc, before, n_before, date, meeting_place(doc, a, b, mt), mt));
        continue;
      }
      for (size_t i = a; i < mt->tok; i++) {
        /* "the two ministers", "the two sides", "les deux délégations",
         * "the two of them": people; not "les deux pays s'est intensifiée"
         * (countries, whose talks of another year name no one of this
         * story) */
        static const char *const sides[] = {"sides", "parties", "delegations", "of", NULL};
        if (pact_doc_key_is(doc, i, "two") || pact_doc_key_is(doc, i, "deux") || pact_doc_key_is(doc, i, "both")) {
          /* "the two countries' defense chiefs": the noun within a few words */
          for (size_t k = i + 1; k < i + 5 && k < mt->tok && !two; k++) {
            two = plural_people(doc, k) || pact_doc_key_in(doc, k, sides);
          }
        }
      }
      if (two && subject < 0 && two_before(doc, mt->tok, pair)) {
        date = date_in(doc, a, b, mt->tok, 0);
        date = date ? (date->range && visit_told(doc, a, b) ? NULL : date) : narrative_date(doc, mt->tok);
        PACT_TRY(add_meeting(doc, pair, 2, date, meeting_place(doc, a, b, mt), mt));
      }
      continue;
    }
    /* "the meeting brought together Colonel Fall and his Mauritanian
     * counterpart, Mohamed Bellal": people of two countries after the
     * cue are the meeting, with no one from the sentence before */
    if (subject < 0 && !between && n_objects >= 2 && two_countries(doc, objects, n_objects)) {
      between = 1;
    }
    /* "The 12th meeting of the working group, ..., was co-chaired by A
     * and B": a noun that opens its sentence has no one before */
    size_t head = mt->tok;
    while (head > a && (ordinal_at(doc, head - 1) || cardinal(doc, head - 1) > 0)) {
      head--;
    }
    int noun_opens = head > a && head - 1 == a && is_determiner(doc, a);
    if (subject < 0 && !between && !noun_opens) {
      /* "the Pakistani official notably met with ...": the one before */
      subject = person_before(doc, a);
      for (size_t k = 0; k < n_objects; k++) {
        if (objects[k] == subject) {
          subject = -1;
        }
      }
    }
    date = date_in(doc, a, b, mt->tok, 0);
    if (date && date->range && visit_told(doc, a, b)) {
      date = NULL; /* a range dates the visit, not this meeting */
    } else if (!date) {
      date = narrative_date(doc, mt->tok);
    }
    place = meeting_place(doc, a, b, mt);
    if (subject >= 0 && !between) {
      prev_subject = subject;
      prev_sentence = doc->toks.v[mt->tok].sentence;
      prev_end = mt->tok + mt->n;
      for (size_t i = prev_end; i < b; i++) {
        if (i > mt->tok + mt->n && entry_kind(doc, i, LEX_EVENT, "meeting")) {
          break;
        }
        if (person_at(doc, i) >= 0 && person_at(doc, i) != subject) {
          prev_end = i + 1; /* past the last object named */
        }
      }
    }
    if (between || subject < 0) {
      if (n_objects >= 2 || (subject >= 0)) {
        PACT_TRY(add_meeting(doc, objects, n_objects, date, place, mt));
      } else if (n_objects == 1 && !between) {
        /* "Kenya on Tuesday hosted Ghana's Defence Minister X", "Le
         * Sénégal a accueilli le ministre ghanéen X": a country receives
         * someone from elsewhere, who is visiting it */
        PACT_TRY(country_hosts(doc, a, mt->tok, objects[0], date));
      }
      continue;
    }
    /* one meeting per counterpart: "X met Y and Z" */
    for (size_t k = 0; k < n_objects; k++) {
      int32_t pair[2] = {subject, objects[k]};
      PACT_TRY(add_meeting(doc, pair, 2, date, place, mt));
    }
  }
  return PACT_OK;
}

/* Those who sit in on a meeting told already: "Iraq's ambassador, Safia
 * al-Suhail, sat in on the meeting", "assistait à l'entretien"; "in the
 * presence of X", "en présence de X". They join the meeting of their
 * sentence, or else the last one told before it. */
static PactStatus
attendance(PactDoc *doc)
{
  for (size_t m = 0; m < doc->n_matches; m++) {
    const PactMatch *mt = &doc->matches[m];
    size_t a;
    size_t b;
    int32_t meeting = -1;
    int32_t people[8];
    size_t n = 0;
    int presence;

    if (!entry_kind(doc, mt->tok, LEX_EVENT, "attendance")) {
      continue;
    }
    sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
    /* "in the presence of X", "Also present were X": those after;
     * "X was also present", "X était également présent": its subject */
    presence = 0;
    int stative = 0;
    int named_after = pact_doc_key_is(doc, mt->tok + mt->n - 1, "were");
    /* "Also at the table in Cairo were X and Y": the verb after a place */
    for (size_t i = mt->tok + mt->n; !named_after && i < b && i < mt->tok + mt->n + 4 &&
                                     pact_doc_key_is(doc, mt->tok, "also");
         i++) {
      named_after = pact_doc_key_is(doc, i, "were") || pact_doc_key_is(doc, i, "was");
    }
    for (size_t i = mt->tok; i < mt->tok + mt->n; i++) {
      presence |= pact_doc_key_is(doc, i, "presence");
      stative |= pact_doc_key_is(doc, i, "present") || pact_doc_key_is(doc, i, "presents") ||
                 pact_doc_key_is(doc, i, "presente") || pact_doc_key_is(doc, i, "room") ||
                 pact_doc_key_is(doc, i, "attendance");
    }
    /* "X also took part.", "X y assistait.": the verb ends its sentence */
    stative |= pact_doc_is_punct(doc, mt->tok + mt->n, '.') && mt->tok + mt->n + 1 >= b;
    /* "received by the President, with X and Y also taking part": those
     * between "with" and the cue */
    size_t with = mt->tok;
    while (with > a && mt->tok - with < 16 && with_attendance(doc, with - 1, b) != mt->tok) {
      with--;
    }
    if (with > a && with_attendance(doc, with - 1, b) == mt->tok) {
      n = add_persons(doc, with, mt->tok, people, 0, 8);
      stative = 1;
    } else if (presence || named_after) {
      for (size_t i = mt->tok + mt->n; i < b && i < mt->tok + mt->n + 32 && n < 8; i++) {
        int32_t p = person_at(doc, i);
        if (p >= 0 && (n == 0 || people[n - 1] != p)) {
          people[n++] = p;
        }
      }
    } else {
      /* the verb must take a meeting: "sat in on the talks" */
      int of_meeting = 0;
      for (size_t i = mt->tok + mt->n; i < b && i < mt->tok + mt->n + 4 && !of_meeting; i++) {
        of_meeting = entry_kind(doc, i, LEX_EVENT, "meeting") != NULL;
      }
      of_meeting |= stative;
      people[0] = of_meeting ? person_near(doc, a, b, mt->tok, 1) : -1;
      n = people[0] >= 0;
      /* "Foreign Minister X and Defence Minister Y joined the meeting":
       * every person of the subject */
      if (of_meeting) {
        n = add_persons(doc, a, mt->tok, people, n, 8);
      }
    }
    for (size_t i = 0; i < doc->n_things && n; i++) {
      const PactThing *t = &doc->things[i];
      if (t->cls != PACT_MEETING || t->dead || t->first_tok > mt->tok) {
        continue;
      }
      if (t->first_tok >= a || !presence) {
        if (meeting < 0 || t->first_tok >= doc->things[meeting].first_tok) {
          meeting = (int32_t)i;
        }
      }
    }
    for (size_t k = 0; meeting >= 0 && k < n; k++) {
      PACT_TRY(pact_thing_ref(&doc->things[meeting].refs, &doc->things[meeting].n_refs, people[k]));
    }
  }
  return PACT_OK;
}

static int
is_ambassador(const PactThing *t)
{
  return has_title_word(t, "ambassad");
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
  return find_visit(doc, p, -1) >= 0;
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
  static const char *const counterpart[] = {"counterpart", "counterparts", "homologue", "homologues", NULL};
  size_t a;
  size_t b;
  int32_t top[2];

  sentence_span(doc, doc->toks.v[tok].sentence, tok, &a, &b);
  for (size_t i = tok; i > a; i--) {
    size_t cue = i - 1;
    int with = pact_doc_key_in(doc, cue, companion);
    int other = !with && tok - cue <= 4 && pact_doc_key_in(doc, cue, counterpart);
    if (person_at(doc, cue) >= 0 && person_at(doc, cue) != person_at(doc, tok)) {
      break; /* another person in between: the tie is theirs */
    }
    if (!with && !other) {
      continue;
    }
    int32_t lead = person_near(doc, a, b, cue, 1);
    if (lead < 0) {
      lead = person_before(doc, a); /* "Il était accompagné du général Y" */
    }
    int32_t c = lead >= 0 ? doc->things[lead].country : -1;
    if (c < 0) {
      return -1;
    }
    if (with) {
      return c;
    }
    if (principal_countries(doc, top) == 2 && (top[0] == c || top[1] == c)) {
      return top[0] == c ? top[1] : top[0];
    }
    return -1;
  }
  return -1;
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
static void
fallback_countries(PactDoc *doc)
{
  int32_t visitor = -1;
  int32_t top[2];
  size_t n_top = principal_countries(doc, top);

  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *v = &doc->things[i];
    if (v->cls != PACT_VISIT || v->dead || v->visitor < 0) {
      continue;
    }
    if (visitor < 0) {
      visitor = v->visitor;
    }
    /* The visitor comes from the other of the article's two countries:
     * "a visit to Gabon" in an article about Gabon and France. */
    if (v->host >= 0 && doc->things[v->visitor].country < 0 && n_top == 2 &&
        (top[0] == v->host || top[1] == v->host)) {
      doc->things[v->visitor].country = top[0] == v->host ? top[1] : top[0];
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
        if (doc->things[m->refs[k]].country < 0 && !is_ambassador(&doc->things[m->refs[k]])) {
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
    if (t->cls == PACT_PERSON && is_ambassador(t)) {
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
    } else if (doc->home >= 0) {
      t->country = doc->home;
    }
  }
}

/* Whether tok is a plural subject standing for the people of the story:
 * "the two ministers", "both ministers", "les deux responsables", "they". */
static int
plural_people(const PactDoc *doc, size_t tok)
{
  static const char *const words[] = {"ministers", "ministres", "leaders", "chiefs", "chefs", "responsables",
                                      "counterparts", "homologues", "officials", "officers", "officiers",
                                      "generals", "generaux", "commanders", "admirals", "amiraux", "heads",
                                      "dirigeants", "men", "hommes", "they", "ils", "elles", NULL};

  return pact_doc_key_in(doc, tok, words);
}

/* The agreement was signed when the sentence that names its signers
 * says ("Le texte a été signé lundi 30 novembre ... par X et Y"), over a
 * date of a sentence that only mentioned the signing ("une visite marquée
 * par la signature d'un mémorandum"); an undated one, when the story's
 * time told last before it says. */
static void
signing_date(PactDoc *doc, PactThing *agreement, size_t a, size_t b, size_t tok)
{
  const PactDate *d = date_in(doc, a, b, tok, 0);

  d = d && d->range ? NULL : d;
  if (!d && !agreement->date[0]) {
    d = narrative_date(doc, tok);
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
static PactStatus
signers_by_subject(PactDoc *doc)
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
    if (!sg || !sg->kind || strcmp(sg->kind, "signed") != 0) {
      continue;
    }
    sentence_span(doc, doc->toks.v[mt->tok].sentence, mt->tok, &a, &b);
    if (n_ag > 1) {
      size_t near = nearest_agreement(doc, a, b, mt->tok);
      w = n_ag;
      for (size_t k = 0; near != (size_t)-1 && k < n_ag && w == n_ag; k++) {
        const PactThing *t = &doc->things[ag[k].thing];
        for (size_t x = 0; x < t->n_mentions; x++) {
          if (t->mentions[x].start == doc->toks.v[near].start) {
            w = k;
          }
        }
      }
      if (w == n_ag) {
        continue;
      }
    }
    agreement = ag[w].thing;
    if (ag[w].found_in != UINT32_MAX && ag[w].found_in != doc->toks.v[mt->tok].sentence) {
      continue; /* signers known, from another sentence */
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
    /* "X and his counterpart, Y, signed": the apposition's closing comma */
    if (j > a + 1 && pact_doc_is_punct(doc, j - 1, ',') && person_at(doc, j - 2) >= 0) {
      j--;
    } else if (j > a + 1 && pact_doc_is_punct(doc, j - 1, ',')) {
      /* "Kana, Permanent Secretary of the ministry, signed": back over
       * the apposition to the person it describes */
      size_t k = j - 1;
      while (k > a && k + 12 > j && !pact_doc_is_punct(doc, k - 1, ',') && person_at(doc, k - 1) < 0) {
        k--;
      }
      if (k > a + 1 && pact_doc_is_punct(doc, k - 1, ',') && person_at(doc, k - 2) >= 0) {
        j = k - 1;
      }
    }
    plural = j > a && plural_people(doc, j - 1);
    /* the passive's agent: "signé par X", and past a date and a place:
     * "a été signé lundi 30 novembre au quartier général par X" */
    size_t by = mt->tok + mt->n;
    int passive = 0;
    for (size_t k = mt->tok; k < mt->tok + mt->n; k++) {
      passive |= pact_doc_key_is(doc, k, "was") || pact_doc_key_is(doc, k, "were") || pact_doc_key_is(doc, k, "been") ||
                 pact_doc_key_is(doc, k, "ete");
    }
    while (passive && by < b && by < mt->tok + mt->n + 16 && !pact_doc_key_is(doc, by, "par") &&
           !pact_doc_key_is(doc, by, "by") && !pact_doc_is_punct(doc, by, ',') && !pact_doc_is_punct(doc, by, ';') &&
           person_at(doc, by) < 0) {
      by++;
    }
    int agent = pact_doc_key_is(doc, by, "par") || pact_doc_key_is(doc, by, "by");
    if (!agent) {
      by = mt->tok + mt->n; /* the walk started there: no agent at all */
    }
    /* "... signé par les deux responsables" */
    for (size_t k = by + 1; agent && k < b && k < by + 5 && !plural; k++) {
      plural = plural_people(doc, k);
    }
    /* "Le texte a été signé par X, ..., et par Y" */
    if (!plural && agent) {
      n = signers_after(doc, by, b, people, 8);
      if (n > 0) {
        for (size_t k = 0; k < n; k++) {
          PACT_TRY(pact_thing_ref(&doc->things[agreement].refs2, &doc->things[agreement].n_refs2, people[k]));
        }
        ag[w].found_in = UINT32_MAX - 1; /* "signed by" named them all */
        signing_date(doc, &doc->things[agreement], a, b, mt->tok);
        continue;
      }
    }
    if (!(plural || (j > a && person_at(doc, j - 1) >= 0))) {
      continue;
    }
    for (size_t k = a; k < j && n < 8; k++) {
      int32_t p = person_at(doc, k);
      if (p >= 0 && (n == 0 || people[n - 1] != p)) {
        people[n++] = p;
      }
    }
    if (plural && n < 2 && two_titled(doc, mt->tok, people)) {
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
        int32_t p = person_at(doc, k - 1);
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

/* Whether some meeting of the article has every one of `people`. */
static int
meeting_with_all(const PactDoc *doc, const int32_t *people, size_t n)
{
  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *m = &doc->things[i];
    if (m->cls == PACT_MEETING && !m->dead && holds_all(m, people, n)) {
      return 1;
    }
  }
  return 0;
}

/* Signing together is meeting: the signatories of an agreement signed by
 * people of two sides ("Kana signed for Nigeria, while General Hamouda
 * signed for Egypt") met that day, where it was signed, whether or not
 * the story tells their talks. Of the corpus's signed agreements with two
 * signatories or more, 20 of 23 are a meeting in the gold as well. */
static PactStatus
signing_meetings(PactDoc *doc)
{
  size_t n = doc->n_things;

  for (size_t i = 0; i < n; i++) {
    const PactThing *a = &doc->things[i];
    int32_t people[8];
    size_t n_people = 0;
    int unknown = 0;
    PactThing *m;

    if (a->cls != PACT_AGREEMENT || a->dead || !a->status || strcmp(a->status, "signed") != 0 || a->n_refs2 < 2) {
      continue;
    }
    for (size_t k = 0; k < a->n_refs2 && n_people < 8; k++) {
      if (doc->things[a->refs2[k]].cls == PACT_PERSON) {
        people[n_people++] = a->refs2[k];
        unknown |= doc->things[a->refs2[k]].country < 0;
      }
    }
    /* the signatories of an agreement between two parties sign for each,
     * whatever countries the text let us give them ("the then defence
     * ministers, X and Y, signed") */
    if (n_people < 2 || !(unknown || two_countries(doc, people, n_people) || a->n_refs >= 2) ||
        meeting_with_all(doc, people, n_people)) {
      continue;
    }
    m = pact_doc_add(doc, PACT_MEETING);
    if (!m) {
      return PACT_ERR_NOMEM;
    }
    a = &doc->things[i]; /* doc->things may have moved */
    m->first_tok = a->first_tok;
    m->sentence = a->sentence;
    m->place = a->place;
    memcpy(m->date, a->date, sizeof m->date);
    for (size_t k = 0; k < n_people; k++) {
      PACT_TRY(pact_thing_ref(&m->refs, &m->n_refs, people[k]));
    }
    if (a->n_mentions) {
      PactSpan said = a->mentions[0];
      PACT_TRY(pact_thing_mention(m, said.start, said.end));
    }
  }
  return PACT_OK;
}

/* Whether a date (or none) is within `days` of the article's; a month
 * ("2016-02") counts as its middle day, a year alone as never. */
static int
within_days(const PactDoc *doc, const char *date, int days)
{
  const PactText *t = doc->text;
  char day[12];
  int y;
  int m;
  int d;

  if (!date[0] || !t->year) {
    return !date[0] && t->year;
  }
  if (strlen(date) == 7) {
    memcpy(day, date, 7);
    memcpy(day + 7, "-15", 4);
    date = day;
  }
  if (!pact_iso_day_parse(date, &y, &m, &d)) {
    return 0;
  }
  long diff = pact_days_from_civil(y, m, d) - pact_days_from_civil(t->year, t->month, t->day);
  return diff >= -days && diff <= days;
}

/* Whether a date (or none) is within a week of the article's. */
static int
of_the_day(const PactDoc *doc, const char *date)
{
  return within_days(doc, date, 7);
}

/* Officials of one country who sign or meet at a place of another are
 * visiting it, told or not ("Lee and his Slovak counterpart signed the
 * memorandum at the ministry in Seoul": Nad is visiting South Korea).
 * Ambassadors live there. The visit is dated by the event and placed by
 * the host's places named in the story, as a told visit is. */
static PactStatus
visits_by_presence(PactDoc *doc)
{
  size_t n = doc->n_things;

  for (size_t i = 0; i < n; i++) {
    int32_t where;
    const int32_t *people;
    size_t n_people;

    if (doc->things[i].dead || (doc->things[i].cls != PACT_MEETING && doc->things[i].cls != PACT_AGREEMENT)) {
      continue;
    }
    /* the story's history ("In February 2016 ... signed an agreement in
     * Abuja") tells where things were done, not visits */
    if (doc->things[i].date[0] && !within_days(doc, doc->things[i].date, 60)) {
      continue;
    }
    /* where: the event's place, or else the dateline's country when the
     * event is of the story's days (within a week of the article) and the
     * story tells no visit to another country (an Islamabad report of
     * the minister's talks in Rabat) */
    where = doc->things[i].place >= 0 ? doc->things[doc->things[i].place].country : -1;
    if (where < 0 && doc->home >= 0 && (doc->host < 0 || doc->host == doc->home) &&
        of_the_day(doc, doc->things[i].date)) {
      where = doc->home;
    }
    people = doc->things[i].cls == PACT_MEETING ? doc->things[i].refs : doc->things[i].refs2;
    n_people = doc->things[i].cls == PACT_MEETING ? doc->things[i].n_refs : doc->things[i].n_refs2;
    /* "returned to Accra after a visit to Kenya, where he met X": a
     * meeting of a visitor in the sentence of the visit is of that visit,
     * wherever the sentence's first place is */
    for (size_t k = 0; k < n_people && where >= 0; k++) {
      for (size_t j = 0; j < doc->n_things; j++) {
        const PactThing *o = &doc->things[j];
        if (o->cls == PACT_VISIT && !o->dead && o->visitor == people[k] && o->sentence == doc->things[i].sentence &&
            o->host != where) {
          where = -1;
        }
      }
    }
    for (size_t k = 0; k < n_people && where >= 0; k++) {
      int32_t p = people[k];
      int32_t v;
      char start[12];
      PactSpan said;
      if (doc->things[p].cls != PACT_PERSON || doc->things[p].country < 0 || doc->things[p].country == where ||
          is_ambassador(&doc->things[p]) || find_visit(doc, p, where) >= 0) {
        continue;
      }
      /* copies: doc->things may move */
      memcpy(start, doc->things[i].date, sizeof start);
      if (doc->things[i].n_mentions) {
        said = doc->things[i].mentions[0];
      }
      PACT_TRY(add_implied_visit(doc, p, where, start, doc->things[i].n_mentions ? &said : NULL,
                                 doc->things[i].first_tok, doc->things[i].sentence, &v));
      people = doc->things[i].cls == PACT_MEETING ? doc->things[i].refs : doc->things[i].refs2;
    }
  }
  return PACT_OK;
}

PactStatus
pact_doc_events(PactDoc *doc)
{
  PACT_TRY(agreements(doc));
  PACT_TRY(exercises(doc));
  PACT_TRY(other_editions(doc));
  exercise_references(doc);
  PACT_TRY(visits(doc));
  PACT_TRY(meetings(doc));
  PACT_TRY(attendance(doc));
  PACT_TRY(signers_by_subject(doc));
  fallback_countries(doc);
  PACT_TRY(signing_meetings(doc));
  PACT_TRY(visits_by_presence(doc));
  return PACT_OK;
}
