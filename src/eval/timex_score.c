/*
 * timex_score.c - TempEval-3 style scoring of TIMEX3 output against gold
 * JSON Lines (`td_timex_score_files`, see tidings/timex_score.h). Reading:
 * each gold line becomes a `struct doc` (text, code-point index, gold
 * timexes); documents are sorted by key and system lines are filed under
 * theirs. Matching and counting then run per document, in key order.
 */
#include "tidings/timex_score.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/limits.h"
#include "core/utf8.h"
#include "core/banned.h"

#define NONE SIZE_MAX

/* One timex: a code-point span, an upper-case type and a value (both owned). */
struct tx {
    size_t start, end;
    char *type, *value;
};

/* One gold document and the system timexes filed under it. */
struct doc {
    char *key, *text;   /* owned */
    size_t *cp;         /* owned; byte offset of each code point, cp[ncp] = strlen(text) */
    size_t ncp, lineno;
    struct tx *gold, *sys;  /* owned arrays */
    size_t ngold, nsys, capsys;
};

struct corpus {
    struct doc *docs;
    size_t n, cap;
};

/* A line reader over one file, for file:line messages. */
struct reader {
    FILE *f;
    const char *path;
    size_t lineno;
    struct td_buf line;
};

static const char *const types[] = {"DATE", "TIME", "DURATION", "SET"};

/* ---- memory ---- */

static void tx_release(struct tx *t)
{
    td_free(t->type);
    td_free(t->value);
}

static void doc_release(struct doc *d)
{
    size_t i;

    for (i = 0; i < d->ngold; i++)
        tx_release(&d->gold[i]);
    for (i = 0; i < d->nsys; i++)
        tx_release(&d->sys[i]);
    td_free(d->gold);
    td_free(d->sys);
    td_free(d->key);
    td_free(d->text);
    td_free(d->cp);
}

static void corpus_release(struct corpus *c)
{
    size_t i;

    for (i = 0; i < c->n; i++)
        doc_release(&c->docs[i]);
    td_free(c->docs);
}

/* ---- reading ---- */

/* Reads the next line into r->line; false at EOF. `*overlong` when it did not fit. */
static bool next_line(struct reader *r, bool *overlong)
{
    bool any = td_buf_read_line(r->f, &r->line, overlong);

    if (any)
        r->lineno++;
    return any;
}

/* Parses the current line as a JSON object into `*out`; TD_OK with NULL for a blank line. */
static enum td_err line_object(struct reader *r, struct json_object **out, struct td_error *err)
{
    struct json_tokener *tok;
    struct json_object *obj;
    const char *s = r->line.data != NULL ? r->line.data : "";

    *out = NULL;
    if (r->line.len == strspn(s, " \t\r"))
        return TD_OK;
    tok = json_tokener_new();
    if (tok == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
    obj = json_tokener_parse_ex(tok, s, (int)r->line.len);
    json_tokener_free(tok);
    if (obj == NULL)
        return td_error_set(err, TD_ERR_PARSE, "%s:%zu: invalid JSON", r->path, r->lineno);
    if (!json_object_is_type(obj, json_type_object)) {
        json_object_put(obj);
        return td_error_set(err, TD_ERR_PARSE, "%s:%zu: expected a JSON object", r->path,
                            r->lineno);
    }
    *out = obj;
    return TD_OK;
}

/* The document key: no directory, no ".tml" suffix. */
static char *doc_key(const char *name)
{
    const char *base = strrchr(name, '/');
    size_t n;

    base = base != NULL ? base + 1 : name;
    n = strlen(base);
    if (n >= 4 && strcmp(base + n - 4, ".tml") == 0)
        n -= 4;
    return td_strndup(base, n);
}

/* Upper-cased copy of a type (missing or null: ""). */
static char *type_of(struct json_object *t)
{
    struct json_object *v;
    const char *s = "";
    char *out;
    size_t i;

    if (json_object_object_get_ex(t, "type", &v) && v != NULL)
        s = json_object_get_string(v);
    out = td_strdup(s);
    for (i = 0; out != NULL && out[i] != '\0'; i++)
        out[i] = (char)toupper((unsigned char)out[i]);
    return out;
}

/* Copy of a value without surrounding white space (missing or null: ""). */
static char *value_of(struct json_object *t)
{
    struct json_object *v;
    const char *s = "";
    size_t n;

    if (json_object_object_get_ex(t, "value", &v) && v != NULL)
        s = json_object_get_string(v);
    s += strspn(s, " \t\r\n\f\v");
    n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        n--;
    return td_strndup(s, n);
}

/* An integer field; false when missing or not an integer. */
static bool int_field(struct json_object *t, const char *key, size_t limit, size_t *out)
{
    struct json_object *v;
    int64_t x;

    if (!json_object_object_get_ex(t, key, &v) || !json_object_is_type(v, json_type_int))
        return false;
    x = json_object_get_int64(v);
    *out = x < 0 ? NONE : (size_t)x;
    return x >= 0 && (uint64_t)x <= (uint64_t)limit;
}

/* Whether the "text" field of `t`, if any, equals the document span. */
static bool text_agrees(struct json_object *t, const struct doc *d, size_t s, size_t e)
{
    struct json_object *v;
    const char *want;
    size_t a = d->cp[s], b = d->cp[e];

    if (!json_object_object_get_ex(t, "text", &v) || v == NULL)
        return true;
    want = json_object_get_string(v);
    return strlen(want) == b - a && memcmp(want, d->text + a, b - a) == 0;
}

/*
 * Reads one timex object `t` of document `d` into `out`. `*mismatch` is set
 * when its "text" disagrees with the span (an error for gold).
 */
static enum td_err read_tx(struct json_object *t, const struct doc *d, const struct reader *r,
                           struct tx *out, bool *mismatch, struct td_error *err)
{
    size_t s = 0, e = 0;

    if (!json_object_is_type(t, json_type_object))
        return td_error_set(err, TD_ERR_PARSE, "%s:%zu: a timex must be a JSON object",
                            r->path, r->lineno);
    if (!int_field(t, "start", SIZE_MAX - 1, &s) || !int_field(t, "end", SIZE_MAX - 1, &e))
        return td_error_set(err, TD_ERR_PARSE,
                            "%s:%zu: 'start' and 'end' must be non-negative integers", r->path,
                            r->lineno);
    if (!(s < e && e <= d->ncp))
        return td_error_set(err, TD_ERR_PARSE,
                            "%s:%zu: span [%zu, %zu) outside document '%s' (length %zu)",
                            r->path, r->lineno, s, e, d->key, d->ncp);
    *mismatch = !text_agrees(t, d, s, e);
    out->start = s;
    out->end = e;
    out->type = type_of(t);
    out->value = value_of(t);
    if (out->type == NULL || out->value == NULL) {
        tx_release(out);
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    return TD_OK;
}

/* Fills d->cp from d->text. */
static enum td_err index_text(struct doc *d)
{
    size_t len = strlen(d->text), pos = 0, n = 0;

    d->cp = td_malloc((len + 1) * sizeof(*d->cp));
    if (d->cp == NULL)
        return TD_ERR_NOMEM;
    while (pos < len) {
        d->cp[n++] = pos;
        (void)utf8_next(d->text, len, &pos);
    }
    d->cp[n] = len;
    d->ncp = n;
    return TD_OK;
}

/* Reads the gold timexes array of `obj` into `d`. */
static enum td_err read_gold_timexes(struct json_object *arr, struct doc *d,
                                     const struct reader *r, struct td_error *err)
{
    size_t i, n = json_object_array_length(arr);
    bool mismatch = false;
    enum td_err rc;

    d->gold = td_calloc(n > 0 ? n : 1, sizeof(*d->gold));
    if (d->gold == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    for (i = 0; i < n; i++) {
        rc = read_tx(json_object_array_get_idx(arr, i), d, r, &d->gold[i], &mismatch, err);
        if (rc != TD_OK)
            return rc;
        d->ngold++;
        if (mismatch)
            return td_error_set(err, TD_ERR_PARSE,
                                "%s:%zu: timex %zu: 'text' does not match its span [%zu, %zu)",
                                r->path, r->lineno, i + 1, d->gold[i].start, d->gold[i].end);
    }
    return TD_OK;
}

/* Reads one gold document line into a new entry of `c`. */
static enum td_err read_gold_doc(struct corpus *c, struct json_object *obj,
                                 const struct reader *r, struct td_error *err)
{
    struct json_object *doc, *text, *arr;
    struct doc *d;
    enum td_err rc;

    if (!json_object_object_get_ex(obj, "doc", &doc) || doc == NULL ||
        !json_object_object_get_ex(obj, "text", &text) ||
        !json_object_is_type(text, json_type_string) ||
        !json_object_object_get_ex(obj, "timexes", &arr) ||
        !json_object_is_type(arr, json_type_array))
        return td_error_set(err, TD_ERR_PARSE,
                            "%s:%zu: gold document needs 'doc', string 'text' and array "
                            "'timexes'", r->path, r->lineno);
    if (td_grow((void **)&c->docs, &c->cap, c->n + 1, sizeof(*c->docs)) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    d = &c->docs[c->n++];
    memset(d, 0, sizeof(*d));
    d->lineno = r->lineno;
    d->key = doc_key(json_object_get_string(doc));
    d->text = td_strdup(json_object_get_string(text));
    if (d->key == NULL || d->text == NULL || index_text(d) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    rc = read_gold_timexes(arr, d, r, err);
    return rc;
}

static enum td_err reader_open(struct reader *r, const char *path, struct td_error *err)
{
    memset(r, 0, sizeof(*r));
    r->path = path;
    td_buf_init(&r->line, TD_MAX_LINE_BYTES);
    r->f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
    if (r->f == NULL)
        return td_error_set(err, TD_ERR_IO, "cannot open '%s'", path);
    return TD_OK;
}

static void reader_close(struct reader *r)
{
    if (r->f != NULL && r->f != stdin)
        fclose(r->f);
    td_buf_release(&r->line);
}

/* Calls `fn` for each non-blank line's JSON object. */
typedef enum td_err (*line_fn)(void *ctx, struct json_object *obj, const struct reader *r,
                               struct td_error *err);

static enum td_err for_each_line(const char *path, line_fn fn, void *ctx, struct td_error *err)
{
    struct reader r;
    struct json_object *obj = NULL;
    enum td_err rc = reader_open(&r, path, err);
    bool overlong;

    while (rc == TD_OK && next_line(&r, &overlong)) {
        if (overlong) {
            rc = td_error_set(err, TD_ERR_PARSE, "%s:%zu: line too long", path, r.lineno);
            break;
        }
        rc = line_object(&r, &obj, err);
        if (rc == TD_OK && obj != NULL)
            rc = fn(ctx, obj, &r, err);
        json_object_put(obj);
        obj = NULL;
    }
    if (rc == TD_OK && ferror(r.f))
        rc = td_error_set(err, TD_ERR_IO, "cannot read '%s'", path);
    reader_close(&r);
    return rc;
}

static enum td_err on_gold_line(void *ctx, struct json_object *obj, const struct reader *r,
                                struct td_error *err)
{
    return read_gold_doc(ctx, obj, r, err);
}

/* ---- gold order and duplicates ---- */

static int by_key_line(const void *a, const void *b)
{
    const struct doc *x = a, *y = b;
    int c = strcmp(x->key, y->key);

    if (c != 0)
        return c;
    return (x->lineno > y->lineno) - (x->lineno < y->lineno);
}

static int by_tx(const void *a, const void *b)
{
    const struct tx *x = a, *y = b;
    int c;

    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    c = strcmp(x->type, y->type);
    return c != 0 ? c : strcmp(x->value, y->value);
}

/* Whether two documents have the same text and the same gold timexes in any order. */
static enum td_err same_doc(const struct doc *a, const struct doc *b, bool *same)
{
    struct tx *x, *y;
    size_t i;

    *same = strcmp(a->text, b->text) == 0 && a->ngold == b->ngold;
    if (!*same || a->ngold == 0)
        return TD_OK;
    x = td_malloc(2 * a->ngold * sizeof(*x));
    if (x == NULL)
        return TD_ERR_NOMEM;
    y = x + a->ngold;
    memcpy(x, a->gold, a->ngold * sizeof(*x));
    memcpy(y, b->gold, b->ngold * sizeof(*y));
    qsort(x, a->ngold, sizeof(*x), by_tx);
    qsort(y, b->ngold, sizeof(*y), by_tx);
    for (i = 0; i < a->ngold && *same; i++)
        *same = by_tx(&x[i], &y[i]) == 0;
    td_free(x);
    return TD_OK;
}

/*
 * Sorts the documents by key (file order among equal keys) and drops later
 * copies identical to the first; a differing copy is an error.
 */
static enum td_err sort_gold(struct corpus *c, const char *path, struct td_error *err)
{
    size_t i, w = 0;
    bool same;

    qsort(c->docs, c->n, sizeof(*c->docs), by_key_line);
    for (i = 0; i < c->n; i++) {
        if (w > 0 && strcmp(c->docs[w - 1].key, c->docs[i].key) == 0) {
            if (same_doc(&c->docs[w - 1], &c->docs[i], &same) != TD_OK)
                return td_error_set(err, TD_ERR_NOMEM, "out of memory");
            if (!same)
                return td_error_set(err, TD_ERR_PARSE,
                                    "%s:%zu: document '%s' already read from line %zu", path,
                                    c->docs[i].lineno, c->docs[i].key, c->docs[w - 1].lineno);
            doc_release(&c->docs[i]);
            continue;
        }
        c->docs[w++] = c->docs[i];
    }
    c->n = w;
    return TD_OK;
}

/* ---- system side ---- */

struct sys_ctx {
    struct corpus *c;
    struct td_timex_scores *out;
};

static struct doc *find_doc(struct corpus *c, const char *key)
{
    size_t lo = 0, hi = c->n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int cmp = strcmp(key, c->docs[mid].key);

        if (cmp == 0)
            return &c->docs[mid];
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

static bool known_type(const char *t)
{
    size_t i;

    for (i = 0; i < sizeof(types) / sizeof(types[0]); i++)
        if (strcmp(t, types[i]) == 0)
            return true;
    return false;
}

static enum td_err on_sys_line(void *ctx, struct json_object *obj, const struct reader *r,
                               struct td_error *err)
{
    struct sys_ctx *sc = ctx;
    struct json_object *v;
    struct doc *d;
    char *key;
    bool mismatch = false;
    enum td_err rc;

    if (!json_object_object_get_ex(obj, "doc", &v) || v == NULL)
        return td_error_set(err, TD_ERR_PARSE, "%s:%zu: record lacks 'doc'", r->path,
                            r->lineno);
    key = doc_key(json_object_get_string(v));
    if (key == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    d = find_doc(sc->c, key);
    td_free(key);
    if (d == NULL) {
        sc->out->ignored++;
        return TD_OK;
    }
    if (td_grow((void **)&d->sys, &d->capsys, d->nsys + 1, sizeof(*d->sys)) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    rc = read_tx(obj, d, r, &d->sys[d->nsys], &mismatch, err);
    if (rc != TD_OK)
        return rc;
    sc->out->bad_type += !known_type(d->sys[d->nsys].type);
    d->nsys++;
    return TD_OK;
}

/* ---- matching ---- */

/* Per-document matching state; arrays sized by the largest document. */
struct match {
    size_t *s_of_g, *g_of_s, *strict_g_of_s;  /* NONE when unmatched */
    size_t *adj, *adj_off;                     /* candidates of system i: adj[adj_off[i]..adj_off[i+1]) */
    unsigned char *seen;
    size_t *block;                             /* owns every array above */
};

struct edge {
    size_t gi, overlap;
    bool exact;
};

static int by_edge(const void *a, const void *b)
{
    const struct edge *x = a, *y = b;

    if (x->exact != y->exact)
        return x->exact ? -1 : 1;
    if (x->overlap != y->overlap)
        return x->overlap > y->overlap ? -1 : 1;
    return (x->gi > y->gi) - (x->gi < y->gi);
}

static enum td_err match_alloc(struct match *m, size_t max_g, size_t max_s, size_t max_gs)
{
    size_t words = max_g + 3 * max_s + max_gs + max_s + 1 + max_g + 1;

    m->block = td_malloc(words * sizeof(size_t));
    if (m->block == NULL)
        return TD_ERR_NOMEM;
    m->s_of_g = m->block;
    m->g_of_s = m->s_of_g + max_g;
    m->strict_g_of_s = m->g_of_s + max_s;
    m->adj = m->strict_g_of_s + max_s;
    m->adj_off = m->adj + max_gs;
    m->seen = (unsigned char *)(m->adj_off + max_s + 1);
    return TD_OK;
}

/* Strict pairs: each system timex takes the first free gold timex with its span. */
static void match_strict(struct match *m, const struct doc *d)
{
    size_t si, gi;

    memset(m->seen, 0, d->ngold);
    for (si = 0; si < d->nsys; si++) {
        m->strict_g_of_s[si] = NONE;
        for (gi = 0; gi < d->ngold; gi++) {
            if (m->seen[gi] || d->gold[gi].start != d->sys[si].start ||
                d->gold[gi].end != d->sys[si].end)
                continue;
            m->seen[gi] = 1;
            m->strict_g_of_s[si] = gi;
            break;
        }
    }
}

/* Fills the candidate lists of every system timex, best first. */
static void match_edges(struct match *m, const struct doc *d, struct edge *tmp)
{
    size_t si, gi, k = 0;

    for (si = 0; si < d->nsys; si++) {
        const struct tx *s = &d->sys[si];
        size_t n = 0, j;

        m->adj_off[si] = k;
        for (gi = 0; gi < d->ngold; gi++) {
            const struct tx *g = &d->gold[gi];
            size_t lo = s->start > g->start ? s->start : g->start;
            size_t hi = s->end < g->end ? s->end : g->end;

            if (hi <= lo)
                continue;
            tmp[n].gi = gi;
            tmp[n].overlap = hi - lo;
            tmp[n].exact = s->start == g->start && s->end == g->end;
            n++;
        }
        qsort(tmp, n, sizeof(*tmp), by_edge);
        for (j = 0; j < n; j++)
            m->adj[k++] = tmp[j].gi;
    }
    m->adj_off[d->nsys] = k;
}

static bool augment(struct match *m, size_t si)
{
    size_t k;

    for (k = m->adj_off[si]; k < m->adj_off[si + 1]; k++) {
        size_t gi = m->adj[k];

        if (m->seen[gi])
            continue;
        m->seen[gi] = 1;
        if (m->s_of_g[gi] == NONE || augment(m, m->s_of_g[gi])) {
            m->s_of_g[gi] = si;
            m->g_of_s[si] = gi;
            return true;
        }
    }
    return false;
}

/* Strict pairs, then the relaxed matching grown from them. */
static void match_doc(struct match *m, const struct doc *d, struct edge *tmp)
{
    size_t si, gi;

    match_strict(m, d);
    match_edges(m, d, tmp);
    for (gi = 0; gi < d->ngold; gi++)
        m->s_of_g[gi] = NONE;
    for (si = 0; si < d->nsys; si++) {
        m->g_of_s[si] = m->strict_g_of_s[si];
        if (m->g_of_s[si] != NONE)
            m->s_of_g[m->g_of_s[si]] = si;
    }
    for (si = 0; si < d->nsys; si++) {
        if (m->g_of_s[si] != NONE)
            continue;
        memset(m->seen, 0, d->ngold);
        (void)augment(m, si);
    }
}

/* ---- counting and error lines ---- */

static void put_tx(FILE *f, const char *who, const struct doc *d, const struct tx *t,
                   struct td_buf *b)
{
    size_t a = d->cp[t->start], e = d->cp[t->end];

    td_buf_reset(b);
    if (td_buf_add_json_str(b, d->text + a, e - a) != TD_OK)
        return;
    fprintf(f, "\t%s %s [%zu,%zu) %s %s", who, b->data, t->start, t->end, t->type, t->value);
}

static void put_error(FILE *f, const struct doc *d, const char *kind, const struct tx *g,
                      const struct tx *s, struct td_buf *b)
{
    fprintf(f, "%s\t%s", d->key, kind);
    if (g != NULL)
        put_tx(f, "gold", d, g, b);
    if (s != NULL)
        put_tx(f, "sys", d, s, b);
    fputc('\n', f);
}

static void count_doc(const struct match *m, const struct doc *d, struct td_timex_scores *out,
                      FILE *errors, struct td_buf *b)
{
    size_t gi, si;

    out->gold += d->ngold;
    out->system += d->nsys;
    for (si = 0; si < d->nsys; si++)
        out->strict.match += m->strict_g_of_s[si] != NONE;
    for (gi = 0; gi < d->ngold; gi++) {
        const struct tx *g = &d->gold[gi];
        const struct tx *s;
        bool value_ok, strict_ok;

        si = m->s_of_g[gi];
        if (si == NONE) {
            if (errors != NULL)
                put_error(errors, d, "missed", g, NULL, b);
            continue;
        }
        s = &d->sys[si];
        value_ok = strcmp(g->value, s->value) == 0;
        strict_ok = m->strict_g_of_s[si] == gi;
        out->relaxed.match++;
        out->type_correct += strcmp(g->type, s->type) == 0;
        out->value_correct += value_ok;
        if (errors != NULL && (!value_ok || !strict_ok))
            put_error(errors, d, value_ok ? "extent" : "value", g, s, b);
    }
    for (si = 0; si < d->nsys && errors != NULL; si++)
        if (m->g_of_s[si] == NONE)
            put_error(errors, d, "spurious", NULL, &d->sys[si], b);
}

static void prf(struct td_timex_prf *p, size_t n_sys, size_t n_gold)
{
    p->precision = n_sys ? (double)p->match / (double)n_sys : 0.0;
    p->recall = n_gold ? (double)p->match / (double)n_gold : 0.0;
    p->f1 = p->precision + p->recall > 0.0
                ? 2 * p->precision * p->recall / (p->precision + p->recall)
                : 0.0;
}

static enum td_err score_corpus(const struct corpus *c, FILE *errors,
                                struct td_timex_scores *out)
{
    size_t i, max_g = 1, max_s = 1, max_gs = 1;
    struct match m;
    struct edge *tmp;
    struct td_buf b;

    for (i = 0; i < c->n; i++) {
        const struct doc *d = &c->docs[i];
        max_g = d->ngold > max_g ? d->ngold : max_g;
        max_s = d->nsys > max_s ? d->nsys : max_s;
        max_gs = d->ngold * d->nsys > max_gs ? d->ngold * d->nsys : max_gs;
    }
    tmp = td_malloc(max_g * sizeof(*tmp));
    if (tmp == NULL || match_alloc(&m, max_g, max_s, max_gs) != TD_OK) {
        td_free(tmp);
        return TD_ERR_NOMEM;
    }
    td_buf_init(&b, TD_MAX_LINE_BYTES);
    for (i = 0; i < c->n; i++) {
        match_doc(&m, &c->docs[i], tmp);
        count_doc(&m, &c->docs[i], out, errors, &b);
    }
    td_buf_release(&b);
    td_free(tmp);
    td_free(m.block);
    out->docs = c->n;
    prf(&out->strict, out->system, out->gold);
    prf(&out->relaxed, out->system, out->gold);
    if (out->relaxed.match > 0) {
        out->type_accuracy = (double)out->type_correct / (double)out->relaxed.match;
        out->value_accuracy = (double)out->value_correct / (double)out->relaxed.match;
    }
    out->type_f1 = out->type_accuracy * out->relaxed.f1;
    out->value_f1 = out->value_accuracy * out->relaxed.f1;
    return TD_OK;
}

enum td_err td_timex_score_files(const char *gold_path, const char *sys_path, FILE *errors,
                                 struct td_timex_scores *out, struct td_error *err)
{
    struct corpus c = {NULL, 0, 0};
    struct td_timex_scores s;
    struct sys_ctx sc = {&c, &s};
    enum td_err rc;

    if (gold_path == NULL || sys_path == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "gold path, system path and out are required");
    memset(&s, 0, sizeof(s));
    rc = for_each_line(gold_path, on_gold_line, &c, err);
    if (rc == TD_OK && c.n == 0)
        rc = td_error_set(err, TD_ERR_INVALID, "%s: no gold documents", gold_path);
    if (rc == TD_OK)
        rc = sort_gold(&c, gold_path, err);
    if (rc == TD_OK)
        rc = for_each_line(sys_path, on_sys_line, &sc, err);
    if (rc == TD_OK && score_corpus(&c, errors, &s) != TD_OK)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc == TD_OK)
        *out = s;
    corpus_release(&c);
    return rc;
}
