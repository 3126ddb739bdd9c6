#include "site/conneg.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

enum { N_VARIANTS = 1 + PACT_N_PAGE_FORMATS };

/* One of the five variants. The wildcard of its top-level type
 * ("text/\*") is its second most specific range. */
typedef struct {
  const char *ext;
  const char *type; /* the media type, for Content-Type */
  char exact[64];   /* it as a regular expression */
  char group[64];   /* its top-level type's wildcard, as one */
  char rank;
} Variant;

/* Variant v, 0 (HTML) to N_VARIANTS - 1. */
static Variant
variant(size_t v)
{
  Variant out;
  size_t n = 0;
  size_t slash;

  /* the data files after HTML in the order that breaks ties (rank 5 is
   * HTML's, then 4 down to 1) */
  out.ext = v ? pact_format_extension(pact_format_by_rank(PACT_RANK_CONNEG, v - 1)) : "html";
  out.type = v ? pact_format_media_type(pact_format_by_rank(PACT_RANK_CONNEG, v - 1)) : "text/html";
  out.rank = (char)('5' - v);
  for (const char *c = out.type; *c && n + 2 < sizeof out.exact; c++) {
    if (strchr(".+*?()[]{}|^$\\", *c)) {
      out.exact[n++] = '\\';
    }
    out.exact[n++] = *c;
  }
  out.exact[n] = '\0';
  slash = strcspn(out.type, "/");
  snprintf(out.group, sizeof out.group, "%.*s/\\*", (int)slash, out.type);
  return out;
}

/* A q-value's spellings (RFC 9110: "0" [ "." 0*3DIGIT ] / "1" [ "." 0*3"0" ])
 * and the four digits each stands for, from the regular expression's
 * captures ($1 to $3: nginx reads one digit after $). */
static const struct {
  const char *re;
  const char *digits;
} qvalues[] = {
  {"1(?:\\.0{0,3})?", "1000"},
  {"0\\.(\\d)(\\d)(\\d)", "0$1$2$3"},
  {"0\\.(\\d)(\\d)", "0$1$20"},
  {"0\\.(\\d)", "0$100"},
  {"0\\.?", "0000"},
};

/* A media range in an Accept header: at the start or after a comma, with
 * any parameters but q before the q parameter, if any. */
#define RANGE_START "(?:^|,)\\s*"
#define PARAMS "\\s*(?:;\\s*(?!q\\s*=)[^;,]*)*"
#define RANGE_END "\\s*(?:[;,]|$)"

/* Appends the lines of the map that gives `range` a variant's key: its
 * q-value's four digits, the range's specificity (2 exact, 1 the type's
 * wildcard, 0 any type), and the variant's rank. */
static void
range_lines(PactBuf *out, const char *range, char specificity, char rank)
{
  for (size_t i = 0; i < sizeof qvalues / sizeof qvalues[0]; i++) {
    pact_buf_printf(out, "    \"~*" RANGE_START "%s" PARAMS ";\\s*q\\s*=\\s*%s" RANGE_END "\" %s%c%c;\n",
                    range, qvalues[i].re, qvalues[i].digits, specificity, rank);
  }
  pact_buf_printf(out, "    \"~*" RANGE_START "%s" PARAMS "\\s*(?:,|$)\" 1000%c%c;\n", range,
                  specificity, rank);
}

PactStatus
pact_conneg_nginx_map(PactBuf *out)
{
  pact_buf_adds(out,
                "# pactum: content negotiation for nginx; include this in the http { } block.\n"
                "# Each variant's key: its q-value (four digits, from the most specific\n"
                "# media range that names it), the range's specificity (2 its type, 1 its\n"
                "# type's wildcard, 0 any type) and a rank that breaks ties (5 HTML, 4\n"
                "# Turtle, 3 JSON-LD, 2 RDF/XML, 1 N-Triples). The greatest key wins.\n");
  for (size_t v = 0; v < N_VARIANTS; v++) {
    Variant x = variant(v);
    pact_buf_printf(out, "map $http_accept $pactum_key_%s {\n    default 00000%c;\n", x.ext,
                    x.rank);
    range_lines(out, x.exact, '2', x.rank);
    range_lines(out, x.group, '1', x.rank);
    range_lines(out, "\\*/\\*", '0', x.rank);
    pact_buf_adds(out, "}\n");
  }
  /* The greater of two keys of equal length: at the first digit where
   * they differ (the backreference holds the common prefix), the first
   * key's digit is the greater. */
  pact_buf_adds(out, "# the greatest key, two at a time\n");
  for (size_t v = 1; v < N_VARIANTS; v++) {
    PactBuf left;
    pact_buf_init(&left, 0);
    if (v == 1) {
      pact_buf_printf(&left, "$pactum_key_%s", variant(0).ext);
    } else {
      pact_buf_printf(&left, "$pactum_max_%zu", v - 1);
    }
    pact_buf_printf(out, "map \"%s|$pactum_key_%s\" $pactum_max_%zu {\n    default $pactum_key_%s;\n"
                         "    \"~^(\\d*)(?:",
                    left.data ? left.data : "", variant(v).ext, v, variant(v).ext);
    for (char d = '9'; d >= '1'; d--) {
      pact_buf_printf(out, "%s%c\\d*\\|\\1[0-%c]", d == '9' ? "" : "|", d, d - 1);
    }
    pact_buf_printf(out, ")\" %s;\n}\n", left.data ? left.data : "");
    pact_buf_free(&left);
  }
  /* The winner's rank names its file; nothing acceptable (q 0) gets HTML,
   * as RFC 9110 allows, rather than a 406 a person cannot read. */
  pact_buf_printf(out, "map $pactum_max_%d $pactum_ext {\n    default html;\n    \"~^0000\" html;\n",
                  N_VARIANTS - 1);
  for (size_t v = 0; v < N_VARIANTS; v++) {
    pact_buf_printf(out, "    \"~^\\d{5}%c\" %s;\n", variant(v).rank, variant(v).ext);
  }
  pact_buf_adds(out, "}\n");
  return out->data ? PACT_OK : PACT_ERR_NOMEM;
}

PactStatus
pact_conneg_nginx_site(PactBuf *out)
{
  pact_buf_adds(out, "# pactum: include this in a server { } block whose root is the site\n"
                     "types {\n");
  for (size_t v = 0; v < N_VARIANTS; v++) {
    pact_buf_printf(out, "    %s %s;\n", variant(v).type, variant(v).ext);
  }
  pact_buf_adds(out, "    application/xml xml;\n"
                     "    application/gzip gz;\n"
                     "}\n"
                     "charset utf-8;\n"
                     "charset_types text/turtle application/n-triples;\n"
                     "location / {\n"
                     "    add_header Vary Accept always;\n"
                     "    try_files $uri.$pactum_ext $uri $uri/index.html =404;\n"
                     "}\n"
                     "# VoID at its well-known path (RFC 8615) is Turtle\n"
                     "location = /.well-known/void {\n"
                     "    default_type text/turtle;\n"
                     "}\n");
  return out->data ? PACT_OK : PACT_ERR_NOMEM;
}

PactStatus
pact_conneg_htaccess(PactBuf *out)
{
  /* Apache multiplies q by qs, and reads qs to three decimals. HTML at 1
   * and every RDF format at 0.999 breaks HTML's ties with RDF formats and
   * inverts no two q-values (a product differs from q by less than the
   * q-values' own step, 0.001). Among RDF formats at equal q Apache takes
   * the smallest file, where nginx's rules take the order above. */
  pact_buf_adds(out, "# pactum: content negotiation for Apache (mod_negotiation, mod_headers)\n"
                     "Options +MultiViews\n"
                     "MultiviewsMatch Handlers\n");
  for (size_t v = 0; v < N_VARIANTS; v++) {
    Variant x = variant(v);
    pact_buf_printf(out, "AddType \"%s%s; qs=%s\" .%s\n", x.type,
                    x.type[0] == 't' ? "; charset=utf-8" : "", v == 0 ? "1" : "0.999", x.ext);
  }
  pact_buf_adds(out, "AddType application/gzip .gz\n"
                     "<IfModule mod_headers.c>\n"
                     "    Header append Vary Accept\n"
                     "    # qs is for negotiation, not for clients\n"
                     "    Header edit Content-Type \"; *qs=[0-9.]+\" \"\"\n"
                     "</IfModule>\n"
                     "DirectoryIndex index.html\n"
                     "# VoID at its well-known path (RFC 8615) is Turtle\n"
                     "<Files \"void\">\n"
                     "    ForceType \"text/turtle; charset=utf-8\"\n"
                     "</Files>\n");
  return out->data ? PACT_OK : PACT_ERR_NOMEM;
}
