/* The extractor's lexicon loaded from ontology/lexicon/: every table read
 * into the trie (trie.c), the word lists and furniture (words.c), the
 * countries, places and areas that entries point to. */
#define _POSIX_C_SOURCE 200809L
#include "lexicon/internal.h"

#include "util/arena.h"
#include "util/datadir.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint8_t
lang_code(const char *lang)
{
  if (strcmp(lang, "en") == 0) {
    return 1;
  }
  if (strcmp(lang, "fr") == 0) {
    return 2;
  }
  return 0;
}

static const char *
intern_kind(PactLexicon *lex, const char *kind)
{
  return kind && *kind ? pact_arena_strdup(&lex->arena, kind) : NULL;
}

/* ---- tables ------------------------------------------------------------ */

typedef PactStatus (*RowFn)(PactLexicon *lex, char **fields, size_t n);

/* Reads a TSV table: '#' comments, one header line, rows of `columns`. */
static PactStatus
read_table(PactLexicon *lex, const char *dir, const char *name, size_t columns, RowFn fn)
{
  char *path = pact_datadir_file(dir, name);
  FILE *f = path ? fopen(path, "r") : NULL;
  char line[8192];
  int header = 1;
  PactStatus st = PACT_OK;

  if (!f) {
    st = pact_diag(lex->d, path ? PACT_ERR_INPUT : PACT_ERR_NOMEM, path ? path : name, 0,
                   "cannot read this lexicon: %s", strerror(errno));
    free(path);
    return st;
  }
  lex->path = path;
  lex->line = 0;
  while (st == PACT_OK && fgets(line, sizeof line, f)) {
    char *fields[16];
    size_t n = 0;
    size_t len = strlen(line);
    char *p = line;

    lex->line++;
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) {
      line[--len] = '\0';
    }
    if (len == 0 || line[0] == '#') {
      continue;
    }
    if (header) {
      header = 0;
      continue;
    }
    fields[n++] = p;
    for (; *p && n < 16; p++) {
      if (*p == '\t') {
        *p = '\0';
        fields[n++] = p + 1;
      }
    }
    if (n < columns) {
      st = pact_diag(lex->d, PACT_ERR_INPUT, path, lex->line, "expected %zu tab-separated columns, found %zu",
                     columns, n);
      break;
    }
    st = fn(lex, fields, n);
  }
  fclose(f);
  free(path);
  lex->path = NULL;
  return st;
}

static PactStatus
row_country(PactLexicon *lex, char **f, size_t n)
{
  static const uint8_t langs[] = {1, 2, 1, 2, 1}; /* name_en name_fr official_en official_fr common_en */
  PactLexCountry *c = &lex->countries[lex->n_countries];
  int32_t index = (int32_t)lex->n_countries;

  (void)n;
  memcpy(c->code, f[0], 2);
  c->code[2] = '\0';
  c->name_en = *f[5] ? pact_arena_strdup(&lex->arena, f[5]) : pact_arena_strdup(&lex->arena, f[1]);
  c->name_fr = *f[2] ? pact_arena_strdup(&lex->arena, f[2]) : c->name_en;
  lex->n_countries++;
  for (size_t i = 1; i <= 5; i++) {
    if (*f[i]) {
      PactLexEntry e = {LEX_COUNTRY, langs[i - 1], 0, 0, index, "name", 0, 0};
      PACT_TRY(lexicon_add_phrase(lex, f[i], e));
    }
  }
  return PACT_OK;
}

int32_t
pact_lexicon_country_index(const PactLexicon *lex, const char *code)
{
  /* The table is sorted by code: a binary search. */
  size_t lo = 0;
  size_t hi = lex->n_countries;

  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strncmp(lex->countries[mid].code, code, 2);
    if (c == 0 && strlen(code) == 2) {
      return (int32_t)mid;
    }
    if (c < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return -1;
}

static PactStatus
unknown_country(PactLexicon *lex, const char *code)
{
  return pact_diag(lex->d, PACT_ERR_INPUT, lex->path, lex->line,
                   "\"%s\" is not an ISO 3166-1 code of countries.tsv", code);
}

static PactStatus
row_country_form(PactLexicon *lex, char **f, size_t n)
{
  int32_t c = pact_lexicon_country_index(lex, f[0]);
  PactLexEntry e = {LEX_COUNTRY, lang_code(f[1]), 0, 0, c, intern_kind(lex, f[2]), 0, 0};

  (void)n;
  if (c < 0) {
    return unknown_country(lex, f[0]);
  }
  return lexicon_add_phrase(lex, f[3], e);
}

static PactStatus
row_place(PactLexicon *lex, char **f, size_t n)
{
  int32_t c = *f[1] ? pact_lexicon_country_index(lex, f[1]) : -1;
  PactLexEntry e = {LEX_PLACE, lang_code(f[4]), 0, strcmp(f[3], "yes") == 0,
                    (int32_t)lex->n_places, NULL, 0, 0};

  (void)n;
  if (*f[1] && c < 0) {
    return unknown_country(lex, f[1]);
  }
  if (lex->n_places == lex->cap_places) {
    size_t cap = lex->cap_places ? lex->cap_places * 2 : 512;
    PactLexPlace *v = realloc(lex->places, cap * sizeof *v);
    if (!v) {
      return PACT_ERR_NOMEM;
    }
    lex->places = v;
    lex->cap_places = cap;
  }
  lex->places[lex->n_places].name = pact_arena_strdup(&lex->arena, f[0]);
  lex->places[lex->n_places].country = c;
  lex->places[lex->n_places].kind = intern_kind(lex, f[2]);
  e.kind = lex->places[lex->n_places].kind;
  lex->n_places++;
  return lexicon_add_phrase(lex, f[0], e);
}

static PactLexType row_type; /* set before reading a three-column table */

static PactStatus
row_simple(PactLexicon *lex, char **f, size_t n)
{
  PactLexEntry e = {(uint8_t)row_type, lang_code(f[1]), 0, 0, 0, intern_kind(lex, f[2]), 0, 0};

  /* institutions.tsv: an optional country, for names of one state */
  if (row_type == LEX_INSTITUTION && n >= 4 && f[3][0]) {
    int32_t c = pact_lexicon_country_index(lex, f[3]);
    if (c < 0) {
      return unknown_country(lex, f[3]);
    }
    e.value = c + 1;
  }
  return lexicon_add_phrase(lex, f[0], e);
}

static PactStatus
row_place_head(PactLexicon *lex, char **f, size_t n)
{
  PactLexEntry e = {LEX_PLACE_HEAD, lang_code(f[1]), 0, 0, strcmp(f[3], "after") == 0, intern_kind(lex, f[2]),
                    0, 0};

  (void)n;
  return lexicon_add_phrase(lex, f[0], e);
}

static PactStatus
row_calendar(PactLexicon *lex, char **f, size_t n)
{
  PactLexEntry e = {0, lang_code(f[1]), 0, 0, 0, NULL, 0, 0};

  (void)n;
  if (strcmp(f[2], "month") == 0) {
    e.type = LEX_MONTH;
    e.value = atoi(f[3]);
  } else if (strcmp(f[2], "weekday") == 0) {
    e.type = LEX_WEEKDAY;
    e.value = atoi(f[3]);
  } else if (strcmp(f[2], "relative") == 0) {
    /* "year-1": a unit and a signed delta */
    char unit[16];
    size_t k = 0;
    while (f[3][k] && f[3][k] != '+' && f[3][k] != '-' && k < sizeof unit - 1) {
      unit[k] = f[3][k];
      k++;
    }
    unit[k] = '\0';
    e.type = LEX_RELATIVE;
    e.kind = intern_kind(lex, unit);
    e.value = atoi(f[3] + k);
  } else {
    return pact_diag(lex->d, PACT_ERR_INPUT, lex->path, lex->line,
                     "unknown calendar kind \"%s\" (expected month, weekday or relative)", f[2]);
  }
  return lexicon_add_phrase(lex, f[0], e);
}

static PactStatus
row_number(PactLexicon *lex, char **f, size_t n)
{
  PactLexEntry e = {strcmp(f[2], "ordinal") == 0 ? LEX_ORDINAL : LEX_CARDINAL,
                    lang_code(f[1]), 0, 0, atoi(f[3]), NULL, 0, 0};

  (void)n;
  return lexicon_add_phrase(lex, f[0], e);
}

const PactLexCountry *
pact_lexicon_country(const PactLexicon *lex, int32_t i)
{
  return i >= 0 && (size_t)i < lex->n_countries ? &lex->countries[i] : NULL;
}

const PactLexPlace *
pact_lexicon_place(const PactLexicon *lex, int32_t i)
{
  return i >= 0 && (size_t)i < lex->n_places ? &lex->places[i] : NULL;
}

const char *
pact_lexicon_area(const PactLexicon *lex, int32_t i)
{
  return i >= 0 && (size_t)i < lex->n_areas ? lex->areas[i] : NULL;
}

static PactStatus
load_areas(PactLexicon *lex, const char *dir)
{
  char *path = pact_datadir_file(dir, "areas.ttl");
  PactAreas *areas = path ? pact_areas_load(path, lex->d) : NULL;
  PactStatus st = PACT_OK;

  free(path);
  if (!areas) {
    return PACT_ERR_INPUT;
  }
  lex->n_areas = pact_areas_count(areas);
  lex->areas = pact_arena_alloc(&lex->arena, (lex->n_areas + 1) * sizeof *lex->areas);
  for (size_t i = 0; lex->areas && i < lex->n_areas; i++) {
    const PactArea *a = pact_areas_get(areas, i);
    lex->areas[i] = pact_arena_strdup(&lex->arena, a->pref_en ? a->pref_en : a->iri);
  }
  for (size_t i = 0; lex->areas && i < pact_areas_label_count(areas) && st == PACT_OK; i++) {
    size_t area;
    const char *label = pact_areas_label(areas, i, &area);
    PactLexEntry e = {LEX_AREA, 0, 0, 0, (int32_t)area, NULL, 0, 0};
    st = lexicon_add_phrase(lex, label, e);
  }
  pact_areas_free(areas);
  return lex->areas ? st : PACT_ERR_NOMEM;
}

PactLexicon *
pact_lexicon_load(const char *dir, PactDiag *d)
{
  PactLexicon *lex = calloc(1, sizeof *lex);
  PactStatus st;

  if (!lex) {
    pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    return NULL;
  }
  pact_arena_init(&lex->arena);
  lex->d = d;
  lex->n_nodes = 1;
  lex->countries = calloc(512, sizeof *lex->countries);
  st = lex->countries && lexicon_edges_grow(lex) ? PACT_OK : PACT_ERR_NOMEM;
  if (st == PACT_OK) {
    st = read_table(lex, dir, "lexicon/countries.tsv", 6, row_country);
  }
  if (st == PACT_OK) {
    st = read_table(lex, dir, "lexicon/country-forms.tsv", 4, row_country_form);
  }
  if (st == PACT_OK) {
    st = read_table(lex, dir, "lexicon/places.tsv", 5, row_place);
  }
  {
    static const struct {
      const char *file;
      PactLexType type;
    } simple[] = {
      {"lexicon/titles.tsv", LEX_TITLE},          {"lexicon/institutions.tsv", LEX_INSTITUTION},
      {"lexicon/agreements.tsv", LEX_AGREEMENT}, {"lexicon/statuses.tsv", LEX_STATUS},
      {"lexicon/events.tsv", LEX_EVENT},
    };
    for (size_t i = 0; i < sizeof simple / sizeof simple[0] && st == PACT_OK; i++) {
      row_type = simple[i].type;
      st = read_table(lex, dir, simple[i].file, 3, row_simple);
    }
  }
  if (st == PACT_OK) {
    st = read_table(lex, dir, "lexicon/calendar.tsv", 4, row_calendar);
  }
  if (st == PACT_OK) {
    st = read_table(lex, dir, "lexicon/numbers.tsv", 4, row_number);
  }
  if (st == PACT_OK) {
    st = read_table(lex, dir, "lexicon/furniture.tsv", 2, lexicon_furniture_row);
  }
  if (st == PACT_OK) {
    st = read_table(lex, dir, "lexicon/place-heads.tsv", 4, row_place_head);
  }
  if (st == PACT_OK) {
    st = lexicon_load_words(lex, dir, "lexicon/words-en.txt", &lex->words, &lex->words_mask,
                            &lex->word_bloom[1], &lex->word_text[1]);
  }
  if (st == PACT_OK) {
    st = lexicon_load_words(lex, dir, "lexicon/words-fr.txt", &lex->words_fr, &lex->words_fr_mask,
                            &lex->word_bloom[2], &lex->word_text[2]);
  }
  if (st == PACT_OK) {
    st = load_areas(lex, dir);
  }
  if (st == PACT_OK) {
    st = lexicon_index_entries(lex);
  }
  /* loading asked the root too, while edges were still being added */
  memset(lex->root_cache, 0, sizeof lex->root_cache);
  if (st != PACT_OK) {
    if (st == PACT_ERR_NOMEM) {
      pact_diag(d, st, NULL, 0, "out of memory");
    }
    pact_lexicon_free(lex);
    return NULL;
  }
  return lex;
}

void
pact_lexicon_free(PactLexicon *lex)
{
  if (!lex) {
    return;
  }
  free(lex->edges);
  free(lex->pending);
  free(lex->first);
  free(lex->count);
  free(lex->entries);
  free(lex->countries);
  free(lex->places);
  free(lex->words);
  free(lex->words_fr);
  free(lex->word_bloom[1]);
  free(lex->word_bloom[2]);
  free(lex->word_text[1]);
  free(lex->word_text[2]);
  free(lex->furniture_lines);
  free(lex->furniture_prefixes);
  free(lex->furniture_end_lines);
  free(lex->furniture_end_prefixes);
  pact_arena_free(&lex->arena);
  free(lex);
}
