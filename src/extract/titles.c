/* Persons by their titles: a title or rank before a name ("Defence
 * Minister Khawaja Asif", "le ministre délégué ..., Abdellatif Loudyi"),
 * or an apposition after it ("Nasser Bourita, Morocco's Minister of
 * ..."); the titles as written, and the country that a title, the
 * institution it governs or the one after the name tells. */
#include "extract/events.h"
#include "extract/persons.h"
#include "extract/titles.h"

#include <stdlib.h>
#include <string.h>


static void
close_segment(TitleParse *tp, size_t a, size_t b)
{
  if (b > a && tp->n_segs < 8) {
    tp->seg_start[tp->n_segs] = a;
    tp->seg_end[tp->n_segs] = b;
    tp->n_segs++;
  }
}

/* Whether the capitalised run at [a, b) after a comma continues a list
 * ("..., African Cooperation, and Moroccan Expatriates") rather than being
 * the name the title introduces. */
static int
list_goes_on(const PactDoc *doc, size_t b)
{
  if (pact_doc_is_punct(doc, b, ',')) {
    return pact_doc_key_is(doc, b + 1, "and") || pact_doc_key_is(doc, b + 1, "et") ||
           (is_word(doc, b + 1) && (doc->toks.v[b + 1].flags & TF_CAP) && !persons_name_word(doc, b + 1));
  }
  return pact_doc_key_is(doc, b, "and") || pact_doc_key_is(doc, b, "et");
}

/* Whether "and" (or ", and") at b opens another person's title: "Defence
 * Minister Władysław Kosiniak-Kamysz and Dutch Defence Minister Ruben
 * Brekelmans": the run before it was a name, not a list's member. */
static int
another_person_follows(const PactDoc *doc, size_t b)
{
  size_t k = b;

  if (pact_doc_is_punct(doc, k, ',')) {
    k++;
  }
  if (!pact_doc_key_is(doc, k, "and") && !pact_doc_key_is(doc, k, "et")) {
    return 0;
  }
  k++;
  if (pact_doc_key_is(doc, k, "his") || pact_doc_key_is(doc, k, "her") || pact_doc_key_is(doc, k, "son") ||
      pact_doc_key_is(doc, k, "sa") || pact_doc_key_is(doc, k, "le") || pact_doc_key_is(doc, k, "la")) {
    k++;
  }
  if (pact_doc_entry(doc, k, LEX_COUNTRY)) {
    const PactMatch *m = pact_doc_match_at(doc, k);
    k += m ? m->n : 1;
  }
  return pact_doc_has(doc, k, LEX_TITLE);
}

/* Whether the title at `start` lies in a phrase that opens its sentence
 * with "Besides", "Apart from", "Like", "Outre", "Comme"...: "Besides the
 * president and the defence minister, Bagheri also held talks" - the
 * comma after it closes that phrase, and the name after the comma is the
 * sentence's subject, not the title's holder. */
static int
opening_phrase(const PactDoc *doc, size_t start)
{
  static const char *const openers[] = {"besides", "beyond", "apart", "aside", "like", "unlike", "outre",
                                        "hormis", "comme", "contrairement", "excepte", NULL};

  for (size_t i = start; i > 0 && start - i < 12; i--) {
    if (doc->toks.v[i].flags & TF_SENT) {
      return pact_doc_key_in(doc, i, openers);
    }
    if (pact_doc_is_punct(doc, i - 1, ',')) {
      return 0;
    }
  }
  return 0;
}

/* How many tokens a rank's qualifier after the title word at tok - 1
 * takes, or 0: in brackets, "(Pilot)", "(Retd)", "(pilote)", "(2S)",
 * "(CR)"; in French words, "à la retraite". */
static size_t
rank_qualifier(const PactDoc *doc, size_t tok)
{
  static const char *const qualifiers[] = {"pilot", "pilote", "retd", "rtd", "retired", "ret", "r", "retraite",
                                           "2s", "cr", NULL};

  if (!pact_doc_has(doc, tok - 1, LEX_TITLE)) {
    return 0;
  }
  if (pact_doc_is_punct(doc, tok, '(') && pact_doc_key_in(doc, tok + 1, qualifiers) &&
      pact_doc_is_punct(doc, tok + 2, ')')) {
    return 3;
  }
  if (pact_doc_key_is(doc, tok, "a") && pact_doc_key_is(doc, tok + 1, "la") &&
      pact_doc_key_is(doc, tok + 2, "retraite")) {
    return 3;
  }
  return 0;
}

/* Reads a title chain from the title at `t`; with `want_name`, the name
 * it introduces. */
void
titles_parse(const PactDoc *doc, size_t start, size_t t, int want_name, TitleParse *tp)
{
  size_t seg = start;
  size_t k = t;
  size_t words;

  memset(tp, 0, sizeof *tp);
  while (k < doc->toks.n && k - start < MAX_TITLE_TOKENS) {
    const PactMatch *m = pact_doc_match_at(doc, k);
    size_t ne;
    if (k > t && (doc->toks.v[k].flags & TF_SENT)) {
      break;
    }
    if (want_name && !persons_name_word(doc, k) && k + 1 < doc->toks.n && persons_name_word(doc, k + 1) &&
        !(doc->toks.v[k + 1].flags & TF_SENT) && pact_doc_entry(doc, k, LEX_COUNTRY) &&
        pact_doc_entry(doc, k, LEX_COUNTRY)->kind && strcmp(pact_doc_entry(doc, k, LEX_COUNTRY)->kind, "name") == 0 &&
        pact_doc_match_at(doc, k)->n == 1 && (doc->toks.v[k].flags & TF_CAP) && glued(doc, k + 1) == 0) {
      /* "Brigadier Georgia Hale": a country's name as a given name */
      size_t e = persons_name_end(doc, k + 1, &words);
      close_segment(tp, seg, k);
      tp->name_a = k;
      tp->name_b = e;
      tp->end = e;
      return;
    }
    if (pact_doc_has(doc, k, LEX_TITLE) || pact_doc_has(doc, k, LEX_COUNTRY) ||
        (doc->owner[k] >= 0 && doc->things[doc->owner[k]].cls == PACT_INSTITUTION)) {
      if (m && m->tok == k) {
        k += m->n;
      } else {
        k++;
      }
      continue;
    }
    if (k > t && pact_doc_is_punct(doc, k, '-') &&
        (pact_doc_key_is(doc, k + 1, "elect") || pact_doc_key_is(doc, k + 1, "designate") ||
         pact_doc_key_is(doc, k + 1, "designe") || pact_doc_key_is(doc, k + 1, "elu"))) {
      k += 2; /* "President-elect", "Prime Minister-designate": still a title */
      continue;
    }
    /* "Lieutenant General (Pilot) X", "général à la retraite Y": a
     * rank's qualifier is part of the title */
    size_t q = k > t ? rank_qualifier(doc, k) : 0;
    if (q) {
      k += q;
      continue;
    }
    q = k > t ? titles_time_qualifier(doc, k) : 0;
    if (q) {
      /* the title as held, without its time */
      close_segment(tp, seg, k);
      k += q;
      seg = k;
      continue;
    }
    if (titles_is_connector(doc, k)) {
      size_t c = k;
      int and = 0;
      int of = 0;
      int article = 0;
      while (c < doc->toks.n && titles_is_connector(doc, c) && !(doc->toks.v[c].flags & TF_SENT)) {
        article |= and && (pact_doc_key_is(doc, c, "le") || pact_doc_key_is(doc, c, "la") ||
                           pact_doc_key_is(doc, c, "l") || pact_doc_key_is(doc, c, "the"));
        and |= pact_doc_key_is(doc, c, "and") || pact_doc_key_is(doc, c, "et");
        of |= and && (pact_doc_key_is(doc, c, "of") || pact_doc_key_is(doc, c, "de") ||
                      pact_doc_key_is(doc, c, "du") || pact_doc_key_is(doc, c, "des") ||
                      pact_doc_key_is(doc, c, "d"));
        c++;
      }
      if (!titles_complement_word(doc, c)) {
        size_t country = titles_lower_run_to_country(doc, c);
        if (!country && !and && want_name) {
          country = titles_lower_run_to_apposition(doc, c);
        }
        if (!country || and) {
          break;
        }
        k = country; /* "chargé des affaires de défense du Qatar" */
        continue;
      }
      /* "en présence du A et de l'Ambassadeur ...", "par le ministre
       * chinois et le général X": another person */
      if ((of || (and && article)) && pact_doc_has(doc, c, LEX_TITLE)) {
        break;
      }
      if (and && c == k + 1 && pact_doc_has(doc, c, LEX_TITLE)) {
        /* "Deputy Prime Minister and Minister for Defence": two titles */
        close_segment(tp, seg, k);
        seg = c;
        k = c;
        continue;
      }
      k = c;
      /* the complement: capitalised words, countries, institutions; a
       * name after English words ends it ("for National Defense
       * Abdellatif Loudiyi") */
      while (titles_complement_word(doc, k) && !(k > c && pact_doc_has(doc, k, LEX_TITLE))) {
        if (want_name && persons_name_word(doc, k) && !persons_known_word(doc, k) && k > c) {
          size_t e = persons_name_end(doc, k, &words);
          int all_unknown = 1;
          for (size_t i = k; i < e; i++) {
            all_unknown &= !is_word(doc, i) || !persons_known_word(doc, i);
          }
          if (words >= 2 && all_unknown && (!list_goes_on(doc, e) || another_person_follows(doc, e))) {
            close_segment(tp, seg, k);
            tp->name_a = k;
            tp->name_b = e;
            tp->end = e;
            return;
          }
        }
        m = pact_doc_match_at(doc, k);
        k = m && m->tok == k ? k + m->n : k + 1;
        /* French adjectives follow their noun in small letters: "Défense
         * nationale", "Forces armées" */
        while (doc->lang == 2 && is_word(doc, k) && !(doc->toks.v[k].flags & (TF_CAP | TF_SENT)) &&
               !titles_is_connector(doc, k) && !pact_doc_has(doc, k, LEX_EVENT) && !pact_doc_has(doc, k, LEX_STATUS) &&
               (pact_doc_is_punct(doc, k + 1, ',') || titles_is_connector(doc, k + 1) ||
                titles_complement_word(doc, k + 1))) {
          k++;
        }
      }
      continue;
    }
    (void)ne;
    if (pact_doc_is_punct(doc, k, ',')) {
      size_t c = k + 1;
      if (pact_doc_key_is(doc, c, "charge") || pact_doc_key_is(doc, c, "chargee") ||
          pact_doc_key_is(doc, c, "in") || pact_doc_key_is(doc, c, "responsible")) {
        k = c;
        continue;
      }
      if (pact_doc_has(doc, c, LEX_TITLE)) {
        close_segment(tp, seg, k);
        seg = c;
        k = c;
        continue;
      }
      /* "Le ministre afghan de la Défense, le général X", "le ministre
       * saoudien de la Défense, le prince X": in French a rank or an
       * honorific after the comma keeps its article. Not a role: ", la
       * ministre Y" is more often a second person. */
      size_t ranked = 0;
      if (doc->lang == 2 && (pact_doc_key_is(doc, c, "le") || pact_doc_key_is(doc, c, "la"))) {
        ranked = c + 1;
      } else if (doc->lang == 2 && pact_doc_key_is(doc, c, "l") && pact_doc_is_punct(doc, c + 1, '\'')) {
        ranked = c + 2;
      }
      const PactLexEntry *rank = ranked ? pact_doc_entry(doc, ranked, LEX_TITLE) : NULL;
      if (rank && rank->kind && (strcmp(rank->kind, "rank") == 0 || strcmp(rank->kind, "honorific") == 0)) {
        close_segment(tp, seg, k);
        seg = ranked;
        k = ranked;
        continue;
      }
      if (want_name && persons_name_word(doc, c) && !opening_phrase(doc, start)) {
        size_t e = persons_name_end(doc, c, &words);
        int all_unknown = 1;
        for (size_t i = c; i < e; i++) {
          all_unknown &= !is_word(doc, i) || !persons_known_word(doc, i);
        }
        if ((all_unknown || !list_goes_on(doc, e)) && (words >= 2 || !persons_known_word(doc, c))) {
          close_segment(tp, seg, k);
          tp->name_a = c;
          tp->name_b = e;
          tp->end = e;
          return;
        }
        if (list_goes_on(doc, e)) {
          k = e;
          continue;
        }
      }
      break;
    }
    if (want_name && persons_name_word(doc, k)) {
      size_t e = persons_name_end(doc, k, &words);
      if (words >= 2 || !persons_known_word(doc, k) || !(doc->toks.v[k].flags & TF_SENT)) {
        close_segment(tp, seg, k);
        tp->name_a = k;
        tp->name_b = e;
        tp->end = e;
        return;
      }
    }
    break;
  }
  close_segment(tp, seg, k);
  tp->end = k;
}

/* Where a title that ends with the title word at `t` really starts: a
 * country, a possessive or an institution just before it belongs to it. */
static size_t
title_start(const PactDoc *doc, size_t t)
{
  size_t a = t;

  for (;;) {
    const PactMatch *m;
    if (a == 0 || (doc->toks.v[a].flags & (TF_SENT | TF_NEWLINE))) {
      return a;
    }
    /* "Australia's new defence minister", "le nouveau ministre
     * malien": a word of the title's time between it and its country */
    static const char *const qualifiers[] = {"new", "incoming", "outgoing", "current", "acting", "nouveau",
                                             "nouvel", "nouvelle", "actuel", "actuelle", NULL};
    /* "Brazil's then defence minister", "Chile's former president" */
    static const char *const past[] = {"then", "former", NULL};
    if (a >= 2 && (pact_doc_key_in(doc, a - 1, qualifiers) || pact_doc_key_in(doc, a - 1, past)) &&
        !(doc->toks.v[a - 1].flags & TF_SENT) &&
        (pact_doc_entry(doc, a - 2, LEX_COUNTRY) ||
         (a >= 4 && pact_doc_key_is(doc, a - 2, "s") && pact_doc_is_punct(doc, a - 3, '\'')))) {
      a--;
      continue;
    }
    if (a >= 3 && pact_doc_key_is(doc, a - 1, "s") && pact_doc_is_punct(doc, a - 2, '\'')) {
      m = pact_doc_match_at(doc, a - 3);
      if (m && pact_doc_entry(doc, m->tok, LEX_COUNTRY)) {
        a = m->tok;
        continue;
      }
      return a;
    }
    m = pact_doc_match_at(doc, a - 1);
    if (m && (pact_doc_entry(doc, m->tok, LEX_COUNTRY) || pact_doc_entry(doc, m->tok, LEX_TITLE))) {
      a = m->tok;
      continue;
    }
    if (doc->owner[a - 1] >= 0 && doc->things[doc->owner[a - 1]].cls == PACT_INSTITUTION) {
      int32_t inst = doc->owner[a - 1];
      while (a > 0 && doc->owner[a - 1] == inst) {
        a--;
      }
      continue;
    }
    return a;
  }
}

/* The country a title names, or that of an institution in it. */
static int32_t
title_country(const PactDoc *doc, size_t a, size_t b)
{
  int32_t c = pact_doc_country_in(doc, a, b);

  for (size_t i = a; i < b && c < 0; i++) {
    if (doc->owner[i] >= 0 && doc->things[doc->owner[i]].cls == PACT_INSTITUTION) {
      c = doc->things[doc->owner[i]].country;
    }
  }
  return c;
}

/* Gives person p the titles of a parse: each segment, its trailing rank
 * apart ("Moroccan Air Force Inspector" + "Major General"). */
PactStatus
titles_give(PactDoc *doc, int32_t p, const TitleParse *tp)
{
  PactThing *person = &doc->things[p];

  for (size_t s = 0; s < tp->n_segs; s++) {
    size_t a = tp->seg_start[s];
    size_t b = tp->seg_end[s];
    size_t rank = b;
    /* skip determiners and punctuation at the edges */
    while (a < b && (pact_doc_key_is(doc, a, "the") || pact_doc_key_is(doc, a, "le") ||
                     pact_doc_key_is(doc, a, "la") || pact_doc_key_is(doc, a, "l") ||
                     doc->toks.v[a].kind == TOK_PUNCT)) {
      a++;
    }
    while (b > a && doc->toks.v[b - 1].kind == TOK_PUNCT) {
      b--;
    }
    /* an acronym in brackets at the end is the institution's, not the
     * title's words: "porte-parole des Forces de défense rwandaises
     * (RDF)"; a rank's qualifier stays ("Lieutenant General (Pilot)") */
    if (b >= a + 3 && pact_doc_is_punct(doc, b, ')') && pact_doc_is_punct(doc, b - 2, '(') &&
        (doc->toks.v[b - 1].flags & TF_UPPER)) {
      b -= 2;
      rank = b;
    }
    for (size_t i = a; i < b; i++) {
      const PactLexEntry *e = pact_doc_entry(doc, i, LEX_TITLE);
      if (e && e->kind && strcmp(e->kind, "rank") == 0 && i > a) {
        size_t j = i;
        int all_rank = 1;
        while (j < b) {
          const PactLexEntry *r = pact_doc_entry(doc, j, LEX_TITLE);
          const PactMatch *m = pact_doc_match_at(doc, j);
          if (!r || !r->kind || strcmp(r->kind, "rank") != 0 || !m) {
            all_rank = 0;
            break;
          }
          j = m->tok + m->n;
        }
        if (all_rank) {
          rank = i;
          break;
        }
      }
    }
    if (rank > a) {
      char *text = pact_doc_text(doc, a, rank);
      if (!text) {
        return PACT_ERR_NOMEM;
      }
      PACT_TRY(pact_thing_title(person, text, strlen(text)));
      free(text);
    }
    if (rank < b) {
      char *text = pact_doc_text(doc, rank, b);
      if (!text) {
        return PACT_ERR_NOMEM;
      }
      PACT_TRY(pact_thing_title(person, text, strlen(text)));
      free(text);
    }
    if (person->country < 0) {
      person->country = title_country(doc, a, b);
    }
  }
  return PACT_OK;
}

/* "General X of the Hellenic Army General Staff", "Ambassador Y of the
 * Embassy of Indonesia": the institution after the name tells the country
 * when the title did not. */
static void
institution_after(PactDoc *doc, int32_t p, size_t k)
{
  if (!(pact_doc_key_is(doc, k, "of") || pact_doc_key_is(doc, k, "de") || pact_doc_key_is(doc, k, "du") ||
        pact_doc_key_is(doc, k, "des"))) {
    return;
  }
  k++;
  while (k < doc->toks.n && (pact_doc_key_is(doc, k, "the") || pact_doc_key_is(doc, k, "la") ||
                             pact_doc_key_is(doc, k, "l") || pact_doc_is_punct(doc, k, '\''))) {
    k++;
  }
  if (doc->things[p].country < 0 && pact_doc_entry(doc, k, LEX_COUNTRY)) {
    doc->things[p].country = pact_doc_entry(doc, k, LEX_COUNTRY)->value; /* "X of Poland" */
    return;
  }
  if (k < doc->toks.n && doc->owner[k] >= 0 && doc->things[doc->owner[k]].cls == PACT_INSTITUTION) {
    const PactThing *inst = &doc->things[doc->owner[k]];
    if (inst->country >= 0) {
      doc->things[p].country = inst->country;
    }
  }
}

/* "les généraux X et Y", "Defence ministers X and Y": a plural title
 * before two names joined by "and" is each one's; when the title names
 * two countries ("The defence ministers of Uzbekistan and Kazakhstan,
 * Colonel Generals X and Y"), they are the two persons' in that order.
 * p is the first, the title parse tp's; [from, tp->name_a) the title. */
static PactStatus
plural_title_pair(PactDoc *doc, int32_t p, const TitleParse *tp, size_t from)
{
  /* the head words of plural titles (titles.tsv holds the phrases) */
  static const char *const plurals[] = {"ministers", "ministres", "generals", "generaux", "admirals", "amiraux",
                                        "colonels", "chiefs", "chefs", "presidents", "ambassadors",
                                        "ambassadeurs", "commanders", "marshals", NULL};
  static const char *const and[] = {"and", "et", NULL};
  int plural = 0;
  size_t words = 0;
  size_t k = tp->name_b;
  PactStatus st = PACT_OK;

  for (size_t i = from; i < tp->name_a && !plural; i++) {
    const PactToken *t = &doc->toks.v[i];
    plural = t->key_len > 4 && strchr("sx", pact_token_key(&doc->toks, i)[t->key_len - 1]) &&
             pact_doc_key_in(doc, i, plurals);
  }
  if (!plural || !pact_doc_key_in(doc, k, and) || k + 1 >= doc->toks.n || doc->owner[k + 1] >= 0 ||
      !persons_name_word(doc, k + 1) || persons_known_word(doc, k + 1)) {
    return PACT_OK;
  }
  size_t end = persons_name_end(doc, k + 1, &words);
  if (end <= k + 1 || words < 2) {
    return PACT_OK;
  }
  int32_t q = persons_person_named(doc, k + 1, end, &st);
  if (q < 0) {
    return st;
  }
  PACT_TRY(titles_give(doc, q, tp));
  /* "Les ministres de la Défense de l'Ouzbékistan et du Kazakhstan, les
   * généraux X et Y": the plural title in apposition before names them */
  static const char *const determiners[] = {"the", "les", "le", "la", "l", NULL};
  size_t a = from;
  size_t c = from;
  while (c > 0 && pact_doc_key_in(doc, c - 1, determiners)) {
    c--;
  }
  if (c >= 2 && pact_doc_is_punct(doc, c - 1, ',')) {
    for (size_t i = c - 1; i > 0 && i + 16 > c && !pact_doc_is_punct(doc, i - 1, ',') &&
                           !(doc->toks.v[i].flags & TF_SENT);
         i--) {
      if (pact_doc_key_in(doc, i - 1, plurals)) {
        a = i - 1;
      }
    }
  }
  int32_t found[3];
  if (events_countries_in(doc, a, tp->name_a, found, 3) == 2) {
    doc->things[p].country = found[0];
    doc->things[q].country = found[1];
  }
  return PACT_OK;
}

PactStatus
pact_doc_titled_persons(PactDoc *doc)
{
  PactStatus st = PACT_OK;

  for (size_t i = 0; i < doc->toks.n && st == PACT_OK;) {
    TitleParse tp;
    const PactMatch *m;
    int32_t p;
    if (!pact_doc_has(doc, i, LEX_TITLE) || doc->owner[i] >= 0) {
      i++;
      continue;
    }
    m = pact_doc_match_at(doc, i);
    titles_parse(doc, title_start(doc, i), i, 1, &tp);
    if (tp.name_b && pact_doc_commemorated(doc, i)) {
      /* mark the name so that "and Mohammed V" after it is not taken up */
      for (size_t k = tp.name_a; k < tp.name_b; k++) {
        doc->owner[k] = -2;
      }
      i = tp.name_b;
      continue;
    }
    if (!tp.name_b) {
      i = tp.end > i ? tp.end : i + m->n;
      continue;
    }
    /* "Prime Minister Sheikh Hasina": an honorific before a name of one
     * word is part of how the person is called (not "Sheikh Tamim bin
     * Hamad", whose name goes on) */
    static const char *const sheikhs[] = {"sheikh", "sheikha", "cheikh", "shaikh", NULL};
    if (tp.name_b == tp.name_a + 1 && tp.name_a > 0 && pact_doc_key_in(doc, tp.name_a - 1, sheikhs)) {
      tp.name_a--;
      for (size_t k = 0; k < tp.n_segs; k++) {
        if (tp.seg_end[k] > tp.name_a) {
          tp.seg_end[k] = tp.name_a; /* "Prime Minister", not "Prime Minister Sheikh" */
        }
      }
    }
    size_t from = title_start(doc, i);
    /* "the frigate Admiral Grigorovich", "la frégate Amiral
     * Grigorovitch", "the aircraft carrier Admiral Kuznetsov": a ship
     * named after someone, not a person of the story */
    static const char *const vessels[] = {"frigate", "destroyer", "corvette", "cruiser", "carrier", "ship", "vessel",
                                          "submarine", "tug", "tanker", "icebreaker", "fregate", "croiseur",
                                          "avions", "navire", "batiment", "marin", "remorqueur", "patrouilleur",
                                          "glace", NULL};
    if (from > 0 && pact_doc_key_in(doc, from - 1, vessels) && !(doc->toks.v[from - 1].flags & TF_CAP)) {
      for (size_t k = tp.name_a; k < tp.name_b; k++) {
        doc->owner[k] = -2;
      }
      i = tp.name_b;
      continue;
    }
    if (tp.name_b == tp.name_a + 1 && persons_known_word(doc, tp.name_a) && from > 0 &&
        (pact_doc_key_is(doc, from - 1, "the") ||
         (from > 1 && (pact_doc_key_is(doc, from - 1, "and") || pact_doc_key_is(doc, from - 1, "of")) &&
          (doc->toks.v[from - 2].flags & TF_CAP) && !(doc->toks.v[from - 2].flags & TF_SENT)))) {
      /* "at the Prime Minister House": a building named after the office;
       * "the School of Command and Major Staff": a title word inside a
       * name of capitalised words, and a common word after it */
      i = tp.name_b;
      continue;
    }
    p = persons_person_named(doc, tp.name_a, tp.name_b, &st);
    if (p >= 0) {
      st = titles_give(doc, p, &tp);
      if (st == PACT_OK) {
        st = persons_apposition(doc, p, tp.name_b);
      }
      if (st == PACT_OK) {
        institution_after(doc, p, tp.name_b);
      }
      if (st == PACT_OK) {
        st = plural_title_pair(doc, p, &tp, from);
      }
    }
    i = tp.name_b;
  }
  return st;
}
