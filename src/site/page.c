/* A resource's HTML page: its statements as rows, what links to it, its
 * sources, and schema.org JSON-LD for search engines. */
#include "site/site.h"

#include "model/vocab.h"
#include "site/conneg.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

/* The label of `t` for a link: its first rdfs:label, else its IRI. */
const char *
site_label_of(const Site *s, PactTerm t)
{
  uint32_t i = s->label_at[t];
  return i != UINT32_MAX ? pact_graph_term(s->g, s->q[i].o)->str : pact_graph_term(s->g, t)->str;
}

/* The default graph's statements about `t`: [*lo, *hi) (quads are sorted
 * by subject; subject_at holds where each subject's begin). */
void
site_subject_range(const Site *s, PactTerm t, size_t *lo, size_t *hi)
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
    site_html_cstr(b, l->lang);
    pact_buf_adds(b, "\">");
    site_html_text(b, l->str, l->len);
    pact_buf_adds(b, "</span>");
  } else {
    site_html_cstr(b, site_label_of(s, t));
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
    site_html_cstr(b, info->str + s->base_len);
    pact_buf_adds(b, "\">");
    html_term_label(s, b, t);
    pact_buf_adds(b, "</a>");
  } else if (info->kind == PACT_TERM_IRI) {
    pact_buf_adds(b, "<a href=\"");
    if (strncmp(info->str, PACT_AREA_NS, strlen(PACT_AREA_NS)) == 0) {
      /* a cooperation area: its entry on the scheme's page, here */
      pact_buf_printf(b, "%sontology/areas#", s->up);
      site_html_cstr(b, info->str + strlen(PACT_AREA_NS));
    } else {
      site_html_cstr(b, info->str);
    }
    pact_buf_adds(b, "\">");
    if (s->term_label[t]) {
      site_html_cstr(b, s->term_label[t]); /* an ontology term */
    } else if (s->label_at[t] != UINT32_MAX) {
      html_term_label(s, b, t); /* a cooperation area */
    } else {
      site_html_cstr(b, info->str);
    }
    pact_buf_adds(b, "</a>");
  } else {
    if (info->lang) {
      pact_buf_adds(b, "<span lang=\"");
      site_html_cstr(b, info->lang);
      pact_buf_adds(b, "\">");
    }
    site_html_text(b, info->str, info->len);
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
  cJSON *doc = cJSON_CreateObject();
  const char *schema_type = "Thing";
  char *text;
  size_t lo;
  size_t hi;

  if (!doc) {
    return PACT_ERR_NOMEM;
  }
  site_subject_range(s, r, &lo, &hi);
  for (size_t i = lo; i < hi; i++) {
    const char *p = pact_graph_term(s->g, s->q[i].p)->str;
    const PactTermInfo *o = pact_graph_term(s->g, s->q[i].o);
    if (strcmp(p, NS_RDF "type") == 0) {
      for (int k = 0; k <= PACT_N_CLASSES; k++) {
        if (strcmp(o->str, pact_resource_class(k)->iri) == 0) {
          schema_type = pact_resource_class(k)->schema_type;
        }
      }
    }
  }
  cJSON_AddStringToObject(doc, "@context", "https://schema.org");
  cJSON_AddStringToObject(doc, "@type", schema_type);
  cJSON_AddStringToObject(doc, "@id", pact_graph_term(s->g, r)->str);
  cJSON_AddStringToObject(doc, "name", site_label_of(s, r));
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
        cJSON_AddStringToObject(thing, "name", site_label_of(s, s->q[i].o));
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

  site_subject_range(s, r, &lo, &hi);
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

PactStatus
site_page_html(const Site *s, PactTerm r, PactBuf *b)
{
  const char *path = pact_graph_term(s->g, r)->str + s->base_len;

  site_html_start(b, site_label_of(s, r));
  for (size_t k = 0; k < PACT_N_PAGE_FORMATS; k++) {
    const char *leaf = strrchr(path, '/');
    pact_buf_adds(b, "<link rel=\"alternate\" type=\"");
    pact_buf_adds(b, pact_format_media_type(pact_format_by_rank(PACT_RANK_PAGE, k)));
    pact_buf_adds(b, "\" href=\"");
    site_html_cstr(b, leaf ? leaf + 1 : path);
    pact_buf_printf(b, ".%s\">\n", pact_format_extension(pact_format_by_rank(PACT_RANK_PAGE, k)));
  }
  PACT_TRY(embedded_jsonld(s, r, b));
  pact_buf_adds(b, "</head>\n<body>\n<nav><a href=\"");
  pact_buf_adds(b, s->up);
  pact_buf_adds(b, "index.html\">home</a></nav>\n<main>\n<h1>");
  site_html_cstr(b, site_label_of(s, r));
  pact_buf_adds(b, "</h1>\n");
  summary(s, r, b);
  pact_buf_adds(b, "<table>\n");
  for (uint32_t k = s->start[r]; k < s->start[r + 1]; k++) {
    const PactQuad *q = &s->q[s->idx[k]];
    if (q->s != r || q->p == s->has_mention) {
      continue; /* incoming statements, and mentions: the sources, below */
    }
    pact_buf_adds(b, "<tr><th>");
    site_html_cstr(b, row_label(s, q->p));
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
        site_html_cstr(b, s->term_inverse[q->p]);
      } else {
        pact_buf_adds(b, "is ");
        site_html_cstr(b, row_label(s, q->p));
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
        site_html_cstr(b, leaf ? leaf + 1 : path);
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
      site_subject_range(s, q->o, &lo, &hi);
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
