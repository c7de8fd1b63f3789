/*
 * jsonl.c - one JSON Lines record -> `struct td_article`, with validation.
 * json-c does the tokenising; this file adds what strict JSON and our
 * records need on top of it (no trailing garbage, no NaN, no \u0000, field
 * types and limits) and folds unknown fields into `meta_json`.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <json-c/json.h>
#include <json-c/json_object_iterator.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/limits.h"
#include "ingest/ingest.h"
#include "ingest/ingest_int.h"
#include "core/banned.h"

/*
 * Quote at most this many bytes of a bad value in a reason: enough to find
 * the record, short enough that a reason never carries an article body.
 */
#define QUOTE_MAX 64

/* What a known field holds, which decides its checks. */
enum field_kind { F_ID, F_SHORT, F_LANG, F_DATE, F_TEXT };

/* A known field: its JSON name, its kind and its `char *` slot. */
struct field {
    const char *name;
    enum field_kind kind;
    size_t offset; /* of the `char *` member of `struct td_article` */
};

/* One row per known field; anything else goes to `meta_json`. */
static const struct field fields[] = {
    {"id", F_ID, offsetof(struct td_article, id)},
    {"title", F_SHORT, offsetof(struct td_article, title)},
    {"url", F_SHORT, offsetof(struct td_article, url)},
    {"source", F_SHORT, offsetof(struct td_article, source)},
    {"lang", F_LANG, offsetof(struct td_article, lang)},
    {"date", F_DATE, offsetof(struct td_article, date)},
    {"text", F_TEXT, offsetof(struct td_article, text)},
    {"body", F_TEXT, offsetof(struct td_article, text)},
};

/* The `char *` member of `a` that field `f` fills. */
static char **slot(struct td_article *a, const struct field *f)
{
    return (char **)(void *)((char *)a + f->offset);
}

/* Stores a copy of `s[0..n)` in `*dst`, replacing what was there. */
static enum td_err dup_into(char **dst, const char *s, size_t n, struct td_error *err)
{
    char *copy = td_strndup(s, n);

    if (copy == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    td_free(*dst);
    *dst = copy;
    return TD_OK;
}

/*
 * The optional string fields (`title`, `url`, `source`, `lang`, `date`):
 * "" means absent, like null. `title`, `url` and `source` are copied as
 * given (normalisation is the text module's job). `lang` is a hint for
 * language identification; a value not even shaped like a tag is more
 * likely a mapping mistake (a country name, a sentence) than a language,
 * so the record is rejected. `date` must parse, or the record is rejected:
 * silently keeping an article undated would misplace it on every timeline.
 */
static enum td_err put_optional(struct td_article *a, const struct field *f, const char *s,
                                size_t len, struct td_error *err)
{
    enum td_err rc = record_check_short(f->name, len, err);

    if (rc != TD_OK)
        return rc;
    if (len == 0)
        return TD_OK;
    if (f->kind == F_DATE)
        return record_set_date(a, s, len, err);
    if (f->kind == F_LANG && !record_is_lang_tag(s, len))
        return td_error_set(err, TD_ERR_INVALID, "bad language tag '%.*s'",
                            (int)(len < QUOTE_MAX ? len : QUOTE_MAX), s);
    return dup_into(slot(a, f), s, len, err);
}

/*
 * Stores the string value `s[0..len)` of known field `f`, after the checks
 * of its kind. Both parsers (json-c's tree and the direct scan) end here,
 * so a value is judged the same whichever read it.
 */
static enum td_err put_string(struct td_article *a, const struct field *f, const char *s,
                              size_t len, struct td_error *err)
{
    enum td_err rc;

    switch (f->kind) {
    case F_ID:
        rc = record_check_id(s, len, err);
        return rc == TD_OK ? dup_into(slot(a, f), s, len, err) : rc;
    case F_TEXT:
        /* One value per key, so a second hit means "text" and "body". */
        if (a->text != NULL)
            return td_error_set(err, TD_ERR_INVALID, "both 'text' and 'body' given");
        return dup_into(slot(a, f), s, len, err);
    default:
        return put_optional(a, f, s, len, err);
    }
}

/* An integer id as its decimal text; json-c clamps overflow, so refuse the clamp values. */
static enum td_err int_id_text(struct json_object *v, const char **text, struct td_error *err)
{
    if (json_object_get_int64(v) == INT64_MIN || json_object_get_uint64(v) == UINT64_MAX)
        return td_error_set(err, TD_ERR_INVALID, "integer 'id' out of range");
    *text = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
    if (*text == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    return TD_OK;
}

/*
 * Checks the JSON type of known field `f` and stores its value. A null
 * means "absent" except for `text`/`body`, which must be strings; `id` may
 * also be an integer (exports from databases often write numeric keys, and
 * "42" and 42 must name the same article).
 */
static enum td_err set_value(struct td_article *a, const struct field *f, struct json_object *v,
                             struct td_error *err)
{
    const char *s;
    enum td_err rc;

    if (f->kind == F_TEXT && a->text != NULL)
        return td_error_set(err, TD_ERR_INVALID, "both 'text' and 'body' given");
    if (json_object_is_type(v, json_type_string))
        return put_string(a, f, json_object_get_string(v), (size_t)json_object_get_string_len(v),
                          err);
    if (f->kind == F_ID && json_object_is_type(v, json_type_int)) {
        rc = int_id_text(v, &s, err);
        return rc == TD_OK ? put_string(a, f, s, strlen(s), err) : rc;
    }
    if (f->kind != F_TEXT && json_object_is_type(v, json_type_null))
        return TD_OK;
    if (f->kind == F_ID)
        return td_error_set(err, TD_ERR_INVALID, "field 'id' must be a string or an integer");
    return td_error_set(err, TD_ERR_INVALID, "field '%s' must be a string", f->name);
}

/* Appends `"key":value` to the meta object being built in `meta`. */
static enum td_err add_meta(struct td_buf *meta, const char *key, struct json_object *v)
{
    /*
     * json-c serialises from the parsed value: compact, UTF-8 kept as is,
     * and doubles in their original spelling. The text is owned by `v`.
     */
    const char *js = json_object_to_json_string_ext(
        v, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
    enum td_err rc;

    if (js == NULL)
        return TD_ERR_NOMEM;
    rc = td_buf_addc(meta, meta->len ? ',' : '{');
    if (rc == TD_OK)
        rc = td_buf_add_json_str(meta, key, strlen(key));
    if (rc == TD_OK)
        rc = td_buf_addc(meta, ':');
    if (rc == TD_OK)
        rc = td_buf_adds(meta, js);
    return rc;
}

/* The row for the key `name[0..len)`, or NULL for a field that belongs in `meta_json`. */
static const struct field *find_field(const char *name, size_t len)
{
    size_t i;

    for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        if (strncmp(fields[i].name, name, len) == 0 && fields[i].name[len] == '\0')
            return &fields[i];
    }
    return NULL;
}

/* Meta is JSON re-serialised from one line, so twice the line is ample. */
#define META_MAX_BYTES (2 * TD_MAX_LINE_BYTES)

/* Wraps up the meta object and moves it into `a`. */
static enum td_err finish_meta(struct td_article *a, struct td_buf *meta, struct td_error *err)
{
    enum td_err rc;

    if (meta->len == 0)
        return TD_OK;
    rc = td_buf_addc(meta, '}');
    if (rc != TD_OK)
        return td_error_set(err, rc, "cannot build 'meta_json'");
    a->meta_json = td_buf_take(meta, NULL);
    return TD_OK;
}

/* Walks the members of `obj` in input order, filling `a`. */
static enum td_err fill(struct td_article *a, struct json_object *obj, struct td_error *err)
{
    struct json_object_iterator it = json_object_iter_begin(obj);
    struct json_object_iterator end = json_object_iter_end(obj);
    struct td_buf meta;
    enum td_err rc = TD_OK;

    /* The iterator follows json-c's insertion order, so meta keeps the input order. */
    td_buf_init(&meta, META_MAX_BYTES);
    for (; !json_object_iter_equal(&it, &end); json_object_iter_next(&it)) {
        const char *key = json_object_iter_peek_name(&it);
        struct json_object *v = json_object_iter_peek_value(&it);
        const struct field *f = find_field(key, strlen(key));

        if (f != NULL) {
            rc = set_value(a, f, v, err);
        } else {
            rc = add_meta(&meta, key, v);
            if (rc != TD_OK)
                rc = td_error_set(err, rc, "cannot build 'meta_json'");
        }
        if (rc != TD_OK)
            goto out;
    }
    rc = finish_meta(a, &meta, err);
out:
    td_buf_release(&meta);
    return rc;
}

/* The record-level rule: some text, or an empty text under a real title. */
static enum td_err check_text(struct td_article *a, struct td_error *err)
{
    if (a->text == NULL)
        return td_error_set(err, TD_ERR_INVALID, "missing 'text' (or 'body')");
    if (!record_is_blank(a->text, strlen(a->text)))
        return TD_OK;
    if (a->title == NULL || record_is_blank(a->title, strlen(a->title)))
        return td_error_set(err, TD_ERR_INVALID, "empty 'text' and no 'title'");
    /* Blank text carries nothing; "" is the one spelling the engine expects. */
    a->text[0] = '\0';
    return TD_OK;
}

/* Whether `s` (at a backslash, `n` bytes left) is the escape \u0000. */
static bool is_nul_escape(const char *s, size_t n)
{
    return n >= 6 && s[1] == 'u' && memcmp(s + 2, "0000", 4) == 0;
}

/*
 * A second look at a line json-c accepted. Its strict mode still takes
 * single quotes, NaN, Infinity and raw control bytes in strings, and it
 * silently cuts keys at \u0000. Outside strings valid JSON has no quote,
 * 'N' or 'I', and backslashes occur only inside strings.
 */
static enum td_err scan_raw(const char *s, size_t len, struct td_error *err)
{
    bool in_str = false;
    size_t i;

    for (i = 0; i < len; i++) {
        unsigned char c;
        /* Inside a string, eight ordinary bytes at a time. */
        if (in_str && (i = json_scan_skip_plain(s, len, i)) >= len)
            break;
        c = (unsigned char)s[i];
        if (!in_str) {
            if (c == '\'')
                return td_error_set(err, TD_ERR_PARSE, "invalid JSON: single-quoted string");
            if (c == 'N' || c == 'I')
                return td_error_set(err, TD_ERR_PARSE, "invalid JSON: NaN or Infinity");
            in_str = c == '"';
        } else if (c == '"') {
            in_str = false;
        } else if (c < 0x20) {
            return td_error_set(err, TD_ERR_PARSE, "invalid JSON: control character in a string");
        } else if (c == '\\') {
            if (is_nul_escape(s + i, len - i))
                return td_error_set(err, TD_ERR_INVALID, "NUL character (\\u0000) in a string");
            i++;
        }
    }
    return TD_OK;
}

/* Tokenises the whole line; anything after the value is an error in strict mode. */
static enum td_err tokenise(const char *line, size_t len, struct json_object **obj_out,
                            struct td_error *err)
{
    struct json_tokener *tok = json_tokener_new();
    struct json_object *obj;
    enum json_tokener_error jerr;

    if (tok == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    /* STRICT also refuses trailing characters after the value. */
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
    obj = json_tokener_parse_ex(tok, line, (int)len);
    jerr = json_tokener_get_error(tok);
    /* A bare number may go on; a terminating NUL tells json-c the input ended. */
    if (obj == NULL && jerr == json_tokener_continue) {
        obj = json_tokener_parse_ex(tok, "", 1);
        jerr = json_tokener_get_error(tok);
    }
    json_tokener_free(tok);
    /* A bare `null` is a success that yields no object. */
    if (obj == NULL && jerr == json_tokener_success)
        return td_error_set(err, TD_ERR_PARSE, "not a JSON object (got null)");
    if (obj == NULL)
        return td_error_set(err, TD_ERR_PARSE, "invalid JSON: %s", json_tokener_error_desc(jerr));
    *obj_out = obj;
    return TD_OK;
}

/* Bytes and syntax: everything that makes a line unusable before its fields. */
static enum td_err parse_object(const char *line, size_t len, struct json_object **obj_out,
                                struct td_error *err)
{
    struct json_object *obj = NULL;
    enum td_err rc;

    /* The reader never passes such a line; the HTTP endpoint might. */
    if (len > TD_MAX_LINE_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "line longer than %zu bytes",
                            TD_MAX_LINE_BYTES);
    /* Raw bytes first, so a binary line gets a byte offset, not a JSON riddle. */
    rc = record_check_bytes(line, len, err);
    if (rc == TD_OK)
        rc = tokenise(line, len, &obj, err);
    if (rc == TD_OK)
        rc = scan_raw(line, len, err);
    if (rc == TD_OK && !json_object_is_type(obj, json_type_object))
        rc = td_error_set(err, TD_ERR_PARSE, "not a JSON object (got %s)",
                          json_type_to_name(json_object_get_type(obj)));
    if (rc != TD_OK) {
        json_object_put(obj);
        return rc;
    }
    *obj_out = obj;
    return TD_OK;
}

/* Members the direct scan takes; a record with more is left to json-c. */
#define SCAN_MAX_MEMBERS 32

/* Stores a scanned string value of known field `f`, decoding its escapes. */
static enum td_err put_scanned(struct td_article *a, const struct field *f,
                               const struct json_scan_member *m, struct td_error *err)
{
    char *tmp;
    size_t n = 0;
    enum td_err rc;

    if (!m->val_escaped)
        return put_string(a, f, m->val, m->val_len, err);
    tmp = td_malloc(m->val_len + 1);
    if (tmp == NULL)
        return TD_ERR_NOMEM;
    if (!json_scan_unescape(m->val, m->val_len, tmp, &n)) {
        td_free(tmp);
        return TD_ERR_PARSE;
    }
    /* The text is kept as decoded, not copied: its second copy took a large allocation an article.
     */
    if (f->kind == F_TEXT && a->text == NULL) {
        tmp[n] = '\0';
        a->text = tmp;
        return TD_OK;
    }
    rc = put_string(a, f, tmp, n, err);
    td_free(tmp);
    return rc;
}

/*
 * Appends a scanned member to the meta object. json-c would write a string
 * without escapes as its raw bytes in quotes (it escapes only control bytes,
 * quotes and backslashes, and '/' is left alone), and null, true and false
 * as themselves; an escaped string is left to json-c.
 */
static enum td_err add_meta_scanned(struct td_buf *meta, const struct json_scan_member *m)
{
    enum td_err rc;

    if (m->val_escaped)
        return TD_ERR_PARSE;
    rc = td_buf_addc(meta, meta->len ? ',' : '{');
    if (rc == TD_OK)
        rc = td_buf_add_json_str(meta, m->key, m->key_len);
    if (rc == TD_OK)
        rc = td_buf_addc(meta, ':');
    if (rc == TD_OK && m->is_string)
        rc = td_buf_addc(meta, '"');
    if (rc == TD_OK)
        rc = td_buf_add(meta, m->val, m->val_len);
    if (rc == TD_OK && m->is_string)
        rc = td_buf_addc(meta, '"');
    return rc;
}

/* Whether the scan's keys are plain (no escapes) and distinct, as the fast path needs. */
static bool plain_distinct_keys(const struct json_scan_member *m, size_t n)
{
    size_t i, j;

    for (i = 0; i < n; i++) {
        if (m[i].key_escaped)
            return false;
        for (j = 0; j < i; j++) {
            if (m[j].key_len == m[i].key_len && memcmp(m[j].key, m[i].key, m[i].key_len) == 0)
                return false;
        }
    }
    return true;
}

/* Fills `a` from one scanned member. Any error means "let json-c judge the line". */
static enum td_err fill_member(struct td_article *a, struct td_buf *meta,
                               const struct json_scan_member *m, const char *drop_field,
                               struct td_error *err)
{
    const struct field *f;

    if (drop_field != NULL && strlen(drop_field) == m->key_len &&
        memcmp(drop_field, m->key, m->key_len) == 0)
        return m->val_escaped ? TD_ERR_PARSE : TD_OK; /* json-c checks its escapes */
    f = find_field(m->key, m->key_len);
    if (f == NULL)
        return add_meta_scanned(meta, m);
    if (m->is_string)
        return put_scanned(a, f, m, err);
    /* null means "absent" but for the text; true and false are type errors. */
    return f->kind != F_TEXT && m->val[0] == 'n' ? TD_OK : TD_ERR_PARSE;
}

/*
 * The fast path: a flat record the direct scan takes, filled with the same
 * checks as json-c's tree (put_string). Returns false, with `a` to be
 * released, for every line it does not take or finds fault with: json-c then
 * parses it again, so a rejected line gets json-c's message.
 */
static bool fill_scanned(struct td_article *a, const char *line, size_t len,
                         const char *drop_field)
{
    struct json_scan_member m[SCAN_MAX_MEMBERS];
    struct td_error ignored;
    struct td_buf meta;
    size_t n = 0, i;
    enum td_err rc = TD_OK;

    if (!json_scan_object(line, len, m, SCAN_MAX_MEMBERS, &n) || !plain_distinct_keys(m, n))
        return false;
    td_buf_init(&meta, META_MAX_BYTES);
    for (i = 0; i < n && rc == TD_OK; i++)
        rc = fill_member(a, &meta, &m[i], drop_field, &ignored);
    if (rc == TD_OK)
        rc = finish_meta(a, &meta, &ignored);
    if (rc == TD_OK)
        rc = check_text(a, &ignored);
    /*
     * The line is valid UTF-8 (the caller checked it), a string value is cut
     * at ASCII quotes, and its escapes decode to code points that are
     * neither surrogates nor U+0000 (json_scan_unescape): the text is valid.
     */
    a->valid_utf8 = rc == TD_OK;
    td_buf_release(&meta);
    return rc == TD_OK;
}

enum td_err jsonl_parse_full(const char *line, size_t len, const char *drop_field,
                             struct td_article *out, struct td_error *err)
{
    struct json_object *obj = NULL;
    struct td_article art;
    enum td_err rc = parse_object(line, len, &obj, err);

    if (rc != TD_OK)
        return rc;
    /* The dropped field (eval's gold label) must not even reach `meta_json`. */
    if (drop_field != NULL)
        json_object_object_del(obj, drop_field);
    /* Fill a private article so that `out` changes only on success. */
    td_article_init(&art);
    rc = fill(&art, obj, err);
    if (rc == TD_OK)
        rc = check_text(&art, err);
    json_object_put(obj);
    if (rc != TD_OK) {
        td_article_release(&art);
        return rc;
    }
    td_article_release(out);
    *out = art;
    return TD_OK;
}

enum td_err ingest_parse_jsonl(const char *line, size_t len, const char *drop_field,
                               struct td_article *out, struct td_error *err)
{
    struct td_article art;

    if (len > TD_MAX_LINE_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "line longer than %zu bytes",
                            TD_MAX_LINE_BYTES);
    /* Bad bytes are reported by the full parser, which checks them first. */
    if (record_check_bytes(line, len, NULL) == TD_OK) {
        td_article_init(&art);
        if (fill_scanned(&art, line, len, drop_field)) {
            td_article_release(out);
            *out = art;
            return TD_OK;
        }
        td_article_release(&art);
    }
    return jsonl_parse_full(line, len, drop_field, out, err);
}
