/*
 * test_timex_r6.c - tests of the temporal tagger's round-6 rules (src/
 * extract/timex*.c): year ranges, relative-to-relative anchoring and the
 * Spanish forms of the round. Each row: language, text, reference date and
 * the expected `nth` timex of the text (-1: the last one).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* A year range is two years; TimeML tags each one. */
    {"en", "The 2008-2009 recession hurt.", "2022-01-07", 0, "2008", "DATE", "2008"},
    {"en", "The 2008-2009 recession hurt.", "2022-01-07", 1, "2009", "DATE", "2009"},
    {"en", "Output fell in 2008\xe2\x80\x93" "2009.", "2022-01-07", 0, "2008", "DATE", "2008"},
    {"en", "Output fell in 2008\xe2\x80\x93" "2009.", "2022-01-07", -1, "2009", "DATE", "2009"},
    {"es", "La crisis de 2008-2009 fue dura.", "2022-01-07", 0, "2008", "DATE", "2008"},
    /* ... but not a hyphenated word or a date. */
    {"en", "A 1998-2000-era plan.", "2022-01-07", -1, "1998", "DATE", "1998"},
    {"en", "It closed on 2008-12-01.", "2022-01-07", 0, "2008-12-01", "DATE", "2008-12-01"},
    /* "the next day" counts from the last day the text named, explicit or not. */
    {"en", "Police arrested him on Tuesday. The next day he was charged.", "2022-01-07", -1,
     "The next day", "DATE", "2022-01-05"},
    {"en", "On Jan. 3 he resigned. The following day his deputy quit.", "2022-01-07", -1,
     "The following day", "DATE", "2022-01-04"},
    {"en", "The storm hit on March 3, 2020. The next day the power returned.", "2022-01-07", -1,
     "The next day", "DATE", "2020-03-04"},
    {"en", "The next day he quit.", "2022-01-07", 0, "The next day", "DATE", "2022-01-08"},
    {"en", "In 2019 it grew. The next day he quit.", "2022-01-07", -1, "The next day", "DATE",
     "2022-01-08"},
    {"es", "La policía lo detuvo el martes. Al día siguiente fue acusado.", "2022-01-07", -1,
     "día siguiente", "DATE", "2022-01-05"},
    /* "anoche" is the night before the reference day, as "last night" is. */
    {"es", "Anoche hubo un incendio.", "2022-01-07", 0, "Anoche", "TIME", "2022-01-06TNI"},
    {"es", "Anteanoche llovió.", "2022-01-07", 0, "Anteanoche", "TIME", "2022-01-05TNI"},
    {"en", "Last night a fire broke out.", "2022-01-07", 0, "Last night", "TIME", "2022-01-06TNI"},
    /* A date after "that"/"que" takes the tense of its own clause, not the reporting verb's. */
    {"es", "El ministro dijo que el jueves presentará el plan.", "2022-01-07", 0, "el jueves",
     "DATE", "2022-01-13"},
    {"es", "El ministro dijo que el jueves presentó el plan.", "2022-01-07", 0, "el jueves",
     "DATE", "2022-01-06"},
    {"en", "He said that on Tuesday the board will meet.", "2022-01-07", 0, "Tuesday", "DATE",
     "2022-01-11"},
    {"en", "He said that on Tuesday the board met.", "2022-01-07", 0, "Tuesday", "DATE",
     "2022-01-04"},
    {"en", "He said that on Tuesday prices fell.", "2022-01-07", 0, "Tuesday", "DATE",
     "2022-01-04"},
    /* Spanish halves of the reference year or of a relative one. */
    {"es", "En la segunda mitad del año mejoró.", "2022-01-07", 0, "la segunda mitad del año",
     "DATE", "2022-H2"},
    {"es", "La primera mitad del año pasado fue mala.", "2022-01-07", 0,
     "La primera mitad del año pasado", "DATE", "2021-H1"},
    {"es", "En la segunda mitad de este año subirá.", "2022-01-07", 0,
     "la segunda mitad de este año", "DATE", "2022-H2"},
    /* Spanish seasons with an article and REL on either side; "año y medio". */
    {"es", "La próxima primavera abrirá.", "2022-01-07", 0, "La próxima primavera", "DATE",
     "2022-SP"},
    {"es", "La primavera pasada cerró.", "2022-01-07", 0, "La primavera pasada", "DATE",
     "2021-SP"},
    {"es", "Durante año y medio esperó.", "2022-01-07", 0, "año y medio", "DURATION", "P18M"},
    {"es", "Tardó hora y media.", "2022-01-07", 0, "hora y media", "DURATION", "PT1H30M"},
    /* A bare time is on the day its sentence named, not the reference's. */
    {"en", "He spoke yesterday at 3 p.m. in Rome.", "2022-01-07", 1, "3 p.m.", "TIME",
     "2022-01-06T15:00"},
    {"en", "The storm hit on March 3, 2020, at 4 a.m. in the north.", "2022-01-07", 1, "4 a.m.",
     "TIME", "2020-03-03T04:00"},
    {"en", "It hit on March 3, 2020, at 4 a.m. Power returned at 6 p.m. today.", "2022-01-07",
     2, "6 p.m. today", "TIME", "2022-01-07T18:00"},
    /* ... and since round 14, in English, on the day its text named last (the story's day;
     * it was the reference's when the day was in another sentence) */
    {"en", "It hit on March 3, 2020. Power returned at 6 p.m.", "2022-01-07", -1, "6 p.m.",
     "TIME", "2020-03-03T18:00"},
    {"es", "Ayer a las 10 de la noche llegó.", "2022-01-07", 1, "las 10 de la noche", "TIME",
     "2022-01-06T22:00"},
    /* Spanish: "que viene" after a weekday, sets of weekends, "el 2020", "de madrugada",
     * "esa semana" (the week of the last day named). */
    {"es", "El lunes que viene habrá pleno.", "2022-01-07", 0, "El lunes que viene", "DATE",
     "2022-01-10"},
    {"es", "Los fines de semana abre.", "2022-01-07", 0, "Los fines de semana", "SET",
     "XXXX-WXX-WE"},
    {"es", "Cada fin de semana abre.", "2022-01-07", 0, "Cada fin de semana", "SET",
     "XXXX-WXX-WE"},
    {"es", "En el 2020 cayó.", "2022-01-07", 0, "el 2020", "DATE", "2020"},
    {"es", "El domingo de madrugada hubo un robo.", "2022-01-07", 0, "El domingo de madrugada",
     "TIME", "2022-01-02TMO"},
    {"es", "El 3 de marzo de 2020 cerró. Esa misma semana abrió.", "2022-01-07", -1,
     "Esa misma semana", "DATE", "2020-W10"},
    /* Spelled-out tens and ones are one number: "forty-five", "cuarenta y cinco". */
    {"en", "Forty-five years ago it began.", "2022-01-07", 0, "Forty-five years ago", "DATE",
     "1977"},
    {"en", "It lasted twenty-five minutes.", "2022-01-07", 0, "twenty-five minutes", "DURATION",
     "PT25M"},
    {"en", "In nineteen ninety-six it began.", "2022-01-07", 0, "nineteen ninety-six", "DATE",
     "1996"},
    {"es", "Hace cuarenta y cinco días llegó.", "2022-01-07", 0, "Hace cuarenta y cinco días",
     "DATE", "2021-11-23"},
    {"es", "Esperó treinta y dos horas.", "2022-01-07", 0, "treinta y dos horas", "DURATION",
     "PT32H"},
    {"es", "Vinieron treinta y algunos más.", "2022-01-07", 0, NULL, NULL, NULL},
    /* "o'clock" with a part of the day says which half of the day. */
    {"en", "It was 10 o'clock at night.", "2022-01-07", 0, "10 o'clock at night", "TIME",
     "2022-01-07T22:00"},
    {"en", "He woke at 6 o'clock in the morning.", "2022-01-07", 0,
     "6 o'clock in the morning", "TIME", "2022-01-07T06:00"},
    {"en", "It ended at 5 o'clock in the afternoon.", "2022-01-07", 0,
     "5 o'clock in the afternoon", "TIME", "2022-01-07T17:00"},
    /* Sets of every second or of an unknown number of units. */
    {"en", "Every other week he calls.", "2022-01-07", 0, "Every other week", "SET", "P2W"},
    {"en", "Every few years it floods.", "2022-01-07", 0, "Every few years", "SET", "PXY"},
    /* n and a half units back. */
    {"en", "A year and a half ago it fell.", "2022-01-07", 0, "A year and a half ago", "DATE",
     "2020-07"},
    {"en", "Two and a half years ago it rose.", "2022-01-07", 0, "Two and a half years ago",
     "DATE", "2019-07"},
    {"en", "Half a century ago it began.", "2022-01-07", 0, "Half a century ago", "DATE", "1972"},
    {"en", "Half an hour ago he left.", "2022-01-07", 0, "Half an hour ago", "DATE", "2022-01-07"},
    {"es", "Hace tres años y medio llegó.", "2022-01-07", 0, "Hace tres años y medio", "DATE",
     "2018-07"},
    {"es", "Hace año y medio se fue.", "2022-01-07", 0, "Hace año y medio", "DATE", "2020-07"},
    {"es", "Hace medio siglo nació.", "2022-01-07", 0, "Hace medio siglo", "DATE", "1972"},
    /* "the following week/month/year" count from the last day named too. */
    {"en", "On March 3, 2020 the storm hit. The following week schools closed.", "2022-01-07",
     -1, "The following week", "DATE", "2020-W11"},
    {"en", "On March 3, 2020 the storm hit. The following month they reopened.", "2022-01-07",
     -1, "The following month", "DATE", "2020-04"},
    {"en", "The following year it rained.", "2022-01-07", 0, "The following year", "DATE",
     "2023"},
    {"es", "El 3 de marzo de 2020 llegó la tormenta. La semana siguiente cerraron.",
     "2022-01-07", -1, "La semana siguiente", "DATE", "2020-W11"},
    {"es", "El 3 de marzo de 2020 llegó la tormenta. El mes siguiente abrieron.", "2022-01-07",
     -1, "El mes siguiente", "DATE", "2020-04"},
    /* Day ranges: "March 3-5" keeps its first day; a range's end takes the start's year. */
    {"en", "The fair runs March 3-5.", "2022-01-07", 0, "March 3", "DATE", "2022-03-03"},
    {"en", "The fair ran from March 3 to March 5.", "2022-01-07", 1, "March 5", "DATE",
     "2021-03-05"},
    {"es", "La feria fue del 3 de marzo al 5 de abril.", "2022-01-07", 1, "5 de abril", "DATE",
     "2021-04-05"},
    {"en", "The score was 3-5.", "2022-01-07", 0, NULL, NULL, NULL},
    /* More holidays: weekday-based, Easter-based and fixed ones. */
    {"en", "On Mother's Day 2021 they met.", "2022-01-07", 0, "Mother's Day 2021", "DATE",
     "2021-05-09"},
    {"en", "Ash Wednesday 2022 fell early.", "2022-01-07", 0, "Ash Wednesday 2022", "DATE",
     "2022-03-02"},
    {"en", "Pentecost 2021 was warm.", "2022-01-07", 0, "Pentecost 2021", "DATE", "2021-05-23"},
    {"en", "Martin Luther King Jr. Day 2022 was cold.", "2022-01-07", 0,
     "Martin Luther King Jr. Day 2022", "DATE", "2022-01-17"},
    {"en", "Presidents' Day 2022 was cold.", "2022-01-07", 0, "Presidents' Day 2022", "DATE",
     "2022-02-21"},
    {"es", "El miércoles de ceniza de 2022 llovió.", "2022-01-07", 0,
     "El miércoles de ceniza de 2022", "DATE", "2022-03-02"},
    {"es", "El Día de la Hispanidad de 2020 hubo desfile.", "2022-01-07", 0,
     "El Día de la Hispanidad de 2020", "DATE", "2020-10-12"},
    /* Spanish vague and part-of-day forms. */
    {"es", "En estos momentos llueve.", "2022-01-07", 0, "estos momentos", "DATE", "PRESENT_REF"},
    {"es", "El otro día llovió.", "2022-01-07", 0, "El otro día", "DATE", "PAST_REF"},
    {"es", "Al final del año pasado cayó.", "2022-01-07", 0, "final del año pasado", "DATE",
     "2021"},
    {"es", "A última hora de la tarde llegó.", "2022-01-07", 0, "última hora de la tarde", "TIME",
     "2022-01-07TAF"},
    {"en", "I saw him the other day.", "2022-01-07", 0, "the other day", "DATE", "PAST_REF"},
    /* "as soon as / as early as" a weekday looks ahead. */
    {"en", "He said he could come as early as Tuesday.", "2022-01-07", 0, "Tuesday", "DATE",
     "2022-01-11"},
    {"en", "The group said it would be ready as soon as Monday.", "2022-01-07", 0, "Monday",
     "DATE", "2022-01-10"},
    {"es", "Hace una docena de años llegó.", "2022-01-07", 0, "Hace una docena de años", "DATE",
     "2010"},
    {"es", "Vivió allí una docena de años.", "2022-01-07", 0, "una docena de años", "DURATION",
     "P12Y"},
    /* Italian and Portuguese "the next day" forms, from the last day named. */
    {"it", "Lo hanno arrestato martedì. Il giorno dopo è stato rilasciato.", "2022-01-07", -1,
     "Il giorno dopo", "DATE", "2022-01-05"},
    {"it", "Il 3 marzo 2020 arrivò. L'indomani partì.", "2022-01-07", -1, "L'indomani", "DATE",
     "2020-03-04"},
    {"pt", "Chegou em 3 de março de 2020. No dia seguinte partiu.", "2022-01-07", -1,
     "dia seguinte", "DATE", "2020-03-04"},
    {"pt", "Chegou em 3 de março de 2020. Na véspera choveu.", "2022-01-07", -1, "véspera",
     "DATE", "2020-03-02"},
    /* The period after a month written in full ends the sentence, not the timex. */
    {"en", "It happened on Tuesday 4 January.", "2022-01-07", 0, "Tuesday 4 January", "DATE",
     "2022-01-04"},
    {"en", "It happened on the 4th of January.", "2022-01-07", 0, "the 4th of January", "DATE",
     "2022-01-04"},
    {"en", "It happened on Jan. 4.", "2022-01-07", 0, "Jan. 4", "DATE", "2022-01-04"},
    {"en", "It began in January of last year.", "2022-01-07", 0, "January of last year", "DATE",
     "2021-01"},
    {"en", "It ends in March of next year.", "2022-01-07", 0, "March of next year", "DATE",
     "2023-03"},
    /* An ISO 8601 date and time is one TIME. */
    {"en", "Updated 2021-12-31T23:59Z.", "2022-01-07", 0, "2021-12-31T23:59Z", "TIME",
     "2021-12-31T23:59"},
};

TD_TEST(test_timex_r6__rules)
{
    TIMEX_CHECK_ALL(cases);
}
