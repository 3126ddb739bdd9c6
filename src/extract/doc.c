#define _POSIX_C_SOURCE 200809L
#include "extract/doc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

PactThing *
pact_doc_add(PactDoc *doc, PactClass cls)
{
  PactThing *t;

  if (doc->n_things == doc->cap_things) {
    size_t cap = doc->cap_things ? doc->cap_things * 2 : 32;
    PactThing *v = realloc(doc->things, cap * sizeof *v);
    if (!v) {
      return NULL;
    }
    doc->things = v;
    doc->cap_things = cap;
  }
  t = &doc->things[doc->n_things++];
  memset(t, 0, sizeof *t);
  t->cls = cls;
  t->country = -1;
  t->place = -1;
  t->visitor = -1;
  t->host = -1;
  return t;
}

PactStatus
pact_thing_mention(PactThing *t, uint32_t start, uint32_t end)
{
  PactSpan *v;

  /* The same span comes again only right after itself (a later stage
   * seeing the same words): looking back a few keeps this linear, even
   * for a name said 100,000 times in one file. */
  for (size_t i = t->n_mentions; i > 0 && i + 8 > t->n_mentions; i--) {
    if (t->mentions[i - 1].start == start && t->mentions[i - 1].end == end) {
      return PACT_OK;
    }
  }
  /* The array holds the next power of two of n_mentions, and at least
   * eight (most things have a few mentions: one allocation, not four): it
   * grows by doubling when n_mentions is 0 or a power of two from 8 on,
   * and has room otherwise. */
  if (t->n_mentions && (t->n_mentions < 8 || (t->n_mentions & (t->n_mentions - 1)) != 0)) {
    t->mentions[t->n_mentions].start = start;
    t->mentions[t->n_mentions].end = end;
    t->n_mentions++;
    return PACT_OK;
  }
  v = realloc(t->mentions, (t->n_mentions ? t->n_mentions * 2 : 8) * sizeof *v);
  if (!v) {
    return PACT_ERR_NOMEM;
  }
  t->mentions = v;
  t->mentions[t->n_mentions].start = start;
  t->mentions[t->n_mentions].end = end;
  t->n_mentions++;
  return PACT_OK;
}

static PactStatus
add_unique_string(char ***v, size_t *n, const char *s, size_t len)
{
  char **nv;
  char *copy;

  for (size_t i = 0; i < *n; i++) {
    if (strlen((*v)[i]) == len && memcmp((*v)[i], s, len) == 0) {
      return PACT_OK;
    }
  }
  copy = strndup(s, len);
  nv = copy ? realloc(*v, (*n + 1) * sizeof *nv) : NULL;
  if (!nv) {
    free(copy);
    return PACT_ERR_NOMEM;
  }
  *v = nv;
  (*v)[(*n)++] = copy;
  return PACT_OK;
}

PactStatus
pact_thing_variant(PactThing *t, const char *s, size_t len)
{
  if (t->name && strlen(t->name) == len && memcmp(t->name, s, len) == 0) {
    return PACT_OK;
  }
  return add_unique_string(&t->variants, &t->n_variants, s, len);
}

PactStatus
pact_thing_title(PactThing *t, const char *s, size_t len)
{
  return add_unique_string(&t->titles, &t->n_titles, s, len);
}

PactStatus
pact_thing_ref(int32_t **v, size_t *n, int32_t ref)
{
  int32_t *nv;

  for (size_t i = 0; i < *n; i++) {
    if ((*v)[i] == ref) {
      return PACT_OK;
    }
  }
  nv = realloc(*v, (*n + 1) * sizeof *nv);
  if (!nv) {
    return PACT_ERR_NOMEM;
  }
  *v = nv;
  (*v)[(*n)++] = ref;
  return PACT_OK;
}

void
pact_thing_free(PactThing *t)
{
  free(t->name);
  for (size_t i = 0; i < t->n_variants; i++) {
    free(t->variants[i]);
  }
  free(t->variants);
  for (size_t i = 0; i < t->n_titles; i++) {
    free(t->titles[i]);
  }
  free(t->titles);
  free(t->mentions);
  free(t->refs);
  free(t->refs2);
  free(t->areas);
}

/* Whether entry `e` may be read at tokens [tok, tok + n) of this article. */
int
pact_lex_is_demonym(const PactLexEntry *e)
{
  return e && e->type == LEX_COUNTRY && e->kind && e->kind[0] == 'd' && strcmp(e->kind, "demonym") == 0;
}

int
pact_doc_accepts(const PactDoc *doc, const PactLexEntry *e, size_t tok, size_t n)
{
  const PactToken *t = &doc->toks.v[tok];
  int names = e->type == LEX_COUNTRY || e->type == LEX_PLACE || e->type == LEX_AREA;

  if (!names && e->lang && e->lang != doc->lang) {
    return 0;
  }
  /* words capitalised in the lexicon must be so in the text; a word with
   * two capitals there needs two here ("US" is not "us"). Only the words
   * whose case the entry rules are looked at: most entries rule none. */
  uint32_t ruled = (uint32_t)(e->cap_mask | e->acro_mask) & (n < 16 ? (1u << n) - 1 : 0xFFFFu);
  for (; ruled; ruled &= ruled - 1) {
    size_t i = (size_t)__builtin_ctz(ruled);
    const PactToken *w = &doc->toks.v[tok + i];
    /* French writes its demonyms in small letters: "nigérian" is the
     * lexicon's "Nigerian", which both languages spell alike (asked only
     * when a capital is missing: this runs for most tokens) */
    if ((e->cap_mask >> i & 1) && w->kind == TOK_WORD && !(w->flags & TF_CAP) &&
        !(doc->lang == 2 && !e->acro_mask && pact_lex_is_demonym(e))) {
      return 0;
    }
    if ((e->acro_mask >> i & 1) && w->kind == TOK_WORD && !(w->flags & TF_UPPER) && w->key_len > 1) {
      /* "MoU": a capital, a small letter, a capital: count them */
      const char *s = doc->text->text + w->start;
      int caps = 0;
      for (uint32_t k = 0; k < w->end - w->start; k++) {
        caps += s[k] >= 'A' && s[k] <= 'Z';
      }
      if (caps < 2) {
        return 0;
      }
    }
  }
  if (e->type == LEX_COUNTRY && doc->lang == 1 && !(t->flags & TF_CAP)) {
    return 0; /* English demonyms are capitalised */
  }
  return 1;
}

/* "South American army commanders", "ouest-africain": a point of the
 * compass before a demonym makes it a region's, not a country's (a whole
 * name, "South African", is matched before this is asked). */
static int
region_before(const PactDoc *doc, size_t tok)
{
  static const char *const points[] = {"south", "north", "latin", "central", "east", "west", "sud", "nord",
                                       "est", "ouest", "centre", NULL};
  size_t before = tok - 1;

  if (pact_doc_is_punct(doc, before, '-') && before > 0) {
    before--;
  }
  return pact_doc_key_in(doc, before, points) &&
         (pact_doc_is_punct(doc, tok - 1, '-') || (doc->toks.v[before].flags & TF_CAP));
}

/* Whether match m, the name of a country and of another country's city
 * ("Salvador": El Salvador in French, and Brazil's city), is read as the
 * country: after the article French gives countries ("au Salvador", "du
 * Salvador", "le Salvador"), or after a capitalised word, where it is
 * the end of a person's name ("Henry Delgado Salvador": no city breaks
 * it, and a country inside a name is none, pact_doc_entry_of()); the
 * city otherwise ("in Salvador", "à Salvador"). -1 when the name is not
 * both. */
static int
country_reading(const PactDoc *doc, const PactMatch *m)
{
  static const char *const articles[] = {"le", "au", "du", "l", "la", NULL};
  const PactLexEntry *country = NULL;
  const PactLexEntry *place = NULL;

  for (size_t i = 0; i < m->ne; i++) {
    if (m->e[i].type == LEX_COUNTRY && !pact_lex_is_demonym(&m->e[i])) {
      country = &m->e[i];
    } else if (m->e[i].type == LEX_PLACE) {
      place = &m->e[i];
    }
  }
  if (!country || !place || place->value == country->value) {
    return -1;
  }
  return m->tok > 0 && (pact_doc_key_in(doc, m->tok - 1, articles) ||
                       ((doc->toks.v[m->tok - 1].flags & TF_CAP) && !(doc->toks.v[m->tok - 1].flags & TF_SENT)));
}

const PactLexEntry *
pact_doc_entry_of(const PactDoc *doc, const PactMatch *m, size_t tok, PactLexType type)
{
  /* a country's or a city's name inside a person's ("Georgia Hale",
   * "Florence Parly") is neither */
  if ((type == LEX_COUNTRY || type == LEX_PLACE) && doc->owner && doc->owner[tok] >= 0 &&
      doc->things[doc->owner[tok]].cls == PACT_PERSON) {
    return NULL;
  }
  if ((type == LEX_COUNTRY || type == LEX_PLACE) && country_reading(doc, m) == (type == LEX_PLACE)) {
    return NULL;
  }
  for (size_t i = 0; i < m->ne; i++) {
    if (m->e[i].type == type && pact_doc_accepts(doc, &m->e[i], m->tok, m->n)) {
      if (type == LEX_COUNTRY && tok > 0 && pact_lex_is_demonym(&m->e[i]) && region_before(doc, tok)) {
        return NULL;
      }
      return &m->e[i];
    }
  }
  return NULL;
}

char *
pact_doc_text(const PactDoc *doc, size_t a, size_t b)
{
  if (a >= b || b > doc->toks.n) {
    return strdup("");
  }
  return strndup(doc->text->text + doc->toks.v[a].start,
                 doc->toks.v[b - 1].end - doc->toks.v[a].start);
}

/* What a list of words tells without being read: the lengths and the
 * first bytes of its words. Every list that pact_doc_key_in and
 * pact_doc_first_with are given is a static array of constant words, so
 * a list is known by its address and measured at its first use; most
 * tokens are then answered by two bit tests, where the list was compared
 * word by word. Extraction runs on one thread. */
typedef struct {
  const char *const *words;
  const char *first;  /* words[0] when measured: a guard, not a proof */
  uint64_t lengths;   /* bit n: a word of n bytes (63: 63 or more) */
  uint64_t firsts[4]; /* bit c: a word that starts with byte c */
} ListShape;

static void
shape_measure(ListShape *s, const char *const *words)
{
  memset(s, 0, sizeof *s);
  s->words = words;
  s->first = words[0];
  for (size_t i = 0; words[i]; i++) {
    size_t n = strlen(words[i]);
    unsigned char c = (unsigned char)words[i][0];
    s->lengths |= UINT64_C(1) << (n < 63 ? n : 63);
    s->firsts[c >> 6] |= UINT64_C(1) << (c & 63);
  }
}

static inline const ListShape *
shape_of(const char *const *words)
{
  static ListShape shapes[512];
  uintptr_t p = (uintptr_t)words;
  ListShape *s = &shapes[((p >> 3) ^ (p >> 12)) & 511];

  if (s->words != words || s->first != words[0]) {
    shape_measure(s, words);
  }
  return s;
}

int
pact_doc_key_in(const PactDoc *doc, size_t tok, const char *const *keys)
{
  const ListShape *shape;
  const char *k;
  unsigned char c;
  size_t n;

  if (tok >= doc->toks.n) {
    return 0;
  }
  k = pact_token_key(&doc->toks, tok);
  c = (unsigned char)k[0];
  n = doc->toks.v[tok].key_len;
  shape = shape_of(keys);
  if (!(shape->lengths >> (n < 63 ? n : 63) & 1) || !(shape->firsts[c >> 6] >> (c & 63) & 1)) {
    return 0;
  }
  for (size_t i = 0; keys[i]; i++) {
    /* compared here, byte by byte: the keys are short and most differ at
     * once, where a call to strcmp cost more than the comparison */
    const char *a = k;
    const char *b = keys[i];
    while (*a && *a == *b) {
      a++;
      b++;
    }
    if (*a == *b) {
      return 1;
    }
  }
  return 0;
}

size_t
pact_doc_first_with(const PactDoc *doc, size_t a, size_t b, const char *const *stems)
{
  const ListShape *shape = shape_of(stems);

  for (size_t i = a; i < b; i++) {
    const char *key = pact_token_key(&doc->toks, i);
    unsigned char c = (unsigned char)key[0];
    /* the key's first byte must be a stem's (an empty stem's is the NUL,
     * so it fits only an empty key) */
    if (!(shape->firsts[c >> 6] >> (c & 63) & 1)) {
      continue;
    }
    for (size_t k = 0; stems[k]; k++) {
      /* whether the stem is a prefix of the key, without strlen and
       * strncmp calls: most stems differ at the first byte */
      const char *x = key;
      const char *y = stems[k];
      if (*x != *y) {
        continue;
      }
      while (*y && *x == *y) {
        x++;
        y++;
      }
      if (!*y) {
        return i;
      }
    }
  }
  return b;
}

size_t
pact_doc_first_in(const PactDoc *doc, size_t a, size_t b, const char *const *keys)
{
  for (size_t i = a; i < b; i++) {
    if (pact_doc_key_in(doc, i, keys)) {
      return i;
    }
  }
  return b;
}

int
pact_doc_is_copula(const PactDoc *doc, size_t tok)
{
  static const char *const copulas[] = {"was", "is", "were", "etait", "est", "fut", NULL};

  return pact_doc_key_in(doc, tok, copulas);
}

/* "the tombs of King Hassan II", "le mausolée Mohammed V", "the memorial
 * of X": people honoured at a monument are not actors of the story. */
int
pact_doc_commemorated(const PactDoc *doc, size_t tok)
{
  static const char *const stems[] = {"tomb", "mausole", "mausolee", "memorial", "monument", "sepulch",
                                      "funeral", "funerail", "obseque", NULL};
  size_t a = tok > 4 ? tok - 4 : 0;

  return pact_doc_first_with(doc, a, tok, stems) < tok;
}

/* Whether the name that starts at tok follows a monument or a grave and
 * its preposition: "a monument to Heydar Aliyev", "the graves of X",
 * "au mausolée de X", "sur la tombe de X" (not "the Shikha Anirban
 * memorial in Dhaka Cantonment": a place after the monument). */
int
pact_doc_honoured(const PactDoc *doc, size_t tok)
{
  static const char *const preps[] = {"to", "of", "de", "du", "d", "a", "au", NULL};
  static const char *const stems[] = {"tomb", "mausole", "memorial", "monument", "sepulch", "grave", "statue",
                                      "bust", NULL};
  size_t k = tok > 0 && pact_doc_is_punct(doc, tok - 1, '\'') ? tok - 1 : tok;

  if (k < 2 || !pact_doc_key_in(doc, k - 1, preps)) {
    return 0;
  }
  k--;
  return pact_doc_first_with(doc, k > 3 ? k - 3 : 0, k, stems) < k;
}

int
pact_doc_is_punct(const PactDoc *doc, size_t tok, char c)
{
  return pact_token_is(&doc->toks, doc->text->text, tok, c);
}

int32_t
pact_doc_find(const PactDoc *doc, PactClass cls, const char *name)
{
  return pact_doc_find_n(doc, cls, name, strlen(name));
}

int32_t
pact_doc_find_n(const PactDoc *doc, PactClass cls, const char *name, size_t len)
{
  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *t = &doc->things[i];
    if (!t->dead && t->cls == cls && t->name && t->name[0] == name[0] && strncmp(t->name, name, len) == 0 &&
        t->name[len] == '\0') {
      return (int32_t)i;
    }
  }
  return -1;
}

int32_t
pact_doc_country(PactDoc *doc, int32_t c)
{
  PactThing *t;

  for (size_t i = 0; i < doc->n_things; i++) {
    if (doc->things[i].cls == PACT_COUNTRY && doc->things[i].country == c) {
      if (doc->things[i].dead == 3) {
        doc->things[i].dead = 0; /* referred to after all */
      }
      return (int32_t)i;
    }
  }
  t = pact_doc_add(doc, PACT_COUNTRY);
  if (!t) {
    return -1;
  }
  t->country = c;
  return (int32_t)(doc->n_things - 1);
}

int
pact_doc_has(const PactDoc *doc, size_t tok, PactLexType type)
{
  const PactMatch *m = pact_doc_match_at(doc, tok);

  return m && (m->types >> type & 1);
}

int32_t
pact_doc_country_in(const PactDoc *doc, size_t a, size_t b)
{
  for (size_t i = a; i < b; i++) {
    const PactLexEntry *c = pact_doc_entry(doc, i, LEX_COUNTRY);
    if (!c) {
      continue;
    }
    if (i > a && (pact_doc_key_is(doc, i - 1, "to") || pact_doc_key_is(doc, i - 1, "in") ||
                  pact_doc_key_is(doc, i - 1, "a") || pact_doc_key_is(doc, i - 1, "aupres"))) {
      continue;
    }
    /* "Forces navales émiriennes du Qatar": the country the phrase names
     * after "of"/"du" outweighs its adjective */
    static const char *const of[] = {"of", "du", "de", NULL};
    for (size_t k = i + 1; pact_lex_is_demonym(c) && k < b; k++) {
      const PactLexEntry *named = pact_doc_entry(doc, k, LEX_COUNTRY);
      if (named && !pact_lex_is_demonym(named) && named->value != c->value &&
          (pact_doc_key_in(doc, k - 1, of) ||
           (pact_doc_is_punct(doc, k - 1, '\'') && k >= 2 && pact_doc_key_is(doc, k - 2, "d")))) {
        return named->value;
      }
    }
    return c->value;
  }
  /* A demonym inside a longer phrase of the lexicon: "Forces françaises"
   * (one entry, a command) is still French. */
  for (size_t i = a; i < b; i++) {
    const PactMatch *m = pact_doc_match_at(doc, i);
    uint32_t node;
    const PactLexEntry *e;
    size_t n;
    if (!m || m->tok == i || doc->toks.v[i].kind != TOK_WORD) {
      continue;
    }
    node = pact_lexicon_step_hash(doc->lex, pact_lexicon_root(doc->lex), doc->toks.v[i].hash);
    e = node ? pact_lexicon_entries(doc->lex, node, &n) : NULL;
    for (size_t k = 0; e && k < n; k++) {
      if (pact_lex_is_demonym(&e[k])) {
        return e[k].value;
      }
    }
  }
  return -1;
}

int
pact_doc_digit_ordinal(const PactDoc *doc, size_t tok)
{
  static const char *const suffixes[] = {"st", "nd", "rd", "th", "e", "eme", "er", "re", NULL};
  const char *key;
  int v = 0;
  size_t i = 0;

  if (tok >= doc->toks.n || doc->toks.v[tok].kind != TOK_WORD) {
    return 0;
  }
  key = pact_token_key(&doc->toks, tok);
  while (key[i] >= '0' && key[i] <= '9' && v < 100000) {
    v = v * 10 + key[i] - '0';
    i++;
  }
  for (size_t k = 0; i && suffixes[k]; k++) {
    if (strcmp(key + i, suffixes[k]) == 0) {
      return v;
    }
  }
  return 0;
}

size_t
pact_doc_token_at_byte(const PactDoc *doc, uint32_t at)
{
  size_t lo = 0;
  size_t hi = doc->toks.n;

  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (doc->toks.v[mid].start < at) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

int32_t
pact_doc_thing_told_at(const PactDoc *doc, PactClass cls, size_t tok, int dead)
{
  uint32_t at = doc->toks.v[tok].start;

  for (size_t i = 0; i < doc->n_things; i++) {
    const PactThing *t = &doc->things[i];
    if (t->cls != cls || (t->dead && !dead)) {
      continue;
    }
    for (size_t m = 0; m < t->n_mentions; m++) {
      if (t->mentions[m].start <= at && at < t->mentions[m].end) {
        return (int32_t)i;
      }
    }
  }
  return -1;
}
