/*
 * search_cache.c - search results shared by the threads of a server.
 *
 * An entry keeps, for one query and its filters, the window of scored
 * matches that `td_query_search` ranks (the newest SEARCH_WINDOW matches,
 * newest first), the seq of the last indexed article it covers (`upto`) and
 * the rendered hits. When the index has grown since, only the matches
 * after `upto` are scored (a seek to the newest rows of the index) and
 * merged into the window; the hits already rendered are reused and only
 * new ones are read. Articles are never changed or deleted once indexed,
 * so a merged window equals a full ranking, except that BM25's corpus
 * statistics (document count, lengths, frequencies) are those of when each
 * match was scored. A word's IDF falls as it spreads, so an early match
 * would keep a score inflated next to later ones: an entry is ranked from
 * scratch once the matches merged into it exceed SEARCH_CACHE_DRIFT of
 * the matches the index held when it was ranked (estimated from the window:
 * all of them when it is not full, else from the share of articles that
 * match within it), so the word's document frequency grew by at most that
 * much and its IDF, a logarithm, moved by a few per cent; and after
 * SEARCH_CACHE_MAX_AGE seconds, which also bounds how long a story id in a
 * hit can lag behind a reassignment (an event merged, or a young storyline
 * moved into another: store_move_story()).
 *
 * Ownership: the cache owns its entries; a thread refreshing an entry takes
 * it out of the cache, works on it without the lock and puts it back.
 * While one thread ranks a query the cache lacks, the others asking for it
 * wait for its answer (`busy`) instead of ranking it too: a server that
 * starts cold would otherwise rank each new word once per connection that
 * asks for it in the same milliseconds.
 */
#include "tidings/query.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/alloc.h"
#include "core/sched.h"
#include "core/time.h"
#include "core/buf.h"
#include "query/query_int.h"
#include "store/store.h"

#define SEARCH_CACHE_MAX_AGE 30.0
#define SEARCH_CACHE_DRIFT 0.1
#define SEARCH_CACHE_BUCKETS 4096

struct cache_entry {
    struct cache_entry *chain;       /* next in the hash bucket */
    struct cache_entry *prev, *next; /* recency list, most recent first */
    uint64_t hash;
    char *key;
    int64_t upto;                    /* the window holds every match up to this seq */
    double ranked_at;                /* monotonic seconds of the last full ranking */
    double merged_at;                /* likewise of the last ranking or merge */
    double ranked_df;                /* matches in the index then, estimated */
    size_t merged;                   /* matches merged in since */
    struct store_search_window win;  /* newest first */
    struct td_search_list hits;      /* best first */
    int64_t *hit_seq;                /* the seq of each hit */
    char *json;                      /* `hits` rendered (td_json_search), or NULL */
    struct store_search_params p;    /* the search, for a refresh off the request path */
    char *match, *lang;              /* owned copies `p` points to */
    bool queued;                     /* waiting for the refresher thread */
    size_t bytes;                    /* what the entry holds, roughly */
};

struct td_search_cache {
    pthread_mutex_t mu;
    struct cache_entry *buckets[SEARCH_CACHE_BUCKETS];
    struct cache_entry lru;          /* sentinel of the recency list */
    size_t bytes, max_bytes;
    double refresh;                  /* seconds an entry may lag the index; 0: none */
    struct td_search_cache_stats stats;
    /* The refresher thread (td_search_cache_start_refresher), if started. */
    bool has_refresher, stopping;
    pthread_t refresher;
    pthread_cond_t cv;
    struct refresh_item *qhead, *qtail;
    char *db_path;
    /* Keys some request thread is ranking now; `ready` is signalled when one is done. */
    struct refresh_item *busy;
    pthread_cond_t ready;
};

/* A key waiting for the refresher. */
struct refresh_item {
    struct refresh_item *next;
    char *key;
    uint64_t hash;
};

/* FNV-1a: keys are short and the table is small. */
static uint64_t key_hash(const char *k)
{
    uint64_t h = 1469598103934665603ULL;

    for (; *k != '\0'; k++)
        h = (h ^ (unsigned char)*k) * 1099511628211ULL;
    return h;
}

/* The parameters a search's result depends on, in one string; NULL when out of memory. */
static char *make_key(const struct store_search_params *p)
{
    struct td_buf b;

    td_buf_init(&b, 0);
    if (td_buf_addf(&b, "%lld|%d:%lld|%d:%lld|%s|%lld|%s", (long long)p->limit, p->has_from,
                      (long long)p->from, p->has_to, (long long)p->to,
                      p->lang != NULL ? p->lang : "", (long long)p->story, p->match) != TD_OK) {
        td_buf_release(&b);
        return NULL;
    }
    return td_buf_take(&b, NULL);
}

static size_t str_bytes(const char *s)
{
    return s != NULL ? strlen(s) + 1 : 0;
}

static size_t hit_bytes(const struct td_search_hit *h)
{
    return sizeof(*h) + str_bytes(h->id) + str_bytes(h->title) + str_bytes(h->date) +
           str_bytes(h->lang) + str_bytes(h->snippet) +
           (h->nhighlights + h->ntitle_highlights) * sizeof(struct td_search_span);
}

static void entry_measure(struct cache_entry *e)
{
    size_t i;

    e->bytes = sizeof(*e) + strlen(e->key) + 1 + e->win.cap * sizeof(*e->win.items) +
               e->hits.n * sizeof(*e->hit_seq) + (e->json != NULL ? strlen(e->json) + 1 : 0);
    for (i = 0; i < e->hits.n; i++)
        e->bytes += hit_bytes(&e->hits.items[i]);
}

static void entry_free(struct cache_entry *e)
{
    if (e == NULL)
        return;
    td_free(e->key);
    td_free(e->win.items);
    td_search_list_release(&e->hits);
    td_free(e->hit_seq);
    td_free(e->json);
    td_free(e->match);
    td_free(e->lang);
    td_free(e);
}

enum td_err td_search_cache_new(size_t max_bytes, struct td_search_cache **out,
                                struct td_error *err)
{
    struct td_search_cache *c = td_calloc(1, sizeof(*c));

    if (c == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "cannot allocate the search cache");
    if (pthread_mutex_init(&c->mu, NULL) != 0) {
        td_free(c);
        return td_error_set(err, TD_ERR_NOMEM, "cannot create the search cache lock");
    }
    if (pthread_cond_init(&c->cv, NULL) != 0 || pthread_cond_init(&c->ready, NULL) != 0) {
        pthread_mutex_destroy(&c->mu);
        td_free(c);
        return td_error_set(err, TD_ERR_NOMEM, "cannot create the search cache condition");
    }
    c->lru.prev = c->lru.next = &c->lru;
    c->max_bytes = max_bytes;
    *out = c;
    return TD_OK;
}

void td_search_cache_set_refresh(struct td_search_cache *c, unsigned ms)
{
    pthread_mutex_lock(&c->mu);
    c->refresh = (double)ms / 1000.0;
    pthread_mutex_unlock(&c->mu);
}

void td_search_cache_free(struct td_search_cache *c)
{
    struct cache_entry *e, *next;

    if (c == NULL)
        return;
    if (c->has_refresher) {
        pthread_mutex_lock(&c->mu);
        c->stopping = true;
        pthread_cond_broadcast(&c->cv);
        pthread_mutex_unlock(&c->mu);
        pthread_join(c->refresher, NULL);
    }
    while (c->qhead != NULL) {
        struct refresh_item *it = c->qhead;
        c->qhead = it->next;
        td_free(it->key);
        td_free(it);
    }
    td_free(c->db_path);
    pthread_cond_destroy(&c->cv);
    pthread_cond_destroy(&c->ready);
    for (e = c->lru.next; e != &c->lru; e = next) {
        next = e->next;
        entry_free(e);
    }
    pthread_mutex_destroy(&c->mu);
    td_free(c);
}

void td_search_cache_stats(struct td_search_cache *c, struct td_search_cache_stats *out)
{
    pthread_mutex_lock(&c->mu);
    *out = c->stats;
    out->bytes = c->bytes;
    pthread_mutex_unlock(&c->mu);
}

/* ---- The table (every function below runs under `mu`) ---- */

static struct cache_entry **slot_of(struct td_search_cache *c, uint64_t hash, const char *key)
{
    struct cache_entry **p = &c->buckets[hash % SEARCH_CACHE_BUCKETS];

    while (*p != NULL && ((*p)->hash != hash || strcmp((*p)->key, key) != 0))
        p = &(*p)->chain;
    return p;
}

static void lru_unlink(struct cache_entry *e)
{
    e->prev->next = e->next;
    e->next->prev = e->prev;
}

static void lru_push(struct td_search_cache *c, struct cache_entry *e)
{
    e->prev = &c->lru;
    e->next = c->lru.next;
    c->lru.next->prev = e;
    c->lru.next = e;
}

/* Takes the entry at `*slot` out of the cache; the caller owns it. */
static struct cache_entry *detach(struct td_search_cache *c, struct cache_entry **slot)
{
    struct cache_entry *e = *slot;

    *slot = e->chain;
    e->chain = NULL;
    lru_unlink(e);
    c->bytes -= e->bytes;
    return e;
}

/* Puts `e` in, replacing an entry of the same key, then evicts the least recently used. */
static void attach(struct td_search_cache *c, struct cache_entry *e)
{
    struct cache_entry **slot = slot_of(c, e->hash, e->key);

    if (*slot != NULL)
        entry_free(detach(c, slot));
    e->chain = NULL;
    *slot = e;
    lru_push(c, e);
    c->bytes += e->bytes;
    while (c->bytes > c->max_bytes && c->lru.prev != e) {
        struct cache_entry *old = c->lru.prev;

        entry_free(detach(c, slot_of(c, old->hash, old->key)));
        c->stats.evictions++;
    }
}

/* ---- Copies of hits ---- */

static enum td_err dup_str(char **dst, const char *src)
{
    if (src == NULL) {
        *dst = NULL;
        return TD_OK;
    }
    return (*dst = td_strdup(src)) != NULL ? TD_OK : TD_ERR_NOMEM;
}

static enum td_err dup_spans(struct td_search_span **dst, const struct td_search_span *src,
                             size_t n)
{
    *dst = NULL;
    if (n == 0)
        return TD_OK;
    if ((*dst = td_malloc(n * sizeof(*src))) == NULL)
        return TD_ERR_NOMEM;
    memcpy(*dst, src, n * sizeof(*src));
    return TD_OK;
}

static enum td_err hit_copy(struct td_search_hit *d, const struct td_search_hit *s)
{
    enum td_err rc;

    memset(d, 0, sizeof(*d));
    d->story = s->story;
    d->score = s->score;
    d->nhighlights = s->nhighlights;
    d->ntitle_highlights = s->ntitle_highlights;
    rc = dup_str(&d->id, s->id);
    if (rc == TD_OK)
        rc = dup_str(&d->title, s->title);
    if (rc == TD_OK)
        rc = dup_str(&d->date, s->date);
    if (rc == TD_OK)
        rc = dup_str(&d->lang, s->lang);
    if (rc == TD_OK)
        rc = dup_str(&d->snippet, s->snippet);
    if (rc == TD_OK)
        rc = dup_spans(&d->highlights, s->highlights, s->nhighlights);
    if (rc == TD_OK)
        rc = dup_spans(&d->title_highlights, s->title_highlights, s->ntitle_highlights);
    if (rc != TD_OK)
        search_hit_release(d);
    return rc;
}

static enum td_err list_copy(struct td_search_list *d, const struct td_search_list *s)
{
    size_t i;

    memset(d, 0, sizeof(*d));
    if (s->n == 0)
        return TD_OK;
    if ((d->items = td_calloc(s->n, sizeof(*d->items))) == NULL)
        return TD_ERR_NOMEM;
    d->cap = s->n;
    for (i = 0; i < s->n; i++) {
        if (hit_copy(&d->items[i], &s->items[i]) != TD_OK) {
            td_search_list_release(d);
            return TD_ERR_NOMEM;
        }
        d->n++;
    }
    return TD_OK;
}

/* ---- Ranking ---- */

/*
 * Renders the best `limit` matches of `e->win` into `e->hits`, moving the
 * hits of `old` (with seqs `old_seq`) that are still among them instead of
 * reading them again.
 */
static enum td_err render_top(struct td_store *st, const struct store_search_params *p,
                              struct cache_entry *e, struct td_search_list *old,
                              const int64_t *old_seq, struct td_error *err)
{
    size_t k = e->win.n < (size_t)p->limit ? e->win.n : (size_t)p->limit, i, j;
    struct store_search_match *top = NULL;
    enum td_err rc = TD_OK;

    if (k > 0 && ((top = td_malloc(e->win.n * sizeof(*top))) == NULL ||
                  (e->hit_seq = td_malloc(k * sizeof(*e->hit_seq))) == NULL)) {
        td_free(top);
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    if (k > 0)
        memcpy(top, e->win.items, e->win.n * sizeof(*top));
    search_rank(top, e->win.n);
    for (i = 0; rc == TD_OK && i < k; i++) {
        size_t had = e->hits.n;

        for (j = 0; old != NULL && j < old->n && old_seq[j] != top[i].seq; j++)
            ;
        if (old != NULL && j < old->n) {
            rc = td_grow((void **)&e->hits.items, &e->hits.cap, e->hits.n + 1,
                         sizeof(*e->hits.items));
            if (rc != TD_OK) {
                rc = td_error_set(err, rc, "out of memory");
                break;
            }
            e->hits.items[e->hits.n++] = old->items[j];
            /* Seqs are unique in the window: the emptied slot matches nothing else. */
            memset(&old->items[j], 0, sizeof(old->items[j]));
        } else {
            rc = search_fetch(st, p->match, &top[i], &e->hits, err);
        }
        /* A seq with no article row (never the case: rows are not deleted) adds no hit. */
        if (rc == TD_OK && e->hits.n > had)
            e->hit_seq[had] = top[i].seq;
    }
    td_free(top);
    return rc;
}

/*
 * How many articles up to `upto` match, from the window of the newest
 * matches: all of them when the window is not full, else as many as the
 * window's share of the seqs it spans predicts.
 */
static double estimate_df(const struct store_search_window *w, int64_t upto)
{
    int64_t span;

    if (w->n < SEARCH_WINDOW)
        return (double)w->n;
    span = w->items[0].seq - w->items[w->n - 1].seq + 1;
    return (double)w->n * (double)upto / (double)(span > 0 ? span : 1);
}

/* Gives `e` its own copy of the search `p`. Errors: TD_ERR_NOMEM. */
static enum td_err entry_set_params(struct cache_entry *e, const struct store_search_params *p)
{
    e->p = *p;
    if ((e->match = td_strdup(p->match)) == NULL ||
        (p->lang != NULL && (e->lang = td_strdup(p->lang)) == NULL))
        return TD_ERR_NOMEM;
    e->p.match = e->match;
    e->p.lang = e->lang;
    return TD_OK;
}

/* Ranks `p` from scratch into a new entry `*out` covering the index up to `upto`. */
static enum td_err rank_full(struct td_store *st, const struct store_search_params *p,
                             const char *key, uint64_t hash, int64_t upto,
                             struct cache_entry **out, struct td_error *err)
{
    struct cache_entry *e = td_calloc(1, sizeof(*e));
    enum td_err rc;

    if (e == NULL || (e->key = td_strdup(key)) == NULL) {
        td_free(e);
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    e->hash = hash;
    e->upto = upto;
    e->ranked_at = e->merged_at = time_monotonic();
    if (entry_set_params(e, p) != TD_OK) {
        entry_free(e);
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    rc = store_search_rank(st, p, 0, upto, &e->win, err);
    e->ranked_df = estimate_df(&e->win, upto);
    if (rc == TD_OK)
        rc = render_top(st, p, e, NULL, NULL, err);
    if (rc != TD_OK) {
        entry_free(e);
        return rc;
    }
    entry_measure(e);
    *out = e;
    return TD_OK;
}

/* Prepends `fresh` (newer matches, newest first) to the window, which keeps SEARCH_WINDOW. */
static enum td_err window_merge(struct store_search_window *w,
                                const struct store_search_window *fresh)
{
    size_t keep = w->n, n;

    if (fresh->n >= SEARCH_WINDOW)
        keep = 0;
    else if (keep > SEARCH_WINDOW - fresh->n)
        keep = SEARCH_WINDOW - fresh->n;
    n = fresh->n + keep;
    if (td_grow((void **)&w->items, &w->cap, n, sizeof(*w->items)) != TD_OK)
        return TD_ERR_NOMEM;
    memmove(w->items + fresh->n, w->items, keep * sizeof(*w->items));
    memcpy(w->items, fresh->items, (n - keep) * sizeof(*w->items));
    w->n = n;
    return TD_OK;
}

/*
 * Brings `e` from `e->upto` up to `upto`: scores the newer matches and
 * re-renders the top. Sets `*rerank` instead, changing nothing, when they
 * are too many to merge into scores of the past (SEARCH_CACHE_DRIFT).
 */
static enum td_err rank_delta(struct td_store *st, const struct store_search_params *p,
                              struct cache_entry *e, int64_t upto, bool *rerank,
                              struct td_error *err)
{
    struct store_search_window fresh = {NULL, 0, 0};
    struct td_search_list old;
    int64_t *old_seq;
    enum td_err rc = store_search_rank(st, p, e->upto, upto, &fresh, err);

    *rerank = rc == TD_OK && (double)(e->merged + fresh.n) > SEARCH_CACHE_DRIFT * e->ranked_df;
    if (*rerank) {
        td_free(fresh.items);
        return TD_OK;
    }
    e->merged += fresh.n;
    if (rc == TD_OK && fresh.n > 0 && window_merge(&e->win, &fresh) != TD_OK)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    td_free(fresh.items);
    if (rc != TD_OK || fresh.n == 0) {
        if (rc == TD_OK) {
            e->upto = upto;
            e->merged_at = time_monotonic();
        }
        return rc;
    }
    old = e->hits;
    old_seq = e->hit_seq;
    memset(&e->hits, 0, sizeof(e->hits));
    e->hit_seq = NULL;
    td_free(e->json);
    e->json = NULL;
    rc = render_top(st, p, e, &old, old_seq, err);
    td_search_list_release(&old);
    td_free(old_seq);
    if (rc == TD_OK) {
        e->upto = upto;
        e->merged_at = time_monotonic();
        entry_measure(e);
    }
    return rc;
}

/* Where an answer goes: a copy of the hits, or of their JSON (exactly one is set). */
struct answer_to {
    struct td_search_list *list;
    char **json;
};

/* Copies the answer of `e` out; TD_ERR_NOMEM leaves nothing behind. */
static enum td_err hand_out(const struct cache_entry *e, const struct answer_to *to)
{
    if (to->list != NULL)
        return list_copy(to->list, &e->hits);
    /* An entry whose rendering failed (out of memory) has no JSON to give. */
    if (e->json == NULL)
        return TD_ERR_NOMEM;
    return (*to->json = td_strdup(e->json)) != NULL ? TD_OK : TD_ERR_NOMEM;
}

/* Queues `key` for the refresher (under `mu`); false when out of memory. */
static bool enqueue(struct td_search_cache *c, const char *key, uint64_t hash)
{
    struct refresh_item *it = td_calloc(1, sizeof(*it));

    if (it == NULL || (it->key = td_strdup(key)) == NULL) {
        td_free(it);
        return false;
    }
    it->hash = hash;
    if (c->qtail != NULL)
        c->qtail->next = it;
    else
        c->qhead = it;
    c->qtail = it;
    pthread_cond_signal(&c->cv);
    return true;
}

/* What a lookup found: an answer, an entry to bring up to date, or nothing. */
enum lookup { LOOK_HIT, LOOK_DELTA, LOOK_MISS };

static enum lookup lookup(struct td_search_cache *c, const char *key, uint64_t hash,
                          int64_t upto, const struct answer_to *out, struct cache_entry **taken)
{
    struct cache_entry **slot = slot_of(c, hash, key), *e = *slot;

    double now = time_monotonic();

    *taken = NULL;
    if (e == NULL)
        return LOOK_MISS;
    /* With a refresher, a kept entry answers and is brought up to date behind the answer. */
    if (c->has_refresher && !c->stopping && e->upto <= upto &&
        (e->upto < upto || now - e->ranked_at >= SEARCH_CACHE_MAX_AGE)) {
        if (hand_out(e, out) != TD_OK)
            return LOOK_MISS;
        if (!e->queued && (now - e->merged_at >= c->refresh ||
                           now - e->ranked_at >= SEARCH_CACHE_MAX_AGE))
            e->queued = enqueue(c, e->key, e->hash);
        lru_unlink(e);
        lru_push(c, e);
        return LOOK_HIT;
    }
    /* Kept as is when current, or when behind for less than the refresh interval. */
    if ((e->upto == upto || (e->upto < upto && now - e->merged_at < c->refresh)) &&
        now - e->ranked_at < SEARCH_CACHE_MAX_AGE) {
        if (hand_out(e, out) != TD_OK)
            return LOOK_MISS;
        lru_unlink(e);
        lru_push(c, e);
        return LOOK_HIT;
    }
    e = detach(c, slot);
    if (e->upto < upto && now - e->ranked_at < SEARCH_CACHE_MAX_AGE) {
        *taken = e;
        return LOOK_DELTA;
    }
    /* Too old to merge into, or the index went back (a replaced database file). */
    entry_free(e);
    return LOOK_MISS;
}

static double cpu_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Counts one answer of a kind and the CPU time it took. */
static void count(struct td_search_cache *c, uint64_t *counter, double *seconds, double t0)
{
    double t = cpu_seconds() - t0;

    pthread_mutex_lock(&c->mu);
    (*counter)++;
    *seconds += t;
    pthread_mutex_unlock(&c->mu);
}

/*
 * Brings entry `*ep` up to date with the index at `upto` by merging in the
 * newer matches when `try_delta` (else, or when they are too many, by
 * ranking `p` afresh; `*ep` NULL ranks afresh), renders its JSON and counts
 * the work. `p` and `key` may belong to `*ep`: it is freed only after the
 * new ranking. On failure `*ep` is freed and NULL.
 */
static enum td_err update(struct td_search_cache *c, struct td_store *st,
                          const struct store_search_params *p, const char *key, uint64_t hash,
                          int64_t upto, bool try_delta, struct cache_entry **ep,
                          struct td_error *err)
{
    struct cache_entry *e = *ep, *fresh = NULL;
    bool rerank = !try_delta || e == NULL;
    enum td_err rc = TD_OK;
    double t0 = cpu_seconds();

    if (!rerank)
        rc = rank_delta(st, p, e, upto, &rerank, err);
    if (rc == TD_OK && rerank) {
        rc = rank_full(st, p, key, hash, upto, &fresh, err);
        entry_free(e);
        e = fresh;
    }
    /* Rendered once per change of the hits, outside the lock; a hit only copies it. */
    if (rc == TD_OK && e->json == NULL && td_json_search(&e->hits, &e->json) == TD_OK)
        entry_measure(e);
    count(c, rerank ? &c->stats.misses : &c->stats.deltas,
          rerank ? &c->stats.miss_seconds : &c->stats.delta_seconds, t0);
    if (rc != TD_OK) {
        entry_free(e);
        e = NULL;
    }
    *ep = e;
    return rc;
}

/* The item of `key` in the busy list (under `mu`), or NULL. */
static struct refresh_item **busy_slot(struct td_search_cache *c, const char *key, uint64_t hash)
{
    struct refresh_item **it;

    for (it = &c->busy; *it != NULL; it = &(*it)->next)
        if ((*it)->hash == hash && strcmp((*it)->key, key) == 0)
            return it;
    return NULL;
}

/*
 * Looks `key` up (under `mu`), waiting while another thread ranks it; a
 * miss or a delta marks it busy in `*mine` (NULL when out of memory: the
 * work is then done unannounced, as before there was a busy list).
 */
static enum lookup lookup_or_wait(struct td_search_cache *c, const char *key, uint64_t hash,
                                  int64_t upto, const struct answer_to *out,
                                  struct cache_entry **taken, struct refresh_item **mine)
{
    enum lookup how;

    *mine = NULL;
    for (;;) {
        how = lookup(c, key, hash, upto, out, taken);
        if (how != LOOK_MISS || busy_slot(c, key, hash) == NULL)
            break;
        pthread_cond_wait(&c->ready, &c->mu);
    }
    if (how == LOOK_HIT)
        return how;
    *mine = td_calloc(1, sizeof(**mine));
    if (*mine != NULL && ((*mine)->key = td_strdup(key)) == NULL) {
        td_free(*mine);
        *mine = NULL;
    }
    if (*mine != NULL) {
        (*mine)->hash = hash;
        (*mine)->next = c->busy;
        c->busy = *mine;
    }
    return how;
}

/* Puts `e` (NULL: nothing) in the cache, ends `mine`'s busy mark and wakes the waiters. */
static void finish(struct td_search_cache *c, struct cache_entry *e, struct refresh_item *mine)
{
    struct refresh_item **it;

    pthread_mutex_lock(&c->mu);
    if (e != NULL)
        attach(c, e);
    if (mine != NULL && (it = busy_slot(c, mine->key, mine->hash)) != NULL) {
        *it = mine->next;
        td_free(mine->key);
        td_free(mine);
        pthread_cond_broadcast(&c->ready);
    }
    pthread_mutex_unlock(&c->mu);
}

/* Ranks or refreshes the entry of `key`, copies its answer to `out` and puts it in `c`. */
static enum td_err answer(struct td_search_cache *c, struct td_store *st,
                          const struct store_search_params *p, const char *key, uint64_t hash,
                          int64_t upto, const struct answer_to *out, struct td_error *err)
{
    struct cache_entry *e = NULL;
    struct refresh_item *mine;
    enum lookup how;
    enum td_err rc;
    double t0 = cpu_seconds();

    pthread_mutex_lock(&c->mu);
    how = lookup_or_wait(c, key, hash, upto, out, &e, &mine);
    pthread_mutex_unlock(&c->mu);
    if (how == LOOK_HIT) {
        count(c, &c->stats.hits, &c->stats.hit_seconds, t0);
        return TD_OK;
    }
    rc = update(c, st, p, key, hash, upto, how == LOOK_DELTA, &e, err);
    if (rc == TD_OK && hand_out(e, out) != TD_OK)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc != TD_OK) {
        entry_free(e);
        e = NULL;
    }
    finish(c, e, mine);
    return rc;
}

/* ---- The refresher thread ---- */

/* A copy of `e` the refresher can work on while `e` keeps answering; NULL when out of memory. */
static struct cache_entry *entry_clone(const struct cache_entry *e)
{
    struct cache_entry *d = td_calloc(1, sizeof(*d));
    bool ok;

    if (d == NULL)
        return NULL;
    d->hash = e->hash;
    d->upto = e->upto;
    d->ranked_at = e->ranked_at;
    d->merged_at = e->merged_at;
    d->ranked_df = e->ranked_df;
    d->merged = e->merged;
    ok = (d->key = td_strdup(e->key)) != NULL && entry_set_params(d, &e->p) == TD_OK &&
         list_copy(&d->hits, &e->hits) == TD_OK;
    if (ok && e->win.n > 0) {
        ok = (d->win.items = td_malloc(e->win.n * sizeof(*d->win.items))) != NULL;
        if (ok) {
            memcpy(d->win.items, e->win.items, e->win.n * sizeof(*d->win.items));
            d->win.n = d->win.cap = e->win.n;
        }
    }
    if (ok && e->hits.n > 0) {
        ok = (d->hit_seq = td_malloc(e->hits.n * sizeof(*d->hit_seq))) != NULL;
        if (ok)
            memcpy(d->hit_seq, e->hit_seq, e->hits.n * sizeof(*d->hit_seq));
    }
    if (!ok) {
        entry_free(d);
        return NULL;
    }
    return d;
}

/* Brings a copy of a kept entry up to date on `st` and puts it in place of the old one. */
static void refresh_one(struct td_search_cache *c, struct td_store *st, struct cache_entry *e)
{
    struct td_error err;
    int64_t upto = 0;
    uint64_t hash = e->hash;
    char *key = td_strdup(e->key);
    enum td_err rc = store_search_upto(st, &upto, &err);
    bool try_delta = time_monotonic() - e->ranked_at < SEARCH_CACHE_MAX_AGE && e->upto < upto;

    if (rc == TD_OK)
        rc = update(c, st, &e->p, e->key, hash, upto, try_delta, &e, &err);
    pthread_mutex_lock(&c->mu);
    if (rc == TD_OK && e->json != NULL) {
        attach(c, e);
    } else {
        /* Failed: the kept entry answers on and may be queued again. */
        struct cache_entry *kept = key != NULL ? *slot_of(c, hash, key) : NULL;
        if (kept != NULL)
            kept->queued = false;
        entry_free(e);
    }
    pthread_mutex_unlock(&c->mu);
    td_free(key);
}

/* Takes the next queued key's entry, copied; NULL once stopping with nothing queued. */
static struct cache_entry *next_job(struct td_search_cache *c)
{
    struct cache_entry *copy = NULL;

    pthread_mutex_lock(&c->mu);
    while (copy == NULL) {
        struct refresh_item *it;
        struct cache_entry *e;
        while (c->qhead == NULL && !c->stopping)
            pthread_cond_wait(&c->cv, &c->mu);
        if ((it = c->qhead) == NULL)
            break;
        c->qhead = it->next;
        if (c->qhead == NULL)
            c->qtail = NULL;
        e = *slot_of(c, it->hash, it->key);
        if (e != NULL && (copy = entry_clone(e)) == NULL)
            e->queued = false;
        td_free(it->key);
        td_free(it);
        if (c->stopping)
            break;
    }
    pthread_mutex_unlock(&c->mu);
    return copy;
}

static void *refresher(void *arg)
{
    struct td_search_cache *c = arg;
    struct td_store *st = NULL;
    struct cache_entry *e;

    /* Requests are answered from what is kept meanwhile: refreshing gives way to them. */
    sched_background_thread();
    if (td_store_open(c->db_path, &st, NULL) == TD_OK)
        td_store_index_on_read(st, false);
    while ((e = next_job(c)) != NULL) {
        if (st != NULL)
            refresh_one(c, st, e);
        else
            entry_free(e);
    }
    td_store_close(st);
    return NULL;
}

enum td_err td_search_cache_start_refresher(struct td_search_cache *c, const char *db_path,
                                            struct td_error *err)
{
    if (c == NULL || db_path == NULL || c->has_refresher)
        return td_error_set(err, TD_ERR_INVALID, "no cache or database, or already started");
    if ((c->db_path = td_strdup(db_path)) == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (pthread_create(&c->refresher, NULL, refresher, c) != 0) {
        td_free(c->db_path);
        c->db_path = NULL;
        return td_error_set(err, TD_ERR_INTERNAL, "cannot start the search refresher thread");
    }
    c->has_refresher = true;
    return TD_OK;
}

/* Both public entry points: checks, the index state, the key, then `answer`. */
static enum td_err cached(struct td_store *st, struct td_search_cache *c, const char *query,
                          const struct td_search_opts *opts, const struct answer_to *to,
                          struct td_error *err)
{
    struct store_search_params p;
    char lang[8] = "", *key;
    int64_t upto = 0;
    enum td_err rc;

    if ((rc = search_prepare(st, query, opts, &p, lang, err)) != TD_OK)
        return rc;
    if ((rc = store_search_upto(st, &upto, err)) != TD_OK)
        return rc;
    if ((key = make_key(&p)) == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    rc = answer(c, st, &p, key, key_hash(key), upto, to, err);
    td_free(key);
    return rc;
}

enum td_err td_query_search_cached(struct td_store *st, struct td_search_cache *c,
                                   const char *query, const struct td_search_opts *opts,
                                   struct td_search_list *out, struct td_error *err)
{
    struct answer_to to = {out, NULL};

    if (c == NULL)
        return td_query_search(st, query, opts, out, err);
    if (out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no output");
    return cached(st, c, query, opts, &to, err);
}

enum td_err td_query_search_cached_json(struct td_store *st, struct td_search_cache *c,
                                        const char *query, const struct td_search_opts *opts,
                                        char **json, struct td_error *err)
{
    struct answer_to to = {NULL, json};
    struct td_search_list l;
    enum td_err rc;

    if (json == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no output");
    if (c != NULL)
        return cached(st, c, query, opts, &to, err);
    if ((rc = td_query_search(st, query, opts, &l, err)) != TD_OK)
        return rc;
    rc = td_json_search(&l, json);
    td_search_list_release(&l);
    return rc == TD_OK ? TD_OK : td_error_set(err, rc, "cannot render the search results");
}
