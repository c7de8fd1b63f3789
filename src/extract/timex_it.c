/*
 * timex_it.c - Italian lexicon and rules of the temporal tagger: absolute
 * dates ("7 gennaio 2022", "gli anni 90", "il XX secolo"), deictics
 * ("ieri sera", "stamattina"), "tre anni fa", "la settimana scorsa",
 * holidays ("Capodanno", "Ferragosto", "Pasquetta"), durations, sets, times.
 * Written from general Italian usage; there is no Italian evaluation set.
 */
#include "extract/timex_int.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct tx_lex lex[] = {
    {"gennaio", TX_MONTH, 1}, {"febbraio", TX_MONTH, 2}, {"marzo", TX_MONTH, 3},
    {"aprile", TX_MONTH, 4}, {"maggio", TX_MONTH, 5}, {"giugno", TX_MONTH, 6},
    {"luglio", TX_MONTH, 7}, {"agosto", TX_MONTH, 8}, {"settembre", TX_MONTH, 9},
    {"ottobre", TX_MONTH, 10}, {"novembre", TX_MONTH, 11}, {"dicembre", TX_MONTH, 12},
    {"lunedì", TX_WDAY, 1}, {"lunedi", TX_WDAY, 1}, {"martedì", TX_WDAY, 2},
    {"martedi", TX_WDAY, 2}, {"mercoledì", TX_WDAY, 3}, {"mercoledi", TX_WDAY, 3},
    {"giovedì", TX_WDAY, 4}, {"giovedi", TX_WDAY, 4}, {"venerdì", TX_WDAY, 5},
    {"venerdi", TX_WDAY, 5}, {"sabato", TX_WDAY, 6}, {"domenica", TX_WDAY, 7},
    {"un", TX_NUM, 1}, {"uno", TX_NUM, 1}, {"una", TX_NUM, 1}, {"due", TX_NUM, 2},
    {"tre", TX_NUM, 3}, {"quattro", TX_NUM, 4}, {"cinque", TX_NUM, 5}, {"sei", TX_NUM, 6},
    {"sette", TX_NUM, 7}, {"otto", TX_NUM, 8}, {"nove", TX_NUM, 9}, {"dieci", TX_NUM, 10},
    {"undici", TX_NUM, 11}, {"dodici", TX_NUM, 12}, {"quindici", TX_NUM, 15},
    {"venti", TX_NUM, 20}, {"trenta", TX_NUM, 30}, {"quaranta", TX_NUM, 40},
    {"tredici", TX_NUM, 13}, {"quattordici", TX_NUM, 14}, {"sedici", TX_NUM, 16},
    {"diciassette", TX_NUM, 17}, {"diciotto", TX_NUM, 18}, {"diciannove", TX_NUM, 19},
    {"venticinque", TX_NUM, 25}, {"cinquanta", TX_NUM, 50}, {"sessanta", TX_NUM, 60}, {"settanta", TX_NUM, 70},
    {"ottanta", TX_NUM, 80}, {"novanta", TX_NUM, 90}, {"cento", TX_NUM, 100},
    {"primo", TX_ORD, 1}, {"prima", TX_ORD, 1}, {"secondo", TX_ORD, 2},
    {"seconda", TX_ORD, 2}, {"terzo", TX_ORD, 3}, {"terza", TX_ORD, 3},
    {"quarto", TX_ORD, 4}, {"quarta", TX_ORD, 4},
    {"secondi", TX_UNIT, TX_U_SEC}, {"minuto", TX_UNIT, TX_U_MIN},
    {"minuti", TX_UNIT, TX_U_MIN}, {"ora", TX_UNIT, TX_U_HOUR}, {"ore", TX_UNIT, TX_U_HOUR},
    {"giorno", TX_UNIT, TX_U_DAY}, {"giorni", TX_UNIT, TX_U_DAY},
    {"settimana", TX_UNIT, TX_U_WEEK}, {"settimane", TX_UNIT, TX_U_WEEK},
    {"mese", TX_UNIT, TX_U_MONTH}, {"mesi", TX_UNIT, TX_U_MONTH},
    {"trimestre", TX_UNIT, TX_U_QUARTER}, {"anno", TX_UNIT, TX_U_YEAR},
    {"anni", TX_UNIT, TX_U_YEAR}, {"decennio", TX_UNIT, TX_U_DECADE},
    {"decenni", TX_UNIT, TX_U_DECADE}, {"secolo", TX_UNIT, TX_U_CENTURY},
    {"secoli", TX_UNIT, TX_U_CENTURY},
    {"primavera", TX_SEASON, TX_S_SP}, {"estate", TX_SEASON, TX_S_SU},
    {"autunno", TX_SEASON, TX_S_FA}, {"inverno", TX_SEASON, TX_S_WI},
    {"mattina", TX_PART, TX_P_MO}, {"mattino", TX_PART, TX_P_MO},
    {"pomeriggio", TX_PART, TX_P_AF}, {"sera", TX_PART, TX_P_EV}, {"notte", TX_PART, TX_P_NI},
    {"oggi", TX_DEIC, 0}, {"ieri", TX_DEIC, -1}, {"domani", TX_DEIC, 1},
    {"scorso", TX_REL, -1}, {"scorsa", TX_REL, -1}, {"scorsi", TX_REL, -1},
    {"scorse", TX_REL, -1}, {"passato", TX_REL, -1}, {"passata", TX_REL, -1},
    {"ultimo", TX_REL, -1}, {"ultima", TX_REL, -1}, {"ultimi", TX_REL, -1},
    {"ultime", TX_REL, -1}, {"prossimo", TX_REL, 1}, {"prossima", TX_REL, 1},
    {"prossimi", TX_REL, 1}, {"prossime", TX_REL, 1}, {"questo", TX_REL, 0},
    {"questa", TX_REL, 0}, {"quest", TX_REL, 0},
    {"alcuni", TX_FEW, 1}, {"alcune", TX_FEW, 1}, {"diversi", TX_FEW, 1},
    {"diverse", TX_FEW, 1}, {"parecchi", TX_FEW, 1}, {"pochi", TX_FEW, 1},
    /* early / mid / late: "all'inizio di marzo", "a metà 2020", "alla fine del 2021" */
    {"inizio", TX_MOD, 0}, {"metà", TX_MOD, 0}, {"fine", TX_MOD, 0},
    /* tense cues for a bare weekday */
    {"sarà", TX_FUTURE, 1}, {"saranno", TX_FUTURE, 1}, {"previsto", TX_FUTURE, 1},
    {"prevista", TX_FUTURE, 1}, {"fino", TX_FUTURE, 1}, {"atteso", TX_FUTURE, 1},
    {"attesa", TX_FUTURE, 1},
    /* round 24: the present of a scheduled event looks ahead ("il processo inizia lunedì", "le
     * trattative riprendono martedì"); a past event takes the passato prossimo ("è iniziato") */
    {"inizia", TX_FUTURE, 1}, {"iniziano", TX_FUTURE, 1}, {"comincia", TX_FUTURE, 1},
    {"cominciano", TX_FUTURE, 1}, {"riprende", TX_FUTURE, 1}, {"riprendono", TX_FUTURE, 1},
    {"riunisce", TX_FUTURE, 1}, {"riuniscono", TX_FUTURE, 1}, {"termina", TX_FUTURE, 1},
    {"terminano", TX_FUTURE, 1},
    {"è", TX_PRESENT, 1}, {"sono", TX_PRESENT, 1},
    {"ha", TX_PAST, 1}, {"hanno", TX_PAST, 1}, {"era", TX_PAST, 1}, {"erano", TX_PAST, 1},
    {"fu", TX_PAST, 1}, {"aveva", TX_PAST, 1}, {"avevano", TX_PAST, 1},
};

#define D TD_TIMEX_DATE
#define T TD_TIMEX_TIME
#define DU TD_TIMEX_DURATION
#define S TD_TIMEX_SET

static const struct tx_rule rules[] = {
    /* Absolute dates: 7 gennaio 2022, lunedì 7 gennaio, 07/01/2022, maggio (del) 2020. */
    {"WDAY? DAY MONTH YEAR", TX_N_YMD, D, NULL},
    {"WDAY? DAY MONTH", TX_N_YMD, D, NULL},
    {"WDAY? DAY ^º MONTH YEAR?", TX_N_YMD, D, NULL},
    /* round 21: a comma after the weekday ("martedì, 3 marzo 2009") and the first of the
     * month written with a degree sign ("domenica 1° marzo") */
    {"WDAY , DAY MONTH YEAR?", TX_N_YMD, D, NULL},
    /* a weekday and a day of the month left unsaid before a stop ("martedì 3,"): that day
     * where the weekday fits, as Spanish "el martes 3," */
    {"WDAY DAY >,|.|;", TX_N_DAY, D, NULL},
    {"WDAY? ,? DAY ^° MONTH YEAR?", TX_N_YMD, D, NULL},
    {"YEAR ^- ^MM ^- ^DAY", TX_N_YMD, D, NULL},
    {"DAY ^/ ^MM ^/ ^YEAR", TX_N_YMD, D, NULL},
    {"MONTH del? YEAR", TX_N_YM, D, NULL},
    {"MONTH", TX_N_YM, D, NULL},
    {"YEAR", TX_N_Y, D, NULL},
    /* Early / mid / late: inizio marzo, metà 2020, fine del 2021, fine dell'anno. */
    {"MOD di? MONTH del? YEAR?", TX_N_YM, D, NULL},
    {"MOD del? YEAR", TX_N_Y, D, NULL},
    {"MOD dell ^' ^UNIT REL?", TX_N_REL_UNIT, D, NULL},
    {"MOD della|del UNIT REL?", TX_N_REL_UNIT, D, NULL},
    /* Decades and centuries: (negli) anni 90, gli anni '90, gli anni novanta, il XX secolo. */
    {"gli? anni YY", TX_N_DECADE, D, NULL},
    {"gli? anni ' ^YY", TX_N_DECADE, D, NULL},
    {"gli? anni YEAR", TX_N_DECADE, D, NULL},
    {"gli? anni NUM", TX_N_DECADE, D, NULL},
    {"il? ROMAN secolo", TX_N_CENTURY, D, NULL},
    /* round 24: the centuries by their hundreds after an article ("nel Settecento": the
     * 1700s; "circa trecento tifosi" is a number) */
    {"<il|nel|del|dal|al|sul|col duecento", TX_N_FIXED, D, "12"},
    {"<il|nel|del|dal|al|sul|col trecento", TX_N_FIXED, D, "13"},
    {"<il|nel|del|dal|al|sul|col quattrocento", TX_N_FIXED, D, "14"},
    {"<il|nel|del|dal|al|sul|col cinquecento", TX_N_FIXED, D, "15"},
    {"<il|nel|del|dal|al|sul|col seicento", TX_N_FIXED, D, "16"},
    {"<il|nel|del|dal|al|sul|col settecento", TX_N_FIXED, D, "17"},
    {"l ^' ^ottocento", TX_N_FIXED, D, "18"},
    {"<il|nel|del|dal|al|sul|col novecento", TX_N_FIXED, D, "19"},
    /* Quarters and seasons: il terzo trimestre 2021, l'estate scorsa, estate 2019. */
    {"il? ORD trimestre del? YEAR?", TX_N_QUARTER, D, "P"},
    /* round 21: halves ("nel primo semestre 2008"), a month REL names ("lo scorso maggio",
     * "maggio scorso", "il prossimo 3 marzo"), "il mese di maggio" */
    {"il? primo semestre del? YEAR?", TX_N_HALF, D, "1"},
    {"il? secondo semestre del? YEAR?", TX_N_HALF, D, "2"},
    {"REL MONTH", TX_N_REL_MONTH, D, NULL},
    {"MONTH REL", TX_N_REL_MONTH, D, NULL},
    {"REL DAY ^º|°? MONTH", TX_N_YMD, D, NULL},
    {"mese di MONTH del? YEAR?", TX_N_YM, D, NULL},
    {"SEASON del? YEAR", TX_N_SEASON, D, NULL},
    {"l ^' ^SEASON REL", TX_N_SEASON, D, NULL},
    {"quest ^' ^SEASON", TX_N_SEASON, D, NULL},
    /* Holidays; an optional year follows. */
    {"natale YEAR?", TX_N_HOLIDAY, D, "12-25"},
    {"la? vigilia di natale YEAR?", TX_N_HOLIDAY, D, "12-24"},
    {"capodanno YEAR?", TX_N_HOLIDAY, D, "01-01"},
    {"san silvestro YEAR?", TX_N_HOLIDAY, D, "12-31"},
    {"l ^' ^epifania YEAR?", TX_N_HOLIDAY, D, "01-06"},
    {"san valentino YEAR?", TX_N_HOLIDAY, D, "02-14"},
    {"la? festa della repubblica YEAR?", TX_N_HOLIDAY, D, "06-02"},
    {"ferragosto YEAR?", TX_N_HOLIDAY, D, "08-15"},
    {"ognissanti YEAR?", TX_N_HOLIDAY, D, "11-01"},
    {"pasqua YEAR?", TX_N_HOLIDAY, D, "E+0"},
    {"pasquetta YEAR?", TX_N_HOLIDAY, D, "E+1"},
    {"il? venerdì santo YEAR?", TX_N_HOLIDAY, D, "E-2"},
    /* Relative to the article date: ieri sera, stamattina, l'altro ieri, lunedì scorso. */
    {"DEIC", TX_N_DEIC, D, NULL},
    {"DEIC PART", TX_N_DEIC, T, NULL},
    {"l ^' ^altro ieri", TX_N_DEIC, D, "-2"},
    /* from the last day the text named: "il giorno dopo", "l'indomani", "il giorno prima" */
    {"il giorno dopo|seguente|successivo", TX_N_NEXT, D, "+d"},
    {"l ^' ^indomani", TX_N_NEXT, D, "+d"},
    {"il giorno prima|precedente", TX_N_NEXT, D, "-d"},
    {"ieri l ^' ^altro", TX_N_DEIC, D, "-2"},
    {"dopodomani", TX_N_DEIC, D, "+2"},
    {"stamattina|stamane", TX_N_DEIC, T, "MO"},
    {"stasera", TX_N_DEIC, T, "EV"},
    {"stanotte", TX_N_DEIC, T, "NI"},
    {"questa PART", TX_N_PART, T, NULL},
    {"WDAY REL?", TX_N_WDAY, D, NULL},
    {"REL WDAY", TX_N_WDAY, D, NULL},
    {"WDAY PART", TX_N_WDAY, T, NULL},
    /* round 24: "la notte tra sabato e domenica": Saturday's night */
    {"la? notte tra|fra WDAY e WDAY", TX_N_WDAY, T, "-NI"},
    /* round 24: a bare season by the tense ("in autunno"), every one ("ogni estate") */
    {"<in SEASON", TX_N_SEASON, D, "T"},
    {"ogni SEASON", TX_N_SET_DAY, S, NULL},
    /* a plural "last"/"next" is a stretch: "ultimi anni" PXY, not last year */
    {"ultimi|ultime|prossimi|prossime|scorsi|scorse UNIT", TX_N_DUR, DU, "X"},
    {"il|la|l ^'? UNIT REL", TX_N_REL_UNIT, D, NULL},
    {"REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"quest ^' ^UNIT", TX_N_REL_UNIT, D, NULL},
    {"il fine settimana", TX_N_REL_UNIT, D, "5p"},
    {"questo fine settimana", TX_N_REL_UNIT, D, "5"},
    {"NUM UNIT fa", TX_N_AGO, D, NULL},
    {"FEW UNIT fa", TX_N_AGO, D, NULL},
    {"tra|fra NUM UNIT", TX_N_AGO, D, "+"},
    /* Times of day before durations, which would take "15 ore" on a tie. */
    {"<alle HOUR ^:|. ^MIN", TX_N_TIME, T, NULL},
    {"<alle HOUR", TX_N_TIME, T, NULL},
    {"<alle ore HOUR ^:|.? ^MIN?", TX_N_TIME, T, NULL},
    {"mezzogiorno", TX_N_TIME, T, "noon"},
    {"mezzanotte", TX_N_TIME, T, "midnight"},
    /* Durations: tre giorni, gli ultimi cinque anni, alcune settimane. */
    {"gli|le? REL NUM UNIT", TX_N_DUR, DU, NULL},
    {"gli|le? REL UNIT", TX_N_DUR, DU, "X"},
    {"NUM UNIT", TX_N_DUR, DU, NULL},
    /* round 24: a bound is part of the duration ("quasi tre anni", "oltre due ore") */
    {"quasi|oltre NUM UNIT", TX_N_DUR, DU, NULL},
    {"più|meno di NUM UNIT", TX_N_DUR, DU, NULL},
    {"un ^' ^UNIT", TX_N_DUR, DU, NULL},
    {"FEW UNIT", TX_N_DUR, DU, NULL},
    /* Sets: ogni lunedì, ogni anno, tutti i giorni, quotidianamente. */
    {"ogni WDAY", TX_N_SET_DAY, S, NULL},
    {"ogni NUM? UNIT", TX_N_SET, S, NULL},
    {"tutti|tutte i|le UNIT", TX_N_SET, S, NULL},
    {"quotidianamente", TX_N_FIXED, S, "P1D"},
    {"annualmente", TX_N_FIXED, S, "P1Y"},
    /* Vague references ("ora" alone is also "hour", so it is left out). */
    {"adesso|attualmente|oggigiorno", TX_N_FIXED, D, "PRESENT_REF"},
    {"recentemente", TX_N_FIXED, D, "PAST_REF"},
    {"di recente", TX_N_FIXED, D, "PAST_REF"},
    {"in passato", TX_N_FIXED, D, "PAST_REF"},
    {"presto", TX_N_FIXED, D, "FUTURE_REF"},
    {"in futuro", TX_N_FIXED, D, "FUTURE_REF"},
};

/* Future tense: annuncerà, partiranno, faremo (short forms are in `lex`). */
static const char *const future_endings[] = {"rà", "ranno", "remo"};

/* Passato remoto: annunciò, parlarono, dissero. */
static const char *const past_endings[] = {"ò", "arono", "irono", "ssero"};

const struct tx_lang timex_lang_it = {"it", lex, N(lex), rules, N(rules), future_endings,
                                      N(future_endings), past_endings, N(past_endings)};
