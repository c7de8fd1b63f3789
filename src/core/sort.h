/*
 * sort.h - sorts as macros for hot paths (an in-place shell sort for small
 * arrays, a radix sort by a 32-bit key), and the binary search of a sorted array:
 * glibc's qsort is a merge sort that allocates and calls a comparator
 * through a pointer, which showed in profiles at a few hundred elements.
 *
 *     TD_SHELL_SORT(struct pair, p, n, a.term < b.term);
 * sorts `p[0..n)` so that no element is "less" (by the expression, over
 * elements named `a` and `b`) than the one before it.
 */
#ifndef TD_CORE_SORT_H
#define TD_CORE_SORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define TD_SHELL_SORT(T, arr, n, LESS_AB)                                       \
    do {                                                                        \
        static const size_t gaps_[] = {701, 301, 132, 57, 23, 10, 4, 1};        \
        size_t g_, i_, j_;                                                      \
        for (g_ = 0; g_ < sizeof(gaps_) / sizeof(gaps_[0]); g_++) {             \
            size_t gap_ = gaps_[g_];                                            \
            for (i_ = gap_; i_ < (n); i_++) {                                   \
                T b = (arr)[i_];                                                \
                for (j_ = i_; j_ >= gap_; j_ -= gap_) {                         \
                    T a = (arr)[j_ - gap_];                                     \
                    if (!(LESS_AB))                                             \
                        break;                                                  \
                    (arr)[j_] = a;                                              \
                }                                                               \
                (arr)[j_] = b;                                                  \
            }                                                                   \
        }                                                                       \
    } while (0)

/*
 * A stable LSD radix sort of `arr[0..n)` by an unsigned 32-bit key (the
 * expression KEY_E over an element named `e`), through `tmp` (n elements):
 *
 *     TD_RADIX_SORT_U32(struct dterm, dt, tmp, n, e.id);
 *
 * Only the bits up to the largest key's highest one are sorted on, in
 * digits of equal width (at most TD_RADIX_MAX_BITS), and the number of
 * passes is the one td_radix_passes() finds cheapest for `n` elements:
 * each pass clears and sums one counter per digit value and moves every
 * element once. The passes move the elements back and forth between `arr`
 * and `tmp`, and one copy at the end brings them back after an odd number.
 */
#define TD_RADIX_MAX_BITS 11

/* The number of passes of TD_RADIX_SORT_U32 over `n` elements whose keys have `bits` bits. */
static inline unsigned td_radix_passes(size_t n, unsigned bits)
{
    unsigned p, best = (bits + TD_RADIX_MAX_BITS - 1) / TD_RADIX_MAX_BITS;
    size_t cost, best_cost = (size_t)-1;

    for (p = best; p > 0 && p <= bits; p++) {
        unsigned width = (bits + p - 1) / p;
        /* About 4 instructions per counter (clear, sum) and 12 per element moved. */
        cost = p * (((size_t)1 << width) * 4 + n * 12);
        if (cost >= best_cost)
            break;
        best_cost = cost;
        best = p;
    }
    return best;
}

#define TD_RADIX_SORT_U32(T, arr, tmp, n, KEY_E)                                \
    do {                                                                        \
        uint32_t most_ = 0;                                                     \
        unsigned bits_ = 0, passes_, width_, p_;                                \
        size_t i_;                                                              \
        T *src_ = (arr), *dst_ = (tmp), *swap_;                                 \
        for (i_ = 0; i_ < (n); i_++) {                                          \
            T e = (arr)[i_];                                                    \
            most_ |= (uint32_t)(KEY_E);                                         \
        }                                                                       \
        while (bits_ < 32 && (most_ >> bits_) != 0)                             \
            bits_++;                                                            \
        passes_ = bits_ > 0 ? td_radix_passes((n), bits_) : 0;                  \
        width_ = passes_ > 0 ? (bits_ + passes_ - 1) / passes_ : 0;             \
        for (p_ = 0; p_ < passes_; p_++) {                                      \
            size_t start_[(size_t)1 << TD_RADIX_MAX_BITS], sum_ = 0, c_;        \
            size_t nd_ = (size_t)1 << width_;                                   \
            unsigned shift_ = p_ * width_;                                      \
            uint32_t mask_ = (uint32_t)(nd_ - 1);                               \
            memset(start_, 0, nd_ * sizeof(start_[0]));                         \
            for (i_ = 0; i_ < (n); i_++) {                                      \
                T e = src_[i_];                                                 \
                start_[((uint32_t)(KEY_E) >> shift_) & mask_]++;                \
            }                                                                   \
            for (i_ = 0; i_ < nd_; i_++) {                                      \
                c_ = start_[i_];                                                \
                start_[i_] = sum_;                                              \
                sum_ += c_;                                                     \
            }                                                                   \
            for (i_ = 0; i_ < (n); i_++) {                                      \
                T e = src_[i_];                                                 \
                dst_[start_[((uint32_t)(KEY_E) >> shift_) & mask_]++] = e;      \
            }                                                                   \
            swap_ = src_;                                                       \
            src_ = dst_;                                                        \
            dst_ = swap_;                                                       \
        }                                                                       \
        if (src_ != (arr))                                                      \
            memcpy((arr), src_, (n) * sizeof(T));                               \
    } while (0)

/*
 * The binary search that goes with the sorts: into `at` (a size_t lvalue),
 * the index of the first element of `arr[0..n)`, which is sorted by the key
 * KEY_E (an expression over an element named `e`), whose key is not below
 * `key`; `n` when every key is below it. `arr[at]` holds `key` when
 * `at < n` and its key equals `key`:
 *
 *     TD_LOWER_BOUND(struct dterm, dt, ndt, e.id, id, at);
 *     found = at < ndt && dt[at].id == id;
 */
#define TD_LOWER_BOUND(T, arr, n, KEY_E, key, at) \
    do {                                          \
        size_t lo_ = 0, hi_ = (n);                \
        while (lo_ < hi_) {                       \
            size_t mid_ = lo_ + (hi_ - lo_) / 2;  \
            T e = (arr)[mid_];                    \
            if ((KEY_E) < (key))                  \
                lo_ = mid_ + 1;                   \
            else                                  \
                hi_ = mid_;                       \
        }                                         \
        (at) = lo_;                               \
    } while (0)

/* Whether `id` is one of `ids[0..n)`, unsorted (a scan: the lists asked are short). */
static inline bool td_u32_among(const uint32_t *ids, size_t n, uint32_t id)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (ids[i] == id)
            return true;
    return false;
}

/*
 * The k-th largest value of `v[0..n)` (1 <= k <= n), by quickselect, in
 * linear time on average; reorders `v` so that it is `v[k - 1]`, with no
 * smaller value before it and no larger one after it (so every value
 * larger than it is in `v[0..k - 1)`).
 */
float td_kth_largest(float *v, size_t n, size_t k);

/*
 * The k-th largest value of `v[0..n)` (1 <= k <= n), the value
 * td_kth_largest() gives, for callers that need the value only: `v` is
 * left in no useful order (its first values are overwritten). Each round
 * counts the values above, at and below a pivot picked from a sample at
 * the wanted rank (four at a time with SSE2) and keeps only the side that
 * holds the rank, one store a value and no swap. With `larger` not NULL,
 * `*larger` is how many values are larger than it. With a NaN among the
 * values, td_kth_largest() decides and `*larger` counts those larger in
 * its `v[0..k - 1)`.
 */
float td_kth_value(float *v, size_t n, size_t k, size_t *larger);

#endif
