/*
 * store.h (module interface) - what the store offers the other modules:
 * transactions, the article table used by the pipeline, a replay of the
 * clustering inputs for rebuilding in-memory state, and the read queries
 * behind `query/`. This is the only module that includes <sqlite3.h>.
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
    const char *copy_of;          /* id of the article this is an exact copy of, or NULL */
    int64_t story;                /* story id assigned by the clustering */
    const void *terms;            /* serialized term vector (cluster/vector.h) */
    size_t terms_len;
    const uint8_t *record_hash;   /* STORE_HASH_BYTES over every field */
    const uint8_t *content_hash;  /* STORE_HASH_BYTES over title and text */
};

/* Transactions. `store_begin` is a no-op when one is already open. */
TD_NODISCARD enum td_err store_begin(struct td_store *st, struct td_error *err);
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
 * Finds the first stored article with this content hash. On success
 * `*id_out` is a heap copy of its id (free with td_free) or NULL when there
 * is none, and `*story_out` its story.
 */
TD_NODISCARD enum td_err store_find_content(struct td_store *st,
                                            const uint8_t content_hash[STORE_HASH_BYTES],
                                            char **id_out, int64_t *story_out,
                                            struct td_error *err);

/* Inserts one article. Errors: TD_ERR_CONFLICT (id exists), TD_ERR_DB, TD_ERR_BUSY. */
TD_NODISCARD enum td_err store_insert_article(struct td_store *st,
                                              const struct store_article_row *row,
                                              struct td_error *err);

/* One stored article as replayed to rebuild the clustering state. */
struct store_replay_row {
    int64_t story;
    bool has_date;
    int64_t published_at;
    const void *terms;  /* valid during the callback only */
    size_t terms_len;
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
    STORE_Q_STORIES,        /* story, size, first_date, last_date, langs, title */
    STORE_Q_STORY_ARTICLES, /* (story) id, title, date, lang, source, url, copy_of */
    STORE_Q_STATS_TOTALS,   /* articles, stories */
    STORE_Q_STATS_LANGS,    /* lang, count */
    STORE_Q_ASSIGNMENT,     /* id, story in arrival order */
    STORE_Q__COUNT
};

/*
 * Runs read query `q` with an optional integer parameter `arg` and calls `fn`
 * per row. Errors: TD_ERR_DB, TD_ERR_BUSY, or what `fn` returned.
 */
TD_NODISCARD enum td_err store_query_run(struct td_store *st, enum store_query q, int64_t arg,
                                         store_row_fn fn, void *ctx, struct td_error *err);

#endif
