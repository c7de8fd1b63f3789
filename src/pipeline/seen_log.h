/*
 * seen_log.h (private to pipeline/) - the log of what the engine's records
 * of names seen took in: names (for words of scripts without capitals),
 * name pairs (for Chinese names in Han) and acronyms defined. The engine
 * appends an entry for each change as it makes it, in order; td_engine_flush
 * writes each kind's entries of the batch as a row of the store's
 * `seen_log` (store_seen_append()), and an engine that opens the store reads
 * them back in order (seen_log_replay()) to rebuild its records exactly as
 * the live engine left them, however many articles ago a name was seen.
 */
#ifndef TD_PIPELINE_SEEN_LOG_H
#define TD_PIPELINE_SEEN_LOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "store/store.h"

/* The records, each logged on its own (a row of the store is of one kind). */
enum seen_kind { SEEN_NAMES, SEEN_PAIRS, SEEN_ALIASES, SEEN_KINDS };

/* Bytes of a name's skeleton and vowel gaps, two NUL-terminated strings, at most. */
#define SEEN_SV_MAX 255

struct seen_log {
    struct td_buf ops[SEEN_KINDS]; /* the open batch's entries, per kind */
    bool base[SEEN_KINDS];         /* the batch's entries of that kind start it over */
    size_t entries[SEEN_KINDS];    /* entries since the kind last started over, stored ones too */
    bool oom;                      /* an entry could not be appended */
};

void seen_log_init(struct seen_log *l);
void seen_log_release(struct seen_log *l);
/* Forgets the open batch's entries (written, or dropped with the batch). */
void seen_log_reset(struct seen_log *l);
/* Whether the open batch has entries to write. */
bool seen_log_pending(const struct seen_log *l);

/* The record of `kind` was emptied: what came before is no longer needed. */
void seen_log_clear(struct seen_log *l, enum seen_kind kind);
/*
 * Name `anchor` was recorded, with no key (`has_key` false), or under key
 * hash `key` with its skeleton and vowel gaps `sv[0..n_sv)` (n_sv <= SEEN_SV_MAX).
 */
void seen_log_name(struct seen_log *l, uint64_t anchor, bool has_key, uint64_t key, const char *sv,
                   size_t n_sv);
/* The pair with hash `hash` was recorded as the names `first` and `second`. */
void seen_log_pair(struct seen_log *l, uint64_t hash, uint64_t first, uint64_t second);
/* The acronym `anchor` was defined (again); its full name's words follow. */
void seen_log_alias(struct seen_log *l, uint64_t anchor);
/* The word `anchor` was added to the acronym being defined. */
void seen_log_alias_word(struct seen_log *l, uint64_t anchor);

/*
 * Writes the open batch's entries to the store, one row per kind that has
 * any, inside the caller's transaction. Errors: TD_ERR_NOMEM (an entry
 * was lost), store_seen_append()'s.
 */
TD_NODISCARD enum td_err seen_log_write(const struct seen_log *l, struct td_store *st,
                                        struct td_error *err);

/* What seen_log_replay() calls for each entry, in the order they were logged. */
struct seen_replay {
    void (*clear)(void *ctx, enum seen_kind kind);
    void (*name)(void *ctx, uint64_t anchor, bool has_key, uint64_t key, const char *sv,
                 size_t n_sv);
    void (*pair)(void *ctx, uint64_t hash, uint64_t first, uint64_t second);
    void (*alias)(void *ctx, uint64_t anchor);
    void (*alias_word)(void *ctx, uint64_t anchor);
};

/*
 * Hands the entries of one stored row (`kind`, `ops[0..len)`) to `fns`, and
 * counts them into `l->entries` as if they had been logged. Errors:
 * TD_ERR_PARSE (a row cut short or of an unknown kind or entry).
 */
TD_NODISCARD enum td_err seen_log_replay(struct seen_log *l, int kind, const void *ops, size_t len,
                                         const struct seen_replay *fns, void *ctx);

#endif
