#include "util/rdf_file.h"

#include <errno.h>
#include <stdio.h>

PactStatus
pact_rdf_parse_file(raptor_world *world, const char *path, const char *syntax,
                    raptor_statement_handler handler, void *user)
{
  raptor_world *own = NULL;
  raptor_parser *parser = NULL;
  unsigned char *uri_string = NULL;
  raptor_uri *uri = NULL;
  PactStatus st = PACT_ERR_INTERNAL;
  FILE *f = fopen(path, "rb");

  if (!f) {
    return PACT_ERR_IO;
  }
  if (!world) {
    own = raptor_new_world();
    world = own && raptor_world_open(own) == 0 ? own : NULL;
  }
  if (world) {
    parser = raptor_new_parser(world, syntax);
    uri_string = raptor_uri_filename_to_uri_string(path);
    uri = uri_string ? raptor_new_uri(world, uri_string) : NULL;
  }
  if (parser && uri) {
    raptor_parser_set_statement_handler(parser, user, handler);
    st = raptor_parser_parse_file_stream(parser, f, path, uri) == 0 ? PACT_OK : PACT_ERR_INPUT;
  }
  fclose(f);
  if (uri) {
    raptor_free_uri(uri);
  }
  raptor_free_memory(uri_string);
  if (parser) {
    raptor_free_parser(parser);
  }
  if (own) {
    raptor_free_world(own);
  }
  return st;
}
