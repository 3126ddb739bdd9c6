/* Agreements signed as a counted set: "signed two protocols, one covering
 * their air forces and the other the testing of military fuels", "deux
 * lettres d'intention". agreements.c reads the set's one mention as it
 * reads any agreement word, then asks here for the others and for the
 * share of cooperation areas each one holds. */
#include "extract/events.h"

#include <stdlib.h>
#include <string.h>

/* How many agreements the plural agreement word at mt counts: "two
 * protocols", "deux nouveaux protocoles", "three defence agreements"
 * (a number word or figure, then at most two small words); 0 when none is
 * told, or when the set is one told before ("the two protocols", "les
 * deux accords", "both agreements"). */
int
events_agreement_set(const PactDoc *doc, const PactMatch *mt)
{
  static const char *const told[] = {"the", "these", "those", "both", "les", "ces", "leurs", "their", NULL};
  size_t k = mt->tok;
  int n = 0;

  for (size_t skipped = 0; k > 0 && skipped <= 2; skipped++) {
    const PactToken *t = &doc->toks.v[k - 1];
    n = events_cardinal(doc, k - 1);
    if (!n && t->kind == TOK_NUMBER && t->key_len == 1) {
      n = atoi(pact_token_key(&doc->toks, k - 1));
    }
    if (n || t->kind != TOK_WORD || (t->flags & TF_CAP) || pact_doc_match_at(doc, k - 1)) {
      break;
    }
    k--;
  }
  if (n < 2 || n > 3 || (k >= 2 && pact_doc_key_in(doc, k - 2, told))) {
    return 0;
  }
  return n;
}

/* A copy of agreement `from` (kind, status, date, place, mentions,
 * party candidates and signatories as agreements.c holds them before
 * settling them), appended to doc->things. */
static PactStatus
add_copy(PactDoc *doc, size_t from)
{
  PactThing *c = pact_doc_add(doc, PACT_AGREEMENT);
  const PactThing *t;

  if (!c) {
    return PACT_ERR_NOMEM;
  }
  t = &doc->things[from]; /* after pact_doc_add(), which may move things */
  c->kind = t->kind;
  c->status = t->status;
  c->place = t->place;
  c->first_tok = t->first_tok;
  c->sentence = t->sentence;
  c->set = t->set;
  memcpy(c->date, t->date, sizeof c->date);
  for (size_t k = 0; k < t->n_mentions; k++) {
    PACT_TRY(pact_thing_mention(c, t->mentions[k].start, t->mentions[k].end));
  }
  for (size_t k = 0; k < t->n_refs; k++) {
    PACT_TRY(pact_thing_ref(&c->refs, &c->n_refs, t->refs[k]));
  }
  for (size_t k = 0; k < t->n_refs2; k++) {
    PACT_TRY(pact_thing_ref(&c->refs2, &c->n_refs2, t->refs2[k]));
  }
  return PACT_OK;
}

PactStatus
events_agreement_copies(PactDoc *doc, size_t *added)
{
  size_t n = doc->n_things;

  *added = 0;
  for (size_t i = 0; i < n; i++) {
    if (doc->things[i].cls != PACT_AGREEMENT || doc->things[i].dead || doc->things[i].set < 2) {
      continue;
    }
    for (int k = 1; k < doc->things[i].set; k++) {
      PACT_TRY(add_copy(doc, i));
      ++*added;
    }
  }
  return PACT_OK;
}

/* The first token in [a, b) that opens one member's share ("one
 * covering", "l'un sur", "the first on") or the other's ("the other",
 * "l'autre", "the second", "another"), b when none does. */
static size_t
share_at(const PactDoc *doc, size_t a, size_t b, int other)
{
  static const char *const first[] = {"one", "un", "une", "first", "premier", "premiere", NULL};
  static const char *const second[] = {"other", "autre", "second", "seconde", "deuxieme", "another", NULL};

  for (size_t i = a; i < b; i++) {
    if (pact_doc_key_in(doc, i, other ? second : first) && (other || i == a || pact_doc_is_punct(doc, i - 1, ',') ||
                                                            pact_doc_key_is(doc, i - 1, "l") ||
                                                            pact_doc_key_is(doc, i - 1, "the") ||
                                                            pact_doc_is_punct(doc, i - 1, '\''))) {
      return i;
    }
  }
  return b;
}

/* Re-gives the areas of [a, b) to thing t, leaving out those in [skip_a,
 * skip_b). */
static PactStatus
give_areas(PactDoc *doc, PactThing *t, size_t a, size_t b, size_t skip_a, size_t skip_b)
{
  for (size_t m = 0; m < doc->n_matches; m++) {
    const PactMatch *mt = &doc->matches[m];
    const PactLexEntry *e = mt->tok >= a && mt->tok < b && !(mt->tok >= skip_a && mt->tok < skip_b)
                              ? pact_doc_entry(doc, mt->tok, LEX_AREA)
                              : NULL;
    if (e) {
      PACT_TRY(pact_thing_ref(&t->areas, &t->n_areas, e->value));
    }
  }
  return PACT_OK;
}

PactStatus
events_agreement_shares(PactDoc *doc)
{
  for (size_t i = 0; i < doc->n_things; i++) {
    PactThing *t = &doc->things[i];
    size_t a;
    size_t b;
    size_t one;
    size_t other;
    size_t member = 0;

    if (t->cls != PACT_AGREEMENT || t->dead || t->set != 2) {
      continue;
    }
    events_sentence_span(doc, t->sentence, t->first_tok, &a, &b);
    one = share_at(doc, t->first_tok, b, 0);
    other = one < b ? share_at(doc, one + 1, b, 1) : b;
    if (other >= b) {
      continue;
    }
    /* the set's members are this one and the copies after it */
    for (size_t j = i; j < doc->n_things && member < 2; j++) {
      PactThing *m = &doc->things[j];
      if (m->cls != PACT_AGREEMENT || m->dead || m->set != 2 || m->first_tok != t->first_tok) {
        continue;
      }
      free(m->areas);
      m->areas = NULL;
      m->n_areas = 0;
      PACT_TRY(member == 0 ? give_areas(doc, m, a, b, other, b) : give_areas(doc, m, a, b, one, other));
      m->set = 1; /* shared out */
      member++;
    }
  }
  return PACT_OK;
}

PactStatus
events_agreement_set_signers(PactDoc *doc)
{
  for (size_t i = 0; i < doc->n_things; i++) {
    if (doc->things[i].cls != PACT_AGREEMENT || doc->things[i].dead || doc->things[i].set == 0) {
      continue;
    }
    for (size_t j = i + 1; j < doc->n_things; j++) {
      PactThing *a = &doc->things[i];
      PactThing *b = &doc->things[j];
      if (b->cls != PACT_AGREEMENT || b->dead || b->set == 0 || b->first_tok != a->first_tok) {
        continue;
      }
      /* one set, signed by the same hands: each member holds them all */
      for (size_t k = 0; k < a->n_refs2; k++) {
        PACT_TRY(pact_thing_ref(&b->refs2, &b->n_refs2, a->refs2[k]));
      }
      for (size_t k = 0; k < b->n_refs2; k++) {
        PACT_TRY(pact_thing_ref(&a->refs2, &a->n_refs2, b->refs2[k]));
      }
    }
  }
  return PACT_OK;
}
