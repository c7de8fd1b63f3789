/*
 * eval.c - scoring event dating against gold timelines (SemEval-2015 Task
 * 4): each record is one article with the sentences of its gold events;
 * the article's timeline dates an event when one of its dated sentences
 * is the event's sentence, and dates it the same when the dates agree to
 * the gold precision.
 */
#include <json-c/json.h>
#include <string.h>

#include "core/buf.h"
#include "json/json_read.h"
#include "core/limits.h"
#include "core/time.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

/* One parsed record; `obj` owns the strings. */
struct record {
    struct json_object *obj;
    const char *doc, *dct, *text;
    size_t len;
    struct json_object *gold;
};

static const char *str_field(struct json_object *obj, const char *key)
{
    struct json_object *v;

    if (!json_object_object_get_ex(obj, key, &v) || !json_object_is_type(v, json_type_string))
        return NULL;
    return json_object_get_string(v);
}

static enum td_err parse_record(const char *line, size_t len, struct record *r,
                                struct td_error *err)
{
    struct json_tokener *tok = json_tokener_new();

    if (tok == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
    r->obj = json_tokener_parse_ex(tok, line, (int)len);
    json_tokener_free(tok);
    if (r->obj == NULL || !json_object_is_type(r->obj, json_type_object)) {
        json_object_put(r->obj);
        return td_error_set(err, TD_ERR_PARSE, "not a JSON object");
    }
    r->doc = str_field(r->obj, "doc");
    r->dct = str_field(r->obj, "dct");
    r->text = str_field(r->obj, "text");
    if (r->doc == NULL || r->text == NULL || !json_object_object_get_ex(r->obj, "gold", &r->gold) ||
        !json_object_is_type(r->gold, json_type_array)) {
        json_object_put(r->obj);
        return td_error_set(err, TD_ERR_INVALID, "missing \"doc\", \"text\" or \"gold\"");
    }
    r->len = strlen(r->text);
    if (r->dct != NULL && r->dct[0] == '\0')
        r->dct = NULL;
    return TD_OK;
}

/*
 * The gold writes unknown parts as X ("2005-01-XX"); the precision is the
 * last part that is known.
 */
/* Gold precision from "2005-01-18", "2005-01-XX", "2005-XX-XX"; NONE for "XXXX-XX-XX". */
static enum td_date_precision gold_prec(const char *g)
{
    if (strlen(g) < 4 || g[0] == 'X')
        return TD_DATE_NONE;
    if (strlen(g) < 7 || g[5] == 'X')
        return TD_DATE_YEAR;
    if (strlen(g) < 10 || g[8] == 'X')
        return TD_DATE_MONTH;
    return TD_DATE_DAY;
}

/*
 * The first mention whose sentence overlaps [start, end), or NULL. The first
 * is the one a reader sees first in the timeline's text order; taking any
 * matching mention instead would reward sentences with many dates.
 */
static const struct tl_mention *mention_at(const struct tl_mention_list *ml, size_t start,
                                           size_t end)
{
    size_t i;

    for (i = 0; i < ml->n; i++)
        if (ml->items[i].start < end && start < ml->items[i].end)
            return &ml->items[i];
    return NULL;
}

/* Scores the gold entries of `r` against the mentions `ml`. */
static enum td_err score_gold(const struct record *r, const struct tl_mention_list *ml,
                              struct td_timeline_score *sc, struct td_error *err)
{
    size_t i, n = json_object_array_length(r->gold), keep;
    struct json_object *g, *v;
    const struct tl_mention *m;
    const char *date;
    int64_t s, e;
    enum td_date_precision p;

    for (i = 0; i < n; i++) {
        g = json_object_array_get_idx(r->gold, i);
        date = g != NULL ? str_field(g, "date") : NULL;
        if (date == NULL || !json_object_object_get_ex(g, "start", &v) ||
            (s = json_object_get_int64(v)) < 0 || !json_object_object_get_ex(g, "end", &v) ||
            (e = json_object_get_int64(v)) < s || (size_t)e > r->len)
            return td_error_set(err, TD_ERR_INVALID, "gold entry %zu has no date or a bad span",
                                i + 1);
        if ((p = gold_prec(date)) == TD_DATE_NONE)
            continue;
        sc->gold++;
        if ((m = mention_at(ml, (size_t)s, (size_t)e)) == NULL)
            continue;
        sc->dated++;
        keep = p == TD_DATE_YEAR ? 4 : p == TD_DATE_MONTH ? 7 : 10;
        if (m->date.prec >= p && strncmp(m->date.value, date, keep) == 0)
            sc->correct++;
    }
    return TD_OK;
}

enum td_err td_timeline_eval_json(const char *line, size_t len, struct td_timeline_score *score,
                                  struct td_error *err)
{
    struct record r;
    struct td_timeline_input in;
    struct td_timex_list tx;
    struct tl_mention_list ml = {NULL, 0, 0};
    struct td_pubdate pub;
    struct td_timeline_score sc = {0, 0, 0};
    int64_t t;
    enum td_err rc;

    if (line == NULL || score == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no record or score");
    if (len > TD_MAX_LINE_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "record over %zu bytes", TD_MAX_LINE_BYTES);
    if ((rc = parse_record(line, len, &r, err)) != TD_OK)
        return rc;
    memset(&in, 0, sizeof(in));
    memset(&pub, 0, sizeof(pub));
    in.id = r.doc;
    in.text = r.text;
    in.text_len = r.len;
    in.date = r.dct;
    td_timex_list_init(&tx);
    /* The same steps as td_timeline_build() for a story of one article. */
    if (r.dct != NULL) {
        if (time_parse_iso8601(r.dct, strlen(r.dct), &t, NULL, NULL) != TD_OK) {
            rc = td_error_set(err, TD_ERR_PARSE, "malformed dct '%.40s'", r.dct);
            goto out;
        }
        time_format_date(t, pub.date, sizeof(pub.date));
        pub.source = TD_DATE_SOURCE_GIVEN;
        pub.prec = TD_DATE_DAY;
    }
    rc = td_timex_find(r.text, r.len, r.dct != NULL ? pub.date : NULL, NULL, &tx, err);
    if (rc == TD_OK && r.dct == NULL)
        pubdate_from_timexes(r.text, r.len, NULL, &tx, NULL, &pub);
    if (rc == TD_OK && mention_collect(&ml, 0, &in, &tx, &pub, NULL) != TD_OK)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc == TD_OK && (rc = score_gold(&r, &ml, &sc, err)) == TD_OK) {
        score->gold += sc.gold;
        score->dated += sc.dated;
        score->correct += sc.correct;
    }
out:
    mention_list_release(&ml);
    td_timex_list_release(&tx);
    json_object_put(r.obj);
    return rc;
}

/* Scores one record into the score in `ctx` (a json_record_fn). */
static enum td_err eval_one(void *ctx, const char *line, size_t len, struct td_error *why)
{
    return td_timeline_eval_json(line, len, ctx, why);
}

enum td_err td_timeline_eval_stream(FILE *in, struct td_timeline_score *score,
                                    td_timeline_reject_fn on_reject, void *ctx,
                                    size_t *rejected_out, struct td_error *err)
{
    size_t rejected;
    enum td_err rc;

    memset(score, 0, sizeof(*score));
    rc = json_lines_each(in, eval_one, score, on_reject, ctx, &rejected, err);
    if (rc == TD_OK && rejected_out != NULL)
        *rejected_out = rejected;
    return rc;
}
