/*
 * test_timex_en.c - tests of the English rules of round 5 (src/extract/
 * timex_en.c): times of day as news writes them, seasons without a year,
 * half units, centuries written as "the 1800s" and vague future terms.
 * Each row: text, reference date, expected timex (the first unless `last`).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* Times with "am"/"pm" written as one word, glued or not, with a zone. */
    {"en", "The vote is at 3pm.", "2013-03-14", 0, "3pm", "TIME", "2013-03-14T15:00"},
    {"en", "It ended at 3:30 pm EST.", "2013-03-14", 0, "3:30 pm EST", "TIME", "2013-03-14T15:30"},
    {"en", "He spoke at 10 am.", "2013-03-14", 0, "10 am", "TIME", "2013-03-14T10:00"},
    /* "opens", "starts": the news present of a scheduled event looks ahead (round 9) */
    {"en", "It opens at 12 am Monday.", "2013-03-14", 0, "12 am Monday", "TIME",
     "2013-03-18T00:00"},
    {"en", "I am 12 today.", "2013-03-14", 0, "today", "DATE", "2013-03-14"},
    /* The 24-hour clock of the wire services. */
    {"en", "The quake struck at 0400 GMT.", "2013-03-14", 0, "0400 GMT", "TIME",
     "2013-03-14T04:00"},
    {"en", "Polls close at 2330 GMT Monday.", "2013-03-14", 0, "2330 GMT Monday", "TIME",
     "2013-03-11T23:30"},
    /* A season without a year is the reference year's; "the fall of" a city is none. */
    {"en", "The final is set for the spring.", "2013-03-14", 0, "the spring", "DATE", "2013-SP"},
    /* round 16: a bare season goes by the tense; the winter that fell by March 2013 began in
     * December 2012 (was 2013-WI, the coming one) */
    {"en", "Snow fell in winter.", "2013-03-14", 0, "winter", "DATE", "2012-WI"},
    /* round 26: "grew" is a past verb, so the last early summer (was 2013-SU) */
    {"en", "It grew in the early summer.", "2013-03-14", 0, "the early summer", "DATE", "2012-SU"},
    {"en", "After the fall of Rome.", "2013-03-14", 0, NULL, NULL, NULL},
    {"en", "Prices fall again.", "2013-03-14", 0, NULL, NULL, NULL},
    {"en", "In the fall of 2012 it rained.", "2013-03-14", 0, "the fall of 2012", "DATE",
     "2012-FA"},
    /* Half a unit. */
    {"en", "Half an hour later, it stopped.", "2013-03-14", 0, "Half an hour", "DURATION", "PT30M"},
    {"en", "It took a half hour.", "2013-03-14", 0, "a half hour", "DURATION", "PT30M"},
    {"en", "The rule lasted half a century.", "2013-03-14", 0, "half a century", "DURATION",
     "P50Y"},
    {"en", "He waited half a year.", "2013-03-14", 0, "half a year", "DURATION", "P6M"},
    /* "the 1800s" is a century; "the 1990s" stays a decade. */
    {"en", "In the 1800s few had cars.", "2013-03-14", 0, "the 1800s", "DATE", "18"},
    {"en", "The late 1700s were odd.", "2013-03-14", 0, "The late 1700s", "DATE", "17"},
    {"en", "In the 1990s it boomed.", "2013-03-14", 0, "the 1990s", "DATE", "199"},
    /* Vague future terms. */
    {"en", "It will list in the near future.", "2013-03-14", 0, "the near future", "DATE",
     "FUTURE_REF"},
    {"en", "Rates stay low in the short term.", "2013-03-14", 0, "the short term", "DATE",
     "FUTURE_REF"},
    {"en", "Gains are likely over the near term.", "2013-03-14", 0, "the near term", "DATE",
     "FUTURE_REF"},
    /* "over" is "more than" only after a verb of lasting or "just"; else a preposition. */
    {"en", "It was the first rise in over a decade.", "2013-03-14", 0, "over a decade", "DURATION",
     "P10Y"},
    {"en", "The tour will last over a week.", "2013-03-14", 0, "over a week", "DURATION", "P1W"},
    {"en", "He died just over an hour later.", "2013-03-14", 0, "over an hour", "DURATION", "PT1H"},
    {"en", "It will be repaid over three years.", "2013-03-14", 0, "three years", "DURATION",
     "P3Y"},
    /* A quarter with no year in a past sentence is one that is over. */
    {"en", "Fourth-quarter profit fell.", "2013-03-14", 0, "Fourth-quarter", "DATE", "2012-Q4"},
    {"en", "Profit will rise in the fourth quarter.", "2013-03-14", 0, "the fourth quarter", "DATE",
     "2013-Q4"},
    {"en", "Profit fell in the first quarter.", "2013-05-14", 0, "the first quarter", "DATE",
     "2013-Q1"},
    /* A weekday with REL and a part of the day is one timex. */
    {"en", "The bill passed last Thursday night.", "2013-03-14", 0, "last Thursday night", "DATE",
     "2013-03-07TNI"},
    /* "the period" is a quarter only after one was named. */
    {"en", "It covers the period from 2008 to 2012.", "2013-03-14", 0, "2008", "DATE", "2008"},
    {"en", "Third-quarter net rose. In the period, sales fell.", "1989-11-02", -1, "the period",
     "DATE", "1989-Q3"},
    {"en", "Sales fell in the quarter.", "1989-11-02", 0, "the quarter", "DATE", "1989-Q3"},
    /* A bare plural unit after a verb of lasting. */
    {"en", "It will take years to rebuild.", "2013-03-14", 0, "years", "DURATION", "PXY"},
    {"en", "It took hours to put out the fire.", "2013-03-14", 0, "hours", "DURATION", "PTXH"},
    {"en", "The hours were long.", "2013-03-14", 0, NULL, NULL, NULL},
    /* A 24-hour clock with a zone, or after "at". */
    {"en", "It kicks off at 15:00 GMT.", "2013-03-14", 0, "15:00 GMT", "TIME", "2013-03-14T15:00"},
    {"en", "It starts at 15:00 GMT on Monday.", "2013-03-14", 0, "15:00 GMT on Monday", "TIME",
     "2013-03-18T15:00"},
    {"en", "Polls close at 20:30.", "2013-03-14", 0, "20:30", "TIME", "2013-03-14T20:30"},
    {"en", "The score was 2:1 and then 3:10.", "2013-03-14", 0, NULL, NULL, NULL},
    /* Vague present and future. */
    {"en", "There are no shipments at the moment.", "2013-03-14", 0, "the moment", "DATE",
     "PRESENT_REF"},
    {"en", "At present, no one knows.", "2013-03-14", 0, "present", "DATE", "PRESENT_REF"},
    {"en", "The moment he left, it rained.", "2013-03-14", 0, NULL, NULL, NULL},
    {"en", "Prices may fall in the weeks ahead.", "2013-03-14", 0, "the weeks ahead", "DURATION",
     "PXW"},
    /* A narrative anchor decades back is background: a later month is news again;
     * a recent one still anchors ("December 2021 ... New Year's Eve" in 2024). */
    {"en", "He was born in October 1958. He died in late November.", "2000-04-01", -1,
     "late November", "DATE", "1999-11"},
    {"en", "They met in December 2021. He was at a New Year's Eve party.", "2024-09-09", -1,
     "New Year's Eve", "DATE", "2021-12-31"},
    /* "a couple of" is two. */
    {"en", "A couple of years ago he won.", "2013-03-14", 0, "A couple of years ago", "DATE",
     "2011"},
    {"en", "Over the next couple of years, it grew.", "2013-03-14", 0, "the next couple of years",
     "DURATION", "P2Y"},
    {"en", "It lasted a couple of days.", "2013-03-14", 0, "a couple of days", "DURATION", "P2D"},
    /* Spelled-out decades with "the"; an age is none. */
    {"en", "Numbers fell through the nineties.", "1998-03-03", 0, "the nineties", "DATE", "199"},
    {"en", "It was big in the early sixties.", "1998-03-03", 0, "the early sixties", "DATE", "196"},
    {"en", "She is in her twenties.", "1998-03-03", 0, NULL, NULL, NULL},
    /* "the week of March 6" is the ISO week of that day. */
    {"en", "A hearing is set for the week of March 6.", "2000-02-24", 0, "the week of March 6",
     "DATE", "2000-W10"},
    {"en", "A hearing is set for the week of March 6.", "", 0, "the week of March 6", "DATE",
     "XXXX-WXX"},
    /* Ordinal weeks of a month. */
    {"en", "The first week of March was busy.", "2013-03-14", 0, "The first week of March", "DATE",
     "2013-W10"},
    {"en", "The last week of April 2012 was calm.", "2013-03-14", 0, "The last week of April 2012",
     "DATE", "2012-W17"},
    /* A present verb before a bare weekday looks ahead; a past one back. */
    {"en", "The vote is on Tuesday.", "2013-03-14", 0, "Tuesday", "DATE", "2013-03-19"},
    {"en", "The vote was on Tuesday.", "2013-03-14", 0, "Tuesday", "DATE", "2013-03-12"},
    {"en", "He is in hospital after he was shot on Tuesday.", "2013-03-14", 0, "Tuesday", "DATE",
     "2013-03-12"},
    /* A range of counts is one stretch of unknown length. */
    {"en", "Repairs take two to three weeks.", "2013-03-14", 0, "two to three weeks", "DURATION",
     "PXW"},
    {"en", "Over the next 12 to 18 months, it grows.", "2013-03-14", 0, "the next 12 to 18 months",
     "DURATION", "PXM"},
    /* "right" stays outside "now" (TBAQ train gold: 2 out, 1 in). */
    {"en", "Right now the evidence is scant.", "2013-03-14", 0, "now", "DATE", "PRESENT_REF"},
    /* Two days off, a fortnight, and names that are no dates. */
    {"en", "He came the day before yesterday.", "2013-03-14", 0, "the day before yesterday", "DATE",
     "2013-03-12"},
    {"en", "He leaves the day after tomorrow.", "2013-03-14", 0, "the day after tomorrow", "DATE",
     "2013-03-16"},
    {"en", "It took a fortnight.", "2013-03-14", 0, "a fortnight", "DURATION", "P2W"},
    {"en", "Over the past fortnight, prices fell.", "2013-03-14", 0, "the past fortnight",
     "DURATION", "P2W"},
    {"en", "The Sunday Times reported it.", "2013-03-14", 0, NULL, NULL, NULL},
    {"en", "May I ask a question?", "2013-03-14", 0, NULL, NULL, NULL},
};

TD_TEST(test_timex_en__round5)
{
    TIMEX_CHECK_ALL(cases);
}
