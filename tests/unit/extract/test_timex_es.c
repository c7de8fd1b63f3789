/*
 * test_timex_es.c - tests of the Spanish rules of round 5 (src/extract/
 * timex_es.c), written from general Spanish usage at fixed reference
 * dates: the article inside a dated day, parts of a dated day, "desde hace
 * años", "el mismo día", frequencies, "y medio", hours with their weekday,
 * spelled-out numbers and the tense markers that set a date's direction.
 * Each row: text, reference date, expected timex (the first unless `last`).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* "el" belongs to a dated day, as "the" does in English. */
    {"es", "Las elecciones serán el 20 de noviembre.", "2009-03-18", 0, "el 20 de noviembre",
     "DATE", "2009-11-20"},
    {"es", "El 11 de septiembre de 2001 cambió todo.", "2009-03-18", 0,
     "El 11 de septiembre de 2001", "DATE", "2001-09-11"},
    {"es", "Llegó el 3 de mayo del año 2001.", "2009-03-18", 0, "el 3 de mayo del año 2001", "DATE",
     "2001-05-03"},
    {"es", "Desde el 2 de enero nada cambió.", "2009-03-18", 0, "el 2 de enero", "DATE",
     "2009-01-02"},
    /* A part of a dated day. */
    {"es", "Llovió la noche del 3 de marzo.", "2009-03-18", 0, "la noche del 3 de marzo", "TIME",
     "2009-03-03TNI"},
    {"es", "Salió la mañana del 5 de mayo de 2008.", "2009-03-18", 0,
     "la mañana del 5 de mayo de 2008", "TIME", "2008-05-05TMO"},
    {"es", "El año pasado fue duro.", "2009-03-18", 0, "El año pasado", "DATE", "2008"},
    {"es", "Vive en Madrid desde hace años.", "2009-03-18", 0, "hace años", "DURATION", "PXY"},
    {"es", "Hace años vivía en Madrid.", "2009-03-18", 0, "Hace años", "DATE", "PAST_REF"},
    /* "el mismo día", "el mismo año" follow the story; "el día de hoy" is today. */
    {"es", "Llegó el 3 de marzo de 2008 y el mismo día se fue.", "2009-03-18", -1, "el mismo día",
     "DATE", "2008-03-03"},
    {"es", "En 1998 se casó y el mismo año se divorció.", "2009-03-18", -1, "el mismo año", "DATE",
     "1998"},
    {"es", "Lo anunció el día de hoy.", "2009-03-18", 0, "el día de hoy", "DATE", "2009-03-18"},
    {"es", "Lo anunció el día de ayer.", "2009-03-18", 0, "el día de ayer", "DATE", "2009-03-17"},
    /* Frequencies. */
    {"es", "Se reúnen dos veces al año.", "2009-03-18", 0, "dos veces al año", "SET", "P1Y"},
    {"es", "Viene una vez por semana.", "2009-03-18", 0, "una vez por semana", "SET", "P1W"},
    /* "y medio": the half in the next smaller unit. */
    {"es", "Estuvo preso tres años y medio.", "2009-03-18", 0, "tres años y medio", "DURATION",
     "P3Y6M"},
    {"es", "Esperó una hora y media.", "2009-03-18", 0, "una hora y media", "DURATION", "PT1H30M"},
    /* An hour with its weekday. */
    {"es", "Estalló a las 8 de la mañana del domingo.", "2009-03-18", 0,
     "las 8 de la mañana del domingo", "TIME", "2009-03-15T08:00"},
    {"es", "Empezó a las 15.30 horas del martes.", "2009-03-18", 0, "las 15.30 horas del martes",
     "TIME", "2009-03-17T15:30"},
    {"es", "Cierra a las 10 de la noche.", "2009-03-18", 0, "las 10 de la noche", "TIME",
     "2009-03-18T22:00"},
    /* Spelled-out numbers up to "cien". */
    {"es", "Duró veintitrés días.", "2009-03-18", 0, "veintitrés días", "DURATION", "P23D"},
    {"es", "Hace veintidós días llegó.", "2009-03-18", 0, "Hace veintidós días", "DATE",
     "2009-02-24"},
    {"es", "Ocurrió hace cien años.", "2009-03-18", 0, "hace cien años", "DATE", "1909"},
    /* A weekday with its REL word and a part of the day. */
    {"es", "Ocurrió el pasado domingo por la tarde.", "2009-03-18", 0,
     "el pasado domingo por la tarde", "TIME", "2009-03-15TAF"},
    /* "a fin de mes" is this month; "fin de semana" stays a weekend. */
    {"es", "El plazo vence a fin de mes.", "2009-03-18", 0, "fin de mes", "DATE", "2009-03"},
    {"es", "Hubo disturbios durante el fin de semana.", "2009-03-18", 0, "el fin de semana", "DATE",
     "2009-W11-WE"},
    /* "el próximo fin de semana" on a weekday is the coming one. */
    {"es", "Lloverá el próximo fin de semana.", "2009-03-18", 0, "el próximo fin de semana", "DATE",
     "2009-W12-WE"},
    {"es", "Lloverá el próximo fin de semana.", "2009-03-21", 0, "el próximo fin de semana", "DATE",
     "2009-W13-WE"},
    /* Sets of weekdays. */
    {"es", "Cada lunes se reúnen.", "2009-03-18", 0, "Cada lunes", "SET", "XXXX-WXX-1"},
    {"es", "Los domingos cierra.", "2009-03-18", 0, "Los domingos", "SET", "XXXX-WXX-7"},
    /* "hasta el momento": so far. */
    {"es", "Hasta el momento no hay víctimas.", "2009-03-18", 0, "el momento", "DATE",
     "PRESENT_REF"},
    /* "el año en curso", "el presente año": this one. */
    {"es", "Las ventas del año en curso subieron.", "2009-03-18", 0, "año en curso", "DATE",
     "2009"},
    {"es", "En el presente año habrá elecciones.", "2009-03-18", 0, "el presente año", "DATE",
     "2009"},
    /* A bare plural after a verb of lasting. */
    {"es", "La investigación durará meses.", "2005-10-04", 0, "meses", "DURATION", "PXM"},
    {"es", "Lleva décadas en el poder.", "2005-10-04", 0, "décadas", "DURATION", "PXDE"},
    /* Midnight and noon with their weekday; a clock time in UTC. */
    {"es", "El plazo venció a medianoche del viernes.", "2005-10-04", 0, "medianoche del viernes",
     "TIME", "2005-09-30T24:00"},
    {"es", "Ocurrió a las 10:00 hora local (14:00 UTC).", "2005-10-04", -1, "14:00 UTC", "TIME",
     "2005-10-04T14:00"},
    /* A present verb before a bare weekday looks ahead. */
    {"es", "El partido es el sábado.", "2009-03-18", 0, "el sábado", "DATE", "2009-03-21"},
    /* Irregular preterites, imperfects and conditionals set a weekday's direction. */
    {"es", "La policía detuvo el 3 de marzo a dos hombres.", "2009-02-10", 0, "el 3 de marzo",
     "DATE", "2008-03-03"},
    {"es", "El alcalde tenía el 3 de marzo dos casas.", "2009-02-10", 0, "el 3 de marzo", "DATE",
     "2008-03-03"},
    {"es", "El ministro podría dimitir el 3 de marzo.", "2009-04-10", 0, "el 3 de marzo", "DATE",
     "2010-03-03"},
    {"es", "La mayoría de los votos llegará el 3 de marzo.", "2009-02-10", 0, "el 3 de marzo",
     "DATE", "2009-03-03"},
    /* A spelled-out decade after a preposition; a count is none. */
    {"es", "La empresa creció en los noventa.", "2009-03-18", 0, "los noventa", "DATE", "199"},
    {"es", "Murieron en los dos accidentes.", "2009-03-18", 0, NULL, NULL, NULL},
};

TD_TEST(test_timex_es__round5)
{
    TIMEX_CHECK_ALL(cases);
}
