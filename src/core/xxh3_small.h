/*
 * xxh3_small.h - XXH3-64 written out for short input: xxh3_small_seeded()
 * is XXH3_64bits_withSeed() of 0 to 128 bytes, xxh3_words3_seeded() the same
 * of three 64-bit words (24 bytes, little-endian). They return the
 * library's values bit for bit (the near-duplicate signatures that stores
 * keep depend on them; test_minhash checks them against libxxhash on random
 * input of every length), without its length dispatch and its call: with
 * the seed a constant (the signature's words and shingles), about half
 * what a library call costs; with a variable seed (tried for the analyzer's
 * memo keys) no less than the library. The constants are 64-bit little-endian
 * reads of XXH3's default secret (XXH3_kSecret) at the offset in their
 * name, and XXH3's primes. libc only.
 */
#ifndef TD_CORE_XXH3_SMALL_H
#define TD_CORE_XXH3_SMALL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define XS_SECRET_0 0xbe4ba423396cfeb8u
#define XS_SECRET_8 0x1cad21f72c81017cu
#define XS_SECRET_16 0xdb979083e96dd4deu
#define XS_SECRET_24 0x1f67b3b7a4a44072u
#define XS_SECRET_32 0x78e5c0cc4ee679cbu
#define XS_SECRET_40 0x2172ffcc7dd05a82u
#define XS_SECRET_48 0x8e2443f7744608b8u
#define XS_SECRET_56 0x4c263a81e69035e0u
#define XS_SECRET_64 0xcb00c391bb52283cu
#define XS_SECRET_72 0xa32e531b8b65d088u
#define XS_SECRET_80 0x4ef90da297486471u
#define XS_SECRET_88 0xd8acdea946ef1938u
#define XS_SECRET_96 0x3f349ce33f76faa8u
#define XS_SECRET_104 0x1d4f0bc7c7bbdcf9u
#define XS_SECRET_112 0x3159b4cd4be0518au
#define XS_SECRET_120 0x647378d9c97e9fc8u
/* The longest input xxh3_small_seeded() takes. */
#define XXH3_SMALL_MAX 128

#define XS_PRIME64_1 0x9E3779B185EBCA87u
#define XS_PRIME64_2 0xC2B2AE3D27D4EB4Fu
#define XS_PRIME64_3 0x165667B19E3779F9u
#define XS_AVALANCHE 0x165667919E3779F9u
#define XS_RRMXMX 0x9FB21C651E98DF25u

static inline uint64_t xs_read64(const unsigned char *p)
{
    uint64_t v;

    memcpy(&v, p, sizeof(v));
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

static inline uint32_t xs_read32(const unsigned char *p)
{
    uint32_t v;

    memcpy(&v, p, sizeof(v));
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap32(v);
#endif
    return v;
}

static inline uint64_t xs_swap64(uint64_t x)
{
    return ((x << 56) & 0xff00000000000000u) | ((x << 40) & 0x00ff000000000000u) |
           ((x << 24) & 0x0000ff0000000000u) | ((x << 8) & 0x000000ff00000000u) |
           ((x >> 8) & 0x00000000ff000000u) | ((x >> 24) & 0x0000000000ff0000u) |
           ((x >> 40) & 0x000000000000ff00u) | ((x >> 56) & 0x00000000000000ffu);
}

static inline uint32_t xs_swap32(uint32_t x)
{
    return (x << 24) | ((x << 8) & 0x00ff0000u) | ((x >> 8) & 0x0000ff00u) | (x >> 24);
}

static inline uint64_t xs_rotl64(uint64_t x, unsigned r)
{
    return (x << r) | (x >> (64 - r));
}

/* The 128-bit product of `a` and `b`, its two halves xor-ed. */
static inline uint64_t xs_mul_fold(uint64_t a, uint64_t b)
{
#if defined(__SIZEOF_INT128__)
    __extension__ typedef unsigned __int128 u128; /* a GNU type; -Wpedantic knows */
    u128 p = (u128)a * b;

    return (uint64_t)p ^ (uint64_t)(p >> 64);
#else
    uint64_t lo_lo = (a & 0xffffffffu) * (b & 0xffffffffu);
    uint64_t hi_lo = (a >> 32) * (b & 0xffffffffu);
    uint64_t lo_hi = (a & 0xffffffffu) * (b >> 32);
    uint64_t hi_hi = (a >> 32) * (b >> 32);
    uint64_t cross = (lo_lo >> 32) + (hi_lo & 0xffffffffu) + lo_hi;
    uint64_t upper = (hi_lo >> 32) + (cross >> 32) + hi_hi;
    uint64_t lower = (cross << 32) | (lo_lo & 0xffffffffu);

    return lower ^ upper;
#endif
}

static inline uint64_t xs_avalanche(uint64_t h)
{
    h ^= h >> 37;
    h *= XS_AVALANCHE;
    return h ^ (h >> 32);
}

/* XXH64's final mix, which XXH3 uses for 0 to 3 bytes. */
static inline uint64_t xs_avalanche64(uint64_t h)
{
    h ^= h >> 33;
    h *= XS_PRIME64_2;
    h ^= h >> 29;
    h *= XS_PRIME64_3;
    return h ^ (h >> 32);
}

static inline uint64_t xs_rrmxmx(uint64_t h, uint64_t len)
{
    h ^= xs_rotl64(h, 49) ^ xs_rotl64(h, 24);
    h *= XS_RRMXMX;
    h ^= (h >> 35) + len;
    h *= XS_RRMXMX;
    return h ^ (h >> 28);
}

/* 16 input bytes against 16 secret bytes (k0, k1) and the seed. */
static inline uint64_t xs_mix16(const unsigned char *p, uint64_t k0, uint64_t k1, uint64_t seed)
{
    return xs_mul_fold(xs_read64(p) ^ (k0 + seed), xs_read64(p + 8) ^ (k1 - seed));
}

/*
 * XXH3_64bits_withSeed(p, n, seed) for 17 <= n <= 128. Out of line: words
 * are mostly shorter, and inlined its registers made every call save some.
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static uint64_t xs_17to128(const unsigned char *p, size_t n, uint64_t seed)
{
    uint64_t acc = (uint64_t)n * XS_PRIME64_1;

    if (n > 32) {
        if (n > 64) {
            if (n > 96) {
                acc += xs_mix16(p + 48, XS_SECRET_96, XS_SECRET_104, seed);
                acc += xs_mix16(p + n - 64, XS_SECRET_112, XS_SECRET_120, seed);
            }
            acc += xs_mix16(p + 32, XS_SECRET_64, XS_SECRET_72, seed);
            acc += xs_mix16(p + n - 48, XS_SECRET_80, XS_SECRET_88, seed);
        }
        acc += xs_mix16(p + 16, XS_SECRET_32, XS_SECRET_40, seed);
        acc += xs_mix16(p + n - 32, XS_SECRET_48, XS_SECRET_56, seed);
    }
    acc += xs_mix16(p, XS_SECRET_0, XS_SECRET_8, seed);
    acc += xs_mix16(p + n - 16, XS_SECRET_16, XS_SECRET_24, seed);
    return xs_avalanche(acc);
}

/*
 * XXH3_64bits_withSeed(data, n, seed) for n <= 128 (longer input is not
 * this function's). Always inlined, so that a constant seed folds into the
 * constants; a caller with many call sites wraps it in one function.
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))
#endif
static inline uint64_t xxh3_small_seeded(const void *data, size_t n, uint64_t seed)
{
    const unsigned char *p = data;

    if (n > 16)
        return xs_17to128(p, n, seed);
    if (n > 8) {
        uint64_t lo = xs_read64(p) ^ ((XS_SECRET_24 ^ XS_SECRET_32) + seed);
        uint64_t hi = xs_read64(p + n - 8) ^ ((XS_SECRET_40 ^ XS_SECRET_48) - seed);
        return xs_avalanche(n + xs_swap64(lo) + hi + xs_mul_fold(lo, hi));
    }
    if (n >= 4) {
        uint64_t s = seed ^ (uint64_t)xs_swap32((uint32_t)seed) << 32;
        uint64_t in = xs_read32(p + n - 4) + ((uint64_t)xs_read32(p) << 32);
        return xs_rrmxmx(in ^ ((XS_SECRET_8 ^ XS_SECRET_16) - s), n);
    }
    if (n > 0) {
        uint32_t combined = (uint32_t)p[0] << 16 | (uint32_t)p[n >> 1] << 24 | p[n - 1] |
                            (uint32_t)n << 8;
        uint32_t flip = (uint32_t)XS_SECRET_0 ^ (uint32_t)(XS_SECRET_0 >> 32);
        return xs_avalanche64(combined ^ ((uint64_t)flip + seed));
    }
    return xs_avalanche64(seed ^ (XS_SECRET_56 ^ XS_SECRET_64));
}

/* XXH3_64bits(data, n) for n <= 128. */
static inline uint64_t xxh3_small(const void *data, size_t n)
{
    return xxh3_small_seeded(data, n, 0);
}

/*
 * XXH3_64bits_withSeed() of the 24 bytes a, b, c (each little-endian): the
 * 17-to-32-byte case, whose second 16 bytes overlap the first at b.
 */
static inline uint64_t xxh3_words3_seeded(uint64_t a, uint64_t b, uint64_t c, uint64_t seed)
{
    uint64_t acc = 24 * XS_PRIME64_1;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    a = __builtin_bswap64(a); /* the library reads the words' bytes as little-endian */
    b = __builtin_bswap64(b);
    c = __builtin_bswap64(c);
#endif
    acc += xs_mul_fold(a ^ (XS_SECRET_0 + seed), b ^ (XS_SECRET_8 - seed));
    acc += xs_mul_fold(b ^ (XS_SECRET_16 + seed), c ^ (XS_SECRET_24 - seed));
    return xs_avalanche(acc);
}

#endif
