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

/* The reference: a linear scan of the list for the counted word. */
static bool in_list(const struct stop_list *l, const char *w, size_t len)
{
    size_t i;

    for (i = 0; i < l->count; i++) {
        if (strlen(l->words[i]) == len && memcmp(l->words[i], w, len) == 0)
            return true;
    }
    return false;
}

/* Every word of every list, cut short by one byte and lengthened by one, in every list. */
TD_TEST(test_stopwords__hashed_sets_agree_with_the_lists)
{
    char buf[64];
    size_t i, j, k;

    for (i = 0; i < stopword_list_count; i++) {
        for (j = 0; j < stopword_lists[i].count; j++) {
            const char *w = stopword_lists[i].words[j];
            size_t len = strlen(w);
            ASSERT_TRUE(len + 1 < sizeof(buf));
            memcpy(buf, w, len);
            buf[len] = 'x';
            for (k = 0; k < stopword_list_count; k++) {
                const struct stop_list *l = &stopword_lists[k];
                ASSERT_TRUE(stopwords_contain(l, w, len) == in_list(l, w, len));
                ASSERT_TRUE(stopwords_contain(l, w, len - 1) == in_list(l, w, len - 1));
                ASSERT_TRUE(stopwords_contain(l, buf, len + 1) == in_list(l, buf, len + 1));
            }
            ASSERT_TRUE(stopwords_contain(&stopword_lists[i], w, len));
        }
    }
}

/* A set holds its list's short words and nothing else; its longest word is the list's. */
TD_TEST(test_stopwords__hashed_sets_hold_only_their_lists_words)
{
    size_t i, j;

    for (i = 0; i < stopword_list_count; i++) {
        const struct stop_set *set = &stopword_sets[i];
        size_t short_words = 0, used = 0, longest = 0;
        for (j = 0; j < stopword_lists[i].count; j++) {
            size_t len = strlen(stopword_lists[i].words[j]);
            short_words += len <= STOP_SLOT_WORD;
            longest = len > longest ? len : longest;
        }
        for (j = 0; j <= set->mask; j++) {
            const struct stop_slot *s = &set->slots[j];
            if (s->len == 0)
                continue;
            used++;
            ASSERT_TRUE(in_list(&stopword_lists[i], s->w, s->len));
        }
        ASSERT_EQ_INT((long)used, (long)short_words);
        ASSERT_EQ_INT((long)set->max_len, (long)longest);
        ASSERT_TRUE(2 * used <= (size_t)set->mask + 1);
    }
}
