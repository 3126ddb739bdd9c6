/* write-peer SITE COPY: the file system's own cost of a published site.
 * Lists SITE's files and their sizes, then writes files of the same sizes
 * at the same relative paths under COPY with plain mkdir, open, write and
 * close, as fast as a program can, and prints the seconds it took. The
 * peer for `pactum publish` in bench-publish.sh: what writing those bytes
 * costs before anything is computed. */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct {
  char *path; /* relative, owned */
  size_t size;
  int dir;
} Entry;

static Entry *entries;
static size_t n_entries;
static size_t cap_entries;
static size_t site_len;

static int
list(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
  (void)ftw;
  if (strlen(path) <= site_len) {
    return 0;
  }
  if (n_entries == cap_entries) {
    cap_entries = cap_entries ? cap_entries * 2 : 4096;
    entries = realloc(entries, cap_entries * sizeof *entries);
    if (!entries) {
      return 1;
    }
  }
  entries[n_entries].path = strdup(path + site_len + 1);
  entries[n_entries].size = (size_t)sb->st_size;
  entries[n_entries].dir = type == FTW_D;
  n_entries++;
  return 0;
}

int
main(int argc, char **argv)
{
  static char zeros[1 << 20];
  struct timespec a;
  struct timespec b;
  size_t bytes = 0;
  size_t files = 0;
  char path[8192];

  if (argc != 3) {
    fputs("usage: write-peer SITE COPY\n", stderr);
    return 2;
  }
  site_len = strlen(argv[1]);
  memset(zeros, 'x', sizeof zeros);
  if (nftw(argv[1], list, 64, FTW_PHYS) != 0) {
    perror(argv[1]);
    return 1;
  }
  clock_gettime(CLOCK_MONOTONIC, &a);
  if (mkdir(argv[2], 0755) != 0) {
    perror(argv[2]);
    return 1;
  }
  for (size_t i = 0; i < n_entries; i++) {
    snprintf(path, sizeof path, "%s/%s", argv[2], entries[i].path);
    if (entries[i].dir) {
      if (mkdir(path, 0755) != 0 && errno != EEXIST) {
        perror(path);
        return 1;
      }
      continue;
    }
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
    size_t left = entries[i].size;
    if (fd < 0) {
      perror(path);
      return 1;
    }
    while (left) {
      size_t n = left < sizeof zeros ? left : sizeof zeros;
      if (write(fd, zeros, n) != (ssize_t)n) {
        perror(path);
        return 1;
      }
      left -= n;
    }
    close(fd);
    bytes += entries[i].size;
    files++;
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  printf("%.3f %zu %zu\n", (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9,
         files, bytes);
  return 0;
}
