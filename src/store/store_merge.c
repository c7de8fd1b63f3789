/*
 * store_merge.c - the writes the event level's merge and split passes need:
 * moving the stored articles of one event to another (store_merge_event())
 * and one article to another event (store_move_article()). Both are rare
 * (a few per thousand articles), so the statements are prepared per call
 * rather than cached with the hot-path statements of store.c.
 */
#include <sqlite3.h>

#include "store/store.h"
#include "store/store_int.h"

enum td_err store_merge_event(struct td_store *st, int64_t from, int64_t into,
                              struct td_error *err)
{
    static const char sql[] = "UPDATE articles SET event = ?2 WHERE event = ?1";
    sqlite3_stmt *s = NULL;
    int src = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
    enum td_err rc = TD_OK;

    if (src == SQLITE_OK) {
        sqlite3_bind_int64(s, 1, from);
        sqlite3_bind_int64(s, 2, into);
        src = sqlite3_step(s);
    }
    if (src != SQLITE_DONE)
        rc = store_sqlite_error(st, src, "cannot merge events", err);
    sqlite3_finalize(s);
    return rc;
}

enum td_err store_move_article(struct td_store *st, int64_t seq, int64_t from, int64_t into,
                               struct td_error *err)
{
    static const char sql[] = "UPDATE articles SET event = ?3 WHERE seq = ?1 AND event = ?2";
    sqlite3_stmt *s = NULL;
    int src = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
    enum td_err rc = TD_OK;

    if (src == SQLITE_OK) {
        sqlite3_bind_int64(s, 1, seq);
        sqlite3_bind_int64(s, 2, from);
        sqlite3_bind_int64(s, 3, into);
        src = sqlite3_step(s);
    }
    if (src != SQLITE_DONE)
        rc = store_sqlite_error(st, src, "cannot move an article to another event", err);
    sqlite3_finalize(s);
    return rc;
}
