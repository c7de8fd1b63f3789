/*
 * stem.c - Snowball stemmers (libstemmer) by language code. A `stem_cache`
 * holds one stemmer per language, created on first use, because creating
 * one per word would dominate the cost of analysis. ASCII words go through
 * Snowball's Latin-1 build of the same algorithm, which is a quarter to
 * nearly half cheaper than its UTF-8 build.
 */
#include "text/text_int.h"

#include <libstemmer.h>
#include <string.h>

#include "core/alloc.h"
#include "core/banned.h"

/*
 * One language's stemmers: Snowball's UTF-8 build, and where libstemmer has
 * one, its Latin-1 build of the same algorithm, for ASCII words.
 */
struct stemmer {
    struct sb_stemmer *utf8;
    struct sb_stemmer *latin1; /* NULL: Snowball has no Latin-1 build */
};

/*
 * Codes with a Snowball stemmer, and the algorithm for each (same order).
 * "porter" is the older English algorithm; "english" (Porter2) replaces it.
 */
static const char *const stem_codes[] = {
    "ar", "hy", "eu", "ca", "da", "nl", "en", "fi", "fr", "de", "el", "hi", "hu", "id",
    "ga", "it", "lt", "ne", "no", "pt", "ro", "ru", "sr", "es", "sv", "ta", "tr", "yi",
    NULL,
};

static const char *const stem_algorithms[] = {
    "arabic",    "armenian",   "basque",  "catalan", "danish",     "dutch",   "english",
    "finnish",   "french",     "german",  "greek",   "hindi",      "hungarian", "indonesian",
    "irish",     "italian",    "lithuanian", "nepali", "norwegian", "portuguese", "romanian",
    "russian",   "serbian",    "spanish", "swedish", "tamil",      "turkish", "yiddish",
};

_Static_assert(sizeof(stem_codes) / sizeof(stem_codes[0]) == STEM_LANG_COUNT + 1,
               "stem_codes must have STEM_LANG_COUNT codes and a NULL");
_Static_assert(sizeof(stem_algorithms) / sizeof(stem_algorithms[0]) == STEM_LANG_COUNT,
               "stem_algorithms must parallel stem_codes");

const char *const *text_stem_languages(void)
{
    return stem_codes;
}

/* Index of `lang` in `stem_codes`, or -1; a linear scan of 28 is cheap per call. */
static int stem_index(const char *lang)
{
    int i;

    for (i = 0; i < STEM_LANG_COUNT; i++) {
        if (strcmp(stem_codes[i], lang) == 0)
            return i;
    }
    return -1;
}

/* Frees `st` and both its Snowball stemmers (NULL: nothing). */
static void stemmer_free(struct stemmer *st)
{
    if (st == NULL)
        return;
    if (st->utf8 != NULL)
        sb_stemmer_delete(st->utf8);
    if (st->latin1 != NULL)
        sb_stemmer_delete(st->latin1);
    td_free(st);
}

/* Deletes every stemmer created so far; the cache can be used again. */
void stem_cache_release(struct stem_cache *c)
{
    int i;

    for (i = 0; i < STEM_LANG_COUNT; i++) {
        stemmer_free(c->stemmers[i]);
        c->stemmers[i] = NULL;
    }
}

/* Makes the stemmers of algorithm `alg`; NULL when out of memory. */
static struct stemmer *stemmer_new(const char *alg)
{
    struct stemmer *st = td_calloc(1, sizeof(*st));

    if (st == NULL)
        return NULL;
    /* libstemmer returns NULL only on OOM here: every algorithm name is known. */
    st->utf8 = sb_stemmer_new(alg, "UTF_8");
    /* NULL for the algorithms without a Latin-1 build (Greek, Russian, ...) as well. */
    st->latin1 = sb_stemmer_new(alg, "ISO_8859_1");
    if (st->utf8 == NULL) {
        stemmer_free(st);
        return NULL;
    }
    return st;
}

enum td_err stem_cache_get(struct stem_cache *c, const char *lang, struct stemmer **out)
{
    int i = lang != NULL ? stem_index(lang) : -1;

    if (i < 0) {
        *out = NULL;
        return TD_OK;
    }
    if (c->stemmers[i] == NULL && (c->stemmers[i] = stemmer_new(stem_algorithms[i])) == NULL)
        return TD_ERR_NOMEM;
    *out = c->stemmers[i];
    return TD_OK;
}

enum td_err stem_word_utf8(struct stemmer *st, const char *w, size_t len, const char **stem,
                           size_t *stem_len)
{
    const sb_symbol *r;

    /* Callers cap words at TEXT_MAX_TERM_BYTES, far below INT_MAX. */
    r = sb_stemmer_stem(st->utf8, (const sb_symbol *)w, (int)len);
    if (r == NULL)
        return TD_ERR_NOMEM;
    /* The result lives in the stemmer until its next call; the caller copies it. */
    *stem = (const char *)r;
    *stem_len = (size_t)sb_stemmer_length(st->utf8);
    return TD_OK;
}

/*
 * An ASCII word goes to the Latin-1 build. Both builds come from the same
 * Snowball source and differ only in how they read and write a character,
 * and in that cursor positions count bytes: the same as characters while the
 * word holds only ASCII. So as long as the word being stemmed stays ASCII,
 * both do the same steps on the same characters. A stem with a byte past
 * ASCII shows that a step wrote a non-ASCII letter (Portuguese "ã" from
 * "a~", French "ë" from "He"), after which byte and character positions may
 * part; that word is stemmed again by the UTF-8 build. Accented words take
 * the UTF-8 build from the start: Dutch "èsse" is "ès" there but "èss" in the
 * Latin-1 build, whose R1 rule "at least 3" counts bytes. test_stem.c
 * compares the two paths on random words of every language.
 */
enum td_err stem_word(struct stemmer *st, const char *w, size_t len, const char **stem,
                      size_t *stem_len)
{
    const sb_symbol *r;
    size_t n;

    if (st->latin1 == NULL || !text_is_ascii(w, len))
        return stem_word_utf8(st, w, len, stem, stem_len);
    r = sb_stemmer_stem(st->latin1, (const sb_symbol *)w, (int)len);
    if (r == NULL)
        return TD_ERR_NOMEM;
    n = (size_t)sb_stemmer_length(st->latin1);
    if (!text_is_ascii((const char *)r, n))
        return stem_word_utf8(st, w, len, stem, stem_len);
    *stem = (const char *)r;
    *stem_len = n;
    return TD_OK;
}

/*
 * Korean particles that follow a noun in the same word, longest first where
 * one ends another ("에서" before "서"-less "에").
 */
static const char *const ko_particles[] = {
    "에서는", "에게서", "으로는", "이라고", "에서의", "까지는", "부터는", "에서", "에게", "으로",
    "께서",   "부터",   "까지",   "보다",   "처럼",   "이나",   "라고",   "하고", "과의", "와의",
    "에는",   "에도",   "의",     "은",     "는",     "이",     "가",     "을",   "를",   "에",
    "와",     "과",     "로",     "도",     "만",
};

/* Bytes a Korean word keeps after its particle is cut: two syllables. */
#define KO_MIN_STEM 6

size_t stem_hangul(const char *w, size_t len)
{
    size_t i, k;

    /* Only a word that starts in the Hangul range (UTF-8 lead bytes EA-ED) is looked at. */
    if (len < 3 || (unsigned char)w[0] < 0xEA || (unsigned char)w[0] > 0xED)
        return len;
    for (i = 0; i < sizeof(ko_particles) / sizeof(ko_particles[0]); i++) {
        k = strlen(ko_particles[i]);
        if (len >= k + KO_MIN_STEM && memcmp(w + len - k, ko_particles[i], k) == 0)
            return len - k;
    }
    return len;
}

/*
 * Languages without a Snowball stemmer whose words are cut to their first
 * letters instead: truncation to five letters comes near a stemmer's gain in
 * the morphologically rich languages of CLEF (McNamee, Nicholas and Mayfield,
 * SIGIR 2009). Estonian puts fourteen cases on a word's own stem
 * ("e-hääletus", "e-hääletuse", "e-hääletusest"), Slovene six in three
 * numbers. Czech and Slovak were measured and left out (docs/QUALITY.md,
 * `exon20`): their case forms met, and so did other events' words.
 */
static const struct {
    char code[4];
    unsigned letters;
} prefix_langs[] = {{"et", 5}, {"sl", 5}};

unsigned stem_prefix_letters(const char *code)
{
    size_t i;

    for (i = 0; i < sizeof(prefix_langs) / sizeof(prefix_langs[0]); i++)
        if (strcmp(prefix_langs[i].code, code) == 0)
            return prefix_langs[i].letters;
    return 0;
}

size_t stem_prefix(const char *w, size_t len, unsigned letters)
{
    size_t i, cut = len;
    unsigned n = 0;

    for (i = 0; i < len; i++) {
        /* A code with a digit ("ay1234", a flight) has no case ending: it stays whole. */
        if (w[i] >= '0' && w[i] <= '9')
            return len;
        if (cut == len && ((unsigned char)w[i] & 0xC0) != 0x80 && n++ == letters)
            cut = i;
    }
    return cut;
}
