/*
 * query_int.h (module-private) - pieces shared inside src/query/ only: the
 * check every full-text query goes through, used by search.c and by the
 * `q` filter of story pages (pages.c).
 */
#ifndef TD_QUERY_QUERY_INT_H
#define TD_QUERY_QUERY_INT_H

#include "tidings/error.h"
#include "tidings/store.h"

/*
 * Checks a full-text query before it reaches FTS5. Errors: TD_ERR_INVALID
 * (NULL, blank, invalid UTF-8), TD_ERR_TOO_LARGE (over TD_MAX_QUERY_BYTES).
 */
TD_NODISCARD enum td_err search_check_query(const char *q, struct td_error *err);

/*
 * Indexes committed articles not indexed yet, unless another connection
 * holds the write lock: then it returns TD_OK at once, having done nothing,
 * so that readers never queue behind an ingest. Errors: TD_ERR_DB.
 */
TD_NODISCARD enum td_err search_catch_up_nowait(struct td_store *st, struct td_error *err);

#endif
