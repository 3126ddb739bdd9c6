/* One resource: its page graph (its statements, those that point at it,
 * the labels of what they link), written in each data format, and its
 * HTML page. */
#include "site/site.h"

#include "site/conneg.h"

#include <stdlib.h>
#include <string.h>

/* Term `t` of the whole graph in page graph `g`, interned once per page:
 * a page's statements share their subject and predicates, and hashing
 * each occurrence again cost more than building the rest of the page. A
 * term collected (page_collect) but not yet interned has page_id 0. */
static PactTerm
page_term(Site *s, PactGraph *g, PactTerm t)
{
  const PactTermInfo *info;
  PactTerm dt = 0;

  if (s->term_stamp[t] == s->stamp_now && s->page_id[t]) {
    return s->page_id[t];
  }
  info = pact_graph_term(s->g, t);
  if (info->kind == PACT_TERM_IRI) {
    s->page_id[t] = pact_graph_iri(g, info->str, info->len);
  } else {
    if (info->datatype) {
      dt = page_term(s, g, info->datatype);
      if (!dt) {
        return 0;
      }
    }
    s->page_id[t] = pact_graph_literal(g, info->str, info->len, dt, info->lang);
  }
  s->term_stamp[t] = s->stamp_now;
  return s->page_id[t];
}

/* Notes that the page needs term `t` (and its datatype). */
static int
page_collect(Site *s, PactTerm t)
{
  const PactTermInfo *info;

  if (s->term_stamp[t] == s->stamp_now) {
    return 1;
  }
  if (s->n_collected == s->cap_collected) {
    size_t cap = s->cap_collected ? s->cap_collected * 2 : 1024;
    PactTerm *v = realloc(s->collected, cap * sizeof *v);
    if (!v) {
      return 0;
    }
    s->collected = v;
    s->cap_collected = cap;
  }
  s->term_stamp[t] = s->stamp_now;
  s->page_id[t] = 0;
  s->collected[s->n_collected++] = t;
  info = pact_graph_term(s->g, t);
  return info->kind != PACT_TERM_LITERAL || !info->datatype || page_collect(s, info->datatype);
}

/* The resource's statements as a small sealed graph in *out (the caller
 * frees it), written then in each format. */
static PactStatus
page_graph(Site *s, PactTerm r, PactGraph **out)
{
  PactGraph *g = pact_graph_new_sized(4 * (s->start[r + 1] - s->start[r]) + 16);
  PactStatus st = g ? PACT_OK : PACT_ERR_NOMEM;
  size_t n_ends = 0;

  /* A new page: every memo of the last one is stale at once. */
  s->stamp_now++;
  s->n_collected = 0;
  /* First the terms the page needs, with the resources whose labels it
   * carries (each once), so that they can be interned in the whole
   * graph's order: that is the page graph's output order too, and sealing
   * it then sorts nothing. */
  for (uint32_t k = s->start[r]; k < s->start[r + 1] && st == PACT_OK; k++) {
    const PactQuad *q = &s->q[s->idx[k]];
    PactTerm ends[2] = {q->s, q->o};
    if (!page_collect(s, q->s) || !page_collect(s, q->p) || !page_collect(s, q->o)) {
      st = PACT_ERR_NOMEM;
    }
    for (int j = 0; j < 2 && st == PACT_OK; j++) {
      PactTerm end = ends[j];
      if (end == r || s->labels_stamp[end] == s->stamp_now ||
          pact_graph_term(s->g, end)->kind != PACT_TERM_IRI) {
        continue;
      }
      s->labels_stamp[end] = s->stamp_now;
      /* its rdfs:labels, consecutive (quads are sorted by subject, then
       * predicate): a country linked from every page has thousands of
       * other statements */
      for (uint32_t i = s->rdfs_label_at[end]; i != UINT32_MAX && i < s->n && st == PACT_OK &&
                                               s->q[i].s == end && s->q[i].p == s->label;
           i++) {
        if (!page_collect(s, s->label) || !page_collect(s, s->q[i].o)) {
          st = PACT_ERR_NOMEM;
        }
      }
      /* and the resource, to add its labels once the terms are in */
      if (st == PACT_OK && s->rdfs_label_at[end] != UINT32_MAX) {
        if (n_ends == s->cap_ends) {
          size_t cap = s->cap_ends ? s->cap_ends * 2 : 256;
          PactTerm *v = realloc(s->ends, cap * sizeof *v);
          if (!v) {
            st = PACT_ERR_NOMEM;
            break;
          }
          s->ends = v;
          s->cap_ends = cap;
        }
        s->ends[n_ends++] = end;
      }
    }
  }
  if (st == PACT_OK) {
    qsort(s->collected, s->n_collected, sizeof *s->collected, pact_term_compare);
  }
  for (size_t i = 0; i < s->n_collected && st == PACT_OK; i++) {
    st = page_term(s, g, s->collected[i]) ? PACT_OK : PACT_ERR_NOMEM;
  }
  for (uint32_t k = s->start[r]; k < s->start[r + 1] && st == PACT_OK; k++) {
    const PactQuad *q = &s->q[s->idx[k]];
    st = pact_graph_add(g, s->page_id[q->s], s->page_id[q->p], s->page_id[q->o], 0);
  }
  for (size_t e = 0; e < n_ends && st == PACT_OK; e++) {
    PactTerm end = s->ends[e];
    for (uint32_t i = s->rdfs_label_at[end]; i < s->n && st == PACT_OK && s->q[i].s == end &&
                                             s->q[i].p == s->label;
         i++) {
      st = pact_graph_add(g, s->page_id[end], s->page_id[s->label], s->page_id[s->q[i].o], 0);
    }
  }
  if (st == PACT_OK) {
    st = pact_graph_seal(g);
  }
  if (st != PACT_OK) {
    pact_graph_free(g);
    g = NULL;
  }
  *out = g;
  return st;
}

/* Sealed graph `g` written in `f` into s->data (emptied first), which
 * keeps its memory from page to page. */
static PactStatus
page_data(Site *s, const PactGraph *g, PactFormat f)
{
  PactWriteOptions wo = {s->o->base, s->o->context_path, NULL, s->context};

  pact_buf_reset(&s->data);
  return f == PACT_FORMAT_RDFXML ? pact_write_rdfxml_plain(g, &s->data_out, s->d)
                                 : pact_write_sink(g, f, &s->data_out, &wo, s->d);
}

PactStatus
site_publish_resource(Site *s, PactTerm r)
{
  const char *path = pact_graph_term(s->g, r)->str + s->base_len;
  PactBuf file;
  PactBuf content;
  PactGraph *g = NULL;
  PactStatus st = PACT_OK;

  if (!pact_publish_safe_path(path)) {
    s->stats->skipped++;
    return PACT_OK;
  }
  s->up[0] = '\0';
  for (const char *c = path; *c && strlen(s->up) + 4 < sizeof s->up; c++) {
    if (*c == '/') {
      strcat(s->up, "../");
    }
  }
  s->stats->resources++;
  pact_buf_init(&file, 0);
  pact_buf_init(&content, 0);
  st = page_graph(s, r, &g);
  for (size_t k = 0; k <= PACT_N_PAGE_FORMATS && st == PACT_OK; k++) {
    int data = k < PACT_N_PAGE_FORMATS; /* then the HTML page */
    pact_buf_reset(&file);
    pact_buf_reset(&content);
    st = pact_buf_printf(&file, "%s.%s", path,
                         data ? pact_format_extension(pact_format_by_rank(PACT_RANK_PAGE, k)) : "html");
    if (st == PACT_OK) {
      st = data ? page_data(s, g, pact_format_by_rank(PACT_RANK_PAGE, k)) : site_page_html(s, r, &content);
    }
    if (st == PACT_OK) {
      const PactBuf *bytes = data ? &s->data : &content;
      st = pact_site_files_put(s->files, file.data, bytes->data ? bytes->data : "", bytes->len);
    }
  }
  pact_graph_free(g);
  pact_buf_free(&file);
  pact_buf_free(&content);
  return st;
}
