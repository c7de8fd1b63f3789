/* test_error.c - tests of src/core/error.c. */
#include "test.h"
#include "tidings/error.h"

TD_TEST(test_error__names_and_messages)
{
    struct td_error err;

    ASSERT_STREQ(td_errname(TD_ERR_PARSE), "TD_ERR_PARSE");
    ASSERT_STREQ(td_strerror(TD_OK), "success");
    ASSERT_STREQ(td_errname((enum td_err)999), "TD_ERR_UNKNOWN");
    ASSERT_EQ_INT(td_error_set(&err, TD_ERR_IO, "cannot open '%s'", "x"), TD_ERR_IO);
    ASSERT_STREQ(err.msg, "cannot open 'x'");
    ASSERT_STREQ(td_error_message(NULL, TD_ERR_NOMEM), "out of memory");
    ASSERT_EQ_INT(TD_ERR_NOMEM, 1);
    ASSERT_EQ_INT(TD_ERR_INTERNAL, 10);
}
