/*
 * train.h - learning the event scorer from labelled articles (`tidings
 * train`).
 *
 * Each file is one stream. Its articles go through the pipeline with the
 * gold field removed (text analysis only; the hand-set rule places them),
 * then the stored term vectors are replayed in arrival order against
 * events formed by the gold labels (teacher forcing): every candidate
 * event an article finds gives one ranking example (label: the gold says
 * it is the article's event), and the best-ranked candidate gives one
 * join-or-new example. Both weight vectors are fitted by L2-penalised
 * logistic regression (Newton's method: deterministic, no seed). Then the
 * clustering itself is run on the training streams with the fitted model
 * (and its options, `options` below, which also shape the features),
 * and the join bias moves by the offset (-3 to +3, steps of 0.25) that
 * gives the best event B-cubed F1 there (by default the mean over the
 * streams; `bias` below): teacher forcing never sees a wrong join pull
 * later articles along, the run does. The model is written as text
 * (format in src/cluster/model.h).
 * Thread-safety: no shared state.
 */
#ifndef TIDINGS_TRAIN_H
#define TIDINGS_TRAIN_H

#include <stddef.h>

#include "tidings/error.h"

/*
 * How the join-bias offset is chosen from the event B-cubed F1 of each
 * training stream at each offset tried (src/eval/train_bias.c). MEAN, the
 * default, lets many streams whose F1 hardly moves with the bias outvote
 * one whose F1 falls steeply; the others do not.
 */
enum td_train_bias {
    TD_TRAIN_BIAS_MEAN,   /* the best mean F1 over the streams */
    TD_TRAIN_BIAS_MIN,    /* the best F1 of the worst stream */
    TD_TRAIN_BIAS_REGRET, /* the smallest largest loss of a stream against its own best */
    TD_TRAIN_BIAS_POOLED  /* the best F1 of all articles scored together */
};

struct td_train_opts {
    const char *label;    /* gold field, or comma-separated fields (the first a record
                             has); NULL means "event" */
    const char *out_path; /* the model file written (replaced) on success; required */
    double l2;            /* L2 penalty on the weights; 0 means 1.0 */
    const char *features; /* comma-separated features to learn from (names in
                             src/cluster/model.c); NULL means all; the others weigh 0 */
    /*
     * The model options (src/cluster/model.h) the clustering runs with while
     * training (features, the join-bias search) and that the model is written
     * with: comma-separated `<name>=0|1` or `none` (all off), applied left to
     * right over the options of the built-in model. NULL keeps those.
     * `name_keys=1` is refused: it changes the text analysis, which the
     * trainer runs without a model.
     */
    const char *options;
    enum td_train_bias bias; /* how the join-bias offset is chosen; 0 is MEAN */
};
#define TD_TRAIN_OPTS_INIT                              \
    {                                                   \
        NULL, NULL, 0.0, NULL, NULL, TD_TRAIN_BIAS_MEAN \
    }

struct td_train_stats {
    size_t articles;           /* articles replayed */
    size_t events;             /* distinct gold events */
    size_t pairs;              /* ranking examples (article, candidate event) */
    size_t pairs_positive;     /* ... whose candidate is the article's gold event */
    size_t decisions;          /* join-or-new examples (articles with a candidate) */
    size_t decisions_positive; /* ... whose best-ranked candidate is the gold event */
    double rank_accuracy;      /* share of articles whose gold event was a candidate and
                                  is ranked first, among those */
    double join_accuracy;      /* share of decisions the fitted join rule gets right */
    double fitted_bcubed_f1;   /* mean event B-cubed F1 of the training streams, fitted bias */
    double bias_offset;        /* what the bias search added to the join bias */
    double tuned_bcubed_f1;    /* mean event B-cubed F1 of the training streams, final model */
};

/*
 * Learns a model from the JSON Lines files `paths[0..npaths)` (each needs
 * an "id" and the gold field on every record) and writes it to
 * `opts->out_path`. `stats` (may be NULL) receives the counts.
 * Errors: TD_ERR_INVALID (no file, no output path, an unknown feature or
 * option, `name_keys=1`, a record without id or label, duplicate ids, no
 * example of one class), TD_ERR_IO (unreadable input, unwritable output),
 * TD_ERR_NOMEM, and the pipeline's errors.
 */
TD_NODISCARD enum td_err td_train_files(const char *const *paths, size_t npaths,
                                        const struct td_train_opts *opts,
                                        struct td_train_stats *stats, struct td_error *err);

#endif
