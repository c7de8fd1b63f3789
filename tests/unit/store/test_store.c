/*
 * test_store.c - tests of src/store/store.c: opening (memory, file, bad
 * paths and files), the write path (insert, find by id and content),
 * transactions and the replay of clustering inputs.
 */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/alloc.h"
#include "store/store.h"
#include "store/store_int.h"
#include "test.h"

/* An article row whose hashes are filled with `seed`, in story `story`. */
struct fixture {
    struct td_article art;
    uint8_t record[STORE_HASH_BYTES];
    uint8_t content[STORE_HASH_BYTES];
    struct store_article_row row;
};

static void fixture_init(struct fixture *f, const char *id, uint8_t seed, int64_t story)
{
    static const unsigned char terms[12] = {1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0};

    memset(f, 0, sizeof(*f));
    td_article_init(&f->art);
    f->art.id = (char *)id;
    f->art.title = (char *)"Title";
    f->art.text = (char *)"Body text";
    memset(f->record, seed, sizeof(f->record));
    memset(f->content, (uint8_t)(seed + 1), sizeof(f->content));
    f->row.art = &f->art;
    f->row.lang = "en";
    f->row.story = story;
    f->row.event = 10 * story;
    f->row.terms = terms;
    f->row.terms_len = sizeof(terms);
    f->row.record_hash = f->record;
    f->row.content_hash = f->content;
}

static void tmp_path(char *out, size_t cap, const char *name)
{
    (void)snprintf(out, cap, "%s/%s", td_test_tmpdir(), name);
}

TD_TEST(test_store__open_memory_and_close)
{
    struct td_store *st = NULL;
    struct td_error err;

    ASSERT_OK(td_store_open(":memory:", &st, &err));
    ASSERT_TRUE(st != NULL);
    ASSERT_TRUE(!store_in_transaction(st));
    td_store_close(st);
    td_store_close(NULL);
}

/*
 * A connection, in memory or on a file, is opened in SQLite's multi-thread
 * mode, without a mutex of its own: a store is used by one thread at a time
 * (include/tidings/query.h), and SQLite's locks around every call cost
 * ~0.5 % of an ingest. In serialized mode sqlite3_db_mutex() is not NULL.
 */
TD_TEST(test_store__connection_has_no_mutex)
{
    struct td_store *st = NULL;
    struct td_error err;
    char path[512];

    ASSERT_OK(td_store_open(":memory:", &st, &err));
    ASSERT_TRUE(sqlite3_db_mutex(st->db) == NULL);
    td_store_close(st);
    st = NULL;
    tmp_path(path, sizeof(path), "nomutex.db");
    ASSERT_OK(td_store_open(path, &st, &err));
    ASSERT_TRUE(sqlite3_db_mutex(st->db) == NULL);
    td_store_close(st);
}

TD_TEST(test_store__open_null_path_is_invalid)
{
    struct td_store *st = NULL;
    struct td_error err;

    ASSERT_EQ_INT(td_store_open(NULL, &st, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(err.code, TD_ERR_INVALID);
    ASSERT_TRUE(st == NULL);
    ASSERT_EQ_INT(td_store_open(":memory:", NULL, NULL), TD_ERR_INVALID);
}

TD_TEST(test_store__open_not_a_database_names_path)
{
    char path[512];
    struct td_store *st = NULL;
    struct td_error err;
    FILE *f;
    int i;

    tmp_path(path, sizeof(path), "junk.db");
    f = fopen(path, "wb");
    ASSERT_TRUE(f != NULL);
    for (i = 0; i < 4096; i++)
        (void)fputc((i * 131 + 7) & 0xff, f);
    ASSERT_OK(fclose(f));
    ASSERT_EQ_INT(td_store_open(path, &st, &err), TD_ERR_DB);
    ASSERT_TRUE(st == NULL);
    ASSERT_EQ_INT(err.code, TD_ERR_DB);
    ASSERT_TRUE(strstr(err.msg, path) != NULL);
}

TD_TEST(test_store__open_missing_directory_fails)
{
    char path[512];
    struct td_store *st = NULL;
    struct td_error err;

    tmp_path(path, sizeof(path), "no/such/dir/x.db");
    ASSERT_EQ_INT(td_store_open(path, &st, &err), TD_ERR_DB);
    ASSERT_TRUE(strstr(err.msg, path) != NULL);
    ASSERT_TRUE(st == NULL);
}

TD_TEST(test_store__open_oom)
{
    struct td_store *st = NULL;
    struct td_error err;

    alloc_fail_after(0);
    ASSERT_EQ_INT(td_store_open(":memory:", &st, &err), TD_ERR_NOMEM);
    alloc_fail_after(-1);
    ASSERT_TRUE(st == NULL);
}

TD_TEST(test_store__insert_and_find_id)
{
    struct td_store *st;
    struct fixture f;
    uint8_t got[STORE_HASH_BYTES];
    bool found = true;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    fixture_init(&f, "a1", 0x5a, 1);
    ASSERT_OK(store_find_id(st, "a1", &found, got, NULL));
    ASSERT_TRUE(!found);
    ASSERT_OK(store_insert_article(st, &f.row, NULL));
    memset(got, 0, sizeof(got));
    ASSERT_OK(store_find_id(st, "a1", &found, got, NULL));
    ASSERT_TRUE(found);
    ASSERT_TRUE(memcmp(got, f.record, STORE_HASH_BYTES) == 0);
    ASSERT_OK(store_find_id(st, "a1", &found, NULL, NULL));
    ASSERT_TRUE(found);
    ASSERT_OK(store_find_id(st, "A1", &found, NULL, NULL));
    ASSERT_TRUE(!found);
    td_store_close(st);
}

TD_TEST(test_store__find_content)
{
    struct td_store *st;
    struct fixture f, g;
    uint8_t other[STORE_HASH_BYTES];
    char *id = (char *)"untouched";
    int64_t event = -1, seq = -1;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    fixture_init(&f, "first", 1, 3);
    fixture_init(&g, "second", 1, 4); /* same content hash, later */
    ASSERT_OK(store_insert_article(st, &f.row, NULL));
    ASSERT_OK(store_insert_article(st, &g.row, NULL));
    /* The original's event (not its story), which a copy joins. */
    ASSERT_OK(store_find_content(st, f.content, &id, &event, &seq, NULL));
    ASSERT_STREQ(id, "first");
    ASSERT_EQ_INT(event, 30);
    ASSERT_EQ_INT(seq, 1);
    td_free(id);
    memset(other, 0xee, sizeof(other));
    event = -1;
    ASSERT_OK(store_find_content(st, other, &id, &event, NULL, NULL));
    ASSERT_TRUE(id == NULL);
    ASSERT_EQ_INT(event, -1);
    td_store_close(st);
}

/* Checks that the article with content seed `seed` is found as `want` (NULL: none). */
static void check_content(struct td_store *st, uint8_t seed, const char *want)
{
    struct fixture f;
    char *id = NULL;
    int64_t event = 0;

    fixture_init(&f, "probe", seed, 1);
    ASSERT_OK(store_find_content(st, f.content, &id, &event, NULL, NULL));
    if (want == NULL) {
        ASSERT_TRUE(id == NULL);
        return;
    }
    ASSERT_TRUE(id != NULL);
    ASSERT_STREQ(id, want);
    td_free(id);
}

/* Inserts and commits articles `ids` (NULL-terminated), article i with seed `seed0` + 2 i. */
static void insert_ids(struct td_store *st, const char *const *ids, uint8_t seed0)
{
    struct fixture f;
    size_t i;

    ASSERT_OK(store_begin(st, NULL));
    for (i = 0; ids[i] != NULL; i++) {
        fixture_init(&f, ids[i], (uint8_t)(seed0 + 2 * i), 1);
        ASSERT_OK(store_insert_article(st, &f.row, NULL));
    }
    ASSERT_OK(store_commit(st, NULL));
}

/* The unfolded key count, or -1 when it cannot be read. */
static int64_t unfolded(struct td_store *st)
{
    int64_t n = -1;

    return store_content_unfolded(st, &n, NULL) == TD_OK ? n : -1;
}

/* (a) A key not folded yet is found; a later copy of it is not the answer. */
TD_TEST(test_store__content_found_before_fold)
{
    static const char *const first[] = {"u1", "u2", NULL}, *const copy[] = {"u1-copy", NULL};
    struct td_store *st;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    insert_ids(st, first, 10);
    insert_ids(st, copy, 10);
    ASSERT_EQ_INT(unfolded(st), 3);
    check_content(st, 10, "u1");
    check_content(st, 12, "u2");
    check_content(st, 14, NULL);
    td_store_close(st);
}

/* (b) A commit that brings the unfolded keys to the fold size folds them all; all are found. */
TD_TEST(test_store__content_found_after_fold)
{
    static const char *const a[] = {"f1", "f2", NULL}, *const b[] = {"f3", "f4", NULL},
                             *const c[] = {"f1-copy", "f5", NULL};
    struct td_store *st;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    store_set_content_fold(st, 4);
    insert_ids(st, a, 20);
    ASSERT_EQ_INT(unfolded(st), 2);
    insert_ids(st, b, 24);
    ASSERT_EQ_INT(unfolded(st), 0);
    /* A copy of a folded key, unfolded itself: the first of the two is the answer. */
    insert_ids(st, c, 20);
    ASSERT_EQ_INT(unfolded(st), 2);
    check_content(st, 20, "f1");
    check_content(st, 22, "f2");
    check_content(st, 24, "f3");
    check_content(st, 26, "f4");
    td_store_close(st);
}

/* The key count of the middle table, or -1 when it cannot be read. */
static int64_t middle(struct td_store *st)
{
    int64_t n = -1;

    return store_content_middle(st, &n, NULL) == TD_OK ? n : -1;
}

/*
 * (e) Folds go into the middle table until it holds STORE_CONTENT_MID_TIMES
 * of them, then all of it goes into the large table: a key is found in
 * each of the three, and a later copy of a key moved on is not the answer.
 */
TD_TEST(test_store__content_found_in_every_table)
{
    const int64_t fold = 4, mid_keys = fold * STORE_CONTENT_MID_TIMES;
    static const char *const copy[] = {"m0-copy", NULL};
    char ids[STORE_CONTENT_MID_TIMES * 4][8];
    const char *batch[5];
    struct td_store *st;
    int64_t i, j;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    store_set_content_fold(st, (size_t)fold);
    /* One fold short of moving the middle table on: every fold waits there. */
    for (i = 0; i + fold < mid_keys; i += fold) {
        for (j = 0; j < fold; j++) {
            (void)snprintf(ids[i + j], sizeof(ids[i + j]), "m%d", (int)(i + j));
            batch[j] = ids[i + j];
        }
        batch[fold] = NULL;
        insert_ids(st, batch, (uint8_t)(2 * i));
        ASSERT_EQ_INT(unfolded(st), 0);
        ASSERT_EQ_INT(middle(st), i + fold);
    }
    check_content(st, 0, "m0");
    check_content(st, (uint8_t)(2 * (mid_keys - fold - 1)), ids[mid_keys - fold - 1]);
    /* The last fold fills the middle table, which moves into the large one. */
    for (j = 0; j < fold; j++) {
        (void)snprintf(ids[i + j], sizeof(ids[i + j]), "m%d", (int)(i + j));
        batch[j] = ids[i + j];
    }
    insert_ids(st, batch, (uint8_t)(2 * i));
    ASSERT_EQ_INT(unfolded(st), 0);
    ASSERT_EQ_INT(middle(st), 0);
    /* A copy of a key now in the large table, itself new: the first is the answer. */
    insert_ids(st, copy, 0);
    ASSERT_EQ_INT(unfolded(st), 1);
    for (i = 0; i < mid_keys; i += 7)
        check_content(st, (uint8_t)(2 * i), ids[i]);
    check_content(st, (uint8_t)(2 * (mid_keys - 1)), ids[mid_keys - 1]);
    check_content(st, (uint8_t)(2 * mid_keys + 1), NULL);
    td_store_close(st);
}

/* (c) Unfolded keys outlive a close: a copy arriving after a restart is recognised. */
TD_TEST(test_store__content_found_after_restart)
{
    static const char *const a[] = {"r1", "r2", "r3", NULL};
    char path[512];
    struct td_store *st;

    tmp_path(path, sizeof(path), "content-restart.db");
    ASSERT_OK(td_store_open(path, &st, NULL));
    store_set_content_fold(st, 4);
    insert_ids(st, a, 30);
    td_store_close(st);
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_EQ_INT(unfolded(st), 3);
    check_content(st, 30, "r1");
    check_content(st, 34, "r3");
    td_store_close(st);
}

/*
 * (d) A writer killed between folds, and with a transaction open: on reopen
 * every committed key is found, folded or not, and the open transaction's
 * article and key are both gone.
 */
TD_TEST(test_store__content_survives_crash)
{
    static const char *const a[] = {"c1", "c2", "c3", "c4", NULL}, *const b[] = {"c5", NULL};
    char path[512];
    struct td_store *st;
    struct fixture f;
    bool found = true;
    int status = 0;
    pid_t pid;

    tmp_path(path, sizeof(path), "content-crash.db");
    (void)fflush(NULL);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0) {
        if (td_store_open(path, &st, NULL) != TD_OK)
            _exit(2);
        store_set_content_fold(st, 4);
        insert_ids(st, a, 40);
        insert_ids(st, b, 48);
        fixture_init(&f, "c6", 50, 1);
        if (store_begin(st, NULL) != TD_OK || store_insert_article(st, &f.row, NULL) != TD_OK)
            _exit(3);
        _exit(0); /* no commit, no close */
    }
    ASSERT_TRUE(waitpid(pid, &status, 0) == pid);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_EQ_INT(unfolded(st), 1);
    check_content(st, 40, "c1");
    check_content(st, 46, "c4");
    check_content(st, 48, "c5");
    check_content(st, 50, NULL);
    ASSERT_OK(store_find_id(st, "c6", &found, NULL, NULL));
    ASSERT_TRUE(!found);
    td_store_close(st);
}

TD_TEST(test_store__insert_same_id_conflicts)
{
    struct td_store *st;
    struct fixture f, g;
    struct td_error err;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    fixture_init(&f, "dup", 1, 1);
    fixture_init(&g, "dup", 9, 2);
    ASSERT_OK(store_insert_article(st, &f.row, NULL));
    ASSERT_EQ_INT(store_insert_article(st, &g.row, &err), TD_ERR_CONFLICT);
    ASSERT_EQ_INT(err.code, TD_ERR_CONFLICT);
    ASSERT_TRUE(strlen(err.msg) > 0);
    /* The store is still usable after the failed insert. */
    fixture_init(&g, "other", 9, 2);
    ASSERT_OK(store_insert_article(st, &g.row, NULL));
    td_store_close(st);
}

TD_TEST(test_store__transaction_commit_and_rollback)
{
    struct td_store *st;
    struct fixture f, g;
    bool found;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    fixture_init(&f, "kept", 1, 1);
    fixture_init(&g, "dropped", 2, 1);
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_TRUE(store_in_transaction(st));
    ASSERT_OK(store_begin(st, NULL)); /* no-op while one is open */
    ASSERT_OK(store_insert_article(st, &f.row, NULL));
    ASSERT_OK(store_commit(st, NULL));
    ASSERT_TRUE(!store_in_transaction(st));
    ASSERT_OK(store_commit(st, NULL)); /* no-op without one */
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_OK(store_insert_article(st, &g.row, NULL));
    ASSERT_OK(store_find_id(st, "dropped", &found, NULL, NULL));
    ASSERT_TRUE(found);
    store_rollback(st);
    ASSERT_TRUE(!store_in_transaction(st));
    store_rollback(st);
    ASSERT_OK(store_find_id(st, "dropped", &found, NULL, NULL));
    ASSERT_TRUE(!found);
    ASSERT_OK(store_find_id(st, "kept", &found, NULL, NULL));
    ASSERT_TRUE(found);
    td_store_close(st);
}

/* Records what store_replay passes, for one test. */
struct replayed {
    int n;
    int64_t story[8];
    bool has_date[8];
    int64_t at[8];
    size_t terms_len[8];
    unsigned char first_byte[8];
    int64_t joined[8];
    bool is_copy[8];
};

static enum td_err on_replay(void *ctx, const struct store_replay_row *r)
{
    struct replayed *rp = ctx;

    if (rp->n >= 8)
        return TD_ERR_INTERNAL;
    rp->story[rp->n] = r->story;
    rp->has_date[rp->n] = r->has_date;
    rp->at[rp->n] = r->published_at;
    rp->terms_len[rp->n] = r->terms_len;
    rp->first_byte[rp->n] = r->terms_len ? *(const unsigned char *)r->terms : 0;
    rp->joined[rp->n] = r->joined;
    rp->is_copy[rp->n] = r->is_copy;
    rp->n++;
    return TD_OK;
}

static enum td_err stop_replay(void *ctx, const struct store_replay_row *r)
{
    (void)r;
    ++*(int *)ctx;
    return TD_ERR_PARSE;
}

TD_TEST(test_store__replay_order_and_fields)
{
    static const unsigned char blob[24] = {7};
    struct td_store *st;
    struct fixture f[3];
    struct replayed rp;
    int calls = 0;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    fixture_init(&f[0], "z-last-id", 1, 2);
    f[0].art.date = (char *)"2024-05-01";
    f[0].art.published_at = 1714521600;
    f[0].art.date_prec = TD_DATE_DAY;
    fixture_init(&f[1], "a-first-id", 3, 1);
    f[1].row.terms = blob;
    f[1].row.terms_len = sizeof(blob);
    fixture_init(&f[2], "m-id", 5, 2);
    f[2].art.date = (char *)"1969-12-31T00:00:00Z";
    f[2].art.published_at = -86400;
    /* The event each joined before its passes (none for the first), and a copy. */
    f[1].row.joined = 7;
    f[2].row.joined = 3;
    f[2].row.copy_of = "a-first-id";
    for (int i = 0; i < 3; i++)
        ASSERT_OK(store_insert_article(st, &f[i].row, NULL));
    memset(&rp, 0, sizeof(rp));
    ASSERT_OK(store_replay(st, on_replay, &rp, NULL));
    ASSERT_EQ_INT(rp.n, 3);
    ASSERT_EQ_INT(rp.story[0], 2);
    ASSERT_EQ_INT(rp.story[1], 1);
    ASSERT_EQ_INT(rp.story[2], 2);
    ASSERT_TRUE(rp.has_date[0] && !rp.has_date[1] && rp.has_date[2]);
    ASSERT_EQ_INT(rp.at[0], 1714521600);
    ASSERT_EQ_INT(rp.at[2], -86400);
    ASSERT_EQ_INT(rp.terms_len[0], 12);
    ASSERT_EQ_INT(rp.terms_len[1], 24);
    ASSERT_EQ_INT(rp.first_byte[1], 7);
    ASSERT_EQ_INT(rp.joined[0], 0);
    ASSERT_EQ_INT(rp.joined[1], 7);
    ASSERT_EQ_INT(rp.joined[2], 3);
    ASSERT_TRUE(!rp.is_copy[0] && !rp.is_copy[1] && rp.is_copy[2]);
    /* A callback error stops the replay and is returned as is. */
    ASSERT_EQ_INT(store_replay(st, stop_replay, &calls, NULL), TD_ERR_PARSE);
    ASSERT_EQ_INT(calls, 1);
    td_store_close(st);
}

TD_TEST(test_store__file_store_keeps_rows)
{
    char path[512];
    struct td_store *st;
    struct fixture f;
    uint8_t got[STORE_HASH_BYTES];
    bool found = false;

    tmp_path(path, sizeof(path), "keep.db");
    ASSERT_OK(td_store_open(path, &st, NULL));
    fixture_init(&f, "persist", 0x42, 1);
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_OK(store_insert_article(st, &f.row, NULL));
    ASSERT_OK(store_commit(st, NULL));
    td_store_close(st);
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_OK(store_find_id(st, "persist", &found, got, NULL));
    ASSERT_TRUE(found);
    ASSERT_TRUE(memcmp(got, f.record, STORE_HASH_BYTES) == 0);
    td_store_close(st);
}

/* Connections to one file share a token; other files, in-memory stores and a new file do not. */
TD_TEST(test_store__token_names_the_database)
{
    char a[512], b[512];
    struct td_store *a1, *a2, *b1, *m1, *m2;
    uint64_t old;

    tmp_path(a, sizeof(a), "token-a.db");
    tmp_path(b, sizeof(b), "token-b.db");
    ASSERT_OK(td_store_open(a, &a1, NULL));
    ASSERT_OK(td_store_open(a, &a2, NULL));
    ASSERT_OK(td_store_open(b, &b1, NULL));
    ASSERT_OK(td_store_open(":memory:", &m1, NULL));
    ASSERT_OK(td_store_open(":memory:", &m2, NULL));
    ASSERT_TRUE(store_token(a1) == store_token(a2));
    ASSERT_TRUE(store_token(a1) != store_token(b1));
    ASSERT_TRUE(store_token(m1) != store_token(m2));
    ASSERT_TRUE(store_token(m1) != store_token(a1));
    td_store_close(a2);
    /* The file stays known while one connection holds it. */
    ASSERT_OK(td_store_open(a, &a2, NULL));
    ASSERT_TRUE(store_token(a1) == store_token(a2));
    old = store_token(a1);
    td_store_close(a1);
    td_store_close(a2);
    /* The same path made anew is another database. */
    ASSERT_EQ_INT(remove(a), 0);
    ASSERT_OK(td_store_open(a, &a1, NULL));
    ASSERT_TRUE(store_token(a1) != old);
    td_store_close(a1);
    td_store_close(b1);
    td_store_close(m1);
    td_store_close(m2);
}

/* Appends "lang=n " for each row of STORE_Q_STATS_LANGS to the buffer `ctx`. */
static enum td_err lang_row(void *ctx, const struct store_row *r)
{
    char *buf = ctx;
    size_t len = strlen(buf);

    (void)snprintf(buf + len, 512 - len, "%s=%s ", r->col[0], r->col[1]);
    return TD_OK;
}

/* Articles per language are counted per transaction, written at commit, forgotten at rollback. */
TD_TEST(test_store__language_counts)
{
    static const char *const langs[] = {"en", "de", "fr", "es", "it", "pt", "nl", "ja",
                                        "zh", "ru", "en", "a-language-name-too-long"};
    struct td_store *st;
    struct fixture f;
    char got[512] = "", id[32];
    size_t i;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    /* More languages than the per-transaction slots, and a name too long for one. */
    ASSERT_OK(store_begin(st, NULL));
    for (i = 0; i < sizeof(langs) / sizeof(langs[0]); i++) {
        (void)snprintf(id, sizeof(id), "l%zu", i);
        fixture_init(&f, id, (uint8_t)(2 * i), 1);
        f.row.lang = langs[i];
        ASSERT_OK(store_insert_article(st, &f.row, NULL));
    }
    ASSERT_OK(store_commit(st, NULL));
    /* Rolled back: not counted. */
    ASSERT_OK(store_begin(st, NULL));
    fixture_init(&f, "gone", 100, 1);
    ASSERT_OK(store_insert_article(st, &f.row, NULL));
    store_rollback(st);
    /* Outside a transaction: counted at once. */
    fixture_init(&f, "alone", 102, 1);
    f.row.lang = "de";
    ASSERT_OK(store_insert_article(st, &f.row, NULL));
    ASSERT_OK(store_query_run(st, STORE_Q_STATS_LANGS, 0, lang_row, got, NULL));
    ASSERT_STREQ(got, "a-language-name-too-long=1 de=2 en=2 es=1 fr=1 it=1 ja=1 nl=1 pt=1 "
                      "ru=1 zh=1 ");
    td_store_close(st);
}

TD_TEST(test_store__close_rolls_back_open_transaction)
{
    char path[512];
    struct td_store *st;
    struct fixture f;
    bool found = true;

    tmp_path(path, sizeof(path), "tx.db");
    ASSERT_OK(td_store_open(path, &st, NULL));
    fixture_init(&f, "uncommitted", 1, 1);
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_OK(store_insert_article(st, &f.row, NULL));
    td_store_close(st);
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_OK(store_find_id(st, "uncommitted", &found, NULL, NULL));
    ASSERT_TRUE(!found);
    td_store_close(st);
}

/*
 * Makes `path` a Tidings database whose `PRAGMA user_version` is 99, newer
 * than any migration: creates it with the store, then patches the version
 * field of the SQLite file header (bytes 60-63, big-endian), since the test
 * target cannot include <sqlite3.h>.
 */
static int write_future_db(const char *path)
{
    static const unsigned char v99[4] = {0, 0, 0, 99};
    struct td_store *st;
    FILE *f;
    size_t ok;

    if (td_store_open(path, &st, NULL) != TD_OK)
        return -1;
    td_store_close(st);
    f = fopen(path, "r+b");
    if (f == NULL)
        return -1;
    if (fseek(f, 60, SEEK_SET) != 0) {
        (void)fclose(f);
        return -1;
    }
    ok = fwrite(v99, 1, sizeof(v99), f);
    return fclose(f) == 0 && ok == sizeof(v99) ? 0 : -1;
}

/* The page size in the SQLite file header at `path` (bytes 16-17, big-endian), or -1. */
static long header_page_size(const char *path)
{
    unsigned char h[18];
    FILE *f = fopen(path, "rb");
    size_t got;

    if (f == NULL)
        return -1;
    got = fread(h, 1, sizeof(h), f);
    (void)fclose(f);
    if (got != sizeof(h))
        return -1;
    return h[16] == 0 && h[17] == 1 ? 65536L : (long)h[16] << 8 | h[17];
}

/*
 * Writes an empty SQLite database with 4 KiB pages to `path`, as stores
 * made before STORE_PAGE_BYTES were: the 100-byte file header and an empty
 * schema table on page 1 (the layout of sqlite.org/fileformat2.html).
 */
static int write_4k_db(const char *path)
{
    static unsigned char page[4096];
    static const unsigned char head[24] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm',
                                           'a', 't', ' ', '3', 0, 0x10, 0, 1, 1, 0, 64, 32, 32};
    FILE *f;
    size_t ok;

    memset(page, 0, sizeof(page));
    memcpy(page, head, sizeof(head));
    page[27] = 1;  /* change counter */
    page[31] = 1;  /* pages in the file */
    page[47] = 4;  /* schema format */
    page[59] = 1;  /* UTF-8 */
    page[95] = 1;  /* the page count is valid for change 1 */
    page[100] = 0x0d; /* page 1: an empty table leaf, its content area at 4096 */
    page[105] = 0x10;
    f = fopen(path, "wb");
    if (f == NULL)
        return -1;
    ok = fwrite(page, 1, sizeof(page), f);
    return fclose(f) == 0 && ok == sizeof(page) ? 0 : -1;
}

TD_TEST(test_store__new_store_has_large_pages)
{
    char path[512];
    struct td_store *st = NULL;

    tmp_path(path, sizeof(path), "pages.db");
    ASSERT_OK(td_store_open(path, &st, NULL));
    td_store_close(st);
    ASSERT_EQ_INT(header_page_size(path), STORE_PAGE_BYTES);
}

TD_TEST(test_store__old_store_keeps_its_pages)
{
    char path[512];
    struct td_store *st = NULL;
    struct fixture a;
    bool found = false;

    tmp_path(path, sizeof(path), "old4k.db");
    ASSERT_EQ_INT(write_4k_db(path), 0);
    ASSERT_OK(td_store_open(path, &st, NULL));
    fixture_init(&a, "old-a", 1, 1);
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_OK(store_insert_article(st, &a.row, NULL));
    ASSERT_OK(store_commit(st, NULL));
    td_store_close(st);
    ASSERT_EQ_INT(header_page_size(path), 4096);
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_OK(store_find_id(st, "old-a", &found, NULL, NULL));
    ASSERT_TRUE(found);
    td_store_close(st);
}

TD_TEST(test_store__newer_schema_is_refused)
{
    char path[512];
    struct td_store *st = NULL;
    struct td_error err;

    tmp_path(path, sizeof(path), "future.db");
    ASSERT_EQ_INT(write_future_db(path), 0);
    ASSERT_EQ_INT(td_store_open(path, &st, &err), TD_ERR_DB);
    ASSERT_TRUE(st == NULL);
    ASSERT_TRUE(strstr(err.msg, "99") != NULL);
    ASSERT_TRUE(strstr(err.msg, "newer") != NULL);
}

static int search_count(struct td_store *st, const char *q)
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

TD_TEST(test_store__search_index_catches_up_in_chunks)
{
    struct td_store *st = NULL;
    struct fixture a, b, c;
    size_t n = 99;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    fixture_init(&a, "a", 1, 1);
    fixture_init(&b, "b", 3, 1);
    fixture_init(&c, "c", 5, 2);
    ASSERT_OK(store_insert_article(st, &a.row, NULL));
    ASSERT_OK(store_insert_article(st, &b.row, NULL));
    /* Committed rows are not searchable until the index catches up. */
    ASSERT_EQ_INT(search_count(st, "body"), 0);
    ASSERT_OK(store_fts_catch_up(st, 1, &n, NULL));
    ASSERT_EQ_INT(n, 1);
    ASSERT_EQ_INT(search_count(st, "body"), 1);
    ASSERT_OK(store_insert_article(st, &c.row, NULL));
    ASSERT_OK(store_fts_catch_up(st, 10, &n, NULL));
    ASSERT_EQ_INT(n, 2);
    ASSERT_EQ_INT(search_count(st, "body"), 3);
    ASSERT_OK(store_fts_catch_up(st, 10, &n, NULL));
    ASSERT_EQ_INT(n, 0);
    td_store_close(st);
}

/* Stores articles `first`..`first + n - 1` and indexes each in a chunk of its own. */
static void index_singly(struct td_store *st, int first, int n, bool unmerged)
{
    struct fixture f;
    char id[16];
    size_t got = 0;
    int i;

    for (i = first; i < first + n; i++) {
        (void)snprintf(id, sizeof(id), "s%d", i);
        fixture_init(&f, id, (uint8_t)(2 * i), i);
        ASSERT_OK(store_insert_article(st, &f.row, NULL));
        if (unmerged)
            ASSERT_OK(store_fts_catch_up_unmerged(st, 1, &got, NULL));
        else
            ASSERT_OK(store_fts_catch_up(st, 1, &got, NULL));
        ASSERT_EQ_INT(got, 1);
    }
}

/* Runs store_fts_merge until it has nothing left; `*calls` is how many calls did some work. */
static void merge_all(struct td_store *st, int *calls)
{
    bool more = true;

    *calls = 0;
    while (more && *calls < 100) {
        ASSERT_OK(store_fts_merge(st, 64, &more, NULL));
        *calls += more;
    }
}

TD_TEST(test_store__unmerged_chunks_wait_for_one_merge)
{
    struct td_store *st = NULL;
    int calls = 0;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    /*
     * 16 one-article segments: merging as they come, FTS5 merges a level's
     * segments as soon as it holds STORE_FTS_CRISISMERGE of them.
     */
    index_singly(st, 0, STORE_FTS_CRISISMERGE, true);
    ASSERT_EQ_INT(search_count(st, "body"), STORE_FTS_CRISISMERGE);
    ASSERT_EQ_INT(search_count(st, "\"body text\""), STORE_FTS_CRISISMERGE);
    merge_all(st, &calls);
    ASSERT_TRUE(calls >= 1);
    ASSERT_EQ_INT(search_count(st, "body"), STORE_FTS_CRISISMERGE);
    ASSERT_EQ_INT(search_count(st, "\"body text\""), STORE_FTS_CRISISMERGE);
    merge_all(st, &calls);
    ASSERT_EQ_INT(calls, 0);
    td_store_close(st);
}

TD_TEST(test_store__merged_chunks_leave_no_merge)
{
    struct td_store *st = NULL;
    int calls = 0;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    index_singly(st, 0, STORE_FTS_CRISISMERGE, false);
    merge_all(st, &calls);
    ASSERT_EQ_INT(calls, 0);
    ASSERT_EQ_INT(search_count(st, "body"), STORE_FTS_CRISISMERGE);
    td_store_close(st);
}

TD_TEST(test_store__unmerged_chunk_commits_merging_on)
{
    char path[512];
    struct td_store *st = NULL;
    int calls = 0;

    tmp_path(path, sizeof(path), "unmerged.db");
    ASSERT_OK(td_store_open(path, &st, NULL));
    index_singly(st, 0, 1, true);
    td_store_close(st);
    /* A new connection reads the committed settings: merging must be on again. */
    ASSERT_OK(td_store_open(path, &st, NULL));
    index_singly(st, 1, STORE_FTS_CRISISMERGE - 1, false);
    merge_all(st, &calls);
    ASSERT_EQ_INT(calls, 0);
    ASSERT_EQ_INT(search_count(st, "body"), STORE_FTS_CRISISMERGE);
    td_store_close(st);
}

TD_TEST(test_store__merge_needs_pages)
{
    struct td_store *st = NULL;
    struct td_error err;
    bool more = true;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_EQ_INT(store_fts_merge(st, 0, &more, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(err.code, TD_ERR_INVALID);
    ASSERT_TRUE(more);
    td_store_close(st);
}

/* Appends the row's first `ncol` columns, '|'-separated, and a newline to the buffer `ctx`. */
struct row_text {
    char buf[2048];
    size_t ncol;
};

static enum td_err append_row(void *ctx, const struct store_row *r)
{
    struct row_text *t = ctx;
    size_t i, len;

    for (i = 0; i < t->ncol; i++) {
        len = strlen(t->buf);
        (void)snprintf(t->buf + len, sizeof(t->buf) - len, "%s%s", i ? "|" : "",
                       r->col[i] != NULL ? r->col[i] : "-");
    }
    len = strlen(t->buf);
    (void)snprintf(t->buf + len, sizeof(t->buf) - len, "\n");
    return TD_OK;
}

/*
 * Inserts article `id` into `story` with the given language, day (0 =
 * undated), title ("" or NULL = none) and original (NULL = not a copy).
 */
static void insert_in(struct td_store *st, const char *id, uint8_t seed, int64_t story,
                      const char *lang, int64_t day, const char *title, const char *copy_of)
{
    struct fixture f;

    fixture_init(&f, id, seed, story);
    f.row.lang = lang;
    f.art.title = (char *)title;
    f.row.copy_of = copy_of;
    if (day != 0) {
        f.art.date = (char *)"dated";
        f.art.published_at = day * 86400;
    }
    ASSERT_OK(store_insert_article(st, &f.row, NULL));
}

/*
 * The per-story summary rows the story pages read (size, dates, languages,
 * first title) agree with the same figures computed from the articles,
 * whether articles come in one transaction, several, outside one, or in a
 * transaction rolled back; and with more languages in a story than its slots.
 */
TD_TEST(test_store__story_summary_rows_match_the_articles)
{
    static const char *const langs[] = {"en", "de", "fr", "es", "it", "pt"};
    struct store_story_page page = {INT64_MAX, INT64_MAX, false, 0, NULL, NULL, 100};
    struct row_text want = {"", 5}, got = {"", 5}, title = {"", 2};
    struct td_store *st;
    char id[32];
    size_t i;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(store_begin(st, NULL));
    insert_in(st, "a1", 1, 1, "en", 19000, "", NULL);        /* untitled first article */
    insert_in(st, "a2", 3, 2, "de", 0, "Zwei", NULL);        /* undated */
    insert_in(st, "a3", 5, 1, "fr", 18990, "Un titre", NULL); /* earlier date, later seq */
    insert_in(st, "a4", 7, 3, "en", 19010, "Copy", "a1");    /* a story opened by a copy */
    for (i = 0; i < sizeof(langs) / sizeof(langs[0]); i++) {
        (void)snprintf(id, sizeof(id), "m%zu", i);
        insert_in(st, id, (uint8_t)(20 + 2 * i), 4, langs[i], 19000 + (int64_t)i, "Many", NULL);
    }
    ASSERT_OK(store_commit(st, NULL));
    /* Rolled back: counts nothing. */
    ASSERT_OK(store_begin(st, NULL));
    insert_in(st, "gone", 60, 1, "ru", 1, "Gone", NULL);
    insert_in(st, "gone2", 62, 5, "ru", 1, "Gone", NULL);
    store_rollback(st);
    /* Outside a transaction, then a second transaction over known and new stories. */
    insert_in(st, "b1", 70, 2, "de", 19100, NULL, NULL);
    ASSERT_OK(store_begin(st, NULL));
    insert_in(st, "b2", 72, 3, "en", 19005, "Original", NULL);
    insert_in(st, "b3", 74, 1, "ja", 19200, "Later", NULL);
    insert_in(st, "b4", 76, 6, "nl", 0, NULL, "b2");
    ASSERT_OK(store_commit(st, NULL));

    ASSERT_OK(store_query_run(st, STORE_Q_STORIES, 0, append_row, &want, NULL));
    ASSERT_OK(store_story_page(st, &page, append_row, &got, NULL));
    /* Newest story first, from the summary rows. */
    ASSERT_STREQ(got.buf, "6|1|-|-|nl\n"
                          "4|6|2022-01-08|2022-01-13|de,en,es,fr,it,pt\n"
                          "3|2|2022-01-13|2022-01-18|en\n"
                          "2|2|2022-04-18|2022-04-18|de\n"
                          "1|3|2021-12-29|2022-07-27|en,fr,ja\n");
    /* The same figures from the articles themselves (largest story first). */
    ASSERT_STREQ(want.buf, "4|6|2022-01-08|2022-01-13|de,en,es,fr,it,pt\n"
                           "1|3|2021-12-29|2022-07-27|en,fr,ja\n"
                           "2|2|2022-04-18|2022-04-18|de\n"
                           "3|2|2022-01-13|2022-01-18|en\n"
                           "6|1|-|-|nl\n");
    /* The title is the earliest non-copy article's that has one. */
    page.limit = 100;
    title.ncol = 6;
    ASSERT_OK(store_story_page(st, &page, append_row, &title, NULL));
    ASSERT_TRUE(strstr(title.buf, "|en,fr,ja|Un titre\n") != NULL);
    ASSERT_TRUE(strstr(title.buf, "|en|Original\n") != NULL);
    ASSERT_TRUE(strstr(title.buf, "|nl|-\n") != NULL);
    td_store_close(st);
}

TD_TEST(test_store__pass_log_in_order)
{
    struct td_store *st;
    int64_t *docs = (int64_t *)1;
    size_t n = 99;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(store_read_passes(st, &docs, &n, NULL));
    ASSERT_EQ_INT(n, 0);
    ASSERT_TRUE(docs == NULL);
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_OK(store_log_pass(st, 640, NULL));
    ASSERT_OK(store_log_pass(st, 64, NULL));
    ASSERT_OK(store_log_pass(st, 640, NULL)); /* twice is harmless */
    ASSERT_OK(store_commit(st, NULL));
    ASSERT_OK(store_read_passes(st, &docs, &n, NULL));
    ASSERT_EQ_INT(n, 2);
    ASSERT_EQ_INT(docs[0], 64);
    ASSERT_EQ_INT(docs[1], 640);
    td_free(docs);
    /* Rolled back with the batch it belonged to. */
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_OK(store_log_pass(st, 704, NULL));
    store_rollback(st);
    ASSERT_OK(store_read_passes(st, &docs, &n, NULL));
    ASSERT_EQ_INT(n, 2);
    td_free(docs);
    td_store_close(st);
}

/*
 * A story moved into another (a storyline decided again): its articles and
 * summary rows follow, also those counted in the open transaction, and the
 * summary rows still agree with the articles; the move log reads back in order.
 */
TD_TEST(test_store__story_move_keeps_summary_rows)
{
    struct store_story_page page = {INT64_MAX, INT64_MAX, false, 0, NULL, NULL, 100};
    struct row_text want = {"", 5}, got = {"", 5};
    struct store_story_move mv = {5, 3, 2, 1}, *log = NULL;
    struct td_error err;
    struct td_store *st;
    size_t n = 0;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(store_begin(st, NULL));
    insert_in(st, "a1", 1, 1, "en", 19000, "Dam", NULL);
    insert_in(st, "a2", 3, 3, "en", 19001, "Chess", NULL);
    ASSERT_OK(store_commit(st, NULL));
    ASSERT_OK(store_begin(st, NULL));
    insert_in(st, "b1", 5, 2, "zh", 19200, "Inquiry", NULL);
    insert_in(st, "b2", 7, 2, "en", 18990, "Inquiry", NULL);
    /* Story 2's rows are still counts of the open transaction here. */
    ASSERT_OK(store_move_story(st, 2, 1, NULL));
    ASSERT_OK(store_log_story_move(st, &mv, NULL));
    ASSERT_OK(store_commit(st, NULL));
    ASSERT_OK(store_query_run(st, STORE_Q_STORIES, 0, append_row, &want, NULL));
    ASSERT_OK(store_story_page(st, &page, append_row, &got, NULL));
    ASSERT_STREQ(got.buf, "3|1|2022-01-09|2022-01-09|en\n"
                          "1|3|2021-12-29|2022-07-27|en,zh\n");
    ASSERT_STREQ(want.buf, "1|3|2021-12-29|2022-07-27|en,zh\n"
                           "3|1|2022-01-09|2022-01-09|en\n");
    /* One move per article: a second at the same one is a conflict. */
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_EQ_INT(store_log_story_move(st, &mv, &err), TD_ERR_CONFLICT);
    mv.doc = 2;
    mv.event = 1;
    ASSERT_OK(store_log_story_move(st, &mv, NULL));
    ASSERT_OK(store_commit(st, NULL));
    ASSERT_OK(store_read_story_moves(st, &log, &n, NULL));
    ASSERT_EQ_INT(n, 2);
    ASSERT_EQ_INT(log[0].doc, 2);
    ASSERT_EQ_INT(log[1].doc, 5);
    ASSERT_EQ_INT(log[1].event, 3);
    ASSERT_EQ_INT(log[1].from, 2);
    ASSERT_EQ_INT(log[1].into, 1);
    td_free(log);
    td_store_close(st);
}

/* Inserts article `id` of event `event` (joined as placed) in story `story`. */
static void insert_joined(struct td_store *st, const char *id, uint8_t seed, int64_t story,
                          int64_t event, const char *lang, int64_t day)
{
    struct fixture f;

    fixture_init(&f, id, seed, story);
    f.row.event = f.row.joined = event;
    f.row.lang = lang;
    f.art.date = (char *)"dated";
    f.art.published_at = day * 86400;
    ASSERT_OK(store_insert_article(st, &f.row, NULL));
}

/*
 * An article the event level moved into an event of another storyline takes
 * that story, and both summary rows are counted again, also over rows of the
 * open transaction; the article that started its event keeps its story (a
 * restart reads a new event's storyline from it), as does one already there.
 */
TD_TEST(test_store__moved_article_takes_its_event_story)
{
    struct store_story_page page = {INT64_MAX, INT64_MAX, false, 0, NULL, NULL, 100};
    struct row_text want = {"", 5}, got = {"", 5};
    struct td_store *st;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(store_begin(st, NULL));
    insert_joined(st, "lit1", 1, 1, 10, "cs", 19000);   /* seq 1: starts event 10 */
    insert_joined(st, "peace1", 3, 1, 10, "en", 19002); /* seq 2: a stray of event 20 */
    ASSERT_OK(store_commit(st, NULL));
    ASSERT_OK(store_begin(st, NULL));
    insert_joined(st, "peace2", 5, 2, 20, "ar", 19003); /* seq 3: starts event 20 */
    insert_joined(st, "lit2", 7, 1, 10, "de", 19001);   /* seq 4 */
    ASSERT_OK(store_move_article(st, 2, 10, 20, NULL));
    ASSERT_OK(store_move_article_story(st, 2, 2, NULL));
    ASSERT_OK(store_move_article_story(st, 1, 2, NULL)); /* started event 10: stays */
    ASSERT_OK(store_move_article_story(st, 3, 2, NULL)); /* already in story 2 */
    ASSERT_OK(store_commit(st, NULL));
    ASSERT_OK(store_query_run(st, STORE_Q_STORIES, 0, append_row, &want, NULL));
    ASSERT_OK(store_story_page(st, &page, append_row, &got, NULL));
    ASSERT_STREQ(want.buf, "1|2|2022-01-08|2022-01-09|cs,de\n"
                           "2|2|2022-01-10|2022-01-11|ar,en\n");
    ASSERT_STREQ(got.buf, "2|2|2022-01-10|2022-01-11|ar,en\n"
                          "1|2|2022-01-08|2022-01-09|cs,de\n");
    td_store_close(st);
}

/*
 * The earlier row of a moved article's event is found behind the rows of
 * other events: the article takes the new story. A row stored before
 * migration 11 (`joined` NULL) and a later row of the same event are no
 * earlier row: the article that started its event keeps its story.
 */
TD_TEST(test_store__moved_article_finds_its_event_far_back)
{
    struct row_text want = {"", 5};
    struct fixture old;
    struct td_store *st;
    char id[16];
    int i;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(store_begin(st, NULL));
    insert_joined(st, "lit1", 1, 1, 10, "cs", 19000); /* seq 1: starts event 10 */
    for (i = 0; i < 8; i++) {                         /* seq 2-9: other events */
        (void)snprintf(id, sizeof(id), "other%d", i);
        insert_joined(st, id, (uint8_t)(20 + 2 * i), 3, 30 + i, "fi", 19001);
    }
    insert_joined(st, "peace1", 3, 1, 10, "en", 19002); /* seq 10: a stray of event 20 */
    fixture_init(&old, "old", 5, 2);                    /* seq 11: event 20, joined NULL */
    old.row.event = 20;
    old.row.lang = "ar";
    ASSERT_OK(store_insert_article(st, &old.row, NULL));
    insert_joined(st, "peace2", 7, 2, 20, "de", 19004); /* seq 12: starts event 20 */
    insert_joined(st, "peace3", 9, 2, 20, "de", 19005); /* seq 13 */
    ASSERT_OK(store_commit(st, NULL));
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_OK(store_move_article(st, 10, 10, 20, NULL));
    ASSERT_OK(store_move_article_story(st, 10, 2, NULL));
    ASSERT_OK(store_move_article(st, 12, 20, 10, NULL));
    ASSERT_OK(store_move_article_story(st, 12, 1, NULL)); /* started event 20: stays */
    ASSERT_OK(store_commit(st, NULL));
    ASSERT_OK(store_query_run(st, STORE_Q_STORIES, 0, append_row, &want, NULL));
    ASSERT_STREQ(want.buf, "3|8|2022-01-09|2022-01-09|fi\n"
                           "2|4|2022-01-10|2022-01-13|ar,de,en\n"
                           "1|1|2022-01-08|2022-01-08|cs\n");
    td_store_close(st);
}
