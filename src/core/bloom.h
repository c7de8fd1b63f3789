/*
 * bloom.h - a Bloom filter of 64-bit keys (already well-mixed hashes) that
 * grows: "no" is certain, "maybe" is not. The engine keeps the ids and
 * content hashes of the stored articles in one, so that a look-up in the
 * store is made only when it can find something.
 *
 * Keys go into the newest of a list of generations, each twice the size of
 * the one before and filled to one key per 16 bits (two bits a key, about
 * 1.4 % false "maybe" per generation); a query asks every generation. A
 * generation that cannot be allocated leaves the filter answering "maybe"
 * to everything from then on, which only costs the look-ups it saves.
 */
#ifndef TD_CORE_BLOOM_H
#define TD_CORE_BLOOM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Bits of the first generation (a power of two). */
#define TD_BLOOM_FIRST_BITS ((size_t)1 << 20)
/* Generations at most: the last one then takes every further key. */
#define TD_BLOOM_GENS 12

struct td_bloom_gen {
    uint64_t *words; /* nbits / 64 words */
    size_t nbits;    /* a power of two */
    size_t n;        /* keys added to it */
};

struct td_bloom {
    struct td_bloom_gen gen[TD_BLOOM_GENS];
    size_t ngen;
    bool all_maybe; /* a generation could not be allocated: every query says "maybe" */
};

void td_bloom_init(struct td_bloom *b);
void td_bloom_release(struct td_bloom *b);
/* Adds `key`. Never fails: out of memory, the filter says "maybe" to everything. */
void td_bloom_add(struct td_bloom *b, uint64_t key);
/* Makes the filter say "maybe" to everything (a key that could not be added). */
void td_bloom_give_up(struct td_bloom *b);
/* Heap bytes of the generations' bit arrays. */
static inline size_t td_bloom_bytes(const struct td_bloom *b)
{
    size_t k, bytes = 0;

    for (k = 0; k < b->ngen; k++)
        bytes += b->gen[k].nbits / 8;
    return bytes;
}

/* Bit `i` of generation `g`'s two bits for `key`. */
static inline size_t td_bloom_bit(const struct td_bloom_gen *g, uint64_t key, unsigned i)
{
    return (size_t)(i == 0 ? key : key >> 32) & (g->nbits - 1);
}

/* False when `key` was certainly never added; true when it may have been. */
static inline bool td_bloom_maybe(const struct td_bloom *b, uint64_t key)
{
    size_t k;

    if (b->all_maybe)
        return true;
    for (k = 0; k < b->ngen; k++) {
        const struct td_bloom_gen *g = &b->gen[k];
        size_t x = td_bloom_bit(g, key, 0), y = td_bloom_bit(g, key, 1);
        if ((g->words[x / 64] >> (x % 64) & 1) != 0 && (g->words[y / 64] >> (y % 64) & 1) != 0)
            return true;
    }
    return false;
}

#endif
