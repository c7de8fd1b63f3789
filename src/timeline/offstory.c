/*
 * offstory.c - paragraphs about another story. A round-up or a week in
 * review tells several storylines in one report ("Argentina. Half a world
 * away, a swarm ... settled in Chaco province on Wednesday."): a paragraph
 * that names nothing the story's other articles name, in a report another
 * paragraph of which does, tells another story, and its dates are background.
 */
#include <string.h>
#include <utf8proc.h>

#include "core/alloc.h"
#include "core/sort.h"
#include "core/utf8.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

/* Names are compared by their first code points: "Tisza" and "Tiszán" are one name. */
#define NAME_PREFIX_CPS 5
/* A name is a capitalised word of at least this many letters. */
#define NAME_MIN_CPS 3

/* A heading opening a paragraph has at most this many words and bytes ("Elsewhere."). */
#define HEADING_MAX_WORDS 3
#define HEADING_MAX_BYTES 40

/* The name keys of the story: each article's distinct keys once, all sorted together. */
struct story_names {
    uint64_t *keys; /* owned; every article's distinct keys, then all of them sorted */
    size_t n, cap;
};

/*
 * One word of `text[*pos..len)`: skips to the next letter, reads the word
 * (letters, digits, hyphens and apostrophes inside) and sets `*key` (its
 * first NAME_PREFIX_CPS code points, lower-cased), `*capital` (it opens with
 * a capital and has NAME_MIN_CPS letters or more) and `*first` (no letter or
 * digit since the last sentence or line end). False when no word is left.
 */
static bool next_word(const char *text, size_t len, size_t *pos, uint64_t *key, bool *capital,
                      bool *first)
{
    size_t at = *pos, next;
    int32_t cp;
    size_t cps = 0;
    uint8_t enc[4];

    *first = at == 0;
    for (;;) {
        if (at >= len)
            return false;
        next = at;
        cp = utf8_next(text, len, &next);
        if (cp > 0 && utf8proc_category(cp) >= UTF8PROC_CATEGORY_LU &&
            utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO)
            break;
        *first = *first || cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == ':';
        at = next > at ? next : at + 1;
    }
    *capital = utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
    *key = TL_FNV_BASIS;
    while (cp > 0 && (utf8proc_category(cp) <= UTF8PROC_CATEGORY_ND || cp == '-' || cp == '\'')) {
        if (cps < NAME_PREFIX_CPS)
            *key = tl_fnv1a(*key, (const char *)enc,
                            (size_t)utf8proc_encode_char(utf8proc_tolower(cp), enc));
        cps++;
        at = next;
        if (at >= len)
            break;
        cp = utf8_next(text, len, &next);
    }
    *capital = *capital && cps >= NAME_MIN_CPS;
    *key &= ~TL_MARK_BITS;
    *pos = at > *pos ? at : *pos + 1;
    return true;
}

/* Appends the distinct keys of every capitalised word of `text` to `sn`. */
static enum td_err add_article(struct story_names *sn, const char *text, size_t len)
{
    size_t pos = 0, from = sn->n, i, k;
    uint64_t key;
    bool capital, first;

    while (next_word(text, len, &pos, &key, &capital, &first)) {
        if (!capital)
            continue;
        if (td_grow((void **)&sn->keys, &sn->cap, sn->n + 1, sizeof(*sn->keys)) != TD_OK)
            return TD_ERR_NOMEM;
        sn->keys[sn->n++] = key;
    }
    TD_SHELL_SORT(uint64_t, sn->keys + from, sn->n - from, b < a);
    for (i = from, k = from; i < sn->n; i++)
        if (k == from || sn->keys[k - 1] != sn->keys[i])
            sn->keys[k++] = sn->keys[i];
    sn->n = k;
    return TD_OK;
}

/* How many articles of the story name `key` (`sn` sorted). */
static size_t articles_naming(const struct story_names *sn, uint64_t key)
{
    size_t lo = 0, hi = sn->n, mid, n = 0;

    while (lo < hi) {
        mid = lo + (hi - lo) / 2;
        if (sn->keys[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    while (lo + n < sn->n && sn->keys[lo + n] == key)
        n++;
    return n;
}

/*
 * The paragraph of `text` that starts at `s`: its end (a blank line or the
 * end of the text) in `*e` and the start of the next one, white space
 * skipped, in `*next`.
 */
static void paragraph(const char *text, size_t len, size_t s, size_t *e, size_t *next)
{
    size_t i = s, k;

    for (; i < len; i++) {
        if (text[i] != '\n')
            continue;
        for (k = i + 1; k < len && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r'); k++)
            ;
        if (k < len && text[k] == '\n')
            break;
    }
    *e = i;
    while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        i++;
    *next = i;
}

/*
 * Whether the paragraph `text[s..e)` names something (a capitalised word
 * inside a sentence) and whether the story's other articles name more than
 * half of what it names: `*named` and `*shared`. One word in common ("South"
 * of "South American" and of "South Sudan") does not make it the story's.
 */
static void judge_paragraph(const struct story_names *sn, const char *text, size_t s, size_t e,
                            bool *named, bool *shared)
{
    size_t pos = s, names = 0, common = 0;
    uint64_t key;
    bool capital, first, opening = true;

    while (pos < e && next_word(text, e, &pos, &key, &capital, &first)) {
        /* The paragraph's first word opens a sentence too. */
        if (!capital || first || opening) {
            opening = false;
            continue;
        }
        names++;
        common += articles_naming(sn, key) >= 2;
    }
    *named = names > 0;
    *shared = common * 2 > names;
}

/*
 * Whether the paragraph `text[s..e)` opens with a heading of its own: a
 * sentence of at most HEADING_MAX_WORDS words that starts with a capital
 * ("Argentina. Half a world away, ...", "Elsewhere. Heavy snow ..."), as a
 * round-up or a week in review sets each storyline apart.
 */
static bool opens_with_heading(const char *text, size_t s, size_t e)
{
    size_t i, words = 1;
    int32_t cp;

    i = s;
    cp = utf8_next(text, e, &i);
    if (cp <= 0 || utf8proc_category(cp) != UTF8PROC_CATEGORY_LU)
        return false;
    for (i = s; i < e && i - s <= HEADING_MAX_BYTES; i++) {
        if (text[i] == '.' || text[i] == ':')
            return i + 1 < e && text[i + 1] == ' ';
        if (text[i] == ' ' && ++words > HEADING_MAX_WORDS)
            return false;
        if (text[i] == ',' || text[i] == '\n')
            return false;
    }
    return false;
}

/* Marks the mentions of article `art` that lie in `text[s..e)` as background. */
static void mark_paragraph(struct tl_mention_list *ml, size_t art, size_t s, size_t e)
{
    size_t i;

    for (i = 0; i < ml->n; i++)
        if (ml->items[i].art == art && !ml->items[i].is_publication && ml->items[i].start >= s &&
            ml->items[i].start < e)
            ml->items[i].is_background = true;
}

/*
 * Marks the mentions of article `art` (`text`) in its paragraphs off the
 * story, when some other paragraph of it is on the story.
 */
static void mark_article(struct tl_mention_list *ml, const struct story_names *sn, size_t art,
                         const char *text, size_t len)
{
    size_t s, e, next, on = 0, off = 0;
    bool named, shared;

    for (s = 0; s < len; s = next) {
        paragraph(text, len, s, &e, &next);
        judge_paragraph(sn, text, s, e, &named, &shared);
        on += shared;
        off += named && !shared;
    }
    if (on == 0 || off == 0)
        return;
    for (s = 0; s < len; s = next) {
        paragraph(text, len, s, &e, &next);
        judge_paragraph(sn, text, s, e, &named, &shared);
        if (named && !shared && opens_with_heading(text, s, e))
            mark_paragraph(ml, art, s, e);
    }
}

enum td_err offstory_mark(struct tl_mention_list *ml, const struct td_timeline_input *in, size_t n)
{
    struct story_names sn = {NULL, 0, 0};
    size_t i;

    if (ml->n == 0 || n < 2)
        return TD_OK;
    for (i = 0; i < n; i++) {
        if (add_article(&sn, in[i].text, in[i].text_len) != TD_OK) {
            td_free(sn.keys);
            return TD_ERR_NOMEM;
        }
    }
    TD_SHELL_SORT(uint64_t, sn.keys, sn.n, b < a);
    for (i = 0; i < n; i++)
        mark_article(ml, &sn, i, in[i].text, in[i].text_len);
    td_free(sn.keys);
    return TD_OK;
}
