/*
 * test_timex_r10.c - tests of the temporal tagger's round-10 rules (src/
 * extract/timex*.c): the extents of English timexes (what TimeML puts inside
 * a TIMEX3) and the leftovers of round 9. Each row: language, text,
 * reference date and the expected `nth` timex of the text (-1: the last one).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case extents[] = {
    /* an "of"-phrase before a decade or a century is in the extent */
    {"en", "Sales grew through the end of the 1990s.", "2022-01-07", 0, "the end of the 1990s",
     "DATE", "199"},
    {"en", "In the first half of the 1980s, prices rose.", "2022-01-07", 0,
     "the first half of the 1980s", "DATE", "198"},
    {"en", "Sales were flat in the last half of the '80s, he said.", "2022-01-07", 0,
     "the last half of the '80s", "DATE", "198"},
    {"en", "At the start of the 20th century, the town was small.", "2022-01-07", 0,
     "the start of the 20th century", "DATE", "19"},
    {"en", "By the end of the nineteenth century it had grown.", "2022-01-07", 0,
     "the end of the nineteenth century", "DATE", "18"},
    /* ... but not a preposition before it */
    {"en", "Prices fell since the mid-1990s.", "2022-01-07", 0, "the mid-1990s", "DATE", "199"},
    /* a count left open is one timex, valued by its first count */
    {"en", "The repair took a day or two.", "2022-01-07", 0, "a day or two", "DURATION", "P1D"},
    {"en", "In a year or two, it may pay off.", "2022-01-07", 0, "a year or two", "DURATION",
     "P1Y"},
    {"en", "He came a week or two ago.", "2022-01-07", 0, "a week or two ago", "DATE",
     "2021-W52"},
    /* n and a half written with hyphens */
    {"en", "He spent two-and-a-half years there.", "2022-01-07", 0, "two-and-a-half years",
     "DURATION", "P2Y6M"},
    {"en", "After a two-and-a-half-hour wait, it opened.", "2022-01-07", 0,
     "two-and-a-half-hour", "DURATION", "PT2H30M"},
    /* n and a half after "the past" or "more than" */
    {"en", "Over the past year and a half, it grew.", "2013-03-21", 0,
     "the past year and a half", "DURATION", "P1Y6M"},
    {"en", "In the last two and a half years it grew.", "2013-03-21", 0,
     "the last two and a half years", "DURATION", "P2Y6M"},
    {"en", "He waited more than a year and a half.", "2013-03-21", 0,
     "more than a year and a half", "DURATION", "P1Y6M"},
    {"en", "It took at least two and a half hours.", "2013-03-21", 0,
     "at least two and a half hours", "DURATION", "PT2H30M"},
    {"en", "It opened more than a year and a half ago.", "2013-03-21", 0,
     "more than a year and a half ago", "DATE", "2011-09"},
    /* the week or the weekend of a holiday */
    {"en", "Pilgrims prayed as Easter week began.", "2000-04-17", 0, "Easter week", "DATE",
     "2000-W16"},
    {"en", "Over the Labor Day weekend, traffic rose.", "2000-04-17", 0,
     "the Labor Day weekend", "DATE", "1999-W35-WE"},
    {"en", "The Thanksgiving weekend was busy.", "2000-04-17", 0, "The Thanksgiving weekend",
     "DATE", "1999-W47-WE"},
    /* ... not another unit after it */
    {"en", "The Christmas quarter was strong.", "2000-04-17", 0, "Christmas", "DATE",
     "1999-12-25"},
    /* a weekday of a named week, two units back, a span from today */
    {"en", "It rained on Tuesday of last week.", "2013-03-21", 0, "Tuesday of last week", "DATE",
     "2013-03-12"},
    {"en", "It opens Monday of next week.", "2013-03-21", 0, "Monday of next week", "DATE",
     "2013-03-25"},
    {"en", "It rained the week before last.", "2013-03-21", 0, "the week before last", "DATE",
     "2013-W10"},
    {"en", "It rained the year before last, too.", "2013-03-21", 0, "the year before last",
     "DATE", "2011"},
    {"en", "It opens a week from today.", "2013-03-21", 0, "a week from today", "DATE",
     "2013-W13"},
    /* ... not the day before a named day */
    {"en", "The day before last Tuesday it rained.", "2013-03-21", 0, "last Tuesday", "DATE",
     "2013-03-19"},
    /* a clock hour with its day and part of the day */
    {"en", "It was 10 o'clock Friday night.", "2022-01-07", 0, "10 o'clock Friday night", "TIME",
     "2022-01-07T22:00"},
    {"en", "He came at nine o'clock on Tuesday morning.", "2022-01-07", 0,
     "nine o'clock on Tuesday morning", "TIME", "2022-01-04T09:00"},
    /* a weekday with its day of the month */
    {"en", "It opens on Tuesday the 26th.", "2013-03-21", 0, "Tuesday the 26th", "DATE",
     "2013-03-26"},
    {"en", "It opened on Friday, the 15th.", "2013-03-21", 0, "Friday, the 15th", "DATE",
     "2013-03-15"},
    /* "the early hours of Sunday" whole, valued as the day */
    {"en", "The fire broke out in the early hours of Sunday.", "2022-01-07", 0,
     "the early hours of Sunday", "DATE", "2022-01-02"},
    {"en", "It happened in the early hours of Jan. 2, police said.", "2022-01-07", 0,
     "the early hours of Jan. 2", "DATE", "2022-01-02"},
    /* ... but a part of the day after it keeps TBAQ's "Thursday morning" */
    {"en", "He was arrested in the early hours of Thursday morning.", "2022-01-07", 0,
     "Thursday morning", "DATE", "2022-01-06TMO"},
};

TD_TEST(test_timex_r10__extents)
{
    TIMEX_CHECK_ALL(extents);
}

static const struct timex_case tenses[] = {
    /* "is to" + verb is a plan: a month without a year looks ahead */
    {"en", "The mall is to open in August.", "1998-03-04", 0, "August", "DATE", "1998-08"},
    {"en", "Talks are to resume by June.", "1998-03-04", 0, "June", "DATE", "1998-06"},
    /* a deadline keeps a future or present verb before it */
    {"en", "The vote must be held by August.", "1998-03-04", 0, "August", "DATE", "1998-08"},
    {"en", "Payment is due by August.", "1998-03-04", 0, "August", "DATE", "1998-08"},
    /* ... not a past one, nor the deadline word itself ("until" is a future marker) */
    {"en", "The store was closed until August.", "1998-03-04", 0, "August", "DATE", "1997-08"},
    {"en", "The vote was held by August.", "1998-03-04", 0, "August", "DATE", "1997-08"},
    /* the end of a month range is the first such month after its start */
    {"en", "The season will run from November to February.", "2022-12-20", 1, "February",
     "DATE", "2024-02"},
    {"en", "It ran from March 2021 to February.", "2022-12-20", 1, "February", "DATE",
     "2022-02"},
    {"en", "It ran from March 2021 until March.", "2022-12-20", 1, "March", "DATE", "2022-03"},
    {"en", "Talks lasted from October through January.", "2022-01-07", 1, "January", "DATE",
     "2022-01"},
    /* ... not a list of two months, which keeps the year its sentence wrote */
    {"en", "It rained in March 2021 and February.", "2022-12-20", 1, "February", "DATE",
     "2021-02"},
};

TD_TEST(test_timex_r10__tenses)
{
    TIMEX_CHECK_ALL(tenses);
}
