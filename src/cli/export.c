/* pactum export: articles, records files or earlier exports in (the
 * pipeline, pipeline/pipeline.h, builds their graph), RDF out in one or
 * several formats. Everything is read and checked before anything is
 * written, and every output goes to a temporary file renamed into place
 * only when all of them are complete: a failed export leaves no file
 * behind. */
#define _POSIX_C_SOURCE 200809L
#include "cli/cli.h"

#include "cli/export.h"
#include "model/graph.h"
#include "model/vocab.h"
#include "pipeline/pipeline.h"
#include "util/atomic.h"
#include "util/clock.h"
#include "util/datadir.h"
#include "util/text.h"
#include "write/writer.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char export_usage[] =
  "Usage: pactum export [OPTION]... ARTICLE|RECORDS|EXPORT...\n"
  "Build the knowledge graph of news articles (UTF-8 text, extracted as\n"
  "`pactum extract` does), of records files (*.json, *.jsonl:\n"
  "ontology/RECORDS.md) or of earlier exports (*.nq, *.trig: merged with the\n"
  "rest), and write it. A directory stands for its articles and records.\n"
  "One thing named in several articles is one node (README: Resolution).\n"
  "\n"
  "  -f, --format FORMAT   turtle, jsonld, ntriples, nquads, trig or rdfxml;\n"
  "                        repeat it or give a comma list for several\n"
  "  -o, --output PATH     a file (one format; without -f, the extension .ttl,\n"
  "                        .jsonld, .nt, .nq, .trig or .rdf tells which) or a\n"
  "                        directory (several formats, or none given: all six,\n"
  "                        as graph.ttl, graph.jsonld, ...); without it, one\n"
  "                        format goes to standard output, as with \"-o -\"\n"
  "      --base IRI        instance namespace (default " PACT_DEFAULT_BASE ")\n"
  "      --context-url URL JSON-LD: reference the context at URL instead of\n"
  "                        embedding it (" PACT_CONTEXT_URL " is ours)\n"
  "      --data-dir DIR    where areas.ttl, context.jsonld and lexicon/ are\n"
  "  -q, --quiet           no summary on standard error\n"
  "      --no-resolve      do not merge across articles: each article's spelling\n"
  "                        of a person, agreement or event stays its own node\n"
  "      --timings         print how long each stage took on standard error\n"
  "  -h, --help            this help\n"
  "\n"
  "Turtle, N-Triples and RDF/XML hold the resolved graph; N-Quads, TriG and\n"
  "JSON-LD add one named graph per article with what that article says.\n"
  "\n"
  "Exit status: 0 done; 1 bad input: an article that cannot be read is\n"
  "skipped and the rest written; bad records or a bad earlier export: nothing\n"
  "written; 2 bad command line;\n"
  "3 a file could not be read or written; 4 out of memory or internal error.\n";

static int
is_directory(const char *path)
{
  struct stat sb;

  return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

static int
usage_error(const char *fmt, const char *arg)
{
  fprintf(stderr, "pactum export: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\nTry 'pactum export --help'.\n");
  return PACT_EXIT_USAGE;
}

/* Adds every format named in a comma list to `wanted`. */
static int
parse_formats(const char *list, int *wanted)
{
  char *copy = strdup(list);
  char *save = NULL;
  int ok = copy != NULL;

  for (char *tok = copy ? strtok_r(copy, ",", &save) : NULL; tok && ok;
       tok = strtok_r(NULL, ",", &save)) {
    int f = pact_format_from_name(tok);
    if (f < 0) {
      ok = 0;
      fprintf(stderr, "pactum export: unknown format '%s' (expected turtle, jsonld, "
                      "ntriples, nquads, trig or rdfxml)\n", tok);
    } else {
      wanted[f] = 1;
    }
  }
  free(copy);
  return ok;
}


int
cli_export_check_base(const char *base)
{
  if (!pact_text_valid_iri(base)) {
    return usage_error("--base '%s' is not an absolute IRI", base);
  }
  if (base[strlen(base) - 1] != '/' && base[strlen(base) - 1] != '#') {
    return usage_error("--base '%s' must end with '/' or '#'", base);
  }
  return PACT_EXIT_OK;
}

/* --timings: each stage as it ends. */
static void
print_stage_time(void *user, PactPipelineStage done, const PactPipelineStats *s)
{
  double seconds = s->seconds[done];
  const PactResolveStats *r = &s->resolve;
  const char *sep = "(";

  (void)user;
  switch (done) {
  case PACT_STAGE_READ:
    fprintf(stderr, "pactum export: read and build: %.3f s\n", seconds);
    break;
  case PACT_STAGE_RESOLVE:
    fprintf(stderr, "pactum export: resolve: %.3f s ", seconds);
    for (int k = 0; k < PACT_N_CLASSES; k++) {
      if (pact_class((PactClass)k)->window_days >= 0) {
        fprintf(stderr, "%s%s %zu -> %zu", sep, pact_class((PactClass)k)->plural, r->nodes[k],
                r->clusters[k]);
        sep = ", ";
      }
    }
    fprintf(stderr, ")\n");
    break;
  case PACT_STAGE_SEAL:
    fprintf(stderr, "pactum export: choose values and sort: %.3f s\n", seconds);
    break;
  default:
    break;
  }
}

PactStatus
cli_export_write(const PactGraph *graph, const int *wanted, const char *output, int to_dir,
                 const PactWriteOptions *opt, int timings, PactDiag *d)
{
  PactAtomicFile files[PACT_N_FORMATS];
  double t0 = pact_clock_seconds();
  double t1;
  PactStatus st = PACT_OK;

  memset(files, 0, sizeof files);
  if (to_dir && mkdir(output, 0777) != 0 && errno != EEXIST) {
    st = pact_diag(d, PACT_ERR_IO, output, 0, "cannot create directory: %s", strerror(errno));
  }
  for (int f = 0; f < PACT_N_FORMATS && st == PACT_OK; f++) {
    FILE *out = stdout;
    if (!wanted[f]) {
      continue;
    }
    if (output) {
      char name[32];
      char *path;
      snprintf(name, sizeof name, "graph.%s", pact_format_extension((PactFormat)f));
      path = to_dir ? pact_datadir_file(output, name) : strdup(output);
      if (!path) {
        st = pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
        break;
      }
      st = pact_atomic_open(&files[f], path, d);
      free(path);
      if (st != PACT_OK) {
        break;
      }
      out = files[f].stream;
    }
    errno = 0;
    st = pact_write(graph, (PactFormat)f, out, opt, d);
    t1 = pact_clock_seconds();
    if (timings) {
      fprintf(stderr, "pactum export: write %s: %.3f s\n", pact_format_name((PactFormat)f), t1 - t0);
    }
    t0 = t1;
    if (st == PACT_ERR_IO) {
      pact_diag(d, st, output ? files[f].path : "standard output", 0,
                "write failed: %s", strerror(errno ? errno : EIO));
    }
  }
  for (int f = 0; f < PACT_N_FORMATS && st == PACT_OK; f++) {
    if (files[f].stream) {
      st = pact_atomic_commit(&files[f], d);
    }
  }
  for (int f = 0; f < PACT_N_FORMATS; f++) {
    pact_atomic_abort(&files[f]);
  }
  return st;
}

int
cli_export(int argc, char **argv)
{
  enum { OPT_BASE = 256, OPT_CONTEXT_URL, OPT_DATA_DIR, OPT_TIMINGS, OPT_NO_RESOLVE };
  static const struct option options[] = {
    {"format", required_argument, NULL, 'f'},
    {"output", required_argument, NULL, 'o'},
    {"base", required_argument, NULL, OPT_BASE},
    {"context-url", required_argument, NULL, OPT_CONTEXT_URL},
    {"data-dir", required_argument, NULL, OPT_DATA_DIR},
    {"quiet", no_argument, NULL, 'q'},
    {"timings", no_argument, NULL, OPT_TIMINGS},
    {"no-resolve", no_argument, NULL, OPT_NO_RESOLVE},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
  };
  int wanted[PACT_N_FORMATS] = {0};
  int n_wanted = 0;
  const char *output = NULL;
  const char *base = PACT_DEFAULT_BASE;
  const char *context_url = NULL;
  const char *data_dir = NULL;
  int quiet = 0;
  int timings = 0;
  int resolve = 1;
  int c;
  PactDiag d = {pact_diag_stderr, "pactum export", 0};
  char *dir = NULL;
  char *context_path = NULL;
  PactPipelineStats stats;
  PactGraph *graph = NULL;
  PactStatus st;
  int skipped; /* unreadable articles: the rest is written, and the exit status is 1 */
  int to_dir;

  optind = 1;
  while ((c = getopt_long(argc, argv, "f:o:qh", options, NULL)) != -1) {
    switch (c) {
    case 'f':
      if (!parse_formats(optarg, wanted)) {
        return PACT_EXIT_USAGE;
      }
      break;
    case 'o':
      output = strcmp(optarg, "-") == 0 ? NULL : optarg; /* "-o -": standard output, not a file named "-" */
      break;
    case OPT_BASE:
      base = optarg;
      break;
    case OPT_CONTEXT_URL:
      context_url = optarg;
      break;
    case OPT_DATA_DIR:
      data_dir = optarg;
      break;
    case 'q':
      quiet = 1;
      break;
    case OPT_TIMINGS:
      timings = 1;
      break;
    case OPT_NO_RESOLVE:
      resolve = 0;
      break;
    case 'h':
      fputs(export_usage, stdout);
      return PACT_EXIT_OK;
    default:
      fputs("Try 'pactum export --help'.\n", stderr);
      return PACT_EXIT_USAGE;
    }
  }
  if (optind >= argc) {
    return usage_error("%s", "no ARTICLE or RECORDS file given");
  }
  if (cli_export_check_base(base) != PACT_EXIT_OK) {
    return PACT_EXIT_USAGE;
  }
  if (context_url && !pact_text_valid_iri(context_url)) {
    return usage_error("--context-url '%s' is not an absolute IRI", context_url);
  }
  for (int f = 0; f < PACT_N_FORMATS; f++) {
    n_wanted += wanted[f];
  }
  /* "-o graph.nq" without -f: the extension says the format. */
  if (n_wanted == 0 && output && !is_directory(output)) {
    const char *dot = strrchr(output, '.');
    int f = dot ? pact_format_from_extension(dot + 1) : -1;
    if (f >= 0) {
      wanted[f] = 1;
      n_wanted = 1;
    }
  }
  to_dir = output && (is_directory(output) || n_wanted != 1);
  if (!output && n_wanted > 1) {
    return usage_error("%s", "several formats need -o DIR");
  }
  if (n_wanted == 0) {
    for (int f = 0; f < PACT_N_FORMATS; f++) {
      wanted[f] = output != NULL;
    }
    wanted[PACT_FORMAT_TURTLE] = 1;
  }

  /* Read and build everything first, then write. */
  dir = pact_datadir_find(data_dir, &d);
  if (!dir) {
    return PACT_EXIT_USAGE;
  }
  context_path = pact_datadir_file(dir, "context.jsonld");
  if (!context_path) {
    st = pact_diag(&d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
  } else {
    PactPipelineOptions o = {dir, base, resolve, timings ? print_stage_time : NULL, NULL};
    st = pact_pipeline_build(&o, (const char *const *)(argv + optind), (size_t)(argc - optind),
                             &graph, &stats, &d);
  }
  skipped = st == PACT_ERR_INPUT && graph;
  if (graph) {
    PactWriteOptions opt = {base, context_path, context_url, NULL};
    st = cli_export_write(graph, wanted, output, to_dir, &opt, timings, &d);
  }
  if (st == PACT_OK && !quiet) {
    size_t n;
    size_t n_default;
    pact_graph_quads(graph, &n, &n_default);
    char exports[64] = "";
    if (stats.exports_read) {
      snprintf(exports, sizeof exports, " and %lu earlier export%s", stats.exports_read,
               stats.exports_read == 1 ? "" : "s");
    }
    fprintf(stderr, "pactum export: %lu records%s, %zu triples in the resolved graph, %zu in "
                    "the articles' graphs%s%s\n",
            stats.records, exports, n_default, n - n_default,
            output ? " -> " : "", output ? output : "");
  }
  pact_graph_free(graph);
  free(context_path);
  free(dir);
  if (st == PACT_OK && !output && (fflush(stdout) != 0 || ferror(stdout))) {
    fprintf(stderr, "pactum export: cannot write to standard output: %s\n", strerror(errno));
    return PACT_EXIT_IO;
  }
  return pact_exit_code(st != PACT_OK ? st : skipped ? PACT_ERR_INPUT : PACT_OK);
}
