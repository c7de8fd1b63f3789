/* test_map64.c - tests of src/core/map64.c. */
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
