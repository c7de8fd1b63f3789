/*
 * test_forget.c - tests of the forgetting of terms in src/cluster/cluster.c
 * (`forget_every_docs`): idle rare terms of retired stories leave the
 * dictionary, terms the active pool uses stay, forgotten ids are reused
 * without their old counts or postings, a replay forgets the same terms,
 * and an allocation failure while forgetting is reported; and the same for
 * the storylines of src/cluster/storyline.c that retire and their names;
 * under the event level's defaults the dictionary keeps the terms of the
 * recent stream only.
 */
#include <stdio.h>
#include <string.h>

#include "cluster/cluster.h"
#include "cluster/storyline.h"
#include "core/alloc.h"
#include "test.h"
#include "words.h"

static const char *const ferry = "ferry strike port crews";
static const char *const chess = "chess tournament grandmaster opening";
static const char *const flood = "river flood levee village";
static const char *const vote = "parliament vote budget coalition";
static const char *const garden = "garden roses prize judges";

/* The dictionary's document frequency of the plain word `w`. */
static uint32_t df_of(const struct cluster_state *cs, const char *w)
{
    return cluster_term_df(cs, cluster_term_hash(w, strlen(w)));
}

/* Places the document of `words` (undated) with cluster_assign(). */
static enum td_err assign(struct cluster_state *cs, const char *words, int64_t *story)
{
    struct cluster_vec v;
    struct cluster_doc d;
    enum td_err rc = words_vec(&v, words);

    if (rc == TD_OK) {
        d = cluster_doc_of(&v, false, 0, NULL);
        rc = cluster_assign(cs, &d, story, NULL, NULL);
    }
    cluster_vec_release(&v);
    return rc;
}

/* Adds the document of `words` (undated) to `story` with cluster_add(). */
static enum td_err add(struct cluster_state *cs, const char *words, int64_t story)
{
    struct cluster_vec v;
    struct cluster_doc d;
    enum td_err rc = words_vec(&v, words);

    if (rc == TD_OK) {
        d = cluster_doc_of(&v, false, 0, NULL);
        rc = cluster_add(cs, &d, story, NULL);
    }
    cluster_vec_release(&v);
    return rc;
}

/*
 * Options under which, at document 4, stories idle for more than one
 * document retire and terms unseen in the last two documents are forgotten.
 */
static struct cluster_opts small_pool(void)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;

    o.pool_sweep_docs = 4;
    o.pool_idle_docs = 1;
    o.forget_every_docs = 4;
    o.forget_idle_docs = 2;
    o.forget_max_df = 2;
    return o;
}

/* Stories 1-4 from one document each: ferry, chess, flood, vote. */
static const char *const four[] = {ferry, chess, flood, vote};

TD_TEST(test_forget__idle_terms_of_retired_stories_leave)
{
    struct cluster_opts o = small_pool();
    struct cluster_state *cs;
    int64_t story;
    size_t i;

    ASSERT_OK(cluster_new(&o, &cs, NULL));
    for (i = 0; i < 4; i++) {
        ASSERT_OK(assign(cs, four[i], &story));
        ASSERT_EQ_INT(story, (int64_t)i + 1);
    }
    /*
     * At document 4 the ferry and chess stories retire (idle 3 and 2), and
     * their terms, unseen for 3 and 2 documents, are forgotten; the flood
     * story stays in the pool, so its terms stay; the vote terms are the
     * current document's.
     */
    ASSERT_EQ_INT(cluster_active_count(cs), 2);
    ASSERT_EQ_INT(cluster_term_count(cs), 8);
    ASSERT_EQ_INT(cluster_term_slots(cs), 16);
    ASSERT_EQ_INT(df_of(cs, "ferry"), 0);
    ASSERT_EQ_INT(df_of(cs, "grandmaster"), 0);
    ASSERT_EQ_INT(df_of(cs, "levee"), 1);
    ASSERT_EQ_INT(df_of(cs, "budget"), 1);
    cluster_free(cs);
}

TD_TEST(test_forget__terms_the_active_pool_uses_survive)
{
    struct cluster_opts o = small_pool();
    struct cluster_state *cs;
    int64_t story;
    size_t i;

    /* No retirement: the ferry story stays active however idle it is. */
    o.pool_sweep_docs = 0;
    /* One centroid term: the other ferry terms are kept by their postings alone. */
    o.centroid_terms = 1;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    ASSERT_OK(assign(cs, "ferry strike port crews ferry ferry", &story));
    for (i = 1; i < 4; i++)
        ASSERT_OK(assign(cs, four[i], &story));
    ASSERT_EQ_INT(cluster_term_count(cs), 16);
    ASSERT_EQ_INT(df_of(cs, "ferry"), 1);
    ASSERT_EQ_INT(df_of(cs, "crews"), 1);
    /* A frequent term is not forgotten either, even with its story retired. */
    cluster_free(cs);
    o = small_pool();
    o.forget_max_df = 1;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    ASSERT_OK(assign(cs, "ferry chess", &story));
    for (i = 1; i < 4; i++)
        ASSERT_OK(assign(cs, four[i], &story));
    ASSERT_EQ_INT(df_of(cs, "chess"), 2);
    ASSERT_EQ_INT(df_of(cs, "ferry"), 0);
    cluster_free(cs);
}

/* Records the candidate stories cluster_observe() reports. */
struct seen {
    int64_t story[8];
    size_t n;
};

static void note(void *ctx, int64_t story, const double *features)
{
    struct seen *s = ctx;

    (void)features;
    if (s->n < 8)
        s->story[s->n++] = story;
}

TD_TEST(test_forget__reused_ids_start_clean)
{
    struct cluster_opts o = small_pool();
    struct cluster_state *cs;
    struct seen cands = {{0}, 0};
    struct cluster_vec v;
    struct cluster_doc d;
    int64_t story;
    size_t i;

    ASSERT_OK(cluster_new(&o, &cs, NULL));
    ASSERT_OK(assign(cs, ferry, &story));
    ASSERT_OK(add(cs, ferry, 1));
    /* The flood document is the 4th: the ferry story retires, its terms are forgotten. */
    for (i = 1; i < 3; i++)
        ASSERT_OK(assign(cs, four[i], &story));
    ASSERT_EQ_INT(df_of(cs, "ferry"), 0);
    /* Bring the ferry story back with other words: it is active again. */
    ASSERT_OK(add(cs, "harbour", 1));
    ASSERT_EQ_INT(cluster_term_slots(cs), 12);
    /*
     * Three garden words take the other forgotten ids (the arrays grow by
     * one), those of ferry terms, which had df 2 and postings to story 1:
     * they start at df 1, and no stale posting leads to story 1.
     */
    ASSERT_OK(words_vec(&v, garden));
    d = cluster_doc_of(&v, false, 0, NULL);
    ASSERT_OK(cluster_observe(cs, &d, 5, note, &cands, NULL));
    cluster_vec_release(&v);
    ASSERT_EQ_INT(cands.n, 0);
    ASSERT_EQ_INT(cluster_term_slots(cs), 13);
    ASSERT_EQ_INT(df_of(cs, "garden"), 1);
    ASSERT_EQ_INT(df_of(cs, "judges"), 1);
    /* Seen again, a forgotten term starts over. */
    ASSERT_OK(assign(cs, ferry, &story));
    ASSERT_EQ_INT(df_of(cs, "ferry"), 1);
    cluster_free(cs);
}

TD_TEST(test_forget__replay_forgets_the_same_terms)
{
    struct cluster_opts o = small_pool();
    struct cluster_state *cs, *re;
    const char *const docs[] = {ferry, chess, flood, vote, garden, ferry, chess, flood, vote};
    int64_t story[9];
    size_t i;

    ASSERT_OK(cluster_new(&o, &cs, NULL));
    ASSERT_OK(cluster_new(&o, &re, NULL));
    for (i = 0; i < 9; i++)
        ASSERT_OK(assign(cs, docs[i], &story[i]));
    for (i = 0; i < 9; i++)
        ASSERT_OK(add(re, docs[i], story[i]));
    ASSERT_EQ_INT(cluster_term_count(re), cluster_term_count(cs));
    ASSERT_EQ_INT(cluster_term_slots(re), cluster_term_slots(cs));
    ASSERT_EQ_INT(cluster_active_count(re), cluster_active_count(cs));
    ASSERT_EQ_INT(df_of(re, "levee"), df_of(cs, "levee"));
    ASSERT_EQ_INT(df_of(re, "ferry"), df_of(cs, "ferry"));
    cluster_free(cs);
    cluster_free(re);
}

TD_TEST(test_forget__allocation_failures)
{
    struct cluster_opts o = small_pool();
    enum td_err rc;
    long n;

    for (rc = TD_ERR_NOMEM, n = 0; rc != TD_OK; n++) {
        struct cluster_state *cs;
        int64_t story;
        size_t i;
        ASSERT_OK(cluster_new(&o, &cs, NULL));
        for (i = 0; i < 3; i++)
            ASSERT_OK(assign(cs, four[i], &story));
        alloc_fail_after(n);
        rc = assign(cs, vote, &story);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        if (rc == TD_OK)
            ASSERT_EQ_INT(cluster_term_count(cs), 8);
        cluster_free(cs);
    }
    ASSERT_TRUE(n > 3);
}

/* ---- The storyline level (storyline.c, `sweep_docs`) ---- */

/* Places an article naming `words` in `event`; returns its story (-1 on failure). */
static int64_t place(struct storyline_state *sl, int64_t event, const char *words)
{
    struct cluster_vec v;
    struct storyline_doc d = {NULL, NULL, 0, false, 0, NULL, 0, NULL, 0, 0, 0, 0, 0.0};
    int64_t story = -1;

    if (words_vec(&v, words) == TD_OK) {
        d.names = v.terms;
        d.counts = v.counts;
        d.n = v.n;
        if (storyline_place(sl, event, &d, &story, NULL, NULL) != TD_OK)
            story = -1;
    }
    cluster_vec_release(&v);
    return story;
}

/*
 * Places document `i` of a stream of 250 a day (as the bench stream) whose
 * documents share no word: four of its own each, so each is a new event.
 */
static enum td_err assign_unique(struct cluster_state *cs, uint32_t i)
{
    char words[64];
    struct cluster_vec v;
    struct cluster_doc d;
    int64_t story;
    enum td_err rc;
    int n = snprintf(words, sizeof(words), "a%u b%u c%u d%u", i, i, i, i);

    if (n < 0 || (size_t)n >= sizeof(words))
        return TD_ERR_INTERNAL;
    rc = words_vec(&v, words);
    if (rc == TD_OK) {
        d = cluster_doc_of(&v, true, (int64_t)(i / 250) * 86400, NULL);
        rc = cluster_assign(cs, &d, &story, NULL, NULL);
    }
    cluster_vec_release(&v);
    return rc;
}

TD_TEST(test_forget__event_defaults_keep_the_terms_of_the_recent_stream)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    uint32_t i, n = 4 * CLUSTER_FORGET_EVERY_DOCS;

    cluster_event_opts(&o);
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    for (i = 0; i < n; i++)
        ASSERT_OK(assign_unique(cs, i));
    /*
     * The last round (at document n) forgot every term unseen for
     * CLUSTER_FORGET_IDLE_DOCS documents: their events left the pool
     * 30 days after their day. What stays is the recent stream's, four
     * terms a document, not the 4 n terms of the whole stream; the
     * forgotten ids were reused, so the per-term arrays stopped growing.
     */
    ASSERT_EQ_INT(cluster_term_count(cs), 4 * (size_t)CLUSTER_FORGET_IDLE_DOCS);
    ASSERT_TRUE(cluster_term_slots(cs) <= 8 * (size_t)CLUSTER_FORGET_IDLE_DOCS);
    ASSERT_EQ_INT(df_of(cs, "a0"), 0);
    /* Documents 49,151 and 49,152 (from 0) lie either side of the idle span. */
    ASSERT_EQ_INT(df_of(cs, "d49151"), 0);
    ASSERT_EQ_INT(df_of(cs, "d49152"), 1);
    ASSERT_EQ_INT(df_of(cs, "a65535"), 1);
    cluster_free(cs);
}

/* Sweeps every 4 articles; idle for 2 articles retires a storyline and forgets a name. */
static struct storyline_opts small_lines(void)
{
    struct storyline_opts o = STORYLINE_OPTS_INIT;

    o.sweep_docs = 4;
    o.idle_docs = 2;
    o.forget_max_df = 2;
    return o;
}

TD_TEST(test_forget__idle_storylines_retire_and_their_names_leave)
{
    struct storyline_opts o = small_lines();
    struct storyline_state *sl;

    ASSERT_OK(storyline_new(&o, &sl, NULL));
    ASSERT_EQ_INT(place(sl, 1, "Marlowe Quist Velsing"), 1);
    ASSERT_EQ_INT(place(sl, 2, "Tobruk Halvard Pellam"), 2);
    ASSERT_EQ_INT(place(sl, 3, "Ardenne Oslen Brokaw"), 3);
    /* Article 4: storylines 1 and 2 retire (idle 3 and 2), their names leave. */
    ASSERT_EQ_INT(place(sl, 4, "Tamsin Ilder Corvan"), 4);
    ASSERT_EQ_INT(storyline_count(sl), 4);
    ASSERT_EQ_INT(storyline_active_count(sl), 2);
    ASSERT_EQ_INT(storyline_name_count(sl), 6);
    ASSERT_EQ_INT(storyline_name_slots(sl), 12);
    /* A new event naming storyline 1's people no longer finds it: a new storyline... */
    ASSERT_EQ_INT(place(sl, 5, "Marlowe Quist Velsing"), 5);
    ASSERT_EQ_INT(storyline_name_slots(sl), 12);
    /* ...while an article of a known event brings its storyline back. */
    ASSERT_EQ_INT(place(sl, 2, "Tobruk Halvard"), 2);
    ASSERT_EQ_INT(storyline_active_count(sl), 4);
    storyline_free(sl);
}

TD_TEST(test_forget__retired_storylines_leave_memory_in_blocks)
{
    struct storyline_opts o = small_lines();
    struct storyline_state *sl;
    char names[64];
    int64_t i;

    ASSERT_OK(storyline_new(&o, &sl, NULL));
    /* 400 events, each naming people of its own: 400 storylines, retiring as they go. */
    for (i = 1; i <= 400; i++) {
        ASSERT_TRUE(snprintf(names, sizeof(names), "Ana%lld Bo%lld Cy%lld", (long long)i,
                             (long long)i, (long long)i) > 0);
        ASSERT_EQ_INT(place(sl, i, names), i);
    }
    ASSERT_EQ_INT(storyline_count(sl), 400);
    ASSERT_TRUE(storyline_active_count(sl) <= 4);
    /* Only the last block (or two) of 64 records is in memory. */
    ASSERT_TRUE(storyline_resident_count(sl) <= 128);
    /* An article of the first event brings storyline 1 back, its block made again... */
    ASSERT_EQ_INT(place(sl, 1, "Ana1 Bo1"), 1);
    ASSERT_TRUE(storyline_resident_count(sl) <= 192);
    ASSERT_EQ_INT(storyline_story_of(sl, 1), 1);
    /* ...and it is a candidate again: a new event naming its people joins it. */
    ASSERT_EQ_INT(place(sl, 401, "Ana1 Bo1 Dee"), 1);
    /* Idle again, it retires and its block leaves again. */
    for (i = 402; i <= 420; i++) {
        ASSERT_TRUE(snprintf(names, sizeof(names), "Ana%lld Bo%lld Cy%lld", (long long)i,
                             (long long)i, (long long)i) > 0);
        ASSERT_EQ_INT(place(sl, i, names), i - 1);
    }
    ASSERT_TRUE(storyline_resident_count(sl) <= 128);
    storyline_free(sl);
}

TD_TEST(test_forget__names_of_active_storylines_survive)
{
    struct storyline_opts o = small_lines();
    struct storyline_state *sl;

    ASSERT_OK(storyline_new(&o, &sl, NULL));
    ASSERT_EQ_INT(place(sl, 1, "Marlowe Quist Velsing"), 1);
    ASSERT_EQ_INT(place(sl, 1, "Marlowe Quist Velsing"), 1);
    ASSERT_EQ_INT(place(sl, 1, "Marlowe"), 1);
    ASSERT_EQ_INT(place(sl, 2, "Tobruk Halvard Pellam"), 2);
    /*
     * At article 4, storyline 1 took its last article one article ago and
     * stays active; Quist and Velsing, unseen for 2 articles and named
     * twice, are in its profile and stay too.
     */
    ASSERT_EQ_INT(storyline_active_count(sl), 2);
    ASSERT_EQ_INT(storyline_name_count(sl), 6);
    /* A new event with those names still joins storyline 1. */
    ASSERT_EQ_INT(place(sl, 3, "Quist Velsing Ardenne"), 1);
    storyline_free(sl);
}

TD_TEST(test_forget__storyline_replay_and_allocation_failures)
{
    struct storyline_opts o = small_lines();
    static const char *const names[] = {"Marlowe Quist Velsing", "Tobruk Halvard Pellam",
                                        "Ardenne Oslen Brokaw",  "Tamsin Ilder Corvan",
                                        "Marlowe Quist Velsing", "Tobruk Halvard"};
    static const int64_t events[] = {1, 2, 3, 4, 5, 2};
    struct storyline_state *sl, *re;
    int64_t story[6];
    enum td_err rc;
    size_t i;
    long n;

    ASSERT_OK(storyline_new(&o, &sl, NULL));
    ASSERT_OK(storyline_new(&o, &re, NULL));
    for (i = 0; i < 6; i++) {
        struct cluster_vec v;
        struct storyline_doc d = {NULL, NULL, 0, false, 0, NULL, 0, NULL, 0, 0, 0, 0, 0.0};
        story[i] = place(sl, events[i], names[i]);
        ASSERT_OK(words_vec(&v, names[i]));
        d.names = v.terms;
        d.counts = v.counts;
        d.n = v.n;
        ASSERT_OK(storyline_add(re, events[i], story[i], &d, NULL));
        cluster_vec_release(&v);
    }
    ASSERT_EQ_INT(storyline_active_count(re), storyline_active_count(sl));
    ASSERT_EQ_INT(storyline_name_count(re), storyline_name_count(sl));
    ASSERT_EQ_INT(storyline_name_slots(re), storyline_name_slots(sl));
    storyline_free(re);
    storyline_free(sl);
    /* The 4th article sweeps: every allocation on its way fails in turn, cleanly. */
    for (rc = TD_ERR_NOMEM, n = 0; rc != TD_OK; n++) {
        struct cluster_vec v;
        struct storyline_doc d = {NULL, NULL, 0, false, 0, NULL, 0, NULL, 0, 0, 0, 0, 0.0};
        int64_t s;
        ASSERT_OK(storyline_new(&o, &sl, NULL));
        for (i = 0; i < 3; i++)
            ASSERT_EQ_INT(place(sl, events[i], names[i]), (int64_t)i + 1);
        ASSERT_OK(words_vec(&v, names[3]));
        d.names = v.terms;
        d.counts = v.counts;
        d.n = v.n;
        alloc_fail_after(n);
        rc = storyline_place(sl, 4, &d, &s, NULL, NULL);
        alloc_fail_after(-1);
        cluster_vec_release(&v);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        if (rc == TD_OK)
            ASSERT_EQ_INT(storyline_name_count(sl), 6);
        storyline_free(sl);
    }
    ASSERT_TRUE(n > 3);
}
