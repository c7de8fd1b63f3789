/* test_os_mem.c - tests of src/core/os_mem.c: td_heap_setup()'s heap layout, td_heap_stats(). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/alloc.h"
#include "test.h"
#include "tidings/heap.h"

/* Whether the kernel offers transparent huge pages to a range that asks (madvise or always). */
static int thp_offered(void)
{
    FILE *f = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
    char line[128] = "";
    int offered;

    if (f == NULL)
        return 0;
    offered = fgets(line, sizeof(line), f) != NULL && strstr(line, "[never]") == NULL;
    fclose(f);
    return offered;
}

/*
 * Whether the mapping that holds `p` has asked for huge pages: its
 * "VmFlags:" line in /proc/self/smaps has the flag "hg" (MADV_HUGEPAGE).
 */
static int mapping_asks_huge(const void *p)
{
    FILE *f = fopen("/proc/self/smaps", "r");
    char line[512];
    unsigned long long lo, hi, at = (uintptr_t)p;
    int inside = 0, found = 0;

    if (f == NULL)
        return 0;
    while (!found && fgets(line, sizeof(line), f) != NULL) {
        if (sscanf(line, "%llx-%llx ", &lo, &hi) == 2)
            inside = lo <= at && at < hi;
        else if (inside && strncmp(line, "VmFlags:", 8) == 0)
            found = strstr(line, " hg") != NULL ? 1 : -1;
    }
    fclose(f);
    return found == 1;
}

/*
 * After td_heap_setup, blocks of every size keep their bytes, and (glibc,
 * no sanitizer replacing malloc, THP on) the heap has grown by its
 * reservation, which asks for huge pages up to the break, and a block of
 * 3 MiB comes from there (td_malloc itself asks only for blocks of 4 MiB
 * and more).
 */
TD_TEST(test_os_mem__heap_setup_offers_the_heap_huge_pages)
{
    size_t advised = td_heap_setup(1), i, size;
    unsigned char *blocks[42];

    for (i = 0; i < 42; i++) {
        size = (size_t)1024 << (i % 12);
        blocks[i] = td_malloc(size);
        ASSERT_TRUE(blocks[i] != NULL);
        memset(blocks[i], (int)i, size);
    }
    for (i = 0; i < 42; i++) {
        size = (size_t)1024 << (i % 12);
        ASSERT_EQ_INT(blocks[i][0], (unsigned char)i);
        ASSERT_EQ_INT(blocks[i][size - 1], (unsigned char)i);
        td_free(blocks[i]);
    }
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    if (thp_offered()) {
        const size_t n = (size_t)3 << 20;
        unsigned char *big = td_malloc(n);

        ASSERT_TRUE(advised >= (size_t)64 << 20);
        ASSERT_TRUE(mapping_asks_huge((char *)sbrk(0) - ((size_t)2 << 20) - 1));
        ASSERT_TRUE(big != NULL);
        big[n - 1] = 1;
        ASSERT_TRUE(mapping_asks_huge(big + n - 1));
        td_free(big);
    }
#else
    (void)advised;
    (void)thp_offered;
    (void)mapping_asks_huge;
#endif
}

/* td_heap_stats: a block in use shows in the heap; on Linux the resident sizes are read. */
TD_TEST(test_os_mem__heap_stats)
{
    struct td_heap_stats before, after;
    const size_t n = (size_t)8 << 20;
    unsigned char *p;

    td_heap_stats(&before);
    p = td_malloc(n);
    ASSERT_TRUE(p != NULL);
    memset(p, 1, n);
    td_heap_stats(&after);
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    ASSERT_TRUE(after.in_use_bytes >= before.in_use_bytes + n);
    ASSERT_TRUE(after.heap_bytes >= after.in_use_bytes);
#endif
#ifdef __linux__
    ASSERT_TRUE(after.rss_bytes > 0);
    ASSERT_TRUE(after.peak_rss_bytes >= after.rss_bytes);
    ASSERT_TRUE(after.peak_rss_bytes >= before.peak_rss_bytes);
#endif
    td_free(p);
}
