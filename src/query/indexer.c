/*
 * indexer.c - a background thread that keeps the full-text index of a
 * database file up to date while another thread ingests into it. It has
 * its own SQLite connection and indexes committed articles in chunks
 * (`store_fts_catch_up`), so search indexing runs on a second core.
 * A bulk indexer (td_indexer_start_bulk, for `tidings ingest`) in a process
 * that may run on one CPU only (taskset, a one-vCPU machine) indexes nothing
 * until it is stopped and then drains: on one core the two connections
 * would only take turns at the write lock, and the lock waits left the core
 * idle (0.7-1.0 s of a 5.5 s ingest of 10k articles pinned to one CPU, see
 * docs/BENCHMARKS.md). A server's indexer always indexes as articles come.
 */
#include "tidings/query.h"

#include <pthread.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/alloc.h"
#include "core/sched.h"
#include "store/store.h"

/* Articles indexed per transaction: large enough to be cheap, short enough not to block. */
#define CHUNK_ROWS 1024
/* Articles indexed per transaction by the final drain, when nothing waits for the lock. */
#define DRAIN_ROWS 4096
/* The page cache of that drain, in KiB. */
#define DRAIN_CACHE_KIB 8192
/* FTS5 leaf pages (~4 KB each) merged per transaction after the drain: ~16 MB of log. */
#define MERGE_PAGES 4096
/* How long the thread sleeps when there is nothing to index. */
#define IDLE_MS 20

struct td_indexer {
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool stop;              /* set by td_indexer_stop, under `mu` */
    bool bulk;              /* may wait for the stop on one CPU */
    char *path;
    enum td_err rc;         /* the thread's result, read after join */
    struct td_error err;
};

/* Blocks until td_indexer_stop. */
static void wait_stop(struct td_indexer *ix)
{
    pthread_mutex_lock(&ix->mu);
    while (!ix->stop)
        pthread_cond_wait(&ix->cv, &ix->mu);
    pthread_mutex_unlock(&ix->mu);
}

/* Waits up to IDLE_MS or until stopped; returns whether to stop. */
static bool idle(struct td_indexer *ix)
{
    struct timespec ts;
    bool stop;

    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += IDLE_MS * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&ix->mu);
    if (!ix->stop)
        (void)pthread_cond_timedwait(&ix->cv, &ix->mu, &ts);
    stop = ix->stop;
    pthread_mutex_unlock(&ix->mu);
    return stop;
}

/*
 * Merges the segments the drain left, once, in transactions of MERGE_PAGES
 * pages: a run of N chunks becomes one segment after one rewrite of its
 * postings, where merging 4 at a time as the chunks came rewrote them up to
 * log4(N) times (docs/BENCHMARKS.md, "perf18"). Fewer than
 * STORE_FTS_AUTOMERGE segments on a level are left as FTS5 would leave them.
 */
static enum td_err merge_drained(struct td_store *st, struct td_error *err)
{
    bool more = true;
    enum td_err rc = TD_OK;

    while (rc == TD_OK && more)
        rc = store_fts_merge(st, MERGE_PAGES, &more, err);
    return rc;
}

static void *run(void *arg)
{
    struct td_indexer *ix = arg;
    struct td_store *st = NULL;
    size_t n = 0;
    enum td_err rc;

    /* Search indexing is background work. */
    sched_background_thread();
    rc = td_store_open(ix->path, &st, &ix->err);

    if (rc == TD_OK && ix->bulk && !sched_several_cpus()) {
        wait_stop(ix);
        /* It reads the articles once, in order: a small cache does, and keeps the peak low. */
        rc = store_set_cache_kib(st, DRAIN_CACHE_KIB, &ix->err);
        /*
         * Its checkpoints wait for the disk on another thread while it tokenizes
         * on; without that thread they run in line, as before.
         */
        if (rc == TD_OK && td_store_checkpoint_in_background(st, NULL) != TD_OK)
            rc = TD_OK;
        while (rc == TD_OK) {
            rc = store_fts_catch_up_unmerged(st, DRAIN_ROWS, &n, &ix->err);
            if (n == 0)
                break;
        }
        if (rc == TD_OK)
            rc = merge_drained(st, &ix->err);
    }
    /* Once stopped, it still drains what is committed, then exits. */
    while (rc == TD_OK) {
        rc = store_fts_catch_up(st, CHUNK_ROWS, &n, &ix->err);
        if (rc == TD_OK && n == 0 && idle(ix)) {
            rc = store_fts_catch_up(st, CHUNK_ROWS, &n, &ix->err);
            if (rc == TD_OK && n == 0)
                break;
        }
    }
    td_store_close(st);
    ix->rc = rc;
    return NULL;
}

static enum td_err start(const char *path, bool bulk, struct td_indexer **out,
                         struct td_error *err)
{
    struct td_indexer *ix;

    if (path == NULL || out == NULL || strcmp(path, ":memory:") == 0)
        return td_error_set(err, TD_ERR_INVALID, "the indexer needs a database file");
    ix = td_calloc(1, sizeof(*ix));
    if (ix == NULL || (ix->path = td_strdup(path)) == NULL) {
        td_free(ix);
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    ix->bulk = bulk;
    pthread_mutex_init(&ix->mu, NULL);
    pthread_cond_init(&ix->cv, NULL);
    if (pthread_create(&ix->thread, NULL, run, ix) != 0) {
        pthread_mutex_destroy(&ix->mu);
        pthread_cond_destroy(&ix->cv);
        td_free(ix->path);
        td_free(ix);
        return td_error_set(err, TD_ERR_INTERNAL, "cannot start the search indexer thread");
    }
    *out = ix;
    return TD_OK;
}

enum td_err td_indexer_start(const char *path, struct td_indexer **out, struct td_error *err)
{
    return start(path, false, out, err);
}

enum td_err td_indexer_start_bulk(const char *path, struct td_indexer **out,
                                  struct td_error *err)
{
    return start(path, true, out, err);
}

enum td_err td_indexer_stop(struct td_indexer *ix, struct td_error *err)
{
    enum td_err rc;

    if (ix == NULL)
        return TD_OK;
    pthread_mutex_lock(&ix->mu);
    ix->stop = true;
    pthread_cond_signal(&ix->cv);
    pthread_mutex_unlock(&ix->mu);
    pthread_join(ix->thread, NULL);
    rc = ix->rc;
    if (rc != TD_OK && err != NULL)
        *err = ix->err;
    pthread_mutex_destroy(&ix->mu);
    pthread_cond_destroy(&ix->cv);
    td_free(ix->path);
    td_free(ix);
    return rc;
}
