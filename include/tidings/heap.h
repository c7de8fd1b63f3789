/*
 * heap.h - the process's C heap, for programs that own their process.
 *
 * Tidings keeps a working set of many small blocks (dictionaries, vectors,
 * SQLite's page cache) that it reads at random; on Linux with glibc these
 * come faster from transparent huge pages (2 MiB) than from 4 KiB pages:
 * fewer page faults and fewer TLB misses. A library must not change the
 * heap of a program that embeds it, so this is a separate call that the
 * CLI makes first thing in main(), before any thread starts.
 */
#ifndef TIDINGS_HEAP_H
#define TIDINGS_HEAP_H

#include <stddef.h>

/*
 * Lays out glibc's heap for a large working set: blocks up to 32 MiB come
 * from the main heap (not one mmap each), the heap reserves a quarter of
 * the machine's memory (at most 1 GiB) of address space at once and
 * offers it huge pages, and memory freed below that is kept, not handed
 * back and faulted in again. With `one_arena`, and when the process may
 * run on one CPU only (its affinity mask), every thread allocates from that
 * heap, the background indexer's memory gets huge pages too, and threads
 * that cannot run at once do not contend for its lock; on more CPUs, or
 * without `one_arena` (a server with many threads), glibc gives each
 * thread an arena of its own as usual. Only address space is reserved:
 * memory is used as it is touched, in 2 MiB steps inside the reservation.
 * Made for throughput: a program that answers requests may rather not
 * call it, since zeroing a fresh 2 MiB page takes longer than a 4 KiB one
 * (the CLI leaves it out of `tidings serve`).
 *
 * Returns the bytes offered huge pages; 0 when nothing could be offered:
 * another allocator (sanitizers, valgrind), no glibc, no huge pages, or a
 * heap that did not grow. Either way malloc works as before.
 * Not thread-safe: call once, before any other thread exists.
 */
size_t td_heap_setup(int one_arena);

/* The C heap and the process's resident memory, in bytes (td_heap_stats()). */
struct td_heap_stats {
    size_t heap_bytes;     /* the allocator's arenas and mmapped blocks */
    size_t in_use_bytes;   /* handed out and not freed */
    size_t free_bytes;     /* inside the arenas, free: kept for reuse */
    size_t rss_bytes;      /* resident now (VmRSS) */
    size_t peak_rss_bytes; /* resident at the peak so far (VmHWM) */
};

/*
 * Fills `out` from glibc's mallinfo2() and Linux's /proc/self/status; a
 * figure the system cannot give is 0. For diagnostics: mallinfo2() walks
 * the free lists, so it takes time with a large heap. Thread-safe.
 */
void td_heap_stats(struct td_heap_stats *out);

#endif
