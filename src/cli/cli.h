/* One entry point per subcommand. Each takes the subcommand's own argv
 * (argv[0] is the subcommand name), prints its own messages to stderr and
 * returns the process exit status (see PACT_EXIT_* in util/status.h). */
#ifndef PACT_CLI_H
#define PACT_CLI_H

struct PactGraph;

int cli_export(int argc, char **argv);
/* cli_export that also hands the sealed, resolved graph to the caller
 * through *graph (the caller frees it; NULL on failure). Without -o in
 * argv nothing is written: the caller writes the graph itself (publish
 * writes its dumps and pages from it). */
int cli_export_graph(int argc, char **argv, struct PactGraph **graph);
int cli_extract(int argc, char **argv);
int cli_query(int argc, char **argv);
int cli_push(int argc, char **argv);
int cli_publish(int argc, char **argv);

#endif
