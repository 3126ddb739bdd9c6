/* Countries and places: phrases of the lexicons (and the dateline's city,
 * whose country is the article's home), then places no table lists, from a
 * head beside a capitalised name ("Camp X", "X Naval Base"). */
#define _POSIX_C_SOURCE 200809L
#include "extract/doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A dash after a dateline's city, spaced: "ANKARA - " (the reader has
 * made every dash "-", read/article.c); a hyphen with no space before it
 * joins words ("Ankara-based"). */
static int
dash_at(const PactDoc *doc, size_t tok)
{
  return tok + 1 < doc->toks.n && pact_doc_is_punct(doc, tok, '-') && (doc->toks.v[tok].flags & TF_SPACE) &&
         (doc->toks.v[tok + 1].flags & TF_SPACE);
}

/* Whether tok follows "CITY," opening the body: a comma after words in
 * capitals, the first of which opens a line. */
static int
upper_dateline_before(const PactDoc *doc, size_t tok)
{
  size_t k = tok;

  if (k < 2 || !pact_doc_is_punct(doc, k - 1, ',')) {
    return 0;
  }
  k--;
  while (k > 0 && tok - k < 5 && doc->toks.v[k - 1].kind == TOK_WORD && (doc->toks.v[k - 1].flags & TF_UPPER)) {
    k--;
    if (doc->toks.v[k].flags & TF_NEWLINE) {
      return k < 200;
    }
  }
  return 0;
}

static PactStatus
countries_and_places(PactDoc *doc)
{
  PactStatus st = PACT_OK;

  for (size_t m = 0; m < doc->n_matches && st == PACT_OK; m++) {
    const PactMatch *mt = &doc->matches[m];
    const PactLexEntry *c = pact_doc_entry(doc, mt->tok, LEX_COUNTRY);
    const PactLexEntry *p = pact_doc_entry(doc, mt->tok, LEX_PLACE);
    uint32_t a = doc->toks.v[mt->tok].start;
    uint32_t b = doc->toks.v[mt->tok + mt->n - 1].end;

    if (c) {
      int32_t t = pact_doc_country(doc, c->value);
      if (t < 0) {
        return PACT_ERR_NOMEM;
      }
      st = pact_thing_mention(&doc->things[t], a, b);
      if (st == PACT_OK) {
        st = pact_thing_variant(&doc->things[t], doc->text->text + a, b - a);
      }
      doc->country_count[c->value]++;
      /* "VICTORIA FALLS, Zimbabwe - ", "KABWE, Zambia - ": a dateline
       * whose city no table lists, with its country after it */
      if (doc->home < 0 && !pact_lex_is_demonym(c) && upper_dateline_before(doc, mt->tok) &&
          (dash_at(doc, mt->tok + mt->n) || pact_doc_is_punct(doc, mt->tok + mt->n, ':'))) {
        doc->home = c->value;
      }
    } else if (p) {
      const PactLexPlace *place = pact_lexicon_place(doc->lex, p->value);
      int32_t t = -1;
      PactThing *thing;
      /* the dateline's city (dead == 2 until named again) is the same place */
      for (size_t k = 0; k < doc->n_things && t < 0; k++) {
        const PactThing *o = &doc->things[k];
        if (o->cls == PACT_PLACE && (o->dead == 0 || o->dead == 2) && strcmp(o->name, place->name) == 0) {
          t = (int32_t)k;
        }
      }
      if (t < 0) {
        thing = pact_doc_add(doc, PACT_PLACE);
        if (!thing) {
          return PACT_ERR_NOMEM;
        }
        thing->name = strdup(place->name);
        thing->country = place->country;
        thing->kind = place->kind;
        thing->first_tok = mt->tok;
        thing->sentence = doc->toks.v[mt->tok].sentence;
        if (!thing->name) {
          return PACT_ERR_NOMEM;
        }
        t = (int32_t)(doc->n_things - 1);
      }
      thing = &doc->things[t];
      st = pact_thing_mention(thing, a, b);
      if (st == PACT_OK) {
        st = pact_thing_variant(thing, doc->text->text + a, b - a);
      }
      /* "ISLAMABAD:", "ANKARA -" or "Rabat, FEB 28 -" opening the body:
       * the dateline's city, whose country is the article's home. */
      if (doc->home < 0 && mt->tok < 200 && (doc->toks.v[mt->tok].flags & TF_NEWLINE) &&
          (pact_doc_is_punct(doc, mt->tok + mt->n, ':') || dash_at(doc, mt->tok + mt->n) ||
           ((doc->toks.v[mt->tok].flags & TF_UPPER) && pact_doc_is_punct(doc, mt->tok + mt->n, ',')) ||
           (pact_doc_is_punct(doc, mt->tok + mt->n, ',') && pact_doc_entry(doc, mt->tok + mt->n + 1, LEX_MONTH)))) {
        doc->home = place->country;
        if (thing->n_mentions == 1) {
          thing->dead = 2; /* a dateline, not a place of the story (yet) */
        }
      } else if (thing->dead == 2) {
        thing->dead = 0; /* the dateline's city, named again in the story */
      }
    }
  }
  return st;
}

/* Places that no table lists, from a head beside a capitalised name:
 * "Camp Aguinaldo", "Manda Bay Naval Base", "base navale de Locodjro". */
static PactStatus
places_by_head(PactDoc *doc)
{
  for (size_t m = 0; m < doc->n_matches; m++) {
    const PactMatch *mt = &doc->matches[m];
    const PactLexEntry *h = pact_doc_entry(doc, mt->tok, LEX_PLACE_HEAD);
    size_t a = mt->tok;
    size_t b = mt->tok + mt->n;
    int32_t country = -1;
    int32_t t;
    char *name;
    PactThing *thing;

    if (!h || (h->kind && strcmp(h->kind, "vessel") == 0)) {
      continue;
    }
    if (h->value == 0) {
      while (b < doc->toks.n && !(doc->toks.v[b].flags & TF_SENT) && b < mt->tok + mt->n + 4 &&
             doc->toks.v[b].kind == TOK_WORD && (doc->toks.v[b].flags & TF_CAP) && !pact_doc_has(doc, b, LEX_TITLE) &&
             !pact_doc_has(doc, b, LEX_MONTH) && !pact_doc_has(doc, b, LEX_WEEKDAY)) {
        b++;
      }
      if (b == mt->tok + mt->n) {
        continue;
      }
    } else {
      while (a > 0 && !(doc->toks.v[a].flags & TF_SENT) && a + 4 > mt->tok && doc->toks.v[a - 1].kind == TOK_WORD &&
             (doc->toks.v[a - 1].flags & TF_CAP) && !pact_doc_has(doc, a - 1, LEX_TITLE) &&
             !(pact_doc_has(doc, a - 1, LEX_COUNTRY) && !pact_doc_has(doc, a - 1, LEX_PLACE))) {
        a--;
      }
      if (a == mt->tok) {
        continue;
      }
    }
    /* a known place inside the name ("Mombasa Naval Base") gives the
     * country and is not a place of its own there */
    for (size_t i = a; i < b; i++) {
      const PactLexEntry *pl = pact_doc_entry(doc, i, LEX_PLACE);
      if (pl && (i < mt->tok || i >= mt->tok + mt->n)) {
        const PactLexPlace *place = pact_lexicon_place(doc->lex, pl->value);
        int32_t o = pact_doc_find(doc, PACT_PLACE, place->name);
        country = place->country;
        if (o >= 0 && doc->things[o].n_mentions == 1) {
          doc->things[o].dead = 1;
        }
      }
    }
    if ((pact_doc_key_is(doc, b, "in") || pact_doc_key_is(doc, b, "en") || pact_doc_key_is(doc, b, "au")) &&
        pact_doc_entry(doc, b + 1, LEX_COUNTRY)) {
      country = pact_doc_entry(doc, b + 1, LEX_COUNTRY)->value;
    }
    if (country < 0) {
      country = doc->home;
    }
    name = pact_doc_text(doc, a, b);
    if (!name) {
      return PACT_ERR_NOMEM;
    }
    t = pact_doc_find(doc, PACT_PLACE, name);
    if (t < 0) {
      thing = pact_doc_add(doc, PACT_PLACE);
      if (!thing) {
        free(name);
        return PACT_ERR_NOMEM;
      }
      thing->name = name;
      thing->country = country;
      thing->kind = h->kind;
      thing->first_tok = (uint32_t)a;
      thing->sentence = doc->toks.v[a].sentence;
      t = (int32_t)(doc->n_things - 1);
    } else {
      free(name);
    }
    PACT_TRY(pact_thing_mention(&doc->things[t], doc->toks.v[a].start, doc->toks.v[b - 1].end));
  }
  return PACT_OK;
}

PactStatus
pact_doc_places(PactDoc *doc)
{
  PACT_TRY(countries_and_places(doc));
  return places_by_head(doc);
}
