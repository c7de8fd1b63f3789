/*
 * test_timex_es.c - tests of the Spanish rules of round 5 (src/extract/
 * timex_es.c), written from general Spanish usage at fixed reference
 * dates: the article inside a dated day, parts of a dated day, "desde hace
 * años", "el mismo día", frequencies, "y medio", hours with their weekday,
 * spelled-out numbers and the tense markers that set a date's direction.
 * Each row: text, reference date, expected timex (the first unless `last`).
 */
#include <string.h>

#include "test.h"
#include "tidings/extract.h"

struct es_case {
    const char *text, *dct;
    bool last;         /* check the last timex of the text, not the first */
    const char *span;  /* NULL: the text has no timex */
    const char *type, *value;
};

static const struct es_case cases[] = {
    /* "el" belongs to a dated day, as "the" does in English. */
    {"Las elecciones serán el 20 de noviembre.", "2009-03-18", false, "el 20 de noviembre", "DATE", "2009-11-20"},
    {"El 11 de septiembre de 2001 cambió todo.", "2009-03-18", false, "El 11 de septiembre de 2001", "DATE", "2001-09-11"},
    {"Llegó el 3 de mayo del año 2001.", "2009-03-18", false, "el 3 de mayo del año 2001", "DATE", "2001-05-03"},
    {"Desde el 2 de enero nada cambió.", "2009-03-18", false, "el 2 de enero", "DATE", "2009-01-02"},
    /* A part of a dated day. */
    {"Llovió la noche del 3 de marzo.", "2009-03-18", false, "la noche del 3 de marzo", "TIME", "2009-03-03TNI"},
    {"Salió la mañana del 5 de mayo de 2008.", "2009-03-18", false, "la mañana del 5 de mayo de 2008", "TIME", "2008-05-05TMO"},
    {"El año pasado fue duro.", "2009-03-18", false, "El año pasado", "DATE", "2008"},
    {"Vive en Madrid desde hace años.", "2009-03-18", false, "hace años", "DURATION", "PXY"},
    {"Hace años vivía en Madrid.", "2009-03-18", false, "Hace años", "DATE", "PAST_REF"},
    /* "el mismo día", "el mismo año" follow the story; "el día de hoy" is today. */
    {"Llegó el 3 de marzo de 2008 y el mismo día se fue.", "2009-03-18", true, "el mismo día", "DATE", "2008-03-03"},
    {"En 1998 se casó y el mismo año se divorció.", "2009-03-18", true, "el mismo año", "DATE", "1998"},
    {"Lo anunció el día de hoy.", "2009-03-18", false, "el día de hoy", "DATE", "2009-03-18"},
    {"Lo anunció el día de ayer.", "2009-03-18", false, "el día de ayer", "DATE", "2009-03-17"},
    /* Frequencies. */
    {"Se reúnen dos veces al año.", "2009-03-18", false, "dos veces al año", "SET", "P1Y"},
    {"Viene una vez por semana.", "2009-03-18", false, "una vez por semana", "SET", "P1W"},
    /* "y medio": the half in the next smaller unit. */
    {"Estuvo preso tres años y medio.", "2009-03-18", false, "tres años y medio", "DURATION", "P3Y6M"},
    {"Esperó una hora y media.", "2009-03-18", false, "una hora y media", "DURATION", "PT1H30M"},
    /* An hour with its weekday. */
    {"Estalló a las 8 de la mañana del domingo.", "2009-03-18", false, "las 8 de la mañana del domingo", "TIME", "2009-03-15T08:00"},
    {"Empezó a las 15.30 horas del martes.", "2009-03-18", false, "las 15.30 horas del martes", "TIME", "2009-03-17T15:30"},
    {"Cierra a las 10 de la noche.", "2009-03-18", false, "las 10 de la noche", "TIME", "2009-03-18T22:00"},
    /* Spelled-out numbers up to "cien". */
    {"Duró veintitrés días.", "2009-03-18", false, "veintitrés días", "DURATION", "P23D"},
    {"Hace veintidós días llegó.", "2009-03-18", false, "Hace veintidós días", "DATE", "2009-02-24"},
    {"Ocurrió hace cien años.", "2009-03-18", false, "hace cien años", "DATE", "1909"},
    /* A weekday with its REL word and a part of the day. */
    {"Ocurrió el pasado domingo por la tarde.", "2009-03-18", false, "el pasado domingo por la tarde", "TIME", "2009-03-15TAF"},
    /* "a fin de mes" is this month; "fin de semana" stays a weekend. */
    {"El plazo vence a fin de mes.", "2009-03-18", false, "fin de mes", "DATE", "2009-03"},
    {"Hubo disturbios durante el fin de semana.", "2009-03-18", false, "el fin de semana", "DATE", "2009-W11-WE"},
    /* "el próximo fin de semana" on a weekday is the coming one. */
    {"Lloverá el próximo fin de semana.", "2009-03-18", false, "el próximo fin de semana", "DATE", "2009-W12-WE"},
    {"Lloverá el próximo fin de semana.", "2009-03-21", false, "el próximo fin de semana", "DATE", "2009-W13-WE"},
    /* Sets of weekdays. */
    {"Cada lunes se reúnen.", "2009-03-18", false, "Cada lunes", "SET", "XXXX-WXX-1"},
    {"Los domingos cierra.", "2009-03-18", false, "Los domingos", "SET", "XXXX-WXX-7"},
    /* "hasta el momento": so far. */
    {"Hasta el momento no hay víctimas.", "2009-03-18", false, "el momento", "DATE", "PRESENT_REF"},
    /* "el año en curso", "el presente año": this one. */
    {"Las ventas del año en curso subieron.", "2009-03-18", false, "año en curso", "DATE", "2009"},
    {"En el presente año habrá elecciones.", "2009-03-18", false, "el presente año", "DATE", "2009"},
    /* A bare plural after a verb of lasting. */
    {"La investigación durará meses.", "2005-10-04", false, "meses", "DURATION", "PXM"},
    {"Lleva décadas en el poder.", "2005-10-04", false, "décadas", "DURATION", "PXDE"},
    /* Midnight and noon with their weekday; a clock time in UTC. */
    {"El plazo venció a medianoche del viernes.", "2005-10-04", false, "medianoche del viernes", "TIME", "2005-09-30T24:00"},
    {"Ocurrió a las 10:00 hora local (14:00 UTC).", "2005-10-04", true, "14:00 UTC", "TIME", "2005-10-04T14:00"},
    /* A present verb before a bare weekday looks ahead. */
    {"El partido es el sábado.", "2009-03-18", false, "el sábado", "DATE", "2009-03-21"},
    /* Irregular preterites, imperfects and conditionals set a weekday's direction. */
    {"La policía detuvo el 3 de marzo a dos hombres.", "2009-02-10", false, "el 3 de marzo", "DATE", "2008-03-03"},
    {"El alcalde tenía el 3 de marzo dos casas.", "2009-02-10", false, "el 3 de marzo", "DATE", "2008-03-03"},
    {"El ministro podría dimitir el 3 de marzo.", "2009-04-10", false, "el 3 de marzo", "DATE", "2010-03-03"},
    {"La mayoría de los votos llegará el 3 de marzo.", "2009-02-10", false, "el 3 de marzo", "DATE", "2009-03-03"},
    /* A spelled-out decade after a preposition; a count is none. */
    {"La empresa creció en los noventa.", "2009-03-18", false, "los noventa", "DATE", "199"},
    {"Murieron en los dos accidentes.", "2009-03-18", false, NULL, NULL, NULL},
};

static void check(size_t i, const struct es_case *c)
{
    struct td_timex_list l;
    const struct td_timex *x;

    td_timex_list_init(&l);
    ASSERT_OK(td_timex_find(c->text, strlen(c->text), c->dct, "es", &l, NULL));
    if (c->span == NULL) {
        if (l.n != 0)
            td_test_fail(__FILE__, __LINE__, "case %zu '%s': unexpected timex", i, c->text);
        ASSERT_EQ_INT(l.n, 0);
        td_timex_list_release(&l);
        return;
    }
    if (l.n == 0)
        td_test_fail(__FILE__, __LINE__, "case %zu '%s': no timex", i, c->text);
    ASSERT_TRUE(l.n > 0);
    x = &l.items[c->last ? l.n - 1 : 0];
    if (strlen(c->span) != x->end - x->start ||
        memcmp(c->span, c->text + x->start, x->end - x->start) != 0)
        td_test_fail(__FILE__, __LINE__, "case %zu '%s': span '%.*s'", i, c->text,
                     (int)(x->end - x->start), c->text + x->start);
    ASSERT_STREQ(td_timex_type_name(x->type), c->type);
    if (strcmp(x->value, c->value) != 0)
        td_test_fail(__FILE__, __LINE__, "case %zu '%s': value %s", i, c->text, x->value);
    td_timex_list_release(&l);
}

TD_TEST(test_timex_es__round5)
{
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        check(i, &cases[i]);
}
