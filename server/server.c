/*
 * server.c - start and stop the libmicrohttpd daemon behind `tidings serve`,
 * dispatch each request through the route table (routes.c), and turn
 * handler results into JSON responses: the one place where td_err codes
 * become HTTP statuses (STYLE.md section 3).
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <microhttpd.h>

#include "routes.h"
#include "server.h"
#include "static.h"

#define JSON_TYPE "application/json; charset=utf-8"

/* The status for each error code; any code not listed is a 500. */
static const struct {
    enum td_err code;
    unsigned int status;
} statuses[] = {
    {TD_ERR_INVALID, MHD_HTTP_BAD_REQUEST},         {TD_ERR_PARSE, MHD_HTTP_BAD_REQUEST},
    {TD_ERR_NOTFOUND, MHD_HTTP_NOT_FOUND},          {TD_ERR_CONFLICT, MHD_HTTP_CONFLICT},
    {TD_ERR_TOO_LARGE, MHD_HTTP_CONTENT_TOO_LARGE}, {TD_ERR_BUSY, MHD_HTTP_SERVICE_UNAVAILABLE},
};

static unsigned int http_status(enum td_err code)
{
    size_t i;

    for (i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++)
        if (statuses[i].code == code)
            return statuses[i].status;
    return MHD_HTTP_INTERNAL_SERVER_ERROR;
}

/*
 * Each worker thread's state lives in thread-local storage; the thread key
 * only serves to run close_thread() when the thread ends.
 */
static _Thread_local struct server_thread thread_state;

/* Runs when a worker thread ends: closes the store it opened. */
static void close_thread(void *p)
{
    struct server_thread *t = p;

    td_store_close(t->st);
    t->st = NULL;
}

enum td_err server_thread(struct server *s, struct server_thread **out, struct td_error *err)
{
    struct server_thread *t = &thread_state;
    enum td_err rc;

    if (t->st == NULL) {
        if ((rc = td_store_open(s->opts.db_path, &t->st, err)) != TD_OK)
            return rc;
        /* The indexer thread indexes what is committed: requests never do. */
        if (s->indexer != NULL)
            td_store_index_on_read(t->st, false);
        if (pthread_setspecific(s->store_key, t) != 0) {
            close_thread(t);
            return td_error_set(err, TD_ERR_INTERNAL, "cannot keep the thread's store");
        }
    }
    *out = t;
    return TD_OK;
}

enum td_err server_store(struct server *s, struct td_store **out, struct td_error *err)
{
    struct server_thread *t = NULL;
    enum td_err rc = server_thread(s, &t, err);

    if (rc == TD_OK)
        *out = t->st;
    return rc;
}

/*
 * Queues `resp` with the JSON content type and drops our reference to it.
 * `allow` (may be NULL) is the Allow header of a 405.
 */
static enum MHD_Result queue_allow(struct MHD_Connection *conn, unsigned int status,
                                   struct MHD_Response *resp, const char *allow)
{
    enum MHD_Result ok;

    if (resp == NULL)
        return MHD_NO;
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, JSON_TYPE);
    if (allow != NULL)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, allow);
    ok = MHD_queue_response(conn, status, resp);
    MHD_destroy_response(resp);
    return ok;
}

static enum MHD_Result queue(struct MHD_Connection *conn, unsigned int status,
                             struct MHD_Response *resp)
{
    return queue_allow(conn, status, resp, NULL);
}

/* Writes `s` as the inside of a JSON string into `out` (size `cap`), cut if needed. */
static void json_escape(char *out, size_t cap, const char *s)
{
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)s;

    for (; *p != '\0' && n + 7 < cap; p++) {
        if (*p == '"' || *p == '\\') {
            out[n++] = '\\';
            out[n++] = (char)*p;
        } else if (*p < 0x20) {
            n += (size_t)snprintf(out + n, cap - n, "\\u%04x", *p);
        } else {
            out[n++] = (char)*p;
        }
    }
    out[n] = '\0';
}

static enum MHD_Result send_error_allow(struct MHD_Connection *conn, unsigned int status,
                                        enum td_err code, const char *msg, const char *allow)
{
    char esc[TD_ERROR_MSG_MAX * 6 + 8], body[sizeof(esc) + 96];
    int n;

    json_escape(esc, sizeof(esc), msg);
    n = snprintf(body, sizeof(body), "{\"error\":{\"code\":\"%s\",\"message\":\"%s\"}}",
                 td_errname(code), esc);
    if (n < 0 || (size_t)n >= sizeof(body))
        return MHD_NO;
    return queue_allow(conn, status,
                       MHD_create_response_from_buffer((size_t)n, body, MHD_RESPMEM_MUST_COPY),
                       allow);
}

static enum MHD_Result send_error(struct MHD_Connection *conn, unsigned int status,
                                  enum td_err code, const char *msg)
{
    return send_error_allow(conn, status, code, msg, NULL);
}

static void free_json(void *p)
{
    td_string_free(p);
}

/* Queues a response made from `rep->json`; frees the JSON if no response could be made. */
static enum MHD_Result queue_json(struct MHD_Connection *conn, struct route_reply *rep,
                                  struct MHD_Response *resp)
{
    if (resp == NULL)
        td_string_free(rep->json);
    rep->json = NULL;
    return queue(conn, rep->status != 0 ? rep->status : MHD_HTTP_OK, resp);
}

/* Sends a handler's reply; the response takes over `rep->json`. */
static enum MHD_Result send_reply(struct MHD_Connection *conn, struct route_reply *rep)
{
    struct MHD_IoVec iov[3];
    size_t len;

    /* Suspended: the answer goes out when the connection is resumed. */
    if (rep->suspended)
        return MHD_YES;
    if (rep->json == NULL)
        return queue(conn, MHD_HTTP_OK,
                     MHD_create_response_from_buffer(strlen(rep->fixed), (void *)rep->fixed,
                                                     MHD_RESPMEM_PERSISTENT));
    len = strlen(rep->json);
    if (rep->member == NULL || len == 0)
        return queue_json(
            conn, rep,
            MHD_create_response_from_buffer_with_free_callback(len, rep->json, free_json));
    /* `member` goes before the final '}' of the object. */
    iov[0].iov_base = rep->json;
    iov[0].iov_len = len - 1;
    iov[1].iov_base = rep->member;
    iov[1].iov_len = strlen(rep->member);
    iov[2].iov_base = rep->json + len - 1;
    iov[2].iov_len = 1;
    return queue_json(conn, rep, MHD_create_response_from_iovec(iov, 3, free_json, rep->json));
}

/*
 * Per-request state kept in libmicrohttpd's `*con_cls`: for a route that
 * takes a body, a `struct server_request` (the body being collected, and
 * the writer's job). Requests without a body route all share `no_body`.
 * Freed in exactly one place, on_completed().
 */
static int no_body;

/* Gives a request's slot back, freeing what it holds. */
static void request_free(struct server_request *req)
{
    td_upload_free(req->body);
    req->body = NULL;
    td_ingest_report_release(&req->job.rep);
    memset(&req->job, 0, sizeof(req->job));
    atomic_store(&req->in_use, false);
}

/*
 * Takes a free request slot for a route that takes a body. Errors:
 * TD_ERR_BUSY (every slot taken), TD_ERR_NOMEM.
 */
static enum td_err request_new(struct server *s, struct server_request **out, struct td_error *err)
{
    struct server_request *req = NULL;
    enum td_err rc;
    size_t i;
    bool expected;

    for (i = 0; i < SERVER_MAX_UPLOADS && req == NULL; i++) {
        expected = false;
        if (atomic_compare_exchange_strong(&s->requests[i].in_use, &expected, true))
            req = &s->requests[i];
    }
    if (req == NULL)
        return td_error_set(err, TD_ERR_BUSY,
                            "too many uploads at once (%d); retry when one has been answered",
                            SERVER_MAX_UPLOADS);
    if ((rc = td_upload_new(SERVER_MAX_BODY_BYTES, &req->body, err)) != TD_OK) {
        atomic_store(&req->in_use, false);
        return rc;
    }
    req->job.state = SERVER_JOB_NEW;
    *out = req;
    return TD_OK;
}

/* Monotonic seconds. */
static double monotonic(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Counts one request's time in its handler, `seconds`. */
static void count_handled(struct server *s, double seconds)
{
    uint_fast64_t us = (uint_fast64_t)(seconds * 1e6), top = atomic_load(&s->slowest_us);

    atomic_fetch_add(&s->handled, 1);
    if (seconds > 0.010)
        atomic_fetch_add(&s->over_10ms, 1);
    if (seconds > 0.050)
        atomic_fetch_add(&s->over_50ms, 1);
    while (us > top && !atomic_compare_exchange_weak(&s->slowest_us, &top, us))
        ;
}

/* Finds the route, checks the method and parameters, runs the handler and answers. */
static enum MHD_Result dispatch(struct server *s, struct MHD_Connection *conn, const char *url,
                                const char *method, struct server_request *req)
{
    struct route_req rq = {s, conn, NULL, NULL, 0, req};
    struct route_reply rep = {NULL, NULL, NULL, 0, false};
    struct td_error err;
    const struct route *r;
    const char *allow;
    char id[ROUTE_ID_MAX];
    enum td_err rc;
    enum MHD_Result page;
    double t0;

    if (static_answer(conn, method, url, &page))
        return page;
    r = routes_find(method, url, &allow, id, sizeof(id));
    if (r != NULL && r->kind != ROUTE_FIXED)
        rq.arg = id;
    if (r == NULL && allow != NULL) {
        td_error_set(&err, TD_ERR_INVALID, "method not allowed (use %s)", allow);
        return send_error_allow(conn, MHD_HTTP_METHOD_NOT_ALLOWED, TD_ERR_INVALID,
                                td_error_message(&err, TD_ERR_INVALID), allow);
    }
    if (r == NULL) {
        td_error_set(&err, TD_ERR_NOTFOUND, "no such endpoint '%.200s'", url);
        return send_error(conn, MHD_HTTP_NOT_FOUND, TD_ERR_NOTFOUND,
                          td_error_message(&err, TD_ERR_NOTFOUND));
    }
    t0 = monotonic();
    rc = routes_check_params(r, conn, &err);
    if (rc == TD_OK && req != NULL && (rc = td_upload_check(req->body, &err)) == TD_OK)
        rq.body = td_upload_data(req->body, &rq.body_len);
    if (rc == TD_OK)
        rc = r->fn(&rq, &rep, &err);
    if (rc != TD_OK)
        page = send_error(conn, http_status(rc), rc, td_error_message(&err, rc));
    else
        page = send_reply(conn, &rep);
    count_handled(s, monotonic() - t0);
    return page;
}

/*
 * The first call for a request: only its headers are in. A route that takes
 * a body has its Content-Length and Content-Type checked now, so that a body
 * too large (413) or of the wrong type (415) is refused before it is read;
 * answering on this call closes the connection, which is what we want then.
 */
static enum MHD_Result begin(struct server *s, struct MHD_Connection *conn, const char *url,
                             const char *method, void **con_cls)
{
    const struct route *r;
    const char *allow;
    char id[ROUTE_ID_MAX];
    struct server_request *req = NULL;
    struct td_error err;
    bool unsupported = false;
    enum td_err rc;

    *con_cls = &no_body;
    atomic_fetch_add(&s->in_flight, 1);
    r = routes_find(method, url, &allow, id, sizeof(id));
    if (r == NULL || r->body_types == NULL)
        return MHD_YES;
    rc = routes_check_body(r, conn, &unsupported, &err);
    if (rc == TD_OK && (rc = request_new(s, &req, &err)) == TD_OK) {
        *con_cls = req;
        return MHD_YES;
    }
    return send_error(conn, unsupported ? MHD_HTTP_UNSUPPORTED_MEDIA_TYPE : http_status(rc), rc,
                      td_error_message(&err, rc));
}

/*
 * A piece of the body. A body sent without Content-Length (chunked) is
 * capped here: past the limit the bytes are no longer kept, only drained,
 * and the final call answers 413. (libmicrohttpd 0.9.75 refuses a response
 * queued while a body is still coming in, so the refusal must wait.)
 */
static enum MHD_Result receive(void *state, const char *data, size_t *size)
{
    struct server_request *req = state;
    enum td_err rc;

    /* Routes without a body drop any that is sent. */
    if (state != &no_body && state != NULL) {
        rc = td_upload_add(req->body, data, *size, NULL);
        if (rc != TD_OK && rc != TD_ERR_TOO_LARGE) {
            *size = 0;
            return MHD_NO;
        }
    }
    *size = 0;
    return MHD_YES;
}

/*
 * libmicrohttpd calls this at least twice per request. The first call only
 * marks the request as begun (and checks a body's headers): queueing a
 * response there would turn off keep-alive (../shared/DEPENDENCIES.md). The
 * middle calls hand over the body; the answer goes out on the final call.
 */
static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls)
{
    struct server *s = cls;

    (void)version;
    if (*con_cls == NULL)
        return begin(s, conn, url, method, con_cls);
    if (*upload_data_size != 0)
        return receive(*con_cls, upload_data, upload_data_size);
    return dispatch(s, conn, url, method, *con_cls == &no_body ? NULL : *con_cls);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    struct server *s = cls;

    (void)conn;
    (void)toe;
    if (*con_cls != NULL && *con_cls != &no_body)
        request_free(*con_cls);
    if (*con_cls != NULL)
        atomic_fetch_sub(&s->in_flight, 1);
    *con_cls = NULL;
}

/* Starts the daemon on `s->opts`; TD_ERR_IO when it cannot (port taken, no threads). */
static enum td_err start_daemon(struct server *s, struct td_error *err)
{
    struct sockaddr_in addr;
    const union MHD_DaemonInfo *info;
    char ip[INET_ADDRSTRLEN];

    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons(s->opts.port);
    addr.sin_addr.s_addr = htonl(s->opts.ipv4);
    s->daemon = MHD_start_daemon(
        MHD_USE_EPOLL_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG, 0, NULL, NULL,
        on_request, s, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr, MHD_OPTION_THREAD_POOL_SIZE,
        (unsigned int)SERVER_THREADS, MHD_OPTION_NOTIFY_COMPLETED, on_completed, s, MHD_OPTION_END);
    if (s->daemon == NULL) {
        inet_ntop(AF_INET, &addr.sin_addr, ip, sizeof(ip));
        return td_error_set(err, TD_ERR_IO, "cannot listen on '%s:%u'", ip,
                            (unsigned int)s->opts.port);
    }
    info = MHD_get_daemon_info(s->daemon, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info != NULL ? info->port : s->opts.port;
    return TD_OK;
}

/*
 * Starts the thread that indexes committed articles for search, whoever
 * committed them (this server's POSTs or another process). Without it (an
 * in-memory store, no thread) each search indexes what is missing first.
 */
static void start_indexer(struct server *s)
{
    struct td_error why = {TD_OK, ""};

    if (strcmp(s->opts.db_path, ":memory:") == 0)
        return;
    if (td_indexer_start(s->opts.db_path, &s->indexer, &why) != TD_OK) {
        fprintf(stderr, "tidings: warning: no search indexer thread (%s); searches index first\n",
                why.msg);
        s->indexer = NULL;
        return;
    }
    if (td_search_cache_start_refresher(s->search_cache, s->opts.db_path, &why) != TD_OK)
        fprintf(stderr, "tidings: warning: no search refresher thread (%s)\n", why.msg);
}

/* Stops the indexer (after it indexed what is committed) and frees the search cache. */
static void stop_helpers(struct server *s)
{
    struct td_error why = {TD_OK, ""};
    struct td_search_cache_stats cs;

    if (atomic_load(&s->handled) > 0)
        fprintf(stderr,
                "tidings: %llu API requests; in the handler over 10 ms: %llu, over 50 ms: %llu,"
                " slowest %.1f ms\n",
                (unsigned long long)atomic_load(&s->handled),
                (unsigned long long)atomic_load(&s->over_10ms),
                (unsigned long long)atomic_load(&s->over_50ms),
                (double)atomic_load(&s->slowest_us) / 1000.0);
    if (s->search_cache != NULL) {
        td_search_cache_stats(s->search_cache, &cs);
        if (cs.hits + cs.deltas + cs.misses > 0)
            fprintf(stderr,
                    "tidings: search cache: %llu answered as kept (%.1f s CPU), %llu brought up"
                    " to date (%.1f s), %llu ranked afresh (%.1f s), %llu evicted\n",
                    (unsigned long long)cs.hits, cs.hit_seconds, (unsigned long long)cs.deltas,
                    cs.delta_seconds, (unsigned long long)cs.misses, cs.miss_seconds,
                    (unsigned long long)cs.evictions);
    }
    if (td_indexer_stop(s->indexer, &why) != TD_OK)
        fprintf(stderr, "tidings: warning: search indexer: %s\n", why.msg);
    s->indexer = NULL;
    td_search_cache_free(s->search_cache);
    s->search_cache = NULL;
    reply_cache_release(&s->replies);
}

enum td_err server_start(struct server *s, const struct server_opts *opts, struct td_error *err)
{
    struct td_store *st;
    enum td_err rc;
    size_t i;

    memset(s, 0, sizeof(*s));
    s->opts = *opts;
    atomic_init(&s->in_flight, 0);
    atomic_init(&s->handled, 0);
    atomic_init(&s->over_10ms, 0);
    atomic_init(&s->over_50ms, 0);
    atomic_init(&s->slowest_us, 0);
    for (i = 0; i < SERVER_MAX_UPLOADS; i++)
        atomic_init(&s->requests[i].in_use, false);
    /* Fail at startup, not on the first request, when the database is unusable. */
    if ((rc = td_store_open(opts->db_path, &st, err)) != TD_OK)
        return rc;
    td_store_close(st);
    if (!reply_cache_init(&s->replies))
        return td_error_set(err, TD_ERR_INTERNAL, "cannot create the reply cache's lock");
    if (pthread_key_create(&s->store_key, close_thread) != 0) {
        reply_cache_release(&s->replies);
        return td_error_set(err, TD_ERR_INTERNAL, "cannot create a thread key");
    }
    if ((rc = writer_start(s, err)) != TD_OK) {
        pthread_key_delete(s->store_key);
        reply_cache_release(&s->replies);
        return rc;
    }
    if ((rc = td_search_cache_new(SERVER_SEARCH_CACHE_BYTES, &s->search_cache, err)) == TD_OK) {
        td_search_cache_set_refresh(s->search_cache, SERVER_SEARCH_REFRESH_MS);
        start_indexer(s);
    }
    if (rc == TD_OK && (rc = start_daemon(s, err)) != TD_OK)
        stop_helpers(s);
    if (rc != TD_OK) {
        writer_stop(s);
        writer_release(s);
        pthread_key_delete(s->store_key);
    }
    return rc;
}

/* Sleeps in 10 ms steps while requests are in flight, for up to `max_ms`. */
static void drain(struct server *s, int max_ms)
{
    struct timespec tick = {0, 10 * 1000 * 1000};
    int waited_ms = 0;

    while (atomic_load(&s->in_flight) > 0 && waited_ms < max_ms) {
        nanosleep(&tick, NULL);
        waited_ms += 10;
    }
}

void server_stop(struct server *s)
{
    MHD_socket fd;

    if (s->daemon == NULL)
        return;
    /* Stop accepting, then give the requests being answered (queued POSTs too) time to finish. */
    fd = MHD_quiesce_daemon(s->daemon);
    if (fd != MHD_INVALID_SOCKET)
        close(fd);
    drain(s, SERVER_DRAIN_MS);
    /*
     * libmicrohttpd must not stop while a connection is suspended: the
     * writer finishes its current job and answers the rest, resuming every
     * connection, and the worker threads get a moment to send those answers.
     */
    writer_stop(s);
    drain(s, SERVER_ANSWER_MS);
    /* Joins the workers, whose thread-exit destructors close their stores. */
    MHD_stop_daemon(s->daemon);
    s->daemon = NULL;
    writer_release(s);
    stop_helpers(s);
    pthread_key_delete(s->store_key);
}
