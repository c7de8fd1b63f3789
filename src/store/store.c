/*
 * store.c - opening the SQLite database, schema migrations, transactions and
 * the write path of the pipeline (find by id or content, insert). The public
 * `td_store_open` is in src/query/open.c: it supplies the search tokenizer.
 */
#include "store/store_int.h"

#include <pthread.h>
#include <stdatomic.h>
#include <sys/stat.h>

/* Stores opened so far in this process: each store's `token`. */
static atomic_uint_fast64_t open_count;

/*
 * The database files open in this process, each with the token its
 * connections share (store_token) while one of them stays open. A file is
 * known by its device and inode: while a connection holds it open, no other
 * file can take its inode, so a file deleted and made anew gets a new token.
 */
struct open_file {
    struct open_file *next;
    dev_t dev;
    ino_t ino;
    uint64_t token;
    size_t refs;
};
static pthread_mutex_t files_lock = PTHREAD_MUTEX_INITIALIZER;
static struct open_file *open_files;
static pthread_once_t sqlite_setup_once = PTHREAD_ONCE_INIT;

/*
 * Runs once, before this process's first connection: turns off SQLite's
 * memory statistics, which nothing here reads and which cost every
 * sqlite3_malloc a global mutex and two counter updates (FTS5 allocates for
 * each new term of an indexed chunk: ~1.6 M calls per 10 k articles). Should
 * the application have set SQLite up already, the call fails harmlessly and
 * the statistics stay on.
 */
static void sqlite_setup(void)
{
    if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK)
        (void)sqlite3_initialize();
}

#include <stdio.h>
#include <string.h>

#include "core/alloc.h"

/*
 * Schema migrations, one row per version; `PRAGMA user_version` records how
 * many have run. Append only: never edit a released step.
 * How to add one: append a row with the next version's SQL.
 */
static const char *const migrations[] = {
    /* 1: articles with their story assignment and clustering terms. */
    "CREATE TABLE articles ("
    " seq INTEGER PRIMARY KEY,"
    " id TEXT NOT NULL UNIQUE,"
    " record_hash BLOB NOT NULL,"
    " content_hash BLOB NOT NULL,"
    " title TEXT, body TEXT NOT NULL, url TEXT, source TEXT,"
    " lang TEXT NOT NULL, lang_given INTEGER NOT NULL,"
    " date TEXT, published_at INTEGER, date_prec INTEGER NOT NULL DEFAULT 0,"
    " meta TEXT, copy_of TEXT, story INTEGER NOT NULL, terms BLOB NOT NULL);"
    "CREATE INDEX articles_content ON articles(content_hash);"
    "CREATE INDEX articles_story ON articles(story, published_at);",
    /*
     * 2: the full-text index over titles and bodies, an external-content FTS5
     * table (no second copy of the text) keyed by `seq`, filled from the
     * existing rows and kept in step by triggers in the writing transaction.
     * Its tokenizer is registered by `store_open` on every connection.
     */
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles',"
    " content_rowid='seq', tokenize='" STORE_FTS_TOKENIZER "');"
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');"
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
    " INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body); END;"
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
    " INSERT INTO articles_fts(articles_fts, rowid, title, body)"
    " VALUES ('delete', old.seq, old.title, old.body); END;"
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN"
    " INSERT INTO articles_fts(articles_fts, rowid, title, body)"
    " VALUES ('delete', old.seq, old.title, old.body);"
    " INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body); END;",
    /* 3: the near-duplicate signature, so a restart need not recompute it from the body. */
    "ALTER TABLE articles ADD COLUMN near_sig BLOB;",
    /*
     * 4: the full-text index is brought up to date after the article
     * commits (store_fts_catch_up), not inside the inserting transaction, so
     * indexing can run on another connection and core. `fts_state.upto` is
     * the last indexed seq; the delete and update triggers only touch rows
     * that are already indexed.
     */
    "DROP TRIGGER articles_fts_insert;"
    "DROP TRIGGER articles_fts_delete;"
    "DROP TRIGGER articles_fts_update;"
    "CREATE TABLE fts_state (id INTEGER PRIMARY KEY CHECK (id = 1), upto INTEGER NOT NULL);"
    "INSERT INTO fts_state VALUES (1, (SELECT coalesce(max(seq), 0) FROM articles));"
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles"
    " WHEN old.seq <= (SELECT upto FROM fts_state) BEGIN"
    " INSERT INTO articles_fts(articles_fts, rowid, title, body)"
    " VALUES ('delete', old.seq, old.title, old.body); END;"
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles"
    " WHEN old.seq <= (SELECT upto FROM fts_state) BEGIN"
    " INSERT INTO articles_fts(articles_fts, rowid, title, body)"
    " VALUES ('delete', old.seq, old.title, old.body);"
    " INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, new.title, new.body); END;",
    /*
     * 5: two levels of clusters. `event` is one happening (articles days
     * apart), `story` the storyline its events belong to. Rows stored before
     * have one level: their event is their story. `names` is the
     * serialized vector of the article's name terms, which the storyline
     * level links events by (NULL for older rows: they link by nothing).
     */
    "ALTER TABLE articles ADD COLUMN event INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE articles ADD COLUMN names BLOB;"
    "UPDATE articles SET event = story;"
    "CREATE INDEX articles_event ON articles(event, published_at);",
    /*
     * 6: a summary row per story, kept by a trigger in the inserting
     * transaction (by store_stats.c since migration 10), so the story list
     * reads one row per story instead of grouping every article: size, date
     * span, the seq of its
     * earliest non-copy article (and of the earliest one with a title), and
     * its languages. Filled from the existing rows. Articles are never
     * deleted; they change story when a whole young storyline moves
     * into another (migration 12, store_move_story(), which moves its row)
     * and when one is moved into an event of another storyline
     * (store_move_article_story(), which counts both rows again).
     */
    "CREATE TABLE story_stats (story INTEGER PRIMARY KEY, n INTEGER NOT NULL,"
    " lo INTEGER, hi INTEGER, first_seq INTEGER, title_seq INTEGER);"
    "CREATE TABLE story_langs (story INTEGER NOT NULL, lang TEXT NOT NULL,"
    " PRIMARY KEY (story, lang)) WITHOUT ROWID;"
    "INSERT INTO story_stats SELECT story, count(*), min(published_at), max(published_at),"
    " min(CASE WHEN copy_of IS NULL THEN seq END),"
    " min(CASE WHEN copy_of IS NULL AND coalesce(title, '') <> '' THEN seq END)"
    " FROM articles GROUP BY story;"
    "INSERT INTO story_langs SELECT DISTINCT story, lang FROM articles;"
    "CREATE TRIGGER articles_story_stats AFTER INSERT ON articles BEGIN"
    " INSERT INTO story_stats VALUES (new.story, 1, new.published_at, new.published_at,"
    "  CASE WHEN new.copy_of IS NULL THEN new.seq END,"
    "  CASE WHEN new.copy_of IS NULL AND coalesce(new.title, '') <> '' THEN new.seq END)"
    " ON CONFLICT (story) DO UPDATE SET n = n + 1,"
    "  lo = CASE WHEN lo IS NULL OR excluded.lo < lo THEN coalesce(excluded.lo, lo) ELSE lo END,"
    "  hi = CASE WHEN hi IS NULL OR excluded.hi > hi THEN coalesce(excluded.hi, hi) ELSE hi END,"
    "  first_seq = coalesce(first_seq, excluded.first_seq),"
    "  title_seq = coalesce(title_seq, excluded.title_seq);"
    " INSERT OR IGNORE INTO story_langs VALUES (new.story, new.lang); END;",
    /*
     * 7: FTS5 keeps up to 32 MiB of new postings in memory before it writes
     * them out as a segment (its default is 1 MiB). Articles are indexed in
     * chunks of 1,024-4,096 (store_fts_catch_up), which now go out as one
     * segment per chunk instead of one per MiB: fewer segments to write and
     * merge, 15.6 % fewer instructions for a whole 3,000-article ingest
     * (callgrind; docs/BENCHMARKS.md), which fits in 8 MiB. The memory is
     * taken only as a chunk needs it.
     */
    "INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 33554432);",
    /*
     * 8: articles per language, so that `stats` reads a row per language
     * instead of every article (1.45 s of its 1.85 s at 120 k articles went
     * to that scan). `store_insert_article` counts per transaction and
     * `store_commit` adds the counts in (store_lang_flush): a trigger did
     * the same for 11.5 k instructions per article, 1 % of an ingest.
     */
    "CREATE TABLE lang_stats (lang TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;"
    "INSERT INTO lang_stats SELECT lang, count(*) FROM articles GROUP BY lang;",
    /*
     * 9: the columns a filtered search checks, per seq, in an index of a few
     * dozen bytes a row: checking a match's language, date or story reads
     * this index instead of the article's row with its body (a search
     * whose filter passes few of a common word's matches went from 1.07-
     * 1.25 s to 0.11-0.14 s at 120 k articles; store_search.c).
     */
    "CREATE INDEX articles_filter ON articles(seq, published_at, lang, story);",
    /*
     * 10: story_stats and story_langs (migration 6) are kept from C, one
     * row per story a transaction touched, written at commit
     * (store_stats.c), instead of by this trigger's two statements for every
     * article: 36 k instructions an article, 3.5 % of an ingest.
     */
    "DROP TRIGGER articles_story_stats;",
    /*
     * 11: the event an article joined when it was placed, before that
     * call's merge and split passes moved anything (cluster_last_joined()).
     * `event` is where the article is now; a restart replays the placements
     * from `joined` and redoes the passes, so the rebuilt clustering is the
     * one the uninterrupted stream had. NULL for older rows: they replay
     * from `event`, as before; a pass that moves an older row stores its
     * event before the move as -joined (store_merge.c), which it replays
     * into from then on. `event_passes` lists the articles (by seq)
     * whose placement ran a pass that merged or split something: the
     * replay recomputes those passes and only does the bookkeeping of the
     * others, which changed nothing.
     */
    "ALTER TABLE articles ADD COLUMN joined INTEGER;"
    "CREATE TABLE event_passes (doc INTEGER PRIMARY KEY);",
    /*
     * 12: storylines decided again (cluster/storyline.h): when an event
     * first told with no usable names learns them, its one-event storyline
     * may move into another. `story` is where an article is now; the replay
     * adds the articles before the move to `from_story`, as the live stream
     * did, and applies the move at `doc`.
     */
    "CREATE TABLE story_moves (doc INTEGER PRIMARY KEY, event INTEGER NOT NULL,"
    " from_story INTEGER NOT NULL, into_story INTEGER NOT NULL);",
    /*
     * 13: the exact-copy look-up's keys (store_find_content) move out of
     * the index `articles_content`, whose random keys made each
     * 512-article transaction rewrite most of its pages into the log, into
     * two tables of (content_hash, seq): `content_new`, small, which
     * store_insert_article fills with each row's key in the row's
     * transaction (not a trigger: a statement that writes two tables keeps
     * a statement journal, 11 GB of temporary file writes per 100 k
     * articles, docs/BENCHMARKS.md `perf24`), and `content_keys`, the rest,
     * which takes the small one's keys in key order once it holds
     * STORE_CONTENT_FOLD of them (store_commit), so each of its pages is
     * written once per fold. Both are derived from `articles` and change
     * only inside the transactions that insert rows: a crash loses nothing.
     */
    "CREATE TABLE content_keys (content_hash BLOB NOT NULL, seq INTEGER NOT NULL,"
    " PRIMARY KEY (content_hash, seq)) WITHOUT ROWID;"
    "CREATE TABLE content_new (content_hash BLOB NOT NULL, seq INTEGER NOT NULL,"
    " PRIMARY KEY (content_hash, seq)) WITHOUT ROWID;"
    "INSERT INTO content_keys SELECT content_hash, seq FROM articles ORDER BY content_hash, seq;"
    "DROP INDEX articles_content;",
    /*
     * 14: the log of what the engine's records of names seen took in (the
     * names Arabic and Hangul words are matched against, name pairs,
     * acronyms defined), one row per kind and batch, written in the batch's
     * transaction (store_seen.c): a reopened engine reads it back instead
     * of reading the latest 4,096 articles' texts again, which missed the
     * names of older ones. Empty for older stores: their first reopen
     * still reads the texts, and logs what it found.
     */
    "CREATE TABLE seen_log (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, ops BLOB NOT NULL);",
    /*
     * 15: a middle table of exact-copy keys between `content_new` and
     * `content_keys` (migration 13). A fold of `content_new` rewrites about
     * every page of the table it goes into, so folding straight into
     * `content_keys` cost a number of pages that grows with the store: its
     * log writes per article grew linearly, their total with the square of
     * the stream (1.7 KB an article at 1 M, docs/BENCHMARKS.md `perf32`).
     * Folds now go into `content_mid`, which is moved into `content_keys`
     * once it holds STORE_CONTENT_MID_TIMES folds. Older stores start with
     * it empty. Like the other two, it changes only inside the transactions
     * that insert rows.
     */
    "CREATE TABLE content_mid (content_hash BLOB NOT NULL, seq INTEGER NOT NULL,"
    " PRIMARY KEY (content_hash, seq)) WITHOUT ROWID;",
};

static const char *const stmt_sql[ST__COUNT] = {
    [ST_FIND_ID] = "SELECT record_hash FROM articles WHERE id = ?1",
    [ST_FIND_CONTENT] = "SELECT id, event, seq FROM articles WHERE seq = (SELECT min(seq) FROM"
                        " (SELECT seq FROM content_keys WHERE content_hash = ?1 UNION ALL"
                        " SELECT seq FROM content_mid WHERE content_hash = ?1 UNION ALL"
                        " SELECT seq FROM content_new WHERE content_hash = ?1))",
    [ST_CONTENT_ADD] = "INSERT INTO content_new VALUES (?1, ?2)",
    [ST_CONTENT_COUNT] = "SELECT count(*) FROM content_new",
    [ST_CONTENT_FOLD] = "INSERT INTO content_mid SELECT content_hash, seq FROM content_new"
                        " ORDER BY content_hash, seq",
    [ST_CONTENT_CLEAR] = "DELETE FROM content_new",
    [ST_CONTENT_MID_COUNT] = "SELECT count(*) FROM content_mid",
    [ST_CONTENT_MID_FOLD] = "INSERT INTO content_keys SELECT content_hash, seq FROM content_mid"
                            " ORDER BY content_hash, seq",
    [ST_CONTENT_MID_CLEAR] = "DELETE FROM content_mid",
    [ST_INSERT] = "INSERT INTO articles (id, record_hash, content_hash, title, body, url,"
                  " source, lang, lang_given, date, published_at, date_prec, meta, copy_of,"
                  " story, terms, near_sig, event, names, joined)"
                  " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,"
                  "?20)",
    [ST_FTS_UPTO] = "SELECT upto, (SELECT max(seq) FROM (SELECT seq FROM articles"
                    " WHERE seq > (SELECT upto FROM fts_state) ORDER BY seq LIMIT ?1))"
                    " FROM fts_state",
    [ST_FTS_INDEX] = "INSERT INTO articles_fts(rowid, title, body)"
                     " SELECT seq, title, body FROM articles WHERE seq > ?1 AND seq <= ?2",
    [ST_FTS_DONE] = "UPDATE fts_state SET upto = ?1",
    [ST_FTS_AUTOMERGE] = "INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', ?1)",
    [ST_FTS_CRISISMERGE] =
        "INSERT INTO articles_fts(articles_fts, rank) VALUES ('crisismerge', ?1)",
    [ST_FTS_MERGE] = "INSERT INTO articles_fts(articles_fts, rank) VALUES ('merge', ?1)",
    [ST_BEGIN] = "BEGIN IMMEDIATE",
    [ST_BEGIN_READ] = "BEGIN DEFERRED",
    [ST_DATA_VERSION] = "PRAGMA data_version",
    [ST_COMMIT] = "COMMIT",
    [ST_ROLLBACK] = "ROLLBACK",
    [ST_LAST_SEQ] = "SELECT coalesce(max(seq), 0) FROM articles",
    [ST_LANG_ADD] = "INSERT INTO lang_stats VALUES (?1, ?2)"
                    " ON CONFLICT (lang) DO UPDATE SET n = n + excluded.n",
};

enum td_err store_sqlite_error(struct td_store *st, int rc, const char *what,
                               struct td_error *err)
{
    enum td_err code;

    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: code = TD_ERR_BUSY; break;
    case SQLITE_CONSTRAINT: code = TD_ERR_CONFLICT; break;
    case SQLITE_NOMEM: code = TD_ERR_NOMEM; break;
    default: code = TD_ERR_DB; break;
    }
    return td_error_set(err, code, "%s: %s", what,
                        st && st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc));
}

enum td_err store_prepare(struct td_store *st, sqlite3_stmt **slot, const char *sql,
                          struct td_error *err)
{
    int rc;

    if (*slot != NULL) {
        sqlite3_reset(*slot);
        sqlite3_clear_bindings(*slot);
        return TD_OK;
    }
    rc = sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, slot, NULL);
    if (rc != SQLITE_OK)
        return store_sqlite_error(st, rc, "cannot prepare statement", err);
    return TD_OK;
}

static enum td_err stmt(struct td_store *st, enum store_stmt which, sqlite3_stmt **out,
                        struct td_error *err)
{
    enum td_err rc = store_prepare(st, &st->stmt[which], stmt_sql[which], err);

    if (rc == TD_OK)
        *out = st->stmt[which];
    return rc;
}

static enum td_err exec(struct td_store *st, const char *sql, struct td_error *err)
{
    int rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL);

    return rc == SQLITE_OK ? TD_OK : store_sqlite_error(st, rc, "cannot configure database", err);
}

static enum td_err user_version(struct td_store *st, int *out, struct td_error *err)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL);

    if (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        *out = sqlite3_column_int(s, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(s);
    return rc == SQLITE_OK ? TD_OK : store_sqlite_error(st, rc, "cannot read schema version", err);
}

/*
 * Reads the page size the file has (STORE_PAGE_BYTES if the store is new,
 * 4 KiB for older ones) and has SQLite checkpoint the log at
 * STORE_CKPT_BYTES whatever the page size.
 */
static enum td_err ckpt_point(struct td_store *st, struct td_error *err)
{
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db, "PRAGMA page_size", -1, &s, NULL);
    int page_bytes = 0;

    if (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        page_bytes = sqlite3_column_int(s, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_OK)
        return store_sqlite_error(st, rc, "cannot read the page size", err);
    st->ckpt_pages = page_bytes > 0 && page_bytes < STORE_CKPT_BYTES
                         ? STORE_CKPT_BYTES / page_bytes : 1;
    rc = sqlite3_wal_autocheckpoint(st->db, st->ckpt_pages);
    return rc == SQLITE_OK ? TD_OK : store_sqlite_error(st, rc, "cannot set checkpoints", err);
}

/* Runs every migration step the database has not seen, each in its own transaction. */
static enum td_err migrate(struct td_store *st, struct td_error *err)
{
    const int latest = (int)(sizeof(migrations) / sizeof(migrations[0]));
    int v = 0;
    enum td_err rc = user_version(st, &v, err);
    char pragma[64];

    if (rc != TD_OK)
        return rc;
    if (v > latest)
        return td_error_set(err, TD_ERR_DB, "database schema version %d is newer than this "
                            "program's (%d)", v, latest);
    for (; v < latest; v++) {
        (void)snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d;", v + 1);
        if ((rc = exec(st, "BEGIN IMMEDIATE", err)) != TD_OK)
            return rc;
        if ((rc = exec(st, migrations[v], err)) == TD_OK)
            rc = exec(st, pragma, err);
        if (rc == TD_OK)
            rc = exec(st, "COMMIT", err);
        if (rc != TD_OK) {
            (void)sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
            return rc;
        }
    }
    return TD_OK;
}

/*
 * Gives `st` the token of the file at `path` shared with the other
 * connections to it (a new one for the first); an in-memory database, or a
 * file that cannot be stat'ed, keeps the connection's own token.
 */
static void share_token(struct td_store *st, const char *path)
{
    struct open_file *f;
    struct stat sb;

    if (strcmp(path, ":memory:") == 0 || path[0] == '\0' || stat(path, &sb) != 0)
        return;
    pthread_mutex_lock(&files_lock);
    for (f = open_files; f != NULL; f = f->next)
        if (f->dev == sb.st_dev && f->ino == sb.st_ino)
            break;
    if (f == NULL && (f = td_calloc(1, sizeof(*f))) != NULL) {
        f->dev = sb.st_dev;
        f->ino = sb.st_ino;
        f->token = st->token;
        f->next = open_files;
        open_files = f;
    }
    if (f != NULL) {
        f->refs++;
        st->token = f->token;
        st->file = f;
    }
    pthread_mutex_unlock(&files_lock);
}

/* Ends `st`'s share of its file's token; the last connection forgets the file. */
static void unshare_token(struct td_store *st)
{
    struct open_file **p;

    if (st->file == NULL)
        return;
    pthread_mutex_lock(&files_lock);
    if (--st->file->refs == 0) {
        for (p = &open_files; *p != st->file; p = &(*p)->next)
            ;
        *p = st->file->next;
        td_free(st->file);
    }
    pthread_mutex_unlock(&files_lock);
    st->file = NULL;
}

enum td_err store_open(const char *path, const struct store_fts_tokenizer *fts,
                       struct td_store **out, struct td_error *err)
{
    struct td_store *st;
    enum td_err rc;
    int src;

    if (path == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no database path");
    if (fts == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no search tokenizer");
    st = td_calloc(1, sizeof(*st));
    if (st == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory opening '%s'", path);
    st->index_on_read = true;
    st->content_fold = STORE_CONTENT_FOLD;
    st->fts = fts;
    st->token = atomic_fetch_add(&open_count, 1) + 1;
    (void)pthread_once(&sqlite_setup_once, sqlite_setup);
    /*
     * NOMUTEX: a store is used by one thread at a time (include/tidings/query.h),
     * which is all SQLite's multi-thread mode asks of a connection; its own
     * locks around every call cost ~0.5 % of an ingest (docs/BENCHMARKS.md,
     * `perf30`, thirtieth session).
     */
    src = sqlite3_open_v2(path, &st->db,
                          SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
    if (src != SQLITE_OK) {
        rc = td_error_set(err, TD_ERR_DB, "cannot open database '%s': %s", path,
                          st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(src));
        goto out;
    }
    sqlite3_busy_timeout(st->db, STORE_BUSY_TIMEOUT_MS);
    /* The page size goes first: it takes effect only while the file is still empty. */
    rc = exec(st, "PRAGMA page_size=" STR(STORE_PAGE_BYTES) "; PRAGMA journal_mode=WAL;"
                  " PRAGMA synchronous=NORMAL; PRAGMA secure_delete=OFF;"
                  " PRAGMA cache_size=-65536;", err);
    /* Before `migrate`: migration 2 and the insert trigger tokenize text. */
    if (rc == TD_OK)
        rc = store_fts_register(st, fts, err);
    if (rc == TD_OK)
        rc = migrate(st, err);
    if (rc == TD_OK)
        rc = ckpt_point(st, err);
    if (rc == TD_OK)
        share_token(st, path);
    /* SQLite reads the file lazily, so "not a database" shows up only here: name the path. */
    if (rc != TD_OK && err != NULL) {
        char why[TD_ERROR_MSG_MAX];
        (void)snprintf(why, sizeof(why), "%s", err->msg);
        (void)td_error_set(err, rc, "cannot open database '%s': %s", path, why);
    }
out:
    if (rc != TD_OK) {
        td_store_close(st);
        return rc;
    }
    *out = st;
    return TD_OK;
}

void td_store_track_memory(void)
{
    /* Fails harmlessly once SQLite has started; sqlite_setup() then cannot turn it off. */
    if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 1) == SQLITE_OK)
        (void)sqlite3_initialize();
}

/* One of the connection's figures from sqlite3_db_status(); 0 when SQLite refuses. */
static size_t db_status(struct td_store *st, int op)
{
    int cur = 0, hi = 0;

    if (sqlite3_db_status(st->db, op, &cur, &hi, 0) != SQLITE_OK || cur < 0)
        return 0;
    return (size_t)cur;
}

void td_store_mem(struct td_store *st, td_mem_row_fn fn, void *ctx)
{
    sqlite3_int64 cur = 0, hi = 0;

    fn(ctx, "sqlite: page cache of this connection", 0, db_status(st, SQLITE_DBSTATUS_CACHE_USED));
    fn(ctx, "sqlite: schema and statements of this connection", 0,
       db_status(st, SQLITE_DBSTATUS_SCHEMA_USED) + db_status(st, SQLITE_DBSTATUS_STMT_USED));
    (void)sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &cur, &hi, 0);
    fn(ctx, "sqlite: whole process, now", 0, cur > 0 ? (size_t)cur : 0);
    fn(ctx, "sqlite: whole process, peak", 0, hi > 0 ? (size_t)hi : 0);
}

enum td_err store_set_cache_kib(struct td_store *st, size_t kib, struct td_error *err)
{
    char pragma[64];

    (void)snprintf(pragma, sizeof(pragma), "PRAGMA cache_size=-%zu;", kib);
    return exec(st, pragma, err);
}

void td_store_close(struct td_store *st)
{
    int i;

    if (st == NULL)
        return;
    if (st->in_tx || st->in_read)
        store_rollback(st);
    store_ckpt_stop(st);
    for (i = 0; i < ST__COUNT; i++)
        sqlite3_finalize(st->stmt[i]);
    for (i = 0; i < STORE_Q__COUNT; i++)
        sqlite3_finalize(st->query[i]);
    sqlite3_finalize(st->search);
    sqlite3_finalize(st->search_plain);
    sqlite3_finalize(st->search_story);
    sqlite3_finalize(st->search_story_size);
    sqlite3_finalize(st->search_hit);
    sqlite3_finalize(st->search_marks);
    sqlite3_finalize(st->search_upto);
    sqlite3_finalize(st->swap_put);
    sqlite3_finalize(st->swap_get);
    store_stats_free(st);
    store_marks_free(st->marks);
    td_free(st->marks_for);
    if (st->mark_tok != NULL)
        st->fts->destroy(st->mark_tok);
    unshare_token(st);
    sqlite3_close_v2(st->db);
    td_free(st);
}

enum td_err store_step_done(struct td_store *st, sqlite3_stmt *s, const char *what,
                            struct td_error *err)
{
    int rc = sqlite3_step(s);

    sqlite3_reset(s);
    return rc == SQLITE_DONE ? TD_OK : store_sqlite_error(st, rc, what, err);
}

enum td_err store_read_begin(struct td_store *st, struct td_error *err)
{
    sqlite3_stmt *s;
    enum td_err rc;

    if (st->in_tx || st->in_read)
        return TD_OK;
    if ((rc = stmt(st, ST_BEGIN_READ, &s, err)) != TD_OK)
        return rc;
    if ((rc = store_step_done(st, s, "cannot begin transaction", err)) == TD_OK)
        st->in_read = true;
    return rc;
}

void store_read_end(struct td_store *st)
{
    sqlite3_stmt *s;

    if (!st->in_read)
        return;
    st->in_read = false;
    /* Ending a transaction that wrote nothing cannot lose anything: on failure, roll back. */
    if (stmt(st, ST_COMMIT, &s, NULL) != TD_OK || store_step_done(st, s, "", NULL) != TD_OK)
        (void)sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

enum td_err store_begin(struct td_store *st, struct td_error *err)
{
    sqlite3_stmt *s;
    enum td_err rc;

    if (st->in_tx)
        return TD_OK;
    /* A read snapshot cannot become a write: it may predate another connection's commit. */
    store_read_end(st);
    if ((rc = stmt(st, ST_BEGIN, &s, err)) != TD_OK)
        return rc;
    if ((rc = store_step_done(st, s, "cannot begin transaction", err)) == TD_OK)
        st->in_tx = true;
    return rc;
}

/* Adds `n` articles of `lang` to lang_stats (migration 8). */
static enum td_err lang_add(struct td_store *st, const char *lang, int64_t n, struct td_error *err)
{
    sqlite3_stmt *s;
    enum td_err rc = stmt(st, ST_LANG_ADD, &s, err);

    if (rc != TD_OK)
        return rc;
    sqlite3_bind_text(s, 1, lang, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, n);
    return store_step_done(st, s, "cannot count languages", err);
}

/* Writes the languages counted in this transaction to lang_stats. */
static enum td_err lang_flush(struct td_store *st, struct td_error *err)
{
    enum td_err rc = TD_OK;
    size_t i;

    for (i = 0; rc == TD_OK && i < st->nlangs; i++)
        rc = lang_add(st, st->langs[i].lang, st->langs[i].n, err);
    if (rc == TD_OK)
        st->nlangs = 0;
    return rc;
}

/* Counts one inserted article of `lang`; outside the table of counts it is written at once. */
static enum td_err lang_count(struct td_store *st, const char *lang, struct td_error *err)
{
    size_t i, len = strlen(lang);

    for (i = 0; i < st->nlangs; i++) {
        if (strcmp(st->langs[i].lang, lang) == 0) {
            st->langs[i].n++;
            return TD_OK;
        }
    }
    if (!st->in_tx || st->nlangs == STORE_LANG_SLOTS || len >= sizeof(st->langs[0].lang))
        return lang_add(st, lang, 1, err);
    memcpy(st->langs[st->nlangs].lang, lang, len + 1);
    st->langs[st->nlangs++].n = 1;
    return TD_OK;
}

static enum td_err read_int(struct td_store *st, enum store_stmt which, const char *what,
                            int64_t *out, struct td_error *err);

/* Runs statement `which`, which returns no row; `what` names it in errors. */
static enum td_err run(struct td_store *st, enum store_stmt which, const char *what,
                       struct td_error *err)
{
    sqlite3_stmt *s;
    enum td_err rc = stmt(st, which, &s, err);

    return rc == TD_OK ? store_step_done(st, s, what, err) : rc;
}

/*
 * Inside the open transaction, moves the keys of `content_new` into
 * `content_mid` in key order once there are `st->content_fold` of them, and
 * those of `content_mid` into `content_keys` once it holds
 * STORE_CONTENT_MID_TIMES times that many (migrations 13 and 15); with the
 * transaction's rows, or not at all.
 */
static enum td_err content_fold(struct td_store *st, struct td_error *err)
{
    int64_t n = 0;
    enum td_err rc = read_int(st, ST_CONTENT_COUNT, "cannot count content keys", &n, err);

    if (rc != TD_OK || n < (int64_t)st->content_fold)
        return rc;
    if ((rc = run(st, ST_CONTENT_FOLD, "cannot fold content keys", err)) != TD_OK ||
        (rc = run(st, ST_CONTENT_CLEAR, "cannot fold content keys", err)) != TD_OK ||
        (rc = read_int(st, ST_CONTENT_MID_COUNT, "cannot count content keys", &n, err)) != TD_OK)
        return rc;
    if (n < (int64_t)st->content_fold * STORE_CONTENT_MID_TIMES)
        return TD_OK;
    rc = run(st, ST_CONTENT_MID_FOLD, "cannot fold content keys", err);
    return rc == TD_OK ? run(st, ST_CONTENT_MID_CLEAR, "cannot fold content keys", err) : rc;
}

enum td_err store_commit(struct td_store *st, struct td_error *err)
{
    sqlite3_stmt *s;
    enum td_err rc;

    if (!st->in_tx)
        return TD_OK;
    if ((rc = lang_flush(st, err)) != TD_OK || (rc = store_stats_flush(st, err)) != TD_OK ||
        (st->tx_inserts && (rc = content_fold(st, err)) != TD_OK) ||
        (rc = stmt(st, ST_COMMIT, &s, err)) != TD_OK)
        return rc;
    rc = store_step_done(st, s, "cannot commit", err);
    if (rc == TD_OK) {
        st->in_tx = false;
        st->tx_inserts = false;
    }
    return rc;
}

void store_set_content_fold(struct td_store *st, size_t keys)
{
    st->content_fold = keys > 0 ? keys : 1;
}

enum td_err store_content_unfolded(struct td_store *st, int64_t *out, struct td_error *err)
{
    return read_int(st, ST_CONTENT_COUNT, "cannot count content keys", out, err);
}

enum td_err store_content_middle(struct td_store *st, int64_t *out, struct td_error *err)
{
    return read_int(st, ST_CONTENT_MID_COUNT, "cannot count content keys", out, err);
}

/* Steps statement `which`, which returns one integer, into `*out`; `what` names it in errors. */
static enum td_err read_int(struct td_store *st, enum store_stmt which, const char *what,
                            int64_t *out, struct td_error *err)
{
    sqlite3_stmt *s;
    enum td_err rc;
    int src;

    if ((rc = stmt(st, which, &s, err)) != TD_OK)
        return rc;
    src = sqlite3_step(s);
    if (src == SQLITE_ROW)
        *out = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    return src == SQLITE_ROW ? TD_OK : store_sqlite_error(st, src, what, err);
}

enum td_err store_data_version(struct td_store *st, int64_t *out, struct td_error *err)
{
    return read_int(st, ST_DATA_VERSION, "cannot read the data version", out, err);
}

enum td_err store_last_seq(struct td_store *st, int64_t *out, struct td_error *err)
{
    return read_int(st, ST_LAST_SEQ, "cannot read the last article", out, err);
}

void store_set_index_on_read(struct td_store *st, bool on)
{
    st->index_on_read = on;
}

bool store_index_on_read(const struct td_store *st)
{
    return st->index_on_read;
}

uint64_t store_token(const struct td_store *st)
{
    return st->token;
}

void store_rollback(struct td_store *st)
{
    st->nlangs = 0;
    st->tx_inserts = false;
    store_stats_reset(st);
    if (!st->in_tx && !st->in_read)
        return;
    (void)sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    st->in_tx = false;
    st->in_read = false;
}

bool store_in_transaction(const struct td_store *st)
{
    return st->in_tx;
}

enum td_err store_find_id(struct td_store *st, const char *id, bool *found,
                          uint8_t record_hash[STORE_HASH_BYTES], struct td_error *err)
{
    sqlite3_stmt *s;
    enum td_err rc = stmt(st, ST_FIND_ID, &s, err);
    int src;

    if (rc != TD_OK)
        return rc;
    sqlite3_bind_text(s, 1, id, -1, SQLITE_TRANSIENT);
    src = sqlite3_step(s);
    if (src == SQLITE_ROW) {
        const void *h = sqlite3_column_blob(s, 0);
        if (record_hash != NULL && h != NULL && sqlite3_column_bytes(s, 0) == STORE_HASH_BYTES)
            memcpy(record_hash, h, STORE_HASH_BYTES);
        *found = true;
    } else if (src == SQLITE_DONE) {
        *found = false;
    } else {
        rc = store_sqlite_error(st, src, "cannot look up id", err);
    }
    sqlite3_reset(s);
    return rc;
}

enum td_err store_find_content(struct td_store *st, const uint8_t content_hash[STORE_HASH_BYTES],
                               char **id_out, int64_t *event_out, int64_t *seq_out,
                               struct td_error *err)
{
    sqlite3_stmt *s;
    enum td_err rc = stmt(st, ST_FIND_CONTENT, &s, err);
    int src;
    char *id = NULL;

    if (rc != TD_OK)
        return rc;
    sqlite3_bind_blob(s, 1, content_hash, STORE_HASH_BYTES, SQLITE_TRANSIENT);
    src = sqlite3_step(s);
    if (src == SQLITE_ROW) {
        id = td_strdup((const char *)sqlite3_column_text(s, 0));
        if (id == NULL)
            rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
        else {
            *event_out = sqlite3_column_int64(s, 1);
            if (seq_out != NULL)
                *seq_out = sqlite3_column_int64(s, 2);
        }
    } else if (src != SQLITE_DONE) {
        rc = store_sqlite_error(st, src, "cannot look up content", err);
    }
    sqlite3_reset(s);
    if (rc == TD_OK)
        *id_out = id;
    return rc;
}

/* Binds `v` or NULL; `v` must stay valid until the bindings are cleared. */
static void bind_opt_text(sqlite3_stmt *s, int i, const char *v)
{
    if (v == NULL)
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
}

/* Adds the key of the row just inserted as `seq` to `content_new` (migration 13). */
static enum td_err content_add(struct td_store *st, const uint8_t *content_hash, int64_t seq,
                               struct td_error *err)
{
    sqlite3_stmt *s;
    enum td_err rc = stmt(st, ST_CONTENT_ADD, &s, err);

    if (rc != TD_OK)
        return rc;
    sqlite3_bind_blob(s, 1, content_hash, STORE_HASH_BYTES, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, seq);
    rc = store_step_done(st, s, "cannot insert article", err);
    sqlite3_clear_bindings(s);
    return rc;
}

static enum td_err insert_row(struct td_store *st, const struct store_article_row *row,
                              struct td_error *err);

/*
 * Outside a transaction the row and its content key are written in one of
 * their own, so that no committed row lacks its key.
 */
enum td_err store_insert_article(struct td_store *st, const struct store_article_row *row,
                                 struct td_error *err)
{
    enum td_err rc;

    if (st->in_tx)
        return insert_row(st, row, err);
    if ((rc = store_begin(st, err)) != TD_OK)
        return rc;
    if ((rc = insert_row(st, row, err)) == TD_OK)
        rc = store_commit(st, err);
    if (rc != TD_OK)
        store_rollback(st);
    return rc;
}

/* Inserts the row, its content key and its counts inside the open transaction. */
static enum td_err insert_row(struct td_store *st, const struct store_article_row *row,
                              struct td_error *err)
{
    int64_t seq;
    const struct td_article *a = row->art;
    sqlite3_stmt *s;
    enum td_err rc = stmt(st, ST_INSERT, &s, err);

    if (rc != TD_OK)
        return rc;
    /*
     * `row` outlives the step, so SQLite may read the values where they are
     * (SQLITE_STATIC) instead of copying each into memory of its own first,
     * ~5 KB an article; the bindings are cleared before returning, so the
     * statement keeps no pointer into `row`.
     */
    bind_opt_text(s, 1, a->id);
    sqlite3_bind_blob(s, 2, row->record_hash, STORE_HASH_BYTES, SQLITE_STATIC);
    sqlite3_bind_blob(s, 3, row->content_hash, STORE_HASH_BYTES, SQLITE_STATIC);
    bind_opt_text(s, 4, a->title);
    bind_opt_text(s, 5, a->text);
    bind_opt_text(s, 6, a->url);
    bind_opt_text(s, 7, a->source);
    bind_opt_text(s, 8, row->lang);
    sqlite3_bind_int(s, 9, row->lang_given);
    bind_opt_text(s, 10, a->date);
    if (a->date != NULL)
        sqlite3_bind_int64(s, 11, a->published_at);
    sqlite3_bind_int(s, 12, (int)a->date_prec);
    bind_opt_text(s, 13, a->meta_json);
    bind_opt_text(s, 14, row->copy_of);
    sqlite3_bind_int64(s, 15, row->story);
    sqlite3_bind_blob(s, 16, row->terms, (int)row->terms_len, SQLITE_STATIC);
    if (row->near_sig != NULL)
        sqlite3_bind_blob(s, 17, row->near_sig, (int)row->near_sig_len, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, 17);
    sqlite3_bind_int64(s, 18, row->event);
    if (row->names != NULL)
        sqlite3_bind_blob(s, 19, row->names, (int)row->names_len, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, 19);
    if (row->joined > 0)
        sqlite3_bind_int64(s, 20, row->joined);
    else
        sqlite3_bind_null(s, 20);
    rc = store_step_done(st, s, "cannot insert article", err);
    sqlite3_clear_bindings(s);
    seq = sqlite3_last_insert_rowid(st->db);
    if (rc == TD_OK && (rc = content_add(st, row->content_hash, seq, err)) == TD_OK)
        st->tx_inserts = true;
    if (rc == TD_OK)
        rc = store_stats_count(st, row, seq, err);
    return rc == TD_OK ? lang_count(st, row->lang, err) : rc;
}

enum td_err store_replay(struct td_store *st, store_replay_fn fn, void *ctx, struct td_error *err)
{
    sqlite3_stmt *s = NULL;
    enum td_err rc = TD_OK;
    int src = sqlite3_prepare_v2(st->db,
                                 "SELECT story, published_at, terms, id,"
                                 " CASE WHEN near_sig IS NULL THEN body END, near_sig,"
                                 " event, names, lang, coalesce(joined, 0),"
                                 " copy_of IS NOT NULL, content_hash FROM articles ORDER BY seq",
                                 -1, &s, NULL);

    if (src != SQLITE_OK)
        return store_sqlite_error(st, src, "cannot read articles", err);
    while (rc == TD_OK && (src = sqlite3_step(s)) == SQLITE_ROW) {
        struct store_replay_row r;
        r.story = sqlite3_column_int64(s, 0);
        r.has_date = sqlite3_column_type(s, 1) != SQLITE_NULL;
        r.published_at = sqlite3_column_int64(s, 1);
        r.terms = sqlite3_column_blob(s, 2);
        r.terms_len = (size_t)sqlite3_column_bytes(s, 2);
        r.id = (const char *)sqlite3_column_text(s, 3);
        r.body = (const char *)sqlite3_column_text(s, 4);
        r.near_sig = sqlite3_column_blob(s, 5);
        r.near_sig_len = (size_t)sqlite3_column_bytes(s, 5);
        r.event = sqlite3_column_int64(s, 6);
        r.names = sqlite3_column_blob(s, 7);
        r.names_len = (size_t)sqlite3_column_bytes(s, 7);
        r.lang = (const char *)sqlite3_column_text(s, 8);
        r.joined = sqlite3_column_int64(s, 9);
        r.is_copy = sqlite3_column_int(s, 10) != 0;
        r.content_hash = sqlite3_column_blob(s, 11);
        if (sqlite3_column_bytes(s, 11) != STORE_HASH_BYTES)
            r.content_hash = NULL;
        rc = fn(ctx, &r);
    }
    if (rc == TD_OK && src != SQLITE_DONE)
        rc = store_sqlite_error(st, src, "cannot read articles", err);
    sqlite3_finalize(s);
    return rc;
}

/* Reads the last indexed seq and the seq that ends the next chunk (0: none). */
static enum td_err fts_range(struct td_store *st, size_t max_rows, int64_t *from, int64_t *to,
                             struct td_error *err)
{
    sqlite3_stmt *s;
    enum td_err rc = stmt(st, ST_FTS_UPTO, &s, err);
    int src;

    if (rc != TD_OK)
        return rc;
    sqlite3_bind_int64(s, 1, (sqlite3_int64)max_rows);
    src = sqlite3_step(s);
    if (src == SQLITE_ROW) {
        *from = sqlite3_column_int64(s, 0);
        *to = sqlite3_column_type(s, 1) == SQLITE_NULL ? 0 : sqlite3_column_int64(s, 1);
    } else {
        rc = store_sqlite_error(st, src, "cannot read the search index state", err);
    }
    sqlite3_reset(s);
    return rc;
}

/* Indexes rows (from, to] and records `to` as indexed, inside the open transaction. */
static enum td_err fts_index_range(struct td_store *st, int64_t from, int64_t to,
                                   struct td_error *err)
{
    sqlite3_stmt *s;
    enum td_err rc = stmt(st, ST_FTS_INDEX, &s, err);

    if (rc != TD_OK)
        return rc;
    sqlite3_bind_int64(s, 1, from);
    sqlite3_bind_int64(s, 2, to);
    rc = store_step_done(st, s, "cannot update the search index", err);
    if (rc != TD_OK || (rc = stmt(st, ST_FTS_DONE, &s, err)) != TD_OK)
        return rc;
    sqlite3_bind_int64(s, 1, to);
    return store_step_done(st, s, "cannot update the search index", err);
}

/*
 * Sets FTS5's `automerge` and `crisismerge` for the open transaction (the
 * settings are rows of `articles_fts_config`, so they commit with it).
 */
static enum td_err fts_merge_settings(struct td_store *st, int automerge, int crisismerge,
                                      struct td_error *err)
{
    sqlite3_stmt *s;
    enum td_err rc = stmt(st, ST_FTS_AUTOMERGE, &s, err);

    if (rc != TD_OK)
        return rc;
    sqlite3_bind_int(s, 1, automerge);
    if ((rc = store_step_done(st, s, "cannot set the search index merging", err)) != TD_OK)
        return rc;
    if ((rc = stmt(st, ST_FTS_CRISISMERGE, &s, err)) != TD_OK)
        return rc;
    sqlite3_bind_int(s, 1, crisismerge);
    return store_step_done(st, s, "cannot set the search index merging", err);
}

/*
 * Indexes the next chunk inside the open transaction. Unmerged, FTS5 merges
 * nothing when it writes the chunk's segment out (at the end of the INSERT
 * statement): both merge settings are off while it runs and set back to
 * FTS5's defaults before the transaction commits, so that no committed state
 * ever has merging off.
 */
static enum td_err catch_up_in_tx(struct td_store *st, size_t max_rows, bool unmerged,
                                  int64_t *from, int64_t *to, struct td_error *err)
{
    enum td_err rc = fts_range(st, max_rows ? max_rows : 1, from, to, err);

    if (rc != TD_OK || *to <= *from)
        return rc;
    if (unmerged && (rc = fts_merge_settings(st, 0, STORE_FTS_CRISISMERGE_OFF, err)) != TD_OK)
        return rc;
    rc = fts_index_range(st, *from, *to, err);
    if (unmerged && rc == TD_OK)
        rc = fts_merge_settings(st, STORE_FTS_AUTOMERGE, STORE_FTS_CRISISMERGE, err);
    return rc;
}

static enum td_err catch_up(struct td_store *st, size_t max_rows, bool unmerged, size_t *indexed,
                            struct td_error *err)
{
    int64_t from = 0, to = 0;
    bool own_tx = !st->in_tx;
    enum td_err rc;

    *indexed = 0;
    if (own_tx && (rc = store_begin(st, err)) != TD_OK)
        return rc;
    rc = catch_up_in_tx(st, max_rows, unmerged, &from, &to, err);
    if (own_tx && rc == TD_OK)
        rc = store_commit(st, err);
    if (own_tx && rc != TD_OK)
        store_rollback(st);
    if (rc == TD_OK && to > from)
        *indexed = (size_t)(to - from);
    return rc;
}

enum td_err store_fts_catch_up(struct td_store *st, size_t max_rows, size_t *indexed,
                               struct td_error *err)
{
    return catch_up(st, max_rows, false, indexed, err);
}

enum td_err store_fts_catch_up_unmerged(struct td_store *st, size_t max_rows, size_t *indexed,
                                        struct td_error *err)
{
    return catch_up(st, max_rows, true, indexed, err);
}

enum td_err store_fts_merge(struct td_store *st, int pages, bool *more, struct td_error *err)
{
    sqlite3_stmt *s;
    sqlite3_int64 before;
    bool own_tx = !st->in_tx, wrote = false;
    enum td_err rc;

    if (pages <= 0)
        return td_error_set(err, TD_ERR_INVALID, "bad number of pages to merge");
    if (own_tx && (rc = store_begin(st, err)) != TD_OK)
        return rc;
    before = sqlite3_total_changes64(st->db);
    rc = stmt(st, ST_FTS_MERGE, &s, err);
    if (rc == TD_OK) {
        sqlite3_bind_int(s, 1, pages);
        rc = store_step_done(st, s, "cannot merge the search index", err);
    }
    /* FTS5's documented test: a merge that did some work changed at least two rows. */
    wrote = rc == TD_OK && sqlite3_total_changes64(st->db) - before >= 2;
    if (own_tx && rc == TD_OK)
        rc = store_commit(st, err);
    if (own_tx && rc != TD_OK)
        store_rollback(st);
    if (rc == TD_OK)
        *more = wrote;
    return rc;
}
