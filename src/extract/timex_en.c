/*
 * timex_en.c - English lexicon and rules of the temporal tagger (see
 * timex_match.c for the pattern syntax and timex_norm.c for the
 * normalisers). Tuned on TempEval-3 TimeBank+AQUAINT only.
 */
#include "extract/timex_int.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct tx_lex lex[] = {
    {"january", TX_MONTH, 1}, {"jan", TX_MONTH, 1}, {"february", TX_MONTH, 2},
    {"feb", TX_MONTH, 2}, {"march", TX_MONTHCAP, 3}, {"mar", TX_MONTH, 3},
    {"april", TX_MONTH, 4}, {"apr", TX_MONTH, 4}, {"may", TX_MONTHCAP, 5},
    {"june", TX_MONTH, 6}, {"jun", TX_MONTH, 6}, {"july", TX_MONTH, 7}, {"jul", TX_MONTH, 7},
    {"august", TX_MONTH, 8}, {"aug", TX_MONTH, 8}, {"september", TX_MONTH, 9},
    {"sep", TX_MONTH, 9}, {"sept", TX_MONTH, 9}, {"october", TX_MONTH, 10},
    {"oct", TX_MONTH, 10}, {"november", TX_MONTH, 11}, {"nov", TX_MONTH, 11},
    {"december", TX_MONTH, 12}, {"dec", TX_MONTH, 12},
    {"monday", TX_WDAY, 1}, {"tuesday", TX_WDAY, 2}, {"wednesday", TX_WDAY, 3},
    {"thursday", TX_WDAY, 4}, {"friday", TX_WDAY, 5}, {"saturday", TX_WDAY, 6},
    {"sunday", TX_WDAY, 7},
    {"a", TX_NUM, 1}, {"an", TX_NUM, 1}, {"one", TX_NUM, 1}, {"two", TX_NUM, 2},
    {"three", TX_NUM, 3}, {"four", TX_NUM, 4}, {"five", TX_NUM, 5}, {"six", TX_NUM, 6},
    {"seven", TX_NUM, 7}, {"eight", TX_NUM, 8}, {"nine", TX_NUM, 9}, {"ten", TX_NUM, 10},
    {"eleven", TX_NUM, 11}, {"twelve", TX_NUM, 12}, {"thirteen", TX_NUM, 13},
    {"fourteen", TX_NUM, 14}, {"fifteen", TX_NUM, 15}, {"sixteen", TX_NUM, 16},
    {"seventeen", TX_NUM, 17}, {"eighteen", TX_NUM, 18}, {"nineteen", TX_NUM, 19},
    {"twenty", TX_NUM, 20}, {"thirty", TX_NUM, 30}, {"forty", TX_NUM, 40},
    {"fifty", TX_NUM, 50}, {"sixty", TX_NUM, 60}, {"seventy", TX_NUM, 70},
    {"eighty", TX_NUM, 80}, {"ninety", TX_NUM, 90}, {"hundred", TX_NUM, 100},
    {"dozen", TX_NUM, 12},
    {"first", TX_ORD, 1}, {"second", TX_ORD, 2}, {"third", TX_ORD, 3}, {"fourth", TX_ORD, 4},
    {"fifth", TX_ORD, 5}, {"sixth", TX_ORD, 6}, {"seventh", TX_ORD, 7}, {"eighth", TX_ORD, 8},
    {"ninth", TX_ORD, 9}, {"tenth", TX_ORD, 10}, {"eleventh", TX_ORD, 11},
    {"twelfth", TX_ORD, 12}, {"thirteenth", TX_ORD, 13}, {"fourteenth", TX_ORD, 14},
    {"fifteenth", TX_ORD, 15}, {"sixteenth", TX_ORD, 16}, {"seventeenth", TX_ORD, 17},
    {"eighteenth", TX_ORD, 18}, {"nineteenth", TX_ORD, 19}, {"twentieth", TX_ORD, 20},
    {"thirtieth", TX_ORD, 30},
    {"seconds", TX_UNIT, TX_U_SEC}, {"minute", TX_UNIT, TX_U_MIN},
    {"minutes", TX_UNIT, TX_U_MIN}, {"hour", TX_UNIT, TX_U_HOUR}, {"hours", TX_UNIT, TX_U_HOUR},
    {"day", TX_UNIT, TX_U_DAY}, {"days", TX_UNIT, TX_U_DAY}, {"week", TX_UNIT, TX_U_WEEK},
    {"weeks", TX_UNIT, TX_U_WEEK}, {"weekend", TX_UNIT, TX_U_WEEKEND},
    {"month", TX_UNIT, TX_U_MONTH}, {"months", TX_UNIT, TX_U_MONTH},
    {"quarter", TX_UNIT, TX_U_QUARTER}, {"quarters", TX_UNIT, TX_U_QUARTER},
    {"year", TX_UNIT, TX_U_YEAR}, {"years", TX_UNIT, TX_U_YEAR},
    {"decade", TX_UNIT, TX_U_DECADE}, {"decades", TX_UNIT, TX_U_DECADE},
    {"century", TX_UNIT, TX_U_CENTURY}, {"centuries", TX_UNIT, TX_U_CENTURY},
    {"spring", TX_SEASON, TX_S_SP}, {"summer", TX_SEASON, TX_S_SU}, {"fall", TX_SEASON, TX_S_FA},
    {"autumn", TX_SEASON, TX_S_FA}, {"winter", TX_SEASON, TX_S_WI},
    {"morning", TX_PART, TX_P_MO}, {"afternoon", TX_PART, TX_P_AF},
    {"evening", TX_PART, TX_P_EV}, {"night", TX_PART, TX_P_NI},
    {"today", TX_DEIC, 0}, {"yesterday", TX_DEIC, -1}, {"tomorrow", TX_DEIC, 1},
    {"last", TX_REL, -1}, {"past", TX_REL, -1}, {"previous", TX_REL, -1}, {"this", TX_REL, 0},
    {"current", TX_REL, 0}, {"next", TX_REL, 1}, {"coming", TX_REL, 1},
    {"early", TX_MOD, 0}, {"late", TX_MOD, 0}, {"mid", TX_MOD, 0},
    {"several", TX_FEW, 1}, {"few", TX_FEW, 1}, {"many", TX_FEW, 1},
    {"will", TX_FUTURE, 1}, {"ll", TX_FUTURE, 1}, {"shall", TX_FUTURE, 1},
    {"scheduled", TX_FUTURE, 1}, {"expected", TX_FUTURE, 1}, {"expects", TX_FUTURE, 1},
    {"expect", TX_FUTURE, 1}, {"ahead", TX_FUTURE, 1}, {"payable", TX_FUTURE, 1},
    {"planned", TX_FUTURE, 1},
    {"until", TX_FUTURE, 1}, {"set", TX_FUTURE, 1}, {"plan", TX_FUTURE, 1},
    {"plans", TX_FUTURE, 1}, {"planning", TX_FUTURE, 1}, {"soon", TX_FUTURE, 1},
    {"would", TX_FUTURE, 1}, {"going", TX_FUTURE, 1},
    {"hope", TX_FUTURE, 1}, {"hopes", TX_FUTURE, 1}, {"hoping", TX_FUTURE, 1},
    {"slated", TX_FUTURE, 1}, {"intend", TX_FUTURE, 1}, {"intends", TX_FUTURE, 1},
    /* modals of what may yet happen: "the trial might start in December" (not "could", a
     * past of "can", nor "due", mostly "due to": both cost train value F1) */
    {"might", TX_FUTURE, 1}, {"should", TX_FUTURE, 1}, {"must", TX_FUTURE, 1},
    {"can", TX_FUTURE, 1},
    /* present tense: the search for the tense stops there */
    {"is", TX_PRESENT, 1}, {"are", TX_PRESENT, 1}, {"am", TX_PRESENT, 1},
    /* ... and the news present of a scheduled event: "the trial opens Monday" */
    {"opens", TX_PRESENT, 1}, {"begins", TX_PRESENT, 1}, {"starts", TX_PRESENT, 1},
    {"ends", TX_PRESENT, 1}, {"resumes", TX_PRESENT, 1}, {"meets", TX_PRESENT, 1},
    {"arrives", TX_PRESENT, 1}, {"leaves", TX_PRESENT, 1}, {"visits", TX_PRESENT, 1},
    {"returns", TX_PRESENT, 1}, {"closes", TX_PRESENT, 1}, {"convenes", TX_PRESENT, 1},
    {"expires", TX_PRESENT, 1}, {"faces", TX_PRESENT, 1}, {"hosts", TX_PRESENT, 1},
    /* round 11: more verbs of a scheduled event ("the law takes effect Thursday", "he
     * testifies Thursday"); not those that are also plural nouns ("votes", "reports") */
    {"takes", TX_PRESENT, 1}, {"hears", TX_PRESENT, 1}, {"testifies", TX_PRESENT, 1},
    {"holds", TX_PRESENT, 1}, {"launches", TX_PRESENT, 1}, {"travels", TX_PRESENT, 1},
    {"speaks", TX_PRESENT, 1}, {"delivers", TX_PRESENT, 1}, {"unveils", TX_PRESENT, 1},
    {"goes", TX_PRESENT, 1}, {"flies", TX_PRESENT, 1}, {"competes", TX_PRESENT, 1},
    {"concludes", TX_PRESENT, 1}, {"reconvenes", TX_PRESENT, 1}, {"decides", TX_PRESENT, 1},
    {"announces", TX_PRESENT, 1},
    /* round 15: the plural of a scheduled event's verb, as "meets" ("the two teams meet
     * Tuesday night"; was last Tuesday) */
    {"meet", TX_PRESENT, 1}, {"resume", TX_PRESENT, 1}, {"arrive", TX_PRESENT, 1},
    {"convene", TX_PRESENT, 1}, {"reconvene", TX_PRESENT, 1}, {"testify", TX_PRESENT, 1},
    {"face", TX_PRESENT, 1}, {"play", TX_PRESENT, 1}, {"host", TX_PRESENT, 1},
    {"visit", TX_PRESENT, 1}, {"travel", TX_PRESENT, 1},
    /* round 25: more plurals of a scheduled event ("the talks begin Monday"; not "leave" nor
     * "return", the present of a photo caption: "Commuters leave the station on Tuesday
     * night") */
    {"begin", TX_PRESENT, 1}, {"start", TX_PRESENT, 1}, {"open", TX_PRESENT, 1},
    /* past verbs without "-ed" (see past_endings): the sentence looks back */
    {"said", TX_PAST, 1}, {"was", TX_PAST, 1}, {"were", TX_PAST, 1}, {"had", TX_PAST, 1},
    {"did", TX_PAST, 1}, {"told", TX_PAST, 1}, {"met", TX_PAST, 1}, {"came", TX_PAST, 1},
    {"went", TX_PAST, 1}, {"took", TX_PAST, 1}, {"made", TX_PAST, 1}, {"began", TX_PAST, 1},
    {"left", TX_PAST, 1}, {"held", TX_PAST, 1}, {"gave", TX_PAST, 1}, {"found", TX_PAST, 1},
    {"got", TX_PAST, 1}, {"saw", TX_PAST, 1}, {"ran", TX_PAST, 1}, {"won", TX_PAST, 1},
    {"lost", TX_PAST, 1}, {"fell", TX_PAST, 1}, {"rose", TX_PAST, 1}, {"shot", TX_PAST, 1},
    {"sent", TX_PAST, 1}, {"spent", TX_PAST, 1}, {"brought", TX_PAST, 1},
    {"became", TX_PAST, 1}, {"struck", TX_PAST, 1}, {"wrote", TX_PAST, 1},
    {"sold", TX_PAST, 1}, {"paid", TX_PAST, 1}, {"led", TX_PAST, 1}, {"fled", TX_PAST, 1},
    /* round 26: more of them ("a panel heard arguments in January" after "until April 2016"
     * read January against that deadline); none that is also a present ("hit", "put", "set",
     * "cut", "read") or a common noun */
    {"heard", TX_PAST, 1}, {"knew", TX_PAST, 1}, {"thought", TX_PAST, 1},
    {"kept", TX_PAST, 1}, {"built", TX_PAST, 1}, {"bought", TX_PAST, 1},
    {"caught", TX_PAST, 1}, {"sought", TX_PAST, 1}, {"fought", TX_PAST, 1},
    {"taught", TX_PAST, 1}, {"meant", TX_PAST, 1}, {"stood", TX_PAST, 1},
    {"grew", TX_PAST, 1}, {"flew", TX_PAST, 1}, {"drew", TX_PAST, 1}, {"threw", TX_PAST, 1},
    {"chose", TX_PAST, 1}, {"drove", TX_PAST, 1}, {"wore", TX_PAST, 1}, {"froze", TX_PAST, 1},
    {"shook", TX_PAST, 1}, {"withdrew", TX_PAST, 1}, {"upheld", TX_PAST, 1},
    {"dealt", TX_PAST, 1}, {"slept", TX_PAST, 1}, {"swept", TX_PAST, 1},
    /* round 15: "since" looks back as "until" looks ahead ("in custody since his arrest in
     * March" is the last March) */
    {"since", TX_PAST, 1},
};

#define D TD_TIMEX_DATE
#define T TD_TIMEX_TIME
#define DU TD_TIMEX_DURATION
#define S TD_TIMEX_SET
#define ORDSUF "^st|nd|rd|th?"
#define APOS "^'|’"
#define QMOD "almost|nearly|roughly|some?"
#define QMORE "more|less|fewer than"
/* what a results report counts per period */
#define HALFNOUN                                                                          \
    "profit|profits|earnings|sales|revenue|revenues|results|loss|losses|net|growth|"      \
    "output|performance|deficit|income|figures|margin|margins|demand|production|exports|" \
    "imports|spending|dividend|gdp|operating|pretax"
/* US, UK and universal zones after the time: "5 p.m. EST", "7:30 p.m. ET"; round 26: the
 * Atlantic, Hawaii and Alaska, central and eastern Europe, Moscow, India, Japan, Korea,
 * eastern Australia, New Zealand, Singapore and Hong Kong ("5 a.m. AST" was "5 a.m.") */
#define ZONE                                                                              \
    "edt|est|et|cdt|cst|mdt|mst|pdt|pst|pt|gmt|utc|bst|ast|adt|hst|akst|akdt|cet|cest|eet|" \
    "eest|msk|ist|jst|kst|aest|aedt|nzst|nzdt|sgt|hkt"
#define AM "a ^. ^m ^.? " ZONE "?"
#define PM "p ^. ^m ^.? " ZONE "?"
/* "3pm", "3:30 pm EST": the marker written as one word */
#define AMW "am " ZONE "?"
#define PMW "pm " ZONE "?"

static const struct tx_rule rules[] = {
    /* Absolute dates: January 7, 2022; 7 January 2022; 2022-01-07; 1/7/2022. */
    /* "around" before a day or a clock time is in the extent (TimeML's APPROX) */
    {"around? WDAY? ,? MOD? MONTH ^.? DAY " ORDSUF " ,? YEAR", TX_N_YMD, D, NULL},
    {"around? WDAY? ,? MOD? MONTH ^.? DAY " ORDSUF, TX_N_YMD, D, NULL},
    {"WDAY? ,? the? DAY " ORDSUF " of? MONTH ^.? ,? YEAR?", TX_N_YMD, D, NULL},
    /* a day as a spelled ordinal, as said on air: "Sunday, March eighth", "the first of May" */
    {"around? WDAY? ,? MONTH ^.? the? DAYW ,? YEAR?", TX_N_YMD, D, NULL},
    {"WDAY? ,? the DAYW of MONTH ^.? ,? YEAR?", TX_N_YMD, D, NULL},
    /* a weekday with its word and its date: "this coming Sunday, March 8", "last Friday, Jan. 7" */
    {"this? REL WDAY , MONTH ^.? DAY " ORDSUF " ,? YEAR?", TX_N_YMD, D, NULL},
    {"this? REL WDAY , MONTH ^.? the? DAYW ,? YEAR?", TX_N_YMD, D, NULL},
    /* a part of a dated day: "the morning of March 5", "the night of Oct. 12, 2012" */
    {"the week of MONTH ^.? DAY " ORDSUF " ,? YEAR?", TX_N_YMD, D, "W"},
    {"the ORD week of MONTH ,? YEAR?", TX_N_YMD, D, "W"},
    {"the weekend of MONTH ^.? DAY " ORDSUF " ,? YEAR?", TX_N_YMD, D, "WE"},
    {"the last|final week of MONTH ,? YEAR?", TX_N_YMD, D, "WL"},
    /* the Nth weekday of a month: "the first Monday in September", "the last Sunday of May" */
    {"the ORD WDAY of|in MONTH ,? YEAR?", TX_N_YMD, D, "O"},
    {"the last|final WDAY of|in MONTH ,? YEAR?", TX_N_YMD, D, "OL"},
    {"YEAR ^- ^MM ^- ^DAY", TX_N_YMD, D, NULL},
    {"YEAR ^- ^MM ^- ^DAY ^t ^HOUR ^: ^MIN ^z?", TX_N_TIME, T, NULL}, /* 2022-01-04T10:00(Z) */
    {"MM ^/ ^DAY ^/ ^YEAR", TX_N_YMD, D, NULL},
    {"MOD? ^-? MONTH ^.? ,? of? YEAR", TX_N_YM, D, NULL},
    {"MOD? ^-? MONTH", TX_N_YM, D, NULL},
    {"MOD? ^-? MONTH ^.? REL year", TX_N_YM, D, "Y"},
    {"MOD? ^-? MONTH of REL year", TX_N_YM, D, "Y"}, /* "January of last year" */
    {"WDAY? ,? MONTH ^.? DAY " ORDSUF " ,? REL year", TX_N_YMD, D, "Y"},
    {"MOD? ^-? YEAR", TX_N_Y, D, NULL},
    {"YEAR and beyond", TX_N_Y, D, NULL},   /* an open end is in the extent */
    {"pre|post ^- ^YEAR", TX_N_Y, D, NULL}, /* "post-1959": the prefix is in the extent */
    {"YEAR or later|earlier|before|after", TX_N_Y, D, NULL},
    {"fiscal|calendar year? YEAR", TX_N_Y, D, NULL}, /* "fiscal year 2013" */
    {"the? YEAR fiscal|calendar year", TX_N_Y, D, NULL},
    {"fy YEAR", TX_N_Y, D, NULL}, /* "FY2013", "FY 2013", "FY13" */
    {"fy YY", TX_N_Y, D, NULL},
    {"the end|beginning|start|middle of YEAR", TX_N_Y, D, NULL},
    {"the end|beginning|start|middle of MONTH ,? YEAR?", TX_N_YM, D, NULL},
    {"the end|beginning|start|middle of the|this UNIT", TX_N_REL_UNIT, D, NULL},
    {"the end|beginning|start|middle of the fiscal? ORD fiscal? quarter of? YEAR?", TX_N_QUARTER, D,
     NULL},
    {"the end|beginning|start|middle of REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"the year YEAR", TX_N_Y, D, NULL},
    /* Spelled-out years, as said on air: nineteen ninety-six, the year two thousand. */
    {"HI TENS ^-? ^ONES?", TX_N_Y, D, NULL},
    {"MONTH ,? HI TENS ^-? ^ONES?", TX_N_YM, D, NULL},
    {"the? MOD? SEASON of? HI TENS ^-? ^ONES?", TX_N_SEASON, D, NULL},
    {"the year two thousand", TX_N_FIXED, D, "2000"},
    /* Halves of a year: the first half of 1990, the second half of next year. */
    {"the? first half of YEAR", TX_N_HALF, D, "1"},
    {"the? second|last|latter half of YEAR", TX_N_HALF, D, "2"},
    {"the? first half of the? REL? year", TX_N_HALF, D, "1"},
    {"the? second|last|latter half of the? REL? year", TX_N_HALF, D, "2"},
    /* round 15: a half of the year as an adjective of a results report, as "third-quarter":
     * "first-half profit" (not a game's "second-half goal") */
    {"first ^- ^half >" HALFNOUN, TX_N_HALF, D, "1"},
    {"second ^- ^half >" HALFNOUN, TX_N_HALF, D, "2"},
    {"the? first two quarters of YEAR", TX_N_HALF, D, "1"},
    {"the? last|second two quarters of YEAR", TX_N_HALF, D, "2"},
    /* Decades and centuries: the 1990s, the '90s, the 20th century. */
    {"the? MOD? ^-? CENT ^s", TX_N_CENTURY, D, NULL}, /* "the 1800s": the 19th century */
    {"the? MOD? ^-? YEAR ^s", TX_N_DECADE, D, NULL},
    {"the? MOD? ^-? ' ^YY ^s", TX_N_DECADE, D, NULL},
    /* spelled-out decades of the 1900s need "the": "in his twenties" is an age */
    {"the MOD? ^-? twenties", TX_N_FIXED, D, "192"},
    {"the MOD? ^-? thirties", TX_N_FIXED, D, "193"},
    {"the MOD? ^-? forties", TX_N_FIXED, D, "194"},
    {"the MOD? ^-? fifties", TX_N_FIXED, D, "195"},
    {"the MOD? ^-? sixties", TX_N_FIXED, D, "196"},
    {"the MOD? ^-? seventies", TX_N_FIXED, D, "197"},
    {"the MOD? ^-? eighties", TX_N_FIXED, D, "198"},
    {"the MOD? ^-? nineties", TX_N_FIXED, D, "199"},
    {"the? MOD? ^-? ORDN " ORDSUF " century", TX_N_CENTURY, D, NULL}, /* "the late 19th century" */
    {"the? MOD? ^-? ORD century", TX_N_CENTURY, D, NULL},
    /* Quarters and seasons: Q3 2021, the third quarter of 1998, summer 2019. */
    {"the? fiscal? ORD fiscal? quarter of? fiscal? YEAR?", TX_N_QUARTER, D, NULL},
    {"the? fiscal? ORD fiscal? quarter of REL fiscal? year", TX_N_QUARTER, D, NULL},
    {"fiscal? ORD ^- ^quarter", TX_N_QUARTER, D, NULL},
    {"the? ORDN " ORDSUF " quarter of? YEAR?", TX_N_QUARTER, D, NULL},
    {"q ^QN YEAR?", TX_N_QUARTER, D, NULL},
    {"the? fiscal? YEAR fiscal? ORD fiscal? quarter", TX_N_QUARTER, D, NULL},
    {"the? fiscal? YEAR fiscal? ORDN " ORDSUF " fiscal? quarter", TX_N_QUARTER, D, NULL},
    {"the? YEAR quarter|period", TX_N_QUARTER, D, NULL},
    {"REL year " APOS " ^s fiscal? ORD? quarter|period", TX_N_QUARTER, D, NULL},
    {"the? year ^- ^ago|earlier ORD quarter|period", TX_N_QUARTER, D, "-1"},
    {"the latest|recent? quarter", TX_N_LAST_Q, D, NULL},
    {"the latest|recent period", TX_N_LAST_Q, D, NULL},
    /* "the period" is a quarter only in a text that named one ("the period
     * from 2008 to 2012" is none) */
    {"the period", TX_N_LAST_Q, D, "Q"},
    {"that same? quarter|period", TX_N_LAST_Q, D, "T"}, /* the quarter the text named */
    {"the comparable|corresponding|same? year ^- ^ago|earlier quarter|period", TX_N_LAST_Q, D,
     "-4"},
    {"the? MOD? SEASON of? YEAR", TX_N_SEASON, D, NULL},
    /* a season with no year is the reference's ("the spring", "in winter"); "the
     * fall of Rome" is none */
    /* round 20: "the fall" as a drop, not the season (before "the MOD? SEASON", which ties):
     * "appeared to have caused the fall", "the fall from power" */
    {"the fall >from", TX_N_SKIP, D, NULL}, /* "the fall from power" */
    {"<caused|cause|causes|causing|survived|survive|survives|broke|break|breaks|blamed|"
     "witnessed|halted|halt|reversed|reverse|offset|offsets|explain|explains|explained|"
     "triggered|trigger|triggers|behind|slowed|slow|slows the fall",
     TX_N_SKIP, D, NULL},
    {"the MOD? SEASON", TX_N_SEASON, D, "T"},
    {"<in|during|over|by|until|since|through MOD? SEASON", TX_N_SEASON, D, "T"},
    {"the fall of", TX_N_SKIP, D, NULL},
    {"MOD? REL SEASON", TX_N_SEASON, D, NULL},
    {"this REL SEASON", TX_N_SEASON, D, NULL}, /* "this past spring" */
    /* round 26: "earlier this summer", as "earlier this month" (was "this summer") */
    {"earlier|later REL SEASON", TX_N_SEASON, D, NULL},
    /* Holidays; an optional year follows; a word before sets the direction ("last Christmas") */
    {"this? REL? christmas day? YEAR?", TX_N_HOLIDAY, D, "12-25"},
    {"this? REL? christmas eve YEAR?", TX_N_HOLIDAY, D, "12-24"},
    {"this? REL? new year " APOS " ^s eve YEAR?", TX_N_HOLIDAY, D, "12-31"},
    {"this? REL? new year " APOS " ^s day? YEAR?", TX_N_HOLIDAY, D, "01-01"},
    /* another country's independence day ("Peru's", "... of Peru") is not July 4 */
    {"<s independence day", TX_N_SKIP, D, NULL},
    {"independence day >of", TX_N_SKIP, D, NULL},
    {"this? REL? independence day YEAR?", TX_N_HOLIDAY, D, "07-04"},
    {"this? REL? the? fourth of july YEAR?", TX_N_HOLIDAY, D, "07-04"},
    {"this? REL? halloween YEAR?", TX_N_HOLIDAY, D, "10-31"},
    {"this? REL? valentine " APOS " ^s day YEAR?", TX_N_HOLIDAY, D, "02-14"},
    {"this? REL? veterans day YEAR?", TX_N_HOLIDAY, D, "11-11"},
    {"this? REL? boxing day YEAR?", TX_N_HOLIDAY, D, "12-26"},
    {"this? REL? thanksgiving day? YEAR?", TX_N_HOLIDAY, D, "11/4/4"},
    {"this? REL? memorial day YEAR?", TX_N_HOLIDAY, D, "5/-1/1"},
    {"this? REL? labor day YEAR?", TX_N_HOLIDAY, D, "9/1/1"},
    {"this? REL? easter sunday? YEAR?", TX_N_HOLIDAY, D, "E+0"},
    {"this? REL? easter monday YEAR?", TX_N_HOLIDAY, D, "E+1"},
    {"this? REL? good friday YEAR?", TX_N_HOLIDAY, D, "E-2"},
    /* more fixed, weekday-based and Easter-based days of news calendars */
    {"this? REL? martin luther king jr ^.? day YEAR?", TX_N_HOLIDAY, D, "1/3/1"},
    {"this? REL? martin luther king day YEAR?", TX_N_HOLIDAY, D, "1/3/1"},
    {"this? REL? presidents " APOS "? day YEAR?", TX_N_HOLIDAY, D, "2/3/1"},
    {"this? REL? mother " APOS " ^s day YEAR?", TX_N_HOLIDAY, D, "5/2/7"},
    {"this? REL? father " APOS " ^s day YEAR?", TX_N_HOLIDAY, D, "6/3/7"},
    {"this? REL? columbus day YEAR?", TX_N_HOLIDAY, D, "10/2/1"},
    {"this? REL? st ^.? patrick " APOS " ^s day YEAR?", TX_N_HOLIDAY, D, "03-17"},
    {"this? REL? remembrance|armistice day YEAR?", TX_N_HOLIDAY, D, "11-11"},
    {"this? REL? bastille day YEAR?", TX_N_HOLIDAY, D, "07-14"},
    {"this? REL? earth day YEAR?", TX_N_HOLIDAY, D, "04-22"},
    {"this? REL? ash wednesday YEAR?", TX_N_HOLIDAY, D, "E-46"},
    {"this? REL? mardi gras YEAR?", TX_N_HOLIDAY, D, "E-47"},
    {"this? REL? palm sunday YEAR?", TX_N_HOLIDAY, D, "E-7"},
    {"this? REL? maundy|holy thursday YEAR?", TX_N_HOLIDAY, D, "E-3"},
    {"this? REL? pentecost sunday? YEAR?", TX_N_HOLIDAY, D, "E+49"},
    /* US Election Day: the Tuesday after the first Monday in November */
    {"this? REL? election day YEAR?", TX_N_HOLIDAY, D, "11-02/2"},
    /* Massachusetts, Maine */
    {"this? REL? patriots " APOS "? day YEAR?", TX_N_HOLIDAY, D, "4/3/1"},
    {"this? REL? black friday YEAR?", TX_N_HOLIDAY, D, "11/4/4+1"},
    {"this? REL? cyber monday YEAR?", TX_N_HOLIDAY, D, "11/4/4+4"},
    {"this? REL? inauguration day YEAR?", TX_N_HOLIDAY, D, "01-20"},
    {"this? REL? groundhog day YEAR?", TX_N_HOLIDAY, D, "02-02"},
    {"this? REL? april fools " APOS "? day YEAR?", TX_N_HOLIDAY, D, "04-01"},
    {"this? REL? cinco de mayo YEAR?", TX_N_HOLIDAY, D, "05-05"},
    {"this? REL? flag day YEAR?", TX_N_HOLIDAY, D, "06-14"},
    {"this? REL? juneteenth YEAR?", TX_N_HOLIDAY, D, "06-19"},
    {"this? REL? canada day YEAR?", TX_N_HOLIDAY, D, "07-01"},
    {"this? REL? australia day YEAR?", TX_N_HOLIDAY, D, "01-26"},
    {"this? REL? all saints " APOS "? day YEAR?", TX_N_HOLIDAY, D, "11-01"},
    {"this? REL? all souls " APOS "? day YEAR?", TX_N_HOLIDAY, D, "11-02"},
    /* Relative to the article date. */
    {"MOD? DEIC", TX_N_DEIC, D, NULL},
    /* a day of a month left unsaid: "due on the 15th." (not "the 25th anniversary") */
    {"<on|by|until|till|since|before|after|from|to the DAY ^st|nd|rd|th >,|.|;|and|or|to|when",
     TX_N_DAY, D, NULL},
    {"the day before yesterday", TX_N_DEIC, D, "-2"},
    {"the day after tomorrow", TX_N_DEIC, D, "+2"},
    {"DEIC PART", TX_N_DEIC, T, NULL},
    {"tonight", TX_N_PART, T, "NI"},
    {"this PART", TX_N_PART, T, NULL},
    {"MOD this PART", TX_N_PART, T, NULL}, /* "early this morning", as "late yesterday" */
    {"midmorning", TX_N_PART, T, "MO"},
    {"midafternoon", TX_N_PART, T, "AF"},
    /* "the next morning" is the day after the last day named, as "the next day" */
    {"the next|following PART", TX_N_NEXT, D, "+d"},
    {"the? REL PART", TX_N_PART, T, NULL},
    {"MOD ^-? PART DEIC", TX_N_DEIC, T, NULL},
    {"mid ^-? PART", TX_N_DEIC, T, NULL},
    {"<as WDAY", TX_N_WDAY, D, "+"}, /* "as soon as Tuesday", "as early as Monday": ahead */
    {"REL? WDAY", TX_N_WDAY, D, NULL},
    {"super WDAY", TX_N_WDAY, D, NULL}, /* round 26: "Super Tuesday", the primaries' day */
    {"this REL WDAY", TX_N_WDAY, D, NULL}, /* "this coming Sunday" */
    {"MOD WDAY", TX_N_WDAY, D, NULL},
    /* "later yesterday": inside the extent, as in "earlier this month" (TBAQ leaves
     * "earlier" out before a weekday) */
    {"earlier|later DEIC", TX_N_DEIC, D, NULL},
    {"earlier|later DEIC PART", TX_N_DEIC, T, NULL},
    {"earlier|later this PART", TX_N_PART, T, NULL}, /* "later this afternoon" */
    {"earlier|later tonight", TX_N_PART, T, "NI"},
    {"MOD? WDAY PART", TX_N_WDAY, D, NULL}, /* "late Tuesday night" */
    {"REL WDAY PART", TX_N_WDAY, D, NULL},  /* "last Thursday night" */
    /* A plural unit is a stretch of unknown length: recent weeks, the coming months. */
    {"recent|coming UNITS", TX_N_DUR, DU, "X"},
    {"the UNITS ahead", TX_N_DUR, DU, "X"}, /* "in the weeks ahead" */
    /* A plural after last/next is no single period: "in past years" */
    {"past|last|previous UNITS", TX_N_FIXED, D, "PAST_REF"},
    {"MOD? REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"this REL UNIT", TX_N_REL_UNIT, D, NULL}, /* "this past week" */
    /* "the next day", "the following week", "the previous Friday": the article is
     * part of it; they count from the last day the text named, else the reference
     * ("the following week" against the reference alone was removed in round 3) */
    /* "over the next decade": a stretch, not a year ten years on */
    {"the next|coming decade", TX_N_FIXED, DU, "P10Y"},
    {"the next|coming century", TX_N_FIXED, DU, "P100Y"},
    {"the next UNIT or? so?", TX_N_NEXT, D, "+"}, /* "the next year or so" */
    /* "Y": a year counts from the last year written ("in 2010 ... the following year") */
    /* round 26: "the previous quarter" is the one before the quarter the text named, as "the
     * prior quarter" and "el trimestre anterior" (was the reference's quarter less one: "will
     * report first-quarter results Thursday. Revenue in the previous quarter rose" 2019-Q1) */
    {"the previous|preceding quarter", TX_N_LAST_Q, D, "P"},
    {"the previous|preceding UNIT", TX_N_NEXT, D, "-Y"},
    {"the following UNIT", TX_N_NEXT, D, "+Y"},
    {"the previous|preceding|following|next WDAY", TX_N_WDAY, D, NULL},
    /* The year last written: "in June 1998 ... later that year". */
    {"earlier|later? that same? year", TX_N_THAT_YEAR, D, NULL},
    {"the current fiscal? UNIT", TX_N_REL_UNIT, D, NULL},
    {"the? REL fiscal UNIT", TX_N_REL_UNIT, D, NULL}, /* "last fiscal year" */
    {"the latest fiscal UNIT", TX_N_AGO, D, "-"},     /* the last one completed */
    {"earlier|later REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"MOD? REL MONTH", TX_N_REL_MONTH, D, NULL},
    {"this weekend", TX_N_REL_UNIT, D, "5"},
    {"the weekend", TX_N_REL_UNIT, D, "5p"}, /* the last one unless the verb is future */
    /* Financial years: "the year ended June 30" is a stretch of a year. */
    {"the fiscal? year >ended|ending", TX_N_FIXED, DU, "P1Y"},
    {"the full|fiscal year", TX_N_REL_UNIT, D, "9q"},
    /* "For the year, volume was flat": the current one (after "ended" above) */
    {"<for the year", TX_N_REL_UNIT, D, "9"},
    {"<for the week", TX_N_REL_UNIT, D, "6"},
    {"<for the month", TX_N_REL_UNIT, D, "7"},
    {QMOD " NUM UNIT or? so? ago|earlier", TX_N_AGO, D, NULL}, /* "a week or so ago" */
    {QMORE " NUM UNIT ago|earlier", TX_N_AGO, D, NULL},
    {QMOD " a NUM UNIT ago|earlier", TX_N_AGO, D, NULL}, /* "a dozen years ago" */
    {QMOD " a? FEW UNIT ago|earlier", TX_N_AGO, D, NULL},
    {"UNITS ago", TX_N_DUR, DU, "X"}, /* "just months ago": TBAQ tags the stretch */
    {"NUM UNIT from now", TX_N_AGO, D, "+"},
    /* n and a half units back: "a year and a half ago", "half a century ago" */
    {QMOD " NUM and a half UNIT ago", TX_N_AGO, D, "h"},
    {QMOD " a|an|one UNIT and a half ago", TX_N_AGO, D, "h"},
    {QMOD " half a|an UNIT ago", TX_N_AGO, D, "h0"},
    {"UNIT ^- ^ago|earlier", TX_N_AGO, D, NULL},
    /* Negative rules: ages are not durations ("a 6-year-old"). */
    {"NUM ^-? UNIT ^- ^old", TX_N_SKIP, DU, NULL},
    {"NUM UNIT old", TX_N_SKIP, DU, NULL},
    /* ... nor are papers ("The Sunday Times"); "May I ask" is the verb: see timex.c */
    {"sunday times|telegraph|express|mirror|herald|post|mail|observer|tribune", TX_N_SKIP, D, NULL},
    /* ... nor is the present of "today's world", "today's youth": no day */
    {"today " APOS " ^s world|youth|society|generation|children|kids|young|students|economy|"
     "culture|technology|media|politics|standards|personal|global|modern|fast|competitive|"
     "market|markets|consumers|families",
     TX_N_SKIP, D, NULL},
    /* ... nor is a mean per day: "the average daily volume" */
    {"average daily", TX_N_SKIP, S, NULL},
    /* ... nor are four-digit measures and numbers: "1800 pounds", "Room 1408", "Boeing 1747"
     * (not nouns that may open a clause: "in 2008 police arrested ...") */
    {"YEAR points|pounds|tons|tonnes|feet|meters|metres|miles|kilometers|km|acres|hectares|"
     "barrels|calories|signatures|copies|dollars|euros|yen|yuan|rupees|words|pages",
     TX_N_SKIP, D, NULL},
    {"room|flight|route|highway|interstate|boeing|airbus|channel|page|suite|apartment|pier|"
     "gate|platform|exit|number YEAR",
     TX_N_SKIP, D, NULL},
    /* ... nor are fractions: "three-quarters of its food" */
    {"NUM ^- ^quarters", TX_N_SKIP, DU, NULL},
    /* Durations: three days, two-year, the past three years, several weeks. */
    /* n and a half: "2 1/2 years", "two and a half hours", "a minute and a half" */
    {QMOD " NUM 1 ^/ ^2 UNIT", TX_N_DUR, DU, "H"},
    {QMOD " NUM and a half UNIT", TX_N_DUR, DU, "H"},
    {QMOD " a|an|one UNIT and a half", TX_N_DUR, DU, "H"},
    {QMOD " the? first|last|past|next|coming|previous|latest NUM ^-? UNIT or? so?", TX_N_DUR, DU,
     NULL},
    /* "an additional year", "eight trading days" (not "two more weeks": dev strict fell) */
    {QMOD " NUM additional|extra UNIT", TX_N_DUR, DU, NULL},
    {QMOD " NUM trading|business|working UNIT", TX_N_DUR, DU, NULL},
    /* "a several-year delay": a stretch of unknown length */
    {"FEW ^- ^UNIT", TX_N_DUR, DU, NULL},
    /* "each of the past three years" is the whole stretch */
    {"each of the past|last|next NUM UNIT", TX_N_DUR, DU, NULL},
    /* the noun of a stretch is in the extent: "a three-year period", "a two-week span" */
    {"a|the? NUM ^- ^UNIT period|span|stretch", TX_N_DUR, DU, NULL},
    /* a range is one stretch of unknown length: "two to three weeks", "the next 12 to 18 months" */
    {QMOD " the? past|last|next? NUM to|or NUM UNIT", TX_N_DUR, DU, "X"},
    {QMOD " the? NUM UNIT", TX_N_DUR, DU, NULL},
    {QMOD " a NUM UNIT", TX_N_DUR, DU, "A"}, /* "a dozen years", "almost a hundred years" */
    {QMOD " NUM ^- ^UNIT", TX_N_DUR, DU, NULL},
    {QMORE " NUM ^-? UNIT", TX_N_DUR, DU, NULL},
    {"at least|most NUM UNIT", TX_N_DUR, DU, NULL}, /* "at least 72 hours" */
    {"at least|most the past|last|next NUM ^-? UNIT", TX_N_DUR, DU, NULL},
    {"no more|less|fewer than NUM ^-? UNIT", TX_N_DUR, DU, NULL}, /* "no more than 60 days" */
    /* "lasted over a week", "just over an hour": more than; otherwise "over" is a
     * preposition ("phased in over three years") and stays out */
    {"<just|last|lasted|lasting|lasts|took|for|after|in|of over NUM UNIT", TX_N_DUR, DU, NULL},
    /* a fortnight: two weeks */
    {QMOD " a|one fortnight", TX_N_FIXED, DU, "P2W"},
    {"the past|last|next fortnight", TX_N_FIXED, DU, "P2W"},
    /* half a unit: "half an hour", "a half hour", "half a century" */
    {QMOD " half a|an hour", TX_N_FIXED, DU, "PT30M"},
    {QMOD " a? half ^-? hour", TX_N_FIXED, DU, "PT30M"},
    {QMOD " half a day", TX_N_FIXED, DU, "PT12H"},
    {QMOD " half a year", TX_N_FIXED, DU, "P6M"},
    {QMOD " half a decade", TX_N_FIXED, DU, "P5Y"},
    {QMOD " half a century", TX_N_FIXED, DU, "P50Y"},
    /* "a year-long inquiry", "a two-year-long war", "decades-long" (tried in round 5, not
     * kept); AP's one-word forms: "a weeklong strike" */
    {"hourlong", TX_N_FIXED, DU, "PT1H"},
    {"daylong", TX_N_FIXED, DU, "P1D"},
    {"weeklong", TX_N_FIXED, DU, "P1W"},
    {"monthlong", TX_N_FIXED, DU, "P1M"},
    {"yearlong", TX_N_FIXED, DU, "P1Y"},
    {"decadelong", TX_N_FIXED, DU, "P10Y"},
    /* "a couple of years", "the next couple of days" */
    {QMOD " the? past|last|next? a? couple of UNITS", TX_N_DUR, DU, "2"},
    {QMOD " a couple of UNITS ago|earlier", TX_N_AGO, D, "2"},
    /* "half a dozen years (ago)": six */
    {QMOD " half a dozen UNITS", TX_N_DUR, DU, "6"},
    {QMOD " half a dozen UNITS ago|earlier", TX_N_AGO, D, "6"},
    {"the? past|last|next? a? FEW UNIT", TX_N_DUR, DU, NULL},
    {"the past|last UNIT", TX_N_DUR, DU, NULL},
    {"recent UNIT", TX_N_FIXED, D, "PAST_REF"},
    /* A bare plural after "for"/"within": "for weeks", "within years"; after "in":
     * "the first time in years", "the worst in decades" */
    {"<for|within|in UNITS", TX_N_DUR, DU, "X"}, /* singular: "a recent week" is rare */
    /* ... and before "later", "after": "Hours later", "in the days before the vote" */
    {"UNITS >later|earlier", TX_N_DUR, DU, "X"},
    /* a stretch of unknown length: "for a while", "after a while" */
    {"<for|after|in a while", TX_N_FIXED, DU, "PXX"},
    /* "it will take years", "it took hours", "talks lasted days" */
    {"<take|takes|took|taking|taken|last|lasted|lasting|spent|spend UNITS", TX_N_DUR, DU, "X"},
    /* Sets. */
    {"every|each weekend", TX_N_FIXED, S, "XXXX-WXX-WE"}, /* as "cada fin de semana" */
    {"every|each NUM? UNIT", TX_N_SET, S, NULL},
    {"every other UNIT", TX_N_SET, S, "2"}, /* every second week: P2W */
    {"every FEW UNIT", TX_N_SET, S, NULL},  /* "every few years": PXY */
    /* a frequency: "twice a year", "three times a week" */
    {"once|twice a|an|per|each UNIT", TX_N_SET, S, NULL},
    {"NUM times a|an|per|each UNIT", TX_N_SET, S, "F"}, /* F: the count is no period */
    {"every|each MONTH", TX_N_SET_DAY, S, NULL},
    {"every|each spring", TX_N_FIXED, S, "XXXX-SP"}, /* "every summer": that season of each year */
    {"every|each summer", TX_N_FIXED, S, "XXXX-SU"},
    {"every|each fall|autumn", TX_N_FIXED, S, "XXXX-FA"},
    {"every|each winter", TX_N_FIXED, S, "XXXX-WI"},
    {"every|each WDAY PART?", TX_N_SET_DAY, S, NULL},
    /* plural weekdays and weekends: "closed on Sundays", "works weekends" */
    {"mondays", TX_N_FIXED, S, "XXXX-WXX-1"},
    {"tuesdays", TX_N_FIXED, S, "XXXX-WXX-2"},
    {"wednesdays", TX_N_FIXED, S, "XXXX-WXX-3"},
    {"thursdays", TX_N_FIXED, S, "XXXX-WXX-4"},
    {"fridays", TX_N_FIXED, S, "XXXX-WXX-5"},
    {"saturdays", TX_N_FIXED, S, "XXXX-WXX-6"},
    {"sundays", TX_N_FIXED, S, "XXXX-WXX-7"},
    {"weekends", TX_N_FIXED, S, "XXXX-WXX-WE"},
    /* round 15: the working days, as the weekends: "open every weekday", "on weekdays" */
    {"every|each weekday", TX_N_FIXED, S, "XXXX-WXX-WD"},
    {"weekdays", TX_N_FIXED, S, "XXXX-WXX-WD"},
    {"WDAY nights", TX_N_SET_DAY, S, "NI"},
    {"WDAY mornings", TX_N_SET_DAY, S, "MO"},
    {"WDAY afternoons", TX_N_SET_DAY, S, "AF"},
    {"WDAY evenings", TX_N_SET_DAY, S, "EV"},
    {"hourly", TX_N_FIXED, S, "PT1H"},
    {"daily", TX_N_FIXED, S, "P1D"},
    {"weekly", TX_N_FIXED, S, "P1W"},
    {"monthly", TX_N_FIXED, S, "P1M"},
    {"annually|yearly", TX_N_FIXED, S, "P1Y"},
    /* Times of day. */
    {"around? HOUR ^: ^MIN " AM, TX_N_TIME, T, "am"},
    {"around? HOUR " AM, TX_N_TIME, T, "am"},
    {"around? HOUR ^: ^MIN " PM, TX_N_TIME, T, "pm"},
    {"around? HOUR " PM, TX_N_TIME, T, "pm"},
    {"HOUR o ^' ^clock", TX_N_TIME, T, NULL},
    /* the part of the day says which half: "ten o'clock at night" */
    {"HOUR o ^' ^clock in the morning", TX_N_TIME, T, "am"},
    {"HOUR o ^' ^clock in the afternoon|evening", TX_N_TIME, T, "pm"},
    {"HOUR o ^' ^clock at night", TX_N_TIME, T, "pm"},
    /* ... also with the day: "nine o'clock tomorrow morning", "at ten this morning" */
    {"HOUR o ^' ^clock this morning", TX_N_TIME, T, "am"},
    {"HOUR o ^' ^clock DEIC morning", TX_N_TIME, T, "am"},
    {"HOUR o ^' ^clock this afternoon|evening", TX_N_TIME, T, "pm"},
    {"HOUR o ^' ^clock DEIC afternoon|evening|night", TX_N_TIME, T, "pm"},
    {"<at HOUR this morning", TX_N_TIME, T, "am"},
    {"<at HOUR DEIC morning", TX_N_TIME, T, "am"},
    {"<at HOUR this afternoon|evening", TX_N_TIME, T, "pm"},
    {"<at HOUR DEIC afternoon|evening|night", TX_N_TIME, T, "pm"},
    /* the hour as a word: "ten o'clock at night", "at nine this morning" */
    {"HOURW o ^' ^clock", TX_N_TIME, T, NULL},
    {"HOURW o ^' ^clock in the morning", TX_N_TIME, T, "am"},
    {"HOURW o ^' ^clock in the afternoon|evening", TX_N_TIME, T, "pm"},
    {"HOURW o ^' ^clock at night", TX_N_TIME, T, "pm"},
    {"HOURW o ^' ^clock this morning", TX_N_TIME, T, "am"},
    {"HOURW o ^' ^clock DEIC morning", TX_N_TIME, T, "am"},
    {"HOURW o ^' ^clock this afternoon|evening", TX_N_TIME, T, "pm"},
    {"HOURW o ^' ^clock DEIC afternoon|evening|night", TX_N_TIME, T, "pm"},
    {"<at HOURW this morning", TX_N_TIME, T, "am"},
    {"<at HOURW DEIC morning", TX_N_TIME, T, "am"},
    {"<at HOURW this afternoon|evening", TX_N_TIME, T, "pm"},
    {"<at HOURW DEIC afternoon|evening|night", TX_N_TIME, T, "pm"},
    {"HOUR ^:? ^MIN? " AMW, TX_N_TIME, T, "am"},
    {"HOUR ^:? ^MIN? " PMW, TX_N_TIME, T, "pm"},
    {"HOUR ^:? ^MIN? " AMW " ,|on? WDAY", TX_N_TIME, T, "am"},
    {"HOUR ^:? ^MIN? " PMW " ,|on? WDAY", TX_N_TIME, T, "pm"},
    {"HOUR ^:? ^MIN? " AMW " ,? DEIC", TX_N_TIME, T, "am"},
    {"HOUR ^:? ^MIN? " PMW " ,? DEIC", TX_N_TIME, T, "pm"},
    /* a 24-hour clock with its zone or after "at": "15:00 GMT", "at 17:30" */
    {"HOUR ^: ^MIN gmt|utc|bst|cet|et|edt|est|pt|pdt|pst", TX_N_TIME, T, NULL},
    {"<at|until|by|before|after|around|from HOUR ^: ^MIN", TX_N_TIME, T, NULL},
    {"HOUR ^: ^MIN gmt|utc|bst|cet|et|edt|est|pt|pdt|pst ,|on? WDAY", TX_N_TIME, T, NULL},
    /* the wire services' 24-hour clock: "0400 GMT", "2330 GMT Monday" */
    {"HHMM gmt|utc", TX_N_TIME, T, NULL},
    {"HHMM gmt|utc ,|on? WDAY", TX_N_TIME, T, NULL},
    /* A day after the time: 9 a.m. Tuesday, 5 p.m. EST Nov. 9, noon Thursday. */
    {"around? HOUR ^:? ^MIN? " AM " ,|on? WDAY", TX_N_TIME, T, "am"},
    {"around? HOUR ^:? ^MIN? " PM " ,|on? WDAY", TX_N_TIME, T, "pm"},
    {"around? HOUR ^:? ^MIN? " AM " ,? DEIC", TX_N_TIME, T, "am"},
    {"around? HOUR ^:? ^MIN? " PM " ,? DEIC", TX_N_TIME, T, "pm"},
    {"around? HOUR ^:? ^MIN? " AM " ,|on? MONTH ^.? DAY ,? YEAR?", TX_N_TIME, T, "am"},
    {"around? HOUR ^:? ^MIN? " PM " ,|on? MONTH ^.? DAY ,? YEAR?", TX_N_TIME, T, "pm"},
    {"around? noon|midday", TX_N_TIME, T, "noon"},
    {"around? noon|midday ,? WDAY", TX_N_TIME, T, "noon"},
    {"around? noon|midday ,? DEIC", TX_N_TIME, T, "noon"},
    {"around? midnight", TX_N_TIME, T, "midnight"},
    {"around? midnight ,? WDAY", TX_N_TIME, T, "midnight"},
    {"around? midnight ,? DEIC", TX_N_TIME, T, "midnight"},
    /* Vague references. */
    {"now|nowadays|currently", TX_N_FIXED, D, "PRESENT_REF"},
    {"these days", TX_N_FIXED, D, "PRESENT_REF"},
    {"<at the moment", TX_N_FIXED, D, "PRESENT_REF"},
    {"<at present", TX_N_FIXED, D, "PRESENT_REF"},
    {"recently|recent", TX_N_FIXED, D, "PAST_REF"},
    {"more recently", TX_N_FIXED, D, "PAST_REF"}, /* a comparison, in the extent */
    {"the past", TX_N_FIXED, D, "PAST_REF"},
    {"the other day", TX_N_FIXED, D, "PAST_REF"}, /* a recent day left unsaid */
    {"the future", TX_N_FIXED, D, "FUTURE_REF"},
    {"as soon as possible", TX_N_FIXED, D, "FUTURE_REF"},
    {"the near|immediate future", TX_N_FIXED, D, "FUTURE_REF"},
    {"the near|short term", TX_N_FIXED, D, "FUTURE_REF"},
    /* round 11: recall */
    /* years of unknown count: "over the years", "in the early years" */
    {"<over|in|during|through the MOD? years", TX_N_FIXED, DU, "PXY"},
    /* "soon" by a modal or "to" is a time ahead: "may soon seek", "soon will begin" (not
     * "will soon": TBAQ leaves it out, and a round-2 test has "will soon reopen" untagged) */
    {"<may|might|could|would|should|must|can|to soon", TX_N_FIXED, D, "FUTURE_REF"},
    {"soon >will|would|may|might|could|should|must|can", TX_N_FIXED, D, "FUTURE_REF"},
    /* the last day of the reference's year: "by year end", "around year-end", "by year's
     * end" (valued as the year, as "the end of the year" is, dev value F1 fell) */
    {"around? year end", TX_N_REL_UNIT, D, "9e"},
    {"around? year ^- ^end", TX_N_REL_UNIT, D, "9e"},
    {"around? year " APOS " ^s end", TX_N_REL_UNIT, D, "9e"},
    /* a unit's possessive is the current one: "the week's most active session" */
    {"the day >'|’ >s", TX_N_REL_UNIT, D, "4"},
    {"the week >'|’ >s", TX_N_REL_UNIT, D, "6"},
    {"the month >'|’ >s", TX_N_REL_UNIT, D, "7"},
    {"the year >'|’ >s", TX_N_REL_UNIT, D, "9"},
    /* names and idioms: the film and showdown "High Noon", the papers "USA Today" */
    {"high noon", TX_N_SKIP, T, NULL},
    {"usa|voa today", TX_N_SKIP, D, NULL},
    /* "the March on Washington", "the March for Life": a walk, not a month */
    {"the march >on|for|against", TX_N_SKIP, D, NULL},
    /* round 10: extents */
    /* an "of"-phrase before a decade or a century is in the extent, as "the end of the
     * year" is: "the last half of the '80s", "the end of the 1990s", "the start of the
     * 20th century"; the value is the decade or the century */
    {"the end|beginning|start|middle|dawn|close of the MOD? ^-? YEAR ^s", TX_N_DECADE, D, NULL},
    {"the end|beginning|start|middle|dawn|close of the MOD? ^-? ' ^YY ^s", TX_N_DECADE, D, NULL},
    {"the first|second|last|latter half of the YEAR ^s", TX_N_DECADE, D, NULL},
    {"the first|second|last|latter half of the ' ^YY ^s", TX_N_DECADE, D, NULL},
    {"the end|beginning|start|middle|dawn|close of the ORDN " ORDSUF " century", TX_N_CENTURY, D,
     NULL},
    {"the end|beginning|start|middle|dawn|close of the ORD century", TX_N_CENTURY, D, NULL},
    {"the first|second|last|latter half of the ORDN " ORDSUF " century", TX_N_CENTURY, D, NULL},
    {"the first|second|last|latter half of the ORD century", TX_N_CENTURY, D, NULL},
    /* a count left open is one timex: "a day or two", "a week or two ago" (as "a week or so"
     * since round 4); valued by its first count, as TBAQ values "a month" of "a month or
     * two" (PXM cost train value F1) */
    {QMOD " a|an|one UNIT or two|three", TX_N_DUR, DU, NULL},
    {QMOD " a|an|one UNIT or two ago|earlier", TX_N_AGO, D, NULL},
    /* n and a half with hyphens: "two-and-a-half years", "a two-and-a-half-hour wait" */
    {QMOD " NUM ^- ^and ^- ^a ^- ^half UNIT", TX_N_DUR, DU, "H"},
    {QMOD " NUM ^- ^and ^- ^a ^- ^half ^- ^UNIT", TX_N_DUR, DU, "H"},
    /* "the early hours of Sunday": the "of"-phrase is in the extent, valued as the day (as
     * "early Sunday"); not before a part of the day ("the early hours of Thursday
     * morning", where TBAQ tags "Thursday morning") */
    {"the early|small|wee hours of WDAY >!morning|afternoon|evening|night|,", TX_N_WDAY, D, NULL},
    {"the early|small|wee hours of MONTH ^.? DAY " ORDSUF " ,? YEAR?", TX_N_YMD, D, NULL},
    /* n and a half after "the past" or "more than" is one stretch: "the past year and a
     * half", "the last two and a half years", "more than a year and a half" */
    {QMOD " the? past|last|next|previous|coming|first a|an|one? UNIT and a half", TX_N_DUR, DU,
     "H"},
    {QMOD " the? past|last|next|previous|coming|first NUM and a half UNIT", TX_N_DUR, DU, "H"},
    {QMORE " a|an|one UNIT and a half", TX_N_DUR, DU, "H"},
    {QMORE " NUM and a half UNIT", TX_N_DUR, DU, "H"},
    {"at least|most a|an|one UNIT and a half", TX_N_DUR, DU, "H"},
    {"at least|most NUM and a half UNIT", TX_N_DUR, DU, "H"},
    {QMORE " a|an|one UNIT and a half ago|earlier", TX_N_AGO, D, "h"},
    {QMORE " NUM and a half UNIT ago|earlier", TX_N_AGO, D, "h"},
    /* the week or the weekend of a holiday is one timex: "Easter week", "the Labor Day
     * weekend", "over the Thanksgiving weekend" (not "the Christmas quarter") */
    {"the? this? REL? easter WKU", TX_N_HOLIDAY, D, "E+0"},
    {"the? this? REL? christmas WKU", TX_N_HOLIDAY, D, "12-25"},
    {"the? this? REL? thanksgiving WKU", TX_N_HOLIDAY, D, "11/4/4"},
    {"the? this? REL? labor day WKU", TX_N_HOLIDAY, D, "9/1/1"},
    {"the? this? REL? memorial day WKU", TX_N_HOLIDAY, D, "5/-1/1"},
    {"the? this? REL? independence day WKU", TX_N_HOLIDAY, D, "07-04"},
    {"the? this? REL? fourth of july WKU", TX_N_HOLIDAY, D, "07-04"},
    {"the? this? REL? presidents " APOS "? day WKU", TX_N_HOLIDAY, D, "2/3/1"},
    {"the? this? REL? columbus day WKU", TX_N_HOLIDAY, D, "10/2/1"},
    {"the? this? REL? martin luther king jr ^.? day WKU", TX_N_HOLIDAY, D, "1/3/1"},
    {"the? this? REL? martin luther king day WKU", TX_N_HOLIDAY, D, "1/3/1"},
    {"the? this? REL? new year " APOS " ^s WKU", TX_N_HOLIDAY, D, "01-01"},
    /* a weekday "of" the week a word names is one timex: "Tuesday of last week" (as the
     * Spanish "el martes de la semana pasada") */
    {"WDAY of REL week", TX_N_WDAY, D, "W"},
    /* "the week before last": two units back (not "the day before last Tuesday") */
    {"the UNIT before last >.|,|;|:|and|or|but|when|as|in|at|on|to|for|with", TX_N_AGO, D, "2"},
    /* "a week from today": as "a week from now" */
    {"NUM UNIT from today", TX_N_AGO, D, "+"},
    /* a clock hour with its day and part: "10 o'clock Friday night" is one time */
    {"HOUR o ^' ^clock on? WDAY morning", TX_N_TIME, T, "am"},
    {"HOUR o ^' ^clock on? WDAY afternoon|evening|night", TX_N_TIME, T, "pm"},
    {"HOURW o ^' ^clock on? WDAY morning", TX_N_TIME, T, "am"},
    {"HOURW o ^' ^clock on? WDAY afternoon|evening|night", TX_N_TIME, T, "pm"},
    /* a weekday with its day of the month: "on Tuesday the 26th" */
    {"WDAY ,? the DAY " ORDSUF, TX_N_DAY, D, NULL},
    /* round 13: a comparison period of a results report is one timex, as TimeML takes a
     * whole noun phrase: "the year-earlier nine months" is the stretch (not "year-earlier"
     * and a second "nine months"), "the quarter a year ago" the quarter four back */
    {"the year ^- ^ago|earlier NUM UNIT", TX_N_DUR, DU, NULL},
    {"the quarter|period a year ago|earlier", TX_N_LAST_Q, D, "-4"},
    /* two vague units joined are one stretch: "in recent weeks and months", "for days or
     * weeks" (a noun phrase, as TimeML takes it whole; was the first unit alone) */
    {"recent|coming UNITS and|or UNITS", TX_N_DUR, DU, "X"},
    /* a month word with "last" or "next" and its day is one date, the word in the extent as
     * in "last Friday" and its direction set by it: "shot last Oct. 23" (was "last Oct", the
     * month alone, and the day lost) */
    {"REL MONTH ^.? DAY " ORDSUF " ,? YEAR?", TX_N_YMD, D, NULL},
    /* round 14: recall of general kinds, each checked on the TBAQ tuning split */
    /* "the same day", "that same week": the day the story is at (the last one named), else
     * the reference, as "the next day" counts from it */
    {"the|that same UNIT", TX_N_NEXT, D, "0"},
    /* a bare plural before "after" is a stretch, as before "later": "hours after the vote"
     * (not before "before": TBAQ values "the days before the slaying" as a date, and dev
     * value F1 fell) */
    {"UNITS >after", TX_N_DUR, DU, "X"},
    /* round 15: the second of two vague stretches: "for months, if not years", "weeks or even
     * months" */
    {"<not|even UNITS", TX_N_DUR, DU, "X"},
    /* "the early morning hours of Sunday" is one timex, as "the early hours of Sunday" */
    {"the early morning hours of WDAY", TX_N_WDAY, D, NULL},
    {"the early morning hours of MONTH ^.? DAY " ORDSUF " ,? YEAR?", TX_N_YMD, D, NULL},
    /* a run of units: "five straight days", "three consecutive years" */
    {QMOD " NUM straight|consecutive|successive UNIT", TX_N_DUR, DU, NULL},
    /* a bare plural after "been" or before "away": "it has been years since", "the plan is
     * still months away" */
    {"<been UNITS", TX_N_DUR, DU, "X"},
    {"UNITS >away", TX_N_DUR, DU, "X"},
    /* a quarter of a century is 25 years (was "a century", P100Y) */
    {QMOD " a quarter of a|one century", TX_N_FIXED, DU, "P25Y"},
    {QMOD " a quarter century", TX_N_FIXED, DU, "P25Y"},
    /* "over" before a count and "ago" is "more than": "just over a year ago" (was "over a
     * year", a duration, and "ago" lost); "well over a decade" as "just over an hour" */
    {"over|under NUM UNIT ago|earlier", TX_N_AGO, D, NULL},
    {"<well over NUM UNIT", TX_N_DUR, DU, NULL},
    /* a vague count of times is a set as a numbered one is: "several times a year" */
    {"a? several|few|many times a|an|per|each UNIT", TX_N_SET, S, NULL},
    /* a quarter named by its months is one timex: "the July-September quarter" (was two
     * months) */
    {"the? MONTH ^.? ^- ^MONTH ^.? quarter", TX_N_QUARTER, D, NULL},
    /* the final quarter of a year written or named: "the final quarter of 2012", "the last
     * quarter of next year" (was the year alone) */
    {"the? final|last quarter of YEAR", TX_N_QUARTER, D, "L"},
    {"the? final|last quarter of REL year", TX_N_QUARTER, D, "L"},
    /* a clock time with its part of the day is one time: "8:30 in the morning", "at 3 in the
     * afternoon" (a bare hour only after "at"; it is on the day the story is at, see
     * `time_story_day` in timex.c: on the reference, dev value F1 fell) */
    {"HOUR ^: ^MIN in the morning", TX_N_TIME, T, "am"},
    {"HOUR ^: ^MIN in the afternoon|evening", TX_N_TIME, T, "pm"},
    {"HOUR ^: ^MIN at night", TX_N_TIME, T, "pm"},
    {"<at HOUR in the morning", TX_N_TIME, T, "am"},
    {"<at HOUR in the afternoon|evening", TX_N_TIME, T, "pm"},
    {"<at HOUR at night", TX_N_TIME, T, "pm"},
    /* "the following two years" is one stretch, as "the next two years" */
    {QMOD " the following NUM ^-? UNIT", TX_N_DUR, DU, NULL},
    /* what is left of a period is one timex, as "the end of the year": "the rest of the
     * year", "the remainder of this week", "the balance of 2013" */
    {"the rest|remainder|balance of the|this UNIT", TX_N_REL_UNIT, D, NULL},
    {"the rest|remainder|balance of REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"the rest|remainder|balance of YEAR", TX_N_Y, D, NULL},
    /* a season of a year a word names is one date: "the fall of last year" (was "last year"
     * alone) */
    {"the? MOD? SEASON of REL year", TX_N_SEASON, D, "Y"},
    /* a count of times with the adverb is one set, as "twice a day": "twice daily" */
    {"once|twice|thrice daily", TX_N_FIXED, S, "P1D"},
    {"once|twice|thrice weekly", TX_N_FIXED, S, "P1W"},
    {"once|twice|thrice monthly", TX_N_FIXED, S, "P1M"},
    {"once|twice|thrice annually|yearly", TX_N_FIXED, S, "P1Y"},
    {"NUM times daily", TX_N_FIXED, S, "P1D"},
    /* "every other Tuesday": a weekday of every second week (was the weekday alone) */
    {"every other WDAY", TX_N_SET_DAY, S, NULL},
    /* "that time" after a preposition names a time the text spoke of: "at that time",
     * "during that time" (not "at the time": one untagged in dev, and dev strict fell) */
    {"<at|by|since|until|from|during that time", TX_N_FIXED, D, "PAST_REF"},
    /* midnight or noon on a weekday is one time, as "5 p.m. on Tuesday" */
    {"around? midnight on WDAY", TX_N_TIME, T, "midnight"},
    {"around? noon|midday on WDAY", TX_N_TIME, T, "noon"},
    /* round 20: ... and on a date, as "4 p.m. on Dec. 31" (was "midnight" on the reference
     * day and the date apart) */
    {"around? midnight on|of? MONTH ^.? DAY ,? YEAR?", TX_N_TIME, T, "midnight"},
    {"around? noon|midday on|of? MONTH ^.? DAY ,? YEAR?", TX_N_TIME, T, "noon"},
    /* round 16 (timex16: modern wire news of our own, eval/dates/en-news.txt) */
    /* a comparison period named with "last year" is one timex, the quarter four back (was
     * "last year" alone): "from $5.9 billion in the same period last year" */
    {"the same|comparable|corresponding quarter|period of? the? last|previous|prior year",
     TX_N_LAST_Q, D, "-4"},
    {"the same|comparable|corresponding quarter|period a year ago|earlier", TX_N_LAST_Q, D, "-4"},
    /* ... and a month: the month the story is at, a year back ("exports grew in August from
     * the same month last year"; was "the same month", valued as August itself) */
    {"the same month of? the? last|previous|prior UNIT", TX_N_NEXT, D, "M"},
    {"the same month a UNIT ago|earlier", TX_N_NEXT, D, "M"},
    /* "the prior quarter": the one before the quarter the text named, else the reference's
     * (as "el trimestre anterior"); "the prior year", as "the previous year" */
    {"the prior quarter", TX_N_LAST_Q, D, "P"},
    {"the prior UNIT", TX_N_NEXT, D, "-Y"},
    /* a fiscal quarter named by its last month: "the June quarter" */
    {"the MONTH quarter", TX_N_QUARTER, D, NULL},
    /* "the final quarter" with no year is the fourth (not "the last quarter": the one before) */
    {"the final quarter", TX_N_QUARTER, D, "L"},
    /* "a single day": one unit */
    {"a single UNIT", TX_N_DUR, DU, NULL},
    /* "the first nine months of the year": the year is the current one, as "for the year" (TBAQ
     * tags it on its own) */
    {"<of the year", TX_N_REL_UNIT, D, "9"},
    /* round 20: a comparison period of a written year is one timex, the quarter under
     * discussion in that year, else the year ("from the same quarter of 2006"; was "the same
     * quarter", valued as the reference's, and "2006") */
    {"the same|comparable|corresponding quarter|period of|in YEAR", TX_N_QUARTER, D, "Y"},
    /* a month of the year last written: "in June of that year" (was the reference's June) */
    {"MONTH of that same? year", TX_N_THAT_YEAR, D, NULL},
    {"MONTH of the same year", TX_N_THAT_YEAR, D, NULL},
    {"MONTH that same? year", TX_N_THAT_YEAR, D, NULL},
    /* ... and a day of the month last named: "in February ... on the 24th of that month" */
    {"the DAY ^st|nd|rd|th of that same? UNIT", TX_N_NEXT, D, "0"},
    /* a unit as the adjective "UNIT-long" is one unit: "a year-long mission", "their third
     * day-long meeting" (TBAQ and en_news tag both; was none) */
    {"UNIT ^- ^long", TX_N_DUR, DU, "1"},
    {"NUM ^- ^UNIT ^- ^long", TX_N_DUR, DU, NULL}, /* "a two-week-long strike" */
    {"yearlong|year-long", TX_N_FIXED, DU, "P1Y"},
    {"monthlong", TX_N_FIXED, DU, "P1M"},
    {"weeklong", TX_N_FIXED, DU, "P1W"},
    {"daylong", TX_N_FIXED, DU, "P1D"},
    /* a distance is no timex: "120 light-years away" (was "years", PXY) */
    {"light ^- ^UNIT", TX_N_SKIP, DU, NULL},
    /* round 25 (timex25: 2013-style wire reports of our own, eval/dates/en-news2.txt) */
    /* a week a market or a team closes is the current one: "the Dow ended the week down 2
     * percent" (as "for the week"; was none) */
    {"<ended|ending|ends|end|finished|closed the week", TX_N_REL_UNIT, D, "6"},
    /* a bound "up to" is part of a count, as "at least" (TBAQ "up to 180 days", 2 in, none
     * out): "she faces up to 20 years in prison" (was "20 years") */
    {"up to NUM ^-? UNIT", TX_N_DUR, DU, NULL},
    /* a half of the year alone is one in a text that named a quarter (a results report):
     * "expects to cut more jobs in the first half" (not "the first half of the game", nor a
     * game's half in a text with no quarter) */
    {"the first half >!of|-", TX_N_HALF, D, "1Q"},
    {"the second half >!of|-", TX_N_HALF, D, "2Q"},
    /* round 26 (timex33: bulletins, science, courts and sport of our own,
     * eval/dates/en-news3.txt) */
    /* a part of the day after "in", "during" or "through" is that part of the day the story is
     * at, else the reference's: "searched through the night" after a quake "at 11:52 p.m.
     * Monday", "placed heavy buy orders in the morning to start" (TBAQ, en_news; was none);
     * only before a clause's end or a function word: not "the night of Oct. 23", "the
     * afternoon session" */
    {"<in|during|through|throughout|into the PART "
     ">,|.|;|:|and|but|to|when|as|after|before|at|in|into|with|while|until",
     TX_N_NEXT, T, "0d"},
};

/* Regular past tense and participle: reported, announced. */
static const char *const past_endings[] = {"ed"};

const struct tx_lang timex_lang_en = {"en", lex, N(lex), rules, N(rules), NULL, 0,
                                      past_endings, N(past_endings)};
