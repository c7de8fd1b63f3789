/*
 * query.h - the read side shared by the CLI and the server: story lists
 * with their events, one story's articles, store statistics, the article ->
 * event and story assignment and full-text search, as C structs and as JSON
 * text. Clusters have two levels: an event is one happening (articles days
 * apart), a story the storyline that links events over any span; every
 * article of an event is in the event's story.
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

/* One event of a story. */
struct td_event_info {
    int64_t id;
    int64_t size;        /* articles */
    char *first_date;    /* "YYYY-MM-DD" of the oldest dated article, or NULL */
    char *last_date;     /* likewise the newest, or NULL */
};

/* One of the names a story's headlines mention most (td_query_story_page). */
struct td_story_entity {
    char *name;        /* canonical form ("Kanye West" for "West" too); owned */
    const char *type;  /* static "PER", "ORG" or "LOC" */
    size_t count;      /* mentions in the headlines read */
};

/* Names listed per story in a story page. */
#define TD_STORY_TOP_ENTITIES 5

struct td_story_info {
    int64_t id;
    int64_t size;        /* articles */
    char *title;         /* its most central headline (see td_query_story_page), else the
                            start of its body */
    char *first_date;    /* "YYYY-MM-DD" of the oldest dated article, or NULL */
    char *last_date;     /* likewise the newest, or NULL */
    char *languages;     /* comma-separated codes, e.g. "de,en" */
    struct td_event_info *events;  /* its events, oldest first (undated last); owned */
    size_t nevents;
    struct td_story_entity *entities; /* story pages only: top names, most mentioned first */
    size_t nentities;
};

struct td_story_list {
    struct td_story_info *items;
    size_t n, cap;
};

struct td_article_info {
    char *id, *title, *date, *lang, *source, *url, *copy_of;  /* NULL when absent */
    int64_t event;  /* the event it belongs to, inside the story */
    const char *date_source; /* static "given" or "estimated" (then `date` is the estimate), or NULL */
    int64_t *added;          /* ids of the timeline events it reported first (timeline.h) */
    size_t nadded;
};

struct td_article_list {
    struct td_article_info *items;
    size_t n, cap;
    /* From td_query_story() only (empty otherwise): the story's events, oldest first
       (undated last), and the names its headlines mention most; owned. */
    struct td_event_info *events;
    size_t nevents;
    struct td_story_entity *entities;
    size_t nentities;
};

struct td_lang_count {
    char lang[16];
    int64_t count;
};

struct td_stats {
    int64_t articles, stories;
    struct td_lang_count *langs;
    size_t nlangs;
    int64_t events;  /* distinct events (stories are storylines of events) */
};

/*
 * All stories, largest first, each with its events.
 * Errors: TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM.
 */
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

/* The two levels of clusters. */
enum td_level {
    TD_LEVEL_STORY,  /* storylines */
    TD_LEVEL_EVENT   /* events inside them */
};

/*
 * Like td_query_assignment, with the cluster id of `level`: `fn(ctx, id,
 * cluster)`. Errors: TD_ERR_INVALID (unknown level), TD_ERR_DB, TD_ERR_BUSY,
 * or what `fn` returned.
 */
TD_NODISCARD enum td_err td_query_assignment_at(struct td_store *st, enum td_level level,
                                                td_assign_fn fn, void *ctx,
                                                struct td_error *err);

/* ---- Story pages and articles, as the HTTP API serves them ---- */

#define TD_STORIES_DEFAULT_LIMIT 50
#define TD_STORIES_MAX_LIMIT 1000
/* Room for a `next_cursor`, NUL included. */
#define TD_CURSOR_MAX 48

/* Filters and size of a story page. Start from TD_STORY_FILTER_INIT. */
struct td_story_filter {
    const char *since;  /* ISO 8601 date: stories with an article dated on or after it; NULL: any */
    const char *lang;   /* stories with an article in this language (any form); NULL: any */
    const char *q;      /* stories with an article matching this FTS5 query; NULL: any */
    const char *cursor; /* a `next_cursor` from the previous page, or NULL for the first */
    size_t limit;       /* 1 to TD_STORIES_MAX_LIMIT stories */
};
#define TD_STORY_FILTER_INIT {NULL, NULL, NULL, NULL, TD_STORIES_DEFAULT_LIMIT}

/*
 * One page of the story list, the newest story first (stories are numbered
 * in order of creation). Pages are keyset-paginated by story id: the cursor
 * remembers the newest story when the first page was read and the last
 * story shown, so articles and stories added while a client walks the pages
 * neither shift nor repeat stories; every story that existed at the first
 * page and passes the filters comes exactly once, with its current size,
 * dates and languages. The cost of a page does not grow with the archive
 * (one summary row per story, kept by the store). A story's title is its
 * most central headline: of its 12 newest titled articles (by date), the one whose
 * content words overlap most with the others' (the sum of its cosine
 * similarities to them); when no two share a word, the title of its
 * earliest non-copy article; when none has a title, the first sentence of
 * its earliest non-copy article. `*out` gets the stories; `next_cursor` (at
 * least TD_CURSOR_MAX bytes) gets the cursor of the next page, or "" on the
 * last page. Pass a cursor with the same filters that produced it.
 * Errors: TD_ERR_INVALID (limit out of range, bad cursor, impossible date,
 * empty query or invalid UTF-8), TD_ERR_PARSE (malformed date; a query FTS5
 * rejects, "invalid search query: ..."), TD_ERR_TOO_LARGE (query over 4096
 * bytes), TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM. `f` may be NULL for defaults.
 */
TD_NODISCARD enum td_err td_query_story_page(struct td_store *st, const struct td_story_filter *f,
                                             struct td_story_list *out, char *next_cursor,
                                             struct td_error *err);

/* One stored article, every field a heap copy (NULL when absent). */
struct td_article_view {
    char *id, *title, *text, *url, *source, *date, *lang, *copy_of;
    char *meta_json; /* the record's other fields as a JSON object, or NULL */
    int64_t story;
};

/*
 * Article `id` (borrowed). Release `*out` with td_article_view_release().
 * Errors: TD_ERR_NOTFOUND (no such article), TD_ERR_INVALID (NULL id),
 * TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_query_article(struct td_store *st, const char *id,
                                          struct td_article_view *out, struct td_error *err);
void td_article_view_release(struct td_article_view *a);

/* ---- Ingest reports (POST /api/articles) ---- */

/* At most this many rejected records are listed one by one; the rest are only counted. */
#define TD_INGEST_MAX_LISTED_ERRORS 1000

struct td_ingest_error {
    int64_t line; /* 1-based line of the record in the body */
    char *reason; /* heap copy */
};

/* What one ingest request did: zero it first, release it with td_ingest_report_release(). */
struct td_ingest_report {
    uint64_t accepted; /* stored, copies included */
    uint64_t copies;
    uint64_t duplicates;
    uint64_t rejected;
    struct td_ingest_error *errors; /* the first TD_INGEST_MAX_LISTED_ERRORS rejections */
    size_t nerrors, cap;
};

/*
 * Records a rejected record: counts it and, while fewer than
 * TD_INGEST_MAX_LISTED_ERRORS are listed, copies `reason`.
 * Errors: TD_ERR_NOMEM (the count is still taken).
 */
TD_NODISCARD enum td_err td_ingest_report_reject(struct td_ingest_report *r, int64_t line,
                                                 const char *reason);
void td_ingest_report_release(struct td_ingest_report *r);

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
 * speed); `td_query_search` does this first (but only when no other
 * connection is writing: a search never waits behind an ingest, it then
 * searches what is indexed), and `struct td_indexer` does it on another
 * thread while an ingest runs. Errors: TD_ERR_BUSY, TD_ERR_DB.
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
 * td_indexer_start for a bulk load that ends with td_indexer_stop (what
 * `tidings ingest` does). The same, except in a process allowed one CPU only:
 * there the thread indexes nothing until td_indexer_stop, which then indexes
 * everything committed, since on one core indexing beside the load only
 * makes the two connections wait for each other's write lock.
 */
TD_NODISCARD enum td_err td_indexer_start_bulk(const char *path, struct td_indexer **out,
                                               struct td_error *err);

/*
 * Searches titles and bodies for `query`, written in the FTS5 query syntax:
 * words (all must occur), "a phrase", prefix*, OR, NOT, NEAR(a b, 5),
 * parentheses and column filters (title: body:). Words are matched after
 * NFKC + case folding and without stemming: "TOKYO" and "Ｔｏｋｙｏ" find
 * "tokyo", "storm" does not find "storms" (use storm*). Japanese, Chinese
 * and Thai text is split into words by ICU, so 地震 finds 東京で地震が発生.
 * The query is passed to FTS5 as it is, never rewritten.
 * Hits come best first (BM25 over the newest 1000 matches that pass the
 * filters). Dated filters leave out undated articles.
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

/*
 * A cache of search results for a long-running process (the server),
 * shared by its threads (it has its own lock). For each query and filters it
 * keeps the scored window of matches and the rendered hits; when articles
 * were indexed since, only those are scored and merged in, so a repeated
 * search costs a lookup and a seek to the newest rows of the index instead
 * of a ranking. Results equal `td_query_search`'s but for BM25 statistics,
 * which are those of when each match was scored: an entry is ranked afresh
 * once the matches merged into it exceed a tenth of the matches the index
 * held when it was ranked, and after 30 seconds. Entries are evicted least recently used first once
 * they hold more than `max_bytes`.
 */
struct td_search_cache;

struct td_search_cache_stats {
    uint64_t hits;      /* answered from an entry as it was */
    uint64_t deltas;    /* answered by merging newly indexed matches into an entry */
    uint64_t misses;    /* ranked from scratch (new, expired or drifted entries) */
    uint64_t evictions;
    size_t bytes;       /* held now, roughly */
    double hit_seconds, delta_seconds, miss_seconds; /* CPU time the answers of each kind took */
};

/* Errors: TD_ERR_NOMEM. Free with `td_search_cache_free()` (NULL is a no-op). */
TD_NODISCARD enum td_err td_search_cache_new(size_t max_bytes, struct td_search_cache **out,
                                             struct td_error *err);
void td_search_cache_free(struct td_search_cache *c);
/*
 * Lets an answer lag the search index by up to `ms` milliseconds (default 0:
 * every answer covers every indexed article): an entry brought up to date
 * less than `ms` ago is answered as kept even if articles were indexed
 * since, so under a stream of commits each query is brought up to date at
 * most once per interval, at its own moment, instead of all at once after
 * every commit. New articles then show in searches within `ms`.
 */
void td_search_cache_set_refresh(struct td_search_cache *c, unsigned ms);
/*
 * Starts a thread, with its own connection to the database file
 * `db_path`, that brings kept answers up to date: a search whose kept
 * answer is behind the index (past the refresh interval) or 30 s old is
 * answered as kept at once and queued, and the thread merges in what was
 * indexed since (or ranks afresh) and puts the new answer in place. The
 * requests then never do that work; answers lag the index by the refresh
 * interval plus the queue's delay. Stopped by `td_search_cache_free()`.
 * Errors: TD_ERR_INVALID (NULL, or started already), TD_ERR_NOMEM,
 * TD_ERR_INTERNAL (no thread).
 */
TD_NODISCARD enum td_err td_search_cache_start_refresher(struct td_search_cache *c,
                                                         const char *db_path,
                                                         struct td_error *err);
void td_search_cache_stats(struct td_search_cache *c, struct td_search_cache_stats *out);

/*
 * `td_query_search` through `cache` (NULL: no cache), with the same
 * arguments, results and errors.
 */
TD_NODISCARD enum td_err td_query_search_cached(struct td_store *st,
                                                struct td_search_cache *cache,
                                                const char *query,
                                                const struct td_search_opts *opts,
                                                struct td_search_list *out,
                                                struct td_error *err);

/*
 * The same answer as JSON (`td_json_search`'s), rendered once per change of
 * the cached hits rather than on every call: `*json` is a heap copy the
 * caller frees with `td_string_free()`. Without a cache (NULL) it searches
 * and renders.
 */
TD_NODISCARD enum td_err td_query_search_cached_json(struct td_store *st,
                                                     struct td_search_cache *cache,
                                                     const char *query,
                                                     const struct td_search_opts *opts,
                                                     char **json, struct td_error *err);

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
/*
 * `{"stories":[...],"next_cursor":"..."|null}`, the story objects as in
 * td_json_stories(); `next_cursor` NULL or "" renders null.
 */
TD_NODISCARD enum td_err td_json_story_page(const struct td_story_list *l, const char *next_cursor,
                                            char **out);
/*
 * `{"id","title","text","url","source","date","lang","story","copy_of","meta"}`,
 * absent values as null; "meta" is the stored JSON object of other fields.
 */
TD_NODISCARD enum td_err td_json_article(const struct td_article_view *a, char **out);
/*
 * `{"accepted":N,"copies":N,"duplicates":N,"rejected":N,"errors":[{"line":L,"reason":"..."}]}`.
 * With `code` other than TD_OK, an `"error":{"code","message"}` member comes
 * first (the shape of every API error), so a refused ingest still reports
 * what was wrong with each record. `message` is borrowed (NULL: the code's text).
 */
TD_NODISCARD enum td_err td_json_ingest_report(const struct td_ingest_report *r, enum td_err code,
                                               const char *message, char **out);
void td_string_free(char *s);
/* A heap copy of `s` to be freed with td_string_free(), or NULL when out of memory. */
char *td_string_dup(const char *s);

/* ---- Export: one record per article, streamed ---- */

/* One article as exported; every pointer is valid during the callback only. */
struct td_export_row {
    const char *id;
    int64_t story;
    int64_t event;           /* its event; every article of an event has the same story */
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
