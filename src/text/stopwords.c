/*
 * stopwords.c - stop-word lookup. The lists (stopword_lists.c) are compiled
 * in, case-folded and sorted by bytes; a lookup probes the list's hashed set,
 * generated from it at build time, so there is no allocation and no global
 * state to build.
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

/* A binary search of `l`'s words: for words longer than a hashed set's slot. */
static bool list_contains(const struct stop_list *l, const char *w, size_t len)
{
    size_t lo = 0, hi = l->count;

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

/*
 * One probe of the list's hashed set (stopword_sets, generated from the
 * lists): a binary search took ~7 cold word pointers and strings a call.
 */
bool stopwords_contain(const struct stop_list *l, const char *w, size_t len)
{
    const struct stop_set *set;
    struct stop_slot key;
    uint32_t i;

    if (l == NULL)
        return false;
    set = &stopword_sets[l - stopword_lists];
    if (len == 0 || len > set->max_len)
        return false;
    if (len > STOP_SLOT_WORD)
        return list_contains(l, w, len);
    memset(&key, 0, sizeof(key));
    key.len = (unsigned char)len;
    memcpy(key.w, w, len);
    for (i = stop_hash(&key.len, set->mask); set->slots[i].len != 0; i = (i + 1) & set->mask) {
        if (memcmp(&set->slots[i], &key, sizeof(key)) == 0)
            return true;
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
