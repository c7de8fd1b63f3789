/*
 * utf8.c - a strict UTF-8 validator (RFC 3629 ranges) with an ASCII fast
 * path, and a decoder for text already known to be valid.
 */
#include "core/utf8.h"

#include <string.h>

#include "core/bits.h"

/* Length of the sequence at `p` (1..4), or 0 when it is not valid UTF-8. */
static size_t seq_len(const unsigned char *p, size_t avail)
{
    unsigned char c = p[0];

    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return avail >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        if (avail < 3 || p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80)
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        if (avail < 4 || p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80 ||
            (p[3] & 0xC0) != 0x80)
            return 0;
        return 4;
    }
    return 0;
}

bool utf8_valid(const char *s, size_t len, size_t *bad_at)
{
    const uint64_t highs = 0x8080808080808080ULL;
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;

    while (i < len) {
        size_t n;
        uint64_t w, w2;
        /* Skip sixteen ASCII bytes at a time, then go straight to the first other byte. */
        while (len - i >= 16) {
            memcpy(&w, p + i, 8);
            memcpy(&w2, p + i + 8, 8);
            if ((w | w2) & highs)
                break;
            i += 16;
        }
        if (i == len)
            break;
        if (len - i >= 8) {
            memcpy(&w, p + i, 8);
            if ((w & highs) == 0) {
                i += 8;
                continue;
            }
            i += bits_first_marked_byte(w & highs);
        } else if (p[i] < 0x80) {
            i++;
            continue;
        }
        n = seq_len(p + i, len - i);
        if (n == 0) {
            if (bad_at != NULL)
                *bad_at = i;
            return false;
        }
        i += n;
    }
    return true;
}

int32_t utf8_next(const char *s, size_t len, size_t *pos)
{
    const unsigned char *p = (const unsigned char *)s + *pos;
    size_t avail = len - *pos;
    int32_t cp;

    if (p[0] < 0x80 || avail < 2) {
        *pos += 1;
        return p[0];
    }
    if (p[0] < 0xE0) {
        *pos += 2;
        return (int32_t)(((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu));
    }
    if (p[0] < 0xF0 || avail < 4) {
        *pos += 3;
        cp = (int32_t)(((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6));
        return avail >= 3 ? cp | (p[2] & 0x3F) : cp;
    }
    *pos += 4;
    return (int32_t)(((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
                     (p[3] & 0x3Fu));
}

size_t utf8_count(const char *s, size_t len)
{
    size_t i, n = 0;

    for (i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

bool utf8_arabic_prefix(const char *p)
{
    static const char *const prefixes[] = {"\xD9\x88", "\xD9\x81", "\xD8\xA8", "\xD9\x84",
                                           "\xD9\x83"};
    size_t i;

    for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
        if (memcmp(p, prefixes[i], 2) == 0)
            return true;
    return false;
}

size_t utf8_prefix(const char *s, size_t max)
{
    size_t n = strnlen(s, max);

    /* s[n] exists (the string goes on, or is its NUL); a continuation byte there means a cut. */
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}
