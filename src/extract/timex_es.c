/*
 * timex_es.c - Spanish lexicon and rules of the temporal tagger: absolute
 * dates ("7 de enero de 2022"), deictics ("ayer"), "hace tres años",
 * "la semana pasada", holidays ("Nochevieja"), durations and sets.
 */
#include "extract/timex_int.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct tx_lex lex[] = {
    {"enero", TX_MONTH, 1}, {"febrero", TX_MONTH, 2}, {"marzo", TX_MONTH, 3},
    {"abril", TX_MONTH, 4}, {"mayo", TX_MONTH, 5}, {"junio", TX_MONTH, 6},
    {"julio", TX_MONTH, 7}, {"agosto", TX_MONTH, 8}, {"septiembre", TX_MONTH, 9},
    {"setiembre", TX_MONTH, 9}, {"octubre", TX_MONTH, 10}, {"noviembre", TX_MONTH, 11},
    {"diciembre", TX_MONTH, 12},
    {"lunes", TX_WDAY, 1}, {"martes", TX_WDAY, 2}, {"miércoles", TX_WDAY, 3},
    {"miercoles", TX_WDAY, 3}, {"jueves", TX_WDAY, 4}, {"viernes", TX_WDAY, 5},
    {"sábado", TX_WDAY, 6}, {"sabado", TX_WDAY, 6}, {"domingo", TX_WDAY, 7},
    {"sábados", TX_WDAY, 6}, {"domingos", TX_WDAY, 7}, /* "los domingos": every Sunday */
    {"un", TX_NUM, 1}, {"una", TX_NUM, 1}, {"uno", TX_NUM, 1}, {"dos", TX_NUM, 2},
    {"tres", TX_NUM, 3}, {"cuatro", TX_NUM, 4}, {"cinco", TX_NUM, 5}, {"seis", TX_NUM, 6},
    {"siete", TX_NUM, 7}, {"ocho", TX_NUM, 8}, {"nueve", TX_NUM, 9}, {"diez", TX_NUM, 10},
    {"once", TX_NUM, 11}, {"doce", TX_NUM, 12}, {"quince", TX_NUM, 15}, {"veinte", TX_NUM, 20},
    {"treinta", TX_NUM, 30}, {"trece", TX_NUM, 13}, {"catorce", TX_NUM, 14},
    {"dieciséis", TX_NUM, 16}, {"diecisiete", TX_NUM, 17}, {"dieciocho", TX_NUM, 18},
    {"diecinueve", TX_NUM, 19}, {"veinticinco", TX_NUM, 25}, {"cuarenta", TX_NUM, 40},
    {"cincuenta", TX_NUM, 50}, {"sesenta", TX_NUM, 60}, {"setenta", TX_NUM, 70},
    {"ochenta", TX_NUM, 80}, {"noventa", TX_NUM, 90}, {"cien", TX_NUM, 100},
    {"dieciseis", TX_NUM, 16}, {"veintiún", TX_NUM, 21}, {"veintiuno", TX_NUM, 21},
    {"veintiuna", TX_NUM, 21}, {"veintidós", TX_NUM, 22}, {"veintitrés", TX_NUM, 23},
    {"veinticuatro", TX_NUM, 24}, {"veintiséis", TX_NUM, 26}, {"veintisiete", TX_NUM, 27},
    {"veintiocho", TX_NUM, 28}, {"veintinueve", TX_NUM, 29}, {"ciento", TX_NUM, 100},
    {"primer", TX_ORD, 1}, {"primero", TX_ORD, 1}, {"primera", TX_ORD, 1},
    {"segundo", TX_ORD, 2}, {"segunda", TX_ORD, 2}, {"tercer", TX_ORD, 3},
    {"tercero", TX_ORD, 3}, {"tercera", TX_ORD, 3}, {"cuarto", TX_ORD, 4},
    {"cuarta", TX_ORD, 4}, {"quinto", TX_ORD, 5}, {"quinta", TX_ORD, 5}, {"sexto", TX_ORD, 6},
    {"sexta", TX_ORD, 6}, {"séptimo", TX_ORD, 7}, {"octavo", TX_ORD, 8}, {"noveno", TX_ORD, 9},
    {"décimo", TX_ORD, 10}, {"par", TX_NUM, 2}, /* "un par de": a couple of */
    {"docena", TX_NUM, 12}, /* "una docena de años" */
    {"segundos", TX_UNIT, TX_U_SEC}, {"minuto", TX_UNIT, TX_U_MIN}, {"minutos", TX_UNIT, TX_U_MIN},
    {"hora", TX_UNIT, TX_U_HOUR}, {"horas", TX_UNIT, TX_U_HOUR},
    {"día", TX_UNIT, TX_U_DAY}, {"días", TX_UNIT, TX_U_DAY}, {"dia", TX_UNIT, TX_U_DAY},
    {"dias", TX_UNIT, TX_U_DAY}, {"semana", TX_UNIT, TX_U_WEEK},
    {"semanas", TX_UNIT, TX_U_WEEK}, {"mes", TX_UNIT, TX_U_MONTH},
    {"meses", TX_UNIT, TX_U_MONTH}, {"trimestre", TX_UNIT, TX_U_QUARTER},
    {"trimestres", TX_UNIT, TX_U_QUARTER}, /* round 23: "tres trimestres" P9M, as "quarters" */
    {"año", TX_UNIT, TX_U_YEAR}, {"años", TX_UNIT, TX_U_YEAR},
    {"década", TX_UNIT, TX_U_DECADE}, {"décadas", TX_UNIT, TX_U_DECADE},
    {"siglo", TX_UNIT, TX_U_CENTURY}, {"siglos", TX_UNIT, TX_U_CENTURY},
    {"primavera", TX_SEASON, TX_S_SP}, {"verano", TX_SEASON, TX_S_SU},
    {"otoño", TX_SEASON, TX_S_FA}, {"invierno", TX_SEASON, TX_S_WI},
    {"mañana", TX_PART, TX_P_MO}, {"tarde", TX_PART, TX_P_AF}, {"noche", TX_PART, TX_P_NI},
    {"madrugada", TX_PART, TX_P_MO}, /* the small hours: "esta madrugada" */
    {"hoy", TX_DEIC, 0}, {"mañana", TX_DEIC, 1}, {"ayer", TX_DEIC, -1}, {"anteayer", TX_DEIC, -2},
    {"pasado", TX_REL, -1}, {"pasada", TX_REL, -1}, {"último", TX_REL, -1},
    {"última", TX_REL, -1}, {"anterior", TX_REL, -1}, {"próximo", TX_REL, 1},
    {"próxima", TX_REL, 1}, {"proximo", TX_REL, 1}, {"proxima", TX_REL, 1},
    {"siguiente", TX_REL, 1}, {"siguientes", TX_REL, 1}, {"este", TX_REL, 0}, {"esta", TX_REL, 0},
    {"presente", TX_REL, 0}, /* "el presente año" */
    {"entrante", TX_REL, 1}, {"entrantes", TX_REL, 1}, /* "la semana entrante" */
    {"venidero", TX_REL, 1}, {"venidera", TX_REL, 1}, {"venideros", TX_REL, 1},
    {"venideras", TX_REL, 1},
    {"pasados", TX_REL, -1}, {"pasadas", TX_REL, -1}, {"últimos", TX_REL, -1},
    {"últimas", TX_REL, -1}, {"próximos", TX_REL, 1}, {"próximas", TX_REL, 1},
    {"varios", TX_FEW, 1}, {"varias", TX_FEW, 1}, {"unos", TX_FEW, 1}, {"unas", TX_FEW, 1},
    {"muchos", TX_FEW, 1}, {"muchas", TX_FEW, 1}, {"algunos", TX_FEW, 1},
    {"algunas", TX_FEW, 1}, {"pocos", TX_FEW, 1}, {"pocas", TX_FEW, 1},
    /* early / mid / late: "a finales de 2005" */
    {"principios", TX_MOD, 0}, {"comienzos", TX_MOD, 0}, {"inicios", TX_MOD, 0},
    {"mediados", TX_MOD, 0}, {"finales", TX_MOD, 0}, {"fines", TX_MOD, 0},
    {"fin", TX_MOD, 0}, /* "a fin de mes" */
    {"mitad", TX_MOD, 0}, /* round 23: "a mitad de año", "a mitad de semana" */
    /* words that make an unanchored weekday future */
    {"será", TX_FUTURE, 1}, {"serán", TX_FUTURE, 1}, {"va", TX_FUTURE, 1},
    {"van", TX_FUTURE, 1}, {"prevé", TX_FUTURE, 1}, {"previsto", TX_FUTURE, 1},
    {"prevista", TX_FUTURE, 1}, {"hasta", TX_FUTURE, 1}, {"planea", TX_FUTURE, 1},
    {"celebrará", TX_FUTURE, 1}, {"tendrá", TX_FUTURE, 1}, {"habrá", TX_FUTURE, 1},
    /* short futures the ending test leaves out (it wants three letters before "-rá") */
    {"hará", TX_FUTURE, 1}, {"harán", TX_FUTURE, 1}, {"dará", TX_FUTURE, 1},
    {"darán", TX_FUTURE, 1}, {"irá", TX_FUTURE, 1}, {"irán", TX_FUTURE, 1},
    {"verá", TX_FUTURE, 1}, {"verán", TX_FUTURE, 1},
    /* expectations and plans look ahead: "se espera que vote el jueves" */
    {"espera", TX_FUTURE, 1}, {"esperan", TX_FUTURE, 1}, {"prevén", TX_FUTURE, 1},
    {"pretende", TX_FUTURE, 1}, {"pretenden", TX_FUTURE, 1}, {"planean", TX_FUTURE, 1},
    {"programado", TX_FUTURE, 1}, {"programada", TX_FUTURE, 1}, {"previstos", TX_FUTURE, 1},
    {"previstas", TX_FUTURE, 1},
    /* obligations and wishes look ahead too: "el Senado debe votar el plan el lunes" */
    {"debe", TX_FUTURE, 1}, {"deben", TX_FUTURE, 1}, {"quiere", TX_FUTURE, 1},
    {"quieren", TX_FUTURE, 1},
    /* present tense: the search for the tense stops there */
    {"es", TX_PRESENT, 1}, {"son", TX_PRESENT, 1}, {"está", TX_PRESENT, 1},
    {"están", TX_PRESENT, 1},
    /* ... and the present of scheduled events, which before a weekday looks ahead ("el
     * juicio comienza el lunes", "el Papa visita el domingo Lourdes"); not "abre" or
     * "cierra", which market reports use for the day just past */
    {"comienza", TX_PRESENT, 1}, {"comienzan", TX_PRESENT, 1}, {"empieza", TX_PRESENT, 1},
    {"empiezan", TX_PRESENT, 1}, {"arranca", TX_PRESENT, 1}, {"arrancan", TX_PRESENT, 1},
    {"inicia", TX_PRESENT, 1}, {"inician", TX_PRESENT, 1}, {"termina", TX_PRESENT, 1},
    {"terminan", TX_PRESENT, 1}, {"concluye", TX_PRESENT, 1}, {"concluyen", TX_PRESENT, 1},
    {"finaliza", TX_PRESENT, 1}, {"finalizan", TX_PRESENT, 1}, {"vence", TX_PRESENT, 1},
    {"expira", TX_PRESENT, 1}, {"llega", TX_PRESENT, 1}, {"llegan", TX_PRESENT, 1},
    {"viaja", TX_PRESENT, 1}, {"viajan", TX_PRESENT, 1}, {"visita", TX_PRESENT, 1},
    {"visitan", TX_PRESENT, 1}, {"juega", TX_PRESENT, 1}, {"juegan", TX_PRESENT, 1},
    {"vota", TX_PRESENT, 1}, {"votan", TX_PRESENT, 1}, {"reúne", TX_PRESENT, 1},
    {"reúnen", TX_PRESENT, 1}, {"celebra", TX_PRESENT, 1}, {"celebran", TX_PRESENT, 1},
    {"estrena", TX_PRESENT, 1}, {"regresa", TX_PRESENT, 1}, {"regresan", TX_PRESENT, 1},
    {"inaugura", TX_PRESENT, 1}, {"comparece", TX_PRESENT, 1}, {"comparecen", TX_PRESENT, 1},
    {"debate", TX_PRESENT, 1}, {"debaten", TX_PRESENT, 1},
    /* round 22: a reopening or a resumption is scheduled too ("el santuario reabre el sábado") */
    {"reabre", TX_PRESENT, 1}, {"reabren", TX_PRESENT, 1}, {"reanuda", TX_PRESENT, 1},
    {"reanudan", TX_PRESENT, 1},
    /* past verbs with no regular ending (see past_endings): the sentence looks back */
    {"fue", TX_PAST, 1}, {"fueron", TX_PAST, 1}, {"era", TX_PAST, 1}, {"eran", TX_PAST, 1},
    {"dijo", TX_PAST, 1}, {"hizo", TX_PAST, 1}, {"tuvo", TX_PAST, 1}, {"estuvo", TX_PAST, 1},
    {"había", TX_PAST, 1}, {"habían", TX_PAST, 1}, {"ha", TX_PAST, 1}, {"han", TX_PAST, 1},
    {"hubo", TX_PAST, 1}, {"murió", TX_PAST, 1}, {"pudo", TX_PAST, 1}, {"puso", TX_PAST, 1},
    {"supo", TX_PAST, 1}, {"vino", TX_PAST, 1}, {"quiso", TX_PAST, 1}, {"trajo", TX_PAST, 1},
    {"produjo", TX_PAST, 1}, {"condujo", TX_PAST, 1}, {"dio", TX_PAST, 1}, {"vio", TX_PAST, 1},
    {"detuvo", TX_PAST, 1}, {"mantuvo", TX_PAST, 1}, {"obtuvo", TX_PAST, 1},
    {"sostuvo", TX_PAST, 1}, {"propuso", TX_PAST, 1}, {"impuso", TX_PAST, 1},
    {"dispuso", TX_PAST, 1}, {"redujo", TX_PAST, 1}, {"introdujo", TX_PAST, 1},
    {"anduvo", TX_PAST, 1},
    /* imperfects of -er/-ir verbs (an "-ía" ending would take "mayoría" too) */
    {"tenía", TX_PAST, 1}, {"tenían", TX_PAST, 1}, {"podía", TX_PAST, 1},
    {"podían", TX_PAST, 1}, {"decía", TX_PAST, 1}, {"sabía", TX_PAST, 1},
    {"quería", TX_PAST, 1}, {"vivía", TX_PAST, 1}, {"existía", TX_PAST, 1},
    {"llovía", TX_PAST, 1}, {"hacía", TX_PAST, 1}, {"parecía", TX_PAST, 1},
    {"debía", TX_PAST, 1}, {"seguía", TX_PAST, 1}, {"ocurría", TX_PAST, 1},
    {"pertenecía", TX_PAST, 1}, {"mantenía", TX_PAST, 1}, {"veía", TX_PAST, 1},
    {"creía", TX_PAST, 1}, {"conocía", TX_PAST, 1}, {"ofrecía", TX_PAST, 1},
    {"recibía", TX_PAST, 1}, {"producía", TX_PAST, 1}, {"sufría", TX_PAST, 1},
    {"dirigía", TX_PAST, 1}, {"pedía", TX_PAST, 1}, {"salía", TX_PAST, 1},
    {"venía", TX_PAST, 1}, {"permanecía", TX_PAST, 1}, {"crecía", TX_PAST, 1},
    {"escribía", TX_PAST, 1}, {"ponía", TX_PAST, 1}, {"volvía", TX_PAST, 1},
    {"temía", TX_PAST, 1}, {"servía", TX_PAST, 1}, {"traía", TX_PAST, 1},
    /* past participles of news events: "el informe, publicado el jueves, prevé ..." looks
     * back (after "será" or "ser" it is a future passive, see tense_of); not "hecho" ("de
     * hecho"), "dicho" ("dicho mes"), nor "aplazado" ("aplazado al lunes") */
    {"publicado", TX_PAST, 1}, {"publicada", TX_PAST, 1}, {"publicados", TX_PAST, 1},
    {"publicadas", TX_PAST, 1}, {"anunciado", TX_PAST, 1}, {"anunciada", TX_PAST, 1},
    {"anunciados", TX_PAST, 1}, {"anunciadas", TX_PAST, 1}, {"firmado", TX_PAST, 1},
    {"firmada", TX_PAST, 1}, {"aprobado", TX_PAST, 1}, {"aprobada", TX_PAST, 1},
    {"presentado", TX_PAST, 1}, {"presentada", TX_PAST, 1}, {"celebrado", TX_PAST, 1},
    {"celebrada", TX_PAST, 1}, {"realizado", TX_PAST, 1}, {"realizada", TX_PAST, 1},
    {"emitido", TX_PAST, 1}, {"emitida", TX_PAST, 1}, {"difundido", TX_PAST, 1},
    {"difundida", TX_PAST, 1}, {"divulgado", TX_PAST, 1}, {"divulgada", TX_PAST, 1},
    {"registrado", TX_PAST, 1}, {"registrada", TX_PAST, 1}, {"ocurrido", TX_PAST, 1},
    {"ocurrida", TX_PAST, 1}, {"detenido", TX_PAST, 1}, {"detenida", TX_PAST, 1},
    {"detenidos", TX_PAST, 1}, {"fallecido", TX_PAST, 1}, {"fallecida", TX_PAST, 1},
    {"lanzado", TX_PAST, 1}, {"lanzada", TX_PAST, 1}, {"elegido", TX_PAST, 1},
    {"elegida", TX_PAST, 1}, {"nombrado", TX_PAST, 1}, {"nombrada", TX_PAST, 1},
    {"inaugurado", TX_PAST, 1}, {"inaugurada", TX_PAST, 1}, {"entregado", TX_PAST, 1},
    {"entregada", TX_PAST, 1}, {"recibido", TX_PAST, 1}, {"recibida", TX_PAST, 1},
    {"confirmado", TX_PAST, 1}, {"confirmada", TX_PAST, 1}, {"revelado", TX_PAST, 1},
    {"revelada", TX_PAST, 1}, {"asesinado", TX_PAST, 1}, {"asesinada", TX_PAST, 1},
    {"cerrado", TX_PAST, 1}, {"cerrada", TX_PAST, 1}, {"iniciado", TX_PAST, 1},
    {"iniciada", TX_PAST, 1}, {"concluido", TX_PAST, 1}, {"concluida", TX_PAST, 1},
    {"enviado", TX_PAST, 1}, {"enviada", TX_PAST, 1}, {"cancelado", TX_PAST, 1},
    {"cancelada", TX_PAST, 1}, {"suspendido", TX_PAST, 1}, {"suspendida", TX_PAST, 1},
    /* "las declaraciones hechas el viernes" (not "hecho": "de hecho"), "el ejercicio
     * terminado el 31 de enero" */
    {"hecha", TX_PAST, 1}, {"hechas", TX_PAST, 1}, {"hechos", TX_PAST, 1},
    {"terminado", TX_PAST, 1}, {"terminada", TX_PAST, 1}, {"terminados", TX_PAST, 1},
    {"terminadas", TX_PAST, 1}, {"finalizado", TX_PAST, 1}, {"finalizada", TX_PAST, 1},
    {"finalizados", TX_PAST, 1}, {"finalizadas", TX_PAST, 1}, {"concluidos", TX_PAST, 1},
    {"concluidas", TX_PAST, 1}, {"cerrados", TX_PAST, 1}, {"cerradas", TX_PAST, 1},
    /* conditionals look ahead, as "would" does */
    {"sería", TX_FUTURE, 1}, {"serían", TX_FUTURE, 1}, {"podría", TX_FUTURE, 1},
    {"podrían", TX_FUTURE, 1}, {"habría", TX_FUTURE, 1}, {"tendría", TX_FUTURE, 1},
    {"debería", TX_FUTURE, 1}, {"haría", TX_FUTURE, 1},
};

#define D TD_TIMEX_DATE
#define T TD_TIMEX_TIME
#define DU TD_TIMEX_DURATION
#define S TD_TIMEX_SET

#define QMOD "casi|unos|unas|aproximadamente|apenas|exactamente|solo|sólo?"
/* "más de", "cerca de": the "de" belongs to the modifier, never alone ("una reunión de dos
 * horas") */
#define QMORE "más|menos|cerca|alrededor de"
/* the words before "las 10" that make it a clock time */
#define AT "a|sobre|hacia|desde|hasta|entre|y|de|pasadas|tras|para"

static const struct tx_rule rules[] = {
    /* A month of an explicit year: marzo del año 2001, el 3 de mayo del año 2001. */
    {"MONTH de|del año YEAR", TX_N_YM, D, NULL},
    {"DAY de MONTH de|del año YEAR", TX_N_YMD, D, NULL},
    /* Halves of a year: el primer semestre de 2004, la segunda mitad de 2010. */
    {"el? primer semestre", TX_N_HALF, D, "1"},
    {"el? segundo semestre", TX_N_HALF, D, "2"},
    {"el? primer semestre del año REL?", TX_N_HALF, D, "1"},
    {"el? segundo semestre del año REL?", TX_N_HALF, D, "2"},
    {"el? primer semestre del REL año", TX_N_HALF, D, "1"}, /* "del próximo año" */
    {"el? segundo semestre del REL año", TX_N_HALF, D, "2"},
    {"el? primer semestre de|del? año? YEAR", TX_N_HALF, D, "1"},
    {"el? segundo semestre de|del? año? YEAR", TX_N_HALF, D, "2"},
    {"la? primera mitad de|del? año? YEAR", TX_N_HALF, D, "1"},
    {"la? segunda mitad de|del? año? YEAR", TX_N_HALF, D, "2"},
    /* ... of the reference year or of a relative one: "la segunda mitad del año (pasado)" */
    {"la? primera mitad del año REL?", TX_N_HALF, D, "1"},
    {"la? segunda mitad del año REL?", TX_N_HALF, D, "2"},
    {"la? primera mitad de este año", TX_N_HALF, D, "1"},
    {"la? segunda mitad de este año", TX_N_HALF, D, "2"},
    /* Absolute dates; "el pasado 12 de octubre" is a date, not "the past". */
    {"WDAY? ,? DAY de MONTH de|del YEAR", TX_N_YMD, D, NULL},
    {"WDAY? ,? DAY de MONTH", TX_N_YMD, D, NULL},
    /* the article belongs to the date, as "the" does in English: "el 4 de octubre" */
    {"el DAY de MONTH", TX_N_YMD, D, NULL},
    /* the first day of a range takes the month of the end: "del 3 al 5 de marzo" ("3";
     * the contracted preposition stays out, as "al" does before the end), "entre el 3 y
     * el 5 de marzo" ("el 3") */
    {"el? NUM >al|y >el >DAY >de >MONTH >de|del >YEAR", TX_N_YMD, D, "N"},
    {"el? NUM >al|y >DAY >de >MONTH >de|del >YEAR", TX_N_YMD, D, "N"},
    {"el? NUM >al|y >el >DAY >de >MONTH", TX_N_YMD, D, "N"},
    {"el? NUM >al|y >DAY >de >MONTH", TX_N_YMD, D, "N"},
    {"el DAY de MONTH de|del YEAR", TX_N_YMD, D, NULL},
    {"el DAY de MONTH de|del año YEAR", TX_N_YMD, D, NULL},
    {"el DAY de MONTH REL", TX_N_YMD, D, NULL}, /* "el 15 de marzo pasado" */
    /* a part of a dated day: "la noche del 3 de marzo", "la mañana del 5 de mayo de 2009" */
    {"la PART del|de DAY de MONTH", TX_N_YMD, T, NULL},
    {"la PART del|de DAY de MONTH de|del YEAR", TX_N_YMD, T, NULL},
    {"el? REL WDAY? ,? DAY de MONTH de|del? YEAR?", TX_N_YMD, D, NULL},
    {"WDAY? ,? DAY ^º de MONTH de|del? YEAR?", TX_N_YMD, D, NULL},
    /* "el jueves 5 de marzo" is one date; the article goes with the weekday */
    {"el WDAY ,? DAY de MONTH", TX_N_YMD, D, NULL},
    {"el WDAY ,? DAY de MONTH de|del YEAR", TX_N_YMD, D, NULL},
    /* a part of a dated day after it: "el martes 7 de octubre por la tarde" */
    {"el WDAY? ,? DAY de MONTH de|del? YEAR? por|en la PART", TX_N_YMD, T, NULL},
    /* "la primera semana de octubre", "la última semana de marzo": ISO weeks */
    {"la ORD semana de|del MONTH de|del? YEAR?", TX_N_YMD, D, "W"},
    {"la última semana de|del MONTH de|del? YEAR?", TX_N_YMD, D, "WL"},
    /* "el 15 de marzo pasado", "marzo pasado", "enero próximo" */
    {"DAY de MONTH REL", TX_N_YMD, D, NULL},
    {"MONTH REL", TX_N_REL_MONTH, D, NULL},
    {"YEAR ^- ^MM ^- ^DAY", TX_N_YMD, D, NULL},
    {"DAY ^/ ^MM ^/ ^YEAR", TX_N_YMD, D, NULL},
    {"MONTH de|del YEAR", TX_N_YM, D, NULL},
    {"MONTH YEAR", TX_N_YM, D, NULL}, /* "octubre 2008", as in a heading */
    {"el? mes de MONTH de|del? YEAR?", TX_N_YM, D, NULL},
    /* "el pasado mes de octubre": the last October, as "octubre pasado" */
    {"el? REL mes de MONTH", TX_N_REL_MONTH, D, NULL},
    /* round 22: ... early or late in it: "a finales del pasado mes de enero" (was "finales del
     * pasado mes", the last month, and "enero" apart) */
    {"MOD del REL mes de MONTH", TX_N_REL_MONTH, D, NULL},
    {"el REL MONTH", TX_N_REL_MONTH, D, NULL}, /* "el pasado marzo", "el próximo enero" */
    /* round 23: ... after "del" or "al", which stay out: "las elecciones del pasado noviembre"
     * (was "noviembre" alone), as "del pasado martes" */
    {"<del|al REL MONTH", TX_N_REL_MONTH, D, NULL},
    /* the year named by REL: "octubre del año pasado", "el 5 de marzo de este año" */
    {"el? mes? de? MONTH de|del año REL", TX_N_YM, D, "Y"},
    {"el? mes? de? MONTH de|del REL año", TX_N_YM, D, "Y"},
    {"el? DAY de MONTH de|del año REL", TX_N_YMD, D, "Y"},
    {"el? DAY de MONTH de|del REL año", TX_N_YMD, D, "Y"},
    {"MONTH", TX_N_YM, D, NULL},
    {"YEAR", TX_N_Y, D, NULL},
    {"el año YEAR", TX_N_Y, D, NULL},
    {"el YEAR", TX_N_Y, D, NULL}, /* the article belongs to the year: "en el 2020" */
    /* "(las negociaciones del) fin de semana" is the weekend, never the end of a week: it comes
     * before "MOD de|del UNIT" ("a fin de mes"), which ties with it and used to give the week */
    {"fin de semana", TX_N_REL_UNIT, D, "5p"},
    /* Early / mid / late: principios de marzo, mediados de 2005, finales del año pasado. */
    {"MOD de|del MONTH de|del? YEAR?", TX_N_YM, D, NULL},
    /* "los últimos días de septiembre", "las primeras semanas de 2009": early or late in the
     * month or year, not a stretch of days */
    {"los primeros|últimos días de|del MONTH de|del? YEAR?", TX_N_YM, D, NULL},
    {"las primeras|últimas semanas de|del MONTH de|del? YEAR?", TX_N_YM, D, NULL},
    {"los primeros|últimos días|meses de|del YEAR", TX_N_Y, D, NULL},
    {"las primeras|últimas semanas de|del YEAR", TX_N_Y, D, NULL},
    {"MOD de|del YEAR", TX_N_Y, D, NULL},
    {"MOD de|del UNIT REL", TX_N_REL_UNIT, D, NULL},
    {"MOD de|del REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"MOD de la|el UNIT REL", TX_N_REL_UNIT, D, NULL},
    {"MOD de la|el REL UNIT", TX_N_REL_UNIT, D, NULL}, /* "a principios de la próxima semana" */
    {"MOD de la UNIT", TX_N_REL_UNIT, D, NULL}, /* "a principios de la semana": this one */
    {"MOD de|del UNIT", TX_N_REL_UNIT, D, NULL}, /* "a principios de mes": this month */
    /* "a finales del mes que viene": the next one */
    {"MOD de|del UNIT que viene", TX_N_AGO, D, "+"},
    {"MOD de la UNIT que viene", TX_N_AGO, D, "+"},
    {"lo que va de|del UNIT", TX_N_REL_UNIT, D, NULL}, /* "en lo que va de año" */
    {"lo que llevamos|lleva de|del UNIT", TX_N_REL_UNIT, D, NULL},
    {"lo que resta|queda de|del UNIT", TX_N_REL_UNIT, D, NULL}, /* what is left of it */
    /* Decades: los años 90, la década de 1990, los noventa. */
    {"los años YEAR", TX_N_DECADE, D, NULL},
    {"los años ^' ^YY", TX_N_DECADE, D, NULL},
    {"los años YY", TX_N_DECADE, D, NULL},
    {"la década de|del YEAR", TX_N_DECADE, D, NULL},
    {"la década de los YY", TX_N_DECADE, D, NULL},
    {"la década de los YEAR", TX_N_DECADE, D, NULL},
    {"los años NUM", TX_N_DECADE, D, NULL},
    {"<en|durante|desde|hasta los NUM", TX_N_DECADE, D, NULL}, /* "en los noventa" */
    {"la década de los NUM", TX_N_DECADE, D, NULL},
    /* "a mediados de los años 90", "a finales de los 90" */
    {"MOD de los años YEAR", TX_N_DECADE, D, NULL},
    {"MOD de los años YY", TX_N_DECADE, D, NULL},
    {"MOD de los años NUM", TX_N_DECADE, D, NULL},
    {"MOD de los YY", TX_N_DECADE, D, NULL},
    /* "a mediados de la década de 1990", "a finales de la década de los 80" */
    {"MOD de la década de|del YEAR", TX_N_DECADE, D, NULL},
    {"MOD de la década de los YY", TX_N_DECADE, D, NULL},
    {"MOD de la década de los NUM", TX_N_DECADE, D, NULL},
    {"SEASON de|del YEAR", TX_N_SEASON, D, NULL},
    {"el|la SEASON de|del YEAR", TX_N_SEASON, D, NULL}, /* "en el verano de 2007" */
    /* "la primavera pasada"; "W": this winter in January is the one begun in December */
    {"el|la|este|esta? SEASON REL", TX_N_SEASON, D, "W"},
    /* "en verano", "el invierno": the season near the reference, the tense deciding which */
    {"el|la? SEASON", TX_N_SEASON, D, "T"},
    {"el|la|este|esta? REL SEASON", TX_N_SEASON, D, "W"}, /* "la próxima primavera" */
    /* "P": with no future verb a quarter two or more ahead is last year's */
    {"el|este|esta? ORD trimestre de|del? YEAR?", TX_N_QUARTER, D, "P"},
    /* "el tercer trimestre fiscal (de 2008)", "el año fiscal 2008" */
    {"el|este|esta? ORD trimestre fiscal de|del? YEAR?", TX_N_QUARTER, D, "P"},
    {"el año fiscal YEAR", TX_N_Y, D, NULL},
    /* the attacks named by their day: "el 11-S" (New York), "el 11-M" (Madrid) */
    {"el? 11 ^- ^s", TX_N_FIXED, D, "2001-09-11"},
    {"el? 11 ^- ^m", TX_N_FIXED, D, "2004-03-11"},
    {"MOD del ORD trimestre de|del? YEAR?", TX_N_QUARTER, D, "P"}, /* "a finales del tercer..." */
    {"el|este|esta? ORD trimestre del año REL?", TX_N_QUARTER, D, NULL},
    /* the last quarter of a written or a relative year: "el último trimestre de 2007" (not
     * "el último trimestre" alone, the latest one) */
    {"el? último trimestre de|del año? YEAR", TX_N_QUARTER, D, "L"},
    {"el? último trimestre del año REL", TX_N_QUARTER, D, "L"},
    {"el? último trimestre del REL año", TX_N_QUARTER, D, "L"},
    /* "el próximo año fiscal", "el año fiscal pasado" */
    {"el|la? REL UNIT fiscal", TX_N_REL_UNIT, D, NULL},
    {"el UNIT fiscal REL", TX_N_REL_UNIT, D, NULL},
    /* the day of a month left unsaid: "el pasado día 14", "el día 3" */
    {"el REL? día DAY", TX_N_DAY, D, NULL},
    /* ... after its weekday: "el lunes día 13", "el lunes 13," (not "el lunes 13 personas") */
    {"el? REL? WDAY día DAY", TX_N_DAY, D, NULL},
    {"el? REL? WDAY DAY >,|.|;", TX_N_DAY, D, NULL},
    /* round 20: ... and before a clock time or a second day: "el sábado 13 a las 20.00",
     * "el lunes 5 y el martes 6" (were the weekday alone; not a score, "el sábado 3 a 1") */
    {"el? REL? WDAY DAY >a >la|las", TX_N_DAY, D, NULL},
    {"el? REL? WDAY DAY >y >el", TX_N_DAY, D, NULL},
    {"el REL? día DAY de MONTH de|del? YEAR?", TX_N_YMD, D, NULL}, /* "el día 15 de octubre" */
    /* ... of the month REL names: "el 15 de este mes", "el día 3 del mes pasado" */
    {"el? día? DAY de|del REL mes", TX_N_DAY, D, "M"},
    {"el? día? DAY del mes REL", TX_N_DAY, D, "M"},
    {"el? día? DAY del mes en curso", TX_N_DAY, D, "M"},
    /* the first of the month as a word or with the ordinal sign: "el primero de octubre",
     * "el 1º de enero" */
    {"el? primero de MONTH de|del? YEAR?", TX_N_YMD, D, "D"},
    {"el DAY ^º|° de MONTH de|del? YEAR?", TX_N_YMD, D, NULL},
    /* a weekday of the week REL names: "el martes de la semana pasada" */
    {"el? WDAY de la? REL semana", TX_N_WDAY, D, "W"},
    {"el? WDAY de la semana REL", TX_N_WDAY, D, "W"},
    {"el? WDAY de la semana que viene", TX_N_WDAY, D, "W+"},
    /* half a month: "la segunda quincena de octubre" is that month, "del mes (pasado)" */
    {"la? primera|segunda quincena de|del MONTH de|del? YEAR?", TX_N_YM, D, NULL},
    {"la? primera|segunda quincena de|del REL? mes REL?", TX_N_REL_UNIT, D, "7"},
    /* Holidays, with "de 2021" or a bare year after them. */
    {"nochevieja YEAR?", TX_N_HOLIDAY, D, "12-31"},
    {"nochevieja de|del YEAR", TX_N_HOLIDAY, D, "12-31"},
    {"nochebuena YEAR?", TX_N_HOLIDAY, D, "12-24"},
    /* the eves: "la víspera de Navidad", "la víspera de Año Nuevo" */
    {"la víspera de navidad YEAR?", TX_N_HOLIDAY, D, "12-24"},
    {"la víspera de año nuevo YEAR?", TX_N_HOLIDAY, D, "12-31"},
    {"nochebuena de|del YEAR", TX_N_HOLIDAY, D, "12-24"},
    {"navidad|navidades YEAR?", TX_N_HOLIDAY, D, "12-25"},
    {"navidad|navidades de|del YEAR", TX_N_HOLIDAY, D, "12-25"},
    {"año nuevo YEAR?", TX_N_HOLIDAY, D, "01-01"},
    {"año nuevo de|del YEAR", TX_N_HOLIDAY, D, "01-01"},
    {"día de reyes YEAR?", TX_N_HOLIDAY, D, "01-06"},
    {"día de reyes de|del YEAR", TX_N_HOLIDAY, D, "01-06"},
    {"san valentín YEAR?", TX_N_HOLIDAY, D, "02-14"},
    {"san valentín de|del YEAR", TX_N_HOLIDAY, D, "02-14"},
    {"el? día de todos los santos YEAR?", TX_N_HOLIDAY, D, "11-01"},
    {"el? día de todos los santos de|del YEAR", TX_N_HOLIDAY, D, "11-01"},
    {"el? día del trabajo|trabajador YEAR?", TX_N_HOLIDAY, D, "05-01"},
    {"el? día del trabajo|trabajador de|del YEAR", TX_N_HOLIDAY, D, "05-01"},
    {"el? jueves santo YEAR?", TX_N_HOLIDAY, D, "E-3"},
    {"el? jueves santo de|del YEAR", TX_N_HOLIDAY, D, "E-3"},
    {"el? viernes santo YEAR?", TX_N_HOLIDAY, D, "E-2"},
    {"el? viernes santo de|del YEAR", TX_N_HOLIDAY, D, "E-2"},
    {"el? domingo de resurrección|pascua YEAR?", TX_N_HOLIDAY, D, "E+0"},
    {"el? domingo de resurrección|pascua de|del YEAR", TX_N_HOLIDAY, D, "E+0"},
    {"el? día de la hispanidad de|del? YEAR?", TX_N_HOLIDAY, D, "10-12"},
    {"el? día de la constitución de|del? YEAR?", TX_N_HOLIDAY, D, "12-06"},
    {"el? día de los muertos|difuntos de|del? YEAR?", TX_N_HOLIDAY, D, "11-02"},
    /* the American holiday in translated news: the fourth Thursday of November */
    {"el? día de acción de gracias de|del? YEAR?", TX_N_HOLIDAY, D, "11/4/4"},
    {"el? miércoles de ceniza de|del? YEAR?", TX_N_HOLIDAY, D, "E-46"},
    {"el? domingo de ramos de|del? YEAR?", TX_N_HOLIDAY, D, "E-7"},
    /* Centuries in Roman numerals: el siglo XXI. */
    {"el? siglo ROMAN", TX_N_CENTURY, D, NULL},
    {"el siglo ORD", TX_N_CENTURY, D, NULL}, /* "el siglo tercero" */
    {"MOD de|del siglo ROMAN", TX_N_CENTURY, D, NULL}, /* "mediados del siglo XIX" */
    /* The year last written: "en 1998 ... ese mismo año". */
    {"ese|aquel|dicho mismo? año", TX_N_THAT_YEAR, D, NULL},
    /* round 20: a month or day of the year last written is one timex: "junio de ese año",
     * "el 5 de marzo de aquel año" (were the month of the reference's year and "ese año") */
    {"MONTH de ese|aquel|dicho mismo? año", TX_N_THAT_YEAR, D, NULL},
    {"el? DAY de MONTH de ese|aquel|dicho mismo? año", TX_N_THAT_YEAR, D, NULL},
    {"el mismo año", TX_N_THAT_YEAR, D, NULL},
    /* "este mismo año", "este mismo lunes": this one */
    {"este|esta mismo|misma UNIT", TX_N_REL_UNIT, D, NULL},
    {"REL mismo WDAY", TX_N_WDAY, D, NULL},
    /* the fiscal year ("ejercicio"; alone it is also a drill): "el ejercicio 2007", "el
     * pasado ejercicio" (arg 9: TX_U_YEAR) */
    {"el|este ejercicio fiscal? YEAR", TX_N_Y, D, NULL},
    {"el|este REL ejercicio fiscal?", TX_N_REL_UNIT, D, "9"},
    {"el ejercicio fiscal? REL", TX_N_REL_UNIT, D, "9"},
    {"este ejercicio fiscal?", TX_N_REL_UNIT, D, "9"},
    {"DEIC", TX_N_DEIC, D, NULL},
    {"DEIC WDAY", TX_N_DEIC, D, NULL}, /* "hoy lunes", "ayer domingo" */
    {"pasado mañana", TX_N_DEIC, D, "+2"},
    {"antes de ayer", TX_N_DEIC, D, "-2"},
    {"DEIC por la PART", TX_N_DEIC, T, NULL},
    {"esta PART", TX_N_PART, T, NULL},
    /* round 23: "esta misma mañana", "esta misma noche" (was "mañana", tomorrow) */
    {"esta misma PART", TX_N_PART, T, NULL},
    /* a part of the day the story is at: "esa misma noche", "la mañana siguiente" */
    {"esa|aquella misma? PART", TX_N_NEXT, T, "0d"},
    {"la PART siguiente", TX_N_NEXT, T, "+d"},
    {"la PART anterior", TX_N_NEXT, T, "-d"},
    /* round 27: "la pasada madrugada" is the last small hours, which are on the reference's
     * day ("murió la pasada madrugada" in a report of the morning; was the day before, as "la
     * pasada noche") */
    {"la pasada madrugada", TX_N_PART, T, "MO"},
    {"la madrugada pasada", TX_N_PART, T, "MO"},
    {"la REL PART", TX_N_PART, T, NULL}, /* "la pasada noche": last night */
    {"la PART REL", TX_N_PART, T, NULL},
    {"anoche", TX_N_DEIC, T, "-1NI"}, /* last night: the evening before the reference */
    {"anteanoche|antenoche", TX_N_DEIC, T, "-2NI"},
    /* "por la mañana" is a morning, not tomorrow. */
    {"por|de la mañana|tarde|noche", TX_N_SKIP, T, NULL},
    {"la mañana", TX_N_SKIP, T, NULL}, /* "durante la mañana" is no tomorrow */
    /* round 20: "a media mañana" is mid-morning, not tomorrow; "a media tarde" */
    {"media mañana", TX_N_PART, T, "MO"},
    {"media tarde", TX_N_PART, T, "AF"},
    {"la PART de|del? DEIC", TX_N_DEIC, T, NULL}, /* "la tarde de ayer", "la mañana de hoy" */
    /* a weekday after or before the day the story is at */
    {"el WDAY siguiente", TX_N_NEXT, D, "+"},
    {"el WDAY anterior", TX_N_NEXT, D, NULL},
    /* "para el lunes": a deadline ahead, also after a past verb ("organizaron una marcha para
     * el domingo"); round 20: before "el? WDAY", which ties with it and so always won */
    {"<para el? WDAY", TX_N_WDAY, D, "+"},
    /* round 22: bare weekdays of a weekly span, "de lunes a viernes", are every such day (a
     * named week takes the article: "del lunes al viernes"); before "el? WDAY", which ties.
     * The second only after the first ("se aplaza a domingo" is the week's day). */
    {"<de WDAY >a", TX_N_SET_DAY, S, NULL},
    {"<de <WDAY <a WDAY", TX_N_SET_DAY, S, NULL},
    /* "F": "llegará el viernes" written on a Friday is next week's */
    {"el? WDAY", TX_N_WDAY, D, "F"},
    {"el? REL WDAY", TX_N_WDAY, D, NULL},
    {"el|la? WDAY REL", TX_N_WDAY, D, NULL},
    {"el? WDAY por la PART", TX_N_WDAY, T, "F"},
    {"el? REL WDAY por la PART", TX_N_WDAY, T, NULL}, /* "el pasado domingo por la tarde" */
    {"el WDAY REL por la PART", TX_N_WDAY, T, NULL},
    {"la PART del|de este? WDAY", TX_N_WDAY, T, NULL}, /* "la noche del sábado" */
    {"el? WDAY en la PART", TX_N_WDAY, T, "F"},   /* "el sábado en la noche" */
    /* the last weekend unless the verb looks ahead ("se reunió el fin de semana") */
    {"el fin de semana", TX_N_REL_UNIT, D, "5p"},
    /* round 27: "este fin de semana" is this week's unless the verb looks back ("se reunió
     * este fin de semana" on a Monday): "Este fin de semana se celebra otra feria" on a Friday
     * is the coming one (was the last, as "el fin de semana") */
    {"este fin de semana", TX_N_REL_UNIT, D, "5t"},
    {"el fin de semana REL", TX_N_REL_UNIT, D, "5"},
    {"el|este REL fin de semana", TX_N_REL_UNIT, D, "5"}, /* "el pasado fin de semana" */
    /* every weekend: "cada fin de semana", "(todos) los fines de semana" */
    {"cada fin de semana", TX_N_FIXED, S, "XXXX-WXX-WE"},
    {"todos? los fines de semana", TX_N_FIXED, S, "XXXX-WXX-WE"},
    /* "el lunes que viene": the coming one */
    {"el? WDAY que viene", TX_N_WDAY, D, "+"},
    {"el? WDAY de madrugada", TX_N_WDAY, T, "MO"},
    /* the week or month last named: "esa semana", "aquel mismo mes" */
    {"esa|aquella|dicha misma? UNIT", TX_N_NEXT, D, "0"},
    {"ese|aquel|dicho mismo? UNIT", TX_N_NEXT, D, "0"},
    /* round 20: a day of the month last named: "en febrero ... el 24 de ese mes" (was "ese
     * mes") */
    {"el DAY de ese|aquel|dicho mismo? UNIT", TX_N_NEXT, D, "0"},
    /* "el trimestre anterior", "al trimestre siguiente": next to the quarter the text named */
    {"el|al trimestre anterior", TX_N_LAST_Q, D, "P"},
    {"el|al trimestre siguiente", TX_N_LAST_Q, D, "N"},
    /* "el día anterior", "al día siguiente": from the day the story is at */
    /* "-y", "+y": a year counts from one written just before ("en 2005 ... el año anterior") */
    {"el|la UNIT anterior", TX_N_NEXT, D, "-y"},
    {"la víspera", TX_N_NEXT, D, "-d"},
    {"ese|aquel|dicho mismo? día", TX_N_NEXT, D, "0d"},
    {"el mismo día", TX_N_NEXT, D, "0d"},
    /* round 27: the month or week the text is at, as "ese mismo mes": "cerró 40 oficinas en
     * octubre y en el mismo mes presentó un expediente" (was no timex); "el mismo día" and
     * "el mismo año" above win the tie */
    {"el mismo minuto|segundo|trimestre|siglo", TX_N_SKIP, D, NULL}, /* no unit of the story */
    {"el mismo UNIT", TX_N_NEXT, D, "0"},
    {"la misma WKU", TX_N_NEXT, D, "0"},
    /* "el día de hoy", "el día de ayer" */
    {"el día de DEIC", TX_N_DEIC, D, NULL},
    /* round 22: "la jornada" is the day too: "en la jornada de hoy", "durante la jornada del
     * martes" (were "hoy" and "martes" alone) */
    {"la jornada de DEIC", TX_N_DEIC, D, NULL},
    {"la jornada del WDAY", TX_N_WDAY, D, "F"},
    /* "la semana siguiente", "el mes siguiente": after the last day the text named */
    {"el|la UNIT siguiente", TX_N_NEXT, D, "+y"},
    /* round 16 (before "UNIT REL", which ties): "frente al 2,5% del mes anterior" ("del"
     * out of the extent, as "al mes anterior") is one before the month the story is at (was
     * the reference's month less one) */
    {"<del UNIT anterior", TX_N_NEXT, D, "-"},
    {"el|la? UNIT REL", TX_N_REL_UNIT, D, NULL},
    {"el|la? UNIT que viene", TX_N_AGO, D, "+"},
    {"el|la? UNIT en curso", TX_N_REL_UNIT, D, NULL}, /* "el año en curso": this one */
    {"el|la UNIT actual", TX_N_REL_UNIT, D, NULL},     /* "el año actual" */
    {"el ejercicio fiscal? actual", TX_N_REL_UNIT, D, "9"},
    /* the first and last day of a year: "el último día de 2008", "el primer día del próximo
     * año" (not "el último día", the day before) */
    {"el primer día de|del año? YEAR", TX_N_HOLIDAY, D, "01-01"},
    {"el último día de|del año? YEAR", TX_N_HOLIDAY, D, "12-31"},
    {"el primer día del año REL?", TX_N_HOLIDAY, D, "01-01"},
    {"el último día del año REL?", TX_N_HOLIDAY, D, "12-31"},
    {"el primer día del REL año", TX_N_HOLIDAY, D, "01-01"},
    {"el último día del REL año", TX_N_HOLIDAY, D, "12-31"},
    /* "en el último año", "la última década": the stretch up to now, as "the past year"
     * (not "el último año de su mandato", nor "el último trimestre", the latest one) */
    {"el último año >!de|del", TX_N_FIXED, DU, "P1Y"},
    {"el último mes >!de|del", TX_N_FIXED, DU, "P1M"},
    {"la última semana >!de|del", TX_N_FIXED, DU, "P1W"},
    {"la última década >!de|del", TX_N_FIXED, DU, "P10Y"},
    {"el último siglo >!de|del", TX_N_FIXED, DU, "P100Y"},
    /* round 22: "de última hora", "de último minuto" are the adjective "last-minute" ("un
     * acuerdo de última hora"), no time; "la última hora", "el último minuto" are the stretch
     * just past, as "the last hour" (were the reference's day) */
    {"<de última hora", TX_N_SKIP, D, NULL},
    {"<de último minuto", TX_N_SKIP, D, NULL},
    {"la última hora", TX_N_FIXED, DU, "PT1H"},
    {"el último minuto", TX_N_FIXED, DU, "PT1M"},
    {"el|la? REL UNIT", TX_N_REL_UNIT, D, NULL},
    /* round 23: "más adelante este año", "más tarde esta semana": inside the extent, as
     * "later this year" */
    {"más tarde|adelante este|esta UNIT", TX_N_REL_UNIT, D, NULL},
    /* "desde hace diez años": for ten years up to now, a duration */
    {"<desde hace " QMOD " NUM UNIT", TX_N_DUR, DU, NULL},
    {"<desde hace " QMORE " NUM UNIT", TX_N_DUR, DU, NULL},
    {"<desde hace FEW UNIT", TX_N_DUR, DU, NULL},
    {"<desde hace UNITS", TX_N_DUR, DU, "X"}, /* "desde hace años" */
    /* n and a half units back: "hace tres años y medio", "hace año y medio", "hace medio siglo" */
    {"hace " QMOD " NUM UNIT y medio|media", TX_N_AGO, D, "h"},
    {"hace " QMOD " un|una? UNIT y medio|media", TX_N_AGO, D, "h"},
    {"hace " QMOD " medio|media UNIT", TX_N_AGO, D, "h0"},
    {"hace " QMOD " NUM UNIT", TX_N_AGO, D, NULL},
    {"hace " QMORE " NUM UNIT", TX_N_AGO, D, NULL},
    {"hace FEW UNIT", TX_N_AGO, D, NULL},
    /* "hace ya tres años", "hace poco más de un año", "hace justo un mes" */
    {"hace ya " QMOD " NUM UNIT", TX_N_AGO, D, NULL},
    {"hace poco " QMORE " NUM UNIT", TX_N_AGO, D, NULL},
    {"hace justo NUM UNIT", TX_N_AGO, D, NULL},
    {"hace un|una NUM de UNIT", TX_N_AGO, D, NULL}, /* "hace un par de años" */
    {"NUM UNIT atrás", TX_N_AGO, D, NULL},
    /* "un año antes" alone is a year earlier; before an event ("dos días antes de las
     * elecciones") it is the stretch, as "three days before the vote" in TimeBank */
    {"NUM UNIT antes >!de|del", TX_N_AGO, D, NULL},
    {QMOD " NUM UNIT >antes >de|del", TX_N_DUR, DU, NULL},
    {"dentro de NUM UNIT", TX_N_AGO, D, "+"},
    {"al|el UNIT siguiente", TX_N_NEXT, D, "+y"},
    /* "respecto al año anterior": not the rate "al año" */
    {"al UNIT anterior", TX_N_NEXT, D, NULL},
    /* "el mismo trimestre del año anterior": the quarter under discussion, a year back */
    {"el? mismo trimestre|periodo|período del UNIT anterior|pasado", TX_N_AGO, D, "Q"},
    /* "en septiembre ... respecto al mismo mes del año anterior": that month a year back */
    {"el? mismo mes del UNIT anterior|pasado", TX_N_NEXT, D, "M"},
    /* round 16: "un 11% más que en el mismo mes de 2023": the month the story is at, in
     * that year (was "2023" alone) */
    /* round 20: a comparison period of a written year is one timex, the quarter under
     * discussion in that year, else the year ("frente al mismo trimestre de 2006", "en el
     * periodo de 1989"; was the year alone); before "el? mismo UNIT de YEAR", which ties */
    {"el? mismo trimestre|periodo|período de YEAR", TX_N_QUARTER, D, "Y"},
    {"el periodo|período de YEAR", TX_N_QUARTER, D, "Y"},
    /* ... and one a year back: "el mismo trimestre de hace un año" (was "hace un año") */
    {"el? mismo trimestre|periodo|período de hace NUM UNIT", TX_N_AGO, D, NULL},
    {"el? mismo UNIT de YEAR", TX_N_NEXT, D, "M"},
    /* a count of units ranked by an adjective is no stretch: "los diez años más cálidos" */
    {"los|las NUM UNIT >más|menos", TX_N_SKIP, DU, NULL},
    /* "el trimestre", "del trimestre": the quarter under discussion, once one was named */
    {"el|este trimestre", TX_N_QUARTER, D, NULL},
    {"<del|al trimestre", TX_N_QUARTER, D, NULL},
    /* Ages are no durations: "cumplió 80 años", "murió a los 80 años", "un
     * hombre de 45 años", "5 años de edad". */
    {"NUM años de edad", TX_N_SKIP, DU, NULL},
    /* round 22: an age bound: "turistas mayores de 65 años", "los menores de 18 años", "tienen
     * menos de 18 años" (were P65Y, P18Y) */
    {"mayores|menores|mayor|menor de NUM años", TX_N_SKIP, DU, NULL},
    {"<tiene|tenía|tienen|tenían|tenga|tuviera más|menos de NUM años", TX_N_SKIP, DU, NULL},
    /* an age between commas or brackets: "el presidente, de 62 años, dimitió" */
    {"<,|( de NUM años >,|)|y|que", TX_N_SKIP, DU, NULL},
    /* round 20: ... or between a comma and the end of the sentence: "pertenecía a Jorge
     * Hernández, de 49 años." (was P49Y) */
    {"<, de NUM años >.|;|:", TX_N_SKIP, DU, NULL},
    {"<tiene|tenía|tienen|tenían|tenga|tuviera NUM años", TX_N_SKIP, DU, NULL},
    {"<( NUM años >)", TX_N_SKIP, DU, NULL},
    {"<cumplió|cumple|cumplir|cumplirá|cumplía|cumplido NUM años", TX_N_SKIP, DU, NULL},
    {"<a|hasta|desde los NUM años", TX_N_SKIP, DU, NULL},
    /* a count, not a year: "unos 2000 empleados" */
    {"unos|unas YEAR", TX_N_SKIP, D, NULL},
    {"<hombre|mujer|niño|niña|joven|anciano|anciana|chico|chica|menor|bebé|adolescente "
     "de NUM años", TX_N_SKIP, DU, NULL},
    /* ... and after other words for a person: "un activista antiabortista de 44 años" */
    {"<activista|antiabortista|empresario|empresaria|conductor|conductora|piloto|estudiante|"
     "soldado|trabajador|trabajadora|ciudadano|ciudadana|paciente|sospechoso|sospechosa|"
     "acusado|acusada|hijo|hija|padre|madre|esposo|esposa|marido|periodista|agente|vecino|"
     "vecina de NUM años", TX_N_SKIP, DU, NULL},
    /* Durations: tres días, los últimos cinco años, unas semanas, media hora. */
    {QMOD " NUM UNIT", TX_N_DUR, DU, NULL},
    {QMORE " NUM UNIT", TX_N_DUR, DU, NULL},
    /* round 25: a run of units is one stretch with its adjective, as English "five straight
     * days": "18 meses consecutivos", "tres años seguidos" (was "18 meses" alone) */
    {QMOD " NUM UNIT consecutivos|consecutivas|seguidos|seguidas", TX_N_DUR, DU, NULL},
    {QMORE " NUM UNIT consecutivos|consecutivas|seguidos|seguidas", TX_N_DUR, DU, NULL},
    {"<durante UNITS", TX_N_DUR, DU, "X"}, /* "durante años" */
    /* a bare plural after a verb of lasting: "durará meses", "lleva décadas" */
    {"<durar|dura|duran|durará|durarán|duró|duraron|lleva|llevan|llevaba|llevó|tardar|tardará|tardó "
     "UNITS", TX_N_DUR, DU, "X"},
    {"los|las REL NUM UNIT", TX_N_DUR, DU, NULL},
    /* "los cinco últimos años", "los nueve primeros meses (del año)", "los primeros seis
     * meses": the stretch, with its article and adjective */
    {"los|las NUM REL UNIT", TX_N_DUR, DU, NULL},
    {"los|las NUM primeros|primeras UNIT", TX_N_DUR, DU, NULL},
    {"los|las primeros|primeras NUM UNIT", TX_N_DUR, DU, NULL},
    /* "la peor crisis en décadas", "por primera vez en años": an unknown stretch (not "en
     * años anteriores") */
    {"<en UNITS >!anteriores|pasados|siguientes|posteriores|venideros|de|del", TX_N_DUR, DU,
     "X"},
    {"los|las NUM UNIT REL", TX_N_DUR, DU, NULL},
    /* "en los 90 minutos": a duration, not the decade of "en los 90" */
    {"<en|durante|desde|hasta los NUM UNIT", TX_N_DUR, DU, NULL},
    {"los|las REL UNIT", TX_N_DUR, DU, "X"},
    /* "con los años": as time goes by; "en los primeros años" (not "de su mandato") */
    {"<con los UNITS", TX_N_DUR, DU, "X"},
    {"los|las primeros|primeras UNITS >!de|del", TX_N_DUR, DU, "X"},
    {"los|las UNITS REL", TX_N_DUR, DU, "X"}, /* "los meses venideros" */
    {"FEW UNIT", TX_N_DUR, DU, NULL},
    {"un|una NUM de UNIT", TX_N_DUR, DU, NULL}, /* "un par de horas", "una docena de años" */
    {"media hora", TX_N_FIXED, DU, "PT30M"},
    /* "tres años y medio", "una hora y media" */
    {QMOD " NUM UNIT y medio|media", TX_N_DUR, DU, "H"},
    {"medio siglo", TX_N_FIXED, DU, "P50Y"},
    {"medio año", TX_N_FIXED, DU, "P6M"},
    /* the count left unsaid: "año y medio", "hora y media" */
    {QMOD " un? año y medio", TX_N_FIXED, DU, "P18M"},
    {QMOD " una? hora y media", TX_N_FIXED, DU, "PT1H30M"},
    {"el último año y medio", TX_N_FIXED, DU, "P18M"},
    /* Sets: cada año, todos los días, anualmente, dos veces al año. */
    {"cada|todos|todas los|las? NUM? UNIT", TX_N_SET, S, NULL},
    /* "cada lunes", "los domingos", "todos los sábados" */
    {"cada|todos? los? WDAY", TX_N_SET_DAY, S, NULL},
    {"cada MONTH", TX_N_SET_DAY, S, NULL}, /* "cada julio": XXXX-07 */
    /* "los lunes por la noche", "cada jueves por la mañana": XXXX-WXX-1TNI */
    {"cada WDAY por la PART", TX_N_SET_DAY, S, NULL},
    {"todos? los WDAY por la PART", TX_N_SET_DAY, S, NULL},
    /* "pasó al año natural": the calendar year, no rate */
    {"al año natural|civil", TX_N_SKIP, D, NULL},
    {"al|por UNIT", TX_N_SET, S, NULL},
    /* "dos veces al año", "una vez por semana" */
    {"una vez al|por UNIT", TX_N_SET, S, NULL},
    {"NUM veces al|por UNIT", TX_N_SET, S, "F"},
    {"una vez a la UNIT", TX_N_SET, S, NULL}, /* "una vez a la semana" */
    {"NUM veces a la UNIT", TX_N_SET, S, "F"},
    {"diariamente|diario", TX_N_FIXED, S, "P1D"},
    /* round 20: a newspaper is no set ("el diario Maariv", "las llamadas de este diario"; the
     * capitalised "Diario de Canarias" in title_name), "a diario" is one with its "a" */
    {"el|este|un|del|al|ese|aquel|otro|nuestro|dicho|su|cuyo diario", TX_N_SKIP, S, NULL},
    {"a diario", TX_N_FIXED, S, "P1D"},
    /* every season or part of the day: "cada verano", "todas las noches" */
    {"cada primavera", TX_N_FIXED, S, "XXXX-SP"},
    {"cada verano", TX_N_FIXED, S, "XXXX-SU"},
    {"cada otoño", TX_N_FIXED, S, "XXXX-FA"},
    {"cada invierno", TX_N_FIXED, S, "XXXX-WI"},
    {"todas las primaveras", TX_N_FIXED, S, "XXXX-SP"},
    {"todos los veranos", TX_N_FIXED, S, "XXXX-SU"},
    {"todos los otoños", TX_N_FIXED, S, "XXXX-FA"},
    {"todos los inviernos", TX_N_FIXED, S, "XXXX-WI"},
    {"cada mañana|madrugada", TX_N_FIXED, S, "XXXX-XX-XXTMO"},
    {"cada tarde", TX_N_FIXED, S, "XXXX-XX-XXTAF"},
    {"cada noche", TX_N_FIXED, S, "XXXX-XX-XXTNI"},
    {"todas las mañanas", TX_N_FIXED, S, "XXXX-XX-XXTMO"},
    {"todas las tardes", TX_N_FIXED, S, "XXXX-XX-XXTAF"},
    {"todas las noches", TX_N_FIXED, S, "XXXX-XX-XXTNI"},
    /* the whole of one unit: "todo el día", "toda la semana" */
    {"todo|toda el|la UNIT", TX_N_DUR, DU, NULL},
    {"semanalmente", TX_N_FIXED, S, "P1W"},
    {"mensualmente", TX_N_FIXED, S, "P1M"},
    {"anualmente", TX_N_FIXED, S, "P1Y"},
    {"trimestralmente", TX_N_FIXED, S, "P3M"},
    {"semestralmente", TX_N_FIXED, S, "P6M"},
    /* Times of day: a las 10:30, las 3 de la tarde, 15.00 horas, mediodía. */
    {"las? HOUR ^:|. ^MIN horas?", TX_N_TIME, T, NULL},
    /* "a las 10", "sobre las 22 horas", "entre las 10 y las 12": not "las 24 horas del día" */
    {"<" AT " las HOUR horas?", TX_N_TIME, T, NULL},
    {"<a la HOUR", TX_N_TIME, T, NULL}, /* "a la 1" */
    {"HOUR ^:|. ^MIN horas", TX_N_TIME, T, NULL},
    /* "a las 10 y media", "a las 9 y cuarto", "a las 8 menos cuarto" */
    {"<" AT " las HOUR y media", TX_N_TIME, T, "+30"},
    {"<" AT " las HOUR y cuarto", TX_N_TIME, T, "+15"},
    {"<" AT " las HOUR menos cuarto", TX_N_TIME, T, "-15"},
    {"la|las? HOUR ^:|.? ^MIN? de la mañana|madrugada", TX_N_TIME, T, "am"},
    {"la|las? HOUR ^:|.? ^MIN? de la tarde|noche", TX_N_TIME, T, "pm"},
    /* spelled-out hours only with a part of day: "a las dos partes" is no time */
    {"la|las HOURW de la mañana|madrugada", TX_N_TIME, T, "am"},
    {"la|las HOURW de la tarde|noche", TX_N_TIME, T, "pm"},
    /* with the day after it: "las 8 de la mañana del domingo", "las 15.30 horas del martes" */
    {"la|las? HOUR ^:|.? ^MIN? de la mañana|madrugada del|de WDAY", TX_N_TIME, T, "am"},
    {"la|las? HOUR ^:|.? ^MIN? de la tarde|noche del|de WDAY", TX_N_TIME, T, "pm"},
    {"las? HOUR ^:|. ^MIN horas? del|de WDAY", TX_N_TIME, T, NULL},
    {"<" AT " las HOUR horas? del|de WDAY", TX_N_TIME, T, NULL},
    /* ... a deictic or a dated day: "las 10 de la mañana de ayer", "las 22.00 horas del
     * 5 de mayo" */
    {"la|las? HOUR ^:|.? ^MIN? de la mañana|madrugada de|del? DEIC", TX_N_TIME, T, "am"},
    {"la|las? HOUR ^:|.? ^MIN? de la tarde|noche de|del? DEIC", TX_N_TIME, T, "pm"},
    {"las? HOUR ^:|. ^MIN horas? de|del? DEIC", TX_N_TIME, T, NULL},
    {"<" AT " las HOUR horas? de DEIC", TX_N_TIME, T, NULL},
    {"la|las? HOUR ^:|.? ^MIN? de la mañana|madrugada del DAY de MONTH de|del? YEAR?",
     TX_N_TIME, T, "am"},
    {"la|las? HOUR ^:|.? ^MIN? de la tarde|noche del DAY de MONTH de|del? YEAR?", TX_N_TIME,
     T, "pm"},
    {"las? HOUR ^:|. ^MIN horas? del DAY de MONTH de|del? YEAR?", TX_N_TIME, T, NULL},
    {"el? mediodía", TX_N_TIME, T, "noon"},
    /* "las 12 del mediodía", "la una del mediodía": the early afternoon */
    {"la|las? HOUR del mediodía", TX_N_TIME, T, "pm"},
    {"la|las HOURW del mediodía", TX_N_TIME, T, "pm"},
    {"la? medianoche", TX_N_TIME, T, "midnight"},
    /* with the day: "a medianoche del viernes", "el mediodía del lunes" */
    {"la? medianoche del|de WDAY", TX_N_TIME, T, "midnight"},
    {"el? mediodía del|de WDAY", TX_N_TIME, T, "noon"},
    /* round 22: ... or a deictic: "al mediodía de ayer", "la medianoche de hoy" (were the time
     * and the day apart) */
    {"el? mediodía de DEIC", TX_N_TIME, T, "noon"},
    {"la? medianoche de DEIC", TX_N_TIME, T, "midnight"},
    /* round 20: a weekday and then noon or midnight: "el jueves a mediodía" (was the day and
     * the reference's noon apart) */
    {"el? WDAY a|al mediodía", TX_N_TIME, T, "noon"},
    {"el? WDAY a medianoche", TX_N_TIME, T, "midnight"},
    /* round 20: ... or a date: "la medianoche del 31 de diciembre" (was the reference's
     * midnight and the date apart) */
    {"la? medianoche del DAY de MONTH de|del? YEAR?", TX_N_TIME, T, "midnight"},
    {"el? mediodía del DAY de MONTH de|del? YEAR?", TX_N_TIME, T, "noon"},
    /* a clock time in universal time: "14:00 UTC", "14.00 GMT" */
    {"las? HOUR ^:|. ^MIN utc|gmt", TX_N_TIME, T, NULL},
    {"las? HOUR ^:|. ^MIN utc|gmt del|de WDAY", TX_N_TIME, T, NULL},
    /* "a las 3 p.m.", "las 10:30 a. m.": the marker with or without a space */
    {"las? HOUR ^:|.? ^MIN? a ^. m ^.?", TX_N_TIME, T, "am"},
    {"las? HOUR ^:|.? ^MIN? p ^. m ^.?", TX_N_TIME, T, "pm"},
    /* Vague references. */
    {"ahora|actualmente", TX_N_FIXED, D, "PRESENT_REF"},
    {"en este|el momento", TX_N_FIXED, D, "PRESENT_REF"},
    {"de|por el? momento", TX_N_FIXED, D, "PRESENT_REF"},
    {"<hasta el momento", TX_N_FIXED, D, "PRESENT_REF"}, /* so far */
    {"<hasta la fecha", TX_N_FIXED, D, "PRESENT_REF"},
    {"en la actualidad", TX_N_FIXED, D, "PRESENT_REF"},
    {"<en estos momentos", TX_N_FIXED, D, "PRESENT_REF"}, /* the preposition stays out */
    {"estos días", TX_N_FIXED, D, "PRESENT_REF"}, /* "(en) estos días": these days */
    {"el otro día", TX_N_FIXED, D, "PAST_REF"}, /* a recent day left unsaid */
    /* "en ese momento": the day the story is at, else a vague past; "en aquella época",
     * "por aquel entonces": back then (the preposition stays out) */
    {"ese|aquel mismo? momento", TX_N_NEXT, D, "0r"},
    {"esa|aquella época", TX_N_FIXED, D, "PAST_REF"},
    {"aquel entonces", TX_N_FIXED, D, "PAST_REF"},
    /* round 26: "hasta entonces": the last date the text named (es_news: "no se esperan
     * cambios hasta entonces" after "el 9 de septiembre"; was none); the preposition stays
     * out. Not "desde entonces" (timex33b): the older tuning sets disagree on it (es_news tags
     * one, TBAQ tags none of three "Since then"), while both tag "until/hasta then" */
    {"<hasta entonces", TX_N_NEXT, D, "0t"},
    /* "al final del año", "a final de mes": the end of the current or a relative unit */
    {"final del|de UNIT REL?", TX_N_REL_UNIT, D, NULL},
    {"final de este|esta UNIT", TX_N_REL_UNIT, D, NULL},
    /* "a primera hora de la mañana", "a última hora de la tarde": that part of today */
    {"primera|última hora de la PART", TX_N_PART, T, NULL},
    {"hoy en|hoy? día", TX_N_FIXED, D, "PRESENT_REF"},
    {"recientemente|últimamente", TX_N_FIXED, D, "PAST_REF"},
    /* "anteriormente", "posteriormente" only order events (TimeML: sequencing, no timex) */
    {"el pasado", TX_N_FIXED, D, "PAST_REF"},
    {"el futuro", TX_N_FIXED, D, "FUTURE_REF"},
    {"el|un futuro próximo|cercano|inmediato", TX_N_FIXED, D, "FUTURE_REF"},
    {"pronto|próximamente", TX_N_FIXED, D, "FUTURE_REF"},
    {"dentro de poco", TX_N_FIXED, D, "FUTURE_REF"},
    {"en breve", TX_N_FIXED, D, "FUTURE_REF"},
    {"antiguamente", TX_N_FIXED, D, "PAST_REF"},
    {"hace poco|tiempo", TX_N_FIXED, D, "PAST_REF"},
    {"hace UNITS", TX_N_FIXED, D, "PAST_REF"}, /* "hace años" */
    /* round 23: a part of a year of a relative year is one timex in that year, as "the
     * first quarter of next year" is in English: "el primer trimestre de este año", "el
     * segundo semestre del próximo año", "el verano del año pasado", "a finales de marzo de
     * este año" (were the part of the reference's year and the year apart); "del año que
     * viene" is the next one */
    {"el|este|esta? ORD trimestre de|del REL año", TX_N_QUARTER, D, NULL},
    {"el|este|esta? ORD trimestre del año que viene", TX_N_QUARTER, D, "1"},
    {"el? primer semestre de|del REL año", TX_N_HALF, D, "1"},
    {"el? segundo semestre de|del REL año", TX_N_HALF, D, "2"},
    {"el? primer semestre del año que viene", TX_N_HALF, D, "1+"},
    {"el? segundo semestre del año que viene", TX_N_HALF, D, "2+"},
    {"la? primera mitad del REL año", TX_N_HALF, D, "1"},
    {"la? segunda mitad del REL año", TX_N_HALF, D, "2"},
    {"el|la SEASON de|del REL año", TX_N_SEASON, D, "Y"},
    {"el|la SEASON del año REL", TX_N_SEASON, D, "Y"},
    {"el|la SEASON del año que viene", TX_N_SEASON, D, "Y+"},
    {"MOD de|del MONTH de|del REL año", TX_N_YM, D, "Y"},
    {"MOD de|del MONTH de|del año REL", TX_N_YM, D, "Y"},
    /* ... and early or late in a season: "a finales del verano pasado", "a principios de la
     * primavera de 2006" (were the season without its "finales", as "late last summer") */
    {"MOD del|de la? SEASON REL", TX_N_SEASON, D, "W"},
    {"MOD del|de la? SEASON de|del YEAR", TX_N_SEASON, D, NULL},
    {"MOD del|de la? REL SEASON", TX_N_SEASON, D, "W"},
    {"MOD del|de la? SEASON", TX_N_SEASON, D, "T"},
    /* round 23: a bare plural before "después", "antes" or "más tarde" is a stretch, as
     * before "later" and "after" in English: "Horas después", "días más tarde", "semanas
     * antes" (were no timex); not after an article ("los días antes de las elecciones", a
     * date in TimeBank, as "the days before") */
    {"UNITS >después|antes", TX_N_DUR, DU, "X"},
    {"UNITS >más >tarde", TX_N_DUR, DU, "X"},
    {"los|las UNITS >antes|después", TX_N_SKIP, DU, NULL},
    /* round 25: a week a market closes is the current one, as English "ended the week": "el
     * Dow Jones cerró la semana con una subida" (was none) */
    {"<cerró|cerraron|terminó|terminaron|acabó|acabaron|concluyó|concluyeron|finalizó|"
     "finalizaron la semana", TX_N_REL_UNIT, D, "6"},
};

/* Future tense: celebrará, tendrán, anunciaremos; conditionals look ahead too (votaría,
 * decidirían; not "-ería", which ends nouns: refinería, galería). */
static const char *const future_endings[] = {"rá", "rán", "remos", "aría", "arían", "iría",
                                             "irían", "erían"};

/* Preterite and imperfect: anunció, llegaron, dijeron, estaba, pensaban, temían (a plural
 * "-ían" is a verb; the conditional "-rían" is a future ending, tried first; the singular
 * "-ía" also ends nouns, "policía", "mayoría", so those verbs are in the lexicon). */
static const char *const past_endings[] = {"ó", "aron", "ieron", "eron", "aba", "aban", "ían"};

const struct tx_lang timex_lang_es = {"es", lex, N(lex), rules, N(rules), future_endings,
                                      N(future_endings), past_endings, N(past_endings)};
