/*
 * vector.c - sparse term-count vectors: built from per-article term maps,
 * sorted by term hash, and serialized as fixed 12-byte little-endian
 * records (8-byte hash, 4-byte count) for the store's `terms` column.
 */
#include <stdlib.h>
#include <string.h>

/* Inlined: the hashes here are of a few bytes, where a library call costs as much as the hash. */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "cluster/cluster.h"
#include "core/alloc.h"
#include "core/map64.h"
#include "core/sort.h"
#include "core/time.h"

#define REC_BYTES 12

void cluster_vec_init(struct cluster_vec *v)
{
    memset(v, 0, sizeof(*v));
}

void cluster_vec_release(struct cluster_vec *v)
{
    td_free(v->terms);
    td_free(v->counts);
    cluster_vec_init(v);
}

uint64_t cluster_term_hash(const char *term, size_t len)
{
    return cluster_term_key(XXH3_64bits(term, len));
}

uint64_t cluster_anchor_hash(const char *term, size_t len)
{
    return cluster_anchor_key(XXH3_64bits(term, len));
}

/*
 * When `d`'s first term is the reserved day record `term`, takes it off the
 * terms and sets `*day` from its count; else `*day` is 0 and `d` unchanged.
 */
static inline bool take_day(struct cluster_doc *d, uint64_t term, int64_t *day)
{
    *day = 0;
    if (d->n == 0 || d->terms[0] != term)
        return false;
    *day = (int64_t)d->counts[0] - CLUSTER_DAY_BIAS;
    d->terms++;
    d->counts++;
    d->n--;
    return true;
}

struct cluster_doc cluster_doc_of(const struct cluster_vec *v, bool has_date,
                                  int64_t published_at, const char *lang)
{
    struct cluster_doc d;

    d.terms = v->terms;
    d.counts = v->counts;
    d.n = v->n;
    d.has_date = has_date;
    d.day = time_day_of(published_at);
    d.lang = cluster_lang_code(lang);
    d.has_told = take_day(&d, CLUSTER_TOLD_TERM, &d.told_day);
    d.has_after = take_day(&d, CLUSTER_AFTER_TERM, &d.after_day);
    d.clause_at = d.counts;
    d.nclause = 0;
    d.title_names = NULL;
    d.ntitle = 0;
    d.want_recalled = false;
    d.dates_away = false;
    while (d.nclause < d.n && d.nclause < CLUSTER_CLAUSE_MAX &&
           d.terms[d.nclause] == CLUSTER_CLAUSE_TERM + d.nclause)
        d.nclause++;
    if (d.nclause > 0) { /* an empty vector's arrays are NULL: no offset on them */
        d.terms += d.nclause;
        d.counts += d.nclause;
        d.n -= d.nclause;
    }
    d.clause_numbers = NULL;
    d.nclause_numbers = 0;
    return d;
}

static enum td_err reserve(struct cluster_vec *v, size_t n);

/* Whether `day` fits a count as cluster_vec_set_days() writes it (never 0). */
static bool day_fits(int64_t day)
{
    return day > -CLUSTER_DAY_BIAS && day + CLUSTER_DAY_BIAS <= (int64_t)UINT32_MAX;
}

enum td_err cluster_vec_set_days(struct cluster_vec *v, bool has_told, int64_t told_day,
                                 bool has_after, int64_t after_day)
{
    size_t old = 0, add, n;

    while (old < v->n && (v->terms[old] == CLUSTER_TOLD_TERM || v->terms[old] == CLUSTER_AFTER_TERM))
        old++;
    has_told = has_told && day_fits(told_day);
    has_after = has_after && day_fits(after_day);
    add = (size_t)has_told + (size_t)has_after;
    n = v->n - old + add;
    if (reserve(v, n) != TD_OK)
        return TD_ERR_NOMEM;
    memmove(v->terms + add, v->terms + old, (v->n - old) * sizeof(*v->terms));
    memmove(v->counts + add, v->counts + old, (v->n - old) * sizeof(*v->counts));
    if (has_told) {
        v->terms[0] = CLUSTER_TOLD_TERM;
        v->counts[0] = (uint32_t)(told_day + CLUSTER_DAY_BIAS);
    }
    if (has_after) {
        v->terms[add - 1] = CLUSTER_AFTER_TERM;
        v->counts[add - 1] = (uint32_t)(after_day + CLUSTER_DAY_BIAS);
    }
    v->n = n;
    return TD_OK;
}

/* The index of `h` among `terms[0..n)` (sorted), or `n` when it is not there. */
static size_t term_index(const uint64_t *terms, size_t n, uint64_t h)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (terms[mid] < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && terms[lo] == h ? lo : n;
}

enum td_err cluster_vec_set_clause(struct cluster_vec *v, const uint64_t *hashes, size_t n)
{
    uint32_t at[CLUSTER_CLAUSE_MAX];
    size_t days = 0, first, k = 0, i, j;

    while (days < v->n && v->terms[days] < CLUSTER_CLAUSE_TERM)
        days++;
    first = days;
    while (first < v->n && first - days < CLUSTER_CLAUSE_MAX &&
           v->terms[first] == CLUSTER_CLAUSE_TERM + (first - days))
        first++;
    for (i = 0; i < n && k < CLUSTER_CLAUSE_MAX; i++) {
        size_t x = term_index(v->terms + first, v->n - first, hashes[i]);
        if (x == v->n - first)
            continue;
        for (j = 0; j < k && at[j] != x; j++)
            ;
        if (j == k)
            at[k++] = (uint32_t)x;
    }
    if (k == 0)
        return TD_OK;
    if (reserve(v, v->n - (first - days) + k) != TD_OK)
        return TD_ERR_NOMEM;
    memmove(v->terms + days + k, v->terms + first, (v->n - first) * sizeof(*v->terms));
    memmove(v->counts + days + k, v->counts + first, (v->n - first) * sizeof(*v->counts));
    v->n = v->n - (first - days) + k;
    for (j = 0; j < k; j++) {
        v->terms[days + j] = CLUSTER_CLAUSE_TERM + j;
        v->counts[days + j] = at[j] + 1;
    }
    return TD_OK;
}

uint32_t cluster_lang_code(const char *lang)
{
    uint32_t code = 0;
    size_t i;

    for (i = 0; lang != NULL && lang[i] != '\0' && i < 3; i++)
        code = code << 8 | (unsigned char)lang[i];
    return code;
}

bool cluster_lang_uncased(uint32_t lang)
{
    static const char langs[][3] = {"ar", "fa", "ur", "ps", "he", "yi", "hi", "mr", "ne", "bn",
                                    "as", "pa", "gu", "or", "ta", "te", "kn", "ml", "si", "th",
                                    "lo", "my", "km", "ka", "am", "ti", "ko", "zh", "ja"};
    size_t i;

    for (i = 0; lang != 0 && i < sizeof(langs) / sizeof(langs[0]); i++)
        if (lang == cluster_lang_code(langs[i]))
            return true;
    return false;
}

static enum td_err reserve(struct cluster_vec *v, size_t n)
{
    uint64_t *t;
    uint32_t *c;

    if (n <= v->cap)
        return TD_OK;
    t = td_realloc(v->terms, n * sizeof(*t));
    if (t == NULL)
        return TD_ERR_NOMEM;
    v->terms = t;
    c = td_realloc(v->counts, n * sizeof(*c));
    if (c == NULL)
        return TD_ERR_NOMEM;
    v->counts = c;
    v->cap = n;
    return TD_OK;
}

struct pair {
    uint64_t term;
    uint32_t count;
};

/* Fills `v` sorted by term with a shell sort: any key distribution. */
static enum td_err from_map_shell(struct cluster_vec *v, const struct td_map64 *m)
{
    struct pair *p = td_malloc((m->n ? m->n : 1) * sizeof(*p));
    size_t i;

    if (p == NULL)
        return TD_ERR_NOMEM;
    for (i = 0; i < m->n; i++)
        p[i].term = map64_key_at(m, i, &p[i].count);
    TD_SHELL_SORT(struct pair, p, m->n, b.term < a.term);
    for (i = 0; i < m->n; i++) {
        v->terms[i] = p[i].term;
        v->counts[i] = p[i].count;
    }
    v->n = m->n;
    td_free(p);
    return TD_OK;
}

/* Largest bucket the counting sort below leaves to insertion sort. */
#define BUCKET_MAX 48
/* Fewest and most buckets of that sort (powers of two). */
#define BUCKETS_MIN 16
#define BUCKETS_MAX 256

/*
 * Term hashes are uniform, so their top bits spread them over about as
 * many buckets as there are terms (the largest power of two up to their
 * number, BUCKETS_MIN to BUCKETS_MAX), of one or two terms each: one counting pass sizes the buckets, and each term then
 * goes into its bucket by insertion (which costs one compare per term when
 * buckets are tiny). Skewed keys (tests, hand-made vectors) take the shell
 * sort. Terms are distinct, so both give the same order.
 */
enum td_err cluster_vec_from_map(struct cluster_vec *v, const struct td_map64 *m)
{
    size_t start[BUCKETS_MAX], first[BUCKETS_MAX], i, j, most = 0, nb = BUCKETS_MIN, sum = 0;
    unsigned shift = 64 - 4;
    uint32_t c;

    if (reserve(v, m->n) != TD_OK)
        return TD_ERR_NOMEM;
    while (2 * nb <= m->n && nb < BUCKETS_MAX) {
        nb *= 2;
        shift--;
    }
    memset(start, 0, nb * sizeof(start[0]));
    for (i = 0; i < m->n; i++) {
        size_t b = (size_t)(map64_key_at(m, i, &c) >> shift);
        if (++start[b] > most)
            most = start[b];
    }
    if (most > BUCKET_MAX)
        return from_map_shell(v, m);
    for (i = 0; i < nb; i++) {
        size_t k = start[i];
        first[i] = start[i] = sum;
        sum += k;
    }
    for (i = 0; i < m->n; i++) {
        uint64_t t = map64_key_at(m, i, &c);
        size_t b = (size_t)(t >> shift), lo = first[b];
        for (j = start[b]++; j > lo && v->terms[j - 1] > t; j--) {
            v->terms[j] = v->terms[j - 1];
            v->counts[j] = v->counts[j - 1];
        }
        v->terms[j] = t;
        v->counts[j] = c;
    }
    v->n = m->n;
    return TD_OK;
}

/*
 * Little-endian stores and loads written out byte by byte, a form compilers
 * turn into one store or load (the loops they replace were not).
 */
static inline void put_le64(unsigned char *p, uint64_t x)
{
    p[0] = (unsigned char)x;
    p[1] = (unsigned char)(x >> 8);
    p[2] = (unsigned char)(x >> 16);
    p[3] = (unsigned char)(x >> 24);
    p[4] = (unsigned char)(x >> 32);
    p[5] = (unsigned char)(x >> 40);
    p[6] = (unsigned char)(x >> 48);
    p[7] = (unsigned char)(x >> 56);
}

static inline void put_le32(unsigned char *p, uint32_t x)
{
    p[0] = (unsigned char)x;
    p[1] = (unsigned char)(x >> 8);
    p[2] = (unsigned char)(x >> 16);
    p[3] = (unsigned char)(x >> 24);
}

static inline uint64_t get_le64(const unsigned char *p)
{
    return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24 |
           (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 | (uint64_t)p[6] << 48 |
           (uint64_t)p[7] << 56;
}

static inline uint32_t get_le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

enum td_err cluster_vec_serialize(const struct cluster_vec *v, struct td_buf *out)
{
    enum td_err rc = td_buf_grow(out, v->n * REC_BYTES);
    /* Locals: the byte stores below could alias `v`'s fields, which would be reloaded per term. */
    const uint64_t *terms = v->terms;
    const uint32_t *counts = v->counts;
    size_t i, n = v->n;
    unsigned char *rec;

    if (rc != TD_OK)
        return rc;
    /* Written in place: the room was made above. */
    rec = (unsigned char *)out->data + out->len;
    for (i = 0; i < n; i++, rec += REC_BYTES) {
        put_le64(rec, terms[i]);
        put_le32(rec + 8, counts[i]);
    }
    out->len += v->n * REC_BYTES;
    out->data[out->len] = '\0';
    return TD_OK;
}

enum td_err cluster_vec_parse(struct cluster_vec *v, const void *data, size_t len,
                              struct td_error *err)
{
    const unsigned char *p = data;
    size_t i, n = len / REC_BYTES;

    if (len % REC_BYTES != 0)
        return td_error_set(err, TD_ERR_PARSE, "corrupt term vector of %zu bytes", len);
    if (reserve(v, n) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    for (i = 0; i < n; i++, p += REC_BYTES) {
        uint64_t t = get_le64(p);
        uint32_t c = get_le32(p + 8);
        if (c == 0 || (i > 0 && t <= v->terms[i - 1]))
            return td_error_set(err, TD_ERR_PARSE, "corrupt term vector entry %zu", i);
        v->terms[i] = t;
        v->counts[i] = c;
    }
    v->n = n;
    return TD_OK;
}
