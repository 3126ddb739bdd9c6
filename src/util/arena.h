/* A bump allocator. Everything allocated from an arena lives until the
 * arena is freed; nothing is freed one by one. The arena owns its blocks. */
#ifndef PACT_ARENA_H
#define PACT_ARENA_H

#include <stddef.h>

typedef struct PactArenaBlock PactArenaBlock;

typedef struct {
  PactArenaBlock *head;
  size_t block_size;
} PactArena;

/* Initialises an empty arena; it allocates nothing until first used. */
void pact_arena_init(PactArena *a);

/* Frees every block. Safe on a zeroed or already freed arena. */
void pact_arena_free(PactArena *a);

/* Frees everything allocated so far but keeps the newest (largest) block,
 * so that an arena used round after round stops calling malloc. */
void pact_arena_reset(PactArena *a);

/* `size` bytes aligned for any object, or NULL when malloc fails. */
void *pact_arena_alloc(PactArena *a, size_t size);

/* A NUL-terminated copy of `len` bytes of `s` (which need not be
 * terminated), or NULL when malloc fails. */
char *pact_arena_strndup(PactArena *a, const char *s, size_t len);
char *pact_arena_strdup(PactArena *a, const char *s);

#endif
