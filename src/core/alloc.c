/*
 * alloc.c - the allocator wrappers with a fault-injection hook for OOM tests.
 * The hook is the only mutable global of the library and exists for tests.
 */
#include "core/alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/os_mem.h"

/*
 * Blocks from this size on get transparent huge pages where the system
 * offers them (`os_mem_advise_huge`). The large blocks are the hash tables
 * and arrays looked up at random once per word or term (the analyzer's
 * memo, the clustering's dictionary and per-term arrays). Measured on a
 * 10 k ingest on one core: 35.5 k -> 29.4 k minor page faults, system CPU
 * a little lower, user CPU not changed beyond the noise (docs/BENCHMARKS.md,
 * seventh session).
 */
#define HUGE_BLOCK_BYTES ((size_t)4 << 20)

/* `p`, a block of `n` bytes just allocated (or NULL), offered huge pages when large. */
static void *advise(void *p, size_t n)
{
    if (p != NULL && n >= HUGE_BLOCK_BYTES)
        os_mem_advise_huge(p, n);
    return p;
}

static long fail_countdown = -1;
static int fail_happened;

void alloc_fail_after(long n)
{
    fail_countdown = n;
    fail_happened = 0;
}

int alloc_failed(void)
{
    return fail_happened;
}

/* Returns 1 when the current allocation must fail. */
static int should_fail(void)
{
    if (fail_countdown < 0)
        return 0;
    if (fail_countdown == 0) {
        fail_happened = 1;
        return 1;
    }
    fail_countdown--;
    return 0;
}

void *td_malloc(size_t n)
{
    if (should_fail())
        return NULL;
    return advise(malloc(n ? n : 1), n);
}

void *td_calloc(size_t count, size_t size)
{
    if (should_fail())
        return NULL;
    /* The product cannot overflow when calloc succeeds. */
    return advise(calloc(count ? count : 1, size ? size : 1), count * size);
}

void *td_realloc(void *p, size_t n)
{
    if (should_fail())
        return NULL;
    return advise(realloc(p, n ? n : 1), n);
}

void td_free(void *p)
{
    free(p);
}

char *td_strndup(const char *s, size_t n)
{
    char *d = td_malloc(n + 1);

    if (d == NULL)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *td_strdup(const char *s)
{
    return td_strndup(s, strlen(s));
}

enum td_err td_grow_to(void **p, size_t *cap, size_t need, size_t elem)
{
    size_t ncap;
    void *np;

    if (need <= *cap)
        return TD_OK;
    if (need > SIZE_MAX / 2)
        return TD_ERR_NOMEM;
    ncap = *cap ? *cap : 16;
    while (ncap < need)
        ncap *= 2;
    if (elem != 0 && ncap > SIZE_MAX / elem)
        return TD_ERR_NOMEM;
    np = td_realloc(*p, ncap * elem);
    if (np == NULL)
        return TD_ERR_NOMEM;
    *p = np;
    *cap = ncap;
    return TD_OK;
}
