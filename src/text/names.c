/*
 * names.c - capitalisation-based proper-name spotting for clustering: a
 * word written with a capital where no sentence starts is very likely a
 * name (person, place, organisation), and names are what tie the articles
 * of one story together, across languages too, since they are rarely
 * translated. Names in Cyrillic, Greek and katakana are passed on in Latin
 * letters (translit.c), so they meet their usual spelling in other
 * languages. Entity extraction proper comes in extract/.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "core/utf8.h"
#include "text/text_int.h"
#include "core/banned.h"

/* Scanner state for one call. */
struct name_scan {
    const struct stop_list *stops; /* of the text's language; may be NULL */
    const struct stop_list *en;    /* English, skipped in every language */
    text_term_fn fn;
    void *ctx;
    struct text_analyzer *an; /* owns the transliterator; NULL: names keep their script */
    struct td_buf word;       /* the normalised word being emitted */
    struct td_buf latin;      /* its Latin spelling, for Cyrillic, Greek and katakana */
    bool sentence_start;      /* no word yet since the last sentence end */
    bool russian;             /* the text is Russian or Ukrainian: surnames decline */
    struct norm_scratch scratch;
    struct td_error *err;
};

/* What scanning a word found out about it. */
struct word_shape {
    bool all_upper; /* no lower-case letter */
    bool foreign;   /* has a Cyrillic, Greek or katakana letter: transliterate it */
};

static bool is_letter(int32_t cp)
{
    utf8proc_category_t c;

    /* ASCII is most of the text in most languages: no table lookup for it. */
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    c = utf8proc_category(cp);

    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
           c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LO ||
           c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_MN ||
           c == UTF8PROC_CATEGORY_MC;
}

static bool is_upper(int32_t cp)
{
    utf8proc_category_t c;

    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    c = utf8proc_category(cp);

    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* Punctuation after which the next word starts a sentence. */
static bool ends_sentence(int32_t cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == ':' || cp == 0x3002 ||
           cp == 0x2026 || cp == ';';
}

/*
 * What an ASCII byte between words is to the scan, as a table: 0 for a
 * letter or a byte from 0x80 up (a word, or a character to decode), 1 for
 * any other byte, 2 for one that ends a sentence (ends_sentence()).
 */
#define ENDS(c) ((c) == '.' || (c) == '!' || (c) == '?' || (c) == '\n' || (c) == ':' || (c) == ';')
#define GAP(c) ((c) >= 0x80 || ((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') ? 0 \
                : ENDS(c)                                                          ? 2 \
                                                                                   : 1)
#define GAP4(c) GAP(c), GAP((c) + 1), GAP((c) + 2), GAP((c) + 3)
#define GAP16(c) GAP4(c), GAP4((c) + 4), GAP4((c) + 8), GAP4((c) + 12)
#define GAP64(c) GAP16(c), GAP16((c) + 16), GAP16((c) + 32), GAP16((c) + 48)
static const unsigned char gap_kind[256] = {GAP64(0), GAP64(64), GAP64(128), GAP64(192)};
#undef GAP64
#undef GAP16
#undef GAP4
#undef GAP
#undef ENDS

/*
 * Month and weekday names, which English (and German, for every noun)
 * capitalise and other languages do not: they name no one, and as anchor
 * terms (matched across languages) they only keep an English article from
 * matching its translation. Case folded, sorted (bytes) for bsearch.
 */
static const char *const calendar_words[] = {
    "april", "august", "december", "dezember", "dienstag", "donnerstag", "februar", "february",
    "freitag", "friday", "januar", "january", "juli", "july", "june", "juni", "march",
    "mittwoch", "monday", "montag", "märz", "november", "october", "oktober", "samstag",
    "saturday", "september", "sonnabend", "sonntag", "sunday", "thursday", "tuesday",
    "wednesday",
};

static int cmp_word(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

static bool is_calendar_word(const char *w, size_t len)
{
    char buf[16];

    if (len >= sizeof(buf))
        return false;
    memcpy(buf, w, len);
    buf[len] = '\0';
    return bsearch(buf, calendar_words, sizeof(calendar_words) / sizeof(calendar_words[0]),
                   sizeof(calendar_words[0]), cmp_word) != NULL;
}

/*
 * Emits the Latin spelling of the normalised word in `ns->word`; the word
 * itself when transliteration leaves less than two letters of it.
 */
static enum td_err emit_latin(struct name_scan *ns, enum text_token_kind kind)
{
    struct translit *t;
    enum td_err rc = analyzer_translit(ns->an, &t, ns->err);

    if (rc != TD_OK)
        return rc;
    if (ns->russian && translit_nominative_ru(&ns->word) != TD_OK)
        return TD_ERR_NOMEM;
    td_buf_reset(&ns->latin);
    rc = translit_latin(t, ns->word.data, ns->word.len, &ns->latin);
    if (rc != TD_OK)
        return rc;
    if (ns->latin.len >= 2)
        ns->fn(ns->ctx, ns->latin.data, ns->latin.len, kind);
    else
        ns->fn(ns->ctx, ns->word.data, ns->word.len, kind);
    return TD_OK;
}

/*
 * Normalises and emits one name candidate unless it is a stop word; months
 * and days as such. Stop words are looked up in the word's own script, so
 * a Russian "Но" opening a clause is dropped before transliteration.
 */
static enum td_err emit(struct name_scan *ns, const char *w, size_t len, bool foreign)
{
    enum td_err rc;
    enum text_token_kind kind;

    td_buf_reset(&ns->word);
    /* The text was validated once by `text_names`. */
    rc = normalize_append(&ns->scratch, w, len, &ns->word);
    if (rc != TD_OK)
        return rc; /* `text_names` words the message: none of it here, on the hot path */
    if (ns->word.len < 2 || ns->word.len > TEXT_MAX_TERM_BYTES)
        return TD_OK;
    if (stopwords_contain(ns->stops, ns->word.data, ns->word.len) ||
        stopwords_contain(ns->en, ns->word.data, ns->word.len))
        return TD_OK;
    kind = is_calendar_word(ns->word.data, ns->word.len) ? TEXT_TOKEN_CALENDAR : TEXT_TOKEN_WORD;
    if (foreign && ns->an != NULL)
        return emit_latin(ns, kind);
    ns->fn(ns->ctx, ns->word.data, ns->word.len, kind);
    return TD_OK;
}

/* Whether ASCII byte `c` can be inside a word (letters and digits). */
static bool ascii_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/*
 * End of the word whose first code point ends at `p` (letters, marks,
 * digits). A katakana letter ends it: katakana runs are words of their own
 * (see `katakana_end`), also where they follow kanji with no space.
 */
static size_t word_end(const char *s, size_t len, size_t p, struct word_shape *ws)
{
    /* Locals, not `ws`: stores through a pointer would be redone per byte (char aliases all). */
    bool all_upper = ws->all_upper, foreign = ws->foreign;

    while (p < len) {
        size_t q = p;
        int32_t cp;
        /* Lower-case ASCII runs are most of any text: no decoding for them. */
        if ((unsigned)(unsigned char)s[p] - 'a' < 26u) {
            all_upper = false;
            for (p++; p < len && (unsigned)(unsigned char)s[p] - 'a' < 26u; p++)
                ;
            continue;
        }
        if ((unsigned char)s[p] < 0x80) {
            unsigned char c = (unsigned char)s[p];
            if ((unsigned)c - 'a' < 26u)
                all_upper = false;
            else if (!ascii_word_byte(c))
                break;
            p++;
            continue;
        }
        cp = utf8_next_fast(s, len, &q);
        if (!is_letter(cp))
            break;
        /* Latin letters with accents ("é", "ü") are below Greek: one comparison for them. */
        if (cp >= 0x0370) {
            if (translit_katakana(cp))
                break;
            foreign = foreign || translit_script(cp);
        }
        all_upper = all_upper && utf8proc_category(cp) != UTF8PROC_CATEGORY_LL;
        p = q;
    }
    ws->all_upper = all_upper;
    ws->foreign = foreign;
    return p;
}

/*
 * End of the katakana run that starts at `p`; `*n` counts its code points.
 * Katakana has no capitals, but Japanese writes foreign names in it
 * ("トランプ"), so every run of two or more is a name candidate; loanwords
 * ("ニュース") come along, which only adds terms no other language has.
 */
static size_t katakana_end(const char *s, size_t len, size_t p, size_t *n)
{
    *n = 0;
    while (p < len) {
        size_t q = p;
        if (!translit_katakana(utf8_next_fast(s, len, &q)))
            break;
        ++*n;
        p = q;
    }
    return p;
}

/* Scans one word starting at `*pos`; emits it when it is a name. */
static enum td_err scan_word(struct name_scan *ns, const char *s, size_t len, size_t *pos)
{
    size_t start = *pos, p = *pos, end, n;
    int32_t first = utf8_next_fast(s, len, &p);
    struct word_shape ws = {true, false};
    bool name;

    /* Latin words pay one comparison here for the other scripts. */
    if (first >= 0x80) {
        if (translit_katakana(first)) {
            *pos = katakana_end(s, len, start, &n);
            return n >= 2 ? emit(ns, s + start, *pos - start, true) : TD_OK;
        }
        ws.foreign = translit_script(first);
    }
    name = is_upper(first) && !ns->sentence_start;
    end = word_end(s, len, p, &ws);
    *pos = end;
    if (!name)
        return TD_OK;
    /* Shouted words (all capitals) are headlines or acronyms: keep acronyms only. */
    if (!ws.all_upper || end - start <= 6)
        return emit(ns, s + start, end - start, ws.foreign);
    return TD_OK;
}

enum td_err text_names(struct text_analyzer *a, const char *lang, const char *s, size_t len,
                       text_term_fn fn, void *ctx, struct td_error *err)
{
    size_t bad;

    if (!utf8_valid(s, len, &bad))
        return td_error_set(err, TD_ERR_INVALID, "invalid UTF-8 at byte offset %zu", bad);
    return text_names_valid(a, lang, s, len, fn, ctx, err);
}

enum td_err text_names_valid(struct text_analyzer *a, const char *lang, const char *s, size_t len,
                             text_term_fn fn, void *ctx, struct td_error *err)
{
    struct name_scan ns = {NULL, NULL, fn, ctx, a, TD_BUF_INIT, TD_BUF_INIT, true, false,
                           {NULL, 0, NULL, 0}, err};
    size_t pos = 0;
    enum td_err rc = TD_OK;
    const struct analyzer_lang *info;
    char code[8];

    /* Canonical once per text, not once per name ("en-US" -> "en"); an analyzer keeps it. */
    ns.en = stopwords_find("en");
    if (a == NULL || analyzer_lang(a, lang, &info) != TD_OK) {
        text_lang_canonical(lang, code);
        ns.stops = stopwords_find(code);
        ns.russian = strcmp(code, "ru") == 0 || strcmp(code, "uk") == 0;
    } else {
        ns.stops = info->stops;
        ns.russian = info->russian;
    }
    /* `rc` is checked where it changes, after a word, not once per byte. */
    while (pos < len) {
        size_t q = pos;
        int32_t cp;
        unsigned char g = gap_kind[(unsigned char)s[pos]];
        /* Spaces and ASCII punctuation between words: no decoding, one table look-up. */
        if (g != 0) {
            if (g == 2)
                ns.sentence_start = true;
            pos++;
            continue;
        }
        /*
         * A word that starts in lower case is no name: only its end matters,
         * found eight letters at a time, and by word_end() only when it goes
         * on past its ASCII letters (digits, accents, other scripts).
         */
        if ((unsigned)(unsigned char)s[pos] - 'a' < 26u) {
            size_t e = tokenize_letters_end(s, len, pos + 1);
            if (e < len && ((unsigned char)s[e] >= 0x80 || ascii_word_byte((unsigned char)s[e]))) {
                struct word_shape ws = {false, false};
                e = word_end(s, len, e, &ws);
            }
            pos = e;
            ns.sentence_start = false;
            continue;
        }
        cp = utf8_next_fast(s, len, &q);
        if (is_letter(cp)) {
            rc = scan_word(&ns, s, len, &pos);
            if (rc != TD_OK)
                break;
            ns.sentence_start = false;
            continue;
        }
        if (ends_sentence(cp))
            ns.sentence_start = true;
        pos = q;
    }
    td_buf_release(&ns.word);
    td_buf_release(&ns.latin);
    norm_scratch_release(&ns.scratch);
    /* ICU failing to open has its message already (`analyzer_translit`). */
    if (rc == TD_OK || rc == TD_ERR_INTERNAL)
        return rc;
    return td_error_set(err, rc, "cannot spot names: %s", td_strerror(rc));
}
