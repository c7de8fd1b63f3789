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
    return tl_fnv1a(tl_fnv1a(TL_FNV_BASIS, &tag, 1), s, n) & ~(TL_NAME_BIT | TL_PART_BIT);
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

static void on_name(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    struct xkey_sink *k = ctx;
    char key[72];
    size_t n;

    if (kind != TEXT_TOKEN_WORD)
        return; /* months and weekdays */
    n = text_name_key(term, len, k->russian, key, sizeof(key));
    if (n > 0)
        push(k, tagged_hash('k', key, n) | TL_NAME_BIT);
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
    push(k, tagged_hash('n', term, len));
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
    size_t i, n = 0;
    enum td_err rc;

    if (an == NULL)
        return TD_OK;
    k.russian = lang != NULL && strcmp(lang, "ru") == 0;
    rc = keys_of(an, lang, text, m->start, m->tx_start > m->start ? m->tx_start : m->start, &k);
    if (rc == TD_OK)
        rc = keys_of(an, lang, text, m->tx_end > m->start ? m->tx_end : m->start, m->end, &k);
    if (rc != TD_OK)
        return rc;
    /* Sorted as group.c compares words: by the key without its name bit. */
    TD_SHELL_SORT(uint64_t, m->xkeys, m->nxkeys, (b & ~TL_NAME_BIT) < (a & ~TL_NAME_BIT));
    for (i = 0; i < m->nxkeys; i++)
        if (n == 0 || m->xkeys[n - 1] != m->xkeys[i])
            m->xkeys[n++] = m->xkeys[i];
    m->nxkeys = n;
    return TD_OK;
}
