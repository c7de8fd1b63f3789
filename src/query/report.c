/*
 * report.c - `struct td_ingest_report`: the counts and per-record reasons
 * one ingest request produced, for the reply of POST /api/articles
 * (rendered by td_json_ingest_report in render.c).
 */
#include "tidings/query.h"

#include <string.h>

#include "core/alloc.h"

enum td_err td_ingest_report_reject(struct td_ingest_report *r, int64_t line, const char *reason)
{
    struct td_ingest_error *e;

    r->rejected++;
    if (r->nerrors >= TD_INGEST_MAX_LISTED_ERRORS)
        return TD_OK;
    if (td_grow((void **)&r->errors, &r->cap, r->nerrors + 1, sizeof(*r->errors)) != TD_OK)
        return TD_ERR_NOMEM;
    e = &r->errors[r->nerrors];
    e->line = line;
    e->reason = td_strdup(reason != NULL ? reason : "");
    if (e->reason == NULL)
        return TD_ERR_NOMEM;
    r->nerrors++;
    return TD_OK;
}

void td_ingest_report_release(struct td_ingest_report *r)
{
    size_t i;

    for (i = 0; i < r->nerrors; i++)
        td_free(r->errors[i].reason);
    td_free(r->errors);
    memset(r, 0, sizeof(*r));
}
