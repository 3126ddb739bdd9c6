/* JSON-LD, compacted by construction with our context.
 *
 * The context file (ontology/context.jsonld) is read once and turned into a
 * table: predicate IRI -> term, with its type coercion or language
 * container. Each subject then becomes one small cJSON object that is
 * printed and freed, inside a streaming "@graph", so JSON-LD costs about
 * what Turtle costs. A document node carries its article's named graph in
 * its own "@graph", which makes the JSON-LD dataset the N-Quads one. */
#define _POSIX_C_SOURCE 200809L
#include "write/writer.h"

#include "model/vocab.h"
#include "util/buf.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef enum { COERCE_NONE, COERCE_ID, COERCE_VOCAB, COERCE_DATATYPE } Coerce;

typedef struct {
  const char *term;  /* borrowed from the parsed context */
  char *iri;         /* expanded, owned */
  Coerce coerce;
  char *datatype;    /* expanded, owned; COERCE_DATATYPE only */
  int lang_map;      /* "@container": "@language" */
} TermDef;

typedef struct {
  const char *prefix; /* borrowed */
  const char *iri;    /* borrowed */
} PrefixDef;

typedef struct {
  cJSON *doc;        /* the parsed file, owns every borrowed string */
  const cJSON *ctx;  /* its "@context" member */
  TermDef *terms;
  size_t n_terms;
  PrefixDef *prefixes;
  size_t n_prefixes;
  const char *vocab;
  char *printed;     /* "@context"'s object as compact JSON, owned */
} Context;

struct PactJsonldContext {
  Context c;
};

typedef struct {
  const PactGraph *g;
  const Context *ctx; /* preloaded, or `own` */
  Context own;
  int *term_of;     /* per graph term: index into ctx.terms, -1 none, -2 unknown */
  PactTerm rdf_type;
  FILE *out;
  PactBuf buf;
  PactDiag *d;
} Writer;

/* ---- the context ------------------------------------------------------- */

static char *
expand(const Context *c, const char *value)
{
  const char *colon = strchr(value, ':');
  PactBuf b;

  if (colon && strncmp(colon, "://", 3) != 0) {
    for (size_t i = 0; i < c->n_prefixes; i++) {
      size_t len = strlen(c->prefixes[i].prefix);
      if ((size_t)(colon - value) == len && strncmp(value, c->prefixes[i].prefix, len) == 0) {
        pact_buf_init(&b, 0);
        if (pact_buf_adds(&b, c->prefixes[i].iri) != PACT_OK ||
            pact_buf_adds(&b, colon + 1) != PACT_OK) {
          pact_buf_free(&b);
          return NULL;
        }
        return pact_buf_take(&b);
      }
    }
  }
  return strdup(value);
}

static void
context_free(Context *c)
{
  for (size_t i = 0; i < c->n_terms; i++) {
    free(c->terms[i].iri);
    free(c->terms[i].datatype);
  }
  free(c->terms);
  free(c->prefixes);
  free(c->printed);
  cJSON_Delete(c->doc);
  memset(c, 0, sizeof *c);
}

static PactStatus
context_load(Context *c, const char *path, PactDiag *d)
{
  FILE *f = fopen(path, "rb");
  PactBuf text;
  char chunk[8192];
  size_t got;
  size_t n;

  memset(c, 0, sizeof *c);
  if (!f) {
    return pact_diag(d, PACT_ERR_IO, path, 0, "cannot read the JSON-LD context: %s",
                     strerror(errno));
  }
  pact_buf_init(&text, 1u << 24);
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (pact_buf_add(&text, chunk, got) != PACT_OK) {
      break;
    }
  }
  fclose(f);
  c->doc = cJSON_Parse(pact_buf_str(&text));
  pact_buf_free(&text);
  c->ctx = c->doc ? cJSON_GetObjectItemCaseSensitive(c->doc, "@context") : NULL;
  if (!cJSON_IsObject(c->ctx)) {
    context_free(c);
    return pact_diag(d, PACT_ERR_INPUT, path, 0,
                     "expected a JSON object with an \"@context\" object");
  }
  n = (size_t)cJSON_GetArraySize(c->ctx);
  c->terms = calloc(n + 1, sizeof *c->terms);
  c->prefixes = calloc(n + 1, sizeof *c->prefixes);
  if (!c->terms || !c->prefixes) {
    context_free(c);
    return pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
  }
  /* Prefixes first: plain strings that end in '/' or '#'. */
  for (const cJSON *m = c->ctx->child; m; m = m->next) {
    if (strcmp(m->string, "@vocab") == 0 && cJSON_IsString(m)) {
      c->vocab = m->valuestring;
    } else if (m->string[0] != '@' && cJSON_IsString(m)) {
      size_t len = strlen(m->valuestring);
      if (len && (m->valuestring[len - 1] == '/' || m->valuestring[len - 1] == '#')) {
        c->prefixes[c->n_prefixes++] = (PrefixDef){m->string, m->valuestring};
      }
    }
  }
  for (const cJSON *m = c->ctx->child; m; m = m->next) {
    TermDef *t = &c->terms[c->n_terms];
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(m, "@id");
    const cJSON *type = cJSON_GetObjectItemCaseSensitive(m, "@type");
    const cJSON *container = cJSON_GetObjectItemCaseSensitive(m, "@container");

    if (m->string[0] == '@' || !cJSON_IsObject(m) || !cJSON_IsString(id)) {
      continue;
    }
    t->term = m->string;
    t->iri = expand(c, id->valuestring);
    if (cJSON_IsString(type)) {
      if (strcmp(type->valuestring, "@id") == 0) {
        t->coerce = COERCE_ID;
      } else if (strcmp(type->valuestring, "@vocab") == 0) {
        t->coerce = COERCE_VOCAB;
      } else {
        t->coerce = COERCE_DATATYPE;
        t->datatype = expand(c, type->valuestring);
      }
    }
    t->lang_map = cJSON_IsString(container) && strcmp(container->valuestring, "@language") == 0;
    if (!t->iri || (t->coerce == COERCE_DATATYPE && !t->datatype)) {
      context_free(c);
      return pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    }
    c->n_terms++;
  }
  c->printed = cJSON_PrintUnformatted(c->ctx);
  if (!c->printed) {
    context_free(c);
    return pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
  }
  return PACT_OK;
}

PactJsonldContext *
pact_jsonld_context_load(const char *path, PactDiag *d)
{
  PactJsonldContext *c = malloc(sizeof *c);

  if (!c) {
    pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    return NULL;
  }
  if (context_load(&c->c, path, d) != PACT_OK) {
    free(c);
    return NULL;
  }
  return c;
}

void
pact_jsonld_context_free(PactJsonldContext *c)
{
  if (c) {
    context_free(&c->c);
    free(c);
  }
}

static const TermDef *
term_named(const Context *c, const char *name)
{
  for (size_t i = 0; i < c->n_terms; i++) {
    if (strcmp(c->terms[i].term, name) == 0) {
      return &c->terms[i];
    }
  }
  return NULL;
}

/* ---- compaction ------------------------------------------------------------ */

/* A vocabulary-relative form of `iri` ("Person") when @vocab gives one that
 * no term would read differently; else a prefixed name; else `iri`. The
 * result is in w->buf. */
static const char *
compact_iri(Writer *w, const char *iri, int vocab_relative)
{
  const Context *c = w->ctx;
  size_t vlen = c->vocab ? strlen(c->vocab) : 0;

  pact_buf_reset(&w->buf);
  if (vocab_relative && vlen && strncmp(iri, c->vocab, vlen) == 0 && iri[vlen] &&
      !strchr(iri + vlen, ':') && !strchr(iri + vlen, '/') && !strchr(iri + vlen, '#')) {
    const TermDef *t = term_named(c, iri + vlen);
    if (!t || strcmp(t->iri, iri) == 0) {
      pact_buf_adds(&w->buf, iri + vlen);
      return pact_buf_str(&w->buf);
    }
  }
  for (size_t i = 0; i < c->n_prefixes; i++) {
    size_t len = strlen(c->prefixes[i].iri);
    const char *local = iri + len;
    if (strncmp(iri, c->prefixes[i].iri, len) == 0 && *local &&
        strspn(local, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") ==
          strlen(local)) {
      pact_buf_printf(&w->buf, "%s:%s", c->prefixes[i].prefix, local);
      return pact_buf_str(&w->buf);
    }
  }
  pact_buf_adds(&w->buf, iri);
  return pact_buf_str(&w->buf);
}

static const TermDef *
def_of(Writer *w, PactTerm p)
{
  if (w->term_of[p] == -2) {
    const char *iri = pact_graph_term(w->g, p)->str;
    w->term_of[p] = -1;
    for (size_t i = 0; i < w->ctx->n_terms; i++) {
      if (strcmp(w->ctx->terms[i].iri, iri) == 0) {
        w->term_of[p] = (int)i;
        break;
      }
    }
  }
  return w->term_of[p] >= 0 ? &w->ctx->terms[w->term_of[p]] : NULL;
}

/* Adds `item` to `obj` under `key`; frees `item` when that fails, so every
 * caller has one rule: the item is consumed. */
static int
add_member(cJSON *obj, const char *key, cJSON *item)
{
  if (!item) {
    return 0;
  }
  if (!cJSON_AddItemToObject(obj, key, item)) {
    cJSON_Delete(item);
    return 0;
  }
  return 1;
}

static int
append(cJSON *array, cJSON *item)
{
  if (!item) {
    return 0;
  }
  if (!cJSON_AddItemToArray(array, item)) {
    cJSON_Delete(item);
    return 0;
  }
  return 1;
}

/* One value in the form the term (or its absence) calls for. */
static cJSON *
value_of(Writer *w, const TermDef *t, PactTerm o)
{
  const PactTermInfo *v = pact_graph_term(w->g, o);
  cJSON *obj;

  if (v->kind == PACT_TERM_IRI) {
    if (t && t->coerce == COERCE_ID) {
      return cJSON_CreateString(v->str);
    }
    if (t && t->coerce == COERCE_VOCAB) {
      return cJSON_CreateString(compact_iri(w, v->str, 1));
    }
    obj = cJSON_CreateObject();
    if (obj && !add_member(obj, "@id", cJSON_CreateString(v->str))) {
      cJSON_Delete(obj);
      return NULL;
    }
    return obj;
  }
  if (v->datatype) {
    const char *dt = pact_graph_term(w->g, v->datatype)->str;
    if (t && t->coerce == COERCE_DATATYPE && strcmp(t->datatype, dt) == 0) {
      return cJSON_CreateString(v->str);
    }
    obj = cJSON_CreateObject();
    if (obj && (!add_member(obj, "@value", cJSON_CreateString(v->str)) ||
                !add_member(obj, "@type", cJSON_CreateString(compact_iri(w, dt, 0))))) {
      cJSON_Delete(obj);
      return NULL;
    }
    return obj;
  }
  if (v->lang || (t && t->coerce != COERCE_NONE)) {
    /* A language-tagged string, or a plain one that a coercing term would
     * otherwise misread. (Language maps are handled by the caller.) */
    obj = cJSON_CreateObject();
    if (obj && (!add_member(obj, "@value", cJSON_CreateString(v->str)) ||
                (v->lang && !add_member(obj, "@language", cJSON_CreateString(v->lang))))) {
      cJSON_Delete(obj);
      return NULL;
    }
    return obj;
  }
  return cJSON_CreateString(v->str);
}

/* Adds `value` as the value of `key`, turning a single value into an array
 * when a second one comes. */
static int
add_value(cJSON *obj, const char *key, cJSON *value)
{
  cJSON *existing = cJSON_GetObjectItemCaseSensitive(obj, key);

  if (!value) {
    return 0;
  }
  if (!existing) {
    return add_member(obj, key, value);
  }
  if (!cJSON_IsArray(existing)) {
    cJSON *array = cJSON_CreateArray();
    cJSON *first = cJSON_DetachItemViaPointer(obj, existing);
    if (!array || !append(array, first) || !add_member(obj, key, array)) {
      cJSON_Delete(array);
      cJSON_Delete(value);
      return 0;
    }
    existing = array;
  }
  return append(existing, value);
}

/* The node object of the subject whose quads are [begin, end). */
static cJSON *
node_object(Writer *w, const PactQuad *q, size_t begin, size_t end)
{
  cJSON *node = cJSON_CreateObject();
  int ok = node != NULL;

  ok = ok && add_member(node, "@id", cJSON_CreateString(pact_graph_term(w->g, q[begin].s)->str));
  for (size_t i = begin; ok && i < end; i++) {
    const PactTermInfo *o = pact_graph_term(w->g, q[i].o);
    const TermDef *t;
    const char *key;

    if (q[i].p == w->rdf_type && o->kind == PACT_TERM_IRI) {
      ok = add_value(node, "@type", cJSON_CreateString(compact_iri(w, o->str, 1)));
      continue;
    }
    t = def_of(w, q[i].p);
    if (t && t->lang_map && o->kind == PACT_TERM_LITERAL && !o->datatype) {
      cJSON *map = cJSON_GetObjectItemCaseSensitive(node, t->term);
      if (!map) {
        ok = add_member(node, t->term, cJSON_CreateObject());
        map = cJSON_GetObjectItemCaseSensitive(node, t->term);
      }
      ok = ok && map && add_value(map, o->lang ? o->lang : "@none", cJSON_CreateString(o->str));
      continue;
    }
    if (t) {
      key = t->term;
    } else {
      /* No term: the key is a compact IRI, copied before the value reuses
       * the buffer. */
      key = compact_iri(w, pact_graph_term(w->g, q[i].p)->str, 0);
    }
    {
      char *key_copy = strdup(key);
      ok = key_copy && add_value(node, key_copy, value_of(w, t, q[i].o));
      free(key_copy);
    }
  }
  if (!ok) {
    cJSON_Delete(node);
    return NULL;
  }
  return node;
}

/* Prints the subjects of [begin, end) as node objects, one per line. With
 * `graphs`, a subject that names a graph carries it in "@graph". */
static PactStatus
write_nodes(Writer *w, size_t begin, size_t end, const char *indent,
            unsigned char *graph_done)
{
  size_t n_all;
  const PactQuad *q = pact_graph_quads(w->g, &n_all, NULL);
  int first = 1;

  for (size_t i = begin; i < end;) {
    size_t j = i;
    cJSON *node;
    char *text;
    size_t gb = 0;
    size_t ge = 0;

    while (j < end && q[j].s == q[i].s) {
      j++;
    }
    node = node_object(w, q, i, j);
    text = node ? cJSON_PrintUnformatted(node) : NULL;
    cJSON_Delete(node);
    if (!text) {
      return pact_diag(w->d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    }
    if (graph_done) {
      pact_graph_range(w->g, q[i].s, &gb, &ge);
    }
    fputs(first ? "" : ",\n", w->out);
    fputs(indent, w->out);
    if (gb < ge) {
      /* Reopen the printed object to add the named graph. */
      size_t len = strlen(text);
      fwrite(text, 1, len - 1, w->out);
      fputs(",\"@graph\":[\n", w->out);
      PactStatus st = write_nodes(w, gb, ge, "    ", NULL);
      if (st != PACT_OK) {
        free(text);
        return st;
      }
      fputs("\n  ]}", w->out);
      graph_done[q[i].s] = 1;
    } else {
      fputs(text, w->out);
    }
    free(text);
    first = 0;
    i = j;
  }
  return ferror(w->out) ? PACT_ERR_IO : PACT_OK;
}

PactStatus
pact_write_jsonld(const PactGraph *g, FILE *out, const PactWriteOptions *opt, PactDiag *d)
{
  Writer w;
  size_t n;
  size_t n_default;
  const PactQuad *q = pact_graph_quads(g, &n, &n_default);
  size_t n_terms = pact_graph_term_count(g);
  unsigned char *graph_done = NULL;
  PactStatus st;

  memset(&w, 0, sizeof w);
  w.g = g;
  w.out = out;
  w.d = d;
  pact_buf_init(&w.buf, 0);
  if (opt->context) {
    w.ctx = &opt->context->c;
  } else {
    st = context_load(&w.own, opt->context_path, d);
    if (st != PACT_OK) {
      return st;
    }
    w.ctx = &w.own;
  }
  w.term_of = malloc((n_terms + 1) * sizeof *w.term_of);
  graph_done = calloc(n_terms + 1, 1);
  if (!w.term_of || !graph_done) {
    st = pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    goto done;
  }
  for (size_t i = 0; i <= n_terms; i++) {
    w.term_of[i] = -2;
  }
  w.rdf_type = pact_graph_find_iri(g, NS_RDF "type");

  fputs("{\n  \"@context\": ", out);
  if (opt->context_url) {
    cJSON *url = cJSON_CreateString(opt->context_url);
    char *text = url ? cJSON_PrintUnformatted(url) : NULL;
    cJSON_Delete(url);
    if (!text) {
      st = pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
      goto done;
    }
    fputs(text, out);
    free(text);
  } else {
    fputs(w.ctx->printed, out);
  }
  fputs(",\n  \"@graph\": [\n", out);
  st = write_nodes(&w, 0, n_default, "  ", graph_done);
  /* Named graphs whose name is no subject of the default graph. */
  for (size_t i = n_default; st == PACT_OK && i < n;) {
    PactTerm name = q[i].g;
    size_t gb;
    size_t ge;
    pact_graph_range(g, name, &gb, &ge);
    if (!graph_done[name]) {
      cJSON *url = cJSON_CreateString(pact_graph_term(g, name)->str);
      char *text = url ? cJSON_PrintUnformatted(url) : NULL;
      cJSON_Delete(url);
      if (!text) {
        st = pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
        break;
      }
      fprintf(out, "%s  {\"@id\":%s,\"@graph\":[\n", n_default ? ",\n" : "", text);
      free(text);
      st = write_nodes(&w, gb, ge, "    ", NULL);
      fputs("\n  ]}", out);
      graph_done[name] = 1;
    }
    i = ge;
  }
  fputs("\n  ]\n}\n", out);
  if (st == PACT_OK && ferror(out)) {
    st = pact_diag(d, PACT_ERR_IO, NULL, 0, "cannot write JSON-LD");
  }
done:
  free(graph_done);
  free(w.term_of);
  context_free(&w.own);
  pact_buf_free(&w.buf);
  return st;
}
