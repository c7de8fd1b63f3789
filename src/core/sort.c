/*
 * sort.c - selection for the clustering's term pruning and the split pass's
 * member sketches (see sort.h).
 */
#include "core/sort.h"

#include <stdbool.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

/* Values of the sample a pivot of td_kth_value() is picked from, and the fewest values sampled. */
#define SAMPLE 7
#define SAMPLE_FROM 32

/*
 * A pivot for rank `want` (0: the largest) of `v[0..n)`: of SAMPLE values
 * spread over it, the one whose rank in the sample is `want`'s share of
 * `n`; the middle of the first, middle and last values below SAMPLE_FROM.
 * Always one of the values.
 */
static float rank_pivot(const float *v, size_t n, size_t want)
{
    float s[SAMPLE];
    size_t i, j, r;

    if (n < SAMPLE_FROM) {
        float a = v[0], b = v[n / 2], c = v[n - 1];
        return a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
    }
    for (i = 0; i < SAMPLE; i++) {
        float x = v[n * (2 * i + 1) / (2 * SAMPLE)];
        for (j = i; j > 0 && s[j - 1] < x; j--)
            s[j] = s[j - 1];
        s[j] = x;
    }
    r = want * SAMPLE / n;
    return s[r < SAMPLE ? r : SAMPLE - 1];
}

/* How many of `v[0..n)` are above, equal to and below `p` (a NaN is none of them). */
static void rank_counts(const float *v, size_t n, float p, size_t *above, size_t *equal,
                        size_t *below)
{
    size_t i = 0, a = 0, e = 0, b = 0;

#if defined(__SSE2__)
    /* Four at a time: each compare gives -1 in the lanes it holds for, which the counts take off. */
    __m128i ca = _mm_setzero_si128(), ce = ca, cb = ca;
    __m128 pv = _mm_set1_ps(p);
    uint32_t t[4];
    size_t lane;

    for (; i + 4 <= n; i += 4) {
        __m128 x = _mm_loadu_ps(v + i);
        ca = _mm_sub_epi32(ca, _mm_castps_si128(_mm_cmpgt_ps(x, pv)));
        ce = _mm_sub_epi32(ce, _mm_castps_si128(_mm_cmpeq_ps(x, pv)));
        cb = _mm_sub_epi32(cb, _mm_castps_si128(_mm_cmplt_ps(x, pv)));
    }
    _mm_storeu_si128((__m128i *)(void *)t, ca);
    for (lane = 0; lane < 4; lane++)
        a += t[lane];
    _mm_storeu_si128((__m128i *)(void *)t, ce);
    for (lane = 0; lane < 4; lane++)
        e += t[lane];
    _mm_storeu_si128((__m128i *)(void *)t, cb);
    for (lane = 0; lane < 4; lane++)
        b += t[lane];
#endif
    for (; i < n; i++) {
        a += v[i] > p;
        e += v[i] == p;
        b += v[i] < p;
    }
    *above = a;
    *equal = e;
    *below = b;
}

float td_kth_value(float *v, size_t n, size_t k, size_t *larger)
{
    size_t want = k - 1, more = 0, above, equal, below, i, j;
    float p;

    for (bool first = true;; first = false) {
        p = rank_pivot(v, n, want);
        rank_counts(v, n, p, &above, &equal, &below);
        if (first && above + equal + below != n) {
            /* A NaN: td_kth_largest() decides, and `larger` counts as its callers did. */
            p = td_kth_largest(v, n, k);
            for (i = 0; i + 1 < k; i++)
                more += v[i] > p;
            break;
        }
        if (want >= above && want < above + equal) {
            more += above;
            break;
        }
        /* Keep the side that holds rank `want`, in place (a value is written before it is read). */
        j = 0;
        if (want < above) {
            for (i = 0; i < n; i++) {
                float x = v[i];
                v[j] = x;
                j += x > p;
            }
        } else {
            for (i = 0; i < n; i++) {
                float x = v[i];
                v[j] = x;
                j += x < p;
            }
            more += above + equal;
            want -= above + equal;
        }
        n = j;
    }
    if (larger != NULL)
        *larger = more;
    return p;
}
