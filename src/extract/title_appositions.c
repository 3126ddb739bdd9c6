/* Titles told after a name: an apposition ("Nasser Bourita, Morocco's
 * Minister of Foreign Affairs"), a list of "title, name" pairs, a title a
 * verb of being gives ("X became the first Chief of ..."), and the
 * institution a title governs, which tells the person's country. */
#include "extract/persons.h"
#include "extract/titles.h"

#include <string.h>

/* "X, commandant les Forces françaises en Côte d'Ivoire", "Y, commanding
 * the Kenya Navy": the institution a title governs tells the country, over
 * the place where it stands. */
static void
commanded_institution(PactDoc *doc, int32_t p, size_t k)
{
  /* The institution may follow the title's own complement: "director of
   * operations at the Tanzania People's Defence Force headquarters". It
   * must come before a comma, the sentence's end, another person or a word
   * that points elsewhere ("head of the delegation to ..."). */
  for (size_t i = k; i < doc->toks.n && i < k + 7; i++) {
    if ((doc->toks.v[i].flags & TF_SENT && i > k) || pact_doc_is_punct(doc, i, ',') ||
        pact_doc_is_punct(doc, i, '.') || pact_doc_key_is(doc, i, "to") ||
        pact_doc_key_is(doc, i, "with") || pact_doc_key_is(doc, i, "avec") ||
        pact_doc_key_is(doc, i, "aupres") || pact_doc_key_is(doc, i, "and") ||
        pact_doc_key_is(doc, i, "et")) {
      return;
    }
    if (doc->owner[i] >= 0 && doc->owner[i] != p) {
      const PactThing *t = &doc->things[doc->owner[i]];
      if (t->cls == PACT_INSTITUTION && i > k && t->country >= 0 && doc->things[p].country < 0) {
        doc->things[p].country = t->country;
      }
      if (t->cls == PACT_INSTITUTION || t->cls == PACT_PERSON) {
        return;
      }
    }
  }
}

/* "Major General X became the first Chief of the General Staff of the
 * Iranian Armed Forces to visit", "Y est devenu le premier ministre de la
 * Défense à ...": the title a verb of being or becoming gives the name
 * right before it, at k. */
static PactStatus
predicate_title(PactDoc *doc, int32_t p, size_t k)
{
  static const char *const becomes[] = {"became", "becomes", "devient", "devenu", "devenue", NULL};
  static const char *const is[] = {"is", "was", "est", "etait", NULL};
  static const char *const firsts[] = {"first", "new", "premier", "premiere", "nouveau", "nouvelle",
                                       "nouvel", NULL};
  TitleParse tp;

  if (pact_doc_key_in(doc, k, is) && pact_doc_key_in(doc, k + 1, becomes)) {
    k++; /* "est devenu" */
  }
  if (pact_doc_key_in(doc, k, becomes) || pact_doc_key_in(doc, k, is)) {
    k++;
  } else {
    return PACT_OK;
  }
  if (!(pact_doc_key_is(doc, k, "the") || pact_doc_key_is(doc, k, "le") || pact_doc_key_is(doc, k, "la"))) {
    return PACT_OK;
  }
  k++;
  if (pact_doc_key_in(doc, k, firsts) && !pact_doc_has(doc, k, LEX_TITLE)) {
    k++;
  }
  if (k >= doc->toks.n || !pact_doc_has(doc, k, LEX_TITLE) || (doc->toks.v[k].flags & TF_SENT)) {
    return PACT_OK;
  }
  titles_parse(doc, k, k, 0, &tp);
  PACT_TRY(titles_give(doc, p, &tp));
  commanded_institution(doc, p, tp.end);
  return PACT_OK;
}

/* Whether p's name, ending at `after`, is itself told after its title
 * and a comma, and the title after its own comma, ending at `end`, is
 * followed by a comma and another name: a list of "title, name" pairs
 * ("l'émir, cheikh X, le vice-Premier ministre ..., Y"), in which that
 * title is the next name's. */
static int
list_of_titled_names(const PactDoc *doc, int32_t p, size_t after, size_t end)
{
  static const char *const articles[] = {"the", "le", "la", "l", NULL};
  size_t start = after;
  size_t k = end;

  while (start > 0 && doc->owner[start - 1] == p) {
    start--;
  }
  while (start > 0 && pact_doc_has(doc, start - 1, LEX_TITLE)) {
    start--; /* "cheikh", "General" */
  }
  if (start < 2 || !pact_doc_is_punct(doc, start - 1, ',') || !pact_doc_has(doc, start - 2, LEX_TITLE)) {
    return 0;
  }
  /* past the title's complement the parse left ("de défense") */
  while (k < doc->toks.n && k < end + 8 && !pact_doc_is_punct(doc, k, ',') && !(doc->toks.v[k].flags & TF_SENT) &&
         doc->owner[k] < 0) {
    k++;
  }
  if (!pact_doc_is_punct(doc, k, ',')) {
    return 0;
  }
  end = k;
  for (k++; k < doc->toks.n && k < end + 6; k++) {
    size_t words = 0;
    if (doc->owner[k] >= 0 && doc->owner[k] != p && doc->things[doc->owner[k]].cls == PACT_PERSON) {
      return 1;
    }
    /* a name not read yet: persons are read from left to right */
    if (doc->owner[k] < 0 && persons_name_word(doc, k) && !persons_known_word(doc, k) &&
        persons_name_end(doc, k, &words) > k && words >= 2) {
      return 1;
    }
    if (!(pact_doc_has(doc, k, LEX_TITLE) || pact_doc_key_in(doc, k, articles) || pact_doc_is_punct(doc, k, '\''))) {
      return 0;
    }
  }
  return 0;
}

/* Whether "NAME, the TITLE" is no apposition but the clause's subject
 * after an opening phrase: "accompanied by General X, the Gambian
 * officer was granted an audience", "reçu par le général X, l'officier
 * gambien a visité". The name is the object of "by", "with", "par",
 * "avec" right before it (past its title), and a verb follows the
 * title's phrase, which ends at `end`, with no comma to close it. */
static int
subject_after_agent(const PactDoc *doc, int32_t p, size_t after, size_t end)
{
  static const char *const agents[] = {"by", "with", "par", "avec", "du", "de", NULL};
  static const char *const verbs[] = {"was", "were", "is", "are", "has", "had", "will", "would", "then", "a",
                                      "est", "etait", "sera", "avait", "s", NULL};
  size_t k = after;

  if (end >= doc->toks.n || !pact_doc_key_in(doc, end, verbs)) {
    return 0;
  }
  while (k > 0 && doc->owner[k - 1] == p) {
    k--;
  }
  /* past the title before the name and its article */
  for (size_t n = 0; n < 6 && k > 0 && !pact_doc_key_in(doc, k - 1, agents) &&
                     (pact_doc_has(doc, k - 1, LEX_TITLE) || pact_doc_key_is(doc, k - 1, "the") ||
                      pact_doc_key_is(doc, k - 1, "le") || pact_doc_key_is(doc, k - 1, "la"));
       n++) {
    k--;
  }
  return k > 0 && pact_doc_key_in(doc, k - 1, agents);
}

/* "NAME, [the] [Country's] TITLE ...": titles given after a name. */
PactStatus
persons_apposition(PactDoc *doc, int32_t p, size_t after)
{
  size_t k = after;
  TitleParse tp;

  if (!pact_doc_is_punct(doc, k, ',')) {
    return predicate_title(doc, p, k);
  }
  k++;
  /* "X, qui commande depuis le mois dernier le Feldheer, les forces de
   * campagne de l'armée de terre allemande", "Y, who heads the Kenya
   * Navy": the country of what the relative clause says one commands */
  static const char *const who[] = {"who", "qui", NULL};
  static const char *const commands[] = {"commande", "commands", "commanded", "dirige", "heads", "headed",
                                         "leads", "led", "commandait", "dirigeait", NULL};
  if (pact_doc_key_in(doc, k, who) && pact_doc_key_in(doc, k + 1, commands) && doc->things[p].country < 0) {
    for (size_t i = k + 2; i < doc->toks.n && i < k + 28 && !(doc->toks.v[i].flags & TF_SENT); i++) {
      const PactLexEntry *c = pact_doc_entry(doc, i, LEX_COUNTRY);
      if (pact_doc_is_punct(doc, i, '.') || pact_doc_is_punct(doc, i, ';') ||
          (doc->owner[i] >= 0 && doc->owner[i] != p && doc->things[doc->owner[i]].cls == PACT_PERSON)) {
        break;
      }
      if (c && doc->owner[i] < 0) {
        doc->things[p].country = c->value;
        break;
      }
      if (doc->owner[i] >= 0 && doc->things[doc->owner[i]].cls == PACT_INSTITUTION &&
          doc->things[doc->owner[i]].country >= 0) {
        doc->things[p].country = doc->things[doc->owner[i]].country;
        break;
      }
    }
    return PACT_OK;
  }
  /* ", and Admiral Y", ", et du contre-amiral Y": the next person of a
   * list, whose title is not this one's */
  if (pact_doc_key_is(doc, k, "and") || pact_doc_key_is(doc, k, "et") || pact_doc_key_is(doc, k, "with") ||
      pact_doc_key_is(doc, k, "avec") || pact_doc_key_is(doc, k, "or") || pact_doc_key_is(doc, k, "ou") ||
      pact_doc_key_is(doc, k, "while") || pact_doc_key_is(doc, k, "tandis")) {
    return PACT_OK;
  }
  /* "X, then Chief of General Staff of the Turkish Land Forces", "Y,
   * ancien Premier ministre": the title as held then */
  if (pact_doc_key_is(doc, k, "then") || pact_doc_key_is(doc, k, "alors") || pact_doc_key_is(doc, k, "former") ||
      pact_doc_key_is(doc, k, "ancien") || pact_doc_key_is(doc, k, "ancienne")) {
    k++;
  }
  if (pact_doc_key_is(doc, k, "the") || pact_doc_key_is(doc, k, "le") || pact_doc_key_is(doc, k, "la") ||
      pact_doc_key_is(doc, k, "l") || pact_doc_key_is(doc, k, "a") || pact_doc_key_is(doc, k, "an")) {
    k++;
    if (pact_doc_is_punct(doc, k, '\'')) {
      k++;
    }
  } else if (pact_doc_key_is(doc, k, "its")) {
    /* "Cambodia sent General X, its Deputy Prime Minister": the title of
     * the country its sentence named before the name */
    for (size_t a = k; a > 0 && doc->things[p].country < 0; a--) {
      const PactLexEntry *c = pact_doc_entry(doc, a - 1, LEX_COUNTRY);
      if (c && !pact_lex_is_demonym(c) && doc->owner[a - 1] < 0) {
        doc->things[p].country = c->value; /* the nearest before */
      }
      if (doc->toks.v[a - 1].flags & TF_SENT) {
        break;
      }
    }
    k++;
  }
  /* a title within a few words: "the Moroccan Government official",
   * "Morocco's Minister of Foreign Affairs" */
  for (size_t j = k; j < k + 8 && j < doc->toks.n; j++) {
    if ((pact_doc_is_punct(doc, j, '\'') && pact_doc_key_is(doc, j + 1, "s")) ||
        (pact_doc_key_is(doc, j, "s") && pact_doc_is_punct(doc, j - 1, '\''))) {
      continue;
    }
    if (doc->toks.v[j].flags & TF_SENT || pact_doc_is_punct(doc, j, ',') || pact_doc_is_punct(doc, j, '.')) {
      return PACT_OK;
    }
    if (pact_doc_has(doc, j, LEX_TITLE)) {
      const PactMatch *m = pact_doc_match_at(doc, j);
      size_t end = m ? m->tok + m->n : j + 1;
      /* a title right before another person's name is that person's */
      if (end < doc->toks.n && doc->owner[end] >= 0 && doc->owner[end] != p &&
          doc->things[doc->owner[end]].cls == PACT_PERSON) {
        return PACT_OK;
      }
      titles_parse(doc, k, j, 0, &tp);
      if (list_of_titled_names(doc, p, after, tp.end)) {
        return PACT_OK;
      }
      if (subject_after_agent(doc, p, after, tp.end)) {
        return PACT_OK;
      }
      PACT_TRY(titles_give(doc, p, &tp));
      commanded_institution(doc, p, tp.end);
      return PACT_OK;
    }
    /* "the Saudi exercise commander", "the Indian naval chief": a word
     * in small letters between the demonym and the title; the title as
     * written after it, the country from the demonym */
    if (is_word(doc, j) && !(doc->toks.v[j].flags & TF_CAP) && j > k && pact_doc_entry(doc, j - 1, LEX_COUNTRY) &&
        pact_doc_has(doc, j + 1, LEX_TITLE) && !pact_doc_has(doc, j, LEX_STATUS)) {
      const PactLexEntry *c = pact_doc_entry(doc, j - 1, LEX_COUNTRY);
      if (doc->things[p].country < 0) {
        doc->things[p].country = c->value;
      }
      continue;
    }
    if (!(titles_complement_word(doc, j) || titles_is_connector(doc, j) ||
          (doc->owner[j] >= 0 && doc->things[doc->owner[j]].cls == PACT_INSTITUTION))) {
      return PACT_OK;
    }
  }
  return PACT_OK;
}

