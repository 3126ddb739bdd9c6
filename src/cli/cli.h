/* One entry point per subcommand. Each takes the subcommand's own argv
 * (argv[0] is the subcommand name), prints its own messages to stderr and
 * returns the process exit status (see PACT_EXIT_* in util/status.h). */
#ifndef PACT_CLI_H
#define PACT_CLI_H

int cli_export(int argc, char **argv);
int cli_extract(int argc, char **argv);
int cli_query(int argc, char **argv);
int cli_push(int argc, char **argv);
int cli_publish(int argc, char **argv);

#endif
