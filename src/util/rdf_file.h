/* One RDF file read with raptor, statement by statement: the parsing
 * every reader of Turtle, TriG or RDF/XML files shares (the area scheme,
 * the ontology's labels, conversions for push and publish). */
#ifndef PACT_RDF_FILE_H
#define PACT_RDF_FILE_H

#include "util/status.h"

#include <raptor2.h>

/* Parses the file at `path` in raptor's `syntax` ("turtle", "trig",
 * "rdfxml", ...), handing each statement to `handler`; the file's own URI
 * is the base. `world` is the caller's (opened, with its log handler), or
 * NULL for one of its own. Returns PACT_ERR_IO when the file cannot be
 * read (errno tells why), PACT_ERR_INTERNAL when raptor will not start,
 * PACT_ERR_INPUT on a syntax error, else PACT_OK. Reports nothing itself:
 * raptor's messages go to the world's log handler. */
PactStatus pact_rdf_parse_file(raptor_world *world, const char *path, const char *syntax,
                               raptor_statement_handler handler, void *user);

#endif
