/*
 * test_sort.c - tests of src/core/sort.c and the TD_SHELL_SORT,
 * TD_RADIX_SORT_U32 and TD_LOWER_BOUND macros.
 */
#include <math.h>
#include <stdint.h>

#include "core/sort.h"
#include "test.h"

/* A small deterministic generator (xorshift32), so failures repeat. */
static uint32_t next_rand(uint32_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 17;
    *s ^= *s << 5;
    return *s;
}

/*
 * Selects the k-th largest of a copy of v[0..n) in work and checks it is
 * sorted[n - k] (sorted ascending), with nothing smaller before it and
 * nothing larger after it.
 */
static void check_kth(const float *v, const float *sorted, float *work, size_t n, size_t k)
{
    size_t i;

    for (i = 0; i < n; i++)
        work[i] = v[i];
    ASSERT_TRUE(td_kth_largest(work, n, k) == sorted[n - k]);
    for (i = 0; i < n; i++)
        ASSERT_TRUE(i < k - 1 ? work[i] >= work[k - 1] : i == k - 1 || work[i] <= work[k - 1]);
}

/* td_kth_largest agrees with a full sort for every k, with and without ties. */
TD_TEST(test_sort__kth_largest_matches_sorting)
{
    float v[64], sorted[64], work[64];
    uint32_t seed = 12345;
    size_t n, k, i, round;

    for (round = 0; round < 40; round++) {
        n = 1 + next_rand(&seed) % 64;
        for (i = 0; i < n; i++) {
            /* Every other round draws from 5 values only: many ties. */
            uint32_t r = next_rand(&seed);
            v[i] = (round % 2) ? (float)(r % 5) : (float)(r % 100000) / 7.0f;
            sorted[i] = v[i];
        }
        TD_SHELL_SORT(float, sorted, n, b < a); /* ascending */
        for (k = 1; k <= n; k++)
            check_kth(v, sorted, work, n, k);
    }
}

/* The k-th largest of one value, of equal values, and of sorted runs both ways. */
TD_TEST(test_sort__kth_largest_edges)
{
    float one[1] = {3.5f}, same[6] = {2, 2, 2, 2, 2, 2};
    float up[8] = {1, 2, 3, 4, 5, 6, 7, 8}, down[8] = {8, 7, 6, 5, 4, 3, 2, 1};

    ASSERT_TRUE(td_kth_largest(one, 1, 1) == 3.5f);
    ASSERT_TRUE(td_kth_largest(same, 6, 4) == 2.0f);
    ASSERT_TRUE(td_kth_largest(up, 8, 1) == 8.0f);
    ASSERT_TRUE(td_kth_largest(down, 8, 8) == 1.0f);
    ASSERT_TRUE(td_kth_largest(up, 8, 3) == 6.0f);
}

/*
 * Long arrays, which take many rounds: every value kept before the k-th is at
 * least it, every one after at most it, and it is the sorted array's, with
 * continuous weights and with weights drawn from 3 values (long runs of
 * ties on both sides of the cut).
 */
TD_TEST(test_sort__kth_largest_long_arrays)
{
    static float v[3000], sorted[3000], work[3000];
    static const size_t ks[] = {1, 2, 64, 999, 1000, 1001, 2999, 3000};
    uint32_t seed = 99;
    size_t n = 3000, i, j, round;

    for (round = 0; round < 2; round++) {
        for (i = 0; i < n; i++) {
            uint32_t r = next_rand(&seed);
            v[i] = round ? (float)(r % 3) : (float)(r % 1000003) / 13.0f;
            sorted[i] = v[i];
        }
        TD_SHELL_SORT(float, sorted, n, b < a); /* ascending */
        for (j = 0; j < sizeof(ks) / sizeof(ks[0]); j++)
            check_kth(v, sorted, work, n, ks[j]);
    }
}

/* Values that compare with nothing (NaN) end the selection instead of looping for ever. */
TD_TEST(test_sort__kth_largest_ends_on_nan)
{
    float v[5] = {NAN, NAN, NAN, NAN, NAN};

    (void)td_kth_largest(v, 5, 3);
    ASSERT_TRUE(v[2] != v[2]);
}

/*
 * td_kth_value gives td_kth_largest's value for every k, and `larger` is
 * how many values are above it: short arrays (middle-of-three pivots) and
 * long ones (sampled pivots), continuous weights and weights with long runs
 * of ties (from 4 values), as the split pass's and the pruning's are.
 */
TD_TEST(test_sort__kth_value_matches_kth_largest)
{
    static float v[700], sorted[700], work[700];
    static const size_t sizes[] = {1, 2, 5, 31, 32, 33, 64, 65, 175, 700};
    uint32_t seed = 4242;
    size_t s, n, k, i, larger, above;

    for (s = 0; s < sizeof(sizes) / sizeof(sizes[0]) * 2; s++) {
        n = sizes[s / 2];
        for (i = 0; i < n; i++) {
            uint32_t r = next_rand(&seed);
            v[i] = s % 2 ? (float)(r % 4) / 3.0f : (float)(r % 100003) / 11.0f;
            sorted[i] = v[i];
        }
        TD_SHELL_SORT(float, sorted, n, b < a); /* ascending */
        for (k = 1; k <= n; k++) {
            for (i = 0; i < n; i++)
                work[i] = v[i];
            ASSERT_TRUE(td_kth_value(work, n, k, &larger) == sorted[n - k]);
            for (i = 0, above = 0; i < n; i++)
                above += v[i] > sorted[n - k];
            ASSERT_TRUE(larger == above);
        }
    }
}

/* With a NaN among the values, td_kth_value answers as td_kth_largest and ends. */
TD_TEST(test_sort__kth_value_with_nan_is_kth_largest)
{
    float v[40], a[40], b[40];
    size_t i, k, larger, more;

    for (i = 0; i < 40; i++)
        v[i] = i % 7 == 3 ? NAN : (float)(i * 5 % 11);
    for (k = 1; k <= 40; k += 3) {
        float x, y;
        for (i = 0; i < 40; i++)
            a[i] = b[i] = v[i];
        x = td_kth_value(a, 40, k, &larger);
        y = td_kth_largest(b, 40, k);
        ASSERT_TRUE(x == y || (x != x && y != y));
        for (i = 0, more = 0; i + 1 < k; i++)
            more += b[i] > y;
        ASSERT_TRUE(larger == more);
    }
}

/* One element for the radix sort test: a key and its place in the input. */
struct keyed {
    uint32_t key;
    uint32_t at;
};

/*
 * TD_RADIX_SORT_U32 orders by key and keeps the input order of equal keys,
 * for keys of one to four bytes (the passes it skips must not matter).
 */
TD_TEST(test_sort__radix_sort_is_ordered_and_stable)
{
    static const uint32_t masks[] = {0xffu, 0xffffu, 0xffffffu, 0xffffffffu, 7u};
    struct keyed v[300], tmp[300];
    uint32_t seed = 777;
    size_t m, i, n;

    for (m = 0; m < sizeof(masks) / sizeof(masks[0]); m++) {
        n = 1 + next_rand(&seed) % 300;
        for (i = 0; i < n; i++) {
            v[i].key = next_rand(&seed) & masks[m];
            v[i].at = (uint32_t)i;
        }
        TD_RADIX_SORT_U32(struct keyed, v, tmp, n, e.key);
        for (i = 1; i < n; i++) {
            ASSERT_TRUE(v[i - 1].key <= v[i].key);
            if (v[i - 1].key == v[i].key)
                ASSERT_TRUE(v[i - 1].at < v[i].at);
        }
    }
}

/* An element sorted by a key that is not its first field, as the clusters' term lists are. */
struct weighted_id {
    float w;
    uint32_t id;
};

/*
 * TD_LOWER_BOUND finds the first element whose key is not below the one
 * asked, in runs of equal keys too, on a bare array and on one of
 * structs; `n` past the largest key, 0 in an empty array.
 */
TD_TEST(test_sort__lower_bound)
{
    static const uint32_t ids[] = {2, 4, 4, 4, 9, 11};
    struct weighted_id k[6];
    size_t at, i;
    uint32_t key;

    for (i = 0; i < 6; i++) {
        k[i].w = (float)i;
        k[i].id = ids[i];
    }
    for (key = 0; key < 13; key++) {
        size_t want = 0, got_k;
        while (want < 6 && ids[want] < key)
            want++;
        TD_LOWER_BOUND(uint32_t, ids, 6, e, key, at);
        ASSERT_EQ_INT(at, want);
        TD_LOWER_BOUND(struct weighted_id, k, 6, e.id, key, got_k);
        ASSERT_EQ_INT(got_k, want);
    }
    TD_LOWER_BOUND(uint32_t, ids, 6, e, 4u, at);
    ASSERT_EQ_INT(at, 1);
    ASSERT_TRUE(ids[at] == 4);
    TD_LOWER_BOUND(uint32_t, ids, 6, e, 12u, at);
    ASSERT_EQ_INT(at, 6);
    TD_LOWER_BOUND(uint32_t, ids, 0, e, 4u, at);
    ASSERT_EQ_INT(at, 0);
}
