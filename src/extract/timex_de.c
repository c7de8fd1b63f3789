/*
 * timex_de.c - German lexicon and rules of the temporal tagger: absolute
 * dates ("7. Januar 2022"), deictics ("gestern"), "letzte Woche",
 * "vor drei Jahren", holidays ("Silvester"), durations and sets.
 */
#include "extract/timex_int.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct tx_lex lex[] = {
    {"januar", TX_MONTH, 1}, {"jänner", TX_MONTH, 1}, {"februar", TX_MONTH, 2},
    {"märz", TX_MONTH, 3}, {"april", TX_MONTH, 4}, {"mai", TX_MONTH, 5},
    {"juni", TX_MONTH, 6}, {"juli", TX_MONTH, 7}, {"august", TX_MONTH, 8},
    {"september", TX_MONTH, 9}, {"oktober", TX_MONTH, 10}, {"november", TX_MONTH, 11},
    {"dezember", TX_MONTH, 12},
    {"montag", TX_WDAY, 1}, {"dienstag", TX_WDAY, 2}, {"mittwoch", TX_WDAY, 3},
    {"donnerstag", TX_WDAY, 4}, {"freitag", TX_WDAY, 5}, {"samstag", TX_WDAY, 6},
    {"sonnabend", TX_WDAY, 6}, {"sonntag", TX_WDAY, 7},
    {"ein", TX_NUM, 1}, {"eine", TX_NUM, 1}, {"einem", TX_NUM, 1}, {"einer", TX_NUM, 1},
    {"einen", TX_NUM, 1}, {"zwei", TX_NUM, 2}, {"drei", TX_NUM, 3}, {"vier", TX_NUM, 4},
    {"fünf", TX_NUM, 5}, {"sechs", TX_NUM, 6}, {"sieben", TX_NUM, 7}, {"acht", TX_NUM, 8},
    {"neun", TX_NUM, 9}, {"zehn", TX_NUM, 10}, {"zwölf", TX_NUM, 12}, {"zwanzig", TX_NUM, 20},
    {"stunde", TX_UNIT, TX_U_HOUR}, {"stunden", TX_UNIT, TX_U_HOUR},
    {"minute", TX_UNIT, TX_U_MIN}, {"minuten", TX_UNIT, TX_U_MIN},
    {"tag", TX_UNIT, TX_U_DAY}, {"tage", TX_UNIT, TX_U_DAY}, {"tagen", TX_UNIT, TX_U_DAY},
    {"woche", TX_UNIT, TX_U_WEEK}, {"wochen", TX_UNIT, TX_U_WEEK},
    {"monat", TX_UNIT, TX_U_MONTH}, {"monate", TX_UNIT, TX_U_MONTH},
    {"monaten", TX_UNIT, TX_U_MONTH}, {"quartal", TX_UNIT, TX_U_QUARTER},
    {"jahr", TX_UNIT, TX_U_YEAR}, {"jahre", TX_UNIT, TX_U_YEAR}, {"jahren", TX_UNIT, TX_U_YEAR},
    {"jahrzehnt", TX_UNIT, TX_U_DECADE}, {"jahrzehnten", TX_UNIT, TX_U_DECADE},
    {"frühling", TX_SEASON, TX_S_SP}, {"frühjahr", TX_SEASON, TX_S_SP},
    {"sommer", TX_SEASON, TX_S_SU}, {"herbst", TX_SEASON, TX_S_FA},
    {"winter", TX_SEASON, TX_S_WI},
    {"morgen", TX_DEIC, 1}, {"heute", TX_DEIC, 0}, {"gestern", TX_DEIC, -1},
    {"vorgestern", TX_DEIC, -2}, {"übermorgen", TX_DEIC, 2},
    {"früh", TX_PART, TX_P_MO}, {"vormittag", TX_PART, TX_P_MO},
    {"nachmittag", TX_PART, TX_P_AF}, {"abend", TX_PART, TX_P_EV},
    {"letzte", TX_REL, -1}, {"letzten", TX_REL, -1}, {"letzter", TX_REL, -1},
    {"letztes", TX_REL, -1}, {"vergangene", TX_REL, -1}, {"vergangenen", TX_REL, -1},
    {"vergangenes", TX_REL, -1}, {"nächste", TX_REL, 1}, {"nächsten", TX_REL, 1},
    {"nächstes", TX_REL, 1}, {"kommende", TX_REL, 1}, {"kommenden", TX_REL, 1},
    {"diese", TX_REL, 0}, {"diesen", TX_REL, 0}, {"dieses", TX_REL, 0}, {"dieser", TX_REL, 0},
    {"mehrere", TX_FEW, 1}, {"mehreren", TX_FEW, 1}, {"einigen", TX_FEW, 1},
    {"einige", TX_FEW, 1}, {"wenigen", TX_FEW, 1},
};

#define D TD_TIMEX_DATE
#define T TD_TIMEX_TIME
#define DU TD_TIMEX_DURATION
#define S TD_TIMEX_SET

static const struct tx_rule rules[] = {
    {"WDAY? ,? den? DAY ^. MONTH YEAR", TX_N_YMD, D, NULL},
    {"WDAY? ,? den? DAY ^. MONTH", TX_N_YMD, D, NULL},
    {"DAY ^. ^MM ^. ^YEAR", TX_N_YMD, D, NULL},
    {"YEAR ^- ^MM ^- ^DAY", TX_N_YMD, D, NULL},
    {"MONTH YEAR", TX_N_YM, D, NULL},
    {"MONTH", TX_N_YM, D, NULL},
    {"YEAR", TX_N_Y, D, NULL},
    {"SEASON YEAR", TX_N_SEASON, D, NULL},
    {"REL SEASON", TX_N_SEASON, D, NULL},
    {"silvester YEAR?", TX_N_HOLIDAY, D, "12-31"},
    {"heiligabend YEAR?", TX_N_HOLIDAY, D, "12-24"},
    {"weihnachten YEAR?", TX_N_HOLIDAY, D, "12-25"},
    {"neujahr YEAR?", TX_N_HOLIDAY, D, "01-01"},
    {"ostern YEAR?", TX_N_HOLIDAY, D, "E+0"},
    {"DEIC", TX_N_DEIC, D, NULL},
    {"DEIC PART", TX_N_DEIC, T, NULL},
    {"am? REL? WDAY", TX_N_WDAY, D, NULL},
    {"REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"vor NUM UNIT", TX_N_AGO, D, NULL},
    {"vor FEW UNIT", TX_N_AGO, D, NULL},
    {"in NUM UNIT", TX_N_AGO, D, "+"},
    {"NUM UNIT", TX_N_DUR, DU, NULL},
    {"FEW UNIT", TX_N_DUR, DU, NULL},
    {"jede|jeden|jedes NUM? UNIT", TX_N_SET, S, NULL},
    {"täglich", TX_N_FIXED, S, "P1D"},
    {"wöchentlich", TX_N_FIXED, S, "P1W"},
    {"monatlich", TX_N_FIXED, S, "P1M"},
    {"jährlich", TX_N_FIXED, S, "P1Y"},
    {"jetzt|derzeit|zurzeit|gegenwärtig", TX_N_FIXED, D, "PRESENT_REF"},
    {"kürzlich|neulich", TX_N_FIXED, D, "PAST_REF"},
    {"bald", TX_N_FIXED, D, "FUTURE_REF"},
};

const struct tx_lang timex_lang_de = {"de", lex, N(lex), rules, N(rules), NULL, 0,
                                      NULL, 0};
