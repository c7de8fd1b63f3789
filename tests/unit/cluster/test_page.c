/*
 * test_page.c - tests of the paging of retired story records in
 * src/cluster/cluster.c (`page_out` and `page_in` in cluster.h): a state
 * whose retired blocks go to a swap decides exactly as one that keeps them,
 * reads a block back for a revival, and reports a swap that fails.
 */
#include <stdio.h>
#include <string.h>

#include "cluster/cluster.h"
#include "core/alloc.h"
#include "test.h"
#include "words.h"

/* Most blocks the test swap holds. */
#define SWAP_BLOCKS 64

/* A swap in memory, as the engine's temporary table is in the store. */
struct swap {
    void *data[SWAP_BLOCKS];
    size_t len[SWAP_BLOCKS];
    size_t nout, nin;
    size_t outs[SWAP_BLOCKS];      /* times each block was paged out */
    enum td_err fail_out, fail_in; /* what the next calls return, when not TD_OK */
};

static enum td_err swap_out(void *ctx, uint64_t block, const void *data, size_t len)
{
    struct swap *w = ctx;

    if (w->fail_out != TD_OK)
        return w->fail_out;
    if (block >= SWAP_BLOCKS)
        return TD_ERR_TOO_LARGE;
    td_free(w->data[block]);
    if ((w->data[block] = td_malloc(len)) == NULL)
        return TD_ERR_NOMEM;
    memcpy(w->data[block], data, len);
    w->len[block] = len;
    w->nout++;
    w->outs[block]++;
    return TD_OK;
}

static enum td_err swap_in(void *ctx, uint64_t block, void *data, size_t len)
{
    struct swap *w = ctx;

    if (w->fail_in != TD_OK)
        return w->fail_in;
    if (block >= SWAP_BLOCKS || w->data[block] == NULL || w->len[block] != len)
        return TD_ERR_NOTFOUND;
    memcpy(data, w->data[block], len);
    w->nin++;
    return TD_OK;
}

static void swap_release(struct swap *w)
{
    for (size_t i = 0; i < SWAP_BLOCKS; i++)
        td_free(w->data[i]);
}

/*
 * Options: the hand-set rule, a merge pass every 4 documents, an active
 * pool of 5 days swept every 8 documents; with `w`, retired blocks go to it.
 */
static struct cluster_opts page_opts(struct swap *w)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;

    o.threshold = 0.6;
    o.merge_every_docs = 4;
    o.merge_threshold = CLUSTER_MERGE_THRESHOLD;
    o.pool_days = 5;
    o.pool_sweep_docs = 8;
    if (w != NULL) {
        o.page_out = swap_out;
        o.page_in = swap_in;
        o.page_ctx = w;
    }
    return o;
}

/*
 * Document `i` of a stream of topics, one a day in four documents: the
 * first two tell it from two sides (its first six words, then its last
 * six, sharing two) and start two stories; the last two use all twelve
 * words, join the first story and make it grow towards the second, which
 * the merge pass then merges into it.
 */
static enum td_err topic_doc(size_t i, struct cluster_vec *v, struct cluster_doc *d)
{
    char w[512];
    size_t t = i / 4, k, n = 0;
    int len;

    for (k = 1; k <= 12; k++) {
        /* 0: absent, 1: once, 2: twice. */
        int times = i % 4 >= 2 ? 1 : i % 4 == 0 ? (k <= 6 ? 2 : k <= 8) : (k > 6 ? 2 : k >= 5);
        if (times == 0)
            continue;
        len = snprintf(w + n, sizeof(w) - n, times == 2 ? "t%zuw%zu t%zuw%zu " : "t%zuw%zu ", t, k,
                       t, k);
        if (len < 0 || (size_t)len >= sizeof(w) - n)
            return TD_ERR_TOO_LARGE;
        n += (size_t)len;
    }
    if (words_vec(v, w) != TD_OK)
        return TD_ERR_NOMEM;
    *d = cluster_doc_of(v, true, (int64_t)t * 86400, NULL);
    return TD_OK;
}

/* Assigns document `i` in `cs`; `*story` is where it ended, `*merges` counts the merges. */
static enum td_err assign_topic(struct cluster_state *cs, size_t i, int64_t *story, size_t *merges)
{
    struct cluster_vec v;
    struct cluster_doc d;
    const int64_t *from, *into;
    size_t n;
    enum td_err rc;

    cluster_vec_init(&v);
    rc = topic_doc(i, &v, &d);
    if (rc == TD_OK)
        rc = cluster_assign(cs, &d, story, NULL, NULL);
    cluster_take_merges(cs, &from, &into, &n);
    *merges += n;
    cluster_vec_release(&v);
    return rc;
}

/* Adds document `i` to story `story` in `cs` (a copy, in the engine). */
static enum td_err add_topic(struct cluster_state *cs, size_t i, int64_t story,
                             struct td_error *err)
{
    struct cluster_vec v;
    struct cluster_doc d;
    enum td_err rc;

    cluster_vec_init(&v);
    rc = topic_doc(i, &v, &d);
    if (rc == TD_OK)
        rc = cluster_add(cs, &d, story, err);
    cluster_vec_release(&v);
    return rc;
}

/* The merged links and active stories of `a` and `b` are the same. */
static void check_same_state(const struct cluster_state *a, const struct cluster_state *b)
{
    ASSERT_EQ_INT(cluster_story_count(a), cluster_story_count(b));
    ASSERT_EQ_INT(cluster_active_count(a), cluster_active_count(b));
    for (size_t id = 1; id <= cluster_story_count(a); id++)
        ASSERT_EQ_INT(cluster_resolve(a, (int64_t)id), cluster_resolve(b, (int64_t)id));
}

TD_TEST(test_page__paged_state_decides_as_the_kept_one)
{
    struct swap w = {0};
    struct cluster_opts po = page_opts(&w), ko = page_opts(NULL);
    struct cluster_state *paged, *kept;
    int64_t sp = 0, sk = 0;
    size_t i, mp = 0, mk = 0, resident;

    ASSERT_OK(cluster_new(&po, &paged, NULL));
    ASSERT_OK(cluster_new(&ko, &kept, NULL));
    for (i = 0; i < 1600; i++) {
        ASSERT_OK(assign_topic(paged, i, &sp, &mp));
        ASSERT_OK(assign_topic(kept, i, &sk, &mk));
        ASSERT_EQ_INT(sp, sk);
    }
    /* Two stories a topic, merged into one: the merged links of paged-out blocks stay. */
    ASSERT_EQ_INT(mp, mk);
    ASSERT_TRUE(mp >= 300);
    ASSERT_TRUE(cluster_paged_merged_count(paged) > 0);
    check_same_state(paged, kept);
    /* Only the blocks of the last days are in memory; the kept state has them all. */
    resident = cluster_resident_count(paged);
    ASSERT_TRUE(resident <= 4 * 64);
    ASSERT_TRUE(cluster_resident_count(kept) >= cluster_story_count(kept));
    ASSERT_TRUE(w.nout >= 8);
    ASSERT_EQ_INT(w.nin, 0);
    ASSERT_EQ_INT(w.outs[0], 1);
    /* A copy of the first topic's article revives its long-retired story from the swap... */
    ASSERT_OK(add_topic(paged, 0, 2, NULL));
    ASSERT_OK(add_topic(kept, 0, 2, NULL));
    ASSERT_EQ_INT(w.nin, 1);
    ASSERT_EQ_INT(cluster_resident_count(paged), resident + 64);
    check_same_state(paged, kept);
    /* ...and the stream goes on deciding the same, the revived block leaving again. */
    for (; i < 1800; i++) {
        ASSERT_OK(assign_topic(paged, i, &sp, &mp));
        ASSERT_OK(assign_topic(kept, i, &sk, &mk));
        ASSERT_EQ_INT(sp, sk);
    }
    check_same_state(paged, kept);
    ASSERT_EQ_INT(w.outs[0], 2);
    cluster_free(paged);
    cluster_free(kept);
    swap_release(&w);
}

/*
 * The questions asked of a story by id (cluster_mixed(), cluster_event_size())
 * reach retired stories too: the storyline re-check asks about every event
 * of a storyline, the oldest included. A story whose block is paged out is
 * answered from memory, as a retired one, without reading its record.
 */
TD_TEST(test_page__questions_about_a_paged_out_story)
{
    struct swap w = {0};
    struct cluster_opts po = page_opts(&w), ko = page_opts(NULL);
    struct cluster_state *paged, *kept;
    int64_t sp = 0, sk = 0, last;
    size_t i, mp = 0, mk = 0;
    bool mixed_p = true, mixed_k = true;

    ASSERT_OK(cluster_new(&po, &paged, NULL));
    ASSERT_OK(cluster_new(&ko, &kept, NULL));
    for (i = 0; i < 800; i++) {
        ASSERT_OK(assign_topic(paged, i, &sp, &mp));
        ASSERT_OK(assign_topic(kept, i, &sk, &mk));
    }
    /* Story 1's block has left memory; the latest story is live. */
    ASSERT_EQ_INT(w.outs[0], 1);
    last = (int64_t)cluster_story_count(paged);
    ASSERT_OK(cluster_mixed(paged, 1, last, &mixed_p));
    ASSERT_OK(cluster_mixed(kept, 1, last, &mixed_k));
    ASSERT_TRUE(!mixed_p);
    ASSERT_TRUE(!mixed_k);
    ASSERT_OK(cluster_mixed(paged, last, 2, &mixed_p));
    ASSERT_TRUE(!mixed_p);
    /* A paged-out story's size is not in memory: 0, as for an unknown id. */
    ASSERT_EQ_INT(cluster_event_size(paged, 1), 0);
    ASSERT_TRUE(cluster_event_size(kept, 1) > 0);
    ASSERT_TRUE(cluster_event_size(paged, last) > 0);
    ASSERT_EQ_INT(w.nin, 0);
    cluster_free(paged);
    cluster_free(kept);
    swap_release(&w);
}

TD_TEST(test_page__failing_swap)
{
    struct swap w = {0};
    struct cluster_opts po = page_opts(&w), ko = page_opts(NULL);
    struct cluster_state *paged, *kept;
    struct td_error err = {0};
    int64_t sp = 0, sk = 0;
    size_t i, mp = 0, mk = 0;

    ASSERT_OK(cluster_new(&po, &paged, NULL));
    ASSERT_OK(cluster_new(&ko, &kept, NULL));
    /* A swap that cannot take blocks leaves them in memory, and nothing else changes. */
    w.fail_out = TD_ERR_IO;
    for (i = 0; i < 800; i++) {
        ASSERT_OK(assign_topic(paged, i, &sp, &mp));
        ASSERT_OK(assign_topic(kept, i, &sk, &mk));
        ASSERT_EQ_INT(sp, sk);
    }
    ASSERT_EQ_INT(w.nout, 0);
    ASSERT_EQ_INT(cluster_resident_count(paged), cluster_resident_count(kept));
    w.fail_out = TD_OK;
    for (; i < 1200; i++) {
        ASSERT_OK(assign_topic(paged, i, &sp, &mp));
        ASSERT_OK(assign_topic(kept, i, &sk, &mk));
        ASSERT_EQ_INT(sp, sk);
    }
    ASSERT_TRUE(w.nout > 0);
    check_same_state(paged, kept);
    /* A swap that cannot give a block back is an error naming the story. */
    w.fail_in = TD_ERR_IO;
    ASSERT_EQ_INT(add_topic(paged, 0, 1, &err), TD_ERR_IO);
    ASSERT_TRUE(strstr(err.msg, "story 1") != NULL);
    cluster_free(paged);
    cluster_free(kept);
    swap_release(&w);
}
