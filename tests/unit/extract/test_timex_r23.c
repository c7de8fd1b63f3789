/*
 * test_timex_r23.c - tests of the temporal tagger's round-23 changes (Spanish): a part of a
 * relative year is one timex in that year ("el primer trimestre de este año", "el segundo
 * semestre del año que viene", "el verano del año pasado", "a finales de marzo de este año"),
 * as its English twin is; early or late in a season ("a finales del verano pasado") keeps
 * its "finales"; a bare plural before "después", "antes" or "más tarde" is a stretch, as
 * before "later" in English ("Horas después"); "trimestres" is a unit; "esta misma mañana"
 * is that part of today; "mitad" is an early/mid/late word ("a mitad de año"); "más adelante
 * este año" is one timex, as "later this year"; "del pasado noviembre" keeps its "pasado".
 * Each row: language, text, reference date and the expected `nth` timex of the text (-1:
 * the last one; a NULL span: none).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* a quarter of a relative year (were the reference year's quarter and the year apart,
     * "del año que viene" the reference year's quarter) */
    {"es", "La empresa ganó 100 millones en el primer trimestre de este año.", "2031-06-12", 0,
     "el primer trimestre de este año", "DATE", "2031-Q1"},
    {"es", "Espera ganar dinero en el primer trimestre del próximo año.", "2031-06-12", 0,
     "el primer trimestre del próximo año", "DATE", "2032-Q1"},
    {"es", "Espera ganar dinero en el tercer trimestre del año que viene.", "2031-06-12", 0,
     "el tercer trimestre del año que viene", "DATE", "2032-Q3"},
    /* ... the old readings: "del año pasado", a written year */
    {"es", "Perdió dinero en el cuarto trimestre del año pasado.", "2031-06-12", 0,
     "el cuarto trimestre del año pasado", "DATE", "2030-Q4"},
    {"es", "Perdió dinero en el tercer trimestre de 2029.", "2031-06-12", 0,
     "el tercer trimestre de 2029", "DATE", "2029-Q3"},
    /* a half of a relative year */
    {"es", "Las ventas subieron en el primer semestre de este año.", "2031-06-12", 0,
     "el primer semestre de este año", "DATE", "2031-H1"},
    {"es", "Las ventas subirán en el segundo semestre del año que viene.", "2031-06-12", 0,
     "el segundo semestre del año que viene", "DATE", "2032-H2"},
    {"es", "Las ventas subirán en la segunda mitad del próximo año.", "2031-06-12", 0,
     "la segunda mitad del próximo año", "DATE", "2032-H2"},
    {"es", "Las ventas bajaron en el primer semestre del año pasado.", "2031-06-12", 0,
     "el primer semestre del año pasado", "DATE", "2030-H1"},
    /* a season of a relative year (was the season near the reference and the year apart) */
    {"es", "Las ventas cayeron en el verano del año pasado.", "2031-06-12", 0,
     "el verano del año pasado", "DATE", "2030-SU"},
    {"es", "Las ventas crecerán en la primavera del año que viene.", "2031-06-12", 0,
     "la primavera del año que viene", "DATE", "2032-SP"},
    {"es", "Las ventas cayeron en la primavera del pasado año.", "2031-06-12", 0,
     "la primavera del pasado año", "DATE", "2030-SP"},
    {"es", "La obra terminará en el otoño de este año.", "2031-06-12", 0, "el otoño de este año",
     "DATE", "2031-FA"},
    /* ... the old readings: a season alone, a season of a written year */
    {"es", "Las ventas cayeron en la primavera de 2029.", "2031-06-12", 0, "la primavera de 2029",
     "DATE", "2029-SP"},
    {"es", "El verano pasado hubo muchos incendios.", "2031-06-12", 0, "El verano pasado", "DATE",
     "2030-SU"},
    /* early or late in a month of a relative year (were the month and the year apart) */
    {"es", "Las ventas cayeron a finales de marzo de este año.", "2031-06-12", 0,
     "finales de marzo de este año", "DATE", "2031-03"},
    {"es", "Las ventas cayeron a mediados de mayo del año pasado.", "2031-06-12", 0,
     "mediados de mayo del año pasado", "DATE", "2030-05"},
    /* early or late in a season (was the season without "finales") */
    {"es", "A finales del verano pasado ardió el monte.", "2031-06-12", 0,
     "finales del verano pasado", "DATE", "2030-SU"},
    {"es", "A principios de la primavera de 2029 ardió el monte.", "2031-06-12", 0,
     "principios de la primavera de 2029", "DATE", "2029-SP"},
    {"es", "A principios del próximo invierno abrirá la pista.", "2031-06-12", 0,
     "principios del próximo invierno", "DATE", "2031-WI"},
    /* a bare plural before "después", "antes", "más tarde" (was no timex) */
    {"es", "Horas después, la policía detuvo al sospechoso.", "2031-06-12", 0, "Horas", "DURATION",
     "PTXH"},
    {"es", "Días más tarde, el avión aterrizó en Madrid.", "2031-06-12", 0, "Días", "DURATION",
     "PXD"},
    {"es", "Los vecinos habían avisado semanas antes del incendio.", "2031-06-12", 0, "semanas",
     "DURATION", "PXW"},
    {"es", "Años después, el avión fue retirado.", "2031-06-12", 0, "Años", "DURATION", "PXY"},
    /* ... not after an article: "los días antes de las elecciones" is a date in TimeBank */
    {"es", "Los días antes de las elecciones hubo protestas.", "2031-06-12", 0, NULL, NULL, NULL},
    /* ... a count keeps its reading: the stretch, "después" out (TBAQ's "Three days later") */
    {"es", "Dos días después, el Gobierno dio su aprobación.", "2031-06-12", 0, "Dos días",
     "DURATION", "P2D"},
    /* "trimestres" is a unit, as "quarters" (was no timex) */
    {"es", "La empresa ha perdido dinero en los últimos tres trimestres.", "2031-06-12", 0,
     "los últimos tres trimestres", "DURATION", "P9M"},
    {"es", "La aerolínea lleva tres trimestres con pérdidas.", "2031-06-12", 0, "tres trimestres",
     "DURATION", "P9M"},
    /* "esta misma mañana" is this morning (was "mañana", tomorrow) */
    {"es", "El Gobierno aprobó la ley esta misma mañana.", "2031-06-12", 0, "esta misma mañana",
     "TIME", "2031-06-12TMO"},
    {"es", "El Gobierno aprobará la ley esta misma noche.", "2031-06-12", 0, "esta misma noche",
     "TIME", "2031-06-12TNI"},
    {"es", "El Gobierno aprobó la ley esta mañana.", "2031-06-12", 0, "esta mañana", "TIME",
     "2031-06-12TMO"},
    /* "mitad" is early/mid/late (was no timex) */
    {"es", "El plan fue aprobado a mitad de año.", "2031-06-12", 0, "mitad de año", "DATE", "2031"},
    {"es", "El plan fue aprobado a mitad del mes pasado.", "2031-06-12", 0, "mitad del mes pasado",
     "DATE", "2031-05"},
    /* ... "la mitad de los trabajadores" is none, "la segunda mitad del año" a half */
    {"es", "La mitad de los trabajadores votó a favor.", "2031-06-12", 0, NULL, NULL, NULL},
    {"es", "Las ventas subirán en la segunda mitad del año.", "2031-06-12", 0,
     "la segunda mitad del año", "DATE", "2031-H2"},
    /* "más adelante este año", "más tarde esta semana": one timex, as "later this year" */
    {"es", "Las acciones caerán más adelante este año.", "2031-06-12", 0, "más adelante este año",
     "DATE", "2031"},
    {"es", "La junta se reunirá más tarde esta semana.", "2031-06-12", 0, "más tarde esta semana",
     "DATE", "2031-W24"},
    /* a month after "del pasado", "al próximo": the month with its "pasado" ("del" out; was
     * "noviembre" alone) */
    {"es", "Fue elegido en las elecciones del pasado noviembre.", "2031-06-12", 0,
     "pasado noviembre", "DATE", "2030-11"},
    {"es", "La cumbre se aplazó al próximo enero.", "2031-06-12", 0, "próximo enero", "DATE",
     "2032-01"},
};

TD_TEST(test_timex_r23__rules)
{
    TIMEX_CHECK_ALL(cases);
}
