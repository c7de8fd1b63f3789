/*
 * test_timex_r7.c - tests of the temporal tagger's round-7 rules (src/
 * extract/timex*.c): "a dozen years", the end day of a day range, "the
 * weekend of March 5" and the other families of the round. Each row:
 * language, text, reference date and the expected `nth` timex of the text
 * (-1: the last one).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* "a dozen" and "a hundred" are counts that take "a" (inside the extent). */
    {"en", "He spent a dozen years in prison.", "2022-01-07", 0, "a dozen years", "DURATION",
     "P12Y"},
    {"en", "The dam was built almost a hundred years ago.", "2022-01-07", 0,
     "almost a hundred years ago", "DATE", "1922"},
    {"en", "They came a dozen years ago.", "2022-01-07", 0, "a dozen years ago", "DATE", "2010"},
    /* ... not "a five year plan": the article stays out of a plain count */
    {"en", "It is a five year plan.", "2022-01-07", 0, "five year", "DURATION", "P5Y"},
    /* A day range is two DATEs: the first day and the end day, in the same month and year. */
    {"en", "The fair runs March 3-5.", "2022-01-07", 1, "5", "DATE", "2022-03-05"},
    /* (round 8: a year after the end day is in its extent) */
    {"en", "The summit, held on Oct. 12-14, 2021, failed.", "2022-01-07", 1, "14, 2021", "DATE",
     "2021-10-14"},
    {"en", "The scores were 3-5 on March 2.", "2022-01-07", 0, "March 2", "DATE", "2021-03-02"},
    /* "the weekend of March 5": the weekend of that day's ISO week. */
    {"en", "The event happens the weekend of March 5-6.", "2022-01-07", 0,
     "the weekend of March 5", "DATE", "2022-W09-WE"},
    /* "earlier/later yesterday" keep the adverb; before a weekday it stays out */
    {"en", "Later yesterday the minister resigned.", "2022-01-07", 0, "Later yesterday", "DATE",
     "2022-01-06"},
    {"en", "Earlier today he spoke.", "2022-01-07", 0, "Earlier today", "DATE", "2022-01-07"},
    {"en", "Earlier Tuesday, police arrested two men.", "2022-01-07", 0, "Tuesday", "DATE",
     "2022-01-04"},
    /* the verb "last" is no part of the duration after it; "to last year" is a date */
    {"en", "The trial is expected to last several weeks.", "2022-01-07", 0, "several weeks",
     "DURATION", "PXW"},
    {"en", "The strike will last two days.", "2022-01-07", 0, "two days", "DURATION", "P2D"},
    {"en", "It could last years.", "2022-01-07", 0, "years", "DURATION", "PXY"},
    {"en", "Profits rose compared to last year.", "2022-01-07", 0, "last year", "DATE", "2021"},
    /* Spanish day ranges: the first day takes the month (and year) of the end; "del" and
     * "al" stay out of the extent, "el" is in */
    {"es", "Del 3 al 5 de marzo llovi\xc3\xb3.", "2022-01-07", 0, "3", "DATE", "2021-03-03"},
    {"es", "Del 3 al 5 de marzo llovi\xc3\xb3.", "2022-01-07", 1, "5 de marzo", "DATE",
     "2021-03-05"},
    {"es", "Entre el 3 y el 5 de marzo de 2020 llovi\xc3\xb3.", "2022-01-07", 0, "el 3", "DATE",
     "2020-03-03"},
    {"es", "Del 7 al 5 de marzo.", "2022-01-07", 0, "5 de marzo", "DATE", "2022-03-05"},
    /* (the sentence-initial "Ganó" is a past verb since round 8: last March) */
    {"es", "Gan\xc3\xb3 3 a 5 de marzo.", "2022-01-07", 0, "5 de marzo", "DATE", "2021-03-05"},
};

TD_TEST(test_timex_r7__rules)
{
    TIMEX_CHECK_ALL(cases);
}
