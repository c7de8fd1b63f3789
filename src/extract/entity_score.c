/*
 * entity_score.c - mention-level precision, recall and F1 of named
 * entities (`tidings entities --score`): overlap matching per type, as
 * MUC's lenient score does, with an optional scored region per document.
 */
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/limits.h"
#include "extract/entity_int.h"
#include "core/banned.h"

struct item {
    char *doc;         /* owned */
    size_t start, end; /* code points */
    int type;          /* enum td_entity_type; 0 for a scope line */
    bool hit;
};

struct items {
    struct item *v;
    size_t n, cap;
};

static void items_release(struct items *it)
{
    size_t i;

    for (i = 0; i < it->n; i++)
        td_free(it->v[i].doc);
    TD_FREE(it->v);
    it->n = it->cap = 0;
}

static int type_of(const char *s)
{
    if (strcmp(s, "PER") == 0)
        return TD_ENT_PER;
    if (strcmp(s, "ORG") == 0)
        return TD_ENT_ORG;
    if (strcmp(s, "LOC") == 0)
        return TD_ENT_LOC;
    return -1;
}

static bool size_field(struct json_object *o, const char *key, size_t *out)
{
    struct json_object *v;
    int64_t x;

    if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_int))
        return false;
    x = json_object_get_int64(v);
    if (x < 0)
        return false;
    *out = (size_t)x;
    return true;
}

/* Parses one line into `it`; false when it is not a mention or scope line. */
static bool parse_item(const char *line, struct item *it, const char **doc)
{
    struct json_object *o = json_tokener_parse(line), *v;
    bool ok = false;

    *doc = NULL;
    if (o == NULL || !json_object_is_type(o, json_type_object))
        goto out;
    if (!json_object_object_get_ex(o, "doc", &v) || !json_object_is_type(v, json_type_string))
        goto out;
    it->doc = td_strdup(json_object_get_string(v));
    *doc = it->doc;
    if (it->doc == NULL)
        goto out;
    if (size_field(o, "scope_end", &it->end)) {
        it->type = 0;
        it->start = 0;
        ok = true;
    } else if (size_field(o, "start", &it->start) && size_field(o, "end", &it->end) &&
               json_object_object_get_ex(o, "type", &v) &&
               json_object_is_type(v, json_type_string)) {
        it->type = type_of(json_object_get_string(v));
        ok = it->type > 0 && it->start < it->end;
    }
out:
    json_object_put(o);
    return ok;
}

/* Parses and stores one non-blank line. */
static enum td_err add_line(struct items *it, const char *line, const char *path, size_t lineno,
                            struct td_error *err)
{
    struct item x = {0};
    const char *doc;

    if (!parse_item(line, &x, &doc)) {
        td_free(x.doc);
        return td_error_set(err, TD_ERR_PARSE,
                            "'%s' line %zu: not a {\"doc\",\"start\",\"end\",\"type\"} or "
                            "{\"doc\",\"scope_end\"} object",
                            path, lineno);
    }
    if (it->n == it->cap) {
        size_t nc = it->cap ? it->cap * 2 : 256;
        struct item *nv = td_realloc(it->v, nc * sizeof(*nv));
        if (nv == NULL) {
            td_free(x.doc);
            return td_error_set(err, TD_ERR_NOMEM, "out of memory");
        }
        it->v = nv;
        it->cap = nc;
    }
    it->v[it->n++] = x;
    return TD_OK;
}

static enum td_err read_items(const char *path, struct items *it, struct td_error *err)
{
    FILE *f = fopen(path, "r");
    struct td_buf line;
    char chunk[8192];
    size_t lineno = 0;
    enum td_err rc = TD_OK;
    bool more = true;

    if (f == NULL)
        return td_error_set(err, TD_ERR_IO, "cannot open '%s'", path);
    td_buf_init(&line, TD_MAX_LINE_BYTES);
    while (rc == TD_OK && more) {
        size_t n;
        more = fgets(chunk, sizeof(chunk), f) != NULL;
        n = more ? strlen(chunk) : 0;
        if (more && (rc = td_buf_add(&line, chunk, n)) != TD_OK) {
            td_error_set(err, rc, "'%s' line %zu: too long", path, lineno + 1);
            break;
        }
        if (more && chunk[n - 1] != '\n')
            continue;
        if (!more && line.len == 0)
            break;
        lineno++;
        if (line.len > strspn(line.data, " \t\r\n"))
            rc = add_line(it, line.data, path, lineno, err);
        td_buf_reset(&line);
    }
    if (rc == TD_OK && ferror(f))
        rc = td_error_set(err, TD_ERR_IO, "cannot read '%s'", path);
    td_buf_release(&line);
    fclose(f);
    return rc;
}

static int cmp_item(const void *pa, const void *pb)
{
    const struct item *a = pa, *b = pb;
    int c = strcmp(a->doc, b->doc);

    if (c != 0)
        return c;
    if (a->type != b->type)
        return a->type == 0 ? -1 : b->type == 0 ? 1 : 0;
    return a->start < b->start ? -1 : a->start > b->start;
}

static struct td_entity_prf *prf_of(struct td_entity_scores *s, int type)
{
    return type == TD_ENT_PER ? &s->per : type == TD_ENT_ORG ? &s->org : &s->loc;
}

/* Scores the gold items g[0..ng) and predictions p[0..np) of one document. */
static void score_doc(struct item *g, size_t ng, struct item *p, size_t np,
                      struct td_entity_scores *s)
{
    size_t scope = SIZE_MAX, i, j;

    for (i = 0; i < ng; i++) {
        if (g[i].type == 0)
            scope = g[i].end;
    }
    for (j = 0; j < np; j++) {
        if (p[j].type == 0 || p[j].start >= scope)
            continue;
        prf_of(s, p[j].type)->pred++;
        for (i = 0; i < ng; i++) {
            if (g[i].type != p[j].type || g[i].end <= p[j].start || p[j].end <= g[i].start)
                continue;
            g[i].hit = true;
            p[j].hit = true;
        }
        prf_of(s, p[j].type)->pred_correct += p[j].hit;
    }
    for (i = 0; i < ng; i++) {
        if (g[i].type == 0)
            continue;
        prf_of(s, g[i].type)->gold++;
        prf_of(s, g[i].type)->gold_found += g[i].hit;
    }
}

static void finish(struct td_entity_prf *x)
{
    x->precision = x->pred ? (double)x->pred_correct / (double)x->pred : 0.0;
    x->recall = x->gold ? (double)x->gold_found / (double)x->gold : 0.0;
    x->f1 = x->precision + x->recall > 0 ? 2 * x->precision * x->recall / (x->precision + x->recall)
                                         : 0.0;
}

static void score_all(struct items *gold, struct items *pred, struct td_entity_scores *s)
{
    size_t gi = 0, pi = 0;

    qsort(gold->v, gold->n, sizeof(*gold->v), cmp_item);
    qsort(pred->v, pred->n, sizeof(*pred->v), cmp_item);
    while (gi < gold->n || pi < pred->n) {
        const char *doc = gi < gold->n ? gold->v[gi].doc : pred->v[pi].doc;
        size_t g0 = gi, p0 = pi;
        if (pi < pred->n && strcmp(pred->v[pi].doc, doc) < 0)
            doc = pred->v[pi].doc;
        while (gi < gold->n && strcmp(gold->v[gi].doc, doc) == 0)
            gi++;
        while (pi < pred->n && strcmp(pred->v[pi].doc, doc) == 0)
            pi++;
        s->docs += gi > g0;
        score_doc(gold->v + g0, gi - g0, pred->v + p0, pi - p0, s);
    }
    s->micro.gold = s->per.gold + s->org.gold + s->loc.gold;
    s->micro.pred = s->per.pred + s->org.pred + s->loc.pred;
    s->micro.gold_found = s->per.gold_found + s->org.gold_found + s->loc.gold_found;
    s->micro.pred_correct = s->per.pred_correct + s->org.pred_correct + s->loc.pred_correct;
    finish(&s->per);
    finish(&s->org);
    finish(&s->loc);
    finish(&s->micro);
}

enum td_err td_entity_score_files(const char *gold_path, const char *pred_path,
                                  struct td_entity_scores *out, struct td_error *err)
{
    struct items gold = {0}, pred = {0};
    struct td_entity_scores s;
    enum td_err rc;

    if (gold_path == NULL || pred_path == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "missing gold file, prediction file or output");
    memset(&s, 0, sizeof(s));
    rc = read_items(gold_path, &gold, err);
    if (rc == TD_OK)
        rc = read_items(pred_path, &pred, err);
    if (rc == TD_OK) {
        score_all(&gold, &pred, &s);
        *out = s;
    }
    items_release(&gold);
    items_release(&pred);
    return rc;
}
