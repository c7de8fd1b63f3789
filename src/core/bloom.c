/*
 * bloom.c - the growing Bloom filter of bloom.h.
 */
#include "core/bloom.h"

#include <string.h>

#include "core/alloc.h"

void td_bloom_init(struct td_bloom *b)
{
    memset(b, 0, sizeof(*b));
}

void td_bloom_release(struct td_bloom *b)
{
    size_t k;

    for (k = 0; k < b->ngen; k++)
        td_free(b->gen[k].words);
    td_bloom_init(b);
}

/* Opens the next generation, twice the last one; false when out of memory. */
static bool next_gen(struct td_bloom *b)
{
    size_t nbits = b->ngen == 0 ? TD_BLOOM_FIRST_BITS : 2 * b->gen[b->ngen - 1].nbits;
    struct td_bloom_gen *g = &b->gen[b->ngen];

    g->words = td_calloc(nbits / 64, sizeof(*g->words));
    if (g->words == NULL)
        return false;
    g->nbits = nbits;
    g->n = 0;
    b->ngen++;
    return true;
}

void td_bloom_add(struct td_bloom *b, uint64_t key)
{
    struct td_bloom_gen *g;
    size_t x, y;

    if (b->all_maybe)
        return;
    if ((b->ngen == 0 ||
         (b->gen[b->ngen - 1].n >= b->gen[b->ngen - 1].nbits / 16 && b->ngen < TD_BLOOM_GENS)) &&
        !next_gen(b)) {
        b->all_maybe = true;
        return;
    }
    g = &b->gen[b->ngen - 1];
    x = td_bloom_bit(g, key, 0);
    y = td_bloom_bit(g, key, 1);
    g->words[x / 64] |= (uint64_t)1 << (x % 64);
    g->words[y / 64] |= (uint64_t)1 << (y % 64);
    g->n++;
}

void td_bloom_give_up(struct td_bloom *b)
{
    b->all_maybe = true;
}
