/*
 * story_entities.c - the names a story's headlines mention most, for the
 * story list: the titles of its newest articles go through the entity
 * recogniser (extract/, include/tidings/entity.h), their mentions are merged
 * into story entities ("West" joins "Kanye West"), and the most mentioned
 * few are kept. Headlines only: they are short, so a page of 50 stories
 * costs a few milliseconds, and they name what the story is about.
 *
 * The same headlines choose the story's title: the most central one, which
 * shares the most words with the others (the sum of its cosine similarities
 * to them over content words), so that a story is named by what most of
 * its reports say rather than by whichever came first.
 */
#include <math.h>
#include <pthread.h>
#include <string.h>

#include "core/alloc.h"
#include "query/query_int.h"
#include "store/store.h"
#include "text/text.h"
#include "tidings/entity.h"

/*
 * What a story's headlines gave (its top names and its most central
 * headline), kept per database and story while the story's size is
 * unchanged: articles never change once stored, and a story only grows (a
 * storyline moved into another leaves its id empty), so the same size means
 * the same newest headlines. A busy ingest changes a few stories per commit,
 * so a story page redone after each commit reads and tags only those.
 * Direct-mapped by story id; freed never (a few MiB at most).
 */
#define MEMO_SLOTS 4096

struct memo_entry {
    uint64_t token;  /* store_token() of the database; 0: empty */
    int64_t id, size;
    char *central;   /* the most central headline, or NULL */
    struct td_story_entity top[TD_STORY_TOP_ENTITIES];
    size_t ntop;
};

static pthread_mutex_t memo_lock = PTHREAD_MUTEX_INITIALIZER;
static struct memo_entry memo[MEMO_SLOTS];

/* Headlines read per story (STORE_Q_STORY_TITLES) and content words kept per headline. */
#define CENTRAL_TITLES 12
#define CENTRAL_WORDS 32

/* One headline as a set of content-word hashes. */
struct headline {
    char *title;
    uint64_t words[CENTRAL_WORDS];
    size_t n;
};

/* The titles being tagged, one entity set over them all. */
struct title_ctx {
    const struct td_gazetteer *gaz;
    struct td_entity_set *set;
    struct td_mention_list ml;
    struct td_error *err;
    struct headline heads[CENTRAL_TITLES];
    size_t nheads;
};

static bool word_byte(unsigned char c)
{
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * Splits `title` into words (runs of ASCII letters and digits and of
 * non-ASCII bytes), folds ASCII case, drops stop words of `lang` and words
 * under three bytes, and keeps the distinct hashes in `h`.
 */
static void headline_words(struct headline *h, const char *title, const char *lang)
{
    const unsigned char *p = (const unsigned char *)title;
    char w[64];

    while (*p != '\0' && h->n < CENTRAL_WORDS) {
        uint64_t hash = 1469598103934665603ULL;
        size_t len = 0, i;

        while (*p != '\0' && !word_byte(*p))
            p++;
        for (; word_byte(*p); p++) {
            char c = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
            if (len < sizeof(w))
                w[len] = c;
            len++;
            hash = (hash ^ (unsigned char)c) * 1099511628211ULL;
        }
        if (len < 3 || (len <= sizeof(w) && text_is_stopword(lang, w, len)))
            continue;
        for (i = 0; i < h->n && h->words[i] != hash; i++)
            ;
        if (i == h->n)
            h->words[h->n++] = hash;
    }
}

static double headline_cosine(const struct headline *a, const struct headline *b)
{
    size_t i, j, shared = 0;

    if (a->n == 0 || b->n == 0)
        return 0.0;
    for (i = 0; i < a->n; i++)
        for (j = 0; j < b->n; j++)
            shared += a->words[i] == b->words[j];
    return (double)shared / sqrt((double)a->n * (double)b->n);
}

/*
 * The most central headline of `tc`, or NULL when none shares a word with
 * another. Headlines come newest first: on a tie the older one wins.
 */
static const char *central_title(const struct title_ctx *tc)
{
    double best = 0.0;
    const char *pick = NULL;
    size_t i, j;

    for (i = 0; i < tc->nheads; i++) {
        double sum = 0.0;
        for (j = 0; j < tc->nheads; j++)
            if (j != i)
                sum += headline_cosine(&tc->heads[i], &tc->heads[j]);
        if (sum > 0.0 && sum >= best) {
            best = sum;
            pick = tc->heads[i].title;
        }
    }
    return pick;
}

static void release_heads(struct title_ctx *tc)
{
    size_t i;

    for (i = 0; i < tc->nheads; i++)
        td_free(tc->heads[i].title);
    tc->nheads = 0;
}

/* Keeps headline `title` for the choice of the story's title. */
static enum td_err keep_headline(struct title_ctx *tc, const char *title, const char *lang)
{
    struct headline *h;

    if (tc->nheads == CENTRAL_TITLES)
        return TD_OK;
    h = &tc->heads[tc->nheads];
    memset(h, 0, sizeof(*h));
    if ((h->title = td_strdup(title)) == NULL)
        return TD_ERR_NOMEM;
    headline_words(h, title, lang != NULL ? lang : "");
    tc->nheads++;
    return TD_OK;
}

static enum td_err tag_title(void *ctx, const struct store_row *r)
{
    struct title_ctx *tc = ctx;
    const char *title = r->col[0];
    enum td_err rc;

    if (title == NULL)
        return TD_OK;
    if (keep_headline(tc, title, r->col[1]) != TD_OK)
        return TD_ERR_NOMEM;
    if (tc->set == NULL)
        return TD_OK;
    rc = td_entities_find(tc->gaz, title, strlen(title), r->col[1], &tc->ml, tc->err);
    /* A title that is not valid UTF-8 names nobody; the others still count. */
    if (rc == TD_ERR_INVALID)
        return TD_OK;
    if (rc == TD_OK)
        rc = td_entity_set_add(tc->set, title, strlen(title), &tc->ml, tc->err);
    return rc;
}

/* Copies the `TD_STORY_TOP_ENTITIES` most mentioned entities of the resolved set into `s`. */
static enum td_err keep_top(const struct td_entity_set *set, struct td_story_info *s)
{
    size_t i, n = td_entity_set_count(set);

    if (n > TD_STORY_TOP_ENTITIES)
        n = TD_STORY_TOP_ENTITIES;
    if (n == 0)
        return TD_OK;
    if ((s->entities = td_calloc(n, sizeof(*s->entities))) == NULL)
        return TD_ERR_NOMEM;
    for (i = 0; i < n; i++) {
        const struct td_entity *e = td_entity_set_get(set, i);
        size_t len = strlen(e->name) + 1;
        if ((s->entities[i].name = td_malloc(len)) == NULL)
            return TD_ERR_NOMEM;
        memcpy(s->entities[i].name, e->name, len);
        s->entities[i].type = td_entity_type_name(e->type);
        s->entities[i].count = e->count;
        s->nentities++;
    }
    return TD_OK;
}

/* Gives a story listed with a title (`s->title` set) its most central headline instead. */
static enum td_err retitle(struct td_story_info *s, const char *central)
{
    char *t;

    if (s->title == NULL || central == NULL || strcmp(s->title, central) == 0)
        return TD_OK;
    if ((t = td_strdup(central)) == NULL)
        return TD_ERR_NOMEM;
    td_free(s->title);
    s->title = t;
    return TD_OK;
}

/* Copies the kept names of `m` into `s` (which has none yet). */
static enum td_err memo_copy_out(const struct memo_entry *m, struct td_story_info *s)
{
    size_t i;

    if (m->ntop > 0 && (s->entities = td_calloc(m->ntop, sizeof(*s->entities))) == NULL)
        return TD_ERR_NOMEM;
    for (i = 0; i < m->ntop; i++) {
        if ((s->entities[i].name = td_strdup(m->top[i].name)) == NULL)
            return TD_ERR_NOMEM;
        s->entities[i].type = m->top[i].type;
        s->entities[i].count = m->top[i].count;
        s->nentities++;
    }
    return retitle(s, m->central);
}

/* Answers `s` from the memo when it holds this story at this size; false when it does not. */
static bool memo_get(uint64_t token, struct td_story_info *s, enum td_err *rc)
{
    struct memo_entry *m = &memo[(uint64_t)s->id % MEMO_SLOTS];
    bool hit;

    pthread_mutex_lock(&memo_lock);
    hit = m->token == token && m->id == s->id && m->size == s->size;
    if (hit)
        *rc = memo_copy_out(m, s);
    pthread_mutex_unlock(&memo_lock);
    return hit;
}

static void memo_clear(struct memo_entry *m)
{
    size_t i;

    for (i = 0; i < m->ntop; i++)
        td_free(m->top[i].name);
    td_free(m->central);
    memset(m, 0, sizeof(*m));
}

/* Keeps what story `s` (size `s->size`) gave; nothing when out of memory. */
static void memo_put(uint64_t token, const struct td_story_info *s, const char *central)
{
    struct memo_entry *m = &memo[(uint64_t)s->id % MEMO_SLOTS];
    size_t i;

    pthread_mutex_lock(&memo_lock);
    memo_clear(m);
    m->id = s->id;
    m->size = s->size;
    m->central = central != NULL ? td_strdup(central) : NULL;
    for (i = 0; i < s->nentities; i++) {
        if ((m->top[i].name = td_strdup(s->entities[i].name)) == NULL)
            break;
        m->top[i].type = s->entities[i].type;
        m->top[i].count = s->entities[i].count;
        m->ntop++;
    }
    if (i == s->nentities && (central == NULL || m->central != NULL))
        m->token = token;
    else
        memo_clear(m);
    pthread_mutex_unlock(&memo_lock);
}

enum td_err query_story_entities(struct td_store *st, struct td_story_info *s,
                                 struct td_error *err)
{
    struct title_ctx tc;
    enum td_err rc;

    /* A story listed with its size can come from the memo (story pages leave size 0). */
    if (s->size > 0 && memo_get(store_token(st), s, &rc))
        return rc == TD_ERR_NOMEM ? td_error_set(err, rc, "out of memory") : rc;
    memset(&tc, 0, sizeof(tc));
    tc.err = err;
    rc = td_gazetteer_shared(&tc.gaz);
    if (rc == TD_OK)
        rc = td_entity_set_new(&tc.set, err);
    td_mention_list_init(&tc.ml);
    if (rc == TD_OK)
        rc = store_query_run(st, STORE_Q_STORY_TITLES, s->id, tag_title, &tc, err);
    if (rc == TD_OK)
        rc = td_entity_set_resolve(tc.set, err);
    if (rc == TD_OK)
        rc = keep_top(tc.set, s);
    if (rc == TD_OK) {
        const char *central = central_title(&tc);
        if (s->size > 0)
            memo_put(store_token(st), s, central);
        rc = retitle(s, central);
    }
    release_heads(&tc);
    td_mention_list_release(&tc.ml);
    td_entity_set_free(tc.set);
    return rc == TD_ERR_NOMEM ? td_error_set(err, rc, "out of memory") : rc;
}

enum td_err query_story_title(struct td_store *st, struct td_story_info *s, struct td_error *err)
{
    struct title_ctx tc;
    enum td_err rc;

    memset(&tc, 0, sizeof(tc));
    tc.err = err;
    rc = store_query_run(st, STORE_Q_STORY_TITLES, s->id, tag_title, &tc, err);
    if (rc == TD_OK)
        rc = retitle(s, central_title(&tc));
    release_heads(&tc);
    return rc == TD_ERR_NOMEM ? td_error_set(err, rc, "out of memory") : rc;
}
