/* The extractor: a news article into a record (model/record.h), with
 * every thing's mentions pointing back into the original file. */
#ifndef PACT_EXTRACT_H
#define PACT_EXTRACT_H

#include "lexicon/lexicon.h"
#include "model/record.h"
#include "read/article.h"
#include "util/diag.h"

/* Fills `out` (initialised by the caller with pact_record_init) with what
 * article `t` holds. The record copies what it needs; `t` and `lex` are
 * only read. */
PactStatus pact_extract(const PactText *t, const PactLexicon *lex, PactRecord *out,
                        PactDiag *d);

#endif
