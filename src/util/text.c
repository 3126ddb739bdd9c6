#include "util/text.h"

#include "util/hash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Appends code point `cp` to the key, as a letter or digit or as a
 * pending '-'. */
static PactStatus
key_put(PactBuf *out, size_t start, int *pending_dash, utf8proc_int32_t cp)
{
  utf8proc_category_t cat = utf8proc_category(cp);
  int word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
             (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
  utf8proc_uint8_t bytes[4];
  utf8proc_ssize_t n;

  if (!word) {
    *pending_dash = 1;
    return PACT_OK;
  }
  if (*pending_dash && out->len > start) {
    PACT_TRY(pact_buf_addc(out, '-'));
  }
  *pending_dash = 0;
  n = utf8proc_encode_char(cp, bytes);
  return pact_buf_add(out, bytes, (size_t)n);
}

/* U+00C0..U+017F folded as utf8proc folds them (NFKD, marks dropped,
 * case folded); NULL where that is not a plain letter. Generated with
 * Python's unicodedata; test-util checks it against utf8proc. The letters
 * NFKD leaves whole are spelled as the press spells them in ASCII (ł l,
 * ø o, æ ae, œ oe, đ d, ı i, þ th...), so that "Władysław" and
 * "Wladyslaw" are one name and one IRI. */
static const char *const latin_fold[0x180 - 0xC0] = {
  "a", "a", "a", "a", "a", "a", "ae", "c",
  "e", "e", "e", "e", "i", "i", "i", "i",
  "d", "n", "o", "o", "o", "o", "o", NULL,
  "o", "u", "u", "u", "u", "y", "th", "ss",
  "a", "a", "a", "a", "a", "a", "ae", "c",
  "e", "e", "e", "e", "i", "i", "i", "i",
  "d", "n", "o", "o", "o", "o", "o", NULL,
  "o", "u", "u", "u", "u", "y", "th", "y",
  "a", "a", "a", "a", "a", "a", "c", "c",
  "c", "c", "c", "c", "c", "c", "d", "d",
  "d", "d", "e", "e", "e", "e", "e", "e",
  "e", "e", "e", "e", "g", "g", "g", "g",
  "g", "g", "g", "g", "h", "h", "h", "h",
  "i", "i", "i", "i", "i", "i", "i", "i",
  "i", "i", "ij", "ij", "j", "j", "k", "k",
  "k", "l", "l", "l", "l", "l", "l", NULL,
  NULL, "l", "l", "n", "n", "n", "n", "n",
  "n", "n", "n", "n", "o", "o", "o", "o",
  "o", "o", "oe", "oe", "r", "r", "r", "r",
  "r", "r", "s", "s", "s", "s", "s", "s",
  "s", "s", "t", "t", "t", "t", "t", "t",
  "u", "u", "u", "u", "u", "u", "u", "u",
  "u", "u", "u", "u", "w", "w", "y", "y",
  "y", "z", "z", "z", "z", "z", "z", "s"
};

PactStatus
pact_text_key(PactBuf *out, const char *s, size_t len)
{
  const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
  size_t start = out->len;
  int pending_dash = 0;
  size_t i = 0;

  /* One code point at a time, without utf8proc_map's allocation and extra
   * passes: ASCII is lower-cased inline; anything else is decomposed
   * (compatibility), case-folded and stripped of its marks by utf8proc. */
  while (i < len) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t step;

    if (p[i] < 0x80 && i + 1 < len && p[i + 1] < 0x80) {
      /* A run of ASCII, most keys: written straight into the buffer, with
       * room for the worst case (a dash and a letter per byte) made once,
       * not checked at every byte. Two bytes a byte stay within the 18 a
       * character may take, which a caller with a buffer on the stack
       * counts on (persons.c). */
      size_t j = i;
      while (j < len && p[j] < 0x80) {
        j++;
      }
      if (pact_buf_reserve(out, 2 * (j - i)) == PACT_OK) {
        char *o = out->data + out->len;
        char *first = out->data + start;
        for (; i < j; i++) {
          char c = (char)p[i];
          if (c >= 'A' && c <= 'Z') {
            c = (char)(c - 'A' + 'a');
          }
          if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (pending_dash && o > first) {
              *o++ = '-';
            }
            pending_dash = 0;
            *o++ = c;
          } else {
            pending_dash = 1;
          }
        }
        out->len = (size_t)(o - out->data);
        *o = '\0';
        continue;
      }
    }
    if (p[i] < 0x80) {
      char c = (char)p[i++];
      if (c >= 'A' && c <= 'Z') {
        c = (char)(c - 'A' + 'a');
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pending_dash && out->len > start) {
          PACT_TRY(pact_buf_addc(out, '-'));
        }
        pending_dash = 0;
        PACT_TRY(pact_buf_addc(out, c));
      } else {
        pending_dash = 1;
      }
      continue;
    }
    step = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
    if (step <= 0) {
      return PACT_ERR_INPUT;
    }
    i += (size_t)step;
    if (cp >= 0xC0 && cp < 0x180 && latin_fold[cp - 0xC0]) {
      /* Latin-1 and Latin Extended-A, the accents of French and most
       * European names, from a table rather than utf8proc's */
      const char *f = latin_fold[cp - 0xC0];
      if (pending_dash && out->len > start) {
        PACT_TRY(pact_buf_addc(out, '-'));
      }
      pending_dash = 0;
      PACT_TRY(pact_buf_add(out, f, f[1] ? 2 : 1)); /* one letter or two */
      continue;
    }
    {
      utf8proc_int32_t parts[16];
      int boundclass = UTF8PROC_BOUNDCLASS_START;
      utf8proc_ssize_t n = utf8proc_decompose_char(
        cp, parts, 16,
        UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD,
        &boundclass);
      if (n < 0 || n > 16) {
        return PACT_ERR_INPUT;
      }
      for (utf8proc_ssize_t k = 0; k < n; k++) {
        PACT_TRY(key_put(out, start, &pending_dash, parts[k]));
      }
    }
  }
  return PACT_OK;
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
    /* ASCII, the common case, needs no decoding: eight bytes at a time */
    while (i + 8 <= len) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (w & UINT64_C(0x8080808080808080)) {
        break;
      }
      i += 8;
    }
    if (i >= len) {
      break;
    }
    if ((unsigned char)s[i] < 0x80) {
      i++;
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
  size_t i = 0;

  /* Eight bytes at a time: a byte 10xxxxxx continues a character; every
   * other byte starts one. */
  for (; i + 8 <= len; i += 8) {
    uint64_t w;
    uint64_t cont;
    memcpy(&w, s + i, 8);
    cont = (w & UINT64_C(0x8080808080808080)) & ~((w << 1) & UINT64_C(0x8080808080808080));
    /* the marks summed by a multiplication, not __builtin_popcountll,
     * which without -mpopcnt is a call for every eight bytes */
    n += 8 - (size_t)(((cont >> 7) * UINT64_C(0x0101010101010101)) >> 56);
  }
  for (; i < len; i++) {
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

int
pact_text_ends_with(const char *s, const char *tail)
{
  size_t n = strlen(s);
  size_t t = strlen(tail);

  return n >= t && strcmp(s + n - t, tail) == 0;
}

static int
cmp_cstr(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

PactStatus
pact_text_add_sorted(PactBuf *out, const char **v, size_t n, const char *sep)
{
  PactStatus st = PACT_OK;

  if (!n) {
    return PACT_OK;
  }
  qsort(v, n, sizeof *v, cmp_cstr);
  if (out->len) {
    st = pact_buf_addc(out, '-');
  }
  for (size_t i = 0; i < n && st == PACT_OK; i++) {
    if (i && strcmp(v[i], v[i - 1]) == 0) {
      continue;
    }
    if (i) {
      st = pact_buf_adds(out, sep);
    }
    if (st == PACT_OK) {
      st = pact_buf_adds(out, v[i]);
    }
  }
  return st;
}
