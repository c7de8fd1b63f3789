/*
 * test_kanji.c - tests for src/text/kanji.c: the readings of kanji in
 * Japanese names, and every way one to three of them read in a row.
 */
#include <stdio.h>
#include <string.h>

#include "collect.h"
#include "text/text_int.h"
#include "test.h"

/* Appends each reading to `ctx` (a struct joined), checking its kind. */
static void join_reading(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    joined_add(ctx, kind == TEXT_TOKEN_NAME_READING ? "" : "?:", term, len);
}

TD_TEST(test_kanji__readings_of_one)
{
    static const struct {
        int32_t cp;
        const char *want; /* NULL: not in the table */
    } rows[] = {
        {0x7530, "ta"},        /* 田 */
        {0x9ED2, "kuro"},      /* 黒 */
        {0x9ED1, "kuro"},      /* 黑, the simplified form, reads the same */
        {0x6CB3, "kawa ko"},   /* 河 */
        {0x4E00, "ichi kazu"}, /* 一, the first of the table */
        {0x9F8D, "ryu"},       /* 龍, near its end */
        {0x7684, NULL},        /* 的: no name kanji */
        {'A', NULL},
        {0x3042, NULL}, /* あ */
        {0x20000, NULL},
        {-1, NULL},
    };
    size_t i;

    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        const char *got = kanji_name_readings(rows[i].cp);
        if (rows[i].want == NULL)
            ASSERT_TRUE(got == NULL);
        else
            ASSERT_TRUE(got != NULL && strcmp(got, rows[i].want) == 0);
    }
}

/*
 * Every reading of each kanji in turn, and after the first its voiced form
 * too (rendaku: k/g, s/z, sh/j, ch/j, ts/z, t/d, h/b, f/b), in table order.
 */
TD_TEST(test_kanji__readings_in_a_row)
{
    static const struct {
        const char *in, *want;
    } rows[] = {
        {"田", "ta"},                                          /* no voicing at the start */
        {"黒田", "kurota kuroda"},                             /* 黒田 Kuroda */
        {"宮沢", "miyasawa miyazawa"},                         /* 宮沢 Miyazawa */
        {"中島", "nakashima nakajima"},                        /* sh -> j */
        {"大河", "okawa ogawa oko ogo daikawa daigawa daiko daigo"},
        {"森本", "morimoto"},                                  /* m has no voiced form */
        {"古橋", "furuhashi furubashi kohashi kobashi"},       /* h -> b */
        {"大河内", "okawauchi okawachi okawaji ogawauchi ogawachi ogawaji okouchi okochi okoji "
                   "ogouchi ogochi ogoji daikawauchi daikawachi daikawaji daigawauchi daigawachi "
                   "daigawaji daikouchi daikochi daikoji daigouchi daigochi daigoji"},
    };
    size_t i;

    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        const char *readings[KANJI_WINDOW_MAX];
        struct joined j = {"", 0};
        size_t n = 0, p = 0, len = strlen(rows[i].in);
        while (p < len) {
            /* Three bytes a kanji: this table's are all in the BMP's Han block. */
            int32_t cp = ((rows[i].in[p] & 0x0F) << 12) | ((rows[i].in[p + 1] & 0x3F) << 6) |
                         (rows[i].in[p + 2] & 0x3F);
            readings[n] = kanji_name_readings(cp);
            ASSERT_TRUE(readings[n] != NULL);
            n++;
            p += 3;
        }
        kanji_emit_readings(readings, n, join_reading, &j);
        ASSERT_STREQ(j.s, rows[i].want);
    }
}

/* A window of no kanji, or of more than KANJI_WINDOW_MAX, reads as nothing. */
TD_TEST(test_kanji__window_out_of_range)
{
    const char *readings[KANJI_WINDOW_MAX + 1];
    struct joined j = {"", 0};
    size_t i;

    for (i = 0; i <= KANJI_WINDOW_MAX; i++)
        readings[i] = kanji_name_readings(0x7530);
    kanji_emit_readings(readings, 0, join_reading, &j);
    kanji_emit_readings(readings, KANJI_WINDOW_MAX + 1, join_reading, &j);
    ASSERT_STREQ(j.s, "");
}
