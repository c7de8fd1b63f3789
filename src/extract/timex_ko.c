/*
 * timex_ko.c - Korean lexicon and rules of the temporal tagger. Korean writes
 * dates with Arabic digits and the syllables 년 (year), 월 (month), 일 (day):
 * "2024년 3월 12일", "3월 12일", "12일" (a day of the month left unsaid);
 * days next to the reference ("어제", "오늘", "내일", "그제", "모레");
 * relation words before a unit ("지난주", "이번 주", "다음 달", "작년",
 * "올해", "내년"); weekdays ("월요일"); times ("오후 3시 30분"); spans back
 * and ahead ("3년 전", "3일 후"); durations ("3시간", "6개월"); sets ("매일");
 * vague references ("현재", "최근"). Each Hangul syllable is a token of its
 * own, so a pattern lists one element per syllable; words are spaced, and
 * particles glue after a date ("12일에", "3월부터"), which timex.c allows,
 * while a syllable glued before a match refuses it (the inside of a word).
 * Written from general usage; there is no Korean evaluation set.
 */
#include "extract/timex_int.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/*
 * Units; TX_PLURAL (the matcher's UNITS) marks the ones a relation word
 * takes: 주 (week), 달 (month), 해 and 년 (year): "지난주", "다음 달", "올해".
 */
static const struct tx_lex lex[] = {
    {"년", TX_UNIT, TX_U_YEAR},
    {"년", TX_PLURAL, 0},
    {"해", TX_UNIT, TX_U_YEAR},
    {"해", TX_PLURAL, 0},
    {"월", TX_UNIT, TX_U_MONTH},
    {"달", TX_UNIT, TX_U_MONTH},
    {"달", TX_PLURAL, 0},
    {"주", TX_UNIT, TX_U_WEEK},
    {"주", TX_PLURAL, 0},
    {"일", TX_UNIT, TX_U_DAY},
    {"시", TX_UNIT, TX_U_HOUR},
    {"분", TX_UNIT, TX_U_MIN},
    {"초", TX_UNIT, TX_U_SEC},
    /* relations: 작년, 지난 (-1); 올해, 이번 (0); 내년, 다음 (+1); the syllable that
     * decides, the other one is a literal of the rule */
    {"작", TX_REL, -1},
    {"난", TX_REL, -1},
    {"올", TX_REL, 0},
    {"번", TX_REL, 0},
    {"내", TX_REL, 1},
    {"음", TX_REL, 1},
    /* native numbers before a counted unit: 한 달, 두 달, 세 시간, 네 해 */
    {"한", TX_NUM, 1},
    {"두", TX_NUM, 2},
    {"세", TX_NUM, 3},
    {"네", TX_NUM, 4},
    /* weekdays before 요일 */
    {"월", TX_WDAY, 1},
    {"화", TX_WDAY, 2},
    {"수", TX_WDAY, 3},
    {"목", TX_WDAY, 4},
    {"금", TX_WDAY, 5},
    {"토", TX_WDAY, 6},
    {"일", TX_WDAY, 7},
};

#define D TD_TIMEX_DATE
#define T TD_TIMEX_TIME
#define DU TD_TIMEX_DURATION
#define S TD_TIMEX_SET

/* On a tie between rules of one length the first wins: dates before durations. */
static const struct tx_rule rules[] = {
    /* Dates: 2024년 3월 12일, 2024년 3월, 작년 3월, 3월 12일, 12일, 2024년, 3월. */
    {"YEAR 년 MM 월 DAY 일", TX_N_YMD, D, NULL},
    {"YEAR 년 MM 월", TX_N_YM, D, NULL},
    {"REL UNITS MM 월 DAY 일", TX_N_YMD, D, "Y"},
    {"REL UNITS MM 월", TX_N_YM, D, "Y"},
    {"지 REL UNITS MM 월 DAY 일", TX_N_YMD, D, "Y"},
    {"지 REL UNITS MM 월", TX_N_YM, D, "Y"},
    /* 지난 3일, 지난 3월 12일 (the 3rd, March 12 gone by), 지난 3월 (the last March) */
    {"지 REL DAY 일", TX_N_DAY, D, NULL},
    {"지 REL MM 월 DAY 일", TX_N_YMD, D, NULL},
    {"지 REL MM 월", TX_N_REL_MONTH, D, NULL},
    {"MM 월 DAY 일", TX_N_YMD, D, NULL},
    {"YEAR ^- ^MM ^- ^DAY", TX_N_YMD, D, NULL},
    {"YEAR ^. ^MM ^. ^DAY", TX_N_YMD, D, NULL},
    {"MM 월", TX_N_YM, D, NULL},
    {"YEAR 년", TX_N_Y, D, NULL},
    /* a count before 동안 (during) is a span: "3일 동안" (the span is 3일) */
    {"NUM UNIT >동 >안", TX_N_DUR, DU, NULL},
    {"DAY 일", TX_N_DAY, D, NULL},
    {"YEAR 년 대", TX_N_DECADE, D, NULL},
    /* Halves and quarters: 상반기, 올해 하반기, 2024년 상반기, 3분기, 올해 1분기. */
    {"상 반 기", TX_N_HALF, D, "1"},
    {"하 반 기", TX_N_HALF, D, "2"},
    {"YEAR 년 상 반 기", TX_N_HALF, D, "1"},
    {"YEAR 년 하 반 기", TX_N_HALF, D, "2"},
    {"REL UNITS 상 반 기", TX_N_HALF, D, "1"},
    {"REL UNITS 하 반 기", TX_N_HALF, D, "2"},
    {"제? QN 분 기", TX_N_QUARTER, D, NULL},
    {"YEAR 년 제? QN 분 기", TX_N_QUARTER, D, NULL},
    {"REL UNITS 제? QN 분 기", TX_N_QUARTER, D, NULL},
    /* Days next to the reference: 그제, 그저께, 어제, 오늘, 내일, 모레; 오늘날 (nowadays). */
    {"그 제", TX_N_DEIC, D, "-2"},
    {"그 저 께", TX_N_DEIC, D, "-2"},
    {"어 제", TX_N_DEIC, D, "-1"},
    {"오 늘", TX_N_DEIC, D, "+0"},
    {"내 ^일", TX_N_DEIC, D, "+1"},
    {"모 레", TX_N_DEIC, D, "+2"},
    {"오 늘 날", TX_N_FIXED, D, "PRESENT_REF"},
    /* Relation and unit: 작년, 내년, 올해, 지난해, 지난주, 이번 주, 다음 달, 지난달. */
    {"REL UNITS", TX_N_REL_UNIT, D, NULL},
    {"지 REL UNITS", TX_N_REL_UNIT, D, NULL},
    {"이 REL UNITS", TX_N_REL_UNIT, D, NULL},
    {"다 REL UNITS", TX_N_REL_UNIT, D, NULL},
    /* Anchored: 당일, 그날 (that day), 전날 (the day before), 다음 날, 이튿날 (the day after). */
    {"당 일", TX_N_NEXT, D, "0r"},
    {"그 날", TX_N_NEXT, D, "0r"},
    {"전 날", TX_N_NEXT, D, "-d"},
    {"다 음 날", TX_N_NEXT, D, "+d"},
    {"이 튿 날", TX_N_NEXT, D, "+d"},
    /* Weekdays: 월요일, 지난주 화요일, 다음 주 금요일, 이번 주 수요일. */
    {"WDAY 요 일", TX_N_WDAY, D, NULL},
    {"지|이|다 REL 주 WDAY 요 일", TX_N_WDAY, D, "W"},
    /* Times: 오전 9시, 오후 3시 30분, 3시 반 (half past), 15시 20분, 14:30. */
    {"오 전 HOUR 시 MIN? 분?", TX_N_TIME, T, "am"},
    {"오 후 HOUR 시 MIN? 분?", TX_N_TIME, T, "pm"},
    {"HOUR 시 반", TX_N_TIME, T, "+30"},
    {"HOUR 시 MIN 분", TX_N_TIME, T, NULL},
    {"HOUR 시", TX_N_TIME, T, NULL},
    {"HOUR ^: ^MIN", TX_N_TIME, T, NULL},
    /* Back and ahead: 3년 전, 3개월 전, 5시간 전, 3일 후, 2주 뒤. */
    {"NUM UNIT 전", TX_N_AGO, D, NULL},
    {"NUM 개 UNIT 전", TX_N_AGO, D, NULL},
    {"NUM UNIT 간 전", TX_N_AGO, D, NULL},
    {"NUM UNIT 후|뒤", TX_N_AGO, D, "+"},
    {"NUM 개 UNIT 후|뒤", TX_N_AGO, D, "+"},
    {"NUM UNIT 간 후|뒤", TX_N_AGO, D, "+"},
    /* Not spans: 한 일 (the deed), 두 분 (two persons), 세 시 (three o'clock in words). */
    {"한|두|세|네 일|시|분|초|년|월", TX_N_SKIP, D, NULL},
    /* Durations: 3시간, 30분, 6개월, 3년간, 두 달, 3주. */
    {"NUM UNIT 간", TX_N_DUR, DU, NULL},
    {"NUM 개 UNIT 간?", TX_N_DUR, DU, NULL},
    {"NUM UNIT", TX_N_DUR, DU, NULL},
    /* Sets: 매일, 매주, 매달, 매월, 매년. */
    {"매 UNIT", TX_N_SET, S, NULL},
    /* Vague references: 현재, 지금 (now), 최근 (lately), 앞으로 (from now on). */
    {"현 재", TX_N_FIXED, D, "PRESENT_REF"},
    {"지 금", TX_N_FIXED, D, "PRESENT_REF"},
    {"최 근", TX_N_FIXED, D, "PAST_REF"},
    {"앞 으 로", TX_N_FIXED, D, "FUTURE_REF"},
};

const struct tx_lang timex_lang_ko = {"ko", lex, N(lex), rules, N(rules), NULL, 0, NULL, 0};
