/*
 * test_translit.c - tests of src/text/translit.c and of names.c's use of it:
 * the Latin spelling of case-folded Cyrillic, Greek and katakana names (one
 * table row per name, with what ICU really gives where it differs from the
 * English press), name spotting in those scripts, and allocation failures.
 */
#include <string.h>

#include "core/alloc.h"
#include "text/text_int.h"
#include "collect.h"
#include "test.h"

static const struct {
    const char *in;
    const char *latin;
} names[] = {
    {"путин", "putin"},
    {"владимир", "vladimir"},
    {"медведев", "medvedev"},
    {"лавров", "lavrov"},
    {"горбачёв", "gorbachev"},
    {"ельцин", "yeltsin"},     /* the soft sign's apostrophe is dropped */
    {"зеленский", "zelensky"}, /* BGN "-iy" written "-y" as in English */
    {"навальный", "navalny"},  /* BGN "-yy" likewise */
    {"шойгу", "shoygu"},       /* English writes "Shoigu": no match */
    {"москва", "moskva"},      /* English "Moscow": no match */
    {"киев", "kiyev"},         /* English "Kyiv"/"Kiev": no match */
    {"τσίπρασ", "tsipras"},    /* case folding made the final sigma medial */
    {"μητσοτάκησ", "mitsotakis"},
    {"παπανδρέου", "papandreou"},
    {"αθήνα", "athina"},     /* English "Athens": no match */
    {"トランプ", "toranpu"}, /* English "Trump": no match */
    {"オバマ", "obama"},
    {"ゼレンスキー", "zerensuki"}, /* the long-vowel macron is dropped */
    {"バッハ", "bacha"},           /* ッハ is the "ch" of Bach, not "hh" */
    {"クラダッハ", "kuradacha"},   /* Cladach */
    {"ゴッホ", "gocho"},           /* Gogh */
    {"ホッケー", "hokke"},         /* ッ before another letter doubles it, as before */
    {"ab", "ab"},                  /* Latin passes through */
};

TD_TEST(test_translit__table)
{
    struct translit *t = NULL;
    struct td_buf out = TD_BUF_INIT;
    size_t i;

    ASSERT_OK(translit_new(&t, NULL));
    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        td_buf_reset(&out);
        ASSERT_OK(translit_latin(t, names[i].in, strlen(names[i].in), &out));
        ASSERT_STREQ(out.data, names[i].latin);
    }
    td_buf_release(&out);
    translit_free(t);
}

static const struct {
    const char *in;
    const char *nominative;
} declined[] = {
    {"путина", "путин"},       {"путиным", "путин"},        {"медведеву", "медведев"},
    {"горбачёве", "горбачёв"}, {"зеленского", "зеленский"}, {"троцким", "троцкий"},
    {"лина", "лина"}, /* too short to be a declined surname */
    {"москва", "москва"},      {"путин", "путин"},
};

TD_TEST(test_translit__russian_surnames)
{
    struct td_buf w = TD_BUF_INIT;
    size_t i;

    for (i = 0; i < sizeof(declined) / sizeof(declined[0]); i++) {
        td_buf_reset(&w);
        ASSERT_OK(td_buf_adds(&w, declined[i].in));
        ASSERT_OK(translit_nominative_ru(&w));
        ASSERT_STREQ(w.data, declined[i].nominative);
    }
    td_buf_release(&w);
}

TD_TEST(test_translit__scripts)
{
    ASSERT_TRUE(translit_script(0x041F));    /* П */
    ASSERT_TRUE(translit_script(0x03A4));    /* Τ */
    ASSERT_TRUE(translit_script(0x1F00));    /* ἀ */
    ASSERT_TRUE(translit_script(0x30C8));    /* ト */
    ASSERT_TRUE(translit_katakana(0x30FC));  /* ー */
    ASSERT_TRUE(!translit_katakana(0x30FB)); /* ・ separates names */
    ASSERT_TRUE(!translit_script(0x3042));   /* あ: hiragana is grammar, not names */
    ASSERT_TRUE(!translit_script(0x6771));   /* 東 */
    ASSERT_TRUE(!translit_script('P'));
    ASSERT_TRUE(!translit_script(0x00E9)); /* é */
}

TD_TEST(test_translit__too_long_gives_nothing)
{
    struct translit *t = NULL;
    struct td_buf out = TD_BUF_INIT;
    char w[601];

    /* 300 "щ" (2 bytes each) are 300 UTF-16 units: over the limit, left out. */
    for (size_t i = 0; i < 300; i++)
        memcpy(w + 2 * i, "щ", 2);
    w[600] = '\0';
    ASSERT_OK(translit_new(&t, NULL));
    ASSERT_OK(translit_latin(t, w, 600, &out));
    ASSERT_EQ_INT((long)out.len, 0);
    /* 100 of them fit going in but not coming out ("shch" each): left out too. */
    ASSERT_OK(translit_latin(t, w, 200, &out));
    ASSERT_EQ_INT((long)out.len, 0);
    td_buf_release(&out);
    translit_free(t);
}

static const struct {
    const char *lang;
    const char *in;
    const char *names;
} spotted[] = {
    /* Cyrillic and Greek names are capitalised as Latin ones; sentence starts are skipped. */
    {"ru", "Вчера Владимир Путин встретился с Дмитрием Медведевым в Москве.",
     "vladimir putin dmitriyem medvedev moskve"},
    /* Declined surnames come back to the nominative; first names and places do not. */
    {"ru", "слова Путина, Зеленскому и Владимиру Зеленскому", "putin zelensky vladimiru zelensky"},
    {"el", "слова Путина", "putina"},
    /* Ukrainian declines them too; it has no stemmer (no canonical code). */
    {"uk", "слова Азарова і Сидоренку та Медведеву", "azarov sidorenku medvedev"},
    {"ru", "Путин молчал. Но Лавров ответил", "lavrov"},
    {"el", "Ο πρωθυπουργός Αλέξης Τσίπρας μίλησε στην Αθήνα", "alexis tsipras athina"},
    /* Katakana runs are names at any position; kanji and hiragana are not. */
    {"ja", "トランプ大統領は東京でドナルド・トランプと話した", "toranpu donarudo toranpu"},
    {"ja", "東京タワーでニュース", "tawa nyusu"},
    {"ja", "ア", ""},
    /* Latin names are untouched in a Russian text. */
    {"ru", "встреча с Emmanuel Macron", "emmanuel macron"},
};

TD_TEST(test_translit__names_in_other_scripts)
{
    struct text_analyzer *a = NULL;
    size_t i;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (i = 0; i < sizeof(spotted) / sizeof(spotted[0]); i++) {
        struct joined j = {"", 0};
        ASSERT_OK(text_names(a, spotted[i].lang, spotted[i].in, strlen(spotted[i].in), join_name,
                             &j, NULL));
        ASSERT_STREQ(j.s, spotted[i].names);
    }
    text_analyzer_free(a);
}

TD_TEST(test_translit__without_analyzer_names_keep_their_script)
{
    static const char text[] = "встреча, где Владимир Путин и トランプ";
    struct joined j = {"", 0};

    ASSERT_OK(text_names(NULL, "ru", text, strlen(text), join_name, &j, NULL));
    ASSERT_STREQ(j.s, "владимир путин トランプ");
}

TD_TEST(test_translit__oom)
{
    static const char text[] = "встреча, где Владимир Путин и Αλέξης Τσίπρας";
    enum td_err rc = TD_ERR_NOMEM;
    long n;

    for (n = 0; rc != TD_OK; n++) {
        struct text_analyzer *a = NULL;
        struct joined j = {"", 0};
        alloc_fail_after(n);
        rc = text_analyzer_new(&a, NULL);
        if (rc == TD_OK)
            rc = text_names(a, "ru", text, strlen(text), join_name, &j, NULL);
        alloc_fail_after(-1);
        text_analyzer_free(a);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        if (rc == TD_OK)
            ASSERT_STREQ(j.s, "vladimir putin alexis tsipras");
    }
    ASSERT_TRUE(n > 2);
}
