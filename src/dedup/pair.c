/*
 * pair.c - the pair test at flag time (dedup_pair_is_copy(), see dedup.h):
 * the MinHash index proposes an original, and the two texts, read in full,
 * decide: shared words, how much of one text is the other's, their numbers.
 * Runs once per proposed copy, so it may allocate and sort.
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
/*
 * At least this share of the words of one of the two texts (furniture left
 * out) must lie in 3-word runs the other has too. A reprint or a light
 * rewrite is mostly the other's text: scattered edits of 30 % of the words
 * leave about two thirds of them in such runs (the generated copies of
 * scripts/eval_copies.sh keep 0.65 and more). Two reports that share a name
 * phrase or a standing description ("the second solar boat of Khufu") and
 * tell different happenings keep the words for what happened apart, and
 * in a one-sentence report that is most of it.
 */
#define PAIR_MIN_COVER 0.5

/* The line of a shingle whose words are on more than one line. */
#define NO_LINE UINT32_MAX

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
    uint64_t *ord;   /* shingle hashes in text order, furniture left out */
    uint32_t *oline; /* the line of each of them, NO_LINE when it spans two */
    size_t nord;
    size_t nkept;    /* words outside furniture lines */
    size_t covered;  /* of those, words in a shingle the other text has (overlap()) */
    bool *lshared;   /* per line: it holds a whole shingle the other text has (overlap()) */
    uint64_t *num;   /* numbers (read_number()) in text order; then keep_numbers()'s */
    uint32_t *nline; /* the line of each number, while read */
    size_t nnum;
    uint64_t *knum; /* the numbers on lines shared with the other text (keep_numbers()) */
    size_t nknum;
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
    td_free(s->ord);
    td_free(s->oline);
    td_free(s->lshared);
    td_free(s->num);
    td_free(s->nline);
    td_free(s->knum);
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
    s->ord = td_malloc(words * sizeof(*s->ord));
    s->oline = td_malloc(words * sizeof(*s->oline));
    s->lshared = td_calloc(words, sizeof(*s->lshared));
    s->num = td_malloc(words * sizeof(*s->num));
    s->nline = td_malloc(words * sizeof(*s->nline));
    s->knum = td_malloc(words * sizeof(*s->knum));
    if (s->w == NULL || s->wline == NULL || s->lhash == NULL || s->lfurn == NULL ||
        s->lcommon == NULL || s->all == NULL || s->rest == NULL || s->ord == NULL ||
        s->oline == NULL || s->lshared == NULL || s->num == NULL || s->nline == NULL ||
        s->knum == NULL)
        return TD_ERR_NOMEM;
    return TD_OK;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

    return (x > y) - (x < y);
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

static bool is_digit(unsigned char c)
{
    return (unsigned)c - '0' < 10u;
}

/*
 * The start of the word that ends at `end` when the word is all ASCII
 * digits, else NULL; `from` is where the search for the word began (the
 * previous word's end), so the word starts at or after it.
 */
static const char *digits_start(const char *from, const char *end)
{
    const char *q = end;
    unsigned char c;

    while (q > from && is_digit((unsigned char)q[-1]))
        q--;
    if (q == end || q == from)
        return q == end ? NULL : q;
    c = (unsigned char)q[-1];
    /* A letter or a multi-byte character before the digits is part of the word. */
    return ((unsigned)(c | 0x20) - 'a' < 26u || c >= 0x80) ? NULL : q;
}

/*
 * Whether a group of `n` digits at `start`, after a number that ended at
 * `gap`, continues that number: three digits after one thousands separator
 * (a comma, a point, an apostrophe, a space, a no-break, narrow no-break or
 * thin space), so that "1,650", "1.650" and "1 650" are one number as
 * "1650" is. A decimal part ("1,6") stays a number of its own.
 */
static bool continues_number(const char *gap, const char *start, size_t n)
{
    size_t len = (size_t)(start - gap);

    if (n != 3)
        return false;
    if (len == 1)
        return *gap == ',' || *gap == '.' || *gap == '\'' || *gap == ' ';
    return (len == 2 && memcmp(gap, "\xc2\xa0", 2) == 0) ||
           (len == 3 &&
            (memcmp(gap, "\xe2\x80\xaf", 3) == 0 || memcmp(gap, "\xe2\x80\x89", 3) == 0));
}

/*
 * Notes the word read from `from` to `end` when it is a number (its digits
 * folded into one hash, FNV-1a, a group continuing the last number if the
 * last word was one and ended at `from`: `last`, else NULL). Returns the
 * word's end when it was a number, else NULL.
 */
static const char *read_number(struct side *s, const char *from, const char *end, const char *last)
{
    const char *q = digits_start(from, end);
    uint64_t h = 0xcbf29ce484222325u;

    if (q == NULL)
        return NULL;
    if (last != NULL && s->nnum > 0 && continues_number(last, q, (size_t)(end - q)))
        h = s->num[--s->nnum];
    for (; q < end; q++)
        h = (h ^ (unsigned char)*q) * 0x100000001b3u;
    s->nline[s->nnum] = (uint32_t)s->nl;
    s->num[s->nnum++] = h;
    return end;
}

/* Reads the words, lines and numbers of `text` (NULL is empty). Errors: TD_ERR_NOMEM. */
static enum td_err side_read(struct side *s, const struct dedup_furniture *furn, const char *text)
{
    size_t len = text != NULL ? strlen(text) : 0;
    const char *p = text, *end = text != NULL ? text + len : NULL, *from = p, *number = NULL;
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
        number = read_number(s, from, p, number);
        from = p;
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

/*
 * The shingles of the words outside furniture lines (as the signature takes
 * them), each on the line of its last word: in text order (with their line
 * when all three words are on it, else NO_LINE), all of them sorted, and
 * those off the common lines.
 */
static void shingle(struct side *s)
{
    uint64_t w0 = 0, w1 = 0;
    uint32_t first = 0, second = 0; /* the lines of `w0` and `w1` */
    size_t i, k = 0;

    for (i = 0; i < s->nw; i++) {
        if (s->lfurn[s->wline[i]])
            continue;
        if (++k >= DEDUP_NEAR_SHINGLE_WORDS) {
            uint64_t x = minhash_shingle(w0, w1, s->w[i]);
            s->oline[s->nord] = first == s->wline[i] ? first : NO_LINE;
            s->ord[s->nord++] = x;
            s->all[s->nall++] = x;
            if (!s->lcommon[s->wline[i]])
                s->rest[s->nrest++] = x;
        }
        w0 = w1;
        w1 = s->w[i];
        first = second;
        second = s->wline[i];
    }
    s->nkept = k;
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

/*
 * An open-addressing set of shingle hashes, for overlap(), which asks about
 * every shingle of both texts: a binary search per shingle (with bsearch()'s
 * call per comparison) cost several times the rest of the pair test on long
 * pages.
 */
struct hash_set {
    uint64_t *slot; /* 0: empty; the value 0 itself is `has_zero` */
    size_t mask;
    bool has_zero;
};

/* Fills `set` with `v[0..n)`. Errors: TD_ERR_NOMEM (`set` empty, nothing to free). */
static enum td_err set_fill(struct hash_set *set, const uint64_t *v, size_t n)
{
    size_t cap = 16, i, j;

    while (cap < 2 * n)
        cap *= 2;
    set->slot = td_calloc(cap, sizeof(*set->slot));
    set->mask = cap - 1;
    set->has_zero = false;
    if (set->slot == NULL)
        return TD_ERR_NOMEM;
    for (i = 0; i < n; i++) {
        if (v[i] == 0) {
            set->has_zero = true;
            continue;
        }
        for (j = (size_t)v[i] & set->mask; set->slot[j] != 0; j = (j + 1) & set->mask)
            ;
        set->slot[j] = v[i];
    }
    return TD_OK;
}

static bool set_has(const struct hash_set *set, uint64_t x)
{
    size_t j;

    if (x == 0)
        return set->has_zero;
    for (j = (size_t)x & set->mask; set->slot[j] != 0; j = (j + 1) & set->mask)
        if (set->slot[j] == x)
            return true;
    return false;
}

/*
 * Finds what of `a` (shingled) `b` (shingled) has too: the kept words that
 * lie in a shingle of `b` (shingle `i` in text order covers kept words `i`
 * to `i + 2`), and the lines that hold such a shingle whole (one that only
 * runs on from the line before, as into a page's "related" line, does not
 * make that line shared). Errors: TD_ERR_NOMEM.
 */
static enum td_err overlap(struct side *a, const struct side *b)
{
    struct hash_set set;
    size_t i, from, upto = 0; /* kept words before `upto` are counted */

    if (set_fill(&set, b->all, b->nall) != TD_OK)
        return TD_ERR_NOMEM;
    for (i = 0; i < a->nord; i++) {
        if (!set_has(&set, a->ord[i]))
            continue;
        if (a->oline[i] != NO_LINE)
            a->lshared[a->oline[i]] = true;
        from = i > upto ? i : upto;
        a->covered += i + DEDUP_NEAR_SHINGLE_WORDS - from;
        upto = i + DEDUP_NEAR_SHINGLE_WORDS;
    }
    td_free(set.slot);
    return TD_OK;
}

/*
 * Sorts the numbers of `s` (each once) outside furniture lines into `num`,
 * and those on lines that share text with the other (overlap()) into
 * `knum`: the figures of the report the two have in common, not those of
 * a page's other lines (a "related" headline, a date line).
 */
static void keep_numbers(struct side *s)
{
    size_t i, k = 0;

    for (i = 0; i < s->nnum; i++) {
        if (s->lshared[s->nline[i]])
            s->knum[s->nknum++] = s->num[i];
        if (!s->lfurn[s->nline[i]])
            s->num[k++] = s->num[i];
    }
    s->nnum = sort_unique(s->num, k);
    s->nknum = sort_unique(s->knum, s->nknum);
}

/* Whether at least PAIR_MIN_COVER of the kept words of `s` are covered (overlap()). */
static bool mostly_shared(const struct side *s)
{
    return s->nkept > 0 && (double)s->covered >= PAIR_MIN_COVER * (double)s->nkept;
}

/*
 * Whether both texts give numbers where they share text and neither text
 * has any of the other's. A copy carries its original's figures (a trimmed
 * reprint may drop some of them), while one outlet's reports of two
 * happenings written on one frame ("culls 1.6 million hens", "culls 380,000
 * chickens") differ in every one of theirs.
 */
static bool numbers_differ(const struct side *a, const struct side *b)
{
    return a->nknum > 0 && b->nknum > 0 && common_count(a->knum, a->nknum, b->num, b->nnum) == 0 &&
           common_count(b->knum, b->nknum, a->num, a->nnum) == 0;
}

/* The rules of dedup.h over two texts read, common lines marked and shingled. */
static bool judge(const struct side *a, const struct side *b)
{
    size_t small = a->nall < b->nall ? a->nall : b->nall, rest;

    if (small == 0)
        return false; /* nothing but furniture (or too short for a shingle) */
    if ((double)common_count(a->all, a->nall, b->all, b->nall) < PAIR_MIN_SHARED * (double)small)
        return false;
    if (numbers_differ(a, b))
        return false;
    if (!mostly_shared(a) && !mostly_shared(b))
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
    rc = overlap(&a, &b);
    if (rc == TD_OK)
        rc = overlap(&b, &a);
    if (rc != TD_OK)
        goto out;
    keep_numbers(&a);
    keep_numbers(&b);
    *is_copy = judge(&a, &b);
out:
    side_release(&a);
    side_release(&b);
    return rc;
}
