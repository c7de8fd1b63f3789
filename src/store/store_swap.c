/*
 * store_swap.c - the connection's swap: blobs by key in a temporary table
 * that only this connection sees and that ends with it. The event level
 * keeps the records of retired events there (cluster.h `page_out`), so
 * what they cost in memory is the temporary database's small page cache.
 */
#include <string.h>

#include "store/store_int.h"

/*
 * Creates the table on first use: a command that never retires a block
 * (every read-only one) never makes it. A temporary table needs no write
 * lock on the store, so it can be written inside a read transaction.
 */
static enum td_err swap_open(struct td_store *st, struct td_error *err)
{
    int rc;

    if (st->has_swap)
        return TD_OK;
    rc = sqlite3_exec(
        st->db, "CREATE TEMP TABLE IF NOT EXISTS swap (k INTEGER PRIMARY KEY, v BLOB NOT NULL)",
        NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        return store_sqlite_error(st, rc, "cannot create the swap table", err);
    st->has_swap = true;
    return TD_OK;
}

enum td_err store_swap_put(struct td_store *st, int64_t key, const void *data, size_t len,
                           struct td_error *err)
{
    enum td_err rc;

    if (len > (size_t)INT32_MAX)
        return td_error_set(err, TD_ERR_TOO_LARGE, "swap block of %zu bytes", len);
    if ((rc = swap_open(st, err)) != TD_OK ||
        (rc = store_prepare(st, &st->swap_put, "INSERT OR REPLACE INTO temp.swap VALUES (?1, ?2)",
                            err)) != TD_OK)
        return rc;
    sqlite3_bind_int64(st->swap_put, 1, key);
    /* The caller's buffer outlives the step. */
    sqlite3_bind_blob(st->swap_put, 2, data, (int)len, SQLITE_STATIC);
    rc = store_step_done(st, st->swap_put, "cannot write to the swap table", err);
    sqlite3_clear_bindings(st->swap_put);
    return rc;
}

enum td_err store_swap_get(struct td_store *st, int64_t key, void *data, size_t len,
                           struct td_error *err)
{
    enum td_err rc;
    int src;

    if ((rc = swap_open(st, err)) != TD_OK ||
        (rc = store_prepare(st, &st->swap_get, "SELECT v FROM temp.swap WHERE k = ?1", err)) !=
            TD_OK)
        return rc;
    sqlite3_bind_int64(st->swap_get, 1, key);
    src = sqlite3_step(st->swap_get);
    if (src == SQLITE_ROW && (size_t)sqlite3_column_bytes(st->swap_get, 0) == len)
        memcpy(data, sqlite3_column_blob(st->swap_get, 0), len);
    else if (src == SQLITE_ROW)
        rc = td_error_set(err, TD_ERR_INTERNAL, "swap block %lld has %d bytes, not %zu",
                          (long long)key, sqlite3_column_bytes(st->swap_get, 0), len);
    else if (src == SQLITE_DONE)
        rc = td_error_set(err, TD_ERR_NOTFOUND, "no swap block %lld", (long long)key);
    else
        rc = store_sqlite_error(st, src, "cannot read the swap table", err);
    sqlite3_reset(st->swap_get);
    return rc;
}
