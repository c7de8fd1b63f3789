/*
 * test_indexer.c - tests of src/query/indexer.c: the background search
 * indexer indexes what another connection commits, and drains on stop.
 */
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "store/store.h"
#include "test.h"
#include "tidings/engine.h"
#include "tidings/query.h"

/* Hits of `q` in the index as it stands, without catching up first. */
static int indexed_hits(struct td_store *st, const char *q)
{
    struct store_search_params p;
    struct store_search_window w = {NULL, 0, 0};
    enum td_err rc;

    memset(&p, 0, sizeof(p));
    p.match = q;
    rc = store_search_rank(st, &p, 0, 0, &w, NULL);
    td_free(w.items);
    return rc == TD_OK ? (int)w.n : -1;
}

TD_TEST(test_indexer__indexes_beside_an_ingest)
{
    struct td_engine_opts eo = TD_ENGINE_OPTS_INIT;
    struct td_store *st;
    struct td_engine *e;
    struct td_indexer *ix = NULL;
    struct td_article a;
    char path[300], id[32], text[200];
    int i;

    (void)snprintf(path, sizeof(path), "%s/ix.db", td_test_tmpdir());
    ASSERT_OK(td_store_open(path, &st, NULL));
    eo.batch_size = 16;
    ASSERT_OK(td_engine_open(st, &eo, &e, NULL));
    ASSERT_OK(td_indexer_start(path, &ix, NULL));
    for (i = 0; i < 200; i++) {
        td_article_init(&a);
        (void)snprintf(id, sizeof(id), "ix%03d", i);
        (void)snprintf(text, sizeof(text), "Lighthouse keeper number %d of Quillmoor reports "
                       "fog, gulls and a passing freighter, entry %d.", i, i * 7);
        a.id = id;
        a.text = text;
        ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    }
    ASSERT_OK(td_engine_flush(e, NULL));
    ASSERT_OK(td_indexer_stop(ix, NULL));
    /* Everything committed before the stop is indexed by the thread. */
    ASSERT_EQ_INT(indexed_hits(st, "quillmoor"), 200);
    td_engine_close(e);
    td_store_close(st);
}

TD_TEST(test_indexer__refuses_memory_stores)
{
    struct td_indexer *ix = NULL;
    struct td_error err;

    ASSERT_EQ_INT(td_indexer_start(":memory:", &ix, &err), TD_ERR_INVALID);
    ASSERT_TRUE(ix == NULL);
    ASSERT_OK(td_indexer_stop(NULL, NULL));
}
