/*
 * store_search.c - full-text search over the FTS5 index of migration 2:
 * one prepared statement with every filter bound as a parameter ranks the
 * hits (BM25, the title weighted above the body), a second one marks the
 * snippet and title of each hit returned.
 */
#include "store/store_int.h"

/*
 * `?1` is the user's FTS5 query and is only ever bound. A filter whose
 * parameter is NULL is off. The hits are ranked by BM25 with the title
 * weighted above the body (4 and 1) among the newest SEARCH_WINDOW matches
 * that pass the filters: FTS5 walks the matches newest first and stops
 * there, so a word found in half the archive costs about what a rare one
 * does (ranking every match of such a word took 80-170 ms at 120k articles).
 * With fewer matches than the window, every match is ranked.
 */
static const char search_sql[] =
    "SELECT a.id, a.story, a.title, a.date, a.lang, h.seq, -h.score FROM"
    " (SELECT f.rowid AS seq, bm25(articles_fts, 4.0, 1.0) AS score"
    "  FROM articles_fts f JOIN articles b ON b.seq = f.rowid WHERE articles_fts MATCH ?1"
    "  AND (?2 IS NULL OR b.published_at >= ?2) AND (?3 IS NULL OR b.published_at < ?3)"
    "  AND (?4 IS NULL OR b.lang = ?4) AND (?5 IS NULL OR b.story = ?5)"
    "  ORDER BY f.rowid DESC LIMIT ?7) h"
    " JOIN articles a ON a.seq = h.seq ORDER BY h.score, h.seq DESC LIMIT ?6";

/*
 * The marked snippet and title of one hit, built for returned hits only.
 * The markers are bytes that valid UTF-8 text never contains, so a marker
 * in the output is always one that FTS5 put there.
 */
static const char marks_sql[] =
    "SELECT snippet(articles_fts, 1, X'FE', X'FF', '\xe2\x80\xa6', 24),"
    " highlight(articles_fts, 0, X'FE', X'FF')"
    " FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid = ?2";

static void bind_params(sqlite3_stmt *s, const struct store_search_params *p)
{
    sqlite3_bind_text(s, 1, p->match, -1, SQLITE_TRANSIENT);
    if (p->has_from)
        sqlite3_bind_int64(s, 2, p->from);
    if (p->has_to)
        sqlite3_bind_int64(s, 3, p->to);
    if (p->lang != NULL)
        sqlite3_bind_text(s, 4, p->lang, -1, SQLITE_TRANSIENT);
    if (p->story != 0)
        sqlite3_bind_int64(s, 5, p->story);
    sqlite3_bind_int64(s, 6, p->limit);
    sqlite3_bind_int64(s, 7, SEARCH_WINDOW);
}

static const char *col_text(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

static void read_row(sqlite3_stmt *s, struct store_search_row *r)
{
    r->id = col_text(s, 0);
    r->story = sqlite3_column_int64(s, 1);
    r->title = col_text(s, 2);
    r->date = col_text(s, 3);
    r->lang = col_text(s, 4);
    r->score = sqlite3_column_double(s, 6);
    r->snippet = NULL;
    r->title_marked = NULL;
}

/* Adds the marked snippet and title of hit `seq` to `r`, then hands `r` to `fn`. */
static enum td_err deliver(struct td_store *st, const char *match, int64_t seq,
                           struct store_search_row *r, store_search_fn fn, void *ctx,
                           struct td_error *err)
{
    enum td_err rc = store_prepare(st, &st->search_marks, marks_sql, err);
    int src;

    if (rc != TD_OK)
        return rc;
    sqlite3_bind_text(st->search_marks, 1, match, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st->search_marks, 2, seq);
    src = sqlite3_step(st->search_marks);
    if (src == SQLITE_ROW) {
        r->snippet = col_text(st->search_marks, 0);
        r->title_marked = col_text(st->search_marks, 1);
    }
    if (src == SQLITE_ROW || src == SQLITE_DONE)
        rc = fn(ctx, r);
    else
        rc = store_sqlite_error(st, src, "cannot mark a search hit", err);
    sqlite3_reset(st->search_marks);
    sqlite3_clear_bindings(st->search_marks);
    return rc;
}

/*
 * A plain SQLITE_ERROR while stepping comes from FTS5 refusing the query
 * (syntax, unknown column filter); the statement itself is fixed and valid.
 */
static enum td_err step_error(struct td_store *st, int src, struct td_error *err)
{
    if (src == SQLITE_ERROR)
        return td_error_set(err, TD_ERR_PARSE, "invalid search query: %s", sqlite3_errmsg(st->db));
    return store_sqlite_error(st, src, "search failed", err);
}

enum td_err store_search(struct td_store *st, const struct store_search_params *p,
                         store_search_fn fn, void *ctx, struct td_error *err)
{
    struct store_search_row r;
    enum td_err rc;
    int src = SQLITE_DONE;

    if (p == NULL || p->match == NULL || p->limit < 1)
        return td_error_set(err, TD_ERR_INVALID, "bad search parameters");
    rc = store_prepare(st, &st->search, search_sql, err);
    if (rc != TD_OK)
        return rc;
    bind_params(st->search, p);
    while (rc == TD_OK && (src = sqlite3_step(st->search)) == SQLITE_ROW) {
        read_row(st->search, &r);
        rc = deliver(st, p->match, sqlite3_column_int64(st->search, 5), &r, fn, ctx, err);
    }
    if (rc == TD_OK && src != SQLITE_DONE)
        rc = step_error(st, src, err);
    sqlite3_reset(st->search);
    /* Bound copies of the query and language are not kept past the call. */
    sqlite3_clear_bindings(st->search);
    return rc;
}
