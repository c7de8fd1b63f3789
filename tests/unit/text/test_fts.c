/*
 * test_fts.c - tests of src/text/fts.c: the tokens of the search index,
 * one row per input, each token as "form@start-end" (byte offsets into the
 * original text), and every Latin-1 character inside and around words.
 */
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "text/text.h"
#include "text/text_int.h"
#include "test.h"

struct out {
    char buf[512];
    size_t len;
};

static enum td_err on_tok(void *ctx, const char *tok, size_t len, size_t start, size_t end)
{
    struct out *o = ctx;
    int w = snprintf(o->buf + o->len, sizeof(o->buf) - o->len, "%s%.*s@%zu-%zu", o->len ? " " : "",
                     (int)len, tok, start, end);

    if (w < 0 || (size_t)w >= sizeof(o->buf) - o->len)
        return TD_ERR_TOO_LARGE;
    o->len += (size_t)w;
    return TD_OK;
}

TD_TEST(test_fts__table)
{
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"", ""},
        {"Hello, World", "hello@0-5 world@7-12"},
        {"the THE The", "the@0-3 the@4-7 the@8-11"},  /* stop words are kept */
        {"storms", "storms@0-6"},                     /* not stemmed */
        {"ＴＯＫＹＯ 2024", "tokyo@0-15 2024@16-20"}, /* offsets of the full-width text */
        {"İstanbul", "istanbul@0-9"},
        {"東京で地震が発生", "東京@0-6 で@6-9 地震@9-15 が@15-18 発生@18-24"},
        {"北京发生地震", "北京@0-6 发生@6-12 地震@12-18"},
        {"café 3,700", "café@0-5 3,700@6-11"},
        {"G7 SUMMIT in Paris, 4.5km", "g7@0-2 summit@3-9 in@10-12 paris@13-18 4.5@20-23 km@23-25"},
    };
    struct text_fts *f = NULL;
    size_t i;

    ASSERT_OK(text_fts_new(&f, NULL));
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct out o = {"", 0};
        ASSERT_OK(text_fts_tokens(f, cases[i].in, strlen(cases[i].in), on_tok, &o, NULL));
        if (strcmp(o.buf, cases[i].want) != 0)
            td_test_fail(__FILE__, __LINE__, "'%s': got '%s', want '%s'", cases[i].in, o.buf,
                         cases[i].want);
    }
    text_fts_free(f);
}

TD_TEST(test_fts__long_tokens_skipped)
{
    struct text_fts *f = NULL;
    struct out o = {"", 0};
    char in[160];

    memset(in, 'x', 101);
    memcpy(in + 101, " ok", 4);
    ASSERT_OK(text_fts_new(&f, NULL));
    ASSERT_OK(text_fts_tokens(f, in, strlen(in), on_tok, &o, NULL));
    ASSERT_STREQ(o.buf, "ok@102-104");
    text_fts_free(f);
}

TD_TEST(test_fts__errors)
{
    struct text_fts *f = NULL;
    struct out o = {"", 0};
    struct td_error err;

    ASSERT_OK(text_fts_new(&f, NULL));
    ASSERT_EQ_INT(text_fts_tokens(f, "ok \xc3", 4, on_tok, &o, &err), TD_ERR_INVALID);
    ASSERT_STREQ(err.msg, "invalid UTF-8 at byte 3");
    ASSERT_EQ_INT(text_fts_tokens(f, NULL, 1, on_tok, &o, &err), TD_ERR_INVALID);
    /* What the callback returns stops the walk and comes back. */
    memset(o.buf, 'y', sizeof(o.buf) - 2);
    o.buf[sizeof(o.buf) - 2] = '\0';
    o.len = sizeof(o.buf) - 2;
    ASSERT_EQ_INT(text_fts_tokens(f, "a b", 3, on_tok, &o, &err), TD_ERR_TOO_LARGE);
    text_fts_free(f);
    text_fts_free(NULL);
}

/*
 * The lower-casing pass tells an all-ASCII text, which is not checked
 * again: a bad byte after ASCII runs of every length (in its sixteen-byte
 * steps, eight-byte steps and last bytes), alone or after a valid
 * sequence, is still refused at its own offset, and valid text is taken.
 */
TD_TEST(test_fts__invalid_after_ascii_runs)
{
    struct text_fts *f = NULL;
    struct td_error err;
    char text[96], want[64];
    size_t p, q, t, bad_at, n;

    ASSERT_OK(text_fts_new(&f, NULL));
    for (p = 0; p < 40; p++) {
        for (q = p; q < p + 20; q++) {
            for (t = 0; t < 9; t += 4) { /* 0, 4 or 8 ASCII bytes after the bad one */
                struct out o = {"", 0};
                memset(text, 'A', sizeof(text));
                if (q > p) { /* a valid "é" at p, the bad byte after it */
                    text[p] = '\xc3';
                    text[p + 1] = '\xa9';
                }
                bad_at = q + (q > p);
                n = bad_at + 1 + t;
                text[bad_at] = '\xff';
                (void)snprintf(want, sizeof(want), "invalid UTF-8 at byte %zu", bad_at);
                ASSERT_EQ_INT(text_fts_tokens(f, text, n, on_tok, &o, &err), TD_ERR_INVALID);
                ASSERT_STREQ(err.msg, want);
                text[bad_at] = 'b';
                o.len = 0;
                o.buf[0] = '\0';
                ASSERT_OK(text_fts_tokens(f, text, n, on_tok, &o, NULL));
            }
        }
    }
    text_fts_free(f);
}

TD_TEST(test_fts__oom)
{
    long n;

    for (n = 0; n < 100; n++) {
        struct text_fts *f = NULL;
        struct out o = {"", 0};
        enum td_err rc;
        alloc_fail_after(n);
        rc = text_fts_new(&f, NULL);
        if (rc == TD_OK)
            rc = text_fts_tokens(f, "Ｔｏｋｙｏ 東京", strlen("Ｔｏｋｙｏ 東京"), on_tok, &o, NULL);
        alloc_fail_after(-1);
        text_fts_free(f);
        if (rc == TD_OK)
            break;
        ASSERT_EQ_INT(rc, TD_ERR_NOMEM);
    }
    ASSERT_TRUE(n > 1);
}

/* What test_fts__ascii_words_at_every_offset checks each token against. */
struct expect {
    const char *text;
    size_t starts[64], lens[64];
    size_t n, seen;
    int bad;
};

static enum td_err check_tok(void *ctx, const char *tok, size_t len, size_t start, size_t end)
{
    struct expect *e = ctx;
    size_t i;

    if (e->seen >= e->n || start != e->starts[e->seen] || len != e->lens[e->seen] ||
        end != start + len) {
        e->bad = 1;
        return TD_OK;
    }
    for (i = 0; i < len; i++) {
        char c = e->text[start + i];
        if (tok[i] != (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c))
            e->bad = 1;
    }
    e->seen++;
    return TD_OK;
}

/*
 * Words of ASCII letters in mixed case, of 1 to 24 letters, at every offset
 * from the start of the text (the lower-casing reads whole eight-byte
 * words, the tail ending at the word's end): each comes back lower-cased
 * with its offsets, and nothing else.
 */
TD_TEST(test_fts__ascii_words_at_every_offset)
{
    static const char seps[] = " ,.-";
    struct text_fts *f = NULL;
    char text[512];
    unsigned seed = 7;
    int round;

    ASSERT_OK(text_fts_new(&f, NULL));
    for (round = 0; round < 2000; round++) {
        struct expect e = {text, {0}, {0}, 0, 0, 0};
        size_t pos = (size_t)round % 9, i;
        memset(text, ' ', pos);
        while (e.n < 64 && pos + 30 < sizeof(text)) {
            size_t len = 1 + (seed = seed * 1103515245u + 12345u) / 65536 % 24;
            e.starts[e.n] = pos;
            e.lens[e.n++] = len;
            for (i = 0; i < len; i++) {
                seed = seed * 1103515245u + 12345u;
                text[pos++] = (char)(((seed >> 16) % 2 ? 'A' : 'a') + (int)((seed >> 17) % 26));
            }
            text[pos++] = seps[(seed >> 8) % 4];
            if (e.n % 5 == 0)
                break;
        }
        ASSERT_OK(text_fts_tokens(f, text, pos - 1, check_tok, &e, NULL));
        ASSERT_EQ_INT(e.bad, 0);
        ASSERT_EQ_INT(e.seen, e.n);
    }
    text_fts_free(f);
}

/* What test_fts__accented_words_through_the_memo checks a token against. */
struct one_word {
    char want[64];
    size_t len, seen;
    int bad;
};

static enum td_err check_word(void *ctx, const char *tok, size_t len, size_t start, size_t end)
{
    struct one_word *w = ctx;

    if (start != 0 || end != w->len || len != strlen(w->want) || memcmp(tok, w->want, len) != 0)
        w->bad = 1;
    w->seen++;
    return TD_OK;
}

/*
 * Accented words go through a direct-mapped memo of their normal forms.
 * Far more distinct words than it has slots, in three passes (so slots are
 * filled, hit and taken over by other words): each word still comes back
 * as exactly its own normal form, "Āsomething" -> "āsomething" + "ñ".
 */
TD_TEST(test_fts__accented_words_through_the_memo)
{
    struct text_fts *f = NULL;
    int pass, k;

    ASSERT_OK(text_fts_new(&f, NULL));
    for (pass = 0; pass < 3; pass++) {
        for (k = 0; k < 20000; k++) {
            struct one_word w = {"", 0, 0, 0};
            char in[64];
            int v = pass == 1 ? 19999 - k : k, i, n = 0, m = 0;
            n += snprintf(in, sizeof(in), "\xc4\x80");   /* Ā: not Latin-1, so through the memo */
            m += snprintf(w.want, sizeof(w.want), "\xc4\x81"); /* ā */
            for (i = 0; i < 4; i++, v /= 26) {
                in[n++] = (char)((i % 2 ? 'A' : 'a') + v % 26);
                w.want[m++] = (char)('a' + v % 26);
            }
            n += snprintf(in + n, sizeof(in) - (size_t)n, "\xc3\xb1"); /* ñ */
            (void)snprintf(w.want + m, sizeof(w.want) - (size_t)m, "\xc3\xb1");
            w.len = (size_t)n;
            ASSERT_OK(text_fts_tokens(f, in, (size_t)n, check_word, &w, NULL));
            ASSERT_EQ_INT(w.bad, 0);
            ASSERT_EQ_INT(w.seen, 1);
        }
    }
    text_fts_free(f);
}

/*
 * Each character U+00C0-U+00FF between letters, at a word's start and end,
 * in words of every length to 100 bytes and just past it: the tokens and
 * offsets text_normalize() and the split by category call for (U+00D7 and
 * U+00F7 are no letters: they split the word, as a space does).
 */
TD_TEST(test_fts__latin1_words)
{
    struct text_fts *f = NULL;
    unsigned cp;

    ASSERT_OK(text_fts_new(&f, NULL));
    for (cp = 0xC0; cp <= 0xFF; cp++) {
        bool letter = cp != 0xD7 && cp != 0xF7;
        char c[3] = {(char)(0xC0 | cp >> 6), (char)(0x80 | (cp & 0x3F)), '\0'};
        char in[160], want[512], word[128];
        struct td_buf low = TD_BUF_INIT;
        struct out o = {"", 0};
        size_t k;

        ASSERT_OK(text_normalize(c, 2, &low, NULL));
        ASSERT_TRUE(snprintf(in, sizeof(in), "%sAb%sc %s", c, c, c) > 0);
        ASSERT_OK(text_fts_tokens(f, in, strlen(in), on_tok, &o, NULL));
        if (letter)
            ASSERT_TRUE(snprintf(want, sizeof(want), "%sab%sc@0-7 %s@8-10", low.data, low.data,
                                 low.data) > 0);
        else
            ASSERT_TRUE(snprintf(want, sizeof(want), "ab@2-4 c@6-7") > 0);
        ASSERT_STREQ(o.buf, want);
        /* Words of 2 to 101 bytes: up to 100 are tokens, longer ones junk. */
        for (k = 2; k <= 101 && letter; k++) {
            size_t i;
            memset(word, 'Q', k);
            memcpy(word + (k * 7) % (k - 1), c, 2);
            word[k] = '\0';
            o.len = 0;
            o.buf[0] = '\0';
            ASSERT_OK(text_fts_tokens(f, word, k, on_tok, &o, NULL));
            for (i = 0; i < k; i++)
                if (word[i] == 'Q')
                    word[i] = 'q';
            memcpy(word + (k * 7) % (k - 1), low.data, 2);
            if (k <= 100)
                ASSERT_TRUE(snprintf(want, sizeof(want), "%s@0-%zu", word, k) > 0);
            else
                want[0] = '\0';
            ASSERT_STREQ(o.buf, want);
        }
        td_buf_release(&low);
    }
    text_fts_free(f);
}

/* One token as text_fts_tokens() gives it or as the reference makes it. */
struct ref_tok {
    char form[TEXT_MAX_TERM_BYTES + 1];
    size_t len, start, end;
};

struct ref_list {
    const char *base;
    struct ref_tok toks[256];
    size_t n;
    int bad;
};

static enum td_err add_fts(void *ctx, const char *tok, size_t len, size_t start, size_t end)
{
    struct ref_list *l = ctx;

    if (l->n >= 256 || len > TEXT_MAX_TERM_BYTES) {
        l->bad = 1;
        return TD_OK;
    }
    memcpy(l->toks[l->n].form, tok, len);
    l->toks[l->n].len = len;
    l->toks[l->n].start = start;
    l->toks[l->n++].end = end;
    return TD_OK;
}

/* The reference: `tokenize`'s split, each slice through text_normalize(), empty and long ones
 * dropped. */
static enum td_err add_ref(void *ctx, const char *tok, size_t len, enum text_token_kind kind)
{
    struct ref_list *l = ctx;
    struct td_buf low = TD_BUF_INIT;
    size_t start = (size_t)(tok - l->base);
    enum td_err rc;

    (void)kind;
    rc = text_normalize(tok, len, &low, NULL);
    if (rc == TD_OK && low.len > 0 && low.len <= TEXT_MAX_TERM_BYTES)
        rc = add_fts(l, low.data, low.len, start, start + len);
    td_buf_release(&low);
    return rc;
}

/*
 * Random texts of ASCII letters in both cases, the bytes around the letter
 * ranges ('@' '[' '`' '{'), digits, spaces, Latin-1 letters of both cases
 * and "ß", ×, Ā, a combining mark, CJK and Cyrillic, up to 300 bytes, so
 * that words start and end at every offset of the sixteen- and eight-byte
 * lower-casing blocks: text_fts_tokens() gives exactly the tokens, forms
 * and offsets of `tokenize`'s split with each slice normalised on its own.
 */
TD_TEST(test_fts__tokens_as_tokenize_and_normalize_give_them)
{
    static const char *const pieces[] = {
        "A",
        "Z",
        "a",
        "z",
        "Q",
        "q",
        "M",
        "@",
        "[",
        "`",
        "{",
        "0",
        "7",
        " ",
        " ",
        ",",
        ".",
        "\xc3\x80",
        "\xc3\x9e",
        "\xc3\x9f",
        "\xc3\xa9",
        "\xc3\x89",
        "\xc3\xbf",
        "\xc3\x97",
        "\xc4\x80",
        "e\xcc\x81",
        "\xe6\x9d\xb1\xe4\xba\xac",
        "\xd0\x9c\xd0\xbe",
        "-",
        "'",
    };
    const size_t n_pieces = sizeof(pieces) / sizeof(pieces[0]);
    struct text_fts *f = NULL;
    struct tokenizer *tk = NULL;
    unsigned seed = 11;
    int round;

    ASSERT_OK(text_fts_new(&f, NULL));
    ASSERT_OK(tokenizer_new(&tk, NULL));
    for (round = 0; round < 20000; round++) {
        static struct ref_list got, want;
        char text[320];
        size_t len = 0, limit, i;
        seed = seed * 1103515245u + 12345u;
        limit = (seed >> 8) % 300;
        while (len < limit) {
            const char *p;
            seed = seed * 1103515245u + 12345u;
            /* Mostly letters, so that long words cross the blocks. */
            p = (seed >> 16) % 3 ? pieces[(seed >> 20) % 7] : pieces[(seed >> 20) % n_pieces];
            if (len + strlen(p) >= sizeof(text))
                break;
            memcpy(text + len, p, strlen(p));
            len += strlen(p);
        }
        got.base = want.base = text;
        got.n = want.n = 0;
        got.bad = want.bad = 0;
        ASSERT_OK(text_fts_tokens(f, text, len, add_fts, &got, NULL));
        ASSERT_OK(tokenize(tk, text, len, add_ref, &want));
        ASSERT_EQ_INT(got.bad, 0);
        ASSERT_EQ_INT(want.bad, 0);
        ASSERT_EQ_INT(got.n, want.n);
        for (i = 0; i < got.n; i++) {
            ASSERT_EQ_INT(got.toks[i].start, want.toks[i].start);
            ASSERT_EQ_INT(got.toks[i].end, want.toks[i].end);
            ASSERT_EQ_INT(got.toks[i].len, want.toks[i].len);
            ASSERT_TRUE(memcmp(got.toks[i].form, want.toks[i].form, got.toks[i].len) == 0);
        }
    }
    tokenizer_free(tk);
    text_fts_free(f);
}
