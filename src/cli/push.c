/* pactum push: send graphs to a store through the SPARQL 1.1 Graph Store
 * HTTP Protocol (store/push.h does the sending).
 *
 * Inputs: N-Triples and N-Quads files are streamed as they are; Turtle,
 * TriG and RDF/XML are parsed with raptor into a temporary N-Quads file
 * first; the graph of the articles and records (pipeline/pipeline.h, with
 * resolution) is written as `pactum export -f nquads` writes it into a
 * temporary N-Quads file, so what a store receives is what an export
 * holds. */
#define _POSIX_C_SOURCE 200809L
#include "cli/cli.h"

#include "util/rdf_file.h"

#include "cli/export.h"
#include "model/vocab.h"
#include "pipeline/pipeline.h"
#include "store/http.h"
#include "store/push.h"
#include "util/datadir.h"
#include "util/diag.h"
#include "util/text.h"
#include "write/writer.h"

#include <raptor2.h>

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char push_usage[] =
  "Usage: pactum push --endpoint URL [OPTION]... FILE|ARTICLE|RECORDS...\n"
  "Send graphs to a store that speaks the SPARQL 1.1 Graph Store HTTP Protocol\n"
  "(Virtuoso, Fuseki, GraphDB, Oxigraph server, Stardog, Blazegraph).\n"
  "\n"
  "FILE is N-Triples (.nt), N-Quads (.nq), Turtle (.ttl), TriG (.trig) or\n"
  "RDF/XML (.rdf); articles (.txt) and records (.json, .jsonl) are exported\n"
  "first, as `pactum export` does. The default graph (pactum's resolved view)\n"
  "goes to --graph, or to the store's default graph.\n"
  "\n"
  "      --endpoint URL    the store's Graph Store Protocol URL, such as\n"
  "                        http://localhost:8890/sparql-graph-crud-auth (Virtuoso)\n"
  "                        or http://localhost:3030/ds/data (Fuseki)\n"
  "      --graph IRI       put the default graph into the named graph IRI\n"
  "      --named-graphs    also send each article's named graph under its own\n"
  "                        IRI (from N-Quads, TriG, articles or records)\n"
  "      --replace         each graph becomes exactly what is sent (HTTP PUT,\n"
  "                        then POST); without it, statements are added (POST)\n"
  "      --chunk-size N    at most N bytes a request (default 1000000; K and M\n"
  "                        suffixes)\n"
  "      --timeout S       seconds a request may take (default 120)\n"
  "      --retries N       attempts after a connection error or an HTTP 5xx,\n"
  "                        waiting 0.5 s, then 1 s, 2 s... (default 3)\n"
  "      --base IRI        instance namespace for articles and records\n"
  "      --data-dir DIR    where areas.ttl, context.jsonld and lexicon/ are\n"
  "  -q, --quiet           no summary on standard error\n"
  "  -h, --help            this help\n"
  "\n"
  "Credentials: $PACTUM_STORE_USER and $PACTUM_STORE_PASSWORD, else ~/.netrc\n"
  "(never the command line, where ps would show them); basic or digest, as\n"
  "the store asks.\n"
  "\n"
  "Exit status: 0 done; 1 bad input; 2 bad command line; 3 a file could not\n"
  "be read; 4 out of memory or internal error; 5 the store could not be\n"
  "reached; 6 the store answered with an error (its status and the start of\n"
  "its answer are shown).\n";

static int
usage_error(const char *message, const char *arg)
{
  fprintf(stderr, "pactum push: %s%s%s\nTry 'pactum push --help'.\n", message,
          arg ? " " : "", arg ? arg : "");
  return PACT_EXIT_USAGE;
}

static int
parse_size(const char *s, size_t *out)
{
  char *end;
  unsigned long long v;

  errno = 0;
  v = strtoull(s, &end, 10);
  if (errno || end == s) {
    return 0;
  }
  if (*end == 'K' || *end == 'k') {
    v *= 1000;
    end++;
  } else if (*end == 'M' || *end == 'm') {
    v *= 1000000;
    end++;
  }
  if (*end || v < 1024 || v > (1ULL << 32)) {
    return 0;
  }
  *out = (size_t)v;
  return 1;
}

/* ---- turning inputs into N-Quads ---------------------------------------- */

typedef struct {
  raptor_serializer *out;
  int blank;
} Convert;

static void
convert_statement(void *user, raptor_statement *st)
{
  Convert *c = user;
  raptor_serializer_serialize_statement(c->out, st);
}

/* Parses `path` (Turtle, TriG or RDF/XML) and writes it as N-Quads to
 * `out`. */
static PactStatus
to_nquads(const char *path, const char *syntax, FILE *out, PactDiag *d)
{
  raptor_world *world = raptor_new_world();
  Convert c = {NULL, 0};
  PactStatus st = PACT_ERR_INTERNAL;
  int error = 0;

  if (world && raptor_world_open(world) == 0) {
    c.out = raptor_new_serializer(world, "nquads");
  }
  if (c.out && raptor_serializer_start_to_file_handle(c.out, NULL, out) == 0) {
    st = pact_rdf_parse_file(world, path, syntax, convert_statement, &c);
    error = errno;
    raptor_serializer_serialize_end(c.out);
  }
  if (c.out) {
    raptor_free_serializer(c.out);
  }
  raptor_free_world(world);
  switch (st) {
  case PACT_OK:
    return PACT_OK;
  case PACT_ERR_IO:
    return pact_diag(d, error == ENOENT ? PACT_ERR_INPUT : PACT_ERR_IO, path, 0, "cannot read: %s",
                     strerror(error));
  case PACT_ERR_INPUT:
    return pact_diag(d, PACT_ERR_INPUT, path, 0, "cannot parse as %s", syntax);
  default:
    return pact_diag(d, PACT_ERR_INTERNAL, path, 0, "cannot start raptor");
  }
}

/* A temporary file, removed at once (it lives while open). */
static FILE *
scratch_file(char *path, size_t cap, PactDiag *d)
{
  const char *dir = getenv("TMPDIR");
  int fd;

  snprintf(path, cap, "%s/pactum-push-XXXXXX", dir && *dir ? dir : "/tmp");
  fd = mkstemp(path);
  if (fd < 0) {
    pact_diag(d, PACT_ERR_IO, path, 0, "cannot create a temporary file: %s", strerror(errno));
    return NULL;
  }
  return fdopen(fd, "w+");
}

/* Exports articles and records to N-Quads in `path`, as `pactum export
 * -f nquads -o PATH` does, with its messages. */
static PactStatus
export_to(const char *path, char **inputs, int n, const char *base, const char *data_dir)
{
  PactDiag d = {pact_diag_stderr, "pactum export", 0};
  int wanted[PACT_N_FORMATS] = {0};
  PactPipelineStats stats;
  PactGraph *graph = NULL;
  char *dir;
  PactStatus st;

  base = base ? base : PACT_DEFAULT_BASE;
  if (cli_export_check_base(base) != PACT_EXIT_OK) {
    return PACT_ERR_USAGE;
  }
  dir = pact_datadir_find(data_dir, &d);
  if (!dir) {
    return PACT_ERR_USAGE;
  }
  {
    PactPipelineOptions o = {dir, base, 1, NULL, NULL};
    st = pact_pipeline_build(&o, (const char *const *)inputs, (size_t)n, &graph, &stats, &d);
  }
  /* Articles skipped: the rest is written, and the status stays an
   * input error, which stops the push. */
  if (graph) {
    PactWriteOptions opt = {base, NULL, NULL, NULL};
    PactStatus written;
    wanted[PACT_FORMAT_NQUADS] = 1;
    written = cli_export_write(graph, wanted, path, 0, &opt, 0, &d);
    st = written != PACT_OK ? written : st;
  }
  pact_graph_free(graph);
  free(dir);
  return st;
}

static const char *
rdf_syntax(const char *path)
{
  if (pact_text_ends_with(path, ".nt") || pact_text_ends_with(path, ".nq")) {
    return "nquads";
  }
  if (pact_text_ends_with(path, ".ttl")) {
    return "turtle";
  }
  if (pact_text_ends_with(path, ".trig")) {
    return "trig";
  }
  if (pact_text_ends_with(path, ".rdf") || pact_text_ends_with(path, ".owl")) {
    return "rdfxml";
  }
  return NULL;
}

int
cli_push(int argc, char **argv)
{
  enum {
    OPT_ENDPOINT = 256, OPT_GRAPH, OPT_NAMED, OPT_REPLACE, OPT_CHUNK, OPT_TIMEOUT,
    OPT_RETRIES, OPT_BASE, OPT_DATA_DIR
  };
  static const struct option options[] = {
    {"endpoint", required_argument, NULL, OPT_ENDPOINT},
    {"graph", required_argument, NULL, OPT_GRAPH},
    {"named-graphs", no_argument, NULL, OPT_NAMED},
    {"replace", no_argument, NULL, OPT_REPLACE},
    {"chunk-size", required_argument, NULL, OPT_CHUNK},
    {"timeout", required_argument, NULL, OPT_TIMEOUT},
    {"retries", required_argument, NULL, OPT_RETRIES},
    {"base", required_argument, NULL, OPT_BASE},
    {"data-dir", required_argument, NULL, OPT_DATA_DIR},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
  };
  PactPushOptions popts = {NULL, NULL, 0, 0, 1000000};
  PactHttpOptions hopts = {120, 3, 0.5};
  PactDiag d = {pact_diag_stderr, "pactum push", 0};
  PactPushStats stats = {0, 0, 0, 0};
  const char *base = NULL;
  const char *data_dir = NULL;
  char **derived = NULL; /* articles and records, exported together */
  int n_derived = 0;
  int quiet = 0;
  int c;
  PactHttp *http = NULL;
  PactStatus st = PACT_OK;

  optind = 1;
  while ((c = getopt_long(argc, argv, "qh", options, NULL)) != -1) {
    char *end;
    switch (c) {
    case OPT_ENDPOINT: popts.endpoint = optarg; break;
    case OPT_GRAPH: popts.graph = optarg; break;
    case OPT_NAMED: popts.named_graphs = 1; break;
    case OPT_REPLACE: popts.replace = 1; break;
    case OPT_CHUNK:
      if (!parse_size(optarg, &popts.chunk_bytes)) {
        return usage_error("--chunk-size: expected a number of bytes from 1024, such as 4M:", optarg);
      }
      break;
    case OPT_TIMEOUT:
      hopts.timeout = strtol(optarg, &end, 10);
      if (*end || hopts.timeout < 1) {
        return usage_error("--timeout: expected a number of seconds:", optarg);
      }
      break;
    case OPT_RETRIES:
      hopts.retries = (int)strtol(optarg, &end, 10);
      if (*end || hopts.retries < 0 || hopts.retries > 10) {
        return usage_error("--retries: expected 0 to 10:", optarg);
      }
      break;
    case OPT_BASE: base = optarg; break;
    case OPT_DATA_DIR: data_dir = optarg; break;
    case 'q': quiet = 1; break;
    case 'h': fputs(push_usage, stdout); return PACT_EXIT_OK;
    default: fputs("Try 'pactum push --help'.\n", stderr); return PACT_EXIT_USAGE;
    }
  }
  if (!popts.endpoint) {
    return usage_error("no --endpoint URL given", NULL);
  }
  if (strncmp(popts.endpoint, "http://", 7) != 0 && strncmp(popts.endpoint, "https://", 8) != 0) {
    return usage_error("--endpoint: expected an http:// or https:// URL:", popts.endpoint);
  }
  if (popts.graph && !pact_text_valid_iri(popts.graph)) {
    return usage_error("--graph: not an absolute IRI:", popts.graph);
  }
  if (optind >= argc) {
    return usage_error("no FILE, ARTICLE or RECORDS given", NULL);
  }
  http = pact_http_new(&hopts, &d);
  derived = calloc((size_t)(argc - optind), sizeof *derived);
  if (!http || !derived) {
    pact_http_free(http);
    free(derived);
    return PACT_EXIT_INTERNAL;
  }
  /* RDF files as given, in order; articles and records gathered. */
  for (int i = optind; i < argc && st == PACT_OK; i++) {
    const char *syntax = rdf_syntax(argv[i]);
    FILE *in;
    char tmp[4096];
    if (pact_text_ends_with(argv[i], ".jsonld")) {
      st = pact_diag(&d, PACT_ERR_INPUT, argv[i], 0,
                     "JSON-LD is not read by push: push the N-Quads or Turtle export");
      break;
    }
    if (!syntax) {
      derived[n_derived++] = argv[i];
      continue;
    }
    if (strcmp(syntax, "nquads") == 0) {
      in = fopen(argv[i], "rb");
      if (!in) {
        st = pact_diag(&d, errno == ENOENT ? PACT_ERR_INPUT : PACT_ERR_IO, argv[i], 0,
                       "cannot read: %s", strerror(errno));
        break;
      }
    } else {
      in = scratch_file(tmp, sizeof tmp, &d);
      if (!in) {
        st = PACT_ERR_IO;
        break;
      }
      unlink(tmp);
      st = to_nquads(argv[i], syntax, in, &d);
      rewind(in);
    }
    if (st == PACT_OK) {
      st = pact_push_nquads(http, &popts, in, argv[i], &stats, &d);
    }
    fclose(in);
  }
  if (st == PACT_OK && n_derived) {
    char tmp[4096];
    FILE *in = scratch_file(tmp, sizeof tmp, &d);
    if (!in) {
      st = PACT_ERR_IO;
    } else {
      fclose(in);
      st = export_to(tmp, derived, n_derived, base, data_dir);
      in = st == PACT_OK ? fopen(tmp, "rb") : NULL;
      if (st == PACT_OK && !in) {
        st = pact_diag(&d, PACT_ERR_IO, tmp, 0, "cannot read the export: %s", strerror(errno));
      }
      unlink(tmp);
      if (in) {
        st = pact_push_nquads(http, &popts, in, "the export of the articles and records", &stats, &d);
        fclose(in);
      }
    }
  }
  if (st == PACT_OK && !quiet) {
    fprintf(stderr, "pactum push: %lu statements in %lu graph%s, %lu request%s -> %s%s\n",
            stats.statements, stats.graphs, stats.graphs == 1 ? "" : "s", stats.requests,
            stats.requests == 1 ? "" : "s", popts.endpoint,
            stats.skipped ? " (named graphs left out: --named-graphs sends them)" : "");
  } else if (st != PACT_OK) {
    fprintf(stderr, "pactum push: stopped; %lu statements were sent in %lu requests before\n",
            stats.statements, stats.requests);
  }
  pact_http_free(http);
  free(derived);
  return pact_exit_code(st);
}
