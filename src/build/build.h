/* The builder: records into graph claims. Each record's statements go into
 * the named graph of its document; things get IRIs from canonical keys
 * (ontology/RECORDS.md, "Keys and IRIs"). */
#ifndef PACT_BUILD_H
#define PACT_BUILD_H

#include "model/graph.h"
#include "model/record.h"
#include "lexicon/tables.h"
#include "util/diag.h"

typedef struct PactBuilder PactBuilder;

/* A builder adding to `g` under instance namespace `base` (copied). The
 * builder borrows `g`, `areas` and `countries` (countries may be NULL);
 * they must outlive it. NULL when malloc fails. */
PactBuilder *pact_builder_new(PactGraph *g, const char *base,
                              const PactAreas *areas,
                              const PactCountries *countries);
void pact_builder_free(PactBuilder *b); /* NULL-safe */

/* Names of institutions across languages (lexicon/institution-names.tsv),
 * borrowed; NULL (the default) keys institutions by their own names. */
void pact_builder_set_institution_names(PactBuilder *b, const PactSynonyms *names);

/* Names of places across languages (lexicon/place-names.tsv), borrowed;
 * NULL (the default) keys places by their own names. */
void pact_builder_set_place_names(PactBuilder *b, const PactSynonyms *names);

/* Adds one record's claims. A problem (an unknown cooperation area) is
 * reported through `d` and gives PACT_ERR_INPUT; the graph may then hold
 * part of the record, so the caller should write nothing. */
PactStatus pact_builder_add(PactBuilder *b, const PactRecord *r, PactDiag *d);

/* How many records were added. */
unsigned long pact_builder_records(const PactBuilder *b);

#endif
