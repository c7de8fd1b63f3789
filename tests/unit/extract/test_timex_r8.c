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
};

TD_TEST(test_timex_r8__rules)
{
    TIMEX_CHECK_ALL(cases);
}
