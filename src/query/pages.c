/*
 * pages.c - the story list one page at a time (filters, keyset cursor by
 * story id) and single articles: what the HTTP API's GET /api/stories and
 * GET /api/articles/{id} serve. The SQL is in store/store_pages.c.
 */
#include "tidings/query.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/time.h"
#include "query/query_int.h"
#include "store/store.h"
#include "text/text.h"

/* A title cut from a body keeps at most this many bytes, "…" included. */
#define SENTENCE_MAX_BYTES 160
#define ELLIPSIS "\xE2\x80\xA6"
/*
 * The cursor's version tag: a cursor of another layout is refused, not
 * misread. "v1." cursors keyed pages by the newest article of each story.
 */
#define CURSOR_TAG "s1."

/* One page being collected: `limit` rows are kept, one more only tells there is a next page. */
struct page_ctx {
    struct td_story_list *l;
    size_t limit;
    bool more;
    int64_t last_story; /* the page key (story id) of the last kept row */
};

/* The length of the sentence end at `p` (the mark itself), or 0 when no sentence ends there. */
static size_t sentence_end(const unsigned char *p)
{
    /* "。", "！" and "？" end a sentence with no space after them. */
    if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x82)
        return 3;
    if (p[0] == 0xEF && p[1] == 0xBC && (p[2] == 0x81 || p[2] == 0x9F))
        return 3;
    if ((p[0] == '.' || p[0] == '!' || p[0] == '?') &&
        (p[1] == '\0' || p[1] == ' ' || p[1] == '\n' || p[1] == '\t' || p[1] == '\r'))
        return 1;
    return 0;
}

/*
 * Appends the first sentence of `body` to `b`, white space collapsed, cut
 * at a code point boundary with "…" when it is too long.
 */
static enum td_err add_first_sentence(struct td_buf *b, const char *body)
{
    const unsigned char *p = (const unsigned char *)body;
    size_t end;
    enum td_err rc = TD_OK;

    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
        p++;
    for (; *p != '\0' && rc == TD_OK; p++) {
        if (b->len >= SENTENCE_MAX_BYTES - 3) {
            /* Back off to the start of the code point that was cut. */
            while (b->len > 0 && ((unsigned char)b->data[b->len - 1] & 0xC0) == 0x80)
                b->len--;
            if (b->len > 0 && ((unsigned char)b->data[b->len - 1] & 0xC0) == 0xC0)
                b->len--;
            b->data[b->len] = '\0';
            return td_buf_adds(b, ELLIPSIS);
        }
        if ((end = sentence_end(p)) > 0)
            return td_buf_add(b, p, end);
        if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
            rc = p[1] == ' ' || p[1] == '\n' || p[1] == '\t' || p[1] == '\r' || p[1] == '\0'
                     ? TD_OK
                     : td_buf_addc(b, ' ');
        else
            rc = td_buf_addc(b, (char)*p);
    }
    return rc;
}

/* The title shown for a story: its chosen article's title, else a sentence of its body. */
static char *story_title(const char *title, const char *body)
{
    struct td_buf b;

    if (title != NULL)
        return td_strdup(title);
    td_buf_init(&b, SENTENCE_MAX_BYTES + 8);
    if (add_first_sentence(&b, body != NULL ? body : "") != TD_OK) {
        td_buf_release(&b);
        return NULL;
    }
    return td_buf_take(&b, NULL);
}

static char *dup_or_null(const char *s, bool *oom)
{
    char *d = s != NULL ? td_strdup(s) : NULL;

    if (s != NULL && d == NULL)
        *oom = true;
    return d;
}

static enum td_err page_row(void *ctx, const struct store_row *r)
{
    struct page_ctx *pc = ctx;
    struct td_story_list *l = pc->l;
    struct td_story_info *s;
    bool oom = false;

    if (l->n == pc->limit) {
        pc->more = true;
        return TD_OK;
    }
    if (td_grow((void **)&l->items, &l->cap, l->n + 1, sizeof(*l->items)) != TD_OK)
        return TD_ERR_NOMEM;
    s = &l->items[l->n];
    memset(s, 0, sizeof(*s));
    s->id = r->num[0];
    s->size = r->num[1];
    s->first_date = dup_or_null(r->col[2], &oom);
    s->last_date = dup_or_null(r->col[3], &oom);
    s->languages = dup_or_null(r->col[4] != NULL ? r->col[4] : "", &oom);
    s->title = story_title(r->col[5], r->col[6]);
    if (oom || s->title == NULL) {
        /* `l->n` is not advanced, so release this row's strings here. */
        td_free(s->first_date);
        td_free(s->last_date);
        td_free(s->languages);
        td_free(s->title);
        return TD_ERR_NOMEM;
    }
    pc->last_story = r->num[7];
    l->n++;
    return TD_OK;
}

/* Reads a decimal number from 1 to INT64_MAX at `*s`, advancing `*s`. */
static bool cursor_number(const char **s, int64_t *out)
{
    char *end;
    long long v;

    if (**s < '0' || **s > '9')
        return false;
    errno = 0;
    v = strtoll(*s, &end, 10);
    if (errno != 0 || v < 1 || end - *s > 19)
        return false;
    *s = end;
    *out = (int64_t)v;
    return true;
}

/* Parses "s1.NEWEST_STORY.LAST_STORY" into the page keys. */
static enum td_err parse_cursor(const char *c, struct store_story_page *p, struct td_error *err)
{
    const char *s = c;
    int64_t snap = 0, last = 0;

    if (strlen(c) < TD_CURSOR_MAX && strncmp(s, CURSOR_TAG, strlen(CURSOR_TAG)) == 0) {
        s += strlen(CURSOR_TAG);
        if (cursor_number(&s, &snap) && *s++ == '.' && cursor_number(&s, &last) && *s == '\0' &&
            last <= snap) {
            p->snapshot = snap;
            p->before = last;
            return TD_OK;
        }
    }
    return td_error_set(err, TD_ERR_INVALID, "bad cursor '%.64s' (use a next_cursor as given)", c);
}

/* Fills the date, language and query filters of `p`; `lang` receives the canonical code. */
static enum td_err make_filters(struct td_store *st, const struct td_story_filter *f,
                                struct store_story_page *p, char lang[8], struct td_error *err)
{
    struct td_error why = {TD_OK, ""};
    enum time_precision prec = TIME_PREC_SECOND;
    enum td_err rc;

    if (f->since != NULL) {
        if (strlen(f->since) > 64)
            return td_error_set(err, TD_ERR_INVALID, "'since' date is too long");
        rc = time_parse_iso8601(f->since, strlen(f->since), &p->since, &prec, &why);
        if (rc != TD_OK)
            return td_error_set(err, rc, "bad 'since' date '%s': %s", f->since,
                                td_error_message(&why, rc));
        p->has_since = true;
    }
    if (f->lang != NULL) {
        /* Stored languages are canonical codes, or raw codes kept as given. */
        text_lang_canonical(f->lang, lang);
        p->lang = lang[0] != '\0' ? lang : f->lang;
    }
    if (f->q == NULL)
        return TD_OK;
    if ((rc = search_check_query(f->q, err)) != TD_OK)
        return rc;
    p->match = f->q;
    /* Committed articles the index has not caught up with match too, unless a writer is busy. */
    return search_catch_up_nowait(st, err);
}

/* Validates `f` and fills `p` with the snapshot, the key to start below and the filters. */
static enum td_err make_page(struct td_store *st, const struct td_story_filter *f,
                             struct store_story_page *p, char lang[8], struct td_error *err)
{
    enum td_err rc;

    if (f->limit < 1 || f->limit > TD_STORIES_MAX_LIMIT)
        return td_error_set(err, TD_ERR_INVALID, "story limit %zu is not between 1 and %d",
                            f->limit, TD_STORIES_MAX_LIMIT);
    memset(p, 0, sizeof(*p));
    p->limit = (int64_t)f->limit + 1;
    if (f->cursor != NULL)
        rc = parse_cursor(f->cursor, p, err);
    else if ((rc = store_last_story(st, &p->snapshot, err)) == TD_OK)
        p->before = p->snapshot + 1;
    return rc == TD_OK ? make_filters(st, f, p, lang, err) : rc;
}

enum td_err td_query_story_page(struct td_store *st, const struct td_story_filter *f,
                                struct td_story_list *out, char *next_cursor, struct td_error *err)
{
    static const struct td_story_filter defaults = TD_STORY_FILTER_INIT;
    struct td_story_list l = {NULL, 0, 0};
    struct store_story_page p;
    struct page_ctx pc = {&l, 0, false, 0};
    char lang[8] = "";
    size_t i;
    enum td_err rc;

    if (st == NULL || out == NULL || next_cursor == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no store or output");
    if (f == NULL)
        f = &defaults;
    if ((rc = make_page(st, f, &p, lang, err)) != TD_OK)
        return rc;
    pc.limit = f->limit;
    rc = store_story_page(st, &p, page_row, &pc, err);
    for (i = 0; rc == TD_OK && i < l.n; i++)
        rc = query_story_entities(st, &l.items[i], err);
    if (rc != TD_OK) {
        td_story_list_release(&l);
        return rc == TD_ERR_NOMEM ? td_error_set(err, rc, "out of memory") : rc;
    }
    next_cursor[0] = '\0';
    if (pc.more)
        (void)snprintf(next_cursor, TD_CURSOR_MAX, CURSOR_TAG "%lld.%lld", (long long)p.snapshot,
                       (long long)pc.last_story);
    *out = l;
    return TD_OK;
}

static enum td_err article_row(void *ctx, const struct store_row *r)
{
    struct td_article_view *a = ctx;
    bool oom = false;

    a->id = dup_or_null(r->col[0], &oom);
    a->title = dup_or_null(r->col[1], &oom);
    a->text = dup_or_null(r->col[2] != NULL ? r->col[2] : "", &oom);
    a->url = dup_or_null(r->col[3], &oom);
    a->source = dup_or_null(r->col[4], &oom);
    a->date = dup_or_null(r->col[5], &oom);
    a->lang = dup_or_null(r->col[6], &oom);
    a->story = r->num[7];
    a->copy_of = dup_or_null(r->col[8], &oom);
    a->meta_json = dup_or_null(r->col[9], &oom);
    return oom ? TD_ERR_NOMEM : TD_OK;
}

enum td_err td_query_article(struct td_store *st, const char *id, struct td_article_view *out,
                             struct td_error *err)
{
    struct td_article_view a;
    enum td_err rc;

    if (st == NULL || id == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no store, article id or output");
    memset(&a, 0, sizeof(a));
    rc = store_article_get(st, id, article_row, &a, err);
    if (rc == TD_OK && a.id == NULL)
        rc = td_error_set(err, TD_ERR_NOTFOUND, "no article '%.200s'", id);
    if (rc != TD_OK) {
        td_article_view_release(&a);
        return rc == TD_ERR_NOMEM ? td_error_set(err, rc, "out of memory") : rc;
    }
    *out = a;
    return TD_OK;
}

void td_article_view_release(struct td_article_view *a)
{
    td_free(a->id);
    td_free(a->title);
    td_free(a->text);
    td_free(a->url);
    td_free(a->source);
    td_free(a->date);
    td_free(a->lang);
    td_free(a->copy_of);
    td_free(a->meta_json);
    memset(a, 0, sizeof(*a));
}
