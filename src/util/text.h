/* Text keys: the normalised forms from which canonical keys and IRI slugs
 * are made (ontology/RECORDS.md, "Keys and IRIs"). */
#ifndef PACT_TEXT_H
#define PACT_TEXT_H

#include "util/buf.h"
#include "util/status.h"

#include <stddef.h>

/* Appends the name key of `s` to `out`: case-folded, accents removed
 * (NFKD, marks dropped), every run of characters other than letters and
 * digits turned into one '-', no leading or trailing '-'. Returns
 * PACT_ERR_INPUT when `s` is not valid UTF-8. */
PactStatus pact_text_key(PactBuf *out, const char *s, size_t len);

/* Appends the IRI slug of `key` to `out`: the key itself when it is made of
 * [a-z0-9-] only; otherwise its ASCII letters and digits, '-', and 8 hex
 * digits of the FNV-1a hash of the key, so two keys never share a slug. */
PactStatus pact_text_slug(PactBuf *out, const char *key, size_t len);

/* Appends to the key `out` the distinct strings of `v`, sorted (`v` is
 * sorted in place), joined by `sep`, after a '-' when `out` is not empty
 * and `n` is not 0: the part of a canonical key made of several things
 * ("mou" + "pt-sn", "helena-brandao-pt--mamadou-n-diaye-sn"). */
PactStatus pact_text_add_sorted(PactBuf *out, const char **v, size_t n, const char *sep);

/* Whether `s` ends with `tail`. */
int pact_text_ends_with(const char *s, const char *tail);

/* Whether `s` is valid UTF-8; on failure *bad is the offset of the first
 * invalid byte. */
int pact_text_valid_utf8(const char *s, size_t len, size_t *bad);

/* Number of code points in valid UTF-8 `s`. */
size_t pact_text_codepoints(const char *s, size_t len);

/* Whether `s` is an absolute IRI that every RDF syntax can carry: a
 * scheme, then no space, control character or one of <>"{}|\^`. */
int pact_text_valid_iri(const char *s);

#endif
