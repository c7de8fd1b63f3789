/*
 * pair.c - the pair test at flag time (dedup_pair_is_copy(), see dedup.h):
 * the MinHash index proposes an original, and the two texts, read in full,
 * decide. Runs once per proposed copy, so it may allocate and sort.
 */
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "dedup/dedup_int.h"
#include "core/banned.h"

/* Lines of more words than this are paragraphs: never furniture, never compared whole. */
#define PAIR_LINE_WORDS 256
/* Containment of the shorter text's shingles in the other's, furniture left out. */
#define PAIR_MIN_SHARED 0.2
/*
 * The part of a text outside the lines both share verbatim is substantial
 * from this many shingles and this share of the text on; then the two such
 * parts must share PAIR_MIN_REST_SHARED of the smaller one.
 */
#define PAIR_REST_MIN 10
#define PAIR_REST_SHARE 0.25
#define PAIR_MIN_REST_SHARED 0.15

/* One text as the test reads it. */
struct side {
    uint64_t *w;     /* word hashes, in order */
    uint32_t *wline; /* the line of each word */
    size_t nw;
    uint32_t *lhash; /* per line: its hash; 0 for a long line */
    bool *lfurn;     /* per line: furniture */
    bool *lcommon;   /* per line: the other text has it too (not furniture) */
    size_t nl;
    uint64_t *all, *rest; /* shingle hashes, sorted, distinct: all, and outside common lines */
    size_t nall, nrest;
};

static void side_release(struct side *s)
{
    td_free(s->w);
    td_free(s->wline);
    td_free(s->lhash);
    td_free(s->lfurn);
    td_free(s->lcommon);
    td_free(s->all);
    td_free(s->rest);
    memset(s, 0, sizeof(*s));
}

/* Allocates the arrays for at most `words` words (and as many lines). Errors: TD_ERR_NOMEM. */
static enum td_err side_alloc(struct side *s, size_t words)
{
    s->w = td_malloc(words * sizeof(*s->w));
    s->wline = td_malloc(words * sizeof(*s->wline));
    s->lhash = td_calloc(words, sizeof(*s->lhash));
    s->lfurn = td_calloc(words, sizeof(*s->lfurn));
    s->lcommon = td_calloc(words, sizeof(*s->lcommon));
    s->all = td_malloc(words * sizeof(*s->all));
    s->rest = td_malloc(words * sizeof(*s->rest));
    if (s->w == NULL || s->wline == NULL || s->lhash == NULL || s->lfurn == NULL ||
        s->lcommon == NULL || s->all == NULL || s->rest == NULL)
        return TD_ERR_NOMEM;
    return TD_OK;
}

/* Hashes each line of `s` and marks the furniture ones. */
static void hash_lines(struct side *s, const struct dedup_furniture *furn)
{
    size_t i = 0, j, l;

    for (l = 0; l < s->nl; l++) {
        for (j = i; j < s->nw && s->wline[j] == l; j++)
            ;
        if (j - i <= PAIR_LINE_WORDS)
            s->lhash[l] = dedup_line_hash(s->w + i, j - i);
        s->lfurn[l] = s->lhash[l] != 0 && furn != NULL && dedup_furniture_has(furn, s->lhash[l]);
        i = j;
    }
}

/* Reads the words and lines of `text` (NULL is empty). Errors: TD_ERR_NOMEM. */
static enum td_err side_read(struct side *s, const struct dedup_furniture *furn, const char *text)
{
    size_t len = text != NULL ? strlen(text) : 0;
    const char *p = text, *end = text != NULL ? text + len : NULL;
    uint64_t h;
    bool nl;

    /* A word and the byte after it take two bytes: at most len / 2 + 1 words. */
    if (side_alloc(s, len / 2 + 2) != TD_OK)
        return TD_ERR_NOMEM;
    while (len > 0 && minhash_next_word(&p, end, &h, &nl)) {
        if (nl && s->nw > 0)
            s->nl++;
        s->wline[s->nw] = (uint32_t)s->nl;
        s->w[s->nw++] = h;
    }
    if (s->nw > 0)
        s->nl++;
    hash_lines(s, furn);
    return TD_OK;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

    return (x > y) - (x < y);
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

    return (x > y) - (x < y);
}

/* Marks the lines of `a` that `b` has too, neither being furniture. Errors: TD_ERR_NOMEM. */
static enum td_err mark_common(struct side *a, const struct side *b)
{
    uint32_t *keys = td_malloc((b->nl + 1) * sizeof(*keys));
    size_t n = 0, l;

    if (keys == NULL)
        return TD_ERR_NOMEM;
    for (l = 0; l < b->nl; l++)
        if (b->lhash[l] != 0 && !b->lfurn[l])
            keys[n++] = b->lhash[l];
    qsort(keys, n, sizeof(*keys), cmp_u32);
    for (l = 0; l < a->nl; l++)
        a->lcommon[l] = a->lhash[l] != 0 && !a->lfurn[l] &&
                        bsearch(&a->lhash[l], keys, n, sizeof(*keys), cmp_u32) != NULL;
    td_free(keys);
    return TD_OK;
}

/* Sorts `v[0..n)` and keeps each value once; returns the new length. */
static size_t sort_unique(uint64_t *v, size_t n)
{
    size_t i, k = 0;

    qsort(v, n, sizeof(*v), cmp_u64);
    for (i = 0; i < n; i++)
        if (k == 0 || v[k - 1] != v[i])
            v[k++] = v[i];
    return k;
}

/*
 * The shingles of the words outside furniture lines (as the signature takes
 * them), each on the line of its last word: all of them, and those off the
 * common lines.
 */
static void shingle(struct side *s)
{
    uint64_t w0 = 0, w1 = 0;
    size_t i, k = 0;

    for (i = 0; i < s->nw; i++) {
        if (s->lfurn[s->wline[i]])
            continue;
        if (++k >= DEDUP_NEAR_SHINGLE_WORDS) {
            uint64_t x = minhash_shingle(w0, w1, s->w[i]);
            s->all[s->nall++] = x;
            if (!s->lcommon[s->wline[i]])
                s->rest[s->nrest++] = x;
        }
        w0 = w1;
        w1 = s->w[i];
    }
    s->nall = sort_unique(s->all, s->nall);
    s->nrest = sort_unique(s->rest, s->nrest);
}

/* Values in both sorted, distinct arrays. */
static size_t common_count(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    size_t i = 0, j = 0, n = 0;

    while (i < na && j < nb) {
        if (a[i] == b[j]) {
            n++;
            i++;
            j++;
        } else if (a[i] < b[j]) {
            i++;
        } else {
            j++;
        }
    }
    return n;
}

/* Whether `s` keeps a substantial part outside the lines it shares verbatim. */
static bool rest_is_substantial(const struct side *s)
{
    return s->nrest >= PAIR_REST_MIN && (double)s->nrest >= PAIR_REST_SHARE * (double)s->nall;
}

/* The rules of dedup.h over two texts read, common lines marked and shingled. */
static bool judge(const struct side *a, const struct side *b)
{
    size_t small = a->nall < b->nall ? a->nall : b->nall, rest;

    if (small == 0)
        return false; /* nothing but furniture (or too short for a shingle) */
    if ((double)common_count(a->all, a->nall, b->all, b->nall) < PAIR_MIN_SHARED * (double)small)
        return false;
    if (!rest_is_substantial(a) || !rest_is_substantial(b))
        return true;
    rest = a->nrest < b->nrest ? a->nrest : b->nrest;
    return (double)common_count(a->rest, a->nrest, b->rest, b->nrest) >=
           PAIR_MIN_REST_SHARED * (double)rest;
}

enum td_err dedup_pair_is_copy(const struct dedup_furniture *furn, const char *text,
                               const char *original, bool *is_copy)
{
    struct side a, b;
    enum td_err rc;

    memset(&a, 0, sizeof(a));
    memset(&b, 0, sizeof(b));
    rc = side_read(&a, furn, text);
    if (rc == TD_OK)
        rc = side_read(&b, furn, original);
    if (rc == TD_OK)
        rc = mark_common(&a, &b);
    if (rc == TD_OK)
        rc = mark_common(&b, &a);
    if (rc != TD_OK)
        goto out;
    shingle(&a);
    shingle(&b);
    *is_copy = judge(&a, &b);
out:
    side_release(&a);
    side_release(&b);
    return rc;
}
