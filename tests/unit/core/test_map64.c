/* test_map64.c - tests of src/core/map64.c. */
#include <string.h>

#include "core/alloc.h"
#include "core/map64.h"
#include "test.h"

TD_TEST(test_map64__insert_lookup_grow)
{
    struct td_map64 m;
    uint32_t *v;
    bool added;
    uint64_t k;

    map64_init(&m);
    ASSERT_TRUE(map64_get(&m, 42) == NULL);
    for (k = 0; k < 5000; k++) {
        ASSERT_OK(map64_upsert(&m, k * 7919, (uint32_t)k, &v, &added));
        ASSERT_TRUE(added || k == 0);
    }
    ASSERT_OK(map64_upsert(&m, 7919 * 3, 99, &v, &added));
    ASSERT_TRUE(!added);
    ASSERT_EQ_INT(*v, 3);
    for (k = 1; k < 5000; k++) {
        v = map64_get(&m, k * 7919);
        ASSERT_TRUE(v != NULL);
        ASSERT_EQ_INT(*v, k);
    }
    ASSERT_TRUE(map64_get(&m, 5) == NULL);
    map64_clear(&m);
    ASSERT_TRUE(map64_get(&m, 7919) == NULL);
    ASSERT_EQ_INT(m.n, 0);
    map64_release(&m);
}

TD_TEST(test_map64__oom_leaves_map_unchanged)
{
    struct td_map64 m;
    uint32_t *v;

    map64_init(&m);
    alloc_fail_after(0);
    ASSERT_EQ_INT(map64_upsert(&m, 1, 1, &v, NULL), TD_ERR_NOMEM);
    alloc_fail_after(-1);
    ASSERT_EQ_INT(m.n, 0);
    ASSERT_OK(map64_upsert(&m, 1, 1, &v, NULL));
    /* A failed rehash keeps every key. */
    while (m.n * 2 + 2 <= m.cap)
        ASSERT_OK(map64_upsert(&m, m.n + 1, 7, &v, NULL));
    alloc_fail_after(0);
    ASSERT_EQ_INT(map64_upsert(&m, 999999, 1, &v, NULL), TD_ERR_NOMEM);
    alloc_fail_after(-1);
    ASSERT_TRUE(map64_get(&m, 1) != NULL && map64_get(&m, m.n) != NULL);
    ASSERT_TRUE(map64_get(&m, 999999) == NULL);
    map64_release(&m);
}

TD_TEST(test_map64__insertion_order_and_cheap_clear)
{
    struct td_map64 m;
    uint32_t *v, val;
    uint64_t k;
    int round;

    map64_init(&m);
    for (round = 0; round < 2; round++) {
        for (k = 1; k <= 3000; k++)
            ASSERT_OK(map64_upsert(&m, k * 0x9E3779B97F4A7C15ULL, (uint32_t)k, &v, NULL));
        ASSERT_EQ_INT(m.n, 3000);
        for (k = 0; k < 3000; k++) {
            ASSERT_TRUE(map64_key_at(&m, k, &val) == (k + 1) * 0x9E3779B97F4A7C15ULL);
            ASSERT_EQ_INT(val, k + 1);
        }
        map64_clear(&m);
        ASSERT_EQ_INT(m.n, 0);
        for (k = 1; k <= 3000; k++)
            ASSERT_TRUE(map64_get(&m, k * 0x9E3779B97F4A7C15ULL) == NULL);
    }
    map64_release(&m);
}

/*
 * What map64_upsert() did before it inserted into an empty home slot
 * itself: a key found in its home slot is returned (no growth), anything
 * else goes to map64_upsert_to().
 */
static enum td_err upsert_home_hit_only(struct td_map64 *m, uint64_t key, uint32_t init,
                                        uint32_t **val, bool *added)
{
    uint64_t k = key ? key : 1;

    if (m->cap != 0 && m->slots[map64_slot_of(k, m->cap)].key == k) {
        *val = &m->slots[map64_slot_of(k, m->cap)].val;
        *added = false;
        return TD_OK;
    }
    return map64_upsert_to(m, key, init, val, added);
}

/*
 * The inline map64_upsert() (which inserts into an empty home slot itself
 * while no growth is due) leaves a map exactly as before it did: same
 * capacity, slots and insertion order, through every growth, with keys
 * that collide on their home slot, repeated keys and key 0.
 */
TD_TEST(test_map64__inline_insert_matches_out_of_line)
{
    struct td_map64 a, b;
    uint32_t *va, *vb;
    bool added_a, added_b;
    uint64_t x = 2463534242ull, k;
    size_t i;

    map64_init(&a);
    map64_init(&b);
    for (i = 0; i < 20000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        /* Small keys repeat and crowd a few home slots; 0 stands for 1. */
        k = i % 3 == 0 ? x % 97 : x;
        ASSERT_OK(map64_upsert(&a, k, (uint32_t)i, &va, &added_a));
        ASSERT_OK(upsert_home_hit_only(&b, k, (uint32_t)i, &vb, &added_b));
        ASSERT_TRUE(added_a == added_b);
        ASSERT_EQ_INT(*va, *vb);
        ++*va;
        ++*vb;
        ASSERT_EQ_INT(a.cap, b.cap);
        ASSERT_EQ_INT(a.n, b.n);
    }
    ASSERT_TRUE(memcmp(a.slots, b.slots, a.cap * sizeof(*a.slots)) == 0);
    ASSERT_TRUE(memcmp(a.order, b.order, a.n * sizeof(*a.order)) == 0);
    map64_release(&a);
    map64_release(&b);
}

/*
 * Counting with map64_add_home() and map64_upsert() for what it leaves
 * (as the engine counts terms) gives the map counting with
 * upsert-then-add alone gives, with a cap on new keys half of the time.
 */
TD_TEST(test_map64__add_home_counts_as_upsert_does)
{
    struct td_map64 a, b;
    uint32_t *v;
    uint64_t x = 88172645463325252ull, k;
    size_t i;

    map64_init(&a);
    map64_init(&b);
    for (i = 0; i < 30000; i++) {
        bool may_add;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        k = i % 4 == 0 ? x % 211 : x % 100000;
        may_add = (i / 5000) % 2 == 0;
        if (!map64_add_home(&a, k, (uint32_t)(i % 7 + 1), may_add) &&
            (may_add || map64_get(&a, k) != NULL)) {
            ASSERT_OK(map64_upsert(&a, k, 0, &v, NULL));
            *v += (uint32_t)(i % 7 + 1);
        }
        if (may_add || map64_get(&b, k) != NULL) {
            bool added;
            ASSERT_OK(upsert_home_hit_only(&b, k, 0, &v, &added));
            *v += (uint32_t)(i % 7 + 1);
        }
        ASSERT_EQ_INT(a.n, b.n);
        ASSERT_EQ_INT(a.cap, b.cap);
    }
    ASSERT_TRUE(a.n > 1000);
    ASSERT_TRUE(memcmp(a.slots, b.slots, a.cap * sizeof(*a.slots)) == 0);
    ASSERT_TRUE(memcmp(a.order, b.order, a.n * sizeof(*a.order)) == 0);
    map64_release(&a);
    map64_release(&b);
}

static bool drop_odd(void *ctx, uint32_t val)
{
    (void)ctx;
    return (val & 1) != 0;
}

/* map64_drop_if keeps the other keys in order and hands back the dropped values in order. */
TD_TEST(test_map64__drop_if)
{
    struct td_map64 m;
    uint32_t *v, gone[100], val;
    size_t ngone = 99, i;

    map64_init(&m);
    for (i = 0; i < 100; i++)
        ASSERT_OK(map64_upsert(&m, 1000 + i * 13, (uint32_t)i, &v, NULL));
    ASSERT_OK(map64_drop_if(&m, drop_odd, NULL, gone, &ngone));
    ASSERT_EQ_INT(ngone, 50);
    ASSERT_EQ_INT(m.n, 50);
    for (i = 0; i < 50; i++) {
        ASSERT_EQ_INT(gone[i], 2 * i + 1);
        ASSERT_EQ_INT(map64_key_at(&m, i, &val), 1000 + 2 * i * 13);
        ASSERT_EQ_INT(val, 2 * i);
        ASSERT_TRUE(map64_get(&m, 1000 + (2 * i + 1) * 13) == NULL);
    }
    map64_release(&m);
}
