/*
 * query_int.h - shared inside src/query/ only: the publication dates and
 * timeline events that story_timeline.c adds to story listings and exports.
 */
#ifndef TD_QUERY_QUERY_INT_H
#define TD_QUERY_QUERY_INT_H

#include "tidings/query.h"
#include "tidings/timeline.h"

/*
 * Sets `date_source` of every article of `l` (story `id`), the estimated
 * `date` of undated ones and the events each added, from the story's
 * timeline. A story over TD_TIMELINE_MAX_ARTICLES keeps its given dates
 * only. Errors: TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err query_story_dates(struct td_store *st, int64_t id,
                                           struct td_article_list *l, struct td_error *err);

/*
 * Estimates the publication date of one undated article of `story` from its
 * `body` (language `lang`) and the story's dated articles.
 * Errors: TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM, TD_ERR_TOO_LARGE.
 */
TD_NODISCARD enum td_err query_estimate_date(struct td_store *st, int64_t story, const char *body,
                                             const char *lang, struct td_pubdate *out,
                                             struct td_error *err);

#endif
