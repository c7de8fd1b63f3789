/*
 * dedup.h (module interface) - exact-duplicate signatures. The content hash
 * covers the body (the title when the body is empty) with runs of white
 * space collapsed, so a copy that differs only in formatting or headline
 * is still an exact copy; the record hash
 * covers every field, to tell a re-ingested record from a conflicting one.
 * Near-duplicates: a MinHash signature over word 3-shingles (minhash.c) and
 * an in-memory banded LSH index over the most recent articles (near.c).
 */
#ifndef TD_DEDUP_DEDUP_H
#define TD_DEDUP_DEDUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tidings/article.h"
#include "tidings/error.h"
#include "tidings/mem.h"

#define DEDUP_HASH_BYTES 16

/* XXH3-128 of the body (or the title of a title-only article), white space collapsed. */
void dedup_content_hash(const struct td_article *a, uint8_t out[DEDUP_HASH_BYTES]);
/* XXH3-128 of every field of the record (id excluded). */
void dedup_record_hash(const struct td_article *a, uint8_t out[DEDUP_HASH_BYTES]);
/* Lower-case hex of a hash, NUL-terminated. */
void dedup_hex(const uint8_t h[DEDUP_HASH_BYTES], char out[2 * DEDUP_HASH_BYTES + 1]);


/*
 * Near-duplicates. A body becomes the set of its word 3-shingles (words are
 * runs of ASCII letters and digits or non-ASCII bytes, ASCII case-folded).
 * Its signature is a one-permutation MinHash: each shingle is hashed once
 * (XXH3-64), the hash picks one of DEDUP_NEAR_HASHES bins and the bin keeps
 * the top 16 bits of its minimum; empty bins borrow from the next filled
 * one (densification). The share of equal positions in two signatures estimates
 * the Jaccard similarity of the shingle sets. The LSH index cuts a signature
 * into bands of DEDUP_NEAR_ROWS values; two articles that agree on a whole
 * band are candidates, and a candidate whose estimate reaches
 * DEDUP_NEAR_MIN_MATCHES / DEDUP_NEAR_HASHES (0.22) is a near copy.
 * Tuning is in docs/QUALITY.md: copies with up to 30 % word edits score
 * about 0.25 and more; rewrites of a story by other outlets mostly below 0.2.
 */
#define DEDUP_NEAR_HASHES 128
#define DEDUP_NEAR_ROWS 2
#define DEDUP_NEAR_BANDS (DEDUP_NEAR_HASHES / DEDUP_NEAR_ROWS)
#define DEDUP_NEAR_SHINGLE_WORDS 3
#define DEDUP_NEAR_MIN_MATCHES 28
/* Bodies with fewer shingles (about 12 words) get exact-copy checks only. */
#define DEDUP_NEAR_MIN_SHINGLES 10
/*
 * The index keeps the most recent DEDUP_NEAR_WINDOW articles (about 800
 * bytes each once the ring is full: a 288-byte ring entry with signature,
 * story and an id of up to 22 bytes inline, and 64 band slots of 4 bytes at
 * a load of 1/2); older ones are evicted, so a copy of an article that many
 * arrivals back is not found. Memory grows with the articles indexed, by
 * doubling, up to the window.
 */
#define DEDUP_NEAR_WINDOW 200000

struct dedup_sig {
    uint16_t h[DEDUP_NEAR_HASHES];
    size_t shingles;  /* shingle positions seen; below DEDUP_NEAR_MIN_SHINGLES not indexed */
};

/* Bytes of a serialized signature: the shingle count, then every hash, little-endian. */
#define DEDUP_SIG_BYTES (4 + 2 * DEDUP_NEAR_HASHES)

/* Writes `sig` into `out` (DEDUP_SIG_BYTES). */
void dedup_sig_serialize(const struct dedup_sig *sig, unsigned char out[DEDUP_SIG_BYTES]);
/* Reads a signature written by dedup_sig_serialize. Errors: TD_ERR_PARSE (wrong size). */
TD_NODISCARD enum td_err dedup_sig_parse(struct dedup_sig *sig, const void *data, size_t len);

/* The LSH index: hash seeds, a ring of recent signatures, the band table. */
struct dedup_near;

/*
 * Creates an index that keeps at most `window` articles (0 means
 * DEDUP_NEAR_WINDOW; at most 1,048,574, the most its slots can address). Free with dedup_near_free(). Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err dedup_near_new(size_t window, struct dedup_near **out,
                                        struct td_error *err);
void dedup_near_free(struct dedup_near *nx);

/* Computes the signature of `text` (NUL-terminated UTF-8; NULL is empty). */
void dedup_near_sig(const struct dedup_near *nx, const char *text, struct dedup_sig *out);

/*
 * The indexed article most similar to `sig` that reaches the threshold
 * (ties: the oldest), or NULL. The id is borrowed and stays valid until the
 * next dedup_near_add(); `*story_out` and `*matches_out` (may be NULL) are
 * set only on a match.
 */
const char *dedup_near_find(const struct dedup_near *nx, const struct dedup_sig *sig,
                            int64_t *story_out, int *matches_out);

/* Bytes the index holds (ring, band tables, the struct; not ids over 22 bytes). */
size_t dedup_near_bytes(const struct dedup_near *nx);
/* Reports the index's memory (tidings/mem.h): its articles, and the bytes with long ids. */
void dedup_near_mem(const struct dedup_near *nx, td_mem_row_fn fn, void *ctx);

/*
 * Indexes `sig` under `id` (copied) and `story`, evicting the oldest
 * article past the window. A signature with too few shingles is ignored.
 * Errors: TD_ERR_NOMEM: `sig` is not indexed, and when the index could not
 * grow its tables it is emptied (the articles indexed before are no longer
 * found); growing frees the old tables first so as never to hold two.
 */
TD_NODISCARD enum td_err dedup_near_add(struct dedup_near *nx, const struct dedup_sig *sig,
                                        const char *id, int64_t story, struct td_error *err);

/*
 * Bounds the index by age as well as by its window, so that what it holds
 * follows the stream's recent days (the event level's active pool) rather
 * than a count of articles: before each add, the oldest article is evicted
 * while the index holds `keep` articles or more and that article's day is
 * more than `max_days` before the newest day added. The latest `keep - 1`
 * articles are thus never evicted by age, and a stream shorter than `keep`
 * keeps everything within the window. `keep` 0 turns the rule off (the
 * default). Articles are evicted oldest first, so one out of date order
 * waits for the older ones before it.
 */
void dedup_near_set_age(struct dedup_near *nx, size_t keep, int64_t max_days);

/*
 * dedup_near_add() for an article dated `day` (days since 1970-01-01) when
 * `has_day`; an undated one counts as dated on the newest day added before
 * it (or as older than every date, when none was). Errors: as
 * dedup_near_add().
 */
TD_NODISCARD enum td_err dedup_near_add_dated(struct dedup_near *nx, const struct dedup_sig *sig,
                                              const char *id, int64_t story, bool has_day,
                                              int64_t day, struct td_error *err);

#endif
