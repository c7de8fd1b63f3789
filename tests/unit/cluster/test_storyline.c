/*
 * test_storyline.c - tests of src/cluster/storyline.c: new events joining a
 * storyline through shared names or starting their own, known events
 * keeping theirs, the shared-names rule, replay with `storyline_add`
 * reproducing live decisions, argument errors, profile pruning,
 * allocation failures, and the one-name link with its second evidence
 * (the name's share of the article, the time).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "cluster/cluster.h"
#include "cluster/storyline.h"
#include "core/alloc.h"
#include "core/map64.h"
#include "test.h"
#include "words.h"

/* The names of one article, from space-separated words; owns its vector. */
struct ndoc {
    struct cluster_vec v;
    struct storyline_doc d;
};

/* Builds `t` from `words` (each occurrence counts once). */
static enum td_err ndoc_init(struct ndoc *t, const char *words)
{
    enum td_err rc = words_vec(&t->v, words);

    t->d.names = t->v.terms;
    t->d.counts = t->v.counts;
    t->d.n = t->v.n;
    t->d.has_date = false;
    t->d.published_at = 0;
    t->d.title_names = NULL;
    t->d.ntitle = 0;
    t->d.clause_names = NULL;
    t->d.nclause = 0;
    t->d.title_names = NULL;
    t->d.ntitle = 0;
    t->d.country = 0;
    t->d.near_story = 0;
    t->d.text_story = 0;
    t->d.text_score = 0.0;
    return rc;
}

static void ndoc_release(struct ndoc *t)
{
    cluster_vec_release(&t->v);
}

/* Day 0 of the dated fixtures: 2030-01-01 00:00 UTC. */
#define DAY0 1893456000
#define UNDATED (-1)
/* The Unix time of day `day` after DAY0, for place_doc(). */
#define DAY_AT(day) (DAY0 + (int64_t)(day)*86400)

/*
 * Places an article with `words` as names in `event`, when `dated` at Unix
 * time `at` (any value, the extremes too), with the event level's hints of
 * `x` (its near, text and title fields; NULL: none); returns its story (or -1).
 */
static int64_t place_doc(struct storyline_state *sl, int64_t event, const char *words, bool dated,
                         int64_t at, const struct storyline_doc *x, double *score)
{
    struct ndoc t;
    int64_t story = -1;

    if (ndoc_init(&t, words) == TD_OK) {
        t.d.has_date = dated;
        t.d.published_at = dated ? at : 0;
        if (x != NULL) {
            t.d.near_story = x->near_story;
            t.d.text_story = x->text_story;
            t.d.text_score = x->text_score;
            t.d.title_names = x->title_names;
            t.d.ntitle = x->ntitle;
        }
        if (storyline_place(sl, event, &t.d, &story, score, NULL) != TD_OK)
            story = -1;
    }
    ndoc_release(&t);
    return story;
}

/*
 * Places an article with `words` as names in `event`, dated `day` days
 * after DAY0 (UNDATED: no date); returns its story (or -1).
 */
static int64_t place_on(struct storyline_state *sl, int64_t event, const char *words, int day,
                        double *score)
{
    return place_doc(sl, event, words, day != UNDATED, DAY_AT(day), NULL, score);
}

/* Places an undated article with `words` as names in `event`; returns its story (or -1). */
static int64_t place(struct storyline_state *sl, int64_t event, const char *words, double *score)
{
    return place_on(sl, event, words, UNDATED, score);
}

/* A storyline told twice, an unrelated one, and one sharing a single name with the first. */
static const struct {
    int64_t event;
    const char *names;
    int64_t want_story;
} stream[] = {
    {1, "Marlowe Quist Ardenne Court Velsing", 1},
    {1, "Marlowe Quist Velsing", 1},
    {2, "Tobruk Halvard Pellam Harbour", 2},
    /* Years later, a new event naming the same people joins storyline 1. */
    {3, "Marlowe Quist Ardenne Oslen", 1},
    /* One shared name is not enough for a storyline of its own names. */
    {4, "Velsing Brokaw Tamsin Ilder", 3},
    {2, "Halvard Pellam", 2},
};
#define NSTREAM (sizeof(stream) / sizeof(stream[0]))

TD_TEST(test_storyline__events_join_by_shared_names)
{
    struct storyline_state *sl;
    size_t i;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    for (i = 0; i < NSTREAM; i++) {
        double score = -1;
        int64_t story = place(sl, stream[i].event, stream[i].names, &score);
        ASSERT_EQ_INT(story, stream[i].want_story);
        ASSERT_EQ_INT(storyline_story_of(sl, stream[i].event), story);
        /* Only a new event joining an existing storyline has a score. */
        if (i == 3)
            ASSERT_TRUE(score >= 0.2 && score <= 1.0 + 1e-9);
        else
            ASSERT_NEAR(score, 0.0, 1e-12);
    }
    ASSERT_EQ_INT(storyline_count(sl), 3);
    ASSERT_EQ_INT(storyline_story_of(sl, 0), 0);
    ASSERT_EQ_INT(storyline_story_of(sl, 99), 0);
    storyline_free(sl);
    storyline_free(NULL);
}

TD_TEST(test_storyline__thresholds_are_options)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;

    /* With one shared name allowed and a low threshold, event 2 joins. */
    o.min_shared = 1;
    o.threshold = 0.01;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    ASSERT_EQ_INT(place(sl, 1, "Marlowe Quist Velsing", NULL), 1);
    ASSERT_EQ_INT(place(sl, 2, "Velsing Brokaw Tamsin", NULL), 1);
    storyline_free(sl);
    /* A threshold above any cosine, with the rare-name rules off, keeps every event apart. */
    o = (struct storyline_opts)STORYLINE_OPTS_INIT;
    o.threshold = 1.5;
    o.rare_share = 0;
    o.rare_low_share = 0;
    o.single_threshold = 0;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    ASSERT_EQ_INT(place(sl, 1, "Marlowe Quist Velsing", NULL), 1);
    ASSERT_EQ_INT(place(sl, 2, "Marlowe Quist Velsing", NULL), 2);
    storyline_free(sl);
}

TD_TEST(test_storyline__article_without_names_starts_a_storyline)
{
    struct storyline_state *sl;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    ASSERT_EQ_INT(place(sl, 1, "Marlowe Quist", NULL), 1);
    ASSERT_EQ_INT(place(sl, 2, "", NULL), 2);
    /* A known event keeps its storyline even with no names. */
    ASSERT_EQ_INT(place(sl, 1, "", NULL), 1);
    storyline_free(sl);
}

TD_TEST(test_storyline__replay_gives_the_same_decisions)
{
    struct storyline_state *live, *replayed;
    const char *next = "Quist Ardenne Marlowe Brokaw";
    size_t i;

    ASSERT_OK(storyline_new(NULL, &live, NULL));
    ASSERT_OK(storyline_new(NULL, &replayed, NULL));
    for (i = 0; i < NSTREAM; i++) {
        struct ndoc t;
        int64_t story = place(live, stream[i].event, stream[i].names, NULL);
        ASSERT_OK(ndoc_init(&t, stream[i].names));
        ASSERT_OK(storyline_add(replayed, stream[i].event, story, &t.d, NULL));
        ndoc_release(&t);
    }
    ASSERT_EQ_INT(storyline_count(replayed), storyline_count(live));
    for (i = 1; i <= 4; i++)
        ASSERT_EQ_INT(storyline_story_of(replayed, (int64_t)i),
                      storyline_story_of(live, (int64_t)i));
    /* The next decision, with its score, is the same on both states. */
    {
        double a = -1, b = -2;
        ASSERT_EQ_INT(place(live, 5, next, &a), place(replayed, 5, next, &b));
        ASSERT_NEAR(a, b, 1e-12);
        ASSERT_EQ_INT(storyline_story_of(live, 5), 1);
    }
    storyline_free(live);
    storyline_free(replayed);
}

TD_TEST(test_storyline__bad_ids)
{
    struct storyline_state *sl;
    struct td_error err;
    struct ndoc t;
    int64_t story = 42;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    ASSERT_OK(ndoc_init(&t, "Marlowe"));
    ASSERT_EQ_INT(storyline_place(sl, 0, &t.d, &story, NULL, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(story, 42);
    ASSERT_EQ_INT(storyline_add(sl, -1, 1, &t.d, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(storyline_add(sl, 1, 0, &t.d, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(storyline_add(sl, (int64_t)1 << 40, 1, &t.d, &err), TD_ERR_INVALID);
    ASSERT_OK(storyline_add(sl, 3, 2, &t.d, NULL));
    /* An event lives in one storyline only. */
    ASSERT_EQ_INT(storyline_add(sl, 3, 1, &t.d, &err), TD_ERR_INVALID);
    ASSERT_TRUE(strstr(err.msg, "event 3 is in story 2") != NULL);
    /* Replay created storylines 1 and 2 (1 empty) and events up to 3. */
    ASSERT_EQ_INT(storyline_count(sl), 2);
    ASSERT_EQ_INT(storyline_story_of(sl, 2), 0);
    ndoc_release(&t);
    storyline_free(sl);
}

TD_TEST(test_storyline__profiles_are_pruned)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;
    char words[256];
    int i;

    o.profile_terms = 3;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    /* The heavy names survive pruning and still link a new event. */
    for (i = 0; i < 6; i++) {
        (void)snprintf(words, sizeof(words), "Marlowe Quist Extra%d Other%d", i, i);
        ASSERT_EQ_INT(place(sl, 1, words, NULL), 1);
    }
    ASSERT_EQ_INT(place(sl, 2, "Marlowe Quist", NULL), 1);
    storyline_free(sl);
}

TD_TEST(test_storyline__shortlist_keeps_most_shared_names)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;
    char words[128];
    int64_t k;

    /* Forty storylines share one common name; only one shares all three. */
    o.max_candidates = 4;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    for (k = 1; k <= 40; k++) {
        (void)snprintf(words, sizeof(words), "Common Alpha%lld Beta%lld", (long long)k,
                       (long long)k);
        ASSERT_EQ_INT(place(sl, k, words, NULL), k);
    }
    ASSERT_EQ_INT(place(sl, 41, "Common Alpha17 Beta17", NULL), 17);
    ASSERT_EQ_INT(storyline_count(sl), 40);
    storyline_free(sl);
}

TD_TEST(test_storyline__oom)
{
    long n;

    for (n = 1;; n++) {
        struct storyline_state *sl = NULL;
        struct ndoc docs[NSTREAM];
        size_t i;
        enum td_err rc;
        for (i = 0; i < NSTREAM; i++)
            ASSERT_OK(ndoc_init(&docs[i], stream[i].names));
        alloc_fail_after(n);
        rc = storyline_new(NULL, &sl, NULL);
        for (i = 0; rc == TD_OK && i < NSTREAM; i++) {
            int64_t story;
            rc = storyline_place(sl, stream[i].event, &docs[i].d, &story, NULL, NULL);
        }
        alloc_fail_after(-1);
        storyline_free(sl);
        for (i = 0; i < NSTREAM; i++)
            ndoc_release(&docs[i]);
        if (rc == TD_OK)
            break;
        ASSERT_EQ_INT(rc, TD_ERR_NOMEM);
    }
    ASSERT_TRUE(n > 1);
}

/*
 * Storylines decided again: an event first told with no usable names (a
 * flash in another script) learns them from its next articles and moves
 * into the storyline they name; an event that names one shared place does not.
 */
static const struct {
    int64_t event;
    const char *names;
    int64_t want_story; /* the story the article's event is in after it */
} late_stream[] = {
    {1, "Marlowe Quist Ardenne Velsing", 1},
    {2, "Tobruk Halvard Pellam Harbour", 2},
    /* Event 3 is first told with no names: a storyline of its own. */
    {3, "", 3},
    /* Its next article names the people of storyline 1: it moves there. */
    {3, "Marlowe Quist Ardenne Oslen", 1},
    {3, "Quist Oslen", 1},
    /* Event 4, also first told with no names, then one shared place only. */
    {4, "", 4},
    {4, "Velsing Brokaw Tamsin Ilder", 4},
    /* Event 5: one name no storyline holds (too few to link), then storyline 2's names. */
    {5, "Zennor", 5},
    {5, "Tobruk Halvard Pellam", 2},
};
#define NLATE (sizeof(late_stream) / sizeof(late_stream[0]))

TD_TEST(test_storyline__event_moves_when_it_learns_names)
{
    struct storyline_state *sl;
    struct storyline_move mv;
    double score = -1;
    size_t i;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    for (i = 0; i < NLATE; i++) {
        ASSERT_EQ_INT(place(sl, late_stream[i].event, late_stream[i].names, &score),
                      late_stream[i].want_story);
        ASSERT_EQ_INT(storyline_story_of(sl, late_stream[i].event), late_stream[i].want_story);
        if (i == 3) {
            ASSERT_TRUE(storyline_last_move(sl, &mv));
            ASSERT_EQ_INT(mv.event, 3);
            ASSERT_EQ_INT(mv.from, 3);
            ASSERT_EQ_INT(mv.into, 1);
            ASSERT_TRUE(score >= 0.2);
        } else if (i != 8) {
            ASSERT_TRUE(!storyline_last_move(sl, &mv));
        }
    }
    /* Storyline 3 is left empty: a new event naming its old names finds storyline 1. */
    ASSERT_EQ_INT(storyline_count(sl), 5);
    ASSERT_EQ_INT(place(sl, 6, "Oslen Ardenne Marlowe", NULL), 1);
    storyline_free(sl);
}

TD_TEST(test_storyline__without_rechecks_the_first_article_decides)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;
    size_t i;

    o.recheck_max = 0;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    for (i = 0; i < NLATE; i++)
        (void)place(sl, late_stream[i].event, late_stream[i].names, NULL);
    ASSERT_EQ_INT(storyline_story_of(sl, 3), 3);
    ASSERT_EQ_INT(storyline_story_of(sl, 5), 5);
    storyline_free(sl);
}

TD_TEST(test_storyline__recheck_is_bounded)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;
    int k;

    /* Past its budget of re-checks, the event stays where it is. */
    o.recheck_max = 2;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    ASSERT_EQ_INT(place(sl, 1, "Marlowe Quist Ardenne", NULL), 1);
    ASSERT_EQ_INT(place(sl, 2, "", NULL), 2);
    for (k = 0; k < 2; k++)
        ASSERT_EQ_INT(place(sl, 2, "Brokaw Tamsin", NULL), 2);
    ASSERT_EQ_INT(place(sl, 2, "Marlowe Quist Ardenne", NULL), 2);
    /*
     * Nor does a young storyline move once a second event is in it that is
     * no follower (its first article gives `recheck_names` names or more).
     */
    ASSERT_EQ_INT(place(sl, 3, "", NULL), 3);
    ASSERT_EQ_INT(place(sl, 4, "Brokaw Tamsin Halvard", NULL), 2);
    ASSERT_EQ_INT(place(sl, 3, "Halvard Pellam Ilder", NULL), 3);
    ASSERT_EQ_INT(place(sl, 5, "Halvard Pellam Ilder Corwen Dastra Emsley Farrow Gilmer", NULL), 3);
    ASSERT_EQ_INT(place(sl, 3, "Marlowe Quist Ardenne", NULL), 3);
    storyline_free(sl);
    /* Nor after `recheck_docs` articles of the stream. */
    o = (struct storyline_opts)STORYLINE_OPTS_INIT;
    o.recheck_docs = 3;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    ASSERT_EQ_INT(place(sl, 1, "Marlowe Quist Ardenne", NULL), 1);
    ASSERT_EQ_INT(place(sl, 2, "", NULL), 2);
    for (k = 3; k < 7; k++)
        ASSERT_EQ_INT(place(sl, k, "", NULL), k);
    ASSERT_EQ_INT(place(sl, 2, "Marlowe Quist Ardenne", NULL), 2);
    storyline_free(sl);
}

TD_TEST(test_storyline__replay_applies_logged_moves)
{
    struct storyline_state *live, *replayed;
    struct storyline_move moves[NLATE];
    int64_t stories[NLATE];
    size_t i, nmoves = 0, m = 0;
    const char *next = "Oslen Quist Tamsin";
    double a = -1, b = -2;

    ASSERT_OK(storyline_new(NULL, &live, NULL));
    ASSERT_OK(storyline_new(NULL, &replayed, NULL));
    for (i = 0; i < NLATE; i++) {
        stories[i] = place(live, late_stream[i].event, late_stream[i].names, NULL);
        if (storyline_last_move(live, &moves[nmoves]))
            moves[nmoves++].event = (int64_t)i; /* the article index, for the replay below */
    }
    ASSERT_EQ_INT(nmoves, 2);
    for (i = 0; i < NLATE; i++) {
        struct ndoc t;
        int64_t ev = late_stream[i].event, story = storyline_story_of(replayed, ev);
        /* A new event starts where it started live: the move's origin if it moved. */
        if (story == 0)
            story = (ev == 3 || ev == 5) ? ev : stories[i];
        ASSERT_OK(ndoc_init(&t, late_stream[i].names));
        ASSERT_OK(storyline_add(replayed, ev, story, &t.d, NULL));
        ndoc_release(&t);
        if (m < nmoves && moves[m].event == (int64_t)i) {
            struct storyline_move mv = moves[m++];
            mv.event = ev;
            ASSERT_OK(storyline_move(replayed, &mv, NULL));
        }
        ASSERT_EQ_INT(storyline_story_of(replayed, ev), stories[i]);
    }
    ASSERT_EQ_INT(storyline_count(replayed), storyline_count(live));
    ASSERT_EQ_INT(place(live, 6, next, &a), place(replayed, 6, next, &b));
    ASSERT_NEAR(a, b, 1e-12);
    /* The budgets left are the same too: both move a new nameless event alike. */
    ASSERT_EQ_INT(place(live, 7, "", NULL), place(replayed, 7, "", NULL));
    ASSERT_EQ_INT(place(live, 7, "Halvard Tobruk", NULL),
                  place(replayed, 7, "Halvard Tobruk", NULL));
    ASSERT_EQ_INT(storyline_story_of(live, 7), 2);
    storyline_free(live);
    storyline_free(replayed);
}

TD_TEST(test_storyline__bad_moves)
{
    static const struct storyline_move bad[] = {
        {2, 2, 2}, /* into itself */
        {2, 1, 3}, /* event 2 is not in storyline 1 */
        {3, 3, 1}, /* storyline 3 holds two events: it does not move */
        {2, 2, 4}, /* no storyline 4 */
        {2, 2, 0},
    };
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;
    struct storyline_move mv = {2, 2, 1};
    struct td_error err;
    size_t i;

    o.recheck_names = 2;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    ASSERT_EQ_INT(place(sl, 1, "Marlowe Quist", NULL), 1);
    ASSERT_EQ_INT(place(sl, 2, "", NULL), 2);
    ASSERT_EQ_INT(place(sl, 3, "Halvard Pellam", NULL), 3);
    ASSERT_EQ_INT(place(sl, 4, "Halvard Pellam", NULL), 3);
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        ASSERT_EQ_INT(storyline_move(sl, &bad[i], &err), TD_ERR_INVALID);
    ASSERT_TRUE(strstr(err.msg, "cannot move event 2 from story 2 to 0") != NULL);
    ASSERT_OK(storyline_move(sl, &mv, NULL));
    ASSERT_EQ_INT(storyline_story_of(sl, 2), 1);
    /* Moved once, it is no longer young. */
    mv.from = 1;
    mv.into = 3;
    ASSERT_EQ_INT(storyline_move(sl, &mv, &err), TD_ERR_INVALID);
    storyline_free(sl);
}

TD_TEST(test_storyline__oom_while_moving)
{
    long n;

    for (n = 1;; n++) {
        struct storyline_state *sl = NULL;
        struct ndoc docs[NLATE];
        size_t i;
        enum td_err rc;
        for (i = 0; i < NLATE; i++)
            ASSERT_OK(ndoc_init(&docs[i], late_stream[i].names));
        alloc_fail_after(n);
        rc = storyline_new(NULL, &sl, NULL);
        for (i = 0; rc == TD_OK && i < NLATE; i++) {
            int64_t story;
            rc = storyline_place(sl, late_stream[i].event, &docs[i].d, &story, NULL, NULL);
        }
        alloc_fail_after(-1);
        storyline_free(sl);
        for (i = 0; i < NLATE; i++)
            ndoc_release(&docs[i]);
        if (rc == TD_OK)
            break;
        ASSERT_EQ_INT(rc, TD_ERR_NOMEM);
    }
    ASSERT_TRUE(n > 1);
}

TD_TEST(test_storyline__decided_on_enough_names_stays)
{
    static const char eight[] = "Brokaw Tamsin Ilder Oslen Pellam Halvard Tobruk Velsing";
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;

    /* A first article with `recheck_names` names or more decided for good. */
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    ASSERT_EQ_INT(place(sl, 1, "Marlowe Quist Ardenne", NULL), 1);
    ASSERT_EQ_INT(place(sl, 2, eight, NULL), 2);
    ASSERT_EQ_INT(place(sl, 2, "Marlowe Quist Ardenne", NULL), 2);
    storyline_free(sl);
    /* With one name fewer than the limit it would have been revisited. */
    o.recheck_names = 9;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    ASSERT_EQ_INT(place(sl, 1, "Marlowe Quist Ardenne", NULL), 1);
    ASSERT_EQ_INT(place(sl, 2, eight, NULL), 2);
    ASSERT_EQ_INT(place(sl, 2, "Marlowe Quist Ardenne", NULL), 1);
    storyline_free(sl);
}

/*
 * Storylines by rare names: a mine collapse told at length (its mine and
 * region in every report), a strike storyline in the same country, and two
 * later events. The charges weeks later name the mine's owner, his firm,
 * the town and the regulator, names no other storyline holds, among names
 * of their own; a second strike shares only the country, its capital and a
 * port (held by both storylines, or by one alone: one rare name is not
 * enough).
 */
#define MINE "Atacama Atacama Atacama Altamira Altamira Chile "
static const char *const mine_story[] = {
    MINE "Insunza Rodrigo Minera Copiapo Santiago Sernageomin Onemi",
    MINE "Minera Borquez Valentina Copiapo Onemi Santiago Codelco",
    MINE "Borquez Onemi Codelco Antofagasta Caldera Lagos Ximena",
    MINE "Minera Insunza Rodrigo Capsula Santiago Pinera Golborne",
    MINE "Fenix Nasa Duncan Michael Estrella Camp Esperanza Sepulveda",
    MINE "Urzua Luis Avalos Florencio Mamani Carlos Bolivia Morales",
    MINE "Segovia Dario Ticona Ariel Barrios Yonni Gomez Mario Rojas",
    "Atacama Atacama Atacama Chile Lobos Franklin Pena Victor Zamora Villarroel Raul",
    "Atacama Atacama Atacama Chile Iturra Juan Bustos Raul Aguilar Cortez Pedro Herrera",
};
#undef MINE
static const char strike_story[] = "Chile Santiago Colegio Profesores Valparaiso Aguilar Mario Cut";
static const char mine_charges[] = "Insunza Insunza Rodrigo Minera Copiapo Sernageomin Fiscalia "
                                   "Tribunal Guzman";
static const char second_strike[] = "Chile Santiago Portuarios Union Iquique Tapia Ruben "
                                    "Antofagasta";

/* Places the two storylines of the fixture: the mine (event 1) and the strike (event 2). */
static void place_mine_and_strike(struct storyline_state *sl)
{
    size_t i;

    for (i = 0; i < sizeof(mine_story) / sizeof(mine_story[0]); i++)
        ASSERT_EQ_INT(place(sl, 1, mine_story[i], NULL), 1);
    ASSERT_EQ_INT(place(sl, 2, strike_story, NULL), 2);
}

TD_TEST(test_storyline__rare_names_link_a_later_event)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;
    double score = -1;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_mine_and_strike(sl);
    /* Linked below the cosine threshold, by the names only the mine's storyline holds. */
    ASSERT_EQ_INT(place(sl, 3, mine_charges, &score), 1);
    ASSERT_TRUE(score >= o.rare_threshold && score < o.threshold);
    /* Two shared names, neither rare, and a low cosine: a storyline of its own. */
    ASSERT_EQ_INT(place(sl, 4, second_strike, &score), 3);
    ASSERT_EQ_INT(storyline_count(sl), 3);
    storyline_free(sl);
    /* With the rules off the charges start a storyline, as they did before them. */
    o.rare_share = 0;
    o.rare_low_share = 0;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    place_mine_and_strike(sl);
    ASSERT_EQ_INT(place(sl, 3, mine_charges, &score), 3);
    ASSERT_EQ_INT(place(sl, 4, second_strike, &score), 4);
    storyline_free(sl);
}

/*
 * Rare names among many: a report a week on (the inquiry's first hearing)
 * names the mine, the firm, its owner and the town, names only the mine's
 * storyline holds, among seven names of its own (officials, witnesses), so
 * they carry less than `rare_share` of its weight; its cosine is under
 * `threshold`. The strike storyline of the fixture shares four names with
 * the mine's (the country, the capital and two names given in passing),
 * all the mine's alone while it is the only other storyline, at a cosine
 * just under `rare_low_threshold`: it must stay apart. Like a one-name
 * link, the rule wants the report within `single_days` of the story.
 */
static const char mine_inquiry[] = "Altamira Insunza Minera Copiapo Vidal Cerda Fuentes Rivas "
                                   "Pizarro Nunez Araya";

/* The mine's reports on days 0-8 and the strike's on day 9 (UNDATED: none dated). */
static void place_mine_and_strike_on(struct storyline_state *sl, int day0)
{
    size_t i;

    for (i = 0; i < sizeof(mine_story) / sizeof(mine_story[0]); i++)
        ASSERT_EQ_INT(
            place_on(sl, 1, mine_story[i], day0 == UNDATED ? UNDATED : day0 + (int)i, NULL), 1);
    ASSERT_EQ_INT(place_on(sl, 2, strike_story, day0 == UNDATED ? UNDATED : day0 + 9, NULL), 2);
}

TD_TEST(test_storyline__rare_names_among_many_link_a_follow_up)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;
    double score = -1;
    size_t i;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_mine_and_strike_on(sl, 0);
    ASSERT_EQ_INT(place_on(sl, 3, mine_inquiry, 15, &score), 1);
    ASSERT_TRUE(score >= o.rare_low_threshold && score < o.threshold);
    storyline_free(sl);
    /* Without the rule it starts a storyline: its rare names carry under `rare_share`. */
    o.rare_low_share = 0;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    place_mine_and_strike_on(sl, 0);
    ASSERT_EQ_INT(place_on(sl, 3, mine_inquiry, 15, &score), 3);
    storyline_free(sl);
    /* 200 days on, or in a stream with no dates, the same names are no follow-up. */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_mine_and_strike_on(sl, 0);
    ASSERT_EQ_INT(place_on(sl, 3, mine_inquiry, 208, &score), 3);
    storyline_free(sl);
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_mine_and_strike_on(sl, UNDATED);
    ASSERT_EQ_INT(place(sl, 3, mine_inquiry, &score), 3);
    storyline_free(sl);
    /* A lower cosine would let the strike into the mine's storyline. */
    o = (struct storyline_opts)STORYLINE_OPTS_INIT;
    o.rare_low_threshold = 0.12;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    for (i = 0; i < sizeof(mine_story) / sizeof(mine_story[0]); i++)
        ASSERT_EQ_INT(place_on(sl, 1, mine_story[i], (int)i, NULL), 1);
    ASSERT_EQ_INT(place_on(sl, 2, strike_story, 9, &score), 1);
    ASSERT_TRUE(score >= 0.12 && score < STORYLINE_RARE_LOW_THRESHOLD);
    storyline_free(sl);
}

/*
 * One central rare name: a bridge collapse told in four reports, all naming
 * the town, and a ferry storyline that also names the river. A flash weeks
 * later naming only the town (the inquiry, in a script whose other names
 * were not read) links to the bridge; a flash naming only the river, held by
 * both storylines, and one naming only a name a single report gave in
 * passing, do not.
 */
static const char *const bridge_story[] = {
    "Kelmarsh Kelmarsh Kelmarsh Arvon Tavish Oduya",
    "Kelmarsh Kelmarsh Arvon Brennock",
    "Kelmarsh Kelmarsh Tavish Oduya",
    "Kelmarsh Kelmarsh Brennock Lissard Penhallow Quarrie Stennet Vosper Arvon",
};

/* The bridge's reports on days 0-3 and the ferry's on day 4. */
static void place_bridge_and_ferry(struct storyline_state *sl, bool dated)
{
    size_t i;

    for (i = 0; i < sizeof(bridge_story) / sizeof(bridge_story[0]); i++)
        ASSERT_EQ_INT(place_on(sl, 1, bridge_story[i], dated ? (int)i : UNDATED, NULL), 1);
    ASSERT_EQ_INT(place_on(sl, 2, "Arvon Halloran Seaton Marrick", dated ? 4 : UNDATED, NULL), 2);
}

TD_TEST(test_storyline__one_central_rare_name_links_a_flash)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;
    double score = -1;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_bridge_and_ferry(sl, true);
    /* The town weighs most in the bridge's profile and no other storyline holds it. */
    ASSERT_EQ_INT(place_on(sl, 3, "Kelmarsh", 30, &score), 1);
    ASSERT_TRUE(score >= o.single_threshold);
    /* The river is in both storylines: one shared name is not enough. */
    ASSERT_EQ_INT(place_on(sl, 4, "Arvon", 31, &score), 3);
    /* A name of one report among many: the bridge's alone, but not what it is about. */
    ASSERT_EQ_INT(place_on(sl, 5, "Stennet", 32, &score), 4);
    storyline_free(sl);
    /* With the rule off the town's flash starts a storyline, as it did before it. */
    o.single_threshold = 0;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    place_bridge_and_ferry(sl, true);
    ASSERT_EQ_INT(place_on(sl, 3, "Kelmarsh", 30, &score), 3);
    storyline_free(sl);
}

/*
 * A one-name link wants its time: the town's flash 200 days after the
 * bridge's last report, or in a stream with no dates at all (as ECB+ is),
 * says nothing of being a follow-up; within 90 days it links. An undated
 * flash in a dated stream is taken to arrive at the newest date seen.
 */
TD_TEST(test_storyline__one_name_link_wants_its_time)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;
    double score = -1;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_bridge_and_ferry(sl, true);
    ASSERT_EQ_INT(place_on(sl, 3, "Kelmarsh", 203, &score), 3);
    storyline_free(sl);
    /* Before the bridge's first report by more than 90 days: no link either. */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_bridge_and_ferry(sl, true);
    ASSERT_EQ_INT(place_on(sl, 3, "Kelmarsh", -120, &score), 3);
    storyline_free(sl);
    /* Two months after its last report, a follow-up. */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_bridge_and_ferry(sl, true);
    ASSERT_EQ_INT(place_on(sl, 3, "Kelmarsh", 63, &score), 1);
    storyline_free(sl);
    /* No dates anywhere: no time, no one-name link. */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_bridge_and_ferry(sl, false);
    ASSERT_EQ_INT(place(sl, 3, "Kelmarsh", &score), 3);
    storyline_free(sl);
    /* An undated flash in a dated stream arrives now (day 4)... */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_bridge_and_ferry(sl, true);
    ASSERT_EQ_INT(place(sl, 3, "Kelmarsh", &score), 1);
    storyline_free(sl);
    /* ... unless `single_undated_now` is off. */
    o.single_undated_now = false;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    place_bridge_and_ferry(sl, true);
    ASSERT_EQ_INT(place(sl, 3, "Kelmarsh", &score), 3);
    storyline_free(sl);
    /* With the time check off (0 days) the late flash links, as it did before it. */
    o = (struct storyline_opts)STORYLINE_OPTS_INIT;
    o.single_days = 0;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    place_bridge_and_ferry(sl, true);
    ASSERT_EQ_INT(place_on(sl, 3, "Kelmarsh", 203, &score), 1);
    storyline_free(sl);
}

/*
 * A one-name link wants a name central to the article too. A storyline
 * about one town (every report names it thrice); a report naming the town
 * twice among three names of its own is about something else that involves
 * the town (its share of the article's names is under one half), though its
 * cosine with the town's profile passes `single_threshold`; a flash naming
 * the town and one other name links.
 */
static const char *const town_story[] = {
    "Wendaby Wendaby Wendaby Corrin",
    "Wendaby Wendaby Wendaby Ashlow",
    "Wendaby Wendaby Wendaby Pelham",
    "Wendaby Wendaby Wendaby Dunmere",
};
static const char town_aside[] = "Wendaby Wendaby Orvell Pendry Quenby";

/* The town's reports on days 0-3 and an unrelated storyline on day 4. */
static void place_town(struct storyline_state *sl)
{
    size_t i;

    for (i = 0; i < sizeof(town_story) / sizeof(town_story[0]); i++)
        ASSERT_EQ_INT(place_on(sl, 1, town_story[i], (int)i, NULL), 1);
    ASSERT_EQ_INT(place_on(sl, 2, "Halloran Seaton Marrick", 4, NULL), 2);
}

TD_TEST(test_storyline__one_name_link_wants_a_central_name)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;
    double score = -1;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_town(sl);
    ASSERT_EQ_INT(place_on(sl, 3, town_aside, 10, &score), 3);
    storyline_free(sl);
    /* Half of the flash's names: the town's storyline (the aside's would now hold the town too). */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_town(sl);
    ASSERT_EQ_INT(place_on(sl, 3, "Wendaby Tarrow", 10, &score), 1);
    ASSERT_TRUE(score >= o.single_threshold);
    storyline_free(sl);
    /* Without the share rule the aside links, on a cosine past `single_threshold`. */
    o.single_share = 0;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    place_town(sl);
    ASSERT_EQ_INT(place_on(sl, 3, town_aside, 10, &score), 1);
    ASSERT_TRUE(score >= o.single_threshold);
    storyline_free(sl);
}

/* Places an article with `words` in `event` at Unix time `at`; returns its story (or -1). */
static int64_t place_at(struct storyline_state *sl, int64_t event, const char *words, int64_t at)
{
    return place_doc(sl, event, words, true, at, NULL, NULL);
}

/* Dates at the ends of the range are compared without overflow (UBSan checks it). */
TD_TEST(test_storyline__one_name_link_with_extreme_dates)
{
    struct storyline_state *sl;
    size_t i;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    for (i = 0; i < sizeof(bridge_story) / sizeof(bridge_story[0]); i++)
        ASSERT_EQ_INT(place_at(sl, 1, bridge_story[i], INT64_MAX), 1);
    ASSERT_EQ_INT(place_at(sl, 2, "Kelmarsh", INT64_MIN), 2);
    storyline_free(sl);
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    for (i = 0; i < sizeof(bridge_story) / sizeof(bridge_story[0]); i++)
        ASSERT_EQ_INT(place_at(sl, 1, bridge_story[i], INT64_MIN), 1);
    ASSERT_EQ_INT(place_at(sl, 2, "Kelmarsh", INT64_MAX), 2);
    ASSERT_EQ_INT(place(sl, 3, "Kelmarsh Tarrow", NULL), 3);
    storyline_free(sl);
}

/* The clock and the storylines' dated spans come back with the replay. */
TD_TEST(test_storyline__replay_keeps_the_time_of_one_name_links)
{
    struct storyline_state *live, *replayed;
    struct ndoc t;
    size_t i;

    ASSERT_OK(storyline_new(NULL, &live, NULL));
    ASSERT_OK(storyline_new(NULL, &replayed, NULL));
    place_bridge_and_ferry(live, true);
    for (i = 0; i < sizeof(bridge_story) / sizeof(bridge_story[0]); i++) {
        ASSERT_OK(ndoc_init(&t, bridge_story[i]));
        t.d.has_date = true;
        t.d.published_at = DAY0 + (int64_t)i * 86400;
        ASSERT_OK(storyline_add(replayed, 1, 1, &t.d, NULL));
        ndoc_release(&t);
    }
    ASSERT_OK(ndoc_init(&t, "Arvon Halloran Seaton Marrick"));
    t.d.has_date = true;
    t.d.published_at = DAY0 + 4 * 86400;
    ASSERT_OK(storyline_add(replayed, 2, 2, &t.d, NULL));
    ndoc_release(&t);
    /* Undated: both take day 4 from their clocks and link; 200 days on, neither does. */
    ASSERT_EQ_INT(place(live, 3, "Kelmarsh", NULL), 1);
    ASSERT_EQ_INT(place(replayed, 3, "Kelmarsh", NULL), 1);
    ASSERT_EQ_INT(place_on(live, 4, "Kelmarsh", 204, NULL), 3);
    ASSERT_EQ_INT(place_on(replayed, 4, "Kelmarsh", 204, NULL), 3);
    storyline_free(live);
    storyline_free(replayed);
}

/*
 * The headline's names. A round-up over two stories: its body names the
 * blast's people and place and the cave's, and links to both; the cave's
 * smaller profile meets it at the higher cosine, but the headline names the
 * blast's city (the body gives it only in a dateline no name is read from),
 * so it goes with the blast.
 */
static const char *const cave_story[] = {
    "Cerknica Zupevc Bostjan Notranjska",
    "Cerknica Zupevc Bostjan Notranjska Ljubljana",
};
static const char *const blast_story[] = {
    "Kaunas Silainiai Lithuania Kriauceliunas Vaidotas Dainava Zaliakalnis",
    "Kaunas Silainiai Lithuania Kriauceliunas Vaidotas Vilnius Ignitis Baltic",
    "Kaunas Silainiai Kriauceliunas Vaidotas Lithuania Seimas Nauseda",
};
static const char *const roundup = "Silainiai Lithuania Vaidotas Cerknica Zupevc Bostjan Riga";

/* Hashes the first `max` space-separated words of `words` into `out`; returns how many. */
static size_t hash_words(const char *words, uint64_t *out, size_t max)
{
    const char *p = words;
    size_t k = 0;

    while (*p && k < max) {
        size_t n = strcspn(p, " ");
        out[k++] = cluster_term_hash(p, n);
        p += n;
        p += *p == ' ';
    }
    return k;
}

/*
 * Places an article of `event` dated `day` with `words` as the body's names
 * and `title` (space-separated) as the headline's; returns its story.
 */
static int64_t place_titled(struct storyline_state *sl, int64_t event, const char *words,
                            const char *title, int day, double *score)
{
    uint64_t th[STORYLINE_TITLE_NAMES];
    struct storyline_doc x;

    memset(&x, 0, sizeof(x));
    x.title_names = th;
    x.ntitle = hash_words(title, th, STORYLINE_TITLE_NAMES);
    return place_doc(sl, event, words, true, DAY_AT(day), &x, score);
}

static void place_cave_and_blast(struct storyline_state *sl)
{
    size_t i;

    for (i = 0; i < sizeof(cave_story) / sizeof(cave_story[0]); i++)
        ASSERT_EQ_INT(place_on(sl, 1, cave_story[i], (int)i, NULL), 1);
    for (i = 0; i < sizeof(blast_story) / sizeof(blast_story[0]); i++)
        ASSERT_EQ_INT(place_on(sl, 2, blast_story[i], 2 + (int)i, NULL), 2);
}

TD_TEST(test_storyline__a_round_up_goes_with_the_story_its_headline_names)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;

    /* With no headline names the cosine decides: the cave. */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_cave_and_blast(sl);
    ASSERT_EQ_INT(place_titled(sl, 3, roundup, "", 8, NULL), 1);
    storyline_free(sl);
    /* The headline names Kaunas, which only the blast's storyline holds. */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_cave_and_blast(sl);
    ASSERT_EQ_INT(place_titled(sl, 3, roundup, "Europe Kaunas", 8, NULL), 2);
    storyline_free(sl);
    /* A headline name neither storyline holds changes nothing. */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_cave_and_blast(sl);
    ASSERT_EQ_INT(place_titled(sl, 3, roundup, "Europe Trieste", 8, NULL), 1);
    storyline_free(sl);
    /* With the rule off the cosine decides again. */
    o.title_first = false;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    place_cave_and_blast(sl);
    ASSERT_EQ_INT(place_titled(sl, 3, roundup, "Europe Kaunas", 8, NULL), 1);
    storyline_free(sl);
}

/*
 * A sequel whose headline names the story's place: the ban on small boats
 * off the town where the second yacht sank names the town once among the
 * ministry's and the coast's names, a cosine under every other rule. The
 * town is the orca storyline's alone and the headline gives it: it links,
 * within `single_days`; not without the headline, not with the town only in
 * the headline, nor months later.
 */
static const char *const orca_story[] = {
    "Sines Portugal Lark",
    "Sines Portugal Lark",
    "Barbate Mistral Sines Portugal Lark",
    "Barbate Barbate Mistral Cadiz",
};
static const char *const orca_ban = "Trafalgar Barbate Mercante Tarifa";

static void place_orcas(struct storyline_state *sl)
{
    size_t i;

    for (i = 0; i < sizeof(orca_story) / sizeof(orca_story[0]); i++)
        ASSERT_EQ_INT(place_on(sl, i < 2 ? 1 : 2, orca_story[i], (int)i, NULL), 1);
    ASSERT_EQ_INT(place_on(sl, 3, "Tokyo Kishida Osaka", 5, NULL), 2);
}

TD_TEST(test_storyline__a_headline_name_links_a_sequel)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;
    double score = -1;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_orcas(sl);
    ASSERT_EQ_INT(place_titled(sl, 4, orca_ban, "Marina Mercante Barbate Tarifa", 14, &score), 1);
    ASSERT_TRUE(score >= o.title_threshold && score < o.threshold);
    storyline_free(sl);
    /* Without the headline, or with the rule off, it starts a storyline of its own. */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_orcas(sl);
    ASSERT_EQ_INT(place_titled(sl, 4, orca_ban, "", 14, NULL), 3);
    storyline_free(sl);
    o.title_threshold = 0;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    place_orcas(sl);
    ASSERT_EQ_INT(place_titled(sl, 4, orca_ban, "Marina Mercante Barbate Tarifa", 14, NULL), 3);
    storyline_free(sl);
    /* The town in the headline only, not in the body: no shared name. */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_orcas(sl);
    ASSERT_EQ_INT(place_titled(sl, 4, "Trafalgar Mercante Tarifa", "Barbate", 14, NULL), 3);
    storyline_free(sl);
    /* 200 days on the town is met again, no sequel. */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_orcas(sl);
    ASSERT_EQ_INT(place_titled(sl, 4, orca_ban, "Marina Mercante Barbate Tarifa", 203, NULL), 3);
    storyline_free(sl);
}

/*
 * A short report whose headline names the story (the port of the sinkings)
 * while its two-sentence body names only a town the story named once: the
 * body's names find the orca storyline, too weakly for any rule on them; the
 * headline's name is the storyline's alone and central to it, so it links.
 * Not without the headline, not when the headline's name is held by no
 * storyline, not for a long article (its body's names judge it), not months
 * later, not with `title_threshold` off.
 */
static const char *const orca_short = "Cadiz Huelva";
static const char *const orca_long = "Cadiz Huelva Sevilla Malaga Granada Almeria Jaen Cordoba";

TD_TEST(test_storyline__a_short_report_links_by_a_name_only_its_headline_gives)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;
    double score = -1;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_orcas(sl);
    ASSERT_EQ_INT(place_titled(sl, 4, orca_short, "", 14, NULL), 3);
    storyline_free(sl);
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_orcas(sl);
    ASSERT_EQ_INT(place_titled(sl, 4, orca_short, "Barbate", 14, &score), 1);
    ASSERT_TRUE(score < o.threshold);
    storyline_free(sl);
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_orcas(sl);
    ASSERT_EQ_INT(place_titled(sl, 4, orca_short, "Gibraltar", 14, NULL), 3);
    storyline_free(sl);
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_orcas(sl);
    ASSERT_EQ_INT(place_titled(sl, 4, orca_long, "Barbate", 14, NULL), 3);
    storyline_free(sl);
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_orcas(sl);
    ASSERT_EQ_INT(place_titled(sl, 4, orca_short, "Barbate", 203, NULL), 3);
    storyline_free(sl);
    o.title_threshold = 0;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    place_orcas(sl);
    ASSERT_EQ_INT(place_titled(sl, 4, orca_short, "Barbate", 14, NULL), 3);
    storyline_free(sl);
}

/*
 * Places an article of `event` dated `day` (UNDATED: none) with `words` as
 * the body's names, `clause` (space-separated, may be "") as those it gives
 * only in a clause about another happening, and `country` as its main
 * country; returns its story (or -1).
 */
static int64_t place_recalling(struct storyline_state *sl, int64_t event, const char *words,
                               const char *clause, uint16_t country, int day)
{
    struct ndoc t;
    uint64_t ch[STORYLINE_CLAUSE_NAMES];
    size_t nc = hash_words(clause, ch, STORYLINE_CLAUSE_NAMES);
    int64_t story = -1;

    if (ndoc_init(&t, words) == TD_OK) {
        t.d.has_date = day != UNDATED;
        t.d.published_at = day != UNDATED ? DAY0 + (int64_t)day * 86400 : 0;
        t.d.clause_names = ch;
        t.d.nclause = nc;
        t.d.country = country;
        if (storyline_place(sl, event, &t.d, &story, NULL, NULL) != TD_OK)
            story = -1;
    }
    ndoc_release(&t);
    return story;
}

#define JP ((uint16_t)('J' << 8 | 'P'))
#define KR ((uint16_t)('K' << 8 | 'R'))

/*
 * Two snow jams on one country's expressways five days apart: the first
 * jam's reports (storyline 1, Japan) and a bear attack elsewhere
 * (storyline 2, Slovakia); then the second jam opens with a flash naming
 * one word (storyline 3, young) and four reports of its own places, which
 * share too little with the first jam to move it.
 */
static const char *const jam_story[] = {
    "Hokuriku Fukui Ishikawa Expressway",
    "Hokuriku Fukui Expressway Awara",
    "Hokuriku Ishikawa Fukui Toyama",
};

static void place_jams(struct storyline_state *sl)
{
    size_t i;

    for (i = 0; i < sizeof(jam_story) / sizeof(jam_story[0]); i++)
        ASSERT_EQ_INT(place_recalling(sl, 1, jam_story[i], "", JP, (int)i), 1);
    ASSERT_EQ_INT(place_recalling(sl, 2, "Tatras Demanovska Chopok", "", 0, 3), 2);
    ASSERT_EQ_INT(place_recalling(sl, 3, "Intachenji", "", JP, 5), 3);
    for (i = 0; i < 4; i++)
        ASSERT_EQ_INT(place_recalling(sl, 3, "Gunma Minakami Niigata Kanetsu", "", JP, 5), 3);
}

/* The second jam's sixth report recalls the first jam in a clause. */
static const char *const second_jam = "Hokuriku Autobahn Gunma Kanetsu Niigata";

TD_TEST(test_storyline__a_back_reference_moves_a_one_event_storyline)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;
    struct storyline_move mv;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_jams(sl);
    ASSERT_EQ_INT(place_recalling(sl, 3, second_jam, "Hokuriku", JP, 5), 1);
    ASSERT_TRUE(storyline_last_move(sl, &mv));
    ASSERT_EQ_INT(mv.event, 3);
    ASSERT_EQ_INT(mv.from, 3);
    ASSERT_EQ_INT(mv.into, 1);
    ASSERT_EQ_INT(storyline_story_of(sl, 3), 1);
    /* The next article of the event stays where the move put it. */
    ASSERT_EQ_INT(place_recalling(sl, 3, "Gunma Minakami", "", JP, 6), 1);
    ASSERT_TRUE(!storyline_last_move(sl, &mv));
    storyline_free(sl);
    /* The same names outside a clause, another main country, or none: it stays. */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_jams(sl);
    ASSERT_EQ_INT(place_recalling(sl, 3, second_jam, "", JP, 5), 3);
    ASSERT_EQ_INT(place_recalling(sl, 3, second_jam, "Hokuriku", KR, 5), 3);
    ASSERT_EQ_INT(place_recalling(sl, 3, second_jam, "Hokuriku", 0, 5), 3);
    /* A name the first jam's reports give once (Toyama) is not central to it. */
    ASSERT_EQ_INT(place_recalling(sl, 3, "Toyama Gunma Kanetsu", "Toyama", JP, 5), 3);
    /* 200 days on the clause recalls something else. */
    ASSERT_EQ_INT(place_recalling(sl, 3, second_jam, "Hokuriku", JP, 205), 3);
    storyline_free(sl);
    /* With the rule off. */
    o.backref_central = 0;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    place_jams(sl);
    ASSERT_EQ_INT(place_recalling(sl, 3, second_jam, "Hokuriku", JP, 5), 3);
    storyline_free(sl);
    /* A storyline that holds two events does not move. */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_jams(sl);
    ASSERT_EQ_INT(place_recalling(sl, 4, "Gunma Minakami Niigata Kanetsu", "", JP, 6), 3);
    ASSERT_EQ_INT(place_recalling(sl, 3, second_jam, "Hokuriku", JP, 6), 3);
    storyline_free(sl);
}

TD_TEST(test_storyline__a_back_reference_links_a_new_event)
{
    struct storyline_state *sl;

    /* A third jam shares one name, a fifth of its own, with the first: no other rule links it. */
    static const char *const third = "Hokuriku Autobahn Joetsu Myoko Nagano";

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_jams(sl);
    ASSERT_EQ_INT(place_recalling(sl, 4, third, "", JP, 6), 4);
    storyline_free(sl);
    /* Its clause recalls the first jam, in its own country: it links. */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_jams(sl);
    ASSERT_EQ_INT(place_recalling(sl, 4, third, "Hokuriku", JP, 6), 1);
    storyline_free(sl);
    /* In another country it does not. */
    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    place_jams(sl);
    ASSERT_EQ_INT(place_recalling(sl, 4, third, "Hokuriku", KR, 6), 4);
    storyline_free(sl);
}

TD_TEST(test_storyline__replay_applies_a_back_reference_move)
{
    struct storyline_state *live, *replayed;
    struct storyline_move mv;
    struct ndoc t;
    uint64_t h = cluster_term_hash("Hokuriku", 8);
    size_t i;

    ASSERT_OK(storyline_new(NULL, &live, NULL));
    ASSERT_OK(storyline_new(NULL, &replayed, NULL));
    place_jams(live);
    ASSERT_EQ_INT(place_recalling(live, 3, second_jam, "Hokuriku", JP, 5), 1);
    ASSERT_TRUE(storyline_last_move(live, &mv));
    /* The replay adds the same articles where they were placed, then the logged move. */
    for (i = 0; i < 9; i++) {
        static const int64_t ev[] = {1, 1, 1, 2, 3, 3, 3, 3, 3};
        const char *w = i < 3    ? jam_story[i]
                        : i == 3 ? "Tatras Demanovska Chopok"
                        : i == 4 ? "Intachenji"
                                 : "Gunma Minakami Niigata Kanetsu";
        ASSERT_OK(ndoc_init(&t, w));
        t.d.has_date = true;
        t.d.published_at = DAY0 + (int64_t)(i < 3 ? i : i == 3 ? 3 : 5) * 86400;
        t.d.country = i == 3 ? 0 : JP;
        ASSERT_OK(storyline_add(replayed, ev[i], ev[i], &t.d, NULL));
        ndoc_release(&t);
    }
    ASSERT_OK(ndoc_init(&t, second_jam));
    t.d.has_date = true;
    t.d.published_at = DAY0 + 5 * 86400;
    t.d.clause_names = &h;
    t.d.nclause = 1;
    t.d.country = JP;
    ASSERT_OK(storyline_add(replayed, 3, 3, &t.d, NULL));
    ndoc_release(&t);
    ASSERT_OK(storyline_move(replayed, &mv, NULL));
    ASSERT_EQ_INT(storyline_story_of(replayed, 3), 1);
    /* Both then link a new event by its clause alike: the countries were replayed too. */
    ASSERT_EQ_INT(place_recalling(live, 7, second_jam, "Hokuriku", JP, 7),
                  place_recalling(replayed, 7, second_jam, "Hokuriku", JP, 7));
    ASSERT_EQ_INT(storyline_story_of(replayed, 7), 1);
    storyline_free(live);
    storyline_free(replayed);
}

/*
 * A drone closes one airport (storyline 1; storyline 2 is a third airport's
 * news, so that `Airport` is no rare name); two days later another airport
 * closes, and its first report names the first airport only in a clause
 * ("two days after a drone closed the airport in Dublin"). `clause` is
 * that clause's names ("" for none); `*second` is the storyline of the
 * second closure after its second report, which names the first airport
 * in its body too ("after Dublin, now Landvetter"): the re-check of its
 * young storyline; `*first_out`: the storyline of its first report.
 */
static void two_closures(const char *clause, int64_t *first_out, int64_t *second)
{
    static const char *const first[] = {
        "Dublin Airport Ryanair Collinstown",
        "Dublin Airport Ryanair Fingal",
        "Dublin Airport Collinstown Fingal",
    };
    struct storyline_state *sl;
    size_t i;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    for (i = 0; i < 3; i++)
        ASSERT_EQ_INT(place_recalling(sl, 1, first[i], "", 0, 0), 1);
    ASSERT_EQ_INT(place_recalling(sl, 2, "Schiphol Airport Amsterdam", "", 0, 1), 2);
    *first_out = place_recalling(sl, 3, "Landvetter Swedavia Airport Dublin", clause, 0, 2);
    *second = place_recalling(sl, 3, "Landvetter Dublin Airport Swedavia", "", 0, 2);
    storyline_free(sl);
}

TD_TEST(test_storyline__names_only_recalled_do_not_link)
{
    int64_t first, second;

    /* Named in the body, the first airport links the second closure by the cosine. */
    two_closures("", &first, &second);
    ASSERT_EQ_INT(first, 1);
    ASSERT_EQ_INT(second, 1);
    /* Named only in the clause, it does not, at the first report or at the re-check. */
    two_closures("Dublin", &first, &second);
    ASSERT_EQ_INT(first, 3);
    ASSERT_EQ_INT(second, 3);
}

/*
 * A record in one city (storyline 1) and other races (storyline 2); three
 * weeks later a record in another city, whose first report gives the first
 * record's runners only in a clause ("three weeks after Rotich ran ...")
 * among eight names of its own. `clause`: those names, or "" when the
 * report gives them as its own; `*story`: the report's storyline.
 */
static void second_record(const char *clause, int64_t *story)
{
    struct storyline_state *sl;
    size_t i;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    for (i = 0; i < 3; i++)
        ASSERT_EQ_INT(place_recalling(sl, 1, "Rotich Wanjiru Kemboi Berlin", "", 0, 0), 1);
    ASSERT_EQ_INT(place_recalling(sl, 2, "Chicago Boston Marathon", "", 0, 1), 2);
    *story = place_recalling(sl, 3, "Amstel Chebet Jerono Olympia Keniaan Rotich Wanjiru Kemboi",
                             clause, 0, 21);
    storyline_free(sl);
}

/* Names an article only recalls are none of its rare names (links_by_rare_names()). */
TD_TEST(test_storyline__recalled_names_are_no_rare_names)
{
    int64_t story;

    second_record("", &story);
    ASSERT_EQ_INT(story, 1);
    second_record("Rotich Wanjiru Kemboi", &story);
    ASSERT_EQ_INT(story, 3);
}

/*
 * A tornado hits one town (storyline 1, with the region's names); twelve
 * days later another hits a second town, whose first report names the
 * first town only in a clause and starts a young storyline; its second
 * report names the second town and the region (with its own beach, eight
 * names in all: a profile that names enough). `near`: a name the first
 * `times` of the first tornado's three reports add ("" or "Licata": they
 * name the second town too). `*second`: the second tornado's storyline
 * after that report's re-check.
 */
static void two_tornadoes(const char *near, size_t times, int64_t *second)
{
    static const char *const first[] = {
        "Mazara Vallo Sicilia Agrigento",
        "Mazara Vallo Canale Sicilia",
        "Mazara Vallo Agrigento Canale",
    };
    struct storyline_state *sl;
    char words[128];
    size_t i;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    for (i = 0; i < 3; i++) {
        (void)snprintf(words, sizeof(words), "%s %s", first[i], i < times ? near : "");
        ASSERT_EQ_INT(place_recalling(sl, 1, words, "", 0, 0), 1);
    }
    ASSERT_EQ_INT(place_recalling(sl, 2, "Schiphol Airport Amsterdam", "", 0, 1), 2);
    (void)place_recalling(sl, 3, "Licata Marina Mazara Vallo", "Mazara Vallo", 0, 12);
    *second =
        place_recalling(sl, 3, "Licata Licata Sicilia Canale Agrigento Mollarella", "", 0, 12);
    storyline_free(sl);
}

/*
 * A young storyline whose articles recalled a candidate's names in a
 * clause links to it by the cosine only when the storyline's main name is
 * the candidate's heaviest too (holds_main()): the region's names are not
 * enough, nor is the main name mentioned once.
 */
TD_TEST(test_storyline__a_recalled_happening_needs_the_main_name)
{
    int64_t second;

    two_tornadoes("", 0, &second);
    ASSERT_EQ_INT(second, 3);
    two_tornadoes("Licata", 1, &second);
    ASSERT_EQ_INT(second, 3);
    two_tornadoes("Licata", 3, &second);
    ASSERT_EQ_INT(second, 1);
}

/*
 * A contract told in one storyline (storyline 1, many names) and other
 * news (storyline 2); a flash naming only the contractor starts a young
 * storyline, and its next report names the contractor and three names only
 * storyline 1 holds, plus `extra` (space-separated, may be ""). `*story`:
 * the storyline after that report's re-check.
 */
static void thin_recheck(const char *extra, int64_t *story)
{
    static const char *const first[] = {
        "Safa Kuwait Shuwaikh Algae Bloom Gulf Rationing Doha Jahra Ahmadi Sabah Wafra",
        "Shuwaikh Outage Tanker Ministry Electricity Reserve Zour Mina Fahaheel Umm Qasr",
        "Gulf Algae Filters Desalination Intake Tanker Bubiyan Failaka Khiran Sulaibiya",
    };
    struct storyline_state *sl;
    char words[192];
    size_t i;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    for (i = 0; i < 3; i++)
        ASSERT_EQ_INT(place_recalling(sl, 1, first[i], "", 0, 0), 1);
    ASSERT_EQ_INT(place_recalling(sl, 2, "Seoul Kospi Exchange Busan", "", 0, 1), 2);
    ASSERT_EQ_INT(place_recalling(sl, 3, "Dongbaek", "", 0, 5), 3);
    (void)snprintf(words, sizeof(words), "Dongbaek Safa Kuwait Desalination %s", extra);
    *story = place_recalling(sl, 3, words, "", 0, 5);
    storyline_free(sl);
}

/*
 * A young storyline's profile with fewer than `recheck_names` names links
 * as a first article does, by names only the candidate holds besides
 * itself; one that names enough is judged by the cosine alone.
 */
TD_TEST(test_storyline__a_thin_recheck_links_by_rare_names)
{
    int64_t story;

    thin_recheck("", &story);
    ASSERT_EQ_INT(story, 1);
    thin_recheck("Hyundai Incheon Ulsan Pohang Yeosu Daewoo", &story);
    ASSERT_EQ_INT(story, 3);
}

/*
 * storyline_alone() and storyline_fold(): a first flash names too little to
 * link (storyline 1, its event alone); its later reports start storyline 2.
 * When the event level merges the two events, the flash's storyline folds
 * into the other: its event and names go there, and a later article of the
 * flash's names finds storyline 2. A storyline of two events does not fold
 * (the second, of eight names, is no follower).
 */
TD_TEST(test_storyline__a_lone_flash_folds_into_the_storyline_of_its_reports)
{
    struct storyline_state *sl;
    struct storyline_move mv;
    struct td_error err;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    ASSERT_EQ_INT(place(sl, 1, "Rijeka", NULL), 1);
    ASSERT_EQ_INT(place(sl, 2, "Croatia Bellatrix Guayaquil Ecuador", NULL), 2);
    ASSERT_EQ_INT(place(sl, 2, "Croatia Bellatrix Guayaquil", NULL), 2);
    ASSERT_EQ_INT(
        place(sl, 3, "Bellatrix Guayaquil Ecuador Croatia Manta Callao Quito Esmeraldas", NULL), 2);
    ASSERT_TRUE(storyline_alone(sl, 1));
    ASSERT_TRUE(!storyline_alone(sl, 2));
    ASSERT_TRUE(!storyline_alone(sl, 9));
    /* Not alone, the same storyline, or no storyline: refused, nothing changes. */
    ASSERT_EQ_INT(storyline_fold(sl, 2, 1, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(storyline_fold(sl, 1, 1, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(storyline_fold(sl, 1, 7, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(storyline_story_of(sl, 1), 1);
    ASSERT_OK(storyline_fold(sl, 1, 2, NULL));
    ASSERT_EQ_INT(storyline_story_of(sl, 1), 2);
    ASSERT_TRUE(!storyline_last_move(sl, &mv));
    ASSERT_TRUE(!storyline_alone(sl, 1));
    /* The flash's name now leads to storyline 2: a new event naming it and Ecuador joins. */
    ASSERT_EQ_INT(place(sl, 4, "Rijeka Ecuador", NULL), 2);
    storyline_free(sl);
}

/*
 * Writes `n` names of their own into `buf` ("<tag>0 <tag>1 ..."), then
 * `shared`: the article of one event with as many names the others lack.
 */
static const char *own_run(char *buf, size_t cap, const char *tag, int n, const char *shared)
{
    size_t len = 0;
    int i;

    buf[0] = '\0';
    for (i = 0; i < n && len < cap; i++)
        len += (size_t)snprintf(buf + len, cap - len, "%s%d ", tag, i);
    if (len < cap)
        snprintf(buf + len, cap - len, "%s", shared);
    return buf;
}

/*
 * storyline_may_fold(): two storylines that each name plenty the other
 * lacks (a bear attack in one country and one the next day in another,
 * sharing one name) were told apart on the evidence and do not fold; a
 * flash naming little does, and so does a side with one name fewer than
 * STORYLINE_FOLD_OWN_NAMES of its own.
 */
TD_TEST(test_storyline__two_storylines_rich_in_their_own_names_do_not_fold)
{
    struct storyline_state *sl;
    char buf[512];

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    ASSERT_EQ_INT(place(sl, 1, own_run(buf, sizeof(buf), "Tatra", 20, "Ursus"), NULL), 1);
    ASSERT_EQ_INT(place(sl, 2, own_run(buf, sizeof(buf), "Harg", 20, "Ursus"), NULL), 2);
    ASSERT_EQ_INT(place(sl, 3, "Ursus Velmor", NULL), 3);
    ASSERT_EQ_INT(place(sl, 4,
                        own_run(buf, sizeof(buf), "Brin", STORYLINE_FOLD_OWN_NAMES - 1, "Ursus"),
                        NULL),
                  4);
    ASSERT_EQ_INT(
        place(sl, 5, own_run(buf, sizeof(buf), "Cald", STORYLINE_FOLD_OWN_NAMES, "Ursus"), NULL),
        5);
    ASSERT_TRUE(!storyline_may_fold(sl, 1, 2));
    ASSERT_TRUE(!storyline_may_fold(sl, 2, 1));
    ASSERT_TRUE(storyline_may_fold(sl, 3, 2));
    ASSERT_TRUE(storyline_may_fold(sl, 2, 3));
    ASSERT_TRUE(storyline_may_fold(sl, 4, 2));
    ASSERT_TRUE(!storyline_may_fold(sl, 5, 2));
    ASSERT_TRUE(!storyline_may_fold(sl, 1, 9));
    storyline_free(sl);
}

/*
 * A storyline told in two scripts: an English report's names, and a
 * Japanese one's katakana words that no other article gives. A later event
 * first told with no names (a young storyline) then names two of the
 * English report's names and one of its own, which re-checks it;
 * `recheck_met_only` as `met_only`. `*story`: the storyline event 3 ends
 * in, `*score` the cosine of the re-check that moved it (-1: none).
 */
static void young_after_two_scripts(bool met_only, int64_t *story, double *score)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;
    struct storyline_state *sl;

    o.recheck_met_only = met_only;
    ASSERT_OK(storyline_new(&o, &sl, NULL));
    ASSERT_EQ_INT(place(sl, 1, "Korean Kice Daechi Seoul Whitcombe Observer", NULL), 1);
    ASSERT_EQ_INT(place(sl, 1, "Messenjaapuri Opunchatto Chattorumu Risuningu Souru Daechi", NULL),
                  1);
    ASSERT_EQ_INT(place(sl, 2, "Korean Tobruk Halvard Pellam", NULL), 2);
    ASSERT_EQ_INT(place(sl, 3, "", NULL), 3);
    *score = -1;
    (void)place(sl, 3, "Korean Kice Brokaw Tamsin", score);
    *story = storyline_story_of(sl, 3);
    storyline_free(sl);
}

/*
 * The re-check leaves the Japanese report's katakana words (document
 * frequency 1) out of the candidate's length: the young storyline meets
 * the English names' share of it, over the bar (0.2), and moves in; with
 * them in, the cosine falls under the bar and it stays.
 */
TD_TEST(test_storyline__a_recheck_ignores_names_no_other_article_gave)
{
    int64_t story;
    double score;

    young_after_two_scripts(true, &story, &score);
    ASSERT_EQ_INT(story, 1);
    ASSERT_TRUE(score >= 0.2);
    young_after_two_scripts(false, &story, &score);
    ASSERT_EQ_INT(story, 3);
}

/* Places an article as place_on() does, with `near` as the event level's nearest storyline. */
static int64_t place_near(struct storyline_state *sl, int64_t event, const char *words, int day,
                          int64_t near)
{
    struct storyline_doc x;

    memset(&x, 0, sizeof(x));
    x.near_story = near;
    return place_doc(sl, event, words, true, DAY_AT(day), &x, NULL);
}

/* The twelve names of the dam story. */
static const char dam_names[] = "Adwick Brenley Corvath Dunmoor Elsworth Farnby Gaddon Hexley "
                                "Ilmore Jarrow Kelso Lutton";

/* A storyline of twelve names told twice (days 0 and 1) and an unrelated one (day 1). */
static void place_dam(struct storyline_state *sl)
{
    ASSERT_EQ_INT(place_near(sl, 1, dam_names, 0, 0), 1);
    ASSERT_EQ_INT(place_near(sl, 1, dam_names, 1, 0), 1);
    ASSERT_EQ_INT(place_near(sl, 2, "Halloran Seaton Marrick", 1, 0), 2);
}

/* A fresh dam story, then the short report `words` on `day` with `near`; returns its story. */
static int64_t after_dam(const char *words, int day, int64_t near)
{
    struct storyline_state *sl;
    int64_t story;

    if (storyline_new(NULL, &sl, NULL) != TD_OK)
        return -1;
    place_dam(sl);
    story = place_near(sl, 3, words, day, near);
    storyline_free(sl);
    return story;
}

/*
 * A short report in another script names only one of the dam story's twelve
 * names: its cosine with the profile (about 0.29) is under `single_threshold`,
 * so alone it starts a storyline. When the event level found the dam's event
 * nearest (in another language, under the event bar), it links there; not when the
 * nearest event is in another storyline, when it also names a name the dam
 * story lacks, or when it comes months after the story.
 */
TD_TEST(test_storyline__the_nearest_event_links_a_short_report)
{
    ASSERT_EQ_INT(after_dam("Corvath", 2, 0), 3);
    ASSERT_EQ_INT(after_dam("Corvath", 2, 1), 1);
    ASSERT_EQ_INT(after_dam("Corvath", 2, 2), 3);
    ASSERT_EQ_INT(after_dam("Corvath Zennor", 2, 1), 3);
    ASSERT_EQ_INT(after_dam("Corvath", 200, 1), 3);
}

/*
 * A first report in a script whose names the storyline level cannot read
 * starts a storyline of one name (event 1), beside a well-named one (event
 * 2: the dam, days 0 and 1); a new event's first report in another language
 * names `words`, on `day`, the event level having found the storyline `near`
 * nearest. Returns its story (3: a storyline of its own).
 */
static int64_t after_thin(const char *words, int day, int64_t near)
{
    struct storyline_state *sl;
    int64_t story;

    if (storyline_new(NULL, &sl, NULL) != TD_OK)
        return -1;
    story = place_near(sl, 1, "Metoru", 0, 0) == 1 ? 0 : -1;
    if (story == 0 && place_near(sl, 2, dam_names, 0, 0) == 2 &&
        place_near(sl, 2, dam_names, 1, 0) == 2)
        story = place_near(sl, 3, words, day, near);
    storyline_free(sl);
    return story;
}

/*
 * The storyline of the event the event level found nearest in another
 * language names too little for the storyline level to judge (one name) and
 * shares none with the report: the report links there, the event level's
 * evidence standing alone. Not when the nearest storyline names plenty (the
 * dam's twelve names: the storyline level judged and refused), when there is
 * no nearest, when the report names nothing (the text rule's case), when its
 * main name is one another storyline holds (the dam's), or when it comes
 * months later.
 */
TD_TEST(test_storyline__a_thin_nearest_storyline_takes_a_report_it_cannot_judge)
{
    static const char report[] = "Odrana Sellwick Tarnmouth Quillon";

    ASSERT_EQ_INT(after_thin(report, 3, 1), 1);
    ASSERT_EQ_INT(after_thin(report, 3, 2), 3);
    ASSERT_EQ_INT(after_thin(report, 3, 0), 3);
    ASSERT_EQ_INT(after_thin("", 3, 1), 3);
    ASSERT_EQ_INT(after_thin("Corvath", 3, 1), 3);
    ASSERT_EQ_INT(after_thin(report, 200, 1), 3);
}

/*
 * storyline_first(): event 2 starts storyline 2 and event 3 joins it later
 * by its names; event 1, a flash, has storyline 1 to itself. Events 1 and
 * 2 are each the first of theirs, event 3 is not, and an event without a
 * storyline is the first of none. When the flash's storyline folds into
 * storyline 2, the flash (the lower id) is that one's first.
 */
TD_TEST(test_storyline__the_first_event_of_a_storyline)
{
    struct storyline_state *sl;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    ASSERT_EQ_INT(place(sl, 1, "Rijeka", NULL), 1);
    ASSERT_EQ_INT(place(sl, 2, "Croatia Bellatrix Guayaquil Ecuador", NULL), 2);
    ASSERT_EQ_INT(place(sl, 3, "Croatia Bellatrix Guayaquil Ecuador", NULL), 2);
    ASSERT_TRUE(storyline_first(sl, 1));
    ASSERT_TRUE(storyline_first(sl, 2));
    ASSERT_TRUE(!storyline_first(sl, 3));
    ASSERT_TRUE(!storyline_first(sl, 9));
    ASSERT_OK(storyline_fold(sl, 1, 2, NULL));
    ASSERT_TRUE(storyline_first(sl, 1));
    ASSERT_TRUE(!storyline_first(sl, 2));
    storyline_free(sl);
}

/*
 * Followers: a lone flash's storyline (event 1) takes a later event whose
 * first article gives one name (event 3, by the one-name rule): a
 * follower. The flash still holds its storyline alone for a fold, the
 * follower is alone in none, and when the flash's storyline folds into its
 * reports' storyline (event 2) the follower goes along.
 */
TD_TEST(test_storyline__a_follower_goes_along_when_its_storyline_folds)
{
    struct storyline_state *sl;

    ASSERT_OK(storyline_new(NULL, &sl, NULL));
    ASSERT_EQ_INT(place_on(sl, 1, "Rijeka", 0, NULL), 1);
    ASSERT_EQ_INT(place_on(sl, 2, "Croatia Bellatrix Guayaquil Ecuador", 0, NULL), 2);
    ASSERT_EQ_INT(place_on(sl, 3, "Rijeka", 5, NULL), 1);
    ASSERT_TRUE(storyline_alone(sl, 1));
    ASSERT_TRUE(!storyline_alone(sl, 3));
    ASSERT_OK(storyline_fold(sl, 1, 2, NULL));
    ASSERT_EQ_INT(storyline_story_of(sl, 1), 2);
    ASSERT_EQ_INT(storyline_story_of(sl, 3), 2);
    storyline_free(sl);
}

/*
 * Places an article of `event` on `day` with `words` as its names and the
 * event level's nearest event by text in storyline `text` at cosine
 * `score`; returns its story.
 */
static int64_t place_text(struct storyline_state *sl, int64_t event, const char *words, int day,
                          int64_t text, double score)
{
    struct storyline_doc x;

    memset(&x, 0, sizeof(x));
    x.text_story = text;
    x.text_score = score;
    return place_doc(sl, event, words, true, DAY_AT(day), &x, NULL);
}

/* Two storylines (days 0 and 1), then a later event's first article as place_text(). */
static int64_t after_tomb(const char *words, int day, int64_t text, double score)
{
    struct storyline_state *sl;
    int64_t story;

    if (storyline_new(NULL, &sl, NULL) != TD_OK)
        return -1;
    story = place_text(sl, 1, "Luxor Iryneferu Thebes Kassem", 0, 0, 0.0) == 1 &&
                    place_text(sl, 2, "Halloran Seaton Marrick", 1, 0, 0.0) == 2
                ? place_text(sl, 3, words, day, text, score)
                : -1;
    storyline_free(sl);
    return story;
}

/*
 * A follow-up that names nothing (a coffin opened weeks on, told in a
 * script whose names the stream has not met) links the storyline of the
 * event its words retell in its language (`text_threshold`); not under the
 * bar, not when it gives a name (the name rules judged it), not months on.
 */
TD_TEST(test_storyline__a_follow_up_that_names_nothing_links_by_its_words)
{
    ASSERT_EQ_INT(after_tomb("", 60, 1, 0.3), 1);
    ASSERT_EQ_INT(after_tomb("", 60, 2, 0.3), 2);
    ASSERT_EQ_INT(after_tomb("", 60, 1, 0.1), 3);
    ASSERT_EQ_INT(after_tomb("", 60, 0, 0.0), 3);
    ASSERT_EQ_INT(after_tomb("Zennor", 60, 1, 0.3), 3);
    ASSERT_EQ_INT(after_tomb("", 200, 1, 0.3), 3);
}

/*
 * A second attack's storyline (Graz) whose report gave "Slovak" only in a
 * clause about the first ("days after the Slovak hospitals"), the first's
 * storyline (Slovakia, Kosice). A later report of the first, headlined
 * "Slovak" and naming Slovak, Slovakia and Kosice, goes to the first: the second
 * holds its headline name only as a recalled one. Given as its own by the
 * second's report, the headline name leads there.
 */
static int64_t leak_after(const char *graz_clause)
{
    struct storyline_state *sl;
    int64_t story;

    if (storyline_new(NULL, &sl, NULL) != TD_OK)
        return -1;
    story =
        place_titled(sl, 1, "Slovakia Kosice Presov Saris", "", 0, NULL) == 1 &&
                place_recalling(sl, 2, "Graz Styria Leoben Bruck Slovak", graz_clause, 0, 5) == 2
            ? place_titled(sl, 3, "Slovak Slovakia Kosice", "Slovak", 16, NULL)
            : -1;
    storyline_free(sl);
    return story;
}

TD_TEST(test_storyline__a_headline_name_a_storyline_only_recalled_does_not_lead_there)
{
    int64_t recalled = leak_after("Slovak"), own = leak_after("");

    ASSERT_EQ_INT(recalled, 1);
    ASSERT_EQ_INT(own, 2);
}

/*
 * A follower leaves a young storyline young: a flash of three names starts
 * storyline 2 (young), a later event of the same three joins it (a
 * follower), and the follower's next report, naming storyline 1's people,
 * decides the young storyline again: it moves into storyline 1, the flash's
 * event and the follower both. The move is the flash's, and a replay that
 * places the follower where its stored articles say (storyline 1, rewritten
 * by the move) and applies the logged move ends alike.
 */
TD_TEST(test_storyline__a_follower_s_reports_decide_its_young_storyline_again)
{
    static const struct {
        int64_t event;
        const char *names;
    } s[] = {
        {1, "Marlowe Quist Ardenne"},
        {2, "Halvard Pellam Ilder"},
        {3, "Halvard Pellam Ilder"},
        {3, "Marlowe Quist Ardenne Halvard"},
    };
    static const int64_t want[] = {1, 2, 2, 1};
    /* The replay's story of each: the move's origin for its event (2), the stored one else. */
    static const int64_t stored[] = {1, 2, 1, 1};
    struct storyline_state *live, *replayed;
    struct storyline_move mv = {0, 0, 0};
    struct ndoc t;
    size_t i;

    ASSERT_OK(storyline_new(NULL, &live, NULL));
    for (i = 0; i < 4; i++)
        ASSERT_EQ_INT(place(live, s[i].event, s[i].names, NULL), want[i]);
    ASSERT_TRUE(storyline_last_move(live, &mv));
    ASSERT_EQ_INT(mv.event, 2);
    ASSERT_EQ_INT(mv.from, 2);
    ASSERT_EQ_INT(mv.into, 1);
    ASSERT_EQ_INT(storyline_story_of(live, 2), 1);
    ASSERT_EQ_INT(storyline_story_of(live, 3), 1);
    ASSERT_OK(storyline_new(NULL, &replayed, NULL));
    for (i = 0; i < 4; i++) {
        int64_t story = storyline_story_of(replayed, s[i].event);
        ASSERT_OK(ndoc_init(&t, s[i].names));
        ASSERT_OK(storyline_add(replayed, s[i].event, story != 0 ? story : stored[i], &t.d, NULL));
        ndoc_release(&t);
    }
    ASSERT_OK(storyline_move(replayed, &mv, NULL));
    ASSERT_EQ_INT(storyline_story_of(replayed, 2), 1);
    ASSERT_EQ_INT(storyline_story_of(replayed, 3), 1);
    ASSERT_EQ_INT(place(live, 4, "Quist Ardenne Marlowe", NULL),
                  place(replayed, 4, "Quist Ardenne Marlowe", NULL));
    storyline_free(live);
    storyline_free(replayed);
    /* The same stream where the second event gives eight names: no follower, no move. */
    ASSERT_OK(storyline_new(NULL, &live, NULL));
    ASSERT_EQ_INT(place(live, 1, s[0].names, NULL), 1);
    ASSERT_EQ_INT(place(live, 2, s[1].names, NULL), 2);
    ASSERT_EQ_INT(place(live, 3, "Halvard Pellam Ilder Corwen Dastra Emsley Farrow Gilmer", NULL),
                  2);
    ASSERT_EQ_INT(place(live, 3, s[3].names, NULL), 2);
    storyline_free(live);
}
