/*
 * prefetch.h - a hint to start loading a cache line that a loop will read a
 * little later, for the hot loops whose look-ups land all over tables larger
 * than the cache (term dictionary, per-term statistics, story centroids).
 */
#ifndef TD_CORE_PREFETCH_H
#define TD_CORE_PREFETCH_H

/*
 * Starts fetching the line holding `p` for reading. Never faults, whatever
 * `p` is, and has no effect on the program's results; a no-op on compilers
 * without the builtin.
 */
static inline void prefetch_read(const void *p)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(p, 0, 3);
#else
    (void)p;
#endif
}

#endif
