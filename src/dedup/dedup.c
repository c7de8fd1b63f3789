/*
 * dedup.c - content and record hashes (XXH3-128, streaming) for exact
 * duplicates and idempotent re-ingest.
 */
#include "dedup/dedup.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* Inlined: XXH3_state_t on the stack, and no library call per run fed. */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "core/bits.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/*
 * The top bit of each of the eight bytes of `w` (memory order, as memcpy
 * loads them) below '!': white space, and the other control bytes. Exact
 * for every byte: seven-bit sums cannot carry into the next byte, and a
 * byte from 0x80 up is never marked.
 */
static inline uint64_t below_bang(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, highs = ones << 7;

    return ~(((w & ~highs) + ones * (0x80 - '!')) | w) & highs;
}

/* The top bit of each of the eight bytes of `w` that is ' ' (exact, as below_bang). */
static inline uint64_t spaces8(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101u, highs = ones << 7, x = w ^ (ones * ' ');

    return ~(((x & ~highs) + ~highs) | x) & highs;
}

/*
 * Position of the first byte in `s[i..end)` where the text is not as the
 * collapsed form has it: a byte below '!' other than ' ' (white space to
 * replace, or a control byte), or one below '!' followed by another (a run
 * to shorten); `end` if none. `s[end]` must be readable. Eight bytes at a
 * time, with the eight that start one byte later for "followed by".
 */
static size_t next_irregular(const char *s, size_t end, size_t i)
{
#if defined(__SSE2__)
    /* Sixteen bytes at a time where SSE2 is there (every x86-64): a third of the instructions. */
    const __m128i space = _mm_set1_epi8(' ');

    for (; end - i >= 16; i += 16) {
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
        /* Bytes at most ' ' (below '!'): unsigned minimum with ' ' is the byte itself. */
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(w, space), w));
        unsigned mv = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, space), v));
        unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(w, space));
        unsigned bad = (m & ~sp) | (m & mv);
        if (bad != 0)
            return i + (size_t)__builtin_ctz(bad);
    }
#endif
    for (; end - i >= 8; i += 8) {
        uint64_t w, v, m, bad;
        memcpy(&w, s + i, 8);
        memcpy(&v, s + i + 1, 8);
        m = below_bang(w);
        bad = (m & ~spaces8(w)) | (m & below_bang(v));
        if (bad != 0)
            return i + bits_first_marked_byte(bad);
    }
    for (; i < end; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < '!' && (c != ' ' || (unsigned char)s[i + 1] < '!'))
            return i;
    }
    return end;
}

/*
 * The input of one hash, gathered into runs: XXH3's streaming update costs
 * ~150 instructions of bookkeeping a call besides its bytes, and the
 * pieces here are many and mostly short (a record's tags and fields, a
 * body's spans between irregular spaces), so they are copied into `buf`
 * and the state is fed the buffer when it fills. A piece too long for it
 * goes to the state as it is. The streaming hash of the pieces is the same
 * however they are cut, so the digests do not change.
 */
#define FEED_BYTES 4096
struct feeder {
    XXH3_state_t st;
    size_t n;
    char buf[FEED_BYTES];
};

/* Starts a hash with nothing gathered. */
static void feeder_init(struct feeder *f)
{
    (void)XXH3_128bits_reset(&f->st);
    f->n = 0;
}

static void feeder_flush(struct feeder *f)
{
    if (f->n > 0)
        (void)XXH3_128bits_update(&f->st, f->buf, f->n);
    f->n = 0;
}

static void feed(struct feeder *f, const char *p, size_t len)
{
    if (len > FEED_BYTES - f->n) {
        feeder_flush(f);
        if (len >= FEED_BYTES) {
            (void)XXH3_128bits_update(&f->st, p, len);
            return;
        }
    }
    memcpy(f->buf + f->n, p, len);
    f->n += len;
}

/*
 * Feeds `s` with each run of white space as one space and the ends trimmed.
 * Text between words is mostly one ' ' already, so the hash is fed spans of
 * `s` itself, cut only where the text differs from its collapsed form (the
 * streaming hash gives the same value however its input is cut).
 */
static void feed_collapsed(struct feeder *f, const char *s)
{
    size_t len, end, i = 0, from;

    if (s == NULL)
        return;
    len = strlen(s);
    while (i < len && is_space((unsigned char)s[i]))
        i++;
    for (end = len; end > i && is_space((unsigned char)s[end - 1]); end--)
        ;
    /* `s[i..end)` starts and ends with a byte that is not white space. */
    from = i;
    while ((i = next_irregular(s, end, i)) < end) {
        size_t q = i;
        if (!is_space((unsigned char)s[i])) {
            i++; /* a control byte: part of the word */
            continue;
        }
        while (is_space((unsigned char)s[q]))
            q++;
        if (q > i + 1 || s[i] != ' ') {
            feed(f, s + from, i - from);
            feed(f, " ", 1);
            from = q;
        }
        i = q;
    }
    feed(f, s + from, end - from);
}

static void finish(struct feeder *f, uint8_t out[DEDUP_HASH_BYTES])
{
    XXH128_hash_t h;
    XXH128_canonical_t c;

    feeder_flush(f);
    h = XXH3_128bits_digest(&f->st);
    XXH128_canonicalFromHash(&c, h);
    memcpy(out, c.digest, DEDUP_HASH_BYTES);
}

/* Whether `s` holds anything but white space. */
static bool has_content(const char *s)
{
    for (; s != NULL && *s; s++)
        if (!is_space((unsigned char)*s))
            return true;
    return false;
}

void dedup_content_hash(const struct td_article *a, uint8_t out[DEDUP_HASH_BYTES])
{
    struct feeder f;

    /*
     * The body is the content: a syndicated article re-run under another
     * headline is still a copy. Title-only articles are hashed by title,
     * under a different tag so they never match a body.
     */
    feeder_init(&f);
    if (has_content(a->text)) {
        feed(&f, "b", 1);
        feed_collapsed(&f, a->text);
    } else {
        feed(&f, "t", 1);
        feed_collapsed(&f, a->title);
    }
    finish(&f, out);
}

/* Feeds a field as a tag byte, a presence byte and its bytes with a terminator. */
static void feed_field(struct feeder *f, char tag, const char *v)
{
    char head[2] = {tag, v != NULL ? '1' : '0'};

    feed(f, head, 2);
    if (v != NULL)
        feed(f, v, strlen(v) + 1);
}

void dedup_record_hash(const struct td_article *a, uint8_t out[DEDUP_HASH_BYTES])
{
    struct feeder f;

    feeder_init(&f);
    feed_field(&f, 't', a->title);
    feed_field(&f, 'b', a->text);
    feed_field(&f, 'u', a->url);
    feed_field(&f, 's', a->source);
    feed_field(&f, 'l', a->lang);
    feed_field(&f, 'd', a->date);
    feed_field(&f, 'm', a->meta_json);
    finish(&f, out);
}

void dedup_hex(const uint8_t h[DEDUP_HASH_BYTES], char out[2 * DEDUP_HASH_BYTES + 1])
{
    static const char digits[] = "0123456789abcdef";
    int i;

    for (i = 0; i < DEDUP_HASH_BYTES; i++) {
        out[2 * i] = digits[h[i] >> 4];
        out[2 * i + 1] = digits[h[i] & 15];
    }
    out[2 * DEDUP_HASH_BYTES] = '\0';
}
