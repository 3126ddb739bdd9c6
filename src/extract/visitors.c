/* Who visits, as the sentence of a visit's cue tells it: the subject
 * before the cue (past the objects of other verbs, companions and
 * agents), the one a relative clause after it names ("the visit that X
 * made"), the agent after "by"/"par". visits.c asks them. */
#include "extract/events.h"

#include <string.h>

/* Whether the person at [start, end) is the object of a first verb whose
 * subject is a pronoun, and the cue at tok a second verb of that subject:
 * "In the afternoon he paid tribute to X at the memorial and toured the
 * museum", "il a salué X puis visité". */
static int
coordinated_object(const PactDoc *doc, size_t a, size_t start, size_t end, size_t tok)
{
  static const char *const objects[] = {"to", "with", "on", "at", "a", "avec", "aupres", NULL};
  static const char *const joins[] = {"and", "et", "puis", "before", "avant", NULL};
  static const char *const before_name[] = {"the", "late", "le", "la", "l", "feu", "defunt", NULL};
  size_t pronoun = pact_doc_first_in(doc, a, start, events_subject_pronouns);
  size_t k = start;

  if (pronoun == start) {
    return 0;
  }
  /* past the title and honorifics before the name */
  while (k > pronoun + 1 && (pact_doc_has(doc, k - 1, LEX_TITLE) || (doc->toks.v[k - 1].flags & TF_CAP) ||
                             pact_doc_key_in(doc, k - 1, before_name) || pact_doc_is_punct(doc, k - 1, '\''))) {
    k--;
  }
  if (!(pact_doc_key_in(doc, k - 1, objects) || events_entry_kind(doc, k - 1, LEX_EVENT, "meeting"))) {
    return 0;
  }
  return pact_doc_first_with(doc, end, tok, joins) < tok;
}

/* Who visits, from the persons before the cue in its sentence: the
 * nearest, unless it is the object of a meeting verb whose subject comes
 * first ("X held talks with Y ..., the second day of a three-day visit";
 * "X met Y and visited Z"): then the subject. A relative clause keeps the
 * visit with the nearest ("X received Y, who is on a visit"). */
int32_t
events_visitor_before(const PactDoc *doc, size_t a, size_t tok)
{
  static const char *const escorted[] = {"accompanied", "accompagn", "escorted", "flanked", NULL};
  int32_t nearest = events_person_near(doc, a, tok, tok, 1);
  int32_t first = -1;
  size_t first_end = a;
  size_t nearest_start = tok;
  size_t nearest_end = tok;
  int met = 0;

  if (nearest < 0) {
    return -1;
  }
  for (size_t i = a; i < tok; i++) {
    int32_t p = events_person_at(doc, i);
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
  if (events_owns_event(doc, nearest_end, tok + 1)) {
    return nearest; /* "X held talks ... during President Y's visit": Y's */
  }
  /* "... and the two officers discussed cooperation before Kurilla
   * visited the command": the name right before the verb is its subject */
  if (nearest_end == tok) {
    return nearest;
  }
  if (first < 0 && events_opens_with_reference(doc, a, nearest_start)) {
    /* "He also called on General X ... and visited the headquarters": X
     * is the object of a meeting verb whose subject is "he" */
    for (size_t i = a; i < nearest_start && !met; i++) {
      met = events_entry_kind(doc, i, LEX_EVENT, "meeting") != NULL;
    }
    /* "He also paid tribute at the memorial, where the late President
     * X is buried, and visited the college": X is named in a clause of
     * its own, closed before the verb; he visits */
    static const char *const relatives[] = {"where", "who", "whose", "which", "ou", "qui", "dont", NULL};
    static const char *const and[] = {"and", "et", NULL};
    if (!met && pact_doc_first_in(doc, a, nearest_start, relatives) < nearest_start &&
        pact_doc_first_in(doc, nearest_end, tok, and) < tok) {
      met = 1;
    }
    int32_t subject = met ? events_person_before(doc, a) : -1;
    return subject >= 0 && subject != nearest ? subject : nearest;
  }
  if (first < 0 && coordinated_object(doc, a, nearest_start, nearest_end, tok)) {
    int32_t subject = events_person_before(doc, a);
    return subject >= 0 && subject != nearest ? subject : nearest;
  }
  if (first < 0 || first_end > nearest_start) {
    return nearest;
  }
  /* "X, accompanied by the chief of staff, Admiral Y, went to Cairo":
   * Y goes along, X is the subject */
  if (pact_doc_first_with(doc, first_end, nearest_start, escorted) < nearest_start) {
    return first;
  }
  for (size_t i = first_end; i < nearest_start && !met; i++) {
    met = events_entry_kind(doc, i, LEX_EVENT, "meeting") != NULL;
  }
  if (!met) {
    return nearest;
  }
  /* "Y, en visite de travail", "Y, who is on a visit": the nearest's
   * own apposition or clause; "Y, ..., and visited" goes back to X */
  {
    static const char *const possessives[] = {"his", "her", "their", "son", "sa", "ses", "leur", NULL};
    int apposition = pact_doc_is_punct(doc, nearest_end, ',');
    int relative = 0;
    int joined = 0;
    /* "X held talks with Y, his second trip to the capital": a noun
     * phrase opened by a possessive sums up the clause; "his" is its
     * subject's, never the object's own apposition */
    if (apposition && pact_doc_key_in(doc, nearest_end + 1, possessives)) {
      return first;
    }
    for (size_t i = nearest_end; i < tok; i++) {
      if (pact_doc_key_is(doc, i, "who") || pact_doc_key_is(doc, i, "qui") || pact_doc_key_is(doc, i, "whose") ||
          pact_doc_key_is(doc, i, "dont")) {
        relative = 1;
      }
      if (pact_doc_key_is(doc, i, "and") || pact_doc_key_is(doc, i, "et")) {
        apposition = 0;
        joined = 1;
      }
      /* "X called on Y ..., as he pressed on with a visit": he is X; so
       * after Y's own clause: "X held talks with Y, who gave him a
       * presentation, and he toured a factory" */
      if (pact_doc_key_in(doc, i, events_subject_pronouns) && (!relative || joined)) {
        return first;
      }
    }
    if (relative) {
      return nearest; /* "Y, who is on a visit" */
    }
    /* "X avait été reçu par le général Y, avant de rendre une visite":
     * the agent of a passive is no subject, and the clause after the
     * comma goes on with X */
    /* (its title between: "par le Premier ministre sud-coréen, Lee") */
    for (size_t i = nearest_start; apposition && i > first_end && nearest_start - i < 12; i--) {
      if (pact_doc_key_is(doc, i - 1, "par") || pact_doc_key_is(doc, i - 1, "by")) {
        apposition = 0;
      }
    }
    return apposition ? nearest : first;
  }
}

/* "the first official visit that Wemyss Gorman has made to the
 * Dominican Republic", "the visit which President X paid", "la visite
 * qu'a effectuée le président X", "la visite que X a faite": the one
 * named in the relative clause right after the cue is the visitor (-1
 * when none is). */
int32_t
events_relative_visitor(const PactDoc *doc, const PactMatch *mt, size_t b)
{
  static const char *const relatives[] = {"that", "which", "que", "qu", NULL};
  size_t k = mt->tok + mt->n;

  if (!pact_doc_key_in(doc, k, relatives)) {
    return -1;
  }
  for (size_t i = k + 1; i < b && i < k + 8; i++) {
    int32_t p = events_person_at(doc, i);
    if (p >= 0) {
      return p;
    }
    if (pact_doc_is_punct(doc, i, ',') || pact_doc_has(doc, i, LEX_EVENT)) {
      break;
    }
  }
  return -1;
}

/* The person named within `span` tokens after the "by"/"par" at `by`
 * (before b and before another event's cue), or -1: a visit's agent. */
int32_t
events_agent_after(const PactDoc *doc, size_t by, size_t b, size_t span)
{
  /* "by a Gabonese minister since X came to power": a clause of its own */
  static const char *const clauses[] = {"since", "depuis", "when", "lorsque", "after", "apres", "who", "qui", NULL};

  for (size_t k = by + 1; k < b && k < by + span; k++) {
    if (pact_doc_has(doc, k, LEX_EVENT) || pact_doc_key_in(doc, k, clauses)) {
      break;
    }
    int32_t p = events_person_at(doc, k);
    if (p >= 0) {
      return p;
    }
  }
  return -1;
}
