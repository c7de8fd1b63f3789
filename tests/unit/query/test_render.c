/*
 * test_render.c - tests of src/query/render.c: the exact JSON text of story
 * lists, one story and statistics, with escaping, null fields and empty
 * lists, from hand-built structs and from the query fixture; plus
 * allocation failures.
 */
#include <string.h>

#include "core/alloc.h"
#include "fixture.h"
#include "test.h"
#include "tidings/query.h"

TD_TEST(test_render__stories_exact_text)
{
    struct td_event_info events[] = {
        {7, 2, (char *)"2024-03-01", (char *)"2024-03-01"},
        {8, 1, NULL, NULL},
    };
    struct td_story_entity names[] = {{(char *)"Anna \"Lind\"", "PER", 2}};
    struct td_story_info items[] = {
        {2, 3, (char *)"Strike \"talks\" fail", (char *)"2024-03-01", (char *)"2024-03-02",
         (char *)"de,en", events, 2, names, 1},
        {3, 1, (char *)"Tab\there\\ and \x01", NULL, NULL, (char *)"en", NULL, 0, NULL, 0},
        {9, 0, NULL, NULL, NULL, NULL, NULL, 0, NULL, 0},
    };
    struct td_story_list l = {items, 3, 3};
    char *json = NULL;

    ASSERT_OK(td_json_stories(&l, &json));
    ASSERT_STREQ(json, "{\"stories\":["
                       "{\"id\":2,\"articles\":3,\"title\":\"Strike \\\"talks\\\" fail\","
                       "\"first_date\":\"2024-03-01\",\"last_date\":\"2024-03-02\","
                       "\"languages\":[\"de\",\"en\"],\"events\":["
                       "{\"id\":7,\"articles\":2,\"first_date\":\"2024-03-01\","
                       "\"last_date\":\"2024-03-01\"},"
                       "{\"id\":8,\"articles\":1,\"first_date\":null,\"last_date\":null}],"
                       "\"entities\":[{\"name\":\"Anna \\\"Lind\\\"\",\"type\":\"PER\",\"count\":2}]},"
                       "{\"id\":3,\"articles\":1,\"title\":\"Tab\\there\\\\ and \\u0001\","
                       "\"first_date\":null,\"last_date\":null,\"languages\":[\"en\"],"
                       "\"events\":[]},"
                       "{\"id\":9,\"articles\":0,\"title\":null,"
                       "\"first_date\":null,\"last_date\":null,\"languages\":[],\"events\":[]}]}");
    td_string_free(json);
    l.n = 0;
    ASSERT_OK(td_json_stories(&l, &json));
    ASSERT_STREQ(json, "{\"stories\":[]}");
    td_string_free(json);
    td_string_free(NULL);
}

TD_TEST(test_render__story_from_fixture)
{
    struct td_store *st;
    struct td_article_list l;
    char *json = NULL;

    ASSERT_OK(query_fixture_open(&st));
    ASSERT_OK(td_query_story(st, 2, &l, NULL));
    ASSERT_OK(td_json_story(2, &l, &json));
    ASSERT_STREQ(json, "{\"id\":2,\"articles\":["
                       "{\"id\":\"s2-b\",\"title\":\"Fährstreik\\tneu\",\"date\":\"2024-03-01\","
                       "\"lang\":\"de\",\"source\":null,\"url\":null,\"copy_of\":null,"
                       "\"event\":5,\"date_source\":\"given\",\"added\":[1]},"
                       "{\"id\":\"s2-a\",\"title\":\"Strike \\\"talks\\\" fail\","
                       "\"date\":\"2024-03-02\",\"lang\":\"en\",\"source\":\"Wire \\\\ Service\","
                       "\"url\":\"https://example.org/a?x=1&y=2\",\"copy_of\":null,\"event\":2,"
                       "\"date_source\":\"given\",\"added\":[2]},"
                       "{\"id\":\"s2-c\",\"title\":\"Strike \\\"talks\\\" fail\",\"date\":\"2024-03-02\","
                       "\"lang\":\"en\",\"source\":null,\"url\":null,\"copy_of\":\"s2-a\","
                       "\"event\":2,\"date_source\":\"estimated\",\"added\":[]}],"
                       "\"events\":[{\"id\":5,\"articles\":1,\"first_date\":\"2024-03-01\","
                       "\"last_date\":\"2024-03-01\"},{\"id\":2,\"articles\":2,"
                       "\"first_date\":\"2024-03-02\",\"last_date\":\"2024-03-02\"}],"
                       "\"entities\":[]}");
    td_string_free(json);
    td_article_list_release(&l);
    ASSERT_OK(td_json_story(7, &l, &json));
    ASSERT_STREQ(json, "{\"id\":7,\"articles\":[],\"events\":[],\"entities\":[]}");
    td_string_free(json);
    td_store_close(st);
}

TD_TEST(test_render__stats_from_fixture)
{
    struct td_store *st;
    struct td_stats s;
    char *json = NULL;

    ASSERT_OK(query_fixture_open(&st));
    ASSERT_OK(td_query_stats(st, &s, NULL));
    ASSERT_OK(td_json_stats(&s, &json));
    ASSERT_STREQ(json, "{\"articles\":5,\"stories\":3,\"events\":4,"
                       "\"languages\":{\"de\":1,\"en\":3,\"es\":1}}");
    td_string_free(json);
    td_stats_release(&s);
    ASSERT_OK(td_json_stats(&s, &json));
    ASSERT_STREQ(json, "{\"articles\":0,\"stories\":0,\"events\":0,\"languages\":{}}");
    td_string_free(json);
    td_store_close(st);
}

TD_TEST(test_render__stories_from_fixture)
{
    struct td_store *st;
    struct td_story_list l;
    char *json = NULL;

    ASSERT_OK(query_fixture_open(&st));
    ASSERT_OK(td_query_stories(st, &l, NULL));
    ASSERT_OK(td_json_stories(&l, &json));
    ASSERT_STREQ(json, "{\"stories\":["
                       "{\"id\":2,\"articles\":3,\"title\":\"Strike \\\"talks\\\" fail\","
                       "\"first_date\":\"2024-03-01\",\"last_date\":\"2024-03-02\","
                       "\"languages\":[\"de\",\"en\"],\"events\":["
                       "{\"id\":5,\"articles\":1,\"first_date\":\"2024-03-01\","
                       "\"last_date\":\"2024-03-01\"},"
                       "{\"id\":2,\"articles\":2,\"first_date\":\"2024-03-02\","
                       "\"last_date\":\"2024-03-02\"}]},"
                       "{\"id\":1,\"articles\":1,\"title\":\"Body only, no title\","
                       "\"first_date\":\"2024-03-05\",\"last_date\":\"2024-03-05\","
                       "\"languages\":[\"es\"],\"events\":[{\"id\":1,\"articles\":1,"
                       "\"first_date\":\"2024-03-05\",\"last_date\":\"2024-03-05\"}]},"
                       "{\"id\":3,\"articles\":1,\"title\":\"Undated only\","
                       "\"first_date\":null,\"last_date\":null,\"languages\":[\"en\"],"
                       "\"events\":[{\"id\":3,\"articles\":1,\"first_date\":null,"
                       "\"last_date\":null}]}]}");
    td_string_free(json);
    td_story_list_release(&l);
    td_store_close(st);
}

TD_TEST(test_render__oom)
{
    struct td_event_info ei = {3, 2, (char *)"2024-01-01", NULL};
    struct td_story_info si = {1, 2, (char *)"t", (char *)"2024-01-01", NULL, (char *)"de,en",
                               &ei, 1, NULL, 0};
    struct td_story_list sl = {&si, 1, 1};
    struct td_article_info ai = {(char *)"a", NULL, NULL, (char *)"en", NULL, NULL, NULL, 3,
                                 NULL, NULL, 0};
    struct td_article_list al = {&ai, 1, 1, &ei, 1, NULL, 0};
    struct td_lang_count lc = {"en", 4};
    struct td_stats s = {4, 1, &lc, 1, 2};
    int which;

    for (which = 0; which < 3; which++) {
        enum td_err rc = TD_ERR_NOMEM;
        long n;
        for (n = 0; rc != TD_OK; n++) {
            char *json = (char *)"untouched";
            alloc_fail_after(n);
            rc = which == 0   ? td_json_stories(&sl, &json)
                 : which == 1 ? td_json_story(1, &al, &json)
                              : td_json_stats(&s, &json);
            alloc_fail_after(-1);
            if (rc != TD_OK)
                ASSERT_STREQ(json, "untouched");
            ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
            if (rc == TD_OK)
                td_string_free(json);
        }
        ASSERT_TRUE(n > 1);
    }
}

/* One export row per line: every field, nulls for the absent ones, escaped ids. */
TD_TEST(test_render__export_row)
{
    struct td_export_row r = {"a\"1", 3, 3, "2024-05", "given", "en", NULL};
    char *out = NULL;

    ASSERT_OK(td_json_export_row(&r, &out));
    ASSERT_STREQ(out, "{\"id\":\"a\\\"1\",\"story\":3,\"event\":3,\"date\":\"2024-05\","
                      "\"date_source\":\"given\",\"lang\":\"en\",\"copy_of\":null}");
    td_string_free(out);
    r.date = NULL;
    r.date_source = NULL;
    r.copy_of = "x0";
    ASSERT_OK(td_json_export_row(&r, &out));
    ASSERT_STREQ(out, "{\"id\":\"a\\\"1\",\"story\":3,\"event\":3,\"date\":null,"
                      "\"date_source\":null,\"lang\":\"en\",\"copy_of\":\"x0\"}");
    td_string_free(out);
}
