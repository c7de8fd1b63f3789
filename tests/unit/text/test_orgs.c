/*
 * test_orgs.c - tests of src/text/orgs.c (the table of international bodies
 * and its forms) and of how `text_names` passes the bodies it finds
 * (TEXT_TOKEN_ORG) and the acronyms a text defines (TEXT_TOKEN_ACRONYM_DEF).
 */
#include <string.h>

#include "collect.h"
#include "core/alloc.h"
#include "test.h"
#include "text/text.h"
#include "text/text_int.h"

/* Joins the names with a tag per kind: "O:" a body, "D:" a defined acronym, "W:" its words. */
static void join_tagged(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    struct joined *j = ctx;
    const char *tag = kind == TEXT_TOKEN_ORG                                         ? "O:"
                      : kind == TEXT_TOKEN_ACRONYM_DEF                               ? "D:"
                      : kind == TEXT_TOKEN_DEF_WORD                                  ? "W:"
                      : kind == TEXT_TOKEN_UNCASED || kind == TEXT_TOKEN_UNCASED_ALT ? "U:"
                                                                                     : "";

    /* A sentence's opening word in Russian (TEXT_TOKEN_INITIAL) is no name. */
    if (kind != TEXT_TOKEN_INITIAL)
        joined_add(j, tag, term, len);
}

/* The bodies ("O:" terms only) that `text_names` finds in `in`, joined. */
static void bodies_of(struct text_analyzer *a, const char *lang, const char *in, char *out,
                      size_t cap)
{
    struct joined j = {"", 0};
    const char *p;
    size_t n = 0;

    out[0] = '\0';
    if (text_names(a, lang, in, strlen(in), join_tagged, &j, NULL) != TD_OK)
        return;
    for (p = strstr(j.s, "O:"); p != NULL; p = strstr(p + 2, "O:")) {
        size_t k = strcspn(p + 2, " ");
        if (n + k + 2 > cap)
            break;
        if (n > 0)
            out[n++] = ' ';
        memcpy(out + n, p + 2, k);
        n += k;
        out[n] = '\0';
    }
}

/* A text, its language, and the bodies text_names() must find in it. */
struct org_row {
    const char *lang, *in, *want;
};

/*
 * Asserts that the built-in table finds each row's bodies. With `uncased`,
 * names of scripts without capitals are on, and each row must find none
 * without the table.
 */
static void assert_rows(const struct org_row *rows, size_t n, bool uncased)
{
    struct text_orgs *o = NULL;
    struct text_analyzer *a = NULL;
    char got[256];
    size_t i;

    ASSERT_OK(text_orgs_builtin(&o, NULL));
    ASSERT_OK(text_analyzer_new(&a, NULL));
    text_analyzer_set_uncased_names(a, uncased);
    for (i = 0; i < n; i++) {
        if (uncased) {
            text_analyzer_set_orgs(a, NULL);
            bodies_of(a, rows[i].lang, rows[i].in, got, sizeof(got));
            ASSERT_STREQ(got, "");
        }
        text_analyzer_set_orgs(a, o);
        bodies_of(a, rows[i].lang, rows[i].in, got, sizeof(got));
        ASSERT_STREQ(got, rows[i].want);
    }
    text_analyzer_free(a);
    text_orgs_free(o);
}

/* The built-in table reads, and holds the 50 to 80 bodies it was written with. */
TD_TEST(test_orgs__builtin_table)
{
    struct text_orgs *o = NULL;

    ASSERT_OK(text_orgs_builtin(&o, NULL));
    ASSERT_TRUE(text_orgs_bodies(o) >= 50 && text_orgs_bodies(o) <= 80);
    ASSERT_TRUE(text_orgs_forms(o) > 500);
    text_orgs_free(o);
    text_orgs_free(NULL);
}

/* One row per script: each form finds its key, in running text, where names stand. */
TD_TEST(test_orgs__forms_per_script)
{
    static const struct org_row rows[] = {
        /* Latin: acronyms in capitals anywhere, a sentence's start too; phrases case-folded. */
        {"es", "Líderes de la SCO. OTAN dijo que la OMS aceptó.", "sco nato who"},
        /* English text: only an acronym the name path drops as a stop word ("WHO"). */
        {"en", "Leaders of the SCO met. NATO said the WHO agreed.", "who"},
        {"es", "Las Naciones Unidas y el Banco Mundial.", "un worldbank"},
        /* English full names add no key (the acronym is the key); one-word forms do. */
        {"en", "The United Nations, the World Bank and Nato.", ""},
        {"de", "Die Vereinten Nationen, die Weltbank und die Nato.", "un worldbank nato"},
        {"es", "la ONU y la Organización Mundial de la Salud (OMS)", "un who who"},
        {"fr", "l'ONU et l'Organisation mondiale de la santé", "un who"},
        {"de", "die Vereinten Nationen und die EU-Kommission", "un ec"},
        {"pt", "A UE e o FMI", "eu imf"},
        {"tr", "AB ve BM", "eu un"},
        /* Cyrillic: acronyms, and phrases in their case forms. */
        {"ru", "Лидеры ШОС и НАТО; представители Организации Объединённых Наций", "sco nato un"},
        {"ru", "эксперты Всемирной организации здравоохранения", "who"},
        {"uk", "Представники ООН і ЄС", "un eu"},
        /* Greek. */
        {"el", "Ο ΟΗΕ και η Ευρωπαϊκής Ένωσης", "un eu"},
        /* Han, kana and Hangul: anywhere inside a run. */
        {"zh", "上合组织峰会在比什凯克举行，联合国秘书长出席。", "sco un"},
        {"ja", "国連と北大西洋条約機構の会合", "un nato"},
        {"ko", "유엔은 세계보건기구와 함께", "un who"},
        /* Arabic and Devanagari: word for word, with hamza forms folded. */
        {"ar", "قادة منظمة شنغهاي للتعاون والامم المتحدة", "sco"},
        {"ar", "قال الأمين العام للأمم المتحدة إن الأمم المتحدة", "un"},
        {"hi", "शंघाई सहयोग संगठन की बैठक में संयुक्त राष्ट्र", "sco un"},
    };

    assert_rows(rows, sizeof(rows) / sizeof(rows[0]), true);
}

/*
 * Acronyms that are words too count only in capitals, as whole words, in
 * the languages listed for them, and not in shouted text.
 */
TD_TEST(test_orgs__ambiguous_words_are_no_bodies)
{
    static const struct org_row rows[] = {
        {"en", "Who said it? The man who came. Eu and Un are names.", ""},
        {"pt", "Eu acho que sim, disse eu.", ""},
        {"en", "WHO ARE THEY, the headline asked.", ""},
        {"en", "The ONUS is on them; UNO stands.", ""}, /* no whole word; UNO German only */
        {"de", "Die UNO tagt.", "un"},
        {"en", "Prices rose, the CPI showed.", ""}, /* CPI: a court in Romance text */
        {"es", "Ante la CPI, en La Haya.", "icc"},
        {"fr", "L'UE a dit. L'OMS a dit.", "eu who"},
        {"en", "The EU said. The WHO said.", "who"},
    };

    assert_rows(rows, sizeof(rows) / sizeof(rows[0]), false);
}

/*
 * A one-word form in a script with capitals stands for the word; longer forms
 * come as well. In English text the name path's names stay as they were.
 */
TD_TEST(test_orgs__one_word_forms_stand_for_the_word)
{
    struct text_orgs *o = NULL;
    struct text_analyzer *a = NULL;
    struct joined j = {"", 0};
    static const char in[] = "Officials of the Russian ООН and the Naciones Unidas met.";

    ASSERT_OK(text_orgs_builtin(&o, NULL));
    ASSERT_OK(text_analyzer_new(&a, NULL));
    text_analyzer_set_orgs(a, o);
    ASSERT_OK(text_names(a, "en", in, strlen(in), join_tagged, &j, NULL));
    ASSERT_STREQ(j.s, "russian oon naciones unidas");
    j.len = 0;
    ASSERT_OK(text_names(a, "es", in, strlen(in), join_tagged, &j, NULL));
    ASSERT_STREQ(j.s, "russian O:un O:un naciones unidas");
    text_analyzer_free(a);
    text_orgs_free(o);
}

/* A table of one's own: languages, bad lines and allocation failures. */
TD_TEST(test_orgs__parse)
{
    static const char good[] = "# a comment\n\nxyz\t*\tXYZ | Xylo Zeta\nxyz\tfr\tZYX\n";
    static const char *const bad[] = {"xyz\n", "xyz\t*\n", "\t*\tXYZ\n", "xyz\t*\tXYZ | \n"};
    struct text_orgs *o = NULL;
    struct text_analyzer *a = NULL;
    struct td_error err;
    char got[64];
    enum td_err rc = TD_ERR_NOMEM;
    size_t i;
    long n;

    ASSERT_OK(text_orgs_parse(good, strlen(good), &o, NULL));
    ASSERT_EQ_INT(text_orgs_bodies(o), 1);
    ASSERT_EQ_INT(text_orgs_forms(o), 3);
    ASSERT_OK(text_analyzer_new(&a, NULL));
    text_analyzer_set_orgs(a, o);
    bodies_of(a, "de", "the XYZ and Xylo Zeta, not ZYX", got, sizeof(got));
    ASSERT_STREQ(got, "xyz xyz");
    bodies_of(a, "fr", "la ZYX", got, sizeof(got));
    ASSERT_STREQ(got, "xyz");
    text_analyzer_free(a);
    text_orgs_free(o);
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        o = NULL;
        ASSERT_EQ_INT(text_orgs_parse(bad[i], strlen(bad[i]), &o, &err), TD_ERR_PARSE);
        ASSERT_TRUE(o == NULL && strstr(err.msg, "line 1") != NULL);
    }
    ASSERT_EQ_INT(text_orgs_parse(NULL, 0, &o, NULL), TD_ERR_INVALID);
    for (n = 0; rc != TD_OK; n++) {
        o = NULL;
        alloc_fail_after(n);
        rc = text_orgs_parse(good, strlen(good), &o, NULL);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        ASSERT_TRUE(rc == TD_OK || o == NULL);
        text_orgs_free(o);
    }
}

/*
 * Countries in Han, kana and Hangul (key "@" and the code, as the engine adds
 * them under model option cjk_countries): a Hangul form is a whole word or
 * its stem before a particle ("프랑스의"; not 인도 in "인도양", not 이란 glued
 * to "무엇이란"); a katakana form a whole stretch of katakana (タイ in
 * "タイで", not in "タイヤ"); a Han form anywhere ("中国煤矿"). Bodies are
 * found as before.
 */
TD_TEST(test_orgs__countries_in_cjk_scripts)
{
    static const char extra[] = "@FR\t*\t\xED\x94\x84\xEB\x9E\x91\xEC\x8A\xA4\n"
                                "@IN\t*\t\xEC\x9D\xB8\xEB\x8F\x84\n"
                                "@IR\t*\t\xEC\x9D\xB4\xEB\x9E\x80\n"
                                "@TH\t*\t\xE3\x82\xBF\xE3\x82\xA4\n"
                                "@CN\t*\t\xE4\xB8\xAD\xE5\x9B\xBD\n";
    static const struct {
        const char *lang, *in, *want;
    } rows[] = {
        /* 프랑스의 노조, 인도양의 섬 */
        {"ko",
         "\xED\x94\x84\xEB\x9E\x91\xEC\x8A\xA4\xEC\x9D\x98 \xEB\x85\xB8\xEC\xA1\xB0, "
         "\xEC\x9D\xB8\xEB\x8F\x84\xEC\x96\x91\xEC\x9D\x98 \xEC\x84\xAC",
         "@FR"},
        /* 인도를 요청했다 */
        {"ko", "\xEC\x9D\xB8\xEB\x8F\x84\xEB\xA5\xBC \xEC\x9A\x94\xEC\xB2\xAD", "@IN"},
        /* 무엇이란 */
        {"ko", "\xEB\xAC\xB4\xEC\x97\x87\xEC\x9D\xB4\xEB\x9E\x80", ""},
        /* タイヤ工場がタイで */
        {"ja",
         "\xE3\x82\xBF\xE3\x82\xA4\xE3\x83\xA4\xE5\xB7\xA5\xE5\xA0\xB4\xE3\x81\x8C"
         "\xE3\x82\xBF\xE3\x82\xA4\xE3\x81\xA7",
         "@TH"},
        /* 中国煤矿, 联合国 */
        {"zh",
         "\xE4\xB8\xAD\xE5\x9B\xBD\xE7\x85\xA4\xE7\x9F\xBF\xEF\xBC\x8C\xE8\x81\x94"
         "\xE5\x90\x88\xE5\x9B\xBD",
         "@CN un"},
    };
    struct text_orgs *o = NULL;
    struct text_analyzer *a = NULL;
    char got[256];
    size_t i;

    ASSERT_OK(text_orgs_builtin_with(extra, strlen(extra), &o, NULL));
    ASSERT_OK(text_analyzer_new(&a, NULL));
    text_analyzer_set_uncased_names(a, true);
    text_analyzer_set_orgs(a, o);
    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        bodies_of(a, rows[i].lang, rows[i].in, got, sizeof(got));
        ASSERT_STREQ(got, rows[i].want);
    }
    text_analyzer_free(a);
    text_orgs_free(o);
    ASSERT_OK(text_orgs_builtin_with(NULL, 0, &o, NULL));
    text_orgs_free(o);
}

/*
 * Zone cities in other languages (key "@" and the English name, as
 * td_gazetteer_cities() gives them): Han where ICU's segmentation starts a
 * word (not the tail of a longer name spelt by sounds), katakana as a whole
 * stretch, no capitalised Cyrillic word (the name path reads it: "В Сиднее",
 * and so neither "Банк" nor "Читайте"), a one-word Arabic form as a word (no
 * acronym: Arabic has no capitals).
 */
TD_TEST(test_orgs__zone_cities_in_other_languages)
{
    static const char extra[] =
        "@sydney\t*\t\xE6\x82\x89\xE5\xB0\xBC\n"
        "@minsk\t*\t\xE6\x98\x8E\xE6\x96\xAF\xE5\x85\x8B\n"
        "@sydney\t*\t\xE3\x82\xB7\xE3\x83\x89\xE3\x83\x8B\xE3\x83\xBC\n"
        "@sydney\t*\t\xD0\xA1\xD0\xB8\xD0\xB4\xD0\xBD\xD0\xB5\xD0\xB9\n"
        "@bangkok\t*\t\xD0\x91\xD0\xB0\xD0\xBD\xD0\xBA\xD0\xBE\xD0\xBA\n"
        "@chita\t*\t\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\n"
        "@cairo\t*\t\xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD9\x87\xD8\xB1\xD8\xA9\n";
    static const struct {
        const char *lang, *in, *want;
    } rows[] = {
        /* 悉尼歌剧院 */
        {"zh", "\xE6\x82\x89\xE5\xB0\xBC\xE6\xAD\x8C\xE5\x89\xA7\xE9\x99\xA2", "@sydney"},
        /* 在明斯克举行, 白俄罗斯首都明斯克: at a word's start (ICU's segmentation) */
        {"zh", "\xE5\x9C\xA8\xE6\x98\x8E\xE6\x96\xAF\xE5\x85\x8B\xE4\xB8\xBE\xE8\xA1\x8C",
         "@minsk"},
        {"zh",
         "\xE7\x99\xBD\xE4\xBF\x84\xE7\xBD\x97\xE6\x96\xAF\xE9\xA6\x96\xE9\x83\xBD\xE6\x98\x8E\xE6"
         "\x96\xAF\xE5\x85\x8B",
         "@minsk"},
        /* 河水漫入奥廖克明斯克: the tail of Olyokminsk (奥|廖|克明|斯克), no Minsk */
        {"zh",
         "\xE6\xB2\xB3\xE6\xB0\xB4\xE6\xBC\xAB\xE5\x85\xA5\xE5\xA5\xA5\xE5\xBB\x96\xE5\x85\x8B\xE6"
         "\x98\x8E\xE6\x96\xAF\xE5\x85\x8B",
         ""},
        /* シドニーで, and not in シドニーア */
        {"ja", "\xE3\x82\xB7\xE3\x83\x89\xE3\x83\x8B\xE3\x83\xBC\xE3\x81\xA7", "@sydney"},
        {"ja", "\xE3\x82\xB7\xE3\x83\x89\xE3\x83\x8B\xE3\x83\xBC\xE3\x82\xA2", ""},
        /* В Сиднее закрыли: a capitalised city is left to the name path */
        {"ru",
         "\xD0\x92 \xD0\xA1\xD0\xB8\xD0\xB4\xD0\xBD\xD0\xB5\xD0\xB5 "
         "\xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD1\x8B\xD0\xBB\xD0\xB8",
         ""},
        /* Банк объявил. Читайте также. */
        {"ru",
         "\xD0\x91\xD0\xB0\xD0\xBD\xD0\xBA \xD0\xBE\xD0\xB1\xD1\x8A\xD1\x8F\xD0\xB2"
         "\xD0\xB8\xD0\xBB. \xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 "
         "\xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5.",
         ""},
        /* قال في القاهرة */
        {"ar",
         "\xD9\x82\xD8\xA7\xD9\x84 \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD9\x82\xD8\xA7"
         "\xD9\x87\xD8\xB1\xD8\xA9",
         "@cairo"},
    };
    struct text_orgs *o = NULL;
    struct text_analyzer *a = NULL;
    char got[256];
    size_t i;

    ASSERT_OK(text_orgs_builtin_with(extra, strlen(extra), &o, NULL));
    ASSERT_OK(text_analyzer_new(&a, NULL));
    text_analyzer_set_uncased_names(a, true);
    text_analyzer_set_orgs(a, o);
    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        bodies_of(a, rows[i].lang, rows[i].in, got, sizeof(got));
        ASSERT_STREQ(got, rows[i].want);
    }
    text_analyzer_free(a);
    text_orgs_free(o);
}

/* Bits set in `f`. */
static size_t filter_bits(const struct org_filter *f)
{
    size_t n = 0, i;

    for (i = 0; i < ORG_FILTER_BITS / 64; i++)
        n += (size_t)__builtin_popcountll(f->bits[i]);
    return n;
}

/*
 * The phrases' filter has bits only for first words that begin in ASCII, the
 * only words it is asked about: phrases in Cyrillic, Greek, Arabic or
 * Devanagari (zone cities, bodies) set none, and a Latin word no phrase
 * starts with still skips the look-up; the phrases are found as before.
 */
TD_TEST(test_orgs__filter_bits_of_ascii_words_only)
{
    /* Сидней, Αθήνα, القاهرة, दिल्ली */
    static const char other[] =
        "@sydney\t*\t\xD0\xA1\xD0\xB8\xD0\xB4\xD0\xBD\xD0\xB5\xD0\xB9\n"
        "@athens\t*\t\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1\n"
        "@cairo\t*\t\xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD9\x87\xD8\xB1\xD8\xA9\n"
        "@delhi\t*\t\xE0\xA4\xA6\xE0\xA4\xBF\xE0\xA4\xB2\xE0\xA5\x8D\xE0\xA4\xB2\xE0\xA5\x80\n";
    static const char latin[] = "xyz\t*\tXylo Zeta\n";
    struct text_orgs *o = NULL;
    struct text_analyzer *a = NULL;
    char got[64];

    ASSERT_OK(text_orgs_parse(other, strlen(other), &o, NULL));
    ASSERT_EQ_INT(text_orgs_forms(o), 4);
    ASSERT_EQ_INT(filter_bits(orgs_filter(o)), 0);
    /* A word in those scripts always goes on to the look-up. */
    ASSERT_TRUE(org_filter_may(orgs_filter(o), "\xD0\xA1\xD0\xB8\xD0\xB4", 6));
    ASSERT_OK(text_analyzer_new(&a, NULL));
    text_analyzer_set_uncased_names(a, true);
    text_analyzer_set_orgs(a, o);
    bodies_of(a, "ar", "\xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD9\x87\xD8\xB1\xD8\xA9",
              got, sizeof(got));
    ASSERT_STREQ(got, "@cairo");
    text_analyzer_free(a);
    text_orgs_free(o);

    o = NULL;
    ASSERT_OK(text_orgs_parse(latin, strlen(latin), &o, NULL));
    ASSERT_EQ_INT(filter_bits(orgs_filter(o)), 1);
    ASSERT_TRUE(org_filter_may(orgs_filter(o), "Xylophone", 9));
    ASSERT_TRUE(org_filter_may(orgs_filter(o), "XYLO", 4));
    ASSERT_TRUE(!org_filter_may(orgs_filter(o), "Paris", 5));
    text_orgs_free(o);
}

/*
 * Definitions: "Full Name (ACR)" and "ACR (Full Name)" give the acronym and
 * the full name's capitalised words; initials that do not fit, or no
 * parentheses, give none; off (the default), nothing comes.
 */
TD_TEST(test_orgs__acronym_definitions)
{
    static const struct {
        const char *lang, *in, *want;
    } rows[] = {
        {"en", "the Varnholt Basin Authority (VBA) said",
         "varnholt basin authority vba D:vba "
         "W:varnholt W:basin W:authority"},
        {"fr", "l'Organisation de coopération de Korvath (OCK) a dit",
         "organisation korvath ock D:ock W:organisation W:korvath"},
        {"en", "the VBA (Varnholt Basin Authority) said",
         "vba D:vba W:varnholt W:basin W:authority varnholt basin authority"},
        {"ru", "Организация Кравецкого Союза (ОКС) заявила",
         "kravetsky soyuza oks D:oks W:organizatsiya W:kravetsky W:soyuza"},
        /* Initials that do not fit the acronym, or nothing around it. */
        {"en", "said John Smith (AP) on Monday", "john smith ap monday"},
        {"en", "the VBA said in Varnholt", "vba varnholt"},
    };
    struct text_analyzer *a = NULL;
    size_t i;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct joined j = {"", 0};
        text_analyzer_set_acronym_defs(a, false);
        ASSERT_OK(
            text_names(a, rows[i].lang, rows[i].in, strlen(rows[i].in), join_tagged, &j, NULL));
        ASSERT_TRUE(strstr(j.s, "D:") == NULL && strstr(j.s, "W:") == NULL);
        j.len = 0;
        j.s[0] = '\0';
        text_analyzer_set_acronym_defs(a, true);
        ASSERT_OK(
            text_names(a, rows[i].lang, rows[i].in, strlen(rows[i].in), join_tagged, &j, NULL));
        ASSERT_STREQ(j.s, rows[i].want);
    }
    text_analyzer_free(a);
}
