/*
 * store_ckpt.c - WAL checkpoints on a thread of their own, for a connection
 * that writes in bulk (`td_store_checkpoint_in_background`).
 *
 * In WAL mode with synchronous=NORMAL a commit does not wait for the disk;
 * the waits are in the checkpoints, which copy the log into the database
 * and sync both files. SQLite runs them in the committing thread (after a
 * commit that leaves the log over STORE_CKPT_BYTES), so a bulk load stops for
 * every fdatasync, ~0.7 s per 10,000 bench articles on this project's VM
 * (docs/BENCHMARKS.md). Here the writer's commit hook only wakes a
 * checkpointer thread with its own connection, and the writer goes on
 * working while the checkpointer waits for the disk, even on one core.
 *
 * The thread is woken once the log passes CKPT_WAKE_TIMES times
 * STORE_CKPT_BYTES (32 MB), not at SQLite's 4 MB: each time the log starts
 * over, the writer itself syncs the log's new header (SQLite does this in the
 * committing thread, ~1-12 ms on this project's VM, with nothing else for one
 * core to do meanwhile), so fewer, larger checkpoints take those waits out of
 * the load, and the pages a bulk load writes again and again (index leaves,
 * the last page of each table) are copied into the database once per
 * checkpoint, not once per 4 MB (docs/BENCHMARKS.md, `perf28`).
 *
 * What a commit guarantees is unchanged: a committed transaction is in the
 * log, whoever checkpoints it later. The log stays bounded: a PASSIVE
 * checkpoint that copies the whole log lets the next write start the log
 * over, and should the checkpointer fall behind (the log passes
 * CKPT_INLINE_TIMES times the wake point), the writer waits for it and
 * checkpoints in line as SQLite would, so the log never grows much past that.
 */
#include "store/store_int.h"

#include <pthread.h>
#include <string.h>

#include "core/alloc.h"

/*
 * The writer wakes the checkpointer once the log passes CKPT_WAKE_TIMES times
 * STORE_CKPT_BYTES (SQLite's own point, which the connection keeps for when
 * the thread stops), and checkpoints itself past CKPT_INLINE_TIMES times
 * that: the checkpointer is behind. Both are counted in pages of the file.
 */
#define CKPT_WAKE_TIMES 8
#define CKPT_INLINE_TIMES 4

struct store_ckpt {
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;   /* wakes the thread: `wanted` or `stop` */
    pthread_cond_t done; /* wakes a writer waiting for `busy` to clear */
    sqlite3 *db;       /* the checkpointer's own connection */
    int wake_pages;    /* CKPT_WAKE_TIMES times the writer's `ckpt_pages` */
    bool wanted;       /* under `mu`: the log passed `wake_pages` */
    bool stop;         /* under `mu` */
    bool busy;         /* under `mu`: a checkpoint is running */
    bool failed;       /* under `mu`: a checkpoint failed; the writer checkpoints itself */
    unsigned long runs; /* checkpoints run by the thread, read after join */
};

static void *run(void *arg)
{
    struct store_ckpt *c = arg;

    pthread_mutex_lock(&c->mu);
    for (;;) {
        int rc;
        while (!c->wanted && !c->stop)
            pthread_cond_wait(&c->cv, &c->mu);
        if (c->stop)
            break;
        c->wanted = false;
        c->busy = true;
        pthread_mutex_unlock(&c->mu);
        /* PASSIVE: copies what no reader still needs, never waits for the writer. */
        rc = sqlite3_wal_checkpoint_v2(c->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
        pthread_mutex_lock(&c->mu);
        c->busy = false;
        c->runs++;
        pthread_cond_broadcast(&c->done);
        /* SQLITE_BUSY: another connection was checkpointing; the next commit asks again. */
        if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_BUSY)
            c->failed = true;
    }
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

/*
 * SQLite's commit hook for WAL databases (sqlite3_wal_hook), called by the
 * writer after each commit with the log's size in pages. It replaces the
 * automatic checkpoint, which is the same hook.
 */
static int on_commit(void *arg, sqlite3 *db, const char *name, int pages)
{
    struct store_ckpt *c = arg;
    bool inline_ckpt;

    if (pages < c->wake_pages)
        return SQLITE_OK;
    pthread_mutex_lock(&c->mu);
    inline_ckpt = c->failed || pages >= CKPT_INLINE_TIMES * c->wake_pages;
    if (!inline_ckpt) {
        c->wanted = true;
        pthread_cond_signal(&c->cv);
    }
    /*
     * The thread's checkpoints never caught up with this writer: wait for
     * the one running, then copy the rest here, before the next commit, so
     * the next write starts the log over.
     */
    while (inline_ckpt && c->busy)
        pthread_cond_wait(&c->done, &c->mu);
    pthread_mutex_unlock(&c->mu);
    /* What the automatic checkpoint would do; its result is no commit's concern. */
    if (inline_ckpt)
        (void)sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    return SQLITE_OK;
}

/* Opens the checkpointer's connection to the file of `st`. */
static enum td_err open_conn(struct td_store *st, sqlite3 **out, struct td_error *err)
{
    const char *file = sqlite3_db_filename(st->db, "main");
    sqlite3 *db = NULL;
    /* Used by the checkpointer's thread only (and closed after it is joined). */
    int rc = sqlite3_open_v2(file, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);

    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, STORE_BUSY_TIMEOUT_MS);
        /* It only checkpoints: its own automatic checkpoint never has a commit to follow. */
        rc = sqlite3_wal_autocheckpoint(db, 0);
    }
    /*
     * A connection finds the log on its first read; until then (SQLite 3.40)
     * a checkpoint through it does nothing.
     */
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "PRAGMA user_version", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        (void)td_error_set(err, TD_ERR_DB, "cannot open the checkpointer's connection to '%s': %s",
                           file, db != NULL ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return TD_ERR_DB;
    }
    *out = db;
    return TD_OK;
}

static enum td_err store_ckpt_start(struct td_store *st, struct td_error *err)
{
    const char *file;
    struct store_ckpt *c;
    enum td_err rc;

    if (st->ckpt != NULL)
        return TD_OK;
    file = sqlite3_db_filename(st->db, "main");
    /* An in-memory database has no log and nothing to sync. */
    if (file == NULL || file[0] == '\0')
        return TD_OK;
    c = td_calloc(1, sizeof(*c));
    if (c == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    c->wake_pages = st->ckpt_pages * CKPT_WAKE_TIMES;
    if ((rc = open_conn(st, &c->db, err)) != TD_OK) {
        td_free(c);
        return rc;
    }
    pthread_mutex_init(&c->mu, NULL);
    pthread_cond_init(&c->cv, NULL);
    pthread_cond_init(&c->done, NULL);
    if (pthread_create(&c->thread, NULL, run, c) != 0) {
        pthread_mutex_destroy(&c->mu);
        pthread_cond_destroy(&c->cv);
        pthread_cond_destroy(&c->done);
        sqlite3_close_v2(c->db);
        td_free(c);
        return td_error_set(err, TD_ERR_INTERNAL, "cannot start the checkpointer thread");
    }
    st->ckpt = c;
    (void)sqlite3_wal_hook(st->db, on_commit, c);
    return TD_OK;
}

void store_ckpt_stop(struct td_store *st)
{
    struct store_ckpt *c = st->ckpt;

    if (c == NULL)
        return;
    /* Back to SQLite's automatic checkpoint, before the hook's argument goes. */
    (void)sqlite3_wal_autocheckpoint(st->db, st->ckpt_pages);
    pthread_mutex_lock(&c->mu);
    c->stop = true;
    pthread_cond_signal(&c->cv);
    pthread_mutex_unlock(&c->mu);
    pthread_join(c->thread, NULL);
    pthread_mutex_destroy(&c->mu);
    pthread_cond_destroy(&c->cv);
    pthread_cond_destroy(&c->done);
    sqlite3_close_v2(c->db);
    td_free(c);
    st->ckpt = NULL;
}

enum td_err td_store_checkpoint_in_background(struct td_store *st, struct td_error *err)
{
    if (st == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no store");
    return store_ckpt_start(st, err);
}

unsigned long store_ckpt_runs(const struct td_store *st)
{
    unsigned long n;

    if (st->ckpt == NULL)
        return 0;
    pthread_mutex_lock(&st->ckpt->mu);
    n = st->ckpt->runs;
    pthread_mutex_unlock(&st->ckpt->mu);
    return n;
}
