/* pactum query: the command line. Local queries are query/session.h's
 * (RDF files, librdf and rasqal), remote ones store/sparql.h's (SPARQL 1.1
 * Protocol); both write their results with query/results.h. */
#define _POSIX_C_SOURCE 200809L
#include "cli/cli.h"

#include "query/results.h"
#include "query/session.h"
#include "store/http.h"
#include "store/sparql.h"
#include "util/diag.h"
#include "util/status.h"
#include "util/text.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

typedef struct {
  PactResultsForm results;
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
  if (pact_results_form_parse(name, &opts->results)) {
    return PACT_OK;
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

/* ---- running ----------------------------------------------------------- */

/* GRAPH files and a query: query/session.h. */
static PactStatus
query_local(const QueryOptions *opts, PactDiag *d)
{
  PactQuerySession *session = NULL;
  char *text = NULL;
  const char *label = NULL;
  PactStatus st = PACT_OK;

  /* Every file's syntax first: a bad --format or file name fails before
   * any work. */
  for (int i = 0; i < opts->n_graphs && st == PACT_OK; i++) {
    const char *syntax = NULL;
    st = pact_query_syntax(opts->format, opts->graphs[i], &syntax, d);
  }
  if (st == PACT_OK) {
    st = pact_query_read_text(opts->query_file, opts->query_arg, &text, &label, d);
  }
  if (st == PACT_OK) {
    st = pact_query_session_new(opts->base, d, &session);
  }
  for (int i = 0; i < opts->n_graphs && st == PACT_OK; i++) {
    const char *syntax = NULL;
    st = pact_query_syntax(opts->format, opts->graphs[i], &syntax, d);
    if (st == PACT_OK) {
      st = pact_query_session_load(session, opts->graphs[i], syntax);
    }
  }
  if (st == PACT_OK) {
    st = pact_query_session_seal(session);
  }
  if (st == PACT_OK) {
    st = pact_query_session_run(session, text, label, opts->results, stdout);
  }
  pact_query_session_free(session);
  free(text);
  return st;
}

/* --endpoint: the query goes to a SPARQL endpoint (store/sparql.h). */
static PactStatus
query_remote(const QueryOptions *opts, PactDiag *d)
{
  PactHttpOptions hopts = {opts->timeout ? opts->timeout : 120, 2, 0.5};
  char *text = NULL;
  const char *label = NULL;
  PactHttp *http;
  PactStatus st;

  st = pact_query_read_text(opts->query_file, opts->query_arg, &text, &label, d);
  if (st != PACT_OK) {
    return st;
  }
  http = pact_http_new(&hopts, d);
  st = http ? pact_sparql_remote(http, opts->endpoint, text, opts->default_graph, opts->results,
                                 stdout, d)
            : PACT_ERR_INTERNAL;
  pact_http_free(http);
  free(text);
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
    st = query_local(&opts, &d);
  }

  PactStatus out = finish_stdout(&d);
  return pact_exit_code(st != PACT_OK ? st : out);
}
