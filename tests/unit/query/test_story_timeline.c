/*
 * test_story_timeline.c - tests of src/query/story_timeline.c: a story's
 * timeline read from the store, and an unknown story.
 */
#include <string.h>

#include "fixture.h"
#include "test.h"
#include "tidings/query.h"

TD_TEST(test_story_timeline__from_store_and_notfound)
{
    struct td_store *st;
    struct td_timeline tl;
    struct td_error err;

    ASSERT_OK(query_fixture_open(&st));
    ASSERT_OK(td_query_timeline(st, 2, &tl, &err));
    /* Story 2: s2-a, s2-b dated, s2-c undated; arrival order. */
    ASSERT_EQ_INT(tl.narticles, 3);
    ASSERT_STREQ(tl.ids[0], "s2-a");
    ASSERT_EQ_INT(tl.dates[0].source, TD_DATE_SOURCE_GIVEN);
    ASSERT_EQ_INT(tl.dates[2].source, TD_DATE_SOURCE_ESTIMATED);
    ASSERT_STREQ(tl.dates[2].date, "2024-03-02");
    td_timeline_release(&tl);
    ASSERT_EQ_INT(td_query_timeline(st, 42, &tl, &err), TD_ERR_NOTFOUND);
    ASSERT_TRUE(strstr(err.msg, "42") != NULL);
    ASSERT_EQ_INT(td_query_timeline(NULL, 2, &tl, &err), TD_ERR_INVALID);
    td_store_close(st);
}
