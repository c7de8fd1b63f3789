/*
 * test_stopwords.c - tests of src/text/stopwords.c and the compiled-in
 * lists: every list is sorted, has no duplicates and is already in the
 * form the analyzer produces; lookups hit and miss as they should.
 */
#include <string.h>

#include "core/buf.h"
#include "text/text.h"
#include "text/text_int.h"
#include "test.h"

TD_TEST(test_stopwords__lists_are_sorted_and_unique)
{
    size_t i, j;

    for (i = 0; i < stopword_list_count; i++) {
        const struct stop_list *l = &stopword_lists[i];
        ASSERT_TRUE(l->count >= 20);
        for (j = 1; j < l->count; j++) {
            if (strcmp(l->words[j - 1], l->words[j]) >= 0)
                ASSERT_STREQ(l->words[j - 1], "(sorted before)");
        }
        if (i > 0)
            ASSERT_TRUE(strcmp(stopword_lists[i - 1].lang, l->lang) < 0);
    }
}

TD_TEST(test_stopwords__lists_are_normalized)
{
    struct td_buf b = TD_BUF_INIT;
    size_t i, j;

    for (i = 0; i < stopword_list_count; i++) {
        for (j = 0; j < stopword_lists[i].count; j++) {
            const char *w = stopword_lists[i].words[j];
            td_buf_reset(&b);
            ASSERT_OK(text_normalize(w, strlen(w), &b, NULL));
            ASSERT_STREQ(b.data, w);
        }
    }
    td_buf_release(&b);
}

TD_TEST(test_stopwords__every_stemmer_language_has_a_list)
{
    const char *const *codes = text_stem_languages();
    size_t i;

    for (i = 0; codes[i] != NULL; i++)
        ASSERT_TRUE(stopwords_find(codes[i]) != NULL);
    ASSERT_TRUE(stopwords_find("ja") != NULL);
    ASSERT_TRUE(stopwords_find("zh") != NULL);
    ASSERT_TRUE(stopwords_find("ko") == NULL);
    ASSERT_TRUE(stopwords_find("") == NULL);
    ASSERT_TRUE(stopwords_find(NULL) == NULL);
}

static const struct {
    const char *lang;
    const char *word;
    int is_stop;
} lookups[] = {
    {"en", "the", 1},     {"en", "a", 1},       {"en", "yourselves", 1}, {"en", "zebra", 0},
    {"en", "th", 0},      {"en", "thee", 0},    {"en", "", 0},           {"en", "The", 0},
    {"English", "the", 1}, {"en-GB", "of", 1},  {"de", "und", 1},        {"de", "über", 1},
    {"es", "también", 1}, {"fr", "où", 1},      {"ru", "что", 1},        {"el", "τουσ", 1},
    {"ja", "の", 1},      {"zh", "的", 1},      {"zh", "地震", 0},       {"hy", "եւ", 1},
    {"", "the", 0},       {NULL, "the", 0},     {"xx", "the", 0},        {"de", "the", 0},
};

TD_TEST(test_stopwords__lookup)
{
    size_t i;

    for (i = 0; i < sizeof(lookups) / sizeof(lookups[0]); i++) {
        const char *w = lookups[i].word;
        if (text_is_stopword(lookups[i].lang, w, strlen(w)) != (lookups[i].is_stop != 0))
            ASSERT_STREQ(w, lookups[i].is_stop ? "(a stop word)" : "(not a stop word)");
    }
    /* Counted, not NUL-terminated: "then" cut to "the". */
    ASSERT_TRUE(text_is_stopword("en", "then", 3));
}
