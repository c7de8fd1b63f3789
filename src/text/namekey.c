/*
 * namekey.c - a phonetic match key for names across scripts: "Marchetti",
 * its katakana reading "maruketti" (マルケッティ) and its Russian spelling
 * "marketti" (Маркетти) all come to "mrkt". The key is a consonant
 * skeleton: vowels go (Japanese inserts them after every consonant), l/r,
 * b/v/w, p/f, s/z/ts/sh are one sound each, doubled letters are one. The
 * clustering compares names by it across languages (model option
 * `name_keys`, pipeline/engine.c); docs/QUALITY.md, "Names and numbers
 * across scripts", has its hit and false-match rates.
 */
#include <stdbool.h>
#include <string.h>

#include "text/text.h"
#include "core/banned.h"

/* Names longer than this (bytes) get no key. */
#define MAX_NAME_BYTES 64
/* A key needs this many classes: "li", "ma", "wu" are too short to tell names apart. */
#define MIN_KEY_BYTES 3

/* ASCII letters for U+00E0..U+00FF (lower case; '-' for none). */
static const char latin1[] = "aaaaaaaceeeeiiiidnooooo-ouuuuyty";
/* ASCII letters for U+0100..U+017F, Latin Extended-A. */
static const char latin_ext_a[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkk"
                                  "llllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuu"
                                  "uwwyyyzzzzzzs";

/*
 * The ASCII letter of the lower-case two-byte Latin letter at `w` ("é" ->
 * 'e', "ı" -> 'i', "ß" -> 's'); '-' for any other two-byte character.
 */
static char latin_letter(const char *w)
{
    unsigned cp = (((unsigned char)w[0] & 0x1Fu) << 6) | ((unsigned char)w[1] & 0x3Fu);

    if (cp == 0xDF)
        return 's';
    if (cp >= 0xE0 && cp <= 0xFF)
        return latin1[cp - 0xE0];
    if (cp >= 0x100 && cp <= 0x17F)
        return latin_ext_a[cp - 0x100];
    return '-';
}

size_t text_name_fold(const char *w, size_t len, char *out, size_t cap)
{
    size_t i = 0, n = 0;
    bool ext_a = false;

    /* Only names with a letter of Latin Extended-A (lead bytes 0xC4 and 0xC5). */
    for (i = 0; i < len && !ext_a; i++)
        ext_a = (unsigned char)w[i] == 0xC4 || (unsigned char)w[i] == 0xC5;
    if (!ext_a)
        return 0;
    i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)w[i];
        char a = (char)c;
        if (c >= 0x80) {
            if ((c & 0xE0) != 0xC0 || i + 1 >= len || (a = latin_letter(w + i)) == '-')
                return 0;
            i++;
        }
        if (n + 1 >= cap)
            return 0;
        out[n++] = a;
        /* "ß" is "ss" as the Latin papers write it ("Strasse"). */
        if (c == 0xC3 && (unsigned char)w[i] == 0x9F) {
            if (n + 1 >= cap)
                return 0;
            out[n++] = 's';
        }
        i++;
    }
    out[n] = '\0';
    return n;
}

/* A bare spelling needs this many bytes: "Perú" and "Peru" meet, "Ré" and "Re" do not. */
#define MIN_BARE_BYTES 4

size_t text_name_bare(const char *w, size_t len, char *out, size_t cap)
{
    size_t i = 0, n = 0;
    bool accent = false;

    while (i < len) {
        unsigned char c = (unsigned char)w[i];
        char a = (char)c;
        if (c >= 0x80) {
            /* Only the Latin-1 letters (lead byte 0xC3); text_name_fold() has the others. */
            if (c != 0xC3 || i + 1 >= len || (a = latin_letter(w + i)) == '-')
                return 0;
            accent = true;
            i++;
        }
        if (n + 2 >= cap)
            return 0;
        out[n++] = a;
        if (c == 0xC3 && (unsigned char)w[i] == 0x9F)
            out[n++] = 's';
        i++;
    }
    if (!accent || n < MIN_BARE_BYTES)
        return 0;
    out[n] = '\0';
    return n;
}

const char *text_lang_accents(const char *lang)
{
    /* Lower-case letters of Latin-1 in the language's own spelling (UTF-8). */
    static const struct {
        char code[4];
        const char *letters;
    } langs[] = {
        {"af", "\xc3\xa9\xc3\xa8\xc3\xaa\xc3\xab\xc3\xae\xc3\xaf\xc3\xb4\xc3\xbb"},
        {"ca", "\xc3\xa0\xc3\xa7\xc3\xa9\xc3\xa8\xc3\xad\xc3\xaf\xc3\xb2\xc3\xb3\xc3\xba\xc3\xbc"},
        {"cs", "\xc3\xa1\xc3\xa9\xc3\xad\xc3\xb3\xc3\xba\xc3\xbd"},
        {"cy", "\xc3\xa2\xc3\xaa\xc3\xae\xc3\xb4\xc3\xbb"},
        {"da", "\xc3\xa6\xc3\xb8\xc3\xa5\xc3\xa9"},
        {"de", "\xc3\xa4\xc3\xb6\xc3\xbc\xc3\x9f"},
        {"en", ""},
        {"es", "\xc3\xa1\xc3\xa9\xc3\xad\xc3\xb1\xc3\xb3\xc3\xba\xc3\xbc"},
        {"et", "\xc3\xa4\xc3\xb6\xc3\xbc\xc3\xb5"},
        {"eu", "\xc3\xb1"},
        {"fi", "\xc3\xa4\xc3\xb6\xc3\xa5"},
        {"fr", "\xc3\xa0\xc3\xa2\xc3\xa6\xc3\xa7\xc3\xa9\xc3\xa8\xc3\xaa\xc3\xab\xc3\xae\xc3\xaf"
               "\xc3\xb4\xc3\xb9\xc3\xbb\xc3\xbc\xc3\xbf"},
        {"ga", "\xc3\xa1\xc3\xa9\xc3\xad\xc3\xb3\xc3\xba"},
        {"gl", "\xc3\xa1\xc3\xa9\xc3\xad\xc3\xb1\xc3\xb3\xc3\xba"},
        {"hr", ""},
        {"hu", "\xc3\xa1\xc3\xa9\xc3\xad\xc3\xb3\xc3\xb6\xc3\xba\xc3\xbc"},
        {"id", ""},
        {"is", "\xc3\xa1\xc3\xa9\xc3\xad\xc3\xb3\xc3\xba\xc3\xbd\xc3\xbe\xc3\xb0\xc3\xa6\xc3\xb6"},
        {"it", "\xc3\xa0\xc3\xa8\xc3\xa9\xc3\xac\xc3\xad\xc3\xae\xc3\xb2\xc3\xb3\xc3\xb9\xc3\xba"},
        {"lt", ""},
        {"lv", ""},
        {"ms", ""},
        {"mt", "\xc3\xa0\xc3\xa8\xc3\xac\xc3\xb2\xc3\xb9"},
        {"nb", "\xc3\xa6\xc3\xb8\xc3\xa5\xc3\xa9"},
        {"nl", "\xc3\xa9\xc3\xa8\xc3\xab\xc3\xaf\xc3\xb6\xc3\xbc"},
        {"nn", "\xc3\xa6\xc3\xb8\xc3\xa5\xc3\xa9"},
        {"no", "\xc3\xa6\xc3\xb8\xc3\xa5\xc3\xa9"},
        {"pl", "\xc3\xb3"},
        {"pt", "\xc3\xa1\xc3\xa2\xc3\xa3\xc3\xa0\xc3\xa7\xc3\xa9\xc3\xaa\xc3\xad\xc3\xb3\xc3\xb4"
               "\xc3\xb5\xc3\xba"},
        {"ro", "\xc3\xa2\xc3\xae"},
        {"rw", ""},
        {"sk", "\xc3\xa1\xc3\xa4\xc3\xa9\xc3\xad\xc3\xb3\xc3\xb4\xc3\xba\xc3\xbd"},
        {"sl", ""},
        {"so", ""},
        {"sq", "\xc3\xa7\xc3\xab"},
        {"sv", "\xc3\xa5\xc3\xa4\xc3\xb6\xc3\xa9"},
        {"sw", ""},
        {"tl", ""},
        {"tr", "\xc3\xa7\xc3\xb6\xc3\xbc\xc3\xa2\xc3\xae\xc3\xbb"},
        {"vi", "\xc3\xa0\xc3\xa1\xc3\xa2\xc3\xa3\xc3\xa8\xc3\xa9\xc3\xaa\xc3\xac\xc3\xad\xc3\xb2"
               "\xc3\xb3\xc3\xb4\xc3\xb5\xc3\xb9\xc3\xba\xc3\xbd"},
    };
    size_t i;

    if (lang == NULL)
        return NULL;
    for (i = 0; i < sizeof(langs) / sizeof(langs[0]); i++)
        if (strcmp(lang, langs[i].code) == 0)
            return langs[i].letters;
    return NULL;
}

size_t text_name_accents(const char *w, size_t len, char *out, size_t cap)
{
    size_t i, n = 0;

    for (i = 0; i + 1 < len; i++)
        if ((unsigned char)w[i] == 0xC3) {
            if (n + 3 > cap)
                return 0;
            out[n++] = w[i];
            out[n++] = w[++i];
        }
    if (n < cap)
        out[n] = '\0';
    return n;
}

bool text_accents_foreign(const char *accents, const char *letters)
{
    size_t i, j, n = strlen(letters);

    if (accents[0] == '\0')
        return false;
    for (i = 0; accents[i] != '\0' && accents[i + 1] != '\0'; i += 2)
        for (j = 0; j + 1 < n; j += 2)
            if (letters[j] == accents[i] && letters[j + 1] == accents[i + 1])
                return false;
    return true;
}

/*
 * Folds the case-folded name `w[0..len)` to lower-case ASCII letters in
 * `out` (room for MAX_NAME_BYTES + 1): accents dropped ("é" -> "e"),
 * apostrophes and hyphens left out. Returns the number of letters; 0 when
 * the name has a digit ("RM17": a code, not a sound) or a letter of another
 * script, which would leave a key of only part of it.
 */
static size_t fold_ascii(const char *w, size_t len, char *out)
{
    size_t i = 0, n = 0;

    while (i < len && n < MAX_NAME_BYTES) {
        unsigned char c = (unsigned char)w[i];
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                c = (unsigned char)(c + ('a' - 'A'));
            if (c >= 'a' && c <= 'z')
                out[n++] = (char)c;
            else if (c >= '0' && c <= '9')
                return 0;
            i++;
            continue;
        }
        if ((c & 0xE0) == 0xC0 && i + 1 < len) {
            char a = latin_letter(w + i);
            if (a == '-')
                return 0;
            out[n++] = a;
            i += 2;
            continue;
        }
        return 0;
    }
    out[n] = '\0';
    return n;
}

static bool is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* Whether position `i` of `a[0..n)` is past the end or a consonant letter. */
static bool consonant_or_end(const char *a, size_t n, size_t i)
{
    return i >= n || !is_vowel(a[i]);
}

/*
 * Spelling rules that make the three ways of writing a name agree before
 * the letters are classed, applied to every spelling alike:
 * - the vowels katakana adds after a consonant: "u" (and "o" after t, d)
 *   between two consonants or at the end ("tesumaku" -> "tesmak");
 * - an "r" after a vowel and before a consonant or the end, which English
 *   does not sound and katakana writes as a long vowel (テスマーク "tesumaku"
 *   for Tesmark): "tesmark" and "tesmak" both lose it;
 * - a "g" after "n" before a consonant or the end ("Washington", ワシントン
 *   "washinton").
 * Rewrites `a` in place; returns its new length.
 */
/*
 * Drops from `a[0..n)` the vowels katakana adds after a consonant: "u" (and
 * "o" after t, d) between two consonants or at the end; returns the new length.
 */
static size_t drop_kana_vowels(char *a, size_t n)
{
    size_t i, k = 0;

    for (i = 0; i < n; i++) {
        char c = a[i];
        bool after_consonant = k > 0 && !is_vowel(a[k - 1]);
        if ((c == 'u' || (c == 'o' && k > 0 && (a[k - 1] == 't' || a[k - 1] == 'd'))) &&
            after_consonant && consonant_or_end(a, n, i + 1) && k > 1)
            continue;
        a[k++] = c;
    }
    return k;
}

static size_t align_spellings(char *a, size_t n)
{
    size_t i, k;

    /*
     * English "wh" before a vowel opens a name with the sound w, which the
     * scripts with one letter for v and w write with it ("ವೈಟ್‌ಫೀಲ್ಡ್"
     * vaitphild, "وايت" wayt, Whitefield, White): the h goes, and the w
     * is a w before a vowel (sound_class()), not a silent letter.
     */
    if (n >= 3 && a[0] == 'w' && a[1] == 'h' && is_vowel(a[2])) {
        memmove(a + 1, a + 2, n - 2);
        n--;
    }
    n = drop_kana_vowels(a, n);
    for (i = 0, k = 0; i < n; i++) {
        char c = a[i];
        if (c == 'r' && k > 0 && is_vowel(a[k - 1]) && i + 1 < n && !is_vowel(a[i + 1]))
            continue;
        if (c == 'g' && k > 0 && a[k - 1] == 'n' && consonant_or_end(a, n, i + 1))
            continue;
        a[k++] = c;
    }
    a[k] = '\0';
    return k;
}

/*
 * The class of a spelling of two or more letters at `s` that starts with
 * t, d, s or z, with `*used` its length; -1 when there is none.
 */
static int sibilant_digraph(const char *s, size_t *used)
{
    *used = 2;
    switch (s[0]) {
    case 't':
        if (s[1] == 's' && s[2] == 'c' && s[3] == 'h')
            return *used = 4, 'c';
        if (s[1] == 'c' && s[2] == 'h')
            return *used = 3, 'c';
        /* "tce", "tci" sound "tse", as Korean and Arabic spell them ("Stratocell"). */
        if (s[1] == 's' || s[1] == 'z' || (s[1] == 'c' && (s[2] == 'e' || s[2] == 'i')))
            return 's';
        return s[1] == 'h' ? 't' : -1;
    case 'd':
        if (s[1] == 'z' && s[2] == 'h')
            return *used = 3, 'j';
        return s[1] == 'j' ? 'j' : -1;
    case 's':
        if (s[1] == 'c' && s[2] == 'h')
            return *used = 3, 's';
        return s[1] == 'h' ? 's' : -1;
    case 'z':
        return s[1] == 'h' ? 'j' : -1;
    default:
        return -1;
    }
}

/* As `sibilant_digraph`, for spellings that start with c, k, p, q, g or m. */
static int other_digraph(const char *s, size_t *used)
{
    *used = 2;
    switch (s[0]) {
    case 'c':
        /* "che", "chi": Italian "Marchetti", and the katakana チ; the vowel stays. */
        if (s[1] == 'h')
            return s[2] == 'e' || s[2] == 'i' ? 'k' : 'c';
        if (s[1] == 'z')
            return 'c';
        return s[1] == 'k' ? 'k' : -1;
    case 'k':
        return s[1] == 'h' ? 0 : -1;
    case 'p':
        return s[1] == 'h' ? 'b' : -1;
    case 'q':
        return s[1] == 'u' ? 'k' : -1;
    case 'g':
        return s[1] == 'h' ? 'k' : -1;
    case 'm':
        /* "mb", "mp": the m is an n before a lip sound (katakana writes "nb"); b/p stay. */
        *used = 1;
        return s[1] == 'b' || s[1] == 'p' ? 'n' : -1;
    default:
        return -1;
    }
}

/* The class of each letter a-z: b/v/p/f, t/d, k/g/q, s/z, l/r are one each; '.' none (vowels, h). */
static const char letter_class[] = ".bct.bk..jkrmn.bkrst.bwx.s";

/*
 * The sound class of the letters at `s` (ASCII, NUL-terminated); `*used`
 * letters are consumed. 0 for letters with no consonant sound (vowels, h).
 * Spellings of several letters first: "tsch", "dzh", "sch", "ch", "kh"...
 */
static char sound_class(const char *s, size_t *used)
{
    int c = sibilant_digraph(s, used);

    if (c < 0)
        c = other_digraph(s, used);
    if (c >= 0)
        return (char)c;
    *used = 1;
    if (s[0] < 'a' || s[0] > 'z')
        return 0;
    if (s[0] == 'c')
        return s[1] == 'e' || s[1] == 'i' || s[1] == 'y' ? 's' : 'k';
    /* "ow", "aw": a vowel ("Brown", "Krakow"); else as v (Russian writes "в"). */
    if (s[0] == 'w')
        return s[1] != '\0' && is_vowel(s[1]) ? 'b' : 0;
    return letter_class[s[0] - 'a'] == '.' ? 0 : letter_class[s[0] - 'a'];
}

/*
 * Russian instrumental endings that a name keeps after transliteration
 * ("Аркадием" -> "arkadiyem", "Гроссманом" -> "grossmanom"); the vowel
 * endings of the other cases vanish with the vowels anyway.
 */
static size_t strip_russian_case(const char *a, size_t n)
{
    static const char *const endings[] = {"yem", "om", "em"};
    size_t i;

    for (i = 0; i < sizeof(endings) / sizeof(endings[0]); i++) {
        size_t k = strlen(endings[i]);
        if (n >= k + 4 && memcmp(a + n - k, endings[i], k) == 0)
            return n - k;
    }
    return n;
}

size_t text_name_key(const char *name, size_t len, bool russian, char *out, size_t cap)
{
    /* A letter adds at most two classes ("x" is k + s), and an initial vowel one more. */
    char a[MAX_NAME_BYTES + 1], key[2 * MAX_NAME_BYTES + 2];
    size_t n, i = 0, k = 0, consonants = 0;

    if (name == NULL || len == 0 || len > MAX_NAME_BYTES)
        return 0;
    n = fold_ascii(name, len, a);
    if (russian)
        n = strip_russian_case(a, n);
    a[n] = '\0';
    n = align_spellings(a, n);
    if (n > 0 && (is_vowel(a[0]) || a[0] == 'h' || (a[0] == 'k' && a[1] == 'h')))
        key[k++] = 'a';
    while (i < n) {
        size_t used;
        char c = sound_class(a + i, &used);
        i += used;
        if (c == 0)
            continue;
        if (c == 'x') {
            if (k == 0 || key[k - 1] != 'k')
                key[k++] = 'k';
            c = 's';
            consonants++;
        }
        if (k > 0 && key[k - 1] == c)
            continue;
        key[k++] = c;
        consonants++;
    }
    if (k < MIN_KEY_BYTES || k + 1 > cap)
        return 0;
    memcpy(out, key, k);
    out[k] = '\0';
    return k;
}

/* Vowel runs and consonant sounds of a sound spelling (text_name_sound()), at least. */
#define MIN_SOUND_VOWELS 3
#define MIN_SOUND_CONSONANTS 2

size_t text_name_sound(const char *name, size_t len, char *out, size_t cap)
{
    char a[MAX_NAME_BYTES + 1];
    size_t n, i = 0, k = 0, vowels = 0, consonants = 0;

    if (name == NULL || len == 0 || len > MAX_NAME_BYTES || cap < 2 ||
        (n = fold_ascii(name, len, a)) == 0)
        return 0;
    n = align_spellings(a, n);
    while (i < n) {
        size_t used = 1;
        char c = a[i];
        if (is_vowel(c)) {
            c = c == 'y' ? 'i' : c;
            vowels += k == 0 || !is_vowel(out[k - 1]);
        } else if ((c = sound_class(a + i, &used)) != 0) {
            /* "x" is k + s; the s is written, its k dropped (no key needs it here). */
            c = c == 'x' ? 's' : c;
            consonants += k == 0 || out[k - 1] != c;
        }
        i += used;
        if (c == 0 || (k > 0 && out[k - 1] == c))
            continue;
        if (k + 2 > cap)
            return 0;
        out[k++] = c;
    }
    if (vowels < MIN_SOUND_VOWELS || consonants < MIN_SOUND_CONSONANTS)
        return 0;
    out[k] = '\0';
    return k;
}

/* Letters of a loose spelling (text_name_loose()), at least. */
#define MIN_LOOSE_LETTERS 5

/* The letter of the loose spelling for the single letter `c` (latin_sound()), but c. */
static char latin_letter_sound(char c)
{
    switch (c) {
    case 'q': return 'k';
    case 'z': return 's';
    case 'w': return 'v';
    case 'j':
    case 'y': return 'i';
    case 'x': return 0;
    default: return c;
    }
}

/*
 * The letter of the loose spelling for a spelling of two letters or more
 * at `s` (`left` letters to go), with `*used` its length (latin_sound());
 * -1 for none.
 */
static int latin_digraph(const char *s, size_t left, size_t *used)
{
    if (left >= 4 && memcmp(s, "tsch", 4) == 0)
        return *used = 4, 'k';
    if (left >= 3 && (memcmp(s, "tch", 3) == 0 || memcmp(s, "sch", 3) == 0))
        return *used = 3, s[0] == 't' ? 'k' : 'S';
    if (left < 2)
        return -1;
    *used = 2;
    if (s[1] == 'h' && strchr("ckpstz", s[0]) != NULL)
        return s[0] == 'c' || s[0] == 'k' ? 'k' : s[0] == 'p' ? 'f' : s[0] == 't' ? 't' : 'S';
    if (s[1] == 'z' && (s[0] == 's' || s[0] == 'c'))
        return s[0] == 's' ? 'S' : 'k';
    if (s[0] == 't' && (s[1] == 's' || s[1] == 'z'))
        return 's';
    return -1;
}

/*
 * The letter the loose spelling writes for the letters at `a[i..n)`
 * (lower-case ASCII, NUL-terminated), with `*used` the letters read. The
 * Latin alphabets each spell a sound of a name from another script (or
 * their own name for a place) their own way, so one such sound is one
 * letter: 'k' for k, q, a c not before e, i or y, ch, kh, tch, tsch and
 * Polish cz (German "Tschaikowski", English "Tchaikovsky"; German
 * "Cheops", Spanish "Keops"); 's' for s, z, ts, tz and a c before e, i or
 * y (German "Jelzin", English "Yeltsin"); 'S' for sh, sch, zh and Polish
 * sz ("Schewardnadse", "Shevardnadze"); 'v' for w ("Welikan",
 * "Velikan"); 'i' for j and y ("Dostojewski", "Dostoyevsky"); 't' and 'f'
 * for th and ph. 0 for an x, which is "ks". Other letters stand for
 * themselves: a French "ou" stays (its u is the u of other languages, but
 * "Darfour" as "Darfur" splits news8's Nobel event downstream: docs/QUALITY.md,
 * "One name spelt per language's conventions").
 */
static char latin_sound(const char *a, size_t n, size_t i, size_t *used)
{
    const char *s = a + i;
    size_t left = n - i;
    int c = latin_digraph(s, left, used);

    if (c >= 0)
        return (char)c;
    *used = 1;
    if (s[0] == 'c')
        return left >= 2 && (s[1] == 'e' || s[1] == 'i' || s[1] == 'y') ? 's' : 'k';
    return latin_letter_sound(s[0]);
}

size_t text_name_loose(const char *name, size_t len, bool romance, char *out, size_t cap)
{
    char a[MAX_NAME_BYTES + 1];
    size_t n, i, k = 0, used, added = 0;
    bool ext_a = false, other = false;

    if (name == NULL || len == 0 || len > MAX_NAME_BYTES)
        return 0;
    /*
     * Latin-1 accents stay, as in the name's own anchor (text_name_fold()):
     * "Atlántico" is no spelling of "Atlantic" (a name, not a noun), so a
     * name with one has no loose spelling, unless it has a letter of Latin
     * Extended-A too, as its anchor then drops every accent.
     */
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        ext_a = ext_a || c == 0xC4 || c == 0xC5;
        other = other || c >= 0x80;
    }
    if (other && !ext_a)
        return 0;
    if ((n = fold_ascii(name, len, a)) == 0)
        return 0;
    for (i = 0; i < n; i += used) {
        char c = latin_sound(a, n, i, &used);
        if (k + 3 >= cap)
            return 0;
        if (c == 0) {
            /* "x" is "ks": "Maxim", "Maksim"; the k counts for no letter of the name. */
            if (k == 0 || out[k - 1] != 'k') {
                out[k++] = 'k';
                added++;
            }
            c = 's';
        }
        /* A doubled letter once. */
        if (k > 0 && out[k - 1] == c)
            continue;
        out[k++] = c;
    }
    /* The -o or -a an Italian, Spanish or Portuguese paper puts on a name ending in a consonant. */
    if (romance && k > MIN_LOOSE_LETTERS && (out[k - 1] == 'o' || out[k - 1] == 'a') &&
        !is_vowel(out[k - 2]))
        k--;
    if (k - added < MIN_LOOSE_LETTERS)
        return 0;
    out[k] = '\0';
    return k;
}

/*
 * Whether the letter at `w[i]` is the d of "dj", the French and Dutch
 * spelling of the sound j ("Djibouti", "Djokovic"), which scripts with a
 * letter for j write without it ("ג'יבוטי", "جيبوتي").
 */
static bool dj_at(const char *w, size_t len, size_t i)
{
    return (w[i] == 'd' || w[i] == 'D') && i + 1 < len && (w[i + 1] == 'j' || w[i + 1] == 'J');
}

/*
 * The consonant skeleton of the Latin word `w[0..len)` in `out` (room for
 * `cap` bytes, NUL-terminated): its ASCII letters but vowels, y, w and h
 * and the d of "dj" (dj_at()), lower case, a doubled letter once ("Haddad"
 * -> "dd" -> "d" once). Returns its length.
 */
size_t text_name_skeleton(const char *w, size_t len, char *out, size_t cap)
{
    size_t i, n = 0;

    for (i = 0; i < len && n + 1 < cap; i++) {
        char c = w[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + ('a' - 'A'));
        if (c < 'a' || c > 'z' || strchr("aeiouywh", c) != NULL || (n > 0 && out[n - 1] == c) ||
            dj_at(w, len, i))
            continue;
        out[n++] = c;
    }
    out[n] = '\0';
    return n;
}

/* The vowel class of an ASCII letter of a gap: 1 for a, 2 for e/i/y, 4 for o/u/w. */
static char vowel_class(char c)
{
    return c == 'a' ? 1 : (c == 'o' || c == 'u' || c == 'w') ? 4 : 2;
}

/*
 * Ends the gap whose classes are `mask`, of `letters` vowels that were "eu"
 * when `eu`: Korean writes "eu" (으) where a foreign name has no vowel
 * ("Bond" 본드 "bondeu"), so such a gap counts as empty.
 */
static char gap_char(int mask, size_t letters, bool eu)
{
    return (char)('0' + (letters == 2 && eu ? 0 : mask));
}

size_t text_name_vowels(const char *w, size_t len, char *out, size_t cap)
{
    size_t i, n = 0, letters = 0;
    char last = 0;
    int mask = 0;
    bool eu = false;

    if (cap < 2)
        return 0;
    for (i = 0; i < len && n + 2 < cap; i++) {
        char c = w[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + ('a' - 'A'));
        if (c < 'a' || c > 'z' || c == 'h' || c == last || dj_at(w, len, i))
            continue;
        if (strchr("aeiouyw", c) != NULL) {
            eu = letters == 0 ? c == 'e' : (eu && letters == 1 && c == 'u');
            mask |= vowel_class(c);
            letters++;
            continue;
        }
        out[n++] = gap_char(mask, letters, eu);
        mask = 0;
        letters = 0;
        last = c;
    }
    out[n++] = gap_char(mask, letters, eu);
    out[n] = '\0';
    return n;
}

bool text_name_vowels_agree(const char *word, const char *name, size_t max_missing)
{
    size_t i, vowels = 0, missing = 0;

    if (strlen(word) != strlen(name))
        return false;
    for (i = 0; word[i] != '\0'; i++) {
        int w = word[i] - '0', m = name[i] - '0';
        if (w != 0 && (w & m) == 0)
            return false;
        vowels += w != 0;
        missing += w == 0 && m != 0;
    }
    return vowels >= 2 && missing <= max_missing;
}

bool text_name_end_fits(const char *word, const char *name)
{
    size_t n = strlen(word), m = strlen(name);

    if (n == 0 || m == 0 || word[n - 1] != '0')
        return true;
    return ((name[m - 1] - '0') & 4) == 0;
}

/* The sound class of a consonant, so that letters one script cannot tell apart match. */
static char skeleton_class(char c)
{
    switch (c) {
    case 'p': case 'f': case 'v': return 'b';
    case 'd': return 't';
    case 'g': case 'q': case 'c': return 'k';
    case 'z': case 'j': return 's';
    case 'l': return 'r';
    default: return c;
    }
}

/*
 * Whether two consonant skeletons are one name's: equal letter by letter up
 * to sound class ("lndkfst" of "ليندكفيست" and "lndqvst" of Lindqvist), or,
 * for skeletons of four or more, one letter added, dropped or changed.
 */
bool text_name_skeletons_agree(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b), i = 0, j = 0, edits = 0;

    while (i < na && j < nb && edits <= 1) {
        if (skeleton_class(a[i]) == skeleton_class(b[j])) {
            i++;
            j++;
        } else if (na - i > nb - j) {
            i++, edits++;
        } else if (nb - j > na - i) {
            j++, edits++;
        } else {
            i++, j++, edits++;
        }
    }
    edits += (na - i) + (nb - j);
    return edits == 0 || (edits == 1 && na >= 4 && nb >= 4);
}

size_t text_name_kana_vowels(const char *w, size_t len, char *out, size_t cap)
{
    char a[MAX_NAME_BYTES + 1];
    size_t i, n;

    if (len > MAX_NAME_BYTES)
        return text_name_vowels(w, len, out, cap);
    for (i = 0; i < len; i++)
        a[i] = w[i] >= 'A' && w[i] <= 'Z' ? (char)(w[i] + ('a' - 'A')) : w[i];
    n = drop_kana_vowels(a, len);
    return text_name_vowels(a, n, out, cap);
}
