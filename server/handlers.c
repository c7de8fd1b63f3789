/*
 * handlers.c - one function per HTTP API endpoint (see the table in
 * routes.c). Each validates its query parameters, runs one public query on
 * the worker thread's store and renders it with the matching td_json_*
 * call, so the API returns the same shapes as the CLI's --json.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <microhttpd.h>

#include "routes.h"

/* A query parameter's value, or NULL when it is absent or empty. */
static const char *param(const struct route_req *rq, const char *name)
{
    const char *v = MHD_lookup_connection_value(rq->conn, MHD_GET_ARGUMENT_KIND, name);

    return v != NULL && v[0] != '\0' ? v : NULL;
}

/* Parses a decimal integer in [lo, hi]; TD_ERR_INVALID naming `what` otherwise. */
static enum td_err parse_int(const char *what, const char *s, long long lo, long long hi,
                             long long *out, struct td_error *err)
{
    char *end;
    long long v;

    errno = 0;
    v = strtoll(s, &end, 10);
    /* `strtoll` alone would also take leading blanks and a '+'. */
    if (errno != 0 || end == s || *end != '\0' || v < lo || v > hi ||
        !(isdigit((unsigned char)s[0]) || s[0] == '-'))
        return td_error_set(err, TD_ERR_INVALID,
                            "%s expects an integer from %lld to %lld, got '%.64s'", what, lo, hi,
                            s);
    *out = v;
    return TD_OK;
}

/* An optional integer parameter: `*out` keeps its default when it is absent. */
static enum td_err param_int(const struct route_req *rq, const char *name, long long lo,
                             long long hi, long long *out, struct td_error *err)
{
    const char *v = param(rq, name);

    return v == NULL ? TD_OK : parse_int(name, v, lo, hi, out, err);
}

enum td_err handle_healthz(struct route_req *rq, struct route_reply *rep, struct td_error *err)
{
    (void)rq;
    (void)err;
    rep->fixed = "{\"ok\":true}";
    return TD_OK;
}

enum td_err handle_stats(struct route_req *rq, struct route_reply *rep, struct td_error *err)
{
    struct td_store *st;
    struct td_stats stats;
    enum td_err rc = server_store(rq->srv, &st, err);

    if (rc != TD_OK)
        return rc;
    if ((rc = td_query_stats(st, &stats, err)) != TD_OK)
        return rc;
    rc = td_json_stats(&stats, &rep->json);
    td_stats_release(&stats);
    return rc == TD_OK ? TD_OK : td_error_set(err, rc, "cannot render the stats");
}

/*
 * The largest stories first, at most `limit` of them. Cursor pagination is
 * not there yet, so "next_cursor" is always null.
 * TODO(#5): cursor pagination.
 */
enum td_err handle_stories(struct route_req *rq, struct route_reply *rep, struct td_error *err)
{
    struct td_store *st;
    struct td_story_list l, view;
    long long limit = STORIES_DEFAULT_LIMIT;
    enum td_err rc = param_int(rq, "limit", 1, STORIES_MAX_LIMIT, &limit, err);

    if (rc != TD_OK || (rc = server_store(rq->srv, &st, err)) != TD_OK)
        return rc;
    if ((rc = td_query_stories(st, &l, err)) != TD_OK)
        return rc;
    /* Render a shortened view; `l` itself must keep its length to be released. */
    view = l;
    if (view.n > (size_t)limit)
        view.n = (size_t)limit;
    rc = td_json_stories(&view, &rep->json);
    td_story_list_release(&l);
    rep->member = ",\"next_cursor\":null";
    return rc == TD_OK ? TD_OK : td_error_set(err, rc, "cannot render the stories");
}

enum td_err handle_story(struct route_req *rq, struct route_reply *rep, struct td_error *err)
{
    struct td_store *st;
    struct td_article_list l;
    long long id = 0;
    enum td_err rc = parse_int("story id", rq->arg, 1, INT64_MAX, &id, err);

    if (rc != TD_OK || (rc = server_store(rq->srv, &st, err)) != TD_OK)
        return rc;
    if ((rc = td_query_story(st, (int64_t)id, &l, err)) != TD_OK)
        return rc;
    rc = td_json_story((int64_t)id, &l, &rep->json);
    td_article_list_release(&l);
    return rc == TD_OK ? TD_OK : td_error_set(err, rc, "cannot render story %lld", id);
}

/* Reads the filters of /api/search into `o`; `o->from` etc. borrow from the request. */
static enum td_err search_opts(const struct route_req *rq, struct td_search_opts *o,
                               struct td_error *err)
{
    long long story = 0, limit = TD_SEARCH_DEFAULT_LIMIT;
    enum td_err rc = param_int(rq, "story", 1, INT64_MAX, &story, err);

    if (rc == TD_OK)
        rc = param_int(rq, "limit", 1, TD_SEARCH_MAX_LIMIT, &limit, err);
    if (rc != TD_OK)
        return rc;
    o->from = param(rq, "from");
    o->to = param(rq, "to");
    o->lang = param(rq, "lang");
    o->story = (int64_t)story;
    o->limit = (size_t)limit;
    return TD_OK;
}

enum td_err handle_search(struct route_req *rq, struct route_reply *rep, struct td_error *err)
{
    static const struct td_search_opts defaults = TD_SEARCH_OPTS_INIT;
    struct td_search_opts opts = defaults;
    struct td_search_list l;
    struct td_store *st;
    const char *q = param(rq, "q");
    enum td_err rc;

    if (q == NULL)
        return td_error_set(err, TD_ERR_INVALID, "missing query parameter 'q'");
    if ((rc = search_opts(rq, &opts, err)) != TD_OK)
        return rc;
    if ((rc = server_store(rq->srv, &st, err)) != TD_OK)
        return rc;
    if ((rc = td_query_search(st, q, &opts, &l, err)) != TD_OK)
        return rc;
    rc = td_json_search(&l, &rep->json);
    td_search_list_release(&l);
    return rc == TD_OK ? TD_OK : td_error_set(err, rc, "cannot render the search results");
}
