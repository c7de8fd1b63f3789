/*
 * routes.c - the route table of the HTTP API (one row per endpoint) and the
 * lookups the server makes in it: which route a request names, and whether
 * its query parameters are all ones the route accepts.
 */
#include <stddef.h>
#include <string.h>

#include <microhttpd.h>

#include "routes.h"

static const char *const no_params[] = {NULL};
static const char *const stories_params[] = {"limit", NULL};
static const char *const search_params[] = {"q", "from", "to", "lang", "story", "limit", NULL};

static const struct route routes[] = {
    {"GET", "/healthz", false, handle_healthz, no_params},
    {"GET", "/api/stats", false, handle_stats, no_params},
    {"GET", "/api/stories", false, handle_stories, stories_params},
    {"GET", "/api/stories/", true, handle_story, no_params},
    {"GET", "/api/search", false, handle_search, search_params},
};

/* Whether `url` is `r`'s path; for an `{id}` route, also where the id starts. */
static bool path_matches(const struct route *r, const char *url, const char **arg)
{
    size_t n = strlen(r->path);

    if (!r->has_id)
        return strcmp(url, r->path) == 0;
    if (strncmp(url, r->path, n) != 0 || url[n] == '\0' || strchr(url + n, '/') != NULL)
        return false;
    *arg = url + n;
    return true;
}

/* HEAD is answered like GET; libmicrohttpd leaves out the body. */
static bool method_matches(const struct route *r, const char *method)
{
    return strcmp(method, r->method) == 0 ||
           (strcmp(r->method, "GET") == 0 && strcmp(method, "HEAD") == 0);
}

const struct route *routes_find(const char *method, const char *url, bool *path_known,
                                const char **arg)
{
    size_t i;
    const char *id = NULL;

    *path_known = false;
    for (i = 0; i < sizeof(routes) / sizeof(routes[0]); i++) {
        if (!path_matches(&routes[i], url, &id))
            continue;
        if (method_matches(&routes[i], method)) {
            *arg = id;
            return &routes[i];
        }
        *path_known = true;
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
