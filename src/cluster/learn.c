/*
 * learn.c - logistic regression for the event scorer (`tidings train`):
 * Newton's method on the L2-penalised log-likelihood. With at most
 * MF_COUNT + 1 unknowns each step solves a tiny linear system, so training
 * is exact and deterministic (no learning rate, no shuffling, no seed).
 */
#include <math.h>
#include <string.h>

#include "cluster/model.h"
#include "core/alloc.h"

/* Newton steps at most; a dozen usually reach the tolerance. */
#define MAX_STEPS 100
#define TOLERANCE 1e-10
/* Largest change of one coefficient in one step. */
#define MAX_STEP 4.0
/* Unknowns: the weights and the bias (last). */
#define MAX_DIM (MF_COUNT + 1)

static double sigmoid(double z)
{
    return z >= 0 ? 1.0 / (1.0 + exp(-z)) : exp(z) / (1.0 + exp(z));
}

/*
 * Solves `a` (d x d, row-major, overwritten) times `x` = `b` (overwritten
 * by x) by Gaussian elimination with partial pivoting. Returns false when
 * the matrix is singular, which the ridge term prevents for the weights.
 */
static bool solve(double *a, double *b, size_t d)
{
    size_t i, j, k;

    for (k = 0; k < d; k++) {
        size_t p = k;
        for (i = k + 1; i < d; i++)
            if (fabs(a[i * d + k]) > fabs(a[p * d + k]))
                p = i;
        if (fabs(a[p * d + k]) < 1e-300)
            return false;
        for (j = 0; p != k && j < d; j++) {
            double t = a[k * d + j];
            a[k * d + j] = a[p * d + j];
            a[p * d + j] = t;
        }
        if (p != k) {
            double t = b[k];
            b[k] = b[p];
            b[p] = t;
        }
        for (i = k + 1; i < d; i++) {
            double f = a[i * d + k] / a[k * d + k];
            for (j = k; j < d; j++)
                a[i * d + j] -= f * a[k * d + j];
            b[i] -= f * b[k];
        }
    }
    for (k = d; k-- > 0;) {
        for (j = k + 1; j < d; j++)
            b[k] -= a[k * d + j] * b[j];
        b[k] /= a[k * d + k];
    }
    return true;
}

/*
 * One Newton step at `beta` (`dim` weights, then the bias): fills the
 * gradient `g` and Hessian `h` of the penalised negative log-likelihood.
 */
static void gradient(const double *x, const unsigned char *y, size_t n, size_t dim, double l2,
                     const double *beta, double *g, double *h)
{
    size_t d = dim + 1, i, j, k;
    double row[MAX_DIM];

    memset(g, 0, d * sizeof(*g));
    memset(h, 0, d * d * sizeof(*h));
    for (i = 0; i < n; i++) {
        double z = beta[dim], p, wgt;
        memcpy(row, x + i * dim, dim * sizeof(*row));
        row[dim] = 1.0;
        for (j = 0; j < dim; j++)
            z += beta[j] * row[j];
        p = sigmoid(z);
        wgt = p * (1.0 - p);
        for (j = 0; j < d; j++) {
            g[j] += (p - (double)y[i]) * row[j];
            for (k = 0; k <= j; k++)
                h[j * d + k] += wgt * row[j] * row[k];
        }
    }
    for (j = 0; j < d; j++)
        for (k = 0; k < j; k++)
            h[k * d + j] = h[j * d + k];
    for (j = 0; j < dim; j++) {
        g[j] += l2 * beta[j];
        h[j * d + j] += l2;
    }
    /* A whisker on the bias keeps a one-class set solvable. */
    h[dim * d + dim] += 1e-9;
}

enum td_err model_fit_logistic(const double *x, const unsigned char *y, size_t n, size_t dim,
                               double l2, double *w, double *bias, struct td_error *err)
{
    double beta[MAX_DIM] = {0}, g[MAX_DIM], h[MAX_DIM * MAX_DIM];
    size_t d = dim + 1, step, j;

    if (n == 0 || dim == 0 || dim > MF_COUNT || x == NULL || y == NULL)
        return td_error_set(err, TD_ERR_INVALID,
                            "logistic regression needs 1 to %d features "
                            "and at least one example",
                            (int)MF_COUNT);
    if (!(l2 > 0))
        return td_error_set(err, TD_ERR_INVALID, "the L2 penalty must be positive");
    for (step = 0; step < MAX_STEPS; step++) {
        double change = 0.0;
        gradient(x, y, n, dim, l2, beta, g, h);
        if (!solve(h, g, d))
            return td_error_set(err, TD_ERR_INTERNAL, "singular system in logistic regression");
        for (j = 0; j < d; j++)
            change = fmax(change, fabs(g[j]));
        /* Damped: a far first step on nearly separable data could overshoot. */
        for (j = 0; j < d; j++)
            beta[j] -= change > MAX_STEP ? g[j] * (MAX_STEP / change) : g[j];
        if (change < TOLERANCE)
            break;
    }
    memcpy(w, beta, dim * sizeof(*w));
    *bias = beta[dim];
    return TD_OK;
}
