/* Status values shared by every module. Library code returns a PactStatus
 * and reports details through a PactDiag (util/diag.h); only main chooses
 * an exit code. */
#ifndef PACT_STATUS_H
#define PACT_STATUS_H

typedef enum {
  PACT_OK = 0,
  PACT_ERR_USAGE,    /* bad command line */
  PACT_ERR_INPUT,    /* bad input data: records, RDF, SPARQL */
  PACT_ERR_IO,       /* a file could not be read or written */
  PACT_ERR_NOMEM,    /* an allocation failed */
  PACT_ERR_INTERNAL, /* a library call failed unexpectedly */
  PACT_ERR_NETWORK,  /* a server could not be reached (connection, timeout) */
  PACT_ERR_REMOTE    /* a server answered with an error (HTTP 4xx, 5xx) */
} PactStatus;

/* Exit statuses, as documented in `pactum --help`. */
enum {
  PACT_EXIT_OK = 0,
  PACT_EXIT_INPUT = 1,  /* bad input: nothing was written */
  PACT_EXIT_USAGE = 2,  /* bad command line */
  PACT_EXIT_IO = 3,     /* a file could not be read or written */
  PACT_EXIT_INTERNAL = 4, /* out of memory or a library failure */
  PACT_EXIT_NETWORK = 5,  /* a store or endpoint could not be reached */
  PACT_EXIT_REMOTE = 6    /* a store or endpoint refused the request */
};

/* A constant English description of `st`. */
const char *pact_strerror(PactStatus st);

/* The exit status that main returns for `st`. */
int pact_exit_code(PactStatus st);

#define PACT_TRY(expr)            \
  do {                            \
    PactStatus try_st_ = (expr);  \
    if (try_st_ != PACT_OK) {     \
      return try_st_;             \
    }                             \
  } while (0)

#endif
