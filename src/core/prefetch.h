/*
 * prefetch.h - a hint to start loading a cache line that a loop will read a
 * little later, for the hot loops whose look-ups land all over tables larger
 * than the cache (term dictionary, per-term statistics, story centroids).
 */
#ifndef TD_CORE_PREFETCH_H
#define TD_CORE_PREFETCH_H

/*
 * Forced inline on every function whose only effect is a prefetch. GCC 12
 * (-O2, with or without LTO) finds such a function pure, as the builtin
 * writes no memory, and then deletes its calls as dead code: before this,
 * not one of the prefetches of the clustering's term look-ups or of the
 * analyzer's word memo was in the binary. Inlined before that analysis,
 * the builtin stays where it is called.
 */
#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH_INLINE static inline __attribute__((always_inline))
#else
#define PREFETCH_INLINE static inline
#endif

/*
 * Starts fetching the line holding `p` for reading. Never faults, whatever
 * `p` is, and has no effect on the program's results; a no-op on compilers
 * without the builtin.
 */
PREFETCH_INLINE void prefetch_read(const void *p)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(p, 0, 3);
#else
    (void)p;
#endif
}

#endif
