/*
 * os_mem.c - memory hints for Linux (madvise); a no-op elsewhere (see
 * os_mem.h).
 */
#include "core/os_mem.h"

#include <stdint.h>
#include <sys/mman.h>

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
