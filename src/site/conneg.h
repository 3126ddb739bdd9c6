/* Content negotiation rules for ordinary web servers: which of a
 * resource's five files (x.html, x.ttl, x.jsonld, x.rdf, x.nt) answers
 * GET /x for a given Accept header.
 *
 * The choice, the same for every server we write rules for (RFC 9110,
 * section 12.5.1): each variant takes the q-value of the most specific
 * media range that matches it ("text/turtle" before "text/(any)" before
 * "(any)/(any)"; none: 0); the highest q wins; among equal q, a variant
 * named by its exact type beats one matched by a wildcard, then HTML,
 * Turtle, JSON-LD, RDF/XML, N-Triples in that order. So browsers and the
 * bare wildcard get HTML, "text/turtle, (any)/(any)" gets Turtle and
 * rdflib's default Accept gets RDF/XML. With no Accept, or nothing
 * acceptable, the answer is HTML. */
#ifndef PACT_CONNEG_H
#define PACT_CONNEG_H

#include "util/buf.h"
#include "util/status.h"
#include "write/formats.h"

/* A resource's data files beside its HTML page (x.ttl, x.jsonld, x.nt,
 * x.rdf) are the formats with a page place (write/formats.h),
 * pact_format_by_rank(PACT_RANK_PAGE, k) for k < PACT_N_PAGE_FORMATS, in
 * the order its page links them. */

/* Appends nginx's rules, for the http { } block: maps from $http_accept
 * to $pactum_ext, the extension of the file that answers. nginx weighs no
 * q-values itself; the maps read each variant's q with regular
 * expressions and compare them digit by digit. */
PactStatus pact_conneg_nginx_map(PactBuf *out);

/* Appends nginx's location rules, for a server { } block whose root is
 * the site: media types of the extensions, Vary: Accept, and try_files
 * with $pactum_ext. */
PactStatus pact_conneg_nginx_site(PactBuf *out);

/* Appends the rules for Apache (.htaccess at the site's root): MultiViews,
 * which weighs q-values itself, with source qualities that make HTML win
 * its ties. Where Apache differs: nothing acceptable gets 406 Not
 * Acceptable; RDF formats at equal q go to the smallest file; an exact
 * type is not preferred to a wildcard at equal explicit q. */
PactStatus pact_conneg_htaccess(PactBuf *out);

#endif
