/*
 * bits.h - byte-parallel helpers for scanners that read text eight bytes at
 * a time (a uint64_t filled by memcpy), such as the tokenizer's word scan.
 */
#ifndef TD_CORE_BITS_H
#define TD_CORE_BITS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/*
 * The position, in memory order, of the first of the eight bytes that were
 * copied into `m` whose top bit is set in `m`; `m` must have such a byte
 * (and no other bits than top bits). One instruction where the compiler
 * offers a count of trailing zeros on a little-endian machine, else a loop
 * over the bytes.
 */
static inline unsigned bits_first_marked_byte(uint64_t m)
{
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    return (unsigned)__builtin_ctzll(m) >> 3;
#else
    unsigned char b[8];
    unsigned i = 0;

    memcpy(b, &m, sizeof(b));
    while (i < 7 && !(b[i] & 0x80))
        i++;
    return i;
#endif
}

/* The top bit of each byte of `w` that is not a lower-case ASCII letter. */
static inline uint64_t bits_not_lower(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, highs = ones << 7, low7 = w & ~highs;
    /* Seven-bit sums cannot carry into the next byte: marks for >= 'a' and for >= '{'. */
    uint64_t ge_a = low7 + ones * (0x80 - 'a'), ge_brace = low7 + ones * (0x80 - '{');

    return ~(ge_a & ~ge_brace & ~w) & highs;
}

/*
 * The length of the run of lower-case ASCII letters that starts `s[0..len)`,
 * eight bytes at a time.
 */
static inline size_t bits_lower_run(const char *s, size_t len)
{
    size_t i = 0;

    for (; len - i >= 8; i += 8) {
        uint64_t w, m;
        memcpy(&w, s + i, 8);
        m = bits_not_lower(w);
        if (m != 0)
            return i + bits_first_marked_byte(m);
    }
    while (i < len && (unsigned)(unsigned char)s[i] - 'a' < 26u)
        i++;
    return i;
}

#endif
