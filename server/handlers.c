/*
 * handlers.c - one function per HTTP API endpoint (see the table in
 * routes.c). Each validates its query parameters, runs one public query on
 * the worker thread's store and renders it with the matching td_json_*
 * call, so the API returns the same shapes as the CLI's --json.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

/* Reads the filters of /api/stories into `f`; the strings borrow from the request. */
static enum td_err story_filter(const struct route_req *rq, struct td_story_filter *f,
                                struct td_error *err)
{
    long long limit = STORIES_DEFAULT_LIMIT;
    enum td_err rc = param_int(rq, "limit", 1, STORIES_MAX_LIMIT, &limit, err);

    if (rc != TD_OK)
        return rc;
    f->limit = (size_t)limit;
    f->cursor = param(rq, "cursor");
    f->since = param(rq, "since");
    f->lang = param(rq, "lang");
    f->q = param(rq, "q");
    return TD_OK;
}

/* One page of stories, the most recently updated first, with the cursor of the next. */
/*
 * The cache key of a story page, "" when it is not cached: pages filtered
 * by a full-text query are not, as a search may index more articles on
 * this very connection, which the data version does not see.
 */
static void stories_key(const struct td_story_filter *f, char *key, size_t cap)
{
    int n;

    key[0] = '\0';
    if (f->q != NULL)
        return;
    /* \x1f cannot occur in a decoded parameter that passed validation as text. */
    n = snprintf(key, cap, "stories\x1f%zu\x1f%s\x1f%s\x1f%s", f->limit,
                 f->since != NULL ? f->since : "", f->lang != NULL ? f->lang : "",
                 f->cursor != NULL ? f->cursor : "");
    if (n < 0 || (size_t)n >= cap)
        key[0] = '\0';
}

enum td_err handle_stories(struct route_req *rq, struct route_reply *rep, struct td_error *err)
{
    static const struct td_story_filter defaults = TD_STORY_FILTER_INIT;
    struct td_story_filter f = defaults;
    struct server_thread *t;
    struct td_story_list l;
    char next[TD_CURSOR_MAX], key[REPLY_CACHE_KEY_MAX];
    int64_t version = 0;
    enum td_err rc = story_filter(rq, &f, err);

    if (rc != TD_OK || (rc = server_thread(rq->srv, &t, err)) != TD_OK)
        return rc;
    stories_key(&f, key, sizeof(key));
    if (key[0] != '\0' && td_store_last_seq(t->st, &version, NULL) != TD_OK)
        key[0] = '\0';
    if (key[0] != '\0' && reply_cache_get(&rq->srv->replies, key, version, &rep->json) != REPLY_RENDER)
        return TD_OK;
    rc = td_query_story_page(t->st, &f, &l, next, err);
    if (rc == TD_OK) {
        rc = td_json_story_page(&l, next, &rep->json);
        td_story_list_release(&l);
        if (rc != TD_OK)
            rc = td_error_set(err, rc, "cannot render the stories");
    }
    if (key[0] != '\0' && rc == TD_OK)
        reply_cache_put(&rq->srv->replies, key, version, rep->json);
    else if (key[0] != '\0')
        reply_cache_abandon(&rq->srv->replies, key);
    return rc;
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

enum td_err handle_timeline(struct route_req *rq, struct route_reply *rep, struct td_error *err)
{
    struct td_store *st;
    struct td_timeline tl;
    char *json = NULL;
    long long id = 0;
    enum td_err rc = parse_int("story id", rq->arg, 1, INT64_MAX, &id, err);

    if (rc != TD_OK || (rc = server_store(rq->srv, &st, err)) != TD_OK)
        return rc;
    if ((rc = td_query_timeline(st, (int64_t)id, &tl, err)) != TD_OK)
        return rc;
    rc = td_json_timeline((int64_t)id, &tl, &json);
    td_timeline_release(&tl);
    /* The reply is freed with td_string_free(), which frees what td_json_timeline() allocates. */
    rep->json = json;
    return rc == TD_OK ? TD_OK : td_error_set(err, rc, "cannot render the timeline of story %lld", id);
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
    struct td_store *st;
    const char *q = param(rq, "q");
    enum td_err rc;

    if (q == NULL)
        return td_error_set(err, TD_ERR_INVALID, "missing query parameter 'q'");
    if ((rc = search_opts(rq, &opts, err)) != TD_OK)
        return rc;
    if ((rc = server_store(rq->srv, &st, err)) != TD_OK)
        return rc;
    return td_query_search_cached_json(st, rq->srv->search_cache, q, &opts, &rep->json, err);
}

enum td_err handle_article(struct route_req *rq, struct route_reply *rep, struct td_error *err)
{
    struct td_store *st;
    struct td_article_view a;
    enum td_err rc = server_store(rq->srv, &st, err);

    if (rc != TD_OK || (rc = td_query_article(st, rq->arg, &a, err)) != TD_OK)
        return rc;
    rc = td_json_article(&a, &rep->json);
    td_article_view_release(&a);
    return rc == TD_OK ? TD_OK : td_error_set(err, rc, "cannot render the article");
}

/* The format a body's Content-Type names (routes.c has already checked that it is one). */
static enum td_format body_format(const struct route_req *rq)
{
    const char *ct =
        MHD_lookup_connection_value(rq->conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);

    if (ct != NULL && routes_type_in(ct, routes_json_types))
        return TD_FORMAT_JSON;
    if (ct != NULL && routes_type_in(ct, routes_feed_types))
        return TD_FORMAT_FEED;
    return TD_FORMAT_JSONL;
}

/*
 * Stores the articles of the body: 200 with the counts, or 400 with the same
 * counts under an error object when no record was taken (all rejected, or
 * none at all). The first call hands the body to the writer thread and
 * suspends the connection; the second, once the writer has committed the
 * batch and resumed the connection, answers.
 */
enum td_err handle_post_articles(struct route_req *rq, struct route_reply *rep,
                                 struct td_error *err)
{
    struct server_job *job = &rq->req->job;
    struct td_ingest_report *r = &job->rep;
    enum td_err rc, code = TD_OK;
    char msg[96];

    if (server_job_state(rq->srv, job) == SERVER_JOB_NEW) {
        job->conn = rq->conn;
        job->data = rq->body != NULL ? rq->body : "";
        job->len = rq->body_len;
        job->format = body_format(rq);
        rc = server_ingest_submit(rq->srv, job, err);
        rep->suspended = rc == TD_OK;
        return rc;
    }
    if (job->rc != TD_OK) {
        if (err != NULL)
            *err = job->err;
        return job->rc;
    }
    if (r->accepted + r->duplicates == 0) {
        code = TD_ERR_INVALID;
        if (r->rejected == 0)
            (void)snprintf(msg, sizeof(msg), "the body holds no records");
        else
            (void)snprintf(msg, sizeof(msg), "all %llu records were rejected",
                           (unsigned long long)r->rejected);
        rep->status = MHD_HTTP_BAD_REQUEST;
    }
    rc = td_json_ingest_report(r, code, code != TD_OK ? msg : NULL, &rep->json);
    return rc == TD_OK ? TD_OK : td_error_set(err, rc, "cannot render the ingest report");
}
