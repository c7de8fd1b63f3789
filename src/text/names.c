/*
 * names.c - capitalisation-based proper-name spotting for clustering: a
 * word written with a capital where no sentence starts is very likely a
 * name (person, place, organisation), and names are what tie the articles
 * of one story together, across languages too, since they are rarely
 * translated. Names in Cyrillic, Greek and katakana are passed on in Latin
 * letters (translit.c), so they meet their usual spelling in other
 * languages; on request, so is every word of Arabic and Hangul, which have
 * no capitals, for the caller to pick the names from. Entity extraction
 * proper comes in extract/.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
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
    bool han; /* Chinese text with Han names on: foreign names in Han go as pinyin */
    bool uncased; /* uncased names on: Arabic and Hangul words go in Latin (text.h) */
    bool han_uncased; /* Chinese text with uncased names on, Han names off: pinyin as UNCASED */
    bool han_surnames; /* Chinese or Japanese text with uncased names on: emit_han_name() */
    const struct text_orgs *orgs;        /* bodies to find (TEXT_TOKEN_ORG); NULL: none */
    const struct org_filter *org_filter; /* theirs, when `orgs` is set */
    struct org_scratch *org_x;           /* the analyzer's scratch for them */
    const char *lang;                    /* the text's canonical language, for the table */
    const char *given;                   /* the language as given (text_lang_given()) */
    int marathi;                         /* `given` is Marathi: 1, not: 0, not looked up: -1 */
    int persian; /* `given` is Persian, Pashto or Urdu: 1, not: 0, not looked up: -1 */
    bool bantu;  /* `given` is a Bantu language (text_lang_bantu()) */
    size_t org_done;                     /* Han, kana and Hangul before this byte were searched */
    bool defs;                           /* acronym definitions on (TEXT_TOKEN_ACRONYM_DEF) */
    bool stamps;                         /* a time stamp's words are no names (stamp_word()) */
    size_t caps_end;                     /* the end of the last word in capitals; 0: none yet */
    int initials; /* case endings on names, TEXT_TOKEN_INITIAL: 1, not: 0, not looked up: -1 */
    size_t sentence_from; /* where the sentence began: the byte after its last sentence end */
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

/*
 * Whether `cp` is a sign (a symbol: "©", "®", "€", "+"). A line a number or
 * a sign leads is seldom prose ("© 2038 Самарская неделя", a time, a
 * score): its first capitalised word is no sentence's opening word
 * (TEXT_TOKEN_INITIAL).
 */
static bool is_sign(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);

    return c == UTF8PROC_CATEGORY_SO || c == UTF8PROC_CATEGORY_SC || c == UTF8PROC_CATEGORY_SM ||
           c == UTF8PROC_CATEGORY_SK;
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
 * Month and weekday names, which English, German (for every noun),
 * Turkish, Indonesian and Greek capitalise and other languages do not: they
 * name no one, and as anchor terms (matched across languages) they only
 * keep an English article from matching its translation. Case folded (a
 * Greek final sigma folds to σ), sorted (bytes) for bsearch.
 */
static const char *const calendar_words[] = {
    "agustus", "april", "aralık", "august", "ağustos", "cuma", "cumartesi", "december", "desember",
    "dezember", "dienstag", "donnerstag", "ekim", "eylül", "februar", "februari", "february",
    "freitag", "friday", "haziran", "januar", "januari", "january", "juli", "july", "jumat",
    "june", "juni", "kamis", "kasım", "march", "maret", "mart", "mayıs", "mei", "minggu",
    "mittwoch", "monday", "montag", "märz", "nisan", "november", "ocak", "october", "oktober",
    "pazar", "pazartesi", "perşembe", "rabu", "sabtu", "salı", "samstag", "saturday", "selasa",
    "senin", "september", "sonnabend", "sonntag", "sunday", "temmuz", "thursday", "tuesday",
    "wednesday", "çarşamba", "şubat", "απρίλιοσ", "απριλίου", "αυγούστου", "αύγουστοσ",
    "δεκέμβριοσ", "δεκεμβρίου", "δευτέρα", "ιανουάριοσ", "ιανουαρίου", "ιουλίου", "ιουνίου",
    "ιούλιοσ", "ιούνιοσ", "κυριακή", "μάιοσ", "μάρτιοσ", "μαΐου", "μαρτίου", "νοέμβριοσ",
    "νοεμβρίου", "οκτωβρίου", "οκτώβριοσ", "πέμπτη", "παρασκευή", "σάββατο", "σεπτέμβριοσ",
    "σεπτεμβρίου", "τετάρτη", "τρίτη", "φεβρουάριοσ", "φεβρουαρίου",
};

static int cmp_word(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

static bool is_calendar_word(const char *w, size_t len)
{
    char buf[32];

    if (len >= sizeof(buf))
        return false;
    memcpy(buf, w, len);
    buf[len] = '\0';
    return bsearch(buf, calendar_words, sizeof(calendar_words) / sizeof(calendar_words[0]),
                   sizeof(calendar_words[0]), cmp_word) != NULL;
}

/* A name candidate as `text_names` passes it (see spell()). */
struct spelling {
    const char *s; /* borrowed from the scan's buffers until the next spelling */
    size_t len;
    enum text_token_kind kind;
    bool latin; /* transliterated: a katakana name's spelling may follow as a sound */
};

/*
 * Spells the normalised word in `ns->word` in Latin letters; the word
 * itself when transliteration leaves less than two letters of it.
 */
static enum td_err spell_latin(struct name_scan *ns, struct spelling *sp)
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
    if (ns->latin.len < 2) {
        sp->s = ns->word.data;
        sp->len = ns->word.len;
        return TD_OK;
    }
    sp->s = ns->latin.data;
    sp->len = ns->latin.len;
    sp->latin = true;
    return TD_OK;
}

/*
 * Normalises a name candidate into `*sp`, `sp->len` 0 when it is a stop
 * word or too short or long; months and days as such. Stop words are looked
 * up in the word's own script, so a Russian "Но" opening a clause is dropped
 * before transliteration.
 */
static enum td_err spell(struct name_scan *ns, const char *w, size_t len, bool foreign,
                         struct spelling *sp)
{
    enum td_err rc;

    sp->len = 0;
    sp->latin = false;
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
    sp->kind =
        is_calendar_word(ns->word.data, ns->word.len) ? TEXT_TOKEN_CALENDAR : TEXT_TOKEN_WORD;
    if (foreign && ns->an != NULL)
        return spell_latin(ns, sp);
    sp->s = ns->word.data;
    sp->len = ns->word.len;
    return TD_OK;
}

/*
 * The length of the word `w[0..n)` without the first of the `count` endings
 * that fits, keeping at least `min_stem` bytes; `n` for none. Bengali and
 * Tamil endings (`bn_endings`, `ta_endings`) are listed longest first.
 */
static size_t cut_ending(const char *w, size_t n, const char *const *endings, size_t count,
                         size_t min_stem)
{
    size_t i, k;

    for (i = 0; i < count; i++) {
        k = strlen(endings[i]);
        if (n >= k + min_stem && memcmp(w + n - k, endings[i], k) == 0)
            return n - k;
    }
    return n;
}

/* Bytes an Armenian name keeps after its ending is cut: four letters. */
#define HY_MIN_STEM 8

/*
 * Endings Armenian glues to a name, longest first: "Երևանում" in Yerevan,
 * "Մոսկվայից" from Moscow, "Հայաստանի" of Armenia, "Հայաստանը" the article.
 */
static const char *const hy_endings[] = {
    "\xD5\xB8\xD6\x82\xD5\xB4", /* ում */
    "\xD5\xAB\xD6\x81",         /* ից */
    "\xD5\xAB",                 /* ի */
    "\xD5\xA8",                 /* ը */
};

/*
 * After the Armenian name in `ns->word` went out whole (emit()), passes its
 * stem without a case ending or article, in Latin letters, as
 * TEXT_TOKEN_UNCASED: the engine takes it for the seen name it sounds like.
 * Only with uncased names on, and for Armenian words with such an ending.
 */
static enum td_err emit_armenian_stem(struct name_scan *ns)
{
    struct translit *t;
    size_t n;
    enum td_err rc;

    if (!ns->uncased || !translit_armenian_word(ns->word.data, ns->word.len))
        return TD_OK;
    n = cut_ending(ns->word.data, ns->word.len, hy_endings,
                   sizeof(hy_endings) / sizeof(hy_endings[0]), HY_MIN_STEM);
    if (n == ns->word.len)
        return TD_OK;
    rc = analyzer_translit(ns->an, &t, ns->err);
    if (rc != TD_OK)
        return rc;
    td_buf_reset(&ns->latin);
    rc = translit_latin(t, ns->word.data, n, &ns->latin);
    if (rc == TD_OK && ns->latin.len >= 2)
        ns->fn(ns->ctx, ns->latin.data, ns->latin.len, TEXT_TOKEN_UNCASED);
    return rc;
}

/*
 * Emits one name candidate unless it is none (spell()). With `sound`
 * (katakana, whose spellings seldom meet the Latin ones: "maruketti"), a
 * transliterated spelling follows again as TEXT_TOKEN_NAME_SOUND.
 */
static enum td_err emit(struct name_scan *ns, const char *w, size_t len, bool foreign, bool sound)
{
    struct spelling sp;
    enum td_err rc = spell(ns, w, len, foreign, &sp);

    if (rc != TD_OK || sp.len == 0)
        return rc;
    ns->fn(ns->ctx, sp.s, sp.len, sp.kind);
    if (sound && sp.latin && sp.kind == TEXT_TOKEN_WORD)
        ns->fn(ns->ctx, sp.s, sp.len, TEXT_TOKEN_NAME_SOUND);
    if (sp.latin && sp.kind == TEXT_TOKEN_WORD)
        return emit_armenian_stem(ns);
    return TD_OK;
}

/* Letters of a sentence's first word that text_names passes as TEXT_TOKEN_OPENER, at most. */
#define OPENER_MAX 6

/*
 * Emits the word `w[0..len)` opening a sentence as TEXT_TOKEN_OPENER, lower
 * case, when it is a capital and 1 to OPENER_MAX - 1 lower-case ASCII
 * letters: the shape of a surname in pinyin ("Zhou", "Wang"). Stop words
 * are not filtered: they pair with no Chinese name.
 */
static void emit_opener(struct name_scan *ns, const char *w, size_t len)
{
    char low[OPENER_MAX];
    size_t i;

    if (len < 2 || len > OPENER_MAX || w[0] < 'A' || w[0] > 'Z')
        return;
    low[0] = (char)(w[0] - 'A' + 'a');
    for (i = 1; i < len; i++) {
        if (w[i] < 'a' || w[i] > 'z')
            return;
        low[i] = w[i];
    }
    ns->fn(ns->ctx, low, len, TEXT_TOKEN_OPENER);
}

/*
 * Emits the capitalised word `w[0..len)` that opens a sentence, spelt as a
 * name would be, as TEXT_TOKEN_INITIAL (text.h); stop words, months and
 * days are none.
 */
static enum td_err emit_initial(struct name_scan *ns, const char *w, size_t len, bool foreign)
{
    struct spelling sp;
    enum td_err rc = spell(ns, w, len, foreign, &sp);

    if (rc == TD_OK && sp.len > 0 && sp.kind == TEXT_TOKEN_WORD)
        ns->fn(ns->ctx, sp.s, sp.len, TEXT_TOKEN_INITIAL);
    return rc;
}

/*
 * Whether the text `p[0..n)` before a sentence's first word has an ASCII
 * digit or a sign (is_sign()): such a line is seldom prose ("© 2038
 * Самарская неделя", a time, a score), and the word is no opening word.
 */
static bool led_by_sign(const char *p, size_t n)
{
    size_t i = 0;
    int32_t cp;

    while (i < n) {
        cp = utf8_next_fast(p, n, &i);
        if ((cp >= '0' && cp <= '9') || (cp >= 0x80 && is_sign(cp)))
            return true;
    }
    return false;
}

/*
 * Emits the capitalised word `w[0..len)` (of shape `ws`) that opens a
 * sentence as TEXT_TOKEN_OPENER and TEXT_TOKEN_INITIAL, where the scan asks
 * for them; `before` bytes before it are the sentence's start.
 */
static enum td_err emit_sentence_start(struct name_scan *ns, const char *w, size_t len,
                                       size_t before, const struct word_shape *ws)
{
    if (ns->uncased)
        emit_opener(ns, w, len);
    if (ns->initials < 0)
        ns->initials = text_inflection_find(ns->given) != NULL;
    if (ns->initials == 1 && !ws->all_upper && !led_by_sign(w - before, before))
        return emit_initial(ns, w, len, ws->foreign);
    return TD_OK;
}

/* Whether ASCII byte `c` can be inside a word (letters and digits). */
static bool ascii_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* Whether `cp` is a Han ideograph (the unified block and extension A). */
static bool is_han(int32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

/* Whether `cp` is a hiragana letter. */
static bool is_hiragana(int32_t cp)
{
    return cp >= 0x3041 && cp <= 0x309F;
}

/*
 * Whether `cp` is a letter of a script written without spaces between
 * words (hiragana, Han, Hangul), which a Latin name may touch on either side
 * ("韩国女团SOLRAE演唱会", "SOLRAE의").
 */
static bool unspaced_letter(int32_t cp)
{
    return is_hiragana(cp) || is_han(cp) || translit_hangul(cp);
}

/*
 * End of the word whose first code point ends at `p` (letters, marks,
 * digits). A katakana letter ends it: katakana runs are words of their own
 * (see `katakana_end`), also where they follow kanji with no space. So does
 * a hiragana, Han or Hangul letter (`unspaced_letter`) after letters only: a
 * Latin name written against Chinese, Japanese or Korean text is a word of
 * its own, not part of one run of capitals with the characters after it; a
 * code with digits stays one word with the classifier after it ("H5N1型",
 * "A320neo系列"), no name (news10 and news12, docs/QUALITY.md "cjk14").
 */
static size_t word_end(const char *s, size_t len, size_t p, struct word_shape *ws)
{
    /* Locals, not `ws`: stores through a pointer would be redone per byte (char aliases all). */
    bool all_upper = ws->all_upper, foreign = ws->foreign, digit = false;

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
            digit = digit || (unsigned)c - '0' < 10u;
            p++;
            continue;
        }
        /* Latin-1 letters, the accents of western European text: no decoding, no tables. */
        if (tokenize_latin1_letter(s, len, p)) {
            unsigned char d = (unsigned char)s[p + 1];
            /* U+00DF and U+00E0 up are lower case (Ll), the rest capitals (Lu). */
            if (d >= 0xA0 || d == 0x9F)
                all_upper = false;
            p += 2;
            continue;
        }
        cp = utf8_next_fast(s, len, &q);
        if (!is_letter(cp))
            break;
        /* Latin letters with accents ("é", "ü") are below Greek: one comparison for them. */
        if (cp >= 0x0370) {
            if (translit_katakana(cp) || (!digit && unspaced_letter(cp)))
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

/*
 * Han characters that Chinese uses to write foreign names by sound (马 尔 凯
 * 蒂 for Marchetti, 海 伦 娜 for Helena), sorted. A run of them is a name
 * candidate; common words rarely have three of them in a row. The twenty
 * added by cjk14 (努 莫 玛 瑙 涅 恰 堡 赞 鲍 宾 摩 圭 昆 赖 庞 舒 滕 锡 佐 瑞,
 * from the Xinhua syllable table) are ones that rarely start or end a
 * common word; 东 南 文 明 金 华 路 万 英, which do, stay out.
 */
static const uint16_t han_sound_chars[] = {
    0x4E01, 0x4E39, 0x4E3D, 0x4E4C, 0x4E54, 0x4E9A, 0x4EA8, 0x4EC0, 0x4F0A, 0x4F11, 0x4F26, 0x4F2F,
    0x4F50, 0x4F69, 0x514B, 0x5170, 0x5179, 0x5185, 0x5188, 0x51EF, 0x5207, 0x5217, 0x5229, 0x52A0,
    0x52AA, 0x52B3, 0x52D2, 0x535A, 0x5361, 0x5362, 0x5384, 0x53E4, 0x53F2, 0x5409, 0x54C8, 0x572D,
    0x574E, 0x5766, 0x57C3, 0x57FA, 0x5821, 0x5854, 0x585E, 0x591A, 0x5938, 0x5947, 0x5948, 0x594E,
    0x5965, 0x59AE, 0x59C6, 0x5A01, 0x5A05, 0x5A1C, 0x5B81, 0x5B89, 0x5BBE, 0x5C14, 0x5C24, 0x5C3C,
    0x5DF4, 0x5E03, 0x5E0C, 0x5E15, 0x5E93, 0x5E9E, 0x5EB7, 0x5F17, 0x5F6D, 0x5F7C, 0x5FB7, 0x6069,
    0x6070, 0x6208, 0x6234, 0x624E, 0x6258, 0x626C, 0x62C9, 0x62DC, 0x6377, 0x63D0, 0x6469, 0x6590,
    0x65AF, 0x65BD, 0x6602, 0x6606, 0x666E, 0x66FC, 0x6717, 0x672C, 0x675C, 0x6770, 0x6797, 0x67E5,
    0x67EF, 0x683C, 0x6851, 0x6885, 0x68EE, 0x6B27, 0x6BD4, 0x6C49, 0x6C64, 0x6C83, 0x6C99, 0x6CD5,
    0x6CE2, 0x6CF0, 0x6CFD, 0x6D1B, 0x6D2A, 0x6D77, 0x6D85, 0x6E29, 0x6ED5, 0x6F58, 0x7231, 0x7279,
    0x739B, 0x73ED, 0x7433, 0x743C, 0x7459, 0x745E, 0x745F, 0x74DC, 0x74E6, 0x767B, 0x76AE, 0x76D6,
    0x798F, 0x79D1, 0x7A46, 0x7C73, 0x7D22, 0x7EA6, 0x7EB3, 0x7EBD, 0x7EF4, 0x7F57, 0x8003, 0x8036,
    0x80AF, 0x80E1, 0x820D, 0x8212, 0x827E, 0x82AC, 0x82CF, 0x8303, 0x8328, 0x8389, 0x838E, 0x83AB,
    0x83B1, 0x83F2, 0x8428, 0x8482, 0x8499, 0x857E, 0x897F, 0x8A79, 0x8BFA, 0x8C22, 0x8C6A, 0x8D1D,
    0x8D21, 0x8D39, 0x8D3E, 0x8D56, 0x8D5E, 0x8D6B, 0x8F9B, 0x8FBE, 0x8FC8, 0x8FEA, 0x900A, 0x9053,
    0x90A6, 0x91CC, 0x9521, 0x95E8, 0x963F, 0x9686, 0x96C5, 0x96F7, 0x970D, 0x97E6, 0x987F, 0x9A6C,
    0x9C81, 0x9C8D, 0x9ED8, 0x9EDB, 0x9F50,
};

static int cmp_u16(const void *key, const void *elem)
{
    return (int)*(const uint16_t *)key - (int)*(const uint16_t *)elem;
}

/* Whether `cp` is in the sorted table `t` of `n` BMP code points. */
static bool in_han_table(int32_t cp, const uint16_t *t, size_t n)
{
    uint16_t c = (uint16_t)cp;

    return cp <= 0xFFFF && bsearch(&c, t, n, sizeof(t[0]), cmp_u16) != NULL;
}

static bool han_sound_char(int32_t cp)
{
    return in_han_table(cp, han_sound_chars, sizeof(han_sound_chars) / sizeof(han_sound_chars[0]));
}

/*
 * Common Chinese surnames (simplified, traditional and as Japanese writes
 * them), sorted: a Chinese name is one of them and one or two characters
 * more ("习近平", "王毅", "習近平").
 */
static const uint16_t han_surnames[] = {
    0x4E01, 0x4E07, 0x4E25, 0x4E54, 0x4E60, 0x4E8E, 0x4EFB, 0x4F0D, 0x4F55, 0x4F59,
    0x4FAF, 0x4FDE, 0x502A, 0x5085, 0x51AF, 0x5218, 0x5289, 0x5305, 0x5353, 0x5362,
    0x53F2, 0x53F6, 0x5411, 0x5415, 0x5433, 0x5434, 0x5442, 0x5449, 0x5468, 0x5510,
    0x56B4, 0x590F, 0x59DA, 0x59DC, 0x5B54, 0x5B59, 0x5B5F, 0x5B6B, 0x5B8B, 0x5C39,
    0x5D14, 0x5DE6, 0x5E9E, 0x5ED6, 0x5F20, 0x5F35, 0x5F6D, 0x5F90, 0x6234, 0x65B9,
    0x66F9, 0x66FE, 0x6731, 0x674E, 0x675C, 0x6768, 0x6797, 0x67EF, 0x6817, 0x6881,
    0x694A, 0x6B66, 0x6BB5, 0x6BB7, 0x6BDB, 0x6C5F, 0x6C64, 0x6C6A, 0x6C88, 0x6E29,
    0x6E6F, 0x6EAB, 0x6F58, 0x718A, 0x738B, 0x7518, 0x7530, 0x767D, 0x76E7, 0x77F3,
    0x795D, 0x79E6, 0x7A0B, 0x7F57, 0x7F85, 0x7FD2, 0x7FDF, 0x803F, 0x8096, 0x80E1,
    0x82CF, 0x8303, 0x83AB, 0x842C, 0x8449, 0x845B, 0x8463, 0x848B, 0x84B2, 0x8521,
    0x8523, 0x856D, 0x859B, 0x8607, 0x8881, 0x8983, 0x8A31, 0x8B1D, 0x8B5A, 0x8BB8,
    0x8C22, 0x8C2D, 0x8CC0, 0x8CC8, 0x8CF4, 0x8D3A, 0x8D3E, 0x8D56, 0x8D75, 0x8D99,
    0x9093, 0x90B1, 0x90B5, 0x90B9, 0x90D1, 0x90DD, 0x90ED, 0x9112, 0x9127, 0x912D,
    0x91D1, 0x9322, 0x937E, 0x949F, 0x94B1, 0x95BB, 0x95EB, 0x9646, 0x9648, 0x9673,
    0x9676, 0x9678, 0x96F7, 0x97CB, 0x97D3, 0x97E6, 0x97E9, 0x9867, 0x987E, 0x99AC,
    0x99AE, 0x9A6C, 0x9A86, 0x9AD8, 0x9B4F, 0x9C81, 0x9EC3, 0x9EC4, 0x9ECE, 0x9F8D,
    0x9F94, 0x9F99, 0x9F9A,
};

static bool han_surname(int32_t cp)
{
    return in_han_table(cp, han_surnames, sizeof(han_surnames) / sizeof(han_surnames[0]));
}

/*
 * End of the hiragana run whose first character ends at `p`. Hiragana
 * writes no names but stands between them with no space ("森本首相は黒田氏と"):
 * the kanji after it start a run of their own (scan_han()).
 */
static size_t hiragana_end(const char *s, size_t len, size_t p)
{
    while (p < len) {
        size_t q = p;
        if (!is_hiragana(utf8_next_fast(s, len, &q)))
            break;
        p = q;
    }
    return p;
}

/* Whether `s[at..)` starts with a name dot ("海伦娜·马尔凯蒂"): U+00B7, U+30FB, U+2027, U+2022. */
static bool name_dot_at(const char *s, size_t len, size_t at)
{
    size_t q = at;
    int32_t cp;

    if (at >= len)
        return false;
    cp = utf8_next_fast(s, len, &q);
    return cp == 0xB7 || cp == 0x30FB || cp == 0x2027 || cp == 0x2022;
}

/* Whether the code point that ends at `at` is a name dot. */
static bool name_dot_before(const char *s, size_t at)
{
    const unsigned char *u = (const unsigned char *)s;

    return (at >= 2 && u[at - 2] == 0xC2 && u[at - 1] == 0xB7) ||
           (at >= 3 && u[at - 3] == 0xE3 && u[at - 2] == 0x83 && u[at - 1] == 0xBB) ||
           (at >= 3 && u[at - 3] == 0xE2 && u[at - 2] == 0x80 &&
            (u[at - 1] == 0xA7 || u[at - 1] == 0xA2));
}

/*
 * Respells the pinyin of a Chinese name stretch in `b` as the foreign sounds
 * its characters are chosen for, where pinyin's letters are not the Latin
 * ones: "x" is an s (西 xi in 瓦伦西亚 Valencia), "q" the c of "ci", "chi"
 * (奇 qi in 卡帕多奇亚 Cappadocia), "wu" an u (乌 in 乌兰 Ulan); pinyin writes
 * w, x and q only to open a syllable. Another w stays: 维 wei writes a v
 * (Veronica) and a w (巴格维斯 Bagwis) alike.
 */
static void pinyin_as_heard(struct td_buf *b)
{
    size_t i, k = 0;

    for (i = 0; i < b->len; i++) {
        char c = b->data[i];
        if (c == 'w' && i + 1 < b->len && b->data[i + 1] == 'u')
            continue;
        b->data[k++] = c == 'x' ? 's' : c == 'q' ? 'c' : c;
    }
    b->len = k;
    if (b->cap > 0)
        b->data[k] = '\0';
}

/* 尔 (U+5C14), the name sound character for an "l" or "r" with no vowel. */
#define HAN_ER 0x5C14

/*
 * After the pinyin of the Han name `s[from..to)` went out as
 * TEXT_TOKEN_UNCASED, passes it again with each 尔 as "l" as
 * TEXT_TOKEN_UNCASED_ALT (respelt as pinyin_as_heard() does), which the
 * engine reads only when the pinyin met no name: 尔 writes an "r" ("马尔凯蒂"
 * Marchetti, whose key drops an "r" before a consonant as the pinyin's "er"
 * does) and an "l" ("哈努尔比特" HaneulBit, "hanulbite"). Nothing when the
 * name has no 尔.
 */
static enum td_err emit_han_er_alt(struct name_scan *ns, struct translit *t, const char *s,
                                   size_t len, size_t from, size_t to)
{
    size_t p = from;
    bool er = false;
    enum td_err rc = TD_OK;

    td_buf_reset(&ns->latin);
    while (rc == TD_OK && p < to) {
        size_t q = p;
        int32_t cp = utf8_next_fast(s, len, &q);
        const char *one;
        er = er || cp == HAN_ER;
        rc = cp == HAN_ER ? td_buf_addc(&ns->latin, 'l')
                          : translit_pinyin_char(t, s + p, q - p, cp, &one);
        if (rc == TD_OK && cp != HAN_ER)
            rc = td_buf_adds(&ns->latin, one);
        p = q;
    }
    if (rc == TD_ERR_INTERNAL)
        return td_error_set(ns->err, rc, "cannot open ICU transliterator 'Han-Latin'");
    if (rc == TD_OK)
        pinyin_as_heard(&ns->latin);
    if (rc == TD_OK && er && ns->latin.len >= 2)
        ns->fn(ns->ctx, ns->latin.data, ns->latin.len, TEXT_TOKEN_UNCASED_ALT);
    return rc;
}

/*
 * Emits the pinyin of the Han name `s[from..to)` (`chars` characters) if it
 * is long enough, in Chinese text (Japanese writes foreign names in katakana);
 * with Han names off, the pinyin with 尔 as "l" may follow (emit_han_er_alt()).
 */
static enum td_err emit_han(struct name_scan *ns, const char *s, size_t len, size_t from,
                            size_t to, size_t chars)
{
    struct translit *t;
    enum td_err rc;

    if ((!ns->han && !ns->han_uncased) || chars < 2 ||
        (chars < 3 && !name_dot_before(s, from) && !name_dot_at(s, len, to)))
        return TD_OK;
    rc = analyzer_translit(ns->an, &t, ns->err);
    if (rc != TD_OK)
        return rc;
    td_buf_reset(&ns->latin);
    rc = translit_pinyin(t, s + from, to - from, &ns->latin);
    if (rc == TD_ERR_INTERNAL)
        return td_error_set(ns->err, rc, "cannot open ICU transliterator 'Han-Latin'");
    if (rc == TD_OK && !ns->han)
        pinyin_as_heard(&ns->latin);
    if (rc == TD_OK && ns->latin.len >= 2) {
        ns->fn(ns->ctx, ns->latin.data, ns->latin.len,
               ns->han ? TEXT_TOKEN_WORD : TEXT_TOKEN_UNCASED);
        if (!ns->han)
            rc = emit_han_er_alt(ns, t, s, len, from, to);
    }
    return rc;
}

/* Han characters of a Chinese name after its surname, at most. */
#define HAN_GIVEN_MAX 2

/*
 * Emits the pinyin of the two and of the three Han characters at `s[at..)`
 * as TEXT_TOKEN_NAME_READING (a brand or place Latin papers write in
 * pinyin: "启航" qihang, "振宇" Zhenyu), and, when the first is a common
 * surname, as TEXT_TOKEN_NAME_PINYIN too, for the caller to match with
 * Chinese names seen in Latin letters.
 */
static enum td_err emit_han_name(struct name_scan *ns, const char *s, size_t len, size_t at)
{
    char py[(HAN_GIVEN_MAX + 1) * PINYIN_CHAR_MAX];
    size_t n = 0, chars = 0, p = at;
    struct translit *t;
    bool surname = false;
    enum td_err rc = analyzer_translit(ns->an, &t, ns->err);

    while (rc == TD_OK && p < len && chars <= HAN_GIVEN_MAX) {
        size_t q = p, m;
        int32_t cp = utf8_next_fast(s, len, &q);
        const char *one;
        if (!is_han(cp))
            break;
        rc = translit_pinyin_char(t, s + p, q - p, cp, &one);
        if (rc == TD_ERR_INTERNAL)
            return td_error_set(ns->err, rc, "cannot open ICU transliterator 'Han-Latin'");
        if (rc != TD_OK || (m = strlen(one)) == 0)
            break;
        if (chars == 0)
            surname = han_surname(cp);
        memcpy(py + n, one, m);
        n += m;
        p = q;
        if (++chars < 2)
            continue;
        ns->fn(ns->ctx, py, n, TEXT_TOKEN_NAME_READING);
        if (surname)
            ns->fn(ns->ctx, py, n, TEXT_TOKEN_NAME_PINYIN);
    }
    return rc;
}

/*
 * Emits the Japanese readings of the one, two and three kanji at `s[at..)`
 * (kanji_emit_readings()) while the table has each of them: Japanese names
 * and places in kanji, which Chinese papers write in kanji too.
 */
static void emit_kanji_readings(struct name_scan *ns, const char *s, size_t len, size_t at)
{
    const char *readings[KANJI_WINDOW_MAX];
    size_t k, p = at;

    for (k = 0; k < KANJI_WINDOW_MAX && p < len; k++) {
        if ((readings[k] = kanji_name_readings(utf8_next_fast(s, len, &p))) == NULL)
            return;
        kanji_emit_readings(readings, k + 1, ns->fn, ns->ctx);
    }
}

static enum td_err emit_hanja_readings(struct name_scan *ns, const char *s, size_t len, size_t at);

/*
 * Scans the run of Han characters at `*pos` in Chinese text and emits each
 * stretch of name sound characters in it (see `han_sound_chars`), and, with
 * uncased names on, each surname with what follows it (emit_han_name()).
 */
static enum td_err scan_han(struct name_scan *ns, const char *s, size_t len, size_t *pos)
{
    size_t p = *pos, from = p, chars = 0;
    enum td_err rc = TD_OK;

    while (p < len && rc == TD_OK) {
        size_t q = p;
        int32_t cp = utf8_next_fast(s, len, &q);
        if (!is_han(cp))
            break;
        if (ns->han_surnames) {
            emit_kanji_readings(ns, s, len, p);
            rc = emit_han_name(ns, s, len, p);
            if (rc == TD_OK)
                rc = emit_hanja_readings(ns, s, len, p);
        }
        if (rc != TD_OK)
            break;
        if (han_sound_char(cp)) {
            if (chars++ == 0)
                from = p;
        } else {
            rc = emit_han(ns, s, len, from, p, chars);
            chars = 0;
        }
        p = q;
    }
    if (rc == TD_OK)
        rc = emit_han(ns, s, len, from, p, chars);
    *pos = p;
    return rc;
}

/* Bytes an Arabic word keeps after its prefix is cut: three letters. */
#define AR_MIN_STEM 6

/* The Arabic article "ال", and "لل", its form after the preposition "ل". */
#define AR_ARTICLE "\xD8\xA7\xD9\x84"
#define AR_LIL "\xD9\x84\xD9\x84"

/*
 * The bytes of the prefix of the Arabic word `w[0..n)` that a name it
 * spells does not have: the article ("الأهواز" Ahvaz, "alahwaz" to ICU),
 * one prefix letter (و ف ب ل ك) and the article after it ("والأهواز"),
 * "لل", or the letter alone; 0 for none, or when fewer than three letters
 * (AR_MIN_STEM bytes) would stay.
 */
static size_t arabic_prefix_bytes(const char *w, size_t n)
{
    size_t from = 0;

    if (n >= 4 && (memcmp(w, AR_ARTICLE, 4) == 0 || memcmp(w, AR_LIL, 4) == 0))
        from = 4;
    else if (n >= 6 && utf8_arabic_prefix(w) && memcmp(w + 2, AR_ARTICLE, 4) == 0)
        from = 6;
    else if (n >= 2 && utf8_arabic_prefix(w))
        from = 2;
    return n >= from + AR_MIN_STEM ? from : 0;
}

/* The Arabic letter zah "ظ" and dad "ض" in UTF-8. */
#define AR_ZAH "\xD8\xB8"
#define AR_DAD "\xD8\xB6"
/* Bytes of an Arabic word given a second spelling with d for zah (emit_arabic_dh()), at most. */
#define AR_DH_MAX 64

static enum td_err emit_uncased_one(struct name_scan *ns, const char *w, size_t n,
                                    enum translit_uncased_script script, enum text_token_kind kind);

/*
 * Passes the Arabic word `w[0..n)`, without its prefix (arabic_prefix_bytes()),
 * again with each zah "ظ" read as dad "ض" (ICU's "d") as TEXT_TOKEN_UNCASED_ALT,
 * when it has one: ICU spells zah "z", as Levantine, Egyptian, Persian and Urdu
 * say it, but the Gulf and the Peninsula say it "dh", and the Latin names of
 * places there are written so ("ظفار" Dhofar, "أبو ظبي" Abu Dhabi, "الظهران"
 * Dhahran). The engine tries it only when the word's "z" spelling met no name.
 */
static enum td_err emit_arabic_dh(struct name_scan *ns, const char *w, size_t n)
{
    char buf[AR_DH_MAX];
    size_t i, from = arabic_prefix_bytes(w, n);
    bool zah = false;

    if (n - from > sizeof(buf))
        return TD_OK;
    memcpy(buf, w + from, n - from);
    for (i = 0; i + 1 < n - from; i++)
        if (memcmp(buf + i, AR_ZAH, 2) == 0) {
            memcpy(buf + i, AR_DAD, 2);
            zah = true;
        }
    return zah ? emit_uncased_one(ns, buf, n - from, UNCASED_ARABIC, TEXT_TOKEN_UNCASED_ALT)
               : TD_OK;
}

/*
 * Persian, Pashto and Urdu say the Arabic letters thal "ذ" and dad "ض" as
 * z (as zah "ظ", which ICU's Arabic-Latin writes "z" already) and tha "ث"
 * as s, and their names are romanised so ("رضا" Reza, "ذاکر" Zaker,
 * "ثابت" Sabet), where ICU writes "dh", "d" and "th": the three letters,
 * in UTF-8, and the letter each is read as (ز, س).
 */
static const char fa_sounds[][2][3] = {
    {"\xD8\xB0", "\xD8\xB2"}, {"\xD8\xB6", "\xD8\xB2"}, {"\xD8\xAB", "\xD8\xB3"}};

/*
 * Passes the word `w[0..n)` of a Persian, Pashto or Urdu text again as
 * TEXT_TOKEN_UNCASED_ALT with those letters as z and s (`fa_sounds`), when
 * it has one (the engine tries it only when the word's own spelling met no
 * name).
 */
static enum td_err emit_persian_z(struct name_scan *ns, const char *w, size_t n)
{
    char buf[AR_DH_MAX];
    size_t i, k;
    bool changed = false;

    if (n > sizeof(buf))
        return TD_OK;
    memcpy(buf, w, n);
    for (i = 0; i + 1 < n; i++)
        for (k = 0; k < sizeof(fa_sounds) / sizeof(fa_sounds[0]); k++)
            if (memcmp(buf + i, fa_sounds[k][0], 2) == 0) {
                memcpy(buf + i, fa_sounds[k][1], 2);
                changed = true;
                i++;
                break;
            }
    return changed ? emit_uncased_one(ns, buf, n, UNCASED_ARABIC, TEXT_TOKEN_UNCASED_ALT) : TD_OK;
}

/* Whether `ns`'s text is Persian, Pashto or Urdu (emit_persian_z()). */
static bool persian_text(struct name_scan *ns)
{
    char code[8];

    if (ns->persian < 0) {
        text_lang_given(ns->given, code);
        ns->persian = strcmp(code, "fa") == 0 || strcmp(code, "ps") == 0 || strcmp(code, "ur") == 0;
    }
    return ns->persian > 0;
}

/* The Arabic-script word `w[0..n)`'s other readings: emit_arabic_dh(), emit_persian_z(). */
static enum td_err emit_arabic_alts(struct name_scan *ns, const char *w, size_t n)
{
    enum td_err rc = emit_arabic_dh(ns, w, n);

    if (rc == TD_OK && persian_text(ns))
        rc = emit_persian_z(ns, w, n);
    return rc;
}

/* Bytes a Hebrew word keeps after its prefix letters are cut: three letters. */
#define HE_MIN_STEM 6

/* Whether the two bytes at `p` are a Hebrew prefix letter: ו ב ל מ ה ש כ. */
static bool hebrew_prefix(const char *p)
{
    return (unsigned char)p[0] == 0xD7 && memchr("\x95\x91\x9C\x9E\x94\xA9\x9B", p[1], 7) != NULL;
}

/*
 * The bytes of the `k`-th (1 or 2) cut of the prefix letters of the Hebrew
 * word `w[0..n)`: Hebrew glues "and", "in", "to", "from", "the", "that" and
 * "as" to the word after them ("בירושלים" in Jerusalem, "ובירושלים"), and
 * names often start with those letters too ("מזרחי"), so one letter and then
 * two are tried; 0 when the word has no such prefix, or when fewer than
 * three letters would stay.
 */
static size_t hebrew_prefix_bytes(const char *w, size_t n, int k)
{
    size_t from = 0;

    while (from < 2 * (size_t)k && n >= from + 2 && hebrew_prefix(w + from))
        from += 2;
    return from == 2 * (size_t)k && n >= from + HE_MIN_STEM ? from : 0;
}

/* Bytes a Bengali word keeps after its ending is cut: three letters or signs. */
#define BN_MIN_STEM 9

/*
 * Endings Bengali glues to a name (case, article, plural), longest first:
 * "কলকাতার" of Kolkata, "এয়ারওয়েজের" of Airways, "কলকাতায়" in Kolkata
 * (য় both as one code point and as য with nukta), "লন্ডনে" in London (the
 * locative's -e on a name ending in a consonant).
 */
static const char *const bn_endings[] = {
    "\xE0\xA7\x9F\xE0\xA7\x87\xE0\xA6\xB0",             /* য়ের */
    "\xE0\xA6\xAF\xE0\xA6\xBC\xE0\xA7\x87\xE0\xA6\xB0", /* য়ের */
    "\xE0\xA6\x97\xE0\xA7\x81\xE0\xA6\xB2\xE0\xA7\x8B", /* গুলো */
    "\xE0\xA6\xA6\xE0\xA7\x87\xE0\xA6\xB0",             /* দের */
    "\xE0\xA6\x9F\xE0\xA6\xBF\xE0\xA6\xB0",             /* টির */
    "\xE0\xA6\xAF\xE0\xA6\xBC\xE0\xA7\x87",             /* য়ে */
    "\xE0\xA7\x9F\xE0\xA7\x87",                         /* য়ে */
    "\xE0\xA7\x87\xE0\xA6\xB0",                         /* ের */
    "\xE0\xA6\x8F\xE0\xA6\xB0",                         /* এর */
    "\xE0\xA6\xA4\xE0\xA7\x87",                         /* তে */
    "\xE0\xA6\x95\xE0\xA7\x87",                         /* কে */
    "\xE0\xA6\x9F\xE0\xA6\xBF",                         /* টি */
    "\xE0\xA6\x9F\xE0\xA6\xBE",                         /* টা */
    "\xE0\xA6\xAF\xE0\xA6\xBC",                         /* য় */
    "\xE0\xA7\x9F",                                     /* য় */
    "\xE0\xA6\xB0",                                     /* র */
    "\xE0\xA7\x87",                                     /* ে */
};

/* Bytes a Gujarati word keeps after its ending is cut: three letters or signs. */
#define GU_MIN_STEM 9

/*
 * Case endings and postpositions Gujarati glues to a name, longest first:
 * "અમદાવાદમાં" in Ahmedabad, "ગુજરાતની" of Gujarat, "સુરતથી" from Surat,
 * "ભારતને" to India, "પોલીસે" (the agent's -e).
 */
static const char *const gu_endings[] = {
    "\xE0\xAA\xAE\xE0\xAA\xBE\xE0\xAA\x82\xE0\xAA\xA5\xE0\xAB\x80", /* માંથી */
    "\xE0\xAA\xB8\xE0\xAB\x81\xE0\xAA\xA7\xE0\xAB\x80",             /* સુધી */
    "\xE0\xAA\xAE\xE0\xAA\xBE\xE0\xAA\x9F\xE0\xAB\x87",             /* માટે */
    "\xE0\xAA\xAE\xE0\xAA\xBE\xE0\xAA\x82",                         /* માં */
    "\xE0\xAA\xA8\xE0\xAA\xBE\xE0\xAA\x82",                         /* નાં */
    "\xE0\xAA\xA8\xE0\xAB\x81\xE0\xAA\x82",                         /* નું */
    "\xE0\xAA\xA8\xE0\xAB\x8B",                                     /* નો */
    "\xE0\xAA\xA8\xE0\xAB\x80",                                     /* ની */
    "\xE0\xAA\xA8\xE0\xAA\xBE",                                     /* ના */
    "\xE0\xAA\xA8\xE0\xAB\x87",                                     /* ને */
    "\xE0\xAA\xA5\xE0\xAB\x80",                                     /* થી */
    "\xE0\xAA\xAA\xE0\xAA\xB0",                                     /* પર */
    "\xE0\xAA\x8F",                                                 /* એ */
    "\xE0\xAB\x87",                                                 /* ે */
};

/* Bytes a Marathi word keeps after its ending is cut: three letters or signs. */
#define MR_MIN_STEM 9

/*
 * Case endings and postpositions Marathi glues to a name (on its oblique
 * stem, below), longest first: "पुण्यात" in Pune, "गोव्यातील" of (in) Goa,
 * "हडपसरमधील" in Hadapsar, "भारताचा" of India, "अमेरिकेला" to America.
 * Hindi, in the same script, writes them apart ("पुणे में").
 */
static const char *const mr_endings[] = {
    "\xE0\xA4\xAA\xE0\xA4\xB0\xE0\xA5\x8D\xE0\xA4\xAF\xE0\xA4\x82\xE0\xA4\xA4", /* पर्यंत */
    "\xE0\xA4\xAA\xE0\xA5\x87\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB7\xE0\xA4\xBE", /* पेक्षा */
    "\xE0\xA4\xAE\xE0\xA4\xA7\xE0\xA5\x8D\xE0\xA4\xAF\xE0\xA5\x87", /* मध्ये */
    "\xE0\xA4\xAA\xE0\xA4\xBE\xE0\xA4\xB8\xE0\xA5\x82\xE0\xA4\xA8", /* पासून */
    "\xE0\xA4\xB5\xE0\xA4\xBF\xE0\xA4\xB7\xE0\xA4\xAF\xE0\xA5\x80", /* विषयी */
    "\xE0\xA4\xAE\xE0\xA4\xA7\xE0\xA5\x80\xE0\xA4\xB2",             /* मधील */
    "\xE0\xA4\xAE\xE0\xA4\xA7\xE0\xA5\x82\xE0\xA4\xA8",             /* मधून */
    "\xE0\xA4\x95\xE0\xA4\xA1\xE0\xA5\x82\xE0\xA4\xA8",             /* कडून */
    "\xE0\xA4\xA8\xE0\xA4\x82\xE0\xA4\xA4\xE0\xA4\xB0",             /* नंतर */
    "\xE0\xA4\x9A\xE0\xA5\x8D\xE0\xA4\xAF\xE0\xA4\xBE",             /* च्या */
    "\xE0\xA4\xB8\xE0\xA4\xBE\xE0\xA4\xA0\xE0\xA5\x80",             /* साठी */
    "\xE0\xA4\xB5\xE0\xA4\xB0\xE0\xA5\x80\xE0\xA4\xB2",             /* वरील */
    "\xE0\xA4\xA4\xE0\xA5\x80\xE0\xA4\xB2",                         /* तील */
    "\xE0\xA4\xA4\xE0\xA5\x82\xE0\xA4\xA8",                         /* तून */
    "\xE0\xA4\xB9\xE0\xA5\x82\xE0\xA4\xA8",                         /* हून */
    "\xE0\xA4\x95\xE0\xA4\xA1\xE0\xA5\x87",                         /* कडे */
    "\xE0\xA4\x9A\xE0\xA4\xBE",                                     /* चा */
    "\xE0\xA4\x9A\xE0\xA5\x80",                                     /* ची */
    "\xE0\xA4\x9A\xE0\xA5\x87",                                     /* चे */
    "\xE0\xA4\xB2\xE0\xA4\xBE",                                     /* ला */
    "\xE0\xA4\xA8\xE0\xA4\xBE",                                     /* ना */
    "\xE0\xA4\xA8\xE0\xA5\x87",                                     /* ने */
    "\xE0\xA4\xA8\xE0\xA5\x80",                                     /* नी */
    "\xE0\xA4\xB6\xE0\xA5\x80",                                     /* शी */
    "\xE0\xA4\xB5\xE0\xA4\xB0",                                     /* वर */
    "\xE0\xA4\xA4",                                                 /* त */
};

/*
 * The last letters `from` of an oblique stem and the nominative's `to`
 * they go back to, tried in order before the stem itself.
 */
struct oblique {
    const char *from, *to;
};

/*
 * Marathi: a neuter in -e and a masculine in -a make the oblique in -ya
 * ("पुणे" -> "पुण्या-", "गोवा" -> "गोव्या-"), a feminine in -a in -e
 * ("अमेरिका" -> "अमेरिके-"), a name ending in a consonant takes -a
 * ("भारत" -> "भारता-"); -i and -u stay ("दिल्लीत").
 */
static const struct oblique mr_oblique[] = {
    {"\xE0\xA5\x8D\xE0\xA4\xAF\xE0\xA4\xBE", "\xE0\xA5\x87"}, /* ्या -> े */
    {"\xE0\xA5\x8D\xE0\xA4\xAF\xE0\xA4\xBE", "\xE0\xA4\xBE"}, /* ्या -> ा */
    {"\xE0\xA5\x87", "\xE0\xA4\xBE"},                         /* े -> ा */
    {"\xE0\xA4\xBE", ""},                                     /* ा -> (none) */
    {NULL, NULL},
};

/*
 * Tamil: a name in -am takes -attu- before a case ending
 * ("வெண்ணெலபுரம்" -> "வெண்ணெலபுரத்தில்" in Vennelapuram).
 */
static const struct oblique ta_oblique[] = {
    {"\xE0\xAE\xA4\xE0\xAF\x8D\xE0\xAE\xA4", "\xE0\xAE\xAE\xE0\xAF\x8D"}, /* த்த -> ம் */
    {NULL, NULL},
};

/* Bytes a Tamil word keeps after its ending is cut: three letters or signs. */
#define TA_MIN_STEM 9

/*
 * Endings Tamil glues to a name (case, "and"), longest first: "மதுரையில்" in
 * Madurai, "வைரவனின்" of Vairavan, "வைரவனுக்கு" to Vairavan, "ஹாவோரானை"
 * Haoran (object), "மதுரையைச்" (the object before a word in ச, whose
 * consonant it doubles). A stem left ending in a bare consonant says no
 * vowel there (final_vowel() in translit.c): "வைரவன" is "vairavan".
 */
static const char *const ta_endings[] = {
    "\xE0\xAE\xBF\xE0\xAE\xB2\xE0\xAE\xBF\xE0\xAE\xB0\xE0\xAF\x81\xE0\xAE\xA8"
    "\xE0\xAF\x8D\xE0\xAE\xA4\xE0\xAF\x81", /* ிலிருந்து */
    "\xE0\xAF\x81\xE0\xAE\x95\xE0\xAF\x8D\xE0\xAE\x95\xE0\xAF\x81", /* ுக்கு */
    "\xE0\xAE\xAF\xE0\xAE\xBF\xE0\xAE\xB2\xE0\xAF\x8D",             /* யில் */
    "\xE0\xAE\xAF\xE0\xAE\xBF\xE0\xAE\xA9\xE0\xAF\x8D",             /* யின் */
    "\xE0\xAE\xAF\xE0\xAF\x88\xE0\xAE\x9A\xE0\xAF\x8D",             /* யைச் */
    "\xE0\xAE\xAF\xE0\xAF\x88\xE0\xAE\x95\xE0\xAF\x8D",             /* யைக் */
    "\xE0\xAE\xAF\xE0\xAF\x88\xE0\xAE\xA4\xE0\xAF\x8D",             /* யைத் */
    "\xE0\xAE\xAF\xE0\xAF\x88\xE0\xAE\xAA\xE0\xAF\x8D",             /* யைப் */
    "\xE0\xAE\x95\xE0\xAF\x8D\xE0\xAE\x95\xE0\xAF\x81",             /* க்கு */
    "\xE0\xAF\x81\xE0\xAE\x9F\xE0\xAE\xA9\xE0\xAF\x8D",             /* ுடன் */
    "\xE0\xAE\xBF\xE0\xAE\xB2\xE0\xAF\x8D",                         /* ில் */
    "\xE0\xAE\xBF\xE0\xAE\xA9\xE0\xAF\x8D",                         /* ின் */
    "\xE0\xAF\x88\xE0\xAE\x9A\xE0\xAF\x8D",                         /* ைச் */
    "\xE0\xAF\x88\xE0\xAE\x95\xE0\xAF\x8D",                         /* ைக் */
    "\xE0\xAF\x88\xE0\xAE\xA4\xE0\xAF\x8D",                         /* ைத் */
    "\xE0\xAF\x88\xE0\xAE\xAA\xE0\xAF\x8D",                         /* ைப் */
    "\xE0\xAE\xBE\xE0\xAE\xB2\xE0\xAF\x8D",                         /* ால் */
    "\xE0\xAF\x81\xE0\xAE\xAE\xE0\xAF\x8D",                         /* ும் */
    "\xE0\xAE\xAF\xE0\xAF\x88",                                     /* யை */
    "\xE0\xAF\x88",                                                 /* ை */
};

/* Bytes a Telugu or Georgian word keeps after its ending is cut: three letters or signs. */
#define TE_MIN_STEM 9
#define KA_MIN_STEM 9

/*
 * Endings Telugu glues to a name (case, plural), longest first:
 * "హైదరాబాదులో" in Hyderabad, "తెలంగాణకు" to Telangana. Written after a
 * zero-width non-joiner ("హైదరాబాద్‌లో") they are a word of their own.
 */
static const char *const te_endings[] = {
    "\xE0\xB0\xA8\xE0\xB1\x81\xE0\xB0\x82\xE0\xB0\x9A\xE0\xB0\xBF", /* నుంచి */
    "\xE0\xB0\xA8\xE0\xB1\x81\xE0\xB0\x82\xE0\xB0\xA1\xE0\xB0\xBF", /* నుండి */
    "\xE0\xB0\xB2\xE0\xB1\x8B\xE0\xB0\xA8\xE0\xB0\xBF",             /* లోని */
    "\xE0\xB0\xB2\xE0\xB1\x8B",                                     /* లో */
    "\xE0\xB0\x95\xE0\xB1\x81",                                     /* కు */
    "\xE0\xB0\x95\xE0\xB0\xBF",                                     /* కి */
    "\xE0\xB0\xA4\xE0\xB1\x8B",                                     /* తో */
    "\xE0\xB0\xAA\xE0\xB1\x88",                                     /* పై */
    "\xE0\xB0\xA8\xE0\xB1\x81",                                     /* ను */
    "\xE0\xB0\xA8\xE0\xB0\xBF",                                     /* ని */
    "\xE0\xB0\xB2\xE0\xB1\x81",                                     /* లు */
};

/*
 * Endings Georgian glues to a name, longest first: "თბილისში" in Tbilisi,
 * "თბილისიდან" from Tbilisi, "ბათუმის" of Batumi, and the nominative's -i
 * that a name ending in a consonant takes ("ერევანი" Yerevan).
 */
static const char *const ka_endings[] = {
    "\xE1\x83\x98\xE1\x83\x93\xE1\x83\x90\xE1\x83\x9C", /* იდან */
    "\xE1\x83\x93\xE1\x83\x90\xE1\x83\x9C",             /* დან */
    "\xE1\x83\x97\xE1\x83\x90\xE1\x83\x9C",             /* თან */
    "\xE1\x83\xA8\xE1\x83\x98",                         /* ში */
    "\xE1\x83\x98\xE1\x83\xA1",                         /* ის */
    "\xE1\x83\x96\xE1\x83\x94",                         /* ზე */
    "\xE1\x83\x98\xE1\x83\x97",                         /* ით */
    "\xE1\x83\x9B\xE1\x83\x90",                         /* მა */
    "\xE1\x83\xA1",                                     /* ს */
    "\xE1\x83\x98",                                     /* ი */
};

/* Bytes a Malayalam word keeps after its ending is cut: three letters or signs. */
#define ML_MIN_STEM 9

/*
 * Endings Malayalam glues to a name (case), longest first: "കൊച്ചിയിൽ" in
 * Kochi, "കൊച്ചിയിൽനിന്ന്" from Kochi, "കൊല്ലത്തിന്റെ" of Kollam,
 * "ഇന്ത്യയുടെ" of India, "കപ്പലിൽ" in the ship. A stem cut from an ending
 * that starts with a vowel sign keeps its consonant's a ("kappala"), which
 * only the vowels of short names notice.
 */
static const char *const ml_endings[] = {
    "\xE0\xB4\xAF\xE0\xB4\xBF\xE0\xB5\xBD\xE0\xB4\xA8\xE0\xB4\xBF\xE0\xB4\xA8\xE0\xB5\x8D"
    "\xE0\xB4\xA8\xE0\xB5\x8D", /* യിൽനിന്ന് */
    "\xE0\xB4\xBF\xE0\xB5\xBD\xE0\xB4\xA8\xE0\xB4\xBF\xE0\xB4\xA8\xE0\xB5\x8D\xE0\xB4\xA8"
    "\xE0\xB5\x8D", /* ിൽനിന്ന് */
    "\xE0\xB4\xAF\xE0\xB4\xBF\xE0\xB4\xB2\xE0\xB5\x87\xE0\xB4\x95\xE0\xB5\x8D\xE0\xB4\x95"
    "\xE0\xB5\x8D", /* യിലേക്ക് */
    "\xE0\xB4\xBF\xE0\xB4\xB2\xE0\xB5\x87\xE0\xB4\x95\xE0\xB5\x8D\xE0\xB4\x95"
    "\xE0\xB5\x8D",                                                 /* ിലേക്ക് */
    "\xE0\xB4\xBF\xE0\xB4\xA8\xE0\xB5\x8D\xE0\xB4\xB1\xE0\xB5\x86", /* ിന്റെ */
    "\xE0\xB4\xAF\xE0\xB5\x81\xE0\xB4\x9F\xE0\xB5\x86",             /* യുടെ */
    "\xE0\xB4\xAF\xE0\xB4\xBF\xE0\xB4\xB2\xE0\xB5\x86",             /* യിലെ */
    "\xE0\xB4\x95\xE0\xB5\x8D\xE0\xB4\x95\xE0\xB5\x8D",             /* ക്ക് */
    "\xE0\xB5\x81\xE0\xB4\x9F\xE0\xB5\x86",                         /* ുടെ */
    "\xE0\xB4\xBF\xE0\xB4\xB2\xE0\xB5\x86",                         /* ിലെ */
    "\xE0\xB4\xAF\xE0\xB4\xBF\xE0\xB5\xBD",                         /* യിൽ */
    "\xE0\xB4\xBF\xE0\xB4\xA8\xE0\xB5\x86",                         /* ിനെ */
    "\xE0\xB4\xBF\xE0\xB4\xA8\xE0\xB5\x8D",                         /* ിന് */
    "\xE0\xB4\xBF\xE0\xB5\xBD",                                     /* ിൽ */
};

/* Bytes a Kannada or Odia word keeps after its ending is cut: three letters or signs. */
#define KN_MIN_STEM 9
#define OR_MIN_STEM 9

/*
 * Case endings Kannada glues to a name, longest first, by the stem's last
 * sound: a name in -u takes -i- (of Bengaluru
 * "ಬೆಂಗಳೂರಿನ", in Mysuru "ಮೈಸೂರಿನಲ್ಲಿ"), one
 * in -a -d- and -kke (of Bandipur "ಬಂಡೀಪುರದ", to
 * it "ಬಂಡೀಪುರಕ್ಕೆ"), one in -i or -e -y- (in
 * Delhi "ದೆಹಲಿಯಲ್ಲಿ"); a name ending in a consonant
 * (its virama written, often before a ZWNJ) takes them with -n- or bare
 * ("ಪಾರ್ಕ್‌ನಲ್ಲಿ" in the park). The locative also
 * comes with -iruva, "which is in". The stem a cut leaves ends in a
 * consonant letter, whose a is not written in Latin (final_vowel() in
 * translit.c): "ಮೈಸೂರ" maisur.
 */
static const char *const kn_endings[] = {
    "\xE0\xB2\xBF\xE0\xB2\xA8\xE0\xB2\xB2\xE0\xB3\x8D\xE0\xB2\xB2\xE0\xB2\xBF\xE0\xB2\xB0"
    "\xE0\xB3\x81\xE0\xB2\xB5", /* ಿನಲ್ಲಿರುವ */
    "\xE0\xB2\xA8\xE0\xB2\xB2\xE0\xB3\x8D\xE0\xB2\xB2\xE0\xB2\xBF\xE0\xB2\xB0\xE0\xB3\x81"
    "\xE0\xB2\xB5", /* ನಲ್ಲಿರುವ */
    "\xE0\xB2\xA6\xE0\xB2\xB2\xE0\xB3\x8D\xE0\xB2\xB2\xE0\xB2\xBF\xE0\xB2\xB0\xE0\xB3\x81"
    "\xE0\xB2\xB5", /* ದಲ್ಲಿರುವ */
    "\xE0\xB2\xAF\xE0\xB2\xB2\xE0\xB3\x8D\xE0\xB2\xB2\xE0\xB2\xBF\xE0\xB2\xB0\xE0\xB3\x81"
    "\xE0\xB2\xB5", /* ಯಲ್ಲಿರುವ */
    "\xE0\xB2\xBF\xE0\xB2\xA8\xE0\xB2\xB2\xE0\xB3\x8D\xE0\xB2\xB2\xE0\xB2\xBF", /* ಿನಲ್ಲಿ */
    "\xE0\xB2\xA8\xE0\xB2\xB2\xE0\xB3\x8D\xE0\xB2\xB2\xE0\xB2\xBF", /* ನಲ್ಲಿ */
    "\xE0\xB2\xA6\xE0\xB2\xB2\xE0\xB3\x8D\xE0\xB2\xB2\xE0\xB2\xBF", /* ದಲ್ಲಿ */
    "\xE0\xB2\xAF\xE0\xB2\xB2\xE0\xB3\x8D\xE0\xB2\xB2\xE0\xB2\xBF", /* ಯಲ್ಲಿ */
    "\xE0\xB2\xBF\xE0\xB2\xA8\xE0\xB2\xBF\xE0\xB2\x82\xE0\xB2\xA6", /* ಿನಿಂದ */
    "\xE0\xB2\xB5\xE0\xB2\xA8\xE0\xB3\x8D\xE0\xB2\xA8\xE0\xB3\x81", /* ವನ್ನು */
    "\xE0\xB2\xAF\xE0\xB2\xA8\xE0\xB3\x8D\xE0\xB2\xA8\xE0\xB3\x81", /* ಯನ್ನು */
    "\xE0\xB2\x85\xE0\xB2\xA8\xE0\xB3\x8D\xE0\xB2\xA8\xE0\xB3\x81", /* ಅನ್ನು */
    "\xE0\xB2\xA8\xE0\xB2\xBF\xE0\xB2\x82\xE0\xB2\xA6",             /* ನಿಂದ */
    "\xE0\xB2\xA6\xE0\xB2\xBF\xE0\xB2\x82\xE0\xB2\xA6",             /* ದಿಂದ */
    "\xE0\xB2\xAF\xE0\xB2\xBF\xE0\xB2\x82\xE0\xB2\xA6",             /* ಯಿಂದ */
    "\xE0\xB2\xA8\xE0\xB3\x8D\xE0\xB2\xA8\xE0\xB3\x81",             /* ನ್ನು */
    "\xE0\xB2\x95\xE0\xB3\x8D\xE0\xB2\x95\xE0\xB3\x86",             /* ಕ್ಕೆ */
    "\xE0\xB2\xBF\xE0\xB2\x82\xE0\xB2\xA6",                         /* ಿಂದ */
    "\xE0\xB2\xBF\xE0\xB2\x97\xE0\xB3\x86",                         /* ಿಗೆ */
    "\xE0\xB2\xBF\xE0\xB2\xA8",                                     /* ಿನ */
    "\xE0\xB2\x97\xE0\xB3\x86",                                     /* ಗೆ */
    "\xE0\xB2\xA6",                                                 /* ದ */
    "\xE0\xB2\xAF",                                                 /* ಯ */
    "\xE0\xB2\xA8",                                                 /* ನ */
};

/*
 * Case endings and postpositions Odia glues to a name, longest first:
 * "ଭୁବନେଶ୍ୱରରେ" in Bhubaneswar, "କଟକରୁ" from Cuttack, "ପୁରୀକୁ" to Puri,
 * "ଓଡ଼ିଶାର" of Odisha, "-ଙ୍କ" of a person, "-ଠାରେ" at.
 */
static const char *const or_endings[] = {
    "\xE0\xAC\xAE\xE0\xAC\xBE\xE0\xAC\xA8\xE0\xAC\x99\xE0\xAD\x8D\xE0\xAC\x95", /* ମାନଙ୍କ */
    "\xE0\xAC\xA0\xE0\xAC\xBE\xE0\xAC\xB0\xE0\xAD\x81",                         /* ଠାରୁ */
    "\xE0\xAC\xA0\xE0\xAC\xBE\xE0\xAC\xB0\xE0\xAD\x87",                         /* ଠାରେ */
    "\xE0\xAC\x99\xE0\xAD\x8D\xE0\xAC\x95\xE0\xAD\x81",                         /* ଙ୍କୁ */
    "\xE0\xAC\x99\xE0\xAD\x8D\xE0\xAC\x95\xE0\xAC\xB0",                         /* ଙ୍କର */
    "\xE0\xAC\x99\xE0\xAD\x8D\xE0\xAC\x95",                                     /* ଙ୍କ */
    "\xE0\xAC\xB0\xE0\xAD\x87",                                                 /* ରେ */
    "\xE0\xAC\xB0\xE0\xAD\x81",                                                 /* ରୁ */
    "\xE0\xAC\x95\xE0\xAD\x81",                                                 /* କୁ */
    "\xE0\xAC\xB0",                                                             /* ର */
};

/* Bytes an Ethiopic word keeps after its prefix is cut: two syllables. */
#define ET_MIN_STEM 6

/*
 * The bytes of the prepositions Amharic writes as a syllable before the
 * Ethiopic word `w[0..n)`: በ in, ለ to, ከ from, የ of ("በአዲስ አበባ" in
 * Addis Ababa); 0 for none, or when fewer than two syllables would stay.
 */
static size_t ethiopic_prefix_bytes(const char *w, size_t n)
{
    static const char prefixes[][4] = {"\xE1\x89\xA0", "\xE1\x88\x88", "\xE1\x8A\xA8",
                                       "\xE1\x8B\xA8"};
    size_t i;

    for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
        if (n >= 3 + ET_MIN_STEM && memcmp(w, prefixes[i], 3) == 0)
            return 3;
    return 0;
}

/* The endings a script glues to a name, cut by cut_ending(), and the stem they leave. */
struct ending_table {
    const char *const *endings; /* longest first; NULL: the script has none listed */
    size_t count;
    size_t min_stem;               /* bytes */
    const struct oblique *oblique; /* a stem's nominative ends, NULL-ended; NULL: none */
    int32_t virama; /* a one-letter ending right after it is a conjunct's (0: none checked) */
};

#define ENDINGS(list, min, oblique)                           \
    {                                                         \
        list, sizeof(list) / sizeof(list[0]), min, oblique, 0 \
    }

/* As ENDINGS, for a script whose one-letter endings never follow its virama `v`. */
#define ENDINGS_VIRAMA(list, min, v)                       \
    {                                                      \
        list, sizeof(list) / sizeof(list[0]), min, NULL, v \
    }

static const struct ending_table script_endings[UNCASED_SCRIPTS] = {
    [UNCASED_BENGALI] = ENDINGS_VIRAMA(bn_endings, BN_MIN_STEM, 0x09CD),
    [UNCASED_TAMIL] = ENDINGS(ta_endings, TA_MIN_STEM, ta_oblique),
    [UNCASED_TELUGU] = ENDINGS(te_endings, TE_MIN_STEM, NULL),
    [UNCASED_GEORGIAN] = ENDINGS(ka_endings, KA_MIN_STEM, NULL),
    [UNCASED_MALAYALAM] = ENDINGS(ml_endings, ML_MIN_STEM, NULL),
    [UNCASED_GUJARATI] = ENDINGS(gu_endings, GU_MIN_STEM, NULL),
    [UNCASED_KANNADA] = ENDINGS_VIRAMA(kn_endings, KN_MIN_STEM, 0x0CCD),
    [UNCASED_ODIA] = ENDINGS_VIRAMA(or_endings, OR_MIN_STEM, 0x0B4D),
};

/* Marathi's, in Devanagari: only for text in Marathi, since Hindi writes them apart. */
static const struct ending_table marathi_endings = ENDINGS(mr_endings, MR_MIN_STEM, mr_oblique);

/* The endings `ns`'s text glues to a word of `script`: its language's or its script's. */
static const struct ending_table *endings_of(struct name_scan *ns,
                                             enum translit_uncased_script script)
{
    char code[8];

    if (script == UNCASED_DEVANAGARI) {
        if (ns->marathi < 0) {
            text_lang_given(ns->given, code);
            ns->marathi = strcmp(code, "mr") == 0;
        }
        if (ns->marathi)
            return &marathi_endings;
    }
    return &script_endings[script];
}

/*
 * Whether cutting `w[0..n)` at `to` would take the second letter of a
 * conjunct for an ending: one letter (three bytes) right after `et`'s virama.
 * Kannada's -d- and -y- follow a vowel ("ಬಂಡೀಪುರದ", "ದೆಹಲಿಯ"), not a virama
 * ("ಅರಣ್ಯ" forest, "ಅಡಗಿದ್ದ" hidden); a bare -n- after one is written after a
 * ZWNJ ("ಪಾರ್ಕ್‌ನ"). Odia's and Bengali's genitive -r follows a vowel, and
 * "୍ର", "্র" are the ra of "କେନ୍ଦ୍ର", "কেন্দ্র" (centre).
 */
static bool splits_conjunct(const struct ending_table *et, const char *w, size_t n, size_t to)
{
    size_t p;

    if (et->virama == 0 || n - to != 3 || to < 3)
        return false;
    p = to - 3;
    return utf8_next_fast(w, n, &p) == et->virama;
}

/*
 * The word `w[0..n)` without a Korean particle or Bengali, Tamil, Telugu,
 * Georgian, Malayalam, Gujarati, Kannada, Odia or Marathi ending at its end or an Arabic, Hebrew or
 * Amharic prefix at its start (for Hebrew, the `k`-th cut of
 * hebrew_prefix_bytes(); other scripts have one cut), in `[*from, *to)`;
 * false when it has none.
 */
static bool cut_affix(const struct ending_table *et, const char *w, size_t n,
                      enum translit_uncased_script script, int k, size_t *from, size_t *to)
{
    *from = 0;
    *to = n;
    if (et->endings != NULL) {
        *to = k == 1 ? cut_ending(w, n, et->endings, et->count, et->min_stem) : n;
        if (*to < n && splits_conjunct(et, w, n, *to))
            *to = n;
        return *to < n;
    }
    switch (script) {
    case UNCASED_ARABIC: *from = k == 1 ? arabic_prefix_bytes(w, n) : 0; return *from > 0;
    case UNCASED_HEBREW: *from = hebrew_prefix_bytes(w, n, k); return *from > 0;
    case UNCASED_HANGUL: *to = k == 1 ? stem_hangul(w, n) : n; return *to < n;
    case UNCASED_ETHIOPIC: *from = k == 1 ? ethiopic_prefix_bytes(w, n) : 0; return *from > 0;
    default: return false; /* Hindi writes its postpositions apart */
    }
}

/* Letters of a Thai word's second spelling (thai_second_spelling()), at most. */
#define THAI_SPELLING_MAX 64

/*
 * Passes a second spelling of the Latin `latin[0..len)` of a Thai word, when
 * it has one, as TEXT_TOKEN_UNCASED_ALT: Thai writes the k of foreign names
 * with its aspirated letters ค ข ("โคลัมโบ" Colombo, "บัตติคาโลอา"
 * Batticaloa), which ICU spells "kh", and the key reads "kh" as no consonant
 * (the Russian х); the second spelling has "k" there. With `x_as_s` (Lao)
 * its x is s too: the papers write ຊ as x or s ("Xekong", "Sekong").
 */
static void thai_second_spelling(struct name_scan *ns, const char *latin, size_t len, bool x_as_s)
{
    char second[THAI_SPELLING_MAX];
    size_t i, k = 0;
    bool changed = false;

    if (len >= sizeof(second))
        return;
    for (i = 0; i < len; i++) {
        second[k++] = x_as_s && latin[i] == 'x' ? 's' : latin[i];
        changed = changed || second[k - 1] != latin[i];
        if (latin[i] == 'k' && i + 1 < len && latin[i + 1] == 'h')
            i++; /* the h */
    }
    if (k < len || changed)
        ns->fn(ns->ctx, second, k, TEXT_TOKEN_UNCASED_ALT);
}

/* Passes the Latin spelling of the word `w[0..n)` of `script` as `kind`. */
static enum td_err emit_uncased_one(struct name_scan *ns, const char *w, size_t n,
                                    enum translit_uncased_script script,
                                    enum text_token_kind kind)
{
    const char *latin;
    size_t len;
    enum td_err rc = analyzer_uncased_latin(ns->an, w, n, script, &latin, &len, ns->err);

    if (rc == TD_ERR_INTERNAL)
        return td_error_set(ns->err, rc, "cannot open ICU transliterators 'Arabic-Latin; "
                                         "Hangul-Latin; Devanagari-Latin'");
    if (rc == TD_OK && len >= 2) {
        ns->fn(ns->ctx, latin, len, kind);
        /* Khmer and Lao write the k of foreign names with their aspirated ខ, ຄ too. */
        if (script == UNCASED_THAI || script == UNCASED_KHMER || script == UNCASED_LAO)
            thai_second_spelling(ns, latin, len, script == UNCASED_LAO);
    }
    /* Burmese ရ is y as said (Yangon) and r in the older spelling (Rakhine): both. */
    if (rc == TD_OK && len >= 2 && script == UNCASED_MYANMAR) {
        td_buf_reset(&ns->latin);
        rc = translit_myanmar_r(w, n, &ns->latin);
        if (rc == TD_OK && ns->latin.len >= 2 &&
            (ns->latin.len != len || memcmp(ns->latin.data, latin, len) != 0))
            ns->fn(ns->ctx, ns->latin.data, ns->latin.len, TEXT_TOKEN_UNCASED_ALT);
    }
    return rc;
}

/*
 * The letters, vowel signs and marks of each script without capitals
 * (text_int.h); Arabic and Hebrew, whose words take more, are
 * uncased_in_word()'s own.
 */
static bool (*const script_letter[UNCASED_SCRIPTS])(int32_t) = {
    [UNCASED_HANGUL] = translit_hangul,     [UNCASED_DEVANAGARI] = translit_devanagari,
    [UNCASED_BENGALI] = translit_bengali,   [UNCASED_THAI] = translit_thai,
    [UNCASED_TAMIL] = translit_tamil,       [UNCASED_TELUGU] = translit_telugu,
    [UNCASED_GEORGIAN] = translit_georgian, [UNCASED_ETHIOPIC] = translit_ethiopic,
    [UNCASED_GURMUKHI] = translit_gurmukhi, [UNCASED_MALAYALAM] = translit_malayalam,
    [UNCASED_SINHALA] = translit_sinhala,   [UNCASED_GUJARATI] = translit_gujarati,
    [UNCASED_KANNADA] = translit_kannada,   [UNCASED_ODIA] = translit_odia,
    [UNCASED_KHMER] = translit_khmer,       [UNCASED_LAO] = translit_lao,
    [UNCASED_MYANMAR] = translit_myanmar,
};

/* Whether `cp` goes on a word of `script`: Arabic's vowel marks, tatweel and ZWNJ stay in it. */
static bool uncased_in_word(enum translit_uncased_script script, int32_t cp)
{
    switch (script) {
    case UNCASED_ARABIC:
        /* Persian joins the parts of a word with a zero-width non-joiner ("نیک‌بخت"). */
        return translit_arabic(cp) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0640 ||
               cp == 0x200C;
    case UNCASED_HEBREW:
        /* Points and accents stay; maqaf, paseq and sof pasuq end the word. */
        return translit_hebrew(cp) || (cp >= 0x0591 && cp <= 0x05C7 && cp != 0x05BE &&
                                       cp != 0x05C0 && cp != 0x05C3 && cp != 0x05C6);
    case UNCASED_BENGALI:
    case UNCASED_MALAYALAM:
    case UNCASED_SINHALA:
    case UNCASED_KANNADA:
        /*
         * Bengali joins conjuncts with ZWJ and ZWNJ ("র‍্যাব"), Malayalam
         * writes a ZWNJ after a virama inside a word ("എൽബ്‌മാർഷ്"), Sinhala
         * a ZWJ in its conjuncts ("ත්‍රි" tri). Not Telugu: it writes one
         * before an ending ("హైదరాబాద్‌లో"). Kannada writes one after a
         * virama inside a word and before an ending
         * ("ವೈಟ್‌ಫೀಲ್ಡ್‌ನಲ್ಲಿ" in Whitefield): the word stays
         * whole and kn_endings cut the ending.
         */
        if (cp == 0x200C || cp == 0x200D)
            return true;
        break;
    default:
        break;
    }
    return script > UNCASED_NONE && script < UNCASED_SCRIPTS && script_letter[script] != NULL &&
           script_letter[script](cp);
}

/*
 * Whether `cp` is a geresh after the Hebrew letter `prev` that takes one
 * (ג ז צ ץ: "ג'יבוטי" Djibouti), U+05F3 or an apostrophe as most text types
 * it: a part of the word, which translit.c spells.
 */
static bool hebrew_geresh(int32_t prev, int32_t cp)
{
    return (cp == 0x05F3 || cp == '\'') &&
           (prev == 0x05D2 || prev == 0x05D6 || prev == 0x05E6 || prev == 0x05E5);
}

/* Letters of a Hangul word's second spelling (hangul_second_spelling()), at most. */
#define HANGUL_SPELLING_MAX 64

/*
 * Passes a second Latin spelling of the Hangul word `w[0..n)`, when it has
 * one, as TEXT_TOKEN_UNCASED_ALT: Korean writes the "qu" of foreign names
 * as "kw" (퀼론 "kwillon", Quillon) and their z as j (히노키자키 "hinokijaki",
 * Hinokizaki), and the romanisation follows the Korean letters; the second
 * spelling has "k" and "z" there. It is tried after the word's other forms.
 */
static enum td_err hangul_second_spelling(struct name_scan *ns, const char *w, size_t n)
{
    char second[HANGUL_SPELLING_MAX];
    const char *latin;
    size_t len, i, k = 0;
    bool changed = false;
    enum td_err rc = analyzer_uncased_latin(ns->an, w, n, UNCASED_HANGUL, &latin, &len, ns->err);

    if (rc != TD_OK || len >= sizeof(second))
        return rc;
    for (i = 0; i < len; i++) {
        if (latin[i] == 'k' && i + 1 < len && latin[i + 1] == 'w') {
            second[k++] = 'k';
            i++; /* the w */
            changed = true;
            continue;
        }
        changed = changed || latin[i] == 'j';
        second[k++] = latin[i] == 'j' ? 'z' : latin[i];
    }
    if (changed && k >= 2)
        ns->fn(ns->ctx, second, k, TEXT_TOKEN_UNCASED_ALT);
    return TD_OK;
}

/* Bytes of one Hangul syllable in UTF-8. */
#define HANGUL_SYLLABLE_BYTES 3

/* The letters of a Hangul syllable's initial consonant and vowel (Revised Romanization). */
static const char *const hangul_initials[19] = {"g", "kk", "n", "d", "tt", "l", "m",
                                                "b", "pp", "s", "ss", "",  "j", "jj",
                                                "ch", "k", "t", "p", "h"};
static const char *const hangul_vowels[21] = {"a",  "ae", "ya", "yae", "eo", "e",  "yeo",
                                              "ye", "o",  "wa", "wae", "oe", "yo", "u",
                                              "wo", "we", "wi", "yu",  "eu", "ui", "i"};
/* Its final consonant before a vowel, which goes on to the next syllable, as ICU spells it. */
static const char *const hangul_finals_linked[28] = {
    "", "g", "kk", "gs", "n", "nj", "nh", "d", "l",  "lg", "lm", "lb", "ls", "lt",
    "lp", "lh", "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h"};
/* ... and before a consonant or at the end of the word, where it is said k, t, p, l, m, n, ng. */
static const char *const hangul_finals_closed[28] = {
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
    "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

/*
 * Whether the Hangul syllable `syl` (its index from 가) is 쓰, 츠 or 쯔: the
 * National Institute of Korean Language writes the Japanese つ as 쓰
 * ("쓰키지" Tsukiji), and the papers often as 츠 or 쯔 ("츠쿠바" Tsukuba);
 * Korean words have 쓰 too (쓰다, to write), so it is a second reading.
 */
static bool hangul_tsu(int32_t syl)
{
    int32_t initial = syl / 588;

    /* Initials ㅆ (10), ㅉ (13), ㅊ (14); vowel ㅡ (18); no final. */
    return (initial == 10 || initial == 13 || initial == 14) && (syl % 588) / 28 == 18 &&
           syl % 28 == 0;
}

/* The readings hangul_closed() gives: Revised Romanization, with "tsu", with pinyin's x, q, ü. */
enum hangul_mode { HANGUL_RR, HANGUL_TSU, HANGUL_PINYIN };

/*
 * The pinyin spelling of the initial and vowel of the Hangul syllable `syl`
 * where Korean writes a Chinese sound otherwise than pinyin (the National
 * Institute of Korean Language's table for Chinese): x as ㅅ before i, ü and
 * a y-vowel (시 xi, 샤 xia, 셰 xie, 슈 xiu, 쉬 xu, 쉐 xue), q as ㅊ before i
 * and ü (치 qi, 취 qu), ü as 위 after ㅈ (쥐 ju), ㄹ and ㄴ (뤼 lü, written "lv"
 * by the papers; 뉘 nv), and pinyin's ua and uo as ㅘ and ㅝ after a consonant
 * (광 guang, 황 huang, 궈 guo, 뤄 luo), which Revised Romanization spells "wa",
 * "wo" and the key hears as a v ("gwangdung" for 광둥, Guangdong). Sets
 * `part[0..2)` and returns true then; else false.
 */
static bool hangul_pinyin(int32_t syl, const char **part)
{
    /* Vowels after ㅅ: ㅑ ㅕ ㅖ ㅞ ㅟ ㅠ ㅣ (2, 6, 7, 15, 16, 17, 20). */
    static const char *const x_vowel[21] = {
        [2] = "ia", [6] = "ie", [7] = "ie", [15] = "ue", [16] = "u", [17] = "iu", [20] = "i"};
    int32_t initial = syl / 588, vowel = (syl % 588) / 28;

    if (initial == 9 && x_vowel[vowel] != NULL) {
        part[0] = "x";
        part[1] = x_vowel[vowel];
    } else if ((initial == 12 || initial == 14) && (vowel == 15 || vowel == 16)) {
        part[0] = initial == 12 ? "j" : "q";
        part[1] = vowel == 15 ? "ue" : "u";
    } else if (initial == 14 && vowel == 20) {
        part[0] = "q";
    } else if ((initial == 5 || initial == 2) && (vowel == 15 || vowel == 16)) {
        part[0] = initial == 5 ? "l" : "n";
        part[1] = vowel == 15 ? "ve" : "v";
    } else if (initial != 11 && (vowel == 9 || vowel == 14)) {
        part[1] = vowel == 9 ? "ua" : "uo";
    } else {
        return false;
    }
    return true;
}

/*
 * The Revised Romanization of the Hangul word `w[0..n)` in `out` (room for
 * `cap` bytes; NUL-terminated), its length; 0 when it does not fit or is
 * not all syllables. It differs from ICU's letter-by-letter spelling where
 * a syllable's final consonant comes before a consonant or ends the word:
 * said there, and written by the papers, as k, t or p ("방콕" Bangkok, ICU
 * "bangkog"; "한빛" Hanbit, ICU "hanbich"), and where a syllable starts with
 * ㄹ: r, as the papers write it ("계림" Gyerim, ICU "gyelim"), but l after a
 * final ㄹ ("달라" dalla). With HANGUL_TSU, a syllable 쓰, 츠 or 쯔 with no
 * final is "tsu" (hangul_tsu()); with HANGUL_PINYIN, the syllables Korean
 * writes for pinyin's x, q and ü are spelt as pinyin does (hangul_pinyin()),
 * and 0 is returned when there is none.
 */
static size_t hangul_closed(const char *w, size_t n, enum hangul_mode mode, char *out, size_t cap)
{
    size_t p = 0, k = 0;
    bool pinyin = false;
    int32_t cp = 0, next, prev_final = 0;
    const char *part[3], *c;
    int i;

    if (n < HANGUL_SYLLABLE_BYTES || !translit_hangul(cp = utf8_next_fast(w, n, &p)))
        return 0;
    while (cp != 0) {
        int32_t syl = cp - 0xAC00;
        next = p < n ? utf8_next_fast(w, n, &p) : 0;
        if (next != 0 && !translit_hangul(next))
            return 0;
        /* The initial ㄹ (index 5) is r, l after the final ㄹ (index 8). */
        part[0] = syl / 588 == 5 && prev_final != 8 ? "r" : hangul_initials[syl / 588];
        prev_final = syl % 28;
        part[1] = hangul_vowels[(syl % 588) / 28];
        /* The next syllable starts with a vowel when its initial is ㅇ (index 11). */
        part[2] = next != 0 && (next - 0xAC00) / 588 == 11 ? hangul_finals_linked[syl % 28]
                                                           : hangul_finals_closed[syl % 28];
        if (mode == HANGUL_TSU && hangul_tsu(syl)) {
            part[0] = "ts";
            part[1] = "u";
        }
        if (mode == HANGUL_PINYIN && hangul_pinyin(syl, part))
            pinyin = true;
        /* Parts of one to three letters: copied a byte at a time, no strlen(). */
        for (i = 0; i < 3; i++)
            for (c = part[i]; *c != '\0'; c++) {
                if (k + 2 > cap)
                    return 0;
                out[k++] = *c;
            }
        cp = next;
    }
    out[k] = '\0';
    return mode == HANGUL_PINYIN && !pinyin ? 0 : k;
}

/*
 * Passes the Revised Romanization of the Hangul word `w[0..n)` as `kind`
 * (hangul_closed()) when ICU spells it otherwise, then its reading with
 * "tsu" when it has 쓰, 츠 or 쯔 (hangul_tsu()), and its pinyin reading when
 * it has a syllable of pinyin's x, q or ü (hangul_pinyin()).
 */
static enum td_err emit_hangul_closed(struct name_scan *ns, const char *w, size_t n,
                                      enum text_token_kind kind)
{
    char rr[HANGUL_SPELLING_MAX], ts[HANGUL_SPELLING_MAX];
    const char *latin;
    size_t len, k = hangul_closed(w, n, HANGUL_RR, rr, sizeof(rr)), t;
    enum td_err rc;

    if (k < 2)
        return TD_OK;
    rc = analyzer_uncased_latin(ns->an, w, n, UNCASED_HANGUL, &latin, &len, ns->err);
    if (rc == TD_OK && (len != k || memcmp(latin, rr, k) != 0))
        ns->fn(ns->ctx, rr, k, kind);
    t = hangul_closed(w, n, HANGUL_TSU, ts, sizeof(ts));
    if (rc == TD_OK && t > 0 && (t != k || memcmp(ts, rr, k) != 0))
        ns->fn(ns->ctx, ts, t, kind);
    t = hangul_closed(w, n, HANGUL_PINYIN, ts, sizeof(ts));
    if (rc == TD_OK && t > 0)
        ns->fn(ns->ctx, ts, t, kind);
    return rc;
}

/* Passes the Hangul `w[0..n)` in each of its Latin spellings as `kind`. */
static enum td_err emit_hangul_reading(struct name_scan *ns, const char *w, size_t n,
                                       enum text_token_kind kind)
{
    enum td_err rc = emit_uncased_one(ns, w, n, UNCASED_HANGUL, kind);

    return rc == TD_OK ? emit_hangul_closed(ns, w, n, kind) : rc;
}

/* Consonants a Hangul word's Latin spelling has for its sound to be tried (engine.c). */
#define HANGUL_SOUND_CONSONANTS 3

/*
 * Whether the Hangul `w[0..n)` has fewer than HANGUL_SOUND_CONSONANTS in the
 * skeleton of its Latin spelling (text_name_skeleton()), too few for the
 * engine to match it by sound; `*rc` is the transliteration's outcome.
 */
static bool hangul_short(struct name_scan *ns, const char *w, size_t n, enum td_err *rc)
{
    char skel[HANGUL_SPELLING_MAX];
    const char *latin;
    size_t len;

    *rc = analyzer_uncased_latin(ns->an, w, n, UNCASED_HANGUL, &latin, &len, ns->err);
    return *rc == TD_OK &&
           text_name_skeleton(latin, len, skel, sizeof(skel)) < HANGUL_SOUND_CONSONANTS;
}

/* A Korean surname (a Hangul syllable) and its spellings in the Latin papers, space-separated. */
struct ko_surname {
    int32_t syllable;
    const char *latin;
};

/*
 * The common Korean surnames, by code point, and how the papers spell them,
 * which is seldom the Revised Romanization ("김" Kim, not gim; "이" Lee, Yi
 * or Rhee; "박" Park; "고" Ko): a family name keeps the spelling its bearers
 * chose, and these are the usual ones.
 */
static const struct ko_surname ko_surnames[] = {
    {0xAC15, "kang"},        {0xACBD, "kyung"},
    {0xACE0, "ko koh"},      {0xACF5, "kong"},
    {0xACFD, "kwak"},        {0xAD6C, "koo ku"},
    {0xAD6D, "kook"},        {0xAD8C, "kwon"},
    {0xAE08, "keum"},        {0xAE30, "ki"},
    {0xAE38, "gil kil"},     {0xAE40, "kim"},
    {0xB098, "na"},          {0xB0A8, "nam"},
    {0xB178, "noh roh"},     {0xB3C4, "do"},
    {0xB77C, "ra"},          {0xB958, "ryu yoo"},
    {0xB9C8, "ma"},          {0xB9F9, "maeng"},
    {0xBA85, "myung"},       {0xBAA8, "mo"},
    {0xBB38, "moon"},        {0xBBFC, "min"},
    {0xBC15, "park pak"},    {0xBC18, "ban"},
    {0xBC29, "bang"},        {0xBC30, "bae"},
    {0xBC31, "baek paik"},   {0xBCC0, "byun"},
    {0xBD09, "bong"},        {0xC11C, "seo suh"},
    {0xC11D, "seok"},        {0xC120, "sun"},
    {0xC124, "seol"},        {0xC131, "sung"},
    {0xC190, "son sohn"},    {0xC1A1, "song"},
    {0xC2E0, "shin"},        {0xC2EC, "shim"},
    {0xC548, "ahn"},         {0xC591, "yang"},
    {0xC5C4, "um eom"},      {0xC5EC, "yeo"},
    {0xC5F0, "yeon"},        {0xC5FC, "yeom"},
    {0xC608, "ye"},          {0xC624, "oh"},
    {0xC625, "ok"},          {0xC655, "wang"},
    {0xC6A9, "yong"},        {0xC6B0, "woo"},
    {0xC6D0, "won"},         {0xC720, "yoo yu"},
    {0xC721, "yook"},        {0xC724, "yoon yun"},
    {0xC774, "lee yi rhee"}, {0xC778, "in"},
    {0xC784, "lim im"},      {0xC7A5, "jang chang"},
    {0xC804, "jeon jun"},    {0xC815, "jung chung jeong"},
    {0xC81C, "je"},          {0xC870, "cho jo"},
    {0xC8FC, "joo ju"},      {0xC9C0, "ji"},
    {0xC9C4, "jin"},         {0xCC28, "cha"},
    {0xCC44, "chae"},        {0xCC9C, "chun cheon"},
    {0xCD5C, "choi"},        {0xCD94, "choo"},
    {0xD0C1, "tak"},         {0xD3B8, "pyun"},
    {0xD45C, "pyo"},         {0xD558, "ha"},
    {0xD55C, "han"},         {0xD568, "ham"},
    {0xD5C8, "heo huh"},     {0xD604, "hyun"},
    {0xD64D, "hong"},        {0xD669, "hwang"},
};

/* Letters of a Korean name's pair as emit_hangul_person() joins it, at most. */
#define KO_PAIR_MAX 32

/* The Latin spellings of the surname syllable `syl` (space-separated), or NULL. */
static const char *ko_surname_latin(int32_t syl)
{
    size_t lo = 0, hi = sizeof(ko_surnames) / sizeof(ko_surnames[0]);

    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ko_surnames[mid].syllable == syl)
            return ko_surnames[mid].latin;
        if (ko_surnames[mid].syllable < syl)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/*
 * Passes `surname[0..n)` joined to the given name's first syllable `given`
 * as TEXT_TOKEN_NAME_PINYIN, and again with its "eo" as "u" when it has one
 * (성 seong, Sung; 현 hyeon, Hyun: the older spelling names keep).
 */
static void emit_ko_pair(struct name_scan *ns, const char *surname, size_t n, const char *given)
{
    char pair[KO_PAIR_MAX];
    size_t k = n, i;
    bool eo = false;

    if (n + strlen(given) >= sizeof(pair))
        return;
    memcpy(pair, surname, n);
    for (i = 0; given[i] != '\0'; i++)
        pair[k++] = given[i];
    ns->fn(ns->ctx, pair, k, TEXT_TOKEN_NAME_PINYIN);
    for (i = 0, k = n; given[i] != '\0'; i++) {
        eo = eo || (given[i] == 'e' && given[i + 1] == 'o');
        if (given[i] == 'e' && given[i + 1] == 'o')
            continue; /* the o follows, as u */
        pair[k++] = given[i] == 'o' && i > 0 && given[i - 1] == 'e' ? 'u' : given[i];
    }
    if (eo)
        ns->fn(ns->ctx, pair, k, TEXT_TOKEN_NAME_PINYIN);
}

/*
 * Passes the spellings of a Korean person's name that the Latin papers
 * split, when the Hangul word `w[0..n)` has three syllables, as
 * TEXT_TOKEN_NAME_PINYIN: a Korean name is a surname of one syllable and a
 * given name of two written as one word ("염하린"), which the Latin papers
 * write apart and hyphenate ("Yeom Ha-rin": the names Yeom and Ha in a row).
 * So each usual spelling of the surname (ko_surnames[]) with the given
 * name's first syllable ("고동현" Ko Dong-hyeon, "이성우" Lee Sung-woo), or
 * for a surname not listed the Revised Romanization of the first two
 * syllables; then that of all three.
 */
static void emit_hangul_person(struct name_scan *ns, const char *w, size_t n)
{
    char rr[HANGUL_SPELLING_MAX], given[HANGUL_SPELLING_MAX];
    const char *latin;
    size_t k, len;
    int32_t syl;

    if (n != 3 * HANGUL_SYLLABLE_BYTES)
        return;
    k = 0;
    syl = utf8_next_fast(w, n, &k);
    latin = ko_surname_latin(syl);
    if (latin != NULL && hangul_closed(w + HANGUL_SYLLABLE_BYTES, HANGUL_SYLLABLE_BYTES, HANGUL_RR,
                                       given, sizeof(given)) > 0)
        while (*latin != '\0') {
            len = strcspn(latin, " ");
            emit_ko_pair(ns, latin, len, given);
            latin += len + (latin[len] == ' ');
        }
    for (k = latin == NULL ? 2 : 3; k <= 3; k++)
        if ((len = hangul_closed(w, k * HANGUL_SYLLABLE_BYTES, HANGUL_RR, rr, sizeof(rr))) > 0)
            ns->fn(ns->ctx, rr, len, TEXT_TOKEN_NAME_PINYIN);
}

/*
 * Emits the first two and three syllables of the Hangul word `w[0..n)`, when
 * it is longer, in Latin letters as TEXT_TOKEN_NAME_READING: Korean writes a
 * company's or team's name and what it is as one word ("대호자동차", Daeho
 * + motor car), so the name is the head of the word. Then the word whole
 * and its stem `w[0..stem)` (no particle), when it is no head already, of
 * two syllables or more and of two consonants or fewer (hangul_short()): such
 * a name ("이케다" Ikeda) is too short to be taken by its sound
 * (TEXT_TOKEN_UNCASED), but may spell one exactly; the word whole as well,
 * since a name may end in a particle's syllable ("사카이" Sakai, 이). Last,
 * a stem of three syllables as a person's name (emit_hangul_person()).
 */
static enum td_err emit_hangul_heads(struct name_scan *ns, const char *w, size_t n, size_t stem)
{
    size_t k;
    enum td_err rc = TD_OK;

    for (k = 2; k <= 3 && rc == TD_OK && k * HANGUL_SYLLABLE_BYTES < n; k++)
        rc = emit_hangul_reading(ns, w, k * HANGUL_SYLLABLE_BYTES, TEXT_TOKEN_NAME_READING);
    if (rc == TD_OK && n >= 2 * HANGUL_SYLLABLE_BYTES && hangul_short(ns, w, n, &rc))
        rc = emit_hangul_reading(ns, w, n, TEXT_TOKEN_NAME_READING);
    if (rc == TD_OK && stem < n && stem > 3 * HANGUL_SYLLABLE_BYTES &&
        hangul_short(ns, w, stem, &rc))
        rc = emit_hangul_reading(ns, w, stem, TEXT_TOKEN_NAME_READING);
    if (rc == TD_OK)
        emit_hangul_person(ns, w, stem);
    return rc;
}

/*
 * Nouns Korean writes glued after a place's name, as one word with it
 * ("포산시" Foshan city, "광둥성" Guangdong province, "보문산동물원" Bomunsan
 * zoo, "양쯔강" the Yangtze river), longest first where one ends another.
 */
static const char *const ko_place_nouns[] = {
    "동물원", "대학교", "공항", "대교", "터널", "공원", "운하", "해협",
    "사막",   "산맥",   "대학", "항구", "호수", "시",   "성",   "주",
    "현",     "군",     "강",   "산",   "섬",   "역",   "항",
};

/* Place nouns cut off one word (emit_hangul_place()), at most: "동물원" and then "산". */
#define KO_PLACE_CUTS 2

/*
 * The length of the Hangul stem `w[0..n)` without the place noun it ends
 * in (ko_place_nouns[]), when two syllables or more stay; else `n`.
 */
static size_t cut_place_noun(const char *w, size_t n)
{
    size_t i, k;

    for (i = 0; i < sizeof(ko_place_nouns) / sizeof(ko_place_nouns[0]); i++) {
        k = strlen(ko_place_nouns[i]);
        if (n >= k + 2 * HANGUL_SYLLABLE_BYTES && memcmp(w + n - k, ko_place_nouns[i], k) == 0)
            return n - k;
    }
    return n;
}

/*
 * Passes the name part of the Hangul stem `w[0..stem)` when it ends in a
 * place noun (cut_place_noun()), in each of its Latin spellings, as
 * TEXT_TOKEN_UNCASED_ALT, taken by its sound like the word: the Latin papers
 * write the name alone ("Foshan") or with a noun of their own ("Daejeon
 * city", "Bomunsan Zoo"), so the word whole never sounds like it. Then the
 * name part without a second noun ("보문" of "보문산동물원", Mount Bomun).
 */
static enum td_err emit_hangul_place(struct name_scan *ns, const char *w, size_t stem)
{
    size_t n = stem, cut;
    int i;
    enum td_err rc = TD_OK;

    for (i = 0; i < KO_PLACE_CUTS && rc == TD_OK; i++) {
        if ((cut = cut_place_noun(w, n)) == n)
            break;
        n = cut;
        rc = emit_hangul_reading(ns, w, n, TEXT_TOKEN_UNCASED_ALT);
    }
    return rc;
}

/* Han characters a Sino-Korean reading covers (emit_hanja_readings()), at most. */
#define HANJA_WINDOW 3

/* Writes the Hangul syllable `syl` in UTF-8 at `out` (HANGUL_SYLLABLE_BYTES). */
static void put_syllable(char *out, int32_t syl)
{
    out[0] = (char)(0xE0 | (syl >> 12));
    out[1] = (char)(0x80 | ((syl >> 6) & 0x3F));
    out[2] = (char)(0x80 | (syl & 0x3F));
}

/*
 * The Korean reading of the Han character `cp` first in a word, or 0:
 * a reading that is a Korean surname (ko_surnames[]) when it has one ("車"
 * 차, not 거), else its first; after the initial-sound law ("李" 이).
 */
static int32_t hanja_first(const struct hanja_table *t, int32_t cp)
{
    int32_t r[HANJA_READINGS];
    size_t n = hanja_readings(t, cp, r), i;

    for (i = 0; i < n; i++)
        if (ko_surname_latin(hanja_initial_law(r[i])) != NULL)
            return hanja_initial_law(r[i]);
    return n > 0 ? hanja_initial_law(r[0]) : 0;
}

/*
 * Emits the Sino-Korean reading of the two and of the three Han characters
 * at `s[at..)` in Revised Romanization (hangul_closed()) as
 * TEXT_TOKEN_NAME_READING, and the three as a Korean person's name
 * (emit_hangul_person()): Chinese and Japanese papers write Korean names
 * in Han characters, which read in Korean as the Latin papers spell them
 * ("韩结" 한결 Hangyeol, "蔚山" 울산 Ulsan, "裴承哲" 배승철 Bae Seung-cheol).
 * Nothing without the table (libhangul-data, analyzer_hanja()). Not inlined,
 * as scan_uncased_word(): it would grow text_names_valid()'s loop over Latin
 * text (+0.35 % instructions on the 10 k bench stream, which has no Han).
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static enum td_err
emit_hanja_readings(struct name_scan *ns, const char *s, size_t len, size_t at)
{
    char hangul[HANJA_WINDOW * HANGUL_SYLLABLE_BYTES], rr[HANGUL_SPELLING_MAX];
    const struct hanja_table *t;
    int32_t r[HANJA_READINGS], syl;
    size_t k, p = at, m;
    enum td_err rc = analyzer_hanja(ns->an, &t, ns->err);

    if (rc != TD_OK || t == NULL)
        return rc;
    for (k = 0; k < HANJA_WINDOW && p < len; k++) {
        int32_t cp = utf8_next_fast(s, len, &p);
        if (!is_han(cp))
            break;
        syl = k == 0 ? hanja_first(t, cp) : hanja_readings(t, cp, r) > 0 ? r[0] : 0;
        if (syl == 0)
            break;
        put_syllable(hangul + k * HANGUL_SYLLABLE_BYTES, syl);
        if (k == 0)
            continue;
        m = hangul_closed(hangul, (k + 1) * HANGUL_SYLLABLE_BYTES, HANGUL_RR, rr, sizeof(rr));
        if (m > 0)
            ns->fn(ns->ctx, rr, m, TEXT_TOKEN_NAME_READING);
        if (k + 1 == HANJA_WINDOW)
            emit_hangul_person(ns, hangul, sizeof(hangul));
    }
    return TD_OK;
}

/* Words of a Thai, Khmer, Lao or Burmese run looked at (emit_dict_words()), at most. */
#define THAI_WORDS_MAX 32
/* Dictionary words a Thai name may come in, at most ("ซา" "วา" "เร็กซ์"). */
#define THAI_NAME_WORDS 4
/* Times a Khmer or Lao dictionary word's parts are cut again (emit_dict_parts()). */
#define DICT_PART_DEPTH 1

/*
 * Whether `cp` after `prev` and before `next` opens a written syllable of
 * `script`: in Khmer a consonant or vowel not under a coeng; in Burmese a
 * consonant or vowel not stacked under another with the virama nor killed
 * by the asat (a final: "ကချင်|ပြည်နယ်", not "ကချ|င်"); in Lao a vowel
 * written before its consonant, or a consonant after none (nor after a ຫ,
 * which gives it its tone: "ຫວ") with a vowel sign or tone mark after it
 * (not a final: "ອຸດົມ|ໄຊ", not "ອຸດົ|ມໄຊ").
 */
static bool dict_cut_start(enum translit_uncased_script script, int32_t prev, int32_t cp,
                           int32_t next)
{
    if (script == UNCASED_KHMER)
        return cp >= 0x1780 && cp <= 0x17B3 && prev != 0x17D2;
    if (script == UNCASED_MYANMAR)
        return ((cp >= 0x1000 && cp <= 0x102A) || cp == 0x103F) && prev != 0x1039 &&
               next != 0x103A && next != 0x1039 && next != 0x1037;
    if (cp >= 0x0EC0 && cp <= 0x0EC4)
        return true;
    return cp >= 0x0E81 && cp <= 0x0EAE && !(prev >= 0x0EC0 && prev <= 0x0EC4) && prev != 0x0EAB &&
           ((next >= 0x0EB0 && next <= 0x0EBD) || (next >= 0x0EC8 && next <= 0x0ECD));
}

/*
 * The code point at `w[p..n)`, 0 at the end; a Lao ວ with a vowel sign
 * after it comes as that sign (a medial w: "ຂວາ" opens a syllable).
 */
static int32_t peek_cp(const char *w, size_t n, size_t p)
{
    int32_t cp = p < n ? utf8_next_fast(w, n, &p) : 0, after;

    if (cp != 0x0EA7 || p >= n)
        return cp;
    after = utf8_next_fast(w, n, &p);
    return after >= 0x0EB0 && after <= 0x0EBC ? after : cp;
}

/*
 * Whether `cp` is a Khmer or Lao vowel sign or final sign (nikahit, reahmuk), or a
 * Burmese vowel sign, anusvara or asat (a final).
 */
static bool dict_vowel_sign(int32_t cp)
{
    return (cp >= 0x17B6 && cp <= 0x17C8) || (cp >= 0x0EB0 && cp <= 0x0EBD) ||
           (cp >= 0x0EC0 && cp <= 0x0EC4) || (cp >= 0x102B && cp <= 0x1032) || cp == 0x1036 ||
           cp == 0x103A;
}

/*
 * Whether ICU's dictionary of `script` reads `w[0..n)` as one word with a
 * vowel or final sign ("ភ្នំ"), or, in Khmer and Burmese, of two written syllables or
 * more: ICU gives a lone consonant, which says no syllable of its own, as a
 * word too.
 */
static bool dict_one_word(struct translit *t, enum translit_uncased_script script, const char *w,
                          size_t n)
{
    size_t ends[2], p = 0, starts = 0;
    int32_t cp, prev = 0;
    bool sign = false;

    while (p < n && !sign) {
        cp = utf8_next_fast(w, n, &p);
        starts += dict_cut_start(script, prev, cp, peek_cp(w, n, p));
        sign = dict_vowel_sign(cp);
        prev = cp;
    }
    /* Lao writes every vowel: a part without one is a final and what follows it. */
    return (sign || (starts >= 2 && script != UNCASED_LAO)) &&
           translit_dict_words(t, script, w, n, ends, 2) == 1;
}

/*
 * Passes the parts of the Khmer, Lao or Burmese word `w[0..n)` of `script` as
 * TEXT_TOKEN_UNCASED_ALT, the second first, wherever it cuts, between two
 * written syllables (dict_cut_start()), into two that ICU's dictionary
 * reads as one word each; each part is cut so again `depth` more times.
 * The dictionary holds a name with the noun before it as one word
 * ("ប្រាសាទបន្ទាយ" the temple Banteay, "ខេត្តសៀមរាប" the province Siem
 * Reap, "ນະຄອນຫຼວງວຽງຈັນ" the capital Vientiane), which no Latin name spells.
 */
static enum td_err emit_dict_parts(struct name_scan *ns, struct translit *t,
                                   enum translit_uncased_script script, const char *w, size_t n,
                                   int depth)
{
    size_t p = 0, at;
    int32_t cp, prev = 0;
    enum td_err rc = TD_OK;

    while (p < n && rc == TD_OK) {
        at = p;
        cp = utf8_next_fast(w, n, &p);
        if (at == 0 || !dict_cut_start(script, prev, cp, peek_cp(w, n, p))) {
            prev = cp;
            continue;
        }
        prev = cp;
        if (!dict_one_word(t, script, w, at) || !dict_one_word(t, script, w + at, n - at))
            continue;
        rc = emit_uncased_one(ns, w + at, n - at, script, TEXT_TOKEN_UNCASED_ALT);
        if (rc == TD_OK)
            rc = emit_uncased_one(ns, w, at, script, TEXT_TOKEN_UNCASED_ALT);
        if (rc == TD_OK && depth > 0)
            rc = emit_dict_parts(ns, t, script, w + at, n - at, depth - 1);
        if (rc == TD_OK && depth > 0)
            rc = emit_dict_parts(ns, t, script, w, at, depth - 1);
    }
    return rc;
}

/*
 * Passes the words of the Thai, Khmer, Lao or Burmese run `w[0..n)` of `script` as
 * TEXT_TOKEN_UNCASED when ICU's dictionary finds two or more
 * (translit_dict_words()), each followed by it and the next one, two and
 * three as TEXT_TOKEN_UNCASED_ALT: Thai puts no space around most names
 * ("จับผู้ก่อตั้งลูโมรา", arrest the founder of Lumora), and splits a name
 * the dictionary does not know ("ลู" "โมรา"); Burmese spaces phrases, not
 * words, and glues its particles to a name ("ဖားကန့်တွင်" at Hpakant). A
 * Khmer or Lao word's parts come after it (emit_dict_parts()), a run of one word's too.
 */
static enum td_err emit_dict_words(struct name_scan *ns, const char *w, size_t n,
                                   enum translit_uncased_script script)
{
    size_t ends[THAI_WORDS_MAX], count, i, k, from = 0;
    struct translit *t;
    enum td_err rc = analyzer_translit(ns->an, &t, ns->err);
    bool parts = script != UNCASED_THAI;

    if (rc != TD_OK)
        return rc;
    count = translit_dict_words(t, script, w, n, ends, THAI_WORDS_MAX);
    if (count == 1 && parts)
        return emit_dict_parts(ns, t, script, w, n, DICT_PART_DEPTH);
    for (i = 0; count >= 2 && i < count && rc == TD_OK; i++) {
        rc = emit_uncased_one(ns, w + from, ends[i] - from, script, TEXT_TOKEN_UNCASED);
        if (rc == TD_OK && parts)
            rc = emit_dict_parts(ns, t, script, w + from, ends[i] - from, DICT_PART_DEPTH);
        for (k = i + 1; k < count && k <= i + THAI_NAME_WORDS - 1 && rc == TD_OK; k++)
            rc = emit_uncased_one(ns, w + from, ends[k] - from, script, TEXT_TOKEN_UNCASED_ALT);
        from = ends[i];
    }
    return rc;
}

/* Bytes of a stem with its nominative end put back (emit_nominatives()), at most. */
#define NOMINATIVE_MAX 192

/*
 * Passes the nominatives the stem `w[0..n)` of `script` may have had before
 * its case ending came on (`et`'s oblique stems: "पुण्या" of "पुण्यात" as
 * "पुणे", then "पुणा"), as TEXT_TOKEN_UNCASED_ALT, before the stem itself:
 * the rows of the first `from` it ends with; each needs the table's
 * `min_stem` bytes before the letters it replaces.
 */
static enum td_err emit_nominatives(struct name_scan *ns, const char *w, size_t n,
                                    enum translit_uncased_script script,
                                    const struct ending_table *et)
{
    const struct oblique *oblique = et->oblique;
    char buf[NOMINATIVE_MAX];
    const char *met = NULL;
    enum td_err rc = TD_OK;
    size_t f, t;

    for (; oblique != NULL && oblique->from != NULL && rc == TD_OK; oblique++) {
        if (met != NULL && strcmp(met, oblique->from) != 0)
            break; /* "्या" met: not its "ा" again */
        f = strlen(oblique->from);
        t = strlen(oblique->to);
        if (n < f + et->min_stem || n - f + t > sizeof(buf) ||
            memcmp(w + n - f, oblique->from, f) != 0)
            continue;
        met = oblique->from;
        memcpy(buf, w, n - f);
        memcpy(buf + n - f, oblique->to, t);
        rc = emit_uncased_one(ns, buf, n - f + t, script, TEXT_TOKEN_UNCASED_ALT);
    }
    return rc;
}

/*
 * Scans the word of `script` at `*pos` (Arabic, Hangul or Devanagari) and
 * passes it, then its form without an affix when it has one (text.h,
 * TEXT_TOKEN_UNCASED): these scripts have no capitals to tell names by.
 */
static enum td_err scan_uncased(struct name_scan *ns, const char *s, size_t len, size_t *pos,
                                enum translit_uncased_script script)
{
    size_t start = *pos, p = *pos, from, to;
    int32_t prev = 0;
    const struct ending_table *et = endings_of(ns, script);
    enum td_err rc;
    int k;

    while (p < len) {
        size_t q = p;
        int32_t cp = utf8_next_fast(s, len, &q);
        if (!uncased_in_word(script, cp) && !(script == UNCASED_HEBREW && hebrew_geresh(prev, cp)))
            break;
        prev = cp;
        p = q;
    }
    *pos = p;
    if (p - start < 4)
        return TD_OK; /* one letter or syllable */
    rc = emit_uncased_one(ns, s + start, p - start, script, TEXT_TOKEN_UNCASED);
    for (k = 1; k <= 2 && rc == TD_OK; k++)
        if (cut_affix(et, s + start, p - start, script, k, &from, &to)) {
            rc = emit_nominatives(ns, s + start + from, to - from, script, et);
            if (rc == TD_OK)
                rc = emit_uncased_one(ns, s + start + from, to - from, script,
                                      TEXT_TOKEN_UNCASED_ALT);
        }
    if (rc == TD_OK && script == UNCASED_ARABIC)
        rc = emit_arabic_alts(ns, s + start, p - start);
    if (rc == TD_OK && script == UNCASED_HANGUL) {
        to = stem_hangul(s + start, p - start);
        rc = hangul_second_spelling(ns, s + start, to);
        if (rc == TD_OK)
            rc = emit_hangul_closed(ns, s + start, to, TEXT_TOKEN_UNCASED_ALT);
    }
    if (rc == TD_OK && script == UNCASED_HANGUL)
        rc = emit_hangul_place(ns, s + start, to);
    if (rc == TD_OK && script == UNCASED_HANGUL)
        rc = emit_hangul_heads(ns, s + start, p - start, to);
    if (rc == TD_OK && (script == UNCASED_THAI || script == UNCASED_KHMER ||
                        script == UNCASED_LAO || script == UNCASED_MYANMAR))
        rc = emit_dict_words(ns, s + start, p - start, script);
    return rc;
}

/* Whether only spaces stand in `s[from..to)` (true when empty). */
static bool only_spaces(const char *s, size_t from, size_t to)
{
    for (; from < to; from++)
        if (s[from] != ' ')
            return false;
    return true;
}

/* Whether, after spaces only, the word at `p` starts with two capitals: shouted text. */
static bool caps_word_at(const char *s, size_t len, size_t p)
{
    int k;

    while (p < len && s[p] == ' ')
        p++;
    for (k = 0; k < 2 && p < len; k++)
        if (!is_upper(utf8_next_fast(s, len, &p)))
            return false;
    return k == 2;
}

/*
 * Whether `cp` is katakana that can be part of a name (with the long vowel
 * mark): not the name dot ・, which parts names, nor hiragana, which writes
 * the particles after them ("フランスで").
 */
static bool name_kana(int32_t cp)
{
    return ((cp >= 0x30A1 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF)) && cp != 0x30FB;
}

/*
 * Whether a country's form (a key "@" and a code, text_orgs_builtin_with())
 * or a zone city's ("@" and its English name) found at `s[at..end)` in
 * the run of Han, kana and Hangul `s[start..run)` stands there as the
 * name. Korean spaces its words, so a Hangul form opens the word and is all
 * of it or all but its particle ("프랑스의", stem_hangul(): not "인도" in
 * "인도양" or a word "이란" glued after a noun); a katakana form is a whole
 * stretch of katakana ("タイ" Thailand not in "タイヤ" tyre); a Han form may
 * stand anywhere (cjk_form_ok() in entity_gaz.c keeps only those that can).
 */
static bool country_fits(const char *s, size_t start, size_t run, size_t at, size_t end)
{
    size_t q = at, b;
    int32_t first = utf8_next_fast(s, run, &q);

    if (first >= 0xAC00 && first <= 0xD7A3)
        return at == start && (end == run || stem_hangul(s + start, run - start) == end - start);
    if (!name_kana(first))
        return true; /* Han */
    if (at > start) {
        b = at - 1;
        while (b > start && ((unsigned char)s[b] & 0xC0) == 0x80)
            b--;
        if (name_kana(utf8_next_fast(s, run, &b)))
            return false;
    }
    q = end;
    return end >= run || !name_kana(utf8_next_fast(s, run, &q));
}

/* The end of the run of Han, kana and Hangul at `start`, found once (`*run` 0: not yet). */
static size_t run_end(const char *s, size_t len, size_t start, size_t *run)
{
    size_t p = start;

    while (*run == 0 && p < len) {
        size_t q = p;
        if (!orgs_cjk(utf8_next_fast(s, len, &q)))
            break;
        p = q;
    }
    if (*run == 0)
        *run = p;
    return *run;
}

/* Han characters of a run before a city form that city_runs_on() reads. */
#define CITY_LOOK_BACK 24

/*
 * Whether the city form `m` found at `s[at..)`, inside the run of Han, kana
 * and Hangul from `start`, starts within a word of ICU's dictionary-based
 * segmentation (the tokenizer's): Chinese spells a foreign name by its
 * sounds, so one such name may end in another (奥廖克明斯克 Olyokminsk ends
 * in 明斯克 Minsk, which ICU reads 奥|廖|克明|斯克), while a city after a
 * country or a word (俄罗斯|萨马拉, 首都|里斯本, 宣布|德黑兰) starts a word.
 * Read on up to CITY_LOOK_BACK characters before the form; a run the
 * segmenter cannot take counts as a word start.
 */
static bool city_runs_on(const char *s, size_t len, size_t start, size_t at,
                         const struct org_match *m)
{
    UChar u[CITY_LOOK_BACK * 2 + 64];
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *bi;
    size_t from = at, back = 0, q = at;
    int32_t n = 0, pos = 0, first;
    bool inside;

    if (m->key[0] != '@' || m->key_len <= 3 || at == start)
        return false;
    first = utf8_next_fast(s, len, &q);
    if (first < 0x3400 || first > 0x9FFF)
        return false; /* kana and Hangul: country_fits() */
    while (from > start && back < CITY_LOOK_BACK) {
        do
            from--;
        while (from > start && ((unsigned char)s[from] & 0xC0) == 0x80);
        back++;
    }
    u_strFromUTF8(u, (int32_t)(sizeof(u) / sizeof(u[0])), &pos, s + from, (int32_t)(at - from),
                  &status);
    u_strFromUTF8(u + pos, (int32_t)(sizeof(u) / sizeof(u[0])) - pos, &n, s + at,
                  (int32_t)(m->end - at), &status);
    if (U_FAILURE(status))
        return false;
    bi = ubrk_open(UBRK_WORD, "", u, pos + n, &status);
    if (U_FAILURE(status))
        return false;
    inside = !ubrk_isBoundary(bi, pos);
    ubrk_close(bi);
    return inside;
}

/* Searches the run of Han, kana and Hangul at `start` for bodies, once per run. */
static void scan_cjk_orgs(struct name_scan *ns, const char *s, size_t len, size_t start)
{
    struct org_match m;
    size_t p = start, run = 0;

    while (p < len) {
        size_t q = p;
        if (!orgs_cjk(utf8_next_fast(s, len, &q)))
            break;
        if (orgs_match_cjk(ns->orgs, s, len, p, ns->lang, &m) &&
            (m.key[0] != '@' || country_fits(s, start, run_end(s, len, start, &run), p, m.end)) &&
            !city_runs_on(s, len, start, p, &m)) {
            ns->fn(ns->ctx, m.key, m.key_len, TEXT_TOKEN_ORG);
            q = m.end;
        }
        p = q;
    }
    ns->org_done = p;
}

/* A word where a body's name may start (find_org()). */
struct org_word {
    size_t start, end;
    size_t caps_before; /* the end of the last word in capitals before it; 0: none */
    bool caps;          /* it has no lower-case letter */
};

/*
 * Passes the key of a body whose form starts at the word `w`. A form that is that one word, in a
 * script with capitals, stands for the word: `*replaced_end` is then its end
 * (0 otherwise). An acronym next to a word in capitals is shouted text, no body.
 */
static enum td_err find_org(struct name_scan *ns, const char *s, size_t len,
                            const struct org_word *w, size_t *replaced_end)
{
    struct org_match m;
    size_t q = w->start;
    enum td_err rc;

    *replaced_end = 0;
    rc = orgs_match_word(ns->orgs, ns->org_x, s, len, w->start, w->end, w->caps, ns->lang, &m);
    if (rc != TD_OK || m.end == 0)
        return rc;
    if (m.acronym && ((w->caps_before > 0 && only_spaces(s, w->caps_before, w->start)) ||
                      caps_word_at(s, len, m.end)))
        return TD_OK;
    /*
     * English text names a body by the acronym that is its key, which counts
     * as a name already; the table adds to it only what the name path drops,
     * an acronym that is an English stop word ("WHO"). English full names
     * and sentence-initial acronyms counting as keys changed ECB+ 1-22, and
     * the learned model retrained on it lost three dev splits
     * (docs/QUALITY.md, `acro6`).
     */
    if (strcmp(ns->lang, "en") == 0 &&
        (!m.one_word || !stopwords_contain(ns->en, m.key, m.key_len)))
        return TD_OK;
    /*
     * A city (key "@" and its English name) written with a capital, in
     * Cyrillic or Greek, is a name the name path reads and spells in Latin
     * already ("Тбилиси"); found again as the city, it counted twice and
     * tied an event's own reports tighter than its story's (news9's
     * expulsions over "Москве", "Варшаве"). The city counts where
     * the script has no capitals and so no name: Arabic, Devanagari.
     */
    if (m.key[0] == '@' && m.key_len > 3 && is_upper(utf8_next_fast(s, len, &q)))
        return TD_OK;
    q = w->start;
    ns->fn(ns->ctx, m.key, m.key_len, TEXT_TOKEN_ORG);
    if (m.one_word && is_upper(utf8_next_fast(s, len, &q)))
        *replaced_end = m.end;
    return TD_OK;
}

/* Words of a full name an acronym may stand for (check_definition()). */
#define DEF_MAX_WORDS 12
/* Bytes before "(ACR)" searched for its full name, or after "ACR (" for its ")". */
#define DEF_MAX_BYTES 240
/* Letters of an acronym that may be defined. */
#define DEF_MAX_LETTERS 10

/* One word of a candidate full name. */
struct def_word {
    size_t start, end;
    int32_t initial; /* first letter, lower case */
    bool upper;      /* it starts with a capital */
};

/* Whether `cp` ends a stretch that a full name may not cross. */
static bool def_stop(int32_t cp)
{
    return ends_sentence(cp) || cp == ',' || cp == '(' || cp == ')' || cp == '[' || cp == ']' ||
           cp == '"';
}

/*
 * The words of `s[from..to)` after the last stretch end (def_stop()), the
 * last DEF_MAX_WORDS of them; with `stop_at_paren`, only those before the
 * first ")" and `*closed` tells whether there was one.
 */
static size_t def_words(const char *s, size_t from, size_t to, bool stop_at_paren,
                        struct def_word w[DEF_MAX_WORDS], bool *closed)
{
    size_t n = 0, p = from;

    *closed = false;
    while (p < to) {
        size_t q = p;
        int32_t cp = utf8_next_fast(s, to, &q);
        if (is_letter(cp) || (cp >= '0' && cp <= '9')) {
            struct word_shape ws = {true, false};
            size_t e = word_end(s, to, q, &ws);
            if (n == DEF_MAX_WORDS)
                memmove(w, w + 1, --n * sizeof(*w));
            w[n].start = p;
            w[n].end = e;
            w[n].initial = utf8proc_tolower(cp);
            w[n++].upper = is_upper(cp);
            p = e > q ? e : q;
            continue;
        }
        if (stop_at_paren && cp == ')') {
            *closed = true;
            return n;
        }
        if (def_stop(cp))
            n = 0;
        p = q;
    }
    return n;
}

/* Whether the acronym's letters `a[0..na)` are the initials of `w[0..n)` in order, from the first.
 */
static bool initials_fit(const int32_t *a, size_t na, const struct def_word *w, size_t n)
{
    size_t i, k = 1;

    if (n < 2 || !w[0].upper || w[0].initial != a[0])
        return false;
    for (i = 1; i < n && k < na; i++)
        if (w[i].initial == a[k])
            k++;
    return k == na;
}

/* Passes ACRONYM_DEF for the acronym `s[start..end)`, then DEF_WORD for each name in `w`. */
static enum td_err emit_definition(struct name_scan *ns, const char *s, size_t start, size_t end,
                                   const struct def_word *w, size_t n)
{
    struct spelling sp;
    size_t q = start, i;
    enum td_err rc =
        spell(ns, s + start, end - start, translit_script(utf8_next_fast(s, end, &q)), &sp);

    if (rc != TD_OK || sp.len == 0 || sp.kind != TEXT_TOKEN_WORD)
        return rc;
    ns->fn(ns->ctx, sp.s, sp.len, TEXT_TOKEN_ACRONYM_DEF);
    for (i = 0; i < n && rc == TD_OK; i++) {
        q = w[i].start;
        if (!w[i].upper)
            continue;
        rc = spell(ns, s + w[i].start, w[i].end - w[i].start,
                   translit_script(utf8_next_fast(s, w[i].end, &q)), &sp);
        if (rc == TD_OK && sp.len > 0 && sp.kind == TEXT_TOKEN_WORD)
            ns->fn(ns->ctx, sp.s, sp.len, TEXT_TOKEN_DEF_WORD);
    }
    return rc;
}

/*
 * An acronym `s[start..end)` in capitals defined where it stands: "Full Name
 * (ACR)" or "ACR (Full Name)", the acronym's letters being the initials of
 * the name's words in order (lower-case words may come between: "Organisation
 * de coopération de Shanghai (OCS)"). Passes the definition (emit_definition()).
 */
static enum td_err check_definition(struct name_scan *ns, const char *s, size_t len, size_t start,
                                    size_t end)
{
    struct def_word w[DEF_MAX_WORDS];
    int32_t a[DEF_MAX_LETTERS];
    size_t na = 0, n, j, p = start, from;
    bool closed;

    while (p < end && na < DEF_MAX_LETTERS) {
        int32_t cp = utf8_next_fast(s, end, &p);
        if (is_letter(cp))
            a[na++] = utf8proc_tolower(cp);
    }
    if (na < 2 || p < end)
        return TD_OK;
    if (start > 0 && s[start - 1] == '(' && end < len && s[end] == ')') {
        from = start - 1 > DEF_MAX_BYTES ? start - 1 - DEF_MAX_BYTES : 0;
        while (from < start && ((unsigned char)s[from] & 0xC0) == 0x80)
            from++;
        n = def_words(s, from, start - 1, false, w, &closed);
        for (j = n; j-- > 0;)
            if (w[j].upper && w[j].initial == a[0] && initials_fit(a, na, w + j, n - j))
                return emit_definition(ns, s, start, end, w + j, n - j);
        return TD_OK;
    }
    if (end + 2 < len && s[end] == ' ' && s[end + 1] == '(') {
        n = def_words(s, end + 2, len - (end + 2) > DEF_MAX_BYTES ? end + 2 + DEF_MAX_BYTES : len,
                      true, w, &closed);
        if (closed && initials_fit(a, na, w, n))
            return emit_definition(ns, s, start, end, w, n);
    }
    return TD_OK;
}

/*
 * Scans the word of `script` (no capitals) at `*pos`: its bodies (Arabic, Devanagari), then it.
 * Not inlined: inlined into text_names_valid()'s loop over mostly Latin text, its growing
 * code for other scripts cost that loop (callgrind, names9).
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static enum td_err scan_uncased_word(struct name_scan *ns, const char *s, size_t len, size_t *pos,
                                     enum translit_uncased_script script)
{
    struct org_word w = {*pos, 0, 0, false};
    size_t unused;
    enum td_err rc;

    w.end = orgs_word_end(s, len, *pos);
    /* The table has bodies' names in Arabic and Devanagari, none in the other scripts. */
    if (ns->orgs != NULL && (script == UNCASED_ARABIC || script == UNCASED_DEVANAGARI) &&
        (rc = find_org(ns, s, len, &w, &unused)) != TD_OK)
        return rc;
    return scan_uncased(ns, s, len, pos, script);
}

/*
 * The bodies at the capitalised word `w` (find_org()); most such words
 * start no body's name, and the filter says so without a call.
 */
static enum td_err cased_orgs(struct name_scan *ns, const char *s, size_t len,
                              const struct org_word *w, size_t *replaced_end)
{
    *replaced_end = 0;
    if (ns->orgs == NULL ||
        !(w->caps || org_filter_may(ns->org_filter, s + w->start, w->end - w->start)))
        return TD_OK;
    return find_org(ns, s, len, w, replaced_end);
}

/*
 * Whether the word at `s[start..)` follows a single capital letter and a
 * hyphen ("K-POP", "X-RAY", "E-MAIL"): in capitals, the second part of a
 * common word spelt with a letter, which papers writing "K-pop" show is no
 * name (emit_cased() asks it for words in capitals only: "X-Men" and
 * "D-Wash", a congressman's party and state, are names).
 */
static bool after_letter_hyphen(const char *s, size_t start)
{
    return start >= 2 && s[start - 1] == '-' && s[start - 2] >= 'A' && s[start - 2] <= 'Z' &&
           (start == 2 || !ascii_word_byte((unsigned char)s[start - 3]));
}

/* Whether `s[from..to)` is `word` in ASCII, any case (`word` in lower case). */
static bool ascii_is(const char *s, size_t from, size_t to, const char *word)
{
    size_t i;

    for (i = 0; from + i < to; i++) {
        unsigned char c = (unsigned char)s[from + i];
        if (word[i] == '\0' || (c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) != (unsigned char)word[i])
            return false;
    }
    return word[i] == '\0';
}

/* Whether `s[from..to)` is one of the `n` words of `list` (lower case), any case. */
static bool ascii_in(const char *s, size_t from, size_t to, const char *const *list, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (ascii_is(s, from, to, list[i]))
            return true;
    return false;
}

/* The first byte at or after `p` (before `len`) that is not a space, a comma, a colon or a dot. */
static size_t skip_stamp_gap(const char *s, size_t len, size_t p)
{
    while (p < len && (s[p] == ' ' || s[p] == ',' || s[p] == ':' || s[p] == '.'))
        p++;
    return p;
}

/*
 * The start of the word that ends right before `end` (spaces, commas and
 * dots between), and its end in `*to`; `end` when there is none.
 */
static size_t word_before(const char *s, size_t end, size_t *to)
{
    size_t p = end;

    while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == ',' || s[p - 1] == '.'))
        p--;
    *to = p;
    while (p > 0 && ascii_word_byte((unsigned char)s[p - 1]))
        p--;
    return p < *to ? p : end;
}

/*
 * Whether the capitalised word `s[start..end)` belongs to a time stamp, as
 * web pages and wires print them above or below a report ("Friday, Sep 10,
 * 2010 | Updated 8:52 PM EDT", "Posted: Nov 27, 2005 8:20 AM ET"): a
 * month's short form before or after a figure, a time zone (capitals
 * ending in T, or UTC) after a clock time or "AM"/"PM", and the
 * stamp's own word ("Updated", "Posted") before a figure or a month. Such a
 * word names no one; as an anchor it ties the reports one site stamped alike.
 */
static bool stamp_word(const char *s, size_t len, size_t start, size_t end)
{
    static const char *const months[] = {"jan", "feb", "mar",  "apr", "jun", "jul",
                                         "aug", "sep", "sept", "oct", "nov", "dec"};
    static const char *const stamps[] = {"updated", "posted", "published", "modified"};
    static const char *const halves[] = {"am", "pm"};
    const size_t nmonths = sizeof(months) / sizeof(months[0]);
    size_t next = skip_stamp_gap(s, len, end), to, before = word_before(s, start, &to);
    bool digit_next = next < len && s[next] >= '0' && s[next] <= '9';
    bool digit_before = before < to && s[to - 1] >= '0' && s[to - 1] <= '9';
    size_t n = end - start, next_end = next;

    if (ascii_in(s, start, end, months, nmonths))
        return digit_next || digit_before;
    if (n >= 2 && n <= 4 && (s[end - 1] == 'T' || ascii_is(s, start, end, "utc"))) {
        /*
         * After "AM", "PM" or a clock in four figures with only spaces between ("0800 PDT"; not
         * a year and its comma: "In 2019, BT said"); "8:52 EDT" starts a sentence.
         */
        if (before < to && ascii_in(s, before, to, halves, 2))
            return true;
        return digit_before && to - before == 4 && s[before] >= '0' && s[before] <= '9' &&
               to < start && only_spaces(s, to, start);
    }
    if (!ascii_in(s, start, end, stamps, sizeof(stamps) / sizeof(stamps[0])))
        return false;
    while (next_end < len && ascii_word_byte((unsigned char)s[next_end]))
        next_end++;
    return digit_next || ascii_in(s, next, next_end, months, nmonths);
}

/*
 * Emits the capitalised word `w` if it is a name (`name`: no sentence
 * starts there; not the capitals after "K-"), then the definition it may
 * give (check_definition()).
 */
static enum td_err emit_cased(struct name_scan *ns, const char *s, size_t len,
                              const struct org_word *w, const struct word_shape *ws, bool name)
{
    enum td_err rc = TD_OK;

    if (name && ws->all_upper && after_letter_hyphen(s, w->start))
        name = false;
    if (name && ns->stamps && stamp_word(s, len, w->start, w->end))
        name = false;
    /* Shouted words (all capitals) are headlines or acronyms: keep acronyms only. */
    if (name && (!ws->all_upper || w->end - w->start <= 6))
        rc = emit(ns, s + w->start, w->end - w->start, ws->foreign, false);
    if (rc == TD_OK && ns->defs && ws->all_upper)
        rc = check_definition(ns, s, len, w->start, w->end);
    return rc;
}

/*
 * Units of measure and money that Japanese writes in katakana after a
 * figure, sorted by their bytes for bsearch: metre, centimetre, kilometre,
 * kilogram, tonne, litre, hectare, per cent, dollar, euro, won.
 */
static const char *const katakana_units[] = {
    "\xe3\x82\xa6\xe3\x82\xa9\xe3\x83\xb3",                         /* ウォン */
    "\xe3\x82\xad\xe3\x83\xad\xe3\x82\xb0\xe3\x83\xa9\xe3\x83\xa0", /* キログラム */
    /* キロメートル */
    "\xe3\x82\xad\xe3\x83\xad\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\x88\xe3\x83\xab",
    "\xe3\x82\xbb\xe3\x83\xb3\xe3\x83\x81", /* センチ */
    /* センチメートル */
    "\xe3\x82\xbb\xe3\x83\xb3\xe3\x83\x81\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\x88"
    "\xe3\x83\xab",
    "\xe3\x83\x88\xe3\x83\xb3",                                     /* トン */
    "\xe3\x83\x89\xe3\x83\xab",                                     /* ドル */
    "\xe3\x83\x91\xe3\x83\xbc\xe3\x82\xbb\xe3\x83\xb3\xe3\x83\x88", /* パーセント */
    "\xe3\x83\x98\xe3\x82\xaf\xe3\x82\xbf\xe3\x83\xbc\xe3\x83\xab", /* ヘクタール */
    "\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\x88\xe3\x83\xab",             /* メートル */
    "\xe3\x83\xa6\xe3\x83\xbc\xe3\x83\xad",                         /* ユーロ */
    "\xe3\x83\xaa\xe3\x83\x83\xe3\x83\x88\xe3\x83\xab",             /* リットル */
};

static int cmp_unit(const void *key, const void *elem)
{
    return strcmp(key, *(const char *const *)elem);
}

/*
 * Whether the katakana run `s[start..end)` is a unit written right after a
 * figure: a digit (ASCII or full width) or a CJK scale character (万, 亿,
 * 億, 千) just before it ("高さ約１５メートル", "300万トン"). Such a unit is no
 * name: read as one, "メートル" (metoru) met the German "38 Meter" and any
 * other metre by its phonetic key and tied reports of two events that gave a
 * height (news24's Sapporo and Harbin). The figure stays a number term.
 */
static bool katakana_unit(const char *s, size_t start, size_t end)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c = 0;
    char buf[24];

    if (start == 0 || end - start >= sizeof(buf))
        return false;
    /* The last three bytes before the run: full-width digits U+FF10..U+FF19, 万 亿 億 千. */
    if (start >= 3)
        c = (uint32_t)u[start - 3] << 16 | (uint32_t)u[start - 2] << 8 | u[start - 1];
    if (!(u[start - 1] >= '0' && u[start - 1] <= '9') && !(c >= 0xEFBC90 && c <= 0xEFBC99) &&
        c != 0xE4B887 && c != 0xE4BABF && c != 0xE58484 && c != 0xE58D83)
        return false;
    memcpy(buf, s + start, end - start);
    buf[end - start] = '\0';
    return bsearch(buf, katakana_units, sizeof(katakana_units) / sizeof(katakana_units[0]),
                   sizeof(katakana_units[0]), cmp_unit) != NULL;
}

/* Scans one word starting at `*pos`; emits it when it is a name. */
static enum td_err scan_word(struct name_scan *ns, const char *s, size_t len, size_t *pos)
{
    size_t start = *pos, p = *pos, n, replaced_end;
    int32_t first = utf8_next_fast(s, len, &p);
    struct word_shape ws = {true, false};
    enum translit_uncased_script script;
    struct org_word w;
    enum td_err rc;

    /* Latin words pay one comparison here for the other scripts. */
    if (first >= 0x80) {
        if (ns->orgs != NULL && first >= 0x3000 && orgs_cjk(first) && start >= ns->org_done)
            scan_cjk_orgs(ns, s, len, start);
        if (translit_katakana(first)) {
            *pos = katakana_end(s, len, start, &n);
            if (n < 2 || katakana_unit(s, start, *pos))
                return TD_OK;
            return emit(ns, s + start, *pos - start, true, ns->uncased);
        }
        if ((ns->han || ns->han_uncased || ns->han_surnames) && is_han(first))
            return scan_han(ns, s, len, pos);
        if (ns->han_surnames && is_hiragana(first)) {
            *pos = hiragana_end(s, len, p);
            return TD_OK;
        }
        if (ns->uncased && (script = translit_uncased_start(first)) != UNCASED_NONE)
            return scan_uncased_word(ns, s, len, pos, script);
        ws.foreign = translit_script(first);
    }
    w.start = start;
    w.end = *pos = word_end(s, len, p, &ws);
    if (!is_upper(first))
        return TD_OK;
    w.caps_before = ns->caps_end;
    w.caps = ws.all_upper;
    /* Where the word before a body's acronym ended, if in capitals (find_org()). */
    if (ws.all_upper && w.end > p)
        ns->caps_end = w.end; /* two capitals or more */
    rc = cased_orgs(ns, s, len, &w, &replaced_end);
    if (rc != TD_OK || replaced_end > 0) {
        *pos = replaced_end > w.end ? replaced_end : w.end;
        return rc;
    }
    if (ns->sentence_start && (rc = emit_sentence_start(ns, s + start, w.end - start,
                                                        start - ns->sentence_from, &ws)) != TD_OK)
        return rc;
    return emit_cased(ns, s, len, &w, &ws, !ns->sentence_start);
}

/* Letters of a noun-class or locative prefix glued to a name, at most ("yase", "lwase"). */
#define NAME_PREFIX_MAX 5

/*
 * Where the name starts in the word `s[start..end)` of ASCII letters that
 * starts in lower case, in a text in a Bantu language, which glues noun-class
 * and locative prefixes of one to NAME_PREFIX_MAX letters to names
 * ("eMakhanda" in Makhanda, "yaseThekwini" of Durban, "neTyolomnqa" and the
 * Tyolomnqa): at the capital after the prefix, which a lower-case letter
 * follows; 0 when the word has no such shape. Without it the name never met
 * its spelling in other languages, nor the same name behind another prefix
 * (news19's Zulu and news24's Xhosa items).
 */
static size_t prefixed_name(const char *s, size_t start, size_t end)
{
    size_t i;

    for (i = start + 1; i <= start + NAME_PREFIX_MAX && i + 1 < end; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((unsigned)c - 'a' < 26u)
            continue;
        if ((unsigned)c - 'A' >= 26u || (unsigned)(unsigned char)s[i + 1] - 'a' >= 26u)
            return 0;
        return i;
    }
    return 0;
}

/*
 * Whether the word at `s[p..len)` is a capital vowel, the prefix a Bantu
 * language glues to a name, written in capitals at a sentence's start, then
 * the name ("ULwazi", "EMakhanda").
 */
static bool capital_prefix(const char *s, size_t len, size_t p)
{
    return p + 2 < len && memchr("AEIOU", s[p], 5) != NULL &&
           (unsigned)(unsigned char)s[p + 1] - 'A' < 26u &&
           (unsigned)(unsigned char)s[p + 2] - 'a' < 26u;
}

/*
 * In a text in a Bantu language: whether the word at `*pos` is a name behind
 * a prefix (prefixed_name(), capital_prefix()); if so, scans the name, which
 * the prefix shows is no sentence's first word, with the result in `*rc`.
 */
static bool scan_bantu_word(struct name_scan *ns, const char *s, size_t len, size_t *pos,
                            enum td_err *rc)
{
    size_t at = 0;

    if ((unsigned)(unsigned char)s[*pos] - 'a' < 26u) {
        size_t e = tokenize_letters_end(s, len, *pos + 1);
        if (e - *pos > 2)
            at = prefixed_name(s, *pos, e);
    } else if (capital_prefix(s, len, *pos)) {
        at = *pos + 1;
    }
    if (at == 0)
        return false;
    *pos = at;
    ns->sentence_start = false;
    *rc = scan_word(ns, s, len, pos);
    return true;
}

/*
 * The end of the word at `pos`, which starts in lower case and so is no
 * name: found eight letters at a time, and by word_end() only when it goes
 * on past its ASCII letters (digits, accents, other scripts).
 */
static size_t lower_word_end(const char *s, size_t len, size_t pos)
{
    size_t e = tokenize_letters_end(s, len, pos + 1);

    if (e < len && ((unsigned char)s[e] >= 0x80 || ascii_word_byte((unsigned char)s[e]))) {
        struct word_shape ws = {false, false};
        e = word_end(s, len, e, &ws);
    }
    return e;
}

enum td_err text_names(struct text_analyzer *a, const char *lang, const char *s, size_t len,
                       text_term_fn fn, void *ctx, struct td_error *err)
{
    size_t bad;

    if (!utf8_valid(s, len, &bad))
        return td_error_set(err, TD_ERR_INVALID, "invalid UTF-8 at byte offset %zu", bad);
    return text_names_valid(a, lang, s, len, fn, ctx, err);
}

/* Sets what `ns` needs of the bodies and definitions of analyzer `a`, for text in `info`. */
static void scan_orgs_init(struct name_scan *ns, struct text_analyzer *a,
                           const struct analyzer_lang *info)
{
    ns->orgs = analyzer_orgs(a);
    ns->defs = analyzer_acronym_defs(a);
    ns->stamps = analyzer_stamp_words(a);
    if (ns->orgs != NULL) {
        ns->org_x = analyzer_org_scratch(a);
        ns->org_filter = orgs_filter(ns->orgs);
    }
    if (info != NULL)
        ns->lang = info->code;
}

/* Sets what `ns` needs to know of the language `lang` of its text, and of analyzer `a`. */
static void scan_lang_init(struct name_scan *ns, struct text_analyzer *a, const char *lang)
{
    const struct analyzer_lang *info = NULL;
    char code[8];

    /* Canonical once per text, not once per name ("en-US" -> "en"); an analyzer keeps it. */
    ns->en = stopwords_find("en");
    if (a == NULL || analyzer_lang(a, lang, &info) != TD_OK) {
        text_lang_canonical(lang, code);
        ns->stops = stopwords_find(code);
        /* By the given code: Ukrainian has no canonical one (no stemmer). */
        text_lang_given(lang, code);
        ns->russian = strcmp(code, "ru") == 0 || strcmp(code, "uk") == 0;
        ns->bantu = text_lang_bantu(lang);
    } else {
        ns->stops = info->stops;
        ns->russian = info->russian;
        /* Worked out once per language (analyzer_lang()), not once per text. */
        ns->initials = info->inflection != NULL;
        ns->bantu = info->bantu;
    }
    ns->han = analyzer_han_names(a) && info != NULL && strcmp(info->code, "zh") == 0;
    ns->uncased = analyzer_uncased_names(a);
    scan_orgs_init(ns, a, info);
    ns->han_uncased = !ns->han && ns->uncased && info != NULL && strcmp(info->code, "zh") == 0;
    ns->han_surnames = ns->uncased && info != NULL &&
                       (strcmp(info->code, "zh") == 0 || strcmp(info->code, "ja") == 0);
}

enum td_err text_names_valid(struct text_analyzer *a, const char *lang, const char *s, size_t len,
                             text_term_fn fn, void *ctx, struct td_error *err)
{
    /* The fields not named here start as zero, false or NULL. */
    struct name_scan ns = {.fn = fn,
                           .ctx = ctx,
                           .an = a,
                           .word = TD_BUF_INIT,
                           .latin = TD_BUF_INIT,
                           .sentence_start = true,
                           .scratch = {NULL, 0, NULL, 0},
                           .err = err,
                           .lang = "",
                           .given = lang,
                           .marathi = -1,
                           .persian = -1,
                           .initials = -1};
    size_t pos = 0;
    enum td_err rc = TD_OK;

    scan_lang_init(&ns, a, lang);
    /* `rc` is checked where it changes, after a word, not once per byte. */
    while (pos < len) {
        size_t q = pos;
        int32_t cp;
        unsigned char g = gap_kind[(unsigned char)s[pos]];
        /* Spaces and ASCII punctuation between words: no decoding, one table look-up. */
        if (g != 0) {
            if (g == 2) {
                ns.sentence_start = true;
                ns.sentence_from = pos + 1;
            }
            pos++;
            continue;
        }
        if (ns.bantu && scan_bantu_word(&ns, s, len, &pos, &rc)) {
            if (rc != TD_OK)
                break;
            continue;
        }
        /* A word that starts in lower case is no name (lower_word_end()). */
        if ((unsigned)(unsigned char)s[pos] - 'a' < 26u) {
            pos = lower_word_end(s, len, pos);
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
        if (ends_sentence(cp)) {
            ns.sentence_start = true;
            ns.sentence_from = q;
        }
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
