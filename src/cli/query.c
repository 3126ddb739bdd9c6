/* `pactum query`: load RDF files into an in-memory librdf model and run one
 * SPARQL query over it.
 *
 * The graph files are parsed with raptor directly instead of through
 * librdf_parser, for two reasons found in librdf 1.0.17:
 *  - librdf's parser drops the graph name of every N-Quads and TriG
 *    statement, so GRAPH ?g would never match;
 *  - it does not keep blank nodes of different files apart (two Turtle
 *    files that both say _:b1 would describe one node), which breaks RDF
 *    merge, and the labels it invents change from run to run.
 * Our statement handler therefore copies each statement with its blank
 * node labels prefixed by the file's number and adds it to the model in
 * its named graph.
 *
 * Results are written here rather than by rasqal's formatters
 * (librdf_query_results_to_file_handle2), which in rasqal 0.9.33 all lose
 * the header of a result without rows; besides, its table writer prints
 * an empty header always (it asks for the names after the last row) and
 * shows terms in a debug syntax, its json and xml writers emit
 * {"type": "unbound"} and <unbound/>, which the SPARQL 1.1 formats do not
 * allow, and its csv and tsv writers refuse ASK results.
 *
 * Ownership: every librdf/raptor object lives in a QuerySession and is
 * freed by session_free(); helpers that return a new string say so. */

#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* fileno */
#endif

#include "cli/cli.h"
#include "util/status.h"

#include <redland.h>

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define QUERY_PROG "pactum query"

/* A query file larger than this is surely a mistake (a data file given
 * after -q, say); refuse it instead of handing it to the SPARQL parser. */
#define QUERY_TEXT_MAX ((size_t)8 * 1024 * 1024)

/* A single rendered table cell or JSON string never needs more. */
#define BUF_MAX ((size_t)64 * 1024 * 1024)

static const char *const usage_synopsis =
  "Usage: pactum query [OPTION]... GRAPH... QUERY\n"
  "       pactum query [OPTION]... -q FILE GRAPH...\n";

static const char *const usage_details =
  "Run a SPARQL query over RDF files and print the results.\n"
  "\n"
  "QUERY is the text of the query, or @FILE to read it from FILE\n"
  "(@- reads standard input). Every GRAPH is loaded into one dataset:\n"
  "named graphs of N-Quads and TriG files are kept for GRAPH patterns, and\n"
  "the default graph holds every triple of every file.\n"
  "\n"
  "Options:\n"
  "  -q, --query-file FILE  read the query from FILE (- for standard input)\n"
  "      --results FMT      SELECT and ASK: table (default), csv, tsv, json\n"
  "                         (SPARQL 1.1 JSON results), xml;\n"
  "                         CONSTRUCT and DESCRIBE: turtle (default), ntriples\n"
  "      --format FMT       syntax of every GRAPH: turtle, ntriples, nquads,\n"
  "                         trig, rdfxml (default: from the file extension,\n"
  "                         .ttl .nt .nq .trig .rdf .owl .xml)\n"
  "      --base IRI         base IRI of the GRAPH files and of the query\n"
  "                         (default: each file's own file: IRI)\n"
  "  -h, --help             print this help and exit\n"
  "\n"
  "The table abbreviates IRIs with the prefixes declared in the GRAPH files;\n"
  "csv, tsv, json and xml follow the SPARQL 1.1 result formats.\n"
  "\n"
  "Exit status: 0 success, 1 bad input (an unreadable or invalid GRAPH file,\n"
  "a SPARQL error), 2 bad command line, 3 output error, 4 internal error.\n";

/* ---- messages ---------------------------------------------------------- */

#if defined(__GNUC__)
#define QUERY_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define QUERY_PRINTF(f, a)
#endif

/* Print "pactum query: <message>\n" on stderr. */
static void query_error(const char *fmt, ...) QUERY_PRINTF(1, 2);

static void
query_error(const char *fmt, ...)
{
  va_list ap;

  va_start(ap, fmt);
  fputs(QUERY_PROG ": ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

/* ---- growable byte buffer ---------------------------------------------- */

/* A NUL-terminated string that grows up to BUF_MAX bytes. On failure the
 * buffer is unchanged and `failed` is set, so a caller can append many
 * pieces and check once. buf_take() hands the string to the caller. */
typedef struct {
  char *data;
  size_t len;
  size_t cap;
  int failed;
} Buf;

static void
buf_free(Buf *buf)
{
  free(buf->data);
  buf->data = NULL;
  buf->len = 0;
  buf->cap = 0;
}

static void
buf_append(Buf *buf, const char *bytes, size_t n)
{
  if (buf->failed) {
    return;
  }
  if (n > BUF_MAX - buf->len - 1 || buf->len >= BUF_MAX) {
    buf->failed = 1;
    return;
  }
  if (buf->len + n + 1 > buf->cap) {
    size_t cap = buf->cap ? buf->cap : 64;
    while (cap < buf->len + n + 1) {
      cap *= 2;
    }
    char *data = realloc(buf->data, cap);
    if (!data) {
      buf->failed = 1;
      return;
    }
    buf->data = data;
    buf->cap = cap;
  }
  memcpy(buf->data + buf->len, bytes, n);
  buf->len += n;
  buf->data[buf->len] = '\0';
}

static void
buf_puts(Buf *buf, const char *s)
{
  buf_append(buf, s, strlen(s));
}

/* The string built so far, now owned by the caller (free()); NULL if an
 * append failed, in which case the buffer is freed. */
static char *
buf_take(Buf *buf)
{
  if (buf->failed) {
    buf_free(buf);
    return NULL;
  }
  if (!buf->data) {
    buf_append(buf, "", 0);
    if (buf->failed) {
      return NULL;
    }
  }
  char *data = buf->data;
  buf->data = NULL;
  buf->len = 0;
  buf->cap = 0;
  return data;
}

/* ---- command line ------------------------------------------------------ */

typedef enum {
  RESULTS_DEFAULT = 0, /* table for SELECT/ASK, turtle for a graph */
  RESULTS_TABLE,
  RESULTS_CSV,
  RESULTS_TSV,
  RESULTS_JSON,
  RESULTS_XML,
  RESULTS_TURTLE,
  RESULTS_NTRIPLES
} ResultsFormat;

static const struct {
  const char *name;
  ResultsFormat format;
} results_names[] = {
  {"table", RESULTS_TABLE},   {"csv", RESULTS_CSV},
  {"tsv", RESULTS_TSV},       {"json", RESULTS_JSON},
  {"xml", RESULTS_XML},       {"turtle", RESULTS_TURTLE},
  {"ntriples", RESULTS_NTRIPLES},
};

/* --format names, which are also raptor's parser names. */
static const char *const syntax_names[] = {
  "turtle", "ntriples", "nquads", "trig", "rdfxml",
};

static const struct {
  const char *extension;
  const char *syntax;
} syntax_extensions[] = {
  {".ttl", "turtle"}, {".nt", "ntriples"}, {".nq", "nquads"},
  {".trig", "trig"},  {".rdf", "rdfxml"},  {".owl", "rdfxml"},
  {".xml", "rdfxml"},
};

static const char *const jsonld_refusal =
  "JSON-LD input is not supported by query: export N-Quads or Turtle";

typedef struct {
  ResultsFormat results;
  const char *results_name; /* as given, for messages; NULL if defaulted */
  const char *format;       /* --format, or NULL */
  const char *base;         /* --base, or NULL */
  const char *query_file;   /* -q FILE, or NULL */
  const char *query_arg;    /* the QUERY operand; NULL with -q */
  const char **graphs;      /* owned array of strings borrowed from argv */
  int n_graphs;
  int help;
} QueryOptions;

static void
options_free(QueryOptions *opts)
{
  free(opts->graphs);
  opts->graphs = NULL;
}

/* If `arg` is `--name` or `--name=VALUE`, return 1 and point *value at
 * VALUE (NULL when there is no '='). */
static int
match_long(const char *arg, const char *name, const char **value)
{
  size_t n = strlen(name);

  if (strncmp(arg, name, n) != 0) {
    return 0;
  }
  if (arg[n] == '\0') {
    *value = NULL;
    return 1;
  }
  if (arg[n] == '=') {
    *value = arg + n + 1;
    return 1;
  }
  return 0;
}

static PactStatus
set_results(QueryOptions *opts, const char *name)
{
  for (size_t i = 0; i < sizeof results_names / sizeof results_names[0];
       i++) {
    if (strcmp(name, results_names[i].name) == 0) {
      opts->results = results_names[i].format;
      opts->results_name = name;
      return PACT_OK;
    }
  }
  query_error("unknown --results '%s' "
              "(table, csv, tsv, json, xml, turtle, ntriples)",
              name);
  return PACT_ERR_USAGE;
}

/* Options may come before, between or after the operands; "--" ends them.
 * Prints a message and returns PACT_ERR_USAGE on a bad command line. */
static PactStatus
parse_options(int argc, char **argv, QueryOptions *opts)
{
  int n_operands = 0;
  int only_operands = 0;

  memset(opts, 0, sizeof *opts);
  opts->graphs = calloc((size_t)(argc > 0 ? argc : 1), sizeof *opts->graphs);
  if (!opts->graphs) {
    query_error("%s", pact_strerror(PACT_ERR_NOMEM));
    return PACT_ERR_NOMEM;
  }

  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i];
    const char *value = NULL;
    const char **slot = NULL;
    const char *option = arg;

    if (only_operands || arg[0] != '-' || arg[1] == '\0') {
      opts->graphs[n_operands++] = arg;
      continue;
    }
    if (strcmp(arg, "--") == 0) {
      only_operands = 1;
      continue;
    }
    if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
      opts->help = 1;
      continue;
    }

    const char *results = NULL;
    if (strcmp(arg, "-q") == 0) {
      slot = &opts->query_file;
    } else if (match_long(arg, "--query-file", &value)) {
      slot = &opts->query_file;
      option = "--query-file";
    } else if (match_long(arg, "--format", &value)) {
      slot = &opts->format;
      option = "--format";
    } else if (match_long(arg, "--base", &value)) {
      slot = &opts->base;
      option = "--base";
    } else if (match_long(arg, "--results", &value)) {
      slot = &results;
      option = "--results";
    } else {
      query_error("unknown option '%s'", arg);
      return PACT_ERR_USAGE;
    }

    if (!value) {
      if (i + 1 >= argc) {
        query_error("option '%s' needs an argument", option);
        return PACT_ERR_USAGE;
      }
      value = argv[++i];
    }
    *slot = value;
    if (slot == &results) {
      PACT_TRY(set_results(opts, results));
    }
  }

  if (opts->help) {
    return PACT_OK;
  }

  /* Without -q the last operand is the query. */
  if (!opts->query_file) {
    if (n_operands == 0) {
      query_error("missing GRAPH and QUERY");
      return PACT_ERR_USAGE;
    }
    opts->query_arg = opts->graphs[--n_operands];
  }
  if (n_operands == 0) {
    query_error("missing GRAPH: give at least one RDF file");
    return PACT_ERR_USAGE;
  }
  opts->n_graphs = n_operands;
  return PACT_OK;
}

static int
is_jsonld_name(const char *name)
{
  return strcmp(name, "jsonld") == 0 || strcmp(name, "json-ld") == 0;
}

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

/* The raptor parser name for `path`: --format if given, else from the
 * extension. Checked for every file before any is read, so that a bad
 * command line fails before doing work. */
static PactStatus
choose_syntax(const QueryOptions *opts, const char *path, const char **syntax)
{
  if (opts->format) {
    for (size_t i = 0; i < sizeof syntax_names / sizeof syntax_names[0];
         i++) {
      if (strcmp(opts->format, syntax_names[i]) == 0) {
        *syntax = syntax_names[i];
        return PACT_OK;
      }
    }
    if (is_jsonld_name(opts->format)) {
      query_error("%s", jsonld_refusal);
    } else {
      query_error("unknown --format '%s' "
                  "(turtle, ntriples, nquads, trig, rdfxml)",
                  opts->format);
    }
    return PACT_ERR_USAGE;
  }

  if (has_suffix(path, ".jsonld")) {
    query_error("%s: %s", path, jsonld_refusal);
    return PACT_ERR_INPUT;
  }
  for (size_t i = 0;
       i < sizeof syntax_extensions / sizeof syntax_extensions[0]; i++) {
    if (has_suffix(path, syntax_extensions[i].extension)) {
      *syntax = syntax_extensions[i].syntax;
      return PACT_OK;
    }
  }
  query_error("%s: cannot tell the RDF syntax from the file name; "
              "use --format",
              path);
  return PACT_ERR_USAGE;
}

/* ---- input files ------------------------------------------------------- */

/* Open `path` for reading, refusing directories: fopen() accepts them and
 * the first read fails, which raptor would take for an empty file.
 * Prints "pactum query: PATH: reason" and returns NULL on failure. */
static FILE *
open_input(const char *path)
{
  FILE *file = fopen(path, "rb");
  if (!file) {
    query_error("%s: %s", path, strerror(errno));
    return NULL;
  }

  struct stat st;
  if (fstat(fileno(file), &st) != 0) {
    query_error("%s: %s", path, strerror(errno));
    fclose(file);
    return NULL;
  }
  if (S_ISDIR(st.st_mode)) {
    query_error("%s: %s", path, strerror(EISDIR));
    fclose(file);
    return NULL;
  }
  return file;
}

/* Read all of `file` (named `label` in messages) into a new NUL-terminated
 * string that the caller frees. */
static PactStatus
read_all(FILE *file, const char *label, char **text)
{
  Buf buf = {0};
  char chunk[4096];
  size_t n;

  *text = NULL;
  do {
    n = fread(chunk, 1, sizeof chunk, file);
    buf_append(&buf, chunk, n);
    if (buf.failed) {
      buf_free(&buf);
      query_error("%s: query text is too large", label);
      return PACT_ERR_INPUT;
    }
    if (buf.len > QUERY_TEXT_MAX) {
      buf_free(&buf);
      query_error("%s: query text is larger than %zu bytes", label,
                  QUERY_TEXT_MAX);
      return PACT_ERR_INPUT;
    }
  } while (n == sizeof chunk);

  if (ferror(file)) {
    buf_free(&buf);
    query_error("%s: read error", label);
    return PACT_ERR_INPUT;
  }
  if (buf.data && memchr(buf.data, '\0', buf.len)) {
    buf_free(&buf);
    query_error("%s: query text contains a NUL byte", label);
    return PACT_ERR_INPUT;
  }
  *text = buf_take(&buf);
  if (!*text) {
    query_error("%s", pact_strerror(PACT_ERR_NOMEM));
    return PACT_ERR_NOMEM;
  }
  return PACT_OK;
}

/* The query text from -q FILE, @FILE or the operand itself, as a new
 * string the caller frees; *label names it in later messages. */
static PactStatus
load_query_text(const QueryOptions *opts, char **text, const char **label)
{
  const char *path = opts->query_file;

  if (!path && opts->query_arg[0] == '@') {
    path = opts->query_arg + 1;
  }
  if (!path) {
    *label = "<query>";
    *text = malloc(strlen(opts->query_arg) + 1);
    if (!*text) {
      query_error("%s", pact_strerror(PACT_ERR_NOMEM));
      return PACT_ERR_NOMEM;
    }
    strcpy(*text, opts->query_arg);
    return PACT_OK;
  }

  if (strcmp(path, "-") == 0) {
    *label = "<stdin>";
    return read_all(stdin, *label, text);
  }

  *label = path;
  FILE *file = open_input(path);
  if (!file) {
    return PACT_ERR_INPUT;
  }
  PactStatus st = read_all(file, path, text);
  fclose(file); /* read-only: nothing to lose if this fails */
  return st;
}

/* ---- prefixes ---------------------------------------------------------- */

/* Prefixes declared in the GRAPH files, first declaration of a prefix
 * wins. Used to abbreviate IRIs in the table and in Turtle output. */
typedef struct {
  char *prefix;   /* owned; "" for the empty prefix */
  librdf_uri *uri; /* owned */
} Prefix;

typedef struct {
  Prefix *items;
  size_t count;
  size_t cap;
} PrefixList;

static void
prefixes_free(PrefixList *list)
{
  for (size_t i = 0; i < list->count; i++) {
    free(list->items[i].prefix);
    librdf_free_uri(list->items[i].uri);
  }
  free(list->items);
  list->items = NULL;
  list->count = 0;
  list->cap = 0;
}

/* Add `prefix` -> `uri` unless the prefix or the IRI is already known.
 * Copies both; on failure the list is unchanged. */
static PactStatus
prefixes_add(PrefixList *list, const char *prefix, librdf_uri *uri)
{
  for (size_t i = 0; i < list->count; i++) {
    if (strcmp(list->items[i].prefix, prefix) == 0 ||
        librdf_uri_equals(list->items[i].uri, uri)) {
      return PACT_OK;
    }
  }
  if (list->count == list->cap) {
    size_t cap = list->cap ? list->cap * 2 : 8;
    Prefix *items = realloc(list->items, cap * sizeof *items);
    if (!items) {
      return PACT_ERR_NOMEM;
    }
    list->items = items;
    list->cap = cap;
  }

  char *copy = malloc(strlen(prefix) + 1);
  librdf_uri *uri_copy = librdf_new_uri_from_uri(uri);
  if (!copy || !uri_copy) {
    free(copy);
    if (uri_copy) {
      librdf_free_uri(uri_copy);
    }
    return PACT_ERR_NOMEM;
  }
  strcpy(copy, prefix);
  list->items[list->count].prefix = copy;
  list->items[list->count].uri = uri_copy;
  list->count++;
  return PACT_OK;
}

/* ---- session ----------------------------------------------------------- */

/* Where librdf's log messages go. The handler prints each one against
 * `source` (the user's name for what is being read, not the file: IRI
 * raptor knows) and counts errors, because several librdf calls report
 * success after logging a parse error. */
typedef struct {
  const char *source; /* borrowed; NULL between steps */
  unsigned long errors;
  int quiet;          /* drop every message, count nothing */
} QueryDiag;

typedef struct {
  librdf_world *world;
  librdf_storage *storage;
  librdf_model *model;
  librdf_uri *base;         /* --base, or NULL */
  char *query_text;         /* owned */
  const char *query_label;  /* borrowed */
  unsigned long blank_ids;  /* labels made up for anonymous blank nodes */
  PrefixList prefixes;
  QueryDiag diag;
} QuerySession;

static int
on_log(void *user_data, librdf_log_message *message)
{
  QueryDiag *diag = user_data;
  librdf_log_level level = librdf_log_message_level(message);
  const char *text = librdf_log_message_message(message);
  raptor_locator *locator = librdf_log_message_locator(message);
  const char *kind = "";

  if (diag->quiet || level < LIBRDF_LOG_WARN) {
    return 1; /* debug and info chatter: swallowed */
  }
  /* rasqal rewrites aggregates into internal variables ($$agg$$0) and then
   * warns that they are "used but not bound": nothing the user wrote. */
  if (level == LIBRDF_LOG_WARN && text && strstr(text, "$$")) {
    return 1;
  }
  if (level == LIBRDF_LOG_WARN) {
    kind = "warning: ";
  } else {
    diag->errors++;
  }
  if (!text) {
    text = "unknown error";
  }

  /* rasqal ends some messages with a newline; we add our own. */
  size_t len = strlen(text);
  while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == '\r')) {
    len--;
  }
  int shown = len > INT_MAX ? INT_MAX : (int)len;

  fputs(QUERY_PROG ": ", stderr);
  if (diag->source && locator && locator->line > 0) {
    fprintf(stderr, "%s:%d: ", diag->source, locator->line);
  } else if (diag->source) {
    fprintf(stderr, "%s: ", diag->source);
  }
  fprintf(stderr, "%s%.*s\n", kind, shown, text);
  return 1;
}

/* NULL-safe; frees everything the session owns. */
static void
session_free(QuerySession *s)
{
  if (s->model) {
    librdf_free_model(s->model);
  }
  if (s->storage) {
    librdf_free_storage(s->storage);
  }
  if (s->base) {
    librdf_free_uri(s->base);
  }
  prefixes_free(&s->prefixes);
  if (s->world) {
    librdf_free_world(s->world);
  }
  free(s->query_text);
  memset(s, 0, sizeof *s);
}

/* raptor's blank node label maker. librdf installs one that invents
 * labels from the clock and the process id, so output would differ from
 * run to run; ours keeps the label written in the file (load_graph()
 * prefixes it with the file's number) and numbers anonymous nodes.
 * Takes ownership of `user_label`; returns a malloc'd label, NULL when out
 * of memory. */
static unsigned char *
on_generate_blank_id(void *user_data, unsigned char *user_label)
{
  QuerySession *s = user_data;
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

/* Quiet rasqal's style warnings: at its default level it tells the user
 * that ?s ?p ?o are "bound but unused" in every ASK { ?s ?p ?o } and
 * COUNT(*) query. Level 10 keeps the "may be an error" class. */
#define QUERY_WARNING_LEVEL 10

static PactStatus
session_open(QuerySession *s, const QueryOptions *opts)
{
  s->world = librdf_new_world();
  if (!s->world) {
    query_error("cannot create the librdf world");
    return PACT_ERR_INTERNAL;
  }
  /* Before librdf_world_open(), so that start-up messages come to us. */
  librdf_world_set_logger(s->world, &s->diag, on_log);
  librdf_world_open(s->world);

  raptor_world_set_generate_bnodeid_handler(librdf_world_get_raptor(s->world),
                                            s, on_generate_blank_id);

  rasqal_world *rasqal = librdf_world_get_rasqal(s->world);
  if (rasqal) {
    rasqal_world_set_warning_level(rasqal, QUERY_WARNING_LEVEL);
  }

  /* contexts='yes' keeps the graph name of each statement. */
  s->storage = librdf_new_storage(s->world, "hashes", "pactum-query",
                                  "hash-type='memory',contexts='yes'");
  if (!s->storage) {
    query_error("cannot create the in-memory store");
    return PACT_ERR_INTERNAL;
  }
  s->model = librdf_new_model(s->world, s->storage, NULL);
  if (!s->model) {
    query_error("cannot create the in-memory model");
    return PACT_ERR_INTERNAL;
  }

  if (opts->base) {
    s->base = librdf_new_uri(s->world, (const unsigned char *)opts->base);
    if (!s->base) {
      query_error("--base '%s' is not a usable IRI", opts->base);
      return PACT_ERR_USAGE;
    }
  }
  return PACT_OK;
}

/* ---- loading graphs ---------------------------------------------------- */

/* One file being parsed. */
typedef struct {
  QuerySession *session;
  raptor_parser *parser;
  unsigned long tag; /* the file's number, prefixed to its blank labels */
  PactStatus status; /* first failure inside a callback */
} GraphLoad;

/* A new node equal to `term`, except that a blank node label L becomes
 * "f<tag>xL" so that labels of different files cannot meet: the digits
 * of the tag end at the 'x', so no two (tag, L) give one label. Only
 * letters and digits, because raptor's Turtle and N-Triples writers turn
 * any other byte of a label into 'z'. The caller owns the result; NULL
 * when out of memory. */
static librdf_node *
local_node(GraphLoad *load, raptor_term *term)
{
  if (term->type != RAPTOR_TERM_TYPE_BLANK) {
    return librdf_new_node_from_node(term);
  }

  char tag[32];
  int n = snprintf(tag, sizeof tag, "f%lux", load->tag);
  if (n < 0 || (size_t)n >= sizeof tag) {
    return NULL;
  }
  Buf label = {0};
  buf_append(&label, tag, (size_t)n);
  buf_append(&label, (const char *)term->value.blank.string,
             term->value.blank.string_len);
  char *id = buf_take(&label);
  if (!id) {
    return NULL;
  }
  librdf_node *node = librdf_new_node_from_blank_identifier(
    load->session->world, (const unsigned char *)id);
  free(id);
  return node;
}

static PactStatus
add_statement(GraphLoad *load, raptor_statement *triple)
{
  librdf_world *world = load->session->world;
  librdf_model *model = load->session->model;
  librdf_node *subject = local_node(load, triple->subject);
  librdf_node *predicate = local_node(load, triple->predicate);
  librdf_node *object = local_node(load, triple->object);

  if (!subject || !predicate || !object) {
    if (subject) {
      librdf_free_node(subject);
    }
    if (predicate) {
      librdf_free_node(predicate);
    }
    if (object) {
      librdf_free_node(object);
    }
    return PACT_ERR_NOMEM;
  }

  /* Takes the three nodes, and frees them if it fails. */
  librdf_statement *copy =
    librdf_new_statement_from_nodes(world, subject, predicate, object);
  if (!copy) {
    return PACT_ERR_NOMEM;
  }

  int rc;
  if (triple->graph) {
    librdf_node *graph = local_node(load, triple->graph);
    if (!graph) {
      librdf_free_statement(copy);
      return PACT_ERR_NOMEM;
    }
    rc = librdf_model_context_add_statement(model, graph, copy); /* copies */
    librdf_free_node(graph);
  } else {
    rc = librdf_model_add_statement(model, copy); /* copies */
  }
  librdf_free_statement(copy);
  return rc == 0 ? PACT_OK : PACT_ERR_INTERNAL;
}

static void
on_statement(void *user_data, raptor_statement *triple)
{
  GraphLoad *load = user_data;

  if (load->status != PACT_OK) {
    return;
  }
  load->status = add_statement(load, triple);
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
  load->status = prefixes_add(&load->session->prefixes,
                              prefix ? (const char *)prefix : "", uri);
  if (load->status != PACT_OK) {
    raptor_parser_parse_abort(load->parser);
  }
}

/* Parse `path` (file number `tag`) with raptor parser `syntax` into the
 * session's model. Parse errors are printed by on_log(). */
static PactStatus
load_graph(QuerySession *s, const char *path, const char *syntax,
           unsigned long tag)
{
  FILE *file = open_input(path);
  if (!file) {
    return PACT_ERR_INPUT;
  }

  PactStatus st = PACT_OK;
  librdf_uri *file_uri = NULL;
  GraphLoad load = {s, NULL, tag, PACT_OK};

  load.parser = raptor_new_parser(librdf_world_get_raptor(s->world), syntax);
  if (!load.parser) {
    query_error("%s: no %s parser in this raptor", path, syntax);
    st = PACT_ERR_INTERNAL;
    goto done;
  }
  raptor_parser_set_statement_handler(load.parser, &load, on_statement);
  raptor_parser_set_namespace_handler(load.parser, &load, on_namespace);

  /* Turtle and RDF/XML need a base IRI; the file's own is the natural
   * one for relative IRIs in it. */
  librdf_uri *base = s->base;
  if (!base) {
    file_uri = librdf_new_uri_from_filename(s->world, path);
    if (!file_uri) {
      query_error("%s: cannot make a file: IRI for this path", path);
      st = PACT_ERR_INTERNAL;
      goto done;
    }
    base = file_uri;
  }

  unsigned long errors_before = s->diag.errors;
  s->diag.source = path;
  int rc = raptor_parser_parse_file_stream(load.parser, file, path, base);
  s->diag.source = NULL;

  if (load.status != PACT_OK) {
    query_error("%s: %s", path, pact_strerror(load.status));
    st = load.status;
  } else if (ferror(file)) {
    query_error("%s: read error", path);
    st = PACT_ERR_INPUT;
  } else if (s->diag.errors > errors_before) {
    st = PACT_ERR_INPUT; /* already reported by on_log() */
  } else if (rc != 0) {
    query_error("%s: could not parse as %s", path, syntax);
    st = PACT_ERR_INPUT;
  }

done:
  if (file_uri) {
    librdf_free_uri(file_uri);
  }
  if (load.parser) {
    raptor_free_parser(load.parser);
  }
  fclose(file); /* read-only: nothing to lose if this fails */
  return st;
}

/* ---- rendering terms --------------------------------------------------- */

/* Append `bytes` as the inside of an N-Triples/Turtle string literal. */
static void
append_escaped(Buf *out, const unsigned char *bytes, size_t len)
{
  for (size_t i = 0; i < len; i++) {
    unsigned char c = bytes[i];
    char esc[8];

    switch (c) {
    case '\\': buf_puts(out, "\\\\"); break;
    case '"': buf_puts(out, "\\\""); break;
    case '\n': buf_puts(out, "\\n"); break;
    case '\r': buf_puts(out, "\\r"); break;
    case '\t': buf_puts(out, "\\t"); break;
    default:
      if (c < 0x20 || c == 0x7f) {
        snprintf(esc, sizeof esc, "\\u%04X", (unsigned)c);
        buf_puts(out, esc);
      } else {
        buf_append(out, (const char *)&c, 1);
      }
    }
  }
}

/* Whether `local` can follow "prefix:" in Turtle without escapes. A
 * conservative subset of PN_LOCAL: ASCII letters, digits, '_', '-' and
 * inner '.'. */
static int
is_simple_local(const char *local)
{
  size_t len = strlen(local);

  if (len == 0) {
    return 0;
  }
  if (local[0] == '-' || local[0] == '.' || local[len - 1] == '.') {
    return 0;
  }
  for (size_t i = 0; i < len; i++) {
    char c = local[i];
    int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
             (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    if (!ok) {
      return 0;
    }
  }
  return 1;
}

/* Append `uri` as prefix:local when a declared prefix gives a simple local
 * name (the longest namespace wins), else as <iri>. */
static void
append_iri(Buf *out, const PrefixList *prefixes, librdf_uri *uri)
{
  const char *iri = (const char *)librdf_uri_as_string(uri);
  const Prefix *best = NULL;
  size_t best_len = 0;

  for (size_t i = 0; i < prefixes->count; i++) {
    const char *ns = (const char *)librdf_uri_as_string(prefixes->items[i].uri);
    size_t ns_len = strlen(ns);
    if (ns_len > best_len && strncmp(iri, ns, ns_len) == 0 &&
        is_simple_local(iri + ns_len)) {
      best = &prefixes->items[i];
      best_len = ns_len;
    }
  }
  if (best) {
    buf_puts(out, best->prefix);
    buf_puts(out, ":");
    buf_puts(out, iri + best_len);
    return;
  }
  buf_puts(out, "<");
  buf_puts(out, iri);
  buf_puts(out, ">");
}

/* Whether `lexical` matches `pattern`'s simple shape, so that Turtle can
 * show the literal bare: 'i' integer, 'd' decimal, 'b' boolean. */
static int
is_bare_lexical(const char *lexical, char pattern)
{
  const char *p = lexical;
  int digits = 0;

  if (pattern == 'b') {
    return strcmp(lexical, "true") == 0 || strcmp(lexical, "false") == 0;
  }
  if (*p == '+' || *p == '-') {
    p++;
  }
  while (*p >= '0' && *p <= '9') {
    p++;
    digits++;
  }
  if (pattern == 'i') {
    return digits > 0 && *p == '\0';
  }
  if (*p != '.') {
    return 0;
  }
  p++;
  int fraction = 0;
  while (*p >= '0' && *p <= '9') {
    p++;
    fraction++;
  }
  return fraction > 0 && *p == '\0';
}

#define XSD_NS "http://www.w3.org/2001/XMLSchema#"

static void
append_literal(Buf *out, const PrefixList *prefixes, librdf_node *node)
{
  size_t len = 0;
  const unsigned char *value =
    librdf_node_get_literal_value_as_counted_string(node, &len);
  const char *lang = librdf_node_get_literal_value_language(node);
  librdf_uri *datatype = librdf_node_get_literal_value_datatype_uri(node);

  if (!value) {
    value = (const unsigned char *)"";
    len = 0;
  }
  if (datatype && strlen((const char *)value) == len) {
    const char *dt = (const char *)librdf_uri_as_string(datatype);
    char shape = 0;
    if (strcmp(dt, XSD_NS "integer") == 0) {
      shape = 'i';
    } else if (strcmp(dt, XSD_NS "decimal") == 0) {
      shape = 'd';
    } else if (strcmp(dt, XSD_NS "boolean") == 0) {
      shape = 'b';
    }
    if (shape && is_bare_lexical((const char *)value, shape)) {
      buf_puts(out, (const char *)value);
      return;
    }
  }

  buf_puts(out, "\"");
  append_escaped(out, value, len);
  buf_puts(out, "\"");
  if (lang && lang[0]) {
    buf_puts(out, "@");
    buf_puts(out, lang);
  } else if (datatype) {
    buf_puts(out, "^^");
    append_iri(out, prefixes, datatype);
  }
}

/* `node` in Turtle syntax on one line, as a new string the caller frees;
 * "" for NULL (an unbound variable). NULL when out of memory. */
static char *
render_term(const PrefixList *prefixes, librdf_node *node)
{
  Buf out = {0};

  if (!node) {
    /* unbound: the empty string */
  } else if (librdf_node_is_resource(node)) {
    append_iri(&out, prefixes, librdf_node_get_uri(node));
  } else if (librdf_node_is_literal(node)) {
    append_literal(&out, prefixes, node);
  } else if (librdf_node_is_blank(node)) {
    buf_puts(&out, "_:");
    buf_puts(&out, (const char *)librdf_node_get_blank_identifier(node));
  }
  return buf_take(&out);
}

/* Columns a UTF-8 string takes, counting one per code point (no attempt
 * at East Asian wide characters). */
static size_t
display_width(const char *s)
{
  size_t width = 0;

  for (; *s; s++) {
    if (((unsigned char)*s & 0xC0) != 0x80) {
      width++;
    }
  }
  return width;
}

/* ---- result columns ---------------------------------------------------- */

/* The writers print with stdio and do not check each call: stdout's error
 * flag is sticky and finish_stdout() checks it once at the end. */

/* The names of a SELECT result's columns. */
typedef struct {
  const char **names;     /* owned array of borrowed strings */
  int count;
  rasqal_query *prepared; /* owned, or NULL; see prepared_columns() */
} Columns;

static void
columns_free(Columns *cols)
{
  free(cols->names);
  if (cols->prepared) {
    rasqal_free_query(cols->prepared);
  }
  memset(cols, 0, sizeof *cols);
}

static PactStatus
columns_alloc(Columns *cols, int count)
{
  cols->names = calloc((size_t)count + 1, sizeof *cols->names);
  if (!cols->names) {
    return PACT_ERR_NOMEM;
  }
  cols->count = count;
  return PACT_OK;
}

/* librdf reports no columns at all for a result without rows: rasqal
 * counts the columns of the first row. Prepare the query once more with
 * rasqal alone, its messages silenced (they were printed the first time),
 * and take the names from its projection. */
static PactStatus
prepared_columns(QuerySession *s, Columns *cols)
{
  rasqal_world *rasqal = librdf_world_get_rasqal(s->world);

  cols->prepared = rasqal ? rasqal_new_query(rasqal, "sparql", NULL) : NULL;
  if (!cols->prepared) {
    return PACT_ERR_INTERNAL;
  }
  s->diag.quiet = 1;
  int rc = rasqal_query_prepare(cols->prepared,
                                (const unsigned char *)s->query_text,
                                s->base);
  s->diag.quiet = 0;
  if (rc != 0) {
    return PACT_ERR_INTERNAL;
  }

  raptor_sequence *vars =
    rasqal_query_get_bound_variable_sequence(cols->prepared);
  int count = vars ? raptor_sequence_size(vars) : 0;
  PACT_TRY(columns_alloc(cols, count > 0 ? count : 0));
  for (int i = 0; i < count; i++) {
    rasqal_variable *var = raptor_sequence_get_at(vars, i);
    cols->names[i] = var && var->name ? (const char *)var->name : "";
  }
  return PACT_OK;
}

/* The columns of `results`, read before the first row is consumed because
 * rasqal stops naming them once the last row has gone. */
static PactStatus
result_columns(QuerySession *s, librdf_query_results *results, Columns *cols)
{
  memset(cols, 0, sizeof *cols);

  int count = librdf_query_results_get_bindings_count(results);
  if (count <= 0) {
    return prepared_columns(s, cols);
  }
  PACT_TRY(columns_alloc(cols, count));
  for (int i = 0; i < count; i++) {
    const char *name = librdf_query_results_get_binding_name(results, i);
    cols->names[i] = name ? name : "";
  }
  return PACT_OK;
}

/* ---- table ------------------------------------------------------------- */

/* Rows of a SELECT result as rendered cells, held until the column widths
 * are known. */
typedef struct {
  size_t columns;
  char **cells; /* columns * rows strings, owned */
  size_t rows;
  size_t cap;   /* rows allocated */
} Table;

static void
table_free(Table *table)
{
  for (size_t i = 0; i < table->rows * table->columns; i++) {
    free(table->cells[i]);
  }
  free(table->cells);
  table->cells = NULL;
  table->rows = 0;
  table->cap = 0;
}

/* Render the current row of `results` as a new row of `table`. On failure
 * the table is unchanged. */
static PactStatus
table_add_row(Table *table, const PrefixList *prefixes,
              librdf_query_results *results)
{
  size_t columns = table->columns;

  if (table->rows == table->cap) {
    size_t cap = table->cap ? table->cap * 2 : 16;
    if (cap > SIZE_MAX / sizeof(char *) / (columns + 1)) {
      return PACT_ERR_NOMEM;
    }
    char **cells = realloc(table->cells, cap * (columns + 1) * sizeof *cells);
    if (!cells) {
      return PACT_ERR_NOMEM;
    }
    table->cells = cells;
    table->cap = cap;
  }

  char **row = table->cells + table->rows * columns;
  for (size_t i = 0; i < columns; i++) {
    librdf_node *value =
      librdf_query_results_get_binding_value(results, (int)i);
    row[i] = render_term(prefixes, value);
    if (value) {
      librdf_free_node(value);
    }
    if (!row[i]) {
      for (size_t j = 0; j < i; j++) {
        free(row[j]);
      }
      return PACT_ERR_NOMEM;
    }
  }
  table->rows++;
  return PACT_OK;
}

static void
print_rule(const size_t *widths, size_t columns)
{
  putchar('+');
  for (size_t i = 0; i < columns; i++) {
    for (size_t j = 0; j < widths[i] + 2; j++) {
      putchar('-');
    }
    putchar('+');
  }
  putchar('\n');
}

static void
print_cells(const char *const *cells, const size_t *widths, size_t columns)
{
  putchar('|');
  for (size_t i = 0; i < columns; i++) {
    printf(" %s", cells[i]);
    for (size_t pad = display_width(cells[i]); pad < widths[i] + 1; pad++) {
      putchar(' ');
    }
    putchar('|');
  }
  putchar('\n');
}

static void
print_table(const Columns *cols, const Table *table, size_t *widths)
{
  size_t columns = table->columns;

  for (size_t i = 0; i < columns; i++) {
    widths[i] = display_width(cols->names[i]);
    for (size_t r = 0; r < table->rows; r++) {
      size_t w = display_width(table->cells[r * columns + i]);
      if (w > widths[i]) {
        widths[i] = w;
      }
    }
  }
  print_rule(widths, columns);
  print_cells(cols->names, widths, columns);
  print_rule(widths, columns);
  for (size_t r = 0; r < table->rows; r++) {
    print_cells((const char *const *)table->cells + r * columns, widths,
                columns);
  }
  if (table->rows > 0) {
    print_rule(widths, columns);
  }
}

/* +-------+-------------+
 * | s     | name        |
 * +-------+-------------+
 * | ex:fr | "France"@fr |
 * +-------+-------------+   Terms in Turtle, unbound cells empty. */
static PactStatus
write_table(QuerySession *s, librdf_query_results *results,
            const Columns *cols)
{
  Table table = {(size_t)cols->count, NULL, 0, 0};
  PactStatus st = PACT_OK;

  while (!librdf_query_results_finished(results)) {
    st = table_add_row(&table, &s->prefixes, results);
    if (st != PACT_OK) {
      break;
    }
    librdf_query_results_next(results);
  }

  size_t *widths = NULL;
  if (st == PACT_OK) {
    widths = calloc(table.columns + 1, sizeof *widths);
    if (!widths) {
      st = PACT_ERR_NOMEM;
    }
  }
  if (st == PACT_OK) {
    print_table(cols, &table, widths);
  }
  free(widths);
  table_free(&table);
  return st;
}

/* ---- csv and tsv ------------------------------------------------------- */

/* One CSV field, quoted when it holds a comma, quote or line break. */
static void
print_csv_field(const char *s, size_t len)
{
  int quote = 0;

  for (size_t i = 0; i < len; i++) {
    if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n') {
      quote = 1;
      break;
    }
  }
  if (!quote) {
    fwrite(s, 1, len, stdout);
    return;
  }
  putchar('"');
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '"') {
      putchar('"');
    }
    putchar(s[i]);
  }
  putchar('"');
}

/* SPARQL 1.1 CSV: IRIs and literals bare (type and language are lost),
 * blank nodes as _:label, unbound as an empty field. */
static void
print_csv_term(librdf_node *node)
{
  if (!node) {
    return;
  }
  if (librdf_node_is_resource(node)) {
    const char *iri =
      (const char *)librdf_uri_as_string(librdf_node_get_uri(node));
    print_csv_field(iri, strlen(iri));
  } else if (librdf_node_is_blank(node)) {
    /* Blank node labels never hold a comma, quote or line break. */
    printf("_:%s", (const char *)librdf_node_get_blank_identifier(node));
  } else {
    size_t len = 0;
    const unsigned char *value =
      librdf_node_get_literal_value_as_counted_string(node, &len);
    print_csv_field(value ? (const char *)value : "", value ? len : 0);
  }
}

/* SPARQL 1.1 CSV (CRLF line ends) or TSV (terms in Turtle syntax with
 * full IRIs, LF line ends). */
static PactStatus
write_sv(librdf_query_results *results, const Columns *cols, int csv)
{
  const PrefixList no_prefixes = {NULL, 0, 0};
  const char *eol = csv ? "\r\n" : "\n";

  for (int i = 0; i < cols->count; i++) {
    fputs(i == 0 ? "" : (csv ? "," : "\t"), stdout);
    if (csv) {
      print_csv_field(cols->names[i], strlen(cols->names[i]));
    } else {
      printf("?%s", cols->names[i]);
    }
  }
  fputs(eol, stdout);

  while (!librdf_query_results_finished(results)) {
    for (int i = 0; i < cols->count; i++) {
      librdf_node *value = librdf_query_results_get_binding_value(results, i);
      fputs(i == 0 ? "" : (csv ? "," : "\t"), stdout);
      if (csv) {
        print_csv_term(value);
      } else {
        char *cell = render_term(&no_prefixes, value);
        if (!cell) {
          if (value) {
            librdf_free_node(value);
          }
          return PACT_ERR_NOMEM;
        }
        fputs(cell, stdout);
        free(cell);
      }
      if (value) {
        librdf_free_node(value);
      }
    }
    fputs(eol, stdout);
    librdf_query_results_next(results);
  }
  return PACT_OK;
}

/* ---- json -------------------------------------------------------------- */

/* Print `s` as a JSON string. */
static void
print_json_string(const unsigned char *s, size_t len)
{
  putchar('"');
  for (size_t i = 0; i < len; i++) {
    unsigned char c = s[i];
    switch (c) {
    case '"': fputs("\\\"", stdout); break;
    case '\\': fputs("\\\\", stdout); break;
    case '\n': fputs("\\n", stdout); break;
    case '\r': fputs("\\r", stdout); break;
    case '\t': fputs("\\t", stdout); break;
    default:
      if (c < 0x20) {
        printf("\\u%04x", (unsigned)c);
      } else {
        putchar(c);
      }
    }
  }
  putchar('"');
}

static void
print_json_cstring(const char *s)
{
  print_json_string((const unsigned char *)s, strlen(s));
}

/* One RDF term as a SPARQL 1.1 JSON results object. */
static void
print_json_term(librdf_node *node)
{
  if (librdf_node_is_resource(node)) {
    fputs("{\"type\": \"uri\", \"value\": ", stdout);
    print_json_cstring(
      (const char *)librdf_uri_as_string(librdf_node_get_uri(node)));
  } else if (librdf_node_is_blank(node)) {
    fputs("{\"type\": \"bnode\", \"value\": ", stdout);
    print_json_cstring((const char *)librdf_node_get_blank_identifier(node));
  } else {
    size_t len = 0;
    const unsigned char *value =
      librdf_node_get_literal_value_as_counted_string(node, &len);
    const char *lang = librdf_node_get_literal_value_language(node);
    librdf_uri *datatype = librdf_node_get_literal_value_datatype_uri(node);

    fputs("{\"type\": \"literal\", \"value\": ", stdout);
    print_json_string(value ? value : (const unsigned char *)"",
                      value ? len : 0);
    if (lang && lang[0]) {
      fputs(", \"xml:lang\": ", stdout);
      print_json_cstring(lang);
    } else if (datatype) {
      fputs(", \"datatype\": ", stdout);
      print_json_cstring((const char *)librdf_uri_as_string(datatype));
    }
  }
  putchar('}');
}

/* SPARQL 1.1 Query Results JSON: one solution per line, unbound
 * variables left out. */
static void
write_json(librdf_query_results *results, const Columns *cols)
{
  fputs("{\n  \"head\": {\"vars\": [", stdout);
  for (int i = 0; i < cols->count; i++) {
    fputs(i ? ", " : "", stdout);
    print_json_cstring(cols->names[i]);
  }
  fputs("]},\n  \"results\": {\"bindings\": [", stdout);

  int first_row = 1;
  while (!librdf_query_results_finished(results)) {
    fputs(first_row ? "\n    {" : ",\n    {", stdout);
    first_row = 0;
    int first_cell = 1;
    for (int i = 0; i < cols->count; i++) {
      librdf_node *value = librdf_query_results_get_binding_value(results, i);
      if (!value) {
        continue;
      }
      fputs(first_cell ? "" : ", ", stdout);
      first_cell = 0;
      print_json_cstring(cols->names[i]);
      fputs(": ", stdout);
      print_json_term(value);
      librdf_free_node(value);
    }
    putchar('}');
    librdf_query_results_next(results);
  }
  fputs(first_row ? "]}\n}\n" : "\n  ]}\n}\n", stdout);
}

/* ---- xml --------------------------------------------------------------- */

/* Print `s` as XML character data; `quote` also escapes '"' for use in an
 * attribute. XML 1.0 cannot carry most control characters at all, so
 * they become U+FFFD; CR is escaped to survive end-of-line handling. */
static void
print_xml_text(const char *s, int quote)
{
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    switch (c) {
    case '&': fputs("&amp;", stdout); break;
    case '<': fputs("&lt;", stdout); break;
    case '>': fputs("&gt;", stdout); break;
    case '\r': fputs("&#13;", stdout); break;
    case '"':
      fputs(quote ? "&quot;" : "\"", stdout);
      break;
    default:
      if (c < 0x20 && c != '\n' && c != '\t') {
        fputs("\xEF\xBF\xBD", stdout);
      } else {
        putchar(c);
      }
    }
  }
}

static void
print_xml_term(librdf_node *node)
{
  if (librdf_node_is_resource(node)) {
    fputs("<uri>", stdout);
    print_xml_text(
      (const char *)librdf_uri_as_string(librdf_node_get_uri(node)), 0);
    fputs("</uri>", stdout);
  } else if (librdf_node_is_blank(node)) {
    fputs("<bnode>", stdout);
    print_xml_text((const char *)librdf_node_get_blank_identifier(node), 0);
    fputs("</bnode>", stdout);
  } else {
    const char *value = (const char *)librdf_node_get_literal_value(node);
    const char *lang = librdf_node_get_literal_value_language(node);
    librdf_uri *datatype = librdf_node_get_literal_value_datatype_uri(node);

    fputs("<literal", stdout);
    if (lang && lang[0]) {
      fputs(" xml:lang=\"", stdout);
      print_xml_text(lang, 1);
      putchar('"');
    } else if (datatype) {
      fputs(" datatype=\"", stdout);
      print_xml_text((const char *)librdf_uri_as_string(datatype), 1);
      putchar('"');
    }
    putchar('>');
    print_xml_text(value ? value : "", 0);
    fputs("</literal>", stdout);
  }
}

static const char *const xml_prologue =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n";

/* SPARQL Query Results XML Format, unbound variables left out. */
static void
write_xml(librdf_query_results *results, const Columns *cols)
{
  fputs(xml_prologue, stdout);
  fputs("  <head>\n", stdout);
  for (int i = 0; i < cols->count; i++) {
    fputs("    <variable name=\"", stdout);
    print_xml_text(cols->names[i], 1);
    fputs("\"/>\n", stdout);
  }
  fputs("  </head>\n  <results>\n", stdout);
  while (!librdf_query_results_finished(results)) {
    fputs("    <result>\n", stdout);
    for (int i = 0; i < cols->count; i++) {
      librdf_node *value = librdf_query_results_get_binding_value(results, i);
      if (!value) {
        continue;
      }
      fputs("      <binding name=\"", stdout);
      print_xml_text(cols->names[i], 1);
      fputs("\">", stdout);
      print_xml_term(value);
      fputs("</binding>\n", stdout);
      librdf_free_node(value);
    }
    fputs("    </result>\n", stdout);
    librdf_query_results_next(results);
  }
  fputs("  </results>\n</sparql>\n", stdout);
}

/* ---- dispatch ---------------------------------------------------------- */

/* An ASK result. CSV and TSV have no boolean form; like Jena, write a
 * one-column table with the variable _askResult. */
static PactStatus
write_boolean(librdf_query_results *results, ResultsFormat format)
{
  int value = librdf_query_results_get_boolean(results);
  if (value < 0) {
    query_error("cannot read the ASK result");
    return PACT_ERR_INTERNAL;
  }
  const char *word = value ? "true" : "false";

  switch (format) {
  case RESULTS_CSV:
    printf("_askResult\r\n%s\r\n", word);
    break;
  case RESULTS_TSV:
    printf("?_askResult\n%s\n", word);
    break;
  case RESULTS_JSON:
    printf("{\n  \"head\": {},\n  \"boolean\": %s\n}\n", word);
    break;
  case RESULTS_XML:
    printf("%s  <head/>\n  <boolean>%s</boolean>\n</sparql>\n", xml_prologue,
           word);
    break;
  default:
    puts(word);
    break;
  }
  return PACT_OK;
}

static PactStatus
write_bindings(QuerySession *s, librdf_query_results *results,
               ResultsFormat format)
{
  if (format == RESULTS_TURTLE || format == RESULTS_NTRIPLES) {
    query_error("--results %s prints graphs; a SELECT or ASK query prints "
                "table, csv, tsv, json or xml",
                format == RESULTS_TURTLE ? "turtle" : "ntriples");
    return PACT_ERR_USAGE;
  }
  if (librdf_query_results_is_boolean(results)) {
    return write_boolean(results, format);
  }

  Columns cols;
  PactStatus st = result_columns(s, results, &cols);
  if (st == PACT_OK) {
    switch (format) {
    case RESULTS_CSV:
    case RESULTS_TSV:
      st = write_sv(results, &cols, format == RESULTS_CSV);
      break;
    case RESULTS_JSON:
      write_json(results, &cols);
      break;
    case RESULTS_XML:
      write_xml(results, &cols);
      break;
    default:
      st = write_table(s, results, &cols);
      break;
    }
  }
  if (st != PACT_OK) {
    query_error("cannot write the results: %s", pact_strerror(st));
  }
  columns_free(&cols);
  return st;
}

static PactStatus
write_graph(QuerySession *s, librdf_query_results *results,
            ResultsFormat format, const char *results_name)
{
  if (format != RESULTS_DEFAULT && format != RESULTS_TURTLE &&
      format != RESULTS_NTRIPLES) {
    query_error("--results %s is for SELECT and ASK; a CONSTRUCT or "
                "DESCRIBE query prints turtle or ntriples",
                results_name);
    return PACT_ERR_USAGE;
  }

  const char *name = format == RESULTS_NTRIPLES ? "ntriples" : "turtle";
  librdf_serializer *serializer =
    librdf_new_serializer(s->world, name, NULL, NULL);
  if (!serializer) {
    query_error("cannot create the %s writer", name);
    return PACT_ERR_INTERNAL;
  }

  PactStatus st = PACT_OK;
  for (size_t i = 0; format != RESULTS_NTRIPLES && i < s->prefixes.count;
       i++) {
    const Prefix *p = &s->prefixes.items[i];
    if (librdf_serializer_set_namespace(serializer, p->uri, p->prefix) != 0) {
      query_error("cannot declare the prefix '%s:'", p->prefix);
      st = PACT_ERR_INTERNAL;
      break;
    }
  }

  librdf_stream *stream = NULL;
  if (st == PACT_OK) {
    stream = librdf_query_results_as_stream(results);
    if (!stream) {
      query_error("cannot read the resulting graph");
      st = PACT_ERR_INTERNAL;
    }
  }
  if (st == PACT_OK &&
      librdf_serializer_serialize_stream_to_file_handle(serializer, stdout,
                                                        NULL, stream) != 0) {
    query_error("cannot write the resulting graph");
    st = PACT_ERR_INTERNAL;
  }

  if (stream) {
    librdf_free_stream(stream);
  }
  librdf_free_serializer(serializer);
  return st;
}

/* ---- running ----------------------------------------------------------- */

static PactStatus
run_query(QuerySession *s, const QueryOptions *opts)
{
  librdf_query *query = librdf_new_query(
    s->world, "sparql", NULL, (const unsigned char *)s->query_text, s->base);
  if (!query) {
    if (s->diag.errors == 0) {
      query_error("%s: cannot create the query", s->query_label);
    }
    return PACT_ERR_INPUT;
  }

  /* rasqal parses the query here, so syntax errors arrive now. */
  unsigned long errors_before = s->diag.errors;
  s->diag.source = s->query_label;
  librdf_query_results *results = librdf_query_execute(query, s->model);
  s->diag.source = NULL;

  PactStatus st = PACT_OK;
  if (!results || s->diag.errors > errors_before) {
    if (s->diag.errors == errors_before) {
      query_error("%s: the query could not be run", s->query_label);
    }
    st = PACT_ERR_INPUT;
  } else if (librdf_query_results_is_bindings(results) ||
             librdf_query_results_is_boolean(results)) {
    st = write_bindings(s, results, opts->results);
  } else if (librdf_query_results_is_graph(results)) {
    st = write_graph(s, results, opts->results, opts->results_name);
  } else {
    query_error("%s: unexpected kind of query result", s->query_label);
    st = PACT_ERR_INTERNAL;
  }

  if (results) {
    librdf_free_query_results(results);
  }
  librdf_free_query(query);
  return st;
}

/* Flush and close stdout, reporting a failed write: without this, output
 * lost to a full disk would still exit 0. */
static PactStatus
finish_stdout(void)
{
  int failed = fflush(stdout) != 0;
  failed |= ferror(stdout) != 0;
  int saved = errno;
  if (fclose(stdout) != 0 && !failed) {
    failed = 1;
    saved = errno;
  }
  if (failed) {
    query_error("write error: %s", saved ? strerror(saved) : "unknown");
    return PACT_ERR_IO;
  }
  return PACT_OK;
}

static PactStatus
query_main(const QueryOptions *opts)
{
  QuerySession session = {0};
  PactStatus st = PACT_OK;

  /* Every file's syntax first: a bad --format or name fails before any
   * work is done. */
  for (int i = 0; i < opts->n_graphs && st == PACT_OK; i++) {
    const char *syntax = NULL;
    st = choose_syntax(opts, opts->graphs[i], &syntax);
  }
  if (st == PACT_OK) {
    st = load_query_text(opts, &session.query_text, &session.query_label);
  }
  if (st == PACT_OK) {
    st = session_open(&session, opts);
  }
  for (int i = 0; i < opts->n_graphs && st == PACT_OK; i++) {
    const char *syntax = NULL;
    st = choose_syntax(opts, opts->graphs[i], &syntax);
    if (st == PACT_OK) {
      st = load_graph(&session, opts->graphs[i], syntax,
                      (unsigned long)i + 1);
    }
  }
  if (st == PACT_OK) {
    st = run_query(&session, opts);
  }
  session_free(&session);
  return st;
}

int
cli_query(int argc, char **argv)
{
  QueryOptions opts;
  PactStatus st = parse_options(argc, argv, &opts);

  if (st == PACT_ERR_USAGE) {
    fputs(usage_synopsis, stderr);
    fputs("Try 'pactum query --help' for more information.\n", stderr);
  } else if (st == PACT_OK && opts.help) {
    fputs(usage_synopsis, stdout);
    fputs(usage_details, stdout);
  } else if (st == PACT_OK) {
    st = query_main(&opts);
  }
  options_free(&opts);

  PactStatus out = finish_stdout();
  if (st == PACT_OK) {
    st = out;
  }
  return pact_exit_code(st);
}
