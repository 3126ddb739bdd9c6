#include "query/values.h"

#include "util/buf.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_VARS 64  /* variables of one VALUES block */
#define MAX_EDITS 64 /* VALUES blocks (and moves) in one query */
#define MAX_DEPTH 256

/* Bytes [pos, pos + del) of the query become `ins` (owned). */
typedef struct {
  size_t pos;
  size_t del;
  char *ins;
} Edit;

typedef struct {
  const char *q;
  size_t len;
  size_t i; /* the scanner's position */
} Scan;

static int
is_space(char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Skips white space and comments. */
static void
skip_blank(Scan *s)
{
  while (s->i < s->len) {
    if (is_space(s->q[s->i])) {
      s->i++;
    } else if (s->q[s->i] == '#') {
      while (s->i < s->len && s->q[s->i] != '\n') {
        s->i++;
      }
    } else {
      break;
    }
  }
}

/* At a quote: past the string (short or long, with escapes). */
static void
skip_string(Scan *s)
{
  char quote = s->q[s->i];
  int long_form = s->i + 2 < s->len && s->q[s->i + 1] == quote && s->q[s->i + 2] == quote;

  s->i += long_form ? 3 : 1;
  while (s->i < s->len) {
    char c = s->q[s->i];
    if (c == '\\') {
      s->i += 2;
    } else if (c == quote && (!long_form || (s->i + 2 < s->len && s->q[s->i + 1] == quote &&
                                             s->q[s->i + 2] == quote))) {
      s->i += long_form ? 3 : 1;
      return;
    } else if (c == '\n' && !long_form) {
      return; /* unterminated: rasqal will say so */
    } else {
      s->i++;
    }
  }
}

/* At '<': past an IRI if one starts here (no space or '<' before '>');
 * else a '<' operator, and 0 is returned. */
static int
skip_iri(Scan *s)
{
  size_t j = s->i + 1;

  while (j < s->len) {
    char c = s->q[j];
    if (c == '>') {
      s->i = j + 1;
      return 1;
    }
    if ((unsigned char)c <= ' ' || strchr("<\"{}|^`\\", c)) {
      break;
    }
    j++;
  }
  s->i++;
  return 0;
}

static int
is_word_char(char c)
{
  return !is_space(c) && !strchr("(){}[],;<>\"'#=!&|*/+^", c) && c != '\0';
}

/* A word starts here: a keyword, a prefixed name, a variable, a number. */
static size_t
word_end(const Scan *s, size_t i)
{
  if (i < s->len && (s->q[i] == '+' || s->q[i] == '-')) {
    i++;
  }
  while (i < s->len && is_word_char(s->q[i])) {
    i++;
  }
  return i;
}

static int
word_is(const Scan *s, size_t start, size_t end, const char *kw)
{
  size_t n = strlen(kw);
  return end - start == n && strncasecmp(s->q + start, kw, n) == 0;
}

/* One RDF term or UNDEF of a data block: its extent, or 0 when none. */
static int
scan_term(Scan *s, size_t *start, size_t *end)
{
  skip_blank(s);
  *start = s->i;
  if (s->i >= s->len || strchr("(){}", s->q[s->i])) {
    return 0;
  }
  if (s->q[s->i] == '<') {
    if (!skip_iri(s)) {
      return 0;
    }
  } else if (s->q[s->i] == '"' || s->q[s->i] == '\'') {
    skip_string(s);
    if (s->i < s->len && s->q[s->i] == '@') {
      s->i++;
      while (s->i < s->len && (isalnum((unsigned char)s->q[s->i]) || s->q[s->i] == '-')) {
        s->i++;
      }
    } else if (s->i + 1 < s->len && s->q[s->i] == '^' && s->q[s->i + 1] == '^') {
      s->i += 2;
      if (s->i < s->len && s->q[s->i] == '<') {
        if (!skip_iri(s)) {
          return 0;
        }
      } else {
        s->i = word_end(s, s->i);
      }
    }
  } else {
    s->i = word_end(s, s->i);
  }
  *end = s->i;
  return *end > *start;
}

/* A variable's name ("?x" or "$x"), its extent; 0 when none. */
static int
scan_var(Scan *s, size_t *start, size_t *end)
{
  skip_blank(s);
  if (s->i >= s->len || (s->q[s->i] != '?' && s->q[s->i] != '$')) {
    return 0;
  }
  *start = s->i;
  s->i = word_end(s, s->i + 1);
  *end = s->i;
  return *end > *start + 1;
}

static int
expect(Scan *s, char c)
{
  skip_blank(s);
  if (s->i < s->len && s->q[s->i] == c) {
    s->i++;
    return 1;
  }
  return 0;
}

/* What the query is made of, as far as VALUES needs to know: braces and
 * words. Strings, IRIs, comments and operators are passed over. */
typedef enum { SCAN_END, SCAN_OPEN, SCAN_CLOSE, SCAN_WORD } ScanKind;

typedef struct {
  ScanKind kind;
  size_t start; /* of the brace or the word */
  size_t end;
} ScanToken;

/* The next brace or word after s->i; s->i is left just past it. */
static ScanToken
next_token(Scan *s)
{
  for (;;) {
    skip_blank(s);
    if (s->i >= s->len) {
      return (ScanToken){SCAN_END, s->len, s->len};
    }
    char c = s->q[s->i];
    size_t start = s->i;
    if (c == '"' || c == '\'') {
      skip_string(s);
    } else if (c == '<') {
      skip_iri(s);
    } else if (c == '{' || c == '}') {
      s->i++;
      return (ScanToken){c == '{' ? SCAN_OPEN : SCAN_CLOSE, start, s->i};
    } else if (is_word_char(c) && c != '-') {
      size_t end = word_end(s, start);
      s->i = end > start ? end : start + 1;
      return (ScanToken){SCAN_WORD, start, end};
    } else {
      s->i++;
    }
  }
}

/* Reads a data block after the VALUES keyword and writes its UNION form
 * to `out`. Returns 0 when the block is not well formed (then the query is
 * left for rasqal to report); PACT_ERR_NOMEM in *st when malloc fails. */
static int
rewrite_block(Scan *s, PactBuf *out, PactStatus *st)
{
  size_t var_start[MAX_VARS];
  size_t var_end[MAX_VARS];
  int n_vars = 0;
  int rows = 0;
  int list = 0;

  skip_blank(s);
  if (s->i < s->len && s->q[s->i] == '(') {
    list = 1;
    s->i++;
    while (n_vars < MAX_VARS && scan_var(s, &var_start[n_vars], &var_end[n_vars])) {
      n_vars++;
    }
    if (!expect(s, ')')) {
      return 0;
    }
  } else if (scan_var(s, &var_start[0], &var_end[0])) {
    n_vars = 1;
  } else {
    return 0;
  }
  if (!expect(s, '{')) {
    return 0;
  }
  *st = pact_buf_adds(out, "{ ");
  for (;;) {
    skip_blank(s);
    if (s->i < s->len && s->q[s->i] == '}') {
      s->i++;
      break;
    }
    if (list && !expect(s, '(')) {
      return 0;
    }
    if (*st == PACT_OK) {
      *st = pact_buf_adds(out, rows ? "UNION { " : "{ ");
    }
    for (int v = 0; v < n_vars; v++) {
      size_t a;
      size_t b;
      if (!scan_term(s, &a, &b)) {
        return 0;
      }
      if (!word_is(s, a, b, "UNDEF") && *st == PACT_OK) {
        *st = pact_buf_printf(out, "BIND(%.*s AS %.*s) ", (int)(b - a), s->q + a,
                              (int)(var_end[v] - var_start[v]), s->q + var_start[v]);
      }
    }
    if (list && !expect(s, ')')) {
      return 0;
    }
    if (*st == PACT_OK) {
      *st = pact_buf_adds(out, "} ");
    }
    rows++;
  }
  if (!rows && *st == PACT_OK) {
    *st = pact_buf_adds(out, "FILTER(false) "); /* no rows: no solutions */
  }
  if (*st == PACT_OK) {
    *st = pact_buf_adds(out, "}");
  }
  return 1;
}

static int
cmp_edit(const void *a, const void *b)
{
  const Edit *x = a;
  const Edit *y = b;
  return (x->pos > y->pos) - (x->pos < y->pos);
}

static char *
take_text(PactBuf *b)
{
  char *text = b->data;
  if (!text) {
    text = calloc(1, 1);
  }
  b->data = NULL;
  b->len = b->cap = 0;
  return text;
}

PactStatus
pact_sparql_rewrite_values(const char *query, char **out, const char **why)
{
  Scan s = {query, strlen(query), 0};
  Edit edits[MAX_EDITS];
  int n_edits = 0;
  int depth = 0;
  int select_at[MAX_DEPTH] = {0}; /* a SELECT seen in the group at depth d */
  int grouped = 0;                /* GROUP BY or an aggregate anywhere */
  size_t last_open = 0;           /* the last group closed at depth 0 */
  size_t last_close = 0;
  int have_group = 0;
  size_t open_at[MAX_DEPTH];
  int have_open = 0;
  PactStatus st = PACT_OK;
  int malformed = 0;

  *out = NULL;
  *why = NULL;
  while (!malformed && st == PACT_OK) {
    ScanToken tok = next_token(&s);
    if (tok.kind == SCAN_END) {
      break;
    }
    if (tok.kind == SCAN_OPEN) {
      if (depth >= 0 && depth + 1 < MAX_DEPTH) {
        open_at[depth] = tok.start;
        have_open |= depth == 0;
        select_at[depth + 1] = 0;
      }
      depth++;
    } else if (tok.kind == SCAN_CLOSE) {
      depth--;
      if (depth == 0 && have_open) {
        last_open = open_at[0];
        last_close = tok.start;
        have_group = 1;
      }
    } else {
      size_t start = tok.start;
      size_t end = tok.end;
      if (depth >= 0 && depth < MAX_DEPTH && word_is(&s, start, end, "SELECT")) {
        select_at[depth] = 1;
      }
      if (word_is(&s, start, end, "GROUP") || word_is(&s, start, end, "COUNT") ||
          word_is(&s, start, end, "SUM") || word_is(&s, start, end, "MIN") ||
          word_is(&s, start, end, "MAX") || word_is(&s, start, end, "AVG") ||
          word_is(&s, start, end, "SAMPLE") || word_is(&s, start, end, "GROUP_CONCAT")) {
        grouped = 1;
      }
      if (!word_is(&s, start, end, "VALUES")) {
        continue;
      }
      if (n_edits + 3 > MAX_EDITS) {
        *why = "more VALUES blocks than pactum rewrites in one query";
        st = PACT_ERR_INPUT;
        break;
      }
      int trailing = depth == 0;
      if (depth > 0 && depth < MAX_DEPTH && select_at[depth]) {
        *why = "VALUES after a subquery is not supported (rasqal 0.9.33 "
               "evaluates VALUES wrongly, and pactum rewrites it only inside a "
               "group); put the VALUES block inside the subquery's WHERE";
        st = PACT_ERR_INPUT;
        break;
      }
      if (trailing && (grouped || !have_group)) {
        *why = have_group ? "VALUES after a query with GROUP BY or aggregates is not "
                            "supported (rasqal 0.9.33 evaluates VALUES wrongly); put the "
                            "VALUES block inside the WHERE clause"
                          : "VALUES before any WHERE clause";
        st = PACT_ERR_INPUT;
        break;
      }
      PactBuf text;
      pact_buf_init(&text, 0);
      if (trailing) {
        st = pact_buf_adds(&text, "} ");
      }
      if (st == PACT_OK && !rewrite_block(&s, &text, &st)) {
        malformed = 1;
      }
      if (st != PACT_OK || malformed) {
        pact_buf_free(&text);
        break;
      }
      if (trailing) {
        /* WHERE { P } ... VALUES v { d }  ->  WHERE { { P } U } ... */
        char *brace = malloc(2);
        if (!brace) {
          pact_buf_free(&text);
          st = PACT_ERR_NOMEM;
          break;
        }
        memcpy(brace, "{", 2);
        edits[n_edits++] = (Edit){last_open + 1, 0, brace};
        edits[n_edits++] = (Edit){last_close, 0, take_text(&text)};
        edits[n_edits++] = (Edit){start, s.i - start, NULL};
        if (!edits[n_edits - 2].ins) {
          st = PACT_ERR_NOMEM;
        }
      } else {
        edits[n_edits++] = (Edit){start, s.i - start, take_text(&text)};
        if (!edits[n_edits - 1].ins) {
          st = PACT_ERR_NOMEM;
        }
      }
    }
  }

  PactBuf result;
  pact_buf_init(&result, 0);
  if (st == PACT_OK) {
    /* Malformed: everything as written, for rasqal to report. */
    int n_apply = malformed ? 0 : n_edits;
    size_t at = 0;
    qsort(edits, (size_t)n_apply, sizeof *edits, cmp_edit);
    for (int e = 0; e < n_apply && st == PACT_OK; e++) {
      st = pact_buf_add(&result, query + at, edits[e].pos - at);
      if (st == PACT_OK && edits[e].ins) {
        st = pact_buf_adds(&result, edits[e].ins);
        if (st == PACT_OK) {
          st = pact_buf_addc(&result, ' ');
        }
      }
      at = edits[e].pos + edits[e].del;
    }
    if (st == PACT_OK) {
      st = pact_buf_add(&result, query + at, s.len - at);
    }
  }
  for (int e = 0; e < n_edits; e++) {
    free(edits[e].ins);
  }
  if (st != PACT_OK) {
    pact_buf_free(&result);
    return st;
  }
  *out = take_text(&result);
  return *out ? PACT_OK : PACT_ERR_NOMEM;
}

PactStatus
pact_sparql_where_as_ask(const char *query, char **out)
{
  Scan s = {query, strlen(query), 0};
  int depth = 0;
  size_t verb = SIZE_MAX; /* where SELECT stands at depth 0 */
  size_t open = 0;
  size_t close = 0;
  size_t depth0_open = 0;
  int have_group = 0;

  *out = NULL;
  for (ScanToken tok = next_token(&s); tok.kind != SCAN_END; tok = next_token(&s)) {
    if (tok.kind == SCAN_OPEN) {
      if (depth == 0) {
        depth0_open = tok.start;
      }
      depth++;
    } else if (tok.kind == SCAN_CLOSE) {
      depth--;
      if (depth == 0 && verb != SIZE_MAX && !have_group) {
        open = depth0_open;
        close = tok.start;
        have_group = 1; /* the first group after SELECT: its WHERE */
      }
    } else if (depth == 0 && verb == SIZE_MAX && word_is(&s, tok.start, tok.end, "SELECT")) {
      verb = tok.start;
    }
  }
  if (verb == SIZE_MAX || !have_group) {
    return PACT_OK;
  }
  PactBuf ask;
  pact_buf_init(&ask, 0);
  PactStatus st = pact_buf_add(&ask, query, verb);
  if (st == PACT_OK) {
    st = pact_buf_adds(&ask, "ASK ");
  }
  if (st == PACT_OK) {
    st = pact_buf_add(&ask, query + open, close + 1 - open);
  }
  if (st != PACT_OK) {
    pact_buf_free(&ask);
    return st;
  }
  *out = take_text(&ask);
  return *out ? PACT_OK : PACT_ERR_NOMEM;
}

/* At '(' (s->i just past it): past the matching ')', strings and IRIs
 * skipped; 0 when the query ends first. */
static int
skip_parens(Scan *s)
{
  int depth = 1;
  while (s->i < s->len) {
    char c = s->q[s->i];
    if (c == '"' || c == '\'') {
      skip_string(s);
    } else if (c == '<') {
      skip_iri(s);
    } else if (c == '#') {
      skip_blank(s);
    } else {
      s->i++;
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return 1;
      }
    }
  }
  return 0;
}

PactStatus
pact_sparql_rewrite_count_distinct(const char *query, char **out)
{
  Scan s = {query, strlen(query), 0};
  PactBuf result;
  size_t at = 0; /* query bytes before `at` are in result */
  PactStatus st = PACT_OK;

  pact_buf_init(&result, 0);
  for (ScanToken tok = next_token(&s); tok.kind != SCAN_END && st == PACT_OK;
       tok = next_token(&s)) {
    if (tok.kind != SCAN_WORD || !word_is(&s, tok.start, tok.end, "COUNT") || !expect(&s, '(')) {
      continue;
    }
    skip_blank(&s);
    size_t word = s.i;
    if (!word_is(&s, word, word_end(&s, word), "DISTINCT")) {
      continue;
    }
    s.i = word_end(&s, word);
    size_t expr = s.i;
    if (!skip_parens(&s)) {
      break; /* unbalanced: rasqal will say where */
    }
    size_t expr_end = s.i - 1; /* at the ')' */
    Scan inner = {query, expr_end, expr};
    skip_blank(&inner);
    if (inner.i < expr_end && query[inner.i] == '*') {
      continue; /* COUNT(DISTINCT *) compares rows, not literals */
    }
    int n = (int)(expr_end - expr);
    st = pact_buf_add(&result, query + at, expr - at);
    if (st == PACT_OK) {
      st = pact_buf_printf(&result, " IF(isIRI(%.*s), STRLANG(STR(%.*s), \"x-iri\"), %.*s)", n,
                           query + expr, n, query + expr, n, query + expr);
    }
    at = expr_end;
  }
  if (st == PACT_OK) {
    st = pact_buf_add(&result, query + at, s.len - at);
  }
  if (st != PACT_OK) {
    pact_buf_free(&result);
    return st;
  }
  *out = take_text(&result);
  return *out ? PACT_OK : PACT_ERR_NOMEM;
}

int
pact_sparql_has_keyword(const char *query, const char *keyword)
{
  Scan s = {query, strlen(query), 0};
  for (ScanToken tok = next_token(&s); tok.kind != SCAN_END; tok = next_token(&s)) {
    if (tok.kind == SCAN_WORD && word_is(&s, tok.start, tok.end, keyword)) {
      return 1;
    }
  }
  return 0;
}
