/*
 * kanji.c - how kanji read in Japanese names and places, in Latin letters as
 * papers in other languages write them ("森本" Morimoto, "黒田" Kuroda,
 * "宮沢" Miyazawa): ICU gives Han characters their Mandarin pinyin only.
 * names.c passes every reading of one to three such kanji in a row, and the
 * engine counts one only when it spells a capitalised name it has seen.
 */
#include <stdlib.h>
#include <string.h>

#include "text/text_int.h"
#include "core/banned.h"

/* One kanji and its readings in names, space-separated. */
struct kanji_reading {
    uint16_t cp;
    const char *readings;
};

/*
 * Kanji common in Japanese family names, given names and place names, with
 * their readings there in the Hepburn spelling of the press (long vowels
 * written short: "大" o, "藤" to; voiced forms are made by rendaku(), so
 * "田" is ta only), and the simplified forms Chinese papers write them in
 * with the same readings. Written for this table; sorted by code point.
 */
static const struct kanji_reading kanji_table[] = {
    {0x4E00, "ichi kazu"},        /* 一 */
    {0x4E03, "nana"},             /* 七 */
    {0x4E07, "man"},              /* 万 */
    {0x4E09, "mi san"},           /* 三 */
    {0x4E0A, "ue kami"},          /* 上 */
    {0x4E0B, "shita shimo"},      /* 下 */
    {0x4E1C, "higashi to azuma"}, /* 东 */
    {0x4E2D, "naka"},             /* 中 */
    {0x4E30, "toyo"},             /* 丰 */
    {0x4E38, "maru"},             /* 丸 */
    {0x4E3D, "rei"},              /* 丽 */
    {0x4E43, "no"},               /* 乃 */
    {0x4E45, "hisa ku"},          /* 久 */
    {0x4E49, "yoshi"},            /* 义 */
    {0x4E5D, "ku kyu"},           /* 九 */
    {0x4E5F, "ya nari"},          /* 也 */
    {0x4E61, "go sato"},          /* 乡 */
    {0x4E8C, "ni ji"},            /* 二 */
    {0x4E94, "go"},               /* 五 */
    {0x4E95, "i"},                /* 井 */
    {0x4E9A, "a"},                /* 亚 */
    {0x4E9C, "a"},                /* 亜 */
    {0x4EAC, "kyo"},              /* 京 */
    {0x4EAE, "ryo akira"},        /* 亮 */
    {0x4EBA, "hito"},             /* 人 */
    {0x4EC1, "hito jin"},         /* 仁 */
    {0x4ECA, "ima"},              /* 今 */
    {0x4ED9, "sen"},              /* 仙 */
    {0x4EE3, "yo shiro"},         /* 代 */
    {0x4F0A, "i"},                /* 伊 */
    {0x4F50, "sa suke"},          /* 佐 */
    {0x4FCA, "toshi shun"},       /* 俊 */
    {0x4FDD, "ho yasu"},          /* 保 */
    {0x4FE1, "nobu shin"},        /* 信 */
    {0x4FEE, "osamu shu"},        /* 修 */
    {0x5009, "kura"},             /* 倉 */
    {0x5065, "ken takeshi"},      /* 健 */
    {0x5143, "moto gen"},         /* 元 */
    {0x5149, "mitsu hikaru"},     /* 光 */
    {0x514B, "katsu"},            /* 克 */
    {0x5150, "ko"},               /* 児 */
    {0x5165, "iri"},              /* 入 */
    {0x516B, "hachi ya"},         /* 八 */
    {0x516C, "kimi"},             /* 公 */
    {0x516D, "roku"},             /* 六 */
    {0x5173, "seki"},             /* 关 */
    {0x5175, "hyo"},              /* 兵 */
    {0x5185, "uchi chi"},         /* 内 */
    {0x5188, "oka"},              /* 冈 */
    {0x51A2, "tsuka"},            /* 冢 */
    {0x51AC, "fuyu"},             /* 冬 */
    {0x51FA, "de"},               /* 出 */
    {0x5206, "o"},                /* 分 */
    {0x5229, "toshi ri"},         /* 利 */
    {0x524D, "mae"},              /* 前 */
    {0x525B, "takeshi tsuyoshi"}, /* 剛 */
    {0x529F, "isao"},             /* 功 */
    {0x52A0, "ka"},               /* 加 */
    {0x52A1, "mu"},               /* 务 */
    {0x52C7, "isamu yu"},         /* 勇 */
    {0x52D9, "mu"},               /* 務 */
    {0x52DD, "katsu masaru"},     /* 勝 */
    {0x5317, "kita"},             /* 北 */
    {0x5341, "to ju"},            /* 十 */
    {0x5343, "chi sen"},          /* 千 */
    {0x534E, "hana"},             /* 华 */
    {0x5357, "minami"},           /* 南 */
    {0x535A, "hiroshi hiro"},     /* 博 */
    {0x539F, "hara"},             /* 原 */
    {0x53CB, "tomo"},             /* 友 */
    {0x53E4, "furu ko"},          /* 古 */
    {0x53EF, "ka"},               /* 可 */
    {0x53F2, "fumi shi"},         /* 史 */
    {0x53F3, "u"},                /* 右 */
    {0x53F6, "ha"},               /* 叶 */
    {0x53F8, "tsukasa shi"},      /* 司 */
    {0x5409, "yoshi kichi"},      /* 吉 */
    {0x543E, "go"},               /* 吾 */
    {0x548C, "kazu wa"},          /* 和 */
    {0x54F2, "tetsu satoshi"},    /* 哲 */
    {0x5553, "kei hiro"},         /* 啓 */
    {0x559C, "ki yoshi"},         /* 喜 */
    {0x56DB, "shi yo"},           /* 四 */
    {0x56FD, "kuni"},             /* 国 */
    {0x572D, "kei"},              /* 圭 */
    {0x5742, "saka"},             /* 坂 */
    {0x57CE, "shiro ki jo"},      /* 城 */
    {0x5800, "hori"},             /* 堀 */
    {0x5802, "do"},               /* 堂 */
    {0x585A, "tsuka"},            /* 塚 */
    {0x5897, "masu"},             /* 増 */
    {0x590F, "natsu"},            /* 夏 */
    {0x591A, "ta"},               /* 多 */
    {0x5922, "yume"},             /* 夢 */
    {0x5927, "o dai"},            /* 大 */
    {0x5929, "ten ama"},          /* 天 */
    {0x592A, "ta futo"},          /* 太 */
    {0x592B, "o"},                /* 夫 */
    {0x5948, "na"},               /* 奈 */
    {0x5965, "oku"},              /* 奥 */
    {0x5A9B, "hime"},             /* 媛 */
    {0x5B50, "ko"},               /* 子 */
    {0x5B5D, "taka"},             /* 孝 */
    {0x5B87, "u"},                /* 宇 */
    {0x5B88, "mori"},             /* 守 */
    {0x5B89, "an yasu"},          /* 安 */
    {0x5B8F, "hiro"},             /* 宏 */
    {0x5B97, "mune"},             /* 宗 */
    {0x5B9A, "sada"},             /* 定 */
    {0x5BAB, "miya"},             /* 宫 */
    {0x5BAE, "miya"},             /* 宮 */
    {0x5BBD, "hiro kan"},         /* 宽 */
    {0x5BCC, "tomi to"},          /* 富 */
    {0x5BDB, "hiro kan"},         /* 寛 */
    {0x5BFA, "tera"},             /* 寺 */
    {0x5C0F, "ko o"},             /* 小 */
    {0x5C1A, "nao hisa"},         /* 尚 */
    {0x5C3E, "o"},                /* 尾 */
    {0x5C71, "yama"},             /* 山 */
    {0x5C9B, "shima"},            /* 岛 */
    {0x5CA1, "oka"},              /* 岡 */
    {0x5CA9, "iwa"},              /* 岩 */
    {0x5CB8, "kishi"},            /* 岸 */
    {0x5CF6, "shima"},            /* 島 */
    {0x5D0E, "saki"},             /* 崎 */
    {0x5DDD, "kawa"},             /* 川 */
    {0x5DDE, "shu"},              /* 州 */
    {0x5DE5, "ku"},               /* 工 */
    {0x5E02, "ichi"},             /* 市 */
    {0x5E73, "hira taira hei"},   /* 平 */
    {0x5E78, "yuki ko"},          /* 幸 */
    {0x5E7F, "hiro"},             /* 广 */
    {0x5E83, "hiro"},             /* 広 */
    {0x5E86, "kei"},              /* 庆 */
    {0x5EB7, "yasu"},             /* 康 */
    {0x5EF6, "nobu"},             /* 延 */
    {0x5EFA, "ken"},              /* 建 */
    {0x5F18, "hiro"},             /* 弘 */
    {0x5F62, "kata"},             /* 形 */
    {0x5F66, "hiko"},             /* 彦 */
    {0x5F8C, "go"},               /* 後 */
    {0x5FB3, "toku nori"},        /* 徳 */
    {0x5FD7, "shi"},              /* 志 */
    {0x5FE0, "tada"},             /* 忠 */
    {0x6075, "e kei megumi"},     /* 恵 */
    {0x609F, "satoru go"},        /* 悟 */
    {0x60A0, "yu"},               /* 悠 */
    {0x60E0, "e kei megumi"},     /* 惠 */
    {0x611B, "ai"},               /* 愛 */
    {0x614E, "shin"},             /* 慎 */
    {0x6176, "kei"},              /* 慶 */
    {0x61B2, "ken nori"},         /* 憲 */
    {0x6210, "nari sei"},         /* 成 */
    {0x6211, "ga"},               /* 我 */
    {0x6238, "to"},               /* 戸 */
    {0x623F, "fusa"},             /* 房 */
    {0x62D3, "taku"},             /* 拓 */
    {0x654F, "toshi"},            /* 敏 */
    {0x6587, "fumi"},             /* 文 */
    {0x6589, "sai"},              /* 斉 */
    {0x658B, "sai"},              /* 斋 */
    {0x658E, "sai"},              /* 斎 */
    {0x65B0, "shin nii"},         /* 新 */
    {0x65B9, "kata"},             /* 方 */
    {0x65E5, "hi"},               /* 日 */
    {0x65E9, "haya"},             /* 早 */
    {0x660E, "aki akira"},        /* 明 */
    {0x661F, "hoshi"},            /* 星 */
    {0x6625, "haru"},             /* 春 */
    {0x662D, "aki"},              /* 昭 */
    {0x6643, "ko aki akira"},     /* 晃 */
    {0x6653, "aki"},              /* 晓 */
    {0x6674, "haru"},             /* 晴 */
    {0x667A, "tomo satoshi"},     /* 智 */
    {0x6681, "aki"},              /* 暁 */
    {0x66FD, "so"},               /* 曽 */
    {0x6708, "tsuki"},            /* 月 */
    {0x6709, "ari"},              /* 有 */
    {0x671B, "mochi"},            /* 望 */
    {0x6728, "ki"},               /* 木 */
    {0x672C, "moto"},             /* 本 */
    {0x6749, "sugi"},             /* 杉 */
    {0x6751, "mura"},             /* 村 */
    {0x6761, "jo"},               /* 条 */
    {0x6771, "higashi to azuma"}, /* 東 */
    {0x677E, "matsu"},            /* 松 */
    {0x6797, "hayashi rin"},      /* 林 */
    {0x679D, "e"},                /* 枝 */
    {0x67F3, "yanagi"},           /* 柳 */
    {0x67F4, "shiba"},            /* 柴 */
    {0x6804, "ei sakae"},         /* 栄 */
    {0x6839, "ne"},               /* 根 */
    {0x6850, "kiri"},             /* 桐 */
    {0x685C, "sakura"},           /* 桜 */
    {0x6865, "hashi"},            /* 桥 */
    {0x6885, "ume"},              /* 梅 */
    {0x68EE, "mori"},             /* 森 */
    {0x690D, "ue"},               /* 植 */
    {0x6A2A, "yoko"},             /* 横 */
    {0x6A39, "ki"},               /* 樹 */
    {0x6A4B, "hashi"},            /* 橋 */
    {0x6B21, "ji"},               /* 次 */
    {0x6B4C, "uta"},              /* 歌 */
    {0x6B63, "masa"},             /* 正 */
    {0x6B66, "take"},             /* 武 */
    {0x6B69, "ayu ho"},           /* 歩 */
    {0x6C34, "mizu"},             /* 水 */
    {0x6C38, "naga"},             /* 永 */
    {0x6C5F, "e"},                /* 江 */
    {0x6C60, "ike"},              /* 池 */
    {0x6C96, "oki"},              /* 沖 */
    {0x6CA2, "sawa"},             /* 沢 */
    {0x6CB3, "kawa ko"},          /* 河 */
    {0x6CBB, "haru ji"},          /* 治 */
    {0x6CC9, "izumi"},            /* 泉 */
    {0x6CF7, "taki"},             /* 泷 */
    {0x6CFD, "sawa"},             /* 泽 */
    {0x6D0B, "hiro yo"},          /* 洋 */
    {0x6D25, "tsu"},              /* 津 */
    {0x6D45, "asa"},              /* 浅 */
    {0x6D5C, "hama"},             /* 浜 */
    {0x6D66, "ura"},              /* 浦 */
    {0x6D69, "hiro ko"},          /* 浩 */
    {0x6D77, "umi"},              /* 海 */
    {0x6DA9, "shibu"},            /* 涩 */
    {0x6DF3, "jun atsushi"},      /* 淳 */
    {0x6DF5, "fuchi"},            /* 淵 */
    {0x6E05, "kiyo"},             /* 清 */
    {0x6E0A, "fuchi"},            /* 渊 */
    {0x6E0B, "shibu"},            /* 渋 */
    {0x6E21, "wata"},             /* 渡 */
    {0x6E6F, "yu"},               /* 湯 */
    {0x6EDD, "taki"},             /* 滝 */
    {0x6EE8, "hama"},             /* 滨 */
    {0x6F64, "jun"},              /* 潤 */
    {0x6FA4, "sawa"},             /* 澤 */
    {0x718A, "kuma"},             /* 熊 */
    {0x7389, "tama"},             /* 玉 */
    {0x7406, "ri"},               /* 理 */
    {0x751F, "u o"},              /* 生 */
    {0x7530, "ta"},               /* 田 */
    {0x7531, "yoshi yu"},         /* 由 */
    {0x7537, "o"},                /* 男 */
    {0x753A, "machi"},            /* 町 */
    {0x7551, "hata"},             /* 畑 */
    {0x767E, "momo"},             /* 百 */
    {0x76F4, "nao"},              /* 直 */
    {0x771F, "ma"},               /* 真 */
    {0x77E5, "tomo chi"},         /* 知 */
    {0x77F3, "ishi"},             /* 石 */
    {0x7802, "suna"},             /* 砂 */
    {0x795E, "kami"},             /* 神 */
    {0x798F, "fuku"},             /* 福 */
    {0x79C0, "hide"},             /* 秀 */
    {0x79CB, "aki"},              /* 秋 */
    {0x7A32, "ina"},              /* 稲 */
    {0x7A3B, "ina"},              /* 稻 */
    {0x7AF9, "take"},             /* 竹 */
    {0x7B20, "kasa"},             /* 笠 */
    {0x7BE0, "shino"},            /* 篠 */
    {0x7C73, "yone"},             /* 米 */
    {0x7D00, "nori"},             /* 紀 */
    {0x7D14, "jun"},              /* 純 */
    {0x7D50, "yu"},               /* 結 */
    {0x7D75, "e"},                /* 絵 */
    {0x7EAA, "nori"},             /* 纪 */
    {0x7ED3, "yu"},               /* 结 */
    {0x7ED8, "e"},                /* 绘 */
    {0x7F8E, "mi"},               /* 美 */
    {0x7FA9, "yoshi"},            /* 義 */
    {0x7FD4, "sho"},              /* 翔 */
    {0x7FFC, "tsubasa"},          /* 翼 */
    {0x8061, "satoshi"},          /* 聡 */
    {0x806A, "satoshi"},          /* 聪 */
    {0x80FD, "no"},               /* 能 */
    {0x8218, "tachi"},            /* 舘 */
    {0x826F, "yoshi"},            /* 良 */
    {0x827A, "gei"},              /* 艺 */
    {0x82B1, "hana"},             /* 花 */
    {0x82B8, "gei"},              /* 芸 */
    {0x82E5, "waka"},             /* 若 */
    {0x82F1, "hide"},             /* 英 */
    {0x8302, "shige"},            /* 茂 */
    {0x8349, "kusa"},             /* 草 */
    {0x8352, "ara"},              /* 荒 */
    {0x8363, "ei sakae"},         /* 荣 */
    {0x83C5, "suga"},             /* 菅 */
    {0x83CA, "kiku"},             /* 菊 */
    {0x83DC, "na"},               /* 菜 */
    {0x83EF, "hana"},             /* 華 */
    {0x8429, "hagi"},             /* 萩 */
    {0x8449, "ha"},               /* 葉 */
    {0x8535, "kura"},             /* 蔵 */
    {0x85E4, "fuji to"},          /* 藤 */
    {0x897F, "nishi"},            /* 西 */
    {0x89D2, "kado"},             /* 角 */
    {0x8AA0, "makoto"},           /* 誠 */
    {0x8BDA, "makoto"},           /* 诚 */
    {0x8C37, "tani ya"},          /* 谷 */
    {0x8C4A, "toyo"},             /* 豊 */
    {0x8CB4, "taka"},             /* 貴 */
    {0x8CC0, "ka"},               /* 賀 */
    {0x8D35, "taka"},             /* 贵 */
    {0x8D3A, "ka"},               /* 贺 */
    {0x8D64, "aka"},              /* 赤 */
    {0x8D8A, "koshi"},            /* 越 */
    {0x8DEF, "ji"},               /* 路 */
    {0x8F1D, "teru"},             /* 輝 */
    {0x8F89, "teru"},             /* 辉 */
    {0x8FB9, "be"},               /* 边 */
    {0x8FBA, "be"},               /* 辺 */
    {0x8FD1, "chika"},            /* 近 */
    {0x8FDB, "susumu"},           /* 进 */
    {0x8FDC, "en to"},            /* 远 */
    {0x9032, "susumu"},           /* 進 */
    {0x9053, "michi"},            /* 道 */
    {0x9060, "en to"},            /* 遠 */
    {0x90CE, "ro"},               /* 郎 */
    {0x90E8, "be"},               /* 部 */
    {0x90F7, "go sato"},          /* 郷 */
    {0x91CC, "sato ri"},          /* 里 */
    {0x91CD, "shige"},            /* 重 */
    {0x91CE, "no"},               /* 野 */
    {0x91D1, "kane"},             /* 金 */
    {0x9234, "suzu"},             /* 鈴 */
    {0x9244, "tetsu"},            /* 鉄 */
    {0x94C1, "tetsu"},            /* 铁 */
    {0x94C3, "suzu"},             /* 铃 */
    {0x9577, "naga"},             /* 長 */
    {0x957F, "naga"},             /* 长 */
    {0x9580, "kado"},             /* 門 */
    {0x95A2, "seki"},             /* 関 */
    {0x962A, "saka"},             /* 阪 */
    {0x9633, "haru yo"},          /* 阳 */
    {0x963F, "a"},                /* 阿 */
    {0x967D, "haru yo"},          /* 陽 */
    {0x9686, "taka"},             /* 隆 */
    {0x96C4, "o"},                /* 雄 */
    {0x96C5, "masa"},             /* 雅 */
    {0x96EA, "yuki"},             /* 雪 */
    {0x9752, "ao"},               /* 青 */
    {0x9759, "shizu"},            /* 静 */
    {0x9808, "su"},               /* 須 */
    {0x98EF, "ii"},               /* 飯 */
    {0x996D, "ii"},               /* 饭 */
    {0x9999, "ka"},               /* 香 */
    {0x99AC, "ma"},               /* 馬 */
    {0x99FF, "shun"},             /* 駿 */
    {0x9A6C, "ma"},               /* 马 */
    {0x9A8F, "shun"},             /* 骏 */
    {0x9AD8, "taka"},             /* 高 */
    {0x9CE5, "tori"},             /* 鳥 */
    {0x9E1F, "tori"},             /* 鸟 */
    {0x9E7F, "ka"},               /* 鹿 */
    {0x9E97, "rei"},              /* 麗 */
    {0x9EBB, "asa"},              /* 麻 */
    {0x9ED1, "kuro"},             /* 黑 */
    {0x9ED2, "kuro"},             /* 黒 */
    {0x9F4A, "sai"},              /* 齊 */
    {0x9F4B, "sai"},              /* 齋 */
    {0x9F50, "sai"},              /* 齐 */
    {0x9F8D, "ryu"},              /* 龍 */
    {0x9F99, "ryu"},              /* 龙 */
};

static int cmp_kanji(const void *key, const void *elem)
{
    return (int)*(const uint16_t *)key - (int)((const struct kanji_reading *)elem)->cp;
}

const char *kanji_name_readings(int32_t cp)
{
    const struct kanji_reading *r;
    uint16_t c = (uint16_t)cp;

    if (cp < 0x4E00 || cp > 0x9FFF)
        return NULL;
    r = bsearch(&c, kanji_table, sizeof(kanji_table) / sizeof(kanji_table[0]),
                sizeof(kanji_table[0]), cmp_kanji);
    return r != NULL ? r->readings : NULL;
}

/*
 * Writes into `out` the voiced form that the reading `r[0..n)` takes after
 * another kanji (rendaku: "田" ta -> da in "黒田", "沢" sawa -> zawa in
 * "宮沢", "島" shima -> jima); returns its length, 0 when it has none.
 */
static size_t rendaku(const char *r, size_t n, char out[KANJI_READING_MAX])
{
    static const struct {
        const char *from, *to;
    } voiced[] = {{"sh", "j"}, {"ch", "j"}, {"ts", "z"}, {"k", "g"},
                  {"s", "z"},  {"t", "d"},  {"h", "b"},  {"f", "b"}};
    size_t i, k, m;

    for (i = 0; i < sizeof(voiced) / sizeof(voiced[0]); i++) {
        k = strlen(voiced[i].from);
        if (n <= k || memcmp(r, voiced[i].from, k) != 0)
            continue;
        m = strlen(voiced[i].to);
        memcpy(out, voiced[i].to, m);
        memcpy(out + m, r + k, n - k);
        return m + n - k;
    }
    return 0;
}

/* The readings of the window being spelt and where its spelling stands. */
struct spelling_state {
    const char *const *readings; /* of each kanji of the window */
    size_t n;
    char buf[KANJI_WINDOW_MAX * KANJI_READING_MAX];
    text_term_fn fn;
    void *ctx;
};

/* Spells kanji `i` on of the window after `len` bytes, each reading in turn. */
static void spell_from(struct spelling_state *st, size_t i, size_t len)
{
    const char *r;

    if (i == st->n) {
        st->fn(st->ctx, st->buf, len, TEXT_TOKEN_NAME_READING);
        return;
    }
    r = st->readings[i];
    while (*r != '\0') {
        size_t n = strcspn(r, " "), m;
        if (n < KANJI_READING_MAX) {
            memcpy(st->buf + len, r, n);
            spell_from(st, i + 1, len + n);
            if (i > 0 && (m = rendaku(r, n, st->buf + len)) > 0)
                spell_from(st, i + 1, len + m);
        }
        r += n + (r[n] == ' ');
    }
}

void kanji_emit_readings(const char *const *readings, size_t n, text_term_fn fn, void *ctx)
{
    struct spelling_state st;

    if (n == 0 || n > KANJI_WINDOW_MAX)
        return;
    st.readings = readings;
    st.n = n;
    st.fn = fn;
    st.ctx = ctx;
    spell_from(&st, 0, 0);
}
