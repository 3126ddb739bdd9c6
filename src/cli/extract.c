/* pactum extract: news articles in, records (JSON Lines) out. Articles are
 * read one at a time and their record written at once, so memory does not
 * grow with the number of articles. A bad article is reported and skipped;
 * the exit status says whether any was. */
#define _POSIX_C_SOURCE 200809L
#include "cli/cli.h"

#include "extract/extract.h"
#include "pipeline/inputs.h"
#include "read/article.h"
#include "util/atomic.h"
#include "util/datadir.h"
#include "write/records.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char extract_usage[] =
  "Usage: pactum extract [OPTION]... ARTICLE...\n"
  "Read news articles (UTF-8 text; a directory stands for its *.txt files) and\n"
  "write what they hold as records, one JSON object per line\n"
  "(ontology/RECORDS.md). `pactum export` reads them, and takes articles too.\n"
  "\n"
  "  -o, --output FILE  write to FILE (whole or not at all) instead of standard output\n"
  "                     (\"-\": standard output)\n"
  "      --data-dir DIR where areas.ttl and lexicon/ are\n"
  "  -q, --quiet        no summary on standard error\n"
  "  -h, --help         this help\n"
  "\n"
  "An article that cannot be read (invalid UTF-8, a binary file) is reported\n"
  "with its byte offset and skipped; the others are still extracted.\n"
  "Exit status: 0 every article extracted; 1 some article could not be;\n"
  "2 bad command line; 3 the output could not be written; 4 out of memory.\n";

int
cli_extract(int argc, char **argv)
{
  enum { OPT_DATA_DIR = 256 };
  static const struct option options[] = {
    {"output", required_argument, NULL, 'o'},
    {"data-dir", required_argument, NULL, OPT_DATA_DIR},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
  };
  const char *output = NULL;
  const char *data_dir = NULL;
  int quiet = 0;
  int c;
  PactDiag d = {pact_diag_stderr, "pactum extract", 0};
  PactInputs inputs = {NULL, 0};
  PactLexicon *lex = NULL;
  PactAtomicFile file;
  FILE *out = stdout;
  char *dir = NULL;
  unsigned long done = 0;
  unsigned long failed = 0;
  PactStatus st = PACT_OK;

  memset(&file, 0, sizeof file);
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:qh", options, NULL)) != -1) {
    switch (c) {
    case 'o':
      output = strcmp(optarg, "-") == 0 ? NULL : optarg; /* "-o -": standard output, not a file named "-" */
      break;
    case OPT_DATA_DIR:
      data_dir = optarg;
      break;
    case 'q':
      quiet = 1;
      break;
    case 'h':
      fputs(extract_usage, stdout);
      return PACT_EXIT_OK;
    default:
      fputs("Try 'pactum extract --help'.\n", stderr);
      return PACT_EXIT_USAGE;
    }
  }
  if (optind >= argc) {
    fputs("pactum extract: no ARTICLE given\nTry 'pactum extract --help'.\n", stderr);
    return PACT_EXIT_USAGE;
  }
  dir = pact_datadir_find(data_dir, &d);
  if (!dir) {
    return PACT_EXIT_USAGE;
  }
  lex = pact_lexicon_load(dir, &d);
  free(dir);
  if (!lex) {
    return PACT_EXIT_INPUT;
  }
  if (pact_inputs_collect(&inputs, (const char *const *)(argv + optind), (size_t)(argc - optind),
                          &d) != PACT_OK) {
    failed++;
  }
  if (output) {
    st = pact_atomic_open(&file, output, &d);
    out = file.stream;
  }
  /* A record is some 6 KB: a buffer of 64 KiB writes several at once,
   * where stdio's 4 KiB made one or two system calls a record. A terminal
   * keeps its line buffering. */
  if (out && st == PACT_OK && !(out == stdout && isatty(STDOUT_FILENO))) {
    setvbuf(out, NULL, _IOFBF, 1 << 16);
  }
  for (size_t i = 0; i < inputs.n && st == PACT_OK; i++) {
    PactText text;
    PactRecord rec;
    PactStatus one = pact_text_read(&text, inputs.paths[i], lex, &d);
    if (one == PACT_ERR_NOMEM) {
      st = one;
      break;
    }
    if (one != PACT_OK) {
      failed++;
      continue; /* reported; go on with the rest */
    }
    if (text.len == 0 && !quiet) {
      fprintf(stderr, "pactum extract: %s: empty article: nothing to extract\n", inputs.paths[i]);
    }
    pact_record_init(&rec);
    one = pact_extract(&text, lex, &rec, &d);
    if (one == PACT_OK) {
      PactSink sink = pact_sink_file(out);
      one = pact_write_record(&rec, &sink, &d);
      done++;
    }
    pact_record_free(&rec);
    pact_text_free(&text);
    if (one != PACT_OK) {
      st = one;
    }
  }
  if (output) {
    if (st == PACT_OK) {
      st = pact_atomic_commit(&file, &d);
    }
    pact_atomic_abort(&file);
  } else if (st == PACT_OK && (fflush(stdout) != 0 || ferror(stdout))) {
    st = pact_diag(&d, PACT_ERR_IO, "standard output", 0, "write failed: %s", strerror(errno));
  }
  if (!quiet && st == PACT_OK) {
    fprintf(stderr, "pactum extract: %lu articles extracted%s", done, failed ? "" : "\n");
    if (failed) {
      fprintf(stderr, ", %lu could not be read\n", failed);
    }
  }
  pact_inputs_free(&inputs);
  pact_lexicon_free(lex);
  if (st != PACT_OK) {
    return pact_exit_code(st);
  }
  return failed ? PACT_EXIT_INPUT : PACT_EXIT_OK;
}
