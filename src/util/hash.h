/* FNV-1a, 64 bits: small, stable across machines and releases, so that it
 * can appear in IRIs (util/text.c) as well as drive hash tables. */
#ifndef PACT_HASH_H
#define PACT_HASH_H

#include <stddef.h>
#include <stdint.h>

#define PACT_FNV_OFFSET UINT64_C(0xcbf29ce484222325)

static inline uint64_t
pact_hash_bytes(uint64_t h, const void *data, size_t len)
{
  const unsigned char *p = data;

  for (size_t i = 0; i < len; i++) {
    h ^= p[i];
    h *= UINT64_C(0x100000001b3);
  }
  return h;
}

/* Mixes a 64-bit value into a well spread one (splitmix64's finaliser). */
static inline uint64_t
pact_hash_mix(uint64_t x)
{
  x ^= x >> 30;
  x *= UINT64_C(0xbf58476d1ce4e5b9);
  x ^= x >> 27;
  x *= UINT64_C(0x94d049bb133111eb);
  x ^= x >> 31;
  return x;
}

#endif
