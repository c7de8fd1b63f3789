/*
 * sort.c - selection for the clustering's term pruning and the split pass's
 * member sketches (see sort.h).
 */
#include "core/sort.h"

#include <stdbool.h>

/*
 * Moves the values of `v[lo..hi)` above `pivot` (with `equal`, equal to it)
 * to the front, keeping no order, and returns where they end. One swap a
 * value and the front moved by the compare: no branch on the data, which a
 * classic partition mispredicts about once in two values.
 */
static size_t move_front(float *v, size_t lo, size_t hi, float pivot, bool equal)
{
    size_t i, j = lo;

    if (equal) {
        for (i = lo; i < hi; i++) {
            float x = v[i];
            v[i] = v[j];
            v[j] = x;
            j += x == pivot;
        }
        return j;
    }
    for (i = lo; i < hi; i++) {
        float x = v[i];
        v[i] = v[j];
        v[j] = x;
        j += x > pivot;
    }
    return j;
}

float td_kth_largest(float *v, size_t n, size_t k)
{
    size_t lo = 0, hi = n, want = k - 1, above, equal;

    /* `want` stays in [lo, hi); what lies before `lo` is larger than all after it. */
    while (hi - lo > 1) {
        /* The median of the first, middle and last values: fewer rounds than the middle one alone. */
        float a = v[lo], b = v[lo + (hi - lo) / 2], c = v[hi - 1];
        float pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
        /* The pivot is one of the values and not above itself, so `above` < `hi`. */
        above = move_front(v, lo, hi, pivot, false);
        if (want < above) {
            hi = above;
            continue;
        }
        equal = move_front(v, above, hi, pivot, true);
        if (want < equal)
            return v[want];
        /* Only a NaN pivot moves nothing: stop rather than go round for ever. */
        if (equal == lo)
            break;
        lo = equal;
    }
    return v[want];
}
