/*
 * test_inflect.c - tests of src/text/inflect.c: which base forms an
 * inflected name is offered as, per language (case endings, possessive
 * adjectives, stems that change under an ending), and the limits (short
 * stems, the word itself, languages without a table).
 */
#include <stdio.h>
#include <string.h>

#include "text/text.h"
#include "test.h"

/* The bases offered, joined by spaces, and the one `fit` accepts. */
struct offered {
    char s[512];
    size_t len;
    const char *want;
};

static bool collect_base(void *ctx, const char *base, size_t len)
{
    struct offered *o = ctx;
    int n = snprintf(o->s + o->len, sizeof(o->s) - o->len, "%s%.*s", o->len > 0 ? " " : "",
                     (int)len, base);

    if (n > 0 && (size_t)n < sizeof(o->s) - o->len)
        o->len += (size_t)n;
    return o->want != NULL && strlen(o->want) == len && memcmp(o->want, base, len) == 0;
}

/* Whether `w` in `lang` is offered as `base`. */
static bool offers(const char *lang, const char *w, const char *base)
{
    struct offered o = {"", 0, base};

    return text_name_bases(text_inflection_find(lang), w, strlen(w), collect_base, &o);
}

/* One row: a word of language `lang` and the base it should be offered as. */
static const struct {
    const char *lang, *word, *base;
} bases[] = {
    /* Case endings, with the nominative ending put back. */
    {"pl", "wąsowicza", "wąsowicz"},
    {"pl", "wąsowiczem", "wąsowicz"},
    {"pl", "gdyni", "gdynia"},
    {"pl-PL", "warszawie", "warszawa"},
    {"hr", "beogradu", "beograd"},
    {"sr", "zagreba", "zagreb"},
    {"hu", "budapesten", "budapest"},
    {"hu", "orbánnak", "orbán"},
    {"sk", "bratislave", "bratislava"},
    {"sl", "ljubljani", "ljubljana"},
    /* Russian and Ukrainian, as the names scanner spells them in Latin letters. */
    {"ru", "bishkeke", "bishkek"},
    {"ru", "bergenom", "bergen"},
    {"ru", "moskve", "moskva"},
    {"ru", "yaponii", "yaponiya"},
    {"ru", "batkenskoy", "batken"},
    {"uk", "kievi", "kiev"},
    {"uk", "kharkova", "kharkov"},
    /* Possessive adjectives in -ov-. */
    {"sk", "nobelovu", "nobel"},
    {"sk", "nobelovej", "nobel"},
    {"hr", "nobelove", "nobel"},
    {"sl", "nobelovo", "nobel"},
    /* A Hungarian long final vowel made short again. */
    {"hu", "európában", "európa"},
    {"hu", "szegedre", "szeged"},
    /* A vowel that dropped out of the last syllable put back. */
    {"sk", "havla", "havel"},
    {"pl", "borowca", "borowiec"},
    {"pl", "leszka", "leszek"},
    {"hr", "kragujevca", "kragujevac"},
    {"sr", "čačka", "čačak"},
    /* A Polish o that was ó. */
    {"pl", "krakowie", "kraków"},
    /* A consonant softened before the ending made hard again. */
    {"pl", "polsce", "polska"},
    {"pl", "pradze", "praga"},
    {"pl", "kanadzie", "kanada"},
    {"pl", "krecie", "kreta"},
    {"pl", "odrze", "odra"},
    {"hr", "rijeci", "rijeka"},
    {"hr", "africi", "afrika"},
    {"sr", "volzi", "volga"},
    /* A noun in -lac: its l is o when the a drops out, o after o merging with it. */
    {"bs", "stocu", "stolac"},
    {"hr", "stoca", "stolac"},
    {"sr", "čitaoca", "čitalac"},
    /* Latvian: feminine -a, masculine -s, -š, -is. */
    {"lv", "arēnā", "arēna"},
    {"lv", "kanādu", "kanāda"},
    {"lv", "latvijas", "latvija"},
    {"lv", "jelgavā", "jelgava"},
    {"lv", "ozoliņam", "ozoliņš"},
    {"lv", "kalnam", "kalns"},
    /* Lithuanian: -as, -us, -a, and a foreign name without one. */
    {"lt", "kauno", "kaunas"},
    {"lt", "vilniuje", "vilnius"},
    {"lt", "vilniaus", "vilnius"},
    {"lt", "klaipėdoje", "klaipėda"},
    {"lt", "londone", "london"},
    /* Finnish suffixes, the illative, and the -i- after a consonant. */
    {"fi", "kanadassa", "kanada"},
    {"fi", "latvian", "latvia"},
    {"fi", "kanadaan", "kanada"},
    {"fi", "egyptissä", "egypt"},
    {"fi", "egyptiin", "egypt"},
    /* Estonian suffixes on the genitive, its vowel dropped after a consonant. */
    {"et", "tallinnas", "tallinn"},
    {"et", "londonist", "london"},
    {"et", "tartus", "tartu"},
    /* Slovene: a feminine's accusative and instrumental -o goes back to -a. */
    {"sl", "mrzlo", "mrzla"},
    {"sl", "slovenijo", "slovenija"},
    /* Icelandic: genitive and dative on strong and weak names, and a river's -ár. */
    {"is", "reykjavíkur", "reykjavík"},
    {"is", "íslands", "ísland"},
    {"is", "kirkjubæjarklausturs", "kirkjubæjarklaustur"},
    {"is", "mýrdalssandi", "mýrdalssandur"},
    {"is", "suðurlandi", "suðurland"},
    {"is", "veðurstofu", "veðurstofa"},
    {"is", "bjarna", "bjarni"},
    {"is", "hvítingsár", "hvítingsá"},
    /* Albanian: the definite article and its cases, on native and foreign names. */
    {"sq", "durrësit", "durrës"},
    {"sq", "durrësi", "durrës"},
    {"sq", "lleshajn", "lleshaj"},
    {"sq", "putinit", "putin"},
    {"sq", "irakut", "irak"},
    {"sq", "tiranës", "tirana"},
    {"sq", "berishën", "berisha"},
    {"sq", "shqipërisë", "shqipëri"},
    {"sq", "shqipërinë", "shqipëri"},
    /* Uzbek: locative, its adjective, genitive, dative. */
    {"uz", "beldersoyda", "beldersoy"},
    {"uz", "samarqanddagi", "samarqand"},
    {"uz", "toshkentning", "toshkent"},
    {"uz", "namanganga", "namangan"},
    /* Kyrgyz, as names.c spells it: locative and its adjective, ablative, genitive, dative. */
    {"ky", "archadagy", "archa"},
    {"ky", "bishkekte", "bishkek"},
    {"ky", "bishkektegi", "bishkek"},
    {"ky", "naryndan", "naryn"},
    {"ky", "karakoldun", "karakol"},
    {"ky", "talaska", "talas"},
    {"ky", "ozgondo", "ozgon"},
    /* Swedish, Danish and Norwegian: the genitive -s. */
    /* Kurmanji: the oblique -ê, -î and the ezafe, with a y after a vowel. */
    {"ku", "erzurumê", "erzurum"},
    {"ku", "malatyayê", "malatya"},
    {"ku", "hakkariyê", "hakkari"},
    {"ku", "bolognaya", "bologna"},
    {"ku", "kurdistana", "kurdistan"},
    {"ku", "bremenî", "bremen"},
    /* ... and its letters ê î û ç ş as other languages write them, with or without an ending. */
    {"ku", "îranê", "iran"},
    {"ku", "îran", "iran"},
    {"ku", "sûriyeyê", "suriye"},
    {"ku", "çewlîka", "cewlik"},
    {"sv", "gotlands", "gotland"},
    {"sv", "hudiksvalls", "hudiksvall"},
    {"da", "danmarks", "danmark"},
    {"nb", "norges", "norge"},
    {"no", "trondheims", "trondheim"},
    /* Oromo: case endings, and long vowels written double as others write them once. */
    {"om", "baaleetti", "baalee"},
    {"om", "baaleetti", "bale"},
    {"om", "baalee", "bale"},
    {"om", "adaamaatti", "adama"},
    {"om", "itoophiyaan", "itoophiyaa"},
    {"om", "naayiroobiirraa", "nayirobi"},
};

TD_TEST(test_inflect__case_endings_meet_the_base)
{
    size_t i;

    for (i = 0; i < sizeof(bases) / sizeof(bases[0]); i++) {
        if (!offers(bases[i].lang, bases[i].word, bases[i].base))
            fprintf(stderr, "row %zu: %s '%s' not offered as '%s'\n", i, bases[i].lang,
                    bases[i].word, bases[i].base);
        ASSERT_TRUE(offers(bases[i].lang, bases[i].word, bases[i].base));
    }
}

/* Whether every base offered (text_base_fn) ends with a NUL, as text.h promises. */
static bool base_terminated(void *ctx, const char *base, size_t len)
{
    bool *all = ctx;

    *all = *all && base[len] == '\0';
    return false;
}

/* Fills the stack below the caller with non-zero bytes, as a buffer left unwritten would hold. */
static void dirty_stack(void)
{
    volatile char junk[4096];
    size_t i;

    for (i = 0; i < sizeof(junk); i++)
        junk[i] = 'x';
}

/*
 * Kurmanji's bases in plain letters ("sûriyeyê" as "suriye", the word as
 * "suriyeye") are NUL-terminated too (plain_kurmanji() wrote none: a
 * callback reading the base as a string ran past it).
 */
TD_TEST(test_inflect__plain_bases_terminated)
{
    static const char *const words[] = {"sûriyeyê", "îranê", "çewlîka", "erzurumê"};
    size_t i;

    for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
        bool all = true;
        dirty_stack();
        ASSERT_TRUE(!text_name_bases(text_inflection_find("ku"), words[i], strlen(words[i]),
                                     base_terminated, &all));
        if (!all)
            td_test_fail(__FILE__, __LINE__, "'%s': a base without its NUL", words[i]);
    }
}

TD_TEST(test_inflect__limits)
{
    struct offered o = {"", 0, NULL};

    /* Languages without a table (Czech among them: see inflect.c), and a NULL one. */
    ASSERT_TRUE(text_inflection_find("en") == NULL);
    ASSERT_TRUE(text_inflection_find("tr") == NULL);
    ASSERT_TRUE(text_inflection_find("cs") == NULL);
    ASSERT_TRUE(text_inflection_find("is") != NULL);
    ASSERT_TRUE(text_inflection_find("sq") != NULL);
    ASSERT_TRUE(text_inflection_find(NULL) == NULL);
    ASSERT_TRUE(!offers("en", "wąsowicza", "wąsowicz"));
    /* A stem under four letters is none ("jana" is no form of "jan"). */
    ASSERT_TRUE(!offers("sk", "jana", "jan"));
    ASSERT_TRUE(!offers("sk", "brne", "brno"));
    /* Hungarian has no nominative ending to put back, nor a vowel to drop. */
    ASSERT_TRUE(!offers("hu", "budapesta", "budapesto"));
    ASSERT_TRUE(!offers("hu", "szegedben", "szegeden"));
    /* A vowel goes back only between two consonants, and only the language's own. */
    ASSERT_TRUE(!offers("hu", "havla", "havel"));
    ASSERT_TRUE(!offers("sk", "ivana", "ivean"));
    ASSERT_TRUE(!offers("hr", "čačka", "čaček"));
    /* A consonant is made hard again only before the ending that softens it. */
    ASSERT_TRUE(!offers("hr", "rijeca", "rijeka"));
    ASSERT_TRUE(!offers("pl", "odrzu", "odra"));
    ASSERT_TRUE(!offers("sk", "rijeci", "rijeka"));
    ASSERT_TRUE(!offers("pl", "stocu", "stolac"));
    /* Short stems stay (Latvian "Rīgā"), and no stem change a table lacks (Finnish "Riiassa"). */
    ASSERT_TRUE(!offers("lv", "rīgā", "rīga"));
    ASSERT_TRUE(!offers("fi", "riiassa", "riika"));
    /* An ending with a nominative of its own puts back only that one. */
    ASSERT_TRUE(!offers("sl", "marko", "mark"));
    ASSERT_TRUE(!offers("sl", "porto", "port"));
    ASSERT_TRUE(!offers("sl", "mrzlo", "mrzl"));
    ASSERT_TRUE(!offers("is", "hvítingsár", "hvítings"));
    ASSERT_TRUE(!offers("sq", "tiranë", "tira"));
    /* Short stems stay (Icelandic "Víkur", Albanian "Rinit"). */
    ASSERT_TRUE(!offers("is", "víkur", "vík"));
    ASSERT_TRUE(!offers("sq", "rinit", "rin"));
    /* Oromo: a name under four letters once its vowels are short ("Weeb"), and no other table's. */
    ASSERT_TRUE(!offers("om", "weeb", "web"));
    ASSERT_TRUE(!offers("om", "weebitti", "web"));
    ASSERT_TRUE(!offers("fi", "baalee", "bale"));
    /* Kurmanji: short stems stay ("Wanê"); no plural -an is cut ("Taiwan"). */
    ASSERT_TRUE(!offers("ku", "wanê", "wan"));
    ASSERT_TRUE(!offers("ku", "taiwan", "taiw"));
    /* Only Kurmanji's letters are made plain ("müller" stays), and only in Kurmanji. */
    ASSERT_TRUE(!offers("ku", "müllerê", "muller"));
    ASSERT_TRUE(!offers("tr", "îran", "iran"));
    ASSERT_TRUE(!offers("sv", "îrans", "iran"));
    /* The Scandinavian genitive is -s alone: no other ending, no short stem ("Roms"). */
    ASSERT_TRUE(!offers("sv", "gotlande", "gotland"));
    ASSERT_TRUE(!offers("da", "roms", "rom"));
    /* Nominatives with no ending of their table are not cut. */
    ASSERT_TRUE(!text_name_bases(text_inflection_find("lt"), "vilnius", 7, collect_base, &o));
    ASSERT_TRUE(!text_name_bases(text_inflection_find("fi"), "helsinki", 8, collect_base, &o));
    ASSERT_TRUE(o.len == 0);
    /* The word itself is never offered, nor anything for a word too long. */
    ASSERT_TRUE(!text_name_bases(text_inflection_find("pl"), "gdynia", 6, collect_base, &o));
    ASSERT_TRUE(strstr(o.s, "gdynia") == NULL);
    ASSERT_TRUE(strstr(o.s, "gdyni") != NULL);
    o.len = 0;
    o.s[0] = '\0';
    ASSERT_TRUE(!text_name_bases(
        text_inflection_find("pl"),
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 65, collect_base, &o));
    ASSERT_TRUE(o.len == 0);
}

/*
 * An analyzer keeps each tag's table with its other facts
 * (text_analyzer_inflection()): the same table text_inflection_find()
 * gives, for the first call on a tag and the later ones, for tags that
 * share a cache slot and for the tags it does not keep (empty, too long).
 */
TD_TEST(test_inflect__analyzer_keeps_the_table_of_each_tag)
{
    static const char *const tags[] = {"pl", "pl-PL", "en", "fi", "cs", "ru", "hu-HU", "",
                                       "x-a-very-long-private-tag", "sl", "sk", "et"};
    struct text_analyzer *a = NULL;
    size_t i, round;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (round = 0; round < 2; round++)
        for (i = 0; i < sizeof(tags) / sizeof(tags[0]); i++)
            ASSERT_TRUE(text_analyzer_inflection(a, tags[i]) == text_inflection_find(tags[i]));
    ASSERT_TRUE(text_analyzer_inflection(a, "pl") != NULL);
    ASSERT_TRUE(text_analyzer_inflection(a, "en") == NULL);
    ASSERT_TRUE(text_analyzer_inflection(a, NULL) == NULL);
    text_analyzer_free(a);
}
