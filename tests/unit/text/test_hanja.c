/*
 * test_hanja.c - the Sino-Korean reading table (src/text/hanja.c), read from
 * a small file in libhangul's form written for the test.
 */
#include <stdio.h>
#include <string.h>

#include "core/utf8.h"
#include "text/text_int.h"
#include "test.h"

#define DATA TD_TEST_DATA_DIR "/text"

/* The UTF-8 of the code point `cp` (below U+10000) in `out`. */
static const char *utf8_of(int32_t cp, char out[4])
{
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    out[3] = '\0';
    return out;
}

/* Whether `cp` has exactly the readings `want` (UTF-8 syllables, no separator). */
static bool reads(const struct hanja_table *t, const char *han, const char *want)
{
    size_t p = 0, i, n;
    int32_t r[HANJA_READINGS];
    char got[16] = "", one[4];

    n = hanja_readings(t, utf8_next(han, strlen(han), &p), r);
    for (i = 0; i < n; i++)
        memcpy(got + 3 * i, utf8_of(r[i], one), 4);
    return strcmp(got, want) == 0;
}

TD_TEST(test_hanja__readings_of_one_character)
{
    struct hanja_table *t = NULL;

    ASSERT_OK(hanja_table_load(DATA "/hanja_small.txt", &t, NULL));
    ASSERT_TRUE(t != NULL);
    /* In the file's order, the dictionary reading first; a second line of a reading once. */
    ASSERT_TRUE(reads(t, "蔚", "울위"));
    ASSERT_TRUE(reads(t, "李", "리이"));
    ASSERT_TRUE(reads(t, "金", "금김"));
    ASSERT_TRUE(reads(t, "山", "산"));
    /* Simplified and traditional forms are lines of their own. */
    ASSERT_TRUE(reads(t, "韩", "한"));
    ASSERT_TRUE(reads(t, "結", "결"));
    /* Not in the table, and a word line or a line without a Hangul reading adds nothing. */
    ASSERT_TRUE(reads(t, "东", ""));
    ASSERT_TRUE(reads(t, "a", ""));
    hanja_table_free(t);
    /* A missing file is no table, and no error. */
    ASSERT_OK(hanja_table_load(DATA "/no-such-hanja.txt", &t, NULL));
    ASSERT_TRUE(t == NULL);
    ASSERT_TRUE(reads(NULL, "山", ""));
    hanja_table_free(NULL);
}

TD_TEST(test_hanja__initial_sound_law)
{
    static const struct {
        const char *in, *want;
    } rows[] = {
        {"리", "이"}, {"류", "유"}, {"려", "여"}, {"로", "노"}, {"라", "나"},
        {"녀", "여"}, {"니", "이"}, {"나", "나"}, {"김", "김"}, {"a", "a"},
    };
    size_t i, p;
    char out[4];

    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        int32_t cp;
        p = 0;
        cp = hanja_initial_law(utf8_next(rows[i].in, strlen(rows[i].in), &p));
        if (cp < 0x80) {
            out[0] = (char)cp;
            out[1] = '\0';
        } else {
            utf8_of(cp, out);
        }
        ASSERT_STREQ(out, rows[i].want);
    }
}
