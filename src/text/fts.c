/*
 * fts.c - the tokens of the full-text index: the words of the ORIGINAL text
 * (split as `tokenize` splits, ICU word breaks for CJK and Thai) with their
 * byte offsets, each NFKC + case folded but neither stemmed nor dropped as a
 * stop word. The store's FTS5 tokenizer calls this through a function
 * pointer (see `td_store_open` in src/query/open.c).
 */
#include "text/text.h"

#include <stdint.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Inlined: the hashes here are of a few bytes, where a library call costs as much as the hash. */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/utf8.h"
#include "text/text_int.h"
#include "core/banned.h"

/*
 * The memo of non-ASCII words -> normal form: a direct-mapped cache (a hit
 * compares the word's bytes, so it is exact). The same accented words come
 * back in every article, and each took a utf8proc round trip. 4,096 slots
 * instead of 1,024 cut the misses on the bench stream (16,257 distinct
 * accented words in 107,473) from 49 % to ~33 % and 7.3 M of 627 M
 * instructions of the drain, but added more cache misses (the memo competes
 * with FTS5's hash) than that saves: docs/BENCHMARKS.md, seventh session.
 */
#define MEMO_SLOTS 1024 /* a power of two */
#define MEMO_IN_MAX 32
#define MEMO_OUT_MAX 48

struct memo_slot {
    unsigned char in_len;  /* 0: empty */
    unsigned char out_len; /* 0: the word has no token (empty or too long a form) */
    char in[MEMO_IN_MAX];
    char out[MEMO_OUT_MAX];
};

/*
 * Past this many bytes, the lower-cased copy of a text is freed after the
 * call instead of kept for the next one (a long query or body is rare).
 */
#define LOWER_KEEP_BYTES ((size_t)1 << 20)

struct text_fts {
    struct tokenizer *tok;       /* ICU break iterator and UTF-16 scratch */
    struct norm_scratch scratch; /* utf8proc code points */
    struct td_buf norm;          /* the normalised form of the current token */
    struct memo_slot *memo;      /* MEMO_SLOTS of them; NULL: none (allocation failed) */
    char *lower;                 /* the text with 'A'-'Z' lower-cased, `lower_cap` bytes */
    size_t lower_cap;
};

/* What the `tokenize` callback needs to turn a slice into an offset pair. */
struct fts_ctx {
    struct text_fts *fts;
    const char *base; /* start of the text given to `text_fts_tokens` */
    char *lower;      /* `base` with ASCII capitals lower-cased, byte for byte */
    text_fts_token_fn fn;
    void *ctx;
};

enum td_err text_fts_new(struct text_fts **out, struct td_error *err)
{
    struct text_fts *f = td_calloc(1, sizeof(*f));
    enum td_err rc;

    if (f == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "cannot allocate search tokenizer");
    td_buf_init(&f->norm, 0);
    f->memo = td_calloc(MEMO_SLOTS, sizeof(*f->memo)); /* NULL: carry on without */
    rc = tokenizer_new(&f->tok, err);
    if (rc != TD_OK) {
        text_fts_free(f);
        return rc;
    }
    *out = f;
    return TD_OK;
}

void text_fts_free(struct text_fts *f)
{
    if (f == NULL)
        return;
    tokenizer_free(f->tok);
    norm_scratch_release(&f->scratch);
    td_buf_release(&f->norm);
    td_free(f->memo);
    td_free(f->lower);
    td_free(f);
}

/*
 * on_token() for a word that is not plain ASCII (or too long): its normal
 * form from the memo or from utf8proc. Kept out of line, so that the ASCII
 * path, inlined into the tokenizer's loop, stays small.
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static enum td_err on_other_token(struct fts_ctx *c, const char *tok, size_t len, size_t start)
{
    struct text_fts *f = c->fts;
    struct memo_slot *m = NULL;
    char low[TEXT_MAX_TERM_BYTES];
    enum td_err rc;
    bool keep;

    /* ASCII and Latin-1 letters: a normal form of the same length, without memo or utf8proc. */
    if (len > 0 && len <= TEXT_MAX_TERM_BYTES && normalize_latin1(tok, len, low))
        return c->fn(c->ctx, low, len, start, start + len);
    if (f->memo != NULL && len > 0 && len <= MEMO_IN_MAX) {
        m = &f->memo[XXH3_64bits(tok, len) & (MEMO_SLOTS - 1)];
        if (m->in_len == len && memcmp(m->in, tok, len) == 0)
            return m->out_len == 0 ? TD_OK : c->fn(c->ctx, m->out, m->out_len, start, start + len);
    }
    td_buf_reset(&f->norm);
    rc = normalize_append(&f->scratch, tok, len, &f->norm);
    if (rc != TD_OK)
        return rc;
    /* Junk (URLs, base64) would bloat the index; an empty form has nothing to find. */
    keep = f->norm.len > 0 && f->norm.len <= TEXT_MAX_TERM_BYTES;
    if (m != NULL && (!keep || f->norm.len <= MEMO_OUT_MAX)) {
        m->in_len = (unsigned char)len;
        m->out_len = keep ? (unsigned char)f->norm.len : 0;
        memcpy(m->in, tok, len);
        memcpy(m->out, f->norm.data, m->out_len);
    }
    if (!keep)
        return TD_OK;
    return c->fn(c->ctx, f->norm.data, f->norm.len, start, start + len);
}

/*
 * `tok` points into the original text, so its offsets are exact whatever
 * normalisation later does to its bytes ("Ｔｏｋｙｏ" is 15 bytes, "tokyo" 5).
 */
TEXT_ALWAYS_INLINE
static inline enum td_err on_token(void *ctx, const char *tok, size_t len, enum text_token_kind kind)
{
    struct fts_ctx *c = ctx;
    size_t start = (size_t)(tok - c->base);

    (void)kind;
    /*
     * An ASCII word, the common case, is already NFKC: its normal form is its
     * lower-case form, which the lower-cased copy of the text holds at the
     * same offsets, so it needs no utf8proc round trip and no copy.
     */
    if (len > 0 && len <= TEXT_MAX_TERM_BYTES && text_is_ascii(tok, len))
        return c->fn(c->ctx, c->lower + start, len, start, start + len);
    return on_other_token(c, tok, len, start);
}

/*
 * on_token() for a word the tokenizer found to be ASCII letters only: its
 * normal form is its lower-case form, which the lower-cased copy of the
 * text holds at the same offsets, so the word is handed over from there
 * without a copy of its own.
 */
TEXT_ALWAYS_INLINE
static inline enum td_err on_letters(void *ctx, const char *tok, size_t len,
                                     enum text_token_kind kind)
{
    struct fts_ctx *c = ctx;
    size_t start = (size_t)(tok - c->base);

    (void)kind;
    if (len > TEXT_MAX_TERM_BYTES)
        return TD_OK; /* junk (see on_other_token), as on_token() drops it */
    return c->fn(c->ctx, c->lower + start, len, start, start + len);
}

/*
 * on_token() for a word the tokenizer found to be ASCII and Latin-1 letters
 * only (tokenize_latin1_letter()): its normal form has as many bytes, each
 * ASCII letter in lower case, each capital U+00C0-U+00DE (0xC3 then 0x80 to
 * 0x9E) 32 code points on, U+00DF ("ß") as "ss", small letters as they are:
 * normalize_latin1() without its checks, which the tokenizer has made. The
 * form is written over the word's bytes in the lower-cased copy, whose
 * ASCII letters are in lower case already; no other token reads them. Out
 * of line: one word in ten on the bench stream, and the loop stays small.
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static enum td_err on_latin1(void *ctx, const char *tok, size_t len, enum text_token_kind kind)
{
    struct fts_ctx *c = ctx;
    size_t start = (size_t)(tok - c->base), i;
    char *low = c->lower + start;

    (void)kind;
    /* Junk (see on_other_token), as on_token() drops it. */
    if (len > TEXT_MAX_TERM_BYTES)
        return TD_OK;
    for (i = 0; i < len; i++) {
        unsigned char d;
        if ((unsigned char)tok[i] < 0x80)
            continue;
        d = (unsigned char)tok[++i];
        if (d == 0x9F) {
            low[i - 1] = 's';
            low[i] = 's';
        } else if (d < 0xA0) {
            low[i] = (char)(d + 0x20);
        }
    }
    return c->fn(c->ctx, low, len, start, start + len);
}

/*
 * Copies `s[0..n)` to `out` with the ASCII capitals lower-cased and every
 * other byte (UTF-8 sequences included) as it is, eight bytes at a time:
 * with each byte's top bit cleared, adding 0x3f sets it from 'A' up and
 * adding 0x25 from '[' up, none carrying into the next byte; 0x20 then
 * lower-cases the capitals, and a byte that had its top bit set is left
 * alone. One pass over the text costs less than a copy per word.
 * Returns whether a byte from 0x80 up was seen: an all-ASCII text is valid
 * UTF-8, and the check need not read it again.
 */
static bool ascii_lower_text(const char *s, size_t n, char *out)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t seen = 0;
    size_t i = 0;

#if defined(__SSE2__)
    /*
     * Sixteen bytes at a time where SSE2 is there (every x86-64), a quarter
     * of the instructions: the compares are signed, so a byte from 0x80 up
     * is below 'A' and stays as it is.
     */
    const __m128i below_a = _mm_set1_epi8('A' - 1), above_z = _mm_set1_epi8('Z' + 1);
    const __m128i case_bit = _mm_set1_epi8(0x20);
    __m128i high = _mm_setzero_si128();

    for (; n - i >= 16; i += 16) {
        __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i up = _mm_and_si128(_mm_cmpgt_epi8(w, below_a), _mm_cmplt_epi8(w, above_z));
        _mm_storeu_si128((__m128i *)(void *)(out + i),
                         _mm_or_si128(w, _mm_and_si128(up, case_bit)));
        high = _mm_or_si128(high, w);
    }
    seen = (uint64_t)_mm_movemask_epi8(high);
#endif
    for (; i + 8 <= n; i += 8) {
        uint64_t w, x;
        memcpy(&w, s + i, 8);
        seen |= w & highs;
        x = w & ~highs;
        w |= ((x + ones * 0x3f) & ~(x + ones * 0x25) & ~w & highs) >> 2;
        memcpy(out + i, &w, 8);
    }
    for (; i < n; i++) {
        unsigned char b = (unsigned char)s[i];
        seen |= b & 0x80u;
        out[i] = (char)((unsigned)b - 'A' < 26u ? b + 32 : b);
    }
    return seen != 0;
}

/* Makes `f->lower` hold at least `n` bytes; its old contents are not kept. */
static enum td_err lower_reserve(struct text_fts *f, size_t n, struct td_error *err)
{
    size_t cap = 4096;
    char *p;

    if (n <= f->lower_cap)
        return TD_OK;
    while (cap < n)
        cap = cap > SIZE_MAX / 2 ? n : cap * 2;
    p = td_malloc(cap);
    if (p == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "cannot allocate %zu bytes for a text", n);
    td_free(f->lower);
    f->lower = p;
    f->lower_cap = cap;
    return TD_OK;
}

enum td_err text_fts_tokens(struct text_fts *f, const char *s, size_t len, text_fts_token_fn fn,
                            void *ctx, struct td_error *err)
{
    struct fts_ctx c = {f, s, NULL, fn, ctx};
    size_t bad = 0;
    bool valid;
    enum td_err rc;

    if (s == NULL && len > 0)
        return td_error_set(err, TD_ERR_INVALID, "no text to tokenize");
    if (len == 0)
        return TD_OK;
    rc = lower_reserve(f, len, err);
    if (rc != TD_OK)
        return rc;
    c.lower = f->lower;
    /* The lower-casing pass tells an all-ASCII text, which needs no UTF-8 check. */
    valid = !ascii_lower_text(s, len, c.lower) || utf8_valid(s, len, &bad);
    if (valid)
        rc = tokenize_inline(f->tok, s, len, on_token, on_letters, on_latin1, &c);
    if (f->lower_cap > LOWER_KEEP_BYTES) {
        TD_FREE(f->lower);
        f->lower_cap = 0;
    }
    if (!valid)
        return td_error_set(err, TD_ERR_INVALID, "invalid UTF-8 at byte %zu", bad);
    if (rc != TD_OK)
        return td_error_set(err, rc, "cannot tokenize text: %s", td_strerror(rc));
    return TD_OK;
}
