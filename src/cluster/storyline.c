/*
 * storyline.c - the storyline level: events linked through shared names
 * (see storyline.h for the model).
 *
 * Names get dense ids on first sight, as terms do in cluster.c, so that
 * document frequencies and postings are plain arrays. A storyline keeps a
 * profile: the sum of its articles' unit-length sublinear name vectors,
 * sorted by name id and pruned to the heaviest `profile_terms`. IDF is
 * applied when comparing, so profiles never go stale as frequencies grow.
 * `sdf` counts, per name, the live profiles holding it (kept as profiles
 * gain, prune, retire and move), for the rare-name rule (links()). A
 * profile also keeps the dated span of its articles, for the time check of
 * a one-name link (near_in_time()), the main countries its articles name
 * (main_country()) and, while it holds one event, that event.
 * A periodic sweep retires long-idle storylines and forgets the names
 * nothing active uses, so memory follows the recent stream (sweep()).
 */
#include "cluster/postings.h"
#include "cluster/storyline.h"

#include <math.h>
#include <string.h>

#include "core/alloc.h"
#include "core/map64.h"
#include "core/sort.h"

#define MAX_IDS ((int64_t)1 << 31)
/*
 * The high bit of an event's entry in `ev_story` (storyline ids are under
 * MAX_IDS): the event is a follower, one whose first article gave fewer
 * than `recheck_names` names and joined a storyline that existed. A fold
 * (storyline_alone()) does not count followers: they go along with the
 * storyline's event.
 */
#define EV_FOLLOWER 0x80000000u

/* Countries a profile counts; later ones are not counted once all are taken. */
#define LINE_COUNTRIES 4
/* Names its articles gave only in a back-reference clause, kept for the re-check (recheck()). */
#define LINE_RECALLED 4

struct profile {
    uint32_t *ids;  /* name ids, increasing */
    float *w;       /* summed unit weights */
    uint32_t n;
    uint32_t last_doc; /* articles seen before its latest one (low 32 bits) */
    bool retired;      /* out of the candidates, profile freed (see `sweep_docs`) */
    bool in_pool;      /* listed in `pool` */
    uint32_t stamp, hits; /* candidate collection: round last seen in, postings hits in it */
    /* Decided again (storyline.h): its only event while it may still move, else 0. */
    uint32_t young_event;
    uint32_t born;     /* articles seen before the event's first one (low 32 bits) */
    uint32_t checks;   /* re-checks left */
    /* The span of its dated articles (Unix seconds), when `dated`; an undated one adds nothing. */
    int64_t first_at, last_at;
    bool dated;
    /* Its event while it holds one (a back-reference may move it), else 0; `has_event` once any. */
    uint32_t only_event;
    bool has_event;
    /* The main countries of its articles (storyline_doc `country`) and how many name each. */
    uint16_t ctry[LINE_COUNTRIES];
    uint16_t nctry[LINE_COUNTRIES];
    uint32_t recalled[LINE_RECALLED]; /* the first such names of its articles, `nrecalled` */
    uint8_t nrecalled;
};

/*
 * Profiles in blocks of LINE_BLOCK consecutive ids. A retired profile holds
 * nothing (no names, no count; its `last_doc` is set again when it comes
 * back), so a block whose storylines have all retired is freed at the
 * sweep and stands for that many retired profiles (NULL in `blk`); one of
 * them coming back makes the block again (block_of()). What stays in
 * memory follows the storylines in use, not every one ever made.
 */
#define LINE_SHIFT 6
#define LINE_BLOCK ((size_t)1 << LINE_SHIFT)
#define LINE_MASK (LINE_BLOCK - 1)

struct line_block {
    struct profile p[LINE_BLOCK];
    uint32_t nlive; /* profiles of the block not retired */
};

/* How the scratch article meets one candidate storyline (similarity()). */
struct match {
    double score;      /* IDF-weighted cosine */
    double rare_share; /* share of the article's squared weight on the names only it holds,
                        * outside the article's clauses */
    size_t shared;     /* names in common */
    size_t rare;       /* of which only this storyline holds */
    size_t rare_own;   /* of those, the ones the article gives outside its clauses */
    size_t recalled;   /* names in common that the article gives only in its clauses */
    bool main_held;    /* the candidate's heaviest name is the query's main name (holds_main()) */
    double rare_top;   /* the largest squared unit weight in the article of such a name */
    size_t title_rare; /* of the rare ones, those the headline names too */
    double own_score;  /* the cosine without the article's clause names (recalled_only()) */
    double pnorm;      /* the candidate's length (IDF-weighted) */
};

/* One name of the current article. */
struct dname {
    uint32_t id;
    float a;  /* unit-length sublinear weight */
    float q;  /* a * idf */
};

struct storyline_state {
    struct storyline_opts o;
    struct td_map64 dict;    /* name hash -> name id */
    uint32_t *df;            /* per name id: articles naming it */
    uint32_t *sdf;           /* per name id: live profiles that hold it */
    struct postings *post;   /* per name id */
    size_t nnames, cap_df, cap_sdf, cap_post;
    uint32_t *seen;          /* per name id: articles seen before its latest one (low 32 bits) */
    uint32_t *free_ids;      /* forgotten name ids, reused before new ones (`nfree` of them) */
    size_t cap_seen, nfree, cap_free, nretired;
    struct line_block **blk; /* storyline id = index + 1, in block index >> LINE_SHIFT */
    size_t nln, nblk, cap_blk, ndropped;
    uint32_t *pool;          /* the storylines not retired: what the sweeps look at */
    size_t npool, cap_pool;
    uint32_t *ev_story;      /* per event index: its storyline id (< MAX_IDS), 0 while unknown */
    size_t nev, cap_ev;
    uint64_t ndocs;
    int64_t clock_at;        /* the newest date seen (Unix seconds), when `has_clock` */
    bool has_clock;
    /* Scratch space reused for every article; `at` is its time, when `at_known`. */
    int64_t at;
    bool at_known;
    struct dname *dn;
    size_t ndn, cap_dn;
    uint32_t tid[STORYLINE_TITLE_NAMES]; /* the ids of the headline's names already known */
    size_t ntid;
    uint32_t cid[STORYLINE_CLAUSE_NAMES]; /* the ids of its clause names already known */
    size_t ncid;
    uint16_t country;        /* its main country (storyline_doc), 0: none */
    bool rechecking;         /* the query is a storyline's own profile, which holds all
                              * its names (recheck()) */
    bool main_known;         /* a re-check's query has a main name, `main_id` (recheck()) */
    uint32_t main_id;
    int64_t near_story;      /* its nearest event's storyline (storyline_doc), 0: none */
    int64_t text_story;      /* its nearest event by text's storyline (storyline_doc), 0: none */
    double text_score;       /* that cosine */
    uint32_t cur;            /* the candidate round (see `struct profile` `stamp`) */
    uint32_t *cand;
    size_t ncand, cap_cand;
    struct storyline_move last_move; /* what the last storyline_place() moved */
    bool moved;
    storyline_apart_fn apart; /* the re-check's question (storyline_set_apart()), or NULL */
    void *apart_ctx;
};

/* The profile of storyline index `idx`, whose block is in memory. */
static inline struct profile *line_at(const struct storyline_state *sl, size_t idx)
{
    return &sl->blk[idx >> LINE_SHIFT]->p[idx & LINE_MASK];
}

/* Whether storyline index `idx` is retired (its block may have been freed). */
static inline bool line_retired(const struct storyline_state *sl, size_t idx)
{
    const struct line_block *b = sl->blk[idx >> LINE_SHIFT];

    return b == NULL || b->p[idx & LINE_MASK].retired;
}

enum td_err storyline_new(const struct storyline_opts *opts, struct storyline_state **out,
                          struct td_error *err)
{
    static const struct storyline_opts defaults = STORYLINE_OPTS_INIT;
    struct storyline_state *sl = td_calloc(1, sizeof(*sl));

    if (sl == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    sl->o = opts != NULL ? *opts : defaults;
    if (sl->o.profile_terms == 0)
        sl->o.profile_terms = defaults.profile_terms;
    map64_init(&sl->dict);
    *out = sl;
    return TD_OK;
}

void storyline_free(struct storyline_state *sl)
{
    size_t i;

    if (sl == NULL)
        return;
    for (i = 0; i < sl->nln; i++) {
        if (sl->blk[i >> LINE_SHIFT] == NULL)
            continue;
        td_free(line_at(sl, i)->ids);
        td_free(line_at(sl, i)->w);
    }
    for (i = 0; i < sl->nblk; i++)
        td_free(sl->blk[i]);
    td_free(sl->blk);
    for (i = 0; i < sl->nnames; i++)
        td_free(sl->post[i].v);
    map64_release(&sl->dict);
    td_free(sl->seen);
    td_free(sl->free_ids);
    td_free(sl->df);
    td_free(sl->sdf);
    td_free(sl->post);
    td_free(sl->pool);
    td_free(sl->ev_story);
    td_free(sl->dn);
    td_free(sl->cand);
    td_free(sl);
}

size_t storyline_count(const struct storyline_state *sl)
{
    return sl->nln;
}

size_t storyline_active_count(const struct storyline_state *sl)
{
    return sl->nln - sl->nretired;
}

size_t storyline_resident_count(const struct storyline_state *sl)
{
    return (sl->nblk - sl->ndropped) * LINE_BLOCK;
}

size_t storyline_name_count(const struct storyline_state *sl)
{
    return sl->dict.n;
}

size_t storyline_name_slots(const struct storyline_state *sl)
{
    return sl->nnames;
}

int64_t storyline_story_of(const struct storyline_state *sl, int64_t event)
{
    if (event < 1 || (uint64_t)event > sl->nev)
        return 0;
    return sl->ev_story[event - 1] & ~EV_FOLLOWER;
}

/* The storyline of event index `i` (known), without its follower bit. */
static uint32_t story_bits(const struct storyline_state *sl, size_t i)
{
    return sl->ev_story[i] & ~EV_FOLLOWER;
}

/* Whether event index `i` (known) is a follower (EV_FOLLOWER). */
static bool follower(const struct storyline_state *sl, size_t i)
{
    return (sl->ev_story[i] & EV_FOLLOWER) != 0;
}

/*
 * Returns the id of name hash `h`, creating it (df 0) on first sight, under
 * a forgotten id when there is one; notes that it was seen.
 */
static enum td_err name_id(struct storyline_state *sl, uint64_t h, uint32_t *id_out)
{
    uint32_t *slot, fresh = sl->nfree > 0 ? sl->free_ids[sl->nfree - 1] : (uint32_t)sl->nnames;
    bool added;
    size_t need = sl->nnames + 1;

    /* Room first, so a failure leaves the dictionary and the arrays in step. */
    if (td_grow((void **)&sl->df, &sl->cap_df, need, sizeof(*sl->df)) != TD_OK ||
        td_grow((void **)&sl->sdf, &sl->cap_sdf, need, sizeof(*sl->sdf)) != TD_OK ||
        td_grow((void **)&sl->seen, &sl->cap_seen, need, sizeof(*sl->seen)) != TD_OK ||
        td_grow((void **)&sl->post, &sl->cap_post, need, sizeof(*sl->post)) != TD_OK ||
        map64_upsert(&sl->dict, h, fresh, &slot, &added) != TD_OK)
        return TD_ERR_NOMEM;
    if (added) {
        sl->df[fresh] = 0;
        sl->sdf[fresh] = 0;
        memset(&sl->post[fresh], 0, sizeof(*sl->post));
        if (sl->nfree > 0)
            sl->nfree--;
        else
            sl->nnames++;
    }
    sl->seen[*slot] = (uint32_t)sl->ndocs;
    *id_out = *slot;
    return TD_OK;
}

/* The inverse document frequency of name `id` under the current counts. */
static double idf(const struct storyline_state *sl, uint32_t id)
{
    return log(((double)sl->ndocs + 1.0) / ((double)sl->df[id] + 1.0)) + 1.0;
}

/* ---- Retiring storylines and forgetting names (see `sweep_docs`) ---- */

/* Whether the article just counted starts a sweep. */
static bool sweep_due(const struct storyline_state *sl)
{
    return sl->o.sweep_docs > 0 && sl->o.idle_docs > 0 && sl->ndocs % sl->o.sweep_docs == 0;
}

/* Articles seen after the one noted as `before` (articles seen before it). */
static uint32_t since(const struct storyline_state *sl, uint32_t before)
{
    return (uint32_t)sl->ndocs - before - 1;
}

/*
 * Frees the blocks whose storylines have all retired, once no storyline can
 * be made in them any more. Run after retire_idle(), which took the retired
 * ones out of `pool`; the postings reach them through line_retired() only.
 */
static void drop_blocks(struct storyline_state *sl)
{
    size_t b;

    for (b = 0; (b + 1) << LINE_SHIFT <= sl->nln; b++) {
        if (sl->blk[b] == NULL || sl->blk[b]->nlive > 0)
            continue;
        TD_FREE(sl->blk[b]);
        sl->ndropped++;
    }
}

/* Frees the names of profile `p`, which no longer holds them (`sdf`). */
static void release_profile(struct storyline_state *sl, struct profile *p)
{
    uint32_t j;

    for (j = 0; j < p->n; j++)
        sl->sdf[p->ids[j]]--;
    TD_FREE(p->ids);
    TD_FREE(p->w);
    p->n = 0;
    p->dated = false;
    memset(p->ctry, 0, sizeof(p->ctry));
    memset(p->nctry, 0, sizeof(p->nctry));
    p->nrecalled = 0;
}

/*
 * Retires the storylines idle for `idle_docs` articles, freeing their
 * profiles; they leave `pool`, so a sweep looks at the storylines in use,
 * not at every one ever made.
 */
static void retire_idle(struct storyline_state *sl)
{
    size_t i, n = 0;

    for (i = 0; i < sl->npool; i++) {
        struct profile *p = line_at(sl, sl->pool[i]);
        struct line_block *b = sl->blk[sl->pool[i] >> LINE_SHIFT];
        if (since(sl, p->last_doc) < sl->o.idle_docs) {
            sl->pool[n++] = sl->pool[i];
            continue;
        }
        release_profile(sl, p);
        p->retired = true;
        p->in_pool = false;
        sl->nretired++;
        b->nlive--;
    }
    sl->npool = n;
    drop_blocks(sl);
}

/* Whether name `id` may be forgotten now; `mark` holds the names of active profiles. */
static bool forgettable(const struct storyline_state *sl, uint32_t id, const uint8_t *mark)
{
    const struct postings *p = &sl->post[id];
    uint32_t j;

    if (mark[id] || since(sl, sl->seen[id]) < sl->o.idle_docs ||
        (sl->o.forget_max_df > 0 && sl->df[id] > sl->o.forget_max_df))
        return false;
    for (j = 0; j < p->n; j++)
        if (!line_retired(sl, p->v[j]))
            return false;
    return true;
}

/* What forget() hands map64_drop_if(). */
struct forget_ctx {
    const struct storyline_state *sl;
    const uint8_t *mark;
};

static bool drop_name(void *ctx, uint32_t id)
{
    const struct forget_ctx *f = ctx;

    return forgettable(f->sl, id, f->mark);
}

/*
 * Puts the forgettable names on the free list and rebuilds the dictionary
 * from the others; on failure nothing is forgotten.
 */
static enum td_err forget(struct storyline_state *sl)
{
    uint8_t *mark = td_calloc(sl->nnames > 0 ? sl->nnames : 1, 1);
    struct forget_ctx f = {sl, mark};
    size_t i, ngone = 0;
    enum td_err rc = TD_ERR_NOMEM;
    uint32_t j;

    if (mark == NULL || td_grow((void **)&sl->free_ids, &sl->cap_free, sl->nfree + sl->dict.n + 1,
                                sizeof(*sl->free_ids)) != TD_OK)
        goto out;
    /* Retired storylines have no profile: the pool's are all there is to mark. */
    for (i = 0; i < sl->npool; i++)
        for (j = 0; j < line_at(sl, sl->pool[i])->n; j++)
            mark[line_at(sl, sl->pool[i])->ids[j]] = 1;
    if (map64_drop_if(&sl->dict, drop_name, &f, sl->free_ids + sl->nfree, &ngone) != TD_OK)
        goto out;
    for (i = sl->nfree; i < sl->nfree + ngone; i++) {
        TD_FREE(sl->post[sl->free_ids[i]].v);
        memset(&sl->post[sl->free_ids[i]], 0, sizeof(*sl->post));
        sl->df[sl->free_ids[i]] = 0;
    }
    sl->nfree += ngone;
    rc = TD_OK;
out:
    td_free(mark);
    return rc;
}

/*
 * The sweep: idle storylines retire, then the names nothing active uses
 * are forgotten. Run at fixed article counts, so a replay does what the
 * uninterrupted stream did.
 */
static enum td_err sweep(struct storyline_state *sl)
{
    retire_idle(sl);
    return forget(sl);
}

/*
 * Notes the time of the article: its date, or with `single_undated_now` the
 * newest date the stream has seen (an undated item in a feed arrives now);
 * a stream with no dates at all leaves it unknown. The replay reads the
 * same articles in the same order, so it keeps the same clock.
 */
static void note_time(struct storyline_state *sl, const struct storyline_doc *doc)
{
    if (doc->has_date) {
        if (!sl->has_clock || doc->published_at > sl->clock_at)
            sl->clock_at = doc->published_at;
        sl->has_clock = true;
    }
    sl->at_known = doc->has_date || (sl->o.single_undated_now && sl->has_clock);
    sl->at = doc->has_date ? doc->published_at : sl->clock_at;
}

/*
 * Loads `doc` into the scratch array, counts it in the document
 * frequencies and computes its weights; leaves `dn` sorted by name id.
 */
static enum td_err prepare(struct storyline_state *sl, const struct storyline_doc *doc)
{
    size_t i;
    double norm = 0.0;

    if (td_grow((void **)&sl->dn, &sl->cap_dn, doc->n + 1, sizeof(*sl->dn)) != TD_OK)
        return TD_ERR_NOMEM;
    for (i = 0; i < doc->n; i++) {
        if (name_id(sl, doc->names[i], &sl->dn[i].id) != TD_OK)
            return TD_ERR_NOMEM;
        sl->dn[i].a = 1.0f + logf((float)doc->counts[i]);
        norm += (double)sl->dn[i].a * sl->dn[i].a;
    }
    sl->ndn = doc->n;
    sl->ntid = 0;
    for (i = 0; i < doc->ntitle && i < STORYLINE_TITLE_NAMES; i++) {
        const uint32_t *id = map64_get(&sl->dict, doc->title_names[i]);
        if (id != NULL)
            sl->tid[sl->ntid++] = *id;
    }
    sl->ncid = 0;
    for (i = 0; i < doc->nclause && i < STORYLINE_CLAUSE_NAMES; i++) {
        const uint32_t *id = map64_get(&sl->dict, doc->clause_names[i]);
        if (id != NULL)
            sl->cid[sl->ncid++] = *id;
    }
    sl->country = doc->country;
    sl->near_story = doc->near_story;
    sl->text_story = doc->text_story;
    sl->text_score = doc->text_score;
    sl->ndocs++;
    note_time(sl, doc);
    if (sweep_due(sl) && sweep(sl) != TD_OK)
        return TD_ERR_NOMEM;
    norm = norm > 0 ? sqrt(norm) : 1.0;
    for (i = 0; i < sl->ndn; i++) {
        struct dname *d = &sl->dn[i];
        sl->df[d->id]++;
        d->a = (float)(d->a / norm);
        d->q = d->a * (float)idf(sl, d->id);
    }
    TD_SHELL_SORT(struct dname, sl->dn, sl->ndn, b.id < a.id);
    return TD_OK;
}

/*
 * Creates storylines until index `idx` exists, and makes its block again
 * when it was freed (all its profiles retired and empty, as they were).
 */
static enum td_err ensure_line(struct storyline_state *sl, size_t idx)
{
    size_t nb = (idx >> LINE_SHIFT) + 1, b, i;

    if (idx < sl->nln) {
        b = idx >> LINE_SHIFT;
        if (sl->blk[b] != NULL)
            return TD_OK;
        if ((sl->blk[b] = td_calloc(1, sizeof(**sl->blk))) == NULL)
            return TD_ERR_NOMEM;
        /* Which events they hold is forgotten: none counts as holding one event alone. */
        for (i = 0; i < LINE_BLOCK; i++) {
            sl->blk[b]->p[i].retired = true;
            sl->blk[b]->p[i].has_event = true;
        }
        sl->ndropped--;
        return TD_OK;
    }
    if (td_grow((void **)&sl->blk, &sl->cap_blk, nb, sizeof(*sl->blk)) != TD_OK)
        return TD_ERR_NOMEM;
    for (; sl->nblk < nb; sl->nblk++)
        if ((sl->blk[sl->nblk] = td_calloc(1, sizeof(**sl->blk))) == NULL)
            return TD_ERR_NOMEM;
    for (b = sl->nln >> LINE_SHIFT; b < nb; b++) {
        size_t lo = b << LINE_SHIFT, hi = lo + LINE_BLOCK;
        lo = lo > sl->nln ? lo : sl->nln;
        hi = hi < idx + 1 ? hi : idx + 1;
        sl->blk[b]->nlive += (uint32_t)(hi - lo);
    }
    sl->nln = idx + 1;
    return TD_OK;
}

/* Makes room for event `event` in the event table (a new entry is 0: no storyline). */
static enum td_err ensure_event(struct storyline_state *sl, int64_t event)
{
    size_t idx = (size_t)event - 1;

    if (idx < sl->nev)
        return TD_OK;
    if (td_grow((void **)&sl->ev_story, &sl->cap_ev, idx + 1, sizeof(*sl->ev_story)) != TD_OK)
        return TD_ERR_NOMEM;
    memset(&sl->ev_story[sl->nev], 0, (idx + 1 - sl->nev) * sizeof(*sl->ev_story));
    sl->nev = idx + 1;
    return TD_OK;
}

/*
 * Records that event `event` belongs to storyline `story`; `keep_young`: the
 * event is a follower (note_follower()), and a young storyline stays young.
 */
static enum td_err set_event(struct storyline_state *sl, int64_t event, int64_t story,
                             bool keep_young)
{
    size_t idx = (size_t)event - 1;

    if (ensure_event(sl, event) != TD_OK)
        return TD_ERR_NOMEM;
    sl->ev_story[idx] = (sl->ev_story[idx] & EV_FOLLOWER) | (uint32_t)story;
    /*
     * A second event in a young storyline: it is no longer one event's to
     * move, unless it is a follower (it goes along: move_line()).
     */
    if (!line_retired(sl, (size_t)story - 1)) {
        struct profile *p = line_at(sl, (size_t)story - 1);
        if (p->young_event != 0 && p->young_event != (uint32_t)event && !keep_young)
            p->young_event = 0;
    }
    if (sl->blk[((size_t)story - 1) >> LINE_SHIFT] != NULL) {
        struct profile *p = line_at(sl, (size_t)story - 1);
        p->only_event = !p->has_event || p->only_event == (uint32_t)event ? (uint32_t)event : 0;
        p->has_event = true;
    }
    return TD_OK;
}

/* The weight of the `keep`-th heaviest name (1 <= keep < p->n): the pruning cut. */
static float cut_weight(const struct profile *p, size_t keep, float *tmp)
{
    memcpy(tmp, p->w, p->n * sizeof(*tmp));
    TD_SHELL_SORT(float, tmp, p->n, b > a);
    return tmp[keep - 1];
}

/* Keeps the `keep` heaviest names of a profile, in id order. */
static enum td_err prune(struct storyline_state *sl, struct profile *p, size_t keep)
{
    float *tmp = td_malloc(p->n * sizeof(*tmp));
    float cut;
    uint32_t i, n = 0;

    if (tmp == NULL)
        return TD_ERR_NOMEM;
    cut = cut_weight(p, keep, tmp);
    td_free(tmp);
    for (i = 0; i < p->n && n < keep; i++) {
        if (p->w[i] >= cut) {
            p->ids[n] = p->ids[i];
            p->w[n++] = p->w[i];
        } else {
            sl->sdf[p->ids[i]]--;
        }
    }
    for (; i < p->n; i++)
        sl->sdf[p->ids[i]]--;
    p->n = n;
    return TD_OK;
}

/* Adds the scratch article to profile `p` (merge of two sorted lists). */
static enum td_err merge_profile(struct storyline_state *sl, struct profile *p)
{
    size_t cap = p->n + sl->ndn, i = 0, j = 0, n = 0;
    uint32_t *ids = td_malloc((cap + 1) * sizeof(*ids));
    float *w = td_malloc((cap + 1) * sizeof(*w));

    if (ids == NULL || w == NULL) {
        td_free(ids);
        td_free(w);
        return TD_ERR_NOMEM;
    }
    while (i < p->n || j < sl->ndn) {
        if (j >= sl->ndn || (i < p->n && p->ids[i] < sl->dn[j].id)) {
            ids[n] = p->ids[i];
            w[n++] = p->w[i++];
        } else if (i >= p->n || sl->dn[j].id < p->ids[i]) {
            ids[n] = sl->dn[j].id;
            sl->sdf[sl->dn[j].id]++;
            w[n++] = sl->dn[j++].a;
        } else {
            ids[n] = p->ids[i];
            w[n++] = p->w[i++] + sl->dn[j++].a;
        }
    }
    td_free(p->ids);
    td_free(p->w);
    p->ids = ids;
    p->w = w;
    p->n = (uint32_t)n;
    /* Prune only past twice the budget, so pruning cost is amortised. */
    return n > 2 * sl->o.profile_terms ? prune(sl, p, sl->o.profile_terms) : TD_OK;
}

/* Records storyline `idx` in the postings of the article's names. */
static enum td_err index_line(struct storyline_state *sl, uint32_t idx)
{
    size_t k;

    for (k = 0; k < sl->ndn; k++)
        if (postings_push(&sl->post[sl->dn[k].id], idx, sl->o.postings_scan) != TD_OK)
            return TD_ERR_NOMEM;
    return TD_OK;
}

/* Widens the dated span of `p` to hold `first`..`last` (Unix seconds). */
static void widen_span(struct profile *p, int64_t first, int64_t last)
{
    p->first_at = !p->dated || first < p->first_at ? first : p->first_at;
    p->last_at = !p->dated || last > p->last_at ? last : p->last_at;
    p->dated = true;
}

/* Counts `n` more articles of `p` whose main country is `code` (0: none, not counted). */
static void add_country(struct profile *p, uint16_t code, uint16_t n)
{
    size_t i;

    if (code == 0)
        return;
    for (i = 0; i < LINE_COUNTRIES; i++) {
        if (p->ctry[i] == code || p->ctry[i] == 0) {
            p->ctry[i] = code;
            uint32_t c = (uint32_t)p->nctry[i] + n;
            p->nctry[i] = c > UINT16_MAX ? UINT16_MAX : (uint16_t)c;
            return;
        }
    }
}

/* The country most articles of `p` name as their main one; 0 when none or two tie. */
static uint16_t main_country(const struct profile *p)
{
    uint16_t best = 0, most = 0;
    bool tie = false;
    size_t i;

    for (i = 0; i < LINE_COUNTRIES && p->ctry[i] != 0; i++) {
        if (p->nctry[i] > most) {
            best = p->ctry[i];
            most = p->nctry[i];
            tie = false;
        } else if (p->nctry[i] == most) {
            tie = true;
        }
    }
    return tie ? 0 : best;
}

/* Adds the article's clause names (`cid`) to those profile `p` keeps (LINE_RECALLED at most). */
static void note_recalled(const struct storyline_state *sl, struct profile *p)
{
    size_t i;

    for (i = 0; i < sl->ncid && p->nrecalled < LINE_RECALLED; i++)
        if (!td_u32_among(p->recalled, p->nrecalled, sl->cid[i]))
            p->recalled[p->nrecalled++] = sl->cid[i];
}

/*
 * Marks `event` a follower (EV_FOLLOWER) when it is new (`known` 0), its
 * first article gave fewer than `recheck_names` names and it joins a
 * storyline that exists (`joined`): live and in the replay alike, before
 * the article joins (join()). `*marked` tells whether it did.
 */
static enum td_err note_follower(struct storyline_state *sl, int64_t event, int64_t known,
                                 bool joined, size_t n, bool *marked)
{
    *marked = known == 0 && joined && n < sl->o.recheck_names;
    if (!*marked)
        return TD_OK;
    if (ensure_event(sl, event) != TD_OK)
        return TD_ERR_NOMEM;
    sl->ev_story[event - 1] |= EV_FOLLOWER;
    return TD_OK;
}

/* Adds the prepared article to storyline index `idx` and maps `event` to it. */
static enum td_err join(struct storyline_state *sl, size_t idx, int64_t event, bool dated)
{
    struct profile *p;

    if (ensure_line(sl, idx) != TD_OK || merge_profile(sl, line_at(sl, idx)) != TD_OK ||
        set_event(sl, event, (int64_t)idx + 1,
                  (size_t)event <= sl->nev && follower(sl, (size_t)event - 1)) != TD_OK)
        return TD_ERR_NOMEM;
    p = line_at(sl, idx);
    /* Back among the candidates, its profile started again from this article. */
    if (p->retired) {
        p->retired = false;
        sl->nretired--;
        sl->blk[idx >> LINE_SHIFT]->nlive++;
    }
    if (!p->in_pool) {
        if (td_grow((void **)&sl->pool, &sl->cap_pool, sl->npool + 1, sizeof(*sl->pool)) != TD_OK)
            return TD_ERR_NOMEM;
        sl->pool[sl->npool++] = (uint32_t)idx;
        p->in_pool = true;
    }
    p->last_doc = (uint32_t)sl->ndocs - 1;
    add_country(p, sl->country, 1);
    note_recalled(sl, p);
    /* Only a date of its own widens the span: a time taken from the stream's clock is a guess. */
    if (dated)
        widen_span(p, sl->at, sl->at);
    return index_line(sl, (uint32_t)idx);
}

/* Collects the storylines found in the recent postings of the article's names. */
static enum td_err collect(struct storyline_state *sl)
{
    size_t k, j;

    if (++sl->cur == 0) {
        for (k = 0; k < sl->nln; k++)
            if (sl->blk[k >> LINE_SHIFT] != NULL)
                line_at(sl, k)->stamp = 0;
        sl->cur = 1;
    }
    sl->ncand = 0;
    for (k = 0; k < sl->ndn; k++) {
        const struct postings *p = &sl->post[sl->dn[k].id];
        size_t start = p->n > sl->o.postings_scan ? p->n - sl->o.postings_scan : 0;
        for (j = start; j < p->n; j++) {
            uint32_t s = p->v[j];
            size_t cap = sl->cap_cand;
            struct profile *x;
            /* A storyline moved into another keeps stale postings and no names. */
            if (line_retired(sl, s) || line_at(sl, s)->n == 0)
                continue;
            x = line_at(sl, s);
            if (x->stamp == sl->cur) {
                x->hits++;
                continue;
            }
            if (td_grow((void **)&sl->cand, &cap, sl->ncand + 1, sizeof(*sl->cand)) != TD_OK)
                return TD_ERR_NOMEM;
            sl->cap_cand = cap;
            x->stamp = sl->cur;
            x->hits = 1;
            sl->cand[sl->ncand++] = s;
        }
    }
    return TD_OK;
}

/*
 * Keeps the `max_candidates` candidates that share the most names with the
 * article (ties: the older storyline), so the cost of a new event stays
 * bounded however common its names are.
 */
static void shortlist(struct storyline_state *sl)
{
    size_t i, j, keep = sl->o.max_candidates;

    if (keep == 0 || sl->ncand <= keep)
        return;
    for (i = 0; i < keep; i++) {
        size_t best = i;
        for (j = i + 1; j < sl->ncand; j++) {
            uint32_t a = sl->cand[j], b = sl->cand[best];
            uint32_t ha = line_at(sl, a)->hits, hb = line_at(sl, b)->hits;
            if (ha > hb || (ha == hb && a < b))
                best = j;
        }
        uint32_t t = sl->cand[i];
        sl->cand[i] = sl->cand[best];
        sl->cand[best] = t;
    }
    sl->ncand = keep;
}

/* Whether name `id` is one of the article's headline names (`tid`). */
static bool in_title(const struct storyline_state *sl, uint32_t id)
{
    return td_u32_among(sl->tid, sl->ntid, id);
}

/* The index of name `id` in profile `p` (its ids increase), `p->n` when it holds none. */
static uint32_t profile_find(const struct profile *p, uint32_t id)
{
    size_t at;

    TD_LOWER_BOUND(uint32_t, p->ids, p->n, e, id, at);
    return at < p->n && p->ids[at] == id ? (uint32_t)at : p->n;
}

/*
 * Whether name `id` is one that profile `p`'s articles gave only in a clause
 * about another happening (its recalled names): a second happening that
 * named the first ("days after the attack on Slovak hospitals"). A
 * headline that gives such a name tells of that first happening, not of
 * `p`'s.
 */
static bool recalled_by(const struct profile *p, uint32_t id)
{
    return td_u32_among(p->recalled, p->nrecalled, id);
}

/* Whether profile `p` holds one of the article's headline names, not as a recalled one. */
static bool holds_title_name(const struct storyline_state *sl, const struct profile *p)
{
    size_t i;

    for (i = 0; i < sl->ntid; i++)
        if (profile_find(p, sl->tid[i]) < p->n && !recalled_by(p, sl->tid[i]))
            return true;
    return false;
}

/* Whether the article's names (`dn`, sorted by id) hold name `id`. */
static bool dn_has(const struct storyline_state *sl, uint32_t id)
{
    size_t at;

    TD_LOWER_BOUND(struct dname, sl->dn, sl->ndn, e.id, id, at);
    return at < sl->ndn && sl->dn[at].id == id;
}

/* Whether name `id` is one the article gives only in a back-reference clause (`cid`). */
static bool in_clause(const struct storyline_state *sl, uint32_t id)
{
    return td_u32_among(sl->cid, sl->ncid, id);
}

/*
 * Whether profile `p` holds the re-check query's main name (`main_id`) as
 * its own heaviest name (a tie will do): a candidate that holds a name the
 * query only recalls is that recalled happening, and it is the query's
 * story only when it is about the same main name, not when it merely
 * mentions it (a second happening of one kind in one region, the region's
 * name the query's heaviest). True when no main name is known.
 */
static bool holds_main(const struct storyline_state *sl, const struct profile *p)
{
    uint32_t j, at;
    float top = 0.0f;

    if (!sl->main_known)
        return true;
    if ((at = profile_find(p, sl->main_id)) == p->n)
        return false;
    for (j = 0; j < p->n; j++)
        top = p->w[j] > top ? p->w[j] : top;
    return p->w[at] >= top;
}

/*
 * How the scratch article meets profile `p`, in `*m`: the IDF-weighted
 * cosine of their names, the names in common and those only `p` holds. The
 * profile's length is recomputed every time, not cached, so that a replayed
 * state decides as the uninterrupted one did; `met_only`: without the names
 * of document frequency 1 (a re-check, `recheck_met_only`). `own_qq`: the
 * article's squared length without its clause names (best_line()).
 */
static void similarity(const struct storyline_state *sl, const struct profile *p, double qnorm,
                       double own_qq, struct match *m, bool met_only)
{
    double dot = 0.0, pn = 0.0, own = 0.0, own_dot = 0.0;
    size_t i = 0, j;

    m->shared = m->rare = m->rare_own = m->title_rare = m->recalled = 0;
    m->main_held = holds_main(sl, p);
    m->rare_top = 0.0;
    for (j = 0; j < p->n; j++) {
        double pw = p->w[j] * idf(sl, p->ids[j]);
        if (!met_only || sl->df[p->ids[j]] > 1)
            pn += pw * pw;
        while (i < sl->ndn && sl->dn[i].id < p->ids[j])
            i++;
        if (i < sl->ndn && sl->dn[i].id == p->ids[j]) {
            bool recalled = sl->ncid > 0 && in_clause(sl, p->ids[j]);
            dot += sl->dn[i].q * pw;
            if (!recalled)
                own_dot += sl->dn[i].q * pw;
            m->recalled += recalled;
            m->shared++;
            /* A name no other live storyline holds (a re-check's query is one itself). */
            if (sl->sdf[p->ids[j]] == 1u + sl->rechecking) {
                double a2 = (double)sl->dn[i].a * sl->dn[i].a;
                m->rare_top = a2 > m->rare_top ? a2 : m->rare_top;
                m->rare++;
                m->title_rare += in_title(sl, p->ids[j]) && !recalled_by(p, p->ids[j]);
                /* The rare-name rules count only the names the article gives as its own. */
                if (!recalled) {
                    own += (double)sl->dn[i].q * sl->dn[i].q;
                    m->rare_own++;
                }
            }
        }
    }
    m->pnorm = sqrt(pn);
    m->rare_share = qnorm > 0 ? own / (qnorm * qnorm) : 0.0;
    m->score = qnorm > 0 && pn > 0 && dot > 0 ? dot / (qnorm * sqrt(pn)) : 0.0;
    m->own_score = own_qq > 0 && pn > 0 && own_dot > 0 ? own_dot / (sqrt(own_qq) * sqrt(pn)) : 0.0;
}

/*
 * Unit weights are floats: a name that is exactly half of what an article
 * names (two names, each once) must not fall short of a share of 0.5 by a
 * rounding.
 */
#define SHARE_SLACK 1e-6

/*
 * Whether the article's time lies within `single_days` of the dated span of
 * profile `p` (0 days: any time will do). Both must be known.
 */
static bool near_in_time(const struct storyline_state *sl, const struct profile *p)
{
    uint64_t slack = (uint64_t)sl->o.single_days * 86400;

    if (sl->o.single_days == 0)
        return true;
    if (!sl->at_known || !p->dated)
        return false;
    /* The gaps in unsigned arithmetic, so that no date from outside can overflow them. */
    if (sl->at < p->first_at)
        return (uint64_t)p->first_at - (uint64_t)sl->at <= slack;
    return sl->at <= p->last_at || (uint64_t)sl->at - (uint64_t)p->last_at <= slack;
}

/*
 * Whether profile `p`, met as `*m`, links by one central name only it holds
 * (`single_threshold`): with one such name shared, the cosine is that name's
 * share of the profile; the name must also carry `single_share` of the
 * article's names, and the article come within `single_days` of the story.
 */
static bool links_by_one_name(const struct storyline_state *sl, const struct profile *p,
                              const struct match *m)
{
    return sl->o.single_threshold > 0 && m->rare >= 1 && m->score >= sl->o.single_threshold &&
           m->rare_top + SHARE_SLACK >= sl->o.single_share && near_in_time(sl, p);
}

/*
 * Whether profile `p`, met as `*m`, links by at least `rare_names` names
 * that only it holds and the article gives outside its clauses: with `rare_share` of the article's
 * weight on them at the lower cosine, or with `rare_low_share` at the higher one when the article
 * also comes within `single_days` of the story (storyline.h).
 */
static bool links_by_rare_names(const struct storyline_state *sl, const struct profile *p,
                                const struct match *m)
{
    if (m->rare_own < sl->o.rare_names)
        return false;
    if (sl->o.rare_share > 0 && m->rare_share >= sl->o.rare_share &&
        m->score >= sl->o.rare_threshold)
        return true;
    return sl->o.rare_low_share > 0 && m->rare_share >= sl->o.rare_low_share &&
           m->score >= sl->o.rare_low_threshold && near_in_time(sl, p);
}

/*
 * The largest cosine with profile `p`, met as `*m`, of one name of the
 * article's headline that its body does not give and that only `p` holds,
 * not as a name its articles only recalled (0: none): what the headline
 * alone says the article is about (storyline.h, "The headline's names").
 */
static double headline_only(const struct storyline_state *sl, const struct profile *p,
                            const struct match *m)
{
    double best = 0.0;
    size_t i;

    for (i = 0; i < sl->ntid && m->pnorm > 0; i++) {
        uint32_t at = profile_find(p, sl->tid[i]);
        double c;
        if (at == p->n || sl->sdf[sl->tid[i]] != 1 || recalled_by(p, sl->tid[i]) ||
            dn_has(sl, sl->tid[i]))
            continue;
        c = (double)p->w[at] * idf(sl, sl->tid[i]) / m->pnorm;
        best = c > best ? c : best;
    }
    return best;
}

/*
 * Whether profile `p`, met as `*m`, links by a name only it holds that the
 * article's headline and body both give, or, when the article names little
 * (fewer than `recheck_names` names), that its headline alone gives
 * (headline_only()), at `title_threshold`, the article coming within
 * `single_days` of the story.
 */
static bool links_by_title_name(const struct storyline_state *sl, const struct profile *p,
                                const struct match *m)
{
    if (sl->o.title_threshold <= 0 || !near_in_time(sl, p))
        return false;
    if (m->title_rare >= 1 && m->score >= sl->o.title_threshold)
        return true;
    return sl->ndn < sl->o.recheck_names && headline_only(sl, p, m) >= sl->o.title_threshold;
}

/*
 * Whether storyline `idx`, met as `*m`, links as the storyline of the event
 * the event level found nearest (storyline.h): the article names too little
 * to be decided again later (fewer than `recheck_names` names), every name
 * it gives is one that only `idx` holds, and it comes within `single_days`
 * of the storyline: the one-name rule, with the event level's text in
 * place of the name's share of the profile.
 */
static bool links_by_nearest(const struct storyline_state *sl, size_t idx, const struct match *m)
{
    return sl->o.single_threshold > 0 && sl->near_story == (int64_t)idx + 1 &&
           sl->ndn < sl->o.recheck_names && m->rare >= 1 && m->rare == sl->ndn &&
           near_in_time(sl, line_at(sl, idx));
}

/*
 * How central to profile `p` the article's clause names are: the largest
 * weight of one of them as a share of `p`'s heaviest name (0: it holds none).
 */
static double clause_centrality(const struct storyline_state *sl, const struct profile *p)
{
    float top = 0.0f, best = 0.0f;
    uint32_t j, at;
    size_t i;

    for (i = 0; i < sl->ncid; i++)
        if ((at = profile_find(p, sl->cid[i])) < p->n && p->w[at] > best)
            best = p->w[at];
    if (best <= 0.0f)
        return 0.0;
    for (j = 0; j < p->n; j++)
        top = p->w[j] > top ? p->w[j] : top;
    return (double)best / top;
}

/*
 * Whether profile `p` links by a back-reference (storyline.h): a clause of
 * the article names a name central to `p`, the article's main country is
 * `p`'s, and the article comes within `single_days` of it. `*central_out`
 * (may be NULL) is the clause names' centrality.
 */
static bool links_by_backref(const struct storyline_state *sl, const struct profile *p,
                             double *central_out)
{
    double c;

    if (sl->o.backref_central <= 0 || sl->ncid == 0 || sl->country == 0 ||
        main_country(p) != sl->country || !near_in_time(sl, p))
        return false;
    c = clause_centrality(sl, p);
    if (central_out != NULL)
        *central_out = c;
    return c + SHARE_SLACK >= sl->o.backref_central;
}

/*
 * Whether profile `p`, met as `*m`, links: by the cosine (a candidate that
 * holds a name the query only recalls must have the query's main name as
 * its heaviest, if it has one: holds_main()), or, when
 * `by_rare`, by the names that only it holds (links_by_rare_names()), or
 * by one such name central to both (links_by_one_name()); a re-check whose
 * profile has fewer than `recheck_names` names by the rare-name and the
 * headline rules.
 */
static bool links(const struct storyline_state *sl, const struct profile *p,
                  const struct match *m, bool by_rare)
{
    if (m->shared >= sl->o.min_shared && m->score >= sl->o.threshold &&
        m->own_score >= sl->o.threshold && (m->recalled == 0 || m->main_held))
        return true;
    /* A re-check's profile as thin as a first article links as one (storyline.h). */
    if (!by_rare)
        return sl->rechecking && sl->ndn < sl->o.recheck_names &&
               (links_by_title_name(sl, p, m) || links_by_rare_names(sl, p, m));
    return links_by_one_name(sl, p, m) || links_by_rare_names(sl, p, m) ||
           links_by_title_name(sl, p, m) || links_by_backref(sl, p, NULL);
}

/*
 * The best candidate storyline for the scratch article, or SIZE_MAX;
 * `by_rare`: also by the rare-name rule (a new event's first article).
 */
static size_t best_line(const struct storyline_state *sl, double *score_out, bool by_rare)
{
    size_t i, best = SIZE_MAX;
    double qnorm = 0.0, own_qq, best_score = 0.0;
    bool best_titled = false;
    struct match m;

    for (i = 0; i < sl->ndn; i++)
        qnorm += (double)sl->dn[i].q * sl->dn[i].q;
    qnorm = sqrt(qnorm);
    own_qq = qnorm * qnorm;
    for (i = 0; i < sl->ndn && sl->ncid > 0; i++)
        if (in_clause(sl, sl->dn[i].id))
            own_qq -= (double)sl->dn[i].q * sl->dn[i].q;
    for (i = 0; i < sl->ncand; i++) {
        const struct profile *p = line_at(sl, sl->cand[i]);
        bool titled;
        similarity(sl, p, qnorm, own_qq, &m, !by_rare && sl->o.recheck_met_only);
        if (!links(sl, p, &m, by_rare) && !(by_rare && links_by_nearest(sl, sl->cand[i], &m)))
            continue;
        /* A new event's first article goes with a storyline its headline names (a round-up). */
        titled = by_rare && sl->o.title_first && holds_title_name(sl, p);
        if (best_titled && !titled)
            continue;
        /* Ties go to the older storyline, so the choice never depends on postings order. */
        if ((titled && !best_titled) || m.score > best_score ||
            (m.score == best_score && sl->cand[i] < best)) {
            best_score = m.score;
            best = sl->cand[i];
            best_titled = titled;
        }
    }
    *score_out = best_score;
    return best;
}

/*
 * The storyline a new event's first article that links nowhere else joins
 * as a follow-up that names nothing (storyline.h), or SIZE_MAX: the one of
 * the event nearest by undamped text in its language, at `text_threshold`
 * or more, when the article gives no name and comes within `single_days`
 * of it.
 */
static size_t text_line(const struct storyline_state *sl, double *score_out)
{
    size_t idx;

    if (sl->o.text_threshold <= 0 || sl->text_story < 1 || (uint64_t)sl->text_story > sl->nln ||
        sl->text_score < sl->o.text_threshold || sl->ndn > 0)
        return SIZE_MAX;
    idx = (size_t)sl->text_story - 1;
    if (line_retired(sl, idx) || !near_in_time(sl, line_at(sl, idx)))
        return SIZE_MAX;
    *score_out = sl->text_score;
    return idx;
}

static bool main_name(const struct storyline_state *sl, uint32_t *id);

/*
 * The storyline a new event's first article that links nowhere else joins
 * as the storyline of the event the event level found nearest in another
 * language (`near_story`), when that storyline names too little for the
 * storyline level to judge (fewer than `recheck_names` names: a first
 * report in a script whose names it cannot read) and shares no name with
 * the article, whose main name no storyline holds, and the article comes
 * within `single_days` of it; else SIZE_MAX.
 */
static size_t thin_nearest(const struct storyline_state *sl, double *score_out)
{
    const struct profile *p;
    size_t idx, i;
    uint32_t main;

    if (sl->o.single_threshold <= 0 || sl->near_story < 1 || (uint64_t)sl->near_story > sl->nln ||
        !main_name(sl, &main) || sl->sdf[main] > 0)
        return SIZE_MAX;
    idx = (size_t)sl->near_story - 1;
    if (line_retired(sl, idx))
        return SIZE_MAX;
    p = line_at(sl, idx);
    if (p->n == 0 || p->n >= sl->o.recheck_names || !near_in_time(sl, p))
        return SIZE_MAX;
    for (i = 0; i < sl->ndn; i++)
        if (profile_find(p, sl->dn[i].id) < p->n)
            return SIZE_MAX;
    *score_out = 0.0;
    return idx;
}

/* ---- Storylines decided again (see storyline.h) ---- */

/*
 * Marks storyline `idx`, just started by `event` from a first article with
 * `n` names, as young when those were too few to link it to anything.
 */
static void mark_young(struct storyline_state *sl, size_t idx, int64_t event, size_t n)
{
    struct profile *p = line_at(sl, idx);

    if (sl->o.recheck_max == 0 || n >= sl->o.recheck_names)
        return;
    p->young_event = (uint32_t)event;
    p->born = (uint32_t)sl->ndocs - 1;
    p->checks = sl->o.recheck_max;
}

/*
 * A follower joined storyline `idx`: while the storyline is young, the
 * follower's articles decide it again too (recheck_due()), with a budget
 * counted from the follower's first article.
 */
static void renew_young(struct storyline_state *sl, size_t idx)
{
    struct profile *p = line_at(sl, idx);

    if (p->young_event == 0)
        return;
    p->born = (uint32_t)sl->ndocs - 1;
    p->checks = sl->o.recheck_max;
}

/*
 * Whether the article of `event` (its young event or a follower) just
 * added to storyline `idx` revisits it,
 * counting the re-check. The replay calls it as the live placement did, so
 * the budget left after a restart is the uninterrupted one.
 */
static bool recheck_due(struct storyline_state *sl, size_t idx, int64_t event)
{
    struct profile *p = line_at(sl, idx);

    if (p->young_event == 0 ||
        (p->young_event != (uint32_t)event && !follower(sl, (size_t)event - 1)))
        return false;
    /* Past its budget the mark stays until the next article: storyline_move() checks it. */
    if (p->checks == 0 || since(sl, p->born) > sl->o.recheck_docs) {
        p->young_event = 0;
        return false;
    }
    p->checks--;
    return true;
}

/*
 * Loads profile `idx` into the scratch array as the query: its summed
 * weights (the cosine does not care about their scale) times IDF.
 */
static enum td_err load_profile(struct storyline_state *sl, size_t idx)
{
    const struct profile *p = line_at(sl, idx);
    size_t i;

    if (td_grow((void **)&sl->dn, &sl->cap_dn, (size_t)p->n + 1, sizeof(*sl->dn)) != TD_OK)
        return TD_ERR_NOMEM;
    for (i = 0; i < p->n; i++) {
        sl->dn[i].id = p->ids[i];
        sl->dn[i].a = p->w[i];
        sl->dn[i].q = p->w[i] * (float)idf(sl, p->ids[i]);
    }
    sl->ndn = p->n;
    return TD_OK;
}

/* Takes storyline `idx` out of the candidates (their order does not matter). */
static void drop_candidate(struct storyline_state *sl, uint32_t idx)
{
    size_t i;

    for (i = 0; i < sl->ncand; i++) {
        if (sl->cand[i] == idx) {
            sl->cand[i] = sl->cand[--sl->ncand];
            return;
        }
    }
}

/*
 * Moves storyline `from` (one event, `event`) into `into`: the profile is
 * added in, `into` is indexed under its names, and `from` is left empty
 * (its stale postings lead nowhere: collect() skips empty profiles).
 */
static enum td_err move_line(struct storyline_state *sl, size_t from, size_t into, int64_t event)
{
    struct profile *f = line_at(sl, from);
    size_t i;

    if (load_profile(sl, from) != TD_OK || merge_profile(sl, line_at(sl, into)) != TD_OK ||
        index_line(sl, (uint32_t)into) != TD_OK ||
        set_event(sl, event, (int64_t)into + 1, false) != TD_OK)
        return TD_ERR_NOMEM;
    /* Its followers go along (storyline_alone() did not count them). */
    for (i = 0; i < sl->nev; i++)
        if (story_bits(sl, i) == (uint32_t)from + 1 &&
            set_event(sl, (int64_t)i + 1, (int64_t)into + 1, false) != TD_OK)
            return TD_ERR_NOMEM;
    if (f->dated)
        widen_span(line_at(sl, into), f->first_at, f->last_at);
    for (i = 0; i < LINE_COUNTRIES && f->ctry[i] != 0; i++)
        add_country(line_at(sl, into), f->ctry[i], f->nctry[i]);
    release_profile(sl, f);
    f->young_event = 0;
    f->only_event = 0;
    line_at(sl, into)->last_doc = (uint32_t)sl->ndocs - 1;
    sl->last_move.event = event;
    sl->last_move.from = (int64_t)from + 1;
    sl->last_move.into = (int64_t)into + 1;
    sl->moved = true;
    return TD_OK;
}

/*
 * The query's main name in `*id`: its heaviest (the lower id of a tie) of
 * those not among its clause names. False when it has none.
 */
static bool main_name(const struct storyline_state *sl, uint32_t *id)
{
    float top = 0.0f;
    size_t i;

    for (i = 0; i < sl->ndn; i++) {
        if (sl->dn[i].q > top && (sl->ncid == 0 || !in_clause(sl, sl->dn[i].id))) {
            top = sl->dn[i].q;
            *id = sl->dn[i].id;
        }
    }
    return top > 0.0f;
}

/*
 * Whether the event level tells `event` apart from an event of storyline
 * index `idx` (storyline_apart_fn) in `*apart`. Reads the whole event
 * table: for a re-check's move only.
 */
static enum td_err told_apart(const struct storyline_state *sl, size_t idx, int64_t event,
                              bool *apart)
{
    size_t i;

    *apart = false;
    for (i = 0; sl->apart != NULL && i < sl->nev && !*apart; i++)
        if (story_bits(sl, i) == (uint32_t)idx + 1 &&
            sl->apart(sl->apart_ctx, event, (int64_t)i + 1, apart) != TD_OK)
            return TD_ERR_NOMEM;
    return TD_OK;
}

/*
 * Compares the grown profile of young storyline `idx` with the others, by
 * the rule a new event meets, and moves it into the best one that links;
 * `*story`, `*score` then name it.
 */
static enum td_err recheck(struct storyline_state *sl, size_t idx, int64_t event, int64_t *story,
                           double *score)
{
    const struct profile *p = line_at(sl, idx);
    int64_t young = (int64_t)p->young_event;
    uint32_t cid[STORYLINE_CLAUSE_NAMES];
    size_t best, ncid = sl->ncid;
    bool apart;

    if (load_profile(sl, idx) != TD_OK || collect(sl) != TD_OK)
        return TD_ERR_NOMEM;
    drop_candidate(sl, (uint32_t)idx);
    shortlist(sl);
    /*
     * The query is the storyline: the names its articles only recalled do
     * not link it, and a candidate that holds them is the happening they
     * recalled, which must also hold the storyline's main name (links()).
     */
    memcpy(cid, sl->cid, sizeof(cid));
    memcpy(sl->cid, p->recalled, p->nrecalled * sizeof(*sl->cid));
    sl->ncid = p->nrecalled;
    sl->main_known = main_name(sl, &sl->main_id);
    sl->rechecking = true;
    best = best_line(sl, score, false);
    sl->main_known = false;
    sl->rechecking = false;
    memcpy(sl->cid, cid, sizeof(cid));
    sl->ncid = ncid;
    if (best == SIZE_MAX)
        return TD_OK;
    if (told_apart(sl, best, event, &apart) != TD_OK ||
        (!apart && young != event && told_apart(sl, best, young, &apart) != TD_OK))
        return TD_ERR_NOMEM;
    if (apart)
        return TD_OK;
    /* The move is the young event's: its followers go along (move_line()). */
    if (move_line(sl, idx, best, young) != TD_OK)
        return TD_ERR_NOMEM;
    *story = (int64_t)best + 1;
    return TD_OK;
}

/* ---- A back-reference to the story's earlier event (see storyline.h) ---- */

/*
 * A later article of `event`, whose storyline `idx` holds that event
 * alone, recalls another happening in a clause: the storylines in the
 * recent postings of the clause's names are the candidates, and the one
 * that links by the back-reference (links_by_backref()) with the most
 * central name (ties: the older) takes storyline `idx` in; `*story`,
 * `*score` then name it and that centrality.
 */
static enum td_err backlink(struct storyline_state *sl, size_t idx, int64_t event, int64_t *story,
                            double *score)
{
    size_t i, j, best = SIZE_MAX;
    double best_c = 0.0, c = 0.0;

    for (i = 0; i < sl->ncid; i++) {
        const struct postings *po = &sl->post[sl->cid[i]];
        size_t start = po->n > sl->o.postings_scan ? po->n - sl->o.postings_scan : 0;
        for (j = start; j < po->n; j++) {
            uint32_t s = po->v[j];
            if (s == idx || line_retired(sl, s) || line_at(sl, s)->n == 0 ||
                !links_by_backref(sl, line_at(sl, s), &c))
                continue;
            if (c > best_c || (c == best_c && s < best)) {
                best = s;
                best_c = c;
            }
        }
    }
    if (best == SIZE_MAX)
        return TD_OK;
    if (move_line(sl, idx, best, event) != TD_OK)
        return TD_ERR_NOMEM;
    *story = (int64_t)best + 1;
    *score = best_c;
    return TD_OK;
}

void storyline_set_apart(struct storyline_state *sl, storyline_apart_fn fn, void *ctx)
{
    sl->apart = fn;
    sl->apart_ctx = ctx;
}

bool storyline_last_move(const struct storyline_state *sl, struct storyline_move *out)
{
    if (sl->moved)
        *out = sl->last_move;
    return sl->moved;
}

enum td_err storyline_move(struct storyline_state *sl, const struct storyline_move *mv,
                           struct td_error *err)
{
    if (mv->from < 1 || (uint64_t)mv->from > sl->nln || mv->into < 1 ||
        (uint64_t)mv->into > sl->nln || mv->from == mv->into ||
        storyline_story_of(sl, mv->event) != mv->from || line_retired(sl, (size_t)mv->from - 1) ||
        line_retired(sl, (size_t)mv->into - 1) ||
        (line_at(sl, (size_t)mv->from - 1)->only_event != (uint32_t)mv->event &&
         !storyline_alone(sl, mv->event)))
        return td_error_set(err, TD_ERR_INVALID, "cannot move event %lld from story %lld to %lld",
                            (long long)mv->event, (long long)mv->from, (long long)mv->into);
    if (move_line(sl, (size_t)mv->from - 1, (size_t)mv->into - 1, mv->event) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while linking events");
    sl->moved = false;
    return TD_OK;
}

bool storyline_alone(const struct storyline_state *sl, int64_t event)
{
    int64_t story = storyline_story_of(sl, event);
    size_t i;

    if (story == 0 || line_retired(sl, (size_t)story - 1) || follower(sl, (size_t)event - 1))
        return false;
    for (i = 0; i < sl->nev; i++)
        if (story_bits(sl, i) == (uint32_t)story && (int64_t)i + 1 != event && !follower(sl, i))
            return false;
    return true;
}

bool storyline_first(const struct storyline_state *sl, int64_t event)
{
    int64_t story = storyline_story_of(sl, event);
    size_t i;

    if (story == 0 || line_retired(sl, (size_t)story - 1))
        return false;
    for (i = 0; i + 1 < (size_t)event; i++)
        if (story_bits(sl, i) == (uint32_t)story)
            return false;
    return true;
}

/*
 * The names of profile `a` that profile `b` lacks, and in `*b_own` those
 * of `b` that `a` lacks (both sorted by name id).
 */
static size_t own_names(const struct profile *a, const struct profile *b, size_t *b_own)
{
    size_t i = 0, j = 0, shared = 0;

    while (i < a->n && j < b->n) {
        if (a->ids[i] == b->ids[j]) {
            shared++;
            i++;
            j++;
        } else if (a->ids[i] < b->ids[j]) {
            i++;
        } else {
            j++;
        }
    }
    *b_own = b->n - shared;
    return a->n - shared;
}

bool storyline_may_fold(const struct storyline_state *sl, int64_t a, int64_t b)
{
    int64_t sa = storyline_story_of(sl, a), sb = storyline_story_of(sl, b);
    size_t own_a, own_b;

    if (sa == 0 || sb == 0 || line_retired(sl, (size_t)sa - 1) || line_retired(sl, (size_t)sb - 1))
        return false;
    own_a = own_names(line_at(sl, (size_t)sa - 1), line_at(sl, (size_t)sb - 1), &own_b);
    return own_a < STORYLINE_FOLD_OWN_NAMES || own_b < STORYLINE_FOLD_OWN_NAMES;
}

enum td_err storyline_fold(struct storyline_state *sl, int64_t event, int64_t into,
                           struct td_error *err)
{
    int64_t from = storyline_story_of(sl, event);

    if (!storyline_alone(sl, event) || into < 1 || (uint64_t)into > sl->nln || into == from ||
        line_retired(sl, (size_t)into - 1))
        return td_error_set(err, TD_ERR_INVALID, "cannot fold event %lld from story %lld into %lld",
                            (long long)event, (long long)from, (long long)into);
    if (move_line(sl, (size_t)from - 1, (size_t)into - 1, event) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while linking events");
    sl->moved = false;
    return TD_OK;
}

enum td_err storyline_place(struct storyline_state *sl, int64_t event,
                            const struct storyline_doc *doc, int64_t *story_out, double *score_out,
                            struct td_error *err)
{
    int64_t story, known;
    size_t best = SIZE_MAX;
    double score = 0.0;
    bool marked;

    if (event < 1 || event > MAX_IDS)
        return td_error_set(err, TD_ERR_INVALID, "event id %lld out of range", (long long)event);
    sl->moved = false;
    story = known = storyline_story_of(sl, event);
    if (prepare(sl, doc) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while linking events");
    if (story == 0) {
        if (collect(sl) != TD_OK)
            return td_error_set(err, TD_ERR_NOMEM, "out of memory while linking events");
        shortlist(sl);
        best = best_line(sl, &score, true);
        if (best == SIZE_MAX)
            best = text_line(sl, &score);
        if (best == SIZE_MAX)
            best = thin_nearest(sl, &score);
        story = best != SIZE_MAX ? (int64_t)best + 1 : (int64_t)sl->nln + 1;
    }
    if (note_follower(sl, event, known, best != SIZE_MAX, doc->n, &marked) != TD_OK ||
        join(sl, (size_t)story - 1, event, doc->has_date) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while linking events");
    if (marked)
        renew_young(sl, (size_t)story - 1);
    if (known == 0 && best == SIZE_MAX)
        mark_young(sl, (size_t)story - 1, event, doc->n);
    else if (known != 0 && recheck_due(sl, (size_t)story - 1, event) &&
             recheck(sl, (size_t)story - 1, event, &story, &score) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while linking events");
    if (known != 0 && !sl->moved && sl->ncid > 0 &&
        line_at(sl, (size_t)story - 1)->only_event == (uint32_t)event &&
        backlink(sl, (size_t)story - 1, event, &story, &score) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while linking events");
    *story_out = story;
    if (score_out != NULL)
        *score_out = best != SIZE_MAX || sl->moved ? score : 0.0;
    return TD_OK;
}

enum td_err storyline_add(struct storyline_state *sl, int64_t event, int64_t story,
                          const struct storyline_doc *doc, struct td_error *err)
{
    int64_t known;
    bool fresh, marked;

    if (event < 1 || event > MAX_IDS || story < 1 || story > MAX_IDS)
        return td_error_set(err, TD_ERR_INVALID, "event %lld or story %lld out of range",
                            (long long)event, (long long)story);
    known = storyline_story_of(sl, event);
    if (known != 0 && known != story)
        return td_error_set(err, TD_ERR_INVALID, "event %lld is in story %lld, not %lld",
                            (long long)event, (long long)known, (long long)story);
    fresh = known == 0 && (uint64_t)story > sl->nln;
    if (prepare(sl, doc) != TD_OK ||
        note_follower(sl, event, known, !fresh, doc->n, &marked) != TD_OK ||
        join(sl, (size_t)story - 1, event, doc->has_date) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory while linking events");
    /* The bookkeeping of storyline_place(); a move it made is logged (storyline_move()). */
    if (marked)
        renew_young(sl, (size_t)story - 1);
    if (fresh)
        mark_young(sl, (size_t)story - 1, event, doc->n);
    else if (known != 0)
        (void)recheck_due(sl, (size_t)story - 1, event);
    return TD_OK;
}

void storyline_mem(const struct storyline_state *sl, td_mem_row_fn fn, void *ctx)
{
    size_t i, n = 0, bytes = 0;

    fn(ctx, "storylines: name dictionary", sl->dict.n,
       map64_bytes(&sl->dict) + sl->cap_df * sizeof(*sl->df) + sl->cap_sdf * sizeof(*sl->sdf) +
           sl->cap_post * sizeof(*sl->post) + sl->cap_seen * sizeof(*sl->seen) +
           sl->cap_free * sizeof(*sl->free_ids));
    for (i = 0; i < sl->nnames; i++) {
        n += sl->post[i].n;
        bytes += (size_t)sl->post[i].cap * sizeof(uint32_t);
    }
    fn(ctx, "storylines: postings", n, bytes);
    n = 0;
    bytes = sl->cap_blk * sizeof(*sl->blk) + sl->cap_pool * sizeof(*sl->pool);
    for (i = 0; i < sl->nln; i++) {
        if (sl->blk[i >> LINE_SHIFT] == NULL)
            continue;
        n++;
        bytes += (size_t)line_at(sl, i)->n * (sizeof(uint32_t) + sizeof(float));
    }
    for (i = 0; i < sl->nblk; i++)
        bytes += sl->blk[i] != NULL ? sizeof(*sl->blk[i]) : 0;
    fn(ctx, "storylines: profiles in memory", n, bytes);
    fn(ctx, "storylines: event -> storyline", sl->nev, sl->cap_ev * sizeof(*sl->ev_story));
}
