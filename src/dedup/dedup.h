/*
 * dedup.h (module interface) - exact-duplicate signatures. The content hash
 * covers the body (the title when the body is empty) with runs of white
 * space collapsed, so a copy that differs only in formatting or headline
 * is still an exact copy; the record hash
 * covers every field, to tell a re-ingested record from a conflicting one.
 * Near-duplicates (SimHash / MinHash) come later.
 */
#ifndef TD_DEDUP_DEDUP_H
#define TD_DEDUP_DEDUP_H

#include <stdint.h>

#include "tidings/article.h"

#define DEDUP_HASH_BYTES 16

/* XXH3-128 of the body (or the title of a title-only article), white space collapsed. */
void dedup_content_hash(const struct td_article *a, uint8_t out[DEDUP_HASH_BYTES]);
/* XXH3-128 of every field of the record (id excluded). */
void dedup_record_hash(const struct td_article *a, uint8_t out[DEDUP_HASH_BYTES]);
/* Lower-case hex of a hash, NUL-terminated. */
void dedup_hex(const uint8_t h[DEDUP_HASH_BYTES], char out[2 * DEDUP_HASH_BYTES + 1]);

#endif
