/*
 * story_timeline.c - timelines read from the store: `td_query_timeline`
 * loads a story's articles for timeline/, `query_story_dates` gives the
 * articles of `td_query_story` their estimated dates and added events, and
 * `query_estimate_date` dates one undated article for the export.
 */
#include <string.h>

#include "core/alloc.h"
#include "core/time.h"
#include "query/query_int.h"
#include "store/store.h"
#include "timeline/timeline.h"
#include "core/banned.h"

/* The story's articles as copied out of the store. */
struct story_texts {
    struct td_timeline_input *items; /* strings owned (heap copies) */
    size_t n, cap;
    bool too_many;
};

static void texts_release(struct story_texts *t)
{
    size_t i;

    for (i = 0; i < t->n; i++) {
        td_free((char *)t->items[i].id);
        td_free((char *)t->items[i].title);
        td_free((char *)t->items[i].text);
        td_free((char *)t->items[i].date);
        td_free((char *)t->items[i].lang);
    }
    td_free(t->items);
    memset(t, 0, sizeof(*t));
}

static char *dup_or_null(const char *s, bool *oom)
{
    char *d;

    if (s == NULL)
        return NULL;
    if ((d = td_strdup(s)) == NULL)
        *oom = true;
    return d;
}

/*
 * Copies one article out of the row (the row's strings die with the step).
 * Past TD_TIMELINE_MAX_ARTICLES rows are only counted, so the caller can
 * answer TD_ERR_TOO_LARGE without holding the whole story.
 */
static enum td_err text_row(void *ctx, const struct store_row *r)
{
    struct story_texts *t = ctx;
    struct td_timeline_input *a;
    bool oom = false;

    if (t->n >= TD_TIMELINE_MAX_ARTICLES) {
        t->too_many = true;
        return TD_OK;
    }
    if (td_grow((void **)&t->items, &t->cap, t->n + 1, sizeof(*t->items)) != TD_OK)
        return TD_ERR_NOMEM;
    a = &t->items[t->n];
    memset(a, 0, sizeof(*a));
    a->id = dup_or_null(r->col[0] != NULL ? r->col[0] : "", &oom);
    a->title = dup_or_null(r->col[1], &oom);
    a->text = dup_or_null(r->col[2] != NULL ? r->col[2] : "", &oom);
    a->text_len = a->text != NULL ? strlen(a->text) : 0;
    a->date = dup_or_null(r->col[3], &oom);
    a->lang = dup_or_null(r->col[4], &oom);
    a->event = r->num[5];
    t->n++; /* released with the rest even when a copy failed */
    return oom ? TD_ERR_NOMEM : TD_OK;
}

/* `td_query_timeline`, with or without the entities of each event. */
static enum td_err story_timeline(struct td_store *st, int64_t id, bool with_entities,
                                  struct td_timeline *out, struct td_error *err)
{
    struct story_texts t = {NULL, 0, 0, false};
    enum td_err rc;

    if (st == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no store or timeline");
    rc = store_query_run(st, STORE_Q_STORY_TEXTS, id, text_row, &t, err);
    if (rc == TD_ERR_NOMEM)
        rc = td_error_set(err, rc, "out of memory");
    else if (rc == TD_OK && t.n == 0)
        rc = td_error_set(err, TD_ERR_NOTFOUND, "no story '%lld'", (long long)id);
    else if (rc == TD_OK && t.too_many)
        rc = td_error_set(err, TD_ERR_TOO_LARGE,
                          "story '%lld' has more than %d articles for "
                          "a timeline",
                          (long long)id, TD_TIMELINE_MAX_ARTICLES);
    if (rc == TD_OK)
        rc = timeline_build(t.items, t.n, with_entities, out, err);
    texts_release(&t);
    return rc;
}

enum td_err td_query_timeline(struct td_store *st, int64_t id, struct td_timeline *out,
                              struct td_error *err)
{
    return story_timeline(st, id, true, out, err);
}

/* Gives article `a` the estimate and the added events of timeline article `i`. */
static enum td_err apply(struct td_article_info *a, const struct td_timeline *tl, size_t i)
{
    size_t n = td_timeline_added(tl, i, NULL, 0);
    char *date;

    if (a->date == NULL && tl->dates[i].source == TD_DATE_SOURCE_ESTIMATED) {
        if ((date = td_strdup(tl->dates[i].date)) == NULL)
            return TD_ERR_NOMEM;
        a->date = date;
    }
    a->date_source = a->date == NULL                                   ? NULL
                     : tl->dates[i].source == TD_DATE_SOURCE_ESTIMATED ? "estimated"
                                                                       : "given";
    if (n == 0)
        return TD_OK;
    if ((a->added = td_malloc(n * sizeof(*a->added))) == NULL)
        return TD_ERR_NOMEM;
    a->nadded = td_timeline_added(tl, i, a->added, n);
    return TD_OK;
}

/*
 * The listing is in date order and the timeline in arrival order, so the
 * articles are matched by id; stories are small enough for the double loop.
 */
enum td_err query_story_dates(struct td_store *st, int64_t id, struct td_article_list *l,
                              struct td_error *err)
{
    struct td_timeline tl;
    enum td_err rc;
    size_t i, j;

    for (i = 0; i < l->n; i++)
        l->items[i].date_source = l->items[i].date != NULL ? "given" : NULL;
    /* The listing shows dates and what each article added, never entities. */
    rc = story_timeline(st, id, false, &tl, err);
    /* A story too large for a timeline is still listed, without estimates. */
    if (rc == TD_ERR_TOO_LARGE)
        return TD_OK;
    if (rc != TD_OK)
        return rc;
    for (i = 0; rc == TD_OK && i < l->n; i++)
        for (j = 0; rc == TD_OK && j < tl.narticles; j++)
            if (strcmp(tl.ids[j], l->items[i].id) == 0)
                rc = apply(&l->items[i], &tl, j);
    td_timeline_release(&tl);
    return rc == TD_ERR_NOMEM ? td_error_set(err, rc, "out of memory") : rc;
}

/* The publication days of a story's (or an event's) dated articles, and their texts. */
struct day_list {
    int64_t *days;                 /* owned */
    struct td_pubdate_text *texts; /* owned, each text owned; NULL for a story's list */
    size_t n, cap, tcap;
};

static enum td_err day_row(void *ctx, const struct store_row *r)
{
    struct day_list *d = ctx;

    if (td_grow((void **)&d->days, &d->cap, d->n + 1, sizeof(*d->days)) != TD_OK)
        return TD_ERR_NOMEM;
    d->days[d->n++] = time_day_of(r->num[0]);
    return TD_OK;
}

/* day_row() for an event: its day and its body (the names it shares weigh its day). */
static enum td_err event_row(void *ctx, const struct store_row *r)
{
    struct day_list *d = ctx;
    const char *body = r->col[1] != NULL ? r->col[1] : "";
    struct td_pubdate_text *t;

    if (td_grow((void **)&d->texts, &d->tcap, d->n + 1, sizeof(*d->texts)) != TD_OK)
        return TD_ERR_NOMEM;
    t = &d->texts[d->n];
    t->len = strlen(body);
    if ((t->text = td_strdup(body)) == NULL)
        return TD_ERR_NOMEM;
    if (day_row(ctx, r) != TD_OK) {
        td_free((void *)t->text);
        return TD_ERR_NOMEM;
    }
    return TD_OK;
}

static void day_list_release(struct day_list *d)
{
    size_t i;

    for (i = 0; d->texts != NULL && i < d->n; i++)
        td_free((void *)d->texts[i].text);
    td_free(d->texts);
    td_free(d->days);
}

enum td_err query_estimate_date(struct td_store *st, const struct td_export_row *row, int64_t seq,
                                const char *body, struct td_pubdate *out, struct td_error *err)
{
    struct td_pubdate_context ctx = TD_PUBDATE_CONTEXT_INIT;
    struct day_list d = {NULL, NULL, 0, 0, 0}, e = {NULL, NULL, 0, 0, 0};
    struct day_list a = {NULL, NULL, 0, 0, 0};
    enum td_err rc = store_query_run(st, STORE_Q_STORY_DAYS, row->story, day_row, &d, err);

    /*
     * The event's days come first in the estimate: its articles are days apart. Their texts
     * only for an event small enough for its names to be weighed (TD_PUBDATE_NAMES_MAX).
     */
    if (rc == TD_OK && row->event != 0)
        rc = store_query_run(st, STORE_Q_EVENT_DAYS, row->event, day_row, &e, err);
    if (rc == TD_OK && e.n > 0 && e.n <= TD_PUBDATE_NAMES_MAX) {
        day_list_release(&e);
        memset(&e, 0, sizeof(e));
        rc = store_query_run(st, STORE_Q_EVENT_TEXTS, row->event, event_row, &e, err);
    }
    /* The stream's clock when it arrived: it bounds the estimate, or dates a lone article. */
    if (rc == TD_OK)
        rc = store_query_run(st, STORE_Q_ARRIVAL_DAYS, seq, day_row, &a, err);
    ctx.story_days = d.days;
    ctx.nstory = d.n;
    ctx.event_days = e.days;
    ctx.nevent = e.n;
    ctx.event_texts = e.texts;
    ctx.arrival_days = a.days;
    ctx.narrival = a.n;
    if (rc == TD_OK)
        rc = td_pubdate_estimate_in(body, strlen(body), row->lang, &ctx, out, err);
    day_list_release(&d);
    day_list_release(&e);
    day_list_release(&a);
    return rc;
}
