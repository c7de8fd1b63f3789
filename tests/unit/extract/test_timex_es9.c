/*
 * test_timex_es9.c - tests of the Spanish rules of the second Spanish round
 * (src/extract/timex_es.c and the Spanish side of timex.c / timex_norm.c),
 * written from general Spanish news usage at fixed reference dates
 * (2008-10-10 is a Friday, 2022-01-07 a Friday). Each row: language, text,
 * reference date and the expected `nth` timex of the text (-1: the last one).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case tense_cases[] = {
    /* The imperfect of -er/-ir verbs looks back, capitalised at the start or not. */
    {"es", "Llovía el 3 de marzo en toda la región.", "2022-01-07", 0, "el 3 de marzo", "DATE",
     "2021-03-03"},
    {"es", "Los vecinos decían el 3 de marzo que no había agua.", "2022-01-07", 0,
     "el 3 de marzo", "DATE", "2021-03-03"},
    {"es", "Los vecinos temían el 3 de marzo una inundación.", "2022-01-07", 0,
     "el 3 de marzo", "DATE", "2021-03-03"},
    {"es", "La empresa crecía en marzo un 3%.", "2022-01-07", 0, "marzo", "DATE", "2021-03"},
    /* ... while a conditional in -ían still looks ahead. */
    {"es", "Los ministros decidirían el 3 de marzo.", "2022-01-07", 0, "el 3 de marzo", "DATE",
     "2022-03-03"},
    /* "desde" before a year-less month or a weekday: since then, in the past. */
    {"es", "El presidente está en el cargo desde diciembre.", "2008-10-10", 0, "diciembre",
     "DATE", "2007-12"},
    {"es", "El presidente está en el cargo desde el martes.", "2008-10-10", 0, "el martes",
     "DATE", "2008-10-07"},
    {"es", "Lleva hospitalizado desde el 3 de noviembre.", "2008-10-10", 0, "el 3 de noviembre",
     "DATE", "2007-11-03"},
    /* ... unless the verb looks ahead ("a partir de" has no such reading). */
    {"es", "La tienda abrirá desde el lunes por la mañana.", "2008-10-10", 0,
     "el lunes por la mañana", "TIME", "2008-10-13TMO"},
    {"es", "La ley se aplicará a partir del lunes.", "2008-10-10", 0, "lunes", "DATE",
     "2008-10-13"},
};

TD_TEST(test_timex_es9__tense)
{
    TIMEX_CHECK_ALL(tense_cases);
}
