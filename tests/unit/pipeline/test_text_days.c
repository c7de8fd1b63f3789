/*
 * test_text_days.c - tests of src/pipeline/text_days.c: a dateline opening
 * the first line gives the day the text was written, the latest year or
 * date it mentions outside talk of the future bounds it from below, and a
 * text without dates gives nothing. The texts are written for this test.
 */
#include <string.h>

#include "core/time.h"
#include "pipeline/text_days.h"
#include "test.h"

static void read_text(const char *text, struct text_days *d)
{
    text_days_read(text, strlen(text), "en", d);
}

TD_TEST(test_text_days__dateline_and_latest_mention)
{
    struct text_days d;

    read_text("March 14, 2011\nThe ferry Aldwyn ran aground off the harbour wall. "
              "It had last been refitted in 2004.",
              &d);
    ASSERT_TRUE(d.has_told);
    ASSERT_EQ_INT(d.told_day, time_days_from_civil(2011, 3, 14));
    /* Written on its dateline's day, it was written on or after it. */
    ASSERT_TRUE(d.has_after);
    ASSERT_EQ_INT(d.after_day, time_days_from_civil(2011, 3, 14));
    read_text("Posted: 03/14/2011 9:05 am\nThe ferry Aldwyn ran aground.", &d);
    ASSERT_TRUE(d.has_told);
    ASSERT_EQ_INT(d.told_day, time_days_from_civil(2011, 3, 14));
}

TD_TEST(test_text_days__no_dateline_the_latest_year_bounds)
{
    struct text_days d;

    /* A date in the first sentence of a paragraph is no dateline. */
    read_text("Divers said on 3 June 2009 that the wreck had moved. The mill closed in 1987, "
              "and the bridge over the estuary was rebuilt in 1996.\nMore later.",
              &d);
    ASSERT_TRUE(!d.has_told);
    ASSERT_TRUE(d.has_after);
    ASSERT_EQ_INT(d.after_day, time_days_from_civil(2009, 6, 1)); /* to the month */
}

TD_TEST(test_text_days__plans_and_numbers_do_not_count)
{
    struct text_days d;

    /* A plan is no mention of the past; 3000 and 12345 are no years. */
    read_text("The council will open the new pier in 2031. About 3000 people live there, "
              "in 12345 homes.",
              &d);
    ASSERT_TRUE(!d.has_told && !d.has_after);
    read_text("Nothing here tells a date at all.", &d);
    ASSERT_TRUE(!d.has_told && !d.has_after);
    read_text("", &d);
    ASSERT_TRUE(!d.has_told && !d.has_after);
}

TD_TEST(test_text_days__the_dateline_bounds_whatever_the_text_says_later)
{
    struct text_days d;

    /* Written in 2012, the text names a release date the wording does not mark as a plan. */
    read_text("April 2, 2012\nThe studio set November 22, 2014 as the release date of the sequel.",
              &d);
    ASSERT_TRUE(d.has_told);
    ASSERT_EQ_INT(d.told_day, time_days_from_civil(2012, 4, 2));
    ASSERT_TRUE(d.has_after);
    ASSERT_EQ_INT(d.after_day, d.told_day);
}

TD_TEST(test_text_days__the_latest_year_wins_in_any_order)
{
    struct text_days d;

    /* A plan in the latest year, then the latest past year; the first sentence of it bounds. */
    read_text("Talks will resume in 2030. The mill closed in 1990. The pier opened in March 2016. "
              "Repairs ended in May 2016. Floods hit the town in 2012.",
              &d);
    ASSERT_TRUE(!d.has_told && d.has_after);
    ASSERT_EQ_INT(d.after_day, time_days_from_civil(2016, 3, 1));
}
