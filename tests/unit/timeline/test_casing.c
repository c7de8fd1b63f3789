/*
 * test_casing.c - tests of src/timeline/casing.c: a capitalised word that
 * only opens sentences and that the story mostly writes in lower case is
 * trimmed from the names it starts.
 */
#include <string.h>

#include "test.h"
#include "timeline/timeline_int.h"

/* A mention of `text` from the first occurrence of `name`, code points as bytes (ASCII). */
static struct td_mention mention(const char *text, const char *name)
{
    struct td_mention m;
    const char *at = strstr(text, name);

    memset(&m, 0, sizeof(m));
    m.start = m.start_cp = at != NULL ? (size_t)(at - text) : 0;
    m.end = m.end_cp = m.start + strlen(name);
    m.type = TD_ENT_ORG;
    return m;
}

/*
 * Trims `l` in a story of the one text `t` (language `lang`, NULL for
 * unknown): the casing table sees `t` alone.
 */
static void trim_alone(const char *t, const char *lang, struct td_mention_list *l)
{
    struct tl_casing c;
    int rc;

    casing_init(&c);
    rc = (int)casing_add(&c, t, strlen(t));
    if (rc == 0)
        casing_trim(&c, t, strlen(t), lang, l);
    casing_release(&c);
    ASSERT_OK(rc);
}

TD_TEST(test_casing__sentence_openers_written_lower_case_go)
{
    static const char a[] = "Volgens Rijnhaven is de schade groot. Door de storing lag alles stil.";
    static const char b[] = "De terminal werkt volgens plan, door de nacht. Mark Rutte sprak. "
                            "Daarna zei Mark Rutte nee, en Mark lachte. Prijzen mark het.";
    struct td_mention items[4];
    struct td_mention_list l = {items, 0, 4};
    struct tl_casing c;

    casing_init(&c);
    ASSERT_OK(casing_add(&c, a, strlen(a)));
    ASSERT_OK(casing_add(&c, b, strlen(b)));
    items[0] = mention(a, "Volgens Rijnhaven");
    items[1] = mention(a, "Door");
    l.n = 2;
    casing_trim(&c, a, strlen(a), NULL, &l);
    ASSERT_EQ_INT(l.n, 1); /* "Door" alone was no name */
    ASSERT_EQ_INT(l.items[0].start, 8);
    ASSERT_EQ_INT(l.items[0].start_cp, 8);
    ASSERT_EQ_INT(l.items[0].end, 17);
    /* "Mark" is written capitalised inside sentences more often than in lower case. */
    items[0] = mention(b, "Mark Rutte");
    l.n = 1;
    casing_trim(&c, b, strlen(b), NULL, &l);
    ASSERT_EQ_INT(l.n, 1);
    ASSERT_EQ_INT(l.items[0].start, (size_t)(strstr(b, "Mark Rutte") - b));
    casing_release(&c);
}

/* A dateline's dash and a clock time's colon open a sentence too; a name inside one does not. */
TD_TEST(test_casing__datelines_and_inside_sentences)
{
    static const char t[] = "VRETABY - Dagen efter. 11.45: Dagen gick. Hon sa att dagen var lång "
                            "och att Dagen Nyheter skrev.";
    struct td_mention items[3];
    struct td_mention_list l = {items, 0, 3};
    struct tl_casing c;

    casing_init(&c);
    ASSERT_OK(casing_add(&c, t, strlen(t)));
    items[0] = mention(t, "Dagen efter");
    items[1] = mention(t, "Dagen gick");
    items[2] = mention(t, "Dagen Nyheter");
    l.n = 3;
    items[0].end = items[0].start + 5;
    items[1].end = items[1].start + 5;
    casing_trim(&c, t, strlen(t), NULL, &l);
    /* "dagen" once in lower case, "Dagen" once inside a sentence: not mostly lower. */
    ASSERT_EQ_INT(l.n, 3);
    casing_release(&c);
    casing_init(&c);
    ASSERT_OK(casing_add(&c, t, strlen(t)));
    ASSERT_OK(casing_add(&c, "dagen och dagen", 15));
    l.n = 3;
    casing_trim(&c, t, strlen(t), NULL, &l);
    ASSERT_EQ_INT(l.n, 1);
    ASSERT_EQ_INT(l.items[0].start, (size_t)(strstr(t, "Dagen Nyheter") - t));
    casing_release(&c);
}

/*
 * Cyrillic capitals count as capitals: a sentence-opening preposition or
 * word the story writes in lower case goes ("В Бишкеке" -> "Бишкеке",
 * "Главы", "По"); a name that opens a sentence stays ("Бишкек").
 */
TD_TEST(test_casing__cyrillic_sentence_openers)
{
    static const char t[] = "В Бишкеке прошёл саммит. Главы государств приехали в город. По его "
                            "словам, заместитель главы банка приехал по делу. Бишкек ждал.";
    struct td_mention items[4];
    struct td_mention_list l = {items, 0, 4};

    items[0] = mention(t, "В Бишкеке");
    items[1] = mention(t, "Главы");
    items[2] = mention(t, "По");
    items[3] = mention(t, "Бишкек ждал");
    items[3].end = items[3].start + strlen("Бишкек");
    items[3].type = TD_ENT_LOC; /* a place may open every sentence that names it */
    l.n = 4;
    trim_alone(t, NULL, &l);
    ASSERT_EQ_INT(l.n, 2);
    ASSERT_EQ_INT(l.items[0].start, (size_t)(strstr(t, "Бишкеке") - t));
    ASSERT_EQ_INT(l.items[0].start_cp, 2);
    ASSERT_EQ_INT(l.items[1].start, (size_t)(strstr(t, "Бишкек ждал") - t));
}

/*
 * The names of a dateline (its place and outlet) are no names of the
 * story, and a sentence's first word joined by a hyphen to a lower-case one
 * ("Ninety-four") is no name; the same place in the body stays.
 */
TD_TEST(test_casing__dateline_names_and_compounds_go)
{
    static const char t[] = "PANAMA CITY, May 12 (Atlas Wire Service) - Ninety-four countries "
                            "signed the treaty in Panama City on Tuesday.";
    static const char u[] = "Rome - the mayor said it. Panama City signed.";
    struct td_mention items[4];
    struct td_mention_list l = {items, 0, 4};
    struct tl_casing c;

    casing_init(&c);
    ASSERT_OK(casing_add(&c, t, strlen(t)));
    items[0] = mention(t, "PANAMA CITY");
    items[1] = mention(t, "Atlas Wire Service");
    items[2] = mention(t, "Ninety");
    items[3] = mention(t, "Panama City");
    l.n = 4;
    casing_trim(&c, t, strlen(t), NULL, &l);
    ASSERT_EQ_INT(l.n, 1);
    ASSERT_EQ_INT(l.items[0].start, (size_t)(strstr(t, "Panama City") - t));
    /* A body that opens with a name in small letters has no dateline. */
    items[0] = mention(u, "Rome");
    items[0].type = TD_ENT_LOC;
    l.n = 1;
    casing_trim(&c, u, strlen(u), NULL, &l);
    ASSERT_EQ_INT(l.n, 1);
    casing_release(&c);
}

/*
 * A sentence-opening stop word of the article's language is no name, even
 * when the story never writes it in lower case ("На", after a dateline's en
 * dash); a one-word opener the story never writes capitalised inside a
 * sentence is no name ("Sale el minero", "Shift boss"), unless a place.
 */
TD_TEST(test_casing__stop_words_and_lone_openers_go)
{
    static const char t[] = "БАТКЕН – На участке границы идут бои.";
    static const char u[] = "22:05 - Sale el minero Jonathan Pizarro. Shift boss Hector Olivares "
                            "was first out. Chile waited. Pizarro smiled.";
    struct td_mention items[5];
    struct td_mention_list l = {items, 0, 5};

    items[0] = mention(t, "На");
    l.n = 1;
    trim_alone(t, "ru", &l);
    ASSERT_EQ_INT(l.n, 0);
    items[0] = mention(u, "Sale");
    items[1] = mention(u, "Shift");
    items[2] = mention(u, "Hector Olivares");
    items[3] = mention(u, "Chile");
    items[3].type = TD_ENT_LOC;
    items[4] = mention(u, "Pizarro smiled");
    items[4].end = items[4].start + strlen("Pizarro");
    l.n = 5;
    trim_alone(u, "es", &l);
    /* "Pizarro" is written inside a sentence ("minero Jonathan Pizarro"): a name. */
    ASSERT_EQ_INT(l.n, 3);
    ASSERT_EQ_INT(l.items[0].start, (size_t)(strstr(u, "Hector") - u));
    ASSERT_EQ_INT(l.items[1].start, (size_t)(strstr(u, "Chile") - u));
    ASSERT_EQ_INT(l.items[2].start, (size_t)(strstr(u, "Pizarro smiled") - u));
}

/*
 * A trailing adjective in an oblique case before the noun it agrees with
 * qualifies a name and is no part of it ("села Ак-Булак Баткенской
 * области": Ak-Bulak of Batken region); a surname that declines alike stays
 * ("с Аркадием Лебединским, скончавшимся ...").
 */
TD_TEST(test_casing__case_adjective_cut_off_a_name)
{
    static const char t[] = "Бои идут в районе села Ак-Булак Баткенской области. Прощание с "
                            "дирижёром Аркадием Лебединским, скончавшимся в марте, прошло.";
    struct td_mention items[2];
    struct td_mention_list l = {items, 0, 2};
    size_t end_cp;

    items[0] = mention(t, "Ак-Булак Баткенской");
    items[1] = mention(t, "Аркадием Лебединским");
    end_cp = items[0].end_cp;
    l.n = 2;
    trim_alone(t, "ru", &l);
    ASSERT_EQ_INT(l.n, 2);
    ASSERT_EQ_INT(l.items[0].end, (size_t)(strstr(t, " Баткенской") - t));
    ASSERT_EQ_INT(l.items[0].end_cp, end_cp - 11); /* " Баткенской" */
    ASSERT_EQ_INT(l.items[1].end, (size_t)(strstr(t, ", скончавшимся") - t));
}

/* A dateline alone on its line ("ÖSTERSUND -") is the report's, not a name of the story. */
TD_TEST(test_casing__dateline_on_its_own_line)
{
    static const char t[] = "ÖSTERSUND -\n\nKöerna ringlade sig i Östersund.";
    struct td_mention items[2];
    struct td_mention_list l = {items, 0, 2};

    items[0] = mention(t, "ÖSTERSUND");
    items[0].type = TD_ENT_LOC;
    items[1] = mention(t, "Östersund");
    items[1].type = TD_ENT_LOC;
    l.n = 2;
    trim_alone(t, "sv", &l);
    ASSERT_EQ_INT(l.n, 1);
    ASSERT_EQ_INT(l.items[0].start, (size_t)(strstr(t, "Östersund") - t));
}
