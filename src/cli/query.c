/* pactum query: load RDF files into an indexed in-memory store and run
 * one SPARQL query over it with librdf and rasqal.
 *
 * The graph files are parsed with raptor directly, in one pass, into the
 * query store (query/store.h), which rasqal then asks for the matches of
 * each triple pattern. Not into a librdf model: librdf 1.0.17's parser
 * drops the graph name of every N-Quads and TriG statement and does not
 * keep blank nodes of different files apart, and its "hashes" store with
 * contexts looks statements up by walking all of them (minutes, not a
 * second, for an export of a few hundred articles). The librdf model that
 * librdf_query_execute() wants is an empty one: the data is the store's.
 *
 * The query text goes through query/values.h first: rasqal 0.9.33 reads
 * VALUES past the end of an array (no rows, wrong rows or a crash, from
 * run to run); the same table written as a UNION of BINDs is evaluated
 * correctly.
 *
 * Results are written here rather than by rasqal's formatters
 * (librdf_query_results_to_file_handle2). In rasqal 0.9.33 they all lose
 * the header of a result without rows; the table writer prints an empty
 * header always (it asks for the names after the last row) and shows terms
 * in a debug syntax; the json and xml writers emit {"type": "unbound"} and
 * <unbound/>, which the SPARQL 1.1 formats do not allow; the csv and tsv
 * writers refuse ASK results.
 *
 * Ownership: every librdf, raptor and rasqal object lives in a QuerySession
 * or in the function that made it, and is freed there; helpers that return
 * a new string say who frees it. Messages go through the command's
 * PactDiag, librdf's included (on_log()). */
#define _POSIX_C_SOURCE 200809L /* fileno */
#include "cli/cli.h"

#include "query/store.h"
#include "query/values.h"
#include "store/http.h"
#include "store/sparql.h"
#include "util/buf.h"
#include "write/results.h"
#include "util/diag.h"
#include "util/status.h"
#include "util/text.h"

#include <redland.h>

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A query file larger than this is surely a mistake (a data file given
 * after -q, say): refuse it rather than hand it to the SPARQL parser. */
#define QUERY_TEXT_MAX ((size_t)8 * 1024 * 1024)

/* No rendered term (a table cell) needs more. */
#define TERM_TEXT_MAX ((size_t)64 * 1024 * 1024)

static const char query_synopsis[] =
  "Usage: pactum query [OPTION]... GRAPH... QUERY\n"
  "       pactum query [OPTION]... -q FILE GRAPH...\n"
  "       pactum query --endpoint URL [OPTION]... QUERY\n";

static const char query_usage[] =
  "Run a SPARQL query over RDF files and print the results.\n"
  "\n"
  "QUERY is the text of the query, or @FILE to read it from FILE\n"
  "(@- reads standard input). Every GRAPH is loaded into one dataset, as\n"
  "SPARQL stores read them: statements without a graph (Turtle, N-Triples,\n"
  "RDF/XML, the default graph of N-Quads and TriG) make the default graph;\n"
  "the named graphs of N-Quads and TriG are for GRAPH patterns. A statement\n"
  "given twice is there once. FROM and FROM NAMED are ignored: the dataset\n"
  "is the GRAPH files. The store is indexed: loading and each triple\n"
  "pattern cost time in proportion to the data they touch.\n"
  "\n"
  "  -q, --query-file FILE  read the query from FILE (- for standard input)\n"
  "      --results FMT      SELECT and ASK: table (default), csv, tsv, json\n"
  "                         (SPARQL 1.1 JSON results), xml;\n"
  "                         CONSTRUCT: turtle (default), ntriples\n"
  "      --format FMT       syntax of every GRAPH: turtle, ntriples, nquads,\n"
  "                         trig, rdfxml (default: from the file extension,\n"
  "                         .ttl .nt .nq .trig .rdf .owl .xml)\n"
  "      --base IRI         base IRI of the GRAPH files and of the query\n"
  "                         (default: each file's own file: IRI)\n"
  "      --endpoint URL     run the query at a SPARQL endpoint (SPARQL 1.1\n"
  "                         Protocol) instead of over GRAPH files, such as\n"
  "                         http://localhost:8890/sparql (Virtuoso); the\n"
  "                         results are written as for local files\n"
  "      --default-graph IRI  with --endpoint: query the named graph IRI as\n"
  "                         the default graph (default-graph-uri)\n"
  "      --timeout S        with --endpoint: seconds to wait (default 120)\n"
  "  -h, --help             this help\n"
  "\n"
  "The table abbreviates IRIs with the prefixes declared in the GRAPH files;\n"
  "csv, tsv, json and xml are the SPARQL 1.1 result formats. SPARQL 1.1 as\n"
  "rasqal 0.9.33 implements it, without DESCRIBE, MINUS and EXISTS; VALUES\n"
  "is rewritten as a UNION of BINDs, which rasqal evaluates correctly.\n"
  "\n"
  "Exit status: 0 done; 1 bad input (an unreadable or invalid GRAPH, a SPARQL\n"
  "error); 2 bad command line; 3 output could not be written; 4 out of\n"
  "memory or internal error; 5 the endpoint could not be reached; 6 the\n"
  "endpoint answered with an error (a SPARQL syntax error among them).\n";

/* ---- command line ------------------------------------------------------ */

typedef enum {
  RESULTS_DEFAULT = 0, /* table for SELECT and ASK, turtle for CONSTRUCT */
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
  {"table", RESULTS_TABLE}, {"csv", RESULTS_CSV},       {"tsv", RESULTS_TSV},
  {"json", RESULTS_JSON},   {"xml", RESULTS_XML},       {"turtle", RESULTS_TURTLE},
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
  {".ttl", "turtle"}, {".nt", "ntriples"}, {".nq", "nquads"}, {".trig", "trig"},
  {".rdf", "rdfxml"}, {".owl", "rdfxml"},  {".xml", "rdfxml"},
};

static const char jsonld_refusal[] =
  "JSON-LD input is not supported by query: export N-Quads or Turtle";

typedef struct {
  ResultsFormat results;
  const char *results_name; /* as given, for messages */
  const char *format;       /* --format, or NULL */
  const char *base;         /* --base, or NULL */
  const char *query_file;   /* -q FILE, or NULL */
  const char *query_arg;    /* the QUERY operand; NULL with -q */
  const char *endpoint;     /* --endpoint, or NULL */
  const char *default_graph; /* --default-graph, or NULL */
  long timeout;             /* --timeout */
  char **graphs;            /* borrowed from argv */
  int n_graphs;
  int help;
} QueryOptions;

/* Reports a bad command line, with the synopsis. */
static PactStatus usage_error(PactDiag *d, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));

static PactStatus
usage_error(PactDiag *d, const char *fmt, ...)
{
  va_list ap;

  va_start(ap, fmt);
  pact_vdiag(d, PACT_ERR_USAGE, NULL, 0, fmt, ap);
  va_end(ap);
  fputs(query_synopsis, stderr);
  fputs("Try 'pactum query --help'.\n", stderr);
  return PACT_ERR_USAGE;
}

static PactStatus
set_results(QueryOptions *opts, const char *name, PactDiag *d)
{
  for (size_t i = 0; i < sizeof results_names / sizeof results_names[0]; i++) {
    if (strcmp(name, results_names[i].name) == 0) {
      opts->results = results_names[i].format;
      opts->results_name = results_names[i].name;
      return PACT_OK;
    }
  }
  return usage_error(d, "unknown --results '%s' (table, csv, tsv, json, xml, turtle, ntriples)",
                     name);
}

/* Fills `opts` from the command line. getopt_long permutes argv, so options
 * may follow the operands. */
static PactStatus
parse_options(int argc, char **argv, QueryOptions *opts, PactDiag *d)
{
  enum { OPT_RESULTS = 256, OPT_FORMAT, OPT_BASE, OPT_ENDPOINT, OPT_DEFAULT_GRAPH, OPT_TIMEOUT };
  static const struct option options[] = {
    {"endpoint", required_argument, NULL, OPT_ENDPOINT},
    {"default-graph", required_argument, NULL, OPT_DEFAULT_GRAPH},
    {"timeout", required_argument, NULL, OPT_TIMEOUT},
    {"query-file", required_argument, NULL, 'q'},
    {"results", required_argument, NULL, OPT_RESULTS},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"base", required_argument, NULL, OPT_BASE},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
  };

  memset(opts, 0, sizeof *opts);
  opterr = 0; /* our messages, not getopt's */
  optind = 0; /* 0, not 1: glibc then also forgets an earlier scan */
  for (;;) {
    int c = getopt_long(argc, argv, ":q:h", options, NULL);
    if (c == -1) {
      break;
    }
    switch (c) {
    case 'q':
      opts->query_file = optarg;
      break;
    case OPT_RESULTS:
      PACT_TRY(set_results(opts, optarg, d));
      break;
    case OPT_FORMAT:
      opts->format = optarg;
      break;
    case OPT_BASE:
      opts->base = optarg;
      break;
    case OPT_ENDPOINT:
      opts->endpoint = optarg;
      break;
    case OPT_DEFAULT_GRAPH:
      opts->default_graph = optarg;
      break;
    case OPT_TIMEOUT: {
      char *end;
      opts->timeout = strtol(optarg, &end, 10);
      if (*end || opts->timeout < 1) {
        return usage_error(d, "--timeout '%s': expected a number of seconds", optarg);
      }
      break;
    }
    case 'h':
      opts->help = 1;
      return PACT_OK;
    case ':':
      return usage_error(d, "option '%s' needs an argument", argv[optind - 1]);
    default:
      return usage_error(d, "unknown option '%s'", argv[optind - 1]);
    }
  }

  opts->graphs = argv + optind;
  opts->n_graphs = argc - optind;
  if (opts->endpoint) {
    if (strncmp(opts->endpoint, "http://", 7) != 0 && strncmp(opts->endpoint, "https://", 8) != 0) {
      return usage_error(d, "--endpoint '%s' is not an http:// or https:// URL", opts->endpoint);
    }
    if (opts->default_graph && !pact_text_valid_iri(opts->default_graph)) {
      return usage_error(d, "--default-graph '%s' is not an absolute IRI", opts->default_graph);
    }
    if (opts->n_graphs != (opts->query_file ? 0 : 1)) {
      return usage_error(d, "%s", opts->query_file || opts->n_graphs > 1
                                    ? "with --endpoint, give the QUERY (or -q FILE) and no GRAPH"
                                    : "no QUERY given");
    }
    if (!opts->query_file) {
      opts->query_arg = opts->graphs[0];
    }
    opts->n_graphs = 0;
    return PACT_OK;
  }
  if (opts->default_graph) {
    return usage_error(d, "%s", "--default-graph needs --endpoint");
  }
  if (!opts->query_file) {
    if (opts->n_graphs == 0) {
      return usage_error(d, "no GRAPH and no QUERY given");
    }
    opts->query_arg = opts->graphs[--opts->n_graphs];
  }
  if (opts->n_graphs == 0) {
    return usage_error(d, "no GRAPH given: name at least one RDF file");
  }
  if (opts->base && !pact_text_valid_iri(opts->base)) {
    return usage_error(d, "--base '%s' is not an absolute IRI", opts->base);
  }
  return PACT_OK;
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
 * extension. Called for every file before any is read, so that a bad
 * command line fails before any work. */
static PactStatus
choose_syntax(const QueryOptions *opts, const char *path, const char **syntax,
              PactDiag *d)
{
  if (opts->format) {
    for (size_t i = 0; i < sizeof syntax_names / sizeof syntax_names[0]; i++) {
      if (strcmp(opts->format, syntax_names[i]) == 0) {
        *syntax = syntax_names[i];
        return PACT_OK;
      }
    }
    if (strcmp(opts->format, "jsonld") == 0 || strcmp(opts->format, "json-ld") == 0) {
      return pact_diag(d, PACT_ERR_USAGE, NULL, 0, "%s", jsonld_refusal);
    }
    return pact_diag(d, PACT_ERR_USAGE, NULL, 0,
                     "unknown --format '%s' (turtle, ntriples, nquads, trig, rdfxml)",
                     opts->format);
  }

  if (has_suffix(path, ".jsonld")) {
    return pact_diag(d, PACT_ERR_INPUT, path, 0, "%s", jsonld_refusal);
  }
  for (size_t i = 0; i < sizeof syntax_extensions / sizeof syntax_extensions[0]; i++) {
    if (has_suffix(path, syntax_extensions[i].extension)) {
      *syntax = syntax_extensions[i].syntax;
      return PACT_OK;
    }
  }
  return pact_diag(d, PACT_ERR_USAGE, path, 0,
                   "cannot tell the RDF syntax from the file name; use --format");
}

/* ---- input files ------------------------------------------------------- */

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

/* The query text from -q FILE, @FILE or the operand itself, as a new string
 * the caller frees; *label names it in later messages. */
static PactStatus
load_query_text(const QueryOptions *opts, char **text, const char **label,
                PactDiag *d)
{
  const char *path = opts->query_file;

  if (!path && opts->query_arg[0] == '@') {
    path = opts->query_arg + 1;
  }
  if (!path) {
    *label = "<query>";
    *text = malloc(strlen(opts->query_arg) + 1);
    if (!*text) {
      return pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    }
    strcpy(*text, opts->query_arg);
    return PACT_OK;
  }
  if (strcmp(path, "-") == 0) {
    *label = "<stdin>";
    return read_query_file(stdin, *label, text, d);
  }

  *label = path;
  FILE *file = open_input(path, "a query file", d);
  if (!file) {
    return PACT_ERR_INPUT;
  }
  PactStatus st = read_query_file(file, path, text, d);
  fclose(file); /* only read: nothing to lose if this fails */
  return st;
}

/* ---- prefixes ---------------------------------------------------------- */

/* Prefixes declared in the GRAPH files; the first declaration of a prefix
 * wins. Used to abbreviate IRIs in the table and in Turtle output. */
typedef struct {
  char *prefix;    /* owned; "" for the empty prefix */
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
  memset(list, 0, sizeof *list);
}

/* Adds `prefix` -> `uri` (both copied) unless the prefix or the namespace
 * is known already. On failure the list is unchanged. */
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

  char *prefix_copy = malloc(strlen(prefix) + 1);
  librdf_uri *uri_copy = librdf_new_uri_from_uri(uri);
  if (!prefix_copy || !uri_copy) {
    free(prefix_copy);
    if (uri_copy) {
      librdf_free_uri(uri_copy);
    }
    return PACT_ERR_NOMEM;
  }
  strcpy(prefix_copy, prefix);
  list->items[list->count].prefix = prefix_copy;
  list->items[list->count].uri = uri_copy;
  list->count++;
  return PACT_OK;
}

/* ---- session ----------------------------------------------------------- */

/* Carries librdf's log messages (raptor's and rasqal's come through it)
 * to the command's PactDiag. Parse errors count there as errors, because
 * several librdf calls report success after logging one. */
typedef struct {
  PactDiag *d;
  const char *source; /* the user's name for what is being read, not the
                         file: IRI raptor knows; NULL between steps */
  int quiet;          /* drop everything: see session_query() */
} QueryLog;

typedef struct {
  PactDiag *d;
  QueryLog log;
  librdf_world *world;
  librdf_storage *storage;
  librdf_model *model;     /* empty: the data is in `store` */
  PactQueryStore *store;
  librdf_uri *base;        /* --base, or NULL */
  char *query_text;        /* owned */
  const char *query_label; /* borrowed */
  rasqal_query *parsed;    /* owned: query_text parsed by rasqal alone, made
                              once by session_query(); NULL until then */
  int parse_tried;
  unsigned long blank_ids; /* labels made up for anonymous blank nodes */
  PrefixList prefixes;
} QuerySession;

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
 * run; this one keeps the label the file gives (load_graph() prefixes it
 * with the file's number) and numbers anonymous nodes. Takes ownership of
 * `user_label`; returns a malloc'd label, NULL when out of memory. */
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

/* Silences rasqal's style warnings: at its default level it says that ?s
 * ?p ?o are "bound but unused" in every ASK { ?s ?p ?o }. Level 10 keeps
 * the "may be an error" class, such as a selected variable never bound. */
#define QUERY_WARNING_LEVEL 10

/* NULL-safe: frees whatever the session holds. */
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
  if (s->parsed) {
    rasqal_free_query(s->parsed);
  }
  pact_query_store_free(s->store); /* its literals before their world */
  if (s->world) {
    librdf_free_world(s->world);
  }
  free(s->query_text);
  s->parsed = NULL;
  s->store = NULL;
  s->model = NULL;
  s->storage = NULL;
  s->base = NULL;
  s->world = NULL;
  s->query_text = NULL;
}

static PactStatus
session_open(QuerySession *s, const QueryOptions *opts)
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
  if (opts->base) {
    s->base = librdf_new_uri(s->world, (const unsigned char *)opts->base);
    if (!s->base) {
      return pact_diag(s->d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
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
  load->status =
    prefixes_add(&load->session->prefixes, prefix ? (const char *)prefix : "", uri);
  if (load->status != PACT_OK) {
    raptor_parser_parse_abort(load->parser);
  }
}

/* Parses `path`, file number `tag`, with raptor parser `syntax` into the
 * session's model. Parse errors arrive through on_log(). */
static PactStatus
load_graph(QuerySession *s, const char *path, const char *syntax, unsigned long tag)
{
  FILE *file = open_input(path, "an RDF file", s->d);
  if (!file) {
    return PACT_ERR_INPUT;
  }

  PactStatus st = PACT_OK;
  librdf_uri *file_uri = NULL;
  GraphLoad load = {s, NULL, tag, PACT_OK};

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

/* ---- rendering terms --------------------------------------------------- */

/* Appends to `out` unless an earlier append failed, so that a renderer can
 * add many pieces and look at *st once. */
static void
add(PactBuf *out, PactStatus *st, const char *bytes, size_t len)
{
  if (*st == PACT_OK) {
    *st = pact_buf_add(out, bytes, len);
  }
}

static void
adds(PactBuf *out, PactStatus *st, const char *s)
{
  add(out, st, s, strlen(s));
}

/* Appends `bytes` as the inside of a Turtle string literal, on one line. */
static void
add_escaped(PactBuf *out, PactStatus *st, const unsigned char *bytes, size_t len)
{
  for (size_t i = 0; i < len; i++) {
    char esc[8];
    const char *escape = pact_results_escape(bytes[i], esc);

    if (escape) {
      adds(out, st, escape);
    } else {
      add(out, st, (const char *)&bytes[i], 1);
    }
  }
}

/* Whether `local` can follow "prefix:" in Turtle as it is. A cautious
 * subset of PN_LOCAL: ASCII letters, digits, '_', '-' and inner '.'. */
static int
is_simple_local(const char *local)
{
  size_t len = strlen(local);

  if (len == 0 || local[0] == '-' || local[0] == '.' || local[len - 1] == '.') {
    return 0;
  }
  for (size_t i = 0; i < len; i++) {
    char c = local[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '_' || c == '-' || c == '.')) {
      return 0;
    }
  }
  return 1;
}

/* Appends `uri` as prefix:local when a declared namespace (the longest
 * that fits) leaves a simple local name, else as <iri>. */
static void
add_iri(PactBuf *out, PactStatus *st, const PrefixList *prefixes, librdf_uri *uri)
{
  const char *iri = (const char *)librdf_uri_as_string(uri);
  const Prefix *best = NULL;
  size_t best_len = 0;

  for (size_t i = 0; i < prefixes->count; i++) {
    const char *ns = (const char *)librdf_uri_as_string(prefixes->items[i].uri);
    size_t ns_len = strlen(ns);
    if (ns_len > best_len && strncmp(iri, ns, ns_len) == 0 && is_simple_local(iri + ns_len)) {
      best = &prefixes->items[i];
      best_len = ns_len;
    }
  }
  if (best) {
    adds(out, st, best->prefix);
    adds(out, st, ":");
    adds(out, st, iri + best_len);
  } else {
    adds(out, st, "<");
    adds(out, st, iri);
    adds(out, st, ">");
  }
}

static void
add_literal(PactBuf *out, PactStatus *st, const PrefixList *prefixes, librdf_node *node)
{
  size_t len = 0;
  const unsigned char *value = librdf_node_get_literal_value_as_counted_string(node, &len);
  const char *lang = librdf_node_get_literal_value_language(node);
  librdf_uri *datatype = librdf_node_get_literal_value_datatype_uri(node);

  if (!value) {
    value = (const unsigned char *)"";
    len = 0;
  }
  if (datatype && strlen((const char *)value) == len &&
      pact_results_bare_literal((const char *)value, (const char *)librdf_uri_as_string(datatype))) {
    adds(out, st, (const char *)value);
    return;
  }
  adds(out, st, "\"");
  add_escaped(out, st, value, len);
  adds(out, st, "\"");
  if (lang && lang[0]) {
    adds(out, st, "@");
    adds(out, st, lang);
  } else if (datatype) {
    adds(out, st, "^^");
    add_iri(out, st, prefixes, datatype);
  }
}

/* `node` in Turtle on one line, as a new string the caller frees; "" for
 * NULL (an unbound variable). NULL when out of memory. With an empty
 * `prefixes`, IRIs are written in full: the TSV form. */
static char *
render_term(const PrefixList *prefixes, librdf_node *node)
{
  PactBuf out;
  PactStatus st = PACT_OK;

  pact_buf_init(&out, TERM_TEXT_MAX);
  add(&out, &st, "", 0); /* so that take() has a string even for "" */
  if (!node) {
    /* unbound */
  } else if (librdf_node_is_resource(node)) {
    add_iri(&out, &st, prefixes, librdf_node_get_uri(node));
  } else if (librdf_node_is_literal(node)) {
    add_literal(&out, &st, prefixes, node);
  } else if (librdf_node_is_blank(node)) {
    adds(&out, &st, "_:");
    adds(&out, &st, (const char *)librdf_node_get_blank_identifier(node));
  }
  if (st != PACT_OK) {
    pact_buf_free(&out);
    return NULL;
  }
  return pact_buf_take(&out);
}

/* Columns a string takes on a terminal: one per code point (no attempt at
 * East Asian wide characters). */
static size_t
display_width(const char *s)
{
  return pact_text_codepoints(s, strlen(s));
}

/* ---- result columns ---------------------------------------------------- */

/* The writers print with stdio and do not check each call: stdout's error
 * flag is sticky and finish_stdout() looks at it once at the end. */

/* The session's query parsed again by rasqal alone, to learn what librdf
 * does not tell: the verb, the projection, the grouping. Parsed once, the
 * first time it is asked for (after the VALUES rewrite); its messages are
 * dropped: they are printed when librdf runs the query. The session owns
 * the result; NULL if it does not parse. */
static rasqal_query *
session_query(QuerySession *s)
{
  if (s->parse_tried) {
    return s->parsed;
  }
  s->parse_tried = 1;
  rasqal_world *rasqal = librdf_world_get_rasqal(s->world);
  rasqal_query *query = rasqal ? rasqal_new_query(rasqal, "sparql", NULL) : NULL;

  if (!query) {
    return NULL;
  }
  s->log.quiet = 1;
  int rc = rasqal_query_prepare(query, (const unsigned char *)s->query_text, s->base);
  s->log.quiet = 0;
  if (rc != 0) {
    rasqal_free_query(query);
    return NULL;
  }
  s->parsed = query;
  return query;
}

/* The names of a SELECT result's columns. */
typedef struct {
  const char **names; /* owned array of borrowed strings */
  int count;
} Columns;

static void
columns_free(Columns *cols)
{
  free(cols->names);
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

/* The columns of `results`, read before the first row is consumed because
 * rasqal stops naming them once the last row has gone. For a result
 * without rows librdf names no column at all (rasqal counts those of the
 * first row), so the names come from the projection of the query prepared
 * again. */
/* The rows a writer prints: librdf's, or the one row of an aggregate
 * over no solutions that rasqal 0.9.33 leaves out (empty_group_row()). */
typedef struct {
  librdf_query_results *results;
  librdf_node **row; /* owned: that one row's values (NULL: unbound), or NULL */
  int row_size;
  int row_done;
  int none;          /* no rows, whatever librdf has (grouped_but_empty()) */
} Rows;

static int
rows_finished(Rows *r)
{
  if (r->none) {
    return 1;
  }
  return r->row ? r->row_done : librdf_query_results_finished(r->results);
}

static void
rows_next(Rows *r)
{
  if (r->row) {
    r->row_done = 1;
  } else {
    librdf_query_results_next(r->results);
  }
}

/* Column i of the current row: a new node the caller frees, or NULL. */
static librdf_node *
rows_value(Rows *r, int i)
{
  if (r->row) {
    return i < r->row_size && r->row[i] ? librdf_new_node_from_node(r->row[i]) : NULL;
  }
  return librdf_query_results_get_binding_value(r->results, i);
}

static void
rows_free(Rows *r)
{
  for (int i = 0; r->row && i < r->row_size; i++) {
    if (r->row[i]) {
      librdf_free_node(r->row[i]);
    }
  }
  free(r->row);
  r->row = NULL;
}

static int
is_aggregate(rasqal_op op)
{
  return op == RASQAL_EXPR_COUNT || op == RASQAL_EXPR_SUM || op == RASQAL_EXPR_AVG ||
         op == RASQAL_EXPR_MIN || op == RASQAL_EXPR_MAX || op == RASQAL_EXPR_SAMPLE ||
         op == RASQAL_EXPR_GROUP_CONCAT;
}

static int
find_aggregate(void *user_data, rasqal_expression *e)
{
  (void)user_data;
  return is_aggregate(e->op); /* non-zero stops the visit */
}

/* SPARQL groups a SELECT with aggregates and no GROUP BY into one group,
 * even over no solutions: SELECT (COUNT(*) AS ?n) { nothing } gives one row,
 * n = 0. rasqal 0.9.33 gives no row. Makes that row in r->row when the
 * session's query (with `cols`) is such a query: COUNT, SUM and AVG are 0,
 * GROUP_CONCAT "", MIN, MAX and SAMPLE unbound (an error in SPARQL), other
 * columns unbound. An expression around an aggregate (COUNT(*) + 1) would
 * need rasqal to evaluate it: refused. */
static PactStatus
empty_group_row(QuerySession *s, const Columns *cols, Rows *r)
{
  rasqal_query *q = session_query(s);
  raptor_sequence *group = q ? rasqal_query_get_group_conditions_sequence(q) : NULL;
  raptor_sequence *having = q ? rasqal_query_get_having_conditions_sequence(q) : NULL;
  raptor_sequence *vars = q ? rasqal_query_get_bound_variable_sequence(q) : NULL;
  int aggregated = 0;

  if (!q || rasqal_query_get_verb(q) != RASQAL_QUERY_VERB_SELECT ||
      (group && raptor_sequence_size(group) > 0) ||
      (having && raptor_sequence_size(having) > 0) || !vars) {
    return PACT_OK;
  }
  for (int i = 0; i < raptor_sequence_size(vars); i++) {
    rasqal_variable *var = raptor_sequence_get_at(vars, i);
    if (var && var->expression && rasqal_expression_visit(var->expression, find_aggregate, NULL)) {
      aggregated = 1;
    }
  }
  if (!aggregated) {
    return PACT_OK;
  }
  r->row = calloc((size_t)cols->count + 1, sizeof *r->row);
  if (!r->row) {
    return PACT_ERR_NOMEM;
  }
  r->row_size = cols->count;
  raptor_world *rw = librdf_world_get_raptor(s->world);
  for (int i = 0; i < cols->count && i < raptor_sequence_size(vars); i++) {
    rasqal_variable *var = raptor_sequence_get_at(vars, i);
    rasqal_expression *e = var ? var->expression : NULL;
    if (!e || !rasqal_expression_visit(e, find_aggregate, NULL)) {
      continue;
    }
    if (!is_aggregate(e->op)) {
      return pact_diag(s->d, PACT_ERR_INTERNAL, s->query_label, 0,
                       "rasqal %s cannot give ?%s over no solutions (an expression "
                       "around an aggregate); select the aggregate alone",
                       rasqal_version_string, var->name);
    }
    if (e->op == RASQAL_EXPR_COUNT || e->op == RASQAL_EXPR_SUM || e->op == RASQAL_EXPR_AVG) {
      raptor_uri *dt = raptor_new_uri(rw, (const unsigned char *)
                                      "http://www.w3.org/2001/XMLSchema#integer");
      r->row[i] = dt ? raptor_new_term_from_counted_literal(rw, (const unsigned char *)"0", 1,
                                                            dt, NULL, 0)
                     : NULL;
      if (dt) {
        raptor_free_uri(dt);
      }
    } else if (e->op == RASQAL_EXPR_GROUP_CONCAT) {
      r->row[i] = raptor_new_term_from_counted_literal(rw, (const unsigned char *)"", 0, NULL,
                                                       NULL, 0);
    } else {
      continue;
    }
    if (!r->row[i]) {
      return PACT_ERR_NOMEM;
    }
  }
  return PACT_OK;
}

static PactStatus
result_columns(QuerySession *s, librdf_query_results *results, Columns *cols)
{
  memset(cols, 0, sizeof *cols);

  int count = librdf_query_results_get_bindings_count(results);
  if (count > 0) {
    PACT_TRY(columns_alloc(cols, count));
    for (int i = 0; i < count; i++) {
      const char *name = librdf_query_results_get_binding_name(results, i);
      cols->names[i] = name ? name : "";
    }
    return PACT_OK;
  }

  rasqal_query *parsed = session_query(s);
  if (!parsed) {
    return PACT_ERR_INTERNAL;
  }
  raptor_sequence *vars = rasqal_query_get_bound_variable_sequence(parsed);
  count = vars ? raptor_sequence_size(vars) : 0;
  PACT_TRY(columns_alloc(cols, count > 0 ? count : 0));
  for (int i = 0; i < count; i++) {
    rasqal_variable *var = raptor_sequence_get_at(vars, i);
    cols->names[i] = var && var->name ? (const char *)var->name : "";
  }
  return PACT_OK;
}

/* ---- table ------------------------------------------------------------- */

/* The rows of a SELECT result as rendered cells, kept until the column
 * widths are known. */
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

/* Renders the current row of `results` as a new row of `table`. On
 * failure the table is unchanged. */
static PactStatus
table_add_row(Table *table, const PrefixList *prefixes, Rows *results)
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
    librdf_node *value = rows_value(results, (int)i);
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

/* `widths` has room for one entry per column. */
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
    print_cells((const char *const *)table->cells + r * columns, widths, columns);
  }
  if (table->rows > 0) {
    print_rule(widths, columns);
  }
}

/* +-------+-------------+
 * | s     | name        |
 * +-------+-------------+
 * | ex:fr | "France"@fr |
 * +-------+-------------+   Terms in Turtle; an unbound cell is empty. */
static PactStatus
write_table(QuerySession *s, Rows *results, const Columns *cols)
{
  Table table = {(size_t)cols->count, NULL, 0, 0};
  PactStatus st = PACT_OK;

  while (!rows_finished(results)) {
    st = table_add_row(&table, &s->prefixes, results);
    if (st != PACT_OK) {
      break;
    }
    rows_next(results);
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

/* SPARQL 1.1 CSV: IRIs and literals bare (type and language are lost),
 * blank nodes as _:label, unbound as an empty field. */
static void
print_csv_term(librdf_node *node)
{
  if (!node) {
    return;
  }
  if (librdf_node_is_resource(node)) {
    const char *iri = (const char *)librdf_uri_as_string(librdf_node_get_uri(node));
    pact_results_csv_field(stdout, iri, strlen(iri));
  } else if (librdf_node_is_blank(node)) {
    /* A blank node label never holds a comma, a quote or a line break. */
    printf("_:%s", (const char *)librdf_node_get_blank_identifier(node));
  } else {
    size_t len = 0;
    const unsigned char *value = librdf_node_get_literal_value_as_counted_string(node, &len);
    pact_results_csv_field(stdout, value ? (const char *)value : "", value ? len : 0);
  }
}

/* SPARQL 1.1 CSV (CRLF line ends) or TSV (terms in Turtle with full IRIs,
 * LF line ends). */
static PactStatus
write_sv(Rows *results, const Columns *cols, int csv)
{
  const PrefixList no_prefixes = {NULL, 0, 0};
  const char *eol = csv ? "\r\n" : "\n";
  const char *sep = csv ? "," : "\t";

  for (int i = 0; i < cols->count; i++) {
    fputs(i == 0 ? "" : sep, stdout);
    if (csv) {
      pact_results_csv_field(stdout, cols->names[i], strlen(cols->names[i]));
    } else {
      printf("?%s", cols->names[i]);
    }
  }
  fputs(eol, stdout);

  while (!rows_finished(results)) {
    for (int i = 0; i < cols->count; i++) {
      librdf_node *value = rows_value(results, i);
      char *cell = csv ? NULL : render_term(&no_prefixes, value);
      fputs(i == 0 ? "" : sep, stdout);
      if (csv) {
        print_csv_term(value);
      } else if (cell) {
        fputs(cell, stdout);
      }
      free(cell);
      if (value) {
        librdf_free_node(value);
      }
      if (!csv && !cell) {
        return PACT_ERR_NOMEM;
      }
    }
    fputs(eol, stdout);
    rows_next(results);
  }
  return PACT_OK;
}

/* ---- json -------------------------------------------------------------- */


static void
print_json_cstring(const char *s)
{
  pact_results_json_string(stdout, s, strlen(s));
}

/* One RDF term as a SPARQL 1.1 JSON results object. */
static void
print_json_term(librdf_node *node)
{
  if (librdf_node_is_resource(node)) {
    fputs("{\"type\": \"uri\", \"value\": ", stdout);
    print_json_cstring((const char *)librdf_uri_as_string(librdf_node_get_uri(node)));
  } else if (librdf_node_is_blank(node)) {
    fputs("{\"type\": \"bnode\", \"value\": ", stdout);
    print_json_cstring((const char *)librdf_node_get_blank_identifier(node));
  } else {
    size_t len = 0;
    const unsigned char *value = librdf_node_get_literal_value_as_counted_string(node, &len);
    const char *lang = librdf_node_get_literal_value_language(node);
    librdf_uri *datatype = librdf_node_get_literal_value_datatype_uri(node);

    fputs("{\"type\": \"literal\", \"value\": ", stdout);
    pact_results_json_string(stdout, value ? (const char *)value : "", value ? len : 0);
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

/* SPARQL 1.1 Query Results JSON, one solution a line; an unbound variable
 * is left out of its solution. */
static void
write_json(Rows *results, const Columns *cols)
{
  fputs("{\n  \"head\": {\"vars\": [", stdout);
  for (int i = 0; i < cols->count; i++) {
    fputs(i ? ", " : "", stdout);
    print_json_cstring(cols->names[i]);
  }
  fputs("]},\n  \"results\": {\"bindings\": [", stdout);

  int first_row = 1;
  while (!rows_finished(results)) {
    fputs(first_row ? "\n    {" : ",\n    {", stdout);
    first_row = 0;
    int first_cell = 1;
    for (int i = 0; i < cols->count; i++) {
      librdf_node *value = rows_value(results, i);
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
    rows_next(results);
  }
  fputs(first_row ? "]}\n}\n" : "\n  ]}\n}\n", stdout);
}

/* ---- xml --------------------------------------------------------------- */

/* Prints `s` as XML character data; `quote` also escapes '"', for an
 * attribute value. XML 1.0 cannot carry most control characters at all,
 * so they become U+FFFD; CR is escaped to survive end-of-line handling. */
static const char *
xml_escape(unsigned char c, int quote)
{
  switch (c) {
  case '&':
    return "&amp;";
  case '<':
    return "&lt;";
  case '>':
    return "&gt;";
  case '\r':
    return "&#13;";
  case '"':
    return quote ? "&quot;" : NULL;
  case '\n':
  case '\t':
    return NULL;
  default:
    return c < 0x20 ? "\xEF\xBF\xBD" : NULL;
  }
}

static void
print_xml_text(const char *s, int quote)
{
  for (; *s; s++) {
    const char *escape = xml_escape((unsigned char)*s, quote);

    if (escape) {
      fputs(escape, stdout);
    } else {
      putchar(*s);
    }
  }
}

static void
print_xml_term(librdf_node *node)
{
  if (librdf_node_is_resource(node)) {
    fputs("<uri>", stdout);
    print_xml_text((const char *)librdf_uri_as_string(librdf_node_get_uri(node)), 0);
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

static const char xml_prologue[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n";

/* SPARQL Query Results XML Format; an unbound variable is left out of its
 * result. */
static void
write_xml(Rows *results, const Columns *cols)
{
  fputs(xml_prologue, stdout);
  fputs("  <head>\n", stdout);
  for (int i = 0; i < cols->count; i++) {
    fputs("    <variable name=\"", stdout);
    print_xml_text(cols->names[i], 1);
    fputs("\"/>\n", stdout);
  }
  fputs("  </head>\n  <results>\n", stdout);
  while (!rows_finished(results)) {
    fputs("    <result>\n", stdout);
    for (int i = 0; i < cols->count; i++) {
      librdf_node *value = rows_value(results, i);
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
    rows_next(results);
  }
  fputs("  </results>\n</sparql>\n", stdout);
}

/* ---- choosing a writer ------------------------------------------------- */

/* An ASK result. CSV and TSV have no boolean form; as Jena does, write a
 * table of one variable, _askResult. The table is just the word. */
static PactStatus
write_boolean(librdf_query_results *results, ResultsFormat format)
{
  int value = librdf_query_results_get_boolean(results);
  if (value < 0) {
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
    printf("%s  <head/>\n  <boolean>%s</boolean>\n</sparql>\n", xml_prologue, word);
    break;
  default:
    puts(word);
    break;
  }
  return PACT_OK;
}

/* Whether the query groups (GROUP BY) a WHERE clause that has no
 * solutions: rasqal 0.9.33 then makes up one group with its keys unbound
 * and COUNT(*) 1, where SPARQL gives no row. Asks the WHERE clause alone
 * (ASK stops at its first solution). 0 when it cannot tell. */
static int
grouped_but_empty(QuerySession *s)
{
  rasqal_query *q = session_query(s);
  raptor_sequence *group = q ? rasqal_query_get_group_conditions_sequence(q) : NULL;
  int grouped = group && raptor_sequence_size(group) > 0;
  char *ask = NULL;
  int empty = 0;

  if (!grouped || pact_sparql_where_as_ask(s->query_text, &ask) != PACT_OK || !ask) {
    free(ask);
    return 0;
  }
  librdf_query *query = librdf_new_query(s->world, "sparql", NULL, (const unsigned char *)ask,
                                         s->base);
  s->log.quiet = 1;
  librdf_query_results *results = query ? librdf_query_execute(query, s->model) : NULL;
  s->log.quiet = 0;
  if (results && librdf_query_results_is_boolean(results)) {
    empty = librdf_query_results_get_boolean(results) == 0;
  }
  if (results) {
    librdf_free_query_results(results);
  }
  if (query) {
    librdf_free_query(query);
  }
  free(ask);
  return empty;
}

/* SELECT and ASK results. */
static PactStatus
write_solutions(QuerySession *s, librdf_query_results *results, ResultsFormat format)
{
  if (format == RESULTS_TURTLE || format == RESULTS_NTRIPLES) {
    return pact_diag(s->d, PACT_ERR_USAGE, NULL, 0,
                     "--results %s is for CONSTRUCT; a SELECT or ASK query "
                     "prints table, csv, tsv, json or xml",
                     format == RESULTS_TURTLE ? "turtle" : "ntriples");
  }

  PactStatus st = PACT_OK;
  if (librdf_query_results_is_boolean(results)) {
    st = write_boolean(results, format);
  } else {
    Columns cols;
    Rows rows = {results, NULL, 0, 0, 0};
    st = result_columns(s, results, &cols);
    if (st == PACT_OK && !librdf_query_results_finished(results)) {
      rows.none = grouped_but_empty(s);
    }
    if (st == PACT_OK && librdf_query_results_finished(results)) {
      st = empty_group_row(s, &cols, &rows);
      if (st != PACT_OK) {
        columns_free(&cols);
        rows_free(&rows);
        return st == PACT_ERR_NOMEM ? pact_diag(s->d, st, NULL, 0, "out of memory") : st;
      }
    }
    if (st == PACT_OK) {
      switch (format) {
      case RESULTS_CSV:
      case RESULTS_TSV:
        st = write_sv(&rows, &cols, format == RESULTS_CSV);
        break;
      case RESULTS_JSON:
        write_json(&rows, &cols);
        break;
      case RESULTS_XML:
        write_xml(&rows, &cols);
        break;
      default:
        st = write_table(s, &rows, &cols);
        break;
      }
    }
    columns_free(&cols);
    rows_free(&rows);
  }
  if (st != PACT_OK) {
    pact_diag(s->d, st, NULL, 0, "cannot write the results: %s", pact_strerror(st));
  }
  return st;
}

/* CONSTRUCT results: Turtle with the GRAPH files' prefixes, or N-Triples. */
static PactStatus
write_graph(QuerySession *s, librdf_query_results *results, ResultsFormat format,
            const char *results_name)
{
  if (format != RESULTS_DEFAULT && format != RESULTS_TURTLE && format != RESULTS_NTRIPLES) {
    return pact_diag(s->d, PACT_ERR_USAGE, NULL, 0,
                     "--results %s is for SELECT and ASK; a CONSTRUCT query "
                     "prints turtle or ntriples",
                     results_name);
  }

  const char *name = format == RESULTS_NTRIPLES ? "ntriples" : "turtle";
  librdf_serializer *serializer = librdf_new_serializer(s->world, name, NULL, NULL);
  if (!serializer) {
    return pact_diag(s->d, PACT_ERR_INTERNAL, NULL, 0, "librdf has no %s writer", name);
  }

  PactStatus st = PACT_OK;
  for (size_t i = 0; format != RESULTS_NTRIPLES && i < s->prefixes.count; i++) {
    const Prefix *p = &s->prefixes.items[i];
    if (librdf_serializer_set_namespace(serializer, p->uri, p->prefix) != 0) {
      st = pact_diag(s->d, PACT_ERR_INTERNAL, NULL, 0, "cannot declare the prefix '%s:'",
                     p->prefix);
      break;
    }
  }

  librdf_stream *stream = NULL;
  if (st == PACT_OK) {
    stream = librdf_query_results_as_stream(results);
    if (!stream) {
      st = pact_diag(s->d, PACT_ERR_INTERNAL, NULL, 0, "cannot read the constructed graph");
    }
  }
  if (st == PACT_OK &&
      librdf_serializer_serialize_stream_to_file_handle(serializer, stdout, NULL, stream) != 0) {
    st = pact_diag(s->d, PACT_ERR_INTERNAL, NULL, 0, "cannot write the constructed graph");
  }

  if (stream) {
    librdf_free_stream(stream);
  }
  librdf_free_serializer(serializer);
  return st;
}

/* ---- running ----------------------------------------------------------- */

/* What rasqal 0.9.33 parses but does not implement, refused with a way
 * out rather than an empty answer or a bare "could not be run": DESCRIBE
 * <x> fails without a word and DESCRIBE ?x WHERE {...} gives an empty
 * graph; MINUS and (NOT) EXISTS. A query that does not parse passes here;
 * librdf reports its errors. */
static PactStatus
refuse_unimplemented(QuerySession *s)
{
  /* rasqal 0.9.33 parses MINUS but cannot run it ("could not be run"), and
   * stops at NOT EXISTS with a syntax error: say what to write instead. */
  if (pact_sparql_has_keyword(s->query_text, "MINUS")) {
    return pact_diag(s->d, PACT_ERR_INPUT, s->query_label, 0,
                     "MINUS is not implemented by rasqal %s; write OPTIONAL { ... } "
                     "FILTER(!BOUND(?v)) with a variable ?v of the removed pattern",
                     rasqal_version_string);
  }
  if (pact_sparql_has_keyword(s->query_text, "EXISTS")) {
    return pact_diag(s->d, PACT_ERR_INPUT, s->query_label, 0,
                     "FILTER EXISTS and NOT EXISTS are not implemented by rasqal %s; write the "
                     "pattern itself (EXISTS) or OPTIONAL { ... } FILTER(!BOUND(?v)) (NOT EXISTS)",
                     rasqal_version_string);
  }
  rasqal_query *query = session_query(s);

  if (query && rasqal_query_get_verb(query) == RASQAL_QUERY_VERB_DESCRIBE) {
    return pact_diag(s->d, PACT_ERR_INPUT, s->query_label, 0,
                     "DESCRIBE is not implemented by rasqal %s; use CONSTRUCT",
                     rasqal_version_string);
  }
  return PACT_OK;
}

/* The session's query with its VALUES blocks and COUNT(DISTINCT) rewritten
 * (query/values.h). */
static PactStatus
rewrite_query(QuerySession *s)
{
  char *text = NULL;
  const char *why = NULL;
  PactStatus st = pact_sparql_rewrite_values(s->query_text, &text, &why);

  if (st == PACT_ERR_INPUT) {
    return pact_diag(s->d, st, s->query_label, 0, "%s", why);
  }
  if (st != PACT_OK) {
    return pact_diag(s->d, st, NULL, 0, "%s", pact_strerror(st));
  }
  char *counted = NULL;
  st = pact_sparql_rewrite_count_distinct(text, &counted);
  free(text);
  if (st != PACT_OK) {
    return pact_diag(s->d, st, NULL, 0, "%s", pact_strerror(st));
  }
  free(s->query_text);
  s->query_text = counted;
  if (s->parsed) { /* a parse of the old text is no parse of this one */
    rasqal_free_query(s->parsed);
    s->parsed = NULL;
  }
  s->parse_tried = 0;
  return PACT_OK;
}

static PactStatus
run_query(QuerySession *s, const QueryOptions *opts)
{
  PACT_TRY(rewrite_query(s));
  PACT_TRY(refuse_unimplemented(s));

  librdf_query *query = librdf_new_query(s->world, "sparql", NULL,
                                         (const unsigned char *)s->query_text, s->base);
  if (!query) {
    return pact_diag(s->d, PACT_ERR_INTERNAL, NULL, 0, "cannot create a SPARQL query");
  }

  /* rasqal parses the query here, so syntax errors arrive now. */
  unsigned long errors_before = s->d->errors;
  s->log.source = s->query_label;
  librdf_query_results *results = librdf_query_execute(query, s->model);
  s->log.source = NULL;

  PactStatus st = PACT_OK;
  if (!results || s->d->errors > errors_before) {
    st = PACT_ERR_INPUT;
    if (s->d->errors == errors_before) {
      pact_diag(s->d, st, s->query_label, 0, "the query could not be run");
    }
  } else if (librdf_query_results_is_bindings(results) ||
             librdf_query_results_is_boolean(results)) {
    st = write_solutions(s, results, opts->results);
  } else if (librdf_query_results_is_graph(results)) {
    st = write_graph(s, results, opts->results, opts->results_name);
  } else {
    st = pact_diag(s->d, PACT_ERR_INTERNAL, s->query_label, 0, "an unknown kind of result");
  }

  if (results) {
    librdf_free_query_results(results);
  }
  librdf_free_query(query);
  return st;
}

/* Reports output lost to a full disk or a closed pipe, which would else
 * exit 0. main closes stdout; this only flushes and looks. */
static PactStatus
finish_stdout(PactDiag *d)
{
  errno = 0;
  int flushed = fflush(stdout) == 0;
  if (flushed && !ferror(stdout)) {
    return PACT_OK;
  }
  return pact_diag(d, PACT_ERR_IO, "standard output", 0, "%s",
                   !flushed && errno ? strerror(errno) : "write error");
}

/* --endpoint: the query goes to a SPARQL endpoint (store/sparql.h). */
static PactStatus
query_remote(const QueryOptions *opts, PactDiag *d)
{
  PactHttpOptions hopts = {opts->timeout ? opts->timeout : 120, 2, 0.5};
  PactResultsForm form;
  char *text = NULL;
  const char *label = NULL;
  PactHttp *http;
  PactStatus st;

  switch (opts->results) {
  case RESULTS_CSV: form = PACT_RESULTS_CSV; break;
  case RESULTS_TSV: form = PACT_RESULTS_TSV; break;
  case RESULTS_JSON: form = PACT_RESULTS_JSON; break;
  case RESULTS_XML: form = PACT_RESULTS_XML; break;
  default: form = PACT_RESULTS_TABLE; break;
  }
  st = load_query_text(opts, &text, &label, d);
  if (st != PACT_OK) {
    return st;
  }
  http = pact_http_new(&hopts, d);
  st = http ? pact_sparql_remote(http, opts->endpoint, text, opts->default_graph, form, stdout, d)
            : PACT_ERR_INTERNAL;
  pact_http_free(http);
  free(text);
  return st;
}

static PactStatus
query_main(const QueryOptions *opts, PactDiag *d)
{
  QuerySession s;
  PactStatus st = PACT_OK;

  memset(&s, 0, sizeof s);
  s.d = d;
  s.log.d = d;

  /* Every file's syntax first: a bad --format or file name fails before
   * any work. */
  for (int i = 0; i < opts->n_graphs && st == PACT_OK; i++) {
    const char *syntax = NULL;
    st = choose_syntax(opts, opts->graphs[i], &syntax, d);
  }
  if (st == PACT_OK) {
    st = load_query_text(opts, &s.query_text, &s.query_label, d);
  }
  if (st == PACT_OK) {
    st = session_open(&s, opts);
  }
  for (int i = 0; i < opts->n_graphs && st == PACT_OK; i++) {
    const char *syntax = NULL;
    st = choose_syntax(opts, opts->graphs[i], &syntax, d);
    if (st == PACT_OK) {
      st = load_graph(&s, opts->graphs[i], syntax, (unsigned long)i + 1);
    }
  }
  if (st == PACT_OK) {
    st = pact_query_store_seal(s.store);
    if (st == PACT_OK) {
      st = pact_query_store_attach(s.store, librdf_world_get_rasqal(s.world));
    }
    if (st != PACT_OK) {
      pact_diag(d, st, NULL, 0, "cannot index the graphs: %s", pact_strerror(st));
    }
  }
  if (st == PACT_OK) {
    st = run_query(&s, opts);
  }
  session_free(&s);
  return st;
}

int
cli_query(int argc, char **argv)
{
  PactDiag d = {pact_diag_stderr, "pactum query", 0};
  QueryOptions opts;
  PactStatus st = parse_options(argc, argv, &opts, &d);

  if (st == PACT_OK && opts.help) {
    fputs(query_synopsis, stdout);
    fputs(query_usage, stdout);
  } else if (st == PACT_OK && opts.endpoint) {
    st = query_remote(&opts, &d);
  } else if (st == PACT_OK) {
    st = query_main(&opts, &d);
  }

  PactStatus out = finish_stdout(&d);
  return pact_exit_code(st != PACT_OK ? st : out);
}
