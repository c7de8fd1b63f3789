/*
 * timex_fr.c - French lexicon and rules of the temporal tagger: absolute
 * dates ("7 janvier 2022", "1er mai", "début mars", "les années 90"),
 * deictics ("hier soir", "avant-hier"), "il y a trois ans", "la semaine
 * dernière", holidays ("la Saint-Sylvestre", "Pâques"), durations, sets
 * and times ("15h30").
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
    {"onze", TX_NUM, 11}, {"treize", TX_NUM, 13}, {"quatorze", TX_NUM, 14},
    {"seize", TX_NUM, 16}, {"trente", TX_NUM, 30}, {"quarante", TX_NUM, 40},
    {"cinquante", TX_NUM, 50}, {"soixante", TX_NUM, 60}, {"cent", TX_NUM, 100},
    {"premier", TX_ORD, 1}, {"première", TX_ORD, 1}, {"deuxième", TX_ORD, 2},
    {"second", TX_ORD, 2}, {"seconde", TX_ORD, 2}, {"troisième", TX_ORD, 3},
    {"quatrième", TX_ORD, 4}, {"trimestres", TX_UNIT, TX_U_QUARTER},
    {"décennies", TX_UNIT, TX_U_DECADE}, {"siècles", TX_UNIT, TX_U_CENTURY},
    {"nuit", TX_PART, TX_P_NI},
    {"soirée", TX_PART, TX_P_EV}, {"matinée", TX_PART, TX_P_MO},
    {"derniers", TX_REL, -1}, {"dernières", TX_REL, -1}, {"prochains", TX_REL, 1},
    {"prochaines", TX_REL, 1},
    /* early / mid / late: "début mars", "mi-2020", "fin 2021" */
    {"début", TX_MOD, 0}, {"mi", TX_MOD, 0}, {"fin", TX_MOD, 0},
    /* tense cues for bare weekdays: "il viendra mardi", "il est venu mardi" */
    {"va", TX_FUTURE, 1}, {"vont", TX_FUTURE, 1}, {"sera", TX_FUTURE, 1},
    {"seront", TX_FUTURE, 1}, {"aura", TX_FUTURE, 1}, {"auront", TX_FUTURE, 1},
    {"fera", TX_FUTURE, 1}, {"prévu", TX_FUTURE, 1}, {"prévue", TX_FUTURE, 1},
    {"jusqu", TX_FUTURE, 1},
    /* round 24: the present of a scheduled event looks ahead ("le procès débute lundi", "les
     * négociations reprennent mardi"); a past event takes the passé composé ("a débuté") */
    {"commence", TX_FUTURE, 1}, {"commencent", TX_FUTURE, 1}, {"débute", TX_FUTURE, 1},
    {"débutent", TX_FUTURE, 1}, {"reprend", TX_FUTURE, 1}, {"reprennent", TX_FUTURE, 1},
    {"réunit", TX_FUTURE, 1}, {"réunissent", TX_FUTURE, 1}, {"termine", TX_FUTURE, 1},
    {"terminent", TX_FUTURE, 1},
    {"est", TX_PRESENT, 1}, {"sont", TX_PRESENT, 1},
    {"a", TX_PAST, 1}, {"ont", TX_PAST, 1}, {"était", TX_PAST, 1},
    {"étaient", TX_PAST, 1}, {"avait", TX_PAST, 1}, {"avaient", TX_PAST, 1},
    {"fut", TX_PAST, 1},
};

#define D TD_TIMEX_DATE
#define T TD_TIMEX_TIME
#define DU TD_TIMEX_DURATION
#define S TD_TIMEX_SET

static const struct tx_rule rules[] = {
    /* Absolute dates: 7 janvier 2022, mardi 1er mai, 2022-01-07, 07/01/2022, janvier 2022. */
    {"WDAY? DAY ^er? MONTH YEAR", TX_N_YMD, D, NULL},
    {"WDAY? DAY ^er? MONTH", TX_N_YMD, D, NULL},
    /* round 21: a comma after the weekday ("mardi, 3 mars 2009") */
    {"WDAY , DAY ^er? MONTH YEAR?", TX_N_YMD, D, NULL},
    /* a weekday and a day of the month left unsaid before a stop ("mardi 3,"): that day
     * where the weekday fits, as Spanish "el martes 3," (round 21) */
    {"WDAY DAY ^er? >,|.|;", TX_N_DAY, D, NULL},
    {"YEAR ^- ^MM ^- ^DAY", TX_N_YMD, D, NULL},
    {"DAY ^/ ^MM ^/ ^YEAR", TX_N_YMD, D, NULL},
    {"MONTH YEAR", TX_N_YM, D, NULL},
    {"MONTH", TX_N_YM, D, NULL},
    {"YEAR", TX_N_Y, D, NULL},
    {"l ^' ^année YEAR", TX_N_Y, D, NULL},
    /* Early / mid / late: début mars, mi-2020, fin 2021, fin de l'année dernière. */
    {"MOD ^-? MONTH YEAR?", TX_N_YM, D, NULL},
    {"MOD ^-? YEAR", TX_N_Y, D, NULL},
    {"MOD de l ^' ^UNIT REL?", TX_N_REL_UNIT, D, NULL},
    {"MOD de la UNIT REL?", TX_N_REL_UNIT, D, NULL},
    /* Decades and centuries: les années 90, les années 1990, le 20e siècle. */
    {"les années YEAR", TX_N_DECADE, D, NULL},
    {"les années YY", TX_N_DECADE, D, NULL},
    {"le? ORDN ^e|ème siècle", TX_N_CENTURY, D, NULL},
    {"le? ROMAN siècle", TX_N_CENTURY, D, NULL},
    /* Quarters and seasons: le troisième trimestre 2021, l'été 2019, l'hiver dernier. */
    {"le? ORD trimestre de? YEAR?", TX_N_QUARTER, D, "P"},
    /* round 21: halves ("au premier semestre 2008"), a month REL names ("en mai prochain",
     * "le 3 mars dernier"), "le mois de mai" */
    {"le? premier semestre YEAR?", TX_N_HALF, D, "1"},
    {"le? second|deuxième semestre YEAR?", TX_N_HALF, D, "2"},
    {"MONTH REL", TX_N_REL_MONTH, D, NULL},
    {"DAY ^er? MONTH REL", TX_N_YMD, D, NULL},
    {"le? mois de MONTH YEAR?", TX_N_YM, D, NULL},
    {"l ^' ^SEASON YEAR", TX_N_SEASON, D, NULL},
    {"SEASON YEAR", TX_N_SEASON, D, NULL},
    {"l ^' ^SEASON REL", TX_N_SEASON, D, NULL},
    {"le SEASON REL", TX_N_SEASON, D, NULL},
    {"ce|cet|cette SEASON", TX_N_SEASON, D, NULL},
    /* Holidays; an optional year follows. */
    {"la? saint ^- ^sylvestre YEAR?", TX_N_HOLIDAY, D, "12-31"},
    {"le? réveillon YEAR?", TX_N_HOLIDAY, D, "12-31"},
    {"le? réveillon de noël YEAR?", TX_N_HOLIDAY, D, "12-24"},
    {"la? veille de noël YEAR?", TX_N_HOLIDAY, D, "12-24"},
    {"noël YEAR?", TX_N_HOLIDAY, D, "12-25"},
    {"le? jour de l ^' ^an YEAR?", TX_N_HOLIDAY, D, "01-01"},
    {"le? nouvel an YEAR?", TX_N_HOLIDAY, D, "01-01"},
    {"le? 14 juillet", TX_N_HOLIDAY, D, "07-14"},
    /* another country's national day ("la fête nationale du Pérou") is not July 14 */
    {"la? fête nationale >du|des|de", TX_N_SKIP, D, NULL},
    {"la? fête nationale YEAR?", TX_N_HOLIDAY, D, "07-14"},
    {"la? fête du travail YEAR?", TX_N_HOLIDAY, D, "05-01"},
    {"la? saint ^- ^valentin YEAR?", TX_N_HOLIDAY, D, "02-14"},
    {"la? toussaint YEAR?", TX_N_HOLIDAY, D, "11-01"},
    {"pâques YEAR?", TX_N_HOLIDAY, D, "E+0"},
    {"le? lundi de pâques YEAR?", TX_N_HOLIDAY, D, "E+1"},
    {"le? vendredi saint YEAR?", TX_N_HOLIDAY, D, "E-2"},
    {"l ^' ^ascension YEAR?", TX_N_HOLIDAY, D, "E+39"},
    {"la? pentecôte YEAR?", TX_N_HOLIDAY, D, "E+49"},
    {"le? lundi de pentecôte YEAR?", TX_N_HOLIDAY, D, "E+50"},
    /* Relative to the article date: hier soir, avant-hier, ce matin, mardi dernier. */
    {"DEIC", TX_N_DEIC, D, NULL},
    {"DEIC ^' ^hui", TX_N_DEIC, D, NULL},
    {"avant ^- ^hier", TX_N_DEIC, D, "-2"},
    {"après ^- ^demain", TX_N_DEIC, D, "+2"},
    {"DEIC PART", TX_N_DEIC, T, NULL},
    {"DEIC après ^- ^midi", TX_N_DEIC, T, "AF"},
    {"ce|cette PART", TX_N_PART, T, NULL},
    {"cet après ^- ^midi", TX_N_PART, T, "AF"},
    {"WDAY REL?", TX_N_WDAY, D, NULL},
    {"WDAY PART", TX_N_WDAY, T, NULL},
    /* round 24: "la nuit de lundi à mardi", "la nuit du samedi au dimanche": Monday's,
     * Saturday's night (the night before the second weekday) */
    {"la? nuit de|du WDAY à|au WDAY", TX_N_WDAY, T, "-NI"},
    /* round 24: a bare season by the tense ("en automne", "au printemps"), every one */
    {"<en|au SEASON", TX_N_SEASON, D, "T"},
    {"chaque SEASON", TX_N_SET_DAY, S, NULL},
    {"tous les lundis", TX_N_FIXED, S, "XXXX-WXX-1"},
    {"tous les mardis", TX_N_FIXED, S, "XXXX-WXX-2"},
    {"tous les mercredis", TX_N_FIXED, S, "XXXX-WXX-3"},
    {"tous les jeudis", TX_N_FIXED, S, "XXXX-WXX-4"},
    {"tous les vendredis", TX_N_FIXED, S, "XXXX-WXX-5"},
    {"tous les samedis", TX_N_FIXED, S, "XXXX-WXX-6"},
    {"tous les dimanches", TX_N_FIXED, S, "XXXX-WXX-7"},
    {"le|la|l ^'? UNIT REL", TX_N_REL_UNIT, D, NULL},
    {"le week ^- ^end REL?", TX_N_REL_UNIT, D, "5p"},
    {"ce week ^- ^end", TX_N_REL_UNIT, D, "5"},
    {"REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"il y a NUM UNIT", TX_N_AGO, D, NULL},
    /* "le lendemain", "la veille": from the day the story is at */
    {"le lendemain", TX_N_NEXT, D, "+d"},
    {"la veille", TX_N_NEXT, D, "-d"},
    /* the year last written: "la même année", "cette année-là" */
    {"la même année", TX_N_THAT_YEAR, D, NULL},
    {"cette année ^- ^là", TX_N_THAT_YEAR, D, NULL},
    /* ages are no durations: "il a 80 ans", "à l'âge de 80 ans" */
    {"<a NUM ans", TX_N_SKIP, DU, NULL},
    {"âge de NUM ans", TX_N_SKIP, DU, NULL},
    /* frequencies: "deux fois par an" */
    {"NUM fois par UNIT", TX_N_SET, S, "F"},
    {"il y a FEW UNIT", TX_N_AGO, D, NULL},
    {"dans NUM UNIT", TX_N_AGO, D, "+"},
    /* Times of day: 15h30, 15 h 30, à 15 heures, midi, minuit;
     * before the durations, which would take "15 heures" on a tie */
    {"HOUR ^h ^MIN?", TX_N_TIME, T, NULL},
    {"HOUR h MIN", TX_N_TIME, T, NULL},
    {"<à HOUR heures", TX_N_TIME, T, NULL},
    {"<vers|dès|avant HOUR heures", TX_N_TIME, T, NULL}, /* round 21: "vers 15 heures" */
    {"<à midi", TX_N_TIME, T, "noon"},
    {"minuit", TX_N_TIME, T, "midnight"},
    /* Durations: trois jours, les cinq dernières années, quelques semaines. */
    {"les NUM REL UNIT", TX_N_DUR, DU, NULL},
    {"les REL UNIT", TX_N_DUR, DU, "X"},
    /* round 21: after "des" ("au cours des dix dernières années", "des derniers jours"),
     * "ces dernières années": a stretch, not last year ("des" out of the extent, as "du") */
    {"<des NUM REL UNITS", TX_N_DUR, DU, NULL},
    {"<des REL UNITS", TX_N_DUR, DU, "X"},
    {"ces REL UNITS", TX_N_DUR, DU, "X"},
    {"NUM UNIT", TX_N_DUR, DU, NULL},
    {"FEW UNIT", TX_N_DUR, DU, NULL},
    /* round 24: a bound is part of the duration ("plus de quatre heures") */
    {"plus|moins de NUM UNIT", TX_N_DUR, DU, NULL},
    /* Sets: chaque lundi, tous les jours, quotidiennement. */
    {"chaque WDAY", TX_N_SET_DAY, S, NULL},
    {"chaque NUM? UNIT", TX_N_SET, S, NULL},
    {"tous|toutes les NUM? UNIT", TX_N_SET, S, NULL},
    {"quotidiennement", TX_N_FIXED, S, "P1D"},
    {"annuellement", TX_N_FIXED, S, "P1Y"},
    /* Vague references. */
    {"maintenant|actuellement", TX_N_FIXED, D, "PRESENT_REF"},
    {"à présent", TX_N_FIXED, D, "PRESENT_REF"},
    {"récemment|autrefois|jadis|naguère", TX_N_FIXED, D, "PAST_REF"},
    {"bientôt|prochainement", TX_N_FIXED, D, "FUTURE_REF"},
    {"l ^' ^avenir", TX_N_FIXED, D, "FUTURE_REF"},
};

/* Future tense: annoncera, partira, viendra, seront (short forms are in `lex`). */
static const char *const future_endings[] = {"era", "ira", "dra", "ront"};

const struct tx_lang timex_lang_fr = {"fr", lex, N(lex), rules, N(rules), future_endings,
                                      N(future_endings), NULL, 0};
