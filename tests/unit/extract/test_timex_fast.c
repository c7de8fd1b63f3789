/*
 * test_timex_fast.c - tests of the tagger's speed-ups: the compiled rule
 * table cached per language, the lexicon index, the rule start index
 * (timex_match.c) and the tokenize-once text (timex_text in timex.c) that
 * must tag exactly as td_timex_find() does.
 */
#include <pthread.h>
#include <string.h>

#include "core/alloc.h"
#include "extract/timex.h"
#include "extract/timex_int.h"
#include "test.h"
#include "tidings/extract.h"

/* Texts of our own with relative days, weekdays, years and context rules. */
static const struct {
    const char *lang, *text;
} texts[] = {
    {"en", "The mayor said on Tuesday that the bridge, shut since March 3, 2021, would reopen "
           "next week. Yesterday two lanes opened; last year the work stopped for a month.\n"
           "By the third quarter of 2022 the cost had doubled, he said two days ago."},
    {"en", "On Monday morning, the council met. The vote is set for Friday, and the new "
           "budget runs through the end of the year. In 1998 prices fell; that year ended badly."},
    {"es", "El ministro anunció ayer que el puente, cerrado desde el 3 de marzo de 2021, abrirá "
           "la semana que viene. El lunes pasado se abrieron dos carriles; hace dos años se paró."},
    {"de", "Am Dienstag sagte der Bürgermeister, die Brücke werde nächste Woche geöffnet. "
           "Gestern wurde eine Spur freigegeben; seit dem 3. März 2021 ist sie gesperrt."},
    {"pt", "Na segunda-feira o ministro disse que a ponte abre na sexta. A segunda fase "
           "começou em março de 2021."},
};

static const char *const dcts[] = {NULL, "", "2021-03-01", "2022-07-14", "2023-12-31",
                                   "1999-01-04"};

static void check_same(const struct td_timex_list *a, const struct td_timex_list *b)
{
    size_t i;

    ASSERT_EQ_INT(a->n, b->n);
    for (i = 0; i < a->n && i < b->n; i++) {
        ASSERT_EQ_INT(a->items[i].start, b->items[i].start);
        ASSERT_EQ_INT(a->items[i].end, b->items[i].end);
        ASSERT_EQ_INT(a->items[i].start_cp, b->items[i].start_cp);
        ASSERT_EQ_INT(a->items[i].end_cp, b->items[i].end_cp);
        ASSERT_EQ_INT(a->items[i].type, b->items[i].type);
        ASSERT_STREQ(a->items[i].value, b->items[i].value);
    }
}

/* Each reference, twice (the second scan reuses the kept matches), as td_timex_find. */
TD_TEST(test_timex_fast__text_matches_find)
{
    size_t t, d, round;

    for (t = 0; t < sizeof(texts) / sizeof(texts[0]); t++) {
        struct timex_text *tt = NULL;
        size_t len = strlen(texts[t].text);

        ASSERT_OK(timex_text_new(texts[t].text, len, texts[t].lang, &tt));
        for (round = 0; round < 2; round++) {
            for (d = 0; d < sizeof(dcts) / sizeof(dcts[0]); d++) {
                struct td_timex_list want, got;

                td_timex_list_init(&want);
                td_timex_list_init(&got);
                ASSERT_OK(td_timex_find(texts[t].text, len, dcts[d], texts[t].lang, &want,
                                        NULL));
                ASSERT_OK(timex_text_find(tt, dcts[d], &got));
                ASSERT_TRUE(want.n > 0);
                check_same(&want, &got);
                td_timex_list_release(&want);
                td_timex_list_release(&got);
            }
        }
        timex_text_free(tt);
    }
}

TD_TEST(test_timex_fast__text_errors)
{
    struct timex_text *tt = NULL;
    struct td_timex_list l;

    td_timex_list_init(&l);
    ASSERT_OK(timex_text_new("", 0, "en", &tt));
    ASSERT_OK(timex_text_find(tt, "2022-01-01", &l));
    ASSERT_EQ_INT(l.n, 0);
    ASSERT_EQ_INT(timex_text_find(tt, "not a date", &l), TD_ERR_PARSE);
    timex_text_free(tt);
    timex_text_free(NULL);
    td_timex_list_release(&l);
}

TD_TEST(test_timex_fast__compiled_cached)
{
    const struct tx_compiled *a = NULL, *b = NULL, *c = NULL;

    ASSERT_OK(timex_compiled_get(&timex_lang_en, &a));
    ASSERT_OK(timex_compiled_get(&timex_lang_en, &b));
    ASSERT_OK(timex_compiled_get(&timex_lang_es, &c));
    ASSERT_TRUE(a == b);
    ASSERT_TRUE(a != c);
    ASSERT_TRUE(timex_compiled_lang(a) == &timex_lang_en);
    ASSERT_TRUE(timex_compiled_lang(c) == &timex_lang_es);
}

/* Finds the token whose text is `word`; NULL when none. */
static const struct tx_tok *tok_of(const struct tx_tok *toks, size_t n, const char *word)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (strcmp(toks[i].low, word) == 0)
            return &toks[i];
    return NULL;
}

/* A word with two lexicon entries gets both classes; lengths and literal ids are set. */
TD_TEST(test_timex_fast__lexicon_and_tokens)
{
    static const char text[] = "Segunda quinta abcdefghijklmnopqrstuvwxyz last 2021";
    const struct tx_compiled *c = NULL;
    const struct tx_tok *t;
    struct tx_tok *toks = NULL;
    size_t n = 0;

    ASSERT_OK(timex_compiled_get(&timex_lang_pt, &c));
    ASSERT_OK(timex_tokenize(text, strlen(text), c, &toks, &n));
    ASSERT_EQ_INT(n, 5);
    t = tok_of(toks, n, "quinta");
    ASSERT_TRUE(t != NULL);
    ASSERT_TRUE((t->cls & (1u << TX_WDAY)) && (t->cls & (1u << TX_ORD)));
    ASSERT_EQ_INT(t->val[TX_WDAY], 4);
    ASSERT_EQ_INT(t->val[TX_ORD], 5);
    ASSERT_EQ_INT(t->len, 6);
    /* too long for a word: no text, no literal, no lexicon class */
    ASSERT_EQ_INT(toks[2].len, 0);
    ASSERT_EQ_INT(toks[2].lit, -1);
    ASSERT_EQ_INT(toks[2].cls, 0);
    /* a four-digit year fits the YEAR and NUM kinds */
    ASSERT_TRUE(toks[4].kinds != 0);
    ASSERT_EQ_INT(toks[4].num, 2021);
    td_free(toks);
}

/* The start index keeps rules whose first element is optional or a `<` context. */
TD_TEST(test_timex_fast__optional_and_context_starts)
{
    static const struct {
        const char *text, *dct, *lang, *value;
    } cases[] = {
        {"It happened the day before yesterday.", "2022-01-07", "en", "2022-01-05"},
        {"Se firmó el pasado día 14.", "2022-01-20", "es", "2022-01-14"},
        {"We met on Tuesday.", "2022-01-07", "en", "2022-01-04"},
    };
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct td_timex_list l;

        td_timex_list_init(&l);
        ASSERT_OK(td_timex_find(cases[i].text, strlen(cases[i].text), cases[i].dct,
                                cases[i].lang, &l, NULL));
        ASSERT_TRUE(l.n >= 1);
        if (l.n >= 1)
            ASSERT_STREQ(l.items[0].value, cases[i].value);
        td_timex_list_release(&l);
    }
}

static void *tag_many(void *arg)
{
    size_t *bad = arg, k;

    for (k = 0; k < 20; k++) {
        struct td_timex_list l;
        const char *lang = k % 2 ? "fr" : "it";

        td_timex_list_init(&l);
        if (td_timex_find("Le 3 mars 2021 il 3 marzo 2021", 30, "2022-01-01", lang, &l,
                          NULL) != TD_OK ||
            l.n == 0)
            (*bad)++;
        td_timex_list_release(&l);
    }
    return NULL;
}

/* Threads that compile the same languages at once all get a working table. */
TD_TEST(test_timex_fast__threads)
{
    pthread_t th[4];
    size_t bad[4] = {0, 0, 0, 0}, i;

    for (i = 0; i < 4; i++)
        ASSERT_TRUE(pthread_create(&th[i], NULL, tag_many, &bad[i]) == 0);
    for (i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        ASSERT_EQ_INT(bad[i], 0);
    }
}

/* The kinds prepared for each token (with the `need` filter) are all that fit it. */
TD_TEST(test_timex_fast__token_kinds)
{
    static const char extra[] = "XXI XIXe MMX 1800 0400 07 4 31 2021 Q3 twenty-first nineteen "
                                "ninety-six weeks Tagen May may III Tuesday tonight";
    const struct tx_lang *langs[] = {&timex_lang_en, &timex_lang_es, &timex_lang_de,
                                     &timex_lang_fr, &timex_lang_it, &timex_lang_pt};
    size_t l, t, i, checked = 0;

    for (l = 0; l < sizeof(langs) / sizeof(langs[0]); l++) {
        for (t = 0; t <= sizeof(texts) / sizeof(texts[0]); t++) {
            const char *text = t < sizeof(texts) / sizeof(texts[0]) ? texts[t].text : extra;
            const struct tx_compiled *c = NULL;
            struct tx_tok *toks = NULL;
            size_t n = 0;

            ASSERT_OK(timex_compiled_get(langs[l], &c));
            ASSERT_OK(timex_tokenize(text, strlen(text), c, &toks, &n));
            for (i = 0; i < n; i++, checked++)
                ASSERT_EQ_INT(toks[i].kinds, timex_token_kinds_all(&toks[i]));
            td_free(toks);
        }
    }
    ASSERT_TRUE(checked > 500);
}
