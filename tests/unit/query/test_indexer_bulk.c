/*
 * test_indexer_bulk.c - tests of td_indexer_start_bulk (src/query/indexer.c):
 * whether the process has one CPU or several, everything committed before
 * td_indexer_stop is indexed when it returns. The one-CPU case is forced by
 * pinning the test process to one CPU (Linux).
 */
#if defined(__linux__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE /* sched_setaffinity */
#endif
#include <sched.h>
#include <stdio.h>
#include <string.h>

#include "store/store.h"
#include "test.h"
#include "tidings/engine.h"
#include "tidings/query.h"

/* Ingests `n` articles through an engine while a bulk indexer runs, then stops it. */
static void ingest_with_bulk_indexer(const char *name, int n)
{
    struct td_engine_opts eo = TD_ENGINE_OPTS_INIT;
    struct td_store *st;
    struct td_engine *e;
    struct td_indexer *ix = NULL;
    struct td_article a;
    char path[300], id[32], text[200];
    size_t left = 1;
    int i;

    (void)snprintf(path, sizeof(path), "%s/%s", td_test_tmpdir(), name);
    ASSERT_OK(td_store_open(path, &st, NULL));
    eo.batch_size = 16;
    ASSERT_OK(td_engine_open(st, &eo, &e, NULL));
    ASSERT_OK(td_indexer_start_bulk(path, &ix, NULL));
    for (i = 0; i < n; i++) {
        td_article_init(&a);
        (void)snprintf(id, sizeof(id), "bk%03d", i);
        (void)snprintf(text, sizeof(text), "Harbour pilot log %d from Quillmoor: tide, wind "
                       "and the ferry schedule, entry %d.", i, i * 3);
        a.id = id;
        a.text = text;
        ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    }
    ASSERT_OK(td_engine_flush(e, NULL));
    ASSERT_OK(td_indexer_stop(ix, NULL));
    /* The thread indexed every committed article: nothing is left for this connection. */
    ASSERT_OK(store_fts_catch_up(st, 100000, &left, NULL));
    ASSERT_EQ_INT(left, 0);
    td_engine_close(e);
    td_store_close(st);
}

TD_TEST(test_indexer_bulk__indexes_everything_by_the_stop)
{
    ingest_with_bulk_indexer("bulk.db", 150);
}

TD_TEST(test_indexer_bulk__on_one_cpu_drains_at_the_stop)
{
#ifdef __linux__
    cpu_set_t all, one;
    size_t cpu;

    ASSERT_TRUE(sched_getaffinity(0, sizeof(all), &all) == 0);
    for (cpu = 0; cpu < (size_t)CPU_SETSIZE && !CPU_ISSET(cpu, &all); cpu++)
        ;
    ASSERT_TRUE(cpu < (size_t)CPU_SETSIZE);
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    ASSERT_TRUE(sched_setaffinity(0, sizeof(one), &one) == 0);
    ingest_with_bulk_indexer("bulk1.db", 150);
    ASSERT_TRUE(sched_setaffinity(0, sizeof(all), &all) == 0);
#else
    ingest_with_bulk_indexer("bulk1.db", 150);
#endif
}

TD_TEST(test_indexer_bulk__refuses_memory_stores)
{
    struct td_indexer *ix = NULL;
    struct td_error err;

    ASSERT_EQ_INT(td_indexer_start_bulk(":memory:", &ix, &err), TD_ERR_INVALID);
    ASSERT_TRUE(ix == NULL);
}
