/*
 * test_search.c - tests of src/query/search.c (and through it the FTS5
 * index of store/, its tokenizer in text/fts.c and the JSON renderer):
 * ranking, phrases, prefixes, filters, Japanese and Chinese words, case and
 * width folding, rejected queries and allocation failures.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/alloc.h"
#include "store/store.h"
#include "store_rows.h"
#include "test.h"
#include "tidings/query.h"

static const struct test_row rows[] = {
    {"t-title", 1, "en", "2024-03-01", 1709251200, "Harbour flood warning",
     "Officials spoke on Monday about the weather and the tides.", NULL, NULL, NULL},
    {"t-body", 1, "en", "2024-03-03", 1709424000, "Weather update",
     "Rain continued. A flood closed the road near the old mill, and the river rose.",
     NULL, NULL, NULL},
    {"t-phrase", 2, "en", "2024-03-05", 1709596800, "Bridge news",
     "The old bridge was closed after the storm; a bridge old enough to need repair.",
     NULL, NULL, NULL},
    {"t-undated", 2, "en", NULL, 0, NULL, "Storms and storming crowds filled the square.",
     NULL, NULL, NULL},
    {"t-ja", 3, "ja", "2024-03-02", 1709337600, "東京で地震が発生",
     "東京で地震が発生しました。被害の報告はありません。", NULL, NULL, NULL},
    {"t-zh", 3, "zh", "2024-04-10", 1712707200, "北京发生地震",
     "北京今天发生了地震，没有人员伤亡。", NULL, NULL, NULL},
    {"t-wide", 4, "en", "2024-05-01", 1714521600, "ＴＯＫＹＯ markets",
     "Shares rose in Ｔｏｋｙｏ.", NULL, NULL, NULL},
};
#define NROWS (sizeof(rows) / sizeof(rows[0]))

static enum td_err insert(struct td_store *st, size_t i)
{
    return test_row_insert(st, &rows[i], (uint8_t)i);
}

static enum td_err open_fixture(struct td_store **out)
{
    return test_rows_open(rows, NROWS, out);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * The ids of the hits for `q` with options `o` (NULL: defaults),
 * space-separated, in rank order or, when `sorted`, in id order.
 */
static enum td_err hit_ids(struct td_store *st, const char *q, const struct td_search_opts *o,
                           bool sorted, char *buf, size_t size)
{
    struct td_search_list l;
    const char *v[16];
    enum td_err rc = td_query_search(st, q, o, &l, NULL);
    size_t i, n, len = 0;

    buf[0] = '\0';
    if (rc != TD_OK)
        return rc;
    n = l.n < 16 ? l.n : 16;
    for (i = 0; i < n; i++)
        v[i] = l.items[i].id;
    if (sorted)
        qsort(v, n, sizeof(v[0]), cmp_str);
    for (i = 0; i < n && len + 1 < size; i++) {
        int w = snprintf(buf + len, size - len, "%s%s", i ? " " : "", v[i]);
        len += w > 0 ? (size_t)w : 0;
    }
    td_search_list_release(&l);
    return TD_OK;
}

/* The hits in rank order, and as a sorted set. */
#define ids(st, q, o, buf, size) hit_ids(st, q, o, false, buf, size)
#define id_set(st, q, o, buf, size) hit_ids(st, q, o, true, buf, size)

TD_TEST(test_search__title_outranks_body)
{
    struct td_store *st;
    char got[256];

    ASSERT_OK(open_fixture(&st));
    ASSERT_OK(ids(st, "flood", NULL, got, sizeof(got)));
    ASSERT_STREQ(got, "t-title t-body");
    td_store_close(st);
}

TD_TEST(test_search__table)
{
    static const struct {
        const char *q, *want;
    } cases[] = {
        {"\"old bridge\"", "t-phrase"}, /* "bridge old" does not count */
        {"\"the river rose\"", "t-body"},
        {"storm", "t-phrase"},            /* no stemming: not "storms" */
        {"storm*", "t-phrase t-undated"}, /* prefix */
        {"地震", "t-ja t-zh"},            /* Japanese and Chinese words */
        {"東京", "t-ja"},
        {"北京 地震", "t-zh"},
        {"東京で地震", "t-ja"}, /* several ICU words make a phrase */
        {"tokyo", "t-wide"},    /* full-width and upper case fold */
        {"ＴＯＫＹＯ", "t-wide"},
        {"TOKYO", "t-wide"},
        {"flood NOT mill", "t-title"},
        {"title:weather", "t-body"},
        {"nothinglikethis", ""},
        {"\"'; DROP TABLE articles; --\"", ""}, /* just words to look for */
    };
    struct td_store *st;
    char got[256];
    size_t i;

    ASSERT_OK(open_fixture(&st));
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ASSERT_OK(id_set(st, cases[i].q, NULL, got, sizeof(got)));
        if (strcmp(got, cases[i].want) != 0)
            td_test_fail(__FILE__, __LINE__, "query %s: got '%s', want '%s'", cases[i].q, got,
                         cases[i].want);
    }
    /* The articles table survived the SQL-looking query. */
    ASSERT_OK(ids(st, "flood", NULL, got, sizeof(got)));
    ASSERT_STREQ(got, "t-title t-body");
    td_store_close(st);
}

TD_TEST(test_search__filters)
{
    struct td_search_opts o = TD_SEARCH_OPTS_INIT;
    struct td_store *st;
    char got[256];

    ASSERT_OK(open_fixture(&st));
    o.from = "2024-03-02";
    ASSERT_OK(id_set(st, "flood OR 地震 OR storm*", &o, got, sizeof(got)));
    ASSERT_STREQ(got, "t-body t-ja t-phrase t-zh");
    o.to = "2024-03-03"; /* inclusive: the whole day */
    ASSERT_OK(id_set(st, "flood OR 地震 OR storm*", &o, got, sizeof(got)));
    ASSERT_STREQ(got, "t-body t-ja");
    o.from = NULL;
    o.to = "2024-03"; /* to the end of March; undated t-undated never matches */
    ASSERT_OK(id_set(st, "storm* OR 地震", &o, got, sizeof(got)));
    ASSERT_STREQ(got, "t-ja t-phrase");
    o = (struct td_search_opts)TD_SEARCH_OPTS_INIT;
    o.lang = "Chinese";
    ASSERT_OK(ids(st, "地震", &o, got, sizeof(got)));
    ASSERT_STREQ(got, "t-zh");
    o.lang = NULL;
    o.story = 2;
    ASSERT_OK(id_set(st, "storm*", &o, got, sizeof(got)));
    ASSERT_STREQ(got, "t-phrase t-undated");
    o.story = 0;
    o.limit = 1;
    ASSERT_OK(ids(st, "flood", &o, got, sizeof(got)));
    ASSERT_STREQ(got, "t-title");
    td_store_close(st);
}

/*
 * A word is ranked among its newest SEARCH_WINDOW matches that pass the
 * filters: the oldest article, the best match by far, is left out once
 * SEARCH_WINDOW newer ones match, and found again when a filter narrows the
 * matches to it.
 */
TD_TEST(test_search__ranks_the_newest_matches)
{
    static const struct test_row best = {"old-best", 2, "en", NULL, 0, "Tern tern tern",
                                         "Tern tern tern tern.", NULL, NULL, NULL};
    struct test_row row = {NULL, 1, "en", NULL, 0, "Birds", "A tern was seen.", NULL, NULL, NULL};
    struct td_search_opts o = TD_SEARCH_OPTS_INIT;
    struct td_store *st;
    struct td_search_list l;
    char id[32];
    size_t i;

    ASSERT_OK(test_rows_open(&best, 1, &st));
    for (i = 0; i < SEARCH_WINDOW; i++) {
        (void)snprintf(id, sizeof(id), "new-%zu", i);
        row.id = id;
        ASSERT_OK(test_row_insert(st, &row, (uint8_t)(i + 1)));
    }
    ASSERT_OK(td_query_search(st, "tern", NULL, &l, NULL));
    ASSERT_EQ_INT(l.n, TD_SEARCH_DEFAULT_LIMIT);
    for (i = 0; i < l.n; i++)
        ASSERT_TRUE(strcmp(l.items[i].id, "old-best") != 0);
    td_search_list_release(&l);
    o.story = 2;
    ASSERT_OK(td_query_search(st, "tern", &o, &l, NULL));
    ASSERT_EQ_INT(l.n, 1);
    ASSERT_STREQ(l.items[0].id, "old-best");
    td_search_list_release(&l);
    td_store_close(st);
}

TD_TEST(test_search__snippet_and_highlights)
{
    struct td_search_opts o = TD_SEARCH_OPTS_INIT;
    struct td_store *st;
    struct td_search_list l;
    const struct td_search_hit *h;

    ASSERT_OK(open_fixture(&st));
    ASSERT_OK(td_query_search(st, "tokyo", NULL, &l, NULL));
    ASSERT_EQ_INT(l.n, 1);
    h = &l.items[0];
    ASSERT_STREQ(h->id, "t-wide");
    ASSERT_EQ_INT(h->story, 4);
    ASSERT_STREQ(h->date, "2024-05-01");
    ASSERT_STREQ(h->lang, "en");
    ASSERT_STREQ(h->snippet, "Shares rose in Ｔｏｋｙｏ.");
    ASSERT_EQ_INT(h->nhighlights, 1);
    ASSERT_EQ_INT(h->highlights[0].start, 15); /* code points, not bytes */
    ASSERT_EQ_INT(h->highlights[0].end, 20);
    ASSERT_STREQ(h->title, "ＴＯＫＹＯ markets");
    ASSERT_EQ_INT(h->ntitle_highlights, 1);
    ASSERT_EQ_INT(h->title_highlights[0].start, 0);
    ASSERT_EQ_INT(h->title_highlights[0].end, 5);
    ASSERT_TRUE(h->score > 0);
    td_search_list_release(&l);
    o.lang = "ja";
    ASSERT_OK(td_query_search(st, "地震", &o, &l, NULL));
    ASSERT_EQ_INT(l.n, 1);
    ASSERT_STREQ(l.items[0].snippet, "東京で地震が発生しました。被害の報告はありません。");
    ASSERT_EQ_INT(l.items[0].nhighlights, 1);
    ASSERT_EQ_INT(l.items[0].highlights[0].start, 3);
    ASSERT_EQ_INT(l.items[0].highlights[0].end, 5);
    td_search_list_release(&l);
    td_store_close(st);
}

TD_TEST(test_search__json)
{
    struct td_store *st;
    struct td_search_list l;
    char *json = NULL;

    ASSERT_OK(open_fixture(&st));
    ASSERT_OK(td_query_search(st, "rain", NULL, &l, NULL));
    ASSERT_OK(td_json_search(&l, &json));
    ASSERT_TRUE(strstr(json,
                       "{\"results\":[{\"id\":\"t-body\",\"story\":1,\"title\":\"Weather "
                       "update\",\"date\":\"2024-03-03\",\"lang\":\"en\",\"score\":") == json);
    ASSERT_TRUE(strstr(json, ",\"snippet\":\"Rain continued. A flood closed the road near the old "
                             "mill, and the river rose.\",\"highlights\":[[0,4]],"
                             "\"title_highlights\":[]}]}") != NULL);
    td_string_free(json);
    td_search_list_release(&l);
    ASSERT_OK(td_query_search(st, "nothinglikethis", NULL, &l, NULL));
    ASSERT_OK(td_json_search(&l, &json));
    ASSERT_STREQ(json, "{\"results\":[]}");
    td_string_free(json);
    td_search_list_release(&l);
    td_store_close(st);
}

/* Whether the hits of `q` carry the same marks built by store_marks.c and by FTS5. */
static void check_marks_agree(struct td_store *st, const char *q)
{
    struct td_search_list own, fts;
    size_t i, k;

    store_search_set_fts_marks(st, false);
    ASSERT_OK(td_query_search(st, q, NULL, &own, NULL));
    store_search_set_fts_marks(st, true);
    ASSERT_OK(td_query_search(st, q, NULL, &fts, NULL));
    store_search_set_fts_marks(st, false);
    if (own.n == 0)
        td_test_fail(__FILE__, __LINE__, "query '%s': no hit", q);
    ASSERT_EQ_INT(own.n, fts.n);
    for (i = 0; i < own.n; i++) {
        const struct td_search_hit *a = &own.items[i], *b = &fts.items[i];

        ASSERT_STREQ(a->id, b->id);
        if (strcmp(a->snippet, b->snippet) != 0)
            td_test_fail(__FILE__, __LINE__, "query '%s', %s: snippet '%s', FTS5 '%s'", q, a->id,
                         a->snippet, b->snippet);
        ASSERT_EQ_INT(a->nhighlights, b->nhighlights);
        for (k = 0; k < a->nhighlights; k++) {
            ASSERT_EQ_INT(a->highlights[k].start, b->highlights[k].start);
            ASSERT_EQ_INT(a->highlights[k].end, b->highlights[k].end);
        }
        ASSERT_EQ_INT(a->ntitle_highlights, b->ntitle_highlights);
        for (k = 0; k < a->ntitle_highlights; k++) {
            ASSERT_EQ_INT(a->title_highlights[k].start, b->title_highlights[k].start);
            ASSERT_EQ_INT(a->title_highlights[k].end, b->title_highlights[k].end);
        }
    }
    td_search_list_release(&own);
    td_search_list_release(&fts);
}

/* Simple queries are marked without FTS5's functions, and the marks are the same. */
TD_TEST(test_search__own_marks_agree_with_fts5)
{
    static const char *const queries[] = {
        "flood", "\"old bridge\"", "bridge old", "storm*", "stor* OR rain", "地震", "東京",
        "北京 地震", "tokyo", "ＴＯＫＹＯ", "flood AND weather", "\"the river\" mill",
        "rain OR flood OR tides", "bridge NEAR(old storm)", "title:flood", "flood NOT storm",
    };
    struct td_store *st;
    size_t i;

    ASSERT_OK(open_fixture(&st));
    for (i = 0; i < sizeof(queries) / sizeof(queries[0]); i++)
        check_marks_agree(st, queries[i]);
    td_store_close(st);
}

/* A long body is cut to a window of at most 24 words holding the matches. */
TD_TEST(test_search__snippet_window)
{
    static const struct test_row longrow[] = {
        {"long", 1, "en", "2024-06-01", 1717200000, "Coast notes",
         "Gulls circled over the grey harbour while fishermen mended nets and talked about the "
         "price of diesel and the long winter behind them. The old lighthouse keeper said the "
         "lamp had failed twice in March. Children ran along the wall, dogs barked at the waves, "
         "and a ferry sounded its horn far out beyond the breakwater near the islands.",
         NULL, NULL, NULL},
    };
    struct td_store *st;
    struct td_search_list l;
    const char *snip;
    size_t words = 0, i;

    ASSERT_OK(test_rows_open(longrow, 1, &st));
    ASSERT_OK(td_query_search(st, "lighthouse lamp", NULL, &l, NULL));
    ASSERT_EQ_INT(l.n, 1);
    snip = l.items[0].snippet;
    /* Starts at the sentence that holds both words, cut at the end. */
    if (strncmp(snip, "\xe2\x80\xa6The old lighthouse keeper said the lamp", 42) != 0)
        td_test_fail(__FILE__, __LINE__, "snippet '%s'", snip);
    ASSERT_TRUE(strcmp(snip + strlen(snip) - 3, "\xe2\x80\xa6") == 0);
    for (i = 0; snip[i] != '\0'; i++)
        if (snip[i] == ' ')
            words++;
    ASSERT_TRUE(words + 1 <= 24);
    ASSERT_EQ_INT(l.items[0].nhighlights, 2);
    td_search_list_release(&l);
    /* No match in the body (title only): the body's first words. */
    ASSERT_OK(td_query_search(st, "coast", NULL, &l, NULL));
    ASSERT_EQ_INT(l.n, 1);
    ASSERT_TRUE(strncmp(l.items[0].snippet, "Gulls circled over", 18) == 0);
    ASSERT_EQ_INT(l.items[0].nhighlights, 0);
    ASSERT_EQ_INT(l.items[0].ntitle_highlights, 1);
    td_search_list_release(&l);
    td_store_close(st);
}

/* A story filter seeks a small story's articles and reads the matches for a big one: same hits. */
TD_TEST(test_search__story_filter_small_and_big)
{
    struct test_row row = {NULL, 1, "en", NULL, 0, "Birds", NULL, NULL, NULL, NULL};
    struct td_search_opts o = TD_SEARCH_OPTS_INIT;
    struct td_search_list l;
    struct td_store *st;
    char path[512], id[32], body[64];
    size_t i, in_big = 0;

    (void)snprintf(path, sizeof(path), "%s/story-filter.db", td_test_tmpdir());
    ASSERT_OK(td_store_open(path, &st, NULL));
    /* Story 7: 400 articles (over the seek limit), 1 in 4 about terns; story 9: 3 of them. */
    for (i = 0; i < 403; i++) {
        row.story = i < 400 ? 7 : 9;
        (void)snprintf(id, sizeof(id), "s%zu", i);
        (void)snprintf(body, sizeof(body), "%s number %zu.", i % 4 == 0 ? "A tern" : "A gull", i);
        row.id = id;
        row.body = body;
        ASSERT_OK(test_row_insert(st, &row, (uint8_t)i));
        in_big += i < 400 && i % 4 == 0;
    }
    o.limit = 1000;
    o.story = 7;
    ASSERT_OK(td_query_search(st, "tern", &o, &l, NULL));
    ASSERT_EQ_INT(l.n, in_big);
    for (i = 0; i < l.n; i++)
        ASSERT_EQ_INT(l.items[i].story, 7);
    td_search_list_release(&l);
    o.story = 9;
    ASSERT_OK(td_query_search(st, "tern OR gull", &o, &l, NULL));
    ASSERT_EQ_INT(l.n, 3);
    for (i = 0; i < l.n; i++)
        ASSERT_EQ_INT(l.items[i].story, 9);
    td_search_list_release(&l);
    o.story = 9;
    o.lang = "de";
    ASSERT_OK(td_query_search(st, "tern OR gull", &o, &l, NULL));
    ASSERT_EQ_INT(l.n, 0);
    td_search_list_release(&l);
    td_store_close(st);
}

TD_TEST(test_search__errors)
{
    static const struct {
        const char *q;
        enum td_err code;
        const char *msg;
    } cases[] = {
        {"\"unbalanced", TD_ERR_PARSE, "invalid search query: unterminated string"},
        {"flood AND", TD_ERR_PARSE, "invalid search query: fts5: syntax error near \"\""},
        {"'; DROP TABLE articles; --", TD_ERR_PARSE, "invalid search query: fts5: syntax error"},
        {"nosuchcolumn:x", TD_ERR_PARSE, "invalid search query: no such column: nosuchcolumn"},
        {"covid-19", TD_ERR_PARSE,
         "invalid search query: no such column: 19 (a '-' before a word starts a column filter: "
         "put words with a hyphen in double quotes, as in \"covid-19\")"},
        {"", TD_ERR_INVALID, "empty search query"},
        {" \t", TD_ERR_INVALID, "empty search query"},
        {"bad \xff", TD_ERR_INVALID, "invalid UTF-8 at byte 4 of the search query"},
    };
    struct td_store *st;
    struct td_search_list l = {NULL, 0, 0};
    struct td_error err;
    size_t i;

    ASSERT_OK(open_fixture(&st));
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ASSERT_EQ_INT(td_query_search(st, cases[i].q, NULL, &l, &err), cases[i].code);
        ASSERT_EQ_INT(err.code, cases[i].code);
        if (strncmp(err.msg, cases[i].msg, strlen(cases[i].msg)) != 0)
            td_test_fail(__FILE__, __LINE__, "query '%s': message '%s'", cases[i].q, err.msg);
        ASSERT_TRUE(l.items == NULL);
    }
    ASSERT_EQ_INT(td_query_search(st, NULL, NULL, &l, &err), TD_ERR_INVALID);
    /* The store stays usable after a rejected query. */
    ASSERT_OK(td_query_search(st, "flood", NULL, &l, NULL));
    ASSERT_EQ_INT(l.n, 2);
    td_search_list_release(&l);
    td_store_close(st);
}

TD_TEST(test_search__too_large)
{
    struct td_store *st;
    struct td_search_list l;
    struct td_error err;
    char q[5000];

    memset(q, 'a', sizeof(q) - 1);
    q[sizeof(q) - 1] = '\0';
    ASSERT_OK(open_fixture(&st));
    ASSERT_EQ_INT(td_query_search(st, q, NULL, &l, &err), TD_ERR_TOO_LARGE);
    ASSERT_STREQ(err.msg, "search query longer than 4096 bytes");
    td_store_close(st);
}

TD_TEST(test_search__bad_options)
{
    static const struct {
        const char *from, *to;
        size_t limit;
        enum td_err code;
        const char *msg;
    } cases[] = {
        {NULL, NULL, 0, TD_ERR_INVALID, "search limit 0 is not between 1 and 1000"},
        {NULL, NULL, 1001, TD_ERR_INVALID, "search limit 1001 is not between 1 and 1000"},
        {"yesterday", NULL, 20, TD_ERR_PARSE, "bad 'from' date 'yesterday': "},
        {NULL, "2024-02-30", 20, TD_ERR_INVALID, "bad 'to' date '2024-02-30': "},
        {"2024-03-05", "2024-03-04", 20, TD_ERR_INVALID,
         "'from' date '2024-03-05' is after 'to' date '2024-03-04'"},
    };
    struct td_store *st;
    struct td_search_list l;
    struct td_error err;
    size_t i;

    ASSERT_OK(open_fixture(&st));
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct td_search_opts o = TD_SEARCH_OPTS_INIT;
        o.from = cases[i].from;
        o.to = cases[i].to;
        o.limit = cases[i].limit;
        ASSERT_EQ_INT(td_query_search(st, "flood", &o, &l, &err), cases[i].code);
        if (strncmp(err.msg, cases[i].msg, strlen(cases[i].msg)) != 0)
            td_test_fail(__FILE__, __LINE__, "case %zu: message '%s'", i, err.msg);
    }
    td_store_close(st);
}

/*
 * Rows written through the insert trigger are found after reopening (the
 * backfill of a database from before migration 2 is tested in
 * tests/cli/test_search.sh, which can write an old-format file).
 */
TD_TEST(test_search__file_store_reopen)
{
    char path[512];
    struct td_store *st;
    char got[64];

    (void)snprintf(path, sizeof(path), "%s/s.db", td_test_tmpdir());
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_OK(insert(st, 0));
    ASSERT_OK(insert(st, 4));
    td_store_close(st);
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_OK(id_set(st, "harbour OR 地震", NULL, got, sizeof(got)));
    ASSERT_STREQ(got, "t-ja t-title");
    td_store_close(st);
}

TD_TEST(test_search__oom)
{
    struct td_store *st;
    long n;

    ASSERT_OK(open_fixture(&st));
    for (n = 0; n < 10000; n++) {
        struct td_search_list l;
        struct td_error err;
        enum td_err rc;
        alloc_fail_after(n);
        rc = td_query_search(st, "flood OR 地震", NULL, &l, &err);
        alloc_fail_after(-1);
        if (rc == TD_OK) {
            td_search_list_release(&l);
            break;
        }
        ASSERT_EQ_INT(rc, TD_ERR_NOMEM);
        ASSERT_EQ_INT(err.code, TD_ERR_NOMEM);
    }
    ASSERT_TRUE(n > 1);
    td_store_close(st);
}

/*
 * A search does not wait behind another connection's write lock to catch up
 * the index: it answers at once from what is indexed, and indexes the rest
 * once the writer is done.
 */
TD_TEST(test_search__does_not_wait_for_a_writer)
{
    char path[512], got[64];
    struct td_store *reader, *writer;
    struct timespec t0, t1;
    double waited;

    (void)snprintf(path, sizeof(path), "%s/w.db", td_test_tmpdir());
    ASSERT_OK(td_store_open(path, &reader, NULL));
    ASSERT_OK(td_store_open(path, &writer, NULL));
    ASSERT_OK(insert(writer, 0));
    ASSERT_OK(store_begin(writer, NULL));
    clock_gettime(CLOCK_MONOTONIC, &t0);
    ASSERT_OK(id_set(reader, "harbour", NULL, got, sizeof(got)));
    clock_gettime(CLOCK_MONOTONIC, &t1);
    waited = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    /* The busy timeout is 10 s; a search that waited for it would take that long. */
    ASSERT_TRUE(waited < 5.0);
    ASSERT_STREQ(got, "");
    store_rollback(writer);
    ASSERT_OK(id_set(reader, "harbour", NULL, got, sizeof(got)));
    ASSERT_STREQ(got, "t-title");
    td_store_close(writer);
    td_store_close(reader);
}
