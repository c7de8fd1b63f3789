/*
 * store_marks.c - the snippet and the marked title of a search hit, built
 * from the hit's own text for the common queries (words, "phrases" and
 * prefixes joined by AND or OR) instead of with FTS5's snippet() and
 * highlight(). Those two re-open the query's doclists in every segment of
 * the index to seek one row, which cost about 0.75 M instructions per hit
 * at 120 k articles (11 segments); here a hit costs one pass of the search
 * tokenizer over its title and body. Every other query (NEAR, NOT, column
 * filters, ^, +, parentheses) keeps FTS5's functions: `store_marks_parse`
 * says which.
 *
 * The tokens are the search index's own (the tokenizer the store was opened
 * with), so a word is marked exactly where the index has it. A snippet is a
 * window of at most STORE_SNIPPET_TOKENS tokens of the body: the window that
 * holds the most different phrases of the query (then the most matches,
 * then the earliest), started at a sentence start when one keeps its matches
 * in, else centred on them; "…" stands for text cut at either end.
 */
#include "store/store_int.h"

#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"

/* One token, its folded text in a pool at `off`, its bytes [start, end) in the text. */
struct mtok {
    size_t off, len;
    size_t start, end;
};

struct mtoks {
    struct mtok *items;
    size_t n, cap;
    struct td_buf pool;
};

/* One phrase of the query: tokens [first, first + n) of `q`, the last one a prefix when `prefix`. */
struct mphrase {
    size_t first, n;
    bool prefix;
};

struct store_marks {
    struct mtoks q;
    struct mphrase *ph;
    size_t nph, cap;
};

/* A marked run of tokens [a, b] (inclusive). */
struct mrun {
    size_t a, b;
};

static enum td_err on_tok(void *ctx, const char *tok, size_t len, size_t start, size_t end)
{
    struct mtoks *t = ctx;
    struct mtok *m;

    if (td_grow((void **)&t->items, &t->cap, t->n + 1, sizeof(*t->items)) != TD_OK)
        return TD_ERR_NOMEM;
    m = &t->items[t->n];
    m->off = t->pool.len;
    m->len = len;
    m->start = start;
    m->end = end;
    if (td_buf_add(&t->pool, tok, len) != TD_OK)
        return TD_ERR_NOMEM;
    t->n++;
    return TD_OK;
}

static void mtoks_release(struct mtoks *t)
{
    td_free(t->items);
    td_buf_release(&t->pool);
    memset(t, 0, sizeof(*t));
}

/* The connection's own instance of the search tokenizer, created on first use. */
static enum td_err tokenize(struct td_store *st, const char *s, size_t len, struct mtoks *out,
                            struct td_error *err)
{
    enum td_err rc;

    if (st->mark_tok == NULL) {
        rc = st->fts->create(&st->mark_tok, err);
        if (rc != TD_OK)
            return rc;
    }
    rc = st->fts->tokenize(st->mark_tok, s, len, on_tok, out, err);
    if (rc == TD_ERR_NOMEM)
        return td_error_set(err, rc, "out of memory");
    return rc;
}

void store_marks_free(struct store_marks *m)
{
    if (m == NULL)
        return;
    mtoks_release(&m->q);
    td_free(m->ph);
    td_free(m);
}

static bool bareword_byte(unsigned char c)
{
    return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_' || c == 0x1a;
}

/* Adds the phrase `s[0..len)` (tokenized) to `m`; a phrase with no token is dropped. */
static enum td_err add_phrase(struct td_store *st, struct store_marks *m, const char *s,
                              size_t len, bool prefix, struct td_error *err)
{
    size_t first = m->q.n;
    enum td_err rc = tokenize(st, s, len, &m->q, err);

    if (rc != TD_OK || m->q.n == first)
        return rc;
    if (td_grow((void **)&m->ph, &m->cap, m->nph + 1, sizeof(*m->ph)) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    m->ph[m->nph].first = first;
    m->ph[m->nph].n = m->q.n - first;
    m->ph[m->nph].prefix = prefix;
    m->nph++;
    return TD_OK;
}

/*
 * Reads the "..." string at `q[*i]` (a doubled quote stands for one) into
 * `b`; false when it is not closed.
 */
static bool read_string(const char *q, size_t *i, struct td_buf *b, enum td_err *rc)
{
    size_t j = *i + 1;

    for (;;) {
        if (q[j] == '\0')
            return false;
        if (q[j] == '"' && q[j + 1] != '"')
            break;
        if (q[j] == '"')
            j++;
        if ((*rc = td_buf_addc(b, q[j])) != TD_OK)
            return true;
        j++;
    }
    *i = j + 1;
    return true;
}

/* Whether the bareword `w[0..n)` is one of FTS5's operators. */
static bool is_keyword(const char *w, size_t n, bool *joins)
{
    *joins = (n == 3 && memcmp(w, "AND", 3) == 0) || (n == 2 && memcmp(w, "OR", 2) == 0);
    return *joins || (n == 3 && memcmp(w, "NOT", 3) == 0) || (n == 4 && memcmp(w, "NEAR", 4) == 0);
}

/*
 * Reads the next phrase of `q` at `*i` into `m`. Sets `*simple` false at a
 * part of the syntax this file does not mark (FTS5 does).
 */
static enum td_err next_phrase(struct td_store *st, const char *q, size_t *i,
                               struct store_marks *m, bool *simple, struct td_error *err)
{
    struct td_buf b = TD_BUF_INIT;
    enum td_err rc = TD_OK;
    size_t start = *i;
    bool joins;

    if (q[*i] == '"') {
        if (!read_string(q, i, &b, &rc))
            *simple = false;
    } else if (bareword_byte((unsigned char)q[*i])) {
        while (bareword_byte((unsigned char)q[*i]))
            (*i)++;
        if (is_keyword(q + start, *i - start, &joins)) {
            *simple = joins;
            return TD_OK;
        }
        rc = td_buf_add(&b, q + start, *i - start);
    } else {
        *simple = false;
    }
    if (rc == TD_OK && *simple)
        rc = add_phrase(st, m, b.data, b.len, q[*i] == '*', err);
    else if (rc != TD_OK)
        rc = td_error_set(err, rc, "out of memory");
    if (q[*i] == '*')
        (*i)++;
    td_buf_release(&b);
    return rc;
}

enum td_err store_marks_parse(struct td_store *st, const char *query, struct store_marks **out,
                              struct td_error *err)
{
    struct store_marks *m = td_calloc(1, sizeof(*m));
    enum td_err rc = TD_OK;
    bool simple = true;
    size_t i = 0;

    *out = NULL;
    if (m == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    td_buf_init(&m->q.pool, 0);
    while (rc == TD_OK && simple && query[i] != '\0') {
        if (query[i] == ' ' || query[i] == '\t' || query[i] == '\n' || query[i] == '\r')
            i++;
        else
            rc = next_phrase(st, query, &i, m, &simple, err);
    }
    if (rc != TD_OK || !simple || m->nph == 0) {
        store_marks_free(m);
        return rc;
    }
    *out = m;
    return TD_OK;
}

/* Whether phrase `p` of `m` occurs in `d` at token `at`. */
static bool phrase_at(const struct store_marks *m, const struct mphrase *p, const struct mtoks *d,
                      size_t at)
{
    size_t k;

    if (at + p->n > d->n)
        return false;
    for (k = 0; k < p->n; k++) {
        const struct mtok *qt = &m->q.items[p->first + k], *dt = &d->items[at + k];
        bool last_prefix = p->prefix && k + 1 == p->n;

        if (last_prefix ? dt->len < qt->len : dt->len != qt->len)
            return false;
        if (memcmp(d->pool.data + dt->off, m->q.pool.data + qt->off, qt->len) != 0)
            return false;
    }
    return true;
}

/* One match: phrase `ph` over tokens [a, b]. */
struct mhit {
    size_t ph, a, b;
};

/* Every match of every phrase in `d`, in token order. */
static enum td_err find_hits(const struct store_marks *m, const struct mtoks *d,
                             struct mhit **out, size_t *n)
{
    size_t cap = 0, at, p;

    *out = NULL;
    *n = 0;
    for (at = 0; at < d->n; at++) {
        for (p = 0; p < m->nph; p++) {
            if (!phrase_at(m, &m->ph[p], d, at))
                continue;
            if (td_grow((void **)out, &cap, *n + 1, sizeof(**out)) != TD_OK)
                return TD_ERR_NOMEM;
            (*out)[*n].ph = p;
            (*out)[*n].a = at;
            (*out)[*n].b = at + m->ph[p].n - 1;
            (*n)++;
        }
    }
    return TD_OK;
}

/* Score of the window [s, s + w): 1000 per different phrase matched inside it, 1 per match. */
static size_t window_score(const struct mhit *h, size_t n, size_t nph, size_t s, size_t w,
                           unsigned char *seen)
{
    size_t score = 0, i;

    memset(seen, 0, nph);
    for (i = 0; i < n; i++) {
        if (h[i].a < s || h[i].b >= s + w)
            continue;
        score += seen[h[i].ph] ? 1 : 1000;
        seen[h[i].ph] = 1;
    }
    return score;
}

/* Whether token `i` of `d` in `text` starts a sentence (or the text). */
static bool sentence_start(const char *text, const struct mtoks *d, size_t i)
{
    size_t k;

    if (i == 0)
        return true;
    for (k = d->items[i - 1].end; k < d->items[i].start; k++) {
        unsigned char c = (unsigned char)text[k];

        if (c == '.' || c == '!' || c == '?' || c == '\n')
            return true;
        /* 。！？ (U+3002, U+FF01, U+FF1F) */
        if (c == 0xe3 && (unsigned char)text[k + 1] == 0x80 && (unsigned char)text[k + 2] == 0x82)
            return true;
        if (c == 0xef && (unsigned char)text[k + 1] == 0xbc &&
            ((unsigned char)text[k + 2] == 0x81 || (unsigned char)text[k + 2] == 0x9f))
            return true;
    }
    return false;
}

/* The first token of the snippet window of `w` tokens over `d` (d->n > w). */
static enum td_err pick_window(const char *text, const struct mtoks *d,
                               const struct store_marks *m, const struct mhit *h, size_t nh,
                               size_t w, size_t *start)
{
    unsigned char *seen = td_malloc(m->nph);
    size_t best = 0, best_score = 0, i, a, b, s, slack;

    if (seen == NULL)
        return TD_ERR_NOMEM;
    *start = 0;
    for (i = 0; i < nh; i++) {
        size_t sc = window_score(h, nh, m->nph, h[i].a, w, seen);

        if (sc > best_score) {
            best_score = sc;
            best = h[i].a;
        }
    }
    td_free(seen);
    if (best_score == 0)
        return TD_OK;
    /* The matches the best window holds span tokens [a, b]. */
    a = SIZE_MAX;
    b = 0;
    for (i = 0; i < nh; i++) {
        if (h[i].a >= best && h[i].b < best + w) {
            a = h[i].a < a ? h[i].a : a;
            b = h[i].b > b ? h[i].b : b;
        }
    }
    for (s = a + 1; s-- > 0 && s + w > b;) {
        if (sentence_start(text, d, s)) {
            *start = s + w > d->n ? d->n - w : s;
            return TD_OK;
        }
    }
    slack = w - (b - a + 1);
    s = a > slack / 2 ? a - slack / 2 : 0;
    *start = s + w > d->n ? d->n - w : s;
    return TD_OK;
}

/*
 * Appends text[from..to) of tokens [s, e) to `out` with the matches of `h`
 * inside that window marked (overlapping matches are marked once).
 */
static enum td_err emit_marked(const char *text, const struct mtoks *d, const struct mhit *h,
                               size_t nh, size_t s, size_t e, size_t from, size_t to,
                               struct td_buf *out)
{
    size_t pos = from, i = 0;
    enum td_err rc = TD_OK;

    while (rc == TD_OK && i < nh) {
        size_t a, b;

        if (h[i].a < s || h[i].a >= e) {
            i++;
            continue;
        }
        a = h[i].a;
        b = h[i].b < e ? h[i].b : e - 1;
        /* Matches starting inside this run extend it. */
        for (i++; i < nh && h[i].a <= b; i++)
            if (h[i].b > b)
                b = h[i].b < e ? h[i].b : e - 1;
        rc = td_buf_add(out, text + pos, d->items[a].start - pos);
        if (rc == TD_OK)
            rc = td_buf_addc(out, STORE_MARK_OPEN);
        if (rc == TD_OK)
            rc = td_buf_add(out, text + d->items[a].start, d->items[b].end - d->items[a].start);
        if (rc == TD_OK)
            rc = td_buf_addc(out, STORE_MARK_CLOSE);
        pos = d->items[b].end;
    }
    if (rc == TD_OK)
        rc = td_buf_add(out, text + pos, to - pos);
    return rc;
}

#define ELLIPSIS "\xe2\x80\xa6"

static enum td_err build(const char *text, size_t len, const struct mtoks *d,
                         const struct store_marks *m, const struct mhit *h, size_t nh,
                         size_t max_tokens, struct td_buf *out)
{
    size_t s = 0, e = d->n;
    enum td_err rc;
    bool cut_head, cut_tail;

    if (max_tokens > 0 && d->n > max_tokens) {
        rc = pick_window(text, d, m, h, nh, max_tokens, &s);
        if (rc != TD_OK)
            return rc;
        e = s + max_tokens;
    }
    cut_head = s > 0;
    cut_tail = e < d->n;
    rc = cut_head ? td_buf_adds(out, ELLIPSIS) : TD_OK;
    if (rc == TD_OK)
        rc = emit_marked(text, d, h, nh, s, e, cut_head ? d->items[s].start : 0,
                         cut_tail ? d->items[e - 1].end : len, out);
    if (rc == TD_OK && cut_tail)
        rc = td_buf_adds(out, ELLIPSIS);
    return rc;
}

enum td_err store_marks_text(struct td_store *st, const struct store_marks *m, const char *text,
                             size_t max_tokens, char **out, struct td_error *err)
{
    struct mtoks d;
    struct td_buf b = TD_BUF_INIT;
    struct mhit *h = NULL;
    size_t nh = 0, len;
    enum td_err rc;

    *out = NULL;
    if (text == NULL)
        return TD_OK;
    len = strlen(text);
    memset(&d, 0, sizeof(d));
    td_buf_init(&d.pool, 0);
    rc = tokenize(st, text, len, &d, err);
    if (rc == TD_OK && find_hits(m, &d, &h, &nh) != TD_OK)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc == TD_OK && build(text, len, &d, m, h, nh, max_tokens, &b) != TD_OK)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc == TD_OK && (*out = td_buf_take(&b, NULL)) == NULL)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    td_buf_release(&b);
    td_free(h);
    mtoks_release(&d);
    return rc;
}
