/*
 * timex_de.c - German lexicon and rules of the temporal tagger: absolute
 * dates ("7. Januar 2022", "Anfang März", "die 90er Jahre"), deictics
 * ("gestern Abend"), "letzte Woche", "vor drei Jahren", holidays
 * ("Silvester", "Pfingstmontag"), durations, sets and times ("15 Uhr").
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
    {"elf", TX_NUM, 11}, {"dreizehn", TX_NUM, 13}, {"vierzehn", TX_NUM, 14},
    {"fünfzehn", TX_NUM, 15}, {"sechzehn", TX_NUM, 16}, {"achtzehn", TX_NUM, 18},
    {"dreißig", TX_NUM, 30}, {"vierzig", TX_NUM, 40}, {"fünfzig", TX_NUM, 50},
    {"hundert", TX_NUM, 100},
    /* ordinals, in the inflected forms that precede "Quartal" or "Jahrhundert" */
    {"erste", TX_ORD, 1}, {"ersten", TX_ORD, 1}, {"erstes", TX_ORD, 1},
    {"zweite", TX_ORD, 2}, {"zweiten", TX_ORD, 2}, {"zweites", TX_ORD, 2},
    {"dritte", TX_ORD, 3}, {"dritten", TX_ORD, 3}, {"drittes", TX_ORD, 3},
    {"vierte", TX_ORD, 4}, {"vierten", TX_ORD, 4}, {"viertes", TX_ORD, 4},
    {"jahres", TX_UNIT, TX_U_YEAR}, {"monats", TX_UNIT, TX_U_MONTH},
    {"wochenende", TX_UNIT, TX_U_WEEKEND}, {"quartals", TX_UNIT, TX_U_QUARTER},
    {"jahrhundert", TX_UNIT, TX_U_CENTURY}, {"jahrhunderte", TX_UNIT, TX_U_CENTURY},
    {"jahrhunderten", TX_UNIT, TX_U_CENTURY}, {"jahrzehnte", TX_UNIT, TX_U_DECADE},
    {"nacht", TX_PART, TX_P_NI},
    /* early / mid / late: "Anfang März", "Mitte 2020", "Ende des Jahres" */
    {"anfang", TX_MOD, 0}, {"mitte", TX_MOD, 0}, {"ende", TX_MOD, 0},
    /* future auxiliaries: "wird am Dienstag entscheiden" */
    {"wird", TX_FUTURE, 1}, {"werden", TX_FUTURE, 1}, {"soll", TX_FUTURE, 1},
    {"sollen", TX_FUTURE, 1}, {"bis", TX_FUTURE, 1},
    {"ist", TX_PRESENT, 1}, {"sind", TX_PRESENT, 1},
    /* round 24: the present of a scheduled event looks ahead, as Spanish "el juicio comienza
     * el lunes" ("Der Bundestag stimmt am Donnerstag ab", "Das Turnier beginnt am
     * Samstag"); German reports a past event in the perfect or the preterite ("hat am
     * Donnerstag abgestimmt", "begann am Samstag") */
    {"beginnt", TX_FUTURE, 1}, {"beginnen", TX_FUTURE, 1}, {"startet", TX_FUTURE, 1},
    {"starten", TX_FUTURE, 1}, {"endet", TX_FUTURE, 1}, {"enden", TX_FUTURE, 1},
    {"tagt", TX_FUTURE, 1}, {"tagen", TX_FUTURE, 1}, {"stimmt", TX_FUTURE, 1},
    {"reist", TX_FUTURE, 1}, {"reisen", TX_FUTURE, 1}, {"findet", TX_FUTURE, 1},
    {"entscheidet", TX_FUTURE, 1}, {"eröffnet", TX_FUTURE, 1}, {"wählt", TX_FUTURE, 1},
    {"war", TX_PAST, 1}, {"waren", TX_PAST, 1}, {"hatte", TX_PAST, 1},
    {"hatten", TX_PAST, 1}, {"wurde", TX_PAST, 1}, {"wurden", TX_PAST, 1},
    {"sagte", TX_PAST, 1}, {"kam", TX_PAST, 1},
    /* plural units ("Tage" is also a plural, "Tag" the singular) */
    {"stunden", TX_PLURAL, 1}, {"minuten", TX_PLURAL, 1}, {"tage", TX_PLURAL, 1},
    {"tagen", TX_PLURAL, 1}, {"wochen", TX_PLURAL, 1}, {"monate", TX_PLURAL, 1},
    {"monaten", TX_PLURAL, 1}, {"jahre", TX_PLURAL, 1}, {"jahren", TX_PLURAL, 1},
    {"jahrzehnte", TX_PLURAL, 1}, {"jahrzehnten", TX_PLURAL, 1},
    /* genitive singulars ("Ende vergangenen Jahres", "Mai letzten Jahres") */
    {"jahres", TX_SINGULAR, 1}, {"monats", TX_SINGULAR, 1}, {"quartals", TX_SINGULAR, 1},
    /* round 24: "das laufende Jahr", "im laufenden Quartal": the current one */
    {"laufende", TX_REL, 0}, {"laufenden", TX_REL, 0}, {"laufendes", TX_REL, 0},
};

#define D TD_TIMEX_DATE
#define T TD_TIMEX_TIME
#define DU TD_TIMEX_DURATION
#define S TD_TIMEX_SET

static const struct tx_rule rules[] = {
    /* Absolute dates: 7. Januar 2022, Montag, den 7. Januar, 7.1.2022, Januar 2022. */
    {"WDAY? ,? den? DAY ^. MONTH YEAR", TX_N_YMD, D, NULL},
    {"WDAY? ,? den? DAY ^. MONTH", TX_N_YMD, D, NULL},
    {"DAY ^. ^MM ^. ^YEAR", TX_N_YMD, D, NULL},
    {"YEAR ^- ^MM ^- ^DAY", TX_N_YMD, D, NULL},
    {"MONTH YEAR", TX_N_YM, D, NULL},
    {"MONTH", TX_N_YM, D, NULL},
    {"YEAR", TX_N_Y, D, NULL},
    {"jahr|jahre YEAR", TX_N_Y, D, NULL},
    /* Early / mid / late: Anfang März, Mitte 2020, Ende des Jahres, Ende letzten Jahres. */
    {"MOD MONTH YEAR?", TX_N_YM, D, NULL},
    /* round 21: a month or date of a year REL names ("im Mai vergangenen Jahres", "am 3.
     * Mai letzten Jahres", "Anfang März dieses Jahres"; was "vergangenen Jahres" a stretch) */
    {"MOD? MONTH REL jahres", TX_N_YM, D, "Y"},
    {"DAY ^. MONTH REL jahres", TX_N_YMD, D, "Y"},
    {"MOD YEAR", TX_N_Y, D, NULL},
    {"MOD des|der UNIT", TX_N_REL_UNIT, D, NULL},
    {"MOD REL UNIT", TX_N_REL_UNIT, D, NULL},
    /* round 24: the start, middle or end of the current year ("seit Jahresbeginn", "bis
     * Jahresende"); an early/mid/late century ("Anfang des 20. Jahrhunderts") */
    {"jahresbeginn|jahresanfang|jahresmitte|jahresende", TX_N_REL_UNIT, D, "9"},
    {"MOD des ORDN ^. jahrhunderts", TX_N_CENTURY, D, NULL},
    /* Decades and centuries: die 90er Jahre, in den 1990er Jahren, im 20. Jahrhundert. */
    {"YY ^er jahre|jahren", TX_N_DECADE, D, NULL},
    {"YEAR ^er jahre|jahren", TX_N_DECADE, D, NULL},
    {"YY ^er ^- ^jahre|jahren", TX_N_DECADE, D, NULL},
    {"YEAR ^er ^- ^jahre|jahren", TX_N_DECADE, D, NULL},
    {"YEAR ^er", TX_N_DECADE, D, NULL},
    {"ORDN ^. jahrhundert|jahrhunderts", TX_N_CENTURY, D, NULL},
    /* Quarters and seasons: im dritten Quartal 2021, Q3 2021, Sommer 2019. */
    /* round 24: a quarter two or more ahead with no future verb is last year's ("hat im
     * dritten Quartal mehr verdient" in March), as Spanish and English */
    {"das? ORD quartal|quartals YEAR?", TX_N_QUARTER, D, "P"},
    {"q ^QN YEAR?", TX_N_QUARTER, D, NULL},
    {"SEASON YEAR", TX_N_SEASON, D, NULL},
    /* round 21: halves ("im ersten Halbjahr 2021", "das zweite Halbjahr"), the year before
     * the one last written ("im Vorjahr", "des Vorjahres") */
    {"ersten|erste|erstes halbjahr|halbjahres YEAR?", TX_N_HALF, D, "1"},
    {"zweiten|zweite|zweites halbjahr|halbjahres YEAR?", TX_N_HALF, D, "2"},
    {"vorjahr|vorjahres", TX_N_THAT_YEAR, D, "-1"},
    {"REL SEASON", TX_N_SEASON, D, NULL},
    /* Holidays; an optional year follows. */
    {"silvester|silvesterabend|silvesternacht YEAR?", TX_N_HOLIDAY, D, "12-31"},
    {"heiligabend YEAR?", TX_N_HOLIDAY, D, "12-24"},
    {"heiligen abend YEAR?", TX_N_HOLIDAY, D, "12-24"},
    {"weihnachten|weihnachtstag YEAR?", TX_N_HOLIDAY, D, "12-25"},
    {"ersten|erster weihnachtsfeiertag YEAR?", TX_N_HOLIDAY, D, "12-25"},
    {"zweiten|zweiter weihnachtsfeiertag YEAR?", TX_N_HOLIDAY, D, "12-26"},
    {"neujahr|neujahrstag YEAR?", TX_N_HOLIDAY, D, "01-01"},
    {"valentinstag YEAR?", TX_N_HOLIDAY, D, "02-14"},
    {"tag der arbeit YEAR?", TX_N_HOLIDAY, D, "05-01"},
    {"tag der deutschen einheit YEAR?", TX_N_HOLIDAY, D, "10-03"},
    {"allerheiligen YEAR?", TX_N_HOLIDAY, D, "11-01"},
    {"nikolaustag YEAR?", TX_N_HOLIDAY, D, "12-06"},
    {"ostern|ostersonntag YEAR?", TX_N_HOLIDAY, D, "E+0"},
    {"karfreitag YEAR?", TX_N_HOLIDAY, D, "E-2"},
    {"ostermontag YEAR?", TX_N_HOLIDAY, D, "E+1"},
    {"christi himmelfahrt YEAR?", TX_N_HOLIDAY, D, "E+39"},
    {"pfingsten|pfingstsonntag YEAR?", TX_N_HOLIDAY, D, "E+49"},
    {"pfingstmontag YEAR?", TX_N_HOLIDAY, D, "E+50"},
    {"rosenmontag YEAR?", TX_N_HOLIDAY, D, "E-48"},
    /* Relative to the article date: gestern Abend, heute Morgen, letzten Dienstag. */
    {"DEIC", TX_N_DEIC, D, NULL},
    {"guten morgen|abend|tag", TX_N_SKIP, D, NULL},
    {"DEIC PART", TX_N_DEIC, T, NULL},
    {"DEIC morgen", TX_N_DEIC, T, "MO"},
    {"am? REL? WDAY", TX_N_WDAY, D, NULL},
    {"WDAY PART", TX_N_WDAY, T, NULL},
    /* round 24: "in der Nacht zum Freitag", "die Nacht auf Sonntag": the night before */
    {"der|die? nacht zum|zu|auf WDAY", TX_N_WDAY, T, "-NI"},
    /* round 24: a bare season by the tense ("im Herbst"), every one ("jeden Sommer") */
    {"<im SEASON", TX_N_SEASON, D, "T"},
    {"jeden SEASON", TX_N_SET_DAY, S, NULL},
    /* round 21: a weekday with its date after "am" ("am Dienstag, 3. März 2009") is one
     * date, not the weekday near the reference and the date apart; a part of the day
     * glued to the weekday ("Mittwochabend": timex_token.c splits it) */
    {"am REL? WDAY ,? dem|den? DAY ^. MONTH YEAR", TX_N_YMD, D, NULL},
    {"am REL? WDAY ,? dem|den? DAY ^. MONTH", TX_N_YMD, D, NULL},
    {"am? REL? WDAY ^PART", TX_N_WDAY, T, NULL},
    {"am? REL? WDAY ^morgen", TX_N_WDAY, T, "MO"},
    {"am? REL? WDAY ^mittag", TX_N_WDAY, D, NULL}, /* noon: no part of the day, the day */
    /* a plural "last"/"next" is a stretch: "in den letzten Tagen" PXD, not yesterday */
    {"den|die|der? REL UNITS", TX_N_DUR, DU, "X"}, /* round 24: "der vergangenen Monate" */
    {"das|die|der? REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"<am wochenende", TX_N_REL_UNIT, D, "5p"}, /* the last one unless the verb is future */
    {"vor NUM UNIT", TX_N_AGO, D, NULL},
    /* "am nächsten Tag", "am Tag davor": from the day the story is at */
    {"am nächsten|folgenden UNIT", TX_N_NEXT, D, "+"},
    {"am UNIT davor|zuvor", TX_N_NEXT, D, NULL},
    {"am vortag", TX_N_NEXT, D, "-d"},
    {"am folgetag", TX_N_NEXT, D, "+d"},
    /* the year last written: "im selben Jahr", "in jenem Jahr" */
    {"<im|in selben|gleichen|jenem jahr", TX_N_THAT_YEAR, D, NULL},
    /* ages are no durations: "80 Jahre alt", "im Alter von 80 Jahren" */
    {"NUM UNIT alt", TX_N_SKIP, DU, NULL},
    {"alter von NUM UNIT", TX_N_SKIP, DU, NULL},
    /* frequencies: "zweimal im Jahr", "dreimal pro Woche" */
    {"einmal|zweimal|dreimal|viermal|mehrmals im|pro UNIT", TX_N_SET, S, NULL},
    {"vor FEW UNIT", TX_N_AGO, D, NULL},
    {"in NUM UNIT", TX_N_AGO, D, "+"},
    /* Durations: drei Tage, seit zwei Jahren, die letzten fünf Jahre. */
    {"die|den REL NUM UNIT", TX_N_DUR, DU, NULL},
    {"NUM UNIT", TX_N_DUR, DU, NULL},
    {"FEW UNIT", TX_N_DUR, DU, NULL},
    /* round 24: a bound is part of the duration ("mehr als 20 Stunden", "fast drei Jahre"),
     * as English "more than a decade" */
    {"mehr|weniger als NUM UNIT", TX_N_DUR, DU, NULL},
    {"fast|knapp|beinahe NUM UNIT", TX_N_DUR, DU, NULL},
    /* round 24: weekday adverbs of habit ("montags geschlossen") */
    {"montags", TX_N_FIXED, S, "XXXX-WXX-1"},
    {"dienstags", TX_N_FIXED, S, "XXXX-WXX-2"},
    {"mittwochs", TX_N_FIXED, S, "XXXX-WXX-3"},
    {"donnerstags", TX_N_FIXED, S, "XXXX-WXX-4"},
    {"freitags", TX_N_FIXED, S, "XXXX-WXX-5"},
    {"samstags|sonnabends", TX_N_FIXED, S, "XXXX-WXX-6"},
    {"sonntags", TX_N_FIXED, S, "XXXX-WXX-7"},
    /* Sets: jeden Montag, jede Woche, täglich. */
    {"jeden WDAY", TX_N_SET_DAY, S, NULL},
    /* round 21: "jeden Morgen", "jeden Abend" (a newsletter's "jeden Morgen um sechs") */
    {"jeden morgen|vormittag", TX_N_FIXED, S, "XXXX-XX-XXTMO"},
    {"jeden nachmittag", TX_N_FIXED, S, "XXXX-XX-XXTAF"},
    {"jeden abend", TX_N_FIXED, S, "XXXX-XX-XXTEV"},
    {"jede nacht", TX_N_FIXED, S, "XXXX-XX-XXTNI"},
    {"jede|jeden|jedes NUM? UNIT", TX_N_SET, S, NULL},
    {"täglich", TX_N_FIXED, S, "P1D"},
    {"wöchentlich", TX_N_FIXED, S, "P1W"},
    {"monatlich", TX_N_FIXED, S, "P1M"},
    {"jährlich", TX_N_FIXED, S, "P1Y"},
    /* Times of day: um 15 Uhr, 15:30 Uhr, 9.45 Uhr, Mitternacht. */
    {"HOUR ^:|. ^MIN uhr", TX_N_TIME, T, NULL},
    {"HOUR uhr", TX_N_TIME, T, NULL},
    {"mitternacht", TX_N_TIME, T, "midnight"},
    /* Vague references. */
    {"jetzt|derzeit|zurzeit|gegenwärtig|heutzutage", TX_N_FIXED, D, "PRESENT_REF"},
    {"kürzlich|neulich|damals", TX_N_FIXED, D, "PAST_REF"},
    {"die? vergangenheit", TX_N_FIXED, D, "PAST_REF"},
    {"bald|künftig", TX_N_FIXED, D, "FUTURE_REF"},
    {"die? zukunft", TX_N_FIXED, D, "FUTURE_REF"},
};

const struct tx_lang timex_lang_de = {"de", lex, N(lex), rules, N(rules), NULL, 0,
                                      NULL, 0};
