/* The test build of tests/arch/toy-format.test adds one output format the
 * way README's "How to add an output format" says: a row of the format
 * table (write/formats.h) and a writer (toy-writer.c), nothing else. The
 * toy syntax is a tab-separated table of the default graph's statements;
 * pages, content negotiation and dumps take it as their fifth format.
 * Included before every file of that build (-include); never shipped. */
#define PACT_TEST_FORMATS(X)                                                            \
  X(TOY_TSV, "tsv", PACT_ALIASES("triples-tsv"), "tsv", "text/tab-separated-values", 0, \
    NULL, NULL, toy_write_tsv, 5, 5, 5)
#define PACT_TEST_FORMAT_WRITER toy_write_tsv
