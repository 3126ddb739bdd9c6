/* read/article, extract/tokens, extract/lexicon and the extractor's
 * date forms, persons and events on small texts written for the test. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

#include "extract/extract.h"
#include "extract/doc.h"
#include "lexicon/tokens.h"
#include "read/article.h"
#include "read/page.h"

#include <stdlib.h>

static PactLexicon *lex;

static PactDiag diag = {collect, NULL, 0};

static void
test_reader(void)
{
  const char *raw = "date 2026-01-14 Minister\xe2\x80\x99s visit\n"
                    "Partager\n"
                    "582\n"
                    "ISLAMABAD: signed aMemorandum ofUnderstanding intheir MoU\xc2\xa0talks.\n"
                    "Source: https://example.org/a?b=1\n"
                    "Tags: Defence\n";
  PactText t;

  CHECK(pact_text_from_bytes(&t, "dir/a.txt", raw, strlen(raw), lex, &diag) == PACT_OK);
  CHECK_STR(t.file, "a.txt");
  CHECK(t.year == 2026 && t.month == 1 && t.day == 14);
  CHECK_STR(t.title, "Minister\xe2\x80\x99s visit");
  CHECK_STR(t.source, "https://example.org/a?b=1");
  CHECK_STR(t.lang, "en");
  /* typographic apostrophe and no-break space made plain; furniture,
   * counters, Source and Tags lines gone; glued words split, MoU kept */
  CHECK(strstr(t.text, "Minister's visit") != NULL);
  CHECK(strstr(t.text, "Partager") == NULL && strstr(t.text, "582") == NULL);
  CHECK(strstr(t.text, "Source") == NULL && strstr(t.text, "Tags") == NULL);
  CHECK(strstr(t.text, "a Memorandum of Understanding in their MoU talks") != NULL);
  /* every byte maps back to the original character */
  {
    const char *at = strstr(t.text, "Understanding");
    uint32_t cp = pact_text_orig(&t, (size_t)(at - t.text));
    char *orig = pact_text_original(&t, cp, cp + 13);
    CHECK_STR(orig, "Understanding");
    free(orig);
    at = strstr(t.text, "visit");
    cp = pact_text_orig(&t, (size_t)(at - t.text));
    orig = pact_text_original(&t, cp - 11, cp + 5);
    CHECK_STR(orig, "Minister\xe2\x80\x99s visit"); /* 11 characters before: ’ is one */
    free(orig);
  }
  pact_text_free(&t);

  /* French is recognised; bad bytes are refused with their offset. */
  raw = "Le ministre de la D\xc3\xa9" "fense a re\xc3\xa7u son homologue dans la capitale.";
  CHECK(pact_text_from_bytes(&t, "b.txt", raw, strlen(raw), lex, &diag) == PACT_OK);
  CHECK_STR(t.lang, "fr");
  CHECK(t.year == 0);
  pact_text_free(&t);
  messages[0] = '\0';
  CHECK(pact_text_from_bytes(&t, "c.txt", "ab\xff", 3, lex, &diag) == PACT_ERR_INPUT);
  CHECK(strstr(messages, "c.txt: invalid UTF-8 at byte 2") != NULL);
  CHECK(pact_text_from_bytes(&t, "d.txt", "a\0b", 3, lex, &diag) == PACT_ERR_INPUT);
  CHECK(strstr(messages, "d.txt: a NUL byte at byte 1") != NULL);
  CHECK(pact_text_from_bytes(&t, "e.txt", "", 0, lex, &diag) == PACT_OK && t.len == 0);
  pact_text_free(&t);
  pact_text_free(NULL);
}

static void
test_tokens(void)
{
  PactTokens toks;
  const char *text = "Gen. Smith met M. Dupont in Washington. Then he left.\nNew line";

  pact_tokens_init(&toks);
  CHECK(pact_tokenize(&toks, text, strlen(text)) == PACT_OK);
  CHECK_STR(pact_token_key(&toks, 0), "gen");
  CHECK(toks.v[0].flags & TF_CAP);
  CHECK(toks.v[1].kind == TOK_PUNCT);
  /* "Gen." and "M." do not end a sentence; "U.S. Then" does; so does a line */
  CHECK(toks.v[2].sentence == 0);
  CHECK(toks.v[5].sentence == 0);
  CHECK(toks.n_sentences == 3);
  pact_tokens_free(&toks);
}

/* Extracts `raw` and returns the record (the caller frees it). */
static PactRecord *
extract(const char *raw)
{
  PactText t;
  PactRecord *r = malloc(sizeof *r);

  pact_record_init(r);
  if (pact_text_from_bytes(&t, "t.txt", raw, strlen(raw), lex, &diag) != PACT_OK ||
      pact_extract(&t, lex, r, &diag) != PACT_OK) {
    fprintf(stderr, "%s", messages);
  }
  pact_text_free(&t);
  return r;
}

static const PactEntity *
find(const PactRecord *r, PactClass cls, const char *name)
{
  for (size_t i = 0; i < r->n_entities; i++) {
    if (r->entities[i].cls == cls && (!name || (r->entities[i].name && strcmp(r->entities[i].name, name) == 0))) {
      return &r->entities[i];
    }
  }
  return NULL;
}

/* How many entities of class `cls` the record holds. */
static size_t
count_of(const PactRecord *r, PactClass cls)
{
  size_t n = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    n += r->entities[i].cls == cls;
  }
  return n;
}

/* Whether the record has the country of ISO code `code`. */
static int
has_country(const PactRecord *r, const char *code)
{
  for (size_t i = 0; i < r->n_entities; i++) {
    if (r->entities[i].cls == PACT_COUNTRY && strcmp(r->entities[i].code, code) == 0) {
      return 1;
    }
  }
  return 0;
}

static const char *
code_of(const PactRecord *r, int32_t ref)
{
  return ref >= 0 ? r->entities[ref].code : "none";
}

/* Whether the person named `name` is of the country whose code is `code`. */
static int
person_of(const PactRecord *r, const char *name, const char *code)
{
  const PactEntity *p = find(r, PACT_PERSON, name);

  return p && strcmp(code_of(r, p->country), code) == 0;
}

static void
free_record(PactRecord *r)
{
  pact_record_free(r);
  free(r);
}

/* Companions listed together are all of the country of whom they
 * accompany ("accompanied by General Y, ..., and by Z", "accompagné du
 * général Y ... ainsi que du docteur Z"); "his host" is of the other of
 * the story's two countries, as "his counterpart" is. */
static void
test_companions_and_hosts(void)
{
  PactRecord *r = extract(
    "date 2026-04-29 Ghanaian minister in Dakar\n\n"
    "DAKAR - Ghana's Defence Minister Kwame Asante, who is in Senegal from April 28 to 29, is accompanied "
    "by Lieutenant General Kofi Mensah, Chief of the Defence Staff of the Ghana Armed Forces, and by Ama "
    "Owusu, the Minister of Agriculture.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Ama Owusu");

  CHECK(p && strcmp(code_of(r, p->country), "GH") == 0);
  free_record(r);
  r = extract("date 2026-04-29 Le ministre ghan\xc3\xa9" "en \xc3\xa0 Dakar\n\n"
              "DAKAR - Le ministre ghan\xc3\xa9" "en de la D\xc3\xa9" "fense, Kwame Asante, effectue une visite au "
              "S\xc3\xa9n\xc3\xa9gal. Il est accompagn\xc3\xa9 du g\xc3\xa9n\xc3\xa9ral Kofi Mensah, chef d'\xc3\xa9tat-major, "
              "ainsi que du docteur Ama Owusu, ministre de l'Agriculture.\n");
  p = find(r, PACT_PERSON, "Ama Owusu");
  CHECK(p && strcmp(code_of(r, p->country), "GH") == 0);
  free_record(r);
  r = extract("date 2026-04-29 Senegal and Ghana\n\n"
              "DAKAR - Senegal and Ghana will sign a defence pact, the Senegalese ministry said on Tuesday. In "
              "June 2023 Senegalese President Macky Sall and his host, President John Mahama, watched their ministers sign a "
              "memorandum.\n");
  p = find(r, PACT_PERSON, "John Mahama");
  CHECK(p && strcmp(code_of(r, p->country), "GH") == 0);
  free_record(r);
}

/* A person's country from an institution after the title's complement,
 * and from the delegation the sentence names; a verb "visit" with a
 * common noun for object ("will visit units") is no visit to a country. */
static void
test_countries_from_context(void)
{
  PactRecord *r = extract(
    "date 2026-06-08 Ghana minister in Dakar\n\n"
    "DAKAR, June 8 — Ghana's Minister of Defence, Kwame Asante, arrived in Dakar on Monday for a "
    "two-day visit to Senegal. He is accompanied by Colonel Kofi Mensah, director of operations at "
    "the Ghana Armed Forces headquarters.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Kofi Mensah");
  const PactEntity *q;

  CHECK(p && strcmp(code_of(r, p->country), "GH") == 0);
  free_record(r);
  r = extract("date 2026-06-09 Le ministre ghanéen à Dakar\n\n"
              "DAKAR, 9 juin — Le ministre ghanéen de la Défense, Kwame Asante, effectue une visite "
              "de deux jours au Sénégal. Le commandant Yaw Boateng accompagne la délégation ghanéenne.\n");
  q = find(r, PACT_PERSON, "Yaw Boateng");
  CHECK(q && strcmp(code_of(r, q->country), "GH") == 0);
  free_record(r);
  r = extract("date 2026-06-10 Talks in Accra\n\n"
              "ACCRA, June 10 — Ghana's Minister of Defence, Kwame Asante, held talks on Wednesday with "
              "Senegal's Defence Minister Moussa Diop, and will visit units of the Ghana Armed Forces.\n");
  CHECK(find(r, PACT_PERSON, "Moussa Diop") != NULL);
  /* "will visit units" is no visit of Asante's; Diop, who met him in
   * Accra, is visiting Ghana */
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *v = &r->entities[i];
    CHECK(v->cls != PACT_VISIT || (strcmp(r->entities[v->visitor].name, "Moussa Diop") == 0 &&
                                   strcmp(code_of(r, v->host), "GH") == 0));
  }
  free_record(r);
}

static void
test_dates_and_events(void)
{
  PactRecord *r = extract(
    "date 2026-01-14 Test\n\n"
    "Defence Minister Jan Kowalski of Poland arrived in Nairobi on Tuesday for a two-day visit to Kenya. "
    "Kowalski met Kenya's Cabinet Secretary for Defence, Amina Wekesa, on Tuesday. "
    "Poland and Kenya signed a memorandum of understanding on maritime security on 13 January 2026. "
    "Last year, the two countries held the third edition of their joint military exercise from March 3 to 14.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Jan Kowalski");
  const PactEntity *w = find(r, PACT_PERSON, "Amina Wekesa");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);
  const PactEntity *e = find(r, PACT_EXERCISE, NULL);
  const PactEntity *v = find(r, PACT_VISIT, NULL);
  const PactEntity *m = find(r, PACT_MEETING, NULL);

  CHECK(p && strcmp(code_of(r, p->country), "PL") == 0);
  CHECK(p && p->n_titles == 1 && strcmp(p->titles[0].text, "Defence Minister") == 0);
  CHECK(w && strcmp(code_of(r, w->country), "KE") == 0);
  CHECK(a && strcmp(a->kind, "mou") == 0 && a->status && strcmp(a->status, "signed") == 0);
  CHECK(a && a->date && strcmp(a->date, "2026-01-13") == 0);
  CHECK(a && a->areas.n == 1 && strcmp(a->areas.v[0], "maritime security") == 0);
  CHECK(e && e->edition == 3);
  /* "Last year, ... from March 3 to 14": March of last year, 2025 */
  CHECK(e && e->start && strcmp(e->start, "2025-03-03") == 0 && e->end && strcmp(e->end, "2025-03-14") == 0);
  CHECK(v && v->days == 2 && strcmp(code_of(r, v->host), "KE") == 0);
  CHECK(v && v->start && strcmp(v->start, "2026-01-13") == 0); /* Tuesday before the 14th */
  CHECK(m && m->participants.n == 2 && m->date && strcmp(m->date, "2026-01-13") == 0);
  free_record(r);

  /* French, no date line: "mardi" and "l'an dernier" stay unknown; a day
   * and month without a year keep that precision. */
  r = extract("Le ministre pakistanais de la D\xc3\xa9" "fense, Karim Haddad, est arriv\xc3\xa9 le 12 janvier "
              "au Maroc pour une visite de trois jours. Il a re\xc3\xa7u mardi le g\xc3\xa9n\xc3\xa9ral Omar Idrissi.\n");
  p = find(r, PACT_PERSON, "Karim Haddad");
  v = find(r, PACT_VISIT, NULL);
  CHECK(p && strcmp(code_of(r, p->country), "PK") == 0);
  CHECK(v && v->start && strcmp(v->start, "--01-12") == 0 && v->days == 3);
  CHECK(v && strcmp(code_of(r, v->host), "MA") == 0);
  CHECK(r->article.issued == NULL);
  free_record(r);
}

/* Lists of people and institutions, demonstratives and other editions:
 * the title of the next person in a list is not this one's; "et la" starts
 * a second institution; "Cet exercice" names nothing; a demonym inside a
 * lexicon phrase or right after it gives the country, and the forces a
 * person commands give hers; another edition told in its own
 * sentence is another exercise of the same name. */
static void
test_lists_and_editions(void)
{
  PactRecord *r = extract(
    "date 2026-05-20 Test\n\n"
    "DAKAR, 20 mai \xe2\x80\x94 Les Forces arm\xc3\xa9" "es s\xc3\xa9n\xc3\xa9galaises et la Marine "
    "nationale espagnole ont ouvert lundi la quatri\xc3\xa8me \xc3\xa9" "dition de l'exercice Baobab Bleu, "
    "du 18 au 29 mai au port de Dakar.\n\n"
    "La c\xc3\xa9r\xc3\xa9monie s'est tenue en pr\xc3\xa9sence du g\xc3\xa9n\xc3\xa9ral Moussa Ndiaye, "
    "et du vice-amiral Carmen Ruiz, commandant les Forces espagnoles au S\xc3\xa9n\xc3\xa9gal.\n\n"
    "Cet exercice compte quatre cents marins. La troisi\xc3\xa8me \xc3\xa9" "dition s'\xc3\xa9tait tenue "
    "\xc3\xa0 Saint-Louis l'an dernier.\n");
  const PactEntity *n = find(r, PACT_PERSON, "Moussa Ndiaye");
  const PactEntity *f = find(r, PACT_INSTITUTION, "Forces arm\xc3\xa9" "es");
  const PactEntity *m = find(r, PACT_INSTITUTION, "Marine nationale");
  const PactEntity *c = find(r, PACT_INSTITUTION, "Forces espagnoles");
  const PactEntity *z = find(r, PACT_PERSON, "Carmen Ruiz");
  size_t exercises = 0;
  int third = 0;

  CHECK(n && n->n_titles == 1 && strcmp(n->titles[0].text, "g\xc3\xa9n\xc3\xa9ral") == 0);
  CHECK(f && strcmp(code_of(r, f->country), "SN") == 0);
  CHECK(m && strcmp(code_of(r, m->country), "ES") == 0);
  CHECK(c && strcmp(code_of(r, c->country), "ES") == 0 && strcmp(c->kind, "command") == 0);
  CHECK(z && strcmp(code_of(r, z->country), "ES") == 0); /* from the forces she commands */
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    if (e->cls != PACT_EXERCISE) {
      continue;
    }
    exercises++;
    CHECK(e->name && strcmp(e->name, "Baobab Bleu") == 0);
    if (e->edition == 3) {
      third = 1;
      CHECK(e->start && strcmp(e->start, "2025") == 0);
      CHECK(e->place >= 0 && strcmp(r->entities[e->place].name, "Saint-Louis") == 0);
      CHECK(e->participants.n == 2);
    }
  }
  CHECK(exercises == 2 && third);
  free_record(r);

  /* a name that belongs to one state carries its country in the lexicon
   * (institutions.tsv); a country in the text still wins */
  r = extract("date 2026-03-02 Test\n\nNAIROBI, March 2 - Engineers of the Bundeswehr and the Royal Navy of "
              "Oman trained Kenyan sappers this week.\n");
  {
    const PactEntity *bw = find(r, PACT_INSTITUTION, "Bundeswehr");
    const PactEntity *rn = find(r, PACT_INSTITUTION, "Royal Navy of Oman");
    CHECK(bw && strcmp(code_of(r, bw->country), "DE") == 0);
    CHECK(rn && strcmp(code_of(r, rn->country), "OM") == 0);
  }
  free_record(r);

  /* The visitor is the subject whose object is met on the way ("X held
   * talks with Y ..., a three-day visit"), not the nearest name; the
   * dateline's city named again is one place; "People's" is in a name. */
  r = extract("date 2026-09-17 Test\n\nLIMA, September 17 - Brazil's Chief of Defence Force, Admiral Ana "
              "Souza, held talks with Peru's Defence Minister General Luis Quispe in Lima on Wednesday, the "
              "second day of a three-day visit. Souza also met General Jorge Ramos, commander of the Peru "
              "People's Army.\n");
  {
    const PactEntity *souza = find(r, PACT_PERSON, "Ana Souza");
    const PactEntity *v = find(r, PACT_VISIT, NULL);
    const PactEntity *pa = find(r, PACT_INSTITUTION, "Peru People's Army");
    size_t limas = 0;
    size_t persons = 0;
    for (size_t i = 0; i < r->n_entities; i++) {
      limas += r->entities[i].cls == PACT_PLACE && strcmp(r->entities[i].name, "Lima") == 0;
      persons += r->entities[i].cls == PACT_PERSON;
    }
    CHECK(persons == 3); /* not "Force" */
    CHECK(souza && strcmp(code_of(r, souza->country), "BR") == 0);
    CHECK(v && souza && v->visitor == (int32_t)(souza - r->entities) && strcmp(code_of(r, v->host), "PE") == 0);
    CHECK(v && v->days == 3);
    CHECK(limas == 1);
    CHECK(pa && strcmp(code_of(r, pa->country), "PE") == 0);
  }
  free_record(r);

  /* Signers: "et par" after a long title; "the two ministers signed";
   * "L'accord" is the agreement already told, whatever date its sentence
   * holds for something else. */
  r = extract("date 2026-06-04 Test\n\nLe Niger et le Togo ont sign\xc3\xa9 mardi \xc3\xa0 Niamey un accord "
              "de d\xc3\xa9" "fense.\n\nL'accord a \xc3\xa9t\xc3\xa9 paraph\xc3\xa9 par le ministre "
              "nig\xc3\xa9rien de la D\xc3\xa9" "fense, le g\xc3\xa9n\xc3\xa9ral Salifou Mody, et par son "
              "homologue togolais, Marguerite Gnakad\xc3\xa8, en visite depuis lundi.\n");
  {
    const PactEntity *ag = find(r, PACT_AGREEMENT, NULL);
    size_t agreements = 0;
    for (size_t i = 0; i < r->n_entities; i++) {
      agreements += r->entities[i].cls == PACT_AGREEMENT;
    }
    CHECK(agreements == 1);
    CHECK(ag && ag->date && strcmp(ag->date, "2026-06-02") == 0);
    CHECK(ag && ag->signatories.n == 2);
  }
  free_record(r);
  r = extract("date 2026-02-10 Test\n\nTOKYO - Defence Minister Hendra Sulistyo of Indonesia held talks with "
              "Japan's Minister of Defense Aiko Tanaka, and the two ministers signed a memorandum of "
              "understanding on maritime security.\n");
  {
    const PactEntity *ag = find(r, PACT_AGREEMENT, NULL);
    CHECK(ag && ag->signatories.n == 2);
  }
  free_record(r);

  /* an ambassador is from the embassy's country; international bodies
   * get no country by default; a lone common noun is no institution */
  r = extract("date 2026-03-04 Test\n\nMADRID, March 4 - Chile's Defence Minister Tomas Rojas visited Spain "
              "and was received at the Embassy of Chile in Madrid by Ambassador Rosa Vidal. The two countries "
              "support United Nations peacekeeping, the Directorate said.\n");
  {
    const PactEntity *amb = find(r, PACT_PERSON, "Rosa Vidal");
    const PactEntity *un = find(r, PACT_INSTITUTION, "United Nations");
    CHECK(amb && strcmp(code_of(r, amb->country), "CL") == 0);
    CHECK(un && un->country < 0);
    CHECK(find(r, PACT_INSTITUTION, "Directorate") == NULL);
  }
  free_record(r);

  /* Names after a naming word, in quotes of either language; a place
   * named only inside the name is no place. */
  r = extract("date 2026-06-04 Test\n\nKenya and India began a joint naval drill code-named \"Sea Shield\" "
              "off Mombasa on Monday.\n");
  {
    const PactEntity *ex = find(r, PACT_EXERCISE, "Sea Shield");
    CHECK(ex && ex->place >= 0 && strcmp(r->entities[ex->place].name, "Mombasa") == 0);
    CHECK(ex && ex->start && strcmp(ex->start, "2026-06-01") == 0);
  }
  free_record(r);
  r = extract("date 2026-06-04 Test\n\nLe Niger et le Togo organiseront en novembre prochain un exercice "
              "conjoint baptis\xc3\xa9 \xc2\xab Sahel Uni \xc2\xbb.\n");
  CHECK(find(r, PACT_EXERCISE, "Sahel Uni") != NULL);
  CHECK(find(r, PACT_PLACE, "Sahel") == NULL);
  free_record(r);

  /* Places no table lists, from their heads (place-heads.tsv) */
  r = extract("date 2026-03-11 Test\n\nMANILA, March 11 - Troops opened the Balikatan exercise on Monday at Camp "
              "Aguinaldo. The drills run until March 20. Officers said the drills had grown since the first "
              "edition. Ships later docked at Mombasa Naval Base in Kenya.\n");
  {
    const PactEntity *camp = find(r, PACT_PLACE, "Camp Aguinaldo");
    const PactEntity *nb = find(r, PACT_PLACE, "Mombasa Naval Base");
    const PactEntity *ex = find(r, PACT_EXERCISE, NULL);
    CHECK(camp && strcmp(camp->kind, "base") == 0 && strcmp(code_of(r, camp->country), "PH") == 0);
    CHECK(nb && strcmp(code_of(r, nb->country), "KE") == 0);
    CHECK(find(r, PACT_PLACE, "Mombasa") == NULL); /* only inside the base's name */
    CHECK(ex && camp && ex->place == (int32_t)(camp - r->entities));
    CHECK(ex && ex->start && strcmp(ex->start, "2026-03-09") == 0);
    CHECK(ex && ex->end && strcmp(ex->end, "2026-03-20") == 0); /* "the drills ... until" */
    CHECK(ex && ex->edition == 0); /* "since the first edition" is history */
    {
      size_t exercises = 0;
      for (size_t i = 0; i < r->n_entities; i++) {
        exercises += r->entities[i].cls == PACT_EXERCISE;
      }
      CHECK(exercises == 1);
    }
  }
  free_record(r);
}

/* A page as a scraper saves it: chrome around the story (read/page.h). */
static void
check_page(const char *text, const char *title, int y, int m, int d, const char *first,
           const char *last)
{
  PactPage page;
  size_t len = strlen(text);

  pact_page_scan(text, len, lex, &page);
  CHECK(page.year == y && page.month == m && page.day == d);
  if (title) {
    CHECK(page.title_len == strlen(title) && strncmp(text + page.title_start, title, page.title_len) == 0);
  } else {
    CHECK(page.title_len == 0);
  }
  CHECK(strncmp(text + page.body_start, first, strlen(first)) == 0);
  CHECK(page.body_end >= strlen(last) &&
        strncmp(text + page.body_end - strlen(last), last, strlen(last)) == 0);
}

/* A visit's end from its start and its length ("a two-day visit"). */
/* An exercise's history: the edition told in each sentence with its own
 * dates ("from February 25 to March 9, 2025", "from December 28 to
 * January 3 last year", "in February last year"); a cue inside a place's
 * name ("Manoeuvre Training Area") names no exercise; "The training will
 * continue until March 20" ends the exercise told before it. */
static const PactEntity *
edition_of(const PactRecord *r, int edition)
{
  for (size_t i = 0; i < r->n_entities; i++) {
    if (r->entities[i].cls == PACT_EXERCISE && r->entities[i].edition == edition) {
      return &r->entities[i];
    }
  }
  return NULL;
}

/* How many agreements of r are dated `date`, with `status` too when it
 * is not NULL. */
static int
agreements_dated(const PactRecord *r, const char *date, const char *status)
{
  int n = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    n += e->cls == PACT_AGREEMENT && e->date && strcmp(e->date, date) == 0 &&
         (!status || (e->status && strcmp(e->status, status) == 0));
  }
  return n;
}

static int
dated(const PactEntity *e, const char *start, const char *end)
{
  return e && e->start && strcmp(e->start, start) == 0 &&
         (end ? e->end && strcmp(e->end, end) == 0 : e->end == NULL);
}

/* An end told in the present is still ahead: "opened on October 17 and
 * ends on Friday" in a report of Thursday ends the next day; "la visite,
 * qui s'achève samedi" the next Saturday; "a achevé samedi" the last. */
static void
test_present_end(void)
{
  PactRecord *r = extract("date 2021-10-28 Paratroopers jump in Savanna Shield\n\n"
                          "NAIROBI - Kenyan and Ghanaian paratroopers jumped on Wednesday in Savanna Shield 2021, "
                          "the fifth edition of their joint exercise. The exercise opened on October 17 with a "
                          "ceremony in Nairobi and ends on Friday.\n");
  const PactEntity *e = edition_of(r, 5);

  CHECK(dated(e, "2021-10-17", "2021-10-29"));
  free_record(r);
  r = extract("date 2021-10-28 Exercice\n\n"
              "NAIROBI - Les parachutistes kenyans et ghan\xc3\xa9" "ens ont saut\xc3\xa9 mercredi lors de la "
              "cinqui\xc3\xa8me \xc3\xa9" "dition de l'exercice conjoint Savanna Shield, ouvert le 17 octobre. "
              "L'exercice s'ach\xc3\xa8ve samedi.\n");
  e = edition_of(r, 5);
  CHECK(dated(e, "2021-10-17", "2021-10-30"));
  free_record(r);
  r = extract("date 2021-10-28 Exercice\n\n"
              "NAIROBI - Les parachutistes kenyans et ghan\xc3\xa9" "ens ont achev\xc3\xa9 samedi la "
              "cinqui\xc3\xa8me \xc3\xa9" "dition de l'exercice conjoint Savanna Shield, ouvert le 17 octobre.\n");
  e = edition_of(r, 5);
  CHECK(e && e->end && strcmp(e->end, "2021-10-23") == 0);
  free_record(r);
}

/* A name before an apposition that tells the edition, ending on its
 * year and holding a small word: "Guardians of Peace 2021, the fifth
 * edition of the airborne exercise"; with the name, the other editions
 * the story dates are found. */
static void
test_name_with_year_apposition(void)
{
  PactRecord *r = extract("date 2021-10-28 Paratroopers jump\n\n"
                          "NAIROBI - Kenyan and Ghanaian paratroopers jumped on Wednesday in Guardians of Peace 2021, "
                          "the fifth edition of the airborne exercise the two countries have held together since "
                          "2016. Mensah led the Ghanaian delegation when the third edition returned to Kenya from "
                          "13 to 26 October 2018.\n");
  const PactEntity *e = edition_of(r, 5);

  CHECK(e && e->name && strcmp(e->name, "Guardians of Peace") == 0);
  CHECK(dated(edition_of(r, 3), "2018-10-13", "2018-10-26"));
  free_record(r);
}

/* A name that ends on its year needs no word of an edition in its
 * apposition: "Lion Gate 2018, the large multinational exercise" is an
 * exercise of its own, and the countries of its sentence are not the
 * story's exercise's. */
static void
test_name_year_apposition_other(void)
{
  PactRecord *r = extract("date 2018-10-20 Kenyan and Ghanaian troops wrap up drill\n\n"
                          "NAIROBI - Kenyan and Ghanaian land units brought the fourth edition of their joint Savanna "
                          "Shield exercise to a close on Friday.\n\n"
                          "Ghanaian units took part last month in Lion Gate 2018, the large multinational exercise "
                          "Kenya co-hosts with the United States, and in August they joined Kenyan, Emirati and "
                          "American forces for Sea Guard 2018.\n");
  const PactEntity *e = edition_of(r, 4);

  CHECK(e && e->participants.n == 2);
  CHECK(find(r, PACT_EXERCISE, "Lion Gate") != NULL);
  free_record(r);
}

static void
test_exercise_history(void)
{
  PactRecord *r = extract(
    "date 2026-03-10 Kenyan and Ghanaian troops open fourth Savanna Shield drill\n\n"
    "NAIROBI: Soldiers of Kenya and Ghana began the fourth edition of their joint exercise Savanna Shield on "
    "Monday at the Lodwar Manoeuvre Training Area in Kenya. The training will continue until March 20.\n"
    "The third edition took place from February 25 to March 9, 2025 at the Tamale Field Firing Range in Ghana. "
    "The second edition was held from December 28 to January 3 last year. The first edition was staged in "
    "February last year at Kumasi.\n");
  size_t n = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    if (r->entities[i].cls == PACT_EXERCISE) {
      n++;
      CHECK(r->entities[i].name && strcmp(r->entities[i].name, "Savanna Shield") == 0);
    }
  }
  CHECK(n == 4);
  CHECK(dated(edition_of(r, 4), "2026-03-09", "2026-03-20"));
  CHECK(dated(edition_of(r, 3), "2025-02-25", "2025-03-09"));
  CHECK(dated(edition_of(r, 2), "2024-12-28", "2025-01-03"));
  CHECK(dated(edition_of(r, 1), "2025-02", NULL));
  CHECK(find(r, PACT_PLACE, "Lodwar Manoeuvre Training Area") != NULL);
  CHECK(find(r, PACT_PLACE, "Tamale Field Firing Range") != NULL);
  free_record(r);

  r = extract("date 2026-02-25 Exercice\n\n"
              "TOKYO, 25 f\xc3\xa9vrier \xe2\x80\x94 Des militaires kenyans et ghan\xc3\xa9" "ens ont entam\xc3\xa9 lundi la "
              "quatri\xc3\xa8me \xc3\xa9" "dition de Savanna Shield, l'exercice conjoint annuel des deux arm\xc3\xa9" "es. "
              "Les manoeuvres se d\xc3\xa9roulent du 23 f\xc3\xa9vrier au 9 mars dans la zone d'entra\xc3\xae" "nement de Lodwar.\n");
  CHECK(dated(edition_of(r, 4), "2026-02-23", "2026-03-09"));
  free_record(r);
  /* modifiers between the cue and the name; an ordinal of two words */
  r = extract("date 2023-08-25 Exercice\n\n"
              "Les marines kenyane et ghan\xc3\xa9" "enne conduisent depuis lundi la vingt-troisi\xc3\xa8me \xc3\xa9" "dition "
              "de l'exercice naval combin\xc3\xa9 Savanna Shield. L'exercice se tient \xc3\xa0 Lodwar.\n");
  CHECK(edition_of(r, 23) && edition_of(r, 23)->name && strcmp(edition_of(r, 23)->name, "Savanna Shield") == 0);
  CHECK(find(r, PACT_EXERCISE, "Lodwar") == NULL);
  free_record(r);
  /* a verb of ending dates the end, the length the start; a start told
   * as one outweighs one read from another verb's date */
  r = extract("date 2024-09-27 Drill\n\n"
              "NAIROBI: The fifth edition of the Kenya-Ghana joint military exercise Savanna Shield ended on Thursday "
              "at Lodwar, after two weeks of training.\n");
  CHECK(dated(edition_of(r, 5), "2024-09-13", "2024-09-26"));
  free_record(r);
  r = extract("date 2024-04-19 Drill\n\n"
              "NAIROBI: General Kwame Asante on Thursday attended the opening ceremony of the Kenya-Ghana joint military "
              "exercise Savanna Shield. The fifth edition of the exercise got under way at Lodwar on April 15 and will "
              "continue until April 28.\n");
  CHECK(dated(edition_of(r, 5), "2024-04-15", "2024-04-28"));
  free_record(r);
  /* the dateline's date is the report's, not the exercise's */
  r = extract("date 2026-06-03 Exercice\n\n"
              "DAKAR, 3 juin - La troisi\xc3\xa8me \xc3\xa9" "dition de l'exercice Savanna Shield entre le S\xc3\xa9n\xc3\xa9gal "
              "et le Ghana s'est ouverte lundi \xc3\xa0 Thi\xc3\xa8s.\n");
  CHECK(dated(edition_of(r, 3), "2026-06-01", NULL));
  free_record(r);
  /* the name after the countries the exercise joins */
  r = extract("date 2026-06-03 Drill\n\n"
              "NAIROBI, June 3 - The joint exercise between Kenya and Ghana, codenamed Savanna Shield, began on Monday "
              "in Lodwar.\n");
  CHECK(find(r, PACT_EXERCISE, "Savanna Shield") != NULL);
  free_record(r);
}

/* Lowercase particles inside a name, spaced or glued by a hyphen:
 * "Samir al-Haddad", "Leila bint Rashid", "Sidi ould Cheikh"; and no
 * name from "À" opening a sentence. */
static void
test_name_particles(void)
{
  PactRecord *r = extract(
    "date 2026-05-04 Talks in Amman\n\n"
    "AMMAN, May 4 - Jordan's Defence Minister Samir al-Haddad received on Monday Kuwait's Defence Minister "
    "Leila bint Rashid, with Colonel Sidi ould Cheikh of the Mauritanian Army.\n");

  CHECK(find(r, PACT_PERSON, "Samir al-Haddad") != NULL);
  CHECK(find(r, PACT_PERSON, "Leila bint Rashid") != NULL);
  CHECK(find(r, PACT_PERSON, "Sidi ould Cheikh") != NULL);
  CHECK(find(r, PACT_PERSON, "Samir") == NULL);
  free_record(r);
  /* a one-letter word opening a sentence is a preposition, not a name */
  r = extract("date 2026-05-04 Visite\n\n"
              "\xc3\x80 Tachkent, le g\xc3\xa9n\xc3\xa9ral Karim Haddad s'est entretenu avec le ministre ouzbek de la "
              "D\xc3\xa9" "fense, Bakhodir Rakhimov.\n");
  CHECK(find(r, PACT_PERSON, "\xc3\x80 Tachkent") == NULL);
  CHECK(find(r, PACT_PERSON, "Karim Haddad") != NULL);
  CHECK(find(r, PACT_MEETING, NULL) != NULL);
  free_record(r);
}

/* Meetings of two sides and the story's time: "X and his counterpart, Y,
 * signed the document after talks" is a meeting of X and Y; "the meeting
 * brought together A and his counterpart, B" is A and B alone; a sentence
 * with no date of its own takes the last one named before it. */
static const PactEntity *
meeting_of(const PactRecord *r, const char *a, const char *b)
{
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *m = &r->entities[i];
    int found = 0;
    if (m->cls != PACT_MEETING || m->participants.n != 2) {
      continue;
    }
    for (size_t k = 0; k < 2; k++) {
      const char *name = r->entities[m->participants.v[k]].name;
      found += strcmp(name, a) == 0 || strcmp(name, b) == 0;
    }
    if (found == 2) {
      return m;
    }
  }
  return NULL;
}

static void
test_meetings_in_time(void)
{
  PactRecord *r = extract(
    "date 2026-04-15 Poland and Kenya sign defence memorandum\n\n"
    "WARSAW: Poland and Kenya signed a memorandum of understanding on defence cooperation in Warsaw on Monday.\n"
    "Defence Minister Jan Kowalski and his Kenyan counterpart, Amina Wekesa, signed the document after talks at "
    "the ministry. Wekesa came to the Polish capital for a two-day visit.\n"
    "On March 2, officers of the two armies met in Mombasa; the meeting brought together Colonel Piotr Nowak, "
    "head of Polish military training, and his Kenyan counterpart, Colonel Daniel Otieno.\n");
  const PactEntity *m = meeting_of(r, "Jan Kowalski", "Amina Wekesa");
  const PactEntity *o = meeting_of(r, "Piotr Nowak", "Daniel Otieno");
  const PactEntity *v = find(r, PACT_VISIT, NULL);
  CHECK(count_of(r, PACT_MEETING) == 2);
  CHECK(m && m->date && strcmp(m->date, "2026-04-13") == 0);
  CHECK(o && o->date && strcmp(o->date, "2026-03-02") == 0);
  CHECK(dated(v, "2026-04-13", "2026-04-14"));
  free_record(r);
}

/* Signing abroad is visiting: "Kim Dae-ho and his Slovak counterpart,
 * Jan Novak, signed ... in Seoul" has both as signatories (past the
 * apposition's comma), a Korean given name whole, and Novak's visit to
 * South Korea on the day of the signing. */
static void
test_signing_abroad(void)
{
  PactRecord *r = extract(
    "date 2026-09-24 South Korea and Slovakia sign defence memorandum\n\n"
    "SEOUL: South Korean Defence Minister Kim Dae-ho and his Slovak counterpart, Jan Novak, signed a memorandum "
    "of understanding on defence industry cooperation at the ministry in Seoul on Wednesday.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);
  const PactEntity *v = find(r, PACT_VISIT, NULL);

  CHECK(find(r, PACT_PERSON, "Kim Dae-ho") != NULL);
  CHECK(a && a->signatories.n == 2);
  CHECK(v && strcmp(r->entities[v->visitor].name, "Jan Novak") == 0 && strcmp(code_of(r, v->host), "KR") == 0);
  CHECK(dated(v, "2026-09-23", NULL));
  free_record(r);
}

/* Institutions named the way units and French ministries are: a
 * demonym between the head and its name gives the country; units are
 * named after places, or follow their head at once. */
static void
test_units_and_ministries(void)
{
  PactRecord *r = extract(
    "date 2026-05-04 Visite\n\n"
    "Selon le minist\xc3\xa8re irakien de la D\xc3\xa9" "fense, le minist\xc3\xa8re f\xc3\xa9" "d\xc3\xa9ral nig\xc3\xa9rian de la "
    "D\xc3\xa9" "fense nationale a envoy\xc3\xa9 des officiers du r\xc3\xa9giment de Madras et du r\xc3\xa9giment Gajaba.\n");
  const PactEntity *i = find(r, PACT_INSTITUTION, "minist\xc3\xa8re irakien de la D\xc3\xa9" "fense");
  const PactEntity *n = find(r, PACT_INSTITUTION, "minist\xc3\xa8re f\xc3\xa9" "d\xc3\xa9ral nig\xc3\xa9rian de la D\xc3\xa9" "fense nationale");

  CHECK(i && strcmp(code_of(r, i->country), "IQ") == 0);
  CHECK(n && strcmp(code_of(r, n->country), "NG") == 0);
  CHECK(find(r, PACT_INSTITUTION, "r\xc3\xa9giment de Madras") != NULL);
  CHECK(find(r, PACT_INSTITUTION, "r\xc3\xa9giment Gajaba") != NULL);
  free_record(r);
  r = extract("date 2026-05-04 Drill\n\n"
              "Troops of the Madras Regiment and of the Rajputana Rifles joined Uzbekistan's Central Military District."
              "\n");
  CHECK(find(r, PACT_INSTITUTION, "Madras Regiment") != NULL);
  CHECK(find(r, PACT_INSTITUTION, "Rajputana Rifles") != NULL);
  CHECK(find(r, PACT_INSTITUTION, "Central Military District") != NULL);
  free_record(r);
  /* French capitalises a name's first word only */
  r = extract("date 2026-05-04 Test\n\n"
              "Le Conseil de coop\xc3\xa9ration du Golfe et le Comit\xc3\xa9 des chefs d'\xc3\xa9tat-major interarm\xc3\xa9" "es "
              "se sont r\xc3\xa9unis. La Direction de l'information et des relations publiques des arm\xc3\xa9" "es a publi\xc3\xa9 "
              "un communiqu\xc3\xa9.\n");
  CHECK(find(r, PACT_INSTITUTION, "Conseil de coop\xc3\xa9ration du Golfe") != NULL);
  CHECK(find(r, PACT_INSTITUTION, "Comit\xc3\xa9 des chefs d'\xc3\xa9tat-major interarm\xc3\xa9" "es") != NULL);
  CHECK(find(r, PACT_INSTITUTION, "Direction de l'information et des relations publiques des arm\xc3\xa9" "es") != NULL);
  free_record(r);
  /* coordinated services: one each */
  r = extract("date 2023-08-25 T\n\nLes marines argentine et chilienne conduisent depuis lundi un exercice.\n");
  i = find(r, PACT_INSTITUTION, "marine argentine");
  n = find(r, PACT_INSTITUTION, "marine chilienne");
  CHECK(i && strcmp(code_of(r, i->country), "AR") == 0);
  CHECK(n && strcmp(code_of(r, n->country), "CL") == 0);
  free_record(r);
}

/* An agreement told with "a" at another stage than the one already told
 * is another agreement: one to come, one signed years ago. */
static void
test_two_agreements(void)
{
  PactRecord *r = extract(
    "date 2017-06-27 Ghana, Italy to finalise defence pact\n\n"
    "ACCRA - Ghana and Italy will shortly finalise a draft technical agreement on defence cooperation, the "
    "Minister of Defence, Kwame Asante, said on Monday. In February 2016, the two countries signed an agreement on "
    "police training.\n");
  int expected = 0;
  int signed_2016 = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *a = &r->entities[i];
    if (a->cls != PACT_AGREEMENT) {
      continue;
    }
    expected += a->status && strcmp(a->status, "signed") != 0 && !a->date;
    signed_2016 += a->status && strcmp(a->status, "signed") == 0 && a->date && strcmp(a->date, "2016-02") == 0;
  }
  CHECK(expected == 1 && signed_2016 == 1);
  free_record(r);
}

/* Those who sit in on a meeting are in it: "X sat in on the meeting",
 * "en présence du général Y". */
static void
test_attendance(void)
{
  PactRecord *r = extract(
    "date 2026-01-14 Talks in Warsaw\n\n"
    "WARSAW - Polish Defence Minister Jan Kowalski held talks on Monday with Kenya's Cabinet Secretary for Defence, "
    "Amina Wekesa. Kenya's ambassador to Poland, Grace Njeri, sat in on the meeting.\n");
  const PactEntity *m = find(r, PACT_MEETING, NULL);

  CHECK(m && m->participants.n == 3);
  free_record(r);
  r = extract("date 2026-01-14 Entretien\n\n"
              "RABAT - Le ministre pakistanais de la D\xc3\xa9" "fense, Karim Haddad, s'est entretenu lundi avec le "
              "ministre marocain Omar Benali, en pr\xc3\xa9sence du g\xc3\xa9n\xc3\xa9ral Youssef Alami.\n");
  m = find(r, PACT_MEETING, NULL);
  CHECK(m && m->participants.n == 3);
  free_record(r);
}

/* A place's name inside a person's is no place ("Ryad Mezzour" is not
 * Riyadh); whom a visitor meets in the sentence of the visit is of the
 * host country. */
static void
test_names_and_hosts(void)
{
  PactRecord *r = extract(
    "date 2025-09-23 India, Morocco\n\n"
    "RABAT - Indian Defence Minister Arjun Mehta met Moroccan Industry Minister Ryad Mezzour on Tuesday in Rabat. "
    "Ties have grown since King Hassan Alaoui travelled to India in 2015 and met Prime Minister Vikram Rao.\n");
  const PactEntity *rao = find(r, PACT_PERSON, "Vikram Rao");

  CHECK(find(r, PACT_PLACE, "Riyadh") == NULL);
  CHECK(find(r, PACT_PERSON, "Ryad Mezzour") != NULL);
  CHECK(rao && strcmp(code_of(r, rao->country), "IN") == 0);
  for (size_t i = 0; i < r->n_entities; i++) {
    CHECK(r->entities[i].cls != PACT_VISIT || strcmp(code_of(r, r->entities[i].host), "SA") != 0);
  }
  free_record(r);
}

/* Someone honoured at a monument acts in nothing: "laid a wreath at the
 * memorial of X, ..., and visited Y" is the visit of the sentence's "he". */
static void
test_honoured(void)
{
  PactRecord *r = extract(
    "date 2024-04-17 Visit\n\n"
    "TASHKENT - India's Chief of the Army Staff, General Arvind Kale, arrived in Uzbekistan on Monday. "
    "On Tuesday he laid a wreath at the memorial of Rustam Aliyev, the country's first president, and "
    "visited Victory Park.\n");
  size_t n = 0;

  CHECK(find(r, PACT_PERSON, "Rustam Aliyev") != NULL);
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *v = &r->entities[i];
    if (v->cls == PACT_VISIT) {
      n++;
      CHECK(strcmp(r->entities[v->visitor].name, "Arvind Kale") == 0);
    }
  }
  CHECK(n == 1);
  free_record(r);
}

/* "la visite effectuée au Japon par le général X", "the visit paid to
 * Japan by General X": the agent is the visitor, not the last person
 * named before. */
static void
test_visit_agent(void)
{
  static const char *const texts[] = {
    "date 2025-02-26 Exercice\n\n"
    "La c\xc3\xa9r\xc3\xa9monie s'est tenue en pr\xc3\xa9sence de l'ambassadeur de l'Inde au Japon, "
    "Ravi Menon. Cette session prolonge la visite effectu\xc3\xa9" "e au Japon en octobre dernier par le chef "
    "d'\xc3\xa9tat-major de l'arm\xc3\xa9" "e de terre indienne, le g\xc3\xa9n\xc3\xa9ral Arjun Rawat.\n",
    "date 2025-02-26 Exercise\n\n"
    "The ceremony was attended by India's Ambassador to Japan, Ravi Menon. The drill follows the visit paid "
    "to Japan in October by India's Chief of the Army Staff, General Arjun Rawat.\n",
  };

  for (size_t t = 0; t < 2; t++) {
    PactRecord *r = extract(texts[t]);
    size_t n = 0;
    for (size_t i = 0; i < r->n_entities; i++) {
      const PactEntity *v = &r->entities[i];
      if (v->cls == PACT_VISIT) {
        n++;
        CHECK(strcmp(r->entities[v->visitor].name, "Arjun Rawat") == 0 && strcmp(code_of(r, v->host), "JP") == 0);
      }
    }
    CHECK(n == 1);
    free_record(r);
  }
}

/* A visit to another country is another visit: "Earlier this month X
 * travelled to Poland" in the story of X's visit to Korea; "the visit"
 * is still the one told. "from Thursday to Sunday": Sunday after
 * Thursday, though the article is of Friday. */
static void
test_second_visit(void)
{
  PactRecord *r = extract(
    "date 2022-09-23 Visit\n\n"
    "SEOUL - Romanian Defence Minister Andrei Vlaicu is in South Korea on an official visit from Thursday to "
    "Sunday. Earlier this month Vlaicu travelled to Poland, where he held talks with his Polish counterpart "
    "Marek Wojcik. The visit to Seoul is his first.\n");
  size_t n = 0;
  int kr = 0;
  int pl = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *v = &r->entities[i];
    if (v->cls == PACT_VISIT) {
      n++;
      kr |= strcmp(code_of(r, v->host), "KR") == 0 && v->end && strcmp(v->end, "2022-09-25") == 0;
      pl |= strcmp(code_of(r, v->host), "PL") == 0;
    }
  }
  CHECK(n == 2 && kr && pl);
  free_record(r);
}

/* A weekday told in the future is the next one: "will arrive in Morocco
 * on Sunday", "se rendra dimanche au Maroc", said on a Tuesday. */
static void
test_future_weekday(void)
{
  static const char *const texts[] = {
    "date 2025-09-23 Visit\n\n"
    "NEW DELHI - Indian Defence Minister Arjun Mehta will arrive in Morocco on Sunday for a three-day visit.\n",
    "date 2025-09-23 Visite\n\n"
    "NEW DELHI - Le ministre indien de la D\xc3\xa9" "fense Arjun Mehta se rendra dimanche au Maroc pour une "
    "visite de trois jours.\n",
  };

  for (size_t t = 0; t < 2; t++) {
    PactRecord *r = extract(texts[t]);
    CHECK(dated(find(r, PACT_VISIT, NULL), "2025-09-28", "2025-09-30"));
    free_record(r);
  }
}

/* "was received by President X, with Y and Foreign Minister Z also
 * taking part": one meeting of four, the people after "with" sitting in,
 * not three meetings of two; "Also at the table in Cairo were X and Y". */
static void
test_with_attendance(void)
{
  PactRecord *r = extract(
    "date 2010-08-24 Visit\n\n"
    "SANTIAGO, Aug 24 - Brazilian Defence Minister Paulo Arantes was received on Monday at the palace by "
    "President Jorge Velasco, with Defence Minister Luis Ortega and Foreign Minister Pedro Sandoval also "
    "taking part.\n");
  size_t meetings = 0;
  size_t most = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    if (r->entities[i].cls == PACT_MEETING) {
      meetings++;
      most = r->entities[i].participants.n > most ? r->entities[i].participants.n : most;
    }
  }
  CHECK(meetings == 1);
  CHECK(most == 4);
  free_record(r);
  /* "Also at the table in Cairo were X and Y": they sat in */
  r = extract("date 2020-12-04 Visit\n\n"
              "CAIRO, Dec 4 - Egyptian President Samir Adel on Thursday received Greece's Minister of National "
              "Defence, Petros Kalamaris.\n\n"
              "Also at the table in Cairo were General Hany Mourad, Egypt's Minister of Defence, and Nikos "
              "Stavrou, the Greek ambassador to Egypt.\n");
  most = 0;
  for (size_t i = 0; i < r->n_entities; i++) {
    if (r->entities[i].cls == PACT_MEETING) {
      most = r->entities[i].participants.n > most ? r->entities[i].participants.n : most;
    }
  }
  CHECK(most == 4);
  free_record(r);
}

/* Whether some meeting of r has exactly the persons named a and b. */
static int
met(const PactRecord *r, const char *a, const char *b, const char *date)
{
  const PactEntity *pa = find(r, PACT_PERSON, a);
  const PactEntity *pb = find(r, PACT_PERSON, b);

  for (size_t i = 0; pa && pb && i < r->n_entities; i++) {
    const PactEntity *m = &r->entities[i];
    int seen = 0;
    if (m->cls != PACT_MEETING || m->participants.n != 2) {
      continue;
    }
    for (size_t k = 0; k < 2; k++) {
      seen += m->participants.v[k] == (int32_t)(pa - r->entities) || m->participants.v[k] == (int32_t)(pb - r->entities);
    }
    if (seen == 2 && (!date || (m->date && strcmp(m->date, date) == 0))) {
      return 1;
    }
  }
  return 0;
}

/* The signatories of an agreement between two parties met when they
 * signed it, even when the text gave them no countries ("the then defence
 * ministers, X and Y, signed a defence cooperation agreement in
 * Belgrade"). */
static void
test_signatories_met(void)
{
  PactRecord *r = extract(
    "date 2025-04-02 Plan\n\n"
    "BELGRADE - Hungarian Defence Minister Peter Nagy, on a two-day visit to Serbia, and his Serbian "
    "counterpart Zoran Ilic signed a memorandum of understanding on Tuesday.\n\n"
    "Military ties between Serbia and Hungary have rested on a formal footing since March 2010, when the then "
    "defence ministers, Milos Petrovic and Laszlo Kovacs, signed a defence cooperation agreement in "
    "Belgrade.\n");

  CHECK(met(r, "Milos Petrovic", "Laszlo Kovacs", "2010-03"));
  free_record(r);
}

/* "the Egyptian leader called on President X and held talks with Prime
 * Minister Y": both verbs are the leader's; X is the first one's object,
 * not the second one's subject. */
static void
test_joined_verbs(void)
{
  PactRecord *r = extract(
    "date 2020-12-04 Visit\n\n"
    "CAIRO, Dec 4 - Egyptian President Samir Adel on Thursday received Greek Defence Minister Petros "
    "Kalamaris.\n\n"
    "On November 11, the Egyptian leader called on President Eleni Vlachou and held talks with Prime "
    "Minister Dimitris Karras.\n");

  CHECK(met(r, "Samir Adel", "Dimitris Karras", "2020-11-11"));
  CHECK(!met(r, "Eleni Vlachou", "Dimitris Karras", NULL));
  free_record(r);
}

/* "The ceremony was led jointly by A, ..., and B, commanding general of
 * the U.S. Army Southern European Task Force, Africa": A and B met, and
 * a continent is no person. */
static void
test_led_jointly(void)
{
  PactRecord *r = extract(
    "date 2024-05-21 Exercise\n\n"
    "AGADIR, May 21 - The ceremony was led jointly by Major General Karim Alaoui, commanding general of "
    "Morocco's Southern Zone, and Major General John Tate, commanding general of the U.S. Army Southern "
    "European Task Force, Africa, before representatives of the participating nations.\n");

  CHECK(met(r, "Karim Alaoui", "John Tate", NULL));
  CHECK(find(r, PACT_PERSON, "Africa") == NULL);
  free_record(r);
}

/* "venu de Tokyo pour l'occasion": where one comes from is neither where
 * the talks were nor a country the others visited. */
static void
test_origin_place(void)
{
  PactRecord *r = extract(
    "date 2022-06-13 Dialogue\n\n"
    "SINGAPOUR, 13 juin - Le ministre japonais de la Défense, Ken Mori, venu de Tokyo pour l'occasion, a "
    "tenu dimanche des entretiens avec le ministre néo-zélandais de la Défense, Peter Hale.\n");

  for (size_t i = 0; i < r->n_entities; i++) {
    CHECK(r->entities[i].cls != PACT_VISIT || strcmp(code_of(r, r->entities[i].host), "JP") != 0);
    CHECK(r->entities[i].cls != PACT_MEETING || r->entities[i].place < 0 ||
          strcmp(r->entities[r->entities[i].place].name, "Tokyo") != 0);
  }
  free_record(r);
}

/* "Il" is the last sentence's subject, not the agent of its passive:
 * "le ministre a été reçu par X ... Il s'est également entretenu avec Y"
 * is the minister's meeting with Y, not X's. */
static void
test_pronoun_past_agent(void)
{
  PactRecord *r = extract(
    "date 2025-10-16 Visite\n\n"
    "VIENTIANE, 16 octobre - Le ministre vietnamien de la Défense nationale, le général Tran Van Duc, a "
    "achevé mercredi une visite de deux jours au Laos.\n\n"
    "Le mardi 14 octobre, le ministre a été reçu par le président Bounmy Keo. Il s'est également entretenu "
    "avec son homologue, le général Somsack Vong, ministre lao de la Défense nationale.\n");

  CHECK(met(r, "Tran Van Duc", "Somsack Vong", "2025-10-14"));
  CHECK(!met(r, "Bounmy Keo", "Somsack Vong", NULL));
  free_record(r);
}

/* "the two" is the story's two people when a noun of people follows
 * ("Les deux officiers se sont entretenus"); "les deux pays" is not, and
 * the staff talks of another year it tells are no meeting of theirs. */
static void
test_two_people(void)
{
  PactRecord *r = extract(
    "date 2024-07-17 Exercice\n\n"
    "La cérémonie de clôture, le mardi 16 juillet, a réuni le général Batbold Tserendorj, chef "
    "d'état-major des forces armées mongoles, et le lieutenant-général Ravi Menon, qui commande le 33e corps "
    "d'armée indien. Les deux officiers se sont entretenus des opérations futures.\n\n"
    "La coopération entre les deux pays s'est intensifiée : des pourparlers d'état-major s'étaient tenus à "
    "New Delhi en avril 2023.\n");
  size_t meetings = 0;

  CHECK(met(r, "Batbold Tserendorj", "Ravi Menon", "2024-07-16"));
  for (size_t i = 0; i < r->n_entities; i++) {
    meetings += r->entities[i].cls == PACT_MEETING;
    CHECK(!(r->entities[i].cls == PACT_MEETING && r->entities[i].date &&
            strcmp(r->entities[i].date, "2023-04") == 0));
  }
  CHECK(meetings == 1);
  free_record(r);
}

/* Signing together is meeting: the subjects of "signed", each past its
 * apposition, in each clause ("X, Permanent Secretary, signed for Nigeria,
 * while General Y, ..., signed for Egypt") are the signatories, and they
 * met that day. */
static void
test_signing_meeting(void)
{
  PactRecord *r = extract(
    "date 2024-08-28 MoU\n\n"
    "ABUJA - Nigeria and Egypt on Wednesday signed a memorandum of understanding on defence industry. "
    "Dr Musa Bello, Permanent Secretary of the ministry, signed on behalf of Nigeria, while Major General "
    "Karim Fathy, Assistant Minister of Defence of Egypt, signed for Cairo.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(a && a->signatories.n == 2);
  CHECK(met(r, "Musa Bello", "Karim Fathy", "2024-08-28"));
  free_record(r);
  /* ... or in two sentences, the second's subject past a long
   * apposition: "X signed for Ethiopia. His Rwandan counterpart, General
   * Y, Chief of Defence Staff of the Rwanda Defence Force (RDF), signed
   * for Kigali." */
  r = extract("date 2025-03-14 MoU\n\n"
              "ADDIS ABABA - Ethiopia and Rwanda signed a memorandum of understanding on defence cooperation "
              "on Thursday.\n\n"
              "Field Marshal Tadesse Alemu, Chief of General Staff of the ENDF, signed for Ethiopia. His Rwandan "
              "counterpart, General Eric Nkusi, Chief of Defence Staff of the Rwanda Defence Force (RDF), signed "
              "for Kigali.\n");
  a = find(r, PACT_AGREEMENT, NULL);
  CHECK(a && a->signatories.n == 2);
  CHECK(met(r, "Tadesse Alemu", "Eric Nkusi", "2025-03-13"));
  free_record(r);
}

/* "X, Chief of Staff of the Sudanese Armed Forces, and his Egyptian
 * counterpart, Y, attended the finale": two sides who attend something
 * together met; not one who attends alone, nor "in the presence of". */
static void
test_attended_together(void)
{
  PactRecord *r = extract("date 2021-04-04 Drills\n\n"
                          "MEROWE, Sudan - Lieutenant General Ali Osman, Chief of Staff of the Sudanese Armed Forces, "
                          "and his Egyptian counterpart, Lieutenant General Samir Fawzi, attended the finale at the "
                          "air base in Merowe on Sunday.\n");
  CHECK(met(r, "Ali Osman", "Samir Fawzi", "2021-04-04"));
  free_record(r);
  r = extract("date 2021-04-04 Drills\n\n"
              "MEROWE, Sudan - Lieutenant General Ali Osman, Chief of Staff of the Sudanese Armed Forces, "
              "attended the finale at the air base in Merowe on Sunday. Egypt's Lieutenant General Samir Fawzi "
              "watched from Cairo.\n");
  CHECK(!met(r, "Ali Osman", "Samir Fawzi", "2021-04-04"));
  free_record(r);
}

/* "both ministers were received in audience by the President, X": the
 * story's two ministers and X, one meeting of three. */
static void
test_both_ministers_received(void)
{
  PactRecord *r = extract("date 2022-08-23 Visit\n\n"
                          "OUAGADOUGOU - Niger's Minister of National Defence, Issa Maiga, came for a one-day working "
                          "visit on Monday. He was welcomed by Burkina Faso's Minister of Defence, Brigadier General "
                          "Paul Ouedraogo.\n\n"
                          "In the afternoon both ministers were received in audience by the President of the "
                          "Transition, Lieutenant-Colonel Ibrahim Sawadogo.\n");
  const PactEntity *three = NULL;

  for (size_t i = 0; i < r->n_entities; i++) {
    if (r->entities[i].cls == PACT_MEETING && r->entities[i].participants.n == 3) {
      three = &r->entities[i];
    }
  }
  CHECK(three != NULL);
  free_record(r);
}

/* Where an agreement was signed is where its signers' sentence says
 * ("signé le 3 mars à Lisbonne par X et Y"), over the place of the
 * sentence that first mentioned the signing ("rentré à Dakar au terme
 * d'une visite marquée par la signature"), and the Portuguese signer did
 * not visit Senegal; a capital standing for its state ("signed for
 * Cairo") is no place of signing. */
static void
test_signing_place(void)
{
  PactRecord *r = extract(
    "date 2026-03-05 Mémorandum\n\n"
    "DAKAR, 5 mars - Le ministre des Forces armées, Abdou Sarr, est rentré mercredi soir à Dakar "
    "au terme d'une visite de deux jours au Portugal, mardi et mercredi, marquée par la signature d'un mémorandum "
    "d'entente sur la sécurité maritime.\n\n"
    "Le document a été signé le 3 mars à Lisbonne par M. Sarr et son homologue "
    "portugaise, Rita Mendes, ministre de la Défense nationale.\n\n"
    "La délégation a également visité mercredi la base navale d'Alfeite, près de Lisbonne, avant de "
    "regagner le Sénégal.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);
  const PactEntity *rita = find(r, PACT_PERSON, "Rita Mendes");

  CHECK(a && a->place >= 0 && strcmp(r->entities[a->place].name, "Lisbonne") == 0);
  /* "mardi et mercredi": two days that follow each other are the visit's
   * span, not its start the day of return ("rentré mercredi soir") */
  const PactEntity *v = find(r, PACT_VISIT, NULL);
  CHECK(v && v->start && strcmp(v->start, "2026-03-03") == 0 && v->end && strcmp(v->end, "2026-03-04") == 0);
  CHECK(a && a->date && strcmp(a->date, "2026-03-03") == 0);
  CHECK(rita != NULL);
  for (size_t i = 0; i < r->n_entities; i++) {
    v = &r->entities[i];
    CHECK(!(v->cls == PACT_VISIT && rita && v->visitor == (int32_t)(rita - r->entities)));
  }
  free_record(r);
  r = extract(
    "date 2024-08-28 MoU\n\n"
    "Nigeria and Egypt on Wednesday signed a memorandum of understanding in Abuja. "
    "Dr Musa Bello, Permanent Secretary of the ministry, signed on behalf of Nigeria, while Major General "
    "Karim Fathy, Assistant Minister of Defence of Egypt, signed for Cairo.\n");
  a = find(r, PACT_AGREEMENT, NULL);
  CHECK(a && a->place >= 0 && strcmp(r->entities[a->place].name, "Abuja") == 0);
  free_record(r);
}

/* A word of the title's time between a country and its title
 * ("Australia's new defence minister, X") keeps the country; "Cambodia
 * sent General X, its Deputy Prime Minister": "its" is the country the
 * sentence named before, and the titles after it are his; a meeting's
 * place is near its verb ("held talks in Singapore ..., aimed at
 * Beijing"). */
static void
test_title_qualifiers(void)
{
  PactRecord *r = extract(
    "date 2022-06-12 Talks\n\n"
    "Japanese Defense Minister Hiro Tanaka and Australia's new defence minister, Mark Doyle, held talks in "
    "Singapore on Sunday and jointly rejected any attempt to change the status quo by coercion, in a message "
    "widely read as aimed at Beijing.\n\n"
    "Cambodia sent General Sok Vanna, its Deputy Prime Minister and Minister of National Defence, to the "
    "meeting.\n");
  const PactEntity *doyle = find(r, PACT_PERSON, "Mark Doyle");
  const PactEntity *sok = find(r, PACT_PERSON, "Sok Vanna");

  CHECK(doyle && strcmp(code_of(r, doyle->country), "AU") == 0);
  CHECK(sok && strcmp(code_of(r, sok->country), "KH") == 0);
  CHECK(sok && sok->n_titles == 3);
  /* the meeting's place is told near its verb: no one visited China */
  for (size_t i = 0; i < r->n_entities; i++) {
    CHECK(r->entities[i].cls != PACT_VISIT || strcmp(code_of(r, r->entities[i].host), "CN") != 0);
  }
  free_record(r);
}

/* "a two-day stay" is a visit; ended on Tuesday, it began on the Monday,
 * though the lead's "his visiting counterpart ... on Tuesday" told the
 * Tuesday first. */
static void
test_stay_days(void)
{
  PactRecord *r = extract(
    "date 2010-08-24 Visit\n\n"
    "SANTIAGO, Aug 24 - Chile moved closer to the cargo jet on Tuesday, when Defence Minister Luis Ortega "
    "and his visiting Brazilian counterpart, Paulo Arantes, signed a declaration of intent.\n\n"
    "Arantes, who wrapped up a two-day stay in Chile on Tuesday, said the aircraft would sell well.\n");
  const PactEntity *v = find(r, PACT_VISIT, NULL);

  CHECK(v && v->start && strcmp(v->start, "2010-08-23") == 0);
  CHECK(v && v->end && strcmp(v->end, "2010-08-24") == 0);
  free_record(r);
}

/* A capitalised run that an article opens is a thing ("au palais de La
 * Moneda"), not one of the people of the meeting it names. */
static void
test_article_opens_name(void)
{
  PactRecord *r = extract(
    "date 2010-08-24 Visite\n\n"
    "Le lundi 23 août, le président Jorge Velasco a reçu son hôte brésilien au palais de La Moneda, en "
    "présence du ministre chilien de la Défense, Luis Ortega.\n");

  CHECK(find(r, PACT_PERSON, "La Moneda") == NULL);
  CHECK(find(r, PACT_PERSON, "Jorge Velasco") != NULL);
  free_record(r);
}

/* "chef de l'état-major de la défense lituanienne" is one title, not
 * "chef de l'état" (head of state) and a rank "major". */
static void
test_etat_major(void)
{
  PactRecord *r = extract(
    "date 2023-04-14 Visite\n\n"
    "VILNIUS - Le général Hans Keller doit rencontrer le général de division Jonas Petraitis, chef de "
    "l'état-major de la défense lituanienne.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Jonas Petraitis");

  CHECK(p && p->n_titles == 2 && strcmp(p->titles[1].text, "chef de l'état-major de la défense lituanienne") == 0);
  CHECK(p && strcmp(code_of(r, p->country), "LT") == 0);
  free_record(r);
}

/* "X, qui commande ... l'armée de terre allemande": the country of what
 * one commands; "le chef de la défense de Lituanie, le général Y" is one
 * title; "Z avait été reçu par le général Y, avant de rendre une visite":
 * Z visits, not the passive's agent. */
static void
test_commands_and_agent_visitor(void)
{
  PactRecord *r = extract(
    "date 2023-04-14 Visite\n\n"
    "VILNIUS - Arrivé jeudi en Lituanie, le général de division Hans Keller, qui commande depuis le mois "
    "dernier les forces de campagne de l'armée de terre allemande, a été reçu par le chef de la défense de "
    "Lituanie, le général de corps d'armée Jonas Petraitis.\n\n"
    "Plus récemment, le 22 décembre 2022, le général Karl Brandt avait lui aussi été reçu par le général "
    "Petraitis, avant de rendre une visite aux militaires allemands de Rukla.\n");
  const PactEntity *keller = find(r, PACT_PERSON, "Hans Keller");
  const PactEntity *jonas = find(r, PACT_PERSON, "Jonas Petraitis");
  const PactEntity *brandt = find(r, PACT_PERSON, "Karl Brandt");
  int brandt_visits = 0;

  CHECK(keller && strcmp(code_of(r, keller->country), "DE") == 0);

  CHECK(jonas && strcmp(code_of(r, jonas->country), "LT") == 0 && jonas->n_titles >= 2 &&
        strcmp(jonas->titles[0].text, "chef de la défense de Lituanie") == 0);
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *v = &r->entities[i];
    CHECK(!(v->cls == PACT_VISIT && jonas && v->visitor == (int32_t)(jonas - r->entities)));
    brandt_visits += v->cls == PACT_VISIT && brandt && v->visitor == (int32_t)(brandt - r->entities);
  }
  CHECK(brandt_visits == 1);
  free_record(r);
  r = extract("date 2023-04-14 Visite\n\n"
              "VILNIUS - Le général de division Otto Lang, qui commande depuis le mois dernier le Feldheer, les "
              "forces de campagne de l'armée de terre allemande, doit s'entretenir ce vendredi avec le général "
              "Jonas Petraitis.\n");
  keller = find(r, PACT_PERSON, "Otto Lang");
  CHECK(keller && strcmp(code_of(r, keller->country), "DE") == 0);
  free_record(r);
}

/* "three weeks after X's own visit" is a distance in time, not the
 * length of a visit; "Ce déplacement" is the visit told, not another one
 * dated by the other visit's "les 11 et 12 novembre". */
static void
test_distance_not_length(void)
{
  PactRecord *r = extract(
    "date 2020-12-04 Visit\n\n"
    "CAIRO, Dec 4 - Egyptian President Samir Adel on Thursday received Greece's Minister of National Defence, "
    "Petros Kalamaris, who is in Egypt from December 3 to 5 on an official visit.\n\n"
    "The trip comes three weeks after Adel's own official visit to Greece on November 11 and 12.\n");
  const PactEntity *adel = find(r, PACT_PERSON, "Samir Adel");

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *v = &r->entities[i];
    if (v->cls == PACT_VISIT && adel && v->visitor == (int32_t)(adel - r->entities)) {
      CHECK(v->start && strcmp(v->start, "2020-11-11") == 0);
      CHECK(v->end && strcmp(v->end, "2020-11-12") == 0);
    }
  }
  free_record(r);
  r = extract(
    "date 2020-12-05 Visite\n\n"
    "LE CAIRE, 5 décembre - En visite en Égypte du 3 au 5 décembre, le ministre grec de la Défense, Petros "
    "Kalamaris, a été reçu jeudi par le président Samir Adel.\n\n"
    "Ce déplacement intervient trois semaines après la visite officielle du président Adel en Grèce, les 11 "
    "et 12 novembre.\n");
  CHECK(count_of(r, PACT_VISIT) == 2); /* Kalamaris to Egypt, Adel to Greece */
  free_record(r);
}

/* Plural titles name the people they list: "signé au Caire par les chefs
 * de la diplomatie X et Y", "by foreign ministers X and Y". */
static void
test_plural_titles(void)
{
  PactRecord *r = extract(
    "date 2020-12-05 Visite\n\n"
    "ATHENES - Il s'agissait de la première visite depuis la signature, en août, de l'accord, signé au Caire "
    "par les chefs de la diplomatie Petros Alexiou et Hany Mourad.\n");

  CHECK(find(r, PACT_PERSON, "Petros Alexiou") != NULL);
  CHECK(find(r, PACT_PERSON, "Hany Mourad") != NULL);
  free_record(r);
  r = extract("date 2020-12-05 Deal\n\n"
              "ATHENS - The agreement was signed in Cairo in August by foreign ministers Petros Alexiou and Hany "
              "Mourad.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Petros Alexiou");
  CHECK(p && p->n_titles >= 1 && strcmp(p->titles[0].text, "foreign ministers") == 0);
  free_record(r);
}

/* "Deputy Prime Minister and Defence Minister X and Dutch Defence
 * Minister Y": the name before "and" and a title is a name, not a list's
 * member; "the MoU" of a sentence without a date is the story's, not the
 * one of 1993 its history names; and the signing is the two ministers'
 * meeting. */
static void
test_titles_joined(void)
{
  PactRecord *r = extract(
    "date 2025-07-07 MoU\n\n"
    "WARSAW - Poland and the Netherlands signed a new memorandum of understanding on defence cooperation "
    "in Warsaw on Monday, replacing a memorandum the two countries had signed in 1993.\n\n"
    "Deputy Prime Minister and Defence Minister Tomasz Wolny and Dutch Defence Minister Pieter de Graaf "
    "put their names to the MoU after the talks.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Tomasz Wolny");
  int current = 0;

  /* two titles joined by "and" are two titles, as an analyst lists them */
  CHECK(p && p->n_titles == 2 && strcmp(p->titles[0].text, "Deputy Prime Minister") == 0 &&
        strcmp(p->titles[1].text, "Defence Minister") == 0);
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *a = &r->entities[i];
    current |= a->cls == PACT_AGREEMENT && a->date && strcmp(a->date, "2025-07-07") == 0 && a->signatories.n == 2;
  }
  CHECK(current);
  CHECK(met(r, "Tomasz Wolny", "Pieter de Graaf", "2025-07-07"));
  free_record(r);
  r = extract("date 2024-08-20 Talks\n\n"
              "CANBERRA - The prime minister spoke on Tuesday after talks with Indonesia's Defence Minister and "
              "President-elect, Budi Hartono.\n");
  p = find(r, PACT_PERSON, "Budi Hartono");
  CHECK(p && p->n_titles == 2 && strcmp(p->titles[1].text, "President-elect") == 0);
  free_record(r);
  /* "Minister of State for Defence Affairs": no person "Affairs" */
  r = extract("date 2025-09-29 Visit\n\n"
              "DOHA - His programme includes a call on Sheikh Saoud Al Thani, Qatar's Deputy Prime Minister and "
              "Minister of State for Defence Affairs, to be followed by talks.\n");
  CHECK(!find(r, PACT_PERSON, "Affairs"));
  free_record(r);
  /* "le lieutenant-général X": one rank, not "lieutenant-" and "général" */
  r = extract("date 2024-07-17 Exercice\n\n"
              "UMROI - Le lieutenant-g\xc3\xa9n\xc3\xa9ral Zubin Mehta a re\xc3\xa7u le g\xc3\xa9n\xc3\xa9ral de division Paul Kim.\n");
  p = find(r, PACT_PERSON, "Zubin Mehta");
  CHECK(p && p->n_titles == 1 && strcmp(p->titles[0].text, "lieutenant-g\xc3\xa9n\xc3\xa9ral") == 0);
  free_record(r);
}

/* The story's history tells where things were signed, not visits: an
 * agreement signed in Abuja a year and more before gives its foreign
 * signatory no visit. "une visite à Manille du Premier ministre japonais
 * de l'époque, X": the visitor after the place, the title without "de
 * l'époque". */
static void
test_history_visits(void)
{
  PactRecord *r = extract(
    "date 2017-06-27 Talks\n\n"
    "ABUJA - Nigeria and Italy held talks on Monday. In February 2016, the Inspector General of Police, "
    "Musa Adamu, and the head of the Italian police, Paolo Conti, signed an agreement on intelligence sharing "
    "in Abuja.\n");

  CHECK(find(r, PACT_PERSON, "Paolo Conti") != NULL);
  CHECK(find(r, PACT_VISIT, NULL) == NULL);
  free_record(r);
  r = extract("date 2024-07-09 Accord\n\n"
              "MANILLE - Les n\xc3\xa9gociations avaient \xc3\xa9t\xc3\xa9 lanc\xc3\xa9" "es en novembre 2023, lors "
              "d'une visite \xc3\xa0 Manille du Premier ministre japonais de l'\xc3\xa9poque, Hiroshi Tanaka, "
              "re\xc3\xa7u par le pr\xc3\xa9sident philippin.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Hiroshi Tanaka");
  const PactEntity *v = find(r, PACT_VISIT, NULL);
  CHECK(p && strcmp(code_of(r, p->country), "JP") == 0);
  CHECK(p && p->n_titles == 1 && strcmp(p->titles[0].text, "Premier ministre japonais") == 0);
  CHECK(v && p && v->visitor == (int32_t)(p - r->entities) && strcmp(code_of(r, v->host), "PH") == 0);
  free_record(r);
}

/* The same two people meeting on two days are two meetings: talks in
 * Warsaw on Monday, and a press conference together in May. */
static void
test_met_again(void)
{
  PactRecord *r = extract(
    "date 2025-07-07 Talks\n\n"
    "WARSAW - Polish Prime Minister Adam Nowak held talks on Monday with his Dutch counterpart Pieter van Dam. "
    "In May, Nowak had met van Dam at a joint press conference in Oosterbeek.\n");

  CHECK(met(r, "Adam Nowak", "Pieter van Dam", "2025-07-07"));
  CHECK(met(r, "Adam Nowak", "Pieter van Dam", "2025-05"));
  free_record(r);
}

/* "La délégation brésilienne a été reçue par le ministre X, puis par Y":
 * the delegation is its visit's visitor, and those who receive it are of
 * the host country (not of the delegation's); "les lundi 7 et mardi 8
 * juillet" is a range. */
static void
test_delegation_received(void)
{
  PactRecord *r = extract(
    "date 2025-07-11 Visite\n\n"
    "QUITO, 11 juillet - Le g\xc3\xa9n\xc3\xa9ral Tiago Moreira Lima, commandant de l'arm\xc3\xa9" "e de terre "
    "br\xc3\xa9silienne, a effectu\xc3\xa9 une visite officielle en \xc3\x89quateur les lundi 7 et mardi 8 juillet.\n\n"
    "Le g\xc3\xa9n\xc3\xa9ral Henry Vega a salu\xc3\xa9 la coop\xc3\xa9ration entre les deux arm\xc3\xa9" "es.\n\n"
    "La d\xc3\xa9l\xc3\xa9gation br\xc3\xa9silienne a en outre \xc3\xa9t\xc3\xa9 re\xc3\xa7ue par le ministre de la "
    "D\xc3\xa9" "fense nationale, Pablo Andrade, puis par le vice-amiral Luis Cordero.\n");
  const PactEntity *andrade = find(r, PACT_PERSON, "Pablo Andrade");

  CHECK(dated(find(r, PACT_VISIT, NULL), "2025-07-07", "2025-07-08"));
  CHECK(met(r, "Tiago Moreira Lima", "Pablo Andrade", NULL));
  CHECK(met(r, "Tiago Moreira Lima", "Luis Cordero", NULL));
  CHECK(andrade && strcmp(code_of(r, andrade->country), "EC") == 0);
  free_record(r);
}

/* The story's time: a sentence's first date, not a later one of a clause
 * within it ("against 48 in 2023"); a dateline's date after the headline
 * is no event's. */
static void
test_sentence_time(void)
{
  PactRecord *r = extract(
    "date 2025-04-01 Plan signed\n\n"
    "BELGRADE - Hungarian Defence Minister Janos Kertesz and his Serbian counterpart, Milos Petrovic, on Tuesday "
    "signed a plan of bilateral military cooperation that provides for 79 joint activities, against 48 in 2023. "
    "The Hungarian minister then held talks with Serbian President Dragan Ilic.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(a && strcmp(a->kind, "agreement") == 0 && a->date && strcmp(a->date, "2025-04-01") == 0);
  CHECK(met(r, "Janos Kertesz", "Dragan Ilic", "2025-04-01"));
  free_record(r);
  r = extract("date 2025-09-29 Malaisie-Qatar : le ministre \xc3\xa0 Doha\n\n"
              "DOHA, 29 septembre - Le ministre malaisien de la D\xc3\xa9" "fense, Ahmad Zaki Hamdan, est arriv\xc3\xa9 "
              "dimanche \xc3\xa0 Doha pour une visite officielle de deux jours au Qatar.\n\n"
              "Le ministre a \xc3\xa9t\xc3\xa9 re\xc3\xa7u par le cheikh Hamad ben Ali Al Thani.\n");
  CHECK(met(r, "Ahmad Zaki Hamdan", "Hamad ben Ali Al Thani", "2025-09-28"));
  free_record(r);
  /* "South American army commanders": a region's, not the United States */
  r = extract("date 2025-07-09 Visit\n\nBRASILIA - He hosted the first meeting of South American army commanders.\n");
  for (size_t i = 0; i < r->n_entities; i++) {
    CHECK(r->entities[i].cls != PACT_COUNTRY || strcmp(r->entities[i].code, "US") != 0);
  }
  free_record(r);
}

/* A lead that names no one: "the two countries' defense chiefs announced
 * on Friday after talks" are the first two titled people of two sides
 * named after it; "played host to" is a meeting; "the two ministers
 * signed" are the story's two ministers; a Spanish surname that is a
 * country's name is a name ("Gen. Rafael Ortiz Salvador"). */
static void
test_two_chiefs(void)
{
  PactRecord *r = extract(
    "date 2024-08-30 Talks\n\n"
    "MANILA, Aug. 30 - The Philippines and Vietnam will sign a memorandum before the end of the year, the two "
    "countries' defense chiefs announced on Friday after talks at Camp Aguinaldo.\n\n"
    "Defense Secretary Ramon Castillo played host to Vietnam's Minister of National Defense, Gen. Tran Van Minh, "
    "who is in the Philippines from Aug. 29 to 31 on an official visit. "
    "The visiting general was greeted by Gen. Rafael Ortiz Salvador, deputy chief of staff.\n\n"
    "At the close of the meeting, the two ministers signed two letters of intent.\n");
  const PactEntity *loi = NULL;

  CHECK(met(r, "Ramon Castillo", "Tran Van Minh", "2024-08-30"));
  CHECK(met(r, "Tran Van Minh", "Rafael Ortiz Salvador", NULL));
  for (size_t i = 0; i < r->n_entities; i++) {
    if (r->entities[i].cls == PACT_AGREEMENT && strcmp(r->entities[i].kind, "letter_of_intent") == 0) {
      loi = &r->entities[i];
    }
    CHECK(r->entities[i].cls != PACT_COUNTRY || strcmp(r->entities[i].code, "SV") != 0);
  }
  CHECK(loi && loi->signatories.n == 2 && strcmp(r->entities[loi->signatories.v[0]].name, "Ramon Castillo") == 0);
  free_record(r);
}

/* Names as Asian news writes them: initials ("K.P. Sharma Oli", "Zubin
 * A. Minwalla"), a family name told first and then alone ("Wang Lifeng"
 * ... "Wang"); "State Councilor" is a title, so the demonym before it
 * is the person's; "closing a three-day visit" ends it. */
static void
test_asian_names(void)
{
  PactRecord *r = extract(
    "date 2020-12-01 Visit\n\n"
    "ISLAMABAD, Dec 1 - Chinese State Councilor and Defence Minister General Wang Lifeng held talks with Prime "
    "Minister Imran Qadir in Islamabad on Tuesday, closing a three-day official visit to Pakistan.\n\n"
    "On Sunday, Wang had paid a courtesy call on Prime Minister K.P. Sharma Oli in Kathmandu. Lt Gen Zubin A. "
    "Minwalla received him at the airport.\n");
  const PactEntity *wang = find(r, PACT_PERSON, "Wang Lifeng");
  const PactEntity *v = NULL;

  CHECK(wang && strcmp(code_of(r, wang->country), "CN") == 0 && wang->n_mentions >= 2);
  CHECK(find(r, PACT_PERSON, "K.P. Sharma Oli") != NULL);
  CHECK(find(r, PACT_PERSON, "Zubin A. Minwalla") != NULL);
  for (size_t i = 0; i < r->n_entities; i++) {
    if (r->entities[i].cls == PACT_VISIT && strcmp(code_of(r, r->entities[i].host), "PK") == 0) {
      v = &r->entities[i];
    }
  }
  CHECK(dated(v, "2020-11-29", "2020-12-01"));
  free_record(r);
}

/* "La 16e édition de cet entraînement, ouverte le mercredi 3 juillet":
 * the story's exercise, named before without its edition, is that
 * edition; "sa 15e édition en juillet 2023" is another. */
static void
test_edition_told_after(void)
{
  PactRecord *r = extract(
    "date 2024-07-18 Exercice\n\n"
    "NEW DELHI - Les soldats indiens et mongols engag\xc3\xa9s dans l'exercice Steppe Eagle ont pli\xc3\xa9 bagage. "
    "La 16e \xc3\xa9" "dition de cet entra\xc3\xae" "nement bilat\xc3\xa9ral, ouverte le mercredi 3 juillet \xc3\xa0 "
    "Umroi, s'est referm\xc3\xa9" "e mardi.\n\n"
    "Organis\xc3\xa9 chaque ann\xc3\xa9" "e, Steppe Eagle avait connu sa 15e \xc3\xa9" "dition en juillet 2023 \xc3\xa0 "
    "Oulan-Bator.\n");

  CHECK(dated(edition_of(r, 16), "2024-07-03", NULL));
  CHECK(dated(edition_of(r, 15), "2023-07", NULL));
  free_record(r);
}

/* "Khan received his guest": the visit's visitor; "Foreign Minister X
 * and Defence Minister Y joined the meeting": both sit in; a date of
 * years before deep in a sentence ("after the steps taken on August 5,
 * 2019") is that clause's, not the story's time. */
static void
test_guest_and_joiners(void)
{
  PactRecord *r = extract(
    "date 2020-12-01 Visit\n\n"
    "ISLAMABAD - Chinese Defence Minister General Li Wenhao held talks with Prime Minister Hamid Raza in Islamabad on "
    "Tuesday, closing a three-day official visit to Pakistan.\n\n"
    "Raza received his guest with an elbow bump. Foreign Minister Tariq Qureshi and Defence Minister Omar Khattak "
    "joined the meeting. Raza thanked Beijing for its stance after the steps India took on August 5, 2019.\n\n"
    "President Nadir Alvi then sat down with Li.\n");
  const PactEntity *li = find(r, PACT_PERSON, "Li Wenhao");
  int four = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    four |= r->entities[i].cls == PACT_MEETING && r->entities[i].participants.n == 4;
  }
  CHECK(four);
  CHECK(li && met(r, "Nadir Alvi", "Li Wenhao", "2020-12-01"));
  free_record(r);
}

/* Institutions: one name of two countries is two ("India's Ministry of
 * Defence" and "Mongolia's Ministry of Defence"); a French name goes on
 * past an adjective in small letters to its complement ("l'Armée royale
 * d'Oman", "l'Armée populaire de libération"). */
static void
test_institution_names(void)
{
  PactRecord *r = extract(
    "date 2024-05-18 Talks\n\n"
    "ULAANBAATAR - The talks were co-chaired by a Joint Secretary at India's Ministry of Defence and a State "
    "Secretary at Mongolia's Ministry of Defence.\n");
  size_t ministries = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    ministries += r->entities[i].cls == PACT_INSTITUTION && strcmp(r->entities[i].name, "Ministry of Defence") == 0;
  }
  CHECK(ministries == 2);
  free_record(r);
  r = extract("date 2024-09-20 Exercice\n\n"
              "MASCATE - Le commandant de l'Arm\xc3\xa9" "e royale d'Oman a re\xc3\xa7u les officiers de l'Arm\xc3\xa9" "e "
              "populaire de lib\xc3\xa9ration.\n");
  CHECK(find(r, PACT_INSTITUTION, "Arm\xc3\xa9" "e royale d'Oman") != NULL);
  CHECK(find(r, PACT_INSTITUTION, "Arm\xc3\xa9" "e populaire de lib\xc3\xa9ration") != NULL);
  free_record(r);
}

/* "X reviewed the troops alongside Y", "aux côtés du général Y": the two
 * were together, a meeting. */
static void
test_alongside(void)
{
  PactRecord *r = extract(
    "date 2024-07-17 Exercise\n\n"
    "UMROI - Major General Batbayar Enkh, Chief of General Staff of the Mongolian Armed Forces, reviewed the "
    "troops on Tuesday alongside Lieutenant General Arvind Mehra of the Indian Army.\n");

  CHECK(met(r, "Batbayar Enkh", "Arvind Mehra", "2024-07-16"));
  free_record(r);
}

/* Names with no title: "la visite de Florence Parly" (the object of a
 * visit); the full name of a person found, told again, is a mention; a
 * city's name inside a person's is no place, so the visit is to
 * Indonesia, not to Italy. */
static void
test_untitled_names(void)
{
  PactRecord *r = extract(
    "date 2022-02-11 Visite\n\n"
    "JAKARTA - La visite de Florence Marchal en Indon\xc3\xa9sie, mercredi 9 et jeudi 10 f\xc3\xa9vrier, aura "
    "\xc3\xa9t\xc3\xa9 fructueuse.\n\n"
    "Florence Marchal avait re\xc3\xa7u Budi Santoso \xc3\xa0 Paris en janvier 2020.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Florence Marchal");
  const PactEntity *v = find(r, PACT_VISIT, NULL);

  CHECK(p && p->n_mentions == 2); /* the full name again is a mention */
  CHECK(v && p && v->visitor == (int32_t)(p - r->entities) && strcmp(code_of(r, v->host), "ID") == 0);
  CHECK(find(r, PACT_PLACE, "Florence") == NULL);
  free_record(r);
}

/* "par le ministre chinois et le général X": "et le" before a title
 * opens another person, whose title and country are his own. */
static void
test_and_the_general(void)
{
  PactRecord *r = extract(
    "date 2020-12-01 M\xc3\xa9morandum\n\n"
    "RAWALPINDI - Le texte a \xc3\xa9t\xc3\xa9 sign\xc3\xa9 lundi \xc3\xa0 Rawalpindi par le ministre chinois et le "
    "g\xc3\xa9n\xc3\xa9ral Tariq Mehmood, chef d'\xc3\xa9tat-major de l'arm\xc3\xa9" "e pakistanaise.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Tariq Mehmood");

  CHECK(p && strcmp(code_of(r, p->country), "PK") == 0);
  for (size_t k = 0; p && k < p->n_titles; k++) {
    CHECK(strstr(p->titles[k].text, "chinois") == NULL);
  }
  free_record(r);
}

/* "X and his Serbian counterpart, Y, on Tuesday signed": the signers
 * past the date; "X landed at the airfield, where Z received him": "him"
 * is the sentence's first person. */
static void
test_him_and_dated_signers(void)
{
  PactRecord *r = extract(
    "date 2025-04-01 Plan\n\n"
    "BELGRADE, April 1 - Hungarian Defence Minister Janos Kertesz and his Serbian counterpart, Milos Petrovic, on "
    "Tuesday signed a plan of bilateral military cooperation.\n\n"
    "Kertesz landed at the Batajnica military airfield, where General Zoran Ilic received him.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(a && a->signatories.n == 2);
  CHECK(met(r, "Janos Kertesz", "Zoran Ilic", NULL));
  free_record(r);
}

/* "X was greeted with a guard of honour at the ministry by her
 * counterpart, Y", "a été accueillie au siège ... par": the passive's
 * agent far from its verb. */
static void
test_greeted_far(void)
{
  PactRecord *r = extract(
    "date 2022-02-10 Visit\n\n"
    "JAKARTA - French Armed Forces Minister Claire Dumont began a two-day visit to Indonesia on Wednesday. "
    "Dumont was greeted with a guard of honour at the headquarters of the Indonesian Ministry of Defence by her "
    "counterpart, Defence Minister Budi Santoso.\n");

  CHECK(met(r, "Claire Dumont", "Budi Santoso", NULL));
  free_record(r);
  r = extract("date 2022-02-11 Visite\n\n"
              "JAKARTA - La ministre fran\xc3\xa7" "aise des Arm\xc3\xa9" "es, Claire Dumont, a entam\xc3\xa9 mercredi "
              "une visite de deux jours en Indon\xc3\xa9sie. Jeudi, la ministre a \xc3\xa9t\xc3\xa9 accueillie au "
              "si\xc3\xa8ge du minist\xc3\xa8re indon\xc3\xa9sien de la D\xc3\xa9" "fense par son homologue, le "
              "ministre de la D\xc3\xa9" "fense Budi Santoso.\n");
  CHECK(met(r, "Claire Dumont", "Budi Santoso", NULL));
  free_record(r);
}

/* Whether a meeting of r holds every person named (NULL-terminated). */
static int
met_all(const PactRecord *r, const char *const *names)
{
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *m = &r->entities[i];
    int all = m->cls == PACT_MEETING;
    for (size_t k = 0; all && names[k]; k++) {
      const PactEntity *p = find(r, PACT_PERSON, names[k]);
      int in = 0;
      for (size_t j = 0; p && j < m->participants.n; j++) {
        in |= m->participants.v[j] == (int32_t)(p - r->entities);
      }
      all = in;
    }
    if (all) {
      return 1;
    }
  }
  return 0;
}

/* "received the French minister at the Merdeka Palace": the description
 * is the French minister told before (not the ministry's spokesman), the
 * palace no one; "X and Y were also in the room", "Also present were":
 * they join the meeting; "the Prime Minister House" is a building. */
static void
test_described_object(void)
{
  static const char *const room[] = {"Sanjay Patel", "Claire Dumont", "Budi Santoso", "Retno Halim", "Paul Morin",
                                     NULL};
  PactRecord *r = extract(
    "date 2022-02-11 Visit\n\n"
    "JAKARTA - French Armed Forces Minister Claire Dumont began a two-day visit to Indonesia on Thursday, where "
    "she met her counterpart, Defence Minister Budi Santoso. Jean Roux, spokesman for the French armed forces "
    "ministry, said the talks went well.\n\n"
    "Later on Thursday, President Sanjay Patel received the French minister at the Merdeka Palace. Budi Santoso "
    "accompanied her, and Foreign Minister Retno Halim and the French ambassador, Paul Morin, were also in the "
    "room.\n");

  CHECK(met_all(r, room));
  CHECK(!met(r, "Sanjay Patel", "Jean Roux", NULL));
  free_record(r);
  r = extract("date 2022-02-11 Visit\n\n"
              "JAKARTA - President Sanjay Patel received the minister at the Merdeka Palace, in the presence of "
              "the foreign minister, Retno Halim.\n");
  CHECK(find(r, PACT_PERSON, "Retno Halim") && !find(r, PACT_PERSON, "Merdeka Palace"));
  free_record(r);
  r = extract("date 2020-12-01 Visit\n\n"
              "ISLAMABAD - Prime Minister Imran Qadir received Chinese Defence Minister Wang Lei at the Prime "
              "Minister House on Tuesday. Also present were Foreign Minister Asad Shah and Defence Minister "
              "Tariq Ali.\n");
  static const char *const four[] = {"Imran Qadir", "Wang Lei", "Asad Shah", "Tariq Ali", NULL};
  CHECK(!find(r, PACT_PERSON, "House"));
  CHECK(met_all(r, four));
  free_record(r);
}

/* "Le général Wei était arrivé dimanche. Accueilli à l'aéroport par le
 * ministre X, il y avait rencontré Y": the sentence opening with a title
 * and a name names its subject (it is no reference to someone before),
 * and "il" is that subject, not the agent of the opening phrase. */
static void
test_agent_not_subject(void)
{
  PactRecord *r = extract(
    "date 2020-12-02 Visite\n\n"
    "ISLAMABAD - Le ministre chinois de la D\xc3\xa9" "fense, le g\xc3\xa9n\xc3\xa9ral Li Wen, a achev\xc3\xa9 mardi "
    "une visite de trois jours au Pakistan. Mardi, le pr\xc3\xa9sident Arif Javed a re\xc3\xa7u le g\xc3\xa9n\xc3\xa9ral "
    "chinois.\n\n"
    "Le g\xc3\xa9n\xc3\xa9ral Li \xc3\xa9tait arriv\xc3\xa9 au Pakistan dimanche soir, apr\xc3\xa8s une journ\xc3\xa9" "e "
    "\xc3\xa0 Katmandou. Accueilli \xc3\xa0 l'a\xc3\xa9roport par le ministre n\xc3\xa9palais de l'Int\xc3\xa9rieur, "
    "Ram Thapa, il y avait rencontr\xc3\xa9 la pr\xc3\xa9sidente Devi Sharma.\n");

  CHECK(met(r, "Li Wen", "Devi Sharma", NULL));
  CHECK(!met(r, "Ram Thapa", "Devi Sharma", NULL) && !met(r, "Arif Javed", "Devi Sharma", NULL));
  free_record(r);
}

/* Object pronouns and adverbs inside a verb: "le Premier ministre X l'a
 * ensuite reçu" (the story's visitor), "a remis au général chinois une
 * distinction, puis s'est entretenu avec lui" (the one described); those
 * "en présence du ministre ..., A, et du ministre ..., B" join; "s'est
 * ensuite rendu sur un site ... avec la Russie et le Bélarus" visits
 * neither. */
static void
test_object_pronouns(void)
{
  static const char *const four[] = {"Imran Qadir", "Li Wen", "Asad Shah", "Tariq Ali", NULL};
  PactRecord *r = extract(
    "date 2020-12-02 Visite\n\n"
    "ISLAMABAD - Le ministre chinois de la D\xc3\xa9" "fense, le g\xc3\xa9n\xc3\xa9ral Li Wen, a achev\xc3\xa9 mardi "
    "une visite de trois jours au Pakistan.\n\n"
    "Mardi, le pr\xc3\xa9sident Arif Javed a remis au g\xc3\xa9n\xc3\xa9ral chinois une distinction, puis s'est "
    "entretenu avec lui. Le Premier ministre Imran Qadir l'a ensuite re\xc3\xa7u, en pr\xc3\xa9sence du ministre des "
    "Affaires \xc3\xa9trang\xc3\xa8res, Asad Shah, et du ministre de la D\xc3\xa9" "fense, Tariq Ali. Le ministre chinois "
    "s'est ensuite rendu sur un site d'entra\xc3\xaenement, pr\xc3\xa8s de la fronti\xc3\xa8re avec la Russie et le "
    "B\xc3\xa9larus.\n");

  CHECK(met(r, "Arif Javed", "Li Wen", NULL));
  CHECK(met_all(r, four));
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *v = &r->entities[i];
    CHECK(v->cls != PACT_VISIT || strcmp(code_of(r, v->host), "PK") == 0);
  }
  free_record(r);
  r = extract("date 2025-07-08 Visite\n\n"
              "VARSOVIE - La Pologne et les Pays-Bas ont sign\xc3\xa9 lundi un m\xc3\xa9morandum \xc3\xa0 Varsovie. Le "
              "ministre n\xc3\xa9" "erlandais de la D\xc3\xa9" "fense, Jan de Vries, en visite en Pologne, s'est rendu "
              "lundi sur un site proche de la fronti\xc3\xa8re avec la Russie et le B\xc3\xa9larus.\n");
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *v = &r->entities[i];
    CHECK(v->cls != PACT_VISIT || (strcmp(code_of(r, v->host), "RU") != 0 && strcmp(code_of(r, v->host), "BY") != 0));
  }
  free_record(r);
}

/* "The 12th meeting of the working group, held in Ulaanbaatar on May 16
 * and 17, was co-chaired by A and B. C also took part.": A, B and C met,
 * on the 16th (a range in a sentence with no visit dates the meeting);
 * no one before is the noun's subject. "General Officer Commanding" is a
 * title, "Atul M. Gotsurve" one name. */
static void
test_co_chaired(void)
{
  static const char *const three[] = {"Anil Rao", "Bat Erdene", "Vijay Kumar", NULL};
  PactRecord *r = extract(
    "date 2024-05-20 Talks\n\n"
    "NEW DELHI - Major General Ravi Menon, General Officer Commanding 51 Sub Area, received Mongolian officers "
    "on Monday. The 12th meeting of the India-Mongolia Joint Working Group, held in Ulaanbaatar on May 16 and 17, "
    "was co-chaired by Anil Rao, Joint Secretary at India's Ministry of Defence, and Brigadier General Bat "
    "Erdene, State Secretary at Mongolia's Ministry of Defence. India's ambassador to Mongolia, Vijay Kumar, also "
    "took part.\n");
  const PactEntity *m = NULL;

  CHECK(!find(r, PACT_PERSON, "Commanding"));
  CHECK(met_all(r, three));
  for (size_t i = 0; i < r->n_entities; i++) {
    if (r->entities[i].cls == PACT_MEETING && r->entities[i].participants.n == 3) {
      m = &r->entities[i];
    }
  }
  CHECK(m && m->date && strcmp(m->date, "2024-05-16") == 0);
  CHECK(!met(r, "Ravi Menon", "Anil Rao", NULL));
  free_record(r);
  r = extract("date 2024-05-20 R\xc3\xa9union\n\n"
              "NEW DELHI - Les 16 et 17 mai, la capitale mongole a accueilli la 12e r\xc3\xa9union du groupe de travail, "
              "copr\xc3\xa9sid\xc3\xa9" "e par Anil Rao, secr\xc3\xa9taire adjoint au minist\xc3\xa8re indien de la "
              "D\xc3\xa9" "fense, et par le g\xc3\xa9n\xc3\xa9ral Bat Erdene. L'ambassadeur de l'Inde en Mongolie, Vijay "
              "M. Kumar, y assistait.\n");
  static const char *const three_fr[] = {"Anil Rao", "Bat Erdene", "Vijay M. Kumar", NULL};
  CHECK(met_all(r, three_fr));
  CHECK(!find(r, PACT_PERSON, "Kumar"));
  free_record(r);
}

/* "calling ties with Beijing the bedrock": a place after "with" is no
 * place where the meeting was, nor a visit there. */
static void
test_place_after_with(void)
{
  PactRecord *r = extract(
    "date 2020-12-02 Visit\n\n"
    "ISLAMABAD - Chinese Defence Minister Li Wen ended a three-day visit to Pakistan on Tuesday. President Arif "
    "Javed then sat down with Li to review military cooperation, calling ties with Beijing the bedrock of "
    "Pakistan's diplomacy.\n");

  CHECK(met(r, "Arif Javed", "Li Wen", NULL));
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *v = &r->entities[i];
    CHECK(v->cls != PACT_VISIT || strcmp(code_of(r, v->host), "CN") != 0);
  }
  free_record(r);
}

/* Defence firms: a company form at the end of a name ("Limited",
 * "Holdings", "Aviation") and firms known by a bare name ("Naval Group",
 * "Baykar"), of their own country. */
static void
test_companies(void)
{
  static const char *const firms[] = {"Naval Group", "Baykar", "Garuda Ship Holdings", "Dassault Aviation",
                                      "Kerala Marine Limited", NULL};
  PactRecord *r = extract(
    "date 2022-02-11 Deals\n\n"
    "JAKARTA - Naval Group signed a memorandum with Garuda Ship Holdings on Thursday, while Dassault Aviation "
    "confirmed the order. Baykar and Kerala Marine Limited also sent delegations.\n");

  for (size_t i = 0; firms[i]; i++) {
    const PactEntity *f = find(r, PACT_INSTITUTION, firms[i]);
    CHECK(f && strcmp(f->kind, "company") == 0);
  }
  CHECK(strcmp(code_of(r, find(r, PACT_INSTITUTION, "Naval Group")->country), "FR") == 0);
  free_record(r);
}

/* Earlier editions told in the background, beside another exercise's
 * name: "The previous edition, Tiger-II, took place ... from January 22 to
 * February 1 last year", "Tiger was first held from November 4 to 13,
 * 2019", "la troisième édition s'était déroulée du 22 au 31 mars 2022 à
 * Yangiarik, et la quatrième en février 2023": each its own edition with
 * its own dates. */
static void
test_previous_editions(void)
{
  PactRecord *r = extract(
    "date 2025-02-11 Exercise\n\n"
    "NEW DELHI - Special forces of India and Egypt on Monday launched the third edition of their joint exercise "
    "Tiger in Rajasthan. The two navies also hold the Blue Sea exercise every year. The previous edition, "
    "Tiger-II, took place at Anshas in Egypt from January 22 to February 1 last year. Tiger was first held "
    "from November 4 to 13, 2019.\n");
  const PactEntity *two = edition_of(r, 2);
  const PactEntity *one = edition_of(r, 1);

  CHECK(two && two->start && strcmp(two->start, "2024-01-22") == 0 && two->end && strcmp(two->end, "2024-02-01") == 0);
  CHECK(one && one->start && strcmp(one->start, "2019-11-04") == 0);
  free_record(r);
  r = extract("date 2024-04-19 Exercice\n\n"
              "TACHKENT - La cinqui\xc3\xa8me \xc3\xa9" "dition de l'exercice conjoint Dustlik a commenc\xc3\xa9 le 15 "
              "avril en Ouzb\xc3\xa9kistan avec des soldats indiens. La troisi\xc3\xa8me \xc3\xa9" "dition s'\xc3\xa9tait "
              "d\xc3\xa9roul\xc3\xa9" "e du 22 au 31 mars 2022 \xc3\xa0 Yangiarik, et la quatri\xc3\xa8me en f\xc3\xa9vrier 2023 "
              "\xc3\xa0 Pithoragarh.\n");
  const PactEntity *four = edition_of(r, 4);
  CHECK(edition_of(r, 3) && four && four->start && strcmp(four->start, "2023-02") == 0);
  free_record(r);
}

/* Signers: "Le texte a été signé lundi 30 novembre au quartier général
 * par le ministre chinois et le général X" (the passive's agent past a
 * date and a place; the minister described), and that sentence's date is
 * the signing's, over the lead's "une visite marquée par la signature";
 * "The two men then signed the memorandum": the two of the meeting told
 * last. */
static void
test_signers_described(void)
{
  PactRecord *r = extract(
    "date 2020-12-02 Visite\n\n"
    "ISLAMABAD - Le ministre chinois de la D\xc3\xa9" "fense, le g\xc3\xa9n\xc3\xa9ral Li Wen, a achev\xc3\xa9 le mardi "
    "1er d\xc3\xa9" "cembre une visite de trois jours au Pakistan, marqu\xc3\xa9" "e par la signature d'un "
    "m\xc3\xa9morandum d'entente.\n\n"
    "Le texte a \xc3\xa9t\xc3\xa9 sign\xc3\xa9 lundi 30 novembre au quartier g\xc3\xa9n\xc3\xa9ral de l'arm\xc3\xa9" "e \xc3\xa0 "
    "Rawalpindi par le ministre chinois et le g\xc3\xa9n\xc3\xa9ral Omar Javed, chef d'\xc3\xa9tat-major de "
    "l'arm\xc3\xa9" "e de terre.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(a && a->signatories.n == 2 && a->date && strcmp(a->date, "2020-11-30") == 0);
  free_record(r);
  r = extract("date 2020-12-01 Visit\n\n"
              "ISLAMABAD - Chinese Defence Minister Li Wen began a visit to Pakistan, during which the armies "
              "signed a memorandum of understanding. On Monday he met the Chief of Army Staff, General Omar Javed. "
              "The two men then signed the memorandum.\n");
  a = find(r, PACT_AGREEMENT, NULL);
  CHECK(a && a->signatories.n == 2);
  free_record(r);
}

/* "paraphé à Ship House, le siège du ministère, par X pour la partie
 * nigériane et par Y pour la partie égyptienne": the passive's agent past
 * a described place, and each signer's side after the name. */
static void
test_signers_for_sides(void)
{
  PactRecord *r = extract(
    "date 2024-08-29 M\xc3\xa9morandum\n\n"
    "ABUJA - Le Ghana et le Nigeria ont sign\xc3\xa9 mercredi 28 ao\xc3\xbbt \xc3\xa0 Abuja un m\xc3\xa9morandum "
    "d'entente.\n\n"
    "Le document a ensuite \xc3\xa9t\xc3\xa9 paraph\xc3\xa9 \xc3\xa0 Ship House, le si\xc3\xa8ge du minist\xc3\xa8re, par "
    "le secr\xc3\xa9taire permanent Musa Bello pour la partie nig\xc3\xa9riane et par le g\xc3\xa9n\xc3\xa9ral Kofi Owusu "
    "pour la partie ghan\xc3\xa9\x65nne.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);
  const PactEntity *bello = find(r, PACT_PERSON, "Musa Bello");
  const PactEntity *owusu = find(r, PACT_PERSON, "Kofi Owusu");

  CHECK(a && a->signatories.n == 2);
  CHECK(bello && strcmp(code_of(r, bello->country), "NG") == 0);
  CHECK(owusu && strcmp(code_of(r, owusu->country), "GH") == 0);
  CHECK(find(r, PACT_VISIT, NULL) != NULL); /* the Ghanaian signed abroad */
  free_record(r);
  r = extract("date 2010-03-23 Agreement\n\n"
              "The then defence ministers, Ivan Petrov for Bulgaria and Janos Kovacs for Hungary, signed a defence "
              "cooperation agreement in Sofia.\n");
  const PactEntity *k = find(r, PACT_PERSON, "Janos Kovacs");
  CHECK(k && strcmp(code_of(r, k->country), "HU") == 0);
  a = find(r, PACT_AGREEMENT, NULL);
  CHECK(a && a->signatories.n == 2);
  free_record(r);
}

/* "La délégation égyptienne était conduite par X. Avant la cérémonie,
 * elle a été brièvement reçue par Y": who leads the delegation stands for
 * it (an agent of "conduite par", "led by" is the subject), and an adverb
 * of manner inside the verb's phrase leaves the cue whole. */
static void
test_delegation_leader(void)
{
  PactRecord *r = extract(
    "date 2024-08-29 Visite\n\n"
    "ABUJA - Le Ghana et le Nigeria ont sign\xc3\xa9 mercredi 28 ao\xc3\xbbt un m\xc3\xa9morandum d'entente.\n\n"
    "La d\xc3\xa9l\xc3\xa9gation ghan\xc3\xa9" "enne \xc3\xa9tait conduite par le g\xc3\xa9n\xc3\xa9ral Kofi Owusu. Avant "
    "la c\xc3\xa9r\xc3\xa9monie, elle a \xc3\xa9t\xc3\xa9 bri\xc3\xa8vement re\xc3\xa7ue dans son bureau par le ministre "
    "nig\xc3\xa9rian de la D\xc3\xa9" "fense, Musa Bello.\n");

  CHECK(met(r, "Kofi Owusu", "Musa Bello", "2024-08-28"));
  free_record(r);
  r = extract("date 2024-08-29 Visit\n\n"
              "ABUJA - The Ghanaian delegation was led by General Kofi Owusu. He was warmly received by Nigeria's "
              "Minister of Defence, Musa Bello, on Wednesday.\n");
  CHECK(met(r, "Kofi Owusu", "Musa Bello", "2024-08-28"));
  free_record(r);
}

/* Units told by their number: "the 11th Infantry Brigade", "la 41e
 * brigade d'infanterie mécanisée", "la 10e division blindée allemande"
 * (the demonym at the end gives the country), "la 51e sous-zone"; not a
 * verb after the noun ("la 53e division participe"). */
static void
test_numbered_units(void)
{
  PactRecord *r = extract(
    "date 2024-05-10 Exercice\n\n"
    "Les soldats de la 53e division participent \xc3\xa0 l'exercice avec la 41e brigade d'infanterie "
    "m\xc3\xa9" "canis\xc3\xa9" "e. La 10e division blind\xc3\xa9" "e allemande et la 51e sous-zone sont aussi l\xc3\xa0.\n");
  const PactEntity *d = find(r, PACT_INSTITUTION, "10e division blind\xc3\xa9" "e allemande");

  CHECK(find(r, PACT_INSTITUTION, "53e division") != NULL);
  CHECK(find(r, PACT_INSTITUTION, "41e brigade d'infanterie m\xc3\xa9" "canis\xc3\xa9" "e") != NULL);
  CHECK(d && strcmp(code_of(r, d->country), "DE") == 0);
  CHECK(find(r, PACT_INSTITUTION, "51e sous-zone") != NULL);
  free_record(r);
  r = extract("date 2024-05-10 Exercise\n\n"
              "Troops of the 11th Infantry Brigade and the 55th Combat Group joined the drill.\n");
  CHECK(find(r, PACT_INSTITUTION, "11th Infantry Brigade") != NULL);
  CHECK(find(r, PACT_INSTITUTION, "55th Combat Group") != NULL);
  free_record(r);
}

/* A head of several words in small letters that ends on its name ("au
 * ministère de la Défense", "le ministère des Armées") is an institution;
 * initials glued by full stops are part of a name ("the U.S. Army"). */
static void
test_named_heads(void)
{
  PactRecord *r = extract(
    "date 2024-05-10 Visite\n\n"
    "Les d\xc3\xa9l\xc3\xa9gations se sont retrouv\xc3\xa9" "es au minist\xc3\xa8re de la D\xc3\xa9" "fense. Le ministre "
    "\xc3\xa9tait ensuite au minist\xc3\xa8re des Arm\xc3\xa9" "es.\n");

  CHECK(find(r, PACT_INSTITUTION, "minist\xc3\xa8re de la D\xc3\xa9" "fense") != NULL);
  CHECK(find(r, PACT_INSTITUTION, "minist\xc3\xa8re des Arm\xc3\xa9" "es") != NULL);
  free_record(r);
  r = extract("date 2024-05-10 Exercise\n\nGhana is a partner of the U.S. Army, the general said.\n");
  const PactEntity *u = find(r, PACT_INSTITUTION, "U.S. Army");
  CHECK(u && strcmp(code_of(r, u->country), "US") == 0);
  free_record(r);
}

/* "Last year's exercise, Kestrel XXII, was held in Ushuaia": a name in
 * apposition to the cue, and one name with another edition than the
 * story's is another exercise, not a second mention of the story's. */
static void
test_apposed_edition(void)
{
  PactRecord *r = extract(
    "date 2023-08-22 Kestrel\n\n"
    "PUERTO WILLIAMS, Aug 22 - The navies of Argentina and Chile on Monday launched the twenty-third edition of "
    "the joint exercise Kestrel, which will run until Saturday, August 26.\n\n"
    "Last year's exercise, Kestrel XXII, was held in August 2022 in Ushuaia.\n");
  int editions = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    if (e->cls == PACT_EXERCISE) {
      editions |= e->edition == 23 ? 1 : e->edition == 22 ? 2 : 4;
    }
  }
  CHECK(editions == 3);
  free_record(r);
}

/* "two months after Falcon-XIII, the latest round of the two armies'
 * counter-terrorism drills, which opened on February 10": the name before
 * an apposition that tells an edition of a plural cue. */
static void
test_name_before_round(void)
{
  PactRecord *r = extract(
    "date 2024-04-30 Visit\n\n"
    "RAWALPINDI - The visit comes two months after Falcon-XIII, the latest round of the two armies' "
    "counter-terrorism drills, which opened on February 10 in Cherat with special forces from Pakistan and "
    "Turkey.\n");
  const PactEntity *e = find(r, PACT_EXERCISE, "Falcon");

  CHECK(e && e->edition == 13 && e->start && strcmp(e->start, "2024-02-10") == 0);
  free_record(r);
}

/* "Earlier in the day the Indian Army chief called on Prime Minister X.
 * ... He was then received at Army Headquarters, where he held talks with
 * Y": X is the object of the description's verb, not the subject "he"
 * stands for. */
static void
test_described_subject(void)
{
  PactRecord *r = extract(
    "date 2021-10-13 Visit\n\n"
    "COLOMBO - India's Chief of the Army Staff, General Ravi Menon, arrived on Tuesday for a visit to Sri "
    "Lanka.\n\n"
    "Earlier in the day the Indian Army chief called on Prime Minister Nimal Perera at Temple Trees. "
    "\"We have an excellent relationship,\" he told the Premier.\n\n"
    "He was then received at Army Headquarters, where he held talks with General Sunil Silva.\n");

  CHECK(met(r, "Ravi Menon", "Sunil Silva", NULL));
  CHECK(!met(r, "Nimal Perera", "Sunil Silva", NULL));
  free_record(r);
}

/* Agreements of a story's background: "the Lombok Treaty of 2006" (a
 * named agreement of a past year, signed then), "the access agreement
 * Australia struck with Japan in 2022" (another pair in its own clause);
 * "a treaty-level agreement" is no treaty; and what is to come is not one
 * signed years ago. */
static void
test_background_agreements(void)
{
  PactRecord *r = extract(
    "date 2024-08-20 Treaty\n\n"
    "CANBERRA: Australia and Indonesia have finished negotiating a treaty-level Defence Cooperation Agreement "
    "that will be signed in Indonesia later this week, the prime minister announced on Tuesday.\n\n"
    "Officials described the agreement as the most important between the two countries since the Lombok "
    "Treaty of 2006. It resembles the reciprocal access agreement Australia struck with Japan in 2022.\n");
  int seen = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *a = &r->entities[i];
    if (a->cls != PACT_AGREEMENT) {
      continue;
    }
    if (strcmp(a->kind, "treaty") == 0 && a->date && strcmp(a->date, "2006") == 0) {
      seen |= 1;
    } else if (strcmp(a->kind, "agreement") == 0 && a->status && strcmp(a->status, "expected") == 0) {
      seen |= 2;
    } else if (strcmp(a->kind, "agreement") == 0 && a->date && strcmp(a->date, "2022") == 0) {
      seen |= 4;
    } else {
      seen |= 8;
    }
  }
  CHECK(seen == 7);
  free_record(r);
}

/* "signed a set of defence cooperation agreements": a plural told as one
 * package signed is the story's agreement; "the programme of bilateral
 * military cooperation" is an agreement word. */
static void
test_agreement_sets(void)
{
  PactRecord *r = extract("date 2025-10-15 Laos\n\n"
                          "VIENTIANE, Oct 15 - Vietnam and Laos signed a set of defence cooperation agreements on "
                          "Tuesday after talks in Vientiane.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(a && a->date && strcmp(a->date, "2025-10-14") == 0);
  free_record(r);
  r = extract("date 2024-03-05 Yerevan\n\n"
              "The Greek and Armenian ministers signed the programme of bilateral military cooperation for 2024 "
              "on Monday.\n");
  CHECK(find(r, PACT_AGREEMENT, NULL) != NULL);
  free_record(r);
}

/* "During a one-day stop in Kathmandu he had paid courtesy calls on
 * President X": whom someone from elsewhere meets at a place is of the
 * place's country, even within the days of a visit elsewhere; and then
 * no visitor. */
static void
test_met_at_place(void)
{
  PactRecord *r = extract(
    "date 2020-12-01 Visit\n\n"
    "ISLAMABAD - Chinese Defence Minister General Li Wen began a three-day visit to Pakistan on Sunday.\n\n"
    "The minister reached Pakistan on Sunday evening from Nepal. During a one-day stop in Kathmandu on Sunday "
    "he had paid a courtesy call on President Maya Devi Rana.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Maya Devi Rana");

  CHECK(p && strcmp(code_of(r, p->country), "NP") == 0);
  for (size_t i = 0; p && i < r->n_entities; i++) {
    CHECK(!(r->entities[i].cls == PACT_VISIT && r->entities[i].visitor == (int32_t)(p - r->entities)));
  }
  free_record(r);
}

/* "There he held talks with Defence Secretary X and with General Y": the
 * repeated "with" joins one meeting of the three; "met X and Y" stays a
 * meeting with each. */
static void
test_and_with(void)
{
  PactRecord *r = extract(
    "date 2021-10-13 Visit\n\n"
    "COLOMBO - India's army chief, General Ravi Menon, held talks on Tuesday with Defence Secretary General "
    "Sunil Perera and with General Nimal Silva.\n");
  int three = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    three |= r->entities[i].cls == PACT_MEETING && r->entities[i].participants.n == 3;
  }
  CHECK(three);
  free_record(r);
}

/* "l'accord sur les forces en visite (VFA)", "the Visiting Forces
 * Agreement": troops' status in an agreement's name, no one's visit. */
static void
test_visiting_forces(void)
{
  PactRecord *r = extract(
    "date 2024-07-09 Accord\n\n"
    "MANILLE - Le secr\xc3\xa9taire philippin \xc3\xa0 la D\xc3\xa9" "fense, Jose Reyes, a sign\xc3\xa9 lundi l'accord. "
    "Manille dispose d'un cadre comparable avec Washington : l'accord sur les forces en visite (VFA) y "
    "autorise d\xc3\xa9j\xc3\xa0 une pr\xc3\xa9sence am\xc3\xa9ricaine.\n");

  CHECK(find(r, PACT_VISIT, NULL) == NULL);
  free_record(r);
}

/* "Le ministre japonais X se trouvait à Manille pour la réunion": being
 * at a place of another country is a visit of someone from elsewhere. */
static void
test_presence_at_city(void)
{
  PactRecord *r = extract(
    "date 2024-07-09 Accord\n\n"
    "MANILLE - Les Philippines et le Japon ont sign\xc3\xa9 lundi un accord. Le ministre japonais de la "
    "D\xc3\xa9" "fense, Ken Sato, se trouvait \xc3\xa0 Manille pour la r\xc3\xa9union.\n");
  const PactEntity *v = find(r, PACT_VISIT, NULL);

  CHECK(v && strcmp(code_of(r, v->host), "PH") == 0);
  free_record(r);
}

/* "At Army Headquarters, Li laid a wreath": a preposition the sentence's
 * capital joined to the run is no part of the name. */
static void
test_leading_preposition(void)
{
  PactRecord *r = extract("date 2020-12-01 Visit\n\n"
                          "Chinese Defence Minister Li Wen arrived on Sunday. At Army Headquarters, Li laid a wreath.\n");

  CHECK(find(r, PACT_INSTITUTION, "Army Headquarters") != NULL);
  CHECK(find(r, PACT_INSTITUTION, "At Army Headquarters") == NULL);
  free_record(r);
}

/* "s'est rendu mardi à Belgrade pour y signer avec son homologue serbe,
 * Y, le plan": a journey told as done to sign is a signing, its signers
 * the traveller and whom he signed with; "avait été accueilli avec les
 * honneurs militaires par M. Y": the pluperfect passive is a meeting cue
 * too. */
static void
test_travelled_to_sign(void)
{
  PactRecord *r = extract(
    "date 2025-04-02 Plan\n\n"
    "BELGRADE, 2 avril - Le ministre hongrois de la D\xc3\xa9" "fense, Lajos Kerekes, s'est rendu mardi 1er avril "
    "\xc3\xa0 Belgrade pour y signer avec son homologue serbe, Dusan Petrovic, le plan de coop\xc3\xa9ration militaire "
    "bilat\xc3\xa9rale pour 2025.\n\n"
    "\xc3\x80 sa descente d'avion, le ministre hongrois avait \xc3\xa9t\xc3\xa9 accueilli avec les honneurs militaires "
    "par M. Petrovic.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(a && a->status && strcmp(a->status, "signed") == 0 && a->signatories.n == 2);
  CHECK(met(r, "Lajos Kerekes", "Dusan Petrovic", "2025-04-01"));
  free_record(r);
  /* to come, it is expected */
  r = extract("date 2025-04-02 Plan\n\n"
              "Hungarian Defence Minister Lajos Kerekes will travel to Belgrade next week to sign a defence "
              "cooperation plan with Serbia.\n");
  a = find(r, PACT_AGREEMENT, NULL);
  CHECK(a && a->status && strcmp(a->status, "expected") == 0);
  free_record(r);
}

/* "Accueilli à l'aéroport par le vice-ministre X, M. Dendias a eu un
 * entretien avec Y": a participle that opens the sentence is the main
 * subject's, and only its agent is met (not Y as well). */
static void
test_opening_participle(void)
{
  PactRecord *r = extract(
    "date 2024-03-05 Visite\n\n"
    "EREVAN - Le ministre grec de la D\xc3\xa9" "fense, Petros Kalamaris, est arriv\xc3\xa9 lundi en Arm\xc3\xa9nie.\n\n"
    "Accueilli \xc3\xa0 l'a\xc3\xa9roport par le vice-ministre arm\xc3\xa9nien de la D\xc3\xa9" "fense, Aram Sarkissian, M. "
    "Kalamaris a eu un entretien avec son homologue Suren Avakian.\n");

  CHECK(met(r, "Petros Kalamaris", "Aram Sarkissian", "2024-03-04"));
  CHECK(met(r, "Petros Kalamaris", "Suren Avakian", "2024-03-04"));
  free_record(r);
  r = extract("date 2024-03-05 Visit\n\n"
              "Greek Defence Minister Petros Kalamaris arrived in Armenia on Monday. Welcomed at the airport by "
              "Deputy Defence Minister Aram Sarkissian, Kalamaris then held talks with his counterpart Suren "
              "Avakian.\n");
  CHECK(met(r, "Petros Kalamaris", "Aram Sarkissian", "2024-03-04"));
  CHECK(met(r, "Petros Kalamaris", "Suren Avakian", "2024-03-04"));
  free_record(r);
}

/* "arrived in the Lao capital", "dans la capitale lao": the capital named
 * by its country's demonym is where the visit goes. */
static void
test_demonym_capital(void)
{
  PactRecord *r = extract("date 2025-10-16 Visit\n\n"
                          "Cambodian Defence Minister General Tea Samnang arrived in the Lao capital on Tuesday, a "
                          "week after talks with Vietnam. Vietnam and Cambodia hold talks every year.\n");
  const PactEntity *v = find(r, PACT_VISIT, NULL);

  CHECK(v && strcmp(code_of(r, v->host), "LA") == 0);
  free_record(r);
}

/* "during talks with Italy's Defence Minister, X, according to remarks
 * made available by his spokesman, Colonel Y": who reports the talks
 * took no part in them, and did not travel for them. */
static void
test_according_to(void)
{
  PactRecord *r = extract(
    "date 2017-06-27 Talks\n\n"
    "ABUJA - Nigeria's Defence Minister Musa Bello gave the assurance in Rome on Monday during talks with "
    "Italy's Defence Minister, Laura Conti, according to remarks made available in Abuja by his spokesman, "
    "Colonel Sani Garba.\n");
  const PactEntity *g = find(r, PACT_PERSON, "Sani Garba");

  CHECK(met(r, "Musa Bello", "Laura Conti", "2017-06-26"));
  CHECK(!met(r, "Sani Garba", "Laura Conti", NULL) && !met(r, "Musa Bello", "Sani Garba", NULL));
  for (size_t i = 0; g && i < r->n_entities; i++) {
    CHECK(!(r->entities[i].cls == PACT_VISIT && r->entities[i].visitor == (int32_t)(g - r->entities)));
  }
  free_record(r);
}

/* "X, for his part, cited a trip by South Africa's service chiefs to
 * Nigeria in 2002": a visit of others the sentence does not name, not its
 * subject's. */
static void
test_trip_by_others(void)
{
  PactRecord *r = extract(
    "date 2017-09-28 Visit\n\n"
    "ABUJA - The Chief of the South African Navy, Vice Admiral Thabo Mokoena, called on Nigeria's Chief of the "
    "Air Staff, Air Marshal Musa Bello, on Wednesday. Mokoena, for his part, cited a trip by South Africa's "
    "service chiefs to Nigeria's Defence Headquarters in 2002 as a landmark.\n");
  int in_2002 = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    in_2002 |= r->entities[i].cls == PACT_VISIT && r->entities[i].start && strcmp(r->entities[i].start, "2002") == 0;
  }
  CHECK(!in_2002);
  free_record(r);
  /* "signed ... in Hanoi during a state visit by President X": X visits,
   * not the signer named last before */
  r = extract("date 2024-08-31 Talks\n\n"
              "MANILA - The two countries first signed a defence memorandum in October 2010, when then-defence "
              "secretary Jose Cruz and General Tran Van Long, Vietnam's defence minister at the time, signed it in "
              "Hanoi during a state visit by President Ramon Santos of the Philippines.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Ramon Santos");
  int santos = 0;
  for (size_t i = 0; p && i < r->n_entities; i++) {
    santos |= r->entities[i].cls == PACT_VISIT && r->entities[i].visitor == (int32_t)(p - r->entities);
  }
  CHECK(santos);
  free_record(r);
}

/* "The Chief of the Royal Malaysian Navy, Admiral X": a bare "chief" or
 * "chef" of an institution is a title, and the institution gives its
 * holder's country, as "Chief of Army Staff of Ghana" does. */
static void
test_chief_of_institution(void)
{
  PactRecord *r = extract("date 2021-11-22 Visit\n\n"
                          "The Chief of the Royal Malaysian Navy, Admiral Reza Sany, called on the minister.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Reza Sany");

  CHECK(p && strcmp(code_of(r, p->country), "MY") == 0);
  CHECK(p && p->n_titles == 2 && strcmp(p->titles[0].text, "Chief of the Royal Malaysian Navy") == 0);
  free_record(r);
  r = extract("date 2021-11-22 Visite\n\n"
              "Le chef de la Marine royale malaisienne, l'amiral Reza Sany, a rencontr\xc3\xa9 le ministre.\n");
  p = find(r, PACT_PERSON, "Reza Sany");
  CHECK(p && strcmp(code_of(r, p->country), "MY") == 0);
  free_record(r);
}

/* "on June 7 of that year", "de la même année": the year the story told
 * last, not the article's; "La veille, dimanche": the weekday named says
 * the day, not the story's last date (here one to come, "le 17 mars"). */
static void
test_told_year(void)
{
  PactRecord *r = extract("date 2020-02-11 Visit\n\n"
                          "General Abu Huq, Bangladesh's army chief, arrived in Nepal on June 6, 2017 for a "
                          "five-day stay. He called on President Bidhya Bhandari on June 7 of that year.\n");

  CHECK(met(r, "Abu Huq", "Bidhya Bhandari", "2017-06-07"));
  free_record(r);
  r = extract("date 2020-02-12 Visite\n\n"
              "KATMANDOU - Le g\xc3\xa9n\xc3\xa9ral Aziz Ahmed, chef de l'arm\xc3\xa9" "e du Bangladesh, a quitt\xc3\xa9 le "
              "N\xc3\xa9pal hier. Il a \xc3\xa9voqu\xc3\xa9 les c\xc3\xa9r\xc3\xa9monies pr\xc3\xa9vues le 17 mars. La veille, "
              "dimanche, le ministre n\xc3\xa9palais de la D\xc3\xa9" "fense, Ishwar Pokhrel, a re\xc3\xa7u le g\xc3\xa9n\xc3\xa9ral "
              "Ahmed. Le m\xc3\xaame jour, le g\xc3\xa9n\xc3\xa9ral Purna Thapa, chef de l'arm\xc3\xa9" "e n\xc3\xa9palaise, a "
              "re\xc3\xa7u le g\xc3\xa9n\xc3\xa9ral Ahmed.\n");
  CHECK(met(r, "Aziz Ahmed", "Ishwar Pokhrel", "2020-02-09"));
  CHECK(met(r, "Aziz Ahmed", "Purna Thapa", "2020-02-09"));
  free_record(r);
}

/* "la présidente X et le Premier ministre Y ont accordé une audience de
 * courtoisie à l'officier bangladais": a described object after "à", and
 * a word of any rank ("officier", "official") names the last titled
 * person of its country. */
static void
test_courtesy_audience(void)
{
  PactRecord *r = extract("date 2020-02-12 Visite\n\n"
                          "KATMANDOU - Le g\xc3\xa9n\xc3\xa9ral Aziz Ahmed, chef de l'arm\xc3\xa9" "e du Bangladesh, est en "
                          "visite au N\xc3\xa9pal. Lundi, le Premier ministre Khadga Oli a accord\xc3\xa9 une audience de "
                          "courtoisie \xc3\xa0 l'officier bangladais.\n");

  CHECK(met(r, "Aziz Ahmed", "Khadga Oli", "2020-02-10"));
  free_record(r);
}

/* A regional exercise: "the command post exercise Umoja Imara 2023" (a
 * year ends no name), "It was the 13th command post exercise" (an
 * ordinal before the cue), "people from A, B, C, D and host E took part"
 * (its participants, not the story's pair), and "The previous command post
 * exercise in the series, the 12th, took place in ... 2019" (another
 * edition, whose date the story's exercise does not take). */
static void
test_multinational_edition(void)
{
  PactRecord *r = extract("date 2023-06-29 Exercise\n\n"
                          "MUSANZE - Staff from Kenya and Rwanda wrapped up the command post exercise Umoja Imara 2023 "
                          "on Wednesday. More than 600 people from Burundi, Kenya, Tanzania, Uganda and host Rwanda "
                          "took part. It was the 13th command post exercise of the series. The previous command post "
                          "exercise in the series, the 12th, took place in Jinja, Uganda, in November 2019.\n");
  int seen = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    if (e->cls != PACT_EXERCISE) {
      continue;
    }
    CHECK(strcmp(e->name, "Umoja Imara") == 0);
    if (e->edition == 13) {
      seen |= 1;
      CHECK(e->participants.n == 5);
      CHECK(!e->start && e->end && strcmp(e->end, "2023-06-28") == 0);
    } else if (e->edition == 12) {
      seen |= 2;
      CHECK(e->start && strcmp(e->start, "2019-11") == 0);
    } else {
      seen |= 4;
    }
  }
  CHECK(seen == 3);
  free_record(r);
}

/* "He called on President X on June 7, met the then army chief, General
 * Y, and laid a wreath": a verb in the past after a comma (past the first
 * verb's date) shares the first verb's subject; Y met "he", not X. */
static void
test_comma_joined_verbs(void)
{
  PactRecord *r = extract("date 2020-02-11 Visit\n\n"
                          "General Abu Huq, Bangladesh's army chief, arrived in Nepal on June 6, 2017 for a five-day "
                          "stay. He called on President Bidhya Bhandari on June 7 of that year, met the then army "
                          "chief, General Rajendra Chhetri, and laid a wreath.\n");

  CHECK(met(r, "Abu Huq", "Rajendra Chhetri", "2017-06-07"));
  CHECK(!met(r, "Bidhya Bhandari", "Rajendra Chhetri", NULL));
  free_record(r);
}

/* "held talks with Y ... during President Z's visit to Ivory Coast": the
 * visit is Z's (the possessor of the visit noun), not the sentence's
 * subject's, and Z did not sit in the talks. */
static void
test_possessive_visit(void)
{
  PactRecord *r = extract("date 2019-04-02 Navies\n\n"
                          "In 2015, Rear Admiral Tomas Ekwe, then Ghana's naval chief, held talks in Abidjan with his "
                          "counterpart, Rear Admiral Jean Kouassi, as a follow-up to an accord reached during "
                          "President John Mahama\xe2\x80\x99s visit to Ivory Coast in March of that year.\n");
  const PactEntity *v = find(r, PACT_VISIT, NULL);

  CHECK(v && strcmp(r->entities[v->visitor].name, "John Mahama") == 0 && strcmp(code_of(r, v->host), "CI") == 0);
  CHECK(v && v->start && strcmp(v->start, "2015-03") == 0);
  CHECK(met(r, "Tomas Ekwe", "Jean Kouassi", "2015"));
  CHECK(!met(r, "Tomas Ekwe", "John Mahama", NULL));
  free_record(r);
}

/* Who made a trip told in passing: "X, accompanied by ..., Admiral Y,
 * went to Cairo" (X); "Ce dernier ... Du 25 au 28 juillet 2021, il avait
 * effectué une visite en Lituanie" (the last one named); "On Tuesday he laid a wreath at the
 * memorial of Z ... he travelled to Samarkand" (not Z); "For X, ... In
 * May 2008 he toured" (X); "led a five-member delegation to Dhaka"; and
 * no trip where it is denied ("Aucun ministre ne s'est rendu"). */
static void
visitor_is(const char *text, const char *visitor, const char *host, const char *start)
{
  PactRecord *r = extract(text);
  const PactEntity *v = NULL;

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    if (e->cls == PACT_VISIT && e->start && strcmp(e->start, start) == 0) {
      v = e;
    }
  }
  CHECK(v && strcmp(r->entities[v->visitor].name, visitor) == 0 && strcmp(code_of(r, v->host), host) == 0);
  if (!v) {
    fprintf(stderr, "  no visit of %s on %s\n", visitor, start);
  }
  free_record(r);
}

static void
test_trip_subjects(void)
{
  visitor_is("date 2020-12-04 Visit\n\n"
             "Greek Defence Minister Petros Kallas met his Egyptian counterpart on Thursday. In December 2018, then Greek "
             "defence minister Andreas Doukas, accompanied by the chief of the General Staff, Admiral Nikos "
             "Stavrou, went to Cairo for an exhibition.\n",
             "Andreas Doukas", "EG", "2018-12");
  visitor_is("date 2023-04-14 Visite\n\n"
             "Le g\xc3\xa9n\xc3\xa9ral allemand Karl Brandt est en visite en Lituanie depuis lundi. Il a pris le "
             "23 mars la t\xc3\xaate de l'arm\xc3\xa9" "e de campagne, lors d'une c\xc3\xa9r\xc3\xa9monie conduite "
             "par l'inspecteur de l'arm\xc3\xa9" "e de terre allemande, le g\xc3\xa9n\xc3\xa9ral Otto Keller."
             "\n\nCe dernier conna\xc3\xaet bien le terrain lituanien. Du 25 au 28 juillet "
             "2021, il avait effectu\xc3\xa9 une visite en Lituanie avec une d\xc3\xa9l\xc3\xa9gation.\n",
             "Otto Keller", "LT", "2021-07-25");
  visitor_is("date 2024-04-19 Visit\n\n"
             "Indian Army chief General Ravi Menon arrived in Uzbekistan on Monday. On Tuesday he laid a wreath at "
             "the memorial of Lal Chand Verma, India's former prime minister, and visited a park. He also opened a "
             "laboratory. On Wednesday he travelled to Samarkand.\n",
             "Ravi Menon", "UZ", "2024-04-15");
  visitor_is("date 2010-08-24 Visit\n\n"
             "Brazilian Defence Minister Paulo Souza met Chilean Defence Minister Jorge Vidal in Santiago. Vidal "
             "said cooperation could extend to submarines.\n\nFor Souza, regional diplomacy is familiar ground. In "
             "May 2008 he toured Chile and Argentina.\n",
             "Paulo Souza", "CL", "2008-05");
  visitor_is("date 2020-02-11 Visit\n\n"
             "General Karan Thapa, Nepal's army chief, led a five-member Nepali Army delegation to Dhaka in "
             "January.\n",
             "Karan Thapa", "BD", "2020-01");

  PactRecord *r = extract("date 2017-11-07 Visite\n\n"
                          "Aucun ministre gabonais de la D\xc3\xa9" "fense ne s'est rendu au Cameroun depuis "
                          "2009, a rappel\xc3\xa9 le g\xc3\xa9n\xc3\xa9ral Paul Mba, chef d'\xc3\xa9tat-major "
                          "gabonais.\n");
  CHECK(!find(r, PACT_VISIT, NULL));
  free_record(r);
}

/* "The same day", "Earlier in the day", "le même jour": the story's
 * day, the last full date told before ("arrived on Sunday and held talks
 * on Tuesday. The same day": Tuesday), not one of years before deep in
 * its sentence ("after the steps India took on August 5, 2019"). */
static void
test_same_day(void)
{
  PactRecord *r = extract("date 2020-12-02 Visit\n\n"
                          "Chinese Defence Minister Li Wen arrived in Pakistan on Sunday and held talks with Prime "
                          "Minister Imran Saeed on Tuesday, December 1. Saeed thanked Beijing for its stance after the steps India took on August 5, "
                          "2019.\n\nThe same day, Li called on General Tariq Anwar at the Joint Staff Headquarters.\n");

  CHECK(met(r, "Li Wen", "Tariq Anwar", "2020-12-01"));
  free_record(r);
  r = extract("date 2024-03-06 Visite\n\n"
              "Le ministre grec Nikos Pappas est arriv\xc3\xa9 lundi 4 mars \xc3\xa0 Erevan. Le m\xc3\xaame jour, il "
              "s'est entretenu avec le Premier ministre arm\xc3\xa9nien Armen Sarkissian.\n");
  CHECK(met(r, "Nikos Pappas", "Armen Sarkissian", "2024-03-04"));
  free_record(r);
}

/* "the 1984 Treaty of Peace and Friendship", "a 1992 defence
 * agreement": a past year right before the noun is its signing's. */
static void
test_year_before_noun(void)
{
  PactRecord *r = extract("date 2023-08-22 Drill\n\n"
                          "The drill is one of the confidence-building measures of the 1984 Treaty of Peace and "
                          "Friendship between Peru and Ecuador.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(a && a->date && strcmp(a->date, "1984") == 0);
  free_record(r);
}

/* "The last Ghanaian army chief to visit Togo was General X, who
 * arrived ... He called on President Y": the name after the copula is
 * whom the description names (Ghanaian), and "He" is X, not the story's
 * visitor told before. */
static void
test_copula_names(void)
{
  PactRecord *r = extract("date 2020-02-11 Visit\n\n"
                          "General Kofi Mensah, Ghana's army chief, arrived in Togo on Friday, where his "
                          "counterpart General Yao Agbeko received him.\n\n"
                          "The last Ghanaian army chief to visit Togo was General Samuel Ofori, who arrived on June "
                          "6, 2017 for a five-day stay. He called on President Faure Kodjo on June 7 of that year.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Samuel Ofori");

  CHECK(p && strcmp(code_of(r, p->country), "GH") == 0);
  CHECK(met(r, "Samuel Ofori", "Faure Kodjo", "2017-06-07"));
  CHECK(!met(r, "Kofi Mensah", "Faure Kodjo", NULL));
  free_record(r);
}

/* "on Thursday visited ..., the last engagement of his four-day visit":
 * Thursday ends the visit, which began on the Monday. */
static void
test_final_day(void)
{
  PactRecord *r = extract("date 2024-04-18 Visit\n\n"
                          "Indian Army chief General Ravi Menon on Thursday visited the training area at Termez, the "
                          "last engagement of his four-day visit to Uzbekistan.\n");
  const PactEntity *v = find(r, PACT_VISIT, NULL);

  CHECK(v && dated(v, "2024-04-15", "2024-04-18"));
  free_record(r);
}

/* "X, participait également aux discussions": one who sits in, told
 * with an adverb inside the verb, joins the talks; "le président élu
 * indonésien Y" is a title ("President-elect"). */
static void
test_attendance_adverb(void)
{
  PactRecord *r = extract("date 2024-08-21 Entretien\n\n"
                          "Le Premier ministre australien Tom Reid s'est entretenu mardi \xc3\xa0 Canberra avec le "
                          "pr\xc3\xa9sident \xc3\xa9lu indon\xc3\xa9sien Budi Santoso. La ministre australienne des "
                          "Affaires \xc3\xa9trang\xc3\xa8res, Jane Lowe, participait \xc3\xa9galement aux "
                          "discussions.\n");
  const PactEntity *m = find(r, PACT_MEETING, NULL);

  CHECK(m && m->participants.n == 3 && m->date && strcmp(m->date, "2024-08-20") == 0);
  CHECK(find(r, PACT_PERSON, "Budi Santoso") != NULL);
  free_record(r);
}

/* A month told with its part is a time: "in early April", "in
 * mid-April", "at the end of April", "au début du mois d'avril", "fin
 * avril"; and "celle que X avait effectuée à Chypre" is X's visit. */
static void
test_month_parts(void)
{
  static const char *const texts[] = {
    "date 2024-11-21 Visit\n\nGeneral Milan Petrovic, Serbia's army chief, visited Cyprus in early April.\n",
    "date 2024-11-21 Visit\n\nGeneral Milan Petrovic, Serbia's army chief, visited Cyprus in mid-April.\n",
    "date 2024-11-21 Visit\n\nGeneral Milan Petrovic, Serbia's army chief, visited Cyprus at the end of April.\n",
    "date 2024-11-21 Visite\n\nLe g\xc3\xa9n\xc3\xa9ral serbe Milan Petrovic s'est rendu \xc3\xa0 Chypre fin avril.\n",
    "date 2024-11-21 Visite\n\nLe g\xc3\xa9n\xc3\xa9ral chypriote Andreas Charalambous a effectu\xc3\xa9 une visite en "
    "Serbie. Cette visite r\xc3\xa9pondait \xc3\xa0 celle que le g\xc3\xa9n\xc3\xa9ral serbe Milan Petrovic avait "
    "effectu\xc3\xa9" "e \xc3\xa0 Chypre au d\xc3\xa9" "but du mois d'avril.\n",
  };

  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    PactRecord *r = extract(texts[i]);
    const PactEntity *v = NULL;
    for (size_t k = 0; k < r->n_entities; k++) {
      const PactEntity *e = &r->entities[k];
      if (e->cls == PACT_VISIT && strcmp(r->entities[e->visitor].name, "Milan Petrovic") == 0) {
        v = e;
      }
    }
    CHECK(v && strcmp(code_of(r, v->host), "CY") == 0 && v->start && strcmp(v->start, "2024-04") == 0);
    free_record(r);
  }
}

/* "la sixième édition de Harimau Shakti, leur exercice conjoint": the
 * name before the noun, after "édition de"; then "Harimau Shakti avait
 * été inauguré en mars 2012" is its first edition and "La quatrième
 * édition s'était tenue en 2016" its fourth. */
static void
test_edition_of_name(void)
{
  PactRecord *r = extract("date 2018-02-20 Exercice\n\n"
                          "L'Inde et la Malaisie ont donn\xc3\xa9 lundi le coup d'envoi de la sixi\xc3\xa8me "
                          "\xc3\xa9" "dition de Harimau Shakti, leur exercice conjoint de forces sp\xc3\xa9" "ciales, "
                          "\xc3\xa0 Gemas.\n\nHarimau Shakti avait \xc3\xa9t\xc3\xa9 inaugur\xc3\xa9 en mars 2012 \xc3\xa0 "
                          "Vairengte, en Inde. La quatri\xc3\xa8me \xc3\xa9" "dition s'\xc3\xa9tait tenue en 2016 \xc3\xa0 "
                          "Kuala Lumpur.\n");
  const PactEntity *first = edition_of(r, 1);
  const PactEntity *fourth = edition_of(r, 4);

  CHECK(edition_of(r, 6) && edition_of(r, 6)->name && strcmp(edition_of(r, 6)->name, "Harimau Shakti") == 0);
  CHECK(first && first->start && strcmp(first->start, "2012-03") == 0);
  CHECK(fourth && fourth->start && strcmp(fourth->start, "2016") == 0);
  free_record(r);
  /* "Harimau Shakti : la 6e édition lancée": that edition's start, no first */
  r = extract("date 2018-02-20 Harimau Shakti : la 6e \xc3\xa9" "dition lanc\xc3\xa9" "e \xc3\xa0 Kuala Lumpur\n\n"
              "L'Inde et la Malaisie ont donn\xc3\xa9 lundi le coup d'envoi de la sixi\xc3\xa8me \xc3\xa9" "dition de "
              "l'exercice Harimau Shakti \xc3\xa0 Gemas.\n");
  CHECK(edition_of(r, 6) && !edition_of(r, 1));
  free_record(r);
}

/* A year told as a time past "remonte à", "dates back to", or a season:
 * "La toute première édition remonte à 2018", "à l'automne 1996", "in
 * the summer of 2019". */
static void
test_year_openers(void)
{
  static const char *const texts[] = {
    "date 2024-03-01 Exercice\n\nLa cinqui\xc3\xa8me \xc3\xa9" "dition de l'exercice Tiger Claw s'est ouverte lundi "
    "\xc3\xa0 Pune. La toute premi\xc3\xa8re \xc3\xa9" "dition remonte \xc3\xa0 2018 ; elle avait eu lieu \xc3\xa0 "
    "Belgaum.\n",
    "date 2024-03-01 Exercise\n\nThe fifth edition of exercise Tiger Claw opened on Monday in Pune. The first "
    "edition dates back to 2018, when it was held in Belgaum.\n",
    "date 2024-03-01 Exercice\n\nLa cinqui\xc3\xa8me \xc3\xa9" "dition de l'exercice Tiger Claw s'est ouverte lundi "
    "\xc3\xa0 Pune. La premi\xc3\xa8re \xc3\xa9" "dition s'\xc3\xa9tait tenue \xc3\xa0 l'automne 2018 \xc3\xa0 "
    "Belgaum.\n",
  };

  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    PactRecord *r = extract(texts[i]);
    const PactEntity *first = edition_of(r, 1);
    CHECK(first && first->start && strcmp(first->start, "2018") == 0);
    free_record(r);
  }
}

/* More forms of a date: "two days ago", "il y a deux jours", "a week
 * ago" (its month), "on Monday (March 10)" (the date in brackets says
 * which Monday), "in the first week of March". */
static void
test_date_forms(void)
{
  static const struct {
    const char *text;
    const char *start;
  } cases[] = {
    {"General Paul Mba, Gabon's army chief, visited Chad two days ago.", "2025-03-18"},
    {"Le g\xc3\xa9n\xc3\xa9ral gabonais Paul Mba s'est rendu au Tchad il y a deux jours.", "2025-03-18"},
    {"General Paul Mba, Gabon's army chief, visited Chad a week ago.", "2025-03"},
    {"General Paul Mba, Gabon's army chief, visited Chad on Monday (March 10).", "2025-03-10"},
    {"General Paul Mba, Gabon's army chief, visited Chad in the first week of March.", "2025-03"},
  };

  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char text[512];
    snprintf(text, sizeof text, "date 2025-03-20 Visit\n\n%s\n", cases[i].text);
    PactRecord *r = extract(text);
    const PactEntity *v = find(r, PACT_VISIT, NULL);
    CHECK(v && v->start && strcmp(v->start, cases[i].start) == 0);
    if (!(v && v->start && strcmp(v->start, cases[i].start) == 0)) {
      fprintf(stderr, "  %s: wanted %s\n", cases[i].text, cases[i].start);
    }
    free_record(r);
  }
}

/* "paid a courtesy call on General X, the Chief of Defence Staff, and on
 * Minister Y at the defence headquarters in Kigali": the place after the
 * last one met is the meeting's, and the guest from Kenya visits Rwanda;
 * not a place of who reports it ("..., selon le texte transmis à la
 * presse à Abuja"). */
static void
test_place_after_objects(void)
{
  PactRecord *r = extract("date 2023-06-29 Drill\n\n"
                          "General Peter Otieno, the Chief of the Defence Forces of Kenya, attended the closing "
                          "ceremony. Otieno paid a courtesy call on Lieutenant General John Mugabo, the RDF Chief of "
                          "Defence Staff, and on Minister Paul Habimana at the Rwandan defence headquarters in "
                          "Kigali.\n");
  const PactEntity *v = find(r, PACT_VISIT, NULL);

  CHECK(v && strcmp(r->entities[v->visitor].name, "Peter Otieno") == 0 && strcmp(code_of(r, v->host), "RW") == 0);
  free_record(r);
}

/* Each date goes to the verb of starting or ending just before it: "which
 * began on March 8, wrapped up on Thursday", "a démarré dimanche ... et
 * prendra fin le 20 mars"; not the verbs of a visit in the sentence. */
static void
test_exercise_verbs(void)
{
  static const struct {
    const char *text;
    const char *start;
    const char *end;
  } cases[] = {
    {"The joint exercise Desert Knight between Oman and Qatar kicked off on Sunday in Thumrait and will conclude "
     "on March 20.", "2025-03-09", "2025-03-20"},
    {"The Oman-Qatar joint exercise Desert Knight, which began on March 8, wrapped up on Thursday.", "2025-03-08",
     "2025-03-13"},
    {"L'exercice conjoint Desert Knight entre Oman et le Qatar a d\xc3\xa9marr\xc3\xa9 dimanche \xc3\xa0 Thumrait et "
     "prendra fin le 20 mars.", "2025-03-09", "2025-03-20"},
    {"L'exercice conjoint Desert Knight entre Oman et le Qatar, entam\xc3\xa9 le 8 mars, s'est achev\xc3\xa9 jeudi.",
     "2025-03-08", "2025-03-13"},
  };

  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char text[512];
    snprintf(text, sizeof text, "date 2025-03-14 Exercise\n\n%s\n", cases[i].text);
    PactRecord *r = extract(text);
    const PactEntity *x = find(r, PACT_EXERCISE, NULL);
    CHECK(dated(x, cases[i].start, cases[i].end));
    free_record(r);
  }
}

/* "since he took command of the Indian Navy on April 30", "depuis sa
 * prise de fonctions le 30 avril": the day an office was taken is no day
 * of the visit told in that sentence; a date after another verb is ("who
 * took office in May received him on Tuesday"). */
static void
test_office_taken(void)
{
  static const char *const texts[] = {
    "DHAKA - Admiral Ravi Menon, India's Chief of the Naval Staff, is visiting Bangladesh. It is his first trip "
    "abroad since he took command of the Indian Navy on April 30.",
    "DACCA - L'amiral Ravi Menon, chef d'\xc3\xa9tat-major de la marine indienne, est en visite au Bangladesh. Ce "
    "d\xc3\xa9placement est le premier \xc3\xa0 l'\xc3\xa9tranger de l'amiral depuis sa prise de fonctions le 30 "
    "avril.",
  };

  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
    char text[512];
    snprintf(text, sizeof text, "date 2024-07-04 Visit\n\n%s\n", texts[i]);
    PactRecord *r = extract(text);
    const PactEntity *v = find(r, PACT_VISIT, NULL);
    CHECK(v && !v->start);
    free_record(r);
  }
  PactRecord *r = extract("date 2024-07-04 Visit\n\n"
                          "Admiral Ravi Menon of India is on a visit to Bangladesh. Admiral Karim Uddin, who took "
                          "office in May, received Admiral Menon in Dhaka on Tuesday.\n");
  const PactEntity *m = find(r, PACT_MEETING, NULL);
  CHECK(m && m->date && strcmp(m->date, "2024-07-02") == 0);
  free_record(r);
}

/* "The same day the visitor called on X. He then met Y": the visitor, and
 * "he" after him, is the one whose visit the story tells, not X; "he paid
 * tribute to the late President Z and toured the museum": the second verb
 * is his too, not Z's. */
static void
test_visitor_described(void)
{
  PactRecord *r = extract(
    "date 2024-07-04 Visit\n\n"
    "DHAKA - Admiral Ravi Menon, India's navy chief, arrived in Dhaka on Sunday for an official visit. The same "
    "day the visitor called on General Karim Uddin at Army Headquarters. He then met Air Marshal Salim Reza at Air "
    "Headquarters. In the afternoon he paid tribute to the late President Ahmed Kabir Chowdhury at the memorial "
    "and toured the military museum.\n");
  CHECK(count_of(r, PACT_VISIT) == 1);
  CHECK(meeting_of(r, "Ravi Menon", "Salim Reza") != NULL);
  CHECK(meeting_of(r, "Karim Uddin", "Salim Reza") == NULL);
  free_record(r);
}

/* "The previous round was held in Baku on November 5-7, 2019. At its
 * close, the two generals signed a protocol": "a" protocol signed in a
 * sentence without a date, after a date of another year, is not the
 * story's protocol but one of that time (the last day, "at its close"). */
static void
test_agreement_of_its_time(void)
{
  PactRecord *r = extract(
    "date 2021-06-04 Protocol\n\n"
    "BAKU - Azerbaijan and Turkey concluded the 13th meeting of their military dialogue in Baku on Friday with the "
    "signing of a final protocol. The previous round was held in Baku on November 5-7, 2019. At its close, the two "
    "generals signed a protocol.\n");

  CHECK(agreements_dated(r, "2021-06-04", NULL) == 1 && agreements_dated(r, "2019-11-07", NULL) == 1);
  free_record(r);

  /* a signing asked for ("a plaidé pour une signature rapide") is none
   * done in the time told before */
  r = extract("date 2025-02-13 Entretiens\n\n"
              "Les relations de d\xc3\xa9" "fense entre l'Inde et Madagascar reposent sur un protocole d'accord "
              "sign\xc3\xa9 en mars 2018. M. Singh et M. Rakoto s'\xc3\xa9taient d\xc3\xa9j\xc3\xa0 rencontr\xc3\xa9s en "
              "octobre 2022 \xc3\xa0 Gandhinagar. Le ministre indien a plaid\xc3\xa9 pour une signature rapide d'un "
              "protocole d'accord avec le Malawi.\n");
  CHECK(agreements_dated(r, "2022-10", NULL) == 0);
  free_record(r);
}

/* Talks of two people the text gives one country are home affairs: no
 * meeting. Of two countries, or with one's own ambassador, they are one;
 * and a country guessed for someone (none told) keeps the meeting. */
static void
test_home_meetings(void)
{
  PactRecord *r = extract("date 2025-04-02 Serbia and Hungary\n\n"
                          "BELGRADE - Hungarian Defence Minister Kristof Nagy arrived in Belgrade on Tuesday. "
                          "Serbian President Milan Petrovic met Serbian Defence Minister Dragan Jovic on Monday. "
                          "Nagy met Jovic on Tuesday. India's Defence Minister Arjun Rao met the Indian "
                          "ambassador to Serbia, Vikram Mehta, on Tuesday.\n");
  CHECK(meeting_of(r, "Milan Petrovic", "Dragan Jovic") == NULL);
  CHECK(meeting_of(r, "Kristof Nagy", "Dragan Jovic") != NULL);
  CHECK(meeting_of(r, "Arjun Rao", "Vikram Mehta") != NULL);
  free_record(r);
}

/* "Salvador" is El Salvador in French and a city of Brazil: the country
 * after "au", "du", "le"; the city after "in" or "à"; and the end of a
 * name after a capitalised word ("Henry Delgado Salvador"). */
static void
test_salvador(void)
{
  PactRecord *r = extract("date 2025-08-16 Fraterno\n\n"
                          "The Brazilian and Argentine navies closed the exercise in Salvador on Friday. General "
                          "Henry Delgado Salvador, commander of the Ecuadorian Army, watched.\n");
  const PactEntity *e = find(r, PACT_EXERCISE, NULL);
  CHECK(e && e->participants.n == 2);
  CHECK(find(r, PACT_PLACE, "Salvador") != NULL);
  CHECK(find(r, PACT_PERSON, "Henry Delgado Salvador") != NULL);
  CHECK(has_country(r, "BR") && !has_country(r, "SV"));
  free_record(r);

  r = extract("date 2025-08-16 Visite\n\nLe ministre de la D\xc3\xa9" "fense du Salvador, Ren\xc3\xa9 Merino, "
              "est arriv\xc3\xa9 au Br\xc3\xa9sil.\n");
  CHECK(has_country(r, "SV"));
  CHECK(find(r, PACT_PLACE, "Salvador") == NULL);
  free_record(r);
}

/* The visit of the person named `who`, or NULL. */
static const PactEntity *
visit_by(const PactRecord *r, const char *who)
{
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *v = &r->entities[i];
    if (v->cls == PACT_VISIT && v->visitor >= 0 && strcmp(r->entities[v->visitor].name, who) == 0) {
      return v;
    }
  }
  return NULL;
}

/* "Le programme annoncé par New Delhi prévoyait une visite de courtoisie
 * au président de Zanzibar": the capital that announces is its
 * government, not where the call is paid (nor, then, a visit of the
 * Tanzanian host to India). */
static void
test_capital_as_agent(void)
{
  PactRecord *r = extract("date 2023-10-02 Visite\n\n"
                          "DAR ES SALAAM - Le chef de l'arm\xc3\xa9" "e de terre indienne, le g\xc3\xa9n\xc3\xa9ral Ravi Kumar, "
                          "est arriv\xc3\xa9 lundi en Tanzanie. Le programme annonc\xc3\xa9 par New Delhi pr\xc3\xa9voyait "
                          "une visite de courtoisie au pr\xc3\xa9sident tanzanien, Juma Hamisi.\n");
  const PactEntity *m = meeting_of(r, "Ravi Kumar", "Juma Hamisi");
  CHECK(m && m->place < 0);
  CHECK(visit_by(r, "Juma Hamisi") == NULL);
  CHECK(visit_by(r, "Ravi Kumar") != NULL);
  free_record(r);
}

/* The name right before the verb is its subject: "He was welcomed ...
 * by Major General Y, ..., and the two officers discussed cooperation
 * before Kurilla visited the command" is Kurilla's visit, not Y's. */
static void
test_subject_right_before_verb(void)
{
  PactRecord *r = extract("date 2024-05-23 Eager Lion\n\n"
                          "AMMAN - Jordanian and American troops wrapped up Eager Lion on Thursday.\n\n"
                          "During that edition the CENTCOM commander, General Michael Erik Kurilla, travelled to "
                          "Jordan. He was welcomed at Marka military airport in Amman by Major General Yousef Huneiti, "
                          "Chairman of the Joint Chiefs of Staff, and the two officers discussed military cooperation "
                          "before Kurilla visited the exercise's senior command.\n");
  const PactEntity *h = find(r, PACT_PERSON, "Yousef Huneiti");
  for (size_t i = 0; h && i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    CHECK(!(e->cls == PACT_VISIT && e->visitor == (int32_t)(h - r->entities)));
  }
  CHECK(h != NULL);
  free_record(r);
}

/* A description before the comma that precedes a rank and a name gives
 * the country of its demonym or of its institution: "the French commander
 * of the Indian Ocean maritime zone, Rear Admiral X", "the French Navy's
 * chief of staff, Admiral Y". */
static void
test_described_before_name(void)
{
  PactRecord *r = extract("date 2018-02-24 Drill\n\n"
                          "CAIRO - Egyptian and French warships wrapped up the Cleopatra naval exercise in the Red Sea "
                          "on Friday.\n\n"
                          "Lieutenant General Mohammed Farid Hegazy, Chief of Staff of the Egyptian Armed Forces, watched "
                          "the closing stage along with the commander of the Egyptian Navy, Vice Admiral Ahmed Khaled "
                          "Hassan Saeed, and the French commander of the Indian Ocean maritime zone, Rear Admiral Didier "
                          "Piaton.\n\n"
                          "It ended on the day the French Navy's chief of staff, Admiral Christophe Prazuck, and Vice "
                          "Admiral Hassan met aboard an Egyptian ship.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Didier Piaton");
  CHECK(p && strcmp(code_of(r, p->country), "FR") == 0);
  p = find(r, PACT_PERSON, "Christophe Prazuck");
  CHECK(p && strcmp(code_of(r, p->country), "FR") == 0);
  p = find(r, PACT_PERSON, "Ahmed Khaled Hassan Saeed");
  CHECK(p && strcmp(code_of(r, p->country), "EG") == 0);
  free_record(r);
}

/* A country a clause speaks about is no destination: "flew home on
 * Sunday after Iran's attack on Israel" is no trip to Iran or Israel. */
static void
test_country_spoken_about(void)
{
  PactRecord *r = extract("date 2024-04-16 Jets\n\n"
                          "SKRYDSTRUP - Argentina's Defence Minister Luis Petri signed a contract for 24 F-16 jets in "
                          "Denmark on Tuesday.\n\n"
                          "President Javier Milei had planned to fly to Copenhagen on Monday. He cut short an "
                          "international tour and flew home on Sunday after Iran's attack on Israel.\n");
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    CHECK(!(e->cls == PACT_VISIT && (strcmp(code_of(r, e->host), "IR") == 0 || strcmp(code_of(r, e->host), "IL") == 0)));
  }
  free_record(r);
}

/* "Last year's Cleopatra, the thirteenth, was held ...": an ordinal in
 * apposition after the named exercise's name tells that edition. */
static void
test_ordinal_after_name(void)
{
  PactRecord *r = extract("date 2018-02-24 Drill\n\n"
                          "CAIRO - Egyptian and French warships wrapped up the fourteenth edition of the Cleopatra naval "
                          "exercise on Friday.\n\n"
                          "Last year's Cleopatra, the thirteenth, was held from July 8 to 11, 2017 in the Red Sea.\n");
  CHECK(edition_of(r, 14) != NULL);
  CHECK(dated(edition_of(r, 13), "2017-07-08", "2017-07-11"));
  free_record(r);
}

/* An exercise's name alone as a sentence's subject speaks of that
 * exercise, as "The exercise" does: "Steppe Eagle-2026 opened on
 * Monday, June 8" gives its start (the story's "annual Steppe Eagle
 * exercise" is another name, so the dated name has only this sentence);
 * and a day after a verb of starting in a sentence of "The drills ..."
 * refines a start known only by its year. */
static void
test_exercise_named_alone(void)
{
  const PactEntity *e;
  PactRecord *r = extract("date 2026-06-20 Drill\n\n"
                          "ALMATY - Kazakh and Kyrgyz troops ended the Steppe Eagle-2026 exercise on Friday at the "
                          "Iliyskiy range.\n\n"
                          "Steppe Eagle-2026 opened at the range on Monday, June 8, after the Kyrgyz battalion crossed "
                          "the border.\n");
  e = find(r, PACT_EXERCISE, "Steppe Eagle-2026");
  CHECK(dated(e, "2026-06-08", "2026-06-19"));
  free_record(r);
  r = extract("date 2026-06-20 Drill\n\n"
              "BISHKEK - Kyrgyz and Tajik soldiers are taking part this year in the joint exercise Mountain Wolf, "
              "the defence ministry said.\n\n"
              "The drills got under way on Tuesday, June 16, near Osh.\n");
  CHECK(dated(find(r, PACT_EXERCISE, "Mountain Wolf"), "2026-06-16", NULL));
  free_record(r);
}

/* "X held talks with Y during his own official visit to Georgia": "own"
 * makes the visit the subject's, even after the story's visit of
 * another, which "his visit" alone would be. */
static void
test_own_visit(void)
{
  PactRecord *r = extract("date 2022-11-14 Visit\n\n"
                          "TBILISI - Azerbaijani Defence Minister Zakir Hasanov began an official visit to Georgia on "
                          "Monday at the invitation of Georgian Defence Minister Juansher Burchuladze.\n\n"
                          "On 28 September, Colonel General Karim Valiyev, Chief of the General Staff of the Azerbaijani "
                          "Army, held talks with Burchuladze during his own official visit to Georgia.\n");
  const PactEntity *v = visit_by(r, "Karim Valiyev");
  CHECK(v && v->start && strcmp(v->start, "2022-09-28") == 0);
  CHECK(visit_by(r, "Zakir Hasanov") != NULL);
  free_record(r);
}

/* "There he called on General X", "Sur place, il a rencontré": the
 * place of the sentence before (Amman) is where they met, so X is of
 * Jordan, and then whom X, from elsewhere, met in Rawalpindi is of
 * Pakistan (the story's host, Jordan, was the old guess). */
static void
test_there_is_the_place_before(void)
{
  PactRecord *r = extract("date 2025-10-27 Visit\n\n"
                          "AMMAN - Pakistan's Chief of Naval Staff, Admiral Tariq Hameed, held talks with King "
                          "Abdullah II on Monday as he paid an official visit to Jordan.\n\n"
                          "Earlier in the day the admiral was welcomed with a guard of honour at the General "
                          "Headquarters of the Jordan Armed Forces in Amman. There he called on Major General Omar "
                          "Al-Khalidi, Chairman of the Joint Chiefs of Staff.\n\n"
                          "In October 2018 Hameed's predecessor, Admiral Zafar Abbasi, spent three days in Jordan.\n\n"
                          "Al-Khalidi returned the gesture in January 2021, travelling to Rawalpindi, where he called "
                          "on Abbasi at Naval Headquarters and held separate talks at Joint Staff Headquarters with "
                          "General Bilal Qureshi, then Chairman of the Joint Chiefs of Staff Committee.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Bilal Qureshi");
  CHECK(p && strcmp(code_of(r, p->country), "PK") == 0);
  free_record(r);
}

/* "la signature, lundi à Tbilissi, du plan de coopération militaire":
 * a generic agreement word with a signing and a day of its own is its
 * own agreement, not the protocol the story's history tells paragraphs
 * later (which had taken its date). */
static void
test_generic_before_kind(void)
{
  PactRecord *r = extract("date 2022-11-15 Plan\n\n"
                          "TBILISSI - Le ministre azerba\xc3\xaf" "djanais de la D\xc3\xa9" "fense, Zakir Hassanov, est en "
                          "visite en G\xc3\xa9orgie depuis lundi. Premi\xc3\xa8re \xc3\xa9tape : la signature, lundi "
                          "\xc3\xa0 Tbilissi, du plan de coop\xc3\xa9ration militaire pour 2023 avec son homologue "
                          "g\xc3\xa9orgien, Juansher Burchuladze.\n\n"
                          "Les deux ministres ont parl\xc3\xa9 de s\xc3\xa9" "curit\xc3\xa9 r\xc3\xa9gionale.\n\n"
                          "Ils avaient retrouv\xc3\xa9 le ministre turc Hulusi Akar pour une "
                          "r\xc3\xa9union conclue par la signature d'un protocole.\n");
  CHECK(count_of(r, PACT_AGREEMENT) == 2);
  free_record(r);
}

/* "le président du comité des chefs d'état-major interarmées
 * pakistanais, le général X": the French title of a chairman of joint
 * chiefs (titles.tsv), whose demonym then gives X's country rather than
 * the story's host's. */
static void
test_joint_chiefs_title_fr(void)
{
  PactRecord *r = extract("date 2025-10-28 Visite\n\n"
                          "AMMAN - Le mar\xc3\xa9" "chal Asim Munir, chef de l'arm\xc3\xa9" "e pakistanaise, est en visite "
                          "en Jordanie.\n\n"
                          "Le g\xc3\xa9n\xc3\xa9ral al-Hneiti s'\xc3\xa9tait lui-m\xc3\xaame rendu au Pakistan en janvier "
                          "2021. \xc3\x80 Rawalpindi, il avait rencontr\xc3\xa9 le pr\xc3\xa9sident du comit\xc3\xa9 des "
                          "chefs d'\xc3\xa9tat-major interarm\xc3\xa9" "es pakistanais, le g\xc3\xa9n\xc3\xa9ral Nadeem "
                          "Raza.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Nadeem Raza");
  CHECK(p && strcmp(code_of(r, p->country), "PK") == 0);
  free_record(r);
}

/* "the frigate Admiral Essen", "la fr\xc3\xa9gate Amiral Makarov": a
 * ship named after someone, not a person (nor a visitor, nor one met). */
static void
test_ship_named_after_admiral(void)
{
  PactRecord *r = extract("date 2021-11-18 Drill\n\n"
                          "ALGIERS - Two Russian vessels, the frigate Admiral Essen and the patrol ship Vasily Bykov, "
                          "docked in Algiers on Friday for a joint naval exercise with the Algerian Navy.\n");
  CHECK(find(r, PACT_PERSON, "Essen") == NULL && find(r, PACT_PERSON, "Admiral Essen") == NULL);
  free_record(r);
  r = extract("date 2021-11-18 Exercice\n\n"
              "ALGER - La fr\xc3\xa9gate Amiral Makarov est arriv\xc3\xa9" "e vendredi \xc3\xa0 Alger pour un exercice "
              "naval conjoint avec la marine alg\xc3\xa9rienne.\n");
  CHECK(find(r, PACT_PERSON, NULL) == NULL);
  free_record(r);
}

/* "The Jamaica Defence Force (JDF) ... Rear Admiral X, Chief of Defence
 * Staff of the JDF": the capitals in brackets after an institution's
 * name are its acronym, so "of the JDF" tells X's country as "of the
 * Jamaica Defence Force" would. */
static void
test_acronym_of_institution(void)
{
  PactRecord *r = extract("date 2023-10-19 MoU\n\n"
                          "SANTO DOMINGO - The Jamaica Defence Force (JDF) and the Dominican Ministry of Defence "
                          "signed a memorandum of understanding on Tuesday.\n\n"
                          "It was signed by Rear Admiral Antonette Wemyss Gorman, Chief of Defence Staff of the JDF, "
                          "and the Dominican minister of defence, Lieutenant General Carlos D\xc3\xad" "az Morfa.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Antonette Wemyss Gorman");
  CHECK(p && strcmp(code_of(r, p->country), "JM") == 0);
  free_record(r);
}

/* "the first official visit that X has made to the Dominican Republic",
 * "the visit that President Y made to Georgia in October": the one named
 * in the relative clause right after the cue visits; and "his guest's
 * visit" is not the visit of the one who speaks of it. */
static void
test_visit_that_x_made(void)
{
  PactRecord *r = extract("date 2022-11-14 Visit\n\n"
                          "TBILISI - Prime Minister Irakli Garibashvili received the Azerbaijani defence minister on "
                          "Monday. The two men recalled the visit that President Ilham Aliyev of Azerbaijan made to "
                          "Georgia in October.\n");
  const PactEntity *v = visit_by(r, "Ilham Aliyev");
  CHECK(v && strcmp(code_of(r, v->host), "GE") == 0);
  CHECK(visit_by(r, "Irakli Garibashvili") == NULL);
  free_record(r);
  r = extract("date 2025-09-24 Visit\n\n"
              "YAOUNDE - Chad's Minister of the Armed Forces, General Issakha Djamous, is in Yaounde on a working "
              "visit. Cameroon's Minister of Defence, Joseph Beti Assomo, called the signing the high point of his "
              "guest's visit.\n");
  CHECK(visit_by(r, "Joseph Beti Assomo") == NULL);
  free_record(r);
}

/* "Díaz Morfa said", "the visit that Wemyss Gorman has made": two name
 * words that end one person's name (a double surname) are a mention of
 * that person, so the clause is hers. */
static void
test_double_surname_mention(void)
{
  PactRecord *r = extract("date 2023-10-19 MoU\n\n"
                          "SANTO DOMINGO - Rear Admiral Antonette Wemyss Gorman, Chief of Defence Staff of Jamaica, "
                          "arrived on Monday for a visit to the Dominican Republic, where the defence minister, "
                          "Lieutenant General Carlos Luciano D\xc3\xad" "az Morfa, welcomed her.\n\n"
                          "On Tuesday Wemyss Gorman held bilateral talks with D\xc3\xad" "az Morfa at the ministry.\n");
  CHECK(met(r, "Antonette Wemyss Gorman", "Carlos Luciano D\xc3\xad" "az Morfa", "2023-10-17"));
  free_record(r);
}

/* A day and month with no year, in a sentence that said "last year" or
 * "l'an dernier" before it, is of the year before the article's, even
 * when that day is later in the year than the article. */
static void
test_last_year_days(void)
{
  PactRecord *r = extract("date 2018-02-24 Exercice\n\n"
                          "LE CAIRE - Les marines \xc3\xa9gyptienne et fran\xc3\xa7" "aise ont achev\xc3\xa9 vendredi la "
                          "quatorzi\xc3\xa8me \xc3\xa9" "dition de l'exercice naval Cleopatra.\n\n"
                          "L'an dernier, la treizi\xc3\xa8me \xc3\xa9" "dition s'est tenue du 8 au 11 juillet en mer Rouge.\n");
  CHECK(dated(edition_of(r, 13), "2017-07-08", "2017-07-11"));
  free_record(r);
}

/* "The inaugural Desert Cyclone was held from ... to ...": "inaugural"
 * is the first edition, as "the first" is. */
static void
test_inaugural_edition(void)
{
  PactRecord *r = extract("date 2025-12-18 Drill\n\n"
                          "ABU DHABI - Soldiers of India and the UAE began the second edition of their joint exercise "
                          "Desert Cyclone on Thursday.\n\n"
                          "The inaugural Desert Cyclone was held from January 2 to January 15, 2024, in Rajasthan.\n");
  CHECK(dated(edition_of(r, 1), "2024-01-02", "2024-01-15"));
  free_record(r);
}

/* "round" tells an edition as "edition" does ("The previous round, the
 * 11th, took place ...", "The first round was held in 2010"), but not in
 * "the fifth round of talks". */
static void
test_round_is_edition(void)
{
  PactRecord *r = extract("date 2025-03-10 Drill\n\n"
                          "NEW DELHI - Special forces from India and Kyrgyzstan begin training on Monday as the 12th "
                          "edition of Exercise Khanjar gets under way.\n\n"
                          "The previous round, the 11th, took place from January 22 to February 3 last year in Bakloh. "
                          "The first round was held in 2011 at Nahan.\n");
  CHECK(dated(edition_of(r, 11), "2024-01-22", "2024-02-03"));
  CHECK(edition_of(r, 1) != NULL);
  free_record(r);

  r = extract("date 2025-03-10 Drill\n\n"
              "NEW DELHI - Special forces from India and Kyrgyzstan begin training on Monday as the 12th edition of "
              "Exercise Khanjar gets under way. Officials also held the fifth round of talks on training.\n");
  CHECK(edition_of(r, 5) == NULL);
  free_record(r);
}

/* "their joint "Falcon Claws" exercise": a quoted name right before the
 * cue names the exercise, and "Its second edition", "Falcon Claws 3" are
 * then editions of that series. */
static void
test_quoted_name_before_cue(void)
{
  PactRecord *r = extract("date 2021-06-29 Drill\n\n"
                          "RIYADH - Saudi and American troops wrapped up the fourth edition of their joint \"Falcon "
                          "Claws\" exercise on Monday.\n\n"
                          "The series has gathered pace. Its second edition opened in the same region on December 8, "
                          "2020; Falcon Claws 3 followed in March.\n");
  const PactEntity *e = edition_of(r, 4);
  CHECK(e && e->name && strcmp(e->name, "Falcon Claws") == 0);
  e = edition_of(r, 2);
  CHECK(e && e->name && strcmp(e->name, "Falcon Claws") == 0 && dated(e, "2020-12-08", NULL));
  free_record(r);
}

/* Whom someone succeeded or replaced held the post before them, in their
 * country: "She succeeded Major General X", "il a remplac\xc3\xa9 le g\xc3\xa9n\xc3\xa9ral Y". */
static void
test_succeeded_country(void)
{
  PactRecord *r = extract("date 2019-04-17 Visit\n\n"
                          "SKOPJE - Major General Alenka Ermenc, Chief of the General Staff of the Slovenian Armed "
                          "Forces, wrapped up a two-day visit to North Macedonia on Wednesday.\n\n"
                          "She succeeded Major General Alan Geder, who had held the post for nine months.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Alan Geder");
  CHECK(p && strcmp(code_of(r, p->country), "SI") == 0);
  free_record(r);
}

/* An embassy's second is a titled person: "the Minister Plenipotentiary,
 * X", "la ministre pl\xc3\xa9nipotentiaire X". */
static void
test_envoy_titles(void)
{
  PactRecord *r = extract("date 2019-04-17 Visit\n\n"
                          "SKOPJE - The general first stopped at the Slovenian Embassy, where she met the Minister "
                          "Plenipotentiary, Ursula Potocnik.\n");
  CHECK(find(r, PACT_PERSON, "Ursula Potocnik") != NULL);
  free_record(r);

  r = extract("date 2019-04-18 Visite\n\n"
              "SKOPJE - Elle s'est rendue \xc3\xa0 l'ambassade de Slov\xc3\xa9nie pour s'entretenir avec la ministre "
              "pl\xc3\xa9nipotentiaire Ursula Potocnik.\n");
  CHECK(find(r, PACT_PERSON, "Ursula Potocnik") != NULL);
  free_record(r);
}

/* French gives women's ranks and roles in the feminine: "la cheffe
 * d'\xc3\xa9tat-major ..., la g\xc3\xa9n\xc3\xa9rale de division X" is a titled person of
 * the demonym's country; "before sitting down with Y" is a meeting as
 * "sat down with" is. */
static void
test_feminine_titles(void)
{
  PactRecord *r = extract("date 2019-04-18 Visite\n\n"
                          "SKOPJE - La cheffe d'\xc3\xa9tat-major g\xc3\xa9n\xc3\xa9ral des forces arm\xc3\xa9" "es slov\xc3\xa8nes, "
                          "la g\xc3\xa9n\xc3\xa9rale de division Alenka Ermenc, a achev\xc3\xa9 mercredi une visite en "
                          "Mac\xc3\xa9" "doine du Nord.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Alenka Ermenc");
  CHECK(p && strcmp(code_of(r, p->country), "SI") == 0);
  free_record(r);

  r = extract("date 2019-04-17 Visit\n\n"
              "SKOPJE - Slovenian Major General Alenka Ermenc reviewed a guard of honour on Wednesday before sitting "
              "down with Macedonian Lieutenant General Vasko Gjurchinovski.\n");
  CHECK(meeting_of(r, "Alenka Ermenc", "Vasko Gjurchinovski") != NULL);
  free_record(r);
}

/* "a delegation led by General X came to the Azerbaijani capital" is a
 * trip; "since President Y came to power in 2009" is neither a trip nor a
 * date of the visit its sentence tells, and "a visit by a Gabonese
 * minister since Y came to power" is no visit of Y's. */
static void
test_came_to(void)
{
  PactRecord *r = extract(
    "date 2021-06-04 Dialogue\n\n"
    "The previous round was held in Baku on November 5-7, 2019, when a Turkish delegation led by Corps General "
    "Metin Gurak came to the Azerbaijani capital.\n");
  const PactEntity *v = find(r, PACT_VISIT, NULL);
  CHECK(dated(v, "2019-11-05", "2019-11-07"));
  free_record(r);

  r = extract("date 2017-11-08 Visit\n\n"
              "YAOUNDE - Gabon's defence minister Paul Mba Obame arrived in Yaounde on Monday. It was the first visit "
              "to Cameroon by a Gabonese defence minister since President Ali Bongo Ondimba came to power in 2009.\n");
  size_t visits = 0;
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    visits += e->cls == PACT_VISIT;
    CHECK(!(e->cls == PACT_VISIT && e->start && strcmp(e->start, "2009") == 0));
  }
  CHECK(visits == 1);
  free_record(r);

  /* "went to Cairo" is a trip, as "came to" is; "the contract went to a
   * Korean firm" and "went to great lengths" are not */
  r = extract("date 2025-06-01 Ties\n\n"
              "In December 2018, then defence minister Nikos Pappas, accompanied by the chief of the general "
              "staff, Admiral Petros Lykos, went to Cairo for a defence exhibition. The contract went to a "
              "Korean firm. General Omar Haddad went to great lengths to explain it.\n");
  v = visit_by(r, "Nikos Pappas");
  CHECK(v && dated(v, "2018-12", NULL));
  visits = 0;
  for (size_t i = 0; i < r->n_entities; i++) {
    visits += r->entities[i].cls == PACT_VISIT;
  }
  CHECK(visits == 1);
  free_record(r);
}

/* A visit's days from a sentence with no word of a visit, whose subject
 * is the visitor's delegation: "The Ghanaian delegation arrived on Monday
 * for a 72-hour stay that ends today" (the arrival comes before the day
 * the lead told in passing); and the visitor of a verb after someone
 * named in a clause of their own ("where the late President X is
 * buried, and visited", "Y, who gave him a presentation, and he toured")
 * is the subject, not them. */
static void
test_delegation_days_and_relatives(void)
{
  PactRecord *r = extract(
    "date 2024-11-07 Ghana and Kenya sign defence pact\n\n"
    "NAIROBI - Ghana and Kenya signed a defence cooperation agreement on Wednesday, the centrepiece of a "
    "working visit to Nairobi by Ghana's Minister of Defence, Kwame Asante.\n\n"
    "The Ghanaian delegation arrived on Monday for a 72-hour stay that ends today.\n\n"
    "Asante held talks with the Minister of State for Production, Peter Kamau, who gave him a presentation, and "
    "he toured a factory. He also paid tribute at the memorial, where the late President Daniel Moi is buried, "
    "and visited the Staff College.\n");
  const PactEntity *v = visit_by(r, "Kwame Asante");

  CHECK(v && v->start && strcmp(v->start, "2024-11-04") == 0);
  CHECK(v && v->end && strcmp(v->end, "2024-11-07") == 0);
  CHECK(visit_by(r, "Peter Kamau") == NULL);
  CHECK(visit_by(r, "Daniel Moi") == NULL);
  free_record(r);
}

/* A French compound tense with an adverb inside: "a également été
 * reçu mercredi par le général Y", "avait alors reçu le contre-amiral Y"
 * (the bare participle is the cue, as "entretenu" is). */
static void
test_received_with_adverb(void)
{
  PactRecord *r = extract(
    "date 2024-04-04 Le chef de la marine ghanéenne en visite au Kenya\n\n"
    "NAIROBI - Le chef de la marine ghanéenne, le vice-amiral Kofi Mensah, est arrivé mardi au Kenya pour une "
    "visite officielle. Le vice-amiral Mensah a également été reçu mercredi par le chef d'état-major de la "
    "défense, le général Peter Kamau.\n");

  CHECK(met(r, "Kofi Mensah", "Peter Kamau", "2024-04-03"));
  free_record(r);
}

/* "held separate talks with X and with Y" is one meeting with each, not
 * one of the three; "received his guest on the instructions of King Z":
 * Z sent, and met no one. */
static void
test_separate_talks_and_instructions(void)
{
  PactRecord *r = extract(
    "date 2022-06-12 Talks in Singapore\n\n"
    "SINGAPORE - Ghana's Defence Minister Kwame Asante met his Kenyan counterpart Peter Kamau on Sunday. "
    "Asante, who is also in Singapore for the dialogue, held separate talks with Nigeria's Defence Minister "
    "Musa Bello and with Togo's Defence Minister Koffi Agbo.\n\n"
    "Kamau received his guest on the instructions of President Daniel Moi.\n");

  CHECK(met(r, "Kwame Asante", "Musa Bello", NULL));
  CHECK(met(r, "Kwame Asante", "Koffi Agbo", NULL));
  CHECK(!met(r, "Peter Kamau", "Daniel Moi", NULL));
  free_record(r);
}

/* "welcomed at the Ulinzi-Kamau headquarters": a word glued by a hyphen
 * to a capitalised word not of the person's name is part of another name,
 * not a mention of Kamau ("Kosiniak-Kamysz" stays one). */
static void
test_hyphenated_other_name(void)
{
  PactRecord *r = extract(
    "date 2024-09-25 Ghana's army chief in Kenya\n\n"
    "NAIROBI - Kenya's Chief of Defence Forces, General Peter Kamau, hosted Ghana's Chief of Defence Staff, "
    "General Kofi Mensah, on Wednesday. Mensah and his delegation arrived on Tuesday and were welcomed with "
    "military honours at the Ulinzi-Kamau headquarters in Nairobi.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Peter Kamau");

  CHECK(p && p->n_mentions == 1);
  free_record(r);
}

/* Plans, contracts and joint declarations are signed too: "signed an
 * action plan for 2020", "un plan d'action", "signed a contract ... for
 * six patrol boats", "une déclaration conjointe" are agreements of the
 * story. */
static void
test_plans_are_agreements(void)
{
  static const char *const texts[] = {
    "date 2019-11-08 Dialogue\n\nNAIROBI - Kenya and Ghana concluded their military dialogue in Nairobi on "
    "Thursday. At its close, the two chiefs of staff signed an action plan for 2020.\n",
    "date 2019-11-08 Dialogue\n\nNAIROBI - Le Kenya et le Ghana ont sign\xc3\xa9 jeudi \xc3\xa0 Nairobi un plan "
    "d'action pour 2020.\n",
    "date 2019-11-08 Deal\n\nNAIROBI - Kenya signed a contract worth about 50 million dollars on Thursday for six "
    "patrol boats from Ghana's state shipyard, at a ceremony watched by the defence ministers of both countries.\n",
    "date 2019-11-08 Visite\n\nNAIROBI - Le ministre kenyan de la D\xc3\xa9" "fense et son homologue ghan\xc3\xa9" "en ont "
    "sign\xc3\xa9 jeudi \xc3\xa0 Nairobi une d\xc3\xa9" "claration conjointe sur la formation militaire.\n",
  };

  for (size_t k = 0; k < 4; k++) {
    PactRecord *r = extract(texts[k]);
    const PactEntity *a = NULL;
    for (size_t i = 0; i < r->n_entities; i++) {
      a = r->entities[i].cls == PACT_AGREEMENT ? &r->entities[i] : a;
    }
    CHECK(a && a->date && strcmp(a->date, "2019-11-07") == 0);
    free_record(r);
  }
}

/* Visits of others than the sentence's subject: "met three visiting
 * counterparts" is no trip of the host (so a counterpart met at the fair
 * is the one visiting the dateline's country); one of a
 * third country goes where the story's visit goes; "X's predecessor, Y"
 * is of X's country and "a similar trip", "lui aussi fait le
 * déplacement" is Y's own; no one visits their own country. */
static void
test_visits_of_others(void)
{
  PactRecord *r = extract(
    "date 2025-03-05 Talks\n\n"
    "ACCRA, March 5 - Ghana's Defence Minister Kwame Boateng met three visiting counterparts on Tuesday "
    "at a defence fair.\n\n"
    "Boateng's first meeting was with Lars Eriksen, Denmark's Minister of Defence.\n");
  const PactEntity *v = visit_by(r, "Lars Eriksen");
  size_t visits = 0;
  CHECK(!visit_by(r, "Kwame Boateng"));
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    visits += e->cls == PACT_VISIT && e->visitor == (v ? v->visitor : -2) && e->start &&
              strncmp(e->start, "2025-03", 7) == 0 && strcmp(code_of(r, e->host), "GH") == 0;
  }
  CHECK(visits == 1);
  free_record(r);

  r = extract("date 2024-08-02 Visit\n\n"
              "LUSAKA - Kenya's army chief, General Peter Otieno, is in Zambia this week on a five-day official visit.\n\n"
              "Kenya and Kenyan industry hope to sell Kenya-made vehicles.\n\n"
              "In May, Brazil's army commander, General Paulo Souza, was hosted by the Zambia Army and toured its "
              "bases.\n\n"
              "Otieno's predecessor, General Samuel Kiprop, made a similar trip in October 2019.\n");
  v = visit_by(r, "Paulo Souza");
  CHECK(v && strcmp(code_of(r, v->host), "ZM") == 0);
  v = visit_by(r, "Samuel Kiprop");
  CHECK(v && strcmp(code_of(r, v->host), "ZM") == 0 && v->start && strcmp(v->start, "2019-10") == 0);
  free_record(r);

  r = extract("date 2024-07-31 Visite\n\n"
              "Le g\xc3\xa9n\xc3\xa9ral Peter Otieno, chef de l'arm\xc3\xa9" "e de terre kényane, effectue depuis lundi une "
              "visite officielle en Zambie.\n\n"
              "Arriv\xc3\xa9 \xc3\xa0 bord d'un avion de la Kenya Air Force, l'officier a \xc3\xa9t\xc3\xa9 accueilli \xc3\xa0 "
              "Lusaka.\n\n"
              "Le pr\xc3\xa9" "d\xc3\xa9" "cesseur de M. Otieno, le g\xc3\xa9n\xc3\xa9ral Samuel Kiprop, avait lui aussi fait "
              "le d\xc3\xa9placement en octobre 2019.\n");
  v = visit_by(r, "Samuel Kiprop");
  CHECK(v && strcmp(code_of(r, v->host), "ZM") == 0 && v->start && strcmp(v->start, "2019-10") == 0);
  visits = 0;
  for (size_t i = 0; i < r->n_entities; i++) {
    visits += r->entities[i].cls == PACT_VISIT;
  }
  CHECK(visits == 2);
  free_record(r);
}

/* "X touched down on Monday", "X is due to fly home on Saturday": a
 * sentence with no word of a visit whose subject is the visitor dates the
 * arrival (over a start known only to the week) and the departure; an
 * arrival of another time does not. */
static void
test_arrival_told(void)
{
  PactRecord *r = extract("date 2024-08-02 Visit\n\n"
                          "LUSAKA - Kenya's army chief, General Peter Otieno, is in Zambia this week on an official "
                          "visit.\n\n"
                          "Otieno and his delegation touched down on Monday at Lusaka airport. Otieno is due to fly "
                          "home on Saturday.\n\n"
                          "He first landed in Zambia on March 3, 2015, as a young captain.\n");
  const PactEntity *v = visit_by(r, "Peter Otieno");

  CHECK(v && dated(v, "2024-07-29", "2024-08-03"));
  free_record(r);
  r = extract("date 2024-08-02 Visite\n\n"
              "LUSAKA - Le g\xc3\xa9n\xc3\xa9ral Peter Otieno, chef de l'arm\xc3\xa9" "e k\xc3\xa9nyane, effectue depuis lundi "
              "une visite officielle en Zambie. Le g\xc3\xa9n\xc3\xa9ral Otieno repartira samedi.\n");
  v = visit_by(r, "Peter Otieno");
  CHECK(v && dated(v, "2024-07-29", "2024-08-03"));
  free_record(r);
}

/* "s'était rendu en Afrique du Sud du 24 au 28 juillet 2022": the
 * pluperfect of "se rendre" tells a trip of the story's history. */
static void
test_pluperfect_trip(void)
{
  PactRecord *r = extract("date 2024-07-31 Visite\n\n"
                          "Quelques mois plus tard, du 24 au 28 juillet 2022, le g\xc3\xa9n\xc3\xa9ral Samuel Kiprop, "
                          "chef d'\xc3\xa9tat-major kényan, s'\xc3\xa9tait rendu en Zambie.\n");
  const PactEntity *v = visit_by(r, "Samuel Kiprop");

  CHECK(v && strcmp(code_of(r, v->host), "ZM") == 0 && dated(v, "2022-07-24", "2022-07-28"));
  free_record(r);
}

/* "Khalid bin Salman" is Salman's son: "King Salman" later in the story is
 * "Salman bin Abdulaziz", named by his first word, not the son. */
static void
test_nasab_names(void)
{
  PactRecord *r = extract("date 2026-02-08 Talks\n\n"
                          "DOHA - Kenya's Defence Minister Peter Otieno met his Qatari counterpart, Sheikh Faisal bin "
                          "Nasser Al Thani, on Sunday, under the patronage of Emir Nasser bin Hamad Al Thani.\n\n"
                          "During Emir Nasser's state visit to Kenya, which ended on March 1, 2017, the two "
                          "governments agreed to cooperate.\n");
  const PactEntity *v = visit_by(r, "Nasser bin Hamad Al Thani");

  CHECK(v && strcmp(code_of(r, v->host), "KE") == 0 && !visit_by(r, "Faisal bin Nasser Al Thani"));
  free_record(r);
}

/* "Chang'anamuno": an apostrophe inside a name word, small letters after
 * it, is one word of the name, told alone too; not the "s" of "Singh's". */
static void
test_apostrophe_names(void)
{
  PactRecord *r = extract("date 2025-02-12 Talks\n\n"
                          "Singh then received Monica Chang'anamuno, Malawi's Minister of Defence. Chang'anamuno "
                          "thanked Singh's team.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Monica Chang'anamuno");
  int whole = 0;

  for (size_t i = 0; p && i < p->variants.n; i++) {
    whole |= strcmp(p->variants.v[i], "Chang'anamuno") == 0;
    CHECK(strcmp(p->variants.v[i], "Chang") != 0);
  }
  CHECK(p && whole);
  free_record(r);
}

/* "Otieno's predecessor, General Y, made a similar trip ... He held talks
 * with Z": "he" is Y, the apposition, not the possessor; "Le prédécesseur
 * de M. Otieno, le général Y, ... Il s'était entretenu le 24 octobre avec
 * Z": Y again, and the day is of the month and year the sentence before
 * told ("en octobre 2019"), not of the article's year. */
static void
test_apposed_subject(void)
{
  PactRecord *r = extract("date 2024-08-02 Visit\n\n"
                          "LUSAKA - Kenya's army chief, General Peter Otieno, is in Zambia this week.\n\n"
                          "Otieno's predecessor, General Samuel Kiprop, made a similar trip in October 2019. A guard "
                          "of honour greeted him on October 24 of that year, after which he held talks with the then "
                          "army commander, Lieutenant General Moses Banda.\n");

  CHECK(met(r, "Samuel Kiprop", "Moses Banda", "2019-10-24"));
  free_record(r);
  r = extract("date 2024-07-31 Visite\n\n"
              "Le g\xc3\xa9n\xc3\xa9ral Peter Otieno, chef de l'arm\xc3\xa9" "e de terre k\xc3\xa9nyane, effectue depuis lundi "
              "une visite officielle en Zambie.\n\n"
              "Le pr\xc3\xa9" "d\xc3\xa9" "cesseur de M. Otieno, le g\xc3\xa9n\xc3\xa9ral Samuel Kiprop, avait lui aussi fait "
              "le d\xc3\xa9placement en octobre 2019. Il s'\xc3\xa9tait entretenu le 24 octobre avec le g\xc3\xa9n\xc3\xa9ral "
              "Moses Banda, alors commandant de l'arm\xc3\xa9" "e zambienne.\n");
  CHECK(met(r, "Samuel Kiprop", "Moses Banda", "2019-10-24"));
  free_record(r);
}

/* Editions told beside the story's: "Last year's edition, the 14th, was
 * held from ..." (the ordinal in apposition); "The series was launched in
 * 2004" (the first, with its year), which "their first joint drills"
 * told without the name is too; "the fourth time the drill had been
 * staged at X" counts times, it is no edition. */
static void
test_edition_apposition(void)
{
  PactRecord *r = extract(
    "date 2019-09-06 Drill\n\n"
    "Kenyan and Zambian troops launched the 15th edition of exercise Tembo Shield on Thursday.\n\n"
    "Otieno said the two forces had come a long way since their first joint drills. The series was launched in "
    "2004. Last year's edition, the 14th, was held from September 16 to 29, 2018 at Kabwe. It was the fourth "
    "time the drill had been staged at Kabwe.\n");
  const PactEntity *fourteenth = edition_of(r, 14);
  const PactEntity *first = edition_of(r, 1);
  size_t exercises = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    exercises += r->entities[i].cls == PACT_EXERCISE;
  }
  CHECK(exercises == 3 && !edition_of(r, 4));
  CHECK(fourteenth && dated(fourteenth, "2018-09-16", "2018-09-29"));
  CHECK(first && first->start && strcmp(first->start, "2004") == 0);
  free_record(r);
}

/* "Two documents were signed: a memorandum of understanding on X and an
 * agreement under which ...": two agreements, the second signed with the
 * first. */
static void
test_listed_agreements(void)
{
  PactRecord *r = extract("date 2019-09-06 Visit\n\n"
                          "LUSAKA - Kenya and Zambia signed a naval pact on Thursday.\n\n"
                          "Two documents were signed on Thursday after the talks: a memorandum of understanding on "
                          "defence education and an agreement under which the two navies will support each other.\n");
  size_t signed_ = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    signed_ += e->cls == PACT_AGREEMENT && e->status && strcmp(e->status, "signed") == 0 && e->date &&
               strcmp(e->date, "2019-09-05") == 0;
  }
  CHECK(signed_ == 2);
  free_record(r);
}

/* "a ceremony in Baturaja, South Sumatra, that both sides billed as the
 * start of the largest iteration of the drills": a relative clause, not
 * an apposition that names the exercise ("X, the latest round of"). */
static void
test_relative_not_name(void)
{
  PactRecord *r = extract("date 2021-08-04 Drill\n\n"
                          "Kenyan and Zambian soldiers launched the 15th edition of their Tembo Shield exercise on "
                          "Wednesday, with a ceremony in Kabwe, Central Province, that both sides billed as the start "
                          "of the largest iteration of the drills so far.\n");

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    CHECK(e->cls != PACT_EXERCISE || (e->name && strcmp(e->name, "Tembo Shield") == 0));
  }
  free_record(r);
}

/* "The drill, known as Mombasa 4, had opened on October 10": a city's
 * name with the edition's number after a naming word names the exercise,
 * edition 4, the one "the fourth edition of their joint exercise" told. */
static void
test_known_as(void)
{
  PactRecord *r = extract("date 2018-10-20 Drill\n\n"
                          "NAIROBI - Kenyan and Tanzanian units brought the fourth edition of their joint exercise to "
                          "a close on Friday.\n\n"
                          "The drill, known as Mombasa 4, had opened on October 10 near Voi.\n");
  const PactEntity *x = edition_of(r, 4);
  size_t exercises = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    exercises += r->entities[i].cls == PACT_EXERCISE;
  }
  CHECK(exercises == 1 && x && x->name && strcmp(x->name, "Mombasa") == 0 && dated(x, "2018-10-10", "2018-10-19"));
  free_record(r);
}

/* "The visit comes two weeks after officers from both armies met in Voi":
 * "two" counts weeks, and the officers are no one the story names; "the
 * two ministers" still are its two people. */
static void
test_two_weeks_after(void)
{
  PactRecord *r = extract("date 2024-09-25 Visit\n\n"
                          "DAKAR - Kenya's army chief, General Peter Otieno, met Senegal's Minister of the Armed Forces, "
                          "Birame Ndiaye, on Tuesday.\n\n"
                          "The visit comes less than two weeks after officers from both armies met in Thies on "
                          "September 13 to plan joint patrols.\n");
  size_t meetings = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    meetings += r->entities[i].cls == PACT_MEETING;
  }
  CHECK(meetings == 1 && met(r, "Peter Otieno", "Birame Ndiaye", "2024-09-24"));
  free_record(r);
}

/* "The Kenyan minister is a frequent visitor to Lusaka. He was last
 * received by Banda on May 23 last year": a sentence whose subject
 * describes someone ("his visiting Kenyan counterpart, General X", a
 * minister's counterpart) names no one but tells who "he" is; "At that
 * meeting both sides praised ... President Y's campaign" is the meeting
 * told last, not one of Y. */
static void
test_described_subject_before(void)
{
  PactRecord *r = extract(
    "date 2023-02-20 Talks\n\n"
    "LUSAKA - General Moses Banda, Zambia's Minister of Defence, hosted a welcome ceremony for his visiting Kenyan "
    "counterpart, General Peter Otieno, on Sunday. The day before, Otieno had been received by Prime Minister "
    "Joseph Mwale. Mwale told his guest that defence would remain a pillar of relations.\n\n"
    "The Kenyan minister is a frequent visitor to Lusaka. He was last received by Banda on May 23 last year. At "
    "that meeting both sides praised the plan and prepared events for President William Kamau's anniversary.\n");
  size_t meetings = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    meetings += r->entities[i].cls == PACT_MEETING;
  }
  CHECK(met(r, "Moses Banda", "Peter Otieno", "2022-05-23"));
  CHECK(meetings == 3);
  free_record(r);
}

/* "... during Otieno's flying visit" in the headline, dated nowhere else:
 * the visit is of the day the lead tells. */
static void
test_headline_visit(void)
{
  PactRecord *r = extract("date 2024-04-23 Kenya and Zambia sign a cooperation plan during Otieno's flying visit\n\n"
                          "LUSAKA, April 23 - Kenyan Defence Minister Peter Otieno and his Zambian counterpart, Moses "
                          "Banda, signed a defence cooperation plan for 2024 in Lusaka on Tuesday.\n");
  const PactEntity *v = visit_by(r, "Peter Otieno");

  CHECK(v && v->start && strcmp(v->start, "2024-04-23") == 0);
  free_record(r);
}

/* "JAKARTA - X held talks in Washington with Y": the meeting is where its
 * clause says, after the cue, not in the dateline's city; so X visits the
 * United States, Y does not visit Indonesia. */
static void
test_meeting_place_after_cue(void)
{
  PactRecord *r = extract("date 2021-08-04 Talks\n\n"
                          "JAKARTA - Indonesian Foreign Minister Retno Marsudi held talks in Washington with U.S. "
                          "Secretary of State Antony Blinken on Tuesday.\n");
  const PactEntity *v = visit_by(r, "Retno Marsudi");

  CHECK(v && strcmp(code_of(r, v->host), "US") == 0 && !visit_by(r, "Antony Blinken"));
  free_record(r);
}

/* "received by Rear Admiral A before calling on his counterpart, Admiral
 * B. The two admirals discussed...": the two are of two sides, the
 * visitor and B, not the last two named (A and B, both hosts). */
static void
test_two_of_two_sides(void)
{
  PactRecord *r = extract("date 2024-07-04 Navy chief\n\n"
                          "Admiral Tomas Verlaine, Chile's Chief of the Naval Staff, is on an official visit to "
                          "Peru.\n\n"
                          "On Monday he was received at Naval Headquarters in Callao by Rear Admiral Jorge Quispe "
                          "Huaman, Peru's Assistant Chief of Naval Staff, and inspected a guard of honour before "
                          "calling on his Peruvian counterpart, Admiral Luis Mendoza Rojas. The two admirals "
                          "discussed ways to build on the ties between their navies.\n");

  CHECK(met(r, "Tomas Verlaine", "Luis Mendoza Rojas", "2024-07-01"));
  CHECK(!met(r, "Jorge Quispe Huaman", "Luis Mendoza Rojas", NULL));
  free_record(r);
}

/* "« Chergui 2022 », un exercice interarmées": a quoted name with its
 * year before the apposed noun; "la quatorzième édition de cet
 * entraînement" is that exercise's edition; "Décidées par le roi, ces
 * manœuvres se déroulent du 1er au 25 mars" its days, the whole of which
 * holds the Monday told first. */
static void
test_exercise_quoted_before_noun(void)
{
  PactRecord *r = extract("date 2022-03-22 Manoeuvres\n\n"
                          "Les forces armées du Gabon et l'armée belge conduisent \xc2\xab Mayumba 2022 \xc2\xbb, un "
                          "exercice interarm\xc3\xa9" "es a\xc3\xa9roterrestre, ouvert lundi.\n\n"
                          "D\xc3\xa9" "cid\xc3\xa9" "es par le pr\xc3\xa9sident, ces man\xc5\x93uvres se d\xc3\xa9roulent du "
                          "1er au 25 mars dans la r\xc3\xa9gion de Franceville. Il s'agit de la quatorzi\xc3\xa8me "
                          "\xc3\xa9" "dition de cet entra\xc3\xaenement.\n");
  const PactEntity *x = find(r, PACT_EXERCISE, "Mayumba");

  CHECK(x && x->edition == 14 && dated(x, "2022-03-01", "2022-03-25"));
  free_record(r);
}

/* "In Lahore, Ulugetenne addressed...": a preposition capitalised at the
 * start of a sentence opens no name ("In Lahore" is no one), so the
 * sentence's subject is the one who calls on the hosts. */
static void
test_preposition_opens_no_name(void)
{
  PactRecord *r = extract("date 2022-02-27 Navy chief\n\n"
                          "Vice Admiral Tomas Verlaine, the Commander of the Chilean Navy, ended a visit to Peru on "
                          "Saturday.\n\n"
                          "In Arequipa, Verlaine called on General Luis Mendoza Rojas on Tuesday. At Callao, he met "
                          "Admiral Jorge Quispe Huaman.\n");

  CHECK(!find(r, PACT_PERSON, "In Arequipa") && !find(r, PACT_PERSON, "At Callao"));
  CHECK(met(r, "Tomas Verlaine", "Luis Mendoza Rojas", "2022-02-22"));
  free_record(r);
}

/* "Tiger Lightning-3 was staged at Rajendrapur from March 19 to 31 last
 * year": the story's exercise's name with another number, though no word
 * of an exercise is near, is that other edition; "It is due to wrap up on
 * March 12", after a sentence that told the exercise, gives its end. */
static void
test_exercise_named_number(void)
{
  PactRecord *r = extract("date 2023-03-05 Drill\n\n"
                          "The Ghanaian and Brazilian armies on Sunday opened Exercise Gold Canopy-4, a bilateral "
                          "peacekeeping drill, at Bundase.\n\n"
                          "The exercise got under way on February 26 with a preparatory phase. It is due to wrap up "
                          "on March 12.\n\n"
                          "Gold Canopy-3 was staged at Bundase from March 19 to 31 last year.\n");

  CHECK(dated(edition_of(r, 4), "2023-02-26", "2023-03-12"));
  CHECK(dated(edition_of(r, 3), "2022-03-19", "2022-03-31"));
  free_record(r);
}

/* Two agreements in one story. "The document was signed in Abu Dhabi by
 * X and Y" names no agreement: it speaks of the one told last before
 * (the memorandum), not of none. "In January, Y also signed a military
 * cooperation agreement with the United States": one country told, and
 * the signer's country is the other party. "A second MOU" is another
 * agreement, not the one told before. */
static void
test_two_agreements_signers(void)
{
  PactRecord *r = extract("date 2025-10-15 MoU\n\n"
                          "ABU DHABI, Oct 15 - Qatar and Ghana on Wednesday signed a memorandum of understanding "
                          "on defence cooperation.\n\n"
                          "The document was signed in Doha by Khalid Al Attiyah, Qatar's Minister of State for "
                          "Defence Affairs, and Kwame Mensah, Ghana's Minister of Defence, who is in Qatar on an "
                          "official visit.\n\n"
                          "In January, Mensah also signed a military cooperation agreement with the United "
                          "States.\n");
  const PactEntity *mou = NULL;
  const PactEntity *us = NULL;

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    if (e->cls == PACT_AGREEMENT && e->date && strcmp(e->date, "2025-10-15") == 0) {
      mou = e;
    } else if (e->cls == PACT_AGREEMENT) {
      us = e;
    }
  }
  CHECK(mou && mou->signatories.n == 2);
  CHECK(us && us->parties.n == 2 &&
        ((strcmp(code_of(r, us->parties.v[0]), "GH") == 0 && strcmp(code_of(r, us->parties.v[1]), "US") == 0) ||
         (strcmp(code_of(r, us->parties.v[0]), "US") == 0 && strcmp(code_of(r, us->parties.v[1]), "GH") == 0)));
  free_record(r);
  r = extract("date 2022-06-11 MoU\n\n"
              "SINGAPORE - Singapore and South Korea on Friday signed an enhanced memorandum of understanding on "
              "defence cooperation.\n\n"
              "The two ministers also witnessed the signing of a second MOU on Friday, between two media "
              "agencies of the two countries.\n");
  CHECK(count_of(r, PACT_AGREEMENT) == 2);
  free_record(r);
}

/* "Il a par ailleurs rendu une visite de courtoisie au président de la
 * République, Arif Alvi": a courtesy visit to a person is a meeting with
 * that person (the English "courtesy call on" already was). */
static void
test_courtesy_visit_to_person(void)
{
  PactRecord *r = extract("date 2022-02-28 Visite\n\n"
                          "Le vice-amiral Tomas Verlaine, commandant de la marine chilienne, est en visite au "
                          "P\xc3\xa9rou. Il a par ailleurs rendu une visite de courtoisie au pr\xc3\xa9sident de la "
                          "R\xc3\xa9publique, Luis Mendoza Rojas.\n");

  CHECK(met(r, "Tomas Verlaine", "Luis Mendoza Rojas", NULL));
  free_record(r);
}

/* "avait passé cinq jours au Sri Lanka", "spent five days in Ghana": a
 * stay of a told length in a country is a visit; "l'an passé" and money
 * "spent in Ghana" are none. */
static void
test_stay_is_visit(void)
{
  PactRecord *r = extract("date 2022-02-28 Visite\n\n"
                          "En juin 2017, l'amiral Tomas Verlaine, alors chef d'\xc3\xa9tat-major de la marine "
                          "chilienne, avait pass\xc3\xa9 cinq jours au P\xc3\xa9rou.\n");
  const PactEntity *v = visit_by(r, "Tomas Verlaine");

  CHECK(v && strcmp(code_of(r, v->host), "PE") == 0 && dated(v, "2017-06", NULL));
  free_record(r);
  r = extract("date 2022-02-28 Visit\n\n"
              "In June 2017, Chile's navy chief, Admiral Tomas Verlaine, spent five days in Peru.\n\n"
              "Chile's defence minister, Luis Mendoza Rojas, said the money spent in Peru was well used.\n");
  CHECK(visit_by(r, "Tomas Verlaine") && !visit_by(r, "Luis Mendoza Rojas"));
  free_record(r);
}

/* "In 2013, Vice Admiral X held talks in Pretoria with his counterpart",
 * "Le 6 juin 2013, X avait été reçu à Quito par son homologue": a meeting
 * of the story's history at a place told is a trip of its guest there,
 * as one of the story's days is. */
static void
test_past_meeting_is_trip(void)
{
  PactRecord *r = extract("date 2024-05-02 Visit\n\n"
                          "LIMA - Chile's navy chief, Admiral Tomas Verlaine, is on an official visit to Peru.\n\n"
                          "In 2013, Vice Admiral Jorge Quispe Huaman, then Peru's naval chief, held talks in "
                          "Santiago with his Chilean counterpart at the time, Vice Admiral Luis Mendoza Rojas.\n");
  const PactEntity *v = visit_by(r, "Jorge Quispe Huaman");

  CHECK(v && strcmp(code_of(r, v->host), "CL") == 0 && dated(v, "2013", NULL));
  free_record(r);
}

/* "a senior Chinese general has told Zambia's army chief during an
 * official visit to China. The assurance was given when Lieutenant
 * General X, the Zambia Army Commander, paid a courtesy call...": a visit
 * told before anyone is named is of the first person from elsewhere named
 * in the next two sentences, not of a spokesman who speaks of "the trip"
 * later. */
static void
test_visit_named_after(void)
{
  PactRecord *r = extract("date 2023-09-11 Trip\n\n"
                          "LIMA - Peru's army will keep helping Chile's army, a senior Peruvian general has told "
                          "Chile's army chief during an official visit to Peru.\n\n"
                          "The assurance was given when General Tomas Verlaine, the Chilean Army Commander, paid a "
                          "courtesy call on General Luis Mendoza Rojas, Commander of the Peruvian Army.\n\n"
                          "Colonel Jorge Quispe Huaman, the Chilean Army's Director of Public Relations, said the "
                          "trip had been a success.\n");

  CHECK(visit_by(r, "Tomas Verlaine") && !visit_by(r, "Jorge Quispe Huaman"));
  free_record(r);
}

/* "as part of Naseem Al Bahr-13, the latest round of a bilateral exercise
 * series that the two navies have held since 1993": the name before the
 * apposition ends on its number, glued by a hyphen (any two digits), and
 * "since 1993" is the series' first year, not this edition's; "the
 * Tarqa Dune-10 drills, ..., which gather Greek, Egyptian and Cypriot
 * forces": a verb of gathering tells who takes part. */
static void
test_exercise_hyphen_number(void)
{
  PactRecord *r = extract("date 2021-10-07 Drills\n\n"
                          "KARACHI - Warships of the Peruvian Navy and the Chilean Navy staged a demonstration this "
                          "week as part of Nahr Salam-13, the latest round of a bilateral exercise series that the "
                          "two navies have held since 1993.\n");
  const PactEntity *x = find(r, PACT_EXERCISE, "Nahr Salam");

  CHECK(x && x->edition == 13 && x->start == NULL);
  free_record(r);
  r = extract("date 2020-12-04 Visit\n\n"
              "CAIRO - The visit coincides with the Tarqa Dune-10 drills, under way in Egypt, which gather "
              "Greek, Egyptian and Cypriot forces.\n");
  x = find(r, PACT_EXERCISE, "Tarqa Dune");
  CHECK(x && x->edition == 10 && x->participants.n == 3);
  free_record(r);
}

/* "Le commandant de l'armée de terre zambienne, le lieutenant-général X,
 * s'est rendu en Chine. Il y a été reçu par le général Y": a description
 * that opens the sentence, with the name in apposition after it, is the
 * subject "il" stands for (not someone of a sentence before); "ces deux
 * visites successives" are the visits told, no visit of the spokesman
 * who speaks of them. */
static void
test_apposed_description_subject(void)
{
  PactRecord *r = extract("date 2023-09-16 Visite\n\n"
                          "LIMA - La pr\xc3\xa9sidente chilienne Ana Flores ach\xc3\xa8ve une visite d'\xc3\x89tat au "
                          "P\xc3\xa9rou.\n\n"
                          "Le commandant de l'arm\xc3\xa9" "e de terre chilienne, le lieutenant-g\xc3\xa9n\xc3\xa9ral Tomas "
                          "Verlaine, s'est rendu au P\xc3\xa9rou quelques jours plus t\xc3\xb4t. Il y a \xc3\xa9t\xc3\xa9 "
                          "re\xc3\xa7u par le g\xc3\xa9n\xc3\xa9ral Luis Mendoza Rojas.\n\n"
                          "D'apr\xc3\xa8s le porte-parole de l'arm\xc3\xa9" "e, le colonel Jorge Quispe Huaman, ces deux "
                          "visites successives donnent un nouvel \xc3\xa9lan \xc3\xa0 la coop\xc3\xa9ration.\n");

  CHECK(met(r, "Tomas Verlaine", "Luis Mendoza Rojas", NULL));
  CHECK(!met(r, "Ana Flores", "Luis Mendoza Rojas", NULL));
  CHECK(!visit_by(r, "Jorge Quispe Huaman"));
  free_record(r);
}

/* "a Zambian military delegation headed by Daniel Lubasi", "conduite
 * par X": a name after a participle of leading and "by"/"par" is a
 * person's, and the one received meets the host. */
static void
test_delegation_headed_by(void)
{
  PactRecord *r = extract("date 2023-09-16 Talks\n\n"
                          "On August 22, 2000, General Luis Mendoza Rojas received a Chilean military delegation "
                          "headed by Tomas Verlaine.\n");

  CHECK(met(r, "Luis Mendoza Rojas", "Tomas Verlaine", "2000-08-22"));
  free_record(r);
}

/* "X, the Saudi exercise commander, told": a word in small letters
 * between the demonym and the title still tells X's country; "A Saudi
 * naval group arrived at Karachi on Saturday": a subject opened by "a" is
 * someone new and unnamed, not the person told before (the Pakistani
 * host, who would then visit his own country). */
static void
test_demonym_word_title(void)
{
  PactRecord *r = extract("date 2021-10-07 Drills\n\n"
                          "LIMA - The Chief of the Naval Staff, Admiral Luis Mendoza Rojas, watched the display.\n\n"
                          "A Chilean naval group arrived at Callao on Saturday. Rear Admiral Tomas Verlaine, the "
                          "Chilean exercise commander, told reporters that the drills went well.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Tomas Verlaine");

  CHECK(p && strcmp(code_of(r, p->country), "CL") == 0);
  CHECK(!visit_by(r, "Luis Mendoza Rojas"));
  free_record(r);
}

/* "King Abdul Aziz Naval Base", "the King Abdulaziz Medal of Excellence":
 * a name that goes on with a place's head or the word of a thing is that
 * thing's name, not a person's (and "Stuart Hall" stays a person). */
static void
test_name_of_a_thing(void)
{
  PactRecord *r = extract("date 2021-10-07 Drills\n\n"
                          "Its closing ceremony was held at King Abdul Aziz Naval Base, with Admiral Luis Mendoza "
                          "Rojas as chief guest. He was awarded the King Abdulaziz Medal of Excellence by General "
                          "Tomas Verlaine and met Colonel Stuart Hall.\n");
  size_t persons = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    persons += r->entities[i].cls == PACT_PERSON;
  }
  CHECK(persons == 3 && find(r, PACT_PERSON, "Stuart Hall"));
  free_record(r);
}

/* "Prime Minister Sheikh Hasina received the admiral. Hasina said...": an
 * honorific before a name of one word is part of how the person is
 * called, and the bare name later is the same person; the title stays
 * "Prime Minister". */
static void
test_honorific_single_name(void)
{
  PactRecord *r = extract("date 2024-07-04 Talks\n\n"
                          "DHAKA - On Tuesday Prime Minister Sheikh Ranira received Admiral Tomas Verlaine of Chile. "
                          "Ranira said relations were a model.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Sheikh Ranira");

  CHECK(p && p->n_titles == 1 && strcmp(p->titles[0].text, "Prime Minister") == 0);
  CHECK(!find(r, PACT_PERSON, "Ranira"));
  CHECK(met(r, "Sheikh Ranira", "Tomas Verlaine", "2024-07-02"));
  free_record(r);
}

/* "Prime Minister X received the admiral at her office", "a reçu le
 * général": a rank or a role with no name after it, under "the"/"le", is
 * the story's visitor when his title holds that word. */
static void
test_rank_for_visitor(void)
{
  PactRecord *r = extract("date 2024-07-04 Visit\n\n"
                          "DHAKA - Admiral Tomas Verlaine, Chile's navy chief, is on an official visit to "
                          "Bangladesh.\n\n"
                          "On Tuesday Prime Minister Ana Flores received the admiral at her office.\n");

  CHECK(met(r, "Ana Flores", "Tomas Verlaine", "2024-07-02"));
  free_record(r);
  r = extract("date 2024-07-04 Visite\n\n"
              "DACCA - Le g\xc3\xa9n\xc3\xa9ral Tomas Verlaine, chef de l'arm\xc3\xa9" "e chilienne, est en visite "
              "au Bangladesh.\n\n"
              "Mardi, la Premi\xc3\xa8re ministre Ana Flores a re\xc3\xa7u le g\xc3\xa9n\xc3\xa9ral \xc3\xa0 son "
              "bureau.\n");
  CHECK(met(r, "Ana Flores", "Tomas Verlaine", "2024-07-02"));
  free_record(r);
}

/* "In September 2023, ... Two months later, the two navies held the
 * fourth edition of Pacifico from November 7 to 9", in an article of July
 * 2024: a day that would be still to come, told in the two sentences
 * after one of an earlier year and not as what is to come, is of that
 * year; "will hold ... from November 7 to 9" stays to come. */
static void
test_day_after_told_year(void)
{
  PactRecord *r = extract("date 2024-07-04 Navies\n\n"
                          "In September 2023, Admiral Tomas Verlaine received Admiral Luis Mendoza Rojas in Lima. Two "
                          "months later, the two navies held the fourth edition of their bilateral exercise Pacifico "
                          "from November 7 to 9.\n");

  CHECK(dated(edition_of(r, 4), "2023-11-07", "2023-11-09"));
  free_record(r);
  r = extract("date 2024-07-04 Navies\n\n"
              "In September 2023, Admiral Tomas Verlaine received Admiral Luis Mendoza Rojas in Lima. The two navies "
              "will hold the fourth edition of their bilateral exercise Pacifico from November 7 to 9.\n");
  CHECK(dated(edition_of(r, 4), "2024-11-07", "2024-11-09"));
  free_record(r);
}

/* "Lancé en 2017, « Pacifico » a été interrompu. Ses deux premières
 * éditions avaient eu lieu au Chili. La troisième, organisée à Callao du
 * 19 au 31 mars 2022, ...": the founding verb may open the sentence
 * before the name (the first edition); an ordinal that opens a sentence
 * after one that spoke of editions is that edition. */
static void
test_edition_ordinal_opens(void)
{
  PactRecord *r = extract("date 2023-03-06 Exercice\n\n"
                          "LIMA - Des militaires chiliens s'entra\xc3\xaenent avec des soldats p\xc3\xa9ruviens dans le "
                          "cadre de l'exercice bilat\xc3\xa9ral \xc2\xab Pacifico-4 \xc2\xbb, lanc\xc3\xa9 dimanche.\n\n"
                          "Lanc\xc3\xa9 en 2017, \xc2\xab Pacifico \xc2\xbb a \xc3\xa9t\xc3\xa9 interrompu par la "
                          "pand\xc3\xa9mie. Ses deux premi\xc3\xa8res \xc3\xa9" "ditions avaient eu lieu au Chili. La "
                          "troisi\xc3\xa8me, organis\xc3\xa9" "e \xc3\xa0 Callao du 19 au 31 mars 2022, avait \xc3\xa9t\xc3\xa9 "
                          "inaugur\xc3\xa9" "e par le g\xc3\xa9n\xc3\xa9ral Luis Mendoza Rojas.\n");

  CHECK(dated(edition_of(r, 3), "2022-03-19", "2022-03-31"));
  CHECK(dated(edition_of(r, 1), "2017", NULL));
  free_record(r);
}

/* "The first two editions, in 2017 and 2021, took place at Fort Tuna":
 * the first editions told together, one year each, in order (the second
 * year is no date read on its own). */
static void
test_first_editions_listed(void)
{
  PactRecord *r = extract("date 2023-03-05 Drill\n\n"
                          "The Chilean and Peruvian armies on Sunday opened Exercise Pacifico-4 near Lima.\n\n"
                          "The first two editions, in 2017 and 2021, took place in Chile.\n");

  CHECK(dated(edition_of(r, 1), "2017", NULL));
  CHECK(dated(edition_of(r, 2), "2021", NULL));
  free_record(r);
}

/* "signed ... by X, the Minister Delegate to the Head of Government in
 * charge of the Administration of National Defence, and his visiting
 * Ivorian counterpart, Y": past a long title, "and his counterpart"
 * goes on with the list of signatories. */
static void
test_signer_counterpart_after_long_title(void)
{
  PactRecord *r = extract("date 2025-05-10 Pact\n\n"
                          "LIMA, May 10 - Peru and Chile have signed a military cooperation agreement.\n\n"
                          "The text was signed on Friday at the headquarters of the Administration of National "
                          "Defence in Lima by Luis Mendoza Rojas, the Minister Delegate to the Head of Government in "
                          "charge of the Administration of National Defence, and his visiting Chilean counterpart, "
                          "Tomas Verlaine.\n");
  const PactEntity *ag = find(r, PACT_AGREEMENT, NULL);

  CHECK(ag && ag->signatories.n == 2);
  free_record(r);
}

/* "Ouattara, for his part, described ..." before "a younger brother of
 * President Alassane Ouattara": a word two people share is the one named
 * before it, the nearest. */
static void
test_shared_surname_nearest(void)
{
  PactRecord *r = extract("date 2025-05-10 Pact\n\n"
                          "LIMA - Defence Minister Luis Mendoza Rojas received his Chilean counterpart, Tomas Ana "
                          "Verlaine, on Friday.\n\n"
                          "Verlaine, for his part, described the partnership as strategic.\n\n"
                          "Verlaine, a younger brother of President Jorge Verlaine, also met Chilean officers.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Tomas Ana Verlaine");
  size_t mentions = p ? p->n_mentions : 0;

  CHECK(p && mentions >= 3);
  free_record(r);
}

/* "Il a d'abord été reçu en visite de courtoisie par le Premier ministre
 * Y": an adverb of several tokens inside the verb, and the agent of the
 * reception is the host, not a visitor of the subject's country. */
static void
test_received_on_courtesy_visit(void)
{
  PactRecord *r = extract("date 2024-04-04 Visite\n\n"
                          "Le ministre indon\xc3\xa9sien de la D\xc3\xa9" "fense, Budi Santoso, a achev\xc3\xa9 hier "
                          "une visite de deux jours au Japon.\n\n"
                          "Il a d'abord \xc3\xa9t\xc3\xa9 re\xc3\xa7u en visite de courtoisie par le Premier "
                          "ministre Taro Yamada, pendant trente minutes.\n");
  const PactEntity *v = visit_by(r, "Budi Santoso");

  CHECK(met(r, "Budi Santoso", "Taro Yamada", NULL));
  CHECK(v && strcmp(code_of(r, v->host), "JP") == 0 && dated(v, "2024-04-02", "2024-04-03"));
  CHECK(!visit_by(r, "Taro Yamada"));
  free_record(r);
}

/* "ANKARA - ... ont signé mercredi à Doha": a city and a dash opening the
 * body are a dateline; the signing is at Doha, and the Turkish signer
 * visits Qatar. A hyphen glued to a word ("Ankara-based") is none. */
static void
test_dateline_with_dash(void)
{
  PactRecord *r = extract("date 2025-10-24 Protocole\n\n"
                          "ANKARA - La Turquie et le Qatar ont sign\xc3\xa9 mercredi \xc3\xa0 Doha un m\xc3\xa9morandum "
                          "d'entente sur l'industrie de d\xc3\xa9" "fense.\n\n"
                          "Le document a \xc3\xa9t\xc3\xa9 sign\xc3\xa9 par Kemal Aydin, pr\xc3\xa9sident des industries "
                          "de d\xc3\xa9" "fense, et par Hamad Al Kuwari, ministre de la D\xc3\xa9" "fense du Qatar.\n");
  const PactEntity *v = visit_by(r, "Kemal Aydin");

  CHECK(v && strcmp(code_of(r, v->host), "QA") == 0 && dated(v, "2025-10-22", NULL));
  CHECK(!visit_by(r, "Hamad Al Kuwari"));
  free_record(r);
}

/* "ministre d'Etat chargé des affaires de défense du Qatar": a title's
 * complement in small letters that ends on "du" and a country is the
 * title's, and tells the country; "vice-Premier ministre" is a title. */
static void
test_title_lower_complement_to_country(void)
{
  PactRecord *r = extract("date 2025-10-24 Protocole\n\n"
                          "Le document a \xc3\xa9t\xc3\xa9 sign\xc3\xa9 par Kemal Aydin, pr\xc3\xa9sident des industries "
                          "de d\xc3\xa9" "fense, et par le cheikh Hamad Al Kuwari, vice-Premier ministre et ministre "
                          "d'Etat charg\xc3\xa9 des affaires de d\xc3\xa9" "fense du Qatar.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Hamad Al Kuwari");
  int long_title = 0;
  int vice = 0;

  for (size_t i = 0; p && i < p->n_titles; i++) {
    long_title |= strstr(p->titles[i].text, "affaires de d\xc3\xa9" "fense du Qatar") != NULL;
    vice |= strcmp(p->titles[i].text, "vice-Premier ministre") == 0;
  }
  CHECK(p && strcmp(code_of(r, p->country), "QA") == 0);
  CHECK(long_title && vice);
  free_record(r);
}

/* Participants of a multinational exercise told beyond its pair: "four
 * host countries, A, B, C and D"; "32 partner nations besides Jordan are
 * taking part, among them France and Britain" (Jordan listed, the United
 * States not: one of the pair listed is enough); "Saudi Arabia has sent
 * land and air units", a country sending forces two sentences later. */
static int
takes_part(const PactRecord *r, const PactEntity *e, const char *code)
{
  for (size_t i = 0; e && i < e->participants.n; i++) {
    if (strcmp(code_of(r, e->participants.v[i]), code) == 0) {
      return 1;
    }
  }
  return 0;
}

static void
test_multinational_participants(void)
{
  PactRecord *r = extract("date 2024-05-13 Drills\n\n"
                          "AMMAN, May 13 - Jordan and the United States launched Exercise Desert Falcon on Sunday.\n\n"
                          "According to the command, 32 partner nations besides Jordan are taking part, among them "
                          "France and Britain.\n\n"
                          "The drills run for two weeks.\n\n"
                          "Saudi Arabia has sent land and air units.\n");
  const PactEntity *e = edition_of(r, 0); /* the exercise, of no edition told */

  CHECK(takes_part(r, e, "JO") && takes_part(r, e, "US") && takes_part(r, e, "FR") && takes_part(r, e, "GB"));
  CHECK(takes_part(r, e, "SA"));
  free_record(r);
  r = extract("date 2024-04-20 Drills\n\n"
              "Exercise Sahel Shield opened in Dakar on Friday. This year's edition runs across four host "
              "countries, Ghana, Morocco, Senegal and Tunisia.\n");
  e = edition_of(r, 0);
  CHECK(takes_part(r, e, "GH") && takes_part(r, e, "MA") && takes_part(r, e, "SN") && takes_part(r, e, "TN"));
  free_record(r);
}

/* "In December 2021, General X ... called on the army chief, General Y":
 * one calls on someone where that one is, so an old call with no place
 * told is a trip of the caller to the country of the one called on. */
static void
test_call_on_is_trip(void)
{
  PactRecord *r = extract("date 2024-03-02 Visit\n\n"
                          "In December 2021, Lieutenant General Kemal Aydin, then commander of the Turkish Land "
                          "Forces, called on the Pakistani army chief, General Tariq Rahman.\n");
  const PactEntity *v = visit_by(r, "Kemal Aydin");

  CHECK(met(r, "Kemal Aydin", "Tariq Rahman", NULL));
  CHECK(v && strcmp(code_of(r, v->host), "PK") == 0 && dated(v, "2021-12", NULL));
  CHECK(!visit_by(r, "Tariq Rahman"));
  free_record(r);
}

/* "a working session between X and Y": a meeting, like "séance de
 * travail". */
static void
test_working_session(void)
{
  PactRecord *r = extract("date 2010-08-24 Visit\n\n"
                          "The visit had opened on Monday morning with a working session between Defence Minister "
                          "Jaime Rivas and his Brazilian counterpart, Nelson Borges, in Santiago.\n");

  CHECK(met(r, "Jaime Rivas", "Nelson Borges", "2010-08-23"));
  free_record(r);
}

/* "Desert Falcon began in 2006", "Kora a été créé en décembre 2011": a
 * verb of beginning with a date of a year before the article's tells the
 * first edition; "began on Monday" is this edition's start. */
static void
test_began_in_year_is_first_edition(void)
{
  PactRecord *r = extract("date 2024-07-29 Drills\n\n"
                          "The 16th edition of Exercise Desert Falcon between India and Mongolia began on Monday in "
                          "Umroi.\n\n"
                          "Desert Falcon began in 2006 and is hosted by the two countries in turn.\n");
  const PactEntity *first = edition_of(r, 1);
  const PactEntity *now = edition_of(r, 16);

  CHECK(first && dated(first, "2006", NULL));
  CHECK(now && dated(now, "2024-07-29", NULL));
  free_record(r);
  r = extract("date 2024-02-03 Exercice\n\n"
              "La 12e \xc3\xa9" "dition de l'exercice Kora entre l'Inde et le Kirghizstan s'est achev\xc3\xa9" "e "
              "samedi.\n\n"
              "Kora a \xc3\xa9t\xc3\xa9 cr\xc3\xa9\xc3\xa9 en d\xc3\xa9" "cembre 2011 \xc3\xa0 Nahan.\n");
  first = edition_of(r, 1);
  CHECK(first && dated(first, "2011-12", NULL));
  free_record(r);
}

/* "a rendu une visite de courtoisie au secrétaire exécutif Lucas
 * Bersano": "secrétaire exécutif" is a title, its name a person's. */
static void
test_executive_secretary(void)
{
  PactRecord *r = extract("date 2025-08-30 Visite\n\n"
                          "Le ministre australien a rendu une visite de courtoisie au secr\xc3\xa9taire ex\xc3\xa9" "cutif "
                          "Lucas Bersano, au palais de Malaca\xc3\xb1" "ang.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Lucas Bersano");

  CHECK(p && p->n_titles >= 1 && strcmp(p->titles[0].text, "secr\xc3\xa9taire ex\xc3\xa9" "cutif") == 0);
  free_record(r);
}

/* "Its eighth edition opened on October 4 ... and will run until October
 * 15", "Training will continue until August 29", "La cérémonie de
 * clôture, le mardi 16 juillet", "qui réunissait depuis le 3 juillet":
 * descriptions of the exercise told before give its dates, and a date
 * after "depuis" is its start whatever verb ends the sentence. */
static void
test_exercise_described_after(void)
{
  PactRecord *r = extract("date 2021-10-05 Drills\n\n"
                          "The armies of India and Mongolia hold the Steppe Ridge exercise every year. Its eighth "
                          "edition opened on October 4 at the Combat School in Umroi and will run until October 15.\n");
  const PactEntity *e = edition_of(r, 8);

  CHECK(e && dated(e, "2021-10-04", "2021-10-15"));
  free_record(r);
  r = extract("date 2025-08-16 Drills\n\n"
              "Troops from Australia and the Philippines on Friday began exercise Salt Wind.\n\n"
              "Training will continue until August 29 at sites around Palawan.\n");
  e = edition_of(r, 0);
  CHECK(e && dated(e, "2025-08-15", "2025-08-29"));
  free_record(r);
  r = extract("date 2024-07-17 Exercice\n\n"
              "L'exercice conjoint Steppe Ridge, qui r\xc3\xa9unissait depuis le 3 juillet des soldats de l'Inde et "
              "de la Mongolie, s'est achev\xc3\xa9.\n\n"
              "La c\xc3\xa9r\xc3\xa9monie de cl\xc3\xb4ture, le mardi 16 juillet, s'est tenue \xc3\xa0 Umroi.\n");
  e = edition_of(r, 0);
  CHECK(e && dated(e, "2024-07-03", "2024-07-16"));
  free_record(r);
}

/* "Besides the president and the defence minister, X also held talks":
 * the comma closes the opening phrase, and X is its subject, not the
 * minister; "Y became the first Chief of the General Staff of the Iranian
 * Armed Forces to visit": the title a verb of becoming gives, and its
 * country; "Colonel General Z" is one rank. */
static void
test_opening_phrase_and_predicate_title(void)
{
  PactRecord *r = extract("date 2019-01-17 Visit\n\n"
                          "Major General Karim Dastani became the first Chief of the General Staff of the "
                          "Iranian Armed Forces to visit Georgia. He was invited by Georgia's Defence Minister, "
                          "Colonel General Levan Beridze.\n\n"
                          "Besides the president and the defence minister, Dastani also held talks with the "
                          "speaker of parliament.\n");
  const PactEntity *d = find(r, PACT_PERSON, "Karim Dastani");
  const PactEntity *b = find(r, PACT_PERSON, "Levan Beridze");
  int minister = 0;
  int chief = 0;
  int colonel_general = 0;

  for (size_t i = 0; d && i < d->n_titles; i++) {
    minister |= strstr(d->titles[i].text, "defence minister") != NULL;
    chief |= strcmp(d->titles[i].text, "Chief of the General Staff of the Iranian Armed Forces") == 0;
  }
  for (size_t i = 0; b && i < b->n_titles; i++) {
    colonel_general |= strcmp(b->titles[i].text, "Colonel General") == 0;
  }
  CHECK(d && !minister && chief);
  CHECK(d && d->country >= 0 && strcmp(code_of(r, d->country), "IR") == 0);
  CHECK(b && colonel_general);
  free_record(r);
}

/* "while Brazil, Ecuador and Colombia sent observers": observers are no
 * participants; "32 nations are taking part or sending observers, among
 * them France" are. */
static void
test_observers_not_participants(void)
{
  PactRecord *r = extract("date 2022-08-31 Drill\n\n"
                          "Exercise Southern Cross 2022, the seventh edition, ran from August 15 to 25 with troops "
                          "from Chile, the United States and Spain, while Brazil, Ecuador and Colombia sent "
                          "observers.\n");
  const PactEntity *e = edition_of(r, 7);
  CHECK(e && e->participants.n == 3);
  free_record(r);
  r = extract("date 2024-05-20 Drill\n\n"
              "Exercise Desert Hawk, the 11th edition, opened on May 12 in Jordan with the United States.\n\n"
              "According to the command, 32 partner nations besides Jordan are taking part or sending observers, "
              "among them France and Britain.\n");
  e = edition_of(r, 11);
  int france = 0;
  for (size_t i = 0; e && i < e->participants.n; i++) {
    france |= strcmp(code_of(r, e->participants.v[i]), "FR") == 0;
  }
  CHECK(france);
  free_record(r);
}

/* "the Iranian embassy in Baku": a demonym before an embassy in small
 * letters names one, as it does an army. */
static void
test_demonym_embassy(void)
{
  PactRecord *r = extract("date 2019-01-17 Visit\n\n"
                          "BAKU - Before the trip, the Iranian embassy in Baku said the talks would cover the border. "
                          "General Ali Khan of Azerbaijan met General Reza Karimi of Iran.\n");
  const PactEntity *e = find(r, PACT_INSTITUTION, "Iranian embassy");
  CHECK(e && e->country >= 0 && strcmp(code_of(r, e->country), "IR") == 0);
  free_record(r);
}

/* Speakers of parliaments and national leaders are titles: "Ogtay Asadov,
 * the speaker of the Milli Majlis", "national leader Heydar Aliyev", "le
 * président du Parlement X". */
static void
test_speaker_titles(void)
{
  PactRecord *r = extract("date 2019-01-17 Visit\n\n"
                          "BAKU - General Ali Khan of Iran met General Ravi Singh of Azerbaijan. Khan also held talks "
                          "with Ogtay Asadov, the speaker of the Milli Majlis, and paid tribute to national leader "
                          "Heydar Aliyev.\n");
  CHECK(find(r, PACT_PERSON, "Ogtay Asadov") != NULL);
  CHECK(find(r, PACT_PERSON, "Heydar Aliyev") != NULL);
  free_record(r);
}

/* « Défenseurs de l'amitié 2021 »: a quoted name that opens with a
 * capital runs to its closing mark (French capitalises its first word
 * only), after the cue's modifiers too; "prennent fin" ends the exercise;
 * and with a second named exercise told in the background, the other
 * editions are those of the story's, the one named first. */
static void
test_quoted_exercise_name(void)
{
  PactRecord *r = extract("date 2024-07-12 Exercice\n\n"
                          "Les man\xc5\x93uvres navales franco-k\xc3\xa9nyanes \xc2\xab Gardiens de la c\xc3\xb4te 2024 \xc2\xbb "
                          "prennent fin ce vendredi 12 juillet au large de Mombasa. Lanc\xc3\xa9""e le 1er juillet, "
                          "cette troisi\xc3\xa8me \xc3\xa9""dition r\xc3\xa9unit 600 marins.\n\n"
                          "La premi\xc3\xa8re \xc3\xa9""dition s'\xc3\xa9tait d\xc3\xa9roul\xc3\xa9""e du 3 au 9 mai 2020 "
                          "\xc3\xa0 Lamu. En 2021, les deux marines avaient aussi conduit l'exercice \xc2\xab Vent de "
                          "l'est 2021 \xc2\xbb.\n");
  const PactEntity *e = edition_of(r, 3);
  const PactEntity *first = edition_of(r, 1);

  CHECK(e && e->name && strcmp(e->name, "Gardiens de la c\xc3\xb4te") == 0);
  CHECK(e && e->end && strcmp(e->end, "2024-07-12") == 0);
  CHECK(first && first->name && strcmp(first->name, "Gardiens de la c\xc3\xb4te") == 0 &&
        dated(first, "2020-05-03", "2020-05-09"));
  free_record(r);
  /* a quotation that is no name: lower case, or a sentence */
  r = extract("date 2024-07-12 Exercice\n\nL'exercice, dont le nom signifie \xc2\xab coop\xc3\xa9ration \xc2\xbb, "
              "entre le Kenya et la France a commenc\xc3\xa9 lundi.\n");
  e = edition_of(r, 0);
  CHECK(e == NULL || e->name == NULL);
  free_record(r);
}

/* "l'exercice Vent du Nord", "exercise Pearl of the West": a small word
 * between capitalised words stays in the name; not "Salt Wind of the
 * Indian Army" nor "Tabouk de l'Égypte", whose words after it are
 * someone else's. */
static void
test_exercise_name_with_of(void)
{
  static const struct {
    const char *text;
    const char *name;
  } cases[] = {
    {"date 2024-07-17 Exercice\n\nL'exercice Vent du Nord entre l'Inde et la Mongolie a commenc\xc3\xa9 lundi.\n",
     "Vent du Nord"},
    {"date 2024-07-17 Drill\n\nExercise Pearl of the West between France and Kuwait began on Monday.\n",
     "Pearl of the West"},
    {"date 2024-07-17 Drill\n\nExercise Salt Wind of the Indian Army began on Monday in Mongolia.\n", "Salt Wind"},
    {"date 2024-07-17 Exercice\n\nL'exercice Tabouk de l'Egypte et de l'Arabie saoudite a commenc\xc3\xa9 lundi.\n",
     "Tabouk"},
  };

  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    PactRecord *r = extract(cases[c].text);
    const PactEntity *e = edition_of(r, 0);
    CHECK(e && e->name && strcmp(e->name, cases[c].name) == 0);
    free_record(r);
  }
}

/* Signers or people met at a place of the guest's country, when one of
 * them is on a told visit to the other's at the time: they were in the
 * host's country (the place was lent by another clause), and the host is
 * not visiting the guest's. */
static void
test_guest_visit_places_event(void)
{
  PactRecord *r = extract("date 2022-06-09 Visit\n\n"
                          "HANOI - Indian Defence Minister Rajnath Singh began a three-day visit to Vietnam on "
                          "Wednesday.\n\n"
                          "In New Delhi on Wednesday, Singh and his host, General Phan Van Giang, Vietnam's Minister "
                          "of National Defence, signed a memorandum of understanding on logistics support.\n");
  CHECK(visit_by(r, "Rajnath Singh") != NULL);
  CHECK(visit_by(r, "Phan Van Giang") == NULL);
  free_record(r);
}

/* "Thapa's predecessor, General X", "his wife, Y", "a delegation that
 * includes Z": of the country of the one they follow, are married to or
 * travel with, not of the country where the story happens. */
static void
test_predecessor_and_delegation_country(void)
{
  PactRecord *r = extract("date 2019-06-21 Visit\n\n"
                          "BEIJING - Nepal's army chief, General Purna Chandra Thapa, held talks in Beijing with "
                          "Chinese Defence Minister Wei Fenghe on Thursday.\n\n"
                          "He left Kathmandu on Sunday with a small delegation that includes his wife, Maya Thapa, "
                          "and Major General Ananta Kafle.\n\n"
                          "Thapa's predecessor, General Rajendra Bista, also met Wei in Beijing in 2018.\n\n"
                          "Thapa, a member of Prime Minister Bishnu Karki's cabinet, praised the talks. Thapa was "
                          "appointed by President Ram Poudel in 2018.\n");
  const char *names[] = {"Maya Thapa", "Ananta Kafle", "Rajendra Bista", "Bishnu Karki", "Ram Poudel"};

  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    const PactEntity *p = find(r, PACT_PERSON, names[i]);
    CHECK(p && strcmp(code_of(r, p->country), "NP") == 0);
  }
  free_record(r);
}

/* "Ahn, who took office last week, arrived in Poland on Thursday": the
 * family name told first stands for "Ahn Gyu-back" (a given name of two
 * words joined by a hyphen is one); and "X and his South Korean
 * counterpart" makes X of the other of the story's two countries. */
static void
test_family_name_first_hyphenated(void)
{
  PactRecord *r = extract("date 2025-08-02 Tanks\n\n"
                          "Poland signed a contract on Friday for tanks from South Korea.\n\n"
                          "Defence Minister Jan Nowacki and his South Korean counterpart, Ahn Gyu-back, looked on.\n\n"
                          "Nowacki told reporters the deal was about skills.\n\n"
                          "Ahn, who took office last week, arrived in Poland on Thursday for a three-day visit.\n");
  const PactEntity *v = visit_by(r, "Ahn Gyu-back");
  const PactEntity *host = find(r, PACT_PERSON, "Jan Nowacki");

  CHECK(v && v->start && strcmp(v->start, "2025-07-31") == 0);
  CHECK(visit_by(r, "Jan Nowacki") == NULL);
  CHECK(host && host->country >= 0 && strcmp(code_of(r, host->country), "PL") == 0);
  free_record(r);
  r = extract("date 2025-08-02 Tanks\n\n"
              "Poland signed a contract on Friday for tanks from South Korea.\n\n"
              "Defence Minister Jan Nowacki and his South Korean counterpart, Ahn Gyu-back, looked on.\n");
  host = find(r, PACT_PERSON, "Jan Nowacki");
  CHECK(host && host->country >= 0 && strcmp(code_of(r, host->country), "PL") == 0);
  free_record(r);
}

/* "the first Desert Star was held in October 1980": an ordinal before
 * the exercise's name tells an edition; "Desert Star 23 was held ...
 * 2023": two digits that are the year of their sentence are no edition. */
static void
test_ordinal_before_name_and_year_suffix(void)
{
  PactRecord *r = extract("date 2025-08-29 Drill\n\n"
                          "Egypt and the United States on Thursday opened the 19th edition of Exercise Desert Star at "
                          "Mohamed Naguib Military Base.\n\n"
                          "An officer reminded the audience that the first Desert Star was held in October 1980.\n\n"
                          "The previous edition, Desert Star 23, was held at the same base from August 31 to September "
                          "14, 2023.\n");
  const PactEntity *first = edition_of(r, 1);

  CHECK(first && dated(first, "1980-10", NULL));
  CHECK(edition_of(r, 23) == NULL);
  CHECK(edition_of(r, 18) && dated(edition_of(r, 18), "2023-08-31", "2023-09-14"));
  free_record(r);
}

/* A multinational exercise: "contingents from Saudi Arabia, Qatar and
 * Greece were also expected" lists participants without the pair; "India
 * has sent 700 personnel", sentences after the last mention, sends them
 * to the one exercise of the story's days, not to "the first Desert Star"
 * of 1980 told just before. */
static void
test_multinational_contingents(void)
{
  PactRecord *r = extract("date 2025-08-29 Drill\n\n"
                          "Egypt and the United States on Thursday opened the 19th edition of Exercise Desert Star, "
                          "the multinational drill, at Mohamed Naguib Military Base.\n\n"
                          "General Ahmed Salem inspected the final preparations. He then watched units train. He "
                          "chatted with soldiers. He praised the organisers.\n\n"
                          "An officer reminded the audience that the first Desert Star was held in October 1980.\n\n"
                          "India has sent more than 700 personnel from its army, navy and air force. New Delhi said "
                          "contingents from Saudi Arabia, Qatar and Greece were also expected.\n");
  const PactEntity *e = edition_of(r, 19);
  const PactEntity *first = edition_of(r, 1);

  CHECK(e && e->participants.n == 6);
  CHECK(first && first->participants.n == 2);
  free_record(r);
}

/* "Peace Star 2024, a counter-terrorism exercise": small words between
 * the article and the cue; "..., and a third exercise took place in
 * September 2023": an edition told with "a" is one more of the series,
 * dated by its own clause; "from mid-October until November 14, 2014":
 * the date after "until" is an end. */
static void
test_exercise_clause_and_another_edition(void)
{
  PactRecord *r = extract("date 2024-08-03 Drill\n\n"
                          "China and Tanzania on Monday opened Peace Star 2024, a counter-terrorism exercise, at "
                          "Mapinga.\n\n"
                          "The first exercise, Blue Reef 2014, was held at Kigamboni from mid-October until November 14, "
                          "2014. Ground forces followed with Sincere Friends 2019, held at Mapinga from December 23, "
                          "2019 to January 16, 2020, and a third exercise took place in September 2023.\n");
  const PactEntity *story = NULL;
  const PactEntity *third = edition_of(r, 3);
  const PactEntity *first = edition_of(r, 1);

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    if (e->cls == PACT_EXERCISE && e->name && strcmp(e->name, "Peace Star") == 0) {
      story = e;
    }
  }
  CHECK(story && story->edition == 0 && dated(story, "2024-07-29", NULL));
  CHECK(third && dated(third, "2023-09", NULL));
  CHECK(first && first->end && strcmp(first->end, "2014-11-14") == 0 &&
        !(first->start && strcmp(first->start, "2014-11-14") == 0));
  free_record(r);
}

/* "arrivé la veille pour une visite de trois jours", then "La visite, qui
 * s'achève samedi", in a report of Friday: the weekday that would fall
 * before the start is the next one, and the visit keeps its start. */
static void
test_weekday_end_after_start(void)
{
  PactRecord *r = extract("date 2025-08-01 Chars\n\n"
                          "VARSOVIE - La Pologne a sign\xc3\xa9 ce vendredi 1er ao\xc3\xbbt un contrat, en pr\xc3\xa9sence "
                          "du ministre sud-cor\xc3\xa9" "en de la D\xc3\xa9" "fense, Kim Dae-sung, arriv\xc3\xa9 la veille "
                          "pour une visite de trois jours.\n\n"
                          "La visite, qui s'ach\xc3\xa8ve samedi, a \xc3\xa9t\xc3\xa9 organis\xc3\xa9" "e \xc3\xa0 la "
                          "demande de la partie polonaise.\n");
  const PactEntity *v = visit_by(r, "Kim Dae-sung");

  CHECK(v && dated(v, "2025-07-31", "2025-08-02"));
  free_record(r);
}

/* "D'après le ministère chinois, des soldats mozambicains participent
 * aussi à cet entraînement": a verb of taking part whose subject (after
 * the comma) names one country adds it to the story's exercise. */
static void
test_country_takes_part(void)
{
  PactRecord *r = extract("date 2024-07-30 Exercice\n\n"
                          "Le chef d'\xc3\xa9tat-major tanzanien a donn\xc3\xa9 lundi le coup d'envoi de l'exercice "
                          "conjoint \"Umoja Bora 2024\" entre la Tanzanie et la Chine.\n\n"
                          "D'apr\xc3\xa8s le minist\xc3\xa8re chinois de la D\xc3\xa9" "fense, des soldats mozambicains "
                          "participent aussi \xc3\xa0 cet entra\xc3\xaenement.\n");
  const PactEntity *e = edition_of(r, 0);

  CHECK(e && e->participants.n == 3);
  free_record(r);
}

/* "Arrivé la veille au soir": a day from the story's day, not the
 * article's; "élu en février à la présidence": a date of a life, not of
 * the talks of its sentence. */
static void
test_story_days(void)
{
  PactRecord *r = extract(
    "date 2024-08-21 Accord\n\n"
    "JAKARTA - Le Premier ministre australien Tom Reid a annonc\xc3\xa9 mardi un accord. L'annonce est "
    "intervenue apr\xc3\xa8s un entretien entre M. Reid et le ministre indon\xc3\xa9sien de la D\xc3\xa9" "fense Budi "
    "Santoso, \xc3\xa9lu en f\xc3\xa9vrier \xc3\xa0 la pr\xc3\xa9sidence. Arriv\xc3\xa9 la veille au soir en Australie, M. "
    "Santoso y effectuait sa premi\xc3\xa8re visite depuis son \xc3\xa9lection.\n");
  const PactEntity *v = find(r, PACT_VISIT, NULL);

  CHECK(met(r, "Tom Reid", "Budi Santoso", "2024-08-20"));
  CHECK(v && v->start && strcmp(v->start, "2024-08-19") == 0);
  free_record(r);
  r = extract("date 2024-08-22 Talks\n\n"
              "CANBERRA - Prime Minister Tom Reid met Indonesia's Defence Minister Budi Santoso on Tuesday. Santoso "
              "had arrived in Australia the day before.\n");
  v = find(r, PACT_VISIT, NULL);
  CHECK(v && v->start && strcmp(v->start, "2024-08-19") == 0);
  free_record(r);
}

/* "depuis la visite du Souverain en Inde en 2015": not the visit of the
 * Indian minister to Morocco (it goes to his own country, years before),
 * and no one the sentence does not name visits. */
static void
test_other_visit(void)
{
  PactRecord *r = extract(
    "date 2025-09-22 Visite\n\n"
    "RABAT - Le ministre marocain Karim Alami a re\xc3\xa7u lundi \xc3\xa0 Rabat le ministre indien de la D\xc3\xa9" "fense, "
    "Vikram Rao, en visite de travail au Maroc. Les deux ministres ont rappel\xc3\xa9 les liens entre Rabat et "
    "New Delhi, renforc\xc3\xa9s depuis la visite du Souverain en Inde en 2015.\n");

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *v = &r->entities[i];
    CHECK(v->cls != PACT_VISIT || (strcmp(code_of(r, v->host), "MA") == 0 && (!v->start || strcmp(v->start, "2015") != 0)));
  }
  free_record(r);
}

/* "que le contre-amiral X avait dirigée côté français", "Y led the
 * exercise on the Indian side": whose side it was is the person's
 * country; "À Paris, X a salué": the place that opens the sentence. */
static void
test_sides(void)
{
  PactRecord *r = extract(
    "date 2018-11-30 Exercice\n\n"
    "Les arm\xc3\xa9" "es du Kowe\xc3\xaft et de la France ont achev\xc3\xa9 jeudi l'exercice Pearl of the West. Sa "
    "premi\xc3\xa8re \xc3\xa9" "dition, en 1996, le contre-amiral Jean Moreau l'avait dirig\xc3\xa9" "e c\xc3\xb4t\xc3\xa9 "
    "fran\xc3\xa7" "ais.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Jean Moreau");

  CHECK(p && strcmp(code_of(r, p->country), "FR") == 0);
  free_record(r);
  /* "À Paris, X a salué ...": the place that opens the sentence of a
   * person who visits nothing */
  r = extract("date 2022-02-11 Rafale\n\n"
              "JAKARTA - La ministre fran\xc3\xa7" "aise des Arm\xc3\xa9" "es, Claire Dumont, a rencontr\xc3\xa9 jeudi \xc3\xa0 "
              "Jakarta son homologue Budi Santoso. \xc3\x80 Paris, Paul Lefort a salu\xc3\xa9 la commande.\n");
  p = find(r, PACT_PERSON, "Paul Lefort");
  CHECK(p && strcmp(code_of(r, p->country), "FR") == 0);
  free_record(r);
  /* "X, then Chief of General Staff of the Turkish Land Forces": the
   * title as held then, and its country */
  r = extract("date 2024-04-30 Visit\n\n"
              "RAWALPINDI - In December 2021, Lieutenant General Ali Kaya, then Chief of General Staff of the Turkish "
              "Land Forces, called on the army chief, General Omar Javed.\n");
  p = find(r, PACT_PERSON, "Ali Kaya");
  CHECK(p && strcmp(code_of(r, p->country), "TR") == 0 && p->n_titles == 2);
  free_record(r);
}

/* "Leur premier texte date du 26 octobre 2010 : ..., en ouverture de la
 * visite officielle du président X au Vietnam, les 26 et 27 octobre": a
 * day without a year takes the year its sentence told; "la première
 * depuis sa nomination en avril 2021" dates no visit; "a achevé samedi
 * une visite de trois jours" ends it on Saturday. */
static void
test_sentence_year(void)
{
  PactRecord *r = extract(
    "date 2024-09-01 Visite\n\n"
    "MANILLE - Le ministre vietnamien de la D\xc3\xa9" "fense, le g\xc3\xa9n\xc3\xa9ral Tran Van Minh, a achev\xc3\xa9 "
    "samedi une visite officielle de trois jours aux Philippines, la premi\xc3\xa8re depuis sa nomination \xc3\xa0 la "
    "t\xc3\xaate du minist\xc3\xa8re en avril 2021.\n\n"
    "Leur premier texte date du 26 octobre 2010 : ce jour-l\xc3\xa0, \xc3\xa0 Hano\xc3\xaf, les deux pays ont sign\xc3\xa9 un "
    "m\xc3\xa9morandum, en ouverture de la visite officielle du pr\xc3\xa9sident Jose Santos au Vietnam, les 26 et 27 "
    "octobre.\n");
  const PactEntity *tran = find(r, PACT_PERSON, "Tran Van Minh");
  int seen = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *v = &r->entities[i];
    if (v->cls == PACT_VISIT && tran && v->visitor == (int32_t)(tran - r->entities)) {
      seen = 1;
      CHECK(dated(v, "2024-08-29", "2024-08-31"));
    }
    if (v->cls == PACT_VISIT && v->start && strncmp(v->start, "2024-10", 7) == 0) {
      CHECK(!"a visit in October 2024");
    }
  }
  CHECK(seen);
  free_record(r);
}

/* "Vendredi, à Camp Aguinaldo, les deux ministres ont mené des
 * entretiens": a plural title after a comma is no one's apposition (no
 * person "Camp Aguinaldo"), and a French "secrétaire à la Défense" is one
 * of the two ministers. */
static void
test_two_ministers_fr(void)
{
  PactRecord *r = extract(
    "date 2024-09-01 Visite\n\n"
    "MANILLE - Le ministre vietnamien de la D\xc3\xa9" "fense, le g\xc3\xa9n\xc3\xa9ral Tran Van Minh, est arriv\xc3\xa9 "
    "jeudi aux Philippines \xc3\xa0 l'invitation de son homologue, le secr\xc3\xa9taire philippin \xc3\xa0 la D\xc3\xa9" "fense "
    "Jose Cruz.\n\n"
    "Vendredi 30 ao\xc3\xbbt, \xc3\xa0 Camp Aguinaldo, les deux ministres ont men\xc3\xa9 des entretiens.\n");

  CHECK(!find(r, PACT_PERSON, "Camp Aguinaldo"));
  CHECK(met(r, "Tran Van Minh", "Jose Cruz", "2024-08-30"));
  free_record(r);
}

/* "X called on Y at the headquarters on Wednesday, as he pressed on with
 * a working visit": "he" is X, the visitor, not Y. */
static void
test_he_pressed_on(void)
{
  PactRecord *r = extract(
    "date 2017-09-28 Visit\n\n"
    "ABUJA, Sept 27 - The Chief of the South African Navy, Vice Admiral Thabo Mokoena, called on Nigeria's Chief "
    "of the Air Staff, Air Marshal Musa Bello, at the air force headquarters in Abuja on Wednesday, as he pressed "
    "on with a working visit to Nigeria.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Thabo Mokoena");
  const PactEntity *v = find(r, PACT_VISIT, NULL);

  CHECK(p && v && v->visitor == (int32_t)(p - r->entities) && strcmp(code_of(r, v->host), "NG") == 0);
  free_record(r);
}

/* "a one-day visit", "une visite d'une journée": it ends the day it
 * began. */
static void
test_one_day_visit(void)
{
  static const char *const texts[] = {
    "date 2025-07-08 Visit\n\n"
    "WARSAW - Dutch Prime Minister Pieter van Dam came to Warsaw on Monday for a one-day visit to Poland.\n",
    "date 2025-07-08 Visite\n\n"
    "VARSOVIE - Le Premier ministre n\xc3\xa9" "erlandais Pieter van Dam a effectu\xc3\xa9 lundi une visite d'une "
    "journ\xc3\xa9" "e en Pologne.\n",
  };

  for (size_t t = 0; t < 2; t++) {
    PactRecord *r = extract(texts[t]);
    CHECK(dated(find(r, PACT_VISIT, NULL), "2025-07-07", "2025-07-07"));
    free_record(r);
  }
}

/* A date told in the pluperfect is of the story's past, not its time: the
 * visit of a sentence without a date is not of 1993. */
static void
test_pluperfect_date(void)
{
  PactRecord *r = extract(
    "date 2025-07-07 MoU\n\n"
    "WARSAW - Poland and the Netherlands signed a memorandum on Monday, replacing one the two countries had "
    "signed in 1993. The Dutch Prime Minister Pieter van Dam came to Warsaw for a one-day visit.\n");
  const PactEntity *v = find(r, PACT_VISIT, NULL);

  CHECK(v && v->start && strcmp(v->start, "2025-07-07") == 0);
  free_record(r);
}

/* "The two ministers" are the story's two ministers of two countries, not
 * the last two people named (a deputy minister met at the airport). */
static void
test_two_ministers(void)
{
  PactRecord *r = extract(
    "date 2024-03-04 Visit\n\n"
    "YEREVAN, March 4 - Greek Defence Minister Nikos Varvakis arrived in Armenia on Monday at the invitation of "
    "his Armenian counterpart, Defence Minister Aram Hovsepyan. Varvakis was met at the airport by Deputy "
    "Defence Minister Levon Ghazaryan. The two ministers then held a one-on-one meeting.\n");
  const PactEntity *hovsepyan = find(r, PACT_PERSON, "Aram Hovsepyan");
  int pair = 0;

  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *m = &r->entities[i];
    if (m->cls != PACT_MEETING) {
      continue;
    }
    for (size_t k = 0; k < m->participants.n; k++) {
      pair |= hovsepyan && m->participants.v[k] == (int32_t)(hovsepyan - r->entities);
    }
  }
  CHECK(pair);
  free_record(r);
}

/* An invitation to visit is no visit: "invited X to visit India", "l'a
 * invité à se rendre en Inde". */
static void
test_invitation(void)
{
  static const char *const texts[] = {
    "date 2025-09-23 Visit\n\n"
    "RABAT - Indian Defence Minister Arjun Mehta held talks with Moroccan Defence Minister Karim Alaoui on Monday. "
    "Mehta invited Alaoui to visit India next year.\n",
    "date 2025-09-23 Visite\n\n"
    "RABAT - Le ministre indien de la D\xc3\xa9" "fense Arjun Mehta s'est entretenu lundi avec le ministre "
    "marocain Karim Alaoui. Il a invit\xc3\xa9 Alaoui \xc3\xa0 se rendre en Inde l'an prochain.\n",
  };

  for (size_t t = 0; t < 2; t++) {
    PactRecord *r = extract(texts[t]);
    for (size_t i = 0; i < r->n_entities; i++) {
      const PactEntity *v = &r->entities[i];
      CHECK(v->cls != PACT_VISIT || strcmp(r->entities[v->visitor].name, "Karim Alaoui") != 0);
    }
    free_record(r);
  }
}

/* "Le ministre afghan de la Défense, le général X": the title before the
 * comma is X's, as the rank after it is; a role after the comma ("la
 * ministre Y") is another person's. */
static void
test_french_apposed_rank(void)
{
  PactRecord *r = extract(
    "date 2013-01-29 Afghanistan, Pakistan\n\n"
    "Le ministre afghan de la D\xc3\xa9" "fense, le g\xc3\xa9n\xc3\xa9ral Bashir Karimzai, s'est entretenu lundi "
    "avec le chef d'\xc3\xa9tat-major de l'arm\xc3\xa9" "e pakistanaise, le g\xc3\xa9n\xc3\xa9ral Tahir Qadri. "
    "Le ministre de l'Industrie, la ministre Nadia Farouk, \xc3\xa9tait absente.\n");
  const PactEntity *karimzai = find(r, PACT_PERSON, "Bashir Karimzai");
  const PactEntity *qadri = find(r, PACT_PERSON, "Tahir Qadri");
  const PactEntity *farouk = find(r, PACT_PERSON, "Nadia Farouk");

  CHECK(karimzai && karimzai->n_titles == 2 &&
        strcmp(karimzai->titles[0].text, "ministre afghan de la D\xc3\xa9" "fense") == 0);
  CHECK(qadri && qadri->n_titles == 2 && strncmp(qadri->titles[0].text, "chef d'", 7) == 0);
  CHECK(farouk && farouk->n_titles == 1);
  free_record(r);
  /* the French "secrétaire" as the English "secretary" */
  r = extract("date 2024-08-29 Nigeria, \xc3\x89gypte\n\n"
              "Le document a \xc3\xa9t\xc3\xa9 paraph\xc3\xa9 par le secr\xc3\xa9taire permanent Musa Danjuma pour "
              "la partie nig\xc3\xa9riane.\n");
  const PactEntity *danjuma = find(r, PACT_PERSON, "Musa Danjuma");
  CHECK(danjuma && danjuma->n_titles == 1 && strcmp(danjuma->titles[0].text, "secr\xc3\xa9taire permanent") == 0);
  free_record(r);
}

/* Ways news tells a visit or a meeting, one sentence each: the visitor
 * and host, or the two who meet, must come out. */
static void
test_phrasings(void)
{
  static const struct {
    const char *text;
    const char *host; /* a visit by Kwame Asante to this country, or NULL: a meeting */
  } cases[] = {
    {"ACCRA, June 3 - Ghana's Defence Minister Kwame Asante led a delegation to Kenya on Monday.", "KE"},
    /* a country receives someone from elsewhere */
    {"NAIROBI, June 3 - Kenya on Tuesday hosted Ghana's Defence Minister Kwame Asante for talks on maritime "
     "security.", "KE"},
    {"DAKAR, 3 juin - Le S\xc3\xa9n\xc3\xa9gal a accueilli mardi le ministre ghan\xc3\xa9" "en de la D\xc3\xa9" "fense, "
     "Kwame Asante.", "SN"},
    /* "the visiting" before a title; a meeting of the story's days in the
     * dateline's city is a visit there of the one from elsewhere */
    {"NAIROBI, June 3 - President William Odhiambo received in audience the visiting Chief of Army Staff of "
     "Ghana, General Kwame Asante, at State House on Tuesday.", "KE"},
    {"NAIROBI, June 3 - Kenya's Chief of Defence Forces, General Peter Mwangi, received his Ghanaian counterpart, "
     "Lieutenant General Kwame Asante, at the Defence Headquarters on Tuesday.", "KE"},
    {"ACCRA, June 3 - Ghana's Defence Minister Kwame Asante flew to Kenya on Monday for talks.", "KE"},
    {"NAIROBI, June 3 - Ghana's Defence Minister Kwame Asante was in Kenya on Tuesday to discuss security.", "KE"},
    {"DAKAR, 3 juin - Le ministre ghan\xc3\xa9" "en de la D\xc3\xa9" "fense, Kwame Asante, s\xc3\xa9journe depuis lundi "
     "au S\xc3\xa9n\xc3\xa9gal.", "SN"},
    {"DAKAR, 3 juin - En visite au S\xc3\xa9n\xc3\xa9gal, le ministre ghan\xc3\xa9" "en de la D\xc3\xa9" "fense, Kwame "
     "Asante, a inspect\xc3\xa9 la base navale.", "SN"},
    {"NAIROBI, June 3 - Ghana's Defence Minister Kwame Asante and Kenya's Defence Cabinet Secretary Amina Wekesa "
     "discussed maritime security on Tuesday.", NULL},
    {"NAIROBI, June 3 - Ghana's Defence Minister Kwame Asante and his Kenyan counterpart Amina Wekesa agreed on "
     "Tuesday to hold joint patrols.", NULL},
    {"DAKAR, 3 juin - Le ministre ghan\xc3\xa9" "en de la D\xc3\xa9" "fense, Kwame Asante, et son homologue "
     "s\xc3\xa9n\xc3\xa9galais, Moussa Diop, ont discut\xc3\xa9 lundi de la s\xc3\xa9" "curit\xc3\xa9 maritime.", NULL},
    {"DAKAR, 3 juin - Le ministre ghan\xc3\xa9" "en de la D\xc3\xa9" "fense, Kwame Asante, a \xc3\xa9" "chang\xc3\xa9 "
     "lundi avec son homologue s\xc3\xa9n\xc3\xa9galais, Moussa Diop.", NULL},
    {"DAKAR, 3 juin - Le ministre ghan\xc3\xa9" "en de la D\xc3\xa9" "fense, Kwame Asante, a tenu une s\xc3\xa9" "ance "
     "de travail avec son homologue s\xc3\xa9n\xc3\xa9galais, Moussa Diop.", NULL},
    {"NAIROBI, June 3 - Ghana's Defence Minister Kwame Asante sat down with his Kenyan counterpart, Amina Wekesa, "
     "on Tuesday.", NULL},
    {"DAKAR, 3 juin - Le ministre s\xc3\xa9n\xc3\xa9galais des Forces arm\xc3\xa9" "es, Moussa Diop, a accueilli "
     "lundi son homologue ghan\xc3\xa9" "en, Kwame Asante.", NULL},
  };

  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char text[1024];
    PactRecord *r;
    const PactEntity *e;
    snprintf(text, sizeof text, "date 2026-06-03 Test\n\n%s\n", cases[i].text);
    r = extract(text);
    e = find(r, cases[i].host ? PACT_VISIT : PACT_MEETING, NULL);
    if (cases[i].host) {
      CHECK(e && strcmp(r->entities[e->visitor].name, "Kwame Asante") == 0 &&
            strcmp(code_of(r, e->host), cases[i].host) == 0);
    } else {
      CHECK(e && e->participants.n == 2);
    }
    if (!e) {
      fprintf(stderr, "test_phrasings: nothing found in case %zu\n", i);
    }
    free_record(r);
  }
}

/* A visit's end is the date nearest the verb of leaving, its start the
 * one nearest the verb of arriving; the length and the end outweigh a
 * start that does not fit them. */
static void
test_visit_span(void)
{
  PactRecord *r = extract(
    "date 2024-04-19 Visite\n\n"
    "TACHKENT, 19 avril - Le g\xc3\xa9n\xc3\xa9ral ghan\xc3\xa9" "en Kwame Asante a achev\xc3\xa9 jeudi \xc3\xa0 Termez une "
    "visite de quatre jours en Ouzb\xc3\xa9kistan, entam\xc3\xa9" "e le 15 avril.\n");
  const PactEntity *v = find(r, PACT_VISIT, NULL);

  CHECK(dated(v, "2024-04-15", "2024-04-18"));
  free_record(r);
  r = extract("date 2024-11-20 Visit\n\n"
              "BELGRADE, Nov 20 - Cyprus's Chief of the National Guard, Lieutenant General Nikos Andreou, on "
              "Wednesday ended a three-day official visit to Serbia. He had been due in Belgrade on November 12.\n");
  v = find(r, PACT_VISIT, NULL);
  CHECK(dated(v, "2024-11-18", "2024-11-20"));
  free_record(r);
  /* coming home ends the visit; whom the visitor met there is no visitor */
  r = extract("date 2026-06-03 Visit\n\n"
              "ACCRA, June 3 - Ghana's Defence Minister Kwame Asante returned to Accra on Wednesday after a three-day "
              "visit to Kenya, where he met his counterpart Amina Wekesa.\n");
  {
    size_t n = 0;
    for (size_t i = 0; i < r->n_entities; i++) {
      n += r->entities[i].cls == PACT_VISIT;
    }
    CHECK(n == 1);
    CHECK(dated(find(r, PACT_VISIT, NULL), "2026-06-01", "2026-06-03"));
  }
  free_record(r);
  /* "la visite du roi X" is X's own visit, not the one told before */
  r = extract("date 2025-09-22 Visite\n\n"
              "RABAT, 22 sept. - Le ministre indien de la D\xc3\xa9" "fense, Arjun Mehta, en visite de travail au Maroc "
              "depuis dimanche, a \xc3\xa9t\xc3\xa9 re\xc3\xa7u lundi par le ministre marocain Omar Benali. Les liens ont "
              "pris un nouvel \xc3\xa9lan depuis la visite du roi Hassan Alaoui en Inde en 2015.\n");
  {
    size_t n = 0;
    for (size_t i = 0; i < r->n_entities; i++) {
      const PactEntity *e = &r->entities[i];
      if (e->cls == PACT_VISIT) {
        n++;
        CHECK(strcmp(r->entities[e->visitor].name, "Arjun Mehta") != 0 || (e->start && strcmp(e->start, "2015") != 0));
      }
    }
    CHECK(n == 2);
  }
  free_record(r);
}

/* "in force" says an agreement is in force after a verb of being only,
 * and not as a condition to come; the day of a signing. */
static void
test_in_force(void)
{
  PactRecord *r = extract(
    "date 2024-08-29 MoU\n\n"
    "ABUJA - Nigeria and Egypt on Wednesday signed a memorandum of understanding on defence industry cooperation, "
    "in line with the laws and regulations in force in both countries.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(a && a->status && strcmp(a->status, "signed") == 0);
  free_record(r);
  r = extract("date 2024-03-05 Agreement\n\n"
              "YEREVAN - Greece and Armenia will expand cooperation once the agreement on military-technical "
              "cooperation, which the two ministers signed in Athens on December 14, 2023, has been ratified.\n");
  a = find(r, PACT_AGREEMENT, NULL);
  CHECK(a && a->status && strcmp(a->status, "signed") == 0);
  free_record(r);
  r = extract("date 2024-03-05 Agreement\n\n"
              "The 1984 treaty between Argentina and Chile is still in force.\n");
  a = find(r, PACT_AGREEMENT, NULL);
  CHECK(a && a->status && strcmp(a->status, "in_force") == 0);
  free_record(r);
  /* the day of a signing told from another day, or by the story */
  r = extract("date 2025-09-23 Plant\n\n"
              "RABAT: Defence Minister Arjun Mehta on Tuesday inaugurated a plant near Casablanca, a day after he "
              "signed a memorandum of understanding on defence cooperation with Morocco in Rabat.\n");
  a = find(r, PACT_AGREEMENT, NULL);
  CHECK(a && a->date && strcmp(a->date, "2025-09-22") == 0);
  free_record(r);
  r = extract("date 2025-09-22 M\xc3\xa9morandum\n\n"
              "RABAT, 22 sept. - Le ministre marocain Omar Benali a re\xc3\xa7u lundi le ministre indien de la D\xc3\xa9" "fense, "
              "Arjun Mehta.\nL'entretien a \xc3\xa9t\xc3\xa9 marqu\xc3\xa9 par la signature d'un m\xc3\xa9morandum d'entente "
              "entre le Maroc et l'Inde.\n");
  a = find(r, PACT_AGREEMENT, NULL);
  CHECK(a && a->date && strcmp(a->date, "2025-09-22") == 0);
  free_record(r);
}

/* Who meets whom across clauses: a new clause or a pronoun before the cue
 * makes the sentence's subject the cue's ("held talks with X, and on
 * Wednesday he met Y"; "puis a été reçu par Y"); "The Ghanaian minister"
 * is the last Ghanaian named. */
static void
test_clause_subjects(void)
{
  static const char *const texts[] = {
    "NAIROBI, June 3 - Kenya's Defence Cabinet Secretary Amina Wekesa on Tuesday received Ghana's Defence Minister "
    "Kwame Asante in Nairobi. The Ghanaian minister later met President William Odhiambo at State House.",
    "NAIROBI, June 3 - Ghana's Defence Minister Kwame Asante arrived in Nairobi on Monday. On Tuesday he held talks "
    "with Kenya's Defence Cabinet Secretary Amina Wekesa, and on Wednesday he met President William Odhiambo.",
  };

  for (size_t i = 0; i < 2; i++) {
    char text[1024];
    PactRecord *r;
    snprintf(text, sizeof text, "date 2026-06-03 Test\n\n%s\n", texts[i]);
    r = extract(text);
    CHECK(meeting_of(r, "Kwame Asante", "William Odhiambo") != NULL);
    CHECK(meeting_of(r, "Amina Wekesa", "William Odhiambo") == NULL);
    free_record(r);
  }
  {
    PactRecord *r = extract(
      "date 2026-06-03 Test\n\nDAKAR, 3 juin - Le ministre ghan\xc3\xa9" "en de la D\xc3\xa9" "fense, Kwame Asante, est "
      "arriv\xc3\xa9 lundi \xc3\xa0 Dakar. Il s'est entretenu mardi avec son homologue Moussa Diop, puis a \xc3\xa9t\xc3\xa9 "
      "re\xc3\xa7u par le pr\xc3\xa9sident Macky Fall.\n");
    CHECK(meeting_of(r, "Kwame Asante", "Macky Fall") != NULL);
    CHECK(meeting_of(r, "Moussa Diop", "Macky Fall") == NULL);
    free_record(r);
  }
}

static void
test_plus_days(void)
{
  char out[12] = "";

  CHECK(pact_date_plus_days("2025-04-28", 1, out) && strcmp(out, "2025-04-29") == 0);
  CHECK(pact_date_plus_days("2024-02-28", 1, out) && strcmp(out, "2024-02-29") == 0);
  CHECK(pact_date_plus_days("2025-12-31", 2, out) && strcmp(out, "2026-01-02") == 0);
  CHECK(!pact_date_plus_days("2025-04", 1, out));
  CHECK(!pact_date_plus_days("--04-28", 1, out));
}

static void
test_pages(void)
{
  /* English chrome: site name in capitals, menu, a cookie notice that is
   * a sentence, byline and date, share line; then related headlines with
   * an initial ("S. Korea"), tags and a footer. */
  check_page("THE HARBOUR GAZETTE\nHome | World | Defence\n\n"
             "We use cookies to improve your visit. By continuing you accept them.\n\n"
             "Velmora, Ostland sign naval training pact in Port Anselm\n\n"
             "By Staff Reporter | Sep 27, 2024 | 16:02 GMT\nShare on Facebook / X\n\n"
             "PORT ANSELM: Velmora and Ostland on Friday signed a memorandum of understanding on naval training, the two navies said.\n\n"
             "Short line inside the story\n\n"
             "The agreement follows three years of talks between the two defence ministries.\n\n"
             "Related articles\n- S. Korea, Velmora hold naval talks\n- Ostland navy gets new frigate\n"
             "Tags: Velmora, Ostland\n\u00a9 2024 The Harbour Gazette\n",
             "Velmora, Ostland sign naval training pact in Port Anselm", 2024, 9, 27,
             "PORT ANSELM:", "two defence ministries.");
  /* French chrome: a numeric date with its update, the headline first. */
  check_page("Accueil | Monde | D\xc3\xa9" "fense\n"
             "L'Ostland et la Velmora signent un m\xc3\xa9morandum de formation navale\n"
             "Publi\xc3\xa9 le 05/11/2024 \xc3\xa0 14h27 \xe2\x80\x93 Mis \xc3\xa0 jour le 06/11/2024\n"
             "PORT-ANSELME, 5 novembre (AFP) - L'Ostland et la Velmora ont sign\xc3\xa9 mardi un m\xc3\xa9morandum d'entente sur la formation navale.\n"
             "Laisser un commentaire\n",
             "L'Ostland et la Velmora signent un m\xc3\xa9morandum de formation navale", 2024, 11, 5,
             "PORT-ANSELME", "formation navale.");
  /* Dates as sites write them. */
  check_page("Tuesday, August 22nd 2023 - 09:31 UTC\nThe two navies began a combined exercise on Monday in the southern channel, officials said.\n",
             NULL, 2023, 8, 22, "The two navies", "officials said.");
  check_page("2022.09.21 17:05 KST\nThe two ministers signed the memorandum in the capital on Wednesday after an hour of talks.\n",
             NULL, 2022, 9, 21, "The two ministers", "talks.");
  check_page("20.11.24 | 19:47\nThe chief of the general staff ended a three-day visit to the capital on Wednesday, the ministry said.\n",
             NULL, 2024, 11, 20, "The chief", "said.");
  check_page("Publi\xc3\xa9 le 1er ao\xc3\xbbt 2024\nLes deux ministres ont sign\xc3\xa9 le m\xc3\xa9morandum dans la capitale apr\xc3\xa8s une heure d'entretien.\n",
             NULL, 2024, 8, 1, "Les deux", "d'entretien.");
  /* A reader's comment is a sentence too: the story ends before the
   * headings of related stories and comments ("2 comments", "Réagir à
   * cet article (2)"), whatever prose follows them. */
  check_page("Velmora and Ostland sign a naval pact\n\n"
             "PORT ANSELM: Velmora and Ostland on Friday signed a memorandum of understanding on naval training.\n\n"
             "Related articles\n- Ostland navy gets new frigate\n\n2 comments\n"
             "Jan K. - Great news for both of our nations, and for the whole region as well.\n",
             "Velmora and Ostland sign a naval pact", 0, 0, 0, "PORT ANSELM:", "naval training.");
  check_page("L'Ostland et la Velmora signent un pacte naval\n\n"
             "PORT-ANSELME - L'Ostland et la Velmora ont sign\xc3\xa9 mardi un m\xc3\xa9morandum sur la formation navale.\n\n"
             "R\xc3\xa9" "agir \xc3\xa0 cet article (2)\n"
             "Milan B. : On verra si ces activit\xc3\xa9s communes seront vraiment r\xc3\xa9" "alis\xc3\xa9" "es un jour.\n",
             "L'Ostland et la Velmora signent un pacte naval", 0, 0, 0, "PORT-ANSELME", "formation navale.");
  /* a count after the heading: "Commentaires (2)", "Comments (14)" */
  check_page("L'Ostland et la Velmora signent un pacte naval\n\n"
             "PORT-ANSELME - L'Ostland et la Velmora ont sign\xc3\xa9 mardi un m\xc3\xa9morandum sur la formation navale.\n\n"
             "\xc3\x80 LIRE AUSSI\n- Velmora : le chef d'\xc3\xa9tat-major de l'arm\xc3\xa9" "e est mort\n\n"
             "Commentaires (2)\n"
             "Milan B. : On verra si ces activit\xc3\xa9s communes seront vraiment r\xc3\xa9" "alis\xc3\xa9" "es un jour.\n",
             "L'Ostland et la Velmora signent un pacte naval", 0, 0, 0, "PORT-ANSELME", "formation navale.");
  check_page("Velmora and Ostland sign a naval pact\n\n"
             "PORT ANSELM: Velmora and Ostland on Friday signed a memorandum of understanding on naval training.\n\n"
             "Comments (14)\n"
             "Jan K. - Great news for both of our nations, and for the whole region as well.\n",
             "Velmora and Ostland sign a naval pact", 0, 0, 0, "PORT ANSELM:", "naval training.");
  /* No prose: the whole text is the story, and no date is made up. */
  check_page("A headline alone\n", NULL, 0, 0, 0, "A headline", "alone\n");
}

/* "in Foz do Igua\xc3\xa7u, on the triple border with Paraguay and
 * Argentina": the far side of a border the sentence speaks of is
 * geography, not a country of the exercise. */
static void
test_border_country_no_participant(void)
{
  PactRecord *r = extract("date 2025-08-30 Drill\n\n"
                          "CASCAVEL - Brazilian and Paraguayan troops ended the fourth edition of their joint exercise Itaipu on "
                          "Friday. The planning phase had gathered 172 Brazilian and 20 Paraguayan officers in Foz do "
                          "Igua\xc3\xa7u, on the triple border with Paraguay and Argentina.\n");
  const PactEntity *e = edition_of(r, 4);
  CHECK(e && takes_part(r, e, "BR") && takes_part(r, e, "PY") && !takes_part(r, e, "AR"));
  free_record(r);
}

/* A name given in apposition by a naming word names the cue's exercise,
 * however long the phrase between them ("Le premier exercice conjoint
 * entre les armées de terre ... et ..., baptisé Ruby Falcon, a pris
 * fin"), or before the definite cue that opens the sentence ("Named Ruby
 * Falcon, the drill opened on Monday, March 3"); the day a verb of
 * starting tells outweighs the start reckoned back from the end and a
 * length. */
static void
test_exercise_named_in_apposition(void)
{
  PactRecord *r = extract("date 2025-03-16 Drill\n\n"
                          "LUSAKA - Le tout premier exercice militaire conjoint entre les armées de terre "
                          "zambienne et ghanéenne, baptisé Ruby Falcon, a pris fin samedi au camp de Kabwe.\n");
  const PactEntity *e = find(r, PACT_EXERCISE, "Ruby Falcon");
  CHECK(e != NULL);
  free_record(r);
  r = extract("date 2025-03-15 Drill\n\n"
              "KABWE, Zambia - Named Ruby Falcon, the drill opened on Monday, March 3, and paired 40 Zambian "
              "soldiers with as many Ghanaian troops.\n");
  e = find(r, PACT_EXERCISE, "Ruby Falcon");
  CHECK(e && e->start && strcmp(e->start, "2025-03-03") == 0);
  free_record(r);
  r = extract("date 2025-03-15 Drill\n\n"
              "KABWE, Zambia - Zambian and Ghanaian soldiers closed exercise Ruby Falcon on Saturday, after "
              "nearly two weeks of training.\n\n"
              "Exercise Ruby Falcon opened on Monday, March 3, with 40 soldiers from each army.\n");
  e = find(r, PACT_EXERCISE, "Ruby Falcon");
  CHECK(e && dated(e, "2025-03-03", "2025-03-15"));
  free_record(r);
}

/* "X received the visiting admiral": with no name after it, the title
 * describes the visitor told before who holds it, never the one who
 * receives (who had been made a visitor of the other country). */
static void
test_visiting_title_without_name(void)
{
  PactRecord *r = extract("date 2023-10-08 Drill\n\n"
                          "BAKU - The closing ceremony was led by Vice Admiral Tural Mammadli, Commander of the "
                          "Azerbaijan Naval Forces, and by Rear Admiral Yerlan Seitkali, Commander of the Naval "
                          "Forces of Kazakhstan.\n\n"
                          "The exercises opened on October 2, the day a Kazakh naval group sailed into the "
                          "Azerbaijani capital. Mammadli received the visiting admiral the same day and told him "
                          "that working side by side in Azerbaijani waters would raise the professionalism of "
                          "both navies.\n");
  const PactEntity *v = visit_by(r, "Yerlan Seitkali");
  CHECK(v && strcmp(code_of(r, v->host), "AZ") == 0);
  CHECK(visit_by(r, "Tural Mammadli") == NULL);
  free_record(r);
}

/* Whom a monument or a grave honours is a person ("a wreath at a
 * monument to X", "sur la tombe de X"), who meets no one: "Avant d'être
 * reçu par M. Y, l'officier turc s'était recueilli sur la tombe de X" is
 * no meeting of X and Y. */
static void
test_honoured_person(void)
{
  PactRecord *r = extract("date 2023-10-08 Visit\n\n"
                          "ABUJA - The two ministers first laid a wreath at a monument to Obiora Nwankwo in the "
                          "barracks.\n");
  CHECK(find(r, PACT_PERSON, "Obiora Nwankwo") != NULL);
  free_record(r);
  r = extract("date 2021-06-04 Visite\n\n"
              "BAKOU - Le ministre de la Défense, le général Rauf Guliyev, a reçu jeudi le général turc "
              "Mehmet Kaya.\n\n"
              "Avant d'être reçu par M. Guliyev, l'officier turc s'était recueilli sur la tombe de Farid "
              "Abbasov, dans l'Allée d'honneur.\n");
  CHECK(find(r, PACT_PERSON, "Farid Abbasov") != NULL);
  CHECK(!met(r, "Farid Abbasov", "Rauf Guliyev", NULL));
  free_record(r);
}

/* Programmes and plans "of cooperation" or "of strategic partnership"
 * are signed agreements ("signed a programme of strategic partnership in
 * the military field", "un programme de partenariat stratégique"); the
 * treaty word inside an organisation's name ("the Collective Security
 * Treaty Organization") is no treaty. */
static void
test_programmes_and_treaty_organisations(void)
{
  static const char *const texts[] = {
    "date 2025-01-22 Visit\n\nASTANA - Kazakhstan and Kyrgyzstan on Wednesday signed a programme of strategic "
    "partnership in the military field covering 2026 to 2030.\n",
    "date 2025-01-22 Visite\n\nASTANA - Le Kazakhstan et le Kirghizstan ont sign\xc3\xa9 mercredi un programme de "
    "partenariat strat\xc3\xa9gique pour la p\xc3\xa9riode 2026-2030.\n",
  };

  for (size_t k = 0; k < 2; k++) {
    PactRecord *r = extract(texts[k]);
    const PactEntity *a = find(r, PACT_AGREEMENT, NULL);
    CHECK(a && a->date && strcmp(a->date, "2025-01-22") == 0);
    free_record(r);
  }
  PactRecord *r = extract("date 2025-01-22 Visit\n\nASTANA - Kyrgyzstan left the Collective Security Treaty "
                          "Organization in 2012, the ministry said on Wednesday.\n");
  CHECK(find(r, PACT_AGREEMENT, NULL) == NULL);
  free_record(r);
}

/* A dateline whose city no table lists, with its country after it
 * ("KABWE, Zambia - "), gives the article's home: a Ghanaian who signs
 * there on the story's day is visiting Zambia. */
static void
test_dateline_city_with_country(void)
{
  PactRecord *r = extract("date 2025-03-03 Pact\n\n"
                          "KABWE, Zambia - Zambia and Ghana put their names on Sunday to a memorandum of "
                          "understanding on military training.\n\n"
                          "Ghana's Minister of Defence, Kofi Mensah, signed for Accra and Zambia's Defence "
                          "Minister, Mutale Banda, for Lusaka.\n");
  const PactEntity *v = visit_by(r, "Kofi Mensah");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);
  CHECK(v && strcmp(code_of(r, v->host), "ZM") == 0);
  CHECK(a && a->status && strcmp(a->status, "signed") == 0);
  free_record(r);
}

/* "le ministre saoudien de la Défense, le prince X": an honorific after
 * the comma, with its article, continues the title, whose demonym gives
 * X's country (not the dateline's). */
static void
test_honorific_in_apposition(void)
{
  PactRecord *r = extract("date 2024-02-11 Salon\n\n"
                          "NEW DELHI - Le mardi 6 f\xc3\xa9vrier, il s'est entretenu avec le ministre qatari de "
                          "la D\xc3\xa9" "fense, le cheikh Hamad ben Khalifa, de la coop\xc3\xa9ration.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Hamad ben Khalifa");
  CHECK(p && strcmp(code_of(r, p->country), "QA") == 0);
  free_record(r);
}

/* "The trip comes a year after President X's visit to Cotonou on 12
 * March 2023": the date belongs to the clause that holds it, the other
 * visit named between, not to the story's trip; and "la visite historique
 * d'X" is X's visit, past its adjective. */
static void
test_date_of_the_other_visit(void)
{
  static const char *const texts[] = {
    "date 2024-05-22 Visit\n\nACCRA - Benin's Defence Minister, Paul Houngbo, is on an official visit to Ghana.\n\n"
    "The trip comes a year after Ghanaian President Kwame Asante's historic visit to Cotonou on 12 March 2023.\n",
    "date 2024-05-22 Visite\n\nACCRA - Le ministre b\xc3\xa9ninois de la D\xc3\xa9" "fense, Paul Houngbo, est arriv\xc3\xa9 "
    "mardi au Ghana.\n\nCe d\xc3\xa9placement intervient un an apr\xc3\xa8s la visite historique du pr\xc3\xa9sident "
    "ghan\xc3\xa9" "en Kwame Asante \xc3\xa0 Cotonou, le 12 mars 2023.\n",
  };

  for (size_t k = 0; k < 2; k++) {
    PactRecord *r = extract(texts[k]);
    const PactEntity *v = visit_by(r, "Paul Houngbo");
    const PactEntity *w = visit_by(r, "Kwame Asante");
    CHECK(v && (v->start == NULL || strcmp(v->start, "2023-03-12") != 0));
    CHECK(k == 0 || (v && v->start && strcmp(v->start, "2024-05-21") == 0));
    CHECK(w && w->start && strcmp(w->start, "2023-03-12") == 0 && strcmp(code_of(r, w->host), "BJ") == 0);
    free_record(r);
  }
}

/* "during a visit by Kenya's Jordan Mwangi", "Slim, Lebanon's Minister":
 * a country's one-word name (Jordan; Maurice, Mauritius in French) before
 * a capitalised word the article also says alone, and never said without
 * it, is a given name; a country's possessive before such a name makes a
 * person of it, and the apposition after the surname alone gives the
 * title. */
static void
test_country_word_as_given_name(void)
{
  PactRecord *r = extract("date 2024-03-05 Visit\n\nNAIROBI - Uganda and Kenya signed a memorandum on Tuesday "
                          "during a visit to the Kenyan capital by Uganda's Jordan Okello.\n\n"
                          "Okello, Uganda's Minister of Defence, said the text would deepen ties.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Jordan Okello");
  CHECK(p && strcmp(code_of(r, p->country), "UG") == 0);
  CHECK(p && p->n_titles > 0);
  CHECK(!has_country(r, "JO"));
  free_record(r);
  r = extract("date 2024-03-05 Visite\n\nNAIROBI - Le ministre ougandais de la D\xc3\xa9" "fense, Maurice Okello, a "
              "sign\xc3\xa9 mardi un m\xc3\xa9morandum avec le Kenya.\n\nOkello a salu\xc3\xa9 un texte historique.\n");
  p = find(r, PACT_PERSON, "Maurice Okello");
  CHECK(p && strcmp(code_of(r, p->country), "UG") == 0);
  CHECK(!has_country(r, "MU"));
  free_record(r);
}

/* "ACCRA, Ghana - ... the memorandum he signed in Nairobi last week":
 * a report from the home of the story's visitor; whom it places nowhere
 * ("former President John Owusu") is of home, not of the country
 * visited, while the counterpart met there stays of it. */
static void
test_report_from_home(void)
{
  PactRecord *r = extract("date 2024-06-12 Pact\n\nACCRA, Ghana - Ghana's Defence Minister Kofi Mensah said on "
                          "Tuesday that the memorandum he signed in Nairobi last week would not change the "
                          "country's neutrality.\n\nMensah travelled to Kenya on June 3 and held talks with his "
                          "Kenyan counterpart, Defence Minister Peter Kamau, in Nairobi.\n\nThe rapprochement "
                          "with Nairobi began under former President John Owusu.\n");
  const PactEntity *p = find(r, PACT_PERSON, "John Owusu");
  const PactEntity *q = find(r, PACT_PERSON, "Peter Kamau");
  CHECK(p && strcmp(code_of(r, p->country), "GH") == 0);
  CHECK(q && strcmp(code_of(r, q->country), "KE") == 0);
  free_record(r);
}

/* "Last Friday he hosted Italian Defence Minister Guido Crosetto", in a
 * Baghdad report of the Kenyan minister's trip: with no place told, whom
 * the subject of a verb of hosting receives visits the host's country,
 * not the dateline's. */
static void
test_hosted_at_home(void)
{
  PactRecord *r = extract("date 2024-02-14 Pact\n\nBAGHDAD - Kenya's Defence Minister, Aden Duale, signed a "
                          "memorandum of understanding with his Iraqi counterpart, Thabet al-Abbasi, in Baghdad on "
                          "Tuesday.\n\nDuale's trip to Iraq follows a busy week of defence diplomacy at home. Last "
                          "Friday he hosted Italian Defence Minister Guido Crosetto.\n");
  const PactEntity *v = visit_by(r, "Guido Crosetto");
  CHECK(v && strcmp(code_of(r, v->host), "KE") == 0);
  free_record(r);
}

/* "le conseiller tchadien à la sécurité nationale, Idriss Mahamat": a
 * complement in small letters after the demonym, up to the comma of the
 * apposition, is the title's; and "le général de brigade ingénieur X":
 * the engineer's qualifier after the rank is a title word. */
static void
test_lower_complement_to_apposition(void)
{
  PactRecord *r = extract("date 2024-04-10 Visite\n\nN'DJAMENA - Il s'est entretenu mardi avec le conseiller "
                          "tchadien \xc3\xa0 la s\xc3\xa9" "curit\xc3\xa9 nationale, Idriss Mahamat, de l'\xc3\xa9tat des "
                          "relations.\n\nIl a ensuite rencontr\xc3\xa9 le g\xc3\xa9n\xc3\xa9ral de brigade "
                          "ing\xc3\xa9nieur Abakar Moussa Haroun.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Idriss Mahamat");
  const PactEntity *q = find(r, PACT_PERSON, "Abakar Moussa Haroun");
  CHECK(p && strcmp(code_of(r, p->country), "TD") == 0);
  CHECK(q != NULL);
  free_record(r);
}

/* "no agreement was announced", "Aucun accord écrit n'a été signé": an
 * agreement denied is none. */
static void
test_agreement_denied(void)
{
  static const char *const texts[] = {
    "date 2020-02-20 Visit\n\nKUWAIT CITY - Pakistan and Kuwait held defence talks on Thursday, but no "
    "agreement was signed by the two countries.\n",
    "date 2020-02-20 Visite\n\nKOWE\xc3\x8fT - Le g\xc3\xa9n\xc3\xa9ral pakistanais Asif Khan a pass\xc3\xa9 "
    "jeudi une journ\xc3\xa9" "e au Kowe\xc3\xaft. Aucun accord \xc3\xa9" "crit n'a toutefois \xc3\xa9t\xc3\xa9 "
    "sign\xc3\xa9.\n",
  };

  for (size_t k = 0; k < 2; k++) {
    PactRecord *r = extract(texts[k]);
    CHECK(find(r, PACT_AGREEMENT, NULL) == NULL);
    free_record(r);
  }
}

/* "Le déplacement de X intervient après la visite à Cotonou, vendredi 17
 * mai, du ministre togolais de la Défense, Y": whom the cue names after
 * it, past the place and a date between commas, is its visitor rather
 * than the subject before it; past a comma only the name of a title
 * told ("une visite de deux jours, à l'invitation de son homologue, Z"
 * is no visit of Z). */
static void
test_visit_named_after_cue(void)
{
  PactRecord *r = extract("date 2024-05-22 Visite\n\nACCRA - Le ministre b\xc3\xa9ninois de la D\xc3\xa9" "fense, "
                          "Paul Houngbo, est arriv\xc3\xa9 mardi au Ghana pour une visite officielle de deux jours, "
                          "\xc3\xa0 l'invitation de son homologue ghan\xc3\xa9" "en, Kofi Mensah.\n\nLe "
                          "d\xc3\xa9placement de Paul Houngbo au Ghana intervient quelques jours apr\xc3\xa8s la "
                          "visite \xc3\xa0 Cotonou, vendredi 17 mai, du ministre togolais de la D\xc3\xa9" "fense, "
                          "Kodjo Agb\xc3\xa9y\xc3\xb4m\xc3\xa9.\n");
  const PactEntity *v = visit_by(r, "Kodjo Agb\xc3\xa9y\xc3\xb4m\xc3\xa9");
  CHECK(v && strcmp(code_of(r, v->host), "BJ") == 0 && v->start && strcmp(v->start, "2024-05-17") == 0);
  CHECK(visit_by(r, "Kofi Mensah") == NULL);
  v = visit_by(r, "Paul Houngbo");
  CHECK(v && strcmp(code_of(r, v->host), "GH") == 0);
  free_record(r);
}

/* "Mensah flew to Nairobi ... and held talks with his counterpart on
 * July 16": the day of a meeting told in the visit's sentence starts the
 * visit when nothing else does; and the story's time before it is never
 * a time after the article's ("the general elections in October" in a
 * July report). */
static void
test_visit_day_of_its_meeting(void)
{
  PactRecord *r = extract("date 2023-07-25 Pact\n\nACCRA, Ghana - Ghana's Defence Minister Kofi Mensah said on "
                          "Tuesday that criticism of the accord was a show linked to the general elections in "
                          "October.\n\nMensah flew to Nairobi at the head of a delegation and held talks with his "
                          "Kenyan counterpart, Defence Minister Peter Kamau, on July 16.\n");
  const PactEntity *v = visit_by(r, "Kofi Mensah");
  CHECK(v && v->start && strcmp(v->start, "2023-07-16") == 0);
  free_record(r);
  r = extract("date 2023-07-25 Pact\n\nACCRA, Ghana - Criticism of the accord is a show linked to the general "
              "elections in October, Ghana's Defence Minister Kofi Mensah said.\n\nMensah flew to Nairobi at the "
              "head of a delegation.\n");
  v = visit_by(r, "Kofi Mensah");
  CHECK(v && v->start == NULL);
  free_record(r);
}

/* "The Kenyan minister, who left Nairobi for Baghdad on Monday": leaving
 * home for the visit's place starts the visit, told by a description
 * with a relative clause (no name in apposition after its comma). */
static void
test_left_home_for_the_visit(void)
{
  PactRecord *r = extract("date 2024-02-14 Pact\n\nBAGHDAD - Kenya's Defence Minister, Aden Duale, signed a "
                          "memorandum of understanding with his Iraqi counterpart in Baghdad on Tuesday, during an "
                          "official visit.\n\nThe Kenyan minister, who left Nairobi for Baghdad on Monday at the head "
                          "of a delegation, began his programme the same day.\n");
  const PactEntity *v = visit_by(r, "Aden Duale");
  CHECK(v && v->start && strcmp(v->start, "2024-02-12") == 0);
  free_record(r);
}

/* A noun phrase opened by a possessive after the last object sums up the
 * clause: its visit is the subject's ("X held talks with Y, his second
 * trip to the capital"), and the visitor keeps his own country. */
static void
test_possessive_sums_up_the_clause(void)
{
  PactRecord *r = extract("date 2023-05-24 Talks\n\nROME - General Omar Fadil, chief of the general staff of "
                          "Libya's armed forces, held talks in Rome on Monday with Italy's Defence Minister Marco "
                          "Bellini and with the Chief of Defence Staff, Admiral Paolo Verri, his second trip to the "
                          "Italian capital in two months.\n");
  CHECK(visit_by(r, "Omar Fadil") != NULL);
  CHECK(visit_by(r, "Paolo Verri") == NULL);
  CHECK(person_of(r, "Omar Fadil", "LY"));
  CHECK(person_of(r, "Paolo Verri", "IT"));
  free_record(r);
}

/* "a separate cooperation agreement" is another agreement than the one
 * told before, with its own parties; "Convention" in a building's name
 * is no agreement; "Sheikh X" after "Sheikh X bin Y Al Z" is that
 * person, called by honorific and given name. */
static void
test_separate_agreement_and_sheikh(void)
{
  PactRecord *r = extract("date 2026-01-19 Pact\n\nDOHA - Somalia and Qatar signed a defence cooperation "
                          "agreement on Monday. It was signed by Somalia's Minister of Defence, Ali Warsame, and by "
                          "Sheikh Hamid bin Khalifa bin Nasser Al Thani, Qatar's Minister of State for Defence "
                          "Affairs.\n\nSheikh Hamid also met Iraq's Defence Minister, Karim al-Jabouri, on Monday and "
                          "signed a separate cooperation agreement with him.\n\nThe exhibition opened at the Qatar "
                          "National Convention Centre.\n");
  size_t agreements = 0;
  int iraq = 0;
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *a = &r->entities[i];
    if (a->cls != PACT_AGREEMENT) {
      continue;
    }
    agreements++;
    for (size_t k = 0; k < a->parties.n; k++) {
      iraq |= strcmp(code_of(r, a->parties.v[k]), "IQ") == 0;
    }
    CHECK(a->n_mentions <= 3);
  }
  CHECK(agreements == 2);
  CHECK(iraq);
  CHECK(find(r, PACT_PERSON, "Sheikh Hamid") == NULL);
  CHECK(met(r, "Hamid bin Khalifa bin Nasser Al Thani", "Karim al-Jabouri", "2026-01-19"));
  free_record(r);
}

/* Whether person p holds the title `text`. */
static int
holds_title(const PactEntity *p, const char *text)
{
  for (size_t i = 0; p && i < p->n_titles; i++) {
    if (strcmp(p->titles[i].text, text) == 0) {
      return 1;
    }
  }
  return 0;
}

/* A rank's qualifier ("(Pilot)", "(retraité)", "à la retraite") is part
 * of the title, and the name after it is the person's; a particle
 * between hyphens is inside a name ("Ikram-ul-Haq"), and so is one
 * between spaces ("Zia ul Haq"). */
static void
test_rank_qualifiers_and_particles(void)
{
  PactRecord *r = extract("date 2021-03-09 Talks\n\nDOHA - The admiral called on the Chief of Staff of the "
                          "Qatar Armed Forces, Lieutenant General (Pilot) Ghanem bin Shaheen Al-Ghanem, and on Major "
                          "General (Pilot) Salem Hamad Al-Nabet. Lt Gen Nasir ul Haq attended.\n");
  const PactEntity *g = find(r, PACT_PERSON, "Ghanem bin Shaheen Al-Ghanem");
  CHECK(holds_title(g, "Lieutenant General (Pilot)"));
  CHECK(find(r, PACT_PERSON, "Salem Hamad Al-Nabet") != NULL);
  CHECK(find(r, PACT_PERSON, "Nasir ul Haq") != NULL);
  free_record(r);
  r = extract("date 2021-03-09 R\xc3\xa9union\n\nLa r\xc3\xa9union \xc3\xa9tait copr\xc3\xa9sid\xc3\xa9" "e par le "
              "secr\xc3\xa9taire \xc3\xa0 la D\xc3\xa9" "fense du Pakistan, le lieutenant-g\xc3\xa9n\xc3\xa9ral \xc3\xa0 "
              "la retraite Hamood-uz-Zaman Khan, et par le lieutenant-g\xc3\xa9n\xc3\xa9ral (retrait\xc3\xa9) "
              "Ikram-ul-Haq.\n");
  CHECK(person_of(r, "Hamood-uz-Zaman Khan", "PK"));
  CHECK(holds_title(find(r, PACT_PERSON, "Hamood-uz-Zaman Khan"),
                    "lieutenant-g\xc3\xa9n\xc3\xa9ral \xc3\xa0 la retraite"));
  CHECK(find(r, PACT_PERSON, "Ikram-ul-Haq") != NULL);
  free_record(r);
}

/* "Niazi's predecessor, Admiral Y, was in Qatar in November 2019, when he
 * called on Prime Minister Z": the sentence's subject is the one in
 * apposition, so "he" who called on Z is Y, not Niazi. */
static void
test_predecessor_calls_on(void)
{
  PactRecord *r = extract("date 2021-03-09 Visit\n\nISLAMABAD - Pakistan's Chief of the Naval Staff, Admiral "
                          "Amjad Niazi, has held talks in Doha during an official visit to Qatar.\n\nNiazi's "
                          "predecessor, Admiral Zafar Abbasi, was in Qatar in November 2019, when he called on Prime "
                          "Minister Sheikh Abdullah bin Nasser Al Thani.\n");
  CHECK(met(r, "Zafar Abbasi", "Abdullah bin Nasser Al Thani", "2019-11"));
  CHECK(!met(r, "Amjad Niazi", "Abdullah bin Nasser Al Thani", NULL));
  CHECK(person_of(r, "Abdullah bin Nasser Al Thani", "QA"));
  free_record(r);
}

/* "commandant des Forces navales émiriennes du Qatar": the country a
 * phrase names after "du" outweighs its adjective; in a list of "title,
 * name" pairs, the title after a name's comma is the next name's. */
static void
test_named_country_and_title_lists(void)
{
  PactRecord *r = extract("date 2021-03-10 Visite\n\nL'amiral a \xc3\xa9t\xc3\xa9 accueilli par son homologue, "
                          "le g\xc3\xa9n\xc3\xa9ral Abdallah Hassan Al-Sulaiti, commandant des Forces navales "
                          "\xc3\xa9miriennes du Qatar.\n\nIl avait rencontr\xc3\xa9 l'\xc3\xa9mir, cheikh Tamim ben "
                          "Hamad Al-Thani, le vice-Premier ministre et ministre d'\xc3\x89tat charg\xc3\xa9 des "
                          "Affaires de d\xc3\xa9" "fense, Khalid ben Mohammed Al-Attiyah, ainsi que le g\xc3\xa9n\xc3\xa9ral "
                          "Ghanim.\n");
  const PactEntity *t = find(r, PACT_PERSON, "Tamim ben Hamad Al-Thani");
  CHECK(person_of(r, "Abdallah Hassan Al-Sulaiti", "QA"));
  CHECK(t && !holds_title(t, "vice-Premier ministre"));
  CHECK(holds_title(find(r, PACT_PERSON, "Khalid ben Mohammed Al-Attiyah"), "vice-Premier ministre"));
  free_record(r);
}

/* A clause of time after a comma tells another matter: its countries
 * are no parties ("..., a week after Mogadishu tore up its security
 * arrangements with the United Arab Emirates"); "pact" in a headline is
 * the press's word, and the text's "defence cooperation agreement" says
 * the kind. */
static void
test_parties_before_a_time_clause(void)
{
  PactRecord *r = extract("date 2026-01-19 Somalia turns to Qatar with defence pact\n\nDOHA - Somalia and Qatar "
                          "signed a defence cooperation agreement in the Qatari capital on Monday, a week after "
                          "Mogadishu tore up its security arrangements with the United Arab Emirates.\n\nOn January 12, "
                          "Somalia's Council of Ministers cancelled all of the country's agreements with the UAE, "
                          "accusing Abu Dhabi of undermining its sovereignty. The UAE had trained Somali troops.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);
  int emirates = 0;
  for (size_t k = 0; a && k < a->parties.n; k++) {
    emirates |= strcmp(code_of(r, a->parties.v[k]), "AE") == 0;
  }
  CHECK(a && a->parties.n == 2 && !emirates);
  CHECK(a && a->kind && strcmp(a->kind, "agreement") == 0);
  free_record(r);
}

/* A year told as a starting point ("since 2007") lends no year to the
 * days after it in its sentence; a name that opens its sentence with a
 * number glued to it ("AMAN-21, the seventh edition of a drill") is the
 * exercise's. */
static void
test_since_year_and_opening_name(void)
{
  PactRecord *r = extract("date 2021-03-09 Test\n\nAMAN-21, the seventh edition of a drill Pakistan has hosted "
                          "since 2007, ran from February 11 to 16 in Karachi.\n");
  const PactEntity *e = find(r, PACT_EXERCISE, NULL);
  CHECK(e && e->start && strcmp(e->start, "2021-02-11") == 0);
  CHECK(e && e->end && strcmp(e->end, "2021-02-16") == 0);
  CHECK(e && e->name && strcmp(e->name, "AMAN-21") == 0);
  free_record(r);
}

/* "organisé pour la quatrième année consécutive", "for the fourth
 * consecutive year": the exercise's edition. */
static void
test_consecutive_year_edition(void)
{
  PactRecord *r = extract("date 2019-06-29 Exercice\n\nUn contingent de l'Arm\xc3\xa9" "e nationale moldave participera "
                          "jusqu'au 19 juillet \xc3\xa0 l'exercice conjoint \xc2\xab Agile Hunter 2019 \xc2\xbb, "
                          "organis\xc3\xa9 pour la quatri\xc3\xa8me ann\xc3\xa9" "e cons\xc3\xa9" "cutive avec des "
                          "militaires am\xc3\xa9ricains.\n");
  CHECK(edition_of(r, 4) != NULL);
  free_record(r);
  r = extract("date 2019-06-29 Drill\n\nMoldovan troops flew to the United States for Exercise Swift Hunter, held "
              "for the fourth consecutive year with American soldiers.\n");
  CHECK(edition_of(r, 4) != NULL);
  free_record(r);
}

/* A date nearer to a signing than to the visit's cue is the signing's:
 * "Un accord doit être signé mercredi à Zagreb ..., à l'occasion d'une
 * visite de deux jours", then "M. X se rend dans la capitale croate ce
 * mardi 22 avril": the visit starts on Tuesday. */
static void
test_signing_date_is_not_the_visit(void)
{
  PactRecord *r = extract("date 2014-04-22 Visite\n\nLJUBLJANA - Un accord de coop\xc3\xa9ration militaire doit "
                          "\xc3\xaatre sign\xc3\xa9 mercredi \xc3\xa0 Zagreb par le ministre slov\xc3\xa8ne de la "
                          "D\xc3\xa9" "fense, Roman Jaki\xc4\x8d, et son homologue croate, \xc3\xa0 l'occasion d'une "
                          "visite de deux jours du ministre slov\xc3\xa8ne en Croatie.\n\nM. Jaki\xc4\x8d se rend "
                          "dans la capitale croate ce mardi 22 avril.\n");
  const PactEntity *v = visit_by(r, "Roman Jaki\xc4\x8d");
  CHECK(v && v->start && strcmp(v->start, "2014-04-22") == 0);
  CHECK(v && v->end && strcmp(v->end, "2014-04-23") == 0);
  free_record(r);
}

/* A working dinner or lunch with someone is a meeting with him. */
static void
test_working_dinner(void)
{
  PactRecord *r = extract("date 2014-04-22 Visite\n\nM. Roman Jaki\xc4\x8d, ministre slov\xc3\xa8ne de la "
                          "D\xc3\xa9" "fense, se rend mardi \xc3\xa0 Zagreb. Le programme s'ouvre dans la soir\xc3\xa9" "e "
                          "par un d\xc3\xaener de travail avec le ministre croate de la D\xc3\xa9" "fense, Ante "
                          "Kotromanovi\xc4\x87.\n");
  CHECK(met(r, "Roman Jaki\xc4\x8d", "Ante Kotromanovi\xc4\x87", NULL));
  free_record(r);
}

/* A headline's unnamed drill is the exercise the story then names, not a
 * second one (before: "Kenya and Ghana open joint drill" and "the
 * Savanna Shield exercise" were two exercises, the first without dates). */
static void
test_headline_drill_named_later(void)
{
  PactRecord *r = extract("date 2024-05-07 Kenya and Ghana open joint drill\n\nNAIROBI - Kenyan and Ghanaian "
                          "troops began the Savanna Shield exercise on Tuesday. The training runs until May 17.\n");
  CHECK(count_of(r, PACT_EXERCISE) == 1);
  CHECK(dated(find(r, PACT_EXERCISE, "Savanna Shield"), "2024-05-07", "2024-05-17"));
  free_record(r);
}

/* A name's year right before the cue ("the Savanna Shield 2024 exercise")
 * ends the name, and "the fourth year in a row" tells the edition, as
 * "for the fourth consecutive year" does (before: no name, no edition). */
static void
test_name_year_before_cue_and_year_in_a_row(void)
{
  PactRecord *r = extract("date 2024-05-07 Troops train together\n\nNAIROBI - Kenyan and Ghanaian troops began the "
                          "Savanna Shield 2024 exercise on Tuesday, the fourth year in a row that the two armies hold "
                          "it. The training runs until May 17.\n");
  const PactEntity *e = find(r, PACT_EXERCISE, "Savanna Shield");

  CHECK(e != NULL);
  CHECK(e && e->edition == 4);
  CHECK(dated(e, "2024-05-07", "2024-05-17"));
  free_record(r);
}

/* "of that year" is the year the story named last, also as a starting
 * point: "testing since 2017. On September 25 of that year ... signed"
 * is 2017 (before: the article's year, 2023). */
static void
test_that_year_after_since(void)
{
  PactRecord *r = extract("date 2023-05-18 Talks\n\nROME - The two armies have been testing the model since 2017. "
                          "On September 25 of that year the chiefs signed a letter of intent.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(a && a->date && strcmp(a->date, "2017-09-25") == 0);
  free_record(r);
}

/* "who was in the country from October 31 to November 4": being in "the
 * country" is being in the country named last, a visit with its days
 * (before: no visit). */
static void
test_in_the_country(void)
{
  PactRecord *r = extract("date 2025-08-29 Ties\n\nALGIERS - President Droupadi Murmu of India paid a visit to "
                          "Algeria from October 13 to 15, 2024. She was followed by the Chief of Defence Staff, "
                          "General Anil Chauhan, who was in the country from October 31 to November 4.\n");
  const PactEntity *v = visit_by(r, "Anil Chauhan");

  CHECK(v && strcmp(code_of(r, v->host), "DZ") == 0);
  CHECK(dated(v, "2024-10-31", "2024-11-04"));
  free_record(r);
}

/* A visitor of no known country goes where the headline's visit goes,
 * not to the country the text names most, which is his own (before:
 * Dwivedi visited India, and was Algerian). */
static void
test_headline_visit_host(void)
{
  PactRecord *r = extract("date 2025-08-30 Le chef de l'arm\xc3\xa9" "e de terre indienne ach\xc3\xa8ve \xc3\xa0 "
                          "Alger une visite in\xc3\xa9" "dite\n\nALGER - Pour la premi\xc3\xa8re fois, un chef "
                          "d'\xc3\xa9tat-major de l'arm\xc3\xa9" "e de terre indienne s'est rendu en Alg\xc3\xa9rie. "
                          "Le g\xc3\xa9n\xc3\xa9ral Upendra Dwivedi a \xc3\xa9t\xc3\xa9 re\xc3\xa7u jeudi par le "
                          "g\xc3\xa9n\xc3\xa9ral Sa\xc3\xaf" "d Chanegriha, au dernier jour d'une visite officielle "
                          "entam\xc3\xa9" "e le lundi 25 ao\xc3\xbbt.\n");
  const PactEntity *v = visit_by(r, "Upendra Dwivedi");

  CHECK(v && strcmp(code_of(r, v->host), "DZ") == 0);
  CHECK(person_of(r, "Upendra Dwivedi", "IN"));
  free_record(r);
}

/* "The deal comes weeks after Ethiopia signed ...": a time told by its
 * span right after an agreement's word, without a comma, tells another
 * matter, whose countries are no parties (before: Ethiopia was one). */
static void
test_deal_comes_weeks_after(void)
{
  PactRecord *r = extract("date 2024-02-09 Deal\n\nANKARA - Turkey and Somalia signed a framework agreement on "
                          "defence cooperation on Thursday.\n\nThe deal comes weeks after Ethiopia signed a "
                          "memorandum of understanding on January 1 with Somaliland.\n");
  const PactEntity *a = NULL;

  for (size_t i = 0; i < r->n_entities; i++) {
    if (r->entities[i].cls == PACT_AGREEMENT && r->entities[i].date && strcmp(r->entities[i].date, "2024-02-08") == 0) {
      a = &r->entities[i];
    }
  }
  CHECK(a && a->parties.n == 2);
  for (size_t i = 0; a && i < a->parties.n; i++) {
    CHECK(strcmp(code_of(r, a->parties.v[i]), "ET") != 0);
  }
  free_record(r);
}

/* A year before ", when" is the time its clause tells of: "dated the
 * warming of relations to 2011, when Erdogan ... travelled to Mogadishu"
 * (before: the visit took the date of the sentence before). */
static void
test_year_before_when(void)
{
  PactRecord *r = extract("date 2024-02-09 Deal\n\nANKARA - Ethiopia signed a memorandum on January 1 with "
                          "Somaliland. Nur dated the warming of relations with Turkey to 2011, when Recep Tayyip "
                          "Erdogan, then prime minister, travelled to Mogadishu.\n");
  const PactEntity *v = visit_by(r, "Recep Tayyip Erdogan");

  CHECK(v && v->start && strcmp(v->start, "2011") == 0);
  free_record(r);
}

/* "The third edition of Celtic Uprise, the Belgian-French exercise":
 * the demonyms of those taking part are words of the apposition that
 * names the exercise (before: no name, so no other edition either). */
static void
test_edition_of_name_demonym_apposition(void)
{
  PactRecord *r = extract("date 2024-05-07 Troops in Hainaut\n\nNAMUR - The third edition of Celtic Uprise, the "
                          "Belgian-French exercise, opened on Monday. The second edition, from April 26 to May 7, "
                          "2021, went ahead without the French.\n");
  const PactEntity *e = find(r, PACT_EXERCISE, "Celtic Uprise");

  CHECK(e != NULL);
  CHECK(edition_of(r, 3) && edition_of(r, 3)->name && strcmp(edition_of(r, 3)->name, "Celtic Uprise") == 0);
  CHECK(dated(edition_of(r, 2), "2021-04-26", "2021-05-07"));
  free_record(r);
}

/* "The exercise was first held in September 2019": the cue is the
 * subject of the first edition's verb, told of the named exercise
 * (before: no first edition). */
static void
test_exercise_was_first_held(void)
{
  PactRecord *r = extract("date 2024-05-07 Troops in Hainaut\n\nNAMUR - The third edition of Celtic Uprise, the "
                          "Belgian-French exercise, opened on Monday. The exercise was first held in September 2019 "
                          "in Hainaut.\n");
  const PactEntity *first = edition_of(r, 1);

  CHECK(first && first->start && strcmp(first->start, "2019-09") == 0);
  CHECK(edition_of(r, 3) != NULL);
  free_record(r);
}

/* "s'était ensuite rendu en Espagne": the participle of "se rendre"
 * past the words between is a visit (lexicon), and "à son tour" makes it
 * the subject's own, not the visit told before (before: none). */
static void
test_rendu_a_son_tour(void)
{
  PactRecord *r = extract("date 2023-05-19 Visite\n\nROME - Le 25 septembre 2017, le g\xc3\xa9n\xc3\xa9ral Javier "
                          "Varela Salas, chef de l'arm\xc3\xa9" "e de terre espagnole, avait sign\xc3\xa9, lors d'une "
                          "visite de travail en Italie, une lettre d'intention. En avril 2018, le g\xc3\xa9n\xc3\xa9ral "
                          "Salvatore Farina, chef de l'arm\xc3\xa9" "e de terre italienne, s'\xc3\xa9tait \xc3\xa0 "
                          "son tour rendu en Espagne. Le g\xc3\xa9n\xc3\xa9ral Carlo Rossi, chef d'\xc3\xa9tat-major "
                          "italien, s'est ensuite rendu au Portugal.\n");
  const PactEntity *v = visit_by(r, "Salvatore Farina");

  CHECK(v && strcmp(code_of(r, v->host), "ES") == 0 && v->start && strcmp(v->start, "2018-04") == 0);
  v = visit_by(r, "Carlo Rossi");
  CHECK(v && strcmp(code_of(r, v->host), "PT") == 0);
  free_record(r);
}

/* "General Said Chanegriha": a verb of speech written with a capital
 * inside a sentence is a name (before: no person, no meeting). */
static void
test_said_as_given_name(void)
{
  PactRecord *r = extract("date 2025-08-29 Visit\n\nALGIERS - General Upendra Dwivedi, India's Chief of the Army "
                          "Staff, paid a courtesy call on General Said Chanegriha, the Chief of Staff of the People's "
                          "National Army, on Thursday. \"We share the same challenges,\" Dwivedi said.\n");

  CHECK(find(r, PACT_PERSON, "Said Chanegriha") != NULL);
  CHECK(met(r, "Upendra Dwivedi", "Said Chanegriha", "2025-08-28"));
  free_record(r);
}

/* "wrapped up ... with a call on General X": the noun tells a meeting as
 * the verb "called on" does (lexicon; before: none). */
static void
test_a_call_on(void)
{
  PactRecord *r = extract("date 2025-08-08 Visit\n\nBRASILIA - General Upendra Dwivedi, India's Chief of the Army "
                          "Staff, wrapped up a four-day official visit to Brazil on Thursday with a call on General "
                          "Tomas Paiva, the Commander of the Brazilian Army.\n");

  CHECK(met(r, "Upendra Dwivedi", "Tomas Paiva", "2025-08-07"));
  free_record(r);
}

/* "Cette troisième édition de Celtic Uprise, ouverte le 21 novembre": a
 * demonstrative tells the story's edition, not another one, whatever day
 * an earlier sentence lent the story's exercise (before: two exercises). */
static void
test_this_edition_is_the_story(void)
{
  PactRecord *r = extract("date 2022-12-01 Celtic Uprise\n\nCERFONTAINE - Les autorit\xc3\xa9s ont assist\xc3\xa9 "
                          "mercredi \xc3\xa0 la journ\xc3\xa9" "e de pr\xc3\xa9sentation de l'exercice franco-belge "
                          "Celtic Uprise.\n\nCette troisi\xc3\xa8me \xc3\xa9" "dition de Celtic Uprise, ouverte le 21 "
                          "novembre, se termine vendredi 2 d\xc3\xa9" "cembre.\n");
  CHECK(count_of(r, PACT_EXERCISE) == 1);
  CHECK(edition_of(r, 3) && edition_of(r, 3)->start && strcmp(edition_of(r, 3)->start, "2022-11-21") == 0);
  /* "se termine vendredi 2 décembre": a later date after a verb of
   * ending is its end */
  CHECK(dated(edition_of(r, 3), "2022-11-21", "2022-12-02"));
  free_record(r);
}

/* "The second edition ... went ahead without the French": an earlier
 * edition takes the named exercise's countries less the one its sentence
 * leaves out (before: Belgium and France). */
static void
test_edition_without_a_country(void)
{
  PactRecord *r = extract("date 2024-05-07 Troops in Hainaut\n\nNAMUR - The third edition of Celtic Uprise, the "
                          "Belgian-French exercise, opened on Monday. The second edition, from April 26 to May 7, "
                          "2021, went ahead without the French.\n");
  const PactEntity *e = edition_of(r, 2);

  CHECK(e && e->participants.n == 1 && strcmp(code_of(r, e->participants.v[0]), "BE") == 0);
  CHECK(edition_of(r, 3) && edition_of(r, 3)->participants.n == 2);
  free_record(r);
}

/* "the chiefs of staff at the time, General X of Italy and General Y of
 * Spain, signed": the signers past the last one's country (before:
 * none). */
static void
test_signers_with_their_countries(void)
{
  PactRecord *r = extract("date 2023-05-18 Talks\n\nROME - On September 25, 2017, the chiefs of staff at the time, "
                          "General Danilo Errico of Italy and General Javier Varela Salas of Spain, signed a letter of "
                          "intent to twin two brigades.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(a && a->signatories.n == 2);
  free_record(r);
}

/* "the School of Command and Major Staff": a rank inside a name of
 * capitalised words, with a common word after it, is no person's title
 * (before: a person "Staff"). */
static void
test_rank_inside_a_name(void)
{
  PactRecord *r = extract("date 2025-08-29 Talks\n\nALGIERS - On Wednesday he went to the School of Command and "
                          "Major Staff at Tamentfoust.\n");

  CHECK(count_of(r, PACT_PERSON) == 0);
  free_record(r);
}

/* "sat down on Wednesday with his counterpart": a time between the verb
 * and its "with" (before: no meeting). */
static void
test_sat_down_on_a_day_with(void)
{
  PactRecord *r = extract("date 2024-11-21 Visit\n\nENTEBBE - General Rudzani Maphwanya, Chief of the SANDF, sat "
                          "down on Wednesday with his Ugandan counterpart, General Muhoozi Kainerugaba.\n");

  CHECK(met(r, "Rudzani Maphwanya", "Muhoozi Kainerugaba", "2024-11-20"));
  free_record(r);
}

/* "qui l'avait, avec ses compagnons, traité comme ses propres enfants":
 * the participle of "traiter", not a treaty (before: a treaty between
 * the two countries). */
static void
test_traite_as_a_verb(void)
{
  PactRecord *r = extract("date 2024-11-22 Visite\n\nKAMPALA - Le g\xc3\xa9n\xc3\xa9ral sud-africain Rudzani "
                          "Maphwanya a remerci\xc3\xa9 le pr\xc3\xa9sident ougandais Yoweri Museveni, qui l'avait, "
                          "avec ses compagnons, trait\xc3\xa9 comme ses propres enfants.\n");

  CHECK(count_of(r, PACT_AGREEMENT) == 0);
  free_record(r);
  r = extract("date 2024-11-22 Visite\n\nKAMPALA - L'Ouganda et l'Afrique du Sud ont sign\xc3\xa9 mardi un "
              "trait\xc3\xa9 de d\xc3\xa9" "fense.\n");
  CHECK(count_of(r, PACT_AGREEMENT) == 1);
  free_record(r);
}

/* "L'audience s'est tenue jeudi, en présence de l'amiral X": a sentence
 * that tells no meeting of its own, right after one that did, goes on
 * with that meeting (before: X joined none). */
static void
test_presence_at_the_meeting_told_before(void)
{
  PactRecord *r = extract("date 2024-10-04 Visite\n\nALGER - Le g\xc3\xa9n\xc3\xa9ral d'arm\xc3\xa9" "e Sa\xc3\xaf" "d "
                          "Chanegriha a eu un entretien avec le ministre italien de la D\xc3\xa9" "fense, Guido "
                          "Crosetto.\n\nL'audience s'est tenue le jeudi 3 octobre \xc3\xa0 Rome, en pr\xc3\xa9sence "
                          "de l'amiral Giuseppe Cavo Dragone, chef d'\xc3\xa9tat-major italien de la D\xc3\xa9" "fense.\n");
  const PactEntity *m = find(r, PACT_MEETING, NULL);

  CHECK(m && m->participants.n == 3);
  free_record(r);
}

/* "Depuis lundi 27 octobre, ... mènent la troisième édition de Percol,
 * un exercice ... qui s'achèvera samedi 1er novembre": "depuis" before a
 * date tells the start as a verb of starting does (before: no start). */
static void
test_since_a_day_until_another(void)
{
  PactRecord *r = extract("date 2014-10-31 Percol\n\nIQUITOS - Depuis lundi 27 octobre, les forces a\xc3\xa9riennes "
                          "p\xc3\xa9ruvienne et colombienne m\xc3\xa8nent la troisi\xc3\xa8me \xc3\xa9" "dition de "
                          "Percol, un exercice binational qui s'ach\xc3\xa8vera samedi 1er novembre.\n");

  CHECK(dated(edition_of(r, 3), "2014-10-27", "2014-11-01"));
  free_record(r);
}

/* "Le précédent accord entre les deux voisins remontait au 12 décembre
 * 1963": a previous agreement is another one, signed then (before: its
 * date went to the story's agreement). */
static void
test_previous_agreement(void)
{
  PactRecord *r = extract("date 2025-09-26 Accord\n\nNAIROBI - Le Kenya et l'\xc3\x89thiopie ont sign\xc3\xa9 mercredi "
                          "un nouvel accord de coop\xc3\xa9ration militaire. Le pr\xc3\xa9" "c\xc3\xa9" "dent accord "
                          "entre les deux voisins remontait au 12 d\xc3\xa9" "cembre 1963.\n");

  CHECK(count_of(r, PACT_AGREEMENT) == 2 && agreements_dated(r, "1963-12-12", "signed") == 1 &&
        agreements_dated(r, "2025-09-24", NULL) == 1);
  free_record(r);
}

/* "Le texte a été signé mercredi 24 septembre à Addis-Abeba": "le texte",
 * "the document" stand for the agreement told before (before: the
 * agreement had neither date nor place); "a document" tells none. */
static void
test_the_text_was_signed(void)
{
  PactRecord *r = extract("date 2025-09-26 Accord\n\nNAIROBI - Le Kenya et l'\xc3\x89thiopie ont conclu un nouvel "
                          "accord de coop\xc3\xa9ration militaire. Le texte a \xc3\xa9t\xc3\xa9 sign\xc3\xa9 mercredi 24 "
                          "septembre \xc3\xa0 Addis-Abeba.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(count_of(r, PACT_AGREEMENT) == 1 && a && a->date && strcmp(a->date, "2025-09-24") == 0);
  free_record(r);
  r = extract("date 2025-09-26 Accord\n\nNAIROBI - Kenya and Ethiopia signed a document on Wednesday.\n");
  CHECK(count_of(r, PACT_AGREEMENT) == 0);
  free_record(r);
}

/* "put their names to the document on Wednesday at the Ministry of
 * Defence headquarters in the Ethiopian capital": the capital of the
 * demonym's country, named elsewhere in the story, is the place (before:
 * none, and a later "Nairobi and Addis Ababa first concluded" gave
 * Nairobi). */
static void
test_the_demonym_capital(void)
{
  PactRecord *r = extract("date 2025-09-25 Pact\n\nNAIROBI - Kenya and Ethiopia have signed a defence "
                          "cooperation agreement. General Charles Muriu Kahariri, Chief of the Defence Forces of "
                          "Kenya, and Field Marshal Birhanu Jula, Chief of General Staff of Ethiopia, put their names "
                          "to the document on Wednesday in the Ethiopian capital. Talks in Addis Ababa had prepared it.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(a && a->place >= 0 && strcmp(r->entities[a->place].name, "Addis Ababa") == 0);
  CHECK(visit_by(r, "Charles Muriu Kahariri") && !visit_by(r, "Birhanu Jula"));
  free_record(r);
}

/* "a visit to Uganda by General X", then "X sat down on Wednesday with
 * his Ugandan counterpart": a visit no sentence dates starts at its
 * visitor's first meeting (before: no start). */
static void
test_visit_starts_at_its_first_meeting(void)
{
  PactRecord *r = extract("date 2024-11-21 Visit\n\nENTEBBE - Soldiers of the two armies will train together "
                          "under an exchange settled during a visit to Uganda by General Rudzani Maphwanya, South "
                          "Africa's most senior officer.\n\nGeneral Maphwanya sat down on Wednesday with his Ugandan "
                          "counterpart, General Muhoozi Kainerugaba.\n");
  const PactEntity *v = visit_by(r, "Rudzani Maphwanya");

  CHECK(v && v->start && strcmp(v->start, "2024-11-20") == 0);
  free_record(r);
}

/* "The series has its roots in a 2002 agreement in which Bogota and Lima
 * committed ...": a past year before a generic agreement word tells one
 * signed that year, not the story's (before: none). */
static void
test_agreement_of_a_past_year(void)
{
  PactRecord *r = extract("date 2014-10-31 Percol\n\nLIMA - Peru and Colombia signed a defence agreement on "
                          "Monday. It replaces a 2002 agreement in which the two countries committed to fight drug "
                          "trafficking together.\n");

  CHECK(count_of(r, PACT_AGREEMENT) == 2 && agreements_dated(r, "2002", NULL) == 1);
  free_record(r);
}

/* "The host brought much of his high command to the talks: A; B": those
 * the sentence names join the talks told before (before: a meeting of
 * each with the host). */
static void
test_brought_to_the_talks(void)
{
  PactRecord *r = extract("date 2024-11-21 Visit\n\nENTEBBE - General Rudzani Maphwanya sat down on Wednesday with "
                          "his Ugandan counterpart, General Muhoozi Kainerugaba. Colonel Deo Akiiki said the two "
                          "forces would exchange trainees. The host brought much of his high command to the talks: "
                          "Lieutenant General Kayanja Muhanga, Commander of Land Forces; Lt Gen Charles Okidi, the "
                          "Air Force commander.\n");
  const PactEntity *m = find(r, PACT_MEETING, NULL);

  CHECK(count_of(r, PACT_MEETING) == 1 && m && m->participants.n == 4);
  free_record(r);
}

/* "a two-day official visit to the Gulf state by Defence Minister X": a
 * state told by a noun after the cue is the country named last before
 * (before: the visit went to the minister's own country). */
static void
test_visit_to_the_gulf_state(void)
{
  PactRecord *r = extract("date 2025-09-29 Visit\n\nDOHA - Malaysia and Qatar are set to sign a memorandum of "
                          "understanding during a two-day official visit to the Gulf state by Defence Minister "
                          "Mohamed Khaled Nordin, which began on Sunday.\n");
  const PactEntity *v = visit_by(r, "Mohamed Khaled Nordin");

  CHECK(v && v->host >= 0 && strcmp(code_of(r, v->host), "QA") == 0);
  free_record(r);
}

/* "Last year's edition ... from October 19 to 21, 2022" and "L'an passé,
 * X s'était déroulé du 19 au 21 octobre 2022" tell the edition before the
 * story's, with its dates; "« Sandfire 2023 », l'exercice bilatéral"
 * names the story's exercise (before: no node for the past edition, and
 * no name in French). */
static void
test_last_years_edition(void)
{
  PactRecord *r = extract("date 2023-11-17 Drill\n\nKAOLACK - Gambian and Ghanaian troops are holding the fourth "
                          "edition of their joint exercise, Sandfire, which opened on November 10 and runs until "
                          "November 18.\n\nLast year's edition was shorter and took place near Banjul from "
                          "October 19 to 21, 2022.\n");
  CHECK(dated(edition_of(r, 4), "2023-11-10", "2023-11-18"));
  CHECK(dated(edition_of(r, 3), "2022-10-19", "2022-10-21"));
  free_record(r);
  r = extract("date 2023-11-16 Exercice\n\nKAOLACK – Les autorités avaient rendez-vous ce jeudi pour la journée "
              "des officiels de « Sandfire 2023 », l'exercice bilatéral qui réunit depuis le 10 novembre les "
              "armées gambienne et ghanéenne. Le commandant a rappelé que l'exercice en est à sa quatrième "
              "édition.\n\nL'an passé, Sandfire s'était "
              "déroulé du 19 au 21 octobre 2022 près de Banjul.\n");
  const PactEntity *e = edition_of(r, 4);
  CHECK(e && e->name && strcmp(e->name, "Sandfire") == 0);
  CHECK(dated(edition_of(r, 3), "2022-10-19", "2022-10-21"));
  free_record(r);
}

/* "le général de brigade Étienne du Peyroux": "du" joins a name as "de"
 * does (before: a person "Étienne"). */
static void
test_name_particle_du(void)
{
  PactRecord *r = extract("date 2023-11-16 Exercice\n\nDAKAR – Le général de brigade Étienne du Peyroux, commandant "
                          "des éléments français, a salué l'exercice.\n");

  CHECK(find(r, PACT_PERSON, "Étienne du Peyroux") != NULL);
  CHECK(find(r, PACT_PERSON, "Étienne") == NULL);
  free_record(r);
}

/* "From the palace the Ruritanian minister drove to the ministry for a
 * meeting with his counterpart": past an opening phrase, the described
 * person before the cue is its subject (before: the person named in the
 * sentence before, who had received him). */
static void
test_described_subject_after_opening_phrase(void)
{
  PactRecord *r = extract("date 2023-07-06 Visit\n\nNICOSIA - Greece's new Minister of National Defence, Petros "
                          "Alexandrou, chose Cyprus for his first trip abroad on Thursday.\n\nHis first appointment "
                          "was at the Presidential Palace, where President Andreas Kyprianou received him.\n\nFrom "
                          "the palace the Greek minister drove to the Cypriot Ministry of Defence for a meeting with "
                          "his counterpart, Defence Minister Loukas Stylianou.\n");

  CHECK(met(r, "Petros Alexandrou", "Loukas Stylianou", "2023-07-06"));
  CHECK(!met(r, "Andreas Kyprianou", "Loukas Stylianou", NULL));
  free_record(r);
}

/* "The visit came in the wake of an operation launched on Saturday,
 * January 4": a date past "after", "in the wake of", "following" is the
 * earlier event's, not the visit's start (before: 2020-01-04). */
static void
test_visit_date_of_earlier_event(void)
{
  PactRecord *r = extract("date 2020-01-10 Visit\n\nBAMAKO - The head of Senegal's armed forces, General Abdou "
                          "Ndiaye, travelled to the Malian capital on Thursday for talks with his counterpart, General "
                          "Oumar Traoré.\n\nThe visit came in the wake of an air operation that Mali's army launched "
                          "on Saturday, January 4, near the border.\n");
  const PactEntity *v = visit_by(r, "Abdou Ndiaye");

  CHECK(v && v->start && strcmp(v->start, "2020-01-09") == 0);
  free_record(r);
}

/* "58 records of understanding", "58 actes d'entente": memoranda
 * (lexicon; before: no agreement). */
static void
test_records_of_understanding(void)
{
  PactRecord *r = extract("date 2025-03-21 Talks\n\nASUNCIÓN - The armed forces of Paraguay and Bolivia signed 58 "
                          "records of understanding on Thursday.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(a && strcmp(a->kind, "mou") == 0 && a->date && strcmp(a->date, "2025-03-20") == 0);
  free_record(r);
  r = extract("date 2025-03-20 Défense\n\nASUNCIÓN - Les forces militaires du Paraguay et de la Bolivie ont signé "
              "ce jeudi 20 mars 58 actes d'entente.\n");
  a = find(r, PACT_AGREEMENT, NULL);
  CHECK(a && strcmp(a->kind, "mou") == 0);
  free_record(r);
}

/* "Until July 19 the Moldovans will train", "Jusqu'au 16 février, des
 * militaires ... vont s'entraîner": a day after "until" in a sentence
 * with no visit nor meeting ends the one open exercise that started in
 * the two months before (before: no end). */
static void
test_until_ends_the_story_exercise(void)
{
  PactRecord *r = extract("date 2019-06-29 Drill\n\nCHISINAU - Soldiers of Moldova and Romania began the joint "
                          "exercise Swift Ram on Friday, June 28.\n\nUntil July 19 the Moldovans will train with "
                          "Romanian soldiers at a range near Cahul.\n");
  const PactEntity *e = find(r, PACT_EXERCISE, NULL);

  CHECK(dated(e, "2019-06-28", "2019-07-19"));
  free_record(r);
  r = extract("date 2025-02-03 Exercice\n\nMALÉ - Les armées du Sri Lanka et des Maldives ont lancé le 2 février "
              "l'exercice conjoint Blue Reef.\n\nJusqu'au 16 février, des militaires des deux pays vont "
              "s'entraîner côte à côte sur l'île de Maafilaafushi.\n");
  e = find(r, PACT_EXERCISE, NULL);
  CHECK(dated(e, "2025-02-02", "2025-02-16"));
  free_record(r);
  /* a visit's sentence tells its own stay */
  r = extract("date 2019-06-29 Drill\n\nCHISINAU - Soldiers of Moldova and Romania began the joint exercise "
              "Swift Ram on Friday, June 28.\n\nRomanian Defence Minister Ion Popa is on a visit to Moldova until "
              "July 2.\n");
  e = find(r, PACT_EXERCISE, NULL);
  CHECK(dated(e, "2019-06-28", NULL));
  free_record(r);
}

/* "Les manœuvres, lancées le 17 novembre, doivent s'achever le 30
 * novembre": the day after the verb of ending, not the start told before
 * it; "was scheduled to end on Saturday, September 22", "are due to
 * finish on 30 June": "end" and "finish" as stems (before: no end). */
static void
test_end_after_its_verb(void)
{
  PactRecord *r = extract("date 2025-11-18 Exercice\n\nNEW DELHI - Des soldats indiens et kényans sont depuis lundi "
                          "dans le désert du Rajasthan pour la deuxième édition de Simba Shield, l'exercice qui réunit "
                          "les armées des deux pays. Les manœuvres, lancées le 17 novembre, doivent s'achever le 30 "
                          "novembre.\n");
  CHECK(dated(edition_of(r, 2), "2025-11-17", "2025-11-30"));
  free_record(r);
  r = extract("date 2018-09-22 Drill\n\nKHUJAND - The joint drill of Kyrgyzstan and Tajikistan, named Iron Ridge, "
              "opened early on Tuesday at a training ground in the Sughd region and was scheduled to end on "
              "Saturday, September 22.\n");
  CHECK(dated(find(r, PACT_EXERCISE, NULL), "2018-09-18", "2018-09-22"));
  free_record(r);
}

/* "The Colombian delegation was led by Admiral X", "X, qui conduisait la
 * délégation de Bogotá": who leads a delegation from abroad visits the
 * dateline's country, though no word of a visit says so; not a
 * delegation of years before (before: no visit). */
static void
test_delegation_leader_visits(void)
{
  PactRecord *r = extract("date 2025-03-21 Talks\n\nASUNCIÓN - The armed forces of Paraguay and Bolivia wrapped up "
                          "three days of talks on Thursday. The Bolivian delegation was led by Admiral Jorge Quiroga, "
                          "the commander of Bolivia's armed forces.\n");
  const PactEntity *v = visit_by(r, "Jorge Quiroga");

  CHECK(v && v->host >= 0 && strcmp(code_of(r, v->host), "PY") == 0);
  free_record(r);
  r = extract("date 2025-03-20 Défense\n\nASUNCIÓN - Les forces militaires du Paraguay et de la Bolivie ont tenu "
              "jeudi leur deuxième ronde de conversations. L'amiral Jorge Quiroga, qui conduisait la délégation de "
              "La Paz, a été reçu par le président.\n");
  v = visit_by(r, "Jorge Quiroga");
  CHECK(v && v->host >= 0 && strcmp(code_of(r, v->host), "PY") == 0);
  free_record(r);
  r = extract("date 2025-03-21 Talks\n\nASUNCIÓN - The armed forces of Paraguay and Bolivia wrapped up talks on "
              "Thursday.\n\nOn 21 August 2011, the president received a Bolivian delegation led by General Luis "
              "Arce.\n");
  CHECK(visit_by(r, "Luis Arce") == NULL);
  free_record(r);
}

/* "X signed the text with his Egyptian counterpart, General Y", "X signed
 * alongside his Danish counterpart, Y": the co-signer past the verb's
 * object; "The accord was put to paper ... by X and Y" (lexicon). Before:
 * one signer, or none. */
static void
test_cosigner_past_the_object(void)
{
  PactRecord *r = extract("date 2024-11-07 Accord\n\nCAIRO - Angola and Egypt signed a defence cooperation "
                          "agreement on Wednesday. Angolan Defence Minister João Mendes, known at home as Liberdade, "
                          "signed the text with his Egyptian counterpart, General Ahmed Fathy.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(a && a->signatories.n == 2);
  CHECK(met(r, "João Mendes", "Ahmed Fathy", "2024-11-06"));
  free_record(r);
  r = extract("date 2024-11-07 Contract\n\nCOPENHAGEN - Argentina and Denmark signed a contract for F-16 jets on "
              "Tuesday. Argentine Defence Minister Luis Ortega signed alongside his Danish counterpart, Defence "
              "Minister Anders Holm.\n");
  a = find(r, PACT_AGREEMENT, NULL);
  CHECK(a && a->signatories.n == 2);
  free_record(r);
  r = extract("date 2024-11-07 Accord\n\nANKARA - Chad and Turkey signed a military framework agreement on "
              "Tuesday. The accord was put to paper at the presidential complex in Ankara by Idriss Mahamat, "
              "Chad's minister of defence, and Turkish Defence Minister Ali Demir.\n");
  a = find(r, PACT_AGREEMENT, NULL);
  CHECK(a && a->signatories.n == 2);
  free_record(r);
}

/* "s'était lui-même rendu à Athènes", "had himself travelled to": a
 * pronoun of insistence inside a verb's phrase, skipped as an adverb is
 * (before: no visit). */
static void
test_insistence_inside_a_verb(void)
{
  PactRecord *r = extract("date 2023-07-07 Visite\n\nNICOSIE - Le ministre chypriote de la Défense, Andreas Loizou, "
                          "s'était lui-même rendu à Athènes le 24 mars pour sa première visite officielle.\n");
  const PactEntity *v = visit_by(r, "Andreas Loizou");

  CHECK(v && v->host >= 0 && strcmp(code_of(r, v->host), "GR") == 0);
  free_record(r);
}

/* "Tamir-2025 opened on Saturday, August 16", then "closed their annual
 * Tamir exercise on Saturday": the series' name is this year's
 * exercise, one node with both dates (before: two). */
static void
test_series_name_is_this_years(void)
{
  PactRecord *r = extract("date 2025-08-30 Drill\n\nKYAKHTA - The joint exercise Tamir-2025 of Kazakhstan and "
                          "Mongolia opened at the range on Saturday, August 16.\n\nThe troops closed "
                          "their annual Tamir exercise on Saturday with a parade.\n");

  CHECK(count_of(r, PACT_EXERCISE) == 1);
  CHECK(dated(find(r, PACT_EXERCISE, NULL), "2025-08-16", "2025-08-30"));
  free_record(r);
}

/* "Last year, Tamir-2024 was hosted by Kazakhstan from August 18 to 26":
 * the story's series glued to another year is that year's edition, with
 * its days moved into that year (before: no node). */
static void
test_series_of_another_year(void)
{
  PactRecord *r = extract("date 2025-08-30 Drill\n\nKYAKHTA - The joint exercise Tamir-2025 of Kazakhstan and "
                          "Mongolia opened at the range on Saturday, August 16.\n\nLast year, Tamir-2024 was hosted "
                          "by Kazakhstan near Oral from August 18 to 26.\n");

  CHECK(count_of(r, PACT_EXERCISE) == 2);
  CHECK(dated(find(r, PACT_EXERCISE, "Tamir-2024"), "2024-08-18", "2024-08-26"));
  CHECK(dated(find(r, PACT_EXERCISE, "Tamir-2025"), "2025-08-16", NULL));
  free_record(r);
}

/* Verbs of ending: "wound up ... on Monday", "ending two weeks",
 * "mettant un terme à"; a person in apposition after "the exercise," is
 * no exercise's name; a range with weekdays inside ("du lundi 6 mai au
 * vendredi 17 mai", "from Monday, May 6 to Friday, May 17"). */
static void
test_exercise_endings_and_ranges(void)
{
  PactRecord *r = extract("date 2024-05-14 Drill\n\nTALLINN - Soldiers of Estonia and Georgia wound up the second "
                          "edition of their joint exercise, Iron Oak, on Monday, ending two weeks of training.\n\n"
                          "The Estonian director of the exercise, Staff Colonel Mart Kask, described a programme built in "
                          "phases.\n");

  CHECK(count_of(r, PACT_EXERCISE) == 1);
  const PactEntity *e = find(r, PACT_EXERCISE, "Iron Oak");
  CHECK(e && e->end && strcmp(e->end, "2024-05-13") == 0);
  CHECK(find(r, PACT_EXERCISE, "Staff Colonel Mart Kask") == NULL);
  free_record(r);
  r = extract("date 2024-05-18 Exercice\n\nTALLINN - Les derniers convois ont quitt\xc3\xa9 vendredi le camp de "
              "Tapa, mettant un terme \xc3\xa0 Iron Oak, un exercice de l'arm\xc3\xa9" "e estonienne.\n\n"
              "Organis\xc3\xa9 du lundi 6 mai au vendredi 17 mai, l'exercice a rassembl\xc3\xa9 des militaires "
              "estoniens et g\xc3\xa9orgiens.\n");
  CHECK(dated(find(r, PACT_EXERCISE, "Iron Oak"), "2024-05-06", "2024-05-17"));
  free_record(r);
  r = extract("date 2024-05-18 Drill\n\nHeld from Monday, May 6 to Friday, May 17, exercise Iron Oak gathered "
              "Estonian and Georgian troops.\n");
  CHECK(dated(find(r, PACT_EXERCISE, "Iron Oak"), "2024-05-06", "2024-05-17"));
  free_record(r);
}

/* "depuis jeudi dernier" in a Thursday's article is a week before;
 * "host nation support" names no participants; a past edition named
 * with its year's digits before a definite apposition ("Amber Hawk 23,
 * the Lithuanian Army's main exercise"). */
static void
test_exercise_history_by_number(void)
{
  PactRecord *r = extract("date 2024-05-16 Exercice\n\nVILNIUS - Les forces lituaniennes et lettones m\xc3\xa8nent "
                          "depuis jeudi dernier l'exercice Amber Hawk.\n");
  CHECK(dated(find(r, PACT_EXERCISE, "Amber Hawk"), "2024-05-09", NULL));
  free_record(r);
  r = extract("date 2024-05-16 Drill\n\nVILNIUS - Lithuanian and Latvian troops opened exercise Amber Hawk on "
              "Monday. The drill tested host nation support, which the defence ministers of Lithuania and Latvia "
              "agreed in Oslo, Norway, last year.\n\nLast year, about 300 Latvian soldiers joined Amber Hawk 23, "
              "the Lithuanian Army's main exercise that year, held from May 8 to May 20.\n");
  const PactEntity *now = find(r, PACT_EXERCISE, "Amber Hawk");
  const PactEntity *then = find(r, PACT_EXERCISE, "Amber Hawk 23");
  CHECK(now && then && now != then);
  CHECK(dated(then, "2023-05-08", "2023-05-20"));
  for (size_t k = 0; now && k < now->participants.n; k++) {
    CHECK(strcmp(code_of(r, now->participants.v[k]), "NO") != 0);
  }
  free_record(r);
}

/* "welcomed King X and Crown Prince Y to the drill": a reception, one
 * meeting of the three, and a visit of the guest; "welcomed the
 * agreement" stays speech. */
static void
test_welcomed_guests(void)
{
  static const char *const three[] = {"Hamad bin Salem", "Faisal II", "Hussein bin Faisal", NULL};
  PactRecord *r = extract("date 2024-03-14 Visit\n\nDOHA - On Wednesday, Sheikh Hamad bin Salem, Crown Prince of "
                          "Qatar, welcomed King Faisal II of Jordan and Crown Prince Hussein bin Faisal to the "
                          "exercise near Doha. The Jordanian minister welcomed the agreement.\n");

  CHECK(met_all(r, three));
  CHECK(!met(r, "Hamad bin Salem", "Faisal II", NULL));
  CHECK(visit_by(r, "Faisal II") != NULL);
  free_record(r);
}

/* Troops that landed are no person's visit; a High Commissioner is his
 * country's envoy, posted where he signs. */
static void
test_troops_and_envoys(void)
{
  PactRecord *r = extract("date 2025-08-28 Visit\n\nKIGALI - President Daniel Mucavele began a "
                          "two-day visit to Rwanda on Wednesday. Four years after Rwandan soldiers first landed in "
                          "northern Mozambique, the two countries signed a status of forces agreement. A memorandum "
                          "on trade was signed by Amade Sitoe, Mozambique's High Commissioner in Kigali.\n");
  const PactEntity *v = visit_by(r, "Daniel Mucavele");

  CHECK(v && strcmp(code_of(r, v->host), "RW") == 0);
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    CHECK(!(e->cls == PACT_VISIT && strcmp(code_of(r, e->host), "MZ") == 0));
  }
  CHECK(visit_by(r, "Amade Sitoe") == NULL);
  free_record(r);
}

/* "Soares e Silva": the Portuguese "e" joins a compound surname; "Brazil's
 * then defence minister" is Brazil's. */
static void
test_portuguese_names_and_then(void)
{
  PactRecord *r = extract("date 2022-08-11 Visit\n\nMONTEVIDEO - General Fernando Soares e Silva, head of Brazil's "
                          "Southern Military Command, visited Uruguay this week. Brazil's then defence minister, "
                          "General Walter Netto, and Uruguay's Defence Minister, Javier Pereira, met in Rivera on "
                          "November 9 last year.\n");

  CHECK(find(r, PACT_PERSON, "Fernando Soares e Silva") != NULL);
  CHECK(person_of(r, "Walter Netto", "BR"));
  CHECK(met(r, "Walter Netto", "Javier Pereira", "2021-11-09"));
  free_record(r);
}

/* "signed two letters of intent, one on X and the other on Y": two
 * agreements, each with its share of the areas; "the two letters" later
 * count none more. */
static void
test_counted_agreements(void)
{
  PactRecord *r = extract("date 2024-08-31 Talks\n\nLIMA - At the close of their talks on Friday, the defence "
                          "ministers of Chile and Peru signed two letters of intent, one on humanitarian assistance "
                          "and the other on military medicine. The two letters of intent will be reviewed in a "
                          "year.\n");
  const PactEntity *first = NULL;
  const PactEntity *second = NULL;

  CHECK(count_of(r, PACT_AGREEMENT) == 2);
  for (size_t i = 0; i < r->n_entities; i++) {
    const PactEntity *e = &r->entities[i];
    if (e->cls == PACT_AGREEMENT) {
      CHECK(e->date && strcmp(e->date, "2024-08-30") == 0 && e->areas.n == 1);
      *(first ? &second : &first) = e;
    }
  }
  CHECK(first && second && first->areas.n == 1 && second->areas.n == 1 &&
        strcmp(first->areas.v[0], second->areas.v[0]) != 0);
  free_record(r);
}

/* Who took part, told by other verbs: "joined by" a force of another
 * country, "ont mobilisé des forces de 30 pays, dont ...", and "des
 * soldats ... s'étaient joints" in the pluperfect, which speaks of the
 * earlier edition the sentence before told, not of this year's. */
static void
test_joined_participants(void)
{
  PactRecord *r = extract("date 2025-08-16 Drill\n\nMANILA - Australian and Philippine troops opened the second "
                          "edition of exercise Tamaraw Shield on Friday. Some 2,000 personnel are taking part, "
                          "joined by a unit of the US Army and by a ship of the Royal Canadian Navy.\n");
  const PactEntity *e = edition_of(r, 2);

  CHECK(e && e->participants.n == 4);
  free_record(r);
  r = extract("date 2024-05-24 Exercice\n\nAMMAN - La dixième édition de l'exercice Desert Falcon s'est "
              "achevée jeudi en Jordanie. Les manœuvres ont mobilisé pendant dix jours des forces de 30 pays, dont "
              "la Jordanie, les États-Unis, la France et l'Italie.\n");
  e = edition_of(r, 10);
  CHECK(e && e->participants.n == 4);
  free_record(r);
  r = extract("date 2025-09-01 Exercice\n\nASUNCION - Les armées du Paraguay et du Brésil ont lancé lundi la "
              "cinquième édition de l'exercice Rio Verde. En août 2023, la quatrième édition, multinationale, "
              "s'était tenue à Encarnación. Des soldats chiliens, péruviens et argentins s'étaient joints à cette édition.\n");
  e = edition_of(r, 5);
  CHECK(e && e->participants.n == 2);
  e = edition_of(r, 4);
  CHECK(e && e->participants.n == 5);
  free_record(r);
}

/* A quoted name before an apposition that tells it is an exercise,
 * whatever its words: ""Nile Falcons 3", the third joint air exercise",
 * "« Sable Rouge », l'exercice organisé par"; not a motto ("sous le
 * thème « Ensemble », l'exercice"). */
static void
test_quoted_apposition(void)
{
  PactRecord *r = extract("date 2021-04-04 Drill\n\nMEROWE - The army chiefs of Sudan and Egypt on Sunday watched the "
                          "final phase of \"Nile Falcons 3\", the third joint air exercise between the two "
                          "neighbours.\n");
  const PactEntity *e = find(r, PACT_EXERCISE, "Nile Falcons");

  CHECK(e && e->edition == 3);
  free_record(r);
  r = extract("date 2018-10-19 Exercice\n\nLE CAIRE - Le mois dernier, l'Arabie saoudite a pris part à « Sable "
              "Rouge », l'exercice organisé par l'Égypte et les États-Unis.\n");
  CHECK(find(r, PACT_EXERCISE, "Sable Rouge") != NULL);
  free_record(r);
  r = extract("date 2018-10-19 Exercice\n\nLE CAIRE - Sous le thème « Ensemble », l'exercice organisé par "
              "l'Égypte et les États-Unis a commencé lundi.\n");
  CHECK(find(r, PACT_EXERCISE, "Ensemble") == NULL);
  free_record(r);
}

/* A preposition after the cue opens a place, not a name: "naval exercise
 * off Bahia", "drills along the border". */
static void
test_exercise_off_a_place(void)
{
  PactRecord *r = extract("date 2025-08-18 Brazil and Argentina wrap up 38th Fraterno naval exercise off Bahia\n\n"
                          "SALVADOR - The navies of Brazil and Argentina brought the 38th edition of their Fraterno "
                          "exercise to a close on Friday.\n");

  CHECK(find(r, PACT_EXERCISE, "Bahia") == NULL);
  CHECK(count_of(r, PACT_EXERCISE) == 1);
  free_record(r);
}

/* A plural title before two names is each one's, and the two countries it
 * names are theirs in order: "The defence ministers of Uzbekistan and
 * Kazakhstan, Colonel Generals X and Y", "les généraux X et Y". */
static void
test_plural_titles_and_countries(void)
{
  PactRecord *r = extract("date 2021-11-25 Drill\n\nTERMEZ - The defence ministers of Uzbekistan and Kazakhstan, "
                          "Colonel Generals Bakhtiyor Rasulov and Nurbek Sadykov, watched the exercise on "
                          "Wednesday.\n");
  const PactEntity *b = find(r, PACT_PERSON, "Nurbek Sadykov");

  CHECK(person_of(r, "Bakhtiyor Rasulov", "UZ"));
  CHECK(person_of(r, "Nurbek Sadykov", "KZ") && b->n_titles > 0);
  free_record(r);
  r = extract("date 2021-11-25 Exercice\n\nTERMEZ - Les ministres de la Défense de l'Ouzbékistan et du "
              "Kazakhstan, les généraux de corps d'armée Bakhtiyor Rassoulov et Nurbek Sadykov, ont suivi "
              "mercredi l'exercice.\n");
  b = find(r, PACT_PERSON, "Nurbek Sadykov");
  CHECK(person_of(r, "Bakhtiyor Rassoulov", "UZ"));
  CHECK(person_of(r, "Nurbek Sadykov", "KZ") && b->n_titles > 0);
  free_record(r);
}

/* Other editions told by "est né en" (a date a verb of birth gives, here
 * the series') and by a number after the word of an edition ("l'édition
 * XXIV s'était tenue ... du 13 au 21 août 2024"). */
static void
test_editions_born_and_numbered(void)
{
  PactRecord *r = extract("date 2025-03-24 Exercice\n\nBICHKEK - Les forces spéciales de l'Inde et du Kirghizstan "
                          "ont clos dimanche la douzième édition de leur exercice conjoint Dagger Line. Dagger Line "
                          "est né en décembre 2011 à Nahan, dans le nord de l'Inde.\n");
  const PactEntity *e = edition_of(r, 1);

  CHECK(e && e->start && strcmp(e->start, "2011-12") == 0);
  free_record(r);
  r = extract("date 2025-08-22 Exercice\n\nRIO DE JANEIRO - Les marines du Brésil et de l'Argentine ont achevé "
              "vendredi la 25e édition de l'exercice Atlantic Tide. L'an dernier, l'édition XXIV s'était tenue en "
              "Argentine du 13 au 21 août 2024.\n");
  CHECK(dated(edition_of(r, 24), "2024-08-13", "2024-08-21"));
  free_record(r);
}

/* A sentence of years before tells who took part in an exercise of then
 * ("From September 22 to 26, 2019, the fleet hosted Red Wave 2 in Jeddah,
 * an exercise that brought together ..."), not in the story's; an edition
 * whose apposition quotes another series' name is that series' ("La
 * deuxième édition, « Red Wave 2 », s'était tenue"); "Operation Ceibo" is
 * the series "Ceibo". */
static void
test_other_series_told_beside(void)
{
  PactRecord *r = extract("date 2022-01-10 Drill\n\nJUBAIL - Saudi and Jordanian naval forces opened the fifth "
                          "edition of exercise Calm Shore on Sunday. From September 22 to 26, 2019, the Saudi fleet "
                          "hosted Blue Current 2 in Jeddah, an exercise that brought together naval forces from "
                          "Saudi Arabia, Jordan, Egypt, Sudan and Yemen.\n");
  const PactEntity *e = edition_of(r, 5);

  CHECK(e && e->participants.n == 2);
  free_record(r);
  r = extract("date 2022-01-14 Exercice\n\nJUBAIL - Les marines saoudienne et jordanienne ont lancé dimanche la "
              "cinquième édition de l'exercice Calm Shore. La deuxième édition, « Blue Current 2 », s'était tenue "
              "du 22 au 26 septembre 2019 à Djeddah.\n");
  CHECK(edition_of(r, 2) == NULL || strcmp(edition_of(r, 2)->name, "Calm Shore") != 0);
  free_record(r);
  r = extract("date 2023-09-29 Drill\n\nCONCEPCION DEL URUGUAY - Army divers worked on Thursday on a stranded "
              "vessel, the centrepiece of the 16th edition of Operation Palo Santo, the combined exercise of the "
              "armies of Argentina and Uruguay.\n");
  CHECK(find(r, PACT_EXERCISE, "Palo Santo") != NULL);
  free_record(r);
}

/* A people's name as a noun names the one after it and their country:
 * "après l'Indien X", "et le Suédois Y" (Y found before by "M."), and a
 * country's possessive gives one found without it ("Sweden's Y"). */
static void
test_demonym_nouns(void)
{
  PactRecord *r = extract("date 2024-05-20 Visite\n\nPRETORIA - Le général Sipho Dlamini reçoit cette année un "
                          "deuxième chef d'armée de l'air étranger, après l'Indien Arvind Mehra en mai.\n");

  CHECK(person_of(r, "Arvind Mehra", "IN"));
  free_record(r);
  r = extract("date 2024-06-21 Défense\n\nBODO - M. Nils Ekholm a rejoint Bodø mardi. Les trois ministres, "
              "MM. Berg, Lehto et le Suédois Nils Ekholm, ont tenu leur propre réunion.\n");
  CHECK(person_of(r, "Nils Ekholm", "SE"));
  free_record(r);
  r = extract("date 2024-06-20 Defence\n\nBODO, Norway - The three defence ministers, Olav Berg, Jari Lehto and "
              "Sweden's Nils Ekholm, held a meeting of their own on Thursday.\n");
  CHECK(person_of(r, "Nils Ekholm", "SE"));
  free_record(r);
}

/* Titles whose complement is joined by "aux" ("secrétaire philippin aux
 * Affaires étrangères") or holds an acronym in brackets ("des Forces de
 * défense rwandaises (RDF)", which is not the title's own words). */
static void
test_title_complements(void)
{
  PactRecord *r = extract("date 2024-07-08 Accord\n\nMANILLE - Le ministre japonais de la Défense, Kenji Sato, et "
                          "le secrétaire philippin aux Affaires étrangères, Ramon Dizon, assistaient à la "
                          "cérémonie.\n");
  const PactEntity *p = find(r, PACT_PERSON, "Ramon Dizon");

  CHECK(person_of(r, "Ramon Dizon", "PH"));
  CHECK(p && p->n_titles == 1 && strstr(p->titles[0].text, "aux Affaires") != NULL);
  free_record(r);
  r = extract("date 2025-08-27 Accord\n\nKIGALI - Le porte-parole des Forces de défense rwandaises (RDF), Eric "
              "Nkusi, a indiqué qu'aucun détail n'avait encore été publié.\n");
  p = find(r, PACT_PERSON, "Eric Nkusi");
  CHECK(person_of(r, "Eric Nkusi", "RW"));
  CHECK(p && p->n_titles == 1 && strcmp(p->titles[0].text, "porte-parole des Forces de défense rwandaises") == 0);
  free_record(r);
}

/* "the defence ministers, A of Finland and B of Sweden": each is of the
 * country after "of", the second found by the "and" after the first's
 * side; "with C and D looking on" watched, and did not sign. */
static void
test_sides_and_witnesses(void)
{
  PactRecord *r = extract("date 2022-06-08 Pact\n\nREYKJAVIK - Finland and Sweden signed a memorandum of "
                          "understanding that the defence ministers, Jari Lehto of Finland and Nils Ekholm of "
                          "Sweden, put their names to on Tuesday.\n");

  CHECK(person_of(r, "Jari Lehto", "FI"));
  CHECK(person_of(r, "Nils Ekholm", "SE"));
  free_record(r);
  r = extract("date 2024-06-20 Pact\n\nBODO, Norway - Norway and Finland signed a new memorandum of understanding "
              "on Thursday in this Arctic port city, where Prime Minister Olav Strand hosted Swedish Prime "
              "Minister Erik Lind. The document was signed by Norway's Minister of Defence, Leif Berg, and "
              "his Finnish counterpart, Jari Lehto, with President Aki Koski and Strand looking on.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);
  CHECK(a && a->parties.n == 2 && a->signatories.n == 2);
  free_record(r);
}

/* "their joint exercise, Aqaba 9, got under way": a city's name with an
 * edition's number in apposition names the exercise; "the previous
 * edition, Aqaba 8, ended on December 2, 2023": its end, not its start. */
static void
test_city_named_editions(void)
{
  PactRecord *r = extract("date 2024-11-04 Drill\n\nCAIRO - Troops from Egypt and Jordan are training side by "
                          "side after the ninth edition of their joint exercise, Aqaba 9, got under way at the "
                          "weekend. The previous edition, Aqaba 8, was held in Jordan and ended on December 2, "
                          "2023.\n");
  const PactEntity *e = edition_of(r, 9);

  CHECK(e && e->name && strcmp(e->name, "Aqaba") == 0);
  e = edition_of(r, 8);
  CHECK(e && e->start == NULL && e->end && strcmp(e->end, "2023-12-02") == 0);
  free_record(r);
}

/* "a one-day state visit by X ... on October 15": it began the day it
 * ended; "signed in Bangui ..., during the visit of X": the visit went
 * where the clause before the cue took place. */
static void
test_visit_day_and_place(void)
{
  PactRecord *r = extract("date 2021-05-09 Pact\n\nKIGALI - The defence agreement between Rwanda and the Central "
                          "African Republic was concluded in Bangui on October 15, 2019, during a one-day state "
                          "visit by President Jean Mugabo, whom President Andre Ngaba had invited.\n");
  const PactEntity *v = visit_by(r, "Jean Mugabo");

  CHECK(v && dated(v, "2019-10-15", "2019-10-15"));
  free_record(r);
  r = extract("date 2021-05-10 Accord\n\nKIGALI - L'accord a été signé à Bangui le 15 octobre 2019, lors de la "
              "visite du président rwandais Jean Mugabo.\n");
  v = visit_by(r, "Jean Mugabo");
  CHECK(v && strcmp(code_of(r, v->host), "CF") == 0);
  free_record(r);
}

/* "aboard KV Svalbard", "INS Kochi": a ship's name after its navy's
 * prefix names no place and no country of the story. */
static void
test_ship_names(void)
{
  PactRecord *r = extract("date 2024-06-20 Summit\n\nBODO, Norway - Prime Minister Olav Strand welcomed Finnish "
                          "President Aki Koski aboard KV Svalbard, a coast guard ship moored in the harbour, on "
                          "Wednesday evening.\n");

  CHECK(!has_country(r, "SJ"));
  free_record(r);
}

/* A sentence told in the pluperfect goes on in the past time of the one
 * before ("avait été signé le 15 octobre 2019 ... s'étaient
 * entretenus"); "à la veille de la visite" is no day of the visit. */
static void
test_past_narrative(void)
{
  PactRecord *r = extract("date 2021-05-10 Accord\n\nBANGUI - Le protocole a été signé samedi. Cet accord-cadre "
                          "avait été signé à Bangui le 15 octobre 2019, lors de la visite effectuée par le "
                          "président rwandais Jean Mugabo à l'invitation de son homologue André Ngaba. Les deux "
                          "chefs d'État s'étaient entretenus en tête-à-tête.\n");
  const PactEntity *m = meeting_of(r, "André Ngaba", "Jean Mugabo");

  CHECK(m && m->date && strcmp(m->date, "2019-10-15") == 0);
  free_record(r);
  r = extract("date 2021-05-10 Accord\n\nBANGUI - Le protocole a été signé samedi. La présidence rappelait déjà, à "
              "la veille de la visite du président rwandais Jean Mugabo en 2019, que le Rwanda formait des "
              "officiers centrafricains.\n");
  const PactEntity *v = visit_by(r, "Jean Mugabo");
  CHECK(!v || !v->start || strcmp(v->start, "2021-05-07") != 0);
  free_record(r);
}

/* "revient du Rwanda avec un texte signé", "returned from Kenya": the
 * trip home tells the visit. */
static void
test_back_from(void)
{
  PactRecord *r = extract("date 2021-05-10 Accord\n\nBANGUI - Le chef d'état-major des armées, le général Paul "
                          "Ndoye, revient du Rwanda avec un protocole signé.\n");
  const PactEntity *v = visit_by(r, "Paul Ndoye");

  CHECK(v && strcmp(code_of(r, v->host), "RW") == 0);
  free_record(r);
  r = extract("date 2021-05-08 Visit\n\nACCRA - The army chief of Ghana, General Kofi Boateng, returned from Kenya "
              "on Friday after a three-day visit.\n");
  v = visit_by(r, "Kofi Boateng");
  CHECK(v && strcmp(code_of(r, v->host), "KE") == 0 && dated(v, "2021-05-05", "2021-05-07"));
  free_record(r);
}

/* "D'une durée de douze jours, l'exercice « Aqaba 9 »": a length told of
 * an exercise with an end gives its start; "Egypt last hosted the drill
 * in October 2019, when Aqaba 5 was staged": a numbered name is its own
 * edition, dated by its sentence, whatever cue of the series it holds. */
static void
test_exercise_length_and_numbered_edition(void)
{
  PactRecord *r = extract("date 2024-10-28 Exercice\n\nAMMAN - Les forces jordaniennes ont annoncé samedi le "
                          "lancement, en Égypte, de la neuvième édition de l'exercice conjoint « Aqaba », qui réunit "
                          "jusqu'au 6 novembre des unités des deux pays. D'une durée de douze jours, l'exercice « Aqaba "
                          "9 » doit renforcer la coopération des deux armées.\n");
  const PactEntity *e = edition_of(r, 9);

  CHECK(e && dated(e, "2024-10-26", "2024-11-06"));
  free_record(r);
  r = extract("date 2024-10-28 Drill\n\nCAIRO - Egypt and Jordan began their joint exercise Aqaba 9 on Saturday. "
              "Egypt last hosted the drill in October 2019, when Aqaba 5 was staged in the Southern Military Zone.\n");
  e = edition_of(r, 5);
  CHECK(e && e->start && strcmp(e->start, "2019-10") == 0);
  free_record(r);
}

/* Who visits and when: "X a été reçu ... par le Premier ministre
 * sud-coréen, Y, au premier jour d'une visite" (Y, the agent of the
 * passive, is no visitor, however long his title); "X is in Singapore
 * from November 21 to 23" outweighs the day the headline lent; the
 * companion who signs during a leader's visit shares its days; "a day
 * earlier"; "Arrivé au Caire le 25 mars"; "He left Kathmandu on Sunday
 * ... and is due back on Saturday". */
static void
test_visit_days_told_apart(void)
{
  PactRecord *r = extract("date 2019-09-05 Visite\n\nSÉOUL - Le ministre indien de la Défense, Arjun Mehta, a été "
                          "reçu mercredi à Séoul par le Premier ministre sud-coréen, Park Min-ho, au premier jour "
                          "d'une visite de trois jours en Corée du Sud.\n");
  const PactEntity *v = visit_by(r, "Arjun Mehta");

  CHECK(v && strcmp(code_of(r, v->host), "KR") == 0 && dated(v, "2019-09-04", "2019-09-06"));
  CHECK(visit_by(r, "Park Min-ho") == NULL);
  free_record(r);
  r = extract("date 2021-11-22 Navy chief calls on minister during visit to Singapore\n\nSINGAPORE - The Chief of "
              "the Royal Malaysian Navy, Admiral Azlan Rahim, called on Singapore's Minister for Defence Tan Wei "
              "Ming on Monday, in the course of a three-day introductory visit to the Republic. Azlan Rahim is in "
              "Singapore from November 21 to 23, the ministry said.\n");
  v = visit_by(r, "Azlan Rahim");
  CHECK(v && dated(v, "2021-11-21", "2021-11-23"));
  free_record(r);
  r = extract("date 2019-02-28 Pact\n\nANKARA - Chad and Turkey signed a defence cooperation agreement in Ankara on "
              "Wednesday, the centrepiece of a three-day official visit by Chadian President Ali Mahamat that began "
              "on Tuesday. The accord was put to paper at the presidential complex in Ankara by Moussa Abakar, "
              "Chad's minister of defence, and Turkish Defence Minister Kemal Aydin.\n");
  v = visit_by(r, "Moussa Abakar");
  CHECK(v && dated(v, "2019-02-26", "2019-02-28"));
  free_record(r);
  r = extract("date 2021-04-04 Drills\n\nKHARTOUM - On 2 March, the two chiefs of staff signed a military "
              "cooperation agreement in Khartoum. The Egyptian chief of staff, Lieutenant General Hassan Farouk, was "
              "then on a three-day visit to the Sudanese capital, which began a day earlier.\n");
  v = visit_by(r, "Hassan Farouk");
  CHECK(v && v->start && strcmp(v->start, "2021-03-01") == 0);
  free_record(r);
  r = extract("date 2025-06-03 Défense\n\nKIGALI - Le chef d'état-major égyptien, le général Ahmed Saleh, est "
              "arrivé dimanche à Kigali. Arrivé au Caire le 25 mars 2022, le président rwandais Jean Mugabo avait "
              "présidé le lendemain la signature de plusieurs accords. Le dégel a été engagé par le président "
              "Omar Diallo, arrivé au pouvoir en 2016.\n");
  v = visit_by(r, "Jean Mugabo");
  CHECK(v && strcmp(code_of(r, v->host), "EG") == 0 && v->start && strcmp(v->start, "2022-03-25") == 0);
  v = visit_by(r, "Ahmed Saleh");
  CHECK(v && strcmp(code_of(r, v->host), "RW") == 0 && v->start && strcmp(v->start, "2025-06-01") == 0);
  CHECK(visit_by(r, "Omar Diallo") == NULL);
  free_record(r);
  r = extract("date 2019-06-21 Talks\n\nBEIJING - China's defence minister, General Li Wei, received the chief of "
              "the Nepali Army, General Ram Bahadur Karki, in Beijing on Thursday. Karki is on a week-long official "
              "visit to China. He left Kathmandu on Sunday with a small delegation, and is due back on Saturday.\n");
  v = visit_by(r, "Ram Bahadur Karki");
  CHECK(v && dated(v, "2019-06-16", "2019-06-22"));
  free_record(r);
}

/* "received Captain X, together with Commander Y": one meeting of the
 * three; "spent 7 to 10 January in Egypt": a stay of those days; "On 7
 * March 2018 he made an official visit to Budapest" in a report of April
 * 2019: another visit than the story's, which no sentence had dated yet. */
static void
test_meetings_and_stays(void)
{
  PactRecord *r = extract("date 2023-10-03 Drill\n\nSALVADOR - The Commander-in-Chief of the Brazilian Fleet, "
                          "Vice-Admiral Paulo Moura, received the head of the Argentine task group, Captain Diego "
                          "Ruiz, together with Commander Pablo Sosa, captain of the corvette.\n");
  const char *const three[] = {"Paulo Moura", "Diego Ruiz", "Pablo Sosa", NULL};

  CHECK(met_all(r, three));
  free_record(r);
  r = extract("date 2024-01-16 Visit\n\nPRETORIA - Vice Admiral Sipho Ndlovu, Chief of the South African Navy, "
              "spent 7 to 10 January in Egypt at the invitation of Vice Admiral Karim Hassan, Chief of the Egyptian "
              "Navy.\n");
  const PactEntity *v = visit_by(r, "Sipho Ndlovu");
  CHECK(v && strcmp(code_of(r, v->host), "EG") == 0 && dated(v, "2024-01-07", "2024-01-10"));
  free_record(r);
  r = extract("date 2019-04-09 Visit\n\nBUDAPEST - Croatian and Hungarian aircraft will soon cross into each "
              "other's airspace under a memorandum that the two defence ministers signed in the Hungarian capital "
              "on Monday.\n\nIvan Horvat, Croatia's Minister of Defence, came to Budapest at the invitation of "
              "Hungarian Defence Minister Laszlo Toth. His day began with a formal welcoming ceremony.\n\nOn 7 "
              "March 2018 he made an official visit to Budapest for talks with Toth's predecessor.\n");
  v = visit_by(r, "Ivan Horvat");
  CHECK(v && v->start && strcmp(v->start, "2019-04-08") == 0);
  free_record(r);
}

/* A description's demonym further in it ("The head of the Sudanese
 * contingent, Brigadier General X"), a possessive's copula ("His Bolivian
 * opposite number is Air Brigadier General Y"): their countries. */
static void
test_described_countries(void)
{
  PactRecord *r = extract("date 2021-03-22 Drill\n\nJEDDAH - The Saudi navy hosted the drill. The head of the "
                          "Sudanese contingent, Brigadier General Osman Idris, told reporters the week was useful.\n");

  CHECK(person_of(r, "Osman Idris", "SD"));
  free_record(r);
  r = extract("date 2012-07-23 Drill\n\nCAMPO GRANDE, Brazil - The Brazilian side is led by Major-Brigadier Paulo "
              "Lima. His Bolivian opposite number is Air Brigadier General Jorge Rojas Vaca, chief of operations of "
              "the general staff.\n");
  CHECK(person_of(r, "Jorge Rojas Vaca", "BO"));
  free_record(r);
}

/* "in the presence of X, deputy chief of staff of the Sudanese Navy, and
 * NAME": "and" after a person's apposition joins another person, with an
 * apostrophe of two letters inside a word of the name ("al-Ni'mi"); "aux
 * côtés du représentant des forces navales saoudiennes, NAME". */
static void
test_joined_after_apposition(void)
{
  PactRecord *r = extract("date 2021-03-22 Drill\n\nJEDDAH - The third edition closed at Port Sudan on 28 February "
                          "2019 in the presence of Omar Hassan Bashir, deputy chief of staff of the Sudanese Navy, and "
                          "Fahd bin Ali al-Ni'mi, who represented the Royal Saudi Naval Forces.\n");

  CHECK(find(r, PACT_PERSON, "Fahd bin Ali al-Ni'mi") != NULL);
  free_record(r);
  r = extract("date 2021-03-23 Exercice\n\nDJEDDAH - Le chef d'état-major adjoint de la marine soudanaise, Omar "
              "Hassan Bashir, assistait à la cérémonie aux côtés du représentant des forces navales saoudiennes, Fahd "
              "ben Ali Al-Nimi.\n");
  CHECK(person_of(r, "Fahd ben Ali Al-Nimi", "SA"));
  free_record(r);
}

/* Earlier editions told in the story's history: "for drills focused on
 * smuggling" in the sentence of the first edition makes no exercise of
 * its own and leaves the edition to the series ("The series began off
 * Port Kelso, from 3 to 9 May 2014", its date past the place); "The third
 * edition closed at the naval base on 2 March 2020": the clause's verb of
 * ending makes the date its end. */
static void
test_history_editions(void)
{
  PactRecord *r = extract("date 2022-03-15 Drill\n\nMARLOW - Ships from Ghana and Kenya began the fourth edition of "
                          "their joint exercise, Blue Coral, on Sunday in Mombasa. The series began off Port Kelso from "
                          "3 to 9 May 2014, when two Kenyan vessels sailed across for drills focused on stopping "
                          "smuggling. The second round was staged from 13 to 19 January 2017 in Mombasa, with "
                          "boarding drills against suspected smuggling boats. The third edition closed at the Accra "
                          "naval base on 2 March 2020.\n");
  const PactEntity *e = edition_of(r, 1);

  CHECK(dated(e, "2014-05-03", "2014-05-09"));
  CHECK(dated(edition_of(r, 2), "2017-01-13", "2017-01-19"));
  e = edition_of(r, 3);
  CHECK(e && e->start == NULL && e->end && strcmp(e->end, "2020-03-02") == 0);
  free_record(r);
}

/* "Later the same day, accompanied by General X, the Malian officer was
 * granted an audience by the Minister of Defence, Y": "the Malian
 * officer" is the clause's subject, no apposition of X, the agent of the
 * opening phrase (X stays of the host's country); the audience granted
 * is a meeting, and the companion sits in it. */
static void
test_companion_of_audience(void)
{
  static const char *const three[] = {"Oumar Traore", "Sering Ceesay", "Lamin Jatta", NULL};
  PactRecord *r = extract("date 2024-05-16 Visit\n\nBANJUL - The Chief of Defence Staff of Mali, General Oumar "
                          "Traore, is in The Gambia this week on a three-day visit. He was received by his host, "
                          "Lieutenant General Lamin Jatta, Chief of Defence Staff of the Gambia Armed Forces.\n\n"
                          "Later the same day, accompanied by General Jatta, the Malian officer was granted an "
                          "audience by the Minister of Defence, Sering Ceesay.\n");

  const PactEntity *jatta = find(r, PACT_PERSON, "Lamin Jatta");

  CHECK(person_of(r, "Lamin Jatta", "GM"));
  for (size_t i = 0; jatta && i < jatta->n_titles; i++) {
    CHECK(strstr(jatta->titles[i].text, "Malian") == NULL);
  }
  CHECK(met_all(r, three));
  free_record(r);
}

/* "La visite intervient un mois après celle du chef d'état-major de
 * l'armée ghanéenne, le général X, au Togo les 2 et 3 mars": "celle du"
 * stands for a visit of X, to the country told after the name, on the
 * days the clause tells; "that of" in English, to the host of the visit
 * the sentence spoke of. */
static void
test_elliptic_visits(void)
{
  PactRecord *r = extract("date 2025-04-10 Visite\n\nLOM\xc3\x89 - Le ministre b\xc3\xa9ninois de la D\xc3\xa9" "fense, Pascal Houngbo, est "
                          "arriv\xc3\xa9 mercredi \xc3\xa0 Lom\xc3\xa9 pour une visite de deux jours. Cette visite intervient un mois "
                          "apr\xc3\xa8s celle du chef d'\xc3\xa9tat-major de l'arm\xc3\xa9" "e ghan\xc3\xa9" "enne, le g\xc3\xa9n\xc3\xa9ral Kofi Mensah, au Togo "
                          "les 2 et 3 mars.\n");
  const PactEntity *v = visit_by(r, "Kofi Mensah");

  CHECK(v && v->host >= 0 && strcmp(code_of(r, v->host), "TG") == 0 && dated(v, "2025-03-02", "2025-03-03"));
  free_record(r);
  r = extract("date 2023-09-12 Visit\n\nBEIJING - Zambia Army Commander Lieutenant General Peter Mwale began a "
              "visit to China on Monday. His trip had been timed to precede that of President Joseph Banda, "
              "expected in Beijing next week.\n");
  v = visit_by(r, "Joseph Banda");
  CHECK(v && v->host >= 0 && strcmp(code_of(r, v->host), "CN") == 0);
  free_record(r);
}

/* The other signer past a long object or title: "signed a defence
 * cooperation agreement in Doha with Qatar's Minister of State for
 * Defence Affairs, X"; "Le texte a été signé mercredi 24 septembre à
 * Addis-Abeba, au siège du ministère ..., par le chef des Forces de
 * défense kényanes, le général X, et le chef d'état-major ..., le
 * maréchal Y": both sign, and signing together is meeting. */
static void
test_signers_past_titles(void)
{
  PactRecord *r = extract("date 2026-01-20 Defence pact\n\nDOHA - Somali Defence Minister Ahmed Warsame on Monday "
                          "signed a defence cooperation agreement in Doha with Qatar's Minister of State for "
                          "Defence Affairs, Khalid Al-Kuwari.\n");
  const PactEntity *a = find(r, PACT_AGREEMENT, NULL);

  CHECK(a && a->signatories.n == 2);
  CHECK(met(r, "Ahmed Warsame", "Khalid Al-Kuwari", "2026-01-19"));
  free_record(r);
  r = extract("date 2025-09-25 Accord\n\nADDIS-ABEBA - Le Kenya et l'\xc3\x89thiopie ont sign\xc3\xa9 un accord de "
              "coop\xc3\xa9ration en mati\xc3\xa8re de d\xc3\xa9" "fense. Le texte a \xc3\xa9t\xc3\xa9 sign\xc3\xa9 mercredi 24 septembre \xc3\xa0 "
              "Addis-Abeba, au si\xc3\xa8ge du minist\xc3\xa8re \xc3\xa9thiopien de la D\xc3\xa9" "fense, par le chef des Forces de "
              "d\xc3\xa9" "fense k\xc3\xa9nyanes, le g\xc3\xa9n\xc3\xa9ral Peter Kamau, et le chef d'\xc3\xa9tat-major g\xc3\xa9n\xc3\xa9ral de la Force "
              "de d\xc3\xa9" "fense nationale \xc3\xa9thiopienne, le mar\xc3\xa9" "chal Tesfaye Alemu, \xc3\xa0 l'issue d'un entretien.\n");
  a = find(r, PACT_AGREEMENT, NULL);
  CHECK(a && a->signatories.n == 2);
  CHECK(met(r, "Peter Kamau", "Tesfaye Alemu", "2025-09-24"));
  free_record(r);
}

/* "For the first time, an Indian Army chief has travelled to Algeria.
 * Ambassador X, India's envoy in Algiers, welcomed him ... General Y
 * then held talks": the visit is of the first person told after it who
 * is no envoy posted there, and the description's demonym gives Y,
 * of no country told, India. */
static void
test_described_visitor_after(void)
{
  PactRecord *r = extract("date 2025-08-29 Visit\n\nALGIERS - For the first time, an Indian Army chief has travelled "
                          "to Algeria. Ambassador Meera Joshi, India's envoy in Algiers, welcomed him at the airport. "
                          "General Arvind Rao then held talks with General Karim Belaid.\n");
  const PactEntity *v = visit_by(r, "Arvind Rao");

  CHECK(v && v->host >= 0 && strcmp(code_of(r, v->host), "DZ") == 0);
  CHECK(visit_by(r, "Meera Joshi") == NULL);
  CHECK(person_of(r, "Arvind Rao", "IN"));
  free_record(r);
}

/* "X travelled to Argentina on Thursday, accompanied by General Y, who
 * commands the 3rd Army Division": who goes along makes the visit too,
 * on its days; a host's officer who goes along ("accompanied by his host,
 * General Z") visits nothing. */
static void
test_companion_visits(void)
{
  PactRecord *r = extract("date 2023-09-29 Visit\n\nBUENOS AIRES - Uruguay's army commander, General Pablo Sosa, "
                          "travelled to Argentina on Thursday, accompanied by General Luis Pereira, who commands the "
                          "3rd Army Division. Later, accompanied by his host, General Martin Acosta, chief of the "
                          "Argentine Army, Sosa visited the Campo de Mayo garrison.\n");
  const PactEntity *v = visit_by(r, "Luis Pereira");

  CHECK(v && v->host >= 0 && strcmp(code_of(r, v->host), "AR") == 0 && dated(v, "2023-09-28", NULL));
  CHECK(visit_by(r, "Martin Acosta") == NULL);
  free_record(r);
}

/* "The relationship rests on a memorandum of understanding signed in
 * October 2003 ... in June the two sides also settled on a five-year
 * roadmap": a generic word dated in another year than the agreement
 * told before is another agreement; "the memorandum", told again, is
 * the first. */
static void
test_agreement_of_another_year(void)
{
  PactRecord *r = extract("date 2023-10-05 Visit\n\nDODOMA - Kenya's army chief General Peter Njoroge is in "
                          "Tanzania this week. The relationship rests on a memorandum of understanding on defence "
                          "cooperation signed in October 2003. In June the two sides also settled on a five-year "
                          "roadmap for defence cooperation. The memorandum was renewed without changes.\n");

  CHECK(count_of(r, PACT_AGREEMENT) == 2);
  CHECK(agreements_dated(r, "2003-10", NULL) == 1);
  free_record(r);
}

/* "For the third time in six years, the two navies are training side by
 * side. The bilateral exercise Coral Shield 2025 began on Monday": the
 * ordinal of "time" in the sentence before the exercise is its edition;
 * "for the first time" tells none. */
static void
test_nth_time_edition(void)
{
  PactRecord *r = extract("date 2025-10-16 Drill\n\nRIYADH - For the third time in six years, the Saudi and Chinese "
                          "navies are training side by side. The bilateral naval exercise Coral Shield 2025 began on "
                          "Monday at Jubail.\n");

  CHECK(edition_of(r, 3) != NULL);
  free_record(r);
  r = extract("date 2025-10-16 Drill\n\nRIYADH - For the first time, Saudi and Chinese marines are training side "
              "by side. The bilateral naval exercise Coral Shield 2025 began on Monday at Jubail.\n");
  CHECK(edition_of(r, 1) == NULL);
  free_record(r);
}

int
main(void)
{
  const char *dir = getenv("PACTUM_DATADIR");

  if (!dir) {
    fprintf(stderr, "PACTUM_DATADIR is not set (make check sets it)\n");
    return 99;
  }
  lex = pact_lexicon_load(dir, &diag);
  CHECK(lex != NULL);
  if (!lex) {
    fputs(messages, stderr);
    return 1;
  }
  test_reader();
  test_pages();
  test_companions_and_hosts();
  test_present_end();
  test_name_with_year_apposition();
  test_delegation_days_and_relatives();
  test_received_with_adverb();
  test_name_year_apposition_other();
  test_separate_talks_and_instructions();
  test_hyphenated_other_name();
  test_plans_are_agreements();
  test_plus_days();
  test_clause_subjects();
  test_in_force();
  test_visit_span();
  test_phrasings();
  test_names_and_hosts();
  test_french_apposed_rank();
  test_honoured();
  test_visit_agent();
  test_invitation();
  test_two_ministers();
  test_pluperfect_date();
  test_second_visit();
  test_future_weekday();
  test_signing_meeting();
  test_titles_joined();
  test_history_visits();
  test_one_day_visit();
  test_met_again();
  test_delegation_received();
  test_sentence_time();
  test_two_chiefs();
  test_asian_names();
  test_edition_told_after();
  test_guest_and_joiners();
  test_institution_names();
  test_alongside();
  test_untitled_names();
  test_and_the_general();
  test_him_and_dated_signers();
  test_greeted_far();
  test_he_pressed_on();
  test_described_object();
  test_agent_not_subject();
  test_object_pronouns();
  test_co_chaired();
  test_place_after_with();
  test_companies();
  test_previous_editions();
  test_signers_described();
  test_signers_for_sides();
  test_delegation_leader();
  test_numbered_units();
  test_named_heads();
  test_apposed_edition();
  test_name_before_round();
  test_described_subject();
  test_background_agreements();
  test_agreement_sets();
  test_met_at_place();
  test_and_with();
  test_visiting_forces();
  test_presence_at_city();
  test_leading_preposition();
  test_travelled_to_sign();
  test_opening_participle();
  test_demonym_capital();
  test_according_to();
  test_trip_by_others();
  test_chief_of_institution();
  test_told_year();
  test_courtesy_audience();
  test_multinational_edition();
  test_comma_joined_verbs();
  test_possessive_visit();
  test_trip_subjects();
  test_same_day();
  test_year_before_noun();
  test_copula_names();
  test_final_day();
  test_attendance_adverb();
  test_month_parts();
  test_edition_of_name();
  test_year_openers();
  test_date_forms();
  test_place_after_objects();
  test_exercise_verbs();
  test_office_taken();
  test_visitor_described();
  test_agreement_of_its_time();
  test_came_to();
  test_salvador();
  test_capital_as_agent();
  test_feminine_titles();
  test_envoy_titles();
  test_succeeded_country();
  test_quoted_name_before_cue();
  test_round_is_edition();
  test_inaugural_edition();
  test_ordinal_after_name();
  test_exercise_named_alone();
  test_own_visit();
  test_there_is_the_place_before();
  test_generic_before_kind();
  test_joint_chiefs_title_fr();
  test_ship_named_after_admiral();
  test_acronym_of_institution();
  test_visit_that_x_made();
  test_double_surname_mention();
  test_border_country_no_participant();
  test_exercise_named_in_apposition();
  test_visiting_title_without_name();
  test_honoured_person();
  test_programmes_and_treaty_organisations();
  test_dateline_city_with_country();
  test_honorific_in_apposition();
  test_date_of_the_other_visit();
  test_country_word_as_given_name();
  test_report_from_home();
  test_hosted_at_home();
  test_lower_complement_to_apposition();
  test_agreement_denied();
  test_visit_named_after_cue();
  test_visit_day_of_its_meeting();
  test_left_home_for_the_visit();
  test_possessive_sums_up_the_clause();
  test_separate_agreement_and_sheikh();
  test_rank_qualifiers_and_particles();
  test_predecessor_calls_on();
  test_named_country_and_title_lists();
  test_parties_before_a_time_clause();
  test_since_year_and_opening_name();
  test_consecutive_year_edition();
  test_signing_date_is_not_the_visit();
  test_working_dinner();
  test_headline_drill_named_later();
  test_name_year_before_cue_and_year_in_a_row();
  test_that_year_after_since();
  test_in_the_country();
  test_headline_visit_host();
  test_deal_comes_weeks_after();
  test_year_before_when();
  test_edition_of_name_demonym_apposition();
  test_exercise_was_first_held();
  test_rendu_a_son_tour();
  test_said_as_given_name();
  test_a_call_on();
  test_this_edition_is_the_story();
  test_edition_without_a_country();
  test_signers_with_their_countries();
  test_rank_inside_a_name();
  test_sat_down_on_a_day_with();
  test_traite_as_a_verb();
  test_presence_at_the_meeting_told_before();
  test_since_a_day_until_another();
  test_previous_agreement();
  test_the_text_was_signed();
  test_the_demonym_capital();
  test_visit_starts_at_its_first_meeting();
  test_agreement_of_a_past_year();
  test_brought_to_the_talks();
  test_visit_to_the_gulf_state();
  test_country_spoken_about();
  test_described_before_name();
  test_subject_right_before_verb();
  test_last_year_days();
  test_home_meetings();
  test_visits_of_others();
  test_arrival_told();
  test_two_of_two_sides();
  test_exercise_quoted_before_noun();
  test_preposition_opens_no_name();
  test_exercise_named_number();
  test_two_agreements_signers();
  test_courtesy_visit_to_person();
  test_received_on_courtesy_visit();
  test_dateline_with_dash();
  test_title_lower_complement_to_country();
  test_multinational_participants();
  test_call_on_is_trip();
  test_working_session();
  test_began_in_year_is_first_edition();
  test_executive_secretary();
  test_exercise_described_after();
  test_exercise_name_with_of();
  test_family_name_first_hyphenated();
  test_ordinal_before_name_and_year_suffix();
  test_multinational_contingents();
  test_exercise_clause_and_another_edition();
  test_weekday_end_after_start();
  test_country_takes_part();
  test_stay_is_visit();
  test_past_meeting_is_trip();
  test_visit_named_after();
  test_exercise_hyphen_number();
  test_apposed_description_subject();
  test_delegation_headed_by();
  test_demonym_word_title();
  test_name_of_a_thing();
  test_honorific_single_name();
  test_rank_for_visitor();
  test_day_after_told_year();
  test_edition_ordinal_opens();
  test_first_editions_listed();
  test_signer_counterpart_after_long_title();
  test_shared_surname_nearest();
  test_pluperfect_trip();
  test_nasab_names();
  test_apostrophe_names();
  test_apposed_subject();
  test_edition_apposition();
  test_listed_agreements();
  test_relative_not_name();
  test_known_as();
  test_two_weeks_after();
  test_described_subject_before();
  test_headline_visit();
  test_meeting_place_after_cue();
  test_story_days();
  test_other_visit();
  test_sides();
  test_sentence_year();
  test_two_ministers_fr();
  test_attendance();
  test_two_agreements();
  test_units_and_ministries();
  test_signing_abroad();
  test_meetings_in_time();
  test_name_particles();
  test_exercise_history();
  test_signing_place();
  test_signatories_met();
  test_plural_titles();
  test_joined_verbs();
  test_led_jointly();
  test_distance_not_length();
  test_commands_and_agent_visitor();
  test_etat_major();
  test_origin_place();
  test_pronoun_past_agent();
  test_article_opens_name();
  test_stay_days();
  test_with_attendance();
  test_title_qualifiers();
  test_two_people();
  test_tokens();
  test_dates_and_events();
  test_countries_from_context();
  test_lists_and_editions();
  test_quoted_exercise_name();
  test_observers_not_participants();
  test_demonym_embassy();
  test_speaker_titles();
  test_attended_together();
  test_guest_visit_places_event();
  test_predecessor_and_delegation_country();
  test_both_ministers_received();
  test_opening_phrase_and_predicate_title();
  test_last_years_edition();
  test_name_particle_du();
  test_described_subject_after_opening_phrase();
  test_visit_date_of_earlier_event();
  test_records_of_understanding();
  test_until_ends_the_story_exercise();
  test_end_after_its_verb();
  test_delegation_leader_visits();
  test_cosigner_past_the_object();
  test_insistence_inside_a_verb();
  test_series_name_is_this_years();
  test_series_of_another_year();
  test_exercise_endings_and_ranges();
  test_exercise_history_by_number();
  test_welcomed_guests();
  test_troops_and_envoys();
  test_portuguese_names_and_then();
  test_counted_agreements();
  test_joined_participants();
  test_quoted_apposition();
  test_exercise_off_a_place();
  test_plural_titles_and_countries();
  test_editions_born_and_numbered();
  test_other_series_told_beside();
  test_demonym_nouns();
  test_title_complements();
  test_sides_and_witnesses();
  test_city_named_editions();
  test_visit_day_and_place();
  test_ship_names();
  test_past_narrative();
  test_back_from();
  test_exercise_length_and_numbered_edition();
  test_visit_days_told_apart();
  test_meetings_and_stays();
  test_described_countries();
  test_joined_after_apposition();
  test_history_editions();
  test_companion_of_audience();
  test_elliptic_visits();
  test_signers_past_titles();
  test_described_visitor_after();
  test_companion_visits();
  test_agreement_of_another_year();
  test_nth_time_edition();
  pact_lexicon_free(lex);
  pact_lexicon_free(NULL);
  return check_status("test-extract");
}
