/* Where pactum's data files are: context.jsonld, areas.ttl, lexicon/. */
#ifndef PACT_DATADIR_H
#define PACT_DATADIR_H

#include "util/diag.h"

/* The first of: `override` (--data-dir), $PACTUM_DATADIR, the installed
 * PKGDATADIR, and ../ontology beside the executable (a build tree) that
 * holds areas.ttl. Returns a malloc'd path the caller frees, or NULL with a
 * message naming the places tried. */
char *pact_datadir_find(const char *override, PactDiag *d);

/* "{dir}/{name}", malloc'd; NULL when malloc fails. */
char *pact_datadir_file(const char *dir, const char *name);

#endif
