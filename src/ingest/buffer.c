/*
 * buffer.c - `td_read_buffer()`: records from memory instead of a file, for
 * bodies the HTTP server received. It goes through the same JSON Lines
 * splitter (lines.c), feed reader (feed.c) and record parsers as `td_read_path`, so a record
 * is accepted or rejected for the same reasons whichever way it came in.
 */
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/limits.h"
#include "ingest/feed_int.h"
#include "ingest/ingest.h"
#include "ingest/ingest_int.h"
#include "tidings/ingest.h"
#include "core/banned.h"

#define BOM "\xEF\xBB\xBF"
#define BOM_LEN 3

/* The whole buffer as JSON Lines, line by line. */
static enum td_err read_lines(const struct td_reader_opts *opts, const char *name, const char *data,
                              size_t len, struct td_error *err)
{
    struct lines ls;
    enum td_err rc;

    lines_init(&ls, opts, name);
    rc = lines_feed(&ls, data, len, err);
    if (rc == TD_OK)
        rc = lines_finish(&ls, err);
    lines_release(&ls);
    return rc;
}

/*
 * The whole buffer as one record, JSON or text. A JSON object may be
 * pretty-printed over many lines; json-c takes the newlines as white space.
 */
static enum td_err read_one(const struct td_reader_opts *opts, const char *name, const char *data,
                            size_t len, struct td_error *err)
{
    struct td_record_info info = {name, 1, (uint64_t)len};
    struct td_article art;
    struct td_error perr;
    enum td_err rc;

    td_error_clear(&perr);
    td_article_init(&art);
    if (opts->format == TD_FORMAT_TEXT) {
        /* NULL for the name: an in-memory body has no file name to take an id from. */
        rc = ingest_parse_text(NULL, data, len, &art, &perr);
        return reader_deliver(opts, rc, &art, &perr, &info, err);
    }
    if (len >= BOM_LEN && memcmp(data, BOM, BOM_LEN) == 0) {
        data += BOM_LEN;
        len -= BOM_LEN;
    }
    while (len > 0 && record_is_space((unsigned char)data[0])) {
        data++;
        len--;
    }
    while (len > 0 && record_is_space((unsigned char)data[len - 1]))
        len--;
    if (len == 0) {
        opts->on_reject(opts->ctx, &info, "empty body");
        return TD_OK;
    }
    rc = ingest_parse_jsonl(data, len, opts->drop_field, &art, &perr);
    return reader_deliver(opts, rc, &art, &perr, &info, err);
}

enum td_err td_read_buffer(const struct td_reader_opts *opts, const char *name, const char *data,
                           size_t len, struct td_error *err)
{
    if (opts == NULL || name == NULL || (data == NULL && len > 0) || opts->on_record == NULL ||
        opts->on_reject == NULL)
        return td_error_set(err, TD_ERR_INVALID,
                            "reading needs a buffer, a name and both callbacks");
    td_error_clear(err);
    switch (opts->format) {
    case TD_FORMAT_AUTO:
    case TD_FORMAT_JSONL: return read_lines(opts, name, data != NULL ? data : "", len, err);
    case TD_FORMAT_JSON:
    case TD_FORMAT_TEXT: return read_one(opts, name, data != NULL ? data : "", len, err);
    case TD_FORMAT_FEED:
        return feed_read(opts, name, data != NULL ? data : "", len, NULL, NULL, err);
    default: return td_error_set(err, TD_ERR_INVALID, "unknown input format %d", (int)opts->format);
    }
}

struct td_upload {
    struct td_buf body; /* capped at the upload's `max_bytes` */
    bool too_large;     /* an add went past the cap; the body is refused */
};

enum td_err td_upload_new(size_t max_bytes, struct td_upload **out, struct td_error *err)
{
    struct td_upload *u = td_calloc(1, sizeof(*u));

    if (u == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    /* A cap of 0 would mean "no cap" to td_buf; one byte is the least we allow. */
    td_buf_init(&u->body, max_bytes > 0 ? max_bytes : 1);
    *out = u;
    return TD_OK;
}

enum td_err td_upload_check(const struct td_upload *u, struct td_error *err)
{
    if (u->too_large)
        return td_error_set(err, TD_ERR_TOO_LARGE, "request body larger than %zu bytes",
                            u->body.max_bytes);
    return TD_OK;
}

enum td_err td_upload_add(struct td_upload *u, const char *data, size_t n, struct td_error *err)
{
    if (!u->too_large && n > u->body.max_bytes - u->body.len) {
        u->too_large = true;
        td_buf_release(&u->body);
    }
    if (u->too_large)
        return td_upload_check(u, err);
    if (td_buf_add(&u->body, data, n) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    return TD_OK;
}

const char *td_upload_data(const struct td_upload *u, size_t *len)
{
    *len = u->body.len;
    return u->body.data;
}

void td_upload_free(struct td_upload *u)
{
    if (u == NULL)
        return;
    td_buf_release(&u->body);
    td_free(u);
}
