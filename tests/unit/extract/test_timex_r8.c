/*
 * test_timex_r8.c - tests of the temporal tagger's round-8 rules (src/
 * extract/timex*.c): "half a dozen years", the Nth weekday of a month, a
 * modifier before an ordinal century and the other families of the round.
 * Each row: language, text, reference date and the expected `nth` timex of
 * the text (-1: the last one).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* "half a dozen" is six */
    {"en", "He served half a dozen years in prison.", "2022-01-07", 0, "half a dozen years",
     "DURATION", "P6Y"},
    {"en", "They left nearly half a dozen years ago.", "2022-01-07", 0,
     "nearly half a dozen years ago", "DATE", "2016"},
    {"en", "The talks took half a dozen weeks.", "2022-01-07", 0, "half a dozen weeks",
     "DURATION", "P6W"},
    /* the Nth (or last) weekday of a month is one day */
    {"en", "The parade is held on the last Sunday of May.", "2022-01-07", 0,
     "the last Sunday of May", "DATE", "2022-05-29"},
    {"en", "It was held on the second Tuesday of March 2010.", "2022-01-07", 0,
     "the second Tuesday of March 2010", "DATE", "2010-03-09"},
    {"en", "Polls open on the first Monday in November 2021.", "2022-01-07", 0,
     "the first Monday in November 2021", "DATE", "2021-11-01"},
    /* ... a fifth one that the month lacks is none: the weekday alone is left */
    {"en", "He came the fifth Monday of February 2021.", "2022-01-07", 0, "Monday", "DATE",
     "2022-01-03"},
    /* a modifier before an ordinal century is in the extent */
    {"en", "The house was built in the late 19th century.", "2022-01-07", 0,
     "the late 19th century", "DATE", "18"},
    {"en", "It dates from the mid-20th century.", "2022-01-07", 0, "the mid-20th century", "DATE",
     "19"},
    {"en", "The early twentieth century was hard.", "2022-01-07", 0,
     "The early twentieth century", "DATE", "19"},
    /* the end day of a range written with words is its own DATE, as "March 3-5" is */
    {"en", "The fair runs from March 3 to 5.", "2022-01-07", 1, "5", "DATE", "2022-03-05"},
    {"en", "Talks were held between March 3 and 5 in Geneva.", "2022-01-07", 1, "5", "DATE",
     "2021-03-05"},
    {"en", "The show ran March 3rd through 5th.", "2022-01-07", 1, "5th", "DATE", "2021-03-05"},
    /* ... a year after the end is the year of both days */
    {"en", "The sale ran Jan. 10 to 12, 2012.", "2022-01-07", 0, "Jan. 10", "DATE",
     "2012-01-10"},
    {"en", "The sale ran Jan. 10-12, 2012, in Paris.", "2022-01-07", 1, "12, 2012", "DATE",
     "2012-01-12"},
    {"en", "The sale ran Jan. 10-12, 2012. The next day it closed.", "2022-01-07", -1,
     "The next day", "DATE", "2012-01-13"},
    /* ... not a number that is something else: a time, a count */
    {"en", "The vote is on March 3 to 5 p.m.", "2022-01-07", 1, "5 p.m.", "TIME",
     "2022-03-03T17:00"},
    {"en", "They met on March 3 and 5 others died.", "2022-01-07", -1, "March 3", "DATE",
     "2021-03-03"},
    /* a time zone after a.m./p.m. is in the extent: ET, PT, CDT, UTC... */
    {"en", "The game starts at 7:30 p.m. ET.", "2022-01-07", 0, "7:30 p.m. ET", "TIME",
     "2022-01-07T19:30"},
    {"en", "At 3 p.m. PT Tuesday, it ended.", "2022-01-07", 0, "3 p.m. PT Tuesday", "TIME",
     "2022-01-04T15:00"},
    /* ... not "Mt." of a mountain */
    {"en", "He left at 5 p.m. Mt. Everest was near.", "2022-01-07", 0, "5 p.m.", "TIME",
     "2022-01-07T17:00"},
    /* a bare plural unit after "in" or before "later" is a stretch of unknown length */
    {"en", "Sales grew for the first time in years.", "2022-01-07", 0, "years", "DURATION",
     "PXY"},
    {"en", "It was the worst flood in decades.", "2022-01-07", 0, "decades", "DURATION", "PXDE"},
    {"en", "Hours later, police arrested a suspect.", "2022-01-07", 0, "Hours", "DURATION",
     "PTXH"},
    {"en", "They met weeks earlier.", "2022-01-07", 0, "weeks", "DURATION", "PXW"},
    /* ... "a while" too, after a preposition */
    {"en", "They will have to live without it for a while.", "2022-01-07", 0, "a while",
     "DURATION", "PXX"},
    {"en", "It took a while.", "2022-01-07", 0, NULL, NULL, NULL},
    /* English tens and ones with a space are one number */
    {"en", "In the last twenty four hours it fell.", "2022-01-07", 0,
     "the last twenty four hours", "DURATION", "PT24H"},
    {"en", "It happened in nineteen ninety six.", "2022-01-07", 0, "nineteen ninety six", "DATE",
     "1996"},
    /* "the next decade" is a stretch of ten years, not the year ten years on */
    {"en", "Spending will rise over the next decade.", "2022-01-07", 0, "the next decade",
     "DURATION", "P10Y"},
    /* "around" before a clock time or a day is in the extent */
    {"en", "It happened around 7:15 p.m. on Friday.", "2022-01-07", 0,
     "around 7:15 p.m. on Friday", "TIME", "2022-01-07T19:15"},
    {"en", "The deal will close around Nov. 1.", "2022-01-07", 0, "around Nov. 1", "DATE",
     "2022-11-01"},
    {"en", "They met around noon.", "2022-01-07", 0, "around noon", "TIME", "2022-01-07T12:00"},
    /* ... not before a weekday alone ("walked around Monday" is a verb's particle) */
    {"en", "He walked around Monday.", "2022-01-07", 0, "Monday", "DATE", "2022-01-03"},
    {"en", "More recently it has grown.", "2022-01-07", 0, "More recently", "DATE", "PAST_REF"},
    /* a day of a month left unsaid, after a preposition: the nearest such day */
    {"en", "The payment is due on the 15th.", "2022-01-07", 0, "the 15th", "DATE",
     "2022-01-15"},
    {"en", "It rose from the 3rd to the 15th, officials said.", "2022-01-07", 0, "the 3rd",
     "DATE", "2022-01-03"},
    {"en", "On the 25th anniversary he spoke.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "The case went to the 11th Circuit.", "2022-01-07", 0, NULL, NULL, NULL},
    /* "for the month" is the reference's, as "for the week" is */
    {"en", "The index rose 2 percent for the month.", "2022-01-07", 0, "the month", "DATE",
     "2022-01"},
    /* a clock time with its date and year after "on" is one TIME */
    {"en", "At 2:46 p.m. on March 11, 2011, the quake struck.", "2022-01-07", 0,
     "2:46 p.m. on March 11, 2011", "TIME", "2011-03-11T14:46"},
    /* a bare plural before "ago" is a stretch, as TBAQ tags it */
    {"en", "The firm, which just months ago was failing, grew.", "2022-01-07", 0, "months ago",
     "DURATION", "PXM"},
    /* every season is a SET */
    {"en", "Every summer, tourists arrive.", "2022-01-07", 0, "Every summer", "SET", "XXXX-SU"},
    {"en", "The festival happens each spring.", "2022-01-07", 0, "each spring", "SET",
     "XXXX-SP"},
    /* the end of a weekday range is the first such weekday after its start */
    {"en", "He was there from Monday to Friday.", "2022-01-05", 1, "Friday", "DATE",
     "2022-01-07"},
    {"en", "The exhibit ran Saturday through Monday.", "2022-01-07", 1, "Monday", "DATE",
     "2022-01-03"},
    /* ... not after a dated start ("from Sept. 14 to Thursday": the last Thursday) */
    {"en", "They bought shares from Sept. 14 to Thursday.", "2022-01-07", 1, "Thursday", "DATE",
     "2022-01-06"},
    /* the generic present of "today's world" names no day; "today's vote" does */
    {"en", "Mothers in today's world work.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "Chips are used in many of today's personal computers.", "2022-01-07", 0, NULL, NULL,
     NULL},
    {"en", "But today's vote matters.", "2022-01-07", 0, "today", "DATE", "2022-01-07"},
    /* "the next morning" is the day after the last day named, a DATE as TBAQ tags it */
    {"en", "The bomb went off on Tuesday. The next morning he was gone.", "2022-01-07", 1,
     "The next morning", "DATE", "2022-01-05"},
    /* "the following year" counts from the last year written */
    {"en", "He left in 2010 and returned the following year.", "2022-01-07", 1,
     "the following year", "DATE", "2011"},
    {"en", "The rules changed in 1998; the previous year had been calm.", "2022-01-07", 1,
     "the previous year", "DATE", "1997"},
    /* ... "the next year" still counts from the reference: it is news of what comes */
    {"en", "Sales rose in 2010 and will rise over the next year.", "2022-01-07", 1,
     "the next year", "DATE", "2023"},
    /* US Election Day: the Tuesday after the first Monday in November */
    {"en", "It was Election Day 2012.", "2022-01-07", 0, "Election Day 2012", "DATE",
     "2012-11-06"},
    {"en", "On Election Day 2016 he lost.", "2022-01-07", 0, "Election Day 2016", "DATE",
     "2016-11-08"},
    {"en", "Voters went to the polls on Election Day.", "2022-01-07", 0, "Election Day", "DATE",
     "2021-11-02"},
    /* more days of news calendars; "M/N/W+K" counts days after the Nth weekday */
    {"en", "The bombs exploded on Patriots' Day.", "2013-04-16", 0, "Patriots' Day", "DATE",
     "2013-04-15"},
    {"en", "Stores opened early on Black Friday 2012.", "2022-01-07", 0, "Black Friday 2012",
     "DATE", "2012-11-23"},
    {"en", "Sales on Cyber Monday 2012 rose.", "2022-01-07", 0, "Cyber Monday 2012", "DATE",
     "2012-11-26"},
    {"en", "He spoke on Inauguration Day 2009.", "2022-01-07", 0, "Inauguration Day 2009",
     "DATE", "2009-01-20"},
    /* "every quarter" is a SET (a bare "a quarter" stays a fraction) */
    {"en", "It pays $100 million in interest every quarter.", "2022-01-07", 0, "every quarter",
     "SET", "P1Q"},
    /* "that quarter" is the quarter the text named; none without one */
    {"en", "Profit in the second quarter of 2020 fell. Results for that quarter included a charge.",
     "2022-01-07", 1, "that quarter", "DATE", "2020-Q2"},
    {"en", "In that period, he left.", "2022-01-07", 0, NULL, NULL, NULL},
    /* "last/next fiscal year", "the latest fiscal year" (the last one completed) */
    {"en", "Sales rose last fiscal year.", "2022-01-07", 0, "last fiscal year", "DATE", "2021"},
    {"en", "Sales will rise next fiscal year.", "2022-01-07", 0, "next fiscal year", "DATE",
     "2023"},
    {"en", "Sales rose in the latest fiscal year.", "2022-01-07", 0, "the latest fiscal year",
     "DATE", "2021"},
    /* "ten days before the shooting" counts from the event, not the reference: the
     * stretch alone, as "Three days later" */
    {"en", "His car was seen ten days before the shooting.", "2022-01-07", 0, "ten days",
     "DURATION", "P10D"},
    {"en", "They met ten days ago.", "2022-01-07", 0, "ten days ago", "DATE", "2021-12-28"},
    /* fiscal years written out or abbreviated, and a quarter of a relative year */
    {"en", "Revenue for fiscal year 2013 rose.", "2022-01-07", 0, "fiscal year 2013", "DATE",
     "2013"},
    {"en", "Sales in the 2012 fiscal year fell.", "2022-01-07", 0, "the 2012 fiscal year",
     "DATE", "2012"},
    {"en", "Revenue in FY2013 rose.", "2022-01-07", 0, "FY2013", "DATE", "2013"},
    {"en", "Revenue in FY13 rose.", "2022-01-07", 0, "FY13", "DATE", "2013"},
    {"en", "Growth in the first quarter of next year will slow.", "2022-01-07", 0,
     "the first quarter of next year", "DATE", "2023-Q1"},
    /* o'clock and a bare hour with their day and part of day; the hour as a word */
    {"en", "The talks resume at nine o'clock tomorrow morning.", "2022-01-07", 0,
     "nine o'clock tomorrow morning", "TIME", "2022-01-08T09:00"},
    {"en", "The meeting is set for 3 o'clock this afternoon.", "2022-01-07", 0,
     "3 o'clock this afternoon", "TIME", "2022-01-07T15:00"},
    {"en", "The president spoke at ten this morning.", "2022-01-07", 0, "ten this morning",
     "TIME", "2022-01-07T10:00"},
    {"en", "It happened at ten o'clock at night.", "2022-01-07", 0, "ten o'clock at night",
     "TIME", "2022-01-07T22:00"},
    /* "later/earlier" before "this afternoon", "tonight" are in the extent */
    {"en", "The vote comes later this afternoon.", "2022-01-07", 0, "later this afternoon",
     "TIME", "2022-01-07TAF"},
    {"en", "We will have more on this later tonight.", "2022-01-07", 0, "later tonight", "TIME",
     "2022-01-07TNI"},
    /* plural weekdays and weekends are SETs; "every weekend" as "cada fin de semana" */
    {"en", "The store is closed on Sundays.", "2022-01-07", 0, "Sundays", "SET", "XXXX-WXX-7"},
    {"en", "He works weekends.", "2022-01-07", 0, "weekends", "SET", "XXXX-WXX-WE"},
    {"en", "She visits every weekend.", "2022-01-07", 0, "every weekend", "SET", "XXXX-WXX-WE"},
    /* "hope(s) to", "slated": a weekday after them lies ahead */
    {"en", "Officials hope to finish the work by Sunday.", "2022-01-05", 0, "Sunday", "DATE",
     "2022-01-09"},
    {"en", "The vote is slated for Tuesday.", "2022-01-05", 0, "Tuesday", "DATE", "2022-01-11"},
    {"en", "He hoped to finish by Sunday.", "2022-01-05", 0, "Sunday", "DATE", "2022-01-02"},
    /* four-digit measures and numbers are no years; a year before a noun still is */
    {"en", "It weighs 1800 pounds.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "Room 1408 was empty.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "The Boeing 1747 landed.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "In 2008 police arrested him.", "2022-01-07", 0, "2008", "DATE", "2008"},
    /* a year range with a two-digit end is two DATEs, as "2008-2009" is */
    {"en", "The 2012-13 season ended.", "2022-01-07", 1, "13", "DATE", "2013"},
    {"en", "The 1999-00 budget rose.", "2022-01-07", 1, "00", "DATE", "2000"},
    /* ... only for the next year: "2012-14" is left alone, as before */
    {"en", "The 2012-14 plan failed.", "2022-01-07", 0, NULL, NULL, NULL},
    /* two months or weekdays joined by a hyphen are two timexes (the first was lost) */
    {"en", "In March-April, sales rose.", "2022-06-07", 0, "March", "DATE", "2022-03"},
    {"en", "The shop was open Monday-Friday.", "2022-01-07", 0, "Monday", "DATE", "2022-01-03"},
    /* "at least the past N units", "no more than N units" in the extent */
    {"en", "Prices rose for at least the past 18 months.", "2022-01-07", 0,
     "at least the past 18 months", "DURATION", "P18M"},
    {"en", "It lasts no more than sixty days.", "2022-01-07", 0, "no more than sixty days",
     "DURATION", "P60D"},
    /* a modifier before "this morning" is in the extent, as in "late yesterday" */
    {"en", "He arrived early this morning.", "2022-01-07", 0, "early this morning", "TIME",
     "2022-01-07TMO"},
    {"en", "Talks resumed in midafternoon.", "2022-01-07", 0, "midafternoon", "TIME",
     "2022-01-07TAF"},
    /* AP's one-word "-long" forms are durations */
    {"en", "The weeklong strike ended.", "2022-01-07", 0, "weeklong", "DURATION", "P1W"},
    {"en", "A yearlong inquiry began.", "2022-01-07", 0, "yearlong", "DURATION", "P1Y"},
    /* a day and a month joined by a hyphen keep both ends; no timex starts with "-" */
    {"en", "The poll was taken Feb. 28-March 3.", "2022-06-07", 0, "Feb. 28", "DATE",
     "2022-02-28"},
    {"en", "The poll was taken Feb. 28 - March 3.", "2022-06-07", 1, "March 3", "DATE",
     "2022-03-03"},
    /* "the end of the second quarter" is one timex */
    {"en", "It should close by the end of the second quarter.", "2022-01-07", 0,
     "the end of the second quarter", "DATE", "2022-Q2"},
};

TD_TEST(test_timex_r8__rules)
{
    TIMEX_CHECK_ALL(cases);
}
