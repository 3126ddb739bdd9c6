/* Private to src/site/: what the files that publish a site share. Site
 * is one publish's state, made and freed by pact_publish (publish.c);
 * the files below borrow it. html.c writes the markup every page shares,
 * page.c a resource's HTML page, resource.c a resource's page graph and
 * files, indexes.c the home and index pages and the sitemap, ontology.c
 * the ontology's and the area scheme's pages and files, void.c VoID.
 *
 * Ownership: every function appends to the PactBuf it is given or hands
 * its bytes to s->files; none keeps a pointer to what it is given. */
#ifndef PACT_SITE_SITE_H
#define PACT_SITE_SITE_H

#include "model/classes.h"
#include "site/dumps.h"
#include "site/files.h"
#include "site/publish.h"
#include "util/arena.h"
#include "util/buf.h"
#include "write/writer.h"

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

/* html.c */

/* Appends `s` escaped for HTML text and attribute values. */
void site_html_text(PactBuf *b, const char *s, size_t len);
void site_html_cstr(PactBuf *b, const char *s);
/* Every page's start, up to its <head>'s end (left open). */
void site_html_start(PactBuf *b, const char *title);
/* A page's start up to its <h1> (`title`), with a link home unless `home`
 * is NULL. */
void site_html_head(PactBuf *b, const char *title, const char *home);

/* page.c */

/* The label of `t` for a link: its first rdfs:label, else its IRI
 * (borrowed from the graph). */
const char *site_label_of(const Site *s, PactTerm t);
/* The default graph's statements about `t`: [*lo, *hi). */
void site_subject_range(const Site *s, PactTerm t, size_t *lo, size_t *hi);
/* Resource `r`'s HTML page, appended to `b`. */
PactStatus site_page_html(const Site *s, PactTerm r, PactBuf *b);

/* resource.c */

/* Resource `r`'s page and data files, unless its IRI is no safe path. */
PactStatus site_publish_resource(Site *s, PactTerm r);

/* indexes.c */

/* The home page, one index page per class folder, and sitemap.xml;
 * `n_terms` is the graph's term count + 1. */
PactStatus site_publish_indexes(Site *s, size_t n_terms);

/* ontology.c */

/* The English labels of the ontology's terms into s->term_label and
 * s->term_inverse, copied into `arena`. */
void site_load_term_labels(Site *s, PactArena *arena);
/* ontology/: the ontology's and the area scheme's pages and files. */
PactStatus site_publish_ontology(Site *s);

/* void.c */

/* void.ttl and .well-known/void, for `resources` pages. */
PactStatus site_publish_void(Site *s, size_t resources);

/* publish.c */

/* `content` as the site's file `relative`. */
PactStatus site_write_buf(Site *s, const char *relative, PactBuf *content);

#endif
