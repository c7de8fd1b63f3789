/*
 * store_search.c - full-text search over the FTS5 index of migration 2:
 * one prepared statement with every filter bound as a parameter scores the
 * newest matches (BM25, the title weighted above the body), two more read
 * the columns and the marked snippet and title of each hit returned.
 */
#include "store/store_int.h"

#include <string.h>

#include "core/alloc.h"

/*
 * `?1` is the user's FTS5 query and is only ever bound. A filter whose
 * parameter is NULL is off. The matches with after < seq <= upto that pass
 * the filters are walked newest first (FTS5 reads its doclists in rowid
 * order and stops at the window), each with its BM25 score, the title
 * weighted above the body (4 and 1). Stopping at the window keeps a word
 * found in half the archive about as cheap as a rare one (ranking every
 * match of such a word took 80-170 ms at 120k articles). Without filters
 * the article rows are not read at all.
 */
#define RANK_SELECT "SELECT f.rowid, -bm25(articles_fts, 4.0, 1.0) FROM articles_fts f"
#define RANK_WHERE " WHERE articles_fts MATCH ?1 AND f.rowid > ?6 AND f.rowid <= ?7"
#define RANK_ORDER " ORDER BY f.rowid DESC LIMIT ?8"
static const char rank_sql[] =
    RANK_SELECT " JOIN articles b INDEXED BY articles_filter ON b.seq = f.rowid" RANK_WHERE
    " AND (?2 IS NULL OR b.published_at >= ?2) AND (?3 IS NULL OR b.published_at < ?3)"
    " AND (?4 IS NULL OR b.lang = ?4) AND (?5 IS NULL OR b.story = ?5)" RANK_ORDER;
static const char rank_plain_sql[] = RANK_SELECT RANK_WHERE RANK_ORDER;

/*
 * With a story filter, FTS5 seeks the story's own articles instead: a word
 * found in half the archive no longer has every match read to find the few
 * in one story (0.95-1.07 s -> 0.03-0.06 s for a 6-article story at 120 k
 * articles). A seek costs about as much as reading a few thousand matches,
 * so stories over STORY_SEEK_MAX articles are ranked the first way.
 */
#define STORY_SEEK_MAX 300
static const char rank_story_sql[] =
    RANK_SELECT RANK_WHERE " AND f.rowid IN (SELECT b.seq FROM articles b WHERE b.story = ?5"
    " AND (?2 IS NULL OR b.published_at >= ?2) AND (?3 IS NULL OR b.published_at < ?3)"
    " AND (?4 IS NULL OR b.lang = ?4))" RANK_ORDER;
static const char story_size_sql[] = "SELECT n FROM story_stats WHERE story = ?1";

/* The columns of one hit, by seq. */
static const char hit_sql[] =
    "SELECT id, story, title, date, lang, body FROM articles WHERE seq = ?1";

/*
 * The marked snippet and title of one hit, built for returned hits only.
 * The markers are bytes that valid UTF-8 text never contains, so a marker
 * in the output is always one that FTS5 put there.
 */
static const char marks_sql[] =
    "SELECT snippet(articles_fts, 1, X'FE', X'FF', '\xe2\x80\xa6', 24),"
    " highlight(articles_fts, 0, X'FE', X'FF')"
    " FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid = ?2";

static bool has_filters(const struct store_search_params *p)
{
    return p->has_from || p->has_to || p->lang != NULL || p->story != 0;
}

static void bind_rank(sqlite3_stmt *s, const struct store_search_params *p, int64_t after,
                      int64_t upto)
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
    sqlite3_bind_int64(s, 6, after);
    sqlite3_bind_int64(s, 7, upto > 0 ? upto : INT64_MAX);
    sqlite3_bind_int64(s, 8, SEARCH_WINDOW);
}

/*
 * A plain SQLITE_ERROR while stepping comes from FTS5 refusing the query
 * (syntax, unknown column filter); the statement itself is fixed and valid.
 */
static enum td_err step_error(struct td_store *st, int src, const char *match,
                              struct td_error *err)
{
    const char *msg = sqlite3_errmsg(st->db);

    if (src != SQLITE_ERROR)
        return store_sqlite_error(st, src, "search failed", err);
    /* "covid-19" reads to FTS5 as the word covid, then a filter on a column "19". */
    if (strncmp(msg, "no such column: ", 16) == 0 && strchr(match, '-') != NULL)
        return td_error_set(err, TD_ERR_PARSE,
                            "invalid search query: %s (a '-' before a word starts a column "
                            "filter: put words with a hyphen in double quotes, as in "
                            "\"covid-19\")",
                            msg);
    return td_error_set(err, TD_ERR_PARSE, "invalid search query: %s", msg);
}

/* Whether story `story` is small enough to seek its articles (rank_story_sql). */
static enum td_err small_story(struct td_store *st, int64_t story, bool *small,
                               struct td_error *err)
{
    enum td_err rc = store_prepare(st, &st->search_story_size, story_size_sql, err);
    int src;

    *small = false;
    if (rc != TD_OK)
        return rc;
    sqlite3_bind_int64(st->search_story_size, 1, story);
    src = sqlite3_step(st->search_story_size);
    if (src == SQLITE_ROW)
        *small = sqlite3_column_int64(st->search_story_size, 0) <= STORY_SEEK_MAX;
    else if (src != SQLITE_DONE)
        rc = store_sqlite_error(st, src, "cannot read a story's size", err);
    sqlite3_reset(st->search_story_size);
    return rc;
}

enum td_err store_search_rank(struct td_store *st, const struct store_search_params *p,
                              int64_t after, int64_t upto, struct store_search_window *w,
                              struct td_error *err)
{
    bool filtered, seek = false;
    sqlite3_stmt **slot;
    const char *sql;
    enum td_err rc;
    int src = SQLITE_DONE;

    if (p == NULL || p->match == NULL || w == NULL)
        return td_error_set(err, TD_ERR_INVALID, "bad search parameters");
    filtered = has_filters(p);
    if (p->story != 0 && (rc = small_story(st, p->story, &seek, err)) != TD_OK)
        return rc;
    slot = seek ? &st->search_story : filtered ? &st->search : &st->search_plain;
    sql = seek ? rank_story_sql : filtered ? rank_sql : rank_plain_sql;
    rc = store_prepare(st, slot, sql, err);
    if (rc != TD_OK)
        return rc;
    bind_rank(*slot, p, after, upto);
    while ((src = sqlite3_step(*slot)) == SQLITE_ROW) {
        if (td_grow((void **)&w->items, &w->cap, w->n + 1, sizeof(*w->items)) != TD_OK) {
            rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
            break;
        }
        w->items[w->n].seq = sqlite3_column_int64(*slot, 0);
        w->items[w->n].score = sqlite3_column_double(*slot, 1);
        w->n++;
    }
    if (rc == TD_OK && src != SQLITE_DONE)
        rc = step_error(st, src, p->match, err);
    sqlite3_reset(*slot);
    /* Bound copies of the query and language are not kept past the call. */
    sqlite3_clear_bindings(*slot);
    return rc;
}

static const char *col_text(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

/* Reads the marked snippet and title of hit `seq` into `r` (left NULL when FTS5 has none). */
static enum td_err read_marks(struct td_store *st, const char *match, int64_t seq,
                              struct store_search_row *r, struct td_error *err)
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
    } else if (src != SQLITE_DONE) {
        rc = step_error(st, src, match, err);
    }
    return rc;
}

/*
 * Marks the body and title of the hit in `st->search_hit` for the simple
 * query `q` (store_marks.c) into `r`; the strings go to `own` to be freed.
 */
static enum td_err own_marks(struct td_store *st, const struct store_marks *q,
                             struct store_search_row *r, char *own[2], struct td_error *err)
{
    enum td_err rc = store_marks_text(st, q, col_text(st->search_hit, 5), STORE_SNIPPET_TOKENS,
                                      &own[0], err);

    if (rc == TD_OK)
        rc = store_marks_text(st, q, r->title, 0, &own[1], err);
    r->snippet = own[0];
    r->title_marked = own[1];
    return rc;
}

/*
 * The parsed form of `match` for store_marks.c (`*q` NULL: FTS5 marks it),
 * kept on the connection for the next hits of the same search.
 */
static enum td_err parsed_marks(struct td_store *st, const char *match,
                                const struct store_marks **q, struct td_error *err)
{
    enum td_err rc;

    if (st->marks_for == NULL || strcmp(st->marks_for, match) != 0) {
        store_marks_free(st->marks);
        td_free(st->marks_for);
        st->marks = NULL;
        if ((st->marks_for = td_strdup(match)) == NULL)
            return td_error_set(err, TD_ERR_NOMEM, "out of memory");
        if ((rc = store_marks_parse(st, match, &st->marks, err)) != TD_OK) {
            td_free(st->marks_for);
            st->marks_for = NULL;
            return rc;
        }
    }
    *q = st->marks;
    return TD_OK;
}

void store_search_set_fts_marks(struct td_store *st, bool on)
{
    st->fts_marks = on;
}

enum td_err store_search_fetch(struct td_store *st, const char *match,
                               const struct store_search_match *m, store_search_fn fn, void *ctx,
                               struct td_error *err)
{
    struct store_search_row r;
    const struct store_marks *q = NULL;
    char *own[2] = {NULL, NULL};
    enum td_err rc = store_prepare(st, &st->search_hit, hit_sql, err);
    int src;

    if (rc == TD_OK && !st->fts_marks)
        rc = parsed_marks(st, match, &q, err);
    if (rc != TD_OK)
        return rc;
    memset(&r, 0, sizeof(r));
    sqlite3_bind_int64(st->search_hit, 1, m->seq);
    src = sqlite3_step(st->search_hit);
    if (src == SQLITE_ROW) {
        r.id = col_text(st->search_hit, 0);
        r.story = sqlite3_column_int64(st->search_hit, 1);
        r.title = col_text(st->search_hit, 2);
        r.date = col_text(st->search_hit, 3);
        r.lang = col_text(st->search_hit, 4);
        r.score = m->score;
        rc = q != NULL ? own_marks(st, q, &r, own, err) : read_marks(st, match, m->seq, &r, err);
        if (rc == TD_OK)
            rc = fn(ctx, &r);
    } else if (src != SQLITE_DONE) {
        rc = store_sqlite_error(st, src, "cannot read a search hit", err);
    }
    /* A hit whose row is gone (never the case: articles are not deleted) is skipped. */
    if (st->search_marks != NULL) {
        sqlite3_reset(st->search_marks);
        sqlite3_clear_bindings(st->search_marks);
    }
    sqlite3_reset(st->search_hit);
    td_free(own[0]);
    td_free(own[1]);
    return rc;
}

enum td_err store_search_upto(struct td_store *st, int64_t *upto, struct td_error *err)
{
    enum td_err rc = store_prepare(st, &st->search_upto, "SELECT upto FROM fts_state", err);
    int src;

    if (rc != TD_OK)
        return rc;
    src = sqlite3_step(st->search_upto);
    *upto = src == SQLITE_ROW ? sqlite3_column_int64(st->search_upto, 0) : 0;
    if (src != SQLITE_ROW && src != SQLITE_DONE)
        rc = store_sqlite_error(st, src, "cannot read the search index state", err);
    sqlite3_reset(st->search_upto);
    return rc;
}
