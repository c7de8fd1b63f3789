/*
 * pending.h (private to pipeline/) - the articles of the open batch, held in
 * memory until `td_engine_flush` writes them in one short transaction. The
 * engine does its CPU work outside any transaction, so another connection
 * (the search indexer) can write between batches. Lookups by id and by
 * content hash let duplicates inside one batch be recognised.
 */
#ifndef TD_PIPELINE_PENDING_H
#define TD_PIPELINE_PENDING_H

#include "core/arena.h"
#include "core/map64.h"
#include "dedup/dedup.h"
#include "store/store.h"

/*
 * One article waiting for the batch commit. Its strings and blobs live in
 * the batch's arena (`struct pending` `mem`) until pending_clear().
 */
struct pending_row {
    struct td_article art;
    char lang[8];
    bool lang_given;
    char *copy_of;
    int64_t story;
    int64_t event;
    int64_t joined; /* the event joined before the passes (store_article_row) */
    void *terms;
    size_t terms_len;
    void *names; /* serialized name terms, or NULL */
    size_t names_len;
    unsigned char sig[DEDUP_SIG_BYTES];
    uint8_t record[STORE_HASH_BYTES], content[STORE_HASH_BYTES];
};

struct pending {
    struct pending_row *rows;
    size_t n, cap;
    struct td_map64 by_id;      /* XXH3-64 of the id -> row */
    struct td_map64 by_content; /* first 8 bytes of the content hash -> first row */
    /*
     * The rows' strings and blobs, freed all at once by pending_clear(): one
     * bump allocation each instead of ~10 mallocs an article that live for a
     * whole batch among the clustering's long-lived blocks (docs/BENCHMARKS.md,
     * "perf19").
     */
    struct td_arena mem;
};

void pending_init(struct pending *p);
/* Frees every row and empties the lookups, keeping the memory of the arrays and arena. */
void pending_clear(struct pending *p);
void pending_release(struct pending *p);

/* Copies `row` (with `sig`) into the batch. Errors: TD_ERR_NOMEM (batch unchanged). */
TD_NODISCARD enum td_err pending_push(struct pending *p, const struct store_article_row *row,
                                      const unsigned char sig[DEDUP_SIG_BYTES]);
/* The batch's row with this id, or NULL. */
const struct pending_row *pending_find_id(const struct pending *p, const char *id);
/* The batch's first row with this content hash, or NULL. */
const struct pending_row *pending_find_content(const struct pending *p,
                                               const uint8_t content[STORE_HASH_BYTES]);
/* Inserts every row, in order, inside the caller's transaction. */
TD_NODISCARD enum td_err pending_write(const struct pending *p, struct td_store *st,
                                       struct td_error *err);

#endif
