/* pactum publish: a static linked-data site of articles, records or an
 * export (site/publish.h). WORK IN PROGRESS (issue 7, branch `publish`).
 *
 * Articles and records are exported first (N-Triples: the resolved graph),
 * then read back, so the site shows what an export holds. */
#define _POSIX_C_SOURCE 200809L
#include "cli/cli.h"

#include "model/graph.h"
#include "model/vocab.h"
#include "read/quads.h"
#include "site/publish.h"
#include "util/datadir.h"
#include "util/diag.h"
#include "util/text.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char publish_usage[] =
  "Usage: pactum publish -o SITE [OPTION]... ARTICLE|RECORDS...\n"
  "Write a static linked-data site: for every resource under the base, an\n"
  "HTML page and its data as Turtle, JSON-LD, N-Triples and RDF/XML.\n"
  "\n"
  "  -o, --output SITE     the site's directory\n"
  "      --base IRI        instance namespace (default " PACT_DEFAULT_BASE ")\n"
  "      --data-dir DIR    where areas.ttl, context.jsonld and lexicon/ are\n"
  "      --sparql URL      the SPARQL endpoint that serves the data, for VoID\n"
  "      --license IRI     the data's license, for VoID (such as\n"
  "                        https://creativecommons.org/licenses/by/4.0/)\n"
  "  -q, --quiet           no summary on standard error\n"
  "  -h, --help            this help\n";

/* Removes the temporary export (its files, then the folder). */
static void
remove_folder(const char *dir)
{
  static const char *const files[] = {"graph.nt", "graph.nq", "graph.ttl", "graph.jsonld", NULL};
  char path[4200];

  for (size_t i = 0; files[i]; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, files[i]);
    unlink(path);
  }
  rmdir(dir);
}

int
cli_publish(int argc, char **argv)
{
  enum { OPT_BASE = 256, OPT_DATA_DIR, OPT_SPARQL, OPT_LICENSE };
  static const struct option options[] = {
    {"output", required_argument, NULL, 'o'}, {"base", required_argument, NULL, OPT_BASE},
    {"data-dir", required_argument, NULL, OPT_DATA_DIR}, {"quiet", no_argument, NULL, 'q'},
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
  int c;
  char tmp[4096];
  char **eargv;
  int eargc = 0;
  int status;
  PactGraph *g = NULL;
  PactStatus st = PACT_OK;
  PactPublishStats stats;
  char *dir = NULL;
  char *context = NULL;
  char *ontology = NULL;
  int fd;

  optind = 1;
  while ((c = getopt_long(argc, argv, "o:qh", options, NULL)) != -1) {
    switch (c) {
    case 'o': site = optarg; break;
    case OPT_BASE: base = optarg; break;
    case OPT_DATA_DIR: data_dir = optarg; break;
    case OPT_SPARQL: sparql = optarg; break;
    case OPT_LICENSE: license = optarg; break;
    case 'q': quiet = 1; break;
    case 'h': fputs(publish_usage, stdout); return PACT_EXIT_OK;
    default: fputs("Try 'pactum publish --help'.\n", stderr); return PACT_EXIT_USAGE;
    }
  }
  if ((sparql && !pact_text_valid_iri(sparql)) || (license && !pact_text_valid_iri(license)) ||
      !pact_text_valid_iri(base)) {
    fputs("pactum publish: --base, --sparql and --license take absolute IRIs\n", stderr);
    return PACT_EXIT_USAGE;
  }
  if (!site || optind >= argc) {
    fputs("pactum publish: give -o SITE and at least one ARTICLE or RECORDS file\n"
          "Try 'pactum publish --help'.\n", stderr);
    return PACT_EXIT_USAGE;
  }
  /* The export, in the four formats of the dumps, into a temporary folder. */
  snprintf(tmp, sizeof tmp, "%s/pactum-publish-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  if (!mkdtemp(tmp)) {
    perror("pactum publish: temporary folder");
    return PACT_EXIT_IO;
  }
  (void)fd;
  eargv = calloc((size_t)argc + 12, sizeof *eargv);
  if (!eargv) {
    unlink(tmp);
    return PACT_EXIT_INTERNAL;
  }
  eargv[eargc++] = "export";
  eargv[eargc++] = "-q";
  eargv[eargc++] = "-f";
  eargv[eargc++] = "ntriples,nquads,turtle,jsonld";
  eargv[eargc++] = "-o";
  eargv[eargc++] = tmp;
  eargv[eargc++] = "--base";
  eargv[eargc++] = (char *)base;
  if (data_dir) {
    eargv[eargc++] = "--data-dir";
    eargv[eargc++] = (char *)data_dir;
  }
  for (int i = optind; i < argc; i++) {
    eargv[eargc++] = argv[i];
  }
  status = cli_export(eargc, eargv);
  free(eargv);
  if (status != PACT_EXIT_OK) {
    remove_folder(tmp);
    return status;
  }
  /* The resolved graph (N-Triples, read as N-Quads without graph names). */
  {
    char nt[4200];
    snprintf(nt, sizeof nt, "%s/graph.nt", tmp);
    g = pact_graph_new();
    st = g ? pact_quads_read_file(g, nt, &d) : PACT_ERR_NOMEM;
  }
  if (st == PACT_OK) {
    st = pact_graph_seal(g);
  }
  dir = st == PACT_OK ? pact_datadir_find(data_dir, &d) : NULL;
  context = dir ? pact_datadir_file(dir, "context.jsonld") : NULL;
  ontology = dir ? pact_datadir_file(dir, "pactum.ttl") : NULL;
  if (st == PACT_OK && !context) {
    st = PACT_ERR_USAGE;
  }
  if (st == PACT_OK) {
    PactPublishOptions o = {site, base, context, ontology, tmp, sparql, license};
    st = pact_publish(g, &o, &stats, &d);
  }
  if (st == PACT_OK && !quiet) {
    fprintf(stderr, "pactum publish: %lu resources, %lu files written, %lu unchanged, %lu removed, "
                    "%lu IRIs skipped -> %s\n",
            stats.resources, stats.written, stats.unchanged, stats.removed, stats.skipped, site);
  }
  pact_graph_free(g);
  remove_folder(tmp);
  free(dir);
  free(context);
  free(ontology);
  return pact_exit_code(st);
}
