/*
 * pubdate_json.c - one publication-date estimate from a JSON object: the
 * article's text and the dated days of its story and event, the form that
 * `tidings timeline --pubdate` reads so that scripts/eval_pubdate.py can
 * score estimates leave-one-out without re-ingesting a corpus per article.
 */
#include <json-c/json.h>
#include <string.h>

#include "core/limits.h"
#include "json/json_read.h"
#include "core/time.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

/* The most story or event dates one record may list. */
#define PUBDATE_MAX_DAYS 64

/* Reads the optional array of ISO dates `key` of `obj` into `days`. */
static enum td_err read_days(struct json_object *obj, const char *key, int64_t *days, size_t *n,
                             struct td_error *err)
{
    struct json_object *arr, *v;
    const char *s;
    int64_t t;
    size_t i, len;

    *n = 0;
    if (!json_object_object_get_ex(obj, key, &arr) || json_object_is_type(arr, json_type_null))
        return TD_OK;
    if (!json_object_is_type(arr, json_type_array))
        return td_error_set(err, TD_ERR_PARSE, "\"%s\" is not an array of dates", key);
    len = json_object_array_length(arr);
    if (len > PUBDATE_MAX_DAYS)
        return td_error_set(err, TD_ERR_TOO_LARGE, "\"%s\" lists %zu dates, over %d", key, len,
                            PUBDATE_MAX_DAYS);
    for (i = 0; i < len; i++) {
        v = json_object_array_get_idx(arr, i);
        s = json_object_is_type(v, json_type_string) ? json_object_get_string(v) : NULL;
        if (s == NULL || time_parse_iso8601(s, strlen(s), &t, NULL, NULL) != TD_OK)
            return td_error_set(err, TD_ERR_PARSE, "\"%s\" item %zu is not an ISO 8601 date", key,
                                i + 1);
        days[i] = time_day_of(t);
    }
    *n = len;
    return TD_OK;
}

/*
 * Reads the optional array of strings "event_texts" of `obj` (the texts of
 * the "event" dates, in their order) into `texts`; `*have` false when absent.
 */
static enum td_err read_texts(struct json_object *obj, size_t nevent, struct td_pubdate_text *texts,
                              bool *have, struct td_error *err)
{
    struct json_object *arr, *v;
    size_t i;

    *have = false;
    if (!json_object_object_get_ex(obj, "event_texts", &arr) ||
        json_object_is_type(arr, json_type_null))
        return TD_OK;
    if (!json_object_is_type(arr, json_type_array) || json_object_array_length(arr) != nevent)
        return td_error_set(err, TD_ERR_PARSE,
                            "\"event_texts\" is not an array of as many strings as \"event\"");
    for (i = 0; i < nevent; i++) {
        v = json_object_array_get_idx(arr, i);
        if (!json_object_is_type(v, json_type_string))
            return td_error_set(err, TD_ERR_PARSE, "\"event_texts\" item %zu is no string", i + 1);
        texts[i].text = json_object_get_string(v);
        texts[i].len = (size_t)json_object_get_string_len(v);
    }
    *have = true;
    return TD_OK;
}

enum td_err td_pubdate_estimate_json(const char *line, size_t len, struct td_pubdate *out,
                                     struct td_error *err)
{
    int64_t story[PUBDATE_MAX_DAYS], event[PUBDATE_MAX_DAYS];
    struct td_pubdate_text texts[PUBDATE_MAX_DAYS];
    struct td_pubdate_context ctx = TD_PUBDATE_CONTEXT_INIT;
    bool have_texts = false;
    struct json_object *obj;
    const char *text;
    bool bad = false;
    enum td_err rc;

    if (line == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no record or output");
    if (len > TD_MAX_LINE_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "record over %zu bytes", TD_MAX_LINE_BYTES);
    if ((rc = json_parse_object(line, len, &obj, err)) != TD_OK)
        return rc;
    if ((text = json_str_field(obj, "text", &bad)) == NULL) {
        rc = td_error_set(err, TD_ERR_INVALID,
                          bad ? "\"text\" is not a string" : "missing \"text\"");
        goto out;
    }
    rc = read_days(obj, "story", story, &ctx.nstory, err);
    if (rc == TD_OK)
        rc = read_days(obj, "event", event, &ctx.nevent, err);
    if (rc == TD_OK)
        rc = read_texts(obj, ctx.nevent, texts, &have_texts, err);
    ctx.story_days = story;
    ctx.event_days = event;
    ctx.event_texts = have_texts ? texts : NULL;
    if (rc == TD_OK)
        rc = td_pubdate_estimate_in(text, strlen(text), json_str_field(obj, "lang", &bad), &ctx,
                                    out, err);
out:
    json_object_put(obj);
    return rc;
}

/* The caller's callback and context, for `estimate_one`. */
struct stream_ctx {
    td_pubdate_fn fn;
    void *ctx;
};

/* Estimates one record and hands it on; a rejected one is handed on as NULL. */
static enum td_err estimate_one(void *ctx, const char *line, size_t len, struct td_error *why)
{
    const struct stream_ctx *s = ctx;
    struct td_pubdate p;
    enum td_err rc = td_pubdate_estimate_json(line, len, &p, why);

    if (rc == TD_ERR_NOMEM)
        return rc;
    s->fn(s->ctx, rc == TD_OK ? &p : NULL);
    return rc;
}

enum td_err td_pubdate_estimate_stream(FILE *in, td_pubdate_fn fn, td_timeline_reject_fn on_reject,
                                       void *ctx, struct td_error *err)
{
    struct stream_ctx s = {fn, ctx};
    size_t rejected;

    if (in == NULL || fn == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no input or callback");
    return json_lines_each(in, estimate_one, &s, on_reject, ctx, &rejected, err);
}
