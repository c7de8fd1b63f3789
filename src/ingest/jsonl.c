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

/* Longest language tag we accept ("zh-Hant-TW" is 10). */
#define LANG_MAX_BYTES 16
/*
 * Quote at most this many bytes of a bad value in a reason: enough to find
 * the record, short enough that a reason never carries an article body.
 */
#define QUOTE_MAX 64

struct field;
typedef enum td_err (*field_set_fn)(struct td_article *a, const struct field *f,
                                    struct json_object *v, struct td_error *err);

/* A known field: its JSON name, its checker and (for strings) its slot. */
struct field {
    const char *name;
    field_set_fn set;
    size_t offset; /* of the `char *` member of `struct td_article` */
};

static enum td_err set_id(struct td_article *a, const struct field *f, struct json_object *v,
                          struct td_error *err);
static enum td_err set_short(struct td_article *a, const struct field *f, struct json_object *v,
                             struct td_error *err);
static enum td_err set_lang(struct td_article *a, const struct field *f, struct json_object *v,
                            struct td_error *err);
static enum td_err set_date(struct td_article *a, const struct field *f, struct json_object *v,
                            struct td_error *err);
static enum td_err set_text(struct td_article *a, const struct field *f, struct json_object *v,
                            struct td_error *err);

/* One row per known field; anything else goes to `meta_json`. */
static const struct field fields[] = {
    {"id", set_id, offsetof(struct td_article, id)},
    {"title", set_short, offsetof(struct td_article, title)},
    {"url", set_short, offsetof(struct td_article, url)},
    {"source", set_short, offsetof(struct td_article, source)},
    {"lang", set_lang, offsetof(struct td_article, lang)},
    {"date", set_date, offsetof(struct td_article, date)},
    {"text", set_text, offsetof(struct td_article, text)},
    {"body", set_text, offsetof(struct td_article, text)},
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
 * The string value of an optional field: `*s_out` stays NULL for null and
 * for "" (both mean "absent"). Errors: INVALID (not a string), TOO_LARGE.
 */
static enum td_err opt_string(const struct field *f, struct json_object *v, size_t max_bytes,
                              const char **s_out, size_t *len_out, struct td_error *err)
{
    size_t len;

    *s_out = NULL;
    if (json_object_is_type(v, json_type_null))
        return TD_OK;
    if (!json_object_is_type(v, json_type_string))
        return td_error_set(err, TD_ERR_INVALID, "field '%s' must be a string", f->name);
    len = (size_t)json_object_get_string_len(v);
    if (len > max_bytes)
        return td_error_set(err, TD_ERR_TOO_LARGE, "field '%s' longer than %zu bytes", f->name,
                            max_bytes);
    if (len > 0)
        *s_out = json_object_get_string(v);
    *len_out = len;
    return TD_OK;
}

/*
 * `title`, `url` and `source`: optional strings, copied as given. Their
 * content is not checked here; normalisation is the text module's job.
 */
static enum td_err set_short(struct td_article *a, const struct field *f, struct json_object *v,
                             struct td_error *err)
{
    const char *s;
    size_t len = 0;
    enum td_err rc = opt_string(f, v, TD_MAX_SHORT_FIELD_BYTES, &s, &len, err);

    if (rc != TD_OK || s == NULL)
        return rc;
    return dup_into(slot(a, f), s, len, err);
}

/* ASCII letters only: isalpha() would follow the locale. */
static bool is_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Language tags as people write them: "en", "pt-BR", "zh_Hant". */
static bool is_lang_tag(const char *s, size_t len)
{
    size_t i;

    if (len > LANG_MAX_BYTES || !is_letter((unsigned char)s[0]))
        return false;
    for (i = 1; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!is_letter(c) && c != '-' && c != '_')
            return false;
    }
    return true;
}

/*
 * `lang` is a hint for language identification. A value that is not even
 * shaped like a tag is more likely a mapping mistake (a country name, a
 * whole sentence) than a language, so the record is rejected.
 */
static enum td_err set_lang(struct td_article *a, const struct field *f, struct json_object *v,
                            struct td_error *err)
{
    const char *s;
    size_t len = 0;
    enum td_err rc = opt_string(f, v, TD_MAX_SHORT_FIELD_BYTES, &s, &len, err);

    if (rc != TD_OK || s == NULL)
        return rc;
    if (!is_lang_tag(s, len))
        return td_error_set(err, TD_ERR_INVALID, "bad language tag '%.*s'",
                            (int)(len < QUOTE_MAX ? len : QUOTE_MAX), s);
    return dup_into(slot(a, f), s, len, err);
}

/*
 * `date` must parse, or the record is rejected: silently keeping an
 * article undated would misplace it on every timeline.
 */
static enum td_err set_date(struct td_article *a, const struct field *f, struct json_object *v,
                            struct td_error *err)
{
    const char *s;
    size_t len = 0;
    enum td_err rc = opt_string(f, v, TD_MAX_SHORT_FIELD_BYTES, &s, &len, err);

    if (rc != TD_OK || s == NULL)
        return rc;
    return record_set_date(a, s, len, err);
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
 * `id` is a string or an integer; exports from databases often write
 * numeric keys, and "42" and 42 must name the same article.
 */
static enum td_err set_id(struct td_article *a, const struct field *f, struct json_object *v,
                          struct td_error *err)
{
    const char *s;
    size_t len;
    enum td_err rc;

    /* A null id is common in database exports and means "no id". */
    if (json_object_is_type(v, json_type_null))
        return TD_OK;
    if (json_object_is_type(v, json_type_int)) {
        rc = int_id_text(v, &s, err);
        if (rc != TD_OK)
            return rc;
        len = strlen(s);
    } else if (json_object_is_type(v, json_type_string)) {
        s = json_object_get_string(v);
        len = (size_t)json_object_get_string_len(v);
    } else {
        return td_error_set(err, TD_ERR_INVALID, "field 'id' must be a string or an integer");
    }
    rc = record_check_id(s, len, err);
    if (rc != TD_OK)
        return rc;
    return dup_into(slot(a, f), s, len, err);
}

/*
 * `text` and its alias `body`. Only the type is checked here; whether an
 * empty body is allowed depends on the title, see `check_text`.
 */
static enum td_err set_text(struct td_article *a, const struct field *f, struct json_object *v,
                            struct td_error *err)
{
    /* json-c keeps one value per key, so a second hit means "text" and "body". */
    if (a->text != NULL)
        return td_error_set(err, TD_ERR_INVALID, "both 'text' and 'body' given");
    if (!json_object_is_type(v, json_type_string))
        return td_error_set(err, TD_ERR_INVALID, "field '%s' must be a string", f->name);
    return dup_into(slot(a, f), json_object_get_string(v),
                    (size_t)json_object_get_string_len(v), err);
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

/* The row for `name`, or NULL for a field that belongs in `meta_json`. */
static const struct field *find_field(const char *name)
{
    size_t i;

    for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        if (strcmp(fields[i].name, name) == 0)
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
        const struct field *f = find_field(key);

        if (f != NULL) {
            rc = f->set(a, f, v, err);
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
 * Whether any byte of `w` is a control byte, a quote or a backslash: the
 * only bytes that matter inside a string (exact as a yes/no answer).
 */
static bool has_special(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');

    return ((((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs) != 0;
}

/* Skips 8-byte words free of what `has_special` finds; byte-by-byte scanning resumes there. */
static size_t skip_plain(const char *s, size_t len, size_t i)
{
    uint64_t w;

    while (i + 8 <= len) {
        memcpy(&w, s + i, 8);
        if (has_special(w))
            break;
        i += 8;
    }
    return i;
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
        if (in_str && (i = skip_plain(s, len, i)) >= len)
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

enum td_err ingest_parse_jsonl(const char *line, size_t len, const char *drop_field,
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
