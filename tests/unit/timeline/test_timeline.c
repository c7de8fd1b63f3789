/*
 * test_timeline.c - tests of src/timeline/timeline.c, group.c, mention.c,
 * entities.c and render.c on a made-up storyline (the Greyholm lighthouse
 * of Marrowby): grouping of one happening told by several articles,
 * separate happenings on one date, date order, first reporters, precision,
 * the publication of a retrospective as an event, undated articles.
 */
#include <string.h>

#include "core/alloc.h"
#include "test.h"
#include "timeline/timeline.h"
#include "timeline/timeline_int.h"

/* Arrival order: the later re-telling (b) arrives before the first report (a). */
static const struct td_timeline_input story[] = {
    {"b", NULL,
     "Councillors in Marrowby backed the restoration of the Greyholm lighthouse on March 10, "
     "2023 by seven votes to two. A storm on March 10, 2023 also tore the roof off the ferry "
     "ticket office at the harbour. The harbour wall is the work of Holloway, who drew it in 1891.",
     0, "2023-03-15", "en", 0},
    {"a", "Marrowby votes to save its lighthouse",
     "The town council of Marrowby voted on March 10, 2023 to restore the Greyholm lighthouse. "
     "The tower is the work of the engineer Agnes Holloway, who built it in 1887.",
     0, "2023-03-11", "en", 0},
    {"c", NULL,
     "Still in April 2023, keeper Tomas Brell lit the Greyholm lamp for the last time before "
     "the scaffolding went up. The lamp had last failed on New Year's Eve, when a fuse blew in "
     "the Greyholm lantern room.",
     0, NULL, "en", 0},
    {"d", NULL,
     "Visitors climb the Greyholm lighthouse of Marrowby again, a year after the scaffolding "
     "came down. The restoration voted by the council in March 2023 cost less than planned.",
     0, "2024-06-02", "en", 0},
    {"e", NULL,
     "A fuse blew in the Greyholm lantern room on December 31, 2022, keeper Tomas Brell "
     "recalled.",
     0, "2023-05-20", "en", 0},
};
#define NSTORY (sizeof(story) / sizeof(story[0]))

/* Sets the text lengths of `in[0..n)`. */
static void measure(struct td_timeline_input *in, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        in[i].text_len = strlen(in[i].text);
}

static void fill(struct td_timeline_input *in)
{
    memcpy(in, story, sizeof(story));
    measure(in, NSTORY);
}

/* The index of the event with `date` whose text contains `word`, or -1. */
static long find_event(const struct td_timeline *tl, const char *date, const char *word)
{
    size_t e;

    for (e = 0; e < tl->n; e++)
        if (strcmp(tl->events[e].date, date) == 0 && strstr(tl->events[e].text, word) != NULL)
            return (long)e;
    return -1;
}

static bool has_article(const struct td_timeline_event *ev, size_t art)
{
    size_t i;

    for (i = 0; i < ev->narticles; i++)
        if (ev->articles[i] == art)
            return true;
    return false;
}

TD_TEST(test_timeline__groups_one_happening_keeps_others_apart)
{
    struct td_timeline_input in[NSTORY];
    struct td_timeline tl;
    long vote, storm;

    fill(in);
    ASSERT_OK(td_timeline_build(in, NSTORY, &tl, NULL));
    /*
     * The vote, told by a and b, is one event; d's "voted by the council in
     * March 2023" is the same happening at month precision and folds into
     * it. The storm the same day is another event.
     */
    vote = find_event(&tl, "2023-03-10", "voted");
    storm = find_event(&tl, "2023-03-10", "storm");
    ASSERT_TRUE(vote >= 0 && storm >= 0 && vote != storm);
    ASSERT_EQ_INT(tl.events[vote].narticles, 3);
    ASSERT_TRUE(has_article(&tl.events[vote], 0) && has_article(&tl.events[vote], 1));
    ASSERT_TRUE(has_article(&tl.events[vote], 3));
    ASSERT_EQ_INT(tl.events[storm].narticles, 1);
    /* a (2023-03-11) reported the vote before b (2023-03-15), though b arrived first. */
    ASSERT_EQ_INT(tl.events[vote].first, 1);
    ASSERT_EQ_INT(tl.events[storm].first, 0);
    td_timeline_release(&tl);
}

/*
 * A month or year mention folds into the finer event of its happening inside
 * its span: the finer date stays, the earlier reporter becomes the first
 * unless it wrote before the day, and a month mention of another happening
 * stays apart.
 */
TD_TEST(test_timeline__coarse_folds_into_finer)
{
    struct td_timeline_input in[] = {
        {"z", NULL,
         "Water from the Harwick dam, which burst in May 2023, still covers the Ostrel valley. "
         "Farmers in Ostrel protested in May 2023 against the new water tax.",
         0, "2023-05-10", "en", 0},
        {"x", NULL,
         "An inquiry found that the Harwick dam burst on May 2, 2023 because of a blocked "
         "spillway, flooding the Ostrel valley.",
         0, "2023-05-25", "en", 0},
        {"y", NULL,
         "The Harwick dam, which burst in 2023 and flooded the Ostrel valley, has been rebuilt.", 0,
         "2024-02-01", "en", 0},
        {"p", NULL,
         "Engineers warned that the Harwick dam could burst in May 2023 and flood the Ostrel "
         "valley.",
         0, "2023-04-01", "en", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]);
    struct td_timeline tl;
    long burst, tax;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    burst = find_event(&tl, "2023-05-02", "inquiry");
    tax = find_event(&tl, "2023-05", "protested");
    ASSERT_TRUE(burst >= 0 && tax >= 0);
    ASSERT_EQ_INT(tl.events[burst].prec, TD_DATE_DAY);
    ASSERT_EQ_INT(tl.events[burst].narticles, 4);
    /* z told it on May 10, x only on May 25; p's warning came before it happened. */
    ASSERT_EQ_INT(tl.events[burst].first, 0);
    ASSERT_EQ_INT(tl.events[tax].narticles, 1);
    ASSERT_EQ_INT(find_event(&tl, "2023-05", "Harwick"), -1);
    ASSERT_EQ_INT(find_event(&tl, "2023", ""), -1);
    td_timeline_release(&tl);
}

static const struct td_timeline_input babel[] = {
    {"en", NULL,
     "Rescuers brought all 17 miners of the Altyn Dala mine up from 430 metres on "
     "April 19, 2024.",
     0, "2024-04-19", "en", 0},
    {"ru", NULL,
     "Спасатели подняли всех 17 горняков рудника «Алтын Дала» с глубины 430 метров "
     "19 апреля 2024 года.",
     0, "2024-04-20", "ru", 0},
    {"es", NULL, "Los conductores de autobús de Sevilla hicieron huelga el 19 de abril de 2024.", 0,
     "2024-04-20", "es", 0},
};
#define NBABEL (sizeof(babel) / sizeof(babel[0]))

/*
 * Across languages a sentence is matched by its names' sound keys and its
 * numbers as well as by words spelled alike: the Russian report of the
 * rescue joins the English one; the same day's strike in Spanish, sharing
 * neither, stays apart.
 */
TD_TEST(test_timeline__one_happening_across_languages)
{
    struct td_timeline_input in[NBABEL];
    struct td_timeline tl;
    long rescue, strike;

    memcpy(in, babel, sizeof(babel));
    measure(in, NBABEL);
    ASSERT_OK(td_timeline_build(in, NBABEL, &tl, NULL));
    rescue = find_event(&tl, "2024-04-19", "Rescuers");
    strike = find_event(&tl, "2024-04-19", "huelga");
    ASSERT_TRUE(rescue >= 0 && strike >= 0 && rescue != strike);
    ASSERT_EQ_INT(tl.events[rescue].narticles, 2);
    ASSERT_TRUE(has_article(&tl.events[rescue], 0) && has_article(&tl.events[rescue], 1));
    ASSERT_EQ_INT(tl.events[rescue].first, 0);
    ASSERT_EQ_INT(tl.events[strike].narticles, 1);
    ASSERT_EQ_INT(find_event(&tl, "2024-04-19", "Спасатели"), -1);
    td_timeline_release(&tl);
}

/*
 * A number of two digits or more shared across languages weighs as a name:
 * the French report of the first patient's death (an age, 34, and nothing
 * else in common) joins the English one; a Spanish sentence of that day
 * with another number stays apart.
 */
TD_TEST(test_timeline__numbers_tie_languages)
{
    struct td_timeline_input in[] = {
        {"en", NULL,
         "The first known patient, a 34-year-old gold miner, died on April 3, 2027 at the "
         "district hospital.",
         0, "2027-04-12", "en", 0},
        {"fr", NULL, "Le premier malade connu, un orpailleur de 34 ans, est mort le 3 avril 2027.",
         0, "2027-04-13", "fr", 0},
        {"es", NULL, "Unos 250 conductores de autobús hicieron huelga el 3 de abril de 2027.", 0,
         "2027-04-13", "es", 0},
    };
    struct td_timeline tl;
    long death, strike;

    measure(in, 3);
    ASSERT_OK(td_timeline_build(in, 3, &tl, NULL));
    death = find_event(&tl, "2027-04-03", "miner");
    strike = find_event(&tl, "2027-04-03", "huelga");
    ASSERT_TRUE(death >= 0 && strike >= 0 && death != strike);
    ASSERT_EQ_INT(tl.events[death].narticles, 2);
    ASSERT_TRUE(has_article(&tl.events[death], 1));
    ASSERT_EQ_INT(tl.events[strike].narticles, 1);
    ASSERT_EQ_INT(tl.n, 2);
    td_timeline_release(&tl);
}

/*
 * A sentence that names a day and the day next to it tells one happening,
 * by the first ("overran the runway on October 15 ... spoke on October
 * 16"): the second opens no event. Days further apart are two happenings
 * ("filed a lawsuit on February 3 over the fire of August 12").
 */
TD_TEST(test_timeline__next_day_in_one_sentence)
{
    struct td_timeline_input in[] = {
        {"a", NULL,
         "Park Ji-hoon, 41, who was on the jet that overran the runway at Cheongju on October 15, "
         "2025, told reporters on October 16, 2025 that the cabin filled with smoke.",
         0, "2025-10-17", "en", 0},
        {"b", NULL,
         "Families of the three firefighters killed in the Corvaia fire of August 12, 2024 filed "
         "a lawsuit on February 3, 2025.",
         0, "2025-02-04", "en", 0},
    };
    struct td_timeline tl;

    measure(in, 2);
    ASSERT_OK(td_timeline_build(in, 2, &tl, NULL));
    ASSERT_TRUE(find_event(&tl, "2025-10-15", "overran") >= 0);
    ASSERT_EQ_INT(find_event(&tl, "2025-10-16", "overran"), -1);
    ASSERT_TRUE(find_event(&tl, "2024-08-12", "lawsuit") >= 0);
    ASSERT_TRUE(find_event(&tl, "2025-02-03", "lawsuit") >= 0);
    ASSERT_EQ_INT(tl.n, 3);
    td_timeline_release(&tl);
}

/*
 * A vote just before midnight, dated Saturday in English and Sunday in
 * German: the German day event folds into the English one of the day
 * before, which shares its numbers (148 votes, 14 abstentions), though a
 * French report stands in both (its "30 novembre" sentence joined the
 * German one by the name Gigiri): the German event brings a language the
 * English one lacks. A German sentence of that Sunday with only the city's
 * name in common stays, and so does, in a story of its own, an English one
 * of the Sunday with the same numbers (within one language, the next day's
 * words are as often the next happening).
 */
TD_TEST(test_timeline__next_day_across_languages)
{
    struct td_timeline_input in[] = {
        {"en", NULL,
         "Countries meeting in Nairobi adopted a plastics treaty on November 29, 2025 by 148 "
         "votes to 9, with 14 abstentions.",
         0, "2025-11-29", "en", 0},
        {"de", NULL,
         "Das Abkommen wurde am 30. November 2025 in Gigiri mit 148 Ja-Stimmen bei 9 "
         "Gegenstimmen und 14 Enthaltungen angenommen. Am 30. November 2025 demonstrierten "
         "Umweltverbände in Nairobi.",
         0, "2025-11-30", "de", 0},
        {"fr", NULL,
         "Les délégués ont adopté le traité le 29 novembre 2025 à Nairobi, par 148 voix. Le "
         "scrutin s'est achevé le 30 novembre 2025 dans la salle de Gigiri.",
         0, "2025-11-30", "fr", 0},
        {"en3", NULL,
         "Delegates adopted the plastics treaty in Nairobi on November 29, 2025 after two weeks "
         "of talks.",
         0, "2025-11-29", "en", 0},
        {"x", NULL,
         "The talks opened on November 17, 2025. Fishermen marched on November 22, 2025. A "
         "ministers' meeting was held on November 25, 2025. Observers arrived on November 26, "
         "2025. A storm hit the coast on November 20, 2025. Ferries stopped on November 21, 2025.",
         0, "2025-11-27", "en", 0},
        {"en2", NULL,
         "Delegates left Nairobi on November 30, 2025, a day after the 148 votes and 14 "
         "abstentions.",
         0, "2025-11-30", "en", 0},
    };
    struct td_timeline tl;
    long vote;

    measure(in, 6);
    ASSERT_OK(td_timeline_build(in, 5, &tl, NULL));
    vote = find_event(&tl, "2025-11-29", "adopted");
    ASSERT_TRUE(vote >= 0);
    ASSERT_TRUE(has_article(&tl.events[vote], 1) && has_article(&tl.events[vote], 2));
    ASSERT_EQ_INT(find_event(&tl, "2025-11-30", "Ja-Stimmen"), -1);
    ASSERT_EQ_INT(find_event(&tl, "2025-11-30", "Gigiri"), -1);
    ASSERT_TRUE(find_event(&tl, "2025-11-30", "demonstrierten") >= 0);
    td_timeline_release(&tl);
    in[1] = in[5];
    ASSERT_OK(td_timeline_build(in, 2, &tl, NULL));
    ASSERT_TRUE(find_event(&tl, "2025-11-30", "Delegates") >= 0);
    ASSERT_EQ_INT(tl.n, 2);
    td_timeline_release(&tl);
}

/*
 * Arabic writes names without capitals: its words are keyed, and a key
 * the story's capitalised names share ("مادبا", Madaba) ties the Arabic
 * report of the theft to the English one.
 */
TD_TEST(test_timeline__arabic_report_joins_by_a_name)
{
    struct td_timeline_input in[] = {
        {"en", NULL,
         "A bronze incense burner was stolen from the regional museum in Madaba on July 22, 2024.",
         0, "2024-07-22", "en", 0},
        {"ar", NULL, "أعلنت الشرطة يوم الاثنين سرقة المبخرة من مستودع متحف مادبا الإقليمي.", 0,
         "2024-07-22", "ar", 0},
    };
    struct td_timeline tl;
    long theft;

    measure(in, 2);
    ASSERT_OK(td_timeline_build(in, 2, &tl, NULL));
    theft = find_event(&tl, "2024-07-22", "Madaba");
    ASSERT_TRUE(theft >= 0);
    ASSERT_EQ_INT(tl.events[theft].narticles, 2);
    ASSERT_EQ_INT(tl.n, 1);
    td_timeline_release(&tl);
}

/*
 * Chinese has no spaces: pairs of characters stand for its words, so a
 * copy of a report joins it; a sentence that names its day twice (a date
 * and a clock time) is one event.
 */
TD_TEST(test_timeline__chinese_pairs_and_one_sentence)
{
    struct td_timeline_input in[] = {
        {"a", NULL, "8月21日上午10时许，临江县化工园区内的瑞丰化工有限公司发生爆炸。", 0,
         "2024-08-21", "zh", 0},
        {"b", NULL, "记者获悉，8月21日临江县瑞丰化工有限公司发生爆炸，已造成9人死亡。", 0,
         "2024-08-22", "zh", 0},
        {"c", NULL, "8月21日，西班牙队在里斯本以3比1获胜。", 0, "2024-08-22", "zh", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]);
    struct td_timeline tl;
    long blast, match;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    blast = find_event(&tl, "2024-08-21", "上午10时");
    match = find_event(&tl, "2024-08-21", "里斯本");
    ASSERT_TRUE(blast >= 0 && match >= 0 && blast != match);
    ASSERT_EQ_INT(tl.events[blast].narticles, 2);
    ASSERT_TRUE(has_article(&tl.events[blast], 0) && has_article(&tl.events[blast], 1));
    ASSERT_EQ_INT(tl.events[match].narticles, 1);
    ASSERT_EQ_INT(tl.n, 2); /* a's date and clock time: one event */
    td_timeline_release(&tl);
}

/*
 * An article written before the day announced the happening; the first
 * written on or after it reported it, and the event shows its sentence.
 */
TD_TEST(test_timeline__reported_not_announced)
{
    struct td_timeline_input in[] = {
        {"p", NULL, "Polls say Mira Castell will win the vote on October 6, 2024.", 0, "2024-10-01",
         "en", 0},
        {"q", NULL, "Mira Castell won the vote on October 6, 2024 with 31 percent.", 0,
         "2024-10-07", "en", 0},
        {"r", NULL, "Mira Castell took the vote on October 6, 2024, her first win.", 0,
         "2024-10-08", "en", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]);
    struct td_timeline tl;
    long vote;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    ASSERT_EQ_INT(tl.n, 1);
    vote = find_event(&tl, "2024-10-06", "won");
    ASSERT_TRUE(vote >= 0);
    ASSERT_EQ_INT(tl.events[vote].narticles, 3);
    ASSERT_EQ_INT(tl.events[vote].first, 1);
    /* Without a report after the day, the announcement stays first. */
    td_timeline_release(&tl);
    ASSERT_OK(td_timeline_build(in, 1, &tl, NULL));
    ASSERT_EQ_INT(tl.events[0].first, 0);
    td_timeline_release(&tl);
}

/*
 * A report published the day after the happening that names no day of its
 * own stands for what it reports: it joins the happening of the day
 * before when their sentences match, and another such report does not.
 */
TD_TEST(test_timeline__report_of_the_day_before)
{
    struct td_timeline_input in[] = {
        {"a", NULL,
         "Archaeologists led by Rania Haddad found a sealed tomb at Tell Umm Dafla on November "
         "8, 2023, the antiquities department said.",
         0, "2023-11-08", "en", 0},
        {"b", NULL,
         "A team led by the archaeologist Rania Haddad has found a sealed Nabataean tomb at Tell "
         "Umm Dafla in southern Jordan.",
         0, "2023-11-09", "en", 0},
        {"c", NULL, "The ferry from Aqaba to Nuweiba was cancelled because of high winds.", 0,
         "2023-11-09", "en", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]);
    struct td_timeline tl;
    long tomb, ferry;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    tomb = find_event(&tl, "2023-11-08", "sealed tomb");
    ferry = find_event(&tl, "2023-11-09", "ferry");
    ASSERT_TRUE(tomb >= 0 && ferry >= 0);
    ASSERT_EQ_INT(tl.n, 2);
    ASSERT_EQ_INT(tl.events[tomb].narticles, 2);
    ASSERT_TRUE(has_article(&tl.events[tomb], 0) && has_article(&tl.events[tomb], 1));
    ASSERT_EQ_INT(tl.events[tomb].first, 0);
    ASSERT_EQ_INT(tl.events[ferry].narticles, 1);
    td_timeline_release(&tl);
}

/*
 * Background opens no event: a date told in the pluperfect ("had been
 * inspected in May", "avait été proposé en mars") or in a relative clause
 * that describes a name ("which began flying in 2019"). The same dates
 * told as happenings do.
 */
TD_TEST(test_timeline__background_opens_no_event)
{
    struct td_timeline_input in[] = {
        {"a", NULL,
         "A night train derailed near Vretaby on September 12, 2025. The line had been inspected "
         "in May. The operator, which began running trains in 2019, said it would help.",
         0, "2025-09-12", "en", 0},
        {"b", NULL, "L'autel avait été proposé en mars à la vente.", 0, "2025-09-14", "fr", 0},
        {"c", NULL, "Inspectors checked the line near Vretaby in May, the agency said.", 0,
         "2025-09-13", "en", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]);
    struct td_timeline tl;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, 2, &tl, NULL));
    ASSERT_TRUE(find_event(&tl, "2025-09-12", "derailed") >= 0);
    ASSERT_EQ_INT(find_event(&tl, "2025-05", ""), -1);
    ASSERT_EQ_INT(find_event(&tl, "2019", ""), -1);
    ASSERT_EQ_INT(find_event(&tl, "2025-03", ""), -1);
    td_timeline_release(&tl);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    ASSERT_TRUE(find_event(&tl, "2025-05", "Inspectors") >= 0);
    td_timeline_release(&tl);
}

/*
 * Reported at a fixed date (2025-11-29): a target year ("by 2040"), the
 * report's own year, years back ("began in 2022", "a decade ago") open no
 * event, the year before does; a year-less month in a sentence about the
 * future ("will be opened ... in May") is next May, and a relative clause
 * dating the story's own days ("which started ten days ago") stays.
 */
TD_TEST(test_timeline__targets_plans_and_future_months)
{
    struct td_timeline_input in[] = {
        {"a", NULL,
         "Negotiators adopted a plastics treaty in Nairobi on November 29, 2025. It cuts "
         "production by 30 percent by 2040. Negotiations began in 2022. It will be opened for "
         "signature in Panama in May. Output would fall back to where it stood a decade ago. "
         "Sales of plastic fell in 2024. The protest, which started in Valencia ten days ago, "
         "ended.",
         0, "2025-11-29", "en", 0},
    };
    struct td_timeline tl;

    measure(in, 1);
    ASSERT_OK(td_timeline_build(in, 1, &tl, NULL));
    ASSERT_TRUE(find_event(&tl, "2025-11-29", "adopted") >= 0);
    ASSERT_EQ_INT(find_event(&tl, "2040", ""), -1);
    ASSERT_EQ_INT(find_event(&tl, "2022", ""), -1);
    ASSERT_EQ_INT(find_event(&tl, "2015", ""), -1);
    ASSERT_EQ_INT(find_event(&tl, "2025-05", ""), -1);
    ASSERT_TRUE(find_event(&tl, "2026-05", "signature") >= 0);
    ASSERT_TRUE(find_event(&tl, "2024", "Sales") >= 0);
    ASSERT_TRUE(find_event(&tl, "2025-11-19", "Valencia") >= 0);
    td_timeline_release(&tl);
}

/*
 * A year years back is background unless its sentence names the story's
 * protagonist: the conductor's emigration in the story of his death stays,
 * the hall's opening does not.
 */
TD_TEST(test_timeline__protagonist_keeps_years_back)
{
    struct td_timeline_input in[] = {
        {"a", NULL,
         "The conductor Arkady Lebedinsky died in Vienna on March 28, 2024. Arkady Lebedinsky "
         "emigrated to Austria in 1974. The concert hall opened in 1870.",
         0, "2024-03-28", "en", 0},
        {"b", NULL, "Arkady Lebedinsky, the conductor, died in Vienna on March 28, 2024.", 0,
         "2024-03-29", "en", 0},
    };
    struct td_timeline tl;

    measure(in, 2);
    ASSERT_OK(td_timeline_build(in, 2, &tl, NULL));
    ASSERT_TRUE(find_event(&tl, "1974", "emigrated") >= 0);
    ASSERT_EQ_INT(find_event(&tl, "1870", ""), -1);
    td_timeline_release(&tl);
}

/*
 * A report tells its day's happening in several sentences: a second
 * sentence of the same article and day that shares a word that is no name
 * ("train") joins it; one that shares nothing stays apart.
 */
TD_TEST(test_timeline__one_report_several_sentences)
{
    struct td_timeline_input in[] = {
        {"a", NULL,
         "A night train derailed near Vretaby on September 12, 2025, police said. Five "
         "carriages of the train left the track on September 12, 2025. A storm on September 12, "
         "2025 also closed the road to the coast.",
         0, "2025-09-12", "en", 0},
    };
    struct td_timeline tl;
    long derail, storm;

    measure(in, 1);
    ASSERT_OK(td_timeline_build(in, 1, &tl, NULL));
    derail = find_event(&tl, "2025-09-12", "derailed");
    storm = find_event(&tl, "2025-09-12", "storm");
    ASSERT_TRUE(derail >= 0 && storm >= 0 && derail != storm);
    ASSERT_EQ_INT(find_event(&tl, "2025-09-12", "carriages"), -1);
    ASSERT_EQ_INT(tl.n, 2);
    td_timeline_release(&tl);
}

TD_TEST(test_timeline__order_and_precision)
{
    struct td_timeline_input in[NSTORY];
    struct td_timeline tl;
    size_t e;
    long built;

    fill(in);
    ASSERT_OK(td_timeline_build(in, NSTORY, &tl, NULL));
    ASSERT_TRUE(tl.n >= 5);
    built = find_event(&tl, "1887", "built");
    ASSERT_EQ_INT(built, 0);
    ASSERT_EQ_INT(tl.events[0].prec, TD_DATE_YEAR);
    for (e = 1; e < tl.n; e++) {
        struct tl_date p, q;
        ASSERT_TRUE(tl_date_parse(tl.events[e - 1].date, &p));
        ASSERT_TRUE(tl_date_parse(tl.events[e].date, &q));
        ASSERT_TRUE(p.first_day <= q.first_day);
        ASSERT_EQ_INT(tl.events[e].prec, q.prec);
    }
    /* A month with no finer event of its happening stays, before the later days. */
    ASSERT_TRUE(find_event(&tl, "2023-04", "April 2023") > find_event(&tl, "2023-03-10", "voted"));
    ASSERT_EQ_INT(tl.events[find_event(&tl, "2023-04", "April 2023")].prec, TD_DATE_MONTH);
    ASSERT_EQ_INT(find_event(&tl, "2023-03", ""), -1); /* d's March 2023 folded */
    td_timeline_release(&tl);
}

TD_TEST(test_timeline__undated_article_estimated_and_resolved)
{
    struct td_timeline_input in[NSTORY];
    struct td_timeline tl;
    long fuse;

    fill(in);
    ASSERT_OK(td_timeline_build(in, NSTORY, &tl, NULL));
    /* c: past April 2023, and e (2023-05-20) is the next story date: May 2023. */
    ASSERT_STREQ(tl.dates[2].date, "2023-05");
    ASSERT_EQ_INT(tl.dates[2].source, TD_DATE_SOURCE_ESTIMATED);
    ASSERT_EQ_INT(tl.dates[2].prec, TD_DATE_MONTH);
    ASSERT_STREQ(tl.dates[1].date, "2023-03-11");
    ASSERT_EQ_INT(tl.dates[1].source, TD_DATE_SOURCE_GIVEN);
    /* c's "New Year's Eve" is the one before its estimated date, the day e names. */
    fuse = find_event(&tl, "2022-12-31", "fuse");
    ASSERT_TRUE(fuse >= 0);
    ASSERT_TRUE(has_article(&tl.events[fuse], 2) && has_article(&tl.events[fuse], 4));
    /* e has a given date in May 2023; c's estimate is May as a whole, so e counts as first. */
    ASSERT_EQ_INT(tl.events[fuse].first, 4);
    td_timeline_release(&tl);
}

TD_TEST(test_timeline__retrospective_adds_its_publication)
{
    struct td_timeline_input in[NSTORY];
    struct td_timeline tl;
    long pub;
    int64_t ids[8];
    size_t n, k;

    fill(in);
    ASSERT_OK(td_timeline_build(in, NSTORY, &tl, NULL));
    /* d mentions nothing near 2024-06-02, so its lead sentence is the event of that day. */
    pub = find_event(&tl, "2024-06-02", "Visitors climb");
    ASSERT_EQ_INT(pub, (long)tl.n - 1);
    ASSERT_EQ_INT(tl.events[pub].first, 3);
    /* a mentions March 10 the day before it appeared: no publication event for a. */
    ASSERT_EQ_INT(find_event(&tl, "2023-03-11", ""), -1);
    /* What d added: its publication (its March 2023 mention joined a's vote). */
    n = td_timeline_added(&tl, 3, ids, 8);
    ASSERT_EQ_INT(n, 1);
    ASSERT_EQ_INT(ids[0], pub + 1);
    for (k = 0; k < n; k++)
        ASSERT_EQ_INT(tl.events[ids[k] - 1].first, 3);
    ASSERT_EQ_INT(td_timeline_added(&tl, 3, ids, 0), 1); /* a count past `max` */
    td_timeline_release(&tl);
}

TD_TEST(test_timeline__entities_are_names_of_the_sentence)
{
    struct td_timeline_input in[NSTORY];
    struct td_timeline tl;
    long built;
    size_t i;
    bool agnes = false;

    fill(in);
    ASSERT_OK(td_timeline_build(in, NSTORY, &tl, NULL));
    built = find_event(&tl, "1887", "built");
    ASSERT_TRUE(built >= 0);
    for (i = 0; i < tl.events[built].nentities; i++) {
        agnes = agnes || strcmp(tl.events[built].entities[i].name, "Agnes Holloway") == 0;
        ASSERT_TRUE(strcmp(tl.events[built].entities[i].name, "The") != 0);
    }
    ASSERT_TRUE(agnes);
    /* b says only "Holloway"; the story's merged entity is "Agnes Holloway". */
    built = find_event(&tl, "1891", "Holloway");
    ASSERT_TRUE(built >= 0);
    ASSERT_EQ_INT(tl.events[built].nentities, 1);
    ASSERT_STREQ(tl.events[built].entities[0].name, "Agnes Holloway");
    ASSERT_STREQ(tl.events[built].entities[0].type, "PER");
    /* The date expression of an event is not one of its names. */
    built = find_event(&tl, "2022-12-31", "fuse");
    for (i = 0; i < tl.events[built].nentities; i++)
        ASSERT_TRUE(strstr(tl.events[built].entities[i].name, "Year") == NULL);
    td_timeline_release(&tl);
}

TD_TEST(test_timeline__json)
{
    static const char first_event[] =
        "{\"story\":7,\"events\":[{\"id\":1,\"date\":\"1887\",\"precision\":\"year\","
        "\"text\":\"The tower is the work of the engineer Agnes Holloway, who built it in 1887.\","
        "\"articles\":[\"a\"],\"first\":\"a\","
        "\"entities\":[{\"name\":\"Agnes Holloway\",\"type\":\"PER\"}]},";
    struct td_timeline_input in[2];
    struct td_timeline tl;
    char *json = NULL;

    memcpy(in, story, sizeof(in));
    in[0].text_len = strlen(in[0].text);
    in[1].text_len = strlen(in[1].text);
    ASSERT_OK(td_timeline_build(in, 2, &tl, NULL));
    ASSERT_OK(td_json_timeline(7, &tl, &json));
    ASSERT_TRUE(strncmp(json, first_event, strlen(first_event)) == 0);
    ASSERT_TRUE(strstr(json, "\"precision\":\"day\"") != NULL);
    ASSERT_TRUE(strstr(json, "\"date\":\"1891\"") != NULL);
    ASSERT_TRUE(strstr(json, "\"articles\":[\"b\",\"a\"],\"first\":\"a\"") != NULL);
    td_timeline_string_free(json);
    td_timeline_release(&tl);
}

TD_TEST(test_timeline__errors)
{
    struct td_timeline_input in[NSTORY];
    struct td_timeline tl;
    struct td_error err;

    fill(in);
    td_timeline_init(&tl);
    ASSERT_EQ_INT(td_timeline_build(NULL, 1, &tl, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_timeline_build(in, NSTORY, NULL, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_timeline_build(in, TD_TIMELINE_MAX_ARTICLES + 1, &tl, &err), TD_ERR_TOO_LARGE);
    in[1].text = NULL;
    ASSERT_EQ_INT(td_timeline_build(in, NSTORY, &tl, &err), TD_ERR_INVALID);
    ASSERT_TRUE(strstr(err.msg, "article 2") != NULL);
    fill(in);
    in[0].date = "2023-02-30";
    ASSERT_EQ_INT(td_timeline_build(in, NSTORY, &tl, &err), TD_ERR_INVALID);
    ASSERT_TRUE(strstr(err.msg, "'b'") != NULL && strstr(err.msg, "2023-02-30") != NULL);
    ASSERT_TRUE(tl.events == NULL && tl.n == 0); /* untouched on error */
    /* An empty story has an empty timeline. */
    ASSERT_OK(td_timeline_build(in, 0, &tl, NULL));
    ASSERT_EQ_INT(tl.n, 0);
    td_timeline_release(&tl);
    td_timeline_release(NULL);
}

/* Every allocation failure gives TD_ERR_NOMEM, leaks nothing and leaves `out` alone. */
TD_TEST(test_timeline__oom)
{
    struct td_timeline_input in[NSTORY], babel_in[NBABEL];
    struct td_timeline tl, other;
    enum td_err rc = TD_ERR_NOMEM;
    char *json;
    long n;

    fill(in);
    for (n = 0; rc != TD_OK; n++) {
        td_timeline_init(&tl);
        alloc_fail_after(n);
        rc = td_timeline_build(in, NSTORY, &tl, NULL);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        if (rc != TD_OK)
            ASSERT_TRUE(tl.events == NULL && tl.ids == NULL);
    }
    ASSERT_TRUE(n > 10);
    /* A story in three languages also opens an analyzer for the keys across them. */
    memcpy(babel_in, babel, sizeof(babel));
    measure(babel_in, NBABEL);
    rc = TD_ERR_NOMEM;
    for (n = 0; rc != TD_OK; n++) {
        td_timeline_init(&other);
        alloc_fail_after(n);
        rc = td_timeline_build(babel_in, NBABEL, &other, NULL);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
    }
    ASSERT_EQ_INT(other.n, 2);
    td_timeline_release(&other);
    rc = TD_ERR_NOMEM;
    for (n = 0; rc != TD_OK; n++) {
        json = (char *)"untouched";
        alloc_fail_after(n);
        rc = td_json_timeline(1, &tl, &json);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || (rc == TD_ERR_NOMEM && strcmp(json, "untouched") == 0));
    }
    td_timeline_string_free(json);
    td_timeline_release(&tl);
}

/* Without entities the events are the same, only their names are left empty. */
TD_TEST(test_timeline__without_entities)
{
    struct td_timeline_input in[NSTORY];
    struct td_timeline a, b;
    size_t e;

    fill(in);
    ASSERT_OK(td_timeline_build(in, NSTORY, &a, NULL));
    ASSERT_OK(timeline_build(in, NSTORY, false, &b, NULL));
    ASSERT_EQ_INT(a.n, b.n);
    for (e = 0; e < a.n; e++) {
        ASSERT_STREQ(a.events[e].date, b.events[e].date);
        ASSERT_STREQ(a.events[e].text, b.events[e].text);
        ASSERT_EQ_INT(a.events[e].first, b.events[e].first);
        ASSERT_EQ_INT(b.events[e].nentities, 0);
    }
    td_timeline_release(&a);
    td_timeline_release(&b);
}

/*
 * A page's copyright line ("© 2025 ...", "Copyright 2024 ...") dates the
 * page, not a happening: no event comes of it; the report's own date stays.
 */
TD_TEST(test_timeline__copyright_lines_are_no_events)
{
    struct td_timeline_input in[] = {
        {"w", NULL,
         "A freight train derailed near Vretaby on March 3, 2025, blocking the line.\n\n"
         "(Reporting by Anna Berg)\n\n\xC2\xA9 2025 Meridian Wire. All rights reserved.",
         0, "2025-03-04", "en", 0},
        {"x", NULL,
         "Crews cleared the Vretaby line on March 5, 2025. Copyright 2024 Nordic Rail News.", 0,
         "2025-03-05", "en", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]), e;
    struct td_timeline tl;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    ASSERT_TRUE(find_event(&tl, "2025-03-03", "derailed") >= 0);
    ASSERT_TRUE(find_event(&tl, "2025-03-05", "cleared") >= 0);
    for (e = 0; e < tl.n; e++) {
        ASSERT_TRUE(strcmp(tl.events[e].date, "2025") != 0);
        ASSERT_TRUE(strcmp(tl.events[e].date, "2024") != 0);
    }
    td_timeline_release(&tl);
}

/*
 * A line that opens with a label and ends without a full stop is a link to
 * another article ("Lesen Sie auch: ...", "【相关阅读】..."): its date is
 * that story's, and opens no event. A labelled line that ends as a
 * sentence stays ("Update: ... reopened on May 3, 2027.").
 */
TD_TEST(test_timeline__link_lines_are_no_events)
{
    struct td_timeline_input in[] = {
        {"de", NULL,
         "Der Hafen von Kibondwe wurde am 2. Mai 2027 geschlossen.\n\n"
         "Lesen Sie auch: Hamburger Hafen meldet Umschlagsrekord im April",
         0, "2027-05-03", "de", 0},
        {"en", NULL,
         "Officials closed the port of Kibondwe on May 2, 2027.\n"
         "Update: the port road reopened on May 3, 2027.\n"
         "Related: Euro zone business activity slows in March",
         0, "2027-05-04", "en", 0},
        {"zh", NULL, "基邦杜韦港5月2日关闭。\n【相关阅读】东非共同体峰会将于下月在阿鲁沙举行", 0,
         "2027-05-03", "zh", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]), e;
    struct td_timeline tl;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    ASSERT_TRUE(find_event(&tl, "2027-05-03", "reopened") >= 0);
    for (e = 0; e < tl.n; e++) {
        ASSERT_TRUE(strncmp(tl.events[e].date, "2027-05-02", 10) == 0 ||
                    strncmp(tl.events[e].date, "2027-05-03", 10) == 0);
        ASSERT_TRUE(strstr(tl.events[e].text, "Related") == NULL);
    }
    td_timeline_release(&tl);
}

/*
 * The text counts from its writer's day: a live blog dated
 * "2027-07-11T19:00:00-05:00" (the 12th in UTC) puts "22:35" on the 11th,
 * the evening of the vote in Lima; "Monday" in a Tokyo report dated
 * "2027-07-12T02:30:00+09:00" (the 11th in UTC) is the 12th.
 */
TD_TEST(test_timeline__text_counts_from_its_local_day)
{
    struct td_timeline_input in[] = {
        {"lima", NULL,
         "En vivo: Perú vota.\n22:35 | Paredes habla en Miraflores: \"Los números nos son "
         "favorables\".",
         0, "2027-07-11T19:00:00-05:00", "es", 0},
        {"tokyo", NULL, "The yen fell 0.6% against the dollar on Monday morning.", 0,
         "2027-07-12T02:30:00+09:00", "en", 0},
    };
    struct td_timeline tl;

    measure(in, 2);
    ASSERT_OK(td_timeline_build(in, 2, &tl, NULL));
    ASSERT_TRUE(find_event(&tl, "2027-07-11", "Miraflores") >= 0);
    ASSERT_TRUE(find_event(&tl, "2027-07-12", "yen") >= 0);
    ASSERT_STREQ(tl.dates[0].date, "2027-07-12");
    td_timeline_release(&tl);
}

/*
 * Page furniture opens no event: a line of links set apart by bars, a
 * labelled list numbered inline and a caption in brackets date other
 * stories or the picture. A lead past a dateline and a byline on lines of
 * their own is the report's first sentence ("ÖSTERSUND -" is no entry).
 */
TD_TEST(test_timeline__furniture_is_no_event)
{
    struct td_timeline_input in[] = {
        {"es", NULL,
         "Veintitrés mineros quedaron atrapados el lunes 5 de marzo de 2029 en Quebrada Honda.\n\n"
         "Más noticias: Temporal de lluvias en el norte | El Congreso debate la ley | Etiquetas: "
         "internacional | Suscríbete y recibe cada mañana las noticias del 6 de marzo de 2029.\n\n"
         "Most read: 1. Ringwood council votes on March 4, 2029 to keep the market 2. Five "
         "recipes for a cold evening.\n\n"
         "(Photo: Shoes left at the mine gate on Sunday, March 4, 2029. Polaris Press)",
         0, "2029-03-05", "es", 0},
        {"sv", NULL,
         "ÖSTERSUND -\n\nAv Lisa Brännström\n\nKöerna ringlade sig utanför Fjällmark Sparbank.", 0,
         "2028-04-19", "sv", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]), e;
    struct td_timeline tl;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    ASSERT_TRUE(find_event(&tl, "2029-03-05", "Quebrada Honda") >= 0);
    ASSERT_TRUE(find_event(&tl, "2028-04-19", "Köerna") >= 0);
    for (e = 0; e < tl.n; e++) {
        ASSERT_TRUE(strncmp(tl.events[e].date, "2029-03-06", 10) != 0);
        ASSERT_TRUE(strncmp(tl.events[e].date, "2029-03-04", 10) != 0);
        ASSERT_TRUE(strstr(tl.events[e].text, "STERSUND") == NULL);
    }
    td_timeline_release(&tl);
}

/*
 * A dateline on its own line ("BUDAPEST, Feb 4 (Lanternfish) -"), a "Most
 * read" list a headline a line, and a newsletter's call ("Newsletter: ...
 * Friday morning, free. Sign up") open no event: the report's own sentence
 * stands alone on its day. A numbered line with no neighbour numbered next
 * to it is the report's.
 */
TD_TEST(test_timeline__dateline_and_list_lines_are_no_events)
{
    struct td_timeline_input in[] = {
        {"en", NULL,
         "BUDAPEST, Feb 4 (Lanternfish) -\n\n"
         "A wave of cyanide-laced sludge was moving down the Tisza river on Tuesday.\n\n"
         "2. Fishing was banned on Monday along the river.\n\n"
         "Most read\n1. Council votes on March 14 to keep late-night buses\n"
         "2. Markets rally on Thursday after the rate cut\n3. Quiz: the week's news?\n\n"
         "Newsletter: The news on Friday morning, free. Sign up",
         0, "2030-02-05", "en", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]), e;
    struct td_timeline tl;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    ASSERT_TRUE(find_event(&tl, "2030-02-05", "Tisza") >= 0);
    ASSERT_TRUE(find_event(&tl, "2030-02-04", "Fishing") >= 0);
    ASSERT_EQ_INT(2, (long)tl.n);
    for (e = 0; e < tl.n; e++)
        ASSERT_TRUE(strstr(tl.events[e].text, "BUDAPEST") == NULL);
    td_timeline_release(&tl);
}

/*
 * A week in review tells the story in one paragraph and another storyline
 * under a heading of its own ("Argentina. Half a world away, ..."): the
 * paragraph names nothing the story's other reports name, so its Wednesday
 * opens no event of this story. The story's own paragraph of the review
 * joins its happening, and the other report's lone paragraph on its own
 * happening stays.
 */
TD_TEST(test_timeline__round_up_paragraph_opens_no_event)
{
    struct td_timeline_input in[] = {
        {"en", NULL,
         "Swarms of desert locusts invaded farms near Lokwamor in Turkana County on Saturday, "
         "officials in Lodwar said.\n\n"
         "Esther Lomuria of the county said the swarm settled along the Kerio valley.",
         0, "2030-01-20", "en", 0},
        {"en", NULL,
         "Kenya. The worst locust invasion in years spread from Lokwamor towards Lodwar and the "
         "Kerio valley in Turkana County on Saturday.\n\n"
         "Argentina. Half a world away, a swarm of South American locusts settled on fields in "
         "Chaco province on Wednesday, and Paraguay put its border on alert.",
         0, "2030-01-24", "en", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]), e;
    struct td_timeline tl;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    e = (size_t)find_event(&tl, "2030-01-19", "Lokwamor");
    ASSERT_TRUE(e < tl.n);
    ASSERT_EQ_INT(2, (long)tl.events[e].narticles);
    for (e = 0; e < tl.n; e++)
        ASSERT_TRUE(strstr(tl.events[e].text, "Chaco") == NULL);
    td_timeline_release(&tl);
}

/*
 * A night across two days ("17日晚至18日凌晨", the evening of the 17th to
 * the small hours of the 18th) is one happening: the Chinese sentence joins
 * the rescue that the English report dates by its end, the 18th, and opens
 * no entry of the 17th.
 */
TD_TEST(test_timeline__night_across_two_days_is_one_event)
{
    struct td_timeline_input in[] = {
        {"en", NULL,
         "Rescuers hoisted the last of 21 surviving miners from the Quebrada Honda mine early on "
         "Sunday.",
         0, "2029-03-18", "en", 0},
        {"zh", NULL, "被困的矿工17日晚至18日凌晨通过救生舱陆续升井，21人获救。", 0, "2029-03-19",
         "zh", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]), e;
    struct td_timeline tl;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    e = (size_t)find_event(&tl, "2029-03-18", "Quebrada Honda");
    ASSERT_TRUE(e < tl.n);
    ASSERT_EQ_INT(2, (long)tl.events[e].narticles);
    ASSERT_EQ_INT(1, (long)tl.n);
    td_timeline_release(&tl);
}

/*
 * A plan told in the past tense points forward from its report: "was due
 * to arrive on Wednesday" in a report of Tuesday 6 March is 7 March. A
 * year-less deadline in a past-tense sentence ("jusqu'au 30 septembre" in
 * June) is this September, and a deadline after the report is a target
 * that opens no event; the ban of Friday stays.
 */
TD_TEST(test_timeline__plans_and_deadlines_point_forward)
{
    struct td_timeline_input in[] = {
        {"en", NULL,
         "Engineers said the rock was fractured. A second rig from a contractor in Antofagasta "
         "was due to arrive on Wednesday.",
         0, "2029-03-06", "en", 0},
        {"fr", NULL,
         "L'Ukraine a interdit vendredi les exportations de blé jusqu'au 30 septembre, en raison "
         "de la propagation de la pyriculariose du blé.",
         0, "2028-06-17", "fr", 0},
        {"es", NULL,
         "Ucrania prohibió las exportaciones de trigo hasta el 30 de septiembre por la "
         "propagación de un hongo.",
         0, "2028-06-17", "es", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]), e;
    struct td_timeline tl;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    ASSERT_TRUE(find_event(&tl, "2029-03-07", "second rig") >= 0);
    ASSERT_TRUE(find_event(&tl, "2028-06-16", "interdit") >= 0);
    for (e = 0; e < tl.n; e++) {
        ASSERT_TRUE(strncmp(tl.events[e].date, "2029-02-28", 10) != 0);
        ASSERT_TRUE(strncmp(tl.events[e].date, "2027-09", 7) != 0);
        ASSERT_TRUE(strncmp(tl.events[e].date, "2028-09", 7) != 0);
    }
    td_timeline_release(&tl);
}

/*
 * A sentence copied word for word into another report is one event, even
 * when its words run through the story and count half ("Quillon",
 * "revenue", "billion" in every article).
 */
TD_TEST(test_timeline__copied_sentence_is_one_event)
{
    struct td_timeline_input in[] = {
        {"a", NULL, "Quillon had revenue of $212 billion in 2028.", 0, "2029-06-27", "en", 0},
        {"b", NULL, "Quillon had revenue of $212 billion in 2028.", 0, "2029-06-28", "en", 0},
        {"c", NULL, "Quillon revenue billion fine on June 3, 2029.", 0, "2029-06-27", "en", 0},
        {"d", NULL, "Quillon revenue billion appeal on June 5, 2029.", 0, "2029-06-27", "en", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]), e, years = 0;
    struct td_timeline tl;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    for (e = 0; e < tl.n; e++)
        years += strcmp(tl.events[e].date, "2028") == 0;
    ASSERT_EQ_INT(years, 1);
    td_timeline_release(&tl);
}

/*
 * A live blog's lines of one day that share only their en dash are two
 * happenings (the dash was a word, and tied every line of a blog into
 * one); a Chinese report that opens with its date ("3月5日，...") joins
 * another of that day by the words after the date.
 */
TD_TEST(test_timeline__punctuation_is_no_word)
{
    struct td_timeline_input in[] = {
        {"a", NULL,
         "12 h 00 – Le préfet confirme le bilan des victimes.\n\n"
         "10 h 35 – Le ministre visitera Valmont dans l'après-midi.",
         0, "2030-02-10T12:00:00+01:00", "fr", 0},
        {"b", NULL, "3月5日，青云汽车匈牙利工厂正式投产。", 0, "2026-03-05", "zh", 0},
        {"c", NULL, "青云汽车匈牙利工厂5日正式投产。", 0, "2026-03-06", "zh", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]);
    struct td_timeline tl;
    long e;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    ASSERT_TRUE(find_event(&tl, "2030-02-10", "préfet") >= 0);
    ASSERT_TRUE(find_event(&tl, "2030-02-10", "ministre") >= 0);
    ASSERT_TRUE(find_event(&tl, "2030-02-10", "préfet") !=
                find_event(&tl, "2030-02-10", "ministre"));
    e = find_event(&tl, "2026-03-05", "青云");
    ASSERT_TRUE(e >= 0);
    ASSERT_EQ_INT(tl.events[e].narticles, 2);
    td_timeline_release(&tl);
}

/*
 * A people's adjective is no name of an event ("three Dutch and two Italian
 * guests"); the place beside it stays. Without the iso-codes gazetteer the
 * tagger knows no demonym and there is nothing to check.
 */
TD_TEST(test_timeline__demonyms_are_no_names)
{
    struct td_timeline_input in[] = {
        {"a", NULL,
         "An avalanche hit a hotel in Valmont on Saturday, killing three Dutch and two "
         "Italian guests, the Hungarian consul said.",
         0, "2030-02-10", "en", 0},
    };
    const struct td_gazetteer *gaz = NULL;
    struct td_timeline tl;
    size_t e, k;

    measure(in, 1);
    if (td_gazetteer_shared(&gaz) != TD_OK || gaz == NULL)
        return;
    ASSERT_OK(td_timeline_build(in, 1, &tl, NULL));
    ASSERT_TRUE(tl.n > 0);
    for (e = 0; e < tl.n; e++)
        for (k = 0; k < tl.events[e].nentities; k++) {
            ASSERT_TRUE(strcmp(tl.events[e].entities[k].name, "Dutch") != 0);
            ASSERT_TRUE(strcmp(tl.events[e].entities[k].name, "Italian") != 0);
            ASSERT_TRUE(strcmp(tl.events[e].entities[k].name, "Hungarian") != 0);
        }
    ASSERT_TRUE(find_event(&tl, "2030-02-09", "Valmont") >= 0);
    ASSERT_EQ_INT(tl.events[find_event(&tl, "2030-02-09", "Valmont")].nentities, 1);
    td_timeline_release(&tl);
}

/* Asserts that no entity of an event of `tl` is named one of `gone[0..n)`. */
static void assert_no_entity_named(const struct td_timeline *tl, const char *const *gone, size_t n)
{
    size_t e, k, i;

    for (e = 0; e < tl->n; e++)
        for (k = 0; k < tl->events[e].nentities; k++) {
            const char *name = tl->events[e].entities[k].name;
            for (i = 0; i < n; i++) {
                if (strcmp(name, gone[i]) == 0)
                    fprintf(stderr, "still a name: '%s'\n", name);
                ASSERT_TRUE(strcmp(name, gone[i]) != 0);
            }
        }
}

/*
 * A people's adjective or noun in French, German, Spanish, Italian or Dutch
 * ("une Néerlandaise et un Français", "die französische Regierung", "dos
 * españolas", "het Indonesische eiland") names nobody either; a place in
 * the same sentence stays.
 */
TD_TEST(test_timeline__translated_demonyms_are_no_names)
{
    static const char *const gone[] = {"N\xc3\xa9"
                                       "erlandaise",
                                       "Fran\xc3\xa7"
                                       "ais",
                                       "Franz\xc3\xb6"
                                       "sische",
                                       "Espa\xc3\xb1"
                                       "olas",
                                       "Indonesische",
                                       "Tedeschi"};
    struct td_timeline_input in[] = {
        {"a", NULL,
         "Une avalanche a frapp\xc3\xa9 un h\xc3\xb4tel de Valmont samedi. Une N\xc3\xa9"
         "erlandaise "
         "et un Fran\xc3\xa7"
         "ais \xc3\xa9taient toujours dans un \xc3\xa9tat grave dimanche.",
         0, "2030-02-09", "fr", 0},
        {"b", NULL,
         "Am Montag sagte die Franz\xc3\xb6sische Regierung in Paris, das Hotel bleibe zu.", 0,
         "2030-02-11", "de", 0},
        {"c", NULL, "Espa\xc3\xb1olas y Tedeschi llegaron a Valmont el martes.", 0, "2030-02-12",
         "es", 0},
        {"d", NULL, "Op het Indonesische eiland Java vielen woensdag twee doden.", 0, "2030-02-13",
         "nl", 0},
    };
    const struct td_gazetteer *gaz = NULL;
    struct td_timeline tl;
    size_t e, k, places = 0;

    measure(in, 4);
    if (td_gazetteer_shared(&gaz) != TD_OK || gaz == NULL)
        return;
    ASSERT_OK(td_timeline_build(in, 4, &tl, NULL));
    ASSERT_TRUE(tl.n > 0);
    assert_no_entity_named(&tl, gone, sizeof(gone) / sizeof(gone[0]));
    for (e = 0; e < tl.n; e++)
        for (k = 0; k < tl.events[e].nentities; k++) {
            const char *name = tl.events[e].entities[k].name;
            places += strcmp(name, "Java") == 0 || strcmp(name, "Valmont") == 0;
        }
    ASSERT_TRUE(places >= 2);
    td_timeline_release(&tl);
}

/*
 * In German every noun is capitalised: a phrase that opens with a count
 * word ("Zwei Tage", "Hunderte Lastwagen") or follows a figure or a count
 * word ("24,6 Mio. Tonnen Weizen", "zwei Wochen Verhandlungen") is a
 * quantity, no name; a name after a year or an ordinal stays ("seit 2021
 * Bundeskanzlerin Angela Merkel", "1. FC Köln").
 */
TD_TEST(test_timeline__german_quantities_are_no_names)
{
    static const char *const gone[] = {"Zwei Tage", "Hunderte Lastwagen", "Tonnen Weizen",
                                       "Wochen Verhandlungen"};
    struct td_timeline_input in[] = {
        {"a", NULL,
         "Zwei Tage nach dem Streik standen am Montag erneut Hunderte Lastwagen vor dem Hafen "
         "von Rostock. Die Ukraine exportierte im Mai 24,6 Mio. Tonnen Weizen, sagte Olga "
         "Kramer am Dienstag. Nach zwei Wochen Verhandlungen einigte sich der 1. FC K\xc3\xb6ln "
         "am Mittwoch mit Karl Brenner.",
         0, "2030-06-06", "de", 0},
    };
    const struct td_gazetteer *gaz = NULL;
    struct td_timeline tl;
    size_t e, k, kept = 0;

    measure(in, 1);
    if (td_gazetteer_shared(&gaz) != TD_OK || gaz == NULL)
        return;
    ASSERT_OK(td_timeline_build(in, 1, &tl, NULL));
    ASSERT_TRUE(tl.n > 0);
    assert_no_entity_named(&tl, gone, sizeof(gone) / sizeof(gone[0]));
    for (e = 0; e < tl.n; e++)
        for (k = 0; k < tl.events[e].nentities; k++) {
            const char *name = tl.events[e].entities[k].name;
            kept += strstr(name, "Rostock") != NULL || strcmp(name, "Olga Kramer") == 0 ||
                    strstr(name, "Karl Brenner") != NULL;
        }
    ASSERT_TRUE(kept >= 3);
    td_timeline_release(&tl);
}

/*
 * A month that names a traded contract ("for September delivery", "zur
 * Lieferung im September", "Dezember-Kontrakt") dates no happening; a
 * month the sentence's happening took place in stays.
 */
TD_TEST(test_timeline__contract_month_is_no_event)
{
    struct td_timeline_input in[] = {
        {"a", NULL,
         "Wheat for September delivery rose 7.4% on Euronext. The disease was first found "
         "in May, officials said.",
         0, "2028-06-16", "en", 0},
        {"b", NULL,
         "Weizen zur Lieferung im September stieg um 7,4 Prozent. Der Dezember-Kontrakt "
         "legte 5 Prozent zu.",
         0, "2028-06-16", "de", 0},
        {"c", NULL,
         "لا تملك مصر عقودا كبيرة مع موردين للتسليم في يوليو. وحظرت الحكومة التصدير حتى "
         "نهاية سبتمبر.",
         0, "2028-06-16", "ar", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]), e;
    struct td_timeline tl;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    for (e = 0; e < tl.n; e++) {
        ASSERT_TRUE(strstr(tl.events[e].date, "-09") == NULL);
        ASSERT_TRUE(strstr(tl.events[e].date, "-12") == NULL);
        ASSERT_TRUE(strstr(tl.events[e].date, "-07") == NULL);
    }
    ASSERT_TRUE(find_event(&tl, "2028-05", "May") >= 0);
    td_timeline_release(&tl);
}

/*
 * The second weekday of a range lies after the first: "dans la nuit de
 * samedi à dimanche" in a Saturday report is the Sunday after (not 6 days
 * back); "offices close on Tuesday and Wednesday" in a Tuesday report is
 * this Wednesday. Two weekdays apart in a sentence keep their readings.
 */
TD_TEST(test_timeline__weekday_range_runs_forward)
{
    struct td_timeline_input in[] = {
        {"a", NULL, "Les secours ont travaillé dans la nuit de samedi à dimanche au chalet.", 0,
         "2030-02-09", "fr", 0},
        {"b", NULL, "Iran closed offices in Tehran on Tuesday and Wednesday to save power.", 0,
         "2028-07-25", "en", 0},
        {"c", NULL, "The ferry sank on Sunday, and divers found the wreck on Friday.", 0,
         "2028-07-25", "en", 0},
    };
    size_t n = sizeof(in) / sizeof(in[0]);
    struct td_timeline tl;

    measure(in, n);
    ASSERT_OK(td_timeline_build(in, n, &tl, NULL));
    ASSERT_EQ_INT(find_event(&tl, "2030-02-03", "secours"), -1);
    ASSERT_EQ_INT(find_event(&tl, "2028-07-19", "Tehran"), -1);
    ASSERT_TRUE(find_event(&tl, "2028-07-23", "ferry") >= 0);
    ASSERT_TRUE(find_event(&tl, "2028-07-21", "ferry") >= 0);
    td_timeline_release(&tl);
}
