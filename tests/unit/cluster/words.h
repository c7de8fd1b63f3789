/*
 * words.h - term vectors for the cluster tests, written as words.
 */
#ifndef TD_TEST_CLUSTER_WORDS_H
#define TD_TEST_CLUSTER_WORDS_H

#include "cluster/cluster.h"

/*
 * Fills `v` (caller-provided, released with cluster_vec_release) from the
 * space-separated `words`: each occurrence counts once, and a word written
 * "@x" is the anchor term x, as names and numbers are.
 */
enum td_err words_vec(struct cluster_vec *v, const char *words);

#endif
