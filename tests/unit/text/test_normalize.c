/*
 * test_normalize.c - tests of src/text/normalize.c: NFKC + case folding
 * from a table, appending, size caps, long non-ASCII text, the Latin-1
 * shortcut against utf8proc and every allocation failure.
 */
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "text/text.h"
#include "text/text_int.h"
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
    {"\xdb\xb1\xdb\xb5\xdb\xb8 \xd9\xa8\xd9\xab\xd9\xa5", "158 8.5"},      /* Persian, Arabic-Indic */
    {"\xe0\xa5\xa8\xe0\xa5\xaa \xd9\xa1\xd9\xac\xd9\xa2", "24 1,2"},     /* Devanagari; separator */
    /* Bengali, Thai, Tamil, Tibetan, Myanmar and Khmer digits. */
    {"৯০ দিন ๒๕ ௧௯ ༠ ၉ ៩", "90 দিন 25 19 0 9 9"},
    /* Lao digits, and Khmer ones run together ("៦០" 60, "៨" 8, as Khmer news writes them). */
    {"໒໐໔໑ ៦០ ៨", "2041 60 8"},
    /* A Thai sign after the digits stays. */
    {"\xe0\xa7\xaf \xe0\xb9\x9a", "9 \xe0\xb9\x9a"},
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

/*
 * utf8proc's NFKC + case folding of `s[0..n)` with normalize.c's options,
 * into `out` (NUL-ended); its length, or SIZE_MAX when it does not fit.
 */
static size_t reference(const char *s, size_t n, char *out, size_t cap)
{
    const utf8proc_option_t opts = (utf8proc_option_t)(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                       UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                                       UTF8PROC_IGNORE);
    utf8proc_int32_t cps[512];
    utf8proc_ssize_t count = utf8proc_decompose((const utf8proc_uint8_t *)s,
                                                (utf8proc_ssize_t)n, cps, 511, opts), len;

    if (count < 0 || count > 511)
        return SIZE_MAX;
    /* Composes and re-encodes in place, as normalize.c does (a NUL after the bytes). */
    len = utf8proc_reencode(cps, count, opts);
    if (len < 0 || (size_t)len >= cap)
        return SIZE_MAX;
    memcpy(out, cps, (size_t)len + 1);
    return (size_t)len;
}

/*
 * normalize_latin1() takes exactly the ASCII bytes and the 62 letters of
 * U+00C0-U+00FF (not U+00D7, U+00F7), and gives utf8proc's form of each,
 * alone and after every ASCII byte; any other two-byte character is refused.
 */
TD_TEST(test_normalize__latin1_letters)
{
    char in[8], out[8], want[16];
    unsigned cp, a;

    for (cp = 0x80; cp < 0x800; cp++) {
        bool letter = cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7;
        in[0] = (char)(0xC0 | cp >> 6);
        in[1] = (char)(0x80 | (cp & 0x3F));
        ASSERT_TRUE(normalize_latin1(in, 2, out) == letter);
        if (!letter)
            continue;
        ASSERT_EQ_INT(reference(in, 2, want, sizeof(want)), 2);
        ASSERT_TRUE(memcmp(out, want, 2) == 0);
        for (a = 0; a < 0x80; a++) {
            in[0] = (char)a;
            in[1] = (char)(0xC0 | cp >> 6);
            in[2] = (char)(0x80 | (cp & 0x3F));
            in[3] = (char)a;
            ASSERT_TRUE(normalize_latin1(in, 4, out));
            ASSERT_EQ_INT(reference(in, 4, want, sizeof(want)), 4);
            ASSERT_TRUE(memcmp(out, want, 4) == 0);
        }
    }
    ASSERT_TRUE(normalize_latin1("", 0, out));
    ASSERT_TRUE(!normalize_latin1("\xc3", 1, out));          /* a lead byte cut off */
    ASSERT_TRUE(!normalize_latin1("a\xe2\x82\xac", 4, out)); /* U+20AC */
}

/*
 * Random text of ASCII, the Latin-1 letters and the characters around them
 * that must still go to utf8proc (U+00D7, U+00B5, U+0100, a combining acute,
 * a soft hyphen, U+1E9E): text_normalize() gives utf8proc's form of the whole.
 */
TD_TEST(test_normalize__latin1_mixed_with_others_as_utf8proc)
{
    static const char *const pieces[] = {
        "a", "Z", "e", "I", " ", "7", ".", "\xc3\x80", "\xc3\x89", "\xc3\x9f", "\xc3\xa9",
        "\xc3\xbf", "\xc3\x96", "\xc3\xb1", "\xc3\x97", "\xc2\xb5", "\xc4\x80",
        "\xcc\x81", "\xc2\xad", "\xe1\xba\x9e", "\xc3\x9e",
    };
    unsigned seed = 12345;
    int round;

    for (round = 0; round < 20000; round++) {
        char in[256], want[1024];
        struct td_buf b = TD_BUF_INIT;
        size_t n = 0, wn;
        int k, count;
        seed = seed * 1103515245u + 12345u;
        count = (int)(seed >> 16) % 24;
        for (k = 0; k < count; k++) {
            const char *p;
            seed = seed * 1103515245u + 12345u;
            p = pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
            memcpy(in + n, p, strlen(p));
            n += strlen(p);
        }
        wn = reference(in, n, want, sizeof(want));
        ASSERT_TRUE(wn != SIZE_MAX);
        ASSERT_OK(text_normalize(in, n, &b, NULL));
        ASSERT_EQ_INT(b.len, wn);
        ASSERT_TRUE(memcmp(b.data, want, wn) == 0);
        td_buf_release(&b);
    }
}

/*
 * The one-pass run over ASCII and Latin-1 letters, eight bytes at a time:
 * one or two accented capitals (or a character it leaves to utf8proc, or a
 * combining mark) at every offset of a text of capitals and punctuation,
 * against utf8proc's form of the whole.
 */
TD_TEST(test_normalize__latin1_run_at_every_offset)
{
    static const char base[] = "THE QUICK-BROWN FOX, JUMPS OVER @[LAZY] DOGS`{}";
    static const char *const inserts[] = {"\xc3\x89", "\xc3\x9f\xc3\x96", "\xc3\x97",
                                          "\xc4\x80", "\xcc\x81", "\xc3\xa9\xcc\x81"};
    size_t at, k, at2;

    for (k = 0; k < sizeof(inserts) / sizeof(inserts[0]); k++) {
        for (at = 0; at <= sizeof(base) - 1; at++) {
            for (at2 = at; at2 <= sizeof(base) - 1; at2 += 5) {
                char in[128], want[256];
                struct td_buf b = TD_BUF_INIT;
                size_t n = 0, wn, l = strlen(inserts[k]);
                memcpy(in, base, at);
                n = at;
                memcpy(in + n, inserts[k], l);
                n += l;
                memcpy(in + n, base + at, at2 - at);
                n += at2 - at;
                memcpy(in + n, "\xc3\x9c", 2); /* Ü */
                n += 2;
                memcpy(in + n, base + at2, sizeof(base) - 1 - at2);
                n += sizeof(base) - 1 - at2;
                wn = reference(in, n, want, sizeof(want));
                ASSERT_TRUE(wn != SIZE_MAX);
                ASSERT_OK(td_buf_adds(&b, "x"));
                ASSERT_OK(text_normalize(in, n, &b, NULL));
                ASSERT_EQ_INT(b.len, wn + 1);
                ASSERT_TRUE(memcmp(b.data + 1, want, wn) == 0 && b.data[b.len] == '\0');
                td_buf_release(&b);
            }
        }
    }
}
