/*
 * near.c - the in-memory LSH index of near-duplicate signatures: a ring of
 * the most recent articles and one open-addressing table of band entries.
 */
#include <string.h>

#include "core/alloc.h"
#include "dedup/dedup_int.h"

/* The table is rebuilt past this load (in percent), to a load of at most half that. */
#define MAX_LOAD_PCT 70
/* A lookup probes at most this many slots per band (guards popular buckets). */
#define MAX_PROBE 4096
/*
 * A band bucket keeps at most this many articles. A stream of near-identical
 * texts would otherwise make one bucket (and its probe run) grow with the
 * stream; an article left out of a full bucket is still found through its
 * other bands, and its copies through the articles already in the bucket.
 */
#define BUCKET_CAP 16

enum td_err dedup_near_new(size_t window, struct dedup_near **out, struct td_error *err)
{
    struct dedup_near *nx = td_calloc(1, sizeof(*nx));

    if (nx == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    nx->window = window > 0 ? window : DEDUP_NEAR_WINDOW;
    *out = nx;
    return TD_OK;
}

void dedup_near_free(struct dedup_near *nx)
{
    size_t i;

    if (nx == NULL)
        return;
    for (i = 0; nx->docs != NULL && i < nx->window; i++)
        td_free(nx->docs[i].id);
    td_free(nx->docs);
    td_free(nx->slots);
    td_free(nx);
}

/* The table position of band `b` of `sig` (a 64-bit mix of its two values). */
static size_t band_pos(const uint16_t *sig, int b, size_t mask)
{
    uint64_t x = (uint64_t)sig[b * DEDUP_NEAR_ROWS] << 16 | sig[b * DEDUP_NEAR_ROWS + 1];

    x |= (uint64_t)b << 32;
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDu;
    x ^= x >> 33;
    x *= 0xC4CEB9FE1A85EC53u;
    x ^= x >> 33;
    return (size_t)x & mask;
}

static bool is_live(const struct dedup_near *nx, uint64_t seq)
{
    return seq < nx->count && nx->count - seq <= nx->window;
}

static const struct near_doc *doc_at(const struct dedup_near *nx, uint64_t seq)
{
    return &nx->docs[seq % nx->window];
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

/* Scores every live candidate in the bucket of band `b`, keeping the best. */
static void scan_band(const struct dedup_near *nx, const uint16_t *sig, int b, uint64_t *best,
                      int *best_n)
{
    size_t mask = nx->cap - 1, pos = band_pos(sig, b, mask), probes;

    for (probes = 0; nx->slots[pos] != 0 && probes < MAX_PROBE; probes++) {
        uint64_t seq = nx->slots[pos] - 1;
        pos = (pos + 1) & mask;
        if (!is_live(nx, seq) || !same_band(doc_at(nx, seq)->sig, sig, b))
            continue;
        int n = matches(doc_at(nx, seq)->sig, sig);
        if (n > *best_n || (n == *best_n && seq < *best)) {
            *best = seq;
            *best_n = n;
        }
    }
}

const char *dedup_near_find(const struct dedup_near *nx, const struct dedup_sig *sig,
                            int64_t *story_out, int *matches_out)
{
    uint64_t best = 0;
    int b, best_n = DEDUP_NEAR_MIN_MATCHES - 1;

    if (nx->cap == 0 || sig->shingles < DEDUP_NEAR_MIN_SHINGLES)
        return NULL;
    for (b = 0; b < DEDUP_NEAR_BANDS; b++)
        scan_band(nx, sig->h, b, &best, &best_n);
    if (best_n < DEDUP_NEAR_MIN_MATCHES)
        return NULL;
    *story_out = doc_at(nx, best)->story;
    if (matches_out != NULL)
        *matches_out = best_n;
    return doc_at(nx, best)->id;
}

/* Puts one band entry of doc `seq` into the table (which has room), unless its bucket is full. */
static void put_band(struct dedup_near *nx, uint64_t seq, const uint16_t *sig, int b)
{
    size_t mask = nx->cap - 1, pos = band_pos(sig, b, mask);
    int same = 0;

    for (; nx->slots[pos] != 0; pos = (pos + 1) & mask) {
        uint64_t other = nx->slots[pos] - 1;
        if (is_live(nx, other) && same_band(doc_at(nx, other)->sig, sig, b) && ++same >= BUCKET_CAP)
            return;
    }
    nx->slots[pos] = (uint32_t)(seq + 1);
    nx->used++;
}

static void put_doc(struct dedup_near *nx, uint64_t seq)
{
    int b;

    for (b = 0; b < DEDUP_NEAR_BANDS; b++)
        put_band(nx, seq, doc_at(nx, seq)->sig, b);
}

/*
 * Makes room for one more doc: past the load limit, the table is rebuilt
 * from the live docs only (dropping evicted ones), at a load of at most
 * half the limit.
 */
static enum td_err make_room(struct dedup_near *nx)
{
    uint64_t live = nx->count < nx->window ? nx->count : nx->window, seq;
    size_t need = ((size_t)live + 1) * DEDUP_NEAR_BANDS, cap = 1024;
    uint32_t *slots;

    if ((nx->used + DEDUP_NEAR_BANDS) * 100 <= nx->cap * MAX_LOAD_PCT)
        return TD_OK;
    while (cap * MAX_LOAD_PCT < need * 200)
        cap *= 2;
    slots = td_calloc(cap, sizeof(*slots));
    if (slots == NULL)
        return TD_ERR_NOMEM;
    td_free(nx->slots);
    nx->slots = slots;
    nx->cap = cap;
    nx->used = 0;
    /* The doc about to be added evicts the oldest live one: skip it. */
    for (seq = nx->count - live; seq < nx->count; seq++)
        if (live < nx->window || seq != nx->count - live)
            put_doc(nx, seq);
    return TD_OK;
}

enum td_err dedup_near_add(struct dedup_near *nx, const struct dedup_sig *sig, const char *id,
                           int64_t story, struct td_error *err)
{
    struct near_doc *d;
    char *copy;

    if (sig->shingles < DEDUP_NEAR_MIN_SHINGLES)
        return TD_OK;
    if (nx->docs == NULL && (nx->docs = td_calloc(nx->window, sizeof(*nx->docs))) == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    copy = td_strdup(id);
    if (copy == NULL || make_room(nx) != TD_OK) {
        td_free(copy);
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    d = &nx->docs[nx->count % nx->window];
    td_free(d->id);
    d->id = copy;
    d->story = story;
    memcpy(d->sig, sig->h, sizeof(d->sig));
    /* Count first: the evicted article in this ring slot must be dead for `put_doc`. */
    nx->count++;
    put_doc(nx, nx->count - 1);
    return TD_OK;
}
