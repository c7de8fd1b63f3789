/*
 * store_read.c - the read queries behind `query/`, one row per query in a
 * table so that one grep finds them all. Results go to a row callback.
 * How to add one: add an enum value in store.h and its SQL here.
 */
#include <stdio.h>

#include "store/store_int.h"
#include "tidings/timeline.h"

static const char *const query_sql[STORE_Q__COUNT] = {
    [STORE_Q_STORIES] =
        "SELECT story, count(*),"
        " strftime('%Y-%m-%d', min(published_at), 'unixepoch'),"
        " strftime('%Y-%m-%d', max(published_at), 'unixepoch'),"
        " (SELECT group_concat(lang, ',') FROM (SELECT DISTINCT lang FROM articles b"
        "   WHERE b.story = a.story ORDER BY lang)),"
        " (SELECT coalesce(nullif(title, ''), substr(body, 1, 80)) FROM articles c"
        "   WHERE c.story = a.story ORDER BY c.seq LIMIT 1)"
        " FROM articles a GROUP BY story ORDER BY count(*) DESC, story",
    [STORE_Q_STORY_ARTICLES] =
        "SELECT id, title, date, lang, source, url, copy_of, event FROM articles WHERE story = ?1"
        " ORDER BY published_at IS NULL, published_at, seq",
    /* Each count from an index or a summary table, never a scan of the articles. */
    [STORE_Q_STATS_TOTALS] = "SELECT (SELECT count(*) FROM articles),"
                             " (SELECT count(*) FROM story_stats),"
                             " (SELECT count(DISTINCT event) FROM articles)",
    [STORE_Q_STATS_LANGS] = "SELECT lang, n FROM lang_stats ORDER BY lang",
    [STORE_Q_ASSIGNMENT] = "SELECT id, story, event FROM articles ORDER BY seq",
    /* The date as far as it is known: the given text starts with YYYY-MM-DD. */
    [STORE_Q_EXPORT] =
        "SELECT id, story, CASE WHEN date IS NULL THEN NULL WHEN date_prec = 1 THEN"
        " substr(date, 1, 4) WHEN date_prec = 2 THEN substr(date, 1, 7) ELSE substr(date, 1, 10)"
        " END, lang, copy_of, event, CASE WHEN date IS NULL THEN body END, seq FROM articles"
        " ORDER BY seq",
    /* Events inside each story, oldest first (undated events last). */
    [STORE_Q_STORY_EVENTS] = "SELECT story, event, count(*),"
                             " strftime('%Y-%m-%d', min(published_at), 'unixepoch'),"
                             " strftime('%Y-%m-%d', max(published_at), 'unixepoch')"
                             " FROM articles GROUP BY story, event"
                             " ORDER BY story, min(published_at) IS NULL, min(published_at), event",
    [STORE_Q_STORY_TEXTS] =
        "SELECT id, title, body, date, lang, event FROM articles WHERE story = ?1 ORDER BY seq",
    [STORE_Q_EVENTS_OF_STORY] =
        "SELECT event, count(*), strftime('%Y-%m-%d', min(published_at), 'unixepoch'),"
        " strftime('%Y-%m-%d', max(published_at), 'unixepoch') FROM articles WHERE story = ?1"
        " GROUP BY event ORDER BY min(published_at) IS NULL, min(published_at), event",
    [STORE_Q_STORY_TITLES] =
        "SELECT title, lang FROM articles WHERE story = ?1 AND coalesce(title, '') <> ''"
        " ORDER BY published_at DESC, seq DESC LIMIT 12",
    [STORE_Q_STORY_DAYS] =
        "SELECT published_at FROM articles WHERE story = ?1 AND published_at IS NOT NULL",
    [STORE_Q_EVENT_DAYS] =
        "SELECT published_at FROM articles WHERE event = ?1 AND published_at IS NOT NULL",
    [STORE_Q_EVENT_TEXTS] =
        "SELECT published_at, body FROM articles WHERE event = ?1 AND published_at IS NOT NULL",
    /* Dates given to the day (date_prec: TD_DATE_DAY, 3, or finer). */
    [STORE_Q_ARRIVAL_DAYS] = "SELECT published_at FROM articles WHERE seq < ?1"
                             " AND published_at IS NOT NULL AND date_prec >= 3"
                             " ORDER BY seq DESC LIMIT " STR(TD_PUBDATE_ARRIVALS),
    [STORE_Q_TEXTS_AFTER] = "SELECT title, body, lang, abs(coalesce(joined, event)) FROM articles"
                            " WHERE seq > ?1 ORDER BY seq",
};

enum td_err store_step_rows(sqlite3_stmt *s, store_row_fn fn, void *ctx, int *last)
{
    struct store_row row;
    enum td_err rc = TD_OK;
    int src, i;

    while (rc == TD_OK && (src = sqlite3_step(s)) == SQLITE_ROW) {
        row.ncols = sqlite3_column_count(s);
        if (row.ncols > 16)
            row.ncols = 16;
        for (i = 0; i < row.ncols; i++) {
            row.col[i] = (const char *)sqlite3_column_text(s, i);
            row.num[i] = sqlite3_column_int64(s, i);
        }
        rc = fn(ctx, &row);
    }
    *last = src;
    return rc;
}

static enum td_err emit_rows(struct td_store *st, sqlite3_stmt *s, store_row_fn fn, void *ctx,
                             struct td_error *err)
{
    int src;
    enum td_err rc = store_step_rows(s, fn, ctx, &src);

    if (rc == TD_OK && src != SQLITE_DONE)
        rc = store_sqlite_error(st, src, "query failed", err);
    sqlite3_reset(s);
    return rc;
}

enum td_err store_query_run(struct td_store *st, enum store_query q, int64_t arg,
                            store_row_fn fn, void *ctx, struct td_error *err)
{
    enum td_err rc;

    if ((int)q < 0 || q >= STORE_Q__COUNT)
        return td_error_set(err, TD_ERR_INVALID, "unknown query %d", (int)q);
    rc = store_prepare(st, &st->query[q], query_sql[q], err);
    if (rc != TD_OK)
        return rc;
    if (sqlite3_bind_parameter_count(st->query[q]) > 0)
        sqlite3_bind_int64(st->query[q], 1, arg);
    return emit_rows(st, st->query[q], fn, ctx, err);
}
