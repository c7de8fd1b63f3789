/*
 * timex_nl.c - Dutch lexicon and rules of the temporal tagger: absolute
 * dates ("12 maart 2024", "maart 2024", "12 mrt."), deictics ("gisteren",
 * "overmorgen", "vanavond", "gisteravond", "zondagavond": timex_token.c
 * splits a weekday or "gister" from the part of the day glued after it),
 * "drie jaar geleden", "over twee weken", "vorige week", "afgelopen vrijdag",
 * quarters, "begin maart", "de jaren negentig", holidays ("Kerstmis",
 * "Koningsdag"), times ("om 15.30 uur"), durations, sets. Written from
 * general Dutch usage; there is no Dutch evaluation set.
 */
#include "extract/timex_int.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct tx_lex lex[] = {
    {"januari", TX_MONTH, 1}, {"februari", TX_MONTH, 2}, {"maart", TX_MONTH, 3},
    {"april", TX_MONTH, 4}, {"mei", TX_MONTH, 5}, {"juni", TX_MONTH, 6},
    {"juli", TX_MONTH, 7}, {"augustus", TX_MONTH, 8}, {"september", TX_MONTH, 9},
    {"oktober", TX_MONTH, 10}, {"november", TX_MONTH, 11}, {"december", TX_MONTH, 12},
    /* abbreviations: a month only after a day or before a year (see the SKIP row) */
    {"jan", TX_MONTH, 1}, {"feb", TX_MONTH, 2}, {"mrt", TX_MONTH, 3}, {"apr", TX_MONTH, 4},
    {"jun", TX_MONTH, 6}, {"jul", TX_MONTH, 7}, {"aug", TX_MONTH, 8}, {"sep", TX_MONTH, 9},
    {"sept", TX_MONTH, 9}, {"okt", TX_MONTH, 10}, {"nov", TX_MONTH, 11}, {"dec", TX_MONTH, 12},
    {"maandag", TX_WDAY, 1}, {"dinsdag", TX_WDAY, 2}, {"woensdag", TX_WDAY, 3},
    {"donderdag", TX_WDAY, 4}, {"vrijdag", TX_WDAY, 5}, {"zaterdag", TX_WDAY, 6},
    {"zondag", TX_WDAY, 7},
    {"een", TX_NUM, 1}, {"één", TX_NUM, 1}, {"twee", TX_NUM, 2}, {"drie", TX_NUM, 3},
    {"vier", TX_NUM, 4}, {"vijf", TX_NUM, 5}, {"zes", TX_NUM, 6}, {"zeven", TX_NUM, 7},
    {"acht", TX_NUM, 8}, {"negen", TX_NUM, 9}, {"tien", TX_NUM, 10}, {"elf", TX_NUM, 11},
    {"twaalf", TX_NUM, 12}, {"vijftien", TX_NUM, 15}, {"twintig", TX_NUM, 20},
    {"dertig", TX_NUM, 30}, {"veertig", TX_NUM, 40}, {"vijftig", TX_NUM, 50},
    {"zestig", TX_NUM, 60}, {"zeventig", TX_NUM, 70}, {"tachtig", TX_NUM, 80},
    {"negentig", TX_NUM, 90}, {"honderd", TX_NUM, 100},
    {"eerste", TX_ORD, 1}, {"tweede", TX_ORD, 2}, {"derde", TX_ORD, 3}, {"vierde", TX_ORD, 4},
    {"negentiende", TX_ORD, 19}, {"twintigste", TX_ORD, 20}, {"eenentwintigste", TX_ORD, 21},
    {"seconde", TX_UNIT, TX_U_SEC}, {"seconden", TX_UNIT, TX_U_SEC},
    {"minuut", TX_UNIT, TX_U_MIN}, {"minuten", TX_UNIT, TX_U_MIN},
    {"uur", TX_UNIT, TX_U_HOUR}, {"uren", TX_UNIT, TX_U_HOUR},
    {"dag", TX_UNIT, TX_U_DAY}, {"dagen", TX_UNIT, TX_U_DAY},
    {"weekend", TX_UNIT, TX_U_WEEKEND}, {"week", TX_UNIT, TX_U_WEEK},
    {"weken", TX_UNIT, TX_U_WEEK}, {"maand", TX_UNIT, TX_U_MONTH},
    {"maanden", TX_UNIT, TX_U_MONTH}, {"kwartaal", TX_UNIT, TX_U_QUARTER},
    {"kwartalen", TX_UNIT, TX_U_QUARTER}, {"jaar", TX_UNIT, TX_U_YEAR},
    {"jaren", TX_UNIT, TX_U_YEAR}, {"decennium", TX_UNIT, TX_U_DECADE},
    {"decennia", TX_UNIT, TX_U_DECADE}, {"eeuw", TX_UNIT, TX_U_CENTURY},
    {"eeuwen", TX_UNIT, TX_U_CENTURY},
    /* plurals that do not end in -s, for the matcher's UNITS */
    {"seconden", TX_PLURAL, 0}, {"minuten", TX_PLURAL, 0}, {"uren", TX_PLURAL, 0},
    {"dagen", TX_PLURAL, 0}, {"weken", TX_PLURAL, 0}, {"maanden", TX_PLURAL, 0},
    {"kwartalen", TX_PLURAL, 0}, {"jaren", TX_PLURAL, 0}, {"decennia", TX_PLURAL, 0},
    {"eeuwen", TX_PLURAL, 0},
    {"lente", TX_SEASON, TX_S_SP}, {"voorjaar", TX_SEASON, TX_S_SP},
    {"zomer", TX_SEASON, TX_S_SU}, {"herfst", TX_SEASON, TX_S_FA},
    {"najaar", TX_SEASON, TX_S_FA}, {"winter", TX_SEASON, TX_S_WI},
    {"ochtend", TX_PART, TX_P_MO}, {"middag", TX_PART, TX_P_AF}, {"avond", TX_PART, TX_P_EV},
    {"nacht", TX_PART, TX_P_NI},
    /* "gister" only opens a compound: "gisteravond" (timex_token.c splits it) */
    {"vandaag", TX_DEIC, 0}, {"gisteren", TX_DEIC, -1}, {"gister", TX_DEIC, -1},
    {"morgen", TX_DEIC, 1},
    {"vorige", TX_REL, -1}, {"vorig", TX_REL, -1}, {"afgelopen", TX_REL, -1},
    {"voorbije", TX_REL, -1}, {"verleden", TX_REL, -1}, {"jongstleden", TX_REL, -1},
    {"volgende", TX_REL, 1}, {"volgend", TX_REL, 1}, {"komende", TX_REL, 1},
    {"komend", TX_REL, 1}, {"aanstaande", TX_REL, 1}, {"deze", TX_REL, 0},
    {"dit", TX_REL, 0},
    {"enkele", TX_FEW, 1}, {"enige", TX_FEW, 1}, {"paar", TX_FEW, 1},
    {"meerdere", TX_FEW, 1}, {"verscheidene", TX_FEW, 1}, {"vele", TX_FEW, 1},
    /* early / mid / late: "begin maart", "medio 2020", "eind vorig jaar" */
    {"begin", TX_MOD, 0}, {"medio", TX_MOD, 0}, {"midden", TX_MOD, 0}, {"half", TX_MOD, 0},
    {"eind", TX_MOD, 0}, {"einde", TX_MOD, 0},
    /* tense cues for a bare weekday */
    {"zal", TX_FUTURE, 1}, {"zullen", TX_FUTURE, 1}, {"gaat", TX_FUTURE, 1},
    {"gaan", TX_FUTURE, 1}, {"tot", TX_FUTURE, 1},
    {"moet", TX_FUTURE, 1}, {"moeten", TX_FUTURE, 1}, {"verwacht", TX_FUTURE, 1},
    {"verwachten", TX_FUTURE, 1},
    {"is", TX_PRESENT, 1}, {"zijn", TX_PRESENT, 1},
    {"heeft", TX_PAST, 1}, {"hebben", TX_PAST, 1}, {"had", TX_PAST, 1},
    {"hadden", TX_PAST, 1}, {"was", TX_PAST, 1}, {"waren", TX_PAST, 1},
    {"werd", TX_PAST, 1}, {"werden", TX_PAST, 1}, {"zei", TX_PAST, 1}, {"zeiden", TX_PAST, 1},
};

#define D TD_TIMEX_DATE
#define T TD_TIMEX_TIME
#define DU TD_TIMEX_DURATION
#define S TD_TIMEX_SET

/* On a tie between rules of one length the first wins. */
static const struct tx_rule rules[] = {
    /* Absolute dates: 12 maart 2024, vrijdag 12 maart, 12 mrt. 2024, 12-03-2024. */
    {"WDAY? DAY MONTH ^.? YEAR", TX_N_YMD, D, NULL},
    {"WDAY? DAY MONTH", TX_N_YMD, D, NULL},
    {"YEAR ^- ^MM ^- ^DAY", TX_N_YMD, D, NULL},
    {"DAY ^-|/ ^MM ^-|/ ^YEAR", TX_N_YMD, D, NULL},
    {"MONTH ^.? YEAR", TX_N_YM, D, NULL},
    /* a bare abbreviation is no month ("jan" is a name, "dec" a word part) */
    {"jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec", TX_N_SKIP, D, NULL},
    {"MONTH", TX_N_YM, D, NULL},
    {"YEAR", TX_N_Y, D, NULL},
    /* Early / mid / late: begin maart, medio 2020, eind 2024, eind vorig jaar. */
    {"MOD MONTH YEAR?", TX_N_YM, D, NULL},
    {"MOD van? YEAR", TX_N_Y, D, NULL},
    {"MOD van? REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"MOD van? het|de UNIT", TX_N_REL_UNIT, D, NULL},
    /* Decades and centuries: de jaren negentig, de jaren '90, de twintigste eeuw. */
    {"de? jaren NUM", TX_N_DECADE, D, NULL},
    {"de? jaren YY", TX_N_DECADE, D, NULL},
    {"de? jaren ' ^YY", TX_N_DECADE, D, NULL},
    {"de? jaren YEAR", TX_N_DECADE, D, NULL},
    {"de? ORD eeuw", TX_N_CENTURY, D, NULL},
    {"de? ORDN ^e|ste eeuw", TX_N_CENTURY, D, NULL},
    /* Quarters and seasons: het eerste kwartaal (van 2024), de zomer van 2019, vorige zomer. */
    {"het? ORD kwartaal van? YEAR?", TX_N_QUARTER, D, NULL},
    {"de? SEASON van YEAR", TX_N_SEASON, D, NULL},
    {"REL SEASON", TX_N_SEASON, D, NULL},
    /* Holidays; an optional year follows. */
    {"kerstmis|kerst|kerstdag YEAR?", TX_N_HOLIDAY, D, "12-25"},
    {"eerste kerstdag YEAR?", TX_N_HOLIDAY, D, "12-25"},
    {"tweede kerstdag YEAR?", TX_N_HOLIDAY, D, "12-26"},
    {"kerstavond YEAR?", TX_N_HOLIDAY, D, "12-24"},
    {"nieuwjaarsdag|nieuwjaar YEAR?", TX_N_HOLIDAY, D, "01-01"},
    {"oudejaarsavond|oudjaar|oudejaarsdag YEAR?", TX_N_HOLIDAY, D, "12-31"},
    {"koningsdag YEAR?", TX_N_HOLIDAY, D, "04-27"},
    {"bevrijdingsdag YEAR?", TX_N_HOLIDAY, D, "05-05"},
    {"valentijnsdag YEAR?", TX_N_HOLIDAY, D, "02-14"},
    {"pakjesavond YEAR?", TX_N_HOLIDAY, D, "12-05"},
    {"pasen YEAR?", TX_N_HOLIDAY, D, "E+0"},
    {"tweede paasdag YEAR?", TX_N_HOLIDAY, D, "E+1"},
    {"goede vrijdag YEAR?", TX_N_HOLIDAY, D, "E-2"},
    {"hemelvaartsdag|hemelvaart YEAR?", TX_N_HOLIDAY, D, "E+39"},
    {"pinksteren YEAR?", TX_N_HOLIDAY, D, "E+49"},
    /* Relative to the article date: gisteren, morgenochtend, vanavond, zondagavond. */
    {"DEIC", TX_N_DEIC, D, NULL},
    {"DEIC PART", TX_N_DEIC, T, NULL},
    {"eergisteren", TX_N_DEIC, D, "-2"},
    {"overmorgen", TX_N_DEIC, D, "+2"},
    {"vanochtend|vanmorgen", TX_N_DEIC, T, "MO"},
    {"vanmiddag", TX_N_DEIC, T, "AF"},
    {"vanavond", TX_N_DEIC, T, "EV"},
    {"vannacht", TX_N_DEIC, T, "NI"},
    /* from the last day the text named: "de volgende dag", "een dag later", "de dag ervoor" */
    {"de volgende|daaropvolgende dag", TX_N_NEXT, D, "+d"},
    {"de dag erna|daarna", TX_N_NEXT, D, "+d"},
    {"de dag ervoor|daarvoor", TX_N_NEXT, D, "-d"},
    {"WDAY", TX_N_WDAY, D, NULL},
    {"REL WDAY", TX_N_WDAY, D, NULL},
    {"WDAY jongstleden|aanstaande", TX_N_WDAY, D, NULL},
    {"WDAY PART", TX_N_WDAY, T, NULL},
    /* round 24: "in de nacht van zaterdag op zondag": Saturday's night, as German "in der
     * Nacht zum Sonntag" */
    {"de? nacht van WDAY op WDAY", TX_N_WDAY, T, "-NI"},
    {"WDAY REL week", TX_N_WDAY, D, "W"},
    /* a stretch back or ahead: "de afgelopen jaren", "de komende drie weken" */
    {"de? afgelopen|komende|voorbije|laatste|volgende UNITS", TX_N_DUR, DU, "X"},
    {"de? afgelopen|komende|voorbije|laatste|volgende NUM UNIT", TX_N_DUR, DU, NULL},
    {"REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"het|de REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"NUM UNIT geleden", TX_N_AGO, D, NULL},
    {"een? FEW UNIT geleden", TX_N_AGO, D, NULL},
    {"over NUM UNIT", TX_N_AGO, D, "+"},
    /* Times of day before durations, which would take "9 uur" on a tie. */
    {"<om|rond|tot|vanaf HOUR ^.|: ^MIN uur?", TX_N_TIME, T, NULL},
    {"<om|rond|tot|vanaf HOUR uur", TX_N_TIME, T, NULL},
    {"HOUR ^.|: ^MIN uur", TX_N_TIME, T, NULL},
    {"middernacht", TX_N_TIME, T, "midnight"},
    /* Durations: drie dagen, twee jaar, enkele weken, een paar maanden. */
    {"NUM UNIT", TX_N_DUR, DU, NULL},
    {"een? FEW UNIT", TX_N_DUR, DU, NULL},
    /* Sets: elke week, iedere maandag, dagelijks. */
    {"elke|iedere WDAY", TX_N_SET_DAY, S, NULL},
    {"elke|iedere|elk|ieder NUM? UNIT", TX_N_SET, S, NULL},
    {"dagelijks", TX_N_FIXED, S, "P1D"},
    {"wekelijks", TX_N_FIXED, S, "P1W"},
    {"maandelijks", TX_N_FIXED, S, "P1M"},
    {"jaarlijks", TX_N_FIXED, S, "P1Y"},
    /* Vague references. */
    {"nu|momenteel|tegenwoordig|thans|heden", TX_N_FIXED, D, "PRESENT_REF"},
    {"op dit moment", TX_N_FIXED, D, "PRESENT_REF"},
    {"onlangs|recentelijk|vroeger", TX_N_FIXED, D, "PAST_REF"},
    {"binnenkort", TX_N_FIXED, D, "FUTURE_REF"},
    {"in de toekomst", TX_N_FIXED, D, "FUTURE_REF"},
};

const struct tx_lang timex_lang_nl = {"nl", lex, N(lex), rules, N(rules), NULL, 0, NULL, 0};
