/*
 * eval_file.c - `tidings eval`: reads the gold labels of a JSON Lines file,
 * runs the whole pipeline on the same file (label field removed) in an
 * in-memory store, and scores the events or the stories against the labels. The gold
 * field never reaches the pipeline: it is dropped by the reader.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>
#include <xxhash.h>

#include "core/alloc.h"
#include "core/time.h"
#include "core/map64.h"
#include "tidings/engine.h"
#include "tidings/eval.h"
#include "tidings/ingest.h"
#include "tidings/query.h"

/* The gold side: ids and labels in file order, and an index id -> position. */
struct gold {
    char **ids, **labels;
    int64_t *pred;
    size_t n, cap;
    struct td_map64 index;  /* XXH3-64 of the id -> position */
    const char *label;
    enum td_level level;
    struct td_error *err;
    struct td_engine *engine;
    size_t rejected;
};

static void gold_release(struct gold *g)
{
    size_t i;

    for (i = 0; i < g->n; i++) {
        td_free(g->ids[i]);
        td_free(g->labels[i]);
    }
    td_free(g->ids);
    td_free(g->labels);
    td_free(g->pred);
    map64_release(&g->index);
}

/* Reads the label field from a record's metadata as a string (heap copy). */
static char *label_of(const struct td_article *art, const char *field)
{
    struct json_object *meta, *v;
    char *out = NULL;

    if (art->meta_json == NULL)
        return NULL;
    meta = json_tokener_parse(art->meta_json);
    if (meta != NULL && json_object_object_get_ex(meta, field, &v) && v != NULL &&
        !json_object_is_type(v, json_type_object) && !json_object_is_type(v, json_type_array))
        out = td_strdup(json_object_get_string(v));
    json_object_put(meta);
    return out;
}

/* Grows `*arr` (of char pointers) to `ncap` entries. */
static enum td_err grow_ptrs(char ***arr, size_t ncap)
{
    char **p = td_realloc(*arr, ncap * sizeof(*p));

    if (p == NULL)
        return TD_ERR_NOMEM;
    *arr = p;
    return TD_OK;
}

/* Appends one gold record; takes ownership of `id` and `label` only on success. */
static enum td_err gold_push(struct gold *g, char *id, char *label)
{
    size_t ncap = g->cap ? g->cap * 2 : 1024;
    uint32_t *slot;
    bool added;

    if (g->n == g->cap) {
        if (grow_ptrs(&g->ids, ncap) != TD_OK || grow_ptrs(&g->labels, ncap) != TD_OK)
            return TD_ERR_NOMEM;
        g->cap = ncap;
    }
    if (map64_upsert(&g->index, XXH3_64bits(id, strlen(id)), (uint32_t)g->n, &slot, &added) !=
        TD_OK)
        return TD_ERR_NOMEM;
    if (!added)
        return TD_ERR_CONFLICT;
    g->ids[g->n] = id;
    g->labels[g->n] = label;
    g->n++;
    return TD_OK;
}

static enum td_err on_gold(void *ctx, struct td_article *art, const struct td_record_info *info)
{
    struct gold *g = ctx;
    char *id, *label;
    enum td_err rc;

    if (art->id == NULL)
        return td_error_set(g->err, TD_ERR_INVALID, "%s:%lld: record has no 'id'", info->file,
                            (long long)info->line);
    label = label_of(art, g->label);
    if (label == NULL)
        return td_error_set(g->err, TD_ERR_INVALID, "%s:%lld: record has no label '%s'",
                            info->file, (long long)info->line, g->label);
    id = td_strdup(art->id);
    rc = id != NULL ? gold_push(g, id, label) : TD_ERR_NOMEM;
    if (rc != TD_OK) {
        td_free(id);
        td_free(label);
    }
    if (rc == TD_ERR_CONFLICT)
        return td_error_set(g->err, TD_ERR_INVALID, "%s:%lld: duplicate id '%s'", info->file,
                            (long long)info->line, art->id);
    return rc == TD_ERR_NOMEM ? td_error_set(g->err, rc, "out of memory") : rc;
}

static void on_reject(void *ctx, const struct td_record_info *info, const char *reason)
{
    struct gold *g = ctx;

    (void)info;
    (void)reason;
    g->rejected++;
}

static enum td_err on_article(void *ctx, struct td_article *art, const struct td_record_info *info)
{
    struct gold *g = ctx;

    (void)info;
    return td_engine_add(g->engine, art, NULL, g->err);
}

static enum td_err on_assign(void *ctx, const char *id, int64_t story)
{
    struct gold *g = ctx;
    uint32_t *pos = map64_get(&g->index, XXH3_64bits(id, strlen(id)));

    if (pos != NULL && strcmp(g->ids[*pos], id) == 0)
        g->pred[*pos] = story;
    return TD_OK;
}

/* Runs the pipeline over `path` and fills `g->pred`. */
static enum td_err run_pipeline(struct gold *g, const char *path,
                                const struct td_eval_opts *opts, double *seconds)
{
    struct td_reader_opts ro = TD_READER_OPTS_INIT;
    struct td_engine_opts eo = TD_ENGINE_OPTS_INIT;
    struct td_store *st = NULL;
    double t0 = time_monotonic();
    size_t i;
    enum td_err rc = td_store_open(":memory:", &st, g->err);

    eo.batch_size = 1u << 20;
    eo.threshold = opts != NULL ? opts->threshold : 0.0;
    eo.model_path = opts != NULL ? opts->model_path : NULL;
    if (rc == TD_OK)
        rc = td_engine_open(st, &eo, &g->engine, g->err);
    ro.drop_field = g->label;
    ro.on_record = on_article;
    ro.on_reject = on_reject;
    ro.ctx = g;
    if (rc == TD_OK)
        rc = td_read_path(&ro, path, g->err);
    if (rc == TD_OK)
        rc = td_engine_flush(g->engine, g->err);
    *seconds = time_monotonic() - t0;
    /* Articles the pipeline did not store are scored as singletons. */
    for (i = 0; i < g->n; i++)
        g->pred[i] = -(int64_t)i - 1;
    if (rc == TD_OK)
        rc = td_query_assignment_at(st, g->level, on_assign, g, g->err);
    td_engine_close(g->engine);
    g->engine = NULL;
    td_store_close(st);
    return rc;
}

static enum td_err write_assignment(const struct gold *g, const char *path, struct td_error *err)
{
    FILE *f = fopen(path, "w");
    size_t i;
    int bad = f == NULL;

    for (i = 0; !bad && i < g->n; i++) {
        struct json_object *o = json_object_new_object();
        json_object_object_add(o, "id", json_object_new_string(g->ids[i]));
        json_object_object_add(o, "cluster", json_object_new_int64(g->pred[i]));
        bad = fprintf(f, "%s\n", json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN)) < 0;
        json_object_put(o);
    }
    if (f != NULL && fclose(f) != 0)
        bad = 1;
    return bad ? td_error_set(err, TD_ERR_IO, "cannot write '%s'", path) : TD_OK;
}

enum td_err td_eval_file(const char *path, const struct td_eval_opts *opts,
                         struct td_eval_scores *out, struct td_error *err)
{
    struct td_reader_opts ro = TD_READER_OPTS_INIT;
    struct gold g;
    double seconds = 0;
    enum td_err rc;

    memset(&g, 0, sizeof(g));
    g.level = opts != NULL ? opts->level : TD_LEVEL_STORY;
    if (g.level != TD_LEVEL_STORY && g.level != TD_LEVEL_EVENT)
        return td_error_set(err, TD_ERR_INVALID, "unknown cluster level %d", (int)g.level);
    g.label = g.level == TD_LEVEL_EVENT ? "event" : "story";
    if (opts != NULL && opts->label != NULL)
        g.label = opts->label;
    g.err = err;
    ro.on_record = on_gold;
    ro.on_reject = on_reject;
    ro.ctx = &g;
    rc = td_read_path(&ro, path, err);
    if (rc == TD_OK && g.n == 0)
        rc = td_error_set(err, TD_ERR_INVALID, "'%s' holds no labelled records", path);
    if (rc == TD_OK && (g.pred = td_calloc(g.n, sizeof(*g.pred))) == NULL)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    g.rejected = 0;
    if (rc == TD_OK)
        rc = run_pipeline(&g, path, opts, &seconds);
    if (rc == TD_OK)
        rc = td_eval_score((const char *const *)g.labels, g.pred, g.n, out, err);
    if (rc == TD_OK && opts != NULL && opts->assign_path != NULL)
        rc = write_assignment(&g, opts->assign_path, err);
    if (rc == TD_OK) {
        out->seconds = seconds;
        out->rejected = g.rejected;
    }
    gold_release(&g);
    return rc;
}
