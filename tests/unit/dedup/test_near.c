/*
 * test_near.c - tests of src/dedup/minhash.c and near.c: signatures are
 * case- and punctuation-blind, a light rewrite is found and a different
 * text is not, short bodies are not indexed, the window evicts, and OOM.
 */
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "dedup/dedup.h"
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
    dedup_near_sig(nx, "A ferry strike halted crossings between Vell and Oskarby on Monday "
                       "as crews walked out over pay and rosters.", &a);
    dedup_sig_serialize(&a, buf);
    memset(&b, 0, sizeof(b));
    ASSERT_OK(dedup_sig_parse(&b, buf, sizeof(buf)));
    ASSERT_EQ_INT(b.shingles, a.shingles);
    ASSERT_TRUE(memcmp(a.h, b.h, sizeof(a.h)) == 0);
    ASSERT_EQ_INT(dedup_sig_parse(&b, buf, sizeof(buf) - 1), TD_ERR_PARSE);
    dedup_near_free(nx);
}
