#include "util/text.h"

#include "util/hash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

PactStatus
pact_text_key(PactBuf *out, const char *s, size_t len)
{
  utf8proc_uint8_t *folded = NULL;
  utf8proc_ssize_t n;
  size_t start = out->len;
  int pending_dash = 0;
  PactStatus st = PACT_OK;
  int ascii = 1;

  /* Most names are ASCII, where folding is lower-casing: no need for
   * utf8proc's allocation and tables. The result is the same. */
  for (size_t i = 0; i < len && ascii; i++) {
    ascii = (unsigned char)s[i] < 0x80;
  }
  if (ascii) {
    for (size_t i = 0; i < len && st == PACT_OK; i++) {
      char c = s[i];
      if (c >= 'A' && c <= 'Z') {
        c = (char)(c - 'A' + 'a');
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pending_dash && out->len > start) {
          st = pact_buf_addc(out, '-');
        }
        pending_dash = 0;
        if (st == PACT_OK) {
          st = pact_buf_addc(out, c);
        }
      } else {
        pending_dash = 1;
      }
    }
    return st;
  }

  /* utf8proc does decomposition, mark stripping and case folding in one
   * call; it allocates the result, which we free below. */
  n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &folded,
                   UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                     UTF8PROC_CASEFOLD | UTF8PROC_STABLE);
  if (n < 0) {
    return n == UTF8PROC_ERROR_NOMEM ? PACT_ERR_NOMEM : PACT_ERR_INPUT;
  }
  for (utf8proc_ssize_t i = 0; i < n && st == PACT_OK;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t step = utf8proc_iterate(folded + i, n - i, &cp);
    utf8proc_category_t cat;
    int word;

    if (step <= 0) {
      st = PACT_ERR_INPUT;
      break;
    }
    cat = utf8proc_category(cp);
    word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
           (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
    if (word) {
      if (pending_dash && out->len > start) {
        st = pact_buf_addc(out, '-');
      }
      pending_dash = 0;
      if (st == PACT_OK) {
        st = pact_buf_add(out, folded + i, (size_t)step);
      }
    } else {
      pending_dash = 1;
    }
    i += step;
  }
  free(folded);
  return st;
}

PactStatus
pact_text_slug(PactBuf *out, const char *key, size_t len)
{
  int plain = len > 0;
  size_t start = out->len;

  for (size_t i = 0; i < len && plain; i++) {
    char c = key[i];
    plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  }
  if (plain) {
    return pact_buf_add(out, key, len);
  }
  for (size_t i = 0; i < len; i++) {
    char c = key[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      PACT_TRY(pact_buf_addc(out, c));
    } else if (c == '-' && out->len > start && out->data[out->len - 1] != '-') {
      PACT_TRY(pact_buf_addc(out, '-'));
    }
  }
  if (out->len > start && out->data[out->len - 1] != '-') {
    PACT_TRY(pact_buf_addc(out, '-'));
  }
  return pact_buf_printf(out, "%08lx",
                         (unsigned long)(pact_hash_bytes(PACT_FNV_OFFSET, key, len) >> 32));
}

int
pact_text_valid_utf8(const char *s, size_t len, size_t *bad)
{
  size_t i = 0;

  while (i < len) {
    utf8proc_int32_t cp;
    if ((unsigned char)s[i] < 0x80) {
      i++; /* ASCII, the common case, needs no decoding */
      continue;
    }
    utf8proc_ssize_t step = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                             (utf8proc_ssize_t)(len - i), &cp);
    if (step <= 0) {
      if (bad) {
        *bad = i;
      }
      return 0;
    }
    i += (size_t)step;
  }
  return 1;
}

size_t
pact_text_codepoints(const char *s, size_t len)
{
  size_t n = 0;

  for (size_t i = 0; i < len; i++) {
    if (((unsigned char)s[i] & 0xC0) != 0x80) {
      n++;
    }
  }
  return n;
}

int
pact_text_valid_iri(const char *s)
{
  const char *p = s;

  if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
    return 0;
  }
  while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
         (*p >= '0' && *p <= '9') || *p == '+' || *p == '-' || *p == '.') {
    p++;
  }
  if (*p != ':') {
    return 0;
  }
  for (p = s; *p; p++) {
    unsigned char c = (unsigned char)*p;
    if (c <= 0x20 || c == 0x7F || strchr("<>\"{}|\\^`", c)) {
      return 0;
    }
  }
  return 1;
}
