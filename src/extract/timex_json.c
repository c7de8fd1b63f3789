/*
 * timex_json.c - the JSON Lines side of `tidings dates`: reads one
 * {"doc","dct","text"[,"lang"]} record with json-c, tags it and renders one
 * {"doc","start","end","type","value"} line per timex.
 */
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/limits.h"
#include "json/json_read.h"
#include "extract/timex.h"
#include "core/banned.h"

/* Appends one output line per timex to `b`; with `rules`, each line names its rule's pattern. */
static enum td_err render(struct td_buf *b, const char *doc, const struct td_timex_list *l,
                          bool rules)
{
    enum td_err rc = TD_OK;
    size_t i;

    for (i = 0; i < l->n && rc == TD_OK; i++) {
        const struct td_timex *x = &l->items[i];
        rc = td_buf_adds(b, "{\"doc\":");
        if (rc == TD_OK)
            rc = td_buf_add_json_str(b, doc, strlen(doc));
        if (rc == TD_OK)
            rc = td_buf_addf(b, ",\"start\":%zu,\"end\":%zu,\"type\":\"%s\",\"value\":",
                             x->start_cp, x->end_cp, td_timex_type_name(x->type));
        if (rc == TD_OK)
            rc = td_buf_add_json_str(b, x->value, strlen(x->value));
        if (rc == TD_OK && rules && x->rule != NULL)
            rc = td_buf_adds(b, ",\"rule\":");
        if (rc == TD_OK && rules && x->rule != NULL)
            rc = td_buf_add_json_str(b, x->rule, strlen(x->rule));
        if (rc == TD_OK)
            rc = td_buf_adds(b, "}\n");
    }
    return rc;
}

/* Whether the caller asked for each span's rule (TIDINGS_TIMEX_RULES set and not empty). */
static bool rules_wanted(void)
{
    const char *v = getenv("TIDINGS_TIMEX_RULES");

    return v != NULL && v[0] != '\0';
}

enum td_err td_timex_tag_json(const char *line, size_t len, char **out, struct td_error *err)
{
    struct td_timex_list l;
    struct json_object *obj = NULL;
    struct td_buf b;
    const char *doc, *text, *dct, *lang;
    bool bad = false;
    enum td_err rc;

    if (len > TD_MAX_LINE_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "line longer than %zu bytes",
                            TD_MAX_LINE_BYTES);
    if ((rc = json_parse_object(line, len, &obj, err)) != TD_OK)
        return rc;
    td_timex_list_init(&l);
    td_buf_init(&b, TD_MAX_LINE_BYTES);
    doc = json_str_field(obj, "doc", &bad);
    text = json_str_field(obj, "text", &bad);
    dct = json_str_field(obj, "dct", &bad);
    lang = json_str_field(obj, "lang", &bad);
    if (bad || doc == NULL || text == NULL) {
        rc = td_error_set(err, TD_ERR_INVALID, "record needs string 'doc' and 'text'");
        goto out;
    }
    rc = td_timex_find(text, strlen(text), dct, lang, &l, err);
    if (rc == TD_OK && (rc = render(&b, doc, &l, rules_wanted())) != TD_OK)
        td_error_set(err, rc, "cannot render timexes of '%.64s'", doc);
    if (rc == TD_OK) {
        char *s = td_buf_take(&b, NULL);
        if (s == NULL)
            rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
        else
            *out = s;
    }
out:
    td_buf_release(&b);
    td_timex_list_release(&l);
    json_object_put(obj);
    return rc;
}

/* Tags one record and writes its lines to the FILE in `ctx` (a json_record_fn). */
static enum td_err tag_one(void *ctx, const char *line, size_t len, struct td_error *why)
{
    char *res = NULL;
    enum td_err rc = td_timex_tag_json(line, len, &res, why);

    if (rc != TD_OK)
        return rc;
    if (fputs(res, ctx) == EOF)
        rc = td_error_set(why, TD_ERR_IO, "cannot write the result lines");
    td_timex_string_free(res);
    return rc;
}

enum td_err td_timex_tag_stream(FILE *in, FILE *out, td_timex_reject_fn on_reject, void *ctx,
                                size_t *rejected_out, struct td_error *err)
{
    size_t rejected;
    enum td_err rc = json_lines_each(in, tag_one, out, on_reject, ctx, &rejected, err);

    if (rc == TD_OK && rejected_out != NULL)
        *rejected_out = rejected;
    return rc;
}

void td_timex_string_free(char *s)
{
    td_free(s);
}
