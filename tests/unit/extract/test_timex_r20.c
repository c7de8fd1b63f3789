/*
 * test_timex_r20.c - tests of the temporal tagger's round-20 changes: a
 * month or day of the year last written ("junio de ese año", "June of that
 * year"), a day of the month last named ("el 24 de ese mes"), a comparison
 * period of a written year ("el mismo trimestre de 2006", "the same period
 * of 2006"), Spanish "fin de semana" after "del", a fronted "until"
 * ("Hasta el jueves, no habían ...") and midnight or noon on a date. Each row: language, text,
 * reference date and the expected `nth` timex of the text (-1: the last one; a NULL span: none).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* a month of the year last written is one timex in that year */
    {"es", "La empresa se fundó en 2004 y en junio de ese año abrió su primera fábrica.",
     "2007-10-15", -1, "junio de ese año", "DATE", "2004-06"},
    {"es", "El tratado se firmó en 1995; el 5 de marzo de aquel año entró en vigor.", "2007-10-15",
     -1, "el 5 de marzo de aquel año", "DATE", "1995-03-05"},
    {"en", "The firm was founded in 2004, and in June of that year it opened a plant.",
     "2007-10-15", -1, "June of that year", "DATE", "2004-06"},
    {"en", "The firm was founded in 2004, and in June that year it opened a plant.", "2007-10-15",
     -1, "June that year", "DATE", "2004-06"},
    /* ... with no year written, the reference's */
    {"es", "En junio de ese año abrió su primera fábrica.", "2007-10-15", 0, "junio de ese año",
     "DATE", "2007-06"},
    /* a day of the month last named */
    {"es", "En febrero fue hospitalizado dos veces y el 24 de ese mes se le operó.", "2005-04-04",
     -1, "el 24 de ese mes", "DATE", "2005-02-24"},
    {"en", "He was admitted in February and died on the 24th of that month.", "2025-06-10", -1,
     "the 24th of that month", "DATE", "2025-02-24"},
    {"en", "He was admitted in 2020 and died on the 24th of that year.", "2025-06-10", -1,
     "that year", "DATE", "2020"},
    /* ... not a day of a week or year ("el 3 de esa semana" is no date) */
    {"es", "En febrero fue hospitalizado y el 31 de ese mes se le operó.", "2005-04-04", -1,
     "ese mes", "DATE", "2005-02"},
    /* a comparison period of a written year: the quarter under discussion in that year */
    {"es", "El beneficio del tercer trimestre subió un 5%, frente al mismo trimestre de 2006.",
     "2007-10-15", -1, "mismo trimestre de 2006", "DATE", "2006-Q3"},
    {"es", "El beneficio del tercer trimestre subió. En el periodo de 2006 había caído.",
     "2007-10-15", -1, "el periodo de 2006", "DATE", "2006-Q3"},
    {"es",
     "El beneficio del tercer trimestre subió un 5% respecto al mismo trimestre de hace un año.",
     "2007-10-15", -1, "mismo trimestre de hace un año", "DATE", "2006-Q3"},
    {"en", "Profit rose in the third quarter from the same quarter of 2006.", "2007-10-15", -1,
     "the same quarter of 2006", "DATE", "2006-Q3"},
    /* ... else the year */
    {"es", "Las ventas subieron un 5% respecto al mismo periodo de 2006.", "2007-10-15", -1,
     "mismo periodo de 2006", "DATE", "2006"},
    {"en", "Sales rose 5 percent from the same period of 2006.", "2007-10-15", -1,
     "the same period of 2006", "DATE", "2006"},
    /* Spanish "fin de semana" after "del" is the weekend, not the end of a week */
    {"es", "El banco quebró tras fracasar las negociaciones del fin de semana.", "2008-09-15", -1,
     "fin de semana", "DATE", "2008-W37-WE"},
    {"es", "Las negociaciones del fin de semana serán decisivas.", "2008-09-17", -1,
     "fin de semana", "DATE", "2008-W38-WE"},
    /* ... "a fin de mes" is still the end of the month */
    {"es", "El pago llegará a fin de mes.", "2008-09-15", 0, "fin de mes", "DATE", "2008-09"},
    /* a fronted "until" takes the tense of its sentence's verb */
    {"es", "Kopp fue detenido. Hasta el jueves, no habían calificado a Kopp de sospechoso.",
     "1999-05-07", -1, "el jueves", "DATE", "1999-05-06"},
    {"en", "Kopp was arrested. Until Thursday, police had not named him a suspect.", "1999-05-07",
     -1, "Thursday", "DATE", "1999-05-06"},
    /* ... ahead with a future or present verb, or after a verb ("tiene hasta") */
    {"es", "Kopp fue detenido. Hasta el jueves habrá lluvias.", "1999-05-07", -1, "el jueves",
     "DATE", "1999-05-13"},
    {"es", "Kopp fue detenido. Tiene hasta el jueves para presentar la denuncia.", "1999-05-07", -1,
     "el jueves", "DATE", "1999-05-13"},
    {"en", "Kopp was arrested. Until Thursday, the office will be closed.", "1999-05-07", -1,
     "Thursday", "DATE", "1999-05-13"},
    /* midnight or noon on a date is one time on that date */
    {"en", "The law takes effect at midnight on Dec. 31.", "2007-10-10", 0, "midnight on Dec. 31",
     "TIME", "2007-12-31T24:00"},
    {"en", "The law took effect at noon on Dec. 31, 2006.", "2007-10-10", 0,
     "noon on Dec. 31, 2006", "TIME", "2006-12-31T12:00"},
    {"es", "La ley entra en vigor a la medianoche del 31 de diciembre.", "2007-10-10", 0,
     "la medianoche del 31 de diciembre", "TIME", "2007-12-31T24:00"},
    /* ... alone, the reference's */
    {"en", "The shop closes at midnight.", "2007-10-10", 0, "midnight", "TIME", "2007-10-10T24:00"},
    /* a unit as the adjective "UNIT-long" is a duration */
    {"en", "A year-long mission is planned for the mid-2020s.", "2024-05-01", 0, "year-long",
     "DURATION", "P1Y"},
    {"en", "The family emerged from their third day-long meeting.", "2000-04-03", 0, "day-long",
     "DURATION", "P1D"},
    {"en", "A two-week-long strike ended.", "2000-04-03", 0, "two-week-long", "DURATION", "P2W"},
    {"en", "The weeklong festival ended.", "2000-04-03", 0, "weeklong", "DURATION", "P1W"},
    /* ... not a length ("a long year" is no unit-long) */
    {"en", "It was a long year.", "2000-04-03", 0, NULL, NULL, NULL},
    /* ... and a weekday then noon or midnight */
    {"es", "El gobierno anunció el jueves a mediodía su decisión.", "1998-02-13", 0,
     "el jueves a mediodía", "TIME", "1998-02-12T12:00"},
    {"es", "La tregua entrará en vigor el viernes a medianoche.", "1998-02-13", 0,
     "el viernes a medianoche", "TIME", "1998-02-13T24:00"},
    /* a newspaper is no set; "a diario" is one with its "a" */
    {"es", "El diario Maariv dijo el domingo que las declaraciones eran falsas.", "1998-03-01", 0,
     "el domingo", "DATE", "1998-03-01"},
    {"es", "No respondió a las llamadas de este diario.", "1998-03-01", 0, NULL, NULL, NULL},
    {"es", "© Diario de la Confluencia. Todos los derechos reservados.", "1998-03-01", 0, NULL,
     NULL, NULL},
    {"es", "(Diario Atlántico de Vigo) MARÍN.", "1998-03-01", 0, NULL, NULL, NULL},
    {"es", "El Gobierno celebra actos como este casi a diario.", "2000-01-07", 0, "a diario", "SET",
     "P1D"},
    {"es", "El consumo diario de agua subió.", "2000-01-07", 0, "diario", "SET", "P1D"},
    /* the end of a range from today lies ahead */
    {"es", "La Marina ha prohibido desde hoy y hasta el 30 de septiembre la navegación.",
     "2035-06-15", -1, "el 30 de septiembre", "DATE", "2035-09-30"},
    {"es", "La Marina prohibió desde hoy y hasta el 30 de marzo la navegación.", "2035-06-15", -1,
     "el 30 de marzo", "DATE", "2036-03-30"},
    /* ... "hasta" after a past verb alone still lies back */
    {"es", "La planta estuvo cerrada hasta el 31 de marzo.", "2035-06-15", 0, "el 31 de marzo",
     "DATE", "2035-03-31"},
    /* "para el domingo" is a deadline ahead, also after a past verb */
    {"es", "Los vecinos organizaron una marcha para el domingo.", "2035-06-15", 0, "el domingo",
     "DATE", "2035-06-17"},
    /* a ban "hasta" a date ends ahead; "a partir del miércoles" is the coming one */
    {"es", "Ucrania prohibió las exportaciones de trigo hasta el 30 de septiembre.", "2028-06-17",
     0, "el 30 de septiembre", "DATE", "2028-09-30"},
    {"es", "Los sindicatos anunciaron otro paro en el puerto a partir del miércoles.", "2028-05-15",
     0, "miércoles", "DATE", "2028-05-17"},
    /* "a media mañana" is mid-morning, not tomorrow */
    {"es", "La tripulación llegó a puerto a media mañana.", "2035-06-02", 0, "media mañana", "TIME",
     "2035-06-02TMO"},
    /* ... and in English */
    {"en", "By Subcontinent Daily staff. What happened?", "2032-03-06", 0, NULL, NULL, NULL},
    /* ... at the very start of the text too (read a token before the first one, which the
     * sanitizer suite caught) */
    {"en", "Subcontinent Daily staff. What happened?", "2032-03-06", 0, NULL, NULL, NULL},
    {"en", "Ounapuu, a correspondent for the regional daily Pohjaranniku Paevaleht, was freed.",
     "2033-02-08", 0, NULL, NULL, NULL},
    {"en", "The pills are taken daily. Doctors agree.", "2033-02-08", 0, "daily", "SET", "P1D"},
    /* "the fall" after a verb of cause is a drop, not the season */
    {"en", "A spectator leaning into the road appeared to have caused the fall.", "2033-07-10", 0,
     NULL, NULL, NULL},
    {"en", "The plant will open in the fall.", "2033-07-10", 0, "the fall", "DATE", "2033-FA"},
    /* a live blog's time stamp is on the reference's day, not on a day its entries named */
    {"en",
     "BRATISLAVA - Builders found the bomb on Friday at the site.\n\n07:00 CET - Evacuation "
     "of about 14,000 residents begins.",
     "2034-02-05", -1, "07:00 CET", "TIME", "2034-02-05T07:00"},
    /* ... a time inside a sentence still takes the story's day */
    {"en", "BRATISLAVA - Builders found the bomb on Friday.\n\nThe bomb went off at 4 p.m.",
     "2034-02-05", -1, "4 p.m.", "TIME", "2034-02-03T16:00"},
    /* a weekday and its day before a clock time or a second day */
    {"es", "El partido se juega el sábado 13 a las 20.00 horas.", "2007-10-10", 0, "el sábado 13",
     "DATE", "2007-10-13"},
    {"es", "La feria abre el lunes 5 y el martes 6.", "2007-10-10", 0, "el lunes 5", "DATE",
     "2007-11-05"},
    /* ... not before a score */
    {"es", "El equipo ganó el sábado 3 a 1.", "2007-10-10", 0, "el sábado", "DATE", "2007-10-06"},
    /* an age between a comma and the end of the sentence is no duration */
    {"es", "El cuerpo pertenecía a Jorge Hernández, de 49 años.", "1998-02-13", 0, NULL, NULL,
     NULL},
    /* ... or after a capitalised name and "de" */
    {"es", "Su portavoz, estudiante de Farmacia de 23 años, habló.", "2024-02-25", 0, NULL, NULL,
     NULL},
    {"es", "Lo contó un engrasador de Bueu de 34 años.", "2036-02-15", 0, NULL, NULL, NULL},
    /* ... a stretch still is */
    {"es", "Fue condenado a 20 años de cárcel.", "1998-02-13", 0, "20 años", "DURATION", "P20Y"},
    {"es", "La Ley de 10 años de plazo entró en vigor.", "1998-02-13", 0, "10 años", "DURATION",
     "P10Y"},
};

TD_TEST(test_timex_r20__rules)
{
    TIMEX_CHECK_ALL(cases);
}
