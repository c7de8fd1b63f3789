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
