/* test_utf8.c - tests of src/core/utf8.c, one row per byte sequence. */
#include "core/alloc.h"
#include "core/utf8.h"
#include "test.h"

static const struct {
    const char *in;
    size_t len;
    int ok;
    size_t bad_at;
} cases[] = {
    {"plain ascii text", 16, 1, 0},
    {"caf\xc3\xa9", 5, 1, 0},
    {"\xe6\x9d\xb1\xe4\xba\xac", 6, 1, 0},
    {"\xf0\x9f\x91\x80", 4, 1, 0},
    {"a\0b", 3, 1, 0},
    {"abc\xc0\xaf", 5, 0, 3},           /* overlong '/' */
    {"\xed\xa0\x80", 3, 0, 0},          /* surrogate */
    {"\xf4\x90\x80\x80", 4, 0, 0},      /* above U+10FFFF */
    {"abcdefghij\xff", 11, 0, 10},
    {"\xe2\x82", 2, 0, 0},              /* truncated */
    {"ok\x80", 3, 0, 2},                /* lone continuation */
};

TD_TEST(test_utf8__valid_table)
{
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        size_t bad = 999;
        int ok = utf8_valid(cases[i].in, cases[i].len, &bad);
        if (ok != cases[i].ok || (!ok && bad != cases[i].bad_at))
            td_test_fail(__FILE__, __LINE__, "case %zu: ok=%d bad=%zu", i, ok, bad);
    }
}

TD_TEST(test_utf8__decode_and_count)
{
    const char *s = "a\xc3\xa9\xe6\x9d\xb1\xf0\x9f\x91\x80";
    size_t pos = 0, len = strlen(s);

    ASSERT_EQ_INT(utf8_next(s, len, &pos), 'a');
    ASSERT_EQ_INT(utf8_next(s, len, &pos), 0xE9);
    ASSERT_EQ_INT(utf8_next(s, len, &pos), 0x6771);
    ASSERT_EQ_INT(utf8_next(s, len, &pos), 0x1F440);
    ASSERT_EQ_INT(pos, len);
    ASSERT_EQ_INT(utf8_count(s, len), 4);
}

/* A cut at most `max` bytes long never splits a character. */
TD_TEST(test_utf8__prefix_ends_between_characters)
{
    const char *s = "a\xc3\xa9\xe6\x9d\xb1\xf0\x9f\x91\x80";

    ASSERT_EQ_INT(utf8_prefix(s, 1), 1);
    ASSERT_EQ_INT(utf8_prefix(s, 2), 1);
    ASSERT_EQ_INT(utf8_prefix(s, 3), 3);
    ASSERT_EQ_INT(utf8_prefix(s, 5), 3);
    ASSERT_EQ_INT(utf8_prefix(s, 6), 6);
    ASSERT_EQ_INT(utf8_prefix(s, 9), 6);
    ASSERT_EQ_INT(utf8_prefix(s, 10), 10);
    ASSERT_EQ_INT(utf8_prefix(s, 4096), 10);
    ASSERT_EQ_INT(utf8_prefix(s, 0), 0);
}

/*
 * A two-byte letter, a three-byte dash and a bad byte at every offset of an
 * ASCII text of every length up to 40: the sixteen- and eight-byte skips
 * must neither miss them nor report another offset. Each text is an exact
 * heap copy, so a read past its end shows under AddressSanitizer.
 */
TD_TEST(test_utf8__every_offset_of_the_ascii_skip)
{
    static const struct {
        const char *seq;
        size_t n;
        int ok;
    } seqs[] = {{"\xc3\xa9", 2, 1}, {"\xe2\x80\x94", 3, 1}, {"\xc0\xaf", 2, 0}, {"\x80", 1, 0}};
    size_t len, at, k;

    for (k = 0; k < sizeof(seqs) / sizeof(seqs[0]); k++) {
        for (len = seqs[k].n; len <= 40; len++) {
            for (at = 0; at + seqs[k].n <= len; at++) {
                char *s = td_malloc(len);
                size_t bad = 999;
                int ok;
                ASSERT_TRUE(s != NULL);
                memset(s, 'q', len);
                memcpy(s + at, seqs[k].seq, seqs[k].n);
                ok = utf8_valid(s, len, &bad);
                td_free(s);
                if (ok != seqs[k].ok || (!ok && bad != at))
                    td_test_fail(__FILE__, __LINE__, "seq %zu len %zu at %zu: ok=%d bad=%zu", k,
                                 len, at, ok, bad);
            }
        }
    }
}

/* A plain RFC 3629 check, one sequence at a time: the offset of the first bad one, or `len`. */
static size_t first_bad(const unsigned char *p, size_t len)
{
    size_t i = 0;

    while (i < len) {
        unsigned char c = p[i];
        size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        size_t k;
        if (n == 0 || len - i < n)
            return i;
        if (n > 1 && (p[i + 1] < lo || p[i + 1] > hi))
            return i;
        for (k = 2; k < n; k++)
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        i += n;
    }
    return len;
}

/*
 * Random texts of ASCII runs and valid and broken sequences, several to a
 * text (so the skip goes on after each): the verdict and the offset of the
 * plain check above. Exact heap copies, as above.
 */
TD_TEST(test_utf8__random_texts_as_the_plain_check)
{
    static const char *const pieces[] = {
        "q", "abcdefg", "0123456789abcdefghij", " ", "\xc3\xa9", "\xc3\x89x", "\xd0\x96",
        "\xdf\xbf", "\xe2\x80\x94", "\xef\xbf\xbf", "\xf0\x9f\x91\x80", "\xf4\x8f\xbf\xbf",
        "\xc0\xaf", "\xc1\xbf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\x80", "\xc3", "\xe2\x82",
        "\xf5\x80\x80\x80", "\xe0\x80\x80", "\xc3\xc3",
    };
    unsigned seed = 99;
    int round;

    for (round = 0; round < 20000; round++) {
        char buf[256], *s;
        size_t n = 0, bad = 999, want;
        int k, count, ok;
        seed = seed * 1103515245u + 12345u;
        count = (int)(seed >> 16) % 12;
        for (k = 0; k < count; k++) {
            const char *piece;
            seed = seed * 1103515245u + 12345u;
            /* Broken pieces one time in four, so that many texts are valid to the end. */
            piece = pieces[(seed >> 16) % ((seed >> 8) % 4 == 0 ? 22 : 12)];
            memcpy(buf + n, piece, strlen(piece));
            n += strlen(piece);
        }
        s = td_malloc(n > 0 ? n : 1);
        ASSERT_TRUE(s != NULL);
        memcpy(s, buf, n);
        want = first_bad((const unsigned char *)s, n);
        ok = utf8_valid(s, n, &bad);
        td_free(s);
        ASSERT_EQ_INT(ok, want == n);
        if (!ok)
            ASSERT_EQ_INT(bad, want);
    }
}
