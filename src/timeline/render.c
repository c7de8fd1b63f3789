/*
 * render.c - the JSON form of a timeline, shared by `tidings timeline
 * --json` and the HTTP API (GET /api/stories/{id}/timeline).
 */
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

/* The precision as the JSON names it; the timeline holds nothing finer than a day. */
static const char *prec_name(enum td_date_precision p)
{
    return p == TD_DATE_YEAR ? "year" : p == TD_DATE_MONTH ? "month" : "day";
}

static enum td_err add_str(struct td_buf *b, const char *s)
{
    return td_buf_add_json_str(b, s, strlen(s));
}

static enum td_err entities_array(struct td_buf *b, const struct td_timeline_event *ev)
{
    enum td_err rc = td_buf_adds(b, ",\"entities\":[");
    size_t i;

    for (i = 0; rc == TD_OK && i < ev->nentities; i++) {
        rc = td_buf_adds(b, i > 0 ? ",{\"name\":" : "{\"name\":");
        if (rc == TD_OK)
            rc = add_str(b, ev->entities[i].name);
        if (rc == TD_OK)
            rc = td_buf_adds(b, ",\"type\":");
        if (rc == TD_OK)
            rc = add_str(b, ev->entities[i].type);
        if (rc == TD_OK)
            rc = td_buf_addc(b, '}');
    }
    return rc == TD_OK ? td_buf_addc(b, ']') : rc;
}

/*
 * One event. Articles are named by id, not index, so the JSON stands on its
 * own; `id` is the position, which `added` in `tidings story --json` uses.
 */
static enum td_err event_obj(struct td_buf *b, const struct td_timeline *tl, size_t e)
{
    const struct td_timeline_event *ev = &tl->events[e];
    enum td_err rc = td_buf_addf(b, "{\"id\":%zu,\"date\":", e + 1);
    size_t i;

    if (rc == TD_OK)
        rc = add_str(b, ev->date);
    if (rc == TD_OK)
        rc = td_buf_addf(b, ",\"precision\":\"%s\",\"text\":", prec_name(ev->prec));
    if (rc == TD_OK)
        rc = add_str(b, ev->text);
    if (rc == TD_OK)
        rc = td_buf_adds(b, ",\"articles\":[");
    for (i = 0; rc == TD_OK && i < ev->narticles; i++) {
        if (i > 0)
            rc = td_buf_addc(b, ',');
        if (rc == TD_OK)
            rc = add_str(b, tl->ids[ev->articles[i]]);
    }
    if (rc == TD_OK)
        rc = td_buf_adds(b, "],\"first\":");
    if (rc == TD_OK)
        rc = add_str(b, tl->ids[ev->first]);
    if (rc == TD_OK)
        rc = entities_array(b, ev);
    return rc == TD_OK ? td_buf_addc(b, '}') : rc;
}

enum td_err td_json_timeline(int64_t story, const struct td_timeline *tl, char **out)
{
    struct td_buf b;
    size_t e;
    enum td_err rc;

    td_buf_init(&b, 0);
    rc = td_buf_addf(&b, "{\"story\":%lld,\"events\":[", (long long)story);
    for (e = 0; rc == TD_OK && e < tl->n; e++) {
        if (e > 0)
            rc = td_buf_addc(&b, ',');
        if (rc == TD_OK)
            rc = event_obj(&b, tl, e);
    }
    if (rc == TD_OK)
        rc = td_buf_adds(&b, "]}");
    if (rc != TD_OK) {
        td_buf_release(&b);
        return TD_ERR_NOMEM;
    }
    *out = td_buf_take(&b, NULL);
    return *out != NULL ? TD_OK : TD_ERR_NOMEM;
}

void td_timeline_string_free(char *s)
{
    td_free(s);
}
