/*
 * test_learn.c - tests of src/cluster/learn.c: logistic regression learns
 * separable toy data, recovers the weights that generated noisy data, is
 * deterministic, and rejects bad arguments.
 */
#include <math.h>
#include <string.h>

#include "cluster/model.h"
#include "test.h"

/* A tiny deterministic generator (xorshift), so the data is the same everywhere. */
static double uniform(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return (double)(*s >> 11) / 9007199254740992.0;
}

TD_TEST(test_learn__separable_data_is_classified_right)
{
    /* Label 1 exactly when x0 - x1 > 0.1; x2 is noise. */
    double x[200 * 3], w[3], b;
    unsigned char y[200];
    uint64_t s = 42;
    size_t i, right = 0;

    for (i = 0; i < 200; i++) {
        x[i * 3] = uniform(&s);
        x[i * 3 + 1] = uniform(&s);
        x[i * 3 + 2] = uniform(&s);
        y[i] = x[i * 3] - x[i * 3 + 1] > 0.1;
    }
    ASSERT_OK(model_fit_logistic(x, y, 200, 3, 0.01, w, &b, NULL));
    for (i = 0; i < 200; i++) {
        double z = b + w[0] * x[i * 3] + w[1] * x[i * 3 + 1] + w[2] * x[i * 3 + 2];
        right += (z > 0) == (y[i] != 0);
    }
    ASSERT_TRUE(right >= 196);
    ASSERT_TRUE(w[0] > 0 && w[1] < 0);
    ASSERT_TRUE(fabs(w[2]) < 0.2 * fabs(w[0]));
}

TD_TEST(test_learn__recovers_the_generating_weights)
{
    /* y ~ Bernoulli(sigmoid(2 x0 - 3 x1 + 0.5)); 20000 rows pin the weights to ~0.15. */
    enum { N = 20000 };
    static double x[N * 2];
    static unsigned char y[N];
    double w[2], b;
    uint64_t s = 7;
    size_t i;

    for (i = 0; i < N; i++) {
        double a = uniform(&s) * 2 - 1, c = uniform(&s) * 2 - 1;
        double p = 1.0 / (1.0 + exp(-(2 * a - 3 * c + 0.5)));
        x[i * 2] = a;
        x[i * 2 + 1] = c;
        y[i] = uniform(&s) < p;
    }
    ASSERT_OK(model_fit_logistic(x, y, N, 2, 1e-3, w, &b, NULL));
    ASSERT_NEAR(w[0], 2.0, 0.15);
    ASSERT_NEAR(w[1], -3.0, 0.15);
    ASSERT_NEAR(b, 0.5, 0.1);
}

TD_TEST(test_learn__same_data_same_weights)
{
    double x[] = {0, 1, 1, 0, 0.5, 0.5, 0.9, 0.2, 0.1, 0.8}, w1[2], w2[2], b1, b2;
    unsigned char y[] = {0, 1, 1, 1, 0};

    ASSERT_OK(model_fit_logistic(x, y, 5, 2, 1.0, w1, &b1, NULL));
    ASSERT_OK(model_fit_logistic(x, y, 5, 2, 1.0, w2, &b2, NULL));
    ASSERT_TRUE(memcmp(w1, w2, sizeof(w1)) == 0 && b1 == b2);
}

TD_TEST(test_learn__one_class_and_bad_arguments)
{
    double x[] = {0.1, 0.2, 0.3}, w[MF_COUNT + 1], b;
    unsigned char ones[] = {1, 1, 1};
    struct td_error err;

    /* One class is solvable (the penalty holds the weights): it predicts that class. */
    ASSERT_OK(model_fit_logistic(x, ones, 3, 1, 1.0, w, &b, NULL));
    ASSERT_TRUE(b + w[0] * 0.2 > 0);
    ASSERT_EQ_INT(model_fit_logistic(x, ones, 0, 1, 1.0, w, &b, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(model_fit_logistic(x, ones, 3, 0, 1.0, w, &b, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(model_fit_logistic(x, ones, 1, MF_COUNT + 1, 1.0, w, &b, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(model_fit_logistic(x, ones, 3, 1, 0.0, w, &b, &err), TD_ERR_INVALID);
}
