#define _POSIX_C_SOURCE 200809L /* strndup */
#include "site/publish.h"

#include "model/vocab.h"
#include "util/rdf_file.h"
#include "site/conneg.h"
#include "site/dumps.h"
#include "site/files.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/clock.h"
#include "write/writer.h"

#include <cjson/cJSON.h>
#include <raptor2.h>
#include <stdio.h>
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

/* ---- HTML ---------------------------------------------------------------- */

/* Appends `s` escaped for HTML text and attribute values. */
static void
html_text(PactBuf *b, const char *s, size_t len)
{
  for (size_t i = 0; i < len; i++) {
    switch (s[i]) {
    case '&': pact_buf_adds(b, "&amp;"); break;
    case '<': pact_buf_adds(b, "&lt;"); break;
    case '>': pact_buf_adds(b, "&gt;"); break;
    case '"': pact_buf_adds(b, "&quot;"); break;
    case '\'': pact_buf_adds(b, "&#39;"); break;
    default: pact_buf_addc(b, s[i]); break;
    }
  }
}

static void
html_cstr(PactBuf *b, const char *s)
{
  html_text(b, s, strlen(s));
}

/* Every page's start, up to its <head>'s end (left open): one style for
 * a desktop and a phone, no script. */
static void
html_start(PactBuf *b, const char *title)
{
  pact_buf_adds(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  html_cstr(b, title);
  pact_buf_adds(b, "</title>\n");
  pact_buf_adds(b, "<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:52rem;padding:1rem;color:#222}"
                   "h1{font-size:1.6rem;margin:.5rem 0}table{border-collapse:collapse;width:100%}"
                   "th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #ddd}"
                   "th{width:30%;font-weight:600;color:#555}a{color:#0645ad}nav{font-size:.9rem}"
                   "td{overflow-wrap:anywhere}li{margin:.3rem 0}</style>\n");
}

/* ---- one resource ----------------------------------------------------------- */

typedef struct {
  const PactGraph *g;
  const PactPublishOptions *o;
  PactPublishStats *stats;
  PactDiag *d;
  size_t base_len;
  PactTerm label;
  const PactQuad *q;
  size_t n;
  PactTerm *page;      /* page of each term: itself, its IRI before '#', or 0 */
  uint32_t *start;     /* quads of each page: idx[start[p] .. start[p + 1]) */
  uint32_t *idx;
  uint32_t *label_at;  /* first rdfs:label quad of each subject, or UINT32_MAX */
  char up[128];        /* from the current page to the site's root: "../" */
  PactTerm has_mention;
  PactTerm pref_label;
  PactTerm title;
  const char **term_label; /* English label of an ontology term, or NULL */
  const char **term_inverse; /* its pact:inverseLabel in English, or NULL */
  PactSiteFiles *files;
  PactJsonldContext *context; /* read once for every page's JSON-LD */
  uint32_t *subject_at;  /* first quad of each subject; n_terms + 1 entries */
  uint32_t *rdfs_label_at; /* first rdfs:label quad of each subject, or UINT32_MAX */
  /* per term of the whole graph, for the page being built (page_term):
   * its id in the page's graph, valid when term_stamp is stamp_now; and
   * whether its labels are in already (labels_stamp) */
  PactTerm *page_id;
  uint32_t *term_stamp;
  uint32_t *labels_stamp;
  uint32_t stamp_now;
  PactTerm *collected;   /* the page's terms (page_collect) */
  size_t n_collected;
  size_t cap_collected;
  PactTerm *ends;        /* the resources whose labels the page carries */
  size_t cap_ends;
  PactDumps *dumps;      /* compressing beside the pages; NULL: none */
  PactWriteOptions dump_options;
  PactBuf data;          /* a page's data file, written through data_out */
  PactSink data_out;
} Site;

/* The label of `t` for a link: its first rdfs:label, else its IRI. */
static const char *
label_of(const Site *s, PactTerm t)
{
  uint32_t i = s->label_at[t];
  return i != UINT32_MAX ? pact_graph_term(s->g, s->q[i].o)->str : pact_graph_term(s->g, t)->str;
}

/* The default graph's statements about `t`: [*lo, *hi) (quads are sorted
 * by subject; subject_at holds where each subject's begin). */
static void
subject_range(const Site *s, PactTerm t, size_t *lo, size_t *hi)
{
  *lo = s->subject_at[t];
  *hi = s->subject_at[t + 1];
}

/* `t`'s label as HTML text, in its language. */
static void
html_term_label(const Site *s, PactBuf *b, PactTerm t)
{
  uint32_t i = s->label_at[t];
  const PactTermInfo *l = i != UINT32_MAX ? pact_graph_term(s->g, s->q[i].o) : NULL;

  if (l && l->lang) {
    pact_buf_adds(b, "<span lang=\"");
    html_cstr(b, l->lang);
    pact_buf_adds(b, "\">");
    html_text(b, l->str, l->len);
    pact_buf_adds(b, "</span>");
  } else {
    html_cstr(b, label_of(s, t));
  }
}

/* A link to `t`'s page when it has one, relative to the site root. */
static void
html_term(const Site *s, PactBuf *b, PactTerm t)
{
  const PactTermInfo *info = pact_graph_term(s->g, t);

  if (info->kind == PACT_TERM_IRI && s->page[t] == t) {
    /* relative: the site works under any path of any host */
    pact_buf_adds(b, "<a href=\"");
    pact_buf_adds(b, s->up);
    html_cstr(b, info->str + s->base_len);
    pact_buf_adds(b, "\">");
    html_term_label(s, b, t);
    pact_buf_adds(b, "</a>");
  } else if (info->kind == PACT_TERM_IRI) {
    pact_buf_adds(b, "<a href=\"");
    if (strncmp(info->str, PACT_AREA_NS, strlen(PACT_AREA_NS)) == 0) {
      /* a cooperation area: its entry on the scheme's page, here */
      pact_buf_printf(b, "%sontology/areas#", s->up);
      html_cstr(b, info->str + strlen(PACT_AREA_NS));
    } else {
      html_cstr(b, info->str);
    }
    pact_buf_adds(b, "\">");
    if (s->term_label[t]) {
      html_cstr(b, s->term_label[t]); /* an ontology term */
    } else if (s->label_at[t] != UINT32_MAX) {
      html_term_label(s, b, t); /* a cooperation area */
    } else {
      html_cstr(b, info->str);
    }
    pact_buf_adds(b, "</a>");
  } else {
    if (info->lang) {
      pact_buf_adds(b, "<span lang=\"");
      html_cstr(b, info->lang);
      pact_buf_adds(b, "\">");
    }
    html_text(b, info->str, info->len);
    if (info->lang) {
      pact_buf_adds(b, "</span>");
    }
  }
}

static const char *
local_name(const char *iri)
{
  const char *h = strrchr(iri, '#');
  const char *sl = strrchr(iri, '/');
  const char *cut = h && (!sl || h > sl) ? h : sl;
  return cut ? cut + 1 : iri;
}

/* A property's name on a page: the ontology's English label, or for the
 * terms pactum reuses (rdfs:label, skos:altLabel, dcterms:...) a reader's
 * word, else its local name. */
static const char *
row_label(const Site *s, PactTerm p)
{
  static const char *const reused[][2] = {
    {NS_RDF "type", "type"}, {NS_RDFS "label", "name"}, {NS_SKOS "altLabel", "also called"},
    {NS_SKOS "prefLabel", "name"}, {NS_DCTERMS "issued", "published"},
    {NS_DCTERMS "language", "language"}, {NS_DCTERMS "title", "title"},
    {NS_DCTERMS "source", "source"}};
  const char *iri = pact_graph_term(s->g, p)->str;

  if (s->term_label[p]) {
    return s->term_label[p];
  }
  for (size_t k = 0; k < sizeof reused / sizeof reused[0]; k++) {
    if (strcmp(iri, reused[k][0]) == 0) {
      return reused[k][1];
    }
  }
  return local_name(iri);
}

/* The page's data for search engines and scripts: schema.org terms (our
 * ontology's alignment) in <script type="application/ld+json">. The text
 * comes from articles and is untrusted: '<', '>' and '&' are written as
 * JSON escapes, so no name can close the script element. */
static PactStatus
embedded_jsonld(const Site *s, PactTerm r, PactBuf *b)
{
  static const char *const types[][2] = {
    {"Person", "Person"}, {"Institution", "GovernmentOrganization"}, {"Country", "Country"},
    {"Place", "Place"}, {"Agreement", "CreativeWork"}, {"Exercise", "Event"},
    {"Visit", "Event"}, {"Meeting", "Event"}, {"Document", "NewsArticle"}};
  cJSON *doc = cJSON_CreateObject();
  const char *schema_type = "Thing";
  char *text;
  size_t lo;
  size_t hi;

  if (!doc) {
    return PACT_ERR_NOMEM;
  }
  subject_range(s, r, &lo, &hi);
  for (size_t i = lo; i < hi; i++) {
    const char *p = pact_graph_term(s->g, s->q[i].p)->str;
    const PactTermInfo *o = pact_graph_term(s->g, s->q[i].o);
    if (strcmp(p, NS_RDF "type") == 0 && strncmp(o->str, PACT_NS, strlen(PACT_NS)) == 0) {
      for (size_t k = 0; k < sizeof types / sizeof types[0]; k++) {
        if (strcmp(o->str + strlen(PACT_NS), types[k][0]) == 0) {
          schema_type = types[k][1];
        }
      }
    }
  }
  cJSON_AddStringToObject(doc, "@context", "https://schema.org");
  cJSON_AddStringToObject(doc, "@type", schema_type);
  cJSON_AddStringToObject(doc, "@id", pact_graph_term(s->g, r)->str);
  cJSON_AddStringToObject(doc, "name", label_of(s, r));
  for (size_t i = lo; i < hi; i++) {
    const char *p = pact_graph_term(s->g, s->q[i].p)->str;
    const PactTermInfo *o = pact_graph_term(s->g, s->q[i].o);
    const char *key = NULL;   /* a schema.org property whose value is text */
    const char *link = NULL;  /* one whose value is a thing of the site */
    const char *link_type = "Thing";
    if (strcmp(p, PACT_NS "startDate") == 0 || strcmp(p, PACT_NS "date") == 0) {
      key = "startDate";
    } else if (strcmp(p, PACT_NS "endDate") == 0) {
      key = "endDate";
    } else if (strcmp(p, PACT_NS "signedOn") == 0) {
      key = "dateCreated";
    } else if (strcmp(p, NS_DCTERMS "issued") == 0) {
      key = "datePublished";
    } else if (strcmp(p, NS_DCTERMS "title") == 0) {
      key = "headline";
    } else if (strcmp(p, NS_DCTERMS "language") == 0) {
      key = "inLanguage";
    } else if (strcmp(p, PACT_NS "title") == 0 && strcmp(schema_type, "Person") == 0) {
      key = "jobTitle";
    } else if (strcmp(p, PACT_NS "country") == 0 && strcmp(schema_type, "Person") == 0) {
      link = "nationality";
      link_type = "Country";
    } else if (strcmp(p, PACT_NS "location") == 0 || strcmp(p, PACT_NS "signedAt") == 0) {
      link = strcmp(schema_type, "Event") == 0 ? "location" : "locationCreated";
      link_type = "Place";
    } else if (strcmp(p, PACT_NS "participant") == 0 || strcmp(p, PACT_NS "visitor") == 0) {
      link = "attendee";
      link_type = "Person";
    } else if (strcmp(p, PACT_NS "mentionedIn") == 0) {
      link = "subjectOf";
      link_type = "NewsArticle";
    }
    if (key && o->kind == PACT_TERM_LITERAL && !cJSON_GetObjectItemCaseSensitive(doc, key)) {
      cJSON_AddStringToObject(doc, key, o->str);
    } else if (link && o->kind == PACT_TERM_IRI) {
      /* the linked thing with its name, in an array of them */
      cJSON *list = cJSON_GetObjectItemCaseSensitive(doc, link);
      cJSON *thing = cJSON_CreateObject();
      if (!list) {
        list = cJSON_AddArrayToObject(doc, link);
      }
      if (list && thing) {
        cJSON_AddStringToObject(thing, "@type", link_type);
        cJSON_AddStringToObject(thing, "@id", o->str);
        cJSON_AddStringToObject(thing, "name", label_of(s, s->q[i].o));
        cJSON_AddItemToArray(list, thing);
      } else {
        cJSON_Delete(thing);
      }
    }
  }
  text = cJSON_PrintUnformatted(doc);
  cJSON_Delete(doc);
  if (!text) {
    return PACT_ERR_NOMEM;
  }
  pact_buf_adds(b, "<script type=\"application/ld+json\">");
  for (const char *c = text; *c; c++) {
    if (*c == '<') {
      pact_buf_adds(b, "\\u003c");
    } else if (*c == '>') {
      pact_buf_adds(b, "\\u003e");
    } else if (*c == '&') {
      pact_buf_adds(b, "\\u0026");
    } else {
      pact_buf_addc(b, *c);
    }
  }
  pact_buf_adds(b, "</script>\n");
  free(text);
  return PACT_OK;
}

/* For agreements and events, what a reader wants first: when, and who. */
static void
summary(const Site *s, PactTerm r, PactBuf *b)
{
  static const char *const when[] = {"signedOn", "startDate", "endDate", "date", NULL};
  static const char *const who[] = {"party", "participant", "visitor", "hostCountry", NULL};
  size_t lo;
  size_t hi;
  int any = 0;

  subject_range(s, r, &lo, &hi);
  for (int part = 0; part < 2; part++) {
    const char *const *names = part ? who : when;
    int first = 1;
    for (size_t k = 0; names[k]; k++) {
      for (size_t i = lo; i < hi; i++) {
        const char *p = pact_graph_term(s->g, s->q[i].p)->str;
        if (strncmp(p, PACT_NS, strlen(PACT_NS)) != 0 || strcmp(p + strlen(PACT_NS), names[k]) != 0) {
          continue;
        }
        if (!any) {
          pact_buf_adds(b, "<p class=\"summary\">");
          any = 1;
        }
        if (first) {
          pact_buf_adds(b, part ? (any > 1 ? " · " : "") : "");
          first = 0;
          any = 2;
        } else {
          pact_buf_adds(b, part ? ", " : " – ");
        }
        html_term(s, b, s->q[i].o);
      }
    }
  }
  if (any) {
    pact_buf_adds(b, "</p>\n");
  }
}

static PactStatus
page_html(const Site *s, PactTerm r, PactBuf *b)
{
  const char *path = pact_graph_term(s->g, r)->str + s->base_len;

  html_start(b, label_of(s, r));
  for (size_t k = 0; k < PACT_N_PAGE_FORMATS; k++) {
    const char *leaf = strrchr(path, '/');
    pact_buf_adds(b, "<link rel=\"alternate\" type=\"");
    pact_buf_adds(b, pact_format_media_type(pact_page_formats[k]));
    pact_buf_adds(b, "\" href=\"");
    html_cstr(b, leaf ? leaf + 1 : path);
    pact_buf_printf(b, ".%s\">\n", pact_format_extension(pact_page_formats[k]));
  }
  PACT_TRY(embedded_jsonld(s, r, b));
  pact_buf_adds(b, "</head>\n<body>\n<nav><a href=\"");
  pact_buf_adds(b, s->up);
  pact_buf_adds(b, "index.html\">home</a></nav>\n<main>\n<h1>");
  html_cstr(b, label_of(s, r));
  pact_buf_adds(b, "</h1>\n");
  summary(s, r, b);
  pact_buf_adds(b, "<table>\n");
  for (uint32_t k = s->start[r]; k < s->start[r + 1]; k++) {
    const PactQuad *q = &s->q[s->idx[k]];
    if (q->s != r || q->p == s->has_mention) {
      continue; /* incoming statements, and mentions: the sources, below */
    }
    pact_buf_adds(b, "<tr><th>");
    html_cstr(b, row_label(s, q->p));
    pact_buf_adds(b, "</th><td>");
    html_term(s, b, q->o);
    pact_buf_adds(b, "</td></tr>\n");
  }
  pact_buf_adds(b, "</table>\n");
  /* What points here (the agreements a person signed, the meetings she
   * took part in), at most LINKED_ROWS rows: a country is pointed at by
   * thousands, all of them in the page's data files. */
  {
    enum { LINKED_ROWS = 300 };
    size_t rows = 0;
    size_t more = 0;
    for (uint32_t k = s->start[r]; k < s->start[r + 1]; k++) {
      const PactQuad *q = &s->q[s->idx[k]];
      if (q->o != r || q->s == r || q->p == s->has_mention || s->page[q->s] != q->s) {
        continue; /* its own statements, above; mentions' details (a
                     fragment's page is its document's, not itself) */
      }
      if (rows == LINKED_ROWS) {
        more++;
        continue;
      }
      if (rows++ == 0) {
        pact_buf_adds(b, "<section id=\"linked\">\n<h2>Linked from</h2>\n<table>\n");
      }
      /* the property read backwards: its pact:inverseLabel ("party
       * to"), else "is <label> of" */
      pact_buf_adds(b, "<tr><th>");
      if (s->term_inverse[q->p]) {
        html_cstr(b, s->term_inverse[q->p]);
      } else {
        pact_buf_adds(b, "is ");
        html_cstr(b, row_label(s, q->p));
        pact_buf_adds(b, " of");
      }
      pact_buf_adds(b, "</th><td>");
      html_term(s, b, q->s);
      pact_buf_adds(b, "</td></tr>\n");
    }
    if (rows) {
      pact_buf_adds(b, "</table>\n");
      if (more) {
        const char *leaf = strrchr(path, '/');
        pact_buf_printf(b, "<p>And %zu more, in the data: <a href=\"", more);
        html_cstr(b, leaf ? leaf + 1 : path);
        pact_buf_adds(b, ".ttl\">Turtle</a>.</p>\n");
      }
      pact_buf_adds(b, "</section>\n");
    }
  }
  /* Sources: the exact words of each mention, with its article. */
  {
    PactTerm has_mention = pact_graph_find_iri(s->g, PACT_NS "hasMention");
    PactTerm exact = pact_graph_find_iri(s->g, PACT_NS "exactText");
    PactTerm in_doc = pact_graph_find_iri(s->g, PACT_NS "inDocument");
    int open = 0;
    for (uint32_t k = s->start[r]; k < s->start[r + 1]; k++) {
      const PactQuad *q = &s->q[s->idx[k]];
      size_t lo;
      size_t hi;
      PactTerm text = 0;
      PactTerm doc = 0;
      if (q->s != r || q->p != has_mention) {
        continue;
      }
      subject_range(s, q->o, &lo, &hi);
      for (size_t i = lo; i < hi; i++) {
        text = s->q[i].p == exact ? s->q[i].o : text;
        doc = s->q[i].p == in_doc ? s->q[i].o : doc;
      }
      if (!text) {
        continue;
      }
      if (!open) {
        pact_buf_adds(b, "<section id=\"sources\">\n<h2>Sources</h2>\n<ul>\n");
        open = 1;
      }
      pact_buf_adds(b, "<li><q>");
      html_term(s, b, text);
      pact_buf_adds(b, "</q>");
      if (doc) {
        pact_buf_adds(b, " — ");
        html_term(s, b, doc);
      }
      pact_buf_adds(b, "</li>\n");
    }
    if (open) {
      pact_buf_adds(b, "</ul>\n</section>\n");
    }
  }
  pact_buf_adds(b, "</main>\n</body>\n</html>\n");
  return b->data ? PACT_OK : PACT_ERR_NOMEM;
}

/* The resource's statements as a small sealed graph in *out (the caller
 * frees it), written then in each format. */
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

static PactStatus
publish_one(Site *s, PactTerm r)
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
                         data ? pact_format_extension(pact_page_formats[k]) : "html");
    if (st == PACT_OK) {
      st = data ? page_data(s, g, pact_page_formats[k]) : page_html(s, r, &content);
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

/* ---- the ontology's labels ---------------------------------------------------- */

typedef struct {
  Site *s;
  PactArena *arena;
} OntologyLoad;

static void
ontology_statement(void *user, raptor_statement *st)
{
  OntologyLoad *l = user;
  const char *p;
  const char *lang;
  PactTerm t;

  if (st->subject->type != RAPTOR_TERM_TYPE_URI || st->object->type != RAPTOR_TERM_TYPE_LITERAL) {
    return;
  }
  p = (const char *)raptor_uri_as_string(st->predicate->value.uri);
  lang = (const char *)st->object->value.literal.language;
  if ((strcmp(p, NS_RDFS "label") != 0 && strcmp(p, PACT_NS "inverseLabel") != 0) || !lang ||
      strcmp(lang, "en") != 0) {
    return;
  }
  t = pact_graph_find_iri(l->s->g, (const char *)raptor_uri_as_string(st->subject->value.uri));
  if (t) {
    const char **to = strcmp(p, NS_RDFS "label") == 0 ? &l->s->term_label[t] : &l->s->term_inverse[t];
    *to = pact_arena_strdup(l->arena, (const char *)st->object->value.literal.string);
  }
}

/* The English labels of the ontology's terms that the graph uses, for the
 * pages' rows ("start date", not "startDate"). Without the file, local
 * names. */
static void
load_term_labels(Site *s, PactArena *arena)
{
  OntologyLoad l = {s, arena};

  if (s->o->ontology_path) {
    pact_rdf_parse_file(NULL, s->o->ontology_path, "turtle", ontology_statement, &l);
  }
}

/* ---- the ontology's page ------------------------------------------------------ */

static void html_head(PactBuf *b, const char *title, const char *home);
static PactStatus write_buf(Site *s, const char *relative, PactBuf *content);

/* A statement of the ontology or its shapes, as strings ("_:" for blank
 * nodes; lang "" for IRIs and plain literals). */
typedef struct {
  const char *s;
  const char *p;
  const char *o;
  const char *lang;
  int literal;
  const char *datatype; /* or NULL */
} Triple;

typedef struct {
  Triple *v;
  size_t n;
  size_t cap;
  PactArena *arena;
} Triples;

static const char *
raptor_term_text(PactArena *a, raptor_term *t)
{
  if (t->type == RAPTOR_TERM_TYPE_URI) {
    return pact_arena_strdup(a, (const char *)raptor_uri_as_string(t->value.uri));
  }
  if (t->type == RAPTOR_TERM_TYPE_BLANK) {
    PactBuf b;
    const char *out;
    pact_buf_init(&b, 0);
    pact_buf_printf(&b, "_:%s", (const char *)t->value.blank.string);
    out = pact_arena_strdup(a, pact_buf_str(&b));
    pact_buf_free(&b);
    return out;
  }
  return pact_arena_strdup(a, (const char *)t->value.literal.string);
}

static void
collect_triple(void *user, raptor_statement *st)
{
  Triples *t = user;
  if (t->n == t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 1024;
    Triple *v = realloc(t->v, cap * sizeof *v);
    if (!v) {
      return;
    }
    t->v = v;
    t->cap = cap;
  }
  t->v[t->n] = (Triple){raptor_term_text(t->arena, st->subject), raptor_term_text(t->arena, st->predicate),
                        raptor_term_text(t->arena, st->object),
                        st->object->type == RAPTOR_TERM_TYPE_LITERAL && st->object->value.literal.language
                          ? pact_arena_strdup(t->arena, (const char *)st->object->value.literal.language)
                          : "",
                        st->object->type == RAPTOR_TERM_TYPE_LITERAL,
                        st->object->type == RAPTOR_TERM_TYPE_LITERAL && st->object->value.literal.datatype
                          ? pact_arena_strdup(t->arena,
                                              (const char *)raptor_uri_as_string(st->object->value.literal.datatype))
                          : NULL};
  if (t->v[t->n].s && t->v[t->n].p && t->v[t->n].o && t->v[t->n].lang) {
    t->n++;
  }
}

static void
read_turtle(const char *path, Triples *t)
{
  pact_rdf_parse_file(NULL, path, "turtle", collect_triple, t);
}

/* The first object of (s, p), in `lang` when given ("" any). */
static const Triple *
one(const Triples *t, const char *s, const char *p, const char *lang)
{
  for (size_t i = 0; i < t->n; i++) {
    if (strcmp(t->v[i].s, s) == 0 && strcmp(t->v[i].p, p) == 0 &&
        (!*lang || strcmp(t->v[i].lang, lang) == 0)) {
      return &t->v[i];
    }
  }
  return NULL;
}

static void
onto_link(PactBuf *b, const Triples *t, const char *iri)
{
  const Triple *l = one(t, iri, NS_RDFS "label", "en");
  if (strncmp(iri, PACT_NS, strlen(PACT_NS)) == 0) {
    pact_buf_adds(b, "<a href=\"#");
    html_cstr(b, iri + strlen(PACT_NS));
    pact_buf_adds(b, "\">");
    html_cstr(b, l ? l->o : iri + strlen(PACT_NS));
    pact_buf_adds(b, "</a>");
  } else {
    pact_buf_adds(b, "<a href=\"");
    html_cstr(b, iri);
    pact_buf_adds(b, "\">");
    html_cstr(b, iri);
    pact_buf_adds(b, "</a>");
  }
}

/* Triples as expanded JSON-LD (one node object per subject, in the order
 * read), which needs no context: raptor writes no JSON-LD. */
static PactStatus
triples_jsonld(const Triples *t, size_t from, size_t to, PactBuf *out)
{
  cJSON *doc = cJSON_CreateArray();
  cJSON *node = NULL;
  const char *subject = NULL;
  char *text;

  if (!doc) {
    return PACT_ERR_NOMEM;
  }
  for (size_t i = from; i < to; i++) {
    const Triple *x = &t->v[i];
    cJSON *values;
    cJSON *value = cJSON_CreateObject();
    if (!subject || strcmp(subject, x->s) != 0) {
      node = NULL;
      for (cJSON *n = doc->child; n; n = n->next) {
        if (strcmp(cJSON_GetObjectItemCaseSensitive(n, "@id")->valuestring, x->s) == 0) {
          node = n;
        }
      }
      if (!node) {
        node = cJSON_CreateObject();
        cJSON_AddStringToObject(node, "@id", x->s);
        cJSON_AddItemToArray(doc, node);
      }
      subject = x->s;
    }
    if (strcmp(x->p, NS_RDF "type") == 0 && !x->literal) {
      values = cJSON_GetObjectItemCaseSensitive(node, "@type");
      if (!values) {
        values = cJSON_AddArrayToObject(node, "@type");
      }
      cJSON_AddItemToArray(values, cJSON_CreateString(x->o));
      cJSON_Delete(value);
      continue;
    }
    values = cJSON_GetObjectItemCaseSensitive(node, x->p);
    if (!values) {
      values = cJSON_AddArrayToObject(node, x->p);
    }
    if (x->literal) {
      cJSON_AddStringToObject(value, "@value", x->o);
      if (*x->lang) {
        cJSON_AddStringToObject(value, "@language", x->lang);
      } else if (x->datatype) {
        cJSON_AddStringToObject(value, "@type", x->datatype);
      }
    } else {
      cJSON_AddStringToObject(value, "@id", x->o);
    }
    cJSON_AddItemToArray(values, value);
  }
  text = cJSON_Print(doc);
  cJSON_Delete(doc);
  if (!text) {
    return PACT_ERR_NOMEM;
  }
  pact_buf_reset(out);
  pact_buf_adds(out, text);
  pact_buf_addc(out, '\n');
  free(text);
  return PACT_OK;
}

static void
serialize_statement(void *user, raptor_statement *st)
{
  raptor_serializer_serialize_statement(user, st);
}

/* Turtle at `path` converted by raptor to `syntax` into `out`. */
static PactStatus
turtle_to(const char *path, const char *syntax, PactBuf *out)
{
  raptor_world *world = raptor_new_world();
  raptor_serializer *ser = NULL;
  char *text = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&text, &len);
  PactStatus st = PACT_ERR_INTERNAL;

  if (mem && world && raptor_world_open(world) == 0) {
    ser = raptor_new_serializer(world, syntax);
    if (ser && raptor_serializer_start_to_file_handle(ser, NULL, mem) == 0 &&
        pact_rdf_parse_file(world, path, "turtle", serialize_statement, ser) == PACT_OK &&
        raptor_serializer_serialize_end(ser) == 0) {
      st = PACT_OK;
    }
  }
  if (ser) {
    raptor_free_serializer(ser);
  }
  if (world) {
    raptor_free_world(world);
  }
  if (mem) {
    fclose(mem);
  }
  pact_buf_reset(out);
  if (st == PACT_OK) {
    st = pact_buf_add(out, text ? text : "", len);
  }
  free(text);
  return st;
}

/* ontology/areas.html: the cooperation-area scheme documented, one
 * section per concept (its id is the concept's local name, so that pages
 * link ontology/areas#training), with the English and French labels and
 * the ways articles say it; and the scheme as JSON-LD, RDF/XML and
 * N-Triples beside areas.ttl. */
static PactStatus
publish_areas(Site *s, const char *areas_path)
{
  static const char *const langs[] = {"en", "fr"};
  PactArena arena;
  Triples t = {NULL, 0, 0, &arena};
  PactBuf b;
  PactStatus st;
  const Triple *title;
  const Triple *about;

  pact_arena_init(&arena);
  pact_buf_init(&b, 0);
  read_turtle(areas_path, &t);
  title = one(&t, PACT_AREA_SCHEME, NS_DCTERMS "title", "en");
  about = one(&t, PACT_AREA_SCHEME, NS_DCTERMS "description", "en");
  html_head(&b, title ? title->o : "Cooperation areas", "../index.html");
  if (about) {
    pact_buf_adds(&b, "<p>");
    html_cstr(&b, about->o);
    pact_buf_adds(&b, "</p>\n");
  }
  about = one(&t, PACT_AREA_SCHEME, NS_DCTERMS "description", "fr");
  if (about) {
    pact_buf_adds(&b, "<p lang=\"fr\">");
    html_cstr(&b, about->o);
    pact_buf_adds(&b, "</p>\n");
  }
  pact_buf_adds(&b, "<p>The scheme as <a href=\"areas.ttl\">Turtle</a>, <a href=\"areas.jsonld\">JSON-LD</a>, "
                    "<a href=\"areas.rdf\">RDF/XML</a> and <a href=\"areas.nt\">N-Triples</a>; "
                    "<a href=\"index.html\">the ontology</a>.</p>\n");
  for (size_t i = 0; i < t.n; i++) {
    const Triple *x = &t.v[i];
    const Triple *en;
    if (strcmp(x->p, NS_RDF "type") != 0 || strcmp(x->o, NS_SKOS "Concept") != 0 ||
        strncmp(x->s, PACT_AREA_NS, strlen(PACT_AREA_NS)) != 0) {
      continue;
    }
    en = one(&t, x->s, NS_SKOS "prefLabel", "en");
    pact_buf_adds(&b, "<section id=\"");
    html_cstr(&b, x->s + strlen(PACT_AREA_NS));
    pact_buf_adds(&b, "\">\n<h2>");
    html_cstr(&b, en ? en->o : x->s + strlen(PACT_AREA_NS));
    pact_buf_adds(&b, " <code>area:");
    html_cstr(&b, x->s + strlen(PACT_AREA_NS));
    pact_buf_adds(&b, "</code></h2>\n<dl>\n");
    for (size_t k = 0; k < 2; k++) {
      const Triple *pref = one(&t, x->s, NS_SKOS "prefLabel", langs[k]);
      const Triple *def = one(&t, x->s, NS_SKOS "definition", langs[k]);
      int first = 1;
      if (pref && k == 1) {
        pact_buf_adds(&b, "<dt>in French</dt><dd lang=\"fr\">");
        html_cstr(&b, pref->o);
        pact_buf_adds(&b, "</dd>\n");
      }
      if (def) {
        pact_buf_printf(&b, "<dt>definition</dt><dd lang=\"%s\">", langs[k]);
        html_cstr(&b, def->o);
        pact_buf_adds(&b, "</dd>\n");
      }
      for (size_t j = 0; j < t.n; j++) {
        if (strcmp(t.v[j].s, x->s) != 0 || strcmp(t.v[j].p, NS_SKOS "altLabel") != 0 ||
            !t.v[j].lang || strcmp(t.v[j].lang, langs[k]) != 0) {
          continue;
        }
        if (first) {
          pact_buf_printf(&b, "<dt>%s also</dt><dd lang=\"%s\">", k ? "in French," : "in English,",
                          langs[k]);
        }
        pact_buf_adds(&b, first ? "" : " · ");
        html_cstr(&b, t.v[j].o);
        first = 0;
      }
      if (!first) {
        pact_buf_adds(&b, "</dd>\n");
      }
    }
    pact_buf_adds(&b, "</dl>\n</section>\n");
  }
  pact_buf_adds(&b, "</main>\n</body>\n</html>\n");
  st = write_buf(s, "ontology/areas.html", &b);
  if (st == PACT_OK) {
    st = triples_jsonld(&t, 0, t.n, &b);
    st = st == PACT_OK ? write_buf(s, "ontology/areas.jsonld", &b) : st;
  }
  if (st == PACT_OK && turtle_to(areas_path, "rdfxml-abbrev", &b) == PACT_OK) {
    st = write_buf(s, "ontology/areas.rdf", &b);
  }
  if (st == PACT_OK && turtle_to(areas_path, "ntriples", &b) == PACT_OK) {
    st = write_buf(s, "ontology/areas.nt", &b);
  }
  free(t.v);
  pact_buf_free(&b);
  pact_arena_free(&arena);
  return st;
}

/* ontology/index.html: every class and property of pactum.ttl with its
 * English and French labels and comments, domain, range and alignments,
 * and, for each class, the constraints of shapes.ttl in words; beside it
 * the ontology, the shapes, the area scheme and the JSON-LD context as
 * files. */
static PactStatus
publish_ontology(Site *s)
{
  static const char *const kinds[][2] = {
    {NS_OWL "Class", "Classes"},
    {NS_OWL "ObjectProperty", "Object properties"},
    {NS_OWL "DatatypeProperty", "Datatype properties"},
    {NS_OWL "AnnotationProperty", "Annotation properties"}};
  static const char *const rows[][2] = {
    {NS_RDFS "subClassOf", "subclass of"}, {NS_RDFS "subPropertyOf", "subproperty of"},
    {NS_RDFS "domain", "domain"}, {NS_RDFS "range", "range"}};
  PactArena arena;
  Triples t = {NULL, 0, 0, &arena};
  PactBuf b;
  PactBuf path;
  PactStatus st = PACT_OK;
  const char *files[] = {"pactum.ttl", "shapes.ttl", "areas.ttl", "context.jsonld", NULL};
  size_t dir_len;

  if (!s->o->ontology_path) {
    return PACT_OK;
  }
  dir_len = (size_t)(strrchr(s->o->ontology_path, '/') ? strrchr(s->o->ontology_path, '/') - s->o->ontology_path + 1 : 0);
  pact_arena_init(&arena);
  pact_buf_init(&b, 0);
  pact_buf_init(&path, 0);
  read_turtle(s->o->ontology_path, &t);
  size_t ontology_end = t.n;
  pact_buf_printf(&path, "%.*sshapes.ttl", (int)dir_len, s->o->ontology_path);
  read_turtle(path.data, &t);
  html_head(&b, "The pactum ontology", "../index.html");
  pact_buf_adds(&b, "<p>The ontology as <a href=\"pactum.ttl\">Turtle</a>, "
                    "<a href=\"pactum.jsonld\">JSON-LD</a>, <a href=\"pactum.rdf\">RDF/XML</a> and "
                    "<a href=\"pactum.nt\">N-Triples</a>; its <a href=\"shapes.ttl\">SHACL shapes</a>, "
                    "the <a href=\"areas\">cooperation areas</a> and the "
                    "<a href=\"context.jsonld\">JSON-LD context</a>.</p>\n");
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
    pact_buf_printf(&b, "<h2>%s</h2>\n", kinds[k][1]);
    for (size_t i = 0; i < t.n; i++) {
      const Triple *x = &t.v[i];
      const Triple *l;
      if (strcmp(x->p, NS_RDF "type") != 0 || strcmp(x->o, kinds[k][0]) != 0 ||
          strncmp(x->s, PACT_NS, strlen(PACT_NS)) != 0) {
        continue;
      }
      pact_buf_adds(&b, "<section id=\"");
      html_cstr(&b, x->s + strlen(PACT_NS));
      pact_buf_adds(&b, "\">\n<h3>");
      l = one(&t, x->s, NS_RDFS "label", "en");
      html_cstr(&b, l ? l->o : x->s);
      pact_buf_adds(&b, " <code>pact:");
      html_cstr(&b, x->s + strlen(PACT_NS));
      pact_buf_adds(&b, "</code></h3>\n");
      for (int fr = 0; fr < 2; fr++) {
        const Triple *c = one(&t, x->s, NS_RDFS "comment", fr ? "fr" : "en");
        const Triple *lab = one(&t, x->s, NS_RDFS "label", fr ? "fr" : "en");
        if (c || (fr && lab)) {
          pact_buf_printf(&b, "<p lang=\"%s\">", fr ? "fr" : "en");
          if (fr && lab) {
            pact_buf_adds(&b, "<strong>");
            html_cstr(&b, lab->o);
            pact_buf_adds(&b, "</strong>. ");
          }
          if (c) {
            html_cstr(&b, c->o);
          }
          pact_buf_adds(&b, "</p>\n");
        }
      }
      pact_buf_adds(&b, "<ul>\n");
      for (int fr = 0; fr < 2; fr++) {
        const Triple *inverse = one(&t, x->s, PACT_NS "inverseLabel", fr ? "fr" : "en");
        if (inverse) {
          pact_buf_adds(&b, fr ? "<li lang=\"fr\">à rebours : " : "<li>read backwards: ");
          html_cstr(&b, inverse->o);
          pact_buf_adds(&b, "</li>\n");
        }
      }
      for (size_t r = 0; r < 4; r++) {
        for (size_t j = 0; j < t.n; j++) {
          if (strcmp(t.v[j].s, x->s) == 0 && strcmp(t.v[j].p, rows[r][0]) == 0 && !t.v[j].literal &&
              strncmp(t.v[j].o, "_:", 2) != 0) {
            pact_buf_printf(&b, "<li>%s ", rows[r][1]);
            onto_link(&b, &t, t.v[j].o);
            pact_buf_adds(&b, "</li>\n");
          }
        }
      }
      /* the shapes of this class: their property shapes' descriptions */
      for (size_t j = 0; k == 0 && j < t.n; j++) {
        if (strcmp(t.v[j].p, "http://www.w3.org/ns/shacl#targetClass") != 0 || strcmp(t.v[j].o, x->s) != 0) {
          continue;
        }
        for (size_t m = 0; m < t.n; m++) {
          const Triple *d;
          if (strcmp(t.v[m].s, t.v[j].s) != 0 || strcmp(t.v[m].p, "http://www.w3.org/ns/shacl#property") != 0) {
            continue;
          }
          d = one(&t, t.v[m].o, "http://www.w3.org/ns/shacl#description", "en");
          if (d) {
            pact_buf_adds(&b, "<li>constraint: ");
            html_cstr(&b, d->o);
            pact_buf_adds(&b, "</li>\n");
          }
        }
      }
      pact_buf_adds(&b, "</ul>\n</section>\n");
    }
  }
  pact_buf_adds(&b, "</main>\n</body>\n</html>\n");
  st = write_buf(s, "ontology/index.html", &b);
  /* the files themselves, as they are */
  for (size_t k = 0; files[k] && st == PACT_OK; k++) {
    FILE *f;
    PactBuf raw;
    char rel[64];
    pact_buf_reset(&path);
    pact_buf_printf(&path, "%.*s%s", (int)dir_len, s->o->ontology_path, files[k]);
    f = fopen(path.data, "rb");
    if (!f) {
      continue;
    }
    pact_buf_init(&raw, 0);
    for (;;) {
      char chunk[65536];
      size_t got = fread(chunk, 1, sizeof chunk, f);
      if (!got || pact_buf_add(&raw, chunk, got) != PACT_OK) {
        break;
      }
    }
    fclose(f);
    snprintf(rel, sizeof rel, "ontology/%s", files[k]);
    st = write_buf(s, rel, &raw);
    pact_buf_free(&raw);
  }
  /* the ontology in the other syntaxes */
  if (st == PACT_OK) {
    st = triples_jsonld(&t, 0, ontology_end, &b);
    if (st == PACT_OK) {
      st = write_buf(s, "ontology/pactum.jsonld", &b);
    }
  }
  if (st == PACT_OK && turtle_to(s->o->ontology_path, "rdfxml-abbrev", &b) == PACT_OK) {
    st = write_buf(s, "ontology/pactum.rdf", &b);
  }
  if (st == PACT_OK && turtle_to(s->o->ontology_path, "ntriples", &b) == PACT_OK) {
    st = write_buf(s, "ontology/pactum.nt", &b);
  }
  free(t.v);
  pact_buf_free(&b);
  if (st == PACT_OK) {
    pact_buf_reset(&path);
    pact_buf_printf(&path, "%.*sareas.ttl", (int)dir_len, s->o->ontology_path);
    st = publish_areas(s, path.data);
  }
  pact_buf_free(&path);
  pact_arena_free(&arena);
  return st;
}

/* ---- the site's own files ------------------------------------------------- */

typedef struct {
  const char *label;
  const char *path;
  const char *date;  /* agreements and events: when, or "" */
  const char *group; /* persons: their country's name, or "" */
  char key[160];     /* the index's order */
} Entry;

static int
cmp_entry(const void *a, const void *b)
{
  const Entry *x = a;
  const Entry *y = b;
  int c = strcmp(x->key, y->key);
  if (!c) {
    c = strcmp(x->label, y->label);
  }
  return c ? c : strcmp(x->path, y->path);
}

static void
html_head(PactBuf *b, const char *title, const char *home)
{
  html_start(b, title);
  pact_buf_adds(b, "</head>\n<body>\n");
  if (home) {
    pact_buf_printf(b, "<nav><a href=\"%s\">home</a></nav>\n", home);
  }
  pact_buf_adds(b, "<main>\n<h1>");
  html_cstr(b, title);
  pact_buf_adds(b, "</h1>\n");
}

static PactStatus
write_buf(Site *s, const char *relative, PactBuf *content)
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

static PactStatus
publish_void(Site *s, size_t resources)
{
  PactTerm type = pact_graph_find_iri(s->g, NS_RDF "type");
  PactBuf b;
  PactStatus st;
  size_t *count;
  size_t n_terms = pact_graph_term_count(s->g) + 1;

  count = calloc(n_terms, sizeof *count);
  if (!count) {
    return PACT_ERR_NOMEM;
  }
  for (size_t i = 0; i < s->n; i++) {
    if (s->q[i].p == type) {
      count[s->q[i].o]++;
    }
  }
  pact_buf_init(&b, 0);
  pact_buf_adds(&b, "@prefix void: <http://rdfs.org/ns/void#> .\n"
                    "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
                    "@prefix dcterms: <http://purl.org/dc/terms/> .\n\n");
  pact_buf_printf(&b, "<%svoid#dataset> a void:Dataset, dcat:Dataset ;\n", s->o->base);
  pact_buf_adds(&b, "    dcterms:title \"pactum: defence cooperation in the news\"@en ;\n");
  pact_buf_printf(&b, "    void:uriSpace \"%s\" ;\n", s->o->base);
  if (s->o->sparql) {
    pact_buf_printf(&b, "    void:sparqlEndpoint <%s> ;\n", s->o->sparql);
  }
  if (s->o->license) {
    pact_buf_printf(&b, "    dcterms:license <%s> ;\n", s->o->license);
  }
  pact_buf_printf(&b, "    void:triples %zu ;\n    void:entities %zu", s->n, resources);
  for (size_t t = 1; t < n_terms; t++) {
    if (count[t]) {
      pact_buf_printf(&b, " ;\n    void:classPartition [ void:class <%s> ; void:entities %zu ]",
                      pact_graph_term(s->g, (PactTerm)t)->str, count[t]);
    }
  }
  /* property partitions: the triples of each predicate */
  memset(count, 0, n_terms * sizeof *count);
  for (size_t i = 0; i < s->n; i++) {
    count[s->q[i].p]++;
  }
  for (size_t t = 1; t < n_terms; t++) {
    if (count[t]) {
      pact_buf_printf(&b, " ;\n    void:propertyPartition [ void:property <%s> ; void:triples %zu ]",
                      pact_graph_term(s->g, (PactTerm)t)->str, count[t]);
    }
  }
  /* an example resource of each class folder: its first page */
  {
    const char *seen[64];
    size_t n_seen = 0;
    for (size_t t = 1; t < n_terms && n_seen < 64; t++) {
      const char *iri = pact_graph_term(s->g, (PactTerm)t)->str;
      size_t len;
      int known = 0;
      if (s->page[t] != t || !pact_publish_safe_path(iri + s->base_len)) {
        continue;
      }
      len = strcspn(iri + s->base_len, "/");
      for (size_t k = 0; k < n_seen; k++) {
        known |= strncmp(seen[k], iri + s->base_len, len + 1) == 0;
      }
      if (!known && iri[s->base_len + len] == '/') {
        seen[n_seen++] = iri + s->base_len;
        pact_buf_printf(&b, " ;\n    void:exampleResource <%s>", iri);
      }
    }
  }
  pact_buf_adds(&b, " ;\n    void:vocabulary <" PACT_NS "> , <http://www.w3.org/2004/02/skos/core#>");
  pact_buf_printf(&b, " ;\n    dcat:landingPage <%s>", s->o->base);
  for (size_t k = 0; k < PACT_N_DUMPS && s->dumps; k++) {
    pact_buf_printf(&b, " ;\n    void:dataDump <%s%s>", s->o->base, pact_dumps_path(s->dumps, k));
    pact_buf_printf(&b, " ;\n    dcat:distribution [ a dcat:Distribution ; dcat:downloadURL <%s%s> ; "
                        "dcat:mediaType <https://www.iana.org/assignments/media-types/%s> ; "
                        "dcat:compressFormat <https://www.iana.org/assignments/media-types/application/gzip> ]",
                    s->o->base, pact_dumps_path(s->dumps, k),
                    pact_format_media_type(pact_dumps_format(k)));
  }
  if (s->o->sparql) {
    pact_buf_printf(&b, " ;\n    dcat:distribution [ a dcat:Distribution ; dcat:accessService [ "
                        "a dcat:DataService ; dcat:endpointURL <%s> ] ]", s->o->sparql);
  }
  pact_buf_adds(&b, " .\n");
  free(count);
  st = write_buf(s, "void.ttl", &b);
  if (st == PACT_OK) {
    st = write_buf(s, ".well-known/void", &b);
  }
  pact_buf_free(&b);
  return st;
}

/* The class folders pactum makes, in the order a reader looks for them,
 * with their titles. */
static const char *const class_folders[][2] = {
  {"agreement", "Agreements"}, {"exercise", "Exercises"}, {"visit", "Visits"},
  {"meeting", "Meetings"}, {"person", "Persons"}, {"institution", "Institutions"},
  {"country", "Countries"}, {"place", "Places"}, {"document", "Articles"}};

static const char *
folder_title(const char *folder)
{
  for (size_t k = 0; k < sizeof class_folders / sizeof class_folders[0]; k++) {
    if (strcmp(class_folders[k][0], folder) == 0) {
      return class_folders[k][1];
    }
  }
  return folder;
}

/* The home page, one index page per class folder ("person/"), and
 * sitemap.xml. */
static PactStatus
publish_indexes(Site *s, size_t n_terms)
{
  Entry *all = malloc((n_terms ? n_terms : 1) * sizeof *all);
  size_t n = 0;
  PactBuf b;
  PactBuf sitemap;
  PactStatus st = PACT_OK;

  if (!all) {
    return PACT_ERR_NOMEM;
  }
  for (size_t t = 1; t < n_terms; t++) {
    const char *path;
    if (s->page[t] != t) {
      continue;
    }
    path = pact_graph_term(s->g, (PactTerm)t)->str + s->base_len;
    if (pact_publish_safe_path(path)) {
      Entry *e = &all[n++];
      size_t lo;
      size_t hi;
      *e = (Entry){label_of(s, (PactTerm)t), path, "", "", ""};
      subject_range(s, (PactTerm)t, &lo, &hi);
      for (size_t i = lo; i < hi; i++) {
        const char *p = pact_graph_term(s->g, s->q[i].p)->str;
        const char *local = strncmp(p, PACT_NS, strlen(PACT_NS)) == 0 ? p + strlen(PACT_NS) : "";
        if (!*e->date && (strcmp(local, "signedOn") == 0 || strcmp(local, "startDate") == 0 ||
                          strcmp(local, "date") == 0)) {
          e->date = pact_graph_term(s->g, s->q[i].o)->str;
        }
        if (!*e->group && strcmp(local, "country") == 0 && strncmp(path, "person/", 7) == 0) {
          e->group = label_of(s, s->q[i].o);
        }
      }
      /* persons by country, then name; dated things by date (undated
       * last), then name; the rest by name */
      snprintf(e->key, sizeof e->key, "%s", *e->group ? e->group : (*e->date ? e->date : "~"));
    }
  }
  /* by folder, then label */
  qsort(all, n, sizeof *all, cmp_entry);
  pact_buf_init(&b, 0);
  pact_buf_init(&sitemap, 0);
  pact_buf_adds(&sitemap, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
  {
    const char *folders[64];
    size_t n_folders = 0;
    for (size_t i = 0; i < n; i++) {
      size_t len = strcspn(all[i].path, "/");
      int known = 0;
      for (size_t k = 0; k < n_folders; k++) {
        known |= strlen(folders[k]) == len && strncmp(folders[k], all[i].path, len) == 0;
      }
      if (!known && n_folders < 64 && all[i].path[len] == '/') {
        folders[n_folders++] = strndup(all[i].path, len);
      }
      pact_buf_adds(&sitemap, "<url><loc>");
      html_cstr(&sitemap, s->o->base);
      html_cstr(&sitemap, all[i].path);
      pact_buf_adds(&sitemap, "</loc></url>\n");
    }
    size_t count[64] = {0}; /* resources per folder, for the home page */
    /* a page per folder */
    for (size_t k = 0; k < n_folders && st == PACT_OK; k++) {
      char rel[128];
      pact_buf_reset(&b);
      html_head(&b, folder_title(folders[k]), "../index.html");
      {
        const char *group = NULL;
        int open = 0;
        for (size_t i = 0; i < n; i++) {
          if (strncmp(all[i].path, folders[k], strlen(folders[k])) != 0 ||
              all[i].path[strlen(folders[k])] != '/') {
            continue;
          }
          if (*all[i].group && (!group || strcmp(group, all[i].group) != 0)) {
            pact_buf_adds(&b, open ? "</ul>\n<h2>" : "<h2>");
            html_cstr(&b, all[i].group);
            pact_buf_adds(&b, "</h2>\n");
            open = 0;
            group = all[i].group;
          }
          if (!open) {
            pact_buf_adds(&b, "<ul>\n");
            open = 1;
          }
          pact_buf_adds(&b, "<li>");
          if (*all[i].date) {
            html_cstr(&b, all[i].date);
            pact_buf_adds(&b, " — ");
          }
          pact_buf_adds(&b, "<a href=\"../");
          html_cstr(&b, all[i].path);
          pact_buf_adds(&b, "\">");
          html_cstr(&b, all[i].label);
          pact_buf_adds(&b, "</a></li>\n");
          count[k]++;
        }
        if (open) {
          pact_buf_adds(&b, "</ul>\n");
        }
      }
      pact_buf_adds(&b, "</main>\n</body>\n</html>\n");
      snprintf(rel, sizeof rel, "%s/index.html", folders[k]);
      st = write_buf(s, rel, &b);
      pact_buf_adds(&sitemap, "<url><loc>");
      html_cstr(&sitemap, s->o->base);
      html_cstr(&sitemap, folders[k]);
      pact_buf_adds(&sitemap, "/</loc></url>\n");
    }
    /* home */
    if (st == PACT_OK) {
      pact_buf_reset(&b);
      html_head(&b, "pactum: defence cooperation in the news", NULL);
      /* the dataset's figures: statements, and resources by class, the
       * classes pactum makes in a reader's order, then any other folder */
      pact_buf_printf(&b, "<p>Defence cooperation as news reports it: who met whom, who signed "
                          "what, which exercises were held, with the exact words of each "
                          "article. %zu statements about %zu resources.</p>\n<table>\n", s->n, n);
      for (size_t j = 0; j <= sizeof class_folders / sizeof class_folders[0]; j++) {
        for (size_t k = 0; k < n_folders; k++) {
          int shown_here = j < sizeof class_folders / sizeof class_folders[0]
                             ? strcmp(class_folders[j][0], folders[k]) == 0
                             : folder_title(folders[k]) == folders[k];
          if (!shown_here) {
            continue;
          }
          pact_buf_adds(&b, "<tr><th><a href=\"");
          html_cstr(&b, folders[k]);
          pact_buf_adds(&b, "/index.html\">");
          html_cstr(&b, folder_title(folders[k]));
          pact_buf_printf(&b, "</a></th><td>%zu</td></tr>\n", count[k]);
        }
      }
      pact_buf_adds(&b, "</table>\n<h2>Data</h2>\n<ul>\n"
                        "<li><a href=\"ontology/index.html\">The pactum ontology</a> and its "
                        "<a href=\"ontology/areas\">cooperation areas</a></li>\n"
                        "<li>Dumps: <a href=\"dumps/graph.nt.gz\">N-Triples</a>, "
                        "<a href=\"dumps/graph.nq.gz\">N-Quads</a> (with each article's graph), "
                        "<a href=\"dumps/graph.ttl.gz\">Turtle</a>, "
                        "<a href=\"dumps/graph.jsonld.gz\">JSON-LD</a></li>\n"
                        "<li>Dataset description: <a href=\"void.ttl\">VoID</a>; "
                        "<a href=\"sitemap.xml\">sitemap</a></li>\n"
                        "<li>Every page also answers in Turtle, JSON-LD, N-Triples and RDF/XML: "
                        "ask with <code>Accept</code>, or add <code>.ttl</code>, <code>.jsonld</code>, "
                        "<code>.nt</code> or <code>.rdf</code></li>\n</ul>\n"
                        "</main>\n</body>\n</html>\n");
      st = write_buf(s, "index.html", &b);
    }
    for (size_t k = 0; k < n_folders; k++) {
      free((char *)folders[k]);
    }
  }
  pact_buf_adds(&sitemap, "</urlset>\n");
  if (st == PACT_OK) {
    st = write_buf(s, "sitemap.xml", &sitemap);
  }
  pact_buf_free(&b);
  pact_buf_free(&sitemap);
  free(all);
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
    st = st == PACT_OK ? write_buf(s, rules[k].file, &b) : st;
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
    load_term_labels(&s, &labels_arena);
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
      st = publish_one(&s, (PactTerm)t);
    }
  }
  stats->pages_seconds = pact_clock_seconds() - pages_started;
  stats->pages_cpu_seconds = pact_clock_thread_seconds() - pages_cpu_started;
  if (st == PACT_OK) {
    st = publish_indexes(&s, n_terms);
  }
  if (st == PACT_OK) {
    st = publish_void(&s, stats->resources);
  }
  if (st == PACT_OK) {
    st = publish_dumps(&s);
  }
  if (st == PACT_OK) {
    st = publish_ontology(&s);
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
