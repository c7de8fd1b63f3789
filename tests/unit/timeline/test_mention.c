/*
 * test_mention.c - tests of src/timeline/mention.c: the sentence around a
 * date expression (one row per case: text, the expression, the sentence
 * expected) and the trimmed excerpt of a long one.
 */
#include <string.h>

#include "core/alloc.h"
#include "tidings/extract.h"
#include "test.h"
#include "timeline/timeline_int.h"

struct scase {
    const char *text, *expr, *want;
};

static const struct scase cases[] = {
    {"It rained. The vote was on May 3, 2021. Then it stopped.", "May 3, 2021",
     "The vote was on May 3, 2021."},
    /* Abbreviations, initials and ordinals do not end a sentence. */
    {"Intro. Mr. Brell said the lamp failed on May 3, 2021 at dusk. Outro.", "May 3, 2021",
     "Mr. Brell said the lamp failed on May 3, 2021 at dusk."},
    {"Intro. The U.S. firm J. Holm Ltd. signed on May 3, 2021. Outro.", "May 3, 2021",
     "The U.S. firm J. Holm Ltd. signed on May 3, 2021."},
    {"Vorher. Der Vertrag wurde am 7. Januar 2022 unterschrieben. Danach.", "7. Januar 2022",
     "Der Vertrag wurde am 7. Januar 2022 unterschrieben."},
    {"Vorher. Der Fonds zahlte am 7. Januar 2022 rund 1,2 Mrd. Euro aus. Danach.", "7. Januar 2022",
     "Der Fonds zahlte am 7. Januar 2022 rund 1,2 Mrd. Euro aus."},
    /* A full stop before a lower-case word ends no sentence, in any script. */
    {"Ранее. 7 марта 2022 года банк выдал 1,2 млрд. рублей кредитов. Позже.", "7 марта 2022",
     "7 марта 2022 года банк выдал 1,2 млрд. рублей кредитов."},
    /* A year closes a sentence as any word does. */
    {"It opened in 2021. It closed in 2023.", "2023", "It closed in 2023."},
    /* Closing quotes stay with their sentence; lines break sentences. */
    {"\"We opened on May 3, 2021.\" Then more.", "May 3, 2021", "\"We opened on May 3, 2021.\""},
    {"Headline of May 3, 2021\nBody text.", "May 3, 2021", "Headline of May 3, 2021"},
    /* Chinese and Japanese full stops end a sentence with no space after them. */
    {"前文。紧急情况部19日说，矿工已全部获救！后文？", "19日",
     "紧急情况部19日说，矿工已全部获救！"},
    {"指揮者が28日、死去した。87歳だった。", "28日", "指揮者が28日、死去した。"},
};

TD_TEST(test_mention__sentence_table)
{
    size_t i, s, e, at;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const struct scase *c = &cases[i];
        char got[256];

        at = (size_t)(strstr(c->text, c->expr) - c->text);
        mention_sentence(c->text, strlen(c->text), at, at + strlen(c->expr), &s, &e);
        ASSERT_TRUE(e - s < sizeof(got));
        memcpy(got, c->text + s, e - s);
        got[e - s] = '\0';
        ASSERT_STREQ(got, c->want);
    }
}

TD_TEST(test_mention__excerpt_keeps_the_date_in_view)
{
    char text[2048];
    size_t n = 0, at;
    char *x;
    int k;

    for (k = 0; k < 100; k++)
        n += (size_t)snprintf(text + n, sizeof(text) - n, "alpha ");
    at = n;
    n += (size_t)snprintf(text + n, sizeof(text) - n, "on May 3, 2021 ");
    for (k = 0; k < 100; k++)
        n += (size_t)snprintf(text + n, sizeof(text) - n, "omega ");
    x = mention_excerpt(text, 0, n, at);
    ASSERT_TRUE(x != NULL);
    ASSERT_TRUE(strstr(x, "on May 3, 2021") != NULL);
    ASSERT_TRUE(strncmp(x, "…alpha ", strlen("…alpha ")) == 0);
    ASSERT_TRUE(strlen(x) < 260);
    ASSERT_TRUE(strcmp(x + strlen(x) - strlen("omega…"), "omega…") == 0);
    td_free(x);
    /* Short text is kept whole, with white space collapsed. */
    x = mention_excerpt("It  rained\n on May 3.", 0, 21, 0);
    ASSERT_STREQ(x, "It rained on May 3.");
    td_free(x);
}

struct acase {
    const char *text, *lang;
    const char *want; /* the dates of the mentions, in order, joined by spaces */
};

static const struct acase anniversary_cases[] = {
    /* A span counted back from a date dates what follows "since". */
    {"Next month will mark a year since Kim Fallow filed for divorce.", NULL, "2021-02"},
    {"Friday marks two weeks since the bridge closed.", NULL, "2021-12-24"},
    /* ... or from the publication date, at the precision of the span's unit. */
    {"It has been two years since the couple split.", NULL, "2020"},
    {"It's been six months since the mill closed.", "en", "2021-07"},
    {"Ten days have passed since the storm hit.", NULL, "2021-12-28"},
    /* Not an anniversary: the date stays as it is, a lone span dates nothing. */
    {"Next month the mill will close for a year.", NULL, "2022-02"},
    {"The strike lasted two years since nobody gave in.", NULL, ""},
    {"He has been mayor for two years.", NULL, ""},
    /* The same in Spanish, French, German, Italian and Portuguese wording. */
    {"Hoy se cumplen diez años de la tragedia.", "es", "2012-01-07"},
    {"El próximo mes se cumplirá un año desde que pidió el divorcio.", "es", "2021-02"},
    {"Han pasado dos años desde que la pareja se separó.", "es", "2020"},
    {"Cela fait deux ans que le couple s'est séparé.", "fr", "2020"},
    {"Deux ans se sont écoulés depuis la fermeture de la mine.", "fr", "2020"},
    {"Heute ist es zehn Jahre her, dass die Mine schloss.", "de", "2012-01-07"},
    {"Es ist zwei Jahre her, dass sich das Paar trennte.", "de", "2020"},
    {"Zwei Jahre sind vergangen, seit die Mine schloss.", "de", "2020"},
    {"Oggi ricorrono dieci anni dalla strage.", "it", "2012-01-07"},
    {"Sono passati due anni dalla chiusura della miniera.", "it", "2020"},
    {"Hoje faz um ano que a mina fechou.", "pt", "2021-01-07"},
    {"Completam-se dez anos da tragédia.", "pt", "2012"},
    /* A span after such words that is not followed by what it counts from. */
    {"Han pasado dos años difíciles.", "es", ""},
    /* English wording only in English (Finnish text is tagged with the English rules, as any
     * language without its own, but its words are not these). */
    {"Next month will mark a year since the vote.", "fi", "2022-02"},
};

TD_TEST(test_mention__anniversaries_count_back)
{
    size_t i, k;
    struct td_error err;

    for (i = 0; i < sizeof(anniversary_cases) / sizeof(anniversary_cases[0]); i++) {
        const struct acase *c = &anniversary_cases[i];
        struct td_timeline_input in = {.id = "a",
                                       .text = c->text,
                                       .text_len = strlen(c->text),
                                       .date = "2022-01-07",
                                       .lang = c->lang};
        struct td_pubdate pub = {"2022-01-07", TD_DATE_DAY, TD_DATE_SOURCE_GIVEN};
        struct td_timex_list tx;
        struct tl_mention_list ml = {0};
        char got[128] = "";
        size_t n = 0;

        td_timex_list_init(&tx);
        ASSERT_EQ_INT(td_timex_find(c->text, strlen(c->text), "2022-01-07", c->lang, &tx, &err),
                      TD_OK);
        ASSERT_EQ_INT(mention_collect(&ml, 0, &in, &tx, &pub, NULL), TD_OK);
        for (k = 0; k < ml.n; k++) {
            if (ml.items[k].is_publication)
                continue;
            n += (size_t)snprintf(got + n, sizeof(got) - n, "%s%s", n > 0 ? " " : "",
                                  ml.items[k].date.value);
        }
        ASSERT_STREQ(got, c->want);
        mention_list_release(&ml);
        td_timex_list_release(&tx);
    }
}

/* A sentence (its date expression given, may be "") and how many content words it has. */
struct wcase {
    const char *text, *expr;
    size_t want;
};

static const struct wcase word_cases[] = {
    /* Punctuation marks are no words: the en dash of a live blog's "12 h 00 – ...". */
    {"Alpha – Bravo — Charlie", "", 3},
    {"« Alpha » … Bravo • Charlie ‹Delta›", "", 4},
    {"Alpha，Bravo：Charlie", "", 3},
    /* A word that runs on past a CJK date is no part of it: "青云", "云汽", "汽车". */
    {"3月5日，青云汽车", "3月5日", 3},
    {"3月5日青云汽车", "3月5日", 3},
    {"On March 5 Alpha", "March 5", 1},
};

TD_TEST(test_mention__words_table)
{
    size_t i;

    for (i = 0; i < sizeof(word_cases) / sizeof(word_cases[0]); i++) {
        const struct wcase *c = &word_cases[i];
        struct tl_mention m;
        const char *at = c->expr[0] != '\0' ? strstr(c->text, c->expr) : c->text;
        size_t from = (size_t)(at - c->text);

        memset(&m, 0, sizeof(m));
        ASSERT_TRUE(at != NULL);
        ASSERT_OK(
            mention_words(&m, c->text, 0, strlen(c->text), from, from + strlen(c->expr), "en"));
        ASSERT_EQ_INT(m.nwords, c->want);
        td_free(m.words);
    }
}
