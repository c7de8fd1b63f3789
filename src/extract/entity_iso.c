/*
 * entity_iso.c - reads the arrays of the iso-codes JSON files for the
 * gazetteer. Those files have one shape: an object with one member, an array
 * of flat objects whose values are plain strings. A direct scan takes that
 * shape without building a tree (json-c's tree of iso_3166-2.json alone was
 * ~45 M instructions, a fixed cost of every command that opens the engine).
 * Anything else (escapes, control bytes, numbers, nesting, more members,
 * trailing bytes) goes to json-c, which reads every JSON file; the scan only
 * ever takes input json-c reads the same way.
 */
#include <json-c/json.h>
#include <string.h>

#include "core/alloc.h"
#include "core/file.h"
#include "extract/entity_int.h"
#include "core/banned.h"

/* The iso-codes files are a few hundred KB; the largest read here is ~500 KB. */
#define ISO_FILE_MAX ((size_t)16 << 20)

bool entity_iso_slurp(const char *path, char **out, size_t *len)
{
    return td_file_slurp(path, ISO_FILE_MAX, out, len);
}

/* A cursor over a mutable, NUL-terminated buffer. */
struct scan {
    char *s;
    size_t i;
};

static void skip_ws(struct scan *sc)
{
    char c;

    while ((c = sc->s[sc->i]) == ' ' || c == '\n' || c == '\t' || c == '\r')
        sc->i++;
}

/* Skips white space, then takes `c`; false when the next byte is another. */
static bool take(struct scan *sc, char c)
{
    skip_ws(sc);
    if (sc->s[sc->i] != c)
        return false;
    sc->i++;
    return true;
}

/*
 * A plain string (no escapes, no control bytes) at the cursor, after white
 * space: NUL-terminated in place over its closing quote; NULL when the
 * bytes there are anything else.
 */
static const char *plain_string(struct scan *sc)
{
    char *start;
    unsigned char c;

    if (!take(sc, '"'))
        return NULL;
    start = sc->s + sc->i;
    while ((c = (unsigned char)sc->s[sc->i]) != '"') {
        if (c < 0x20 || c == '\\')
            return NULL; /* escapes and control bytes (the end of the buffer too) */
        sc->i++;
    }
    sc->s[sc->i++] = '\0';
    return start;
}

/* Where each key of an entry goes; other keys are read and dropped. */
static const char **field_of(struct iso_entry *e, const char *key)
{
    if (strcmp(key, "name") == 0)
        return &e->name;
    if (strcmp(key, "common_name") == 0)
        return &e->common_name;
    if (strcmp(key, "official_name") == 0)
        return &e->official_name;
    if (strcmp(key, "alpha_2") == 0)
        return &e->alpha_2;
    if (strcmp(key, "alpha_3") == 0)
        return &e->alpha_3;
    return NULL;
}

/* One flat object of string members into `e`; a key it keeps twice is left to json-c. */
static bool scan_entry(struct scan *sc, struct iso_entry *e)
{
    memset(e, 0, sizeof(*e));
    if (!take(sc, '{'))
        return false;
    if (take(sc, '}'))
        return true;
    do {
        const char *key = plain_string(sc), *value, **slot;
        if (key == NULL || !take(sc, ':') || (value = plain_string(sc)) == NULL)
            return false;
        if ((slot = field_of(e, key)) != NULL) {
            if (*slot != NULL)
                return false;
            *slot = value;
        }
    } while (take(sc, ','));
    return take(sc, '}');
}

/*
 * The scan: every entry is read first, then handed to `fn`, so a file the
 * scan gives up on half-way has had no effect. Returns TD_OK or fn's code;
 * TD_ERR_PARSE when the file is not of the shape it takes, TD_ERR_NOTFOUND
 * when its one member is not `key`, TD_ERR_NOMEM.
 */
static enum td_err scan_file(char *buf, const char *key, iso_entry_fn fn, void *ctx)
{
    struct scan sc = {buf, 0};
    struct iso_entry *v = NULL, *grown;
    size_t n = 0, cap = 0, i;
    const char *name;
    enum td_err rc = TD_ERR_PARSE;

    if (!take(&sc, '{') || (name = plain_string(&sc)) == NULL || !take(&sc, ':') ||
        !take(&sc, '['))
        return TD_ERR_PARSE;
    if (!take(&sc, ']')) {
        do {
            if (n == cap) {
                cap = cap ? 2 * cap : 1024;
                if ((grown = td_realloc(v, cap * sizeof(*v))) == NULL) {
                    rc = TD_ERR_NOMEM;
                    goto out;
                }
                v = grown;
            }
            if (!scan_entry(&sc, &v[n++]))
                goto out;
        } while (take(&sc, ','));
        if (!take(&sc, ']'))
            goto out;
    }
    if (!take(&sc, '}') || (skip_ws(&sc), sc.s[sc.i] != '\0'))
        goto out;
    rc = strcmp(name, key) != 0 ? TD_ERR_NOTFOUND : TD_OK;
    for (i = 0; i < n && rc == TD_OK; i++)
        rc = fn(ctx, &v[i]);
out:
    td_free(v);
    return rc;
}

static const char *jstr(struct json_object *o, const char *key)
{
    struct json_object *v;

    if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
        return NULL;
    return json_object_get_string(v);
}

/* The same through json-c's tree. */
static enum td_err jsonc_file(const char *path, const char *key, iso_entry_fn fn, void *ctx)
{
    struct json_object *root = json_object_from_file(path), *arr;
    enum td_err rc = TD_OK;
    size_t i, n;

    if (root == NULL)
        return TD_ERR_IO;
    if (!json_object_object_get_ex(root, key, &arr) || !json_object_is_type(arr, json_type_array)) {
        json_object_put(root);
        return TD_ERR_NOTFOUND;
    }
    n = json_object_array_length(arr);
    for (i = 0; i < n && rc == TD_OK; i++) {
        struct json_object *o = json_object_array_get_idx(arr, i);
        struct iso_entry e = {jstr(o, "name"), jstr(o, "common_name"), jstr(o, "official_name"),
                              jstr(o, "alpha_2"), jstr(o, "alpha_3")};
        rc = fn(ctx, &e);
    }
    json_object_put(root);
    return rc;
}

enum td_err entity_iso_each(const char *path, const char *key, enum iso_read how, iso_entry_fn fn,
                            void *ctx)
{
    char *buf;
    size_t len;
    enum td_err rc;

    if (how == ISO_READ_JSONC)
        return jsonc_file(path, key, fn, ctx);
    if (!entity_iso_slurp(path, &buf, &len))
        return how == ISO_READ_SCAN ? TD_ERR_IO : jsonc_file(path, key, fn, ctx);
    /* A NUL inside the file would end the scan early: leave such a file to json-c. */
    rc = strlen(buf) == len ? scan_file(buf, key, fn, ctx) : TD_ERR_PARSE;
    td_free(buf);
    if ((rc == TD_ERR_PARSE || rc == TD_ERR_NOTFOUND) && how == ISO_READ_ANY)
        return jsonc_file(path, key, fn, ctx);
    return rc;
}
