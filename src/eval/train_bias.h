/*
 * train_bias.h - how `tidings train` picks the join-bias offset from the
 * event B-cubed F1 of each training stream at each offset tried
 * (src/eval/train_bias.c). Shared inside src/eval only.
 */
#ifndef TD_EVAL_TRAIN_BIAS_H
#define TD_EVAL_TRAIN_BIAS_H

#include <stddef.h>

#include "tidings/train.h"

/*
 * The index of the offset `rule` prefers among `noff` offsets.
 * `f1[o * nstreams + s]` is the event B-cubed F1 of stream s at offset o,
 * `pooled[o]` that of all streams' articles scored together (read only by
 * TD_TRAIN_BIAS_POOLED; may be NULL otherwise) and `offsets[o]` the offset
 * itself: on a tie (within 1e-12) the offset nearest 0 wins, then the
 * lower index. TD_TRAIN_BIAS_MEAN sums f1 / nstreams stream by stream, in
 * order, so its score is the one `tidings train` always printed. Needs
 * noff >= 1 and nstreams >= 1.
 */
size_t train_bias_pick(enum td_train_bias rule, const double *f1, const double *pooled,
                       const double *offsets, size_t noff, size_t nstreams);

/* The rule's score of offset `o` (what train_bias_pick() maximises). */
double train_bias_score(enum td_train_bias rule, const double *f1, const double *pooled,
                        size_t noff, size_t nstreams, size_t o);

/* The rule's name on the command line: "mean", "min", "regret" or "pooled". */
const char *train_bias_name(enum td_train_bias rule);

#endif
