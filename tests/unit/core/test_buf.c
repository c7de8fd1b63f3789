/* test_buf.c - tests of src/core/buf.c, including every allocation failure. */
#include "core/alloc.h"
#include "core/buf.h"
#include "test.h"

TD_TEST(test_buf__append_and_take)
{
    struct td_buf b;
    char *s;
    size_t n;

    td_buf_init(&b, 0);
    ASSERT_STREQ(b.data, "");
    ASSERT_OK(td_buf_adds(&b, "abc"));
    ASSERT_OK(td_buf_addf(&b, "-%d-", 42));
    ASSERT_OK(td_buf_addc(&b, 'z'));
    ASSERT_STREQ(b.data, "abc-42-z");
    s = td_buf_take(&b, &n);
    ASSERT_EQ_INT(n, 8);
    ASSERT_STREQ(s, "abc-42-z");
    ASSERT_EQ_INT(b.len, 0);
    td_free(s);
}

TD_TEST(test_buf__cap_is_enforced)
{
    struct td_buf b;

    td_buf_init(&b, 4);
    ASSERT_OK(td_buf_adds(&b, "abcd"));
    ASSERT_EQ_INT(td_buf_addc(&b, 'e'), TD_ERR_TOO_LARGE);
    ASSERT_STREQ(b.data, "abcd");
    td_buf_release(&b);
}

TD_TEST(test_buf__json_escaping)
{
    struct td_buf b;

    td_buf_init(&b, 0);
    ASSERT_OK(td_buf_add_json_str(&b, "a\"b\\c\n\x01", 7));
    ASSERT_STREQ(b.data, "\"a\\\"b\\\\c\\n\\u0001\"");
    td_buf_release(&b);
}

TD_TEST(test_buf__oom_leaves_buffer_unchanged)
{
    long n;

    for (n = 0; n < 10; n++) {
        struct td_buf b;
        enum td_err rc;
        td_buf_init(&b, 0);
        alloc_fail_after(n);
        rc = td_buf_adds(&b, "hello");
        if (rc == TD_OK)
            rc = td_buf_addf(&b, "%0200d", 7);
        alloc_fail_after(-1);
        if (rc == TD_OK) {
            ASSERT_EQ_INT(b.len, 205);
            td_buf_release(&b);
            return;
        }
        ASSERT_EQ_INT(rc, TD_ERR_NOMEM);
        td_buf_release(&b);
    }
    ASSERT_TRUE(0);
}

/*
 * The inline fast path (room already allocated) keeps the cap: a buffer
 * whose allocation outgrew its cap still refuses bytes past the cap and is
 * left as it was.
 */
TD_TEST(test_buf__cap_holds_with_room_allocated)
{
    struct td_buf b;

    td_buf_init(&b, 10);
    ASSERT_OK(td_buf_add(&b, "abcde", 5));
    ASSERT_TRUE(b.cap > 11); /* room for more than the cap */
    ASSERT_EQ_INT(td_buf_add(&b, "fghijk", 6), TD_ERR_TOO_LARGE);
    ASSERT_EQ_INT(td_buf_grow(&b, 6), TD_ERR_TOO_LARGE);
    ASSERT_STREQ(b.data, "abcde");
    ASSERT_OK(td_buf_add(&b, "fghij", 5));
    ASSERT_STREQ(b.data, "abcdefghij");
    ASSERT_EQ_INT(td_buf_addc(&b, 'k'), TD_ERR_TOO_LARGE);
    ASSERT_EQ_INT(b.len, 10);
    td_buf_release(&b);
}
