/* test_bloom.c - tests of src/core/bloom.c: no false "no", few false "maybe", growth, giving up. */
#include "core/alloc.h"
#include "core/bloom.h"
#include "test.h"

/* A small deterministic generator of well-mixed 64-bit keys (xorshift64). */
static uint64_t next_key(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/*
 * Every key added is "maybe" ever after, through several generations; keys
 * never added are mostly "no" (about 1.4 % false "maybe" per generation).
 */
TD_TEST(test_bloom__added_keys_are_always_maybe)
{
    struct td_bloom b;
    uint64_t s = 42, t, k;
    size_t i, n = 300000, false_maybe = 0;

    td_bloom_init(&b);
    ASSERT_TRUE(!td_bloom_maybe(&b, 12345));
    for (i = 0; i < n; i++) {
        k = next_key(&s);
        td_bloom_add(&b, k);
        ASSERT_TRUE(td_bloom_maybe(&b, k));
    }
    /* 300,000 keys at one per 16 bits: generations of 2^20, 2^21 and 2^22 bits. */
    ASSERT_EQ_INT(b.ngen, 3);
    s = 42;
    for (i = 0; i < n; i++)
        ASSERT_TRUE(td_bloom_maybe(&b, next_key(&s)));
    t = 4242;
    for (i = 0; i < 100000; i++)
        false_maybe += td_bloom_maybe(&b, next_key(&t));
    ASSERT_TRUE(false_maybe < 100000 / 20);
    td_bloom_release(&b);
    ASSERT_EQ_INT(b.ngen, 0);
}

/* Out of memory for a generation, or given up on, the filter says "maybe" to everything. */
TD_TEST(test_bloom__gives_up_to_maybe)
{
    struct td_bloom b;

    td_bloom_init(&b);
    alloc_fail_after(0);
    td_bloom_add(&b, 7);
    alloc_fail_after(-1);
    ASSERT_TRUE(td_bloom_maybe(&b, 7) && td_bloom_maybe(&b, 8));
    td_bloom_release(&b);
    td_bloom_init(&b);
    td_bloom_add(&b, 7);
    ASSERT_TRUE(!td_bloom_maybe(&b, 8));
    td_bloom_give_up(&b);
    ASSERT_TRUE(td_bloom_maybe(&b, 8));
    td_bloom_release(&b);
}
