/*
 * analyze.c - the text pipeline other modules call: normalise, tokenize,
 * drop stop words, stem. The analyzer owns every buffer it needs and reuses
 * them, so analysing article after article allocates nothing once warm.
 */
#include "text/text.h"

#include <stdlib.h>
#include <string.h>

/* Inlined: the hashes here are of a few bytes, where a library call costs as much as the hash. */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "core/alloc.h"
#include "core/limits.h"
#include "core/map64.h"
#include "core/prefetch.h"
#include "core/utf8.h"
#include "text/text_int.h"
#include "core/banned.h"

/* Entries of the analyzer's cache of language tags: a power of two. */
#define LANG_SLOTS 16

/*
 * A slot of the word memo: the word's key and its term's key side by side,
 * so that a keyed analysis (text_analyze_keyed) of a memoised word reads
 * one cache line. The term's bytes, which only a plain analysis needs,
 * stay in the arena.
 */
struct memo_slot {
    /*
     * memo_key() of the word (seeded by the language), bit 0 cleared (memo_word_key())
     * and then set for a scale word (MEMO_SCALE); 0: empty.
     */
    uint64_t key;
    uint64_t tkey; /* XXH3 of its term (text_keyed_term_fn's key); MEMO_STOP_KEY: no term */
};

/*
 * The word memo: an open-addressing table (linear probing, home slot as
 * map64_slot_of(), at most half full) of `memo_slot`, with `off[i]`, slot
 * i's offset into the analyzer's `memo_arena` (the term's key, MEMO_KEY_BYTES
 * of it in host byte order, a length byte, then the term; MEMO_STOP for a
 * word with no term), and `order`, the slot of each word in insertion order
 * (n entries), so that clearing costs O(words).
 */
struct word_memo {
    struct memo_slot *slots;
    uint32_t *off;
    uint32_t *order;
    size_t cap; /* a power of two, or 0 before the first word */
    size_t n;
};

struct text_analyzer {
    struct norm_scratch scratch; /* utf8proc code points */
    struct td_buf norm;          /* the normalised text of the current call */
    struct tokenizer *tok;
    struct stem_cache stems;
    /*
     * Memo of word -> term: news vocabulary is Zipfian, so most words were
     * seen before and need neither a stop-word search nor the stemmer
     * (see `struct word_memo`).
     */
    struct word_memo memo;
    struct td_buf memo_arena;
    /* Tokens waiting for their memo look-up (see `on_token`); reused. */
    struct queued_token *queue;
    size_t queued;
    struct translit *xlit; /* names.c's, opened on its first non-Latin name; may be NULL */
    struct hanja_table *hanja; /* names.c's, read on its first Han character; may be NULL */
    bool hanja_read;           /* analyzer_hanja() has tried to read it */
    bool hanja_on;             /* text_analyzer_set_hanja_readings() */
    bool han_names;        /* names.c passes Chinese names in Han as pinyin (see text.h) */
    bool uncased_names;    /* names.c passes Arabic and Hangul words in Latin (see text.h) */
    bool acronym_defs;     /* names.c passes acronym definitions (see text.h) */
    bool stamp_words;      /* names.c passes no time stamp's words (see text.h) */
    const struct text_orgs *orgs; /* borrowed: the bodies names.c finds; may be NULL */
    struct org_scratch org_x;     /* names.c's scratch for finding them */
    /*
     * Memo of Arabic or Hangul word -> its Latin spelling (ICU costs ~1.4 us
     * a word, and every word of such text goes through it): keys are XXH3 of
     * the word, values offsets into `uncased_arena` (a length byte, then the
     * spelling). Starts over past UNCASED_MEMO_BYTES or UNCASED_MEMO_WORDS.
     */
    struct td_map64 uncased_memo;
    struct td_buf uncased_arena;
    struct td_buf uncased_latin; /* scratch of a spelling not in the memo */
    /* Language tags seen, direct-mapped by their first bytes (see `analyzer_lang`). */
    struct analyzer_lang langs[LANG_SLOTS];
    const struct stop_list *ja, *zh; /* particles, dropped from every CJK token */
};

/*
 * The memo outgrows the CPU caches (a slot array of megabytes, looked up at
 * random), so a look-up waited for memory more than it computed. Tokens are
 * queued, their memo slots prefetched as they come, and processed in the
 * same order at least QUEUE_AHEAD tokens later (their terms prefetched
 * PEEK_AHEAD tokens ahead).
 */
#define QUEUE_CAP 64
#define QUEUE_AHEAD 16
#define PEEK_AHEAD 6

struct queued_token {
    const char *s;
    size_t len;
    uint64_t key; /* memo key of a word, 0 for other kinds */
    enum text_token_kind kind;
};

#define MEMO_STOP UINT32_MAX
/*
 * A memo slot's `tkey` for a word with no term (a stop word, or a term too
 * long). A term whose key happens to be this value is not memoised: the
 * word is worked out again each time, which gives the same term.
 */
#define MEMO_STOP_KEY UINT64_C(0)
/* Bytes of a memoised term's key (text_keyed_term_fn) ahead of its length byte. */
#define MEMO_KEY_BYTES 8
/*
 * Past this many bytes of memoised terms, or this many words, the memo
 * starts over. A stream keeps coining words, so the word count is the bound
 * that binds: 2^19 words keep the hash table at 2^20 slots (16 MiB), and
 * the words in everyday use come back into it within a few articles.
 */
#define MEMO_MAX_BYTES ((size_t)32 * 1024 * 1024)
#define MEMO_MAX_WORDS ((size_t)1 << 19)
/*
 * Bit 0 of a memo slot's `key`: the word is a scale word that multiplies a
 * cardinal in words before it (number_before()), worked out once per word.
 */
#define MEMO_SCALE UINT64_C(1)
/* Slots of the word memo's first table. */
#define MEMO_FIRST_SLOTS 64
/* No slot (memo_find(), memo_peek()). */
#define MEMO_NONE SIZE_MAX

static void memo_init(struct word_memo *m)
{
    memset(m, 0, sizeof(*m));
}

static void memo_release(struct word_memo *m)
{
    td_free(m->slots);
    td_free(m->off);
    td_free(m->order);
    memo_init(m);
}

/* Heap bytes of the table (not the arena). */
static size_t memo_bytes(const struct word_memo *m)
{
    return m->cap == 0 ? 0
                       : m->cap * (sizeof(*m->slots) + sizeof(*m->off)) +
                             (m->cap / 2 + 1) * sizeof(*m->order);
}

/* Removes every word, keeping the memory. */
static void memo_clear(struct word_memo *m)
{
    size_t i;

    /* Every word goes, so emptying just their slots leaves no broken probe chain. */
    for (i = 0; i < m->n; i++)
        m->slots[m->order[i]].key = 0;
    m->n = 0;
}

/* Word key `key` as slots hold it without their flag: bit 0 cleared, never 0 (empty). */
static inline uint64_t memo_word_key(uint64_t key)
{
    key &= ~MEMO_SCALE;
    return key ? key : 2;
}

/* The slot holding word key `key`, or MEMO_NONE. Inline: on the path of every analysed word. */
static inline size_t memo_find(const struct word_memo *m, uint64_t key)
{
    size_t i;

    if (m->cap == 0)
        return MEMO_NONE;
    key = memo_word_key(key);
    for (i = map64_slot_of(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
        if ((m->slots[i].key & ~MEMO_SCALE) == key)
            return i;
        if (m->slots[i].key == 0)
            return MEMO_NONE;
    }
}

/* Starts fetching the slot where a probe for `key` starts. */
PREFETCH_INLINE void memo_prefetch(const struct word_memo *m, uint64_t key)
{
    if (m->cap != 0)
        prefetch_read(&m->slots[map64_slot_of(memo_word_key(key), m->cap)]);
}

/* The slot of `key` if it is its home slot (the usual case), else MEMO_NONE. */
static inline size_t memo_peek(const struct word_memo *m, uint64_t key)
{
    size_t i;

    if (m->cap == 0)
        return MEMO_NONE;
    key = memo_word_key(key);
    i = map64_slot_of(key, m->cap);
    return (m->slots[i].key & ~MEMO_SCALE) == key ? i : MEMO_NONE;
}

/* Moves every word into a table of `ncap` slots, keeping the insertion order. */
static enum td_err memo_rehash(struct word_memo *m, size_t ncap)
{
    struct memo_slot *slots = td_calloc(ncap, sizeof(*slots));
    uint32_t *off = td_malloc(ncap * sizeof(*off));
    uint32_t *order = td_malloc((ncap / 2 + 1) * sizeof(*order));
    size_t i, j;

    if (slots == NULL || off == NULL || order == NULL) {
        td_free(slots);
        td_free(off);
        td_free(order);
        return TD_ERR_NOMEM;
    }
    for (i = 0; i < m->n; i++) {
        size_t from = m->order[i];
        for (j = map64_slot_of(m->slots[from].key & ~MEMO_SCALE, ncap); slots[j].key != 0;
             j = (j + 1) & (ncap - 1))
            ;
        slots[j] = m->slots[from];
        off[j] = m->off[from];
        order[i] = (uint32_t)j;
    }
    td_free(m->slots);
    td_free(m->off);
    td_free(m->order);
    m->slots = slots;
    m->off = off;
    m->order = order;
    m->cap = ncap;
    return TD_OK;
}

/*
 * Adds word key `key` with its term's key `tkey`, arena offset `off` and
 * whether it is a scale word (`scale`); a word already there keeps what it
 * has. Errors: TD_ERR_NOMEM (`m` unchanged).
 */
static enum td_err memo_add(struct word_memo *m, uint64_t key, uint64_t tkey, uint32_t off,
                            bool scale)
{
    size_t i;

    key = memo_word_key(key);
    /* Keep the load factor under 1/2 so probes stay short. */
    if ((m->n + 1) * 2 > m->cap) {
        enum td_err rc = memo_rehash(m, m->cap ? m->cap * 2 : MEMO_FIRST_SLOTS);
        if (rc != TD_OK)
            return rc;
    }
    for (i = map64_slot_of(key, m->cap); m->slots[i].key != 0; i = (i + 1) & (m->cap - 1))
        if ((m->slots[i].key & ~MEMO_SCALE) == key)
            return TD_OK;
    m->slots[i].key = scale ? key | MEMO_SCALE : key;
    m->slots[i].tkey = tkey;
    m->off[i] = off;
    m->order[m->n++] = (uint32_t)i;
    return TD_OK;
}

/* What the token callback needs for one `text_analyze` call. */
struct analyze_ctx {
    struct text_analyzer *an;
    uint64_t seed;                 /* memo key seed: the language */
    const struct stop_list *stops; /* of the text's language; may be NULL */
    const struct stop_list *ja;    /* particles, applied to every CJK token */
    const struct stop_list *zh;
    struct stemmer *stemmer; /* NULL: no stemming */
    unsigned prefix_letters; /* without a stemmer: words cut to these letters; 0: not */
    text_term_fn fn;         /* exactly one of `fn` and `kfn` is set */
    text_keyed_term_fn kfn;
    void *ctx;
    char code[8];       /* the canonical language */
    char num_code[8];   /* its number words' and scale words' (analyzer_lang's `num_code`) */
    bool decimal_comma; /* it writes "9,66" */
    bool pending;       /* a number waits for a scale word ("6.7 billion") */
    double value;       /* its value, scales applied so far */
    /*
     * Numbers written in parts (numbers.c, `text_number_group`): where the
     * pending number's last part ends in the text, whether a thousands
     * group may still follow it ("80 000"), the CJK scale character it
     * ended on, and the larger CJK part waiting for a smaller one
     * ("23億" waiting for "1000万"; `cjk_unit` 0: none).
     */
    const char *num_end;
    /* The end of the live-update time stamp being skipped (see stamp_len()), or NULL. */
    const char *stamp_end;
    bool groupable;
    double last_unit;
    double cjk_acc, cjk_unit;
    /*
     * An amount in parts with scale words ("11 lakh 20 thousand", "2 million
     * 300 thousand"): where the pending number starts, and the last amount
     * a scale word ended, its scale and where that word ends (`word_unit`
     * 0: none); add_smaller_part().
     */
    const char *num_start;
    const char *word_end;
    double word_acc, word_unit;
};

enum td_err text_analyzer_new(struct text_analyzer **out, struct td_error *err)
{
    struct text_analyzer *a = td_calloc(1, sizeof(*a));
    enum td_err rc;

    if (a == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "cannot allocate text analyzer");
    /*
     * Buffers start empty and grow on first use; stemmers come lazily too, so
     * an analyzer only pays for the languages it actually sees.
     */
    td_buf_init(&a->norm, 0);
    td_buf_init(&a->memo_arena, 0);
    memo_init(&a->memo);
    map64_init(&a->uncased_memo);
    td_buf_init(&a->uncased_arena, 0);
    td_buf_init(&a->uncased_latin, 0);
    td_buf_init(&a->org_x.words, 0);
    td_buf_init(&a->org_x.tmp, 0);
    a->ja = stopwords_find("ja");
    a->zh = stopwords_find("zh");
    rc = tokenizer_new(&a->tok, err);
    if (rc != TD_OK) {
        td_free(a);
        return rc;
    }
    *out = a;
    return TD_OK;
}

void text_analyzer_free(struct text_analyzer *a)
{
    if (a == NULL)
        return;
    norm_scratch_release(&a->scratch);
    td_buf_release(&a->norm);
    tokenizer_free(a->tok);
    stem_cache_release(&a->stems);
    memo_release(&a->memo);
    map64_release(&a->uncased_memo);
    td_buf_release(&a->uncased_arena);
    td_buf_release(&a->uncased_latin);
    td_buf_release(&a->memo_arena);
    td_free(a->queue);
    translit_free(a->xlit);
    hanja_table_free(a->hanja);
    org_scratch_release(&a->org_x);
    td_free(a);
}

void text_analyzer_set_han_names(struct text_analyzer *a, bool on)
{
    a->han_names = on;
}

bool analyzer_han_names(const struct text_analyzer *a)
{
    return a != NULL && a->han_names;
}

void text_analyzer_set_uncased_names(struct text_analyzer *a, bool on)
{
    a->uncased_names = on;
}

/* Bytes of spellings, and words, the uncased memo holds before it starts over. */
#define UNCASED_MEMO_BYTES ((size_t)4 << 20)
#define UNCASED_MEMO_WORDS ((size_t)1 << 18)

enum td_err analyzer_uncased_latin(struct text_analyzer *a, const char *w, size_t len,
                                  enum translit_uncased_script script,
                                   const char **latin, size_t *latin_len, struct td_error *err)
{
    uint64_t key = XXH3_64bits(w, len);
    uint32_t *off = map64_get(&a->uncased_memo, key);
    struct translit *t;
    unsigned char n;
    enum td_err rc;

    if (off == NULL) {
        rc = analyzer_translit(a, &t, err);
        if (rc != TD_OK)
            return rc;
        td_buf_reset(&a->uncased_latin);
        rc = translit_uncased(t, w, len, script, &a->uncased_latin);
        if (rc != TD_OK)
            return rc;
        /* A spelling too long for the length byte is not kept: names are shorter. */
        n = a->uncased_latin.len <= 255 ? (unsigned char)a->uncased_latin.len : 0;
        if (a->uncased_arena.len + n + 1 > UNCASED_MEMO_BYTES ||
            a->uncased_memo.n >= UNCASED_MEMO_WORDS) {
            map64_clear(&a->uncased_memo);
            td_buf_reset(&a->uncased_arena);
        }
        rc = map64_upsert(&a->uncased_memo, key, (uint32_t)a->uncased_arena.len, &off, NULL);
        if (rc == TD_OK)
            rc = td_buf_add(&a->uncased_arena, &n, 1);
        if (rc == TD_OK)
            rc = td_buf_add(&a->uncased_arena, a->uncased_latin.data, n);
        if (rc != TD_OK)
            return rc;
    }
    n = (unsigned char)a->uncased_arena.data[*off];
    *latin = a->uncased_arena.data + *off + 1;
    *latin_len = n;
    return TD_OK;
}

bool analyzer_uncased_names(const struct text_analyzer *a)
{
    return a != NULL && a->uncased_names;
}

void text_analyzer_set_orgs(struct text_analyzer *a, const struct text_orgs *o)
{
    a->orgs = o;
}

const struct text_orgs *analyzer_orgs(const struct text_analyzer *a)
{
    return a != NULL ? a->orgs : NULL;
}

void text_analyzer_set_acronym_defs(struct text_analyzer *a, bool on)
{
    a->acronym_defs = on;
}

bool analyzer_acronym_defs(const struct text_analyzer *a)
{
    return a != NULL && a->acronym_defs;
}

void text_analyzer_set_stamp_words(struct text_analyzer *a, bool on)
{
    a->stamp_words = on;
}

bool analyzer_stamp_words(const struct text_analyzer *a)
{
    return a != NULL && a->stamp_words;
}

struct org_scratch *analyzer_org_scratch(struct text_analyzer *a)
{
    return &a->org_x;
}

enum td_err analyzer_translit(struct text_analyzer *a, struct translit **out,
                              struct td_error *err)
{
    if (a->xlit == NULL) {
        enum td_err rc = translit_new(&a->xlit, err);
        if (rc != TD_OK)
            return rc;
    }
    *out = a->xlit;
    return TD_OK;
}

void text_analyzer_set_hanja_readings(struct text_analyzer *a, bool on)
{
    a->hanja_on = on;
}

enum td_err analyzer_hanja(struct text_analyzer *a, const struct hanja_table **out,
                           struct td_error *err)
{
    *out = NULL;
    if (!a->hanja_on)
        return TD_OK;
    if (!a->hanja_read) {
        const char *path = getenv("TIDINGS_HANJA");
        enum td_err rc = hanja_table_load(
            path != NULL && path[0] != '\0' ? path : HANJA_DEFAULT_PATH, &a->hanja, err);
        if (rc != TD_OK)
            return rc;
        a->hanja_read = true;
    }
    *out = a->hanja;
    return TD_OK;
}

/*
 * Whether the word is a single Latin letter ("s" of "it's", "l" of
 * "l'homme"): noise after apostrophes split words.
 */
static bool is_single_latin(const char *w, size_t len)
{
    size_t pos = 0;
    int32_t cp;

    if (len > 3)
        return false;
    /* An ASCII first byte is a whole code point, below U+0250. */
    if ((unsigned char)w[0] < 0x80)
        return len == 1;
    cp = utf8_next(w, len, &pos);
    if (pos != len)
        return false;
    return cp < 0x0250 || (cp >= 0x1E00 && cp <= 0x1EFF);
}

size_t text_analyzer_memo_words(const struct text_analyzer *a)
{
    return a->memo.n;
}

void text_analyzer_mem(const struct text_analyzer *a, td_mem_row_fn fn, void *ctx)
{
    fn(ctx, "text: word memo", a->memo.n, memo_bytes(&a->memo) + a->memo_arena.cap);
    fn(ctx, "text: uncased spelling memo", a->uncased_memo.n,
       map64_bytes(&a->uncased_memo) + a->uncased_arena.cap);
}

/*
 * The key text_keyed_term_fn passes with a term. Not inlined: only new words
 * and numbers come here, and inlined into flush_number() the hash's paths
 * for long input made compilers warn about its 40-byte buffer.
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static uint64_t term_key(const char *term, size_t len)
{
    return XXH3_64bits(term, len);
}

/* Passes one term to the caller's callback; `key` is term_key() of it when `kfn` is set. */
static inline void emit_keyed(const struct analyze_ctx *ac, const char *term, size_t len,
                              enum text_token_kind kind, uint64_t key)
{
    if (ac->kfn != NULL)
        ac->kfn(ac->ctx, kind, key);
    else
        ac->fn(ac->ctx, term, len, kind);
}

/* Passes one term not from the memo: its key is computed only for `kfn`. */
static void emit(const struct analyze_ctx *ac, const char *term, size_t len,
                 enum text_token_kind kind)
{
    emit_keyed(ac, term, len, kind, ac->kfn != NULL ? term_key(term, len) : 0);
}

/* Computes the term of a word not in the memo: NULL/0 for a stop word. */
static enum td_err resolve(struct analyze_ctx *ac, const char *w, size_t len, const char **term,
                           size_t *term_len)
{
    *term = NULL;
    *term_len = 0;
    if (stopwords_contain(ac->stops, w, len))
        return TD_OK;
    /* Unknown language: the folded word itself is the best term we have. */
    if (ac->stemmer == NULL) {
        *term = w;
        /* A Hangul noun without its particle (other words come back whole). */
        *term_len = stem_hangul(w, len);
        if (ac->prefix_letters > 0)
            *term_len = stem_prefix(w, *term_len, ac->prefix_letters);
        return TD_OK;
    }
    return stem_word(ac->stemmer, w, len, term, term_len);
}

/*
 * Records the term of a word in the memo, with its key and whether it is a
 * scale word (a full memo starts over).
 */
static enum td_err remember(struct text_analyzer *a, uint64_t key, const char *term, size_t len,
                            uint64_t tkey, bool scale)
{
    uint32_t off = (uint32_t)a->memo_arena.len;
    unsigned char n = (unsigned char)len;
    enum td_err rc;

    /* The slot's `tkey` could not tell this term from none (MEMO_STOP_KEY). */
    if (term != NULL && tkey == MEMO_STOP_KEY)
        return TD_OK;
    if (a->memo_arena.len + MEMO_KEY_BYTES + len + 1 > MEMO_MAX_BYTES ||
        a->memo.n + 1 >= MEMO_MAX_WORDS) {
        memo_clear(&a->memo);
        td_buf_reset(&a->memo_arena);
        off = 0;
    }
    if (term != NULL) {
        rc = td_buf_add(&a->memo_arena, &tkey, MEMO_KEY_BYTES);
        if (rc == TD_OK)
            rc = td_buf_add(&a->memo_arena, &n, 1);
        if (rc == TD_OK)
            rc = td_buf_add(&a->memo_arena, term, len);
        if (rc != TD_OK)
            return rc;
    }
    return memo_add(&a->memo, key, term != NULL ? tkey : MEMO_STOP_KEY,
                    term != NULL ? off : MEMO_STOP, scale);
}

/* Bytes of a word that memo_key() hashes itself; a longer word goes to XXH3. */
#define SHORT_KEY_BYTES 16

#if defined(__SIZEOF_INT128__)
__extension__ typedef unsigned __int128 key_u128;
#endif

/* Two 64-bit values multiplied into 128 bits, folded to 64 by XOR (a strong, cheap mix). */
static inline uint64_t key_fold(uint64_t a, uint64_t b)
{
#if defined(__SIZEOF_INT128__)
    key_u128 p = (key_u128)a * b;
    return (uint64_t)p ^ (uint64_t)(p >> 64);
#else
    return XXH3_64bits_withSeed(&a, sizeof(a), b);
#endif
}

/*
 * The memo key of a word: its bytes and length, seeded by the language.
 * The key never leaves the memo, so it need not be any standard hash, only
 * tell words apart as well as one. A word of at most SHORT_KEY_BYTES (nine
 * in ten) is read as one or two overlapping loads: with its length, a pair
 * of values of its own. They are mixed by one 128-bit multiply, the length
 * added after it and every bit spread by a final avalanche, as XXH3 mixes
 * such words. Inlined in the tokenizer's callback: XXH3 of the same bytes,
 * a call with a dispatch on the length, cost ~34 instructions a word
 * (callgrind, bench stream).
 */
static inline uint64_t memo_key(const struct analyze_ctx *ac, const char *w, size_t len)
{
    const uint64_t k1 = UINT64_C(0x9E3779B97F4A7C15), k2 = UINT64_C(0xC2B2AE3D27D4EB4F);
    const uint64_t k3 = UINT64_C(0x165667B19E3779F9);
    uint64_t lo, hi, h;

    if (len > SHORT_KEY_BYTES)
        return XXH3_64bits_withSeed(w, len, ac->seed);
    if (len >= 8) {
        memcpy(&lo, w, 8);
        memcpy(&hi, w + len - 8, 8);
    } else if (len >= 4) {
        uint32_t a, b;
        memcpy(&a, w, 4);
        memcpy(&b, w + len - 4, 4);
        lo = (uint64_t)a | (uint64_t)len << 32;
        hi = b;
    } else {
        /* 0 to 3 bytes: the first, middle and last (all the bytes there are), and the length. */
        lo = len > 0 ? (uint64_t)(unsigned char)w[0] << 16 |
                           (uint64_t)(unsigned char)w[len >> 1] << 8 | (unsigned char)w[len - 1]
                     : 0;
        lo |= (uint64_t)len << 24;
        hi = 0;
    }
    h = key_fold(lo ^ (k1 + ac->seed), hi ^ (k2 - ac->seed)) + len * k3;
    h ^= h >> 37;
    h *= k3;
    return h ^ h >> 32;
}

/*
 * Whether the word `w[0..len)`, which opens with m, b, t or d, may be a
 * scale word of numbers.c's table (million, miljoner, Milliarden, mila,
 * thousand, tausend, tusen, duizend, trillion, mln, mrd, bn...) by its first
 * letters and length: most words are told no without the table.
 */
static bool may_scale_mbtd(const char *w, size_t len)
{
    char c1 = len > 1 ? w[1] : '\0', c2 = len > 2 ? w[2] : '\0', c3 = len > 3 ? w[3] : '\0';

    switch (w[0]) {
    case 'm': /* mil..., mio, mia; mln, mn, mrd, mdr, mld */
        if (c1 == 'i')
            return c2 == 'l' ? strchr("lijha", c3) != NULL : len == 3 && (c2 == 'o' || c2 == 'a');
        return len <= 3 && strchr("lnrd", c1) != NULL;
    case 'b': /* bil..., bn */
        return (c1 == 'i' && c2 == 'l' && strchr("lhj", c3) != NULL) || (c1 == 'n' && len == 2);
    case 't': /* thousand, trillion, tausend, tusen, tusind */
        return (len > 3 && (memcmp(w, "thou", 4) == 0 || memcmp(w, "tril", 4) == 0 ||
                            memcmp(w, "taus", 4) == 0)) ||
               (c1 == 'u' && c2 == 's');
    default: /* duizend */ return len > 3 && memcmp(w, "duiz", 4) == 0;
    }
}

/*
 * Whether the word at `w` opens with an Arabic-script letter (lead bytes
 * 0xD8..0xDB) or one of the Indic scripts from Devanagari to Tamil
 * (U+0900..U+0BFF): the lakh and crore of South Asia's languages
 * (numbers.c) are written so.
 */
static inline bool south_asian(const char *w, size_t len)
{
    unsigned char c = (unsigned char)w[0];

    return (c >= 0xD8 && c <= 0xDB) ||
           (c == 0xE0 && len > 1 && (unsigned char)w[1] >= 0xA4 && (unsigned char)w[1] <= 0xAF);
}

/* may_scale_mbtd() for any word: the first letter alone tells most words no. */
static inline bool may_scale(const char *w, size_t len)
{
    return ((w[0] == 'm' || w[0] == 'b' || w[0] == 't' || w[0] == 'd') && may_scale_mbtd(w, len)) ||
           south_asian(w, len);
}

/* Whether byte `c` may be in a word: an ASCII letter, or a byte of a UTF-8 sequence. */
static inline bool word_byte(char c)
{
    unsigned char u = (unsigned char)c;

    return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

/*
 * The pending amount, which starts at `start` and the scale word `scale`
 * ending at `end` has just multiplied, is the smaller part of the amount
 * before it when that one ended in a larger scale word one space before
 * `start`: "11 lakh 20 thousand" is 1120000 ("11 ଲକ୍ଷ ୨୦ ହଜାର", as "1.12
 * million" elsewhere), the first part staying a term of its own.
 */
static void add_smaller_part(struct analyze_ctx *ac, const char *start, double scale,
                             const char *end)
{
    if (ac->word_unit > scale && start == ac->word_end + 1)
        ac->value += ac->word_acc;
    ac->word_acc = ac->value;
    ac->word_unit = scale;
    ac->word_end = end;
}

/* Bytes of a cardinal in words ("quattro", "åtte", Hindi "उन्नीस" nineteen), at most. */
#define NUMBER_WORD_MAX_BYTES 24

/*
 * A cardinal written as a word right before the scale word `tok[0..len)`
 * ("nine million", "neun Millionen", one space between them in the
 * normalised text that `tok` points into): the amount waits as a written
 * figure does (on_number()), and the next token flushes or multiplies it.
 * Both words stay terms. Out of process(), whose loop inlined into drain()
 * it would slow: only scale words come here (on_word()).
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static void
number_before(struct analyze_ctx *ac, const char *tok, size_t len)
{
    const char *text = ac->an->norm.data, *end = tok - 1, *w = end;
    double v, scale;

    if (tok < text + 2 || *end != ' ')
        return;
    while (w > text && word_byte(w[-1]) && end - w <= NUMBER_WORD_MAX_BYTES)
        w--;
    if (w == end || end - w > NUMBER_WORD_MAX_BYTES ||
        (v = text_number_word(ac->num_code, w, (size_t)(end - w))) <= 0.0 ||
        (scale = text_number_scale(ac->num_code, tok, len)) <= 0.0)
        return;
    ac->pending = true;
    ac->value = v * scale;
    ac->groupable = false;
    ac->cjk_unit = 0.0;
    ac->num_start = w;
    add_smaller_part(ac, w, scale, tok + len);
}

/*
 * A word that may be a scale word, with no figure waiting for it:
 * number_before(). For the words on_word() leaves out of the memo.
 */
static inline void scale_after_number(struct analyze_ctx *ac, const char *tok, size_t len)
{
    if (!ac->pending && may_scale(tok, len))
        number_before(ac, tok, len);
}

/*
 * Passes the term of word `w[0..len)` (memo key `key`), from the memo or
 * worked out and remembered; a scale word, told by its slot's MEMO_SCALE
 * or worked out with the term, first reads the cardinal in words before it
 * (number_before()) when no figure waits.
 */
static enum td_err on_word(struct analyze_ctx *ac, const char *w, size_t len, uint64_t key)
{
    struct text_analyzer *a = ac->an;
    size_t hit;
    const char *term;
    size_t term_len;
    uint64_t tkey;
    enum td_err rc;
    bool scale;

    if (len > TEXT_MAX_TERM_BYTES || is_single_latin(w, len)) {
        scale_after_number(ac, w, len);
        return TD_OK;
    }
    hit = memo_find(&a->memo, key);
    if (hit != MEMO_NONE) {
        if ((a->memo.slots[hit].key & MEMO_SCALE) && !ac->pending)
            number_before(ac, w, len);
        tkey = a->memo.slots[hit].tkey;
        if (tkey == MEMO_STOP_KEY)
            return TD_OK;
        /* A keyed analysis needs the term's key only, which the slot holds. */
        if (ac->kfn != NULL) {
            ac->kfn(ac->ctx, TEXT_TOKEN_WORD, tkey);
        } else {
            const char *m = a->memo_arena.data + a->memo.off[hit];
            ac->fn(ac->ctx, m + MEMO_KEY_BYTES + 1, (unsigned char)m[MEMO_KEY_BYTES],
                   TEXT_TOKEN_WORD);
        }
        return TD_OK;
    }
    /* As number_before() would find it: a scale word of the text's language. */
    scale = may_scale(w, len) && text_number_scale(ac->num_code, w, len) > 0.0;
    if (scale && !ac->pending)
        number_before(ac, w, len);
    rc = resolve(ac, w, len, &term, &term_len);
    if (rc != TD_OK)
        return rc;
    if (term_len > TEXT_MAX_TERM_BYTES || term_len == 0)
        term = NULL;
    tkey = term != NULL ? term_key(term, term_len) : 0;
    if (term != NULL)
        emit_keyed(ac, term, term_len, TEXT_TOKEN_WORD, tkey);
    return remember(a, key, term, term_len, tkey, scale);
}

/* Emits the number waiting for a scale word, as its canonical value. */
static void flush_number(struct analyze_ctx *ac)
{
    char buf[40];
    size_t n;

    if (!ac->pending)
        return;
    ac->pending = false;
    /* The last part of a CJK amount with no scale character counts ones: "4万5000" is 45000. */
    if (ac->cjk_unit > 0.0)
        ac->value += ac->cjk_acc;
    ac->cjk_unit = 0.0;
    ac->last_unit = 0.0;
    ac->groupable = false;
    n = text_number_format(ac->value, buf, sizeof(buf));
    if (n > 0)
        emit(ac, buf, n, TEXT_TOKEN_NUMBER);
}

/* Whether `tok[0..len)` is 1 to 3 plain digits: the head of a space-grouped number. */
static bool group_head(const char *tok, size_t len)
{
    size_t i;

    if (len == 0 || len > 3)
        return false;
    for (i = 0; i < len; i++)
        if (tok[i] < '0' || tok[i] > '9')
            return false;
    return true;
}

/*
 * Takes number token `tok` into the pending number when it continues it:
 * a thousands group after one space ("80 000"), or the next part of a CJK
 * amount right after a scale character ("23億" then "1000").
 */
static bool join_number(struct analyze_ctx *ac, const char *tok, size_t len)
{
    double g;

    if (!ac->pending)
        return false;
    if (ac->groupable && tok == ac->num_end + 1 && ac->num_end[0] == ' ' &&
        text_number_group(tok, len, ac->decimal_comma, &g)) {
        ac->value = ac->value * 1000.0 + g;
        ac->groupable = len == 3;
        ac->num_end = tok + len;
        return true;
    }
    if (ac->last_unit > 0.0 && ac->cjk_unit == 0.0 && tok == ac->num_end &&
        text_number_value(tok, len, ac->decimal_comma, &g)) {
        ac->cjk_acc = ac->value;
        ac->cjk_unit = ac->last_unit;
        ac->last_unit = 0.0;
        ac->value = g;
        ac->num_end = tok + len;
        return true;
    }
    return false;
}

/*
 * Applies the CJK scale character that CJK token `tok` starts with to the
 * pending number it directly follows ("41.2万" -> 412000); false when it is
 * no scale, or one too large to be the smaller part of an amount.
 */
static bool cjk_scale(struct analyze_ctx *ac, const char *tok)
{
    const char *end = ac->an->norm.data + ac->an->norm.len;
    size_t used;
    double f;

    if (!ac->pending || tok != ac->num_end || ac->last_unit > 0.0 ||
        (f = text_number_cjk_scale(tok, (size_t)(end - tok), &used)) == 0.0)
        return false;
    /* A unit no smaller than the one before starts a new amount: "2万3亿" is 20000 and 3亿. */
    if (ac->cjk_unit > 0.0 && f >= ac->cjk_unit) {
        char buf[40];
        size_t n = text_number_format(ac->cjk_acc, buf, sizeof(buf));
        if (n > 0)
            emit(ac, buf, n, TEXT_TOKEN_NUMBER);
        ac->cjk_acc = 0.0;
    }
    ac->value = ac->value * f + ac->cjk_acc;
    ac->cjk_acc = 0.0;
    ac->cjk_unit = 0.0;
    ac->last_unit = f;
    ac->groupable = false;
    ac->num_end = tok + used;
    return true;
}

/* Whether `tok` opens a line of the text that starts at `start` (only blanks before it). */
static bool opens_line(const char *start, const char *tok)
{
    while (tok > start && (tok[-1] == ' ' || tok[-1] == '\t'))
        tok--;
    return tok == start || tok[-1] == '\n';
}

/* The length of the clock time ("07.30", "9:05", hours up to 23) at `p`, else 0. */
static size_t clock_len(const char *p, const char *end)
{
    size_t h = 0;

    while (p + h < end && utf8_is_digit(p[h]) && h < 3)
        h++;
    if (h == 0 || h > 2 || end - (p + h) < 4)
        return 0;
    if (h == 2 && (p[0] - '0') * 10 + (p[1] - '0') > 23)
        return 0;
    p += h;
    if ((p[0] != '.' && p[0] != ':') || !utf8_is_digit(p[1]) || !utf8_is_digit(p[2]) ||
        utf8_is_digit(p[3]) || p[1] > '5')
        return 0;
    return h + 3;
}

/* The length of the blanks and the colon, bar or dash (also U+2013, U+2014) at `p`, else 0. */
static size_t stamp_mark_len(const char *p, const char *end)
{
    const char *q = p;

    while (q < end && *q == ' ')
        q++;
    if (q < end && (*q == ':' || *q == '-' || *q == '|'))
        return (size_t)(q + 1 - p);
    if (end - q >= 3 && (unsigned char)q[0] == 0xE2 && (unsigned char)q[1] == 0x80 &&
        ((unsigned char)q[2] == 0x93 || (unsigned char)q[2] == 0x94))
        return (size_t)(q + 3 - p);
    return 0;
}

/*
 * The length of the live-update time stamp that number token `tok` opens
 * in `text` (the normalised text it points into), else 0: a clock time
 * ("07.30", "9:05") at the start of a line, then a colon or a dash
 * ("07.30: Polisen ...", "21:05 - Komisja ..."). A live page stamps each
 * update so; the time of the update is no clue to what happened, and its
 * two numbers (7 and 30) would be anchors that any report of another event
 * written at that minute shares. A time in running text ("at 9:30") stays.
 */
static size_t stamp_len(const struct td_buf *text, const char *tok)
{
    const char *end = text->data + text->len;
    size_t clock, mark;

    if (!opens_line(text->data, tok) || (clock = clock_len(tok, end)) == 0 ||
        (mark = stamp_mark_len(tok + clock, end)) == 0)
        return 0;
    return clock + mark;
}

/* A number is held back until the next token shows whether a scale word multiplies it. */
static void on_number(struct analyze_ctx *ac, const char *tok, size_t len)
{
    double v;
    /* A number right after another one ("0845 125 222", a phone number) heads no groups. */
    bool follows = ac->num_end != NULL && tok == ac->num_end + 1 && ac->num_end[0] == ' ';
    size_t stamp;

    /* The numbers of a live-update stamp ("21:05 -") give no term. */
    if (ac->stamp_end != NULL && tok < ac->stamp_end)
        return;
    if ((stamp = stamp_len(&ac->an->norm, tok)) > 0) {
        flush_number(ac);
        ac->stamp_end = tok + stamp;
        ac->num_end = NULL;
        return;
    }
    if (join_number(ac, tok, len))
        return;
    flush_number(ac);
    if (text_number_value(tok, len, ac->decimal_comma, &v)) {
        ac->pending = true;
        ac->value = v;
        ac->num_start = tok;
        ac->groupable = group_head(tok, len) && !follows;
    } else if (len <= TEXT_MAX_TERM_BYTES) {
        emit(ac, tok, len, TEXT_TOKEN_NUMBER);
    }
    ac->num_end = tok + len;
}

/*
 * text_number_hangul_glued() of a word token that opens with a digit, else
 * 0; for an amount with scale syllables, text_number_hangul_amount(), its
 * value in `*amount` (else -1).
 */
static size_t hangul_glued(const char *tok, size_t len, enum text_token_kind kind, double *amount)
{
    size_t n;

    *amount = -1.0;
    if (kind != TEXT_TOKEN_WORD || tok[0] < '0' || tok[0] > '9')
        return 0;
    n = text_number_hangul_glued(tok, len);
    return n > 0 ? n : text_number_hangul_amount(tok, len, amount);
}

/*
 * A word that opens with `n` digits glued to a Hangul counter
 * (text_number_hangul_glued(): "140여대", "23명이"): the digits are a
 * number, unless a counter of time follows them ("6일", "9살":
 * text_number_hangul_time()); or with an amount of `amount` (0 or more,
 * text_number_hangul_amount(): "8700억원"). The rest, `len - n` bytes from
 * `tok + n`, is a word of its own, whose memo key is returned for
 * process(). Kept out of
 * process(), whose loop inlined into drain() it would slow.
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static uint64_t
hangul_number(struct analyze_ctx *ac, const char *tok, size_t len, size_t n, double amount)
{
    if (amount >= 0.0) {
        /* An amount with scale syllables ("8700억원"): its value, as the CJK scales give it. */
        flush_number(ac);
        ac->pending = true;
        ac->value = amount;
        ac->groupable = false;
        ac->num_end = tok + n;
    } else {
        on_number(ac, tok, n);
        if (text_number_hangul_time(tok + n, len - n))
            ac->pending = false;
    }
    flush_number(ac);
    return len - n <= TEXT_MAX_TERM_BYTES ? memo_key(ac, tok + n, len - n) : 0;
}

static enum td_err process(struct analyze_ctx *ac, const char *tok, size_t len,
                           enum text_token_kind kind, uint64_t key)
{
    double scale, amount;
    size_t glued;

    if ((glued = hangul_glued(tok, len, kind, &amount)) > 0) {
        key = hangul_number(ac, tok, len, glued, amount);
        tok += glued;
        len -= glued;
    }

    if (ac->pending && kind == TEXT_TOKEN_WORD &&
        (scale = text_number_scale(ac->num_code, tok, len)) > 0.0) {
        ac->value *= scale;
        ac->groupable = false;
        add_smaller_part(ac, ac->num_start, scale, tok + len);
    } else if (kind == TEXT_TOKEN_CJK && cjk_scale(ac, tok)) {
        /* the token is still a term of its own, below */
    } else if (kind != TEXT_TOKEN_NUMBER)
        flush_number(ac);
    switch (kind) {
    case TEXT_TOKEN_WORD:
    case TEXT_TOKEN_CALENDAR: /* the tokenizer makes none: names.c does */
        return on_word(ac, tok, len, key);
    case TEXT_TOKEN_CJK:
        /* Particles are dropped whatever the stated language: they never carry content. */
        if (len <= TEXT_MAX_TERM_BYTES && !stopwords_contain(ac->ja, tok, len) &&
            !stopwords_contain(ac->zh, tok, len))
            emit(ac, tok, len, kind);
        return TD_OK;
    case TEXT_TOKEN_NUMBER:
        /* Numbers ("7.4", "1,200") are strong event clues, kept as values (numbers.c). */
        on_number(ac, tok, len);
        return TD_OK;
    case TEXT_TOKEN_UNCASED:
    case TEXT_TOKEN_UNCASED_ALT:
    case TEXT_TOKEN_NAME_SOUND:
    case TEXT_TOKEN_NAME_PINYIN:
    case TEXT_TOKEN_OPENER:
    case TEXT_TOKEN_ORG:
    case TEXT_TOKEN_ACRONYM_DEF:
    case TEXT_TOKEN_DEF_WORD:
    case TEXT_TOKEN_NAME_READING:
    case TEXT_TOKEN_INITIAL: /* names.c only */ return TD_OK;
    }
    return TD_OK;
}

/*
 * Starts fetching the memoised term of queued token `t`, once its slot (whose
 * fetch started when it was queued) has had time to arrive: for a plain
 * analysis only, as a keyed one reads nothing past the slot.
 */
PREFETCH_INLINE void prefetch_term(const struct text_analyzer *a, const struct queued_token *t)
{
    size_t i;

    if (t->key != 0 && (i = memo_peek(&a->memo, t->key)) != MEMO_NONE &&
        a->memo.off[i] != MEMO_STOP)
        prefetch_read(a->memo_arena.data + a->memo.off[i] + MEMO_KEY_BYTES);
}

/* Processes the first `n` queued tokens in order and moves the rest to the front. */
static enum td_err drain(struct analyze_ctx *ac, size_t n)
{
    struct text_analyzer *a = ac->an;
    struct queued_token *q = a->queue;
    enum td_err rc = TD_OK;
    size_t i;

    for (i = 0; i < n && rc == TD_OK; i++) {
        if (ac->kfn == NULL && i + PEEK_AHEAD < a->queued)
            prefetch_term(a, &q[i + PEEK_AHEAD]);
        rc = process(ac, q[i].s, q[i].len, q[i].kind, q[i].key);
    }
    memmove(q, q + n, (a->queued - n) * sizeof(*q));
    a->queued -= n;
    return rc;
}

/*
 * The tokenizer's callback: queues the token, prefetching its memo slot;
 * a full queue is processed up to the tokens whose slots are still on the way.
 */
TEXT_ALWAYS_INLINE
static inline enum td_err on_token(void *p, const char *tok, size_t len, enum text_token_kind kind)
{
    struct analyze_ctx *ac = p;
    struct text_analyzer *a = ac->an;
    struct queued_token *t;

    if (a->queued == QUEUE_CAP) {
        enum td_err rc = drain(ac, QUEUE_CAP - QUEUE_AHEAD);
        if (rc != TD_OK)
            return rc;
    }
    t = &a->queue[a->queued++];
    t->s = tok;
    t->len = len;
    t->kind = kind;
    t->key = 0;
    /* Only words are looked up, and only those on_word does not skip by length. */
    if ((kind == TEXT_TOKEN_WORD || kind == TEXT_TOKEN_CALENDAR) && len <= TEXT_MAX_TERM_BYTES) {
        t->key = memo_key(ac, tok, len);
        memo_prefetch(&a->memo, t->key);
    }
    return TD_OK;
}

/* The slot of tag `lang` (non-empty) in the analyzer's cache: its first two bytes and length. */
static size_t lang_slot(const char *lang, size_t len)
{
    unsigned h = (unsigned char)lang[0] * 31u + (unsigned char)lang[1] + (unsigned)len * 7u;

    return h & (LANG_SLOTS - 1);
}

/* Works out the facts of `lang` into `l`. Errors: TD_ERR_NOMEM. */
static enum td_err lang_fill(struct text_analyzer *a, const char *lang, struct analyzer_lang *l)
{
    char given[8] = {0};

    /* Callers pass feed metadata as is ("en-US"); map it once. */
    text_lang_canonical(lang, l->code);
    l->inflection = text_inflection_find(lang);
    l->bantu = text_lang_bantu(lang);
    l->stops = stopwords_find(l->code);
    /*
     * Languages without a stemmer have no canonical code: the given one names
     * them, and seeds the memo of one that cuts its words, whose terms are
     * not those of the other languages without a code.
     */
    text_lang_given(lang, given);
    memcpy(l->num_code, l->code[0] != '\0' ? l->code : given, sizeof(l->num_code));
    /* By `num_code`: Polish, Czech or Vietnamese have no canonical code (no stemmer). */
    l->decimal_comma = text_number_decimal_comma(l->num_code);
    /* Likewise Ukrainian, whose surnames decline as Russian ones do. */
    l->russian = strcmp(l->num_code, "ru") == 0 || strcmp(l->num_code, "uk") == 0;
    l->prefix_letters = stem_prefix_letters(given);
    if (l->prefix_letters > 0)
        l->seed = XXH3_64bits(given, strlen(given));
    else
        l->seed = XXH3_64bits(l->code, strlen(l->code));
    return stem_cache_get(&a->stems, l->code, &l->stemmer);
}

const struct text_inflection *text_analyzer_inflection(struct text_analyzer *a, const char *lang)
{
    const struct analyzer_lang *l;

    return analyzer_lang(a, lang, &l) == TD_OK ? l->inflection : text_inflection_find(lang);
}

enum td_err analyzer_lang(struct text_analyzer *a, const char *lang,
                          const struct analyzer_lang **out)
{
    size_t len = lang != NULL ? strlen(lang) : 0;
    struct analyzer_lang *l;
    enum td_err rc;

    /* An empty tag, or one too long to keep, is worked out every time (in slot 0). */
    if (len == 0 || len >= sizeof(l->tag)) {
        l = &a->langs[0];
        l->tag[0] = '\0';
        rc = lang_fill(a, lang, l);
        *out = l;
        return rc;
    }
    l = &a->langs[lang_slot(lang, len)];
    if (memcmp(l->tag, lang, len + 1) != 0) {
        l->tag[0] = '\0';
        rc = lang_fill(a, lang, l);
        if (rc != TD_OK)
            return rc;
        memcpy(l->tag, lang, len + 1);
    }
    *out = l;
    return TD_OK;
}

/* Fills `ac` for language `lang` (any form `text_lang_canonical` accepts). */
static enum td_err prepare(struct text_analyzer *a, const char *lang, struct analyze_ctx *ac)
{
    const struct analyzer_lang *l;
    enum td_err rc = analyzer_lang(a, lang, &l);

    if (rc != TD_OK)
        return rc;
    memcpy(ac->code, l->code, sizeof(ac->code));
    memcpy(ac->num_code, l->num_code, sizeof(ac->num_code));
    ac->decimal_comma = l->decimal_comma;
    ac->pending = false;
    ac->num_end = NULL;
    ac->stamp_end = NULL;
    ac->groupable = false;
    ac->last_unit = 0.0;
    ac->cjk_acc = 0.0;
    ac->cjk_unit = 0.0;
    ac->num_start = NULL;
    ac->word_end = NULL;
    ac->word_acc = 0.0;
    ac->word_unit = 0.0;
    ac->an = a;
    ac->seed = l->seed;
    ac->stops = l->stops;
    ac->ja = a->ja;
    ac->zh = a->zh;
    ac->stemmer = l->stemmer;
    ac->prefix_letters = l->prefix_letters;
    return TD_OK;
}

/* text_analyze_valid() with the callback `fn` or the keyed callback `kfn` (the other NULL). */
static enum td_err analyze_valid(struct text_analyzer *a, const char *lang, const char *s,
                                 size_t len, text_term_fn fn, text_keyed_term_fn kfn, void *ctx,
                                 struct td_error *err)
{
    struct analyze_ctx ac;
    enum td_err rc;

    if (s == NULL && len > 0)
        return td_error_set(err, TD_ERR_INVALID, "no text to analyze");
    if (len > TD_MAX_TEXT_FILE_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "text of %zu bytes is over the limit", len);
    rc = prepare(a, lang, &ac);
    if (rc != TD_OK)
        return td_error_set(err, rc, "cannot create stemmer for '%s'", lang ? lang : "");
    ac.fn = fn;
    ac.kfn = kfn;
    ac.ctx = ctx;
    /* Reset, not release: the memory is reused by the next article. */
    td_buf_reset(&a->norm);
    rc = normalize_append(&a->scratch, s, len, &a->norm);
    if (rc != TD_OK)
        return td_error_set(err, rc, "cannot normalize text: %s", td_strerror(rc));
    if (a->queue == NULL && (a->queue = td_malloc(QUEUE_CAP * sizeof(*a->queue))) == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    a->queued = 0;
    /* Terms point into `norm` or the stemmer's buffer, so `fn` must copy them. */
    rc = tokenize_inline(a->tok, a->norm.data, a->norm.len, on_token, on_token, on_token, &ac);
    if (rc == TD_OK)
        rc = drain(&ac, a->queued);
    a->queued = 0;
    if (rc == TD_OK)
        flush_number(&ac);
    if (rc != TD_OK)
        return td_error_set(err, rc, "cannot tokenize text: %s", td_strerror(rc));
    return TD_OK;
}

enum td_err text_check_valid(const char *s, size_t len, struct td_error *err)
{
    if (s == NULL && len > 0)
        return td_error_set(err, TD_ERR_INVALID, "no text to analyze");
    if (len > TD_MAX_TEXT_FILE_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "text of %zu bytes is over the limit", len);
    return TD_OK;
}

enum td_err text_check(const char *s, size_t len, struct td_error *err)
{
    size_t bad = 0;
    enum td_err rc = text_check_valid(s, len, err);

    if (rc != TD_OK)
        return rc;
    if (!utf8_valid(s, len, &bad))
        return td_error_set(err, TD_ERR_INVALID, "invalid UTF-8 at byte %zu", bad);
    return TD_OK;
}

enum td_err text_analyze(struct text_analyzer *a, const char *lang, const char *s, size_t len,
                         text_term_fn fn, void *ctx, struct td_error *err)
{
    enum td_err rc = text_check(s, len, err);

    return rc != TD_OK ? rc : analyze_valid(a, lang, s, len, fn, NULL, ctx, err);
}

enum td_err text_analyze_valid(struct text_analyzer *a, const char *lang, const char *s,
                               size_t len, text_term_fn fn, void *ctx, struct td_error *err)
{
    return analyze_valid(a, lang, s, len, fn, NULL, ctx, err);
}

enum td_err text_analyze_keyed(struct text_analyzer *a, const char *lang, const char *s,
                               size_t len, text_keyed_term_fn fn, void *ctx, struct td_error *err)
{
    enum td_err rc = text_check(s, len, err);

    return rc != TD_OK ? rc : analyze_valid(a, lang, s, len, NULL, fn, ctx, err);
}

enum td_err text_analyze_keyed_valid(struct text_analyzer *a, const char *lang, const char *s,
                                     size_t len, text_keyed_term_fn fn, void *ctx,
                                     struct td_error *err)
{
    return analyze_valid(a, lang, s, len, NULL, fn, ctx, err);
}
