/*
 * near.c - the in-memory LSH index of near-duplicate signatures: a ring of
 * the most recent articles, grown by doubling up to the window, and one
 * open-addressing table per band whose slots name ring positions. An
 * evicted article's entries are deleted, so the tables hold live entries
 * only and never need a rebuild to shed dead ones. Every pass over an
 * article's bands hashes them all and prefetches their slots first.
 */
#include <string.h>

#include "core/alloc.h"
#include "core/prefetch.h"
#include "dedup/dedup_int.h"
#include "core/banned.h"

/*
 * Band tables have LOAD_NUM / LOAD_DEN slots per ring position: a load of
 * at most 1/2 when the ring is full. At 3/4 they took 630 instead of 800
 * bytes per article, but linear probing runs grew so long that an add with
 * its eviction cost about twice the instructions (callgrind, 40 k articles
 * through a window of 10 k).
 */
#define LOAD_NUM 2
#define LOAD_DEN 1
/* The first ring; it doubles from here up to the window. */
#define FIRST_RING 1024
/* A lookup probes at most this many slots per band (guards popular buckets). */
#define MAX_PROBE 4096
/*
 * A band bucket keeps at most this many articles. A stream of near-identical
 * texts would otherwise make one bucket (and its probe run) grow with the
 * stream; an article left out of a full bucket is still found through its
 * other bands, and its copies through the articles already in the bucket.
 */
#define BUCKET_CAP 16
/*
 * A slot is (ring position + 1) << POS_SHIFT | distance << FP_BITS |
 * fingerprint, 0 when empty. The fingerprint (low hash bits the position
 * does not use) lets a probe skip most foreign entries without reading
 * their article's signature; the distance from the entry's home slot lets a
 * deletion shift entries back without reading any signature at all. An
 * entry that would sit more than DIST_MAX slots from home is left out, as
 * from a full bucket.
 */
#define FP_BITS 5
#define FP_MASK ((1u << FP_BITS) - 1)
#define DIST_MAX 127u
#define POS_SHIFT 12
/* The largest window the slot layout can address (20 bits of ring position). */
#define MAX_WINDOW (((size_t)1 << (32 - POS_SHIFT)) - 2)
/* Ids of up to this many bytes (NUL excluded) are kept inside the doc. */
#define INLINE_ID_MAX (NEAR_ID_BYTES - 2)

enum td_err dedup_near_new(size_t window, struct dedup_near **out, struct td_error *err)
{
    struct dedup_near *nx = td_calloc(1, sizeof(*nx));

    if (nx == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    nx->window = window > 0 ? window : DEDUP_NEAR_WINDOW;
    if (nx->window > MAX_WINDOW)
        nx->window = MAX_WINDOW;
    *out = nx;
    return TD_OK;
}

/* Whether doc `d` keeps its id on the heap (the last inline byte is the mark). */
static bool id_on_heap(const struct near_doc *d)
{
    return d->id[NEAR_ID_BYTES - 1] != 0;
}

static char *heap_id(const struct near_doc *d)
{
    char *p;

    memcpy(&p, d->id, sizeof(p));
    return p;
}

static void release_id(struct near_doc *d)
{
    if (id_on_heap(d))
        td_free(heap_id(d));
    memset(d->id, 0, sizeof(d->id));
}

/* Stores `id` in `d`: inline when short, else a heap copy. Errors: TD_ERR_NOMEM. */
static enum td_err set_id(struct near_doc *d, const char *id)
{
    size_t n = strlen(id);
    char *copy;

    if (n <= INLINE_ID_MAX) {
        release_id(d);
        memcpy(d->id, id, n);
        return TD_OK;
    }
    copy = td_strdup(id);
    if (copy == NULL)
        return TD_ERR_NOMEM;
    release_id(d);
    memcpy(d->id, &copy, sizeof(copy));
    d->id[NEAR_ID_BYTES - 1] = 1;
    return TD_OK;
}

static const char *doc_id(const struct near_doc *d)
{
    return id_on_heap(d) ? heap_id(d) : d->id;
}

void dedup_near_free(struct dedup_near *nx)
{
    size_t i;

    if (nx == NULL)
        return;
    for (i = 0; i < nx->live; i++)
        release_id(&nx->docs[(nx->first + i) % nx->ring_cap]);
    td_free(nx->docs);
    td_free(nx->slots);
    td_free(nx);
}

/* A 64-bit mix of band `b` of `sig`; its high bits place it, its low bits are the fingerprint. */
static uint64_t band_hash(const uint16_t *sig, int b)
{
    uint64_t x = (uint64_t)sig[b * DEDUP_NEAR_ROWS] << 16 | sig[b * DEDUP_NEAR_ROWS + 1];

    x |= (uint64_t)b << 32;
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDu;
    x ^= x >> 33;
    x *= 0xC4CEB9FE1A85EC53u;
    x ^= x >> 33;
    return x;
}

/*
 * The home slot of hash `x` in a table of `cap` (< 2^32) slots: the high 32
 * bits scaled to the table (Lemire's multiply-shift), so any size works.
 */
static size_t home_of(uint64_t x, size_t cap)
{
    return (size_t)(((x >> 32) * (uint64_t)cap) >> 32);
}

static uint32_t slot_of(size_t ring_pos, uint64_t x, size_t dist)
{
    return (uint32_t)((ring_pos + 1) << POS_SHIFT) | (uint32_t)(dist << FP_BITS) |
           (uint32_t)(x & FP_MASK);
}

static size_t slot_pos(uint32_t slot)
{
    return (slot >> POS_SHIFT) - 1;
}

static size_t slot_dist(uint32_t slot)
{
    return (slot >> FP_BITS) & DIST_MAX;
}

static const struct near_doc *slot_doc(const struct dedup_near *nx, uint32_t slot)
{
    return &nx->docs[slot_pos(slot)];
}

/* Age rank of ring position `pos`: 0 for the oldest live doc. */
static size_t age_rank(const struct dedup_near *nx, size_t pos)
{
    return (pos + nx->ring_cap - nx->first) % nx->ring_cap;
}

static bool same_band(const uint16_t *a, const uint16_t *b, int band)
{
    return memcmp(a + band * DEDUP_NEAR_ROWS, b + band * DEDUP_NEAR_ROWS,
                  DEDUP_NEAR_ROWS * sizeof(*a)) == 0;
}

static int matches(const uint16_t *a, const uint16_t *b)
{
    int i, n = 0;

    for (i = 0; i < DEDUP_NEAR_HASHES; i++)
        n += a[i] == b[i];
    return n;
}

/* Whether slot `s` holds an entry of band `b` equal to that of `sig` (hash `x`). */
static bool slot_matches(const struct dedup_near *nx, uint32_t s, uint64_t x, const uint16_t *sig,
                         int b)
{
    return (s & FP_MASK) == (x & FP_MASK) && same_band(slot_doc(nx, s)->sig, sig, b);
}

/* `day` clamped to what a doc keeps (int32_t: far beyond any real date). */
static int32_t clamp_day(int64_t day)
{
    return day < INT32_MIN + 1 ? INT32_MIN + 1 : day > INT32_MAX ? INT32_MAX : (int32_t)day;
}

/* A look-up: the signature and date looked for, and the best candidate so far. */
struct probe {
    const uint16_t *sig;
    bool has_day;
    int32_t day; /* clamp_day() of the article's day, when `has_day` */
    size_t best; /* ring position of the best candidate, when `best_n` reaches the threshold */
    int best_n;
};

/* The date rule (dedup_near_set_copy_days()): whether doc `d` is too far in time to be a copy. */
static bool too_far(const struct dedup_near *nx, const struct near_doc *d, const struct probe *pr)
{
    int64_t apart = (int64_t)d->day - pr->day;

    return nx->copy_days > 0 && pr->has_day && d->dated &&
           (apart > nx->copy_days || -apart > nx->copy_days);
}

/*
 * Scores every candidate in the bucket of band `b` (hash `x`), keeping the
 * best (ties: the oldest).
 */
static void scan_band(const struct dedup_near *nx, struct probe *pr, int b, uint64_t x)
{
    const uint32_t *t = nx->slots + (size_t)b * nx->band_cap;
    size_t pos = home_of(x, nx->band_cap), probes;

    for (probes = 0; t[pos] != 0 && probes < MAX_PROBE; probes++) {
        uint32_t s = t[pos];
        pos = pos + 1 == nx->band_cap ? 0 : pos + 1;
        if (!slot_matches(nx, s, x, pr->sig, b))
            continue;
        size_t at = slot_pos(s);
        if (too_far(nx, &nx->docs[at], pr))
            continue;
        int n = matches(nx->docs[at].sig, pr->sig);
        if (n > pr->best_n || (n == pr->best_n && age_rank(nx, at) < age_rank(nx, pr->best))) {
            pr->best = at;
            pr->best_n = n;
        }
    }
}

/*
 * The hashes of the bands of `sig` into `x`, each home slot prefetched: the
 * tables are far larger than the caches once the window fills, and the
 * look-ups that follow would otherwise wait for their misses one at a time.
 */
static void hash_bands(const struct dedup_near *nx, const uint16_t *sig,
                       uint64_t x[DEDUP_NEAR_BANDS])
{
    int b;

    for (b = 0; b < DEDUP_NEAR_BANDS; b++) {
        x[b] = band_hash(sig, b);
        prefetch_read(nx->slots + (size_t)b * nx->band_cap + home_of(x[b], nx->band_cap));
    }
}

/* dedup_near_find() for the probe `pr` (its best not yet set); `matches_out` may be NULL. */
static const char *find(const struct dedup_near *nx, const struct dedup_sig *sig, struct probe *pr,
                        int64_t *story_out, int *matches_out)
{
    int b;
    uint64_t x[DEDUP_NEAR_BANDS];

    if (nx->live == 0 || sig->shingles < DEDUP_NEAR_MIN_SHINGLES)
        return NULL;
    pr->sig = sig->h;
    pr->best = 0;
    pr->best_n = DEDUP_NEAR_MIN_MATCHES - 1;
    hash_bands(nx, sig->h, x);
    for (b = 0; b < DEDUP_NEAR_BANDS; b++)
        scan_band(nx, pr, b, x[b]);
    if (pr->best_n < DEDUP_NEAR_MIN_MATCHES)
        return NULL;
    *story_out = nx->docs[pr->best].story;
    if (matches_out != NULL)
        *matches_out = pr->best_n;
    return doc_id(&nx->docs[pr->best]);
}

const char *dedup_near_find(const struct dedup_near *nx, const struct dedup_sig *sig,
                            int64_t *story_out, int *matches_out)
{
    struct probe pr = {NULL, false, 0, 0, 0};

    return find(nx, sig, &pr, story_out, matches_out);
}

const char *dedup_near_find_dated(const struct dedup_near *nx, const struct dedup_sig *sig,
                                  bool has_day, int64_t day, int64_t *story_out)
{
    struct probe pr = {NULL, has_day, clamp_day(day), 0, 0};

    return find(nx, sig, &pr, story_out, NULL);
}

/*
 * Puts band `b` (hash `x`) of the doc at ring position `at` into its table, unless its
 * bucket is full or its slot would be over DIST_MAX from home.
 */
static void put_band(struct dedup_near *nx, size_t at, int b, uint64_t x)
{
    uint32_t *t = nx->slots + (size_t)b * nx->band_cap;
    const uint16_t *sig = nx->docs[at].sig;
    size_t pos = home_of(x, nx->band_cap), dist = 0;
    int same = 0;

    for (; t[pos] != 0; pos = pos + 1 == nx->band_cap ? 0 : pos + 1, dist++)
        if (dist >= DIST_MAX || (slot_matches(nx, t[pos], x, sig, b) && ++same >= BUCKET_CAP))
            return;
    t[pos] = slot_of(at, x, dist);
}

/*
 * Deletes band `b` (hash `x`) of the doc at ring position `at` from its table (it may
 * be absent: a full bucket left it out), then shifts later entries of the
 * probe run back so that no lookup stops early at the hole. An entry moves
 * back when its home is not after the hole, which its distance tells.
 */
static void drop_band(struct dedup_near *nx, size_t at, int b, uint64_t x)
{
    uint32_t *t = nx->slots + (size_t)b * nx->band_cap;
    size_t cap = nx->band_cap, i, j, gap;
    uint32_t key = slot_of(at, x, 0), mask = ~(DIST_MAX << FP_BITS);

    for (i = home_of(x, cap); (t[i] & mask) != key; i = i + 1 == cap ? 0 : i + 1)
        if (t[i] == 0)
            return;
    for (j = i;;) {
        j = j + 1 == cap ? 0 : j + 1;
        if (t[j] == 0)
            break;
        gap = j >= i ? j - i : j + cap - i;
        if (slot_dist(t[j]) < gap)
            continue; /* its home is after the hole */
        t[i] = t[j] - (uint32_t)(gap << FP_BITS);
        i = j;
    }
    t[i] = 0;
}

/* Puts the bands of the doc at ring position `at`, whose hashes hash_bands() left in `x`. */
static void put_doc(struct dedup_near *nx, size_t at, const uint64_t x[DEDUP_NEAR_BANDS])
{
    int b;

    for (b = 0; b < DEDUP_NEAR_BANDS; b++)
        put_band(nx, at, b, x[b]);
}

/* Forgets every doc (after a failed resize: the index is emptied, not broken). */
static void forget_all(struct dedup_near *nx)
{
    size_t i;

    for (i = 0; i < nx->live; i++)
        release_id(&nx->docs[(nx->first + i) % nx->ring_cap]);
    nx->live = 0;
    nx->first = 0;
}

/*
 * Gives the ring `ring` positions (more than now) with its live docs at
 * positions 0.. in order. Without evictions they are there already and a
 * realloc keeps them; after age evictions (dedup_near_set_age()) they may
 * wrap around the ring's end and are copied into a new ring. Either way the
 * new positions stay untouched (so not resident) until articles fill them.
 * Errors: TD_ERR_NOMEM (nothing changed).
 */
static enum td_err grow_ring(struct dedup_near *nx, size_t ring)
{
    struct near_doc *docs;
    size_t head;

    if (nx->first == 0) {
        docs = td_realloc(nx->docs, ring * sizeof(*docs));
        if (docs == NULL)
            return TD_ERR_NOMEM;
        nx->docs = docs;
        return TD_OK;
    }
    docs = td_malloc(ring * sizeof(*docs));
    if (docs == NULL)
        return TD_ERR_NOMEM;
    head = nx->ring_cap - nx->first < nx->live ? nx->ring_cap - nx->first : nx->live;
    memcpy(docs, nx->docs + nx->first, head * sizeof(*docs));
    memcpy(docs + head, nx->docs, (nx->live - head) * sizeof(*docs));
    td_free(nx->docs);
    nx->docs = docs;
    nx->first = 0;
    return TD_OK;
}

/*
 * Gives the ring `ring` positions (at least as many as now) and rebuilds
 * the band tables for it. The old tables are freed before the new ones are
 * allocated, so growing never holds both; the price is that a failure to
 * allocate the new tables empties the index. Errors: TD_ERR_NOMEM.
 */
static enum td_err resize(struct dedup_near *nx, size_t ring)
{
    size_t band_cap = ring * LOAD_NUM / LOAD_DEN + 1, i;
    uint64_t x[DEDUP_NEAR_BANDS];

    if (ring > nx->ring_cap && grow_ring(nx, ring) != TD_OK)
        return TD_ERR_NOMEM;
    TD_FREE(nx->slots);
    nx->band_cap = 0;
    nx->slots = td_calloc(band_cap * DEDUP_NEAR_BANDS, sizeof(*nx->slots));
    if (nx->slots == NULL) {
        forget_all(nx);
        return TD_ERR_NOMEM;
    }
    nx->ring_cap = ring;
    nx->band_cap = band_cap;
    for (i = 0; i < nx->live; i++) {
        size_t at = (nx->first + i) % nx->ring_cap;
        hash_bands(nx, nx->docs[at].sig, x);
        put_doc(nx, at, x);
    }
    return TD_OK;
}

/* The ring size the next add needs: double when full (up to the window), else as is. */
static size_t ring_wanted(const struct dedup_near *nx)
{
    size_t ring = nx->ring_cap == 0 ? FIRST_RING : 2 * nx->ring_cap;

    if (nx->live < nx->ring_cap)
        return nx->ring_cap;
    return ring < nx->window ? ring : nx->window;
}

/* Evicts the oldest doc: its band entries and its id. */
static void evict_oldest(struct dedup_near *nx)
{
    struct near_doc *d = &nx->docs[nx->first];
    uint64_t x[DEDUP_NEAR_BANDS];
    int b;

    hash_bands(nx, d->sig, x);
    for (b = 0; b < DEDUP_NEAR_BANDS; b++)
        drop_band(nx, nx->first, b, x[b]);
    release_id(d);
    nx->first = (nx->first + 1) % nx->ring_cap;
    nx->live--;
}

void dedup_near_set_age(struct dedup_near *nx, size_t keep, int64_t max_days)
{
    nx->keep = keep;
    nx->max_days = max_days > 0 ? max_days : 0;
}

void dedup_near_set_copy_days(struct dedup_near *nx, int64_t max_days)
{
    nx->copy_days = max_days > 0 ? max_days : 0;
}

/*
 * The day a new doc keeps, after noting it as the newest when it is: an
 * undated doc takes the newest day added, or INT32_MIN before any (older
 * than every date, so the age rule evicts it first).
 */
static int32_t doc_day(struct dedup_near *nx, bool has_day, int64_t day)
{
    int32_t d = clamp_day(day);

    if (!has_day)
        return nx->has_newest ? nx->newest_day : INT32_MIN;
    if (!nx->has_newest || d > nx->newest_day) {
        nx->newest_day = d;
        nx->has_newest = true;
    }
    return d;
}

/* The age rule (dedup_near_set_age()): evicts the oldest docs while they are too old. */
static void age_out(struct dedup_near *nx)
{
    while (nx->keep > 0 && nx->live >= nx->keep && nx->has_newest &&
           (int64_t)nx->newest_day - nx->docs[nx->first].day > nx->max_days)
        evict_oldest(nx);
}

enum td_err dedup_near_add(struct dedup_near *nx, const struct dedup_sig *sig, const char *id,
                           int64_t story, struct td_error *err)
{
    return dedup_near_add_dated(nx, sig, id, story, false, 0, err);
}

enum td_err dedup_near_add_dated(struct dedup_near *nx, const struct dedup_sig *sig, const char *id,
                                 int64_t story, bool has_day, int64_t day, struct td_error *err)
{
    struct near_doc staged;
    uint64_t x[DEDUP_NEAR_BANDS];
    size_t at;

    if (sig->shingles < DEDUP_NEAR_MIN_SHINGLES)
        return TD_OK;
    /* The id first: past this point nothing can fail but `resize`. */
    memset(&staged, 0, sizeof(staged));
    if (set_id(&staged, id) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    staged.day = doc_day(nx, has_day, day);
    staged.dated = has_day;
    if (nx->slots != NULL)
        age_out(nx);
    /*
     * Tables are missing at the start and after a failed resize. `first` is
     * 0 until the first eviction, which only the age rule or a ring as large
     * as the window makes.
     */
    if ((nx->slots == NULL || (nx->live == nx->ring_cap && nx->ring_cap < nx->window)) &&
        resize(nx, ring_wanted(nx)) != TD_OK) {
        release_id(&staged);
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    /* The new doc's slots are fetched while the oldest one's entries are deleted. */
    hash_bands(nx, sig->h, x);
    if (nx->live == nx->ring_cap)
        evict_oldest(nx);
    at = (nx->first + nx->live) % nx->ring_cap;
    staged.story = story;
    memcpy(staged.sig, sig->h, sizeof(staged.sig));
    nx->docs[at] = staged;
    nx->live++;
    put_doc(nx, at, x);
    return TD_OK;
}

size_t dedup_near_bytes(const struct dedup_near *nx)
{
    return sizeof(*nx) + nx->ring_cap * sizeof(*nx->docs) +
           nx->band_cap * DEDUP_NEAR_BANDS * sizeof(*nx->slots);
}

void dedup_near_mem(const struct dedup_near *nx, td_mem_row_fn fn, void *ctx)
{
    size_t i, bytes = dedup_near_bytes(nx);

    for (i = 0; i < nx->live; i++) {
        const struct near_doc *d = &nx->docs[(nx->first + i) % nx->ring_cap];
        if (id_on_heap(d))
            bytes += strlen(heap_id(d)) + 1;
    }
    fn(ctx, "near copies: index", nx->live, bytes);
}
