/* Lexicons the exporter needs, loaded from ontology/: the cooperation-area
 * scheme (areas.ttl, read with raptor) and the country table
 * (lexicon/countries.tsv). Each table owns its strings. */
#ifndef PACT_LEXICON_TABLES_H
#define PACT_LEXICON_TABLES_H

#include "util/diag.h"

#include <stddef.h>

typedef struct {
  const char *iri;
  const char *pref_en; /* may be NULL */
  const char *pref_fr; /* may be NULL */
} PactArea;

typedef struct {
  char code[3];
  const char *name_en; /* may be NULL */
  const char *name_fr; /* may be NULL */
  /* From lexicon/country-prepositions.tsv, NULL until it is loaded: the
   * names a reader expects ("Corée du Sud", not iso-codes' "Corée,
   * République de") and "to" the country ("to the United States", "au
   * Maroc", "aux Émirats arabes unis", "à Chypre"). */
  const char *label_en;
  const char *label_fr;
  const char *to_en;
  const char *to_fr;
} PactCountryInfo;

typedef struct PactAreas PactAreas;
typedef struct PactCountries PactCountries;

/* Loads the scheme: every skos:prefLabel, skos:altLabel and rdfs:label of
 * a concept becomes a way to name it. NULL with a message on failure. */
PactAreas *pact_areas_load(const char *path, PactDiag *d);
void pact_areas_free(PactAreas *a); /* NULL-safe */

/* The concept a label names (any case, accents or punctuation), or the
 * concept whose IRI ends with `label`; NULL when none does. */
const PactArea *pact_areas_find(const PactAreas *a, const char *label);

/* The concepts, and every label of them as written (for the extractor). */
size_t pact_areas_count(const PactAreas *a);
const PactArea *pact_areas_get(const PactAreas *a, size_t i);
size_t pact_areas_label_count(const PactAreas *a);
const char *pact_areas_label(const PactAreas *a, size_t i, size_t *area);

/* Loads the country table: "code TAB name_en TAB name_fr TAB official_en
 * TAB official_fr TAB common_en" lines; '#' starts a comment line, and the
 * first other line is the header. NULL with a message on failure. */
PactCountries *pact_countries_load(const char *path, PactDiag *d);
void pact_countries_free(PactCountries *c); /* NULL-safe */

/* Adds the names and demonyms of lexicon/country-forms.tsv ("code TAB
 * lang TAB kind TAB form" after a header line) to the names of the table,
 * for pact_countries_code_of_form(). */
PactStatus pact_countries_load_forms(PactCountries *c, const char *path, PactDiag *d);

/* Adds the labels and "to" phrases of lexicon/country-prepositions.tsv
 * ("code TAB name_en TAB to_en TAB name_fr TAB to_fr" after a header). */
PactStatus pact_countries_load_prepositions(PactCountries *c, const char *path, PactDiag *d);

/* The code of the country that the name key `key` names ("senegal",
 * "senegalese", "senegalaises"), or NULL. */
const char *pact_countries_code_of_form(const PactCountries *c, const char *key);

/* The entry of an ISO 3166-1 alpha-2 code, or NULL. */
const PactCountryInfo *pact_countries_find(const PactCountries *c,
                                           const char *code);

/* Synonym groups (lexicon/names.tsv, lexicon/institution-names.tsv):
 * "TAG TAB canonical TAB other form TAB ..." lines, '#' starting a comment
 * line. Every form is stored under its name key (util/text.h), so case,
 * accents and punctuation do not matter. NULL with a message on failure. */
typedef struct PactSynonyms PactSynonyms;

PactSynonyms *pact_synonyms_load(const char *path, PactDiag *d);
void pact_synonyms_free(PactSynonyms *s); /* NULL-safe */

/* The name key of the canonical form of the group holding name key `key`
 * under `tag`, or NULL. Valid until pact_synonyms_free(). */
const char *pact_synonyms_find(const PactSynonyms *s, const char *tag, const char *key);

#endif
