/*
 * test_split.c - tests of the split pass (src/cluster/split.c and its hooks
 * in src/cluster/cluster.c): an event whose members form two groups, each
 * with names of its own, is split and its younger part moves to a new
 * event; an event whose members share their names is not, nor one cut
 * along its languages; an event told in several languages is cut when its
 * two groups have names of their own and different days; an undated group that mentions no day
 * within years of a dated group's writing is cut from it; the member ring keeps the latest members;
 * an allocation failure in the pass is reported, not a crash; a state rebuilt with cluster_replay()
 * makes the same splits and later decisions as the live one; a lone report
 * compared with an event the pass then cut looks again at its own part.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cluster/cluster.h"
#include "cluster/split.h"
#include "core/alloc.h"
#include "test.h"
#include "words.h"

/* Term ids of the hand-made members: words below 50, anchor terms (names) from 50. */
#define NTERMS 200
#define FIRST_ANCHOR 50

static float logdf[NTERMS];
static uint8_t anchor[NTERMS];

/* Every term seen once in 100 documents: the IDF weighs all terms alike. */
static struct split_terms terms_of(size_t min_own)
{
    struct split_terms t;
    size_t i;

    for (i = 0; i < NTERMS; i++) {
        logdf[i] = 0.6931472f; /* log(1 + 1) */
        anchor[i] = i >= FIRST_ANCHOR;
    }
    t.logdf = logdf;
    t.anchor = anchor;
    t.logn1 = 5.615 + 1.0; /* log(100 + 1) + 1 */
    t.min_own = min_own;
    t.apart_days = 0;
    return t;
}

/* Adds term `id` to member `m` (ids must come in increasing order). */
static void add_term(struct split_member *m, uint32_t id)
{
    m->ids[m->n] = id;
    m->a[m->n++] = 0.2f;
}

/*
 * Member `k` (document k + 1): the six words of the kind of happening
 * (ids 0-5), anchor terms from `first` to `first + nanchors - 1`, and
 * twelve words of its own (ids 100 + 12k ...: for k < 8 no two members
 * share them, so no two are copies).
 */
static void make_member(struct split_member *m, uint32_t k, uint32_t first, uint32_t nanchors,
                        uint32_t lang)
{
    uint32_t i;

    memset(m, 0, sizeof(*m));
    m->doc = k + 1;
    m->lang = lang;
    for (i = 0; i < 6; i++)
        add_term(m, i);
    for (i = 0; i < nanchors; i++)
        add_term(m, first + i);
    for (i = 0; i < 12; i++)
        add_term(m, 100 + (k * 12 + i) % 100);
}

/* Fills `r` with `n` members; member k gets anchors from `first(k)`. */
static void fill_ring(struct split_ring *r, uint32_t n, uint32_t split_at, uint32_t lang_b)
{
    uint32_t k;

    memset(r, 0, sizeof(*r));
    for (k = 0; k < n; k++) {
        struct split_member *m = split_ring_slot(r);
        ASSERT_TRUE(m != NULL);
        if (k < split_at)
            make_member(m, k, FIRST_ANCHOR, 8, 1);
        else
            make_member(m, k, FIRST_ANCHOR + 20, 8, lang_b);
    }
}

TD_TEST(test_split__two_groups_with_names_of_their_own_split)
{
    struct split_terms t = terms_of(CLUSTER_SPLIT_MIN_OWN);
    struct split_ring r;
    bool move[SPLIT_MEMBERS];
    uint32_t k;

    /* Four reports of one happening, then four of another of the same kind. */
    fill_ring(&r, 8, 4, 1);
    ASSERT_TRUE(split_ring_due(&r));
    ASSERT_TRUE(split_decide(&r, &t, move));
    /* The younger part leaves: the part without the first member. */
    for (k = 0; k < 8; k++)
        ASSERT_EQ_INT(move[k], k >= 4);
    split_ring_drop(&r, move);
    ASSERT_EQ_INT(r.n, 4);
    ASSERT_EQ_INT(r.m[3].doc, 4);
    split_ring_release(&r);
}

TD_TEST(test_split__one_happening_is_not_split)
{
    struct split_terms t = terms_of(CLUSTER_SPLIT_MIN_OWN);
    struct split_ring r;
    bool move[SPLIT_MEMBERS];

    /* Eight reports that all carry the same names, each in words of its own. */
    fill_ring(&r, 8, 8, 1);
    ASSERT_TRUE(!split_decide(&r, &t, move));
    split_ring_release(&r);
}

TD_TEST(test_split__too_few_names_of_their_own_is_not_split)
{
    struct split_terms t = terms_of(9);
    struct split_ring r;
    bool move[SPLIT_MEMBERS];

    /* Two groups with 8 names each, where 9 are asked for; 0 turns the test off. */
    fill_ring(&r, 8, 4, 1);
    ASSERT_TRUE(!split_decide(&r, &t, move));
    t.min_own = 0;
    ASSERT_TRUE(!split_decide(&r, &t, move));
    split_ring_release(&r);
}

/*
 * Gives the first `split_at` members of `r` a dateline of day `told` and the
 * others a mention of day `after` (see `struct cluster_doc`).
 */
static void date_ring(struct split_ring *r, uint32_t split_at, int64_t told, int64_t after)
{
    uint32_t k;

    for (k = 0; k < r->n; k++) {
        r->m[k].has_told = k < split_at;
        r->m[k].told_day = told;
        r->m[k].has_after = k >= split_at;
        r->m[k].after_day = after;
    }
}

TD_TEST(test_split__groups_years_apart_split_whatever_their_names)
{
    struct split_terms t = terms_of(9);
    struct split_ring r;
    bool move[SPLIT_MEMBERS];
    uint32_t k;

    /*
     * Two groups with 8 names of their own where 9 are asked for: kept
     * together, unless the first four were written in May 2005 and each of
     * the others mentions January 2009, more than apart_days later.
     */
    fill_ring(&r, 8, 4, 1);
    date_ring(&r, 4, 12923, 14245);
    ASSERT_TRUE(!split_decide(&r, &t, move));
    t.apart_days = CLUSTER_DATE_SPLIT_DAYS;
    ASSERT_TRUE(split_decide(&r, &t, move));
    for (k = 0; k < 8; k++)
        ASSERT_EQ_INT(move[k], k >= 4);
    /*
     * The first group tells 2009, the others mention 2005 and tell nothing:
     * taken as written years before (see the test below), unless one of them
     * tells a day of 2009 too.
     */
    date_ring(&r, 4, 14245, 12923);
    ASSERT_TRUE(split_decide(&r, &t, move));
    r.m[4].has_told = true;
    ASSERT_TRUE(!split_decide(&r, &t, move));
    for (k = 0; k < 8; k++) {
        r.m[k].has_told = k >= 4;
        r.m[k].has_after = k < 4;
        r.m[k].told_day = 12923;
        r.m[k].after_day = 14245;
    }
    ASSERT_TRUE(split_decide(&r, &t, move));
    ASSERT_EQ_INT(move[5], 1);
    ASSERT_EQ_INT(move[0], 0);
    /* A year apart is one happening told later (a trial, an anniversary). */
    date_ring(&r, 4, 12923, 12923 + 365);
    ASSERT_TRUE(!split_decide(&r, &t, move));
    /* Members that tell nothing of their dates are not cut by them. */
    date_ring(&r, 0, 0, 14245);
    ASSERT_TRUE(!split_decide(&r, &t, move));
    split_ring_release(&r);
}

/*
 * Two parts with names of their own, each with a report told before one of
 * the other (first reports and follow-ups of one happening), stay together
 * under apart_days; told one after the other (the second beginning on the
 * first's last day), or not told, they are cut.
 */
TD_TEST(test_split__parts_told_over_the_same_days_stay)
{
    struct split_terms t = terms_of(CLUSTER_SPLIT_MIN_OWN);
    struct split_ring r;
    bool move[SPLIT_MEMBERS];
    uint32_t k;

    fill_ring(&r, 8, 4, 1);
    t.apart_days = CLUSTER_DATE_SPLIT_DAYS;
    for (k = 0; k < 8; k++) {
        r.m[k].has_told = true;
        r.m[k].told_day = 13612 + (k < 4 ? k : k - 3); /* 13612-13615 and 13613-13616 */
    }
    ASSERT_TRUE(!split_decide(&r, &t, move));
    t.apart_days = 0; /* the days are not read */
    ASSERT_TRUE(split_decide(&r, &t, move));
    t.apart_days = CLUSTER_DATE_SPLIT_DAYS;
    for (k = 4; k < 8; k++)
        r.m[k].told_day = 13611 + k; /* 13615-13618: from the first part's last day on */
    ASSERT_TRUE(split_decide(&r, &t, move));
    for (k = 0; k < 8; k++)
        r.m[k].has_told = k < 4; /* the second part tells no day */
    ASSERT_TRUE(split_decide(&r, &t, move));
    for (k = 0; k < 8; k++)
        ASSERT_EQ_INT(move[k], k >= 4);
    split_ring_release(&r);
}

TD_TEST(test_split__undated_group_years_before_a_dated_one_split)
{
    struct split_terms t = terms_of(9);
    struct split_ring r;
    bool move[SPLIT_MEMBERS];
    uint32_t k;

    /*
     * The first four tell no day and mention May 2005 at the latest; the
     * others were written in January 2009: taken as written years apart.
     */
    fill_ring(&r, 8, 4, 1);
    for (k = 0; k < 8; k++) {
        r.m[k].has_told = k >= 4;
        r.m[k].told_day = 14245;
        r.m[k].has_after = k < 4;
        r.m[k].after_day = 12923;
    }
    ASSERT_TRUE(!split_decide(&r, &t, move));
    t.apart_days = CLUSTER_DATE_SPLIT_DAYS;
    ASSERT_TRUE(split_decide(&r, &t, move));
    for (k = 0; k < 8; k++)
        ASSERT_EQ_INT(move[k], k >= 4);
    /* Only one of the other four tells its day: a dated report among undated ones. */
    r.m[5].has_told = r.m[6].has_told = r.m[7].has_told = false;
    ASSERT_TRUE(!split_decide(&r, &t, move));
    /* Two of four are half of them. */
    r.m[5].has_told = true;
    ASSERT_TRUE(split_decide(&r, &t, move));
    /* A member of the first group that tells its day: that group is no guess. */
    r.m[6].has_told = r.m[7].has_told = true;
    r.m[0].has_told = true;
    r.m[0].told_day = 14245 - 30;
    ASSERT_TRUE(!split_decide(&r, &t, move));
    r.m[0].has_told = false;
    /* The latest day mentioned within apart_days of the other group's writing. */
    r.m[2].after_day = 14245 - 400;
    ASSERT_TRUE(!split_decide(&r, &t, move));
    split_ring_release(&r);
}

TD_TEST(test_split__two_languages_are_not_split)
{
    struct split_terms t = terms_of(CLUSTER_SPLIT_MIN_OWN);
    struct split_ring r;
    bool move[SPLIT_MEMBERS];

    /* The same two groups, the second in another language: never cut along languages. */
    fill_ring(&r, 8, 4, 2);
    ASSERT_TRUE(!split_decide(&r, &t, move));
    split_ring_release(&r);
}

/*
 * Fills `r` with eight members in two groups of four: group A (members 0-3)
 * with anchors FIRST_ANCHOR.., dated `day_a`; group B (4-7) with anchors
 * from `first_b`, dated `day_b`. Member k's language is `lang_a[k % 2]` in
 * group A and `lang_b[k % 2]` in group B.
 */
static void multi_ring(struct split_ring *r, uint32_t first_b, int64_t day_a, int64_t day_b,
                       const uint32_t lang_a[2], const uint32_t lang_b[2])
{
    uint32_t k;

    memset(r, 0, sizeof(*r));
    for (k = 0; k < 8; k++) {
        struct split_member *m = split_ring_slot(r);
        ASSERT_TRUE(m != NULL);
        if (k < 4)
            make_member(m, k, FIRST_ANCHOR, 8, lang_a[k % 2]);
        else
            make_member(m, k, first_b, 8, lang_b[k % 2]);
        m->has_date = true;
        m->day = k < 4 ? day_a : day_b;
    }
}

TD_TEST(test_split__two_days_in_several_languages_split)
{
    static const uint32_t both[2] = {1, 2};
    struct split_terms t = terms_of(CLUSTER_SPLIT_MIN_OWN);
    struct split_ring r;
    bool move[SPLIT_MEMBERS];
    uint32_t k;

    /*
     * Two same-kind happenings a day apart, each told in two languages (the
     * same two), each with names of its own: cut, the younger part leaves.
     */
    multi_ring(&r, FIRST_ANCHOR + 20, 20000, 20001, both, both);
    ASSERT_TRUE(split_decide(&r, &t, move));
    for (k = 0; k < 8; k++)
        ASSERT_EQ_INT(move[k], k >= 4);
    split_ring_release(&r);
    /* The same groups on one day: one happening told from two sides. */
    multi_ring(&r, FIRST_ANCHOR + 20, 20000, 20000, both, both);
    ASSERT_TRUE(!split_decide(&r, &t, move));
    split_ring_release(&r);
    /* Undated members: no day to tell them apart. */
    multi_ring(&r, FIRST_ANCHOR + 20, 20000, 20001, both, both);
    for (k = 0; k < 8; k++)
        r.m[k].has_date = k < 4;
    ASSERT_TRUE(!split_decide(&r, &t, move));
    split_ring_release(&r);
}

TD_TEST(test_split__several_languages_sharing_names_or_cut_by_language_stay)
{
    static const uint32_t both[2] = {1, 2}, one[2] = {1, 1}, other[2] = {2, 2};
    struct split_terms t = terms_of(CLUSTER_SPLIT_MIN_OWN);
    struct split_ring r;
    bool move[SPLIT_MEMBERS];

    /* A day apart, but the parts share three names (ids 55-57): more than SPLIT_MULTI_SHARED. */
    multi_ring(&r, FIRST_ANCHOR + 5, 20000, 20001, both, both);
    ASSERT_TRUE(!split_decide(&r, &t, move));
    split_ring_release(&r);
    /* Two shared names are still two happenings. */
    multi_ring(&r, FIRST_ANCHOR + 6, 20000, 20001, both, both);
    ASSERT_TRUE(split_decide(&r, &t, move));
    split_ring_release(&r);
    /* A day apart with names of their own, but each part in a language of its own. */
    multi_ring(&r, FIRST_ANCHOR + 20, 20000, 20001, one, other);
    ASSERT_TRUE(!split_decide(&r, &t, move));
    split_ring_release(&r);
}

/*
 * Across languages, names shared only because one part's reports give them
 * in a clause about the other happening ("a day after X won the women's
 * title", `clause`), or one-digit numbers (a set's "6-4", `digit`), do not
 * hold the two parts together.
 */
TD_TEST(test_split__several_languages_clause_names_and_digits_are_not_shared)
{
    static const uint32_t both[2] = {1, 2};
    struct split_terms t = terms_of(CLUSTER_SPLIT_MIN_OWN);
    struct split_ring r;
    bool move[SPLIT_MEMBERS];
    uint32_t k;

    /* Part B (anchors 54-61) shares four of A's names (54-57): one happening. */
    multi_ring(&r, FIRST_ANCHOR + 4, 20000, 20001, both, both);
    ASSERT_TRUE(!split_decide(&r, &t, move));
    /* B's reports give those four only in a clause about A's happening: cut. */
    for (k = 4; k < 8; k++)
        r.m[k].clause = (uint64_t)0xF << 6; /* terms 6-9: ids 54-57 */
    ASSERT_TRUE(split_decide(&r, &t, move));
    for (k = 0; k < 8; k++)
        ASSERT_EQ_INT(move[k], k >= 4);
    /* Two of them in a clause, two one-digit numbers: cut as well. */
    for (k = 4; k < 8; k++) {
        r.m[k].clause = (uint64_t)0x3 << 6;
        r.m[k].digit = (uint64_t)0xC << 6;
    }
    ASSERT_TRUE(split_decide(&r, &t, move));
    /* The two numbers alone out: two names left shared, SPLIT_MULTI_SHARED, still a cut. */
    for (k = 4; k < 8; k++)
        r.m[k].clause = 0;
    ASSERT_TRUE(split_decide(&r, &t, move));
    for (k = 4; k < 8; k++)
        r.m[k].digit = (uint64_t)0x8 << 6;
    /* One number out: three shared names, one happening. */
    ASSERT_TRUE(!split_decide(&r, &t, move));
    split_ring_release(&r);
    /* In one language the marks change nothing: the shared names still keep it whole. */
    multi_ring(&r, FIRST_ANCHOR + 4, 20000, 20001, (const uint32_t[2]){1, 1},
               (const uint32_t[2]){1, 1});
    for (k = 4; k < 8; k++)
        r.m[k].clause = (uint64_t)0xF << 6;
    ASSERT_TRUE(!split_decide(&r, &t, move));
    split_ring_release(&r);
}

/* Inserts anchor term `id` into member `m`, keeping its ids in increasing order. */
static void insert_term(struct split_member *m, uint32_t id)
{
    uint32_t j;

    for (j = m->n++; j > 0 && m->ids[j - 1] > id; j--) {
        m->ids[j] = m->ids[j - 1];
        m->a[j] = m->a[j - 1];
    }
    m->ids[j] = id;
    m->a[j] = 0.2f;
}

/*
 * Across languages a part's own names may be held by a fifth of the other
 * part's voices (one report of the first final previews the second's
 * players); in one language a tenth.
 */
TD_TEST(test_split__several_languages_own_names_one_preview_allowed)
{
    struct split_terms t = terms_of(CLUSTER_SPLIT_MIN_OWN);
    struct split_ring r;
    bool move[SPLIT_MEMBERS];
    uint32_t k, i;

    for (i = 0; i < 2; i++) {
        memset(&r, 0, sizeof(r));
        /* Five reports of the first happening, three of the second a day later. */
        for (k = 0; k < 8; k++) {
            struct split_member *m = split_ring_slot(&r);
            uint32_t j;
            ASSERT_TRUE(m != NULL);
            make_member(m, k, k < 5 ? FIRST_ANCHOR : FIRST_ANCHOR + 20, 8, i == 0 ? 1 + k % 2 : 1);
            m->has_date = true;
            m->day = k < 5 ? 20000 : 20001;
            /* The first report names seven of the second part's eight names. */
            for (j = 0; k == 0 && j < 7; j++)
                insert_term(m, FIRST_ANCHOR + 20 + j);
        }
        ASSERT_EQ_INT(split_decide(&r, &t, move), i == 0);
        for (k = 0; i == 0 && k < 8; k++)
            ASSERT_EQ_INT(move[k], k >= 5);
        split_ring_release(&r);
    }
}

TD_TEST(test_split__copies_count_as_one_voice)
{
    struct split_terms t = terms_of(CLUSTER_SPLIT_MIN_OWN);
    struct split_ring r;
    bool move[SPLIT_MEMBERS];
    uint32_t k;

    /*
     * Five reports, then three copies of one wire story with names of its
     * own: one voice, too few for a part.
     */
    memset(&r, 0, sizeof(r));
    for (k = 0; k < 8; k++) {
        struct split_member *m = split_ring_slot(&r);
        ASSERT_TRUE(m != NULL);
        if (k < 5)
            make_member(m, k, FIRST_ANCHOR, 8, 1);
        else
            make_member(m, 5, FIRST_ANCHOR + 20, 8, 1);
        m->doc = k + 1;
    }
    ASSERT_TRUE(!split_decide(&r, &t, move));
    split_ring_release(&r);
}

TD_TEST(test_split__ring_keeps_the_latest_members)
{
    struct split_ring a, b;
    uint32_t k;

    memset(&a, 0, sizeof(a));
    memset(&b, 0, sizeof(b));
    for (k = 0; k < SPLIT_MEMBERS + 5; k++) {
        struct split_member *m = split_ring_slot(&a);
        ASSERT_TRUE(m != NULL);
        make_member(m, k, FIRST_ANCHOR, 2, 1);
    }
    ASSERT_EQ_INT(a.n, SPLIT_MEMBERS);
    for (k = 0; k < SPLIT_MEMBERS; k++)
        ASSERT_TRUE(a.m[k].doc > 5);
    /* Absorbing another event's members keeps the latest of both, oldest first. */
    for (k = 0; k < 3; k++) {
        struct split_member *m = split_ring_slot(&b);
        ASSERT_TRUE(m != NULL);
        make_member(m, 100 + k, FIRST_ANCHOR, 2, 1);
    }
    ASSERT_OK(split_ring_absorb(&a, &b));
    ASSERT_EQ_INT(a.n, SPLIT_MEMBERS);
    ASSERT_EQ_INT(a.m[0].doc, 9);
    ASSERT_EQ_INT(a.m[SPLIT_MEMBERS - 1].doc, 103);
    split_ring_release(&a);
    split_ring_release(&b);
}

TD_TEST(test_split__pick_keeps_the_heaviest_terms_in_id_order)
{
    struct {
        uint32_t id;
        float a, q;
    } t[SPLIT_TERMS + 10];
    float scratch[SPLIT_TERMS + 10];
    struct split_member m;
    size_t i;

    /* Terms 0..73 by id; the ten lightest are every seventh one. */
    for (i = 0; i < SPLIT_TERMS + 10; i++) {
        t[i].id = (uint32_t)i;
        t[i].a = 0.1f;
        t[i].q = i % 7 == 0 && i / 7 < 10 ? 0.01f : 1.0f + (float)i;
    }
    split_member_pick(&m, SPLIT_TERMS + 10, &t[0].id, &t[0].a, &t[0].q, sizeof(t[0]), scratch);
    ASSERT_EQ_INT(m.n, SPLIT_TERMS);
    for (i = 0; i < m.n; i++) {
        ASSERT_TRUE(!(m.ids[i] % 7 == 0 && m.ids[i] / 7 < 10));
        if (i > 0)
            ASSERT_TRUE(m.ids[i] > m.ids[i - 1]);
    }
}

/* xorshift64*, so the random rings are the same everywhere. */
static uint64_t rnd(uint64_t *st)
{
    *st ^= *st >> 12;
    *st ^= *st << 25;
    *st ^= *st >> 27;
    return *st * 0x2545F4914F6CDD1Du;
}

/*
 * The cosines as the pair-by-pair merge of two members' lists defines
 * them: the shared terms in increasing id order, the lower member's weight
 * first in each product.
 */
static void ref_similarities(const struct split_ring *r, const struct split_terms *t,
                             double sim[SPLIT_MEMBERS][SPLIT_MEMBERS])
{
    double norm[SPLIT_MEMBERS];
    uint32_t i, j, k;

    for (i = 0; i < r->n; i++) {
        double s = 0.0;
        for (k = 0; k < r->m[i].n; k++) {
            double w = r->m[i].a[k] * (t->logn1 - t->logdf[r->m[i].ids[k]]);
            s += w * w;
        }
        norm[i] = sqrt(s);
    }
    for (i = 0; i < r->n; i++) {
        sim[i][i] = 1.0;
        for (j = i + 1; j < r->n; j++) {
            const struct split_member *a = &r->m[i], *b = &r->m[j];
            double dot = 0.0;
            uint32_t x = 0, y = 0;
            while (x < a->n && y < b->n) {
                if (a->ids[x] < b->ids[y]) {
                    x++;
                } else if (b->ids[y] < a->ids[x]) {
                    y++;
                } else {
                    double idf = t->logn1 - t->logdf[a->ids[x]];
                    dot += (double)a->a[x] * b->a[y] * idf * idf;
                    x++;
                    y++;
                }
            }
            sim[i][j] = sim[j][i] = norm[i] > 0 && norm[j] > 0 ? dot / (norm[i] * norm[j]) : 0.0;
        }
    }
}

/* How many of split_similarities()' cosines on `r` differ in a bit from ref_similarities()'. */
static size_t similarities_differ(const struct split_ring *r, const struct split_terms *t)
{
    double got[SPLIT_MEMBERS][SPLIT_MEMBERS], want[SPLIT_MEMBERS][SPLIT_MEMBERS];
    size_t i, j, bad = 0;

    split_similarities(r, t, got);
    ref_similarities(r, t, want);
    for (i = 0; i < r->n; i++)
        for (j = 0; j < r->n; j++)
            bad += memcmp(&got[i][j], &want[i][j], sizeof(double)) != 0;
    return bad;
}

/*
 * split_similarities() equals the pairwise merge bit for bit on random
 * rings: 1 to 24 members of 0 to 64 increasing ids drawn from vocabularies
 * of 70 to 300,000 terms (from members that share most terms to members
 * that share none), random weights and IDFs.
 */
TD_TEST(test_split__similarities_equal_the_pairwise_merge)
{
    static float df[300000];
    static struct split_member mem[SPLIT_MEMBERS];
    struct split_ring r = {mem, 0, SPLIT_MEMBERS, 0, 0};
    struct split_terms t = terms_of(0);
    uint64_t st = 0x5B1175EEDu;
    size_t round, i, bad = 0;

    for (i = 0; i < sizeof(df) / sizeof(df[0]); i++)
        df[i] = (float)(rnd(&st) % 1000) / 100.0f;
    t.logdf = df;
    t.logn1 = 11.5;
    for (round = 0; round < 3000; round++) {
        uint32_t vocab = (uint32_t)(70 + rnd(&st) % (round % 3 == 0 ? 100 : 300000 - 70));
        r.n = (uint32_t)(1 + rnd(&st) % SPLIT_MEMBERS);
        for (i = 0; i < r.n; i++) {
            uint32_t want_n = (uint32_t)(rnd(&st) % (SPLIT_TERMS + 1)), id = 0;
            mem[i].n = 0;
            /* Increasing ids: each the last plus a random step. */
            while (mem[i].n < want_n) {
                id += (uint32_t)(1 + rnd(&st) % (vocab / SPLIT_TERMS + 1));
                if (id >= vocab)
                    break;
                mem[i].ids[mem[i].n] = id;
                mem[i].a[mem[i].n++] = (float)(rnd(&st) % 1000 + 1) / 1000.0f;
            }
        }
        bad += similarities_differ(&r, &t);
    }
    ASSERT_EQ_INT(bad, 0);
}

/*
 * The id table is sized by the ring (more than twice its terms): a member
 * of 20 ids that all hash to the last slot of the smallest table (64 slots)
 * and a second member sharing every other one still give the pairwise merge's
 * values, the probes wrapping round the table's end; so does a full ring
 * of distinct ids (the largest table, under half full).
 */
TD_TEST(test_split__similarities_with_colliding_ids_and_a_full_ring)
{
    static float df[1u << 16];
    static struct split_member mem[SPLIT_MEMBERS];
    double got[SPLIT_MEMBERS][SPLIT_MEMBERS];
    struct split_ring r = {mem, 0, SPLIT_MEMBERS, 0, 0};
    struct split_terms t = terms_of(0);
    uint32_t id, i, j;
    size_t bad = 0;

    for (i = 0; i < sizeof(df) / sizeof(df[0]); i++)
        df[i] = (float)(i % 97) / 10.0f;
    t.logdf = df;
    t.logn1 = 11.5;
    /* Ids whose hash lands on the table's last slot (63): every probe wraps to 0. */
    mem[0].n = mem[1].n = 0;
    for (id = 1; id < sizeof(df) / sizeof(df[0]) && mem[0].n < 20; id++) {
        if (((id * 0x9E3779B1u) >> 26) != 63)
            continue;
        mem[0].ids[mem[0].n] = id;
        mem[0].a[mem[0].n] = 0.1f + 0.01f * (float)mem[0].n;
        if (++mem[0].n % 2 == 0) {
            mem[1].ids[mem[1].n] = id;
            mem[1].a[mem[1].n] = 0.5f - 0.01f * (float)mem[1].n;
            mem[1].n++;
        }
    }
    ASSERT_EQ_INT(mem[0].n, 20); /* 30 terms: 64 slots */
    r.n = 2;
    split_similarities(&r, &t, got);
    ASSERT_TRUE(got[0][1] > 0.0);
    bad += similarities_differ(&r, &t);
    /* A full ring, SPLIT_MEMBERS x SPLIT_TERMS ids, each member's own. */
    for (i = 0; i < SPLIT_MEMBERS; i++) {
        mem[i].n = SPLIT_TERMS;
        for (j = 0; j < SPLIT_TERMS; j++) {
            mem[i].ids[j] = 7 + 3 * (j * SPLIT_MEMBERS + i);
            mem[i].a[j] = 0.125f;
        }
    }
    r.n = SPLIT_MEMBERS;
    bad += similarities_differ(&r, &t);
    ASSERT_EQ_INT(bad, 0);
}

/* ---- Through the clustering state ---- */

/*
 * Report `k` of a happening of one kind (a storm), with names `first` ...
 * `first + 7` ("@nX") and words of its own.
 */
static void report(char *buf, size_t cap, unsigned k, unsigned first)
{
    int n = snprintf(buf, cap, "storm flood river rain levee town storm flood");
    unsigned i;

    for (i = 0; i < 8 && n > 0 && (size_t)n < cap; i++)
        n += snprintf(buf + n, cap - (size_t)n, " @n%u", first + i);
    for (i = 0; i < 6 && n > 0 && (size_t)n < cap; i++)
        n += snprintf(buf + n, cap - (size_t)n, " own%u", k * 10 + i);
}

/*
 * Puts reports 0..6 in event 1 as a replay would (`second` of them, the
 * latest, about another storm), then assigns report 7 so that the pass
 * (every 8 articles) runs. `*n_out` is the number of moves the pass made.
 */
static void run_event(unsigned second, size_t *n_out, int64_t *moved_into, uint64_t *first_moved)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    const struct cluster_move *mv;
    char buf[512];
    size_t n, i;
    int64_t story;
    unsigned k;

    cluster_event_opts(&o);
    o.merge_every_docs = 8;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    for (k = 0; k < 8; k++) {
        struct cluster_vec v;
        struct cluster_doc d;
        report(buf, sizeof(buf), k, k + second >= 8 ? 100 : 0);
        ASSERT_OK(words_vec(&v, buf));
        d = cluster_doc_of(&v, false, 0, "en");
        if (k < 7)
            ASSERT_OK(cluster_add(cs, &d, 1, NULL));
        else
            ASSERT_OK(cluster_assign(cs, &d, &story, NULL, NULL));
        cluster_vec_release(&v);
    }
    cluster_take_moves(cs, &mv, &n);
    *moved_into = n > 0 ? mv[0].into : 0;
    *first_moved = n > 0 ? mv[0].doc : 0;
    for (i = 0; i < n; i++) {
        ASSERT_EQ_INT(mv[i].from, 1);
        ASSERT_EQ_INT(mv[i].into, *moved_into);
    }
    /* The document just placed ends where the moves say. */
    if (n > 0 && mv[n - 1].doc == 8)
        ASSERT_EQ_INT(story, *moved_into);
    cluster_free(cs);
    *n_out = n;
}

TD_TEST(test_split__pass_moves_the_younger_part_to_a_new_event)
{
    int64_t into = 0;
    uint64_t first = 0;
    size_t n = 0;

    /*
     * Five reports of one storm, then three of another with names of its
     * own (the last one may start an event of its own when it is placed).
     */
    run_event(3, &n, &into, &first);
    ASSERT_TRUE(n >= 2);
    ASSERT_TRUE(into >= 2);
    ASSERT_EQ_INT(first, 6);
}

TD_TEST(test_split__pass_leaves_a_coherent_event)
{
    int64_t into = 0;
    uint64_t first = 0;
    size_t n = 1;

    run_event(0, &n, &into, &first);
    ASSERT_EQ_INT(n, 0);
}

/*
 * Puts eight reports that share all their names in event 1 as
 * run_event() does, the first five written in May 2005 (a dateline), the
 * last three about a quake in words of their own and each mentioning
 * January 2009; `*n_out` is the number of moves the pass made.
 */
static void run_dated_event(bool date_split, size_t *n_out)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    const struct cluster_move *mv;
    char buf[512];
    int64_t story;
    unsigned k;

    cluster_event_opts(&o);
    o.merge_every_docs = 8;
    o.date_split = date_split;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    for (k = 0; k < 8; k++) {
        struct cluster_vec v;
        struct cluster_doc d;
        report(buf, sizeof(buf), k, 0);
        if (k >= 5)
            (void)snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf),
                           " quake tremor rubble aftershock");
        ASSERT_OK(words_vec(&v, buf));
        ASSERT_OK(cluster_vec_set_days(&v, k < 5, 12923, k >= 5, 14245));
        d = cluster_doc_of(&v, false, 0, "en");
        ASSERT_TRUE(d.has_told == (k < 5) && d.has_after == (k >= 5));
        if (k < 7)
            ASSERT_OK(cluster_add(cs, &d, 1, NULL));
        else
            ASSERT_OK(cluster_assign(cs, &d, &story, NULL, NULL));
        cluster_vec_release(&v);
    }
    cluster_take_moves(cs, &mv, n_out);
    cluster_free(cs);
}

TD_TEST(test_split__pass_cuts_an_event_years_apart_with_date_split)
{
    size_t n = 1;

    /* The same names all through: without the option the event stays whole. */
    run_dated_event(false, &n);
    ASSERT_EQ_INT(n, 0);
    run_dated_event(true, &n);
    ASSERT_TRUE(n >= 2);
}

TD_TEST(test_split__allocation_failure_is_reported)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    enum td_err rc = TD_ERR_NOMEM;
    char buf[512];
    int n;

    cluster_event_opts(&o);
    o.merge_every_docs = 8;
    /* Fails the Nth allocation of the call that runs the split pass, N = 0, 1, ... */
    for (n = 0; rc != TD_OK; n++) {
        struct cluster_state *cs;
        const struct cluster_move *mv;
        struct td_error err;
        struct cluster_vec v;
        struct cluster_doc d;
        int64_t story = 0;
        size_t moved = 0;
        unsigned k;
        ASSERT_OK(cluster_new(&o, &cs, NULL));
        for (k = 0; k < 7; k++) {
            report(buf, sizeof(buf), k, k >= 5 ? 100 : 0);
            ASSERT_OK(words_vec(&v, buf));
            d = cluster_doc_of(&v, false, 0, "en");
            ASSERT_OK(cluster_add(cs, &d, 1, NULL));
            cluster_vec_release(&v);
        }
        report(buf, sizeof(buf), 7, 100);
        ASSERT_OK(words_vec(&v, buf));
        d = cluster_doc_of(&v, false, 0, "en");
        alloc_fail_after(n);
        rc = cluster_assign(cs, &d, &story, NULL, &err);
        alloc_fail_after(-1);
        cluster_vec_release(&v);
        ASSERT_TRUE(rc == TD_OK || (rc == TD_ERR_NOMEM && err.code == TD_ERR_NOMEM));
        if (rc == TD_OK) {
            cluster_take_moves(cs, &mv, &moved);
            ASSERT_TRUE(moved >= 2);
        }
        cluster_free(cs);
    }
    ASSERT_TRUE(n > 1);
}

/* ---- Replaying what cluster_assign() did (cluster_replay) ---- */

/* Documents of the replay test: two storms of five reports each, then more of both. */
#define REPLAY_DOCS 20

/* Report `k` of the replay test: storm one (names 0..7) or storm two (names 100..107). */
static enum td_err replay_doc(struct cluster_vec *v, unsigned k, struct cluster_doc *d)
{
    static const unsigned second[REPLAY_DOCS] = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1,
                                                 0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
    char buf[512];
    enum td_err rc;

    report(buf, sizeof(buf), k, second[k] ? 100 : 0);
    rc = words_vec(v, buf);
    *d = cluster_doc_of(v, false, 0, "en");
    return rc;
}

/* Options of the replay test: a pass every 8 documents, and a threshold both storms pass. */
static void replay_opts(struct cluster_opts *o)
{
    cluster_event_opts(o);
    o->merge_every_docs = 8;
    o->threshold = 0.05;
}

TD_TEST(test_split__replay_redoes_the_live_placements)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *live, *again;
    int64_t joined[REPLAY_DOCS], ended[REPLAY_DOCS], story = 0;
    bool changed[REPLAY_DOCS];
    size_t moves = 0, quiet = 0;
    unsigned k;

    replay_opts(&o);
    ASSERT_OK(cluster_new(&o, &live, NULL));
    ASSERT_OK(cluster_new(&o, &again, NULL));
    ASSERT_EQ_INT(cluster_last_joined(live), 0);
    for (k = 0; k < REPLAY_DOCS; k++) {
        struct cluster_vec v;
        struct cluster_doc d;
        const struct cluster_move *mv;
        const int64_t *from, *into;
        size_t n, nmerged;
        ASSERT_OK(replay_doc(&v, k, &d));
        ASSERT_OK(cluster_assign(live, &d, &ended[k], NULL, NULL));
        joined[k] = cluster_last_joined(live);
        cluster_take_moves(live, &mv, &n);
        cluster_take_merges(live, &from, &into, &nmerged);
        moves += n;
        changed[k] = n + nmerged > 0;
        quiet += (k + 1) % 8 == 0 && !changed[k];
        cluster_vec_release(&v);
    }
    /* The stream is one where a split happens, after which both storms grow apart. */
    ASSERT_TRUE(moves >= 2);
    ASSERT_TRUE(ended[10] != ended[11]);
    /* Some passes changed nothing: the replay only does their bookkeeping. */
    ASSERT_TRUE(quiet >= 1);
    /*
     * Rebuilt from the joined stories (and whether each pass changed
     * anything) alone, the state ends every document where live did.
     */
    for (k = 0; k < REPLAY_DOCS; k++) {
        struct cluster_vec v;
        struct cluster_doc d;
        ASSERT_OK(replay_doc(&v, k, &d));
        ASSERT_OK(cluster_replay(again, &d, joined[k], changed[k], &story, NULL));
        ASSERT_EQ_INT(story, ended[k]);
        ASSERT_EQ_INT(cluster_last_joined(again), joined[k]);
        cluster_vec_release(&v);
    }
    ASSERT_EQ_INT(cluster_story_count(again), cluster_story_count(live));
    /* And a new document is placed the same way by both. */
    for (k = 0; k < 2; k++) {
        struct cluster_vec v;
        struct cluster_doc d;
        int64_t a = 0, b = 0;
        ASSERT_OK(replay_doc(&v, 10 + k, &d));
        ASSERT_OK(cluster_assign(live, &d, &a, NULL, NULL));
        ASSERT_OK(cluster_assign(again, &d, &b, NULL, NULL));
        ASSERT_EQ_INT(a, b);
        ASSERT_EQ_INT(cluster_last_joined(live), cluster_last_joined(again));
        cluster_vec_release(&v);
    }
    cluster_free(live);
    cluster_free(again);
}

TD_TEST(test_split__replay_refuses_a_story_it_could_not_have_joined)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    struct cluster_vec v;
    struct cluster_doc d;
    struct td_error err;
    int64_t story = -1;

    replay_opts(&o);
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    ASSERT_OK(replay_doc(&v, 0, &d));
    ASSERT_EQ_INT(cluster_replay(cs, &d, 0, true, &story, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(err.code, TD_ERR_INVALID);
    /* Past the next new story: a gap a live stream never leaves. */
    ASSERT_EQ_INT(cluster_replay(cs, &d, 2, true, &story, &err), TD_ERR_INVALID);
    ASSERT_TRUE(strstr(err.msg, "'2'") != NULL || strstr(err.msg, " 2 ") != NULL);
    ASSERT_EQ_INT(story, -1);
    ASSERT_EQ_INT(cluster_doc_count(cs), 0);
    ASSERT_OK(cluster_replay(cs, &d, 1, false, &story, NULL));
    ASSERT_EQ_INT(story, 1);
    cluster_vec_release(&v);
    cluster_free(cs);
}

/* ---- A lone report's second look after a cut (merge_pass()) ---- */

/*
 * Four reports of one storm (names @n0...) in event 1, dated day 0; the
 * lone report `lone` of it on day `day` in event 2; three reports of
 * another storm (names @n100...) in event 1, the last placed by
 * cluster_assign() so that the pass (every 8 articles) runs. With
 * `merge_early_threshold` at `early`. `*cut`: the split pass cut event 1;
 * `*merged`: event 2 merged into event 1.
 */
static void run_lone(const char *lone, int day, double early, bool *cut, bool *merged)
{
    struct cluster_opts o = CLUSTER_OPTS_INIT;
    struct cluster_state *cs;
    const struct cluster_move *mv;
    const int64_t *from, *into;
    char buf[512];
    size_t n, nm;
    int64_t story;
    unsigned k;

    cluster_event_opts(&o);
    o.merge_every_docs = 8;
    o.merge_early_threshold = early;
    ASSERT_OK(cluster_new(&o, &cs, NULL));
    for (k = 0; k < 8; k++) {
        struct cluster_vec v;
        struct cluster_doc d;
        if (k == 4)
            (void)snprintf(buf, sizeof(buf), "%s", lone);
        else
            report(buf, sizeof(buf), k, k > 4 ? 100 : 0);
        ASSERT_OK(words_vec(&v, buf));
        d = cluster_doc_of(&v, true, 1757635200 + (int64_t)(k == 4 ? day : 0) * 86400, "en");
        if (k < 7)
            ASSERT_OK(cluster_add(cs, &d, k == 4 ? 2 : 1, NULL));
        else
            ASSERT_OK(cluster_assign(cs, &d, &story, NULL, NULL));
        cluster_vec_release(&v);
    }
    cluster_take_moves(cs, &mv, &n);
    cluster_take_merges(cs, &from, &into, &nm);
    *cut = n > 0 && mv[0].from == 1;
    *merged = nm == 1 && from[0] == 2 && into[0] == 1;
    cluster_free(cs);
}

/*
 * The lone report names three of the storm's eight names and one of its
 * own: against event 1 with the other storm's reports in it, it scores
 * under its bar of 0.4 (0.28); once the split pass has cut them out, its
 * second look meets the storm's own part at 0.37, over the early bar
 * (0.33), and it merges, the day after. Not with the rule off
 * (`merge_early_threshold` 0), a bar over its score, or three days later.
 */
TD_TEST(test_split__a_lone_report_looks_again_at_the_event_just_cut)
{
    static const char *const lone = "storm @n0 @n1 @n2 @n50";
    bool cut, merged;

    run_lone(lone, 1, CLUSTER_MERGE_EARLY_THRESHOLD, &cut, &merged);
    ASSERT_TRUE(cut);
    ASSERT_TRUE(merged);
    run_lone(lone, 1, 0.0, &cut, &merged);
    ASSERT_TRUE(cut);
    ASSERT_TRUE(!merged);
    run_lone(lone, 1, 0.38, &cut, &merged);
    ASSERT_TRUE(cut);
    ASSERT_TRUE(!merged);
    run_lone(lone, 3, CLUSTER_MERGE_EARLY_THRESHOLD, &cut, &merged);
    ASSERT_TRUE(cut);
    ASSERT_TRUE(!merged);
}
