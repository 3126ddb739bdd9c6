/* The ontology on the site: the English labels of its terms for the
 * pages' rows, its documentation (ontology/index.html) and the area
 * scheme's (ontology/areas.html), and both as files in several syntaxes. */
#include "site/site.h"

#include "model/vocab.h"
#include "util/rdf_file.h"

#include <cjson/cJSON.h>
#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
void
site_load_term_labels(Site *s, PactArena *arena)
{
  OntologyLoad l = {s, arena};

  if (s->o->ontology_path) {
    pact_rdf_parse_file(NULL, s->o->ontology_path, "turtle", ontology_statement, &l);
  }
}

/* ---- the ontology's page ------------------------------------------------------ */


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
    site_html_cstr(b, iri + strlen(PACT_NS));
    pact_buf_adds(b, "\">");
    site_html_cstr(b, l ? l->o : iri + strlen(PACT_NS));
    pact_buf_adds(b, "</a>");
  } else {
    pact_buf_adds(b, "<a href=\"");
    site_html_cstr(b, iri);
    pact_buf_adds(b, "\">");
    site_html_cstr(b, iri);
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
  raptor_iostream *stream = NULL;
  void *text = NULL; /* raptor's, set when the stream is freed */
  size_t len = 0;
  PactStatus st = PACT_ERR_INTERNAL;

  if (world && raptor_world_open(world) == 0) {
    ser = raptor_new_serializer(world, syntax);
    stream = raptor_new_iostream_to_string(world, &text, &len, NULL);
    if (ser && stream && raptor_serializer_start_to_iostream(ser, NULL, stream) == 0 &&
        pact_rdf_parse_file(world, path, "turtle", serialize_statement, ser) == PACT_OK &&
        raptor_serializer_serialize_end(ser) == 0) {
      st = PACT_OK;
    }
  }
  if (ser) {
    raptor_free_serializer(ser);
  }
  if (stream) {
    raptor_free_iostream(stream);
  }
  pact_buf_reset(out);
  if (st == PACT_OK) {
    st = pact_buf_add(out, text ? text : "", len);
  }
  if (text) {
    raptor_free_memory(text);
  }
  if (world) {
    raptor_free_world(world);
  }
  return st;
}

/* The Turtle file at `path` as `stem`.rdf and `stem`.nt, converted by
 * raptor (through `b`); a syntax raptor fails to write is left out. */
static PactStatus
converted_files(Site *s, const char *path, const char *stem, PactBuf *b)
{
  static const PactFormat formats[] = {PACT_FORMAT_RDFXML, PACT_FORMAT_NTRIPLES};
  PactStatus st = PACT_OK;

  for (size_t k = 0; k < sizeof formats / sizeof formats[0] && st == PACT_OK; k++) {
    const PactFormatInfo *f = pact_format_info(formats[k]);
    char rel[64];
    if (turtle_to(path, f->raptor_serializer, b) == PACT_OK) {
      snprintf(rel, sizeof rel, "%s.%s", stem, f->extension);
      st = site_write_buf(s, rel, b);
    }
  }
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
  site_html_head(&b, title ? title->o : "Cooperation areas", "../index.html");
  if (about) {
    pact_buf_adds(&b, "<p>");
    site_html_cstr(&b, about->o);
    pact_buf_adds(&b, "</p>\n");
  }
  about = one(&t, PACT_AREA_SCHEME, NS_DCTERMS "description", "fr");
  if (about) {
    pact_buf_adds(&b, "<p lang=\"fr\">");
    site_html_cstr(&b, about->o);
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
    site_html_cstr(&b, x->s + strlen(PACT_AREA_NS));
    pact_buf_adds(&b, "\">\n<h2>");
    site_html_cstr(&b, en ? en->o : x->s + strlen(PACT_AREA_NS));
    pact_buf_adds(&b, " <code>area:");
    site_html_cstr(&b, x->s + strlen(PACT_AREA_NS));
    pact_buf_adds(&b, "</code></h2>\n<dl>\n");
    for (size_t k = 0; k < 2; k++) {
      const Triple *pref = one(&t, x->s, NS_SKOS "prefLabel", langs[k]);
      const Triple *def = one(&t, x->s, NS_SKOS "definition", langs[k]);
      int first = 1;
      if (pref && k == 1) {
        pact_buf_adds(&b, "<dt>in French</dt><dd lang=\"fr\">");
        site_html_cstr(&b, pref->o);
        pact_buf_adds(&b, "</dd>\n");
      }
      if (def) {
        pact_buf_printf(&b, "<dt>definition</dt><dd lang=\"%s\">", langs[k]);
        site_html_cstr(&b, def->o);
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
        site_html_cstr(&b, t.v[j].o);
        first = 0;
      }
      if (!first) {
        pact_buf_adds(&b, "</dd>\n");
      }
    }
    pact_buf_adds(&b, "</dl>\n</section>\n");
  }
  pact_buf_adds(&b, "</main>\n</body>\n</html>\n");
  st = site_write_buf(s, "ontology/areas.html", &b);
  if (st == PACT_OK) {
    st = triples_jsonld(&t, 0, t.n, &b);
    st = st == PACT_OK ? site_write_buf(s, "ontology/areas.jsonld", &b) : st;
  }
  if (st == PACT_OK) {
    st = converted_files(s, areas_path, "ontology/areas", &b);
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
PactStatus
site_publish_ontology(Site *s)
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
  site_html_head(&b, "The pactum ontology", "../index.html");
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
      site_html_cstr(&b, x->s + strlen(PACT_NS));
      pact_buf_adds(&b, "\">\n<h3>");
      l = one(&t, x->s, NS_RDFS "label", "en");
      site_html_cstr(&b, l ? l->o : x->s);
      pact_buf_adds(&b, " <code>pact:");
      site_html_cstr(&b, x->s + strlen(PACT_NS));
      pact_buf_adds(&b, "</code></h3>\n");
      for (int fr = 0; fr < 2; fr++) {
        const Triple *c = one(&t, x->s, NS_RDFS "comment", fr ? "fr" : "en");
        const Triple *lab = one(&t, x->s, NS_RDFS "label", fr ? "fr" : "en");
        if (c || (fr && lab)) {
          pact_buf_printf(&b, "<p lang=\"%s\">", fr ? "fr" : "en");
          if (fr && lab) {
            pact_buf_adds(&b, "<strong>");
            site_html_cstr(&b, lab->o);
            pact_buf_adds(&b, "</strong>. ");
          }
          if (c) {
            site_html_cstr(&b, c->o);
          }
          pact_buf_adds(&b, "</p>\n");
        }
      }
      pact_buf_adds(&b, "<ul>\n");
      for (int fr = 0; fr < 2; fr++) {
        const Triple *inverse = one(&t, x->s, PACT_NS "inverseLabel", fr ? "fr" : "en");
        if (inverse) {
          pact_buf_adds(&b, fr ? "<li lang=\"fr\">à rebours : " : "<li>read backwards: ");
          site_html_cstr(&b, inverse->o);
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
            site_html_cstr(&b, d->o);
            pact_buf_adds(&b, "</li>\n");
          }
        }
      }
      pact_buf_adds(&b, "</ul>\n</section>\n");
    }
  }
  pact_buf_adds(&b, "</main>\n</body>\n</html>\n");
  st = site_write_buf(s, "ontology/index.html", &b);
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
    st = site_write_buf(s, rel, &raw);
    pact_buf_free(&raw);
  }
  /* the ontology in the other syntaxes */
  if (st == PACT_OK) {
    st = triples_jsonld(&t, 0, ontology_end, &b);
    if (st == PACT_OK) {
      st = site_write_buf(s, "ontology/pactum.jsonld", &b);
    }
  }
  if (st == PACT_OK) {
    st = converted_files(s, s->o->ontology_path, "ontology/pactum", &b);
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
