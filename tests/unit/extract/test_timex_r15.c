/*
 * test_timex_r15.c - tests of the temporal tagger's round-15 changes: no
 * match runs over a sentence break (src/extract/timex_match.c,
 * `sentence_break`), plural present verbs of a scheduled event and the
 * working-day sets (src/extract/timex_en.c). Each row: language, text,
 * reference date and the expected `nth` timex of the text (-1: the last
 * one; a NULL span: none).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* a month that ends a sentence does not take the next one's "The first" */
    {"en", "New powers are promised by January. The first minister resigned.", "2014-09-19", 0,
     "January", "DATE", "2015-01"},
    {"en", "New powers are promised by January.\nThe first minister resigned.", "2014-09-19", 0,
     "January", "DATE", "2015-01"},
    /* ... nor does a line break go inside a timex */
    {"en", "The vote is on Tuesday\nnight owls stayed up.", "2014-09-19", 0, "Tuesday", "DATE",
     "2014-09-23"},
    /* ... while a capital after an abbreviation's stop still does */
    {"en", "Polls closed at 5 p.m. EST Tuesday.", "2014-09-19", 0, "5 p.m. EST Tuesday", "TIME",
     "2014-09-16T17:00"},
    {"en", "The parade is on St. Patrick's Day.", "2014-09-19", 0, "St. Patrick's Day", "DATE",
     "2014-03-17"},
    {"en", "It was signed on March the first.", "2014-09-19", 0, "March the first", "DATE",
     "2014-03-01"},
    /* plural present verbs of a scheduled event look ahead, as the singular does */
    {"en", "The two clubs meet again Tuesday night.", "2022-07-04", 0, "Tuesday night", "DATE",
     "2022-07-05TNI"},
    {"en", "The Yankees play Boston on Thursday.", "2022-07-04", 0, "Thursday", "DATE",
     "2022-07-07"},
    {"en", "Talks resume Friday in Geneva.", "2022-07-04", 0, "Friday", "DATE", "2022-07-08"},
    /* ... but after a modal or "to" the word before decides */
    {"en", "Talks should resume in August.", "1998-03-04", 0, "August", "DATE", "1998-08"},
    {"en", "The leaders will meet Tuesday.", "2022-07-06", 0, "Tuesday", "DATE", "2022-07-12"},
    /* ... a past verb still looks back */
    {"en", "The two clubs met Tuesday night.", "2022-07-04", 0, "Tuesday night", "DATE",
     "2022-06-28TNI"},
    /* "since" looks back for a month without a year */
    {"en", "He has been in custody since his arrest in March.", "2013-11-25", 0, "March", "DATE",
     "2013-03"},
    /* a half of the year as an adjective of results, not of a game */
    {"en", "The bank said first-half profit doubled.", "2013-08-01", 0, "first-half", "DATE",
     "2013-H1"},
    {"en", "Second-half sales are expected to improve.", "2013-08-01", 0, "Second-half", "DATE",
     "2013-H2"},
    {"en", "He scored a second-half goal.", "2013-08-01", 0, NULL, NULL, NULL},
    /* the second of two vague stretches */
    {"en", "Aid will be needed for months, if not years.", "2023-02-07", 1, "years", "DURATION",
     "PXY"},
    {"en", "Repairs could take weeks or even months.", "2023-02-07", -1, "months", "DURATION",
     "PXM"},
    /* working days as a set */
    {"en", "The market is open every weekday.", "2025-01-15", 0, "every weekday", "SET",
     "XXXX-WXX-WD"},
    {"en", "The office is staffed on weekdays.", "2025-01-15", 0, "weekdays", "SET", "XXXX-WXX-WD"},
};

TD_TEST(test_timex_r15__rules)
{
    TIMEX_CHECK_ALL(cases);
}
