/* The files of a published site, written so that a web server serving
 * the site never sees half of one.
 *
 * A new site (its folder absent or empty) is written into a staging
 * folder beside it, file by file with no temporary names, and renamed into
 * place whole on commit: one rename instead of one per file, and no
 * reader ever sees a half-built site. An existing site is updated in
 * place: a file is rewritten (through a temporary file, renamed over it)
 * only when its bytes change, so an rsync or a CDN moves only the
 * difference, and on commit pactum's kinds of file that this run did not
 * put are removed.
 *
 * Files are 0644 and folders 0755, what a web server expects, whatever
 * the umask. */
#ifndef PACT_SITE_FILES_H
#define PACT_SITE_FILES_H

#include "util/diag.h"

#include <stddef.h>

typedef struct PactSiteFiles PactSiteFiles;

typedef struct {
  unsigned long written;   /* files new or whose bytes changed */
  unsigned long unchanged; /* files that already held these bytes */
  unsigned long removed;   /* stale files removed on commit */
} PactSiteFileStats;

/* Starts writing the site at `site`. Returns NULL after reporting through
 * `d` (no memory, a path that is no folder, a staging folder that cannot
 * be made). The caller ends it with commit or abort, which free it. */
PactSiteFiles *pact_site_files_open(const char *site, PactDiag *d);

/* Puts `len` bytes at `relative` (a path under the site made safe by the
 * caller: no "..", no empty segment), making its folders. */
PactStatus pact_site_files_put(PactSiteFiles *f, const char *relative, const void *data,
                               size_t len);

/* Whether this is a new site (written in a staging folder). */
int pact_site_files_fresh(const PactSiteFiles *f);

/* Renames a new site into place, or removes an updated site's stale
 * files; fills *stats; frees `f`. On failure a new site's staging folder
 * is removed. */
PactStatus pact_site_files_commit(PactSiteFiles *f, PactSiteFileStats *stats);

/* Removes a new site's staging folder (an update keeps the whole files it
 * wrote); frees `f`. NULL-safe. */
void pact_site_files_abort(PactSiteFiles *f);

#endif
