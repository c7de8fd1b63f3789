/*
 * test_store_ckpt.c - tests of src/store/store_ckpt.c: with checkpoints on
 * their own thread, a long run of commits keeps the log bounded, every
 * committed row is there after reopening, and the call is harmless where it
 * has nothing to do.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "core/alloc.h"
#include "store/store.h"
#include "test.h"

/* Commits this many transactions of one article each ... */
#define COMMITS 640
/* ... whose body is this long: ~160 MB in all, 5 times the thread's wake point. */
#define BODY_BYTES (256 * 1024)
/*
 * The log's bound: store_ckpt.c's in-line checkpoint point (CKPT_INLINE_TIMES
 * times the wake point, 128 MB), one transaction and the frame headers. Back to back commits
 * with no work between them are the worst case: the thread may never catch up alone.
 */
#define WAL_BOUND_BYTES (132LL * 1024 * 1024)
/*
 * Commits of BODY_BYTES that stay under the wake point (32 MB of log): each
 * writes ~438 KB of log (the body's overflow pages, the table and index pages,
 * frame headers), 28 MB for 64. 96 commits wrote 41.7 MB, past the wake point:
 * the test passed only while the woken thread had not yet finished its first
 * checkpoint, and an ASan run in CI saw it finish.
 */
#define QUIET_COMMITS 64

static long long file_size(const char *path)
{
    struct stat sb;

    return stat(path, &sb) == 0 ? (long long)sb.st_size : 0;
}

/* Inserts article `i` with `body` in a transaction of its own. */
static void insert_one(struct td_store *st, int i, const char *body)
{
    static const unsigned char terms[12] = {1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0};
    struct store_article_row row;
    struct td_article a;
    uint8_t record[STORE_HASH_BYTES], content[STORE_HASH_BYTES];
    char id[32];

    (void)snprintf(id, sizeof(id), "ck%04d", i);
    td_article_init(&a);
    a.id = id;
    a.text = (char *)body;
    memset(&row, 0, sizeof(row));
    memset(record, i & 0xff, sizeof(record));
    memset(content, (i >> 8) & 0xff, sizeof(content));
    content[1] = (uint8_t)i;
    row.art = &a;
    row.lang = "en";
    row.story = i + 1;
    row.event = i + 1;
    row.terms = terms;
    row.terms_len = sizeof(terms);
    row.record_hash = record;
    row.content_hash = content;
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_OK(store_insert_article(st, &row, NULL));
    ASSERT_OK(store_commit(st, NULL));
}

/*
 * Sets `*out` to a body of BODY_BYTES letters, 'a' + (i * mul + i / div) %
 * 26, NUL-terminated; the caller td_free()s it.
 */
static void new_body(int mul, int div, char **out)
{
    char *body = td_malloc(BODY_BYTES + 1);
    int i;

    *out = body;
    ASSERT_TRUE(body != NULL);
    for (i = 0; i < BODY_BYTES; i++)
        body[i] = (char)('a' + (i * mul + i / div) % 26);
    body[BODY_BYTES] = '\0';
}

TD_TEST(test_store_ckpt__log_stays_bounded_and_rows_survive)
{
    char path[512], wal[600], id[32];
    struct td_store *st = NULL;
    char *body = NULL;
    long long wal_max = 0, wal_now;
    bool found = false;
    int i;

    new_body(7, 13, &body);
    (void)snprintf(path, sizeof(path), "%s/ckpt.db", td_test_tmpdir());
    (void)snprintf(wal, sizeof(wal), "%s-wal", path);
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_OK(td_store_checkpoint_in_background(st, NULL));
    /* A second call changes nothing. */
    ASSERT_OK(td_store_checkpoint_in_background(st, NULL));
    for (i = 0; i < COMMITS; i++) {
        insert_one(st, i, body);
        wal_now = file_size(wal);
        wal_max = wal_now > wal_max ? wal_now : wal_max;
    }
    /* The thread checkpointed, and the log never held more than its bound. */
    ASSERT_TRUE(store_ckpt_runs(st) > 0);
    ASSERT_TRUE(wal_max > 0);
    ASSERT_TRUE(wal_max < WAL_BOUND_BYTES);
    printf("# largest log %lld bytes, %lu checkpoints by the thread\n", wal_max,
           store_ckpt_runs(st));
    td_store_close(st);

    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_EQ_INT(store_ckpt_runs(st), 0);
    for (i = 0; i < COMMITS; i += 17) {
        (void)snprintf(id, sizeof(id), "ck%04d", i);
        ASSERT_OK(store_find_id(st, id, &found, NULL, NULL));
        ASSERT_TRUE(found);
    }
    ASSERT_OK(store_find_id(st, "ck9999", &found, NULL, NULL));
    ASSERT_TRUE(!found);
    td_store_close(st);
    td_free(body);
}

/*
 * The thread is not woken at SQLite's own point (4 MB): ~28 MB of log in 64
 * commits, each past 4 MB, leave it asleep, and the log holds them all. Each
 * wake-up is a checkpoint and a fresh log whose header the writer syncs.
 */
TD_TEST(test_store_ckpt__thread_sleeps_below_its_wake_point)
{
    char path[512], wal[600];
    struct td_store *st = NULL;
    char *body = NULL;
    int i;

    new_body(11, 7, &body);
    (void)snprintf(path, sizeof(path), "%s/ckpt_quiet.db", td_test_tmpdir());
    (void)snprintf(wal, sizeof(wal), "%s-wal", path);
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_OK(td_store_checkpoint_in_background(st, NULL));
    for (i = 0; i < QUIET_COMMITS; i++)
        insert_one(st, i, body);
    ASSERT_EQ_INT(store_ckpt_runs(st), 0);
    ASSERT_TRUE(file_size(wal) > (long long)QUIET_COMMITS * BODY_BYTES);
    printf("# log %lld bytes after %d commits, no checkpoint by the thread\n", file_size(wal),
           QUIET_COMMITS);
    td_store_close(st);
    td_free(body);
}

TD_TEST(test_store_ckpt__memory_store_and_null)
{
    struct td_store *st = NULL;
    struct td_error err;

    ASSERT_EQ_INT(td_store_checkpoint_in_background(NULL, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(err.code, TD_ERR_INVALID);
    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    /* Nothing to checkpoint: no thread starts. */
    ASSERT_OK(td_store_checkpoint_in_background(st, NULL));
    ASSERT_EQ_INT(store_ckpt_runs(st), 0);
    td_store_close(st);
}
