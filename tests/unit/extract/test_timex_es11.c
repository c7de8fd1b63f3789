/*
 * test_timex_es11.c - tests of the fourth Spanish round: typical forms of
 * Spanish news written for the round, and the families found on our Spanish
 * development set (eval/dates/es-dev.txt), at a fixed reference date
 * (2010-06-02, a Wednesday). Each row: language, text, reference date and the
 * expected `nth` timex of the text (-1: the last one; NULL span: none at all).
 */
#include "test.h"
#include "timex_cases.h"

#define REF "2010-06-02"

static const struct timex_case typical_cases[] = {
    /* dates with "de", the article in the extent */
    {"es", "El Gobierno aprobó la reforma el 15 de marzo de 2009.", REF, 0,
     "el 15 de marzo de 2009", "DATE", "2009-03-15"},
    {"es", "General Motors salió de la quiebra el pasado 10 de julio.", REF, 0,
     "el pasado 10 de julio", "DATE", "2009-07-10"},
    {"es", "El próximo 15 de junio se votará el plan.", REF, 0, "El próximo 15 de junio", "DATE",
     "2010-06-15"},
    /* weekdays with "pasado" / "próximo", and bare ones by the tense */
    {"es", "La fábrica cerró el pasado martes tras una huelga.", REF, 0, "el pasado martes", "DATE",
     "2010-06-01"},
    {"es", "Apple presentará el nuevo iPhone el próximo lunes.", REF, 0, "el próximo lunes", "DATE",
     "2010-06-07"},
    {"es", "El índice Dow Jones cerró el lunes con una caída del 2%.", REF, 0, "el lunes", "DATE",
     "2010-05-31"},
    {"es", "Los mercados abrirán el jueves con cautela.", REF, 0, "el jueves", "DATE",
     "2010-06-03"},
    /* early / late in a unit or a month, and in a decade */
    {"es", "Las ventas crecieron a principios de año.", REF, 0, "principios de año", "DATE",
     "2010"},
    {"es", "Las obras comenzarán a principios de julio.", REF, 0, "principios de julio", "DATE",
     "2010-07"},
    {"es", "La marca vivió su mejor momento a finales de los 90.", REF, 0, "finales de los 90",
     "DATE", "199"},
    /* "hace", "dentro de" */
    {"es", "Airbus entregó el primer avión hace tres años.", REF, 0, "hace tres años", "DATE",
     "2007"},
    {"es", "La empresa presentará sus resultados dentro de dos semanas.", REF, 0,
     "dentro de dos semanas", "DATE", "2010-W24"},
    /* this, last and next units */
    {"es", "Este año las ventas de coches han caído un 10%.", REF, 0, "Este año", "DATE", "2010"},
    {"es", "El año que viene habrá elecciones generales.", REF, 0, "El año que viene", "DATE",
     "2011"},
    {"es", "Las bolsas europeas cayeron la semana pasada.", REF, 0, "la semana pasada", "DATE",
     "2010-W21"},
    {"es", "El mes que viene comenzarán las entregas.", REF, 0, "El mes que viene", "DATE",
     "2010-07"},
    /* ordinal centuries, in Roman numerals or words */
    {"es", "La catedral se construyó en el siglo XV.", REF, 0, "el siglo XV", "DATE", "14"},
    {"es", "La ciudad fue fundada en el siglo tercero.", REF, 0, "el siglo tercero", "DATE", "02"},
    {"es", "En el siglo XXI la industria cambió.", REF, 0, "el siglo XXI", "DATE", "20"},
    /* clock times and parts of the day */
    {"es", "El consejo se reunirá a las 15.30 horas.", REF, 0, "las 15.30 horas", "TIME",
     "2010-06-02T15:30"},
    {"es", "La bolsa de Nueva York abrió a las 9.30 de la mañana.", REF, 0, "las 9.30 de la mañana",
     "TIME", "2010-06-02T09:30"},
    {"es", "Ayer por la tarde el presidente dimitió.", REF, 0, "Ayer por la tarde", "TIME",
     "2010-06-01TAF"},
    /* durations and sets */
    {"es", "Trabajó en la fábrica durante dos años.", REF, 0, "dos años", "DURATION", "P2Y"},
    {"es", "La huelga duró tres semanas.", REF, 0, "tres semanas", "DURATION", "P3W"},
    {"es", "La revista se publica cada semana.", REF, 0, "cada semana", "SET", "P1W"},
    {"es", "Miles de pasajeros usan la línea todos los días.", REF, 0, "todos los días", "SET",
     "P1D"},
    /* vague references */
    {"es", "Actualmente la empresa tiene 3.000 empleados.", REF, 0, "Actualmente", "DATE",
     "PRESENT_REF"},
    {"es", "Recientemente Apple lanzó un nuevo teléfono.", REF, 0, "Recientemente", "DATE",
     "PAST_REF"},
};

TD_TEST(test_timex_es11__typical)
{
    TIMEX_CHECK_ALL(typical_cases);
}

static const struct timex_case tense_cases[] = {
    /* past participles before the date look back */
    {"es", "Las declaraciones hechas el martes causaron polémica.", REF, 0, "el martes", "DATE",
     "2010-06-01"},
    {"es", "Estas son las declaraciones hechas el viernes y el jueves.", REF, 0, "el viernes",
     "DATE", "2010-05-28"},
    {"es", "En el ejercicio terminado el 31 de marzo la empresa ganó 3 millones.", "2010-10-10", 0,
     "el 31 de marzo", "DATE", "2010-03-31"},
    /* ... but after a future "estar" a participle is a state ahead */
    {"es", "Los mercados permanecerán cerrados el lunes por la festividad.", REF, 0, "el lunes",
     "DATE", "2010-06-07"},
    {"es", "La tienda estará cerrada el lunes.", REF, 0, "el lunes", "DATE", "2010-06-07"},
    {"es", "Los mercados, cerrados el lunes por la festividad, abren hoy.", REF, 0, "el lunes",
     "DATE", "2010-05-31"},
    /* a deadline moved by a past verb is the nearest such day; a plain past "hasta" looks
     * back */
    {"es", "La oferta se prorrogó hasta el 16 de junio.", REF, 0, "el 16 de junio", "DATE",
     "2010-06-16"},
    {"es", "El Gobierno le dio de plazo hasta mediados de junio.", REF, 0, "mediados de junio",
     "DATE", "2010-06"},
    {"es", "La oferta estuvo vigente hasta el 16 de mayo.", REF, 0, "el 16 de mayo", "DATE",
     "2010-05-16"},
    /* "hasta" before an amount is "up to", no deadline */
    {"es", "La entidad aumentó sus reservas hasta 300 millones de dólares a 30 de septiembre.",
     "2010-10-26", 0, "30 de septiembre", "DATE", "2010-09-30"},
    /* "la decisión del lunes" names an event, as "Monday's ruling"; not "a partir del lunes" */
    {"es", "Buscarán la forma de eludir la resolución del lunes del tribunal.", REF, 0, "lunes",
     "DATE", "2010-05-31"},
    {"es", "La empresa abrirá a partir del lunes.", REF, 0, "lunes", "DATE", "2010-06-07"},
};

TD_TEST(test_timex_es11__tense)
{
    TIMEX_CHECK_ALL(tense_cases);
}

static const struct timex_case form_cases[] = {
    /* sets of a month or a weekday with its part of the day */
    {"es", "Los orangistas desfilan cada julio.", REF, 0, "cada julio", "SET", "XXXX-07"},
    {"es", "Los vuelos salen los lunes por la noche.", REF, 0, "los lunes por la noche", "SET",
     "XXXX-WXX-1TNI"},
    {"es", "El tercero sale cada jueves por la mañana.", REF, 0, "cada jueves por la mañana", "SET",
     "XXXX-WXX-4TMO"},
    /* the month the story is at, a year back */
    {"es", "Las ventas cayeron un 45% en mayo respecto al mismo mes del año anterior.", REF, -1,
     "mismo mes del año anterior", "DATE", "2009-05"},
    {"es", "Las ventas cayeron un 45% respecto al mismo mes del año pasado.", REF, 0,
     "mismo mes del año pasado", "DATE", "2009-06"},
    /* the last quarter of a written or relative year; a relative fiscal year */
    {"es", "Las ventas del último trimestre de 2007 fueron récord.", REF, 0,
     "último trimestre de 2007", "DATE", "2007-Q4"},
    {"es", "Las ventas del último trimestre del año pasado fueron récord.", REF, 0,
     "último trimestre del año pasado", "DATE", "2009-Q4"},
    {"es", "El próximo año fiscal comenzará en abril.", REF, 0, "El próximo año fiscal", "DATE",
     "2011"},
    /* unknown stretches */
    {"es", "Con los años la empresa creció.", REF, 0, "los años", "DURATION", "PXY"},
    {"es", "En los primeros años la empresa perdió dinero.", REF, 0, "los primeros años",
     "DURATION", "PXY"},
    /* the American holiday of translated news */
    {"es", "El niño fue rescatado el Día de Acción de Gracias.", REF, 0,
     "el Día de Acción de Gracias", "DATE", "2009-11-26"},
    /* not timexes: ages, the calendar year, the first years of a term */
    {"es", "Un activista de 44 años fue detenido.", REF, 0, NULL, NULL, NULL},
    {"es", "Slepian, de 52 años y padre de cuatro hijos, murió.", REF, 0, NULL, NULL, NULL},
    {"es", "La empresa pasó al año natural.", REF, 0, NULL, NULL, NULL},
    {"es", "En los primeros años de su mandato bajó el paro.", REF, 0, NULL, NULL, NULL},
    /* ... while a rate and a plan stay */
    {"es", "La empresa vende 40 aviones al año.", REF, 0, "al año", "SET", "P1Y"},
    {"es", "El plan de 5 años fue aprobado.", REF, 0, "5 años", "DURATION", "P5Y"},
};

TD_TEST(test_timex_es11__forms)
{
    TIMEX_CHECK_ALL(form_cases);
}
