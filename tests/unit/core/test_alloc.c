/* test_alloc.c - tests of src/core/alloc.c: the OOM hook and td_grow. */
#include "core/alloc.h"
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
