/* The extractor's stages in order, and the conversion of what they found
 * into a record. */
#define _POSIX_C_SOURCE 200809L
#include "extract/extract.h"

#include "extract/doc.h"
#include "util/calendar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
doc_free(PactDoc *doc)
{
  for (size_t i = 0; i < doc->n_things; i++) {
    pact_thing_free(&doc->things[i]);
  }
  free(doc->things);
  free(doc->matches);
  free(doc->match_at);
  free(doc->owner);
  free(doc->name_word);
  free(doc->dates);
  free(doc->country_count);
  pact_tokens_free(&doc->toks);
}

static const char *
copy(PactRecord *r, const char *s)
{
  return s ? pact_arena_strdup(&r->arena, s) : NULL;
}

/* Mentions, as exact original text and code point offsets. */
static PactStatus
give_mentions(PactRecord *r, PactEntity *e, const PactDoc *doc, const PactThing *t)
{
  e->mentions = pact_arena_alloc(&r->arena, (t->n_mentions + 1) * sizeof *e->mentions);
  if (!e->mentions) {
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < t->n_mentions; i++) {
    uint32_t a = pact_text_orig(doc->text, t->mentions[i].start);
    uint32_t b = pact_text_orig(doc->text, t->mentions[i].end);
    size_t len;
    const char *text = pact_text_original_at(doc->text, a, b, &len);
    /* straight into the record's arena: no string of its own to free */
    e->mentions[e->n_mentions].text = pact_arena_strndup(&r->arena, text, len);
    e->mentions[e->n_mentions].start = a;
    e->mentions[e->n_mentions].end = b;
    if (!e->mentions[e->n_mentions].text) {
      return PACT_ERR_NOMEM;
    }
    e->n_mentions++;
  }
  return PACT_OK;
}

static PactStatus
give_strings(PactRecord *r, PactStrings *out, char **v, size_t n)
{
  out->v = pact_arena_alloc(&r->arena, (n + 1) * sizeof *out->v);
  out->n = 0;
  if (!out->v) {
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < n; i++) {
    out->v[out->n] = copy(r, v[i]);
    if (!out->v[out->n]) {
      return PACT_ERR_NOMEM;
    }
    out->n++;
  }
  return PACT_OK;
}

static const char *
date_or_null(PactRecord *r, const char *d)
{
  return d[0] ? copy(r, d) : NULL;
}

/* The record's entity for lexicon country `c`: the one the article named,
 * or a new one for a country known only from a place, a title's
 * institution or a visit's destination. -1 when malloc fails. The new
 * entity may move r->entities. */
static int32_t
country_entity(PactRecord *r, const PactDoc *doc, const int32_t *index, int32_t c)
{
  const PactLexCountry *info = pact_lexicon_country(doc->lex, c);
  PactEntity *ce;

  for (size_t k = 0; k < doc->n_things; k++) {
    if (doc->things[k].cls == PACT_COUNTRY && doc->things[k].country == c && index[k] >= 0) {
      return index[k];
    }
  }
  for (size_t k = 0; k < r->n_entities; k++) {
    if (r->entities[k].cls == PACT_COUNTRY && strcmp(r->entities[k].code, info->code) == 0) {
      return (int32_t)k;
    }
  }
  ce = pact_record_add(r, PACT_COUNTRY);
  if (!ce) {
    return -1;
  }
  ce->code = copy(r, info->code);
  ce->id = ce->code;
  return (int32_t)(r->n_entities - 1);
}

/* A thing's id in its record: its class's initial and its place among the
 * document's things ("p3"), written without stdio (one per thing). */
static void
record_id(char out[32], char initial, size_t i)
{
  char digits[24];
  size_t n = 0;

  do {
    digits[n++] = (char)('0' + i % 10);
    i /= 10;
  } while (i);
  out[0] = initial;
  for (size_t k = 0; k < n; k++) {
    out[1 + k] = digits[n - 1 - k];
  }
  out[1 + n] = '\0';
}

/* Builds the record: countries first (others refer to them by index). */
static PactStatus
to_record(const PactDoc *doc, PactRecord *r)
{
  const PactText *t = doc->text;
  int32_t *index = malloc((doc->n_things + 1) * sizeof *index);
  char date[16];
  PactStatus st = PACT_OK;

  if (!index) {
    return PACT_ERR_NOMEM;
  }
  r->article.file = copy(r, t->file);
  r->article.language = copy(r, t->lang);
  r->article.title = copy(r, t->title);
  r->article.source = copy(r, t->source);
  if (t->year) {
    pact_iso_format(date, t->year, t->month, t->day);
    r->article.issued = copy(r, date);
  }
  for (size_t i = 0; i < doc->n_things; i++) {
    index[i] = -1;
  }
  /* in the registry's order, as records list them */
  for (int cls = 0; cls < PACT_N_CLASSES && st == PACT_OK; cls++) {
    for (size_t i = 0; i < doc->n_things && st == PACT_OK; i++) {
      const PactThing *th = &doc->things[i];
      PactShape shape = pact_class(th->cls)->shape;
      PactEntity *e;
      char id[32];
      if (th->cls != (PactClass)cls || th->dead == 1 || th->dead == 3) {
        continue;
      }
      if (th->cls == PACT_PLACE && th->dead == 2 && th->n_mentions == 1) {
        continue; /* only the dateline's city */
      }
      if (shape == PACT_SHAPE_VISIT && (th->visitor < 0 || index[th->visitor] < 0 || th->host < 0)) {
        continue;
      }
      if (shape == PACT_SHAPE_GATHERING) {
        size_t people = 0;
        for (size_t k = 0; k < th->n_refs; k++) {
          people += th->refs[k] >= 0 && index[th->refs[k]] >= 0;
        }
        if (people < 2) {
          continue;
        }
      }
      e = pact_record_add(r, th->cls);
      if (!e) {
        st = PACT_ERR_NOMEM;
        break;
      }
      index[i] = (int32_t)(r->n_entities - 1);
      record_id(id, pact_class_name(th->cls)[0], i);
      e->id = copy(r, id);
      e->name = copy(r, th->name);
      e->kind = copy(r, th->kind);
      e->status = copy(r, th->status);
      st = give_mentions(r, e, doc, th);
      if (st == PACT_OK) {
        st = give_strings(r, &e->variants, th->variants, th->n_variants);
      }
      if (th->cls == PACT_COUNTRY) {
        const PactLexCountry *c = pact_lexicon_country(doc->lex, th->country);
        e->code = copy(r, c->code);
        e->id = e->code;
        e->name = copy(r, strcmp(t->lang, "fr") == 0 ? c->name_fr : c->name_en);
      }
      if (th->cls == PACT_PERSON && th->n_titles) {
        e->titles = pact_arena_alloc(&r->arena, th->n_titles * sizeof *e->titles);
        if (!e->titles) {
          st = PACT_ERR_NOMEM;
          break;
        }
        for (size_t k = 0; k < th->n_titles; k++) {
          e->titles[k].text = copy(r, th->titles[k]);
          e->titles[k].lang = copy(r, t->lang);
        }
        e->n_titles = th->n_titles;
      }
      if (shape == PACT_SHAPE_AGREEMENT || shape == PACT_SHAPE_GATHERING) {
        e->date = date_or_null(r, th->date);
      }
      e->start = date_or_null(r, th->start);
      e->end = date_or_null(r, th->end);
      e->edition = th->edition;
      e->days = th->days;
      if (th->n_areas) {
        e->areas.v = pact_arena_alloc(&r->arena, th->n_areas * sizeof *e->areas.v);
        for (size_t k = 0; e->areas.v && k < th->n_areas; k++) {
          e->areas.v[e->areas.n++] = pact_lexicon_area(doc->lex, th->areas[k]);
        }
      }
    }
  }
  /* References, now that every entity has its index. */
  for (size_t i = 0; i < doc->n_things && st == PACT_OK; i++) {
    const PactThing *th = &doc->things[i];
    PactShape shape = pact_class(th->cls)->shape;
    PactEntity *e;
    if (index[i] < 0) {
      continue;
    }
    e = &r->entities[index[i]];
    if ((shape == PACT_SHAPE_PERSON || shape == PACT_SHAPE_NAMED) && th->country >= 0) {
      int32_t c = country_entity(r, doc, index, th->country);
      if (c < 0) {
        st = PACT_ERR_NOMEM;
        break;
      }
      r->entities[index[i]].country = c;
    }
    e = &r->entities[index[i]];
    if (th->place >= 0 && index[th->place] >= 0) {
      e->place = index[th->place];
    }
    if (shape == PACT_SHAPE_VISIT) {
      int32_t c = country_entity(r, doc, index, th->host);
      if (c < 0) {
        st = PACT_ERR_NOMEM;
        break;
      }
      e = &r->entities[index[i]];
      e->visitor = index[th->visitor];
      e->host = c;
    }
    if (th->n_refs || th->n_refs2) {
      PactRefs *first = shape == PACT_SHAPE_AGREEMENT ? &e->parties
                        : shape == PACT_SHAPE_VISIT   ? &e->places
                                                      : &e->participants;
      first->v = pact_arena_alloc(&r->arena, (th->n_refs + 1) * sizeof *first->v);
      for (size_t k = 0; first->v && k < th->n_refs; k++) {
        if (th->refs[k] >= 0 && index[th->refs[k]] >= 0) {
          first->v[first->n++] = index[th->refs[k]];
        }
      }
      if (shape == PACT_SHAPE_AGREEMENT) {
        e->signatories.v = pact_arena_alloc(&r->arena, (th->n_refs2 + 1) * sizeof *first->v);
        for (size_t k = 0; e->signatories.v && k < th->n_refs2; k++) {
          if (index[th->refs2[k]] >= 0) {
            e->signatories.v[e->signatories.n++] = index[th->refs2[k]];
          }
        }
      }
    }
  }
  free(index);
  return st;
}

/* A country's or a place's name that turned out to be part of a person's
 * ("Brigadier Georgia Hale", "Ryad Mezzour") is no mention of it. */
static void
prune_inside_names(PactDoc *doc)
{
  for (size_t i = 0; i < doc->n_things; i++) {
    PactThing *c = &doc->things[i];
    size_t kept = 0;
    /* and places: "Ryad" in "Ryad Mezzour" is no visit to Riyadh */
    if (c->cls != PACT_COUNTRY && !(c->cls == PACT_PLACE && c->dead == 0)) {
      continue;
    }
    for (size_t m = 0; m < c->n_mentions; m++) {
      int in_person = 0;
      size_t lo = pact_doc_token_at_byte(doc, c->mentions[m].start); /* the token that starts the mention */
      if (lo < doc->toks.n && doc->toks.v[lo].start == c->mentions[m].start && doc->owner[lo] >= 0 &&
          doc->things[doc->owner[lo]].cls == PACT_PERSON) {
        in_person = 1;
      }
      if (in_person) {
        if (c->cls == PACT_COUNTRY) {
          doc->country_count[c->country]--;
        }
      } else {
        c->mentions[kept++] = c->mentions[m];
      }
    }
    c->n_mentions = kept;
    if (kept == 0) {
      c->dead = c->cls == PACT_COUNTRY ? 3 : 1; /* a country revives if something refers to it */
    }
  }
}

/* PACTUM_DEBUG_EXTRACT=1: every token with its lexicon match, its owner
 * and its sentence, on standard error; for working on the rules. */
static void
debug_dump(const PactDoc *doc)
{
  static const char *const types[] = {"country", "place", "title", "institution", "agreement", "status",
                                      "event", "month", "weekday", "relative", "cardinal", "ordinal", "area"};

  for (size_t i = 0; i < doc->toks.n; i++) {
    const PactToken *t = &doc->toks.v[i];
    const PactMatch *m = pact_doc_match_at(doc, i);
    fprintf(stderr, "%4zu s%-3u %-20.*s", i, (unsigned)t->sentence, (int)(t->end - t->start),
            doc->text->text + t->start);
    if (m && m->tok == i) {
      for (size_t k = 0; k < m->ne; k++) {
        fprintf(stderr, " [%s%s %s %d]", pact_doc_accepts(doc, &m->e[k], m->tok, m->n) ? "" : "x",
                types[m->e[k].type], m->e[k].kind ? m->e[k].kind : "", (int)m->e[k].value);
      }
    }
    if (doc->owner[i] >= 0) {
      fprintf(stderr, " <%s %s>", pact_class_name(doc->things[doc->owner[i]].cls),
              doc->things[doc->owner[i]].name ? doc->things[doc->owner[i]].name : "");
    }
    fputc('\n', stderr);
  }
  for (size_t i = 0; i < doc->n_dates; i++) {
    fprintf(stderr, "date at %u: %s %s\n", (unsigned)doc->dates[i].tok, doc->dates[i].start, doc->dates[i].end);
  }
}

PactStatus
pact_extract(const PactText *t, const PactLexicon *lex, PactRecord *out, PactDiag *d)
{
  PactDoc doc;
  size_t n_countries = 0;
  PactStatus st;

  memset(&doc, 0, sizeof doc);
  doc.text = t;
  doc.lex = lex;
  doc.lang = strcmp(t->lang, "fr") == 0 ? 2 : 1;
  doc.host = -1;
  doc.home = -1;
  pact_tokens_init(&doc.toks);
  while (pact_lexicon_country(lex, (int32_t)n_countries)) {
    n_countries++;
  }
  doc.n_countries = n_countries;
  doc.country_count = calloc(n_countries + 1, sizeof *doc.country_count);
  st = doc.country_count ? pact_tokenize(&doc.toks, t->text, t->len) : PACT_ERR_NOMEM;
  if (st == PACT_OK) {
    doc.owner = malloc((doc.toks.n + 1) * sizeof *doc.owner);
    st = doc.owner ? PACT_OK : PACT_ERR_NOMEM;
    for (size_t i = 0; doc.owner && i < doc.toks.n; i++) {
      doc.owner[i] = -1;
    }
  }
  if (st == PACT_OK) {
    st = pact_doc_match(&doc);
  }
  if (st == PACT_OK) {
    doc.name_word = calloc(doc.toks.n + 1, 1);
    st = doc.name_word ? PACT_OK : PACT_ERR_NOMEM;
  }
  if (st == PACT_OK) {
    st = pact_doc_dates(&doc);
  }
  if (st == PACT_OK) {
    st = pact_doc_entities(&doc);
  }
  if (st == PACT_OK) {
    st = pact_doc_persons(&doc);
  }
  if (st == PACT_OK) {
    prune_inside_names(&doc);
    st = pact_doc_events(&doc);
  }
  if (st == PACT_OK && getenv("PACTUM_DEBUG_EXTRACT")) {
    debug_dump(&doc);
  }
  if (st == PACT_OK) {
    st = to_record(&doc, out);
  }
  doc_free(&doc);
  if (st != PACT_OK) {
    pact_diag(d, st, t->file, 0, "cannot extract: %s", pact_strerror(st));
  }
  return st;
}
