#define _POSIX_C_SOURCE 200809L
#include "store/push.h"

#include "util/hash.h"

#include <stdlib.h>
#include <string.h>

/* Where one N-Quads term ends, from `p` (at its first character); NULL when
 * it is not a term. Sets *blank for a blank node. */
static const char *
term_end(const char *p, int *blank)
{
  *blank = 0;
  if (*p == '<') {
    const char *close = strchr(p, '>');
    return close ? close + 1 : NULL;
  }
  if (*p == '_' && p[1] == ':') {
    *blank = 1;
    p += 2;
    while (*p && *p != ' ' && *p != '\t') {
      p++;
    }
    return p;
  }
  if (*p == '"') {
    for (p++; *p && *p != '"'; p++) {
      if (*p == '\\' && p[1]) {
        p++;
      }
    }
    if (*p != '"') {
      return NULL;
    }
    p++;
    if (*p == '@') {
      while (*p && *p != ' ' && *p != '\t') {
        p++;
      }
    } else if (p[0] == '^' && p[1] == '^' && p[2] == '<') {
      const char *close = strchr(p + 2, '>');
      return close ? close + 1 : NULL;
    }
    return p;
  }
  return NULL;
}

static const char *
skip_blanks(const char *p)
{
  while (*p == ' ' || *p == '\t') {
    p++;
  }
  return p;
}

/* A set of graph names already written, by 64-bit hash (a collision would
 * only turn a later PUT into a POST). */
typedef struct {
  uint64_t *slots;
  size_t mask;
  size_t n;
} Seen;

static int
seen_add(Seen *s, uint64_t h)
{
  size_t i;

  h |= 1; /* 0 marks an empty slot */
  if ((s->n + 1) * 2 > s->mask + 1 || !s->slots) {
    size_t mask = s->slots ? s->mask * 2 + 1 : 255;
    uint64_t *slots = calloc(mask + 1, sizeof *slots);
    if (!slots) {
      return -1;
    }
    for (size_t j = 0; s->slots && j <= s->mask; j++) {
      if (s->slots[j]) {
        size_t k = s->slots[j] & mask;
        while (slots[k]) {
          k = (k + 1) & mask;
        }
        slots[k] = s->slots[j];
      }
    }
    free(s->slots);
    s->slots = slots;
    s->mask = mask;
  }
  for (i = h & s->mask; s->slots[i]; i = (i + 1) & s->mask) {
    if (s->slots[i] == h) {
      return 0;
    }
  }
  s->slots[i] = h;
  s->n++;
  return 1;
}

typedef struct {
  PactHttp *h;
  const PactPushOptions *opts;
  PactPushStats *stats;
  PactDiag *d;
  PactBuf chunk;    /* N-Triples of the current graph */
  PactBuf graph;    /* its name, "" for the default graph */
  PactBuf url;
  Seen seen;
  unsigned long lines_in_chunk;
} Push;

/* Sends the chunk of the current graph, if any. */
static PactStatus
flush(Push *p)
{
  const char *name = p->graph.len ? p->graph.data : (p->opts->graph ? p->opts->graph : "");
  int first = 0;

  if (!p->chunk.len) {
    return PACT_OK;
  }
  pact_buf_reset(&p->url);
  PACT_TRY(pact_buf_adds(&p->url, p->opts->endpoint));
  PACT_TRY(pact_buf_addc(&p->url, strchr(p->opts->endpoint, '?') ? '&' : '?'));
  if (*name) {
    PACT_TRY(pact_buf_adds(&p->url, "graph="));
    PACT_TRY(pact_http_escape(&p->url, name));
  } else {
    PACT_TRY(pact_buf_adds(&p->url, "default"));
  }
  first = seen_add(&p->seen, pact_hash_bytes(PACT_FNV_OFFSET, name, strlen(name)));
  if (first < 0) {
    return PACT_ERR_NOMEM;
  }
  p->stats->graphs += (unsigned long)first;
  PACT_TRY(pact_http_send(p->h, p->opts->replace && first ? "PUT" : "POST", p->url.data,
                          "text/turtle; charset=utf-8", NULL, p->chunk.data, p->chunk.len,
                          NULL, p->d));
  p->stats->requests++;
  p->stats->statements += p->lines_in_chunk;
  pact_buf_reset(&p->chunk);
  p->lines_in_chunk = 0;
  return PACT_OK;
}

PactStatus
pact_push_nquads(PactHttp *h, const PactPushOptions *opts, FILE *in, const char *name,
                 PactPushStats *stats, PactDiag *d)
{
  Push p = {h, opts, stats, d, {0}, {0}, {0}, {NULL, 0, 0}, 0};
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  unsigned long lineno = 0;
  PactStatus st = PACT_OK;

  while (st == PACT_OK && (got = getline(&line, &cap, in)) >= 0) {
    const char *q = line;
    const char *ends[4];
    const char *graph_start = NULL;
    int n = 0;
    int blank = 0;

    lineno++;
    q = skip_blanks(q);
    if (*q == '#' || *q == '\n' || *q == '\r' || *q == '\0') {
      continue;
    }
    /* Subject, predicate, object, and perhaps a graph name. */
    while (n < 4 && *q != '.') {
      const char *start = q;
      int is_blank;
      const char *end = term_end(q, &is_blank);
      if (!end) {
        break;
      }
      blank |= is_blank;
      if (n == 3) {
        graph_start = start;
      }
      ends[n++] = end;
      q = skip_blanks(end);
    }
    if (n < 3 || *q != '.') {
      st = pact_diag(d, PACT_ERR_INPUT, name, lineno,
                     "expected an N-Quads statement (subject predicate object [graph] .)");
      break;
    }
    if (blank) {
      st = pact_diag(d, PACT_ERR_INPUT, name, lineno,
                     "a blank node: it cannot be split across requests (pactum's exports "
                     "have none; give the node an IRI)");
      break;
    }
    {
      const char *g = graph_start ? graph_start + 1 : "";
      size_t glen = graph_start ? (size_t)(ends[3] - graph_start - 2) : 0;
      size_t triple_len = (size_t)(ends[2] - line);
      if (glen && !opts->named_graphs) {
        stats->skipped++;
        continue;
      }
      /* A new graph, or a full chunk: send what is there. */
      if (glen != p.graph.len || (glen && memcmp(g, p.graph.data, glen) != 0)) {
        st = flush(&p);
        pact_buf_reset(&p.graph);
        if (st == PACT_OK && glen) {
          st = pact_buf_add(&p.graph, g, glen);
        }
      } else if (p.chunk.len + triple_len + 3 > opts->chunk_bytes && p.chunk.len) {
        st = flush(&p);
      }
      if (st == PACT_OK) {
        st = pact_buf_add(&p.chunk, line, triple_len);
      }
      if (st == PACT_OK) {
        st = pact_buf_add(&p.chunk, " .\n", 3);
        p.lines_in_chunk++;
      }
    }
  }
  if (st == PACT_OK && ferror(in)) {
    st = pact_diag(d, PACT_ERR_IO, name, lineno, "read error");
  }
  if (st == PACT_OK) {
    st = flush(&p);
  }
  if (st == PACT_ERR_NOMEM) {
    pact_diag(d, st, name, lineno, "out of memory");
  }
  free(line);
  free(p.seen.slots);
  pact_buf_free(&p.chunk);
  pact_buf_free(&p.graph);
  pact_buf_free(&p.url);
  return st;
}
