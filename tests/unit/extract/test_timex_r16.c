/*
 * test_timex_r16.c - tests of the temporal tagger's round-16 changes, found on
 * our own modern wire-news sentences (eval/dates/en-news.txt, es-news.txt):
 * comparison periods, quarters named by a month or as "the final", bare
 * seasons by tense, clock times against the story's day, a future date
 * against a past story, and Spanish "el mismo mes de 2023" and "del mes
 * anterior". Each row: language, text, reference date and the expected `nth`
 * timex of the text (-1: the last one; a NULL span: none).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* a comparison period with "last year" is one timex, the quarter four back */
    {"en", "Revenue rose to $8.2 billion from $5.9 billion in the same period last year.",
     "2024-07-31", 0, "the same period last year", "DATE", "2023-Q2"},
    {"en", "Sales fell from the same quarter a year earlier.", "2024-07-31", 0,
     "the same quarter a year earlier", "DATE", "2023-Q2"},
    /* ... a month: the month the story is at, a year back */
    {"en", "Exports grew 8.7 percent in August from the same month last year.", "2024-09-16", -1,
     "the same month last year", "DATE", "2023-08"},
    /* "the prior quarter", as "the previous quarter" */
    {"en", "Sales rose in the first quarter. They grew more slowly than in the prior quarter.",
     "2024-04-04", -1, "the prior quarter", "DATE", "2023-Q4"},
    /* a fiscal quarter named by its last month; "the final quarter" with no year */
    {"en", "Sales of its phones fell 3 percent in the June quarter.", "2025-09-12", 0,
     "the June quarter", "DATE", "2025-Q2"},
    {"en", "Economists said growth would slow in the final quarter.", "2024-09-16", 0,
     "the final quarter", "DATE", "2024-Q4"},
    /* "a single day" is one day */
    {"en", "Prices rose 6 percent in a single day.", "2023-04-25", 0, "a single day", "DURATION",
     "P1D"},
    /* a distance is no timex */
    {"en", "The star, about 120 light-years away, is old.", "2025-04-15", 0, NULL, NULL, NULL},
    /* "the full year" after last year's fourth quarter is that year */
    {"en", "Income fell in the fourth quarter. For the full year, revenue was $12.3 billion.",
     "2025-03-06", -1, "the full year", "DATE", "2024"},
    {"en", "For the full year, revenue was $12.3 billion.", "2025-03-06", 0, "the full year",
     "DATE", "2025"},
    /* a bare season goes by the tense, of a weekday's verb when none is close */
    {"en", "The board will present a new strategy at an investor meeting in the spring.",
     "2025-11-05", 0, "the spring", "DATE", "2026-SP"},
    {"en", "The plant was closed in the spring.", "2025-02-01", 0, "the spring", "DATE", "2024-SP"},
    /* a past clock time is not on a later day the story named in another sentence */
    {"en", "Jobs data are due on Feb. 7. Oil settled at 2:30 p.m. ET.", "2025-01-22", -1,
     "2:30 p.m. ET", "TIME", "2025-01-22T14:30"},
    {"en", "The plant shut on Jan. 20. Power returned at 6 p.m.", "2025-01-22", -1, "6 p.m.",
     "TIME", "2025-01-20T18:00"},
    /* a future date does not read against a past story */
    {"en", "The increases began in December 2021. Markets expect the first cut by June.",
     "2023-12-07", -1, "June", "DATE", "2024-06"},
    /* "postponed" is a past verb: the weekday after it lies back */
    {"en", "The launch of the capsule was postponed Monday night.", "2024-05-09", 0, "Monday night",
     "DATE", "2024-05-06TNI"},
    /* "the year" of "the first eight months of the year" */
    {"en", "The surplus for the first eight months of the year reached $600 billion.", "2024-09-16",
     -1, "the year", "DATE", "2024"},
    /* a weekday range whose start has a part of the day */
    {"en", "A storm will bring snow from Thursday evening through Saturday morning.", "2025-02-13",
     -1, "Saturday morning", "DATE", "2025-02-15TMO"},
    /* Spanish: the month the story is at, in the year written */
    {"es",
     "España recibió 10,9 millones de turistas en junio, un 11% más que en el mismo mes "
     "de 2023.",
     "2024-08-14", -1, "el mismo mes de 2023", "DATE", "2023-06"},
    /* ... "del mes anterior": one before the month the story is at */
    {"es", "La inflación se situó en el 2,3% en febrero, frente al 2,5% del mes anterior.",
     "2025-03-27", -1, "mes anterior", "DATE", "2025-01"},
    /* ... a count of units ranked by an adjective is no stretch */
    {"es", "Los diez años más cálidos se han registrado en la última década.", "2025-01-08", 0,
     "la última década", "DURATION", "P10Y"},
    /* ... a clock time is on the day the story named in an earlier sentence */
    {"es",
     "Un hombre murió la madrugada del miércoles. El accidente ocurrió hacia las 3.30 "
     "horas.",
     "2023-03-16", -1, "las 3.30 horas", "TIME", "2023-03-15T03:30"},
};

TD_TEST(test_timex_r16__rules)
{
    TIMEX_CHECK_ALL(cases);
}
