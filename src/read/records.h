/* The records reader: JSON records files (ontology/RECORDS.md) into
 * PactRecord values, checked member by member. */
#ifndef PACT_RECORDS_H
#define PACT_RECORDS_H

#include "model/record.h"
#include "util/diag.h"

/* Called once per valid record. The record belongs to the reader and is
 * freed when the callback returns; a status other than PACT_OK stops
 * reading and is returned. */
typedef PactStatus (*PactRecordFn)(void *user, PactRecord *record);

/* Reads every record of the file at `path` (JSON Lines, concatenated
 * objects, or one array). Each problem is reported through `d` as
 * "FILE:LINE: $.path: what was expected"; reading goes on with the next
 * record so that one run shows every bad record, and the result is then
 * PACT_ERR_INPUT, also when the file cannot be read: an input problem. */
PactStatus pact_records_read_file(const char *path, PactDiag *d,
                                  PactRecordFn fn, void *user);

/* The same over a buffer in memory; `name` is used in messages. */
PactStatus pact_records_read_buffer(const char *name, const char *data,
                                    size_t len, PactDiag *d, PactRecordFn fn,
                                    void *user);

/* Whether `s` is a date in one of the forms records allow: YYYY-MM-DD,
 * YYYY-MM, YYYY or --MM-DD. */
int pact_records_valid_date(const char *s);

#endif
