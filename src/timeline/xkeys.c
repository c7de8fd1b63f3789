/*
 * xkeys.c - the part of a dated sentence that holds across languages: the
 * names in it, each as its phonetic key (text_name_key: "Altyn" and
 * "Алтын" come to one key; a name of fewer than three sounds, "Dala", has
 * none), and its numbers as values ("14,2" and "14.2", "12.000" and
 * "12,000" are one). group.c compares sentences of two languages by these
 * as well as by their words, which only match when both languages spell a
 * word alike.
 *
 * Left out: the date expression itself (every mention of a day has it),
 * numbers of one digit (too common to tell happenings apart) and the
 * numbers 1000-2199, which are mostly years.
 */
#include <string.h>

#include "core/alloc.h"
#include "core/sort.h"
#include "text/text.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

/* Collects keys for one mention; `rc` keeps the first allocation failure. */
struct xkey_sink {
    struct tl_mention *m;
    size_t cap;
    bool russian;
    enum td_err rc;
};

/* FNV-1a of a one-byte tag ('k' name key, 'n' number) and `s[0..n)`. */
static uint64_t tagged_hash(char tag, const char *s, size_t n)
{
    return tl_fnv1a(tl_fnv1a(TL_FNV_BASIS, &tag, 1), s, n) & ~TL_MARK_BITS;
}

static void push(struct xkey_sink *k, uint64_t key)
{
    struct tl_mention *m = k->m;

    if (k->rc != TD_OK)
        return;
    if (td_grow((void **)&m->xkeys, &k->cap, m->nxkeys + 1, sizeof(*m->xkeys)) != TD_OK) {
        k->rc = TD_ERR_NOMEM;
        return;
    }
    m->xkeys[m->nxkeys++] = key;
}

/* Sorts the keys of `m` as group.c compares words (by the key without its name bit), once each. */
static void sort_keys(struct tl_mention *m)
{
    size_t i, n = 0;

    TD_SHELL_SORT(uint64_t, m->xkeys, m->nxkeys, (b & ~TL_NAME_BIT) < (a & ~TL_NAME_BIT));
    for (i = 0; i < m->nxkeys; i++) {
        if (n > 0 && (m->xkeys[n - 1] & ~TL_NAME_BIT) == (m->xkeys[i] & ~TL_NAME_BIT))
            m->xkeys[n - 1] |= m->xkeys[i];
        else
            m->xkeys[n++] = m->xkeys[i];
    }
    m->nxkeys = n;
}

static void on_name(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    struct xkey_sink *k = ctx;
    char key[72];
    size_t n;

    if (kind != TEXT_TOKEN_WORD && kind != TEXT_TOKEN_UNCASED && kind != TEXT_TOKEN_UNCASED_ALT)
        return; /* months and weekdays */
    n = text_name_key(term, len, k->russian, key, sizeof(key));
    if (n > 0)
        push(k, tagged_hash('k', key, n) | TL_NAME_BIT |
                    (kind != TEXT_TOKEN_WORD ? TL_UNCASED_BIT : 0));
}

/* Whether the canonical number `s[0..n)` is a plain integer from 1000 to 2199. */
static bool year_like(const char *s, size_t n)
{
    size_t i;

    if (n != 4 || s[0] < '1' || s[0] > '2' || (s[0] == '2' && s[1] > '1'))
        return false;
    for (i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static void on_term(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    struct xkey_sink *k = ctx;

    if (kind != TEXT_TOKEN_NUMBER || len < 2 || year_like(term, len))
        return;
    push(k, tagged_hash('n', term, len) | TL_NUMBER_BIT);
}

/* Keys of `text[from..to)`; text that is not valid UTF-8 adds none. */
static enum td_err keys_of(struct text_analyzer *a, const char *lang, const char *text, size_t from,
                           size_t to, struct xkey_sink *k)
{
    enum td_err rc;

    if (from >= to)
        return TD_OK;
    rc = text_names(a, lang, text + from, to - from, on_name, k, NULL);
    if (rc == TD_OK)
        rc = text_analyze(a, lang, text + from, to - from, on_term, k, NULL);
    if (rc == TD_ERR_NOMEM || k->rc != TD_OK)
        return TD_ERR_NOMEM;
    return TD_OK;
}

enum td_err mention_xkeys(struct tl_mention *m, struct text_analyzer *an, const char *text,
                          const char *lang)
{
    struct xkey_sink k = {m, m->nxkeys, false, TD_OK};
    enum td_err rc;

    if (an == NULL)
        return TD_OK;
    k.russian = lang != NULL && strcmp(lang, "ru") == 0;
    /*
     * Words of scripts without capitals (Arabic, Hangul, Devanagari) are
     * keyed too (`xkeys_keep_named` keeps those a name shares). Not in
     * Chinese: its transcriptions need ICU's Han-Latin transliterator, which
     * took ~0.27 s more a timeline on data/dev/news6.jsonl for three joins.
     */
    text_analyzer_set_uncased_names(an, lang == NULL || strncmp(lang, "zh", 2) != 0);
    rc = keys_of(an, lang, text, m->start, m->tx_start > m->start ? m->tx_start : m->start, &k);
    if (rc == TD_OK)
        rc = keys_of(an, lang, text, m->tx_end > m->start ? m->tx_end : m->start, m->end, &k);
    if (rc != TD_OK)
        return rc;
    sort_keys(m);
    return TD_OK;
}

/* Whether the sorted `set[0..n)` holds `v`. */
static bool holds(const uint64_t *set, size_t n, uint64_t v)
{
    size_t lo = 0, hi = n, mid;

    while (lo < hi) {
        mid = lo + (hi - lo) / 2;
        if (set[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && set[lo] == v;
}

/* The capitalised names' keys of `ml`, sorted, into `out` (room for all keys); their count. */
static size_t cased_keys(const struct tl_mention_list *ml, uint64_t *out)
{
    size_t i, j, n = 0;

    for (i = 0; i < ml->n; i++)
        for (j = 0; j < ml->items[i].nxkeys; j++)
            if ((ml->items[i].xkeys[j] & (TL_NAME_BIT | TL_UNCASED_BIT)) == TL_NAME_BIT)
                out[n++] = ml->items[i].xkeys[j];
    TD_SHELL_SORT(uint64_t, out, n, b < a);
    return n;
}

void xkeys_keep_named(struct tl_mention_list *ml)
{
    uint64_t *cased, v;
    size_t i, j, n, total = 0, ncased;

    for (i = 0; i < ml->n; i++)
        total += ml->items[i].nxkeys;
    /* Without memory for the set, no uncased key is known to be a name. */
    cased = td_malloc((total + 1) * sizeof(*cased));
    ncased = cased != NULL ? cased_keys(ml, cased) : 0;
    for (i = 0; i < ml->n; i++) {
        struct tl_mention *m = &ml->items[i];
        for (j = n = 0; j < m->nxkeys; j++) {
            v = m->xkeys[j] & ~TL_UNCASED_BIT;
            if (!(m->xkeys[j] & TL_UNCASED_BIT) || holds(cased, ncased, v))
                m->xkeys[n++] = v;
        }
        m->nxkeys = n;
        sort_keys(m);
    }
    td_free(cased);
}
