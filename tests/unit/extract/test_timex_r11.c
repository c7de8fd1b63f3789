/*
 * test_timex_r11.c - tests of the temporal tagger's round-11 rules (src/
 * extract/timex*.c): expressions the tagger missed (recall) and words it
 * took for a timex when they are none (spurious). Each row: language,
 * text, reference date and the expected `nth` timex of the text (-1: the
 * last one; a NULL span: the text has no timex at all).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* years of unknown count after a preposition: a stretch */
    {"en", "Over the years the firm grew.", "2022-01-07", 0, "the years", "DURATION", "PXY"},
    {"en", "Few lives were saved in the early years of the plan.", "2022-01-07", 0,
     "the early years", "DURATION", "PXY"},
    {"en", "In the years that followed, they fought on.", "2022-01-07", 0, "the years",
     "DURATION", "PXY"},
    /* ... not a year written after it, nor "the years" as a subject */
    {"en", "The years were hard.", "2022-01-07", 0, NULL, NULL, NULL},
    /* "soon" next to a modal or "to" is a time ahead */
    {"en", "Prosecutors may soon seek an indictment.", "2022-01-07", 0, "soon", "DATE",
     "FUTURE_REF"},
    {"en", "The firm soon will begin selling boxes.", "2022-01-07", 0, "soon", "DATE",
     "FUTURE_REF"},
    {"en", "It expects sales to soon grow.", "2022-01-07", 0, "soon", "DATE", "FUTURE_REF"},
    /* ... not in the past, nor in "as soon as" before a clause */
    {"en", "He was soon released.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "Turn him over as soon as his father arrives.", "2022-01-07", 0, NULL, NULL, NULL},
    /* the end of the year: its last day */
    {"en", "The deal should close by year end.", "2022-03-07", 0, "year end", "DATE",
     "2022-12-31"},
    {"en", "The deal is expected to close around year-end.", "2022-03-07", 0, "around year-end",
     "DATE", "2022-12-31"},
    {"en", "Rules should be in place by year's end.", "2022-03-07", 0, "year's end", "DATE",
     "2022-12-31"},
    {"en", "Stocks rose 5% since year-end.", "2022-01-07", 0, "year-end", "DATE", "2021-12-31"},
    /* a unit's possessive: the current one, without the "'s" */
    {"en", "Friday was the week's most active session.", "2022-01-07", -1, "the week", "DATE",
     "2022-W01"},
    {"en", "It was the year's best film.", "2021-11-02", 0, "the year", "DATE", "2021"},
    {"en", "The day's losses were small.", "2022-01-07", 0, "The day", "DATE", "2022-01-07"},
    /* names and idioms are no time: "High Noon", "USA Today" */
    {"en", "He loved the film High Noon.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "For Poland, high noon has come.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "She told USA Today about it.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "Thousands joined the March on Washington.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "She read the Daily Mail.", "2022-01-07", 0, NULL, NULL, NULL},
    /* ... nor a season or a part of the day in title case before a capitalised word */
    {"en", "The Summer Olympics opened in London.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "The Spring Festival is a holiday.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "The Monday Night Football game drew fans.", "2022-01-07", 0, NULL, NULL, NULL},
    /* ... nor a count of a unit in title case: a title */
    {"en", "He said so on CBS's 60 Minutes.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "The Six-Day War changed the region.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "The Hundred Years' War was long.", "2022-01-07", 0, NULL, NULL, NULL},
    {"en", "He was found on Thanksgiving Day.", "2000-01-07", 0, "Thanksgiving Day", "DATE",
     "1999-11-25"},
    {"en", "Talks lasted 60 minutes.", "2022-01-07", 0, "60 minutes", "DURATION", "PT60M"},
    /* ... but "in March for health reasons", "The Summer 2019 season" still are */
    {"en", "He quit in March for health reasons.", "2022-06-07", 0, "March", "DATE", "2022-03"},
    {"en", "The Summer 2019 season ended.", "2022-01-07", 0, "The Summer 2019", "DATE",
     "2019-SU"},
    /* ... but a plain noon and today still are */
    {"en", "Talks end at noon.", "2022-01-07", 0, "noon", "TIME", "2022-01-07T12:00"},
    {"en", "He told the paper today.", "2022-01-07", 0, "today", "DATE", "2022-01-07"},
    /* "May" opening a wish or a question is the verb ... */
    {"en", "May God bless America.", "2022-07-07", 0, NULL, NULL, NULL},
    {"en", "He said: \"May the best team win.\"", "2022-07-07", 0, NULL, NULL, NULL},
    {"en", "May we ask a question?", "2022-07-07", 0, NULL, NULL, NULL},
    /* ... inside a sentence it is the month (the old rule "may we" dropped it) */
    {"en", "In May we met again.", "2022-07-07", 0, "May", "DATE", "2022-05"},
    {"en", "Since May you have paid more.", "2022-07-07", 0, "May", "DATE", "2022-05"},
    {"en", "May 5 was hot.", "2022-07-07", 0, "May 5", "DATE", "2022-05-05"},
    /* more verbs of a scheduled event before a bare weekday look ahead */
    {"en", "The law takes effect Thursday.", "2013-03-06", 0, "Thursday", "DATE", "2013-03-07"},
    {"en", "He testifies Thursday in Boston.", "2013-03-06", 0, "Thursday", "DATE",
     "2013-03-07"},
    {"en", "The court hears the case Tuesday.", "2013-03-06", 0, "Tuesday", "DATE",
     "2013-03-12"},
    /* ... not a plural noun that ends like one: "counted the votes Friday" */
    {"en", "Officials counted the votes Friday.", "2013-03-06", 0, "Friday", "DATE",
     "2013-03-01"},
};

TD_TEST(test_timex_r11__rules)
{
    TIMEX_CHECK_ALL(cases);
}
