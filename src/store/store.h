/*
 * store.h (module interface) - what the store offers the other modules:
 * transactions, the article table used by the pipeline, a replay of the
 * clustering inputs for rebuilding in-memory state, and the read queries
 * behind `query/`, and full-text search. This is the only module that
 * includes <sqlite3.h>.
 *
 * The store never includes text/: the words of the full-text index come from
 * a `struct store_fts_tokenizer` that whoever opens the store hands to
 * `store_open`. The public `td_store_open` (src/query/open.c) passes the
 * one built on text/fts.c.
 */
#ifndef TD_STORE_STORE_H
#define TD_STORE_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tidings/article.h"
#include "tidings/store.h"

#define STORE_HASH_BYTES 16

/* One article row as the pipeline writes it; every pointer is borrowed. */
struct store_article_row {
    const struct td_article *art; /* id must be set; text, title, ... as ingested */
    const char *lang;             /* detected or canonical language, never NULL */
    bool lang_given;              /* whether `lang` came from the record */
    const char *copy_of;          /* id of the article this is an exact or near copy of, or NULL */
    int64_t story;                /* storyline id assigned by the clustering */
    int64_t event;                /* event id assigned by the clustering */
    int64_t joined;               /* event joined before the passes (migration 11); 0: none */
    const void *names;            /* serialized name-term vector, or NULL */
    size_t names_len;
    const void *terms;            /* serialized term vector (cluster/vector.h) */
    size_t terms_len;
    const uint8_t *record_hash;   /* STORE_HASH_BYTES over every field */
    const uint8_t *content_hash;  /* STORE_HASH_BYTES over title and text */
    const void *near_sig;         /* serialized near-duplicate signature, or NULL */
    size_t near_sig_len;
};

/* ---- Opening, and the tokenizer of the full-text index ---- */

/*
 * One token for the index: `tok[0..len)` is its normalised form (borrowed),
 * `[start, end)` its byte offsets in the text being tokenized. Same type as
 * `text_fts_token_fn`, so a text/ tokenizer can call it directly.
 */
typedef enum td_err (*store_fts_token_fn)(void *ctx, const char *tok, size_t len, size_t start,
                                          size_t end);

/*
 * The functions behind the FTS5 tokenizer "tidings". SQLite creates one
 * state per connection and table (`create`), uses it from that connection
 * only, and frees it with `destroy`. `tokenize` calls `fn` once per token in
 * text order and returns TD_OK, or an error (what `fn` returned included).
 * The table is borrowed and must outlive every store opened with it: make it
 * a `static const` object.
 */
struct store_fts_tokenizer {
    enum td_err (*create)(void **state_out, struct td_error *err);
    void (*destroy)(void *state);
    enum td_err (*tokenize)(void *state, const char *s, size_t len, store_fts_token_fn fn,
                            void *ctx, struct td_error *err);
};

/* The FTS5 tokenizer name the schema refers to (migration 2). */
#define STORE_FTS_TOKENIZER "tidings"

/*
 * `td_store_open` with the tokenizer of the full-text index: registers
 * `fts` on the connection before the migrations run (migration 2 and the
 * insert trigger use it), so it must not be NULL. Errors: those of
 * `td_store_open`, and TD_ERR_INVALID (no tokenizer).
 */
TD_NODISCARD enum td_err store_open(const char *path, const struct store_fts_tokenizer *fts,
                                    struct td_store **out, struct td_error *err);

/*
 * Checkpoints run by the thread of td_store_checkpoint_in_background on
 * `st` so far (0 without one): for tests.
 */
unsigned long store_ckpt_runs(const struct td_store *st);

/*
 * The page size of a new store, in bytes (existing stores keep theirs). An
 * article row is ~5 KB (body, clustering terms, signatures): with 4 KiB pages
 * nearly every row spills to an overflow page, and the write path makes two
 * system calls per page for the log and two more to checkpoint it. 16 KiB
 * pages hold three rows and cut the ingest's pwrite/pread calls from 55.7 k
 * + 31.8 k to 15.7 k + 8.6 k per 10 k bench articles (docs/BENCHMARKS.md).
 */
#define STORE_PAGE_BYTES 16384

/* How long a connection waits for another one's write lock before TD_ERR_BUSY. */
/*
 * Long, because the other writer is most often our own indexer thread: it
 * runs at nice 10, so on a machine busy with other work it can hold the
 * write lock for its chunk much longer than it takes on an idle one (two
 * bulk ingests on a loaded machine failed on "database is locked" at 10 s).
 */
#define STORE_BUSY_TIMEOUT_MS 60000

/* Transactions. `store_begin` is a no-op when one is already open. */
TD_NODISCARD enum td_err store_begin(struct td_store *st, struct td_error *err);
/*
 * A read transaction for a run of look-ups (store_find_id, store_find_content):
 * one snapshot and one set of locks for all of them instead of one per
 * statement. What they see is what one look-up at the start would see; the
 * next store_begin, store_read_end or store_rollback ends it. A no-op inside
 * a transaction. Errors: TD_ERR_DB.
 */
TD_NODISCARD enum td_err store_read_begin(struct td_store *st, struct td_error *err);
void store_read_end(struct td_store *st);
TD_NODISCARD enum td_err store_commit(struct td_store *st, struct td_error *err);
void store_rollback(struct td_store *st);
bool store_in_transaction(const struct td_store *st);

/*
 * Looks up an article id. `*found` tells whether it exists; if so and
 * `record_hash` is not NULL, the stored record hash is copied there.
 */
TD_NODISCARD enum td_err store_find_id(struct td_store *st, const char *id, bool *found,
                                       uint8_t record_hash[STORE_HASH_BYTES],
                                       struct td_error *err);

/*
 * Moves every stored article of event `from` to event `into` (the merge
 * pass of the event level, cluster.h); their stories stay as they are.
 * A moved row stored before migration 11 (`joined` NULL) gets its event
 * before the move as -joined, the event a restart replays it into.
 * Call it inside the caller's transaction. Errors: TD_ERR_DB, TD_ERR_BUSY.
 */
TD_NODISCARD enum td_err store_merge_event(struct td_store *st, int64_t from, int64_t into,
                                           struct td_error *err);

/*
 * Moves the stored article with seq `seq` from event `from` to event `into`
 * (the split pass of the event level, cluster.h); its story stays as it
 * is. An article no longer in `from` is left alone; an older row gets
 * -joined as in store_merge_event(). Call it inside the
 * caller's transaction. Errors: TD_ERR_DB, TD_ERR_BUSY.
 */
TD_NODISCARD enum td_err store_move_article(struct td_store *st, int64_t seq, int64_t from,
                                            int64_t into, struct td_error *err);

/*
 * Gives the stored article with seq `seq` story `story` (the event level
 * moved it into an event of another storyline: move_strays() in
 * cluster.c), with the summary rows of its old story and `story` counted
 * again. An article that started the event it joined (no earlier row
 * joined it) keeps its story: a restart reads a new event's storyline from
 * that row. Call it inside the caller's transaction, after the batch's rows
 * are written and the article moved. Errors: TD_ERR_DB, TD_ERR_BUSY.
 */
TD_NODISCARD enum td_err store_move_article_story(struct td_store *st, int64_t seq, int64_t story,
                                                  struct td_error *err);

/*
 * Records that the placement of the article with seq `doc` ran an event
 * pass that merged or moved something (see `event_passes`, migration 11);
 * recording it twice is harmless. Call it inside the caller's transaction.
 * Errors: TD_ERR_DB, TD_ERR_BUSY.
 */
TD_NODISCARD enum td_err store_log_pass(struct td_store *st, int64_t doc, struct td_error *err);

/*
 * The connection's swap: blobs by key in a temporary table (created on
 * first use) that no other connection sees and that ends with the
 * connection; it takes no lock on the store, so it may be written inside
 * a read transaction, and a rollback of the connection's transaction
 * drops what was written in it. store_swap_put() stores `len` bytes of
 * `data` under `key` (replacing them); store_swap_get() copies them back
 * into `data`, which must be exactly `len` bytes. Errors: TD_ERR_NOTFOUND
 * (no such key), TD_ERR_INTERNAL (another length), TD_ERR_TOO_LARGE,
 * TD_ERR_DB, TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err store_swap_put(struct td_store *st, int64_t key, const void *data,
                                        size_t len, struct td_error *err);
TD_NODISCARD enum td_err store_swap_get(struct td_store *st, int64_t key, void *data, size_t len,
                                        struct td_error *err);

/*
 * The seqs store_log_pass() recorded, in increasing order: `*docs_out`
 * (free with td_free; NULL when none) holds `*n_out` of them.
 * Errors: TD_ERR_NOMEM, TD_ERR_DB, TD_ERR_BUSY.
 */
TD_NODISCARD enum td_err store_read_passes(struct td_store *st, int64_t **docs_out, size_t *n_out,
                                           struct td_error *err);

/*
 * Moves every stored article of story `from` to story `into` (a storyline
 * decided again, storyline.h), with the summary rows of both (story_stats,
 * story_langs); `from` is left with no article and no summary row. Call it
 * inside the caller's transaction, after the batch's rows are written.
 * Errors: TD_ERR_DB, TD_ERR_BUSY.
 */
TD_NODISCARD enum td_err store_move_story(struct td_store *st, int64_t from, int64_t into,
                                          struct td_error *err);

/*
 * One storyline move, logged for the replay (`story_moves`, migration 12).
 * A storyline folded by an event merge (the engine's merge_early_ok()) is
 * logged with a negative `doc`, -(seq * 128 + its rank in the pass): the
 * replay folds again itself and reads only where the event started.
 */
struct store_story_move {
    int64_t doc;   /* seq of the article whose placement made the move (< 0: a fold) */
    int64_t event; /* the event moved (as the live placement knew it) */
    int64_t from;
    int64_t into;
};

/*
 * Records a storyline move. Call it inside the caller's transaction.
 * Errors: TD_ERR_DB, TD_ERR_BUSY (TD_ERR_CONFLICT: a move already logged at `mv->doc`).
 */
TD_NODISCARD enum td_err store_log_story_move(struct td_store *st,
                                              const struct store_story_move *mv,
                                              struct td_error *err);

/*
 * The moves store_log_story_move() recorded, by increasing `doc`:
 * `*out` (free with td_free; NULL when none) holds `*n_out` of them.
 * Errors: TD_ERR_NOMEM, TD_ERR_DB, TD_ERR_BUSY.
 */
TD_NODISCARD enum td_err store_read_story_moves(struct td_store *st,
                                                struct store_story_move **out, size_t *n_out,
                                                struct td_error *err);

/*
 * The log of the engine's records of names seen (`seen_log`, migration 14):
 * rows of bytes the engine alone reads, each of one `kind` (a small
 * number), kept in the order they were appended.
 * store_seen_append() appends `len` bytes of `ops` as a row of `kind`; with
 * `is_base` (the row starts that kind over: nothing before it is needed)
 * it deletes the kind's earlier rows. Call it inside the caller's
 * transaction. Errors: TD_ERR_TOO_LARGE, TD_ERR_DB, TD_ERR_BUSY.
 */
TD_NODISCARD enum td_err store_seen_append(struct td_store *st, int kind, const void *ops,
                                           size_t len, bool is_base, struct td_error *err);

/* Called with each row of the log, oldest first; the bytes last until it returns. */
typedef enum td_err (*store_seen_fn)(void *ctx, int kind, const void *ops, size_t len);

/*
 * Hands every row of the log to `fn`, in the order they were appended, and
 * counts them into `*rows`. Stops at the first error `fn` returns (and
 * returns it). Errors: TD_ERR_DB, TD_ERR_BUSY, and `fn`'s.
 */
TD_NODISCARD enum td_err store_seen_read(struct td_store *st, store_seen_fn fn, void *ctx,
                                         size_t *rows, struct td_error *err);

/*
 * The exact-copy look-up's newest keys are kept in a small table and moved
 * into the large one, in key order, once a committing transaction that
 * inserted articles finds this many of them (migration 13): each page of
 * the large table is then written to the log once per fold, not once per
 * transaction. By perf23's model of random inserts (docs/BENCHMARKS.md),
 * 16 k keeps the small table's pages (~40 at most) and the folds' cost
 * both low from 100 k to 1 M articles.
 */
#define STORE_CONTENT_FOLD 16384

/*
 * The folds go into a middle table, which is moved into the large one once
 * it holds this many folds (migration 15): a fold then rewrites the middle
 * table's pages (~430 at most), not the whole large table's, and the large
 * table takes one sorted batch of keys per 262,144 articles.
 * At 1 M articles that is 14 k pages written to the log instead of 52 k
 * (docs/BENCHMARKS.md, `perf32`).
 */
#define STORE_CONTENT_MID_TIMES 16

/* Sets the fold size of this connection (for tests); 0 is taken as 1. */
void store_set_content_fold(struct td_store *st, size_t keys);

/* How many content keys are not folded yet, into `*out` (for tests). Errors: TD_ERR_DB. */
TD_NODISCARD enum td_err store_content_unfolded(struct td_store *st, int64_t *out,
                                                struct td_error *err);

/* How many content keys are in the middle table, into `*out` (for tests). Errors: TD_ERR_DB. */
TD_NODISCARD enum td_err store_content_middle(struct td_store *st, int64_t *out,
                                              struct td_error *err);

/*
 * Finds the first stored article with this content hash. On success
 * `*id_out` is a heap copy of its id (free with td_free) or NULL when there
 * is none, and then `*event_out` is its event and `*seq_out` (may be NULL)
 * its seq.
 */
TD_NODISCARD enum td_err store_find_content(struct td_store *st,
                                            const uint8_t content_hash[STORE_HASH_BYTES],
                                            char **id_out, int64_t *event_out, int64_t *seq_out,
                                            struct td_error *err);

/*
 * Inserts one article and its content key (migration 13), in the open
 * transaction or, outside one, in one of their own; store_fts_catch_up
 * indexes its text later. Errors: TD_ERR_CONFLICT (id exists), TD_ERR_DB,
 * TD_ERR_BUSY.
 */
TD_NODISCARD enum td_err store_insert_article(struct td_store *st,
                                              const struct store_article_row *row,
                                              struct td_error *err);

/* One stored article as replayed to rebuild the clustering state. */
struct store_replay_row {
    int64_t story;
    int64_t event;       /* equals `story` for rows stored before migration 5 */
    bool has_date;
    int64_t published_at;
    const void *terms;  /* valid during the callback only */
    size_t terms_len;
    const char *id;      /* valid during the callback only */
    const char *body;    /* likewise; only when `near_sig` is NULL (rows older than it) */
    const void *near_sig; /* the stored near-duplicate signature, or NULL */
    size_t near_sig_len;
    const void *names;   /* serialized name-term vector, or NULL; callback only */
    size_t names_len;
    const char *lang;    /* the stored language; valid during the callback only */
    int64_t joined;      /* the event it joined before its passes (migration 11); 0: unknown;
                          * < 0: an older row moved since, first replayed into -joined */
    bool is_copy;        /* whether it was stored as a copy (`copy_of` set) */
    const uint8_t *content_hash; /* STORE_HASH_BYTES, or NULL when the row's is not that long;
                                  * callback only */
};
typedef enum td_err (*store_replay_fn)(void *ctx, const struct store_replay_row *row);

/* Calls `fn` for every stored article in arrival order. */
TD_NODISCARD enum td_err store_replay(struct td_store *st, store_replay_fn fn, void *ctx,
                                      struct td_error *err);

/* A row of a read query: up to 16 columns as text (NULL for SQL NULL). */
struct store_row {
    int ncols;
    const char *col[16];  /* valid during the callback only */
    int64_t num[16];      /* the integer value of each column */
};
typedef enum td_err (*store_row_fn)(void *ctx, const struct store_row *row);

/* Read queries, by name; see the table in store_read.c. */
enum store_query {
    STORE_Q_STORIES,         /* story, size, first_date, last_date, langs, title */
    STORE_Q_STORY_ARTICLES,  /* (story) id, title, date, lang, source, url, copy_of, event */
    STORE_Q_STATS_TOTALS,    /* articles, stories, events */
    STORE_Q_STATS_LANGS,     /* lang, count */
    STORE_Q_ASSIGNMENT,      /* id, story, event in arrival order */
    STORE_Q_EXPORT,          /* id, story, date as known, lang, copy_of, event, body when undated,
                                seq */
    STORE_Q_STORY_EVENTS,    /* story, event, size, first_date, last_date */
    STORE_Q_STORY_TEXTS,     /* (story) id, title, body, date, lang, event in arrival order */
    STORE_Q_STORY_DAYS,      /* (story) published_at of its dated articles */
    STORE_Q_STORY_TITLES,    /* (story) title, lang of its 12 newest titled articles (by date) */
    STORE_Q_EVENTS_OF_STORY, /* (story) event, size, first_date, last_date, oldest first */
    STORE_Q_EVENT_DAYS,      /* (event) published_at of its dated articles */
    STORE_Q_EVENT_TEXTS,     /* (event) published_at and body of its dated articles */
    STORE_Q_ARRIVAL_DAYS,    /* (seq) published_at of the TD_PUBDATE_ARRIVALS latest articles
                                dated to the day that arrived before it, newest first */
    STORE_Q_TEXTS_AFTER,     /* (seq) title, body, lang, the event joined when placed, of the
                                articles after it, in arrival order */
    STORE_Q__COUNT
};

/*
 * Runs read query `q` with an optional integer parameter `arg` and calls `fn`
 * per row. Errors: TD_ERR_DB, TD_ERR_BUSY, or what `fn` returned.
 */
TD_NODISCARD enum td_err store_query_run(struct td_store *st, enum store_query q, int64_t arg,
                                         store_row_fn fn, void *ctx, struct td_error *err);

/*
 * Sets how much this connection may cache (SQLite's page cache, `kib`
 * KiB; `store_open` sets 64 MiB). Errors: TD_ERR_DB.
 */
TD_NODISCARD enum td_err store_set_cache_kib(struct td_store *st, size_t kib, struct td_error *err);

/*
 * Brings the full-text index up to date with at most `max_rows` committed
 * articles not yet indexed, in its own transaction (or the open one).
 * `*indexed` is how many were indexed (0: the index is current). Safe to
 * call from a second connection while another one ingests.
 * Errors: TD_ERR_BUSY, TD_ERR_DB.
 */
TD_NODISCARD enum td_err store_fts_catch_up(struct td_store *st, size_t max_rows, size_t *indexed,
                                            struct td_error *err);

/*
 * FTS5's own defaults for merging (its `automerge` and `crisismerge`), which
 * every committed state of the index keeps; and the largest `crisismerge` it
 * takes (it caps the value at 1,999 segments on a level).
 */
#define STORE_FTS_AUTOMERGE 4
#define STORE_FTS_CRISISMERGE 16
#define STORE_FTS_CRISISMERGE_OFF 2000

/*
 * `store_fts_catch_up` for building much of the index at once: the segment
 * the chunk makes is not merged with the others (merging is off for the
 * transaction only), so that a long run of chunks leaves a run of segments
 * for `store_fts_merge` to merge once, instead of merging each posting again
 * at every level (docs/BENCHMARKS.md, "perf18"). Up to 1,999 such segments
 * may wait on one level; past that FTS5 merges them itself. Searches work
 * meanwhile, but each has one segment more to read per chunk.
 * Errors: TD_ERR_BUSY, TD_ERR_DB.
 */
TD_NODISCARD enum td_err store_fts_catch_up_unmerged(struct td_store *st, size_t max_rows,
                                                     size_t *indexed, struct td_error *err);

/*
 * Does about `pages` pages of merging on the full-text index in its own
 * transaction (or the open one), where a level holds STORE_FTS_AUTOMERGE
 * segments or more (FTS5's 'merge' command); all such segments of a level
 * become one. `*more` says whether it wrote anything: call it until it is
 * false. Errors: TD_ERR_INVALID (`pages` <= 0), TD_ERR_BUSY, TD_ERR_DB.
 */
TD_NODISCARD enum td_err store_fts_merge(struct td_store *st, int pages, bool *more,
                                         struct td_error *err);

/* ---- Full-text search (store_search.c) ---- */

/* Bytes that mark a match in snippets; never part of valid UTF-8 text. */
#define STORE_MARK_OPEN '\xfe'
#define STORE_MARK_CLOSE '\xff'

/* What to search for; see `store_search_rank`. */
/* Search ranks the newest this many matches that pass the filters (store_search.c). */
#define SEARCH_WINDOW 1000

struct store_search_params {
    const char *match;    /* FTS5 query, bound as is (never pasted into SQL) */
    const char *lang;     /* exact stored language, or NULL for any */
    int64_t story;        /* story id, or 0 for any */
    bool has_from, has_to;
    int64_t from, to;     /* published_at in [from, to) when set; undated rows never match */
    int64_t limit;        /* rows at most, >= 1 */
};

/* One scored match: the article's seq and its BM25 score (title 4x, higher is better). */
struct store_search_match {
    int64_t seq;
    double score;
};

/* Matches, newest first; the caller frees `items` with td_free(). */
struct store_search_window {
    struct store_search_match *items;
    size_t n, cap;
};

/*
 * Appends to `w` the matches of `p->match` with after < seq <= upto (upto 0:
 * no upper bound) that pass the filters of `p`, newest first, at most
 * SEARCH_WINDOW of them, each with its score (`p->limit` is not used here).
 * Errors: TD_ERR_PARSE ("invalid search query: ..." when FTS5 rejects
 * `p->match`), TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM; `w` then holds what
 * was appended before the failure.
 */
TD_NODISCARD enum td_err store_search_rank(struct td_store *st,
                                           const struct store_search_params *p, int64_t after,
                                           int64_t upto, struct store_search_window *w,
                                           struct td_error *err);

/* One hit; every pointer is valid during the callback only. */
struct store_search_row {
    const char *id;
    int64_t story;
    const char *title;   /* NULL when the article has none */
    const char *date;    /* as ingested, or NULL */
    const char *lang;
    const char *snippet; /* excerpt of the body, matches between the STORE_MARK_* bytes, or NULL */
    const char *title_marked; /* the title with its matches marked, or NULL */
    double score;        /* BM25 with the title weighted 4x, higher is better */
};
typedef enum td_err (*store_search_fn)(void *ctx, const struct store_search_row *row);

/*
 * Reads match `m` (its columns, and its snippet and title marked for the
 * FTS5 query `match`) and calls `fn` with it once; a seq with no article
 * calls nothing. Errors: TD_ERR_PARSE, TD_ERR_DB, TD_ERR_BUSY, or what `fn`
 * returned.
 */
TD_NODISCARD enum td_err store_search_fetch(struct td_store *st, const char *match,
                                            const struct store_search_match *m,
                                            store_search_fn fn, void *ctx, struct td_error *err);

/*
 * Whether `store_search_fetch` marks every hit with FTS5's snippet() and
 * highlight() (`on`), or builds the marks of simple queries itself (the
 * default, store_marks.c); tests compare the two.
 */
void store_search_set_fts_marks(struct td_store *st, bool on);

/*
 * The seq of the last article in the full-text index: articles up to it are
 * searchable, later ones are not yet. Errors: TD_ERR_DB, TD_ERR_BUSY.
 */
TD_NODISCARD enum td_err store_search_upto(struct td_store *st, int64_t *upto,
                                           struct td_error *err);

/*
 * Whether searches and filtered story pages first index the committed
 * articles the full-text index lacks (the default), or only read what is
 * indexed because a background indexer keeps it current (`td_indexer`).
 */
/* The seq of the last stored article (0: none). Errors: TD_ERR_DB, TD_ERR_BUSY. */
TD_NODISCARD enum td_err store_last_seq(struct td_store *st, int64_t *out, struct td_error *err);

void store_set_index_on_read(struct td_store *st, bool on);
bool store_index_on_read(const struct td_store *st);

/*
 * A number that names the database in this process: the same for every
 * connection open to one file at the same time, different for every other
 * database (each in-memory one is its own). A key for caches of what was
 * read (a story id means nothing across databases).
 */
uint64_t store_token(const struct td_store *st);

/* ---- Story pages and single articles (store_pages.c) ---- */

/* One page of the story list; see `store_story_page`. */
struct store_story_page {
    int64_t snapshot; /* the newest story when the walk began: later ones are not listed */
    int64_t before;   /* only stories whose id is below this */
    bool has_since;
    int64_t since;     /* with `has_since`: stories with an article published at or after */
    const char *lang;  /* stories with an article in this stored language, or NULL */
    const char *match; /* stories with an article matching this FTS5 query, or NULL */
    int64_t limit;     /* rows at most, >= 1 */
};

/*
 * Calls `fn` per story of the page, newest story first, with the columns
 * story, size, first_date, last_date ("YYYY-MM-DD" or NULL), languages
 * (comma-separated), title (of the earliest non-copy article that has one,
 * or NULL), body_start (up to 400 characters of the earliest non-copy
 * article) and the page key (the story id). Reads the summary rows of
 * migration 6, one per story.
 * Errors: TD_ERR_INVALID (limit < 1), TD_ERR_PARSE ("invalid search query:
 * ..." when FTS5 rejects `match`), TD_ERR_DB, TD_ERR_BUSY, or what `fn`
 * returned.
 */
TD_NODISCARD enum td_err store_story_page(struct td_store *st, const struct store_story_page *p,
                                          store_row_fn fn, void *ctx, struct td_error *err);

/*
 * Calls `fn` once if article `id` exists, with the columns id, title, body,
 * url, source, date, lang, story, copy_of, meta; not at all otherwise.
 * Errors: TD_ERR_INVALID (NULL id), TD_ERR_DB, TD_ERR_BUSY, or what `fn` returned.
 */
TD_NODISCARD enum td_err store_article_get(struct td_store *st, const char *id, store_row_fn fn,
                                           void *ctx, struct td_error *err);

/*
 * `store_fts_catch_up` that never waits for another connection's write lock:
 * when a writer holds it, returns TD_ERR_BUSY at once with nothing done.
 * It first checks, reading only, whether any committed article waits to be
 * indexed, and takes no lock at all when none does (`*indexed` is then 0).
 * Errors: TD_ERR_BUSY, TD_ERR_DB.
 */
TD_NODISCARD enum td_err store_fts_catch_up_nowait(struct td_store *st, size_t max_rows,
                                                   size_t *indexed, struct td_error *err);

/*
 * SQLite's data version of this connection: it changes whenever another
 * connection commits a change, and only then (this connection's own writes
 * leave it alone). Errors: TD_ERR_DB, TD_ERR_BUSY.
 */
TD_NODISCARD enum td_err store_data_version(struct td_store *st, int64_t *out,
                                            struct td_error *err);

/* The id of the newest story (0 when none). Errors: TD_ERR_DB, TD_ERR_BUSY. */
TD_NODISCARD enum td_err store_last_story(struct td_store *st, int64_t *out, struct td_error *err);

#endif
