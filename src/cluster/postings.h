/*
 * postings.h (module-private) - the postings lists of the cluster module's
 * inverted indexes (term -> clusters that hold it): the event level in
 * cluster.c and the storyline level in storyline.c.
 */
#ifndef TD_CLUSTER_POSTINGS_H
#define TD_CLUSTER_POSTINGS_H

#include <stddef.h>
#include <stdint.h>

#include "tidings/error.h"

struct postings {
    uint32_t *v;  /* cluster indexes, oldest first */
    uint32_t n, cap;
};

/*
 * Appends cluster `idx` to `p` unless it is already the last entry. Once the
 * list holds 4 x `scan` entries, the older half is dropped: candidates come
 * from the `scan` most recent ones (`scan` 0 keeps everything).
 * Errors: TD_ERR_NOMEM (`p` unchanged).
 */
TD_NODISCARD enum td_err postings_push(struct postings *p, uint32_t idx, size_t scan);

#endif
