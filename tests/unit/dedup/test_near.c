/*
 * test_near.c - tests of src/dedup/minhash.c and near.c: signatures are
 * case- and punctuation-blind, a light rewrite is found and a different
 * text is not, short bodies are not indexed, the window evicts, the age rule
 * evicts old days, OOM, the heap copy of a long id at a pointer's
 * alignment, and the date rule of a copy.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "dedup/dedup.h"
#include "dedup/dedup_int.h"
#include "test.h"

static const char *orig =
    "The old iron bridge in Oskarby was closed to traffic on Tuesday after inspectors found "
    "cracks in two of its girders. The council said repairs would take at least six weeks and "
    "that buses would be diverted over the ring road. Shop owners on the east bank fear a quiet "
    "summer, and the ferry company has offered to run an extra boat in the mornings.";
static const char *rewrite =
    "The old iron bridge in Oskarby was shut to traffic on Tuesday after engineers found "
    "cracks in two of its steel girders. The council said repairs would take six weeks and "
    "that buses would be diverted over the ring road. Shop owners on the east bank fear a quiet "
    "summer; the ferry company offered to run an extra boat in the mornings.";
static const char *other =
    "Engineers in Oskarby have reopened one lane of the iron bridge after a week of closure. "
    "Cars may cross at walking pace while the damaged girders are replaced, the mayor told "
    "reporters, and the extra ferry will keep running until the end of the month.";

TD_TEST(test_near__case_and_punctuation_blind)
{
    struct dedup_near *nx;
    struct dedup_sig a, b;

    ASSERT_OK(dedup_near_new(0, &nx, NULL));
    dedup_near_sig(nx, "The Bridge, closed: in OSKARBY today!", &a);
    dedup_near_sig(nx, "the bridge closed in oskarby today", &b);
    ASSERT_EQ_INT(a.shingles, 4);
    ASSERT_TRUE(memcmp(a.h, b.h, sizeof(a.h)) == 0);
    dedup_near_sig(nx, NULL, &a);
    ASSERT_EQ_INT(a.shingles, 0);
    dedup_near_free(nx);
}

TD_TEST(test_near__rewrite_found_other_not)
{
    struct dedup_near *nx;
    struct dedup_sig s;
    int64_t story = 0;
    int m = 0;
    const char *id;

    ASSERT_OK(dedup_near_new(0, &nx, NULL));
    dedup_near_sig(nx, orig, &s);
    ASSERT_TRUE(dedup_near_find(nx, &s, &story, NULL) == NULL);
    ASSERT_OK(dedup_near_add(nx, &s, "a1", 7, NULL));
    dedup_near_sig(nx, rewrite, &s);
    id = dedup_near_find(nx, &s, &story, &m);
    ASSERT_TRUE(id != NULL);
    ASSERT_STREQ(id, "a1");
    ASSERT_EQ_INT(story, 7);
    ASSERT_TRUE(m >= DEDUP_NEAR_MIN_MATCHES);
    dedup_near_sig(nx, other, &s);
    ASSERT_TRUE(dedup_near_find(nx, &s, &story, NULL) == NULL);
    dedup_near_free(nx);
}

TD_TEST(test_near__short_bodies_not_indexed)
{
    struct dedup_near *nx;
    struct dedup_sig s;
    int64_t story = 0;

    ASSERT_OK(dedup_near_new(0, &nx, NULL));
    dedup_near_sig(nx, "Crews walked out at dawn.", &s);
    ASSERT_OK(dedup_near_add(nx, &s, "short", 1, NULL));
    ASSERT_TRUE(dedup_near_find(nx, &s, &story, NULL) == NULL);
    dedup_near_free(nx);
}

TD_TEST(test_near__window_evicts_oldest)
{
    struct dedup_near *nx;
    struct dedup_sig s;
    int64_t story = 0;
    char body[512], id[16];
    int i;

    ASSERT_OK(dedup_near_new(3, &nx, NULL));
    for (i = 0; i < 5; i++) {
        (void)snprintf(body, sizeof(body), "%s Number %d of %d %d %d.", orig, i, i * 7, i * 11, i);
        (void)snprintf(id, sizeof(id), "d%d", i);
        dedup_near_sig(nx, i == 0 ? other : body, &s);
        ASSERT_OK(dedup_near_add(nx, &s, id, i, NULL));
    }
    dedup_near_sig(nx, other, &s);
    ASSERT_TRUE(dedup_near_find(nx, &s, &story, NULL) == NULL);
    dedup_near_sig(nx, orig, &s);
    ASSERT_TRUE(dedup_near_find(nx, &s, &story, NULL) != NULL);
    ASSERT_TRUE(story >= 2);
    dedup_near_free(nx);
}

TD_TEST(test_near__oom)
{
    struct dedup_near *nx = NULL;
    struct dedup_sig s;
    struct td_error err;
    long n;
    enum td_err rc = TD_ERR_NOMEM;

    for (n = 0; rc == TD_ERR_NOMEM; n++) {
        ASSERT_OK(dedup_near_new(0, &nx, NULL));
        dedup_near_sig(nx, orig, &s);
        alloc_fail_after(n);
        rc = dedup_near_add(nx, &s, "a1", 1, &err);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        dedup_near_free(nx);
    }
    ASSERT_OK(rc);
}

TD_TEST(test_near__signature_round_trip)
{
    struct dedup_near *nx;
    struct dedup_sig a, b;
    unsigned char buf[DEDUP_SIG_BYTES];

    ASSERT_OK(dedup_near_new(0, &nx, NULL));
    dedup_near_sig(nx,
                   "A ferry strike halted crossings between Vell and Oskarby on Monday "
                   "as crews walked out over pay and rosters.",
                   &a);
    dedup_sig_serialize(&a, buf);
    memset(&b, 0, sizeof(b));
    ASSERT_OK(dedup_sig_parse(&b, buf, sizeof(buf)));
    ASSERT_EQ_INT(b.shingles, a.shingles);
    ASSERT_TRUE(memcmp(a.h, b.h, sizeof(a.h)) == 0);
    ASSERT_EQ_INT(dedup_sig_parse(&b, buf, sizeof(buf) - 1), TD_ERR_PARSE);
    dedup_near_free(nx);
}

/* A deterministic generator for signatures (xorshift64*). */
static uint64_t next_rand(uint64_t *st)
{
    *st ^= *st >> 12;
    *st ^= *st << 25;
    *st ^= *st >> 27;
    return *st * 0x2545F4914F6CDD1Du;
}

/*
 * Signature `i` of a synthetic stream: every fourth one is a variant of an
 * earlier one (about 60 of 128 values kept), the others are random.
 */
static void synth_sig(struct dedup_sig *sigs, size_t i, uint64_t *st)
{
    size_t k;

    sigs[i].shingles = 50;
    if (i % 4 == 3) {
        size_t from = (size_t)(next_rand(st) % i);
        for (k = 0; k < DEDUP_NEAR_HASHES; k++)
            sigs[i].h[k] = next_rand(st) % 100 < 47 ? sigs[from].h[k] : (uint16_t)next_rand(st);
        return;
    }
    for (k = 0; k < DEDUP_NEAR_HASHES; k++)
        sigs[i].h[k] = (uint16_t)next_rand(st);
}

/* The answer `dedup_near_find` must give, by comparing with every doc in the window. */
static long brute_find(const struct dedup_sig *sigs, size_t added, size_t window,
                       const struct dedup_sig *q)
{
    size_t i = added > window ? added - window : 0, k;
    long best = -1;
    int best_n = DEDUP_NEAR_MIN_MATCHES - 1;

    for (; i < added; i++) {
        int n = 0;
        bool band = false;
        for (k = 0; k < DEDUP_NEAR_HASHES; k++)
            n += sigs[i].h[k] == q->h[k];
        for (k = 0; k < DEDUP_NEAR_BANDS && !band; k++)
            band = memcmp(sigs[i].h + k * DEDUP_NEAR_ROWS, q->h + k * DEDUP_NEAR_ROWS,
                          DEDUP_NEAR_ROWS * sizeof(uint16_t)) == 0;
        if (band && n > best_n) {
            best = (long)i;
            best_n = n;
        }
    }
    return best_n >= DEDUP_NEAR_MIN_MATCHES ? best : -1;
}

/*
 * The index against a brute-force scan of the window, through ring growth
 * (window 3,000 > the first ring of 1,024) and eviction (window 700): the
 * same article is found for every query, so deleting evicted entries never
 * hides a live one.
 */
TD_TEST(test_near__matches_brute_force)
{
    static const size_t windows[] = {700, 3000};
    enum { N = 4000 };
    struct dedup_sig *sigs = td_calloc(N, sizeof(*sigs));
    size_t w, i;

    ASSERT_TRUE(sigs != NULL);
    for (w = 0; w < sizeof(windows) / sizeof(windows[0]); w++) {
        struct dedup_near *nx;
        uint64_t st = 0x9E3779B97F4A7C15u;
        size_t found = 0;
        ASSERT_OK(dedup_near_new(windows[w], &nx, NULL));
        for (i = 0; i < N; i++) {
            char id[32];
            int64_t story = -1;
            const char *got;
            long want;
            synth_sig(sigs, i, &st);
            want = brute_find(sigs, i, windows[w], &sigs[i]);
            got = dedup_near_find(nx, &sigs[i], &story, NULL);
            if (want < 0) {
                ASSERT_TRUE(got == NULL);
            } else {
                ASSERT_TRUE(got != NULL);
                ASSERT_EQ_INT(story, want);
                found++;
            }
            (void)snprintf(id, sizeof(id), "s%zu", i);
            ASSERT_OK(dedup_near_add(nx, &sigs[i], id, (int64_t)i, NULL));
        }
        dedup_near_free(nx);
        /* Of the 1,000 variants, those whose source is still in the window are found. */
        ASSERT_TRUE(found >= (w == 0 ? 100u : 500u));
    }
    td_free(sigs);
}

/* Memory: about 800 bytes per article once the ring is full, and none for evicted ones. */
TD_TEST(test_near__bytes_per_article)
{
    enum { W = 4096 };
    struct dedup_near *nx;
    struct dedup_sig s;
    uint64_t st = 42;
    size_t i, k, bytes;

    ASSERT_OK(dedup_near_new(W, &nx, NULL));
    ASSERT_TRUE(dedup_near_bytes(nx) < 256);
    s.shingles = 50;
    for (i = 0; i < 3 * W; i++) {
        for (k = 0; k < DEDUP_NEAR_HASHES; k++)
            s.h[k] = (uint16_t)next_rand(&st);
        ASSERT_OK(dedup_near_add(nx, &s, "an-id-of-twenty-bytes", (int64_t)i, NULL));
        if (i + 1 == W / 2)
            ASSERT_TRUE(dedup_near_bytes(nx) <= (size_t)W / 2 * 810);
    }
    bytes = dedup_near_bytes(nx);
    ASSERT_TRUE(bytes >= (size_t)W * 790);
    ASSERT_TRUE(bytes <= (size_t)W * 810);
    dedup_near_free(nx);
}

/* Ids too long to keep inline go to the heap and come back intact. */
TD_TEST(test_near__long_ids)
{
    static const char *long_id = "https://news.example/2025/03/14/a-rather-long-article-slug";
    struct dedup_near *nx;
    struct dedup_sig s;
    int64_t story = 0;
    const char *got;

    ASSERT_OK(dedup_near_new(2, &nx, NULL));
    dedup_near_sig(nx, orig, &s);
    ASSERT_OK(dedup_near_add(nx, &s, long_id, 1, NULL));
    dedup_near_sig(nx, other, &s);
    ASSERT_OK(dedup_near_add(nx, &s, "1234567890123456789012", 2, NULL)); /* 22: inline */
    dedup_near_sig(nx, rewrite, &s);
    got = dedup_near_find(nx, &s, &story, NULL);
    ASSERT_TRUE(got != NULL);
    ASSERT_STREQ(got, long_id);
    dedup_near_sig(nx, other, &s);
    ASSERT_STREQ(dedup_near_find(nx, &s, &story, NULL), "1234567890123456789012");
    /* A third article evicts the long id, which is freed (ASan would see a leak). */
    dedup_near_sig(nx, orig, &s);
    s.h[0] ^= 1;
    ASSERT_OK(dedup_near_add(nx, &s, "c", 3, NULL));
    dedup_near_sig(nx, rewrite, &s);
    ASSERT_STREQ(dedup_near_find(nx, &s, &story, NULL), "c");
    dedup_near_free(nx);
}

/*
 * Allocation failures while the ring grows: the new article is not indexed,
 * and the index holds the earlier ones (the ring could not grow) or none
 * (the new tables could not be had); it works again at the next add.
 */
TD_TEST(test_near__oom_on_growth)
{
    static const char *long_id = "an-id-that-is-too-long-to-be-inline";
    struct dedup_near *nx;
    struct dedup_sig s;
    uint64_t st = 7;
    int64_t story = 0;
    size_t i, k;
    long n;
    enum td_err rc = TD_ERR_NOMEM;

    ASSERT_OK(dedup_near_new(0, &nx, NULL));
    s.shingles = 50;
    for (i = 0; i < 1024; i++) {
        for (k = 0; k < DEDUP_NEAR_HASHES; k++)
            s.h[k] = (uint16_t)next_rand(&st);
        ASSERT_OK(dedup_near_add(nx, &s, "x", (int64_t)i, NULL));
    }
    /* The 1,025th article doubles the ring: fail each allocation in turn. */
    for (n = 0; rc == TD_ERR_NOMEM; n++) {
        alloc_fail_after(n);
        rc = dedup_near_add(nx, &s, long_id, 5000, NULL);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        if (rc == TD_OK)
            break;
        /* Never a half-built index: the earlier article is found as itself, or nothing is. */
        story = -1;
        if (dedup_near_find(nx, &s, &story, NULL) != NULL)
            ASSERT_EQ_INT(story, 1023);
    }
    ASSERT_OK(rc);
    ASSERT_TRUE(n > 1);
    /* The add that worked indexed the new article (ties go to the oldest one left). */
    ASSERT_TRUE(dedup_near_find(nx, &s, &story, NULL) != NULL);
    ASSERT_TRUE(story == 1023 || story == 5000);
    /* An emptied index takes articles again. */
    s.h[0] ^= 0x5555;
    ASSERT_OK(dedup_near_add(nx, &s, "y", 6000, NULL));
    ASSERT_TRUE(dedup_near_find(nx, &s, &story, NULL) != NULL);
    dedup_near_free(nx);
}

/* A window past what the slots can address is clamped, not wrapped. */
TD_TEST(test_near__window_clamped)
{
    struct dedup_near *nx;

    ASSERT_OK(dedup_near_new((size_t)1 << 40, &nx, NULL));
    ASSERT_EQ_INT((long)nx->window, 1048574);
    dedup_near_free(nx);
    ASSERT_OK(dedup_near_new(0, &nx, NULL));
    ASSERT_EQ_INT((long)nx->window, DEDUP_NEAR_WINDOW);
    dedup_near_free(nx);
}

/* A random signature: far from every other one, so its own article. */
static void random_sig(struct dedup_sig *s, uint64_t *st)
{
    size_t k;

    s->shingles = 50;
    for (k = 0; k < DEDUP_NEAR_HASHES; k++)
        s->h[k] = (uint16_t)next_rand(st);
}

/* Whether the article with signature `s` is found as story `story`. */
static bool found_as(const struct dedup_near *nx, const struct dedup_sig *s, int64_t story)
{
    int64_t got = -1;

    return dedup_near_find(nx, s, &got, NULL) != NULL && got == story;
}

/*
 * The age rule: past `keep` articles, those dated more than `max_days`
 * before the newest leave, oldest first, down to `keep - 1`; an undated
 * article counts as dated on the newest day.
 */
TD_TEST(test_near__age_evicts_old_days)
{
    struct dedup_near *nx;
    struct dedup_sig s[7];
    static const int64_t day[7] = {0, 0, 0, 0, 10, 40, 0};
    uint64_t st = 7;
    int i;

    ASSERT_OK(dedup_near_new(0, &nx, NULL));
    dedup_near_set_age(nx, 4, 30);
    for (i = 0; i < 5; i++) {
        random_sig(&s[i], &st);
        ASSERT_OK(dedup_near_add_dated(nx, &s[i], "x", i, true, day[i], NULL));
    }
    /* Day 10 is within 30 days of day 0: five articles, none evicted. */
    for (i = 0; i < 5; i++)
        ASSERT_TRUE(found_as(nx, &s[i], i));
    random_sig(&s[5], &st);
    ASSERT_OK(dedup_near_add_dated(nx, &s[5], "x", 5, true, day[5], NULL));
    /* Day 40: articles 0 and 1 (day 0) leave; 2 stays, the index being down to keep - 1. */
    ASSERT_TRUE(!found_as(nx, &s[0], 0));
    ASSERT_TRUE(!found_as(nx, &s[1], 1));
    for (i = 2; i < 6; i++)
        ASSERT_TRUE(found_as(nx, &s[i], i));
    /* Undated: it counts as day 40, so article 2 (day 0) leaves, not itself. */
    random_sig(&s[6], &st);
    ASSERT_OK(dedup_near_add_dated(nx, &s[6], "x", 6, false, day[6], NULL));
    ASSERT_TRUE(!found_as(nx, &s[2], 2));
    for (i = 3; i < 7; i++)
        ASSERT_TRUE(found_as(nx, &s[i], i));
    dedup_near_free(nx);
}

/* Without the rule (the default) and with `keep` 0, dates change nothing. */
TD_TEST(test_near__age_rule_off)
{
    struct dedup_near *nx;
    struct dedup_sig s[3];
    uint64_t st = 9;
    int i;

    ASSERT_OK(dedup_near_new(0, &nx, NULL));
    dedup_near_set_age(nx, 0, 1);
    for (i = 0; i < 3; i++) {
        random_sig(&s[i], &st);
        ASSERT_OK(dedup_near_add_dated(nx, &s[i], "x", i, true, (int64_t)i * 1000, NULL));
    }
    for (i = 0; i < 3; i++)
        ASSERT_TRUE(found_as(nx, &s[i], i));
    dedup_near_free(nx);
}

/*
 * After age evictions the live articles wrap around the ring's end; when
 * recent ones then fill it, it grows and every one is still found.
 */
TD_TEST(test_near__age_then_growth_keeps_every_article)
{
    enum { OLD = 1500, NEW = 2500, KEEP = 8 };
    struct dedup_near *nx;
    struct dedup_sig *s = td_calloc(NEW, sizeof(*s)), old;
    uint64_t st = 11;
    size_t live = 0;
    int i;

    ASSERT_TRUE(s != NULL);
    ASSERT_OK(dedup_near_new(0, &nx, NULL));
    dedup_near_set_age(nx, KEEP, 0);
    for (i = 0; i < OLD; i++) {
        random_sig(&old, &st);
        ASSERT_OK(dedup_near_add_dated(nx, &old, "old", i, true, i, NULL));
    }
    ASSERT_TRUE(nx->first != 0);
    for (i = 0; i < NEW; i++) {
        random_sig(&s[i], &st);
        ASSERT_OK(dedup_near_add_dated(nx, &s[i], "new", OLD + i, true, OLD, NULL));
    }
    ASSERT_TRUE(nx->ring_cap >= NEW);
    for (i = 0; i < NEW; i++)
        live += found_as(nx, &s[i], OLD + i);
    ASSERT_EQ_INT(live, NEW);
    ASSERT_TRUE(!found_as(nx, &old, OLD - 1));
    dedup_near_free(nx);
    td_free(s);
}

/*
 * A long id's heap copy is held only by the pointer inside `id`: it must sit
 * at a pointer's alignment in every doc of the ring, or a leak checker
 * (LeakSanitizer scans aligned words only) takes the copies of a live index
 * for leaks, as fuzz_pipeline's engine, kept to the end, showed.
 */
TD_TEST(test_near__long_id_pointer_aligned)
{
    ASSERT_EQ_INT(offsetof(struct near_doc, id) % _Alignof(char *), 0);
    ASSERT_EQ_INT(sizeof(struct near_doc) % _Alignof(char *), 0);
}

/* The story found for `s` under the date rule, looked for on `day` (or undated); -1: none. */
static int64_t found_dated(const struct dedup_near *nx, const struct dedup_sig *s, bool has_day,
                           int64_t day)
{
    int64_t got = -1;

    return dedup_near_find_dated(nx, s, has_day, day, &got) != NULL ? got : -1;
}

/*
 * The date rule: an article dated more than `max_days` from the one looked
 * for is passed over, before or after it, and the best of the others comes
 * back; an undated side, or the rule off, finds as dedup_near_find() does.
 */
TD_TEST(test_near__copy_days)
{
    struct dedup_near *nx;
    struct dedup_sig o, r;

    ASSERT_OK(dedup_near_new(0, &nx, NULL));
    dedup_near_sig(nx, orig, &o);
    dedup_near_sig(nx, rewrite, &r);
    /* The original itself on day 100, the rewrite (a weaker match) on day 200. */
    ASSERT_OK(dedup_near_add_dated(nx, &o, "o", 1, true, 100, NULL));
    ASSERT_OK(dedup_near_add_dated(nx, &r, "r", 2, true, 200, NULL));
    ASSERT_EQ_INT(found_dated(nx, &o, true, 195), 1); /* rule off: the best match */
    dedup_near_set_copy_days(nx, 30);
    ASSERT_EQ_INT(found_dated(nx, &o, true, 130), 1);
    ASSERT_EQ_INT(found_dated(nx, &o, true, 70), 1);
    ASSERT_EQ_INT(found_dated(nx, &o, true, 195), 2); /* day 100 is too far before: the rewrite */
    ASSERT_EQ_INT(found_dated(nx, &r, true, 200), 2);
    ASSERT_EQ_INT(found_dated(nx, &r, true, 100), 1);  /* day 200 is too far after: the original */
    ASSERT_EQ_INT(found_dated(nx, &o, true, 131), -1); /* both too far */
    ASSERT_EQ_INT(found_dated(nx, &o, false, 0), 1);
    /* An undated article in the index has no date to be far from. */
    ASSERT_OK(dedup_near_add_dated(nx, &o, "u", 3, false, 0, NULL));
    ASSERT_EQ_INT(found_dated(nx, &o, true, 131), 3);
    dedup_near_set_copy_days(nx, 0);
    ASSERT_EQ_INT(found_dated(nx, &o, true, 131), 1);
    dedup_near_free(nx);
}
