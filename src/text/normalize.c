/*
 * normalize.c - NFKC + case folding with utf8proc, so that "Ｔｏｋｙｏ",
 * "TOKYO" and "tokyo" become the same term. Pure-ASCII stretches, the bulk
 * of most news text, skip utf8proc and are only lower-cased.
 */
#include "text/text_int.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "core/alloc.h"
#include "core/bits.h"
#include "core/utf8.h"
#include "core/banned.h"

/*
 * NFKC + full case folding. IGNORE drops default-ignorable code points (soft
 * hyphens, zero-width joiners) that HTML-derived text scatters inside words.
 * STRIPMARK is deliberately absent: it turns Japanese "が" into "か".
 */
#define NORM_OPTIONS                                                                   \
    ((utf8proc_option_t)(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |        \
                         UTF8PROC_CASEFOLD | UTF8PROC_IGNORE))

/*
 * A non-ASCII stretch longer than this is cut at the next safe point so the
 * code point scratch stays small even for long texts without ASCII.
 */
#define SEGMENT_SOFT_MAX 4096

/*
 * The memo: a direct-mapped cache of stretch -> normal form. A hit compares
 * the stretch bytes, so it is exact; a miss or a stretch too long for a slot
 * just goes to utf8proc.
 */
#define MEMO_SLOTS 512 /* a power of two */
#define MEMO_IN_MAX 30
#define MEMO_OUT_MAX 56
/* A scratch normalises this many stretches before it gets a memo. */
#define MEMO_AFTER 32

struct memo_slot {
    unsigned char in_len, out_len; /* in_len 0: empty */
    char in[MEMO_IN_MAX];
    char out[MEMO_OUT_MAX];
};

struct norm_memo {
    struct memo_slot slot[MEMO_SLOTS];
};

void norm_scratch_release(struct norm_scratch *sc)
{
    TD_FREE(sc->cps);
    TD_FREE(sc->memo);
    sc->cap = 0;
    sc->segments = 0;
}

/* ASCII is already NFKC; case folding it is plain lower-casing. */
static enum td_err append_ascii_lower(struct td_buf *out, const char *s, size_t n)
{
    enum td_err rc = td_buf_grow(out, n);
    char *d;
    size_t i;

    if (rc != TD_OK)
        return rc;
    d = out->data + out->len;
    /*
     * Eight bytes at a time: in an ASCII word (every byte below 0x80) adding
     * 0x3f sets a byte's top bit when it is >= 'A', adding 0x25 when it is
     * > 'Z', and no addition carries into the next byte; 0x20 lower-cases.
     */
    for (i = 0; i + 8 <= n; i += 8) {
        const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        uint64_t w, upper;
        memcpy(&w, s + i, 8);
        upper = (w + ones * 0x3f) & ~(w + ones * 0x25) & highs;
        w |= upper >> 2;
        memcpy(d + i, &w, 8);
    }
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        d[i] = (char)((unsigned)c - 'A' < 26u ? c + 32 : c);
    }
    out->len += n;
    out->data[out->len] = '\0';
    return TD_OK;
}

/*
 * Whether a segment may end just before the code point at `s[i]`: it must be
 * a character that never composes with what precedes it. Ideographs, kana
 * (not the combining voiced marks U+3099/U+309A) and Hangul syllables qualify.
 */
static bool is_safe_cut(const char *s, size_t len, size_t i)
{
    int32_t cp;

    if (((unsigned char)s[i] & 0xC0) == 0x80)
        return false;
    cp = utf8_next(s, len, &i);
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3041 && cp <= 0x3096) ||
           (cp >= 0x30A1 && cp <= 0x30FA) || (cp >= 0xAC00 && cp <= 0xD7A3);
}

/*
 * End of the non-ASCII stretch starting at `i`: the next ASCII byte (ASCII
 * characters never compose with a preceding character), or a safe cut once
 * the stretch is long.
 */
static size_t segment_end(const char *s, size_t len, size_t i)
{
    size_t start = i;

    while (i < len && (unsigned char)s[i] >= 0x80) {
        if (i - start >= SEGMENT_SOFT_MAX && is_safe_cut(s, len, i))
            break;
        i++;
    }
    return i;
}

static enum td_err grow_scratch(struct norm_scratch *sc, size_t need)
{
    int32_t *p;

    if (need <= sc->cap)
        return TD_OK;
    if (need > SIZE_MAX / sizeof(*p) / 2)
        return TD_ERR_TOO_LARGE;
    if (need < 256)
        need = 256;
    p = td_realloc(sc->cps, need * sizeof(*p));
    if (p == NULL)
        return TD_ERR_NOMEM;
    sc->cps = p;
    sc->cap = need;
    return TD_OK;
}

/*
 * Full case folding turns "İ" into "i" + U+0307 COMBINING DOT ABOVE, so
 * "İstanbul" would not match "istanbul". The dot on a soft-dotted i or j
 * carries no information; drop it. Returns the new length.
 */
static size_t drop_dot_above(int32_t *cps, size_t n)
{
    size_t i, o = 0;

    for (i = 0; i < n; i++) {
        if (cps[i] == 0x0307 && o > 0 && (cps[o - 1] == 'i' || cps[o - 1] == 'j'))
            continue;
        cps[o++] = cps[i];
    }
    return o;
}

static enum td_err map_utf8proc_error(utf8proc_ssize_t r)
{
    if (r == UTF8PROC_ERROR_NOMEM)
        return TD_ERR_NOMEM;
    if (r == UTF8PROC_ERROR_OVERFLOW)
        return TD_ERR_TOO_LARGE;
    return TD_ERR_INTERNAL;
}

/* Decomposes `s[0..n)` into `sc`, growing it once if utf8proc asks for more. */
static enum td_err decompose(struct norm_scratch *sc, const char *s, size_t n, size_t *count)
{
    utf8proc_ssize_t r;
    enum td_err rc;

    for (;;) {
        /* One extra entry: reencode writes a NUL after the UTF-8 bytes. */
        size_t room = sc->cap ? sc->cap - 1 : 0;
        r = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, sc->cps,
                               (utf8proc_ssize_t)room, NORM_OPTIONS);
        if (r < 0)
            return map_utf8proc_error(r);
        if ((size_t)r <= room)
            break;
        rc = grow_scratch(sc, (size_t)r + 1);
        if (rc != TD_OK)
            return rc;
    }
    *count = (size_t)r;
    return TD_OK;
}

/*
 * The zeros of the runs of ten decimal digits that scripts of the news
 * write instead of ASCII ones: Arabic-Indic, Persian, Devanagari, Bengali,
 * Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao,
 * Tibetan, Myanmar, Khmer. Sorted.
 */
static const int32_t digit_zeros[] = {0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6,
                                      0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50,
                                      0x0ED0, 0x0F20, 0x1040, 0x17E0};

/* The ASCII digit of the script digit `c` (`digit_zeros`); `c` itself for anything else. */
static int32_t ascii_digit(int32_t c)
{
    size_t i;

    for (i = 0; i < sizeof(digit_zeros) / sizeof(digit_zeros[0]) && digit_zeros[i] <= c; i++)
        if (c <= digit_zeros[i] + 9)
            return '0' + (c - digit_zeros[i]);
    return c;
}

/*
 * Digits of other scripts as ASCII ones (ascii_digit()), and the Arabic
 * decimal and thousands separators as '.' and ',', so that "۱۵۸" and "১৫৮"
 * are the number 158 that other languages write (NFKC keeps them).
 * Rewrites `cps[0..n)` in place.
 */
static void ascii_digits(int32_t *cps, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        int32_t c = cps[i];
        if (c < 0x0660 || c > 0x17E9)
            continue;
        if (c == 0x066B)
            cps[i] = '.';
        else if (c == 0x066C)
            cps[i] = ',';
        else
            cps[i] = ascii_digit(c);
    }
}

/* Normalises one non-ASCII segment with utf8proc and appends it. */
static enum td_err append_unicode(struct norm_scratch *sc, const char *s, size_t n,
                                  struct td_buf *out)
{
    size_t count = 0;
    utf8proc_ssize_t bytes;
    enum td_err rc = grow_scratch(sc, n + 1);

    if (rc == TD_OK)
        rc = decompose(sc, s, n, &count);
    if (rc != TD_OK)
        return rc;
    count = drop_dot_above(sc->cps, count);
    ascii_digits(sc->cps, count);
    /* Composes and re-encodes in place: 4 bytes per entry always suffice. */
    bytes = utf8proc_reencode(sc->cps, (utf8proc_ssize_t)count, NORM_OPTIONS);
    if (bytes < 0)
        return map_utf8proc_error(bytes);
    return td_buf_add(out, sc->cps, (size_t)bytes);
}

/* FNV-1a over a short stretch: the slot of the memo it goes to. */
static size_t memo_index(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    size_t i;

    for (i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return (h ^ (h >> 15)) & (MEMO_SLOTS - 1);
}

/*
 * The Latin-1 letters (U+00C0 to U+00FF but U+00D7 and U+00F7, the
 * multiplication and division signs), two bytes each, 0xC3 then this byte:
 * what their second byte becomes under NFKC + case folding. 0 marks the two
 * signs (not letters: left to utf8proc); 0xFF marks U+00DF, which folds to
 * "ss". A capital's small letter is 32 code points on; the small letters are
 * their own normal form (each is a single code point that NFC composes back
 * from its decomposition; test_normalize__latin1_letters checks all 64).
 */
static const unsigned char latin1_fold_tab[64] = {
    0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
    0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0x00, 0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xff,
    0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
    0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0x00, 0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf,
};

bool normalize_latin1(const char *s, size_t n, char *out)
{
    size_t i = 0;

    while (i < n) {
        unsigned char c = (unsigned char)s[i], f;
        if (c < 0x80) {
            out[i++] = (char)((unsigned)c - 'A' < 26u ? c + 32 : c);
            continue;
        }
        /* 0xC3 then a continuation byte: U+00C0 to U+00FF. */
        if (c != 0xC3 || i + 1 >= n || ((unsigned char)s[i + 1] & 0xC0u) != 0x80u)
            return false;
        f = latin1_fold_tab[(unsigned char)s[i + 1] & 63u];
        if (f == 0)
            return false;
        out[i] = f == 0xff ? 's' : (char)0xC3;
        out[i + 1] = f == 0xff ? 's' : (char)f;
        i += 2;
    }
    return true;
}

/* `append_unicode` through the memo: the same stretch always has the same form. */
static enum td_err append_segment(struct norm_scratch *sc, const char *s, size_t n,
                                  struct td_buf *out)
{
    struct memo_slot *m;
    size_t before = out->len;
    enum td_err rc;

    /* A stretch of Latin-1 letters (most accents in western European text) needs no utf8proc. */
    rc = td_buf_grow(out, n);
    if (rc != TD_OK)
        return rc;
    if (normalize_latin1(s, n, out->data + out->len)) {
        out->len += n;
        out->data[out->len] = '\0';
        return TD_OK;
    }
    if (sc->memo == NULL && ++sc->segments >= MEMO_AFTER)
        sc->memo = td_calloc(1, sizeof(*sc->memo)); /* NULL: carry on without */
    if (sc->memo == NULL || n > MEMO_IN_MAX)
        return append_unicode(sc, s, n, out);
    m = &sc->memo->slot[memo_index(s, n)];
    if (m->in_len == n && memcmp(m->in, s, n) == 0)
        return td_buf_add(out, m->out, m->out_len);
    rc = append_unicode(sc, s, n, out);
    if (rc == TD_OK && out->len - before <= MEMO_OUT_MAX) {
        m->in_len = (unsigned char)n;
        m->out_len = (unsigned char)(out->len - before);
        memcpy(m->in, s, n);
        memcpy(m->out, out->data + before, m->out_len);
    }
    return rc;
}

/* normalize_append() by stretches: ASCII lower-cased, the rest through append_segment(). */
static enum td_err append_stretches(struct norm_scratch *sc, const char *s, size_t len,
                                    struct td_buf *out)
{
    size_t i = 0;
    enum td_err rc = TD_OK;

    while (i < len && rc == TD_OK) {
        size_t j = text_ascii_end(s, len, i), k, e;
        if (j == len)
            return append_ascii_lower(out, s + i, len - i);
        /* The ASCII letter before `j` may take a combining mark ("e" + U+0301). */
        k = j > i ? j - 1 : j;
        rc = append_ascii_lower(out, s + i, k - i);
        if (rc != TD_OK)
            break;
        e = segment_end(s, len, j);
        rc = append_segment(sc, s + k, e - k, out);
        i = e;
    }
    return rc;
}

/*
 * The normal form of the longest start of `s[0..len)` written as ASCII and
 * Latin-1 letters, whose forms have as many bytes, into `d` (room for `len`
 * bytes) in one pass: ASCII eight bytes at a time, each non-ASCII stretch
 * with the ASCII byte before it, as append_stretches() cuts them. Returns
 * the bytes taken: all, or up to the start of the first stretch that needs
 * utf8proc (its form may have other lengths).
 */
static size_t append_latin1_run(const char *s, size_t len, char *d)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    size_t i = 0, k, e;

    while (i < len) {
        unsigned char c;
        uint64_t w;
        if (len - i >= 8) {
            uint64_t m;
            memcpy(&w, s + i, 8);
            m = w & highs;
            /*
             * As in append_ascii_lower(): 0x20 added to each capital. The sums
             * carry only out of bytes from 0x80 up, into the bytes after them
             * in memory on a little-endian machine: the bytes before the first
             * such byte come out right, and those from it on are written again.
             */
            w |= ((w + ones * 0x3f) & ~(w + ones * 0x25) & highs) >> 2;
            memcpy(d + i, &w, 8);
            if (m == 0) {
                i += 8;
                continue;
            }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            i += bits_first_marked_byte(m);
#endif
        }
        c = (unsigned char)s[i];
        if (c < 0x80) {
            d[i++] = (char)((unsigned)c - 'A' < 26u ? c + 32 : c);
            continue;
        }
        /* A stretch starts here; the byte before it, if any, is ASCII. */
        k = i > 0 ? i - 1 : i;
        for (e = i + 1; e < len && (unsigned char)s[e] >= 0x80; e++)
            ;
        if (!normalize_latin1(s + k, e - k, d + k))
            return k;
        i = e;
    }
    return len;
}

enum td_err normalize_append(struct norm_scratch *sc, const char *s, size_t len,
                             struct td_buf *out)
{
    size_t done;

    /* A capped buffer may take a form that utf8proc makes shorter than `len`: by stretches. */
    if (out->max_bytes != 0 || td_buf_grow(out, len) != TD_OK)
        return append_stretches(sc, s, len, out);
    done = append_latin1_run(s, len, out->data + out->len);
    out->len += done;
    out->data[out->len] = '\0';
    return done == len ? TD_OK : append_stretches(sc, s + done, len - done, out);
}

enum td_err text_normalize(const char *s, size_t len, struct td_buf *out, struct td_error *err)
{
    struct norm_scratch sc = {NULL, 0, NULL, 0};
    size_t old_len = out->len, bad = 0;
    enum td_err rc;

    if (s == NULL && len > 0)
        return td_error_set(err, TD_ERR_INVALID, "no text to normalize");
    if (!utf8_valid(s, len, &bad))
        return td_error_set(err, TD_ERR_INVALID, "invalid UTF-8 at byte %zu", bad);
    rc = normalize_append(&sc, s, len, out);
    norm_scratch_release(&sc);
    if (rc == TD_OK)
        return TD_OK;
    /* Leave `out` as it was: drop whatever part was appended. */
    out->len = old_len;
    if (out->cap)
        out->data[old_len] = '\0';
    return td_error_set(err, rc, "cannot normalize text: %s", td_strerror(rc));
}
