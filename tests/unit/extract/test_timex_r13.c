/*
 * test_timex_r13.c - tests of the temporal tagger's round-13 rules (src/
 * extract/timex_en.c, block "round 13"): whole-phrase extents where the
 * tagger gave a part, and extents kept as they were after the round tried
 * the other convention. Each row: language, text, reference date and the
 * expected `nth` timex of the text (-1: the last one; a NULL span: none).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* a comparison period of a results report is one timex */
    {"en", "Profit for the year-earlier nine months included a gain.", "1989-11-02", 0,
     "the year-earlier nine months", "DURATION", "P9M"},
    {"en", "Sales for the year-ago six months were flat.", "1989-11-02", 0,
     "the year-ago six months", "DURATION", "P6M"},
    {"en", "For the quarter a year ago, the bank earned $16 million.", "1989-11-02", 0,
     "the quarter a year ago", "DATE", "1988-Q3"},
    {"en", "In the period a year earlier, it lost money.", "1989-11-02", 0,
     "the period a year earlier", "DATE", "1988-Q3"},
    /* ... the old forms are unchanged */
    {"en", "In the year-earlier quarter, the company lost money.", "1989-11-02", 0,
     "the year-earlier quarter", "DATE", "1988-Q3"},
    {"en", "Sales rose 5% from a year earlier.", "1989-11-02", 0, "a year earlier", "DATE",
     "1988"},
    /* two vague units joined after "recent" or "coming" are one stretch, valued by the
     * last unit */
    {"en", "Many funds in recent weeks and months have sold bonds.", "2022-01-07", 0,
     "recent weeks and months", "DURATION", "PXM"},
    {"en", "Prices may rise in the coming days or weeks.", "2022-01-07", 0,
     "coming days or weeks", "DURATION", "PXW"},
    /* ... one unit alone is unchanged */
    {"en", "Many funds in recent weeks have sold bonds.", "2022-01-07", 0, "recent weeks",
     "DURATION", "PXW"},
    /* "last" or "next" with a month and its day: one date, the day kept */
    {"en", "He was shot to death last Oct. 23 at his home.", "1998-11-20", 0, "last Oct. 23",
     "DATE", "1998-10-23"},
    {"en", "The two met last October 5 in Paris.", "1998-11-20", 0, "last October 5", "DATE",
     "1998-10-05"},
    {"en", "The vote is set for next March 3, 2023.", "2022-01-07", 0, "next March 3, 2023",
     "DATE", "2023-03-03"},
    /* ... a month with no day is unchanged */
    {"en", "They met last May.", "1998-11-20", 0, "last May", "DATE", "1998-05"},
};

TD_TEST(test_timex_r13__rules)
{
    TIMEX_CHECK_ALL(cases);
}
