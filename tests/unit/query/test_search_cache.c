/*
 * test_search_cache.c - tests of src/query/search_cache.c: a cached search
 * answers what an uncached one does, brings itself up to date with newly
 * indexed articles (scoring only those), keeps its window of the newest
 * matches, evicts under its memory cap and caches no failure.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "store/store.h"
#include "store_rows.h"
#include "test.h"
#include "tidings/query.h"

static const struct test_row rows[] = {
    {"c-flood", 1, "en", "2024-03-01", 1709251200, "Harbour flood warning",
     "Officials spoke on Monday about the weather and the tides.", NULL, NULL, NULL},
    {"c-rain", 1, "en", "2024-03-03", 1709424000, "Weather update",
     "Rain continued. A flood closed the road near the old mill, and the river rose.",
     NULL, NULL, NULL},
    {"c-bridge", 2, "en", "2024-03-05", 1709596800, "Bridge news",
     "The old bridge was closed after the storm; a bridge old enough to need repair.",
     NULL, NULL, NULL},
    {"c-es", 3, "es", "2024-03-06", 1709683200, "Inundación en el puerto",
     "La tormenta cerró el puerto y el puente viejo.", NULL, NULL, NULL},
};
#define NROWS (sizeof(rows) / sizeof(rows[0]))

static void spans_equal(const struct td_search_span *a, const struct td_search_span *b, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        ASSERT_EQ_INT(a[i].start, b[i].start);
        ASSERT_EQ_INT(a[i].end, b[i].end);
    }
}

/* Every field of every hit of `a` equals that of `b`. */
static void lists_equal(const struct td_search_list *a, const struct td_search_list *b)
{
    size_t i;

    ASSERT_EQ_INT(a->n, b->n);
    for (i = 0; i < a->n; i++) {
        const struct td_search_hit *x = &a->items[i], *y = &b->items[i];

        ASSERT_STREQ(x->id, y->id);
        ASSERT_EQ_INT(x->story, y->story);
        ASSERT_STREQ(x->title ? x->title : "(none)", y->title ? y->title : "(none)");
        ASSERT_STREQ(x->date ? x->date : "(none)", y->date ? y->date : "(none)");
        ASSERT_STREQ(x->lang, y->lang);
        ASSERT_STREQ(x->snippet, y->snippet);
        ASSERT_NEAR(x->score, y->score, 1e-9);
        ASSERT_EQ_INT(x->nhighlights, y->nhighlights);
        ASSERT_EQ_INT(x->ntitle_highlights, y->ntitle_highlights);
        spans_equal(x->highlights, y->highlights, x->nhighlights);
        spans_equal(x->title_highlights, y->title_highlights, x->ntitle_highlights);
    }
}

/* Searches `q` with `o` cached and uncached and checks that both answer the same. */
static void same_answer(struct td_store *st, struct td_search_cache *c, const char *q,
                        const struct td_search_opts *o)
{
    struct td_search_list a, b;

    ASSERT_OK(td_query_search_cached(st, c, q, o, &a, NULL));
    ASSERT_OK(td_query_search(st, q, o, &b, NULL));
    lists_equal(&a, &b);
    td_search_list_release(&a);
    td_search_list_release(&b);
}

TD_TEST(test_search_cache__answers_as_uncached)
{
    static const char *queries[] = {"flood", "old", "\"old bridge\"", "storm* OR tormenta",
                                    "weather", "nothinglikethis"};
    struct td_search_opts o = TD_SEARCH_OPTS_INIT, filtered = TD_SEARCH_OPTS_INIT;
    struct td_search_cache_stats cs;
    struct td_search_cache *c;
    struct td_store *st;
    size_t i, round;

    ASSERT_OK(test_rows_open(rows, NROWS, &st));
    ASSERT_OK(td_search_cache_new((size_t)1 << 20, &c, NULL));
    filtered.lang = "Spanish";
    filtered.from = "2024-03-02";
    for (round = 0; round < 2; round++) {
        for (i = 0; i < sizeof(queries) / sizeof(queries[0]); i++) {
            same_answer(st, c, queries[i], &o);
            same_answer(st, c, queries[i], &filtered);
        }
    }
    o.limit = 1; /* the limit is part of what is cached */
    same_answer(st, c, "old", &o);
    td_search_cache_stats(c, &cs);
    ASSERT_EQ_INT(cs.misses, 13);
    ASSERT_EQ_INT(cs.hits, 12);
    ASSERT_EQ_INT(cs.deltas, 0);
    ASSERT_TRUE(cs.bytes > 0);
    td_search_cache_free(c);
    td_store_close(st);
}

/*
 * Searches `q` cached and uncached: as many hits, every cached one a match
 * of the window ("tern-..." or "best"), and with `exact` the same ids in
 * the same order.
 */
static void compare(struct td_store *st, struct td_search_cache *c, const char *q, bool exact)
{
    struct td_search_list a, b;
    size_t i;

    ASSERT_OK(td_query_search_cached(st, c, q, NULL, &a, NULL));
    ASSERT_OK(td_query_search(st, q, NULL, &b, NULL));
    ASSERT_EQ_INT(a.n, b.n);
    for (i = 0; i < a.n; i++) {
        ASSERT_TRUE(strncmp(a.items[i].id, "tern-", 5) == 0 || strcmp(a.items[i].id, "best") == 0);
        if (exact)
            ASSERT_STREQ(a.items[i].id, b.items[i].id);
    }
    td_search_list_release(&a);
    td_search_list_release(&b);
}
#define same_ids(st, c, q) compare(st, c, q, true)
#define same_count(st, c, q) compare(st, c, q, false)

static void insert_terns(struct td_store *st, size_t from, size_t n)
{
    struct test_row row = {NULL, 1, "en", NULL, 0, "Birds", "A tern was seen.", NULL, NULL, NULL};
    char id[32];
    size_t i;

    for (i = from; i < from + n; i++) {
        (void)snprintf(id, sizeof(id), "tern-%04zu", i);
        row.id = id;
        ASSERT_OK(test_row_insert(st, &row, (uint8_t)i));
    }
}

/*
 * Newly indexed articles are merged into a cached answer: a better match
 * goes to the top; when too many arrived to merge into scores of the past,
 * the answer is ranked afresh; once SEARCH_WINDOW newer matches arrived the
 * oldest one has left the window, as in an uncached search.
 */
TD_TEST(test_search_cache__merges_newly_indexed_articles)
{
    static const struct test_row best = {"best", 2, "en", NULL, 0, "Tern tern tern",
                                         "Tern tern tern tern.", NULL, NULL, NULL};
    struct td_search_cache_stats cs;
    struct td_search_cache *c;
    struct td_search_list l;
    struct td_store *st;
    size_t i;

    ASSERT_OK(test_rows_open(rows, NROWS, &st));
    ASSERT_OK(td_search_cache_new((size_t)1 << 20, &c, NULL));
    insert_terns(st, 0, 500);
    same_ids(st, c, "tern");
    ASSERT_OK(test_row_insert(st, &best, 200));
    ASSERT_OK(td_query_search_cached(st, c, "tern", NULL, &l, NULL));
    ASSERT_EQ_INT(l.n, TD_SEARCH_DEFAULT_LIMIT);
    ASSERT_STREQ(l.items[0].id, "best");
    ASSERT_STREQ(l.items[1].id, "tern-0499");
    td_search_list_release(&l);
    td_search_cache_stats(c, &cs);
    ASSERT_EQ_INT(cs.misses, 1);
    ASSERT_EQ_INT(cs.deltas, 1);
    /*
     * Merged matches: under a tenth of the 500 ranked, then over it. Merged
     * scores are those of when each match was scored, so only the counts and
     * the membership are compared with an uncached search until it is ranked
     * afresh, which then answers exactly as an uncached search.
     */
    insert_terns(st, 500, 40);
    same_count(st, c, "tern");
    td_search_cache_stats(c, &cs);
    ASSERT_EQ_INT(cs.deltas, 2);
    insert_terns(st, 540, 20);
    same_ids(st, c, "tern");
    td_search_cache_stats(c, &cs);
    ASSERT_EQ_INT(cs.deltas, 2);
    ASSERT_EQ_INT(cs.misses, 2);
    /* 1,000 newer matches push the best one out of the window. */
    for (i = 560; i < 1560; i += 40) {
        insert_terns(st, i, 40);
        same_count(st, c, "tern");
    }
    ASSERT_OK(td_query_search_cached(st, c, "tern", NULL, &l, NULL));
    for (i = 0; i < l.n; i++)
        ASSERT_TRUE(strncmp(l.items[i].id, "tern-", 5) == 0);
    td_search_list_release(&l);
    td_search_cache_stats(c, &cs);
    ASSERT_TRUE(cs.deltas > 10);
    td_search_cache_free(c);
    td_store_close(st);
}

/* Over its memory cap the cache drops the least recently used answers, and still answers. */
TD_TEST(test_search_cache__evicts_under_its_cap)
{
    struct td_search_cache_stats cs;
    struct td_search_cache *c;
    struct td_store *st;

    ASSERT_OK(test_rows_open(rows, NROWS, &st));
    ASSERT_OK(td_search_cache_new(1, &c, NULL));
    same_answer(st, c, "flood", NULL);
    same_answer(st, c, "old", NULL);
    same_answer(st, c, "flood", NULL);
    td_search_cache_stats(c, &cs);
    ASSERT_EQ_INT(cs.misses, 3);
    ASSERT_EQ_INT(cs.evictions, 2);
    td_search_cache_free(c);
    td_store_close(st);
}

/* Refused queries fail as uncached ones do and leave nothing behind. */
TD_TEST(test_search_cache__errors)
{
    struct td_search_opts o = TD_SEARCH_OPTS_INIT;
    struct td_search_cache_stats cs;
    struct td_search_cache *c;
    struct td_search_list l;
    struct td_error err;
    struct td_store *st;

    ASSERT_OK(test_rows_open(rows, NROWS, &st));
    ASSERT_OK(td_search_cache_new((size_t)1 << 20, &c, NULL));
    ASSERT_EQ_INT(td_query_search_cached(st, c, "\"unbalanced", NULL, &l, &err), TD_ERR_PARSE);
    ASSERT_TRUE(strstr(err.msg, "invalid search query") != NULL);
    ASSERT_EQ_INT(td_query_search_cached(st, c, "   ", NULL, &l, &err), TD_ERR_INVALID);
    o.limit = 0;
    ASSERT_EQ_INT(td_query_search_cached(st, c, "flood", &o, &l, &err), TD_ERR_INVALID);
    td_search_cache_stats(c, &cs);
    ASSERT_EQ_INT(cs.bytes, 0);
    /* Without a cache the call is td_query_search. */
    same_answer(st, NULL, "flood", NULL);
    td_search_cache_free(c);
    td_store_close(st);
}

/* The JSON answer is td_json_search's rendering of the same hits, kept and brought up to date. */
TD_TEST(test_search_cache__json_answers)
{
    struct td_search_opts o = TD_SEARCH_OPTS_INIT;
    struct td_search_cache_stats cs;
    struct td_search_cache *c;
    struct td_search_list l;
    struct td_store *st;
    char *got, *want;
    int round;

    ASSERT_OK(test_rows_open(rows, NROWS, &st));
    ASSERT_OK(td_search_cache_new((size_t)1 << 20, &c, NULL));
    o.limit = 3;
    for (round = 0; round < 3; round++) {
        if (round == 2)
            insert_terns(st, 0, 2); /* two more matches of "tern OR flood" */
        ASSERT_OK(td_query_search_cached_json(st, c, "tern OR flood", &o, &got, NULL));
        ASSERT_OK(td_query_search(st, "tern OR flood", &o, &l, NULL));
        ASSERT_OK(td_json_search(&l, &want));
        ASSERT_STREQ(got, want);
        td_string_free(got);
        td_string_free(want);
        td_search_list_release(&l);
    }
    td_search_cache_stats(c, &cs);
    ASSERT_EQ_INT(cs.misses + cs.deltas, 2);
    ASSERT_EQ_INT(cs.hits, 1);
    /* Without a cache it searches and renders. */
    ASSERT_OK(td_query_search_cached_json(st, NULL, "flood", NULL, &got, NULL));
    ASSERT_TRUE(strstr(got, "c-flood") != NULL);
    td_string_free(got);
    td_search_cache_free(c);
    td_store_close(st);
}

/* With a refresh interval an answer may lag the index by that much; without one it never does. */
TD_TEST(test_search_cache__refresh_interval)
{
    struct td_search_cache_stats cs;
    struct td_search_cache *c;
    struct td_search_list l;
    struct td_store *st;

    ASSERT_OK(test_rows_open(rows, NROWS, &st));
    ASSERT_OK(td_search_cache_new((size_t)1 << 20, &c, NULL));
    td_search_cache_set_refresh(c, 60000);
    insert_terns(st, 0, 1);
    ASSERT_OK(td_query_search_cached(st, c, "tern", NULL, &l, NULL));
    ASSERT_EQ_INT(l.n, 1);
    td_search_list_release(&l);
    /* Indexed since, but the entry was made less than a minute ago: answered as kept. */
    insert_terns(st, 1, 1);
    ASSERT_OK(td_query_search_cached(st, c, "tern", NULL, &l, NULL));
    ASSERT_EQ_INT(l.n, 1);
    td_search_list_release(&l);
    td_search_cache_stats(c, &cs);
    ASSERT_EQ_INT(cs.hits, 1);
    td_search_cache_set_refresh(c, 0);
    ASSERT_OK(td_query_search_cached(st, c, "tern", NULL, &l, NULL));
    ASSERT_EQ_INT(l.n, 2);
    td_search_list_release(&l);
    td_search_cache_free(c);
    td_store_close(st);
}

/*
 * With the refresher thread a kept answer behind the index is given at once
 * and brought up to date behind it: a later search sees the new article
 * without doing that work itself.
 */
TD_TEST(test_search_cache__refresher_brings_answers_up_to_date)
{
    struct test_row row = {"tern-a", 1, "en", NULL, 0, "Birds", "A tern was seen.", NULL, NULL,
                           NULL};
    struct td_search_cache_stats cs;
    struct td_search_cache *c;
    struct td_search_list l;
    struct td_store *st;
    struct timespec pause = {0, 20 * 1000 * 1000};
    char path[512];
    size_t n = 0;
    int tries;

    (void)snprintf(path, sizeof(path), "%s/refresher.db", td_test_tmpdir());
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_OK(test_row_insert(st, &row, 1));
    ASSERT_OK(td_search_cache_new((size_t)1 << 20, &c, NULL));
    ASSERT_EQ_INT(td_search_cache_start_refresher(c, NULL, NULL), TD_ERR_INVALID);
    ASSERT_OK(td_search_cache_start_refresher(c, path, NULL));
    ASSERT_EQ_INT(td_search_cache_start_refresher(c, path, NULL), TD_ERR_INVALID);
    ASSERT_OK(td_query_search_cached(st, c, "tern", NULL, &l, NULL));
    ASSERT_EQ_INT(l.n, 1);
    td_search_list_release(&l);
    row.id = "tern-b";
    ASSERT_OK(test_row_insert(st, &row, 2));
    /* Indexed by this search's catch-up; the kept answer (one hit) is given and queued. */
    ASSERT_OK(td_query_search_cached(st, c, "tern", NULL, &l, NULL));
    ASSERT_EQ_INT(l.n, 1);
    td_search_list_release(&l);
    for (tries = 0; tries < 250 && n != 2; tries++) {
        nanosleep(&pause, NULL);
        ASSERT_OK(td_query_search_cached(st, c, "tern", NULL, &l, NULL));
        n = l.n;
        td_search_list_release(&l);
    }
    ASSERT_EQ_INT(n, 2);
    td_search_cache_stats(c, &cs);
    /* The first search ranked; the refresher worked once (a merge, or a new ranking). */
    ASSERT_EQ_INT(cs.deltas + cs.misses, 2);
    ASSERT_TRUE(cs.hits >= 1);
    td_search_cache_free(c);
    td_store_close(st);
}

/* One thread of the cold-start test: its own connection, one search once all are ready. */
struct cold_arg {
    const char *path;
    struct td_search_cache *c;
    pthread_barrier_t *go;
    enum td_err rc;
    size_t n;
};

static void *cold_search(void *p)
{
    struct cold_arg *a = p;
    struct td_search_list l;
    struct td_store *st;

    a->rc = td_store_open(a->path, &st, NULL);
    pthread_barrier_wait(a->go);
    if (a->rc != TD_OK)
        return NULL;
    a->rc = td_query_search_cached(st, a->c, "tern", NULL, &l, NULL);
    if (a->rc == TD_OK) {
        a->n = l.n;
        td_search_list_release(&l);
    }
    td_store_close(st);
    return NULL;
}

/* Threads asking at once for a query the cache lacks rank it once; the others wait for it. */
TD_TEST(test_search_cache__cold_query_ranked_once)
{
    enum { THREADS = 8, ROWS = 3000 };
    struct test_row row = {NULL, 1, "en", NULL, 0, "Birds", "A tern was seen over the bay.",
                           NULL, NULL, NULL};
    struct cold_arg args[THREADS];
    pthread_t t[THREADS];
    pthread_barrier_t go;
    struct td_search_cache_stats cs;
    struct td_search_cache *c;
    struct td_search_list l;
    struct td_store *st;
    char path[512], id[32];
    size_t i;

    (void)snprintf(path, sizeof(path), "%s/cold.db", td_test_tmpdir());
    ASSERT_OK(td_store_open(path, &st, NULL));
    for (i = 0; i < ROWS; i++) {
        (void)snprintf(id, sizeof(id), "tern-%zu", i);
        row.id = id;
        ASSERT_OK(test_row_insert(st, &row, (uint8_t)i));
    }
    /* Index everything first, so that the threads only rank. */
    ASSERT_OK(td_query_search(st, "tern", NULL, &l, NULL));
    td_search_list_release(&l);
    ASSERT_OK(td_search_cache_new((size_t)16 << 20, &c, NULL));
    ASSERT_EQ_INT(pthread_barrier_init(&go, NULL, THREADS), 0);
    for (i = 0; i < THREADS; i++) {
        args[i] = (struct cold_arg){path, c, &go, TD_OK, 0};
        ASSERT_EQ_INT(pthread_create(&t[i], NULL, cold_search, &args[i]), 0);
    }
    for (i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        ASSERT_OK(args[i].rc);
        ASSERT_EQ_INT(args[i].n, 20);
    }
    pthread_barrier_destroy(&go);
    td_search_cache_stats(c, &cs);
    ASSERT_EQ_INT(cs.misses, 1);
    ASSERT_EQ_INT(cs.hits, THREADS - 1);
    td_search_cache_free(c);
    td_store_close(st);
}
