/*
 * ingest.c - the write side of `tidings serve`: POST /api/articles bodies go
 * through the one writer engine (`struct server_writer`), with the same
 * record validation as `tidings ingest` (td_read_buffer) and one commit per
 * request. Everything here runs on the writer thread (writer.c).
 */
#include <string.h>

#include "server.h"

/* One request's reading: the engine it feeds and the report it fills. */
struct ingest_run {
    struct td_engine *engine;
    struct td_ingest_report *rep;
    enum td_err report_rc; /* TD_ERR_NOMEM once a rejection could not be listed */
};

static void on_reject(void *ctx, const struct td_record_info *info, const char *reason)
{
    struct ingest_run *r = ctx;

    if (td_ingest_report_reject(r->rep, info->line, reason) != TD_OK)
        r->report_rc = TD_ERR_NOMEM;
}

/* Record-level refusals of the engine are rejections, as in `tidings ingest`. */
static enum td_err on_record(void *ctx, struct td_article *art, const struct td_record_info *info)
{
    struct ingest_run *r = ctx;
    struct td_error err;
    enum td_err rc = td_engine_add(r->engine, art, NULL, &err);

    if (rc == TD_ERR_CONFLICT || rc == TD_ERR_INVALID) {
        on_reject(ctx, info, td_error_message(&err, rc));
        return TD_OK;
    }
    return rc;
}

/* Opens the writer's connection and engine if they are not open. */
static enum td_err writer_open(struct server *s, struct td_error *err)
{
    struct server_writer *w = &s->writer;
    enum td_err rc;

    if (w->engine != NULL)
        return TD_OK;
    if (w->st == NULL && (rc = td_store_open(s->opts.db_path, &w->st, err)) != TD_OK)
        return rc;
    return td_engine_open(w->st, NULL, &w->engine, err);
}

void server_ingest_reset(struct server_writer *w)
{
    td_engine_close(w->engine);
    w->engine = NULL;
    td_store_close(w->st);
    w->st = NULL;
}

/*
 * Opens the writer, again when another process (a `tidings ingest`) has
 * stored articles since its engine was opened: the new engine replays them.
 */
static enum td_err writer_open_current(struct server *s, struct td_error *err)
{
    bool outdated = false;
    enum td_err rc = writer_open(s, err);

    if (rc == TD_OK)
        rc = td_engine_outdated(s->writer.engine, &outdated, err);
    if (rc != TD_OK || !outdated)
        return rc;
    td_engine_close(s->writer.engine);
    s->writer.engine = NULL;
    return writer_open(s, err);
}

/* The reading, the commit and the indexing. */
static enum td_err ingest(struct server *s, const struct td_reader_opts *ro, const char *data,
                          size_t len, struct td_error *err)
{
    struct ingest_run *run = ro->ctx;
    struct td_engine_counts before, after;
    enum td_err rc = writer_open_current(s, err);

    if (rc != TD_OK)
        return rc;
    run->engine = s->writer.engine;
    td_engine_counts(run->engine, &before);
    rc = td_read_buffer(ro, "body", data, len, err);
    if (rc == TD_OK)
        rc = td_engine_flush(run->engine, err);
    if (rc != TD_OK) {
        server_ingest_reset(&s->writer);
        return rc;
    }
    /* Counted only now: the engine counts what has committed. */
    td_engine_counts(run->engine, &after);
    run->rep->accepted = after.stored - before.stored;
    run->rep->copies = after.copies - before.copies;
    run->rep->duplicates = after.duplicates - before.duplicates;
    /*
     * Searchable as soon as the POST is answered. The articles are committed
     * whatever happens here, so a failure (a reader's catch-up holding the
     * lock, say) is no reason to fail the request: the next search indexes them.
     */
    rc = td_search_index_catch_up(s->writer.st, NULL);
    (void)rc;
    return TD_OK;
}

void server_ingest_run(struct server *s, struct server_job *job)
{
    struct td_reader_opts ro = TD_READER_OPTS_INIT;
    struct ingest_run run = {NULL, &job->rep, TD_OK};
    enum td_err rc;

    ro.format = job->format;
    ro.on_record = on_record;
    ro.on_reject = on_reject;
    ro.ctx = &run;
    rc = ingest(s, &ro, job->data, job->len, &job->err);
    if (rc == TD_OK && run.report_rc != TD_OK)
        rc = td_error_set(&job->err, run.report_rc, "out of memory");
    job->rc = rc;
}
