/*
 * test_analyze.c - tests of src/text/analyze.c: whole analyses per language
 * (stems checked against libstemmer's actual output), stop words, numbers,
 * errors, allocation failures and the allocation-free steady state.
 */
#include <stdio.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "collect.h"
#include "core/alloc.h"
#include "text/text.h"
#include "test.h"

static const struct {
    const char *lang;
    const char *in;
    const char *terms;
} cases[] = {
    {"en", "The earthquakes were shaking Tokyo", "earthquak shake tokyo"},
    {"en", "It's a 4.5 magnitude quake; 3,700 homes were damaged.",
     "4.5 magnitud quak 3700 home damag"},
    {"EN-us", "Officials said the flooding isn't over", "offici flood"},
    {"de", "Die Bundesregierung hat am Mittwoch neue Maßnahmen beschlossen",
     "bundesregier mittwoch neu massnahm beschloss"},
    {"es", "Las autoridades confirmaron que los incendios forestales destruyeron miles de casas",
     "autor confirm incendi forestal destru mil cas"},
    {"fr", "Le président a annoncé l'ouverture des négociations avec les syndicats",
     "président annonc ouvertur négoci syndicat"},
    {"ru", "Президент заявил о новых переговорах с представителями Украины",
     "президент нов переговор представител украин"},
    {"ja", "東京で地震が発生", "東京 地震 発生"},
    {"zh", "北京时间今天上午发生了地震", "北京 时间 今天 上午 发生 地震"},
    /* No language: no stop words, no stems, but case folding still applies. */
    {"", "The Earthquakes WERE shaking", "the earthquakes were shaking"},
    {NULL, "Ｔｏｋｙｏ", "tokyo"},
    {"xx", "The earthquakes", "the earthquakes"},
};

static void count_terms(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    (void)term;
    (void)len;
    (void)kind;
    (*(size_t *)ctx)++;
}

TD_TEST(test_analyze__table)
{
    struct text_analyzer *a = NULL;
    char got[512];
    size_t i;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        /* On failure the message shows both strings; the analyzer then leaks. */
        ASSERT_OK(collect_terms(a, cases[i].lang, cases[i].in, got, sizeof(got), 0));
        ASSERT_STREQ(got, cases[i].terms);
    }
    text_analyzer_free(a);
}

/*
 * Live-update time stamps: a clock time that opens a line and is followed
 * by a colon or a dash gives no term; the same time in running text, a
 * line-opening number that is no clock time, and a time with no colon or
 * dash after it stay numbers.
 */
TD_TEST(test_analyze__live_update_stamps_give_no_terms)
{
    static const char *const rows[][3] = {
        {"sv", "05.10: Ett nattåg har spårat ur.\n\n06.50: Region Gävleborg larmar.",
         "nattåg spår ur region gävleborg larm"},
        {"pl", "21:05 - Komisja liczy głosy\n21:40 – wyniki", "komisja liczy głosy wyniki"},
        {"en", "  9:30 | Polls open\nTurnout at 9:30 was 12%", "poll open turnout 9 30 12"},
        {"en", "At 07.30: police confirmed two dead", "7.3 polic confirm two dead"},
        {"en", "07.30 police confirmed two dead", "7.3 polic confirm two dead"},
        {"en", "31: the number of injured", "31 number injur"},
        {"en", "25.10: not a time", "25.1 time"},
    };
    struct text_analyzer *a = NULL;
    char got[512];
    size_t i;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        ASSERT_OK(collect_terms(a, rows[i][0], rows[i][1], got, sizeof(got), 0));
        ASSERT_STREQ(got, rows[i][2]);
    }
    text_analyzer_free(a);
}

TD_TEST(test_analyze__kinds)
{
    struct text_analyzer *a = NULL;
    char got[256];

    ASSERT_OK(text_analyzer_new(&a, NULL));
    ASSERT_OK(collect_terms(a, "ja", "2024年に東京で", got, sizeof(got), 1));
    ASSERT_STREQ(got, "2024:n 年:c 東京:c");
    ASSERT_OK(collect_terms(a, "en", "Storms hit 12 states", got, sizeof(got), 1));
    ASSERT_STREQ(got, "storm:w hit:w 12:n state:w");
    text_analyzer_free(a);
}

TD_TEST(test_analyze__drops_single_latin_letters_and_long_words)
{
    struct text_analyzer *a = NULL;
    char got[512], in[300];

    ASSERT_OK(text_analyzer_new(&a, NULL));
    ASSERT_OK(collect_terms(a, "", "x y é ab", got, sizeof(got), 0));
    ASSERT_STREQ(got, "ab");
    /* Single letters of other scripts are words: "и" is Russian "and". */
    ASSERT_OK(collect_terms(a, "", "и", got, sizeof(got), 0));
    ASSERT_STREQ(got, "и");
    memset(in, 'q', sizeof(in) - 1);
    in[sizeof(in) - 1] = '\0';
    in[0] = 'a';
    in[1] = ' ';
    ASSERT_OK(collect_terms(a, "", in, got, sizeof(got), 0));
    ASSERT_STREQ(got, "");
    text_analyzer_free(a);
}

TD_TEST(test_analyze__invalid_utf8)
{
    struct text_analyzer *a = NULL;
    struct td_error err;
    char got[64];

    ASSERT_OK(text_analyzer_new(&a, NULL));
    ASSERT_EQ_INT(collect_terms(a, "en", "caf\xc3 au lait", got, sizeof(got), 0), TD_ERR_INVALID);
    ASSERT_STREQ(got, "");
    ASSERT_EQ_INT(text_analyze(a, "en", "ok\xff", 3, count_terms, NULL, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(err.code, TD_ERR_INVALID);
    ASSERT_TRUE(strstr(err.msg, "byte 2") != NULL);
    ASSERT_EQ_INT(text_analyze(a, "en", NULL, 5, count_terms, NULL, NULL), TD_ERR_INVALID);
    text_analyzer_free(a);
}

TD_TEST(test_analyze__empty_text)
{
    struct text_analyzer *a = NULL;
    char got[64];

    ASSERT_OK(text_analyzer_new(&a, NULL));
    ASSERT_OK(collect_terms(a, "en", "", got, sizeof(got), 0));
    ASSERT_STREQ(got, "");
    ASSERT_OK(collect_terms(a, "en", " ,.;!? -- ", got, sizeof(got), 0));
    ASSERT_STREQ(got, "");
    text_analyzer_free(a);
}

TD_TEST(test_analyze__new_oom)
{
    long n;

    for (n = 0; n < 100; n++) {
        struct text_analyzer *a = NULL;
        struct td_error err;
        enum td_err rc;

        alloc_fail_after(n);
        rc = text_analyzer_new(&a, &err);
        alloc_fail_after(-1);
        if (rc == TD_OK) {
            ASSERT_TRUE(a != NULL);
            text_analyzer_free(a);
            break;
        }
        ASSERT_EQ_INT(rc, TD_ERR_NOMEM);
        ASSERT_EQ_INT(err.code, TD_ERR_NOMEM);
        ASSERT_TRUE(a == NULL);
    }
    ASSERT_TRUE(n > 0 && n < 100);
}

TD_TEST(test_analyze__oom)
{
    static const char text[] = "Ｂｒｅａｋｉｎｇ: 東京で地震が発生, 4.5 magnitude, café naïve";
    struct text_analyzer *a = NULL;
    size_t count = 0;
    long n;

    for (n = 0; n < 100; n++) {
        enum td_err rc;

        /* A fresh analyzer each time, so every buffer is grown again. */
        ASSERT_OK(text_analyzer_new(&a, NULL));
        alloc_fail_after(n);
        rc = text_analyze(a, "ja", text, strlen(text), count_terms, &count, NULL);
        alloc_fail_after(-1);
        text_analyzer_free(a);
        if (rc == TD_OK)
            break;
        ASSERT_EQ_INT(rc, TD_ERR_NOMEM);
    }
    ASSERT_TRUE(n > 0 && n < 100);
}

TD_TEST(test_analyze__steady_state_allocates_nothing)
{
    static const char text[] = "Rescue teams in Tokyo searched collapsed buildings on "
                               "Tuesday after the strongest earthquake in decades. "
                               "東京で地震が発生 — “We don’t know how many are trapped.”";
    struct text_analyzer *a = NULL;
    size_t first = 0, second = 0;
    enum td_err rc;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    ASSERT_OK(text_analyze(a, "en", text, strlen(text), count_terms, &first, NULL));
    /* Warm: buffers and the stemmer exist, so the next call must not allocate. */
    alloc_fail_after(0);
    rc = text_analyze(a, "en", text, strlen(text), count_terms, &second, NULL);
    ASSERT_EQ_INT(alloc_failed(), 0);
    alloc_fail_after(-1);
    text_analyzer_free(a);
    ASSERT_OK(rc);
    ASSERT_EQ_INT(second, first);
    ASSERT_TRUE(first > 10);
}

/*
 * Tokens are queued in runs of up to 64 before their memo look-ups (the
 * prefetch in analyze.c): a text of hundreds of tokens must give the terms
 * of its sentences analysed one by one, in the same order, with numbers
 * and their scale words ("6.7 billion") kept together across the runs.
 */
TD_TEST(test_analyze__long_text_equals_its_sentences)
{
    static const char *const sentences[] = {
        "Ferry crews at Quillmoor counted 6.7 billion litres of flood water on Monday.",
        "The harbour master said 1,200 boats had moved upstream since the storm began.",
        "Engineers rebuilt the tidal gate; naïve estimates gave it twelve weeks.",
        "Café owners along the quay reopened with 3 million in emergency loans.",
        "Pilots reported winds of 45 knots and waves above the old sea wall.",
    };
    const size_t n_sent = sizeof(sentences) / sizeof(sentences[0]);
    struct text_analyzer *a = NULL;
    static char text[16384], joined[32768], got[32768], one[2048];
    size_t tl = 0, jl = 0, i, rounds;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    /* 40 sentences, ~500 tokens: several queue runs, cut at varied positions. */
    for (rounds = 0; rounds < 40; rounds++) {
        const char *s = sentences[(rounds * 3) % n_sent];
        size_t sl = strlen(s), ol;
        ASSERT_TRUE(tl + sl + 2 < sizeof(text));
        memcpy(text + tl, s, sl);
        tl += sl;
        text[tl++] = ' ';
        ASSERT_OK(collect_terms(a, "en", s, one, sizeof(one), 1));
        ol = strlen(one);
        ASSERT_TRUE(jl + ol + 2 < sizeof(joined));
        if (jl > 0 && ol > 0)
            joined[jl++] = ' ';
        memcpy(joined + jl, one, ol);
        jl += ol;
    }
    text[tl] = '\0';
    joined[jl] = '\0';
    ASSERT_TRUE(strstr(joined, "6700000000:n") != NULL);
    for (i = 0; i < 2; i++) {
        /* Twice: the second time every word is a memo hit. */
        ASSERT_OK(collect_terms(a, "en", text, got, sizeof(got), 1));
        ASSERT_STREQ(got, joined);
    }
    text_analyzer_free(a);
}

/* Counts the terms analysed. */
static void count_term(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    (void)term;
    (void)len;
    (void)kind;
    ++*(size_t *)ctx;
}

static void count_keyed(void *ctx, enum text_token_kind kind, uint64_t key)
{
    (void)kind;
    (void)key;
    ++*(size_t *)ctx;
}

/*
 * The memo of word -> term is bounded: a stream that keeps coining words
 * (here 600,000 distinct made-up ones, "zq" + six letters) never holds
 * more than 2^19 of them, and a text analysed before the memo started over
 * gives the same terms after it.
 */
TD_TEST(test_analyze__memo_is_bounded_and_starting_over_changes_nothing)
{
    static const char probe[] = "Ferry crews counted 6.7 billion litres in the flooded harbours.";
    static char text[4096 * 9 + 1], before[512], after[512];
    struct text_analyzer *a = NULL;
    size_t w = 0, i, most = 0, n = 0;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    ASSERT_OK(collect_terms(a, "en", probe, before, sizeof(before), 1));
    while (w < 600000) {
        size_t tl = 0;
        for (i = 0; i < 4096; i++, w++) {
            size_t k, x = w;
            text[tl++] = 'z';
            text[tl++] = 'q';
            for (k = 0; k < 6; k++, x /= 26)
                text[tl++] = (char)('a' + x % 26);
            text[tl++] = ' ';
        }
        ASSERT_OK(text_analyze(a, "en", text, tl, count_term, &n, NULL));
        if (text_analyzer_memo_words(a) > most)
            most = text_analyzer_memo_words(a);
    }
    ASSERT_EQ_INT(n, w);
    ASSERT_TRUE(most < ((size_t)1 << 19));
    ASSERT_TRUE(most > ((size_t)1 << 18));
    ASSERT_TRUE(text_analyzer_memo_words(a) < w - ((size_t)1 << 18));
    ASSERT_OK(collect_terms(a, "en", probe, after, sizeof(after), 1));
    ASSERT_STREQ(after, before);
    text_analyzer_free(a);
}

/*
 * The memo keys words by a hash of their own for words of up to 16 bytes
 * (memo_key()): words one letter apart, at any position, or one letter
 * longer, must each keep their own term. Without a stemmer ("") a word's
 * term is the word, so the second reading (every word a memo hit) gives the
 * text back; a key that missed a byte or the length would give a word the
 * term of another.
 */
TD_TEST(test_analyze__memo_keys_tell_apart_words_one_letter_apart)
{
    static char text[40000], got[40000];
    struct text_analyzer *a = NULL;
    size_t tl = 0, len, p, c, round;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (len = 2; len <= 24; len++) {
        for (p = 0; p < len; p++) {
            for (c = 0; c < 6; c++) {
                ASSERT_TRUE(tl + len + 1 < sizeof(text));
                memset(text + tl, 'x', len);
                /* 'x' itself: the same word again, a hit in the first reading. */
                text[tl + p] = "abkqxz"[c];
                tl += len;
                text[tl++] = ' ';
            }
        }
    }
    text[--tl] = '\0';
    for (round = 0; round < 2; round++) {
        ASSERT_OK(collect_terms(a, "", text, got, sizeof(got), 0));
        ASSERT_STREQ(got, text);
    }
    text_analyzer_free(a);
}

/* Terms by key and kind, as the keyed callback gives them or as hashed from the plain one's. */
struct keyed {
    uint64_t key[64];
    int kind[64];
    size_t n;
};

static void add_keyed(void *ctx, enum text_token_kind kind, uint64_t key)
{
    struct keyed *k = ctx;

    if (k->n < 64) {
        k->key[k->n] = key;
        k->kind[k->n] = (int)kind;
    }
    k->n++;
}

static void add_plain(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    add_keyed(ctx, kind, XXH3_64bits(term, len));
}

/* Whether `a` and `b` hold the same terms in the same order. */
static bool same_keyed(const struct keyed *a, const struct keyed *b)
{
    size_t i;

    if (a->n != b->n || a->n > 64)
        return false;
    for (i = 0; i < a->n; i++)
        if (a->key[i] != b->key[i] || a->kind[i] != b->kind[i])
            return false;
    return true;
}

/*
 * The keyed analysis gives the terms of the plain one, in order, each as
 * XXH3 of its bytes, whether the word came from the memo or not, whichever
 * analysis put it there (the first round's keyed one takes every word from
 * the memo the plain one filled; the second round's plain one reads the
 * terms of the memo's slots), and for numbers and scaled numbers too.
 */
TD_TEST(test_analyze__keyed_terms)
{
    static const char *const texts[][2] = {
        {"en", "Officials said 6.7 billion dollars of flooding damage hit 3,700 homes in Tokyo"},
        {"de", "Die Bundesregierung hat am Mittwoch neue Maßnahmen beschlossen"},
        {"ja", "東京で地震が発生しました"},
        {"en", "Officials of the flooded homes said the damage was 6.7 billion dollars"},
    };
    struct text_analyzer *a = NULL;
    size_t round, i;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    for (round = 0; round < 2; round++) {
        for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
            struct keyed k, plain;
            const char *s = texts[i][1];
            memset(&k, 0, sizeof(k));
            memset(&plain, 0, sizeof(plain));
            ASSERT_OK(text_analyze(a, texts[i][0], s, strlen(s), add_plain, &plain, NULL));
            ASSERT_OK(text_analyze_keyed(a, texts[i][0], s, strlen(s), add_keyed, &k, NULL));
            ASSERT_TRUE(k.n >= 3);
            ASSERT_TRUE(same_keyed(&k, &plain));
        }
    }
    text_analyzer_free(a);
}

/*
 * A word memoised by a keyed analysis gives the plain one its term (the
 * term's bytes, which the keyed one never reads back, are kept for it);
 * and after the memo starts over, both give what they gave before.
 */
TD_TEST(test_analyze__memo_filled_by_keyed_analysis_serves_plain_one)
{
    static const char probe[] = "Ferry crews counted 6.7 billion litres in the flooded harbours.";
    static char text[8 * 4096 + 1];
    struct text_analyzer *a = NULL, *fresh = NULL;
    struct keyed k, plain, want, k_after, plain_after;
    size_t w = 0, i, tl, n = 0;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    ASSERT_OK(text_analyzer_new(&fresh, NULL));
    memset(&k, 0, sizeof(k));
    memset(&plain, 0, sizeof(plain));
    memset(&want, 0, sizeof(want));
    ASSERT_OK(text_analyze(fresh, "en", probe, strlen(probe), add_plain, &want, NULL));
    ASSERT_OK(text_analyze_keyed(a, "en", probe, strlen(probe), add_keyed, &k, NULL));
    ASSERT_OK(text_analyze(a, "en", probe, strlen(probe), add_plain, &plain, NULL));
    ASSERT_TRUE(want.n >= 5);
    ASSERT_TRUE(same_keyed(&k, &want));
    ASSERT_TRUE(same_keyed(&plain, &want));
    /* Words enough for the memo to start over (2^19), analysed keyed. */
    while (w < 600000) {
        for (tl = 0, i = 0; i < 4096; i++, w++) {
            size_t j, x = w;
            text[tl++] = 'z';
            text[tl++] = 'q';
            for (j = 0; j < 5; j++, x /= 26)
                text[tl++] = (char)('a' + x % 26);
            text[tl++] = ' ';
        }
        ASSERT_OK(text_analyze_keyed(a, "en", text, tl, count_keyed, &n, NULL));
    }
    ASSERT_EQ_INT(n, w);
    ASSERT_TRUE(text_analyzer_memo_words(a) < w - ((size_t)1 << 18));
    memset(&k_after, 0, sizeof(k_after));
    memset(&plain_after, 0, sizeof(plain_after));
    ASSERT_OK(text_analyze(a, "en", probe, strlen(probe), add_plain, &plain_after, NULL));
    ASSERT_OK(text_analyze_keyed(a, "en", probe, strlen(probe), add_keyed, &k_after, NULL));
    ASSERT_TRUE(same_keyed(&plain_after, &want));
    ASSERT_TRUE(same_keyed(&k_after, &want));
    text_analyzer_free(a);
    text_analyzer_free(fresh);
}

/*
 * The analyzer keeps what each language tag comes to (analyzer_lang): many
 * tags, some sharing a cache slot, one too long to keep, in changing order,
 * must give what a fresh analyzer gives for each.
 */
TD_TEST(test_analyze__language_tags_kept_per_analyzer)
{
    static const char *const tags[] = {"en",  "EN-us", "en-GB", "English", "de", "deu", "German",
                                       "es",  "fr",    "ru",    "xx",      "",   NULL,  "ja",
                                       "pt",  "it",    "nl",    "sv",      "tr", "fi",  "da",
                                       "a-language-tag-too-long-to-keep"};
    static const char *const texts[] = {
        "The earthquakes were shaking Tokyo; 9,66 million homes were damaged.",
        "Die Bundesregierung hat 2,5 Millionen neue Maßnahmen beschlossen",
        "Президент заявил о новых переговорах в 3,5 раза"};
    const size_t nt = sizeof(tags) / sizeof(tags[0]);
    struct text_analyzer *kept = NULL, *fresh = NULL;
    char want[512], got[512];
    size_t round, i, k;

    ASSERT_OK(text_analyzer_new(&kept, NULL));
    for (round = 0; round < 4; round++) {
        for (i = 0; i < nt; i++) {
            const char *tag = tags[(i * (2 * round + 1) + round) % nt];
            for (k = 0; k < sizeof(texts) / sizeof(texts[0]); k++) {
                ASSERT_OK(text_analyzer_new(&fresh, NULL));
                ASSERT_OK(collect_terms(fresh, tag, texts[k], want, sizeof(want), 1));
                text_analyzer_free(fresh);
                ASSERT_OK(collect_terms(kept, tag, texts[k], got, sizeof(got), 1));
                ASSERT_STREQ(got, want);
            }
        }
    }
    text_analyzer_free(kept);
}

/* Names take the language's stop words and Russian surnames from the same kept facts. */
TD_TEST(test_analyze__names_follow_the_language_tag)
{
    static const char text[] = "Встреча с Путиным прошла. Но Лавров и Der Minister sagten nichts";
    static const char *const tags[] = {"en", "ru", "de", "ru-RU", "uk", "en", "ru"};
    struct text_analyzer *kept = NULL, *fresh = NULL;
    struct joined want, got;
    size_t i;

    ASSERT_OK(text_analyzer_new(&kept, NULL));
    for (i = 0; i < sizeof(tags) / sizeof(tags[0]); i++) {
        memset(&want, 0, sizeof(want));
        memset(&got, 0, sizeof(got));
        ASSERT_OK(text_analyzer_new(&fresh, NULL));
        ASSERT_OK(text_names(fresh, tags[i], text, strlen(text), join_name, &want, NULL));
        text_analyzer_free(fresh);
        ASSERT_OK(text_names(kept, tags[i], text, strlen(text), join_name, &got, NULL));
        ASSERT_STREQ(got.s, want.s);
    }
    /* The Russian tag puts the declined surname back in the nominative. */
    memset(&got, 0, sizeof(got));
    ASSERT_OK(text_names(kept, "ru", text, strlen(text), join_name, &got, NULL));
    ASSERT_TRUE(strstr(got.s, "putin") != NULL);
    ASSERT_TRUE(strstr(got.s, "putinym") == NULL);
    text_analyzer_free(kept);
}
