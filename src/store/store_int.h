/*
 * store_int.h - shared only inside store/: the store object, the error
 * mapping of SQLite result codes and the search tokenizer's registration.
 */
#ifndef TD_STORE_STORE_INT_H
#define TD_STORE_STORE_INT_H

#include <sqlite3.h>

#include "core/map64.h"
#include "store/store.h"

/* Prepared statements of the write path, indexes into `td_store.stmt`. */
enum store_stmt {
    ST_FIND_ID,
    ST_FIND_CONTENT,
    ST_CONTENT_ADD,
    ST_CONTENT_COUNT,
    ST_CONTENT_FOLD,
    ST_CONTENT_CLEAR,
    ST_CONTENT_MID_COUNT,
    ST_CONTENT_MID_FOLD,
    ST_CONTENT_MID_CLEAR,
    ST_INSERT,
    ST_FTS_UPTO,
    ST_FTS_INDEX,
    ST_FTS_DONE,
    ST_FTS_AUTOMERGE,
    ST_FTS_CRISISMERGE,
    ST_FTS_MERGE,
    ST_BEGIN,
    ST_BEGIN_READ,
    ST_COMMIT,
    ST_ROLLBACK,
    ST_DATA_VERSION,
    ST_LANG_ADD,
    ST_LAST_SEQ,
    ST__COUNT
};

/*
 * The log size after which a connection checkpoints, in bytes: SQLite's
 * default of 1,000 pages at the 4 KiB pages stores had before, so larger
 * pages do not make the log larger.
 */
#define STORE_CKPT_BYTES (1000 * 4096)

/* A macro's value as a string literal, for pragmas and SQL. */
#define STR_(x) #x
#define STR(x) STR_(x)

/* Languages counted per transaction before a count is written at once. */
#define STORE_LANG_SLOTS 8
/* Languages of one story counted per transaction before one is written at once. */
#define STORE_STORY_LANGS 4

/* What the open transaction adds to one story's summary rows (store_stats.c). */
struct store_story_delta {
    int64_t story, n;
    int64_t lo, hi, first_seq, title_seq; /* INT64_MIN: none */
    size_t nlangs;
    char langs[STORE_STORY_LANGS][16];
};

struct store_ckpt;

struct td_store {
    sqlite3 *db;
    sqlite3_stmt *stmt[ST__COUNT];        /* prepared lazily, finalized at close */
    sqlite3_stmt *query[STORE_Q__COUNT];  /* read queries, prepared lazily */
    sqlite3_stmt *search;                 /* store_search.c, prepared lazily */
    sqlite3_stmt *search_story;           /* likewise, seeking a small story's articles */
    sqlite3_stmt *search_story_size;      /* likewise: a story's size */
    sqlite3_stmt *search_plain;           /* likewise, when no filter is set */
    sqlite3_stmt *search_hit;             /* likewise: the columns of one hit */
    sqlite3_stmt *search_marks;           /* likewise: snippet and title of one hit */
    sqlite3_stmt *search_upto;            /* likewise: the last indexed seq */
    bool index_on_read;                   /* reads index committed articles first */
    const struct store_fts_tokenizer *fts; /* the search tokenizer (borrowed, static) */
    void *mark_tok;                       /* its instance for store_marks.c, or NULL */
    char *marks_for;                      /* the query `marks` was parsed from, or NULL */
    struct store_marks *marks;            /* its parsed form (NULL: FTS5 marks it) */
    bool fts_marks;                       /* mark every hit with FTS5's functions */
    uint64_t token;                       /* shared by the connections to one file */
    struct open_file *file;               /* that file's entry (store.c), or NULL */
    bool in_tx;                           /* a write transaction is open */
    bool in_read;                         /* a read transaction of store_read_begin is open */
    bool tx_inserts;                      /* the write transaction inserted an article */
    size_t content_fold;                  /* content keys folded at once (store_set_content_fold) */
    struct store_ckpt *ckpt;              /* store_ckpt.c: background checkpoints, or NULL */
    int ckpt_pages;                       /* log pages in STORE_CKPT_BYTES, >= 1 */
    /* Articles inserted per language in the open transaction, for lang_stats. */
    struct {
        char lang[16];
        int64_t n;
    } langs[STORE_LANG_SLOTS];
    size_t nlangs;
    /* Stories touched by the open transaction, for story_stats and story_langs. */
    struct store_story_delta *story_delta;
    size_t nstory_delta, cap_story_delta;
    struct td_map64 story_index;          /* story id + 2 -> index in story_delta */
    sqlite3_stmt *story_add, *story_lang; /* store_stats.c, prepared lazily */
    bool has_swap;                        /* store_swap.c: the temporary table exists */
    sqlite3_stmt *swap_put, *swap_get;    /* likewise, prepared lazily */
};

/*
 * Counts the article `row`, stored as `seq`, into its story's summary rows:
 * in the open transaction's table (written by store_stats_flush), or at once
 * outside a transaction. Errors: TD_ERR_NOMEM, TD_ERR_DB.
 */
enum td_err store_stats_count(struct td_store *st, const struct store_article_row *row,
                              int64_t seq, struct td_error *err);
/* Writes the open transaction's story counts; store_commit calls it. */
enum td_err store_stats_flush(struct td_store *st, struct td_error *err);
/* Forgets the open transaction's story counts (on rollback). */
void store_stats_reset(struct td_store *st);
/* Frees the table and the statements (at close). */
void store_stats_free(struct td_store *st);

/*
 * Steps `s` until it ends or `fn` fails, handing each row to `fn` (at most
 * 16 columns, as text and as integers); `*last` gets the last sqlite3_step()
 * code (SQLITE_DONE when every row was read). Returns what `fn` returned.
 */
enum td_err store_step_rows(sqlite3_stmt *s, store_row_fn fn, void *ctx, int *last);

/* Maps an SQLite result code to a td_err with sqlite3_errmsg() as message. */
enum td_err store_sqlite_error(struct td_store *st, int rc, const char *what,
                               struct td_error *err);

/* Steps `s`, which returns no row, and resets it; `what` names it in errors. */
TD_NODISCARD enum td_err store_step_done(struct td_store *st, sqlite3_stmt *s, const char *what,
                                         struct td_error *err);

/* Returns the prepared statement `sql` cached in `*slot`, preparing it once. */
TD_NODISCARD enum td_err store_prepare(struct td_store *st, sqlite3_stmt **slot, const char *sql,
                                       struct td_error *err);

/* ---- store_marks.c: snippets and marked titles without FTS5's functions ---- */

/* Words of a snippet, as FTS5's snippet() is asked for them. */
#define STORE_SNIPPET_TOKENS 24

struct store_marks;

/*
 * Parses the FTS5 query `query` into `*out` when it is made only of words,
 * "phrases" and prefixes (word*) joined by spaces, AND or OR; `*out` is NULL
 * for every other query (FTS5 marks those). Errors: TD_ERR_NOMEM, and the
 * tokenizer's.
 */
TD_NODISCARD enum td_err store_marks_parse(struct td_store *st, const char *query,
                                           struct store_marks **out, struct td_error *err);
void store_marks_free(struct store_marks *m);

/*
 * `text` with the matches of `m` between STORE_MARK_OPEN and STORE_MARK_CLOSE
 * into `*out` (caller frees with td_free; NULL when `text` is NULL): all of it
 * when `max_tokens` is 0, else the best window of at most `max_tokens` tokens
 * with "…" where it was cut. Errors: TD_ERR_NOMEM, and the tokenizer's.
 */
TD_NODISCARD enum td_err store_marks_text(struct td_store *st, const struct store_marks *m,
                                          const char *text, size_t max_tokens, char **out,
                                          struct td_error *err);

/*
 * Registers the FTS5 tokenizer STORE_FTS_TOKENIZER on the connection, backed
 * by `fts` (retained for the life of the connection). Errors: TD_ERR_DB.
 */
TD_NODISCARD enum td_err store_fts_register(struct td_store *st,
                                            const struct store_fts_tokenizer *fts,
                                            struct td_error *err);

/*
 * Stops the checkpointer of `st` started by td_store_checkpoint_in_background,
 * if any, and gives the connection back SQLite's automatic checkpoint.
 */
void store_ckpt_stop(struct td_store *st);

#endif
