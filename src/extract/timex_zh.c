/*
 * timex_zh.c - Chinese and Japanese lexicon and rules of the temporal
 * tagger, one table for both: the two write dates alike with Arabic digits
 * and the characters 年 (year), 月 (month), 日 (day): "2024年3月12日",
 * "3月12日", "12日" (a day of the month left unsaid, near the reference),
 * "2024年"; relative words of a relation character and a unit character
 * ("去年", "上个月", "下周", "昨天", "今年", Japanese "先週", "来月",
 * "昨年", "昨日"); weekdays ("星期二", "周二", "火曜日"); times ("14时30分",
 * "下午3点", "午後3時"); durations and spans back ("70小时", "三天",
 * "5年前", "3日間"); sets ("每天", "毎週"); vague references ("目前",
 * "現在", "最近"); parts of a year or month ("上半年", "第三季度", "年底",
 * "3月下旬"); solar holidays ("元旦", "国庆节", "クリスマス"); words anchored
 * to the day or year the text last named ("当天", "前日", "翌年", "同年").
 * Runs of Chinese numerals are one number token ("二十四", "二〇二四") and
 * Japanese era years one year token ("令和6年"), see timex_token.c. The
 * tokenizer makes each character of these scripts a token of its own, so a pattern lists one
 * element per character. Written from general usage; there is no Chinese or Japanese evaluation
 * set.
 */
#include "extract/timex_int.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct tx_lex lex[] = {
    /* units: a year, a month, a week (Chinese 周, Japanese 週), a day (天, 日), a quarter,
     * an hour (小时, 時間), a minute (分钟) */
    {"年", TX_UNIT, TX_U_YEAR},
    {"月", TX_UNIT, TX_U_MONTH},
    {"周", TX_UNIT, TX_U_WEEK},
    {"週", TX_UNIT, TX_U_WEEK},
    {"天", TX_UNIT, TX_U_DAY},
    {"日", TX_UNIT, TX_U_DAY},
    {"季", TX_UNIT, TX_U_QUARTER},
    {"时", TX_UNIT, TX_U_HOUR},
    {"時", TX_UNIT, TX_U_HOUR},
    {"分", TX_UNIT, TX_U_MIN},
    /* relations before a unit: last (去年, 上周, 昨天, 先月), this (今年, 本月, 这周), next */
    {"去", TX_REL, -1},
    {"上", TX_REL, -1},
    {"昨", TX_REL, -1},
    {"先", TX_REL, -1},
    {"今", TX_REL, 0},
    {"本", TX_REL, 0},
    {"这", TX_REL, 0},
    {"明", TX_REL, 1},
    {"下", TX_REL, 1},
    {"来", TX_REL, 1},
    /* the numerals as weekdays (星期一 .. 星期六; 日, 天: Sunday); as numbers they are
     * folded by timex_token.c's fold_cjk_numbers, which gives them digits */
    {"一", TX_WDAY, 1},
    {"二", TX_WDAY, 2},
    {"三", TX_WDAY, 3},
    {"四", TX_WDAY, 4},
    {"五", TX_WDAY, 5},
    {"六", TX_WDAY, 6},
    {"日", TX_WDAY, 7},
    {"天", TX_WDAY, 7},
    /* the Japanese weekdays before 曜: 月曜日 .. 土曜日 (日曜日 above) */
    {"月", TX_WDAY, 1},
    {"火", TX_WDAY, 2},
    {"水", TX_WDAY, 3},
    {"木", TX_WDAY, 4},
    {"金", TX_WDAY, 5},
    {"土", TX_WDAY, 6},
};

#define D TD_TIMEX_DATE
#define T TD_TIMEX_TIME
#define DU TD_TIMEX_DURATION
#define S TD_TIMEX_SET

/*
 * On a tie between rules of one length the first wins, so dates come before
 * the general "NUM UNIT" duration: "3月" is March, "12日" the 12th, "2024年"
 * a year, while "3年", "三天" and "35日" are spans.
 */
static const struct tx_rule rules[] = {
    /* Dates: 2024年3月12日, 2024年3月, 去年3月 (March of last year), 3月12日, 12日 (12号),
     * 2024年, 3月份. */
    {"YEAR 年 MM 月 DAY 日|号", TX_N_YMD, D, NULL},
    {"YEAR 年 MM 月", TX_N_YM, D, NULL},
    {"REL 年 MM 月 DAY 日|号", TX_N_YMD, D, "Y"},
    {"REL 年 MM 月", TX_N_YM, D, "Y"},
    {"MM 月 DAY 日|号", TX_N_YMD, D, NULL},
    {"YEAR ^- ^MM ^- ^DAY", TX_N_YMD, D, NULL},
    {"YEAR ^/ ^MM ^/ ^DAY", TX_N_YMD, D, NULL},
    {"MM 月 份?", TX_N_YM, D, NULL},
    {"DAY 日|号", TX_N_DAY, D, NULL},
    /* "2号机组", "２号機", "3号线", "5号楼": the number of a unit, line or building, no day. */
    {"DAY 号 机|機|线|線|楼|樓|馆|館|车|車", TX_N_SKIP, D, NULL},
    /* "于16日前往" is "goes on the 16th" (前往, to go to), not "16 days ago". */
    {"DAY 日 前 往", TX_N_DAY, D, NULL},
    /* "予定を1日延長" is "extended by a day" (延長, 延长, 延期), not the 1st. */
    {"NUM UNIT 延 長|长|期", TX_N_DUR, DU, NULL},
    {"YEAR 年", TX_N_Y, D, NULL},
    {"YEAR 年 代", TX_N_DECADE, D, NULL},
    /* Parts of a year or month: 年初, 年底, 2024年末, 3月底, 上旬 .. 下旬 (the month), 上半年,
     * 今年下半年, 2023年上半年 (halves), 第三季度, 2024年第1季度, 第3四半期, 1～3月期. */
    {"YEAR 年 初|底|末", TX_N_Y, D, NULL},
    {"REL 年 年? 初|底|末", TX_N_REL_UNIT, D, "9"},
    {"年 初|底|末", TX_N_REL_UNIT, D, "9"},
    {"MM 月 初|底|末", TX_N_YM, D, NULL},
    {"REL 个? 月 月? 初|底|末", TX_N_REL_UNIT, D, "7"},
    {"月 初|底|末", TX_N_REL_UNIT, D, "7"},
    {"MM 月 上|中|下 旬", TX_N_YM, D, NULL},
    {"REL 个? 月 上|中|下 旬", TX_N_REL_UNIT, D, "7"},
    {"YEAR 年 MM 月 初|底|末", TX_N_YM, D, NULL},
    {"YEAR 年 MM 月 上|中|下 旬", TX_N_YM, D, NULL},
    {"YEAR 年 上 半 年|期", TX_N_HALF, D, "1"},
    {"YEAR 年 下 半 年|期", TX_N_HALF, D, "2"},
    {"REL 年 上 半 年|期", TX_N_HALF, D, "1"},
    {"REL 年 下 半 年|期", TX_N_HALF, D, "2"},
    {"上 半 年|期", TX_N_HALF, D, "1"},
    {"下 半 年|期", TX_N_HALF, D, "2"},
    {"YEAR 年 第 QN 季 度?", TX_N_QUARTER, D, NULL},
    {"YEAR 年 第 QN 四 半 期", TX_N_QUARTER, D, NULL},
    {"REL 年 第 QN 季 度?", TX_N_QUARTER, D, NULL},
    {"第 QN 季 度", TX_N_QUARTER, D, NULL},
    {"第 QN 四 半 期", TX_N_QUARTER, D, NULL},
    {"YEAR 年 1 ～|〜|~ 6 月 期", TX_N_HALF, D, "1"},
    {"YEAR 年 7 ～|〜|~ 12 月 期", TX_N_HALF, D, "2"},
    {"YEAR 年 MM ～|〜|~ MM 月 期", TX_N_QUARTER, D, NULL},
    {"1 ～|〜|~ 6 月 期", TX_N_HALF, D, "1"},
    {"7 ～|〜|~ 12 月 期", TX_N_HALF, D, "2"},
    {"MM ～|〜|~ MM 月 期", TX_N_QUARTER, D, NULL},
    /* Anniversaries: 10周年 (ten years), not ten weeks. */
    {"NUM 周|週 UNIT", TX_N_DUR, DU, NULL},
    /* Holidays of the solar calendar (the lunar ones, 春节 and 除夕, move: not here). */
    {"元 旦|日", TX_N_HOLIDAY, D, "01-01"},
    {"圣|聖 诞|誕 节|節?", TX_N_HOLIDAY, D, "12-25"},
    {"ク リ ス マ ス", TX_N_HOLIDAY, D, "12-25"},
    {"国|國 庆|慶 节|節|日", TX_N_HOLIDAY, D, "10-01"},
    {"劳|勞 动|動 节|節", TX_N_HOLIDAY, D, "05-01"},
    {"大 晦 日", TX_N_HOLIDAY, D, "12-31"},
    {"YEAR 年 元 旦|日", TX_N_HOLIDAY, D, "01-01"},
    {"YEAR 年 圣|聖 诞|誕 节|節?", TX_N_HOLIDAY, D, "12-25"},
    {"YEAR 年 国|國 庆|慶 节|節|日", TX_N_HOLIDAY, D, "10-01"},
    /* Words that look relative and are not: 先天 (inborn), 上天 (heaven), 来日 (a visit to
     * Japan), and months in Chinese numerals (三月), which "NUM UNIT" would make spans. */
    {"先 天", TX_N_SKIP, D, NULL},
    {"上 天", TX_N_SKIP, D, NULL},
    {"来 日", TX_N_SKIP, D, NULL},
    {"NUM 月", TX_N_SKIP, D, NULL},
    /* 十分 (very), 一时 (for a while), 三分之一 (a third), 百分之 (per cent). */
    {"十 分", TX_N_SKIP, D, NULL},
    {"一 时|時", TX_N_SKIP, D, NULL},
    {"次 分|时|時", TX_N_SKIP, D, NULL},
    {"NUM 分 之", TX_N_SKIP, D, NULL},
    /* Relative to the reference: 去年, 上个月, 下周, 昨天, 今年, 先週, 来月, 昨日. */
    {"先 日", TX_N_FIXED, D, "PAST_REF"},
    {"前 天", TX_N_DEIC, D, "-2"},
    {"一 昨 日", TX_N_DEIC, D, "-2"},
    {"后 天", TX_N_DEIC, D, "+2"},
    {"明 後 日", TX_N_DEIC, D, "+2"},
    {"翌 日", TX_N_NEXT, D, "+d"},
    {"次 日", TX_N_NEXT, D, "+d"},
    /* Anchored to the day or year the text last named: 当天, 当日, 同日 (that day), 前日
     * (the day before), 翌年, 次年 (the year after), 同年 (that year), 去年同期 (the same
     * time a year before the reference). */
    {"当|當 天|日", TX_N_NEXT, D, "0r"},
    {"同 日", TX_N_NEXT, D, "0r"},
    {"前 日", TX_N_NEXT, D, "-d"},
    {"翌|次 年", TX_N_THAT_YEAR, D, "+1"},
    {"翌|次 UNIT", TX_N_NEXT, D, "+"},
    {"同 年", TX_N_THAT_YEAR, D, NULL},
    /* "前年同期比" is "year on year", a comparison, no date of its own */
    {"去|上|前 UNIT 同 期 比", TX_N_SKIP, D, NULL},
    /* ... and "前日比" is "day on day" */
    {"前 日 比", TX_N_SKIP, D, NULL},
    {"去|上 UNIT 同 期", TX_N_AGO, D, "M"},
    {"前 UNIT 同 期", TX_N_AGO, D, "M"},
    {"REL 个|個|か|ヶ? UNIT", TX_N_REL_UNIT, D, NULL},
    {"REL 星 期", TX_N_REL_UNIT, D, "6"},
    {"REL 周|週 末", TX_N_REL_UNIT, D, "5"},
    {"周|週 末", TX_N_REL_UNIT, D, "5p"},
    /* Weekdays: 星期二, 周二, 礼拜二, 上周二 (of last week), 火曜日 (火曜), 来週の月曜日. */
    {"星 期 WDAY", TX_N_WDAY, D, NULL},
    {"礼 拜 WDAY", TX_N_WDAY, D, NULL},
    {"周 WDAY", TX_N_WDAY, D, NULL},
    {"REL 周|星 期? WDAY", TX_N_WDAY, D, "W"},
    {"REL 週 の? WDAY 曜 日?", TX_N_WDAY, D, "W"},
    {"WDAY 曜 日?", TX_N_WDAY, D, NULL},
    /* Times: 14时30分, 14時30分, 3点半, 下午3点, 午後3時, 凌晨2时14分. */
    {"下 午 HOUR 时|時|点|點 MIN? 分?", TX_N_TIME, T, "pm"},
    {"晚 上 HOUR 时|時|点|點 MIN? 分?", TX_N_TIME, T, "pm"},
    {"午 後 HOUR 时|時|点|點 MIN? 分?", TX_N_TIME, T, "pm"},
    {"HOUR 时|時|点|點 半", TX_N_TIME, T, "+30"},
    {"HOUR 时|時|点|點 MIN 分", TX_N_TIME, T, NULL},
    {"HOUR 时|時|点|點 钟|鐘?", TX_N_TIME, T, NULL},
    {"HOUR ^: ^MIN", TX_N_TIME, T, NULL},
    /* Back and ahead: 5年前, 3个月前, 两天前, 3日前; 5年后, 3日後. */
    {"NUM UNIT 前", TX_N_AGO, D, NULL},
    {"NUM 个|個|か|ヶ UNIT 前", TX_N_AGO, D, NULL},
    {"NUM UNIT 后|後", TX_N_AGO, D, "+"},
    {"NUM 个|個|か|ヶ UNIT 后|後", TX_N_AGO, D, "+"},
    /* Durations: 70小时, 30分钟, 3日間, 3時間, 5年间, 6个月, 三天, 两周. */
    {"NUM 小 UNIT", TX_N_DUR, DU, NULL},
    {"NUM UNIT 钟|鐘", TX_N_DUR, DU, NULL},
    {"NUM UNIT 間|间", TX_N_DUR, DU, NULL},
    {"NUM 个|個|か|ヶ UNIT 間|间?", TX_N_DUR, DU, NULL},
    {"NUM UNIT", TX_N_DUR, DU, NULL},
    /* Sets: 每天, 每年, 每周, 毎日, 毎週. */
    {"每|毎 个|個? UNIT", TX_N_SET, S, NULL},
    /* Vague references. */
    {"目 前", TX_N_FIXED, D, "PRESENT_REF"},
    {"现 在", TX_N_FIXED, D, "PRESENT_REF"},
    {"現 在", TX_N_FIXED, D, "PRESENT_REF"},
    {"当 前", TX_N_FIXED, D, "PRESENT_REF"},
    {"最 近", TX_N_FIXED, D, "PAST_REF"},
    {"近 年", TX_N_FIXED, D, "PAST_REF"},
    {"将 来", TX_N_FIXED, D, "FUTURE_REF"},
    {"今 後", TX_N_FIXED, D, "FUTURE_REF"},
};

const struct tx_lang timex_lang_zh = {"zh", lex, N(lex), rules, N(rules), NULL, 0, NULL, 0};
const struct tx_lang timex_lang_ja = {"ja", lex, N(lex), rules, N(rules), NULL, 0, NULL, 0};
