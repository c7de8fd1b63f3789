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
    {"un", TX_NUM, 1}, {"una", TX_NUM, 1}, {"uno", TX_NUM, 1}, {"dos", TX_NUM, 2},
    {"tres", TX_NUM, 3}, {"cuatro", TX_NUM, 4}, {"cinco", TX_NUM, 5}, {"seis", TX_NUM, 6},
    {"siete", TX_NUM, 7}, {"ocho", TX_NUM, 8}, {"nueve", TX_NUM, 9}, {"diez", TX_NUM, 10},
    {"once", TX_NUM, 11}, {"doce", TX_NUM, 12}, {"quince", TX_NUM, 15}, {"veinte", TX_NUM, 20},
    {"treinta", TX_NUM, 30},
    {"primer", TX_ORD, 1}, {"primero", TX_ORD, 1}, {"segundo", TX_ORD, 2},
    {"tercer", TX_ORD, 3}, {"tercero", TX_ORD, 3}, {"cuarto", TX_ORD, 4},
    {"minuto", TX_UNIT, TX_U_MIN}, {"minutos", TX_UNIT, TX_U_MIN},
    {"hora", TX_UNIT, TX_U_HOUR}, {"horas", TX_UNIT, TX_U_HOUR},
    {"día", TX_UNIT, TX_U_DAY}, {"días", TX_UNIT, TX_U_DAY}, {"dia", TX_UNIT, TX_U_DAY},
    {"dias", TX_UNIT, TX_U_DAY}, {"semana", TX_UNIT, TX_U_WEEK},
    {"semanas", TX_UNIT, TX_U_WEEK}, {"mes", TX_UNIT, TX_U_MONTH},
    {"meses", TX_UNIT, TX_U_MONTH}, {"trimestre", TX_UNIT, TX_U_QUARTER},
    {"año", TX_UNIT, TX_U_YEAR}, {"años", TX_UNIT, TX_U_YEAR},
    {"década", TX_UNIT, TX_U_DECADE}, {"décadas", TX_UNIT, TX_U_DECADE},
    {"siglo", TX_UNIT, TX_U_CENTURY}, {"siglos", TX_UNIT, TX_U_CENTURY},
    {"primavera", TX_SEASON, TX_S_SP}, {"verano", TX_SEASON, TX_S_SU},
    {"otoño", TX_SEASON, TX_S_FA}, {"invierno", TX_SEASON, TX_S_WI},
    {"mañana", TX_PART, TX_P_MO}, {"tarde", TX_PART, TX_P_AF}, {"noche", TX_PART, TX_P_NI},
    {"hoy", TX_DEIC, 0}, {"mañana", TX_DEIC, 1}, {"ayer", TX_DEIC, -1}, {"anteayer", TX_DEIC, -2},
    {"pasado", TX_REL, -1}, {"pasada", TX_REL, -1}, {"último", TX_REL, -1},
    {"última", TX_REL, -1}, {"anterior", TX_REL, -1}, {"próximo", TX_REL, 1},
    {"próxima", TX_REL, 1}, {"proximo", TX_REL, 1}, {"proxima", TX_REL, 1},
    {"siguiente", TX_REL, 1}, {"este", TX_REL, 0}, {"esta", TX_REL, 0},
    {"varios", TX_FEW, 1}, {"varias", TX_FEW, 1}, {"unos", TX_FEW, 1}, {"unas", TX_FEW, 1},
    {"muchos", TX_FEW, 1},
};

#define D TD_TIMEX_DATE
#define T TD_TIMEX_TIME
#define DU TD_TIMEX_DURATION
#define S TD_TIMEX_SET

static const struct tx_rule rules[] = {
    {"WDAY? ,? DAY de MONTH de|del YEAR", TX_N_YMD, D, NULL},
    {"WDAY? ,? DAY de MONTH", TX_N_YMD, D, NULL},
    {"YEAR ^- ^MM ^- ^DAY", TX_N_YMD, D, NULL},
    {"MONTH de|del YEAR", TX_N_YM, D, NULL},
    {"MONTH", TX_N_YM, D, NULL},
    {"YEAR", TX_N_Y, D, NULL},
    {"SEASON de|del YEAR", TX_N_SEASON, D, NULL},
    {"el|este|esta? ORD trimestre de|del? YEAR?", TX_N_QUARTER, D, NULL},
    {"nochevieja YEAR?", TX_N_HOLIDAY, D, "12-31"},
    {"nochebuena YEAR?", TX_N_HOLIDAY, D, "12-24"},
    {"navidad|navidades YEAR?", TX_N_HOLIDAY, D, "12-25"},
    {"año nuevo YEAR?", TX_N_HOLIDAY, D, "01-01"},
    {"día de reyes YEAR?", TX_N_HOLIDAY, D, "01-06"},
    {"DEIC", TX_N_DEIC, D, NULL},
    {"DEIC por la PART", TX_N_DEIC, T, NULL},
    {"el? WDAY", TX_N_WDAY, D, NULL},
    {"el|la? WDAY REL", TX_N_WDAY, D, NULL},
    {"el|la? UNIT REL", TX_N_REL_UNIT, D, NULL},
    {"el|la? UNIT que viene", TX_N_AGO, D, "+"},
    {"el|la? REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"hace NUM UNIT", TX_N_AGO, D, NULL},
    {"hace FEW UNIT", TX_N_AGO, D, NULL},
    {"NUM UNIT", TX_N_DUR, DU, NULL},
    {"FEW UNIT", TX_N_DUR, DU, NULL},
    {"cada|todos|todas los|las? NUM? UNIT", TX_N_SET, S, NULL},
    {"diariamente|diario", TX_N_FIXED, S, "P1D"},
    {"ahora|actualmente", TX_N_FIXED, D, "PRESENT_REF"},
    {"recientemente", TX_N_FIXED, D, "PAST_REF"},
    {"el futuro", TX_N_FIXED, D, "FUTURE_REF"},
    {"pronto", TX_N_FIXED, D, "FUTURE_REF"},
};

const struct tx_lang timex_lang_es = {"es", lex, N(lex), rules, N(rules)};
