/*
 * test_timex_zh.c - tests of the Chinese and Japanese table of the temporal
 * tagger (src/extract/timex_zh.c) and of dates touching the characters of
 * these scripts (timex.c's `cjk_char`): each row is language, text,
 * reference date and the expected `nth` timex (-1: the last; NULL span: none).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* full, year-less and month-less dates; a day of the month near the reference */
    {"zh", "2024年3月12日发射。", "2024-04-20", 0, "2024年3月12日", "DATE", "2024-03-12"},
    {"zh", "当地时间3月12日凌晨发射。", "2024-04-20", 0, "3月12日", "DATE", "2024-03-12"},
    {"zh", "紧急情况部19日说，矿工已全部获救。", "2024-04-20", 0, "19日", "DATE", "2024-04-19"},
    {"ja", "指揮者が28日、自宅で死去した。", "2024-03-29", 0, "28日", "DATE", "2024-03-28"},
    {"zh", "将于2025年6月飞越小行星。", "2024-03-12", 0, "2025年6月", "DATE", "2025-06"},
    {"ja", "1936年レニングラード生まれ。", "2024-03-29", 0, "1936年", "DATE", "1936"},
    {"zh", "公司去年3月宣布。", "2024-04-20", 0, "去年3月", "DATE", "2023-03"},
    /* relative words: a relation and a unit */
    {"zh", "公司去年裁员。", "2024-04-20", 0, "去年", "DATE", "2023"},
    {"zh", "上个月宣布新计划。", "2024-04-20", 0, "上个月", "DATE", "2024-03"},
    {"zh", "昨天发生地震。", "2024-04-20", 0, "昨天", "DATE", "2024-04-19"},
    {"ja", "来月には画像を公開する。", "2025-06-21", 0, "来月", "DATE", "2025-07"},
    {"ja", "先週、準備した。", "2024-04-20", 0, "先週", "DATE", "2024-W15"},
    {"zh", "前天发生地震。", "2024-04-20", 0, "前天", "DATE", "2024-04-18"},
    /* weekdays */
    {"zh", "下周二将召开股东大会。", "2024-10-24", 0, "下周二", "DATE", "2024-10-29"},
    {"ja", "来週の月曜日に発表する。", "2024-04-20", 0, "来週の月曜日", "DATE", "2024-04-22"},
    /* times, spans back, durations, sets, vague references */
    {"zh", "凌晨2时14分发射。", "2024-03-12", 0, "2时14分", "TIME", "2024-03-12T02:14"},
    {"ja", "午後3時15分に始まる。", "2024-04-20", 0, "午後3時15分", "TIME", "2024-04-20T15:15"},
    {"zh", "3年前他离开了。", "2024-04-20", 0, "3年前", "DATE", "2021"},
    {"zh", "被困约70小时。", "2024-04-20", 0, "70小时", "DURATION", "PT70H"},
    {"ja", "3時間かけて準備した。", "2024-04-20", 0, "3時間", "DURATION", "PT3H"},
    {"zh", "每年都有报道。", "2024-04-20", 0, "每年", "SET", "P1Y"},
    {"zh", "目前，股价为12欧元。", "2024-04-20", 0, "目前", "DATE", "PRESENT_REF"},
    /* not dates: inborn, a visit to Japan, a month in numerals read as a span */
    {"zh", "先天性心脏病", "2024-04-20", 0, NULL, NULL, NULL},
    {"ja", "来日公演を行った。", "2024-04-20", 0, NULL, NULL, NULL},
    {"zh", "三月", "2024-04-20", 0, NULL, NULL, NULL},
    /* an English date written next to CJK characters is not glued to a word */
    {"en", "会议于May 3, 2024举行", "2024-04-20", 0, "May 3, 2024", "DATE", "2024-05-03"},
};

TD_TEST(test_timex_zh__table)
{
    TIMEX_CHECK_ALL(cases);
}
