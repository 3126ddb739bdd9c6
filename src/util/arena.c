#include "util/arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

struct PactArenaBlock {
  PactArenaBlock *next;
  size_t used;
  size_t size;
  alignas(max_align_t) unsigned char data[];
};

enum { ARENA_MIN_BLOCK = 64 * 1024, ARENA_MAX_BLOCK = 8 * 1024 * 1024 };

void
pact_arena_init(PactArena *a)
{
  a->head = NULL;
  a->block_size = ARENA_MIN_BLOCK;
}

void
pact_arena_free(PactArena *a)
{
  PactArenaBlock *b = a ? a->head : NULL;

  while (b) {
    PactArenaBlock *next = b->next;
    free(b);
    b = next;
  }
  if (a) {
    a->head = NULL;
  }
}

void
pact_arena_reset(PactArena *a)
{
  PactArenaBlock *b = a->head;

  if (!b) {
    return;
  }
  /* The newest block is the largest: keep it for the next round. */
  pact_arena_free(&(PactArena){b->next, 0});
  b->next = NULL;
  b->used = 0;
}

void *
pact_arena_alloc(PactArena *a, size_t size)
{
  const size_t align = alignof(max_align_t);
  size_t need = (size + align - 1) & ~(align - 1);
  PactArenaBlock *b = a->head;

  if (need == 0) {
    need = align;
  }
  if (!b || b->size - b->used < need) {
    size_t cap;

    /* Blocks grow geometrically so that a large input costs few mallocs,
     * and an oversized request gets a block of its own. */
    if (a->block_size < ARENA_MIN_BLOCK) {
      a->block_size = ARENA_MIN_BLOCK;
    }
    cap = a->block_size;
    if (cap < need) {
      cap = need;
    }
    b = malloc(sizeof *b + cap);
    if (!b) {
      return NULL;
    }
    b->next = a->head;
    b->used = 0;
    b->size = cap;
    a->head = b;
    if (a->block_size < ARENA_MAX_BLOCK) {
      a->block_size *= 2;
    }
  }
  b->used += need;
  return b->data + b->used - need;
}

char *
pact_arena_strndup(PactArena *a, const char *s, size_t len)
{
  char *copy = pact_arena_alloc(a, len + 1);

  if (copy) {
    memcpy(copy, s, len);
    copy[len] = '\0';
  }
  return copy;
}

char *
pact_arena_strdup(PactArena *a, const char *s)
{
  return pact_arena_strndup(a, s, strlen(s));
}
