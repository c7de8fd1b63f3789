/*
 * store_int.h - shared only inside store/: the store object, the error
 * mapping of SQLite result codes and the search tokenizer's registration.
 */
#ifndef TD_STORE_STORE_INT_H
#define TD_STORE_STORE_INT_H

#include <sqlite3.h>

#include "store/store.h"

/* Prepared statements of the write path, indexes into `td_store.stmt`. */
enum store_stmt {
    ST_FIND_ID,
    ST_FIND_CONTENT,
    ST_INSERT,
    ST_FTS_UPTO,
    ST_FTS_INDEX,
    ST_FTS_DONE,
    ST_BEGIN,
    ST_BEGIN_READ,
    ST_COMMIT,
    ST_ROLLBACK,
    ST_DATA_VERSION,
    ST__COUNT
};

struct store_ckpt;

struct td_store {
    sqlite3 *db;
    sqlite3_stmt *stmt[ST__COUNT];        /* prepared lazily, finalized at close */
    sqlite3_stmt *query[STORE_Q__COUNT];  /* read queries, prepared lazily */
    sqlite3_stmt *search;                 /* store_search.c, prepared lazily */
    sqlite3_stmt *search_plain;           /* likewise, when no filter is set */
    sqlite3_stmt *search_hit;             /* likewise: the columns of one hit */
    sqlite3_stmt *search_marks;           /* likewise: snippet and title of one hit */
    sqlite3_stmt *search_upto;            /* likewise: the last indexed seq */
    bool index_on_read;                   /* reads index committed articles first */
    uint64_t token;                       /* unique to this connection in the process */
    bool in_tx;                           /* a write transaction is open */
    bool in_read;                         /* a read transaction of store_read_begin is open */
    struct store_ckpt *ckpt;              /* store_ckpt.c: background checkpoints, or NULL */
};

/*
 * Steps `s` until it ends or `fn` fails, handing each row to `fn` (at most
 * 16 columns, as text and as integers); `*last` gets the last sqlite3_step()
 * code (SQLITE_DONE when every row was read). Returns what `fn` returned.
 */
enum td_err store_step_rows(sqlite3_stmt *s, store_row_fn fn, void *ctx, int *last);

/* Maps an SQLite result code to a td_err with sqlite3_errmsg() as message. */
enum td_err store_sqlite_error(struct td_store *st, int rc, const char *what,
                               struct td_error *err);

/* Returns the prepared statement `sql` cached in `*slot`, preparing it once. */
TD_NODISCARD enum td_err store_prepare(struct td_store *st, sqlite3_stmt **slot, const char *sql,
                                       struct td_error *err);

/*
 * Registers the FTS5 tokenizer STORE_FTS_TOKENIZER on the connection, backed
 * by `fts` (retained for the life of the connection). Errors: TD_ERR_DB.
 */
TD_NODISCARD enum td_err store_fts_register(struct td_store *st,
                                            const struct store_fts_tokenizer *fts,
                                            struct td_error *err);

/*
 * Stops the checkpointer of `st` started by td_store_checkpoint_in_background,
 * if any, and gives the connection back SQLite's automatic checkpoint.
 */
void store_ckpt_stop(struct td_store *st);

#endif
