/*
 * store_seen.c - the log of the engine's records of names seen (migration
 * 14): rows of opaque bytes by kind, appended in the batch's transaction and
 * read back in order when an engine opens. A row that starts its kind over
 * deletes the kind's older rows, so the log holds no more than the records
 * do. Rare (one row per kind and batch): statements are prepared per call.
 */
#include <sqlite3.h>

#include "store/store.h"
#include "store/store_int.h"

enum td_err store_seen_append(struct td_store *st, int kind, const void *ops, size_t len,
                              bool is_base, struct td_error *err)
{
    sqlite3_stmt *s = NULL;
    sqlite3_int64 id;
    int src;

    if (len > (size_t)INT32_MAX)
        return td_error_set(err, TD_ERR_TOO_LARGE, "names log row of %zu bytes", len);
    src = sqlite3_prepare_v2(st->db, "INSERT INTO seen_log (kind, ops) VALUES (?1, ?2)", -1, &s,
                             NULL);
    if (src == SQLITE_OK) {
        sqlite3_bind_int(s, 1, kind);
        /* A zero-length blob is still a blob, not NULL (the column is NOT NULL). */
        sqlite3_bind_blob(s, 2, len > 0 ? ops : "", (int)len, SQLITE_STATIC);
        src = sqlite3_step(s);
    }
    sqlite3_finalize(s);
    if (src != SQLITE_DONE)
        return store_sqlite_error(st, src, "cannot append to the names log", err);
    if (!is_base)
        return TD_OK;
    id = sqlite3_last_insert_rowid(st->db);
    s = NULL;
    src = sqlite3_prepare_v2(st->db, "DELETE FROM seen_log WHERE kind = ?1 AND id < ?2", -1, &s,
                             NULL);
    if (src == SQLITE_OK) {
        sqlite3_bind_int(s, 1, kind);
        sqlite3_bind_int64(s, 2, id);
        src = sqlite3_step(s);
    }
    sqlite3_finalize(s);
    return src == SQLITE_DONE ? TD_OK
                              : store_sqlite_error(st, src, "cannot trim the names log", err);
}

enum td_err store_seen_read(struct td_store *st, store_seen_fn fn, void *ctx, size_t *rows,
                            struct td_error *err)
{
    sqlite3_stmt *s = NULL;
    int src =
        sqlite3_prepare_v2(st->db, "SELECT kind, ops FROM seen_log ORDER BY id", -1, &s, NULL);
    enum td_err rc = TD_OK;

    *rows = 0;
    while (src == SQLITE_OK || src == SQLITE_ROW) {
        const void *ops;
        size_t len;

        if ((src = sqlite3_step(s)) != SQLITE_ROW)
            break;
        ops = sqlite3_column_blob(s, 1);
        len = (size_t)sqlite3_column_bytes(s, 1);
        ++*rows;
        if ((rc = fn(ctx, sqlite3_column_int(s, 0), ops, len)) != TD_OK)
            break;
    }
    if (rc == TD_OK && src != SQLITE_DONE)
        rc = store_sqlite_error(st, src, "cannot read the names log", err);
    sqlite3_finalize(s);
    return rc;
}
