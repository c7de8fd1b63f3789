/*
 * query.c - story lists, story articles, statistics and assignments read
 * from the store (store/store_read.c holds the SQL), as C structs.
 */
#include "tidings/query.h"

#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "query/query_int.h"
#include "store/store.h"

/* Grows a list of `elem`-byte items to hold one more, zeroing the new room. */
static enum td_err list_grow(void **items, size_t *cap, size_t n, size_t elem)
{
    size_t old = *cap;

    if (td_grow(items, cap, n + 1, elem) != TD_OK)
        return TD_ERR_NOMEM;
    if (*cap > old)
        memset((char *)*items + old * elem, 0, (*cap - old) * elem);
    return TD_OK;
}

/* Copies an optional column; sets `*oom` when a copy fails. */
static char *dup_col(const char *s, bool *oom)
{
    char *d;

    if (s == NULL)
        return NULL;
    d = td_strdup(s);
    if (d == NULL)
        *oom = true;
    return d;
}

static void story_info_release(struct td_story_info *s)
{
    td_free(s->title);
    td_free(s->first_date);
    td_free(s->last_date);
    td_free(s->languages);
}

static enum td_err story_row(void *ctx, const struct store_row *r)
{
    struct td_story_list *l = ctx;
    struct td_story_info *s;
    bool oom = false;

    if (list_grow((void **)&l->items, &l->cap, l->n, sizeof(*l->items)) != TD_OK)
        return TD_ERR_NOMEM;
    s = &l->items[l->n];
    s->id = r->num[0];
    s->size = r->num[1];
    s->first_date = dup_col(r->col[2], &oom);
    s->last_date = dup_col(r->col[3], &oom);
    s->languages = dup_col(r->col[4] ? r->col[4] : "", &oom);
    s->title = dup_col(r->col[5] ? r->col[5] : "", &oom);
    if (oom) {
        story_info_release(s);
        return TD_ERR_NOMEM;
    }
    l->n++;
    return TD_OK;
}

enum td_err td_query_stories(struct td_store *st, struct td_story_list *out, struct td_error *err)
{
    struct td_story_list l = {NULL, 0, 0};
    enum td_err rc = store_query_run(st, STORE_Q_STORIES, 0, story_row, &l, err);

    if (rc != TD_OK) {
        td_story_list_release(&l);
        return rc == TD_ERR_NOMEM ? td_error_set(err, rc, "out of memory") : rc;
    }
    *out = l;
    return TD_OK;
}

void td_story_list_release(struct td_story_list *l)
{
    size_t i;

    for (i = 0; i < l->n; i++)
        story_info_release(&l->items[i]);
    td_free(l->items);
    memset(l, 0, sizeof(*l));
}

static void article_info_release(struct td_article_info *a)
{
    td_free(a->id);
    td_free(a->title);
    td_free(a->date);
    td_free(a->lang);
    td_free(a->source);
    td_free(a->url);
    td_free(a->copy_of);
    td_free(a->added);
}

static enum td_err article_row(void *ctx, const struct store_row *r)
{
    struct td_article_list *l = ctx;
    struct td_article_info *a;
    bool oom = false;

    if (list_grow((void **)&l->items, &l->cap, l->n, sizeof(*l->items)) != TD_OK)
        return TD_ERR_NOMEM;
    a = &l->items[l->n];
    a->id = dup_col(r->col[0], &oom);
    a->title = dup_col(r->col[1], &oom);
    a->date = dup_col(r->col[2], &oom);
    a->lang = dup_col(r->col[3], &oom);
    a->source = dup_col(r->col[4], &oom);
    a->url = dup_col(r->col[5], &oom);
    a->copy_of = dup_col(r->col[6], &oom);
    if (oom) {
        article_info_release(a);
        return TD_ERR_NOMEM;
    }
    l->n++;
    return TD_OK;
}

enum td_err td_query_story(struct td_store *st, int64_t id, struct td_article_list *out,
                           struct td_error *err)
{
    struct td_article_list l = {NULL, 0, 0};
    enum td_err rc = store_query_run(st, STORE_Q_STORY_ARTICLES, id, article_row, &l, err);

    if (rc == TD_OK && l.n == 0)
        rc = td_error_set(err, TD_ERR_NOTFOUND, "no story '%lld'", (long long)id);
    if (rc == TD_OK)
        rc = query_story_dates(st, id, &l, err);
    if (rc != TD_OK) {
        td_article_list_release(&l);
        return rc == TD_ERR_NOMEM ? td_error_set(err, rc, "out of memory") : rc;
    }
    *out = l;
    return TD_OK;
}

void td_article_list_release(struct td_article_list *l)
{
    size_t i;

    for (i = 0; i < l->n; i++)
        article_info_release(&l->items[i]);
    td_free(l->items);
    memset(l, 0, sizeof(*l));
}

static enum td_err totals_row(void *ctx, const struct store_row *r)
{
    struct td_stats *s = ctx;

    s->articles = r->num[0];
    s->stories = r->num[1];
    return TD_OK;
}

static enum td_err lang_row(void *ctx, const struct store_row *r)
{
    struct td_stats *s = ctx;
    size_t cap = s->nlangs;
    struct td_lang_count *lc;

    /* Exact-size growth: there are few languages. */
    if (list_grow((void **)&s->langs, &cap, s->nlangs, sizeof(*s->langs)) != TD_OK)
        return TD_ERR_NOMEM;
    lc = &s->langs[s->nlangs++];
    (void)snprintf(lc->lang, sizeof(lc->lang), "%s", r->col[0] ? r->col[0] : "");
    lc->count = r->num[1];
    return TD_OK;
}

enum td_err td_query_stats(struct td_store *st, struct td_stats *out, struct td_error *err)
{
    struct td_stats s;
    enum td_err rc;

    memset(&s, 0, sizeof(s));
    rc = store_query_run(st, STORE_Q_STATS_TOTALS, 0, totals_row, &s, err);
    if (rc == TD_OK)
        rc = store_query_run(st, STORE_Q_STATS_LANGS, 0, lang_row, &s, err);
    if (rc != TD_OK) {
        td_stats_release(&s);
        return rc == TD_ERR_NOMEM ? td_error_set(err, rc, "out of memory") : rc;
    }
    *out = s;
    return TD_OK;
}

void td_stats_release(struct td_stats *s)
{
    td_free(s->langs);
    memset(s, 0, sizeof(*s));
}

struct assign_ctx {
    td_assign_fn fn;
    void *ctx;
};

static enum td_err assign_row(void *ctx, const struct store_row *r)
{
    struct assign_ctx *a = ctx;

    return a->fn(a->ctx, r->col[0] ? r->col[0] : "", r->num[1]);
}

enum td_err td_query_assignment(struct td_store *st, td_assign_fn fn, void *ctx,
                                struct td_error *err)
{
    struct assign_ctx a = {fn, ctx};

    return store_query_run(st, STORE_Q_ASSIGNMENT, 0, assign_row, &a, err);
}
