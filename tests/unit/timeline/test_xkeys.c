/*
 * test_xkeys.c - tests of src/timeline/xkeys.c: the keys of a dated
 * sentence that hold across languages (name sound keys, numbers as
 * values), and what is left out (the date expression, years, one digit).
 */
#include <string.h>

#include "core/alloc.h"
#include "test.h"
#include "text/text.h"
#include "timeline/timeline_int.h"

/* Fills `m` with the keys of the whole of `text`, its date expression `expr` left out. */
static void keys(struct text_analyzer *a, const char *text, const char *expr, const char *lang,
                 struct tl_mention *m)
{
    const char *p = expr != NULL ? strstr(text, expr) : NULL;

    memset(m, 0, sizeof(*m));
    m->end = strlen(text);
    if (p != NULL) {
        m->tx_start = (size_t)(p - text);
        m->tx_end = m->tx_start + strlen(expr);
    }
    ASSERT_OK(mention_xkeys(m, a, text, lang));
}

/* Whether the keys of `x` and `y` are the same set. */
static bool same_keys(const struct tl_mention *x, const struct tl_mention *y)
{
    return x->nxkeys == y->nxkeys &&
           (x->nxkeys == 0 || memcmp(x->xkeys, y->xkeys, x->nxkeys * sizeof(*x->xkeys)) == 0);
}

TD_TEST(test_xkeys__names_across_scripts_and_numbers_as_values)
{
    struct text_analyzer *a;
    struct tl_mention en, ru, it, en2;
    size_t i, names = 0;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    /* "Altyn" (ICU: Алтын -> altyn), 17 and 430; "Dala" has too few sounds for a key. */
    keys(a,
         "Rescuers reached the 17 miners of the Altyn Dala mine 430 metres down on April 17, 2024.",
         "April 17, 2024", "en", &en);
    keys(a,
         "Спасатели добрались до 17 горняков рудника «Алтын Дала» на глубине 430 метров "
         "17 апреля 2024 года.",
         "17 апреля 2024 года", "ru", &ru);
    ASSERT_EQ_INT(en.nxkeys, 3);
    ASSERT_TRUE(same_keys(&en, &ru));
    for (i = 0; i < en.nxkeys; i++)
        names += (en.xkeys[i] & TL_NAME_BIT) != 0;
    ASSERT_EQ_INT(names, 1);
    for (i = 1; i < en.nxkeys; i++) /* sorted, no duplicates */
        ASSERT_TRUE((en.xkeys[i - 1] & ~TL_NAME_BIT) < (en.xkeys[i] & ~TL_NAME_BIT));
    /* A decimal comma and a decimal point, thousands either way: the same values. */
    keys(a, "La sonda è passata a 14,2 chilometri al secondo con 12.000 immagini venerdì.",
         "venerdì", "it", &it);
    keys(a, "The probe flew past at 14.2 kilometres a second with 12,000 images on Friday.",
         "Friday", "en", &en2);
    ASSERT_EQ_INT(it.nxkeys, 2);
    ASSERT_TRUE(same_keys(&it, &en2));
    td_free(en.xkeys);
    td_free(ru.xkeys);
    td_free(it.xkeys);
    td_free(en2.xkeys);
    text_analyzer_free(a);
}

TD_TEST(test_xkeys__left_out)
{
    struct text_analyzer *a;
    struct tl_mention m;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    /* Years, one digit, the numbers of the date expression, sentence-initial words. */
    keys(a, "Built in 2019 with 7 floors, it opened on May 23, 2021.", "May 23, 2021", "en", &m);
    ASSERT_EQ_INT(m.nxkeys, 0);
    td_free(m.xkeys);
    /* Without the date left out, its day counts. */
    keys(a, "Built in 2019 with 7 floors, it opened on May 23, 2021.", NULL, "en", &m);
    ASSERT_EQ_INT(m.nxkeys, 1);
    td_free(m.xkeys);
    /* No analyzer: no keys. */
    memset(&m, 0, sizeof(m));
    m.end = 5;
    ASSERT_OK(mention_xkeys(&m, NULL, "Hello", "en"));
    ASSERT_EQ_INT(m.nxkeys, 0);
    text_analyzer_free(a);
}

/*
 * Arabic has no capitals: each of its words is keyed (marked uncased), and
 * only the keys a capitalised name of the story shares stay, as name keys
 * ("مادبا" and "Madaba"); "المتحف" (the museum) and the rest go.
 */
TD_TEST(test_xkeys__uncased_words_kept_when_a_name_has_their_key)
{
    struct text_analyzer *a;
    struct tl_mention m[2];
    struct tl_mention_list l = {m, 2, 2};
    size_t i, uncased = 0;

    ASSERT_OK(text_analyzer_new(&a, NULL));
    keys(a, "The burner was stolen from the regional museum in Madaba on Monday.", "Monday", "en",
         &m[0]);
    keys(a, "أعلنت الشرطة يوم الاثنين سرقة المبخرة من مستودع متحف مادبا الإقليمي.", "يوم الاثنين",
         "ar", &m[1]);
    ASSERT_EQ_INT(m[0].nxkeys, 1);
    ASSERT_TRUE(m[1].nxkeys > 2);
    for (i = 0; i < m[1].nxkeys; i++)
        uncased += (m[1].xkeys[i] & TL_UNCASED_BIT) != 0;
    ASSERT_EQ_INT(uncased, m[1].nxkeys);
    xkeys_keep_named(&l);
    ASSERT_EQ_INT(m[0].nxkeys, 1);
    ASSERT_EQ_INT(m[1].nxkeys, 1);
    ASSERT_TRUE(m[1].xkeys[0] == m[0].xkeys[0] && (m[1].xkeys[0] & TL_NAME_BIT) != 0);
    /* Chinese is left without them (Han-Latin is slow to open). */
    td_free(m[1].xkeys);
    keys(a, "警方周一宣布，马达巴博物馆的香炉被盗。", "周一", "zh", &m[1]);
    ASSERT_EQ_INT(m[1].nxkeys, 0);
    td_free(m[0].xkeys);
    td_free(m[1].xkeys);
    text_analyzer_free(a);
}
