/*
 * test_merge.c - tests of the merge pass in src/cluster/cluster.c: two
 * events that grow together are merged into the older one, later articles
 * and cluster_add() land on it; different events are not merged, nor are
 * events the `merge_ok` callback keeps apart; a lone report merges with
 * the event its flashes formed after it (`merge_single_threshold`), and a
 * first flash with the event its later reports formed the next day
 * (`merge_early_threshold`), as do two pieces of one event in one language
 * that share its main name; and an
 * allocation failure in the pass is reported, not a crash.
 */
#include <stdio.h>
#include <string.h>

#include "cluster/cluster.h"
#include "core/alloc.h"
#include "test.h"
#include "words.h"

/*
 * Event one starts on w1..w6, event two on w7..w12 (nothing shared, so two
 * events); then each takes three reports of all twelve words that lean to
 * its own half, so their centroids grow together.
 */
static const char *const together[] = {
    "w1 w2 w3 w4 w5 w6",
    "w7 w8 w9 w10 w11 w12",
    "w1 w1 w2 w2 w3 w3 w4 w4 w5 w5 w6 w6 w7 w8 w9 w10 w11 w12",
    "w7 w7 w8 w8 w9 w9 w10 w10 w11 w11 w12 w12 w1 w2 w3 w4 w5 w6",
    "w1 w1 w2 w2 w3 w3 w4 w4 w5 w5 w6 w6 w7 w8 w9 w10 w11 w12",
    "w7 w7 w8 w8 w9 w9 w10 w10 w11 w11 w12 w12 w1 w2 w3 w4 w5 w6",
    "w1 w1 w2 w2 w3 w3 w4 w4 w5 w5 w6 w6 w7 w8 w9 w10 w11 w12",
    "w7 w7 w8 w8 w9 w9 w10 w10 w11 w11 w12 w12 w1 w2 w3 w4 w5 w6",
};
#define NTOGETHER (sizeof(together) / sizeof(together[0]))

/*
 * Four different events, each told twice; the two strikes are of one kind
 * (they share their common words, not their names or demands).
 */
static const char *const apart[] = {
    "ferry strike port crews union @valdemora @carvalho wages pay",
    "ferry strike port crews union @tarrant @okafor pensions rota",
    "river flood rain levee evacuation",
    "parliament vote budget coalition minister",
    "ferry strike crews union @valdemora @carvalho wages offer",
    "ferry strike port union @tarrant @okafor pensions rota talks",
    "river flood levee village rain",
    "parliament budget vote minister opposition",
};
#define NAPART (sizeof(apart) / sizeof(apart[0]))

/* Clusters `w` (words as in words.h) undated; `*story` is its story. */
static enum td_err assign_words(struct cluster_state *cs, const char *w, int64_t *story,
                                struct td_error *err)
{
    struct cluster_vec v;
    struct cluster_doc d;
    enum td_err rc = words_vec(&v, w);

    if (rc == TD_OK) {
        d = cluster_doc_of(&v, false, 0, NULL);
        rc = cluster_assign(cs, &d, story, NULL, err);
    }
    cluster_vec_release(&v);
    return rc;
}

/* Options with the rule (threshold 0.6) and a merge pass every `every` articles. */
static struct cluster_opts merge_opts(uint64_t every)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;

    o.threshold = 0.6;
    o.merge_every_docs = every;
    o.merge_threshold = CLUSTER_MERGE_THRESHOLD;
    return o;
}

TD_TEST(test_merge__events_that_grow_together_merge)
{
    struct cluster_opts o = merge_opts(NTOGETHER);
    struct cluster_state *cs;
    const int64_t *from, *into;
    int64_t stories[NTOGETHER], s;
    size_t i, n;

    ASSERT_OK(cluster_new(&o, &cs, NULL));
    for (i = 0; i + 1 < NTOGETHER; i++) {
        ASSERT_OK(assign_words(cs, together[i], &stories[i], NULL));
        cluster_take_merges(cs, &from, &into, &n);
        ASSERT_EQ_INT(n, 0);
    }
    /* Two events up to here: each report joined the event of its half. */
    ASSERT_EQ_INT(stories[0], 1);
    ASSERT_EQ_INT(stories[1], 2);
    for (i = 2; i + 1 < NTOGETHER; i++)
        ASSERT_EQ_INT(stories[i], (int64_t)(i % 2) + 1);
    /* The eighth article joins event 2 and runs the pass: 2 merges into the older 1. */
    ASSERT_OK(assign_words(cs, together[NTOGETHER - 1], &s, NULL));
    ASSERT_EQ_INT(s, 1);
    cluster_take_merges(cs, &from, &into, &n);
    ASSERT_EQ_INT(n, 1);
    ASSERT_EQ_INT(from[0], 2);
    ASSERT_EQ_INT(into[0], 1);
    ASSERT_EQ_INT(cluster_resolve(cs, 2), 1);
    ASSERT_EQ_INT(cluster_resolve(cs, 1), 1);
    ASSERT_EQ_INT(cluster_active_count(cs), 1);
    /* A later article of the second half lands on the merged event. */
    ASSERT_OK(assign_words(cs, "w7 w8 w9 w10 w11 w12", &s, NULL));
    ASSERT_EQ_INT(s, 1);
    cluster_take_merges(cs, &from, &into, &n);
    ASSERT_EQ_INT(n, 0);
    cluster_free(cs);
}

TD_TEST(test_merge__different_events_stay_apart)
{
    struct cluster_opts o = merge_opts(2);
    struct cluster_state *cs;
    const int64_t *from, *into;
    int64_t s[NAPART];
    size_t i, j, n, merges = 0;

    /* Each second report joins its event when placed; the strikes stay apart. */
    o.threshold = 0.4;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    for (i = 0; i < NAPART; i++) {
        ASSERT_OK(assign_words(cs, apart[i], &s[i], NULL));
        ASSERT_EQ_INT(s[i], (int64_t)(i % 4) + 1);
        cluster_take_merges(cs, &from, &into, &n);
        merges += n;
    }
    /* Every pass looked at events of two articles; none merged two of the four. */
    ASSERT_EQ_INT(merges, 0);
    for (i = 0; i < 4; i++)
        for (j = i + 1; j < 4; j++)
            ASSERT_TRUE(cluster_resolve(cs, s[i]) != cluster_resolve(cs, s[j]));
    ASSERT_EQ_INT(cluster_active_count(cs), 4);
    cluster_free(cs);
}

/* Counts the calls that ask to merge event 2 into event 1, and refuses every merge. */
static bool refuse(void *ctx, int64_t from, int64_t into)
{
    int *calls = ctx;

    if (from == 2 && into == 1)
        ++*calls;
    return false;
}

TD_TEST(test_merge__merge_ok_can_refuse)
{
    struct cluster_opts o = merge_opts(NTOGETHER);
    struct cluster_state *cs;
    const int64_t *from, *into;
    int64_t s = 0;
    size_t i, n;
    int calls = 0;

    o.merge_ok = refuse;
    o.merge_ctx = &calls;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    for (i = 0; i < NTOGETHER; i++)
        ASSERT_OK(assign_words(cs, together[i], &s, NULL));
    cluster_take_merges(cs, &from, &into, &n);
    ASSERT_EQ_INT(n, 0);
    ASSERT_TRUE(calls >= 1);
    ASSERT_EQ_INT(s, 2);
    ASSERT_EQ_INT(cluster_resolve(cs, 2), 2);
    cluster_free(cs);
}

/*
 * Refuses every merge, after asking: a merge pass then compares events
 * (merge_one() marks an event's terms in the placement's scratch bitmap
 * for that) and changes nothing.
 */
static bool refuse_all(void *ctx, int64_t from, int64_t into)
{
    (void)from;
    (void)into;
    ++*(int *)ctx;
    return false;
}

/* Allows every merge and counts the calls. */
static bool allow_all(void *ctx, int64_t from, int64_t into)
{
    (void)from;
    (void)into;
    ++*(int *)ctx;
    return true;
}

/*
 * Places the article of words `w` in `a` and in `b`: both must give it the
 * same story and the same score, bit for bit.
 */
static void place_both(struct cluster_state *a, struct cluster_state *b, const char *w)
{
    struct cluster_vec v;
    struct cluster_doc d;
    int64_t sa, sb;
    double ca, cb;

    ASSERT_OK(words_vec(&v, w));
    d = cluster_doc_of(&v, false, 0, NULL);
    ASSERT_OK(cluster_assign(a, &d, &sa, &ca, NULL));
    ASSERT_OK(cluster_assign(b, &d, &sb, &cb, NULL));
    cluster_vec_release(&v);
    ASSERT_EQ_INT(sa, sb);
    ASSERT_TRUE(memcmp(&ca, &cb, sizeof(ca)) == 0);
}

/*
 * Places both article sets twice with `with` (a pass after every article
 * that must merge nothing) and without passes: every placement must get the
 * same story and the same score, bit for bit.
 */
static void assert_passes_change_nothing(struct cluster_opts with)
{
    struct cluster_opts without = merge_opts(0);
    struct cluster_state *a, *b;
    const int64_t *from, *into;
    size_t i, round, n;

    ASSERT_OK(cluster_new(&with, &a, NULL));
    ASSERT_OK(cluster_new(&without, &b, NULL));
    /* A pass after every article; then the other article set, whose words are new. */
    for (round = 0; round < 2; round++) {
        for (i = 0; i < NTOGETHER + NAPART; i++) {
            const char *w = i < NTOGETHER ? together[i] : apart[i - NTOGETHER];
            place_both(a, b, w);
            cluster_take_merges(a, &from, &into, &n);
            ASSERT_EQ_INT(n, 0);
        }
    }
    cluster_free(a);
    cluster_free(b);
}

TD_TEST(test_merge__a_pass_that_merges_nothing_leaves_placement_alone)
{
    struct cluster_opts o = merge_opts(1);
    int calls = 0;

    /* Every merge refused: the candidates' centroids are compared, no member links. */
    o.merge_ok = refuse_all;
    o.merge_ctx = &calls;
    assert_passes_change_nothing(o);
    ASSERT_TRUE(calls >= 1);
    /* Merges allowed but a bar no pair reaches: the member links are compared too. */
    calls = 0;
    o.merge_ok = allow_all;
    o.merge_links = true;
    o.merge_threshold = o.merge_single_threshold = 0.999;
    assert_passes_change_nothing(o);
    ASSERT_TRUE(calls >= 1);
}

/* `n` words "<prefix>0" .. "<prefix><n - 1>", space-separated, into `buf`. */
static const char *spread(char *buf, size_t cap, const char *prefix, int n)
{
    size_t len = 0;
    int i;

    buf[0] = '\0';
    for (i = 0; i < n && len + 16 < cap; i++)
        len += (size_t)snprintf(buf + len, cap - len, "%s%s%d", i ? " " : "", prefix, i);
    return buf;
}

/*
 * The member links of a pass (merge_one() marks the changed event's terms,
 * then for member_link() the candidate's instead, and back) leave no mark
 * behind, also where the two events' term ids lie in different words of
 * the bitmap: 64 filler terms between them put the second event's own
 * terms in a word of their own, and a later article with one of them must
 * be placed as without passes.
 */
TD_TEST(test_merge__member_links_leave_no_marks)
{
    static const char *const docs[] = {
        "x1 x2 x3 x4 x5 x6", /* event X */
        NULL,                /* fillers f0..f63 */
        "x1 x2 x3 y1 y2 y3", /* event Y: its own terms 64 ids on */
        "x1 x4 x5 x6 x2",    /* joins X: the pass compares X with Y, member by member */
        "y1 p1 p2 p3",       /* one of Y's own terms */
        "y2 y3 p4 p5",
    };
    struct cluster_opts with = merge_opts(1), without = merge_opts(0);
    struct cluster_state *a, *b;
    char fill[1024];
    size_t i;
    int calls = 0;

    with.merge_ok = allow_all;
    with.merge_ctx = &calls;
    with.merge_links = true;
    with.merge_threshold = with.merge_single_threshold = 0.999;
    with.split_min_own = without.split_min_own = CLUSTER_SPLIT_MIN_OWN;
    ASSERT_OK(cluster_new(&with, &a, NULL));
    ASSERT_OK(cluster_new(&without, &b, NULL));
    for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++) {
        const char *w = docs[i] != NULL ? docs[i] : spread(fill, sizeof(fill), "f", 64);
        place_both(a, b, w);
    }
    ASSERT_TRUE(calls >= 1);
    cluster_free(a);
    cluster_free(b);
}

TD_TEST(test_merge__replay_follows_a_merged_id)
{
    struct cluster_opts o = merge_opts(NTOGETHER);
    struct cluster_state *cs;
    struct cluster_vec v;
    struct cluster_doc d;
    int64_t s;
    size_t i;

    ASSERT_OK(cluster_new(&o, &cs, NULL));
    for (i = 0; i < NTOGETHER; i++)
        ASSERT_OK(assign_words(cs, together[i], &s, NULL));
    ASSERT_EQ_INT(cluster_resolve(cs, 2), 1);
    /* A copy of an article stored under event 2 joins the event 2 lives on in. */
    ASSERT_OK(words_vec(&v, together[1]));
    d = cluster_doc_of(&v, false, 0, NULL);
    ASSERT_OK(cluster_add(cs, &d, 2, NULL));
    cluster_vec_release(&v);
    ASSERT_EQ_INT(cluster_active_count(cs), 1);
    ASSERT_EQ_INT(cluster_resolve(cs, 2), 1);
    cluster_free(cs);
}

TD_TEST(test_merge__allocation_failure_is_reported)
{
    struct cluster_opts o = merge_opts(NTOGETHER);
    enum td_err rc = TD_ERR_NOMEM;
    struct cluster_vec v;
    struct cluster_doc last;
    int n;

    ASSERT_OK(words_vec(&v, together[NTOGETHER - 1]));
    last = cluster_doc_of(&v, false, 0, NULL);
    for (n = 0; rc != TD_OK; n++) {
        struct cluster_state *cs;
        struct td_error err;
        int64_t s = 0;
        size_t i;
        ASSERT_OK(cluster_new(&o, &cs, NULL));
        for (i = 0; i + 1 < NTOGETHER; i++)
            ASSERT_OK(assign_words(cs, together[i], &s, NULL));
        alloc_fail_after(n);
        rc = cluster_assign(cs, &last, &s, NULL, &err);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || (rc == TD_ERR_NOMEM && err.code == TD_ERR_NOMEM));
        if (rc == TD_OK)
            ASSERT_EQ_INT(s, 1);
        cluster_free(cs);
    }
    ASSERT_TRUE(n > 1);
    cluster_vec_release(&v);
}

/* Clusters `w` in language `lang`, dated on day 0; `*story` is its story. */
static enum td_err assign_lang(struct cluster_state *cs, const char *w, const char *lang,
                               int64_t *story)
{
    struct cluster_vec v;
    struct cluster_doc d;
    enum td_err rc = words_vec(&v, w);

    if (rc == TD_OK) {
        d = cluster_doc_of(&v, true, 1757635200, lang);
        rc = cluster_assign(cs, &d, story, NULL, NULL);
    }
    cluster_vec_release(&v);
    return rc;
}

/*
 * Two events that both started with a Swedish report, each taking reports
 * in other languages, share their names (anchor terms seen in several
 * languages) but few words: the pass merges them by those names, as it
 * would if they had started in two languages; in a stream of one language
 * the same pair stays apart (no anchor term is shared across languages).
 */
TD_TEST(test_merge__events_started_in_one_language_merge_by_shared_names)
{
    static const char *const docs[][2] = {
        {"sv", "tag olycka natt spar @vretaby @malmgren @31"},
        {"sv", "just nu raddning sjukhus helikopter skadade @vretaby @malmgren @31"},
        {"de", "zug entgleisung nacht @vretaby @malmgren @31"},
        {"en", "rescue hospital helicopter injured @vretaby @malmgren @31"},
    };
    int pass;

    for (pass = 0; pass < 2; pass++) {
        struct cluster_opts o = merge_opts(4);
        struct cluster_state *cs;
        const int64_t *from, *into;
        int64_t s[4];
        size_t i, n = 0, merges = 0;

        o.xl_shared_only = true;
        ASSERT_OK(cluster_new(&o, &cs, NULL));
        for (i = 0; i < 4; i++) {
            /* The second pass keeps every report in Swedish. */
            ASSERT_OK(assign_lang(cs, docs[i][1], pass == 0 ? docs[i][0] : "sv", &s[i]));
            cluster_take_merges(cs, &from, &into, &n);
            merges += n;
        }
        ASSERT_TRUE(s[0] != s[1]);
        if (pass == 0) {
            ASSERT_EQ_INT(merges, 1);
            ASSERT_EQ_INT(cluster_resolve(cs, s[1]), cluster_resolve(cs, s[0]));
        } else {
            ASSERT_EQ_INT(merges, 0);
        }
        cluster_free(cs);
    }
}

/*
 * Two pieces of one event: the first report and a follow-up that tells it
 * again with another focus, each an event of its own (nothing shared),
 * then a fuller report that names both angles and joins the first. The
 * centroids stay under the merge bar, but that report would join the
 * second piece too: with `merge_links` the pass merges them by it, without
 * it they stay apart.
 */
TD_TEST(test_merge__pieces_of_one_event_merge_by_a_member)
{
    static const char *const docs[] = {
        "p1 p2 p3 p4 p5 p6",
        "q1 q2 q3 q4 q5 q6",
        "p1 p2 p3 p4 p5 p6 q1 q2 q3 q4",
        "p1 p2 p3 p4 p5 p6 r1 r2",
    };
    int links;

    for (links = 0; links < 2; links++) {
        struct cluster_opts o = merge_opts(4);
        struct cluster_state *cs;
        const int64_t *from, *into;
        int64_t s[4];
        size_t i, n = 0;

        o.split_min_own = CLUSTER_SPLIT_MIN_OWN; /* members are remembered for the split pass */
        o.merge_links = links == 1;
        ASSERT_OK(cluster_new(&o, &cs, NULL));
        for (i = 0; i < 4; i++)
            ASSERT_OK(assign_words(cs, docs[i], &s[i], NULL));
        cluster_take_merges(cs, &from, &into, &n);
        /* Placement alone: the fuller report and the last one join the first piece. */
        ASSERT_EQ_INT(s[1], 2);
        ASSERT_EQ_INT(s[2], 1);
        if (links == 1) {
            ASSERT_EQ_INT(n, 1);
            ASSERT_EQ_INT(from[0], 2);
            ASSERT_EQ_INT(into[0], 1);
            ASSERT_EQ_INT(cluster_resolve(cs, 2), 1);
        } else {
            ASSERT_EQ_INT(n, 0);
            ASSERT_EQ_INT(cluster_resolve(cs, 2), 2);
        }
        cluster_free(cs);
    }
}

/*
 * A long report comes first and stays alone (under the join bar of 0.6 with
 * what follows); two flashes then form an event of their own. The flashes'
 * event and the report score between `merge_single_threshold` (0.4) and
 * `merge_threshold` (0.5): from the event's side the pass leaves them apart,
 * and only the report, looking for itself, merges them into its older
 * event. Without the single-article bar (0) the two stay apart.
 */
TD_TEST(test_merge__a_lone_report_merges_with_the_event_its_flashes_formed)
{
    static const char *const docs[] = {
        "w1 w2 w3 w4 w5 w6 w7",
        "w1 w2 w3 w4 w9",
        "w1 w2 w3 w4 w9 w10",
    };
    int single;

    for (single = 0; single < 2; single++) {
        struct cluster_opts o = merge_opts(3);
        struct cluster_state *cs;
        const int64_t *from, *into;
        int64_t s[3];
        size_t i, n = 0;

        o.merge_single_threshold = single == 1 ? CLUSTER_MERGE_SINGLE_THRESHOLD : 0.0;
        ASSERT_OK(cluster_new(&o, &cs, NULL));
        for (i = 0; i < 3; i++)
            ASSERT_OK(assign_words(cs, docs[i], &s[i], NULL));
        cluster_take_merges(cs, &from, &into, &n);
        /* Placement alone: the report alone, the second flash with the first. */
        ASSERT_EQ_INT(s[0], 1);
        ASSERT_EQ_INT(s[1], 2);
        if (single == 1) {
            ASSERT_EQ_INT(n, 1);
            ASSERT_EQ_INT(from[0], 2);
            ASSERT_EQ_INT(into[0], 1);
            ASSERT_EQ_INT(s[2], 1);
            ASSERT_EQ_INT(cluster_active_count(cs), 1);
        } else {
            ASSERT_EQ_INT(n, 0);
            ASSERT_EQ_INT(s[2], 2);
            ASSERT_EQ_INT(cluster_active_count(cs), 2);
        }
        cluster_free(cs);
    }
}

/* Clusters `w` dated `day` days after day 0 (undated when `day` < 0); `*story` is its story. */
static enum td_err assign_day(struct cluster_state *cs, const char *w, int day, int64_t *story)
{
    struct cluster_vec v;
    struct cluster_doc d;
    enum td_err rc = words_vec(&v, w);

    if (rc == TD_OK) {
        d = cluster_doc_of(&v, day >= 0, 1757635200 + (int64_t)(day > 0 ? day : 0) * 86400, NULL);
        rc = cluster_assign(cs, &d, story, NULL, NULL);
    }
    cluster_vec_release(&v);
    return rc;
}

/*
 * Runs the first flash `docs[0]` on day 0 and its two follow-ups on day
 * `day` (undated when < 0) with a pass after the third, with
 * `merge_early_threshold` at `early` and the callbacks `ok` and `early_ok`
 * (may be NULL); `*merged` says whether the follow-ups' event merged into
 * the flash's, `*ncalls` how often the callbacks were asked.
 */
static void run_flash_with(const char *const docs[3], int day, double early, cluster_merge_ok_fn ok,
                           cluster_merge_ok_fn early_ok, bool *merged, int *ncalls)
{
    struct cluster_opts o = merge_opts(3);
    int calls = 0;
    struct cluster_state *cs;
    const int64_t *from, *into;
    int64_t s[3];
    size_t i, n = 0;

    o.merge_single_threshold = CLUSTER_MERGE_SINGLE_THRESHOLD;
    o.merge_links = true;
    o.merge_early_threshold = early;
    o.merge_ok = ok;
    o.merge_early_ok = early_ok;
    o.merge_ctx = &calls;
    o.time_tau_days = 1e9; /* no time decay: the rule's own day test decides */
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    for (i = 0; i < 3; i++)
        ASSERT_OK(assign_day(cs, docs[i], i == 0 ? (day < 0 ? -1 : 0) : day, &s[i]));
    cluster_take_merges(cs, &from, &into, &n);
    /* Placement alone: the flash alone, the second follow-up with the first. */
    ASSERT_EQ_INT(s[0], 1);
    ASSERT_EQ_INT(s[1], 2);
    *merged = n == 1 && from[0] == 2 && into[0] == 1 && s[2] == 1;
    *ncalls = calls;
    cluster_free(cs);
}

/* run_flash_with() with no callbacks. */
static void run_flash(const char *const docs[3], int day, double early, bool *merged)
{
    int calls;

    run_flash_with(docs, day, early, NULL, NULL, merged, &calls);
}

/*
 * A first flash stays alone (under the join bar of 0.6 with what follows)
 * and its two follow-ups form an event of their own. The two score between
 * `merge_early_threshold` (0.33) and `merge_single_threshold` (0.4): with
 * the rule off they stay apart; with it the follow-ups' event merges into
 * the flash's when they come the same day or the next, and not three days
 * later or undated.
 */
TD_TEST(test_merge__a_first_flash_merges_with_the_event_of_its_later_reports)
{
    static const char *const docs[3] = {
        "w1 w2 w3 w4 w5 w6 w7 w8",
        "w1 w2 w3 w4 w9 w10",
        "w1 w2 w3 w4 w9 w10 w11",
    };
    bool merged;

    run_flash(docs, 1, 0.0, &merged);
    ASSERT_TRUE(!merged);
    run_flash(docs, 1, CLUSTER_MERGE_EARLY_THRESHOLD, &merged);
    ASSERT_TRUE(merged);
    run_flash(docs, 0, CLUSTER_MERGE_EARLY_THRESHOLD, &merged);
    ASSERT_TRUE(merged);
    run_flash(docs, 3, CLUSTER_MERGE_EARLY_THRESHOLD, &merged);
    ASSERT_TRUE(!merged);
    run_flash(docs, -1, CLUSTER_MERGE_EARLY_THRESHOLD, &merged);
    ASSERT_TRUE(!merged);
    /* A bar over the pair's score keeps it apart: the bar decides, not the day. */
    run_flash(docs, 1, 0.37, &merged);
    ASSERT_TRUE(!merged);
}

/*
 * Such a pair is the early callback's to allow (`merge_early_ok`, which the
 * engine gives when one of the two storylines can fold into the other):
 * with `merge_ok` refusing every merge it still merges when
 * `merge_early_ok` allows it, and not when that one is unset; it is asked
 * once, of the pair that merges.
 */
TD_TEST(test_merge__the_early_callback_decides_a_first_flash_pair)
{
    static const char *const docs[3] = {
        "w1 w2 w3 w4 w5 w6 w7 w8",
        "w1 w2 w3 w4 w9 w10",
        "w1 w2 w3 w4 w9 w10 w11",
    };
    bool merged;
    int calls;

    run_flash_with(docs, 1, CLUSTER_MERGE_EARLY_THRESHOLD, refuse_all, NULL, &merged, &calls);
    ASSERT_TRUE(!merged);
    run_flash_with(docs, 1, CLUSTER_MERGE_EARLY_THRESHOLD, refuse_all, allow_all, &merged, &calls);
    ASSERT_TRUE(merged);
    run_flash_with(docs, 1, CLUSTER_MERGE_EARLY_THRESHOLD, allow_all, refuse_all, &merged, &calls);
    ASSERT_TRUE(!merged);
    /* Asked once, of the pick, right before the merge: the engine folds storylines on a yes. */
    run_flash_with(docs, 1, CLUSTER_MERGE_EARLY_THRESHOLD, NULL, allow_all, &merged, &calls);
    ASSERT_TRUE(merged);
    ASSERT_EQ_INT(calls, 1);
}

/* Adds `w` (words as in words.h) undated to story `story` (cluster_add()). */
static enum td_err add_words(struct cluster_state *cs, const char *w, int64_t story)
{
    struct cluster_vec v;
    struct cluster_doc d;
    enum td_err rc = words_vec(&v, w);

    if (rc == TD_OK) {
        d = cluster_doc_of(&v, false, 0, NULL);
        rc = cluster_add(cs, &d, story, NULL);
    }
    cluster_vec_release(&v);
    return rc;
}

/*
 * Two prizes of one week: event 1 holds four reports of the first and
 * `strays` reports of the second that joined it at placement; event 2
 * holds four reports of the second and `back` of the first. The pass at
 * the end of the input (cluster_settle()) merges them when `*merged`.
 */
static void run_mixed(size_t strays, size_t back, bool *merged)
{
    static const char lit[] = "prize award novelist academy village mine salt memory border";
    static const char peace[] = "prize award midwives network clinic camps war founder sudan";
    struct cluster_opts o = merge_opts(64);
    struct cluster_state *cs;
    const int64_t *from, *into;
    size_t i, n = 0;
    bool ran = false;

    o.split_min_own = CLUSTER_SPLIT_MIN_OWN; /* members are remembered */
    o.merge_links = true;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    for (i = 0; i < 4; i++)
        ASSERT_OK(add_words(cs, lit, 1));
    for (i = 0; i < 4; i++)
        ASSERT_OK(add_words(cs, peace, 2));
    for (i = 0; i < strays; i++)
        ASSERT_OK(add_words(cs, peace, 1));
    for (i = 0; i < back; i++)
        ASSERT_OK(add_words(cs, lit, 2));
    ASSERT_OK(cluster_settle(cs, &ran, NULL));
    ASSERT_TRUE(ran);
    cluster_take_merges(cs, &from, &into, &n);
    *merged = n > 0;
    ASSERT_EQ_INT(cluster_resolve(cs, 2), *merged ? 1 : 2);
    cluster_free(cs);
}

/*
 * A mixed event is not merged (told_mixed()): the two reports of the
 * second prize in the first prize's event would each join the second
 * prize's event (a member link), but they are strays of their event, its
 * four others would not join, and the second prize's event holds no
 * report nearer the first: the two stay apart. Pieces of one happening
 * (each holding a report nearer the other) still merge, and so do the
 * events when the strays are as many as the core.
 */
TD_TEST(test_merge__a_mixed_event_is_not_merged)
{
    bool merged = true;

    run_mixed(2, 0, &merged);
    ASSERT_TRUE(!merged);
    run_mixed(2, 1, &merged);
    ASSERT_TRUE(merged);
    run_mixed(4, 0, &merged);
    ASSERT_TRUE(merged);
}

/*
 * Runs two pieces of one event: `a` (three reports on day 0, in `la`) and
 * then `b` (two reports on day `day`, the first in `lb0`, the second in
 * `lb1`), with a pass after the fifth, every bar as the engine has it and
 * no time decay, and the callbacks of `cb` (NULL: none; their context a
 * call counter, `*ncalls` afterwards); `*merged` says whether the pieces
 * ended in one event.
 */
static void run_pieces_with(const char *const a[3], const char *const b[2], const char *la,
                            const char *lb0, const char *lb1, int day,
                            const struct cluster_opts *cb, bool *merged, int *ncalls)
{
    struct cluster_opts o = merge_opts(5);
    struct cluster_state *cs;
    struct cluster_vec v;
    struct cluster_doc d;
    int64_t s[5];
    size_t i;
    int calls = 0;

    o.threshold = 0.5;
    o.merge_single_threshold = CLUSTER_MERGE_SINGLE_THRESHOLD;
    o.merge_links = true;
    o.merge_early_threshold = CLUSTER_MERGE_EARLY_THRESHOLD;
    o.split_min_own = CLUSTER_SPLIT_MIN_OWN;
    o.time_tau_days = 1e9;
    o.xl_shared_only = true;
    if (cb != NULL) {
        o.merge_ok = cb->merge_ok;
        o.merge_early_ok = cb->merge_early_ok;
        o.merge_named_ok = cb->merge_named_ok;
        o.merge_ctx = &calls;
    }
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    for (i = 0; i < 5; i++) {
        ASSERT_OK(words_vec(&v, i < 3 ? a[i] : b[i - 3]));
        d = cluster_doc_of(&v, true, 1757635200 + (int64_t)(i < 3 ? 0 : day) * 86400,
                           i < 3 ? la : (i == 3 ? lb0 : lb1));
        ASSERT_OK(cluster_assign(cs, &d, &s[i], NULL, NULL));
        cluster_vec_release(&v);
    }
    *merged = cluster_resolve(cs, s[3]) == cluster_resolve(cs, s[0]);
    if (ncalls != NULL)
        *ncalls = calls;
    cluster_free(cs);
}

/* run_pieces_with() without callbacks. */
static void run_pieces(const char *const a[3], const char *const b[2], const char *la,
                       const char *lb0, const char *lb1, int day, bool *merged)
{
    run_pieces_with(a, b, la, lb0, lb1, day, NULL, merged, NULL);
}

/*
 * Two pieces of one event in one language (`merge_early_threshold`,
 * named_pair()): three flashes on a school outbreak and, the same day, a
 * live ticker and a long page on the lab result and the closed kitchen,
 * which placement keeps apart. Their centroids score 0.37, between the
 * early bar (0.33) and `merge_threshold` (0.5), and the second piece holds
 * the flashes' main name: they merge the same day and the next, not three
 * days later; a second piece that scores 0.40 but holds neither the
 * flashes' main name nor gives its own to them (another city's outbreak)
 * stays apart.
 */
TD_TEST(test_merge__two_pieces_of_one_event_in_one_language_merge)
{
    static const char *const a[3] = {
        "@koeln @koeln @koeln @240 school children salmonella ill w1 w2 w3",
        "@koeln @koeln @koeln @240 school children salmonella ill w1 w2 w4",
        "@koeln @koeln @koeln @240 @uniklinik school children salmonella w1 w3 w4",
    };
    static const char *const b[2] = {
        "@koeln @porz @mertens salmonella salmonella school children ill lab kitchen closed w5 w6",
        "@koeln @porz @mertens salmonella salmonella school children ill lab kitchen closed w1 w7",
    };
    static const char *const other[2] = {
        "@dresden @porz @mertens salmonella salmonella school children ill lab w1 w2 w3",
        "@dresden @porz @mertens salmonella salmonella school children ill lab w1 w2 w4",
    };
    bool merged;

    run_pieces(a, b, "de", "de", "de", 0, &merged);
    ASSERT_TRUE(merged);
    run_pieces(a, b, "de", "de", "de", 1, &merged);
    ASSERT_TRUE(merged);
    run_pieces(a, b, "de", "de", "de", 3, &merged);
    ASSERT_TRUE(!merged);
    run_pieces(a, other, "de", "de", "de", 0, &merged);
    ASSERT_TRUE(!merged);
}

/*
 * Two pieces of one event are the named callback's to allow
 * (`merge_named_ok`, with which the engine folds a piece's storyline only
 * into one the other piece started), not the early one's: with `merge_ok`
 * refusing and `merge_early_ok` allowing, they stay apart when
 * `merge_named_ok` refuses and merge when it allows, asked once; unset,
 * `merge_early_ok` decides as before.
 */
TD_TEST(test_merge__the_named_callback_decides_two_pieces)
{
    static const char *const a[3] = {
        "@koeln @koeln @koeln @240 school children salmonella ill w1 w2 w3",
        "@koeln @koeln @koeln @240 school children salmonella ill w1 w2 w4",
        "@koeln @koeln @koeln @240 @uniklinik school children salmonella w1 w3 w4",
    };
    static const char *const b[2] = {
        "@koeln @porz @mertens salmonella salmonella school children ill lab kitchen closed w5 w6",
        "@koeln @porz @mertens salmonella salmonella school children ill lab kitchen closed w1 w7",
    };
    struct cluster_opts cb = merge_opts(5);
    bool merged;
    int calls;

    cb.merge_ok = refuse_all;
    cb.merge_early_ok = allow_all;
    cb.merge_named_ok = refuse_all;
    run_pieces_with(a, b, "de", "de", "de", 0, &cb, &merged, &calls);
    ASSERT_TRUE(!merged);
    cb.merge_named_ok = allow_all;
    run_pieces_with(a, b, "de", "de", "de", 0, &cb, &merged, &calls);
    ASSERT_TRUE(merged);
    cb.merge_ok = NULL;
    run_pieces_with(a, b, "de", "de", "de", 0, &cb, &merged, &calls);
    ASSERT_TRUE(merged);
    ASSERT_EQ_INT(calls, 1);
    cb.merge_ok = refuse_all;
    cb.merge_named_ok = NULL;
    run_pieces_with(a, b, "de", "de", "de", 0, &cb, &merged, &calls);
    ASSERT_TRUE(merged);
    cb.merge_early_ok = refuse_all;
    run_pieces_with(a, b, "de", "de", "de", 0, &cb, &merged, &calls);
    ASSERT_TRUE(!merged);
}

/*
 * Runs a Romanian note whose only anchor is the number `num`, two French
 * prize reports (the second also gives `num`, as "6 h 30" gives 30) and an
 * unrelated report, with a pass after the fourth; `*merged` is whether the
 * note's event and the prize's were merged.
 */
static void run_small_number(const char *num, bool *merged)
{
    static const char *const langs[] = {"ro", "fr", "fr", "en"};
    struct cluster_opts o = merge_opts(4);
    struct cluster_state *cs;
    const int64_t *from, *into;
    char docs[4][160];
    int64_t s[4];
    size_t i, n = 0;

    snprintf(docs[0], sizeof(docs[0]), "arest preventiv zile judecatoria pescari @%s", num);
    snprintf(docs[1], sizeof(docs[1]), "baguette prix boulanger jury pain @crimee @fournil @paris");
    snprintf(docs[2], sizeof(docs[2]),
             "baguette prix boulanger jury file @crimee @fournil @%s", num);
    snprintf(docs[3], sizeof(docs[3]), "parliament vote budget coalition minister");
    o.split_min_own = CLUSTER_SPLIT_MIN_OWN; /* members are remembered */
    o.merge_single_threshold = CLUSTER_MERGE_SINGLE_THRESHOLD;
    o.merge_links = true;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    for (i = 0; i < 4; i++)
        ASSERT_OK(assign_lang(cs, docs[i], langs[i], &s[i]));
    /* Placement alone: the second prize report joins the first. */
    ASSERT_EQ_INT(s[1], 2);
    ASSERT_EQ_INT(s[2], 2);
    cluster_take_merges(cs, &from, &into, &n);
    *merged = cluster_resolve(cs, 1) == cluster_resolve(cs, 2);
    cluster_free(cs);
}

/*
 * A member that its own language's event holds by a name does not link an
 * event in another language by a number under 100 alone (the minutes of a
 * clock time against a detention of 30 days); a larger figure still links
 * them.
 */
TD_TEST(test_merge__a_small_number_alone_links_no_languages)
{
    bool merged = true;

    run_small_number("30", &merged);
    ASSERT_TRUE(!merged);
    run_small_number("4200", &merged);
    ASSERT_TRUE(merged);
}
