#define _POSIX_C_SOURCE 200809L
#include "store/http.h"

#include <curl/curl.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct PactHttp {
  CURL *curl;
  PactHttpOptions opts;
  PactBuf answer;
  char content_type[128];
  char error[CURL_ERROR_SIZE];
};

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "0"
#endif

/* The start of an answer shown in a message. */
enum { ANSWER_SHOWN = 300 };

static size_t
on_data(char *data, size_t size, size_t n, void *user)
{
  PactBuf *b = user;
  return pact_buf_add(b, data, size * n) == PACT_OK ? size * n : 0;
}

PactHttp *
pact_http_new(const PactHttpOptions *opts, PactDiag *d)
{
  PactHttp *h = calloc(1, sizeof *h);
  const char *user = getenv("PACTUM_STORE_USER");
  const char *password = getenv("PACTUM_STORE_PASSWORD");

  if (!h) {
    pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    return NULL;
  }
  /* curl_global_init is not thread-safe; pactum is single-threaded. */
  if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0 || !(h->curl = curl_easy_init())) {
    free(h);
    pact_diag(d, PACT_ERR_INTERNAL, NULL, 0, "cannot start libcurl");
    return NULL;
  }
  h->opts = *opts;
  pact_buf_init(&h->answer, 0);
  curl_easy_setopt(h->curl, CURLOPT_ERRORBUFFER, h->error);
  curl_easy_setopt(h->curl, CURLOPT_WRITEFUNCTION, on_data);
  curl_easy_setopt(h->curl, CURLOPT_WRITEDATA, &h->answer);
  curl_easy_setopt(h->curl, CURLOPT_TIMEOUT, opts->timeout);
  curl_easy_setopt(h->curl, CURLOPT_CONNECTTIMEOUT, opts->timeout && opts->timeout < 10 ? opts->timeout : 10L);
  curl_easy_setopt(h->curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h->curl, CURLOPT_USERAGENT, "pactum/" PACKAGE_VERSION);
  curl_easy_setopt(h->curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(h->curl, CURLOPT_MAXREDIRS, 5L);
  /* A redirected POST or PUT stays one, with its body (curl would turn it
   * into a GET after 301, 302 and 303). */
  curl_easy_setopt(h->curl, CURLOPT_POSTREDIR, (long)CURL_REDIR_POST_ALL);
  /* Basic or digest, whichever the server asks for. */
  curl_easy_setopt(h->curl, CURLOPT_HTTPAUTH, (long)(CURLAUTH_BASIC | CURLAUTH_DIGEST));
  if (user && *user) {
    curl_easy_setopt(h->curl, CURLOPT_USERNAME, user);
    curl_easy_setopt(h->curl, CURLOPT_PASSWORD, password ? password : "");
  } else {
    curl_easy_setopt(h->curl, CURLOPT_NETRC, (long)CURL_NETRC_OPTIONAL);
  }
  return h;
}

void
pact_http_free(PactHttp *h)
{
  if (!h) {
    return;
  }
  curl_easy_cleanup(h->curl);
  curl_global_cleanup();
  pact_buf_free(&h->answer);
  free(h);
}

PactStatus
pact_http_escape(PactBuf *out, const char *s)
{
  static const char hex[] = "0123456789ABCDEF";

  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (isalnum(*p) || *p == '-' || *p == '.' || *p == '_' || *p == '~') {
      PACT_TRY(pact_buf_addc(out, (char)*p));
    } else {
      char enc[3] = {'%', hex[*p >> 4], hex[*p & 15]};
      PACT_TRY(pact_buf_add(out, enc, 3));
    }
  }
  return PACT_OK;
}

static void
pause_seconds(double s)
{
  struct timespec t = {(time_t)s, (long)((s - (double)(time_t)s) * 1e9)};
  nanosleep(&t, NULL);
}

/* Whether a failed attempt is worth another: the connection failed or timed
 * out, or the server said 5xx (overloaded, restarting). */
static int
retryable(CURLcode rc, long status)
{
  switch (rc) {
  case CURLE_OK:
    return status >= 500;
  case CURLE_COULDNT_CONNECT:
  case CURLE_COULDNT_RESOLVE_HOST:
  case CURLE_OPERATION_TIMEDOUT:
  case CURLE_SEND_ERROR:
  case CURLE_RECV_ERROR:
  case CURLE_GOT_NOTHING:
  case CURLE_PARTIAL_FILE:
    return 1;
  default:
    return 0;
  }
}

/* The reason phrase of common statuses, for messages. */
static const char *
reason(long status)
{
  switch (status) {
  case 400: return "Bad Request";
  case 401: return "Unauthorized";
  case 403: return "Forbidden";
  case 404: return "Not Found";
  case 405: return "Method Not Allowed";
  case 406: return "Not Acceptable";
  case 413: return "Content Too Large";
  case 415: return "Unsupported Media Type";
  case 500: return "Internal Server Error";
  case 502: return "Bad Gateway";
  case 503: return "Service Unavailable";
  case 504: return "Gateway Timeout";
  default: return "";
  }
}

/* The start of the answer, on one line, for a message. */
static void
answer_start(const PactBuf *b, char *out, size_t cap)
{
  size_t n = 0;

  for (size_t i = 0; i < b->len && n + 4 < cap && n < ANSWER_SHOWN; i++) {
    char c = b->data[i];
    out[n++] = c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
  }
  if (n < b->len && n + 4 < cap) {
    memcpy(out + n, "...", 3);
    n += 3;
  }
  out[n] = '\0';
}

PactStatus
pact_http_send(PactHttp *h, const char *method, const char *url, const char *content_type,
               const char *accept, const char *body, size_t len, PactHttpAnswer *answer,
               PactDiag *d)
{
  struct curl_slist *headers = NULL;
  char header[256];
  double wait = h->opts.backoff > 0 ? h->opts.backoff : 0.5;
  CURLcode rc = CURLE_OK;
  long status = 0;
  char *type = NULL;
  if (content_type) {
    snprintf(header, sizeof header, "Content-Type: %s", content_type);
    headers = curl_slist_append(headers, header);
  }
  if (accept) {
    snprintf(header, sizeof header, "Accept: %s", accept);
    headers = curl_slist_append(headers, header);
  }
  /* No "Expect: 100-continue": some stores answer it badly, and a bounded
   * chunk costs little to send twice. */
  headers = curl_slist_append(headers, "Expect:");
  curl_easy_setopt(h->curl, CURLOPT_URL, url);
  curl_easy_setopt(h->curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(h->curl, CURLOPT_CUSTOMREQUEST, NULL);
  curl_easy_setopt(h->curl, CURLOPT_HTTPGET, 1L);
  if (strcmp(method, "GET") != 0) {
    curl_easy_setopt(h->curl, CURLOPT_POST, 1L);
    curl_easy_setopt(h->curl, CURLOPT_POSTFIELDS, body ? body : "");
    curl_easy_setopt(h->curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)(body ? len : 0));
    if (strcmp(method, "POST") != 0) {
      curl_easy_setopt(h->curl, CURLOPT_CUSTOMREQUEST, method);
    }
  }
  for (int attempt = 0;; attempt++) {
    pact_buf_reset(&h->answer);
    h->error[0] = '\0';
    rc = curl_easy_perform(h->curl);
    status = 0;
    if (rc == CURLE_OK) {
      curl_easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &status);
    }
    if (attempt >= h->opts.retries || !retryable(rc, status)) {
      break;
    }
    pause_seconds(wait);
    wait *= 2;
  }
  curl_slist_free_all(headers);
  h->content_type[0] = '\0';
  if (rc == CURLE_OK && curl_easy_getinfo(h->curl, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK &&
      type) {
    size_t n = strcspn(type, "; ");
    if (n >= sizeof h->content_type) {
      n = sizeof h->content_type - 1;
    }
    memcpy(h->content_type, type, n);
    h->content_type[n] = '\0';
  }
  if (answer) {
    answer->status = status;
    answer->body = pact_buf_str(&h->answer);
    answer->len = h->answer.len;
    answer->content_type = h->content_type;
  }
  if (rc != CURLE_OK) {
    return pact_diag(d, PACT_ERR_NETWORK, url, 0, "cannot %s: %s%s", method,
                     h->error[0] ? h->error : curl_easy_strerror(rc),
                     h->opts.retries ? " (after retries)" : "");
  }
  if (status < 200 || status >= 300) {
    char start[ANSWER_SHOWN + 8];
    answer_start(&h->answer, start, sizeof start);
    return pact_diag(d, PACT_ERR_REMOTE, url, 0, "%s: HTTP %ld %s%s%s", method, status,
                     reason(status), start[0] ? ": " : "", start);
  }
  return PACT_OK;
}
