/*
 * alloc.h - all heap memory goes through these wrappers, so tests can make
 * the Nth allocation fail (`alloc_fail_after`) and check every error path.
 */
#ifndef TD_CORE_ALLOC_H
#define TD_CORE_ALLOC_H

#include <stddef.h>

#include "tidings/error.h"

void *td_malloc(size_t n);
void *td_calloc(size_t count, size_t size);
void *td_realloc(void *p, size_t n);
void td_free(void *p);
/* Copies of a NUL-terminated string / of `n` bytes plus a NUL; NULL on OOM. */
char *td_strdup(const char *s);
char *td_strndup(const char *s, size_t n);

/*
 * Grows the array `*p` of `elem`-byte items so it holds at least `need`
 * (doubling from 16), updating `*cap`. On failure `*p` and `*cap` are
 * unchanged. Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_grow_to(void **p, size_t *cap, size_t need, size_t elem);
/*
 * The same, inline when there is room already: the clustering asks for room
 * for every term of every article (2.6 M calls per 3,000 articles).
 */
TD_NODISCARD static inline enum td_err td_grow(void **p, size_t *cap, size_t need, size_t elem)
{
    return need <= *cap ? TD_OK : td_grow_to(p, cap, need, elem);
}

/* Free and set to NULL. */
#define TD_FREE(p)                                                        \
    do {                                                                  \
        td_free(p);                                                       \
        (p) = NULL;                                                       \
    } while (0)

/*
 * Test hook: make the allocation after the next `n` succeed fail (n = 0:
 * the very next one). A negative `n` disables failures. Not thread-safe;
 * for tests only.
 */
void alloc_fail_after(long n);
/* Whether an injected failure happened since the last `alloc_fail_after`. */
int alloc_failed(void);

#endif
