#include "lexicon/tokens.h"

#include "util/hash.h"
#include "util/text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

void
pact_tokens_init(PactTokens *t)
{
  memset(t, 0, sizeof *t);
  pact_buf_init(&t->keys, 0);
}

void
pact_tokens_free(PactTokens *t)
{
  if (!t) {
    return;
  }
  free(t->v);
  pact_buf_free(&t->keys);
  memset(t, 0, sizeof *t);
}

/* The ASCII letters and digits, by class; 0 for every other byte. */
enum { C_LOWER = 1, C_UPPER = 2, C_DIGIT = 3 };
#define C4(c) c, c, c, c
#define C8(c) C4(c), C4(c)
#define C16(c) C8(c), C8(c)
static const uint8_t ascii_class[256] = {
  C16(0), C16(0), C16(0),                               /* 0x00-0x2f */
  C8(C_DIGIT), C_DIGIT, C_DIGIT, 0, 0, 0, 0, 0, 0,      /* 0x30-0x3f */
  0, C8(C_UPPER), C4(C_UPPER), C_UPPER, C_UPPER, C_UPPER, /* 0x40-0x4f */
  C8(C_UPPER), C_UPPER, C_UPPER, C_UPPER, 0, 0, 0, 0, 0, /* 0x50-0x5f */
  0, C8(C_LOWER), C4(C_LOWER), C_LOWER, C_LOWER, C_LOWER, /* 0x60-0x6f */
  C8(C_LOWER), C_LOWER, C_LOWER, C_LOWER, 0, 0, 0, 0, 0, /* 0x70-0x7f */
};
#undef C16
#undef C8
#undef C4

/* Letters and digits make words; everything else is space or punctuation. */
static int
is_word_cp(utf8proc_int32_t cp)
{
  utf8proc_category_t cat;

  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  cat = utf8proc_category(cp);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

static int
is_upper_cp(utf8proc_int32_t cp)
{
  return cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

static int
is_lower_cp(utf8proc_int32_t cp)
{
  return cp < 0x80 ? (cp >= 'a' && cp <= 'z') : utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static utf8proc_ssize_t
next_cp(const char *text, size_t len, size_t i, utf8proc_int32_t *cp)
{
  unsigned char c = (unsigned char)text[i];

  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  return utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), cp);
}

static PactStatus
push(PactTokens *t, PactToken tok)
{
  if (t->n == t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 256;
    PactToken *v = realloc(t->v, cap * sizeof *v);
    if (!v) {
      return PACT_ERR_NOMEM;
    }
    t->v = v;
    t->cap = cap;
  }
  t->v[t->n++] = tok;
  return PACT_OK;
}

/* Abbreviations whose full stop does not end a sentence. Asked at every
 * full stop, so the lengths are kept beside the words. */
static int
is_abbreviation(const char *key, size_t len)
{
#define ABBR(s) {s, sizeof s - 1}
  static const struct {
    const char *s;
    size_t len;
  } abbrev[] = {
    ABBR("mr"), ABBR("mrs"), ABBR("ms"), ABBR("dr"), ABBR("gen"), ABBR("lt"), ABBR("col"),
    ABBR("maj"), ABBR("capt"), ABBR("adm"), ABBR("brig"), ABBR("sgt"), ABBR("st"), ABBR("jr"),
    ABBR("sr"), ABBR("no"), ABBR("vs"), ABBR("mme"), ABBR("mlle"), ABBR("prof"), ABBR("gov"),
    ABBR("sen"), ABBR("rep"), ABBR("rev"), ABBR("hon"), ABBR("cmdr"), ABBR("cdr"), ABBR("cpl"),
    ABBR("pvt"), ABBR("messrs"), ABBR("jan"), ABBR("feb"), ABBR("aug"), ABBR("sept"), ABBR("oct"),
    ABBR("nov"), ABBR("dec"), ABBR("janv"), ABBR("fevr"), ABBR("avr"), ABBR("juil")};
#undef ABBR

  if (len == 1) {
    return 1; /* an initial: "J. Smith", "M. Dupont", "U.S." */
  }
  for (size_t i = 0; i < sizeof abbrev / sizeof abbrev[0]; i++) {
    if (abbrev[i].len == len && memcmp(abbrev[i].s, key, len) == 0) {
      return 1;
    }
  }
  return 0;
}

PactStatus
pact_tokenize(PactTokens *t, const char *text, size_t len)
{
  /* Room for every token and key at once: one allocation, not many. */
  if (t->cap < len / 3 + 16) {
    PactToken *v = realloc(t->v, (len / 3 + 16) * sizeof *v);
    if (!v) {
      return PACT_ERR_NOMEM;
    }
    t->v = v;
    t->cap = len / 3 + 16;
  }
  PACT_TRY(pact_buf_add(&t->keys, "", 0));
  if (t->keys.cap < len * 2 + 64) {
    char *k = realloc(t->keys.data, len * 2 + 64);
    if (!k) {
      return PACT_ERR_NOMEM;
    }
    t->keys.data = k;
    t->keys.cap = len * 2 + 64;
  }
  size_t i = 0;
  unsigned pending = TF_SENT | TF_NEWLINE;
  uint32_t sentence = 0;
  int sentence_open = 0;
  int end_of_sentence = 0;
  int key_ready; /* the token's key is in place after t->keys.len */

  while (i < len) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t step = next_cp(text, len, i, &cp);
    PactToken tok;

    if (step <= 0) {
      step = 1; /* the reader checked UTF-8; be safe anyway */
      cp = 0xFFFD;
    }
    if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n') {
      pending |= TF_SPACE;
      if (cp == '\n') {
        pending |= TF_NEWLINE;
        /* A line break ends a sentence when the next line starts anew. */
        end_of_sentence = 1;
      }
      i += (size_t)step;
      continue;
    }
    memset(&tok, 0, sizeof tok);
    tok.start = (uint32_t)i;
    key_ready = 0;
    if (cp < 0x80 && ascii_class[cp]) {
      /* ASCII fast path: most words; a byte >= 0x80 hands over to the
       * general loop below. Letters are classed by a table and counted
       * without branches (a word's letters are not predictable); the key
       * is written, lowered, as they are read, when the buffer has room
       * for the rest of the text, and kept only if the word is ASCII. */
      size_t j = i;
      unsigned letters = 0;
      unsigned uppers = 0;
      unsigned cap = 0;
      unsigned cls;
      char *dst = t->keys.len + (len - i) + 1 < t->keys.cap ? t->keys.data + t->keys.len : NULL;
      while (j < len && (cls = ascii_class[(unsigned char)text[j]]) != 0) {
        cap |= (letters == 0) & (cls == C_UPPER);
        letters += cls != C_DIGIT;
        uppers += cls == C_UPPER;
        if (dst) {
          dst[j - i] = (char)(cls == C_UPPER ? text[j] | 0x20 : text[j]);
        }
        j++;
      }
      if (j >= len || (unsigned char)text[j] < 0x80) {
        tok.flags |= cap ? TF_CAP : 0;
        i = j;
        tok.kind = letters ? TOK_WORD : TOK_NUMBER;
        if (letters >= 2 && uppers == letters) {
          tok.flags |= TF_UPPER;
        }
        tok.flags |= TF_ASCII;
        key_ready = dst != NULL;
        goto finished;
      }
      tok.flags = 0; /* not all ASCII: read it again, the general way */
    }
    if (is_word_cp(cp)) {
      int letters = 0;
      int uppers = 0;
      int digits_only = 1;
      int ascii = 1;
      int first_letter_seen = 0;
      while (i < len) {
        step = next_cp(text, len, i, &cp);
        if (step <= 0 || !is_word_cp(cp)) {
          break;
        }
        if (cp >= 0x80) {
          ascii = 0;
        }
        if (!(cp >= '0' && cp <= '9')) {
          digits_only = 0;
        }
        if (is_upper_cp(cp) || is_lower_cp(cp)) {
          letters++;
          if (is_upper_cp(cp)) {
            uppers++;
            if (!first_letter_seen) {
              tok.flags |= TF_CAP;
            }
          }
          first_letter_seen = 1;
        }
        i += (size_t)step;
      }
      tok.kind = digits_only ? TOK_NUMBER : TOK_WORD;
      if (letters >= 2 && uppers == letters) {
        tok.flags |= TF_UPPER;
      }
      if (ascii) {
        tok.flags |= TF_ASCII;
      }
    } else {
      tok.kind = TOK_PUNCT;
      i += (size_t)step;
    }
  finished:
    tok.end = (uint32_t)i;
    /* Sentence boundaries: after . ! ? (not after an abbreviation) when the
     * next token starts with a capital or a digit; or after a line break. */
    if (end_of_sentence && sentence_open &&
        (tok.kind != TOK_WORD || (tok.flags & TF_CAP) || (pending & TF_NEWLINE))) {
      sentence++;
      pending |= TF_SENT;
      sentence_open = 0;
    }
    end_of_sentence = 0;
    tok.flags |= (uint8_t)pending;
    pending = 0;
    tok.sentence = sentence;
    tok.key = (uint32_t)t->keys.len;
    if (tok.kind == TOK_PUNCT) {
      PACT_TRY(pact_buf_add(&t->keys, text + tok.start, tok.end - tok.start));
    } else if (key_ready) {
      t->keys.len += tok.end - tok.start; /* written by the fast path */
      t->keys.data[t->keys.len] = '\0';
    } else if (tok.flags & TF_ASCII) {
      /* an ASCII word's key is its lower case: no need for utf8proc;
       * lowered as it is copied, when the buffer has room */
      size_t n = tok.end - tok.start;
      if (t->keys.len + n + 1 < t->keys.cap) {
        char *dst = t->keys.data + t->keys.len;
        for (size_t k = 0; k < n; k++) {
          unsigned char c = (unsigned char)text[tok.start + k];
          dst[k] = (char)(ascii_class[c] == C_UPPER ? c | 0x20 : c);
        }
        t->keys.len += n;
        t->keys.data[t->keys.len] = '\0';
      } else {
        PACT_TRY(pact_buf_add(&t->keys, text + tok.start, n));
        for (size_t k = t->keys.len - n; k < t->keys.len; k++) {
          char c = t->keys.data[k];
          if (c >= 'A' && c <= 'Z') {
            t->keys.data[k] = (char)(c - 'A' + 'a');
          }
        }
      }
    } else {
      PACT_TRY(pact_text_key(&t->keys, text + tok.start, tok.end - tok.start));
    }
    tok.key_len = (uint16_t)(t->keys.len - tok.key > 0xFFFF ? 0xFFFF : t->keys.len - tok.key);
    tok.hash = pact_hash_fast(t->keys.data + tok.key, tok.key_len);
    PACT_TRY(pact_buf_addc(&t->keys, '\0'));
    PACT_TRY(push(t, tok));
    sentence_open = 1;
    if (tok.kind == TOK_PUNCT) {
      char c = text[tok.start];
      if (c == '!' || c == '?') {
        end_of_sentence = 1;
      } else if (c == '.' && t->n >= 2) {
        const PactToken *prev = &t->v[t->n - 2];
        const char *pkey = t->keys.data + prev->key;
        end_of_sentence = !(prev->kind == TOK_WORD && (prev->flags & TF_CAP) &&
                            is_abbreviation(pkey, prev->key_len)) &&
                          !(prev->kind == TOK_WORD && prev->key_len == 1);
      }
    }
  }
  t->n_sentences = t->n ? sentence + 1 : 0;
  return PACT_OK;
}
