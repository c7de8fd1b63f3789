/*
 * json_read.c - reading helpers over json-c (see json_read.h).
 */
#include "json/json_read.h"

#include <string.h>

#include "core/buf.h"
#include "core/limits.h"
#include "core/utf8.h"

enum td_err json_parse_object(const char *line, size_t len, struct json_object **out,
                              struct td_error *err)
{
    struct json_tokener *tok;
    struct json_object *obj;
    size_t bad = 0;

    /* Raw bytes first, as ingest does: a bad byte gets its offset, not a JSON riddle. */
    if (!utf8_valid(line, len, &bad))
        return td_error_set(err, TD_ERR_INVALID, "invalid UTF-8 at byte offset %zu", bad);
    tok = json_tokener_new();
    if (tok == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
    obj = json_tokener_parse_ex(tok, line, (int)len);
    json_tokener_free(tok);
    if (obj == NULL || !json_object_is_type(obj, json_type_object)) {
        json_object_put(obj);
        return td_error_set(err, TD_ERR_PARSE, "not a JSON object");
    }
    *out = obj;
    return TD_OK;
}

const char *json_str_field(struct json_object *obj, const char *key, bool *bad)
{
    struct json_object *v;

    if (!json_object_object_get_ex(obj, key, &v) || v == NULL)
        return NULL;
    if (!json_object_is_type(v, json_type_string)) {
        *bad = true;
        return NULL;
    }
    return json_object_get_string(v);
}

/* Hands one line to `fn`; counts and reports it when it is rejected. */
static enum td_err one_record(const struct td_buf *line, size_t lineno, json_record_fn fn,
                              void *ctx, json_reject_fn on_reject, void *rctx, size_t *rejected,
                              struct td_error *err)
{
    struct td_error why;
    enum td_err rc;

    td_error_clear(&why);
    rc = fn(ctx, line->data, line->len, &why);
    if (rc == TD_ERR_NOMEM)
        return td_error_set(err, rc, "out of memory");
    if (rc == TD_ERR_IO)
        return td_error_set(err, rc, "%s", td_error_message(&why, rc));
    if (rc != TD_OK) {
        (*rejected)++;
        if (on_reject != NULL)
            on_reject(rctx, lineno, td_error_message(&why, rc));
    }
    return TD_OK;
}

enum td_err json_lines_each(FILE *in, json_record_fn fn, void *ctx, json_reject_fn on_reject,
                            void *rctx, size_t *rejected, struct td_error *err)
{
    struct td_buf line;
    size_t lineno = 0;
    enum td_err rc = TD_OK;
    bool overlong;

    *rejected = 0;
    td_buf_init(&line, TD_MAX_LINE_BYTES);
    while (rc == TD_OK && td_buf_read_line(in, &line, &overlong)) {
        lineno++;
        if (overlong) {
            (*rejected)++;
            if (on_reject != NULL)
                on_reject(rctx, lineno, "line too long or out of memory");
        } else if (line.len > strspn(line.data, " \t")) {
            rc = one_record(&line, lineno, fn, ctx, on_reject, rctx, rejected, err);
        }
    }
    if (rc == TD_OK && ferror(in))
        rc = td_error_set(err, TD_ERR_IO, "cannot read the input");
    td_buf_release(&line);
    return rc;
}
