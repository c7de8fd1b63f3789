/*
 * test_stem.c - tests of src/text/stem.c: the language list, one stemmed
 * word per Snowball language (checked against libstemmer), and the Latin-1
 * path against Snowball's UTF-8 build on random words.
 */
#include <stdbool.h>
#include <string.h>

#include "collect.h"
#include "text/text.h"
#include "text/text_int.h"
#include "test.h"

/* Room for any stem of a word of TEXT_MAX_TERM_BYTES bytes in these tests. */
#define STEM_TEST_OUT 512

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

/* Pieces random words are made of: letters, Latin-1 letters and suffixes that stemmers strip. */
static const char *const pieces[] = {
    "a", "e", "i", "o", "u", "y", "n", "s", "t", "r", "l", "m", "k", "g", "h", "j", "w",
    "\xc3\xa0", "\xc3\xa1", "\xc3\xa2", "\xc3\xa4", "\xc3\xa5", "\xc3\xa6", "\xc3\xa7",
    "\xc3\xa8", "\xc3\xa9", "\xc3\xaa", "\xc3\xab", "\xc3\xad", "\xc3\xae", "\xc3\xaf",
    "\xc3\xb1", "\xc3\xb3", "\xc3\xb4", "\xc3\xb6", "\xc3\xb8", "\xc3\xba", "\xc3\xbb",
    "\xc3\xbc", "\xc3\xbf", "\xc3\x9f", "\xc2\xaa", "\xc2\xb5", "\xc3\xbe", "\xc3\xb0",
    "\xc5\x93", "\xc5\x91", "'", "ations", "ement", "ungen", "ci\xc3\xb3n", "ieren", "it\xc3\xa0",
    "ness", "ing", "ed", "ly", "euse", "ment", "ais", "aient", "erer", "heit", "lich", "ig",
    "amente", "aci\xc3\xb3n", "\xc3\xa7\xc3\xb5\x65s", "ij", "heden", "isme", "ista", "qu",
    "gu", "y\xc3\xa9", "\xc3\xaft", "sse", "ssa", "ll", "rr"};

/* xorshift64: the same words on every run. */
static uint64_t next_rand(uint64_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

/* Whether the piece `p` is all ASCII. */
static bool ascii_piece(const char *p)
{
    for (; *p != '\0'; p++) {
        if ((unsigned char)*p >= 0x80)
            return false;
    }
    return true;
}

/*
 * A random word of 1-12 pieces, at most TEXT_MAX_TERM_BYTES bytes, in `w`;
 * every other word of ASCII pieces only.
 */
static size_t random_word(uint64_t *x, char *w)
{
    size_t n = 0, k = 1 + next_rand(x) % 12, i;
    bool ascii = next_rand(x) % 2 == 0;

    for (i = 0; i < k; i++) {
        const char *p = pieces[next_rand(x) % (sizeof(pieces) / sizeof(pieces[0]))];
        size_t len = strlen(p);
        if (ascii && !ascii_piece(p))
            continue;
        if (n + len > TEXT_MAX_TERM_BYTES)
            break;
        memcpy(w + n, p, len);
        n += len;
    }
    if (n == 0)
        w[n++] = 'a';
    return n;
}

/*
 * stem_word (the Latin-1 build for ASCII words) gives what the UTF-8 build
 * alone gives, in every language, on 20,000 random words each (among them
 * Dutch "èsse", where the Latin-1 build on its own would differ).
 */
TD_TEST(test_stem__latin1_path_matches_utf8_build)
{
    const char *const *codes = text_stem_languages();
    struct stem_cache cache;
    char w[TEXT_MAX_TERM_BYTES], fast[STEM_TEST_OUT];
    uint64_t x = 0x9E3779B97F4A7C15u;
    size_t i, j, k, ascii_words = 0;

    memset(&cache, 0, sizeof(cache));
    for (i = 0; codes[i] != NULL; i++) {
        struct stemmer *st = NULL;
        ASSERT_OK(stem_cache_get(&cache, codes[i], &st));
        ASSERT_TRUE(st != NULL);
        for (k = 0; k < 20000; k++) {
            size_t n = random_word(&x, w), fast_len = 0, ref_len = 0;
            const char *stem = NULL, *ref = NULL;
            ASSERT_OK(stem_word(st, w, n, &stem, &fast_len));
            ASSERT_TRUE(fast_len < sizeof(fast));
            memcpy(fast, stem, fast_len);
            ASSERT_OK(stem_word_utf8(st, w, n, &ref, &ref_len));
            if (fast_len != ref_len || memcmp(fast, ref, ref_len) != 0) {
                td_test_fail(__FILE__, __LINE__, "%s '%.*s': '%.*s' != '%.*s'", codes[i], (int)n, w,
                             (int)fast_len, fast, (int)ref_len, ref);
                stem_cache_release(&cache);
                return;
            }
            for (j = 0; j < n && (unsigned char)w[j] < 0x80; j++)
                ;
            ascii_words += j == n;
        }
    }
    stem_cache_release(&cache);
    /* Half the words or more are ASCII, the ones the Latin-1 build takes. */
    ASSERT_TRUE(ascii_words >= 28 * 20000 / 2);
}

/* An accented Dutch word keeps the UTF-8 build's stem ("at least 3" counts bytes in the other). */
TD_TEST(test_stem__accented_word_takes_utf8_build)
{
    struct stem_cache cache;
    struct stemmer *st = NULL;
    const char *stem = NULL;
    size_t len = 0;

    memset(&cache, 0, sizeof(cache));
    ASSERT_OK(stem_cache_get(&cache, "nl", &st));
    ASSERT_OK(stem_word(st, "\xc3\xa8sse", 5, &stem, &len));
    ASSERT_EQ_INT(len, 3);
    ASSERT_TRUE(memcmp(stem, "\xc3\xa8s", 3) == 0);
    ASSERT_OK(stem_word(st, "verkiezingen", 12, &stem, &len));
    ASSERT_EQ_INT(len, 7);
    ASSERT_TRUE(memcmp(stem, "verkiez", 7) == 0);
    stem_cache_release(&cache);
}

/*
 * Korean particles come off a noun when two syllables remain; a word with
 * none, or one syllable left, is as it was; in analysis, the forms of one
 * noun give one term.
 */
TD_TEST(test_stem__hangul_particles)
{
    static const struct {
        const char *in, *out;
    } rows[] = {
        {"한빛항공은", "한빛항공"}, {"한빛항공이", "한빛항공"}, {"한빛항공의", "한빛항공"},
        {"서울에서는", "서울"},     {"청주에서", "청주"},       {"정부가", "정부"},
        {"한빛항공", "한빛항공"},   {"나는", "나는"},           {"이성우", "이성우"},
        {"검사관들이", "검사관들"},
    };
    char got[256];
    struct text_analyzer *a = NULL;
    size_t i;

    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
        ASSERT_EQ_INT(stem_hangul(rows[i].in, strlen(rows[i].in)), strlen(rows[i].out));
    ASSERT_OK(text_analyzer_new(&a, NULL));
    ASSERT_OK(collect_terms(a, "ko", "한빛항공은 한빛항공의 한빛항공", got, sizeof(got), 0));
    ASSERT_STREQ(got, "한빛항공 한빛항공 한빛항공");
    text_analyzer_free(a);
}

/*
 * Estonian and Slovene, with no Snowball stemmer, cut words to their first
 * five letters, so that a word's case forms meet; a language with neither
 * keeps its words whole.
 */
TD_TEST(test_stem__estonian_words_cut_to_a_prefix)
{
    struct text_analyzer *a = NULL;
    char got[256];

    ASSERT_EQ_INT(stem_prefix_letters("et"), 5);
    ASSERT_EQ_INT(stem_prefix_letters("sl"), 5);
    ASSERT_EQ_INT(stem_prefix_letters("cs"), 0);
    ASSERT_EQ_INT(stem_prefix_letters("en"), 0);
    ASSERT_EQ_INT(stem_prefix("hääletuse", strlen("hääletuse"), 5), strlen("hääle"));
    ASSERT_EQ_INT(stem_prefix("hääl", strlen("hääl"), 5), strlen("hääl"));
    ASSERT_EQ_INT(stem_prefix("tunde", strlen("tunde"), 5), strlen("tunde"));
    /* Codes with a digit stay whole: two flights do not meet (review29). */
    ASSERT_EQ_INT(stem_prefix("ay1234", strlen("ay1234"), 5), strlen("ay1234"));
    ASSERT_EQ_INT(stem_prefix("a1b2c3d4", strlen("a1b2c3d4"), 5), strlen("a1b2c3d4"));
    ASSERT_OK(text_analyzer_new(&a, NULL));
    /* The analyzer's memo keeps a word's term per language: Czech, then Estonian, then Czech. */
    ASSERT_OK(collect_terms(a, "cs", "hääletuse", got, sizeof(got), 0));
    ASSERT_STREQ(got, "hääletuse");
    ASSERT_OK(collect_terms(a, "et", "hääletuse", got, sizeof(got), 0));
    ASSERT_STREQ(got, "hääle");
    ASSERT_OK(collect_terms(a, "cs", "hääletuse", got, sizeof(got), 0));
    ASSERT_STREQ(got, "hääletuse");
    ASSERT_OK(collect_terms(a, "et", "E-hääletus e-hääletuse valimiskomisjoni kell", got,
                            sizeof(got), 0));
    ASSERT_STREQ(got, "hääle hääle valim kell");
    ASSERT_OK(collect_terms(a, "sl", "volitve volitvah", got, sizeof(got), 0));
    ASSERT_STREQ(got, "volit volit");
    ASSERT_OK(collect_terms(a, "cs", "hlasování hlasováním", got, sizeof(got), 0));
    ASSERT_STREQ(got, "hlasování hlasováním");
    text_analyzer_free(a);
}
