/*
 * static.c - serves the web page embedded from web/ (see static.h): the
 * file itself, a 304 for a cached copy, or a 405 for a method other than
 * GET or HEAD. Every answer carries the Content-Security-Policy that keeps
 * article text from ever running as script, whatever the page does.
 */
#include <string.h>

#include "static.h"

/*
 * Scripts, styles, images and fetches come only from this server; no
 * inline script, no plugins, no framing, no <base> rewriting.
 */
#define CSP                                                                        \
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "    \
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; " \
    "frame-ancestors 'none'"

#define NOT_ALLOWED \
    "{\"error\":{\"code\":\"TD_ERR_INVALID\",\"message\":\"method not allowed (use GET)\"}}"

const struct static_asset *static_find(const char *url)
{
    size_t i;

    if (strcmp(url, "/") == 0)
        url = "/index.html";
    for (i = 0; i < static_nassets; i++)
        if (strcmp(static_assets[i].path, url) == 0)
            return &static_assets[i];
    return NULL;
}

/* Whether the If-None-Match header names `etag` (or is "*"). */
static bool is_cached(struct MHD_Connection *conn, const char *etag)
{
    const char *inm =
        MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_NONE_MATCH);

    return inm != NULL && (strcmp(inm, "*") == 0 || strstr(inm, etag) != NULL);
}

/* Adds the headers every page response has, then queues it and drops our reference. */
static enum MHD_Result queue(struct MHD_Connection *conn, unsigned int status,
                             struct MHD_Response *resp)
{
    enum MHD_Result ok;

    if (resp == NULL)
        return MHD_NO;
    MHD_add_response_header(resp, "Content-Security-Policy", CSP);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    ok = MHD_queue_response(conn, status, resp);
    MHD_destroy_response(resp);
    return ok;
}

static enum MHD_Result send_asset(struct MHD_Connection *conn, const struct static_asset *a)
{
    struct MHD_Response *resp;
    bool cached = is_cached(conn, a->etag);

    /* The data is static, so libmicrohttpd may send it without a copy. */
    resp = MHD_create_response_from_buffer(cached ? 0 : a->len, (void *)a->data,
                                           MHD_RESPMEM_PERSISTENT);
    if (resp == NULL)
        return MHD_NO;
    MHD_add_response_header(resp, MHD_HTTP_HEADER_ETAG, a->etag);
    /* Revalidate each time: the ETag changes with every rebuilt page. */
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-cache");
    if (!cached)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, a->content_type);
    return queue(conn, cached ? MHD_HTTP_NOT_MODIFIED : MHD_HTTP_OK, resp);
}

static enum MHD_Result send_not_allowed(struct MHD_Connection *conn)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(
        strlen(NOT_ALLOWED), (void *)NOT_ALLOWED, MHD_RESPMEM_PERSISTENT);

    if (resp == NULL)
        return MHD_NO;
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json; charset=utf-8");
    MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, "GET, HEAD");
    return queue(conn, MHD_HTTP_METHOD_NOT_ALLOWED, resp);
}

bool static_answer(struct MHD_Connection *conn, const char *method, const char *url,
                   enum MHD_Result *result)
{
    const struct static_asset *a = static_find(url);

    if (a == NULL)
        return false;
    if (strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0)
        *result = send_asset(conn, a);
    else
        *result = send_not_allowed(conn);
    return true;
}
