/*
 * test_query.c - tests of src/query/query.c: story lists, one story's
 * articles (and NOTFOUND), statistics and assignments, read from a small
 * hand-made store, plus allocation failures.
 */
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "fixture.h"
#include "test.h"
#include "tidings/query.h"

TD_TEST(test_query__stories)
{
    struct td_store *st;
    struct td_story_list l;

    ASSERT_OK(query_fixture_open(&st));
    ASSERT_OK(td_query_stories(st, &l, NULL));
    ASSERT_EQ_INT(l.n, 3);
    ASSERT_EQ_INT(l.items[0].id, 2);
    ASSERT_EQ_INT(l.items[0].size, 3);
    ASSERT_STREQ(l.items[0].title, "Strike \"talks\" fail");
    ASSERT_STREQ(l.items[0].first_date, "2024-03-01");
    ASSERT_STREQ(l.items[0].last_date, "2024-03-02");
    ASSERT_STREQ(l.items[0].languages, "de,en");
    ASSERT_EQ_INT(l.items[1].id, 1);
    ASSERT_STREQ(l.items[1].title, "Body only, no title");
    ASSERT_EQ_INT(l.items[2].id, 3);
    ASSERT_EQ_INT(l.items[2].size, 1);
    ASSERT_TRUE(l.items[2].first_date == NULL);
    ASSERT_TRUE(l.items[2].last_date == NULL);
    td_story_list_release(&l);
    ASSERT_TRUE(l.items == NULL && l.n == 0);
    td_story_list_release(&l);
    td_store_close(st);
}

TD_TEST(test_query__story_articles_and_notfound)
{
    struct td_store *st;
    struct td_article_list l;
    struct td_error err;

    ASSERT_OK(query_fixture_open(&st));
    ASSERT_OK(td_query_story(st, 2, &l, NULL));
    ASSERT_EQ_INT(l.n, 3);
    /* Date order, undated last. */
    ASSERT_STREQ(l.items[0].id, "s2-b");
    ASSERT_STREQ(l.items[1].id, "s2-a");
    ASSERT_STREQ(l.items[2].id, "s2-c");
    ASSERT_STREQ(l.items[1].title, "Strike \"talks\" fail");
    ASSERT_STREQ(l.items[1].date, "2024-03-02");
    ASSERT_STREQ(l.items[1].lang, "en");
    ASSERT_STREQ(l.items[1].source, "Wire \\ Service");
    ASSERT_STREQ(l.items[1].url, "https://example.org/a?x=1&y=2");
    ASSERT_TRUE(l.items[1].copy_of == NULL);
    /* Undated s2-c, a copy in the event of s2-a, gets its day (timeline/pubdate.c). */
    ASSERT_STREQ(l.items[2].date, "2024-03-02");
    ASSERT_STREQ(l.items[2].date_source, "estimated");
    ASSERT_STREQ(l.items[1].date_source, "given");
    ASSERT_TRUE(l.items[2].url == NULL);
    ASSERT_STREQ(l.items[2].copy_of, "s2-a");
    td_article_list_release(&l);
    ASSERT_EQ_INT(td_query_story(st, 42, &l, &err), TD_ERR_NOTFOUND);
    ASSERT_EQ_INT(err.code, TD_ERR_NOTFOUND);
    ASSERT_TRUE(strstr(err.msg, "42") != NULL);
    ASSERT_EQ_INT(td_query_story(st, 0, &l, NULL), TD_ERR_NOTFOUND);
    td_store_close(st);
}

TD_TEST(test_query__stats)
{
    struct td_store *st;
    struct td_stats s;

    ASSERT_OK(query_fixture_open(&st));
    ASSERT_OK(td_query_stats(st, &s, NULL));
    ASSERT_EQ_INT(s.articles, 5);
    ASSERT_EQ_INT(s.stories, 3);
    ASSERT_EQ_INT(s.nlangs, 3);
    ASSERT_STREQ(s.langs[0].lang, "de");
    ASSERT_EQ_INT(s.langs[0].count, 1);
    ASSERT_STREQ(s.langs[1].lang, "en");
    ASSERT_EQ_INT(s.langs[1].count, 3);
    ASSERT_STREQ(s.langs[2].lang, "es");
    td_stats_release(&s);
    ASSERT_TRUE(s.langs == NULL && s.nlangs == 0);
    td_store_close(st);
}

TD_TEST(test_query__empty_store)
{
    struct td_store *st;
    struct td_story_list l;
    struct td_stats s;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_query_stories(st, &l, NULL));
    ASSERT_EQ_INT(l.n, 0);
    td_story_list_release(&l);
    ASSERT_OK(td_query_stats(st, &s, NULL));
    ASSERT_EQ_INT(s.articles, 0);
    ASSERT_EQ_INT(s.stories, 0);
    ASSERT_EQ_INT(s.nlangs, 0);
    td_stats_release(&s);
    td_store_close(st);
}

struct assign_log {
    char text[256];
    int stop_after; /* return TD_ERR_CONFLICT on this call (1-based), 0: never */
    int calls;
};

static enum td_err log_assign(void *ctx, const char *id, int64_t story)
{
    struct assign_log *g = ctx;
    size_t len = strlen(g->text);

    if (++g->calls == g->stop_after)
        return TD_ERR_CONFLICT;
    (void)snprintf(g->text + len, sizeof(g->text) - len, "%s=%lld ", id, (long long)story);
    return TD_OK;
}

TD_TEST(test_query__assignment_order_and_callback_error)
{
    struct td_store *st;
    struct assign_log g = {"", 0, 0};

    ASSERT_OK(query_fixture_open(&st));
    ASSERT_OK(td_query_assignment(st, log_assign, &g, NULL));
    ASSERT_STREQ(g.text, "s2-a=2 s1-a=1 s2-b=2 s2-c=2 s3-a=3 ");
    memset(&g, 0, sizeof(g));
    g.stop_after = 2;
    ASSERT_EQ_INT(td_query_assignment(st, log_assign, &g, NULL), TD_ERR_CONFLICT);
    ASSERT_EQ_INT(g.calls, 2);
    ASSERT_STREQ(g.text, "s2-a=2 ");
    td_store_close(st);
}

TD_TEST(test_query__oom)
{
    struct td_store *st;
    long n;
    int which;

    ASSERT_OK(query_fixture_open(&st));
    for (which = 0; which < 3; which++) {
        enum td_err rc = TD_ERR_NOMEM;
        for (n = 0; rc != TD_OK; n++) {
            struct td_story_list l;
            struct td_article_list al;
            struct td_stats s;
            struct td_error err;
            alloc_fail_after(n);
            rc = which == 0   ? td_query_stories(st, &l, &err)
                 : which == 1 ? td_query_story(st, 2, &al, &err)
                              : td_query_stats(st, &s, &err);
            alloc_fail_after(-1);
            ASSERT_TRUE(rc == TD_OK || (rc == TD_ERR_NOMEM && err.code == TD_ERR_NOMEM));
            if (rc == TD_OK && which == 0)
                td_story_list_release(&l);
            if (rc == TD_OK && which == 1)
                td_article_list_release(&al);
            if (rc == TD_OK && which == 2)
                td_stats_release(&s);
        }
        ASSERT_TRUE(n > 1);
    }
    td_store_close(st);
}
