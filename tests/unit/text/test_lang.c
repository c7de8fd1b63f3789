/*
 * test_lang.c - tests of src/text/lang.c and langid.cc: language names and
 * codes from a table, and CLD2 detection of a short news sentence written
 * for each of the languages the engine must recognise.
 */
#include <string.h>

#include "text/text.h"
#include "test.h"

static const struct {
    const char *in;
    const char *out;
} canon[] = {
    {"en", "en"},          {"EN", "en"},       {"en-US", "en"},     {"en_GB", "en"},
    {"eng", "en"},         {"English", "en"},  {" english ", "en"}, {"es_ES", "es"},
    {"spa", "es"},         {"Spanish", "es"},  {"Español", "es"},   {"ger", "de"},
    {"deu", "de"},         {"Deutsch", "de"},  {"fre", "fr"},       {"Français", "fr"},
    {"pt_BR.UTF-8", "pt"}, {"nb", "no"},       {"nno", "no"},       {"dut", "nl"},
    {"gre", "el"},         {"Ελληνικά", "el"}, {"РУССКИЙ", "ru"},   {"rus", "ru"},
    {"zh-Hant-TW", "zh"},  {"chi", "zh"},      {"中文", "zh"},      {"jpn", "ja"},
    {"日本語", "ja"},      {"ko", "ko"},       {"Korean", "ko"},    {"arm", "hy"},
    {"baq", "eu"},         {"rum", "ro"},      {"gle", "ga"},       {"ind", "id"},
    {"in", "id"},          {"ji", "yi"},       {"srp", "sr"},       {"tam", "ta"},
    {"nep", "ne"},         {"hin", "hi"},      {"tur", "tr"},       {"swe", "sv"},
    {"lit", "lt"},         {"hun", "hu"},      {"fin", "fi"},       {"dan", "da"},
    {"cat", "ca"},         {"ara", "ar"},      {"ita", "it"},       {"", ""},
    {"und", ""},           {"xx", ""},         {"e", ""},           {"-", ""},
    {"klingon", ""},       {"he", ""},         {"en|es", ""},       {"\xff", ""},
};

TD_TEST(test_lang__canonical_table)
{
    size_t i;

    for (i = 0; i < sizeof(canon) / sizeof(canon[0]); i++) {
        char out[8] = "junk";
        text_lang_canonical(canon[i].in, out);
        ASSERT_STREQ(out, canon[i].out);
    }
}

TD_TEST(test_lang__canonical_null_and_long)
{
    char out[8] = "junk";
    char lng[200];

    text_lang_canonical(NULL, out);
    ASSERT_STREQ(out, "");
    memset(lng, 'e', sizeof(lng) - 1);
    lng[sizeof(lng) - 1] = '\0';
    text_lang_canonical(lng, out);
    ASSERT_STREQ(out, "");
}

/* A given code: the table's, else any ISO 639-1 code, else none. */
TD_TEST(test_lang__given_codes)
{
    static const struct {
        const char *in;
        const char *out;
    } given[] = {
        {"uk", "uk"},    {"MS", "ms"},    {"pl-PL", "pl"},   {" fa ", "fa"}, {"he", "he"},
        {"vi_VN", "vi"}, {"eng", "en"},   {"Deutsch", "de"}, {"xx", ""},     {"qq", ""},
        {"und", ""},     {"klingon", ""}, {"u", ""},         {"u1", ""},     {"", ""},
    };
    size_t i;

    for (i = 0; i < sizeof(given) / sizeof(given[0]); i++) {
        char out[8] = "junk";
        text_lang_given(given[i].in, out);
        ASSERT_STREQ(out, given[i].out);
    }
    {
        char out[8] = "junk";
        text_lang_given(NULL, out);
        ASSERT_STREQ(out, "");
    }
}

static const struct {
    const char *lang;
    const char *text;
} samples[] = {
    {"en", "Firefighters battled a large blaze at a warehouse near the harbour on Sunday "
           "night, and police closed several roads while residents were told to stay indoors."},
    {"es", "Los bomberos lucharon el domingo por la noche contra un gran incendio en un "
           "almacén cerca del puerto, y la policía cerró varias calles mientras pedía a los "
           "vecinos que no salieran de casa."},
    {"de", "Die Feuerwehr kämpfte am Sonntagabend gegen einen Großbrand in einer Lagerhalle "
           "am Hafen, und die Polizei sperrte mehrere Straßen, während die Anwohner in ihren "
           "Häusern bleiben sollten."},
    {"fr", "Les pompiers ont combattu dimanche soir un important incendie dans un entrepôt "
           "près du port, et la police a fermé plusieurs rues en demandant aux habitants de "
           "rester chez eux."},
    {"it", "I vigili del fuoco hanno combattuto domenica sera un grande incendio in un "
           "magazzino vicino al porto, e la polizia ha chiuso diverse strade chiedendo ai "
           "residenti di restare in casa."},
    {"pt", "Os bombeiros combateram no domingo à noite um grande incêndio num armazém perto "
           "do porto, e a polícia fechou várias ruas enquanto pedia aos moradores que ficassem "
           "em casa."},
    {"nl", "De brandweer bestreed zondagavond een grote brand in een loods bij de haven, en "
           "de politie sloot verschillende straten af terwijl bewoners werd gevraagd binnen "
           "te blijven."},
    {"ja", "日曜日の夜、港の近くにある倉庫で大規模な火災が発生し、消防隊が消火活動にあたった。"
           "警察は周辺の道路を封鎖し、住民に外出しないよう呼びかけた。"},
    {"zh", "星期日晚上，港口附近的一座仓库发生大火，消防员奋力灭火。警方封锁了附近的多条道路，"
           "并要求居民留在家中。"},
    {"ru", "В воскресенье вечером пожарные боролись с крупным пожаром на складе возле порта, "
           "а полиция перекрыла несколько улиц и попросила жителей оставаться дома."},
};

TD_TEST(test_lang__detects_news_paragraphs)
{
    size_t i;

    for (i = 0; i < sizeof(samples) / sizeof(samples[0]); i++) {
        char lang[8] = "junk";
        bool reliable = false;
        text_detect_lang(samples[i].text, strlen(samples[i].text), lang, &reliable);
        ASSERT_STREQ(lang, samples[i].lang);
        ASSERT_TRUE(reliable);
    }
}

TD_TEST(test_lang__detect_maps_cld2_codes)
{
    static const char hebrew[] = "הממשלה הודיעה ביום שני כי תעלה את המסים על חברות גדולות "
                                 "כדי לממן בתי חולים חדשים";
    static const char hant[] = "政府週一宣佈，將提高對大型企業的稅收，用於建設新的醫院。";
    char lang[8];

    text_detect_lang(hebrew, strlen(hebrew), lang, NULL);
    ASSERT_STREQ(lang, "he"); /* CLD2 says "iw" */
    text_detect_lang(hant, strlen(hant), lang, NULL);
    ASSERT_STREQ(lang, "zh"); /* CLD2 says "zh-Hant" */
}

TD_TEST(test_lang__detect_unknown)
{
    char lang[8];
    bool reliable = true;

    text_detect_lang("", 0, lang, &reliable);
    ASSERT_STREQ(lang, "und");
    ASSERT_TRUE(!reliable);
    text_detect_lang(NULL, 0, lang, &reliable);
    ASSERT_STREQ(lang, "und");
    text_detect_lang("12345 67", 8, lang, &reliable);
    ASSERT_STREQ(lang, "und");
    ASSERT_TRUE(!reliable);
    /* Invalid UTF-8 is not an error here, just unknown. */
    text_detect_lang("caf\xc3", 4, lang, &reliable);
    ASSERT_STREQ(lang, "und");
}
