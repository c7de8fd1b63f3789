/*
 * test_lang.c - tests of src/text/lang.c and langid.cc: language names and
 * codes from a table, and CLD2 detection of a short news sentence written
 * for each of the languages the engine must recognise.
 */
#include <string.h>

#include "text/text.h"
#include "text/text_int.h"
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

/*
 * Short items in smaller languages that CLD2's tables lack, written for
 * these tests, with the neighbour CLD2 answers for each: every row of
 * `neighbour_rows` in lang.c that CLD2 reaches on them, and the neighbour
 * languages' own texts, which must keep their answer.
 */
static const struct {
    const char *lang;
    const char *text;
} smaller[] = {
    /* Tatar (CLD2: ky, kk, uz), Bashkir (kk), Kazakh, Kyrgyz, Tajik. */
    {"tt", "Әлмәт шәһәрендә янгын чыкты, ике кеше хастаханәгә эләкте."},
    {"tt", "Татарстанда сайлау нәтиҗәләре игълан ителде, җиңүче фирка парламентта урыннарның "
           "яртысын алды."},
    {"tt", "Казанда яңа күпер төзелә башлады, эшчеләр аны җәйгә кадәр тәмамларга вәгъдә итә, "
           "дип хәбәр итте шәһәр хакимияте."},
    {"ba", "Өфөлә яңы күпер асылды, ҡала башлығы тантаналы сарала һөйләне."},
    {"ba", "Башҡортостанда ҡар яуҙы, юлдар ябылды."},
    {"kk", "Алматыда жаңа көпір ашылды, қала әкімі салтанатты рәсімде сөз сөйледі."},
    {"kk", "Астанада қатты боран соқты"},
    {"ky", "Бишкекте жаңы көпүрө ачылды, шаардын мэри салтанатта сүйлөдү."},
    {"ky", "Ошто катуу жамгыр жаады"},
    {"tg", "Дар Хуҷанд борони шадид борид"},
    {"uk", "Киргизстан і Таджикистан уклали угоду, яку підписали в Астані"},
    {"ru", "В Бишкеке открыли новый мост, мэр города выступил на торжественной церемонии."},
    /* Turkmen (CLD2: uz, tr, is), Azerbaijani, Uzbek, Turkish. */
    {"tk", "Aşgabatda täze köpri açyldy"},
    {"tk", "Türkmenistanda saýlawlaryň netijeleri yglan edildi, ýeňiji partiýa mejlisdäki "
           "orunlaryň ýarysyny aldy."},
    {"tk", "Balkanda güýçli ýagyş ýagdy, birnäçe öýi suw basdy."},
    {"az", "Gəncədə güclü yağış yağdı"},
    {"uz", "Samarqandda kuchli yomgʻir yogʻdi"},
    {"tr", "İzmir'de şiddetli yağmur yağdı"},
    {"tr", "Türkiye'de seçim sonuçları açıklandı, kazanan parti meclisteki sandalyelerin "
           "yarısını aldı."},
    /* Quechua (CLD2: id, uz, sw), Guarani (ny, es), Spanish. */
    {"qu", "Qusqu llaqtapi hatun para chayarqan, achka wasikunata unu apakurqan."},
    {"qu", "Punu suyupi runakuna kamachiqkunawan rimanakurqanku, yakumanta llamkaykunata "
           "mañakuspa."},
    {"qu", "Limapi musuq hampina wasita kicharqanku, alcaldeqa runakunaman rimarqan."},
    {"qu", "Iskay helicopterokuna turistakunata Qusqoman apanku, wakinqa chakillapi purinku."},
    {"gn", "Paraguaýpe oky heta, ha tapichakuéra osẽ hógagui."},
    {"gn", "Asunción-pe oñemopyrũ peteĩ tape pyahu, ha intendente oñe'ẽ umi tapichakuérape."},
    {"es", "En Cusco cayó una fuerte lluvia, y el agua arrastró muchas casas."},
    /* Luxembourgish (CLD2: de, da), German. */
    {"lb", "Op der Autobunn gouf e Dënschdeg de Moien e Camion gestoppt, d'Police sicht "
           "elo Zeien, déi tëscht sechs a siwen Auer eppes gesinn hunn."},
    {"lb", "Fënnef Wochen no der Iwwerschwemmung huet d'Regierung a Frankräich Hëllef "
           "ugefrot."},
    {"de", "Der Citroën des Ministers wurde am Dienstag auf der Autobahn gestoppt, die "
           "Polizei sucht nun Zeugen."},
    /* Yoruba with its tone marks (CLD2: vi). */
    {"yo", "Ìjọba ìpínlẹ̀ ti fòfin de ìrìn ọkọ̀ ńlá lójú ọ̀nà márosẹ̀ láti aago mẹ́fà àárọ̀."},
    {"vi", "Chính quyền thành phố cấm xe tải lớn đi vào trung tâm từ sáu giờ sáng."},
    /* Russian read as Serbian. */
    {"ru", "Шведский фермер нашёл на острове клад эпохи викингов: около трёх тысяч "
           "серебряных монет."},
    /* Sorani Kurdish (CLD2: fa, ur), Uyghur (ar), Pashto (fa), Sindhi (ur, fa). */
    {"ku", "حکومەتی هەرێمی کوردستان بودجەی نوێی ڕاگەیاند"},
    {"ku", "سەرۆکی شارەوانی گوتی پردە نوێیەکە مانگی داهاتوو دەکرێتەوە."},
    {"ug", "قەشقەردە يەر تەۋرىدى، نۇرغۇن ئۆيلەر ۋەيران بولدى"},
    {"ps", "د کندهار په ولایت کې ځمکه ولړزېده او ډېر کورونه ړنګ شول"},
    {"sd", "حيدرآباد ۾ باهه لڳڻ سبب ڪيترا دڪان سڙي ويا"},
    {"sd", "شهر جي ميئر چيو ته نئين پل جو افتتاح ايندڙ مهيني ڪيو ويندو."},
    {"fa", "در تهران باران شدیدی بارید و چند خیابان زیر آب رفت."},
    {"ur", "کراچی میں شدید بارش ہوئی اور کئی سڑکیں زیر آب آ گئیں۔"},
    {"tk", "Mary welaýatynda ýer titredi"},
    /* Assamese (CLD2: bn), Bengali. */
    {"as", "গুৱাহাটীত নতুন দলং মুকলি কৰা হ'ল, চহৰৰ মেয়ৰে অনুষ্ঠানত ভাষণ দিলে।"},
    {"as", "ডিব্ৰুগড়ত বানপানীৰ পানী বাঢ়িছে"},
    {"bn", "কলকাতায় নতুন সেতু খুলে দেওয়া হলো, শহরের মেয়র অনুষ্ঠানে ভাষণ দিলেন।"},
    /*
     * Oromo (CLD2: fi, lg, et), Shona (ny, sw, lg), and the neighbours'
     * own texts: Finnish without an ä, Chichewa, Somali.
     */
    {"om", "Barattoonni kuma shan qormaata biyyoolessaa kaleessa fudhatan."},
    {"om", "Abbaan Taayitaa Bishaanii hanqina bishaan dhugaatii furuuf pirojektii haaraa "
           "jalqabe"},
    {"om", "Dhaabbanni fayyaa addunyaa dhukkuba daraaraa to'achuuf talaallii kuma dhibba shan "
           "erge."},
    {"om", "Roobni cimaan ji'a kana roobe midhaan qonnaan bultootaa balleesse, jedhan "
           "ogeeyyiin."},
    {"sn", "Hurumende yakazivisa kuti zvikoro zvichavhurwa svondo rinouya."},
    {"sn", "Chikwata cheWarriors chakakunda mutambo wacho nezvibodzwa zviviri."},
    {"sn", "Mari yemunyika yadonha zvakare pamusika"},
    {"fi", "Helsingin kaupunki avasi uuden sillan, ja pormestari piti puheen juhlassa."},
    {"fi", "Tampereen poliisi etsii todistajia liikenneonnettomuuteen."},
    {"ny", "Mvula yamphamvu inagwa ku Zomba ndipo nyumba zambiri zinawonongeka."},
    {"ny", "Anthu atatu amwalira pa ngozi ya galimoto pa msewu wa Lilongwe kupita ku Blantyre."},
    {"tl", "Roob xooggan ayaa ka da'ay magaalada Baydhabo, guryo badan ayaa burburay."},
    /* Somali with more of its pharyngeal c and x; Estonian's own doubled vowels. */
    {"so", "Ciidamada xukuumadda ayaa xalay gacanta ku dhigay magaalada, waxaana la sheegay in "
           "xaaladdu ay hadda deggan tahay."},
    {"so", "Roobab xooggan oo da'ay toddobaadkii hore ayaa waxay burburiyeen guryo badan oo ku "
           "yaalla xeebta."},
    {"et", "Tallinna linnavalitsus avas uue silla ja linnapea pidas kõne."},
    /* Neighbours CLD2 knows, which no row may change. */
    {"ku", "Li Amedê baraneke xurt barî, gelek mal di bin avê de man."},
    {"sk", "V Košiciach silno pršalo"},
    {"cs", "V Brně silně pršelo"},
    {"gl", "A Xunta inaugurou onte unha nova ponte en Vigo, e o alcalde falou na cerimonia."},
    {"ca", "L'Ajuntament de Girona ha inaugurat un pont nou, i l'alcaldessa va parlar a la "
           "cerimònia."},
    {"ms", "Jambatan baharu dibuka di Kuala Lumpur, dan datuk bandar berucap dalam majlis "
           "perasmian."},
    {"id", "Jembatan baru diresmikan di Surabaya, dan wali kota berpidato dalam upacara "
           "peresmian."},
};

TD_TEST(test_lang__smaller_languages_by_their_letters)
{
    size_t i;

    for (i = 0; i < sizeof(smaller) / sizeof(smaller[0]); i++) {
        char lang[8] = "junk";
        text_detect_lang(smaller[i].text, strlen(smaller[i].text), lang, NULL);
        ASSERT_STREQ(lang, smaller[i].lang);
    }
}

/*
 * Every row of `neighbour_rows` (lang.c) on the answer it takes back, and
 * texts it must leave: too few foreign letters for their length, one
 * foreign name, no mark of the target, Vietnamese in decomposed form.
 */
static const struct {
    const char *detected;
    const char *text;
    const char *want;
} neighbour[] = {
    {"ky", "Башҡортостанда ҡар яуҙы", "ba"},
    {"ky", "Татарстанда сайлау нәтиҗәләре", "tt"},
    {"ky", "Алматыда қатты боран соқты", "kk"},
    {"ky", "Казан — Мәскәү юлында хәрәкәт торгызылды", "tt"},
    {"ky", "Алматыда жаңа көпір ашылды", "kk"},
    {"ky", "Мінск: навальніца ў горадзе", "be"},
    {"ky", "Киргизстан і Таджикистан уклали перемир'я", "uk"},
    {"ky", "Бишкекте жаңы көпүрө ачылды", "ky"},
    {"ky",
     "Бишкекте жаңы көпүрө ачылды, шаардын мэри салтанатта сүйлөдү, ага Әлиев мырза да "
     "катышты, курулуш эки жыл бою уланып, шаардын борборундагы жол кыйла жеңилдейт.",
     "ky"},
    {"kk", "Өфөлә ҡала башлығы һөйләне", "ba"},
    {"kk", "Җиңүче фирка парламентта урыннарның яртысын алды", "tt"},
    {"kk", "Астанада қатты боран соқты", "kk"},
    {"uz", "Башҡортостанда ҡар яуҙы", "ba"},
    {"uz", "Казанда яңа күпер төзелә, эшчеләр җәйгә кадәр тәмамлар", "tt"},
    {"uz", "Алматыда жаңа көпір ашылды, ұлттық мереке", "kk"},
    {"uz", "Казан — Мәскәү юлында хәрәкәт торгызылды", "tt"},
    {"uz", "Бишкекте жаңы көпүрө ачылды", "ky"},
    {"uz", "Улаанбаатарт шинэ гүүр нээгдлээ", "uz"},
    {"uz", "Aşgabatda täze köpri açyldy", "tk"},
    {"uz", "Qusqu llaqtapi hatun para chayarqan, achka wasikunata unu apakurqan.", "qu"},
    {"uz", "Boshqa qishloqqa suv keldi", "uz"},
    {"uz", "Boshqa qishloqqa yangi suv quvuri yetib keldi, dehqonlar xursand.", "uz"},
    {"uz", "Toshkentda yangi koʻprik ochildi, shahar hokimi tantanali marosimda nutq soʻzladi.",
     "uz"},
    {"uz", "Самарқандда кучли ёмғир ёғди, кўчалар сув остида қолди.", "uz"},
    {"tr", "Türkmenistanda saýlawlaryň netijeleri yglan edildi", "tk"},
    {"tr",
     "Çek futbolcu Nový, dün akşam oynanan maçta iki gol atarak takımını galibiyete "
     "taşıdı ve taraftarlardan büyük alkış aldı, teknik direktör de oyuncusunu övdü.",
     "tr"},
    {"az", "Türkmenistanda saýlawlaryň netijeleri yglan edildi", "tk"},
    {"is", "Balkanda güýçli ýagyş ýagdy", "tk"},
    {"is", "Ìjọba ìpínlẹ̀ ti fòfin de ìrìn ọkọ̀", "yo"},
    {"is", "Stormur reið yfir landið í gær og vegir lokuðust víða.", "is"},
    {"sw", "Iskay helicopterokuna turistakunata Qusqoman apanku, wakinqa chakillapi purinku.",
     "qu"},
    {"ny", "Iskay helicopterokuna turistakunata Qusqoman apanku, wakinqa chakillapi purinku.",
     "qu"},
    {"rw", "Iskay helicopterokuna turistakunata Qusqoman apanku, wakinqa chakillapi purinku.",
     "qu"},
    {"tl", "Iskay helicopterokuna turistakunata Qusqoman apanku, wakinqa chakillapi purinku.",
     "qu"},
    {"id", "Iskay helicopterokuna turistakunata Qusqoman apanku, wakinqa chakillapi purinku.",
     "qu"},
    {"ms", "Iskay helicopterokuna turistakunata Qusqoman apanku, wakinqa chakillapi purinku.",
     "qu"},
    {"sw", "Qatar yashinda mechi ya kwanza dhidi ya Iraq", "sw"},
    {"id", "Wartawan dari Qatar dan Iraq melihat halaman depan kedutaan", "id"},
    {"de", "e Dënschdeg de Moien tëscht sechs a siwen Auer", "lb"},
    {"de", "Der Citroën des Ministers wurde auf der Autobahn gestoppt", "de"},
    {"da", "Fënnef Wochen no der Iwwerschwemmung huet d'Regierung a Frankräich Hëllef ugefrot",
     "lb"},
    {"da", "Jäger fra Tyskland vandt løbet i går", "da"},
    {"es", "Oñemopyrũ peteĩ tape pyahu", "gn"},
    {"pt", "Oñemopyrũ peteĩ tape pyahu", "gn"},
    {"ny", "Oñemopyrũ peteĩ tape pyahu", "gn"},
    {"es",
     "El presidente habló ayer sobre la lengua guaraní, que él llamó avañe'ẽ, ante "
     "cientos de maestros reunidos en el teatro municipal de la ciudad.",
     "es"},
    {"ga", "Ìjọba ìpínlẹ̀ ti fòfin de ìrìn ọkọ̀", "yo"},
    {"vi", "Ìjọba ìpínlẹ̀ ti fòfin de ìrìn ọkọ̀ ńlá lójú ọ̀nà márosẹ̀ láti aago mẹ́fà àárọ̀.", "yo"},
    {"vi", "Học sinh được nghỉ học vì họ lo ngại bão lớn sẽ đổ bộ vào đêm nay.", "vi"},
    {"vi",
     "Ho\xcc\xa3"
     "c sinh \xc4\x91u\xcc\x9bo\xcc\x9b\xcc\xa3"
     "c nghi\xcc\x89 ho\xcc\xa3"
     "c vi\xcc\x80 ho\xcc\xa3 lo nga\xcc\xa3i ba\xcc\x83o lo\xcc\x9b\xcc\x81n se\xcc\x83 "
     "\xc4\x91o\xcc\x82\xcc\x89 bo\xcc\xa3\xcc\x82 va\xcc\x80o \xc4\x91"
     "e\xcc\x82m nay.",
     "vi"},
    {"sr", "Мінск: навальніца ў горадзе", "be"},
    {"sr", "Шведский фермер нашёл клад эпохи викингов", "ru"},
    {"sr", "У Београду је отворен нови мост", "sr"},
    {"bg", "Мінск: навальніца ў горадзе", "be"},
    {"bg", "Шведский фермер нашёл клад эпохи викингов", "ru"},
    {"bg", "В България откриха нов мост", "bg"},
    {"en", "Mary welaýatynda ýer titredi", "tk"},
    {"en", "Czech striker Nový scored twice", "en"},
    {"ar", "ئۈرۈمچى شەھىرىدە يېڭى كۆۋرۈك ئېچىلدى", "ug"},
    {"fa", "قەشقەردە يەر تەۋرىدى، نۇرغۇن ئۆيلەر ۋەيران بولدى", "ug"},
    {"ur", "ئۈرۈمچى شەھىرىدە يېڭى كۆۋرۈك ئېچىلدى", "ug"},
    {"ar", "بارانی بەهێز لە سلێمانی", "ku"},
    {"fa", "حکومەتی هەرێمی کوردستان بودجەی نوێی ڕاگەیاند", "ku"},
    {"ur", "سەرۆکی شارەوانی گوتی پردە نوێیەکە مانگی داهاتوو دەکرێتەوە.", "ku"},
    {"ar", "د ښار ښاروال وویل چې نوی پل به راتلونکې میاشت پرانیستل شي.", "ps"},
    {"fa", "د کندهار په ولایت کې ځمکه ولړزېده او ډېر کورونه ړنګ شول", "ps"},
    {"ur", "د ښار ښاروال وویل چې نوی پل به راتلونکې میاشت پرانیستل شي.", "ps"},
    {"ar", "حيدرآباد ۾ باهه لڳڻ سبب ڪيترا دڪان سڙي ويا", "sd"},
    {"fa", "شهر جي ميئر چيو ته نئين پل جو افتتاح ايندڙ مهيني ڪيو ويندو.", "sd"},
    {"ur", "حيدرآباد ۾ باهه لڳڻ سبب ڪيترا دڪان سڙي ويا", "sd"},
    {"fa", "در تهران باران شدیدی بارید و چند خیابان زیر آب رفت.", "fa"},
    {"ur", "کراچی میں شدید بارش ہوئی اور کئی سڑکیں زیر آب آ گئیں۔", "ur"},
    {"ar", "هطلت أمطار غزيرة على القاهرة وغمرت المياه عدة شوارع.", "ar"},
    {"en", "Казан — Мәскәү юлында хәрәкәт торгызылды", "en"},
    {"bn", "গুৱাহাটীৰ চহৰত বৰষুণ", "as"},
    {"bn", "গুৱাহাটী শহরে ভারী বৃষ্টি, কলকাতার রাস্তাও জলমগ্ন", "bn"},
    {"ky", "\xd0\x9a\xd3", "ky"},
    /* Oromo: dh, q, the glottal apostrophe (also U+2019), long vowels written double. */
    {"fi",
     "Konkolaataan daandii Finfinnee irratti garagalee namoonni sadii du\xe2\x80\x99"
     "an, lama immoo dhukkubsatan.",
     "om"},
    {"sw", "Manni murtii olaanaa himatamtoota lamaan hidhaa waggaa kudhaniin adabe.", "om"},
    {"it", "Qonnaan bultoonni Jimmaa oomisha buna qabatanii gabaa haaraa dhaqan.", "om"},
    /* One mark only; Finnish ä; Somali (its c and x); Swahili's dh without long vowels. */
    {"fi", "Qatarin emiiri vieraili Helsingissä maanantaina ja tapasi presidentin.", "fi"},
    {"fi", "Hoteelli haaraan magaalaa Hawaasaatti banamee jira", "fi"},
    {"rw", "Ciidamada dowladda ayaa qabsaday magaalada, xaaladduna waa deggan tahay, "
           "ayay dhaheen.",
     "so"},
    {"sw", "Polisi wamewakamata watu watatu kwa tuhuma dhidi ya wizi wa dhahabu mjini Geita.",
     "sw"},
    /* Somali: c and x in two words and an eighth; not Estonian, nor Dutch read as such. */
    {"et", "Ciidamada xukuumadda ayaa xalay gacanta ku dhigay magaalada, waxaana la sheegay.",
     "so"},
    {"et", "Tallinna linnavalitsus avas uue silla ja linnapea pidas kõne.", "et"},
    {"rw", "Xildhibaan cusub ayaa xalay la doortay", "so"},
    {"tl", "Ang bagong tulay ay binuksan kahapon sa Maynila.", "tl"},
    /* Shona: zv, sv, nh (not Zulu's nhl), vh, bh. */
    {"ny", "Zvinhu zvakawanda zvakaparadzwa nemoto wakatanga husiku hwapfuura.", "sn"},
    {"rw", "Vana vechikoro vanosvika zana vakarwara mushure mekudya chikafu chakasvibiswa.",
     "sn"},
    {"ny", "Boma lalengeza kuti sukulu zitsegulidwa sabata yamawa.", "ny"},
    {"ny", "Inhloko yesikole ithi izingane zizobuya ngesonto elizayo.", "ny"},
    {"en", "Zvakare vanhu vakasvika", "en"},
};

TD_TEST(test_lang__neighbour_rows)
{
    size_t i;

    for (i = 0; i < sizeof(neighbour) / sizeof(neighbour[0]); i++) {
        char lang[8];
        memcpy(lang, neighbour[i].detected, strlen(neighbour[i].detected) + 1);
        lang_neighbour_fix(neighbour[i].text, strlen(neighbour[i].text), lang);
        ASSERT_STREQ(lang, neighbour[i].want);
    }
}
