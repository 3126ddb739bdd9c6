#define _POSIX_C_SOURCE 200809L
#include "lexicon/tables.h"

#include "util/rdf_file.h"

#include "model/vocab.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/hash.h"
#include "util/text.h"

#include <errno.h>
#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- a small string map: normalised key -> index --------------------- */

typedef struct {
  const char *key;
  size_t value;
} Slot;

typedef struct {
  Slot *slots;
  size_t mask;
  size_t n;
} Map;

static int
map_put(Map *m, const char *key, size_t value)
{
  size_t i;

  if ((m->n + 1) * 2 > m->mask + 1 || !m->slots) {
    size_t new_mask = m->slots ? m->mask * 2 + 1 : 255;
    Slot *slots = calloc(new_mask + 1, sizeof *slots);
    if (!slots) {
      return 0;
    }
    for (size_t j = 0; m->slots && j <= m->mask; j++) {
      if (m->slots[j].key) {
        size_t k = pact_hash_fast(m->slots[j].key, strlen(m->slots[j].key)) & new_mask;
        while (slots[k].key) {
          k = (k + 1) & new_mask;
        }
        slots[k] = m->slots[j];
      }
    }
    free(m->slots);
    m->slots = slots;
    m->mask = new_mask;
  }
  i = pact_hash_fast(key, strlen(key)) & m->mask;
  while (m->slots[i].key) {
    if (strcmp(m->slots[i].key, key) == 0) {
      return 1; /* first definition wins */
    }
    i = (i + 1) & m->mask;
  }
  m->slots[i].key = key;
  m->slots[i].value = value;
  m->n++;
  return 1;
}

static const Slot *
map_get(const Map *m, const char *key)
{
  size_t i;

  if (!m->slots) {
    return NULL;
  }
  i = pact_hash_fast(key, strlen(key)) & m->mask;
  while (m->slots[i].key) {
    if (strcmp(m->slots[i].key, key) == 0) {
      return &m->slots[i];
    }
    i = (i + 1) & m->mask;
  }
  return NULL;
}

/* ---- areas ----------------------------------------------------------------- */

typedef struct {
  const char *text; /* a label as written */
  size_t area;
} AreaLabel;

struct PactAreas {
  PactArena arena;
  PactArea *areas;
  size_t n;
  size_t cap;
  AreaLabel *labels;
  size_t n_labels;
  size_t cap_labels;
  Map by_label;
  Map by_iri;
  PactDiag *d;
  const char *path;
  int failed;
};

static char *
name_key(PactArena *arena, const char *s)
{
  PactBuf b;
  char *out = NULL;

  pact_buf_init(&b, 0);
  if (pact_text_key(&b, s, strlen(s)) == PACT_OK) {
    out = pact_arena_strdup(arena, pact_buf_str(&b));
  }
  pact_buf_free(&b);
  return out;
}

static size_t
area_index(PactAreas *a, const char *iri)
{
  const Slot *hit = map_get(&a->by_iri, iri);

  if (hit) {
    return hit->value;
  }
  if (a->n == a->cap) {
    size_t cap = a->cap ? a->cap * 2 : 32;
    PactArea *v = realloc(a->areas, cap * sizeof *v);
    if (!v) {
      return (size_t)-1;
    }
    a->areas = v;
    a->cap = cap;
  }
  a->areas[a->n].iri = pact_arena_strdup(&a->arena, iri);
  a->areas[a->n].pref_en = NULL;
  a->areas[a->n].pref_fr = NULL;
  if (!a->areas[a->n].iri || !map_put(&a->by_iri, a->areas[a->n].iri, a->n)) {
    return (size_t)-1;
  }
  return a->n++;
}

static void
area_statement(void *user, raptor_statement *st)
{
  PactAreas *a = user;
  const char *p;
  const char *s;
  const char *text;
  const char *lang;
  size_t idx;
  char *key;

  if (st->subject->type != RAPTOR_TERM_TYPE_URI ||
      st->object->type != RAPTOR_TERM_TYPE_LITERAL) {
    return;
  }
  p = (const char *)raptor_uri_as_string(st->predicate->value.uri);
  if (strcmp(p, NS_SKOS "prefLabel") != 0 && strcmp(p, NS_SKOS "altLabel") != 0 &&
      strcmp(p, NS_RDFS "label") != 0 && strcmp(p, NS_SKOS "hiddenLabel") != 0) {
    return;
  }
  s = (const char *)raptor_uri_as_string(st->subject->value.uri);
  if (strncmp(s, PACT_AREA_NS, strlen(PACT_AREA_NS)) != 0) {
    return; /* the scheme itself, or something else */
  }
  text = (const char *)st->object->value.literal.string;
  lang = st->object->value.literal.language
           ? (const char *)st->object->value.literal.language : "";
  idx = area_index(a, s);
  if (idx == (size_t)-1) {
    a->failed = 1;
    return;
  }
  if (strcmp(p, NS_SKOS "prefLabel") == 0) {
    if (strcmp(lang, "en") == 0) {
      a->areas[idx].pref_en = pact_arena_strdup(&a->arena, text);
    } else if (strcmp(lang, "fr") == 0) {
      a->areas[idx].pref_fr = pact_arena_strdup(&a->arena, text);
    }
  }
  key = name_key(&a->arena, text);
  if (!key || !map_put(&a->by_label, key, idx)) {
    a->failed = 1;
  }
  if (a->n_labels == a->cap_labels) {
    size_t cap = a->cap_labels ? a->cap_labels * 2 : 64;
    AreaLabel *v = realloc(a->labels, cap * sizeof *v);
    if (!v) {
      a->failed = 1;
      return;
    }
    a->labels = v;
    a->cap_labels = cap;
  }
  a->labels[a->n_labels].text = pact_arena_strdup(&a->arena, text);
  a->labels[a->n_labels].area = idx;
  if (!a->labels[a->n_labels].text) {
    a->failed = 1;
  }
  a->n_labels++;
}

static void
area_log(void *user, raptor_log_message *message)
{
  PactAreas *a = user;

  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
    a->failed = 1;
    pact_diag(a->d, PACT_ERR_INPUT, a->path,
              message->locator ? (unsigned long)message->locator->line : 0, "%s",
              message->text);
  }
}

PactAreas *
pact_areas_load(const char *path, PactDiag *d)
{
  PactAreas *a = calloc(1, sizeof *a);
  raptor_world *world = NULL;
  PactStatus st = PACT_ERR_INTERNAL;
  int error = 0;

  if (!a) {
    pact_diag(d, PACT_ERR_NOMEM, path, 0, "out of memory");
    return NULL;
  }
  pact_arena_init(&a->arena);
  a->d = d;
  a->path = path;
  world = raptor_new_world();
  if (world && raptor_world_open(world) == 0) {
    raptor_world_set_log_handler(world, a, area_log); /* syntax errors, with their line */
    st = pact_rdf_parse_file(world, path, "turtle", area_statement, a);
    error = errno;
  }
  raptor_free_world(world);
  if (st == PACT_ERR_IO) {
    pact_diag(d, PACT_ERR_IO, path, 0, "cannot read the cooperation-area scheme: %s",
              strerror(error));
  } else if (st == PACT_ERR_INTERNAL) {
    pact_diag(d, PACT_ERR_INTERNAL, path, 0, "cannot start raptor's Turtle parser");
  }
  a->failed |= st != PACT_OK;
  if (!a->failed && a->n == 0) {
    pact_diag(d, PACT_ERR_INPUT, path, 0, "no concept under <%s> found", PACT_AREA_NS);
    a->failed = 1;
  }
  if (a->failed) {
    pact_areas_free(a);
    return NULL;
  }
  return a;
}

void
pact_areas_free(PactAreas *a)
{
  if (!a) {
    return;
  }
  free(a->areas);
  free(a->labels);
  free(a->by_label.slots);
  free(a->by_iri.slots);
  pact_arena_free(&a->arena);
  free(a);
}

const PactArea *
pact_areas_find(const PactAreas *a, const char *label)
{
  PactBuf b;
  const Slot *hit = NULL;

  pact_buf_init(&b, 0);
  if (pact_text_key(&b, label, strlen(label)) == PACT_OK) {
    hit = map_get(&a->by_label, pact_buf_str(&b));
    if (!hit) {
      /* the concept's own local name: "military-education" */
      pact_buf_reset(&b);
      if (pact_buf_adds(&b, PACT_AREA_NS) == PACT_OK &&
          pact_text_key(&b, label, strlen(label)) == PACT_OK) {
        hit = map_get(&a->by_iri, pact_buf_str(&b));
      }
    }
  }
  pact_buf_free(&b);
  return hit ? &a->areas[hit->value] : NULL;
}

size_t
pact_areas_count(const PactAreas *a)
{
  return a->n;
}

const PactArea *
pact_areas_get(const PactAreas *a, size_t i)
{
  return i < a->n ? &a->areas[i] : NULL;
}

size_t
pact_areas_label_count(const PactAreas *a)
{
  return a->n_labels;
}

const char *
pact_areas_label(const PactAreas *a, size_t i, size_t *area)
{
  if (i >= a->n_labels) {
    return NULL;
  }
  *area = a->labels[i].area;
  return a->labels[i].text;
}

/* ---- countries --------------------------------------------------------------- */

struct PactCountries {
  PactArena arena;
  PactCountryInfo *v;
  size_t n;
  Map by_code;
  Map by_form; /* name key of a name or demonym -> index */
};

static char *
field(char **cursor)
{
  char *start = *cursor;
  char *tab;

  if (!start) {
    return NULL;
  }
  tab = strchr(start, '\t');
  if (tab) {
    *tab = '\0';
    *cursor = tab + 1;
  } else {
    *cursor = NULL;
  }
  return start;
}

/* ---- tab-separated tables ------------------------------------------------- */

/* Called with each data line of a table (its fields still joined by tabs,
 * the line end removed); a status other than PACT_OK stops the reading. */
typedef PactStatus (*RowFn)(void *user, char *line, unsigned long lineno);

/* Reads the table at `path`: '#' starts a comment line, empty lines are
 * skipped, and with `header` the first other line is the header. */
static PactStatus
read_table(const char *path, const char *what, int header, RowFn row, void *user,
           PactDiag *d)
{
  FILE *f = fopen(path, "r");
  char line[4096];
  unsigned long lineno = 0;
  PactStatus st = PACT_OK;

  if (!f) {
    return pact_diag(d, PACT_ERR_IO, path, 0, "cannot read the %s: %s", what, strerror(errno));
  }
  while (st == PACT_OK && fgets(line, sizeof line, f)) {
    size_t len = strlen(line);
    lineno++;
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) {
      line[--len] = '\0';
    }
    if (line[0] == '#' || len == 0) {
      continue;
    }
    if (header) {
      header = 0;
      continue;
    }
    st = row(user, line, lineno);
  }
  fclose(f);
  return st;
}

typedef struct {
  PactCountries *c;
  size_t cap;
  const char *path;
  PactDiag *d;
} CountryLoad;

static PactStatus
country_row(void *user, char *line, unsigned long lineno)
{
  CountryLoad *l = user;
  PactCountries *c = l->c;
  char *cursor = line;
  char *code = field(&cursor);
  char *name_en = field(&cursor);
  char *name_fr = field(&cursor);
  char *common_en;

  field(&cursor); /* official_en */
  field(&cursor); /* official_fr */
  common_en = field(&cursor);
  if (!code || strlen(code) != 2) {
    return pact_diag(l->d, PACT_ERR_INPUT, l->path, lineno,
                     "expected an ISO 3166-1 alpha-2 code in the first column");
  }
  if (c->n == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 256;
    PactCountryInfo *v = realloc(c->v, cap * sizeof *v);
    if (!v) {
      return pact_diag(l->d, PACT_ERR_NOMEM, l->path, 0, "out of memory");
    }
    c->v = v;
    l->cap = cap;
  }
  memcpy(c->v[c->n].code, code, 3);
  /* The common name ("Bolivia") reads better than the ISO short name
   * ("Bolivia, Plurinational State of") where iso-codes has one. */
  name_en = common_en && *common_en ? common_en : name_en;
  c->v[c->n].name_en = name_en && *name_en ? pact_arena_strdup(&c->arena, name_en) : NULL;
  c->v[c->n].name_fr = name_fr && *name_fr ? pact_arena_strdup(&c->arena, name_fr) : NULL;
  c->v[c->n].label_en = c->v[c->n].label_fr = NULL;
  c->v[c->n].to_en = c->v[c->n].to_fr = NULL;
  c->n++;
  return PACT_OK;
}

PactCountries *
pact_countries_load(const char *path, PactDiag *d)
{
  PactCountries *c = calloc(1, sizeof *c);
  CountryLoad l = {c, 0, path, d};

  if (!c) {
    pact_diag(d, PACT_ERR_NOMEM, path, 0, "out of memory");
    return NULL;
  }
  pact_arena_init(&c->arena);
  if (read_table(path, "country table", 1, country_row, &l, d) != PACT_OK) {
    pact_countries_free(c);
    return NULL;
  }
  for (size_t i = 0; i < c->n; i++) {
    if (!map_put(&c->by_code, c->v[i].code, i)) {
      pact_countries_free(c);
      pact_diag(d, PACT_ERR_NOMEM, path, 0, "out of memory");
      return NULL;
    }
  }
  return c;
}

void
pact_countries_free(PactCountries *c)
{
  if (!c) {
    return;
  }
  free(c->v);
  free(c->by_code.slots);
  free(c->by_form.slots);
  pact_arena_free(&c->arena);
  free(c);
}

const PactCountryInfo *
pact_countries_find(const PactCountries *c, const char *code)
{
  const Slot *hit = c ? map_get(&c->by_code, code) : NULL;

  return hit ? &c->v[hit->value] : NULL;
}

/* ---- synonym groups ------------------------------------------------------- */

struct PactSynonyms {
  PactArena arena;
  Map by_form;         /* "TAG\tkey" -> index into canonical */
  const char **canonical;
  size_t n;
  size_t cap;
};

static int
synonyms_add(PactSynonyms *s, const char *tag, const char *form, size_t group)
{
  PactBuf b;
  char *entry = NULL;

  pact_buf_init(&b, 0);
  if (pact_buf_adds(&b, tag) == PACT_OK && pact_buf_addc(&b, '\t') == PACT_OK &&
      pact_text_key(&b, form, strlen(form)) == PACT_OK) {
    entry = pact_arena_strdup(&s->arena, pact_buf_str(&b));
  }
  pact_buf_free(&b);
  return entry && map_put(&s->by_form, entry, group);
}

typedef struct {
  PactSynonyms *s;
  const char *path;
  PactDiag *d;
} SynonymLoad;

static PactStatus
synonym_row(void *user, char *line, unsigned long lineno)
{
  SynonymLoad *l = user;
  PactSynonyms *s = l->s;
  char *cursor = line;
  char *tag = field(&cursor);
  char *canonical = field(&cursor);
  char *form;

  if (!tag || !*tag || !canonical || !*canonical) {
    return pact_diag(l->d, PACT_ERR_INPUT, l->path, lineno,
                     "expected a tag, a tab and at least one form");
  }
  if (s->n == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 64;
    const char **v = realloc(s->canonical, cap * sizeof *v);
    if (!v) {
      return pact_diag(l->d, PACT_ERR_NOMEM, l->path, lineno, "out of memory");
    }
    s->canonical = v;
    s->cap = cap;
  }
  s->canonical[s->n] = name_key(&s->arena, canonical);
  if (!s->canonical[s->n] || !synonyms_add(s, tag, canonical, s->n)) {
    return pact_diag(l->d, PACT_ERR_NOMEM, l->path, lineno, "out of memory");
  }
  while ((form = field(&cursor)) != NULL) {
    if (*form && !synonyms_add(s, tag, form, s->n)) {
      return pact_diag(l->d, PACT_ERR_NOMEM, l->path, lineno, "out of memory");
    }
  }
  s->n++;
  return PACT_OK;
}

PactSynonyms *
pact_synonyms_load(const char *path, PactDiag *d)
{
  PactSynonyms *s = calloc(1, sizeof *s);
  SynonymLoad l = {s, path, d};

  if (!s) {
    pact_diag(d, PACT_ERR_NOMEM, path, 0, "out of memory");
    return NULL;
  }
  pact_arena_init(&s->arena);
  if (read_table(path, "synonym table", 0, synonym_row, &l, d) != PACT_OK) {
    pact_synonyms_free(s);
    return NULL;
  }
  return s;
}

void
pact_synonyms_free(PactSynonyms *s)
{
  if (!s) {
    return;
  }
  free(s->canonical);
  free(s->by_form.slots);
  pact_arena_free(&s->arena);
  free(s);
}

const char *
pact_synonyms_find(const PactSynonyms *s, const char *tag, const char *key)
{
  char entry[512];
  size_t tag_len = strlen(tag);
  size_t key_len = strlen(key);
  const Slot *hit;

  if (!s || tag_len + 1 + key_len >= sizeof entry) {
    return NULL;
  }
  /* "TAG\tkey", without printf: this runs for every institution */
  memcpy(entry, tag, tag_len);
  entry[tag_len] = '\t';
  memcpy(entry + tag_len + 1, key, key_len + 1);
  hit = map_get(&s->by_form, entry);
  return hit ? s->canonical[hit->value] : NULL;
}

static int
add_form(PactCountries *c, const char *form, size_t index)
{
  char *key = name_key(&c->arena, form);
  return key && (!*key || map_put(&c->by_form, key, index));
}

typedef struct {
  PactCountries *c;
  const char *path;
  PactDiag *d;
} FormLoad;

static PactStatus
form_row(void *user, char *line, unsigned long lineno)
{
  FormLoad *l = user;
  char *cursor = line;
  char *code = field(&cursor);
  char *form;
  const Slot *hit;

  field(&cursor); /* lang */
  field(&cursor); /* kind */
  form = field(&cursor);
  hit = code ? map_get(&l->c->by_code, code) : NULL;
  if (!form || !hit) {
    return pact_diag(l->d, PACT_ERR_INPUT, l->path, lineno,
                     "expected a country code of countries.tsv, a language, a kind and a form");
  }
  if (!add_form(l->c, form, hit->value)) {
    return pact_diag(l->d, PACT_ERR_NOMEM, l->path, lineno, "out of memory");
  }
  return PACT_OK;
}

PactStatus
pact_countries_load_forms(PactCountries *c, const char *path, PactDiag *d)
{
  FormLoad l = {c, path, d};

  for (size_t i = 0; i < c->n; i++) {
    if ((c->v[i].name_en && !add_form(c, c->v[i].name_en, i)) ||
        (c->v[i].name_fr && !add_form(c, c->v[i].name_fr, i))) {
      return pact_diag(d, PACT_ERR_NOMEM, path, 0, "out of memory");
    }
  }
  return read_table(path, "country forms", 1, form_row, &l, d);
}

static PactStatus
preposition_row(void *user, char *line, unsigned long lineno)
{
  FormLoad *l = user;
  char *cursor = line;
  char *code = field(&cursor);
  char *name_en = field(&cursor);
  char *to_en = field(&cursor);
  char *name_fr = field(&cursor);
  char *to_fr = field(&cursor);
  const Slot *hit = code ? map_get(&l->c->by_code, code) : NULL;

  if (!hit || !name_en || !to_en || !name_fr || !to_fr || !*to_en || !*to_fr) {
    return pact_diag(l->d, PACT_ERR_INPUT, l->path, lineno,
                     "expected a country code of countries.tsv, name_en, to_en, name_fr, to_fr");
  }
  PactCountryInfo *info = &l->c->v[hit->value];
  info->label_en = pact_arena_strdup(&l->c->arena, name_en);
  info->label_fr = pact_arena_strdup(&l->c->arena, name_fr);
  info->to_en = pact_arena_strdup(&l->c->arena, to_en);
  info->to_fr = pact_arena_strdup(&l->c->arena, to_fr);
  if (!info->label_en || !info->label_fr || !info->to_en || !info->to_fr) {
    return pact_diag(l->d, PACT_ERR_NOMEM, l->path, lineno, "out of memory");
  }
  return PACT_OK;
}

PactStatus
pact_countries_load_prepositions(PactCountries *c, const char *path, PactDiag *d)
{
  FormLoad l = {c, path, d};

  return read_table(path, "country prepositions", 1, preposition_row, &l, d);
}

const char *
pact_countries_code_of_form(const PactCountries *c, const char *key)
{
  const Slot *hit = c ? map_get(&c->by_form, key) : NULL;

  return hit ? c->v[hit->value].code : NULL;
}
