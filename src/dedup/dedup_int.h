/*
 * dedup_int.h (private to src/dedup/) - the layout of the near-duplicate
 * index, shared by the signature code (minhash.c) and the LSH index (near.c).
 */
#ifndef TD_DEDUP_DEDUP_INT_H
#define TD_DEDUP_DEDUP_INT_H

#include "dedup/dedup.h"

/* Bytes of the id field of a doc: ids up to NEAR_ID_BYTES - 2 bytes live inside it. */
#define NEAR_ID_BYTES 24

/* One indexed article, at a ring position. */
struct near_doc {
    uint16_t sig[DEDUP_NEAR_HASHES];
    int64_t story;
    /*
     * The id a copy of this article points to: NUL-padded inline, or (last
     * byte 1) a td_malloc'd copy whose pointer fills the first bytes. It
     * follows `story`, so that pointer sits at a pointer's alignment, where
     * LeakSanitizer looks for it (after `day` it was 4 bytes off and the
     * copies of a live index read as leaked).
     */
    char id[NEAR_ID_BYTES];
    int32_t day; /* days since 1970-01-01, clamped (see dedup_near_set_age()) */
    bool dated;  /* `day` is the article's own date, not the newest day before it */
};

struct dedup_near {
    struct near_doc *docs; /* ring of `ring_cap` docs; the live ones from `first` on */
    size_t ring_cap;       /* 0, then doubles up to `window` */
    size_t first;          /* ring position of the oldest live doc */
    size_t live;           /* docs in the ring */
    size_t window;
    /*
     * DEDUP_NEAR_BANDS tables of `band_cap` slots each, one after the other;
     * open addressing, linear probing, live entries only (eviction deletes).
     */
    uint32_t *slots;
    size_t band_cap;
    /* The age rule (dedup_near_set_age()); `keep` 0: off. */
    size_t keep;
    int64_t max_days;
    int32_t newest_day; /* the latest day added, when `has_newest` */
    bool has_newest;
    int64_t copy_days; /* dedup_near_set_copy_days(); 0: off */
};

/*
 * Reads the next word at or after `*p` (before `end`): its hash as the
 * signature hashes words, and whether a line feed came before it; false at
 * the end. For pair.c, which must see words as the signature does.
 */
bool minhash_next_word(const char **p, const char *end, uint64_t *hash, bool *new_line);
/* The hash of the shingle of three word hashes, as the signature hashes it. */
uint64_t minhash_shingle(uint64_t w0, uint64_t w1, uint64_t w2);

#endif
