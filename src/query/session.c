#define _POSIX_C_SOURCE 200809L /* fileno */
#include "query/session-private.h"

#include "util/buf.h"
#include "write/formats.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A query file larger than this is surely a mistake (a data file given
 * after -q, say): refuse it rather than hand it to the SPARQL parser. */
#define QUERY_TEXT_MAX ((size_t)8 * 1024 * 1024)

/* Silences rasqal's style warnings: at its default level it says that ?s
 * ?p ?o are "bound but unused" in every ASK { ?s ?p ?o }. Level 10 keeps
 * the "may be an error" class, such as a selected variable never bound. */
#define QUERY_WARNING_LEVEL 10

/* ---- the syntax of a GRAPH file ------------------------------------------ */

/* The syntaxes are write/formats.h's that raptor parses; files of RDF/XML
 * also come as .owl and .xml. */
static const char *const rdfxml_extensions[] = {".owl", ".xml"};

static const char jsonld_refusal[] =
  "JSON-LD input is not supported by query: export N-Quads or Turtle";

/* Whether `path` ends with `suffix`, ignoring ASCII case. */
static int
has_suffix(const char *path, const char *suffix)
{
  size_t n = strlen(path);
  size_t m = strlen(suffix);

  if (m > n) {
    return 0;
  }
  for (size_t i = 0; i < m; i++) {
    char c = path[n - m + i];
    if (c >= 'A' && c <= 'Z') {
      c = (char)(c - 'A' + 'a');
    }
    if (c != suffix[i]) {
      return 0;
    }
  }
  return 1;
}

PactStatus
pact_query_syntax(const char *format, const char *path, const char **syntax, PactDiag *d)
{
  if (format) {
    for (int f = 0; f < PACT_N_FORMATS; f++) {
      const PactFormatInfo *info = pact_format_info((PactFormat)f);
      if (info->raptor_parser && strcmp(format, info->name) == 0) {
        *syntax = info->raptor_parser;
        return PACT_OK;
      }
    }
    if (strcmp(format, "jsonld") == 0 || strcmp(format, "json-ld") == 0) {
      return pact_diag(d, PACT_ERR_USAGE, NULL, 0, "%s", jsonld_refusal);
    }
    return pact_diag(d, PACT_ERR_USAGE, NULL, 0,
                     "unknown --format '%s' (turtle, ntriples, nquads, trig, rdfxml)",
                     format);
  }

  if (has_suffix(path, ".jsonld")) {
    return pact_diag(d, PACT_ERR_INPUT, path, 0, "%s", jsonld_refusal);
  }
  for (int f = 0; f < PACT_N_FORMATS; f++) {
    const PactFormatInfo *info = pact_format_info((PactFormat)f);
    char suffix[16];
    snprintf(suffix, sizeof suffix, ".%s", info->extension);
    if (info->raptor_parser && has_suffix(path, suffix)) {
      *syntax = info->raptor_parser;
      return PACT_OK;
    }
  }
  for (size_t i = 0; i < sizeof rdfxml_extensions / sizeof rdfxml_extensions[0]; i++) {
    if (has_suffix(path, rdfxml_extensions[i])) {
      *syntax = pact_format_info(PACT_FORMAT_RDFXML)->raptor_parser;
      return PACT_OK;
    }
  }
  return pact_diag(d, PACT_ERR_USAGE, path, 0,
                   "cannot tell the RDF syntax from the file name; use --format");
}

/* ---- input files ---------------------------------------------------------- */

/* Opens `path` for reading, refusing a directory: fopen() accepts one and
 * the first read fails, which raptor would take for an empty file.
 * Reports and returns NULL on failure. */
static FILE *
open_input(const char *path, const char *what, PactDiag *d)
{
  FILE *file = fopen(path, "rb");
  if (!file) {
    pact_diag(d, PACT_ERR_INPUT, path, 0, "cannot read: %s", strerror(errno));
    return NULL;
  }

  struct stat sb;
  if (fstat(fileno(file), &sb) != 0) {
    pact_diag(d, PACT_ERR_INPUT, path, 0, "cannot read: %s", strerror(errno));
    fclose(file);
    return NULL;
  }
  if (S_ISDIR(sb.st_mode)) {
    pact_diag(d, PACT_ERR_INPUT, path, 0, "is a directory, expected %s", what);
    fclose(file);
    return NULL;
  }
  return file;
}

/* Reads all of `file` (`label` in messages) into a new NUL-terminated
 * string, *text, that the caller frees. */
static PactStatus
read_query_file(FILE *file, const char *label, char **text, PactDiag *d)
{
  PactBuf buf;
  char chunk[4096];
  size_t n;

  pact_buf_init(&buf, QUERY_TEXT_MAX + 1);
  *text = NULL;
  do {
    n = fread(chunk, 1, sizeof chunk, file);
    if (buf.len + n > QUERY_TEXT_MAX) {
      pact_buf_free(&buf);
      return pact_diag(d, PACT_ERR_INPUT, label, 0, "a query of more than %zu bytes",
                       QUERY_TEXT_MAX);
    }
    if (pact_buf_add(&buf, chunk, n) != PACT_OK) {
      pact_buf_free(&buf);
      return pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    }
  } while (n == sizeof chunk);

  if (ferror(file)) {
    pact_buf_free(&buf);
    return pact_diag(d, PACT_ERR_INPUT, label, 0, "cannot read: %s", strerror(errno));
  }
  if (memchr(pact_buf_str(&buf), '\0', buf.len)) {
    pact_buf_free(&buf);
    return pact_diag(d, PACT_ERR_INPUT, label, 0, "a NUL byte: not a query");
  }
  *text = pact_buf_take(&buf);
  return PACT_OK;
}

PactStatus
pact_query_read_text(const char *file, const char *operand, char **text, const char **label,
                     PactDiag *d)
{
  const char *path = file;

  if (!path && operand[0] == '@') {
    path = operand + 1;
  }
  if (!path) {
    *label = "<query>";
    *text = malloc(strlen(operand) + 1);
    if (!*text) {
      return pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    }
    strcpy(*text, operand);
    return PACT_OK;
  }
  if (strcmp(path, "-") == 0) {
    *label = "<stdin>";
    return read_query_file(stdin, *label, text, d);
  }

  *label = path;
  FILE *in = open_input(path, "a query file", d);
  if (!in) {
    return PACT_ERR_INPUT;
  }
  PactStatus st = read_query_file(in, path, text, d);
  fclose(in); /* only read: nothing to lose if this fails */
  return st;
}

/* ---- prefixes ------------------------------------------------------------- */

/* Adds `prefix` -> `ns` (both copied) unless the prefix or the namespace
 * is known already. On failure the list is unchanged. */
static PactStatus
prefixes_add(PactQuerySession *s, const char *prefix, const char *ns)
{
  for (size_t i = 0; i < s->n_prefixes; i++) {
    if (strcmp(s->prefixes[i].prefix, prefix) == 0 || strcmp(s->prefixes[i].ns, ns) == 0) {
      return PACT_OK;
    }
  }
  if (s->n_prefixes == s->prefixes_cap) {
    size_t cap = s->prefixes_cap ? s->prefixes_cap * 2 : 8;
    QueryPrefix *items = realloc(s->prefixes, cap * sizeof *items);
    if (!items) {
      return PACT_ERR_NOMEM;
    }
    s->prefixes = items;
    s->prefixes_cap = cap;
  }

  char *prefix_copy = malloc(strlen(prefix) + 1);
  char *ns_copy = malloc(strlen(ns) + 1);
  if (!prefix_copy || !ns_copy) {
    free(prefix_copy);
    free(ns_copy);
    return PACT_ERR_NOMEM;
  }
  strcpy(prefix_copy, prefix);
  strcpy(ns_copy, ns);
  s->prefixes[s->n_prefixes].prefix = prefix_copy;
  s->prefixes[s->n_prefixes].ns = ns_copy;
  s->n_prefixes++;
  return PACT_OK;
}

/* ---- the session ---------------------------------------------------------- */

static int
on_log(void *user_data, librdf_log_message *message)
{
  QueryLog *log = user_data;
  librdf_log_level level = librdf_log_message_level(message);
  const char *text = librdf_log_message_message(message);
  raptor_locator *locator = librdf_log_message_locator(message);

  if (log->quiet || level < LIBRDF_LOG_WARN) {
    return 1; /* handled: debug and info chatter is dropped */
  }
  if (!text) {
    text = "unknown error";
  }
  /* rasqal turns aggregates into internal variables ($$agg$$0) and then
   * warns that they are "used but not bound": nothing the user wrote. */
  if (level == LIBRDF_LOG_WARN && strstr(text, "$$")) {
    return 1;
  }

  /* rasqal ends some messages with a newline; the sink adds its own. */
  size_t len = strlen(text);
  while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == '\r')) {
    len--;
  }
  unsigned long line = locator && locator->line > 0 ? (unsigned long)locator->line : 0;
  pact_diag(log->d, level == LIBRDF_LOG_WARN ? PACT_OK : PACT_ERR_INPUT, log->source,
            line, "%s%.*s", level == LIBRDF_LOG_WARN ? "warning: " : "",
            len > INT_MAX ? INT_MAX : (int)len, text);
  return 1;
}

/* raptor's blank node label maker. librdf installs one that invents labels
 * from the clock and the process id, so output would change from run to
 * run; this one keeps the label the file gives (the store prefixes it
 * with the file's number) and numbers anonymous nodes. Takes ownership of
 * `user_label`; returns a malloc'd label, NULL when out of memory. */
static unsigned char *
on_generate_blank_id(void *user_data, unsigned char *user_label)
{
  PactQuerySession *s = user_data;
  char label[32];

  if (user_label) {
    return user_label;
  }
  s->blank_ids++;
  int n = snprintf(label, sizeof label, "genid%lu", s->blank_ids);
  if (n < 0 || (size_t)n >= sizeof label) {
    return NULL;
  }
  unsigned char *copy = malloc((size_t)n + 1);
  if (copy) {
    memcpy(copy, label, (size_t)n + 1);
  }
  return copy;
}

void
pact_query_session_free(PactQuerySession *s)
{
  if (!s) {
    return;
  }
  if (s->model) {
    librdf_free_model(s->model);
  }
  if (s->storage) {
    librdf_free_storage(s->storage);
  }
  if (s->base) {
    librdf_free_uri(s->base);
  }
  for (size_t i = 0; i < s->n_prefixes; i++) {
    free(s->prefixes[i].prefix);
    free(s->prefixes[i].ns);
  }
  free(s->prefixes);
  if (s->parsed) {
    rasqal_free_query(s->parsed);
  }
  pact_query_store_free(s->store); /* its literals before their world */
  if (s->world) {
    librdf_free_world(s->world);
  }
  free(s->query_text);
  free(s);
}

/* Fills a new session; on failure the caller frees what was made. */
static PactStatus
session_open(PactQuerySession *s, const char *base)
{
  s->world = librdf_new_world();
  if (!s->world) {
    return pact_diag(s->d, PACT_ERR_INTERNAL, NULL, 0, "cannot start librdf");
  }
  /* Before librdf_world_open(), so that start-up messages come to us. */
  librdf_world_set_logger(s->world, &s->log, on_log);
  librdf_world_open(s->world);
  raptor_world_set_generate_bnodeid_handler(librdf_world_get_raptor(s->world), s,
                                            on_generate_blank_id);
  rasqal_world *rasqal = librdf_world_get_rasqal(s->world);
  if (rasqal) {
    rasqal_world_set_warning_level(rasqal, QUERY_WARNING_LEVEL);
  }

  s->store = pact_query_store_new();
  if (!s->store) {
    return pact_diag(s->d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
  }
  s->storage = librdf_new_storage(s->world, "memory", "pactum-query", NULL);
  if (!s->storage) {
    return pact_diag(s->d, PACT_ERR_INTERNAL, NULL, 0, "cannot create the in-memory store");
  }
  s->model = librdf_new_model(s->world, s->storage, NULL);
  if (!s->model) {
    return pact_diag(s->d, PACT_ERR_INTERNAL, NULL, 0, "cannot create the in-memory model");
  }
  if (base) {
    s->base = librdf_new_uri(s->world, (const unsigned char *)base);
    if (!s->base) {
      return pact_diag(s->d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    }
  }
  return PACT_OK;
}

PactStatus
pact_query_session_new(const char *base, PactDiag *d, PactQuerySession **session)
{
  PactQuerySession *s = calloc(1, sizeof *s);
  PactStatus st;

  *session = NULL;
  if (!s) {
    return pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
  }
  s->d = d;
  s->log.d = d;
  st = session_open(s, base);
  if (st != PACT_OK) {
    pact_query_session_free(s);
    return st;
  }
  *session = s;
  return PACT_OK;
}

/* ---- loading graphs ------------------------------------------------------- */

/* One file being parsed. */
typedef struct {
  PactQuerySession *session;
  raptor_parser *parser;
  unsigned long tag; /* the file's number, prefixed to its blank labels */
  PactStatus status; /* first failure inside a callback */
} GraphLoad;

static void
on_statement(void *user_data, raptor_statement *triple)
{
  GraphLoad *load = user_data;

  if (load->status != PACT_OK) {
    return;
  }
  load->status = pact_query_store_add(load->session->store, triple, load->tag);
  if (load->status != PACT_OK) {
    raptor_parser_parse_abort(load->parser);
  }
}

static void
on_namespace(void *user_data, raptor_namespace *ns)
{
  GraphLoad *load = user_data;
  const unsigned char *prefix = raptor_namespace_get_prefix(ns);
  raptor_uri *uri = raptor_namespace_get_uri(ns);

  if (load->status != PACT_OK || !uri) {
    return;
  }
  load->status = prefixes_add(load->session, prefix ? (const char *)prefix : "",
                              (const char *)raptor_uri_as_string(uri));
  if (load->status != PACT_OK) {
    raptor_parser_parse_abort(load->parser);
  }
}

PactStatus
pact_query_session_load(PactQuerySession *s, const char *path, const char *syntax)
{
  FILE *file = open_input(path, "an RDF file", s->d);
  if (!file) {
    return PACT_ERR_INPUT;
  }

  PactStatus st = PACT_OK;
  librdf_uri *file_uri = NULL;
  GraphLoad load = {s, NULL, ++s->files, PACT_OK};

  load.parser = raptor_new_parser(librdf_world_get_raptor(s->world), syntax);
  if (!load.parser) {
    st = pact_diag(s->d, PACT_ERR_INTERNAL, path, 0, "raptor has no %s parser", syntax);
    goto done;
  }
  raptor_parser_set_statement_handler(load.parser, &load, on_statement);
  raptor_parser_set_namespace_handler(load.parser, &load, on_namespace);

  /* Turtle and RDF/XML need a base IRI; the file's own resolves its
   * relative IRIs the way a reader of the file expects. */
  librdf_uri *base = s->base;
  if (!base) {
    file_uri = librdf_new_uri_from_filename(s->world, path);
    if (!file_uri) {
      st = pact_diag(s->d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
      goto done;
    }
    base = file_uri;
  }

  unsigned long errors_before = s->d->errors;
  s->log.source = path;
  int rc = raptor_parser_parse_file_stream(load.parser, file, path, base);
  s->log.source = NULL;

  if (load.status != PACT_OK) {
    st = pact_diag(s->d, load.status, path, 0, "%s", pact_strerror(load.status));
  } else if (ferror(file)) {
    st = pact_diag(s->d, PACT_ERR_INPUT, path, 0, "cannot read: %s", strerror(errno));
  } else if (s->d->errors > errors_before) {
    st = PACT_ERR_INPUT; /* on_log() has told what */
  } else if (rc != 0) {
    st = pact_diag(s->d, PACT_ERR_INPUT, path, 0, "cannot parse as %s", syntax);
  }

done:
  if (file_uri) {
    librdf_free_uri(file_uri);
  }
  if (load.parser) {
    raptor_free_parser(load.parser);
  }
  fclose(file); /* only read: nothing to lose if this fails */
  return st;
}

PactStatus
pact_query_session_seal(PactQuerySession *s)
{
  PactStatus st = pact_query_store_seal(s->store);

  if (st == PACT_OK) {
    st = pact_query_store_attach(s->store, librdf_world_get_rasqal(s->world));
  }
  if (st != PACT_OK) {
    pact_diag(s->d, st, NULL, 0, "cannot index the graphs: %s", pact_strerror(st));
  }
  return st;
}
