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

#include "tidings/tidings.h"

/* Worker threads in the pool; each holds one database connection. */
#define SERVER_THREADS 4

/* Longest a shutdown waits for in-flight requests, in milliseconds. */
#define SERVER_DRAIN_MS 5000

struct MHD_Daemon;

struct server_opts {
    const char *db_path; /* borrowed; must outlive the server */
    uint32_t ipv4;       /* listen address, host byte order */
    uint16_t port;       /* 0 picks a free port */
};

struct server {
    struct server_opts opts;
    struct MHD_Daemon *daemon;
    pthread_key_t store_key; /* per-thread `struct td_store *` */
    atomic_int in_flight;    /* requests begun and not yet completed */
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

/*
 * The calling worker thread's store, opened on first use; borrowed until the
 * thread ends. Errors: those of td_store_open().
 */
TD_NODISCARD enum td_err server_store(struct server *s, struct td_store **out,
                                      struct td_error *err);

#endif
