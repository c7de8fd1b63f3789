/*
 * query_int.h (module-private) - pieces shared inside src/query/ only: the
 * check every full-text query goes through, used by search.c and by the
 * `q` filter of story pages (pages.c); the publication dates and timeline
 * events that story_timeline.c adds to story listings and exports.
 */
#ifndef TD_QUERY_QUERY_INT_H
#define TD_QUERY_QUERY_INT_H

#include "tidings/error.h"
#include "tidings/query.h"
#include "tidings/store.h"
#include "tidings/timeline.h"

#include "store/store.h"

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

/*
 * The first steps of every search: checks `query` and `opts` (NULL: the
 * defaults), fills `p` (`lang` receives the canonical language it points
 * to) and indexes what is committed and not indexed yet, unless a
 * background indexer does that. Errors: TD_ERR_INVALID, TD_ERR_TOO_LARGE,
 * TD_ERR_DB.
 */
TD_NODISCARD enum td_err search_prepare(struct td_store *st, const char *query,
                                        const struct td_search_opts *opts,
                                        struct store_search_params *p, char lang[8],
                                        struct td_error *err);

/* Sorts matches best first: higher score, then newer. */
void search_rank(struct store_search_match *m, size_t n);

/*
 * Appends to `l` the hit of match `m` (columns, snippet and highlights).
 * Errors: TD_ERR_PARSE, TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err search_fetch(struct td_store *st, const char *match,
                                      const struct store_search_match *m,
                                      struct td_search_list *l, struct td_error *err);

/* Frees what hit `h` owns and zeroes it. */
void search_hit_release(struct td_search_hit *h);

/*
 * Sets `date_source` of every article of `l` (story `id`), the estimated
 * `date` of undated ones and the events each added, from the story's
 * timeline. A story over TD_TIMELINE_MAX_ARTICLES keeps its given dates
 * only. Errors: TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err query_story_dates(struct td_store *st, int64_t id,
                                           struct td_article_list *l, struct td_error *err);

/*
 * Estimates the publication date of the undated article `row` (its story,
 * event and language are read) from its `body` and the dated articles of
 * its event and story; when neither has one, from the dated articles that
 * arrived just before it (`seq`, its place in arrival order; see
 * `arrival_days` in timeline.h). Errors: TD_ERR_DB, TD_ERR_BUSY,
 * TD_ERR_NOMEM, TD_ERR_TOO_LARGE.
 */
TD_NODISCARD enum td_err query_estimate_date(struct td_store *st, const struct td_export_row *row,
                                             int64_t seq, const char *body, struct td_pubdate *out,
                                             struct td_error *err);

/*
 * Fills `s->entities` with the names the headlines of story `s->id` mention
 * most (its newest 12 titled articles) and, when `s->title` is set, replaces
 * it with the most central of those headlines (the one sharing the most
 * content words with the others; unchanged when none shares any). Errors: TD_ERR_DB, TD_ERR_BUSY,
 * TD_ERR_NOMEM (then `s` may hold some entities; releasing it frees them).
 */
TD_NODISCARD enum td_err query_story_entities(struct td_store *st, struct td_story_info *s,
                                              struct td_error *err);

/*
 * Replaces `s->title` (when set) with the most central headline of story
 * `s->id`, as `query_story_entities` does, without finding names.
 * Errors: TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err query_story_title(struct td_store *st, struct td_story_info *s,
                                           struct td_error *err);

#endif
