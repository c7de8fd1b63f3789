/*
 * test_stem.c - tests of src/text/stem.c: the language list, and one
 * stemmed word per Snowball language (checked against libstemmer).
 */
#include <string.h>

#include "collect.h"
#include "text/text.h"
#include "test.h"

TD_TEST(test_stem__languages)
{
    const char *const *codes = text_stem_languages();
    size_t i;

    for (i = 0; codes[i] != NULL; i++) {
        char canon[8];
        text_lang_canonical(codes[i], canon);
        ASSERT_STREQ(canon, codes[i]);
    }
    ASSERT_EQ_INT(i, 28);
}

static const struct {
    const char *lang;
    const char *word;
    const char *stem;
} stems[] = {
    {"en", "running", "run"},       {"de", "häuser", "haus"},       {"es", "ciudades", "ciudad"},
    {"fr", "gouvernements", "gouvern"}, {"it", "elezioni", "elezion"}, {"pt", "eleições", "eleiçõ"},
    {"nl", "verkiezingen", "verkiez"}, {"ru", "выборах", "выбор"},  {"sv", "valen", "val"},
    {"no", "valget", "valg"},       {"da", "valget", "valg"},       {"fi", "vaaleissa", "vaale"},
};

TD_TEST(test_stem__words)
{
    struct text_analyzer *a = NULL;
    char got[128];
    size_t i;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (i = 0; i < sizeof(stems) / sizeof(stems[0]); i++) {
        ASSERT_OK(collect_terms(a, stems[i].lang, stems[i].word, got, sizeof(got), 0));
        ASSERT_STREQ(got, stems[i].stem);
    }
    text_analyzer_free(a);
}

/* Every language's stemmer loads and returns something for a plain word. */
TD_TEST(test_stem__every_language_stems)
{
    const char *const *codes = text_stem_languages();
    struct text_analyzer *a = NULL;
    char got[128];
    size_t i;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (i = 0; codes[i] != NULL; i++) {
        ASSERT_OK(collect_terms(a, codes[i], "qwertyzz", got, sizeof(got), 0));
        ASSERT_TRUE(got[0] != '\0');
    }
    text_analyzer_free(a);
}
