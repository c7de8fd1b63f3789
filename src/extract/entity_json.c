/*
 * entity_json.c - the JSON Lines side of `tidings entities`: reads
 * {"doc","text"[,"lang"]} records with json-c, tags each and writes one
 * {"doc","start","end","type","text"} line per mention. Consecutive records
 * with the same "story" are written together once the story ends, each
 * mention re-typed by the vote of its entity across the story's documents.
 */
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/limits.h"
#include "json/json_read.h"
#include "extract/entity_int.h"
#include "core/banned.h"

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
            rc = td_buf_addf(b, ",\"start\":%zu,\"end\":%zu,\"type\":\"%s\",\"text\":", m->start_cp,
                             m->end_cp, td_entity_type_name(m->type));
        if (rc == TD_OK)
            rc = td_buf_add_json_str(b, text + m->start, m->end - m->start);
        if (rc == TD_OK)
            rc = td_buf_adds(b, "}\n");
    }
    return rc;
}

/* One tagged document waiting for the rest of its story. */
struct pending {
    char *doc, *text; /* owned */
    struct td_mention_list ml;
    struct td_mention_list non; /* its products and indices (type 0) */
};

/* The documents of the current story (consecutive records with one "story"). */
struct story_group {
    char *story; /* owned; NULL when empty */
    struct pending *p;
    size_t n, cap;
};

static void group_clear(struct story_group *g)
{
    size_t i;

    for (i = 0; i < g->n; i++) {
        td_free(g->p[i].doc);
        td_free(g->p[i].text);
        td_mention_list_release(&g->p[i].ml);
        td_mention_list_release(&g->p[i].non);
    }
    TD_FREE(g->story);
    g->n = 0;
}

/*
 * Gives each mention its entity's type when that type has at least twice
 * the votes of the mention's own type across the story: a clear majority
 * overrides one article's guess, a split vote leaves each article's own.
 */
static enum td_err revote(struct story_group *g, const struct td_entity_set *set,
                          struct td_error *err)
{
    size_t ne = td_entity_set_count(set), i, k;
    size_t *votes = td_calloc(ne * 4 + 1, sizeof(size_t));

    if (votes == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    for (i = 0; i < g->n; i++) {
        for (k = 0; k < g->p[i].ml.n; k++)
            votes[td_entity_set_entity_of(set, i, k) * 4 + g->p[i].ml.items[k].type]++;
    }
    for (i = 0; i < g->n; i++) {
        for (k = 0; k < g->p[i].ml.n; k++) {
            struct td_mention *m = &g->p[i].ml.items[k];
            size_t e = td_entity_set_entity_of(set, i, k);
            enum td_entity_type t = td_entity_set_get(set, e)->type;
            if (votes[e * 4 + t] >= 2 * votes[e * 4 + m->type])
                m->type = t;
        }
    }
    td_free(votes);
    return TD_OK;
}

/*
 * Counts per surface (the exact words of a mention), by text hash: in
 * `drop_products` how often a product (`non`) and a name (`name`), in
 * `confirm_tentative` see `count_docs`.
 */
struct surface_count {
    uint64_t h; /* 0: empty slot */
    size_t non, name;
};

/* 64-bit FNV-1a of the bytes of mention `m` of `text` (never 0). */
static uint64_t surface_hash(const char *text, const struct td_mention *m)
{
    uint64_t h = 1469598103934665603ULL;
    size_t i;

    for (i = m->start; i < m->end; i++) {
        h ^= (unsigned char)text[i];
        h *= 1099511628211ULL;
    }
    return h ? h : 1;
}

/* The slot of `h` in `t` (`mask` + 1 slots); an empty one when absent. */
static struct surface_count *surface_slot(struct surface_count *t, size_t mask, uint64_t h)
{
    size_t i;

    for (i = (size_t)h & mask; t[i].h != 0 && t[i].h != h; i = (i + 1) & mask)
        ;
    return &t[i];
}

/* Removes from `ml` the mentions of `text` whose surface `t` marks as a product. */
static void drop_marked(struct td_mention_list *ml, const char *text, struct surface_count *t,
                        size_t mask)
{
    size_t k, n = 0;

    for (k = 0; k < ml->n; k++) {
        const struct surface_count *sc = surface_slot(t, mask, surface_hash(text, &ml->items[k]));
        if (sc->h == 0 || sc->non < sc->name)
            ml->items[n++] = ml->items[k];
    }
    ml->n = n;
}

/*
 * Drops the names whose exact words the story's articles show as a
 * product or an index ("787 Dreamliner") at least as often as as a name:
 * the tagger makes this vote inside one article, the story extends it to
 * articles that only say "the Dreamliner".
 */
static enum td_err drop_products(struct story_group *g)
{
    struct surface_count *t;
    size_t total = 0, size = 16, i, k;

    for (i = 0; i < g->n; i++)
        total += g->p[i].non.n;
    if (total == 0)
        return TD_OK;
    while (size < total * 2 + 2)
        size *= 2;
    if ((t = td_calloc(size, sizeof(*t))) == NULL)
        return TD_ERR_NOMEM;
    for (i = 0; i < g->n; i++) {
        for (k = 0; k < g->p[i].non.n; k++) {
            uint64_t h = surface_hash(g->p[i].text, &g->p[i].non.items[k]);
            struct surface_count *sc = surface_slot(t, size - 1, h);
            if (g->p[i].non.items[k].type != 0)
                continue; /* a tentative name, see `confirm_tentative` */
            sc->h = h;
            sc->non++;
        }
    }
    for (i = 0; i < g->n; i++) {
        for (k = 0; k < g->p[i].ml.n; k++) {
            struct surface_count *sc =
                surface_slot(t, size - 1, surface_hash(g->p[i].text, &g->p[i].ml.items[k]));
            sc->name += sc->h != 0;
        }
    }
    for (i = 0; i < g->n; i++)
        drop_marked(&g->p[i].ml, g->p[i].text, t, size - 1);
    td_free(t);
    return TD_OK;
}

static int cmp_start(const void *pa, const void *pb)
{
    const struct td_mention *a = pa, *b = pb;

    return a->start < b->start ? -1 : a->start > b->start;
}

/* Doubles the capacity of `ml`; false when out of memory (`ml` unchanged). */
static bool grow_list(struct td_mention_list *ml)
{
    size_t nc = ml->cap ? ml->cap * 2 : 8;
    struct td_mention *ni = td_realloc(ml->items, nc * sizeof(*ni));

    if (ni == NULL)
        return false;
    ml->items = ni;
    ml->cap = nc;
    return true;
}

/*
 * Counts in `t` (`mask` + 1 slots) document `d` (1-based) once for each
 * surface of the typed mentions of `l` in `text`: `name` is the number of
 * documents, `non` the last document counted.
 */
static void count_docs(struct surface_count *t, size_t mask, size_t d, const char *text,
                       const struct td_mention_list *l)
{
    size_t k;

    for (k = 0; k < l->n; k++) {
        uint64_t h = surface_hash(text, &l->items[k]);
        struct surface_count *sc;
        if (l->items[k].type == 0)
            continue;
        sc = surface_slot(t, mask, h);
        sc->h = h;
        sc->name += sc->non != d;
        sc->non = d;
    }
}

/*
 * A name the tagger only guessed and its article uses once (tentative, in
 * `non` with its type) is kept when another article of the story names
 * the same words too ("Ye" in one article, "called Ye" in another);
 * otherwise it is dropped.
 */
static enum td_err confirm_tentative(struct story_group *g)
{
    struct surface_count *t;
    size_t total = 0, size = 16, i, k;

    for (i = 0; i < g->n; i++)
        total += g->p[i].ml.n + g->p[i].non.n;
    while (size < total * 2 + 2)
        size *= 2;
    if ((t = td_calloc(size, sizeof(*t))) == NULL)
        return TD_ERR_NOMEM;
    for (i = 0; i < g->n; i++) {
        count_docs(t, size - 1, i + 1, g->p[i].text, &g->p[i].ml);
        count_docs(t, size - 1, i + 1, g->p[i].text, &g->p[i].non);
    }
    for (i = 0; i < g->n; i++) {
        struct td_mention_list *ml = &g->p[i].ml;
        const struct td_mention_list *non = &g->p[i].non;
        for (k = 0; k < non->n; k++) {
            const struct td_mention *m = &non->items[k];
            if (m->type == 0 || surface_slot(t, size - 1, surface_hash(g->p[i].text, m))->name < 2)
                continue;
            if (ml->n == ml->cap && !grow_list(ml)) {
                td_free(t);
                return TD_ERR_NOMEM;
            }
            ml->items[ml->n++] = *m;
        }
        if (ml->n > 1)
            qsort(ml->items, ml->n, sizeof(ml->items[0]), cmp_start);
    }
    td_free(t);
    return TD_OK;
}

/*
 * Keeps the tentative names other articles confirm (see
 * `confirm_tentative`), drops the story's products (see `drop_products`),
 * re-types the mentions of its documents by cross-document vote (see
 * `revote`) and renders them into `b`. The group is emptied.
 */
static enum td_err group_flush(struct story_group *g, struct td_buf *b, struct td_error *err)
{
    struct td_entity_set *set = NULL;
    enum td_err rc = TD_OK;
    size_t i;

    if (g->n == 0)
        return TD_OK;
    if ((rc = confirm_tentative(g)) != TD_OK || (rc = drop_products(g)) != TD_OK)
        td_error_set(err, rc, "out of memory");
    if (rc == TD_OK)
        rc = td_entity_set_new(&set, err);
    for (i = 0; i < g->n && rc == TD_OK; i++)
        rc = td_entity_set_add(set, g->p[i].text, strlen(g->p[i].text), &g->p[i].ml, err);
    if (rc == TD_OK)
        rc = td_entity_set_resolve(set, err);
    if (rc == TD_OK)
        rc = revote(g, set, err);
    for (i = 0; i < g->n && rc == TD_OK; i++) {
        struct td_mention_list *ml = &g->p[i].ml;
        if ((rc = render(b, g->p[i].doc, g->p[i].text, ml)) != TD_OK)
            td_error_set(err, rc, "cannot render the mentions of '%.64s'", g->p[i].doc);
    }
    td_entity_set_free(set);
    group_clear(g);
    return rc;
}

/*
 * Moves a tagged document, its names `ml[0]` and its products `ml[1]`, into
 * the group (starting a new story if needed).
 */
static enum td_err group_push(struct story_group *g, const char *story, const char *doc,
                              const char *text, struct td_mention_list ml[2], struct td_buf *b,
                              struct td_error *err)
{
    struct pending *p;
    enum td_err rc;

    if (g->story != NULL && strcmp(g->story, story) != 0 && (rc = group_flush(g, b, err)) != TD_OK)
        return rc;
    if (g->n == g->cap) {
        size_t nc = g->cap ? g->cap * 2 : 16;
        struct pending *np = td_realloc(g->p, nc * sizeof(*np));
        if (np == NULL)
            return td_error_set(err, TD_ERR_NOMEM, "out of memory");
        g->p = np;
        g->cap = nc;
    }
    if (g->story == NULL && (g->story = td_strdup(story)) == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    p = &g->p[g->n];
    p->doc = td_strdup(doc);
    p->text = td_strdup(text);
    if (p->doc == NULL || p->text == NULL) {
        td_free(p->doc);
        td_free(p->text);
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    p->ml = ml[0]; /* the lists move into the group */
    p->non = ml[1];
    td_mention_list_init(&ml[0]);
    td_mention_list_init(&ml[1]);
    g->n++;
    return TD_OK;
}

/*
 * Tags one record: without "story" its lines are appended to `b` at once
 * (after flushing the pending story); with one it joins the story group.
 * Record errors are TD_ERR_PARSE/INVALID.
 */
static enum td_err tag_record(const struct td_gazetteer *gaz, const char *line, size_t len,
                              struct td_buf *b, struct td_mention_list l[2], struct story_group *g,
                              struct td_error *err)
{
    struct json_object *obj = NULL;
    const char *doc, *text, *lang, *story;
    bool bad = false;
    enum td_err rc = json_parse_object(line, len, &obj, err);

    if (rc != TD_OK)
        return rc;
    doc = json_str_field(obj, "doc", &bad);
    text = json_str_field(obj, "text", &bad);
    lang = json_str_field(obj, "lang", &bad);
    story = json_str_field(obj, "story", &bad);
    if (bad || doc == NULL || text == NULL) {
        rc = td_error_set(err, TD_ERR_INVALID, "record needs string 'doc' and 'text'");
        goto out;
    }
    rc = entity_find_ex(gaz, text, strlen(text), lang, &l[0], &l[1], err);
    if (rc == TD_OK && story != NULL && story[0] != '\0')
        rc = group_push(g, story, doc, text, l, b, err);
    else if (rc == TD_OK && (rc = group_flush(g, b, err)) == TD_OK &&
             (rc = render(b, doc, text, &l[0])) != TD_OK)
        td_error_set(err, rc, "cannot render the mentions of '%.64s'", doc);
out:
    json_object_put(obj);
    return rc;
}

/* What tag_one() works with across the lines of one stream. */
struct tag_ctx {
    const struct td_gazetteer *gaz;
    struct td_buf res;
    struct td_mention_list l[2]; /* names and products of the current record */
    struct story_group g;
    FILE *out;
};

/* Appends `b` to the output; the reason in `why` when it cannot. */
static enum td_err write_out(FILE *out, const struct td_buf *b, struct td_error *why)
{
    if (b->len > 0 && fwrite(b->data, 1, b->len, out) != b->len)
        return td_error_set(why, TD_ERR_IO, "cannot write the result lines");
    return TD_OK;
}

/* Tags one record and writes what it completes (a json_record_fn). */
static enum td_err tag_one(void *ctx, const char *line, size_t len, struct td_error *why)
{
    struct tag_ctx *t = ctx;
    enum td_err rc;

    td_buf_reset(&t->res);
    rc = tag_record(t->gaz, line, len, &t->res, t->l, &t->g, why);
    return rc == TD_OK ? write_out(t->out, &t->res, why) : rc;
}

enum td_err td_entities_tag_stream(const struct td_gazetteer *gaz, FILE *in, FILE *out,
                                   td_entity_reject_fn on_reject, void *ctx, size_t *rejected_out,
                                   struct td_error *err)
{
    struct tag_ctx t = {
        gaz, {NULL, 0, 0, 0}, {{NULL, 0, 0}, {NULL, 0, 0}}, {NULL, NULL, 0, 0}, out};
    size_t rejected = 0;
    enum td_err rc;

    if (in == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no input or output stream");
    td_buf_init(&t.res, 0);
    td_mention_list_init(&t.l[0]);
    td_mention_list_init(&t.l[1]);
    rc = json_lines_each(in, tag_one, &t, on_reject, ctx, &rejected, err);
    if (rc == TD_OK) {
        td_buf_reset(&t.res);
        rc = group_flush(&t.g, &t.res, err);
        if (rc == TD_OK)
            rc = write_out(out, &t.res, err);
    }
    td_buf_release(&t.res);
    td_mention_list_release(&t.l[0]);
    td_mention_list_release(&t.l[1]);
    group_clear(&t.g);
    td_free(t.g.p);
    if (rc == TD_OK && rejected_out != NULL)
        *rejected_out = rejected;
    return rc;
}
