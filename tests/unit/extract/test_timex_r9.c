/*
 * test_timex_r9.c - tests of the temporal tagger's round-9 rules (src/
 * extract/timex*.c): a day written as a spelled ordinal and the other
 * families of the round. Each row: language, text, reference date and the
 * expected `nth` timex of the text (-1: the last one).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* a day written as a spelled ordinal, as said on air */
    {"en", "The vote is this coming Sunday, March eighth.", "2020-03-02", 0,
     "this coming Sunday, March eighth", "DATE", "2020-03-08"},
    {"en", "Polls close on March eighth.", "2022-01-07", 0, "March eighth", "DATE",
     "2022-03-08"},
    {"en", "It happened on the first of March 2010.", "2022-01-07", 0,
     "the first of March 2010", "DATE", "2010-03-01"},
    {"en", "The deadline was January the fifteenth.", "2022-03-02", 0,
     "January the fifteenth", "DATE", "2022-01-15"},
    /* ... "twenty-first" is one ordinal: a day and a century */
    {"en", "They wed on June twenty-first, 2009.", "2022-01-07", 0, "June twenty-first, 2009",
     "DATE", "2009-06-21"},
    {"en", "It shaped the twenty-first century.", "2022-01-07", 0, "the twenty-first century",
     "DATE", "20"},
    /* ... not an ordinal that counts something else */
    {"en", "In March, second thoughts came.", "2022-01-07", 0, "March", "DATE", "2021-03"},
    /* a weekday with its word and its date is one timex */
    {"en", "He spoke last Friday, Jan. 7, in Boston.", "2022-01-12", 0, "last Friday, Jan. 7",
     "DATE", "2022-01-07"},
    /* a word before a holiday is in the extent and sets the direction */
    {"en", "Sales fell after last Thanksgiving.", "2000-01-28", 0, "last Thanksgiving", "DATE",
     "1999-11-25"},
    {"en", "We met last Christmas.", "2022-06-07", 0, "last Christmas", "DATE", "2021-12-25"},
    {"en", "They will wed next Christmas.", "2022-01-07", 0, "next Christmas", "DATE",
     "2022-12-25"},
    {"en", "This past Easter was cold.", "2022-06-07", 0, "This past Easter", "DATE",
     "2022-04-17"},
    /* a year with an open end is one timex */
    {"en", "Growth should resume in 2024 and beyond.", "2022-01-07", 0, "2024 and beyond", "DATE",
     "2024"},
    {"en", "The plant opens in 2025 or later.", "2022-01-07", 0, "2025 or later", "DATE", "2025"},
    /* the news present of a scheduled event before a weekday looks ahead */
    {"en", "The trial begins Tuesday in Boston.", "2022-01-07", 0, "Tuesday", "DATE",
     "2022-01-11"},
    {"en", "The president visits Paris on Wednesday.", "2022-01-07", 0, "Wednesday", "DATE",
     "2022-01-12"},
    /* ... the past does not */
    {"en", "The trial began Tuesday in Boston.", "2022-01-07", 0, "Tuesday", "DATE",
     "2022-01-04"},
    /* the extent of a stretch: "each of the past N", "the latest N", "a N-unit period" */
    {"en", "Profit rose in each of the past three years.", "2022-01-07", 0,
     "each of the past three years", "DURATION", "P3Y"},
    {"en", "Sales fell in the latest nine months.", "2022-01-07", 0, "the latest nine months",
     "DURATION", "P9M"},
    {"en", "The debt is repaid over a three-year period.", "2022-01-07", 0,
     "a three-year period", "DURATION", "P3Y"},
    {"en", "It was a two-week span of rain.", "2022-01-07", 0, "a two-week span", "DURATION",
     "P2W"},
    /* "an additional year", "eight trading days", "a several-year delay", "post-1959" */
    {"en", "He served an additional year.", "2022-01-07", 0, "an additional year", "DURATION",
     "P1Y"},
    {"en", "Shares fell for eight trading days.", "2022-01-07", 0, "eight trading days",
     "DURATION", "P8D"},
    {"en", "After a several-year delay, it opened.", "2022-01-07", 0, "several-year", "DURATION",
     "PXY"},
    {"en", "The post-1959 order fell.", "2022-01-07", 0, "post-1959", "DATE", "1959"},
    {"en", "Pre-2008 loans were safer.", "2022-01-07", 0, "Pre-2008", "DATE", "2008"},
    /* modals of what may yet happen look ahead for a month without a year */
    {"en", "The trial might start in December.", "1998-03-04", 0, "December", "DATE", "1998-12"},
    {"en", "Talks should resume in August.", "1998-03-04", 0, "August", "DATE", "1998-08"},
    {"en", "The talks resumed in August.", "1998-03-04", 0, "August", "DATE", "1997-08"},
    /* "as soon as possible" is a time ahead left unsaid */
    {"en", "Talks will resume as soon as possible.", "2022-01-07", 0, "as soon as possible",
     "DATE", "FUTURE_REF"},
};

TD_TEST(test_timex_r9__rules)
{
    TIMEX_CHECK_ALL(cases);
}
