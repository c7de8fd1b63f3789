/*
 * lang.c - language codes: mapping what users and feeds write ("EN",
 * "en-US", "eng", "Spanish", "Deutsch") to the 2-letter codes Tidings uses,
 * and turning CLD2's detector output into the same codes.
 */
#include "text/text.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "core/utf8.h"
#include "text/text_int.h"
#include "core/banned.h"

/* Longest alias we accept, in bytes after lower-casing. */
#define KEY_MAX 48

/*
 * One row per language: the ISO 639-1 code, then '|'-delimited lower-case
 * aliases: ISO 639-2/T and /B codes, retired or variant codes, the English
 * name and the language's own name. Every Snowball language plus ja, zh, ko.
 */
static const struct {
    const char *code;
    const char *aliases;
} langs[] = {
    {"ar", "|ara|arabic|العربية|"},
    {"ca", "|cat|catalan|valencian|català|"},
    {"da", "|dan|danish|dansk|"},
    {"de", "|deu|ger|german|deutsch|"},
    {"el", "|ell|gre|greek|ελληνικά|"},
    {"en", "|eng|english|porter|"},
    {"es", "|spa|spanish|castilian|español|castellano|"},
    {"eu", "|eus|baq|basque|euskara|"},
    {"fi", "|fin|finnish|suomi|"},
    {"fr", "|fra|fre|french|français|"},
    {"ga", "|gle|irish|gaelic|gaeilge|"},
    {"hi", "|hin|hindi|हिन्दी|हिंदी|"},
    {"hu", "|hun|hungarian|magyar|"},
    {"hy", "|hye|arm|armenian|հայերեն|"},
    {"id", "|ind|in|indonesian|bahasa indonesia|"},
    {"it", "|ita|italian|italiano|"},
    {"ja", "|jpn|japanese|日本語|"},
    {"ko", "|kor|korean|한국어|"},
    {"lt", "|lit|lithuanian|lietuvių|"},
    {"ne", "|nep|npi|nepali|नेपाली|"},
    {"nl", "|nld|dut|dutch|flemish|nederlands|"},
    {"no", "|nor|nb|nob|nn|nno|norwegian|bokmål|nynorsk|norsk|"},
    {"pt", "|por|portuguese|português|"},
    {"ro", "|ron|rum|mo|romanian|moldavian|română|"},
    {"ru", "|rus|russian|русский|"},
    {"sr", "|srp|scc|serbian|српски|srpski|"},
    {"sv", "|swe|swedish|svenska|"},
    {"ta", "|tam|tamil|தமிழ்|"},
    {"tr", "|tur|turkish|türkçe|"},
    {"yi", "|yid|ji|yiddish|ייִדיש|"},
    {"zh", "|zho|chi|cmn|chinese|mandarin|中文|汉语|漢語|"},
};

#define LANG_COUNT (sizeof(langs) / sizeof(langs[0]))

/*
 * CLD2 codes that differ from ISO 639-1. CLD2 keeps the retired codes "iw"
 * and "jw", splits Chinese by script and says "un" for unknown.
 */
static const struct {
    const char *cld2;
    const char *iso;
} cld2_map[] = {
    {"iw", "he"}, {"jw", "jv"}, {"zh-Hant", "zh"}, {"un", "und"}, {"xxx", "und"},
};

/*
 * Writes the lower-cased `s[0..len)` as a "|key|" needle into `key`. Returns
 * false when it does not fit or is not valid UTF-8.
 */
static bool make_needle(const char *s, size_t len, char key[KEY_MAX + 3])
{
    size_t pos = 0, o = 1;

    if (len == 0 || len > KEY_MAX || !utf8_valid(s, len, NULL))
        return false;
    key[0] = '|';
    while (pos < len) {
        int32_t cp = utf8proc_tolower(utf8_next(s, len, &pos));
        /* utf8proc_encode_char writes at most 4 bytes. */
        if (o + 4 > KEY_MAX + 1 || cp == '|' || cp == 0)
            return false;
        o += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)key + o);
    }
    key[o] = '|';
    key[o + 1] = '\0';
    return true;
}

/* Length of the part of `code` before a region or script tag ("en-US", "pt_BR.UTF-8"). */
static size_t base_len(const char *code, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        if (code[i] == '-' || code[i] == '_' || code[i] == '.' || code[i] == '@')
            return i;
    }
    return len;
}

/* Index in `langs` of the lower-case needle "|key|", or -1. */
static int find_lang(const char *needle)
{
    size_t i, n = strlen(needle);

    /* The common case, a 2-letter code, is a direct comparison. */
    for (i = 0; n == 4 && i < LANG_COUNT; i++) {
        if (needle[1] == langs[i].code[0] && needle[2] == langs[i].code[1])
            return (int)i;
    }
    for (i = 0; i < LANG_COUNT; i++) {
        if (strstr(langs[i].aliases, needle) != NULL)
            return (int)i;
    }
    return -1;
}

/* `code` without the blanks around it: its start, and its length in `*len`. */
static const char *trim_blanks(const char *code, size_t *len)
{
    size_t n;

    while (*code == ' ' || *code == '\t')
        code++;
    n = strlen(code);
    while (n > 0 && (code[n - 1] == ' ' || code[n - 1] == '\t'))
        n--;
    *len = n;
    return code;
}

void text_lang_canonical(const char *code, char out[8])
{
    char needle[KEY_MAX + 3];
    size_t len;
    int idx;

    out[0] = '\0';
    if (code == NULL)
        return;
    code = trim_blanks(code, &len);
    if (!make_needle(code, base_len(code, len), needle))
        return;
    idx = find_lang(needle);
    if (idx >= 0)
        memcpy(out, langs[idx].code, 3);
}

/*
 * Every ISO 639-1 code, two letters each, one space apart: a given code
 * that is one names a language even where `langs` has no row for it.
 */
static const char iso639_1[] =
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv "
    "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr "
    "ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw "
    "ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
    "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr "
    "ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
    "yo za zh zu";

void text_lang_given(const char *code, char out[8])
{
    size_t i, len;
    char c[2];

    text_lang_canonical(code, out);
    if (out[0] != '\0' || code == NULL)
        return;
    code = trim_blanks(code, &len);
    if (base_len(code, len) != 2)
        return;
    for (i = 0; i < 2; i++) {
        c[i] = (char)(code[i] >= 'A' && code[i] <= 'Z' ? code[i] - 'A' + 'a' : code[i]);
        if (c[i] < 'a' || c[i] > 'z')
            return;
    }
    for (i = 0; i + 1 < sizeof(iso639_1); i += 3) {
        if (iso639_1[i] == c[0] && iso639_1[i + 1] == c[1]) {
            out[0] = c[0];
            out[1] = c[1];
            out[2] = '\0';
            return;
        }
    }
}

/* Copies the ISO form of CLD2 code `c` into `lang`. */
static void map_cld2(const char *c, char lang[8])
{
    size_t i, n;

    for (i = 0; i < sizeof(cld2_map) / sizeof(cld2_map[0]); i++) {
        if (strcmp(c, cld2_map[i].cld2) == 0) {
            memcpy(lang, cld2_map[i].iso, strlen(cld2_map[i].iso) + 1);
            return;
        }
    }
    /* "xx-Copt" and the like are scripts without a known language. */
    n = base_len(c, strlen(c));
    if (n == 0 || n > 7 || (n == 2 && c[0] == 'x' && c[1] == 'x')) {
        memcpy(lang, "und", 4);
        return;
    }
    /* Drop script or region tags: "sr-ME" -> "sr". */
    memcpy(lang, c, n);
    lang[n] = '\0';
}

void text_detect_lang(const char *s, size_t len, char lang[8], bool *reliable)
{
    bool rel = false;

    map_cld2(langid_cld2(s, len, &rel), lang);
    if (strcmp(lang, "und") == 0)
        rel = false;
    if (reliable != NULL)
        *reliable = rel;
}
