#include "util/status.h"

const char *
pact_strerror(PactStatus st)
{
  switch (st) {
  case PACT_OK: return "success";
  case PACT_ERR_USAGE: return "bad command line";
  case PACT_ERR_INPUT: return "bad input";
  case PACT_ERR_IO: return "input/output error";
  case PACT_ERR_NOMEM: return "out of memory";
  case PACT_ERR_INTERNAL: return "internal error";
  case PACT_ERR_NETWORK: return "cannot reach the server";
  case PACT_ERR_REMOTE: return "the server refused the request";
  }
  return "unknown status";
}

int
pact_exit_code(PactStatus st)
{
  switch (st) {
  case PACT_OK: return PACT_EXIT_OK;
  case PACT_ERR_USAGE: return PACT_EXIT_USAGE;
  case PACT_ERR_INPUT: return PACT_EXIT_INPUT;
  case PACT_ERR_IO: return PACT_EXIT_IO;
  case PACT_ERR_NOMEM:
  case PACT_ERR_INTERNAL: return PACT_EXIT_INTERNAL;
  case PACT_ERR_NETWORK: return PACT_EXIT_NETWORK;
  case PACT_ERR_REMOTE: return PACT_EXIT_REMOTE;
  }
  return PACT_EXIT_INTERNAL;
}
