/*
 * test_numbers.c - tests of src/text/numbers.c through `text_analyze`: a
 * figure written the way each language writes it ends as one term, so the
 * same number in two languages matches.
 */
#include <stdio.h>
#include <string.h>

#include "collect.h"
#include "text/text.h"
#include "text/text_int.h"
#include "test.h"

/* The number terms of `in` analysed as `lang`, space-separated. */
static void numbers_of(struct text_analyzer *a, const char *lang, const char *in, char *out,
                       size_t cap)
{
    char all[512], *p, *save = NULL;
    size_t n = 0;

    out[0] = '\0';
    ASSERT_OK(collect_terms(a, lang, in, all, sizeof(all), 1));
    for (p = strtok_r(all, " ", &save); p != NULL; p = strtok_r(NULL, " ", &save)) {
        size_t len = strlen(p);
        if (len < 2 || strcmp(p + len - 2, ":n") != 0)
            continue;
        p[len - 2] = '\0';
        n += (size_t)snprintf(out + n, cap - n, "%s%s", n ? " " : "", p);
    }
}

/* One analysed text and the number terms it must give, space-separated. */
struct number_case {
    const char *lang, *in, *want;
};

/* Checks every case of `cases[0..n)` with one analyser; each failure names its text. */
static void check_numbers(const struct number_case *cases, size_t n)
{
    struct text_analyzer *a = NULL;
    char got[256];
    size_t i;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (i = 0; i < n; i++) {
        numbers_of(a, cases[i].lang, cases[i].in, got, sizeof(got));
        if (strcmp(got, cases[i].want) != 0)
            td_test_fail(__FILE__, __LINE__, "%s '%s': got '%s', want '%s'", cases[i].lang,
                         cases[i].in, got, cases[i].want);
    }
    text_analyzer_free(a);
}

TD_TEST(test_numbers__the_same_figure_in_every_language)
{
    static const struct number_case cases[] = {
        /* Decimal point or comma, by the language. */
        {"en", "Shares fell 9.66 points", "9.66"},
        {"es", "Las acciones cayeron 9,66 puntos", "9.66"},
        {"de", "Die Aktie fiel um 0,67 Prozent", "0.67"},
        /* Thousands, grouped either way; both separators settle it. */
        {"en", "6,000 jobs and 10,365.45 points", "6000 10365.45"},
        {"es", "6.000 empleos y 10.365,45 puntos", "6000 10365.45"},
        {"fr", "1.000.000 habitants", "1000000"},
        /* Languages without a stemmer (no canonical code) and neighbours the detector confuses. */
        {"pl", "zebrano 1.500 podpisów", "1500"},
        {"vi", "có 1.146 con cá heo", "1146"},
        {"bs", "oko 2.000 ljudi", "2000"},
        {"mk", "околу 2.000 луѓе", "2000"},
        /* One separator not followed by three digits is a decimal one anywhere. */
        {"es", "una subida de 2.5 puntos", "2.5"},
        {"en", "a rise of 2,5 points", "2.5"},
        /* Scale words, long and short scales. */
        {"en", "losses of $6 billion", "6000000000"},
        {"es", "pérdidas de 6.000 millones de dólares", "6000000000"},
        {"es", "pérdidas de 6 mil millones", "6000000000"},
        {"de", "Verluste von 6 Milliarden Dollar", "6000000000"},
        {"fr", "des pertes de 6 milliards", "6000000000"},
        {"it", "perdite di 6 miliardi", "6000000000"},
        {"en", "a debt of 2 trillion", "2e+12"},
        {"de", "Schulden von 2 Billionen", "2e+12"},
        {"es", "una deuda de 2 billones", "2e+12"},
        {"en", "180 billion dollars and 5.9 billion more", "1.8e+11 5900000000"},
        {"es", "180.000 millones de dólares y 5.900 millones más", "1.8e+11 5900000000"},
        {"es", "3 mil personas", "3000"},
        /* Swedish, Danish and Norwegian scale words. */
        {"sv", "1,1 miljoner kronor", "1100000"},
        {"sv", "4 miljarder kronor", "4000000000"},
        {"da", "2,5 millioner kroner", "2500000"},
        {"da", "3 mia. kroner", "3000000000"},
        {"nb", "240 tusen laks", "240000"},
        {"no", "7 milliarder kroner", "7000000000"},
        /* Leading zeros and a number at the very end. */
        {"en", "October 07, 2009", "7 2009"},
        {"en", "It rose to 8.04", "8.04"},
    };
    check_numbers(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A cardinal written as a word is the figure before a scale word only ("nove
 * milioni" is "9 million"); alone, or before another word, it gives none.
 */
TD_TEST(test_numbers__number_words_before_scale_words)
{
    static const struct number_case cases[] = {
        {"en", "a pledge of nine million euros", "9000000"},
        {"it", "nove milioni di euro", "9000000"},
        {"de", "Neun Millionen Euro", "9000000"},
        {"es", "una deuda de dos mil millones", "2000000000"},
        {"es", "un millón de personas", "1000000"},
        {"fr", "une amende de quatre mille euros", "4000"},
        {"pt", "duas mil pessoas", "2000"},
        {"nl", "vier miljoen euro", "4000000"},
        {"sv", "två miljoner kronor", "2000000"},
        {"da", "fire millioner kroner", "4000000"},
        {"nb", "syv milliarder kroner", "7000000000"},
        /* Lakh and crore, after a figure or a cardinal in words to twenty. */
        {"ur", "یونیسکو کا 12 لاکھ ڈالر کا اعلان", "1200000"},
        {"ur", "بارہ لاکھ ڈالر", "1200000"},
        {"sd", "ٻارهن لک ڊالر", "1200000"},
        {"sd", "ٽي ڪروڙ رپيا", "30000000"},
        {"hi", "बारह लाख डॉलर", "1200000"},
        {"hi", "पांच करोड़ रुपये", "50000000"},
        {"hi", "उन्नीस हज़ार लोग", "19000"},
        /* An amount in parts: the smaller part right after a larger scale word adds to it. */
        {"or", "୧୧ ଲକ୍ଷ ୨୦ ହଜାର ଅଣ୍ଡା", "1100000 1120000"},
        {"bn", "২ কোটি ৫০ লাখ টাকা", "20000000 25000000"},
        /* Assamese spells the thousand with its own r (ৰ). */
        {"as", "৩ হাজাৰ মানুহ", "3000"},
        {"as", "২ কোটি ৫০ লাখ টকা", "20000000 25000000"},
        {"en", "2 million 300 thousand votes", "2000000 2300000"},
        {"en", "300 thousand, then 2 million", "300000 2000000"},
        {"en", "2 million and 300 thousand", "2000000 300000"},
        /* No scale word right after it: no figure. */
        {"en", "nine people and a million more", ""},
        {"en", "nine of the ten million", "10000000"},
        {"it", "nove anni", ""},
        /* Another language's words are none ("neun" is no English cardinal). */
        {"en", "neun million", ""},
    };
    check_numbers(cases, sizeof(cases) / sizeof(cases[0]));
    ASSERT_TRUE(text_number_word("de", "neun", 4) == 9.0);
    ASSERT_TRUE(text_number_word("es", "una", 3) == 1.0);
    ASSERT_TRUE(text_number_word("pt", "duas", 4) == 2.0);
    ASSERT_TRUE(text_number_word("en", "on", 2) == 0.0);
    ASSERT_TRUE(text_number_word("en", "tens", 4) == 0.0);
    ASSERT_TRUE(text_number_word("ru", "два", 6) == 0.0);
    ASSERT_TRUE(text_number_word("sd", "ٻارهن", 10) == 12.0);
    ASSERT_TRUE(text_number_word("ur", "بیس", 6) == 20.0);
    ASSERT_TRUE(text_number_word("ur", "ٻارهن", 10) == 0.0);
}

/*
 * Whether a word is a scale word is kept in the word memo when the word is
 * first met: a cardinal in words read before it later, when the word comes
 * from the memo, still makes the figure; a word that is none makes none.
 */
TD_TEST(test_numbers__scale_word_marked_in_the_memo)
{
    struct text_analyzer *a = NULL;
    char got[256];

    ASSERT_OK(text_analyzer_new(&a, NULL));
    numbers_of(a, "en", "the million homes of the nine towns", got, sizeof(got));
    ASSERT_STREQ(got, "");
    numbers_of(a, "en", "nine million homes", got, sizeof(got));
    ASSERT_STREQ(got, "9000000");
    numbers_of(a, "en", "then nine million towns", got, sizeof(got));
    ASSERT_STREQ(got, "9000000");
    numbers_of(a, "en", "nine homes, nine towns", got, sizeof(got));
    ASSERT_STREQ(got, "");
    numbers_of(a, "it", "nove milioni, nove million", got, sizeof(got));
    ASSERT_STREQ(got, "9000000");
    text_analyzer_free(a);
}

/* A scale word that follows no number is an ordinary word, and one of another language is too. */
TD_TEST(test_numbers__scale_words_need_a_number)
{
    struct text_analyzer *a = NULL;
    char got[256];

    ASSERT_OK(text_analyzer_new(&a, NULL));
    ASSERT_OK(collect_terms(a, "en", "millions of homes", got, sizeof(got), 1));
    ASSERT_STREQ(got, "million:w home:w");
    numbers_of(a, "en", "6 Milliarden", got, sizeof(got));
    ASSERT_STREQ(got, "6");
    ASSERT_TRUE(text_number_decimal_comma("es"));
    ASSERT_TRUE(!text_number_decimal_comma("en"));
    ASSERT_TRUE(text_number_scale("de", "billion", 7) == 1e12);
    ASSERT_TRUE(text_number_scale("en", "billion", 7) == 1e9);
    ASSERT_TRUE(text_number_scale("en", "bill", 4) == 0.0);
    text_analyzer_free(a);
}

/*
 * Thousands grouped by spaces (French, Russian, Polish, Swedish write
 * "80 000", often with a no-break or narrow no-break space) are one number:
 * a head of 1-3 digits, then groups of exactly three digits after one
 * space each. Anything else stays apart: a year before a count, a
 * four-digit group, two spaces, a head with a separator.
 */
TD_TEST(test_numbers__space_grouped_thousands)
{
    static const struct number_case cases[] = {
        {"fr", "Quelque 80 000 manifestants", "80000"},
        {"fr", "Quelque 80\xc2\xa0" "000 manifestants", "80000"},
        {"ru", "\xd0\x9e\xd0\xba\xd0\xbe\xd0\xbb\xd0\xbe 80\xe2\x80\xaf" "000 \xd1\x87\xd0\xb5\xd0\xbb\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xba", "80000"},
        {"sv", "Staden har 1 234 567 invånare", "1234567"},
        {"fr", "une dette de 12 345,5 euros", "12345.5"},
        {"fr", "5 000 millions d'euros", "5000000000"},
        {"pl", "Na ulicach 2 500 osób", "2500"},
        /* A year followed by a count: the head has four digits. */
        {"en", "in 2019 200 people died", "2019 200"},
        {"fr", "en 2019 200 personnes", "2019 200"},
        /* Groups must be exactly three digits. */
        {"fr", "les 12 1000 autres", "12 1000"},
        {"fr", "les 12 10 autres", "12 10"},
        {"fr", "les 80  000 autres", "80 0"},
        /* A head that has a separator already is not continued. */
        {"en", "rose 1,200 300 times", "1200 300"},
        /* Digits in groups after another number are a phone number, not thousands. */
        {"en", "call 0845 125 222 or 0800 555 111", "845 125 222 800 555 111"},
        {"fr", "au 01 45 67 89 ou", "1 45 67 89"},
        /* A number after the groups, with a word between, stays apart. */
        {"fr", "80 000 le 12", "80000 12"},
    };
    check_numbers(cases, sizeof(cases) / sizeof(cases[0]));
    ASSERT_TRUE(!text_number_group("0000", 4, false, &(double){0}));
}

/*
 * Chinese and Japanese write amounts with scale characters after Arabic
 * digits: 万 10^4, 亿/億 10^8, 千 10^3, and a larger part followed by a
 * smaller one adds up ("23億1000万"). The scale character is still a term.
 */
TD_TEST(test_numbers__cjk_scale_characters)
{
    static const struct number_case cases[] = {
        {"zh", "\xe9\x94\x80\xe9\x87\x8f 41.2\xe4\xb8\x87\xe8\xbe\x86", "412000"},       /* 销量 41.2万辆 */
        {"ja", "\xe5\xa3\xb2\xe4\xb8\x8a 23\xe5\x84\x84" "1000\xe4\xb8\x87\xe5\x86\x86", "2310000000"}, /* 売上 23億1000万円 */
        {"zh", "\xe6\x8a\x95\xe8\xb5\x84 5\xe4\xba\xbf\xe5\x85\x83", "500000000"},      /* 投资 5亿元 */
        {"ja", "\xe7\xb4\x84 4\xe4\xb8\x87" "5000\xe4\xba\xba", "45000"},               /* 約 4万5000人 */
        {"zh", "3\xe5\x8d\x83\xe4\xba\xba", "3000"},                                     /* 3千人 */
        /* A year is no amount; a larger unit after a smaller one starts a new number. */
        {"ja", "2023\xe5\xb9\xb4 5\xe6\x9c\x88", "2023 5"},                             /* 2023年 5月 */
        {"zh", "2\xe4\xb8\x87" "3\xe4\xba\xbf", "20000 300000000"},                     /* 2万3亿 */
        /* A last part with no scale character counts ones. */
        {"ja", "3\xe5\x84\x84" "20\xe4\xba\xba", "300000020"},                          /* 3億20人 */
        /* A number after a space is not a part. */
        {"ja", "3\xe5\x84\x84 20\xe4\xba\xba", "300000000 20"},                         /* 3億 20人 */
    };
    check_numbers(cases, sizeof(cases) / sizeof(cases[0]));
    ASSERT_TRUE(text_number_cjk_scale("x", 1, &(size_t){0}) == 0.0);
}

/*
 * A trillion: Japanese (and Taiwan's Chinese) write 兆, mainland Chinese
 * 万亿, a larger scale character right after a smaller one, as 千万 is ten
 * million; both read as the "1.2 trillion" of other papers. Before a unit
 * 兆 is the unit's "mega" (兆瓦 MW, 兆赫 MHz), and the figure stays as the
 * "300 MW" of other papers writes it.
 */
TD_TEST(test_numbers__cjk_trillions)
{
    static const struct number_case cases[] = {
        {"ja", "\xef\xbc\x91\xef\xbc\x8e\xef\xbc\x92\xe5\x85\x86\xe5\x86\x86",
         "1.2e+12"}, /* １．２兆円 */
        {"ja",
         "1\xe5\x85\x86"
         "2000\xe5\x84\x84\xe5\x86\x86",
         "1.2e+12"},                                                  /* 1兆2000億円 */
        {"zh", "1.2\xe4\xb8\x87\xe4\xba\xbf\xe5\x85\x83", "1.2e+12"}, /* 1.2万亿元 */
        {"zh", "5\xe5\x8d\x83\xe4\xb8\x87\xe5\x85\x83", "50000000"},  /* 5千万元 */
        {"zh", "300\xe5\x85\x86\xe7\x93\xa6", "300"},                 /* 300兆瓦 */
        {"zh", "10\xe5\x85\x86\xe8\xb5\xab", "10"},                   /* 10兆赫 */
        /* A smaller scale after a larger one multiplies nothing: 亿万 is no amount. */
        {"zh", "3\xe4\xba\xbf\xe4\xb8\x87", "300000000"}, /* 3亿万 */
    };
    size_t used = 0;

    check_numbers(cases, sizeof(cases) / sizeof(cases[0]));
    ASSERT_TRUE(text_number_cjk_scale("\xe4\xb8\x87\xe4\xba\xbf", 6, &used) == 1e12 && used == 6);
    ASSERT_TRUE(text_number_cjk_scale("\xe4\xb8\x87", 3, &used) == 1e4 && used == 3);
    ASSERT_TRUE(text_number_cjk_scale("\xe5\x85\x86\xe7\x93\xa6", 6, &used) == 0.0);
}

/*
 * Korean glues counters to Arabic digits ("23명" 23 people, "140여대" 140
 * odd cars): the digits are a number. A counter of time or age ("6일",
 * "2024년", "8시간", "9살") gives none, as the time expressions read those;
 * a Latin word with digits stays a word. An amount with scale syllables
 * (천 만 억 조) is its value, as in the other languages: "30만t" 300000,
 * "14억" 1.4 billion, "1조2천억" 1.2 trillion, "4만1천대" 41000.
 */
TD_TEST(test_numbers__korean_counters)
{
    static const struct number_case cases[] = {
        {"ko", "\xec\xb0\xa8\xeb\x9f\x89 140\xec\x97\xac\xeb\x8c\x80\xea\xb0\x80",
         "140"}, /* 차량 140여대가 */
        {"ko", "\xec\xa3\xbc\xeb\xaf\xbc 23\xeb\xaa\x85\xec\x9d\xb4", "23"}, /* 주민 23명이 */
        {"ko", "\xec\x8c\x80\xea\xb0\x92 4980\xec\x97\x94", "4980"},         /* 쌀값 4980엔 */
        {"ko", "\xed\x95\x98\xea\xb0\x9d 61\xeb\xaa\x85 4\xeb\xaa\x85", "61 4"}, /* 하객 61명 4명 */
        {"ko", "6\xec\x9d\xbc 2024\xeb\x85\x84 8\xec\x8b\x9c\xea\xb0\x84 9\xec\x82\xb4",
         ""}, /* 6일 2024년 8시간 9살 */
        {"ko", "30\xeb\xa7\x8ct 14\xec\x96\xb5 E7", "300000 1400000000"}, /* 30만t 14억 E7 */
        {"ko",
         "\xea\xb3\xbc\xec\xa7\x95\xea\xb8\x88 1\xec\xa1\xb0"
         "2\xec\xb2\x9c\xec\x96\xb5\xec\x9b\x90",
         "1.2e+12"}, /* 과징금 1조2천억원 */
        {"ko",
         "8700\xec\x96\xb5\xec\x9b\x90 4\xeb\xa7\x8c"
         "1\xec\xb2\x9c\xeb\x8c\x80",
         "8.7e+11 41000"}, /* 8700억원 4만1천대 */
        {"ko",
         "4\xeb\xa7\x8c"
         "5000\xeb\xaa\x85 2\xec\xb2\x9c\xeb\xaa\x85",
         "45000 2000"}, /* 4만5000명 2천명 */
        /* A span of time in scale syllables is no amount: 3천만년 (30 million years). */
        {"ko", "3\xec\xb2\x9c\xeb\xa7\x8c\xeb\x85\x84", ""}, /* 3천만년 */
        {"ko", "12.5\xeb\xaa\x85", "12.5"},                  /* 12.5명 */
        /* A unit in Latin letters between the figure and its particle. */
        {"ko", "12t\xec\x9d\xb4 540km\xec\x97\x90\xec\x84\x9c", "12 540"}, /* 12t이 540km에서 */
        /* Without a particle, or with more letters than a unit has, it stays a word. */
        {"ko", "540km 100meters\xec\x97\x90", ""}, /* 540km 100meters에 */
    };
    check_numbers(cases, sizeof(cases) / sizeof(cases[0]));
    ASSERT_TRUE(text_number_hangul_glued("140", 3) == 0);
    ASSERT_TRUE(text_number_hangul_glued("140\xec\x97\xac", 6) == 3);
    ASSERT_TRUE(text_number_hangul_amount("14", 2, &(double){0}) == 0);
    ASSERT_TRUE(text_number_hangul_amount("14\xec\x96\xb5", 5, &(double){0}) == 2);
    ASSERT_TRUE(text_number_hangul_amount("4\xeb\xa7\x8c"
                                          "5000\xeb\xaa\x85",
                                          11, &(double){0}) == 8);
    ASSERT_TRUE(text_number_hangul_time("\xec\x9d\xbc", 3));
    ASSERT_TRUE(!text_number_hangul_time("\xeb\xaa\x85", 3));
}
