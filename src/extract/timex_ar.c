/*
 * timex_ar.c - Arabic lexicon and rules of the temporal tagger: dates with
 * either series of month names ("12 مارس 2024", "12 آذار 2024", "كانون
 * الثاني", which timex_token.c folds into one token) and Arabic-Indic
 * digits (timex_token.c reads them as digits, offsets unchanged); "عام
 * 2021"; days next to the reference ("أمس", "اليوم", "غدا", "أول أمس");
 * "الأسبوع الماضي", "الشهر المقبل"; weekdays with or without "يوم"; "قبل
 * ثلاث سنوات", "منذ يومين" (a dual counts two); times ("الساعة الثالثة",
 * "الساعة 15:30"); durations, sets, vague references. The prefixes و ف ب ل ك
 * glued before a date word are stripped in timex_token.c ("بالأمس").
 * Written from general usage of news Arabic; there is no Arabic evaluation set.
 */
#include "extract/timex_int.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct tx_lex lex[] = {
    {"يناير", TX_MONTH, 1}, {"فبراير", TX_MONTH, 2}, {"مارس", TX_MONTH, 3},
    {"أبريل", TX_MONTH, 4}, {"ابريل", TX_MONTH, 4}, {"إبريل", TX_MONTH, 4},
    {"مايو", TX_MONTH, 5}, {"يونيو", TX_MONTH, 6}, {"يونيه", TX_MONTH, 6},
    {"يوليو", TX_MONTH, 7}, {"يوليه", TX_MONTH, 7}, {"أغسطس", TX_MONTH, 8},
    {"اغسطس", TX_MONTH, 8}, {"سبتمبر", TX_MONTH, 9}, {"أكتوبر", TX_MONTH, 10},
    {"اكتوبر", TX_MONTH, 10}, {"نوفمبر", TX_MONTH, 11}, {"ديسمبر", TX_MONTH, 12},
    /* the Levantine series; the two-word names are folded in timex_token.c */
    {"شباط", TX_MONTH, 2}, {"آذار", TX_MONTH, 3}, {"نيسان", TX_MONTH, 4},
    {"أيار", TX_MONTH, 5}, {"حزيران", TX_MONTH, 6}, {"تموز", TX_MONTH, 7},
    {"آب", TX_MONTH, 8}, {"أيلول", TX_MONTH, 9},
    {"الاثنين", TX_WDAY, 1}, {"الإثنين", TX_WDAY, 1}, {"الثلاثاء", TX_WDAY, 2},
    {"الأربعاء", TX_WDAY, 3}, {"الاربعاء", TX_WDAY, 3}, {"الخميس", TX_WDAY, 4},
    {"الجمعة", TX_WDAY, 5}, {"السبت", TX_WDAY, 6}, {"الأحد", TX_WDAY, 7},
    {"الاحد", TX_WDAY, 7},
    {"واحد", TX_NUM, 1}, {"اثنين", TX_NUM, 2}, {"اثنان", TX_NUM, 2}, {"ثلاث", TX_NUM, 3},
    {"ثلاثة", TX_NUM, 3}, {"أربع", TX_NUM, 4}, {"أربعة", TX_NUM, 4}, {"خمس", TX_NUM, 5},
    {"خمسة", TX_NUM, 5}, {"ست", TX_NUM, 6}, {"ستة", TX_NUM, 6}, {"سبع", TX_NUM, 7},
    {"سبعة", TX_NUM, 7}, {"ثماني", TX_NUM, 8}, {"ثمانية", TX_NUM, 8}, {"تسع", TX_NUM, 9},
    {"تسعة", TX_NUM, 9}, {"عشر", TX_NUM, 10}, {"عشرة", TX_NUM, 10},
    /* the hours "الساعة الثالثة" (three o'clock): feminine ordinals as numbers */
    {"الواحدة", TX_NUM, 1}, {"الثانية", TX_NUM, 2}, {"الثالثة", TX_NUM, 3},
    {"الرابعة", TX_NUM, 4}, {"الخامسة", TX_NUM, 5}, {"السادسة", TX_NUM, 6},
    {"السابعة", TX_NUM, 7}, {"الثامنة", TX_NUM, 8}, {"التاسعة", TX_NUM, 9},
    {"العاشرة", TX_NUM, 10},
    /* quarters: "الربع الأول" */
    {"الأول", TX_ORD, 1}, {"الاول", TX_ORD, 1}, {"الثاني", TX_ORD, 2},
    {"الثالث", TX_ORD, 3}, {"الرابع", TX_ORD, 4},
    {"ثانية", TX_UNIT, TX_U_SEC}, {"ثوان", TX_UNIT, TX_U_SEC},
    {"دقيقة", TX_UNIT, TX_U_MIN}, {"دقائق", TX_UNIT, TX_U_MIN},
    {"ساعة", TX_UNIT, TX_U_HOUR}, {"ساعات", TX_UNIT, TX_U_HOUR},
    {"يوم", TX_UNIT, TX_U_DAY}, {"أيام", TX_UNIT, TX_U_DAY}, {"يوما", TX_UNIT, TX_U_DAY},
    {"يوماً", TX_UNIT, TX_U_DAY}, {"أسبوع", TX_UNIT, TX_U_WEEK},
    {"أسابيع", TX_UNIT, TX_U_WEEK}, {"الأسبوع", TX_UNIT, TX_U_WEEK},
    {"شهر", TX_UNIT, TX_U_MONTH}, {"أشهر", TX_UNIT, TX_U_MONTH},
    {"شهور", TX_UNIT, TX_U_MONTH}, {"شهرا", TX_UNIT, TX_U_MONTH},
    {"شهراً", TX_UNIT, TX_U_MONTH}, {"الشهر", TX_UNIT, TX_U_MONTH},
    {"عام", TX_UNIT, TX_U_YEAR}, {"أعوام", TX_UNIT, TX_U_YEAR}, {"عاما", TX_UNIT, TX_U_YEAR},
    {"عاماً", TX_UNIT, TX_U_YEAR}, {"العام", TX_UNIT, TX_U_YEAR},
    {"سنة", TX_UNIT, TX_U_YEAR}, {"سنوات", TX_UNIT, TX_U_YEAR},
    {"السنة", TX_UNIT, TX_U_YEAR}, {"عقد", TX_UNIT, TX_U_DECADE},
    {"عقود", TX_UNIT, TX_U_DECADE}, {"قرن", TX_UNIT, TX_U_CENTURY},
    {"قرون", TX_UNIT, TX_U_CENTURY},
    /* duals: two of the unit ("يومين", two days); TX_PLURAL marks them for UNITS */
    {"يومين", TX_UNIT, TX_U_DAY}, {"يومين", TX_PLURAL, 0},
    {"أسبوعين", TX_UNIT, TX_U_WEEK}, {"أسبوعين", TX_PLURAL, 0},
    {"شهرين", TX_UNIT, TX_U_MONTH}, {"شهرين", TX_PLURAL, 0},
    {"عامين", TX_UNIT, TX_U_YEAR}, {"عامين", TX_PLURAL, 0},
    {"سنتين", TX_UNIT, TX_U_YEAR}, {"سنتين", TX_PLURAL, 0},
    {"ساعتين", TX_UNIT, TX_U_HOUR}, {"ساعتين", TX_PLURAL, 0},
    {"صباح", TX_PART, TX_P_MO}, {"الصباح", TX_PART, TX_P_MO}, {"مساء", TX_PART, TX_P_EV},
    {"المساء", TX_PART, TX_P_EV}, {"ليلة", TX_PART, TX_P_NI}, {"الليلة", TX_PART, TX_P_NI},
    {"أمس", TX_DEIC, -1}, {"امس", TX_DEIC, -1}, {"الأمس", TX_DEIC, -1},
    {"البارحة", TX_DEIC, -1}, {"اليوم", TX_DEIC, 0}, {"غدا", TX_DEIC, 1},
    {"غداً", TX_DEIC, 1},
    {"الماضي", TX_REL, -1}, {"الماضية", TX_REL, -1}, {"المنصرم", TX_REL, -1},
    {"المنصرمة", TX_REL, -1}, {"الفائت", TX_REL, -1}, {"الفائتة", TX_REL, -1},
    {"المقبل", TX_REL, 1}, {"المقبلة", TX_REL, 1}, {"القادم", TX_REL, 1},
    {"القادمة", TX_REL, 1}, {"الحالي", TX_REL, 0}, {"الحالية", TX_REL, 0},
    {"الجاري", TX_REL, 0}, {"الجارية", TX_REL, 0}, {"هذا", TX_REL, 0}, {"هذه", TX_REL, 0},
    {"عدة", TX_FEW, 1}, {"بضعة", TX_FEW, 1}, {"بضع", TX_FEW, 1},
    {"أوائل", TX_MOD, 0}, {"مطلع", TX_MOD, 0}, {"منتصف", TX_MOD, 0}, {"أواخر", TX_MOD, 0},
    {"نهاية", TX_MOD, 0}, {"بداية", TX_MOD, 0},
    /* tense cues for a bare weekday */
    {"سوف", TX_FUTURE, 1}, {"المقرر", TX_FUTURE, 1}, {"كان", TX_PAST, 1},
    {"كانت", TX_PAST, 1},
};

#define D TD_TIMEX_DATE
#define T TD_TIMEX_TIME
#define DU TD_TIMEX_DURATION
#define S TD_TIMEX_SET

/* On a tie between rules of one length the first wins. */
static const struct tx_rule rules[] = {
    /* Dates: 12 مارس 2024, 12 مارس/آذار 2024, يوم الأحد 12 مارس, 12/3/2024. */
    {"يوم? WDAY? DAY MONTH YEAR?", TX_N_YMD, D, NULL},
    {"يوم? WDAY? DAY MONTH ^/ ^MONTH YEAR?", TX_N_YMD, D, NULL},
    /* the first of the month: "الأول من نوفمبر/تشرين الثاني" */
    {"DAYW من MONTH YEAR?", TX_N_YMD, D, NULL},
    {"DAYW من MONTH ^/ ^MONTH YEAR?", TX_N_YMD, D, NULL},
    {"DAY ^/|- ^MM ^/|- ^YEAR", TX_N_YMD, D, NULL},
    {"YEAR ^- ^MM ^- ^DAY", TX_N_YMD, D, NULL},
    {"شهر? MONTH YEAR", TX_N_YM, D, NULL},
    {"شهر? MONTH ^/ ^MONTH YEAR?", TX_N_YM, D, NULL},
    /* a month name alone only after "شهر" or a preposition ("مارس" is also a verb) */
    {"شهر MONTH", TX_N_YM, D, NULL},
    {"<في|منذ|حتى|خلال|قبل|بعد MONTH", TX_N_YM, D, NULL},
    {"MONTH REL", TX_N_REL_MONTH, D, NULL},
    {"MONTH ^/ ^MONTH REL", TX_N_REL_MONTH, D, NULL},
    /* of the year named: "يوليو/تموز من العام الماضي" (July of last year) */
    {"شهر? MONTH من UNIT REL", TX_N_YM, D, "Y"},
    {"شهر? MONTH ^/ ^MONTH من UNIT REL", TX_N_YM, D, "Y"},
    {"عام|العام|سنة YEAR", TX_N_Y, D, NULL},
    /* Early / mid / late: مطلع مارس, منتصف عام 2020, نهاية العام الماضي. */
    {"MOD شهر? MONTH YEAR?", TX_N_YM, D, NULL},
    {"MOD عام|العام? YEAR", TX_N_Y, D, NULL},
    {"MOD UNIT REL?", TX_N_REL_UNIT, D, NULL},
    {"YEAR", TX_N_Y, D, NULL},
    /* Quarters: الربع الأول من عام 2024, الربع الثالث. */
    {"الربع ORD من? عام? YEAR?", TX_N_QUARTER, D, NULL},
    {"الربع ORD من UNIT REL", TX_N_QUARTER, D, NULL},
    /* Days next to the reference: أمس, اليوم, غدا, أول أمس, بعد غد, مساء أمس. */
    {"DEIC", TX_N_DEIC, D, NULL},
    {"أول أمس|امس|الأمس", TX_N_DEIC, D, "-2"},
    {"بعد غد", TX_N_DEIC, D, "+2"},
    {"PART DEIC", TX_N_DEIC, T, NULL},
    {"DEIC PART", TX_N_DEIC, T, NULL},
    /* from the last day the text named: "اليوم التالي", "في اليوم السابق" */
    {"اليوم التالي", TX_N_NEXT, D, "+d"},
    {"اليوم السابق", TX_N_NEXT, D, "-d"},
    /* Weekdays: الاثنين, يوم الاثنين, الأحد الماضي, يوم الجمعة المقبل. */
    {"يوم? WDAY", TX_N_WDAY, D, NULL},
    {"يوم? WDAY REL", TX_N_WDAY, D, NULL},
    {"PART يوم? WDAY", TX_N_WDAY, T, NULL},
    /* Relation and unit: الأسبوع الماضي, الشهر المقبل, العام الماضي, هذا العام. */
    {"UNIT REL", TX_N_REL_UNIT, D, NULL},
    {"REL UNIT", TX_N_REL_UNIT, D, NULL},
    /* Back and ahead: قبل ثلاث سنوات, منذ 15 عاما, منذ يومين, بعد ثلاثة أيام. */
    {"قبل|منذ NUM UNIT", TX_N_AGO, D, NULL},
    {"قبل|منذ UNITS", TX_N_AGO, D, "2"},
    {"قبل|منذ FEW UNIT", TX_N_AGO, D, NULL},
    {"بعد NUM UNIT", TX_N_AGO, D, "+"},
    {"بعد UNITS", TX_N_AGO, D, "+2"},
    /* Times: الساعة الثالثة (مساء), الساعة 15:30, الساعة 9 صباحا. */
    {"الساعة HOURW", TX_N_TIME, T, NULL},
    {"الساعة HOURW مساء|مساءً|ليلا|ليلاً", TX_N_TIME, T, "pm"},
    {"الساعة HOURW صباحا|صباحاً", TX_N_TIME, T, NULL},
    {"الساعة HOUR ^: ^MIN", TX_N_TIME, T, NULL},
    {"الساعة HOUR", TX_N_TIME, T, NULL},
    {"الساعة HOUR مساء|مساءً", TX_N_TIME, T, "pm"},
    {"الساعة HOUR صباحا|صباحاً", TX_N_TIME, T, NULL},
    /* Durations: ثلاثة أيام, 15 عاما, يومين, عدة أسابيع. */
    {"NUM UNIT", TX_N_DUR, DU, NULL},
    {"UNITS", TX_N_DUR, DU, "2"},
    {"FEW UNIT", TX_N_DUR, DU, NULL},
    /* Sets: كل يوم, كل أسبوع, يوميا, سنويا. */
    {"كل UNIT", TX_N_SET, S, NULL},
    {"يوميا|يومياً", TX_N_FIXED, S, "P1D"},
    {"أسبوعيا|أسبوعياً", TX_N_FIXED, S, "P1W"},
    {"شهريا|شهرياً", TX_N_FIXED, S, "P1M"},
    {"سنويا|سنوياً", TX_N_FIXED, S, "P1Y"},
    /* Vague references. */
    {"الآن|حاليا|حالياً", TX_N_FIXED, D, "PRESENT_REF"},
    {"مؤخرا|مؤخراً", TX_N_FIXED, D, "PAST_REF"},
    {"مستقبلا|مستقبلاً", TX_N_FIXED, D, "FUTURE_REF"},
    {"في المستقبل", TX_N_FIXED, D, "FUTURE_REF"},
};

const struct tx_lang timex_lang_ar = {"ar", lex, N(lex), rules, N(rules), NULL, 0, NULL, 0};
