/*
 * stem.c - Snowball stemmers (libstemmer) by language code. A `stem_cache`
 * holds one stemmer per language, created on first use, because creating
 * one per word would dominate the cost of analysis.
 */
#include "text/text_int.h"

#include <libstemmer.h>
#include <string.h>

#include "core/banned.h"

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

/* Deletes every stemmer created so far; the cache can be used again. */
void stem_cache_release(struct stem_cache *c)
{
    int i;

    for (i = 0; i < STEM_LANG_COUNT; i++) {
        if (c->stemmers[i] != NULL)
            sb_stemmer_delete(c->stemmers[i]);
        c->stemmers[i] = NULL;
    }
}

enum td_err stem_cache_get(struct stem_cache *c, const char *lang, struct sb_stemmer **out)
{
    int i = lang != NULL ? stem_index(lang) : -1;

    if (i < 0) {
        *out = NULL;
        return TD_OK;
    }
    if (c->stemmers[i] == NULL) {
        /* libstemmer returns NULL only on OOM here: every algorithm name is known. */
        c->stemmers[i] = sb_stemmer_new(stem_algorithms[i], "UTF_8");
        if (c->stemmers[i] == NULL)
            return TD_ERR_NOMEM;
    }
    *out = c->stemmers[i];
    return TD_OK;
}

enum td_err stem_word(struct sb_stemmer *st, const char *w, size_t len, const char **stem,
                      size_t *stem_len)
{
    const sb_symbol *r;

    /* Callers cap words at TEXT_MAX_TERM_BYTES, far below INT_MAX. */
    r = sb_stemmer_stem(st, (const sb_symbol *)w, (int)len);
    if (r == NULL)
        return TD_ERR_NOMEM;
    /* The result lives in the stemmer until its next call; the caller copies it. */
    *stem = (const char *)r;
    *stem_len = (size_t)sb_stemmer_length(st);
    return TD_OK;
}
