/*
 * entity_json.c - the JSON Lines side of `tidings entities`: reads
 * {"doc","text"[,"lang"]} records with json-c, tags each and writes one
 * {"doc","start","end","type","text"} line per mention.
 */
#include <json-c/json.h>
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/limits.h"
#include "extract/entity_int.h"
#include "core/banned.h"

/* A string field, or NULL when missing or null; `*bad` when another type. */
static const char *str_field(struct json_object *obj, const char *key, bool *bad)
{
    struct json_object *v;

    if (!json_object_object_get_ex(obj, key, &v) || v == NULL)
        return NULL;
    if (!json_object_is_type(v, json_type_string)) {
        *bad = true;
        return NULL;
    }
    return json_object_get_string(v);
}

/* Appends one line per mention to `b`. */
static enum td_err render(struct td_buf *b, const char *doc, const char *text,
                          const struct td_mention_list *l)
{
    enum td_err rc = TD_OK;
    size_t i;

    for (i = 0; i < l->n && rc == TD_OK; i++) {
        const struct td_mention *m = &l->items[i];
        rc = td_buf_adds(b, "{\"doc\":");
        if (rc == TD_OK)
            rc = td_buf_add_json_str(b, doc, strlen(doc));
        if (rc == TD_OK)
            rc = td_buf_addf(b, ",\"start\":%zu,\"end\":%zu,\"type\":\"%s\",\"text\":",
                             m->start_cp, m->end_cp, td_entity_type_name(m->type));
        if (rc == TD_OK)
            rc = td_buf_add_json_str(b, text + m->start, m->end - m->start);
        if (rc == TD_OK)
            rc = td_buf_adds(b, "}\n");
    }
    return rc;
}

/* Tags one record into `b` (appended). Record errors are TD_ERR_PARSE/INVALID. */
static enum td_err tag_record(const struct td_gazetteer *gaz, const char *line, size_t len,
                              struct td_buf *b, struct td_mention_list *l, struct td_error *err)
{
    struct json_tokener *tok = json_tokener_new();
    struct json_object *obj = NULL;
    const char *doc, *text, *lang;
    bool bad = false;
    enum td_err rc;

    if (tok == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
    obj = json_tokener_parse_ex(tok, line, (int)len);
    json_tokener_free(tok);
    if (obj == NULL || !json_object_is_type(obj, json_type_object)) {
        json_object_put(obj);
        return td_error_set(err, TD_ERR_PARSE, "not a JSON object");
    }
    doc = str_field(obj, "doc", &bad);
    text = str_field(obj, "text", &bad);
    lang = str_field(obj, "lang", &bad);
    if (bad || doc == NULL || text == NULL) {
        rc = td_error_set(err, TD_ERR_INVALID, "record needs string 'doc' and 'text'");
        goto out;
    }
    rc = td_entities_find(gaz, text, strlen(text), lang, l, err);
    if (rc == TD_OK && (rc = render(b, doc, text, l)) != TD_OK)
        td_error_set(err, rc, "cannot render the mentions of '%.64s'", doc);
out:
    json_object_put(obj);
    return rc;
}

/* Reads one line into `b` (newline dropped); false at EOF with nothing read. */
static bool read_line(FILE *in, struct td_buf *b, bool *overlong)
{
    char chunk[8192];
    bool any = false;

    td_buf_reset(b);
    *overlong = false;
    while (fgets(chunk, sizeof(chunk), in) != NULL) {
        size_t n = strlen(chunk);
        bool eol = n > 0 && chunk[n - 1] == '\n';

        any = true;
        n -= eol ? 1 : 0;
        if (!*overlong && td_buf_add(b, chunk, n) != TD_OK)
            *overlong = true;
        if (eol)
            break;
    }
    if (b->len > 0 && b->data[b->len - 1] == '\r')
        b->data[--b->len] = '\0';
    return any;
}

/* Tags one line and writes its result; record-level errors go to `on_reject`. */
static enum td_err tag_one(const struct td_gazetteer *gaz, const struct td_buf *line,
                           struct td_buf *res, struct td_mention_list *l, FILE *out,
                           td_entity_reject_fn on_reject, void *ctx, size_t lineno,
                           size_t *rejected, struct td_error *err)
{
    struct td_error lerr;
    enum td_err rc;

    td_buf_reset(res);
    rc = tag_record(gaz, line->data, line->len, res, l, &lerr);
    if (rc == TD_ERR_NOMEM)
        return td_error_set(err, rc, "out of memory");
    if (rc != TD_OK) {
        (*rejected)++;
        if (on_reject != NULL)
            on_reject(ctx, lineno, td_error_message(&lerr, rc));
        return TD_OK;
    }
    if (res->len > 0 && fwrite(res->data, 1, res->len, out) != res->len)
        return td_error_set(err, TD_ERR_IO, "cannot write the result lines");
    return TD_OK;
}

enum td_err td_entities_tag_stream(const struct td_gazetteer *gaz, FILE *in, FILE *out,
                                   td_entity_reject_fn on_reject, void *ctx,
                                   size_t *rejected_out, struct td_error *err)
{
    struct td_buf line, res;
    struct td_mention_list l;
    size_t lineno = 0, rejected = 0;
    enum td_err rc = TD_OK;
    bool overlong;

    if (in == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no input or output stream");
    td_buf_init(&line, TD_MAX_LINE_BYTES);
    td_buf_init(&res, 0);
    td_mention_list_init(&l);
    while (rc == TD_OK && read_line(in, &line, &overlong)) {
        lineno++;
        if (overlong) {
            rejected++;
            if (on_reject != NULL)
                on_reject(ctx, lineno, "line too long or out of memory");
        } else if (line.len > strspn(line.data, " \t")) {
            rc = tag_one(gaz, &line, &res, &l, out, on_reject, ctx, lineno, &rejected, err);
        }
    }
    if (rc == TD_OK && ferror(in))
        rc = td_error_set(err, TD_ERR_IO, "cannot read the input");
    td_buf_release(&line);
    td_buf_release(&res);
    td_mention_list_release(&l);
    if (rc == TD_OK && rejected_out != NULL)
        *rejected_out = rejected;
    return rc;
}
