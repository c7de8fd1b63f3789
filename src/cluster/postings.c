/*
 * postings.c - appending to a postings list (see postings.h).
 */
#include <string.h>

#include "cluster/postings.h"
#include "core/alloc.h"

enum td_err postings_push(struct postings *p, uint32_t idx, size_t scan)
{
    size_t cap = p->cap;

    if (p->n > 0 && p->v[p->n - 1] == idx)
        return TD_OK;
    /* Old postings are dropped in halves: candidates come from recent ones. */
    if (scan > 0 && p->n >= 4 * scan) {
        size_t keep = 2 * scan;
        memmove(p->v, p->v + p->n - keep, keep * sizeof(*p->v));
        p->n = (uint32_t)keep;
    }
    if (td_grow((void **)&p->v, &cap, p->n + 1, sizeof(*p->v)) != TD_OK)
        return TD_ERR_NOMEM;
    p->cap = (uint32_t)cap;
    p->v[p->n++] = idx;
    return TD_OK;
}
