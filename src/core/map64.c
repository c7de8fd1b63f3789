/*
 * map64.c - linear-probing hash map from 64-bit keys to 32-bit values. Keys
 * are already well-mixed hashes in Tidings, so the slot is the key's low
 * bits after one multiply to be safe with structured keys.
 */
#include "core/map64.h"

#include <string.h>

#include "core/alloc.h"

void map64_init(struct td_map64 *m)
{
    memset(m, 0, sizeof(*m));
}

void map64_release(struct td_map64 *m)
{
    td_free(m->slots);
    td_free(m->order);
    map64_init(m);
}

void map64_clear(struct td_map64 *m)
{
    size_t i;

    /* Every key goes, so emptying just their slots leaves no broken probe chain. */
    for (i = 0; i < m->n; i++)
        m->slots[m->order[i]].key = 0;
    m->n = 0;
}

/* Moves every key into a table of `ncap` slots, keeping the insertion order. */
static enum td_err rehash(struct td_map64 *m, size_t ncap)
{
    struct td_map64_slot *slots = td_calloc(ncap, sizeof(*slots));
    uint32_t *order = td_malloc((ncap / 2 + 1) * sizeof(*order));
    size_t i, j;

    if (slots == NULL || order == NULL) {
        td_free(slots);
        td_free(order);
        return TD_ERR_NOMEM;
    }
    for (i = 0; i < m->n; i++) {
        const struct td_map64_slot *old = &m->slots[m->order[i]];
        for (j = map64_slot_of(old->key, ncap); slots[j].key != 0; j = (j + 1) & (ncap - 1))
            ;
        slots[j] = *old;
        order[i] = (uint32_t)j;
    }
    td_free(m->slots);
    td_free(m->order);
    m->slots = slots;
    m->order = order;
    m->cap = ncap;
    return TD_OK;
}

enum td_err map64_upsert_to(struct td_map64 *m, uint64_t key, uint32_t init, uint32_t **val_out,
                            bool *added)
{
    size_t i;

    key = key ? key : 1;
    /* Keep the load factor under 1/2 so probes stay short. */
    if ((m->n + 1) * 2 > m->cap) {
        enum td_err rc = rehash(m, m->cap ? m->cap * 2 : 64);
        if (rc != TD_OK)
            return rc;
    }
    for (i = map64_slot_of(key, m->cap); m->slots[i].key != 0; i = (i + 1) & (m->cap - 1)) {
        if (m->slots[i].key == key) {
            *val_out = &m->slots[i].val;
            if (added != NULL)
                *added = false;
            return TD_OK;
        }
    }
    m->slots[i].key = key;
    m->slots[i].val = init;
    m->order[m->n++] = (uint32_t)i;
    *val_out = &m->slots[i].val;
    if (added != NULL)
        *added = true;
    return TD_OK;
}

enum td_err map64_drop_if(struct td_map64 *m, bool (*drop)(void *ctx, uint32_t val), void *ctx,
                          uint32_t *gone, size_t *ngone)
{
    struct td_map64 keep;
    size_t i, n = 0;

    *ngone = 0;
    map64_init(&keep);
    for (i = 0; i < m->n; i++) {
        uint32_t val, *slot;
        uint64_t key = map64_key_at(m, i, &val);
        if (drop(ctx, val)) {
            gone[n++] = val;
        } else if (map64_upsert(&keep, key, val, &slot, NULL) != TD_OK) {
            map64_release(&keep);
            return TD_ERR_NOMEM;
        }
    }
    map64_release(m);
    *m = keep;
    *ngone = n;
    return TD_OK;
}
