/* Two hashes. FNV-1a, 64 bits: small and stable across machines and
 * releases, so that it can appear in IRIs (util/text.c). pact_hash_fast:
 * eight bytes at a time, for hash tables, where only speed and spread
 * matter (interning hashes every term of every statement). */
#ifndef PACT_HASH_H
#define PACT_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

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

static inline uint64_t
pact_hash_fast(const void *data, size_t len)
{
  const unsigned char *p = data;
  uint64_t h = UINT64_C(0x9e3779b97f4a7c15) ^ (len * UINT64_C(0xff51afd7ed558ccd));

  while (len >= 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    h = (h ^ w) * UINT64_C(0xc4ceb9fe1a85ec53);
    h ^= h >> 29;
    p += 8;
    len -= 8;
  }
  if (len) {
    uint64_t w = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* The bytes memcpy(&w, p, len) gives, from two overlapping loads: a
     * copy of a variable length was a fifth of the tokenizer's time. */
    if (len >= 4) {
      uint32_t a;
      uint32_t b;
      memcpy(&a, p, 4);
      memcpy(&b, p + len - 4, 4);
      w = a | (uint64_t)b << (8 * (len - 4));
    } else {
      w = p[0] | (uint64_t)p[len / 2] << (8 * (len / 2)) | (uint64_t)p[len - 1] << (8 * (len - 1));
    }
#else
    memcpy(&w, p, len);
#endif
    h = (h ^ w) * UINT64_C(0xc4ceb9fe1a85ec53);
  }
  return pact_hash_mix(h);
}

#endif
