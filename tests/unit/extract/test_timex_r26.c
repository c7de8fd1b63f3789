/*
 * test_timex_r26.c - tests of the temporal tagger's round-26 changes: an end day of a date range
 * follows its start; a month that opens a stretch ("desde mayo de 2009") is no month "ese mismo
 * día" is a day of; "hasta entonces" points at the last date named ("desde entonces" is no
 * timex: timex33b); Spanish
 * "al", "del" stay out of a DATE; a duration and a smaller one after "and" or "y" are one;
 * "in the afternoon", "through the night" are that part of the story's day (not a day the past
 * cannot reach); "the previous quarter" is before the quarter named; "el mismo periodo del año
 * anterior" after a half is that half a year back; a past TIME later than the reference's own
 * clock is the day before; more zones; "earlier this summer"; "Super Tuesday"; more irregular
 * past verbs. Each row: language, text, reference date and the
 * expected `nth` timex of the text (-1: the last one; a NULL span: none).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* the end day of a range is on or after its start (was the November before) */
    {"en", "The season runs from June 1 to Nov. 30.", "2031-09-06", -1, "Nov. 30", "DATE",
     "2031-11-30"},
    /* ... a month alone after a weekday and "to" is no range end */
    {"en", "After a revision Friday to December's figures, job growth slowed.", "2031-02-07", -1,
     "December", "DATE", "2030-12"},
    /* "ese mismo día" after a month that opens a stretch is the day named before it */
    {"es",
     "El banco mantuvo ayer los tipos en el 1%, su nivel desde mayo de 2029. Ese mismo día, su "
     "presidente habló.",
     "2031-05-07", -1, "Ese mismo día", "DATE", "2031-05-06"},
    /* ... a month named on its own still gives its unnamed day (round 22) */
    {"es", "Abrió el lunes. En marzo murió el fundador, y ese mismo día cerró la tienda.",
     "2031-05-07", -1, "ese mismo día", "DATE", "2031-03-XX"},
    /* "hasta entonces": the month named after the last day, else that day, else by the tense */
    {"es",
     "La caja pidió ayuda el viernes. Será vendida en mayo, y hasta entonces la dirige un "
     "gestor.",
     "2031-03-15", -1, "entonces", "DATE", "2031-05"},
    {"es", "La cumbre se reunirá el 9 de septiembre; no habrá cambios hasta entonces.",
     "2031-07-18", -1, "entonces", "DATE", "2031-09-09"},
    {"es", "No habrá cambios hasta entonces.", "2031-07-18", -1, "entonces", "DATE", "FUTURE_REF"},
    /* ... "desde entonces" is none (timex33b: TBAQ tags no "Since then") */
    {"es", "El barril ha perdido un 12% desde entonces.", "2031-07-18", 0, NULL, NULL, NULL},
    /* Spanish "al" stays out of a DATE ... */
    {"es", "La empresa anunció la fusión el jueves, y al día siguiente sus acciones subieron.",
     "2031-04-04", -1, "día siguiente", "DATE", "2031-04-04"},
    {"es", "En el cuarto trimestre los precios subieron un 0,8% respecto al trimestre anterior.",
     "2031-02-17", -1, "trimestre anterior", "DATE", "2030-Q3"},
    /* ... but not out of a rate */
    {"es", "Las aerolíneas pierden 200 millones al día.", "2031-04-20", -1, "al día", "SET", "P1D"},
    /* a duration and a smaller one after "and" or "y" are one */
    {"en", "Game 7 lasted three hours and 10 minutes.", "2030-10-30", -1,
     "three hours and 10 minutes", "DURATION", "PT3H10M"},
    {"en", "The talks went on for two days and 5 hours.", "2030-10-30", -1, "two days and 5 hours",
     "DURATION", "P2DT5H"},
    {"es", "El trayecto dura una hora y 35 minutos.", "2030-12-23", -1, "una hora y 35 minutos",
     "DURATION", "PT1H35M"},
    /* ... not a larger one, nor a count of something else */
    {"en", "He served 10 days and 5 years later returned.", "2030-10-30", 0, "10 days", "DURATION",
     "P10D"},
    {"en", "She spent three hours and 10 dollars.", "2030-10-30", -1, "three hours", "DURATION",
     "PT3H"},
    /* a part of the day after "in", "during", "through": the story's day, else the reference's */
    {"en", "A quake struck at 11:52 p.m. GMT Monday. Rescue teams searched through the night.",
     "2030-02-26T06:40", -1, "the night", "TIME", "2030-02-25TNI"},
    {"en", "Dealers placed heavy buy orders in the morning.", "2030-10-25", -1, "the morning",
     "TIME", "2030-10-25TMO"},
    /* ... not a day after the reference for a past verb */
    {"en", "Play will resume at noon Saturday. Rain delayed play in the afternoon.",
     "2030-07-05T22:30", -1, "the afternoon", "TIME", "2030-07-05TAF"},
    /* ... nor "the night of" a date */
    {"en", "He was shot on the night of Oct. 23.", "2030-10-25", -1, "Oct. 23", "DATE",
     "2030-10-23"},
    /* "the previous quarter" is the one before the quarter the text named */
    {"en",
     "The firm will report first-quarter results Thursday. Revenue in the previous quarter "
     "rose.",
     "2030-04-24", -1, "the previous quarter", "DATE", "2029-Q4"},
    /* "el mismo periodo del año anterior" after a half is that half a year back */
    {"es",
     "Ganó 1.900 millones en el primer semestre, un 25% más que en el mismo periodo del año "
     "anterior.",
     "2030-07-31", -1, "el mismo periodo del año anterior", "DATE", "2029-H1"},
    /* ... after a quarter named last it stays the quarter */
    {"es",
     "En el primer semestre ganó más; en el segundo trimestre, un 5% más que en el mismo periodo "
     "del año anterior.",
     "2030-07-31", -1, "el mismo periodo del año anterior", "DATE", "2029-Q2"},
    /* zones of the Atlantic, Europe and Asia are in the extent */
    {"en", "At 5 a.m. AST, the storm was 180 miles east of the coast.", "2030-09-06T11:00", 0,
     "5 a.m. AST", "TIME", "2030-09-06T05:00"},
    {"en", "The market opens at 9 a.m. JST.", "2030-09-06T01:00", 0, "9 a.m. JST", "TIME",
     "2030-09-06T09:00"},
    /* "earlier this summer", as "earlier this month" */
    {"en", "Talks began earlier this summer.", "2030-08-28", -1, "earlier this summer", "DATE",
     "2030-SU"},
    /* "Super Tuesday" */
    {"en", "The senator won seven of the states that voted on Super Tuesday.", "2030-03-06", -1,
     "Super Tuesday", "DATE", "2030-03-05"},
    /* a past clock time or part of the day later than the reference's own clock was the day
     * before (was the reference's day) */
    {"en", "Polls closed at 10 p.m., and counting went on through the night.",
     "2030-06-24T06:30:00", 0, "10 p.m.", "TIME", "2030-06-23T22:00"},
    {"en", "Polls closed at 10 p.m., and counting went on through the night.",
     "2030-06-24T06:30:00", -1, "the night", "TIME", "2030-06-23TNI"},
    {"it", "Alle 10.35 la sirena ha suonato.", "2030-11-12T08:00:00+01:00", -1, "10.35", "TIME",
     "2030-11-11T10:35"},
    /* ... not within the hour, nor a future, nor a day it names, nor a feed's UTC stamp */
    {"es", "La circulación se restableció poco antes de las dos de la tarde.",
     "2030-07-23T13:45:00+02:00", -1, "las dos de la tarde", "TIME", "2030-07-23T14:00"},
    {"en", "The minister will speak at 10 p.m.", "2030-06-24T06:30:00", -1, "10 p.m.", "TIME",
     "2030-06-24T22:00"},
    {"it", "Il sindaco ha annunciato una festa per lunedì sera.", "2030-10-14T08:30:00+02:00", -1,
     "lunedì sera", "TIME", "2030-10-14TEV"},
    {"en", "The rocket lifted off at 11:02 a.m. local time.", "2030-01-18T03:40:00Z", -1,
     "11:02 a.m.", "TIME", "2030-01-18T11:02"},
    /* an irregular past verb looks back past a deadline named before it (was 2031-01) */
    {"en", "The rule gives plants until April 2031 to comply. A panel heard arguments in January.",
     "2030-04-29", -1, "January", "DATE", "2030-01"},
};

TD_TEST(test_timex_r26__rules)
{
    TIMEX_CHECK_ALL(cases);
}
