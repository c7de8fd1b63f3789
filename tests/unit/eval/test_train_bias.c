/*
 * test_train_bias.c - tests of src/eval/train_bias.c: the rules that pick
 * the join-bias offset from per-stream F1. Many flat streams outvote one
 * steep stream under `mean` and not under `min` or `regret`; `pooled`
 * follows the pooled F1; ties go to the offset nearest 0; a stream with
 * no article (NAN) is skipped.
 */
#include <math.h>

#include "eval/train_bias.h"
#include "test.h"

/* Offsets -1, -0.5, 0, +0.5, +1. */
static const double offsets[5] = {-1.0, -0.5, 0.0, 0.5, 1.0};

/*
 * Four streams: three flat ones a little better at +0.5 (+0.006 each over
 * -1), one steep one (stream 3) at its best at -0.5 that loses 0.005 at 0,
 * 0.01 at +0.5 and 0.11 at +1.
 */
static const double table[5 * 4] = {
    0.950, 0.960, 0.940, 0.880, /* -1   */
    0.950, 0.960, 0.940, 0.910, /* -0.5 */
    0.952, 0.962, 0.942, 0.905, /*  0   */
    0.956, 0.966, 0.946, 0.900, /* +0.5 */
    0.950, 0.960, 0.940, 0.800, /* +1   */
};

TD_TEST(test_train_bias__flat_streams_outvote_a_steep_one_under_mean_only)
{
    /* Mean: +0.5 (0.942) beats 0 (0.94025) and -0.5 (0.94). */
    ASSERT_NEAR(offsets[train_bias_pick(TD_TRAIN_BIAS_MEAN, table, NULL, offsets, 5, 4)], 0.5, 0.0);
    ASSERT_NEAR(train_bias_score(TD_TRAIN_BIAS_MEAN, table, NULL, 5, 4, 3), 0.942, 1e-12);
    /* The worst stream is stream 3 at every offset: its best, -0.5. */
    ASSERT_NEAR(offsets[train_bias_pick(TD_TRAIN_BIAS_MIN, table, NULL, offsets, 5, 4)], -0.5, 0.0);
    /* Largest regret: -1 0.03, -0.5 0.006, 0 0.005, +0.5 0.01, +1 0.11. */
    ASSERT_NEAR(offsets[train_bias_pick(TD_TRAIN_BIAS_REGRET, table, NULL, offsets, 5, 4)], 0.0,
                0.0);
    ASSERT_NEAR(train_bias_score(TD_TRAIN_BIAS_REGRET, table, NULL, 5, 4, 4), -0.11, 1e-12);
}

TD_TEST(test_train_bias__pooled_follows_the_pooled_f1)
{
    static const double pooled[5] = {0.90, 0.91, 0.92, 0.93, 0.89};

    ASSERT_NEAR(offsets[train_bias_pick(TD_TRAIN_BIAS_POOLED, table, pooled, offsets, 5, 4)], 0.5,
                0.0);
}

TD_TEST(test_train_bias__ties_go_to_the_offset_nearest_zero)
{
    static const double flat[5] = {0.9, 0.9, 0.9, 0.9, 0.9};
    static const double two[5] = {0.95, 0.9, 0.9, 0.9, 0.95};

    ASSERT_NEAR(offsets[train_bias_pick(TD_TRAIN_BIAS_MEAN, flat, NULL, offsets, 5, 1)], 0.0, 0.0);
    ASSERT_NEAR(offsets[train_bias_pick(TD_TRAIN_BIAS_REGRET, flat, NULL, offsets, 5, 1)], 0.0,
                0.0);
    /* Equal ends: the first (-1) is kept. */
    ASSERT_NEAR(offsets[train_bias_pick(TD_TRAIN_BIAS_MIN, two, NULL, offsets, 5, 1)], -1.0, 0.0);
}

TD_TEST(test_train_bias__a_stream_without_articles_is_skipped)
{
    double t[5 * 2];
    size_t o;

    for (o = 0; o < 5; o++) {
        t[o * 2] = table[o * 4 + 3];
        t[o * 2 + 1] = NAN;
    }
    ASSERT_NEAR(offsets[train_bias_pick(TD_TRAIN_BIAS_MIN, t, NULL, offsets, 5, 2)], -0.5, 0.0);
    ASSERT_NEAR(offsets[train_bias_pick(TD_TRAIN_BIAS_REGRET, t, NULL, offsets, 5, 2)], -0.5, 0.0);
    /* The mean divides by both streams, as it always did. */
    ASSERT_NEAR(train_bias_score(TD_TRAIN_BIAS_MEAN, t, NULL, 5, 2, 1), 0.455, 1e-12);
}
