/*
 * test_names.c - tests of src/text/names.c: which capitalised words are
 * spotted as names (one table row per sentence), case folding of non-ASCII
 * names, shouted words versus acronyms, every Latin-1 character inside a
 * word, and invalid UTF-8.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "collect.h"
#include "text/text.h"
#include "test.h"

static const struct {
    const char *lang;
    const char *in;
    const char *names;
} cases[] = {
    {"en", "actress Julia Fox met Kanye West in Miami.", "julia fox kanye west miami"},
    {"en", "The mayor of Valdemora spoke.", "valdemora"},
    {"en", "Talks failed. Negotiators left Oslo. Strikes resumed!", "oslo"},
    {"en", "Was it over? Nobody knew: Crews waited; Unions met", ""},
    {"en", "first line\nSecond line names Lisbon", "lisbon"},
    {"es", "La líder sindical Inés Carvalho habló en Zürich.", "inés carvalho zürich"},
    /* German nouns are capitalised too; a shouted long word is still skipped. */
    {"de", "der Besuch in ÖSTERREICH und Österreich", "besuch österreich"},
    /* A katakana unit right after a figure is no name; a name, or the unit away from one, is. */
    {"ja", "ミラノの塔は高さ１５メートル、重さ300万トン、費用40ドル", "ミラノ"},
    {"ja", "メートル原器", "メートル"},
    /* Every unit of the table after a figure (its bsearch needs it sorted), after 億 千 亿. */
    {"ja", "1ウォン 2キログラム 3キロメートル 4センチ 5センチメートル 6トン 7ドル 8パーセント",
     ""},
    {"ja", "9ヘクタール 0メートル 1ユーロ 2リットル 3億ドル 5千トン 2亿ユーロ", ""},
    /* A run at the text's start, one longer than any unit, one that only starts with a unit. */
    {"ja", "ドル", "ドル"},
    {"ja", "1メートルメートルメートルメートル", "メートルメートルメートルメートル"},
    {"ja", "7トンネル", "トンネル"},
    {"en", "reports from NASA and the UN said BREAKING news", "nasa un"},
    {"en", "officials in WASHINGTON said", ""},
    {"en", "a storm hit the Ｔｏｋｙｏ area", "tokyo"},
    {"en", "seen in Paris, The Hague and Of", "paris hague"},
    {"en", "after the Mr Smith case, I said X", "mr smith"},
    {"en", "Only Sentence Start Is Dropped", "sentence start dropped"},
    {"en", "", ""},
    {NULL, "met Anna in Köln", "anna köln"},
    /* Turkish, Indonesian and Greek capitalise months and weekdays too: no names. */
    {"tr", "Dün Selin Aydoğan 12 Eylül Salı günü Ankara ziyaret etti", "selin aydoğan ankara"},
    {"id", "Kata Joko pada Senin 12 Agustus di Jakarta", "joko jakarta"},
    {"el", "Ο Παπαδόπουλος είπε την Τρίτη 3 Σεπτεμβρίου στην Αθήνα", "παπαδόπουλοσ αθήνα"},
    {"el", "Στις αρχές του Μαΐου και τον Δεκέμβριος ο Νίκος", "νίκοσ"},
    /* A word in capitals after a capital and a hyphen is no name ("K-pop"); "X-Men" is. */
    {"en", "the K-POP group Velmora in X-RAY met the X-Men", "velmora men"},
    /*
     * Bantu languages glue noun-class and locative prefixes to names: the name
     * starts at the capital after them; a capital vowel before it is the
     * prefix at a sentence's start. Not in other languages ("iPhone").
     */
    {"xh", "Abaphandi beziko i-NRF eGqeberha bafumene ingwenya kufutshane neMzimvubu.",
     "nrf gqeberha mzimvubu"},
    {"zu", "Izikhulu zithi uSipho Ndlovu uboshwe yaseThekwini. UMandla naye.",
     "sipho ndlovu thekwini mandla"},
    {"sn", "Vakasangana muHarare neMutare", "harare mutare"},
    {"en", "She sold an iPhone on eBay. UNesco and ZAnu said", "zanu"},
    /* Turkish suffixes after an apostrophe (' or U+2019) are no part of the name. */
    {"tr", "dün Erdoğan'ın Ankara\u2019da ve İstanbul'daki", "erdoğan ankara istanbul"},
};

TD_TEST(test_names__table)
{
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct joined j = {"", 0};
        struct td_error err;
        enum td_err rc =
            text_names(NULL, cases[i].lang, cases[i].in, strlen(cases[i].in), join_name, &j, &err);
        if (rc != TD_OK || strcmp(j.s, cases[i].names) != 0) {
            td_test_fail(__FILE__, __LINE__, "row %zu \"%s\": got \"%s\" (code %d), want \"%s\"", i,
                         cases[i].in, j.s, (int)rc, cases[i].names);
            return;
        }
    }
}

/*
 * With stamp words on (the model option `stamp_words`), a page's time stamp
 * names no one: a month's short form by a figure, a time zone after a
 * clock time or AM/PM, the stamp's own word before a figure or a month.
 * The same words elsewhere stay names, and with the option off all are.
 */
TD_TEST(test_names__time_stamp_words)
{
    static const struct {
        const char *in, *on, *off;
    } rows[] = {
        {"seen by Rosa Vell on Friday, Sep 10, 2010 | Updated 8:52 PM EDT", "rosa vell",
         "rosa vell sep updated edt"},
        {"then Posted 27 Nov 2005 8:20 AM ET and 10 Dec at 10:30 BST", "", "posted nov et dec"},
        {"met Jan Brel and the PM at the EDT office Updated by Sep", "jan brel pm edt updated sep",
         "jan brel pm edt updated sep"},
        {"in Apollo 11 with 12 NATO ships at 0800 PDT", "apollo nato", "apollo nato pdt"},
        {"In 2019, BT bought Vell Port", "bt vell port", "bt vell port"},
    };
    struct text_analyzer *a = NULL;
    size_t i;
    int on;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
        for (on = 0; on < 2; on++) {
            struct joined j = {"", 0};
            text_analyzer_set_stamp_words(a, on == 1);
            ASSERT_OK(text_names(a, "en", rows[i].in, strlen(rows[i].in), join_name, &j, NULL));
            ASSERT_STREQ(j.s, on == 1 ? rows[i].on : rows[i].off);
        }
    text_analyzer_free(a);
}

TD_TEST(test_names__invalid_utf8)
{
    static const char *const bad[] = {"Julia \xff Fox", "Zürich \xc3", "\xed\xa0\x80 Paris"};
    size_t i;

    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        struct joined j = {"", 0};
        struct td_error err;
        ASSERT_EQ_INT(text_names(NULL, "en", bad[i], strlen(bad[i]), join_name, &j, &err),
                      TD_ERR_INVALID);
        ASSERT_EQ_INT(err.code, TD_ERR_INVALID);
        ASSERT_TRUE(strstr(err.msg, "UTF-8") != NULL);
        ASSERT_STREQ(j.s, ""); /* nothing emitted before the check */
    }
}

TD_TEST(test_names__length_is_respected)
{
    static const char text[] = "met Julia Fox";
    struct joined j = {"", 0};

    /* Only "met Julia Fo" is scanned. */
    ASSERT_OK(text_names(NULL, "en", text, strlen(text) - 1, join_name, &j, NULL));
    ASSERT_STREQ(j.s, "julia fo");
}

TD_TEST(test_names__oom)
{
    static const char text[] = "met Inés Carvalho in Zürich and Julia Fox in Miami";
    enum td_err rc = TD_ERR_NOMEM;
    long n;

    for (n = 0; rc != TD_OK; n++) {
        struct joined j = {"", 0};
        alloc_fail_after(n);
        rc = text_names(NULL, "en", text, strlen(text), join_name, &j, NULL);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        if (rc == TD_OK)
            ASSERT_STREQ(j.s, "inés carvalho zürich julia fox miami");
    }
    ASSERT_TRUE(n > 1);
}

/* Names found in `in` (language "en"), joined by spaces, into `j`. */
static enum td_err names_of(const char *in, struct joined *j)
{
    j->s[0] = '\0';
    j->len = 0;
    return text_names(NULL, "en", in, strlen(in), join_name, j, NULL);
}

/*
 * Every character U+00C0-U+00FF inside a word: the word goes on through it
 * exactly when utf8proc calls it a letter, and a long word is shouted (and
 * dropped) exactly when it is a capital (Lu), in capitalised words and in
 * words that start in lower case (which are skipped to their end).
 */
TD_TEST(test_names__latin1_letters_inside_words)
{
    unsigned cp;

    for (cp = 0xC0; cp <= 0xFF; cp++) {
        char c[3] = {(char)(0xC0 | cp >> 6), (char)(0x80 | (cp & 0x3F)), '\0'};
        utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
        bool letter = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL;
        char in[64], want[64];
        struct td_buf low = TD_BUF_INIT;
        struct joined j;

        ASSERT_OK(text_normalize(c, 2, &low, NULL));
        ASSERT_TRUE(snprintf(in, sizeof(in), "met Ab%scd x", c) > 0);
        ASSERT_OK(names_of(in, &j));
        ASSERT_TRUE(snprintf(want, sizeof(want), letter ? "ab%scd" : "ab", low.data) > 0);
        ASSERT_STREQ(j.s, want);
        ASSERT_TRUE(snprintf(in, sizeof(in), "met ABCDE%s x", c) > 0);
        ASSERT_OK(names_of(in, &j));
        if (!letter)
            ASSERT_STREQ(j.s, "abcde");
        else if (cat == UTF8PROC_CATEGORY_LU)
            ASSERT_STREQ(j.s, "");
        else
            ASSERT_TRUE(snprintf(want, sizeof(want), "abcde%s", low.data) > 0 &&
                        strcmp(j.s, want) == 0);
        ASSERT_TRUE(snprintf(in, sizeof(in), "met ab%sCd Paris", c) > 0);
        ASSERT_OK(names_of(in, &j));
        ASSERT_STREQ(j.s, letter ? "paris" : "cd paris");
        td_buf_release(&low);
    }
}

/*
 * Appends each term to `ctx` (a struct joined), prefixed "U:" / "A:" when
 * uncased (text.h); readings (TEXT_TOKEN_NAME_READING) are left to
 * test_names__readings_of_han_kanji_and_hangul.
 */
static void join_uncased(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    struct joined *j = ctx;
    const char *tag = kind == TEXT_TOKEN_UNCASED       ? "U:"
                      : kind == TEXT_TOKEN_UNCASED_ALT ? "A:"
                      : kind == TEXT_TOKEN_NAME_SOUND  ? "S:"
                      : kind == TEXT_TOKEN_NAME_PINYIN ? "P:"
                      : kind == TEXT_TOKEN_OPENER      ? "O:"
                                                       : "";

    if (kind != TEXT_TOKEN_NAME_READING)
        joined_add(j, tag, term, len);
}

/* Appends the readings (TEXT_TOKEN_NAME_READING) only, to `ctx` (a struct joined). */
static void join_readings(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    if (kind == TEXT_TOKEN_NAME_READING)
        joined_add(ctx, "", term, len);
}

/* Whether the word `w` is one of the space-separated words of `s`. */
static bool has_word(const char *s, const char *w)
{
    size_t n = strlen(w);
    const char *p = s;

    while ((p = strstr(p, w)) != NULL) {
        if ((p == s || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
            return true;
        p++;
    }
    return false;
}

/*
 * With uncased names on, the readings a stretch may have come as
 * TEXT_TOKEN_NAME_READING: in Chinese and Japanese text the pinyin of every
 * two and three Han characters and the Japanese readings of one to three
 * kanji of names; in Korean text the first two and three syllables of a
 * longer word. Off, none comes; other scripts give none.
 */
TD_TEST(test_names__readings_of_han_kanji_and_hangul)
{
    static const struct {
        const char *lang, *in, *want, *not_want;
    } rows[] = {
        /* Pinyin of two and three characters, wherever they start. */
        {"zh", "启航能源", "qihang hangneng nengyuan qihangneng hangnengyuan", "qi"},
        {"zh", "董事长贺振宇说", "zhenyu hezhenyu dongshi", "he"},
        /* Kanji of names: every reading, voiced after the first ("黒田" kuroda). */
        {"ja", "森本慎吾首相", "morimoto shingo mori", "morimotoo"},
        /* Kanji after hiragana start a run of their own. */
        {"ja", "首相は黒田氏と会った。", "kuroda kurota", "kurodaa"},
        {"ja", "大河内氏", "okochi okawa", "okouchii"},
        {"ja", "哲也氏", "tetsuya tetsu", "tetsuyashi"},
        /* Chinese papers write Japanese names in kanji too, some simplified ("黑"). */
        {"zh", "黑田选手", "kuroda", "kurodaa"},
        /* Hangul: the head of a longer word, where Korean glues "motor car" to a name. */
        {"ko", "대호자동차는 리콜했다", "daeho daehoja", "dae"},
        /* Hangul's initial ㄹ as the papers write it, r: "계림" Gyerim (ICU "gyelim"). */
        {"ko", "계림바이오는 백신을", "gyerim gyelim gyerimba", "gyerimbaio"},
        /*
         * Hangul: the head with 쓰 as "tsu" (the Japanese つ); a stem of two
         * consonants whole ("이케다" ikeda), too short to be matched by sound.
         */
        {"ko", "쓰바키항공은 이케다에", "sseubaki tsuba tsubaki ikeda", "sseubakihanggong"},
        /* ... and the word whole, whose last syllable may be the name's, not a particle. */
        {"ko", "사카이 공장", "sakai", "gongjang"},
        {"en", "Daeho Motors and Qihang Energy", "", "daeho"},
    };
    struct text_analyzer *a;
    size_t i;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct joined j = {"", 0};
        char want[64];
        const char *w;
        size_t n;
        text_analyzer_set_uncased_names(a, false);
        ASSERT_OK(
            text_names(a, rows[i].lang, rows[i].in, strlen(rows[i].in), join_readings, &j, NULL));
        ASSERT_STREQ(j.s, "");
        text_analyzer_set_uncased_names(a, true);
        ASSERT_OK(
            text_names(a, rows[i].lang, rows[i].in, strlen(rows[i].in), join_readings, &j, NULL));
        for (w = rows[i].want; *w != '\0'; w += n + (w[n] == ' ')) {
            n = strcspn(w, " ");
            ASSERT_TRUE(n < sizeof(want) && snprintf(want, sizeof(want), "%.*s", (int)n, w) > 0);
            ASSERT_TRUE(has_word(j.s, want));
        }
        ASSERT_TRUE(!has_word(j.s, rows[i].not_want));
        if (rows[i].want[0] == '\0')
            ASSERT_STREQ(j.s, "");
    }
    text_analyzer_free(a);
}

/*
 * Arabic and Hangul have no capitals: with uncased names on, every word of
 * two letters or more comes in Latin letters (a waw or ya before no vowel
 * read as the vowel), then its form without a Korean particle or an Arabic
 * prefix; off (the default), none of them does.
 */
TD_TEST(test_names__arabic_and_hangul_words_when_asked)
{
    static const struct {
        const char *lang, *in, *want;
    } rows[] = {
        {"ar", "قال ماركوس ليندكفيست في فينهافن",
         "U:qal U:markus U:lindkfist A:yndkfist U:fi U:finhafn A:ynhafn"},
        {"ar", "وفينهافن بلدة", "U:wfinhafn A:finhafn U:bldt A:ldt"},
        {"ko", "린드크비스트는 빈하벤에서 말했다",
         "U:lindeukeubiseuteuneun A:lindeukeubiseuteu A:rindeukeubiseuteu "
         "U:binhabeneseo A:binhaben P:binha P:binhaben U:malhaessda "
         "A:malhaetda P:malhaet P:malhaetda"},
        /*
         * Korean: 쓰, 츠 and 쯔 read as "tsu" too (the Japanese つ) after the
         * word's other forms; a stem of three syllables, as a person's name,
         * in its first two and all three (surname, given name: "서유진").
         */
        {"ko", "쓰바키항공은 츠쿠바의 서유진",
         "U:sseubakihanggongeun A:sseubakihanggong A:tsubakihanggong U:cheukubaui A:cheukuba "
         "A:tsukuba P:cheuku P:cheukuba U:seoyujin A:seoyuzin P:seoyu P:suhyu P:seoyujin"},
        /*
         * A listed surname in each of its usual spellings (정 Jung, Chung,
         * Jeong), the given name's first syllable also with "eo" as "u".
         */
        {"ko", "정현수 씨",
         "U:jeonghyeonsu A:zeonghyeonsu P:junghyeon P:junghyun P:chunghyeon P:chunghyun "
         "P:jeonghyeon P:jeonghyun P:jeonghyeonsu"},
        /*
         * Pinyin's x, q and ü as Korean writes them (ㅅ, ㅊ before i; 위) come
         * again in pinyin's letters, last.
         */
        {"ko", "뤼량의 산시 칭쉬는 쥐룽",
         "U:lwilyangui A:lwilyang A:rwiryang A:lvryang U:sansi A:sanxi U:chingswineun "
         "A:chingswi A:qingxu U:jwilung A:zwilung A:jwirung A:jurung"},
        {"ko", "어제 Anna 피터가 왔다", "U:eoje A:eoze anna U:piteoga A:piteo U:wassda A:watda"},
        /* Devanagari: a final consonant's vowel a is not said ("pitar"), a sign's vowel is. */
        {"hi", "पीटर ने मनाडो में केरापा देखा।", "U:pitar U:ne U:manado U:mem U:kerapa U:dekha"},
        /* Persian joins a word's parts with ZWNJ: one word, as Latin papers write it. */
        {"fa", "علیرضا نیک\u200cبخت در اهواز", "U:hlirda A:hlirza U:nikbkht U:dr U:ahwaz"},
        /* The article, alone, after a prefix letter, and as "لل", goes in the other form. */
        {"ar", "في الأهواز والأهواز للكهرباء",
         "U:fi U:alahwaz A:ahwaz U:walahwaz A:ahwaz "
         "U:llkhrba A:khrba"},
        /*
         * Chinese: the stretches of name sound characters, in pinyin (Han names
         * off); a surname (马) with one and two characters after it, in pinyin.
         */
        {"zh", "海伦娜·马尔凯蒂昨天在马德里说，我们今天很好。",
         "U:hailunna P:maer P:maerkai U:maerkaidi A:malkaidi P:made P:madeli U:madeli"},
        /* 尔 writes an l as well as an r: the name comes again with "l" (努 is a sound too). */
        {"zh", "交易所哈努尔比特说", "U:hanuerbite A:hanulbite"},
        /* Pinyin respelt as heard: x as s, q as c, wu as u; another w stays. */
        {"zh", "瓦伦西亚和卡帕多奇亚，乌兰巴托", "U:walunsiya U:kapaduociya U:ulanbatuo"},
        /* Katakana ッハ is the "ch" of a German or Gaelic name, not "hh". */
        {"ja", "クラダッハ蒸留所", "kuradacha S:kuradacha"},
        /* A Latin name against Han or Hangul is a word of its own; a code keeps its classifier. */
        {"zh", "女团Velmora演唱会和H7N3型", "velmora"},
        {"ko", "걸그룹 Velmora의 공연",
         "U:geolgeulub A:geolgeurup P:geolgeu P:geolgeurup velmora U:gongyeon"},
        {"zh", "外交部长王毅会见了李强。", "P:wangyi P:wangyihui P:liqiang"},
        /* Japanese writes Chinese names in kanji too; its own names by sound are katakana. */
        {"ja", "習近平国家主席はマルケッティ氏と会談した。",
         "P:xijin P:xijinping maruketti S:maruketti"},
        /* A short capitalised word opening a sentence is no name, but may start one. */
        {"en", "Zhou Lianhai met Wang Yi. Police said so. The Senate agreed.",
         "O:zhou lianhai wang yi O:police O:the senate"},
        /* Katakana names are names already; their spelling comes again to be matched by sound. */
        {"ja", "マルケッティ氏が東京で話した。", "maruketti S:maruketti"},
        /* Hebrew: waw and yod before no vowel are vowels; one prefix letter cut, then two. */
        {"he", "ובירושלים מזרחי", "U:wbiruslim A:biruslim A:yruslim U:mzrhi A:zrhi"},
        /* Hebrew's he after a letter is silent: "כהן" Cohen is "kn", not "khn". */
        {"he", "כהן", "U:kn"},
        /* Bengali: no final vowel after a consonant; a case ending cut in the other form. */
        {"bn", "কলকাতার পদ্মা এয়ারওয়েজের",
         "U:kalakatar A:kalakata U:padma U:eyaraoyejer A:eyaraoyej"},
        /*
         * Thai: a run between spaces is one word; อ after a consonant is o.
         * Then the words ICU's dictionary finds in it, each with the next
         * one after it: a name it does not know comes in pieces ("ลู" "โมรา").
         */
        {"th", "ริดซวานุดดิน จอมเทียน",
         "U:ridswanuddin U:rids A:ridswa A:ridswanud A:ridswanuddin U:wa A:wanud A:wanuddin "
         "U:nud A:nuddin U:din U:comtheiyn U:com A:comtheiyn U:theiyn"},
        {"th", "ก่อตั้งลูโมรา",
         "U:kotanglumora U:ko A:kotang A:kotanglu A:kotanglumora U:tang A:tanglu A:tanglumora "
         "U:lu A:lumora U:mora"},
        /* Urdu letters read as their Arabic ones ("ڈھاکہ" was "akh"), a final heh goal as a. */
        {"ur", "ڈھاکہ کولکتہ", "U:dhaka U:kulkta"},
        /*
         * Pashto letters ICU drops read as the Arabic or Persian ones the press
         * romanises them by: ګ g, ې i, ځ z, ټ t, ډ d, ړ r.
         */
        {"ps", "ګردېز ځدران ټانک ډنډ ړوند", "U:grdiz U:zdran U:tank U:dnd U:rund"},
        /* ښ sh, څ s, ڼ n, ۍ as ya. */
        {"ps", "ښکارپور څارنوال ګڼۍ", "U:shkarpur U:sarnwal U:gni"},
        /*
         * Sindhi letters ICU drops, read as the Arabic or Persian ones the
         * press romanises them by: the implosives ٻ ڄ ڏ ڳ as b j d g, the
         * retroflex ٽ ڊ ڙ as t d r, ڪ k, ڇ ch, the nasals ڻ ڃ ڱ n.
         */
        {"sd", "ٻيڙي ڄامشورو ڏهرڪي ڳوٺاڻو", "U:biri U:jamshuru U:dhrki U:guthanu"},
        {"sd", "ٽنڊو ڊاڪٽر ڇاڇرو ڪراچي ڃانڱو ڻڻڻ",
         "U:tndu U:daktr U:chachru U:krachi U:nannu U:nnn"},
        /* Its aspirates, one letter each, as consonant and h: ڀ bh, ٿ ٺ th, ڌ ڍ dh, ڦ ph. */
        {"sd", "ڀٽائي ٿرپارڪر ٺٽو ڌاڻي ڍڳي ڦلجي",
         "U:bhtaii U:thrparkr U:thtu U:dhani U:dhgi U:phlji"},
        /* Korean: a second spelling with "kw" as "k" and "j" as "z", after the other forms. */
        {"ko", "퀼론에 히노키자키", "U:kwillone A:kwillon A:killon U:hinokijaki A:hinokizaki"},
        /*
         * Korean: the Revised Romanization after them, when ICU spells a final
         * consonant before a consonant or the word's end otherwise (k, t, p);
         * one before a vowel goes on to it ("방콕에서" bangkog-eseo).
         */
        {"ko", "방콕에서 한빛 부엌이",
         "U:bangkogeseo A:bangkog A:bangkok U:hanbich A:hanbit "
         "U:bueoki A:bueok"},
        /* Tamil: a case ending cut in the other form, a bare final consonant says no vowel. */
        {"ta", "மதுரையில் செந்தில் வைரவனின் சிங்கப்பூரில்",
         "U:maturaiyil A:maturai U:centil A:cent U:vairavanin A:vairavan U:cinkappuril "
         "A:cinkappur"},
        /*
         * Marathi: a case ending or postposition cut, then the nominative
         * the oblique stem comes from tried before the stem (पुण्या- of
         * पुणे, गोव्या- of गोवा, अमेरिके- of अमेरिका, भारता- of भारत).
         */
        {"mr", "पुण्यात गोव्यातील हडपसरमधील अमेरिकेला भारताचा दिल्लीत",
         "U:punyat A:pune A:puna A:punya U:govyatil A:gove A:gova A:govya U:hadapasaramadhil "
         "A:hadapasar U:amerikela A:amerika A:amerike U:bharataca A:bharat A:bharata U:dillit "
         "A:dilli"},
        /* A stem of fewer than three letters or signs is not cut; a nominative is whole. */
        {"mr", "मात पुणे", "U:mat U:pune"},
        /* Hindi writes its postpositions apart: nothing is cut. */
        {"hi", "भारतात हडपसरमधील", "U:bharatat U:hadapasaramadhil"},
        /* Tamil: a name in -am has the oblique -attu-; the object's ை before a doubled consonant.
         */
        {"ta", "வெண்ணெலபுரத்தில் மதுரையைச்",
         "U:vennelapurattil A:vennelapuram A:vennelapuratt U:maturaiyaic A:maturai"},
        /* Bengali: the locative's -e on a name ending in a consonant. */
        {"bn", "লোজানে পাঞ্জাবের", "U:lojane A:lojan U:panjaber A:panjab"},
        /* ... not the ra of a conjunct, no genitive -r ("কেন্দ্র" centre) */
        {"bn", "কেন্দ্র", "U:kendr"},
        /*
         * Gujarati: the anusvara is n (Gandhinagar); a case ending or
         * postposition cut in the other form, a final consonant's a not said.
         */
        {"gu", "અમદાવાદમાં ગુજરાતની ગાંધીનગર સુરતથી વડોદરાના પોલીસે",
         "U:amadavadaman A:amadavad U:gujaratani A:gujarat U:gandhinagar U:suratathi A:surat "
         "U:vadodarana A:vadodara U:polise A:polis"},
        /* A Gujarati stem of fewer than three letters or signs is not cut. */
        {"gu", "ઘરમાં", "U:gharaman"},
        /* Hebrew: a geresh (or an apostrophe) after ג ז צ is part of the word: j, ch. */
        {"he", "ג'יבוטי צ׳אד", "U:jjibuti U:chd"},
        /*
         * Telugu: a case ending cut in the other form, or a word of its own
         * after a ZWNJ; చ is "ch", as the papers write it.
         */
        {"te", "హైదరాబాద్\u200cలో చంద్రబాబు తెలంగాణకు",
         "U:haidarabad U:lo U:chandrababu U:telanganaku A:telangana"},
        /* Georgian: a case ending (or the nominative's -i) cut in the other form. */
        {"ka", "თბილისში ერევანი ბათუმი",
         "U:tbilisshi A:tbilis U:erevani A:erevan U:batumi A:batum"},
        /* Amharic: a preposition's syllable cut in the other form; ጅ ሽ are j, sh; no sixth-order
           vowel. */
        {"am", "በአዲስ አበባ ጅማ ዋሽንግተን", "U:baadis A:adis U:ababa U:jma U:washngtan"},
        /* Armenian has capitals: the name whole by BGN/PCGN, then its stem without its ending. */
        {"hy", "Նա Երևանում և Գյումրիում էր", "yerevanum U:yerevan gyumrium U:gyumri"},
        /*
         * Gurmukhi: tippi and bindi are n; a consonant's vowel a is not said
         * between a vowel and a said vowel, nor at the end; ਚ is "ch".
         */
        {"pa", "ਰਾਮਪੁਰਾ ਵਿੱਚ ਮਨਜਿੰਦਰ ਸਿੰਘ ਪੰਜਾਬ ਜਲੰਧਰ",
         "U:rampura U:vich U:manjindar U:singh U:panjab U:jalandhar"},
        /*
         * Malayalam: ൊ is o, chillu letters are consonants, റ്റ tt, ഴ zh, ഷ sh,
         * ച ch; a ZWNJ stays in the word; a case ending cut in the other form.
         */
        {"ml", "കൊല്ലം ആലപ്പുഴയിൽ എൽബ്\u200cമാർഷ് സ്റ്റാർ കൊച്ചിയിൽ",
         "U:kollam U:alappuzhayil A:alappuzha U:elbmarsh U:sttar U:kochchiyil A:kochchi"},
        /*
         * Sinhala (translit.c's own table): a consonant says a unless a sign
         * or the al-lakuna follows; a ZWJ stays in the word (ත්‍රි tri); ව is
         * w, ැ e, ං n.
         */
        {"si", "දොම්බගහවෙල රත්මල්කන්ද ත්\u200dරිකුණාමලය මහවැලි ලංකා",
         "U:dombagahawela U:ratmalkanda U:trikunamalaya U:mahaweli U:lanka"},
        /*
         * Kannada: ಚ is ch, the anusvara n, a final consonant's a not said; a
         * ZWNJ inside the word keeps it whole; a case ending (with -i- on a
         * name in -u, -d- or -kke on one in -a, -y- on one in -e, -n- or bare
         * after a ZWNJ) cut in the other form.
         */
        {"kn", "ಚಾಮುಂಡಿ ಬೆಂಗಳೂರಿನ ಮೈಸೂರಿನಲ್ಲಿ ಬಂಡೀಪುರಕ್ಕೆ ಕೋಲಾರದಲ್ಲಿ ತಾವರೆಕೆರೆಯ",
         "U:chamundi U:bengalurin A:bengalur U:maisurinalli A:maisur U:bandipurakke A:bandipur "
         "U:kolaradalli A:kolar U:tavarekerey A:tavarekere"},
        {"kn", "ವೈಟ್\u200cಫೀಲ್ಡ್ ವೈಟ್\u200cಫೀಲ್ಡ್\u200cನಲ್ಲಿರುವ ಹೊಸಕೋಟೆಗೆ ಶಿರಾಳಕೊಪ್ಪದಿಂದ",
         "U:vaitphild U:vaitphildnalliruv A:vaitphild U:hosakotege A:hosakote "
         "U:shiralakoppadind A:shiralakopp"},
        /* A Kannada stem of fewer than three letters or signs is not cut. */
        {"kn", "ಮರದ", "U:marad"},
        /*
         * A one-letter ending right after a virama is the second letter of a
         * conjunct ("ಅರಣ್ಯ" forest, "ಅಡಗಿದ್ದ" hidden), not -y- or -d-; after a
         * ZWNJ it is an ending ("ಪಾರ್ಕ್‌ನ" of the park).
         */
        {"kn", "ಅರಣ್ಯ ಅಡಗಿದ್ದ ಪಾರ್ಕ್\u200cನ", "U:arany U:adagidd U:parkn A:park"},
        /*
         * Odia: the anusvara is n, the candrabindu dropped, ୱ w, ଚ ch, ଡ଼ d,
         * a final consonant's a not said; a case ending cut in the other form.
         */
        {"or", "ଭୁବନେଶ୍ୱରରେ କଟକରୁ ସମ୍ବଲପୁରର ଚିଲିକାକୁ ଖଣ୍ଡଗିରି ଅଂଗୁଳ ଓଡ଼ିଶାର",
         "U:bhubaneshwarare A:bhubaneshwar U:katakaru A:katak U:sambalapurar A:sambalapur "
         "U:chilikaku A:chilika U:khandagiri U:angul U:odishar A:odisha"},
        /* ... not the ra of a conjunct ("କେନ୍ଦ୍ର" centre, "ରାଷ୍ଟ୍ର" nation) */
        {"or", "କେନ୍ଦ୍ର ରାଷ୍ଟ୍ର", "U:kendr U:rashtr"},
        /*
         * Khmer (translit.c's own rules, as the press spells it): a subscript
         * not said at the end of a word or doubling the letter above it, the
         * muusikatoan, the nikahit as m (o-register "om") and before ង only
         * nasal, the reahmuk's "eah"; the second register's "ea" of ា.
         */
        {"km", "ខេត្ត វត្ត ម៉ែត្រ ភ្នំ ព្រះ ពាំង", "U:khet A:ket U:vot U:maet U:phnom U:preah U:peang"},
        /*
         * A nasal or doubled letter with one below ends the syllable before
         * ("អប្សរា" ap-sa-rea, "សុវណ្ណ" so-von, "កណ្ដាល" kan-dal), "ង្គ"
         * too ("អង្គរ"); ខ's kh also as k (the k of foreign names).
         */
        {"km", "សុខារាជ អប្សរា អង្គរ សុវណ្ណ កណ្ដាល",
         "U:sokhareach A:sokareach U:sokha A:soka A:kha A:ka A:so A:sokhareach A:sokareach "
         "U:reach U:apsarea A:rea A:ap U:angkor U:sovon A:von A:so U:kandal"},
        /*
         * An independent vowel with a consonant below it after a bare
         * consonant: no Pali cluster (khmer_pali() asked a consonant's ending
         * of the vowel, out of the table: review29).
         */
        {"km", "កាកឥ្ក", "U:kake U:ka A:kake U:kae"},
        /*
         * A run without spaces: ICU's dictionary words, and a word it holds
         * with the noun before the name ("ប្រាសាទបន្ទាយ" the temple Banteay)
         * in the two parts it reads as words, the name first.
         */
        /*
         * Lao (translit.c's own rules, the press's French-era letters): a
         * vowel written before its consonant after it ("ເຂດ" khet, "ເຈົ້າ"
         * chao), ຊ x (then s in the second spelling), ຫ before a sonorant
         * silent ("ຫຼວງ" luang, "ສະຫວັນ" savan), ◌ວ before a final "ua",
         * a medial ວ "ou", ◌ຽ "ie", ◌ຸ "ou", tone marks not written; a
         * dictionary word's parts cut before a syllable, not a final.
         */
        {"lo", "ສະຫວັນນະເຂດ ຫຼວງພະບາງ ຊຽງຂວາງ ເຈົ້າ ອຸດົມໄຊ",
         "U:savannakhet A:savannaket U:luangphabang U:xiengkhouang A:siengkouang A:khouang "
         "A:kouang A:xieng A:sieng U:chao U:oudomxai A:oudomsai A:xai A:sai A:oudom A:dom A:ou"},
        /* A word ICU's dictionary holds with the noun before the name, in its parts too. */
        {"lo", "ນະຄອນຫຼວງວຽງຈັນ",
         "U:nakhonluangviengchan A:nakonluangviengchan A:viengchan A:nakhonluang A:nakonluang "
         "A:chan A:vieng A:luang A:nakhon A:nakon"},
        /*
         * Burmese (translit.c's own rules, the press's letters): a stacked
         * consonant ends the syllable before ("မန္တ" man-ta), the medials ျ ြ
         * as y ("ကျ" ky, "ဖြ" hpy), ှ as an h before ("လှ" hl) but sh on ရ,
         * ွ before a final the vowel u ("ထွန်း" htun), the finals with
         * their vowels ("ိုင်" aing, "ောက်" auk); ရ y, then r.
         */
        {"my", "မန္တလေး ရခိုင် ကျောက်ဖြူ ထွန်း လှိုင် ရှမ်း",
         "U:mantale U:yakhaing A:rakhaing U:kyaukhpyu A:hpyu A:kyauk U:htun U:hlaing U:shan"},
        /*
         * A nasal final with the dot below takes the press's t ("သန့်"
         * thant, "မြင့်" myint); the kinzi is ng ("သင်္ဘော" thin-baw); ည်
         * is i ("ပြည်" pyi); the dictionary's words of a run.
         */
        {"my", "သန့် မြင့် သင်္ဘော နေပြည်တော် ရန်ကုန် ဆိပ်ကမ်း",
         "U:thant U:myint U:thinbaw U:nepyitaw U:yankon A:rankon U:yan A:ran A:yankon A:rankon "
         "U:kon U:hseikkan A:kan A:hseik"},
        /*
         * A particle glued to a name ("တွင်" at) comes off with the
         * dictionary's words; a word it holds with a noun after the name
         * ("ကချင်ပြည်နယ်" Kachin State) comes in its two parts.
         */
        {"my", "မြစ်ကြီးနားတွင် ကချင်ပြည်နယ်",
         "U:myitkyinatun U:myit A:myitkyi A:myitkyina A:myitkyinatun U:kyi A:kyina A:kyinatun "
         "U:na A:natun U:tun U:kachinpyine A:pyine A:kachin A:ne A:pyi"},
        {"km", "ប្រាសាទបន្ទាយត្រឡាច",
         "U:brasatbanteaytralach U:brasatbanteay A:banteay A:brasat A:sat A:bra "
         "A:brasatbanteaytralach U:tralach"},
        /*
         * Thai: after each form with ICU's kh, its second spelling with k
         * (Thai writes the k of foreign names with ค ข); then the dictionary's words.
         */
        /*
         * Arabic: zah as the Gulf says it and its Latin names write it, d
         * ("ظفار" Dhofar), after the word's other forms, without its prefix.
         */
        {"ar", "ظفار والظهران صلالة", "U:zfar A:dfar U:walzhran A:zhran A:dhran U:slalt"},
        /*
         * Persian, Pashto and Urdu: thal and dad as z, tha as s, after the
         * word's other forms (invented names); Arabic text keeps ICU's reading.
         */
        {"fa", "رضوانی ذوالقدر ثمین", "U:rdwani A:rzwani U:dhwalqdr A:zwalqdr U:thmin A:smin"},
        {"ps", "رضوانی", "U:rdwani A:rzwani"},
        {"ar", "رضوان", "U:rdwan"},
        /* A word's first ain, which ICU drops, as the onset h: the name's first vowel. */
        {"ar", "عبدالله عمران", "U:hbdallh U:hmran"},
        /*
         * Korean: a place noun glued to a name ("포산시" Foshan city,
         * "보문산동물원" Bomunsan zoo) cut, once and then twice, the name
         * part in its spellings after the word's other forms; pinyin's ua
         * (ㅘ, "광둥" Guangdong) and uo (ㅝ, "뤄양" Luoyang) in pinyin's letters.
         */
        {"ko", "포산시에서 보문산동물원을 광둥성 뤄양",
         "U:posansieseo A:posansi A:posanxi A:posan P:posan P:posansi U:bomunsandongmulwoneul "
         "A:bomunsandongmulwon A:bomunsan A:bomun U:gwangdungseong A:guangdungseong A:gwangdung "
         "A:guangdung P:gwangdung P:gwangdungseong U:lwoyang A:rwoyang A:ruoyang"},
        /* Two syllables stay at least: "부산" is Busan, "산시" Shanxi. */
        {"ko", "부산 산시성",
         "U:busan U:sansiseong A:sanxiseong A:sansi A:sanxi P:sansi P:sansiseong"},
        {"th", "คาโรนิกา",
         "U:kharonika A:karonika U:kha A:ka A:kharo A:karo A:kharoni A:karoni A:kharonika "
         "A:karonika U:ro A:roni A:ronika U:ni A:nika U:ka"},
    };
    struct text_analyzer *a;
    size_t i;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct joined j = {"", 0};
        text_analyzer_set_uncased_names(a, false);
        ASSERT_OK(
            text_names(a, rows[i].lang, rows[i].in, strlen(rows[i].in), join_uncased, &j, NULL));
        ASSERT_TRUE(strstr(j.s, "U:") == NULL && strstr(j.s, "S:") == NULL &&
                    strstr(j.s, "P:") == NULL && strstr(j.s, "O:") == NULL);
        j.len = 0;
        j.s[0] = '\0';
        text_analyzer_set_uncased_names(a, true);
        ASSERT_OK(
            text_names(a, rows[i].lang, rows[i].in, strlen(rows[i].in), join_uncased, &j, NULL));
        ASSERT_STREQ(j.s, rows[i].want);
    }
    text_analyzer_free(a);
}

/*
 * Out of memory anywhere on the uncased path (transliterator, memo) is
 * TD_ERR_NOMEM; once memory suffices, the words come out as with plenty.
 */
TD_TEST(test_names__uncased_oom)
{
    static const char text[] = "قال ماركوس ليندكفيست 린드크비스트는 빈하벤에서";
    enum td_err rc = TD_ERR_NOMEM;
    long n;

    for (n = 0; rc != TD_OK; n++) {
        struct joined j = {"", 0};
        struct text_analyzer *a = NULL;
        alloc_fail_after(n);
        rc = text_analyzer_new(&a, NULL);
        if (rc == TD_OK) {
            text_analyzer_set_uncased_names(a, true);
            rc = text_names(a, "ar", text, strlen(text), join_uncased, &j, NULL);
        }
        alloc_fail_after(-1);
        text_analyzer_free(a);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        if (rc == TD_OK)
            ASSERT_STREQ(j.s, "U:qal U:markus U:lindkfist A:yndkfist U:lindeukeubiseuteuneun "
                              "A:lindeukeubiseuteu A:rindeukeubiseuteu U:binhabeneseo "
                              "A:binhaben P:binha P:binhaben");
    }
    ASSERT_TRUE(n > 3);
}

/* join callback of the Sino-Korean rows: readings as "R:", person pairs as "P:". */
static void join_hanja(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    if (kind == TEXT_TOKEN_NAME_READING)
        joined_add(ctx, "R:", term, len);
    else if (kind == TEXT_TOKEN_NAME_PINYIN)
        joined_add(ctx, "P:", term, len);
}

/*
 * With Sino-Korean readings on (and the table: a small one written for the
 * test, through $TIDINGS_HANJA), every two and three Han characters of
 * Chinese and Japanese text also come as Korean reads them, in Revised
 * Romanization ("蔚山" ulsan, "韩结" hangyeol), the first after the
 * initial-sound law and as a surname when it reads as one ("李" 이, "車"
 * 차), and three as a Korean person's name; off (the default), none.
 */
TD_TEST(test_names__han_read_as_korean_when_asked)
{
    static const struct {
        const char *lang, *in, *want, *not_want;
    } rows[] = {
        {"zh", "韩结化学蔚山工厂", "R:ulsan R:hangyeol R:hangyeolhwa R:gyeolhwa", "R:wiusan"},
        {"ja", "韓国・蔚山の化学", "R:ulsan R:hwahak", "R:hangukul"},
        {"zh", "裴承哲", "P:baeseung P:baeseungcheol R:baeseung", "R:seung"},
        {"zh", "李承哲", "P:leeseung P:yiseung P:rheeseung R:iseung", "R:riseung"},
        {"zh", "車哲", "R:chacheol", "R:geocheol"},
    };
    struct text_analyzer *a;
    size_t i;

    ASSERT_TRUE(setenv("TIDINGS_HANJA", TD_TEST_DATA_DIR "/text/hanja_small.txt", 1) == 0);
    ASSERT_OK(text_analyzer_new(&a, NULL));
    text_analyzer_set_uncased_names(a, true);
    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct joined off = {"", 0}, on = {"", 0};
        char want[64];
        const char *w;
        size_t n;
        text_analyzer_set_hanja_readings(a, false);
        ASSERT_OK(
            text_names(a, rows[i].lang, rows[i].in, strlen(rows[i].in), join_hanja, &off, NULL));
        text_analyzer_set_hanja_readings(a, true);
        ASSERT_OK(
            text_names(a, rows[i].lang, rows[i].in, strlen(rows[i].in), join_hanja, &on, NULL));
        for (w = rows[i].want; *w != '\0'; w += n + (w[n] == ' ')) {
            n = strcspn(w, " ");
            ASSERT_TRUE(n < sizeof(want) && snprintf(want, sizeof(want), "%.*s", (int)n, w) > 0);
            if (!has_word(on.s, want) || has_word(off.s, want))
                td_test_fail(__FILE__, __LINE__, "'%s': '%s' on [%s] off [%s]", rows[i].in, want,
                             on.s, off.s);
        }
        ASSERT_TRUE(!has_word(on.s, rows[i].not_want));
    }
    text_analyzer_free(a);
    ASSERT_TRUE(unsetenv("TIDINGS_HANJA") == 0);
}

/* Appends the words that open a sentence (TEXT_TOKEN_INITIAL) only, to `ctx` (a struct joined). */
static void join_initials(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    if (kind == TEXT_TOKEN_INITIAL)
        joined_add(ctx, "", term, len);
}

/*
 * In a language with case endings on names a capitalised word that opens a
 * sentence comes as TEXT_TOKEN_INITIAL, spelt as a name (stop words
 * aside), and not as a name; in other languages it does not come at all.
 */
TD_TEST(test_names__sentence_initials_in_inflecting_languages)
{
    static const struct {
        const char *lang, *in, *want, *names;
    } rows[] = {
        {"uz", "Qorasoyda qor tushdi. Kecha Chimyon yopildi.", "qorasoyda kecha", "chimyon"},
        {"pl", "W Gdyni padało. Gdyni nie widać, mówi Nowak.", "gdyni", "gdyni nowak"},
        {"en", "Gdynia was wet. Rain fell on Gdynia.", "", "gdynia"},
        /* A line a number or a sign leads is no sentence: its first word is no opener. */
        {"pl", "© 2038 Gdyńska Gazeta. Gdyni nie widać.", "gdyni", "gazeta"},
        {"uz", "12 Qorasoyda qor. 2038 Qorasoyda. € Qorasoyda", "", ""},
        {"pl", "„Gdyni nie widać”, mówi Nowak.", "gdyni", "nowak"},
    };
    size_t i;

    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct joined j = {"", 0}, n = {"", 0};
        ASSERT_OK(text_names(NULL, rows[i].lang, rows[i].in, strlen(rows[i].in), join_initials, &j,
                             NULL));
        ASSERT_STREQ(j.s, rows[i].want);
        ASSERT_OK(
            text_names(NULL, rows[i].lang, rows[i].in, strlen(rows[i].in), join_name, &n, NULL));
        ASSERT_STREQ(n.s, rows[i].names);
    }
}
