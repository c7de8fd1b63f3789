/*
 * engine.h - the pipeline: one article in, stored and assigned to a story.
 *
 * `td_engine_open()` binds an engine to an open store and rebuilds the
 * in-memory clustering state from the stored articles. `td_engine_add()`
 * runs one article through text analysis, duplicate detection (exact, and
 * near copies by MinHash over word 3-shingles among the most recent
 * `near_window` articles: those of the last 30 days of the stream's dates,
 * and at least the latest 16,384) and clustering, and writes it inside the current
 * batch transaction; `td_engine_flush()` commits the batch. An article is
 * acknowledged (counted in `td_engine_counts()`) only once its batch has
 * committed, so a killed ingest can simply be run again: stored ids are recognised as duplicates.
 *
 * Thread-safety: one engine per thread, on a store used by that thread only.
 */
#ifndef TIDINGS_ENGINE_H
#define TIDINGS_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tidings/article.h"
#include "tidings/error.h"
#include "tidings/mem.h"
#include "tidings/store.h"

struct td_engine;

struct td_engine_opts {
    size_t batch_size;  /* articles per transaction (default 512) */
    double threshold;   /* > 0: join events by the hand-set cosine rule at this threshold
                           instead of the learned model (for comparisons) */
    size_t near_window; /* articles the near-copy index keeps; 0 means 200000 */
    /*
     * The event scorer's model file (`tidings train` writes one); NULL means
     * $TIDINGS_MODEL when set and non-empty, else the model built into the
     * library (data/models/events.model). Read once by td_engine_open().
     */
    const char *model_path;
    /*
     * An id already stored with other content (a feed item edited since it
     * was read) is stored as a revision, under the id "ID#REV" (REV: the
     * first 16 hex digits of the new record's hash, so the same revision read
     * again is a duplicate), instead of being refused with TD_ERR_CONFLICT.
     */
    bool revisions;
    /*
     * With `threshold` (no model, so none of a model's text options): Han
     * words in Chinese and Japanese text are also read as Korean reads them
     * all the same (the model option `hanja_readings`), so that `tidings
     * train` analyses its data as a model with that option will.
     */
    bool hanja_readings;
    /*
     * With `threshold`, likewise: the zone cities in other scripts are found
     * and counted (the model option `zone_cities`).
     */
    bool zone_cities;
    /*
     * With `threshold`, likewise: the words of a page's time stamp are no
     * names (the model option `stamp_words`).
     */
    bool stamp_words;
};
#define TD_ENGINE_OPTS_INIT                           \
    {                                                 \
        512, 0.0, 0, NULL, false, false, false, false \
    }

/* What happened to one added article. */
enum td_add_status {
    TD_ADD_STORED = 0, /* new article, stored */
    TD_ADD_COPY,       /* new id, same or nearly the same body as a stored article (a copy
                          or light rewrite): stored, marked copy_of, in the original's story */
    TD_ADD_DUPLICATE,  /* this id is already stored with the same content: nothing changed */
    TD_ADD_REVISION    /* the id was stored with other content: stored as "ID#REV" (opts.revisions) */
};

/* Committed totals since the engine was opened. */
struct td_engine_counts {
    uint64_t stored;      /* including copies and revisions */
    uint64_t copies;
    uint64_t duplicates;
    uint64_t revisions;   /* stored under "ID#REV" (opts.revisions) */
};

/*
 * Opens an engine on `st` (retained until `td_engine_close`), rebuilding the
 * clustering state from the store. `opts` may be NULL for defaults.
 * Errors: TD_ERR_NOMEM, TD_ERR_DB, TD_ERR_PARSE (corrupt stored vectors or
 * a bad model file, named with its line), TD_ERR_IO (model file unreadable),
 * TD_ERR_UNSUPPORTED (model file of another format version),
 * TD_ERR_INTERNAL (text libraries failed to start).
 */
TD_NODISCARD enum td_err td_engine_open(struct td_store *st, const struct td_engine_opts *opts,
                                        struct td_engine **out, struct td_error *err);

/*
 * Runs `art` (borrowed; its id may be NULL, then the content hash is the id)
 * through the pipeline. On success `*status` (may be NULL) says what
 * happened. Record-level errors leave the engine usable and store nothing:
 * TD_ERR_CONFLICT (the id is stored with different content, unless
 * opts.revisions; or the revision's id would be over TD_MAX_ID_BYTES), TD_ERR_INVALID
 * (invalid text). Other errors (TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM) roll
 * back the uncommitted batch and leave the engine unusable: close it.
 */
TD_NODISCARD enum td_err td_engine_add(struct td_engine *e, const struct td_article *art,
                                       enum td_add_status *status, struct td_error *err);

/*
 * Commits the current batch. Errors: TD_ERR_DB, TD_ERR_BUSY (engine
 * unusable), also when another connection stored articles since `e` was
 * opened (see td_engine_outdated()).
 */
TD_NODISCARD enum td_err td_engine_flush(struct td_engine *e, struct td_error *err);

/*
 * Sets `*outdated` when another connection (another process, or another
 * engine) has stored articles since `e` was opened: `e`'s clustering state
 * no longer matches the store, and its next flush would fail. Close it and
 * open a new engine, which replays them. Call it between batches (after a
 * flush). Errors: TD_ERR_DB, TD_ERR_BUSY.
 */
TD_NODISCARD enum td_err td_engine_outdated(struct td_engine *e, bool *outdated,
                                            struct td_error *err);

/* Committed totals. */
void td_engine_counts(const struct td_engine *e, struct td_engine_counts *out);

/*
 * Reports the heap memory `e` holds (tidings/mem.h), one row per holder:
 * the analyzer's memos, the near-copy index, the event and storyline
 * levels, the engine's own records (stored ids, names seen, acronyms, the
 * open batch) and the SQLite page cache of its store's connection. For
 * diagnostics (`tidings ingest --mem-stats`) and budget tests; allocates
 * nothing.
 */
void td_engine_mem(const struct td_engine *e, td_mem_row_fn fn, void *ctx);

/* Rolls back anything not flushed and frees `e`; NULL is a no-op. */
void td_engine_close(struct td_engine *e);

#endif
