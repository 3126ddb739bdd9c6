/* pactum: news about defence cooperation into a linked-data graph.
 * main only picks the subcommand; each lives in src/cli/. */
#include "cli/cli.h"
#include "util/status.h"

#include <stdio.h>
#include <string.h>

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "0"
#endif

static const char usage[] =
  "Usage: pactum COMMAND [OPTION]... [ARG]...\n"
  "Turn news about defence cooperation into a linked-data knowledge graph.\n"
  "\n"
  "Commands:\n"
  "  extract ARTICLE...       read news articles (English, French) and write\n"
  "                           what they hold as records (JSON Lines)\n"
  "  export ARTICLE|RECORDS...  build the graph of articles or records and write\n"
  "                           it as Turtle, JSON-LD, N-Triples, N-Quads, TriG, RDF/XML\n"
  "  query GRAPH... SPARQL    run a SPARQL query over exported graph files,\n"
  "                           or (--endpoint URL) over a SPARQL endpoint\n"
  "  push --endpoint URL FILE|ARTICLE|RECORDS...\n"
  "                           send a graph to a store that speaks the SPARQL 1.1\n"
  "                           Graph Store Protocol (Virtuoso, Fuseki, GraphDB...)\n"
  "  publish -o SITE ARTICLE|RECORDS...\n"
  "                           write a static linked-data site: a page and the data\n"
  "                           of every resource, for nginx or Apache to serve\n"
  "\n"
  "'pactum COMMAND --help' describes each command.\n"
  "\n"
  "Exit status:\n"
  "  0  success\n"
  "  1  bad input (records, RDF, a query): nothing was written\n"
  "  2  bad command line\n"
  "  3  a file could not be read or written\n"
  "  4  out of memory or an internal error\n"
  "  5  a store or endpoint could not be reached\n"
  "  6  a store or endpoint answered with an error\n";

int
main(int argc, char **argv)
{
  static const struct {
    const char *name;
    int (*run)(int, char **);
  } commands[] = {
    {"extract", cli_extract},
    {"export", cli_export},
    {"query", cli_query},
    {"push", cli_push},
    {"publish", cli_publish},
  };
  int status;

  if (argc < 2) {
    fputs(usage, stderr);
    return PACT_EXIT_USAGE;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
      strcmp(argv[1], "help") == 0) {
    fputs(usage, stdout);
    return fflush(stdout) == 0 ? PACT_EXIT_OK : PACT_EXIT_IO;
  }
  if (strcmp(argv[1], "--version") == 0) {
    printf("pactum %s\n", PACKAGE_VERSION);
    return fflush(stdout) == 0 ? PACT_EXIT_OK : PACT_EXIT_IO;
  }
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
    if (strcmp(argv[1], commands[i].name) == 0) {
      status = commands[i].run(argc - 1, argv + 1);
      if (fclose(stdout) != 0 && status == PACT_EXIT_OK) {
        perror("pactum: standard output");
        status = PACT_EXIT_IO;
      }
      return status;
    }
  }
  fprintf(stderr, "pactum: unknown command '%s'\n\n%s", argv[1], usage);
  return PACT_EXIT_USAGE;
}
