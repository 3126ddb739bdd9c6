/* The home page, one index page per class folder ("person/") and
 * sitemap.xml. */
#define _POSIX_C_SOURCE 200809L /* strndup */
#include "site/site.h"

#include "model/vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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


/* The class folders pactum makes (model/classes.h): the one in place
 * `rank` in the order a reader looks for them, or NULL. */
enum { N_CLASS_FOLDERS = PACT_N_CLASSES + 1 };
static const PactClassInfo *
class_folder(size_t rank)
{
  for (int c = 0; c < N_CLASS_FOLDERS; c++) {
    if (pact_resource_class(c)->site_rank == (int)rank) {
      return pact_resource_class(c);
    }
  }
  return NULL;
}

/* A folder's title: its class's, or its own name. */
static const char *
folder_title(const char *folder)
{
  for (int c = 0; c < N_CLASS_FOLDERS; c++) {
    if (strcmp(pact_resource_class(c)->name, folder) == 0) {
      return pact_resource_class(c)->title;
    }
  }
  return folder;
}

/* The home page, one index page per class folder ("person/"), and
 * sitemap.xml. */
PactStatus
site_publish_indexes(Site *s, size_t n_terms)
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
      *e = (Entry){site_label_of(s, (PactTerm)t), path, "", "", ""};
      site_subject_range(s, (PactTerm)t, &lo, &hi);
      for (size_t i = lo; i < hi; i++) {
        const char *p = pact_graph_term(s->g, s->q[i].p)->str;
        const char *local = strncmp(p, PACT_NS, strlen(PACT_NS)) == 0 ? p + strlen(PACT_NS) : "";
        if (!*e->date && (strcmp(local, "signedOn") == 0 || strcmp(local, "startDate") == 0 ||
                          strcmp(local, "date") == 0)) {
          e->date = pact_graph_term(s->g, s->q[i].o)->str;
        }
        if (!*e->group && strcmp(local, "country") == 0 && strncmp(path, "person/", 7) == 0) {
          e->group = site_label_of(s, s->q[i].o);
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
      site_html_cstr(&sitemap, s->o->base);
      site_html_cstr(&sitemap, all[i].path);
      pact_buf_adds(&sitemap, "</loc></url>\n");
    }
    size_t count[64] = {0}; /* resources per folder, for the home page */
    /* a page per folder */
    for (size_t k = 0; k < n_folders && st == PACT_OK; k++) {
      char rel[128];
      pact_buf_reset(&b);
      site_html_head(&b, folder_title(folders[k]), "../index.html");
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
            site_html_cstr(&b, all[i].group);
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
            site_html_cstr(&b, all[i].date);
            pact_buf_adds(&b, " — ");
          }
          pact_buf_adds(&b, "<a href=\"../");
          site_html_cstr(&b, all[i].path);
          pact_buf_adds(&b, "\">");
          site_html_cstr(&b, all[i].label);
          pact_buf_adds(&b, "</a></li>\n");
          count[k]++;
        }
        if (open) {
          pact_buf_adds(&b, "</ul>\n");
        }
      }
      pact_buf_adds(&b, "</main>\n</body>\n</html>\n");
      snprintf(rel, sizeof rel, "%s/index.html", folders[k]);
      st = site_write_buf(s, rel, &b);
      pact_buf_adds(&sitemap, "<url><loc>");
      site_html_cstr(&sitemap, s->o->base);
      site_html_cstr(&sitemap, folders[k]);
      pact_buf_adds(&sitemap, "/</loc></url>\n");
    }
    /* home */
    if (st == PACT_OK) {
      pact_buf_reset(&b);
      site_html_head(&b, "pactum: defence cooperation in the news", NULL);
      /* the dataset's figures: statements, and resources by class, the
       * classes pactum makes in a reader's order, then any other folder */
      pact_buf_printf(&b, "<p>Defence cooperation as news reports it: who met whom, who signed "
                          "what, which exercises were held, with the exact words of each "
                          "article. %zu statements about %zu resources.</p>\n<table>\n", s->n, n);
      for (size_t j = 0; j <= N_CLASS_FOLDERS; j++) {
        for (size_t k = 0; k < n_folders; k++) {
          int shown_here = j < N_CLASS_FOLDERS
                             ? class_folder(j) && strcmp(class_folder(j)->name, folders[k]) == 0
                             : folder_title(folders[k]) == folders[k];
          if (!shown_here) {
            continue;
          }
          pact_buf_adds(&b, "<tr><th><a href=\"");
          site_html_cstr(&b, folders[k]);
          pact_buf_adds(&b, "/index.html\">");
          site_html_cstr(&b, folder_title(folders[k]));
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
      st = site_write_buf(s, "index.html", &b);
    }
    for (size_t k = 0; k < n_folders; k++) {
      free((char *)folders[k]);
    }
  }
  pact_buf_adds(&sitemap, "</urlset>\n");
  if (st == PACT_OK) {
    st = site_write_buf(s, "sitemap.xml", &sitemap);
  }
  pact_buf_free(&b);
  pact_buf_free(&sitemap);
  free(all);
  return st;
}
