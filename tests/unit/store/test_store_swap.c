/*
 * test_store_swap.c - tests of src/store/store_swap.c: the connection's
 * swap table keeps, replaces and gives back blobs by key, inside and outside
 * a read transaction, and reports missing keys and wrong lengths.
 */
#include <string.h>

#include "store/store.h"
#include "test.h"

TD_TEST(test_store_swap__put_get_replace_and_errors)
{
    struct td_store *st;
    struct td_error err = {0};
    char out[8];

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    /* Nothing before the first put (the table is made on first use). */
    ASSERT_EQ_INT(store_swap_get(st, 3, out, 3, &err), TD_ERR_NOTFOUND);
    ASSERT_TRUE(strstr(err.msg, "3") != NULL);
    ASSERT_OK(store_swap_put(st, 3, "abc", 3, NULL));
    memset(out, 0, sizeof(out));
    ASSERT_OK(store_swap_get(st, 3, out, 3, NULL));
    ASSERT_STREQ(out, "abc");
    /* A put replaces; keys are apart. */
    ASSERT_OK(store_swap_put(st, 3, "xyz", 3, NULL));
    ASSERT_OK(store_swap_put(st, 4, "four", 4, NULL));
    memset(out, 0, sizeof(out));
    ASSERT_OK(store_swap_get(st, 3, out, 3, NULL));
    ASSERT_STREQ(out, "xyz");
    /* The reader must know the length: another one is an error, not a short copy. */
    ASSERT_EQ_INT(store_swap_get(st, 4, out, 3, &err), TD_ERR_INTERNAL);
    /* Written inside a read transaction, it is kept when the transaction ends. */
    ASSERT_OK(store_read_begin(st, NULL));
    ASSERT_OK(store_swap_put(st, 5, "five!", 5, NULL));
    store_read_end(st);
    memset(out, 0, sizeof(out));
    ASSERT_OK(store_swap_get(st, 5, out, 5, NULL));
    ASSERT_STREQ(out, "five!");
    td_store_close(st);
}
