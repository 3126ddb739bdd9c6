/* JSON-LD, compacted by construction with our context.
 *
 * The context file (ontology/context.jsonld) is read once and turned into a
 * table: predicate IRI -> term, with its type coercion or language
 * container (cJSON reads it). Each subject then becomes one node object,
 * written as text into a reused buffer inside a streaming "@graph": keys,
 * arrays and escapes exactly as cJSON printed them when it built a tree per
 * node, without the tree's allocations. A document node carries its
 * article's named graph in its own "@graph", which makes the JSON-LD
 * dataset the N-Quads one. */
#define _POSIX_C_SOURCE 200809L
#include "write/writer.h"

#include "model/vocab.h"
#include "util/buf.h"
#include "write/out.h"

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
  PactOut *out;
  PactBuf buf;
  PactDiag *d;
  /* one node object being written (node_text): its members' keys and
   * values as JSON text in `texts`, in the order they come */
  struct Member *members;
  size_t n_members;
  size_t cap_members;
  PactBuf texts;
  PactBuf node; /* the node object, printed */
  size_t *order;     /* group_order's output: keys, then languages */
  size_t *group_pos; /* and its positions */
  size_t cap_order;
} Writer;

/* A key and one of its values. A language map's values (`sub` set) go
 * under the map's key, then under their language. */
typedef struct Member {
  size_t key;     /* offset in texts of the key, JSON-quoted */
  size_t key_len;
  size_t sub;     /* language maps: the language key, JSON-quoted */
  size_t sub_len;
  size_t value;   /* the value, as JSON */
  size_t value_len;
  int map;
} Member;

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

/* Appends `s` as a JSON string, escaped as cJSON escapes (the bytes of
 * every JSON-LD pactum wrote before it wrote its node objects itself). */
static void
json_string(PactBuf *b, const char *s)
{
  static const char hex[] = "0123456789abcdef";
  const char *run = s;

  pact_buf_addc(b, '"');
  for (const char *c = s;; c++) {
    unsigned char u = (unsigned char)*c;
    const char *escape = NULL;
    char unicode[7];
    if (u == '\0') {
      pact_buf_add(b, run, (size_t)(c - run));
      break;
    }
    switch (u) {
    case '"': escape = "\\\""; break;
    case '\\': escape = "\\\\"; break;
    case '\b': escape = "\\b"; break;
    case '\f': escape = "\\f"; break;
    case '\n': escape = "\\n"; break;
    case '\r': escape = "\\r"; break;
    case '\t': escape = "\\t"; break;
    default:
      if (u < 32) {
        memcpy(unicode, "\\u00", 4);
        unicode[4] = hex[u >> 4];
        unicode[5] = hex[u & 15];
        unicode[6] = '\0';
        escape = unicode;
      }
      break;
    }
    if (escape) {
      pact_buf_add(b, run, (size_t)(c - run));
      pact_buf_adds(b, escape);
      run = c + 1;
    }
  }
  pact_buf_addc(b, '"');
}

/* Adds a member: `key` (and a language map's `sub`) with the value just
 * written at texts[value..]. */
static int
add_member_text(Writer *w, const char *key, const char *sub, size_t value)
{
  Member *m;

  if (w->n_members == w->cap_members) {
    size_t cap = w->cap_members ? w->cap_members * 2 : 32;
    Member *v = realloc(w->members, cap * sizeof *v);
    if (!v) {
      return 0;
    }
    w->members = v;
    w->cap_members = cap;
  }
  m = &w->members[w->n_members++];
  memset(m, 0, sizeof *m);
  m->value = value;
  m->value_len = w->texts.len - value;
  m->key = w->texts.len;
  json_string(&w->texts, key);
  m->key_len = w->texts.len - m->key;
  if (sub) {
    m->map = 1;
    m->sub = w->texts.len;
    json_string(&w->texts, sub);
    m->sub_len = w->texts.len - m->sub;
  }
  return w->texts.data != NULL;
}

/* Writes at texts' end the value of `o` in the form term `t` (or its
 * absence) calls for; returns where it starts. */
static size_t
value_text(Writer *w, const TermDef *t, PactTerm o)
{
  const PactTermInfo *v = pact_graph_term(w->g, o);
  PactBuf *b = &w->texts;
  size_t at = b->len;

  if (v->kind == PACT_TERM_IRI) {
    if (t && t->coerce == COERCE_ID) {
      json_string(b, v->str);
    } else if (t && t->coerce == COERCE_VOCAB) {
      json_string(b, compact_iri(w, v->str, 1));
    } else {
      pact_buf_adds(b, "{\"@id\":");
      json_string(b, v->str);
      pact_buf_addc(b, '}');
    }
  } else if (v->datatype) {
    const char *dt = pact_graph_term(w->g, v->datatype)->str;
    if (t && t->coerce == COERCE_DATATYPE && strcmp(t->datatype, dt) == 0) {
      json_string(b, v->str);
    } else {
      pact_buf_adds(b, "{\"@value\":");
      json_string(b, v->str);
      pact_buf_adds(b, ",\"@type\":");
      json_string(b, compact_iri(w, dt, 0));
      pact_buf_addc(b, '}');
    }
  } else if (v->lang || (t && t->coerce != COERCE_NONE)) {
    /* A language-tagged string, or a plain one that a coercing term would
     * otherwise misread. (Language maps are handled by the caller.) */
    pact_buf_adds(b, "{\"@value\":");
    json_string(b, v->str);
    if (v->lang) {
      pact_buf_adds(b, ",\"@language\":");
      json_string(b, v->lang);
    }
    pact_buf_addc(b, '}');
  } else {
    json_string(b, v->str);
  }
  return at;
}

/* Whether members i and j share their key (and, `by_sub`, their language
 * key). */
static int
same_key(const Writer *w, size_t i, size_t j, int by_sub)
{
  const Member *x = &w->members[i];
  const Member *y = &w->members[j];
  const char *t = w->texts.data;

  return x->map == y->map && x->key_len == y->key_len && memcmp(t + x->key, t + y->key, x->key_len) == 0 &&
         (!by_sub || (x->sub_len == y->sub_len && memcmp(t + x->sub, t + y->sub, x->sub_len) == 0));
}

/* The groups of members [from, members) with one key (by_sub: one
 * language key among a map's members, all of key `of`), in the order
 * cJSON printed them: a key where its first value came, or, once it had a
 * second, where that second came (cJSON moved a key that became an array
 * to the end). Fills `order` with each group's first member; returns how
 * many. A language map stays where it first came. */
static size_t
group_order(Writer *w, size_t of, int by_sub, size_t *order)
{
  size_t n = 0;
  size_t *pos = w->group_pos;

  for (size_t i = by_sub ? of : 0; i < w->n_members; i++) {
    size_t k;
    if (by_sub && !same_key(w, i, of, 0)) {
      continue;
    }
    for (k = 0; k < n && !same_key(w, order[k], i, by_sub); k++) {
    }
    if (k == n) {
      order[n] = i;
      pos[n++] = i;
    } else if (pos[k] == order[k] && !(w->members[i].map && !by_sub)) {
      pos[k] = i; /* its second value: where cJSON then put it */
    }
  }
  /* insertion sort by position: a node has a few dozen keys */
  for (size_t i = 1; i < n; i++) {
    for (size_t j = i; j > 0 && pos[j - 1] > pos[j]; j--) {
      size_t t = pos[j];
      pos[j] = pos[j - 1];
      pos[j - 1] = t;
      t = order[j];
      order[j] = order[j - 1];
      order[j - 1] = t;
    }
  }
  return n;
}

/* Prints the values of the group of member `first`: one alone, several as
 * an array. */
static void
print_values(Writer *w, size_t first, int by_sub)
{
  size_t count = 0;

  for (size_t j = first; j < w->n_members; j++) {
    count += same_key(w, j, first, by_sub);
  }
  if (count > 1) {
    pact_buf_addc(&w->node, '[');
  }
  count = 0;
  for (size_t j = first; j < w->n_members; j++) {
    if (same_key(w, j, first, by_sub)) {
      if (count++) {
        pact_buf_addc(&w->node, ',');
      }
      pact_buf_add(&w->node, w->texts.data + w->members[j].value, w->members[j].value_len);
    }
  }
  if (count > 1) {
    pact_buf_addc(&w->node, ']');
  }
}

/* The node object of the subject whose quads are [begin, end), printed in
 * w->node: "@id" first, then each key where it first comes, with all its
 * values (an array when there are several), language maps as objects. */
static PactStatus
node_text(Writer *w, const PactQuad *q, size_t begin, size_t end)
{
  const char *t;

  w->n_members = 0;
  pact_buf_reset(&w->texts);
  pact_buf_reset(&w->node);
  for (size_t i = begin; i < end; i++) {
    const PactTermInfo *o = pact_graph_term(w->g, q[i].o);
    const TermDef *def;
    size_t at = w->texts.len;
    int ok;

    if (q[i].p == w->rdf_type && o->kind == PACT_TERM_IRI) {
      json_string(&w->texts, compact_iri(w, o->str, 1));
      ok = add_member_text(w, "@type", NULL, at);
    } else if ((def = def_of(w, q[i].p)) && def->lang_map && o->kind == PACT_TERM_LITERAL &&
               !o->datatype) {
      json_string(&w->texts, o->str);
      ok = add_member_text(w, def->term, o->lang ? o->lang : "@none", at);
    } else {
      at = value_text(w, def, q[i].o);
      /* No term: the key is a compact IRI (compact_iri's buffer is free
       * again once the value is written). */
      ok = add_member_text(w, def ? def->term : compact_iri(w, pact_graph_term(w->g, q[i].p)->str, 0), NULL, at);
    }
    if (!ok) {
      return pact_diag(w->d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    }
  }
  if (w->cap_members > w->cap_order) {
    size_t *order = realloc(w->order, 2 * w->cap_members * sizeof *order);
    size_t *pos = realloc(w->group_pos, w->cap_members * sizeof *pos);
    w->order = order ? order : w->order;
    w->group_pos = pos ? pos : w->group_pos;
    if (!order || !pos) {
      return pact_diag(w->d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    }
    w->cap_order = w->cap_members;
  }
  t = w->texts.data;
  pact_buf_adds(&w->node, "{\"@id\":");
  json_string(&w->node, pact_graph_term(w->g, q[begin].s)->str);
  {
    size_t *keys = w->order;
    size_t *langs = w->order + w->cap_members;
    size_t n_keys = group_order(w, 0, 0, keys);
    for (size_t g = 0; g < n_keys; g++) {
      const Member *m = &w->members[keys[g]];
      pact_buf_addc(&w->node, ',');
      pact_buf_add(&w->node, t + m->key, m->key_len);
      pact_buf_addc(&w->node, ':');
      if (!m->map) {
        print_values(w, keys[g], 0);
        continue;
      }
      /* a language map: its languages in cJSON's order too */
      pact_buf_addc(&w->node, '{');
      {
        size_t n_langs = group_order(w, keys[g], 1, langs);
        for (size_t l = 0; l < n_langs; l++) {
          const Member *x = &w->members[langs[l]];
          pact_buf_add(&w->node, l ? "," : "", l ? 1 : 0);
          pact_buf_add(&w->node, t + x->sub, x->sub_len);
          pact_buf_addc(&w->node, ':');
          print_values(w, langs[l], 1);
        }
      }
      pact_buf_addc(&w->node, '}');
    }
  }
  pact_buf_addc(&w->node, '}');
  return w->node.data ? PACT_OK : pact_diag(w->d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
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
    size_t gb = 0;
    size_t ge = 0;
    PactStatus st;

    while (j < end && q[j].s == q[i].s) {
      j++;
    }
    st = node_text(w, q, i, j);
    if (st != PACT_OK) {
      return st;
    }
    if (graph_done) {
      pact_graph_range(w->g, q[i].s, &gb, &ge);
    }
    pact_out_str(w->out, first ? "" : ",\n");
    pact_out_str(w->out, indent);
    if (gb < ge) {
      /* Reopen the printed object to add the named graph (written out
       * before the graph's nodes reuse the buffers). */
      pact_out_put(w->out, w->node.data, w->node.len - 1);
      pact_out_str(w->out, ",\"@graph\":[\n");
      st = write_nodes(w, gb, ge, "    ", NULL);
      if (st != PACT_OK) {
        return st;
      }
      pact_out_str(w->out, "\n  ]}");
      graph_done[q[i].s] = 1;
    } else {
      pact_out_put(w->out, w->node.data, w->node.len);
    }
    first = 0;
    i = j;
  }
  return w->out->st != PACT_OK ? PACT_ERR_IO : PACT_OK;
}

PactStatus
pact_write_jsonld(const PactGraph *g, PactFormat f, const PactSink *sink,
                  const PactWriteOptions *opt, PactDiag *d)
{
  Writer w;
  size_t n;
  size_t n_default;
  const PactQuad *q = pact_graph_quads(g, &n, &n_default);
  size_t n_terms = pact_graph_term_count(g);
  unsigned char *graph_done = NULL;
  PactOut *out;
  PactStatus st;

  (void)f;
  memset(&w, 0, sizeof w);
  w.g = g;
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
  out = w.out = pact_out_new(sink);
  if (!w.term_of || !graph_done || !out) {
    st = pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    goto done;
  }
  for (size_t i = 0; i <= n_terms; i++) {
    w.term_of[i] = -2;
  }
  w.rdf_type = pact_graph_find_iri(g, NS_RDF "type");

  pact_out_str(out, "{\n  \"@context\": ");
  if (opt->context_url) {
    cJSON *url = cJSON_CreateString(opt->context_url);
    char *text = url ? cJSON_PrintUnformatted(url) : NULL;
    cJSON_Delete(url);
    if (!text) {
      st = pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
      goto done;
    }
    pact_out_str(out, text);
    free(text);
  } else {
    pact_out_str(out, w.ctx->printed);
  }
  pact_out_str(out, ",\n  \"@graph\": [\n");
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
      pact_out_str(out, n_default ? ",\n" : "");
      pact_out_str(out, "  {\"@id\":");
      pact_out_str(out, text);
      pact_out_str(out, ",\"@graph\":[\n");
      free(text);
      st = write_nodes(&w, gb, ge, "    ", NULL);
      pact_out_str(out, "\n  ]}");
      graph_done[name] = 1;
    }
    i = ge;
  }
  pact_out_str(out, "\n  ]\n}\n");
  /* A failing sink is the caller's to report, as it knows where the
   * bytes went (write_nodes stops at it silently too). */
  if (pact_out_flush(out) != PACT_OK && st == PACT_OK) {
    st = PACT_ERR_IO;
  }
done:
  pact_out_free(w.out);
  free(graph_done);
  free(w.term_of);
  context_free(&w.own);
  pact_buf_free(&w.buf);
  pact_buf_free(&w.texts);
  pact_buf_free(&w.node);
  free(w.members);
  free(w.order);
  free(w.group_pos);
  return st;
}
