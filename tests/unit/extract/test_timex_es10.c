/*
 * test_timex_es10.c - tests of the third Spanish round (values): the rules of
 * src/extract/timex_es.c and the Spanish side of timex.c / timex_norm.c,
 * written from general Spanish news usage at fixed reference dates
 * (2008-10-10 and 2008-01-18 are Fridays; also 2007-01-10, 2007-01-17,
 * 2008-04-20 and 2008-10-14). Each row: language, text,
 * reference date and the expected `nth` timex of the text (-1: the last one).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case form_cases[] = {
    /* a season of a written year with its article */
    {"es", "La empresa entró en el mercado en el verano de 2007.", "2008-10-10", 0,
     "el verano de 2007", "DATE", "2007-SU"},
    {"es", "La obra se terminó en la primavera del 2005.", "2008-10-10", 0,
     "la primavera del 2005", "DATE", "2005-SP"},
    /* early / mid / late in a decade written as "la década de" */
    {"es", "A mediados de la década de 1990 la empresa se expandió.", "2008-10-10", 0,
     "mediados de la década de 1990", "DATE", "199"},
    {"es", "A finales de la década de los 80 cerró la mina.", "2008-10-10", 0,
     "finales de la década de los 80", "DATE", "198"},
    {"es", "A principios de la década de los setenta llegó la democracia.", "2008-10-10", 0,
     "principios de la década de los setenta", "DATE", "197"},
    /* "el último año": the stretch up to now, a duration, as "the past year" */
    {"es", "El paro ha crecido un 20% en el último año.", "2008-10-10", 0, "el último año",
     "DURATION", "P1Y"},
    {"es", "La bolsa ha caído un 30% en el último mes.", "2008-10-10", 0, "el último mes",
     "DURATION", "P1M"},
    {"es", "En la última semana el petróleo ha bajado un 10%.", "2008-10-10", 0,
     "la última semana", "DURATION", "P1W"},
    {"es", "En la última década la empresa ha crecido mucho.", "2008-10-10", 0,
     "la última década", "DURATION", "P10Y"},
    /* ... not the latest quarter, nor a last week of a month */
    {"es", "Las ventas crecieron un 20% en el último trimestre.", "2008-10-10", 0,
     "el último trimestre", "DATE", "2008-Q3"},
    {"es", "La última semana de octubre habrá elecciones.", "2008-10-10", 0,
     "La última semana de octubre", "DATE", "2008-W44"},
    /* a half of the year REL names before it; what is left of the year */
    {"es", "Entrará en servicio en el segundo semestre del próximo año.", "2008-10-10", 0,
     "el segundo semestre del próximo año", "DATE", "2009-H2"},
    {"es", "Entró en servicio en el primer semestre del pasado año.", "2008-10-10", 0,
     "el primer semestre del pasado año", "DATE", "2007-H1"},
    {"es", "Entrará en servicio en lo que resta de año.", "2008-10-10", 0, "lo que resta de año",
     "DATE", "2008"},
    /* the first and last day of a year; the current unit */
    {"es", "La ley expira el último día de 2008.", "2008-10-10", 0, "el último día de 2008",
     "DATE", "2008-12-31"},
    {"es", "La ley entrará en vigor el primer día del próximo año.", "2008-10-10", 0,
     "el primer día del próximo año", "DATE", "2009-01-01"},
    {"es", "El último día del año pasado nevó.", "2008-10-10", 0, "El último día del año pasado",
     "DATE", "2007-12-31"},
    {"es", "La empresa prevé ganar 3 millones en el año actual.", "2008-10-10", 0,
     "el año actual", "DATE", "2008"},
    {"es", "La empresa prevé ganar 3 millones en el ejercicio actual.", "2008-10-10", 0,
     "el ejercicio actual", "DATE", "2008"},
    /* this winter, in January, is the one begun in December */
    {"es", "Las temperaturas de este invierno son las más altas.", "2008-01-18", 0,
     "este invierno", "DATE", "2007-WI"},
    {"es", "El próximo invierno será más frío.", "2008-01-18", 0, "El próximo invierno", "DATE",
     "2008-WI"},
    {"es", "Este verano habrá elecciones.", "2008-01-18", 0, "Este verano", "DATE", "2008-SU"},
    {"es", "Este invierno será frío.", "2008-10-10", 0, "Este invierno", "DATE", "2008-WI"},
};

TD_TEST(test_timex_es10__forms)
{
    TIMEX_CHECK_ALL(form_cases);
}

static const struct timex_case participle_cases[] = {
    /* a past participle before the date looks back */
    {"es", "El informe, publicado el jueves, prevé una recesión el próximo año.", "2008-10-10",
     0, "el jueves", "DATE", "2008-10-09"},
    {"es", "Según el informe publicado el jueves, el paro subirá.", "2008-10-10", 0,
     "el jueves", "DATE", "2008-10-09"},
    {"es", "El acuerdo, firmado el lunes en Bruselas, entrará en vigor en enero.", "2008-10-10",
     0, "el lunes", "DATE", "2008-10-06"},
    {"es", "El decreto, aprobado el 3 de marzo, entrará en vigor en abril.", "2008-01-18", 0,
     "el 3 de marzo", "DATE", "2007-03-03"},
    /* ... but a future passive looks ahead */
    {"es", "El acuerdo será firmado el lunes en Bruselas.", "2008-10-10", 0, "el lunes", "DATE",
     "2008-10-13"},
    {"es", "El decreto será aprobado el 3 de marzo.", "2008-01-18", 0, "el 3 de marzo", "DATE",
     "2008-03-03"},
    /* "de hecho" is no participle */
    {"es", "De hecho, el lunes habrá una reunión.", "2008-01-18", 0, "el lunes", "DATE",
     "2008-01-21"},
};

TD_TEST(test_timex_es10__participles)
{
    TIMEX_CHECK_ALL(participle_cases);
}

static const struct timex_case present_cases[] = {
    /* the present of a scheduled event before a weekday: the coming one */
    {"es", "El juicio comienza el lunes.", "2008-10-10", 0, "el lunes", "DATE", "2008-10-13"},
    {"es", "El Papa visita el domingo Lourdes.", "2008-10-10", 0, "el domingo", "DATE",
     "2008-10-12"},
    {"es", "Los ministros de Finanzas se reúnen el sábado en Washington.", "2008-10-10", 0,
     "el sábado", "DATE", "2008-10-11"},
    {"es", "La cumbre empieza el lunes y termina el miércoles.", "2008-01-18", -1,
     "el miércoles", "DATE", "2008-01-23"},
    /* obligations and wishes look ahead */
    {"es", "El Senado debe votar el plan el lunes.", "2008-10-10", 0, "el lunes", "DATE",
     "2008-10-13"},
    {"es", "El Senado quiere votar el plan el lunes.", "2008-10-10", 0, "el lunes", "DATE",
     "2008-10-13"},
    /* ... a past verb or a market report keeps the last one */
    {"es", "Los ministros se reunieron el sábado en Washington.", "2008-10-10", 0, "el sábado",
     "DATE", "2008-10-04"},
    {"es", "La bolsa cierra el lunes con pérdidas.", "2008-10-14", 0, "el lunes", "DATE",
     "2008-10-13"},
    /* ... and a noun after an article is no verb */
    {"es", "La visita el lunes del ministro causó protestas.", "2008-10-10", 0, "el lunes",
     "DATE", "2008-10-06"},
};

TD_TEST(test_timex_es10__present)
{
    TIMEX_CHECK_ALL(present_cases);
}

static const struct timex_case same_wday_cases[] = {
    /* a future verb and the reference's own weekday: next week's (today is "hoy") */
    {"es", "El presidente llegará el viernes a Madrid.", "2008-10-10", 0, "el viernes", "DATE",
     "2008-10-17"},
    {"es", "Se espera que el congreso vote la ley el viernes.", "2008-10-10", 0, "el viernes",
     "DATE", "2008-10-17"},
    {"es", "El presidente hablará el viernes por la noche.", "2008-10-10", 0,
     "el viernes por la noche", "TIME", "2008-10-17TNI"},
    /* ... not with "este", nor in the past, nor another weekday */
    {"es", "El congreso votará la ley este viernes.", "2008-10-10", 0, "este viernes", "DATE",
     "2008-10-10"},
    {"es", "El viernes el índice cerró con una caída del 3%.", "2008-10-10", 0, "El viernes",
     "DATE", "2008-10-10"},
    {"es", "El congreso votará la ley el sábado.", "2008-10-10", 0, "el sábado", "DATE",
     "2008-10-11"},
};

TD_TEST(test_timex_es10__same_weekday)
{
    TIMEX_CHECK_ALL(same_wday_cases);
}

static const struct timex_case then_cases[] = {
    /* "en ese momento": the day the story is at */
    {"es",
     "Singapore Airlines recibió el primer avión el 15 de octubre de 2007. En ese momento la "
     "empresa tenía 19 pedidos.",
     "2008-10-10", -1, "ese momento", "DATE", "2007-10-15"},
    /* ... else a vague past, or a vague future when the verb looks ahead */
    {"es", "En ese momento, la empresa tenía 300 empleados.", "2008-10-10", 0, "ese momento",
     "DATE", "PAST_REF"},
    {"es", "En ese momento se decidirá el futuro de la planta.", "2008-10-10", 0, "ese momento",
     "DATE", "FUTURE_REF"},
    /* back then */
    {"es", "En aquella época la empresa era pequeña.", "2008-10-10", 0, "aquella época", "DATE",
     "PAST_REF"},
    {"es", "Por aquel entonces la empresa tenía 19 pedidos.", "2008-10-10", 0, "aquel entonces",
     "DATE", "PAST_REF"},
};

TD_TEST(test_timex_es10__then)
{
    TIMEX_CHECK_ALL(then_cases);
}

static const struct timex_case decade_cases[] = {
    /* the second decade of "los años 80 y 90" is its own DATE */
    {"es", "La música de los años 80 y 90 vuelve a estar de moda.", "2008-10-10", 1, "90", "DATE",
     "199"},
    {"es", "En los años 60 y 70 hubo cambios.", "2008-10-10", 0, "los años 60", "DATE", "196"},
    {"es", "En los años 60 y 70 hubo cambios.", "2008-10-10", 1, "70", "DATE", "197"},
    /* ... not a count of a unit after it */
    {"es", "En los años 80 y 90 minutos después.", "2008-10-10", 1, "90 minutos", "DURATION",
     "PT90M"},
};

TD_TEST(test_timex_es10__decades)
{
    TIMEX_CHECK_ALL(decade_cases);
}

static const struct timex_case stretch_cases[] = {
    /* the first or last N units with the adjective after the count */
    {"es", "Las ventas cayeron en los nueve primeros meses del año.", "2008-10-10", 0,
     "los nueve primeros meses", "DURATION", "P9M"},
    {"es", "Las ventas cayeron en los primeros nueve meses del año.", "2008-10-10", 0,
     "los primeros nueve meses", "DURATION", "P9M"},
    {"es", "En los cinco últimos años la empresa creció.", "2008-10-10", 0,
     "los cinco últimos años", "DURATION", "P5Y"},
    /* ... but the last days of a month are a part of it, a date */
    {"es", "El acuerdo se firmó en los últimos días de septiembre.", "2008-10-10", 0,
     "los últimos días de septiembre", "DATE", "2008-09"},
    {"es", "El acuerdo se firmará en las primeras semanas de 2009.", "2008-10-10", 0,
     "las primeras semanas de 2009", "DATE", "2009"},
    {"es", "El acuerdo se firmó en los últimos días.", "2008-10-10", 0, "los últimos días",
     "DURATION", "PXD"},
    /* "en décadas", "en años": an unknown stretch */
    {"es", "Es la peor crisis financiera en décadas.", "2008-10-10", 0, "décadas", "DURATION",
     "PXDE"},
    {"es", "Por primera vez en años la bolsa subió.", "2008-10-10", 0, "años", "DURATION",
     "PXY"},
    /* ... not "en años anteriores" */
    {"es", "En años anteriores la bolsa subió.", "2008-10-10", 0, NULL, NULL, NULL},
};

TD_TEST(test_timex_es10__stretches)
{
    TIMEX_CHECK_ALL(stretch_cases);
}

static const struct timex_case window_cases[] = {
    /* the verb of a year-less date may stand further back in Spanish */
    {"es", "El teléfono saldrá a la venta en Estados Unidos en junio.", "2007-01-10", 0, "junio",
     "DATE", "2007-06"},
    {"es", "El teléfono salió a la venta en Estados Unidos en noviembre.", "2007-01-10", 0,
     "noviembre", "DATE", "2006-11"},
    /* ... still within its sentence */
    {"es", "El teléfono saldrá pronto. En noviembre se vendieron muchos.", "2007-01-10", -1,
     "noviembre", "DATE", "2006-11"},
};

TD_TEST(test_timex_es10__window)
{
    TIMEX_CHECK_ALL(window_cases);
}

static const struct timex_case ago_cases[] = {
    /* "hace" with an adverb before the count is still a date back */
    {"es", "Hace poco más de un año el banco quebró.", "2008-10-10", 0,
     "Hace poco más de un año", "DATE", "2007"},
    {"es", "Hace ya tres años el banco quebró.", "2008-10-10", 0, "Hace ya tres años", "DATE",
     "2005"},
    {"es", "El banco quebró hace exactamente un año.", "2008-10-10", 0,
     "hace exactamente un año", "DATE", "2007"},
    {"es", "El banco quebró hace justo un mes.", "2008-10-10", 0, "hace justo un mes", "DATE",
     "2008-09"},
    /* "hace poco" alone stays vague */
    {"es", "El banco quebró hace poco.", "2008-10-10", 0, "hace poco", "DATE", "PAST_REF"},
    /* early / late in the coming unit */
    {"es", "El banco quebrará a finales del mes que viene.", "2008-10-10", 0,
     "finales del mes que viene", "DATE", "2008-11"},
};

TD_TEST(test_timex_es10__ago)
{
    TIMEX_CHECK_ALL(ago_cases);
}

static const struct timex_case quarter_cases[] = {
    /* the quarter before or after the one the text named */
    {"es", "La economía creció un 0,5% en el tercer trimestre respecto al trimestre anterior.",
     "2008-10-10", 1, "trimestre anterior", "DATE", "2008-Q2"},
    {"es", "En el primer trimestre de 2008 perdió 10 millones; en el trimestre siguiente ganó 5.",
     "2008-10-10", 1, "el trimestre siguiente", "DATE", "2008-Q2"},
    /* with no future verb, a quarter two or more ahead of the reference's is last year's */
    {"es", "Apple presenta hoy los resultados del cuarto trimestre.", "2007-01-17", -1,
     "cuarto trimestre", "DATE", "2006-Q4"},
    {"es", "Los resultados del cuarto trimestre.", "2008-04-20", 0, "cuarto trimestre", "DATE",
     "2007-Q4"},
    /* ... not the next one, nor with a future verb */
    {"es", "Las ventas del segundo trimestre.", "2007-01-17", 0, "segundo trimestre", "DATE",
     "2007-Q2"},
    {"es", "Apple espera vender más en el cuarto trimestre.", "2007-01-17", 0,
     "el cuarto trimestre", "DATE", "2007-Q4"},
    /* ... else the one before the reference's quarter */
    {"es", "La economía creció un 0,5% respecto al trimestre anterior.", "2008-10-10", 0,
     "trimestre anterior", "DATE", "2008-Q3"},
};

TD_TEST(test_timex_es10__quarters)
{
    TIMEX_CHECK_ALL(quarter_cases);
}

static const struct timex_case year_before_cases[] = {
    /* "el año anterior", "al año siguiente" count from a year written just before */
    {"es", "En 2005 la empresa ganó 10 millones. El año anterior había perdido 5 millones.",
     "2008-10-10", -1, "El año anterior", "DATE", "2004"},
    {"es", "En 2005 la empresa ganó 10 millones. Al año siguiente perdió 5 millones.",
     "2008-10-10", -1, "año siguiente", "DATE", "2006"},
    /* ... not from one written paragraphs back, nor after a quarter */
    {"es",
     "La empresa, fundada en 1976, tiene 500 empleados. Vende en 30 países. Ganó 10 millones, "
     "frente a 8 millones el año anterior.",
     "2008-10-10", -1, "el año anterior", "DATE", "2007"},
    {"es", "En el tercer trimestre ganó 100 millones, frente a 80 millones el año anterior.",
     "2008-10-10", -1, "el año anterior", "DATE", "2007-Q3"},
};

TD_TEST(test_timex_es10__year_before)
{
    TIMEX_CHECK_ALL(year_before_cases);
}
