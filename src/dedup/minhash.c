/*
 * minhash.c - MinHash signatures of article bodies over word 3-shingles, for
 * near-duplicate detection (see dedup.h for the method).
 */
#include <string.h>

#include "core/bits.h"
#include "dedup/dedup_int.h"

/* Inlined: the hashes here are of a few bytes, where a library call costs as much as the hash. */
#define XXH_INLINE_ALL
#include <xxhash.h>

/*
 * Inlined at each caller even where the compiler would not: a call per word
 * cost about a tenth of the signature (callgrind, bench stream).
 */
#if defined(__GNUC__)
#define HOT_INLINE inline __attribute__((always_inline))
#else
#define HOT_INLINE inline
#endif

/* Bytes of a word that count for its hash; longer words are cut. */
#define WORD_MAX 64
/* The seed of the shingle hash (unchanged since signatures were stored). */
#define SHINGLE_SEED 0x7469646e67730002u
/* The seed of the line hash (furniture.c counts lines by it). */
#define LINE_SEED 0x7469646e67730003u

/* Word bytes: ASCII letters and digits, and every byte of a multi-byte character. */
#define WB(c)                                                                                  \
    (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') || ((c) >= '0' && (c) <= '9') || \
     (c) >= 0x80)
#define WB4(c) WB(c), WB((c) + 1), WB((c) + 2), WB((c) + 3)
#define WB16(c) WB4(c), WB4((c) + 4), WB4((c) + 8), WB4((c) + 12)
#define WB64(c) WB16(c), WB16((c) + 16), WB16((c) + 32), WB16((c) + 48)
/* One load per byte where the test above took several compares. */
static const bool word_bytes[256] = {WB64(0), WB64(64), WB64(128), WB64(192)};
#undef WB64
#undef WB16
#undef WB4
#undef WB

static inline bool is_word_byte(unsigned char c)
{
    return word_bytes[c];
}

/*
 * The top bit of each of the eight bytes of `w` (memory order) that is not
 * a word byte (is_word_byte()). Seven-bit sums cannot carry into the next
 * byte: marks for letters (case folded), digits, and bytes from 0x80 up.
 */
static inline uint64_t non_word8(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, highs = ones << 7, low7 = w & ~highs;
    uint64_t x = low7 | ones * 0x20;
    uint64_t letter = (x + ones * (0x80 - 'a')) & ~(x + ones * (0x80 - 'z' - 1));
    uint64_t digit = (low7 + ones * (0x80 - '0')) & ~(low7 + ones * (0x80 - '9' - 1));

    return ~(((letter | digit) & ~w) | w) & highs;
}

/* `w` with its ASCII capitals lower-cased (other bytes as they are). */
static inline uint64_t fold8(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, highs = ones << 7, low7 = w & ~highs;
    uint64_t upper = (low7 + ones * (0x80 - 'A')) & ~(low7 + ones * (0x80 - 'Z' - 1)) & ~w & highs;

    return w | upper >> 2;
}

/*
 * XXH3_64bits() of a word's first bytes (at most WORD_MAX). Inlined at its
 * callers: a call cost ~6 instructions a word, about a fifth of the hash.
 * Up to 16 bytes (nearly every word) XXH3_64bits() is XXH3_len_0to16_64b()
 * with the default secret and seed 0, which is called here directly: the
 * compiler kept XXH3_64bits() a call, with its dispatch on the length.
 */
static inline uint64_t word_hash(const void *w, size_t n)
{
    if (n <= 16)
        return XXH3_len_0to16_64b((const xxh_u8 *)w, n, XXH3_kSecret, 0);
    return XXH3_64bits(w, n);
}

/* XXH3 of a shingle: its three word hashes as 24 bytes in memory order. */
static inline uint64_t shingle_hash(uint64_t w0, uint64_t w1, uint64_t w2)
{
    const uint64_t w[DEDUP_NEAR_SHINGLE_WORDS] = {w0, w1, w2};

    return XXH3_64bits_withSeed(w, sizeof(w), SHINGLE_SEED);
}

/*
 * Reads the next word at or after `*p` (before `end`) and returns its hash:
 * XXH3 of its first WORD_MAX bytes, ASCII case-folded; advances `*p`, or
 * returns false at the end. An all-lower-case word is hashed in place.
 * `*new_line` tells whether a line feed came between `*p` and the word.
 */
static HOT_INLINE bool next_word(const char **p, const char *end, uint64_t *hash, bool *new_line)
{
    const unsigned char *s = (const unsigned char *)*p, *e = (const unsigned char *)end, *start;
    char buf[WORD_MAX + 8]; /* eight-byte stores may pass the WORD_MAX bytes that count */
    size_t n;
    bool nl = false;

    for (; s < e && !is_word_byte(*s); s++)
        nl |= *s == '\n';
    *new_line = nl;
    if (s == e)
        return false;
    start = s;
    n = bits_lower_run((const char *)s, (size_t)(e - s));
    s += n;
    if (s == e || !is_word_byte(*s)) {
        *p = (const char *)s;
        *hash = word_hash(start, n < WORD_MAX ? n : WORD_MAX);
        return true;
    }
    if (n > WORD_MAX)
        n = WORD_MAX;
    memcpy(buf, start, n);
    /* Eight bytes at a time: fold them, keep those up to the word's end. */
    while (e - s >= 8) {
        uint64_t w, m;
        size_t k;
        memcpy(&w, s, 8);
        m = non_word8(w);
        k = m != 0 ? bits_first_marked_byte(m) : 8;
        if (n < WORD_MAX) {
            w = fold8(w);
            memcpy(buf + n, &w, 8);
            n = n + k < WORD_MAX ? n + k : WORD_MAX;
        }
        s += k;
        if (k < 8) {
            *p = (const char *)s;
            *hash = word_hash(buf, n);
            return true;
        }
    }
    for (; s < e; s++) {
        unsigned char c = *s, low = (unsigned)c - 'A' < 26u ? (unsigned char)(c + 32) : c;
        /* is_word_byte(c), with the case already folded. */
        if (!((unsigned)low - 'a' < 26u || (unsigned)c - '0' < 10u || c >= 0x80))
            break;
        if (n < WORD_MAX)
            buf[n++] = (char)low;
    }
    *p = (const char *)s;
    *hash = word_hash(buf, n);
    return true;
}

/*
 * One-permutation MinHash: each shingle is hashed once; its hash picks one
 * of the DEDUP_NEAR_HASHES bins and competes for that bin's minimum. This
 * costs one hash per shingle instead of one per shingle and bin.
 */
static inline void update(uint32_t mins[DEDUP_NEAR_HASHES], uint64_t x)
{
    uint32_t bin = (uint32_t)(x % DEDUP_NEAR_HASHES), v = (uint32_t)(x >> 32);

    if (v < mins[bin])
        mins[bin] = v;
}

/*
 * Fills empty bins from the next non-empty bin to the right (circularly),
 * salted by the distance, so that two texts agree on an empty bin exactly
 * when they agree on the bin it borrows from ("densification").
 */
static void densify(uint32_t mins[DEDUP_NEAR_HASHES])
{
    uint32_t out[DEDUP_NEAR_HASHES];
    size_t i, d;

    for (i = 0; i < DEDUP_NEAR_HASHES; i++) {
        out[i] = mins[i];
        for (d = 1; out[i] == UINT32_MAX && d < DEDUP_NEAR_HASHES; d++) {
            uint32_t v = mins[(i + d) % DEDUP_NEAR_HASHES];
            if (v != UINT32_MAX)
                out[i] = (uint32_t)((v ^ (uint32_t)(d * 0x9E3779B9u)) * 0x85EBCA6Bu);
        }
    }
    memcpy(mins, out, sizeof(out));
}

/* The running state of a signature: bin minima and the last two words. */
struct shingler {
    uint32_t mins[DEDUP_NEAR_HASHES];
    uint64_t w0, w1; /* the last two words' hashes, oldest first: a shingle is (w0, w1, w) */
    size_t nw;       /* words fed */
};

static void shingler_init(struct shingler *sh)
{
    memset(sh->mins, 0xff, sizeof(sh->mins));
    sh->w0 = sh->w1 = 0;
    sh->nw = 0;
}

static inline void shingler_word(struct shingler *sh, uint64_t w)
{
    if (++sh->nw >= DEDUP_NEAR_SHINGLE_WORDS)
        update(sh->mins, shingle_hash(sh->w0, sh->w1, w));
    sh->w0 = sh->w1;
    sh->w1 = w;
}

static void shingler_finish(struct shingler *sh, struct dedup_sig *out)
{
    int i;

    out->shingles = 0;
    if (sh->nw >= DEDUP_NEAR_SHINGLE_WORDS) {
        out->shingles = sh->nw - (DEDUP_NEAR_SHINGLE_WORDS - 1);
    } else if (sh->nw > 0) {
        /* A body shorter than one shingle is one shingle of all its words. */
        uint64_t words[2] = {sh->w0, sh->w1};
        update(sh->mins, XXH3_64bits_withSeed(sh->nw == 1 ? words + 1 : words,
                                              sh->nw * sizeof(words[0]), SHINGLE_SEED));
        out->shingles = 1;
    }
    densify(sh->mins);
    for (i = 0; i < DEDUP_NEAR_HASHES; i++)
        out->h[i] = (uint16_t)(sh->mins[i] >> 16);
}

void dedup_near_sig(const struct dedup_near *nx, const char *text, struct dedup_sig *out)
{
    struct shingler sh;
    uint64_t w;
    bool nl;
    const char *end = text != NULL ? text + strlen(text) : NULL;

    (void)nx; /* the signature needs no per-index state */
    shingler_init(&sh);
    while (text != NULL && next_word(&text, end, &w, &nl))
        shingler_word(&sh, w);
    shingler_finish(&sh, out);
}

/*
 * The words of the line being read, held back until the line ends and its
 * hash tells whether it is furniture. A line of more than LINE_WORDS words
 * is a paragraph, never furniture: its words go to the signature at once.
 */
#define LINE_WORDS 256
struct line_state {
    uint64_t w[LINE_WORDS];
    size_t n;
    bool is_long;
    uint64_t h; /* line_fold() of the words so far, from LINE_SEED */
};

/*
 * One step of the line hash: cheap enough to run on every word as it is
 * read (XXH3 over the held words at the line's end cost a tenth of the
 * signature), and the shift lets every bit of the words reach the top half.
 */
static inline uint64_t line_fold(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0x9E3779B97F4A7C15u;
    return h ^ h >> 29;
}

static inline uint32_t line_final(uint64_t h)
{
    uint32_t x = (uint32_t)((h * 0xC4CEB9FE1A85EC53u) >> 32);

    return x != 0 ? x : 1; /* 0 marks an empty slot of the furniture table */
}

/* Ends the line being read: records its hash, and feeds its words unless it is furniture. */
static void end_line(struct line_state *ls, struct shingler *sh, const struct dedup_furniture *furn,
                     struct dedup_lines *lines)
{
    size_t i;

    if (ls->n > 0 && !ls->is_long) {
        uint32_t h = line_final(ls->h);
        unsigned kind = furn != NULL ? dedup_furniture_kind(furn, h) : 0;
        dedup_lines_push(lines, h);
        lines->text_furniture += (kind & DEDUP_FURN_TEXT) != 0;
        if ((kind & DEDUP_FURN_SIG) == 0)
            for (i = 0; i < ls->n; i++)
                shingler_word(sh, ls->w[i]);
    }
    ls->n = 0;
    ls->is_long = false;
    ls->h = LINE_SEED;
}

/* Takes word `w` of the line being read. */
static inline void line_word(struct line_state *ls, struct shingler *sh, uint64_t w)
{
    size_t i;

    if (ls->n == LINE_WORDS && !ls->is_long) {
        for (i = 0; i < ls->n; i++)
            shingler_word(sh, ls->w[i]);
        ls->is_long = true;
    }
    if (ls->is_long) {
        shingler_word(sh, w);
    } else {
        ls->w[ls->n++] = w;
        ls->h = line_fold(ls->h, w);
    }
}

void dedup_near_sig_clean(const struct dedup_furniture *furn, const char *text,
                          struct dedup_sig *out, struct dedup_lines *lines)
{
    struct shingler sh;
    struct line_state ls;
    uint64_t w;
    bool nl;
    const char *end = text != NULL ? text + strlen(text) : NULL;

    shingler_init(&sh);
    ls.n = 0;
    ls.is_long = false;
    ls.h = LINE_SEED;
    lines->n = lines->seen = lines->text_furniture = 0;
    while (text != NULL && next_word(&text, end, &w, &nl)) {
        if (nl)
            end_line(&ls, &sh, furn, lines);
        line_word(&ls, &sh, w);
    }
    end_line(&ls, &sh, furn, lines);
    shingler_finish(&sh, out);
}

uint32_t dedup_line_hash(const uint64_t *words, size_t n)
{
    uint64_t h = LINE_SEED;
    size_t i;

    for (i = 0; i < n; i++)
        h = line_fold(h, words[i]);
    return line_final(h);
}

bool minhash_next_word(const char **p, const char *end, uint64_t *hash, bool *new_line)
{
    return next_word(p, end, hash, new_line);
}

uint64_t minhash_shingle(uint64_t w0, uint64_t w1, uint64_t w2)
{
    return shingle_hash(w0, w1, w2);
}

void dedup_sig_serialize(const struct dedup_sig *sig, unsigned char out[DEDUP_SIG_BYTES])
{
    uint32_t n = sig->shingles > UINT32_MAX ? UINT32_MAX : (uint32_t)sig->shingles;
    size_t i;

    for (i = 0; i < 4; i++)
        out[i] = (unsigned char)(n >> (8 * i));
    for (i = 0; i < DEDUP_NEAR_HASHES; i++) {
        out[4 + 2 * i] = (unsigned char)(sig->h[i] & 0xff);
        out[5 + 2 * i] = (unsigned char)(sig->h[i] >> 8);
    }
}

enum td_err dedup_sig_parse(struct dedup_sig *sig, const void *data, size_t len)
{
    const unsigned char *p = data;
    uint32_t n = 0;
    size_t i;

    if (len != DEDUP_SIG_BYTES)
        return TD_ERR_PARSE;
    for (i = 0; i < 4; i++)
        n |= (uint32_t)p[i] << (8 * i);
    sig->shingles = n;
    for (i = 0; i < DEDUP_NEAR_HASHES; i++)
        sig->h[i] = (uint16_t)(p[4 + 2 * i] | (p[5 + 2 * i] << 8));
    return TD_OK;
}

void dedup_lines_of(const char *text, struct dedup_lines *out)
{
    struct dedup_sig scratch;

    /* The lines come out of the same walk as the signature's, so they cannot differ. */
    dedup_near_sig_clean(NULL, text, &scratch, out);
}
