/*
 * test_cluster.c - tests of src/cluster/cluster.c: joining and creating
 * stories, dense story ids, the time decay, replay with `cluster_add`,
 * argument errors, small budgets (centroid pruning, postings trimming) and
 * allocation failures.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cluster/cluster.h"
#include "cluster/model.h"
#include "core/alloc.h"
#include "core/map64.h"
#include "test.h"
#include "words.h"

/* A document built from space-separated words; owns its vector. */
struct tdoc {
    struct cluster_vec v;
    struct cluster_doc d;
};

/*
 * Builds `t` from `words` (each occurrence counts once; a word written "@x"
 * is the anchor term x, as names and numbers are); allocation failures are
 * disabled.
 */
static enum td_err tdoc_init(struct tdoc *t, const char *words, bool has_date, int64_t day)
{
    enum td_err rc = words_vec(&t->v, words);

    t->d.terms = t->v.terms;
    t->d.counts = t->v.counts;
    t->d.n = t->v.n;
    t->d.has_date = has_date;
    t->d.day = day;
    t->d.lang = 0;
    t->d.has_told = t->d.has_after = false;
    t->d.told_day = t->d.after_day = 0;
    t->d.clause_at = NULL;
    t->d.nclause = 0;
    t->d.clause_numbers = NULL;
    t->d.nclause_numbers = 0;
    t->d.title_names = NULL;
    t->d.ntitle = 0;
    t->d.want_recalled = false;
    t->d.dates_away = false;
    return rc;
}

static void tdoc_release(struct tdoc *t)
{
    cluster_vec_release(&t->v);
}

static const char *const ferry = "ferry strike port crews union wages harbour ferry";
static const char *const chess = "chess tournament grandmaster opening endgame board";
static const char *const flood = "river flood rain levee evacuation village";
static const char *const vote = "parliament vote budget coalition minister";

TD_TEST(test_cluster__identical_docs_join)
{
    struct cluster_state *cs;
    struct tdoc a;
    int64_t story = 0;
    double score = -1;

    ASSERT_OK(cluster_new(NULL, &cs, NULL));
    ASSERT_OK(tdoc_init(&a, ferry, false, 0));
    ASSERT_OK(cluster_assign(cs, &a.d, &story, &score, NULL));
    ASSERT_EQ_INT(story, 1);
    ASSERT_NEAR(score, 0.0, 1e-12);
    ASSERT_OK(cluster_assign(cs, &a.d, &story, &score, NULL));
    ASSERT_EQ_INT(story, 1);
    ASSERT_NEAR(score, 1.0, 1e-4);
    ASSERT_EQ_INT(cluster_story_count(cs), 1);
    ASSERT_EQ_INT(cluster_doc_count(cs), 2);
    tdoc_release(&a);
    cluster_free(cs);
}

TD_TEST(test_cluster__disjoint_docs_get_dense_new_stories)
{
    const char *const words[] = {ferry, chess, flood, ferry, vote, chess};
    const int64_t want[] = {1, 2, 3, 1, 4, 2};
    struct cluster_state *cs;
    int64_t newest = 0;
    size_t i;

    ASSERT_OK(cluster_new(NULL, &cs, NULL));
    for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        struct tdoc t;
        int64_t story = 0;
        double score = -1;
        ASSERT_OK(tdoc_init(&t, words[i], false, 0));
        ASSERT_OK(cluster_assign(cs, &t.d, &story, &score, NULL));
        tdoc_release(&t);
        ASSERT_EQ_INT(story, want[i]);
        /* A new story scores 0; a joined one at least the threshold. */
        ASSERT_TRUE(story > newest ? score == 0.0 : score >= 0.15);
        newest = story > newest ? story : newest;
    }
    ASSERT_EQ_INT(cluster_story_count(cs), 4);
    ASSERT_EQ_INT(cluster_doc_count(cs), 6);
    /* Each story's articles; unknown ids hold none. */
    ASSERT_EQ_INT(cluster_event_size(cs, 1), 2);
    ASSERT_EQ_INT(cluster_event_size(cs, 2), 2);
    ASSERT_EQ_INT(cluster_event_size(cs, 3), 1);
    ASSERT_EQ_INT(cluster_event_size(cs, 4), 1);
    ASSERT_EQ_INT(cluster_event_size(cs, 0), 0);
    ASSERT_EQ_INT(cluster_event_size(cs, 5), 0);
    cluster_free(cs);
}

/* The score of a copy of `ferry` dated `gap` days after the first one. */
static enum td_err score_after(int64_t gap, int64_t *story, double *score)
{
    struct cluster_state *cs;
    struct tdoc a, b;
    int64_t first;
    enum td_err rc = cluster_new(NULL, &cs, NULL);

    if (rc != TD_OK)
        return rc;
    if ((rc = tdoc_init(&a, ferry, true, 19000)) == TD_OK &&
        (rc = tdoc_init(&b, ferry, true, 19000 + gap)) == TD_OK &&
        (rc = cluster_assign(cs, &a.d, &first, NULL, NULL)) == TD_OK)
        rc = cluster_assign(cs, &b.d, story, score, NULL);
    tdoc_release(&a);
    tdoc_release(&b);
    cluster_free(cs);
    return rc;
}

TD_TEST(test_cluster__time_decay)
{
    const struct cluster_opts o = CLUSTER_OPTS_INIT;
    int64_t story;
    double same, close, far, before;

    ASSERT_OK(score_after(0, &story, &same));
    ASSERT_OK(score_after(1, &story, &close));
    ASSERT_OK(score_after(-1, &story, &before));
    ASSERT_OK(score_after(365, &story, &far));
    ASSERT_EQ_INT(story, 1); /* the floor keeps identical words together */
    ASSERT_NEAR(same, 1.0, 1e-4);
    ASSERT_NEAR(close, o.time_floor + (1 - o.time_floor) * exp(-1 / o.time_tau_days), 1e-4);
    ASSERT_NEAR(before, close, 1e-9);
    ASSERT_NEAR(far, o.time_floor, 1e-4);
    ASSERT_TRUE(far < close && close < same);
}

/* As `score_after`, with the Gaussian time feature of the event level. */
static enum td_err gauss_after(int64_t gap, int64_t *story, double *score)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    struct tdoc a, b, c;
    int64_t first;
    enum td_err rc;

    o.time_sigma_days = 3.0;
    o.time_floor = 0.0;
    if ((rc = cluster_new(&o, &cs, NULL)) != TD_OK)
        return rc;
    /* A span of two days: the gap counts from its nearer end. */
    if ((rc = tdoc_init(&a, ferry, true, 19000)) == TD_OK &&
        (rc = tdoc_init(&c, ferry, true, 19002)) == TD_OK &&
        (rc = tdoc_init(&b, ferry, true, gap < 0 ? 19000 + gap : 19002 + gap)) == TD_OK &&
        (rc = cluster_assign(cs, &a.d, &first, NULL, NULL)) == TD_OK &&
        (rc = cluster_assign(cs, &c.d, &first, NULL, NULL)) == TD_OK)
        rc = cluster_assign(cs, &b.d, story, score, NULL);
    tdoc_release(&a);
    tdoc_release(&b);
    tdoc_release(&c);
    cluster_free(cs);
    return rc;
}

TD_TEST(test_cluster__gaussian_time_feature)
{
    int64_t story;
    double same, sigma, before, far;

    ASSERT_OK(gauss_after(0, &story, &same));
    ASSERT_EQ_INT(story, 1);
    ASSERT_NEAR(same, 1.0, 1e-4);
    ASSERT_OK(gauss_after(3, &story, &sigma));
    ASSERT_EQ_INT(story, 1);
    ASSERT_NEAR(sigma, exp(-0.5), 1e-4);
    ASSERT_OK(gauss_after(-3, &story, &before));
    ASSERT_NEAR(before, sigma, 1e-9);
    /* A month away the same words are another event: no floor. */
    ASSERT_OK(gauss_after(30, &story, &far));
    ASSERT_EQ_INT(story, 2);
    ASSERT_NEAR(far, 0.0, 1e-12);
}

TD_TEST(test_cluster__undated_side_is_not_decayed)
{
    struct cluster_state *cs;
    struct tdoc a, b;
    int64_t story;
    double score;

    ASSERT_OK(cluster_new(NULL, &cs, NULL));
    ASSERT_OK(tdoc_init(&a, chess, true, 100));
    ASSERT_OK(tdoc_init(&b, chess, false, 0));
    ASSERT_OK(cluster_assign(cs, &a.d, &story, NULL, NULL));
    ASSERT_OK(cluster_assign(cs, &b.d, &story, &score, NULL));
    ASSERT_EQ_INT(story, 1);
    ASSERT_NEAR(score, 1.0, 1e-4);
    tdoc_release(&a);
    tdoc_release(&b);
    cluster_free(cs);
}

static const struct {
    const char *words;
    int64_t day;
} stream[] = {
    {"ferry strike port crews union", 19000},   {"chess tournament grandmaster opening", 19001},
    {"ferry strike union wages talks", 19002},  {"river flood rain levee", 19002},
    {"chess grandmaster endgame final", 19003},
};
static const char *const probe = "ferry crews union talks harbour";

/* Runs the stream through `cs` online, writing the stories to `stories`. */
static enum td_err run_online(struct cluster_state *cs, int64_t *stories)
{
    size_t i;
    enum td_err rc = TD_OK;

    for (i = 0; rc == TD_OK && i < sizeof(stream) / sizeof(stream[0]); i++) {
        struct tdoc t;
        if ((rc = tdoc_init(&t, stream[i].words, true, stream[i].day)) == TD_OK)
            rc = cluster_assign(cs, &t.d, &stories[i], NULL, NULL);
        tdoc_release(&t);
    }
    return rc;
}

TD_TEST(test_cluster__replay_gives_same_decision)
{
    struct cluster_state *online, *replayed;
    int64_t stories[5], s1, s2;
    double sc1, sc2;
    struct tdoc t;
    size_t i;

    ASSERT_OK(cluster_new(NULL, &online, NULL));
    ASSERT_OK(cluster_new(NULL, &replayed, NULL));
    ASSERT_OK(run_online(online, stories));
    ASSERT_EQ_INT(stories[2], stories[0]);
    ASSERT_EQ_INT(stories[4], stories[1]);
    for (i = 0; i < 5; i++) {
        ASSERT_OK(tdoc_init(&t, stream[i].words, true, stream[i].day));
        ASSERT_OK(cluster_add(replayed, &t.d, stories[i], NULL));
        tdoc_release(&t);
    }
    ASSERT_EQ_INT(cluster_story_count(replayed), cluster_story_count(online));
    ASSERT_EQ_INT(cluster_doc_count(replayed), 5);
    ASSERT_OK(tdoc_init(&t, probe, true, 19004));
    ASSERT_OK(cluster_assign(online, &t.d, &s1, &sc1, NULL));
    ASSERT_OK(cluster_assign(replayed, &t.d, &s2, &sc2, NULL));
    tdoc_release(&t);
    ASSERT_EQ_INT(s1, stories[0]);
    ASSERT_EQ_INT(s2, s1);
    /*
     * Equal scores only because the stream is short: the cached centroid
     * norms are reused only while the document count grows by under a
     * tenth, so on long streams replayed and online scores drift apart.
     */
    ASSERT_NEAR(sc2, sc1, 1e-9);
    cluster_free(online);
    cluster_free(replayed);
}

TD_TEST(test_cluster__add_checks_story_and_creates_gaps)
{
    struct cluster_state *cs;
    struct tdoc t;
    struct td_error err;
    int64_t story;

    ASSERT_OK(cluster_new(NULL, &cs, NULL));
    ASSERT_OK(tdoc_init(&t, flood, false, 0));
    ASSERT_EQ_INT(cluster_add(cs, &t.d, 0, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(err.code, TD_ERR_INVALID);
    ASSERT_EQ_INT(cluster_add(cs, &t.d, -5, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(cluster_add(cs, &t.d, INT64_MAX, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(cluster_add(cs, &t.d, ((int64_t)1 << 31) + 1, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(cluster_story_count(cs), 0);
    ASSERT_OK(cluster_add(cs, &t.d, 3, NULL));
    ASSERT_EQ_INT(cluster_story_count(cs), 3);
    ASSERT_OK(cluster_assign(cs, &t.d, &story, NULL, NULL));
    ASSERT_EQ_INT(story, 3);
    tdoc_release(&t);
    ASSERT_OK(tdoc_init(&t, vote, false, 0));
    ASSERT_OK(cluster_assign(cs, &t.d, &story, NULL, NULL));
    ASSERT_EQ_INT(story, 4);
    tdoc_release(&t);
    cluster_free(cs);
}

/*
 * An article in another language shares only names and numbers with a story
 * (its words are another language's): it joins through the anchor terms. An
 * article in the story's own language with the same names but other words
 * is compared on all its terms, and stays apart.
 */
TD_TEST(test_cluster__anchor_terms_link_languages)
{
    struct cluster_state *cs;
    struct tdoc en, es, en2, other;
    int64_t s1, s2, s3, s4;

    ASSERT_OK(tdoc_init(&en, "volcano erupts villages evacuated ash airport closed @Montclaro @Verdeisle @4200",
                        true, 100));
    ASSERT_OK(tdoc_init(&other, "parliament votes budget taxes schools @Ostland @2025", true, 100));
    ASSERT_OK(tdoc_init(&es, "volcan entra erupcion pueblos evacuados ceniza aeropuerto cerrado @Montclaro "
                             "@Verdeisle @4200",
                        true, 100));
    ASSERT_OK(tdoc_init(&en2, "football final penalties trophy fans @Montclaro @Verdeisle @4200", true, 100));
    en.d.lang = cluster_lang_code("en");
    other.d.lang = cluster_lang_code("en");
    es.d.lang = cluster_lang_code("es");
    en2.d.lang = cluster_lang_code("en");
    ASSERT_OK(cluster_new(NULL, &cs, NULL));
    ASSERT_OK(cluster_assign(cs, &en.d, &s1, NULL, NULL));
    ASSERT_OK(cluster_assign(cs, &other.d, &s2, NULL, NULL));
    ASSERT_OK(cluster_assign(cs, &es.d, &s3, NULL, NULL));
    ASSERT_OK(cluster_assign(cs, &en2.d, &s4, NULL, NULL));
    ASSERT_TRUE(s2 != s1);
    ASSERT_EQ_INT(s3, s1);
    ASSERT_TRUE(s4 != s1 && s4 != s2);
    cluster_free(cs);

    /* Without the anchor cosine across languages, the translation stays apart. */
    {
        struct cluster_opts o = CLUSTER_OPTS_INIT;
        o.cross_lingual = 0.0;
        ASSERT_OK(cluster_new(&o, &cs, NULL));
        ASSERT_OK(cluster_assign(cs, &en.d, &s1, NULL, NULL));
        ASSERT_OK(cluster_assign(cs, &es.d, &s3, NULL, NULL));
        ASSERT_TRUE(s3 != s1);
        cluster_free(cs);
    }
    tdoc_release(&en);
    tdoc_release(&other);
    tdoc_release(&es);
    tdoc_release(&en2);
}

/*
 * German capitalises every noun, so name spotting makes its nouns anchor
 * terms. With `xl_shared_only`, an anchor term counts across languages only
 * once the stream has seen it in two languages: a German report that shares
 * the one real name of an English story joins it although twenty nouns only
 * German uses outweigh that name. Without the option its anchor cosine is
 * below 0.22 and it stays apart.
 */
TD_TEST(test_cluster__anchors_need_two_languages)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    struct tdoc en, de;
    char words[1024];
    int64_t s1, s2, s3;
    size_t len;
    int i;

    len = (size_t)snprintf(words, sizeof(words), "leerstand kundgebung @Varga");
    for (i = 0; i < 20 && len < sizeof(words); i++)
        len += (size_t)snprintf(words + len, sizeof(words) - len, " @Nomen%d", i);
    ASSERT_TRUE(len < sizeof(words));
    ASSERT_OK(tdoc_init(&en, "minister arrested bribes rail contract @Varga", true, 100));
    ASSERT_OK(tdoc_init(&de, words, true, 100));
    en.d.lang = cluster_lang_code("en");
    de.d.lang = cluster_lang_code("de");
    ASSERT_OK(cluster_new(NULL, &cs, NULL));
    ASSERT_OK(cluster_assign(cs, &en.d, &s1, NULL, NULL));
    ASSERT_OK(cluster_assign(cs, &de.d, &s2, NULL, NULL));
    ASSERT_TRUE(s2 != s1);
    cluster_free(cs);

    o.xl_shared_only = true;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    ASSERT_OK(cluster_assign(cs, &en.d, &s1, NULL, NULL));
    ASSERT_OK(cluster_assign(cs, &de.d, &s2, NULL, NULL));
    ASSERT_EQ_INT(s2, s1);
    cluster_free(cs);

    /* After a replay (cluster_add()) the languages are counted the same. */
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    ASSERT_OK(cluster_add(cs, &en.d, 1, NULL));
    ASSERT_OK(cluster_assign(cs, &de.d, &s3, NULL, NULL));
    ASSERT_EQ_INT(s3, 1);
    cluster_free(cs);
    tdoc_release(&en);
    tdoc_release(&de);
}

/*
 * Twenty words, each twice: more than the `index_terms` (16) a story is
 * indexed under in the word postings, and each heavier than a name said
 * once, so the story is found in another language through its anchor
 * postings only.
 */
#define REPORT_WORDS                                                                           \
    "dam dam breach breach valley valley flooded flooded engineers engineers warned warned "   \
    "cracks cracks spillway spillway reservoir reservoir downstream downstream sirens sirens " \
    "farms farms bridges bridges roads roads villagers villagers shelters shelters rescuers "  \
    "rescuers helicopters helicopters boats boats mud mud"

/*
 * Places `en` then `es` (English, then Spanish) in a fresh state; whether
 * `es` joins `en`'s story.
 */
static bool joins_across(struct tdoc *en, struct tdoc *es)
{
    struct cluster_state *cs;
    int64_t s1 = 0, s2 = 0;

    en->d.lang = cluster_lang_code("en");
    es->d.lang = cluster_lang_code("es");
    if (cluster_new(NULL, &cs, NULL) != TD_OK)
        return false;
    if (cluster_assign(cs, &en->d, &s1, NULL, NULL) != TD_OK ||
        cluster_assign(cs, &es->d, &s2, NULL, NULL) != TD_OK)
        s2 = -1;
    cluster_free(cs);
    return s2 == s1;
}

/*
 * A report in another language finds the story through the names it shares
 * with it, though its thirteen own new names (local places, officials)
 * weigh more: the anchor query takes the heaviest names that a story is
 * indexed under, not the heaviest names of all, which no story has yet.
 */
TD_TEST(test_cluster__anchor_query_skips_names_no_story_has)
{
    struct tdoc en, es;

    ASSERT_OK(tdoc_init(&en, REPORT_WORDS " @Castell @Rebane @Sorvik @Dalmat", true, 100));
    ASSERT_OK(tdoc_init(&es,
                        "presa rota valle inundado ingenieros grietas @Castell @Rebane @Sorvik "
                        "@Dalmat @Ortuella @Zamarra @Iturbe @Lekeitio @Arrasate @Bergara @Elgoibar "
                        "@Ermua @Durango @Galdakao @Mungia @Sopela @Gernika",
                        true, 100));
    ASSERT_TRUE(joins_across(&en, &es));
    tdoc_release(&en);
    tdoc_release(&es);
}

/*
 * A story whose eight names are all new has them all at one weight: it is
 * indexed under all of them, not under six chosen by their term ids, so a
 * report in another language that shares any two of them finds it.
 */
TD_TEST(test_cluster__tied_names_all_indexed)
{
    static const char *const names[8] = {"@Amaru",   "@Bexley", "@Corvi",  "@Dunmore",
                                         "@Essling", "@Farrow", "@Gethin", "@Halvard"};
    char en_words[512], es_words[512];
    struct tdoc en, es;
    unsigned set, i, tried = 0;
    size_t len;

    len = (size_t)snprintf(en_words, sizeof(en_words), "%s", REPORT_WORDS);
    for (i = 0; i < 8; i++)
        len += (size_t)snprintf(en_words + len, sizeof(en_words) - len, " %s", names[i]);
    ASSERT_TRUE(len < sizeof(en_words));
    ASSERT_OK(tdoc_init(&en, en_words, true, 100));
    /* Every pair of the eight names. */
    for (set = 0; set < 256; set++) {
        if (__builtin_popcount(set) != 2)
            continue;
        len = (size_t)snprintf(es_words, sizeof(es_words), "presa rota valle inundado");
        for (i = 0; i < 8; i++)
            if (set & (1u << i))
                len += (size_t)snprintf(es_words + len, sizeof(es_words) - len, " %s", names[i]);
        ASSERT_TRUE(len < sizeof(es_words));
        ASSERT_OK(tdoc_init(&es, es_words, true, 100));
        ASSERT_TRUE(joins_across(&en, &es));
        tdoc_release(&es);
        tried++;
    }
    ASSERT_EQ_INT(tried, 28);
    tdoc_release(&en);
}

/*
 * A story is also indexed under its article's seventh and eighth heaviest
 * names (the light postings): a report in another language that shares only
 * those (said once where six others are said twice) and finds nothing else
 * has it among the candidates. At a low bar it then joins; were the story
 * not a candidate, it could not.
 */
TD_TEST(test_cluster__lighter_names_still_find_the_story)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    struct tdoc en, es;
    int64_t s1 = 0, s2 = 0;

    ASSERT_OK(tdoc_init(&en,
                        REPORT_WORDS
                        " @Amaru @Amaru @Bexley @Bexley @Corvi @Corvi @Dunmore @Dunmore "
                        "@Essling @Essling @Farrow @Farrow @Kessa @Lornholt",
                        true, 100));
    ASSERT_OK(tdoc_init(&es, "presa rota valle inundado @Kessa @Lornholt", true, 100));
    en.d.lang = cluster_lang_code("en");
    es.d.lang = cluster_lang_code("es");
    o.threshold = 0.05;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    ASSERT_OK(cluster_assign(cs, &en.d, &s1, NULL, NULL));
    ASSERT_OK(cluster_assign(cs, &es.d, &s2, NULL, NULL));
    ASSERT_EQ_INT(s2, s1);
    cluster_free(cs);
    tdoc_release(&en);
    tdoc_release(&es);
}

/*
 * Places an English article whose six heaviest names are said twice and
 * whose seventh and eighth (@Kessa, @Lornholt) once, as the story's first
 * article or, with `joined`, as the second, after one giving the six once;
 * then a German story of the same day whose heaviest names include @Quell,
 * then a Spanish report that gives @Kessa and @Lornholt three times and
 * @Quell once, at a low bar.
 * Returns the story the report joins (1: the English one, 2: the German
 * one), or -1.
 */
static int64_t light_or_heavy(bool joined)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs = NULL;
    struct tdoc first = {0}, en = {0}, de = {0}, es = {0};
    int64_t s = 0, x = -1;
    bool ok = tdoc_init(&first, REPORT_WORDS " @Amaru @Bexley @Corvi @Dunmore @Essling @Farrow",
                        true, 100) == TD_OK &&
              tdoc_init(&en,
                        REPORT_WORDS " @Amaru @Amaru @Bexley @Bexley @Corvi @Corvi @Dunmore "
                                     "@Dunmore @Essling @Essling @Farrow @Farrow @Kessa @Lornholt",
                        true, 100) == TD_OK &&
              tdoc_init(&de,
                        "damm bruch tal flut ingenieure warnung risse ueberlauf @Quell @Quell "
                        "@Marbach @Marbach @Nordau @Nordau @Oberau @Oberau @Pfalzel @Pfalzel "
                        "@Rinteln @Rinteln",
                        true, 100) == TD_OK &&
              tdoc_init(&es,
                        "presa rota valle inundado @Kessa @Kessa @Kessa @Lornholt @Lornholt "
                        "@Lornholt @Quell",
                        true, 100) == TD_OK;

    first.d.lang = en.d.lang = cluster_lang_code("en");
    de.d.lang = cluster_lang_code("de");
    es.d.lang = cluster_lang_code("es");
    o.threshold = 0.05;
    ok = ok && cluster_new(&o, &cs, NULL) == TD_OK;
    if (ok && joined)
        ok = cluster_assign(cs, &first.d, &s, NULL, NULL) == TD_OK && s == 1;
    if (ok && cluster_assign(cs, &en.d, &s, NULL, NULL) == TD_OK && s == 1 &&
        cluster_assign(cs, &de.d, &s, NULL, NULL) == TD_OK && s == 2 &&
        cluster_assign(cs, &es.d, &s, NULL, NULL) == TD_OK)
        x = s;
    cluster_free(cs);
    tdoc_release(&first);
    tdoc_release(&en);
    tdoc_release(&de);
    tdoc_release(&es);
    return x;
}

/*
 * The seventh and eighth heaviest names of the article that opened a story
 * lead to it only a report that finds no story in another language through
 * the heavier ones: with the German story found by @Quell, the English one
 * is no candidate and the report joins the German one. Those of an article
 * that joined a story lead there as its six heaviest do: the report then
 * has both and joins the English story, which it shares more with.
 */
TD_TEST(test_cluster__lighter_names_of_a_lone_report_only_when_nothing_else)
{
    ASSERT_EQ_INT(light_or_heavy(false), 2);
    ASSERT_EQ_INT(light_or_heavy(true), 1);
}

/*
 * Places `x` after the dated documents `dated` (in that order), with the
 * Gaussian time feature of the event level and `undated_now` as given.
 */
static enum td_err place_after(struct tdoc *dated, size_t n, struct tdoc *x, bool undated_now,
                               int64_t *ids, int64_t *story)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    enum td_err rc;
    size_t i;

    o.time_sigma_days = 3.0;
    o.time_floor = 0.0;
    o.undated_now = undated_now;
    rc = cluster_new(&o, &cs, NULL);
    for (i = 0; rc == TD_OK && i < n; i++)
        rc = cluster_assign(cs, &dated[i].d, &ids[i], NULL, NULL);
    if (rc == TD_OK)
        rc = cluster_assign(cs, &x->d, story, NULL, NULL);
    cluster_free(cs);
    return rc;
}

/*
 * An undated reaction to a ruling shares more words with an arrest months
 * earlier than with the ruling of the last days. With `undated_now` it takes
 * the stream's clock (the last dated arrivals agree within a week) and
 * joins the ruling; without it, or when the last dated arrivals are months
 * apart (an archive in any order), it is undated and joins the arrest.
 */
TD_TEST(test_cluster__undated_article_arrives_now)
{
    struct tdoc d[4], x;
    int64_t ids[4], story;
    const char *ruling = "court appeal ruling minister judges verdict upheld";
    size_t i;

    ASSERT_OK(tdoc_init(&d[0], "court arrest minister bribes rail contract police raid", true, 10));
    for (i = 1; i < 4; i++)
        ASSERT_OK(tdoc_init(&d[i], ruling, true, (int64_t)(99 + i)));
    ASSERT_OK(tdoc_init(&x, "court minister bribes rail contract police appeal ruling", false, 0));
    ASSERT_OK(place_after(d, 4, &x, false, ids, &story));
    ASSERT_TRUE(ids[1] != ids[0]);
    ASSERT_EQ_INT(ids[3], ids[1]);
    ASSERT_EQ_INT(story, ids[0]);
    ASSERT_OK(place_after(d, 4, &x, true, ids, &story));
    ASSERT_EQ_INT(story, ids[1]);
    /* The arrest last: the three latest dated arrivals span 92 days. */
    {
        struct tdoc o[4] = {d[1], d[2], d[3], d[0]};
        ASSERT_OK(place_after(o, 4, &x, true, ids, &story));
        ASSERT_EQ_INT(story, ids[3]);
    }
    for (i = 0; i < 4; i++)
        tdoc_release(&d[i]);
    tdoc_release(&x);
}

/*
 * A live feed in date order with one late arrival: the three latest dated
 * arrivals no longer agree, but seven of the eight latest came in date
 * order, so the undated reaction still arrives now (the newest date seen)
 * and stays away from the arrest three months earlier, which it shares
 * more words with. The same articles with every other ruling dated months
 * apart (an archive in any order) leave it undated: it joins the arrest.
 */
TD_TEST(test_cluster__undated_after_a_late_arrival_arrives_now)
{
    struct tdoc d[10], x;
    int64_t ids[10], story;
    const char *ruling = "court appeal ruling minister judges verdict upheld";
    size_t i;

    ASSERT_OK(tdoc_init(&d[0], "court arrest minister bribes rail contract police raid", true, 10));
    for (i = 1; i < 9; i++)
        ASSERT_OK(tdoc_init(&d[i], ruling, true, (int64_t)(99 + i)));
    ASSERT_OK(tdoc_init(&d[9], "storm coast wind ferries harbour closed", true, 60));
    ASSERT_OK(tdoc_init(&x, "court minister bribes rail contract police appeal ruling", false, 0));
    ASSERT_OK(place_after(d, 10, &x, true, ids, &story));
    ASSERT_TRUE(story != ids[0]);
    ASSERT_EQ_INT(story, ids[8]);
    for (i = 1; i < 9; i += 2)
        d[i].d.day = 300 + (int64_t)i * 20;
    ASSERT_OK(place_after(d, 10, &x, true, ids, &story));
    ASSERT_EQ_INT(story, ids[0]);
    for (i = 0; i < 10; i++)
        tdoc_release(&d[i]);
    tdoc_release(&x);
}

/* Language codes: short, distinct, 0 for none. */
TD_TEST(test_cluster__lang_codes)
{
    ASSERT_EQ_INT(cluster_lang_code(NULL), 0);
    ASSERT_EQ_INT(cluster_lang_code(""), 0);
    ASSERT_TRUE(cluster_lang_code("en") != 0);
    ASSERT_TRUE(cluster_lang_code("en") != cluster_lang_code("es"));
    ASSERT_EQ_INT(cluster_lang_code("es"), cluster_lang_code("es"));
    ASSERT_TRUE(cluster_lang_uncased(cluster_lang_code("ar")));
    ASSERT_TRUE(cluster_lang_uncased(cluster_lang_code("ko")));
    ASSERT_TRUE(cluster_lang_uncased(cluster_lang_code("zh")));
    ASSERT_TRUE(cluster_lang_uncased(cluster_lang_code("hi")));
    ASSERT_TRUE(!cluster_lang_uncased(cluster_lang_code("en")));
    ASSERT_TRUE(!cluster_lang_uncased(cluster_lang_code("ru")));
    ASSERT_TRUE(!cluster_lang_uncased(cluster_lang_code("el")));
    ASSERT_TRUE(!cluster_lang_uncased(cluster_lang_code("hy")));
    ASSERT_TRUE(!cluster_lang_uncased(0));
    ASSERT_TRUE((cluster_anchor_hash("x", 1) & CLUSTER_ANCHOR_BIT) != 0);
    ASSERT_TRUE((cluster_term_hash("x", 1) & CLUSTER_ANCHOR_BIT) == 0);
}

TD_TEST(test_cluster__empty_doc_starts_a_story)
{
    struct cluster_state *cs;
    struct cluster_doc d = {NULL, NULL, 0, false, 0, 0,    false, false, 0,
                            0,    NULL, 0, NULL,  0, NULL, 0,     false, false};
    int64_t story;
    double score = -1;

    ASSERT_OK(cluster_new(NULL, &cs, NULL));
    ASSERT_OK(cluster_assign(cs, &d, &story, &score, NULL));
    ASSERT_OK(cluster_assign(cs, &d, &story, &score, NULL));
    ASSERT_EQ_INT(story, 2);
    ASSERT_NEAR(score, 0.0, 1e-12);
    cluster_free(cs);
}

/* Writes the words "w<k>" for k in [from, from + n), space-separated. */
static void words_range(char *out, size_t cap, int from, int n)
{
    size_t len = 0;
    int k;

    out[0] = '\0';
    for (k = from; k < from + n && len + 16 < cap; k++)
        len += (size_t)snprintf(out + len, cap - len, "%sw%d", k > from ? " " : "", k);
}

TD_TEST(test_cluster__small_budgets_prune_and_trim)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    char buf[2048];
    int i;

    o.centroid_terms = 4;
    o.postings_scan = 2;
    o.max_candidates = 2;
    o.query_terms = 3;
    o.index_terms = 3;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    /* Overlapping windows keep joining one story, growing and pruning its centroid. */
    for (i = 0; i < 40; i++) {
        struct tdoc t;
        int64_t story;
        words_range(buf, sizeof(buf), i % 7, 12);
        ASSERT_OK(tdoc_init(&t, buf, true, 19000 + i));
        ASSERT_OK(cluster_assign(cs, &t.d, &story, NULL, NULL));
        tdoc_release(&t);
        ASSERT_TRUE(story >= 1 && (size_t)story <= cluster_story_count(cs));
    }
    ASSERT_EQ_INT(cluster_doc_count(cs), 40);
    ASSERT_TRUE(cluster_story_count(cs) >= 1);
    cluster_free(cs);
}

TD_TEST(test_cluster__oom_new)
{
    struct cluster_state *cs;
    enum td_err rc = TD_ERR_NOMEM;
    long n;

    for (n = 0; rc != TD_OK; n++) {
        cs = NULL;
        alloc_fail_after(n);
        rc = cluster_new(NULL, &cs, NULL);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || (rc == TD_ERR_NOMEM && cs == NULL));
    }
    cluster_free(cs);
}

/* A state that has seen `ferry` and `chess`, built without allocation failures. */
static enum td_err seeded(struct cluster_state **out, struct tdoc *a, struct tdoc *b)
{
    int64_t s;
    enum td_err rc = cluster_new(NULL, out, NULL);

    if (rc == TD_OK)
        rc = cluster_assign(*out, &a->d, &s, NULL, NULL);
    if (rc == TD_OK)
        rc = cluster_assign(*out, &b->d, &s, NULL, NULL);
    return rc;
}

TD_TEST(test_cluster__oom_assign_and_add)
{
    struct tdoc a, b, c;
    enum td_err rc;
    int64_t story;
    long n;
    int pass;

    ASSERT_OK(tdoc_init(&a, ferry, true, 19000));
    ASSERT_OK(tdoc_init(&b, chess, true, 19000));
    ASSERT_OK(tdoc_init(&c, "ferry strike harbour talks mediator", true, 19001));
    for (pass = 0; pass < 2; pass++) {
        for (rc = TD_ERR_NOMEM, n = 0; rc != TD_OK; n++) {
            struct cluster_state *cs;
            struct td_error err;
            ASSERT_OK(seeded(&cs, &a, &b));
            alloc_fail_after(n);
            rc = pass == 0 ? cluster_assign(cs, &c.d, &story, NULL, &err)
                           : cluster_add(cs, &c.d, 5, &err);
            alloc_fail_after(-1);
            cluster_free(cs);
            ASSERT_TRUE(rc == TD_OK || (rc == TD_ERR_NOMEM && err.code == TD_ERR_NOMEM));
        }
        ASSERT_TRUE(n > 1);
        if (pass == 0)
            ASSERT_EQ_INT(story, 1);
    }
    tdoc_release(&a);
    tdoc_release(&b);
    tdoc_release(&c);
}

TD_TEST(test_cluster__postings_trimmed)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    char buf[64];
    int64_t story;
    int i;

    o.threshold = 0.9;
    o.postings_scan = 2;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    /* Every story indexes "common", so its postings are trimmed again and again. */
    for (i = 0; i <= 30; i++) {
        struct tdoc t;
        (void)snprintf(buf, sizeof(buf), "common u%d", i % 30);
        ASSERT_OK(tdoc_init(&t, buf, false, 0));
        ASSERT_OK(cluster_assign(cs, &t.d, &story, NULL, NULL));
        tdoc_release(&t);
        ASSERT_EQ_INT(story, i % 30 + 1);
    }
    ASSERT_EQ_INT(cluster_story_count(cs), 30);
    cluster_free(cs);
}

/* The hand-set rule written as a model (data/models/events.model). */
static void rule_model(struct cluster_model *m, double threshold)
{
    memset(m, 0, sizeof(*m));
    m->rank[MF_COS] = 1.0;
    m->join[MF_COS] = 1.0;
    m->join_bias = -threshold;
}

TD_TEST(test_cluster__rule_as_model_assigns_as_the_threshold_does)
{
    const char *const words[] = {ferry, chess, "ferry strike port pay", flood, vote,
                                 "chess board opening", "river rain village levee", ferry,
                                 "budget minister vote tax", "port union @ostrava"};
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *plain, *learned;
    struct cluster_model m;
    size_t i;

    rule_model(&m, o.threshold);
    ASSERT_OK(cluster_new(&o, &plain, NULL));
    o.model = &m;
    ASSERT_OK(cluster_new(&o, &learned, NULL));
    /* The state keeps its own copy of the model. */
    memset(&m, 0, sizeof(m));
    for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        struct tdoc t;
        int64_t a = 0, b = 0;
        ASSERT_OK(tdoc_init(&t, words[i], true, 19000 + (int64_t)i));
        ASSERT_OK(cluster_assign(plain, &t.d, &a, NULL, NULL));
        ASSERT_OK(cluster_assign(learned, &t.d, &b, NULL, NULL));
        tdoc_release(&t);
        ASSERT_EQ_INT(a, b);
    }
    ASSERT_EQ_INT(cluster_story_count(plain), cluster_story_count(learned));
    ASSERT_TRUE(cluster_story_count(plain) < 10);
    cluster_free(plain);
    cluster_free(learned);
}

TD_TEST(test_cluster__learned_join_bias_decides)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    struct cluster_model m;
    struct tdoc a, b;
    int64_t story = 0;
    double p = 0;

    /* Weak overlap: joins at a low bar, not at a high one. */
    ASSERT_OK(tdoc_init(&a, "ferry strike port crews union wages", false, 0));
    ASSERT_OK(tdoc_init(&b, "ferry strike river rain village levee", false, 0));
    o.model = &m;
    rule_model(&m, 0.1);
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    ASSERT_OK(cluster_assign(cs, &a.d, &story, NULL, NULL));
    ASSERT_OK(cluster_assign(cs, &b.d, &story, &p, NULL));
    ASSERT_EQ_INT(story, 1);
    ASSERT_TRUE(p > 0.5 && p < 1.0);
    cluster_free(cs);
    rule_model(&m, 0.9);
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    ASSERT_OK(cluster_assign(cs, &a.d, &story, NULL, NULL));
    ASSERT_OK(cluster_assign(cs, &b.d, &story, &p, NULL));
    ASSERT_EQ_INT(story, 2);
    ASSERT_NEAR(p, 0.0, 0.0);
    cluster_free(cs);
    tdoc_release(&a);
    tdoc_release(&b);
}

/* What cluster_observe reported: one row per candidate. */
struct seen_rows {
    int64_t story[8];
    double f[8][MF_RANK_COUNT];
    size_t n;
};

static void record(void *ctx, int64_t story, const double *f)
{
    struct seen_rows *r = ctx;

    if (r->n < 8) {
        r->story[r->n] = story;
        memcpy(r->f[r->n], f, sizeof(r->f[0]));
        r->n++;
    }
}

TD_TEST(test_cluster__observe_reports_features_and_joins_the_given_story)
{
    struct cluster_state *cs;
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct seen_rows rows;
    struct tdoc a, b, c;
    size_t k;

    memset(&rows, 0, sizeof(rows));
    ASSERT_OK(tdoc_init(&a, "ferry strike port crews union @harwick @2024", true, 100));
    ASSERT_OK(tdoc_init(&b, chess, true, 100));
    ASSERT_OK(tdoc_init(&c, "ferry strike port crews union @harwick @2024", true, 130));
    cluster_event_opts(&o);
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    ASSERT_OK(cluster_observe(cs, &a.d, 1, record, &rows, NULL));
    ASSERT_EQ_INT(rows.n, 0);
    ASSERT_OK(cluster_observe(cs, &b.d, 2, record, &rows, NULL));
    ASSERT_EQ_INT(rows.n, 0);
    /* The same words 30 days later: one candidate, story 1, every agreement damped. */
    ASSERT_OK(cluster_observe(cs, &c.d, 2, record, &rows, NULL));
    ASSERT_EQ_INT(rows.n, 1);
    ASSERT_EQ_INT(rows.story[0], 1);
    ASSERT_TRUE(rows.f[0][MF_COS] < 0.01);
    ASSERT_TRUE(rows.f[0][MF_TIME_GAP] > 0.99);
    ASSERT_TRUE(rows.f[0][MF_DOC_ANCHOR_MISS] > 0.99);
    ASSERT_NEAR(rows.f[0][MF_LOG_SIZE], log(2.0), 1e-12);
    /* It joined story 2 as told, not its best match: the next copy finds both. */
    rows.n = 0;
    c.d.day = 100;
    ASSERT_OK(cluster_observe(cs, &c.d, 1, record, &rows, NULL));
    ASSERT_EQ_INT(rows.n, 2);
    ASSERT_EQ_INT(cluster_story_count(cs), 2);
    k = rows.story[0] == 1 ? 0 : 1;
    ASSERT_EQ_INT(rows.story[k], 1);
    ASSERT_EQ_INT(rows.story[1 - k], 2);
    ASSERT_NEAR(rows.f[k][MF_COS], 1.0, 1e-4);
    ASSERT_NEAR(rows.f[k][MF_ANCHOR_COS], 1.0, 1e-4);
    ASSERT_NEAR(rows.f[k][MF_NEAREST], 1.0, 1e-4);
    ASSERT_NEAR(rows.f[k][MF_DOC_ANCHOR_MISS], 0.0, 1e-12);
    ASSERT_NEAR(rows.f[k][MF_TIME_GAP], 0.0, 1e-12);
    /* Story 2 mixes chess with the copy: less similar than story 1. */
    ASSERT_TRUE(rows.f[1 - k][MF_COS] < rows.f[k][MF_COS] - 0.05);
    ASSERT_EQ_INT(cluster_observe(cs, &c.d, 0, record, &rows, NULL), TD_ERR_INVALID);
    tdoc_release(&a);
    tdoc_release(&b);
    tdoc_release(&c);
    cluster_free(cs);
}

/*
 * The anchor cosine counts anchor terms only and the word cosine the others
 * (cosines() adds each term to its kind's sums, two terms at a time with no
 * branch on the kind): a document sharing only plain words with the story
 * has a word cosine and no anchor cosine, one sharing only anchors the
 * reverse. The story's centroid has an odd number of terms, so both the
 * two-term loop and the last single term run.
 */
TD_TEST(test_cluster__anchor_and_word_cosines_take_their_own_terms)
{
    static const char *const docs[] = {"ferry strike port grain", "@harwick @2024 @ostend harbour"};
    struct cluster_state *cs;
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct seen_rows rows;
    struct tdoc a, d;
    size_t i;

    ASSERT_OK(
        tdoc_init(&a, "ferry strike port crews union @harwick @2024 @ostend gale", true, 100));
    cluster_event_opts(&o);
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    memset(&rows, 0, sizeof(rows));
    ASSERT_OK(cluster_observe(cs, &a.d, 1, record, &rows, NULL));
    for (i = 0; i < 2; i++) {
        memset(&rows, 0, sizeof(rows));
        ASSERT_OK(tdoc_init(&d, docs[i], true, 100));
        ASSERT_OK(cluster_observe(cs, &d.d, (int64_t)(2 + i), record, &rows, NULL));
        ASSERT_EQ_INT(rows.n, 1);
        ASSERT_EQ_INT(rows.story[0], 1);
        ASSERT_TRUE(rows.f[0][MF_COS] > 0.1);
        if (i == 0) {
            ASSERT_TRUE(rows.f[0][MF_WORD_COS] > 0.1);
            ASSERT_NEAR(rows.f[0][MF_ANCHOR_COS], 0.0, 1e-12);
        } else {
            ASSERT_TRUE(rows.f[0][MF_ANCHOR_COS] > 0.1);
            ASSERT_NEAR(rows.f[0][MF_WORD_COS], 0.0, 1e-12);
        }
        tdoc_release(&d);
    }
    tdoc_release(&a);
    cluster_free(cs);
}

/*
 * The anchor-cosine feature of an article against the first report of its
 * event, the two sharing words but no anchor term (as two Arabic reports
 * whose place names are no anchors), in languages `la` and `lb`, with
 * `uncased_anchors` set to `on`; `*cos` is the cosine feature.
 */
static double uncased_anchor_cos(const char *la, const char *lb, bool on, double *cos)
{
    struct cluster_state *cs;
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct seen_rows rows;
    struct tdoc a, b;
    double f = -1.0;

    memset(&rows, 0, sizeof(rows));
    *cos = -1.0;
    cluster_event_opts(&o);
    o.uncased_anchors = on;
    if (tdoc_init(&a, "locust swarms farms spraying ministry dhofar salalah @2037", true, 100) !=
            TD_OK ||
        tdoc_init(&b, "locust swarms farms coconut salalah dhofar ministry @40", true, 100) !=
            TD_OK ||
        cluster_new(&o, &cs, NULL) != TD_OK)
        return f;
    a.d.lang = cluster_lang_code(la);
    b.d.lang = cluster_lang_code(lb);
    if (cluster_observe(cs, &a.d, 1, record, &rows, NULL) == TD_OK &&
        cluster_observe(cs, &b.d, 1, record, &rows, NULL) == TD_OK && rows.n == 1) {
        f = rows.f[0][MF_ANCHOR_COS];
        *cos = rows.f[0][MF_COS];
    }
    tdoc_release(&a);
    tdoc_release(&b);
    cluster_free(cs);
    return f;
}

/*
 * With `uncased_anchors`, two articles in one language written without
 * capitals have their cosine as the anchor cosine; across languages and in
 * a cased language the anchor cosine stays that of the anchor terms (none
 * shared here), and without the option too.
 */
TD_TEST(test_cluster__uncased_language_anchor_cosine_takes_the_cosine)
{
    double cos, f;

    f = uncased_anchor_cos("ar", "ar", false, &cos);
    ASSERT_NEAR(f, 0.0, 1e-12);
    ASSERT_TRUE(cos > 0.3);
    f = uncased_anchor_cos("ar", "ar", true, &cos);
    ASSERT_TRUE(cos > 0.3);
    ASSERT_NEAR(f, cos, 1e-12);
    f = uncased_anchor_cos(NULL, "ko", true, &cos);
    ASSERT_NEAR(f, cos, 1e-12);
    /* The article's own language decides; across languages and in Latin letters, as before. */
    f = uncased_anchor_cos("ko", NULL, true, &cos);
    ASSERT_NEAR(f, 0.0, 1e-12);
    f = uncased_anchor_cos("en", "en", true, &cos);
    ASSERT_NEAR(f, 0.0, 1e-12);
    f = uncased_anchor_cos("ur", "ar", true, &cos);
    ASSERT_NEAR(f, 0.0, 1e-12);
}

TD_TEST(test_cluster__active_pool_retires_old_and_idle_stories)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs, *re;
    const char *const filler[] = {chess, flood, vote, "garden show roses prize judges"};
    int64_t story = 0, stories[16];
    struct tdoc t;
    size_t i, n = 0;

    cluster_event_opts(&o);
    o.pool_sweep_docs = 4;
    o.pool_idle_docs = 0;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    /* A ferry strike on day 0, then other news 100 days later. */
    ASSERT_OK(tdoc_init(&t, ferry, true, 0));
    ASSERT_OK(cluster_assign(cs, &t.d, &stories[n++], NULL, NULL));
    tdoc_release(&t);
    for (i = 0; i < 7; i++) {
        ASSERT_OK(tdoc_init(&t, filler[i % 4], true, 100));
        ASSERT_OK(cluster_assign(cs, &t.d, &stories[n++], NULL, NULL));
        tdoc_release(&t);
    }
    /* Swept at documents 4 and 8: only the ferry story is out of the pool. */
    ASSERT_EQ_INT(cluster_story_count(cs), 5);
    ASSERT_EQ_INT(cluster_active_count(cs), 4);
    /* The same ferry words on day 100 start a new story... */
    ASSERT_OK(tdoc_init(&t, ferry, true, 100));
    ASSERT_OK(cluster_assign(cs, &t.d, &story, NULL, NULL));
    ASSERT_EQ_INT(story, 6);
    /* ...and an article added to the retired story brings it back. */
    ASSERT_OK(cluster_add(cs, &t.d, 1, NULL));
    ASSERT_EQ_INT(cluster_active_count(cs), 6);
    stories[n++] = 6;
    stories[n++] = 1;
    /* Replaying the same assignments retires and revives the same stories. */
    ASSERT_OK(cluster_new(&o, &re, NULL));
    for (i = 0; i < n; i++) {
        struct tdoc r;
        const char *w = i == 0 || i >= 8 ? ferry : filler[(i - 1) % 4];
        ASSERT_OK(tdoc_init(&r, w, true, i == 0 ? 0 : 100));
        ASSERT_OK(cluster_add(re, &r.d, stories[i], NULL));
        tdoc_release(&r);
    }
    ASSERT_EQ_INT(cluster_active_count(re), cluster_active_count(cs));
    ASSERT_EQ_INT(cluster_story_count(re), cluster_story_count(cs));
    tdoc_release(&t);
    cluster_free(cs);
    cluster_free(re);
}

TD_TEST(test_cluster__active_pool_retires_undated_stories_by_idleness)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    int64_t story = 0;
    struct tdoc a, b;
    size_t i;

    o.pool_sweep_docs = 2;
    o.pool_idle_docs = 3;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    ASSERT_OK(tdoc_init(&a, ferry, false, 0));
    ASSERT_OK(tdoc_init(&b, chess, false, 0));
    ASSERT_OK(cluster_assign(cs, &a.d, &story, NULL, NULL));
    for (i = 0; i < 4; i++)
        ASSERT_OK(cluster_assign(cs, &b.d, &story, NULL, NULL));
    /* At document 4 the ferry story was idle 3 documents, at 6 it is 5: out. */
    ASSERT_OK(cluster_assign(cs, &b.d, &story, NULL, NULL));
    ASSERT_EQ_INT(cluster_active_count(cs), 1);
    ASSERT_OK(cluster_assign(cs, &a.d, &story, NULL, NULL));
    ASSERT_EQ_INT(story, 3);
    tdoc_release(&a);
    tdoc_release(&b);
    cluster_free(cs);
}

TD_TEST(test_cluster__learned_assign_and_observe_allocation_failures)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_model m;
    struct seen_rows rows;
    struct tdoc a, b, c;
    enum td_err rc;
    int64_t story = 0;
    long n;
    int pass;

    /* A model that weighs the nearest member, so member sketches are kept too. */
    rule_model(&m, 0.1);
    m.rank[MF_NEAREST] = 0.5;
    o.model = &m;
    ASSERT_OK(tdoc_init(&a, ferry, true, 19000));
    ASSERT_OK(tdoc_init(&b, chess, true, 19000));
    ASSERT_OK(tdoc_init(&c, "ferry strike harbour talks mediator", true, 19001));
    for (pass = 0; pass < 2; pass++) {
        for (rc = TD_ERR_NOMEM, n = 0; rc != TD_OK; n++) {
            struct cluster_state *cs;
            struct td_error err;
            int64_t s;
            ASSERT_OK(cluster_new(&o, &cs, NULL));
            ASSERT_OK(cluster_assign(cs, &a.d, &s, NULL, NULL));
            ASSERT_OK(cluster_assign(cs, &b.d, &s, NULL, NULL));
            rows.n = 0;
            alloc_fail_after(n);
            rc = pass == 0 ? cluster_assign(cs, &c.d, &story, NULL, &err)
                           : cluster_observe(cs, &c.d, 3, record, &rows, &err);
            alloc_fail_after(-1);
            cluster_free(cs);
            ASSERT_TRUE(rc == TD_OK || (rc == TD_ERR_NOMEM && err.code == TD_ERR_NOMEM));
        }
        ASSERT_TRUE(n > 1);
    }
    ASSERT_EQ_INT(story, 1);
    ASSERT_TRUE(rows.n >= 1);
    tdoc_release(&a);
    tdoc_release(&b);
    tdoc_release(&c);
}

/*
 * Places the documents `words[0..n)` (all dated on one day, so no time
 * damping) with the built-in rule (join at a cosine of 0.25) and
 * `short_margin` as given; `ids[i]` is where document i went.
 */
static enum td_err place_rule(const char *const *words, size_t n, bool short_margin,
                              int64_t *ids)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    struct cluster_model m;
    enum td_err rc;
    size_t i;

    rule_model(&m, o.threshold);
    o.model = &m;
    o.short_margin = short_margin;
    rc = cluster_new(&o, &cs, NULL);
    for (i = 0; rc == TD_OK && i < n; i++) {
        struct tdoc t;
        rc = tdoc_init(&t, words[i], true, 19000);
        if (rc == TD_OK)
            rc = cluster_assign(cs, &t.d, &ids[i], NULL, NULL);
        tdoc_release(&t);
    }
    cluster_free(cs);
    return rc;
}

static const char *const ferry_long =
    "ferry strike port crews union wages harbour pay talks captain dock sailors timetable "
    "passengers cancelled routes island service";
static const char *const quake_long =
    "quake tremor valley village rescuers rubble collapsed homes tents aftershock magnitude "
    "dead injured hospital mayor shelter army";

static const char *const ferry_wreck =
    "ferry island crews storm sank rescue coastguard lifeboat divers hull wreck survivors "
    "inquiry weather captain waves sea";

/*
 * A five-word headline about the ferry strike has a cosine of about 0.21
 * with it (under the bar of 0.25) and none with the quake: with
 * `short_margin` it joins the strike. It stays alone when a second ferry
 * event (a wreck) is about as close, and a 14-term document with a cosine
 * of about 0.12 to the strike is no headline.
 */
TD_TEST(test_cluster__headline_clearly_ahead_joins)
{
    const char *const one[] = {ferry_long, quake_long, ferry_long,
                               "ferry crews island vote referendum"};
    const char *const two[] = {ferry_long, ferry_wreck, "ferry crews island captain vote referendum"};
    const char *const longer[] = {ferry_long, quake_long,
                                  "ferry crews island vote budget coalition minister tax "
                                  "parliament election debate poll campaign"};
    int64_t ids[4];

    ASSERT_OK(place_rule(one, 4, false, ids));
    ASSERT_EQ_INT(ids[2], 1);
    ASSERT_EQ_INT(ids[3], 3);
    ASSERT_OK(place_rule(one, 4, true, ids));
    ASSERT_EQ_INT(ids[1], 2);
    ASSERT_EQ_INT(ids[3], 1);
    ASSERT_OK(place_rule(two, 3, true, ids));
    ASSERT_EQ_INT(ids[1], 2);
    ASSERT_EQ_INT(ids[2], 3);
    ASSERT_OK(place_rule(longer, 3, true, ids));
    ASSERT_EQ_INT(ids[2], 3);
}

static const char *const indict =
    "court indictment counts prosecutors charges trial judge rail contract bribes "
    "@varga @keltor @korvena";
static const char *const vote_named =
    "parliament vote budget coalition minister debate majority seats party ballot "
    "@varga @keltor @korvena";
static const char *const follow_up =
    "lawyer calls document political statement interview reaction appeal office press "
    "@varga @keltor @korvena";
static const char *const two_names =
    "lawyer calls document political statement interview reaction appeal office press "
    "@varga @keltor";

/*
 * Puts the documents `events[0..n)` into events 1..n (cluster_add()), event
 * i dated on `days[i]` when it is > 0, then places `words` (dated `wday` when
 * `wdated`) with the built-in rule and the options `o` holds. The events are
 * in language `langs[0]`, `words` in `langs[1]` (NULL: unknown).
 */
static enum td_err place_events_then(struct cluster_opts *o, const char *const *events,
                                     const int64_t *days, size_t n, const char *words, bool wdated,
                                     int64_t wday, const char *const langs[2], int64_t *story)
{
    struct cluster_state *cs;
    struct cluster_model m;
    struct tdoc t;
    enum td_err rc;
    size_t i;

    rule_model(&m, o->threshold);
    o->model = &m;
    cluster_event_opts(o);
    rc = cluster_new(o, &cs, NULL);
    for (i = 0; rc == TD_OK && i < n; i++) {
        rc = tdoc_init(&t, events[i], days[i] > 0, days[i]);
        t.d.lang = cluster_lang_code(langs[0]);
        if (rc == TD_OK)
            rc = cluster_add(cs, &t.d, (int64_t)i + 1, NULL);
        tdoc_release(&t);
    }
    if (rc == TD_OK && (rc = tdoc_init(&t, words, wdated, wday)) == TD_OK) {
        t.d.lang = cluster_lang_code(langs[1]);
        rc = cluster_assign(cs, &t.d, story, NULL, NULL);
    }
    tdoc_release(&t);
    cluster_free(cs);
    return rc;
}

/*
 * Puts the documents `events[0..n)` (n <= 8) into events 1..n, dated on
 * `day` when it is > 0, then places `words` (dated `wday` when `wdated`)
 * with the built-in rule and `anchor_margin` and `follow_margin` as given.
 */
static enum td_err events_then(const char *const *events, size_t n, int64_t day, bool anchor_margin,
                               bool follow_margin, const char *words, bool wdated, int64_t wday,
                               int64_t *story)
{
    static const char *const unknown[2] = {NULL, NULL};
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    int64_t days[8];
    size_t i;

    for (i = 0; i < n && i < 8; i++)
        days[i] = day;
    o.anchor_margin = anchor_margin;
    o.follow_margin = follow_margin;
    return place_events_then(&o, events, days, n < 8 ? n : 8, words, wdated, wday, unknown, story);
}

/*
 * Puts the documents `events[0..n)` into events 1..n, dated on `day` when it
 * is > 0, then places `words` dated two days later (or undated) with the
 * built-in rule and `anchor_margin` as given.
 */
static enum td_err follow_up_after(const char *const *events, size_t n, int64_t day,
                                   bool anchor_margin, const char *words, int64_t *story)
{
    return events_then(events, n, day, anchor_margin, false, words, day > 0, day + 2, story);
}

/*
 * A lawyer's reaction two days after an indictment shares its names but no
 * word: it stays alone, and with `anchor_margin` joins the indictment. Not
 * when it is undated (the time kernel cannot confirm), when another event of
 * those days has the same names (not clearly ahead), nor when it shares two
 * names only.
 */
TD_TEST(test_cluster__follow_up_joins_by_its_names)
{
    const char *const one[] = {indict, quake_long, ferry_long};
    const char *const two[] = {indict, quake_long, vote_named};
    int64_t story = 0;

    ASSERT_OK(follow_up_after(one, 3, 19000, false, follow_up, &story));
    ASSERT_EQ_INT(story, 4);
    ASSERT_OK(follow_up_after(one, 3, 19000, true, follow_up, &story));
    ASSERT_EQ_INT(story, 1);
    ASSERT_OK(follow_up_after(one, 3, 0, true, follow_up, &story));
    ASSERT_EQ_INT(story, 4);
    ASSERT_OK(follow_up_after(two, 3, 19000, true, follow_up, &story));
    ASSERT_EQ_INT(story, 4);
    ASSERT_OK(follow_up_after(one, 3, 19000, true, two_names, &story));
    ASSERT_EQ_INT(story, 4);
}

static const char *const stranding =
    "whales stranded beach island volunteers police rescue tide walker morning dogs sand "
    "@romo @lakolk";
static const char *const stranding_update =
    "volunteers whales tide buckets sheets water noon coastguard vets crowd hours cold "
    "wind calves boats @romo";
static const char *const stranding_elsewhere =
    "volunteers whales tide buckets sheets water noon coastguard vets crowd hours cold "
    "wind calves boats @texel";
static const char *const harbour_crowd =
    "ferry strike port crews buckets sheets noon harbour pay talks captain dock sailors";

/*
 * Puts `events[0..n)` into events 1..n dated on day 19000, then places
 * `words` `after` days later (undated when `after` < 0) with the built-in
 * rule and `follow_margin` as given.
 */
static enum td_err flash_then(const char *const *events, size_t n, bool follow_margin,
                              const char *words, int64_t after, int64_t *story)
{
    return events_then(events, n, 19000, false, follow_margin, words, after >= 0, 19000 + after,
                       story);
}

/*
 * A first flash and its update of the same morning share a few words and a
 * name, under the join bar: the update stays alone, and with
 * `follow_margin` joins the flash. Not when it comes three days later,
 * undated, or naming another place only (a same-kind event elsewhere), nor
 * when another event is as close (not clearly ahead).
 */
TD_TEST(test_cluster__same_day_update_joins_its_flash)
{
    const char *const one[] = {stranding, quake_long, ferry_long};
    const char *const two[] = {stranding, quake_long, harbour_crowd};
    int64_t story = 0;

    ASSERT_OK(flash_then(one, 3, false, stranding_update, 0, &story));
    ASSERT_EQ_INT(story, 4);
    ASSERT_OK(flash_then(one, 3, true, stranding_update, 0, &story));
    ASSERT_EQ_INT(story, 1);
    ASSERT_OK(flash_then(one, 3, true, stranding_update, 1, &story));
    ASSERT_EQ_INT(story, 1);
    ASSERT_OK(flash_then(one, 3, true, stranding_update, 3, &story));
    ASSERT_EQ_INT(story, 4);
    ASSERT_OK(flash_then(one, 3, true, stranding_update, -1, &story));
    ASSERT_EQ_INT(story, 4);
    ASSERT_OK(flash_then(one, 3, true, stranding_elsewhere, 0, &story));
    ASSERT_EQ_INT(story, 4);
    ASSERT_OK(flash_then(two, 3, true, stranding_update, 0, &story));
    ASSERT_EQ_INT(story, 4);
}

/* The stranding flash with its main name given twice (heaviest_anchor()). */
static const char *const stranding_named =
    "whales stranded beach island volunteers police rescue tide walker morning dogs sand "
    "@romo @romo @lakolk";
/*
 * A long page on the stranding, of more than CLUSTER_FOLLOW_TERMS distinct
 * terms: a few of the flash's words among its own, its reporter and the
 * people it quotes, and the page's furniture. `%s` is the flash's name it
 * gives.
 */
#define STRANDING_PAGE                                                                     \
    "whales stranded beach volunteers tide morning feature reporter writes scene dunes "   \
    "ribbon families children teachers biologists museum skeleton research project funds " \
    "harbour fishermen nets boats engine radio weather forecast storm autumn season "      \
    "newsletter subscribe cookies privacy settings share print comments related stories "  \
    "most read section archive photos gallery video podcast editor letters opinion sport " \
    "culture travel puzzles @hansen @nielsen @jensen @esbjerg @ribe @tonder @2040 "
static const char *const page_naming_main = STRANDING_PAGE "@romo";
static const char *const page_naming_other = STRANDING_PAGE "@lakolk";

/*
 * A long page of the flash's day in its language, clearly ahead of the other
 * events but under the join bar, joins the flash under `follow_margin` when
 * it gives the flash's main name; a page that gives only a lighter name of
 * it stays alone (its own names weigh most), as it does without the option,
 * a day later than CLUSTER_FOLLOW_DAYS, or in another language.
 */
TD_TEST(test_cluster__long_page_joins_the_event_it_names)
{
    static const char *const en[2] = {"en", "en"}, *const en_de[2] = {"en", "de"};
    const char *const one[] = {stranding_named, quake_long, ferry_long};
    const int64_t days[] = {19000, 19000, 19000};
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    int64_t story = 0;

    ASSERT_OK(place_events_then(&o, one, days, 3, page_naming_main, true, 19000, en, &story));
    ASSERT_EQ_INT(story, 4);
    o = (struct cluster_opts)CLUSTER_OPTS_INIT;
    o.follow_margin = true;
    ASSERT_OK(place_events_then(&o, one, days, 3, page_naming_main, true, 19000, en, &story));
    ASSERT_EQ_INT(story, 1);
    o = (struct cluster_opts)CLUSTER_OPTS_INIT;
    o.follow_margin = true;
    ASSERT_OK(place_events_then(&o, one, days, 3, page_naming_main, true, 19001, en, &story));
    ASSERT_EQ_INT(story, 1);
    o = (struct cluster_opts)CLUSTER_OPTS_INIT;
    o.follow_margin = true;
    ASSERT_OK(place_events_then(&o, one, days, 3, page_naming_other, true, 19000, en, &story));
    ASSERT_EQ_INT(story, 4);
    o = (struct cluster_opts)CLUSTER_OPTS_INIT;
    o.follow_margin = true;
    ASSERT_OK(place_events_then(&o, one, days, 3, page_naming_main, true, 19003, en, &story));
    ASSERT_EQ_INT(story, 4);
    o = (struct cluster_opts)CLUSTER_OPTS_INIT;
    o.follow_margin = true;
    ASSERT_OK(place_events_then(&o, one, days, 3, page_naming_main, true, 19000, en_de, &story));
    ASSERT_EQ_INT(story, 4);
}

/*
 * A brief German report on the stranding: its own words, the towns it was
 * seen from, and `%s`, what it shares with the English flash.
 */
#define STRANDING_DE                                                                    \
    "wale gestrandet strand insel helfer polizei rettung flut morgen hunde sand @sylt " \
    "@husum @tondern @niebuell @bredstedt @westerland "
static const char *const de_naming_main = STRANDING_DE "@romo";
static const char *const de_naming_none = STRANDING_DE "@12";

/*
 * A short report in another language, under the join bar but clearly ahead
 * of the other events, joins the flash of its day under `follow_margin`
 * when it gives one of the flash's heaviest names (holds_top_tie()); not
 * when it shares only a number under 100, nor three days later.
 */
TD_TEST(test_cluster__short_report_in_another_language_follows_the_event_it_names)
{
    static const char *const en_de[2] = {"en", "de"};
    static const char *const stranding_12 =
        "whales stranded beach island volunteers police rescue tide walker morning dogs sand "
        "@romo @romo @lakolk @12";
    const char *const one[] = {stranding_12, quake_long, ferry_long};
    const int64_t days[] = {19000, 19000, 19000};
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    int64_t story = 0;

    ASSERT_OK(place_events_then(&o, one, days, 3, de_naming_main, true, 19000, en_de, &story));
    ASSERT_EQ_INT(story, 4);
    o = (struct cluster_opts)CLUSTER_OPTS_INIT;
    o.follow_margin = true;
    ASSERT_OK(place_events_then(&o, one, days, 3, de_naming_main, true, 19000, en_de, &story));
    ASSERT_EQ_INT(story, 1);
    o = (struct cluster_opts)CLUSTER_OPTS_INIT;
    o.follow_margin = true;
    ASSERT_OK(place_events_then(&o, one, days, 3, de_naming_none, true, 19000, en_de, &story));
    ASSERT_EQ_INT(story, 4);
    o = (struct cluster_opts)CLUSTER_OPTS_INIT;
    o.follow_margin = true;
    ASSERT_OK(place_events_then(&o, one, days, 3, de_naming_main, true, 19003, en_de, &story));
    ASSERT_EQ_INT(story, 4);
}

/*
 * Puts the stranding flash (its main name "romo") and two other events of
 * day 19000 into events 1..3, in English, then places `stranding_elsewhere`
 * (whose body names only "texel", new to the stream) the same day in
 * English, its headline giving the name `title` (NULL: none), with the
 * built-in rule and `follow_margin`.
 */
static enum td_err follow_titled(const char *title, int64_t *story)
{
    const char *const one[] = {stranding_named, quake_long, ferry_long};
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    struct cluster_model m;
    struct tdoc t;
    uint64_t name = title != NULL ? cluster_anchor_hash(title, strlen(title)) : 0;
    enum td_err rc;
    size_t i;

    rule_model(&m, o.threshold);
    o.model = &m;
    o.follow_margin = true;
    cluster_event_opts(&o);
    rc = cluster_new(&o, &cs, NULL);
    for (i = 0; rc == TD_OK && i < 3; i++) {
        rc = tdoc_init(&t, one[i], true, 19000);
        t.d.lang = cluster_lang_code("en");
        if (rc == TD_OK)
            rc = cluster_add(cs, &t.d, (int64_t)i + 1, NULL);
        tdoc_release(&t);
    }
    if (rc == TD_OK && (rc = tdoc_init(&t, stranding_elsewhere, true, 19000)) == TD_OK) {
        t.d.lang = cluster_lang_code("en");
        t.d.title_names = title != NULL ? &name : NULL;
        t.d.ntitle = title != NULL ? 1 : 0;
        rc = cluster_assign(cs, &t.d, story, NULL, NULL);
    }
    tdoc_release(&t);
    cluster_free(cs);
    return rc;
}

/*
 * A short follow-up whose body names only a place new to the stream joins
 * the flash of its day under `follow_margin` when its headline gives the
 * flash's main name; not when the headline gives a lighter name of the
 * flash, its own new place, or nothing.
 */
TD_TEST(test_cluster__update_joins_the_flash_its_headline_names)
{
    int64_t story = 0;

    ASSERT_OK(follow_titled(NULL, &story));
    ASSERT_EQ_INT(story, 4);
    ASSERT_OK(follow_titled("romo", &story));
    ASSERT_EQ_INT(story, 1);
    ASSERT_OK(follow_titled("lakolk", &story));
    ASSERT_EQ_INT(story, 4);
    ASSERT_OK(follow_titled("texel", &story));
    ASSERT_EQ_INT(story, 4);
}

/*
 * Places `stranding_elsewhere` (its one name not the flash's) on the day of
 * three events in language `langs[0]`, the flash first, in `langs[1]`, with
 * the built-in rule and `follow_margin`.
 */
static enum td_err flash_in(const char *const langs[2], int64_t *story)
{
    const char *const one[] = {stranding, quake_long, ferry_long};
    const int64_t days[] = {19000, 19000, 19000};
    struct cluster_opts o = CLUSTER_OPTS_INIT;

    o.follow_margin = true;
    return place_events_then(&o, one, days, 3, stranding_elsewhere, true, 19000, langs, story);
}

/*
 * In a language written without capitals the anchor terms are numbers and
 * words met as names elsewhere, so a same-day update in the flash's language
 * that shares none of its names still joins it under `follow_margin`; in a
 * cased language it does not (a same-kind event elsewhere), nor when the
 * flash's language is unknown or another one.
 */
TD_TEST(test_cluster__uncased_update_joins_its_flash_without_a_shared_name)
{
    static const char *const en[2] = {"en", "en"}, *const ar[2] = {"ar", "ar"};
    static const char *const ko[2] = {"ko", "ko"}, *const unknown_ar[2] = {NULL, "ar"};
    static const char *const en_ar[2] = {"en", "ar"};
    int64_t story = 0;

    ASSERT_OK(flash_in(en, &story));
    ASSERT_EQ_INT(story, 4);
    ASSERT_OK(flash_in(ar, &story));
    ASSERT_EQ_INT(story, 1);
    ASSERT_OK(flash_in(ko, &story));
    ASSERT_EQ_INT(story, 1);
    ASSERT_OK(flash_in(unknown_ar, &story));
    ASSERT_EQ_INT(story, 4);
    ASSERT_OK(flash_in(en_ar, &story));
    ASSERT_EQ_INT(story, 4);
}

/* The index of anchor term `name` ("@x") in `t`'s terms, as `clause_at` counts it (1 + index). */
static uint32_t clause_mark(const struct tdoc *t, const char *name)
{
    struct tdoc one;
    uint32_t at = 0;
    size_t i;

    if (tdoc_init(&one, name, false, 0) != TD_OK || one.d.n != 1) {
        tdoc_release(&one);
        return 0;
    }
    for (i = 0; i < t->d.n; i++)
        if (t->d.terms[i] == one.d.terms[0])
            at = (uint32_t)i + 1;
    tdoc_release(&one);
    return at;
}

static const char *const closure_a =
    "drone airport runway flights diverted closed operator night @Dublin @Dublin @Shannon "
    "@Belfast @48";
static const char *const closure_b =
    "drönare flygplats bana flyg stoppades polisen kvällen @Landvetter @Swedavia @Goteborg @Dublin "
    "@Shannon @Belfast @48";

/*
 * Places three English reports of a drone closure, then a Swedish report of
 * another closure two days later that names the first one's airport (its
 * heaviest name) in a clause dating it away ("two days after a drone closed
 * Dublin's airport"), then an unrelated article: with the built-in model
 * and a merge pass after that fifth article. With `clause`, the name is marked as given only in
 * that clause; with `add`, the Swedish report is put in an event of its own (cluster_add()) and
 * only the merge pass may bring them together. `*apart`: whether the two closures end in two
 * events.
 */
static enum td_err place_closures(bool clause, bool add, bool *apart)
{
    struct cluster_model m;
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs = NULL;
    struct tdoc a, b, other;
    uint32_t mark[1];
    int64_t first = 0, second = 0, s;
    enum td_err rc = model_default(&m, NULL);
    size_t i;

    o.model = &m;
    model_cluster_opts(&m, &o);
    cluster_event_opts(&o);
    /* The pass runs after the fifth article, the one after the Swedish report. */
    o.merge_every_docs = 5;
    if (rc == TD_OK)
        rc = tdoc_init(&a, closure_a, true, 100);
    if (rc == TD_OK)
        rc = tdoc_init(&b, closure_b, true, 102);
    if (rc == TD_OK)
        rc = tdoc_init(&other, "parliament budget taxes schools vote @Ostland @2025", true, 102);
    a.d.lang = cluster_lang_code("en");
    b.d.lang = cluster_lang_code("sv");
    other.d.lang = cluster_lang_code("en");
    mark[0] = clause_mark(&b, "@Dublin");
    if (clause) {
        b.d.clause_at = mark;
        b.d.nclause = 1;
    }
    if (rc == TD_OK)
        rc = cluster_new(&o, &cs, NULL);
    for (i = 0; rc == TD_OK && i < 3; i++)
        rc = cluster_assign(cs, &a.d, &first, NULL, NULL);
    second = first + 1;
    if (rc == TD_OK && add)
        rc = cluster_add(cs, &b.d, second, NULL);
    else if (rc == TD_OK)
        rc = cluster_assign(cs, &b.d, &second, NULL, NULL);
    /* The next article's merge pass looks at the Swedish report's event. */
    if (rc == TD_OK)
        rc = cluster_assign(cs, &other.d, &s, NULL, NULL);
    *apart = cs != NULL && cluster_resolve(cs, first) != cluster_resolve(cs, second);
    cluster_free(cs);
    tdoc_release(&a);
    tdoc_release(&b);
    tdoc_release(&other);
    return rc;
}

static const char *const speedup =
    "escalator sped brakes woman killed investigators custody engineers @Velmar @Velmar @Tarnik";
static const char *const collapse = "escalator steps collapsed injured passengers floor rush hour "
                                    "@Soltera @Soltera @Pinova @Velmar";
static const char *const roundup =
    "escalator steps collapsed injured passengers floor brakes killed "
    "@Velmar @Velmar @Velmar @Tarnik @Soltera @Pinova";

/*
 * Places three reports of an escalator that sped up in Velmar (day 100),
 * three of steps that collapsed in Soltera three days later, which name
 * Velmar (with `clause`, only in a clause about that first accident), and
 * a round-up of both the next day whose main name is Velmar: with the
 * built-in model. `*joined` is 1 when the round-up joins the first event,
 * 2 the second, 0 neither.
 */
static enum td_err place_roundup(bool clause, int *joined)
{
    struct cluster_model m;
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs = NULL;
    struct tdoc a, b, r;
    uint32_t mark[1];
    int64_t first = 0, second = 0, got = 0;
    enum td_err rc = model_default(&m, NULL);
    size_t i;

    *joined = 0;
    o.model = &m;
    model_cluster_opts(&m, &o);
    cluster_event_opts(&o);
    if (rc == TD_OK)
        rc = tdoc_init(&a, speedup, true, 100);
    if (rc == TD_OK)
        rc = tdoc_init(&b, collapse, true, 103);
    if (rc == TD_OK)
        rc = tdoc_init(&r, roundup, true, 104);
    a.d.lang = b.d.lang = r.d.lang = cluster_lang_code("en");
    mark[0] = clause_mark(&b, "@Velmar");
    if (clause) {
        b.d.clause_at = mark;
        b.d.nclause = 1;
    }
    if (rc == TD_OK)
        rc = cluster_new(&o, &cs, NULL);
    for (i = 0; rc == TD_OK && i < 3; i++)
        rc = cluster_assign(cs, &a.d, &first, NULL, NULL);
    for (i = 0; rc == TD_OK && i < 3; i++)
        rc = cluster_assign(cs, &b.d, &second, NULL, NULL);
    if (rc == TD_OK)
        rc = cluster_assign(cs, &r.d, &got, NULL, NULL);
    if (rc == TD_OK && first != second)
        *joined = got == first ? 1 : got == second ? 2 : 0;
    cluster_free(cs);
    tdoc_release(&a);
    tdoc_release(&b);
    tdoc_release(&r);
    return rc;
}

/*
 * A round-up of two same-kind accidents whose main name is the first's:
 * the second accident's reports hold that name only as one they recalled,
 * so the round-up reports the first (cluster.h, "A round-up"); when they
 * give the name as their own, the round-up goes with the nearer second.
 */
TD_TEST(test_cluster__a_round_up_goes_with_the_event_of_its_main_name)
{
    int joined = -1;

    ASSERT_OK(place_roundup(false, &joined));
    ASSERT_EQ_INT(joined, 2);
    ASSERT_OK(place_roundup(true, &joined));
    ASSERT_EQ_INT(joined, 1);
}

static const char *const roundup_quoted =
    "escalator steps collapsed injured passengers floor sped brakes woman killed investigators "
    "@Oresund @Oresund @Velmar @Tarnik @Soltera";

/*
 * As place_roundup() with `clause`, the second accident and the round-up a
 * day after the first, for a round-up whose main name is an expert it
 * quotes (new to the stream) and that names Velmar once: with
 * `titled`, its headline gives Velmar (`title_names`); with `away`, it
 * dates another happening away itself (`dates_away`).
 */
static enum td_err place_titled_roundup(bool titled, bool away, int *joined)
{
    struct cluster_model m;
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs = NULL;
    struct tdoc a, b, r, name;
    uint32_t mark[1];
    int64_t first = 0, second = 0, got = 0;
    enum td_err rc = model_default(&m, NULL);
    size_t i;

    *joined = 0;
    o.model = &m;
    model_cluster_opts(&m, &o);
    cluster_event_opts(&o);
    if (rc == TD_OK)
        rc = tdoc_init(&a, speedup, true, 100);
    if (rc == TD_OK)
        rc = tdoc_init(&b, collapse, true, 101);
    if (rc == TD_OK)
        rc = tdoc_init(&r, roundup_quoted, true, 101);
    if (rc == TD_OK)
        rc = tdoc_init(&name, "@Velmar", false, 0);
    a.d.lang = b.d.lang = r.d.lang = cluster_lang_code("en");
    mark[0] = clause_mark(&b, "@Velmar");
    b.d.clause_at = mark;
    b.d.nclause = 1;
    if (titled) {
        r.d.title_names = name.d.terms;
        r.d.ntitle = 1;
    }
    r.d.dates_away = away;
    if (rc == TD_OK)
        rc = cluster_new(&o, &cs, NULL);
    for (i = 0; rc == TD_OK && i < 3; i++)
        rc = cluster_assign(cs, &a.d, &first, NULL, NULL);
    for (i = 0; rc == TD_OK && i < 3; i++)
        rc = cluster_assign(cs, &b.d, &second, NULL, NULL);
    if (rc == TD_OK)
        rc = cluster_assign(cs, &r.d, &got, NULL, NULL);
    if (rc == TD_OK && first != second)
        *joined = got == first ? 1 : got == second ? 2 : 0;
    cluster_free(cs);
    tdoc_release(&a);
    tdoc_release(&b);
    tdoc_release(&r);
    tdoc_release(&name);
    return rc;
}

/*
 * A round-up whose main name is one of its own (an expert it quotes) goes
 * with the event of the name its headline gives, when the nearer second
 * event holds that name only as one it recalled (cluster.h, "A round-up");
 * not when its headline does not give it, nor when the article itself
 * dates another happening away (its headline may then name the first).
 */
TD_TEST(test_cluster__a_round_up_goes_with_the_event_its_headline_names)
{
    int joined = -1;

    ASSERT_OK(place_titled_roundup(false, false, &joined));
    ASSERT_EQ_INT(joined, 2);
    ASSERT_OK(place_titled_roundup(true, false, &joined));
    ASSERT_EQ_INT(joined, 1);
    ASSERT_OK(place_titled_roundup(true, true, &joined));
    ASSERT_EQ_INT(joined, 2);
}

static const char *const wheel_a =
    "riesenrad stillstand fahrgaeste feuerwehr gondeln @Prater @Prater @Velmar @Riesen @96";
static const char *const wheel_b =
    "wheel stopped riders power failure backup restarted @Dorvik @Hailong @Velmar @Riesen @96";

/*
 * Places three German reports of a stuck wheel (day 100), then an English
 * report of another wheel's stop dated `day` that names the first one's
 * town and wheel and gives its count (not its main name, Prater), with
 * the built-in model; with `clause`, those three only in clauses dating
 * the first happening away (`clause_at`, `clause_numbers`). `*apart`:
 * whether the English report starts an event of its own.
 */
static enum td_err place_second_wheel(bool clause, int64_t day, bool *apart)
{
    struct cluster_model m;
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs = NULL;
    struct tdoc a, b, num;
    uint32_t mark[2];
    uint64_t count[1] = {0};
    int64_t first = 0, second = 0;
    enum td_err rc = model_default(&m, NULL);
    size_t i;

    *apart = false;
    o.model = &m;
    model_cluster_opts(&m, &o);
    cluster_event_opts(&o);
    if (rc == TD_OK)
        rc = tdoc_init(&a, wheel_a, true, 100);
    if (rc == TD_OK)
        rc = tdoc_init(&b, wheel_b, true, day);
    if (rc == TD_OK)
        rc = tdoc_init(&num, "@96", false, 0);
    a.d.lang = cluster_lang_code("de");
    b.d.lang = cluster_lang_code("en");
    mark[0] = clause_mark(&b, "@Velmar");
    mark[1] = clause_mark(&b, "@Riesen");
    if (rc == TD_OK && num.d.n == 1)
        count[0] = num.d.terms[0];
    if (clause) {
        b.d.clause_at = mark;
        b.d.nclause = 2;
        b.d.clause_numbers = count;
        b.d.nclause_numbers = 1;
    }
    if (rc == TD_OK)
        rc = cluster_new(&o, &cs, NULL);
    for (i = 0; rc == TD_OK && i < 3; i++)
        rc = cluster_assign(cs, &a.d, &first, NULL, NULL);
    if (rc == TD_OK)
        rc = cluster_assign(cs, &b.d, &second, NULL, NULL);
    *apart = rc == TD_OK && second != first;
    cluster_free(cs);
    tdoc_release(&a);
    tdoc_release(&b);
    tdoc_release(&num);
    return rc;
}

/*
 * A report that meets an event in another language only through the names
 * and the count it gives in clauses dating that happening away, two days
 * after it, is a second happening (cluster.h, "A second happening lifted
 * by its recall"); the same report with no clause marks joins, and so does
 * one a day after the event, as its follow-up would.
 */
TD_TEST(test_cluster__a_second_happening_lifted_by_its_recall_is_no_candidate)
{
    bool apart = false;

    ASSERT_OK(place_second_wheel(false, 102, &apart));
    ASSERT_TRUE(!apart);
    ASSERT_OK(place_second_wheel(true, 102, &apart));
    ASSERT_TRUE(apart);
    ASSERT_OK(place_second_wheel(true, 101, &apart));
    ASSERT_TRUE(!apart);
}

/*
 * Puts `events[0..n)` into events 1..n, dated on `days[0..n)`, then places
 * `words` undated with the built-in rule, `undated_now` and `follow_margin`
 * on and `follow_clock` as given.
 */
static enum td_err undated_after(const char *const *events, const int64_t *days, size_t n,
                                 bool follow_clock, const char *words, int64_t *story)
{
    static const char *const unknown[2] = {NULL, NULL};
    struct cluster_opts o = CLUSTER_OPTS_INIT;

    o.undated_now = true;
    o.follow_margin = true;
    o.follow_clock = follow_clock;
    return place_events_then(&o, events, days, n, words, false, 0, unknown, story);
}

/*
 * A report that names another event's heaviest name only in a clause
 * dating that happening away recalls it: across languages it neither joins
 * that event nor merges with it (cluster.h, "A recalled event"); the same
 * report with the name outside a clause joins it, and so does the merge
 * pass.
 */
TD_TEST(test_cluster__a_recalled_event_is_no_candidate_across_languages)
{
    bool apart = false;

    ASSERT_OK(place_closures(false, false, &apart));
    ASSERT_TRUE(!apart);
    ASSERT_OK(place_closures(true, false, &apart));
    ASSERT_TRUE(apart);
    ASSERT_OK(place_closures(false, true, &apart));
    ASSERT_TRUE(!apart);
    ASSERT_OK(place_closures(true, true, &apart));
    ASSERT_TRUE(apart);
}

/*
 * An undated update arriving in a date-ordered feed right after its flash
 * stays alone under `follow_margin` alone (no date of its own), and joins
 * the flash with `follow_clock` (the stream's clock dates it that day). Not
 * when the clock has moved on: the flash is days older than the latest
 * arrivals.
 */
TD_TEST(test_cluster__undated_update_joins_its_flash_at_the_clock)
{
    const char *const one[] = {stranding, quake_long, ferry_long};
    const int64_t same_day[] = {19000, 19000, 19000};
    const int64_t days_on[] = {19000, 19004, 19005};
    int64_t story = 0;

    ASSERT_OK(undated_after(one, same_day, 3, false, stranding_update, &story));
    ASSERT_EQ_INT(story, 4);
    ASSERT_OK(undated_after(one, same_day, 3, true, stranding_update, &story));
    ASSERT_EQ_INT(story, 1);
    ASSERT_OK(undated_after(one, days_on, 3, true, stranding_update, &story));
    ASSERT_EQ_INT(story, 4);
}

/* Assigns a fresh undated document of `words` in `lang`; returns its story (or -1). */
static int64_t assign_words(struct cluster_state *cs, const char *words, const char *lang)
{
    struct tdoc t;
    int64_t story = -1;

    if (tdoc_init(&t, words, false, 0) == TD_OK) {
        t.d.lang = cluster_lang_code(lang);
        if (cluster_assign(cs, &t.d, &story, NULL, NULL) != TD_OK)
            story = -1;
    }
    tdoc_release(&t);
    return story;
}

/*
 * cluster_last_nearest(): the best candidate an article in another
 * language did not join, when it shares some text with it; none when it
 * joined it, shared next to nothing, or is in the candidate's language
 * (there a cosine under the bar is the event level's no).
 */
TD_TEST(test_cluster__the_nearest_event_not_joined)
{
    static const char part[] = "ferry strike comet telescope orbit nebula galaxy quasar";
    static const char other[] = "ferry strike meteor asteroid crater eclipse solstice aurora";
    struct cluster_state *cs;

    ASSERT_OK(cluster_new(NULL, &cs, NULL));
    ASSERT_EQ_INT(cluster_last_nearest(cs), 0);
    ASSERT_EQ_INT(assign_words(cs, ferry, "en"), 1);
    ASSERT_EQ_INT(cluster_last_nearest(cs), 0);
    ASSERT_EQ_INT(assign_words(cs, chess, "en"), 2);
    ASSERT_EQ_INT(cluster_last_nearest(cs), 0);
    ASSERT_EQ_INT(assign_words(cs, ferry, "en"), 1);
    ASSERT_EQ_INT(cluster_last_nearest(cs), 0);
    /* Two of its eight words are the ferry story's: under the bar, nearest, but in its language. */
    ASSERT_EQ_INT(assign_words(cs, part, "en"), 3);
    ASSERT_EQ_INT(cluster_last_nearest(cs), 0);
    /* The same in another language. */
    ASSERT_EQ_INT(assign_words(cs, other, "de"), 4);
    ASSERT_EQ_INT(cluster_last_nearest(cs), 1);
    /* One word of the ferry story among thirty: a cosine under CLUSTER_NEAREST_COS. */
    ASSERT_EQ_INT(assign_words(cs,
                               "ferry a1 a2 a3 a4 a5 a6 a7 a8 a9 b1 b2 b3 b4 b5 b6 b7 b8 b9 c1 "
                               "c2 c3 c4 c5 c6 c7 c8 c9 d1 d2",
                               "fr"),
                  5);
    ASSERT_EQ_INT(cluster_last_nearest(cs), 0);
    cluster_free(cs);
}

/*
 * Starts an event with an English report on a comet, adds to it the same
 * report in `nother` other languages (words of their own, as stems of two
 * languages never meet), then assigns an Italian article sharing two
 * English words among `nwords`; `*nearest` is cluster_last_nearest() then.
 */
static enum td_err nearest_after_retellings(size_t nother, size_t nwords, int64_t *nearest)
{
    static const char en[] = "comet telescope orbit nebula galaxy quasar crater eclipse";
    static const char *const langs[] = {"hr", "de", "fr"};
    static const char *const retold[] = {
        "kometa teleskop orbita maglica galaksija kvazar krater pomrcina",
        "komet fernrohr umlaufbahn nebel milchstrasse quasar einschlag finsternis",
        "comete lunette orbite nebuleuse voie quasar cratere eclipse"};
    char it[256] = "comet telescope";
    struct cluster_opts o;
    struct cluster_state *cs;
    struct tdoc t;
    size_t i;
    enum td_err rc;

    *nearest = -1;
    for (i = 2; i < nwords; i++)
        snprintf(it + strlen(it), sizeof(it) - strlen(it), " parola%zu", i);
    o = (struct cluster_opts)CLUSTER_OPTS_INIT;
    o.split_min_own = CLUSTER_SPLIT_MIN_OWN;
    if ((rc = cluster_new(&o, &cs, NULL)) != TD_OK)
        return rc;
    if (assign_words(cs, en, "en") != 1)
        rc = TD_ERR_INTERNAL;
    for (i = 0; i < nother && i < 3 && rc == TD_OK; i++) {
        if ((rc = tdoc_init(&t, retold[i], false, 0)) == TD_OK) {
            t.d.lang = cluster_lang_code(langs[i]);
            rc = cluster_add(cs, &t.d, 1, NULL);
        }
        tdoc_release(&t);
    }
    if (rc == TD_OK && assign_words(cs, it, "it") != 2)
        rc = TD_ERR_INTERNAL;
    if (rc == TD_OK)
        *nearest = cluster_last_nearest(cs);
    cluster_free(cs);
    return rc;
}

/*
 * cluster_last_nearest() of an article in a third language that shares a
 * few words with one report of an event: the event's retelling in a
 * language of its own (words the article can never share) does not push
 * it under the bar; more words of its own still do.
 */
TD_TEST(test_cluster__the_nearest_event_retold_in_another_language)
{
    int64_t near;

    ASSERT_OK(nearest_after_retellings(0, 12, &near));
    ASSERT_EQ_INT(near, 1);
    ASSERT_OK(nearest_after_retellings(1, 12, &near));
    ASSERT_EQ_INT(near, 1);
    ASSERT_OK(nearest_after_retellings(3, 12, &near));
    ASSERT_EQ_INT(near, 1);
    ASSERT_OK(nearest_after_retellings(0, 24, &near));
    ASSERT_EQ_INT(near, 0);
    ASSERT_OK(nearest_after_retellings(1, 24, &near));
    ASSERT_EQ_INT(near, 0);
}

/*
 * Places a Romanian note on a court's ruling (its only anchor the number
 * `num`), a French prize report, then a French follow-up that shares two
 * names and a word with the prize report and the number `num` with the
 * note ("dès 6 h 30" against "30 de zile"), under the hand-set rule as a
 * model; `*story` is the follow-up's story.
 */
static enum td_err place_follow_up(const char *num, int64_t *story)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    struct cluster_model m;
    char words[3][160];
    const char *const langs[3] = {"ro", "fr", "fr"};
    enum td_err rc;
    size_t i;

    snprintf(words[0], sizeof(words[0]), "arest preventiv zile judecatoria pescari @%s", num);
    snprintf(words[1], sizeof(words[1]),
             "meilleure baguette boulanger jury pain candidats @crimee @fournil");
    snprintf(words[2], sizeof(words[2]),
             "file attente clients baguette boulanger pain @fournil @crimee @%s @6", num);
    rule_model(&m, o.threshold);
    o.model = &m;
    if ((rc = cluster_new(&o, &cs, NULL)) != TD_OK)
        return rc;
    for (i = 0; rc == TD_OK && i < 3; i++) {
        struct tdoc t;
        if ((rc = tdoc_init(&t, words[i], true, 20000)) == TD_OK) {
            t.d.lang = cluster_lang_code(langs[i]);
            rc = cluster_assign(cs, &t.d, story, NULL, NULL);
        }
        tdoc_release(&t);
    }
    cluster_free(cs);
    return rc;
}

/*
 * A story in another language that shares only a number under 100 with the
 * article (a clock's minutes, a count of days) does not take it from a
 * story in its own language that shares its names; a larger figure shared
 * across languages still does (it is the only tie of many right joins).
 */
TD_TEST(test_cluster__a_small_number_across_languages_yields_to_names)
{
    int64_t story = 0;

    ASSERT_OK(place_follow_up("30", &story));
    ASSERT_EQ_INT(story, 2);
    ASSERT_OK(place_follow_up("4200", &story));
    ASSERT_EQ_INT(story, 1);
}

/*
 * Places a Chinese note on day 20000 and, `days` later, a Japanese report
 * whose only tie with it is the number `num` ("the 10th round" against
 * "until the end of the 10th month"), under the hand-set rule as a model;
 * `*story` is the report's story.
 */
static enum td_err place_late(const char *num, int64_t days, int64_t *story)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    struct cluster_model m;
    char words[2][160];
    const char *const langs[2] = {"zh", "ja"};
    const int64_t day[2] = {20000, 20000 + days};
    enum td_err rc;
    size_t i;

    snprintf(words[0], sizeof(words[0]), "mine halt monsoon jade @%s", num);
    snprintf(words[1], sizeof(words[1]), "boxer round title bout @%s", num);
    rule_model(&m, o.threshold);
    o.model = &m;
    if ((rc = cluster_new(&o, &cs, NULL)) != TD_OK)
        return rc;
    for (i = 0; rc == TD_OK && i < 2; i++) {
        struct tdoc t;
        if ((rc = tdoc_init(&t, words[i], true, day[i])) == TD_OK) {
            t.d.lang = cluster_lang_code(langs[i]);
            rc = cluster_assign(cs, &t.d, story, NULL, NULL);
        }
        tdoc_release(&t);
    }
    cluster_free(cs);
    return rc;
}

/*
 * A story in another language whose only tie with the article is a number
 * under 100 takes it within a day of its reports (the day of the month, the
 * toll), not four days on, where the number is as likely another count; a
 * larger figure still does.
 */
TD_TEST(test_cluster__a_small_number_across_languages_days_later_links_nothing)
{
    int64_t story = 0;

    ASSERT_OK(place_late("10", 1, &story));
    ASSERT_EQ_INT(story, 1);
    ASSERT_OK(place_late("10", 4, &story));
    ASSERT_EQ_INT(story, 2);
    ASSERT_OK(place_late("4200", 4, &story));
    ASSERT_EQ_INT(story, 1);
}

/*
 * Assigns a fresh document of `words` in `lang` dated `day`, asking for its
 * nearest event by undamped text when `want`; returns its story (or -1).
 */
static int64_t assign_later(struct cluster_state *cs, const char *words, const char *lang,
                            int64_t day, bool want)
{
    struct tdoc t;
    int64_t story = -1;

    if (tdoc_init(&t, words, true, day) == TD_OK) {
        t.d.lang = cluster_lang_code(lang);
        t.d.want_recalled = want;
        if (cluster_assign(cs, &t.d, &story, NULL, NULL) != TD_OK)
            story = -1;
    }
    tdoc_release(&t);
    return story;
}

/*
 * cluster_last_recalled(): with the event level's time kernel
 * (cluster_event_opts()), a report of the ferry story's words forty days
 * on starts an event of its own, and its
 * nearest event by the undamped cosine in its language is the ferry's;
 * none when not asked, in another language, or when it joined.
 */
TD_TEST(test_cluster__the_nearest_event_by_undamped_text)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    double cos = -1.0;

    cluster_event_opts(&o);
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    ASSERT_EQ_INT(assign_later(cs, ferry, "en", 19000, true), 1);
    ASSERT_EQ_INT(cluster_last_recalled(cs, &cos), 0);
    ASSERT_EQ_INT(assign_later(cs, chess, "en", 19000, true), 2);
    ASSERT_EQ_INT(assign_later(cs, ferry, "en", 19000, true), 1);
    ASSERT_EQ_INT(cluster_last_recalled(cs, &cos), 0);
    ASSERT_EQ_INT(assign_later(cs, ferry, "en", 19040, true), 3);
    ASSERT_EQ_INT(cluster_last_recalled(cs, &cos), 1);
    ASSERT_TRUE(cos > 0.5);
    ASSERT_EQ_INT(assign_later(cs, ferry, "en", 19080, false), 4);
    ASSERT_EQ_INT(cluster_last_recalled(cs, &cos), 0);
    ASSERT_EQ_INT(assign_later(cs, chess, "de", 19120, true), 5);
    ASSERT_EQ_INT(cluster_last_recalled(cs, &cos), 0);
    cluster_free(cs);
}
