/*
 * words.c - term vectors for the cluster tests (see words.h).
 */
#include <string.h>

#include "core/map64.h"
#include "words.h"

enum td_err words_vec(struct cluster_vec *v, const char *words)
{
    struct td_map64 m;
    const char *p = words;
    enum td_err rc = TD_OK;

    map64_init(&m);
    cluster_vec_init(v);
    while (rc == TD_OK && *p) {
        size_t n = strcspn(p, " ");
        uint32_t *val;
        uint64_t h = *p == '@' ? cluster_anchor_hash(p + 1, n - 1) : cluster_term_hash(p, n);
        if (n > 0 && (rc = map64_upsert(&m, h, 0, &val, NULL)) == TD_OK)
            ++*val;
        p += n;
        p += *p == ' ';
    }
    if (rc == TD_OK)
        rc = cluster_vec_from_map(v, &m);
    map64_release(&m);
    return rc;
}
