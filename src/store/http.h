/* HTTP for stores and endpoints, through libcurl: one connection reused
 * for every request, credentials from the environment or ~/.netrc (never
 * the command line, where ps shows them), timeouts, and a bounded retry
 * with back-off on connection errors and 5xx answers.
 *
 * A PactHttp owns its curl handle and its response buffer; the body a
 * request returns is valid until the next request or pact_http_free(). */
#ifndef PACT_HTTP_H
#define PACT_HTTP_H

#include "util/buf.h"
#include "util/diag.h"

#include <stddef.h>

typedef struct {
  long timeout;      /* seconds for a whole request; 0: none */
  int retries;       /* further attempts after a connection error or a 5xx */
  double backoff;    /* seconds before the first retry; doubled each time */
} PactHttpOptions;

typedef struct PactHttp PactHttp;

/* A client. User and password come from $PACTUM_STORE_USER and
 * $PACTUM_STORE_PASSWORD when set (basic or digest, as the server asks),
 * else from ~/.netrc for the server's host, else none. NULL with a message
 * when libcurl cannot start. */
PactHttp *pact_http_new(const PactHttpOptions *opts, PactDiag *d);
void pact_http_free(PactHttp *h); /* NULL-safe */

typedef struct {
  long status;              /* HTTP status; 0 when no answer came */
  const char *body;         /* the answer's body, NUL-terminated */
  size_t len;
  const char *content_type; /* without parameters, or "" */
} PactHttpAnswer;

/* Sends `method` (GET, POST, PUT) to `url` with `body` (may be NULL) of
 * type `content_type`, asking for `accept` (may be NULL). 2xx gives
 * PACT_OK. Otherwise it reports "URL: HTTP 401 Unauthorized: the start of
 * the answer" or "URL: cannot connect: ..." and gives PACT_ERR_REMOTE or
 * PACT_ERR_NETWORK (after the retries). `answer` may be NULL. */
PactStatus pact_http_send(PactHttp *h, const char *method, const char *url,
                          const char *content_type, const char *accept,
                          const char *body, size_t len, PactHttpAnswer *answer,
                          PactDiag *d);

/* Appends `s`, percent-encoded for a URL's query part, to `out`. */
PactStatus pact_http_escape(PactBuf *out, const char *s);

#endif
