/*
 * sort.h - sorts as macros for hot paths (an in-place shell sort for small
 * arrays, a radix sort by a 32-bit key):
 * glibc's qsort is a merge sort that allocates and calls a comparator
 * through a pointer, which showed in profiles at a few hundred elements.
 *
 *     TD_SHELL_SORT(struct pair, p, n, a.term < b.term);
 * sorts `p[0..n)` so that no element is "less" (by the expression, over
 * elements named `a` and `b`) than the one before it.
 */
#ifndef TD_CORE_SORT_H
#define TD_CORE_SORT_H

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
 * expression KEY_E over an element named `e`), one byte per pass and only
 * as many passes as the largest key needs, through `tmp` (n elements):
 *
 *     TD_RADIX_SORT_U32(struct dterm, dt, tmp, n, e.id);
 */
#define TD_RADIX_SORT_U32(T, arr, tmp, n, KEY_E)                                \
    do {                                                                        \
        uint32_t most_ = 0;                                                     \
        unsigned shift_;                                                        \
        size_t i_;                                                              \
        for (i_ = 0; i_ < (n); i_++) {                                          \
            T e = (arr)[i_];                                                    \
            most_ |= (uint32_t)(KEY_E);                                         \
        }                                                                       \
        for (shift_ = 0; shift_ < 32 && (most_ >> shift_) != 0; shift_ += 8) {  \
            size_t start_[256] = {0}, sum_ = 0, c_;                             \
            for (i_ = 0; i_ < (n); i_++) {                                      \
                T e = (arr)[i_];                                                \
                start_[((uint32_t)(KEY_E) >> shift_) & 0xff]++;                 \
            }                                                                   \
            for (i_ = 0; i_ < 256; i_++) {                                      \
                c_ = start_[i_];                                                \
                start_[i_] = sum_;                                              \
                sum_ += c_;                                                     \
            }                                                                   \
            for (i_ = 0; i_ < (n); i_++) {                                      \
                T e = (arr)[i_];                                                \
                (tmp)[start_[((uint32_t)(KEY_E) >> shift_) & 0xff]++] = e;      \
            }                                                                   \
            memcpy((arr), (tmp), (n) * sizeof(T));                              \
        }                                                                       \
    } while (0)

/*
 * The k-th largest value of `v[0..n)` (1 <= k <= n), by quickselect, in
 * linear time on average; reorders `v`.
 */
float td_kth_largest(float *v, size_t n, size_t k);

#endif
