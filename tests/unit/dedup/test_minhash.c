/*
 * test_minhash.c - the near-duplicate signature keeps its stored values:
 * dedup_near_sig() equals a plain reference written with libxxhash (words,
 * shingles, bins, densification as dedup.h describes them) on random texts,
 * and three signatures computed by the code that wrote the stores before
 * the signature's loop was rewritten are pinned.
 */
#include <stdio.h>
#include <string.h>

#include "dedup/dedup.h"
#include "test.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

/* minhash.c's shingle seed. */
#define SHINGLE_SEED 0x7469646e67730002u

/* xorshift64* */
static uint64_t rnd(uint64_t *st)
{
    *st ^= *st >> 12;
    *st ^= *st << 25;
    *st ^= *st >> 27;
    return *st * 0x2545F4914F6CDD1Du;
}

/* Word bytes as dedup.h defines them. */
static bool ref_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80;
}

/* The signature as dedup.h describes it, one byte and one library call at a time. */
static void ref_sig(const char *text, struct dedup_sig *out)
{
    uint32_t mins[DEDUP_NEAR_HASHES], dense[DEDUP_NEAR_HASHES];
    uint64_t words[4096];
    size_t nw = 0, i, d;
    const unsigned char *s = (const unsigned char *)text;

    while (*s != '\0') {
        char w[64];
        size_t n = 0;
        if (!ref_word_byte(*s)) {
            s++;
            continue;
        }
        for (; *s != '\0' && ref_word_byte(*s); s++)
            if (n < sizeof(w))
                w[n++] = (char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s);
        words[nw++] = XXH3_64bits(w, n);
    }
    memset(mins, 0xff, sizeof(mins));
    out->shingles = nw >= 3 ? nw - 2 : nw > 0;
    for (i = 0; i + 3 <= nw || (i == 0 && nw > 0 && nw < 3); i++) {
        uint64_t x = XXH3_64bits_withSeed(words + i, (nw < 3 ? nw : 3) * 8, SHINGLE_SEED);
        uint32_t bin = (uint32_t)(x % DEDUP_NEAR_HASHES), v = (uint32_t)(x >> 32);
        if (v < mins[bin])
            mins[bin] = v;
    }
    for (i = 0; i < DEDUP_NEAR_HASHES; i++) {
        dense[i] = mins[i];
        for (d = 1; dense[i] == UINT32_MAX && d < DEDUP_NEAR_HASHES; d++) {
            uint32_t v = mins[(i + d) % DEDUP_NEAR_HASHES];
            if (v != UINT32_MAX)
                dense[i] = (uint32_t)((v ^ (uint32_t)(d * 0x9E3779B9u)) * 0x85EBCA6Bu);
        }
    }
    for (i = 0; i < DEDUP_NEAR_HASHES; i++)
        out->h[i] = (uint16_t)(dense[i] >> 16);
}

/* Pieces of random text: words of every shape the scanner has a path for. */
static const char *const pieces[] = {
    "the", "Bridge", "OSKARBY", "a", "ferry", "x9", "2024", "Ünïcode", "wörds", "日本語",
    "Привет", "mixedCASEword", "longlowercasewordofmorethansixteenbytes",
    "ALLCAPSWORDLONGERTHANEIGHT",
    "averyveryveryveryveryveryveryveryveryveryveryverylongwordpastsixtyfourbytesinall",
    "Averyveryveryveryveryveryveryveryveryveryveryverylongwordpastsixtyfourbytesinall",
    " ", "  ", ", ", ". ", "\n\n", "-", "'s ", "\t", "(", ") ", "é", "z", "Z9z",
};

TD_TEST(test_minhash__signature_equals_reference)
{
    char text[4096];
    uint64_t st = 0xC0FFEE12345678u;
    size_t r, bad = 0;
    struct dedup_sig got, want;

    for (r = 0; r < 3000; r++) {
        size_t len = 0, pieces_n = (size_t)(rnd(&st) % (r < 300 ? 8 : 200));
        while (pieces_n-- > 0) {
            const char *p = pieces[rnd(&st) % (sizeof(pieces) / sizeof(pieces[0]))];
            size_t n = strlen(p);
            if (len + n + 1 >= sizeof(text))
                break;
            memcpy(text + len, p, n);
            len += n;
            if (rnd(&st) % 3 != 0)
                text[len++] = ' ';
        }
        text[len] = '\0';
        dedup_near_sig(NULL, text, &got);
        ref_sig(text, &want);
        bad += got.shingles != want.shingles || memcmp(got.h, want.h, sizeof(got.h)) != 0;
    }
    ASSERT_EQ_INT(bad, 0);
}

/*
 * Random bytes from an alphabet of the bytes at the edges of each class
 * ('@' 'A' 'Z' '[', '`' 'a' 'z' '{', '/' '0' '9' ':', 0x7F 0x80 0xFF, control
 * bytes), at every length up to 300: words and gaps start and end at every
 * offset of the eight-byte blocks, and long words run past WORD_MAX.
 */
TD_TEST(test_minhash__random_bytes_equal_reference)
{
    static const unsigned char alphabet[] = {'@', 'A', 'Z', '[', '`', 'a', 'z', '{', '/', '0',
                                             '9', ':', 0x7F, 0x80, 0xFF, 0xC3, 0xA9, ' ',
                                             ' ', '\n', 0x01, 'm', 'M', 'q', 'Q', '5', ','};
    char text[301];
    uint64_t st = 0xABCDEF0123456789u;
    size_t r, i, bad = 0;
    struct dedup_sig got, want;

    for (r = 0; r < 6000; r++) {
        size_t len = r % 301, spread = 2 + (size_t)(rnd(&st) % sizeof(alphabet));
        for (i = 0; i < len; i++) {
            /* Mostly letters in long runs, now and then anything from the alphabet. */
            uint64_t x = rnd(&st);
            text[i] = (char)(x % 8 < 5 ? alphabet[5 + (x >> 8) % 2]
                                       : alphabet[(x >> 16) % (spread < sizeof(alphabet)
                                                                  ? spread
                                                                  : sizeof(alphabet))]);
        }
        text[len] = '\0';
        dedup_near_sig(NULL, text, &got);
        ref_sig(text, &want);
        bad += got.shingles != want.shingles || memcmp(got.h, want.h, sizeof(got.h)) != 0;
    }
    ASSERT_EQ_INT(bad, 0);
}

/* Values from the code at e8952c7: stored signatures hold them. */
TD_TEST(test_minhash__pinned_signatures)
{
    static const struct {
        const char *text;
        size_t shingles;
        uint16_t h0, h1, h7, h127;
    } cases[] = {
        {"The Bridge, closed: in OSKARBY today! \xc3\x9cn\xc3\xaf" "code w\xc3\xb6rds and 1234 "
         "numbers; a Verylongwordthatgoesonandonandonforeverandeverpastthesixtyfourbytelimitofthehash"
         " end.",
         12, 0x9e63, 0x9bde, 0x8781, 0xfb8f},
        {"Two words", 1, 0x53d5, 0x2d7b, 0x54e8, 0xaae3},
        {"One", 1, 0xf7d2, 0x3877, 0x3de1, 0x53b2},
    };
    struct dedup_sig s;
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        dedup_near_sig(NULL, cases[i].text, &s);
        ASSERT_EQ_INT(s.shingles, cases[i].shingles);
        ASSERT_EQ_INT(s.h[0], cases[i].h0);
        ASSERT_EQ_INT(s.h[1], cases[i].h1);
        ASSERT_EQ_INT(s.h[7], cases[i].h7);
        ASSERT_EQ_INT(s.h[127], cases[i].h127);
    }
}
