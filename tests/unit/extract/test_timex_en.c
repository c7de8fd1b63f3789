/*
 * test_timex_en.c - tests of the English rules of round 5 (src/extract/
 * timex_en.c): times of day as news writes them, seasons without a year,
 * half units, centuries written as "the 1800s" and vague future terms.
 * Each row: text, reference date, expected timex (the first unless `last`).
 */
#include <string.h>

#include "test.h"
#include "tidings/extract.h"

struct en_case {
    const char *text, *dct;
    bool last;         /* check the last timex of the text, not the first */
    const char *span;  /* NULL: the text has no timex */
    const char *type, *value;
};

static const struct en_case cases[] = {
    /* Times with "am"/"pm" written as one word, glued or not, with a zone. */
    {"The vote is at 3pm.", "2013-03-14", false, "3pm", "TIME", "2013-03-14T15:00"},
    {"It ended at 3:30 pm EST.", "2013-03-14", false, "3:30 pm EST", "TIME", "2013-03-14T15:30"},
    {"He spoke at 10 am.", "2013-03-14", false, "10 am", "TIME", "2013-03-14T10:00"},
    {"It opens at 12 am Monday.", "2013-03-14", false, "12 am Monday", "TIME", "2013-03-11T00:00"},
    {"I am 12 today.", "2013-03-14", false, "today", "DATE", "2013-03-14"},
    /* The 24-hour clock of the wire services. */
    {"The quake struck at 0400 GMT.", "2013-03-14", false, "0400 GMT", "TIME", "2013-03-14T04:00"},
    {"Polls close at 2330 GMT Monday.", "2013-03-14", false, "2330 GMT Monday", "TIME", "2013-03-11T23:30"},
    /* A season without a year is the reference year's; "the fall of" a city is none. */
    {"The final is set for the spring.", "2013-03-14", false, "the spring", "DATE", "2013-SP"},
    {"Snow fell in winter.", "2013-03-14", false, "winter", "DATE", "2013-WI"},
    {"It grew in the early summer.", "2013-03-14", false, "the early summer", "DATE", "2013-SU"},
    {"After the fall of Rome.", "2013-03-14", false, NULL, NULL, NULL},
    {"Prices fall again.", "2013-03-14", false, NULL, NULL, NULL},
    {"In the fall of 2012 it rained.", "2013-03-14", false, "the fall of 2012", "DATE", "2012-FA"},
    /* Half a unit. */
    {"Half an hour later, it stopped.", "2013-03-14", false, "Half an hour", "DURATION", "PT30M"},
    {"It took a half hour.", "2013-03-14", false, "a half hour", "DURATION", "PT30M"},
    {"The rule lasted half a century.", "2013-03-14", false, "half a century", "DURATION", "P50Y"},
    {"He waited half a year.", "2013-03-14", false, "half a year", "DURATION", "P6M"},
    /* "the 1800s" is a century; "the 1990s" stays a decade. */
    {"In the 1800s few had cars.", "2013-03-14", false, "the 1800s", "DATE", "18"},
    {"The late 1700s were odd.", "2013-03-14", false, "The late 1700s", "DATE", "17"},
    {"In the 1990s it boomed.", "2013-03-14", false, "the 1990s", "DATE", "199"},
    /* Vague future terms. */
    {"It will list in the near future.", "2013-03-14", false, "the near future", "DATE", "FUTURE_REF"},
    {"Rates stay low in the short term.", "2013-03-14", false, "the short term", "DATE", "FUTURE_REF"},
    {"Gains are likely over the near term.", "2013-03-14", false, "the near term", "DATE", "FUTURE_REF"},
    /* "over" is "more than" only after a verb of lasting or "just"; else a preposition. */
    {"It was the first rise in over a decade.", "2013-03-14", false, "over a decade", "DURATION", "P10Y"},
    {"The tour will last over a week.", "2013-03-14", false, "over a week", "DURATION", "P1W"},
    {"He died just over an hour later.", "2013-03-14", false, "over an hour", "DURATION", "PT1H"},
    {"It will be repaid over three years.", "2013-03-14", false, "three years", "DURATION", "P3Y"},
    /* A quarter with no year in a past sentence is one that is over. */
    {"Fourth-quarter profit fell.", "2013-03-14", false, "Fourth-quarter", "DATE", "2012-Q4"},
    {"Profit will rise in the fourth quarter.", "2013-03-14", false, "the fourth quarter", "DATE", "2013-Q4"},
    {"Profit fell in the first quarter.", "2013-05-14", false, "the first quarter", "DATE", "2013-Q1"},
    /* A weekday with REL and a part of the day is one timex. */
    {"The bill passed last Thursday night.", "2013-03-14", false, "last Thursday night", "DATE", "2013-03-07TNI"},
    /* "the period" is a quarter only after one was named. */
    {"It covers the period from 2008 to 2012.", "2013-03-14", false, "2008", "DATE", "2008"},
    {"Third-quarter net rose. In the period, sales fell.", "1989-11-02", true, "the period", "DATE", "1989-Q3"},
    {"Sales fell in the quarter.", "1989-11-02", false, "the quarter", "DATE", "1989-Q3"},
    /* A bare plural unit after a verb of lasting. */
    {"It will take years to rebuild.", "2013-03-14", false, "years", "DURATION", "PXY"},
    {"It took hours to put out the fire.", "2013-03-14", false, "hours", "DURATION", "PTXH"},
    {"The hours were long.", "2013-03-14", false, NULL, NULL, NULL},
    /* A 24-hour clock with a zone, or after "at". */
    {"It kicks off at 15:00 GMT.", "2013-03-14", false, "15:00 GMT", "TIME", "2013-03-14T15:00"},
    {"It starts at 15:00 GMT on Monday.", "2013-03-14", false, "15:00 GMT on Monday", "TIME", "2013-03-11T15:00"},
    {"Polls close at 20:30.", "2013-03-14", false, "20:30", "TIME", "2013-03-14T20:30"},
    {"The score was 2:1 and then 3:10.", "2013-03-14", false, NULL, NULL, NULL},
    /* Vague present and future. */
    {"There are no shipments at the moment.", "2013-03-14", false, "the moment", "DATE", "PRESENT_REF"},
    {"At present, no one knows.", "2013-03-14", false, "present", "DATE", "PRESENT_REF"},
    {"The moment he left, it rained.", "2013-03-14", false, NULL, NULL, NULL},
    {"Prices may fall in the weeks ahead.", "2013-03-14", false, "the weeks ahead", "DURATION", "PXW"},
    /* A narrative anchor decades back is background: a later month is news again;
     * a recent one still anchors ("December 2021 ... New Year's Eve" in 2024). */
    {"He was born in October 1958. He died in late November.", "2000-04-01", true, "late November", "DATE", "1999-11"},
    {"They met in December 2021. He was at a New Year's Eve party.", "2024-09-09", true, "New Year's Eve", "DATE", "2021-12-31"},
    /* "a couple of" is two. */
    {"A couple of years ago he won.", "2013-03-14", false, "A couple of years ago", "DATE", "2011"},
    {"Over the next couple of years, it grew.", "2013-03-14", false, "the next couple of years", "DURATION", "P2Y"},
    {"It lasted a couple of days.", "2013-03-14", false, "a couple of days", "DURATION", "P2D"},
    /* Spelled-out decades with "the"; an age is none. */
    {"Numbers fell through the nineties.", "1998-03-03", false, "the nineties", "DATE", "199"},
    {"It was big in the early sixties.", "1998-03-03", false, "the early sixties", "DATE", "196"},
    {"She is in her twenties.", "1998-03-03", false, NULL, NULL, NULL},
    /* "the week of March 6" is the ISO week of that day. */
    {"A hearing is set for the week of March 6.", "2000-02-24", false, "the week of March 6", "DATE", "2000-W10"},
    {"A hearing is set for the week of March 6.", "", false, "the week of March 6", "DATE", "XXXX-WXX"},
    /* Ordinal weeks of a month. */
    {"The first week of March was busy.", "2013-03-14", false, "The first week of March", "DATE", "2013-W10"},
    {"The last week of April 2012 was calm.", "2013-03-14", false, "The last week of April 2012", "DATE", "2012-W17"},
    /* A present verb before a bare weekday looks ahead; a past one back. */
    {"The vote is on Tuesday.", "2013-03-14", false, "Tuesday", "DATE", "2013-03-19"},
    {"The vote was on Tuesday.", "2013-03-14", false, "Tuesday", "DATE", "2013-03-12"},
    {"He is in hospital after he was shot on Tuesday.", "2013-03-14", false, "Tuesday", "DATE", "2013-03-12"},
    /* A range of counts is one stretch of unknown length. */
    {"Repairs take two to three weeks.", "2013-03-14", false, "two to three weeks", "DURATION", "PXW"},
    {"Over the next 12 to 18 months, it grows.", "2013-03-14", false, "the next 12 to 18 months", "DURATION", "PXM"},
    /* "right" stays outside "now" (TBAQ train gold: 2 out, 1 in). */
    {"Right now the evidence is scant.", "2013-03-14", false, "now", "DATE", "PRESENT_REF"},
    /* Two days off, a fortnight, and names that are no dates. */
    {"He came the day before yesterday.", "2013-03-14", false, "the day before yesterday", "DATE", "2013-03-12"},
    {"He leaves the day after tomorrow.", "2013-03-14", false, "the day after tomorrow", "DATE", "2013-03-16"},
    {"It took a fortnight.", "2013-03-14", false, "a fortnight", "DURATION", "P2W"},
    {"Over the past fortnight, prices fell.", "2013-03-14", false, "the past fortnight", "DURATION", "P2W"},
    {"The Sunday Times reported it.", "2013-03-14", false, NULL, NULL, NULL},
    {"May I ask a question?", "2013-03-14", false, NULL, NULL, NULL},
};

static void check(size_t i, const struct en_case *c)
{
    struct td_timex_list l;
    const struct td_timex *x;

    td_timex_list_init(&l);
    ASSERT_OK(td_timex_find(c->text, strlen(c->text), c->dct, "en", &l, NULL));
    if (c->span == NULL) {
        if (l.n != 0)
            td_test_fail(__FILE__, __LINE__, "case %zu '%s': unexpected timex", i, c->text);
        ASSERT_EQ_INT(l.n, 0);
        td_timex_list_release(&l);
        return;
    }
    if (l.n == 0)
        td_test_fail(__FILE__, __LINE__, "case %zu '%s': no timex", i, c->text);
    ASSERT_TRUE(l.n > 0);
    x = &l.items[c->last ? l.n - 1 : 0];
    if (strlen(c->span) != x->end - x->start ||
        memcmp(c->span, c->text + x->start, x->end - x->start) != 0)
        td_test_fail(__FILE__, __LINE__, "case %zu '%s': span '%.*s'", i, c->text,
                     (int)(x->end - x->start), c->text + x->start);
    ASSERT_STREQ(td_timex_type_name(x->type), c->type);
    if (strcmp(x->value, c->value) != 0)
        td_test_fail(__FILE__, __LINE__, "case %zu '%s': value %s", i, c->text, x->value);
    td_timex_list_release(&l);
}

TD_TEST(test_timex_en__round5)
{
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        check(i, &cases[i]);
}
