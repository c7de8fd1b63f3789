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

static const struct timex_case form_cases[] = {
    /* A day of a month named by REL: "el 15 de este mes", "el 3 del mes pasado". */
    {"es", "Las elecciones serán el 15 de este mes.", "2008-10-10", 0, "el 15 de este mes",
     "DATE", "2008-10-15"},
    {"es", "El 3 del mes pasado cerró la planta.", "2008-10-10", 0, "El 3 del mes pasado",
     "DATE", "2008-09-03"},
    {"es", "El juicio empezará el día 2 del próximo mes.", "2008-10-10", 0,
     "el día 2 del próximo mes", "DATE", "2008-11-02"},
    /* "el primero de octubre", "el 1º de enero": the first day of the month. */
    {"es", "El primero de octubre entró en vigor la ley.", "2008-10-10", 0,
     "El primero de octubre", "DATE", "2008-10-01"},
    {"es", "La ley entrará en vigor el primero de enero de 2010.", "2008-10-10", 0,
     "el primero de enero de 2010", "DATE", "2010-01-01"},
    {"es", "La ley entra en vigor el 1º de enero.", "2008-10-10", 0, "el 1º de enero", "DATE",
     "2009-01-01"},
    {"es", "La ley entró en vigor el 1° de octubre.", "2008-10-10", 0, "el 1° de octubre",
     "DATE", "2008-10-01"},
    /* ... not the first of a list */
    {"es", "Fue el primero de los candidatos en hablar.", "2008-10-10", 0, NULL, NULL, NULL},
    /* A weekday of a week named by REL is one date: "el martes de la semana pasada". */
    {"es", "El martes de la semana pasada cayó la bolsa.", "2008-10-10", 0,
     "El martes de la semana pasada", "DATE", "2008-09-30"},
    {"es", "La cumbre será el lunes de la próxima semana.", "2008-10-10", 0,
     "el lunes de la próxima semana", "DATE", "2008-10-13"},
    {"es", "El miércoles de esta semana se votó la ley.", "2008-10-10", 0,
     "El miércoles de esta semana", "DATE", "2008-10-08"},
    {"es", "El domingo de la semana que viene habrá elecciones.", "2008-10-10", 0,
     "El domingo de la semana que viene", "DATE", "2008-10-19"},
    /* Half a month: "la segunda quincena de octubre" is the month, with its extent. */
    {"es", "Las obras terminarán en la segunda quincena de octubre.", "2008-10-10", 0,
     "la segunda quincena de octubre", "DATE", "2008-10"},
    {"es", "En la primera quincena de marzo de 2007 llovió.", "2008-10-10", 0,
     "la primera quincena de marzo de 2007", "DATE", "2007-03"},
    {"es", "Las obras terminarán en la segunda quincena del mes.", "2008-10-10", 0,
     "la segunda quincena del mes", "DATE", "2008-10"},
    {"es", "La planta cerró la primera quincena del mes pasado.", "2008-10-10", 0,
     "la primera quincena del mes pasado", "DATE", "2008-09"},
};

TD_TEST(test_timex_es9__forms)
{
    TIMEX_CHECK_ALL(form_cases);
}

static const struct timex_case season_cases[] = {
    /* A bare season follows the tense: last summer in a past sentence written in January. */
    {"es", "En verano hubo protestas en la capital.", "2022-01-07", 0, "verano", "DATE",
     "2021-SU"},
    {"es", "En verano habrá elecciones.", "2022-01-07", 0, "verano", "DATE", "2022-SU"},
    {"es", "Las obras empezarán en primavera.", "2008-10-10", 0, "primavera", "DATE",
     "2009-SP"},
    {"es", "Las obras empezaron en primavera.", "2008-10-10", 0, "primavera", "DATE",
     "2008-SP"},
    /* the winter under way in January began the December before */
    {"es", "El invierno está siendo muy frío.", "2022-01-07", 0, "El invierno", "DATE",
     "2021-WI"},
    {"es", "Durante el otoño la bolsa cayó.", "2008-10-10", 0, "el otoño", "DATE", "2008-FA"},
};

TD_TEST(test_timex_es9__seasons)
{
    TIMEX_CHECK_ALL(season_cases);
}

static const struct timex_case span_cases[] = {
    /* "N units before" an event is a duration; "N units earlier" a date back from the
     * reference. */
    {"es", "Dimitió dos días antes de las elecciones.", "2008-10-10", 0, "dos días", "DURATION",
     "P2D"},
    {"es", "Dimitió unos tres meses antes del juicio.", "2008-10-10", 0, "unos tres meses",
     "DURATION", "P3M"},
    {"es", "Las ventas subieron un 5% respecto a un año antes.", "2008-10-10", 0,
     "un año antes", "DATE", "2007"},
    {"es", "Dos días antes había llovido.", "2008-10-10", 0, "Dos días antes", "DATE",
     "2008-10-08"},
    /* "fiscal" inside the extent */
    {"es", "En el tercer trimestre fiscal las ventas cayeron.", "2008-10-10", 0,
     "el tercer trimestre fiscal", "DATE", "2008-Q3"},
    {"es", "El año fiscal 2008 fue malo.", "2008-10-10", 0, "El año fiscal 2008", "DATE",
     "2008"},
    {"es", "En un futuro próximo habrá un acuerdo.", "2008-10-10", 0, "un futuro próximo",
     "DATE", "FUTURE_REF"},
    /* a day named by its attacks */
    {"es", "Tras los atentados del 11-S cambió la política exterior.", "2008-10-10", 0, "11-S",
     "DATE", "2001-09-11"},
    {"es", "El 11-M cambió el gobierno.", "2008-10-10", 0, "El 11-M", "DATE", "2004-03-11"},
};

TD_TEST(test_timex_es9__spans)
{
    TIMEX_CHECK_ALL(span_cases);
}

static const struct timex_case set_cases[] = {
    /* clock times with "y media", "y cuarto", "menos cuarto" */
    {"es", "El tren llegó a las 10 y media.", "2008-10-10", 0, "las 10 y media", "TIME",
     "2008-10-10T10:30"},
    {"es", "El tren llegó a las 9 y cuarto.", "2008-10-10", 0, "las 9 y cuarto", "TIME",
     "2008-10-10T09:15"},
    {"es", "El tren llegó a las 8 menos cuarto.", "2008-10-10", 0, "las 8 menos cuarto", "TIME",
     "2008-10-10T07:45"},
    /* ... not a count: "las 10 y media docena" has no such time */
    {"es", "Ganaron 3 partidos y media docena de empates.", "2008-10-10", 0, NULL, NULL, NULL},
    /* every season or part of the day */
    {"es", "El festival se celebra cada verano.", "2008-10-10", 0, "cada verano", "SET",
     "XXXX-SU"},
    {"es", "El festival se celebra todos los inviernos.", "2008-10-10", 0,
     "todos los inviernos", "SET", "XXXX-WI"},
    {"es", "Se reúnen todas las mañanas.", "2008-10-10", 0, "todas las mañanas", "SET",
     "XXXX-XX-XXTMO"},
    {"es", "Sale cada noche a correr.", "2008-10-10", 0, "cada noche", "SET", "XXXX-XX-XXTNI"},
    /* the whole of a unit */
    {"es", "Llovió todo el día.", "2008-10-10", 0, "todo el día", "DURATION", "P1D"},
    {"es", "Trabajó toda la semana.", "2008-10-10", 0, "toda la semana", "DURATION", "P1W"},
};

TD_TEST(test_timex_es9__sets)
{
    TIMEX_CHECK_ALL(set_cases);
}
