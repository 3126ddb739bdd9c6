/* pactum publish: a static linked-data site of articles, records or an
 * export (site/publish.h).
 *
 * The pipeline (pipeline/pipeline.h) builds the graph of the articles,
 * records and exports, as for `pactum export`; the pages and the dumps are
 * written from it, so the site holds what an export would. */
#define _POSIX_C_SOURCE 200809L
#include "cli/cli.h"

#include "model/graph.h"
#include "model/vocab.h"
#include "pipeline/pipeline.h"
#include "site/publish.h"
#include "util/clock.h"
#include "util/datadir.h"
#include "util/diag.h"
#include "util/text.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char publish_usage[] =
  "Usage: pactum publish -o SITE [OPTION]... ARTICLE|RECORDS|EXPORT...\n"
  "Write a static linked-data site of articles, records or earlier exports\n"
  "(N-Quads, TriG): for every resource under the base, an HTML page and its\n"
  "data as Turtle, JSON-LD, N-Triples and RDF/XML; index pages, the\n"
  "ontology's pages, VoID, sitemap.xml and gzipped dumps; and the content-\n"
  "negotiation rules for nginx (nginx-map.conf, nginx-site.conf) and Apache\n"
  "(.htaccess). Publishing again rewrites only the files that change and\n"
  "removes those of resources that are gone. The README shows how to serve it.\n"
  "\n"
  "  -o, --output SITE     the site's directory\n"
  "      --base IRI        instance namespace, ending in '/' (default\n"
  "                        " PACT_DEFAULT_BASE ")\n"
  "      --data-dir DIR    where areas.ttl, context.jsonld and lexicon/ are\n"
  "      --sparql URL      the SPARQL endpoint that serves the data, for VoID\n"
  "      --license IRI     the data's license, for VoID (such as\n"
  "                        https://creativecommons.org/licenses/by/4.0/)\n"
  "  -q, --quiet           no summary on standard error\n"
  "  -v, --verbose         also where the time went: export, pages (with\n"
  "                        resources per second), the rest, the dumps\n"
  "  -h, --help            this help\n";

int
cli_publish(int argc, char **argv)
{
  enum { OPT_BASE = 256, OPT_DATA_DIR, OPT_SPARQL, OPT_LICENSE };
  static const struct option options[] = {
    {"output", required_argument, NULL, 'o'}, {"base", required_argument, NULL, OPT_BASE},
    {"data-dir", required_argument, NULL, OPT_DATA_DIR}, {"quiet", no_argument, NULL, 'q'},
    {"verbose", no_argument, NULL, 'v'},
    {"sparql", required_argument, NULL, OPT_SPARQL}, {"license", required_argument, NULL, OPT_LICENSE},
    {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0},
  };
  PactDiag d = {pact_diag_stderr, "pactum publish", 0};
  const char *site = NULL;
  const char *base = PACT_DEFAULT_BASE;
  const char *data_dir = NULL;
  const char *sparql = NULL;
  const char *license = NULL;
  int quiet = 0;
  int verbose = 0;
  double started = pact_clock_seconds();
  double exported = 0;
  int c;
  int skipped;
  PactGraph *g = NULL;
  PactStatus st;
  PactPipelineStats built;
  PactPublishStats stats;
  char *dir = NULL;
  char *context = NULL;
  char *ontology = NULL;

  optind = 1;
  while ((c = getopt_long(argc, argv, "o:qvh", options, NULL)) != -1) {
    switch (c) {
    case 'o': site = optarg; break;
    case OPT_BASE: base = optarg; break;
    case OPT_DATA_DIR: data_dir = optarg; break;
    case OPT_SPARQL: sparql = optarg; break;
    case OPT_LICENSE: license = optarg; break;
    case 'q': quiet = 1; break;
    case 'v': verbose = 1; break;
    case 'h': fputs(publish_usage, stdout); return PACT_EXIT_OK;
    default: fputs("Try 'pactum publish --help'.\n", stderr); return PACT_EXIT_USAGE;
    }
  }
  if ((sparql && !pact_text_valid_iri(sparql)) || (license && !pact_text_valid_iri(license)) ||
      !pact_text_valid_iri(base)) {
    fputs("pactum publish: --base, --sparql and --license take absolute IRIs\n", stderr);
    return PACT_EXIT_USAGE;
  }
  if (base[strlen(base) - 1] != '/') {
    /* a fragment is never sent to a server: IRIs under the base must be
     * paths */
    fprintf(stderr, "pactum publish: --base '%s' must end with '/': the site's paths are the IRIs' "
                    "paths under it\n", base);
    return PACT_EXIT_USAGE;
  }
  if (!site || optind >= argc) {
    fputs("pactum publish: give -o SITE and at least one ARTICLE or RECORDS file\n"
          "Try 'pactum publish --help'.\n", stderr);
    return PACT_EXIT_USAGE;
  }
  dir = pact_datadir_find(data_dir, &d);
  if (!dir) {
    return PACT_EXIT_USAGE;
  }
  {
    PactPipelineOptions o = {dir, base, 1, NULL, NULL};
    st = pact_pipeline_build(&o, (const char *const *)(argv + optind), (size_t)(argc - optind), &g,
                             &built, &d);
  }
  /* PACT_ERR_INPUT with a graph: articles were skipped (reported); the
   * rest is published and the exit status stays 1. */
  skipped = st == PACT_ERR_INPUT && g;
  if (!g) {
    free(dir);
    return pact_exit_code(st);
  }
  st = PACT_OK;
  context = pact_datadir_file(dir, "context.jsonld");
  ontology = pact_datadir_file(dir, "pactum.ttl");
  if (!context) {
    st = PACT_ERR_USAGE;
  }
  exported = pact_clock_seconds();
  if (st == PACT_OK) {
    PactPublishOptions o = {site, base, context, ontology, 1, sparql, license};
    st = pact_publish(g, &o, &stats, &d);
  }
  if (st == PACT_OK && !quiet) {
    fprintf(stderr, "pactum publish: %lu resources, %lu files written, %lu unchanged, %lu removed, "
                    "%lu IRIs skipped -> %s\n",
            stats.resources, stats.written, stats.unchanged, stats.removed, stats.skipped, site);
  }
  if (st == PACT_OK && verbose) {
    double total = pact_clock_seconds() - started;
    double site_time = total - (exported - started);
    fprintf(stderr,
            "pactum publish: %.2f s in all: export %.2f s; pages %.2f s (%.0f resources/s, "
            "five files each; processor time %.2f s, %.0f resources/s on one core); the rest of "
            "the site %.2f s; compressing the dumps %.2f s on a second thread, beside the pages\n",
            total, exported - started, stats.pages_seconds,
            stats.pages_seconds > 0 ? (double)stats.resources / stats.pages_seconds : 0.0,
            stats.pages_cpu_seconds,
            stats.pages_cpu_seconds > 0 ? (double)stats.resources / stats.pages_cpu_seconds : 0.0,
            site_time - stats.pages_seconds, stats.dumps_seconds);
  }
  pact_graph_free(g);
  free(dir);
  free(context);
  free(ontology);
  return st == PACT_OK && skipped ? PACT_EXIT_INPUT : pact_exit_code(st);
}
