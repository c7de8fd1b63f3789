/*
 * train_file.c - `tidings train`: learns the event scorer (src/cluster/
 * model.h) from labelled JSON Lines files. The pipeline analyses each file
 * with the gold field dropped; the trainer alone reads the labels, to
 * replay the stored vectors against gold events (teacher forcing) and
 * collect one example per (article, candidate event).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <json-c/json.h>
#include <xxhash.h>

#include "cluster/cluster.h"
#include "cluster/model.h"
#include "core/alloc.h"
#include "core/map64.h"
#include "core/time.h"
#include "eval/train_bias.h"
#include "store/store.h"
#include "tidings/engine.h"
#include "tidings/eval.h"
#include "tidings/ingest.h"
#include "tidings/train.h"

/* One ranking example: a candidate event of an article. */
struct pair {
    uint32_t doc;    /* article number over all files */
    unsigned char y; /* 1: the candidate is the article's gold event */
    double f[MF_RANK_COUNT];
};

/* An article kept for tuning the join bias: its vector (owned) and gold event. */
struct kept_doc {
    struct cluster_vec vec;
    struct cluster_doc doc; /* points into `vec` */
    uint32_t file;
    int64_t gold;
};

/* The examples of all files, and the state of the file being read. */
struct trainer {
    const char *label;
    bool use[MF_RANK_COUNT];   /* the features learned from; the others weigh 0 */
    struct cluster_model base; /* only its options: those the clustering runs with */
    struct td_error *err;
    struct pair *pairs;
    size_t npairs, cap_pairs;
    struct kept_doc *kept; /* every replayed article, in stream order */
    size_t nkept, cap_kept;
    uint32_t file;  /* the file being read */
    uint32_t ndocs; /* articles replayed so far, over all files */
    size_t nevents; /* gold events, over all files */
    /* Per file. */
    struct td_map64 gold;   /* XXH3-64 of the id -> label number + 1 */
    struct td_map64 labels; /* XXH3-64 of the label -> label number */
    struct td_map64 events; /* label number -> event id in this stream */
    uint32_t nlabels;
    int64_t nstream_events; /* events of this stream so far */
    int64_t gold_event;     /* the event of the article being replayed */
    struct cluster_state *cs;
    struct td_engine *engine;
    struct cluster_vec vec;
    bool oom;
};

/*
 * The label of a record as a string (heap copy), or NULL: the first of the
 * comma-separated `fields` the record has, so that files labelled under
 * different names ("event" in one, "story" in another) train together.
 */
static char *label_of(const struct td_article *art, const char *fields)
{
    struct json_object *meta, *v;
    char *out = NULL, name[128];

    if (art->meta_json == NULL)
        return NULL;
    meta = json_tokener_parse(art->meta_json);
    while (meta != NULL && out == NULL && *fields != '\0') {
        size_t n = strcspn(fields, ",");
        if (n < sizeof(name)) {
            memcpy(name, fields, n);
            name[n] = '\0';
            if (json_object_object_get_ex(meta, name, &v) && v != NULL &&
                !json_object_is_type(v, json_type_object) &&
                !json_object_is_type(v, json_type_array))
                out = td_strdup(json_object_get_string(v));
        }
        fields += fields[n] == ',' ? n + 1 : n;
    }
    json_object_put(meta);
    return out;
}

/* Records the gold label of one record (first pass over a file). */
static enum td_err on_gold(void *ctx, struct td_article *art, const struct td_record_info *info)
{
    struct trainer *t = ctx;
    uint32_t *slot;
    bool added;
    char *label;
    uint64_t h;
    enum td_err rc;

    if (art->id == NULL)
        return td_error_set(t->err, TD_ERR_INVALID, "%s:%lld: record has no 'id'", info->file,
                            (long long)info->line);
    label = label_of(art, t->label);
    if (label == NULL)
        return td_error_set(t->err, TD_ERR_INVALID, "%s:%lld: record has no label '%s'", info->file,
                            (long long)info->line, t->label);
    h = XXH3_64bits(label, strlen(label));
    td_free(label);
    rc = map64_upsert(&t->labels, h, t->nlabels, &slot, &added);
    if (rc == TD_OK && added)
        t->nlabels++;
    h = XXH3_64bits(art->id, strlen(art->id));
    if (rc == TD_OK) {
        uint32_t num = *slot + 1;
        rc = map64_upsert(&t->gold, h, num, &slot, &added);
    }
    if (rc != TD_OK)
        return td_error_set(t->err, TD_ERR_NOMEM, "out of memory");
    if (!added)
        return td_error_set(t->err, TD_ERR_INVALID, "%s:%lld: duplicate id '%s'", info->file,
                            (long long)info->line, art->id);
    return TD_OK;
}

/* A record the reader rejects (bad JSON, no text) is left out, as `tidings eval` does. */
static void on_reject(void *ctx, const struct td_record_info *info, const char *reason)
{
    (void)ctx;
    (void)info;
    (void)reason;
}

/* Runs one record through the pipeline (second pass; the label is dropped). */
static enum td_err on_article(void *ctx, struct td_article *art, const struct td_record_info *info)
{
    struct trainer *t = ctx;
    enum td_err rc = td_engine_add(t->engine, art, NULL, t->err);

    (void)info;
    /* A record the pipeline rejects is simply not replayed, as `tidings eval` skips it. */
    return rc == TD_ERR_INVALID ? TD_OK : rc;
}

/* Records one candidate of the article being replayed. */
static void visit(void *ctx, int64_t story, const double *features)
{
    struct trainer *t = ctx;
    struct pair *p;
    size_t k;

    if (td_grow((void **)&t->pairs, &t->cap_pairs, t->npairs + 1, sizeof(*t->pairs)) != TD_OK) {
        t->oom = true;
        return;
    }
    p = &t->pairs[t->npairs++];
    p->doc = t->ndocs;
    p->y = story == t->gold_event;
    memcpy(p->f, features, sizeof(p->f));
    /* A feature left out is 0 in every example, so its fitted weight is exactly 0. */
    for (k = 0; k < MF_RANK_COUNT; k++)
        if (!t->use[k])
            p->f[k] = 0.0;
}

/* Keeps a copy of `doc` (article `t->ndocs`) for tuning. */
static enum td_err keep(struct trainer *t, const struct cluster_doc *doc)
{
    struct kept_doc *k;

    if (td_grow((void **)&t->kept, &t->cap_kept, t->ndocs + 1, sizeof(*t->kept)) != TD_OK)
        return td_error_set(t->err, TD_ERR_NOMEM, "out of memory");
    k = &t->kept[t->ndocs];
    cluster_vec_init(&k->vec);
    k->doc = *doc;
    k->file = t->file;
    k->gold = t->gold_event;
    k->vec.terms = td_malloc((doc->n + 1) * sizeof(*k->vec.terms));
    k->vec.counts = td_malloc((doc->n + 1) * sizeof(*k->vec.counts));
    /* Counted before checking, so that tidy-up frees whatever was allocated. */
    t->nkept++;
    if (k->vec.terms == NULL || k->vec.counts == NULL)
        return td_error_set(t->err, TD_ERR_NOMEM, "out of memory");
    memcpy(k->vec.terms, doc->terms, doc->n * sizeof(*doc->terms));
    memcpy(k->vec.counts, doc->counts, doc->n * sizeof(*doc->counts));
    k->vec.n = k->vec.cap = doc->n;
    k->doc.terms = k->vec.terms;
    k->doc.counts = k->vec.counts;
    return TD_OK;
}

/* Replays one stored article against the gold events of its stream. */
static enum td_err replay_one(void *ctx, const struct store_replay_row *r)
{
    struct trainer *t = ctx;
    struct cluster_doc doc;
    uint32_t *num, *ev;
    bool added;
    enum td_err rc;

    num = r->id != NULL ? map64_get(&t->gold, XXH3_64bits(r->id, strlen(r->id))) : NULL;
    if (num == NULL)
        return td_error_set(t->err, TD_ERR_INTERNAL, "stored article without a gold label");
    /* Events are numbered by first appearance in the stream, as the engine numbers them. */
    if (map64_upsert(&t->events, *num, (uint32_t)t->nstream_events + 1, &ev, &added) != TD_OK)
        return td_error_set(t->err, TD_ERR_NOMEM, "out of memory");
    if (added)
        t->nstream_events++;
    t->gold_event = *ev;
    rc = cluster_vec_parse(&t->vec, r->terms, r->terms_len, t->err);
    if (rc != TD_OK)
        return rc;
    doc = cluster_doc_of(&t->vec, r->has_date, r->published_at, r->lang);
    rc = cluster_observe(t->cs, &doc, t->gold_event, visit, t, t->err);
    if (rc == TD_OK)
        rc = keep(t, &doc);
    t->ndocs++;
    if (rc == TD_OK && t->oom)
        rc = td_error_set(t->err, TD_ERR_NOMEM, "out of memory");
    return rc;
}

/* Frees the per-file state and makes it ready for the next file. */
static void stream_reset(struct trainer *t)
{
    map64_release(&t->gold);
    map64_release(&t->labels);
    map64_release(&t->events);
    map64_init(&t->gold);
    map64_init(&t->labels);
    map64_init(&t->events);
    t->nevents += (size_t)t->nstream_events;
    t->nlabels = 0;
    t->nstream_events = 0;
    td_engine_close(t->engine);
    t->engine = NULL;
    cluster_free(t->cs);
    t->cs = NULL;
}

/*
 * One file: labels, then the label-blind pipeline (the hand-set rule, so
 * no model takes part in analysing the training data), then the replay.
 */
static enum td_err train_stream(struct trainer *t, const char *path)
{
    struct td_reader_opts ro = TD_READER_OPTS_INIT;
    struct td_engine_opts eo = TD_ENGINE_OPTS_INIT;
    struct cluster_opts co = CLUSTER_OPTS_INIT;
    struct td_store *st = NULL;
    char first[128];
    size_t n;
    enum td_err rc;

    ro.on_record = on_gold;
    ro.on_reject = on_reject;
    ro.ctx = t;
    rc = td_read_path(&ro, path, t->err);
    if (rc == TD_OK && t->gold.n == 0)
        rc = td_error_set(t->err, TD_ERR_INVALID, "'%s' holds no labelled records", path);
    eo.batch_size = 1u << 20;
    eo.threshold = 0.25;
    /* The text options the pipeline can take without a model: the data read as the model will. */
    eo.hanja_readings = t->base.opt_hanja_readings != 0;
    eo.zone_cities = t->base.opt_zone_cities != 0;
    eo.stamp_words = t->base.opt_stamp_words != 0;
    if (rc == TD_OK)
        rc = td_store_open(":memory:", &st, t->err);
    if (rc == TD_OK)
        rc = td_engine_open(st, &eo, &t->engine, t->err);
    /*
     * The pipeline reads only title and text for the vectors replayed here;
     * dropping the (first) label field anyway keeps it out of the store.
     */
    n = strcspn(t->label, ",");
    if (rc == TD_OK && n >= sizeof(first))
        rc = td_error_set(t->err, TD_ERR_INVALID, "label field name too long");
    memcpy(first, t->label, n < sizeof(first) ? n : 0);
    first[n < sizeof(first) ? n : 0] = '\0';
    ro.drop_field = first;
    ro.on_record = on_article;
    if (rc == TD_OK)
        rc = td_read_path(&ro, path, t->err);
    if (rc == TD_OK)
        rc = td_engine_flush(t->engine, t->err);
    model_cluster_opts(&t->base, &co);
    cluster_event_opts(&co);
    if (rc == TD_OK)
        rc = cluster_new(&co, &t->cs, t->err);
    if (rc == TD_OK)
        rc = store_replay(st, replay_one, t, t->err);
    stream_reset(t);
    td_store_close(st);
    return rc;
}

static double sigmoid(double z)
{
    return 1.0 / (1.0 + exp(-z));
}

/* Rows of the decision set: the best-ranked candidate of each article. */
struct decisions {
    double *x; /* n rows of MF_COUNT */
    unsigned char *y;
    size_t n;
    size_t ranked;       /* articles whose gold event was a candidate */
    size_t ranked_first; /* ... and ranked first */
};

/*
 * Ranks each article's candidates (`pairs` are grouped by article, in
 * order) with `m` and builds one decision row per article.
 */
static enum td_err build_decisions(const struct trainer *t, const struct cluster_model *m,
                                   struct decisions *d)
{
    size_t i = 0;

    /* At most one decision per pair. */
    d->x = td_malloc((t->npairs + 1) * MF_COUNT * sizeof(*d->x));
    d->y = td_malloc(t->npairs + 1);
    if (d->x == NULL || d->y == NULL)
        return TD_ERR_NOMEM;
    while (i < t->npairs) {
        size_t j = i, best = i;
        double rb = -INFINITY, r2 = -INFINITY;
        bool has_gold = false;
        double *row = d->x + d->n * MF_COUNT;
        for (; j < t->npairs && t->pairs[j].doc == t->pairs[i].doc; j++) {
            double r = model_rank(m, t->pairs[j].f);
            has_gold = has_gold || t->pairs[j].y;
            if (r > rb) {
                r2 = rb;
                rb = r;
                best = j;
            } else if (r > r2) {
                r2 = r;
            }
        }
        memcpy(row, t->pairs[best].f, MF_RANK_COUNT * sizeof(*row));
        row[MF_RANK_P] = sigmoid(rb);
        row[MF_MARGIN] = row[MF_RANK_P] - (r2 > -INFINITY ? sigmoid(r2) : 0.0);
        d->y[d->n++] = t->pairs[best].y;
        d->ranked += has_gold;
        d->ranked_first += t->pairs[best].y;
        i = j;
    }
    return TD_OK;
}

/* Fits the ranking weights on every pair. */
static enum td_err fit_rank(const struct trainer *t, double l2, struct cluster_model *m,
                            struct td_error *err)
{
    double *x = td_malloc((t->npairs + 1) * MF_RANK_COUNT * sizeof(*x));
    unsigned char *y = td_malloc(t->npairs + 1);
    size_t i;
    enum td_err rc;

    if (x == NULL || y == NULL) {
        td_free(x);
        td_free(y);
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    for (i = 0; i < t->npairs; i++) {
        memcpy(x + i * MF_RANK_COUNT, t->pairs[i].f, sizeof(t->pairs[i].f));
        y[i] = t->pairs[i].y;
    }
    rc = model_fit_logistic(x, y, t->npairs, MF_RANK_COUNT, l2, m->rank, &m->rank_bias, err);
    td_free(x);
    td_free(y);
    return rc;
}

/* Counts the positives of `y[0..n)`; both classes must occur. */
static enum td_err check_classes(const unsigned char *y, size_t n, const char *what, size_t *pos,
                                 struct td_error *err)
{
    size_t i;

    *pos = 0;
    for (i = 0; i < n; i++)
        *pos += y[i];
    if (*pos == 0 || *pos == n)
        return td_error_set(err, TD_ERR_INVALID,
                            "cannot learn the %s: all %zu examples have the same label", what, n);
    return TD_OK;
}

/* Share of the decision rows the join rule of `m` gets right. */
static double join_accuracy(const struct decisions *d, const struct cluster_model *m)
{
    size_t i, ok = 0;

    for (i = 0; i < d->n; i++)
        ok += (model_join(m, d->x + i * MF_COUNT) > 0) == (d->y[i] != 0);
    return d->n > 0 ? (double)ok / (double)d->n : 0.0;
}

/* Fits both weight vectors from the collected pairs. */
static enum td_err fit(struct trainer *t, double l2, struct cluster_model *m,
                       struct td_train_stats *s, struct td_error *err)
{
    struct decisions d;
    unsigned char *py = td_malloc(t->npairs + 1);
    size_t i;
    enum td_err rc = py != NULL ? TD_OK : td_error_set(err, TD_ERR_NOMEM, "out of memory");

    memset(&d, 0, sizeof(d));
    for (i = 0; py != NULL && i < t->npairs; i++)
        py[i] = t->pairs[i].y;
    if (rc == TD_OK)
        rc = check_classes(py, t->npairs, "candidate ranking", &s->pairs_positive, err);
    if (rc == TD_OK)
        rc = fit_rank(t, l2, m, err);
    if (rc == TD_OK && build_decisions(t, m, &d) != TD_OK)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc == TD_OK)
        rc = check_classes(d.y, d.n, "join-or-new decision", &s->decisions_positive, err);
    if (rc == TD_OK)
        rc = model_fit_logistic(d.x, d.y, d.n, MF_COUNT, l2, m->join, &m->join_bias, err);
    s->pairs = t->npairs;
    s->decisions = d.n;
    s->rank_accuracy = d.ranked > 0 ? (double)d.ranked_first / (double)d.ranked : 0.0;
    if (rc == TD_OK)
        s->join_accuracy = join_accuracy(&d, m);
    td_free(d.x);
    td_free(d.y);
    td_free(py);
    return rc;
}

/* The join-bias offsets tried by tune_bias(), from -TUNE_SPAN to +TUNE_SPAN. */
#define TUNE_SPAN 3.0
#define TUNE_STEP 0.25
/* How many: -3, -2.75, ..., +3 (offset 0 in the middle). */
#define NOFFSETS 25

/* Sends `pred[start..end)` (event ids of `cs`, NULL: none) to the events they were merged into. */
static void resolve_merged(const struct cluster_state *cs, int64_t *pred, size_t start,
                           size_t end)
{
    size_t i;

    for (i = start; cs != NULL && i < end; i++)
        pred[i] = cluster_resolve(cs, pred[i]);
}

/*
 * Clusters every kept article with model `m` (one fresh state per file,
 * as the engine would) and scores the events against the gold ones:
 * `row[f]` gets file f's event B-cubed F1 (NAN when no article of it was
 * kept) and `*pooled` that of all files' articles together (no event spans
 * two files).
 */
static enum td_err replay_score(const struct trainer *t, const struct cluster_model *m,
                                const char *const *gold, int64_t *pred, double *row, double *pooled,
                                struct td_error *err)
{
    struct cluster_opts co = CLUSTER_OPTS_INIT;
    struct cluster_state *cs = NULL;
    struct td_eval_scores sc;
    size_t i, start, nfiles = t->kept[t->nkept - 1].file + 1;
    enum td_err rc = TD_OK;

    co.model = m;
    model_cluster_opts(m, &co);
    cluster_event_opts(&co);
    for (i = 0, start = 0; i < t->nkept && rc == TD_OK; i++) {
        int64_t story = 0;
        if (i == 0 || t->kept[i].file != t->kept[i - 1].file) {
            resolve_merged(cs, pred, start, i);
            cluster_free(cs);
            cs = NULL;
            start = i;
            rc = cluster_new(&co, &cs, err);
        }
        if (rc == TD_OK)
            rc = cluster_assign(cs, &t->kept[i].doc, &story, NULL, err);
        pred[i] = story;
    }
    resolve_merged(cs, pred, start, i);
    for (i = 0; i < t->nkept; i++)
        pred[i] |= (int64_t)t->kept[i].file << 40;
    cluster_free(cs);
    for (i = 0; i < nfiles; i++)
        row[i] = NAN;
    for (i = 0, start = 0; rc == TD_OK && i <= t->nkept; i++) {
        if (i < t->nkept && t->kept[i].file == t->kept[start].file)
            continue;
        rc = td_eval_score(gold + start, pred + start, i - start, &sc, err);
        row[t->kept[start].file] = sc.bcubed_f1;
        start = i;
    }
    if (rc == TD_OK)
        rc = td_eval_score(gold, pred, t->nkept, &sc, err);
    *pooled = sc.bcubed_f1;
    return rc;
}

/* Gold labels of the kept articles as strings "file:event" (one heap block). */
static char **gold_strings(const struct trainer *t)
{
    size_t i, each = 48;
    char **g = td_malloc(t->nkept * (sizeof(*g) + each) + 1);
    char *text = (char *)(g + t->nkept);

    for (i = 0; g != NULL && i < t->nkept; i++) {
        g[i] = text + i * each;
        snprintf(g[i], each, "%u:%lld", t->kept[i].file, (long long)t->kept[i].gold);
    }
    return g;
}

/* Event B-cubed F1 per stream at every offset tried, and pooled over the streams. */
struct bias_table {
    double offsets[NOFFSETS];
    double pooled[NOFFSETS];
    double *f1; /* NOFFSETS x nfiles, row by row (owned) */
    size_t nfiles;
};

/*
 * The decision was fitted to labels of pure gold events, one join at a
 * time; in use, one wrong join carries the articles after it along. So
 * the decision's bias is then set by running the clustering itself on the
 * training streams at each offset and keeping the one `rule` prefers
 * (train_bias_pick(): by default the best mean B-cubed F1 over the
 * streams, the smallest offset on ties): a one-dimensional search,
 * deterministic.
 */
static enum td_err tune_bias(const struct trainer *t, struct cluster_model *m,
                             enum td_train_bias rule, struct td_train_stats *s,
                             struct td_error *err)
{
    char **gold = gold_strings(t);
    int64_t *pred = td_malloc((t->nkept + 1) * sizeof(*pred));
    struct bias_table bt;
    struct cluster_model trial = *m;
    size_t o, pick;
    enum td_err rc;

    bt.nfiles = t->kept[t->nkept - 1].file + 1;
    bt.f1 = td_malloc(NOFFSETS * bt.nfiles * sizeof(*bt.f1));
    rc = gold != NULL && pred != NULL && bt.f1 != NULL
             ? TD_OK
             : td_error_set(err, TD_ERR_NOMEM, "out of memory");
    for (o = 0; rc == TD_OK && o < NOFFSETS; o++) {
        bt.offsets[o] = -TUNE_SPAN + (double)o * TUNE_STEP;
        trial.join_bias = m->join_bias + bt.offsets[o];
        rc = replay_score(t, &trial, (const char *const *)gold, pred, bt.f1 + o * bt.nfiles,
                          &bt.pooled[o], err);
    }
    if (rc == TD_OK) {
        pick = train_bias_pick(rule, bt.f1, bt.pooled, bt.offsets, NOFFSETS, bt.nfiles);
        m->join_bias += bt.offsets[pick];
        s->bias_offset = bt.offsets[pick];
        s->fitted_bcubed_f1 =
            train_bias_score(TD_TRAIN_BIAS_MEAN, bt.f1, NULL, NOFFSETS, bt.nfiles, NOFFSETS / 2);
        s->tuned_bcubed_f1 =
            train_bias_score(TD_TRAIN_BIAS_MEAN, bt.f1, NULL, NOFFSETS, bt.nfiles, pick);
    }
    td_free(bt.f1);
    td_free(gold);
    td_free(pred);
    return rc;
}

/* Writes the model with a comment saying how it was made. */
static enum td_err write_model(const struct cluster_model *m, const char *const *paths,
                               size_t npaths, const struct td_train_opts *o, const char *label,
                               double l2, const struct td_train_stats *s, struct td_error *err)
{
    struct td_buf text = TD_BUF_INIT, comment = TD_BUF_INIT;
    const char *out = o->out_path;
    FILE *f;
    size_t i;
    bool bad =
        td_buf_addf(&comment, "trained by tidings train --label %s%s%s%s%s%s%s (l2 %g) on:", label,
                    o->features != NULL ? " --features " : "",
                    o->features != NULL ? o->features : "", o->options != NULL ? " --option " : "",
                    o->options != NULL ? o->options : "",
                    o->bias != TD_TRAIN_BIAS_MEAN ? " --bias " : "",
                    o->bias != TD_TRAIN_BIAS_MEAN ? train_bias_name(o->bias) : "", l2) != TD_OK;

    for (i = 0; i < npaths && !bad; i++) {
        const char *base = strrchr(paths[i], '/');
        bad = td_buf_addf(&comment, " %s", base != NULL ? base + 1 : paths[i]) != TD_OK;
    }
    bad = bad || td_buf_addf(&comment,
                             "\n%zu articles, %zu events, %zu candidate pairs "
                             "(%zu same event), %zu join decisions (%zu join)\n"
                             "join bias moved by %+.2f: training B-cubed F1 %.4f -> %.4f",
                             s->articles, s->events, s->pairs, s->pairs_positive, s->decisions,
                             s->decisions_positive, s->bias_offset, s->fitted_bcubed_f1,
                             s->tuned_bcubed_f1) != TD_OK;
    bad = bad || model_format(m, comment.data, &text) != TD_OK;
    td_buf_release(&comment);
    if (bad) {
        td_buf_release(&text);
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    f = fopen(out, "w");
    bad = f == NULL || fwrite(text.data, 1, text.len, f) != text.len;
    if (f != NULL && fclose(f) != 0)
        bad = true;
    td_buf_release(&text);
    return bad ? td_error_set(err, TD_ERR_IO, "cannot write model '%s'", out) : TD_OK;
}

/* Sets `t->use` from the comma-separated feature names `list` (NULL: all of them). */
static enum td_err parse_features(struct trainer *t, const char *list, struct td_error *err)
{
    size_t i;

    for (i = 0; i < MF_RANK_COUNT; i++)
        t->use[i] = list == NULL;
    while (list != NULL && *list != '\0') {
        size_t n = strcspn(list, ",");
        for (i = 0; i < MF_RANK_COUNT; i++) {
            const char *name = model_feature_name((enum model_feature)i);
            if (strlen(name) == n && memcmp(name, list, n) == 0)
                break;
        }
        if (i == MF_RANK_COUNT)
            return td_error_set(err, TD_ERR_INVALID, "unknown feature '%.*s'", (int)n, list);
        t->use[i] = true;
        list += list[n] == ',' ? n + 1 : n;
    }
    return TD_OK;
}

/*
 * TD_ERR_INVALID when `m` has an option that changes the text analysis,
 * which training runs without (but `hanja_readings`, `zone_cities` and `stamp_words`,
 * which the training pipeline takes: train_stream()).
 */
static enum td_err check_trainable(const struct cluster_model *m, struct td_error *err)
{
    const char *name = m->opt_name_keys != 0        ? "name_keys"
                       : m->opt_acronym_defs != 0   ? "acronym_defs"
                       : m->opt_furniture_text != 0 ? "furniture_text"
                       : m->opt_backref_names != 0  ? "backref_names"
                       : m->opt_cjk_countries != 0  ? "cjk_countries"
                       : m->opt_loose_romance != 0  ? "loose_romance"
                       : m->opt_bare_names != 0     ? "bare_names"
                       : m->opt_page_furniture != 0 ? "page_furniture"
                                                    : NULL;

    if (name == NULL)
        return TD_OK;
    return td_error_set(err, TD_ERR_INVALID,
                        "model option '%s' cannot be trained (it changes the text analysis, "
                        "which runs without a model)",
                        name);
}

enum td_err td_train_files(const char *const *paths, size_t npaths,
                           const struct td_train_opts *opts, struct td_train_stats *stats,
                           struct td_error *err)
{
    struct trainer t;
    struct cluster_model m;
    struct td_train_stats s;
    double l2 = opts != NULL && opts->l2 > 0 ? opts->l2 : 1.0;
    size_t i;
    enum td_err rc = TD_OK;

    if (paths == NULL || npaths == 0)
        return td_error_set(err, TD_ERR_INVALID, "no training file");
    if (opts == NULL || opts->out_path == NULL || opts->out_path[0] == '\0')
        return td_error_set(err, TD_ERR_INVALID, "no output path for the model");
    if ((unsigned)opts->bias > (unsigned)TD_TRAIN_BIAS_POOLED)
        return td_error_set(err, TD_ERR_INVALID, "unknown join-bias rule %d", (int)opts->bias);
    memset(&t, 0, sizeof(t));
    memset(&s, 0, sizeof(s));
    memset(&m, 0, sizeof(m));
    t.label = opts->label != NULL ? opts->label : "event";
    t.err = err;
    if (parse_features(&t, opts->features, err) != TD_OK)
        return TD_ERR_INVALID;
    rc = model_default(&t.base, err);
    if (rc == TD_OK)
        rc = model_set_options(&t.base, opts->options, err);
    if (rc == TD_OK)
        rc = check_trainable(&t.base, err);
    if (rc != TD_OK)
        return rc;
    model_copy_options(&m, &t.base);
    stream_reset(&t);
    for (i = 0; i < npaths && rc == TD_OK; i++, t.file++)
        rc = train_stream(&t, paths[i]);
    s.articles = t.ndocs;
    s.events = t.nevents;
    if (rc == TD_OK && t.npairs == 0)
        rc = td_error_set(err, TD_ERR_INVALID, "no article found a candidate event to learn from");
    if (rc == TD_OK)
        rc = fit(&t, l2, &m, &s, err);
    if (rc == TD_OK)
        rc = tune_bias(&t, &m, opts->bias, &s, err);
    if (rc == TD_OK)
        rc = write_model(&m, paths, npaths, opts, t.label, l2, &s, err);
    if (rc == TD_OK && stats != NULL)
        *stats = s;
    stream_reset(&t);
    map64_release(&t.gold);
    map64_release(&t.labels);
    map64_release(&t.events);
    cluster_vec_release(&t.vec);
    for (i = 0; i < t.nkept; i++)
        cluster_vec_release(&t.kept[i].vec);
    td_free(t.kept);
    td_free(t.pairs);
    return rc;
}
