/*
 * timex_fr.c - French lexicon and rules of the temporal tagger: absolute
 * dates ("7 janvier 2022", "1er mai"), deictics ("hier"), "il y a trois
 * ans", "la semaine dernière", holidays ("la Saint-Sylvestre"), durations.
 */
#include "extract/timex_int.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct tx_lex lex[] = {
    {"janvier", TX_MONTH, 1}, {"février", TX_MONTH, 2}, {"fevrier", TX_MONTH, 2},
    {"mars", TX_MONTH, 3}, {"avril", TX_MONTH, 4}, {"mai", TX_MONTH, 5},
    {"juin", TX_MONTH, 6}, {"juillet", TX_MONTH, 7}, {"août", TX_MONTH, 8},
    {"aout", TX_MONTH, 8}, {"septembre", TX_MONTH, 9}, {"octobre", TX_MONTH, 10},
    {"novembre", TX_MONTH, 11}, {"décembre", TX_MONTH, 12}, {"decembre", TX_MONTH, 12},
    {"lundi", TX_WDAY, 1}, {"mardi", TX_WDAY, 2}, {"mercredi", TX_WDAY, 3},
    {"jeudi", TX_WDAY, 4}, {"vendredi", TX_WDAY, 5}, {"samedi", TX_WDAY, 6},
    {"dimanche", TX_WDAY, 7},
    {"un", TX_NUM, 1}, {"une", TX_NUM, 1}, {"deux", TX_NUM, 2}, {"trois", TX_NUM, 3},
    {"quatre", TX_NUM, 4}, {"cinq", TX_NUM, 5}, {"six", TX_NUM, 6}, {"sept", TX_NUM, 7},
    {"huit", TX_NUM, 8}, {"neuf", TX_NUM, 9}, {"dix", TX_NUM, 10}, {"douze", TX_NUM, 12},
    {"quinze", TX_NUM, 15}, {"vingt", TX_NUM, 20},
    {"heure", TX_UNIT, TX_U_HOUR}, {"heures", TX_UNIT, TX_U_HOUR},
    {"minute", TX_UNIT, TX_U_MIN}, {"minutes", TX_UNIT, TX_U_MIN},
    {"jour", TX_UNIT, TX_U_DAY}, {"jours", TX_UNIT, TX_U_DAY}, {"semaine", TX_UNIT, TX_U_WEEK},
    {"semaines", TX_UNIT, TX_U_WEEK}, {"mois", TX_UNIT, TX_U_MONTH},
    {"trimestre", TX_UNIT, TX_U_QUARTER}, {"an", TX_UNIT, TX_U_YEAR},
    {"ans", TX_UNIT, TX_U_YEAR}, {"année", TX_UNIT, TX_U_YEAR}, {"années", TX_UNIT, TX_U_YEAR},
    {"décennie", TX_UNIT, TX_U_DECADE}, {"siècle", TX_UNIT, TX_U_CENTURY},
    {"printemps", TX_SEASON, TX_S_SP}, {"été", TX_SEASON, TX_S_SU},
    {"automne", TX_SEASON, TX_S_FA}, {"hiver", TX_SEASON, TX_S_WI},
    {"matin", TX_PART, TX_P_MO}, {"après-midi", TX_PART, TX_P_AF}, {"soir", TX_PART, TX_P_EV},
    {"aujourd", TX_DEIC, 0}, {"hier", TX_DEIC, -1}, {"demain", TX_DEIC, 1},
    {"avant-hier", TX_DEIC, -2},
    {"dernier", TX_REL, -1}, {"dernière", TX_REL, -1}, {"passé", TX_REL, -1},
    {"passée", TX_REL, -1}, {"prochain", TX_REL, 1}, {"prochaine", TX_REL, 1},
    {"ce", TX_REL, 0}, {"cet", TX_REL, 0}, {"cette", TX_REL, 0},
    {"plusieurs", TX_FEW, 1}, {"quelques", TX_FEW, 1},
};

#define D TD_TIMEX_DATE
#define T TD_TIMEX_TIME
#define DU TD_TIMEX_DURATION
#define S TD_TIMEX_SET

static const struct tx_rule rules[] = {
    {"WDAY? DAY ^er? MONTH YEAR", TX_N_YMD, D, NULL},
    {"WDAY? DAY ^er? MONTH", TX_N_YMD, D, NULL},
    {"YEAR ^- ^MM ^- ^DAY", TX_N_YMD, D, NULL},
    {"MONTH YEAR", TX_N_YM, D, NULL},
    {"MONTH", TX_N_YM, D, NULL},
    {"YEAR", TX_N_Y, D, NULL},
    {"l ^' ^SEASON YEAR", TX_N_SEASON, D, NULL},
    {"SEASON YEAR", TX_N_SEASON, D, NULL},
    {"la? saint ^- ^sylvestre YEAR?", TX_N_HOLIDAY, D, "12-31"},
    {"le? réveillon YEAR?", TX_N_HOLIDAY, D, "12-31"},
    {"noël YEAR?", TX_N_HOLIDAY, D, "12-25"},
    {"le? jour de l ^' ^an YEAR?", TX_N_HOLIDAY, D, "01-01"},
    {"le? 14 juillet", TX_N_HOLIDAY, D, "07-14"},
    {"DEIC", TX_N_DEIC, D, NULL},
    {"DEIC ^' ^hui", TX_N_DEIC, D, NULL},
    {"DEIC PART", TX_N_DEIC, T, NULL},
    {"WDAY REL?", TX_N_WDAY, D, NULL},
    {"le|la|l ^'? UNIT REL", TX_N_REL_UNIT, D, NULL},
    {"REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"il y a NUM UNIT", TX_N_AGO, D, NULL},
    {"il y a FEW UNIT", TX_N_AGO, D, NULL},
    {"dans NUM UNIT", TX_N_AGO, D, "+"},
    {"NUM UNIT", TX_N_DUR, DU, NULL},
    {"FEW UNIT", TX_N_DUR, DU, NULL},
    {"chaque NUM? UNIT", TX_N_SET, S, NULL},
    {"tous|toutes les NUM? UNIT", TX_N_SET, S, NULL},
    {"quotidiennement", TX_N_FIXED, S, "P1D"},
    {"maintenant|actuellement", TX_N_FIXED, D, "PRESENT_REF"},
    {"récemment", TX_N_FIXED, D, "PAST_REF"},
    {"bientôt", TX_N_FIXED, D, "FUTURE_REF"},
};

const struct tx_lang timex_lang_fr = {"fr", lex, N(lex), rules, N(rules), NULL, 0,
                                      NULL, 0};
