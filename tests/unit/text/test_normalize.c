/*
 * test_normalize.c - tests of src/text/normalize.c: NFKC + case folding
 * from a table, appending, size caps, long non-ASCII text and every
 * allocation failure.
 */
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "text/text.h"
#include "test.h"

static const struct {
    const char *in;
    const char *out;
} cases[] = {
    {"", ""},
    {"Hello, WORLD 42!", "hello, world 42!"},
    {"Ｔｏｋｙｏ ２０２４", "tokyo 2024"},            /* full-width forms */
    {"\xef\xac\x81nance", "finance"},                  /* U+FB01 ligature fi */
    {"CAFÉ", "café"},
    {"cafe\xcc\x81", "caf\xc3\xa9"},                  /* e + combining acute composes */
    {"Straße", "strasse"},                             /* full case folding */
    {"ΣΕΙΣΜΌΣ", "σεισμόσ"},                            /* final sigma folds to sigma */
    {"İstanbul", "istanbul"},                          /* no stray U+0307 */
    {"Москва", "москва"},
    {"が ｶﾞ", "が ガ"},                                /* marks kept, half-width kana */
    {"co\xc2\xadop\xe2\x80\x8b", "coop"},              /* soft hyphen, zero-width space */
    {"\xe2\x85\xa8 km\xc2\xb2", "ix km2"},             /* Roman numeral nine, superscript */
    {"don\xe2\x80\x99t", "don\xe2\x80\x99t"},          /* curly apostrophe kept */
    /* Every ASCII byte around the capitals, eight at a time and in the tail. */
    {"\x01\x1f !/09:?@AMZ[`az{~\x7f ABCDEFGHIJKLMNOPQRSTUVWXYZ", "\x01\x1f !/09:?@amz[`az{~\x7f "
     "abcdefghijklmnopqrstuvwxyz"},
    {"a\0B", "a\0b"},
};

TD_TEST(test_normalize__table)
{
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct td_buf b = TD_BUF_INIT;
        size_t in_len = strlen(cases[i].in), out_len = strlen(cases[i].out);
        if (i == sizeof(cases) / sizeof(cases[0]) - 1)
            in_len = out_len = 3; /* the row with an embedded NUL */
        ASSERT_OK(text_normalize(cases[i].in, in_len, &b, NULL));
        ASSERT_EQ_INT(b.len, out_len);
        ASSERT_TRUE(memcmp(b.data, cases[i].out, out_len) == 0);
        ASSERT_STREQ(b.data + out_len, "");
        td_buf_release(&b);
    }
}

TD_TEST(test_normalize__appends)
{
    struct td_buf b = TD_BUF_INIT;

    ASSERT_OK(td_buf_adds(&b, "Keep: "));
    ASSERT_OK(text_normalize("ÉTÉ", strlen("ÉTÉ"), &b, NULL));
    ASSERT_STREQ(b.data, "Keep: été");
    td_buf_release(&b);
}

TD_TEST(test_normalize__invalid_utf8)
{
    struct td_buf b = TD_BUF_INIT;
    struct td_error err;

    ASSERT_OK(td_buf_adds(&b, "x"));
    ASSERT_EQ_INT(text_normalize("ab\xc0\xaf", 4, &b, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(err.code, TD_ERR_INVALID);
    ASSERT_TRUE(strstr(err.msg, "byte 2") != NULL);
    ASSERT_STREQ(b.data, "x");
    ASSERT_EQ_INT(text_normalize(NULL, 1, &b, NULL), TD_ERR_INVALID);
    ASSERT_OK(text_normalize(NULL, 0, &b, NULL));
    ASSERT_STREQ(b.data, "x");
    td_buf_release(&b);
}

TD_TEST(test_normalize__too_large_leaves_buffer_unchanged)
{
    struct td_buf b;
    struct td_error err;

    td_buf_init(&b, 8);
    ASSERT_OK(td_buf_adds(&b, "ab"));
    /* "école ffi" is 10 bytes; with "ab" it passes the cap of 8. */
    ASSERT_EQ_INT(text_normalize("ÉCOLE \xef\xac\x83", 10, &b, &err), TD_ERR_TOO_LARGE);
    ASSERT_EQ_INT(err.code, TD_ERR_TOO_LARGE);
    ASSERT_STREQ(b.data, "ab");
    ASSERT_EQ_INT(b.len, 2);
    td_buf_release(&b);
}

/* Long texts without ASCII are cut into segments; the result must not change. */
TD_TEST(test_normalize__long_non_ascii_text)
{
    static const char unit[] = "東京が\xe3\x82\xab\xe3\x82\x99Ｋ"; /* カ + combining voiced mark */
    static const char want[] = "東京がガk";
    struct td_buf in = TD_BUF_INIT, out = TD_BUF_INIT, exp = TD_BUF_INIT;
    int i;

    for (i = 0; i < 3000; i++) {
        ASSERT_OK(td_buf_adds(&in, unit));
        ASSERT_OK(td_buf_adds(&exp, want));
    }
    ASSERT_OK(text_normalize(in.data, in.len, &out, NULL));
    ASSERT_EQ_INT(out.len, exp.len);
    ASSERT_TRUE(memcmp(out.data, exp.data, exp.len) == 0);
    td_buf_release(&in);
    td_buf_release(&out);
    td_buf_release(&exp);
}

/* Appends the normal form of `s`, normalised on its own (a fresh scratch: no memo yet). */
static void append_alone(struct td_buf *exp, const char *s, size_t len)
{
    struct td_buf one = TD_BUF_INIT;

    ASSERT_OK(text_normalize(s, len, &one, NULL));
    ASSERT_OK(td_buf_add(exp, one.data, one.len));
    td_buf_release(&one);
}

/*
 * One long call memoises its non-ASCII stretches after the first few dozen:
 * repeats must come out as utf8proc gives them, and so must over a thousand
 * distinct stretches that keep evicting each other from the memo.
 */
TD_TEST(test_normalize__memo_repeats_and_evictions)
{
    struct td_buf in = TD_BUF_INIT, out = TD_BUF_INIT, exp = TD_BUF_INIT;
    char pair[5];
    size_t i, j;
    int round;

    for (round = 0; round < 50; round++) {
        for (i = 2; i < sizeof(cases) / sizeof(cases[0]) - 1; i++) {
            ASSERT_OK(td_buf_adds(&in, cases[i].in));
            append_alone(&exp, cases[i].in, strlen(cases[i].in));
            ASSERT_OK(td_buf_adds(&in, " | "));
            ASSERT_OK(td_buf_adds(&exp, " | "));
        }
    }
    /* Two capital Cyrillic letters (U+0410..U+042F) per stretch: 1,024 different ones. */
    for (i = 0; i < 32; i++) {
        for (j = 0; j < 32; j++) {
            pair[0] = (char)0xD0;
            pair[1] = (char)(0x90 + i);
            pair[2] = (char)0xD0;
            pair[3] = (char)(0x90 + j);
            pair[4] = ' ';
            ASSERT_OK(td_buf_add(&in, pair, 5));
            append_alone(&exp, pair, 5);
        }
    }
    ASSERT_OK(text_normalize(in.data, in.len, &out, NULL));
    ASSERT_EQ_INT(out.len, exp.len);
    ASSERT_TRUE(memcmp(out.data, exp.data, exp.len) == 0);
    td_buf_release(&in);
    td_buf_release(&out);
    td_buf_release(&exp);
}

TD_TEST(test_normalize__oom)
{
    static const char text[] = "Ｂｒｅａｋｉｎｇ: café ﬁnance 東京で地震が発生";
    long n;

    for (n = 0; n < 100; n++) {
        struct td_buf b = TD_BUF_INIT;
        struct td_error err;
        enum td_err rc;

        ASSERT_OK(td_buf_adds(&b, "old"));
        alloc_fail_after(n);
        rc = text_normalize(text, strlen(text), &b, &err);
        alloc_fail_after(-1);
        if (rc == TD_OK) {
            ASSERT_STREQ(b.data, "oldbreaking: café finance 東京で地震が発生");
            td_buf_release(&b);
            break;
        }
        ASSERT_EQ_INT(rc, TD_ERR_NOMEM);
        ASSERT_EQ_INT(err.code, TD_ERR_NOMEM);
        ASSERT_STREQ(b.data, "old");
        td_buf_release(&b);
    }
    ASSERT_TRUE(n > 0 && n < 100);
}
