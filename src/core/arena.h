/*
 * arena.h - a bump allocator for memory that is freed all at once: blocks
 * taken with td_malloc, handed out in pieces, and kept for reuse when the
 * arena is reset (the engine's open batch: pipeline/pending.c).
 *
 * Life cycle: arena_init() prepares caller memory; arena_alloc() and
 * arena_memdup() return pieces owned by the arena, valid until the next
 * arena_reset(), arena_rewind() past them or arena_release(). arena_reset()
 * empties the arena and keeps up to `keep_bytes` of its blocks; arena_release()
 * frees every block. Not thread-safe: one arena per owner.
 */
#ifndef TD_CORE_ARENA_H
#define TD_CORE_ARENA_H

#include <stddef.h>

struct arena_block;

struct td_arena {
    struct arena_block *head; /* the first block; blocks are filled in list order */
    struct arena_block *cur;  /* the block pieces come from; NULL before the first */
    size_t used;              /* bytes of `cur` handed out */
    size_t block_bytes;       /* the size of an ordinary block */
    size_t keep_bytes;        /* most block bytes arena_reset() keeps */
};

/* A position of the arena, to go back to with arena_rewind(). */
struct arena_mark {
    struct arena_block *cur;
    size_t used;
};

/* Prepares `a`, empty, with blocks of `block_bytes` (>= 64) and at most `keep_bytes` kept. */
void arena_init(struct td_arena *a, size_t block_bytes, size_t keep_bytes);
/* Frees every block; `a` is empty and usable again, with the same sizes. */
void arena_release(struct td_arena *a);
/*
 * Empties `a`: every piece becomes invalid. The first blocks, up to
 * `keep_bytes` in all, are kept for the pieces to come; the rest are freed.
 */
void arena_reset(struct td_arena *a);

/*
 * `n` bytes (n = 0 counts as 1) aligned for any scalar type, owned by `a`;
 * NULL when a new block is needed and td_malloc fails (then `a` is unchanged).
 * A piece larger than a block gets a block of its own.
 */
void *arena_alloc(struct td_arena *a, size_t n);
/* A copy of `p[0..n)` in `a`, plus a NUL byte after it; NULL on OOM. */
void *arena_memdup(struct td_arena *a, const void *p, size_t n);
/* A copy of the string `s` in `a`, or NULL for a NULL `s`; sets `*oom` on OOM. */
char *arena_strdup(struct td_arena *a, const char *s, int *oom);

/* The number of blocks `a` holds, and in `*bytes` their size in all (tests, statistics). */
size_t arena_blocks(const struct td_arena *a, size_t *bytes);

/* Where `a` is now. */
struct arena_mark arena_mark(const struct td_arena *a);
/* Frees (for reuse) every piece handed out since `m`, which must be a mark of `a` still valid. */
void arena_rewind(struct td_arena *a, struct arena_mark m);

#endif
