/*
 * routes.c - the route table of the HTTP API (one row per endpoint) and the
 * lookups the server makes in it: which route a request names, and whether
 * its query parameters are all ones the route accepts.
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <microhttpd.h>

#include "routes.h"

static const char *const no_params[] = {NULL};
static const char *const stories_params[] = {"limit", "cursor", "since", "lang", "q", NULL};
static const char *const search_params[] = {"q", "from", "to", "lang", "story", "limit", NULL};
/* The media types of a feed body (read as TD_FORMAT_FEED). */
#define FEED_TYPES "application/rss+xml", "application/atom+xml", "application/xml", "text/xml"
const char *const routes_json_types[] = {"application/json", NULL};
const char *const routes_feed_types[] = {FEED_TYPES, NULL};
static const char *const article_types[] = {"application/json", "application/x-ndjson", FEED_TYPES,
                                            NULL};

static const struct route routes[] = {
    {"GET", "/healthz", ROUTE_FIXED, handle_healthz, no_params, NULL},
    {"GET", "/api/stats", ROUTE_FIXED, handle_stats, no_params, NULL},
    {"GET", "/api/stories", ROUTE_FIXED, handle_stories, stories_params, NULL},
    {"GET", "/api/stories/{id}", ROUTE_ID, handle_story, no_params, NULL},
    {"GET", "/api/stories/{id}/timeline", ROUTE_ID, handle_timeline, no_params, NULL},
    {"GET", "/api/search", ROUTE_FIXED, handle_search, search_params, NULL},
    /* Article ids are often URLs: the id is the rest of the path, slashes and all. */
    {"GET", "/api/articles/{id}", ROUTE_REST, handle_article, no_params, NULL},
    {"POST", "/api/articles", ROUTE_FIXED, handle_post_articles, no_params, article_types},
};

/*
 * Whether `url` is `r`'s path. For a path with an `{id}`, the text in its
 * place (not empty; no '/' unless the route is ROUTE_REST; shorter than
 * `id_cap`) is copied to `id`.
 */
static bool path_matches(const struct route *r, const char *url, char *id, size_t id_cap)
{
    const char *hole = strstr(r->path, "{id}");
    size_t pre, post, len = strlen(url), n;

    if (r->kind == ROUTE_FIXED || hole == NULL)
        return strcmp(url, r->path) == 0;
    pre = (size_t)(hole - r->path);
    post = strlen(hole + 4);
    if (len <= pre + post || strncmp(url, r->path, pre) != 0 ||
        strcmp(url + len - post, hole + 4) != 0)
        return false;
    n = len - pre - post;
    if (n >= id_cap || (r->kind == ROUTE_ID && memchr(url + pre, '/', n) != NULL))
        return false;
    memcpy(id, url + pre, n);
    id[n] = '\0';
    return true;
}

/* HEAD is answered like GET; libmicrohttpd leaves out the body. */
static bool method_matches(const struct route *r, const char *method)
{
    return strcmp(method, r->method) == 0 ||
           (strcmp(r->method, "GET") == 0 && strcmp(method, "HEAD") == 0);
}

const struct route *routes_find(const char *method, const char *url, const char **allow, char *id,
                                size_t id_cap)
{
    size_t i;

    *allow = NULL;
    for (i = 0; i < sizeof(routes) / sizeof(routes[0]); i++) {
        if (!path_matches(&routes[i], url, id, id_cap))
            continue;
        if (method_matches(&routes[i], method))
            return &routes[i];
        *allow = strcmp(routes[i].method, "GET") == 0 ? "GET, HEAD" : routes[i].method;
    }
    return NULL;
}

struct param_check {
    const struct route *route;
    const char *unknown; /* the first parameter the route does not accept */
};

static enum MHD_Result check_one(void *cls, enum MHD_ValueKind kind, const char *key,
                                 const char *value)
{
    struct param_check *pc = cls;
    const char *const *p;

    (void)kind;
    (void)value;
    for (p = pc->route->params; *p != NULL; p++)
        if (strcmp(*p, key) == 0)
            return MHD_YES;
    pc->unknown = key;
    return MHD_NO;
}

enum td_err routes_check_params(const struct route *r, struct MHD_Connection *conn,
                                struct td_error *err)
{
    struct param_check pc = {r, NULL};

    MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, check_one, &pc);
    if (pc.unknown != NULL)
        return td_error_set(err, TD_ERR_INVALID, "unknown query parameter '%.64s'", pc.unknown);
    return TD_OK;
}

bool routes_type_in(const char *ct, const char *const *types)
{
    size_t n;

    while (*ct == ' ' || *ct == '\t')
        ct++;
    n = strcspn(ct, "; \t");
    for (; *types != NULL; types++)
        if (strlen(*types) == n && strncasecmp(ct, *types, n) == 0)
            return true;
    return false;
}

enum td_err routes_check_body(const struct route *r, struct MHD_Connection *conn, bool *unsupported,
                              struct td_error *err)
{
    const char *len =
        MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    const char *ct =
        MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    unsigned long long n;
    char *end;

    *unsupported = false;
    if (len != NULL) {
        errno = 0;
        n = strtoull(len, &end, 10);
        if (errno == ERANGE || (end != len && *end == '\0' && n > SERVER_MAX_BODY_BYTES))
            return td_error_set(err, TD_ERR_TOO_LARGE,
                                "request body of %.24s bytes is over the limit of %zu bytes", len,
                                SERVER_MAX_BODY_BYTES);
        if (end == len || *end != '\0' || len[0] == '-')
            return td_error_set(err, TD_ERR_INVALID, "bad Content-Length '%.24s'", len);
    }
    if (ct == NULL || !routes_type_in(ct, r->body_types)) {
        *unsupported = true;
        return td_error_set(err, TD_ERR_INVALID,
                            "unsupported Content-Type '%.64s' (use application/json, "
                            "application/x-ndjson, or a feed's application/rss+xml, "
                            "application/atom+xml or application/xml)",
                            ct != NULL ? ct : "");
    }
    return TD_OK;
}
