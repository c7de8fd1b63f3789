/*
 * server.h - the HTTP server behind `tidings serve`: a libmicrohttpd daemon
 * with a worker-thread pool, started and stopped by cli/cmd_serve.c. Routes
 * and handlers are in routes.h; the server itself only dispatches, maps
 * error codes to HTTP statuses and sends JSON.
 *
 * Life cycle: server_start() fills caller-provided `struct server` and starts
 * listening; server_stop() stops accepting, lets in-flight requests finish
 * and releases everything. Each worker thread opens its own `td_store` the
 * first time it needs one (an SQLite connection is never shared between
 * threads) and closes it when the thread ends.
 */
#ifndef TD_SERVER_H
#define TD_SERVER_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "cache.h"
#include "tidings/tidings.h"

/* Worker threads in the pool; each holds one database connection. */
#define SERVER_THREADS 4

/* Largest request body (POST /api/articles); larger ones get 413 before they are read. */
#define SERVER_MAX_BODY_BYTES ((size_t)16 * 1024 * 1024)

/* Longest a shutdown waits for in-flight requests, in milliseconds. */
#define SERVER_DRAIN_MS 5000
/* What the search result cache may hold. */
#define SERVER_SEARCH_CACHE_BYTES ((size_t)64 << 20)

struct MHD_Daemon;

struct server_opts {
    const char *db_path; /* borrowed; must outlive the server */
    uint32_t ipv4;       /* listen address, host byte order */
    uint16_t port;       /* 0 picks a free port */
};

/*
 * The one writer: a connection and an engine shared by every POST, used
 * only with `mu` held (SQLite allows one writer at a time anyway, and the
 * engine's clustering state must see every article). Opened by the first
 * POST, reopened after a failure left the engine unusable.
 */
struct server_writer {
    pthread_mutex_t mu;
    struct td_store *st;      /* owned, NULL until the first POST */
    struct td_engine *engine; /* owned, on `st` */
};

struct server {
    struct server_opts opts;
    struct MHD_Daemon *daemon;
    pthread_key_t store_key; /* per-thread `struct server_thread *` */
    struct server_writer writer;
    atomic_int in_flight;    /* requests begun and not yet completed */
    struct td_indexer *indexer;           /* keeps the search index current; NULL: reads do */
    struct td_search_cache *search_cache; /* shared by the worker threads */
    uint16_t port;           /* the bound port */
};

/*
 * Checks that the database opens (creating it if needed, like the CLI) and
 * starts the daemon. `opts` is copied. On failure nothing is left running.
 * Errors: TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM (from td_store_open),
 * TD_ERR_IO (cannot bind or start threads), TD_ERR_INTERNAL.
 */
TD_NODISCARD enum td_err server_start(struct server *s, const struct server_opts *opts,
                                      struct td_error *err);

/*
 * Stops accepting connections, waits up to SERVER_DRAIN_MS for requests in
 * progress to complete, then stops the daemon and its threads.
 */
void server_stop(struct server *s);

/* What each worker thread keeps: its own connection and its reply cache. */
struct server_thread {
    struct td_store *st;
    struct reply_cache cache;
};

/*
 * The calling worker thread's state, made on first use (the store opened);
 * borrowed until the thread ends. Errors: TD_ERR_NOMEM, those of td_store_open().
 */
TD_NODISCARD enum td_err server_thread(struct server *s, struct server_thread **out,
                                       struct td_error *err);

/* The calling worker thread's store (see server_thread). */
TD_NODISCARD enum td_err server_store(struct server *s, struct td_store **out,
                                      struct td_error *err);

/*
 * Reads the records of a request body (`data`, `len` bytes, `format`
 * TD_FORMAT_JSON or TD_FORMAT_JSONL) through the writer, commits them and
 * brings the search index up to date, so that every article counted in
 * `*rep` is committed and searchable when this returns. Records the
 * validation or the engine refuses are counted in `rep` as rejected, with
 * their line and reason. `*rep` must be zeroed; the caller releases it.
 * Errors: TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM (the records of the request
 * not yet committed are rolled back), TD_ERR_INTERNAL and those of
 * td_store_open / td_engine_open.
 */
TD_NODISCARD enum td_err server_ingest(struct server *s, const char *data, size_t len,
                                       enum td_format format, struct td_ingest_report *rep,
                                       struct td_error *err);

#endif
