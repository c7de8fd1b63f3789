/*
 * routes.h - the endpoints of the HTTP API: one row per route in the
 * `routes[]` table in routes.c, one handler per row in handlers.c.
 *
 * How to add a route:
 *   1. Write `enum td_err handle_NAME(struct route_req *rq, struct route_reply
 *      *rep, struct td_error *err)` in handlers.c and declare it below. Read
 *      query parameters with handler_param()/handler_param_int() (every
 *      parameter is validated; a bad value is TD_ERR_INVALID, i.e. 400), get
 *      the thread's store with server_store(), and put the body in `rep`.
 *      Return a td_err code on failure; the server turns it into the status
 *      and `{"error":{...}}` body (STYLE.md section 3), so handlers never
 *      write error responses themselves.
 *   2. Add a row to `routes[]` in routes.c: method, path (a template with
 *      one "{id}" for ROUTE_ID or ROUTE_REST, e.g. "/api/stories/{id}/timeline";
 *      the handler gets the id in `rq->arg`), the handler, the NULL-terminated list of
 *      query parameters it accepts (any other parameter is a 400) and, for
 *      a route that reads a body, the media types it accepts (another
 *      Content-Type is a 415; bodies over SERVER_MAX_BODY_BYTES are a 413,
 *      refused before they are read; the handler gets `rq->body`).
 *      A handler that must not run on the worker thread (a long write) hands
 *      its work to the writer thread with server_ingest_submit(), which
 *      suspends the connection, and sets `rep->suspended`; it is called again
 *      when the work is done (see handle_post_articles()).
 *   3. Document it in docs/API.md ("HTTP API") and test it in tests/http/.
 * Handlers use only the public API in include/tidings/.
 */
#ifndef TD_SERVER_ROUTES_H
#define TD_SERVER_ROUTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "server.h"

struct MHD_Connection;

/* One request, as a handler sees it; all pointers are borrowed for the call. */
struct route_req {
    struct server *srv;
    struct MHD_Connection *conn;
    const char *arg;  /* the `{id}` of a template path, or NULL for a fixed path */
    const char *body; /* the request body of a route that takes one, else NULL */
    size_t body_len;
    struct server_request *req; /* a body route's request state (its writer job), else NULL */
};

/*
 * What a handler answers with on success: `json` (owned, freed by the server
 * with td_string_free()) or else the static text `fixed`. `member`, when
 * not NULL, is a static `,"key":value` text the server inserts before the
 * closing brace of `json`.
 */
struct route_reply {
    char *json;
    const char *fixed;
    const char *member;
    unsigned int status; /* 0 for 200; set when `json` is itself an error body */
    bool suspended;      /* the handler suspended the connection: nothing is sent now,
                            and the handler runs again once it is resumed */
};

typedef enum td_err (*route_fn)(struct route_req *rq, struct route_reply *rep,
                                struct td_error *err);

/* How a route's path matches. */
enum route_kind {
    ROUTE_FIXED, /* exactly `path` */
    ROUTE_ID,    /* `path` holds one "{id}": any non-empty text without '/' in its place */
    ROUTE_REST   /* likewise, and the id may hold '/' (article ids are often URLs) */
};

/* Longest `{id}` a route takes, in bytes with the NUL; a longer one matches no route. */
#define ROUTE_ID_MAX 1024

struct route {
    const char *method;   /* "GET" also answers HEAD */
    const char *path;     /* "/api/stats", or a template such as "/api/stories/{id}/timeline" */
    enum route_kind kind; /* ROUTE_ID and ROUTE_REST hand the `{id}` to the handler */
    route_fn fn;
    const char *const *params; /* accepted query parameters, NULL-terminated */
    const char *const *body_types; /* media types of an accepted body, NULL-terminated;
                                      NULL: the route takes no body (one sent is dropped) */
};

/*
 * The route for `method` and `url`. Returns NULL when none matches; then
 * `*allow` is the methods of the route that has this path with another
 * method ("GET, HEAD", "POST"; a 405, not a 404), or NULL when no route has
 * it. The `{id}` of a matching template is copied to `id` (`id_cap` bytes,
 * at least ROUTE_ID_MAX); `id` is undefined for a fixed path.
 */
const struct route *routes_find(const char *method, const char *url, const char **allow, char *id,
                                size_t id_cap);

/* Fails with TD_ERR_INVALID if the request has a query parameter `r` does not accept. */
TD_NODISCARD enum td_err routes_check_params(const struct route *r, struct MHD_Connection *conn,
                                             struct td_error *err);

/*
 * Whether the media type of the Content-Type `ct` (leading blanks and any
 * ";" parameter ignored, any case) is one of the NULL-terminated `types`.
 */
bool routes_type_in(const char *ct, const char *const *types);
/* application/json (one record), and the media types of a feed body. */
extern const char *const routes_json_types[];
extern const char *const routes_feed_types[];

/*
 * Checks the headers of a request for a route that takes a body, before the
 * body is read. Errors: TD_ERR_TOO_LARGE (Content-Length over
 * SERVER_MAX_BODY_BYTES), TD_ERR_INVALID (a malformed Content-Length; or a
 * missing or unaccepted Content-Type, in which case `*unsupported` is set:
 * the server answers 415, there being no td_err code of its own for it).
 */
TD_NODISCARD enum td_err routes_check_body(const struct route *r, struct MHD_Connection *conn,
                                           bool *unsupported, struct td_error *err);

/* ---- Handlers (handlers.c) ---- */

enum td_err handle_healthz(struct route_req *rq, struct route_reply *rep, struct td_error *err);
enum td_err handle_stats(struct route_req *rq, struct route_reply *rep, struct td_error *err);
enum td_err handle_stories(struct route_req *rq, struct route_reply *rep, struct td_error *err);
enum td_err handle_story(struct route_req *rq, struct route_reply *rep, struct td_error *err);
enum td_err handle_timeline(struct route_req *rq, struct route_reply *rep, struct td_error *err);
enum td_err handle_search(struct route_req *rq, struct route_reply *rep, struct td_error *err);
enum td_err handle_article(struct route_req *rq, struct route_reply *rep, struct td_error *err);
enum td_err handle_post_articles(struct route_req *rq, struct route_reply *rep,
                                 struct td_error *err);

/* Default and largest `limit` of GET /api/stories. */
#define STORIES_DEFAULT_LIMIT TD_STORIES_DEFAULT_LIMIT
#define STORIES_MAX_LIMIT TD_STORIES_MAX_LIMIT

#endif
