/*
 * utf8.h - UTF-8 validation and decoding, shared by ingest and text.
 */
#ifndef TD_CORE_UTF8_H
#define TD_CORE_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Whether `s[0..len)` is valid UTF-8: no overlong forms, no surrogates, no
 * code point above U+10FFFF. On false, `*bad_at` (may be NULL) is the byte
 * offset of the first bad sequence. NUL bytes are valid UTF-8 here.
 */
bool utf8_valid(const char *s, size_t len, size_t *bad_at);

/*
 * Decodes the code point at `s[*pos]` (the text must be valid UTF-8) and
 * advances `*pos` past it.
 */
int32_t utf8_next(const char *s, size_t len, size_t *pos);

/* `utf8_next` with the ASCII case inlined, for per-character scanning loops. */
static inline int32_t utf8_next_fast(const char *s, size_t len, size_t *pos)
{
    unsigned char c = (unsigned char)s[*pos];

    if (c < 0x80) {
        *pos += 1;
        return c;
    }
    return utf8_next(s, len, pos);
}

/* Whether `c` is an ASCII digit (not isdigit(): that one depends on the locale). */
static inline bool utf8_is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Number of code points in valid UTF-8 `s[0..len)`. */
size_t utf8_count(const char *s, size_t len);

/*
 * The length of the longest start of the NUL-terminated UTF-8 `s` of at
 * most `max` bytes that ends between two characters, so a cut text stays
 * valid: strnlen(s, max), less the bytes of a character it would split.
 */
size_t utf8_prefix(const char *s, size_t max);

/*
 * Whether the two bytes at `p` (at least two readable) are one of the Arabic
 * letters that attach to the next word: و and, ف so, ب with, ل for, ك as.
 */
bool utf8_arabic_prefix(const char *p);

/*
 * The Arabic letter whose UTF-8 bytes are `c` (lead byte << 8 | trail, lead
 * 0xD8 or 0xD9) as its spelling variants fold: alef with hamza or madda as
 * alef, ta marbuta as ha, alef maqsura as ya; 0 for harakat and tatweel,
 * which are dropped; any other letter as it is.
 */
static inline unsigned utf8_arabic_fold(unsigned c)
{
    if (c == 0xD8A3 || c == 0xD8A5 || c == 0xD8A2)
        return 0xD8A7;
    if (c == 0xD8A9)
        return 0xD987;
    if (c == 0xD989)
        return 0xD98A;
    if ((c >= 0xD98B && c <= 0xD992) || c == 0xD980)
        return 0;
    return c;
}

#endif
