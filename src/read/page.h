/* An article as a scraper delivers it: the text of a news page, with the
 * site's chrome around the story (site name, menu, section, byline and
 * date, share buttons, cookie notice; then related headlines of other
 * stories, tags, comments, footer). Finds where the story is, its headline
 * and the page's publication date, so that the reader keeps the story and
 * resolves "on Tuesday" against the right day.
 *
 * The story is the run of lines from the first line of prose (a sentence of
 * ten words or more) to the last one; the chrome is short lines without
 * sentences, before and after it. Lines in between are kept (subheadings,
 * quotations): a story's own structure is never cut. */
#ifndef PACT_PAGE_H
#define PACT_PAGE_H

#include <stddef.h>

typedef struct PactLexicon PactLexicon; /* lexicon/lexicon.h */

typedef struct {
  size_t body_start;  /* byte offset of the story's first line */
  size_t body_end;    /* byte offset just past its last line */
  size_t title_start; /* the headline line among the chrome before it */
  size_t title_len;   /* 0 when no line looks like a headline */
  int year, month, day; /* the date the page gives; year 0 when none */
} PactPage;

/* Reads the structure of `data` (UTF-8 text, `len` bytes). `lex` gives the
 * month names of both languages (calendar.tsv); NULL finds numeric dates
 * only. With no line of prose the whole text is the story. */
void pact_page_scan(const char *data, size_t len, const PactLexicon *lex, PactPage *page);

#endif
