/*
 * stopwords.c - stop-word lookup. The lists (stopword_lists.c) are compiled
 * in, case-folded and sorted by bytes, so a lookup is a binary search with
 * no allocation and no global state to build.
 */
#include "text/text_int.h"

#include <string.h>

#include "core/banned.h"

/* strcmp-style order of the counted `w[0..len)` against NUL-terminated `s`. */
static int cmp_word(const char *w, size_t len, const char *s)
{
    size_t i;

    for (i = 0; i < len && s[i] != '\0'; i++) {
        if (w[i] != s[i])
            return (unsigned char)w[i] < (unsigned char)s[i] ? -1 : 1;
    }
    if (i < len)
        return 1; /* `s` is a proper prefix of `w` */
    return s[i] != '\0' ? -1 : 0;
}

/*
 * A linear scan: there are 30 lists, and `text_analyze` looks a list up once
 * per call, not once per word.
 */
const struct stop_list *stopwords_find(const char *lang)
{
    size_t i;

    if (lang == NULL || lang[0] == '\0')
        return NULL;
    for (i = 0; i < stopword_list_count; i++) {
        if (strcmp(stopword_lists[i].lang, lang) == 0)
            return &stopword_lists[i];
    }
    return NULL;
}

bool stopwords_contain(const struct stop_list *l, const char *w, size_t len)
{
    size_t lo = 0, hi;

    if (l == NULL)
        return false;
    /* About 7 comparisons for a list of 100 words, most ending at the first byte. */
    hi = l->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_word(w, len, l->words[mid]);
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

bool text_is_stopword(const char *lang, const char *w, size_t len)
{
    char code[8];

    /* Accept "en-US" or "English" too; canonical codes take the fast path. */
    text_lang_canonical(lang, code);
    return stopwords_contain(stopwords_find(code), w, len);
}
