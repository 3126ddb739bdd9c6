/* util/: arena, buffer, calendar, text keys and slugs, IRIs, atomic files. */
#define _POSIX_C_SOURCE 200809L
#include "check.h"

#include "util/arena.h"
#include "util/atomic.h"
#include "util/buf.h"
#include "util/calendar.h"
#include "util/file.h"
#include "util/text.h"

#include <stdlib.h>
#include <utf8proc.h>
#include <sys/stat.h>
#include <unistd.h>

static PactBuf key_buf;
static PactBuf slug_buf[2];
static int slug_turn;

static const char *
key_of(const char *s)
{
  pact_buf_reset(&key_buf);
  if (pact_text_key(&key_buf, s, strlen(s)) != PACT_OK) {
    return "(error)";
  }
  return pact_buf_str(&key_buf);
}

/* Two buffers in turn, so that two results can be compared. */
static const char *
slug_of(const char *key)
{
  PactBuf *b = &slug_buf[slug_turn++ % 2];

  pact_buf_reset(b);
  pact_text_slug(b, key, strlen(key));
  return pact_buf_str(b);
}

static void
test_arena(void)
{
  PactArena a;
  char *big;

  pact_arena_init(&a);
  CHECK_STR(pact_arena_strdup(&a, "Rabat"), "Rabat");
  CHECK_STR(pact_arena_strndup(&a, "Kenitra port", 7), "Kenitra");
  big = pact_arena_alloc(&a, 1u << 20); /* larger than a block */
  CHECK(big != NULL);
  memset(big, 'x', 1u << 20);
  for (int i = 0; i < 100000; i++) {
    CHECK(pact_arena_alloc(&a, 24) != NULL);
  }
  /* Reset keeps the newest block and starts it again from its beginning. */
  {
    char *first;
    pact_arena_reset(&a);
    first = pact_arena_alloc(&a, 24);
    CHECK(first != NULL);
    pact_arena_reset(&a);
    CHECK(pact_arena_alloc(&a, 24) == first);
    CHECK_STR(pact_arena_strdup(&a, "Dakar"), "Dakar");
  }
  pact_arena_free(&a);
  pact_arena_reset(&a); /* on an empty arena: nothing */
  pact_arena_free(&a); /* twice is harmless */
}

static void
test_buf(void)
{
  PactBuf b;

  pact_buf_init(&b, 8);
  CHECK_STR(pact_buf_str(&b), "");
  CHECK(pact_buf_adds(&b, "abcd") == PACT_OK);
  CHECK(pact_buf_printf(&b, "%d", 123) == PACT_OK);
  CHECK_STR(pact_buf_str(&b), "abcd123");
  CHECK(pact_buf_adds(&b, "xy") == PACT_ERR_NOMEM); /* over the cap */
  CHECK_STR(pact_buf_str(&b), "abcd123");          /* unchanged */
  free(pact_buf_take(&b));
  CHECK(b.data == NULL && b.len == 0);
  pact_buf_free(&b);
  pact_buf_free(NULL);
}

static void
test_keys(void)
{
  PactBuf b;

  CHECK_STR(key_of("Khawaja Asif"), "khawaja-asif");
  CHECK_STR(key_of("  Saïd  Élbaz "), "said-elbaz");
  CHECK_STR(key_of("Mamadou N'Diaye"), "mamadou-n-diaye");
  CHECK_STR(key_of("Forces Armées Royales"), "forces-armees-royales");
  CHECK_STR(key_of("ATATURK-XI"), "ataturk-xi");
  CHECK_STR(key_of("Straße"), "strasse"); /* case folding */
  CHECK_STR(key_of("---"), "");
  CHECK_STR(key_of("Москва"), "москва");
  /* letters NFKD leaves whole, spelled as the press spells them */
  CHECK_STR(key_of("W\xc5\x82" "adys\xc5\x82" "aw \xc3\x98ster \xc4\x90\xe1\xba\xa1t \xc5\x92uvre"),
            "wladyslaw-oster-dat-oeuvre");
  pact_buf_init(&b, 0);
  CHECK(pact_text_key(&b, "\xff\xfe", 2) == PACT_ERR_INPUT);
  pact_buf_free(&b);
}

/* The Latin table of text.c folds as utf8proc does, but for the letters
 * it spells in ASCII. */
static void
test_latin_table(void)
{
  for (utf8proc_int32_t cp = 0xC0; cp < 0x180; cp++) {
    utf8proc_uint8_t in[8];
    utf8proc_ssize_t n = utf8proc_encode_char(cp, in);
    utf8proc_uint8_t *folded = NULL;
    PactBuf want;
    const char *got;
    in[n] = 0;
    pact_buf_init(&want, 0);
    if (utf8proc_map(in, n, &folded, UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                       UTF8PROC_CASEFOLD | UTF8PROC_STABLE) >= 0) {
      /* keep only what the key keeps: letters and digits */
      utf8proc_ssize_t i = 0;
      utf8proc_ssize_t len = (utf8proc_ssize_t)strlen((char *)folded);
      while (i < len) {
        utf8proc_int32_t c;
        utf8proc_ssize_t step = utf8proc_iterate(folded + i, len - i, &c);
        utf8proc_category_t cat = utf8proc_category(c);
        if ((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
            (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO)) {
          pact_buf_add(&want, folded + i, (size_t)step);
        }
        i += step;
      }
    }
    free(folded);
    /* the letters NFKD leaves whole are spelled in ASCII (text.c) */
    static const struct {
      utf8proc_int32_t cp;
      const char *ascii;
    } spelled[] = {{0xC6, "ae"}, {0xD0, "d"}, {0xD8, "o"}, {0xDE, "th"}, {0xE6, "ae"}, {0xF0, "d"},
                   {0xF8, "o"}, {0xFE, "th"}, {0x110, "d"}, {0x111, "d"}, {0x126, "h"}, {0x127, "h"},
                   {0x131, "i"}, {0x138, "k"}, {0x141, "l"}, {0x142, "l"}, {0x149, "n"}, {0x14A, "n"},
                   {0x14B, "n"}, {0x152, "oe"}, {0x153, "oe"}, {0x166, "t"}, {0x167, "t"}};
    for (size_t k = 0; k < sizeof spelled / sizeof spelled[0]; k++) {
      if (spelled[k].cp == cp) {
        pact_buf_free(&want);
        pact_buf_init(&want, 0);
        pact_buf_adds(&want, spelled[k].ascii);
      }
    }
    got = key_of((const char *)in);
    check_count++;
    if (strcmp(got, pact_buf_str(&want)) != 0) {
      check_failures++;
      fprintf(stderr, "U+%04X: key \"%s\", utf8proc \"%s\"\n", (unsigned)cp, got, pact_buf_str(&want));
    }
    pact_buf_free(&want);
  }
}

static void
test_slugs(void)
{
  const char *cyr;

  CHECK_STR(slug_of("khawaja-asif"), "khawaja-asif");
  /* Outside [a-z0-9-], a hash keeps two keys apart. */
  cyr = slug_of("москва");
  CHECK(strlen(cyr) == 8);
  CHECK(strspn(cyr, "0123456789abcdef") == 8);
  CHECK(strcmp(slug_of("москва"), slug_of("киев")) != 0);
  CHECK(strncmp(slug_of("dakar-ü"), "dakar-", 6) == 0);
  CHECK(strlen(slug_of("dakar-ü")) == 6 + 8);
  /* Stable across runs and machines: a fixed value. */
  CHECK_STR(slug_of("москва"), slug_of("москва"));
}

static void
test_utf8_and_iri(void)
{
  size_t bad = 0;

  CHECK(pact_text_valid_utf8("Sénégal", strlen("Sénégal"), &bad));
  CHECK(!pact_text_valid_utf8("ab\xc3", 3, &bad) && bad == 2);
  CHECK(pact_text_codepoints("Sénégal", strlen("Sénégal")) == 7);
  CHECK(pact_text_valid_iri("https://w3id.org/pactum/id/"));
  CHECK(pact_text_valid_iri("urn:x-pactum:test"));
  CHECK(!pact_text_valid_iri("not an iri"));
  CHECK(!pact_text_valid_iri("https://example.org/<script>"));
  CHECK(!pact_text_valid_iri("https://example.org/a b"));
  CHECK(!pact_text_valid_iri("/relative/path"));
  CHECK(!pact_text_valid_iri(""));
}

static void
test_atomic(void)
{
  char dir[] = "/tmp/pactum-test-XXXXXX";
  char path[256];
  PactAtomicFile f;
  PactDiag d = {NULL, NULL, 0};
  struct stat sb;
  mode_t mask = umask(022);

  CHECK(mkdtemp(dir) != NULL);
  snprintf(path, sizeof path, "%s/out.ttl", dir);
  /* Abort leaves nothing. */
  CHECK(pact_atomic_open(&f, path, &d) == PACT_OK);
  fputs("partial", f.stream);
  pact_atomic_abort(&f);
  CHECK(access(path, F_OK) != 0);
  /* Commit renames, with the mode a new file gets (not mkstemp's 0600). */
  CHECK(pact_atomic_open(&f, path, &d) == PACT_OK);
  fputs("whole\n", f.stream);
  CHECK(pact_atomic_commit(&f, &d) == PACT_OK);
  CHECK(stat(path, &sb) == 0 && (sb.st_mode & 0777) == 0644);
  pact_atomic_abort(&f); /* after commit: nothing to do */
  CHECK(access(path, F_OK) == 0);
  unlink(path);
  /* A directory that does not exist: an error, not a crash. */
  snprintf(path, sizeof path, "%s/missing/out.ttl", dir);
  CHECK(pact_atomic_open(&f, path, &d) == PACT_ERR_IO);
  CHECK(d.errors == 1);
  pact_atomic_abort(&f);
  /* A target that is no regular file is written in place, not replaced:
   * renaming over /dev/null would break the machine. */
  {
    struct stat before;
    struct stat after;
    CHECK(stat("/dev/null", &before) == 0);
    CHECK(pact_atomic_open(&f, "/dev/null", &d) == PACT_OK);
    fputs("discarded\n", f.stream);
    CHECK(pact_atomic_commit(&f, &d) == PACT_OK);
    CHECK(stat("/dev/null", &after) == 0 && S_ISCHR(after.st_mode) && after.st_rdev == before.st_rdev);
  }
  rmdir(dir);
  umask(mask);
}

/* Whole files by their size, devices by growing, limits and directories
 * as input errors with the path. */
static void
test_file_read(void)
{
  char dir[] = "/tmp/pactum-test-XXXXXX";
  char path[256];
  PactDiag d = {NULL, NULL, 0};
  PactBuf b;
  FILE *f;
  size_t n = 200000; /* more than one 64 KiB chunk */

  CHECK(mkdtemp(dir) != NULL);
  snprintf(path, sizeof path, "%s/article.txt", dir);
  f = fopen(path, "wb");
  CHECK(f != NULL);
  for (size_t i = 0; f && i < n; i++) {
    fputc('a' + (int)(i % 26), f);
  }
  if (f) {
    fclose(f);
  }
  pact_buf_init(&b, 0);
  CHECK(pact_file_read(path, 0, "an article", &b, &d) == PACT_OK);
  CHECK(b.len == n && b.data[n] == '\0' && b.data[0] == 'a' && b.data[n - 1] == 'a' + (int)((n - 1) % 26));
  pact_buf_reset(&b);
  /* over the limit: refused before reading */
  CHECK(pact_file_read(path, n - 1, "an article", &b, &d) == PACT_ERR_INPUT);
  CHECK(pact_file_read(path, n, "an article", &b, &d) == PACT_OK && b.len == n);
  pact_buf_free(&b);
  /* an empty file is an empty buffer, not an error */
  f = fopen(path, "wb");
  if (f) {
    fclose(f);
  }
  CHECK(pact_file_read(path, 0, "an article", &b, &d) == PACT_OK && b.len == 0);
  unlink(path);
  /* a device of unknown size grows the buffer until the limit */
  pact_buf_reset(&b);
  CHECK(pact_file_read("/dev/zero", 300000, "an article", &b, &d) == PACT_ERR_INPUT);
  pact_buf_reset(&b);
  CHECK(pact_file_read("/dev/null", 0, "an article", &b, &d) == PACT_OK && b.len == 0);
  CHECK(pact_file_read(dir, 0, "an article", &b, &d) == PACT_ERR_INPUT);
  CHECK(pact_file_read(path, 0, "an article", &b, &d) == PACT_ERR_INPUT); /* gone */
  CHECK(d.errors == 4);
  pact_buf_free(&b);
  rmdir(dir);
}

/* Day numbers against known days, and ISO dates written as stdio would. */
static void
test_calendar(void)
{
  char out[12];
  char want[32];
  int y;
  int m;
  int d;

  CHECK(pact_days_from_civil(1970, 1, 1) == 0);
  CHECK(pact_days_from_civil(2000, 3, 1) == 11017);
  CHECK(pact_days_from_civil(2024, 3, 1) - pact_days_from_civil(2024, 2, 28) == 2); /* leap */
  CHECK(pact_days_from_civil(2100, 3, 1) - pact_days_from_civil(2100, 2, 28) == 1); /* not leap */
  CHECK(pact_days_from_civil(1969, 12, 31) == -1);
  /* every day of four centuries and back */
  for (long z = pact_days_from_civil(1900, 1, 1); z < pact_days_from_civil(2300, 1, 1); z += 1) {
    pact_civil_from_days(z, &y, &m, &d);
    if (pact_days_from_civil(y, m, d) != z || m < 1 || m > 12 || d < 1 || d > 31) {
      CHECK(!"civil_from_days is the inverse of days_from_civil");
      break;
    }
  }
  pact_civil_from_days(pact_days_from_civil(2025, 12, 30) + 3, &y, &m, &d);
  CHECK(y == 2026 && m == 1 && d == 2);

  CHECK(pact_iso_day_parse("2025-06-27", &y, &m, &d) && y == 2025 && m == 6 && d == 27);
  CHECK(!pact_iso_day_parse("2025-06", &y, &m, &d));
  CHECK(!pact_iso_day_parse("2025-06-27T", &y, &m, &d));
  CHECK(!pact_iso_day_parse("2025-6-27x", &y, &m, &d));
  CHECK(!pact_iso_day_parse("--06-27", &y, &m, &d));
  CHECK(!pact_iso_day_parse(NULL, &y, &m, &d));

  CHECK(pact_iso_format(out, 2025, 6, 7) == 10);
  CHECK_STR(out, "2025-06-07");
  CHECK(pact_iso_format(out, 987, 11, 0) == 7);
  CHECK_STR(out, "0987-11");
  CHECK(pact_iso_format(out, 2026, 0, 0) == 4);
  CHECK_STR(out, "2026");
  /* out of four digits: as snprintf writes it */
  pact_iso_format(out, 12345, 1, 2);
  snprintf(want, sizeof want, "%04d-%02d-%02d", 12345, 1, 2);
  CHECK_STR(out, want);
  pact_iso_format(out, -5, 0, 0);
  CHECK_STR(out, "-005");
}

/* The one parser of the dates of records and of the graph. */
static void
test_date_forms(void)
{
  static const struct {
    const char *s;
    int precision, y, m, d;
  } cases[] = {
    {"2025-06-27", 4, 2025, 6, 27}, {"2024-02-29", 4, 2024, 2, 29}, {"2000-02-29", 4, 2000, 2, 29},
    {"2025-06", 3, 2025, 6, 0},     {"--02-29", 2, 0, 2, 29},      {"2025", 1, 2025, 0, 0},
    {"2025-02-29", 0, 0, 0, 0},     {"1900-02-29", 0, 0, 0, 0},    {"2025-13", 0, 0, 0, 0},
    {"2025-1--01", 0, 0, 0, 0},     {"2025-06-31", 0, 0, 0, 0},    {"--13-01", 0, 0, 0, 0},
    {"20x5", 0, 0, 0, 0},           {"2025-06-27T10", 0, 0, 0, 0}, {"", 0, 0, 0, 0},
  };
  int y;
  int m;
  int d;

  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int p = pact_date_parse(cases[i].s, &y, &m, &d);
    if (p != cases[i].precision || y != cases[i].y || m != cases[i].m || d != cases[i].d) {
      CHECK(!"pact_date_parse");
      fprintf(stderr, "  %s: precision %d %d-%d-%d\n", cases[i].s, p, y, m, d);
    }
  }
  CHECK(pact_date_parse(NULL, &y, &m, &d) == 0);
}

int
main(void)
{
  test_arena();
  test_buf();
  test_keys();
  test_latin_table();
  test_slugs();
  test_utf8_and_iri();
  test_atomic();
  test_calendar();
  test_date_forms();
  test_file_read();
  pact_buf_free(&key_buf);
  pact_buf_free(&slug_buf[0]);
  pact_buf_free(&slug_buf[1]);
  return check_status("test-util");
}
