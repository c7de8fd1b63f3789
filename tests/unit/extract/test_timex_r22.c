/*
 * test_timex_r22.c - tests of the temporal tagger's round-22 changes (Spanish): an age bound
 * ("mayores de 65 años", "tienen menos de 18 años") is no duration; "de última hora", "de
 * último minuto" ("last-minute") are no time, "la última hora" and "el último minuto" are
 * the stretch just past; bare weekdays of a weekly span ("de lunes a viernes") are sets; a
 * race time ("1:59:48") is no clock time and no timex starts inside one; "reabre", "reanuda" before
 * a weekday look ahead; a year back right after a past verb ("que empezó hace un año") is no
 * comparison quarter; "ese mismo día", "that same day" after a day and then a month named alone are
 * a day of that month; "la jornada de hoy", "el mediodía de ayer", "a finales del pasado mes de
 * enero" are one timex each.
 * Each row: language, text, reference date and the expected `nth` timex of the text (-1:
 * the last one; a NULL span: none).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* an age bound is no duration (was P65Y, P18Y) */
    {"es", "Trasladaron a 86 turistas mayores de 65 años.", "2041-02-20", 0, NULL, NULL, NULL},
    {"es", "Los menores de 18 años no pueden votar.", "2041-02-20", 0, NULL, NULL, NULL},
    {"es", "31 de los llegados tienen menos de 18 años.", "2041-02-20", 0, NULL, NULL, NULL},
    /* ... a stretch with "más de" still is one */
    {"es", "La sequía dura más de 18 años.", "2041-02-20", 0, "más de 18 años", "DURATION", "P18Y"},
    {"es", "Fue condenado a una pena de seis años.", "2041-02-20", 0, "seis años", "DURATION",
     "P6Y"},
    /* "de última hora", "de último minuto": the adjective "last-minute" (was the reference's
     * day) */
    {"es", "Un acuerdo de última hora evitó la huelga.", "2041-02-20", 0, NULL, NULL, NULL},
    {"es", "Ganó con un gol de último minuto.", "2041-02-20", 0, NULL, NULL, NULL},
    /* "la última hora", "el último minuto": the stretch just past (were the reference's day) */
    {"es", "En la última hora se registraron tres réplicas.", "2041-02-20", 0, "la última hora",
     "DURATION", "PT1H"},
    {"es", "Marcó en el último minuto.", "2041-02-20", 0, "el último minuto", "DURATION", "PT1M"},
    /* ... late in a part of the day still is a time, and "la última semana" keeps its reading */
    {"es", "La reunión terminó a última hora de la tarde.", "2041-02-20", 0,
     "última hora de la tarde", "TIME", "2041-02-20TAF"},
    {"es", "La última semana fue dura.", "2041-02-20", 0, "La última semana", "DURATION", "P1W"},
    /* bare weekdays of a weekly span are every such day (were the last Monday and Friday) */
    {"es", "El boletín llega de lunes a viernes a las siete.", "2034-03-14", 0, "lunes", "SET",
     "XXXX-WXX-1"},
    {"es", "El boletín llega de lunes a viernes a las siete.", "2034-03-14", 1, "viernes", "SET",
     "XXXX-WXX-5"},
    {"es", "El museo abre de martes a domingo.", "2034-03-14", -1, "domingo", "SET", "XXXX-WXX-7"},
    /* ... a named week takes the article and stays dated */
    {"es", "Del lunes al viernes hubo protestas.", "2034-03-17", 0, "lunes", "DATE", "2034-03-13"},
    {"es", "Llegó el viernes a Madrid.", "2034-03-14", 0, "el viernes", "DATE", "2034-03-10"},
    /* ... and a weekday after "a" with no "de WDAY" before it is a day, no set (review29:
     * was XXXX-WXX-1) */
    {"es", "La votación pasó del domingo a lunes.", "2034-03-14", 1, "lunes", "DATE", "2034-03-13"},
    /* a race time is no clock time (was 01:59 of the day) */
    {"es", "Ganó el domingo con 1:59:48 y batió el récord.", "2041-09-29", -1, "el domingo", "DATE",
     "2041-09-29"},
    /* ... in any language, and no timex starts at the minutes or seconds (were 48 hours,
     * 02:08, 30 hours) */
    {"de", "Er kam nach 1:59:48 Stunden ins Ziel.", "2041-09-29", 0, NULL, NULL, NULL},
    {"nl", "Ze verbeterde het record tot 2:08:47.", "2041-09-29", 0, NULL, NULL, NULL},
    {"es", "El sismo ocurrió a las 10:15:30 hora local.", "2041-09-29", -1, "las 10:15", "TIME",
     "2041-09-29T10:15"},
    {"en", "The blast occurred at 10:15:30 a.m. on Monday.", "2041-09-29", 0, "10:15", "TIME",
     "2041-09-29T10:15"},
    /* ... a clock time after "a las" still is one */
    {"es", "El ataque ocurrió a las 10:15 de la mañana.", "2041-09-29", 0, "las 10:15 de la mañana",
     "TIME", "2041-09-29T10:15"},
    /* a reopening or a resumption before a weekday is the coming one (was the last Saturday) */
    {"es", "El santuario reabre el sábado con aforo reducido.", "2041-03-01", 0, "el sábado",
     "DATE", "2041-03-02"},
    {"es", "La liga reanuda el domingo la competición.", "2041-03-01", 0, "el domingo", "DATE",
     "2041-03-03"},
    /* ... a past reopening still looks back */
    {"es", "El santuario reabrió el sábado con aforo reducido.", "2041-03-01", 0, "el sábado",
     "DATE", "2041-02-23"},
    /* a year back right after a past verb dates that event, not the quarter under
     * discussion (was 2021-Q4, 1988-Q3) */
    {"es",
     "La economía se contrajo un 0,4% en el último trimestre de 2022. Las exportaciones "
     "crecieron a pesar de la guerra, que empezó hace casi un año.",
     "2023-02-22", -1, "hace casi un año", "DATE", "2022"},
    {"en", "Net rose in the third quarter. The plant closed a year ago.", "1989-10-26", -1,
     "a year ago", "DATE", "1988"},
    /* ... a comparison still is that quarter a year back */
    {"es",
     "La empresa ganó 5 millones en el tercer trimestre de 2009, frente a 3 millones hace un "
     "año.",
     "2009-10-20", -1, "hace un año", "DATE", "2008-Q3"},
    {"en", "Net rose in the third quarter. Sales were $5 million a year ago.", "1989-10-26", -1,
     "a year ago", "DATE", "1988-Q3"},
    /* "that same day" after a month named alone is a day of that month (was the day
     * named before the month) */
    {"es",
     "MindSpring la cerró el jueves. La más reciente fue el pasado octubre, cuando murió el "
     "doctor. Su nombre fue tachado ese mismo día.",
     "1999-02-06", -1, "ese mismo día", "DATE", "1998-10-XX"},
    {"en",
     "MindSpring closed it on Thursday. The most recent was last October, when the doctor "
     "died. His name was crossed out that same day.",
     "1999-02-06", -1, "that same day", "DATE", "1998-10-XX"},
    /* ... a day named after the month is still the anchor */
    {"en", "The talks began in October. They resumed on Oct. 23 and ended that same day.",
     "1999-02-06", -1, "that same day", "DATE", "1998-10-23"},
    /* ... with no day named before the month, the story's day stays the reference's */
    {"es",
     "La Fiscalía imputó a un puestero por la muerte de los cóndores hallados en julio. El "
     "mismo día la Legislatura prohibió el plaguicida.",
     "2039-09-09", -1, "El mismo día", "DATE", "2039-09-09"},
    /* "la jornada de hoy", "la jornada del martes" are the day with their noun (were "hoy",
     * "martes" alone) */
    {"es", "En la jornada de hoy se reunirán los ministros.", "2009-03-10", 0, "la jornada de hoy",
     "DATE", "2009-03-10"},
    {"es", "Durante la jornada del domingo hubo paros.", "2009-03-10", 0, "la jornada del domingo",
     "DATE", "2009-03-08"},
    /* noon or midnight of a deictic is one time (were the time and the day apart) */
    {"es", "Al mediodía de ayer llegó el presidente.", "2009-03-10", 0, "mediodía de ayer", "TIME",
     "2009-03-09T12:00"},
    {"es", "La medianoche de hoy vence el plazo.", "2009-03-10", 0, "La medianoche de hoy", "TIME",
     "2009-03-10T24:00"},
    /* early or late in "el pasado mes de enero" is that month (was the last month and "enero"
     * apart) */
    {"es", "A finales del pasado mes de enero cerró la fábrica.", "2009-03-10", 0,
     "finales del pasado mes de enero", "DATE", "2009-01"},
    {"es", "El pasado mes de enero cerró la fábrica.", "2009-03-10", 0, "El pasado mes de enero",
     "DATE", "2009-01"},
};

TD_TEST(test_timex_r22__rules)
{
    TIMEX_CHECK_ALL(cases);
}
