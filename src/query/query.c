/*
 * query.c - story lists, story articles, statistics and assignments read
 * from the store (store/store_read.c holds the SQL), as C structs.
 */
#include "tidings/query.h"

#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "core/map64.h"
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
    size_t i;

    td_free(s->title);
    td_free(s->first_date);
    td_free(s->last_date);
    td_free(s->languages);
    for (i = 0; i < s->nevents; i++) {
        td_free(s->events[i].first_date);
        td_free(s->events[i].last_date);
    }
    td_free(s->events);
    for (i = 0; i < s->nentities; i++)
        td_free(s->entities[i].name);
    td_free(s->entities);
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

/* The stories of a list by id, to attach their events. */
struct events_ctx {
    struct td_story_list *l;
    struct td_map64 by_id;  /* story id -> index in `l` */
    size_t cap_last;        /* capacity of the last story's events */
    int64_t last;           /* story of the previous row */
};

static enum td_err event_row(void *ctx, const struct store_row *r)
{
    struct events_ctx *x = ctx;
    const uint32_t *i = map64_get(&x->by_id, (uint64_t)r->num[0]);
    struct td_story_info *s;
    struct td_event_info *ev;
    bool oom = false;

    if (i == NULL)
        return TD_OK; /* a story written after the list was read */
    s = &x->l->items[*i];
    if (r->num[0] != x->last)
        x->cap_last = s->nevents;
    x->last = r->num[0];
    if (list_grow((void **)&s->events, &x->cap_last, s->nevents, sizeof(*s->events)) != TD_OK)
        return TD_ERR_NOMEM;
    ev = &s->events[s->nevents];
    ev->id = r->num[1];
    ev->size = r->num[2];
    ev->first_date = dup_col(r->col[3], &oom);
    ev->last_date = dup_col(r->col[4], &oom);
    if (oom) {
        td_free(ev->first_date);
        td_free(ev->last_date);
        return TD_ERR_NOMEM;
    }
    s->nevents++;
    return TD_OK;
}

/* Fills the events of every story of `l`. */
static enum td_err attach_events(struct td_store *st, struct td_story_list *l,
                                 struct td_error *err)
{
    struct events_ctx x;
    uint32_t *slot;
    size_t i;
    enum td_err rc = TD_OK;

    memset(&x, 0, sizeof(x));
    x.l = l;
    map64_init(&x.by_id);
    for (i = 0; rc == TD_OK && i < l->n; i++)
        rc = map64_upsert(&x.by_id, (uint64_t)l->items[i].id, (uint32_t)i, &slot, NULL);
    if (rc == TD_OK)
        rc = store_query_run(st, STORE_Q_STORY_EVENTS, 0, event_row, &x, err);
    map64_release(&x.by_id);
    return rc;
}

enum td_err td_query_stories(struct td_store *st, struct td_story_list *out, struct td_error *err)
{
    struct td_story_list l = {NULL, 0, 0};
    enum td_err rc = store_query_run(st, STORE_Q_STORIES, 0, story_row, &l, err);
    size_t i;

    if (rc == TD_OK)
        rc = attach_events(st, &l, err);
    /* Titled as on story pages: by the most central headline. */
    for (i = 0; rc == TD_OK && i < l.n; i++)
        rc = query_story_title(st, &l.items[i], err);
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
    a->event = r->num[7];
    if (oom) {
        article_info_release(a);
        return TD_ERR_NOMEM;
    }
    l->n++;
    return TD_OK;
}

/* One event of the story being read, appended to `ctx` (a struct td_story_info). */
static enum td_err story_event_row(void *ctx, const struct store_row *r)
{
    struct td_story_info *s = ctx;
    struct td_event_info *ev;
    size_t cap = s->nevents;
    bool oom = false;

    if (list_grow((void **)&s->events, &cap, s->nevents, sizeof(*s->events)) != TD_OK)
        return TD_ERR_NOMEM;
    ev = &s->events[s->nevents];
    ev->id = r->num[0];
    ev->size = r->num[1];
    ev->first_date = dup_col(r->col[2], &oom);
    ev->last_date = dup_col(r->col[3], &oom);
    s->nevents++;
    return oom ? TD_ERR_NOMEM : TD_OK;
}

/* Reads the events and top names of story `id` into `l`. */
static enum td_err story_extras(struct td_store *st, int64_t id, struct td_article_list *l,
                                struct td_error *err)
{
    struct td_story_info info;
    enum td_err rc;

    memset(&info, 0, sizeof(info));
    info.id = id;
    rc = store_query_run(st, STORE_Q_EVENTS_OF_STORY, id, story_event_row, &info, err);
    if (rc == TD_OK)
        rc = query_story_entities(st, &info, err);
    l->events = info.events;
    l->nevents = info.nevents;
    l->entities = info.entities;
    l->nentities = info.nentities;
    return rc;
}

enum td_err td_query_story(struct td_store *st, int64_t id, struct td_article_list *out,
                           struct td_error *err)
{
    struct td_article_list l;
    enum td_err rc;

    memset(&l, 0, sizeof(l));
    rc = store_query_run(st, STORE_Q_STORY_ARTICLES, id, article_row, &l, err);
    if (rc == TD_OK && l.n == 0)
        rc = td_error_set(err, TD_ERR_NOTFOUND, "no story '%lld'", (long long)id);
    if (rc == TD_OK)
        rc = query_story_dates(st, id, &l, err);
    if (rc == TD_OK)
        rc = story_extras(st, id, &l, err);
    if (rc != TD_OK) {
        td_article_list_release(&l);
        return rc == TD_ERR_NOMEM ? td_error_set(err, rc, "out of memory") : rc;
    }
    *out = l;
    return TD_OK;
}

void td_article_list_release(struct td_article_list *l)
{
    struct td_story_info extras;
    size_t i;

    for (i = 0; i < l->n; i++)
        article_info_release(&l->items[i]);
    td_free(l->items);
    /* The events and names are freed as a story's are. */
    memset(&extras, 0, sizeof(extras));
    extras.events = l->events;
    extras.nevents = l->nevents;
    extras.entities = l->entities;
    extras.nentities = l->nentities;
    story_info_release(&extras);
    memset(l, 0, sizeof(*l));
}

static enum td_err totals_row(void *ctx, const struct store_row *r)
{
    struct td_stats *s = ctx;

    s->articles = r->num[0];
    s->stories = r->num[1];
    s->events = r->num[2];
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
    int col;  /* 1: story, 2: event */
};

static enum td_err assign_row(void *ctx, const struct store_row *r)
{
    struct assign_ctx *a = ctx;

    return a->fn(a->ctx, r->col[0] ? r->col[0] : "", r->num[a->col]);
}

enum td_err td_query_assignment(struct td_store *st, td_assign_fn fn, void *ctx,
                                struct td_error *err)
{
    return td_query_assignment_at(st, TD_LEVEL_STORY, fn, ctx, err);
}

enum td_err td_query_assignment_at(struct td_store *st, enum td_level level, td_assign_fn fn,
                                   void *ctx, struct td_error *err)
{
    struct assign_ctx a = {fn, ctx, level == TD_LEVEL_EVENT ? 2 : 1};

    if (level != TD_LEVEL_STORY && level != TD_LEVEL_EVENT)
        return td_error_set(err, TD_ERR_INVALID, "unknown cluster level %d", (int)level);
    return store_query_run(st, STORE_Q_ASSIGNMENT, 0, assign_row, &a, err);
}
