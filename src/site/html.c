/* The markup every page of the site shares: escapes, and the start of a
 * page. */
#include "site/site.h"

#include <string.h>

/* Appends `s` escaped for HTML text and attribute values. */
void
site_html_text(PactBuf *b, const char *s, size_t len)
{
  for (size_t i = 0; i < len; i++) {
    switch (s[i]) {
    case '&': pact_buf_adds(b, "&amp;"); break;
    case '<': pact_buf_adds(b, "&lt;"); break;
    case '>': pact_buf_adds(b, "&gt;"); break;
    case '"': pact_buf_adds(b, "&quot;"); break;
    case '\'': pact_buf_adds(b, "&#39;"); break;
    default: pact_buf_addc(b, s[i]); break;
    }
  }
}

void
site_html_cstr(PactBuf *b, const char *s)
{
  site_html_text(b, s, strlen(s));
}

/* Every page's start, up to its <head>'s end (left open): one style for
 * a desktop and a phone, no script. */
void
site_html_start(PactBuf *b, const char *title)
{
  pact_buf_adds(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  site_html_cstr(b, title);
  pact_buf_adds(b, "</title>\n");
  pact_buf_adds(b, "<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:52rem;padding:1rem;color:#222}"
                   "h1{font-size:1.6rem;margin:.5rem 0}table{border-collapse:collapse;width:100%}"
                   "th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #ddd}"
                   "th{width:30%;font-weight:600;color:#555}a{color:#0645ad}nav{font-size:.9rem}"
                   "td{overflow-wrap:anywhere}li{margin:.3rem 0}</style>\n");
}

void
site_html_head(PactBuf *b, const char *title, const char *home)
{
  site_html_start(b, title);
  pact_buf_adds(b, "</head>\n<body>\n");
  if (home) {
    pact_buf_printf(b, "<nav><a href=\"%s\">home</a></nav>\n", home);
  }
  pact_buf_adds(b, "<main>\n<h1>");
  site_html_cstr(b, title);
  pact_buf_adds(b, "</h1>\n");
}
