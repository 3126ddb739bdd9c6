/* Records out: a PactRecord as one line of JSON (ontology/RECORDS.md), the
 * format `pactum extract` writes and `pactum export` reads back. */
#ifndef PACT_WRITE_RECORDS_H
#define PACT_WRITE_RECORDS_H

#include "model/record.h"
#include "util/diag.h"
#include "write/sink.h"

/* Writes `r` as one JSON object and a newline, in one call of the sink. */
PactStatus pact_write_record(const PactRecord *r, const PactSink *out, PactDiag *d);

#endif
