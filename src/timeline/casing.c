/*
 * casing.c - how the articles of one story write each word: in lower case,
 * or capitalised inside a sentence. A capitalised word that opens a
 * sentence is a name only by its position; when the story writes it in
 * lower case more often than capitalised inside sentences ("Volgens" and
 * "volgens", "Topman" and "topman"), it is no part of the name after it,
 * and entities.c trims it from the tagger's mentions.
 */
#include <ctype.h>
#include <string.h>

#include "core/alloc.h"
#include "core/utf8.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

/* The counts of a word packed in one map value: lower case below, capitalised above. */
#define LOWER_ONE 1u
#define CAP_ONE (1u << 16)
#define COUNT_MAX 0xFFFFu

void casing_init(struct tl_casing *c)
{
    map64_init(&c->words);
}

void casing_release(struct tl_casing *c)
{
    map64_release(&c->words);
}

/* A byte of a word: ASCII letters and digits, and every byte of a non-ASCII character. */
static bool word_byte(unsigned char b)
{
    return isalnum(b) || b >= 0x80;
}

/* The hash of `w[0..n)` with ASCII letters lower-cased (never 0 or 1, the map's empty keys). */
static uint64_t word_key(const char *w, size_t n)
{
    uint64_t h = TL_FNV_BASIS;
    size_t i;

    for (i = 0; i < n; i++)
        h = (h ^ (unsigned char)tolower((unsigned char)w[i])) * 1099511628211ULL;
    return h | 2;
}

/*
 * Whether the word at byte `at` of `text` opens a sentence: nothing but
 * spaces, quotes and brackets between it and the start of the text, a
 * full stop, a question or exclamation mark, a colon ("11.45: Statens"),
 * a line break or a dateline's dash ("VRETABY - Dagen").
 */
static bool sentence_start(const char *text, size_t at)
{
    size_t i = at;

    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '"' || text[i - 1] == '(' ||
                     text[i - 1] == '\'' || text[i - 1] == '\t'))
        i--;
    if (i == 0)
        return true;
    if (strchr(".!?:\n", text[i - 1]) != NULL)
        return true;
    return text[i - 1] == '-' && i >= 2 && text[i - 2] == ' ' && i < at;
}

/* Counts one word: lower case, or capitalised inside a sentence. */
static enum td_err count_word(struct tl_casing *c, const char *text, size_t at, size_t n)
{
    unsigned char first = (unsigned char)text[at];
    uint32_t add, *v;

    if (first >= 'a' && first <= 'z')
        add = LOWER_ONE;
    else if (first >= 'A' && first <= 'Z' && !sentence_start(text, at))
        add = CAP_ONE;
    else
        return TD_OK;
    if (map64_upsert(&c->words, word_key(text + at, n), 0, &v, NULL) != TD_OK)
        return TD_ERR_NOMEM;
    if (((add == LOWER_ONE ? *v : *v >> 16) & COUNT_MAX) < COUNT_MAX)
        *v += add;
    return TD_OK;
}

enum td_err casing_add(struct tl_casing *c, const char *text, size_t len)
{
    size_t i = 0, w;

    while (i < len) {
        if (!word_byte((unsigned char)text[i])) {
            i++;
            continue;
        }
        for (w = i; i < len && word_byte((unsigned char)text[i]); i++)
            ;
        if (count_word(c, text, w, i - w) != TD_OK)
            return TD_ERR_NOMEM;
    }
    return TD_OK;
}

/* Whether the story writes `w[0..n)` in lower case more often than capitalised inside sentences. */
static bool mostly_lower(const struct tl_casing *c, const char *w, size_t n)
{
    const uint32_t *v = map64_get(&c->words, word_key(w, n));

    return v != NULL && (*v & COUNT_MAX) > ((*v >> 16) & COUNT_MAX);
}

/*
 * Trims mention `m` of `text`: while it opens a sentence with a word the
 * story mostly writes in lower case, that word goes. Returns false when
 * nothing of the name is left.
 */
static bool trim_mention(const struct tl_casing *c, const char *text, struct td_mention *m)
{
    size_t e;

    while (m->start < m->end && sentence_start(text, m->start)) {
        for (e = m->start; e < m->end && word_byte((unsigned char)text[e]); e++)
            ;
        if (e == m->start || !mostly_lower(c, text + m->start, e - m->start))
            return true;
        while (e < m->end && !word_byte((unsigned char)text[e]))
            e++;
        if (e >= m->end)
            return false;
        m->start_cp += utf8_count(text + m->start, e - m->start);
        m->start = e;
    }
    return m->start < m->end;
}

void casing_trim(const struct tl_casing *c, const char *text, struct td_mention_list *l)
{
    size_t i, k = 0;

    for (i = 0; i < l->n; i++)
        if (trim_mention(c, text, &l->items[i]))
            l->items[k++] = l->items[i];
    l->n = k;
}
