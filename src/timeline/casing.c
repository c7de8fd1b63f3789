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
#include "text/text.h"
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

/*
 * The code point of the two-byte UTF-8 letter at `p` (Latin-1, Greek and
 * Cyrillic live there), or -1 for anything else.
 */
static int32_t two_byte_letter(const unsigned char *p, size_t left)
{
    if (left < 2 || p[0] < 0xC3 || p[0] > 0xD3 || (p[1] & 0xC0) != 0x80)
        return -1;
    return ((int32_t)(p[0] & 0x1F) << 6) | (int32_t)(p[1] & 0x3F);
}

/* Whether code point `cp` is a capital of Latin-1, Greek or Cyrillic, and its lower case. */
static bool upper_cp(int32_t cp, int32_t *lower)
{
    if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3A9) ||
        (cp >= 0x410 && cp <= 0x42F)) {
        *lower = cp + 0x20;
        return true;
    }
    if (cp >= 0x400 && cp <= 0x40F) {
        *lower = cp + 0x50;
        return true;
    }
    *lower = cp;
    return false;
}

/*
 * The case of the letter at `text[at]`: 1 a capital, -1 lower case, 0
 * neither (a digit, a letter of a script without case). ASCII, Latin-1,
 * Greek and Cyrillic.
 */
static int letter_case(const char *text, size_t at, size_t len)
{
    unsigned char first = (unsigned char)text[at];
    int32_t cp, low;

    if (first < 0x80)
        return (first >= 'A' && first <= 'Z') ? 1 : (first >= 'a' && first <= 'z') ? -1 : 0;
    cp = two_byte_letter((const unsigned char *)text + at, len - at);
    if (cp < 0)
        return 0;
    if (upper_cp(cp, &low))
        return 1;
    return (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || (cp >= 0x3AC && cp <= 0x3CE) ||
                   (cp >= 0x430 && cp <= 0x45F)
               ? -1
               : 0;
}

/*
 * The lower-case bytes of the character at `w[*i]` (of `n` bytes) into
 * `out`: a two-byte capital (Latin-1, Greek, Cyrillic) as its two-byte
 * small letter, any other byte ASCII-lower-cased. Returns their number (1
 * or 2) and moves `*i` past the character.
 */
static size_t fold_next(const char *w, size_t n, size_t *i, unsigned char out[2])
{
    int32_t low, cp = two_byte_letter((const unsigned char *)w + *i, n - *i);

    if (cp >= 0 && upper_cp(cp, &low)) {
        out[0] = (unsigned char)(0xC0u | ((uint32_t)low >> 6));
        out[1] = (unsigned char)(0x80u | ((uint32_t)low & 0x3Fu));
        *i += 2;
        return 2;
    }
    out[0] = (unsigned char)tolower((unsigned char)w[(*i)++]);
    return 1;
}

/*
 * The hash of `w[0..n)` with its capitals (ASCII, Latin-1, Greek, Cyrillic)
 * lower-cased (never 0 or 1, the map's empty keys).
 */
static uint64_t word_key(const char *w, size_t n)
{
    uint64_t h = TL_FNV_BASIS;
    size_t i = 0, k, j;
    unsigned char b[2];

    while (i < n) {
        k = fold_next(w, n, &i, b);
        for (j = 0; j < k; j++)
            h = (h ^ b[j]) * 1099511628211ULL;
    }
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
    if (text[i - 1] == '-' && i >= 2 && text[i - 2] == ' ' && i < at)
        return true;
    /* An en or em dash after a dateline: "БАТКЕН – На участке" (E2 80 93, E2 80 94). */
    return i >= 4 && i < at && (unsigned char)text[i - 3] == 0xE2 &&
           (unsigned char)text[i - 2] == 0x80 &&
           ((unsigned char)text[i - 1] == 0x93 || (unsigned char)text[i - 1] == 0x94) &&
           text[i - 4] == ' ';
}

/* Counts one word: lower case, or capitalised inside a sentence. */
static enum td_err count_word(struct tl_casing *c, const char *text, size_t len, size_t at,
                              size_t n)
{
    int kind = letter_case(text, at, len);
    uint32_t add, *v;

    if (kind < 0)
        add = LOWER_ONE;
    else if (kind > 0 && !sentence_start(text, at))
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
        if (count_word(c, text, len, w, i - w) != TD_OK)
            return TD_ERR_NOMEM;
    }
    return TD_OK;
}

/*
 * Whether `w[0..n)`, its capitals (ASCII, Latin-1, Greek, Cyrillic)
 * lower-cased, is a stop word of `lang` (NULL: English): "На", "В", "По",
 * "The", "Der" open a sentence but name nothing.
 */
static bool is_stopword(const char *w, size_t n, const char *lang)
{
    char low[64];
    size_t i = 0, k = 0;
    unsigned char b[2];

    if (n >= sizeof(low))
        return false;
    while (i < n) {
        size_t m = fold_next(w, n, &i, b);
        memcpy(low + k, b, m);
        k += m;
    }
    return text_is_stopword(lang != NULL ? lang : "en", low, k);
}

/* Whether the story writes `w[0..n)` in lower case more often than capitalised inside sentences. */
static bool mostly_lower(const struct tl_casing *c, const char *w, size_t n)
{
    const uint32_t *v = map64_get(&c->words, word_key(w, n));

    return v != NULL && (*v & COUNT_MAX) > ((*v >> 16) & COUNT_MAX);
}

/* Whether the story never writes `w[0..n)` capitalised inside a sentence. */
static bool never_inside(const struct tl_casing *c, const char *w, size_t n)
{
    const uint32_t *v = map64_get(&c->words, word_key(w, n));

    return v == NULL || ((*v >> 16) & COUNT_MAX) == 0;
}

/*
 * Whether mention `m` is one word that opens a sentence and that the
 * story never writes capitalised inside one: capitalised only by its
 * place ("Sale el minero número 12", "Shift boss Hector Olivares"). A name
 * the story tells is written inside sentences too; a place may open all
 * the sentences that name it ("Ukraine banned ..."), and stays.
 */
static bool lone_opener(const struct tl_casing *c, const char *text, const struct td_mention *m)
{
    size_t i;

    if (m->type == TD_ENT_LOC || !sentence_start(text, m->start))
        return false;
    for (i = m->start; i < m->end; i++)
        if (!word_byte((unsigned char)text[i]))
            return false;
    return never_inside(c, text + m->start, m->end - m->start);
}

/*
 * Trims mention `m` of `text` (written in `lang`): while it opens a
 * sentence with a word the story mostly writes in lower case, or a stop
 * word of its language, that word goes. Returns false when nothing of the
 * name is left.
 */
static bool trim_mention(const struct tl_casing *c, const char *text, const char *lang,
                         struct td_mention *m)
{
    size_t e;

    while (m->start < m->end && sentence_start(text, m->start)) {
        for (e = m->start; e < m->end && word_byte((unsigned char)text[e]); e++)
            ;
        if (e == m->start || (!mostly_lower(c, text + m->start, e - m->start) &&
                              !is_stopword(text + m->start, e - m->start, lang)))
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

/* Longest dateline looked for ("PANAMA CITY, May 12 (Atlas Wire Service) -"), in bytes. */
#define DATELINE_MAX_BYTES 120

/* Whether `text[at..)` starts a word of two letters or more, all capitals. */
static bool capitals_word(const char *text, size_t len, size_t at)
{
    size_t i = at, letters = 0;
    int kind;

    while (i < len && word_byte((unsigned char)text[i])) {
        kind = letter_case(text, i, len);
        if (kind < 0)
            return false;
        letters += kind > 0;
        i += (unsigned char)text[i] >= 0xC0 ? 2 : 1;
    }
    return letters >= 2;
}

/*
 * The end of the article's dateline: the text before the first dash or
 * colon of the body when it opens with a word in capitals ("NAIROBI, Nov 29
 * (Atlas Wire Service) - ", "БИШКЕК - "); 0 when there is none.
 */
static size_t dateline_end(const char *text, size_t len)
{
    size_t i = 0, max;

    while (i < len && isspace((unsigned char)text[i]))
        i++;
    if (i >= len || !capitals_word(text, len, i))
        return 0;
    max = len - i > DATELINE_MAX_BYTES ? i + DATELINE_MAX_BYTES : len;
    for (; i + 1 < max && text[i] != '\n'; i++) {
        if (text[i] == ':' && text[i + 1] == ' ')
            return i;
        if (text[i] == ' ' && text[i + 1] == '-' &&
            (i + 2 >= len || text[i + 2] == ' ' || text[i + 2] == '\n'))
            return i + 1;
        if (text[i] == ' ' && i + 3 < len && (unsigned char)text[i + 1] == 0xE2 &&
            (unsigned char)text[i + 2] == 0x80 &&
            ((unsigned char)text[i + 3] == 0x93 || (unsigned char)text[i + 3] == 0x94))
            return i + 1;
    }
    return 0;
}

/*
 * Whether the word at `at` goes on in lower case after a hyphen
 * ("Ninety-four", "Well-known"): at a sentence's start, a word of the
 * compound, not a name.
 */
static bool lower_compound(const char *text, size_t len, size_t at)
{
    size_t e = at;

    while (e < len && word_byte((unsigned char)text[e]))
        e++;
    return e + 1 < len && text[e] == '-' && letter_case(text, e + 1, len) < 0;
}

/*
 * The oblique cases of the Russian and Ukrainian adjectives in -ский/-ський
 * (genitive, dative, instrumental, prepositional): "Баткенской",
 * "Херсонського". The nominative ("Баткенская", "Херсонський") is not here.
 */
static const char *const case_adjective_endings[] = {
    "ской",  "ского",  "скому",  "ским",  "ском",  "ских",
    "ської", "ського", "ському", "ським", "ській", "ських",
};

/*
 * Cuts a trailing adjective in an oblique case off a name of two words or
 * more: the recogniser takes "Ак-Булак Баткенской" out of "села Ак-Булак
 * Баткенской области" (the village of Ak-Bulak of Batken region), whose
 * last word qualifies the name by the region and is no part of it.
 */
static void cut_case_adjective(const char *text, size_t len, struct td_mention *m)
{
    size_t k, n, e = m->end, w = m->end;

    /*
     * Only before the lower-case noun it agrees with ("области", "премии"): a
     * surname declines alike ("с Аркадием Лебединским, скончавшимся ...").
     */
    if (e + 1 >= len || text[e] != ' ' || letter_case(text, e + 1, len) >= 0)
        return;
    while (w > m->start && text[w - 1] != ' ')
        w--;
    if (w <= m->start + 1)
        return;
    for (k = 0; k < sizeof(case_adjective_endings) / sizeof(case_adjective_endings[0]); k++) {
        n = strlen(case_adjective_endings[k]);
        if (e - w > n && memcmp(text + e - n, case_adjective_endings[k], n) == 0) {
            m->end_cp -= utf8_count(text + w - 1, e - w + 1);
            m->end = w - 1;
            return;
        }
    }
}

void casing_trim(const struct tl_casing *c, const char *text, size_t len, const char *lang,
                 struct td_mention_list *l)
{
    size_t i, k = 0, dl = dateline_end(text, len);

    for (i = 0; i < l->n; i++) {
        /* The dateline's place and outlet are the report's, not the story's. */
        if (l->items[i].end <= dl)
            continue;
        if (sentence_start(text, l->items[i].start) && lower_compound(text, len, l->items[i].start))
            continue;
        cut_case_adjective(text, len, &l->items[i]);
        if (trim_mention(c, text, lang, &l->items[i]) && !lone_opener(c, text, &l->items[i]))
            l->items[k++] = l->items[i];
    }
    l->n = k;
}
