/*
 * store.h - the persistent store of Tidings (SQLite, WAL mode).
 *
 * `td_store_open()` opens or creates a database and brings its schema up to
 * date; `td_store_close()` closes it. The store is the truth: an article is
 * acknowledged only once the transaction that inserted it has committed.
 * Path ":memory:" gives a throwaway in-memory store.
 *
 * Thread-safety: one `struct td_store` per thread (like an SQLite
 * connection); several processes may open the same file.
 */
#ifndef TIDINGS_STORE_H
#define TIDINGS_STORE_H

#include <stdbool.h>
#include <stdint.h>

#include "tidings/error.h"
#include "tidings/mem.h"

struct td_store;

/*
 * Opens (creating if needed) the database at `path` and migrates its schema.
 * On success `*out` is a store the caller closes with `td_store_close()`.
 * Errors: TD_ERR_INVALID (NULL path), TD_ERR_DB (cannot open, not a Tidings
 * database, schema newer than this program), TD_ERR_BUSY, TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_store_open(const char *path, struct td_store **out,
                                       struct td_error *err);

/* Rolls back any open transaction and closes `st`; NULL is a no-op. */
void td_store_close(struct td_store *st);

/*
 * Makes SQLite count its memory from now on, for the whole process, so a
 * memory report (td_engine_mem()) can say how much SQLite holds and held at
 * its peak. Off by default: the count costs every SQLite allocation a
 * global mutex. Call it before the first td_store_open() of the process;
 * later it does nothing. Not thread-safe.
 */
void td_store_track_memory(void);

/*
 * Reports SQLite's memory (tidings/mem.h): the page caches of `st`'s
 * connection (its temporary database's too), its schema and statements,
 * and the whole process's SQLite heap now and at its peak (both 0 unless
 * td_store_track_memory() came first). Allocates nothing.
 */
void td_store_mem(struct td_store *st, td_mem_row_fn fn, void *ctx);

/*
 * For a bulk load through `st`: WAL checkpoints, and their waits for the
 * disk, move from the committing thread to a thread of their own with its
 * own connection, so the load goes on working meanwhile (even on one CPU).
 * Commits, and what they guarantee, are unchanged, and the log stays
 * bounded (the writer checkpoints itself should that thread fall behind).
 * Stopped by td_store_close(); a no-op for ":memory:" and when already on.
 * Errors: TD_ERR_INVALID (NULL store), TD_ERR_DB, TD_ERR_NOMEM, TD_ERR_INTERNAL.
 */
TD_NODISCARD enum td_err td_store_checkpoint_in_background(struct td_store *st,
                                                           struct td_error *err);

/*
 * A number that changes whenever another connection (or process) commits a
 * change to the database, and only then: equal values mean that what this
 * connection reads has not changed, except by its own writes. For caches of
 * read results. Errors: TD_ERR_DB, TD_ERR_BUSY.
 */
TD_NODISCARD enum td_err td_store_data_version(struct td_store *st, int64_t *out,
                                               struct td_error *err);

/*
 * The sequence number of the newest stored article, 0 when there is none.
 * Articles are only ever added, so it grows with every commit that adds
 * some, the same on every connection: a version for caches shared across
 * connections of what the articles give (the story list). Errors:
 * TD_ERR_INVALID, TD_ERR_DB, TD_ERR_BUSY.
 */
TD_NODISCARD enum td_err td_store_last_seq(struct td_store *st, int64_t *out,
                                           struct td_error *err);

/*
 * Whether searches and filtered story pages on `st` first index the
 * committed articles the full-text index lacks (true, the default), or
 * read only what is indexed because a `td_indexer` thread keeps the index
 * current (false: a request then never does indexing work).
 */
void td_store_index_on_read(struct td_store *st, bool on);

#endif
