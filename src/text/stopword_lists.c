/*
 * stopword_lists.c - compiled-in stop words: common function words of every
 * language with a Snowball stemmer, plus particles of Japanese and Chinese.
 * Each list is case-folded, NFKC-normalised and sorted by bytes (strcmp
 * order) for binary search; test_stopwords.c checks all three properties.
 */
#include "text/text_int.h"

#include "core/banned.h"

#define LIST(code, words) {code, words, sizeof(words) / sizeof(words[0])}

/* Arabic: both hamza and bare alef spellings, as news sites mix them */
static const char *const sw_ar[] = {
    "أن", "أنا", "أو", "أي", "أيضا", "إذا", "إلى", "إن", "اذا",
    "التي", "الذي", "الذين", "اللذين", "الى", "ان", "انت", "او",
    "ايضا", "بعد", "بين", "تلك", "ثم", "حتى", "حيث", "خلال", "ذلك",
    "ضد", "على", "عليه", "عليها", "عن", "عند", "غير", "في", "فيه",
    "فيها", "قبل", "قد", "كان", "كانت", "كل", "لا", "لقد", "لم",
    "لن", "له", "لها", "ما", "مع", "من", "منذ", "منه", "منها", "نحن",
    "هذا", "هذه", "هم", "هن", "هو", "هي", "وفي", "وقد", "وكان",
    "وهو", "وهي", "يكون",
};

/* Catalan */
static const char *const sw_ca[] = {
    "a", "al", "als", "amb", "aquell", "aquella", "aquells", "aquest", "aquesta", "aquestes",
    "aquests", "com", "de", "del", "dels", "després", "el", "ell", "ella", "elles", "ells",
    "els", "en", "entre", "era", "eren", "estan", "està", "fins", "ha", "han", "hi", "i", "ja",
    "jo", "la", "les", "li", "lo", "més", "ni", "no", "nosaltres", "o", "on", "pel", "pels",
    "per", "perquè", "però", "que", "qui", "se", "sense", "seu", "seus", "seva", "seves",
    "si", "sobre", "són", "també", "tu", "un", "una", "unes", "uns", "va", "van", "vosaltres",
    "és",
};

/* Danish */
static const char *const sw_da[] = {
    "af", "alle", "at", "blev", "bliver", "da", "de", "dem", "den", "denne", "der", "deres",
    "det", "dette", "dig", "din", "dit", "du", "efter", "eller", "en", "end", "er", "et", "for",
    "fra", "han", "hans", "har", "havde", "hende", "hendes", "her", "hun", "hvad", "hvis",
    "hvor", "i", "ikke", "jeg", "jer", "kan", "kun", "man", "med", "meget", "men", "mig", "min",
    "mit", "mod", "når", "og", "om", "op", "os", "over", "på", "sagde", "sig", "siger", "sin",
    "sine", "skal", "som", "så", "til", "ud", "under", "var", "vi", "vil", "være", "været",
};

/* German: "ß" folds to "ss", so words are stored folded */
static const char *const sw_de[] = {
    "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "auch",
    "auf", "aus", "bei", "beim", "bin", "bis", "bist", "da", "damit", "dann", "das", "dass",
    "dem", "den", "denn", "der", "des", "dich", "die", "dies", "diese", "diesem", "diesen",
    "dieser", "dieses", "dir", "doch", "du", "durch", "ein", "eine", "einem", "einen", "einer",
    "eines", "er", "es", "etwas", "euch", "euer", "für", "gegen", "haben", "hat", "hatte",
    "hatten", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "im", "in", "ist", "ja", "jede",
    "jedem", "jeden", "jeder", "kann", "kein", "keine", "laut", "man", "mehr", "mich", "mir",
    "mit", "muss", "nach", "nicht", "noch", "nun", "nur", "ob", "oder", "ohne", "sagte", "sehr",
    "sein", "seine", "seinem", "seinen", "seiner", "sich", "sie", "sind", "so", "soll",
    "sollen", "um", "und", "uns", "unser", "unter", "vom", "von", "vor", "war", "waren", "was",
    "weil", "wenn", "werden", "wie", "wieder", "wir", "wird", "wurde", "wurden", "zu", "zum",
    "zur", "zwischen", "über",
};

/* Greek: final sigma is folded, so "τους" is stored as "τουσ" */
static const char *const sw_el[] = {
    "ένα", "έχει", "ή", "ήταν", "αλλά", "από", "αυτά", "αυτή",
    "αυτό", "αυτόσ", "για", "δεν", "είναι", "είχε", "ενόσ", "η",
    "θα", "και", "κατά", "με", "μετά", "μη", "μην", "μια", "μιασ",
    "να", "ο", "οι", "πιο", "που", "προσ", "σε", "στα", "στη",
    "στην", "στισ", "στο", "στον", "στουσ", "τα", "την", "τησ",
    "τι", "το", "τον", "του", "τουσ", "των", "ωσ", "όπωσ", "όταν",
    "ότι",
};

/* English: contraction stems ("don", "isn") since apostrophes split words */
static const char *const sw_en[] = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "aren", "as", "at", "be", "because", "been", "before", "being", "below", "between",
    "both", "but", "by", "can", "could", "couldn", "did", "didn", "do", "does", "doesn",
    "doing", "don", "down", "during", "each", "few", "for", "from", "further", "had", "hadn",
    "has", "hasn", "have", "haven", "having", "he", "her", "here", "hers", "herself", "him",
    "himself", "his", "how", "i", "if", "in", "into", "is", "isn", "it", "its", "itself",
    "just", "ll", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off",
    "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "re",
    "s", "said", "same", "says", "she", "should", "shouldn", "so", "some", "such", "t", "than",
    "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
    "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "ve", "very",
    "was", "wasn", "we", "were", "weren", "what", "when", "where", "which", "while", "who",
    "whom", "whose", "why", "will", "with", "would", "wouldn", "you", "your", "yours",
    "yourself", "yourselves",
};

/* Spanish */
static const char *const sw_es[] = {
    "a", "al", "algo", "algunos", "ante", "antes", "como", "con", "contra", "cual", "cuando",
    "de", "del", "desde", "dijo", "donde", "durante", "e", "el", "ella", "ellas", "ellos", "en",
    "entre", "era", "eran", "es", "esa", "esas", "ese", "eso", "esos", "esta", "estas", "este",
    "esto", "estos", "está", "están", "fue", "fueron", "ha", "había", "han", "hasta", "hay",
    "la", "las", "le", "les", "lo", "los", "me", "mi", "mientras", "muy", "más", "nada", "ni",
    "no", "nos", "nosotros", "o", "otra", "otro", "otros", "para", "pero", "poco", "por",
    "porque", "que", "quien", "qué", "se", "sea", "según", "ser", "si", "sin", "sobre", "son",
    "su", "sus", "sí", "también", "tan", "te", "tiene", "tienen", "todo", "todos", "tras",
    "tu", "tú", "un", "una", "uno", "unos", "y", "ya", "yo", "él",
};

/* Basque */
static const char *const sw_eu[] = {
    "arte", "bai", "baina", "baino", "baita", "bat", "bere", "beren", "beste", "da", "dela",
    "dira", "du", "dute", "edo", "egin", "ere", "eta", "ez", "gabe", "gainera", "gu", "haiek",
    "han", "hau", "hauek", "hemen", "hori", "horiek", "hura", "izan", "ni", "noiz", "nola",
    "non", "nor", "ondoren", "oso", "zen", "zer", "ziren", "zu", "zuek", "zuen", "zuten",
};

/* Finnish */
static const char *const sw_fi[] = {
    "ei", "eivät", "en", "ette", "että", "he", "heidän", "hän", "hänen", "ja", "jo",
    "joita", "joka", "jos", "jotka", "kanssa", "kuin", "kun", "me", "mikä", "minä", "mitä",
    "mukaan", "mutta", "myös", "niin", "nyt", "ole", "oli", "olivat", "olla", "on", "ovat",
    "sanoi", "se", "sekä", "sen", "siihen", "siitä", "sitä", "tai", "te", "tämä",
    "tämän", "vaan", "vai", "voi", "yli",
};

/* French: elided forms ("qu", "jusqu") since apostrophes split words */
static const char *const sw_fr[] = {
    "a", "au", "aussi", "aux", "avait", "avec", "avoir", "c", "ce", "ceci", "cela", "celle",
    "celui", "ces", "cet", "cette", "comme", "d", "dans", "de", "des", "du", "elle", "elles",
    "en", "entre", "est", "et", "eu", "eux", "il", "ils", "j", "je", "jusqu", "l", "la", "le",
    "les", "leur", "leurs", "lors", "lorsqu", "lui", "m", "ma", "mais", "me", "mes", "moi",
    "mon", "même", "n", "ne", "ni", "nos", "notre", "nous", "on", "ont", "ou", "où", "par",
    "pas", "plus", "pour", "puisqu", "qu", "que", "qui", "s", "sa", "sans", "se", "selon",
    "sera", "ses", "si", "son", "sont", "sous", "sur", "t", "ta", "te", "tes", "toi", "ton",
    "tous", "tout", "très", "tu", "un", "une", "vos", "votre", "vous", "y", "à", "été",
    "être",
};

/* Irish */
static const char *const sw_ga[] = {
    "a", "ach", "ag", "agus", "an", "ann", "aon", "ar", "atá", "beidh", "bhfuil", "bhí",
    "chun", "de", "den", "do", "don", "faoi", "féin", "go", "gur", "i", "ina", "is", "le",
    "leis", "mar", "muid", "mé", "na", "nach", "ní", "níl", "nó", "raibh", "sa", "san",
    "seo", "siad", "sibh", "sin", "sé", "sí", "tá", "tú", "ó",
};

/* Hindi */
static const char *const sw_hi[] = {
    "अपनी", "अपने", "इन", "इस", "उन", "उस", "एक", "और",
    "कर", "करने", "कहा", "का", "कि", "किया", "की",
    "के", "को", "गई", "गया", "जो", "तक", "तो", "था", "थी",
    "थे", "द्वारा", "नहीं", "ने", "पर", "बाद", "भी",
    "में", "यह", "या", "ये", "रहा", "रही", "रहे",
    "लिए", "लेकिन", "वह", "वे", "सकता", "साथ", "से",
    "ही", "है", "हैं", "हो", "होने",
};

/* Hungarian */
static const char *const sw_hu[] = {
    "a", "aki", "akik", "alatt", "amely", "amelyek", "amit", "annak", "az", "azt", "be", "csak",
    "de", "egy", "egyik", "el", "ennek", "ez", "ezt", "fel", "ha", "hogy", "is", "kell", "ki",
    "között", "le", "lesz", "meg", "mely", "mi", "mint", "már", "még", "nagyon", "nem",
    "pedig", "sem", "sok", "szerint", "te", "ti", "után", "vagy", "van", "vannak", "volt",
    "voltak", "én", "így", "ő", "ők",
};

/* Armenian: the ligature "և" is stored in its NFKC form "եւ" */
static const char *const sw_hy[] = {
    "այդ", "այն", "այս", "առանց", "արդեն", "բայց", "դեպի", "դու",
    "դուք", "եթե", "եմ", "են", "ենք", "ես", "երբ", "եւ", "եք", "է",
    "էին", "էլ", "էր", "ըստ", "թե", "ինչ", "ինչպես", "իր", "իրենց",
    "կամ", "համար", "հետ", "մասին", "մենք", "մեջ", "միայն",
    "մինչ", "մինչեւ", "նա", "նաեւ", "նրա", "նրանք", "ոչ", "ով",
    "որ", "որը", "որոնք", "ու", "չեն", "չի", "վրա",
};

/* Indonesian */
static const char *const sw_id[] = {
    "ada", "adalah", "akan", "anda", "antara", "atau", "bagi", "bahwa", "belum", "bisa",
    "dalam", "dan", "dapat", "dari", "dengan", "di", "dia", "hanya", "hingga", "ia", "ini",
    "itu", "jika", "juga", "kami", "karena", "kata", "ke", "kita", "lagi", "lebih", "masih",
    "mereka", "namun", "oleh", "pada", "para", "pun", "saat", "sangat", "saya", "sebagai",
    "secara", "seperti", "setelah", "sudah", "tak", "telah", "tersebut", "tetapi", "tidak",
    "untuk", "yang",
};

/* Italian: elided articles ("dell", "nell") since apostrophes split words */
static const char *const sw_it[] = {
    "a", "ad", "al", "all", "alla", "alle", "allo", "anche", "ancora", "c", "che", "chi", "ci",
    "col", "come", "con", "cui", "da", "dal", "dall", "dalla", "dalle", "dallo", "dei", "del",
    "dell", "della", "delle", "dello", "di", "dopo", "dov", "e", "ed", "era", "erano", "essere",
    "già", "gli", "ha", "hanno", "i", "il", "in", "io", "l", "la", "le", "lei", "lo", "loro",
    "lui", "ma", "mi", "ne", "nei", "nel", "nell", "nella", "nelle", "nello", "noi", "non", "o",
    "per", "più", "quale", "quando", "quell", "quella", "quelle", "quello", "quest", "questa",
    "queste", "questo", "se", "si", "sia", "sono", "sta", "stata", "stato", "su", "sua", "sue",
    "sui", "sul", "sull", "sulla", "suo", "suoi", "tra", "tu", "un", "una", "uno", "voi", "è",
};

/* Japanese particles: particles and copulas; used on every CJK token */
static const char *const sw_ja[] = {
    "あの", "ある", "いる", "か", "から", "が", "こと", "この", "これ", "し",
    "する", "その", "それ", "た", "だ", "て", "で", "です", "と", "に", "ね",
    "の", "は", "へ", "ます", "まで", "も", "や", "よ", "より", "を",
};

/* Lithuanian */
static const char *const sw_lt[] = {
    "ant", "apie", "ar", "arba", "aš", "be", "bet", "bus", "buvo", "būti", "dar", "dėl",
    "iki", "ir", "iš", "jau", "ji", "jie", "jis", "jo", "jos", "jūs", "jų", "kad", "kaip",
    "kas", "kur", "kuri", "kurie", "kuris", "mano", "mes", "ne", "nes", "nuo", "nėra", "o",
    "per", "po", "prie", "savo", "su", "ta", "tai", "taip", "tarp", "tas", "tavo", "tik", "tu",
    "yra", "į", "ši", "šie", "šis",
};

/* Nepali */
static const char *const sw_ne[] = {
    "अघि", "अनि", "उनको", "उनी", "एक", "का", "कि",
    "की", "को", "गरेको", "गर्न", "छ", "छन्", "छैन",
    "जुन", "तर", "तिमी", "ती", "त्यो", "थिए",
    "थियो", "देखि", "नै", "पछि", "पनि", "बाट",
    "भएको", "भने", "भन्ने", "म", "मा", "मेरो", "यी",
    "यो", "र", "लाई", "लागि", "ले", "वा", "सँग", "साथ",
    "हामी", "हुने", "हो",
};

/* Dutch */
static const char *const sw_nl[] = {
    "aan", "al", "als", "bij", "daar", "dan", "dat", "de", "der", "deze", "die", "dit", "doch",
    "door", "dus", "een", "en", "er", "geen", "had", "heb", "hebben", "heeft", "het", "hier",
    "hij", "hoe", "hun", "ik", "in", "is", "ja", "je", "kan", "maar", "me", "meer", "men",
    "met", "mij", "mijn", "na", "naar", "niet", "nog", "nu", "of", "om", "onder", "ons", "ook",
    "op", "over", "te", "tegen", "toch", "toen", "tot", "u", "uit", "van", "veel", "volgens",
    "voor", "want", "was", "wat", "we", "wel", "werd", "wie", "wij", "wil", "worden", "zal",
    "ze", "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou",
};

/* Norwegian */
static const char *const sw_no[] = {
    "alle", "at", "av", "bare", "ble", "blir", "da", "de", "dem", "den", "denne", "der", "det",
    "dette", "du", "eller", "en", "er", "et", "etter", "for", "fra", "hadde", "ham", "han",
    "har", "hun", "hva", "hvis", "hvor", "i", "ikke", "jeg", "kan", "med", "meg", "men", "min",
    "mitt", "mot", "når", "og", "om", "opp", "oss", "på", "sa", "seg", "sier", "sin", "skal",
    "som", "så", "til", "under", "ut", "var", "vi", "vil", "være", "vært",
};

/* Portuguese */
static const char *const sw_pt[] = {
    "a", "ao", "aos", "as", "até", "com", "como", "da", "das", "de", "dela", "dele", "disse",
    "do", "dos", "e", "ela", "elas", "ele", "eles", "em", "entre", "era", "essa", "esse",
    "esta", "este", "está", "eu", "foi", "foram", "há", "isso", "isto", "já", "lhe", "mais",
    "mas", "me", "mesmo", "meu", "minha", "muito", "na", "nas", "nem", "no", "nos", "não", "o",
    "os", "ou", "para", "pela", "pelas", "pelo", "pelos", "por", "quando", "que", "quem", "se",
    "segundo", "sem", "ser", "seu", "seus", "sob", "sua", "suas", "são", "também", "te",
    "tem", "têm", "um", "uma", "umas", "uns", "você", "à", "às", "é",
};

/* Romanian: s and t with comma below and with cedilla, both in use */
static const char *const sw_ro[] = {
    "a", "aceasta", "această", "acest", "acesta", "ai", "al", "ale", "au", "care", "ce", "cu",
    "că", "către", "dar", "de", "deja", "despre", "din", "doar", "după", "ea", "ei", "el",
    "ele", "este", "eu", "fi", "foarte", "fost", "fără", "iar", "la", "lor", "lui", "mai",
    "noi", "nu", "o", "pe", "pentru", "potrivit", "prin", "până", "sau", "se", "spus", "sub",
    "sunt", "tu", "un", "unei", "unui", "voi", "în", "şi", "și",
};

/* Russian */
static const char *const sw_ru[] = {
    "а", "без", "более", "бы", "был", "была", "были", "было",
    "быть", "в", "вам", "вас", "весь", "во", "вот", "все", "всех",
    "всё", "вы", "где", "да", "даже", "для", "до", "его", "ее",
    "если", "есть", "еще", "ещё", "её", "же", "за", "заявил",
    "здесь", "и", "из", "или", "им", "их", "к", "как", "ко", "когда",
    "кто", "ли", "либо", "между", "меня", "мне", "мы", "на", "над",
    "не", "него", "нее", "нет", "неё", "ни", "них", "но", "о", "об",
    "однако", "он", "она", "они", "оно", "от", "по", "под", "при",
    "с", "со", "сообщил", "так", "также", "такой", "там", "те",
    "тем", "то", "того", "тоже", "только", "том", "у", "уже",
    "хотя", "чего", "что", "чтобы", "эта", "эти", "это", "этот",
    "я",
};

/* Serbian: Latin and Cyrillic spellings; the Snowball stemmer takes both */
static const char *const sw_sr[] = {
    "ali", "bila", "bilo", "bio", "biti", "da", "do", "gde", "i", "ili", "iz", "ja", "je",
    "još", "kada", "kao", "koja", "koje", "koji", "mi", "na", "nakon", "ne", "njegov", "njen",
    "njih", "o", "od", "on", "ona", "oni", "ova", "ovaj", "ovo", "po", "pred", "prema", "sa",
    "sam", "samo", "se", "su", "ta", "taj", "ti", "to", "u", "već", "vi", "za", "će", "što",
    "али", "била", "било", "био", "бити", "већ", "ви", "где", "да",
    "до", "за", "и", "из", "или", "када", "као", "која", "које",
    "који", "ми", "на", "након", "не", "о", "ова", "овај", "ово",
    "од", "он", "она", "они", "по", "према", "са", "само", "се",
    "су", "тај", "ти", "то", "у", "што", "ја", "је", "још", "ће",
};

/* Swedish */
static const char *const sw_sv[] = {
    "alla", "att", "av", "blev", "bli", "blir", "de", "dem", "den", "denna", "der", "det",
    "detta", "dig", "din", "du", "efter", "eller", "en", "ett", "från", "för", "hade", "han",
    "har", "hennes", "hon", "honom", "hur", "i", "inte", "jag", "kan", "man", "med", "men",
    "mig", "min", "mot", "när", "och", "om", "oss", "på", "sade", "sig", "sin", "ska", "som",
    "säger", "så", "till", "under", "ut", "vad", "var", "vi", "vid", "vill", "är", "över",
};

/* Tamil */
static const char *const sw_ta[] = {
    "அங்கு", "அது", "அந்த", "அல்லது", "அவர்",
    "அவர்கள்", "ஆகிய", "ஆகும்", "ஆனால்",
    "இங்கு", "இது", "இந்த", "இருந்து", "இல்லை",
    "உடன்", "உள்ள", "எந்த", "என", "என்", "என்ன",
    "என்பது", "என்று", "எப்படி", "ஏன்", "ஒரு",
    "கொண்டு", "தான்", "நான்", "நாம்", "நீ",
    "பற்றி", "பின்", "போது", "மற்றும்", "முன்",
    "மேலும்", "வரை", "வேண்டும்",
};

/* Turkish */
static const char *const sw_tr[] = {
    "ama", "ancak", "ayrıca", "ben", "bir", "biz", "bu", "buna", "bunu", "bunun", "da", "daha",
    "de", "dedi", "değil", "diye", "en", "gibi", "göre", "hem", "her", "ile", "ise", "için",
    "kadar", "ki", "mi", "mu", "mü", "mı", "ne", "o", "olan", "olarak", "onlar", "onun",
    "sen", "siz", "sonra", "tarafından", "var", "ve", "veya", "ya", "yok", "çok", "önce",
    "şey", "şu",
};

/* Yiddish: with and without pointing ("אַ", "א"), both common */
static const char *const sw_yi[] = {
    "א", "אַ", "אַז", "אָבער", "אָדער", "אבער", "אדער", "אויך",
    "אויף", "און", "אז", "איז", "איך", "אים", "אין", "איר", "ביי",
    "געווען", "דאָס", "דאס", "דו", "די", "דעם", "דער", "האָט",
    "האט", "וואָס", "וואס", "ווי", "זי", "זיי", "זיין", "זייער",
    "זיך", "זײַן", "מיט", "מיר", "מען", "נאָך", "נאך", "ניט",
    "נישט", "עס", "ער", "פאַר", "פאר", "פון", "צו",
};

/* Chinese particles: particles and pronouns; used on every CJK token */
static const char *const sw_zh[] = {
    "与", "个", "为", "之", "也", "了", "于", "从", "他", "他们", "以", "你",
    "其", "及", "向", "吗", "吧", "呢", "和", "啊", "在", "她", "它", "对", "将",
    "就", "我", "我们", "或", "把", "是", "有", "的", "着", "等", "给", "而",
    "被", "过", "这", "那", "都",
};

/* Sorted by code (the test checks); `stopwords_find` scans it. */
const struct stop_list stopword_lists[] = {
    LIST("ar", sw_ar),
    LIST("ca", sw_ca),
    LIST("da", sw_da),
    LIST("de", sw_de),
    LIST("el", sw_el),
    LIST("en", sw_en),
    LIST("es", sw_es),
    LIST("eu", sw_eu),
    LIST("fi", sw_fi),
    LIST("fr", sw_fr),
    LIST("ga", sw_ga),
    LIST("hi", sw_hi),
    LIST("hu", sw_hu),
    LIST("hy", sw_hy),
    LIST("id", sw_id),
    LIST("it", sw_it),
    LIST("ja", sw_ja),
    LIST("lt", sw_lt),
    LIST("ne", sw_ne),
    LIST("nl", sw_nl),
    LIST("no", sw_no),
    LIST("pt", sw_pt),
    LIST("ro", sw_ro),
    LIST("ru", sw_ru),
    LIST("sr", sw_sr),
    LIST("sv", sw_sv),
    LIST("ta", sw_ta),
    LIST("tr", sw_tr),
    LIST("yi", sw_yi),
    LIST("zh", sw_zh),
};

const size_t stopword_list_count = sizeof(stopword_lists) / sizeof(stopword_lists[0]);
