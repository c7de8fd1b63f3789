/*
 * store_pages.c - the read queries behind the HTTP API's story list (one
 * page at a time, keyset-paginated over a snapshot, with filters) and its
 * single-article lookup. Both statements are prepared per call: their cost
 * is small next to the query, and the store struct stays as it is.
 */
#include <stdio.h>
#include <string.h>

#include "store/store_int.h"

/*
 * The page: the newest stories first, keyed by story id, from the summary
 * rows of migration 6 (one row per story, so the cost does not grow with
 * the archive). `?1` is the newest story when the walk began (later stories
 * are not part of it), `?2` the key to start below. Story ids only grow and
 * a story never changes id, so a walk never repeats a story while articles
 * arrive; a young storyline that moves into another during the walk drops
 * out of it (its articles count in the other's row from then on). Sizes,
 * dates and languages are current.
 */
static const char page_head[] =
    "SELECT s.story, s.n, strftime('%Y-%m-%d', s.lo, 'unixepoch'),"
    " strftime('%Y-%m-%d', s.hi, 'unixepoch'),"
    " (SELECT group_concat(lang, ',') FROM (SELECT lang FROM story_langs l"
    "   WHERE l.story = s.story ORDER BY lang)),"
    " (SELECT title FROM articles c WHERE c.seq = s.title_seq),"
    " (SELECT substr(body, 1, 400) FROM articles d WHERE d.seq = s.first_seq),"
    " s.story FROM story_stats s"
    " WHERE s.story <= ?1 AND s.story < ?2 AND (?3 IS NULL OR s.hi >= ?3)"
    " AND (?4 IS NULL OR EXISTS (SELECT 1 FROM story_langs l WHERE l.story = s.story"
    "  AND l.lang = ?4))";
/* Added when the page is filtered by a full-text query (`?6`). */
static const char page_match[] =
    " AND EXISTS (SELECT 1 FROM articles a INDEXED BY articles_story WHERE a.story = s.story"
    "  AND a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?6))";
static const char page_tail[] = " ORDER BY s.story DESC LIMIT ?5";

static const char article_sql[] =
    "SELECT id, title, body, url, source, date, lang, story, copy_of, meta"
    " FROM articles WHERE id = ?1";

static const char last_story_sql[] = "SELECT coalesce(max(story), 0) FROM story_stats";

/* Whether the newest article is past the last indexed one. */
static const char fts_behind_sql[] =
    "SELECT coalesce((SELECT max(seq) FROM articles), 0) > (SELECT upto FROM fts_state)";

/* Prepares `sql` for one call; the caller finalizes `*out`. */
static enum td_err prepare(struct td_store *st, const char *sql, sqlite3_stmt **out,
                           struct td_error *err)
{
    int src = sqlite3_prepare_v2(st->db, sql, -1, out, NULL);

    if (src != SQLITE_OK) {
        sqlite3_finalize(*out);
        *out = NULL;
        return store_sqlite_error(st, src, "cannot prepare statement", err);
    }
    return TD_OK;
}

/* Steps `s` to the end, handing each row to `fn`; `what` names the query in errors. */
static enum td_err run(struct td_store *st, sqlite3_stmt *s, const char *what, bool fts,
                       store_row_fn fn, void *ctx, struct td_error *err)
{
    int src;
    enum td_err rc = store_step_rows(s, fn, ctx, &src);

    /* The statement is fixed and valid, so an SQLITE_ERROR with MATCH is the query's fault. */
    if (rc == TD_OK && src != SQLITE_DONE && fts && src == SQLITE_ERROR)
        rc = td_error_set(err, TD_ERR_PARSE, "invalid search query: %s", sqlite3_errmsg(st->db));
    else if (rc == TD_OK && src != SQLITE_DONE)
        rc = store_sqlite_error(st, src, what, err);
    return rc;
}

static void bind_page(sqlite3_stmt *s, const struct store_story_page *p)
{
    sqlite3_bind_int64(s, 1, p->snapshot);
    sqlite3_bind_int64(s, 2, p->before);
    if (p->has_since)
        sqlite3_bind_int64(s, 3, p->since);
    if (p->lang != NULL)
        sqlite3_bind_text(s, 4, p->lang, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 5, p->limit);
    if (p->match != NULL)
        sqlite3_bind_text(s, 6, p->match, -1, SQLITE_TRANSIENT);
}

enum td_err store_story_page(struct td_store *st, const struct store_story_page *p, store_row_fn fn,
                             void *ctx, struct td_error *err)
{
    char sql[sizeof(page_head) + sizeof(page_match) + sizeof(page_tail)];
    sqlite3_stmt *s = NULL;
    enum td_err rc;
    int n;

    if (p == NULL || p->limit < 1)
        return td_error_set(err, TD_ERR_INVALID, "bad story page parameters");
    /* Only fixed text is joined here; every value is bound. */
    n = snprintf(sql, sizeof(sql), "%s%s%s", page_head, p->match != NULL ? page_match : "",
                 page_tail);
    if (n < 0 || (size_t)n >= sizeof(sql))
        return td_error_set(err, TD_ERR_INTERNAL, "story page query does not fit");
    if ((rc = prepare(st, sql, &s, err)) != TD_OK)
        return rc;
    bind_page(s, p);
    rc = run(st, s, "story page query failed", p->match != NULL, fn, ctx, err);
    sqlite3_finalize(s);
    return rc;
}

enum td_err store_article_get(struct td_store *st, const char *id, store_row_fn fn, void *ctx,
                              struct td_error *err)
{
    sqlite3_stmt *s = NULL;
    enum td_err rc;

    if (id == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no article id");
    if ((rc = prepare(st, article_sql, &s, err)) != TD_OK)
        return rc;
    sqlite3_bind_text(s, 1, id, -1, SQLITE_TRANSIENT);
    rc = run(st, s, "article query failed", false, fn, ctx, err);
    sqlite3_finalize(s);
    return rc;
}

static enum td_err seq_row(void *ctx, const struct store_row *r)
{
    *(int64_t *)ctx = r->num[0];
    return TD_OK;
}

enum td_err store_last_story(struct td_store *st, int64_t *out, struct td_error *err)
{
    sqlite3_stmt *s = NULL;
    int64_t seq = 0;
    enum td_err rc;

    if ((rc = prepare(st, last_story_sql, &s, err)) != TD_OK)
        return rc;
    rc = run(st, s, "cannot read the newest story", false, seq_row, &seq, err);
    sqlite3_finalize(s);
    if (rc == TD_OK)
        *out = seq;
    return rc;
}

enum td_err store_fts_catch_up_nowait(struct td_store *st, size_t max_rows, size_t *indexed,
                                      struct td_error *err)
{
    sqlite3_stmt *s = NULL;
    int64_t behind = 0;
    enum td_err rc;

    *indexed = 0;
    if ((rc = prepare(st, fts_behind_sql, &s, err)) != TD_OK)
        return rc;
    rc = run(st, s, "cannot read the search index state", false, seq_row, &behind, err);
    sqlite3_finalize(s);
    if (rc != TD_OK || behind == 0)
        return rc;
    /* A busy timeout of 0 makes BEGIN IMMEDIATE fail at once instead of waiting. */
    sqlite3_busy_timeout(st->db, 0);
    rc = store_fts_catch_up(st, max_rows, indexed, err);
    sqlite3_busy_timeout(st->db, STORE_BUSY_TIMEOUT_MS);
    return rc;
}
