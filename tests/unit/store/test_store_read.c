/*
 * test_store_read.c - tests of src/store/store_read.c: every STORE_Q_* read
 * query on a small hand-made fixture, rendered as text rows and compared.
 */
#include <stdio.h>
#include <string.h>

#include "store/store.h"
#include "store_rows.h"
#include "test.h"

/* The fixture articles: id, story, lang, date (or NULL), Unix time, title, body, ..., copy_of. */
static const struct test_row rows[] = {
    {"s2-a", 2, "en", "2024-03-02", 1709337600, "Ferry strike", "Crews walked out.",
     NULL, NULL, NULL},
    {"s1-a", 1, "es", "2024-03-05", 1709596800, "", "Cuerpo sin titulo que sigue",
     NULL, NULL, NULL},
    {"s2-b", 2, "de", "2024-03-01", 1709251200, "Fährstreik", "Besatzungen streiken.",
     NULL, NULL, NULL},
    {"s2-c", 2, "en", NULL, 0, "Ferry strike", "Crews walked out.", NULL, NULL, "s2-a"},
    {"s3-a", 3, "en", NULL, 0, NULL, "Undated only", NULL, NULL, NULL},
};
#define NROWS (sizeof(rows) / sizeof(rows[0]))

/* The event of each row: s2-c is a second event of story 2. */
static const int64_t events[NROWS] = {2, 1, 2, 4, 3};

static enum td_err fill(struct td_store *st)
{
    size_t i;
    enum td_err rc = TD_OK;

    for (i = 0; rc == TD_OK && i < NROWS; i++)
        rc = test_row_insert_event(st, &rows[i], (uint8_t)i, events[i]);
    return rc;
}

/* Appends each row as "col|col|...;" with "~" for NULL. */
static enum td_err to_text(void *ctx, const struct store_row *r)
{
    char *out = ctx;
    size_t len = strlen(out);
    int i;

    for (i = 0; i < r->ncols; i++) {
        int n = snprintf(out + len, 1024 - len, "%s%s", i ? "|" : "", r->col[i] ? r->col[i] : "~");
        if (n < 0 || (size_t)n >= 1024 - len)
            return TD_ERR_TOO_LARGE;
        len += (size_t)n;
    }
    if (len + 1 >= 1024)
        return TD_ERR_TOO_LARGE;
    out[len] = ';';
    out[len + 1] = '\0';
    return TD_OK;
}

static const struct {
    enum store_query q;
    int64_t arg;
    const char *want;
} queries[] = {
    {STORE_Q_STORIES, 0,
     "2|3|2024-03-01|2024-03-02|de,en|Ferry strike;"
     "1|1|2024-03-05|2024-03-05|es|Cuerpo sin titulo que sigue;"
     "3|1|~|~|en|Undated only;"},
    {STORE_Q_STORY_ARTICLES, 2,
     "s2-b|Fährstreik|2024-03-01|de|~|~|~|2;"
     "s2-a|Ferry strike|2024-03-02|en|~|~|~|2;"
     "s2-c|Ferry strike|~|en|~|~|s2-a|4;"},
    {STORE_Q_STORY_ARTICLES, 3, "s3-a|~|~|en|~|~|~|3;"},
    {STORE_Q_STORY_ARTICLES, 42, ""},
    {STORE_Q_STATS_TOTALS, 0, "5|3|4;"},
    {STORE_Q_STATS_LANGS, 0, "de|1;en|3;es|1;"},
    {STORE_Q_ASSIGNMENT, 0, "s2-a|2|2;s1-a|1|1;s2-b|2|2;s2-c|2|4;s3-a|3|3;"},
    /* Story 2 holds two events: 2 (dated) before 4 (undated). */
    {STORE_Q_STORY_EVENTS, 0,
     "1|1|1|2024-03-05|2024-03-05;2|2|2|2024-03-01|2024-03-02;2|4|1|~|~;3|3|1|~|~;"},
};

TD_TEST(test_store_read__queries_on_fixture)
{
    struct td_store *st;
    size_t i;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(fill(st));
    for (i = 0; i < sizeof(queries) / sizeof(queries[0]); i++) {
        char got[1024] = "";
        /* Twice: the cached statement must be reset and rebound. */
        ASSERT_OK(store_query_run(st, queries[i].q, queries[i].arg, to_text, got, NULL));
        ASSERT_STREQ(got, queries[i].want);
        got[0] = '\0';
        ASSERT_OK(store_query_run(st, queries[i].q, queries[i].arg, to_text, got, NULL));
        ASSERT_STREQ(got, queries[i].want);
    }
    td_store_close(st);
}

TD_TEST(test_store_read__numbers_and_empty_store)
{
    struct td_store *st;
    char got[1024] = "";

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(store_query_run(st, STORE_Q_STATS_TOTALS, 0, to_text, got, NULL));
    ASSERT_STREQ(got, "0|0|0;");
    got[0] = '\0';
    ASSERT_OK(store_query_run(st, STORE_Q_STORIES, 0, to_text, got, NULL));
    ASSERT_STREQ(got, "");
    td_store_close(st);
}

static enum td_err check_nums(void *ctx, const struct store_row *r)
{
    int64_t *sum = ctx;

    if (r->ncols != 3)
        return TD_ERR_INTERNAL;
    *sum += r->num[1];
    return TD_OK;
}

static enum td_err refuse(void *ctx, const struct store_row *r)
{
    (void)r;
    ++*(int *)ctx;
    return TD_ERR_CONFLICT;
}

TD_TEST(test_store_read__callback_error_and_bad_query)
{
    struct td_store *st;
    struct td_error err;
    int64_t sum = 0;
    int calls = 0;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(fill(st));
    ASSERT_OK(store_query_run(st, STORE_Q_ASSIGNMENT, 0, check_nums, &sum, NULL));
    ASSERT_EQ_INT(sum, 2 + 1 + 2 + 2 + 3);
    ASSERT_EQ_INT(store_query_run(st, STORE_Q_ASSIGNMENT, 0, refuse, &calls, NULL),
                  TD_ERR_CONFLICT);
    ASSERT_EQ_INT(calls, 1);
    ASSERT_EQ_INT(store_query_run(st, STORE_Q__COUNT, 0, refuse, &calls, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(store_query_run(st, (enum store_query) - 1, 0, refuse, &calls, &err),
                  TD_ERR_INVALID);
    ASSERT_EQ_INT(calls, 1);
    td_store_close(st);
}
