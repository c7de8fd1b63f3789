/*
 * test_timex_r14.c - tests of the temporal tagger's round-14 rules (src/
 * extract/timex_en.c, block "round 14", and the story day of a bare clock
 * time in timex.c): recall and extents of general kinds of English time
 * expression. Each row: language, text, reference date and the expected
 * `nth` timex of the text (-1: the last one; a NULL span: none).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* "the same day" is the day the story is at, else the reference */
    {"en", "The army attacked on March 3, 2012. The rebels fled the same day.", "2013-03-22", 1,
     "the same day", "DATE", "2012-03-03"},
    {"en", "He arrived that same week.", "2013-03-22", 0, "that same week", "DATE", "2013-W12"},
    {"en", "On the same day, the army attacked.", "2013-03-22", 0, "the same day", "DATE",
     "2013-03-22"},
    /* ... "the same time" is no unit */
    {"en", "At the same time, prices fell.", "2013-03-22", 0, NULL, NULL, NULL},
    /* a bare plural before "after" or "away", after "been" */
    {"en", "The ruling came hours after the vote.", "2013-03-22", 0, "hours", "DURATION",
     "PTXH"},
    {"en", "The plan is still years away.", "2013-03-22", 0, "years", "DURATION", "PXY"},
    {"en", "It had been weeks since the last attack.", "2013-03-22", 0, "weeks", "DURATION",
     "PXW"},
    /* ... not before "before" (TBAQ values those as dates) */
    {"en", "Police saw the car in the days before the shooting.", "2013-03-22", 0, NULL, NULL,
     NULL},
    /* the early morning hours of a day */
    {"en", "He arrived in the early morning hours of Sunday.", "2013-03-22", 0,
     "the early morning hours of Sunday", "DATE", "2013-03-17"},
    {"en", "It hit in the early morning hours of March 5.", "2013-03-22", 0,
     "the early morning hours of March 5", "DATE", "2013-03-05"},
    /* a run of units */
    {"en", "The market has rallied for five straight days.", "2013-03-22", 0,
     "five straight days", "DURATION", "P5D"},
    {"en", "Sales fell for three consecutive quarters.", "2013-03-22", 0,
     "three consecutive quarters", "DURATION", "P9M"},
    /* a quarter of a century */
    {"en", "He has lived there for a quarter of a century.", "2013-03-22", 0,
     "a quarter of a century", "DURATION", "P25Y"},
    {"en", "It took nearly a quarter century.", "2013-03-22", 0, "nearly a quarter century",
     "DURATION", "P25Y"},
    /* "over" before a count and "ago" */
    {"en", "The company was sold just over a year ago.", "2013-03-22", 0, "over a year ago",
     "DATE", "2012"},
    {"en", "The war has lasted for well over a decade.", "2013-03-22", 0, "over a decade",
     "DURATION", "P10Y"},
    /* a vague count of times */
    {"en", "He travels to China several times a year.", "2013-03-22", 0,
     "several times a year", "SET", "P1Y"},
    {"en", "She calls a few times a week.", "2013-03-22", 0, "a few times a week", "SET",
     "P1W"},
    /* "that time" after a preposition */
    {"en", "At that time, nobody knew.", "2013-03-22", 0, "that time", "DATE", "PAST_REF"},
    {"en", "At the time, nobody knew.", "2013-03-22", 0, NULL, NULL, NULL},
    /* a count of times with its adverb, every other weekday */
    {"en", "Take the pill twice daily.", "2013-03-22", 0, "twice daily", "SET", "P1D"},
    {"en", "The board meets every other Tuesday.", "2013-03-22", 0, "every other Tuesday",
     "SET", "XXXX-WXX-2"},
    /* midnight or noon on a weekday */
    {"en", "The strike will start at midnight on Sunday.", "2013-03-22", 0,
     "midnight on Sunday", "TIME", "2013-03-24T24:00"},
    /* a quarter named by its months */
    {"en", "Growth was slow in the July-September quarter.", "2013-03-22", 0,
     "the July-September quarter", "DATE", "2012-Q3"},
    {"en", "Exports rose in the Jan.-March quarter.", "2013-05-22", 0,
     "the Jan.-March quarter", "DATE", "2013-Q1"},
    /* ... "the April-June period" stays two months (it need not be a quarter) */
    {"en", "Exports rose in the April-June period.", "2013-07-22", 0, "April", "DATE",
     "2013-04"},
    /* the final quarter of a year */
    {"en", "Sales rose in the final quarter of 2012.", "2013-03-22", 0,
     "the final quarter of 2012", "DATE", "2012-Q4"},
    {"en", "The plant opens in the last quarter of next year.", "2013-03-22", 0,
     "the last quarter of next year", "DATE", "2014-Q4"},
    /* ... "last quarter" alone is unchanged */
    {"en", "Sales rose last quarter.", "2013-03-22", 0, "last quarter", "DATE", "2012-Q4"},
    /* a clock time with its part of the day */
    {"en", "The meeting is at 8:30 in the morning.", "2013-03-22", 0, "8:30 in the morning",
     "TIME", "2013-03-22T08:30"},
    {"en", "The attack started at 3 in the afternoon.", "2013-03-22", 0, "3 in the afternoon",
     "TIME", "2013-03-22T15:00"},
    /* ... on the day the story is at, named in an earlier sentence */
    {"en", "The storm hit on March 5. It ended at 10 at night.", "2013-03-22", 1,
     "10 at night", "TIME", "2013-03-05T22:00"},
    /* ... a bare hour without "at" is no time */
    {"en", "He scored 3 in the afternoon session.", "2013-03-22", 0, NULL, NULL, NULL},
    /* "the following two years" */
    {"en", "He spent the following two years in exile.", "2013-03-22", 0,
     "the following two years", "DURATION", "P2Y"},
    /* what is left of a period */
    {"en", "Sales will be weak for the rest of the year.", "2013-03-22", 0,
     "the rest of the year", "DATE", "2013"},
    {"en", "The plant stays shut for the remainder of next month.", "2013-03-22", 0,
     "the remainder of next month", "DATE", "2013-04"},
    {"en", "Cuts are planned for the balance of 2014.", "2013-03-22", 0,
     "the balance of 2014", "DATE", "2014"},
    /* a season of a year a word names */
    {"en", "The program was launched in the fall of last year.", "2013-03-22", 0,
     "the fall of last year", "DATE", "2012-FA"},
    {"en", "It opens in the early summer of next year.", "2013-03-22", 0,
     "the early summer of next year", "DATE", "2014-SU"},
    /* ... "the fall of" an empire is none */
    {"en", "He wrote about the fall of Rome.", "2013-03-22", 0, NULL, NULL, NULL},
    /* ... "the rest of the world" is no time */
    {"en", "It told the rest of the world.", "2013-03-22", 0, NULL, NULL, NULL},
};

TD_TEST(test_timex_r14__rules)
{
    TIMEX_CHECK_ALL(cases);
}
