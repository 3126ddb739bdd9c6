/* The orchestration of a publish: the pages of a graph's resources and
 * the statements of each, then the site's other pages and files
 * (site/site.h says which file writes what). */
#define _POSIX_C_SOURCE 200809L /* strndup */
#include "site/site.h"

#include "model/vocab.h"
#include "site/conneg.h"
#include "util/clock.h"

#include <stdlib.h>
#include <string.h>

int
pact_publish_safe_path(const char *path)
{
  size_t len = strlen(path);
  const char *seg = path;

  if (len == 0 || len > 200) {
    return 0;
  }
  for (const char *p = path;; p++) {
    if (*p == '/' || *p == '\0') {
      size_t n = (size_t)(p - seg);
      if (n == 0 || (n == 1 && seg[0] == '.') || (n == 2 && seg[0] == '.' && seg[1] == '.')) {
        return 0;
      }
      if (!*p) {
        return 1;
      }
      seg = p + 1;
      continue;
    }
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
          *p == '-' || *p == '_' || *p == '.' || *p == '~')) {
      return 0;
    }
  }
}

PactStatus
site_write_buf(Site *s, const char *relative, PactBuf *content)
{
  return pact_site_files_put(s->files, relative, content->data ? content->data : "", content->len);
}

/* dumps/: the compressed export (site/dumps.h), once compressed. */
static PactStatus
publish_dumps(Site *s)
{
  PactStatus st = PACT_OK;

  if (!s->dumps) {
    return PACT_OK;
  }
  st = pact_dumps_finish(s->dumps, s->d);
  for (size_t k = 0; k < PACT_N_DUMPS && st == PACT_OK; k++) {
    const PactBuf *gz = pact_dumps_bytes(s->dumps, k);
    st = pact_site_files_put(s->files, pact_dumps_path(s->dumps, k), gz->data ? gz->data : "", gz->len);
  }
  s->stats->dumps_seconds = pact_dumps_seconds(s->dumps);
  return st;
}

/* Content negotiation rules for nginx and Apache (site/conneg.h). */
static PactStatus
publish_rules(Site *s)
{
  static const struct {
    PactStatus (*rules)(PactBuf *);
    const char *file;
  } rules[] = {{pact_conneg_nginx_map, "nginx-map.conf"},
               {pact_conneg_htaccess, ".htaccess"},
               {pact_conneg_nginx_site, "nginx-site.conf"}};
  PactBuf b;
  PactStatus st = PACT_OK;

  pact_buf_init(&b, 0);
  for (size_t k = 0; k < sizeof rules / sizeof rules[0] && st == PACT_OK; k++) {
    pact_buf_reset(&b);
    st = rules[k].rules(&b);
    st = st == PACT_OK ? site_write_buf(s, rules[k].file, &b) : st;
  }
  pact_buf_free(&b);
  return st;
}

PactStatus
pact_publish(const PactGraph *g, const PactPublishOptions *opts, PactPublishStats *stats,
             PactDiag *d)
{
  Site s;
  size_t n_terms = pact_graph_term_count(g) + 1;
  PactStatus st = PACT_OK;
  PactArena labels_arena;
  double pages_started;
  double pages_cpu_started;

  memset(&s, 0, sizeof s);
  memset(stats, 0, sizeof *stats);
  s.g = g;
  s.o = opts;
  s.stats = stats;
  s.d = d;
  s.base_len = strlen(opts->base);
  s.label = pact_graph_find_iri(g, NS_RDFS "label");
  s.has_mention = pact_graph_find_iri(g, PACT_NS "hasMention");
  s.pref_label = pact_graph_find_iri(g, NS_SKOS "prefLabel");
  s.title = pact_graph_find_iri(g, NS_DCTERMS "title");
  s.q = pact_graph_quads(g, NULL, &s.n); /* the default graph */
  s.page = calloc(n_terms, sizeof *s.page);
  s.start = calloc(n_terms + 1, sizeof *s.start);
  s.label_at = malloc(n_terms * sizeof *s.label_at);
  s.term_label = calloc(n_terms, sizeof *s.term_label);
  s.term_inverse = calloc(n_terms, sizeof *s.term_inverse);
  s.subject_at = malloc((n_terms + 1) * sizeof *s.subject_at);
  if (s.subject_at) {
    size_t i = 0;
    for (size_t t = 0; t <= n_terms; t++) {
      while (i < s.n && s.q[i].s < t) {
        i++;
      }
      s.subject_at[t] = (uint32_t)i;
    }
  }
  s.rdfs_label_at = malloc(n_terms * sizeof *s.rdfs_label_at);
  s.page_id = malloc(n_terms * sizeof *s.page_id);
  s.term_stamp = calloc(n_terms, sizeof *s.term_stamp);
  s.labels_stamp = calloc(n_terms, sizeof *s.labels_stamp);
  for (size_t t = 0; t < n_terms && s.rdfs_label_at; t++) {
    s.rdfs_label_at[t] = UINT32_MAX;
  }
  for (size_t i = s.n; i-- > 0 && s.rdfs_label_at;) {
    if (s.q[i].p == s.label && s.label) {
      s.rdfs_label_at[s.q[i].s] = (uint32_t)i;
    }
  }
  if (!s.page || !s.start || !s.label_at || !s.term_label || !s.term_inverse || !s.subject_at ||
      !s.rdfs_label_at || !s.page_id || !s.term_stamp || !s.labels_stamp) {
    st = pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
  } else if (!(s.context = pact_jsonld_context_load(opts->context_path, d))) {
    st = PACT_ERR_INPUT;
  } else if (!(s.files = pact_site_files_open(opts->site, d))) {
    st = PACT_ERR_IO;
  }
  for (size_t t = 0; t < n_terms && s.label_at; t++) {
    s.label_at[t] = UINT32_MAX;
  }
  pact_arena_init(&labels_arena);
  if (st == PACT_OK) {
    site_load_term_labels(&s, &labels_arena);
  }
  /* Pages: IRIs under the base; a fragment IRI belongs to its page. */
  for (size_t i = 0; i < s.n && st == PACT_OK; i++) {
    PactTerm terms[2] = {s.q[i].s, s.q[i].o};
    if (s.q[i].p == s.label || s.q[i].p == s.pref_label || s.q[i].p == s.title) {
      /* a name: an rdfs:label or skos:prefLabel, a document's title; in
       * English when there is one */
      uint32_t *at = &s.label_at[s.q[i].s];
      const char *lang = pact_graph_term(g, s.q[i].o)->lang;
      if (*at == UINT32_MAX || (s.q[*at].p == s.title && s.q[i].p != s.title) ||
          (lang && strcmp(lang, "en") == 0 && s.q[*at].p == s.q[i].p &&
           !(pact_graph_term(g, s.q[*at].o)->lang && strcmp(pact_graph_term(g, s.q[*at].o)->lang, "en") == 0))) {
        *at = (uint32_t)i;
      }
    }
    for (int k = 0; k < 2; k++) {
      const PactTermInfo *info = pact_graph_term(g, terms[k]);
      const char *hash;
      if (s.page[terms[k]] || info->kind != PACT_TERM_IRI ||
          strncmp(info->str, opts->base, s.base_len) != 0) {
        continue;
      }
      hash = strchr(info->str + s.base_len, '#');
      s.page[terms[k]] = terms[k];
      if (hash) {
        char *owner = strndup(info->str, (size_t)(hash - info->str));
        s.page[terms[k]] = owner ? pact_graph_find_iri(g, owner) : 0;
        free(owner);
      }
    }
  }
  /* Each page's statements: its own and its fragments', and those that
   * point at it from another page. */
  for (size_t pass = 0; pass < 2 && st == PACT_OK; pass++) {
    if (pass == 1) {
      for (size_t t = 1; t <= n_terms; t++) {
        s.start[t] += s.start[t - 1];
      }
      s.idx = malloc((s.start[n_terms] ? s.start[n_terms] : 1) * sizeof *s.idx);
      if (!s.idx) {
        st = PACT_ERR_NOMEM;
        break;
      }
    }
    {
      uint32_t *fill = pass == 1 ? calloc(n_terms + 1, sizeof *fill) : NULL;
      if (pass == 1 && !fill) {
        st = PACT_ERR_NOMEM;
        break;
      }
      if (fill) {
        memcpy(fill, s.start, (n_terms + 1) * sizeof *fill);
      }
      for (size_t i = 0; i < s.n; i++) {
        PactTerm from = s.page[s.q[i].s];
        PactTerm to = s.page[s.q[i].o];
        if (from) {
          if (pass == 0) {
            s.start[from + 1]++;
          } else {
            s.idx[fill[from]++] = (uint32_t)i;
          }
        }
        if (to && to != from) {
          if (pass == 0) {
            s.start[to + 1]++;
          } else {
            s.idx[fill[to]++] = (uint32_t)i;
          }
        }
      }
      free(fill);
    }
  }
  /* The dumps compress on a second thread while the pages are written. */
  s.dump_options = (PactWriteOptions){opts->base, opts->context_path, NULL, s.context};
  pact_buf_init(&s.data, 0);
  s.data_out = pact_sink_buf(&s.data);
  if (st == PACT_OK && opts->dumps && !(s.dumps = pact_dumps_start(g, &s.dump_options))) {
    st = pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
  }
  pages_started = pact_clock_seconds();
  pages_cpu_started = pact_clock_thread_seconds();
  for (size_t t = 1; t < n_terms && st == PACT_OK; t++) {
    if (s.page[t] == t) {
      st = site_publish_resource(&s, (PactTerm)t);
    }
  }
  stats->pages_seconds = pact_clock_seconds() - pages_started;
  stats->pages_cpu_seconds = pact_clock_thread_seconds() - pages_cpu_started;
  if (st == PACT_OK) {
    st = site_publish_indexes(&s, n_terms);
  }
  if (st == PACT_OK) {
    st = site_publish_void(&s, stats->resources);
  }
  if (st == PACT_OK) {
    st = publish_dumps(&s);
  }
  if (st == PACT_OK) {
    st = site_publish_ontology(&s);
  }
  if (st == PACT_OK) {
    st = publish_rules(&s);
  }
  if (st == PACT_OK) {
    PactSiteFileStats fs;
    st = pact_site_files_commit(s.files, &fs);
    stats->written = fs.written;
    stats->unchanged = fs.unchanged;
    stats->removed = fs.removed;
  } else {
    pact_site_files_abort(s.files);
  }
  free(s.page);
  free(s.start);
  free(s.idx);
  free(s.label_at);
  free(s.term_label);
  free(s.term_inverse);
  free(s.subject_at);
  free(s.rdfs_label_at);
  free(s.page_id);
  free(s.term_stamp);
  free(s.labels_stamp);
  free(s.collected);
  free(s.ends);
  pact_buf_free(&s.data);
  pact_dumps_free(s.dumps);
  pact_jsonld_context_free(s.context);
  pact_arena_free(&labels_arena);
  return st;
}

