/*
 * train_bias.c - the rules that pick the join-bias offset of a trained
 * model from the per-stream event B-cubed F1 at each offset tried.
 *
 * `mean` (the default) maximises the mean F1 over the streams: each stream
 * counts the same, so many similar streams whose F1 hardly moves with the
 * bias outvote one stream whose F1 falls steeply on one side. The other
 * rules keep the one stream from being outvoted: `min` maximises the worst
 * stream's F1; `regret` minimises the largest loss of any stream against
 * that stream's own best offset (its regret), so a stream whose F1 is flat
 * constrains little and a steep one much, whatever its level; `pooled`
 * maximises the F1 of all articles scored together (a stream weighs by its
 * size). A stream with no article scored has F1 NAN at every offset and
 * is skipped (the mean still divides by every stream, as it always did).
 */
#include <math.h>

#include "eval/train_bias.h"

/* Ties closer than this count as equal. */
#define TIE_EPS 1e-12

/* Stream s's largest F1 over the offsets. */
static double stream_best(const double *f1, size_t noff, size_t nstreams, size_t s)
{
    double best = f1[s];
    size_t o;

    for (o = 1; o < noff; o++)
        best = f1[o * nstreams + s] > best ? f1[o * nstreams + s] : best;
    return best;
}

double train_bias_score(enum td_train_bias rule, const double *f1, const double *pooled,
                        size_t noff, size_t nstreams, size_t o)
{
    const double *row = f1 + o * nstreams;
    double v = 0.0;
    size_t s;

    switch (rule) {
    case TD_TRAIN_BIAS_MIN:
        v = 1.0;
        for (s = 0; s < nstreams; s++)
            v = !isnan(row[s]) && row[s] < v ? row[s] : v;
        return v;
    case TD_TRAIN_BIAS_REGRET:
        for (s = 0; s < nstreams; s++) {
            double r = isnan(row[s]) ? 0.0 : stream_best(f1, noff, nstreams, s) - row[s];
            v = r > v ? r : v;
        }
        return -v;
    case TD_TRAIN_BIAS_POOLED: return pooled[o];
    case TD_TRAIN_BIAS_MEAN:
    default:
        for (s = 0; s < nstreams; s++)
            v += isnan(row[s]) ? 0.0 : row[s] / (double)nstreams;
        return v;
    }
}

size_t train_bias_pick(enum td_train_bias rule, const double *f1, const double *pooled,
                       const double *offsets, size_t noff, size_t nstreams)
{
    size_t o, best_o = 0;
    double best = train_bias_score(rule, f1, pooled, noff, nstreams, 0);

    for (o = 1; o < noff; o++) {
        double v = train_bias_score(rule, f1, pooled, noff, nstreams, o);
        if (v > best + TIE_EPS ||
            (fabs(v - best) <= TIE_EPS && fabs(offsets[o]) < fabs(offsets[best_o]))) {
            best = v;
            best_o = o;
        }
    }
    return best_o;
}

const char *train_bias_name(enum td_train_bias rule)
{
    switch (rule) {
    case TD_TRAIN_BIAS_MIN: return "min";
    case TD_TRAIN_BIAS_REGRET: return "regret";
    case TD_TRAIN_BIAS_POOLED: return "pooled";
    case TD_TRAIN_BIAS_MEAN:
    default: return "mean";
    }
}
