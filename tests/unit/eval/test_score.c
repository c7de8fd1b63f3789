/*
 * test_score.c - tests of src/eval/score.c (`td_eval_score`): hand-computed
 * clusterings, a brute-force cross-check, bad arguments and every allocation
 * failure. The mixed case's numbers come from ../shared/tools/score_clusters.py.
 */
#include <stdint.h>
#include <stdio.h>

#include "core/alloc.h"
#include "test.h"
#include "tidings/eval.h"

#define EPS 1e-12
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *const gold10[] = {"a", "a", "a", "b", "b", "c", "c", "c", "c", "d"};

TD_TEST(test_score__perfect_clustering)
{
    static const int64_t pred[] = {7, 7, 7, -2, -2, 0, 0, 0, 0, 99};
    struct td_eval_scores s;

    ASSERT_OK(td_eval_score(gold10, pred, COUNT(pred), &s, NULL));
    ASSERT_EQ_INT(s.articles, 10);
    ASSERT_EQ_INT(s.gold_clusters, 4);
    ASSERT_EQ_INT(s.clusters, 4);
    ASSERT_NEAR(s.bcubed_precision, 1.0, EPS);
    ASSERT_NEAR(s.bcubed_recall, 1.0, EPS);
    ASSERT_NEAR(s.bcubed_f1, 1.0, EPS);
    ASSERT_NEAR(s.pairwise_precision, 1.0, EPS);
    ASSERT_NEAR(s.pairwise_recall, 1.0, EPS);
    ASSERT_NEAR(s.pairwise_f1, 1.0, EPS);
    ASSERT_NEAR(s.seconds, 0.0, EPS);
}

/* Gold sizes 3, 2, 4, 1: B-cubed P = (9 + 4 + 16 + 1) / 100, pairs 10 of 45. */
TD_TEST(test_score__all_in_one)
{
    static const int64_t pred[] = {5, 5, 5, 5, 5, 5, 5, 5, 5, 5};
    struct td_eval_scores s;

    ASSERT_OK(td_eval_score(gold10, pred, COUNT(pred), &s, NULL));
    ASSERT_EQ_INT(s.clusters, 1);
    ASSERT_EQ_INT(s.gold_clusters, 4);
    ASSERT_NEAR(s.bcubed_precision, 0.3, EPS);
    ASSERT_NEAR(s.bcubed_recall, 1.0, EPS);
    ASSERT_NEAR(s.bcubed_f1, 0.6 / 1.3, EPS);
    ASSERT_NEAR(s.pairwise_precision, 10.0 / 45.0, EPS);
    ASSERT_NEAR(s.pairwise_recall, 1.0, EPS);
    ASSERT_NEAR(s.pairwise_f1, 2 * (10.0 / 45.0) / (1 + 10.0 / 45.0), EPS);
}

/* No predicted pair: pairwise P is 1 and R is 0; B-cubed R = 4 / 10. */
TD_TEST(test_score__all_singletons)
{
    static const int64_t pred[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    struct td_eval_scores s;

    ASSERT_OK(td_eval_score(gold10, pred, COUNT(pred), &s, NULL));
    ASSERT_EQ_INT(s.clusters, 10);
    ASSERT_NEAR(s.bcubed_precision, 1.0, EPS);
    ASSERT_NEAR(s.bcubed_recall, 0.4, EPS);
    ASSERT_NEAR(s.bcubed_f1, 0.8 / 1.4, EPS);
    ASSERT_NEAR(s.pairwise_precision, 1.0, EPS);
    ASSERT_NEAR(s.pairwise_recall, 0.0, EPS);
    ASSERT_NEAR(s.pairwise_f1, 0.0, EPS);
}

/* No pair on either side: everything is 1, including for a single document. */
TD_TEST(test_score__singletons_both_sides)
{
    static const char *const gold[] = {"x", "y", "z"};
    static const int64_t pred[] = {3, 2, 1};
    struct td_eval_scores s;

    ASSERT_OK(td_eval_score(gold, pred, COUNT(pred), &s, NULL));
    ASSERT_NEAR(s.bcubed_f1, 1.0, EPS);
    ASSERT_NEAR(s.pairwise_precision, 1.0, EPS);
    ASSERT_NEAR(s.pairwise_recall, 1.0, EPS);
    ASSERT_NEAR(s.pairwise_f1, 1.0, EPS);
    ASSERT_OK(td_eval_score(gold, pred, 1, &s, NULL));
    ASSERT_EQ_INT(s.articles, 1);
    ASSERT_NEAR(s.bcubed_f1, 1.0, EPS);
    ASSERT_NEAR(s.pairwise_f1, 1.0, EPS);
}

/* Expected values printed by score_clusters.score() on the same input. */
TD_TEST(test_score__mixed_matches_reference)
{
    static const int64_t pred[] = {1, 1, 2, 2, 2, 3, 3, 3, 1, 4};
    struct td_eval_scores s;

    ASSERT_OK(td_eval_score(gold10, pred, COUNT(pred), &s, NULL));
    ASSERT_EQ_INT(s.clusters, 4);
    ASSERT_EQ_INT(s.gold_clusters, 4);
    ASSERT_NEAR(s.bcubed_precision, 0.7333333333333333, EPS);
    ASSERT_NEAR(s.bcubed_recall, 0.7166666666666666, EPS);
    ASSERT_NEAR(s.bcubed_f1, 0.7249042145593869, EPS);
    ASSERT_NEAR(s.pairwise_precision, 0.5555555555555556, EPS);
    ASSERT_NEAR(s.pairwise_recall, 0.5, EPS);
    ASSERT_NEAR(s.pairwise_f1, 0.5263157894736842, EPS);
}

/* Labels are compared byte-wise, not by pointer, and extreme ids sort right. */
TD_TEST(test_score__labels_by_content_and_extreme_ids)
{
    static char l1[] = "story", l2[] = "story", l3[] = "Story";
    const char *gold[] = {l1, l2, l3, "\xc3\xa9t\xc3\xa9"};
    static const int64_t pred[] = {INT64_MIN, INT64_MIN, INT64_MAX, 0};
    struct td_eval_scores s;

    ASSERT_OK(td_eval_score(gold, pred, COUNT(pred), &s, NULL));
    ASSERT_EQ_INT(s.gold_clusters, 3);
    ASSERT_EQ_INT(s.clusters, 3);
    ASSERT_NEAR(s.bcubed_f1, 1.0, EPS);
    ASSERT_NEAR(s.pairwise_f1, 1.0, EPS);
}

/* Quadratic per-document B-cubed and pairwise counts, as the definitions say. */
static void brute_force(const char *const *gold, const int64_t *pred, size_t n, double *bp,
                        double *br, double *pp, double *pr)
{
    size_t i, j, tp = 0, npp = 0, ngp = 0;

    *bp = *br = 0;
    for (i = 0; i < n; i++) {
        size_t same_p = 0, same_g = 0, both = 0;
        for (j = 0; j < n; j++) {
            int sp = pred[i] == pred[j], sg = strcmp(gold[i], gold[j]) == 0;
            same_p += (size_t)sp;
            same_g += (size_t)sg;
            both += (size_t)(sp && sg);
        }
        *bp += (double)both / (double)same_p;
        *br += (double)both / (double)same_g;
        tp += both - 1;
        npp += same_p - 1;
        ngp += same_g - 1;
    }
    *bp /= (double)n;
    *br /= (double)n;
    *pp = npp ? (double)tp / (double)npp : 1.0;
    *pr = ngp ? (double)tp / (double)ngp : 1.0;
}

TD_TEST(test_score__random_against_brute_force)
{
    static const char *const labels[] = {"g0", "g1", "g2", "g3", "g4", "g5", "g6"};
    const char *gold[300];
    int64_t pred[300];
    uint32_t seed = 12345;
    size_t i, round;

    for (round = 0; round < 20; round++) {
        struct td_eval_scores s;
        double bp, br, pp, pr;
        size_t n = 1 + round * 15;
        for (i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            gold[i] = labels[(seed >> 16) % COUNT(labels)];
            seed = seed * 1103515245u + 12345u;
            pred[i] = (int64_t)((seed >> 16) % (round + 2)) - 3;
        }
        ASSERT_OK(td_eval_score(gold, pred, n, &s, NULL));
        brute_force(gold, pred, n, &bp, &br, &pp, &pr);
        ASSERT_NEAR(s.bcubed_precision, bp, 1e-9);
        ASSERT_NEAR(s.bcubed_recall, br, 1e-9);
        ASSERT_NEAR(s.pairwise_precision, pp, 1e-12);
        ASSERT_NEAR(s.pairwise_recall, pr, 1e-12);
    }
}

TD_TEST(test_score__invalid_arguments)
{
    static const int64_t pred[] = {1, 2};
    const char *gold[] = {"a", NULL};
    struct td_eval_scores s;
    struct td_error err;

    s.articles = 42;
    ASSERT_EQ_INT(td_eval_score(gold10, pred, 0, &s, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(err.code, TD_ERR_INVALID);
    ASSERT_EQ_INT(td_eval_score(NULL, pred, 2, &s, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_eval_score(gold10, NULL, 2, &s, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_eval_score(gold10, pred, 2, NULL, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_eval_score(gold, pred, 2, &s, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(s.articles, 42);
}

TD_TEST(test_score__oom_each_allocation)
{
    static const int64_t pred[] = {1, 1, 2, 2, 2, 3, 3, 3, 1, 4};
    long n;

    for (n = 0; n < 100; n++) {
        struct td_eval_scores s;
        struct td_error err;
        enum td_err rc;
        s.articles = 42;
        alloc_fail_after(n);
        rc = td_eval_score(gold10, pred, COUNT(pred), &s, &err);
        alloc_fail_after(-1);
        if (rc == TD_OK) {
            ASSERT_TRUE(n > 0);
            ASSERT_NEAR(s.pairwise_f1, 0.5263157894736842, EPS);
            return;
        }
        ASSERT_EQ_INT(rc, TD_ERR_NOMEM);
        ASSERT_EQ_INT(err.code, TD_ERR_NOMEM);
        ASSERT_EQ_INT(s.articles, 42);
    }
    ASSERT_TRUE(0);
}
