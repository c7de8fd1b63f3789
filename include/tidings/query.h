/*
 * query.h - the read side shared by the CLI and the server: story lists,
 * one story's articles, store statistics, the article -> story assignment
 * and full-text search, as C structs and as JSON text.
 *
 * Every list is filled by a `td_query_*` call and released with its
 * `*_release` function (which frees the strings and re-initialises the
 * list). JSON renderers return a heap string the caller frees with
 * `td_string_free()`.
 * Thread-safety: use a store from one thread at a time.
 */
#ifndef TIDINGS_QUERY_H
#define TIDINGS_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tidings/error.h"
#include "tidings/store.h"
#include "tidings/timeline.h"

struct td_story_info {
    int64_t id;
    int64_t size;        /* articles */
    char *title;         /* title of its first article, or the start of its body */
    char *first_date;    /* "YYYY-MM-DD" of the oldest dated article, or NULL */
    char *last_date;     /* likewise the newest, or NULL */
    char *languages;     /* comma-separated codes, e.g. "de,en" */
};

struct td_story_list {
    struct td_story_info *items;
    size_t n, cap;
};

struct td_article_info {
    char *id, *title, *date, *lang, *source, *url, *copy_of;  /* NULL when absent */
    const char *date_source; /* static "given" or "estimated" (then `date` is the estimate), or NULL */
    int64_t *added;          /* ids of the timeline events it reported first (timeline.h) */
    size_t nadded;
};

struct td_article_list {
    struct td_article_info *items;
    size_t n, cap;
};

struct td_lang_count {
    char lang[16];
    int64_t count;
};

struct td_stats {
    int64_t articles, stories;
    struct td_lang_count *langs;
    size_t nlangs;
};

/* All stories, largest first. Errors: TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM. */
TD_NODISCARD enum td_err td_query_stories(struct td_store *st, struct td_story_list *out,
                                          struct td_error *err);
void td_story_list_release(struct td_story_list *l);

/*
 * The articles of story `id` in date order (undated last, then arrival),
 * with each article's publication date as given or estimated
 * (`date_source`) and the timeline events it added (`td_query_timeline`).
 * Errors: TD_ERR_NOTFOUND (no such story), TD_ERR_DB, TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_query_story(struct td_store *st, int64_t id,
                                        struct td_article_list *out, struct td_error *err);
void td_article_list_release(struct td_article_list *l);

/*
 * The timeline of story `id` (see timeline.h): its articles are read in
 * arrival order and handed to `td_timeline_build()`. On success `*out`
 * holds it; release it with `td_timeline_release()`.
 * Errors: TD_ERR_NOTFOUND (no such story), TD_ERR_TOO_LARGE (more than
 * TD_TIMELINE_MAX_ARTICLES articles), TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_query_timeline(struct td_store *st, int64_t id,
                                           struct td_timeline *out, struct td_error *err);

/* Totals and articles per language. Errors: TD_ERR_DB, TD_ERR_NOMEM. */
TD_NODISCARD enum td_err td_query_stats(struct td_store *st, struct td_stats *out,
                                        struct td_error *err);
void td_stats_release(struct td_stats *s);

/* Calls `fn(ctx, id, story)` for every article in arrival order. */
typedef enum td_err (*td_assign_fn)(void *ctx, const char *id, int64_t story);
TD_NODISCARD enum td_err td_query_assignment(struct td_store *st, td_assign_fn fn, void *ctx,
                                             struct td_error *err);

/* ---- Full-text search ---- */

#define TD_SEARCH_DEFAULT_LIMIT 20
#define TD_SEARCH_MAX_LIMIT 1000

/* Filters and size of a search. Start from TD_SEARCH_OPTS_INIT. */
struct td_search_opts {
    const char *from;  /* ISO 8601 date or date-time: published at or after it; NULL: open */
    const char *to;    /* likewise, inclusive: "2024-03" runs to the end of March; NULL: open */
    const char *lang;  /* a language in any form ("en", "English", "en-US"), NULL: any */
    int64_t story;     /* a story id, or 0 for any */
    size_t limit;      /* 1 to TD_SEARCH_MAX_LIMIT hits */
};
#define TD_SEARCH_OPTS_INIT {NULL, NULL, NULL, 0, TD_SEARCH_DEFAULT_LIMIT}

/* A highlighted stretch, in code points (not bytes): [start, end). */
struct td_search_span {
    size_t start, end;
};

struct td_search_hit {
    char *id;
    int64_t story;
    char *title;     /* NULL when the article has none */
    char *date;      /* as ingested ("2024-03-05", ...), NULL when undated */
    char *lang;
    char *snippet;   /* plain text excerpt of the body, white space collapsed, "…" at cuts */
    struct td_search_span *highlights;       /* the matches within `snippet` */
    size_t nhighlights;
    struct td_search_span *title_highlights; /* the matches within `title` */
    size_t ntitle_highlights;
    double score;    /* BM25, title weighted 4x the body; higher is better */
};

struct td_search_list {
    struct td_search_hit *items;
    size_t n, cap;
};

/*
 * Indexes for search every committed article not indexed yet. Ingest does
 * not index inside its own transactions (search indexing would halve its
 * speed); `td_query_search` calls this first, and `struct td_indexer` does it
 * on another thread while an ingest runs. Errors: TD_ERR_BUSY, TD_ERR_DB.
 */
TD_NODISCARD enum td_err td_search_index_catch_up(struct td_store *st, struct td_error *err);

/*
 * A background thread with its own connection that indexes committed
 * articles of the database file `path` for search while another thread
 * ingests (SQLite WAL lets one write at a time; the engine writes its
 * batches in short transactions, so the two interleave). Start it with
 * td_indexer_start(); td_indexer_stop() lets it index what is committed,
 * stops it and frees it (NULL is a no-op), returning its first error.
 * Errors: TD_ERR_INVALID (":memory:" or NULL path), TD_ERR_NOMEM,
 * TD_ERR_INTERNAL (no thread); from stop: TD_ERR_DB, TD_ERR_BUSY.
 */
struct td_indexer;
TD_NODISCARD enum td_err td_indexer_start(const char *path, struct td_indexer **out,
                                          struct td_error *err);
TD_NODISCARD enum td_err td_indexer_stop(struct td_indexer *ix, struct td_error *err);

/*
 * Searches titles and bodies for `query`, written in the FTS5 query syntax:
 * words (all must occur), "a phrase", prefix*, OR, NOT, NEAR(a b, 5),
 * parentheses and column filters (title: body:). Words are matched after
 * NFKC + case folding and without stemming: "TOKYO" and "Ｔｏｋｙｏ" find
 * "tokyo", "storm" does not find "storms" (use storm*). Japanese, Chinese
 * and Thai text is split into words by ICU, so 地震 finds 東京で地震が発生.
 * The query is passed to FTS5 as it is, never rewritten.
 * Hits come best first (BM25). Dated filters leave out undated articles.
 * On success `*out` holds the hits (maybe none); release it with
 * `td_search_list_release()`.
 * Errors: TD_ERR_INVALID (NULL or empty query, invalid UTF-8, limit out of
 * range, `from` after `to`, impossible date), TD_ERR_PARSE (malformed date;
 * a query FTS5 rejects, message "invalid search query: ..."),
 * TD_ERR_TOO_LARGE (query over 4096 bytes), TD_ERR_DB, TD_ERR_BUSY,
 * TD_ERR_NOMEM. `opts` may be NULL for the defaults.
 */
TD_NODISCARD enum td_err td_query_search(struct td_store *st, const char *query,
                                         const struct td_search_opts *opts,
                                         struct td_search_list *out, struct td_error *err);
void td_search_list_release(struct td_search_list *l);

/* JSON renderers: `*out` is a heap string freed with td_string_free(). Errors: TD_ERR_NOMEM. */
TD_NODISCARD enum td_err td_json_stories(const struct td_story_list *l, char **out);
TD_NODISCARD enum td_err td_json_story(int64_t id, const struct td_article_list *l, char **out);
TD_NODISCARD enum td_err td_json_stats(const struct td_stats *s, char **out);
/*
 * `{"results":[{"id","story","title","date","lang","score","snippet",
 * "highlights":[[start,end],...],"title_highlights":[...]}...]}`; the spans
 * are code-point offsets into "snippet" and "title".
 */
TD_NODISCARD enum td_err td_json_search(const struct td_search_list *l, char **out);
void td_string_free(char *s);

/* ---- Export: one record per article, streamed ---- */

/*
 * One article as exported; every pointer is valid during the callback only.
 * There is one level of clusters so far, so `event` equals `story`.
 */
struct td_export_row {
    const char *id;
    int64_t story;
    int64_t event;           /* = story until events and stories are separate levels */
    const char *date;        /* "YYYY-MM-DD", "YYYY-MM" or "YYYY" as far as known, or NULL */
    const char *date_source; /* "given" (from the record), "estimated" (from the text and the
                                story, for undated articles; see timeline.h), or NULL */
    const char *lang;        /* stored language code */
    const char *copy_of;     /* id of the original (exact or near copy), or NULL */
};
typedef enum td_err (*td_export_fn)(void *ctx, const struct td_export_row *row);

/*
 * Calls `fn` once per stored article in arrival order, without holding the
 * whole list in memory. Errors: TD_ERR_DB, TD_ERR_BUSY, or what `fn`
 * returned (which stops the export).
 */
TD_NODISCARD enum td_err td_query_export(struct td_store *st, td_export_fn fn, void *ctx,
                                         struct td_error *err);

/*
 * Renders one export row as a one-line JSON object (no newline):
 * `{"id","story","event","date","date_source","lang","copy_of"}`, absent
 * values as null. `*out` is freed with td_string_free(). Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_json_export_row(const struct td_export_row *r, char **out);

#endif
