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

TD_TEST(test_numbers__the_same_figure_in_every_language)
{
    static const struct {
        const char *lang, *in, *want;
    } cases[] = {
        /* Decimal point or comma, by the language. */
        {"en", "Shares fell 9.66 points", "9.66"},
        {"es", "Las acciones cayeron 9,66 puntos", "9.66"},
        {"de", "Die Aktie fiel um 0,67 Prozent", "0.67"},
        /* Thousands, grouped either way; both separators settle it. */
        {"en", "6,000 jobs and 10,365.45 points", "6000 10365.45"},
        {"es", "6.000 empleos y 10.365,45 puntos", "6000 10365.45"},
        {"fr", "1.000.000 habitants", "1000000"},
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
        /* Leading zeros and a number at the very end. */
        {"en", "October 07, 2009", "7 2009"},
        {"en", "It rose to 8.04", "8.04"},
    };
    struct text_analyzer *a = NULL;
    char got[256];
    size_t i;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        numbers_of(a, cases[i].lang, cases[i].in, got, sizeof(got));
        if (strcmp(got, cases[i].want) != 0)
            td_test_fail(__FILE__, __LINE__, "%s '%s': got '%s', want '%s'", cases[i].lang,
                         cases[i].in, got, cases[i].want);
    }
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
