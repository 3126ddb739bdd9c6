#define _GNU_SOURCE /* nftw, O_PATH */
#include "site/files.h"

#include "site/conneg.h"
#include "util/atomic.h"
#include "util/buf.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct PactSiteFiles {
  char *site;       /* the site's folder, owned */
  char *root;       /* where files go: the staging folder or the site, owned */
  int fresh;        /* a new site, written in the staging folder */
  mode_t old_umask; /* restored at the end */
  PactDiag *d;
  PactBuf path;     /* scratch: root/relative */
  char last_dir[4096]; /* the last folder made (pages come folder by folder) */
  int last_dir_fd;     /* open on it (O_PATH), or -1: a new site's files are
                          created relative to it, sparing the kernel the
                          walk of the whole path for each */
  char **kept;      /* an update's files, relative, owned; sorted on commit */
  size_t n_kept;
  size_t cap_kept;
  PactSiteFileStats stats;
};

static int
folder_is_empty(const char *path)
{
  DIR *dp = opendir(path);
  struct dirent *e;
  int empty = 1;

  if (!dp) {
    return 0;
  }
  while (empty && (e = readdir(dp)) != NULL) {
    empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
  }
  closedir(dp);
  return empty;
}

static int
remove_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
  (void)sb;
  (void)ftw;
  return type == FTW_DP ? rmdir(path) : unlink(path);
}

static void
remove_tree(const char *path)
{
  nftw(path, remove_entry, 32, FTW_DEPTH | FTW_PHYS);
}

static void
files_free(PactSiteFiles *f)
{
  for (size_t i = 0; i < f->n_kept; i++) {
    free(f->kept[i]);
  }
  free(f->kept);
  pact_buf_free(&f->path);
  if (f->last_dir_fd >= 0) {
    close(f->last_dir_fd);
  }
  umask(f->old_umask);
  free(f->site);
  free(f->root);
  free(f);
}

PactSiteFiles *
pact_site_files_open(const char *site, PactDiag *d)
{
  PactSiteFiles *f = calloc(1, sizeof *f);
  struct stat sb;
  size_t len = strlen(site);

  if (!f) {
    pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    return NULL;
  }
  f->d = d;
  f->last_dir_fd = -1;
  f->old_umask = umask(022);
  pact_buf_init(&f->path, 0);
  while (len > 1 && site[len - 1] == '/') {
    len--;
  }
  f->site = strndup(site, len);
  if (!f->site) {
    pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    files_free(f);
    return NULL;
  }
  if (stat(f->site, &sb) == 0 && !S_ISDIR(sb.st_mode)) {
    pact_diag(d, PACT_ERR_IO, f->site, 0, "exists and is not a folder");
    files_free(f);
    return NULL;
  }
  f->fresh = stat(f->site, &sb) != 0 || folder_is_empty(f->site);
  if (f->fresh) {
    PactBuf staging;
    pact_buf_init(&staging, 0);
    if (pact_buf_printf(&staging, "%s.pactum-XXXXXX", f->site) != PACT_OK ||
        !mkdtemp(staging.data) || chmod(staging.data, 0755) != 0) {
      pact_diag(d, PACT_ERR_IO, f->site, 0,
                "cannot create the site (first as %s, renamed when whole): %s",
                staging.data ? staging.data : "a staging folder beside it", strerror(errno));
      if (staging.data) {
        rmdir(staging.data);
      }
      pact_buf_free(&staging);
      files_free(f);
      return NULL;
    }
    f->root = staging.data; /* taken from the buffer */
  } else {
    f->root = strdup(f->site);
  }
  if (!f->root) {
    pact_diag(d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
    files_free(f);
    return NULL;
  }
  return f;
}

int
pact_site_files_fresh(const PactSiteFiles *f)
{
  return f->fresh;
}

/* mkdir -p of the folders of f->path (root/relative), from the last one
 * made if it is the same. */
static PactStatus
make_parents(PactSiteFiles *f, size_t root_len)
{
  char *path = f->path.data;
  const char *slash = strrchr(path + root_len, '/');
  size_t dir_len = (size_t)(slash - path);

  if (strlen(f->last_dir) == dir_len && memcmp(f->last_dir, path, dir_len) == 0) {
    return PACT_OK;
  }
  for (char *p = path + root_len + 1; *p; p++) {
    if (*p == '/') {
      *p = '\0';
      if (mkdir(path, 0755) != 0 && errno != EEXIST) {
        PactStatus st = pact_diag(f->d, PACT_ERR_IO, path, 0, "cannot create the folder: %s",
                                  strerror(errno));
        *p = '/';
        return st;
      }
      *p = '/';
    }
  }
  if (f->last_dir_fd >= 0) {
    close(f->last_dir_fd);
    f->last_dir_fd = -1;
  }
  f->last_dir[0] = '\0';
  if (dir_len < sizeof f->last_dir) {
    memcpy(f->last_dir, path, dir_len);
    f->last_dir[dir_len] = '\0';
    path[dir_len] = '\0';
    f->last_dir_fd = open(path, O_PATH | O_DIRECTORY | O_CLOEXEC);
    path[dir_len] = '/';
  }
  return PACT_OK;
}

static int
write_all(int fd, const char *data, size_t len)
{
  while (len) {
    ssize_t n = write(fd, data, len);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return 0;
    }
    data += n;
    len -= (size_t)n;
  }
  return 1;
}

/* Whether the file at `path` holds exactly `data`. */
static int
holds(const char *path, const char *data, size_t len)
{
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  struct stat sb;
  int same = 0;

  if (fd < 0) {
    return 0;
  }
  if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && (size_t)sb.st_size == len) {
    char chunk[65536];
    size_t at = 0;
    same = 1;
    while (same && at < len) {
      ssize_t n = read(fd, chunk, len - at < sizeof chunk ? len - at : sizeof chunk);
      same = n > 0 && memcmp(chunk, data + at, (size_t)n) == 0;
      at += n > 0 ? (size_t)n : 0;
    }
  }
  close(fd);
  return same;
}

static int
keep(PactSiteFiles *f, const char *relative)
{
  if (f->n_kept == f->cap_kept) {
    size_t cap = f->cap_kept ? f->cap_kept * 2 : 1024;
    char **v = realloc(f->kept, cap * sizeof *v);
    if (!v) {
      return 0;
    }
    f->kept = v;
    f->cap_kept = cap;
  }
  f->kept[f->n_kept] = strdup(relative);
  return f->kept[f->n_kept++] != NULL;
}

PactStatus
pact_site_files_put(PactSiteFiles *f, const char *relative, const void *data, size_t len)
{
  size_t root_len = strlen(f->root);
  PactStatus st;
  PactAtomicFile out;
  int fd;

  pact_buf_reset(&f->path);
  st = pact_buf_printf(&f->path, "%s/%s", f->root, relative);
  if (st == PACT_OK) {
    st = make_parents(f, root_len);
  }
  if (st != PACT_OK) {
    return st;
  }
  if (f->fresh) {
    /* Nobody reads the staging folder: the file is written in place. */
    const char *leaf = strrchr(f->path.data, '/') + 1;
    fd = f->last_dir_fd >= 0 ? openat(f->last_dir_fd, leaf, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644)
                             : open(f->path.data, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    int written = fd >= 0 && write_all(fd, data, len);
    if (fd < 0 || close(fd) != 0 || !written) {
      return pact_diag(f->d, PACT_ERR_IO, f->path.data, 0, "cannot write: %s", strerror(errno));
    }
    f->stats.written++;
    return PACT_OK;
  }
  if (!keep(f, relative)) {
    return pact_diag(f->d, PACT_ERR_NOMEM, NULL, 0, "out of memory");
  }
  if (holds(f->path.data, data, len)) {
    f->stats.unchanged++;
    return PACT_OK;
  }
  /* a reader may be serving this file: a whole new one replaces it */
  st = pact_atomic_open(&out, f->path.data, f->d);
  if (st != PACT_OK) {
    return st;
  }
  if (fwrite(data, 1, len, out.stream) != len) {
    st = pact_diag(f->d, PACT_ERR_IO, f->path.data, 0, "cannot write: %s", strerror(errno));
    pact_atomic_abort(&out);
    return st;
  }
  st = pact_atomic_commit(&out, f->d);
  if (st != PACT_OK) {
    return st;
  }
  f->stats.written++;
  return PACT_OK;
}

static int
cmp_cstr(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Whether a file name's extension (".ttl") is of a kind of file pactum
 * puts in a site: a page, a page's data file, a dump. */
static int
is_ours(const char *dot)
{
  if (strcmp(dot, ".html") == 0 || strcmp(dot, ".gz") == 0) {
    return 1;
  }
  for (size_t k = 0; k < PACT_N_PAGE_FORMATS; k++) {
    if (strcmp(dot + 1, pact_format_extension(pact_format_by_rank(PACT_RANK_PAGE, k))) == 0) {
      return 1;
    }
  }
  return 0;
}

/* Removes the files under `dir` (root/`rel`) that this update did not put.
 * Only pactum's kinds of file are touched: a site's own robots.txt or
 * style sheet stays. */
static PactStatus
remove_stale(PactSiteFiles *f, const char *rel)
{
  PactBuf dir;
  DIR *dp;
  struct dirent *e;
  PactStatus st = PACT_OK;

  pact_buf_init(&dir, 0);
  if (pact_buf_printf(&dir, "%s%s%s", f->root, *rel ? "/" : "", rel) != PACT_OK) {
    return PACT_ERR_NOMEM;
  }
  dp = opendir(dir.data);
  if (!dp) {
    st = pact_diag(f->d, PACT_ERR_IO, dir.data, 0, "cannot read: %s", strerror(errno));
    pact_buf_free(&dir);
    return st;
  }
  while (st == PACT_OK && (e = readdir(dp)) != NULL) {
    PactBuf child;
    struct stat sb;
    const char *dot = strrchr(e->d_name, '.');
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
      continue;
    }
    pact_buf_init(&child, 0);
    if (pact_buf_printf(&child, "%s%s%s", rel, *rel ? "/" : "", e->d_name) != PACT_OK) {
      st = PACT_ERR_NOMEM;
      break;
    }
    pact_buf_reset(&f->path);
    pact_buf_printf(&f->path, "%s/%s", f->root, child.data);
    if (f->path.data && lstat(f->path.data, &sb) == 0) {
      if (S_ISDIR(sb.st_mode)) {
        st = remove_stale(f, child.data);
      } else {
        if (dot && is_ours(dot) && S_ISREG(sb.st_mode) &&
            !bsearch(&child.data, f->kept, f->n_kept, sizeof *f->kept, cmp_cstr) &&
            unlink(f->path.data) == 0) {
          f->stats.removed++;
        }
      }
    }
    pact_buf_free(&child);
  }
  closedir(dp);
  pact_buf_free(&dir);
  return st;
}

PactStatus
pact_site_files_commit(PactSiteFiles *f, PactSiteFileStats *stats)
{
  PactStatus st = PACT_OK;

  if (f->fresh) {
    /* rename(2) replaces an empty folder; the site appearing meanwhile
     * with files in it is an error, not something to overwrite. */
    if (rename(f->root, f->site) != 0) {
      st = pact_diag(f->d, PACT_ERR_IO, f->site, 0, "cannot move the new site into place: %s",
                     strerror(errno));
      remove_tree(f->root);
    }
  } else {
    qsort(f->kept, f->n_kept, sizeof *f->kept, cmp_cstr);
    st = remove_stale(f, "");
  }
  *stats = f->stats;
  files_free(f);
  return st;
}

void
pact_site_files_abort(PactSiteFiles *f)
{
  if (!f) {
    return;
  }
  if (f->fresh) {
    remove_tree(f->root);
  }
  files_free(f);
}
