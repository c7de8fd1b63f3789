/*
 * test_timex_r27.c - tests of the temporal tagger's round-27 changes: Spanish "este fin de
 * semana" is this week's weekend unless the verb looks back; "el mismo mes", "la misma semana"
 * are the month or week the text is at (not "el mismo siglo"); a month after "hasta" or "until"
 * is no month "ese día" is a day of; "la pasada madrugada" is the reference's small hours; a
 * weekday that opens its sentence before the present of a scheduled event looks ahead. Each row:
 * language, text, reference date and the expected `nth` timex of the text (-1: the last one; a
 * NULL span: none).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* "este fin de semana" on a Friday with a present verb: this week's (was the last one) */
    {"es", "Este fin de semana se celebra en Valencia otra feria del sector.", "2031-02-07", 0,
     "Este fin de semana", "DATE", "2031-W06-WE"},
    /* ... the last one when the verb looks back, this week's when it looks ahead */
    {"es", "La feria se celebró este fin de semana.", "2031-02-10", 0, "este fin de semana",
     "DATE", "2031-W06-WE"},
    {"es", "Este fin de semana habrá otra feria.", "2031-02-12", 0, "Este fin de semana", "DATE",
     "2031-W07-WE"},
    /* ... and "el fin de semana" on a Friday, in a past sentence, the last one as before */
    {"es", "La feria se celebró el fin de semana.", "2031-02-07", 0, "el fin de semana", "DATE",
     "2031-W05-WE"},
    /* "el mismo mes", "la misma semana": the month or week the text is at (were no timex) */
    {"es", "La caja cerró 40 oficinas en octubre y en el mismo mes presentó un expediente.",
     "2031-12-15", -1, "el mismo mes", "DATE", "2031-10"},
    {"es", "La empresa presentó sus cuentas el 5 de mayo. La misma semana cerró dos fábricas.",
     "2031-05-08", -1, "La misma semana", "DATE", "2031-W19"},
    /* ... not a unit no story is at, and "el mismo año" as before */
    {"es", "Los dos templos se construyeron en el mismo siglo.", "2031-05-08", 0, NULL, NULL,
     NULL},
    {"es", "Abrió en 2025. El mismo año cerró su primera tienda.", "2031-05-08", -1,
     "El mismo año", "DATE", "2025"},
    /* a month that closes a stretch is no month for "ese día" (was 2031-03-XX, 2031-05-XX) */
    {"es",
     "El juicio comenzó el lunes y se prolongará hasta finales de marzo. Ese día, el acusado "
     "se negó a declarar.",
     "2031-03-13", -1, "Ese día", "DATE", "2031-03-10"},
    {"en", "The trial began on Monday and will run until May. That same day, the defendant said "
           "nothing.",
     "2031-03-13", -1, "That same day", "DATE", "2031-03-10"},
    /* "la pasada madrugada": the small hours of the reference's day (was the day before) */
    {"es", "Un hombre murió la pasada madrugada en un incendio.", "2031-04-17", 0,
     "la pasada madrugada", "TIME", "2031-04-17TMO"},
    {"es", "Un hombre murió la madrugada pasada en un incendio.", "2031-04-17", 0,
     "la madrugada pasada", "TIME", "2031-04-17TMO"},
    /* ... "la pasada noche" is still last night */
    {"es", "Un hombre murió la pasada noche en un incendio.", "2031-04-17", 0, "la pasada noche",
     "TIME", "2031-04-16TNI"},
    /* a fronted weekday before a scheduled present looks ahead (was the last one) */
    {"es", "El lunes comienza el juicio contra el exalcalde.", "2031-04-17", 0, "El lunes",
     "DATE", "2031-04-21"},
    {"es", "El domingo se celebran elecciones en Italia.", "2031-04-17", 0, "El domingo", "DATE",
     "2031-04-20"},
    {"en", "On Monday, the trial opens in Boston.", "2031-04-17", 0, "Monday", "DATE",
     "2031-04-21"},
    /* ... not before a past verb */
    {"es", "El lunes, la bolsa cayó un 2%.", "2031-04-17", 0, "El lunes", "DATE", "2031-04-14"},
    {"en", "On Monday, stocks fell 2%.", "2031-04-17", 0, "Monday", "DATE", "2031-04-14"},
};

TD_TEST(test_timex_r27__rules)
{
    TIMEX_CHECK_ALL(cases);
}
