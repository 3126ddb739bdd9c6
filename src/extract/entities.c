/* Countries, places (places.c) and institutions: phrases of the lexicons,
 * and the capitalised phrases built around an institution's head word. */
#define _POSIX_C_SOURCE 200809L
#include "extract/doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- institutions ---------------------------------------------------------- */

static int
is_connector(const PactDoc *doc, size_t tok)
{
  static const char *const en[] = {"of", "for", "and", "the", NULL};
  static const char *const fr[] = {"de", "du", "des", "d", "la", "le", "l", "et", "'", NULL};

  return pact_doc_key_in(doc, tok, doc->lang == 2 ? fr : en) ||
         (doc->lang == 2 && pact_doc_is_punct(doc, tok, '\''));
}

static int
is_cap_word(const PactDoc *doc, size_t tok)
{
  return tok < doc->toks.n && doc->toks.v[tok].kind == TOK_WORD && (doc->toks.v[tok].flags & TF_CAP);
}

static int
starts_sentence(const PactDoc *doc, size_t tok)
{
  return (doc->toks.v[tok].flags & (TF_SENT | TF_NEWLINE)) != 0;
}

/* Singular of an English plural head: "armies" -> "army". */
static char *
singular(const char *s)
{
  size_t n = strlen(s);
  char *out = malloc(n + 2);

  if (!out) {
    return NULL;
  }
  memcpy(out, s, n + 1);
  if (n > 4 && strcmp(s + n - 3, "ies") == 0) {
    strcpy(out + n - 3, "y");
  } else if (n > 3 && s[n - 1] == 's' && s[n - 2] != 's') {
    out[n - 1] = '\0';
  }
  return out;
}

static PactStatus
add_institution(PactDoc *doc, size_t a, size_t b, const char *kind, int32_t country,
                int make_singular)
{
  char *name = pact_doc_text(doc, a, b);
  int32_t t;
  PactThing *thing;
  PactStatus st;

  if (!name) {
    return PACT_ERR_NOMEM;
  }
  if (make_singular) {
    char *one = singular(name);
    free(name);
    name = one;
    if (!name) {
      return PACT_ERR_NOMEM;
    }
  }
  /* one name, one institution, unless two countries tell two apart:
   * "India's Ministry of Defence" and "Mongolia's Ministry of Defence" */
  t = -1;
  for (size_t i = 0; i < doc->n_things && t < 0; i++) {
    const PactThing *o = &doc->things[i];
    if (!o->dead && o->cls == PACT_INSTITUTION && o->name && strcmp(o->name, name) == 0 &&
        (o->country < 0 || country < 0 || o->country == country)) {
      t = (int32_t)i;
    }
  }
  if (t < 0) {
    thing = pact_doc_add(doc, PACT_INSTITUTION);
    if (!thing) {
      free(name);
      return PACT_ERR_NOMEM;
    }
    thing->name = name;
    thing->kind = kind;
    thing->first_tok = (uint32_t)a;
    thing->sentence = doc->toks.v[a].sentence;
    t = (int32_t)(doc->n_things - 1);
  } else {
    free(name);
  }
  thing = &doc->things[t];
  if (thing->country < 0) {
    thing->country = country;
  }
  st = pact_thing_mention(thing, doc->toks.v[a].start, doc->toks.v[b - 1].end);
  for (size_t i = a; i < b; i++) {
    if (doc->owner[i] < 0) {
      doc->owner[i] = t;
    }
  }
  return st;
}

/* Whether the connectors [a, k) join a second noun phrase rather than
 * continue this name: "Forces armées de Côte d'Ivoire et la Marine
 * nationale", "the Army and the Navy", "Army and Navy" (another head);
 * but "Ministry of Trade and Industry" is one name. */
static int
coordinated(const PactDoc *doc, size_t a, size_t k)
{
  for (size_t i = a; i < k; i++) {
    if (pact_doc_key_is(doc, i, "and") || pact_doc_key_is(doc, i, "et")) {
      /* "et des Finances" is still one name; "et la", "and of the" are
       * not */
      for (size_t d = i + 1; d < k; d++) {
        if (pact_doc_key_is(doc, d, "the") || pact_doc_key_is(doc, d, "la") || pact_doc_key_is(doc, d, "le") ||
            pact_doc_key_is(doc, d, "l") || pact_doc_key_is(doc, d, "les")) {
          return 1;
        }
      }
      if (pact_doc_has(doc, k, LEX_INSTITUTION)) {
        return 1;
      }
    }
  }
  return 0;
}

static int
is_unit(const char *kind)
{
  return kind && (strcmp(kind, "other") == 0 || strcmp(kind, "command") == 0);
}

/* A word in small letters that can be part of a French name: not a
 * connector, a verb of the lexicons or a pronoun. */
static int
small_noun(const PactDoc *doc, size_t k)
{
  static const char *const stops[] = {"qui", "que", "dont", "ou", "a", "est", "sont", "ont", "se", "sa", "son",
                                      "ses", "leur", "leurs", "il", "elle", "ils", "elles", "y", "en", NULL};

  return k < doc->toks.n && doc->toks.v[k].kind == TOK_WORD && !(doc->toks.v[k].flags & (TF_CAP | TF_SENT)) &&
         !pact_doc_has(doc, k, LEX_TITLE) && !pact_doc_has(doc, k, LEX_EVENT) && !pact_doc_has(doc, k, LEX_STATUS) &&
         !pact_doc_has(doc, k, LEX_MONTH) && !pact_doc_has(doc, k, LEX_WEEKDAY) && !pact_doc_has(doc, k, LEX_COUNTRY) &&
         !pact_doc_key_in(doc, k, stops);
}

/* A capitalised institution around the head at [h, h + n). */
static PactStatus
capitalised_institution(PactDoc *doc, size_t h, size_t n, const char *kind, size_t *next)
{
  size_t a = h;
  size_t b = h + n;
  int32_t country = -1;
  /* units and commands are named after places: "Madras Regiment",
   * "Beagle Naval District" */
  int unit = is_unit(kind);
  /* firms too: "Goa Shipyard Limited", "Kerala Marine Limited" */
  int named_after_place = unit || (kind && strcmp(kind, "company") == 0);

  /* Left: capitalised words and demonyms ("Royal Moroccan Air Force"),
   * not a title ("Inspector"), not across "'s". */
  while (a > 0 && !starts_sentence(doc, a) && is_cap_word(doc, a - 1) &&
         !pact_doc_has(doc, a - 1, LEX_TITLE) && (!pact_doc_has(doc, a - 1, LEX_PLACE) || named_after_place) &&
         !pact_doc_has(doc, a - 1, LEX_MONTH) && !pact_doc_has(doc, a - 1, LEX_EVENT) &&
         !pact_doc_has(doc, a - 1, LEX_AGREEMENT)) {
    a--;
  }
  /* "the U.S. Army", "U.K. Ministry of Defence": initials glued by full
   * stops */
  while (a >= 2 && pact_doc_is_punct(doc, a - 1, '.') && doc->toks.v[a - 2].key_len == 1 &&
         is_cap_word(doc, a - 2) && !(doc->toks.v[a - 1].flags & TF_SPACE) && !starts_sentence(doc, a - 2) &&
         (a == 2 || pact_doc_is_punct(doc, a - 3, '.') || (doc->toks.v[a - 2].flags & TF_SPACE))) {
    a -= 2;
  }
  /* "11th Infantry Brigade", "55th Combat Group": a unit's number */
  if (unit && a > 0 && pact_doc_digit_ordinal(doc, a - 1) > 0) {
    a--;
  }
  /* Right: "of/de + capitalised words"; in French also adjectives that
   * follow the noun ("Forces Armées Royales"). */
  for (;;) {
    size_t k = b;
    if (doc->lang == 2) {
      while (is_cap_word(doc, k) && !pact_doc_has(doc, k, LEX_TITLE) && !(doc->toks.v[k].flags & TF_SENT)) {
        k++;
      }
      if (k > b) {
        b = k;
        continue;
      }
      /* "l'Armée populaire de libération", "l'Armée royale d'Oman": an
       * adjective in small letters, when a complement follows it */
      size_t adj = b;
      while (adj < b + 2 && small_noun(doc, adj) && !is_connector(doc, adj)) {
        adj++;
      }
      size_t c = adj;
      while (c < doc->toks.n && c < adj + 3 && is_connector(doc, c) && !(doc->toks.v[c].flags & TF_SENT)) {
        c++;
      }
      if (adj > b && c > adj && !coordinated(doc, adj, c) && (is_cap_word(doc, c) || small_noun(doc, c)) &&
          !pact_doc_has(doc, c, LEX_TITLE)) {
        b = adj;
        continue;
      }
    }
    k = b;
    int joined = 0;
    while (k < doc->toks.n && is_connector(doc, k) && !(doc->toks.v[k].flags & TF_SENT)) {
      joined |= pact_doc_key_is(doc, k, "and") || pact_doc_key_is(doc, k, "et");
      k++;
    }
    /* "Baykar and Kerala Marine Limited": two firms, not one */
    if (joined && kind && strcmp(kind, "company") == 0) {
      break;
    }
    if (k > b && is_cap_word(doc, k) && !pact_doc_has(doc, k, LEX_TITLE) && !coordinated(doc, b, k)) {
      size_t e = k;
      while (is_cap_word(doc, e) && !pact_doc_has(doc, e, LEX_TITLE) && !(doc->toks.v[e].flags & TF_SENT)) {
        e++;
      }
      /* "Ministry of Defence Ali Hassan": a person follows; stop at the
       * country or the head's words only when a name would be swallowed. */
      b = e;
      continue;
    }
    /* French capitalises a name's first word only: "Conseil de
     * coopération du Golfe", "Comité des chefs d'état-major": after a
     * connector, a noun in small letters and an adjective */
    if (doc->lang == 2 && k > b && !coordinated(doc, b, k) && small_noun(doc, k)) {
      size_t e = k + 1;
      while (e < doc->toks.n && pact_doc_is_punct(doc, e, '-') && !(doc->toks.v[e].flags & TF_SPACE) &&
             small_noun(doc, e + 1)) {
        e += 2; /* "état-major", "non-alignés" */
      }
      if (small_noun(doc, e) && !is_connector(doc, e)) {
        e++; /* "relations publiques" */
      }
      b = e;
      continue;
    }
    break;
  }
  /* "Vietnam People's Army", "People's Liberation Army": the one "'s"
   * that is part of the name */
  if (a >= 3 && pact_doc_key_is(doc, a - 1, "s") && pact_doc_is_punct(doc, a - 2, '\'') &&
      pact_doc_key_is(doc, a - 3, "people") && is_cap_word(doc, a - 3)) {
    a -= 3;
    while (a > 0 && !starts_sentence(doc, a) && is_cap_word(doc, a - 1) && !pact_doc_has(doc, a - 1, LEX_TITLE)) {
      a--;
    }
  }
  /* Drop a leading determiner or sentence-initial "The", and a
   * preposition the sentence's capital made part of the run ("At General
   * Headquarters, Wei laid a wreath"). */
  static const char *const leading[] = {"the", "le", "la", "les", "at", "in", "on", "from", "to", "a", "au", "aux",
                                        "en", "dans", "depuis", "during", "after", "before", NULL};
  while (a < h && pact_doc_key_in(doc, a, leading)) {
    a++;
  }
  country = pact_doc_country_in(doc, a, b);
  if (country < 0 && doc->lang == 2 && b < doc->toks.n && !is_cap_word(doc, b)) {
    const PactLexEntry *c = pact_doc_entry(doc, b, LEX_COUNTRY);
    if (pact_lex_is_demonym(c)) {
      country = c->value; /* "la Marine nationale française" */
    }
  }
  if (country < 0) {
    const PactLexEntry *head = pact_doc_entry(doc, h, LEX_INSTITUTION);
    if (head && head->value > 0) {
      country = head->value - 1; /* "Bundeswehr", "ministère des Armées" */
    }
  }
  if (country < 0 && a >= 3 && pact_doc_key_is(doc, a - 1, "s") && pact_doc_is_punct(doc, a - 2, '\'')) {
    const PactLexEntry *c = pact_doc_entry(doc, a - 3, LEX_COUNTRY);
    if (c) {
      country = c->value; /* "Morocco's Royal Armed Forces" */
    }
  }
  *next = b;
  /* "the Moroccan Government", "le gouvernement pakistanais": the state
   * itself, which is the country already */
  if (kind && strcmp(kind, "government") == 0 && b - a <= 2) {
    return PACT_OK;
  }
  /* "la Direction de l'information ...", "the Commission": a common noun
   * alone, capitalised, names no institution we could tell apart */
  if (b - a == 1 && kind && strcmp(kind, "other") == 0 &&
      pact_lexicon_is_word_hash(doc->lex, doc->lang, pact_token_key(&doc->toks, a), doc->toks.v[a].key_len,
                                doc->toks.v[a].hash)) {
    return PACT_OK;
  }
  return add_institution(doc, a, b, kind, country, 0);
}

/* Whether the head at [h, h + n) is a plural ("marines", "armées"). */
static int
is_plural_head(const PactDoc *doc, size_t h, size_t n)
{
  const PactToken *t = &doc->toks.v[h + n - 1];
  const char *k = pact_token_key(&doc->toks, h + n - 1);

  return t->key_len > 2 && (k[t->key_len - 1] == 's' || k[t->key_len - 1] == 'x');
}

/* One of coordinated services: the head in the singular and the demonym
 * at [d, d + dn), in the order of the text: "Pakistani army" (from
 * "Pakistani and Moroccan armies"), "marine chilienne" (from "les marines
 * argentine et chilienne"). */
static PactStatus
add_service(PactDoc *doc, size_t h, size_t n, size_t d, size_t dn, const char *kind, int32_t country)
{
  char *dem = pact_doc_text(doc, d, d + dn);
  char *head = pact_doc_text(doc, h, h + n);
  char *one = head ? singular(head) : NULL;
  size_t len = (dem ? strlen(dem) : 0) + (one ? strlen(one) : 0) + 2;
  char *name = malloc(len);
  int32_t t;

  if (!dem || !one || !name) {
    free(dem);
    free(head);
    free(one);
    free(name);
    return PACT_ERR_NOMEM;
  }
  snprintf(name, len, "%s %s", d < h ? dem : one, d < h ? one : dem);
  free(dem);
  free(head);
  free(one);
  t = pact_doc_find(doc, PACT_INSTITUTION, name);
  if (t < 0) {
    PactThing *thing = pact_doc_add(doc, PACT_INSTITUTION);
    if (!thing) {
      free(name);
      return PACT_ERR_NOMEM;
    }
    thing->name = name;
    thing->kind = kind;
    thing->country = country;
    thing->first_tok = (uint32_t)(d < h ? d : h);
    thing->sentence = doc->toks.v[h].sentence;
    t = (int32_t)(doc->n_things - 1);
  } else {
    free(name);
  }
  return d < h ? pact_thing_mention(&doc->things[t], doc->toks.v[d].start, doc->toks.v[h + n - 1].end)
               : pact_thing_mention(&doc->things[t], doc->toks.v[h].start, doc->toks.v[d + dn - 1].end);
}

/* A lower-case service: "Pakistani army", "Pakistan's army", "the
 * Pakistani and Moroccan armies", "l'armée marocaine". */
static PactStatus
service_institution(PactDoc *doc, size_t h, size_t n, const char *kind)
{
  PactStatus st = PACT_OK;

  if (doc->lang == 2) {
    const PactLexEntry *c = pact_doc_entry(doc, h + n, LEX_COUNTRY);
    if (pact_lex_is_demonym(c)) {
      size_t cn = pact_doc_match_at(doc, h + n)->n;
      size_t d2 = h + n + cn + 1;
      const PactLexEntry *c2 = pact_doc_key_is(doc, d2 - 1, "et") ? pact_doc_entry(doc, d2, LEX_COUNTRY) : NULL;
      /* "les marines argentine et chilienne": two services, each named
       * with the head in the singular */
      if (pact_lex_is_demonym(c2) && is_plural_head(doc, h, n)) {
        PACT_TRY(add_service(doc, h, n, h + n, cn, kind, c->value));
        return add_service(doc, h, n, d2, pact_doc_match_at(doc, d2)->n, kind, c2->value);
      }
      return add_institution(doc, h, h + n + cn, kind, c->value, 0);
    }
    return PACT_OK;
  }
  if (h >= 1) {
    size_t d = h - 1;
    const PactLexEntry *c = pact_doc_entry(doc, d, LEX_COUNTRY);
    const PactMatch *m = pact_doc_match_at(doc, d);
    if (m && m->tok != d) {
      d = m->tok;
      c = pact_doc_entry(doc, d, LEX_COUNTRY);
    }
    if (pact_lex_is_demonym(c)) {
      st = add_institution(doc, d, h + n, kind, c->value, 1);
      /* coordination: "Pakistani and Moroccan armies" */
      if (st == PACT_OK && d >= 2 && (pact_doc_key_is(doc, d - 1, "and") || pact_doc_is_punct(doc, d - 1, ','))) {
        const PactMatch *m2 = pact_doc_match_at(doc, d - 2);
        const PactLexEntry *c2 = m2 ? pact_doc_entry(doc, m2->tok, LEX_COUNTRY) : NULL;
        if (pact_lex_is_demonym(c2)) {
          st = add_service(doc, h, n, m2->tok, m2->n, kind, c2->value);
        }
      }
      return st;
    }
    /* "Pakistan's army" */
    if (h >= 3 && pact_doc_key_is(doc, h - 1, "s") && pact_doc_is_punct(doc, h - 2, '\'')) {
      const PactMatch *m3 = pact_doc_match_at(doc, h - 3);
      const PactLexEntry *c3 = m3 ? pact_doc_entry(doc, m3->tok, LEX_COUNTRY) : NULL;
      if (c3) {
        return add_institution(doc, m3->tok, h + n, kind, c3->value, 0);
      }
    }
  }
  return st;
}

/* "ministère des Armées", "ministry of Defence": a head in small letters
 * followed by a connector and a capitalised word. */
static int
lower_head_with_name(const PactDoc *doc, size_t k, int unit)
{
  size_t c = k;

  while (c < doc->toks.n && is_connector(doc, c) && c < k + 3) {
    c++;
  }
  /* a unit's name may be a place's or follow the head at once: "régiment
   * de Madras", "régiment Gajaba" */
  return (c > k || unit) && is_cap_word(doc, c) && !pact_doc_has(doc, c, LEX_TITLE) &&
         !pact_doc_has(doc, c, LEX_COUNTRY) && (unit || !pact_doc_has(doc, c, LEX_PLACE)) &&
         !(doc->toks.v[c].flags & TF_SENT);
}

/* After a French head in small letters: [an adjective,] a demonym, then
 * "de la Défense [nationale]" (a connector and capitalised words, and the
 * one adjective "nationale" that follows them). Returns the end of the
 * name, or 0. */
static size_t
head_demonym_name(const PactDoc *doc, size_t k)
{
  const PactLexEntry *c;
  size_t e;

  if (k + 1 < doc->toks.n && !pact_doc_entry(doc, k, LEX_COUNTRY) && !(doc->toks.v[k].flags & TF_CAP) &&
      doc->toks.v[k].kind == TOK_WORD && pact_doc_entry(doc, k + 1, LEX_COUNTRY)) {
    k++; /* "fédéral" */
  }
  c = pact_doc_entry(doc, k, LEX_COUNTRY);
  if (!pact_lex_is_demonym(c) || (doc->toks.v[k].flags & TF_CAP)) {
    return 0;
  }
  k += pact_doc_match_at(doc, k)->n;
  if (!lower_head_with_name(doc, k, 0)) {
    return 0;
  }
  while (is_connector(doc, k)) {
    k++;
  }
  e = k;
  while (is_cap_word(doc, e) && !pact_doc_has(doc, e, LEX_TITLE) && !(doc->toks.v[e].flags & TF_SENT)) {
    e++;
  }
  if (pact_doc_key_is(doc, e, "nationale") || pact_doc_key_is(doc, e, "national")) {
    e++;
  }
  return e;
}

static int
is_service(const char *kind)
{
  return kind && (strcmp(kind, "service_branch") == 0 || strcmp(kind, "armed_forces") == 0);
}

/* "les Forces espagnoles au Sénégal", "les Forces sénégalaises": Forces
 * with a demonym after it, which no lexicon line lists for every country.
 * Stationed abroad ("en", "au", "aux" + another country) it is a command. */
static PactStatus
forces_with_demonym(PactDoc *doc)
{
  for (size_t i = 0; i + 1 < doc->toks.n; i++) {
    const PactLexEntry *c;
    const PactMatch *m;
    size_t b;
    const char *kind = "armed_forces";
    if (!pact_doc_key_is(doc, i, "forces") || !(doc->toks.v[i].flags & TF_CAP) || pact_doc_match_at(doc, i) ||
        doc->owner[i] >= 0) {
      continue;
    }
    c = pact_doc_entry(doc, i + 1, LEX_COUNTRY);
    m = pact_doc_match_at(doc, i + 1);
    if (!pact_lex_is_demonym(c) || !m || (doc->toks.v[i + 1].flags & TF_CAP)) {
      continue;
    }
    b = i + 1 + m->n;
    if (pact_doc_key_is(doc, b, "en") || pact_doc_key_is(doc, b, "au") || pact_doc_key_is(doc, b, "aux")) {
      const PactLexEntry *where = pact_doc_entry(doc, b + 1, LEX_COUNTRY);
      if (where && where->value != c->value) {
        kind = "command";
      }
    }
    PACT_TRY(add_institution(doc, i, b, kind, c->value, 0));
  }
  return PACT_OK;
}

/* Whether a head of several words in small letters ends on a name:
 * "au ministère de la Défense", "le ministère des Armées" (the lexicon's
 * whole phrase, its own name capitalised). */
static int
named_head(const PactDoc *doc, const PactMatch *mt)
{
  return mt->n >= 3 && is_cap_word(doc, mt->tok + mt->n - 1) && !(doc->toks.v[mt->tok + mt->n - 1].flags & TF_SENT);
}

/* Whether a French word in small letters after a unit's noun reads as its
 * adjective ("mécanisée", "blindée", "spéciales", "rapide"), not a verb
 * ("participe", "a"). */
static int
unit_adjective(const PactDoc *doc, size_t k)
{
  static const char *const endings[] = {"ee", "ees", "es", "ale", "ales", "aire", "aires", "ique", "iques", "ide",
                                        "ere", "eres", "ste", "stes", "ine", "ienne", NULL};
  const char *key;
  size_t n;

  if (!small_noun(doc, k) || is_connector(doc, k)) {
    return 0;
  }
  key = pact_token_key(&doc->toks, k);
  n = doc->toks.v[k].key_len;
  for (size_t i = 0; endings[i]; i++) {
    size_t e = strlen(endings[i]);
    if (n > e + 2 && strcmp(key + n - e, endings[i]) == 0) {
      return 1;
    }
  }
  return 0;
}

/* A French unit told by its number, in small letters: "la 53e division",
 * "la 41e brigade d'infanterie mécanisée", "le 150e bataillon de force de
 * réaction rapide", "la 10e division blindée allemande" (a demonym at the
 * end tells the country), "la 1re division de la JGSDF". The ordinal is
 * at o, the head at [h, h + n). */
static PactStatus
numbered_unit(PactDoc *doc, size_t o, size_t h, size_t n, const char *kind, size_t *next)
{
  size_t b = h + n;
  int32_t country = -1;

  for (int words = 0; words < 6 && b < doc->toks.n && !(doc->toks.v[b].flags & TF_SENT);) {
    size_t c = b;
    if (unit_adjective(doc, b)) {
      b++;
      words++;
      continue;
    }
    while (c < doc->toks.n && c < b + 3 && is_connector(doc, c) && !pact_doc_key_is(doc, c, "et")) {
      c++;
    }
    if (c > b && (small_noun(doc, c) || is_cap_word(doc, c)) && !pact_doc_has(doc, c, LEX_PLACE) &&
        !(doc->toks.v[c].flags & TF_SENT)) {
      b = c + 1;
      words++;
      continue;
    }
    break;
  }
  const PactLexEntry *c = pact_doc_entry(doc, b, LEX_COUNTRY);
  if (pact_lex_is_demonym(c) && !(doc->toks.v[b].flags & TF_CAP)) {
    country = c->value;
    b += pact_doc_match_at(doc, b)->n;
  }
  *next = b;
  return add_institution(doc, o, b, kind, country, 0);
}

static PactStatus
institutions(PactDoc *doc)
{
  PactStatus st = PACT_OK;
  size_t skip_to = 0;

  for (size_t m = 0; m < doc->n_matches && st == PACT_OK; m++) {
    const PactMatch *mt = &doc->matches[m];
    const PactLexEntry *e;
    size_t next;
    if (mt->tok < skip_to) {
      continue;
    }
    e = pact_doc_entry(doc, mt->tok, LEX_INSTITUTION);
    if (!e) {
      continue;
    }
    /* "intra-OIC": a modifier, not the institution */
    if (mt->tok > 0 && pact_doc_is_punct(doc, mt->tok - 1, '-') && !(doc->toks.v[mt->tok].flags & TF_SPACE)) {
      continue;
    }
    if (doc->lang == 2 && !(doc->toks.v[mt->tok].flags & TF_CAP) && is_unit(e->kind) && mt->tok > 0 &&
        pact_doc_digit_ordinal(doc, mt->tok - 1) > 0) {
      st = numbered_unit(doc, mt->tok - 1, mt->tok, mt->n, e->kind, &next);
      skip_to = next;
    } else if (doc->lang == 2 && !(doc->toks.v[mt->tok].flags & TF_CAP) &&
        (next = head_demonym_name(doc, mt->tok + mt->n)) > 0) {
      /* "le ministère irakien de la Défense", "le ministère fédéral
       * nigérian de la Défense": the demonym between the head and its
       * name gives the country */
      size_t d = mt->tok + mt->n;
      const PactLexEntry *c;
      while (!pact_doc_entry(doc, d, LEX_COUNTRY)) {
        d++;
      }
      c = pact_doc_entry(doc, d, LEX_COUNTRY);
      st = add_institution(doc, mt->tok, next, e->kind, c->value, 0);
      skip_to = next;
    } else if ((doc->toks.v[mt->tok].flags & TF_CAP) || named_head(doc, mt) ||
               lower_head_with_name(doc, mt->tok + mt->n, doc->lang == 2 && is_unit(e->kind))) {
      size_t next = mt->tok + mt->n;
      st = capitalised_institution(doc, mt->tok, mt->n, e->kind, &next);
      skip_to = next;
    } else if (is_service(e->kind) || (e->kind && strcmp(e->kind, "embassy") == 0)) {
      /* "the Iranian embassy in Baku", "l'ambassade iranienne": a
       * demonym makes the head in small letters one country's, as it does
       * an army (not a ministry: "the Saudi defence ministry" measured a
       * false institution for each one found on held) */
      st = service_institution(doc, mt->tok, mt->n, e->kind);
    }
  }
  return st;
}

/* "The Jamaica Defence Force (JDF) ...; Chief of Defence Staff of the
 * JDF": an all-capitals word in brackets right after an institution's
 * name is its acronym, and the same word elsewhere in the article, not
 * yet anyone's, is that institution (so a title's "of the JDF" tells the
 * country the full name tells). One pass over the tokens, with the
 * acronyms found so far. */
static PactStatus
acronyms(PactDoc *doc)
{
  int32_t inst[16];
  size_t tok[16];
  size_t n = 0;

  for (size_t i = 1; i + 2 < doc->toks.n && n < 16; i++) {
    int32_t t = doc->owner[i - 1];
    if (pact_doc_is_punct(doc, i, '(') && pact_doc_is_punct(doc, i + 2, ')') && t >= 0 &&
        doc->things[t].cls == PACT_INSTITUTION && (doc->toks.v[i + 1].flags & TF_UPPER) && doc->owner[i + 1] < 0) {
      inst[n] = t;
      tok[n++] = i + 1;
    }
  }
  for (size_t k = 0; k < n; k++) {
    const char *key = pact_token_key(&doc->toks, tok[k]);
    size_t len = doc->toks.v[tok[k]].key_len;
    for (size_t i = 0; i < doc->toks.n; i++) {
      if (doc->owner[i] >= 0 || !(doc->toks.v[i].flags & TF_UPPER) || doc->toks.v[i].key_len != len ||
          memcmp(pact_token_key(&doc->toks, i), key, len) != 0) {
        continue;
      }
      doc->owner[i] = inst[k];
      if (i != tok[k]) {
        PACT_TRY(pact_thing_mention(&doc->things[inst[k]], doc->toks.v[i].start, doc->toks.v[i].end));
      }
    }
  }
  return PACT_OK;
}

PactStatus
pact_doc_entities(PactDoc *doc)
{
  PACT_TRY(pact_doc_places(doc));
  PACT_TRY(institutions(doc));
  PACT_TRY(acronyms(doc));
  return doc->lang == 2 ? forces_with_demonym(doc) : PACT_OK;
}
