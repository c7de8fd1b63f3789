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
 * threads) and closes it when the thread ends. Writes do not run on the
 * worker threads: a POST body is queued for the one writer thread
 * (writer.c) and its connection suspended until the batch is committed.
 */
#ifndef TD_SERVER_H
#define TD_SERVER_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
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
/* How long a cached search may lag the index, in milliseconds (td_search_cache_set_refresh). */
#define SERVER_SEARCH_REFRESH_MS 1000

/*
 * After the drain, how long the worker threads get to send the answers of
 * the POSTs the writer finished or refused during its stop, in milliseconds.
 */
#define SERVER_ANSWER_MS 1000

struct MHD_Daemon;
struct MHD_Connection;

struct server_opts {
    const char *db_path; /* borrowed; must outlive the server */
    uint32_t ipv4;       /* listen address, host byte order */
    uint16_t port;       /* 0 picks a free port */
};

/* Where a POST's ingest stands (`struct server_job`). */
enum server_job_state {
    SERVER_JOB_NEW,    /* not handed to the writer yet */
    SERVER_JOB_QUEUED, /* queued or being ingested; its connection is suspended */
    SERVER_JOB_DONE    /* `rc`, `err` and `rep` hold the result; the connection is resumed */
};

/*
 * One POST /api/articles body handed to the writer thread. It lives in the
 * request's `struct server_request`, so it outlives the queue: the
 * connection stays suspended (and the request alive) until the writer has
 * filled the result and resumed it.
 */
struct server_job {
    struct server_job *next;     /* the queue's link; the writer's while queued */
    struct MHD_Connection *conn; /* the suspended connection to resume */
    const char *data;            /* the body, borrowed from the request's upload */
    size_t len;
    enum td_format format;
    enum server_job_state state; /* guarded by the writer's `mu` */
    enum td_err rc;              /* the ingest's result once DONE */
    struct td_error err;
    struct td_ingest_report rep; /* owned; released when the request completes */
};

/*
 * The one writer: a thread that owns a connection and an engine and runs
 * the queued POST bodies one after the other (SQLite allows one writer at a
 * time anyway, and the engine's clustering state must see every article).
 * The worker threads only queue jobs, so a long ingest never holds up the
 * other connections of the worker thread that received it.
 */
struct server_writer {
    pthread_mutex_t mu;  /* guards the queue, the flags and each job's `state` */
    pthread_cond_t wake; /* signalled when a job is queued or the writer must stop */
    pthread_t thread;
    struct server_job *head; /* the queue, oldest first */
    struct server_job *tail;
    bool stopping; /* set by writer_stop(): no new jobs, queued ones refused */
    /* The writer thread's own; opened by its first job, reopened after a failure. */
    struct td_store *st;
    struct td_engine *engine;
};

/*
 * Per-request state of a route that takes a body, kept in libmicrohttpd's
 * `*con_cls`. The server has a fixed number of them (`requests[]`), taken
 * when a body's headers arrive and given back in exactly one place, the
 * request's completion; when all are taken the request is answered 503
 * before its body is read, which also bounds the memory held by bodies
 * waiting for the writer.
 */
struct server_request {
    atomic_bool in_use;
    struct td_upload *body; /* owned while in use */
    struct server_job job;
};

/* POST bodies being received, queued or ingested at once; one more gets 503. */
#define SERVER_MAX_UPLOADS 16

struct server {
    struct server_opts opts;
    struct MHD_Daemon *daemon;
    pthread_key_t store_key; /* per-thread `struct server_thread *` */
    struct server_writer writer;
    atomic_int in_flight;    /* requests begun and not yet completed */
    struct server_request requests[SERVER_MAX_UPLOADS];
    struct td_indexer *indexer;           /* keeps the search index current; NULL: reads do */
    struct td_search_cache *search_cache; /* shared by the worker threads */
    struct reply_cache replies;           /* likewise: rendered story pages */
    uint16_t port;           /* the bound port */
    /* Time in the handlers (route to reply queued), for the shutdown line. */
    atomic_uint_fast64_t handled, over_10ms, over_50ms, slowest_us;
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
 * progress to complete (queued ingests run), then stops the writer (a POST
 * being ingested finishes; one still queued, or arriving now, is answered
 * 503), gives those answers up to SERVER_ANSWER_MS to go out, and stops
 * the daemon and its threads.
 */
void server_stop(struct server *s);

/* What each worker thread keeps: its own connection. */
struct server_thread {
    struct td_store *st;
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

/* ---- The writer thread (writer.c) ---- */

/*
 * Starts the writer thread on `s->opts.db_path`. Errors: TD_ERR_INTERNAL
 * (no thread, lock or condition variable); on failure nothing is left.
 */
TD_NODISCARD enum td_err writer_start(struct server *s, struct td_error *err);

/*
 * Ends the writer thread: from now on server_ingest_submit() refuses new
 * jobs, the job being ingested finishes, jobs still queued are answered
 * TD_ERR_BUSY without being ingested, so every suspended connection is
 * resumed; then the thread is joined and its store closed. The lock stays
 * usable (worker threads still answer the refused jobs and refuse new ones)
 * until writer_release().
 */
void writer_stop(struct server *s);

/* Destroys the writer's lock; call after writer_stop(), once no worker thread runs. */
void writer_release(struct server *s);

/*
 * Called by a handler on a worker thread: suspends `job->conn` and queues
 * `job` (its `data`, `len`, `format` and `conn` set, state SERVER_JOB_NEW)
 * for the writer, which reads the records, commits them, brings the search
 * index up to date, fills `job->rc`, `job->err` and `job->rep`, marks it
 * done and resumes the connection; libmicrohttpd then calls the handler
 * again. `job` is borrowed until then. Errors: TD_ERR_BUSY (the server is
 * shutting down; nothing was suspended or queued).
 */
TD_NODISCARD enum td_err server_ingest_submit(struct server *s, struct server_job *job,
                                              struct td_error *err);

/* The state of `job`, read under the writer's lock. */
enum server_job_state server_job_state(struct server *s, struct server_job *job);

/* ---- The ingest itself (ingest.c), run on the writer thread only ---- */

/*
 * Reads the records of `job`'s body through the writer's engine, commits
 * them and indexes them, so that every article counted in `job->rep` is
 * committed and searchable when this returns. Records the validation or
 * the engine refuses are counted in `rep` as rejected, with their line and
 * reason. Errors, in `job->rc`: TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM (the
 * records of the request not yet committed are rolled back),
 * TD_ERR_INTERNAL and those of td_store_open / td_engine_open.
 */
void server_ingest_run(struct server *s, struct server_job *job);

/* Closes the writer's engine and store (NULL-safe), so the next job reopens them. */
void server_ingest_reset(struct server_writer *w);

#endif
