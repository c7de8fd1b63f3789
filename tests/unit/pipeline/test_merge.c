/*
 * test_merge.c - the event level's merge pass through the engine
 * (src/pipeline/engine.c): two events of one storyline that grow together
 * become one event for the articles already stored, those of the open
 * batch and later ones (also after a restart); an unrelated event stays
 * apart. The texts are invented words written for this test.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "cluster/cluster.h"
#include "test.h"
#include "tidings/engine.h"
#include "tidings/query.h"

/* The two halves of one storyline: its places and people are named in both. */
static const char *const half_a =
    "zorvat quimble dranek flossip marnet yeltow cabrish vunder pelmak trosset";
static const char *const half_b =
    "gadrel huspin wolnet bricket saffon tembal oskrey plunder fazmut jorrel";
static const char *const names = "Officials in Kestravo said Umbrel Fandossi would return.";

/* Articles of the test stream; texts are built by text_of(). */
enum kind { SEED_A, SEED_B, LEAN_A, LEAN_B, OTHER };
#define NSTREAM (CLUSTER_MERGE_EVERY_DOCS + 2)
#define BATCH 16
/* The restart: after it, the pass finds articles of the merged event in the open batch. */
#define SPLIT (CLUSTER_MERGE_EVERY_DOCS - 10)

/* Writes the text of an article of kind `k` (number `i`) into `out`. */
static void text_of(char *out, size_t cap, enum kind k, size_t i)
{
    switch (k) {
    case SEED_A:
        (void)snprintf(out, cap, "%s %s %s.", names, half_a, half_a);
        break;
    case SEED_B:
        (void)snprintf(out, cap, "%s %s %s.", names, half_b, half_b);
        break;
    case LEAN_A:
        (void)snprintf(out, cap, "%s %s %s %s.", names, half_a, half_a, half_b);
        break;
    case LEAN_B:
        (void)snprintf(out, cap, "%s %s %s %s.", names, half_b, half_b, half_a);
        break;
    case OTHER:
        /* Unrelated filler: words of its own, no names. */
        (void)snprintf(out, cap, "filler%zux alpha%zuq beta%zuw gamma%zuv delta%zuk", i, i, i,
                       i, i);
        break;
    }
}

/* The kind of article `i`: the two seeds, then the halves growing together between fillers. */
static enum kind kind_of(size_t i)
{
    static const enum kind head[] = {SEED_A, SEED_B, LEAN_A, LEAN_B, LEAN_A, LEAN_B};

    if (i < sizeof(head) / sizeof(head[0]))
        return head[i];
    return i % 8 == 0 ? LEAN_B : OTHER;
}

struct events {
    int64_t event[NSTREAM + 1];
    int64_t joined[NSTREAM + 1]; /* the event each joined live (run_inputs() only) */
    size_t n;
};

static enum td_err on_event(void *ctx, const char *id, int64_t event)
{
    struct events *ev = ctx;
    unsigned i;

    if (sscanf(id, "m%u", &i) == 1 && i <= NSTREAM)
        ev->event[i] = event;
    ev->n++;
    return TD_OK;
}

/* Adds articles [from, to) to engine `e`, then flushes `flushes` times. */
static enum td_err add_to(struct td_engine *e, size_t from, size_t to, int flushes)
{
    enum td_err rc = TD_OK;
    size_t i;

    for (i = from; rc == TD_OK && i < to; i++) {
        char id[32], text[512];
        struct td_article a;
        (void)snprintf(id, sizeof(id), "m%zu", i);
        text_of(text, sizeof(text), kind_of(i), i);
        td_article_init(&a);
        a.id = id;
        a.text = text;
        rc = td_engine_add(e, &a, NULL, NULL);
    }
    while (rc == TD_OK && flushes-- > 0)
        rc = td_engine_flush(e, NULL);
    return rc;
}

/* Adds articles [from, to) through a fresh engine on `st` with batches of BATCH. */
static enum td_err add_range(struct td_store *st, size_t from, size_t to)
{
    struct td_engine_opts o = TD_ENGINE_OPTS_INIT;
    struct td_engine *e;
    enum td_err rc;

    o.batch_size = BATCH;
    rc = td_engine_open(st, &o, &e, NULL);
    if (rc == TD_OK)
        rc = add_to(e, from, to, 1);
    td_engine_close(e);
    return rc;
}

TD_TEST(test_merge__engine_merges_events_that_grew_together)
{
    char path[512];
    struct td_store *st;
    struct events ev;
    size_t i;

    (void)snprintf(path, sizeof(path), "%s/merge.db", td_test_tmpdir());
    (void)remove(path);
    ASSERT_OK(td_store_open(path, &st, NULL));
    /*
     * The halves were placed as two events, and no due pass came before the
     * input ended: the pass the end of an input runs (td_engine_flush())
     * merged them.
     */
    ASSERT_OK(add_range(st, 0, SPLIT));
    memset(&ev, 0, sizeof(ev));
    ASSERT_OK(td_query_assignment_at(st, TD_LEVEL_EVENT, on_event, &ev, NULL));
    ASSERT_EQ_INT(ev.n, SPLIT);
    ASSERT_EQ_INT(ev.event[1], ev.event[0]);
    ASSERT_EQ_INT(ev.event[2], ev.event[0]);
    ASSERT_EQ_INT(ev.event[3], ev.event[0]);
    ASSERT_TRUE(ev.event[6] != ev.event[0]);
    td_store_close(st);
    /*
     * After a restart (whose replay runs that pass again after article
     * SPLIT), the rest of the stream: the due pass at article
     * CLUSTER_MERGE_EVERY_DOCS, when articles SPLIT.. wait in the open batch.
     */
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_OK(add_range(st, SPLIT, NSTREAM));
    memset(&ev, 0, sizeof(ev));
    ASSERT_OK(td_query_assignment_at(st, TD_LEVEL_EVENT, on_event, &ev, NULL));
    ASSERT_EQ_INT(ev.n, NSTREAM);
    /* Every article of both halves, stored before or after, is in the older event. */
    for (i = 0; i < NSTREAM; i++) {
        if (kind_of(i) != OTHER)
            ASSERT_EQ_INT(ev.event[i], ev.event[0]);
        else
            ASSERT_TRUE(ev.event[i] != ev.event[0]);
    }
    td_store_close(st);
    (void)remove(path);
}

/*
 * Reads the event each article joined live (the store's `joined`: a replay
 * that left out a pass the live engine ran places later articles elsewhere).
 */
static void read_joined(const char *path, struct events *ev)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *q = NULL;
    unsigned i;

    ASSERT_TRUE(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);
    ASSERT_TRUE(sqlite3_prepare_v2(db, "SELECT id, joined FROM articles", -1, &q, NULL) ==
                SQLITE_OK);
    while (sqlite3_step(q) == SQLITE_ROW)
        if (sscanf((const char *)sqlite3_column_text(q, 0), "m%u", &i) == 1 && i <= NSTREAM)
            ev->joined[i] = sqlite3_column_int64(q, 1);
    sqlite3_finalize(q);
    sqlite3_close(db);
}

/* The events of the stream: in one engine with inputs ending at `ends`, or with restarts there. */
static void run_inputs(const char *path, const size_t *ends, size_t nends, bool restart,
                       struct events *ev)
{
    struct td_engine_opts o = TD_ENGINE_OPTS_INIT;
    struct td_store *st;
    struct td_engine *e = NULL;
    size_t k, from = 0;

    o.batch_size = BATCH;
    (void)remove(path);
    ASSERT_OK(td_store_open(path, &st, NULL));
    for (k = 0; k < nends; k++) {
        if (e == NULL)
            ASSERT_OK(td_engine_open(st, &o, &e, NULL));
        /* A second flush with nothing new does nothing. */
        ASSERT_OK(add_to(e, from, ends[k], 2));
        from = ends[k];
        if (restart) {
            td_engine_close(e);
            e = NULL;
        }
    }
    td_engine_close(e);
    memset(ev, 0, sizeof(*ev));
    ASSERT_OK(td_query_assignment_at(st, TD_LEVEL_EVENT, on_event, ev, NULL));
    td_store_close(st);
    read_joined(path, ev);
    (void)remove(path);
}

/*
 * The pass at the end of an input is durable: restarts after inputs that
 * ended between due passes (the replay runs each again after its last
 * article) give the events one engine given the same inputs gives.
 */
TD_TEST(test_merge__end_of_input_pass_survives_restarts)
{
    static const size_t ends[] = {5, 20, SPLIT, CLUSTER_MERGE_EVERY_DOCS + 1, NSTREAM};
    char path[512];
    struct events one, parts;
    size_t i;

    (void)snprintf(path, sizeof(path), "%s/settle.db", td_test_tmpdir());
    run_inputs(path, ends, sizeof(ends) / sizeof(ends[0]), false, &one);
    run_inputs(path, ends, sizeof(ends) / sizeof(ends[0]), true, &parts);
    ASSERT_EQ_INT(one.n, NSTREAM);
    ASSERT_EQ_INT(parts.n, NSTREAM);
    /* The halves met at the end of the first input. */
    ASSERT_EQ_INT(one.event[1], one.event[0]);
    for (i = 0; i < NSTREAM; i++) {
        ASSERT_EQ_INT(parts.event[i], one.event[i]);
        ASSERT_EQ_INT(parts.joined[i], one.joined[i]);
    }
}
