/*
 * test_timex.c - tests of src/extract/timex*.c: one row per case (text,
 * reference date, language, expected first timex), covering each rule
 * family in English and in Spanish, German, French, Italian and Portuguese.
 */
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "extract/timex_int.h"
#include "test.h"
#include "tidings/extract.h"

struct tcase {
    const char *text, *dct, *lang;
    const char *span;  /* expected text of the first (last) timex; NULL: none */
    const char *type, *value;
};

static const struct tcase cases[] = {
    /* Absolute dates. */
    {"It happened on January 7, 2022 in Paris.", "2023-05-01", "en", "January 7, 2022", "DATE", "2022-01-07"},
    {"Filed 2022-01-07.", "", "en", "2022-01-07", "DATE", "2022-01-07"},
    {"By mid-2020 it was over.", "2022-01-07", "en", "mid-2020", "DATE", "2020"},
    {"Prices rose in the 1990s.", "2022-01-07", "en", "the 1990s", "DATE", "199"},
    {"Profit fell in Q3 2021.", "2022-01-07", "en", "Q3 2021", "DATE", "2021-Q3"},
    {"They met in summer 2019.", "2022-01-07", "en", "summer 2019", "DATE", "2019-SU"},
    {"Sales in the third quarter rose.", "1989-11-02", "en", "the third quarter", "DATE", "1989-Q3"},
    {"He left in December.", "1999-01-10", "en", "December", "DATE", "1998-12"},
    {"He left on Nov. 25.", "2000-01-10", "en", "Nov. 25", "DATE", "1999-11-25"},
    {"It may rain.", "2022-01-07", "en", NULL, NULL, NULL},
    /* Relative to the article date. */
    {"He spoke yesterday.", "2022-01-07", "en", "yesterday", "DATE", "2022-01-06"},
    {"He spoke on Tuesday.", "2022-01-07", "en", "Tuesday", "DATE", "2022-01-04"},
    {"He will speak on Tuesday.", "2022-01-07", "en", "Tuesday", "DATE", "2022-01-11"},
    {"Rates rise next month.", "2022-01-07", "en", "next month", "DATE", "2022-02"},
    {"It fell last week.", "2022-01-07", "en", "last week", "DATE", "2021-W52"},
    {"It fell last February.", "2022-01-07", "en", "last February", "DATE", "2021-02"},
    {"It opened a year ago.", "2022-01-07", "en", "a year ago", "DATE", "2021"},
    {"It opened three days ago.", "2022-01-07", "en", "three days ago", "DATE", "2022-01-04"},
    {"We met this morning.", "2022-01-07", "en", "this morning", "TIME", "2022-01-07TMO"},
    {"It burned last night.", "2022-01-07", "en", "last night", "TIME", "2022-01-06TNI"},
    {"They met the previous evening.", "2022-01-07", "en", "the previous evening", "TIME", "2022-01-06TEV"},
    {"It starts at 3:30 p.m.", "2022-01-07", "en", "3:30 p.m.", "TIME", "2022-01-07T15:30"},
    /* Holidays and narrative anchoring. */
    {"See you on New Year's Eve.", "2021-12-20", "en", "New Year's Eve", "DATE", "2021-12-31"},
    {"See you on New Year's Eve.", "", "en", "New Year's Eve", "DATE", "XXXX-12-31"},
    {"Thanksgiving 2021 was quiet.", "", "en", "Thanksgiving 2021", "DATE", "2021-11-25"},
    {"Easter 2024 is early.", "", "en", "Easter 2024", "DATE", "2024-03-31"},
    /* A past holiday a week before the article is this year's (seed article 001). */
    {"On New Year's Day, he was spotted in New York.", "2022-01-07", "en", "New Year's Day", "DATE", "2022-01-01"},
    {"On Christmas Day, he was spotted in Paris.", "2022-01-07", "en", "Christmas Day", "DATE", "2021-12-25"},
    /* Independence Day is July 4, but not another country's. */
    {"They marched on Independence Day.", "2022-07-10", "en", "Independence Day", "DATE", "2022-07-04"},
    {"They marched on Peru's independence day.", "2022-07-10", "en", NULL, NULL, NULL},
    {"The Independence Day of Peru was quiet.", "2022-07-10", "en", NULL, NULL, NULL},
    {"Thanksgiving was quiet.", "2021-12-01", "en", "Thanksgiving", "DATE", "2021-11-25"},
    /* Durations, sets and vague references. */
    {"It lasted three days.", "2022-01-07", "en", "three days", "DURATION", "P3D"},
    {"A two-year contract.", "2022-01-07", "en", "two-year", "DURATION", "P2Y"},
    {"It took 2 hours.", "2022-01-07", "en", "2 hours", "DURATION", "PT2H"},
    {"over the past three years", "2022-01-07", "en", "the past three years", "DURATION", "P3Y"},
    {"for several years", "2022-01-07", "en", "several years", "DURATION", "PXY"},
    {"a 6-year-old boy", "2022-01-07", "en", NULL, NULL, NULL},
    {"We meet every week.", "2022-01-07", "en", "every week", "SET", "P1W"},
    {"It is published daily.", "2022-01-07", "en", "daily", "SET", "P1D"},
    {"Prices are updated hourly.", "2022-01-07", "en", "hourly", "SET", "PT1H"},
    {"Prices are high now.", "2022-01-07", "en", "now", "DATE", "PRESENT_REF"},
    {"It was recently sold.", "2022-01-07", "en", "recently", "DATE", "PAST_REF"},
    {"It was previously sold and will soon reopen.", "2022-01-07", "en", NULL, NULL, NULL},
    /* Times attached to a day, noon and midnight. */
    {"Talks run until 9 a.m. Tuesday.", "2000-04-03", "en", "9 a.m. Tuesday", "TIME", "2000-04-04T09:00"},
    {"It closed at 10 p.m. Wednesday.", "1998-02-13", "en", "10 p.m. Wednesday", "TIME", "1998-02-11T22:00"},
    {"Bids are due by 5 p.m. EST, Nov. 6.", "1989-10-30", "en", "5 p.m. EST, Nov. 6", "TIME", "1989-11-06T17:00"},
    {"Talks broke off at noon Thursday.", "1998-02-13", "en", "noon Thursday", "TIME", "1998-02-12T12:00"},
    {"The curfew ends at midnight.", "1998-02-13", "en", "midnight", "TIME", "1998-02-13T24:00"},
    {"It fell in mid-afternoon yesterday.", "1989-11-02", "en", "mid-afternoon yesterday", "TIME", "1989-11-01TAF"},
    /* Weekday direction from tense cues. */
    {"Protesters planned a march on Saturday.", "2000-01-07", "en", "Saturday", "DATE", "2000-01-08"},
    {"He could come as soon as Tuesday.", "2000-04-03", "en", "Tuesday", "DATE", "2000-04-04"},
    /* Round 2: the tense of the nearest verb in the sentence (fixed reference
     * dates): past -> the previous weekday, future -> the next one; a verb
     * after the weekday counts when none precedes it; a possessive weekday is
     * past; passives and nouns after a determiner are not tense cues. */
    {"The minister met the union on Tuesday.", "2022-01-07", "en", "Tuesday", "DATE", "2022-01-04"},
    {"On Tuesday, the union plans to strike.", "2022-01-07", "en", "Tuesday", "DATE", "2022-01-11"},
    {"The union would walk out Tuesday.", "2022-01-07", "en", "Tuesday", "DATE", "2022-01-11"},
    {"The board rejected Tuesday's offer, which would have paid more.", "2022-01-07", "en", "Tuesday", "DATE", "2022-01-04"},
    {"Crowds gathered on Monday.", "2022-01-07", "en", "Monday", "DATE", "2022-01-03"},
    /* Year-less dates: a past verb before the date keeps it out of the future,
     * a future one out of the past; deadlines ("by", "until") and present
     * verbs leave the nearest year. */
    {"It happened on March 3.", "1990-02-10", "en", "March 3", "DATE", "1989-03-03"},
    {"It happened on March 3.", "1990-04-10", "en", "March 3", "DATE", "1990-03-03"},
    {"The vote will be held on March 3.", "1990-02-10", "en", "March 3", "DATE", "1990-03-03"},
    {"The dividend is payable Dec. 15 to holders.", "1989-10-27", "en", "Dec. 15", "DATE", "1989-12-15"},
    {"The company announced the plan Aug. 21.", "1989-10-27", "en", "Aug. 21", "DATE", "1989-08-21"},
    {"Stores were closed until sales ended Jan. 31.", "1989-10-27", "en", "Jan. 31", "DATE", "1989-01-31"},
    {"Qantas will double its flights in August.", "1998-02-13", "en", "August", "DATE", "1998-08"},
    {"Talks must end by Jan. 14.", "2000-01-05", "en", "Jan. 14", "DATE", "2000-01-14"},
    {"The process began in February.", "1998-12-03", "en", "February", "DATE", "1998-02"},
    {"In December, the minister resigned.", "2005-10-04", "en", "December", "DATE", "2004-12"},
    {"In December, the minister will resign.", "2005-10-04", "en", "December", "DATE", "2005-12"},
    {"Thousands marched this Sunday.", "2005-10-04", "en", "this Sunday", "DATE", "2005-10-02"},
    /* A weekday next to a year-less date picks the year where they agree. */
    {"It said in an editorial on Saturday, April 25 that it agreed.", "1998-04-24", "en", "Saturday, April 25", "DATE", "1998-04-25"},
    {"It said in an editorial on Sunday, April 25 that it agreed.", "1998-04-24", "en", "Sunday, April 25", "DATE", "1999-04-25"},
    /* A weekday with a part of day is a DATE (as TimeBank marks most). */
    {"The crowd gathered Friday night outside.", "2022-01-07", "en", "Friday night", "DATE", "2022-01-07TNI"},
    /* Not timexes: a rate after a count, a name spelled like a month. */
    {"It costs $5 million a year.", "2022-01-07", "en", NULL, NULL, NULL},
    {"It runs 24 hours a day.", "2022-01-07", "en", "24 hours", "DURATION", "PT24H"},
    {"It adds 700 seats a week.", "2022-01-07", "en", NULL, NULL, NULL},
    {"Minister Jan Novak spoke.", "2022-01-07", "en", NULL, NULL, NULL},
    {"The bank agreed in June to buy it.", "1989-10-27", "en", "June", "DATE", "1989-06"},
    {"It began buying in July, and holds 14%.", "1989-10-27", "en", "July", "DATE", "1989-07"},
    {"Iraq imports three-quarters of its food.", "2022-01-07", "en", NULL, NULL, NULL},
    {"Traders squared positions ahead of the weekend.", "1989-10-30", "en", "the weekend", "DATE", "1989-W44-WE"},
    {"It stayed for a week.", "2022-01-07", "en", "a week", "DURATION", "P1W"},
    /* Extents: "about" and "only" stay out; "the current year" is whole. */
    {"It took about five hours.", "2022-01-07", "en", "five hours", "DURATION", "PT5H"},
    {"It has only 14 days to decide.", "2022-01-07", "en", "14 days", "DURATION", "P14D"},
    {"Profit rose in the current year.", "1989-11-02", "en", "the current year", "DATE", "1989"},
    /* Context elements (`<for`, `>ended`) stay outside the span. */
    {"Net rose in the year ended June 30.", "1989-10-27", "en", "the year", "DURATION", "P1Y"},
    {"Net rose in the fiscal year ending June 30.", "1989-10-27", "en", "the fiscal year", "DURATION", "P1Y"},
    {"Sales for the full year rose.", "1989-10-27", "en", "the full year", "DATE", "1989"},
    {"The talks dragged on for weeks.", "1989-10-27", "en", "weeks", "DURATION", "PXW"},
    {"Troops arrive within days.", "1989-10-27", "en", "days", "DURATION", "PXD"},
    {"Days passed.", "1989-10-27", "en", NULL, NULL, NULL},
    /* "the weekend": the last one on a weekday, unless the verb is future. */
    {"Prices fell over the weekend.", "1989-10-30", "en", "the weekend", "DATE", "1989-W43-WE"},
    {"Talks will resume over the weekend.", "1989-10-30", "en", "the weekend", "DATE", "1989-W44-WE"},
    {"They met this weekend.", "1989-10-28", "en", "this weekend", "DATE", "1989-W43-WE"},
    {"It blamed current market conditions.", "1989-10-30", "en", NULL, NULL, NULL},
    /* Spelled-out years and halves of a year. */
    {"It began in nineteen ninety-six.", "1998-01-10", "en", "nineteen ninety-six", "DATE", "1996"},
    {"It ended in January nineteen ninety-seven.", "1998-01-10", "en", "January nineteen ninety-seven", "DATE", "1997-01"},
    {"In the winter of nineteen ninety-four, snow fell.", "1998-01-10", "en", "the winter of nineteen ninety-four", "DATE", "1994-WI"},
    {"By the year two thousand it melts.", "1998-01-10", "en", "the year two thousand", "DATE", "2000"},
    {"He counted nineteen twenty-dollar bills.", "1998-01-10", "en", NULL, NULL, NULL},
    {"Sales rose in the first half of 1989.", "1989-11-02", "en", "the first half of 1989", "DATE", "1989-H1"},
    {"It falls in the second half of next year.", "1989-11-02", "en", "the second half of next year", "DATE", "1990-H2"},
    {"It grew in the last half of 1989.", "1989-11-02", "en", "the last half of 1989", "DATE", "1989-H2"},
    {"Through the first two quarters of 1990 it fell.", "1989-11-02", "en", "the first two quarters of 1990", "DATE", "1990-H1"},
    /* A month of a named year. */
    {"It ended in June last year.", "1998-02-13", "en", "June last year", "DATE", "1997-06"},
    {"It opened in January this year.", "1998-02-13", "en", "January this year", "DATE", "1998-01"},
    {"It opens on March 3 next year.", "1998-02-13", "en", "March 3 next year", "DATE", "1999-03-03"},
    /* Sets of days and months. */
    {"A flight leaves each Thursday.", "1998-02-13", "en", "each Thursday", "SET", "XXXX-WXX-4"},
    {"Flights leave on Tuesday nights.", "1998-02-13", "en", "Tuesday nights", "SET", "XXXX-WXX-2TNI"},
    {"The fair opens every July.", "1998-02-13", "en", "every July", "SET", "XXXX-07"},
    /* Year-less months lean to the past. */
    {"Sales fell in March.", "1989-11-02", "en", "March", "DATE", "1989-03"},
    {"The vote is in January.", "1989-11-02", "en", "January", "DATE", "1990-01"},
    /* Extent: "more than" stays whole, "the" stays out of adjectival durations,
     * "the end of" and early/late weekdays are part of the expression. */
    {"It ended more than four decades ago.", "2000-01-07", "en", "more than four decades ago", "DATE", "1960"},
    {"Profit was higher than a year earlier.", "2000-01-07", "en", "a year earlier", "DATE", "1999"},
    {"The two-week strike ended.", "2000-01-07", "en", "two-week", "DURATION", "P2W"},
    {"During the nine months sales rose.", "2000-01-07", "en", "the nine months", "DURATION", "P9M"},
    {"Talks end by the end of November.", "2000-01-07", "en", "the end of November", "DATE", "1999-11"},
    {"Talks end by the end of the month.", "2000-01-07", "en", "the end of the month", "DATE", "2000-01"},
    {"He left early Tuesday.", "2000-01-07", "en", "early Tuesday", "DATE", "2000-01-04"},
    /* A plural unit after recent/coming is a stretch, not a date. */
    {"Prices fell in recent years.", "2000-01-07", "en", "recent years", "DURATION", "PXY"},
    {"Rates rise in the coming months.", "2000-01-07", "en", "coming months", "DURATION", "PXM"},
    {"It lost money for several quarters.", "2000-01-07", "en", "several quarters", "DURATION", "PXQ"},
    {"It was a recent deal.", "2000-01-07", "en", "recent", "DATE", "PAST_REF"},
    /* Hyphenated compounds are not cut: ages, adjectival year-ago. */
    {"the 6-year-old boy", "2000-01-07", "en", NULL, NULL, NULL},
    {"compared with year-earlier profit", "1989-11-02", "en", "year-earlier", "DATE", "1988"},
    /* Quarter expressions. */
    {"It rose in this year's third quarter.", "1989-11-02", "en", "this year's third quarter", "DATE", "1989-Q3"},
    {"Growth returns in next year's first quarter.", "1989-11-02", "en", "next year's first quarter", "DATE", "1990-Q1"},
    {"Net fell from the 1988 third quarter.", "1989-11-02", "en", "the 1988 third quarter", "DATE", "1988-Q3"},
    {"Net fell in the year-ago third quarter.", "1989-11-02", "en", "the year-ago third quarter", "DATE", "1988-Q3"},
    {"Net fell in the comparable year-ago quarter.", "1989-11-02", "en", "the comparable year-ago quarter", "DATE", "1988-Q3"},
    /* Spanish. */
    {"Ocurrió el 7 de enero de 2022.", "", "es", "el 7 de enero de 2022", "DATE", "2022-01-07"},
    {"Lo dijo ayer.", "2022-01-07", "es", "ayer", "DATE", "2022-01-06"},
    {"Empezó hace tres años.", "2022-01-07", "es", "hace tres años", "DATE", "2019"},
    {"Llegó la semana pasada.", "2022-01-07", "es", "la semana pasada", "DATE", "2021-W52"},
    {"Fiesta en Nochevieja.", "2022-12-20", "es", "Nochevieja", "DATE", "2022-12-31"},
    {"Duró tres días.", "", "es", "tres días", "DURATION", "P3D"},
    /* Spanish: early/mid/late, decades, REL before dates and weekdays. */
    {"Cerró a finales de 2004.", "2005-10-04", "es", "finales de 2004", "DATE", "2004"},
    {"Abrió a principios de marzo.", "2005-10-04", "es", "principios de marzo", "DATE", "2005-03"},
    {"Subió a mediados del año pasado.", "2005-10-04", "es", "mediados del año pasado", "DATE", "2004"},
    {"Nació en los años 90.", "2005-10-04", "es", "los años 90", "DATE", "199"},
    {"Se firmó el pasado 3 de agosto.", "2005-10-04", "es", "el pasado 3 de agosto", "DATE", "2005-08-03"},
    {"Vuelve el próximo martes.", "2005-10-04", "es", "el próximo martes", "DATE", "2005-10-11"},
    {"Habló el lunes por la mañana.", "2005-10-04", "es", "el lunes por la mañana", "TIME", "2005-10-03TMO"},
    {"Se celebrará el jueves.", "2005-10-04", "es", "el jueves", "DATE", "2005-10-06"},
    {"Se celebró el jueves.", "2005-10-04", "es", "el jueves", "DATE", "2005-09-29"},
    /* Spanish tense tables: a preterite ending or a past auxiliary before the
     * date looks back, a future ending or "va a" ahead; a verb after a
     * weekday counts when none precedes it. */
    {"El presidente anunció el martes un plan.", "2022-01-07", "es", "el martes", "DATE", "2022-01-04"},
    {"El martes, el presidente visitará Lima.", "2022-01-07", "es", "El martes", "DATE", "2022-01-11"},
    {"El acuerdo se firmó el 3 de marzo.", "1990-02-10", "es", "el 3 de marzo", "DATE", "1989-03-03"},
    {"El acuerdo se firmará el 3 de marzo.", "1990-02-10", "es", "el 3 de marzo", "DATE", "1990-03-03"},
    {"Los obreros llegaron el lunes.", "2022-01-07", "es", "el lunes", "DATE", "2022-01-03"},
    {"La reunión fue en marzo.", "1990-02-10", "es", "marzo", "DATE", "1989-03"},
    {"En diciembre, el ministro dimitió.", "2005-10-04", "es", "diciembre", "DATE", "2004-12"},
    {"Miles de personas se manifestaron este domingo.", "2005-10-04", "es", "este domingo", "DATE", "2005-10-02"},
    {"El equipo jugará este domingo.", "2005-10-04", "es", "este domingo", "DATE", "2005-10-09"},
    {"Se firmó el 3 de marzo del año 2001.", "2005-10-04", "es", "el 3 de marzo del año 2001", "DATE", "2001-03-03"},
    {"Subió en el primer semestre de 2004.", "2005-10-04", "es", "el primer semestre de 2004", "DATE", "2004-H1"},
    {"Bajó en la segunda mitad del año 2005.", "2005-10-04", "es", "la segunda mitad del año 2005", "DATE", "2005-H2"},
    /* Spanish durations, sets, times and vague references. */
    {"Creció en los últimos tres años.", "2005-10-04", "es", "los últimos tres años", "DURATION", "P3Y"},
    {"Cayó en los últimos años.", "2005-10-04", "es", "los últimos años", "DURATION", "PXY"},
    {"Esperó casi dos horas.", "2005-10-04", "es", "casi dos horas", "DURATION", "PT2H"},
    {"Tardó media hora.", "2005-10-04", "es", "media hora", "DURATION", "PT30M"},
    {"Lo revisan dos veces al año.", "2005-10-04", "es", "dos veces al año", "SET", "P1Y"},
    {"Se publica anualmente.", "2005-10-04", "es", "anualmente", "SET", "P1Y"},
    {"Empieza a las 10:30.", "2005-10-04", "es", "las 10:30", "TIME", "2005-10-04T10:30"},
    {"Empieza a las 3 de la tarde.", "2005-10-04", "es", "las 3 de la tarde", "TIME", "2005-10-04T15:00"},
    {"Hoy en día es distinto.", "2005-10-04", "es", "Hoy en día", "DATE", "PRESENT_REF"},
    {"Es así en la actualidad.", "2005-10-04", "es", "en la actualidad", "DATE", "PRESENT_REF"},
    {"Saldrá por la mañana.", "2005-10-04", "es", NULL, NULL, NULL},
    /* Spanish deictics of two words, holidays with "de YEAR", Roman centuries. */
    {"Llega pasado mañana.", "2022-01-07", "es", "pasado mañana", "DATE", "2022-01-09"},
    {"Llovió antes de ayer.", "2022-01-07", "es", "antes de ayer", "DATE", "2022-01-05"},
    {"Ocurrió el Viernes Santo de 2021.", "", "es", "el Viernes Santo de 2021", "DATE", "2021-04-02"},
    {"Se vieron en la Navidad de 2019.", "", "es", "Navidad de 2019", "DATE", "2019-12-25"},
    {"La Navidad de Juan fue triste.", "2022-01-07", "es", "Navidad", "DATE", "2021-12-25"},
    {"Es un reto del siglo XXI.", "2022-01-07", "es", "siglo XXI", "DATE", "20"},
    {"Llegó el Día de Todos los Santos.", "2022-01-07", "es", "el Día de Todos los Santos", "DATE", "2021-11-01"},
    {"Todo cambió en la década de los 80.", "2022-01-07", "es", "la década de los 80", "DATE", "198"},
    {"Era la música de los años ochenta.", "2022-01-07", "es", "los años ochenta", "DATE", "198"},
    {"Ocurrió a mediados de la década pasada.", "2022-01-07", "es", "mediados de la década pasada", "DATE", "201"},
    {"Se supo a principios de mes.", "2022-01-20", "es", "principios de mes", "DATE", "2022-01"},
    {"Se fue hace un par de años.", "2022-01-07", "es", "hace un par de años", "DATE", "2020"},
    {"Tardó un par de horas.", "2022-01-07", "es", "un par de horas", "DURATION", "PT2H"},
    {"Lo repitió un par de veces.", "2022-01-07", "es", NULL, NULL, NULL},
    {"Llueve mucho en otoño.", "2022-01-07", "es", "otoño", "DATE", "2022-FA"},
    {"De momento no hay acuerdo.", "2022-01-07", "es", "De momento", "DATE", "PRESENT_REF"},
    {"La reunión empezó a las 10.", "2022-01-07", "es", "las 10", "TIME", "2022-01-07T10:00"},
    {"Llegó a la 1 de la tarde.", "2022-01-07", "es", "la 1 de la tarde", "TIME", "2022-01-07T13:00"},
    {"Abre las 24 horas del día.", "2022-01-07", "es", "24 horas", "DURATION", "PT24H"},
    {"La noche del sábado hubo disturbios.", "2022-01-07", "es", "La noche del sábado", "TIME", "2022-01-01TNI"},
    {"Lo sabremos dentro de poco.", "2022-01-07", "es", "dentro de poco", "DATE", "FUTURE_REF"},
    /* Spanish, round 4: a weekday with its date, REL after a date, centuries
     * with a modifier, "desde hace" durations, "ese año", spelled-out hours. */
    {"El jueves 5 de marzo llegó.", "2009-04-15", "es", "El jueves 5 de marzo", "DATE", "2009-03-05"},
    {"Llegó el 15 de marzo pasado.", "2009-04-15", "es", "el 15 de marzo pasado", "DATE", "2009-03-15"},
    {"Se fue en marzo pasado.", "2009-01-15", "es", "marzo pasado", "DATE", "2008-03"},
    {"Vuelve en enero próximo.", "2009-04-15", "es", "enero próximo", "DATE", "2010-01"},
    {"Se firmó el pasado 20 de abril.", "2009-04-15", "es", "el pasado 20 de abril", "DATE", "2008-04-20"},
    {"Llegó a mediados del siglo XIX.", "2009-04-15", "es", "mediados del siglo XIX", "DATE", "18"},
    {"Duró cerca de dos horas.", "2009-04-15", "es", "cerca de dos horas", "DURATION", "PT2H"},
    {"Fue una reunión de dos horas.", "2009-04-15", "es", "dos horas", "DURATION", "PT2H"},
    {"Vivió allí durante años.", "2009-04-15", "es", "años", "DURATION", "PXY"},
    {"Vive aquí desde hace diez años.", "2009-04-15", "es", "hace diez años", "DURATION", "P10Y"},
    {"Vive aquí desde hace más de diez años.", "2009-04-15", "es", "hace más de diez años", "DURATION", "P10Y"},
    {"Llegó hace más de diez años.", "2009-04-15", "es", "hace más de diez años", "DATE", "1999"},
    {"Se divorció ese mismo año.", "2009-04-15", "es", "ese mismo año", "DATE", "2009"},
    {"Llegó a las tres de la tarde.", "2009-04-15", "es", "las tres de la tarde", "TIME", "2009-04-15T15:00"},
    {"Llegó a la una de la madrugada.", "2009-04-15", "es", "la una de la madrugada", "TIME", "2009-04-15T01:00"},
    {"Dio la razón a las dos partes.", "2009-04-15", "es", NULL, NULL, NULL},
    {"Creció en el primer trimestre de Iberia.", "2009-04-15", "es", "el primer trimestre", "DATE", "2009-Q1"},
    {"El pasado fin de semana llegó.", "2009-04-15", "es", "El pasado fin de semana", "DATE", "2009-W15-WE"},
    {"El primer trimestre del año pasado creció.", "2009-04-15", "es", "El primer trimestre del año pasado", "DATE", "2008-Q1"},
    {"En el segundo semestre creció.", "2009-04-15", "es", "el segundo semestre", "DATE", "2009-H2"},
    {"El pasado día 14 se supo.", "2009-04-15", "es", "El pasado día 14", "DATE", "2009-04-14"},
    {"El día 20 se supo.", "2009-04-15", "es", "El día 20", "DATE", "2009-03-20"},
    {"El día 20 se sabrá.", "2009-04-15", "es", "El día 20", "DATE", "2009-04-20"},
    {"El próximo día 3 se sabrá.", "2009-04-15", "es", "El próximo día 3", "DATE", "2009-05-03"},
    {"En la tarde de ayer se supo.", "2009-04-15", "es", "la tarde de ayer", "TIME", "2009-04-14TAF"},
    {"En la mañana de hoy se supo.", "2009-04-15", "es", "la mañana de hoy", "TIME", "2009-04-15TMO"},
    {"Durante la mañana llovió.", "2009-04-15", "es", NULL, NULL, NULL},
    {"Hace años llegó.", "2009-04-15", "es", "Hace años", "DATE", "PAST_REF"},
    {"La pasada noche llovió.", "2009-04-15", "es", "La pasada noche", "TIME", "2009-04-14TNI"},
    {"Esta madrugada hubo un terremoto.", "2009-04-15", "es", "Esta madrugada", "TIME", "2009-04-15TMO"},
    {"A mediados de los años 90 creció.", "2009-04-15", "es", "mediados de los años 90", "DATE", "199"},
    {"A principios de los años ochenta creció.", "2009-04-15", "es", "principios de los años ochenta", "DATE", "198"},
    {"A finales de los 90 creció.", "2009-04-15", "es", "finales de los 90", "DATE", "199"},
    {"En lo que va de año creció.", "2009-04-15", "es", "lo que va de año", "DATE", "2009"},
    {"Hoy lunes se anunció.", "2009-04-13", "es", "Hoy lunes", "DATE", "2009-04-13"},
    {"Se reunió este fin de semana.", "2009-04-15", "es", "este fin de semana", "DATE", "2009-W15-WE"},
    {"Se reunirá este fin de semana.", "2009-04-15", "es", "este fin de semana", "DATE", "2009-W16-WE"},
    {"El sábado en la noche llegó.", "2009-04-15", "es", "El sábado en la noche", "TIME", "2009-04-11TNI"},
    {"En la noche de este martes llegó.", "2009-04-15", "es", "la noche de este martes", "TIME", "2009-04-14TNI"},
    {"Duró medio siglo.", "2009-04-15", "es", "medio siglo", "DURATION", "P50Y"},
    {"Hace poco llegó.", "2009-04-15", "es", "Hace poco", "DATE", "PAST_REF"},
    /* Spanish ages are no durations. */
    {"Cumplió 80 años.", "2009-04-15", "es", NULL, NULL, NULL},
    {"Murió a los 80 años.", "2009-04-15", "es", NULL, NULL, NULL},
    {"Un hombre de 45 años murió.", "2009-04-15", "es", NULL, NULL, NULL},
    {"Tiene 5 años de edad.", "2009-04-15", "es", NULL, NULL, NULL},
    {"Fue un periodo de cinco años.", "2009-04-15", "es", "cinco años", "DURATION", "P5Y"},
    /* German and French, round 4: ages, frequencies. */
    {"Letzte Woche kam er.", "2013-03-14", "de", "Letzte Woche", "DATE", "2013-W10"},
    {"Er war 80 Jahre alt.", "2013-03-14", "de", NULL, NULL, NULL},
    {"Er starb im Alter von 80 Jahren.", "2013-03-14", "de", NULL, NULL, NULL},
    {"Er kam zweimal im Jahr.", "2013-03-14", "de", "zweimal im Jahr", "SET", "P1Y"},
    {"Il a 80 ans.", "2013-03-14", "fr", NULL, NULL, NULL},
    {"Il est mort à l'âge de 80 ans.", "2013-03-14", "fr", NULL, NULL, NULL},
    {"Il est venu il y a 80 ans.", "2013-03-14", "fr", "il y a 80 ans", "DATE", "1933"},
    {"Il vient deux fois par an.", "2013-03-14", "fr", "deux fois par an", "SET", "P1Y"},
    /* English, round 4. */
    {"There were sell programs in past years, too.", "1989-10-30", "en", "past years", "DATE", "PAST_REF"},
    {"It opened a few years ago.", "2000-01-28", "en", "a few years ago", "DATE", "PAST_REF"},
    {"It shut that year.", "2000-01-28", "en", "that year", "DATE", "2000"},
    {"It was just a decade ago.", "1999-05-01", "en", "a decade ago", "DATE", "1989"},
    {"They lived in camps for 2 1/2 years.", "1998-02-27", "en", "2 1/2 years", "DURATION", "P2Y6M"},
    {"It took about 5 1/2 hours.", "1998-02-27", "en", "5 1/2 hours", "DURATION", "PT5H30M"},
    {"It lasted two and a half years.", "1998-02-27", "en", "two and a half years", "DURATION", "P2Y6M"},
    {"A minute and a half later, it fell.", "1998-02-27", "en", "A minute and a half", "DURATION", "PT1M30S"},
    {"McCaw dropped 2 1/2 to 37 3/4.", "1989-10-30", "en", NULL, NULL, NULL},
    {"The vote is due by the end of next year.", "2013-03-14", "en", "the end of next year", "DATE", "2014"},
    {"Twice a year, the board meets.", "2013-03-14", "en", "Twice a year", "SET", "P1Y"},
    {"The board meets three times a week.", "2013-03-14", "en", "three times a week", "SET", "P1W"},
    {"The storm hit late Tuesday night.", "2013-03-14", "en", "late Tuesday night", "DATE", "2013-03-12TNI"},
    {"In the third quarter of weak demand, sales fell.", "1989-11-02", "en", "the third quarter", "DATE", "1989-Q3"},
    {"Baker said on ABC's \"This Week\" that talks failed.", "1990-08-13", "en", NULL, NULL, NULL},
    {"This week, the talks failed.", "1990-08-13", "en", "This week", "DATE", "1990-W33"},
    {"It fell a week or so ago.", "1989-11-02", "en", "a week or so ago", "DATE", "1989-W43"},
    {"It will close over the next year or so.", "1989-11-02", "en", "the next year or so", "DATE", "1990"},
    {"It will close in the next two years or so.", "1989-11-02", "en", "the next two years or so", "DURATION", "P2Y"},
    {"It will close in two years or three.", "1989-11-02", "en", "two years", "DURATION", "P2Y"},
    {"It scrapped the unit this past spring.", "1989-10-30", "en", "this past spring", "DATE", "1989-SP"},
    {"Women's Day is this coming Sunday.", "1998-03-05", "en", "this coming Sunday", "DATE", "1998-03-08"},
    {"It must wait at least 72 hours.", "1989-10-30", "en", "at least 72 hours", "DURATION", "PT72H"},
    {"It held at least 30 days before the vote.", "1989-10-30", "en", "at least 30 days", "DURATION", "P30D"},
    {"The talks lasted over a week.", "1989-10-30", "en", "over a week", "DURATION", "P1W"},
    {"For the year, volume was flat.", "1989-11-02", "en", "the year", "DATE", "1989"},
    {"For the year ended Sept. 30, it earned $4 million.", "1989-11-02", "en", "the year", "DURATION", "P1Y"},
    {"Sales should rise 8.5% annually.", "1989-11-02", "en", NULL, NULL, NULL},
    {"It makes 10,000 units annually.", "1989-11-02", "en", NULL, NULL, NULL},
    {"Such rallies are held here annually.", "1989-11-02", "en", "annually", "SET", "P1Y"},
    {"It is 5% of the average daily volume.", "1989-11-02", "en", NULL, NULL, NULL},
    /* Arithmetic out of the years TIMEX3 can write gives no timex. */
    {"Ocurrió 1999 siglos antes.", "2022-01-07", "es", NULL, NULL, NULL},
    {"It rose last decade.", "0001-06-01", "en", NULL, NULL, NULL},
    {"It rose last decade.", "2001-06-01", "en", "last decade", "DATE", "199"},
    /* German. */
    {"Am 7. Januar 2022 begann es.", "", "de", "7. Januar 2022", "DATE", "2022-01-07"},
    {"Das war letzte Woche.", "2022-01-07", "de", "letzte Woche", "DATE", "2021-W52"},
    {"Er kam vor drei Jahren.", "2022-01-07", "de", "vor drei Jahren", "DATE", "2019"},
    {"Wir feiern Silvester.", "2022-12-20", "de", "Silvester", "DATE", "2022-12-31"},
    {"Es kam gestern.", "2022-01-07", "de", "gestern", "DATE", "2022-01-06"},
    /* German absolute: early/mid/late, decades, centuries, quarters, times. */
    {"Anfang März 2021 kam er.", "2022-01-07", "de", "Anfang März 2021", "DATE", "2021-03"},
    {"Mitte 2020 war es ruhig.", "2022-01-07", "de", "Mitte 2020", "DATE", "2020"},
    {"Das war in den 90er Jahren.", "2022-01-07", "de", "90er Jahren", "DATE", "199"},
    {"Die 1990er-Jahre waren anders.", "2022-01-07", "de", "1990er-Jahre", "DATE", "199"},
    {"Das geschah im 20. Jahrhundert.", "2022-01-07", "de", "20. Jahrhundert", "DATE", "19"},
    {"Im dritten Quartal 2021 stieg es.", "2022-01-07", "de", "dritten Quartal 2021", "DATE", "2021-Q3"},
    {"Sie beginnt um 15 Uhr.", "2022-01-07", "de", "15 Uhr", "TIME", "2022-01-07T15:00"},
    {"Sie beginnt um 9.45 Uhr.", "2022-01-07", "de", "9.45 Uhr", "TIME", "2022-01-07T09:45"},
    /* German relative: tense decides a bare weekday; "Ende des Jahres". */
    {"Er wird am Dienstag entscheiden.", "2022-01-07", "de", "am Dienstag", "DATE", "2022-01-11"},
    {"Er hat am Dienstag entschieden.", "2022-01-07", "de", "am Dienstag", "DATE", "2022-01-04"},
    {"Ende des Jahres wird er gehen.", "2022-03-07", "de", "Ende des Jahres", "DATE", "2022"},
    {"Ende letzten Jahres ging er.", "2022-03-07", "de", "Ende letzten Jahres", "DATE", "2021"},
    {"Heute Morgen regnete es.", "2022-01-07", "de", "Heute Morgen", "TIME", "2022-01-07TMO"},
    {"Gestern Morgen regnete es.", "2022-01-07", "de", "Gestern Morgen", "TIME", "2022-01-06TMO"},
    {"Am Wochenende war es kalt.", "2022-01-07", "de", "Wochenende", "DATE", "2021-W52-WE"},
    {"Er kommt in drei Wochen.", "2022-01-07", "de", "in drei Wochen", "DATE", "2022-W04"},
    {"Es wuchs in den letzten fünf Jahren.", "2022-01-07", "de", "den letzten fünf Jahren", "DURATION", "P5Y"},
    {"Jeden Montag trifft er sie.", "2022-01-07", "de", "Jeden Montag", "SET", "XXXX-WXX-1"},
    {"Es regnete in den letzten Tagen.", "2022-01-07", "de", "den letzten Tagen", "DURATION", "PXD"},
    {"Es regnete letzten Monat.", "2022-01-07", "de", "letzten Monat", "DATE", "2021-12"},
    {"Guten Morgen, sagte er.", "2022-01-07", "de", NULL, NULL, NULL},
    /* German holidays, fixed and moving with Easter. */
    {"Wir feiern Heiligabend.", "2022-12-20", "de", "Heiligabend", "DATE", "2022-12-24"},
    {"Am Tag der Deutschen Einheit 2020 sprach sie.", "", "de", "Tag der Deutschen Einheit 2020", "DATE", "2020-10-03"},
    {"Am Pfingstmontag 2021 regnete es.", "", "de", "Pfingstmontag 2021", "DATE", "2021-05-24"},
    {"Karfreitag 2022 fiel auf den 15. April.", "", "de", "Karfreitag 2022", "DATE", "2022-04-15"},
    {"Christi Himmelfahrt 2023 war warm.", "", "de", "Christi Himmelfahrt 2023", "DATE", "2023-05-18"},
    {"In Zukunft wird es teurer.", "2022-01-07", "de", "Zukunft", "DATE", "FUTURE_REF"},
    /* French. */
    {"Le 7 janvier 2022, il pleuvait.", "", "fr", "7 janvier 2022", "DATE", "2022-01-07"},
    {"Il est venu hier.", "2022-01-07", "fr", "hier", "DATE", "2022-01-06"},
    {"Il est parti il y a trois ans.", "2022-01-07", "fr", "il y a trois ans", "DATE", "2019"},
    {"C'était la semaine dernière.", "2022-01-07", "fr", "la semaine dernière", "DATE", "2021-W52"},
    {"Il reste aujourd'hui.", "2022-01-07", "fr", "aujourd'hui", "DATE", "2022-01-07"},
    /* French absolute: early/mid/late, decades, centuries, quarters, seasons, times. */
    {"Début mars 2021, il est venu.", "2022-01-07", "fr", "Début mars 2021", "DATE", "2021-03"},
    {"Il partira à la mi-2020.", "2019-01-07", "fr", "mi-2020", "DATE", "2020"},
    {"Il est parti fin 2021.", "2022-01-07", "fr", "fin 2021", "DATE", "2021"},
    {"Il est parti à la fin de l'année dernière.", "2022-01-07", "fr", "fin de l'année dernière", "DATE", "2021"},
    {"C'était dans les années 90.", "2022-01-07", "fr", "les années 90", "DATE", "199"},
    {"C'était au 20e siècle.", "2022-01-07", "fr", "20e siècle", "DATE", "19"},
    {"C'était au XIXe siècle.", "2022-01-07", "fr", "XIXe siècle", "DATE", "18"},
    {"Le troisième trimestre 2021 fut bon.", "2022-01-07", "fr", "Le troisième trimestre 2021", "DATE", "2021-Q3"},
    {"Il est venu l'été dernier.", "2022-01-07", "fr", "l'été dernier", "DATE", "2021-SU"},
    {"Il arrive à 15h30.", "2022-01-07", "fr", "15h30", "TIME", "2022-01-07T15:30"},
    {"Il arrive à 15 heures.", "2022-01-07", "fr", "15 heures", "TIME", "2022-01-07T15:00"},
    {"Il a attendu 15 heures.", "2022-01-07", "fr", "15 heures", "DURATION", "PT15H"},
    /* French relative: deictics written as several words, tense of a bare weekday. */
    {"Il est venu avant-hier.", "2022-01-07", "fr", "avant-hier", "DATE", "2022-01-05"},
    {"Il viendra après-demain.", "2022-01-07", "fr", "après-demain", "DATE", "2022-01-09"},
    {"Il est venu cet après-midi.", "2022-01-07", "fr", "cet après-midi", "TIME", "2022-01-07TAF"},
    {"Il est venu hier soir.", "2022-01-07", "fr", "hier soir", "TIME", "2022-01-06TEV"},
    {"Il viendra mardi.", "2022-01-07", "fr", "mardi", "DATE", "2022-01-11"},
    {"Il est venu mardi.", "2022-01-07", "fr", "mardi", "DATE", "2022-01-04"},
    {"Il est venu mardi dernier.", "2022-01-07", "fr", "mardi dernier", "DATE", "2022-01-04"},
    {"Elle a grandi les cinq dernières années.", "2022-01-07", "fr", "les cinq dernières années", "DURATION", "P5Y"},
    {"Il vient chaque lundi.", "2022-01-07", "fr", "chaque lundi", "SET", "XXXX-WXX-1"},
    /* French holidays. */
    {"Il est venu à la Toussaint.", "2022-01-07", "fr", "la Toussaint", "DATE", "2021-11-01"},
    {"Le lundi de Pâques 2021 était férié.", "", "fr", "Le lundi de Pâques 2021", "DATE", "2021-04-05"},
    {"La Pentecôte 2024 tombe tard.", "", "fr", "La Pentecôte 2024", "DATE", "2024-05-19"},
    {"Le réveillon de Noël 2020 fut calme.", "", "fr", "Le réveillon de Noël 2020", "DATE", "2020-12-24"},
    {"La Saint-Valentin approche.", "2022-02-01", "fr", "La Saint-Valentin", "DATE", "2022-02-14"},
    /* la fête nationale is July 14, but not another country's. */
    {"Paris prépare la fête nationale.", "2022-07-01", "fr", "la fête nationale", "DATE", "2022-07-14"},
    {"Lima prépare la fête nationale du Pérou.", "2022-07-01", "fr", NULL, NULL, NULL},
    /* Italian. */
    {"Il 7 gennaio 2022 è arrivato.", "", "it", "7 gennaio 2022", "DATE", "2022-01-07"},
    {"Maggio del 2020 fu caldo.", "", "it", "Maggio del 2020", "DATE", "2020-05"},
    {"Ieri sera ha parlato.", "2022-01-07", "it", "Ieri sera", "TIME", "2022-01-06TEV"},
    {"È partito l'altro ieri.", "2022-01-07", "it", "l'altro ieri", "DATE", "2022-01-05"},
    {"Stamattina ha piovuto.", "2022-01-07", "it", "Stamattina", "TIME", "2022-01-07TMO"},
    {"Tre anni fa era diverso.", "2022-01-07", "it", "Tre anni fa", "DATE", "2019"},
    {"Arriva tra due settimane.", "2022-01-07", "it", "tra due settimane", "DATE", "2022-W03"},
    {"È successo la settimana scorsa.", "2022-01-07", "it", "la settimana scorsa", "DATE", "2021-W52"},
    {"Ci vediamo l'anno prossimo.", "2022-01-07", "it", "l'anno prossimo", "DATE", "2023"},
    {"Ha parlato lunedì scorso.", "2022-01-07", "it", "lunedì scorso", "DATE", "2022-01-03"},
    {"La decisione sarà lunedì.", "2022-01-07", "it", "lunedì", "DATE", "2022-01-10"},
    {"Era la musica degli anni novanta.", "2022-01-07", "it", "anni novanta", "DATE", "199"},
    {"Nel XX secolo cambiò tutto.", "2022-01-07", "it", "XX secolo", "DATE", "19"},
    {"Il terzo trimestre 2021 fu buono.", "2022-01-07", "it", "Il terzo trimestre 2021", "DATE", "2021-Q3"},
    {"All'inizio di marzo 2021 partì.", "2022-01-07", "it", "inizio di marzo 2021", "DATE", "2021-03"},
    {"A Pasquetta 2022 piovve.", "", "it", "Pasquetta 2022", "DATE", "2022-04-18"},
    {"A Ferragosto tutto chiude.", "2022-07-01", "it", "Ferragosto", "DATE", "2022-08-15"},
    {"Inizia alle 15:30.", "2022-01-07", "it", "15:30", "TIME", "2022-01-07T15:30"},
    {"Ha atteso per un'ora.", "2022-01-07", "it", "un'ora", "DURATION", "PT1H"},
    {"Crebbe negli ultimi cinque anni.", "2022-01-07", "it", "ultimi cinque anni", "DURATION", "P5Y"},
    {"Viene ogni lunedì.", "2022-01-07", "it", "ogni lunedì", "SET", "XXXX-WXX-1"},
    {"È cresciuto negli ultimi anni.", "2022-01-07", "it", "ultimi anni", "DURATION", "PXY"},
    /* Portuguese. */
    {"Em 7 de janeiro de 2022 chegou.", "", "pt", "7 de janeiro de 2022", "DATE", "2022-01-07"},
    {"Ontem à noite falou.", "2022-01-07", "pt", "Ontem à noite", "TIME", "2022-01-06TNI"},
    {"Chegou anteontem.", "2022-01-07", "pt", "anteontem", "DATE", "2022-01-05"},
    {"Chega depois de amanhã.", "2022-01-07", "pt", "depois de amanhã", "DATE", "2022-01-09"},
    {"Há três anos era diferente.", "2022-01-07", "pt", "Há três anos", "DATE", "2019"},
    {"Volta daqui a duas semanas.", "2022-01-07", "pt", "daqui a duas semanas", "DATE", "2022-W03"},
    {"O ano que vem será melhor.", "2022-01-07", "pt", "O ano que vem", "DATE", "2023"},
    {"Falou na segunda-feira passada.", "2022-01-07", "pt", "segunda-feira passada", "DATE", "2022-01-03"},
    {"Vai chegar no sábado.", "2022-01-07", "pt", "sábado", "DATE", "2022-01-08"},
    {"Ganhou pela segunda vez.", "2022-01-07", "pt", NULL, NULL, NULL},
    {"Era a música dos anos oitenta.", "2022-01-07", "pt", "anos oitenta", "DATE", "198"},
    {"No século XX tudo mudou.", "2022-01-07", "pt", "século XX", "DATE", "19"},
    {"No Natal de 2020 nevou.", "", "pt", "Natal de 2020", "DATE", "2020-12-25"},
    {"No início de março de 2021 partiu.", "2022-01-07", "pt", "início de março de 2021", "DATE", "2021-03"},
    {"Começa às 15h30.", "2022-01-07", "pt", "15h30", "TIME", "2022-01-07T15:30"},
    {"Esperou 15 horas.", "2022-01-07", "pt", "15 horas", "DURATION", "PT15H"},
    {"Cresceu nos últimos cinco anos.", "2022-01-07", "pt", "últimos cinco anos", "DURATION", "P5Y"},
    {"Abre todos os dias.", "2022-01-07", "pt", "todos os dias", "SET", "P1D"},
    {"Cresceu nos últimos anos.", "2022-01-07", "pt", "últimos anos", "DURATION", "PXY"},
    {"Cresceu no ano passado.", "2022-01-07", "pt", "ano passado", "DATE", "2021"},
};

/* Text-level context: the expected timex is the last one of the text. */
static const struct tcase last_cases[] = {
    /* "the next day" follows the day the story is at; without one, the article's. */
    {"He left on March 3, 2010. The next day he returned.", "2013-03-14", "en", "The next day", "DATE", "2010-03-04"},
    {"He left in March 2010. The next day he returned.", "2013-03-14", "en", "The next day", "DATE", "2013-03-15"},
    {"Prices fell. The next week, they rose.", "2013-03-14", "en", "The next week", "DATE", "2013-W12"},
    {"Prices fell. The previous week, they rose.", "2013-03-14", "en", "The previous week", "DATE", "2013-W10"},
    {"It fell 4% from the previous Friday.", "2013-03-14", "en", "the previous Friday", "DATE", "2013-03-08"},
    {"Llegó el 3 de marzo de 2010. Al día siguiente se fue.", "2013-03-14", "es", "día siguiente", "DATE", "2010-03-04"},
    {"Se fue el 3 de marzo de 2010. El día anterior llegó.", "2013-03-14", "es", "El día anterior", "DATE", "2010-03-02"},
    {"Llegó el 3 de marzo de 2010. La víspera había llovido.", "2013-03-14", "es", "La víspera", "DATE", "2010-03-02"},
    {"Am 3. März 2010 kam er. Am nächsten Tag ging er.", "2013-03-14", "de", "Am nächsten Tag", "DATE", "2010-03-04"},
    {"Am 3. März 2010 kam er. Am Vortag ging er.", "2013-03-14", "de", "Am Vortag", "DATE", "2010-03-02"},
    {"Il est arrivé le 3 mars 2010. Le lendemain, il est parti.", "2013-03-14", "fr", "Le lendemain", "DATE", "2010-03-04"},
    {"Il est arrivé le 3 mars 2010. La veille, il pleuvait.", "2013-03-14", "fr", "La veille", "DATE", "2010-03-02"},
    {"1998 heiratete er. Im selben Jahr zog er um.", "2013-03-14", "de", "selben Jahr", "DATE", "1998"},
    {"Il s'est marié en 1998. Cette année-là, il a déménagé.", "2013-03-14", "fr", "Cette année-là", "DATE", "1998"},
    {"Llegó el 3 de marzo de 2008. Ese mismo día se fue.", "2009-04-15", "es", "Ese mismo día", "DATE", "2008-03-03"},
    /* "that year" is the year the text last wrote, in either language. */
    {"He fled in June 1998 and returned later that year.", "2000-01-28", "en", "later that year", "DATE", "1998"},
    {"En 1998 se casó. Ese mismo año se divorció.", "2009-04-15", "es", "Ese mismo año", "DATE", "1998"},
    {"En 1995 llegó y aquel año se casó.", "2009-04-15", "es", "aquel año", "DATE", "1995"},
    /* A year ago in a quarterly report is that quarter of the year before. */
    {"Net rose in the third quarter from a year ago.", "1989-11-02", "en", "a year ago", "DATE", "1988-Q3"},
    {"Third-quarter net rose. A year earlier, it fell.", "1989-11-02", "en", "A year earlier", "DATE", "1988-Q3"},
    {"Revenue rose 5% from a year earlier.", "1989-11-02", "en", "a year earlier", "DATE", "1988"},
    /* An outlook for the current quarter does not move the quarter. */
    {"Third-quarter net rose; the fourth quarter looks weak; a year ago", "1989-11-02", "en", "a year ago", "DATE", "1988-Q3"},
    {"The third quarter was weak. The 1988 period was strong.", "1989-11-02", "en", "The 1988 period", "DATE", "1988-Q3"},
    /* Narrative anchoring: a far date takes the year of the last explicit date... */
    {"They met in December 2021. He was at a New Year's Eve party.", "2024-09-09", "en", "New Year's Eve", "DATE", "2021-12-31"},
    {"They met in December 2021. In March they split.", "2024-09-09", "en", "March", "DATE", "2022-03"},
    /* ...but not back before the anchor when the reference's reading lies between the two */
    {"It vanished in July 2024. It was seized before the sale in March.", "2025-10-03", "en", "March", "DATE", "2025-03"},
    {"It vanished in July 2024. It was seized before the sale in May.", "2025-10-03", "en", "May", "DATE", "2025-05"},
    {"It vanished in July 2024. In November it turned up.", "2025-10-03", "en", "November", "DATE", "2024-11"},
    /* ...but a date within two months of the article date keeps it. */
    {"The 1988 talks began on Aug. 1, 1988. The new round began on Aug. 2.", "1990-08-15", "en", "Aug. 2", "DATE", "1990-08-02"},
    {"Hubo una fiesta en diciembre de 2021. Volvió en Nochevieja.", "2024-09-09", "es", "Nochevieja", "DATE", "2021-12-31"},
    /* A month of a named year is not moved by the narrative anchor. */
    {"It began in March 1995. It ended in June last year.", "1998-02-13", "en", "June last year", "DATE", "1997-06"},
};

static void check_case(size_t i, const struct tcase *c, bool last)
{
    struct td_timex_list l;
    const struct td_timex *x;
    size_t n = strlen(c->text);

    td_timex_list_init(&l);
    ASSERT_OK(td_timex_find(c->text, n, c->dct, c->lang, &l, NULL));
    if (c->span == NULL) {
        n = l.n;
        td_timex_list_release(&l);
        ASSERT_EQ_INT(n, 0);
        return;
    }
    if (l.n == 0)
        td_test_fail(__FILE__, __LINE__, "case %zu '%s': no timex", i, c->text);
    ASSERT_TRUE(l.n > 0);
    x = &l.items[last ? l.n - 1 : 0];
    if (strlen(c->span) != x->end - x->start ||
        memcmp(c->span, c->text + x->start, x->end - x->start) != 0)
        td_test_fail(__FILE__, __LINE__, "case %zu: span '%.*s'", i, (int)(x->end - x->start),
                     c->text + x->start);
    ASSERT_STREQ(td_timex_type_name(x->type), c->type);
    if (strcmp(x->value, c->value) != 0)
        td_test_fail(__FILE__, __LINE__, "case %zu '%s': value %s", i, c->text, x->value);
    ASSERT_STREQ(x->value, c->value);
    td_timex_list_release(&l);
}

TD_TEST(test_timex__table)
{
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        check_case(i, &cases[i], false);
}

TD_TEST(test_timex__context)
{
    size_t i;

    for (i = 0; i < sizeof(last_cases) / sizeof(last_cases[0]); i++)
        check_case(i, &last_cases[i], true);
}

TD_TEST(test_timex__code_point_offsets)
{
    static const char text[] = "Él llegó el 7 de enero de 2022.";
    struct td_timex_list l;

    td_timex_list_init(&l);
    ASSERT_OK(td_timex_find(text, strlen(text), "", "es", &l, NULL));
    ASSERT_EQ_INT(l.n, 1);
    ASSERT_EQ_INT(l.items[0].start_cp, 9);
    ASSERT_EQ_INT(l.items[0].end_cp, 30);
    ASSERT_EQ_INT(l.items[0].start, 11);
    td_timex_list_release(&l);
}

TD_TEST(test_timex__iso_week)
{
    int64_t wy;
    int wn;

    timex_iso_week(2021, 1, 1, &wy, &wn);
    ASSERT_EQ_INT(wy, 2020);
    ASSERT_EQ_INT(wn, 53);
    timex_iso_week(2022, 1, 7, &wy, &wn);
    ASSERT_EQ_INT(wy, 2022);
    ASSERT_EQ_INT(wn, 1);
}

TD_TEST(test_timex__errors)
{
    struct td_timex_list l;
    struct td_error err;
    char *out = NULL;

    td_timex_list_init(&l);
    ASSERT_EQ_INT(td_timex_find(NULL, 0, NULL, NULL, &l, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_timex_find("x", 1, "not a date", NULL, &l, &err), TD_ERR_PARSE);
    ASSERT_EQ_INT(td_timex_tag_json("[1]", 3, &out, &err), TD_ERR_PARSE);
    ASSERT_EQ_INT(td_timex_tag_json("{\"doc\":1,\"text\":\"x\"}", 20, &out, &err),
                  TD_ERR_INVALID);
    ASSERT_TRUE(out == NULL);
}

TD_TEST(test_timex__json_line)
{
    static const char line[] = "{\"doc\":\"d1\",\"dct\":\"2022-01-07\",\"text\":\"Née hier.\"}";
    static const char line_fr[] =
        "{\"doc\":\"d1\",\"dct\":\"2022-01-07\",\"lang\":\"fr\",\"text\":\"Née hier.\"}";
    char *out = NULL;

    ASSERT_OK(td_timex_tag_json(line, strlen(line), &out, NULL));
    ASSERT_STREQ(out, "");
    td_timex_string_free(out);
    ASSERT_OK(td_timex_tag_json(line_fr, strlen(line_fr), &out, NULL));
    ASSERT_STREQ(out, "{\"doc\":\"d1\",\"start\":4,\"end\":8,\"type\":\"DATE\",\"value\":"
                      "\"2022-01-06\"}\n");
    td_timex_string_free(out);
}

TD_TEST(test_timex__oom)
{
    static const char text[] = "On January 7, 2022 and yesterday and every week.";
    struct td_timex_list l;
    long n;
    enum td_err rc = TD_ERR_NOMEM;

    td_timex_list_init(&l);
    for (n = 1; rc == TD_ERR_NOMEM && n < 50; n++) {
        alloc_fail_after(n);
        rc = td_timex_find(text, strlen(text), "2022-01-07", "en", &l, NULL);
        alloc_fail_after(-1);
        if (rc == TD_ERR_NOMEM)
            ASSERT_EQ_INT(l.n, 0);
    }
    ASSERT_OK(rc);
    ASSERT_EQ_INT(l.n, 3);
    td_timex_list_release(&l);
}

/* timex17: each span names the rule that made it; the JSON line shows it only on request. */
TD_TEST(test_timex__rule_of_each_span)
{
    static const char text[] = "He left last week and was back Jan. 10-12.";
    struct td_timex_list l;

    td_timex_list_init(&l);
    ASSERT_OK(td_timex_find(text, strlen(text), "2022-01-07", "en", &l, NULL));
    ASSERT_EQ_INT(l.n, 3);
    ASSERT_STREQ(l.items[0].rule, "MOD? REL UNIT");
    ASSERT_TRUE(l.items[1].rule != NULL);
    /* the end of a day range comes from the rule of its start */
    ASSERT_STREQ(l.items[2].rule, l.items[1].rule);
    td_timex_list_release(&l);
}

TD_TEST(test_timex__json_rule_on_request)
{
    static const char line[] = "{\"doc\":\"d1\",\"dct\":\"2022-01-07\",\"text\":\"Left last week.\"}";
    static const char plain[] =
        "{\"doc\":\"d1\",\"start\":5,\"end\":14,\"type\":\"DATE\",\"value\":\"2021-W52\"}\n";
    char *out = NULL;

    ASSERT_OK(td_timex_tag_json(line, strlen(line), &out, NULL));
    ASSERT_STREQ(out, plain);
    td_timex_string_free(out);
    setenv("TIDINGS_TIMEX_RULES", "", 1); /* empty: off */
    ASSERT_OK(td_timex_tag_json(line, strlen(line), &out, NULL));
    ASSERT_STREQ(out, plain);
    td_timex_string_free(out);
    setenv("TIDINGS_TIMEX_RULES", "1", 1);
    ASSERT_OK(td_timex_tag_json(line, strlen(line), &out, NULL));
    unsetenv("TIDINGS_TIMEX_RULES");
    ASSERT_STREQ(out, "{\"doc\":\"d1\",\"start\":5,\"end\":14,\"type\":\"DATE\",\"value\":\"2021-W52\","
                      "\"rule\":\"MOD? REL UNIT\"}\n");
    td_timex_string_free(out);
}
