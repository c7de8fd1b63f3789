/*
 * test_engine.c - tests of src/pipeline/engine.c through tidings/engine.h:
 * add statuses (stored, duplicate, copy, conflict), id-less articles,
 * batches and flushing, rebuilding state from a file store, invalid text,
 * and clustering of short hand-written reports (also across languages).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/limits.h"
#include "dedup/dedup.h"
#include "store/store.h"
#include "cluster/cluster.h"
#include "cluster/model.h"
#include "test.h"
#include "tidings/entity.h"
#include "tidings/engine.h"
#include "tidings/query.h"

/* Short reports written for these tests. */
static const char *const ferry_en_title = "Ferry crews strike in Valdemora";
static const char *const ferry_en =
    "Ferry crews in the port of Valdemora walked out on Monday, stranding thousands of "
    "passengers. The union leader Inés Carvalho said the strike over wages would continue "
    "until the operator Marisol Lines improves its offer.";
static const char *const ferry_en2_title = "Passengers stranded as Valdemora ferry strike goes on";
static const char *const ferry_en2 =
    "The ferry strike in Valdemora entered its second day as union leader Inés Carvalho "
    "rejected a new wage offer from Marisol Lines. Crews kept the port closed and stranded "
    "passengers waited for news of the talks.";
static const char *const ferry_es_title = "Huelga de transbordadores en Valdemora";
static const char *const ferry_es =
    "Los tripulantes de los transbordadores del puerto de Valdemora iniciaron una huelga el "
    "lunes. La líder sindical Inés Carvalho afirmó que la huelga por los salarios seguirá "
    "hasta que Marisol Lines mejore su oferta.";
static const char *const chess_title = "Young grandmaster wins Oslo chess tournament";
static const char *const chess =
    "Grandmaster Tomas Lindqvist won the Oslo chess tournament on Sunday after a long endgame "
    "against the defending champion. The final round drew a record audience to the hall.";

/* Fills `a` with borrowed strings (never released). */
static void article(struct td_article *a, const char *id, const char *title, const char *text)
{
    td_article_init(a);
    a->id = (char *)id;
    a->title = (char *)title;
    a->text = (char *)text;
}

static void dated(struct td_article *a, const char *date, int64_t at)
{
    a->date = (char *)date;
    a->published_at = at;
    a->date_prec = TD_DATE_DAY;
}

/* The story of article `id`, found through td_query_assignment. */
struct find_story {
    const char *id;
    int64_t story;
    int n;
};

static enum td_err on_assign(void *ctx, const char *id, int64_t story)
{
    struct find_story *f = ctx;

    f->n++;
    if (strcmp(id, f->id) == 0)
        f->story = story;
    return TD_OK;
}

static int64_t story_of(struct td_store *st, const char *id)
{
    struct find_story f = {id, 0, 0};

    return td_query_assignment(st, on_assign, &f, NULL) == TD_OK ? f.story : -1;
}

static int64_t stored_articles(struct td_store *st)
{
    struct td_stats s;
    int64_t n;

    if (td_query_stats(st, &s, NULL) != TD_OK)
        return -1;
    n = s.articles;
    td_stats_release(&s);
    return n;
}

TD_TEST(test_engine__open_errors)
{
    struct td_engine *e = NULL;
    struct td_store *st;
    struct td_error err;

    ASSERT_EQ_INT(td_engine_open(NULL, NULL, &e, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(err.code, TD_ERR_INVALID);
    ASSERT_TRUE(e == NULL);
    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_EQ_INT(td_engine_open(st, NULL, NULL, NULL), TD_ERR_INVALID);
    td_engine_close(NULL);
    td_store_close(st);
}

TD_TEST(test_engine__stored_then_duplicate_and_counts)
{
    struct td_store *st;
    struct td_engine *e;
    struct td_engine_counts c;
    struct td_article a;
    enum td_add_status status = TD_ADD_COPY;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    article(&a, "a1", ferry_en_title, ferry_en);
    ASSERT_OK(td_engine_add(e, &a, &status, NULL));
    ASSERT_EQ_INT(status, TD_ADD_STORED);
    ASSERT_OK(td_engine_add(e, &a, &status, NULL));
    ASSERT_EQ_INT(status, TD_ADD_DUPLICATE);
    td_engine_counts(e, &c);
    ASSERT_EQ_INT(c.stored + c.copies + c.duplicates, 0); /* nothing committed yet */
    ASSERT_OK(td_engine_flush(e, NULL));
    td_engine_counts(e, &c);
    ASSERT_EQ_INT(c.stored, 1);
    ASSERT_EQ_INT(c.copies, 0);
    ASSERT_EQ_INT(c.duplicates, 1);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL)); /* status may be NULL */
    ASSERT_OK(td_engine_flush(e, NULL));
    td_engine_counts(e, &c);
    ASSERT_EQ_INT(c.duplicates, 2);
    ASSERT_EQ_INT(stored_articles(st), 1);
    td_engine_close(e);
    td_store_close(st);
}

TD_TEST(test_engine__conflict_keeps_engine_usable)
{
    struct td_store *st;
    struct td_engine *e;
    struct td_article a, b;
    struct td_engine_counts c;
    struct td_error err;
    enum td_add_status status = TD_ADD_COPY;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    article(&a, "same-id", ferry_en_title, ferry_en);
    article(&b, "same-id", chess_title, chess);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    ASSERT_EQ_INT(td_engine_add(e, &b, &status, &err), TD_ERR_CONFLICT);
    ASSERT_EQ_INT(status, TD_ADD_COPY); /* untouched on failure */
    ASSERT_TRUE(strstr(err.msg, "'same-id'") != NULL);
    /* A changed field other than the text conflicts too. */
    b = a;
    b.url = (char *)"https://example.org/other";
    ASSERT_EQ_INT(td_engine_add(e, &b, NULL, NULL), TD_ERR_CONFLICT);
    article(&b, "other-id", chess_title, chess);
    ASSERT_OK(td_engine_add(e, &b, &status, NULL));
    ASSERT_EQ_INT(status, TD_ADD_STORED);
    ASSERT_OK(td_engine_flush(e, NULL));
    td_engine_counts(e, &c);
    ASSERT_EQ_INT(c.stored, 2);
    ASSERT_EQ_INT(stored_articles(st), 2);
    td_engine_close(e);
    td_store_close(st);
}

TD_TEST(test_engine__revisions_keep_an_edited_record_under_a_derived_id)
{
    struct td_engine_opts o = TD_ENGINE_OPTS_INIT;
    char path[512], edited[4096];
    struct td_store *st;
    struct td_engine *e;
    struct td_article a, b;
    struct td_article_list l;
    struct td_engine_counts c;
    enum td_add_status status = TD_ADD_STORED;

    (void)snprintf(path, sizeof(path), "%s/revisions.db", td_test_tmpdir());
    (void)snprintf(edited, sizeof(edited), "%s The line expects to run again by noon.", ferry_en);
    o.revisions = true;
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_OK(td_engine_open(st, &o, &e, NULL));
    article(&a, "item-1", ferry_en_title, ferry_en);
    article(&b, "item-1", ferry_en_title, edited);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    ASSERT_OK(td_engine_add(e, &b, &status, NULL));
    ASSERT_EQ_INT(status, TD_ADD_REVISION);
    /* The same edit read again (the feed fetched again) is the same revision. */
    ASSERT_OK(td_engine_add(e, &b, &status, NULL));
    ASSERT_EQ_INT(status, TD_ADD_DUPLICATE);
    ASSERT_OK(td_engine_flush(e, NULL));
    td_engine_counts(e, &c);
    ASSERT_EQ_INT(c.stored, 2);
    ASSERT_EQ_INT(c.revisions, 1);
    ASSERT_EQ_INT(c.duplicates, 1);
    ASSERT_OK(td_query_story(st, story_of(st, "item-1"), &l, NULL));
    ASSERT_EQ_INT(l.n, 2);
    ASSERT_STREQ(l.items[0].id, "item-1");
    ASSERT_TRUE(strncmp(l.items[1].id, "item-1#", 7) == 0 && strlen(l.items[1].id) == 7 + 16);
    ASSERT_STREQ(l.items[1].copy_of, "item-1");
    td_article_list_release(&l);
    td_engine_close(e);
    /* After a restart the revision is found in the store; without the option it is a conflict. */
    ASSERT_OK(td_engine_open(st, &o, &e, NULL));
    ASSERT_OK(td_engine_add(e, &b, &status, NULL));
    ASSERT_EQ_INT(status, TD_ADD_DUPLICATE);
    td_engine_close(e);
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    ASSERT_EQ_INT(td_engine_add(e, &b, NULL, NULL), TD_ERR_CONFLICT);
    td_engine_close(e);
    td_store_close(st);
}

TD_TEST(test_engine__copy_gets_copy_of_and_story)
{
    struct td_store *st;
    struct td_engine *e;
    struct td_article a, b;
    struct td_article_list l;
    struct td_engine_counts c;
    enum td_add_status status;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    article(&a, "orig", ferry_en_title, ferry_en);
    /* A re-run of the body under another headline is an exact copy. */
    article(&b, "copy", "Valdemora ferries stop", ferry_en);
    b.source = (char *)"Another Outlet";
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    article(&a, "chess", chess_title, chess);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    ASSERT_OK(td_engine_add(e, &b, &status, NULL));
    ASSERT_EQ_INT(status, TD_ADD_COPY);
    ASSERT_OK(td_engine_flush(e, NULL));
    td_engine_counts(e, &c);
    ASSERT_EQ_INT(c.stored, 3);
    ASSERT_EQ_INT(c.copies, 1);
    ASSERT_EQ_INT(story_of(st, "copy"), story_of(st, "orig"));
    ASSERT_OK(td_query_story(st, story_of(st, "orig"), &l, NULL));
    ASSERT_EQ_INT(l.n, 2);
    ASSERT_STREQ(l.items[0].id, "orig");
    ASSERT_TRUE(l.items[0].copy_of == NULL);
    ASSERT_STREQ(l.items[1].id, "copy");
    ASSERT_STREQ(l.items[1].copy_of, "orig");
    ASSERT_STREQ(l.items[1].source, "Another Outlet");
    td_article_list_release(&l);
    td_engine_close(e);
    td_store_close(st);
}

static enum td_err first_id(void *ctx, const char *id, int64_t story)
{
    (void)story;
    if (((char *)ctx)[0] == '\0')
        (void)snprintf(ctx, 64, "%s", id);
    return TD_OK;
}

TD_TEST(test_engine__idless_article_uses_content_hash)
{
    struct td_store *st;
    struct td_engine *e;
    struct td_article a;
    uint8_t h[DEDUP_HASH_BYTES];
    char want[2 * DEDUP_HASH_BYTES + 1], got[64] = "";
    enum td_add_status status;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    article(&a, NULL, chess_title, chess);
    ASSERT_OK(td_engine_add(e, &a, &status, NULL));
    ASSERT_EQ_INT(status, TD_ADD_STORED);
    /* Articles reach the store when their batch is written. */
    ASSERT_OK(td_query_assignment(st, first_id, got, NULL));
    ASSERT_STREQ(got, "");
    ASSERT_OK(td_engine_flush(e, NULL));
    ASSERT_OK(td_query_assignment(st, first_id, got, NULL));
    dedup_content_hash(&a, h);
    dedup_hex(h, want);
    ASSERT_EQ_INT(strlen(got), 32);
    ASSERT_EQ_INT(strspn(got, "0123456789abcdef"), 32);
    ASSERT_STREQ(got, want);
    /* The same content again, with other fields changed, is the same id-less record. */
    a.source = (char *)"Wire";
    ASSERT_OK(td_engine_add(e, &a, &status, NULL));
    ASSERT_EQ_INT(status, TD_ADD_DUPLICATE);
    td_engine_close(e);
    td_store_close(st);
}

TD_TEST(test_engine__batch_size_commits)
{
    struct td_engine_opts o = TD_ENGINE_OPTS_INIT;
    struct td_store *st;
    struct td_engine *e;
    struct td_article a;
    struct td_engine_counts c;

    o.batch_size = 2;
    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, &o, &e, NULL));
    article(&a, "b1", ferry_en_title, ferry_en);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    td_engine_counts(e, &c);
    ASSERT_EQ_INT(c.stored, 0);
    article(&a, "b2", chess_title, chess);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    td_engine_counts(e, &c);
    ASSERT_EQ_INT(c.stored, 2);
    td_engine_close(e);
    td_store_close(st);
}

TD_TEST(test_engine__close_without_flush_loses_batch)
{
    char path[512];
    struct td_store *st;
    struct td_engine *e;
    struct td_article a;

    (void)snprintf(path, sizeof(path), "%s/lost.db", td_test_tmpdir());
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    article(&a, "gone", ferry_en_title, ferry_en);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    td_engine_close(e);
    td_store_close(st);
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_EQ_INT(stored_articles(st), 0);
    /* The id was never stored, so adding it again stores it. */
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    ASSERT_OK(td_engine_flush(e, NULL));
    ASSERT_EQ_INT(stored_articles(st), 1);
    td_engine_close(e);
    td_store_close(st);
}

/* Adds and flushes one article in a fresh engine on `st`. */
static enum td_err add_one(struct td_store *st, const struct td_article *a,
                           enum td_add_status *status)
{
    struct td_engine *e;
    enum td_err rc = td_engine_open(st, NULL, &e, NULL);

    if (rc != TD_OK)
        return rc;
    rc = td_engine_add(e, a, status, NULL);
    if (rc == TD_OK)
        rc = td_engine_flush(e, NULL);
    td_engine_close(e);
    return rc;
}

/*
 * Two engines on one database file (two `tidings ingest` runs, or the
 * server and an ingest): each numbers events and documents from the state
 * it replayed, so the second one's batch would reuse event ids of the
 * first one's articles and move rows by seqs that are not its own. The
 * second flush must refuse, and a fresh engine carries on from the store.
 */
TD_TEST(test_engine__second_writer_is_refused)
{
    char path[512];
    struct td_store *st1, *st2;
    struct td_engine *e1, *e2;
    struct td_article a;
    struct td_error err;
    bool outdated = true;

    (void)snprintf(path, sizeof(path), "%s/two_writers.db", td_test_tmpdir());
    ASSERT_OK(td_store_open(path, &st1, NULL));
    ASSERT_OK(td_store_open(path, &st2, NULL));
    ASSERT_OK(td_engine_open(st1, NULL, &e1, NULL));
    ASSERT_OK(td_engine_open(st2, NULL, &e2, NULL));
    article(&a, "chess-1", chess_title, chess);
    ASSERT_OK(td_engine_add(e1, &a, NULL, NULL));
    ASSERT_OK(td_engine_flush(e1, NULL));
    ASSERT_OK(td_engine_outdated(e1, &outdated, NULL));
    ASSERT_TRUE(!outdated);
    ASSERT_OK(td_engine_outdated(e2, &outdated, NULL));
    ASSERT_TRUE(outdated);
    article(&a, "ferry-1", ferry_en_title, ferry_en);
    ASSERT_OK(td_engine_add(e2, &a, NULL, NULL));
    ASSERT_EQ_INT(td_engine_flush(e2, &err), TD_ERR_BUSY);
    ASSERT_TRUE(strstr(err.msg, "another") != NULL);
    ASSERT_EQ_INT(stored_articles(st1), 1);
    td_engine_close(e2);
    /* A new engine replays what the other one wrote and stores the article. */
    ASSERT_OK(add_one(st2, &a, NULL));
    ASSERT_EQ_INT(stored_articles(st1), 2);
    ASSERT_EQ_INT(story_of(st1, "chess-1"), 1);
    ASSERT_EQ_INT(story_of(st1, "ferry-1"), 2);
    td_engine_close(e1);
    td_store_close(st2);
    td_store_close(st1);
}

TD_TEST(test_engine__reopen_rebuilds_state)
{
    char path[512];
    struct td_store *st;
    struct td_article a;
    enum td_add_status status;

    (void)snprintf(path, sizeof(path), "%s/rebuild.db", td_test_tmpdir());
    ASSERT_OK(td_store_open(path, &st, NULL));
    article(&a, "ferry-1", ferry_en_title, ferry_en);
    dated(&a, "2024-03-04", 1709510400);
    ASSERT_OK(add_one(st, &a, NULL));
    article(&a, "chess-1", chess_title, chess);
    dated(&a, "2024-03-03", 1709424000);
    ASSERT_OK(add_one(st, &a, NULL));
    td_store_close(st);
    ASSERT_OK(td_store_open(path, &st, NULL));
    article(&a, "ferry-2", ferry_en2_title, ferry_en2);
    dated(&a, "2024-03-05", 1709596800);
    ASSERT_OK(add_one(st, &a, &status));
    ASSERT_EQ_INT(status, TD_ADD_STORED);
    ASSERT_EQ_INT(story_of(st, "ferry-1"), 1);
    ASSERT_EQ_INT(story_of(st, "chess-1"), 2);
    ASSERT_EQ_INT(story_of(st, "ferry-2"), 1);
    /* And the stored ids are known after reopening. */
    article(&a, "chess-1", chess_title, chess);
    dated(&a, "2024-03-03", 1709424000);
    ASSERT_OK(add_one(st, &a, &status));
    ASSERT_EQ_INT(status, TD_ADD_DUPLICATE);
    td_store_close(st);
}

/* A follow-up of the ferry strike two years later: same people, other words. */
static const char *const ferry_late_title = "Court rules on the Valdemora ferry dispute";
static const char *const ferry_late =
    "Two years after the walkout, a labour court in Valdemora ruled that Marisol Lines must "
    "pay the crews the wages withheld during the strike. Inés Carvalho, who led the union "
    "then, called the judgment overdue.";
static const char *const ferry_late2_title = "Marisol Lines will appeal the Valdemora ruling";
static const char *const ferry_late2 =
    "Marisol Lines said on Tuesday it would appeal the Valdemora labour court judgment on "
    "withheld wages. Inés Carvalho urged the company to pay the crews instead.";

/* The stream of the two-level tests: id, title, text, date, Unix time. */
static const struct {
    const char *id, *title, *text, *date;
    int64_t at;
} levels[] = {
    {"ferry-1", ferry_en_title, ferry_en, "2024-03-04", 1709510400},
    {"chess-1", chess_title, chess, "2024-03-03", 1709424000},
    {"ferry-2", ferry_en2_title, ferry_en2, "2024-03-05", 1709596800},
    {"ferry-late", ferry_late_title, ferry_late, "2026-05-11", 1778457600},
    {"ferry-late2", ferry_late2_title, ferry_late2, "2026-05-12", 1778544000},
};
#define NLEVELS (sizeof(levels) / sizeof(levels[0]))

/* The event and story of every article of `levels`, in that order. */
struct level_ids {
    int64_t event[NLEVELS], story[NLEVELS];
    enum td_level level;
};

static enum td_err on_level(void *ctx, const char *id, int64_t cluster)
{
    struct level_ids *l = ctx;
    size_t i;

    for (i = 0; i < NLEVELS; i++) {
        if (strcmp(levels[i].id, id) != 0)
            continue;
        if (l->level == TD_LEVEL_EVENT)
            l->event[i] = cluster;
        else
            l->story[i] = cluster;
    }
    return TD_OK;
}

static enum td_err read_levels(struct td_store *st, struct level_ids *l)
{
    enum td_err rc;

    memset(l, 0, sizeof(*l));
    l->level = TD_LEVEL_EVENT;
    rc = td_query_assignment_at(st, TD_LEVEL_EVENT, on_level, l, NULL);
    l->level = TD_LEVEL_STORY;
    return rc == TD_OK ? td_query_assignment_at(st, TD_LEVEL_STORY, on_level, l, NULL) : rc;
}

/* Adds levels[from..to) through a fresh engine on `st`. */
static enum td_err add_levels(struct td_store *st, size_t from, size_t to)
{
    struct td_engine *e;
    enum td_err rc = td_engine_open(st, NULL, &e, NULL);
    size_t i;

    for (i = from; rc == TD_OK && i < to; i++) {
        struct td_article a;
        article(&a, levels[i].id, levels[i].title, levels[i].text);
        dated(&a, levels[i].date, levels[i].at);
        rc = td_engine_add(e, &a, NULL, NULL);
    }
    if (rc == TD_OK)
        rc = td_engine_flush(e, NULL);
    td_engine_close(e);
    return rc;
}

TD_TEST(test_engine__events_inside_storylines)
{
    struct td_store *st;
    struct level_ids l;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(add_levels(st, 0, NLEVELS));
    ASSERT_OK(read_levels(st, &l));
    /* Events: the strike (days apart), the ruling two years later, the chess final. */
    ASSERT_EQ_INT(l.event[2], l.event[0]);
    ASSERT_EQ_INT(l.event[4], l.event[3]);
    ASSERT_TRUE(l.event[3] != l.event[0] && l.event[1] != l.event[0] && l.event[1] != l.event[3]);
    /* Stories: the strike and its ruling are one storyline; chess is another. */
    ASSERT_EQ_INT(l.story[3], l.story[0]);
    ASSERT_EQ_INT(l.story[2], l.story[0]);
    ASSERT_EQ_INT(l.story[4], l.story[0]);
    ASSERT_TRUE(l.story[1] != l.story[0]);
    td_store_close(st);
}

TD_TEST(test_engine__reopen_rebuilds_both_levels)
{
    char path[512];
    struct td_store *st;
    struct level_ids once, split;
    size_t i;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(add_levels(st, 0, NLEVELS));
    ASSERT_OK(read_levels(st, &once));
    td_store_close(st);
    /* The same stream with a restart before the follow-ups decides the same. */
    (void)snprintf(path, sizeof(path), "%s/levels.db", td_test_tmpdir());
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_OK(add_levels(st, 0, 3));
    td_store_close(st);
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_OK(add_levels(st, 3, 4));
    td_store_close(st);
    ASSERT_OK(td_store_open(path, &st, NULL));
    ASSERT_OK(add_levels(st, 4, NLEVELS));
    ASSERT_OK(read_levels(st, &split));
    for (i = 0; i < NLEVELS; i++) {
        ASSERT_EQ_INT(split.event[i], once.event[i]);
        ASSERT_EQ_INT(split.story[i], once.story[i]);
    }
    ASSERT_EQ_INT(td_query_assignment_at(st, (enum td_level)7, on_level, &split, NULL),
                  TD_ERR_INVALID);
    td_store_close(st);
}

TD_TEST(test_engine__invalid_utf8_is_rejected)
{
    static const char *const bad[][2] = {
        {"Ferry strike", "The port was closed \xff\xfe today."},
        {"Bad \xc3\x28 title", "A perfectly fine body about the Valdemora port."},
        {"Truncated", "Ends in the middle of a character \xe2\x82"},
    };
    struct td_store *st;
    struct td_engine *e;
    struct td_article a;
    struct td_error err;
    enum td_add_status status;
    char *huge;
    size_t i;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        article(&a, "bad", bad[i][0], bad[i][1]);
        /* Nobody vouched for the text (`valid_utf8` unset): the engine checks it. */
        ASSERT_TRUE(!a.valid_utf8);
        ASSERT_EQ_INT(td_engine_add(e, &a, NULL, &err), TD_ERR_INVALID);
        ASSERT_EQ_INT(err.code, TD_ERR_INVALID);
    }
    /* A body over the text limit is refused, not analysed unchecked. */
    huge = td_malloc(TD_MAX_TEXT_FILE_BYTES + 2);
    ASSERT_TRUE(huge != NULL);
    memset(huge, 'a', TD_MAX_TEXT_FILE_BYTES + 1);
    huge[TD_MAX_TEXT_FILE_BYTES + 1] = '\0';
    article(&a, "huge", "Too long", huge);
    ASSERT_EQ_INT(td_engine_add(e, &a, NULL, &err), TD_ERR_TOO_LARGE);
    /* Vouching for the bytes does not lift the size limit. */
    a.valid_utf8 = true;
    ASSERT_EQ_INT(td_engine_add(e, &a, NULL, &err), TD_ERR_TOO_LARGE);
    td_free(huge);
    article(&a, NULL, NULL, NULL);
    ASSERT_EQ_INT(td_engine_add(e, &a, NULL, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_engine_add(e, NULL, NULL, NULL), TD_ERR_INVALID);
    /* Nothing was stored and the engine still works, also for the same id. */
    article(&a, "bad", ferry_en_title, ferry_en);
    ASSERT_OK(td_engine_add(e, &a, &status, NULL));
    ASSERT_EQ_INT(status, TD_ADD_STORED);
    ASSERT_OK(td_engine_flush(e, NULL));
    ASSERT_EQ_INT(stored_articles(st), 1);
    ASSERT_EQ_INT(story_of(st, "bad"), 1);
    td_engine_close(e);
    td_store_close(st);
}

/* One article of a clustering scenario and the article whose story it must share. */
struct scenario_row {
    const char *id, *lang, *title, *text;
    const char *same_as; /* NULL: a story of its own */
};

/* Adds the rows in order, dated 2024-03-04 an hour apart, and flushes. */
static void add_rows(struct td_engine *e, const struct scenario_row *rows, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        struct td_article a;
        article(&a, rows[i].id, rows[i].title, rows[i].text);
        a.lang = (char *)rows[i].lang;
        dated(&a, "2024-03-04", 1709510400 + (int64_t)i * 3600);
        ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    }
    ASSERT_OK(td_engine_flush(e, NULL));
}

/* Adds the rows in order, then checks which stories they share. */
static void run_scenario(const struct scenario_row *rows, size_t n)
{
    struct td_store *st;
    struct td_engine *e;
    size_t i, j;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    add_rows(e, rows, n);
    for (i = 0; i < n; i++) {
        int64_t s = story_of(st, rows[i].id);
        ASSERT_TRUE(s >= 1);
        for (j = 0; j < n; j++) {
            bool want = j == i || (rows[i].same_as && strcmp(rows[i].same_as, rows[j].id) == 0) ||
                        (rows[j].same_as && strcmp(rows[j].same_as, rows[i].id) == 0);
            if ((story_of(st, rows[j].id) == s) != want)
                td_test_fail(__FILE__, __LINE__, "'%s' and '%s' should %sshare a story", rows[i].id,
                             rows[j].id, want ? "" : "not ");
        }
    }
    td_engine_close(e);
    td_store_close(st);
}

TD_TEST(test_engine__same_event_joins_different_events_split)
{
    static const struct scenario_row rows[] = {
        {"ferry-1", NULL, ferry_en_title, ferry_en, NULL},
        {"chess-1", NULL, chess_title, chess, NULL},
        {"ferry-2", NULL, ferry_en2_title, ferry_en2, "ferry-1"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

TD_TEST(test_engine__spanish_and_english_join_by_names)
{
    static const struct scenario_row rows[] = {
        {"ferry-en", "en", ferry_en_title, ferry_en, NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"ferry-es", "es", ferry_es_title, ferry_es, "ferry-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

TD_TEST(test_engine__detected_language_is_stored)
{
    struct td_store *st;
    struct td_engine *e;
    struct td_article a;
    struct td_stats s;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    article(&a, "es", ferry_es_title, ferry_es);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    article(&a, "en", chess_title, chess);
    a.lang = (char *)"English";
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    ASSERT_OK(td_engine_flush(e, NULL));
    ASSERT_OK(td_query_stats(st, &s, NULL));
    ASSERT_EQ_INT(s.nlangs, 2);
    ASSERT_STREQ(s.langs[0].lang, "en");
    ASSERT_STREQ(s.langs[1].lang, "es");
    td_stats_release(&s);
    td_engine_close(e);
    td_store_close(st);
}

/*
 * A Russian body longer than the 4 KiB that detection reads, with the cut
 * inside a letter (one ASCII byte first, then two-byte letters): the
 * sample ends between characters and the language is still found.
 */
TD_TEST(test_engine__long_bodies_are_detected_whatever_the_cut)
{
    static const char ru[] = "Мэр города сказал в понедельник, что мост через гавань закроют на "
                             "две недели после того, как инспекторы нашли трещины в балке. ";
    struct td_store *st;
    struct td_engine *e;
    struct td_article a;
    struct td_stats s;
    struct td_buf body;

    td_buf_init(&body, 0);
    ASSERT_OK(td_buf_addc(&body, '"'));
    while (body.len < 6000)
        ASSERT_OK(td_buf_adds(&body, ru));
    ASSERT_TRUE(((unsigned char)body.data[4096] & 0xC0) == 0x80);
    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    article(&a, "ru-long", "", body.data);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    ASSERT_OK(td_engine_flush(e, NULL));
    ASSERT_OK(td_query_stats(st, &s, NULL));
    ASSERT_EQ_INT(s.nlangs, 1);
    ASSERT_STREQ(s.langs[0].lang, "ru");
    td_stats_release(&s);
    td_engine_close(e);
    td_store_close(st);
    td_buf_release(&body);
}

/* One add under allocation failure `n` on a fresh engine; returns its code. */
static enum td_err add_failing(long n, const struct td_article *a, bool *broken_ok)
{
    struct td_store *st;
    struct td_engine *e;
    enum td_err rc;

    *broken_ok = true;
    if (td_store_open(":memory:", &st, NULL) != TD_OK)
        return TD_ERR_INTERNAL;
    if (td_engine_open(st, NULL, &e, NULL) != TD_OK) {
        td_store_close(st);
        return TD_ERR_INTERNAL;
    }
    alloc_fail_after(n);
    rc = td_engine_add(e, a, NULL, NULL);
    alloc_fail_after(-1);
    /* After a failure the engine refuses further work. */
    if (rc != TD_OK)
        *broken_ok = td_engine_add(e, a, NULL, NULL) == TD_ERR_INTERNAL &&
                     td_engine_flush(e, NULL) == TD_ERR_INTERNAL;
    td_engine_close(e);
    td_store_close(st);
    return rc;
}

TD_TEST(test_engine__oom_add)
{
    struct td_article a;
    enum td_err rc = TD_ERR_NOMEM;
    bool broken_ok;
    long n;

    article(&a, "oom", ferry_en_title, ferry_en);
    for (n = 0; rc != TD_OK; n++) {
        rc = add_failing(n, &a, &broken_ok);
        if (rc != TD_OK && rc != TD_ERR_NOMEM)
            td_test_fail(__FILE__, __LINE__, "failure %ld gave %s", n, td_errname(rc));
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        ASSERT_TRUE(broken_ok);
    }
    ASSERT_TRUE(n > 1);
}

TD_TEST(test_engine__corrupt_stored_vector_is_parse_error)
{
    static const unsigned char terms[5] = {1, 2, 3, 4, 5};
    struct td_store *st;
    struct td_engine *e = NULL;
    struct td_article a;
    struct store_article_row r;
    uint8_t h[STORE_HASH_BYTES];
    struct td_error err;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    article(&a, "corrupt", ferry_en_title, ferry_en);
    memset(h, 1, sizeof(h));
    memset(&r, 0, sizeof(r));
    r.art = &a;
    r.lang = "en";
    r.story = 1;
    r.terms = terms;
    r.terms_len = sizeof(terms);
    r.record_hash = h;
    r.content_hash = h;
    ASSERT_OK(store_insert_article(st, &r, NULL));
    ASSERT_EQ_INT(td_engine_open(st, NULL, &e, &err), TD_ERR_PARSE);
    ASSERT_TRUE(e == NULL);
    ASSERT_TRUE(strstr(err.msg, "corrupt") != NULL);
    td_store_close(st);
}

TD_TEST(test_engine__oom_open_with_replay)
{
    struct td_store *st;
    struct td_engine *e;
    struct td_article a;
    enum td_err rc = TD_ERR_NOMEM;
    long n;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    article(&a, "r1", ferry_en_title, ferry_en);
    ASSERT_OK(add_one(st, &a, NULL));
    article(&a, "r2", chess_title, chess);
    ASSERT_OK(add_one(st, &a, NULL));
    for (n = 0; rc != TD_OK; n++) {
        e = NULL;
        alloc_fail_after(n);
        rc = td_engine_open(st, NULL, &e, NULL);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || (rc == TD_ERR_NOMEM && e == NULL));
    }
    ASSERT_TRUE(n > 1);
    article(&a, "r3", ferry_en2_title, ferry_en2);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    ASSERT_OK(td_engine_flush(e, NULL));
    ASSERT_EQ_INT(story_of(st, "r3"), story_of(st, "r1"));
    td_engine_close(e);
    td_store_close(st);
}

/*
 * A report and its translation that share no word and no name as written:
 * only countries ("Germany"/"Alemania", "United States"/"Estados Unidos",
 * which iso-codes translates) and figures written each language's way
 * ("4.5 billion"/"4.500 millones", "1,200"/"1.200"). Needs iso-codes, as
 * the engine does.
 */
TD_TEST(test_engine__countries_and_figures_join_across_languages)
{
    static const struct scenario_row rows[] = {
        {"pact-en", "en", "Germany and Japan sign trade pact",
         "Trade ministers of Germany and Japan signed a pact worth 4.5 billion euros on Monday. "
         "The United States welcomed the deal, which cuts tariffs on 1,200 products.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"pact-es", "es", "Alemania y Japón firman un pacto comercial",
         "Los ministros de comercio de Alemania y Japón firmaron el lunes un pacto por valor de "
         "4.500 millones de euros. Estados Unidos celebró el acuerdo, que reduce los aranceles "
         "de 1.200 productos.",
         "pact-en"},
    };
    const struct td_gazetteer *gaz = NULL;
    char code[3];

    ASSERT_OK(td_gazetteer_shared(&gaz));
    ASSERT_TRUE(gaz != NULL);
    ASSERT_TRUE(td_gazetteer_country(gaz, "alemania", 8, code));
    ASSERT_STREQ(code, "DE");
    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Sets `*joins` to whether the body-less German headline `hl` shares the
 * English ferry report's story, after the English and Spanish ferry reports
 * and the chess report, with the event model `model_path` (NULL: the
 * built-in one).
 */
static void headline_joins_ferry(const char *model_path, const char *hl, bool *joins)
{
    static const struct scenario_row rows[] = {
        {"ferry-en", "en", ferry_en_title, ferry_en, NULL},
        {"ferry-es", "es", ferry_es_title, ferry_es, NULL},
        {"chess-en", "en", chess_title, chess, NULL},
    };
    struct td_engine_opts o = TD_ENGINE_OPTS_INIT;
    struct td_store *st;
    struct td_engine *e;
    struct td_article a;
    int64_t ferry, head;
    size_t i;

    o.model_path = model_path;
    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, &o, &e, NULL));
    for (i = 0; i <= 3; i++) {
        if (i < 3) {
            article(&a, rows[i].id, rows[i].title, rows[i].text);
            a.lang = (char *)rows[i].lang;
        } else {
            article(&a, "head-de", hl, "");
            a.lang = (char *)"de";
        }
        dated(&a, "2024-03-04", 1709510400 + (int64_t)i * 3600);
        ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    }
    ASSERT_OK(td_engine_flush(e, NULL));
    ferry = story_of(st, "ferry-en");
    head = story_of(st, "head-de");
    ASSERT_TRUE(ferry >= 1 && head >= 1);
    ASSERT_TRUE(story_of(st, "chess-en") != head);
    td_engine_close(e);
    td_store_close(st);
    *joins = ferry == head;
}

/*
 * A headline with no body is linked by the names in its title when the
 * model turns `option.title_names` on (the built-in one does); a model
 * that leaves it off reads names from the body only, so the same headline
 * stands alone.
 */
TD_TEST(test_engine__title_only_item_gets_names_from_title)
{
    static const char off[] = "tidings-event-model 1\nrank.cos 1\njoin.bias -0.25\njoin.cos 1\n"
                              "option.xl_shared_only 1\n";
    static const char hl[] =
        "Streik in Valdemora: Inés Carvalho lehnt Angebot von Marisol Lines ab";
    char path[1024];
    bool joins = false;
    FILE *f;

    headline_joins_ferry(NULL, hl, &joins);
    ASSERT_TRUE(joins);
    ASSERT_TRUE(snprintf(path, sizeof(path), "%s/off.model", td_test_tmpdir()) < (int)sizeof(path));
    f = fopen(path, "w");
    ASSERT_TRUE(f != NULL);
    ASSERT_TRUE(fputs(off, f) >= 0);
    ASSERT_TRUE(fclose(f) == 0);
    headline_joins_ferry(path, hl, &joins);
    ASSERT_TRUE(!joins);
}

/*
 * Writes `m` as a model file named `tag`.model in the test folder, opens a
 * fresh in-memory store and an engine with that model, and adds `rows`
 * (dated 2024-03-04, an hour apart) and flushes; the caller checks and
 * closes `*e` and `*st`.
 */
static void ingest_with_model(const struct cluster_model *m, const char *tag,
                              const struct scenario_row *rows, size_t n, struct td_store **st,
                              struct td_engine **e)
{
    struct td_engine_opts o = TD_ENGINE_OPTS_INIT;
    struct td_buf text = TD_BUF_INIT;
    char path[1024];
    FILE *f;

    ASSERT_OK(model_format(m, NULL, &text));
    ASSERT_TRUE(snprintf(path, sizeof(path), "%s/%s.model", td_test_tmpdir(), tag) <
                (int)sizeof(path));
    f = fopen(path, "w");
    ASSERT_TRUE(f != NULL);
    ASSERT_TRUE(fwrite(text.data, 1, text.len, f) == text.len);
    ASSERT_TRUE(fclose(f) == 0);
    td_buf_release(&text);
    o.model_path = path;
    ASSERT_OK(td_store_open(":memory:", st, NULL));
    ASSERT_OK(td_engine_open(*st, &o, e, NULL));
    add_rows(*e, rows, n);
}

/*
 * Sets `*joins` to whether the Korean rail-strike report shares the English
 * one's story, with the built-in event model and option.cjk_countries as
 * `on` says.
 */
static void korean_strike_joins(bool on, bool *joins)
{
    static const struct scenario_row rows[] = {
        {"strike-en", "en", "Strike halts trains across France",
         "A national rail strike halted most trains across France on Tuesday. Unions in France "
         "oppose the pension reform, and commuters waited for hours at the stations.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"strike-ko", "ko", "프랑스 철도 파업",
         "프랑스에서 화요일 전국 철도 파업으로 대부분의 열차가 멈췄다. 프랑스의 노조는 연금 "
         "개혁에 반대하며 통근자들은 역에서 몇 시간 동안 기다렸다.",
         NULL},
    };
    struct cluster_model m;
    struct td_store *st;
    struct td_engine *e;

    ASSERT_OK(model_default(&m, NULL));
    m.opt_cjk_countries = on ? 1.0 : 0.0;
    ingest_with_model(&m, on ? "cjk1" : "cjk0", rows, sizeof(rows) / sizeof(rows[0]), &st, &e);
    *joins = story_of(st, "strike-ko") == story_of(st, "strike-en");
    ASSERT_TRUE(story_of(st, "chess-en") != story_of(st, "strike-en"));
    td_engine_close(e);
    td_store_close(st);
}

/*
 * Korean, Japanese and Chinese write a country by its own name ("프랑스의"):
 * under option.cjk_countries (off in the built-in model) it counts as the
 * country's anchor, as "France" does, and the Korean report that shares
 * nothing else with the English one joins it; without the option it stays
 * apart.
 */
TD_TEST(test_engine__cjk_country_names_meet_latin_ones_under_the_option)
{
    bool joins = false;

    korean_strike_joins(true, &joins);
    ASSERT_TRUE(joins);
    korean_strike_joins(false, &joins);
    ASSERT_TRUE(!joins);
}

static int64_t event_of(struct td_store *st, const char *id);

/*
 * Ingests `first`, an unrelated chess report and `row` under model `m`
 * (store tag `tag`), and sets `*joins` to whether `row` shares the event of
 * `first`; the chess report must keep a story of its own.
 */
static void second_joins(const struct scenario_row *first, const struct scenario_row *row,
                         const struct cluster_model *m, const char *tag, bool *joins)
{
    struct scenario_row rows[] = {*first, {"chess-en", "en", chess_title, chess, NULL}, *row};
    struct td_store *st;
    struct td_engine *e;

    ingest_with_model(m, tag, rows, sizeof(rows) / sizeof(rows[0]), &st, &e);
    *joins = event_of(st, row->id) == event_of(st, first->id);
    ASSERT_TRUE(story_of(st, "chess-en") != story_of(st, first->id));
    td_engine_close(e);
    td_store_close(st);
}

/*
 * Sets `*joins` to whether the report `row` shares the English ferry
 * report's event, with the built-in event model and option.zone_cities as
 * `on` says.
 */
static void city_report_joins(const struct scenario_row *row, bool on, bool *joins)
{
    static const struct scenario_row ferry = {
        "ferry-en", "en", "Strong winds stop the ferries in Sydney",
        "Strong winds stopped the ferries in Sydney on Tuesday. In Sydney the harbour stayed "
        "shut for hours, and commuters waited at the wharves.",
        NULL};
    struct cluster_model m;
    char tag[64];

    ASSERT_OK(model_default(&m, NULL));
    m.opt_zone_cities = on ? 1.0 : 0.0;
    (void)snprintf(tag, sizeof(tag), "%s%d", row->id, on ? 1 : 0);
    second_joins(&ferry, row, &m, tag, joins);
}

/*
 * Under option.zone_cities (on in the built-in model) a zone city written
 * in Han or kana (ICU's exemplar names, td_gazetteer_cities()) counts as
 * its English name at the event level: a Chinese and a Japanese report
 * that share nothing else with the English one but Sydney join its event;
 * the same reports naming Melbourne instead do not, nor does the Chinese
 * one without the option. A Russian report is read by the name path as
 * without the option (names.c leaves Cyrillic cities to it).
 */
TD_TEST(test_engine__zone_cities_meet_across_scripts_under_the_option)
{
    static const struct scenario_row rows[][2] = {
        {{"ferry-zh", "zh", "\xE6\x82\x89\xE5\xB0\xBC\xE5\xBC\xBA\xE9\xA3\x8E",
          "\xE5\x91\xA8\xE4\xBA\x8C\xE5\xBC\xBA\xE9\xA3\x8E\xE5\xAF\xBC\xE8\x87\xB4"
          "\xE6\x82\x89\xE5\xB0\xBC\xE6\xB8\xA1\xE8\xBD\xAE\xE5\x81\x9C\xE8\xBF\x90"
          "\xE3\x80\x82\xE6\x82\x89\xE5\xB0\xBC\xE6\xB8\xAF\xE5\x85\xB3\xE9\x97\xAD"
          "\xE6\x95\xB0\xE5\xB0\x8F\xE6\x97\xB6\xE3\x80\x82",
          NULL},
         {"ferry-zh-mel", "zh", "\xE5\xA2\xA8\xE5\xB0\x94\xE6\x9C\xAC\xE5\xBC\xBA\xE9\xA3\x8E",
          "\xE5\x91\xA8\xE4\xBA\x8C\xE5\xBC\xBA\xE9\xA3\x8E\xE5\xAF\xBC\xE8\x87\xB4"
          "\xE5\xA2\xA8\xE5\xB0\x94\xE6\x9C\xAC\xE6\xB8\xA1\xE8\xBD\xAE\xE5\x81\x9C"
          "\xE8\xBF\x90\xE3\x80\x82\xE5\xA2\xA8\xE5\xB0\x94\xE6\x9C\xAC\xE6\xB8\xAF"
          "\xE5\x85\xB3\xE9\x97\xAD\xE6\x95\xB0\xE5\xB0\x8F\xE6\x97\xB6\xE3\x80\x82",
          NULL}},
        {{"ferry-ja", "ja",
          "\xE3\x82\xB7\xE3\x83\x89\xE3\x83\x8B\xE3\x83\xBC\xE3\x81\xA7\xE5\xBC\xB7"
          "\xE9\xA2\xA8",
          "\xE7\x81\xAB\xE6\x9B\x9C\xE6\x97\xA5\xE3\x80\x81\xE5\xBC\xB7\xE9\xA2\xA8"
          "\xE3\x81\xAE\xE3\x81\x9F\xE3\x82\x81\xE3\x82\xB7\xE3\x83\x89\xE3\x83\x8B"
          "\xE3\x83\xBC\xE3\x81\xAE\xE6\xB8\xAF\xE3\x81\x8C\xE9\x96\x89\xE9\x8E\x96"
          "\xE3\x81\x95\xE3\x82\x8C\xE3\x81\x9F\xE3\x80\x82\xE3\x82\xB7\xE3\x83\x89"
          "\xE3\x83\x8B\xE3\x83\xBC\xE3\x81\xAF\xE6\x95\xB0\xE6\x99\x82\xE9\x96\x93"
          "\xE6\xB7\xB7\xE4\xB9\xB1\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82",
          NULL},
         {"ferry-ja-mel", "ja",
          "\xE3\x83\xA1\xE3\x83\xAB\xE3\x83\x9C\xE3\x83\xAB\xE3\x83\xB3\xE3\x81\xA7"
          "\xE5\xBC\xB7\xE9\xA2\xA8",
          "\xE7\x81\xAB\xE6\x9B\x9C\xE6\x97\xA5\xE3\x80\x81\xE5\xBC\xB7\xE9\xA2\xA8"
          "\xE3\x81\xAE\xE3\x81\x9F\xE3\x82\x81\xE3\x83\xA1\xE3\x83\xAB\xE3\x83\x9C"
          "\xE3\x83\xAB\xE3\x83\xB3\xE3\x81\xAE\xE6\xB8\xAF\xE3\x81\x8C\xE9\x96\x89"
          "\xE9\x8E\x96\xE3\x81\x95\xE3\x82\x8C\xE3\x81\x9F\xE3\x80\x82\xE3\x83\xA1"
          "\xE3\x83\xAB\xE3\x83\x9C\xE3\x83\xAB\xE3\x83\xB3\xE3\x81\xAF\xE6\x95\xB0"
          "\xE6\x99\x82\xE9\x96\x93\xE6\xB7\xB7\xE4\xB9\xB1\xE3\x81\x97\xE3\x81\x9F"
          "\xE3\x80\x82",
          NULL}},
        {{"ferry-ru", "ru",
          "\xD0\x92 \xD0\xA1\xD0\xB8\xD0\xB4\xD0\xBD\xD0\xB5\xD0\xB5 "
          "\xD1\x88\xD1\x82\xD0\xBE\xD1\x80\xD0\xBC",
          "\xD0\x92\xD0\xBE \xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD0\xBD\xD0\xB8\xD0\xBA "
          "\xD0\xB2 \xD0\xA1\xD0\xB8\xD0\xB4\xD0\xBD\xD0\xB5\xD0\xB5 \xD0\xBE\xD1\x81"
          "\xD1\x82\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB8\xD1\x81"
          "\xD1\x8C \xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBC\xD1\x8B. \xD0\x93\xD0\xB0"
          "\xD0\xB2\xD0\xB0\xD0\xBD\xD1\x8C \xD0\xA1\xD0\xB8\xD0\xB4\xD0\xBD\xD0\xB5"
          "\xD1\x8F \xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD1\x8B\xD0\xBB\xD0\xB8.",
          NULL},
         {"ferry-ru-mel", "ru",
          "\xD0\x92 \xD0\x9C\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xB1\xD1\x83\xD1\x80\xD0\xBD"
          "\xD0\xB5 \xD1\x88\xD1\x82\xD0\xBE\xD1\x80\xD0\xBC",
          "\xD0\x92\xD0\xBE \xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD0\xBD\xD0\xB8\xD0\xBA "
          "\xD0\xB2 \xD0\x9C\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xB1\xD1\x83\xD1\x80\xD0\xBD"
          "\xD0\xB5 \xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB8"
          "\xD0\xBB\xD0\xB8\xD1\x81\xD1\x8C \xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBC"
          "\xD1\x8B. \xD0\x93\xD0\xB0\xD0\xB2\xD0\xB0\xD0\xBD\xD1\x8C \xD0\x9C\xD0\xB5"
          "\xD0\xBB\xD1\x8C\xD0\xB1\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0 \xD0\xB7\xD0\xB0"
          "\xD0\xBA\xD1\x80\xD1\x8B\xD0\xBB\xD0\xB8.",
          NULL}},
    };
    bool joins = false;
    size_t i;

    bool off = false;

    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        city_report_joins(&rows[i][0], true, &joins);
        if (strcmp(rows[i][0].lang, "ru") == 0) {
            city_report_joins(&rows[i][0], false, &off);
            ASSERT_TRUE(joins == off);
            continue;
        }
        ASSERT_TRUE(joins);
        city_report_joins(&rows[i][1], true, &joins);
        ASSERT_TRUE(!joins);
        city_report_joins(&rows[i][0], false, &joins);
        /* Without it katakana and Cyrillic still meet "Sydney" by their readings; Han does not. */
        ASSERT_TRUE(!joins || i > 0);
    }
}

/*
 * Sets `*joins` to whether the report `row` (one name of the pass, spelt
 * its language's way, and nothing else in common) shares the German
 * report's event, with the built-in event model and option.loose_romance
 * as `romance` says.
 */
static void pass_report_joins(const struct scenario_row *row, bool romance, bool *joins)
{
    static const struct scenario_row pass = {
        "pass-de", "de", "Lastwagenbrand am Gotthard",
        "Im Tunnel unter dem Gotthard ist am Dienstag ein Lastwagen in Brand geraten. Der "
        "Tunnel bleibt nach Angaben der Polizei eine Woche gesperrt.",
        NULL};
    struct cluster_model m;

    ASSERT_OK(model_default(&m, NULL));
    m.opt_loose_romance = romance ? 1.0 : 0.0;
    second_joins(&pass, row, &m, romance ? "loose1" : "loose0", joins);
}

/*
 * One name spelt with "th" or a single consonant ("Gothard"), or with a
 * case ending over such a spelling (Polish "Gotarda", base "Gotard"), counts
 * as the name seen spelt otherwise ("Gotthard": text_name_loose()), and a
 * report that shares nothing else joins the event; an Italian "Gottardo"
 * does only under option.loose_romance, which cuts a Romance -o.
 */
TD_TEST(test_engine__loose_spellings_of_a_name_meet)
{
    static const struct scenario_row fr = {
        "pass-fr", "fr", "Incendie sous le Gothard",
        "Un camion a pris feu mardi dans le tunnel routier sous le Gothard. Le tunnel restera "
        "ferm\xc3\xa9 une semaine, selon la police.",
        NULL};
    static const struct scenario_row pl = {
        "pass-pl", "pl",
        "Po\xc5\xbc"
        "ar w tunelu",
        "We wtorek w tunelu pod prze\xc5\x82\x65\x63z\xc4\x85 \xc5\x9awi\xc4\x99tego Gotarda "
        "zapali\xc5\x82\x61 si\xc4\x99 ci\xc4\x99\xc5\xbc\x61r\xc3\xb3wka. Tunel b\xc4\x99\x64zie "
        "zamkni\xc4\x99ty przez tydzie\xc5\x84.",
        NULL};
    static const struct scenario_row it = {
        "pass-it", "it", "Incendio sotto il Gottardo",
        "Un camion ha preso fuoco marted\xc3\xac nella galleria sotto il Gottardo. La galleria "
        "resta chiusa per una settimana, secondo la polizia.",
        NULL};
    bool joins = false;

    pass_report_joins(&fr, false, &joins);
    ASSERT_TRUE(joins);
    pass_report_joins(&pl, false, &joins);
    ASSERT_TRUE(joins);
    pass_report_joins(&it, true, &joins);
    ASSERT_TRUE(joins);
    pass_report_joins(&it, false, &joins);
    ASSERT_TRUE(!joins);
}

/*
 * Sets `*joins` to whether the German report `row` (one invented geyser
 * name, spelt as German spells its sounds, and nothing else in common)
 * shares the English report's event, with the built-in event model.
 */
static void geyser_report_joins(const struct scenario_row *row, bool *joins)
{
    static const struct scenario_row geyser = {
        "geyser-en", "en", "Shevarnik geyser erupts again",
        "The Shevarnik geyser erupted again on Monday after two months of silence, the park "
        "rangers said. Its jet rose higher than the old pines around the basin.",
        NULL};
    struct cluster_model m;

    ASSERT_OK(model_default(&m, NULL));
    second_joins(&geyser, row, &m, "spelling", joins);
}

/*
 * A name from another script that German spells by its own rules ("sch"
 * for "sh", "w" for "v": "Schewarnik" for the English "Shevarnik") counts
 * as the name seen (text_name_loose()), and the German report joins the
 * event; a name of other letters ("Schewarnek") does not.
 */
TD_TEST(test_engine__one_name_in_each_languages_spelling_meets)
{
    static const struct scenario_row de = {
        "geyser-de", "de", "Geysir Schewarnik wieder aktiv",
        "Nach zwei Monaten Ruhe ist der Geysir Schewarnik am Montag wieder ausgebrochen, "
        "teilten die Ranger mit.",
        NULL};
    static const struct scenario_row de_other = {
        "geyser-de", "de", "Geysir Schewarnek wieder aktiv",
        "Nach zwei Monaten Ruhe ist der Geysir Schewarnek am Montag wieder ausgebrochen, "
        "teilten die Ranger mit.",
        NULL};
    bool joins = false;

    geyser_report_joins(&de, &joins);
    ASSERT_TRUE(joins);
    geyser_report_joins(&de_other, &joins);
    ASSERT_TRUE(!joins);
}

/*
 * Sets `*joins` to whether report `b` shares the event of report `a` (one
 * invented town name and nothing else in common, in two languages), with
 * the built-in event model.
 */
static void town_report_joins(const struct scenario_row *a, const struct scenario_row *b, bool on,
                              bool *joins)
{
    struct scenario_row rows[] = {*a, {"chess-en", "en", chess_title, chess, NULL}, *b};
    struct cluster_model m;
    struct td_store *st;
    struct td_engine *e;

    ASSERT_OK(model_default(&m, NULL));
    m.opt_bare_names = on ? 1.0 : 0.0;
    ingest_with_model(&m, on ? "bare1" : "bare0", rows, sizeof(rows) / sizeof(rows[0]), &st, &e);
    *joins = event_of(st, b->id) == event_of(st, a->id);
    ASSERT_TRUE(event_of(st, "chess-en") != event_of(st, a->id));
    td_engine_close(e);
    td_store_close(st);
}

/*
 * Under option.bare_names a town written with its accent in a Spanish
 * report ("Valdr\xc3\xa9n") and without it in an English one ("Valdren":
 * English has no "\xc3\xa9", its papers drop it) is one name
 * (bare_anchor()): the English report, which shares nothing else, joins
 * the event. Not without the option; not a French "Valdren" (French writes
 * "\xc3\xa9": its paper would have kept it, so the plain word may be
 * another); not a town of other letters ("Valdrin").
 */
TD_TEST(test_engine__a_name_without_its_accents_meets_it)
{
    static const struct scenario_row es = {
        "fire-es", "es", "Incendio en el mercado de Valdr\xc3\xa9n",
        "Un incendio destruy\xc3\xb3 el martes el mercado cubierto de Valdr\xc3\xa9n. Los "
        "bomberos de Valdr\xc3\xa9n trabajaron toda la noche y no hubo heridos.",
        NULL};
    static const struct scenario_row en = {
        "fire-en", "en", "Fire destroys Valdren covered market",
        "A fire destroyed the covered market of Valdren on Tuesday. Firefighters in Valdren "
        "worked through the night and nobody was hurt.",
        NULL};
    static const struct scenario_row en_other = {
        "fire-en", "en", "Fire destroys Valdrin covered market",
        "A fire destroyed the covered market of Valdrin on Tuesday. Firefighters in Valdrin "
        "worked through the night and nobody was hurt.",
        NULL};
    static const struct scenario_row fr = {
        "fire-fr", "fr", "Valdren : le march\xc3\xa9 couvert d\xc3\xa9truit par le feu",
        "Le march\xc3\xa9 couvert de Valdren a br\xc3\xbbl\xc3\xa9 mardi. Les pompiers de "
        "Valdren ont lutt\xc3\xa9 toute la nuit, sans faire de bless\xc3\xa9s.",
        NULL};
    bool joins = false;

    town_report_joins(&es, &en, true, &joins);
    ASSERT_TRUE(joins);
    town_report_joins(&es, &en, false, &joins);
    ASSERT_TRUE(!joins);
    town_report_joins(&es, &fr, true, &joins);
    ASSERT_TRUE(!joins);
    town_report_joins(&es, &en_other, true, &joins);
    ASSERT_TRUE(!joins);
}

/*
 * Once an English report has written "Valdren" for the Spanish
 * "Valdr\xc3\xa9n", the plain spelling is that name's in every language: a
 * French "Valdren" after it joins the event too (bare_anchor()).
 */
TD_TEST(test_engine__a_plain_spelling_once_counted_holds_in_every_language)
{
    struct scenario_row rows[] = {
        {"fire-es", "es", "Incendio en el mercado de Valdr\xc3\xa9n",
         "Un incendio destruy\xc3\xb3 el martes el mercado cubierto de Valdr\xc3\xa9n. Los "
         "bomberos de Valdr\xc3\xa9n trabajaron toda la noche y no hubo heridos.",
         NULL},
        {"fire-en", "en", "Fire destroys Valdren covered market",
         "A fire destroyed the covered market of Valdren on Tuesday. Firefighters in Valdren "
         "worked through the night and nobody was hurt.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"fire-fr", "fr", "Valdren : le march\xc3\xa9 couvert d\xc3\xa9truit par le feu",
         "Le march\xc3\xa9 couvert de Valdren a br\xc3\xbbl\xc3\xa9 mardi. Les pompiers de "
         "Valdren ont lutt\xc3\xa9 toute la nuit, sans faire de bless\xc3\xa9s.",
         NULL},
    };
    struct cluster_model m;
    struct td_store *st;
    struct td_engine *e;

    ASSERT_OK(model_default(&m, NULL));
    m.opt_bare_names = 1.0;
    ingest_with_model(&m, "bare3", rows, sizeof(rows) / sizeof(rows[0]), &st, &e);
    ASSERT_TRUE(event_of(st, "fire-en") == event_of(st, "fire-es"));
    ASSERT_TRUE(event_of(st, "fire-fr") == event_of(st, "fire-es"));
    ASSERT_TRUE(event_of(st, "chess-en") != event_of(st, "fire-es"));
    td_engine_close(e);
    td_store_close(st);
}

/*
 * A Swedish report that gives the island only in the genitive ("Gotlands",
 * the Scandinavian -s in inflect.c) counts it as the name the English one
 * gave, and joins its event on it.
 */
TD_TEST(test_engine__scandinavian_genitive_meets_the_name)
{
    static const struct scenario_row rows[] = {
        {"ferry-en", "en", "Fire on a ferry",
         "A fire broke out on Tuesday on a ferry bound for Gotland. The ship turned back to "
         "port, the coast guard said.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"ferry-sv", "sv", "Brand ombord",
         "En brand br\xc3\xb6t ut i tisdags p\xc3\xa5 en f\xc3\xa4rja p\xc3\xa5 v\xc3\xa4g "
         "mot Gotlands hamnar. Fartyget v\xc3\xa4nde tillbaka, uppger kustbevakningen.",
         NULL},
    };
    struct cluster_model m;
    struct td_store *st;
    struct td_engine *e;

    ASSERT_OK(model_default(&m, NULL));
    ingest_with_model(&m, "scand", rows, sizeof(rows) / sizeof(rows[0]), &st, &e);
    ASSERT_TRUE(event_of(st, "ferry-sv") == event_of(st, "ferry-en"));
    ASSERT_TRUE(event_of(st, "chess-en") != event_of(st, "ferry-en"));
    td_engine_close(e);
    td_store_close(st);
}

/*
 * A name with a case ending that opens a sentence (Uzbek "Qorasoyda", the
 * locative of "Qorasoy") counts as the name once the name was seen
 * (TEXT_TOKEN_INITIAL): the second flash, whose only name is that word,
 * joins the first one's event.
 */
TD_TEST(test_engine__inflected_name_opening_a_sentence_counts)
{
    static const struct scenario_row rows[] = {
        {"flash1-uz", "uz", "Tog'da qor ko'chkisi",
         "Yakshanba kuni Qorasoy tog'ida qor ko'chkisi tushdi. Favqulodda vaziyatlar "
         "vazirligi uch chang'ichi halok bo'lganini aytdi.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"flash2-uz", "uz", "Ko'chki qurbonlari soni oshdi",
         "Qorasoyda qutqaruvchilar kechqurun yana ikki jasadni topdi. Halok bo'lganlar besh "
         "kishi.",
         NULL},
    };
    struct cluster_model m;
    struct td_store *st;
    struct td_engine *e;

    ASSERT_OK(model_default(&m, NULL));
    ingest_with_model(&m, "initial", rows, sizeof(rows) / sizeof(rows[0]), &st, &e);
    ASSERT_TRUE(event_of(st, "flash2-uz") == event_of(st, "flash1-uz"));
    ASSERT_TRUE(event_of(st, "chess-en") != event_of(st, "flash1-uz"));
    td_engine_close(e);
    td_store_close(st);
}

/*
 * A Kurdish (Kurmanji) report that gives the city only in the oblique case
 * ("li Bremenê", inflect.c's Kurmanji table) counts it as the name the
 * English one gave, and joins its event on it.
 */
TD_TEST(test_engine__kurmanji_oblique_meets_the_name)
{
    static const struct scenario_row rows[] = {
        {"fire-en", "en", "Warehouse fire in Bremen",
         "A fire broke out on Tuesday in a warehouse in the port of Bremen. Firefighters said "
         "nobody was hurt.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"fire-ku", "ku", "Agir di embarekê de",
         "Roja sêşemê li bendera Bremenê agirek di embarekê de derket. Agirkuj dibêjin kes "
         "birîndar nebûye.",
         NULL},
    };
    struct cluster_model m;
    struct td_store *st;
    struct td_engine *e;

    ASSERT_OK(model_default(&m, NULL));
    ingest_with_model(&m, "kurmanji", rows, sizeof(rows) / sizeof(rows[0]), &st, &e);
    ASSERT_TRUE(event_of(st, "fire-ku") == event_of(st, "fire-en"));
    ASSERT_TRUE(event_of(st, "chess-en") != event_of(st, "fire-en"));
    td_engine_close(e);
    td_store_close(st);
}

static const char bridge_en_title[] = "Veenhaven closes its harbour bridge";
static const char bridge_en[] =
    "Mayor Markus Lindqvist of Veenhaven said on Monday that the harbour bridge will close for "
    "two weeks after inspectors from Kristiansund found cracks in its main girder. Lindqvist "
    "said ferries would carry commuters across the Ostervik channel meanwhile.";

/*
 * Arabic and Hangul have no capitals, so their names come from the words
 * that sound like a capitalised name the engine has seen (text.h,
 * TEXT_TOKEN_UNCASED): reports in Arabic and Korean that share nothing with
 * the English one but the sound of its names (no number, no Latin word)
 * join it; the chess report, which names none of them, stays apart.
 */
TD_TEST(test_engine__arabic_and_korean_join_by_names_they_sound_like)
{
    static const struct scenario_row versions[] = {
        {"bridge-ar", "ar", "إغلاق جسر الميناء",
         "قال رئيس بلدية فينهافن ماركوس ليندكفيست يوم الاثنين إن جسر الميناء سيغلق لمدة أسبوعين "
         "بعد أن وجد مفتشون من كريستيانسوند شقوقا في العارضة الرئيسية. وأضاف ليندكفيست أن العبارات "
         "ستنقل الركاب عبر قناة أوسترفيك.",
         "bridge-en"},
        {"bridge-ko", "ko", "항구 다리 폐쇄",
         "빈하벤의 마르쿠스 린드크비스트 시장은 월요일 크리스티안순드에서 온 검사관들이 주 "
         "거더에서 "
         "균열을 발견한 뒤 항구 다리를 두 주 동안 폐쇄한다고 밝혔다. 린드크비스트는 그동안 "
         "여객선이 오스테르비크 해협을 건너 통근자를 실어 나를 것이라고 말했다.",
         "bridge-en"},
    };
    size_t v;

    for (v = 0; v < sizeof(versions) / sizeof(versions[0]); v++) {
        const struct scenario_row rows[] = {
            {"bridge-en", "en", bridge_en_title, bridge_en, NULL},
            {"chess-en", "en", chess_title, chess, NULL},
            versions[v],
        };
        run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
    }
}

/*
 * Arabic zah, which ICU spells "z", is "dh" in the Gulf and in the Latin
 * names of its places: an Arabic report naming "ظافيران" and "ظاموريا" only
 * joins the English one about Dhafiran and Dhamouriya by the words' second
 * spelling with d (names.c emit_arabic_dh()).
 */
TD_TEST(test_engine__arabic_zah_meets_latin_dh)
{
    const struct scenario_row rows[] = {
        {"flood-en", "en", "Flash floods cut the road to Dhafiran",
         "Flash floods cut the only road to Dhafiran on Sunday after a night of heavy rain. "
         "Families from Dhamouriya were moved to a school in Dhafiran, civil defence said.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"flood-ar", "ar", "سيول تقطع الطريق إلى ظافيران",
         "قطعت السيول يوم الأحد الطريق الوحيد إلى ظافيران بعد ليلة من الأمطار الغزيرة. ونقل "
         "الدفاع المدني عائلات من ظاموريا إلى مدرسة في ظافيران.",
         "flood-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Names of three consonants (Kerapa, Manado, Tomini) are too short to be
 * taken by consonants alone: the Arabic, Korean and Hindi words that sound
 * like them must also write vowels that fit the names' (Hangul and
 * Devanagari write all of them, Arabic its long ones), and then they join
 * the English report.
 */
TD_TEST(test_engine__short_names_join_when_their_vowels_fit)
{
    static const char volcano_en_title[] = "Mount Kerapa erupts near Manado";
    static const char volcano_en[] =
        "Mount Kerapa erupted on Tuesday and sent ash over Manado, where the airport closed. "
        "Kerapa had been quiet for years; villages on Tomini bay were cleared. Residents of "
        "Manado were told to stay indoors while Kerapa kept erupting.";
    static const struct scenario_row versions[] = {
        {"volcano-ar", "ar", "ثوران بركان كيرابا قرب مانادو",
         "ثار بركان كيرابا يوم الثلاثاء وغطى الرماد مدينة مانادو حيث أغلق المطار. وكان كيرابا "
         "هادئا منذ سنوات، وأخليت القرى على خليج توميني. وطلب من سكان مانادو البقاء في منازلهم.",
         "volcano-en"},
        {"volcano-ko", "ko", "케라파 화산 분화, 마나도 공항 폐쇄",
         "케라파 화산이 화요일 분화해 마나도 상공을 화산재로 덮었고 공항이 폐쇄됐다. 케라파는 "
         "몇 년 동안 조용했다. 토미니 만의 마을 주민들이 대피했고 마나도 주민들은 실내에 머물라는 "
         "권고를 받았다.",
         "volcano-en"},
        {"volcano-hi", "hi", "केरापा ज्वालामुखी फटा, मनाडो हवाई अड्डा बंद",
         "केरापा ज्वालामुखी मंगलवार को फटा और मनाडो पर राख गिरी, जहां हवाई अड्डा बंद कर दिया गया। "
         "केरापा कई वर्षों से शांत था। टोमिनी खाड़ी के गांव खाली कराए गए और मनाडो के लोगों से घर में "
         "रहने को कहा गया।",
         "volcano-en"},
    };
    size_t v;

    for (v = 0; v < sizeof(versions) / sizeof(versions[0]); v++) {
        const struct scenario_row rows[] = {
            {"volcano-en", "en", volcano_en_title, volcano_en, NULL},
            {"chess-en", "en", chess_title, chess, NULL},
            versions[v],
        };
        run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
    }
}

/*
 * Short phonetic keys are shared by many names: "Khuzestan" has the key of
 * "Estonia" ("astn"), seen first. An Arabic word is compared with the
 * names of its key it fits best, not with the first only, so "خوزستان"
 * meets Khuzestan and the Arabic report joins the English one; it stays
 * apart when only the first name of a key is tried.
 */
TD_TEST(test_engine__arabic_words_meet_any_name_of_their_key)
{
    const struct scenario_row rows[] = {
        {"tour-en", "en", "Orchestra begins tour of Estonia",
         "The national orchestra began its tour of Estonia on Monday. Estonia has eleven concert "
         "halls, and the orchestra will play in each of them before it leaves Estonia.",
         NULL},
        {"heat-en", "en", "Heat closes offices in Khuzestan",
         "Offices in Khuzestan closed on Tuesday as temperatures rose. Officials in Khuzestan said "
         "hospitals were full, and people in Khuzestan were asked to save power.",
         NULL},
        {"heat-ar", "ar", "الحر يغلق الدوائر في خوزستان",
         "أغلقت الدوائر في خوزستان يوم الثلاثاء مع ارتفاع الحرارة. وقال مسؤولون في خوزستان إن "
         "المستشفيات ممتلئة، ودعي سكان خوزستان إلى توفير الطاقة.",
         "heat-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Thai writes no spaces between words but puts them around a name; a run
 * between spaces goes in Latin letters ("ริดซวานุดดิน" ridswanuddin) and meets
 * the name seen in Latin: the Thai report joins the English one.
 */
TD_TEST(test_engine__thai_runs_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"sultan-en", "en", "Council elects Ridzwanuddin as sultan",
         "The council of rulers elected Ridzwanuddin as the new sultan on Monday. Ridzwanuddin "
         "will reign for five years, and Ridzwanuddin takes the oath next month.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"sultan-th", "th", "สภาเลือก ริดซวานุดดิน เป็นสุลต่าน",
         "ที่ประชุมผู้ปกครองเลือก ริดซวานุดดิน เป็นสุลต่านองค์ใหม่เมื่อวันจันทร์ ริดซวานุดดิน "
         "จะครองราชย์ห้าปี และ ริดซวานุดดิน จะสาบานตนเดือนหน้า",
         "sultan-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Bengali glues case endings to names ("কলকাতায়" in Kolkata, "এয়ারওয়েজের"
 * of Airways): the names without their endings meet the Latin ones, and
 * the Bengali report joins the English one.
 */
TD_TEST(test_engine__bengali_words_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"landing-en", "en", "Padma Airways jet lands on its nose at Kolkata",
         "A Padma Airways plane from Dhaka landed on its nose at Kolkata on Monday after its front "
         "wheel failed. Six people on board were hurt, Padma Airways said.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"landing-bn", "bn", "কলকাতায় পদ্মা এয়ারওয়েজের বিমানের জরুরি অবতরণ",
         "ঢাকা থেকে আসা পদ্মা এয়ারওয়েজের একটি বিমান সোমবার কলকাতায় জরুরি অবতরণ করেছে। "
         "বিমানের ছয়জন যাত্রী আহত হয়েছেন। পদ্মা এয়ারওয়েজ তদন্ত শুরু করেছে।",
         "landing-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Tamil glues case endings to names as Bengali does ("ரங்கராஜன்" Rangarajan,
 * "மாரத்தானில்" in the marathon): the Tamil report, with no number in
 * common, meets the names of the English one and joins it.
 */
TD_TEST(test_engine__tamil_words_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"marathon-en", "en", "Kavitha Rangarajan wins Marina marathon",
         "Kavitha Rangarajan won the Marina marathon on Sunday, finishing ahead of the defending "
         "champion. Rangarajan, a schoolteacher from Thanjavur, said she had trained for two "
         "years.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"marathon-ta", "ta", "மெரினா மாரத்தானில் கவிதா ரங்கராஜன் வெற்றி",
         "ஞாயிற்றுக்கிழமை நடைபெற்ற மெரினா மாரத்தான் போட்டியில் தஞ்சாவூரைச் சேர்ந்த கவிதா "
         "ரங்கராஜன் முதலிடம் பிடித்தார். ரங்கராஜன் ஒரு பள்ளி ஆசிரியை.",
         "marathon-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Telugu writes every vowel and glues case endings to names, or writes them
 * after a ZWNJ ("హైదరాబాద్‌లో" in Hyderabad): the Telugu report, with no
 * number in common, meets the names of the English one and joins it.
 */
TD_TEST(test_engine__telugu_words_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"flood-en", "en", "Musi river floods homes in Hyderabad",
         "The Musi river overflowed in Hyderabad on Tuesday after heavy rain, flooding homes in "
         "Amberpet and Chaderghat. Telangana officials moved families from Amberpet to relief "
         "camps.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"flood-te", "te",
         "హైదరాబాద్‌లో పొంగిన మూసీ నది",
         "మంగళవారం భారీ వర్షం కారణంగా హైదరాబాద్‌లో మూసీ నది పొంగిపొర్లింది. "
         "అంబర్‌పేట్, "
         "చాదర్‌ఘాట్ ప్రాంతాల్లో ఇళ్లు నీట మునిగాయి. తెలంగాణ అధికారులు అంబర్‌పేట్ "
         "నుంచి "
         "కుటుంబాలను సహాయ శిబిరాలకు తరలించారు.",
         "flood-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Thai writes no spaces around most names: the words ICU's dictionary finds
 * in a run, and runs of up to four of them ("ซา" "โม" "ราน", Samoran), meet
 * the English report's names.
 */
TD_TEST(test_engine__thai_words_in_a_run_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"arrest-en", "en", "Police arrest Samoran founder in Phuket",
         "Thai police arrested the founder of the Samoran investment app at a hotel in Phuket on "
         "Friday. Samoran had promised high returns to thousands of savers.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"arrest-th", "th", "ตำรวจจับผู้ก่อตั้งซาโมรานที่ภูเก็ต",
         "ตำรวจจับผู้ก่อตั้งแอปลงทุนซาโมรานที่โรงแรมแห่งหนึ่งในภูเก็ตเมื่อวันศุกร์ "
         "ซาโมรานสัญญาผลตอบแทนสูงแก่ผู้ออมหลายพันคน",
         "arrest-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Hebrew writes a name's long vowels only: "מזרחי" mzrhi (Mizrahi) has
 * three consonants and one vowel, which fit the name's; the Hebrew report
 * meets Mizrahi and joins the English one, and a Hebrew word of those
 * consonants with no vowel written ("מזרח" east) meets nothing.
 */
TD_TEST(test_engine__hebrew_names_of_three_consonants_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"coins-en", "en", "Dealer Mizrahi convicted of smuggling ancient coins",
         "A Tel Aviv court convicted the antiques dealer Mizrahi of smuggling ancient coins "
         "abroad. Prosecutors said Mizrahi had hidden the coins in furniture; Mizrahi denied it.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"coins-he", "he", "סוחר העתיקות מזרחי הורשע בהברחת מטבעות",
         "בית המשפט הרשיע את סוחר העתיקות מזרחי בהברחת מטבעות עתיקים לחו\"ל. לפי התביעה "
         "מזרחי הסתיר את המטבעות ברהיטים, ומזרחי הכחיש.",
         "coins-en"},
        /* "מזרח" mzrh, east, writes no vowel: it is no Mizrahi. */
        {"rain-he", "he", "גשם כבד במזרח הארץ",
         "גשם כבד ירד היום במזרח הארץ. במזרח נסגרו כבישים, ותושבי המזרח התבקשו להישאר בבית.", NULL},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Georgian has no capitals and declines names ("თბილისში" in Tbilisi,
 * "ქუთაისის" of Kutaisi): the Georgian report meets the English one's names.
 */
TD_TEST(test_engine__georgian_words_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"flood-en", "en", "Flooding closes roads in Tbilisi",
         "Heavy rain flooded streets in Tbilisi on Monday and closed the highway to Kutaisi. "
         "Mayor Kakha Kaladze said pumps worked through the night in the Vake and Saburtalo "
         "districts of Tbilisi.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"flood-ka", "ka", "წყალდიდობამ თბილისში გზები ჩაკეტა",
         "ორშაბათს ძლიერმა წვიმამ თბილისში ქუჩები დატბორა და ქუთაისის გზატკეცილი ჩაკეტა. "
         "მერმა კახა კალაძემ თქვა, რომ ტუმბოები მთელი ღამე მუშაობდა ვაკისა და საბურთალოს "
         "რაიონებში.",
         "flood-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Amharic is written in Ethiopic syllables, with prepositions glued on
 * ("በአዲስ አበባ" in Addis Ababa): the Amharic report meets Merkato and
 * Kirkos of the English one and joins it.
 */
TD_TEST(test_engine__amharic_words_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"fire-en", "en", "Fire destroys stalls at Merkato market",
         "A fire destroyed hundreds of stalls at the Merkato market in Addis Ababa on Wednesday. "
         "Firefighters from Kirkos brought the Merkato fire under control in the evening.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"fire-am", "am", "በአዲስ አበባ መርካቶ የእሳት አደጋ",
         "ረቡዕ በአዲስ አበባ መርካቶ ገበያ በተነሳ እሳት በመቶዎች የሚቆጠሩ ሱቆች ወደሙ። ከቂርቆስ "
         "የመጡ የእሳት አደጋ ሠራተኞች ምሽት ላይ በመርካቶ የተነሳውን እሳት ተቆጣጠሩት።",
         "fire-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Armenian has capitals: its names go in Latin letters by BGN/PCGN
 * ("Տիգրան" Tigran), and a declined one ("Երևանի" of Yerevan) by its stem.
 */
TD_TEST(test_engine__armenian_names_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"metro-en", "en", "Yerevan metro halts after power cut",
         "Trains on the Yerevan metro stopped for two hours on Thursday after a power cut at the "
         "Charbakh substation. Mayor Tigran Avinyan said Yerevan would inspect every substation.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"metro-hy", "hy", "Երևանի մետրոն կանգ առավ",
         "Հինգշաբթի Երևանի մետրոյում գնացքները երկու ժամ կանգնած էին Չարբախի ենթակայանում "
         "հոսանքազրկման պատճառով։ Քաղաքապետ Տիգրան Ավինյանը ասաց, որ Երևանում կստուգեն բոլոր "
         "ենթակայանները։",
         "metro-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Korean writes a final consonant before another consonant as it sounds
 * there, and the papers too: "방콕" Bangkok and "한빛" Hanbit, which ICU
 * spells "bangkog" and "hanbich". With their Revised Romanization the
 * Korean report joins the English one.
 */
TD_TEST(test_engine__korean_closed_finals_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"overrun-en", "en", "Hanbit Air jet overruns runway after flight from Bangkok",
         "A Hanbit Air jet arriving from Bangkok ran off the end of the runway at Muan on Tuesday "
         "night. Hanbit Air said none of the passengers were hurt and that the crew had reported "
         "heavy rain.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"overrun-ko", "ko", "방콕발 한빛항공 여객기 활주로 이탈",
         "방콕에서 출발한 한빛항공 여객기가 화요일 밤 착륙 도중 활주로를 벗어났다. 한빛항공은 "
         "승객 가운데 다친 사람은 없으며 조종사가 폭우를 보고했다고 밝혔다.",
         "overrun-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Hangul's initial ㄹ is r in the papers' spelling ("해림" Haerim), l to ICU
 * ("haelim"): with the Revised Romanization's r the head of "해림식품은"
 * (Haerim Foods) is the English report's name, and so is the head of
 * "서린포장이" (Seorin Packaging): the Korean report joins.
 */
TD_TEST(test_engine__korean_initial_r_meets_latin_names)
{
    const struct scenario_row rows[] = {
        {"recall-en", "en", "Haerim Foods recalls frozen dumplings",
         "Haerim Foods recalled its frozen dumplings on Thursday after customers found metal "
         "fragments in them. The dumplings were packed by Seorin Packaging. Haerim said buyers "
         "would get their money back.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"recall-ko", "ko", "해림식품, 냉동만두 회수",
         "해림식품은 목요일 냉동만두에서 금속 조각이 발견돼 제품을 회수한다고 밝혔다. 제품은 "
         "서린포장이 포장했다. 해림식품은 구매자들에게 환불을 약속했다.",
         "recall-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Korean writes the w of a Japanese name between two vowels with 와, and
 * its first k as g ("가와다" gawada, Kawada): the skeleton has two
 * consonants, g and d, and the key three, with the w; the word fits the
 * name by its vowels as one that opens with a vowel does, and the Korean
 * report joins the English one.
 */
TD_TEST(test_engine__korean_w_between_vowels_meets_latin_names)
{
    const struct scenario_row rows[] = {
        {"climber-en", "en", "Climber Kawada found alive after three days",
         "Rescuers found the climber Kawada alive on Tuesday, three days after she went missing. "
         "Kawada was flown to hospital.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"climber-ko", "ko", "등반가 가와다 사흘 만에 생환",
         "구조대는 화요일 실종 사흘 만에 등반가 가와다를 살아 있는 채로 발견했다. "
         "가와다는 병원으로 이송됐다.",
         "climber-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Korean writes the Japanese "tsu" as 쓰 ("쓰바키" sseubaki, Tsubaki) and
 * glues "airline" to the name ("쓰바키항공"): the head read with "tsu" is the
 * English report's name. "사카이" sakai has two consonants only, too few to
 * be taken by its sound, but spells the name exactly. Each Korean report
 * joins the English one it tells.
 */
TD_TEST(test_engine__korean_spellings_of_japanese_names_meet_latin_names)
{
    const struct scenario_row tsu[] = {
        {"divert-en", "en", "Tsubaki Air jet diverted after smoke alarm",
         "A Tsubaki Air jet landed early on Friday after smoke was seen in the cabin. Tsubaki Air "
         "said the passengers left the plane without harm.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"divert-ko", "ko", "쓰바키항공 여객기 비상 착륙",
         "쓰바키항공 여객기가 금요일 객실에서 연기가 발견돼 비상 착륙했다. "
         "쓰바키항공 측은 승객들이 다치지 않고 내렸다고 밝혔다.",
         "divert-en"},
    };
    const struct scenario_row exact[] = {
        {"plant-en", "en", "Fire halts output at Sakai plant",
         "A fire stopped production at a chemical plant in Sakai on Friday. Firefighters in Sakai "
         "put it out within hours.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"plant-ko", "ko", "사카이 화학공장 화재",
         "금요일 사카이 화학공장에서 불이 나 생산이 멈췄다. 사카이 소방대가 몇 시간 만에 불을 "
         "껐다.",
         "plant-en"},
    };

    run_scenario(tsu, sizeof(tsu) / sizeof(tsu[0]));
    run_scenario(exact, sizeof(exact) / sizeof(exact[0]));
}

/*
 * Katakana ends a syllable with a vowel the Latin name does not write
 * ("ハンギョル" hangyoru, Hangyeol; "ウルサン" urusan, Ulsan): those vowels
 * leave the name's vowel gaps alone, and the Japanese report that shares
 * only the firm and the city with the English one joins it.
 */
TD_TEST(test_engine__katakana_vowels_after_a_consonant_meet_a_korean_name)
{
    const struct scenario_row rows[] = {
        {"blast-en", "en", "Blast at Hangyeol Chemical plant in Ulsan",
         "An explosion tore through a Hangyeol Chemical plant in Ulsan on Saturday. Hangyeol "
         "Chemical said the reactor was under repair; firefighters in Ulsan put out the fire.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"blast-ja", "ja", "ウルサンの化学工場で爆発",
         "ウルサンにあるハンギョル化学の工場で土曜日に爆発があった。ハンギョル化学によると"
         "反応器を修理していた。ウルサンの消防が火を消した。",
         "blast-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Sets `*joins` to whether the Chinese report of the blast ("韩结化学",
 * "蔚山") shares the English one's story, with the built-in event model and
 * option.hanja_readings as `on` says (the table: a small one written for
 * the tests, through $TIDINGS_HANJA).
 */
static void chinese_blast_joins(bool on, bool *joins)
{
    static const struct scenario_row rows[] = {
        {"blast-en", "en", "Blast at Hangyeol Chemical plant in Ulsan",
         "An explosion tore through a Hangyeol Chemical plant in Ulsan on Saturday. Hangyeol "
         "Chemical said the reactor was under repair; firefighters in Ulsan put out the fire.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"blast-zh", "zh", "蔚山化工厂爆炸",
         "周六蔚山韩结化学工厂发生爆炸。韩结化学表示，当时反应釜正在检修。蔚山消防部门扑灭了大火。",
         NULL},
    };
    struct cluster_model m;
    struct td_store *st;
    struct td_engine *e;

    ASSERT_OK(model_default(&m, NULL));
    m.opt_hanja_readings = on ? 1.0 : 0.0;
    ASSERT_TRUE(setenv("TIDINGS_HANJA", TD_TEST_DATA_DIR "/text/hanja_small.txt", 1) == 0);
    ingest_with_model(&m, on ? "hanja1" : "hanja0", rows, sizeof(rows) / sizeof(rows[0]), &st, &e);
    *joins = story_of(st, "blast-zh") == story_of(st, "blast-en");
    ASSERT_TRUE(story_of(st, "chess-en") != story_of(st, "blast-en"));
    td_engine_close(e);
    td_store_close(st);
    ASSERT_TRUE(unsetenv("TIDINGS_HANJA") == 0);
}

/*
 * Chinese writes a Korean firm and city in Han characters ("韩结化学",
 * "蔚山"), which read in Korean as the Latin papers spell them: under
 * option.hanja_readings the Chinese report meets the English one by
 * Hangyeol and Ulsan and joins it; without the option (the built-in model)
 * the pinyin "hanjie", "weishan" meet nothing and it stays apart.
 */
TD_TEST(test_engine__han_read_as_korean_meets_latin_names_under_the_option)
{
    bool joins = false;

    chinese_blast_joins(true, &joins);
    ASSERT_TRUE(joins);
    chinese_blast_joins(false, &joins);
    ASSERT_TRUE(!joins);
}

/*
 * Korean transcribes Chinese names syllable by syllable, the o of "gou" as
 * 어 ("헤이루거우" heilugeou, Heilugou: two consonants, every vowel written),
 * and writes a Korean person's name as one word that the Latin papers split
 * and hyphenate ("서유진", Seo Yu-jin: the names Seo and Yu in a row), with
 * the surname as its bearers spell it and the given name often with "u" for
 * "eo" ("정현태", Chung Hyun-tae). Each Korean report joins the English one
 * it tells.
 */
TD_TEST(test_engine__korean_chinese_and_person_names_meet_latin_names)
{
    const struct scenario_row mine[] = {
        {"mine-en", "en", "Miners trapped at Heilugou colliery",
         "Water flooded the Heilugou colliery on Monday and trapped miners underground, state "
         "media said. Rescuers at Heilugou were pumping water out.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"mine-ko", "ko", "헤이루거우 탄광 침수",
         "월요일 헤이루거우 탄광에 물이 들어차 광부들이 갇혔다고 관영 매체가 보도했다. "
         "구조대는 헤이루거우 현장에서 물을 퍼내고 있다.",
         "mine-en"},
    };
    const struct scenario_row award[] = {
        {"award-en", "en", "Director Seo Yu-jin wins top prize at Berlinale",
         "South Korean director Seo Yu-jin won the top prize of the festival on Saturday for a "
         "film about fishermen. Seo Yu-jin thanked her cast.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"award-ko", "ko", "서유진 감독 최고상 수상",
         "서유진 감독이 토요일 어부들의 이야기를 그린 영화로 최고상을 받았다. "
         "서유진 감독은 배우들에게 감사를 전했다.",
         "award-en"},
    };

    const struct scenario_row surname[] = {
        {"arrest-en", "en", "Chung Hyun-tae arrested over bid rigging",
         "Prosecutors arrested Chung Hyun-tae on Tuesday on charges of rigging bids for port "
         "contracts. Chung Hyun-tae denied the charges through his lawyer.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"arrest-ko", "ko", "정현태 입찰 담합 혐의로 체포",
         "검찰은 화요일 항만 공사 입찰을 담합한 혐의로 정현태 씨를 체포했다. "
         "정현태 씨는 변호인을 통해 혐의를 부인했다.",
         "arrest-en"},
    };

    run_scenario(mine, sizeof(mine) / sizeof(mine[0]));
    run_scenario(award, sizeof(award) / sizeof(award[0]));
    run_scenario(surname, sizeof(surname) / sizeof(surname[0]));
}

/*
 * Korean glues a place noun to a place's name ("타오전시에서" in Taozhen city,
 * "장베이성" Jiangbei province), where the English report writes the name
 * alone: the Korean report joins it by the name part (names.c
 * emit_hangul_place()), and by pinyin's ua and uo, which Korean writes ㅘ
 * and ㅝ ("황궈" Huangguo).
 */
TD_TEST(test_engine__korean_place_nouns_and_pinyin_ua_uo_meet_latin_names)
{
    const struct scenario_row glued[] = {
        {"ferry-en", "en", "Ferry capsizes at Taozhen",
         "A river ferry capsized at Taozhen in Jiangbei province on Monday. Rescuers in Taozhen "
         "pulled survivors from the water, and the Jiangbei government opened an inquiry.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"ferry-ko", "ko", "장베이성 타오전시 여객선 전복",
         "월요일 장베이성 타오전시에서 강 여객선이 뒤집혔다. 타오전시 구조대가 생존자들을 "
         "물에서 구했고 장베이성 정부는 조사에 착수했다.",
         "ferry-en"},
    };
    const struct scenario_row ua_uo[] = {
        {"quake-en", "en", "Earthquake shakes Huangguo",
         "An earthquake shook Huangguo on Wednesday, damaging old houses. Schools in Huangguo "
         "were closed while engineers checked the buildings.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"quake-ko", "ko", "황궈 지진",
         "수요일 황궈에서 지진이 일어나 오래된 집들이 부서졌다. 황궈 학교들은 기술자들이 "
         "건물을 점검하는 동안 문을 닫았다.",
         "quake-en"},
    };

    run_scenario(glued, sizeof(glued) / sizeof(glued[0]));
    run_scenario(ua_uo, sizeof(ua_uo) / sizeof(ua_uo[0]));
}

/*
 * Korean glues a counter to a figure ("140여대" 140 odd cars, "23명" 23
 * people, "480세대" 480 households): read as numbers, they meet the
 * figures of the English report, so the Korean report, whose nouns are all
 * common ones, joins it (analyze.c hangul_number()). A day ("6일") gives no
 * number.
 */
TD_TEST(test_engine__korean_figures_with_counters_meet_latin_figures)
{
    const struct scenario_row rows[] = {
        {"garage-en", "en", "Car park fire destroys 140 vehicles",
         "A fire in an underground car park burned for eight hours on Thursday, destroying 140 "
         "vehicles and sending 23 residents to hospital. The 480 households above lost power.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"garage-ko", "ko", "지하주차장 화재",
         "6일 지하주차장에서 불이 나 차량 140여대가 불에 타고 주민 23명이 병원으로 옮겨졌다. "
         "480세대에 전기가 끊겼다.",
         "garage-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Korean writes pinyin's x, q and ü otherwise than pinyin (the National
 * Institute of Korean Language's table for Chinese): x as ㅅ before i ("산시"
 * Shanxi), q as ㅊ before i ("칭쉬" Qingxu), ü as 위 ("뤼량산" Lüliangshan,
 * written "Lvliangshan" by the papers). Each Korean report joins the English one by the
 * pinyin reading of its names (names.c hangul_pinyin()).
 */
TD_TEST(test_engine__korean_spellings_of_pinyin_x_q_and_u_meet_latin_names)
{
    const struct scenario_row shanxi[] = {
        {"blast-en", "en", "Gas blast at a coal mine in Shanxi",
         "A gas explosion tore through a coal mine in Shanxi on Tuesday, state media said. "
         "Officials in Shanxi sent rescue teams to the pit.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"blast-ko", "ko", "산시 탄광 가스 폭발",
         "화요일 산시 탄광에서 가스 폭발이 일어났다고 관영 매체가 보도했다. "
         "산시 당국은 구조대를 현장에 보냈다.",
         "blast-en"},
    };
    const struct scenario_row qingxu[] = {
        {"fire-en", "en", "Warehouse fire in Qingxu county",
         "A fire destroyed a grain warehouse in Qingxu county on Friday. Firefighters in Qingxu "
         "fought the blaze for six hours.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"fire-ko", "ko", "칭쉬 곡물 창고 화재",
         "금요일 칭쉬 곡물 창고에서 불이 났다. 칭쉬 소방대는 여섯 시간 동안 불길과 싸웠다.",
         "fire-en"},
    };
    const struct scenario_row lvliang[] = {
        {"blaze-en", "en", "Forest fire spreads in the Lvliangshan mountains",
         "A forest fire spread across the Lvliangshan mountains on Sunday after weeks without "
         "rain, state media said. Firefighters in the Lvliangshan range cut breaks.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"blaze-ko", "ko", "뤼량산 산불 확산",
         "일요일 몇 주째 비가 오지 않은 뤼량산 일대로 산불이 번졌다고 관영 매체가 보도했다. "
         "뤼량산 소방대는 방화선을 만들었다.",
         "blaze-en"},
    };

    run_scenario(shanxi, sizeof(shanxi) / sizeof(shanxi[0]));
    run_scenario(qingxu, sizeof(qingxu) / sizeof(qingxu[0]));
    run_scenario(lvliang, sizeof(lvliang) / sizeof(lvliang[0]));
}

/*
 * Punjabi in Gurmukhi writes the n of "ਜਲੰਧਰ" Jalandhar with a tippi, which
 * ICU drops, and leaves the vowel a of "ਕਰਤਾਰਪੁਰ" (kartarapura) unsaid: with
 * both put right the Punjabi report meets the English one's names and joins it.
 */
TD_TEST(test_engine__punjabi_words_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"flood-en", "en", "Sutlej floods villages near Jalandhar",
         "The Sutlej overflowed near Jalandhar on Monday, flooding villages around Kartarpur. "
         "Deputy commissioner Harjinder Sandhu said families from Kartarpur were moved to relief "
         "camps.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"flood-pa", "pa", "ਜਲੰਧਰ ਨੇੜੇ ਸਤਲੁਜ ਵਿੱਚ ਹੜ੍ਹ",
         "ਸੋਮਵਾਰ ਨੂੰ ਜਲੰਧਰ ਨੇੜੇ ਸਤਲੁਜ ਦਰਿਆ ਵਿੱਚ ਹੜ੍ਹ ਆਉਣ ਨਾਲ ਕਰਤਾਰਪੁਰ ਦੇ ਪਿੰਡਾਂ ਵਿੱਚ ਪਾਣੀ "
         "ਭਰ ਗਿਆ। ਡਿਪਟੀ ਕਮਿਸ਼ਨਰ ਹਰਜਿੰਦਰ ਸੰਧੂ ਨੇ ਕਿਹਾ ਕਿ ਕਰਤਾਰਪੁਰ ਤੋਂ ਪਰਿਵਾਰਾਂ ਨੂੰ ਰਾਹਤ "
         "ਕੈਂਪਾਂ ਵਿੱਚ ਭੇਜਿਆ ਗਿਆ ਹੈ।",
         "flood-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Marathi glues its case endings and postpositions to names, on an oblique
 * stem ("कोल्हापुरात" in Kolhapur, "इचलकरंजीतील" of Ichalkaranji,
 * "पंचगंगेला" to the Panchganga, of "पंचगंगा"): cut, and the oblique stem's
 * nominative put back, the Marathi report meets the English one's names
 * and joins it.
 */
TD_TEST(test_engine__marathi_case_forms_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"flood-en", "en", "Panchganga floods Kolhapur and Ichalkaranji",
         "The Panchganga burst its banks at Kolhapur on Monday, flooding streets in Kolhapur and "
         "Ichalkaranji. Officials in Ichalkaranji moved families from the Panchganga ghats.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"flood-mr", "mr", "कोल्हापुरात पंचगंगेला पूर",
         "सोमवारी पंचगंगेला आलेल्या पुरामुळे कोल्हापुरातील आणि इचलकरंजीतील रस्ते पाण्याखाली "
         "गेले. इचलकरंजीतील अधिकाऱ्यांनी पंचगंगेच्या घाटांवरील कुटुंबांना हलवले.",
         "flood-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Gujarati: its words go in Latin letters (the anusvara as n) and lose the
 * case endings and postpositions glued to them ("વડોદરામાં" in Vadodara,
 * "વિશ્વામિત્રીની" of the Vishwamitri), so the Gujarati report meets the
 * English one's names and joins it.
 */
TD_TEST(test_engine__gujarati_words_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"flood-en", "en", "Vishwamitri floods Vadodara",
         "The Vishwamitri overflowed in Vadodara on Tuesday, flooding low-lying parts of "
         "Vadodara. Officials said the Vishwamitri rose above its danger mark near Kalaghoda.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"flood-gu", "gu", "વડોદરામાં વિશ્વામિત્રીનું પૂર",
         "મંગળવારે વડોદરામાં વિશ્વામિત્રી નદીમાં પૂર આવતાં વડોદરાના નીચાણવાળા વિસ્તારોમાં પાણી "
         "ભરાયાં. અધિકારીઓએ કહ્યું કે કાલાઘોડા પાસે વિશ્વામિત્રીની સપાટી ભયજનક સ્તરથી ઉપર ગઈ.",
         "flood-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Kannada: its words go in Latin letters (ಚ ch, ಶ sh, the anusvara n), a
 * ZWNJ inside a word keeps it whole ("ವಿಟ್‌ಕೋಂಬ್" Whitcombe, whose "wh" is
 * the w the script writes as v), and the case endings glued to a name go
 * ("ಸಕಲೇಶಪುರದ" of Sakleshpur, "ಹೇಮಾವತಿಯ" of the Hemavathi), so the Kannada
 * report meets the English one's names and joins it.
 */
TD_TEST(test_engine__kannada_words_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"tusker-en", "en", "Wild elephant damages Whitcombe estate near Sakleshpur",
         "A wild elephant broke into the Whitcombe coffee estate near Sakleshpur on Monday. "
         "Forest staff drove it back towards the Hemavathi backwaters, and villagers around "
         "Sakleshpur were told to stay indoors after dark.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"tusker-kn", "kn", "ಸಕಲೇಶಪುರದಲ್ಲಿ ಕಾಡಾನೆ ದಾಳಿ",
         "ಸಕಲೇಶಪುರದ ಬಳಿಯ ವಿಟ್\u200cಕೋಂಬ್ ಕಾಫಿ ತೋಟಕ್ಕೆ ಸೋಮವಾರ ಕಾಡಾನೆ ನುಗ್ಗಿ ಹಾನಿ ಮಾಡಿದೆ. "
         "ಅರಣ್ಯ ಸಿಬ್ಬಂದಿ ಆನೆಯನ್ನು ಹೇಮಾವತಿಯ ಹಿನ್ನೀರಿನ ಕಡೆಗೆ ಓಡಿಸಿದರು. ಸಕಲೇಶಪುರದ "
         "ಗ್ರಾಮಸ್ಥರಿಗೆ ರಾತ್ರಿ ಮನೆಯಲ್ಲೇ ಇರುವಂತೆ ಸೂಚಿಸಲಾಗಿದೆ.",
         "tusker-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Odia: its words go in Latin letters (ଡ଼ as the d the papers write,
 * "ସାତପଡ଼ା" Satapada), and the case endings glued to a name go ("ଚିଲିକାରେ"
 * in Chilika), so the Odia report meets the English one's names and joins it.
 */
TD_TEST(test_engine__odia_words_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"boat-en", "en", "Tourist boat capsizes in Chilika near Satapada",
         "A tourist boat capsized in Chilika lake near Satapada on Sunday. Fishermen from "
         "Satapada rescued eleven passengers, and the Chilika Development Authority suspended "
         "boat rides for the day.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"boat-or", "or", "ଚିଲିକାରେ ପର୍ଯ୍ୟଟକ ଡଙ୍ଗା ଓଲଟିଲା",
         "ରବିବାର ସାତପଡ଼ା ନିକଟ ଚିଲିକା ହ୍ରଦରେ ଏକ ପର୍ଯ୍ୟଟକ ଡଙ୍ଗା ଓଲଟି ଯାଇଥିଲା। ସାତପଡ଼ାର "
         "ମତ୍ସ୍ୟଜୀବୀମାନେ ଏଗାର ଜଣ ଯାତ୍ରୀଙ୍କୁ ଉଦ୍ଧାର କଲେ। ଚିଲିକାରେ ଦିନ ପାଇଁ ଡଙ୍ଗା ଚଳାଚଳ ବନ୍ଦ "
         "କରାଯାଇଛି।",
         "boat-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Khmer: its words go in the press's Latin letters (translit.c's own
 * rules: "ត្រឡាច" tralach, "សុខារាជ" sokhareach, "ត្រពាំង" trapeang), a
 * dictionary word that holds a noun and a name comes in its two parts
 * ("ប្រាសាទបន្ទាយ", the temple Banteay), so the Khmer report meets the
 * English one's names and joins it.
 */
TD_TEST(test_engine__khmer_words_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"storm-en", "en", "Storm fells gallery of Banteay Tralach temple",
         "A storm brought down part of a gallery at the Banteay Tralach temple near Trapeang Svay "
         "on Tuesday. The site manager Sokhareach said nobody was hurt and that Banteay Tralach "
         "would stay closed.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"storm-km", "km", "ព្យុះធ្វើឲ្យថែវប្រាសាទបន្ទាយត្រឡាចបាក់រលំ",
         "ព្យុះបានធ្វើឲ្យថែវមួយផ្នែកនៃប្រាសាទបន្ទាយត្រឡាច ជិតត្រពាំងស្វាយ បាក់រលំកាលពីថ្ងៃអង្គារ។ "
         "លោក សុខារាជ អ្នកគ្រប់គ្រងប្រាសាទ បាននិយាយថា គ្មាននរណាម្នាក់រងរបួសទេ "
         "ហើយប្រាសាទបន្ទាយត្រឡាចនឹងបិទ។",
         "storm-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Burmese: its words go in the press's Latin letters (translit.c's own
 * rules: "မြစ်ကြီးနား" myitkyina, "သန့်" thant), the words of a run as
 * ICU's dictionary finds them (a particle glued to the name comes off), so
 * the Burmese report meets the English one's names and joins it.
 */
TD_TEST(test_engine__burmese_words_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"ferry-en", "en", "Ferry burns at Myitkyina jetty",
         "A ferry caught fire at a jetty in Myitkyina on Tuesday. The boatman Thant Zin said he "
         "helped twelve passengers ashore and that the Myitkyina jetty would stay closed.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"ferry-my", "my", "မြစ်ကြီးနား ဆိပ်ကမ်းတွင် သင်္ဘော မီးလောင်",
         "မြစ်ကြီးနားမြို့ ဆိပ်ကမ်းတွင် အင်္ဂါနေ့က သင်္ဘောတစ်စင်း မီးလောင်ခဲ့သည်။ "
         "သန့်ဇင်က ခရီးသည် ဆယ့်နှစ်ဦးကို ကမ်းပေါ်သို့ ကူညီပို့ဆောင်ခဲ့သည်ဟု ပြောသည်။",
         "ferry-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Lao: its words go in the press's Latin letters (translit.c's own rules:
 * "ເຊັງໄຊ" xengxai, "ສີສຸວັນ" sisouvan, a vowel written before its
 * consonant after it), the words of a run as ICU's dictionary finds them,
 * so the Lao report meets the English one's names and joins it.
 */
TD_TEST(test_engine__lao_words_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"bus-en", "en", "Bus plunges into Xengxai river",
         "A bus carrying 30 passengers plunged into the Xengxai river near Phonkhouang on Sunday. "
         "District chief Sisouvanh said rescuers pulled 24 people from the Xengxai.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"bus-lo", "lo", "ລົດເມຕົກແມ່ນ້ຳເຊັງໄຊ",
         "ລົດເມທີ່ບັນທຸກຜູ້ໂດຍສານ ຕົກແມ່ນ້ຳເຊັງໄຊ ໃກ້ບ້ານໂພນຂວາງ ໃນວັນອາທິດ. "
         "ເຈົ້າເມືອງ ສີສຸວັນ ກ່າວວ່າ ເຈົ້າໜ້າທີ່ໄດ້ຊ່ວຍຊີວິດຫຼາຍຄົນ ຈາກແມ່ນ້ຳເຊັງໄຊ.",
         "bus-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Malayalam: ICU writes the o of "കൊല്ലം" Kollam as "eā" and leaves the
 * chillu letters and ഴ (Alappuzha) as they are; the papers' spelling and the
 * case ending cut from "ആലപ്പുഴയിൽ" (in Alappuzha) let the Malayalam report
 * meet the English one's names and join it.
 */
TD_TEST(test_engine__malayalam_words_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"boat-en", "en", "Fishing boat capsizes off Kollam",
         "A fishing boat capsized off Kollam on Friday. The coast guard rescued the crew and took "
         "them to Neendakara harbour. Two fishermen from Alappuzha are missing.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"boat-ml", "ml", "കൊല്ലം തീരത്ത് മത്സ്യബന്ധന ബോട്ട് മറിഞ്ഞു",
         "വെള്ളിയാഴ്ച കൊല്ലം തീരത്ത് മത്സ്യബന്ധന ബോട്ട് മറിഞ്ഞു. തീരസംരക്ഷണ സേന "
         "ജീവനക്കാരെ രക്ഷപ്പെടുത്തി നീണ്ടകര തുറമുഖത്ത് എത്തിച്ചു. ആലപ്പുഴയിൽ നിന്നുള്ള "
         "രണ്ട് മത്സ്യത്തൊഴിലാളികളെ കാണാനില്ല.",
         "boat-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Sinhala, which ICU does not transliterate (translit.c's own table):
 * "දොම්බගහවෙල", "රත්මල්කන්ද" and "කිරිවනගොඩ" meet Dombagahawela,
 * Ratmalkanda and Kiriwanagoda, and the Sinhala report joins the English one.
 */
TD_TEST(test_engine__sinhala_words_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"slide-en", "en", "Landslide buries road to Dombagahawela",
         "A landslide buried the only road to Dombagahawela on Sunday. Families from "
         "Dombagahawela and Ratmalkanda spent the night at a temple in Kiriwanagoda, and the army "
         "began clearing the road.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"slide-si", "si", "දොම්බගහවෙල මාර්ගය නායයෑමකින් වැසී යයි",
         "ඉරිදා ඇති වූ නායයෑමකින් දොම්බගහවෙල වෙත යන එකම මාර්ගය වැසී ගියේය. දොම්බගහවෙල සහ "
         "රත්මල්කන්ද පවුල් කිරිවනගොඩ විහාරයේ රාත්\u200dරිය ගත කළ අතර හමුදාව මාර්ගය පිරිසිදු "
         "කිරීම ආරම්භ කළේය.",
         "slide-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * A Hebrew name of three consonants with one vowel written meets a Latin
 * one whose skeleton is the same up to sound class: "קמיר" is ICU's qmir,
 * and its q is the k of Kamir.
 */
TD_TEST(test_engine__hebrew_qof_meets_latin_k)
{
    const struct scenario_row rows[] = {
        {"fire-en", "en", "Fire destroys Kamir bakery",
         "A fire destroyed the Kamir family bakery in the old market on Tuesday night. "
         "Firefighters said the blaze began in an oven. Dana Kamir, who runs the bakery, said no "
         "one was hurt and that Kamir bread would be sold from a van.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"fire-he", "he", "שריפה השמידה את מאפיית קמיר",
         "שריפה השמידה ביום שלישי בלילה את מאפיית משפחת קמיר בשוק הישן. לפי הכבאים האש פרצה "
         "בתנור. דנה קמיר, המנהלת את המאפייה, אמרה שאיש לא נפגע ושלחם קמיר יימכר מטנדר.",
         "fire-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Thai writes the k of a foreign name with ค ("คาโรนิกา" kharonika): its
 * second spelling, with k, meets Karonika, and the Thai report joins.
 */
TD_TEST(test_engine__thai_kh_meets_latin_k)
{
    const struct scenario_row rows[] = {
        {"ferry-en", "en", "Ferry sinks off Karonika island",
         "A tourist ferry sank off Karonika island on Saturday. All passengers were rescued by "
         "fishing boats and taken to the Karonika pier, the harbour office said.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"ferry-th", "th", "เรือเฟอร์รี่ล่มนอกเกาะ คาโรนิกา",
         "เรือเฟอร์รี่นักท่องเที่ยวล่มนอกเกาะ คาโรนิกา เมื่อวันเสาร์ "
         "ผู้โดยสารทุกคนได้รับการช่วยเหลือโดยเรือประมงและนำส่งท่าเรือ คาโรนิกา "
         "สำนักงานท่าเรือระบุ",
         "ferry-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * A Telugu word that opens with a vowel letter meets a name of two
 * consonants when its vowels are the name's ("ఒదురు" oduru, Oduru;
 * two_fit()): the Telugu report joins.
 */
TD_TEST(test_engine__abugida_names_of_two_consonants_meet_latin_names)
{
    const struct scenario_row rows[] = {
        {"well-en", "en", "Well collapse traps workers at Oduru",
         "Three workers were trapped when a well collapsed at Oduru on Monday. Rescuers from Oduru "
         "dug through the night.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"well-te", "te", "ఒదురులో బావి కూలి కార్మికులు చిక్కుకున్నారు",
         "సోమవారం ఒదురులో బావి కూలిపోవడంతో ముగ్గురు కార్మికులు చిక్కుకున్నారు. ఒదురు నుంచి "
         "వచ్చిన సహాయక బృందాలు రాత్రంతా తవ్వాయి.",
         "well-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Katakana spells a name by its sounds ("リンドクヴィスト" rindokuvisuto):
 * the spelling rarely meets the Latin one, so it is also matched by sound
 * against the names the engine has seen, and the Japanese report joins.
 */
TD_TEST(test_engine__katakana_names_join_by_sound)
{
    const struct scenario_row rows[] = {
        {"bridge-en", "en", bridge_en_title, bridge_en, NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"bridge-ja", "ja", "港の橋を閉鎖",
         "フェーンハーフェンのマルクス・リンドクヴィスト市長は月曜日、クリスティアンスンの検査官が"
         "主桁に亀裂を見つけたため、港の橋を二週間閉鎖すると述べた。リンドクヴィスト市長によると、"
         "その間はフェリーがオステルヴィーク海峡を渡って通勤者を運ぶ。",
         "bridge-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * A place of two consonants has no key ("Okique"), but katakana writes all
 * of its vowels (オキケ okike): the Japanese report joins the English one
 * when the name's vowels are the katakana's, in order (on_kana_sound()),
 * and not when one differs ("Okaque").
 */
TD_TEST(test_engine__short_katakana_names_meet_by_their_vowels)
{
    static const char ja_title[] = "オキケ沖で強い地震";
    static const char ja[] = "南米のオキケ沖で月曜日、強い地震があった。オキケの港では住民が高台に"
                             "避難し、漁船は沖に出た。";
    static const char *const names[] = {"Okique", "Okaque"};
    size_t i;

    for (i = 0; i < 2; i++) {
        char title[128], text[512];
        snprintf(title, sizeof(title), "Strong earthquake strikes off %s", names[i]);
        snprintf(text, sizeof(text),
                 "A strong earthquake struck off the coast of %s on Monday, and residents of the "
                 "port climbed to higher ground while fishing boats headed out to sea. %s's "
                 "harbour master said the quay was cracked.",
                 names[i], names[i]);
        const struct scenario_row rows[] = {
            {"quake-en", "en", title, text, NULL},
            {"chess-en", "en", chess_title, chess, NULL},
            {"quake-ja", "ja", ja_title, ja, i == 0 ? "quake-en" : NULL},
        };
        run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
    }
}

/*
 * Latin papers write a Chinese name in pinyin, family name first; Chinese
 * writes it in Han with no mark of where it ends. A surname and the one or
 * two characters after it, in pinyin, that spell two names seen in a row
 * count as those names (TEXT_TOKEN_NAME_PINYIN): the Chinese report, and
 * the Japanese one (Japanese writes Chinese names in kanji), join the
 * English one; the Chinese report on another official of the same surname
 * does not.
 */
static const char resign_en_title[] = "Commerce minister Zhou Lianhai resigns";
static const char resign_en[] =
    "Zhou Lianhai, who led the commerce ministry for four years, resigned on Monday after auditors "
    "questioned contracts signed by his office. Zhou Lianhai said he would cooperate with the "
    "inquiry, according to a statement from Beijing.";

TD_TEST(test_engine__chinese_names_join_their_pinyin)
{
    const struct scenario_row zh[] = {
        {"resign-en", "en", resign_en_title, resign_en, NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"resign-zh", "zh", "商务部长辞职",
         "商务部长周连海周一辞职。审计人员此前对其办公室签订的合同提出质疑。周连海表示将配合调查。",
         "resign-en"},
        {"port-zh", "zh", "港口扩建开工",
         "港务局局长周建国周一宣布，港口扩建工程正式开工，预计三年内完工。周建国说，新码头将增加一"
         "倍的吞吐能力。",
         NULL},
    };
    const struct scenario_row ja[] = {
        {"resign-en", "en", resign_en_title, resign_en, NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"resign-ja", "ja", "商務相が辞任",
         "中国の周連海商務相は月曜日、監査で契約が問題視されたことを受けて辞任した。周連海氏は調査"
         "に協力すると述べた。",
         "resign-en"},
    };

    run_scenario(zh, sizeof(zh) / sizeof(zh[0]));
    run_scenario(ja, sizeof(ja) / sizeof(ja[0]));
}

/*
 * A stretch of Han, kanji or Hangul that reads exactly as a capitalised
 * name the engine has seen counts as that name (TEXT_TOKEN_NAME_READING):
 * a Chinese brand in pinyin ("启航" Qihang), a Japanese name in kanji
 * ("森本慎吾" Shingo Morimoto), in Japanese and in Chinese text, and a
 * Korean company whose name heads a longer word ("대호자동차", Daeho +
 * motor car). Each report joins its English one; without the readings
 * they share nothing.
 */
TD_TEST(test_engine__readings_join_names_seen)
{
    static const char qihang_title[] = "Battery maker Qihang soars on market debut";
    static const char qihang[] =
        "Shares of battery maker Qihang soared on their first day of trading in Hong Kong on "
        "Wednesday. Chairman Fang Lei said Qihang would spend the money raised on new plants in "
        "Hungary and Mexico.";
    static const char morimoto_title[] = "Japan's ruling coalition loses upper house majority";
    static const char morimoto[] =
        "Prime Minister Shingo Morimoto said on Monday he would stay in office after his coalition "
        "lost its majority in the upper house. Morimoto told reporters in Tokyo that he took the "
        "result seriously.";
    static const char daeho_title[] = "Daeho Motors recalls electric cars over battery fault";
    static const char daeho[] =
        "South Korean carmaker Daeho Motors is recalling its electric cars worldwide because "
        "software may fail to detect overheating battery cells. Daeho said owners should limit "
        "fast charging until the update.";
    const struct scenario_row versions[] = {
        {"qihang-zh", "zh", "电池制造商上市首日大涨",
         "电池制造商启航周三在香港挂牌交易，股价大涨。董事长表示，启航将把募集的资金用于在匈牙利和"
         "墨西哥"
         "建设新工厂。",
         "qihang-en"},
        {"morimoto-ja", "ja", "与党、参院で過半数割れ",
         "森本慎吾首相は月曜日、参院選で与党が過半数を失ったが続投すると表明した。森本首相は記者団"
         "に、"
         "結果を真摯に受け止めると述べた。",
         "morimoto-en"},
        {"morimoto-zh", "zh", "日本执政联盟失去参议院过半数议席",
         "日本首相森本慎吾周一表示，尽管执政联盟在参议院选举中失去过半数议席，他将继续执政。森本对"
         "记者"
         "说，他严肃对待这一结果。",
         "morimoto-en"},
        {"daeho-ko", "ko", "전기차 리콜",
         "대호자동차가 배터리 과열을 감지하지 못할 수 있는 전기차를 전 세계에서 리콜한다. "
         "대호자동차는 "
         "업데이트 때까지 급속 충전을 제한하라고 당부했다.",
         "daeho-en"},
    };
    size_t v;

    for (v = 0; v < sizeof(versions) / sizeof(versions[0]); v++) {
        const struct scenario_row rows[] = {
            {"qihang-en", "en", qihang_title, qihang, NULL},
            {"morimoto-en", "en", morimoto_title, morimoto, NULL},
            {"daeho-en", "en", daeho_title, daeho, NULL},
            {"chess-en", "en", chess_title, chess, NULL},
            versions[v],
        };
        run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
    }
}

/*
 * An Arabic word is tried against every spelling seen with its key, not
 * the first one only: "موغلا" (mughla) shares its key with "Mikkel", seen
 * first, whose vowels do not fit, and meets "Muğla", whose skeleton and
 * vowels are those of its plain spelling "Mugla".
 */
TD_TEST(test_engine__uncased_words_meet_every_spelling_of_a_key)
{
    const struct scenario_row rows[] = {
        {"fire-en", "en", "Wildfire spreads in western Turkey",
         "Forest ranger Mikkel Sorensen said the wildfire above Muğla spread overnight as strong "
         "winds carried embers across the hills. The governor of Muğla ordered villages "
         "evacuated.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"fire-ar", "ar", "حريق غابات في تركيا",
         "قال مسؤولون إن حريق الغابات فوق موغلا امتد ليلا مع رياح قوية. وأمر والي موغلا بإخلاء "
         "القرى.",
         "fire-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * 尔 writes an l as well as an r: the Chinese "塔穆尔贝克" (tamuerbeike, whose
 * key drops the r before b) meets Tamulbek by its second reading
 * "tamulbeike", the only thing the two reports share. The same reading has
 * the key and skeleton of Tomrabik, whose vowels do not fit: no join.
 */
TD_TEST(test_engine__han_er_reads_as_l_when_the_vowels_fit)
{
    static const char zh_title[] = "加密货币交易所遭黑客攻击";
    static const char zh[] = "加密货币交易所塔穆尔贝克周二表示，黑客盗走其热钱包中的资产，已暂停所"
                             "有提现。塔穆尔贝克称将以自有资金赔偿用户。";
    static const char *const names[] = {"Tamulbek", "Tomrabik"};
    size_t i;

    for (i = 0; i < 2; i++) {
        char title[128], text[512];
        snprintf(title, sizeof(title), "Crypto exchange %s halts withdrawals after hack", names[i]);
        snprintf(text, sizeof(text),
                 "The crypto exchange %s halted all withdrawals on Tuesday after hackers drained "
                 "its hot wallet. %s said customers would be repaid from its own funds.",
                 names[i], names[i]);
        const struct scenario_row rows[] = {
            {"hack-en", "en", title, text, NULL},
            {"chess-en", "en", chess_title, chess, NULL},
            {"hack-zh", "zh", zh_title, zh, i == 0 ? "hack-en" : NULL},
        };
        run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
    }
}

/*
 * Papers in other languages drop the letters of Latin Extended-A: the
 * Turkish "Kızılbük" and "Doğanbey" are "Kizilbuk" and "Doganbey" in the
 * English report, and the name is folded so that both meet.
 */
TD_TEST(test_engine__extended_latin_names_meet_their_plain_spelling)
{
    const struct scenario_row rows[] = {
        {"fire-en", "en", "Wildfire forces evacuations near Kizilbuk",
         "A wildfire that started in pine forest above Kizilbuk spread towards Doganbey overnight, "
         "and firefighters from Yesilkent evacuated hundreds of holiday homes as strong winds "
         "carried embers across the bay. Kizilbuk's mayor asked visitors to leave by boat.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"fire-tr", "tr", "Kızılbük'te orman yangını",
         "Kızılbük üzerindeki çam ormanında başlayan yangın gece boyunca Doğanbey'e doğru "
         "ilerledi. "
         "Yeşilkent'ten gelen itfaiye ekipleri yüzlerce yazlığı boşalttı. Kızılbük belediye "
         "başkanı ziyaretçilerden tekneyle ayrılmalarını istedi.",
         "fire-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * Each add_one() opens a new engine on the store, as separate `tidings
 * ingest` runs do: the Korean report, added by the third, still finds the
 * names the English one was stored with (recall_names()).
 */
TD_TEST(test_engine__names_for_hangul_survive_a_reopen)
{
    static const char ko[] =
        "빈하벤의 마르쿠스 린드크비스트 시장은 월요일 크리스티안순드에서 온 검사관들이 주 거더에서 "
        "균열을 발견한 뒤 항구 다리를 두 주 동안 폐쇄한다고 밝혔다. 린드크비스트는 그동안 "
        "여객선이 오스테르비크 해협을 건너 통근자를 실어 나를 것이라고 말했다.";
    struct td_store *st;
    struct td_article a;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    article(&a, "bridge-en", bridge_en_title, bridge_en);
    a.lang = (char *)"en";
    dated(&a, "2024-03-04", 1709510400);
    ASSERT_OK(add_one(st, &a, NULL));
    article(&a, "chess-en", chess_title, chess);
    a.lang = (char *)"en";
    dated(&a, "2024-03-04", 1709514000);
    ASSERT_OK(add_one(st, &a, NULL));
    article(&a, "bridge-ko", "항구 다리 폐쇄", ko);
    a.lang = (char *)"ko";
    dated(&a, "2024-03-04", 1709517600);
    ASSERT_OK(add_one(st, &a, NULL));
    ASSERT_EQ_INT(story_of(st, "bridge-ko"), story_of(st, "bridge-en"));
    ASSERT_TRUE(story_of(st, "chess-en") != story_of(st, "bridge-en"));
    td_store_close(st);
}

/*
 * A bloc named by its acronym in two languages: "SCO" and "ШОС" share no
 * letter, and the reports share no other name or number; the table of
 * bodies (src/text/orgs.c) counts both as the name "sco", and they join.
 */
TD_TEST(test_engine__translated_acronyms_join)
{
    const struct scenario_row rows[] = {
        {"sco-en", "en", "SCO summit agrees on railway fund",
         "Leaders of the SCO agreed on a joint fund for regional railways at the SCO summit, "
         "officials said after the talks. The SCO summit closed with a declaration on transport "
         "links and customs rules for freight trains.",
         NULL},
        {"chess-en", "en", chess_title, chess, NULL},
        {"sco-ru", "ru", "Саммит ШОС договорился о фонде",
         "Лидеры стран ШОС договорились о создании общего фонда для региональных железных дорог, "
         "сообщили официальные лица после переговоров. Саммит ШОС завершился принятием декларации "
         "о транспортных связях и таможенных правилах для грузовых поездов.",
         "sco-en"},
    };

    run_scenario(rows, sizeof(rows) / sizeof(rows[0]));
}

/* The event of article `id` (td_query_assignment_at()). */
static int64_t event_of(struct td_store *st, const char *id)
{
    struct find_story f = {id, 0, 0};

    return td_query_assignment_at(st, TD_LEVEL_EVENT, on_assign, &f, NULL) == TD_OK ? f.story : -1;
}

/*
 * Opens an engine with the event model `model_path` (NULL: the built-in one)
 * on a new in-memory store, adds the three dated articles of `texts` (id,
 * lang, title, body; a NULL title takes `title`) and flushes. The caller
 * closes `*e` and `*st`.
 */
static void add_three_dated(const char *model_path, const char *const texts[][4],
                            const char *const dates[], const int64_t at[], const char *title,
                            struct td_store **st, struct td_engine **e)
{
    struct td_engine_opts o = TD_ENGINE_OPTS_INIT;
    size_t i;

    o.model_path = model_path;
    ASSERT_OK(td_store_open(":memory:", st, NULL));
    ASSERT_OK(td_engine_open(*st, &o, e, NULL));
    for (i = 0; i < 3; i++) {
        struct td_article a;
        article(&a, texts[i][0], texts[i][2] != NULL ? texts[i][2] : title, texts[i][3]);
        a.lang = (char *)texts[i][1];
        dated(&a, dates[i], at[i]);
        ASSERT_OK(td_engine_add(*e, &a, NULL, NULL));
    }
    ASSERT_OK(td_engine_flush(*e, NULL));
}

/*
 * Sets `*joins` to whether, after a report defines "Varnholt Basin Authority (VBA)", one a
 * week later that writes only "VBA" shares an event with a Spanish one that
 * writes only the full name, with the event model `model_path` (NULL: the
 * built-in one).
 */
static void defined_acronym_joins(const char *model_path, bool *joins)
{
    static const char *const texts[][4] = {
        {"def-en", "en", "Basin authority publishes its yearly report",
         "The Varnholt Basin Authority (VBA) published its yearly report on water levels, "
         "irrigation quotas and the state of its pumping stations on Tuesday."},
        {"dam-en", "en", "Authority orders dam gates shut",
         "The VBA ordered the gates of the upper dam shut after heavy rain, engineers said. "
         "The VBA expects the reservoir to crest within two days."},
        {"dam-es", "es", "Cierran las compuertas de la presa",
         "La Varnholt Basin Authority ordenó cerrar las compuertas de la presa superior tras las "
         "intensas lluvias, según los ingenieros. La Varnholt Basin Authority espera que el "
         "embalse alcance su máximo en dos días."},
    };
    static const int64_t at[] = {1709510400, 1710115200, 1710118800};
    static const char *const dates[] = {"2024-03-04", "2024-03-11", "2024-03-11"};
    struct td_store *st;
    struct td_engine *e;

    add_three_dated(model_path, texts, dates, at, NULL, &st, &e);
    *joins = event_of(st, "dam-es") == event_of(st, "dam-en");
    ASSERT_TRUE(event_of(st, "def-en") != event_of(st, "dam-en"));
    td_engine_close(e);
    td_store_close(st);
}

/*
 * An acronym the stream defined stands for its full name's words when the
 * model turns `option.acronym_defs` on (the built-in one leaves it off: no
 * dev set gained, docs/QUALITY.md `acro6`): the bare "VBA" report then meets
 * the Spanish one with the full name, and without it does not.
 */
TD_TEST(test_engine__defined_acronyms_meet_their_full_names)
{
    char path[1024];
    bool joins = true;
    FILE *f;

    defined_acronym_joins(NULL, &joins);
    ASSERT_TRUE(!joins);
    ASSERT_TRUE(snprintf(path, sizeof(path), "%s/defs.model", td_test_tmpdir()) <
                (int)sizeof(path));
    f = fopen(path, "w");
    ASSERT_TRUE(f != NULL);
    ASSERT_TRUE(fwrite(cluster_default_model, 1, cluster_default_model_len, f) ==
                cluster_default_model_len);
    ASSERT_TRUE(fputs("\noption.acronym_defs 1\n", f) >= 0);
    ASSERT_TRUE(fclose(f) == 0);
    defined_acronym_joins(path, &joins);
    ASSERT_TRUE(joins);
}

/* store_seen_fn: counts the rows of the acronyms' kind (seen_log.h SEEN_ALIASES, 2). */
static enum td_err count_alias_rows(void *ctx, int kind, const void *ops, size_t len)
{
    (void)ops;
    (void)len;
    *(size_t *)ctx += kind == 2;
    return TD_OK;
}

/*
 * Acronyms defined again and again would grow their log without end: past
 * its bound a flush writes the record whole and drops the older rows. After
 * 45 reports that each define "ABC" 500 times (90,000 log entries, in
 * batches of 4), the log keeps few rows of acronyms, and a reopened engine
 * still knows "VBA", defined first: the bare "VBA" report meets the Spanish
 * one with the full name, as in test_engine__defined_acronyms_meet_their_full_names.
 */
TD_TEST(test_engine__acronyms_log_is_bounded_and_survives_a_reopen)
{
    struct td_engine_opts o = TD_ENGINE_OPTS_INIT;
    struct td_store *st;
    struct td_engine *e;
    struct td_article a;
    struct td_buf body = TD_BUF_INIT;
    char path[1024], id[32];
    size_t i, rows = 0, alias_rows = 0;
    FILE *f;

    ASSERT_TRUE(snprintf(path, sizeof(path), "%s/defs-log.model", td_test_tmpdir()) <
                (int)sizeof(path));
    f = fopen(path, "w");
    ASSERT_TRUE(f != NULL);
    ASSERT_TRUE(fwrite(cluster_default_model, 1, cluster_default_model_len, f) ==
                cluster_default_model_len);
    ASSERT_TRUE(fputs("\noption.acronym_defs 1\n", f) >= 0);
    ASSERT_TRUE(fclose(f) == 0);
    o.model_path = path;
    o.batch_size = 4;
    for (i = 0; i < 500; i++)
        ASSERT_OK(td_buf_adds(&body, "The Alpha Bravo Charlie (ABC) met again. "));
    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, &o, &e, NULL));
    article(&a, "def-en", "Basin authority publishes its yearly report",
            "The Varnholt Basin Authority (VBA) published its yearly report on water levels, "
            "irrigation quotas and the state of its pumping stations on Tuesday.");
    a.lang = (char *)"en";
    dated(&a, "2024-03-04", 1709510400);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    for (i = 0; i < 45; i++) {
        ASSERT_TRUE(snprintf(id, sizeof(id), "abc-%zu", i) < (int)sizeof(id));
        /* Each its own text: no exact copy of the one before. */
        ASSERT_OK(td_buf_addf(&body, "Note %zu. ", i));
        article(&a, id, "Committee notes", body.data);
        a.lang = (char *)"en";
        dated(&a, "2024-03-05", 1709596800 + (int64_t)i);
        ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    }
    ASSERT_OK(td_engine_flush(e, NULL));
    td_engine_close(e);
    ASSERT_OK(store_seen_read(st, count_alias_rows, &alias_rows, &rows, NULL));
    /* One row a flush (12 flushes) without the bound. */
    ASSERT_TRUE(alias_rows >= 1 && alias_rows <= 3);
    ASSERT_OK(td_engine_open(st, &o, &e, NULL));
    article(&a, "dam-en", "Authority orders dam gates shut",
            "The VBA ordered the gates of the upper dam shut after heavy rain, engineers said. "
            "The VBA expects the reservoir to crest within two days.");
    a.lang = (char *)"en";
    dated(&a, "2024-03-11", 1710115200);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    article(
        &a, "dam-es", "Cierran las compuertas de la presa",
        "La Varnholt Basin Authority ordenó cerrar las compuertas de la presa superior tras las "
        "intensas lluvias, según los ingenieros. La Varnholt Basin Authority espera que el "
        "embalse alcance su máximo en dos días.");
    a.lang = (char *)"es";
    dated(&a, "2024-03-11", 1710118800);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    ASSERT_OK(td_engine_flush(e, NULL));
    ASSERT_EQ_INT(event_of(st, "dam-es"), event_of(st, "dam-en"));
    td_engine_close(e);
    td_store_close(st);
    td_buf_release(&body);
}

/*
 * Sets `*apart` to whether a French report of a second stranding, which
 * names the first one's island only in "un jour après le drame de
 * Romsholm", is in an event of its own after an English and a German report
 * of the first, with the event model `model_path` (NULL: the built-in one)
 * and the French headline `title`.
 */
static void second_stranding_apart(const char *model_path, const char *title, bool *apart)
{
    static const char *const texts[][4] = {
        {"a-en", "en", "Pilot whales stranded on Romsholm",
         "More than seventy pilot whales stranded on the beach of Romsholm on Monday morning. "
         "Rescuers from Havnby and the volunteer network of Ingrid Solvang tried to keep them wet "
         "until the tide turned."},
        {"a-de", "de", "Grindwale auf Romsholm gestrandet",
         "Mehr als siebzig Grindwale sind am Montagmorgen am Strand von Romsholm gestrandet. "
         "Helfer "
         "aus Havnby und Freiwillige um Ingrid Solvang versuchten, die Tiere nass zu halten."},
        {"b-fr", "fr", NULL,
         "Trente et un globicéphales se sont échoués mardi sur la plage de Tessaloe, un jour après "
         "le drame de Romsholm. Les bénévoles ont tenté de les remettre à l'eau."},
    };
    static const int64_t at[] = {1709539200, 1709546400, 1709625600};
    static const char *const dates[] = {"2024-03-04", "2024-03-04", "2024-03-05"};
    struct td_store *st;
    struct td_engine *e;

    add_three_dated(model_path, texts, dates, at, title, &st, &e);
    ASSERT_TRUE(event_of(st, "a-de") == event_of(st, "a-en"));
    *apart = event_of(st, "b-fr") != event_of(st, "a-en");
    td_engine_close(e);
    td_store_close(st);
}

/*
 * With the model option `backref_names` (off in the built-in model), a name
 * that only a clause dating another happening holds is no anchor of the
 * article's event: the second stranding no longer joins the first through
 * the island's name, as it does without the option. A headline that names
 * the island makes the clause the article's own subject, and it joins again.
 */
TD_TEST(test_engine__names_only_a_back_reference_holds_are_no_event_anchors)
{
    static const char plain[] = "Nouvel échouage de globicéphales";
    static const char named[] = "Romsholm : nouvel échouage de globicéphales";
    char path[1024];
    bool apart = true;
    FILE *f;

    second_stranding_apart(NULL, plain, &apart);
    ASSERT_TRUE(!apart);
    ASSERT_TRUE(snprintf(path, sizeof(path), "%s/backref.model", td_test_tmpdir()) <
                (int)sizeof(path));
    f = fopen(path, "w");
    ASSERT_TRUE(f != NULL);
    ASSERT_TRUE(fwrite(cluster_default_model, 1, cluster_default_model_len, f) ==
                cluster_default_model_len);
    ASSERT_TRUE(fputs("\noption.backref_names 1\n", f) >= 0);
    ASSERT_TRUE(fclose(f) == 0);
    second_stranding_apart(path, plain, &apart);
    ASSERT_TRUE(apart);
    second_stranding_apart(path, named, &apart);
    ASSERT_TRUE(!apart);
}

/* The number of names stored as given only in a back-reference clause, per replayed row. */
static enum td_err count_clause_names(void *ctx, const struct store_replay_row *row)
{
    size_t *n = ctx;
    struct cluster_vec v;
    struct cluster_doc d;
    enum td_err rc;

    cluster_vec_init(&v);
    rc = cluster_vec_parse(&v, row->terms, row->terms_len, NULL);
    d = cluster_doc_of(&v, row->has_date, row->published_at, row->lang);
    *n = rc == TD_OK ? d.nclause : 99;
    cluster_vec_release(&v);
    return rc;
}

/*
 * Ingests one undated English article `title` / `text` alone in a store and
 * replays its stored row through `fn`.
 */
static void replay_article(const char *title, const char *text, store_replay_fn fn, void *ctx)
{
    struct td_store *st;
    struct td_engine *e;
    struct td_article a;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    article(&a, "a1", title, text);
    a.lang = (char *)"en";
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    ASSERT_OK(td_engine_flush(e, NULL));
    ASSERT_OK(store_replay(st, fn, ctx, NULL));
    td_engine_close(e);
    td_store_close(st);
}

/* The clause names the engine stores for one article `title` / `text`, alone in a store. */
static void clause_names_of(const char *title, const char *text, size_t *n)
{
    *n = 99;
    replay_article(title, text, count_clause_names, n);
}

/*
 * With the option backref_names off, the names a body gives only in a clause
 * dating another happening still join, but are stored as such for the split
 * pass: none when the rest of the body or the headline names them too, or
 * when there is no such clause.
 */
TD_TEST(test_engine__names_only_a_back_reference_gives_are_stored_as_such)
{
    static const char title[] = "Haugstad wins the men's final";
    static const char clause[] =
        "Per Haugstad beat Tomas Riel in the final in Lyon on Sunday, a day after Maria Oyelaran "
        "won the women's title. The crowd stood for Haugstad.";
    static const char named[] =
        "Per Haugstad beat Tomas Riel in the final in Lyon on Sunday, a day after Maria Oyelaran "
        "won the women's title. The crowd cheered Maria Oyelaran and Per Haugstad.";
    static const char plain[] =
        "Per Haugstad beat Tomas Riel in the final in Lyon on Sunday. Maria Oyelaran won the "
        "women's title. The crowd stood for Haugstad.";

    size_t n;

    clause_names_of(title, clause, &n);
    ASSERT_TRUE(n >= 2 && n < 99);
    clause_names_of(title, named, &n);
    ASSERT_EQ_INT(n, 0);
    clause_names_of("Oyelaran and Haugstad win in Lyon", clause, &n);
    ASSERT_EQ_INT(n, 0);
    clause_names_of(title, plain, &n);
    ASSERT_EQ_INT(n, 0);
}

/* The number of storyline names stored, per replayed row (the main country's record left out). */
static enum td_err count_story_names(void *ctx, const struct store_replay_row *row)
{
    size_t *n = ctx;
    struct cluster_vec v;
    enum td_err rc;
    size_t i;

    cluster_vec_init(&v);
    rc = row->names != NULL ? cluster_vec_parse(&v, row->names, row->names_len, NULL) : TD_OK;
    *n = 0;
    for (i = 0; rc == TD_OK && i < v.n; i++)
        *n += v.terms[i] != (uint64_t)2; /* engine.c, NAMES_COUNTRY_KEY */
    if (rc != TD_OK)
        *n = 99;
    cluster_vec_release(&v);
    return rc;
}

/*
 * A country the body names by one word only in a clause dating another
 * happening ("two days after another storm killed three in France") is no
 * storyline name of the article: Bremont is its one name stored. A body
 * that names France outside the clause too keeps it.
 */
TD_TEST(test_engine__a_country_named_only_in_a_recall_is_no_storyline_name)
{
    static const char title[] = "Storm floods Bremont";
    static const char recall[] =
        "A storm flooded the streets of Bremont on Sunday, two days after another storm killed "
        "three in France. The river at Bremont burst its banks.";
    static const char named[] =
        "A storm flooded the streets of Bremont on Sunday, two days after another storm killed "
        "three in France. The river at Bremont burst its banks, the worst in France this year.";
    size_t n = 99;

    replay_article(title, recall, count_story_names, &n);
    ASSERT_EQ_INT(n, 1);
    n = 99;
    replay_article(title, named, count_story_names, &n);
    ASSERT_TRUE(n >= 2 && n < 99);
}

/*
 * The same with more one-word countries named before the recalled one than
 * the engine's short country scratch holds (ENGINE_COUNTRIES): France, named
 * only in the clause and tenth, is still no storyline name.
 */
TD_TEST(test_engine__a_country_recalled_after_many_named_is_no_storyline_name)
{
    static const char title[] = "Ministers meet in Bremont";
    static const char recall[] =
        "Ministers of Germany, Italy, Spain, Portugal, Austria, Belgium, Poland, Greece and "
        "Norway met at Bremont on Sunday, two days after another storm killed three in France. "
        "The river at Bremont burst its banks.";
    size_t n = 99, m = 99;

    replay_article(title, recall, count_story_names, &n);
    replay_article(title,
                   "Ministers of Germany, Italy, Spain, Portugal, Austria, Belgium, Poland, Greece "
                   "and Norway met at Bremont on Sunday. The river at Bremont burst its banks.",
                   count_story_names, &m);
    ASSERT_EQ_INT(n, m);
}

/*
 * A headline's own clause dating another happening away ("..., two days
 * after Lyon") does not make the names it gives the article's subject: the
 * body's clause names stay stored as such. A headline that names the place
 * outside such a clause still does.
 */
TD_TEST(test_engine__a_headline_clause_does_not_make_a_recalled_name_the_subject)
{
    static const char text[] =
        "A storm flooded the streets of Bremont on Sunday, two days after another storm killed "
        "three in Lyon. The river at Bremont burst its banks.";
    size_t n;

    clause_names_of("Storm floods Bremont, two days after Lyon", text, &n);
    ASSERT_TRUE(n >= 1 && n < 99);
    clause_names_of("After Lyon, a storm floods Bremont", text, &n);
    ASSERT_EQ_INT(n, 0);
}

/*
 * A name in a script without capitals, which the engine reads by the sound
 * of a name seen before (TEXT_TOKEN_UNCASED), is stored as given only in a
 * back-reference clause like a capitalised one: an Arabic report that
 * names Kristiansund only in "two days after a bridge closed in
 * Kristiansund", after an English report that named it. Not when its body
 * names the town outside the clause too.
 */
TD_TEST(test_engine__uncased_names_in_a_back_reference_are_stored_as_such)
{
    static const char *const bodies[] = {
        "أغلق جسر الميناء في فينهافن يوم الثلاثاء، بعد يومين من إغلاق جسر في كريستيانسوند.",
        "أغلق جسر الميناء في فينهافن يوم الثلاثاء، بعد يومين من إغلاق جسر في كريستيانسوند. "
        "وقال مفتشون من كريستيانسوند إن الشقوق كبيرة.",
    };
    size_t v, n = 99;

    for (v = 0; v < 2; v++) {
        struct td_store *st;
        struct td_engine *e;
        struct td_article a;
        ASSERT_OK(td_store_open(":memory:", &st, NULL));
        ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
        article(&a, "en1", bridge_en_title, bridge_en);
        a.lang = (char *)"en";
        ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
        article(&a, "ar1", "إغلاق جسر الميناء", bodies[v]);
        a.lang = (char *)"ar";
        ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
        ASSERT_OK(td_engine_flush(e, NULL));
        /* The replay leaves the last row's count: the Arabic report's. */
        ASSERT_OK(store_replay(st, count_clause_names, &n, NULL));
        td_engine_close(e);
        td_store_close(st);
        if (v == 0)
            ASSERT_TRUE(n >= 1 && n < 99);
        else
            ASSERT_EQ_INT(n, 0);
    }
}

/*
 * Sets `*joins` to whether a second leak's report, whose body gives the
 * first leak's place and its number of people taken to hospital (41, the
 * first event's heaviest anchor) only in "five days after ..." (`second`),
 * shares an event with the three reports of the first leak, under a model
 * that joins any candidate of an event of three (its size weighs more than
 * the join bar): cluster.h, CLUSTER_RECALL_BAR.
 */
static void second_leak_joins(const char *second, bool *joins)
{
    static const char model[] = "tidings-event-model 1\nrank.cos 1\njoin.bias -0.25\n"
                                "join.cos 1\njoin.log_size 1\noption.xl_shared_only 1\n";
    const struct scenario_row rows[] = {
        {"leak1", "en", "41 taken to hospital after chlorine leak",
         "A chlorine leak at the Varnholm water plant sent 41 people to hospital on Monday. The "
         "41 included pupils of a nearby school, and residents within 500 metres left their homes.",
         NULL},
        {"leak2", "en", "Chlorine leak: 41 treated, school closed",
         "Doctors treated 41 people after chlorine escaped from a pipe at the Varnholm plant. "
         "Three of the 41 remain in serious condition, officials said.",
         NULL},
        {"leak3", "en", "Water supply safe after chlorine leak that hurt 41",
         "The water supply was not affected by the chlorine leak that sent 41 people to hospital, "
         "the utility said, and the 41 are recovering.",
         NULL},
        {"chess", "en", chess_title, chess, NULL},
        {"leak-second", "en", "Nineteen hurt at Keldby dye works", second, NULL},
    };
    char path[1024];
    struct td_engine_opts o = TD_ENGINE_OPTS_INIT;
    struct td_store *st;
    struct td_engine *e;
    FILE *f;

    ASSERT_TRUE(snprintf(path, sizeof(path), "%s/recall.model", td_test_tmpdir()) <
                (int)sizeof(path));
    f = fopen(path, "w");
    ASSERT_TRUE(f != NULL);
    ASSERT_TRUE(fputs(model, f) >= 0);
    ASSERT_TRUE(fclose(f) == 0);
    o.model_path = path;
    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, &o, &e, NULL));
    add_rows(e, rows, sizeof(rows) / sizeof(rows[0]));
    ASSERT_TRUE(event_of(st, "leak1") == event_of(st, "leak3"));
    *joins = event_of(st, "leak-second") == event_of(st, "leak1");
    td_engine_close(e);
    td_store_close(st);
}

/*
 * A weak learned join into the event a report only recalls is refused: the
 * second leak's report gives the first event's main anchor, the number 41,
 * only in its clause about that leak, and stays apart; it joins when it
 * gives 41 outside the clause too, or with no clause cue.
 */
TD_TEST(test_engine__a_weak_join_into_the_recalled_event_is_refused)
{
    bool joins = true;

    second_leak_joins("Nineteen workers at a Keldby dye factory were hurt by fumes from a storage "
                      "tank on Saturday, five days after 41 people were taken ill at the Varnholm "
                      "water plant.",
                      &joins);
    ASSERT_TRUE(!joins);
    second_leak_joins("Nineteen workers at a Keldby dye factory were hurt by fumes from a storage "
                      "tank on Saturday, five days after 41 people were taken ill at the Varnholm "
                      "water plant. Like those 41, they were treated for coughing.",
                      &joins);
    ASSERT_TRUE(joins);
    second_leak_joins("Nineteen workers at a Keldby dye factory were hurt by fumes from a storage "
                      "tank on Saturday, while 41 people were taken ill at the Varnholm water "
                      "plant.",
                      &joins);
    ASSERT_TRUE(joins);
}

/*
 * The main country stored with a replayed row's names (storyline.h, "A
 * back-reference"): the record of the engine's reserved key 2 in front of
 * the names, whose count is the code as c0 << 8 | c1; 0 when there is none.
 */
static enum td_err stored_country(void *ctx, const struct store_replay_row *row)
{
    uint32_t *code = ctx;
    struct cluster_vec v;
    enum td_err rc;

    cluster_vec_init(&v);
    rc = cluster_vec_parse(&v, row->names, row->names_len, NULL);
    *code = rc == TD_OK && v.n > 0 && v.terms[0] == 2 ? v.counts[0] : 0;
    cluster_vec_release(&v);
    return rc;
}

/* The main country the engine stores for one English body `text`, alone in a store. */
static void main_country_of(const char *text, uint32_t *code)
{
    *code = 99;
    replay_article("Cars trapped by snow", text, stored_country, code);
}

/*
 * An article's main country is the one its body names most, leaving out a
 * country only a clause about another happening names; none for a tie or
 * a body that names no country.
 */
TD_TEST(test_engine__the_main_country_is_stored_with_the_names)
{
    const struct td_gazetteer *gaz = NULL;
    uint32_t code;

    ASSERT_OK(td_gazetteer_shared(&gaz));
    ASSERT_TRUE(gaz != NULL);
    main_country_of("Snow trapped 800 cars near Gunma in Japan on Monday. The army of Japan "
                    "brought fuel, and the government of Korea offered help.",
                    &code);
    ASSERT_EQ_INT(code, 'J' << 8 | 'P');
    main_country_of("Snow trapped 800 cars in Japan and in Korea on Monday.", &code);
    ASSERT_EQ_INT(code, 0);
    main_country_of("Snow trapped 800 cars near Gunma on Monday.", &code);
    ASSERT_EQ_INT(code, 0);
    /* Korea twice, but only inside "two days after ...": Japan's once outside it decides. */
    main_country_of("Snow trapped 800 cars near Gunma in Japan on Monday, two days after storms "
                    "hit Korea and Korea again.",
                    &code);
    ASSERT_EQ_INT(code, 'J' << 8 | 'P');
}

/*
 * The main country stored for the Chinese report of the canal ("巴拿马运河"),
 * after an English one that names Panama (the tests' small table of Han
 * readings): with model `m`, or when `m` is NULL the hand-set rule with
 * `*eo` (its `hanja_readings`).
 */
static void canal_country_with(const struct cluster_model *m, const struct td_engine_opts *eo,
                               uint32_t *code)
{
    static const struct scenario_row rows[] = {
        {"canal-en", "en", "Panama Canal lifts drought limits",
         "The Panama Canal will return to 36 transits a day after rains refilled its lake, the "
         "canal authority of Panama said on Monday.",
         NULL},
        {"canal-zh", "zh", "运河恢复通行",
         "巴拿马运河管理局周一表示，降雨使湖泊水位回升，运河将恢复每日36艘的通行量。", "canal-en"},
    };
    struct td_store *st;
    struct td_engine *e;

    ASSERT_TRUE(setenv("TIDINGS_HANJA", TD_TEST_DATA_DIR "/text/hanja_small.txt", 1) == 0);
    if (m != NULL) {
        ingest_with_model(m, m->opt_hanja_readings != 0 ? "canal1" : "canal0", rows,
                          sizeof(rows) / sizeof(rows[0]), &st, &e);
    } else {
        ASSERT_OK(td_store_open(":memory:", &st, NULL));
        ASSERT_OK(td_engine_open(st, eo, &e, NULL));
        add_rows(e, rows, sizeof(rows) / sizeof(rows[0]));
    }
    *code = 99;
    /* The rows come in order: the Chinese report's is the last. */
    ASSERT_OK(store_replay(st, stored_country, code, NULL));
    td_engine_close(e);
    td_store_close(st);
    ASSERT_TRUE(unsetenv("TIDINGS_HANJA") == 0);
}

/* canal_country_with() the built-in model, option.hanja_readings as `on` says. */
static void chinese_canal_country(bool on, uint32_t *code)
{
    struct cluster_model m;

    ASSERT_OK(model_default(&m, NULL));
    m.opt_hanja_readings = on ? 1.0 : 0.0;
    canal_country_with(&m, NULL, code);
}

/*
 * A Han reading that spells a country ("巴拿马" read 파나마, panama) counts
 * as that country's code, as the English name does (country_anchor()),
 * here seen as the Chinese report's main country; without the option its
 * pinyin names nothing. The hand-set rule (the trainer's pipeline) reads
 * Han so when td_engine_opts asks, and not otherwise.
 */
TD_TEST(test_engine__a_han_reading_of_a_country_counts_as_its_code)
{
    struct td_engine_opts eo = TD_ENGINE_OPTS_INIT;
    const struct td_gazetteer *gaz = NULL;
    uint32_t code;

    ASSERT_OK(td_gazetteer_shared(&gaz));
    ASSERT_TRUE(gaz != NULL);
    chinese_canal_country(true, &code);
    ASSERT_EQ_INT(code, 'P' << 8 | 'A');
    chinese_canal_country(false, &code);
    ASSERT_EQ_INT(code, 0);
    eo.threshold = 0.25;
    eo.hanja_readings = true;
    canal_country_with(NULL, &eo, &code);
    ASSERT_EQ_INT(code, 'P' << 8 | 'A');
    eo.hanja_readings = false;
    canal_country_with(NULL, &eo, &code);
    ASSERT_EQ_INT(code, 0);
}

/* What test_engine__mem_report_rows collects: each row's entries and bytes by its name. */
struct mem_rows {
    size_t n;
    size_t near_entries, words, events_terms, stored, total_bytes;
    bool named;
};

static void mem_row(void *ctx, const char *what, size_t entries, size_t bytes)
{
    struct mem_rows *r = ctx;

    r->n++;
    r->named = r->named && what != NULL && what[0] != '\0';
    r->total_bytes += bytes;
    if (strcmp(what, "near copies: index") == 0)
        r->near_entries = entries;
    else if (strcmp(what, "text: word memo") == 0)
        r->words = entries;
    else if (strcmp(what, "events: term dictionary") == 0)
        r->events_terms = entries;
    else if (strcmp(what, "engine: stored ids and contents (Bloom)") == 0)
        r->stored = entries;
}

/* The memory report names every holder and counts what the engine took in. */
TD_TEST(test_engine__mem_report_rows)
{
    struct td_store *st;
    struct td_engine *e;
    struct td_article a;
    struct mem_rows before = {0, 0, 0, 0, 0, 0, true}, after = before;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    td_engine_mem(e, mem_row, &before);
    ASSERT_TRUE(before.named);
    ASSERT_TRUE(before.n >= 10);
    ASSERT_EQ_INT(before.near_entries, 0);
    ASSERT_EQ_INT(before.events_terms, 0);
    article(&a, "a1", ferry_en_title, ferry_en);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    article(&a, "a2", chess_title, chess);
    ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    ASSERT_OK(td_engine_flush(e, NULL));
    td_engine_mem(e, mem_row, &after);
    ASSERT_EQ_INT(after.n, before.n);
    ASSERT_EQ_INT(after.near_entries, 2);
    ASSERT_EQ_INT(after.stored, 2);
    ASSERT_TRUE(after.words > 20);
    ASSERT_TRUE(after.events_terms > 20);
    ASSERT_TRUE(after.total_bytes > before.total_bytes);
    td_engine_close(e);
    td_store_close(st);
}

/* The heap bytes of the memory report's row "engine: names seen". */
static void names_seen_row(void *ctx, const char *what, size_t entries, size_t bytes)
{
    (void)entries;
    if (strcmp(what, "engine: names seen") == 0)
        *(size_t *)ctx = bytes;
}

/*
 * Feeds articles `first` to `first + n - 1`, each naming NAMES_AN_ARTICLE
 * distinct capitalised codes with digits ("Zq1000001"), which have no
 * phonetic key (text_name_key()).
 */
#define NAMES_AN_ARTICLE 8000
static void feed_codes(struct td_engine *e, size_t first, size_t n)
{
    size_t cap = NAMES_AN_ARTICLE * 16 + 64;
    char id[32], *text = td_malloc(cap);
    struct td_article a;
    size_t i, k, at;

    ASSERT_TRUE(text != NULL);
    for (i = first; i < first + n; i++) {
        at = (size_t)snprintf(text, cap, "The list reads");
        for (k = 0; k < NAMES_AN_ARTICLE; k++)
            at += (size_t)snprintf(text + at, cap - at, " and Zq%zu",
                                   1000000 + i * NAMES_AN_ARTICLE + k);
        text[at++] = '.';
        text[at] = '\0';
        (void)snprintf(id, sizeof(id), "codes%zu", i);
        article(&a, id, "Codes", text);
        ASSERT_OK(td_engine_add(e, &a, NULL, NULL));
    }
    ASSERT_OK(td_engine_flush(e, NULL));
    td_free(text);
}

/*
 * The record of names seen starts over at its limit also when its names
 * have no phonetic key (codes with digits): it held them all before, so
 * that a stream of such names grew it without end.
 */
TD_TEST(test_engine__keyless_names_seen_bounded)
{
    struct td_store *st;
    struct td_engine *e;
    size_t full = 0, later = 0;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    /* Past the limit of 2^17 names: the record has started over once. */
    feed_codes(e, 0, 18);
    td_engine_mem(e, names_seen_row, &full);
    /* As many names again: the record reuses its memory. */
    feed_codes(e, 18, 18);
    td_engine_mem(e, names_seen_row, &later);
    ASSERT_TRUE(full > 0);
    ASSERT_EQ_INT(later, full);
    td_engine_close(e);
    td_store_close(st);
}

/*
 * Sets `*linked` to whether a ban a week after a yacht sinking, whose body
 * names the town of the sinking once among the names of its own, joins the
 * sinking's storyline under the headline `title`; `polish`: the town is
 * Kelmarsk and the ban is written in Polish ("w Kelmarsku").
 */
static void ban_joins_sinking(const char *title, bool polish, bool *linked)
{
    static const char *const pl_texts[][4] = {
        {"s-en", "en", "Orcas sink a yacht off Kelmarsk",
         "A group of orcas rammed and sank the yacht Corvina Gale off Kelmarsk before dawn on "
         "Tuesday. Two sailors from Penmarric were picked up by the trawler Saint Odran and "
         "landed at Kelmarsk."},
        {"s-de", "de", "Orcas versenken Jacht vor Kelmarsk",
         "Orcas haben am Dienstag vor Kelmarsk die Jacht Corvina Gale versenkt. Die beiden "
         "Segler aus Penmarric wurden vom Trawler Saint Odran aufgenommen."},
        {"b-en", "pl", NULL,
         "Urząd Żeglugi zakazał małym jachtom wypływania dalej niż dwie mile od brzegu przy "
         "Tarvento i w Kelmarsku do końca lata, po tym jak orki zatopiły tam jacht w zeszłym "
         "tygodniu."},
    };
    static const char *const en_texts[][4] = {
        {"s-en", "en", "Orcas sink a yacht off Quelbarra",
         "A group of orcas rammed and sank the yacht Corvina Gale off Quelbarra before dawn on "
         "Tuesday. Two sailors from Penmarric were picked up by the trawler Saint Odran and "
         "landed at Quelbarra."},
        {"s-de", "de", "Orcas versenken Jacht vor Quelbarra",
         "Orcas haben am Dienstag vor Quelbarra die Jacht Corvina Gale versenkt. Die beiden "
         "Segler aus Penmarric wurden vom Trawler Saint Odran aufgenommen."},
        {"b-en", "en", NULL,
         "The Navigation Office barred sailing boats under fifteen metres from going more "
         "than two miles offshore between Quelbarra and Tarvento until the end of summer, after "
         "orcas sank a yacht there last week."},
    };
    static const int64_t at[] = {1709539200, 1709546400, 1710144000};
    static const char *const dates[] = {"2024-03-04", "2024-03-04", "2024-03-11"};
    struct td_store *st;
    struct td_engine *e;

    add_three_dated(NULL, polish ? pl_texts : en_texts, dates, at, title, &st, &e);
    ASSERT_TRUE(story_of(st, "s-de") == story_of(st, "s-en"));
    *linked = story_of(st, "b-en") == story_of(st, "s-en");
    td_engine_close(e);
    td_store_close(st);
}

/*
 * Sets `*joins` to whether a short Portuguese follow-up of the day after a
 * dengue emergency in Quelbarra, whose body names only the towns nearby
 * (new to the stream), joins the emergency's event under the headline
 * `title`, with the built-in model.
 */
static void towns_join_emergency(const char *title, bool *joins)
{
    static const char *const texts[][4] = {
        {"e-pt", "pt", "Quelbarra decreta emergência por causa da dengue",
         "A prefeitura de Quelbarra decretou nesta terça-feira situação de emergência em saúde "
         "pública por causa da dengue. A cidade de Quelbarra registrou 38.400 casos prováveis e "
         "11 mortes desde o início do ano."},
        {"e-pt2", "pt", "Dengue: Quelbarra em emergência",
         "Quelbarra está em emergência por causa da dengue, com 38.400 casos e 11 mortes. O "
         "decreto de Quelbarra permite contratar agentes sem licitação."},
        {"t-pt", "pt", NULL,
         "Varzelina, Passo Fundo Velho e Tamboril avaliam decretar emergência depois que a "
         "capital o fez na terça. Em Varzelina, os casos de dengue subiram 190 por cento."},
    };
    static const int64_t at[] = {1709640000, 1709650000, 1709730000};
    static const char *const dates[] = {"2024-03-05", "2024-03-05", "2024-03-06"};
    struct td_store *st;
    struct td_engine *e;

    add_three_dated(NULL, texts, dates, at, title, &st, &e);
    ASSERT_TRUE(event_of(st, "e-pt2") == event_of(st, "e-pt"));
    *joins = event_of(st, "t-pt") == event_of(st, "e-pt");
    td_engine_close(e);
    td_store_close(st);
}

/*
 * The headline's names of a short follow-up reach follows() (cluster.h
 * `title_names`): the towns' report joins the emergency when its headline
 * names the city, the event's main name, and stays alone under one that
 * names only the towns.
 */
TD_TEST(test_engine__a_follow_up_joins_the_event_its_headline_names)
{
    bool joins = false;

    towns_join_emergency("Cidades vizinhas a Quelbarra estudam seguir decreto da dengue", &joins);
    ASSERT_TRUE(joins);
    towns_join_emergency("Cidades vizinhas estudam seguir decreto da dengue", &joins);
    ASSERT_TRUE(!joins);
    towns_join_emergency("Varzelina e Tamboril estudam seguir decreto da dengue", &joins);
    ASSERT_TRUE(!joins);
}

/*
 * The headline's names reach the storyline level (storyline.h): the ban
 * names the town of the sinking in its headline and body, and that town is
 * the sinking's storyline's alone, so it links; with a headline that does
 * not name it, the one name in the body is too little and it starts its own.
 */
TD_TEST(test_engine__a_headline_name_links_a_sequel)
{
    bool linked = false;

    ban_joins_sinking("Small yachts kept near the coast between Quelbarra and Tarvento", false,
                      &linked);
    ASSERT_TRUE(linked);
    ban_joins_sinking("Small yachts kept near the coast after orca attacks", false, &linked);
    ASSERT_TRUE(!linked);
    /* A headline's name in a case form counts as the base form seen before ("w Kelmarsku"). */
    ban_joins_sinking("Zakaz dla małych jachtów w Kelmarsku", true, &linked);
    ASSERT_TRUE(linked);
    ban_joins_sinking("Zakaz dla małych jachtów po atakach orek", true, &linked);
    ASSERT_TRUE(!linked);
}

/*
 * Sets `*linked` to whether the first report of a second yacht sinking, a
 * week after one off Quelbarra and in another town, joins the first
 * sinking's storyline under the headline `title`; its body names Quelbarra
 * only in the clause that dates the first sinking away.
 */
static void second_sinking_joins_first(const char *title, bool *linked)
{
    static const char *const texts[][4] = {
        {"s-en", "en", "Orcas sink a yacht off Quelbarra",
         "A group of orcas rammed and sank the yacht Corvina Gale off Quelbarra before dawn on "
         "Tuesday. Two sailors from Penmarric were picked up by the trawler Saint Odran and "
         "landed at Quelbarra."},
        {"s-de", "de", "Orcas versenken Jacht vor Quelbarra",
         "Orcas haben am Dienstag vor Quelbarra die Jacht Corvina Gale versenkt. Die beiden "
         "Segler aus Penmarric wurden vom Trawler Saint Odran aufgenommen."},
        {"t-en", "en", NULL,
         "Orcas rammed a sloop off Tarvento on Monday and broke its rudder, a week after "
         "Quelbarra. A lifeboat towed the sloop and its crew of three to the harbour."},
    };
    static const int64_t at[] = {1709539200, 1709546400, 1710144000};
    static const char *const dates[] = {"2024-03-04", "2024-03-04", "2024-03-11"};
    struct td_store *st;
    struct td_engine *e;

    add_three_dated(NULL, texts, dates, at, title, &st, &e);
    ASSERT_TRUE(story_of(st, "s-de") == story_of(st, "s-en"));
    *linked = story_of(st, "t-en") == story_of(st, "s-en");
    td_engine_close(e);
    td_store_close(st);
}

/*
 * A headline's clause that dates another happening away ("..., a week
 * after Quelbarra") gives the storyline level no headline name: the second
 * sinking's report does not link the first's storyline by the headline
 * rule. A headline that names the town outside such a clause still links.
 */
TD_TEST(test_engine__a_headline_recall_names_no_subject)
{
    bool linked = true;

    second_sinking_joins_first("Orcas hit a sloop off Tarvento, a week after Quelbarra", &linked);
    ASSERT_TRUE(!linked);
    second_sinking_joins_first("After Quelbarra, orcas hit a sloop off Tarvento", &linked);
    ASSERT_TRUE(linked);
}

/*
 * Sets `*linked` to whether a Korean follow-up `days` after a market fire
 * told in Korean, which gives the storyline level no name (Hangul words
 * meet no name seen in capitals), joins the fire's storyline.
 */
static void aid_joins_fire(int days, bool *linked)
{
    static const char *const texts[][4] = {
        {"fire-1", "ko", "전통시장 큰불 점포 수백 곳 전소",
         "새벽에 전통시장에서 큰불이 나 점포 수백 곳이 모두 탔다. 소방당국은 상인들이 대피해 "
         "인명 피해는 없었다고 밝혔다. 상인들은 김장철 대목을 앞두고 물건을 모두 잃었다."},
        {"fire-2", "ko", "전통시장 화재 합동감식 전기 합선 가능성",
         "경찰과 소방당국은 전통시장 화재 현장에서 합동감식을 벌였다. 점포 수백 곳을 태운 "
         "불은 전기 합선에서 시작됐을 가능성이 있다. 상인들은 피해 보상을 요구했다."},
        {"aid-1", "ko", "화재 피해 상인들 임시시장 개장",
         "전통시장 화재로 점포를 잃은 상인들이 임시시장에서 다시 장사를 시작했다. 상인들은 "
         "피해 보상과 시장 재건을 기다리고 있다."},
    };
    const int64_t at[] = {1796601600, 1796626800, 1796601600 + (int64_t)days * 86400};
    const char *const dates[] = {"2026-12-03", "2026-12-03",
                                 days < 100 ? "2026-12-20" : "2027-06-21"};
    struct td_store *st;
    struct td_engine *e;

    add_three_dated(NULL, texts, dates, at, NULL, &st, &e);
    ASSERT_TRUE(story_of(st, "fire-2") == story_of(st, "fire-1"));
    *linked = event_of(st, "aid-1") != event_of(st, "fire-1") &&
              story_of(st, "aid-1") == story_of(st, "fire-1");
    td_engine_close(e);
    td_store_close(st);
}

/*
 * A follow-up that names nothing (storyline.h): a later event's first
 * report in Hangul, with no name the storyline level reads, links the
 * storyline of the event its words retell in its language, when it comes
 * within `single_days` of it; half a year on it starts its own.
 */
TD_TEST(test_engine__a_follow_up_that_names_nothing_links_by_its_words)
{
    bool linked = false;

    aid_joins_fire(17, &linked);
    ASSERT_TRUE(linked);
    aid_joins_fire(200, &linked);
    ASSERT_TRUE(!linked);
}
