/*
 * timex_cases.h - table-driven checks of the temporal tagger, shared by the
 * per-round tests (test_timex_en.c, test_timex_es.c, test_timex_r6.c,
 * test_timex_r7.c).
 */
#ifndef TD_TEST_TIMEX_CASES_H
#define TD_TEST_TIMEX_CASES_H

#include <stddef.h>

/* One row: the `nth` timex (-1: the last) td_timex_find gives for `text`. */
struct timex_case {
    const char *lang, *text, *dct;
    int nth;
    const char *span; /* NULL: the text has no timex at all */
    const char *type, *value;
};

/* Checks every row of `cases[0..n)`, naming the row and its text on failure. */
void timex_check_cases(const struct timex_case *cases, size_t n);

#define TIMEX_CHECK_ALL(cases) timex_check_cases((cases), sizeof(cases) / sizeof((cases)[0]))

#endif
