/*
 * eval.h - scoring a clustering against gold labels, and running the whole
 * pipeline on a labelled file (`tidings eval`).
 *
 * Metrics (they agree with ../shared/tools/score_clusters.py):
 *  - B-cubed (Bagga & Baldwin 1998): per document d, P(d) = |pred(d) & gold(d)|
 *    / |pred(d)| and R(d) = |pred(d) & gold(d)| / |gold(d)|, averaged over
 *    documents; F1 is the harmonic mean of the averages.
 *  - pairwise (Miranda et al. 2018): over unordered document pairs, P = pairs
 *    together in both / pairs together in pred, R = the same / pairs together
 *    in gold; P = 1 when pred has no pair, R = 1 when gold has no pair.
 * Thread-safety: no shared state.
 */
#ifndef TIDINGS_EVAL_H
#define TIDINGS_EVAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tidings/error.h"
#include "tidings/query.h"

struct td_eval_scores {
    size_t articles;       /* gold documents scored */
    size_t gold_clusters;  /* distinct gold labels */
    size_t clusters;       /* distinct predicted clusters among the gold documents */
    double bcubed_precision, bcubed_recall, bcubed_f1;
    double pairwise_precision, pairwise_recall, pairwise_f1;
    double seconds;        /* wall time of the pipeline run (0 for td_eval_score) */
    size_t rejected;       /* records the pipeline rejected (scored as singletons) */
};

/*
 * Scores `n` documents: `gold[i]` is the gold label of document i (borrowed
 * strings compared byte-wise) and `pred[i]` its predicted cluster id.
 * `out->seconds` is set to 0. Errors: TD_ERR_INVALID (n == 0 or NULL
 * arrays), TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_eval_score(const char *const *gold, const int64_t *pred, size_t n,
                                       struct td_eval_scores *out, struct td_error *err);

struct td_eval_opts {
    const char *label;        /* gold field; NULL: the level's name ("story" or "event") */
    const char *assign_path;  /* if not NULL, write {"id","cluster"} lines here */
    double threshold;         /* > 0: the hand-set event rule at this threshold, no model */
    enum td_level level;      /* which clusters are scored: stories (default) or events */
    const char *model_path;   /* event scorer model; NULL = as td_engine_opts.model_path */
};
#define TD_EVAL_OPTS_INIT {NULL, NULL, 0.0, TD_LEVEL_STORY, NULL}

/*
 * Runs the full pipeline on the JSON Lines file `path`, in file order, in a
 * throwaway in-memory store, and scores the clusters of `opts->level`
 * (stories or events) against the gold field.
 * The gold field is removed from each record before the pipeline sees it.
 * Every record needs an "id" and the gold field. Errors: TD_ERR_IO,
 * TD_ERR_INVALID (a record without id or label, duplicate ids, unknown level),
 * TD_ERR_NOMEM, and the pipeline's errors.
 */
TD_NODISCARD enum td_err td_eval_file(const char *path, const struct td_eval_opts *opts,
                                      struct td_eval_scores *out, struct td_error *err);

#endif
