/*
 * os_mem.c - memory hints for Linux (madvise) and the heap layout of
 * td_heap_setup() for glibc; no-ops elsewhere (see os_mem.h, heap.h).
 */
#include "core/os_mem.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "core/alloc.h"
#include "core/sched.h"
#include "tidings/heap.h"

/* The huge page size madvise works in on x86-64 and arm64 with 4 KiB pages. */
#define HUGE_PAGE_BYTES ((uintptr_t)2 << 20)

void os_mem_advise_huge(void *p, size_t n)
{
#ifdef MADV_HUGEPAGE
    uintptr_t start = ((uintptr_t)p + HUGE_PAGE_BYTES - 1) & ~(HUGE_PAGE_BYTES - 1);
    uintptr_t end = ((uintptr_t)p + n) & ~(HUGE_PAGE_BYTES - 1);

    /* A refusal (EINVAL without THP support) leaves ordinary pages: nothing to report. */
    if (end > start)
        (void)madvise((void *)start, end - start, MADV_HUGEPAGE);
#else
    (void)p;
    (void)n;
#endif
}

#if defined(__GLIBC__) && defined(M_ARENA_MAX) && defined(MADV_HUGEPAGE) && __GLIBC_PREREQ(2, 33)

/*
 * Blocks below this come from the heap: glibc's largest mmap threshold on
 * 64-bit systems (half its 64 MiB arena heap). Above it, mmap as before.
 */
#define HEAP_BLOCK_MAX ((size_t)32 << 20)
/*
 * The blocks taken until the heap grows by the reservation, each below
 * HEAP_BLOCK_MAX. The free top a heap has before the call is at most
 * glibc's largest automatic trim threshold, 64 MiB, so PROBES of them
 * always reach past it.
 */
#define PROBE_BYTES ((size_t)16 << 20)
#define PROBES 6
/* glibc's default M_TOP_PAD (mallopt(3)), restored once the reservation is made. */
#define DEFAULT_TOP_PAD (128 << 10)
/* Most address space reserved: 1 GiB (mallopt takes an int). */
#define RESERVE_MAX ((size_t)1 << 30)

/* A quarter of physical memory, at most RESERVE_MAX; 0 when unknown. */
static size_t reserve_bytes(void)
{
    long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
    size_t quarter;

    if (pages <= 0 || page <= 0)
        return 0;
    quarter = (size_t)pages / 4 * (size_t)page;
    return quarter < RESERVE_MAX ? quarter : RESERVE_MAX;
}

/*
 * Grows the main heap by `reserve` bytes of address space at once and
 * keeps them from being trimmed back. A block that does not fit the heap's
 * free top makes glibc move the break by the block plus M_TOP_PAD; blocks
 * are taken (and held) until the break moves, since the top may be large
 * already. False when glibc refuses a setting or the break did not move
 * (another allocator serves malloc, or sbrk failed).
 */
static int grow_heap(size_t reserve)
{
    void *volatile held[PROBES]; /* volatile: a compiler may drop blocks that are only freed */
    void *before = sbrk(0), *after = before;
    size_t n = 0;

    if (mallopt(M_MMAP_THRESHOLD, (int)HEAP_BLOCK_MAX) == 0 ||
        mallopt(M_TRIM_THRESHOLD, (int)(reserve + (PROBES + 1) * PROBE_BYTES)) == 0 ||
        mallopt(M_TOP_PAD, (int)reserve) == 0)
        return 0;
    while (n < PROBES && after == before && (held[n] = td_malloc(PROBE_BYTES)) != NULL) {
        n++;
        after = sbrk(0);
    }
    while (n > 0)
        td_free(held[--n]);
    (void)mallopt(M_TOP_PAD, DEFAULT_TOP_PAD);
    return before != (void *)-1 && after != before;
}

size_t td_heap_setup(int one_arena)
{
    size_t reserve = reserve_bytes();
    uintptr_t end, top, lo, hi;

    if (one_arena && !sched_several_cpus())
        (void)mallopt(M_ARENA_MAX, 1);
    if (reserve < PROBE_BYTES || !grow_heap(reserve))
        return 0;
    /* The top chunk (glibc's keepcost) ends at the break; it is free, not yet touched. */
    end = (uintptr_t)sbrk(0);
    top = (uintptr_t)mallinfo2().keepcost;
    if (end == (uintptr_t)-1 || top > end)
        return 0;
    lo = (end - top + HUGE_PAGE_BYTES - 1) & ~(HUGE_PAGE_BYTES - 1);
    hi = end & ~(HUGE_PAGE_BYTES - 1);
    if (hi <= lo || madvise((void *)lo, hi - lo, MADV_HUGEPAGE) != 0)
        return 0;
    return hi - lo;
}

#else

size_t td_heap_setup(int one_arena)
{
    (void)one_arena;
    return 0;
}

#endif

/* The value in bytes of a "Name:   123 kB" line of /proc/self/status, or 0. */
static size_t status_kib_line(const char *line, const char *name)
{
    size_t n = strlen(name);
    unsigned long long kib = 0;

    if (strncmp(line, name, n) != 0 || sscanf(line + n, "%llu", &kib) != 1)
        return 0;
    return (size_t)kib * 1024;
}

/* Resident bytes now and at the peak, from /proc/self/status (Linux; 0 elsewhere). */
static void read_rss(struct td_heap_stats *out)
{
    char line[256];
    FILE *f = fopen("/proc/self/status", "r");

    if (f == NULL)
        return;
    while (fgets(line, sizeof(line), f) != NULL) {
        out->rss_bytes += status_kib_line(line, "VmRSS:");
        out->peak_rss_bytes += status_kib_line(line, "VmHWM:");
    }
    fclose(f);
}

void td_heap_stats(struct td_heap_stats *out)
{
    memset(out, 0, sizeof(*out));
#if defined(__GLIBC__) && __GLIBC_PREREQ(2, 33)
    {
        struct mallinfo2 mi = mallinfo2();
        out->heap_bytes = mi.arena + mi.hblkhd;
        out->in_use_bytes = mi.uordblks + mi.hblkhd;
        out->free_bytes = mi.fordblks;
    }
#endif
    read_rss(out);
}
