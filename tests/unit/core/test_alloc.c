/* test_alloc.c - tests of src/core/alloc.c: the OOM hook, td_grow and large blocks. */
#include <string.h>

#include "core/alloc.h"
#include "core/os_mem.h"
#include "test.h"

TD_TEST(test_alloc__grow_doubles_and_keeps_contents)
{
    int *v = NULL;
    size_t cap = 0, i;

    ASSERT_OK(td_grow((void **)&v, &cap, 1, sizeof(*v)));
    ASSERT_EQ_INT(cap, 16);
    for (i = 0; i < 16; i++)
        v[i] = (int)i;
    ASSERT_OK(td_grow((void **)&v, &cap, 40, sizeof(*v)));
    ASSERT_EQ_INT(cap, 64);
    ASSERT_EQ_INT(v[15], 15);
    ASSERT_OK(td_grow((void **)&v, &cap, 10, sizeof(*v)));
    ASSERT_EQ_INT(cap, 64);
    td_free(v);
}

TD_TEST(test_alloc__grow_failure_leaves_array_unchanged)
{
    int *v = NULL, *before;
    size_t cap = 0;

    ASSERT_OK(td_grow((void **)&v, &cap, 16, sizeof(*v)));
    before = v;
    alloc_fail_after(0);
    ASSERT_EQ_INT(td_grow((void **)&v, &cap, 17, sizeof(*v)), TD_ERR_NOMEM);
    ASSERT_TRUE(alloc_failed());
    alloc_fail_after(-1);
    ASSERT_TRUE(v == before);
    ASSERT_EQ_INT(cap, 16);
    ASSERT_EQ_INT(td_grow((void **)&v, &cap, (size_t)-1 / 2, sizeof(*v)), TD_ERR_NOMEM);
    ASSERT_EQ_INT(cap, 16);
    ASSERT_EQ_INT(td_grow((void **)&v, &cap, (size_t)-1, sizeof(*v)), TD_ERR_NOMEM);
    ASSERT_EQ_INT(cap, 16);
    td_free(v);
}

/*
 * Large blocks are offered huge pages (a hint): they stay zeroed from
 * td_calloc, keep their bytes through td_realloc, and the hint is harmless
 * on unaligned, tiny and empty ranges.
 */
TD_TEST(test_alloc__large_blocks_keep_contents)
{
    const size_t n = (size_t)9 << 20;
    unsigned char *p = td_calloc(n, 1), *q;
    char small[64];
    size_t i;

    ASSERT_TRUE(p != NULL);
    for (i = 0; i < n; i += 4093)
        ASSERT_EQ_INT(p[i], 0);
    for (i = 0; i < n; i++)
        p[i] = (unsigned char)(i * 7);
    q = td_realloc(p, 2 * n);
    ASSERT_TRUE(q != NULL);
    for (i = 0; i < n; i += 4093)
        ASSERT_EQ_INT(q[i], (unsigned char)(i * 7));
    memset(q + n, 0xab, n);
    ASSERT_EQ_INT(q[2 * n - 1], 0xab);
    os_mem_advise_huge(q + 1, n);
    os_mem_advise_huge(small, sizeof(small));
    os_mem_advise_huge(small, 0);
    ASSERT_EQ_INT(q[n + 5], 0xab);
    td_free(q);
}
