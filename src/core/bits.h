/*
 * bits.h - byte-parallel helpers for scanners that read text eight bytes at
 * a time (a uint64_t filled by memcpy), such as the tokenizer's word scan.
 */
#ifndef TD_CORE_BITS_H
#define TD_CORE_BITS_H

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

#endif
