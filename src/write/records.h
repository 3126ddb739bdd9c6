/* Records out: a PactRecord as one line of JSON (ontology/RECORDS.md), the
 * format `pactum extract` writes and `pactum export` reads back. */
#ifndef PACT_WRITE_RECORDS_H
#define PACT_WRITE_RECORDS_H

#include "model/record.h"
#include "util/diag.h"

#include <stdio.h>

/* Writes `r` as one JSON object and a newline. */
PactStatus pact_write_record(const PactRecord *r, FILE *out, PactDiag *d);

#endif
