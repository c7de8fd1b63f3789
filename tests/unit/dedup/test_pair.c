/*
 * test_pair.c - tests of src/dedup/pair.c, the pair test at flag time: two
 * pages that share only a block of lines are no copies, a rewrite that keeps
 * the block is, furniture lines are no shared content, a copy whose lines
 * were run together is still one, one-sentence reports that share a name
 * phrase are not, nor are two fillings of one frame with other figures,
 * and OOM.
 */
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "dedup/dedup.h"
#include "test.h"

/* Two different reports by one site, and a light rewrite of the first. */
static const char *report_a =
    "The harbour board of Kessling voted on Monday to close the old north pier to lorries.\n\n"
    "Divers found last week that two of its wooden piles had rotted through.\n\n"
    "Fishing boats may still tie up there until the repairs start in the spring.";
static const char *rewrite_a =
    "The harbour board in Kessling voted on Monday to shut the old north pier to lorries.\n\n"
    "Divers found last week that two of its wooden piles had rotted right through.\n\n"
    "Fishing boats may still tie up there until repairs start in spring.";
static const char *report_b =
    "A new night bus will link Kessling station with the airport from June, the transport "
    "office said.\n\n"
    "It will run every forty minutes between midnight and five and cost the same as a day "
    "ticket.";
/* A site's block of lines, as long as a report: most of either page. */
static const char *block =
    "\n\nMore in Local: Council keeps the Sunday market | Zoo names its new otter | Rail fares "
    "rise in March | Library opens on Sundays\n\n"
    "Most read: 1. Five soups for a cold night 2. Why phones drain in winter 3. Local club "
    "signs a goalkeeper on loan\n\n"
    "We use cookies to make this site work. By reading on you accept them and our privacy "
    "notice.\n\n"
    "(c) 2031 Kessling Evening Star. All rights reserved.";

/* The answer for `a` against `b`; a failure (none is expected) answers neither. */
static int pair(const struct dedup_furniture *f, const char *a, const char *b)
{
    bool is_copy = false;

    if (dedup_pair_is_copy(f, a, b, &is_copy) != TD_OK)
        return -1;
    return is_copy;
}

static void page(char *out, size_t n, const char *body)
{
    snprintf(out, n, "%s%s", body, block);
}

TD_TEST(test_pair__shared_block_is_no_copy)
{
    char a[2048], b[2048], ra[2048];

    page(a, sizeof(a), report_a);
    page(b, sizeof(b), report_b);
    page(ra, sizeof(ra), rewrite_a);
    /* No table: the block is not known as furniture, and the rest decides. */
    ASSERT_TRUE(0 == pair(NULL, b, a));
    ASSERT_TRUE(0 == pair(NULL, a, b));
    ASSERT_TRUE(1 == pair(NULL, ra, a));
    ASSERT_TRUE(1 == pair(NULL, a, a));
    /* Without their block, the two reports still differ, and the rewrite is a copy. */
    ASSERT_TRUE(0 == pair(NULL, report_b, report_a));
    ASSERT_TRUE(1 == pair(NULL, rewrite_a, report_a));
    /* A rewrite on another site's page (no common lines) is a copy too. */
    ASSERT_TRUE(1 == pair(NULL, ra, report_a));
}

TD_TEST(test_pair__furniture_is_no_shared_content)
{
    struct dedup_furniture *f;
    struct dedup_lines lines;
    char a[2048], flash[2048];
    int i;

    /* A flash too short for its rest to count: only the table tells its block from content. */
    page(a, sizeof(a), report_a);
    page(flash, sizeof(flash), "Kessling airport closed by fog on Tuesday morning.");
    ASSERT_TRUE(1 == pair(NULL, flash, a));
    ASSERT_OK(dedup_furniture_new(0, &f, NULL));
    for (i = 0; i < DEDUP_FURN_MIN_ARTICLES; i++) {
        dedup_lines_of(block, &lines);
        dedup_furniture_add(f, &lines);
    }
    ASSERT_TRUE(0 == pair(f, flash, a));
    ASSERT_TRUE(0 == pair(f, block, a)); /* nothing but furniture */
    ASSERT_TRUE(1 == pair(f, a, a));
    dedup_furniture_free(f);
}

TD_TEST(test_pair__lines_run_together)
{
    char one_line[1024];
    size_t i;

    /* A copy whose paragraphs became one line shares no line with its original. */
    snprintf(one_line, sizeof(one_line), "%s", rewrite_a);
    for (i = 0; one_line[i] != '\0'; i++)
        if (one_line[i] == '\n')
            one_line[i] = ' ';
    ASSERT_TRUE(1 == pair(NULL, one_line, report_a));
    ASSERT_TRUE(0 == pair(NULL, one_line, report_b));
    ASSERT_TRUE(0 == pair(NULL, "", report_a));
    ASSERT_TRUE(0 == pair(NULL, NULL, NULL));
}

/*
 * One outlet's one-sentence reports of two happenings three months apart:
 * they share a name phrase and a standing description (containment 7 of 24
 * shingles, over the 0.2 the first rule asks), but less than half the
 * words of either lie in runs the other has. A light rewrite of the first
 * is a copy.
 */
static const char *lens_moved =
    "The old lighthouse lens of Kessling Point, rebuilt from 312 brass prisms, was carried "
    "overnight from the harbour workshop to the new Maritime Museum of Kessling.";
static const char *lens_shown =
    "Three months after its move, the old lighthouse lens of Kessling Point went on show at "
    "the Maritime Museum of Kessling, beside the first lens.";
static const char *lens_moved_rewrite =
    "The old lighthouse lens of Kessling Point, rebuilt from 312 brass prisms, was moved "
    "overnight from the harbour workshop to the new Maritime Museum in Kessling.";

TD_TEST(test_pair__shared_phrase_is_no_copy)
{
    ASSERT_TRUE(0 == pair(NULL, lens_shown, lens_moved));
    ASSERT_TRUE(0 == pair(NULL, lens_moved, lens_shown));
    ASSERT_TRUE(1 == pair(NULL, lens_moved_rewrite, lens_moved));
    ASSERT_TRUE(1 == pair(NULL, lens_moved, lens_moved_rewrite));
}

/*
 * A frame one outlet fills in every week: nearly all the words are shared,
 * but the figures are not, so the two are two happenings. The same figures
 * (in any thousands spelling) make a copy, and a number on a line the two
 * do not share (a page's "related" headline) does not count.
 */
TD_TEST(test_pair__numbers_tell_happenings_apart)
{
    static const char *week1 = "Kessling Rovers beat Harbour Town 3-1 in the northern league on "
                               "Saturday, with two goals from their captain before a crowd of "
                               "4,200 at the old ground.";
    static const char *week2 = "Kessling Rovers beat Harbour Town 2-0 in the northern league on "
                               "Saturday, with two goals from their captain before a crowd of "
                               "3,900 at the old ground.";
    static const char *week1_again = "Kessling Rovers beat Harbour Town 3-1 in the northern "
                                     "league on Saturday, two goals coming from their captain "
                                     "before a crowd of 4 200 at the old ground.";
    static const char *crowd = "A crowd of 4,200 saw Kessling Rovers beat Harbour Town in the "
                               "northern league on Saturday at the old ground.";
    static const char *crowd_again = "A crowd of 4200 watched Kessling Rovers beat Harbour Town "
                                     "in the northern league on Saturday at the old ground.";
    static const char *crowd_other = "A crowd of 3900 watched Kessling Rovers beat Harbour Town "
                                     "in the northern league on Saturday at the old ground.";
    static const char *no_score = "Kessling Rovers beat Harbour Town in the northern league on "
                                  "Saturday, with two goals from their captain before a big "
                                  "crowd at the old ground.";
    char a[1024], b[1024];

    ASSERT_TRUE(0 == pair(NULL, week2, week1));
    ASSERT_TRUE(1 == pair(NULL, week1_again, week1));
    ASSERT_TRUE(1 == pair(NULL, crowd_again, crowd)); /* "4,200" is "4200" */
    ASSERT_TRUE(0 == pair(NULL, crowd_other, crowd));
    /* A copy may leave figures out. */
    ASSERT_TRUE(1 == pair(NULL, no_score, week1));
    snprintf(a, sizeof(a), "%s\n\nRelated: 5 things to see in Kessling this spring", no_score);
    snprintf(b, sizeof(b), "%s\n\nRelated: Harbour Town sign 2 young goalkeepers", no_score);
    ASSERT_TRUE(1 == pair(NULL, a, b));
    snprintf(b, sizeof(b), "%s\n\nRelated: Harbour Town sign 2 young goalkeepers", week1);
    ASSERT_TRUE(1 == pair(NULL, a, b));
}

TD_TEST(test_pair__oom)
{
    char a[2048], ra[2048];
    bool is_copy = false;
    long n;
    enum td_err rc = TD_ERR_NOMEM;

    page(a, sizeof(a), report_a);
    page(ra, sizeof(ra), rewrite_a);
    for (n = 0; rc == TD_ERR_NOMEM; n++) {
        alloc_fail_after(n);
        rc = dedup_pair_is_copy(NULL, ra, a, &is_copy);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || (rc == TD_ERR_NOMEM && !is_copy));
    }
    ASSERT_TRUE(n > 1);
    ASSERT_TRUE(is_copy);
}
