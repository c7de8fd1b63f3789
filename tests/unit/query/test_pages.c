/*
 * test_pages.c - tests of src/query/pages.c and report.c: story pages
 * (order, titles, filters, keyset cursor by story id, bad cursors),
 * single articles, ingest reports and their JSON, plus allocation failures.
 */
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "core/utf8.h"
#include "fixture.h"
#include "store_rows.h"
#include "test.h"
#include "tidings/query.h"

/* Runs one page with `f` and writes "id,id,..." of its stories into `ids`. */
static enum td_err page_ids(struct td_store *st, const struct td_story_filter *f, char *ids,
                            size_t cap, char *next)
{
    struct td_story_list l;
    size_t i, n = 0;
    enum td_err rc = td_query_story_page(st, f, &l, next, NULL);

    ids[0] = '\0';
    if (rc != TD_OK)
        return rc;
    for (i = 0; i < l.n; i++)
        n += (size_t)snprintf(ids + n, cap - n, "%s%lld", i > 0 ? "," : "",
                              (long long)l.items[i].id);
    td_story_list_release(&l);
    return TD_OK;
}

TD_TEST(test_pages__order_titles_and_fields)
{
    struct td_store *st;
    struct td_story_list l;
    char next[TD_CURSOR_MAX] = "x";

    ASSERT_OK(query_fixture_open(&st));
    ASSERT_OK(td_query_story_page(st, NULL, &l, next, NULL));
    ASSERT_STREQ(next, "");
    ASSERT_EQ_INT(l.n, 3);
    /* Newest story first. */
    ASSERT_EQ_INT(l.items[0].id, 3);
    ASSERT_EQ_INT(l.items[1].id, 2);
    ASSERT_EQ_INT(l.items[2].id, 1);
    /* An empty title counts as none: the body's first sentence stands in. */
    ASSERT_STREQ(l.items[0].title, "Undated only");
    ASSERT_TRUE(l.items[0].first_date == NULL);
    ASSERT_STREQ(l.items[1].title, "Strike \"talks\" fail");
    ASSERT_EQ_INT(l.items[1].size, 3);
    ASSERT_STREQ(l.items[1].first_date, "2024-03-01");
    ASSERT_STREQ(l.items[1].last_date, "2024-03-02");
    ASSERT_STREQ(l.items[1].languages, "de,en");
    ASSERT_STREQ(l.items[2].title, "Body only, no title");
    td_story_list_release(&l);
    td_store_close(st);
}

TD_TEST(test_pages__cursor_walk_neither_repeats_nor_skips)
{
    static const struct test_row later[] = {
        {"s1-b", 1, "en", "2024-03-09", 1709942400, "Later", "More news.", NULL, NULL, NULL},
        {"s4-a", 4, "en", "2024-03-09", 1709942400, "New story", "Fresh.", NULL, NULL, NULL},
    };
    struct td_store *st;
    struct td_story_filter f = TD_STORY_FILTER_INIT;
    struct td_story_list l;
    char ids[64], next[TD_CURSOR_MAX], cur[TD_CURSOR_MAX];

    ASSERT_OK(query_fixture_open(&st));
    f.limit = 1;
    ASSERT_OK(page_ids(st, &f, ids, sizeof(ids), next));
    ASSERT_STREQ(ids, "3");
    ASSERT_TRUE(next[0] != '\0');
    /* Articles arrive between two pages: one updates story 1, one starts story 4. */
    ASSERT_OK(test_row_insert(st, &later[0], 40));
    ASSERT_OK(test_row_insert(st, &later[1], 41));
    memcpy(cur, next, sizeof(cur));
    f.cursor = cur;
    ASSERT_OK(page_ids(st, &f, ids, sizeof(ids), next));
    ASSERT_STREQ(ids, "2");
    memcpy(cur, next, sizeof(cur));
    ASSERT_OK(td_query_story_page(st, &f, &l, next, NULL));
    ASSERT_EQ_INT(l.n, 1);
    ASSERT_EQ_INT(l.items[0].id, 1);
    /* Its size is current: two articles; story 4, newer than the walk, is not in it. */
    ASSERT_EQ_INT(l.items[0].size, 2);
    ASSERT_STREQ(next, "");
    td_story_list_release(&l);
    /* A new walk sees the new story. */
    f.cursor = NULL;
    f.limit = 10;
    ASSERT_OK(page_ids(st, &f, ids, sizeof(ids), next));
    ASSERT_STREQ(ids, "4,3,2,1");
    td_store_close(st);
}

TD_TEST(test_pages__filters)
{
    struct td_store *st;
    struct td_story_filter f = TD_STORY_FILTER_INIT;
    char ids[64], next[TD_CURSOR_MAX];

    ASSERT_OK(query_fixture_open(&st));
    f.lang = "German";
    ASSERT_OK(page_ids(st, &f, ids, sizeof(ids), next));
    ASSERT_STREQ(ids, "2");
    f.lang = "es";
    ASSERT_OK(page_ids(st, &f, ids, sizeof(ids), next));
    ASSERT_STREQ(ids, "1");
    f.lang = NULL;
    f.since = "2024-03-02";
    ASSERT_OK(page_ids(st, &f, ids, sizeof(ids), next));
    ASSERT_STREQ(ids, "2,1");
    f.since = "2024-03-04";
    ASSERT_OK(page_ids(st, &f, ids, sizeof(ids), next));
    ASSERT_STREQ(ids, "1");
    f.since = NULL;
    f.q = "crews";
    ASSERT_OK(page_ids(st, &f, ids, sizeof(ids), next));
    ASSERT_STREQ(ids, "2");
    f.q = "undated OR body";
    ASSERT_OK(page_ids(st, &f, ids, sizeof(ids), next));
    ASSERT_STREQ(ids, "3,1");
    f.lang = "en";
    ASSERT_OK(page_ids(st, &f, ids, sizeof(ids), next));
    ASSERT_STREQ(ids, "3");
    f.q = "nothinglikethis";
    ASSERT_OK(page_ids(st, &f, ids, sizeof(ids), next));
    ASSERT_STREQ(ids, "");
    td_store_close(st);
}

/*
 * The summary row a story's articles build up as they are inserted: size,
 * date span (undated articles left out), languages, and the title of the
 * earliest non-copy article that has one (no two headlines share a word).
 */
TD_TEST(test_pages__summary_follows_inserts)
{
    static const struct test_row rows[] = {
        {"a", 7, "es", NULL, 0, "", "Sin fecha. Segunda frase.", NULL, NULL, NULL},
        {"b", 7, "en", "2024-03-05", 1709596800, "Harbour reopens", "Text.", NULL, NULL, NULL},
        {"c", 7, "fr", "2024-03-01", 1709251200, "Copie", "Texte.", NULL, NULL, "a"},
        {"d", 8, "en", NULL, 0, NULL, "Alone.", NULL, NULL, NULL},
    };
    struct td_store *st;
    struct td_story_list l;
    char next[TD_CURSOR_MAX];

    ASSERT_OK(test_rows_open(rows, 4, &st));
    ASSERT_OK(td_query_story_page(st, NULL, &l, next, NULL));
    ASSERT_EQ_INT(l.n, 2);
    ASSERT_EQ_INT(l.items[0].id, 8);
    ASSERT_EQ_INT(l.items[0].size, 1);
    ASSERT_TRUE(l.items[0].first_date == NULL && l.items[0].last_date == NULL);
    ASSERT_EQ_INT(l.items[1].id, 7);
    ASSERT_EQ_INT(l.items[1].size, 3);
    ASSERT_STREQ(l.items[1].first_date, "2024-03-01");
    ASSERT_STREQ(l.items[1].last_date, "2024-03-05");
    ASSERT_STREQ(l.items[1].languages, "en,es,fr");
    ASSERT_STREQ(l.items[1].title, "Harbour reopens");
    td_story_list_release(&l);
    td_store_close(st);
}

/*
 * A story is titled by its most central headline, the one sharing the most
 * content words with the others (an older one on a tie), not by its first;
 * headlines that share nothing leave the first article's title.
 */
TD_TEST(test_pages__central_headline_titles_the_story)
{
    static const struct test_row rows[] = {
        {"a", 4, "en", NULL, 0, "Quiet morning at the harbour", "Text.", NULL, NULL, NULL},
        {"b", 4, "en", NULL, 0, "Flood hits Quillmoor harbour", "Text.", NULL, NULL, NULL},
        {"c", 4, "en", NULL, 0, "Quillmoor flood: harbour closed", "Text.", NULL, NULL, NULL},
        {"d", 5, "en", NULL, 0, "Orchestra tours abroad", "Text.", NULL, NULL, NULL},
        {"e", 5, "en", NULL, 0, "Violinist wins prize", "Text.", NULL, NULL, NULL},
        {"f", 6, "en", NULL, 0, "Only one headline", "Text.", NULL, NULL, NULL},
    };

    static const struct test_row later = {"g", 4, "en", NULL, 0,
                                          "Harbour closed after Quillmoor flood", "Text.",
                                          NULL, NULL, NULL};
    struct td_store *st;
    struct td_story_list l;
    char next[TD_CURSOR_MAX];
    int round;

    ASSERT_OK(test_rows_open(rows, 6, &st));
    /* The second page comes from what the first one kept: the same answer. */
    for (round = 0; round < 2; round++) {
        ASSERT_OK(td_query_story_page(st, NULL, &l, next, NULL));
        ASSERT_EQ_INT(l.n, 3);
        ASSERT_STREQ(l.items[0].title, "Only one headline");
        ASSERT_STREQ(l.items[1].title, "Orchestra tours abroad");
        ASSERT_STREQ(l.items[2].title, "Flood hits Quillmoor harbour");
        ASSERT_TRUE(l.items[2].nentities > 0);
        td_story_list_release(&l);
    }
    /* A new article changes the story's size, and so what is kept: the centre moves. */
    ASSERT_OK(test_row_insert(st, &later, 9));
    ASSERT_OK(td_query_story_page(st, NULL, &l, next, NULL));
    ASSERT_STREQ(l.items[2].title, "Quillmoor flood: harbour closed");
    ASSERT_EQ_INT(l.items[2].size, 4);
    td_story_list_release(&l);
    td_store_close(st);
}

/* A story lists the names its headlines mention most, aliases merged, most mentioned first. */
TD_TEST(test_pages__top_entities_from_headlines)
{
    static const struct test_row rows[] = {
        {"h1", 5, "en", "2024-03-05", 1709596800, "Mayor Anna Lindqvist opens the Tarrow bridge",
         "Text.", NULL, NULL, NULL},
        {"h2", 5, "en", "2024-03-06", 1709683200, "Lindqvist praises the Tarrow builders", "Text.",
         NULL, NULL, NULL},
        {"h3", 5, "en", "2024-03-07", 1709769600, "Anna Lindqvist says the bridge was on time",
         "Text.", NULL, NULL, NULL},
        {"h4", 6, "en", NULL, 0, "", "No headline here.", NULL, NULL, NULL},
    };
    struct td_store *st;
    struct td_story_list l;
    char next[TD_CURSOR_MAX];
    char *json = NULL;

    ASSERT_OK(test_rows_open(rows, 4, &st));
    ASSERT_OK(td_query_story_page(st, NULL, &l, next, NULL));
    ASSERT_EQ_INT(l.n, 2);
    ASSERT_EQ_INT(l.items[0].id, 6);
    ASSERT_EQ_INT(l.items[0].nentities, 0);
    ASSERT_EQ_INT(l.items[1].id, 5);
    ASSERT_TRUE(l.items[1].nentities >= 1);
    ASSERT_STREQ(l.items[1].entities[0].name, "Anna Lindqvist");
    ASSERT_STREQ(l.items[1].entities[0].type, "PER");
    ASSERT_TRUE(l.items[1].entities[0].count >= 2);
    ASSERT_OK(td_json_story_page(&l, next, &json));
    ASSERT_TRUE(strstr(json, "\"entities\":[{\"name\":\"Anna Lindqvist\",\"type\":\"PER\","
                             "\"count\":") != NULL);
    td_string_free(json);
    td_story_list_release(&l);
    /* One story read whole carries the same names, and its events. */
    {
        struct td_article_list al;
        ASSERT_OK(td_query_story(st, 5, &al, NULL));
        ASSERT_EQ_INT(al.n, 3);
        ASSERT_TRUE(al.nentities >= 1);
        ASSERT_STREQ(al.entities[0].name, "Anna Lindqvist");
        ASSERT_TRUE(al.nevents >= 1);
        ASSERT_STREQ(al.events[0].first_date, "2024-03-05");
        td_article_list_release(&al);
    }
    td_store_close(st);
}

TD_TEST(test_pages__bad_filters_and_cursors)
{
    static const char *const bad_cursors[] = {
        "x",       "s1.",     "s1.1",    "s1.1.2",  "s1.0.0",
        "s1.5.3x", "v1.5.3",  "s1.-5.3", "s1.+5.3", "s1.99999999999999999999.1",
        "s1.5..3", " s1.5.3", "s2.5.3",
    };
    struct td_store *st;
    struct td_story_filter f = TD_STORY_FILTER_INIT;
    struct td_story_list l;
    struct td_error err;
    char next[TD_CURSOR_MAX];
    size_t i;

    ASSERT_OK(query_fixture_open(&st));
    for (i = 0; i < sizeof(bad_cursors) / sizeof(bad_cursors[0]); i++) {
        f.cursor = bad_cursors[i];
        ASSERT_EQ_INT(td_query_story_page(st, &f, &l, next, &err), TD_ERR_INVALID);
        ASSERT_TRUE(strstr(err.msg, "bad cursor") != NULL);
    }
    f.cursor = "s1.3.2";
    ASSERT_OK(td_query_story_page(st, &f, &l, next, NULL));
    ASSERT_EQ_INT(l.n, 1); /* below story 2: story 1 */
    td_story_list_release(&l);
    f.cursor = NULL;
    f.limit = 0;
    ASSERT_EQ_INT(td_query_story_page(st, &f, &l, next, NULL), TD_ERR_INVALID);
    f.limit = TD_STORIES_MAX_LIMIT + 1;
    ASSERT_EQ_INT(td_query_story_page(st, &f, &l, next, NULL), TD_ERR_INVALID);
    f.limit = 5;
    f.since = "yesterday";
    ASSERT_EQ_INT(td_query_story_page(st, &f, &l, next, &err), TD_ERR_PARSE);
    ASSERT_TRUE(strstr(err.msg, "since") != NULL);
    f.since = "2024-02-30";
    ASSERT_EQ_INT(td_query_story_page(st, &f, &l, next, NULL), TD_ERR_INVALID);
    f.since = NULL;
    f.q = "\"unbalanced";
    ASSERT_EQ_INT(td_query_story_page(st, &f, &l, next, &err), TD_ERR_PARSE);
    ASSERT_TRUE(strstr(err.msg, "invalid search query") != NULL);
    f.q = "  ";
    ASSERT_EQ_INT(td_query_story_page(st, &f, &l, next, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_query_story_page(NULL, &f, &l, next, NULL), TD_ERR_INVALID);
    td_store_close(st);
}

/* The title of the single story of a store holding one untitled article with `body`. */
static void title_of_body(const char *body, char *out, size_t cap)
{
    struct test_row row = {"t", 1, "en", NULL, 0, NULL, body, NULL, NULL, NULL};
    struct td_store *st;
    struct td_story_list l = {NULL, 0, 0};
    char next[TD_CURSOR_MAX];

    out[0] = '\0';
    if (test_rows_open(&row, 1, &st) != TD_OK)
        return;
    if (td_query_story_page(st, NULL, &l, next, NULL) == TD_OK && l.n == 1)
        (void)snprintf(out, cap, "%s", l.items[0].title);
    td_story_list_release(&l);
    td_store_close(st);
}

TD_TEST(test_pages__first_sentence_titles)
{
    static const struct {
        const char *body, *title;
    } cases[] = {
        {"  First one here. Second one.", "First one here."},
        {"Is it over? No.", "Is it over?"},
        {"Version 2.5 ships\ntoday!  Then more.", "Version 2.5 ships today!"},
        {"東京で地震が発生。被害は小さい。", "東京で地震が発生。"},
        {"No end at all", "No end at all"},
    };
    char title[512], body[400];
    size_t i, bad = 0;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        title_of_body(cases[i].body, title, sizeof(title));
        ASSERT_STREQ(title, cases[i].title);
    }
    /* A long first sentence is cut at a code point, with an ellipsis. */
    for (i = 0; i + 2 < sizeof(body) - 1; i += 2)
        memcpy(body + i, "\xC3\xA9", 2);
    body[i] = '\0';
    title_of_body(body, title, sizeof(title));
    ASSERT_TRUE(strlen(title) <= 160);
    ASSERT_TRUE(strlen(title) > 100);
    ASSERT_TRUE(utf8_valid(title, strlen(title), &bad));
    ASSERT_TRUE(strcmp(title + strlen(title) - 3, "\xE2\x80\xA6") == 0);
}

TD_TEST(test_pages__article)
{
    struct td_store *st;
    struct td_article_view a;
    struct td_error err;
    char *json = NULL;

    ASSERT_OK(query_fixture_open(&st));
    ASSERT_OK(td_query_article(st, "s2-a", &a, NULL));
    ASSERT_STREQ(a.id, "s2-a");
    ASSERT_STREQ(a.text, "Crews walked out.");
    ASSERT_EQ_INT(a.story, 2);
    ASSERT_TRUE(a.copy_of == NULL && a.meta_json == NULL);
    ASSERT_OK(td_json_article(&a, &json));
    ASSERT_STREQ(json, "{\"id\":\"s2-a\",\"title\":\"Strike \\\"talks\\\" fail\","
                       "\"text\":\"Crews walked out.\",\"url\":\"https://example.org/a?x=1&y=2\","
                       "\"source\":\"Wire \\\\ Service\",\"date\":\"2024-03-02\",\"lang\":\"en\","
                       "\"story\":2,\"copy_of\":null,\"meta\":null}");
    td_string_free(json);
    td_article_view_release(&a);
    ASSERT_OK(td_query_article(st, "s2-c", &a, NULL));
    ASSERT_STREQ(a.copy_of, "s2-a");
    td_article_view_release(&a);
    ASSERT_EQ_INT(td_query_article(st, "nope", &a, &err), TD_ERR_NOTFOUND);
    ASSERT_TRUE(strstr(err.msg, "'nope'") != NULL);
    ASSERT_EQ_INT(td_query_article(st, NULL, &a, NULL), TD_ERR_INVALID);
    td_store_close(st);
}

TD_TEST(test_pages__json_page)
{
    struct td_story_list l = {NULL, 0, 0};
    char *json = NULL;

    ASSERT_OK(td_json_story_page(&l, "v1.9.4", &json));
    ASSERT_STREQ(json, "{\"stories\":[],\"next_cursor\":\"v1.9.4\"}");
    td_string_free(json);
    ASSERT_OK(td_json_story_page(&l, "", &json));
    ASSERT_STREQ(json, "{\"stories\":[],\"next_cursor\":null}");
    td_string_free(json);
}

TD_TEST(test_pages__ingest_report)
{
    struct td_ingest_report r;
    char *json = NULL;
    int i;

    memset(&r, 0, sizeof(r));
    r.accepted = 2;
    r.duplicates = 1;
    ASSERT_OK(td_ingest_report_reject(&r, 3, "missing 'text' (or 'body')"));
    ASSERT_OK(td_json_ingest_report(&r, TD_OK, NULL, &json));
    ASSERT_STREQ(json, "{\"accepted\":2,\"copies\":0,\"duplicates\":1,\"rejected\":1,\"errors\":"
                       "[{\"line\":3,\"reason\":\"missing 'text' (or 'body')\"}]}");
    td_string_free(json);
    ASSERT_OK(td_json_ingest_report(&r, TD_ERR_INVALID, "all \"1\" rejected", &json));
    ASSERT_TRUE(strncmp(json,
                        "{\"error\":{\"code\":\"TD_ERR_INVALID\",\"message\":\"all "
                        "\\\"1\\\" rejected\"},\"accepted\":2,",
                        72) == 0);
    td_string_free(json);
    /* Past the listing cap rejections are still counted. */
    for (i = 0; i < TD_INGEST_MAX_LISTED_ERRORS + 5; i++)
        ASSERT_OK(td_ingest_report_reject(&r, i + 10, "bad"));
    ASSERT_EQ_INT(r.rejected, TD_INGEST_MAX_LISTED_ERRORS + 6);
    ASSERT_EQ_INT(r.nerrors, TD_INGEST_MAX_LISTED_ERRORS);
    td_ingest_report_release(&r);
    ASSERT_TRUE(r.errors == NULL && r.rejected == 0);
}

TD_TEST(test_pages__oom)
{
    struct td_store *st;
    long n;
    int which;

    ASSERT_OK(query_fixture_open(&st));
    for (which = 0; which < 2; which++) {
        enum td_err rc = TD_ERR_NOMEM;
        for (n = 0; rc != TD_OK; n++) {
            struct td_story_list l;
            struct td_article_view a;
            struct td_error err;
            char next[TD_CURSOR_MAX];
            alloc_fail_after(n);
            rc = which == 0 ? td_query_story_page(st, NULL, &l, next, &err)
                            : td_query_article(st, "s2-a", &a, &err);
            alloc_fail_after(-1);
            ASSERT_TRUE(rc == TD_OK || (rc == TD_ERR_NOMEM && err.code == TD_ERR_NOMEM));
            if (rc == TD_OK && which == 0)
                td_story_list_release(&l);
            if (rc == TD_OK && which == 1)
                td_article_view_release(&a);
        }
        ASSERT_TRUE(n > 1);
    }
    td_store_close(st);
}
