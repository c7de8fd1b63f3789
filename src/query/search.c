/*
 * search.c - `td_query_search`: checks the query and filters, runs the
 * full-text search of store/store_search.c and turns its marked snippets
 * into plain text plus highlight spans counted in code points.
 */
#include "tidings/query.h"

#include <stdint.h>
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/limits.h"
#include "core/sort.h"
#include "core/time.h"
#include "core/utf8.h"
#include "query/query_int.h"
#include "store/store.h"
#include "text/text.h"

#define SECONDS_PER_DAY 86400

/* A snippet or title being copied without its markers. */
struct unmark {
    struct td_buf text;
    struct td_search_span *spans;
    size_t n, cap;
    size_t cps;      /* code points written to `text` so far */
    size_t open_at;  /* code point where the open match began, or SIZE_MAX */
    bool collapse;   /* fold runs of white space and control bytes into one space */
    bool pending_sp; /* a space is owed before the next visible byte */
};

static enum td_err span_push(struct unmark *u, size_t start, size_t end)
{
    if (td_grow((void **)&u->spans, &u->cap, u->n + 1, sizeof(*u->spans)) != TD_OK)
        return TD_ERR_NOMEM;
    u->spans[u->n].start = start;
    u->spans[u->n].end = end;
    u->n++;
    return TD_OK;
}

/* Writes the space owed by collapsed white space, unless the text is still empty. */
static enum td_err flush_space(struct unmark *u)
{
    if (!u->pending_sp)
        return TD_OK;
    u->pending_sp = false;
    if (u->text.len == 0)
        return TD_OK;
    u->cps++;
    return td_buf_addc(&u->text, ' ');
}

static enum td_err unmark_byte(struct unmark *u, unsigned char c)
{
    enum td_err rc;

    if (c == (unsigned char)STORE_MARK_OPEN) {
        rc = flush_space(u);
        u->open_at = u->cps;
        return rc;
    }
    if (c == (unsigned char)STORE_MARK_CLOSE) {
        size_t at = u->open_at;
        u->open_at = SIZE_MAX;
        return at != SIZE_MAX && u->cps > at ? span_push(u, at, u->cps) : TD_OK;
    }
    if (u->collapse && (c <= ' ' || c == 0x7f)) {
        u->pending_sp = true;
        return TD_OK;
    }
    if ((rc = flush_space(u)) != TD_OK)
        return rc;
    /* Every byte but a UTF-8 continuation byte starts a code point. */
    if ((c & 0xC0) != 0x80)
        u->cps++;
    return td_buf_addc(&u->text, (char)c);
}

/*
 * Copies the marked text `m` into `*text` without its markers and stores the
 * marked stretches in `*spans`/`*n`. Nothing is set on failure.
 */
static enum td_err unmark_text(const char *m, bool collapse, char **text,
                               struct td_search_span **spans, size_t *n)
{
    struct unmark u;
    enum td_err rc = TD_OK;
    const char *p;

    memset(&u, 0, sizeof(u));
    td_buf_init(&u.text, 0);
    u.open_at = SIZE_MAX;
    u.collapse = collapse;
    for (p = m; rc == TD_OK && *p != '\0'; p++)
        rc = unmark_byte(&u, (unsigned char)*p);
    if (rc == TD_OK && (*text = td_buf_take(&u.text, NULL)) == NULL)
        rc = TD_ERR_NOMEM;
    if (rc != TD_OK) {
        td_buf_release(&u.text);
        td_free(u.spans);
        return rc;
    }
    *spans = u.spans;
    *n = u.n;
    return TD_OK;
}

void search_hit_release(struct td_search_hit *h)
{
    td_free(h->id);
    td_free(h->title);
    td_free(h->date);
    td_free(h->lang);
    td_free(h->snippet);
    td_free(h->highlights);
    td_free(h->title_highlights);
    memset(h, 0, sizeof(*h));
}

/* Copies an optional column; sets `*oom` when a copy fails. */
static char *dup_opt(const char *s, bool *oom)
{
    char *d;

    if (s == NULL)
        return NULL;
    if ((d = td_strdup(s)) == NULL)
        *oom = true;
    return d;
}

static enum td_err fill_hit(struct td_search_hit *h, const struct store_search_row *r)
{
    bool oom = false;
    enum td_err rc;

    h->id = dup_opt(r->id ? r->id : "", &oom);
    h->story = r->story;
    h->date = dup_opt(r->date, &oom);
    h->lang = dup_opt(r->lang ? r->lang : "", &oom);
    h->score = r->score;
    if (oom)
        return TD_ERR_NOMEM;
    rc = unmark_text(r->snippet ? r->snippet : "", true, &h->snippet, &h->highlights,
                     &h->nhighlights);
    if (rc == TD_OK && r->title_marked != NULL)
        rc = unmark_text(r->title_marked, false, &h->title, &h->title_highlights,
                         &h->ntitle_highlights);
    return rc;
}

static enum td_err on_hit(void *ctx, const struct store_search_row *r)
{
    struct td_search_list *l = ctx;
    enum td_err rc;

    if (td_grow((void **)&l->items, &l->cap, l->n + 1, sizeof(*l->items)) != TD_OK)
        return TD_ERR_NOMEM;
    memset(&l->items[l->n], 0, sizeof(l->items[l->n]));
    rc = fill_hit(&l->items[l->n], r);
    if (rc != TD_OK) {
        search_hit_release(&l->items[l->n]);
        return rc;
    }
    l->n++;
    return TD_OK;
}

/* The first instant after the year, month, day or second that starts at `t`. */
static int64_t period_end(int64_t t, enum time_precision prec)
{
    int64_t y, days = t / SECONDS_PER_DAY - (t % SECONDS_PER_DAY < 0);
    int m, d;

    time_civil_from_days(days, &y, &m, &d);
    switch (prec) {
    case TIME_PREC_YEAR: return time_days_from_civil(y + 1, 1, 1) * SECONDS_PER_DAY;
    case TIME_PREC_MONTH:
        return time_days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) * SECONDS_PER_DAY;
    case TIME_PREC_DAY: return t + SECONDS_PER_DAY;
    default: return t + 1;
    }
}

/*
 * Parses the `from` (start of the period) or `to` (end of the period, as an
 * exclusive bound) date filter.
 */
static enum td_err parse_bound(const char *s, const char *name, bool is_to, int64_t *out,
                               struct td_error *err)
{
    struct td_error why = {TD_OK, ""};
    enum time_precision prec = TIME_PREC_SECOND;
    int64_t t = 0;
    enum td_err rc;

    if (strlen(s) > 64)
        return td_error_set(err, TD_ERR_INVALID, "'%s' date is too long", name);
    rc = time_parse_iso8601(s, strlen(s), &t, &prec, &why);
    if (rc != TD_OK)
        return td_error_set(err, rc, "bad '%s' date '%s': %s", name, s, td_error_message(&why, rc));
    *out = is_to ? period_end(t, prec) : t;
    return TD_OK;
}

enum td_err search_check_query(const char *q, struct td_error *err)
{
    size_t len, i, bad = 0;

    if (q == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no search query");
    len = strlen(q);
    if (len > TD_MAX_QUERY_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "search query longer than %zu bytes",
                            TD_MAX_QUERY_BYTES);
    if (!utf8_valid(q, len, &bad))
        return td_error_set(err, TD_ERR_INVALID, "invalid UTF-8 at byte %zu of the search query",
                            bad);
    for (i = 0; i < len; i++)
        if (q[i] != ' ' && q[i] != '\t' && q[i] != '\n' && q[i] != '\r')
            return TD_OK;
    return td_error_set(err, TD_ERR_INVALID, "empty search query");
}

/* Fills the store parameters from the options; `lang` receives the canonical code. */
static enum td_err make_params(const struct td_search_opts *o, struct store_search_params *p,
                               char lang[8], struct td_error *err)
{
    enum td_err rc = TD_OK;

    if (o->limit < 1 || o->limit > TD_SEARCH_MAX_LIMIT)
        return td_error_set(err, TD_ERR_INVALID, "search limit %zu is not between 1 and %d",
                            o->limit, TD_SEARCH_MAX_LIMIT);
    if (o->story < 0)
        return td_error_set(err, TD_ERR_INVALID, "bad story id %lld", (long long)o->story);
    p->limit = (int64_t)o->limit;
    p->story = o->story;
    if ((p->has_from = o->from != NULL))
        rc = parse_bound(o->from, "from", false, &p->from, err);
    if (rc == TD_OK && (p->has_to = o->to != NULL))
        rc = parse_bound(o->to, "to", true, &p->to, err);
    if (rc == TD_OK && p->has_from && p->has_to && p->from >= p->to)
        rc = td_error_set(err, TD_ERR_INVALID, "'from' date '%s' is after 'to' date '%s'", o->from,
                          o->to);
    if (rc != TD_OK || o->lang == NULL)
        return rc;
    /* Stored languages are canonical codes, or "und" and other raw codes kept as given. */
    text_lang_canonical(o->lang, lang);
    p->lang = lang[0] != '\0' ? lang : o->lang;
    return TD_OK;
}

enum td_err search_prepare(struct td_store *st, const char *query,
                           const struct td_search_opts *opts, struct store_search_params *p,
                           char lang[8], struct td_error *err)
{
    static const struct td_search_opts defaults = TD_SEARCH_OPTS_INIT;
    enum td_err rc;

    if (st == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no store");
    if ((rc = search_check_query(query, err)) != TD_OK)
        return rc;
    memset(p, 0, sizeof(*p));
    p->match = query;
    rc = make_params(opts != NULL ? opts : &defaults, p, lang, err);
    /* Articles committed but not indexed yet (see td_indexer) are indexed first. */
    return rc == TD_OK ? search_catch_up_nowait(st, err) : rc;
}

#define BETTER(x, y) ((x).score > (y).score || ((x).score == (y).score && (x).seq > (y).seq))

void search_rank(struct store_search_match *m, size_t n)
{
    /* Best first: a higher score, then the newer article. */
    TD_SHELL_SORT(struct store_search_match, m, n, BETTER(b, a));
}

enum td_err search_fetch(struct td_store *st, const char *match,
                         const struct store_search_match *m, struct td_search_list *l,
                         struct td_error *err)
{
    enum td_err rc = store_search_fetch(st, match, m, on_hit, l, err);

    return rc == TD_ERR_NOMEM ? td_error_set(err, rc, "out of memory") : rc;
}

enum td_err td_query_search(struct td_store *st, const char *query,
                            const struct td_search_opts *opts, struct td_search_list *out,
                            struct td_error *err)
{
    struct td_search_list l = {NULL, 0, 0};
    struct store_search_window w = {NULL, 0, 0};
    struct store_search_params p;
    char lang[8] = "";
    enum td_err rc;
    size_t i;

    if (out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no output");
    rc = search_prepare(st, query, opts, &p, lang, err);
    if (rc == TD_OK)
        rc = store_search_rank(st, &p, 0, 0, &w, err);
    if (rc == TD_OK)
        search_rank(w.items, w.n);
    for (i = 0; rc == TD_OK && i < w.n && i < (size_t)p.limit; i++)
        rc = search_fetch(st, p.match, &w.items[i], &l, err);
    td_free(w.items);
    if (rc != TD_OK) {
        td_search_list_release(&l);
        return rc;
    }
    *out = l;
    return TD_OK;
}

enum td_err search_catch_up_nowait(struct td_store *st, struct td_error *err)
{
    size_t n = 0;
    enum td_err rc;

    /* A background indexer keeps the index current: read what it has indexed. */
    if (!store_index_on_read(st))
        return TD_OK;
    do
        rc = store_fts_catch_up_nowait(st, 4096, &n, err);
    while (rc == TD_OK && n > 0);
    /*
     * A writer holds the lock: rather than wait behind its batches, search
     * what is indexed. The writer's side (td_indexer, the server's POST
     * handler) indexes what it commits.
     */
    if (rc == TD_ERR_BUSY) {
        td_error_clear(err);
        return TD_OK;
    }
    return rc;
}

enum td_err td_search_index_catch_up(struct td_store *st, struct td_error *err)
{
    size_t n = 0;
    enum td_err rc;

    do
        rc = store_fts_catch_up(st, 4096, &n, err);
    while (rc == TD_OK && n > 0);
    return rc;
}

void td_search_list_release(struct td_search_list *l)
{
    size_t i;

    for (i = 0; i < l->n; i++)
        search_hit_release(&l->items[i]);
    td_free(l->items);
    memset(l, 0, sizeof(*l));
}
