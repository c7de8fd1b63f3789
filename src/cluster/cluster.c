/*
 * cluster.c - the online story clustering (see cluster.h for the model).
 *
 * Terms get dense ids on first sight so that per-term statistics (document
 * frequency, its cached log, postings) are plain arrays. A story keeps a
 * centroid: the sum of its articles' unit-length sublinear TF vectors,
 * sorted by term id and pruned to the heaviest `centroid_terms`. IDF is
 * applied at comparison time, so centroids never go stale as the document
 * frequencies grow. With a model (model.h) each candidate gets a feature
 * vector (features()) that the model ranks and decides on; without one,
 * the hand-set rule compares the best cosine with `threshold`. Terms the
 * active pool no longer uses are forgotten from time to time and their ids
 * reused (forget()), so the per-term arrays follow the pool, not the archive.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "cluster/cluster.h"
#include "cluster/model.h"
#include "cluster/postings.h"
#include "cluster/split.h"
#include "core/alloc.h"
#include "core/map64.h"
#include "core/prefetch.h"
#include "core/sort.h"
#include "tidings/timeline.h"

#define MAX_STORIES ((size_t)1 << 31)
/*
 * Anchor terms (names, numbers): a story is indexed under the MISS_TERMS
 * heaviest of each article that joins it, and under the ANCHOR_TERMS
 * heaviest (and those tied with the last, anchor_ties()) of the article
 * that opens it, whose lighter ones up to MISS_TERMS go to the light
 * postings (`lpost`, index_story()); an article looks for stories in other
 * languages through its AQUERY_TERMS heaviest that have anchor postings,
 * and through the light postings only when that finds none (collect()).
 */
#define ANCHOR_TERMS 6
#define AQUERY_TERMS 12
/* Heaviest anchor terms of a document, and of an event, whose absence on the other side counts. */
#define MISS_TERMS 8
/* Members a story remembers, and terms per member, for the nearest-member feature. */
#define MEMBER_SKETCHES 4
#define SKETCH_TERMS 16
/* Most query terms a document uses to find candidate stories. */
#define QUERY_MAX 64
/* How many terms ahead of its look-up a term's dictionary slot is prefetched. */
#define PREFETCH_TERMS 8
/* Centroid terms cosines() prefetches ahead of the one it adds. */
#define PREFETCH_COS 16
/*
 * Dated arrivals whose latest day stands in for an undated article's day,
 * and the most days they may span for the stream's clock to be trusted (see
 * dated()). The publication-date estimate reads the same clock from the
 * store (tidings/timeline.h, `arrival_days`): one set of numbers for both.
 */
#define RECENT_DATES TD_PUBDATE_AGREE
#define RECENT_SPAN_DAYS TD_PUBDATE_ARRIVAL_SPAN
/*
 * The latest dated arrivals whose order is watched, and how many of them
 * must have come in date order (no more than RECENT_SPAN_DAYS before the
 * newest date seen when they came) for the newest date to stand in for an
 * undated article's day (see dated()).
 */
#define ORDER_WINDOW TD_PUBDATE_ARRIVALS
#define ORDER_MIN (TD_PUBDATE_ARRIVALS - 1)
/* Counts below this have their logf() in a table (`logi`). */
#define LOG_TABLE 4096
/*
 * What `anchor[id]` holds: 0 for a term that is no anchor; for an anchor
 * term, the languages the stream has seen it in. ANCHOR_UNSEEN: none yet
 * (only articles of unknown language); 2 .. ANCHOR_MULTI - 1: one language,
 * `langs[value - 2]`; ANCHOR_MULTI: two or more. With `xl_shared_only`,
 * only the ANCHOR_MULTI terms count across languages (see xl_term()): a
 * capitalised word that only one language uses (every German noun) is taken
 * for that language's word, not a name the other side could share. Derived
 * from the articles in arrival order, so a replay rebuilds it exactly.
 */
#define ANCHOR_UNSEEN 1
#define ANCHOR_MULTI 255
/* Languages told apart in `anchor`; past that many, the later ones share the last mark. */
#define MAX_LANGS (ANCHOR_MULTI - 2)
/* The numbers small_number() knows: 0 .. SMALL_NUMBERS - 1. */
#define SMALL_NUMBERS 100

struct centroid {
    uint32_t *ids;  /* term ids, increasing */
    float *w;       /* summed unit TF weights */
    uint32_t n;
};

/*
 * A member article as a story remembers it: its SKETCH_TERMS heaviest
 * terms (by query weight when it joined) with their unit TF weights, by id.
 */
struct sketch {
    uint32_t ids[SKETCH_TERMS];
    float a[SKETCH_TERMS];
    uint32_t n;
};

/*
 * What only a story of the active pool keeps: allocated when it enters the
 * pool (enter_pool()) and freed when it retires, so a retired story keeps
 * its `struct story` alone.
 */
struct story_live {
    struct sketch *mem;  /* the MEMBER_SKETCHES most recent members (ring), or NULL */
    uint32_t nmem, next_mem;
    uint64_t last_doc;  /* documents seen when it last took one */
    struct split_ring ring; /* latest members, for the split pass (split.h) */
};

/*
 * A story (an event, at the engine's event level). The record every story
 * keeps while its block is in memory (`struct story_block`): what merges
 * (`merged_into`), cluster_resolve() and a revival need; the rest is in
 * `live`, only while in the pool.
 */
struct story {
    struct centroid c;
    struct story_live *live; /* while in the active pool (see `struct story_live`), else NULL */
    bool retired;       /* out of the active pool: no centroid, no candidate */
    bool in_pool;       /* listed in `pool` (see enter_pool()) */
    bool has_date;
    uint32_t size;
    int64_t min_day, max_day;
    uint32_t lang;  /* language of its first article (0 = unknown) */
    uint32_t merged_into; /* index + 1 of the story it was merged into; 0 = none */
    uint32_t changed_pass; /* merge pass + 1 in whose interval it took an article */
    uint32_t split_from; /* index + 1 of the story it was split from; 0 = none */
    uint32_t stamp, hits; /* candidate collection: round last seen in, postings hits in it */
};

/*
 * Story records in blocks of BLOCK_STORIES consecutive ids. A block whose
 * stories have all retired leaves memory at the next sweep (page_out()):
 * its records go to the caller's swap (`page_out` in cluster.h) and only
 * its merged stories' `merged_into` stays, in `paged_merged`, for root().
 * A revival reads the block back (page_in()). Records are copied out and
 * back byte for byte, so paging changes no decision; what stays in memory
 * follows the active pool, not every story ever made.
 */
#define BLOCK_SHIFT 6
#define BLOCK_STORIES ((size_t)1 << BLOCK_SHIFT)
#define BLOCK_MASK (BLOCK_STORIES - 1)

struct story_block {
    struct story s[BLOCK_STORIES];
    uint32_t nlive; /* stories of the block not retired */
};

/* One term of the current document. */
struct dterm {
    uint32_t id;
    float a; /* unit-length sublinear TF weight */
    float q; /* a * idf, the query weight */
};

struct cluster_state {
    struct cluster_opts o;
    struct cluster_model model;  /* the learned scorer, when `o.model` was set */
    /*
     * Whether the features beyond the cosines are computed: for training
     * (cluster_observe) and for a model that weighs any of them. Member
     * sketches are kept only then, so the built-in model, which weighs the
     * cosine alone, costs no more memory or time than the hand-set rule.
     */
    bool all_features;
    /*
     * The lowest `anchor` value of a term that counts across languages
     * (xl_term()): ANCHOR_MULTI with `xl_shared_only`, else 1 (any anchor
     * term), so the test is one comparison with no look at the option.
     */
    uint8_t xl_min;
    struct td_map64 dict;     /* term hash -> term id */
    uint32_t *df;             /* per term id */
    uint8_t *anchor;          /* per term id: 0, or an anchor term's languages (ANCHOR_UNSEEN) */
    uint32_t langs[MAX_LANGS]; /* language codes in order of first sight (see `anchor`) */
    size_t nlangs;
    float *logdf;             /* log(df + 1), cached */
    double *qw;               /* per term id: the scored document's query weight, else 0 */
    struct postings *post;    /* per term id */
    struct postings *apost;   /* per term id: stories by their anchor terms (see anchor_terms) */
    struct postings *lpost;   /* per term id: stories by their lighter anchor terms (top_terms) */
    size_t nterms, cap_df, cap_logdf, cap_post, cap_apost, cap_lpost, cap_anchor, cap_qw;
    /* Forgetting terms (see `forget_every_docs`). */
    uint32_t *seen;           /* per term id: documents seen before its latest one (low 32 bits) */
    uint32_t *free_ids;       /* forgotten term ids, reused before new ones (`nfree` of them) */
    size_t cap_seen, nfree, cap_free;
    /* Story id = index + 1; its record is in block `index >> BLOCK_SHIFT`, NULL when paged out. */
    struct story_block **blk;
    size_t nst, nblk, cap_blk, npaged;
    struct td_map64 paged_merged; /* story id -> `merged_into`, for the paged-out merged stories */
    uint32_t *pageable;       /* blocks whose last live story retired since the last sweep */
    size_t npageable, cap_pageable;
    uint64_t ndocs;
    uint32_t main_name;       /* the article's main name for LEAVE_RECALLING (recalls_main()) */
    int64_t newest_day;       /* latest date seen, when `has_newest` */
    bool has_newest;
    int64_t recent_day[RECENT_DATES]; /* dates of the latest dated arrivals (ring) */
    size_t nrecent, next_recent;
    uint8_t in_order[ORDER_WINDOW]; /* 1: that dated arrival came in date order (ring) */
    size_t norder_seen, next_order;
    size_t nretired;          /* stories out of the active pool */
    /*
     * The stories of the active pool, and those that left it since the
     * last sweep (merged ones): what the sweeps look at, so their work
     * follows the pool, not every story ever made.
     */
    uint32_t *pool;
    size_t npool, cap_pool;
    /* Scratch space reused for every document. */
    struct dterm *dt;
    size_t ndt, cap_dt;
    struct dterm *dt_tmp;     /* sort scratch, `cap_dt_tmp` entries (see sort_by_id()) */
    size_t cap_dt_tmp;
    /*
     * sort_by_id()'s bitmaps, all zero between documents: `idbits` has a
     * bit per term id, `idsum` a bit per word of `idbits`; `at_id` is per
     * term id, the document's index of that term while it is sorted.
     * merge_one() borrows `idbits` and `at_id` for a story's centroid
     * (mark_centroid()) and leaves `idbits` all zero again.
     */
    uint64_t *idbits, *idsum;
    uint32_t *at_id;
    size_t cap_idbits, cap_idsum, cap_at_id;
    size_t cap_order;
    uint32_t *order;          /* indexes of the index terms in dt, by decreasing q */
    size_t norder;
    uint32_t query[QUERY_MAX];     /* indexes of the query terms in dt (see top_terms) */
    size_t nquery;
    uint32_t aquery[AQUERY_TERMS]; /* indexes in dt of anchor query terms (see top_terms) */
    size_t naquery;
    uint32_t lquery[AQUERY_TERMS]; /* the same for the light postings (see top_terms) */
    size_t nlquery;
    uint32_t morder[MISS_TERMS]; /* indexes of the heaviest anchor terms in dt */
    size_t nmiss;
    size_t nanchor;           /* anchor terms indexed under: `morder`'s first (see anchor_ties()) */
    uint32_t cur;             /* the candidate round (see `struct story` `stamp`) */
    uint32_t *cand;
    size_t ncand, cap_cand;
    /*
     * merge_one()'s: the weights of the centroid it looks at under the
     * current IDF, and those of a candidate's for member_link().
     */
    double *mw, *mw2;
    size_t cap_mw, cap_mw2;
    /* The merge pass: stories changed since the last one (ring) and the merges made. */
    uint32_t changed[CLUSTER_MERGE_CHANGED];
    size_t nchanged, next_changed;
    uint64_t pass_at; /* documents seen when the last pass ended its interval */
    uint32_t npass; /* passes made (2^32 of them take 2.7e11 documents) */
    int64_t *merged_from, *merged_into;
    /* Stories an early pair merged into in the current pass (early_pair()): not split in it. */
    uint32_t early_into[CLUSTER_MERGE_CHANGED];
    size_t nearly;
    /* The pass's mixed pairs (told_mixed()): story index `stray_from[i]` took reports of
     * `stray_into[i]`. */
    uint32_t stray_from[CLUSTER_STRAY_PAIRS], stray_into[CLUSTER_STRAY_PAIRS];
    size_t nstray;
    size_t nmerged, cap_merged_from, cap_merged_into;
    /* The split pass: documents moved by the last cluster_assign() (cluster_take_moves). */
    struct cluster_move *moves;
    size_t nmoves, cap_moves;
    /* Story index + 1 the last cluster_assign() or cluster_add() joined, before its pass. */
    size_t joined;
    /* Story index + 1 of the last cluster_assign()'s best candidate, joined or not, when in
     * another language than the article (0: none; cluster_last_nearest()). */
    size_t nearest;
    double nearest_cos; /* its cosine */
    /* Story index + 1 of the last new event's nearest by undamped text in its language (0:
     * none; cluster_last_recalled()), and that cosine. */
    size_t recalled;
    double recalled_cos;
    float *pick; /* scratch for split_member_pick(), `cap_pick` entries */
    uint64_t digit_key[10]; /* the anchor hashes of the numbers 0-9 (mark_clause()) */
    uint64_t small_key[SMALL_NUMBERS]; /* the anchor hashes of the numbers 0-99, sorted */
    uint64_t *small;                   /* a bit per term id: a number under 100 (small_number()) */
    size_t cap_small;
    size_t cap_pick;
    float logi[LOG_TABLE]; /* logf(i): the same values as calling it, without the call */
};

/* The record of story index `idx`, whose block is in memory. */
static inline struct story *story_at(const struct cluster_state *cs, size_t idx)
{
    return &cs->blk[idx >> BLOCK_SHIFT]->s[idx & BLOCK_MASK];
}

/* Whether the record of story index `idx` is in memory (not paged out). */
static inline bool resident(const struct cluster_state *cs, size_t idx)
{
    return cs->blk[idx >> BLOCK_SHIFT] != NULL;
}

/* The record of story index `idx` when it is in the active pool, else NULL. */
static inline struct story *live_story(const struct cluster_state *cs, size_t idx)
{
    struct story_block *b = cs->blk[idx >> BLOCK_SHIFT];

    return b != NULL && !b->s[idx & BLOCK_MASK].retired ? &b->s[idx & BLOCK_MASK] : NULL;
}

/* Frees what a story keeps only in the pool (NULL does nothing). */
static void live_free(struct story_live *l)
{
    if (l == NULL)
        return;
    td_free(l->mem);
    split_ring_release(&l->ring);
    td_free(l);
}

/* Whether `m` weighs a feature that needs more than the three cosines. */
static bool uses_more_than_cosines(const struct cluster_model *m)
{
    static const enum model_feature extra[] = {MF_DOC_ANCHOR_MISS, MF_EVENT_ANCHOR_MISS,
                                               MF_NEAREST};
    size_t i;

    for (i = 0; i < sizeof(extra) / sizeof(extra[0]); i++)
        if (m->rank[extra[i]] != 0 || m->join[extra[i]] != 0)
            return true;
    return false;
}

/*
 * Writes the anchor hashes of the numbers 0-99 (as the analysis writes them:
 * "7", "30") into `key`, sorted.
 */
static void small_keys(uint64_t key[SMALL_NUMBERS])
{
    size_t i, j;

    for (i = 0; i < SMALL_NUMBERS; i++) {
        char d[2] = {(char)('0' + i / 10), (char)('0' + i % 10)};
        uint64_t h = i < 10 ? cluster_anchor_hash(d + 1, 1) : cluster_anchor_hash(d, 2);
        for (j = i; j > 0 && key[j - 1] > h; j--)
            key[j] = key[j - 1];
        key[j] = h;
    }
}

enum td_err cluster_new(const struct cluster_opts *opts, struct cluster_state **out,
                        struct td_error *err)
{
    struct cluster_state *cs = td_calloc(1, sizeof(*cs));
    static const struct cluster_opts defaults = CLUSTER_OPTS_INIT;

    if (cs == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    cs->o = opts != NULL ? *opts : defaults;
    if (cs->o.model != NULL)
        cs->model = *cs->o.model;
    /* The copy is ours: the caller's model need not outlive the state. */
    cs->o.model = cs->o.model != NULL ? &cs->model : NULL;
    cs->all_features = cs->o.model != NULL && uses_more_than_cosines(&cs->model);
    cs->xl_min = cs->o.xl_shared_only ? ANCHOR_MULTI : 1;
    map64_init(&cs->dict);
    map64_init(&cs->paged_merged);
    for (size_t i = 0; i < LOG_TABLE; i++)
        cs->logi[i] = logf((float)i);
    for (size_t i = 0; i < 10; i++) {
        char c = (char)('0' + i);
        cs->digit_key[i] = cluster_anchor_hash(&c, 1);
    }
    small_keys(cs->small_key);
    *out = cs;
    return TD_OK;
}

void cluster_free(struct cluster_state *cs)
{
    size_t i;

    if (cs == NULL)
        return;
    for (i = 0; i < cs->nst; i++) {
        if (!resident(cs, i))
            continue;
        td_free(story_at(cs, i)->c.ids);
        td_free(story_at(cs, i)->c.w);
        live_free(story_at(cs, i)->live);
    }
    for (i = 0; i < cs->nblk; i++)
        td_free(cs->blk[i]);
    td_free(cs->blk);
    td_free(cs->pageable);
    map64_release(&cs->paged_merged);
    for (i = 0; i < cs->nterms; i++)
        td_free(cs->post[i].v);
    for (i = 0; i < cs->nterms; i++)
        td_free(cs->apost[i].v);
    for (i = 0; i < cs->nterms; i++)
        td_free(cs->lpost[i].v);
    map64_release(&cs->dict);
    td_free(cs->seen);
    td_free(cs->free_ids);
    td_free(cs->df);
    td_free(cs->anchor);
    td_free(cs->logdf);
    td_free(cs->qw);
    td_free(cs->post);
    td_free(cs->apost);
    td_free(cs->lpost);
    td_free(cs->pool);
    td_free(cs->dt);
    td_free(cs->dt_tmp);
    td_free(cs->idbits);
    td_free(cs->small);
    td_free(cs->idsum);
    td_free(cs->at_id);
    td_free(cs->order);
    td_free(cs->cand);
    td_free(cs->mw);
    td_free(cs->mw2);
    td_free(cs->merged_from);
    td_free(cs->merged_into);
    td_free(cs->moves);
    td_free(cs->pick);
    td_free(cs);
}

void cluster_event_opts(struct cluster_opts *o)
{
    o->time_sigma_days = CLUSTER_EVENT_SIGMA_DAYS;
    o->time_floor = 0.0;
    o->pool_days = CLUSTER_POOL_DAYS;
    o->pool_idle_docs = CLUSTER_POOL_IDLE_DOCS;
    o->pool_sweep_docs = CLUSTER_POOL_SWEEP_DOCS;
    o->merge_every_docs = CLUSTER_MERGE_EVERY_DOCS;
    o->merge_threshold = CLUSTER_MERGE_THRESHOLD;
    o->merge_single_threshold = CLUSTER_MERGE_SINGLE_THRESHOLD;
    o->merge_early_threshold = CLUSTER_MERGE_EARLY_THRESHOLD;
    o->split_min_own = CLUSTER_SPLIT_MIN_OWN;
    o->merge_links = true;
    o->forget_every_docs = CLUSTER_FORGET_EVERY_DOCS;
    o->forget_idle_docs = CLUSTER_FORGET_IDLE_DOCS;
    o->forget_max_df = CLUSTER_FORGET_MAX_DF;
}

size_t cluster_active_count(const struct cluster_state *cs)
{
    return cs->nst - cs->nretired;
}

size_t cluster_resident_count(const struct cluster_state *cs)
{
    return (cs->nblk - cs->npaged) * BLOCK_STORIES;
}

size_t cluster_paged_merged_count(const struct cluster_state *cs)
{
    return cs->paged_merged.n;
}

/* Whether story `s` leaves the active pool at this sweep (see `pool_days`). */
static bool stale(const struct cluster_state *cs, const struct story *s)
{
    const struct cluster_opts *o = &cs->o;
    uint64_t idle;

    if (s->retired || s->size == 0)
        return false;
    idle = cs->ndocs - s->live->last_doc;
    if (o->pool_idle_docs > 0 && idle > o->pool_idle_docs)
        return true;
    return o->pool_days > 0 && s->has_date && cs->has_newest &&
           cs->newest_day - s->max_day > o->pool_days && idle >= o->pool_sweep_docs;
}

/* Whether retired story records leave memory (both `page_out` and `page_in` given). */
static bool paging(const struct cluster_state *cs)
{
    return cs->o.page_out != NULL && cs->o.page_in != NULL;
}

/*
 * Takes story index `idx` out of the pool, freeing its centroid and member
 * sketches. When it was its block's last live story, the block is noted for
 * the next sweep's page_out_blocks() (if the note cannot be made, the block
 * stays in memory, which changes nothing else).
 */
static void retire(struct cluster_state *cs, size_t idx)
{
    struct story *s = story_at(cs, idx);
    struct story_block *b = cs->blk[idx >> BLOCK_SHIFT];

    TD_FREE(s->c.ids);
    TD_FREE(s->c.w);
    live_free(s->live);
    s->live = NULL;
    s->c.n = 0;
    s->retired = true;
    cs->nretired++;
    if (--b->nlive == 0 && paging(cs) &&
        td_grow((void **)&cs->pageable, &cs->cap_pageable, cs->npageable + 1,
                sizeof(*cs->pageable)) == TD_OK)
        cs->pageable[cs->npageable++] = (uint32_t)(idx >> BLOCK_SHIFT);
}

/*
 * Hands block `b` to the swap and frees it, when all its stories are
 * retired and no story can be created in it any more; the merged ones keep
 * their `merged_into` in `paged_merged`. The sweep has already dropped
 * them from `pool`, and the candidate rounds and passes only reach live
 * stories, so nothing points into the block. Returns false when the swap
 * or memory failed: the block stays, to be tried again at the next sweep.
 */
static bool page_out(struct cluster_state *cs, size_t b)
{
    struct story_block *blk = cs->blk[b];
    uint32_t *slot;
    size_t i;

    if (blk == NULL || blk->nlive > 0 || ((b + 1) << BLOCK_SHIFT) > cs->nst)
        return true;
    for (i = 0; i < BLOCK_STORIES; i++) {
        struct story *s = &blk->s[i];
        /* A stale stamp read back could equal a later round's. */
        s->stamp = s->hits = 0;
        if (s->merged_into != 0 &&
            map64_upsert(&cs->paged_merged, (b << BLOCK_SHIFT) + i + 1, s->merged_into, &slot,
                         NULL) != TD_OK)
            return false;
    }
    if (cs->o.page_out(cs->o.page_ctx, (uint64_t)b, blk->s, sizeof(blk->s)) != TD_OK)
        return false;
    td_free(blk);
    cs->blk[b] = NULL;
    cs->npaged++;
    return true;
}

/*
 * Pages out the blocks noted by retire() that are still all retired; those
 * the swap failed to take stay noted.
 */
static void page_out_blocks(struct cluster_state *cs)
{
    size_t i, n = 0;

    for (i = 0; i < cs->npageable; i++)
        if (!page_out(cs, cs->pageable[i]))
            cs->pageable[n++] = cs->pageable[i];
    cs->npageable = n;
}

/*
 * Reads the block of story index `idx` back from the swap when it was
 * paged out; its stories are all retired, so it holds no pointers.
 * Errors: TD_ERR_NOMEM, and those of `page_in`.
 */
static enum td_err page_in(struct cluster_state *cs, size_t idx)
{
    size_t b = idx >> BLOCK_SHIFT;
    struct story_block *blk;
    enum td_err rc;

    if (cs->blk[b] != NULL)
        return TD_OK;
    if ((blk = td_calloc(1, sizeof(*blk))) == NULL)
        return TD_ERR_NOMEM;
    rc = cs->o.page_in(cs->o.page_ctx, (uint64_t)b, blk->s, sizeof(blk->s));
    if (rc != TD_OK) {
        td_free(blk);
        return rc;
    }
    cs->blk[b] = blk;
    cs->npaged--;
    return TD_OK;
}

/*
 * Lists story index `idx`, which has just entered the active pool (its
 * first article, or one that revives it), in `pool`. Errors: TD_ERR_NOMEM.
 */
static enum td_err enter_pool(struct cluster_state *cs, size_t idx)
{
    struct story *s = story_at(cs, idx);

    if (s->live == NULL && (s->live = td_calloc(1, sizeof(*s->live))) == NULL)
        return TD_ERR_NOMEM;
    if (s->in_pool)
        return TD_OK;
    if (td_grow((void **)&cs->pool, &cs->cap_pool, cs->npool + 1, sizeof(*cs->pool)) != TD_OK)
        return TD_ERR_NOMEM;
    cs->pool[cs->npool++] = (uint32_t)idx;
    story_at(cs, idx)->in_pool = true;
    return TD_OK;
}

/*
 * Retires the stories that can no longer be joined: memory follows the
 * active pool, not the archive. Run at fixed document counts, so a replay
 * retires exactly what the uninterrupted stream did. Only the listed
 * stories are looked at (every story of the pool is listed), and those
 * out of the pool leave the list.
 */
static void sweep(struct cluster_state *cs)
{
    size_t i, n = 0;

    for (i = 0; i < cs->npool; i++) {
        struct story *s = story_at(cs, cs->pool[i]);
        if (stale(cs, s))
            retire(cs, cs->pool[i]);
        s->in_pool = !s->retired;
        if (s->in_pool)
            cs->pool[n++] = cs->pool[i];
    }
    cs->npool = n;
    page_out_blocks(cs);
}

size_t cluster_term_count(const struct cluster_state *cs)
{
    return cs->dict.n;
}

size_t cluster_term_slots(const struct cluster_state *cs)
{
    return cs->nterms;
}

uint32_t cluster_term_df(const struct cluster_state *cs, uint64_t h)
{
    const uint32_t *id = map64_get(&cs->dict, h);

    return id != NULL ? cs->df[*id] : 0;
}

size_t cluster_event_size(const struct cluster_state *cs, int64_t id)
{
    int64_t r = cluster_resolve(cs, id);

    /* A paged-out record's size is in the swap only; the merge pass asks of live events. */
    if (r < 1 || (uint64_t)r > cs->nst || !resident(cs, (size_t)r - 1))
        return 0;
    return story_at(cs, (size_t)r - 1)->size;
}

size_t cluster_story_count(const struct cluster_state *cs)
{
    return cs->nst;
}

uint64_t cluster_doc_count(const struct cluster_state *cs)
{
    return cs->ndocs;
}

/*
 * Returns the id of term hash `h`, creating the term (df 0) on first sight,
 * under a forgotten id when there is one; notes that it was seen.
 */
/* td_grow() for words of a bitmap, the new ones zero. */
static enum td_err grow_bits(uint64_t **p, size_t *cap, size_t need)
{
    size_t old = *cap;

    if (td_grow((void **)p, cap, need, sizeof(**p)) != TD_OK)
        return TD_ERR_NOMEM;
    memset(*p + old, 0, (*cap - old) * sizeof(**p));
    return TD_OK;
}

/* Makes room in the per-term arrays for term ids below `need`. */
static enum td_err reserve_terms(struct cluster_state *cs, size_t need)
{
    if (grow_bits(&cs->idbits, &cs->cap_idbits, need / 64 + 1) != TD_OK ||
        grow_bits(&cs->small, &cs->cap_small, need / 64 + 1) != TD_OK ||
        grow_bits(&cs->idsum, &cs->cap_idsum, need / 4096 + 1) != TD_OK ||
        td_grow((void **)&cs->at_id, &cs->cap_at_id, need, sizeof(*cs->at_id)) != TD_OK ||
        td_grow((void **)&cs->df, &cs->cap_df, need, sizeof(*cs->df)) != TD_OK ||
        td_grow((void **)&cs->seen, &cs->cap_seen, need, sizeof(*cs->seen)) != TD_OK ||
        td_grow((void **)&cs->logdf, &cs->cap_logdf, need, sizeof(*cs->logdf)) != TD_OK ||
        td_grow((void **)&cs->post, &cs->cap_post, need, sizeof(*cs->post)) != TD_OK ||
        td_grow((void **)&cs->apost, &cs->cap_apost, need, sizeof(*cs->apost)) != TD_OK ||
        td_grow((void **)&cs->lpost, &cs->cap_lpost, need, sizeof(*cs->lpost)) != TD_OK ||
        td_grow((void **)&cs->anchor, &cs->cap_anchor, need, sizeof(*cs->anchor)) != TD_OK ||
        td_grow((void **)&cs->qw, &cs->cap_qw, need, sizeof(*cs->qw)) != TD_OK)
        return TD_ERR_NOMEM;
    return TD_OK;
}

/*
 * Sets or clears the bit of term id `id` (hash `h`) in `small`
 * (small_number()); only an anchor term's hash is looked up.
 */
static void mark_small(struct cluster_state *cs, uint32_t id, uint64_t h)
{
    size_t lo = 0, hi = (h & CLUSTER_ANCHOR_BIT) != 0 ? SMALL_NUMBERS : 0;
    uint64_t bit = (uint64_t)1 << (id & 63);

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cs->small_key[mid] < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < SMALL_NUMBERS && cs->small_key[lo] == h)
        cs->small[id >> 6] |= bit;
    else
        cs->small[id >> 6] &= ~bit;
}

/*
 * Whether term id `id` is a number under 100: a day of the month, a clock's
 * minutes, an age, a count of days. Across languages a shared number is
 * often the only tie of two reports of one happening (a flash's day, the
 * toll), but one under 100 is also shared by chance ("dès 6 h 30" and "30
 * de zile", the minutes and a detention of 30 days): such a tie alone does
 * not take an article (small_tie_only()) or link two events by a member
 * (tied_at_home()) away from a name or a larger figure in its own language,
 * nor take an article days after the event (late_untied()).
 */
static inline bool small_number(const struct cluster_state *cs, uint32_t id)
{
    return (cs->small[id >> 6] >> (id & 63) & 1) != 0;
}

/*
 * The id of term `h`, a new one when it is not in the dictionary. The
 * caller made room (reserve_terms()) for one more id than `nterms`, so a
 * failure leaves dictionary and arrays in step.
 */
static enum td_err term_id(struct cluster_state *cs, uint64_t h, uint32_t *id_out)
{
    uint32_t *slot, fresh = cs->nfree > 0 ? cs->free_ids[cs->nfree - 1] : (uint32_t)cs->nterms;
    bool added;

    if (map64_upsert(&cs->dict, h, fresh, &slot, &added) != TD_OK)
        return TD_ERR_NOMEM;
    if (added) {
        /* A forgotten id's postings were freed and its counts zeroed when it was forgotten. */
        cs->df[fresh] = 0;
        cs->logdf[fresh] = 0.0f;
        cs->qw[fresh] = 0.0;
        cs->anchor[fresh] = (h & CLUSTER_ANCHOR_BIT) != 0;
        mark_small(cs, fresh, h);
        memset(&cs->post[fresh], 0, sizeof(*cs->post));
        memset(&cs->apost[fresh], 0, sizeof(*cs->apost));
        memset(&cs->lpost[fresh], 0, sizeof(*cs->lpost));
        if (cs->nfree > 0)
            cs->nfree--;
        else
            cs->nterms++;
    }
    cs->seen[*slot] = (uint32_t)cs->ndocs;
    *id_out = *slot;
    return TD_OK;
}

/*
 * The order of a top list ("heavier"): `dt` index `i` goes before index
 * `j` when its query weight is greater, or the same and `i` < `j`. A total
 * order, so a list holds the same terms in the same order whatever order
 * they are offered in; top_insert() compares weights only, as top_terms()
 * offers the indices in decreasing order.
 */
/*
 * Inserts `dt` index `i` into `top` (`*n` used of `k`, heavier first) when
 * it is heavy enough: a bounded insertion, as only the top few dozen terms
 * of a document are ever used. Indices are offered in decreasing order
 * (top_terms()), so `i` is below every index in `top` and heavier(i, j) is
 * `q(i) >= q(j)`: one comparison of weights (false with a NaN either way).
 */
static void top_insert(const struct cluster_state *cs, uint32_t *top, size_t *n, size_t k,
                       size_t i)
{
    const struct dterm *dt = cs->dt;
    float q = dt[i].q;
    size_t j;

    if (k == 0 || (*n == k && !(q >= dt[top[*n - 1]].q)))
        return;
    j = *n < k ? (*n)++ : *n - 1;
    for (; j > 0 && q >= dt[top[j - 1]].q; j--)
        top[j] = top[j - 1];
    top[j] = (uint32_t)i;
}

/*
 * The anchor terms a story is indexed under (`morder`'s first `nanchor`):
 * the ANCHOR_TERMS heaviest and those as heavy as the last of them, up to
 * MISS_TERMS in all. An article whose names are all new has them all at
 * one weight, and which of them came first would else be decided by their
 * term ids, not by the text.
 */
static void anchor_ties(struct cluster_state *cs)
{
    size_t k = cs->nmiss < ANCHOR_TERMS ? cs->nmiss : ANCHOR_TERMS;

    if (k == ANCHOR_TERMS) {
        float last = cs->dt[cs->morder[k - 1]].q;
        while (k < cs->nmiss && cs->dt[cs->morder[k]].q == last)
            k++;
    }
    cs->nanchor = k;
}

/*
 * Picks the document's terms by decreasing query weight:
 *  - `order`: the `index_terms` heaviest, under which its story is indexed;
 *  - `query`: the `query_terms` heaviest among terms with postings (a term
 *    never indexed before cannot lead to a story), to find candidates;
 *  - `morder`: the MISS_TERMS heaviest anchor terms (names, numbers), for
 *    the learned scorer's anchor-miss feature; its first `nanchor` are
 *    those the story is indexed under in the anchor postings (`apost`,
 *    anchor_ties()): an article in another language finds a story, and is
 *    found by later ones, through the names and numbers they share, which
 *    are rarely among its heaviest terms. Kept apart from `post`, they
 *    leave the candidates within one language as they were;
 *    An article that joins a story indexes it under all of `morder`, one
 *    that opens a story under the rest (past `nanchor`) in the light
 *    postings (`lpost`; index_story()): a report in another script often
 *    shares with its event only a figure or a name that none of the event's
 *    members ranks among its six heaviest (docs/QUALITY.md, "The event that
 *    is never a candidate");
 *  - `aquery`: the AQUERY_TERMS heaviest anchor terms with anchor
 *    postings, to find candidates in other languages (as `query`: a name
 *    never indexed before cannot lead to a story, and a new article's
 *    heaviest names are the ones no story has);
 *  - `lquery`: the AQUERY_TERMS heaviest anchor terms with light postings,
 *    for collect()'s second look.
 */
static void top_terms(struct cluster_state *cs)
{
    size_t i, kq = cs->o.query_terms < QUERY_MAX ? cs->o.query_terms : QUERY_MAX;
    /*
     * The query weight a term needs to enter the full `order` and `query`
     * lists: their last entry's. A term is offered after every term in the
     * lists, so an equal weight is heavier (an earlier index) and gets in
     * as it would through top_insert(); below the bar it is not offered.
     */
    float bar_order = -INFINITY, bar_query = -INFINITY;

    cs->norder = cs->nquery = cs->naquery = cs->nlquery = cs->nmiss = 0;
    /*
     * Highest ids first: the newest terms, which tend to be the rarest and
     * so the heaviest, come early and fewer lighter ones are inserted only
     * to be pushed out again. top_insert() counts on this order.
     */
    for (i = cs->ndt; i-- > 0;) {
        uint32_t id = cs->dt[i].id;
        float q = cs->dt[i].q;
        if (!(q < bar_order)) {
            top_insert(cs, cs->order, &cs->norder, cs->o.index_terms, i);
            if (cs->norder > 0 && cs->norder == cs->o.index_terms)
                bar_order = cs->dt[cs->order[cs->norder - 1]].q;
        }
        if (!(q < bar_query) && cs->post[id].n > 0) {
            top_insert(cs, cs->query, &cs->nquery, kq, i);
            if (cs->nquery > 0 && cs->nquery == kq)
                bar_query = cs->dt[cs->query[cs->nquery - 1]].q;
        }
        if (cs->anchor[id]) {
            top_insert(cs, cs->morder, &cs->nmiss, MISS_TERMS, i);
            if (cs->apost[id].n > 0)
                top_insert(cs, cs->aquery, &cs->naquery, AQUERY_TERMS, i);
            if (cs->lpost[id].n > 0)
                top_insert(cs, cs->lquery, &cs->nlquery, AQUERY_TERMS, i);
        }
    }
    anchor_ties(cs);
}

/*
 * Marks term `id`, the document's term `i`, for sort_by_id(): its bit in
 * `idbits`, that word's bit in `idsum`, and `at_id`. Done by prepare() as
 * it counts the term, which reads the same per-term entries.
 */
static inline void mark_id(struct cluster_state *cs, uint32_t id, size_t i)
{
    cs->at_id[id] = (uint32_t)i;
    cs->idbits[id >> 6] |= (uint64_t)1 << (id & 63);
    cs->idsum[id >> 12] |= (uint64_t)1 << ((id >> 6) & 63);
}

/*
 * Sorts the document's terms `dt[0..ndt)`, each marked (mark_id()), by id.
 * Ids are distinct and below `nterms`, so the set bits of `idbits`, read in
 * increasing order and cleared on the way, give the ids in order, and
 * `at_id` leads from an id back to its term; `idsum` tells which words of
 * `idbits` have bits. The work follows the document's terms and one word
 * of `idsum` per 4,096 term ids, not the passes and digit counters of a
 * radix sort. The sorted terms go to `dt_tmp`, which then changes places
 * with `dt`.
 */
static void sort_by_id(struct cluster_state *cs)
{
    struct dterm *dt = cs->dt, *out = cs->dt_tmp;
    uint64_t *bits = cs->idbits, *sum = cs->idsum;
    size_t k = 0, w, cap, nsum = (cs->nterms + 4095) / 4096;

    for (w = 0; w < nsum; w++) {
        uint64_t sw = sum[w];
        sum[w] = 0;
        for (; sw != 0; sw &= sw - 1) {
            size_t b = w * 64 + (size_t)__builtin_ctzll(sw);
            uint64_t bw = bits[b];
            bits[b] = 0;
            for (; bw != 0; bw &= bw - 1)
                out[k++] = dt[cs->at_id[b * 64 + (size_t)__builtin_ctzll(bw)]];
        }
    }
    cs->dt = out;
    cs->dt_tmp = dt;
    cap = cs->cap_dt;
    cs->cap_dt = cs->cap_dt_tmp;
    cs->cap_dt_tmp = cap;
}

/* ---- Forgetting terms (see `forget_every_docs` in cluster.h) ---- */

static size_t root(const struct cluster_state *cs, size_t idx);

/* Whether the document just counted starts a forgetting round. */
static bool forget_due(const struct cluster_state *cs)
{
    return cs->o.forget_every_docs > 0 && cs->ndocs % cs->o.forget_every_docs == 0;
}

/*
 * Marks in `mark` the terms of the centroids, member sketches and split
 * rings (split.h) of the active stories.
 */
static void mark_active_terms(const struct cluster_state *cs, uint8_t *mark)
{
    size_t i, k;
    uint32_t j;

    for (i = 0; i < cs->npool; i++) {
        const struct story *s = story_at(cs, cs->pool[i]);
        if (s->retired)
            continue;
        for (j = 0; j < s->c.n; j++)
            mark[s->c.ids[j]] = 1;
        for (k = 0; k < s->live->nmem; k++)
            for (j = 0; j < s->live->mem[k].n; j++)
                mark[s->live->mem[k].ids[j]] = 1;
        for (k = 0; k < s->live->ring.n; k++)
            for (j = 0; j < s->live->ring.m[k].n; j++)
                mark[s->live->ring.m[k].ids[j]] = 1;
    }
}

/* Whether postings `p` lead to a story of the active pool (directly or merged). */
static bool leads_to_active(const struct cluster_state *cs, const struct postings *p)
{
    uint32_t j;

    for (j = 0; j < p->n; j++)
        if (live_story(cs, root(cs, p->v[j])) != NULL)
            return true;
    return false;
}

/*
 * Whether term `id` may be forgotten now: unseen in the last
 * `forget_idle_docs` documents (at least the current one, whose terms are in
 * use), rare enough, and of no use to the active pool.
 */
static bool forgettable(const struct cluster_state *cs, uint32_t id, const uint8_t *mark)
{
    const struct cluster_opts *o = &cs->o;
    uint64_t idle = o->forget_idle_docs > 0 ? o->forget_idle_docs : 1;
    uint32_t since = (uint32_t)cs->ndocs - cs->seen[id] - 1;

    if (mark[id] || since < idle || (o->forget_max_df > 0 && cs->df[id] > o->forget_max_df))
        return false;
    return !leads_to_active(cs, &cs->post[id]) && !leads_to_active(cs, &cs->apost[id]) &&
           !leads_to_active(cs, &cs->lpost[id]);
}

/* What forget() hands map64_drop_if(). */
struct forget_ctx {
    const struct cluster_state *cs;
    const uint8_t *mark;
};

static bool drop_term(void *ctx, uint32_t id)
{
    const struct forget_ctx *f = ctx;

    return forgettable(f->cs, id, f->mark);
}

/*
 * Puts the forgettable terms on the free list and rebuilds the dictionary
 * from the others; the per-term arrays keep their length, and new terms
 * reuse the forgotten ids before they grow again. On failure nothing is
 * forgotten.
 */
static enum td_err forget(struct cluster_state *cs)
{
    uint8_t *mark = td_calloc(cs->nterms > 0 ? cs->nterms : 1, 1);
    struct forget_ctx f = {cs, mark};
    size_t i, ngone = 0;
    enum td_err rc = TD_ERR_NOMEM;

    if (mark == NULL || td_grow((void **)&cs->free_ids, &cs->cap_free, cs->nfree + cs->dict.n + 1,
                                sizeof(*cs->free_ids)) != TD_OK)
        goto out;
    mark_active_terms(cs, mark);
    if (map64_drop_if(&cs->dict, drop_term, &f, cs->free_ids + cs->nfree, &ngone) != TD_OK)
        goto out;
    for (i = cs->nfree; i < cs->nfree + ngone; i++) {
        uint32_t id = cs->free_ids[i];
        TD_FREE(cs->post[id].v);
        TD_FREE(cs->apost[id].v);
        TD_FREE(cs->lpost[id].v);
        memset(&cs->post[id], 0, sizeof(*cs->post));
        memset(&cs->apost[id], 0, sizeof(*cs->apost));
        memset(&cs->lpost[id], 0, sizeof(*cs->lpost));
        cs->df[id] = 0;
        cs->logdf[id] = 0.0f;
    }
    cs->nfree += ngone;
    rc = TD_OK;
out:
    td_free(mark);
    return rc;
}

/*
 * Starts fetching the per-term entries of term `id` that prepare() and
 * top_terms() read next: with hundreds of thousands of terms, each is
 * otherwise a cache miss, taken one after the other.
 */
PREFETCH_INLINE void prefetch_stats(const struct cluster_state *cs, uint32_t id)
{
    prefetch_read(&cs->df[id]);
    prefetch_read(&cs->logdf[id]);
    prefetch_read(&cs->post[id]);
    prefetch_read(&cs->anchor[id]);
}

/*
 * The mark of language `lang` in `anchor` (2 .. ANCHOR_MULTI - 1), the
 * language listed on first sight; 0 for an unknown language, which marks
 * nothing.
 */
static uint8_t lang_mark(struct cluster_state *cs, uint32_t lang)
{
    size_t i;

    if (lang == 0)
        return 0;
    for (i = 0; i < cs->nlangs; i++)
        if (cs->langs[i] == lang)
            return (uint8_t)(i + 2);
    if (cs->nlangs == MAX_LANGS)
        return (uint8_t)(MAX_LANGS + 1);
    cs->langs[cs->nlangs++] = lang;
    return (uint8_t)(cs->nlangs + 1);
}

/*
 * Whether term `id` counts across languages: an anchor term, and with
 * `xl_shared_only` one seen in two languages or more.
 */
static inline bool xl_term(const struct cluster_state *cs, uint32_t id)
{
    /* ANCHOR_MULTI is the largest value: `a` == ANCHOR_MULTI, or `a` != 0. */
    return cs->anchor[id] >= cs->xl_min;
}

/* Notes that an anchor term (`*a` != 0) was seen in an article of language mark `mark`. */
static inline void seen_in(uint8_t *a, uint8_t mark)
{
    if (mark != 0 && *a != 0 && *a != mark)
        *a = *a == ANCHOR_UNSEEN ? mark : ANCHOR_MULTI;
}

/*
 * Loads `doc` into the scratch arrays, counts it in the document
 * frequencies and computes its weights. Leaves `dt` sorted by term id and
 * `order` by decreasing query weight.
 */
static enum td_err prepare(struct cluster_state *cs, const struct cluster_doc *doc)
{
    size_t i;
    double norm = 0.0, logn;
    uint8_t mark;

    if (td_grow((void **)&cs->dt, &cs->cap_dt, doc->n + 1, sizeof(*cs->dt)) != TD_OK ||
        td_grow((void **)&cs->dt_tmp, &cs->cap_dt_tmp, doc->n + 1, sizeof(*cs->dt)) != TD_OK ||
        td_grow((void **)&cs->order, &cs->cap_order, doc->n + 1, sizeof(*cs->order)) != TD_OK ||
        reserve_terms(cs, cs->nterms + doc->n) != TD_OK)
        return TD_ERR_NOMEM;
    for (i = 0; i < doc->n && i < PREFETCH_TERMS; i++)
        map64_prefetch(&cs->dict, doc->terms[i]);
    for (i = 0; i < doc->n; i++) {
        if (i + PREFETCH_TERMS < doc->n)
            map64_prefetch(&cs->dict, doc->terms[i + PREFETCH_TERMS]);
        if (term_id(cs, doc->terms[i], &cs->dt[i].id) != TD_OK)
            return TD_ERR_NOMEM;
        prefetch_stats(cs, cs->dt[i].id);
        cs->dt[i].a = 1.0f + (doc->counts[i] < LOG_TABLE ? cs->logi[doc->counts[i]]
                                                         : logf((float)doc->counts[i]));
        norm += (double)cs->dt[i].a * cs->dt[i].a;
    }
    cs->ndt = doc->n;
    cs->ndocs++;
    if (doc->has_date && (!cs->has_newest || doc->day > cs->newest_day)) {
        cs->newest_day = doc->day;
        cs->has_newest = true;
    }
    if (cs->o.pool_sweep_docs > 0 && cs->ndocs % cs->o.pool_sweep_docs == 0)
        sweep(cs);
    if (forget_due(cs) && forget(cs) != TD_OK)
        return TD_ERR_NOMEM;
    logn = log((double)cs->ndocs + 1.0);
    norm = norm > 0 ? sqrt(norm) : 1.0;
    mark = lang_mark(cs, doc->lang);
    for (i = 0; i < cs->ndt; i++) {
        struct dterm *d = &cs->dt[i];
        uint32_t df = ++cs->df[d->id];
        mark_id(cs, d->id, i);
        seen_in(&cs->anchor[d->id], mark);
        /* (float)df + 1 is (float)(df + 1) while both are exact (df < 2^24). */
        cs->logdf[d->id] = df + 1 < LOG_TABLE ? cs->logi[df + 1] : logf((float)df + 1.0f);
        d->a = (float)(d->a / norm);
        d->q = d->a * (float)(logn - cs->logdf[d->id] + 1.0);
    }
    sort_by_id(cs);
    top_terms(cs);
    return TD_OK;
}

/*
 * The document as the clustering places it. A dated one is returned as it
 * is, its day noted among the recent arrivals. With `undated_now`, an
 * undated one is taken to arrive now, as in a live feed: when the
 * RECENT_DATES latest dated arrivals lie within RECENT_SPAN_DAYS of each
 * other (the stream runs in date order), it gets the latest of their days,
 * for the time feature and its story's date span only; when they do not
 * because one of them came late, but the stream has run in date order all
 * the same (in_order_stream()), it gets the newest date seen; otherwise (an
 * archive replayed in any order, fewer dated arrivals) it stays undated.
 * An undated item after a late arrival would else be free to join an event
 * of any year. The rings are derived from the articles in arrival order, so
 * a replay rebuilds them.
 */
/*
 * Whether the stream runs in date order: ORDER_MIN of the ORDER_WINDOW
 * latest dated arrivals came no more than RECENT_SPAN_DAYS before the
 * newest date seen. A live feed does, with now and then a late arrival
 * (which alone breaks the three latest dated arrivals' agreement); an
 * archive replayed in any order does not.
 */
static bool in_order_stream(const struct cluster_state *cs)
{
    size_t i, n = 0;

    if (cs->norder_seen < ORDER_WINDOW)
        return false;
    for (i = 0; i < ORDER_WINDOW; i++)
        n += cs->in_order[i];
    return n >= ORDER_MIN;
}

static struct cluster_doc dated(struct cluster_state *cs, const struct cluster_doc *doc)
{
    struct cluster_doc d = *doc;
    int64_t lo, hi;
    size_t i;

    /* A publication date is the day the article was written (`date_split`); undated_now's is not. */
    if (doc->has_date && !doc->has_told) {
        d.has_told = true;
        d.told_day = doc->day;
    }
    if (doc->has_date) {
        /* `newest_day` is still the newest before this article (prepare() comes next). */
        cs->in_order[cs->next_order] =
            !cs->has_newest || doc->day >= cs->newest_day - RECENT_SPAN_DAYS;
        cs->next_order = (cs->next_order + 1) % ORDER_WINDOW;
        if (cs->norder_seen < ORDER_WINDOW)
            cs->norder_seen++;
        cs->recent_day[cs->next_recent] = doc->day;
        cs->next_recent = (cs->next_recent + 1) % RECENT_DATES;
        if (cs->nrecent < RECENT_DATES)
            cs->nrecent++;
        return d;
    }
    if (!cs->o.undated_now || cs->nrecent < RECENT_DATES)
        return d;
    lo = hi = cs->recent_day[0];
    for (i = 1; i < RECENT_DATES; i++) {
        lo = cs->recent_day[i] < lo ? cs->recent_day[i] : lo;
        hi = cs->recent_day[i] > hi ? cs->recent_day[i] : hi;
    }
    if (hi - lo <= RECENT_SPAN_DAYS) {
        d.has_date = true;
        d.day = hi;
    } else if (in_order_stream(cs)) {
        d.has_date = true;
        d.day = cs->newest_day;
    }
    return d;
}

/*
 * Creates stories until story index `idx` exists. The blocks past the last
 * story are new (a block is paged out only once full), so every story made
 * here is in memory.
 */
static enum td_err ensure_story(struct cluster_state *cs, size_t idx)
{
    size_t nb = (idx >> BLOCK_SHIFT) + 1, b;

    if (idx < cs->nst)
        return TD_OK;
    if (td_grow((void **)&cs->blk, &cs->cap_blk, nb, sizeof(*cs->blk)) != TD_OK)
        return TD_ERR_NOMEM;
    for (; cs->nblk < nb; cs->nblk++)
        if ((cs->blk[cs->nblk] = td_calloc(1, sizeof(**cs->blk))) == NULL)
            return TD_ERR_NOMEM;
    for (b = cs->nst >> BLOCK_SHIFT; b < nb; b++) {
        size_t lo = b << BLOCK_SHIFT, hi = lo + BLOCK_STORIES;
        lo = lo > cs->nst ? lo : cs->nst;
        hi = hi < idx + 1 ? hi : idx + 1;
        cs->blk[b]->nlive += (uint32_t)(hi - lo);
    }
    cs->nst = idx + 1;
    return TD_OK;
}

/* Keeps the `keep` heaviest terms of a centroid, in id order. */
static void prune(struct centroid *c, size_t keep, float *tmp)
{
    float cut;
    uint32_t i, n = 0;

    memcpy(tmp, c->w, c->n * sizeof(*tmp));
    cut = td_kth_value(tmp, c->n, keep, NULL);
    for (i = 0; i < c->n && n < keep; i++) {
        if (c->w[i] >= cut) {
            c->ids[n] = c->ids[i];
            c->w[n] = c->w[i];
            n++;
        }
    }
    c->n = n;
}

/* Adds the scratch document to the centroid of `s` (merge of two sorted lists). */
static enum td_err merge_centroid(struct cluster_state *cs, struct story *s)
{
    size_t cap = s->c.n + cs->ndt, i = 0, j = 0, n = 0;
    uint32_t *ids = td_malloc(cap * sizeof(*ids));
    float *w = td_malloc(cap * sizeof(*w));

    if (ids == NULL || w == NULL) {
        td_free(ids);
        td_free(w);
        return TD_ERR_NOMEM;
    }
    while (i < s->c.n || j < cs->ndt) {
        if (j >= cs->ndt || (i < s->c.n && s->c.ids[i] < cs->dt[j].id)) {
            ids[n] = s->c.ids[i];
            w[n++] = s->c.w[i++];
        } else if (i >= s->c.n || cs->dt[j].id < s->c.ids[i]) {
            ids[n] = cs->dt[j].id;
            w[n++] = cs->dt[j++].a;
        } else {
            ids[n] = s->c.ids[i];
            w[n++] = s->c.w[i++] + cs->dt[j++].a;
        }
    }
    td_free(s->c.ids);
    td_free(s->c.w);
    s->c.ids = ids;
    s->c.w = w;
    s->c.n = (uint32_t)n;
    /* Prune only past twice the budget, so pruning cost is amortised. */
    if (n > 2 * cs->o.centroid_terms) {
        float *tmp = td_malloc(n * sizeof(*tmp));
        if (tmp == NULL)
            return TD_ERR_NOMEM;
        prune(&s->c, cs->o.centroid_terms, tmp);
        td_free(tmp);
    }
    return TD_OK;
}

/*
 * Records story `idx`, which the document just joined, in the postings of
 * its top terms and in the anchor postings of its MISS_TERMS heaviest anchor
 * terms; when it opened the story, only of its `nanchor` heaviest, the
 * others going to the light postings. A story of one article in another
 * language is often a report that missed its event (told in a script the
 * event's reports do not read), and its lighter anchor terms are the
 * figures and places it shares with that event's reports: indexed under
 * them, it would draw their later reports away from the event, into a
 * piece the storyline level may keep apart (docs/QUALITY.md, "Candidates an
 * event never gets"). An article that joins a story confirms it as an
 * event others report, and its lighter names and figures lead there too.
 */
static enum td_err index_story(struct cluster_state *cs, uint32_t idx)
{
    size_t k, heavy = story_at(cs, idx)->size > 1 ? cs->nmiss : cs->nanchor;

    for (k = 0; k < cs->norder; k++)
        if (postings_push(&cs->post[cs->dt[cs->order[k]].id], idx, cs->o.postings_scan) != TD_OK)
            return TD_ERR_NOMEM;
    for (k = 0; k < cs->nmiss; k++) {
        struct postings *p = k < heavy ? cs->apost : cs->lpost;
        if (postings_push(&p[cs->dt[cs->morder[k]].id], idx, cs->o.postings_scan) != TD_OK)
            return TD_ERR_NOMEM;
    }
    return TD_OK;
}

/*
 * Remembers the prepared document's heaviest terms (its `order`, the terms
 * it is indexed under) among the members of `s`.
 */
static enum td_err remember(struct cluster_state *cs, struct story *s)
{
    struct story_live *l = s->live;
    struct sketch *k;
    size_t i, j;

    if (l->mem == NULL && (l->mem = td_calloc(MEMBER_SKETCHES, sizeof(*l->mem))) == NULL)
        return TD_ERR_NOMEM;
    k = &l->mem[l->next_mem];
    l->next_mem = (l->next_mem + 1) % MEMBER_SKETCHES;
    if (l->nmem < MEMBER_SKETCHES)
        l->nmem++;
    k->n = 0;
    for (i = 0; i < cs->norder && k->n < SKETCH_TERMS; i++) {
        const struct dterm *d = &cs->dt[cs->order[i]];
        for (j = k->n++; j > 0 && k->ids[j - 1] > d->id; j--) {
            k->ids[j] = k->ids[j - 1];
            k->a[j] = k->a[j - 1];
        }
        k->ids[j] = d->id;
        k->a[j] = d->a;
    }
    return TD_OK;
}

/*
 * Marks the picked terms of `m` that are one-digit numbers, and those that
 * `doc` gives only in a clause about another happening (split.h).
 */
static void mark_clause(const struct cluster_state *cs, struct split_member *m,
                        const struct cluster_doc *doc)
{
    size_t i;
    uint32_t k;

    m->clause = m->digit = 0;
    for (i = 0; i < 10; i++) {
        const uint32_t *id = map64_get(&cs->dict, cs->digit_key[i]);
        for (k = 0; id != NULL && k < m->n; k++)
            if (m->ids[k] == *id)
                m->digit |= (uint64_t)1 << k;
    }
    for (i = 0; i < doc->nclause; i++) {
        const uint32_t *id;
        size_t at = doc->clause_at[i] - 1;
        if (at >= doc->n || (id = map64_get(&cs->dict, doc->terms[at])) == NULL)
            continue;
        for (k = 0; k < m->n; k++)
            if (m->ids[k] == *id)
                m->clause |= (uint64_t)1 << k;
    }
}

/* Remembers the prepared document among the latest members of `s`, for the split pass. */
static enum td_err remember_member(struct cluster_state *cs, struct story *s,
                                   const struct cluster_doc *doc)
{
    struct split_member *m;

    if (td_grow((void **)&cs->pick, &cs->cap_pick, cs->ndt + 1, sizeof(*cs->pick)) != TD_OK ||
        (m = split_ring_slot(&s->live->ring)) == NULL)
        return TD_ERR_NOMEM;
    m->doc = cs->ndocs;
    m->has_date = doc->has_date;
    m->day = doc->day;
    m->has_told = doc->has_told;
    m->told_day = doc->told_day;
    m->has_after = doc->has_after;
    m->after_day = doc->after_day;
    m->lang = doc->lang;
    split_member_pick(m, cs->ndt, &cs->dt[0].id, &cs->dt[0].a, &cs->dt[0].q, sizeof(*cs->dt),
                      cs->pick);
    mark_clause(cs, m, doc);
    return TD_OK;
}

/* Remembers story index `idx` as changed for the next merge pass (a ring of the latest). */
static void note_changed(struct cluster_state *cs, size_t idx)
{
    struct story *s = story_at(cs, idx);

    if (cs->o.merge_every_docs == 0 || s->changed_pass == cs->npass + 1)
        return;
    s->changed_pass = cs->npass + 1;
    cs->changed[cs->next_changed] = (uint32_t)idx;
    cs->next_changed = (cs->next_changed + 1) % CLUSTER_MERGE_CHANGED;
    if (cs->nchanged < CLUSTER_MERGE_CHANGED)
        cs->nchanged++;
}

/*
 * The index of the story that story index `idx` lives on in (itself unless
 * merged); paged-out records keep their `merged_into` in `paged_merged`.
 */
static size_t root(const struct cluster_state *cs, size_t idx)
{
    for (;;) {
        const struct story_block *b = cs->blk[idx >> BLOCK_SHIFT];
        const uint32_t *v;
        uint32_t into;
        if (b != NULL) {
            into = b->s[idx & BLOCK_MASK].merged_into;
        } else {
            v = map64_get(&cs->paged_merged, (uint64_t)idx + 1);
            into = v != NULL ? *v : 0;
        }
        if (into == 0)
            return idx;
        idx = into - 1;
    }
}


/* Adds the prepared document to story index `idx`. */
static enum td_err join(struct cluster_state *cs, size_t idx, const struct cluster_doc *doc)
{
    struct story *s;

    if (ensure_story(cs, idx) != TD_OK)
        return TD_ERR_NOMEM;
    if (page_in(cs, idx) != TD_OK)
        return TD_ERR_NOMEM;
    s = story_at(cs, idx);
    /* Back in the pool (replay, copies): its centroid starts again from this article. */
    if (s->retired) {
        s->retired = false;
        cs->nretired--;
        cs->blk[idx >> BLOCK_SHIFT]->nlive++;
    }
    if (enter_pool(cs, idx) != TD_OK || merge_centroid(cs, s) != TD_OK ||
        (cs->all_features && remember(cs, s) != TD_OK) ||
        (cs->o.split_min_own > 0 && remember_member(cs, s, doc) != TD_OK))
        return TD_ERR_NOMEM;
    s->live->last_doc = cs->ndocs;
    note_changed(cs, idx);
    if (s->size++ == 0)
        s->lang = doc->lang;
    if (doc->has_date) {
        if (!s->has_date || doc->day < s->min_day)
            s->min_day = doc->day;
        if (!s->has_date || doc->day > s->max_day)
            s->max_day = doc->day;
        s->has_date = true;
    }
    return index_story(cs, (uint32_t)idx);
}

/*
 * Adds the stories of the most recent postings of `p` to the candidates;
 * with `other_lang`, only stories first told in another language than the
 * document's.
 */
static enum td_err collect_list(struct cluster_state *cs, const struct postings *p,
                                uint32_t other_lang)
{
    size_t j, start = p->n > cs->o.postings_scan ? p->n - cs->o.postings_scan : 0;

    for (j = start; j < p->n; j++) {
        uint32_t s = (uint32_t)root(cs, p->v[j]);
        struct story *x = live_story(cs, s);
        if (x == NULL)
            continue;
        if (other_lang != 0 && (x->lang == 0 || x->lang == other_lang))
            continue;
        if (x->stamp != cs->cur) {
            size_t cap = cs->cap_cand;
            if (td_grow((void **)&cs->cand, &cap, cs->ncand + 1, sizeof(*cs->cand)) != TD_OK)
                return TD_ERR_NOMEM;
            cs->cap_cand = cap;
            x->stamp = cs->cur;
            x->hits = 0;
            cs->cand[cs->ncand++] = s;
        }
        x->hits++;
    }
    return TD_OK;
}

/* Starts a new candidate collection: no story is stamped, no candidate listed. */
static void new_round(struct cluster_state *cs)
{
    if (++cs->cur == 0) {
        for (size_t i = 0; i < cs->nst; i++)
            if (resident(cs, i))
                story_at(cs, i)->stamp = 0;
        cs->cur = 1;
    }
    cs->ncand = 0;
}

/* Whether a candidate is a story told in another known language than the document's. */
static bool other_tongue(const struct cluster_state *cs, const struct cluster_doc *doc)
{
    size_t i;

    for (i = 0; i < cs->ncand; i++) {
        const struct story *s = story_at(cs, cs->cand[i]);
        if (s->lang != 0 && s->lang != doc->lang)
            return true;
    }
    return false;
}

/*
 * Collects candidate stories from the postings of the document's top terms,
 * and, for a document of known language, from the anchor postings of its
 * anchor terms the stories told in other languages. When those give no
 * story in another language, the light postings of its anchor terms
 * (index_story()) are looked at too: the story a lone article opened is
 * then the only one a report shares anything with, and it draws the report
 * away from no other.
 */
static enum td_err collect(struct cluster_state *cs, const struct cluster_doc *doc)
{
    size_t k;

    new_round(cs);
    for (k = 0; k < cs->nquery; k++)
        if (collect_list(cs, &cs->post[cs->dt[cs->query[k]].id], 0) != TD_OK)
            return TD_ERR_NOMEM;
    if (doc->lang == 0)
        return TD_OK;
    for (k = 0; k < cs->naquery; k++)
        if (collect_list(cs, &cs->apost[cs->dt[cs->aquery[k]].id], doc->lang) != TD_OK)
            return TD_ERR_NOMEM;
    if (cs->nlquery == 0 || other_tongue(cs, doc))
        return TD_OK;
    for (k = 0; k < cs->nlquery; k++)
        if (collect_list(cs, &cs->lpost[cs->dt[cs->lquery[k]].id], doc->lang) != TD_OK)
            return TD_ERR_NOMEM;
    return TD_OK;
}

/*
 * Cosine of the document's TF-IDF vector and story `s`'s centroid under the
 * current IDF. The centroid's length is recomputed every time, not cached:
 * a cached length would make scores depend on when it was computed, and a
 * store replayed after a restart must give the same decisions as the
 * uninterrupted stream. With `xl_only`, both vectors are restricted to the
 * anchor terms (names, numbers) that count across languages (xl_term()):
 * how an article in one language is compared with a story told in another,
 * where the stems of the two languages never meet; `qnorm` is then the norm
 * of the document's terms of that kind.
 */
static double cosine(const struct cluster_state *cs, const struct story *s, double qnorm,
                     bool xl_only)
{
    double dot = 0.0, cn = 0.0, logn1 = log((double)cs->ndocs + 1.0) + 1.0;
    const float *logdf = cs->logdf;
    size_t i = 0, j;

    for (j = 0; j < s->c.n; j++) {
        uint32_t id = s->c.ids[j];
        double cw;
        if (xl_only && !xl_term(cs, id))
            continue;
        cw = s->c.w[j] * (logn1 - logdf[id]);
        cn += cw * cw;
        while (i < cs->ndt && cs->dt[i].id < id)
            i++;
        if (i < cs->ndt && cs->dt[i].id == id)
            dot += cs->dt[i].q * cw;
    }
    return qnorm > 0 && cn > 0 && dot > 0 ? dot / (qnorm * sqrt(cn)) : 0.0;
}

/*
 * The time feature in [0, 1] for a gap of `gap_days` between a document and
 * a cluster's date span: a Gaussian over days when `time_sigma_days` is set
 * (events: Miranda et al. 2018), else an exponential decay.
 */
static double time_kernel(const struct cluster_opts *o, int64_t gap_days)
{
    double g = (double)gap_days;

    if (o->time_sigma_days > 0)
        return exp(-(g * g) / (2.0 * o->time_sigma_days * o->time_sigma_days));
    return exp(-g / o->time_tau_days);
}

/* The similarity of the prepared document and story `s`. */
static double similarity(const struct cluster_state *cs, const struct story *s,
                         const struct cluster_doc *doc, double qnorm, double xnorm)
{
    double sim = cosine(cs, s, qnorm, false);

    if (doc->lang != 0 && s->lang != 0 && doc->lang != s->lang) {
        double a = cosine(cs, s, xnorm, true) * cs->o.cross_lingual;
        if (a > sim)
            sim = a;
    }
    return sim;
}

/* Days between `day` and the date span of dated story `s`; 0 inside it. */
static int64_t day_gap(const struct story *s, int64_t day)
{
    if (day < s->min_day)
        return s->min_day - day;
    if (day > s->max_day)
        return day - s->max_day;
    return 0;
}

/* Damping for the distance in days between the document and the story's date span. */
static double time_decay(const struct cluster_state *cs, const struct story *s,
                         const struct cluster_doc *doc)
{
    if (!doc->has_date || !s->has_date)
        return 1.0;
    return cs->o.time_floor + (1.0 - cs->o.time_floor) * time_kernel(&cs->o, day_gap(s, doc->day));
}

/*
 * Norms of the prepared document's query vector: all terms, anchor terms, the
 * others, and the anchor terms that count across languages (xl_term()).
 */
struct qnorms {
    double all, anchor, word, xl;
};

/*
 * Writes the prepared document's query weights into `qw` (`on`), or puts
 * back the zeros (`!on`): cosines() and nearest_member() read them there
 * while the candidates are scored.
 */
static void doc_scatter(struct cluster_state *cs, bool on)
{
    size_t i;

    for (i = 0; i < cs->ndt; i++)
        cs->qw[cs->dt[i].id] = on ? (double)cs->dt[i].q : 0.0;
}

static void doc_norms(const struct cluster_state *cs, struct qnorms *n)
{
    double a = 0.0, w = 0.0, x = 0.0;
    size_t i;

    for (i = 0; i < cs->ndt; i++) {
        double q2 = (double)cs->dt[i].q * cs->dt[i].q;
        if (cs->anchor[cs->dt[i].id])
            a += q2;
        else
            w += q2;
        x += xl_term(cs, cs->dt[i].id) ? q2 : 0.0;
    }
    n->all = sqrt(a + w);
    n->anchor = sqrt(a);
    n->word = sqrt(w);
    n->xl = sqrt(x);
}

static double ratio(double dot, double qn, double cn)
{
    return qn > 0 && cn > 0 && dot > 0 ? dot / (qn * sqrt(cn)) : 0.0;
}

/* The heaviest anchor terms of a centroid, with whether the document has them. */
struct top_anchors {
    double w[MISS_TERMS];
    bool shared[MISS_TERMS];
    size_t n;
};

static void top_anchor_add(struct top_anchors *t, double w, bool shared)
{
    size_t j;

    if (t->n == MISS_TERMS && w <= t->w[t->n - 1])
        return;
    j = t->n < MISS_TERMS ? t->n++ : t->n - 1;
    for (; j > 0 && t->w[j - 1] < w; j--) {
        t->w[j] = t->w[j - 1];
        t->shared[j] = t->shared[j - 1];
    }
    t->w[j] = w;
    t->shared[j] = shared;
}

/* Weight share of the entries of `t` the document lacks (0 when `t` is empty). */
static double top_anchor_miss(const struct top_anchors *t)
{
    double all = 0.0, miss = 0.0;
    size_t j;

    for (j = 0; j < t->n; j++) {
        all += t->w[j];
        miss += t->shared[j] ? 0.0 : t->w[j];
    }
    return all > 0 ? miss / all : 0.0;
}

/* The sums cosines() keeps: dot products and centroid norms, of other and of anchor terms. */
struct cos_sums {
    double dot0, dot1, cn0, cn1;
};

/*
 * Adds centroid term `id` (weight `cw` under the current IDF, `c2` its
 * square, `p` its product with the document's weight) to the two sums of
 * its kind.
 */
/*
 * Starts fetching what cosines() reads of term `id` in its two largest
 * tables indexed by term id, which a centroid's sorted ids walk with gaps
 * of thousands of bytes (no hardware prefetcher follows them): its document
 * frequency's log and the document's weight. (The anchor marks, a byte a
 * term, mostly stay in the cache.)
 */
PREFETCH_INLINE void prefetch_cos(const struct cluster_state *cs, uint32_t id)
{
    prefetch_read(&cs->logdf[id]);
    prefetch_read(&cs->qw[id]);
}

static inline void cos_add(const struct cluster_state *cs, struct cos_sums *c,
                           struct top_anchors *top, uint32_t id, double cw, double c2, double p)
{
    if (cs->anchor[id] != 0) {
        c->cn1 += c2;
        c->dot1 += p;
        if (cs->all_features)
            top_anchor_add(top, cw, cs->qw[id] != 0.0);
    } else {
        c->cn0 += c2;
        c->dot0 += p;
    }
}

/*
 * The three cosines of the document and story `s` in one pass over the
 * centroid (see cosine()): all terms, anchor terms only, other terms only;
 * and `*event_miss`, the share of the centroid's heaviest anchor terms the
 * document lacks. The hottest loop of the clustering: it keeps its sums in
 * registers (a sum indexed by the term's kind went through memory, one
 * store-to-load wait per term) and adds each term to the two sums of its
 * kind only. (It used to add an exact 0 to the other two, which leaves a
 * sum as it was, as all terms are >= 0 and the sums start at +0: the
 * results are bit for bit the same, without two additions per term.)
 * The document's weights are read from `qw` (doc_scatter(); doubles, so
 * the loop converts no float), not merged with its id-sorted terms: a term
 * the document lacks has weight 0, whose product adds an exact 0 (every
 * query weight of a document term is > 0, so `qw` tells the terms it has).
 */
#if defined(__SSE2__)
/*
 * Centroid terms `j` and `j + 1` of `s` into the sums of cosines(): each
 * lane does the scalar loop's operations on its term (converting,
 * subtracting, multiplying in double, no fused operations), so every weight
 * and product has the same bits; the sums then take the two terms in order.
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))
#endif
static inline void cos_pair(const struct cluster_state *cs, const struct story *s, size_t j,
                            double logn1, struct cos_sums *c, struct top_anchors *top)
{
    const uint32_t *ids = s->c.ids;
    const float *w = s->c.w, *logdf = cs->logdf;
    const double *qw = cs->qw;
    uint32_t i0 = ids[j], i1 = ids[j + 1];
    __m128d wv = _mm_cvtps_pd(
        _mm_castsi128_ps(_mm_loadl_epi64((const __m128i *)(const void *)(w + j))));
    __m128d lv = _mm_cvtps_pd(_mm_setr_ps(logdf[i0], logdf[i1], 0.0f, 0.0f));
    __m128d cw = _mm_mul_pd(wv, _mm_sub_pd(_mm_set1_pd(logn1), lv));
    __m128d c2 = _mm_mul_pd(cw, cw), p = _mm_mul_pd(_mm_setr_pd(qw[i0], qw[i1]), cw);

    cos_add(cs, c, top, i0, _mm_cvtsd_f64(cw), _mm_cvtsd_f64(c2), _mm_cvtsd_f64(p));
    cos_add(cs, c, top, i1, _mm_cvtsd_f64(_mm_unpackhi_pd(cw, cw)),
            _mm_cvtsd_f64(_mm_unpackhi_pd(c2, c2)), _mm_cvtsd_f64(_mm_unpackhi_pd(p, p)));
}
#endif

static void cosines(const struct cluster_state *cs, const struct story *s,
                    const struct qnorms *qn, double out[3], double *event_miss)
{
    struct cos_sums c = {0.0, 0.0, 0.0, 0.0};
    double logn1 = log((double)cs->ndocs + 1.0) + 1.0;
    const uint32_t *ids = s->c.ids;
    const float *w = s->c.w, *logdf = cs->logdf;
    const double *qw = cs->qw;
    size_t j = 0, n = s->c.n;
    struct top_anchors top;

    top.n = 0;
#if defined(__SSE2__)
    /*
     * Two terms at a time (cos_pair()): first the pairs that fetch ahead
     * the pair PREFETCH_COS terms on, then the last ones, whose test of the
     * end moved out of the loop.
     */
    for (; j + PREFETCH_COS + 2 <= n; j += 2) {
        prefetch_cos(cs, ids[j + PREFETCH_COS]);
        prefetch_cos(cs, ids[j + PREFETCH_COS + 1]);
        cos_pair(cs, s, j, logn1, &c, &top);
    }
    for (; j + 2 <= n; j += 2)
        cos_pair(cs, s, j, logn1, &c, &top);
#endif
    for (; j < n; j++) {
        uint32_t id = ids[j];
        double cw = w[j] * (logn1 - logdf[id]);
        cos_add(cs, &c, &top, id, cw, cw * cw, qw[id] * cw);
    }
    out[0] = ratio(c.dot0 + c.dot1, qn->all, c.cn0 + c.cn1);
    out[1] = ratio(c.dot1, qn->anchor, c.cn1);
    out[2] = ratio(c.dot0, qn->word, c.cn0);
    *event_miss = top_anchor_miss(&top);
}

/*
 * The highest cosine of the document with one remembered member of `s`,
 * each member's sketch weighted by the current IDF.
 */
static double nearest_member(const struct cluster_state *cs, const struct story *s, double qnorm)
{
    double best = 0.0, logn1 = log((double)cs->ndocs + 1.0) + 1.0;
    uint32_t m;

    for (m = 0; m < s->live->nmem; m++) {
        const struct sketch *k = &s->live->mem[m];
        double dot = 0.0, kn = 0.0;
        size_t j;
        /* `qw` as in cosines(): a term the document lacks adds an exact 0. */
        for (j = 0; j < k->n; j++) {
            double kw = k->a[j] * (logn1 - cs->logdf[k->ids[j]]);
            kn += kw * kw;
            dot += cs->qw[k->ids[j]] * kw;
        }
        best = fmax(best, ratio(dot, qnorm, kn));
    }
    return best;
}

/* Whether the centroid of `s` holds term `id` (binary search). */
static bool centroid_has(const struct story *s, uint32_t id)
{
    size_t at;

    TD_LOWER_BOUND(uint32_t, s->c.ids, s->c.n, e, id, at);
    return at < s->c.n && s->c.ids[at] == id;
}

/* Weight share of the document's heaviest anchor terms (`morder`) that `s` lacks. */
static double doc_anchor_miss(const struct cluster_state *cs, const struct story *s)
{
    double all = 0.0, miss = 0.0;
    size_t k;

    for (k = 0; k < cs->nmiss; k++) {
        const struct dterm *d = &cs->dt[cs->morder[k]];
        all += d->q;
        if (!centroid_has(s, d->id))
            miss += d->q;
    }
    return all > 0 ? miss / all : 0.0;
}

/*
 * The features (model.h) of the prepared document against candidate story
 * index `idx`. Two rules keep weights learned on undated text in one
 * language (ECB+) meaningful elsewhere:
 *  - every agreement feature is damped by the event time kernel when both
 *    sides are dated (and the misses grow to 1), so an article far in time
 *    looks like an unrelated one, as the hand-set rule has it;
 *  - across languages the stems never meet: the similarity is then the
 *    anchor cosine when that is higher (as in the hand-set rule), and the
 *    features a pair in two languages cannot have (word cosine, nearest
 *    member) take that similarity too;
 *  - within a language without capitals (`uncased_anchors`) the names are
 *    rarely anchor terms: the anchor cosine takes the cosine when higher.
 */
static void features(const struct cluster_state *cs, uint32_t idx, const struct cluster_doc *doc,
                     const struct qnorms *qn, double *f)
{
    const struct story *s = story_at(cs, idx);
    double c[3], near, decay = time_decay(cs, s, doc);
    size_t nq = cs->nquery + (doc->lang != 0 ? cs->naquery : 0);
    bool xl = doc->lang != 0 && s->lang != 0 && doc->lang != s->lang;

    cosines(cs, s, qn, c, &f[MF_EVENT_ANCHOR_MISS]);
    f[MF_DOC_ANCHOR_MISS] = cs->all_features ? doc_anchor_miss(cs, s) : 0.0;
    near = cs->all_features ? nearest_member(cs, s, qn->all) : 0.0;
    /*
     * Across languages the similarity is the anchor cosine over the terms
     * that count there (xl_term()); the anchor-cosine feature stays over all
     * anchor terms.
     */
    if (xl) {
        double a = cs->o.xl_shared_only ? cosine(cs, s, qn->xl, true) : c[1];
        c[0] = fmax(c[0], a * cs->o.cross_lingual);
    }
    if (xl) {
        c[2] = fmax(c[2], c[0]);
        near = fmax(near, c[0]);
    } else if (cs->o.uncased_anchors && cluster_lang_uncased(doc->lang)) {
        c[1] = fmax(c[1], c[0]);
    }
    f[MF_COS] = c[0] * decay;
    f[MF_ANCHOR_COS] = c[1] * decay;
    f[MF_WORD_COS] = c[2] * decay;
    f[MF_XL_ANCHOR_COS] = xl ? f[MF_ANCHOR_COS] : 0.0;
    /* Across languages only the anchor terms can lead to the event. */
    if (xl)
        nq = cs->naquery;
    f[MF_HITS] = nq > 0 ? fmin(1.0, (double)story_at(cs, idx)->hits / (double)nq) * decay : 0.0;
    f[MF_LOG_SIZE] = log(1.0 + (double)s->size);
    f[MF_TIME_GAP] = doc->has_date && s->has_date ? 1.0 - decay : 0.0;
    f[MF_DOC_ANCHOR_MISS] = 1.0 - (1.0 - f[MF_DOC_ANCHOR_MISS]) * decay;
    f[MF_EVENT_ANCHOR_MISS] = 1.0 - (1.0 - f[MF_EVENT_ANCHOR_MISS]) * decay;
    f[MF_NEAREST] = near * decay;
}

/*
 * Whether the remembered members of `s` that hold term `id` all hold it only
 * in a clause about another happening (false when none holds it).
 */
static bool clause_only_in(const struct story *s, uint32_t id)
{
    const struct split_ring *r = &s->live->ring;
    bool held = false;
    uint32_t i, k;

    for (i = 0; i < r->n; i++) {
        const struct split_member *m = &r->m[i];
        for (k = 0; k < m->n && m->ids[k] != id; k++)
            ;
        if (k < m->n && (m->clause >> k & 1) == 0)
            return false;
        held = held || k < m->n;
    }
    return held;
}

/*
 * The id of the heaviest anchor term of the centroid of live story `s` that
 * its reports give outside clauses about other happenings: the name it is
 * about (UINT32_MAX: none).
 */
static uint32_t heaviest_anchor(const struct cluster_state *cs, const struct story *s)
{
    double logn1 = log((double)cs->ndocs + 1.0) + 1.0, most = 0.0;
    uint32_t top = UINT32_MAX;
    size_t j;

    for (j = 0; j < s->c.n; j++) {
        uint32_t id = s->c.ids[j];
        double w = s->c.w[j] * (logn1 - cs->logdf[id]);
        if (cs->anchor[id] != 0 && w > most && !clause_only_in(s, id)) {
            most = w;
            top = id;
        }
    }
    return top;
}

/*
 * Whether the document gives anchor term `top` only inside a clause that
 * dates another happening: as a name (`clause_at`), or, with `numbers`, as
 * a number (`clause_numbers`).
 */
static bool clause_gives(const struct cluster_state *cs, const struct cluster_doc *doc,
                         uint32_t top, bool numbers)
{
    const uint32_t *id;
    size_t i;

    for (i = 0; i < doc->nclause; i++) {
        size_t at = doc->clause_at[i] - 1;
        id = at < doc->n ? map64_get(&cs->dict, doc->terms[at]) : NULL;
        if (id != NULL && *id == top)
            return true;
    }
    for (i = 0; numbers && i < doc->nclause_numbers; i++)
        if ((id = map64_get(&cs->dict, doc->clause_numbers[i])) != NULL && *id == top)
            return true;
    return false;
}

/*
 * Whether the document recalls story `s` rather than reports it (cluster.h,
 * "A recalled event"): `s` is in another language and the heaviest anchor
 * term of its centroid is a name the document gives only in a clause that
 * dates another happening (`clause_at`).
 */
static bool recalled(const struct cluster_state *cs, const struct story *s,
                     const struct cluster_doc *doc)
{
    uint32_t top;

    if (doc->nclause == 0 || s->live == NULL || doc->lang == 0 || s->lang == 0 ||
        doc->lang == s->lang || (top = heaviest_anchor(cs, s)) == UINT32_MAX)
        return false;
    return clause_gives(cs, doc, top, false);
}

/*
 * Whether the document, joined to live story `s` at time-damped cosine
 * `cos` under CLUSTER_RECALL_BAR, recalls it rather than reports it: it
 * gives the main name of `s` (heaviest_anchor()) only inside a clause that
 * dates another happening, as a name or a number, in any language.
 */
static bool recalled_weakly(const struct cluster_state *cs, const struct story *s,
                            const struct cluster_doc *doc, double cos)
{
    uint32_t top;

    if (cos >= CLUSTER_RECALL_BAR || (doc->nclause == 0 && doc->nclause_numbers == 0) ||
        s->live == NULL || (top = heaviest_anchor(cs, s)) == UINT32_MAX)
        return false;
    return clause_gives(cs, doc, top, true);
}

/*
 * The join logit of story index `pick` with features `f`, the article's
 * choice: 0 (no join) when it is positive but the join is one under the
 * built-in bar into an event the article only recalls (recalled_weakly(),
 * CLUSTER_RECALL_BAR).
 */
static double join_logit(const struct cluster_state *cs, const struct cluster_doc *doc, size_t pick,
                         const double *f)
{
    double z = model_join(cs->o.model, f);

    return z > 0 && recalled_weakly(cs, story_at(cs, pick), doc, f[MF_COS]) ? 0.0 : z;
}

/*
 * Whether the rank logit of `m` is a positive multiple of the time-damped
 * cosine plus a constant, and the decision never reads the runner-up (no
 * margin weight), as in the built-in model: a candidate then cannot beat a
 * rank logit `best` when its time damping alone keeps it below (see
 * choose_learned()).
 */
static bool ranks_by_cosine(const struct cluster_model *m)
{
    size_t i;

    for (i = 0; i < MF_RANK_COUNT; i++)
        if (i != MF_COS && m->rank[i] != 0.0)
            return false;
    return m->rank[MF_COS] > 0.0 && m->join[MF_MARGIN] == 0.0;
}

/* Most candidates choose_learned() orders by time damping (more are scored in shortlist order). */
#define ORDER_MAX 64

/* A shortlisted candidate as choose_learned() visits it. */
struct visit {
    uint32_t idx;  /* story index */
    uint32_t pos;  /* place in the shortlist: the earlier of two equal ranks wins */
    double decay;  /* time_decay(), when ordered */
};

/*
 * Fills `v` with the shortlist ordered by decreasing time damping (equal
 * ones keep their shortlist order), so that the candidates most likely to
 * rank best come first and the rest can be cut off early.
 */
static size_t visit_order(const struct cluster_state *cs, const struct cluster_doc *doc,
                          struct visit *v)
{
    size_t i, j, n = cs->ncand;

    for (i = 0; i < n; i++) {
        struct visit x = {cs->cand[i], (uint32_t)i, time_decay(cs, story_at(cs, cs->cand[i]), doc)};
        for (j = i; j > 0 && v[j - 1].decay < x.decay; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
    return n;
}

/*
 * What choose_learned() sees of the runner-ups: the two highest time-damped
 * cosines `c1` >= `c2` and anchor cosines `a1` >= `a2` among the candidates
 * scored, and the story index of the one with anchor cosine `a1` when it may
 * join by its anchors (`anchor_margin`: dated, as the article, and in its
 * language), else SIZE_MAX.
 */
struct runner_ups {
    double c1, c2, a1, a2;
    size_t apick;
};

static void runner_ups_note(struct runner_ups *g, size_t idx, const double *f, bool by_anchors)
{
    double a = f[MF_ANCHOR_COS];

    g->c2 = fmax(g->c2, fmin(g->c1, f[MF_COS]));
    g->c1 = fmax(g->c1, f[MF_COS]);
    if (a > g->a1) {
        g->a2 = g->a1;
        g->a1 = a;
        g->apick = by_anchors ? idx : SIZE_MAX;
    } else {
        g->a2 = fmax(g->a2, a);
    }
}

/*
 * Whether a candidate with time-damped cosine `pick` is clearly ahead of the
 * others (see `short_margin` in cluster.h).
 */
static bool clearly_ahead(const struct runner_ups *g, double pick)
{
    double other = pick >= g->c1 ? g->c2 : g->c1;

    return pick >= CLUSTER_SHORT_MIN_COS && pick >= CLUSTER_SHORT_RATIO * other;
}

/*
 * The candidate that joins the prepared document by its anchor terms (see
 * `anchor_margin`), or SIZE_MAX.
 */
static size_t anchors_ahead(const struct cluster_state *cs, const struct runner_ups *g)
{
    size_t k, shared = 0;

    if (g->apick == SIZE_MAX || g->a1 < CLUSTER_ANCHOR_MIN_COS ||
        g->a1 < CLUSTER_ANCHOR_RATIO * g->a2)
        return SIZE_MAX;
    for (k = 0; k < cs->ndt && shared < CLUSTER_ANCHOR_MIN_SHARED; k++)
        if (cs->anchor[cs->dt[k].id] && centroid_has(story_at(cs, g->apick), cs->dt[k].id))
            shared++;
    return shared >= CLUSTER_ANCHOR_MIN_SHARED ? g->apick : SIZE_MAX;
}

/*
 * Whether choose_learned() may stop before a candidate of time damping
 * `decay` (and all after it, damped no more): its rank logit cannot reach
 * `best` (cosine at most `most`), and under `anchor_margin` (`anchors`) its
 * anchor cosine, at most `decay`, can neither pass the bar nor come within
 * CLUSTER_ANCHOR_RATIO of the best one so far, so anchors_ahead() decides
 * as it would after scoring every candidate; under `follow_margin`
 * (`follow`) its cosine, at most `most` times `decay`, cannot come within
 * CLUSTER_SHORT_RATIO of the best one so far either, so follows() decides
 * so too.
 */
static bool out_of_reach(const struct cluster_model *m, double most, double decay, double best,
                         const struct runner_ups *g, bool anchors, bool follow)
{
    double reach = g->a1 >= CLUSTER_ANCHOR_MIN_COS ? g->a1 / CLUSTER_ANCHOR_RATIO
                                                   : CLUSTER_ANCHOR_MIN_COS;

    if (m->rank_bias + m->rank[MF_COS] * most * decay >= best)
        return false;
    if (follow && most * decay * CLUSTER_SHORT_RATIO >= g->c1)
        return false;
    return !anchors || decay * (1.0 + 1e-9) < reach;
}

/* Whether story `s` and the article are in one language, or either's is unknown. */
static bool same_lang(const struct story *s, const struct cluster_doc *doc)
{
    return doc->lang == 0 || s->lang == 0 || doc->lang == s->lang;
}

/*
 * How many known languages other than `lang` the remembered members of
 * live story `s` are in (0 when it remembers none).
 */
static size_t other_langs(const struct story *s, uint32_t lang)
{
    uint32_t seen[SPLIT_MEMBERS];
    size_t n = 0, i, k;

    for (i = 0; s->live != NULL && i < s->live->ring.n; i++) {
        uint32_t l = s->live->ring.m[i].lang;
        for (k = 0; k < n && seen[k] != l; k++)
            ;
        if (l != 0 && l != lang && k == n)
            seen[n++] = l;
    }
    return n;
}

/*
 * Notes story index `best` (SIZE_MAX: none), met at cosine `cos`, as the
 * article's nearest candidate when the two are both in a known language,
 * not the same one (cluster_last_nearest()). The centroid sums its
 * reports' unit vectors; the words of reports in k languages (other than
 * the article's) do not meet, and an article in a further language shares
 * cognates with the words of one of them at most, so its cosine with the
 * sum is about 1/sqrt(k) of that with the reports in that language: the
 * cosine noted is scaled back by sqrt(k), so that how much text the
 * article has in common with the event does not fall as the event is
 * retold in more languages.
 */
static void note_nearest(struct cluster_state *cs, size_t best, const struct cluster_doc *doc,
                         double cos)
{
    const struct story *s = best != SIZE_MAX ? story_at(cs, best) : NULL;
    size_t k;

    cs->nearest =
        s != NULL && doc->lang != 0 && s->lang != 0 && doc->lang != s->lang ? best + 1 : 0;
    k = cs->nearest != 0 ? other_langs(s, doc->lang) : 0;
    cs->nearest_cos = k > 1 ? cos * sqrt((double)k) : cos;
}

/* Whether story `s` may join the article by its anchors (see `anchor_margin`). */
static bool by_anchors(const struct cluster_state *cs, const struct story *s,
                       const struct cluster_doc *doc)
{
    return cs->o.anchor_margin && doc->has_date && s->has_date && same_lang(s, doc);
}

/*
 * Whether story `s` and the article are in one known language written
 * without capitals (cluster_lang_uncased()). There name spotting cannot
 * tell a name from a word: the article's anchor terms are its numbers and
 * the few words that met a name seen in capitals, so that its event lacks
 * them all says nothing of whether it tells the same happening.
 */
static bool uncased_pair(const struct story *s, const struct cluster_doc *doc)
{
    return doc->lang != 0 && doc->lang == s->lang && cluster_lang_uncased(doc->lang);
}

/* Whether the prepared document holds term `id` (`dt` is sorted by term id). */
static bool doc_holds(const struct cluster_state *cs, uint32_t id)
{
    size_t at;

    TD_LOWER_BOUND(struct dterm, cs->dt, cs->ndt, e.id, id, at);
    return at < cs->ndt && cs->dt[at].id == id;
}

/*
 * Whether the document's headline (`title_names`) gives the main name of
 * live story `s` (heaviest_anchor()): the body of a short follow-up may
 * name only places new to the stream (the towns nearby, the neighbourhoods)
 * while its headline names what its event is about. A lighter name of the
 * event is not enough: a same-kind happening nearby may give it too.
 */
static bool holds_title_name(const struct cluster_state *cs, const struct story *s,
                             const struct cluster_doc *doc)
{
    uint32_t top;
    size_t i;

    if (doc->ntitle == 0 || s->live == NULL || (top = heaviest_anchor(cs, s)) == UINT32_MAX)
        return false;
    for (i = 0; i < doc->ntitle; i++) {
        const uint32_t *id = map64_get(&cs->dict, doc->title_names[i]);
        if (id != NULL && *id == top)
            return true;
    }
    return false;
}

/*
 * Whether the prepared document, a long page, gives the main name of live
 * story `s` (heaviest_anchor(): the name its reports are about).
 */
static bool names_main(const struct cluster_state *cs, const struct story *s)
{
    uint32_t top;

    return s->live != NULL && (top = heaviest_anchor(cs, s)) != UINT32_MAX && doc_holds(cs, top);
}

/*
 * The heaviest anchor terms of an event of which an article in another
 * language must give one, not a number under 100, to join it as a
 * follow-up (follows()). With 6 or 8 (MISS_TERMS), news13's Japanese report
 * of the second airshow order (w146) follows its four siblings into the
 * first order's event, where they went by their own cosines, and its story
 * level loses precision (docs/QUALITY.md, `merge21`).
 */
#define FOLLOW_TIES 4

/*
 * Whether the prepared document holds one of the FOLLOW_TIES heaviest
 * anchor terms of the centroid of story `s` that is not a number under 100
 * (small_number()): one of the names or figures its reports are about.
 */
static bool holds_top_tie(const struct cluster_state *cs, const struct story *s)
{
    double logn1 = log((double)cs->ndocs + 1.0) + 1.0, w[FOLLOW_TIES];
    uint32_t id[FOLLOW_TIES];
    size_t j, k, n = 0;

    for (j = 0; j < s->c.n; j++) {
        uint32_t t = s->c.ids[j];
        double x = s->c.w[j] * (logn1 - cs->logdf[t]);
        if (cs->anchor[t] == 0 || (n == FOLLOW_TIES && x <= w[n - 1]))
            continue;
        k = n < FOLLOW_TIES ? n++ : n - 1;
        for (; k > 0 && w[k - 1] < x; k--) {
            w[k] = w[k - 1];
            id[k] = id[k - 1];
        }
        w[k] = x;
        id[k] = t;
    }
    for (k = 0; k < n; k++)
        if (!small_number(cs, id[k]) && doc_holds(cs, id[k]))
            return true;
    return false;
}

/*
 * Whether story index `pick`, the scorer's choice with time-damped cosine
 * `cos`, takes the prepared document (one with a date of its own, see
 * `follow_margin`) as its follow-up: dated within CLUSTER_FOLLOW_DAYS of
 * it, in its language or else, a short document, giving one of its
 * heaviest names or figures (holds_top_tie(): a brief report in another
 * language shares little else with the event its siblings are in), and
 * clearly ahead of the other candidates; then a short document
 * (CLUSTER_FOLLOW_TERMS distinct terms or fewer) when the pick holds one of
 * its heaviest anchor terms, if it has any (unless both are in a script
 * without capitals: uncased_pair()) or its headline gives
 * the pick's main name (holds_title_name()), and a long page when
 * it gives the pick's main name (names_main()). A long page's heaviest
 * names are mostly its own (the people it quotes, its byline, its
 * furniture), so what it shares with the event says little unless it is
 * what the event is about.
 */
static bool follows(const struct cluster_state *cs, const struct cluster_doc *doc, size_t pick,
                    const struct runner_ups *g, double cos)
{
    const struct story *s = story_at(cs, pick);

    if (!s->has_date || day_gap(s, doc->day) > CLUSTER_FOLLOW_DAYS ||
        (!same_lang(s, doc) && (cs->ndt > CLUSTER_FOLLOW_TERMS || !holds_top_tie(cs, s))) ||
        !clearly_ahead(g, cos))
        return false;
    if (cs->ndt > CLUSTER_FOLLOW_TERMS)
        return names_main(cs, s);
    return cs->nmiss == 0 || uncased_pair(s, doc) || doc_anchor_miss(cs, s) < 1.0 ||
           holds_title_name(cs, s, doc);
}

/*
 * Where the prepared document goes when the decision logit says new: the
 * story it joins by its anchors (anchors_ahead()), else `pick` (time-damped
 * cosine `cos`) when it takes the document as a follow-up (`follow`:
 * follows()), else SIZE_MAX.
 */
static size_t joined_anyway(const struct cluster_state *cs, const struct cluster_doc *doc,
                            size_t pick, const struct runner_ups *g, bool follow, double cos)
{
    size_t apick = anchors_ahead(cs, g);

    if (apick == SIZE_MAX && follow && follows(cs, doc, pick, g, cos))
        return pick;
    return apick;
}

/*
 * Whether story `s` holds an anchor term of the prepared document other
 * than a number under 100 (small_number()): a name or a larger figure, a
 * tie.
 */
static bool shares_tie(const struct cluster_state *cs, const struct story *s)
{
    size_t k;

    for (k = 0; k < cs->ndt; k++) {
        uint32_t id = cs->dt[k].id;
        if (cs->anchor[id] != 0 && !small_number(cs, id) && centroid_has(s, id))
            return true;
    }
    return false;
}

/* Whether story `s` is told in a known language other than the article's. */
static bool other_lang(const struct story *s, const struct cluster_doc *doc)
{
    return doc->lang != 0 && s->lang != 0 && doc->lang != s->lang;
}

/*
 * Whether story index `pick`, the best candidate, is in another language
 * and shares no tie with the prepared document (shares_tie(): only numbers
 * under 100, small_number()), while a candidate in the document's language
 * shares one: choose_learned() then ranks again without the candidates of
 * the first kind.
 */
static bool small_tie_only(const struct cluster_state *cs, const struct cluster_doc *doc,
                           size_t pick)
{
    size_t i;

    if (!other_lang(story_at(cs, pick), doc) || shares_tie(cs, story_at(cs, pick)))
        return false;
    for (i = 0; i < cs->ncand; i++) {
        const struct story *s = story_at(cs, cs->cand[i]);
        if (s->lang == doc->lang && !recalled(cs, s, doc) && shares_tie(cs, s))
            return true;
    }
    return false;
}

/*
 * Whether story `s` is told in a known language other than the article's,
 * shares no tie with the prepared document (shares_tie(): at most numbers
 * under 100, small_number()), and both dated, lies more than
 * CLUSTER_FOLLOW_DAYS from the article's day. A small number two reports
 * in two languages share is the same fact within the days of one happening
 * (the day of the month, the toll), but days later it is as likely another
 * count ("the 10th round", "until the end of the 10th month"), and across
 * languages the cosine over the one or two anchor terms an article shares
 * with a small event comes near 1 all the same: choose_learned() then
 * ranks again without the candidates of this kind.
 */
static bool late_untied(const struct cluster_state *cs, const struct story *s,
                        const struct cluster_doc *doc)
{
    return other_lang(s, doc) && doc->has_date && s->has_date &&
           day_gap(s, doc->day) > CLUSTER_FOLLOW_DAYS && !shares_tie(cs, s);
}

/* Whether a report of live story `s` gives a name only in a clause about another happening. */
static bool recalls_any(const struct story *s)
{
    const struct split_ring *r = &s->live->ring;
    uint32_t i;

    for (i = 0; i < r->n; i++)
        if (r->m[i].clause != 0)
            return true;
    return false;
}

/*
 * The id of the article's heaviest anchor term that it gives outside
 * clauses about other happenings: the name it is about (UINT32_MAX: none).
 */
static uint32_t doc_main_name(const struct cluster_state *cs, const struct cluster_doc *doc)
{
    uint32_t top = UINT32_MAX;
    float most = 0.0f;
    size_t i;

    for (i = 0; i < cs->ndt; i++) {
        const struct dterm *d = &cs->dt[i];
        if (cs->anchor[d->id] != 0 && d->q > most && !clause_gives(cs, doc, d->id, false)) {
            most = d->q;
            top = d->id;
        }
    }
    return top;
}

/*
 * Whether story index `pick` holds the article's main name only as a name
 * its reports recalled from another happening (clause_only_in()): a
 * second happening that named the first, met by a round-up that reports
 * the first. Or, when the article dates no other happening away
 * (`dates_away`) and its headline does not give the main name of `pick`
 * (holds_title_name()), a name of its headline that its body gives too:
 * the headline says which happening a round-up is about ("Two wheels in a
 * week: what went wrong in Vienna"). Sets `main_name` for rank()'s
 * LEAVE_RECALLING.
 */
static bool recalls_main(struct cluster_state *cs, const struct cluster_doc *doc, size_t pick)
{
    const struct story *s = story_at(cs, pick);
    const uint32_t *id;
    size_t i;

    cs->main_name = UINT32_MAX;
    if (s->live == NULL || !recalls_any(s))
        return false;
    cs->main_name = doc_main_name(cs, doc);
    if (cs->main_name != UINT32_MAX && clause_only_in(s, cs->main_name))
        return true;
    if (doc->dates_away || holds_title_name(cs, s, doc))
        return false;
    for (i = 0; i < doc->ntitle; i++) {
        id = map64_get(&cs->dict, doc->title_names[i]);
        if (id != NULL && doc_holds(cs, *id) && clause_only_in(s, *id)) {
            cs->main_name = *id;
            return true;
        }
    }
    return false;
}

/* Which candidates rank() leaves out, besides those the article recalls (recalled()). */
enum leave {
    LEAVE_NONE,
    LEAVE_LATE,   /* late_untied() */
    LEAVE_UNTIED, /* in another language and sharing no tie (small_tie_only()); so also LEAVE_LATE
                   */
    LEAVE_RECALLING, /* holding the article's main name only as a recalled one (recalls_main()) */
};

/* Whether rank() leaves out story `s` under `leave`. */
static bool left_out(const struct cluster_state *cs, const struct story *s,
                     const struct cluster_doc *doc, enum leave leave)
{
    if (leave == LEAVE_NONE)
        return false;
    if (leave == LEAVE_LATE)
        return late_untied(cs, s, doc);
    if (leave == LEAVE_RECALLING)
        return cs->main_name != UINT32_MAX && s->live != NULL && clause_only_in(s, cs->main_name);
    return other_lang(s, doc) && !shares_tie(cs, s);
}

/* Most term ids recalled_ids() collects: the names and numbers of an article's clauses. */
#define RECALLED_IDS (2 * CLUSTER_CLAUSE_MAX)

/*
 * Collects into `ids` (RECALLED_IDS at most) the term ids of the names and
 * numbers the document gives only inside clauses that date another
 * happening (`clause_at`, `clause_numbers`); returns how many.
 */
static size_t recalled_ids(const struct cluster_state *cs, const struct cluster_doc *doc,
                           uint32_t *ids)
{
    const uint32_t *id;
    size_t i, n = 0;

    for (i = 0; i < doc->nclause && n < RECALLED_IDS; i++) {
        size_t at = doc->clause_at[i] - 1;
        if (at < doc->n && (id = map64_get(&cs->dict, doc->terms[at])) != NULL)
            ids[n++] = *id;
    }
    for (i = 0; i < doc->nclause_numbers && n < RECALLED_IDS; i++)
        if ((id = map64_get(&cs->dict, doc->clause_numbers[i])) != NULL)
            ids[n++] = *id;
    return n;
}

/*
 * The similarity of the prepared document and story `s` as features()
 * takes it for MF_COS, before time damping (the cosine; across languages
 * the cosine over the terms that count there, xl_term(), times
 * `cross_lingual` when higher), with the document's terms `ids[0..n)`
 * left out of it: what the article says of its own happening.
 */
static double own_similarity(const struct cluster_state *cs, const struct story *s,
                             const struct cluster_doc *doc, const uint32_t *ids, size_t n)
{
    double logn1 = log((double)cs->ndocs + 1.0) + 1.0, qn = 0.0, xqn = 0.0, sim;
    double dot = 0.0, cn = 0.0, xdot = 0.0, xcn = 0.0;
    bool xl = other_lang(s, doc);
    size_t i, j;

    for (i = 0; i < cs->ndt; i++) {
        double q2 = (double)cs->dt[i].q * cs->dt[i].q;
        if (td_u32_among(ids, n, cs->dt[i].id))
            continue;
        qn += q2;
        xqn += xl_term(cs, cs->dt[i].id) ? q2 : 0.0;
    }
    for (i = 0, j = 0; j < s->c.n; j++) {
        uint32_t id = s->c.ids[j];
        double cw = s->c.w[j] * (logn1 - cs->logdf[id]), p = 0.0;
        while (i < cs->ndt && cs->dt[i].id < id)
            i++;
        if (i < cs->ndt && cs->dt[i].id == id && !td_u32_among(ids, n, id))
            p = cs->dt[i].q * cw;
        cn += cw * cw;
        dot += p;
        if (xl && xl_term(cs, id)) {
            xcn += cw * cw;
            xdot += p;
        }
    }
    sim = ratio(dot, sqrt(qn), cn);
    return xl ? fmax(sim, ratio(xdot, sqrt(xqn), xcn) * cs->o.cross_lingual) : sim;
}

/*
 * Whether the document, meeting story `s` at time-damped cosine `cos`,
 * recalls it rather than reports it (cluster.h, "A second happening
 * lifted by its recall"): both dated, the document lies more than
 * CLUSTER_FOLLOW_DAYS from the story's days, and the cosine reaches
 * CLUSTER_RECALL_BAR only with the names and numbers the document gives
 * inside clauses dating another happening (own_similarity()).
 */
static bool lifted_by_recall(const struct cluster_state *cs, const struct story *s,
                             const struct cluster_doc *doc, double cos)
{
    uint32_t ids[RECALLED_IDS];
    size_t n;

    if (cos < CLUSTER_RECALL_BAR || (doc->nclause == 0 && doc->nclause_numbers == 0) ||
        !doc->has_date || !s->has_date || day_gap(s, doc->day) <= CLUSTER_FOLLOW_DAYS)
        return false;
    n = recalled_ids(cs, doc, ids);
    return own_similarity(cs, s, doc, ids, n) * time_decay(cs, s, doc) < CLUSTER_RECALL_BAR;
}

/* What rank() finds: the best candidate and its features, and the runner-ups. */
struct ranking {
    size_t pick;            /* story index, or SIZE_MAX */
    double best, second;    /* the two highest rank logits */
    double f[MF_COUNT];     /* the pick's features */
    struct runner_ups g;
};

/*
 * Ranks the shortlisted candidates for choose_learned() (which see), all but
 * those the article recalls (recalled(), lifted_by_recall()) and those
 * `leave` leaves out (left_out()).
 */
static void rank(struct cluster_state *cs, const struct cluster_doc *doc, enum leave leave,
                 bool anchors, bool follow, bool cut, struct ranking *r)
{
    const struct cluster_model *m = cs->o.model;
    double f[MF_COUNT], most = fmax(1.0, cs->o.cross_lingual) * (1.0 + 1e-9);
    struct visit v[ORDER_MAX];
    struct qnorms qn;
    size_t i, n, at = SIZE_MAX;

    r->pick = SIZE_MAX;
    r->best = r->second = -INFINITY;
    r->g = (struct runner_ups){0.0, 0.0, 0.0, 0.0, SIZE_MAX};
    n = cut ? visit_order(cs, doc, v) : 0;
    doc_norms(cs, &qn);
    doc_scatter(cs, true);
    for (i = 0; i < (cut ? n : cs->ncand); i++) {
        uint32_t idx = cut ? v[i].idx : cs->cand[i];
        size_t pos = cut ? v[i].pos : i;
        double x;
        if (cut && r->pick != SIZE_MAX &&
            out_of_reach(m, most, v[i].decay, r->best, &r->g, anchors, follow))
            break;
        if (recalled(cs, story_at(cs, idx), doc) || left_out(cs, story_at(cs, idx), doc, leave))
            continue;
        features(cs, idx, doc, &qn, f);
        if (lifted_by_recall(cs, story_at(cs, idx), doc, f[MF_COS]))
            continue;
        x = model_rank(m, f);
        runner_ups_note(&r->g, idx, f, by_anchors(cs, story_at(cs, idx), doc));
        if (x > r->best || (x == r->best && pos < at)) {
            r->second = r->best;
            r->best = x;
            r->pick = idx;
            at = pos;
            memcpy(r->f, f, sizeof(f));
        } else if (x > r->second) {
            r->second = x;
        }
    }
    doc_scatter(cs, false);
}

/*
 * The decision of choose_learned() (which see) on ranking `r`: the pick, or
 * SIZE_MAX for a new story; `*score` is the join probability.
 */
static size_t decide(struct cluster_state *cs, const struct cluster_doc *doc, struct ranking *r,
                     bool headline, bool follow, double *score)
{
    double z;

    if (r->pick == SIZE_MAX)
        return SIZE_MAX;
    note_nearest(cs, r->pick, doc, r->f[MF_COS]);
    r->f[MF_RANK_P] = 1.0 / (1.0 + exp(-r->best));
    r->f[MF_MARGIN] =
        r->f[MF_RANK_P] - (r->second > -INFINITY ? 1.0 / (1.0 + exp(-r->second)) : 0.0);
    z = join_logit(cs, doc, r->pick, r->f);
    *score = 1.0 / (1.0 + exp(-z));
    if (z > 0 || (headline && clearly_ahead(&r->g, r->f[MF_COS])))
        return r->pick;
    return joined_anyway(cs, doc, r->pick, &r->g, follow, r->f[MF_COS]);
}

/*
 * The learned choice among the shortlisted candidates: the best by rank
 * logit (the earliest in the shortlist among equals), joined when the
 * decision logit is positive. Returns the story index, or SIZE_MAX for a
 * new story; `*score` is the join probability.
 * When the model ranks by the cosine alone (ranks_by_cosine()), the
 * candidates are visited by decreasing time damping, and once one's rank
 * logit could not reach the best so far even with a cosine of 1 (the
 * cosine is at most max(1, cross_lingual), with a margin for rounding),
 * neither can any after it: they are not scored. A candidate that does not
 * pass the best changes neither the pick nor, without a margin weight, the
 * decision. A headline under `short_margin` (cluster.h) scores every
 * candidate, and a dated article under `anchor_margin` those that could
 * change what anchors_ahead() says (out_of_reach()), and one with a
 * date of its own (`given_date`) under `follow_margin` those whose cosine
 * could come within CLUSTER_SHORT_RATIO of the best: the runner-ups decide
 * whether a candidate is clearly ahead, and it is joined then even when the
 * decision logit says new. When the best is in another language and shares
 * only numbers under 100 with the document while a candidate in its
 * language shares a name or a larger figure (small_tie_only()), the
 * candidates of the first kind are left out of a second ranking, whose
 * pick is taken when it joins. Before that, when the best is in another
 * language, shares no tie and lies days from the article (late_untied()),
 * the candidates of that kind are left out of the ranking that decides; and
 * when the best holds the article's main name only as one its reports
 * recalled (recalls_main(), cluster.h "A round-up"), a ranking without the
 * candidates that hold it so is asked first, its pick taken when it joins.
 */
static size_t choose_learned(struct cluster_state *cs, const struct cluster_doc *doc,
                             bool given_date, double *score)
{
    const struct cluster_model *m = cs->o.model;
    struct ranking r, named;
    size_t k;
    bool headline = cs->o.short_margin && cs->ndt <= CLUSTER_SHORT_TERMS;
    bool anchors = cs->o.anchor_margin && doc->has_date;
    bool follow = cs->o.follow_margin && given_date;
    bool cut = ranks_by_cosine(m) && cs->ncand <= ORDER_MAX && !headline;

    rank(cs, doc, LEAVE_NONE, anchors, follow, cut, &r);
    if (r.pick != SIZE_MAX && late_untied(cs, story_at(cs, r.pick), doc))
        rank(cs, doc, LEAVE_LATE, anchors, follow, cut, &r);
    if (r.pick != SIZE_MAX && recalls_main(cs, doc, r.pick)) {
        rank(cs, doc, LEAVE_RECALLING, anchors, follow, cut, &named);
        if ((k = decide(cs, doc, &named, headline, follow, score)) != SIZE_MAX)
            return k;
    }
    if (r.pick != SIZE_MAX && small_tie_only(cs, doc, r.pick)) {
        rank(cs, doc, LEAVE_UNTIED, anchors, follow, cut, &named);
        if ((k = decide(cs, doc, &named, headline, follow, score)) != SIZE_MAX)
            return k;
    }
    return decide(cs, doc, &r, headline, follow, score);
}

/* Most candidates shortlist_k() reads the postings hits of into a table on the stack. */
#define SHORTLIST_HITS 1024

/*
 * Keeps the `keep` candidates with the most postings hits at the front: a
 * selection sort, the first of equal ones picked and swapped forward. Up to
 * SHORTLIST_HITS candidates, their hits are read once into a table that is
 * swapped along with them (the same picks, without two story look-ups per
 * comparison).
 */
static void shortlist_k(struct cluster_state *cs, size_t keep)
{
    uint32_t hits[SHORTLIST_HITS];
    size_t i, j, n = cs->ncand;

    if (n <= keep)
        return;
    if (n > SHORTLIST_HITS) {
        for (i = 0; i < keep; i++) {
            size_t best = i;
            for (j = i + 1; j < n; j++)
                if (story_at(cs, cs->cand[j])->hits > story_at(cs, cs->cand[best])->hits)
                    best = j;
            uint32_t t = cs->cand[i];
            cs->cand[i] = cs->cand[best];
            cs->cand[best] = t;
        }
        cs->ncand = keep;
        return;
    }
    for (i = 0; i < n; i++)
        hits[i] = story_at(cs, cs->cand[i])->hits;
    for (i = 0; i < keep; i++) {
        size_t best = i;
        uint32_t most = hits[i], t;
        for (j = i + 1; j < n; j++) {
            if (hits[j] > most) {
                most = hits[j];
                best = j;
            }
        }
        t = cs->cand[i];
        cs->cand[i] = cs->cand[best];
        cs->cand[best] = t;
        hits[best] = hits[i];
        hits[i] = most;
    }
    cs->ncand = keep;
}

/* Keeps the `max_candidates` candidates with the most postings hits at the front. */
static void shortlist(struct cluster_state *cs)
{
    shortlist_k(cs, cs->o.max_candidates);
}

/* ---- The merge pass (see `merge_every_docs` in cluster.h) ---- */

/* Most centroid terms of a changed story that lead to merge candidates. */
#define MERGE_QUERY 10
/* Candidates compared in full, and the fewest postings hits they need. */
#define MERGE_CANDIDATES 8
#define MERGE_MIN_HITS 1

/*
 * The weight of centroid entry `j` of `s` under the current IDF (`logn1` is
 * log(documents + 1) + 1).
 */
static inline double centroid_weight(const struct cluster_state *cs, const struct story *s,
                                     size_t j, double logn1)
{
    return s->c.w[j] * (logn1 - cs->logdf[s->c.ids[j]]);
}

/* Sums of products and squares of two centroids' weights: all terms, and those of xl_term(). */
struct cosine_sums {
    double dot, na, nb, xdot, xna, xnb;
};

/* The cosines of `t`: over all terms (`*all`) and over the xl_term() ones (`*xl`). */
static void sums_cosines(const struct cosine_sums *t, double *all, double *xl)
{
    *all = t->na > 0 && t->nb > 0 && t->dot > 0 ? t->dot / sqrt(t->na * t->nb) : 0.0;
    *xl = t->xna > 0 && t->xnb > 0 && t->xdot > 0 ? t->xdot / sqrt(t->xna * t->xnb) : 0.0;
}

/* The squared norms of a centroid under the current IDF: all terms, and the xl_term() ones. */
struct centroid_norms {
    double n, xn;
};

/*
 * The squared norms of the centroid of `s`, whose weights under the current
 * IDF are `w` (centroid_weights()), summed in id order, as a merge of two
 * centroids' id lists would add them.
 */
static struct centroid_norms centroid_norms(const struct cluster_state *cs, const struct story *s,
                                            const double *w)
{
    struct centroid_norms r = {0.0, 0.0};
    size_t i;

    for (i = 0; i < s->c.n; i++) {
        r.n += w[i] * w[i];
        if (xl_term(cs, s->c.ids[i]))
            r.xn += w[i] * w[i];
    }
    return r;
}

/*
 * Puts the weights of the centroid of `s` under the current IDF (`logn1`),
 * centroid_weight() of each entry, into `*w` (`*cap` entries, grown).
 */
static enum td_err centroid_weights(const struct cluster_state *cs, const struct story *s,
                                    double logn1, double **w, size_t *cap)
{
    size_t i;

    if (td_grow((void **)w, cap, s->c.n > 0 ? s->c.n : 1, sizeof(**w)) != TD_OK)
        return TD_ERR_NOMEM;
    for (i = 0; i < s->c.n; i++)
        (*w)[i] = centroid_weight(cs, s, i, logn1);
    return TD_OK;
}

/* centroid_weights() of `s` into `cs->mw`, for merge_one(). */
static enum td_err merge_weights(struct cluster_state *cs, const struct story *s, double logn1)
{
    return centroid_weights(cs, s, logn1, &cs->mw, &cs->cap_mw);
}

/*
 * Marks the ids of the centroid of `s` in `idbits`, each with its index in
 * `at_id`, for centroid_cosines(); unmark_centroid() clears them again, so
 * that the bitmap is all zero between documents, as sort_by_id() needs.
 */
static void mark_centroid(struct cluster_state *cs, const struct story *s)
{
    size_t i;

    for (i = 0; i < s->c.n; i++) {
        uint32_t id = s->c.ids[i];
        cs->at_id[id] = (uint32_t)i;
        cs->idbits[id >> 6] |= (uint64_t)1 << (id & 63);
    }
}

static void unmark_centroid(struct cluster_state *cs, const struct story *s)
{
    size_t i;

    for (i = 0; i < s->c.n; i++)
        cs->idbits[s->c.ids[i] >> 6] = 0;
}

/*
 * The cosines of the centroids of `a` (marked, mark_centroid(), its weights
 * in `cs->mw`, merge_weights(), with squared norms `na`, centroid_norms())
 * and `b` under the current IDF (`logn1`),
 * over all terms (`*all`) and over the anchor terms that count across
 * languages (`*xl`, see cosine()), in one pass over the terms of `b` in id
 * order: a term of `b` that `a` has adds its product. A term on one side
 * only would add an exact zero to the products (all weights are >= 0), so
 * leaving it out changes no bit of the sums, which add the same terms in
 * the same order as one merge of the two sorted id lists; each norm is
 * that centroid's own sum in id order.
 */
static void centroid_cosines(const struct cluster_state *cs, const struct story *b, double logn1,
                             struct centroid_norms na, double *all, double *xl)
{
    struct cosine_sums t = {0.0, na.n, 0.0, 0.0, na.xn, 0.0};
    size_t j;

    for (j = 0; j < b->c.n; j++) {
        uint32_t id = b->c.ids[j];
        double wb = centroid_weight(cs, b, j, logn1);
        bool x = xl_term(cs, id);
        t.nb += wb * wb;
        if (x)
            t.xnb += wb * wb;
        if ((cs->idbits[id >> 6] >> (id & 63)) & 1) {
            double p = cs->mw[cs->at_id[id]] * wb;
            t.dot += p;
            if (x)
                t.xdot += p;
        }
    }
    sums_cosines(&t, all, xl);
}

/* Days between the date spans of `a` and `b` (0 when they overlap or one is undated). */
static int64_t span_gap(const struct story *a, const struct story *b)
{
    if (!a->has_date || !b->has_date)
        return 0;
    if (a->max_day < b->min_day)
        return b->min_day - a->max_day;
    if (b->max_day < a->min_day)
        return a->min_day - b->max_day;
    return 0;
}

/* How alike stories `a` and `b` are, as placement compares an article with a story. */
static double story_similarity(const struct cluster_state *cs, const struct story *a,
                               const struct story *b, double logn1, struct centroid_norms na)
{
    double sim, xl;

    centroid_cosines(cs, b, logn1, na, &sim, &xl);

    /*
     * A story's language is its first article's; either may have taken
     * reports in other languages since, whose stems the other never meets,
     * so below the bar the anchor terms that count across languages have
     * their say whatever languages the two started in (with
     * `xl_shared_only`, a stream in one language has none).
     */
    if ((a->lang != 0 && b->lang != 0 && a->lang != b->lang) || sim < cs->o.merge_threshold)
        sim = fmax(sim, xl * cs->o.cross_lingual);
    return sim * time_kernel(&cs->o, span_gap(a, b));
}

/*
 * The similarity of remembered member `m` with the centroid of `s`, as
 * placement would score that article against `s` now (see similarity()):
 * the cosine of its kept terms under the current IDF, or, in another
 * language than the story's first, the cosine over the anchor terms that
 * count across languages when that is higher; damped by the time kernel
 * between its day and the story's date span. `s` is marked
 * (mark_centroid()), its weights are `w` and its squared norms `sn`
 * (centroid_norms()): the member's terms, in id order, add their norms and,
 * where `s` has the term, their products, the same sums in the same order
 * as one merge of the two id lists (see centroid_cosines()). With `own`,
 * `m` is a member of `s` and is scored against the rest of `s`: the
 * centroid with the member's weights taken out (as centroid_sub() would,
 * a term left at nothing adding nothing). With `need_tie`, the cosine across
 * languages counts only when a shared term is more than a number under 100
 * (small_number(), tied_at_home()).
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline)) /* each caller's `own` is a constant: no test per term */
#endif
static inline double
member_similarity(const struct cluster_state *cs, const struct split_member *m,
                  const struct story *s, const double *w, struct centroid_norms sn, double logn1,
                  bool own, bool need_tie)
{
    struct cosine_sums t = {0.0, 0.0, sn.n, 0.0, 0.0, sn.xn};
    uint32_t i, nxl = 0;
    double sim, xl;

    for (i = 0; i < m->n; i++) {
        uint32_t id = m->ids[i];
        double idf = logn1 - cs->logdf[id], wa = m->a[i] * idf, wb, p;
        bool x = xl_term(cs, id);
        t.na += wa * wa;
        if (x)
            t.xna += wa * wa;
        if (((cs->idbits[id >> 6] >> (id & 63)) & 1) == 0)
            continue;
        wb = w[cs->at_id[id]];
        if (own) {
            /* The rest's weight, and its squared norms less the member's share. */
            double rest = fmax(0.0, s->c.w[cs->at_id[id]] - m->a[i]) * idf;
            double d = wb * wb - rest * rest;
            t.nb -= d;
            if (x)
                t.xnb -= d;
            wb = rest;
        }
        p = wa * wb;
        t.dot += p;
        if (x) {
            t.xdot += p;
            nxl += p > 0 && !small_number(cs, id);
        }
    }
    sums_cosines(&t, &sim, &xl);
    if (m->lang != 0 && s->lang != 0 && m->lang != s->lang && (nxl > 0 || !need_tie))
        sim = fmax(sim, xl * cs->o.cross_lingual);
    return sim * time_kernel(&cs->o, m->has_date && s->has_date ? day_gap(s, m->day) : 0);
}

/*
 * Whether member `m` of story `s` is in its story's language, story `other`
 * in another, and `m` holds an anchor term other than a number under 100
 * (small_number()): then a tie of such numbers alone with `other` does not
 * link the two (member_similarity() `need_tie`), as it would not take the
 * article from its own story at placement (small_tie_only()).
 */
static bool tied_at_home(const struct cluster_state *cs, const struct split_member *m,
                         const struct story *s, const struct story *other)
{
    uint32_t k;

    if (m->lang == 0 || m->lang != s->lang || other->lang == 0 || other->lang == m->lang)
        return false;
    for (k = 0; k < m->n; k++)
        if (cs->anchor[m->ids[k]] != 0 && !small_number(cs, m->ids[k]))
            return true;
    return false;
}

/*
 * The strongest single link between stories `a` and `b`: the best
 * member_similarity() of a remembered member of either with the other's
 * centroid, into `*out`. Two pieces of one big event (a long report and the
 * wire items, two live items, a report in each of several languages) each
 * hold articles that would join the other, while their centroids, summed
 * over many languages and lengths, stay under the merge bar. `a` is
 * merge_one()'s story: marked, its weights in `cs->mw`, its squared norms
 * `na`; it is marked again on return, `b` is not.
 */
static enum td_err member_link(struct cluster_state *cs, const struct story *a,
                               const struct story *b, struct centroid_norms na, double logn1,
                               double *out)
{
    double best = 0.0;
    struct centroid_norms nb;
    uint32_t k;

    if (a->live->ring.n > 0) {
        if (centroid_weights(cs, b, logn1, &cs->mw2, &cs->cap_mw2) != TD_OK)
            return TD_ERR_NOMEM;
        nb = centroid_norms(cs, b, cs->mw2);
        unmark_centroid(cs, a);
        mark_centroid(cs, b);
        for (k = 0; k < a->live->ring.n; k++)
            best =
                fmax(best, member_similarity(cs, &a->live->ring.m[k], b, cs->mw2, nb, logn1, false,
                                             tied_at_home(cs, &a->live->ring.m[k], a, b)));
        unmark_centroid(cs, b);
        mark_centroid(cs, a);
    }
    for (k = 0; k < b->live->ring.n; k++)
        best = fmax(best, member_similarity(cs, &b->live->ring.m[k], a, cs->mw, na, logn1, false,
                                            tied_at_home(cs, &b->live->ring.m[k], b, a)));
    *out = best;
    return TD_OK;
}

/*
 * Marks story `s` with its weights under the current IDF in `cs->mw2`
 * (for member_similarity()); `*n` its squared norms.
 */
static enum td_err mark_weighted(struct cluster_state *cs, const struct story *s, double logn1,
                                 struct centroid_norms *n)
{
    if (centroid_weights(cs, s, logn1, &cs->mw2, &cs->cap_mw2) != TD_OK)
        return TD_ERR_NOMEM;
    *n = centroid_norms(cs, s, cs->mw2);
    mark_centroid(cs, s);
    return TD_OK;
}

/*
 * How the remembered members of one story sit against another
 * (strays_of()): `strays` score higher against the other than against the
 * rest of their own story, the `core` do not, and `near` says whether one
 * of the core scores CLUSTER_MIXED_BAR or more against the other.
 */
struct strays {
    uint32_t strays, core;
    bool near;
    bool stray[SPLIT_MEMBERS]; /* which remembered members are strays */
};

/*
 * Counts in `*c` the strays and the core of story index `a` against story
 * index `b` (struct strays). Nothing may be marked; nothing is on return.
 */
static enum td_err strays_of(struct cluster_state *cs, size_t a, size_t b, double logn1,
                             struct strays *c)
{
    const struct story *sa = story_at(cs, a), *sb = story_at(cs, b);
    const struct split_ring *r = &sa->live->ring;
    double x[SPLIT_MEMBERS];
    struct centroid_norms n;
    uint32_t k;

    memset(c, 0, sizeof(*c));
    if (mark_weighted(cs, sb, logn1, &n) != TD_OK)
        return TD_ERR_NOMEM;
    for (k = 0; k < r->n; k++)
        x[k] = member_similarity(cs, &r->m[k], sb, cs->mw2, n, logn1, false, false);
    unmark_centroid(cs, sb);
    if (mark_weighted(cs, sa, logn1, &n) != TD_OK)
        return TD_ERR_NOMEM;
    for (k = 0; k < r->n; k++) {
        c->stray[k] = x[k] > member_similarity(cs, &r->m[k], sa, cs->mw2, n, logn1, true, false);
        if (c->stray[k]) {
            c->strays++;
        } else {
            c->core++;
            c->near = c->near || x[k] >= CLUSTER_MIXED_BAR;
        }
    }
    unmark_centroid(cs, sa);
    return TD_OK;
}

/*
 * Whether a story whose members sit as `a` against another story, whose
 * members sit as `b` against it, is a mixed event: it has strays, fewer
 * than its core, which numbers CLUSTER_MIXED_CORE or more and of which
 * none would join the other (each under CLUSTER_MIXED_BAR), and the other
 * has no stray of its own (two pieces of one happening each hold reports
 * nearer the other piece; one happening's reports that joined another go
 * one way).
 */
static bool mixed_side(const struct strays *a, const struct strays *b)
{
    return a->strays > 0 && a->strays < a->core && a->core >= CLUSTER_MIXED_CORE && !a->near &&
           b->strays == 0;
}

/* The MERGE_QUERY heaviest terms offered to it, heaviest first (ties: the first offered). */
struct merge_query {
    double w[MERGE_QUERY];
    uint32_t id[MERGE_QUERY];
    size_t n;
};

/* Offers term `id` of weight `x` to `t`. */
static inline void top_offer(struct merge_query *t, uint32_t id, double x)
{
    size_t j;

    if (t->n == MERGE_QUERY && x <= t->w[t->n - 1])
        return;
    j = t->n < MERGE_QUERY ? t->n++ : t->n - 1;
    for (; j > 0 && t->w[j - 1] < x; j--) {
        t->w[j] = t->w[j - 1];
        t->id[j] = t->id[j - 1];
    }
    t->w[j] = x;
    t->id[j] = id;
}

/*
 * Puts the MERGE_QUERY heaviest terms of the centroid of `s` (by the
 * current IDF: its weights in `cs->mw`, merge_weights()) into `all`, and
 * its heaviest anchor terms that count across languages into `xl`, in one
 * pass over its terms.
 */
static void centroid_top(const struct cluster_state *cs, const struct story *s,
                         struct merge_query *all, struct merge_query *xl)
{
    size_t i;

    all->n = xl->n = 0;
    for (i = 0; i < s->c.n; i++) {
        top_offer(all, s->c.ids[i], cs->mw[i]);
        if (xl_term(cs, s->c.ids[i]))
            top_offer(xl, s->c.ids[i], cs->mw[i]);
    }
}

/*
 * Collects the live stories other than `idx` (its centroid's weights in
 * `cs->mw`, merge_weights()) found through the postings of
 * the MERGE_QUERY heaviest terms of its centroid, and through the anchor
 * postings of its MERGE_QUERY heaviest anchor terms that count across
 * languages (the names and numbers by which its reports in other languages
 * found it), keeping those found MERGE_MIN_HITS times or more.
 */
static enum td_err merge_candidates(struct cluster_state *cs, size_t idx)
{
    struct merge_query all, xl;
    size_t i, j;

    new_round(cs);
    story_at(cs, idx)->stamp = cs->cur; /* never its own candidate */
    centroid_top(cs, story_at(cs, idx), &all, &xl);
    for (i = 0; i < all.n; i++)
        if (collect_list(cs, &cs->post[all.id[i]], 0) != TD_OK)
            return TD_ERR_NOMEM;
    for (i = 0; i < xl.n; i++)
        if (collect_list(cs, &cs->apost[xl.id[i]], 0) != TD_OK)
            return TD_ERR_NOMEM;
    for (i = j = 0; i < cs->ncand; i++)
        if (story_at(cs, cs->cand[i])->hits >= MERGE_MIN_HITS)
            cs->cand[j++] = cs->cand[i];
    cs->ncand = j;
    shortlist_k(cs, MERGE_CANDIDATES);
    return TD_OK;
}

/* Adds centroid `from` to centroid `into` (both sorted by id), pruned as merge_centroid() does. */
static enum td_err add_centroid(const struct cluster_state *cs, struct centroid *into,
                                const struct centroid *from)
{
    size_t cap = (size_t)into->n + from->n, i = 0, j = 0, n = 0;
    uint32_t *ids = td_malloc((cap > 0 ? cap : 1) * sizeof(*ids));
    float *w = td_malloc((cap > 0 ? cap : 1) * sizeof(*w));

    if (ids == NULL || w == NULL) {
        td_free(ids);
        td_free(w);
        return TD_ERR_NOMEM;
    }
    while (i < into->n || j < from->n) {
        if (j >= from->n || (i < into->n && into->ids[i] < from->ids[j])) {
            ids[n] = into->ids[i];
            w[n++] = into->w[i++];
        } else if (i >= into->n || from->ids[j] < into->ids[i]) {
            ids[n] = from->ids[j];
            w[n++] = from->w[j++];
        } else {
            ids[n] = into->ids[i];
            w[n++] = into->w[i++] + from->w[j++];
        }
    }
    td_free(into->ids);
    td_free(into->w);
    into->ids = ids;
    into->w = w;
    into->n = (uint32_t)n;
    if (n > 2 * cs->o.centroid_terms) {
        float *tmp = td_malloc(n * sizeof(*tmp));
        if (tmp == NULL)
            return TD_ERR_NOMEM;
        prune(into, cs->o.centroid_terms, tmp);
        td_free(tmp);
    }
    return TD_OK;
}

/*
 * Merges story index `from` into `into`: the centroids and date spans add
 * up, `from` leaves the pool for good and its postings lead to `into`
 * (root()). Records the merge for cluster_take_merges().
 */
static enum td_err merge_stories(struct cluster_state *cs, size_t from, size_t into)
{
    struct story *f = story_at(cs, from), *t = story_at(cs, into);
    size_t need = cs->nmerged + 1;

    if (td_grow((void **)&cs->merged_from, &cs->cap_merged_from, need,
                sizeof(*cs->merged_from)) != TD_OK ||
        td_grow((void **)&cs->merged_into, &cs->cap_merged_into, need,
                sizeof(*cs->merged_into)) != TD_OK ||
        add_centroid(cs, &t->c, &f->c) != TD_OK ||
        (f->live->ring.n > 0 && split_ring_absorb(&t->live->ring, &f->live->ring) != TD_OK))
        return TD_ERR_NOMEM;
    cs->merged_from[cs->nmerged] = (int64_t)from + 1;
    cs->merged_into[cs->nmerged++] = (int64_t)into + 1;
    if (f->has_date) {
        t->min_day = t->has_date && t->min_day < f->min_day ? t->min_day : f->min_day;
        t->max_day = t->has_date && t->max_day > f->max_day ? t->max_day : f->max_day;
        t->has_date = true;
    }
    t->size += f->size;
    if (f->live->last_doc > t->live->last_doc)
        t->live->last_doc = f->live->last_doc;
    note_changed(cs, into);
    retire(cs, from);
    f->merged_into = (uint32_t)into + 1;
    return TD_OK;
}

/* Whether one of story indexes `a` and `b` was split from the other. */
static bool split_pair(const struct cluster_state *cs, size_t a, size_t b)
{
    return story_at(cs, a)->split_from == b + 1 || story_at(cs, b)->split_from == a + 1;
}

/*
 * The bar story index `idx` must reach to merge: `merge_threshold`, or
 * `merge_single_threshold` for a story of one article (0: it does not
 * look). An article alone is compared by its own terms, as placement
 * compares it, so its bar is lower than the one two centroids must reach,
 * and higher than the join bar it missed.
 */
static double merge_bar(const struct cluster_state *cs, size_t idx)
{
    return story_at(cs, idx)->size < 2 ? cs->o.merge_single_threshold : cs->o.merge_threshold;
}

/*
 * Whether story indexes `a` and `b` are a first flash and the event its
 * later reports formed (`merge_early_threshold`): the older one small,
 * the younger one bigger, both dated within CLUSTER_FOLLOW_DAYS. Indexes
 * are handed out in creation order, so the older story has the lower one.
 */
static bool early_pair(const struct cluster_state *cs, size_t a, size_t b)
{
    const struct story *old = story_at(cs, a < b ? a : b), *young = story_at(cs, a < b ? b : a);

    return cs->o.merge_early_threshold > 0.0 && old->size <= CLUSTER_MERGE_EARLY_SIZE &&
           young->size > old->size && old->has_date && young->has_date &&
           span_gap(old, young) <= CLUSTER_FOLLOW_DAYS;
}

/* Whether live story `s` was first told in language `lang` or holds a remembered report in it. */
static bool told_in(const struct story *s, uint32_t lang)
{
    uint32_t i;

    if (s->lang == lang)
        return true;
    for (i = 0; i < s->live->ring.n; i++)
        if (s->live->ring.m[i].lang == lang)
            return true;
    return false;
}

/* Whether live stories `a` and `b` are both told in one known language (told_in()). */
static bool told_alike(const struct story *a, const struct story *b)
{
    uint32_t i;

    if (a->lang != 0 && told_in(b, a->lang))
        return true;
    for (i = 0; i < a->live->ring.n; i++)
        if (a->live->ring.m[i].lang != 0 && told_in(b, a->live->ring.m[i].lang))
            return true;
    return false;
}

/* What named_pair() is given as the main name of its first story before it has looked it up. */
#define MAIN_NAME_UNKNOWN (UINT32_MAX - 1)

/*
 * Whether story indexes `a` and `b` are two pieces of one happening's first
 * reports in one language (see `merge_early_threshold` in cluster.h): the
 * dated reports of both within CLUSTER_FOLLOW_DAYS of each other, both
 * told in one language (told_alike()), and the main name of one
 * (heaviest_anchor(): the heaviest name its reports give outside clauses
 * about other happenings) in the other's centroid. Every date counts, not
 * only the gap between the two spans: a piece that has taken a report
 * days later may hold a same-kind happening already. `*top_a` is the main
 * name of `a`, looked up here when MAIN_NAME_UNKNOWN (merge_one() compares
 * one story with several).
 */
static bool named_pair(const struct cluster_state *cs, size_t a, size_t b, uint32_t *top_a)
{
    const struct story *sa = story_at(cs, a), *sb = story_at(cs, b);
    int64_t first, last;
    uint32_t top;

    if (cs->o.merge_early_threshold <= 0.0 || sa->live == NULL || sb->live == NULL ||
        !sa->has_date || !sb->has_date)
        return false;
    first = sa->min_day < sb->min_day ? sa->min_day : sb->min_day;
    last = sa->max_day > sb->max_day ? sa->max_day : sb->max_day;
    if (last - first > CLUSTER_FOLLOW_DAYS || !told_alike(sa, sb))
        return false;
    if (*top_a == MAIN_NAME_UNKNOWN)
        *top_a = heaviest_anchor(cs, sa);
    if (*top_a != UINT32_MAX && centroid_has(sb, *top_a))
        return true;
    top = heaviest_anchor(cs, sb);
    return top != UINT32_MAX && centroid_has(sa, top);
}

/* Whether the split pass just cut story index `idx` (its origin or its new part). */
static bool cut_in_pass(const struct cluster_state *cs, size_t idx)
{
    size_t i;

    for (i = 0; i < cs->nmoves; i++)
        if (cs->moves[i].from == (int64_t)idx + 1 || cs->moves[i].into == (int64_t)idx + 1)
            return true;
    return false;
}

/*
 * Whether story index `lone`, one article, and story index `ev`, bigger and
 * older, that the split pass just cut, are a lone later report and the
 * event it was compared with before the cut (merge_pass()'s second look):
 * both dated within CLUSTER_FOLLOW_DAYS, as early_pair()'s flash and event.
 */
static bool late_pair(const struct cluster_state *cs, size_t lone, size_t ev)
{
    const struct story *l = story_at(cs, lone), *s = story_at(cs, ev);

    return cs->o.merge_early_threshold > 0.0 && lone > ev && l->size == 1 && s->size > 1 &&
           l->has_date && s->has_date && span_gap(l, s) <= CLUSTER_FOLLOW_DAYS &&
           cut_in_pass(cs, ev);
}

/*
 * Whether story `a` recalls story `b` (cluster.h, "A recalled event"): a
 * remembered member of `a` in another language than `b` gives the heaviest
 * anchor term of `b` only in a clause that dates another happening, and no
 * member of `a` gives it elsewhere.
 */
static bool recalls(const struct cluster_state *cs, size_t a, size_t b)
{
    const struct story *sa = story_at(cs, a), *sb = story_at(cs, b);
    const struct split_ring *r;
    bool in_clause = false;
    uint32_t top, i, k;

    if (sa->live == NULL || sb->live == NULL || sb->lang == 0)
        return false;
    r = &sa->live->ring;
    for (i = 0; i < r->n && r->m[i].clause == 0; i++)
        ;
    if (i == r->n || (top = heaviest_anchor(cs, sb)) == UINT32_MAX)
        return false;
    for (i = 0; i < r->n; i++) {
        const struct split_member *m = &r->m[i];
        for (k = 0; k < m->n && m->ids[k] != top; k++)
            ;
        if (k == m->n)
            continue;
        if ((m->clause >> k & 1) == 0 || m->lang == 0 || m->lang == sb->lang)
            return false;
        in_clause = true;
    }
    return in_clause;
}

/*
 * Whether story indexes `a` and `b` were told apart: a split is not undone
 * (its two parts were told apart with more evidence), nor does an event
 * merge with one its reports recall, or that recalls it.
 */
static bool told_apart(const struct cluster_state *cs, size_t a, size_t b)
{
    return split_pair(cs, a, b) || recalls(cs, a, b) || recalls(cs, b, a);
}

/* What kind of pair merge_one() compares, and so which callback it asks (pair_ok()). */
enum pair_kind {
    PAIR_PLAIN, /* at the story's own bar; `merge_ok` */
    PAIR_EARLY, /* a first flash and its event (early_pair(), late_pair()); `merge_early_ok` */
    PAIR_NAMED  /* two pieces of one happening (named_pair() only); `merge_named_ok` */
};

/*
 * Whether the callback allows story indexes `a` and `b`, a pair of kind
 * `kind`, to merge: `merge_named_ok` for a named pair, when set, else
 * `merge_early_ok` for it and an early pair, when set, else `merge_ok`.
 */
static bool pair_ok(const struct cluster_state *cs, size_t a, size_t b, enum pair_kind kind)
{
    cluster_merge_ok_fn ok = cs->o.merge_ok;

    if (kind == PAIR_NAMED && cs->o.merge_named_ok != NULL)
        ok = cs->o.merge_named_ok;
    else if (kind != PAIR_PLAIN && cs->o.merge_early_ok != NULL)
        ok = cs->o.merge_early_ok;
    return ok == NULL || ok(cs->o.merge_ctx, (int64_t)a + 1, (int64_t)b + 1);
}

/*
 * Whether the callback pair_ok() would ask for a pair of kind `kind` is
 * one asked only once, of the pick (`merge_early_ok`, `merge_named_ok`):
 * its caller may act on a yes.
 */
static bool asked_once(const struct cluster_opts *o, enum pair_kind kind)
{
    return (kind == PAIR_NAMED && o->merge_named_ok != NULL) ||
           (kind != PAIR_PLAIN && o->merge_early_ok != NULL);
}

/*
 * Whether merge_one() of story index `idx` (its bar `bar`) compares
 * candidate `c`, and then as which kind of pair (`*kind`, the callback to
 * ask) at bar `*pb`: a first flash and the event of its later
 * reports (early_pair()), and two pieces of one happening's first reports
 * in one language (named_pair(); `*top`, the main name of `idx`, passed on
 * to it), meet `merge_early_threshold`; the second look
 * (`second`) is only at the events just cut (late_pair()); two events told
 * apart (told_apart()) are not compared.
 */
static bool candidate_bar(const struct cluster_state *cs, size_t idx, size_t c, double bar,
                          bool second, uint32_t *top, enum pair_kind *kind, double *pb)
{
    if (second)
        *kind = late_pair(cs, idx, c) ? PAIR_EARLY : PAIR_PLAIN;
    else if (early_pair(cs, idx, c))
        *kind = PAIR_EARLY;
    else
        *kind = named_pair(cs, idx, c, top) ? PAIR_NAMED : PAIR_PLAIN;
    *pb = *kind != PAIR_PLAIN ? fmin(bar, cs->o.merge_early_threshold) : bar;
    return (!second || *kind != PAIR_PLAIN) && !told_apart(cs, idx, c);
}

/*
 * Whether either of story indexes `a` and `b`, about to merge, is a mixed
 * event against the other (mixed_side()), both of CLUSTER_MIXED_CORE
 * articles or more: two happenings with a core each, alike only through
 * the reports of one that joined the other at placement; the pair is then
 * not merged in this pass. When it is, `*side` is the mixed one and, if
 * `strays` is not NULL, `*strays` how its members sit against the other.
 */
static enum td_err told_mixed(struct cluster_state *cs, size_t a, size_t b, double logn1,
                              bool *mixed, size_t *side, struct strays *strays)
{
    static const struct strays none = {0, 0, false, {false}};
    const struct story *sa = story_at(cs, a), *sb = story_at(cs, b);
    struct strays ca, cb = {1, 0, false, {false}};

    *mixed = false;
    if (sa->live == NULL || sb->live == NULL || sa->size < CLUSTER_MIXED_CORE ||
        sb->size < CLUSTER_MIXED_CORE)
        return TD_OK;
    if (strays_of(cs, a, b, logn1, &ca) != TD_OK)
        return TD_ERR_NOMEM;
    /*
     * Either side is mixed only when the other has no stray, so `b` is
     * looked at only when `a` has none or would be mixed if `b` had none
     * (unseen, `b` counts as one stray and no core).
     */
    if ((ca.strays == 0 || mixed_side(&ca, &none)) && strays_of(cs, b, a, logn1, &cb) != TD_OK)
        return TD_ERR_NOMEM;
    *mixed = mixed_side(&ca, &cb) || mixed_side(&cb, &ca);
    *side = mixed_side(&ca, &cb) ? a : b;
    if (*mixed && strays != NULL)
        *strays = *side == a ? ca : cb;
    return TD_OK;
}

/*
 * Merges story index `idx` and `pick`, the story it picked (a pair of
 * kind `kind`) at centroid similarity `raw` (before any member link),
 * unless the callback refuses the pair (pair_ok(), asked last: a yes to
 * `merge_early_ok` is always followed by the merge) or, when `raw` is
 * under `merge_threshold` (a pair that met by a member link or at a lower
 * bar: as wholes the two are not that alike), either is a mixed event
 * against the other (told_mixed()).
 */
static enum td_err merge_pick(struct cluster_state *cs, size_t idx, size_t pick,
                              enum pair_kind kind, double raw, double logn1)
{
    /* The older story lives on, so ids already handed out mostly stay valid. */
    size_t from = pick > idx ? pick : idx, into = pick > idx ? idx : pick, side = SIZE_MAX;
    bool mixed = false;

    if (raw < cs->o.merge_threshold &&
        told_mixed(cs, idx, pick, logn1, &mixed, &side, NULL) != TD_OK)
        return TD_ERR_NOMEM;
    /* The mixed event's strays go to the other after the pass's merges (move_strays()). */
    if (mixed && cs->nstray < CLUSTER_STRAY_PAIRS) {
        cs->stray_from[cs->nstray] = (uint32_t)side;
        cs->stray_into[cs->nstray++] = (uint32_t)(side == idx ? pick : idx);
    }
    if (mixed || !pair_ok(cs, from, into, kind))
        return TD_OK;
    if (kind != PAIR_PLAIN && cs->nearly < CLUSTER_MERGE_CHANGED)
        cs->early_into[cs->nearly++] = (uint32_t)into;
    return merge_stories(cs, from, into);
}

/*
 * Looks for the story that changed story index `idx` should merge with, and
 * merges them. A story of one article was compared with its candidates
 * when it was placed, at most one pass ago, under the join bar; since then
 * they may have grown towards it without their centroids' heaviest terms
 * leading back to it (a long report whose shorter reports formed an event
 * of their own after it), so it looks for them itself, with its own bar
 * (merge_bar()); a first flash and the event of its later reports meet a
 * lower one (`merge_early_threshold`). `second`: merge_pass()'s second look
 * of a lone story, at the events the split pass just cut only (late_pair()).
 */
static enum td_err merge_one(struct cluster_state *cs, size_t idx, bool second)
{
    const struct cluster_opts *o = &cs->o;
    double best = 0.0, most = fmax(1.0, o->cross_lingual) * (1.0 + 1e-9);
    double logn1 = log((double)cs->ndocs + 1.0) + 1.0;
    size_t i, pick = SIZE_MAX;
    struct centroid_norms norms;
    bool have_norms = false;
    enum pair_kind pick_kind = PAIR_PLAIN;
    uint32_t top = MAIN_NAME_UNKNOWN;
    double bar, raw, pick_raw = 0.0;

    if (live_story(cs, idx) == NULL || (bar = merge_bar(cs, idx)) <= 0.0)
        return TD_OK;
    if (merge_weights(cs, story_at(cs, idx), logn1) != TD_OK || merge_candidates(cs, idx) != TD_OK)
        return TD_ERR_NOMEM;
    for (i = 0; i < cs->ncand; i++) {
        enum pair_kind kind;
        double sim, pb;
        if (!candidate_bar(cs, idx, cs->cand[i], bar, second, &top, &kind, &pb) ||
            /*
             * A candidate whose time kernel alone keeps its similarity (a
             * cosine, at most 1 up to rounding) below its bar or the best
             * so far is not compared: it could be picked only to be turned
             * down, or not at all, so the outcome is the same.
             */
            time_kernel(o, span_gap(story_at(cs, idx), story_at(cs, cs->cand[i]))) * most <
                fmax(best, pb))
            continue;
        if (!have_norms) {
            norms = centroid_norms(cs, story_at(cs, idx), cs->mw);
            mark_centroid(cs, story_at(cs, idx));
            have_norms = true;
        }
        raw = sim =
            story_similarity(cs, story_at(cs, idx), story_at(cs, cs->cand[i]), logn1, norms);
        /*
         * Below the bar, a member of one that would join the other links
         * them (member_link()); only for a pair the callback allows
         * (pair_ok()), as only such a pair can merge; one whose callback
         * is asked only once, of the pick (asked_once()), is not asked here.
         */
        if (sim < pb && o->merge_links &&
            (asked_once(o, kind) || pair_ok(cs, idx, cs->cand[i], kind))) {
            double link;
            if (member_link(cs, story_at(cs, idx), story_at(cs, cs->cand[i]), norms, logn1,
                            &link) != TD_OK) {
                unmark_centroid(cs, story_at(cs, idx));
                return TD_ERR_NOMEM;
            }
            sim = fmax(sim, link);
        }
        /* Only a candidate over its own bar is picked (the best of those). */
        if (sim >= pb && sim > best) {
            best = sim;
            pick = cs->cand[i];
            pick_kind = kind;
            pick_raw = raw;
        }
    }
    if (have_norms)
        unmark_centroid(cs, story_at(cs, idx));
    return pick == SIZE_MAX ? TD_OK : merge_pick(cs, idx, pick, pick_kind, pick_raw, logn1);
}

/* ---- The split pass (see `split_min_own` in cluster.h, and split.h) ---- */

/* Takes member `m`'s weights out of centroid `c`, dropping the terms that fall to nothing. */
static void centroid_sub(struct centroid *c, const struct split_member *m)
{
    uint32_t i = 0, k, n = 0;

    for (k = 0; k < m->n; k++) {
        while (i < c->n && c->ids[i] < m->ids[k])
            i++;
        if (i < c->n && c->ids[i] == m->ids[k])
            c->w[i] -= m->a[k];
    }
    for (i = 0; i < c->n; i++) {
        if (c->w[i] > 1e-4f) {
            c->ids[n] = c->ids[i];
            c->w[n++] = c->w[i];
        }
    }
    c->n = n;
}

/*
 * Indexes story index `idx` under the heaviest terms of member `m` (by the
 * current IDF), as join() indexes a story under an article that joins it:
 * its `index_terms` heaviest terms and MISS_TERMS heaviest anchor terms.
 */
static enum td_err index_member(struct cluster_state *cs, uint32_t idx,
                                const struct split_member *m)
{
    double w[SPLIT_TERMS], logn1 = log((double)cs->ndocs + 1.0) + 1.0;
    uint32_t top[SPLIT_TERMS], i, j, nanchor = 0;

    for (i = 0; i < m->n; i++) {
        double x = m->a[i] * (logn1 - cs->logdf[m->ids[i]]);
        for (j = i; j > 0 && w[j - 1] < x; j--) {
            w[j] = w[j - 1];
            top[j] = top[j - 1];
        }
        w[j] = x;
        top[j] = m->ids[i];
    }
    for (i = 0; i < m->n; i++) {
        if (i < cs->o.index_terms &&
            postings_push(&cs->post[top[i]], idx, cs->o.postings_scan) != TD_OK)
            return TD_ERR_NOMEM;
        if (cs->anchor[top[i]] && nanchor++ < MISS_TERMS &&
            postings_push(&cs->apost[top[i]], idx, cs->o.postings_scan) != TD_OK)
            return TD_ERR_NOMEM;
    }
    return TD_OK;
}

/* Gives story `t` member `m`: its weights, postings, date and ring slot. */
static enum td_err take_member(struct cluster_state *cs, uint32_t tidx,
                               const struct split_member *m)
{
    struct story *t = story_at(cs, tidx);
    struct centroid v;
    struct split_member *slot;

    v.ids = (uint32_t *)m->ids;
    v.w = (float *)m->a;
    v.n = m->n;
    if (add_centroid(cs, &t->c, &v) != TD_OK || index_member(cs, tidx, m) != TD_OK ||
        (slot = split_ring_slot(&t->live->ring)) == NULL)
        return TD_ERR_NOMEM;
    *slot = *m;
    if (m->has_date) {
        t->min_day = t->has_date && t->min_day < m->day ? t->min_day : m->day;
        t->max_day = t->has_date && t->max_day > m->day ? t->max_day : m->day;
        t->has_date = true;
    }
    t->size++;
    return TD_OK;
}

/*
 * Moves member `m` of story index `from` into story index `into`
 * (take_member()), takes it off the centroid and size of `from`, and records
 * the move for cluster_take_moves(); `cs->moves` must have room.
 */
static enum td_err move_member(struct cluster_state *cs, size_t from, size_t into,
                               const struct split_member *m)
{
    struct story *s;

    if (take_member(cs, (uint32_t)into, m) != TD_OK)
        return TD_ERR_NOMEM;
    s = story_at(cs, from);
    centroid_sub(&s->c, m);
    s->size--;
    cs->moves[cs->nmoves].doc = m->doc;
    cs->moves[cs->nmoves].from = (int64_t)from + 1;
    cs->moves[cs->nmoves++].into = (int64_t)into + 1;
    return TD_OK;
}

/*
 * Cuts the members `move` marks out of story index `idx` into a new story,
 * in the order they arrived, and records each move for cluster_take_moves().
 * Only remembered members can move; older articles stay where they are.
 */
static enum td_err split_story(struct cluster_state *cs, size_t idx, const bool move[SPLIT_MEMBERS])
{
    size_t nidx = cs->nst;
    uint32_t order[SPLIT_MEMBERS], i, n = 0;
    struct story *s;

    if (nidx >= MAX_STORIES)
        return TD_OK;
    if (ensure_story(cs, nidx) != TD_OK ||
        td_grow((void **)&cs->moves, &cs->cap_moves, cs->nmoves + SPLIT_MEMBERS,
                sizeof(*cs->moves)) != TD_OK ||
        enter_pool(cs, nidx) != TD_OK)
        return TD_ERR_NOMEM;
    s = story_at(cs, idx);
    for (i = 0; i < s->live->ring.n; i++)
        if (move[i])
            order[n++] = i;
    TD_SHELL_SORT(uint32_t, order, n, s->live->ring.m[b].doc < s->live->ring.m[a].doc);
    for (i = 0; i < n; i++)
        if (move_member(cs, idx, nidx, &s->live->ring.m[order[i]]) != TD_OK)
            return TD_ERR_NOMEM;
    story_at(cs, nidx)->lang = s->lang;
    story_at(cs, nidx)->split_from = (uint32_t)idx + 1;
    story_at(cs, nidx)->live->last_doc = s->live->last_doc;
    story_at(cs, nidx)->live->ring.fresh = 0;
    split_ring_drop(&s->live->ring, move);
    return TD_OK;
}

/*
 * Moves the strays of each mixed pair of the pass (told_mixed() in
 * merge_pick()) into the event they belong to, when both are still live
 * and the pair still mixed: the reports of one happening that joined
 * another at placement, each recorded for cluster_take_moves().
 */
static enum td_err move_strays(struct cluster_state *cs)
{
    double logn1 = log((double)cs->ndocs + 1.0) + 1.0;
    size_t i, side;
    uint32_t k;
    bool mixed;

    for (i = 0; i < cs->nstray; i++) {
        size_t f = cs->stray_from[i], t = cs->stray_into[i];
        struct strays c;
        struct story *s;
        if (root(cs, f) != f || root(cs, t) != t || live_story(cs, f) == NULL ||
            live_story(cs, t) == NULL)
            continue;
        if (told_mixed(cs, f, t, logn1, &mixed, &side, &c) != TD_OK)
            return TD_ERR_NOMEM;
        if (!mixed || side != f)
            continue;
        s = story_at(cs, f);
        if (td_grow((void **)&cs->moves, &cs->cap_moves, cs->nmoves + SPLIT_MEMBERS,
                    sizeof(*cs->moves)) != TD_OK)
            return TD_ERR_NOMEM;
        for (k = 0; k < s->live->ring.n; k++)
            if (c.stray[k] && move_member(cs, f, t, &s->live->ring.m[k]) != TD_OK)
                return TD_ERR_NOMEM;
        split_ring_drop(&s->live->ring, c.stray);
    }
    cs->nstray = 0;
    return TD_OK;
}

/*
 * Looks at story index `idx` (changed since the last pass) when it
 * remembers enough members and has new ones, and splits it when its
 * members form two groups (split_decide()).
 */
static enum td_err split_one(struct cluster_state *cs, size_t idx)
{
    struct story *s = live_story(cs, idx);
    struct split_terms t;
    bool move[SPLIT_MEMBERS];

    size_t i;

    if (s == NULL || !split_ring_due(&s->live->ring))
        return TD_OK;
    /*
     * A first flash and the event of its later reports, just merged, are
     * not cut again in the same pass: the members the merge brought in are
     * all fresh, and a cut of them in several languages would part the
     * one happening anew, along other lines.
     */
    for (i = 0; i < cs->nearly; i++)
        if (cs->early_into[i] == idx)
            return TD_OK;
    s->live->ring.fresh = 0;
    t.logdf = cs->logdf;
    t.anchor = cs->anchor;
    t.logn1 = log((double)cs->ndocs + 1.0) + 1.0;
    t.min_own = cs->o.split_min_own;
    t.apart_days = cs->o.date_split ? CLUSTER_DATE_SPLIT_DAYS : 0;
    if (!split_decide(&s->live->ring, &t, move))
        return TD_OK;
    return split_story(cs, idx, move);
}

void cluster_take_moves(struct cluster_state *cs, const struct cluster_move **moves, size_t *n)
{
    *moves = cs->moves;
    *n = cs->nmoves;
}

/* Whether the document just added ends a merge interval. */
static bool pass_due(const struct cluster_state *cs)
{
    return cs->o.merge_every_docs > 0 && cs->ndocs % cs->o.merge_every_docs == 0;
}

/* Starts the next merge interval: no story changed in it yet. */
static void next_interval(struct cluster_state *cs)
{
    cs->nchanged = cs->next_changed = 0;
    cs->npass++;
    cs->pass_at = cs->ndocs;
}

/*
 * The lasting effects of a pass that merged and split nothing: the stories
 * it looked at (split_one()) start counting new members again, and the
 * interval ends. A pass that changed nothing did only this (its candidate
 * searches and split tests wrote scratch space alone).
 */
static void quiet_pass(struct cluster_state *cs)
{
    size_t i;

    for (i = 0; i < cs->nchanged && cs->o.split_min_own > 0; i++) {
        struct story *s = live_story(cs, root(cs, cs->changed[i]));
        if (s != NULL && s->live != NULL && split_ring_due(&s->live->ring))
            s->live->ring.fresh = 0;
    }
    next_interval(cs);
}

/*
 * The merge pass: each story changed since the last pass, newest first, may
 * merge once; then the split pass. A lone report compared in it with an
 * event of two happenings, which the split pass then cut, met that event's
 * mixed centroid: when the split pass cut anything, each story of the pass
 * still of one article looks once more, at the cut events that came before
 * it, as a first flash looks at the event of its later reports (late_pair():
 * the same bar, and the same storyline fold when their storylines differ).
 */
static enum td_err merge_pass(struct cluster_state *cs)
{
    uint32_t todo[CLUSTER_MERGE_CHANGED];
    size_t i, n = cs->nchanged;

    for (i = 0; i < n; i++)
        todo[i] = cs->changed[(cs->next_changed + CLUSTER_MERGE_CHANGED - 1 - i) %
                              CLUSTER_MERGE_CHANGED];
    next_interval(cs);
    cs->nearly = 0;
    cs->nstray = 0;
    for (i = 0; i < n; i++)
        if (merge_one(cs, todo[i], false) != TD_OK)
            return TD_ERR_NOMEM;
    if (move_strays(cs) != TD_OK)
        return TD_ERR_NOMEM;
    for (i = 0; i < n && cs->o.split_min_own > 0; i++)
        if (split_one(cs, root(cs, todo[i])) != TD_OK)
            return TD_ERR_NOMEM;
    for (i = 0; i < n && cs->nmoves > 0; i++) {
        struct story *s = live_story(cs, todo[i]);
        if (s != NULL && s->size == 1 && merge_one(cs, todo[i], true) != TD_OK)
            return TD_ERR_NOMEM;
    }
    return TD_OK;
}

enum td_err cluster_settle(struct cluster_state *cs, bool *ran, struct td_error *err)
{
    cs->nmerged = cs->nmoves = 0;
    *ran = cs->o.merge_every_docs > 0 && cs->ndocs != cs->pass_at;
    if (*ran && merge_pass(cs) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while merging events");
    return TD_OK;
}

void cluster_take_merges(struct cluster_state *cs, const int64_t **from, const int64_t **into,
                         size_t *n)
{
    *from = cs->merged_from;
    *into = cs->merged_into;
    *n = cs->nmerged;
}

int64_t cluster_resolve(const struct cluster_state *cs, int64_t story)
{
    if (story < 1 || (uint64_t)story > cs->nst)
        return story;
    return (int64_t)root(cs, (size_t)story - 1) + 1;
}

enum td_err cluster_mixed(struct cluster_state *cs, int64_t a, int64_t b, bool *mixed)
{
    int64_t ra = cluster_resolve(cs, a), rb = cluster_resolve(cs, b);
    size_t side;

    *mixed = false;
    if (ra < 1 || rb < 1 || (uint64_t)ra > cs->nst || (uint64_t)rb > cs->nst || ra == rb)
        return TD_OK;
    /*
     * A paged-out story is retired, so not live: never mixed (told_mixed()).
     * The storyline re-check asks of every event of a storyline, the old
     * ones too, whose records may have left memory.
     */
    if (!resident(cs, (size_t)ra - 1) || !resident(cs, (size_t)rb - 1))
        return TD_OK;
    return told_mixed(cs, (size_t)ra - 1, (size_t)rb - 1, log((double)cs->ndocs + 1.0) + 1.0, mixed,
                      &side, NULL);
}

/* Adds the prepared document to story index `best` (SIZE_MAX: a new story). */
static enum td_err finish(struct cluster_state *cs, const struct cluster_doc *doc, size_t best,
                          double score, int64_t *story_out, double *score_out,
                          struct td_error *err)
{
    if (best == SIZE_MAX) {
        best = cs->nst;
        score = 0.0;
    }
    cs->joined = best + 1;
    if (join(cs, best, doc) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while clustering");
    if (pass_due(cs) && merge_pass(cs) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while merging events");
    *story_out = cluster_resolve(cs, (int64_t)best + 1);
    /* The split pass may have moved this very document. */
    for (size_t i = 0; i < cs->nmoves; i++)
        if (cs->moves[i].doc == cs->ndocs)
            *story_out = cs->moves[i].into;
    if (score_out != NULL)
        *score_out = score;
    return TD_OK;
}

/*
 * Notes the candidate in the document's own known language nearest by the
 * cosine without time damping (cluster_last_recalled()); ties go to the
 * earlier candidate of the shortlist.
 */
static void note_recalled(struct cluster_state *cs, const struct cluster_doc *doc)
{
    double qnorm = 0.0, best = 0.0;
    size_t i;

    cs->recalled = 0;
    if (!doc->want_recalled || doc->lang == 0)
        return;
    for (i = 0; i < cs->ndt; i++)
        qnorm += (double)cs->dt[i].q * cs->dt[i].q;
    qnorm = sqrt(qnorm);
    for (i = 0; i < cs->ncand; i++) {
        const struct story *s = story_at(cs, cs->cand[i]);
        double c;
        if (s->lang != doc->lang || (c = cosine(cs, s, qnorm, false)) <= best)
            continue;
        best = c;
        cs->recalled = cs->cand[i] + 1;
    }
    cs->recalled_cos = best;
}

enum td_err cluster_assign(struct cluster_state *cs, const struct cluster_doc *in,
                           int64_t *story_out, double *score_out, struct td_error *err)
{
    size_t i, best = SIZE_MAX;
    double best_score = 0.0, qnorm = 0.0, xnorm = 0.0;
    struct cluster_doc d = dated(cs, in);
    const struct cluster_doc *doc = &d;

    cs->nmerged = cs->nmoves = 0;
    cs->nearest = cs->recalled = 0;
    if (prepare(cs, doc) != TD_OK || collect(cs, doc) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while clustering");
    shortlist(cs);
    if (cs->o.model != NULL) {
        best = choose_learned(cs, doc, in->has_date || (cs->o.follow_clock && doc->has_date),
                              &best_score);
        if (best == SIZE_MAX)
            note_recalled(cs, doc);
        return finish(cs, doc, best, best_score, story_out, score_out, err);
    }
    for (i = 0; i < cs->ndt; i++) {
        double q2 = (double)cs->dt[i].q * cs->dt[i].q;
        qnorm += q2;
        if (xl_term(cs, cs->dt[i].id))
            xnorm += q2;
    }
    qnorm = sqrt(qnorm);
    xnorm = sqrt(xnorm);
    for (i = 0; i < cs->ncand; i++) {
        const struct story *s = story_at(cs, cs->cand[i]);
        double score = similarity(cs, s, doc, qnorm, xnorm) * time_decay(cs, s, doc);
        if (score > best_score) {
            best_score = score;
            best = cs->cand[i];
        }
    }
    note_nearest(cs, best, doc, best_score);
    if (best_score < cs->o.threshold) {
        best = SIZE_MAX;
        note_recalled(cs, doc);
    }
    return finish(cs, doc, best, best_score, story_out, score_out, err);
}

enum td_err cluster_add(struct cluster_state *cs, const struct cluster_doc *in, int64_t story,
                        struct td_error *err)
{
    struct cluster_doc d;
    const struct cluster_doc *doc = &d;
    enum td_err rc;

    if (story < 1 || (uint64_t)story > MAX_STORIES)
        return td_error_set(err, TD_ERR_INVALID, "story id %lld out of range", (long long)story);
    d = dated(cs, in);
    if (prepare(cs, doc) != TD_OK || ensure_story(cs, (size_t)story - 1) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while clustering");
    cs->joined = root(cs, (size_t)story - 1) + 1;
    cs->nearest = cs->recalled = 0;
    /* A copy of an article of a long-retired story reads its record back. */
    if ((rc = page_in(cs, cs->joined - 1)) != TD_OK)
        return td_error_set(err, rc, "cannot read back the record of story %zu", cs->joined);
    if (join(cs, cs->joined - 1, doc) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while clustering");
    /*
     * No pass here (a copy runs none, and older stored ids already carry
     * the merges the live stream made), but the interval ends where it
     * would have, as after a pass that changed nothing.
     */
    if (pass_due(cs))
        quiet_pass(cs);
    return TD_OK;
}

int64_t cluster_last_nearest(const struct cluster_state *cs)
{
    if (cs->nearest == 0 || cs->nearest > cs->nst || cs->joined == 0 ||
        cs->nearest_cos < CLUSTER_NEAREST_COS)
        return 0;
    if (root(cs, cs->nearest - 1) == root(cs, cs->joined - 1))
        return 0;
    return (int64_t)root(cs, cs->nearest - 1) + 1;
}

int64_t cluster_last_recalled(const struct cluster_state *cs, double *cos)
{
    *cos = 0.0;
    if (cs->recalled == 0 || cs->recalled > cs->nst || cs->joined == 0 ||
        root(cs, cs->recalled - 1) == root(cs, cs->joined - 1))
        return 0;
    *cos = cs->recalled_cos;
    return (int64_t)root(cs, cs->recalled - 1) + 1;
}

int64_t cluster_last_joined(const struct cluster_state *cs)
{
    return (int64_t)cs->joined;
}

enum td_err cluster_replay(struct cluster_state *cs, const struct cluster_doc *in, int64_t joined,
                           bool changed, int64_t *story_out, struct td_error *err)
{
    struct cluster_doc d;
    const struct cluster_doc *doc = &d;
    enum td_err rc;

    /*
     * Live, the joined story was a candidate (a story in the pool, never a
     * merged one) or the next new story; anything else cannot come from a
     * replay of what this state's stream stored.
     */
    if (joined < 1 || (uint64_t)joined > cs->nst + 1 ||
        ((uint64_t)joined <= cs->nst && root(cs, (size_t)joined - 1) != (size_t)joined - 1))
        return td_error_set(err, TD_ERR_INVALID, "story id %lld cannot be replayed here",
                            (long long)joined);
    d = dated(cs, in);
    cs->nmerged = cs->nmoves = 0;
    cs->nearest = cs->recalled = 0;
    if (prepare(cs, doc) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while clustering");
    /* Live, it was in the pool, so in memory; a store from elsewhere may say otherwise. */
    if ((uint64_t)joined <= cs->nst && (rc = page_in(cs, (size_t)joined - 1)) != TD_OK)
        return td_error_set(err, rc, "cannot read back the record of story %lld",
                            (long long)joined);
    /* The rest is what cluster_assign() did once it had chosen: the same join and passes. */
    if (changed || !pass_due(cs))
        return finish(cs, doc, (size_t)joined - 1, 0.0, story_out, NULL, err);
    cs->joined = (size_t)joined;
    if (join(cs, (size_t)joined - 1, doc) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while clustering");
    quiet_pass(cs);
    *story_out = joined;
    return TD_OK;
}

enum td_err cluster_observe(struct cluster_state *cs, const struct cluster_doc *in,
                            int64_t story, cluster_visit_fn fn, void *ctx, struct td_error *err)
{
    double f[MF_COUNT];
    struct qnorms qn;
    struct cluster_doc d;
    const struct cluster_doc *doc = &d;
    size_t i;

    if (story < 1 || (uint64_t)story > MAX_STORIES)
        return td_error_set(err, TD_ERR_INVALID, "story id %lld out of range", (long long)story);
    d = dated(cs, in);
    /* Training sees every feature; a state is used either to train or to assign. */
    cs->all_features = true;
    if (prepare(cs, doc) != TD_OK || collect(cs, doc) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while clustering");
    shortlist(cs);
    doc_norms(cs, &qn);
    doc_scatter(cs, true);
    for (i = 0; i < cs->ncand; i++) {
        features(cs, cs->cand[i], doc, &qn, f);
        fn(ctx, (int64_t)cs->cand[i] + 1, f);
    }
    doc_scatter(cs, false);
    if (join(cs, (size_t)story - 1, doc) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while clustering");
    return TD_OK;
}

/* Heap bytes of the per-term arrays (indexed by term id) besides the dictionary. */
static size_t term_array_bytes(const struct cluster_state *cs)
{
    return cs->cap_df * sizeof(*cs->df) + cs->cap_anchor * sizeof(*cs->anchor) +
           cs->cap_logdf * sizeof(*cs->logdf) + cs->cap_qw * sizeof(*cs->qw) +
           cs->cap_post * sizeof(*cs->post) + cs->cap_apost * sizeof(*cs->apost) +
           cs->cap_lpost * sizeof(*cs->lpost) + cs->cap_seen * sizeof(*cs->seen) +
           cs->cap_free * sizeof(*cs->free_ids) + cs->cap_idbits * sizeof(*cs->idbits) +
           cs->cap_idsum * sizeof(*cs->idsum) + cs->cap_at_id * sizeof(*cs->at_id);
}

/* Heap bytes of what a resident story holds beyond its record (centroid; sketches, ring). */
static size_t story_extra_bytes(const struct story *s)
{
    size_t bytes = (size_t)s->c.n * (sizeof(*s->c.ids) + sizeof(*s->c.w));

    if (s->live == NULL)
        return bytes;
    bytes += sizeof(*s->live) + (size_t)s->live->ring.cap * sizeof(*s->live->ring.m);
    if (s->live->mem != NULL)
        bytes += MEMBER_SKETCHES * sizeof(*s->live->mem);
    return bytes;
}

/* Reports the resident story blocks: their records and what the stories hold. */
static void stories_mem(const struct cluster_state *cs, td_mem_row_fn fn, void *ctx)
{
    size_t b, i, n = 0, bytes = cs->cap_blk * sizeof(*cs->blk) + cs->cap_pool * sizeof(*cs->pool);

    for (b = 0; b < cs->nblk; b++) {
        if (cs->blk[b] == NULL)
            continue;
        bytes += sizeof(*cs->blk[b]);
        for (i = 0; i < BLOCK_STORIES && (b << BLOCK_SHIFT) + i < cs->nst; i++, n++)
            bytes += story_extra_bytes(&cs->blk[b]->s[i]);
    }
    fn(ctx, "events: stories in memory", n, bytes);
}

void cluster_mem(const struct cluster_state *cs, td_mem_row_fn fn, void *ctx)
{
    size_t i, n = 0, bytes = 0, slots = cs->nterms;

    fn(ctx, "events: term dictionary", cs->dict.n, map64_bytes(&cs->dict) + term_array_bytes(cs));
    for (i = 0; i < slots && i < cs->cap_post && i < cs->cap_apost && i < cs->cap_lpost; i++) {
        n += cs->post[i].n + cs->apost[i].n + cs->lpost[i].n;
        bytes += (size_t)(cs->post[i].cap + cs->apost[i].cap + cs->lpost[i].cap) * sizeof(uint32_t);
    }
    fn(ctx, "events: postings", n, bytes);
    stories_mem(cs, fn, ctx);
    fn(ctx, "events: merged links of paged-out stories", cs->paged_merged.n,
       map64_bytes(&cs->paged_merged));
    fn(ctx, "events: scratch", 0,
       (cs->cap_dt + cs->cap_dt_tmp) * sizeof(*cs->dt) + cs->cap_order * sizeof(*cs->order) +
           cs->cap_cand * sizeof(*cs->cand) + (cs->cap_mw + cs->cap_mw2) * sizeof(*cs->mw) +
           cs->cap_pick * sizeof(*cs->pick) + cs->cap_pageable * sizeof(*cs->pageable) +
           (cs->cap_merged_from + cs->cap_merged_into) * sizeof(int64_t) +
           cs->cap_moves * sizeof(*cs->moves));
}
