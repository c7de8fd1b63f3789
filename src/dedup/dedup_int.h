/*
 * dedup_int.h (private to src/dedup/) - the layout of the near-duplicate
 * index, shared by the signature code (minhash.c) and the LSH index (near.c).
 */
#ifndef TD_DEDUP_DEDUP_INT_H
#define TD_DEDUP_DEDUP_INT_H

#include "dedup/dedup.h"

/* One indexed article, at ring position `seq % window`. */
struct near_doc {
    char *id; /* owned; the id a copy of this article points to */
    int64_t story;
    uint16_t sig[DEDUP_NEAR_HASHES];
};

struct dedup_near {
    struct near_doc *docs;                                   /* ring of `window` docs */
    size_t window;
    uint64_t count;  /* docs ever added; doc `seq` is live when count - seq <= window */
    uint32_t *slots; /* open addressing, linear probing: seq + 1, 0 = empty */
    size_t cap;      /* power of two, or 0 */
    size_t used;     /* filled slots, live or not */
};

#endif
