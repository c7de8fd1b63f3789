/*
 * render.c - JSON text for the query results, shared by `--json` in the CLI
 * and the HTTP API, so both speak the same shapes.
 */
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "tidings/query.h"

/* Appends `"key":` followed by a JSON string or null. */
static enum td_err kv_str(struct td_buf *b, const char *key, const char *v, bool comma)
{
    enum td_err rc = td_buf_addf(b, "%s\"%s\":", comma ? "," : "", key);

    if (rc != TD_OK)
        return rc;
    if (v == NULL)
        return td_buf_adds(b, "null");
    return td_buf_add_json_str(b, v, strlen(v));
}

/* Appends the languages "a,b" as a JSON array of strings. */
static enum td_err lang_array(struct td_buf *b, const char *csv)
{
    const char *p = csv, *end;
    enum td_err rc = td_buf_addc(b, '[');

    while (rc == TD_OK && p != NULL && *p) {
        end = strchr(p, ',');
        if (p != csv)
            rc = td_buf_addc(b, ',');
        if (rc == TD_OK)
            rc = td_buf_add_json_str(b, p, end ? (size_t)(end - p) : strlen(p));
        p = end ? end + 1 : NULL;
    }
    return rc == TD_OK ? td_buf_addc(b, ']') : rc;
}

/* Appends `,"events":[{"id","articles","first_date","last_date"},...]`. */
static enum td_err events_array(struct td_buf *b, const struct td_story_info *s)
{
    enum td_err rc = td_buf_adds(b, ",\"events\":[");
    size_t i;

    for (i = 0; rc == TD_OK && i < s->nevents; i++) {
        const struct td_event_info *ev = &s->events[i];
        rc = td_buf_addf(b, "%s{\"id\":%lld,\"articles\":%lld", i > 0 ? "," : "",
                         (long long)ev->id, (long long)ev->size);
        if (rc == TD_OK)
            rc = kv_str(b, "first_date", ev->first_date, true);
        if (rc == TD_OK)
            rc = kv_str(b, "last_date", ev->last_date, true);
        if (rc == TD_OK)
            rc = td_buf_addc(b, '}');
    }
    return rc == TD_OK ? td_buf_addc(b, ']') : rc;
}

/* `,"entities":[{"name","type","count"}...]` when the story has any (story pages). */
static enum td_err entities_array(struct td_buf *b, const struct td_story_info *s)
{
    size_t i;
    enum td_err rc;

    if (s->nentities == 0)
        return TD_OK;
    rc = td_buf_adds(b, ",\"entities\":[");
    for (i = 0; rc == TD_OK && i < s->nentities; i++) {
        rc = td_buf_adds(b, i > 0 ? ",{" : "{");
        if (rc == TD_OK)
            rc = kv_str(b, "name", s->entities[i].name, false);
        if (rc == TD_OK)
            rc = kv_str(b, "type", s->entities[i].type, true);
        if (rc == TD_OK)
            rc = td_buf_addf(b, ",\"count\":%zu}", s->entities[i].count);
    }
    return rc == TD_OK ? td_buf_addc(b, ']') : rc;
}

static enum td_err story_obj(struct td_buf *b, const struct td_story_info *s)
{
    enum td_err rc = td_buf_addf(b, "{\"id\":%lld,\"articles\":%lld", (long long)s->id,
                                 (long long)s->size);

    if (rc == TD_OK)
        rc = kv_str(b, "title", s->title, true);
    if (rc == TD_OK)
        rc = kv_str(b, "first_date", s->first_date, true);
    if (rc == TD_OK)
        rc = kv_str(b, "last_date", s->last_date, true);
    if (rc == TD_OK)
        rc = td_buf_adds(b, ",\"languages\":");
    if (rc == TD_OK)
        rc = lang_array(b, s->languages);
    if (rc == TD_OK)
        rc = events_array(b, s);
    if (rc == TD_OK)
        rc = entities_array(b, s);
    return rc == TD_OK ? td_buf_addc(b, '}') : rc;
}

/* Hands the buffer to the caller or frees it on failure. */
static enum td_err finish(struct td_buf *b, enum td_err rc, char **out)
{
    if (rc != TD_OK) {
        td_buf_release(b);
        return rc;
    }
    *out = td_buf_take(b, NULL);
    return *out != NULL ? TD_OK : TD_ERR_NOMEM;
}

/* Starts `b` with `{"stories":[...]`, the array closed, the object not. */
static enum td_err stories_head(struct td_buf *b, const struct td_story_list *l)
{
    size_t i;
    enum td_err rc = td_buf_adds(b, "{\"stories\":[");

    for (i = 0; rc == TD_OK && i < l->n; i++) {
        if (i > 0)
            rc = td_buf_addc(b, ',');
        if (rc == TD_OK)
            rc = story_obj(b, &l->items[i]);
    }
    return rc == TD_OK ? td_buf_addc(b, ']') : rc;
}

enum td_err td_json_stories(const struct td_story_list *l, char **out)
{
    struct td_buf b;
    enum td_err rc;

    td_buf_init(&b, 0);
    rc = stories_head(&b, l);
    if (rc == TD_OK)
        rc = td_buf_addc(&b, '}');
    return finish(&b, rc, out);
}

enum td_err td_json_story_page(const struct td_story_list *l, const char *next_cursor, char **out)
{
    struct td_buf b;
    enum td_err rc;

    td_buf_init(&b, 0);
    rc = stories_head(&b, l);
    if (rc == TD_OK)
        rc = kv_str(&b, "next_cursor",
                    next_cursor != NULL && next_cursor[0] != '\0' ? next_cursor : NULL, true);
    if (rc == TD_OK)
        rc = td_buf_addc(&b, '}');
    return finish(&b, rc, out);
}

static enum td_err article_obj(struct td_buf *b, const struct td_article_info *a)
{
    enum td_err rc = kv_str(b, "id", a->id, false);
    size_t i;

    if (rc == TD_OK)
        rc = kv_str(b, "title", a->title, true);
    if (rc == TD_OK)
        rc = kv_str(b, "date", a->date, true);
    if (rc == TD_OK)
        rc = kv_str(b, "lang", a->lang, true);
    if (rc == TD_OK)
        rc = kv_str(b, "source", a->source, true);
    if (rc == TD_OK)
        rc = kv_str(b, "url", a->url, true);
    if (rc == TD_OK)
        rc = kv_str(b, "copy_of", a->copy_of, true);
    if (rc == TD_OK)
        rc = td_buf_addf(b, ",\"event\":%lld", (long long)a->event);
    if (rc == TD_OK)
        rc = kv_str(b, "date_source", a->date_source, true);
    if (rc == TD_OK)
        rc = td_buf_adds(b, ",\"added\":[");
    for (i = 0; rc == TD_OK && i < a->nadded; i++)
        rc = td_buf_addf(b, "%s%lld", i > 0 ? "," : "", (long long)a->added[i]);
    return rc == TD_OK ? td_buf_addc(b, ']') : rc;
}

/* `,"events":[...],"entities":[...]` of a story read by td_query_story(). */
static enum td_err story_extras(struct td_buf *b, const struct td_article_list *l)
{
    struct td_story_info view;
    enum td_err rc;

    memset(&view, 0, sizeof(view));
    view.events = l->events;
    view.nevents = l->nevents;
    view.entities = l->entities;
    view.nentities = l->nentities;
    rc = events_array(b, &view);
    if (rc == TD_OK && l->nentities == 0)
        return td_buf_adds(b, ",\"entities\":[]");
    return rc == TD_OK ? entities_array(b, &view) : rc;
}

enum td_err td_json_story(int64_t id, const struct td_article_list *l, char **out)
{
    struct td_buf b;
    size_t i;
    enum td_err rc;

    td_buf_init(&b, 0);
    rc = td_buf_addf(&b, "{\"id\":%lld,\"articles\":[", (long long)id);
    for (i = 0; rc == TD_OK && i < l->n; i++) {
        rc = td_buf_adds(&b, i > 0 ? ",{" : "{");
        if (rc == TD_OK)
            rc = article_obj(&b, &l->items[i]);
        if (rc == TD_OK)
            rc = td_buf_addc(&b, '}');
    }
    if (rc == TD_OK)
        rc = td_buf_addc(&b, ']');
    if (rc == TD_OK)
        rc = story_extras(&b, l);
    if (rc == TD_OK)
        rc = td_buf_addc(&b, '}');
    return finish(&b, rc, out);
}

enum td_err td_json_stats(const struct td_stats *s, char **out)
{
    struct td_buf b;
    size_t i;
    enum td_err rc;

    td_buf_init(&b, 0);
    rc = td_buf_addf(&b, "{\"articles\":%lld,\"stories\":%lld,\"events\":%lld,",
                     (long long)s->articles, (long long)s->stories, (long long)s->events);
    if (rc == TD_OK)
        rc = td_buf_adds(&b, "\"languages\":{");
    for (i = 0; rc == TD_OK && i < s->nlangs; i++) {
        if (i > 0)
            rc = td_buf_addc(&b, ',');
        if (rc == TD_OK)
            rc = td_buf_add_json_str(&b, s->langs[i].lang, strlen(s->langs[i].lang));
        if (rc == TD_OK)
            rc = td_buf_addf(&b, ":%lld", (long long)s->langs[i].count);
    }
    if (rc == TD_OK)
        rc = td_buf_adds(&b, "}}");
    return finish(&b, rc, out);
}

enum td_err td_json_article(const struct td_article_view *a, char **out)
{
    struct td_buf b;
    enum td_err rc;

    td_buf_init(&b, 0);
    rc = td_buf_addc(&b, '{');
    if (rc == TD_OK)
        rc = kv_str(&b, "id", a->id, false);
    if (rc == TD_OK)
        rc = kv_str(&b, "title", a->title, true);
    if (rc == TD_OK)
        rc = kv_str(&b, "text", a->text, true);
    if (rc == TD_OK)
        rc = kv_str(&b, "url", a->url, true);
    if (rc == TD_OK)
        rc = kv_str(&b, "source", a->source, true);
    if (rc == TD_OK)
        rc = kv_str(&b, "date", a->date, true);
    if (rc == TD_OK)
        rc = kv_str(&b, "lang", a->lang, true);
    if (rc == TD_OK)
        rc = td_buf_addf(&b, ",\"story\":%lld", (long long)a->story);
    if (rc == TD_OK)
        rc = kv_str(&b, "copy_of", a->copy_of, true);
    /* `meta` is a JSON object that ingest itself serialised, so it goes in as it is. */
    if (rc == TD_OK)
        rc = td_buf_addf(&b, ",\"meta\":%s}",
                         a->meta_json != NULL && a->meta_json[0] == '{' ? a->meta_json : "null");
    return finish(&b, rc, out);
}

/* Appends `"error":{"code":"...","message":"..."},` for a refused ingest. */
static enum td_err error_member(struct td_buf *b, enum td_err code, const char *message)
{
    enum td_err rc = td_buf_addf(b, "\"error\":{\"code\":\"%s\"", td_errname(code));

    if (rc == TD_OK)
        rc = kv_str(b, "message", message != NULL ? message : td_strerror(code), true);
    return rc == TD_OK ? td_buf_adds(b, "},") : rc;
}

enum td_err td_json_ingest_report(const struct td_ingest_report *r, enum td_err code,
                                  const char *message, char **out)
{
    struct td_buf b;
    size_t i;
    enum td_err rc;

    td_buf_init(&b, 0);
    rc = td_buf_addc(&b, '{');
    if (rc == TD_OK && code != TD_OK)
        rc = error_member(&b, code, message);
    if (rc == TD_OK)
        rc = td_buf_addf(&b,
                         "\"accepted\":%llu,\"copies\":%llu,\"duplicates\":%llu,"
                         "\"rejected\":%llu,\"errors\":[",
                         (unsigned long long)r->accepted, (unsigned long long)r->copies,
                         (unsigned long long)r->duplicates, (unsigned long long)r->rejected);
    for (i = 0; rc == TD_OK && i < r->nerrors; i++) {
        rc = td_buf_addf(&b, "%s{\"line\":%lld", i > 0 ? "," : "", (long long)r->errors[i].line);
        if (rc == TD_OK)
            rc = kv_str(&b, "reason", r->errors[i].reason, true);
        if (rc == TD_OK)
            rc = td_buf_addc(&b, '}');
    }
    if (rc == TD_OK)
        rc = td_buf_adds(&b, "]}");
    return finish(&b, rc, out);
}

/* Appends `,"key":[[start,end],...]`. */
static enum td_err spans_array(struct td_buf *b, const char *key, const struct td_search_span *sp,
                               size_t n)
{
    enum td_err rc = td_buf_addf(b, ",\"%s\":[", key);
    size_t i;

    for (i = 0; rc == TD_OK && i < n; i++)
        rc = td_buf_addf(b, "%s[%zu,%zu]", i > 0 ? "," : "", sp[i].start, sp[i].end);
    return rc == TD_OK ? td_buf_addc(b, ']') : rc;
}

static enum td_err hit_obj(struct td_buf *b, const struct td_search_hit *h)
{
    enum td_err rc = kv_str(b, "id", h->id, false);

    if (rc == TD_OK)
        rc = td_buf_addf(b, ",\"story\":%lld", (long long)h->story);
    if (rc == TD_OK)
        rc = kv_str(b, "title", h->title, true);
    if (rc == TD_OK)
        rc = kv_str(b, "date", h->date, true);
    if (rc == TD_OK)
        rc = kv_str(b, "lang", h->lang, true);
    if (rc == TD_OK)
        rc = td_buf_addf(b, ",\"score\":%.6g", h->score);
    if (rc == TD_OK)
        rc = kv_str(b, "snippet", h->snippet, true);
    if (rc == TD_OK)
        rc = spans_array(b, "highlights", h->highlights, h->nhighlights);
    if (rc == TD_OK)
        rc = spans_array(b, "title_highlights", h->title_highlights, h->ntitle_highlights);
    return rc;
}

enum td_err td_json_search(const struct td_search_list *l, char **out)
{
    struct td_buf b;
    size_t i;
    enum td_err rc;

    td_buf_init(&b, 0);
    rc = td_buf_adds(&b, "{\"results\":[");
    for (i = 0; rc == TD_OK && i < l->n; i++) {
        rc = td_buf_adds(&b, i > 0 ? ",{" : "{");
        if (rc == TD_OK)
            rc = hit_obj(&b, &l->items[i]);
        if (rc == TD_OK)
            rc = td_buf_addc(&b, '}');
    }
    if (rc == TD_OK)
        rc = td_buf_adds(&b, "]}");
    return finish(&b, rc, out);
}

void td_string_free(char *s)
{
    td_free(s);
}

char *td_string_dup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *copy = td_malloc(n);

    if (copy != NULL)
        memcpy(copy, s, n);
    return copy;
}
