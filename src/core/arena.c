/*
 * arena.c - the bump allocator of arena.h. Blocks form a list in the order
 * they are filled; a reset goes back to the first and frees only what is
 * past the `keep_bytes` budget, so a steady load allocates nothing.
 */
#include "core/arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <string.h>

#include "core/alloc.h"

/* Pieces are aligned as malloc's are, for any scalar type. */
#define ALIGN ((size_t)alignof(max_align_t))
/* The smallest ordinary block, so that a misconfigured arena still amortises. */
#define MIN_BLOCK_BYTES ((size_t)64)

struct arena_block {
    struct arena_block *next;
    size_t size; /* bytes of `data` */
    alignas(max_align_t) unsigned char data[];
};

void arena_init(struct td_arena *a, size_t block_bytes, size_t keep_bytes)
{
    memset(a, 0, sizeof(*a));
    a->block_bytes = block_bytes < MIN_BLOCK_BYTES ? MIN_BLOCK_BYTES : block_bytes;
    a->keep_bytes = keep_bytes;
}

/* Frees `b` and every block after it. */
static void free_from(struct arena_block *b)
{
    while (b != NULL) {
        struct arena_block *next = b->next;
        td_free(b);
        b = next;
    }
}

void arena_release(struct td_arena *a)
{
    free_from(a->head);
    arena_init(a, a->block_bytes, a->keep_bytes);
}

void arena_reset(struct td_arena *a)
{
    struct arena_block **link = &a->head;
    size_t kept = 0;

    /* Keep the first blocks while they fit the budget; a lone large one is freed. */
    while (*link != NULL && kept + (*link)->size <= a->keep_bytes) {
        kept += (*link)->size;
        link = &(*link)->next;
    }
    free_from(*link);
    *link = NULL;
    a->cur = NULL;
    a->used = 0;
}

/* A new block of at least `n` bytes, linked in after `cur` (or first); NULL on OOM. */
static struct arena_block *add_block(struct td_arena *a, size_t n)
{
    size_t size = n > a->block_bytes ? n : a->block_bytes;
    struct arena_block *b;

    if (size > SIZE_MAX - sizeof(*b))
        return NULL;
    b = td_malloc(sizeof(*b) + size);
    if (b == NULL)
        return NULL;
    b->size = size;
    if (a->cur == NULL) {
        b->next = a->head;
        a->head = b;
    } else {
        b->next = a->cur->next;
        a->cur->next = b;
    }
    return b;
}

/* The block after `cur` (the first when none), if it holds `n` bytes; else a new one. */
static struct arena_block *next_block(struct td_arena *a, size_t n)
{
    struct arena_block *b = a->cur != NULL ? a->cur->next : a->head;

    return b != NULL && b->size >= n ? b : add_block(a, n);
}

void *arena_alloc(struct td_arena *a, size_t n)
{
    size_t at;
    struct arena_block *b;

    if (n == 0)
        n = 1;
    if (n > SIZE_MAX - ALIGN)
        return NULL;
    n = (n + ALIGN - 1) & ~(ALIGN - 1);
    at = a->used;
    if (a->cur == NULL || a->cur->size - at < n) {
        if ((b = next_block(a, n)) == NULL)
            return NULL;
        a->cur = b;
        at = 0;
    }
    a->used = at + n;
    return a->cur->data + at;
}

void *arena_memdup(struct td_arena *a, const void *p, size_t n)
{
    unsigned char *q;

    if (n == SIZE_MAX || (q = arena_alloc(a, n + 1)) == NULL)
        return NULL;
    if (n > 0)
        memcpy(q, p, n);
    q[n] = '\0';
    return q;
}

char *arena_strdup(struct td_arena *a, const char *s, int *oom)
{
    char *q;

    if (s == NULL)
        return NULL;
    q = arena_memdup(a, s, strlen(s));
    if (q == NULL)
        *oom = 1;
    return q;
}

size_t arena_blocks(const struct td_arena *a, size_t *bytes)
{
    const struct arena_block *b;
    size_t n = 0;

    *bytes = 0;
    for (b = a->head; b != NULL; b = b->next) {
        n++;
        *bytes += b->size;
    }
    return n;
}

struct arena_mark arena_mark(const struct td_arena *a)
{
    struct arena_mark m;

    m.cur = a->cur;
    m.used = a->used;
    return m;
}

void arena_rewind(struct td_arena *a, struct arena_mark m)
{
    a->cur = m.cur;
    a->used = m.used;
}
