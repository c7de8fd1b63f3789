/*
 * tokenize.c - splits normalised text into words, numbers and, for scripts
 * written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar), the words
 * found by ICU's dictionary-based word break iterator.
 */
#include "text/text_int.h"

#include <stdint.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <utf8proc.h>

#include "core/alloc.h"
#include "core/bits.h"
#include "core/utf8.h"
#include "core/banned.h"

struct tokenizer {
    UBreakIterator *breaker; /* UBRK_WORD, reused for every run */
    UChar *u16;              /* UTF-16 copy of the current run */
    size_t u16_cap;          /* UChars in `u16` */
};

enum cp_class { CP_OTHER, CP_LETTER, CP_DIGIT, CP_COMPLEX };

/* Blocks of the scripts that need a dictionary to find word boundaries. */
static const struct {
    int32_t lo, hi;
} complex_ranges[] = {
    {0x0E00, 0x0EFF},   /* Thai, Lao */
    {0x1000, 0x109F},   /* Myanmar */
    {0x1780, 0x17FF},   /* Khmer */
    {0x19E0, 0x19FF},   /* Khmer symbols */
    {0x2E80, 0x2FDF},   /* CJK and Kangxi radicals */
    {0x3005, 0x3007},   /* iteration mark, closing mark, ideographic zero */
    {0x3021, 0x3029},   /* Hangzhou numerals */
    {0x3031, 0x3035},   /* kana repeat marks */
    {0x3038, 0x303C},   /* more iteration marks */
    {0x3040, 0x30FF},   /* Hiragana, Katakana */
    {0x31F0, 0x31FF},   /* Katakana phonetic extensions */
    {0x3400, 0x4DBF},   /* CJK extension A */
    {0x4E00, 0x9FFF},   /* CJK unified ideographs */
    {0xA9E0, 0xA9FF},   /* Myanmar extended B */
    {0xAA60, 0xAA7F},   /* Myanmar extended A */
    {0xF900, 0xFAFF},   /* CJK compatibility ideographs */
    {0x20000, 0x323AF}, /* CJK extensions B to H */
};

static bool is_complex(int32_t cp)
{
    size_t i;

    if (cp < 0x0E00)
        return false;
    for (i = 0; i < sizeof(complex_ranges) / sizeof(complex_ranges[0]); i++) {
        if (cp < complex_ranges[i].lo)
            return false;
        if (cp <= complex_ranges[i].hi)
            return true;
    }
    return false;
}

/* The class of an ASCII byte: no table, two compares. */
static inline enum cp_class ascii_class(unsigned char c)
{
    if ((unsigned)c - '0' < 10u)
        return CP_DIGIT;
    return ((unsigned)c | 0x20u) - 'a' < 26u ? CP_LETTER : CP_OTHER;
}

/*
 * Whether byte `c` is ASCII and neither letter nor digit (space,
 * punctuation: what separates words), as a table: one load where the main
 * loop took three compares per byte between words. Shared with the inline
 * loop in text_int.h.
 */
#define SEP(c) ((c) < 0x80 && !((c) >= '0' && (c) <= '9') && !((c) >= 'a' && (c) <= 'z') && \
                !((c) >= 'A' && (c) <= 'Z'))
#define SEP4(c) SEP(c), SEP((c) + 1), SEP((c) + 2), SEP((c) + 3)
#define SEP16(c) SEP4(c), SEP4((c) + 4), SEP4((c) + 8), SEP4((c) + 12)
#define SEP64(c) SEP16(c), SEP16((c) + 16), SEP16((c) + 32), SEP16((c) + 48)
const bool tokenize_separators[256] = {SEP64(0), SEP64(64), SEP64(128), SEP64(192)};
#undef SEP64
#undef SEP16
#undef SEP4
#undef SEP

static enum cp_class classify(int32_t cp)
{
    utf8proc_category_t cat;

    if (cp < 0x80)
        return ascii_class((unsigned char)cp);
    if (is_complex(cp))
        return CP_COMPLEX;
    cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_ND)
        return CP_DIGIT;
    /* Letters (Lu..Lo) and marks (Mn, Mc, Me) both belong inside words. */
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME ? CP_LETTER : CP_OTHER;
}

/*
 * The class of the code point at `t[pos]`; advances `*next` past it. ASCII,
 * most of the text in most languages, is classified inline; only other code
 * points are decoded and looked up.
 */
static inline enum cp_class class_at(const char *t, size_t n, size_t pos, size_t *next,
                                     int32_t *cp)
{
    unsigned char c = (unsigned char)t[pos];

    if (c < 0x80) {
        *next = pos + 1;
        *cp = c;
        return ascii_class(c);
    }
    /*
     * Two-byte sequences (the text is valid UTF-8) decoded here; U+00C0 to
     * U+024F, the accented Latin letters, are all letters (categories Lu to
     * Lo) but for U+00D7 and U+00F7, the multiplication and division signs.
     */
    if (c < 0xE0) {
        int32_t v = (int32_t)((c & 0x1Fu) << 6 | ((unsigned char)t[pos + 1] & 0x3Fu));
        *next = pos + 2;
        *cp = v;
        if (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7)
            return CP_LETTER;
        return classify(v);
    }
    *next = pos;
    *cp = utf8_next(t, n, next);
    return classify(*cp);
}

/*
 * End of the word or number starting at `start`. A run of digits takes in a
 * '.' or ',' followed by a digit ("4.5", "3,700"); digits followed by
 * letters make a word ("g7", "5km"), but "4.5km" is "4.5" then "km".
 */
static size_t scan_word(const char *t, size_t n, size_t start, bool *is_number)
{
    size_t pos = start, next;
    bool digits = true, sep = false;
    int32_t cp;

    while (pos < n) {
        enum cp_class c;
        /* The bulk of a Latin word: a run of ASCII letters (see letters_end). */
        size_t p = sep ? pos : tokenize_letters_end(t, n, pos);
        if (p > pos) {
            digits = false;
            pos = p;
            continue;
        }
        c = class_at(t, n, pos, &next, &cp);
        if (c == CP_DIGIT) {
            pos = next;
        } else if (c == CP_LETTER && !sep) {
            digits = false;
            pos = next;
        } else if ((cp == '.' || cp == ',') && digits && next < n && t[next] >= '0' &&
                   t[next] <= '9') {
            sep = true;
            pos = next;
        } else {
            break;
        }
    }
    *is_number = digits;
    return pos;
}

/* End of the run of complex-script code points starting at `pos`. */
static size_t scan_complex(const char *t, size_t n, size_t pos)
{
    size_t next;
    int32_t cp;

    while (pos < n && class_at(t, n, pos, &next, &cp) == CP_COMPLEX)
        pos = next;
    return pos;
}

/* Copies `s[0..len)` into the tokenizer's UTF-16 buffer. */
static enum td_err to_utf16(struct tokenizer *tk, const char *s, size_t len, int32_t *u16_len)
{
    UErrorCode status = U_ZERO_ERROR;

    /* UTF-16 never needs more units than UTF-8 needs bytes. */
    if (len > INT32_MAX)
        return TD_ERR_TOO_LARGE;
    if (len > tk->u16_cap) {
        UChar *p = td_realloc(tk->u16, len * sizeof(UChar));
        if (p == NULL)
            return TD_ERR_NOMEM;
        tk->u16 = p;
        tk->u16_cap = len;
    }
    u_strFromUTF8(tk->u16, (int32_t)tk->u16_cap, u16_len, s, (int32_t)len, &status);
    return U_FAILURE(status) ? TD_ERR_INTERNAL : TD_OK;
}

/* Advances UTF-8 offset `*u8` until the UTF-16 offset `*u16` reaches `target`. */
static void advance_to(const char *s, size_t len, size_t *u8, int32_t *u16, int32_t target)
{
    while (*u16 < target && *u8 < len) {
        int32_t cp = utf8_next_fast(s, len, u8);
        *u16 += cp >= 0x10000 ? 2 : 1;
    }
}

/* Emits the words ICU finds in the complex-script run `s[0..len)`. */
static enum td_err break_run(struct tokenizer *tk, const char *s, size_t len, token_fn fn,
                             void *ctx)
{
    UErrorCode status = U_ZERO_ERROR;
    int32_t u16_len = 0, u16_pos = 0, b;
    size_t u8_pos = 0;
    enum td_err rc = to_utf16(tk, s, len, &u16_len);

    if (rc != TD_OK)
        return rc;
    ubrk_setText(tk->breaker, tk->u16, u16_len, &status);
    if (U_FAILURE(status))
        return TD_ERR_INTERNAL;
    ubrk_first(tk->breaker);
    while (rc == TD_OK && (b = ubrk_next(tk->breaker)) != UBRK_DONE) {
        int32_t rule = ubrk_getRuleStatus(tk->breaker);
        size_t start = u8_pos;
        advance_to(s, len, &u8_pos, &u16_pos, b);
        /* Spaces and punctuation come back as segments of status NONE. */
        if (rule >= UBRK_WORD_NONE && rule < UBRK_WORD_NONE_LIMIT)
            continue;
        rc = fn(ctx, s + start, u8_pos - start, TEXT_TOKEN_CJK);
    }
    return rc;
}

enum td_err tokenize_step(struct tokenizer *tk, const char *t, size_t n, size_t *pos,
                          token_fn fn, void *ctx)
{
    size_t next, end, at = *pos;
    int32_t cp;
    bool is_number;
    enum cp_class c = class_at(t, n, at, &next, &cp);

    if (c == CP_OTHER) {
        *pos = next;
        return TD_OK;
    }
    if (c == CP_COMPLEX) {
        end = scan_complex(t, n, at);
        *pos = end;
        return break_run(tk, t + at, end - at, fn, ctx);
    }
    end = scan_word(t, n, at, &is_number);
    *pos = end;
    return fn(ctx, t + at, end - at, is_number ? TEXT_TOKEN_NUMBER : TEXT_TOKEN_WORD);
}

enum td_err tokenize(struct tokenizer *tk, const char *t, size_t n, token_fn fn, void *ctx)
{
    return tokenize_inline(tk, t, n, fn, fn, fn, ctx);
}

enum td_err tokenizer_new(struct tokenizer **out, struct td_error *err)
{
    UErrorCode status = U_ZERO_ERROR;
    struct tokenizer *tk = td_calloc(1, sizeof(*tk));

    if (tk == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "cannot allocate tokenizer");
    /* The root locale's word rules already use the CJK and Thai dictionaries. */
    tk->breaker = ubrk_open(UBRK_WORD, "", NULL, 0, &status);
    if (U_FAILURE(status) || tk->breaker == NULL) {
        tokenizer_free(tk);
        return td_error_set(err, TD_ERR_INTERNAL, "cannot open ICU word breaker: %s",
                            u_errorName(status));
    }
    *out = tk;
    return TD_OK;
}

void tokenizer_free(struct tokenizer *tk)
{
    if (tk == NULL)
        return;
    if (tk->breaker != NULL)
        ubrk_close(tk->breaker);
    td_free(tk->u16);
    td_free(tk);
}
