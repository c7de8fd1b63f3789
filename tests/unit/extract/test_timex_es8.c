/*
 * test_timex_es8.c - tests of the Spanish rules of round 8 (src/extract/
 * timex_es.c and the Spanish side of timex.c / timex_token.c), written from
 * general Spanish news usage at fixed reference dates (2008-10-10 is a
 * Friday, 2022-01-07 a Friday). Each row: language, text, reference date
 * and the expected `nth` timex of the text (-1: the last one).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* A capitalised past verb that opens its sentence sets the direction of the date. */
    {"es", "Llovió el 3 de marzo en toda la región.", "2022-01-07", 0, "el 3 de marzo", "DATE",
     "2021-03-03"},
    {"es", "Ayer nevó. Anunció el 3 de marzo su dimisión.", "2022-01-07", 1, "el 3 de marzo",
     "DATE", "2021-03-03"},
    {"es", "¿Llegaron el 3 de marzo?", "2022-01-07", 0, "el 3 de marzo", "DATE", "2021-03-03"},
    {"es", "Llegará el 3 de marzo.", "2022-01-07", 0, "el 3 de marzo", "DATE", "2022-03-03"},
    /* A line break ends a sentence: a heading's verb does not set the body's tense. */
    {"es", "Boeing anunciará nuevos retrasos\nEl lunes la empresa cerró la planta.", "2008-10-10",
     0, "El lunes", "DATE", "2008-10-06"},
    {"es", "Boeing anunció retrasos\nLa empresa cerrará la planta el lunes", "2008-10-10", 0,
     "el lunes", "DATE", "2008-10-13"},
    /* Expectations, plans and conditionals look ahead; "para el lunes" is a deadline. */
    {"es", "Se espera que el Senado vote el jueves.", "2008-10-10", 0, "el jueves", "DATE",
     "2008-10-16"},
    {"es", "El Senado votaría el jueves.", "2008-10-10", 0, "el jueves", "DATE", "2008-10-16"},
    {"es", "Para el lunes se espera una decisión.", "2008-10-10", 0, "el lunes", "DATE",
     "2008-10-13"},
    {"es", "El Senado votó el jueves el rescate.", "2008-10-10", 0, "el jueves", "DATE",
     "2008-10-09"},
    {"es", "El rey hará una visita el martes.", "2008-10-10", 0, "el martes", "DATE",
     "2008-10-14"},
    /* ... but a noun in "-ería" is no conditional. */
    {"es", "La refinería cerró el jueves.", "2008-10-10", 0, "el jueves", "DATE", "2008-10-09"},
    /* "hasta" before a year-less date: a deadline ahead, unless a past verb precedes it. */
    {"es", "La empresa tiene hasta el 31 de marzo para presentar un plan.", "2008-10-10", 0,
     "el 31 de marzo", "DATE", "2009-03-31"},
    {"es", "La planta estuvo cerrada hasta el 31 de marzo.", "2008-10-10", 0, "el 31 de marzo",
     "DATE", "2008-03-31"},
    /* "el pasado mes de octubre" is the last October; the year named by REL. */
    {"es", "El pasado mes de octubre, la bolsa perdió un 30%.", "2008-10-10", 0,
     "El pasado mes de octubre", "DATE", "2007-10"},
    {"es", "En octubre del año pasado, la empresa despidió a 500 trabajadores.", "2008-10-10", 0,
     "octubre del año pasado", "DATE", "2007-10"},
    {"es", "El 5 de marzo de este año llovió.", "2022-01-07", 0, "El 5 de marzo de este año",
     "DATE", "2022-03-05"},
    {"es", "Marzo del próximo año será clave.", "2022-01-07", 0, "Marzo del próximo año", "DATE",
     "2023-03"},
    {"es", "El pasado marzo la empresa cerró.", "2008-10-10", 0, "El pasado marzo", "DATE",
     "2008-03"},
    {"es", "El próximo marzo la empresa cerrará.", "2008-10-10", 0, "El próximo marzo", "DATE",
     "2009-03"},
    {"es", "En octubre 2008 la bolsa cayó.", "2009-03-18", 0, "octubre 2008", "DATE", "2008-10"},
    /* "ese mes", "dicho año": the last month or year the text named. */
    {"es", "En mayo de 2005 el papa visitó Cuba. Ese mes también visitó México.", "2022-01-07", 1,
     "Ese mes", "DATE", "2005-05"},
    {"es", "En mayo de 2005 el papa visitó Cuba. Al mes siguiente visitó México.", "2022-01-07", 1,
     "mes siguiente", "DATE", "2005-06"},
    {"es", "En mayo de 2005 el papa visitó Cuba. Dicho año visitó México.", "2022-01-07", 1,
     "Dicho año", "DATE", "2005"},
    {"es", "El 3 de mayo de 2005 el papa visitó Cuba. Al día siguiente visitó México.",
     "2022-01-07", 1, "día siguiente", "DATE", "2005-05-04"},
    /* A part of the day the story is at: "esa misma noche", "la mañana siguiente". */
    {"es", "El 3 de mayo de 2005 llegó a Cuba. Esa misma noche cenó con el presidente.",
     "2022-01-07", 1, "Esa misma noche", "TIME", "2005-05-03TNI"},
    {"es", "El 3 de mayo de 2005 llegó a Cuba. La mañana siguiente visitó La Habana.",
     "2022-01-07", 1, "La mañana siguiente", "TIME", "2005-05-04TMO"},
    {"es", "El 3 de mayo de 2005 llegó a Cuba. El martes siguiente visitó La Habana.",
     "2022-01-07", 1, "El martes siguiente", "DATE", "2005-05-10"},
    {"es", "El 3 de mayo de 2005 llegó a Cuba. El lunes anterior visitó México.", "2022-01-07",
     1, "El lunes anterior", "DATE", "2005-05-02"},
    /* A month and year earlier in the sentence anchor a year-less month near the reference. */
    {"es", "La crisis comenzó en agosto de 2007 y se agravó en septiembre.", "2008-10-10", 1,
     "septiembre", "DATE", "2007-09"},
    {"es", "Fue elegido en noviembre de 2004 y tomó posesión en enero.", "2008-10-10", 1, "enero",
     "DATE", "2005-01"},
    /* ... but not across sentences, nor a bare year. */
    {"es", "La crisis comenzó en agosto de 2007. En septiembre se agravó.", "2008-10-10", 1,
     "septiembre", "DATE", "2008-09"},
    {"es", "La crisis comenzó en 2007 y se agravó en septiembre.", "2008-10-10", 1, "septiembre",
     "DATE", "2008-09"},
    /* "respecto al año anterior" is a year, not the rate "al año". */
    {"es", "Las ventas cayeron un 10% respecto al año anterior.", "2008-10-10", 0,
     "año anterior", "DATE", "2007"},
    {"es", "Gana un millón al año.", "2008-10-10", 0, "al año", "SET", "P1Y"},
    /* The quarter under discussion: "el trimestre", "el mismo trimestre del año anterior". */
    {"es", "En el tercer trimestre perdió dinero. Durante el trimestre vendió menos.",
     "2008-10-10", 1, "el trimestre", "DATE", "2008-Q3"},
    {"es", "En el tercer trimestre vendió menos que en el mismo trimestre del año anterior.",
     "2008-10-10", 1, "el mismo trimestre del año anterior", "DATE", "2007-Q3"},
    {"es", "Durante el trimestre, la empresa perdió dinero.", "2008-10-10", 0, NULL, NULL, NULL},
    {"es", "El índice ha caído un 20% en lo que llevamos de año.", "2008-10-10", 0,
     "lo que llevamos de año", "DATE", "2008"},
    /* Relative words: "entrante", "venideros"; vague "estos días", "hasta la fecha". */
    {"es", "La semana entrante se votará la ley.", "2008-10-10", 0, "La semana entrante", "DATE",
     "2008-W42"},
    {"es", "El euro subirá en los meses venideros.", "2008-10-10", 0, "los meses venideros",
     "DURATION", "PXM"},
    {"es", "En estos días la bolsa está nerviosa.", "2008-10-10", 0, "estos días", "DATE",
     "PRESENT_REF"},
    {"es", "Hasta la fecha no hay víctimas.", "2008-10-10", 0, "la fecha", "DATE", "PRESENT_REF"},
    {"es", "La empresa publica resultados trimestralmente.", "2008-10-10", 0, "trimestralmente",
     "SET", "P3M"},
    /* Holidays' eves. */
    {"es", "La víspera de Navidad la tienda estuvo abierta.", "2022-01-07", 0,
     "La víspera de Navidad", "DATE", "2021-12-24"},
    /* Clock times with "p. m." / "a.m." and with a zone and a weekday. */
    {"es", "El accidente ocurrió a las 3 p.m. hora local.", "2008-10-10", 0, "las 3 p.m.", "TIME",
     "2008-10-10T15:00"},
    {"es", "Llegó a las 10:30 a. m. al aeropuerto.", "2008-10-10", 0, "las 10:30 a. m.", "TIME",
     "2008-10-10T10:30"},
    {"es", "El accidente ocurrió a las 15:00 UTC del lunes.", "2008-10-10", 0,
     "las 15:00 UTC del lunes", "TIME", "2008-10-06T15:00"},
    /* A day of a month left unsaid, after its weekday: the month where the two agree. */
    {"es", "El sábado 13, se votó la ley.", "2008-10-10", 0, "El sábado 13", "DATE", "2008-09-13"},
    {"es", "El lunes día 13 se votará la ley.", "2008-10-10", 0, "El lunes día 13", "DATE",
     "2008-10-13"},
    {"es", "El lunes 13 personas murieron.", "2008-10-10", 0, "El lunes", "DATE", "2008-10-06"},
    /* Clock times after other prepositions, and with a deictic or a dated day. */
    {"es", "El incendio se declaró sobre las 22 horas.", "2008-10-10", 0, "las 22 horas", "TIME",
     "2008-10-10T22:00"},
    {"es", "La reunión será entre las 10 y las 12.", "2008-10-10", 1, "las 12", "TIME",
     "2008-10-10T12:00"},
    {"es", "A las 10 de la mañana de ayer llegó.", "2008-10-10", 0,
     "las 10 de la mañana de ayer", "TIME", "2008-10-09T10:00"},
    {"es", "A las 22.00 horas del 5 de mayo llegó.", "2008-10-10", 0,
     "las 22.00 horas del 5 de mayo", "TIME", "2008-05-05T22:00"},
    {"es", "Durante las 24 horas siguientes llovió.", "2008-10-10", 0, "las 24 horas siguientes",
     "DURATION", "PT24H"},
    /* "este mismo año"; the fiscal year "ejercicio" (not a drill). */
    {"es", "Este mismo año la empresa cerró.", "2008-10-10", 0, "Este mismo año", "DATE", "2008"},
    {"es", "En el pasado ejercicio la empresa ganó dinero.", "2008-10-10", 0,
     "el pasado ejercicio", "DATE", "2007"},
    {"es", "En el ejercicio fiscal 2007 la empresa ganó dinero.", "2008-10-10", 0,
     "el ejercicio fiscal 2007", "DATE", "2007"},
    {"es", "El ejercicio militar duró dos días.", "2008-10-10", 0, "dos días", "DURATION", "P2D"},
    /* Ages are no durations. */
    {"es", "El presidente, de 62 años, dimitió.", "2008-10-10", 0, NULL, NULL, NULL},
    {"es", "El hombre (45 años) fue detenido.", "2008-10-10", 0, NULL, NULL, NULL},
    {"es", "El niño tiene 5 años.", "2008-10-10", 0, NULL, NULL, NULL},
    {"es", "Hasta los 18 años no se puede votar.", "2008-10-10", 0, NULL, NULL, NULL},
    /* Counts that look like decades or years. */
    {"es", "La ley se aplicará en los 30 días siguientes.", "2008-10-10", 0,
     "los 30 días siguientes", "DURATION", "P30D"},
    {"es", "Murieron en los 90 minutos de combate.", "2008-10-10", 0, "los 90 minutos",
     "DURATION", "PT90M"},
    {"es", "En los 90 la empresa creció.", "2008-10-10", 0, "los 90", "DATE", "199"},
    {"es", "Unos 2000 empleados perderán su empleo.", "2008-10-10", 0, NULL, NULL, NULL},
    /* A capitalised month or season inside a sentence is a name. */
    {"es", "Marcharon a la Plaza de Mayo.", "2008-10-10", 0, NULL, NULL, NULL},
    {"es", "La Primavera Árabe comenzó en 2010.", "2008-10-10", 0, "2010", "DATE", "2010"},
    {"es", "Mayo fue un mes lluvioso.", "2008-10-10", 0, "Mayo", "DATE", "2008-05"},
    /* "anteriormente" only orders events. */
    {"es", "Anteriormente trabajó en Madrid.", "2008-10-10", 0, NULL, NULL, NULL},
    /* More forms: "el día 15 de octubre", "dos veces a la semana", ISO weeks of a month,
     * the start of this or next week, a part of a dated day after it, "del mediodía". */
    {"es", "El día 15 de octubre se votará la ley.", "2008-10-10", 0, "El día 15 de octubre",
     "DATE", "2008-10-15"},
    {"es", "Se reúnen dos veces a la semana.", "2008-10-10", 0, "dos veces a la semana", "SET",
     "P1W"},
    {"es", "En la primera semana de octubre la bolsa cayó.", "2008-10-10", 0,
     "la primera semana de octubre", "DATE", "2008-W40"},
    {"es", "A principios de la semana la bolsa cayó.", "2008-10-10", 0,
     "principios de la semana", "DATE", "2008-W41"},
    {"es", "A principios de la próxima semana se votará.", "2008-10-10", 0,
     "principios de la próxima semana", "DATE", "2008-W42"},
    {"es", "El presidente llegó el martes 7 de octubre por la tarde.", "2008-10-10", 0,
     "el martes 7 de octubre por la tarde", "TIME", "2008-10-07TAF"},
    {"es", "El presidente llegó a las 12 del mediodía.", "2008-10-10", 0, "las 12 del mediodía",
     "TIME", "2008-10-10T12:00"},
    {"es", "La empresa perderá dinero hasta finales del tercer trimestre.", "2008-10-10", 0,
     "finales del tercer trimestre", "DATE", "2008-Q3"},
};

TD_TEST(test_timex_es8__rules)
{
    TIMEX_CHECK_ALL(cases);
}
