/*
 * test_tokenize.c - tests of src/text/tokenize.c through `text_analyze`
 * with no language (no stop words, no stems), one row per input: where
 * words split and which tokens are numbers or CJK words.
 */
#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

#include "collect.h"
#include "text/text.h"
#include "text/text_int.h"
#include "test.h"

static const struct {
    const char *in;
    const char *tokens;
} cases[] = {
    {"hello world", "hello:w world:w"},
    {"don't stop", "don:w stop:w"},
    {"don\xe2\x80\x99t", "don:w"},
    {"state-of-the-art", "state:w of:w the:w art:w"},
    {"4.5 3,700 1.000.000", "4.5:n 3700:n 1000000:n"}, /* numbers as values */
    {"4.5km g7 5km", "4.5:n km:w g7:w 5km:w"},
    {"end. 42, then", "end:w 42:n then:w"},
    {"v2.0", "v2:w 0:n"},
    {"1.", "1:n"},
    {"covid-19", "covid:w 19:n"},
    {"naïve café", "naïve:w café:w"},
    {"ab_cd ab@cd.com", "ab:w cd:w ab:w cd:w com:w"},
    {"Москва, 2024", "москва:w 2024:n"},
    {"हिन्दी समाचार", "हिन्दी:w समाचार:w"},
    {"٣٤ ۵", "34:n 5:n"}, /* Arabic-Indic and Persian digits are ASCII ones after normalising */
    {"iPhone发布会", "iphone:w 发布:c 会:c"},
    {"東京で地震が発生", "東京:c 地震:c 発生:c"},
    {"カタカナ、テスト。", "カタカナ:c テスト:c"},
    {"แผ่นดินไหวที่กรุงเทพ", "แผ่น:c ดิน:c ไหว:c ที่:c กรุงเทพ:c"},
    {"서울에서 지진", "서울:w 지진:w"}, /* Hangul: spaces split, the particle "에서" is cut */
    {"𠮷野家", "𠮷:c 野家:c"}, /* a surrogate pair in UTF-16 */
};

TD_TEST(test_tokenize__table)
{
    struct text_analyzer *a = NULL;
    char got[256];
    size_t i;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ASSERT_OK(collect_terms(a, "", cases[i].in, got, sizeof(got), 1));
        ASSERT_STREQ(got, cases[i].tokens);
    }
    text_analyzer_free(a);
}

/* CJK particles go whatever language the caller names. */
TD_TEST(test_tokenize__cjk_particles_dropped)
{
    struct text_analyzer *a = NULL;
    char got[256];

    ASSERT_OK(text_analyzer_new(&a, NULL));
    ASSERT_OK(collect_terms(a, "en", "東京で地震が発生", got, sizeof(got), 0));
    ASSERT_STREQ(got, "東京 地震 発生");
    text_analyzer_free(a);
}

/*
 * Words of 2 to 20 letters (so that their ends fall on every byte of the
 * tokenizer's eight-byte scan) ended by each kind of byte: ASCII
 * punctuation next to the letter ranges ('@' '[' '`' '{'), a space, a digit
 * and a non-ASCII letter (both continue the word), or the end of the text.
 */
TD_TEST(test_tokenize__word_ends_at_every_offset)
{
    static const struct {
        const char *end;  /* what follows the letters */
        int splits;       /* 1: "xy" is a word of its own; 0: the word goes on */
    } ends[] = {{"@xy", 1}, {"[xy", 1}, {"`xy", 1}, {"{xy", 1}, {" xy", 1},
                {"\x7fxy", 1}, {"0xy", 0}, {"\xc3\xa9xy", 0}, {"", 1}};
    const char letters[] = "AzZaMbYcqRstUvwXyZaz";
    struct text_analyzer *a = NULL;
    char in[64], want[128], got[128], lower[32];
    size_t len, e, i;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (len = 2; len <= 20; len++) {
        for (i = 0; i < len; i++)
            lower[i] = (char)(letters[i] | 0x20);
        lower[len] = '\0';
        for (e = 0; e < sizeof(ends) / sizeof(ends[0]); e++) {
            ASSERT_TRUE(snprintf(in, sizeof(in), "%.*s%s", (int)len, letters, ends[e].end) > 0);
            if (ends[e].end[0] == '\0')
                ASSERT_TRUE(snprintf(want, sizeof(want), "%s:w", lower) > 0);
            else if (ends[e].splits)
                ASSERT_TRUE(snprintf(want, sizeof(want), "%s:w xy:w", lower) > 0);
            else
                ASSERT_TRUE(snprintf(want, sizeof(want), "%s%.*sxy:w", lower,
                                     (int)(strlen(ends[e].end) - 2), ends[e].end) > 0);
            ASSERT_OK(collect_terms(a, "", in, got, sizeof(got), 1));
            ASSERT_STREQ(got, want);
        }
    }
    text_analyzer_free(a);
}

/*
 * tokenize_letters_end() itself (its fast paths fall back to the step, so a
 * wrong end would only show as time): a run of letters of both cases from
 * every start, stopped by every byte that is no ASCII letter (the neighbours
 * of the letter ranges among them) at every offset up to 40, or by the end
 * of the text, across the sixteen- and eight-byte blocks and the tail.
 */
TD_TEST(test_tokenize__letters_end_at_every_offset)
{
    const char letters[] = "AzZaMbYcqRstUvwXyZazQqGgHhJjKkLlNnOoPpIiEe";
    char in[48];
    unsigned c;
    size_t start, stop, n;

    for (c = 0; c < 256; c++) {
        if (tokenize_ascii_letter((unsigned char)c))
            continue;
        for (start = 0; start < 8; start++) {
            for (stop = start; stop <= 40; stop++) {
                memcpy(in, letters, sizeof(in) - 6);
                memset(in + sizeof(in) - 6, 'x', 6);
                in[stop] = (char)c;
                ASSERT_EQ_INT(tokenize_letters_end(in, sizeof(in), start), stop);
                /* The text ends where the stopper was: the run goes to its end. */
                n = stop;
                memcpy(in, letters, sizeof(in) - 6);
                ASSERT_EQ_INT(tokenize_letters_end(in, n, start), n);
            }
        }
    }
}

static enum td_err count_fts_token(void *ctx, const char *tok, size_t len, size_t start,
                                   size_t end)
{
    (void)tok;
    (void)len;
    (void)start;
    (void)end;
    (*(size_t *)ctx)++;
    return TD_OK;
}

/*
 * Every code point of two UTF-8 bytes between two ASCII letters: one word
 * exactly when utf8proc calls it a letter or a mark (the tokenizer decodes
 * these itself and takes U+00C0..U+024F as letters without asking).
 */
TD_TEST(test_tokenize__two_byte_code_points_split_as_utf8proc_says)
{
    struct text_fts *f = NULL;
    int32_t cp;

    ASSERT_OK(text_fts_new(&f, NULL));
    for (cp = 0x80; cp < 0x800; cp++) {
        char s[4] = {'a', (char)(0xC0 | (cp >> 6)), (char)(0x80 | (cp & 0x3F)), 'b'};
        utf8proc_category_t cat = utf8proc_category(cp);
        bool letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME;
        bool digit = cat == UTF8PROC_CATEGORY_ND;
        size_t n = 0;
        ASSERT_OK(text_fts_tokens(f, s, sizeof(s), count_fts_token, &n, NULL));
        /* Letters, marks and digits ("a٣b") all belong inside a word. */
        ASSERT_EQ_INT(n, letter || digit ? 1 : 2);
    }
    text_fts_free(f);
}

/* The tokens of one text as offset, length and kind, in order. */
struct token_log {
    const char *base;
    size_t n;
    size_t at[256][3];
};

static enum td_err log_token(void *ctx, const char *tok, size_t len, enum text_token_kind kind)
{
    struct token_log *l = ctx;

    if (l->n == 256)
        return TD_ERR_TOO_LARGE;
    l->at[l->n][0] = (size_t)(tok - l->base);
    l->at[l->n][1] = len;
    l->at[l->n][2] = (size_t)kind;
    l->n++;
    return TD_OK;
}

/*
 * `tokenize` (whose loop takes the common words itself: ASCII letters, and
 * ASCII with Latin-1 letters) splits random text exactly as `tokenize_step`
 * alone does, step after step: pieces of ASCII letters, digits, separators,
 * the Latin-1 letters and the signs between them, other letters, a
 * combining mark, other spaces and punctuation, CJK.
 */
TD_TEST(test_tokenize__latin1_words_as_the_step_splits_them)
{
    static const char *const pieces[] = {
        "a", "Zq", "e", "  ", " ", "7", "3.", ",", "-", "'", "\xc3\x80", "\xc3\xa9", "\xc3\x9f",
        "\xc3\xbf", "\xc3\x97", "\xc3\xb7", "\xc2\xb5", "\xc2\xa0", "\xc4\x80", "\xcc\x81",
        "\xe2\x80\x99", "\xe6\x9d\xb1", "\xd0\x96", "\xc3\xb1o",
    };
    struct tokenizer *tk = NULL;
    unsigned seed = 4242;
    int round;

    ASSERT_OK(tokenizer_new(&tk, NULL));
    for (round = 0; round < 30000; round++) {
        static struct token_log got, want;
        char in[256];
        size_t n = 0, pos = 0;
        int k, count;
        seed = seed * 1103515245u + 12345u;
        count = (int)(seed >> 16) % 30;
        for (k = 0; k < count; k++) {
            const char *p;
            seed = seed * 1103515245u + 12345u;
            p = pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
            memcpy(in + n, p, strlen(p));
            n += strlen(p);
        }
        got.base = want.base = in;
        got.n = want.n = 0;
        ASSERT_OK(tokenize(tk, in, n, log_token, &got));
        while (pos < n)
            ASSERT_OK(tokenize_step(tk, in, n, &pos, log_token, &want));
        ASSERT_EQ_INT(got.n, want.n);
        ASSERT_TRUE(memcmp(got.at, want.at, got.n * sizeof(got.at[0])) == 0);
    }
    tokenizer_free(tk);
}
