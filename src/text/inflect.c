/*
 * inflect.c - the base forms an inflected name may have. Polish, Czech,
 * Slovak, Croatian/Serbian/Bosnian, Slovene and Hungarian put case endings
 * and suffixes on names ("Wąsowicza", "v Brně", "Beogradu", "Budapesten"),
 * which keep them from meeting the same name written elsewhere. The
 * tables hold each language's common endings from its grammar; the
 * engine counts a word as a base form only when it has seen that exact
 * name (pipeline/engine.c, inflected_base()).
 */
#include <stdbool.h>
#include <string.h>

#include "text/text.h"
#include "core/banned.h"

/* Letters a base form's stem (the word without its ending) needs, and the base itself. */
#define MIN_STEM_LETTERS 4
#define MIN_BASE_LETTERS 4
/* Bytes of a base form, at most. */
#define MAX_BASE_BYTES 64

struct text_inflection {
    const char *code;
    const char *const *endings;     /* case endings and suffixes, NULL-ended */
    const char *const *nominatives; /* what may replace one: "" first, NULL-ended */
};

static const char *const pl_endings[] = {"a",  "u",  "owi", "em", "ie",  "y",   "ą",   "ę",
                                         "i",  "om", "ami", "ach", "ego", "emu", "ym", "im", NULL};
static const char *const pl_nominatives[] = {"", "a", "o", "ia", NULL};
static const char *const cs_endings[] = {"a",  "u",  "ovi", "em", "e",   "ě",   "y",  "i",   "ou",
                                         "ám", "ách", "ům", "ého", "ému", "ém", "ým", NULL};
static const char *const sk_endings[] = {"a",   "u",   "ovi", "om", "e",  "y",  "i", "ou",
                                         "ách", "ami", "ého", "ému", "ej", NULL};
static const char *const cs_nominatives[] = {"", "a", "o", NULL};
static const char *const hbs_endings[] = {"a", "u", "om", "em", "e", "i", "ima", "ama", "oj", "ovi",
                                          NULL};
static const char *const sl_endings[] = {"a", "u", "om", "em", "e", "i", "ih", "ov", "ju", NULL};
static const char *const hbs_nominatives[] = {"", "a", "o", NULL};
static const char *const hu_endings[] = {
    "ban", "ben", "ba",  "be",  "ból", "ből", "nak", "nek", "on", "en", "ön", "ról",
    "ről", "t",   "ot",  "et",  "öt",  "at",  "val", "vel", "nál", "nél", "hoz", "hez",
    "höz", "ra",  "re",  "tól", "től", "ig",  "ért", "nal", "nel", NULL};
static const char *const hu_nominatives[] = {"", NULL};

static const struct text_inflection tables[] = {
    {"pl", pl_endings, pl_nominatives},   {"cs", cs_endings, cs_nominatives},
    {"sk", sk_endings, cs_nominatives},   {"hr", hbs_endings, hbs_nominatives},
    {"sr", hbs_endings, hbs_nominatives}, {"bs", hbs_endings, hbs_nominatives},
    {"sl", sl_endings, hbs_nominatives},  {"hu", hu_endings, hu_nominatives},
};

const struct text_inflection *text_inflection_find(const char *lang)
{
    char code[8];
    size_t i;

    if (lang == NULL)
        return NULL;
    text_lang_given(lang, code);
    for (i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
        if (strcmp(tables[i].code, code) == 0)
            return &tables[i];
    return NULL;
}

/* Code points of the UTF-8 text `s[0..len)`. */
static size_t letters(const char *s, size_t len)
{
    size_t i, n = 0;

    for (i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Tries the stem `w[0..stem)` with each nominative ending of `inf` but `w`'s own form. */
static bool try_stem(const struct text_inflection *inf, const char *w, size_t len, size_t stem,
                     text_base_fn fit, void *ctx)
{
    char base[MAX_BASE_BYTES];
    size_t i, n;

    memcpy(base, w, stem);
    for (i = 0; inf->nominatives[i] != NULL; i++) {
        n = strlen(inf->nominatives[i]);
        if (stem + n >= sizeof(base) ||
            (stem + n == len && memcmp(w + stem, inf->nominatives[i], n) == 0) ||
            letters(w, stem) + letters(inf->nominatives[i], n) < MIN_BASE_LETTERS)
            continue; /* the word itself, or too short */
        memcpy(base + stem, inf->nominatives[i], n);
        base[stem + n] = '\0';
        if (fit(ctx, base, stem + n))
            return true;
    }
    return false;
}

bool text_name_bases(const struct text_inflection *inf, const char *w, size_t len,
                     text_base_fn fit, void *ctx)
{
    size_t i, n;

    if (inf == NULL || len >= MAX_BASE_BYTES)
        return false;
    for (i = 0; inf->endings[i] != NULL; i++) {
        n = strlen(inf->endings[i]);
        if (n >= len || memcmp(w + len - n, inf->endings[i], n) != 0 ||
            letters(w, len - n) < MIN_STEM_LETTERS)
            continue;
        if (try_stem(inf, w, len, len - n, fit, ctx))
            return true;
    }
    return false;
}
