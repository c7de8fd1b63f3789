/*
 * score.c - B-cubed and pairwise precision/recall/F1 of a clustering against
 * gold labels (`td_eval_score`, see tidings/eval.h). Counting is sort-based,
 * O(n log n), and every sum runs in the same order and with the same
 * operations as ../shared/tools/score_clusters.py, so both give identical
 * numbers.
 */
#include "tidings/eval.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/banned.h"

/* One document in a sort pass: its keys and its position in the input. */
struct slot {
    const char *gold; /* borrowed gold label */
    int64_t pred;     /* predicted cluster id */
    size_t pid, gid;  /* dense predicted / gold group numbers (cell pass) */
    size_t doc;       /* index into the caller's arrays */
};

/* The counts the metrics are computed from; every array has `n` entries. */
struct counts {
    size_t n;
    struct slot *slots;
    size_t *block;                 /* owns the six arrays below */
    size_t *gid, *pid, *cid;       /* per document: gold, predicted and cell group */
    size_t *gsize, *psize, *csize; /* per group: number of documents */
    size_t ngold, npred, ncell;
};

static int by_gold(const void *a, const void *b)
{
    return strcmp(((const struct slot *)a)->gold, ((const struct slot *)b)->gold);
}

static int by_pred(const void *a, const void *b)
{
    int64_t x = ((const struct slot *)a)->pred, y = ((const struct slot *)b)->pred;

    return (x > y) - (x < y);
}

/* A cell is a (predicted cluster, gold label) pair. */
static int by_cell(const void *a, const void *b)
{
    const struct slot *x = a, *y = b;

    if (x->pid != y->pid)
        return x->pid < y->pid ? -1 : 1;
    return (x->gid > y->gid) - (x->gid < y->gid);
}

/*
 * Numbers the runs of equal records in the sorted `s` 0, 1, ..., stores each
 * document's run in `ids` and each run's size in `sizes` (zeroed by the
 * caller), and returns the number of runs. `n` is at least 1.
 */
static size_t number_runs(const struct slot *s, size_t n, int (*cmp)(const void *, const void *),
                          size_t *ids, size_t *sizes)
{
    size_t k, run = 0;

    for (k = 0; k < n; k++) {
        if (k > 0 && cmp(&s[k - 1], &s[k]) != 0)
            run++;
        ids[s[k].doc] = run;
        sizes[run]++;
    }
    return run + 1;
}

static enum td_err counts_alloc(struct counts *c, size_t n)
{
    /* td_calloc leaves the overflow check of `count * size` to calloc. */
    memset(c, 0, sizeof(*c));
    if (n > SIZE_MAX / 6)
        return TD_ERR_NOMEM;
    c->n = n;
    c->slots = td_calloc(n, sizeof(*c->slots));
    c->block = td_calloc(6 * n, sizeof(size_t));
    if (c->slots == NULL || c->block == NULL)
        return TD_ERR_NOMEM;
    c->gid = c->block;
    c->pid = c->gid + n;
    c->cid = c->pid + n;
    c->gsize = c->cid + n;
    c->psize = c->gsize + n;
    c->csize = c->psize + n;
    return TD_OK;
}

static void counts_release(struct counts *c)
{
    TD_FREE(c->slots);
    TD_FREE(c->block);
}

/* Three sort passes: gold groups, predicted groups, then their cells. */
static void counts_fill(struct counts *c, const char *const *gold, const int64_t *pred)
{
    size_t k, n = c->n;

    for (k = 0; k < n; k++) {
        c->slots[k].gold = gold[k];
        c->slots[k].pred = pred[k];
        c->slots[k].doc = k;
    }
    qsort(c->slots, n, sizeof(*c->slots), by_gold);
    c->ngold = number_runs(c->slots, n, by_gold, c->gid, c->gsize);
    qsort(c->slots, n, sizeof(*c->slots), by_pred);
    c->npred = number_runs(c->slots, n, by_pred, c->pid, c->psize);
    for (k = 0; k < n; k++) {
        c->slots[k].pid = c->pid[c->slots[k].doc];
        c->slots[k].gid = c->gid[c->slots[k].doc];
    }
    qsort(c->slots, n, sizeof(*c->slots), by_cell);
    c->ncell = number_runs(c->slots, n, by_cell, c->cid, c->csize);
}

static uint64_t pairs(size_t m)
{
    return m > 1 ? (uint64_t)m * (m - 1) / 2 : 0;
}

static double f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

/*
 * B-cubed sums over cells in order of first appearance, as the reference's
 * Counter does; a cell's size is zeroed once it has been added. This consumes
 * `c->csize`. `m * m` is exact in a double for any realistic `m` (< 2^26).
 */
static void score_bcubed(struct counts *c, struct td_eval_scores *out, uint64_t *tp)
{
    double p = 0.0, r = 0.0;
    size_t i;

    *tp = 0;
    for (i = 0; i < c->n; i++) {
        size_t m = c->csize[c->cid[i]];
        double mm = (double)m * (double)m;

        if (m == 0)
            continue;
        c->csize[c->cid[i]] = 0;
        p += mm / (double)c->psize[c->pid[i]];
        r += mm / (double)c->gsize[c->gid[i]];
        *tp += pairs(m);
    }
    out->bcubed_precision = p / (double)c->n;
    out->bcubed_recall = r / (double)c->n;
    out->bcubed_f1 = f1(out->bcubed_precision, out->bcubed_recall);
}

static void score_pairwise(const struct counts *c, uint64_t tp, struct td_eval_scores *out)
{
    uint64_t pp = 0, gp = 0;
    size_t k;

    for (k = 0; k < c->npred; k++)
        pp += pairs(c->psize[k]);
    for (k = 0; k < c->ngold; k++)
        gp += pairs(c->gsize[k]);
    out->pairwise_precision = pp ? (double)tp / (double)pp : 1.0;
    out->pairwise_recall = gp ? (double)tp / (double)gp : 1.0;
    out->pairwise_f1 = f1(out->pairwise_precision, out->pairwise_recall);
}

static enum td_err check_args(const char *const *gold, const int64_t *pred, size_t n,
                              const struct td_eval_scores *out, struct td_error *err)
{
    size_t i;

    if (gold == NULL || pred == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "eval score needs gold, pred and out");
    if (n == 0)
        return td_error_set(err, TD_ERR_INVALID, "eval score needs at least one document");
    for (i = 0; i < n; i++) {
        if (gold[i] == NULL)
            return td_error_set(err, TD_ERR_INVALID, "gold label of document %zu is NULL", i);
    }
    return TD_OK;
}

enum td_err td_eval_score(const char *const *gold, const int64_t *pred, size_t n,
                          struct td_eval_scores *out, struct td_error *err)
{
    struct counts c;
    struct td_eval_scores s;
    uint64_t tp;
    enum td_err rc = check_args(gold, pred, n, out, err);

    if (rc != TD_OK)
        return rc;
    rc = counts_alloc(&c, n);
    if (rc != TD_OK) {
        rc = td_error_set(err, rc, "out of memory scoring %zu documents", n);
        goto out;
    }
    counts_fill(&c, gold, pred);
    memset(&s, 0, sizeof(s));
    s.articles = n;
    s.gold_clusters = c.ngold;
    s.clusters = c.npred;
    score_bcubed(&c, &s, &tp);
    score_pairwise(&c, tp, &s);
    *out = s;
out:
    counts_release(&c);
    return rc;
}
