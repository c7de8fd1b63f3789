/*
 * map64.h - an open-addressing hash map from 64-bit keys to 32-bit values,
 * used for term dictionaries and per-article term counts. Keys 0 and 1 are
 * the same key (0 is remapped to 1 so that 0 can mark empty slots); term
 * hashes make that collision as unlikely as any other.
 */
#ifndef TD_CORE_MAP64_H
#define TD_CORE_MAP64_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/prefetch.h"
#include "tidings/error.h"

/* A slot: key and value side by side, so a lookup touches one cache line. */
struct td_map64_slot {
    uint64_t key;  /* 0 marks an empty slot */
    uint32_t val;
};

struct td_map64 {
    struct td_map64_slot *slots;
    uint32_t *order; /* slot of each key, in insertion order (n entries used) */
    size_t cap;      /* a power of two, or 0 before the first insert */
    size_t n;        /* number of keys */
};

void map64_init(struct td_map64 *m);
void map64_release(struct td_map64 *m);
/* Removes every key, keeping the memory; costs O(keys), not O(capacity). */
void map64_clear(struct td_map64 *m);
/* Heap bytes `m` holds: its slots and its insertion order (see rehash() in map64.c). */
static inline size_t map64_bytes(const struct td_map64 *m)
{
    return m->cap == 0 ? 0 : m->cap * sizeof(*m->slots) + (m->cap / 2 + 1) * sizeof(*m->order);
}
/* The i-th key inserted (0 <= i < m->n) and its value. */
static inline uint64_t map64_key_at(const struct td_map64 *m, size_t i, uint32_t *val)
{
    const struct td_map64_slot *s = &m->slots[m->order[i]];

    *val = s->val;
    return s->key;
}
/* The home slot of `key` in a table of `cap` slots (a power of two). */
static inline size_t map64_slot_of(uint64_t key, size_t cap)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 17) & (cap - 1);
}

/*
 * Looks up `key`; returns a pointer to its value or NULL. Valid until the
 * next insert. Inline: it is on the path of every analysed word.
 */
static inline uint32_t *map64_get(const struct td_map64 *m, uint64_t key)
{
    size_t i;

    if (m->cap == 0)
        return NULL;
    key = key ? key : 1;
    for (i = map64_slot_of(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
        if (m->slots[i].key == key)
            return &m->slots[i].val;
        if (m->slots[i].key == 0)
            return NULL;
    }
}
/*
 * Finds `key` or inserts it with value `init`; `*val_out` points at the
 * value (valid until the next insert), `*added` (may be NULL) tells whether
 * it was new. Errors: TD_ERR_NOMEM (the map is unchanged).
 */
/*
 * Hints the CPU to fetch the slot where a probe for `key` starts, so that a
 * map64_get a little later finds it in cache. No effect on the map.
 */
PREFETCH_INLINE void map64_prefetch(const struct td_map64 *m, uint64_t key)
{
    if (m->cap != 0)
        prefetch_read(&m->slots[map64_slot_of(key ? key : 1, m->cap)]);
}

/*
 * The value of `key` if it sits in the slot its probe starts at (the usual
 * case at a load under 1/2), else NULL, which does not mean it is absent.
 */
static inline const uint32_t *map64_peek(const struct td_map64 *m, uint64_t key)
{
    const struct td_map64_slot *s;

    if (m->cap == 0)
        return NULL;
    key = key ? key : 1;
    s = &m->slots[map64_slot_of(key, m->cap)];
    return s->key == key ? &s->val : NULL;
}

/*
 * Finds `key`, adding it with value `init` when absent: `*val_out` points at
 * its value (valid until the next insertion), `*added` (may be NULL) tells
 * whether it was added. Errors: TD_ERR_NOMEM (`m` unchanged).
 */
TD_NODISCARD enum td_err map64_upsert_to(struct td_map64 *m, uint64_t key, uint32_t init,
                                         uint32_t **val_out, bool *added);

/*
 * map64_upsert_to(), inline when `key` sits in its home slot (the common
 * hit) or goes into it (an empty home slot and room for one more key
 * without growing: where map64_upsert_to() would put it): the clustering
 * looks up every term of every article, and the engine counts every term
 * occurrence, a third of them new to the article.
 */
TD_NODISCARD static inline enum td_err map64_upsert(struct td_map64 *m, uint64_t key,
                                                    uint32_t init, uint32_t **val_out,
                                                    bool *added)
{
    if (m->cap != 0) {
        uint64_t k = key ? key : 1;
        size_t at = map64_slot_of(k, m->cap);
        struct td_map64_slot *s = &m->slots[at];
        if (s->key == k) {
            *val_out = &s->val;
            if (added != NULL)
                *added = false;
            return TD_OK;
        }
        if (s->key == 0 && (m->n + 1) * 2 <= m->cap) {
            s->key = k;
            s->val = init;
            m->order[m->n++] = (uint32_t)at;
            *val_out = &s->val;
            if (added != NULL)
                *added = true;
            return TD_OK;
        }
    }
    return map64_upsert_to(m, key, init, val_out, added);
}

/*
 * Adds `delta` to the value of `key` when `key` sits in its home slot; or,
 * with `may_add`, puts it there with value `delta` when that slot is empty
 * and no growth is due (where map64_upsert() would put it, with `delta`
 * added to an initial 0). Returns false, leaving `m` alone, in every other
 * case. For counting, inline: the engine counts every term occurrence.
 */
static inline bool map64_add_home(struct td_map64 *m, uint64_t key, uint32_t delta, bool may_add)
{
    uint64_t k = key ? key : 1;
    size_t at;

    if (m->cap == 0)
        return false;
    at = map64_slot_of(k, m->cap);
    if (m->slots[at].key == k) {
        m->slots[at].val += delta;
        return true;
    }
    if (!may_add || m->slots[at].key != 0 || (m->n + 1) * 2 > m->cap)
        return false;
    m->slots[at].key = k;
    m->slots[at].val = delta;
    m->order[m->n++] = (uint32_t)at;
    return true;
}

/*
 * Removes from `m` every key whose value `drop(ctx, value)` accepts, and
 * appends those values to `gone` (room for m->n of them) in insertion
 * order; `*ngone` gets their number. The map is rebuilt from the kept keys,
 * which keep their order. Errors: TD_ERR_NOMEM (`m` unchanged, `*ngone` 0).
 */
TD_NODISCARD enum td_err map64_drop_if(struct td_map64 *m, bool (*drop)(void *ctx, uint32_t val),
                                       void *ctx, uint32_t *gone, size_t *ngone);

#endif
