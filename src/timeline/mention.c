/*
 * mention.c - the dated sentences of one article: each concrete date the
 * tagger found becomes a mention with its sentence, an excerpt for
 * display and a signature of content words and names that group.c compares
 * across articles.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/time.h"
#include "core/utf8.h"
#include "text/text.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

/* Longest excerpt kept for an event, in bytes (before the final "…"). */
#define EXCERPT_MAX_BYTES 240
/* A dated article adds its own publication as an event unless it mentions a date this close. */
#define PUBLICATION_NEAR_DAYS 7
/* A relative clause dating something this close before its report tells the story itself. */
#define RELATIVE_NEAR_DAYS 31
/* The longest label before the colon of a link line ("Διαβάστε επίσης:" is 30 bytes). */
#define LABEL_MAX_BYTES 48
/* The longest dateline on a line of its own ("BUDAPEST, Feb 4 (Lanternfish) -" is 32 bytes). */
#define DATELINE_MAX_BYTES 80

/*
 * Words whose full stop does not end a sentence ("Mr. Smith", "Gen. Lee",
 * German "1,2 Mrd. Euro", "Nr. 5", French "Mme Roux").
 */
static const char *const abbreviations[] = {
    "Mr",     "Mrs", "Ms",  "Dr",   "St",  "Jr",  "Sr",  "Gen",  "Sen", "Rep",  "Gov",
    "Prof",   "Inc", "Co",  "Corp", "Ltd", "No",  "vs",  "Mt",   "Lt",  "Col",  "Capt",
    "Sgt",    "Jan", "Feb", "Mar",  "Apr", "Aug", "Sep", "Sept", "Oct", "Nov",  "Dec",
    "approx", "Mrd", "Mio", "Tsd",  "Nr",  "bzw", "ca",  "Mme",  "Sra", "Dott",
};

/*
 * Whether the text after `i` goes on in lower case after white space: a
 * sentence starts with a capital or a digit, so a full stop before "рублей"
 * ("1,2 млрд. рублей") or "and" ("etc. and") ends none.
 */
static bool lower_case_follows(const char *text, size_t len, size_t i)
{
    int32_t cp;

    while (i < len && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t'))
        i++;
    if (i >= len)
        return false;
    cp = utf8_next(text, len, &i);
    return cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/*
 * Whether the full stop at `i` closes an abbreviation, an initial ("J.
 * Smith", "U.S.") or an ordinal of one or two digits ("am 7. Januar").
 */
static bool stop_is_abbreviation(const char *text, size_t i)
{
    size_t w = i, k, n;
    bool digits = true;

    while (w > 0 && isalnum((unsigned char)text[w - 1]))
        w--;
    n = i - w;
    if (n == 0 || (w > 0 && text[w - 1] != ' ' && text[w - 1] != '.' && text[w - 1] != '('))
        return false;
    for (k = w; k < i; k++)
        digits = digits && isdigit((unsigned char)text[k]);
    if ((digits && n <= 2) || (n == 1 && isupper((unsigned char)text[w])))
        return true;
    for (k = 0; k < sizeof(abbreviations) / sizeof(abbreviations[0]); k++)
        if (strlen(abbreviations[k]) == n && memcmp(abbreviations[k], text + w, n) == 0)
            return true;
    return false;
}

/*
 * Whether the byte at `i` is the last of a full stop, exclamation or
 * question mark of Chinese and Japanese (。 ！ ？), which ends a sentence
 * without a space after it.
 */
static bool cjk_stop_at(const char *text, size_t i)
{
    const unsigned char *u = (const unsigned char *)text;

    return i >= 2 && ((u[i - 2] == 0xE3 && u[i - 1] == 0x80 && u[i] == 0x82) ||
                      (u[i - 2] == 0xEF && u[i - 1] == 0xBC && (u[i] == 0x81 || u[i] == 0x9F)));
}

/*
 * Whether the byte at `i` ends a sentence: . ! ? followed by space, a blank
 * line, or the last byte of 。 ！ ？.
 */
static bool sentence_end_at(const char *text, size_t len, size_t i)
{
    char c = text[i];

    if (cjk_stop_at(text, i))
        return true;
    if (c == '\n')
        return i + 1 < len && text[i + 1] == '\n';
    if (c != '.' && c != '!' && c != '?')
        return false;
    if (c == '.' && stop_is_abbreviation(text, i))
        return false;
    /* Closing quotes may follow the mark: `."` and `.”` (E2 80 9D). */
    i++;
    while (i < len && (text[i] == '"' || text[i] == '\'' || text[i] == ')'))
        i++;
    if (i + 2 < len && (unsigned char)text[i] == 0xE2 && (unsigned char)text[i + 1] == 0x80 &&
        ((unsigned char)text[i + 2] == 0x9D || (unsigned char)text[i + 2] == 0x99))
        i += 3;
    if (i < len && !isspace((unsigned char)text[i]))
        return false;
    return c != '.' || !lower_case_follows(text, len, i);
}

void mention_sentence(const char *text, size_t len, size_t from, size_t to, size_t *start,
                      size_t *end)
{
    size_t s = from, e = to > from ? to : from;

    while (s > 0 && !sentence_end_at(text, len, s - 1) && text[s - 1] != '\n')
        s--;
    while (e < len && !sentence_end_at(text, len, e) && text[e] != '\n')
        e++;
    if (e < len && text[e] != '\n')
        e++; /* keep the full stop */
    while (e < len && (text[e] == '"' || text[e] == ')'))
        e++; /* and a closing quote or bracket after it */
    if (e + 2 < len && (unsigned char)text[e] == 0xE2 && (unsigned char)text[e + 1] == 0x80 &&
        ((unsigned char)text[e + 2] == 0x9D || (unsigned char)text[e + 2] == 0x99))
        e += 3;
    while (s < e && isspace((unsigned char)text[s]))
        s++;
    while (e > s && isspace((unsigned char)text[e - 1]))
        e--;
    *start = s;
    *end = e;
}

/* FNV-1a over a lower-cased word. */
static uint64_t word_hash(const char *w, size_t n)
{
    uint64_t h = TL_FNV_BASIS;
    size_t i;

    for (i = 0; i < n; i++) {
        h ^= (unsigned char)tolower((unsigned char)w[i]);
        h *= 1099511628211ULL;
    }
    return h & ~TL_MARK_BITS;
}

/* The byte length of the CJK ideograph or kana at `p` (U+3040..U+9FFF), else 0. */
static size_t cjk_letter(const char *p, const char *end)
{
    const unsigned char *u = (const unsigned char *)p;

    if (end - p < 3 || u[0] < 0xE3 || u[0] > 0xE9 || (u[0] == 0xE3 && u[1] < 0x81))
        return 0;
    return 3;
}

/*
 * Adds the pairs of neighbouring CJK letters of the word `w[0..n)` (these
 * scripts put no spaces between words, so a pair stands for a word or part
 * of one, weighed as half a word); returns whether the word had any.
 */
static enum td_err add_pairs(struct tl_mention *m, size_t *cap, const char *w, size_t n, bool *had)
{
    const char *p = w, *end = w + n;
    size_t a, b;

    *had = false;
    while (p < end) {
        a = cjk_letter(p, end);
        if (a == 0) {
            p++;
            continue;
        }
        *had = true;
        b = cjk_letter(p + a, end);
        if (b == 0) {
            p += a;
            continue;
        }
        if (td_grow((void **)&m->words, cap, m->nwords + 1, sizeof(*m->words)) != TD_OK)
            return TD_ERR_NOMEM;
        m->words[m->nwords++] = word_hash(p, a + b) | TL_PART_BIT;
        p += a;
    }
    return TD_OK;
}

/* Whether `p` starts a curly apostrophe or quote (E2 80 98..9F), which separates words. */
static bool is_curly(const char *p, const char *end)
{
    return end - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
           (unsigned char)p[2] >= 0x98 && (unsigned char)p[2] <= 0x9F;
}

/*
 * The byte length of the punctuation mark at `p`, else 0: Latin-1's
 * (U+00A0..U+00BF: no-break space, guillemets, inverted marks), the
 * General Punctuation block (U+2000..U+206F: dashes, curly quotes, bullets,
 * ellipsis), the CJK one (U+3000..U+303F: 、。「」【】) and the full-width
 * marks (U+FF01..U+FF0F, U+FF1A..U+FF20, U+FF3B..U+FF40, U+FF5B..U+FF65:
 * ，：（）). A mark separates words and is none: a live blog's "12 h 00 –
 * ..." lines share their en dash with every dateline of the story, not a word.
 */
static size_t punct_len(const char *p, const char *end)
{
    const unsigned char *u = (const unsigned char *)p;
    unsigned cp;

    if (end - p >= 2 && u[0] == 0xC2 && u[1] >= 0xA0 && u[1] <= 0xBF)
        return 2;
    if (end - p < 3 || (u[0] & 0xF0) != 0xE0 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
        return 0;
    cp = ((unsigned)(u[0] & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
                   (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
                   (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65)
               ? 3
               : 0;
}

static bool word_byte(const char *p, const char *end)
{
    unsigned char c = (unsigned char)*p;

    return isalnum(c) || (c >= 0x80 && punct_len(p, end) == 0) || c == '-';
}

static int cmp_u64(uint64_t a, uint64_t b)
{
    return (a & ~TL_NAME_BIT) < (b & ~TL_NAME_BIT) ? -1 : (a & ~TL_NAME_BIT) > (b & ~TL_NAME_BIT);
}

/* Sorts the words of `m` and folds duplicates, a name mark surviving its plain twin. */
static void sort_words(struct tl_mention *m)
{
    size_t i, j, k = 0;
    uint64_t w;

    for (i = 1; i < m->nwords; i++) {
        w = m->words[i];
        for (j = i; j > 0 && cmp_u64(m->words[j - 1], w) > 0; j--)
            m->words[j] = m->words[j - 1];
        m->words[j] = w;
    }
    for (i = 0; i < m->nwords; i++) {
        if (k > 0 && cmp_u64(m->words[k - 1], m->words[i]) == 0)
            m->words[k - 1] |= m->words[i] & TL_NAME_BIT;
        else
            m->words[k++] = m->words[i];
    }
    m->nwords = k;
}

/* Adds one word unless it is short, a number or a stop word. */
static enum td_err add_word(struct tl_mention *m, size_t *cap, const char *w, size_t n, bool first,
                            const char *lang)
{
    char low[64];
    size_t i;
    bool digits = true;

    if (n < 3 || n >= sizeof(low))
        return TD_OK;
    for (i = 0; i < n; i++) {
        low[i] = (char)tolower((unsigned char)w[i]);
        digits = digits && isdigit((unsigned char)w[i]);
    }
    if (digits || text_is_stopword(lang != NULL ? lang : "en", low, n) ||
        text_is_stopword("en", low, n))
        return TD_OK;
    if (td_grow((void **)&m->words, cap, m->nwords + 1, sizeof(*m->words)) != TD_OK)
        return TD_ERR_NOMEM;
    m->words[m->nwords++] =
        word_hash(w, n) | (!first && isupper((unsigned char)w[0]) ? TL_NAME_BIT : 0);
    return TD_OK;
}

enum td_err mention_words(struct tl_mention *m, const char *text, size_t start, size_t end,
                          size_t skip_start, size_t skip_end, const char *lang)
{
    const char *p = text + start, *e = text + end, *w;
    size_t cap = m->nwords, n;
    bool first = true, cjk;

    while (p < e) {
        if (!word_byte(p, e)) {
            p += punct_len(p, e) > 0 ? punct_len(p, e) : 1;
            continue;
        }
        for (w = p; p < e && word_byte(p, e); p++)
            ;
        n = (size_t)(p - w);
        /* "West's": the possessive belongs to the name. */
        if (p < e && (*p == '\'' || is_curly(p, e)) && (size_t)(e - p) > 1)
            p += *p == '\'' ? 1 : 3;
        /*
         * A word that starts inside the date expression is part of it; what
         * runs on past its end ("3月5日青云汽车...", no space after a CJK
         * date) is not.
         */
        if ((size_t)(w - text) >= skip_start && (size_t)(w - text) < skip_end) {
            if ((size_t)(w - text) + n <= skip_end)
                continue;
            n -= skip_end - (size_t)(w - text);
            w = text + skip_end;
        }
        if (add_pairs(m, &cap, w, n, &cjk) != TD_OK ||
            (!cjk && add_word(m, &cap, w, n, first, lang) != TD_OK))
            return TD_ERR_NOMEM;
        first = false;
    }
    sort_words(m);
    return TD_OK;
}

/* Moves `i` back to the start of the UTF-8 character holding it. */
static size_t char_start(const char *text, size_t i, size_t floor)
{
    while (i > floor && ((unsigned char)text[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/*
 * Moves the cuts [*from, *to) of an excerpt of [start, end) to the nearest
 * spaces inside, when one is within a short word's reach: "…word word…",
 * not "…rd word wo…".
 */
static void cut_at_words(const char *text, size_t start, size_t end, size_t *from, size_t *to)
{
    size_t i;

    for (i = 0; *from > start && i < 24 && *from + i < *to && text[*from + i] != ' '; i++)
        ;
    if (*from > start && i < 24 && *from + i < *to)
        *from += i + 1;
    for (i = 0; *to < end && i < 24 && *to - i > *from && text[*to - i - 1] != ' '; i++)
        ;
    if (*to < end && i < 24 && *to - i > *from)
        *to -= i + 1;
}

char *mention_excerpt(const char *text, size_t start, size_t end, size_t anchor)
{
    struct td_buf b;
    size_t from = start, to = end, i;
    bool space = false;

    if (end - start > EXCERPT_MAX_BYTES) {
        if (anchor > start + EXCERPT_MAX_BYTES / 2)
            from = char_start(text, anchor - EXCERPT_MAX_BYTES / 2, start);
        to =
            from + EXCERPT_MAX_BYTES < end ? char_start(text, from + EXCERPT_MAX_BYTES, from) : end;
        cut_at_words(text, start, end, &from, &to);
    }
    td_buf_init(&b, 0);
    if (from > start && td_buf_adds(&b, "…") != TD_OK)
        goto oom;
    for (i = from; i < to; i++) {
        if (isspace((unsigned char)text[i])) {
            space = true;
            continue;
        }
        if ((space && b.len > 0 && td_buf_addc(&b, ' ') != TD_OK) ||
            td_buf_addc(&b, text[i]) != TD_OK)
            goto oom;
        space = false;
    }
    if (to < end && td_buf_adds(&b, "…") != TD_OK)
        goto oom;
    return td_buf_take(&b, NULL);
oom:
    td_buf_release(&b);
    return NULL;
}

/*
 * Whether the sentence `text[s..e)` is a page's copyright line ("© 2025
 * Meridian Wire", "Copyright 2024 ..."): its year dates the page, not a
 * happening.
 */
static bool copyright_line(const char *text, size_t s, size_t e)
{
    static const char mark[] = "\xC2\xA9", word[] = "copyright";
    size_t i, n = sizeof(word) - 1;

    for (i = s; i + 1 < e; i++) {
        if (memcmp(text + i, mark, 2) == 0)
            return true;
        if (i + n <= e && strncasecmp(text + i, word, n) == 0)
            return true;
    }
    return false;
}

/* Whether `text[s..e)` is a whole line of `text` (of `len` bytes), white space aside. */
static bool whole_line(const char *text, size_t len, size_t s, size_t e)
{
    while (s > 0 && text[s - 1] != '\n' && isspace((unsigned char)text[s - 1]))
        s--;
    while (e < len && text[e] != '\n' && isspace((unsigned char)text[e]))
        e++;
    return (s == 0 || text[s - 1] == '\n') && (e == len || text[e] == '\n');
}

/*
 * Whether `text[s..e)` ends as a sentence does: . ! ? 。 ！ ？ and the
 * Devanagari danda, or a quote or bracket after one.
 */
static bool ends_as_sentence(const char *text, size_t s, size_t e)
{
    static const char *const stops[] = {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F",
                                        "\xE2\x80\x9D", "\xC2\xBB",     "\xE0\xA5\xA4"};
    size_t k;

    if (e <= s)
        return false;
    if (strchr(".!?\")'", text[e - 1]) != NULL)
        return true;
    for (k = 0; k < sizeof(stops) / sizeof(stops[0]); k++)
        if (e - s >= 3 && memcmp(text + e - strlen(stops[k]), stops[k], strlen(stops[k])) == 0)
            return true;
    return false;
}

/*
 * Whether `text[s..e)` opens with a label: a bracketed one ("【相关阅读】",
 * "【関連記事】") or at most four words with a letter, then a colon ("Lesen
 * Sie auch:", "Te puede interesar:", "Related:", "Читайте также:").
 */
static bool opens_with_label(const char *text, size_t s, size_t e)
{
    static const char open_bracket[] = "\xE3\x80\x90"; /* 【 */
    size_t i, words = 1;
    bool letter = false;

    if (e - s >= 3 && memcmp(text + s, open_bracket, 3) == 0)
        return true;
    for (i = s; i < e && i - s <= LABEL_MAX_BYTES; i++) {
        if (text[i] == ':' || (e - i >= 3 && memcmp(text + i, "\xEF\xBC\x9A", 3) == 0))
            return letter && i > s;
        if (text[i] == ' ')
            words += text[i + 1] != ' ' && text[i + 1] != ':';
        letter = letter || (unsigned char)text[i] >= 0x80 || isalpha((unsigned char)text[i]);
        if (words > 4 || strchr(".!?|", text[i]) != NULL)
            return false;
    }
    return false;
}

/*
 * Whether the sentence `text[s..e)` is a link to another article: a line of
 * its own that opens with a label and ends without a full stop, a headline
 * ("Lesen Sie auch: Hamburger Hafen meldet Umschlagsrekord im April",
 * "【相关阅读】东非共同体峰会将于下月在阿鲁沙举行"). Its date is another story's.
 */
static bool link_line(const char *text, size_t len, size_t s, size_t e)
{
    return whole_line(text, len, s, e) && !ends_as_sentence(text, s, e) &&
           opens_with_label(text, s, e);
}

/* The line of `text` (of `len` bytes) around byte `at`, white space trimmed: [*s, *e). */
static void line_around(const char *text, size_t len, size_t at, size_t *s, size_t *e)
{
    *s = at;
    *e = at;
    while (*s > 0 && text[*s - 1] != '\n')
        (*s)--;
    while (*e < len && text[*e] != '\n')
        (*e)++;
    while (*s < *e && isspace((unsigned char)text[*s]))
        (*s)++;
    while (*e > *s && isspace((unsigned char)text[*e - 1]))
        (*e)--;
}

/* How many times `c` stands between spaces in `text[s..e)` (" | "). */
static size_t separators(const char *text, size_t s, size_t e, char c)
{
    size_t i, n = 0;

    for (i = s + 1; i + 1 < e; i++)
        n += text[i] == c && text[i - 1] == ' ' && text[i + 1] == ' ';
    return n;
}

/*
 * Whether `text[s..e)` numbers a list inline: "1." and later "2." each
 * after a space, with words between ("Most read: 1. Council approves new
 * bus lanes 2. Heat pump grants ...").
 */
static bool numbered_list(const char *text, size_t s, size_t e)
{
    size_t i, one = SIZE_MAX;

    for (i = s + 1; i + 2 < e; i++) {
        if (text[i - 1] != ' ' || text[i + 1] != '.' || text[i + 2] != ' ')
            continue;
        if (text[i] == '1' && (i < 2 || !isdigit((unsigned char)text[i - 2])))
            one = i;
        else if (text[i] == '2' && one != SIZE_MAX && i > one + 8)
            return true;
    }
    return false;
}

/*
 * Whether `text[s..e)` (a trimmed line) is a dateline on a line of its own:
 * a few words ending in a dash after a space or a full stop ("BUDAPEST, Feb
 * 4 (Lanternfish) -", "VAL-SÉVRINE (Savoie) –", "MADRID.-"). Its date is the
 * report's, told again where the report itself tells it.
 */
static bool dateline_line(const char *text, size_t s, size_t e)
{
    static const char *const dashes[] = {"\xE2\x80\x93", "\xE2\x80\x94"}; /* – — */
    size_t k, n = 0;

    if (e - s > DATELINE_MAX_BYTES)
        return false;
    if (text[e - 1] == '-')
        n = 1;
    for (k = 0; n == 0 && k < sizeof(dashes) / sizeof(dashes[0]); k++)
        if (e - s > 3 && memcmp(text + e - 3, dashes[k], 3) == 0)
            n = 3;
    return n > 0 && e - s > n && (text[e - n - 1] == ' ' || text[e - n - 1] == '.');
}

/* The number of one or two digits and a full stop that open `text[s..e)` ("2. "), else -1. */
static int item_number(const char *text, size_t s, size_t e)
{
    size_t i = s;
    int v = 0;

    while (i < e && i - s < 2 && isdigit((unsigned char)text[i]))
        v = v * 10 + (text[i++] - '0');
    if (i == s || i + 1 >= e || text[i] != '.' || text[i + 1] != ' ')
        return -1;
    return v;
}

/*
 * The trimmed line next to the one at [s, e) of `text`, blank lines
 * skipped: the one before (`ahead` false) or after. [*ns, *ne) is empty at
 * either end of the text.
 */
static void neighbour_line(const char *text, size_t len, size_t s, size_t e, bool ahead, size_t *ns,
                           size_t *ne)
{
    size_t i = ahead ? e : s;

    *ns = *ne = i;
    if (ahead) {
        while (i < len && isspace((unsigned char)text[i]))
            i++;
        if (i < len)
            line_around(text, len, i, ns, ne);
        return;
    }
    while (i > 0 && isspace((unsigned char)text[i - 1]))
        i--;
    if (i > 0)
        line_around(text, len, i - 1, ns, ne);
}

/*
 * Whether the line [s, e) is an item of a numbered list of headlines: it
 * opens with "N. ", the line before or after carries the number next to it,
 * and it ends without a full stop ("Most read" / "Les plus lus" / "Lo más
 * leído" and then "1. ..." "2. ..." "3. ..." a line each).
 */
static bool list_item_line(const char *text, size_t len, size_t s, size_t e)
{
    int v = item_number(text, s, e);
    size_t ps, pe, ns, ne;

    if (v < 0 || ends_as_sentence(text, s, e))
        return false;
    neighbour_line(text, len, s, e, false, &ps, &pe);
    neighbour_line(text, len, s, e, true, &ns, &ne);
    return (pe > ps && item_number(text, ps, pe) == v - 1) ||
           (ne > ns && item_number(text, ns, ne) == v + 1);
}

/*
 * Whether the line around byte `at` is page furniture rather than the
 * report: a list of links set apart by bars ("More in World: Storm knocks
 * out power ... | Parliament debates ... | Tags: ..."; two bars at least,
 * as a live blog's "16:40 BST | ..." has one), a labelled list numbered
 * inline ("Lo más leído: 1. ... 2. ...") or a line each
 * (`list_item_line`), a whole line in brackets (a caption or credit:
 * "(Photo: Shoes left at the gate on Sunday. ...)"), a dateline of its own
 * (`dateline_line`) or a labelled line that ends as no sentence (a
 * newsletter's or a link's call).
 * Its dates are other stories' or the picture's.
 */
static bool furniture_line(const char *text, size_t len, size_t at)
{
    size_t s, e;

    line_around(text, len, at, &s, &e);
    if (e - s < 2)
        return false;
    if (separators(text, s, e, '|') >= 2)
        return true;
    if (text[s] == '(' && text[e - 1] == ')')
        return true;
    /* "【本社報道部】": a bracketed label alone on its line (E3 80 90 ... E3 80 91). */
    if (e - s >= 6 && memcmp(text + s, "\xE3\x80\x90", 3) == 0 &&
        memcmp(text + e - 3, "\xE3\x80\x91", 3) == 0)
        return true;
    if (dateline_line(text, s, e) || list_item_line(text, len, s, e))
        return true;
    /* A labelled line that ends as no sentence: "Newsletter: ... per E-Mail. Jetzt anmelden". */
    if (opens_with_label(text, s, e) && !ends_as_sentence(text, s, e))
        return true;
    return opens_with_label(text, s, e) && numbered_list(text, s, e);
}

/* Appends a mention for `date` in the sentence around [tstart, tend). */
static enum td_err add_mention(struct tl_mention_list *out, size_t art,
                               const struct td_timeline_input *in, const struct tl_date *date,
                               size_t tstart, size_t tend, bool is_pub, struct text_analyzer *a)
{
    struct tl_mention *m;
    size_t s, e;

    if (td_grow((void **)&out->items, &out->cap, out->n + 1, sizeof(*out->items)) != TD_OK)
        return TD_ERR_NOMEM;
    mention_sentence(in->text, in->text_len, tstart, tend, &s, &e);
    m = &out->items[out->n];
    memset(m, 0, sizeof(*m));
    m->art = art;
    m->date = *date;
    m->start = s;
    m->end = e;
    m->tx_start = tstart;
    m->tx_end = tend;
    m->is_publication = is_pub;
    if (mention_words(m, in->text, s, e, tstart, tend, in->lang) != TD_OK ||
        mention_xkeys(m, a, in->text, in->lang) != TD_OK) {
        td_free(m->words);
        td_free(m->xkeys);
        return TD_ERR_NOMEM;
    }
    out->n++;
    return TD_OK;
}

/* The calendar value of timex `t`, with year-less values pinned to the publication date. */
static bool timex_date(const struct td_timex *t, const struct tl_date *pub, bool has_pub,
                       struct tl_date *out)
{
    if (t->type != TD_TIMEX_DATE && t->type != TD_TIMEX_TIME)
        return false;
    if (tl_date_parse(t->value, out))
        return true;
    return has_pub && tl_date_resolve(t->value, pub->last_day, out);
}

/*
 * text[from, to) lower-cased (ASCII), with runs of white space as one space,
 * no space at either end, and curly apostrophes as '. Returns false when it
 * does not fit in `cap` bytes.
 */
static bool norm_words(const char *text, size_t from, size_t to, char *out, size_t cap)
{
    size_t n = 0, i = from;
    char c;

    while (i < to) {
        c = text[i];
        if (isspace((unsigned char)c)) {
            c = ' ';
            while (i + 1 < to && isspace((unsigned char)text[i + 1]))
                i++;
        } else if (to - i >= 3 && memcmp(text + i, "\xE2\x80\x99", 3) == 0) {
            c = '\'';
            i += 2;
        }
        i++;
        if (c == ' ' && (n == 0 || i >= to))
            continue;
        if (n + 1 >= cap)
            return false;
        out[n++] = (char)tolower((unsigned char)c);
    }
    out[n] = '\0';
    return true;
}

/*
 * Whether `s` is one of the NULL-terminated `words`, or (`prefix`) starts
 * with one followed by a space or a comma ("her, dass").
 */
static bool is_one_of(const char *s, const char *const *words, bool prefix)
{
    size_t n;

    for (; *words != NULL; words++) {
        n = strlen(*words);
        if (strncmp(s, *words, n) == 0 &&
            (s[n] == '\0' || (prefix && (s[n] == ' ' || s[n] == ','))))
            return true;
    }
    return false;
}

/* Whether `s` ends with one of `words`, a whole word at the start of it. */
static bool ends_with_one_of(const char *s, const char *const *words)
{
    size_t n, k = strlen(s);

    for (; *words != NULL; words++) {
        n = strlen(*words);
        if (n <= k && strcmp(s + k - n, *words) == 0 && (n == k || s[k - n - 1] == ' '))
            return true;
    }
    return false;
}

/* The precision a span of whole units back from a day keeps: "two years since" names a year. */
static enum td_date_precision unit_precision(const char *dur)
{
    size_t n = strlen(dur);
    char unit = n > 0 ? dur[n - 1] : '\0';

    return unit == 'Y' ? TD_DATE_YEAR : unit == 'M' ? TD_DATE_MONTH : TD_DATE_DAY;
}

/*
 * The wording of an anniversary in one language, each list NULL-terminated:
 * `mark` stands between a date and a span ("next month *will mark* a
 * year"), `since_now` before a span counted from the publication ("*it
 * has been* two years"), `since` after the span names what it is counted
 * from ("*since* she filed"), and `passed` after a span with nothing
 * before it ("ten days *have passed since*").
 */
struct anniversary_words {
    const char *lang;
    const char *const *mark, *const *since_now, *const *since, *const *passed;
};

#define WORDS(...) ((const char *const[]){__VA_ARGS__, NULL})
static const char *const no_words[] = {NULL};

static const struct anniversary_words anniversary_langs[] = {
    {"en", WORDS("will mark", "would mark", "marks", "marked", "mark", "will be", "would be", "is"),
     WORDS("has been", "have been", "it's been", "it is"), WORDS("since"),
     WORDS("has passed since", "have passed since", "has gone by since", "have gone by since")},
    /* "Hoy se cumplen diez años de la tragedia", "han pasado dos años desde que ..." */
    {"es",
     WORDS("se cumple", "se cumplen", "se cumplirá", "se cumplirán", "se cumplió", "se cumplieron",
           "se cumplía", "se cumplían"),
     WORDS("han pasado", "ha pasado", "han transcurrido", "ha transcurrido", "se cumple",
           "se cumplen"),
     WORDS("de", "del", "desde"), no_words},
    /* "Cela fait deux ans que ...", "deux ans se sont écoulés depuis ..." */
    {"fr", WORDS("marque", "marquera", "marquait"), WORDS("cela fait", "ça fait", "Ça fait"),
     WORDS("que", "depuis"),
     WORDS("se sont écoulés depuis", "s'est écoulé depuis", "sont passés depuis")},
    /* "Oggi ricorrono dieci anni dalla strage", "sono passati due anni da ..." */
    {"it", WORDS("ricorre", "ricorrono", "ricorrerà", "ricorreranno"),
     WORDS("sono passati", "è passato", "sono trascorsi", "è trascorso", "ricorre", "ricorrono"),
     WORDS("da", "dal", "dalla", "dallo", "dai", "dalle", "dagli"), no_words},
    /* "Heute ist es zehn Jahre her, dass ...", "zwei Jahre sind vergangen, seit ..." */
    {"de", WORDS("ist es", "sind es", "war es", "waren es"), WORDS("es ist", "es sind"),
     WORDS("her"), WORDS("sind vergangen, seit", "ist vergangen, seit")},
    /* "Hoje faz um ano que ...", "completam-se dez anos da tragédia" */
    {"pt", WORDS("faz", "fazem", "completa-se", "completam-se", "se completa", "se completam"),
     WORDS("faz", "fazem", "passaram-se", "passou-se", "completa-se", "completam-se"),
     WORDS("que", "de", "do", "da", "desde"), no_words},
};

/* The anniversary wording of language `lang` (NULL: English), or NULL for none. */
static const struct anniversary_words *anniversary_words_of(const char *lang)
{
    size_t k;

    for (k = 0; k < sizeof(anniversary_langs) / sizeof(anniversary_langs[0]); k++)
        if (strncmp(lang != NULL ? lang : "en", anniversary_langs[k].lang, 2) == 0)
            return &anniversary_langs[k];
    return NULL;
}

/*
 * Whether timex `i` of `tx` dates, by a span counted back, what the words
 * after the span tell: "Next month will mark a year since she filed"
 * (the filing: next month a year back) or, from the publication date `pub`,
 * "It has been two years since the couple split". In English, Spanish,
 * French, German, Italian and Portuguese wording (anniversary_langs).
 */
static bool anniversary(const struct td_timeline_input *in, const struct td_timex_list *tx,
                        size_t i, const struct tl_date *pub, bool has_pub, struct tl_date *out)
{
    const struct anniversary_words *w = anniversary_words_of(in->lang);
    const struct td_timex *t = &tx->items[i], *span = t;
    const char *const *follow;
    char gap[48], after[48];
    struct tl_date anchor;
    size_t s, e;

    if (w == NULL)
        return false;
    follow = w->since;
    mention_sentence(in->text, in->text_len, t->start, t->end, &s, &e);
    if (t->type == TD_TIMEX_DATE && i + 1 < tx->n) {
        span = &tx->items[i + 1];
        if (span->type != TD_TIMEX_DURATION || span->start < t->end || span->end > e ||
            !norm_words(in->text, t->end, span->start, gap, sizeof(gap)) ||
            !is_one_of(gap, w->mark, false) || !tl_date_parse(t->value, &anchor))
            return false;
    } else if (t->type == TD_TIMEX_DURATION && has_pub) {
        if (!norm_words(in->text, t->start - (t->start - s > 32 ? 32 : t->start - s), t->start, gap,
                        sizeof(gap)))
            return false;
        if (!ends_with_one_of(gap, w->since_now))
            follow = w->passed;
        anchor = *pub;
        if (unit_precision(t->value) < anchor.prec)
            anchor.prec = unit_precision(t->value);
    } else {
        return false;
    }
    norm_words(in->text, span->end, span->end + (e - span->end > 32 ? 32 : e - span->end), after,
               sizeof(after));
    return is_one_of(after, follow, true) && tl_date_minus(&anchor, span->value, anchor.prec, out);
}

/*
 * The pluperfect of one language: its auxiliaries, and the endings of a
 * past participle right after one ("had been", "had listed"; not "had
 * dinner"). NULL-terminated.
 */
struct pluperfect_words {
    const char *lang;
    const char *const *aux, *const *ending;
};

static const struct pluperfect_words pluperfect_langs[] = {
    {"en", WORDS("had"), WORDS("been", "ed", "en", "wn")},
    {"fr", WORDS("avait", "avaient"), WORDS("été", "é", "ée", "és", "ées", "i", "is", "it", "u")},
    {"es", WORDS("había", "habían"), WORDS("ado", "ada", "ados", "adas", "ido", "ida", "idos")},
    {"sv", WORDS("hade"), WORDS("t", "ts", "ats", "its")},
};

/* Whether `w[0..n)` ends with one of `endings`. */
static bool ends_in(const char *w, size_t n, const char *const *endings)
{
    size_t k;

    for (; *endings != NULL; endings++) {
        k = strlen(*endings);
        if (k <= n && memcmp(w + n - k, *endings, k) == 0)
            return true;
    }
    return false;
}

/* Whether the clause `clause` (lower case, words one space apart) has a pluperfect of `lang`. */
static bool has_pluperfect(const char *clause, const char *lang)
{
    const struct pluperfect_words *pw = NULL;
    const char *w = clause, *next, *end;
    size_t k;

    for (k = 0; k < sizeof(pluperfect_langs) / sizeof(pluperfect_langs[0]); k++)
        if (strncmp(lang != NULL ? lang : "en", pluperfect_langs[k].lang, 2) == 0)
            pw = &pluperfect_langs[k];
    while (pw != NULL && w != NULL && *w != '\0') {
        next = strchr(w, ' ');
        if (next != NULL && is_one_of(w, pw->aux, true)) {
            end = strchr(next + 1, ' ');
            if (end == NULL)
                end = next + 1 + strlen(next + 1);
            if (ends_in(next + 1, (size_t)(end - next - 1), pw->ending))
                return true;
        }
        w = next != NULL ? next + 1 : NULL;
    }
    return false;
}

/*
 * Whether the date `d` at `tx_start` is background to the story rather
 * than a happening it reports: told in the pluperfect ("the line had been
 * inspected in May", "avait été proposé en mars"), inside a relative clause
 * that describes a thing ("The carrier, which began flying in 2019,
 * operates ...") and dates something more than a month before the report
 * `pub` (a clause that dates the story's own happening stays: "which
 * started in Valencia ten days ago"), a deadline after the report ("until
 * 30 September", a target), or a bare year that is no happening
 * (`tense_year_background`). Only its clause counts: from the last comma,
 * semicolon or bracket before it. A clause on a person ("West, who she'd
 * been married to since 2014") is the person's story, and stays.
 */
static bool background(const struct td_timeline_input *in, size_t s, size_t tx_start,
                       const struct tl_date *d, const struct tl_date *pub, bool *by_year)
{
    char clause[160];
    size_t c = tx_start;
    bool ok;

    while (c > s && in->text[c - 1] != ',' && in->text[c - 1] != ';' && in->text[c - 1] != '(')
        c--;
    ok = tx_start - c < sizeof(clause) && norm_words(in->text, c, tx_start, clause, sizeof(clause));
    *by_year = false;
    if (ok && c > s && in->text[c - 1] == ',' &&
        (in->lang == NULL || strncmp(in->lang, "en", 2) == 0) &&
        is_one_of(clause, WORDS("which"), true) &&
        (pub == NULL || d->last_day < pub->first_day - RELATIVE_NEAR_DAYS))
        return true;
    if (ok && has_pluperfect(clause, in->lang))
        return true;
    if (pub != NULL && tense_future_deadline(in, s, tx_start, d, pub))
        return true;
    *by_year = pub != NULL && tense_year_background(ok ? clause : NULL, d, pub);
    return *by_year;
}

/* Whether some mention of article `art` (from index `from` on) is near its publication. */
static bool mentions_near(const struct tl_mention_list *l, size_t from, const struct tl_date *pub)
{
    size_t i;

    for (i = from; i < l->n; i++)
        if (l->items[i].date.last_day >= pub->first_day - PUBLICATION_NEAR_DAYS &&
            l->items[i].date.first_day <= pub->last_day + 1)
            return true;
    return false;
}

/*
 * Whether `text[s..e)` holds two words or more: a space between letters, or
 * two ideographs or kana of the scripts written without spaces.
 */
static bool several_words(const char *text, size_t s, size_t e)
{
    size_t i;

    for (i = s; i < e; i++)
        if (text[i] == ' ' ||
            (cjk_letter(text + i, text + e) > 0 && cjk_letter(text + i + 3, text + e) > 0))
            return true;
    return false;
}

/*
 * The article's lead: the first sentence of its first line that ends as a
 * sentence, is no furniture and has more than one word, past a
 * dateline on a line of its own ("ÖSTERSUND -", "मुंबई।"), a byline ("Av
 * Lisa Brännström") or a caption; the
 * first sentence of the text when no line qualifies.
 */
static void lead_sentence(const char *text, size_t len, size_t *s, size_t *e)
{
    size_t at = 0, ls, le;

    while (at < len) {
        line_around(text, len, at, &ls, &le);
        if (several_words(text, ls, le) && ends_as_sentence(text, ls, le) &&
            !furniture_line(text, len, ls)) {
            mention_sentence(text, len, ls, ls, s, e);
            return;
        }
        while (at < len && text[at] != '\n')
            at++;
        at++;
    }
    mention_sentence(text, len, 0, 0, s, e);
}

bool mention_on_copyright(const char *text, size_t len, size_t start, size_t end)
{
    size_t s, e;

    mention_sentence(text, len, start, end, &s, &e);
    return copyright_line(text, s, e);
}

bool mention_on_furniture(const char *text, size_t len, size_t start, size_t end)
{
    size_t s, e;

    mention_sentence(text, len, start, end, &s, &e);
    return copyright_line(text, s, e) || link_line(text, len, s, e) ||
           furniture_line(text, len, start);
}

/*
 * Whether the date `d` of timex `t` (in the sentence [s, e) of `in`) dates
 * no happening: it stands on a copyright, link or furniture line, or names
 * a traded contract's month.
 */
static bool no_happening(const struct td_timeline_input *in, size_t s, size_t e,
                         const struct td_timex *t, const struct tl_date *d)
{
    return copyright_line(in->text, s, e) || link_line(in->text, in->text_len, s, e) ||
           furniture_line(in->text, in->text_len, t->start) ||
           tense_contract_month(in, s, e, t->start, t->end, d);
}

/* Moves the date `*d` of timex `t` ahead of the publication `pd` when its sentence says so. */
static void read_ahead(const struct td_timeline_input *in, size_t s, const struct td_timex *t,
                       const struct tl_date *pd, struct tl_date *d)
{
    if (!tense_next_year(in, s, t->start, t->end, pd, d))
        tense_planned_ahead(in, s, t->start, t->end, pd, d);
}

enum td_err mention_collect(struct tl_mention_list *out, size_t art,
                            const struct td_timeline_input *in, const struct td_timex_list *tx,
                            const struct td_pubdate *pub, struct text_analyzer *a)
{
    struct tl_date pd, d;
    bool has_pub = pub->source != TD_DATE_SOURCE_NONE && tl_date_parse(pub->date, &pd);
    size_t i, from = out->n, s, e;
    bool by_year = false;

    for (i = 0; i < tx->n; i++) {
        bool counted = anniversary(in, tx, i, &pd, has_pub, &d);

        if (!counted && !timex_date(&tx->items[i], &pd, has_pub, &d))
            continue;
        mention_sentence(in->text, in->text_len, tx->items[i].start, tx->items[i].end, &s, &e);
        if (no_happening(in, s, e, &tx->items[i], &d))
            continue;
        if (out->n > from && out->items[out->n - 1].start == s)
            tense_weekday_range(in, &out->items[out->n - 1], tx->items[i].start, tx->items[i].end,
                                &d);
        if (has_pub && !counted)
            read_ahead(in, s, &tx->items[i], &pd, &d);
        if (add_mention(out, art, in, &d, tx->items[i].start, tx->items[i].end, false, a) != TD_OK)
            return TD_ERR_NOMEM;
        out->items[out->n - 1].is_background =
            !counted && background(in, s, tx->items[i].start, &d, has_pub ? &pd : NULL, &by_year);
        out->items[out->n - 1].is_years_back = !counted && by_year && tense_years_back(&d, &pd);
        /* The span a date counted back by is used up ("hoy se cumplen diez años de"). */
        if (counted && tx->items[i].type != TD_TIMEX_DURATION)
            i++;
    }
    /*
     * A given date far from everything the article dates means the article
     * is itself the news (a retrospective, an interview): its lead sentence
     * stands for it. Estimated dates are too loose to add events.
     */
    if (pub->source != TD_DATE_SOURCE_GIVEN || !has_pub || mentions_near(out, from, &pd))
        return TD_OK;
    lead_sentence(in->text, in->text_len, &s, &e);
    if (s >= e)
        return TD_OK;
    /* A lead that dates something itself already says what the article reports. */
    for (i = from; i < out->n; i++)
        if (out->items[i].start == s)
            return TD_OK;
    return add_mention(out, art, in, &pd, s, s, true, a);
}

void mention_list_release(struct tl_mention_list *l)
{
    size_t i;

    for (i = 0; i < l->n; i++) {
        td_free(l->items[i].words);
        td_free(l->items[i].xkeys);
    }
    td_free(l->items);
    memset(l, 0, sizeof(*l));
}
