/*
 * static.h - the web page (web/) that `tidings serve` answers at `/`. The
 * files are compiled into the binary: cmake/embed_web.cmake turns each one
 * into a byte array and a row of `static_assets[]` at build time, and
 * static.c serves them with their Content-Type, an ETag and the page's
 * security headers.
 */
#ifndef TD_SERVER_STATIC_H
#define TD_SERVER_STATIC_H

#include <stdbool.h>
#include <stddef.h>

#include <microhttpd.h>

/* One embedded file; every field points to static, read-only data. */
struct static_asset {
    const char *path; /* "/index.html", "/app.js", ... */
    const char *content_type;
    const unsigned char *data;
    size_t len;       /* bytes of `data` */
    const char *etag; /* a quoted hash of the content, e.g. "\"3fa1...\"" */
};

/* The embedded files, generated into the build directory (web_assets.c). */
extern const struct static_asset static_assets[];
extern const size_t static_nassets;

/* The asset served at `url` ("/" is "/index.html"), or NULL if there is none. */
const struct static_asset *static_find(const char *url);

/*
 * Answers the request when `url` is a page file: GET and HEAD get the file
 * (or 304 when If-None-Match names its ETag), any other method 405. Returns
 * false, and leaves the request alone, for every other path; `*result` is
 * then untouched.
 */
bool static_answer(struct MHD_Connection *conn, const char *method, const char *url,
                   enum MHD_Result *result);

#endif
