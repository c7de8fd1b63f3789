/*
 * store_merge.c - the writes the event level's merge and split passes need:
 * moving the stored articles of one event to another (store_merge_event())
 * and one article to another event (store_move_article()), and the log of
 * the passes that changed something (store_log_pass(), store_read_passes()),
 * and the storyline level's moves (store_move_story(), store_log_story_move(),
 * store_read_story_moves()).
 * All are rare (a few per thousand articles), so the statements are
 * prepared per call rather than cached with the hot-path statements of
 * store.c.
 */
#include <sqlite3.h>

#include "core/alloc.h"

#include "store/store.h"
#include "store/store_int.h"

/*
 * Runs one write statement `sql` with the `n` integers `v` bound to ?1..?n;
 * `what` names the write in the error.
 */
static enum td_err exec_ints(struct td_store *st, const char *sql, const int64_t *v, int n,
                             const char *what, struct td_error *err)
{
    sqlite3_stmt *s = NULL;
    int src = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
    enum td_err rc = TD_OK;
    int i;

    if (src == SQLITE_OK) {
        for (i = 0; i < n; i++)
            sqlite3_bind_int64(s, i + 1, v[i]);
        src = sqlite3_step(s);
    }
    if (src != SQLITE_DONE)
        rc = store_sqlite_error(st, src, what, err);
    sqlite3_finalize(s);
    return rc;
}

enum td_err store_merge_event(struct td_store *st, int64_t from, int64_t into,
                              struct td_error *err)
{
    const int64_t v[] = {from, into};

    /* An older row (joined NULL) keeps the event it replays into: see store_replay(). */
    return exec_ints(st,
                     "UPDATE articles SET joined = coalesce(joined, -event), event = ?2"
                     " WHERE event = ?1",
                     v, 2, "cannot merge events", err);
}

enum td_err store_move_article(struct td_store *st, int64_t seq, int64_t from, int64_t into,
                               struct td_error *err)
{
    const int64_t v[] = {seq, from, into};

    return exec_ints(st,
                     "UPDATE articles SET joined = coalesce(joined, -event), event = ?3"
                     " WHERE seq = ?1 AND event = ?2",
                     v, 3, "cannot move an article to another event", err);
}

/*
 * The story article `seq` leaves for `story` in `*from` (0: none, it
 * stays): see store_move_article_story(). The earlier row that joined the
 * same event is looked for from `seq` back, by seq (`joined` has no
 * index, which every insert would pay for): a moved article mostly joined
 * an event that others had joined shortly before it, so the scan stops
 * after a few rows, where one from the first row read the whole store up
 * to that event's start.
 */
static enum td_err story_left(struct td_store *st, int64_t seq, int64_t story, int64_t *from,
                              struct td_error *err)
{
    sqlite3_stmt *s = NULL;
    int src = sqlite3_prepare_v2(st->db,
                                 "SELECT story FROM articles r WHERE seq = ?1 AND story <> ?2"
                                 " AND joined > 0 AND (SELECT a.seq FROM articles a"
                                 " WHERE a.seq < r.seq AND a.joined = r.joined"
                                 " ORDER BY a.seq DESC LIMIT 1) IS NOT NULL",
                                 -1, &s, NULL);
    enum td_err rc = TD_OK;

    *from = 0;
    if (src == SQLITE_OK) {
        sqlite3_bind_int64(s, 1, seq);
        sqlite3_bind_int64(s, 2, story);
        src = sqlite3_step(s);
        if (src == SQLITE_ROW) {
            *from = sqlite3_column_int64(s, 0);
            src = SQLITE_DONE;
        }
    }
    if (src != SQLITE_DONE)
        rc = store_sqlite_error(st, src, "cannot move an article to another story", err);
    sqlite3_finalize(s);
    return rc;
}

enum td_err store_move_article_story(struct td_store *st, int64_t seq, int64_t story,
                                     struct td_error *err)
{
    static const char *const sql[] = {
        "UPDATE articles SET story = ?3 WHERE seq = ?1",
        "DELETE FROM story_stats WHERE story IN (?2, ?3)",
        "INSERT INTO story_stats SELECT story, count(*), min(published_at), max(published_at),"
        " min(CASE WHEN copy_of IS NULL THEN seq END),"
        " min(CASE WHEN copy_of IS NULL AND coalesce(title, '') <> '' THEN seq END)"
        " FROM articles WHERE story IN (?2, ?3) GROUP BY story",
        "DELETE FROM story_langs WHERE story IN (?2, ?3)",
        "INSERT INTO story_langs SELECT DISTINCT story, lang FROM articles WHERE story IN (?2, ?3)",
    };
    int64_t v[] = {seq, 0, story};
    enum td_err rc = story_left(st, seq, story, &v[1], err);
    size_t i;

    if (rc != TD_OK || v[1] == 0)
        return rc;
    /* The open transaction's counts go in first: both rows are counted again from the articles. */
    rc = store_stats_flush(st, err);
    for (i = 0; rc == TD_OK && i < sizeof(sql) / sizeof(sql[0]); i++)
        rc = exec_ints(st, sql[i], v, 3, "cannot move an article to another story", err);
    return rc;
}

enum td_err store_log_pass(struct td_store *st, int64_t doc, struct td_error *err)
{
    return exec_ints(st, "INSERT OR IGNORE INTO event_passes VALUES (?1)", &doc, 1,
                     "cannot log an event pass", err);
}

/*
 * Reads every row of `sql` into a new array (`*out`, `*n_out` elements of
 * `size` bytes, the caller frees it), each element filled from its row by
 * `fill`; `what` names the read in the error. Nothing is returned on error.
 */
static enum td_err read_rows(struct td_store *st, const char *sql, size_t size,
                             void (*fill)(sqlite3_stmt *s, void *row), void **out, size_t *n_out,
                             const char *what, struct td_error *err)
{
    sqlite3_stmt *s = NULL;
    unsigned char *rows = NULL;
    size_t n = 0, cap = 0;
    int src = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
    enum td_err rc = TD_OK;

    while (src == SQLITE_OK || src == SQLITE_ROW) {
        src = sqlite3_step(s);
        if (src != SQLITE_ROW)
            break;
        if (td_grow((void **)&rows, &cap, n + 1, size) != TD_OK) {
            rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
            break;
        }
        fill(s, rows + n++ * size);
    }
    if (rc == TD_OK && src != SQLITE_DONE)
        rc = store_sqlite_error(st, src, what, err);
    sqlite3_finalize(s);
    if (rc != TD_OK) {
        td_free(rows);
        return rc;
    }
    *out = rows;
    *n_out = n;
    return TD_OK;
}

static void fill_pass(sqlite3_stmt *s, void *row)
{
    *(int64_t *)row = sqlite3_column_int64(s, 0);
}

enum td_err store_read_passes(struct td_store *st, int64_t **docs_out, size_t *n_out,
                              struct td_error *err)
{
    return read_rows(st, "SELECT doc FROM event_passes ORDER BY doc", sizeof(**docs_out),
                     fill_pass, (void **)docs_out, n_out, "cannot read the event passes", err);
}

enum td_err store_move_story(struct td_store *st, int64_t from, int64_t into, struct td_error *err)
{
    static const char *const sql[] = {
        "UPDATE articles SET story = ?2 WHERE story = ?1",
        "INSERT INTO story_stats SELECT ?2, n, lo, hi, first_seq, title_seq FROM story_stats"
        " WHERE story = ?1 ON CONFLICT (story) DO UPDATE SET n = n + excluded.n,"
        " lo = CASE WHEN lo IS NULL OR excluded.lo < lo THEN coalesce(excluded.lo, lo) ELSE lo END,"
        " hi = CASE WHEN hi IS NULL OR excluded.hi > hi THEN coalesce(excluded.hi, hi) ELSE hi END,"
        " first_seq = min(coalesce(first_seq, excluded.first_seq),"
        " coalesce(excluded.first_seq, first_seq)),"
        " title_seq = min(coalesce(title_seq, excluded.title_seq),"
        " coalesce(excluded.title_seq, title_seq))",
        "INSERT OR IGNORE INTO story_langs SELECT ?2, lang FROM story_langs WHERE story = ?1",
        "DELETE FROM story_langs WHERE story = ?1",
        "DELETE FROM story_stats WHERE story = ?1",
    };
    const int64_t v[] = {from, into};
    /* The open transaction's counts go in first, so that none is left for `from`. */
    enum td_err rc = store_stats_flush(st, err);
    size_t i;

    for (i = 0; rc == TD_OK && i < sizeof(sql) / sizeof(sql[0]); i++)
        rc = exec_ints(st, sql[i], v, 2, "cannot move a story", err);
    return rc;
}

enum td_err store_log_story_move(struct td_store *st, const struct store_story_move *mv,
                                 struct td_error *err)
{
    const int64_t v[] = {mv->doc, mv->event, mv->from, mv->into};

    return exec_ints(st, "INSERT INTO story_moves VALUES (?1, ?2, ?3, ?4)", v, 4,
                     "cannot log a story move", err);
}

static void fill_move(sqlite3_stmt *s, void *row)
{
    struct store_story_move *mv = row;

    mv->doc = sqlite3_column_int64(s, 0);
    mv->event = sqlite3_column_int64(s, 1);
    mv->from = sqlite3_column_int64(s, 2);
    mv->into = sqlite3_column_int64(s, 3);
}

enum td_err store_read_story_moves(struct td_store *st, struct store_story_move **out,
                                   size_t *n_out, struct td_error *err)
{
    return read_rows(st, "SELECT doc, event, from_story, into_story FROM story_moves ORDER BY doc",
                     sizeof(**out), fill_move, (void **)out, n_out, "cannot read the story moves",
                     err);
}
