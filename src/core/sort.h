/*
 * sort.h - an in-place shell sort as a macro, for small arrays on hot paths:
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
 * The k-th largest value of `v[0..n)` (1 <= k <= n), by quickselect, in
 * linear time on average; reorders `v`.
 */
float td_kth_largest(float *v, size_t n, size_t k);

#endif
