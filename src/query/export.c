/*
 * export.c - `td_query_export`: every stored article as one flat record
 * (id, story, event, date, language, copy_of), streamed from the store, and
 * its one-line JSON form for `tidings export --json`.
 */
#include <string.h>

#include "core/buf.h"
#include "query/query_int.h"
#include "store/store.h"
#include "tidings/query.h"

struct export_ctx {
    struct td_store *st;
    td_export_fn fn;
    void *ctx;
    struct td_error *err;
};

static enum td_err export_row(void *ctx, const struct store_row *r)
{
    const struct export_ctx *x = ctx;
    struct td_export_row row;
    struct td_pubdate est;
    enum td_err rc;

    row.id = r->col[0];
    row.story = r->num[1];
    row.event = r->num[5];
    row.date = r->col[2];
    row.date_source = row.date != NULL ? "given" : NULL;
    row.lang = r->col[3];
    row.copy_of = r->col[4];
    /* Only undated articles come with their body, and only they pay for tagging. */
    if (row.date == NULL && r->col[6] != NULL) {
        rc = query_estimate_date(x->st, &row, r->num[7], r->col[6], &est, x->err);
        if (rc != TD_OK)
            return rc;
        row.date = est.source == TD_DATE_SOURCE_ESTIMATED ? est.date : NULL;
        row.date_source = td_date_source_name(est.source);
    }
    return x->fn(x->ctx, &row);
}

enum td_err td_query_export(struct td_store *st, td_export_fn fn, void *ctx, struct td_error *err)
{
    struct export_ctx x = {st, fn, ctx, err};

    if (st == NULL || fn == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no store or callback");
    return store_query_run(st, STORE_Q_EXPORT, 0, export_row, &x, err);
}

/* Appends `,"key":` and a JSON string, or null. */
static enum td_err add_str(struct td_buf *b, const char *key, const char *v)
{
    enum td_err rc = td_buf_addf(b, ",\"%s\":", key);

    if (rc != TD_OK)
        return rc;
    return v != NULL ? td_buf_add_json_str(b, v, strlen(v)) : td_buf_adds(b, "null");
}

enum td_err td_json_export_row(const struct td_export_row *r, char **out)
{
    struct td_buf b;
    enum td_err rc;

    td_buf_init(&b, 0);
    rc = td_buf_adds(&b, "{\"id\":");
    if (rc == TD_OK)
        rc = td_buf_add_json_str(&b, r->id != NULL ? r->id : "", r->id != NULL ? strlen(r->id) : 0);
    if (rc == TD_OK)
        rc = td_buf_addf(&b, ",\"story\":%lld,\"event\":%lld", (long long)r->story,
                         (long long)r->event);
    if (rc == TD_OK)
        rc = add_str(&b, "date", r->date);
    if (rc == TD_OK)
        rc = add_str(&b, "date_source", r->date_source);
    if (rc == TD_OK)
        rc = add_str(&b, "lang", r->lang);
    if (rc == TD_OK)
        rc = add_str(&b, "copy_of", r->copy_of);
    if (rc == TD_OK)
        rc = td_buf_addc(&b, '}');
    if (rc != TD_OK) {
        td_buf_release(&b);
        return rc;
    }
    *out = td_buf_take(&b, NULL);
    return *out != NULL ? TD_OK : TD_ERR_NOMEM;
}
