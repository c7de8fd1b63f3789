/*
 * timex_pt.c - Portuguese lexicon and rules of the temporal tagger:
 * absolute dates ("7 de janeiro de 2022", "os anos 90", "o século XX"),
 * deictics ("ontem à noite", "anteontem"), "há três anos", "a semana
 * passada", weekdays ("segunda-feira"), holidays ("Natal", "Páscoa"),
 * durations, sets and times ("às 15h30"). Written from general Portuguese
 * usage; there is no Portuguese evaluation set.
 */
#include "extract/timex_int.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct tx_lex lex[] = {
    {"janeiro", TX_MONTH, 1}, {"fevereiro", TX_MONTH, 2}, {"março", TX_MONTH, 3},
    {"abril", TX_MONTH, 4}, {"maio", TX_MONTH, 5}, {"junho", TX_MONTH, 6},
    {"julho", TX_MONTH, 7}, {"agosto", TX_MONTH, 8}, {"setembro", TX_MONTH, 9},
    {"outubro", TX_MONTH, 10}, {"novembro", TX_MONTH, 11}, {"dezembro", TX_MONTH, 12},
    /* "segunda" .. "sexta" are also ordinals: alone they are weekdays only in
     * the rules that ask for WDAYF, which skips ordinals, or with "-feira" */
    {"segunda", TX_WDAY, 1}, {"terça", TX_WDAY, 2}, {"quarta", TX_WDAY, 3},
    {"quinta", TX_WDAY, 4}, {"sexta", TX_WDAY, 5}, {"sábado", TX_WDAY, 6},
    {"domingo", TX_WDAY, 7},
    {"um", TX_NUM, 1}, {"uma", TX_NUM, 1}, {"dois", TX_NUM, 2}, {"duas", TX_NUM, 2},
    {"três", TX_NUM, 3}, {"quatro", TX_NUM, 4}, {"cinco", TX_NUM, 5}, {"seis", TX_NUM, 6},
    {"sete", TX_NUM, 7}, {"oito", TX_NUM, 8}, {"nove", TX_NUM, 9}, {"dez", TX_NUM, 10},
    {"onze", TX_NUM, 11}, {"doze", TX_NUM, 12}, {"quinze", TX_NUM, 15},
    {"vinte", TX_NUM, 20}, {"trinta", TX_NUM, 30}, {"quarenta", TX_NUM, 40},
    {"cinquenta", TX_NUM, 50}, {"sessenta", TX_NUM, 60}, {"setenta", TX_NUM, 70},
    {"oitenta", TX_NUM, 80}, {"noventa", TX_NUM, 90}, {"cem", TX_NUM, 100},
    {"primeiro", TX_ORD, 1}, {"primeira", TX_ORD, 1}, {"segundo", TX_ORD, 2},
    {"segunda", TX_ORD, 2}, {"terceiro", TX_ORD, 3}, {"terceira", TX_ORD, 3},
    {"quarto", TX_ORD, 4}, {"quarta", TX_ORD, 4}, {"quinta", TX_ORD, 5},
    {"sexta", TX_ORD, 6},
    {"segundos", TX_UNIT, TX_U_SEC}, {"minuto", TX_UNIT, TX_U_MIN},
    {"minutos", TX_UNIT, TX_U_MIN}, {"hora", TX_UNIT, TX_U_HOUR},
    {"horas", TX_UNIT, TX_U_HOUR}, {"dia", TX_UNIT, TX_U_DAY}, {"dias", TX_UNIT, TX_U_DAY},
    {"semana", TX_UNIT, TX_U_WEEK}, {"semanas", TX_UNIT, TX_U_WEEK},
    {"mês", TX_UNIT, TX_U_MONTH}, {"meses", TX_UNIT, TX_U_MONTH},
    {"trimestre", TX_UNIT, TX_U_QUARTER}, {"ano", TX_UNIT, TX_U_YEAR},
    {"anos", TX_UNIT, TX_U_YEAR}, {"década", TX_UNIT, TX_U_DECADE},
    {"décadas", TX_UNIT, TX_U_DECADE}, {"século", TX_UNIT, TX_U_CENTURY},
    {"séculos", TX_UNIT, TX_U_CENTURY},
    {"primavera", TX_SEASON, TX_S_SP}, {"verão", TX_SEASON, TX_S_SU},
    {"outono", TX_SEASON, TX_S_FA}, {"inverno", TX_SEASON, TX_S_WI},
    {"manhã", TX_PART, TX_P_MO}, {"tarde", TX_PART, TX_P_AF}, {"noite", TX_PART, TX_P_NI},
    {"hoje", TX_DEIC, 0}, {"ontem", TX_DEIC, -1}, {"amanhã", TX_DEIC, 1},
    {"anteontem", TX_DEIC, -2},
    {"passado", TX_REL, -1}, {"passada", TX_REL, -1}, {"último", TX_REL, -1},
    {"última", TX_REL, -1}, {"últimos", TX_REL, -1}, {"últimas", TX_REL, -1},
    {"próximo", TX_REL, 1}, {"próxima", TX_REL, 1}, {"próximos", TX_REL, 1},
    {"próximas", TX_REL, 1}, {"este", TX_REL, 0}, {"esta", TX_REL, 0},
    {"vários", TX_FEW, 1}, {"várias", TX_FEW, 1}, {"alguns", TX_FEW, 1},
    {"algumas", TX_FEW, 1}, {"poucos", TX_FEW, 1}, {"muitos", TX_FEW, 1},
    /* early / mid / late: "no início de 2020", "em meados de março", "no final do ano" */
    {"início", TX_MOD, 0}, {"começo", TX_MOD, 0}, {"meados", TX_MOD, 0},
    {"final", TX_MOD, 0}, {"fim", TX_MOD, 0},
    /* tense cues for a bare weekday */
    {"será", TX_FUTURE, 1}, {"serão", TX_FUTURE, 1}, {"vai", TX_FUTURE, 1},
    {"vão", TX_FUTURE, 1}, {"até", TX_FUTURE, 1}, {"previsto", TX_FUTURE, 1},
    {"é", TX_PRESENT, 1}, {"são", TX_PRESENT, 1}, {"está", TX_PRESENT, 1},
    /* round 24: the present of a scheduled event, which before a weekday looks ahead, as in
     * Spanish ("o Carnaval começa no sábado", "o presidente viaja na segunda-feira") */
    {"começa", TX_PRESENT, 1}, {"começam", TX_PRESENT, 1}, {"termina", TX_PRESENT, 1},
    {"terminam", TX_PRESENT, 1}, {"viaja", TX_PRESENT, 1}, {"viajam", TX_PRESENT, 1},
    {"visitam", TX_PRESENT, 1}, {"joga", TX_PRESENT, 1},
    {"jogam", TX_PRESENT, 1}, {"vota", TX_PRESENT, 1}, {"votam", TX_PRESENT, 1},
    {"reabre", TX_PRESENT, 1},
    /* round 24: presents of a state that lasts, before "há N anos" ("mora no Rio há dez
     * anos": a stretch up to now) */
    {"estão", TX_PRESENT, 1}, {"vive", TX_PRESENT, 1}, {"vivem", TX_PRESENT, 1},
    {"mora", TX_PRESENT, 1}, {"moram", TX_PRESENT, 1}, {"trabalha", TX_PRESENT, 1},
    {"trabalham", TX_PRESENT, 1}, {"ocupa", TX_PRESENT, 1}, {"ocupam", TX_PRESENT, 1},
    {"existe", TX_PRESENT, 1}, {"existem", TX_PRESENT, 1}, {"lidera", TX_PRESENT, 1},
    {"lideram", TX_PRESENT, 1}, {"aguarda", TX_PRESENT, 1}, {"aguardam", TX_PRESENT, 1},
    {"tem", TX_PRESENT, 1}, {"têm", TX_PRESENT, 1},
    {"reabrem", TX_PRESENT, 1}, {"retoma", TX_PRESENT, 1}, {"retomam", TX_PRESENT, 1},
    {"foi", TX_PAST, 1}, {"foram", TX_PAST, 1}, {"era", TX_PAST, 1}, {"eram", TX_PAST, 1},
    {"disse", TX_PAST, 1}, {"teve", TX_PAST, 1}, {"houve", TX_PAST, 1},
    {"fez", TX_PAST, 1}, {"morreu", TX_PAST, 1},
    /* round 21: preterites in -eu (the ending is left out: "europeu", "museu") */
    {"venceu", TX_PAST, 1}, {"perdeu", TX_PAST, 1}, {"recebeu", TX_PAST, 1},
    {"ocorreu", TX_PAST, 1}, {"nasceu", TX_PAST, 1}, {"sofreu", TX_PAST, 1},
    {"vendeu", TX_PAST, 1}, {"cresceu", TX_PAST, 1}, {"aconteceu", TX_PAST, 1},
    {"desapareceu", TX_PAST, 1}, {"respondeu", TX_PAST, 1}, {"escreveu", TX_PAST, 1},
};

#define D TD_TIMEX_DATE
#define T TD_TIMEX_TIME
#define DU TD_TIMEX_DURATION
#define S TD_TIMEX_SET

static const struct tx_rule rules[] = {
    /* Absolute dates: 7 de janeiro de 2022, 1º de maio, 07/01/2022, março de 2020. */
    {"DAY ^º? de MONTH de YEAR", TX_N_YMD, D, NULL},
    {"DAY ^º? de MONTH", TX_N_YMD, D, NULL},
    /* round 21: the weekday before its date, after a comma or "dia" ("terça-feira, 3 de
     * março de 2009", "na terça-feira, dia 3 de março") is one date; a day of the month
     * in brackets after a weekday ("nesta terça-feira (3)") or after "dia" ("no dia 3")
     * is that day near the reference, in the month where the weekday fits */
    {"WDAY ^- ^feira ,? dia? DAY ^º? de MONTH de YEAR", TX_N_YMD, D, NULL},
    {"WDAY ^- ^feira ,? dia? DAY ^º? de MONTH", TX_N_YMD, D, NULL},
    {"WDAYF ,? dia? DAY ^º? de MONTH de YEAR", TX_N_YMD, D, NULL},
    {"WDAYF ,? dia? DAY ^º? de MONTH", TX_N_YMD, D, NULL},
    {"REL? WDAY ^- ^feira ( ^DAY ^)", TX_N_DAY, D, NULL},
    {"REL? WDAYF ( ^DAY ^)", TX_N_DAY, D, NULL},
    {"dia DAY ^º? >!de", TX_N_DAY, D, NULL},
    /* "no próximo dia 16", "no último dia 3 de março": that day, not tomorrow or yesterday */
    {"REL dia DAY ^º?", TX_N_DAY, D, NULL},
    {"REL dia DAY ^º? de MONTH", TX_N_YMD, D, NULL},
    {"REL dia DAY ^º? de MONTH de YEAR", TX_N_YMD, D, NULL},
    {"YEAR ^- ^MM ^- ^DAY", TX_N_YMD, D, NULL},
    {"DAY ^/ ^MM ^/ ^YEAR", TX_N_YMD, D, NULL},
    {"MONTH de YEAR", TX_N_YM, D, NULL},
    {"MONTH", TX_N_YM, D, NULL},
    {"YEAR", TX_N_Y, D, NULL},
    /* Early / mid / late: início de 2020, meados de março, final do ano passado. */
    {"MOD de MONTH de? YEAR?", TX_N_YM, D, NULL},
    {"MOD de YEAR", TX_N_Y, D, NULL},
    {"MOD do|da UNIT REL?", TX_N_REL_UNIT, D, NULL},
    /* Decades and centuries: os anos 90, os anos oitenta, a década de 1990, o século XX. */
    {"os? anos YY", TX_N_DECADE, D, NULL},
    {"os? anos YEAR", TX_N_DECADE, D, NULL},
    {"os? anos NUM", TX_N_DECADE, D, NULL},
    {"a? década de YEAR", TX_N_DECADE, D, NULL}, /* round 24: "na década de 1950" */
    {"o? século ROMAN", TX_N_CENTURY, D, NULL},
    /* Quarters and seasons: o terceiro trimestre de 2021, o verão passado. */
    {"o? ORD trimestre de? YEAR?", TX_N_QUARTER, D, "P"},
    /* round 21: halves ("no primeiro semestre de 2008"), a month REL names ("em maio
     * passado", "em maio do ano passado"), "o mês de maio" */
    {"o? primeiro semestre de? YEAR?", TX_N_HALF, D, "1"},
    {"o? segundo semestre de? YEAR?", TX_N_HALF, D, "2"},
    {"MONTH REL", TX_N_REL_MONTH, D, NULL},
    {"MOD? de? MONTH do ano REL", TX_N_YM, D, "Y"},
    {"DAY ^º? de MONTH do ano REL", TX_N_YMD, D, "Y"},
    {"mês de MONTH de? YEAR?", TX_N_YM, D, NULL},
    {"SEASON de YEAR", TX_N_SEASON, D, NULL},
    {"o SEASON REL", TX_N_SEASON, D, NULL},
    {"este|esta SEASON", TX_N_SEASON, D, NULL},
    /* round 24: a bare season by the tense ("no outono"), every one ("todo verão") */
    {"<no SEASON", TX_N_SEASON, D, "T"},
    {"todo|cada SEASON", TX_N_SET_DAY, S, NULL},
    /* Holidays, with "de 2020" or a bare year after them. */
    {"natal YEAR?", TX_N_HOLIDAY, D, "12-25"},
    {"natal de YEAR", TX_N_HOLIDAY, D, "12-25"},
    {"véspera de natal YEAR?", TX_N_HOLIDAY, D, "12-24"},
    /* from the last day the text named: "no dia seguinte", "na véspera" */
    {"o? dia seguinte", TX_N_NEXT, D, "+d"},
    {"o? dia anterior", TX_N_NEXT, D, "-d"},
    {"a? véspera", TX_N_NEXT, D, "-d"},
    {"véspera de natal de YEAR", TX_N_HOLIDAY, D, "12-24"},
    {"réveillon YEAR?", TX_N_HOLIDAY, D, "12-31"},
    {"réveillon de YEAR", TX_N_HOLIDAY, D, "12-31"},
    {"dia de ano novo YEAR?", TX_N_HOLIDAY, D, "01-01"},
    {"dia de ano novo de YEAR", TX_N_HOLIDAY, D, "01-01"},
    {"ano novo YEAR?", TX_N_HOLIDAY, D, "01-01"},
    {"ano novo de YEAR", TX_N_HOLIDAY, D, "01-01"},
    {"dia de todos os santos YEAR?", TX_N_HOLIDAY, D, "11-01"},
    {"dia de todos os santos de YEAR", TX_N_HOLIDAY, D, "11-01"},
    {"páscoa YEAR?", TX_N_HOLIDAY, D, "E+0"},
    {"páscoa de YEAR", TX_N_HOLIDAY, D, "E+0"},
    {"sexta ^- ^feira santa YEAR?", TX_N_HOLIDAY, D, "E-2"},
    {"sexta ^- ^feira santa de YEAR", TX_N_HOLIDAY, D, "E-2"},
    {"carnaval YEAR?", TX_N_HOLIDAY, D, "E-47"},
    {"carnaval de YEAR", TX_N_HOLIDAY, D, "E-47"},
    /* Relative to the article date: ontem à noite, hoje de manhã, depois de amanhã. */
    {"DEIC", TX_N_DEIC, D, NULL},
    {"DEIC à|de PART", TX_N_DEIC, T, NULL},
    {"depois de amanhã", TX_N_DEIC, D, "+2"},
    {"esta PART", TX_N_PART, T, NULL},
    /* Weekdays: "segunda-feira", or a bare name that is no ordinal ("sábado"). */
    {"WDAY ^- ^feira REL?", TX_N_WDAY, D, NULL},
    {"REL WDAY ^- ^feira", TX_N_WDAY, D, NULL},
    {"WDAY ^- ^feira à PART", TX_N_WDAY, T, NULL},
    /* round 21: "na noite de terça-feira", "na manhã desta quarta-feira" */
    {"a? PART de|desta|deste|da|do WDAY ^- ^feira", TX_N_WDAY, T, NULL},
    {"a? PART de|deste|do WDAYF", TX_N_WDAY, T, NULL},
    {"WDAYF REL?", TX_N_WDAY, D, NULL},
    {"REL WDAYF", TX_N_WDAY, D, NULL},
    /* a plural "last"/"next" is a stretch: "últimos anos" PXY, not last year */
    {"últimos|últimas|próximos|próximas UNIT", TX_N_DUR, DU, "X"},
    {"o|a? UNIT REL", TX_N_REL_UNIT, D, NULL},
    {"REL UNIT", TX_N_REL_UNIT, D, NULL},
    {"o|a? UNIT que vem", TX_N_AGO, D, "+"},
    {"o fim de semana", TX_N_REL_UNIT, D, "5p"},
    {"este fim de semana", TX_N_REL_UNIT, D, "5"},
    {"há NUM UNIT", TX_N_AGO, D, NULL},
    {"há FEW UNIT", TX_N_AGO, D, NULL},
    {"NUM UNIT atrás", TX_N_AGO, D, NULL},
    {"daqui a NUM UNIT", TX_N_AGO, D, "+"},
    {"dentro de NUM UNIT", TX_N_AGO, D, "+"},
    /* Times of day before durations, which would take "15 horas" on a tie. */
    {"HOUR ^h ^MIN?", TX_N_TIME, T, NULL},
    {"<às HOUR horas", TX_N_TIME, T, NULL},
    {"<às HOUR ^:|. ^MIN", TX_N_TIME, T, NULL},
    {"meio ^- ^dia", TX_N_TIME, T, "noon"},
    {"meia ^- ^noite", TX_N_TIME, T, "midnight"},
    /* Durations: três dias, os últimos cinco anos, algumas semanas. */
    {"os|as? REL NUM UNIT", TX_N_DUR, DU, NULL},
    {"os|as? REL UNIT", TX_N_DUR, DU, "X"},
    {"NUM UNIT", TX_N_DUR, DU, NULL},
    {"FEW UNIT", TX_N_DUR, DU, NULL},
    /* round 24: a bound is part of the duration ("mais de quatro horas", "quase três anos") */
    {"mais|menos de NUM UNIT", TX_N_DUR, DU, NULL},
    {"quase NUM UNIT", TX_N_DUR, DU, NULL},
    /* Sets: todos os dias, cada ano, diariamente. */
    {"todos|todas os|as NUM? UNIT", TX_N_SET, S, NULL},
    {"cada NUM? UNIT", TX_N_SET, S, NULL},
    {"diariamente", TX_N_FIXED, S, "P1D"},
    {"semanalmente", TX_N_FIXED, S, "P1W"},
    {"mensalmente", TX_N_FIXED, S, "P1M"},
    {"anualmente", TX_N_FIXED, S, "P1Y"},
    /* Vague references. */
    {"agora|atualmente|actualmente", TX_N_FIXED, D, "PRESENT_REF"},
    {"hoje em dia", TX_N_FIXED, D, "PRESENT_REF"},
    {"recentemente", TX_N_FIXED, D, "PAST_REF"},
    {"em breve", TX_N_FIXED, D, "FUTURE_REF"},
    {"o futuro", TX_N_FIXED, D, "FUTURE_REF"},
};

/* Future tense: anunciará, terão, faremos. */
static const char *const future_endings[] = {"rá", "rão", "remos"};

/* Preterite and imperfect: anunciaram, disseram, partiram, estava, estavam; round 21 the
 * third person singular preterite: anunciou, partiu. */
static const char *const past_endings[] = {"aram", "eram", "iram", "ava", "avam", "ou", "iu"};

const struct tx_lang timex_lang_pt = {"pt", lex, N(lex), rules, N(rules), future_endings,
                                      N(future_endings), past_endings, N(past_endings)};
