/*
 * test_entity.c - tests of src/extract/entity*.c: one table row per rule
 * family (titles, organisation suffixes, gazetteer places and their derived
 * forms, place prepositions, sentence-initial words, roles, propagation),
 * the story-level alias merger, the JSON Lines driver, the scorer, every
 * documented error code and allocation failures. All texts are made up; the
 * gazetteer is a small fixture written to a temporary directory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/alloc.h"
#include "extract/entity_int.h"
#include "test.h"
#include "tidings/entity.h"

/* Writes `body` to `dir`/`name`; false on failure. */
static bool write_file(const char *dir, const char *name, const char *body)
{
    char path[1024];
    FILE *f;

    if (snprintf(path, sizeof(path), "%s/%s", dir, name) >= (int)sizeof(path))
        return false;
    if ((f = fopen(path, "w")) == NULL)
        return false;
    fputs(body, f);
    return fclose(f) == 0;
}

/* A gazetteer from fixture files: two made-up countries, the UK, a region, a city. */
static struct td_gazetteer *fixture_gaz(void)
{
    const char *dir = td_test_tmpdir();
    char json[1024];
    struct td_gazetteer *gaz = NULL;

    if (snprintf(json, sizeof(json), "%s/json", dir) >= (int)sizeof(json) || mkdir(json, 0700) != 0)
        return NULL;
    if (!write_file(dir, "json/iso_3166-1.json",
                    "{\"3166-1\":[{\"alpha_2\":\"FD\",\"name\":\"Freedonia\","
                    "\"official_name\":\"Republic of Freedonia\"},"
                    "{\"alpha_2\":\"GB\",\"name\":\"United Kingdom\"},"
                    "{\"alpha_2\":\"SY\",\"name\":\"Sylvania, Grand Duchy of\"},"
                    "{\"alpha_2\":\"BL\",\"name\":\"Brenland\"},"
                    "{\"alpha_2\":\"TM\",\"name\":\"Tarmany\"},"
                    "{\"alpha_2\":\"VO\",\"name\":\"Great Vostain\"}]}\n") ||
        !write_file(dir, "json/iso_639-2.json",
                    "{\"639-2\":[{\"alpha_2\":\"fd\",\"alpha_3\":\"fdn\","
                    "\"name\":\"Freedish; Old Freedish\"},"
                    "{\"alpha_3\":\"zrb\",\"name\":\"Zorbic\"}]}\n") ||
        !write_file(dir, "json/iso_3166-2.json",
                    "{\"3166-2\":[{\"code\":\"FD-LZ\",\"name\":\"Lutz\",\"type\":\"Province\"},"
                    "{\"code\":\"FD-W\",\"name\":\"West\",\"type\":\"Region\"}]}\n") ||
        !write_file(dir, "json/iso_4217.json",
                    "{\"4217\":[{\"alpha_3\":\"FDD\",\"name\":\"Freedonian dollar\"}]}\n") ||
        !write_file(dir, "zone1970.tab", "# comment\nFD\t+4830+00220\tEurope/Marvelle\n"))
        return NULL;
    setenv("TIDINGS_ZONEINFO", dir, 1);
    if (td_gazetteer_open(dir, &gaz, NULL) != TD_OK)
        return NULL;
    return gaz;
}

/* The mentions of `text` as "TYPE:text|TYPE:text" in `out`. */
static void tag(const struct td_gazetteer *gaz, const char *text, const char *lang, char *out,
                size_t size)
{
    struct td_mention_list l;
    size_t i, o = 0;

    out[0] = '\0';
    td_mention_list_init(&l);
    if (td_entities_find(gaz, text, strlen(text), lang, &l, NULL) != TD_OK) {
        snprintf(out, size, "(error)");
        return;
    }
    for (i = 0; i < l.n && o < size; i++) {
        const struct td_mention *m = &l.items[i];
        int w = snprintf(out + o, size - o, "%s%s:%.*s", i ? "|" : "", td_entity_type_name(m->type),
                         (int)(m->end - m->start), text + m->start);
        o += w > 0 ? (size_t)w : 0;
    }
    td_mention_list_release(&l);
}

struct tcase {
    const char *text, *lang;
    const char *want; /* "TYPE:text|..." of all mentions, in order */
};

static const struct tcase cases[] = {
    /* Titles and roles before a name; a role after a name makes it an employer. */
    {"Yesterday analyst Mara Velloso said the plan was sound.", "en", "PER:Mara Velloso"},
    {"They met President Odel Tramm on the stairs.", "en", "PER:Odel Tramm"},
    {"The deal was signed by Mrs. Ilse Varga.", "en", "PER:Ilse Varga"},
    {"Yesterday Mr. Wagner spoke. Later Dr. Kline left.", "en", "PER:Wagner|PER:Kline"},
    {"Quorra chief executive Ana Pell resigned.", "en", "ORG:Quorra|PER:Ana Pell"},
    {"Velto Braun CEO Dan Ruiz spoke first.", "en", "ORG:Velto Braun|PER:Dan Ruiz"},
    /* Organisation suffixes and cue words. */
    {"Shares of Brindle Foods Inc. fell sharply.", "en", "ORG:Brindle Foods Inc"},
    {"A report by the Pellam University staff.", "en", "ORG:Pellam University"},
    {"She joined the Bank of Ostrava last year.", "en", "ORG:Bank of Ostrava"},
    {"Orvel Airlines cancelled its flights.", "en", "ORG:Orvel Airlines"},
    {"Both Tarva Ratings and Kolva Ventures sold Brenn Foods shares.", "en",
     "ORG:Tarva Ratings|ORG:Kolva Ventures|ORG:Brenn Foods"},
    /* Gazetteer places and derived forms: initials, adjectives, continent, city. */
    {"Talks in Freedonia and the UK stalled.", "en", "LOC:Freedonia|LOC:UK"},
    {"The U.K. said the Freedonian navy had left.", "en", "LOC:U.K.|LOC:Freedonian"},
    {"Troops reached Marvelle and other European cities.", "en", "LOC:Marvelle|LOC:European"},
    {"Prices are quoted in FDD only.", "en", ""},
    {"Sales of TV sets and SUVs rose as GDP grew.", "en", ""},
    /* Place prepositions, "Town, Region" and renaming. */
    {"He flew from Qarvel to the meeting.", "en", "LOC:Qarvel"},
    {"She was born in Ostrek, Lutz in spring.", "en", "LOC:Ostrek|LOC:Lutz"},
    /* A name whose first or last word is used alone is a person, even after "from". */
    {"She split from Dorin West in May. West said little.", "en", "PER:Dorin West|PER:West"},
    /* Sentence-initial capitals that are ordinary words are not names. */
    {"I'm sure. I'd say so, I’ll add.", "en", ""},
    {"However, prices rose. Analysts expect more. Costs fell, analysts said.", "en", ""},
    {"Sometimes it rains. But it was dry.", "en", ""},
    /* A quotation opened after ", " starts a sentence; one closed after "," does not. */
    {"He kept saying, \"Wait for us,\" and left.", "en", ""},
    {"\"Prices fell,\" Tramm said, and he left.", "en", "PER:Tramm"},
    /* A surname takes the type of the full name; models and currencies are no names. */
    {"Jonathan Marsh spoke first. Later Marsh left.", "en", "PER:Jonathan Marsh|PER:Marsh"},
    {"The new Tavor 300 jet and Tavor rivals.", "en", "ORG:Tavor"},
    {"It costs 5 US dollars in the UK.", "en", "LOC:UK"},
    {"It costs US$ 5 at the 2 Quorra outlets and 787 Dreamliner fans.", "en", ""},
    {"The iPod Nano and the Music Store opened; music store sales rose.", "en", "ORG:Music Store"},
    {"In 2004 Quorra sold the Joint Strike Fighter plans.", "en",
     "ORG:Quorra|ORG:Joint Strike Fighter"},
    /* Demonyms: language names (only those with a two-letter code) and country patterns. */
    {"Freedish and Zorbic officials met.", "en", "LOC:Freedish|ORG:Zorbic"},
    {"Brennish, Tarman and Vostish ships sailed.", "en", "LOC:Brennish|LOC:Tarman|LOC:Vostish"},
    {"It was a pride for all Freedonians and some Tarmans.", "en", ""},
    /* Products and indices are no names, nor are the same words elsewhere in the text. */
    {"Orvel Air bought 40 Skylark jets and 2 Skylark kits. The Skylark flies far.", "en",
     "ORG:Orvel Air"},
    {"Yesterday 3 Quorra shops opened. Fans said Quorra won, and Quorra agreed.", "en",
     "ORG:Quorra|ORG:Quorra"},
    {"Fans of 9 \"Skylark\" planes and the Skylark met.", "en", ""},
    {"Yesterday Quorra showed the new Zephyr Tab. The Zephyr Tab is thin.", "en", "ORG:Quorra"},
    {"The Kessel Mertz Composite Index fell. The Kessel Mertz lost more.", "en", ""},
    {"The Brava Lenz index rose and the benchmark Tollan rose too.", "en", ""},
    {"The Kestrel Air Show opened.", "en", ""},
    {"Fans of Orbit OS X wait.", "en", ""},
    {"Buyers of Kelva Pro and Kelva Mini wait.", "en", ""},
    {"Yesterday the Brava Lenz fell 120.5 points; the Brava Lenz is down.", "en", ""},
    {"The Tollan 250 index and the Brava 40 index fell; Tollan lost most.", "en", ""},
    {"Fans in Lutz the Senate met.", "en", "LOC:Lutz|ORG:Senate"},
    {"Fans of the iWidget Builder Kit (BK) say the BK is free.", "en", ""},
    /* Acronyms take the type of the name they follow; a rank is no model number. */
    {"He sued the Pellam Lunar Agency (PLA) and won; PLA lost.", "en",
     "ORG:Pellam Lunar Agency|ORG:PLA|ORG:PLA"},
    {"It is now the No. 2 UK grocer.", "en", "LOC:UK"},
    /* Country initials in front of a name are a place of their own. */
    {"Boats of the UK Coast Guard left.", "en", "LOC:UK|ORG:Coast Guard"},
    /* Pronouns, appositions, "who", "said": people; roles, kinds, "&", profits: firms. */
    {"Velto Braun reported that its loss widened.", "en", "ORG:Velto Braun"},
    {"On Monday Kadar said he would resign.", "en", "PER:Kadar"},
    {"Rose Bush, a senior lawyer, objected. The rose bush died.", "en", "PER:Rose Bush"},
    {"Rose Bush, who objected, left. The rose bush died.", "en", "PER:Rose Bush"},
    {"Mark Young said prices fell. A mark was left by young birds.", "en", "PER:Mark Young"},
    {"Some analysts at Pell Maddox and the chief executive of Tobin Rask agreed.", "en",
     "ORG:Pell Maddox|ORG:Tobin Rask"},
    {"He joined retailer Dunmore Gale in May.", "en", "ORG:Dunmore Gale"},
    {"The loss of Orvel Air Flight 447 was told by news agency Tamsa Lenz.", "en",
     "ORG:Orvel Air|ORG:Tamsa Lenz"},
    {"Shares of Kolva & Co. and Hollis & Crane rose.", "en", "ORG:Kolva & Co|ORG:Hollis & Crane"},
    {"Last year Tobin Rask profits rose.", "en", "ORG:Tobin Rask"},
    /* A kind of product before a name makes it a product: "browser Safari". */
    {"Use the web browser Kestrel or the e-mail client Wren on the tablet Corva.", "en", ""},
    /* A person-shaped name before a kind of product is a brand and model. */
    {"Demand for Corva Lumen sedans rose.", "en", ""},
    /* An acronym spelled out in lower case is a common noun, here and elsewhere. */
    {"Its gross domestic product (GDP) fell. GDP rose, sport utility vehicles (SUVs) too.", "en",
     ""},
    /* A place word after a name; holidays are no names. */
    {"Jets left Vardo airport for the Tamsin Theater on Labor Day.", "en",
     "LOC:Vardo|LOC:Tamsin Theater"},
    /* Business cues: a stake in X, analysts at X, ", the investment bank", X's shares. */
    {"Lena Orr bought a stake in Pell Maddox.", "en", "PER:Lena Orr|ORG:Pell Maddox"},
    {"Analysts at Pell Maddox said so.", "en", "ORG:Pell Maddox"},
    {"Shares of Tarvo Brisk, the investment bank, fell.", "en", "ORG:Tarvo Brisk"},
    {"Yesterday Tarvo Brisk's shares fell, and Freedonia's yen rose.", "en",
     "ORG:Tarvo Brisk|LOC:Freedonia"},
    {"Yesterday Ada Kiss's Tarvo Brisk beat Orvel Air's 747 sales.", "en",
     "PER:Ada Kiss|ORG:Tarvo Brisk|ORG:Orvel Air"},
    /* A capital inside a word makes a brand, unless a surname prefix explains it. */
    {"Fans of KLMorgan Vance met Ann DeVore.", "en", "ORG:KLMorgan Vance|PER:Ann DeVore"},
    /* A name before a lower-case compound part stands alone; lone names are coordinated too. */
    {"The Marvelle-based firm and an EADS-led group met.", "en", "LOC:Marvelle|ORG:EADS"},
    {"Plants in Bochum and Jena closed.", "en", "LOC:Bochum|LOC:Jena"},
    /* Middle initials stay inside a name; "In X," opening a sentence is a place cue. */
    {"Yesterday Odel K. Tramm spoke. In Qarvel, prices rose.", "en",
     "PER:Odel K. Tramm|LOC:Qarvel"},
    /* "X, Y" is a list only when it goes on; otherwise Y is in apposition. An age marks a person.
     */
    {"The head of Brindle Foods Inc, Rolf Hadley, resigned.", "en",
     "ORG:Brindle Foods Inc|PER:Rolf Hadley"},
    {"Boats of Orvel Airlines, Kestrel Lines and Tamsa Air left.", "en",
     "ORG:Orvel Airlines|ORG:Kestrel Lines|ORG:Tamsa Air"},
    {"Yesterday Hadley, 56, quit.", "en", "PER:Hadley"},
    /* Short forms: firms keep their first word ("Lockheed"), people their surname. */
    {"Dorva Kline won the bid; Dorva beat two rivals.", "en", "ORG:Dorva Kline|ORG:Dorva"},
    {"Lutz Vosk spoke first. Later Vosk said no.", "en", "PER:Lutz Vosk|PER:Vosk"},
    /* Code points and other languages: German nouns need evidence. */
    {"Él vio a José Ñúñez en Freedonia.", "es", "PER:José Ñúñez|LOC:Freedonia"},
    {"Der Vertrag wurde in Freedonia unterschrieben.", "de", "LOC:Freedonia"},
    /* A given name written the Korean way keeps its second syllable; a compound does not. */
    {"Chief executive Jung Tae-ho apologised.", "en", "PER:Jung Tae-ho"},
    {"Reporting by Han Ji-won in Seoul.", "en", "PER:Han Ji-won|LOC:Seoul"},
    {"The Lutz Vosk-led board met the Detroit-based Orvel Airlines.", "en",
     "ORG:Lutz Vosk|ORG:Detroit|ORG:Orvel Airlines"},
    /* Turkish: a case ending after an apostrophe ends the name before the next one. */
    {"Ürdün'de Madaba Müzesi soyuldu.", "tr", "PER:Madaba Müzesi"},
    {"Kazı başkanı Rania Haddad'ın ekibi Ürdün'e döndü.", "tr", "PER:Rania Haddad|ORG:Ürdün"},
};

TD_TEST(test_entity__rule_table)
{
    struct td_gazetteer *gaz = fixture_gaz();
    char got[512];
    size_t i;

    ASSERT_TRUE(gaz != NULL);
    ASSERT_TRUE(td_gazetteer_size(gaz) > 5);
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        tag(gaz, cases[i].text, cases[i].lang, got, sizeof(got));
        if (strcmp(got, cases[i].want) != 0)
            fprintf(stderr, "case %zu: %s\n", i, cases[i].text);
        ASSERT_STREQ(got, cases[i].want);
    }
    td_gazetteer_close(gaz);
}

TD_TEST(test_entity__offsets_in_code_points)
{
    static const char text[] = "Ça va, dit Zoé Brandt à Freedonia.";
    struct td_gazetteer *gaz = fixture_gaz();
    struct td_mention_list l;

    ASSERT_TRUE(gaz != NULL);
    td_mention_list_init(&l);
    ASSERT_OK(td_entities_find(gaz, text, strlen(text), "fr", &l, NULL));
    ASSERT_EQ_INT(l.n, 2);
    ASSERT_EQ_INT(l.items[0].start_cp, 11);
    ASSERT_EQ_INT(l.items[0].end_cp, 21);
    ASSERT_EQ_INT(l.items[0].start, 12);
    ASSERT_EQ_INT(l.items[1].start_cp, 24);
    ASSERT_EQ_INT(l.items[1].type, TD_ENT_LOC);
    td_mention_list_release(&l);
    td_gazetteer_close(gaz);
}

/* A capitalised preposition opening a sentence ("À", "Across") is not part of the name after it. */
TD_TEST(test_entity__sentence_initial_preposition)
{
    static const char fr[] = "À Montclair-sur-Vesse, le conseil a voté.";
    static const char en[] = "Across Freedonia, markets fell.";
    struct td_gazetteer *gaz = fixture_gaz();
    struct td_mention_list l;

    ASSERT_TRUE(gaz != NULL);
    td_mention_list_init(&l);
    ASSERT_OK(td_entities_find(gaz, fr, strlen(fr), "fr", &l, NULL));
    ASSERT_EQ_INT(l.n, 1);
    ASSERT_EQ_INT(l.items[0].start_cp, 2);
    ASSERT_EQ_INT(l.items[0].end_cp, 21);
    ASSERT_OK(td_entities_find(gaz, en, strlen(en), "en", &l, NULL));
    ASSERT_EQ_INT(l.n, 1);
    ASSERT_EQ_INT(l.items[0].start, 7);
    ASSERT_EQ_INT(l.items[0].type, TD_ENT_LOC);
    td_mention_list_release(&l);
    td_gazetteer_close(gaz);
}

TD_TEST(test_entity__no_gazetteer)
{
    struct td_gazetteer *gaz = (struct td_gazetteer *)1;
    struct td_error err;
    char got[256];

    ASSERT_EQ_INT(td_gazetteer_open("/nonexistent/iso", &gaz, &err), TD_ERR_NOTFOUND);
    ASSERT_TRUE(strstr(err.msg, "iso-codes") != NULL);
    ASSERT_TRUE(gaz == (struct td_gazetteer *)1);
    /* Without a gazetteer the other rules still work. */
    tag(NULL, "He flew from Qarvel with Mr Ado Kiss.", "en", got, sizeof(got));
    ASSERT_STREQ(got, "LOC:Qarvel|PER:Ado Kiss");
}

TD_TEST(test_entity__bad_gazetteer)
{
    const char *dir = td_test_tmpdir();
    struct td_gazetteer *gaz = NULL;
    char json[1024];

    snprintf(json, sizeof(json), "%s/json", dir);
    ASSERT_TRUE(mkdir(json, 0700) == 0);
    ASSERT_TRUE(write_file(dir, "json/iso_3166-1.json", "{\"3166-1\": 7}"));
    ASSERT_EQ_INT(td_gazetteer_open(dir, &gaz, NULL), TD_ERR_PARSE);
    ASSERT_TRUE(write_file(dir, "json/iso_3166-1.json", "not json"));
    ASSERT_EQ_INT(td_gazetteer_open(dir, &gaz, NULL), TD_ERR_PARSE);
    ASSERT_TRUE(gaz == NULL);
}

TD_TEST(test_entity__word_table)
{
    ASSERT_TRUE(entity_words_sorted());
    ASSERT_TRUE((entity_word_class("Inc", 3) & W_ORG_END) != 0);
    ASSERT_TRUE((entity_word_class("PRÄSIDENT", 10) & W_TITLE) != 0);
    ASSERT_TRUE((entity_word_class("mr", 2) & W_TITLE) != 0);
    ASSERT_EQ_INT(entity_word_class("Quorra", 6), 0);
}

TD_TEST(test_entity__find_errors)
{
    struct td_mention_list l;

    td_mention_list_init(&l);
    ASSERT_EQ_INT(td_entities_find(NULL, NULL, 0, "en", &l, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_entities_find(NULL, "x", 1, "en", NULL, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_entities_find(NULL, "Mr A\xe2\x82", 6, "en", &l, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_entities_find(NULL, "x", (size_t)17 * 1024 * 1024, "en", &l, NULL),
                  TD_ERR_TOO_LARGE);
    ASSERT_EQ_INT(l.n, 0);
    ASSERT_STREQ(td_entity_type_name(TD_ENT_PER), "PER");
    ASSERT_STREQ(td_entity_type_name(TD_ENT_ORG), "ORG");
    ASSERT_STREQ(td_entity_type_name(TD_ENT_LOC), "LOC");
    ASSERT_STREQ(td_entity_type_name((enum td_entity_type)0), "?");
}

/* Tags `text`, written in `lang`, and adds it to `set`. */
static enum td_err add_doc_in(struct td_entity_set *set, const char *text, const char *lang)
{
    struct td_mention_list l;
    enum td_err rc;

    td_mention_list_init(&l);
    rc = td_entities_find(NULL, text, strlen(text), lang, &l, NULL);
    if (rc == TD_OK)
        rc = td_entity_set_add(set, text, strlen(text), &l, NULL);
    td_mention_list_release(&l);
    return rc;
}

static enum td_err add_doc(struct td_entity_set *set, const char *text)
{
    return add_doc_in(set, text, "en");
}

static bool has_alias(const struct td_entity *e, const char *a)
{
    size_t i;

    for (i = 0; i < e->n_aliases; i++) {
        if (strcmp(e->aliases[i], a) == 0)
            return true;
    }
    return false;
}

TD_TEST(test_entity__alias_merge_and_rename)
{
    static const char *docs[] = {
        "Singer Jonathan Marsh, who now goes by Jay, released an album. Marsh toured.",
        "Later Jay played at Corvel Records. Fans cheered for Jonathan. Mr Tobin Reyes watched.",
        "Gorvan Motors (GM) cut jobs. GM said Marsh was not involved.",
    };
    struct td_entity_set *set = NULL;
    const struct td_entity *e;
    size_t i, marsh;

    ASSERT_OK(td_entity_set_new(&set, NULL));
    for (i = 0; i < 3; i++)
        ASSERT_OK(add_doc(set, docs[i]));
    ASSERT_EQ_INT(td_entity_set_count(set), 0);
    ASSERT_OK(td_entity_set_resolve(set, NULL));
    marsh = td_entity_set_entity_of(set, 0, 0);
    e = td_entity_set_get(set, marsh);
    ASSERT_TRUE(e != NULL);
    ASSERT_STREQ(e->name, "Jonathan Marsh");
    ASSERT_EQ_INT(e->type, TD_ENT_PER);
    ASSERT_TRUE(has_alias(e, "Jay"));
    ASSERT_TRUE(has_alias(e, "Marsh"));
    ASSERT_TRUE(has_alias(e, "Jonathan"));
    ASSERT_EQ_INT(e->count, 6);
    /* "Jay" in document 1 and "Marsh" in document 2 are the same person. */
    ASSERT_EQ_INT(td_entity_set_entity_of(set, 1, 0), marsh);
    ASSERT_EQ_INT(td_entity_set_entity_of(set, 1, 2), marsh);
    e = td_entity_set_get(set, td_entity_set_entity_of(set, 2, 1));
    ASSERT_STREQ(e->name, "Gorvan Motors");
    ASSERT_EQ_INT(e->type, TD_ENT_ORG);
    ASSERT_TRUE(has_alias(e, "GM"));
    ASSERT_TRUE(td_entity_set_entity_of(set, 1, 3) != marsh);
    ASSERT_EQ_INT(td_entity_set_entity_of(set, 3, 0), SIZE_MAX);
    ASSERT_EQ_INT(td_entity_set_entity_of(set, 0, 99), SIZE_MAX);
    ASSERT_TRUE(td_entity_set_get(set, 99) == NULL);
    /* Most mentioned first. */
    ASSERT_EQ_INT(td_entity_set_get(set, 0)->count, 6);
    ASSERT_EQ_INT(add_doc(set, "More."), TD_ERR_INVALID);
    td_entity_set_free(set);
}

/* "who today is called “Jay”": a quoted new name after the phrase is an alias too. */
TD_TEST(test_entity__rename_in_quotes)
{
    static const char *docs[] = {
        "Jonathan Marsh sold the house. The singer, who today is called "
        "\xE2\x80\x9CJay\xE2\x80\x9D, "
        "left for Corvel.",
        "Later Jay played in Corvel again.",
    };
    struct td_entity_set *set = NULL;
    const struct td_entity *e;
    size_t i;

    ASSERT_OK(td_entity_set_new(&set, NULL));
    for (i = 0; i < 2; i++)
        ASSERT_OK(add_doc(set, docs[i]));
    ASSERT_OK(td_entity_set_resolve(set, NULL));
    e = td_entity_set_get(set, td_entity_set_entity_of(set, 0, 0));
    ASSERT_TRUE(e != NULL);
    ASSERT_STREQ(e->name, "Jonathan Marsh");
    ASSERT_TRUE(has_alias(e, "Jay"));
    ASSERT_EQ_INT(td_entity_set_entity_of(set, 1, 0), td_entity_set_entity_of(set, 0, 0));
    td_entity_set_free(set);
}

/*
 * A place or organisation the sources write alone more often than a
 * two-word "person" ending in it ("Dorf Vretaby", the German "near the
 * village of Vretaby") is shown as they write it.
 */
TD_TEST(test_entity__place_shown_as_most_write_it)
{
    struct td_entity_set *set = NULL;
    const struct td_entity *e;

    ASSERT_OK(td_entity_set_new(&set, NULL));
    ASSERT_OK(add_doc_in(set, "Der Zug entgleiste nahe dem Dorf Vretaby.", "de"));
    ASSERT_OK(
        add_doc(set, "A train derailed near the village of Vretaby. Police in Vretaby said."));
    ASSERT_OK(add_doc(set, "Investigators reached Vretaby on Friday."));
    ASSERT_OK(td_entity_set_resolve(set, NULL));
    e = td_entity_set_get(set, td_entity_set_entity_of(set, 2, 0));
    ASSERT_TRUE(e != NULL);
    ASSERT_STREQ(e->name, "Vretaby");
    e = td_entity_set_get(set, td_entity_set_entity_of(set, 0, 0));
    ASSERT_TRUE(e != NULL);
    ASSERT_STREQ(e->name, "Vretaby");
    td_entity_set_free(set);
}

/*
 * The canonical name is a full name seen most, not the longest surface: a
 * German role noun in front ("Sängerin Giulia Ferrante", once) is no part
 * of the name the other articles write ("Giulia Ferrante", three times).
 */
TD_TEST(test_entity__canonical_is_the_full_name_seen_most)
{
    struct td_entity_set *set = NULL;
    const struct td_entity *e;

    ASSERT_OK(td_entity_set_new(&set, NULL));
    ASSERT_OK(
        add_doc_in(set, "Gestern hat die Sängerin Giulia Ferrante in Mailand gesungen.", "de"));
    ASSERT_OK(add_doc(set, "The singer Giulia Ferrante toured Italy. Ferrante sang in Milan."));
    ASSERT_OK(add_doc(set, "Fans cheered when Giulia Ferrante sang."));
    ASSERT_OK(add_doc(set, "Critics praised Giulia Ferrante."));
    ASSERT_OK(td_entity_set_resolve(set, NULL));
    e = td_entity_set_get(set, td_entity_set_entity_of(set, 1, 0));
    ASSERT_TRUE(e != NULL);
    ASSERT_STREQ(e->name, "Giulia Ferrante");
    ASSERT_TRUE(has_alias(e, "Ferrante"));
    td_entity_set_free(set);
}

TD_TEST(test_entity__set_errors)
{
    struct td_entity_set *set = NULL;
    struct td_mention_list l;
    struct td_mention m = {0, 50, 0, 50, TD_ENT_PER};

    ASSERT_EQ_INT(td_entity_set_new(NULL, NULL), TD_ERR_INVALID);
    ASSERT_OK(td_entity_set_new(&set, NULL));
    l.items = &m;
    l.n = l.cap = 1;
    ASSERT_EQ_INT(td_entity_set_add(set, "short", 5, &l, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_entity_set_add(set, NULL, 5, &l, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_entity_set_resolve(NULL, NULL), TD_ERR_INVALID);
    ASSERT_OK(td_entity_set_resolve(set, NULL));
    ASSERT_EQ_INT(td_entity_set_count(set), 0);
    td_entity_set_free(set);
    td_entity_set_free(NULL);
}

TD_TEST(test_entity__oom)
{
    static const char text[] = "Mr Ado Kiss of Brindle Foods Inc. flew from Qarvel. Kiss left.";
    struct td_mention_list l;
    struct td_entity_set *set = NULL;
    long n;
    enum td_err rc = TD_ERR_NOMEM;

    td_mention_list_init(&l);
    for (n = 1; rc == TD_ERR_NOMEM && n < 50; n++) {
        alloc_fail_after(n);
        rc = td_entities_find(NULL, text, strlen(text), "en", &l, NULL);
        alloc_fail_after(-1);
        if (rc == TD_ERR_NOMEM)
            ASSERT_EQ_INT(l.n, 0);
    }
    ASSERT_OK(rc);
    ASSERT_EQ_INT(l.n, 4);
    rc = TD_ERR_NOMEM;
    for (n = 1; rc == TD_ERR_NOMEM && n < 100; n++) {
        ASSERT_OK(td_entity_set_new(&set, NULL));
        alloc_fail_after(n);
        rc = td_entity_set_add(set, text, strlen(text), &l, NULL);
        if (rc == TD_OK)
            rc = td_entity_set_resolve(set, NULL);
        alloc_fail_after(-1);
        if (rc == TD_ERR_NOMEM)
            td_entity_set_free(set);
    }
    ASSERT_OK(rc);
    ASSERT_EQ_INT(td_entity_set_count(set), 3);
    td_entity_set_free(set);
    td_mention_list_release(&l);
}

TD_TEST(test_entity__json_stream)
{
    static const char in_text[] = "{\"doc\":\"d1\",\"text\":\"Mr Ado Kiss left.\"}\n"
                                  "\n"
                                  "not json\n"
                                  "{\"doc\":\"d2\",\"text\":7}\n"
                                  "{\"doc\":\"d3\",\"text\":\"Über Ado Kiss.\",\"lang\":\"de\"}\n";
    FILE *in = tmpfile(), *out = tmpfile();
    char buf[512];
    size_t rejected = 0, n;

    ASSERT_TRUE(in != NULL && out != NULL);
    fputs(in_text, in);
    rewind(in);
    ASSERT_OK(td_entities_tag_stream(NULL, in, out, NULL, NULL, &rejected, NULL));
    ASSERT_EQ_INT(rejected, 2);
    rewind(out);
    n = fread(buf, 1, sizeof(buf) - 1, out);
    buf[n] = '\0';
    ASSERT_STREQ(
        buf, "{\"doc\":\"d1\",\"start\":3,\"end\":11,\"type\":\"PER\",\"text\":\"Ado Kiss\"}\n"
             "{\"doc\":\"d3\",\"start\":5,\"end\":13,\"type\":\"PER\",\"text\":\"Ado Kiss\"}\n");
    ASSERT_EQ_INT(td_entities_tag_stream(NULL, NULL, out, NULL, NULL, NULL, NULL), TD_ERR_INVALID);
    fclose(in);
    fclose(out);
}

TD_TEST(test_entity__score)
{
    const char *dir = td_test_tmpdir();
    char gold[1024], pred[1024], bad[1024];
    struct td_entity_scores s;
    struct td_error err;

    ASSERT_TRUE(write_file(dir, "gold.jsonl",
                           "{\"doc\":\"a\",\"scope_end\":100}\n"
                           "{\"doc\":\"a\",\"start\":0,\"end\":5,\"type\":\"PER\"}\n"
                           "{\"doc\":\"a\",\"start\":10,\"end\":20,\"type\":\"ORG\"}\n"
                           "{\"doc\":\"b\",\"start\":0,\"end\":4,\"type\":\"LOC\"}"));
    ASSERT_TRUE(write_file(dir, "pred.jsonl",
                           "{\"doc\":\"a\",\"start\":1,\"end\":3,\"type\":\"PER\"}\n"
                           "{\"doc\":\"a\",\"start\":12,\"end\":14,\"type\":\"LOC\"}\n"
                           "{\"doc\":\"a\",\"start\":150,\"end\":160,\"type\":\"ORG\"}\n"
                           "{\"doc\":\"b\",\"start\":2,\"end\":6,\"type\":\"LOC\"}\n"
                           "{\"doc\":\"c\",\"start\":0,\"end\":1,\"type\":\"ORG\"}\n"));
    ASSERT_TRUE(write_file(dir, "bad.jsonl", "{\"doc\":\"a\",\"start\":1}\n"));
    snprintf(gold, sizeof(gold), "%s/gold.jsonl", dir);
    snprintf(pred, sizeof(pred), "%s/pred.jsonl", dir);
    snprintf(bad, sizeof(bad), "%s/bad.jsonl", dir);
    ASSERT_OK(td_entity_score_files(gold, pred, &s, NULL));
    ASSERT_EQ_INT(s.docs, 2);
    ASSERT_EQ_INT(s.micro.gold, 3);
    ASSERT_EQ_INT(s.micro.pred, 4); /* the one past scope_end is not scored */
    ASSERT_EQ_INT(s.micro.pred_correct, 2);
    ASSERT_EQ_INT(s.micro.gold_found, 2);
    ASSERT_NEAR(s.micro.precision, 0.5, 1e-9);
    ASSERT_NEAR(s.micro.recall, 2.0 / 3.0, 1e-9);
    ASSERT_NEAR(s.per.f1, 1.0, 1e-9);
    ASSERT_NEAR(s.org.recall, 0.0, 1e-9);
    ASSERT_EQ_INT(td_entity_score_files(gold, bad, &s, &err), TD_ERR_PARSE);
    ASSERT_TRUE(strstr(err.msg, "line 1") != NULL);
    ASSERT_EQ_INT(td_entity_score_files(gold, "/nonexistent/p.jsonl", &s, NULL), TD_ERR_IO);
    ASSERT_EQ_INT(td_entity_score_files(NULL, pred, &s, NULL), TD_ERR_INVALID);
}

/* Runs the JSON Lines driver on `input` and returns its output in `buf`. */
static bool run_stream(const char *input, char *buf, size_t size)
{
    FILE *in = tmpfile(), *out = tmpfile();
    size_t n;
    bool ok;

    if (in == NULL || out == NULL)
        return false;
    fputs(input, in);
    rewind(in);
    ok = td_entities_tag_stream(NULL, in, out, NULL, NULL, NULL, NULL) == TD_OK;
    rewind(out);
    n = fread(buf, 1, size - 1, out);
    buf[n] = '\0';
    fclose(in);
    fclose(out);
    return ok;
}

TD_TEST(test_entity__story_vote)
{
    static const char alone[] = "{\"doc\":\"d2\",\"text\":\"Fans waited in Desh.\"}\n";
    static const char story[] =
        "{\"doc\":\"d1\",\"story\":\"s\",\"text\":\"Mr Rolan Desh spoke. Later Desh left.\"}\n"
        "{\"doc\":\"d2\",\"story\":\"s\",\"text\":\"Fans waited in Desh.\"}\n"
        "{\"doc\":\"d3\",\"text\":\"Fans waited in Desh.\"}\n";
    char buf[1024];

    /* Alone, "in Desh" is a place; in a story where Desh is a person, a person. */
    ASSERT_TRUE(run_stream(alone, buf, sizeof(buf)));
    ASSERT_TRUE(strstr(buf, "\"type\":\"LOC\"") != NULL);
    ASSERT_TRUE(run_stream(story, buf, sizeof(buf)));
    ASSERT_TRUE(strstr(buf, "{\"doc\":\"d2\",\"start\":15,\"end\":19,\"type\":\"PER\"") != NULL);
    ASSERT_TRUE(strstr(buf, "{\"doc\":\"d3\",\"start\":15,\"end\":19,\"type\":\"LOC\"") != NULL);
    /* The story's lines come out before the next record's. */
    ASSERT_TRUE(strstr(buf, "\"d2\"") < strstr(buf, "\"d3\""));
}

TD_TEST(test_entity__story_products)
{
    static const char story[] =
        "{\"doc\":\"p1\",\"story\":\"s\",\"text\":\"Orvel Air sold 40 Skylark jets and 9 Skylark "
        "kits.\"}\n"
        "{\"doc\":\"p2\",\"story\":\"s\",\"text\":\"Fans love the Skylark; the Skylark won, said "
        "Quorra Inc.\"}\n";
    static const char alone[] =
        "{\"doc\":\"p2\",\"text\":\"Fans love the Skylark; the Skylark won, "
        "said Quorra Inc.\"}\n";
    static const char once[] =
        "{\"doc\":\"t1\",\"story\":\"s\",\"text\":\"I met Tamo in Marvelle.\"}\n"
        "{\"doc\":\"t2\",\"story\":\"s\",\"text\":\"Fans waited. Tamo said he was now called "
        "Tamo.\"}\n"
        "{\"doc\":\"t3\",\"text\":\"I met Tamo in Marvelle.\"}\n"
        "{\"doc\":\"t4\",\"text\":\"Crowds cheered the Brass Lantern Parade.\"}\n"
        "{\"doc\":\"t5\",\"text\":\"Plants in Bochum and Jena closed.\"}\n";
    static const char dollars[] =
        "{\"doc\":\"u1\",\"story\":\"s\",\"text\":\"It cost US$ 5 and US$ 7.\"}\n"
        "{\"doc\":\"u2\",\"story\":\"s\",\"text\":\"Troops left the US.\"}\n";
    char buf[1024];

    /* Alone, "the Skylark" is a name; in a story that shows it as a product twice, it is not. */
    ASSERT_TRUE(run_stream(alone, buf, sizeof(buf)));
    ASSERT_TRUE(strstr(buf, "\"text\":\"Skylark\"") != NULL);
    ASSERT_TRUE(run_stream(story, buf, sizeof(buf)));
    ASSERT_TRUE(strstr(buf, "\"text\":\"Skylark\"") == NULL);
    ASSERT_TRUE(strstr(buf, "\"text\":\"Orvel Air\"") != NULL);
    ASSERT_TRUE(strstr(buf, "\"text\":\"Quorra Inc\"") != NULL);
    /*
     * A word the tagger only guessed and its article uses once is kept when
     * another article of the story names it, and dropped when it is alone.
     */
    ASSERT_TRUE(run_stream(once, buf, sizeof(buf)));
    ASSERT_TRUE(strstr(buf, "{\"doc\":\"t1\",\"start\":6,\"end\":10,\"type\":\"PER\"") != NULL);
    ASSERT_TRUE(strstr(buf, "\"doc\":\"t3\",\"start\":6") == NULL);
    ASSERT_TRUE(strstr(buf, "\"t4\"") == NULL);
    /* A neighbour in a list is evidence enough. */
    ASSERT_TRUE(strstr(buf, "{\"doc\":\"t5\",\"start\":21,\"end\":25,\"type\":\"LOC\"") != NULL);
    /* A currency code ("US$") is dropped, not counted as a product. */
    ASSERT_TRUE(run_stream(dollars, buf, sizeof(buf)));
    ASSERT_TRUE(strstr(buf, "{\"doc\":\"u2\",\"start\":16,\"end\":18,") != NULL);
}

/* Allocation failures while the no-name list is filled and while a story drops its products. */
TD_TEST(test_entity__oom_products)
{
    static const char text[] = "Orvel Air sold 40 Skylark jets. The Skylark flies.";
    static const char story[] =
        "{\"doc\":\"p1\",\"story\":\"s\",\"text\":\"Orvel Air sold 40 Skylark jets.\"}\n"
        "{\"doc\":\"p2\",\"story\":\"s\",\"text\":\"Fans love the Skylark, said Quorra Inc.\"}\n";
    struct td_mention_list l, non;
    char buf[1024];
    long n;
    enum td_err rc = TD_ERR_NOMEM;
    bool ok = false;

    td_mention_list_init(&l);
    td_mention_list_init(&non);
    for (n = 1; rc == TD_ERR_NOMEM && n < 50; n++) {
        alloc_fail_after(n);
        rc = entity_find_ex(NULL, text, strlen(text), "en", &l, &non, NULL);
        alloc_fail_after(-1);
        if (rc == TD_ERR_NOMEM) {
            ASSERT_EQ_INT(l.n, 0);
            ASSERT_EQ_INT(non.n, 0);
        }
    }
    ASSERT_OK(rc);
    ASSERT_EQ_INT(l.n, 1);
    ASSERT_EQ_INT(non.n, 1);
    ASSERT_EQ_INT(non.items[0].start, 18);
    td_mention_list_release(&l);
    td_mention_list_release(&non);
    for (n = 1; !ok && n < 200; n++) {
        alloc_fail_after(n);
        ok = run_stream(story, buf, sizeof(buf));
        alloc_fail_after(-1);
    }
    ASSERT_TRUE(ok);
    ASSERT_TRUE(strstr(buf, "\"text\":\"Skylark\"") == NULL);
    ASSERT_TRUE(strstr(buf, "\"text\":\"Quorra Inc\"") != NULL);
}

/* Appends a little-endian 32-bit word. */
static void put32(unsigned char *b, size_t *o, uint32_t v)
{
    b[(*o)++] = (unsigned char)v;
    b[(*o)++] = (unsigned char)(v >> 8);
    b[(*o)++] = (unsigned char)(v >> 16);
    b[(*o)++] = (unsigned char)(v >> 24);
}

/*
 * Makes the fresh folders `name`/iso/json under the test's temporary folder:
 * `root` gets `name`'s path and `path` that of its iso/json. False if one
 * exists already or cannot be made.
 */
static bool make_iso_tree(const char *name, char *root, size_t rootsz, char *path, size_t pathsz)
{
    (void)snprintf(root, rootsz, "%s/%s", td_test_tmpdir(), name);
    if (mkdir(root, 0700) != 0)
        return false;
    (void)snprintf(path, pathsz, "%s/iso", root);
    if (mkdir(path, 0700) != 0)
        return false;
    (void)snprintf(path, pathsz, "%s/iso/json", root);
    return mkdir(path, 0700) == 0;
}

/* Writes a gettext .mo catalogue of `n` (original, translation) pairs to `path`. */
static bool write_mo(const char *path, const char *const (*pairs)[2], size_t n)
{
    unsigned char b[2048];
    size_t o = 0, i, k, str = 28 + 16 * n;
    FILE *f;

    put32(b, &o, 0x950412deU);
    put32(b, &o, 0);
    put32(b, &o, (uint32_t)n);
    put32(b, &o, 28);
    put32(b, &o, (uint32_t)(28 + 8 * n));
    put32(b, &o, 0);
    put32(b, &o, 0);
    for (k = 0; k < 2; k++) {
        for (i = 0; i < n; i++) {
            size_t len = strlen(pairs[i][k]);
            put32(b, &o, (uint32_t)len);
            put32(b, &o, (uint32_t)str);
            memcpy(b + str, pairs[i][k], len + 1);
            str += len + 1;
        }
    }
    if ((f = fopen(path, "wb")) == NULL)
        return false;
    fwrite(b, 1, str, f);
    return fclose(f) == 0;
}

/*
 * Country names map to their ISO code in every language the catalogues
 * translate them to, folded as the text module folds words, so that
 * "Japan", "Japón" and "JAPON" are one key across languages.
 */
TD_TEST(test_entity__country_codes_across_languages)
{
    static const char *const es[][2] = {{"Freedonia", "Freedonia"},
                                        {"United Kingdom", "Reino Unido"},
                                        {"Sylvania, Grand Duchy of", "Silvania"},
                                        {"Not a country", "No es un país"}};
    char root[1024], path[1200], code[3] = "";
    struct td_gazetteer *gaz = NULL;

    ASSERT_TRUE(make_iso_tree("cc", root, sizeof(root), path, sizeof(path)));
    ASSERT_TRUE(write_file(path, "iso_3166-1.json",
                           "{\"3166-1\":[{\"alpha_2\":\"FD\",\"name\":\"Freedonia\","
                           "\"official_name\":\"Republic of Freedonia\"},"
                           "{\"alpha_2\":\"GB\",\"name\":\"United Kingdom\"},"
                           "{\"alpha_2\":\"SY\",\"name\":\"Sylvania, Grand Duchy of\"}]}\n"));
    (void)snprintf(path, sizeof(path), "%s/locale", root);
    ASSERT_TRUE(mkdir(path, 0700) == 0);
    (void)snprintf(path, sizeof(path), "%s/locale/es", root);
    ASSERT_TRUE(mkdir(path, 0700) == 0);
    (void)snprintf(path, sizeof(path), "%s/locale/es/LC_MESSAGES", root);
    ASSERT_TRUE(mkdir(path, 0700) == 0);
    (void)snprintf(path, sizeof(path), "%s/locale/es/LC_MESSAGES/iso_3166-1.mo", root);
    ASSERT_TRUE(write_mo(path, es, 4));
    (void)snprintf(path, sizeof(path), "%s/iso", root);
    ASSERT_OK(td_gazetteer_open(path, &gaz, NULL));
    ASSERT_TRUE(td_gazetteer_country(gaz, "united kingdom", 14, code));
    ASSERT_STREQ(code, "GB");
    ASSERT_TRUE(td_gazetteer_country(gaz, "reino unido", 11, code));
    ASSERT_STREQ(code, "GB");
    ASSERT_TRUE(td_gazetteer_country(gaz, "republic of freedonia", 21, code));
    ASSERT_STREQ(code, "FD");
    ASSERT_TRUE(td_gazetteer_country(gaz, "silvania", 8, code));
    ASSERT_STREQ(code, "SY");
    ASSERT_TRUE(td_gazetteer_country(gaz, "sylvania", 8, code));
    ASSERT_TRUE(!td_gazetteer_country(gaz, "no es un país", 14, code));
    ASSERT_TRUE(!td_gazetteer_country(gaz, "United Kingdom", 14, code)); /* keys are folded */
    ASSERT_TRUE(!td_gazetteer_country(NULL, "reino unido", 11, code));
    td_gazetteer_close(gaz);
}

/* Writes `root`/locale/`lang`/LC_MESSAGES/`file` as a .mo catalogue of `n` pairs. */
static bool write_locale_mo(const char *root, const char *lang, const char *file,
                            const char *const (*pairs)[2], size_t n)
{
    char path[1200];

    (void)snprintf(path, sizeof(path), "%s/locale", root);
    (void)mkdir(path, 0700);
    (void)snprintf(path, sizeof(path), "%s/locale/%s", root, lang);
    (void)mkdir(path, 0700);
    (void)snprintf(path, sizeof(path), "%s/locale/%s/LC_MESSAGES", root, lang);
    (void)mkdir(path, 0700);
    (void)snprintf(path, sizeof(path), "%s/locale/%s/LC_MESSAGES/%s", root, lang, file);
    return write_mo(path, pairs, n);
}

/*
 * The Korean, Japanese and Chinese catalogues give the country names in
 * Han, kana and Hangul as lines of a table of bodies: the full name, and
 * without the words for a state's form ("프리도니아 공화국", "フリードニア連邦");
 * not a Korean name of several place words, not two Han characters that do
 * not end in 国, and a short form yields to another country's full name.
 */
TD_TEST(test_entity__cjk_country_names)
{
    static const char *const ko[][2] = {
        {"Freedonia", "\xED\x94\x84\xEB\xA6\xAC\xEB\x8F\x84"
                      "\xEB\x8B\x88\xEC\x95\x84 "
                      "\xEA\xB3\xB5\xED\x99\x94\xEA\xB5\xAD"},
        {"United Kingdom", "\xEC\x98\x81\xEA\xB5\xAD"},
        {"Sylvania, Grand Duchy of", "\xEC\xA0\x81\xEB\x8F\x84 \xEA\xB8\xB0\xEB\x8B\x88"}};
    static const char *const ja[][2] = {
        {"Freedonia", "\xE3\x83\x95\xE3\x83\xAA\xE3\x83\xBC\xE3\x83\x89\xE3\x83\x8B"
                      "\xE3\x82\xA2\xE9\x80\xA3\xE9\x82\xA6"},
        {"Sylvania, Grand Duchy of", "\xE3\x83\x95\xE3\x83\xAA\xE3\x83\xBC\xE3\x83\x89"
                                     "\xE3\x83\x8B\xE3\x82\xA2"}};
    static const char *const zh[][2] = {{"United Kingdom", "\xE8\x8B\xB1\xE5\x9B\xBD"},
                                        {"Sylvania, Grand Duchy of", "\xE8\xA5\xBF\xE5\xB0\x94"}};
    char root[1024], path[1200];
    struct td_gazetteer *gaz = NULL;
    const char *t;
    size_t n;

    ASSERT_TRUE(make_iso_tree("cjk", root, sizeof(root), path, sizeof(path)));
    ASSERT_TRUE(write_file(path, "iso_3166-1.json",
                           "{\"3166-1\":[{\"alpha_2\":\"FD\",\"name\":\"Freedonia\"},"
                           "{\"alpha_2\":\"GB\",\"name\":\"United Kingdom\"},"
                           "{\"alpha_2\":\"SY\",\"name\":\"Sylvania, Grand Duchy of\"}]}\n"));
    ASSERT_TRUE(write_locale_mo(root, "ko", "iso_3166-1.mo", ko, 3));
    ASSERT_TRUE(write_locale_mo(root, "ja", "iso_3166-1.mo", ja, 2));
    ASSERT_TRUE(write_locale_mo(root, "zh_CN", "iso_3166-1.mo", zh, 2));
    (void)snprintf(path, sizeof(path), "%s/iso", root);
    ASSERT_OK(td_gazetteer_open(path, &gaz, NULL));
    t = td_gazetteer_cjk_countries(gaz, &n);
    ASSERT_EQ_INT(strlen(t), n);
    /* 프리도니아, 영국, 英国; フリードニア連邦 and フリードニア, which is Sylvania's full name. */
    ASSERT_TRUE(
        strstr(t, "@FD\t*\t\xED\x94\x84\xEB\xA6\xAC\xEB\x8F\x84\xEB\x8B\x88\xEC\x95\x84\n") !=
        NULL);
    ASSERT_TRUE(strstr(t, "@GB\t*\t\xEC\x98\x81\xEA\xB5\xAD\n") != NULL);
    ASSERT_TRUE(strstr(t, "@GB\t*\t\xE8\x8B\xB1\xE5\x9B\xBD\n") != NULL);
    ASSERT_TRUE(strstr(t, "@FD\t*\t\xE3\x83\x95\xE3\x83\xAA\xE3\x83\xBC\xE3\x83\x89\xE3\x83\x8B"
                          "\xE3\x82\xA2\xE9\x80\xA3\xE9\x82\xA6\n") != NULL);
    ASSERT_TRUE(strstr(t, "@SY\t*\t\xE3\x83\x95\xE3\x83\xAA\xE3\x83\xBC\xE3\x83\x89\xE3\x83\x8B"
                          "\xE3\x82\xA2\n") != NULL);
    ASSERT_TRUE(strstr(t, "@FD\t*\t\xE3\x83\x95\xE3\x83\xAA\xE3\x83\xBC\xE3\x83\x89\xE3\x83\x8B"
                          "\xE3\x82\xA2\n") == NULL);
    /* Neither "프리도니아 공화국" with its space, nor 적도 or 西尔. */
    ASSERT_TRUE(strstr(t, " ") == NULL);
    ASSERT_TRUE(strstr(t, "\xEC\xA0\x81\xEB\x8F\x84") == NULL);
    ASSERT_TRUE(strstr(t, "\xE8\xA5\xBF\xE5\xB0\x94") == NULL);
    ASSERT_EQ_INT(td_gazetteer_cjk_countries(NULL, &n)[0], '\0');
    ASSERT_EQ_INT(n, 0);
    td_gazetteer_close(gaz);
}

/*
 * The translated names of a language whose English name is a people's
 * adjective give that adjective in each translation's language, in every
 * case and regular inflection; a language with no two-letter code (no
 * English adjective) gives none, and the English check is unchanged.
 */
TD_TEST(test_entity__demonyms_of_the_translations)
{
    static const char *const fr[][2] = {{"Freedish; Old Freedish", "freedois"},
                                        {"Zorbic", "zorbais"}};
    static const char *const de[][2] = {{"Freedish; Old Freedish", "Fr\xc3\xbc"
                                                                   "disch"}};
    static const char *const es[][2] = {{"Freedish; Old Freedish", "Fried\xc3\xa9s, antiguo"}};
    static const char *const it[][2] = {{"Freedish; Old Freedish", "Fridesco"}};
    static const char *const yes[] = {"Freedoise",
                                      "FREEDOISES",
                                      "freedois",
                                      "fr\xc3\xbc"
                                      "dische",
                                      "Fr\xc3\xbc"
                                      "dischen",
                                      "Friedesa",
                                      "Fried\xc3\xa9s",
                                      "Fridesca",
                                      "Fridesche",
                                      "Freedish",
                                      "Freedonian"};
    static const char *const no[] = {"Zorbaise",   "zorbais",   "Freedonia",
                                     "Freedoisen", "Friedesco", "Lutz"};
    char root[1024], path[1200];
    struct td_gazetteer *gaz = NULL;
    size_t i;

    ASSERT_TRUE(make_iso_tree("dm", root, sizeof(root), path, sizeof(path)));
    ASSERT_TRUE(write_file(path, "iso_3166-1.json",
                           "{\"3166-1\":[{\"alpha_2\":\"FD\",\"name\":\"Freedonia\"}]}\n"));
    ASSERT_TRUE(write_file(path, "iso_639-2.json",
                           "{\"639-2\":[{\"alpha_2\":\"fd\",\"alpha_3\":\"fdn\","
                           "\"name\":\"Freedish; Old Freedish\"},"
                           "{\"alpha_3\":\"zrb\",\"name\":\"Zorbic\"}]}\n"));
    ASSERT_TRUE(write_locale_mo(root, "fr", "iso_639-2.mo", fr, 2));
    ASSERT_TRUE(write_locale_mo(root, "de", "iso_639-2.mo", de, 1));
    ASSERT_TRUE(write_locale_mo(root, "es", "iso_639-2.mo", es, 1));
    ASSERT_TRUE(write_locale_mo(root, "it", "iso_639-2.mo", it, 1));
    (void)snprintf(path, sizeof(path), "%s/iso", root);
    ASSERT_OK(td_gazetteer_open(path, &gaz, NULL));
    for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
        if (!td_gazetteer_demonym_any(gaz, yes[i], strlen(yes[i])))
            fprintf(stderr, "not a demonym: '%s'\n", yes[i]);
        ASSERT_TRUE(td_gazetteer_demonym_any(gaz, yes[i], strlen(yes[i])));
    }
    for (i = 0; i < sizeof(no) / sizeof(no[0]); i++) {
        if (td_gazetteer_demonym_any(gaz, no[i], strlen(no[i])))
            fprintf(stderr, "a demonym: '%s'\n", no[i]);
        ASSERT_TRUE(!td_gazetteer_demonym_any(gaz, no[i], strlen(no[i])));
    }
    /* The tagger's own check reads English only. */
    ASSERT_TRUE(!td_gazetteer_demonym(gaz, "Freedoise", 9));
    ASSERT_TRUE(!td_gazetteer_demonym_any(NULL, "Freedoise", 9));
    td_gazetteer_close(gaz);
}

/*
 * A text ending in an apostrophe is read to its length and no further: the
 * buffer is not NUL-terminated (found by tests/fuzz/fuzz_entities, "2-0.J'";
 * under ASan a read past the end fails this test).
 */
TD_TEST(test_entity__apostrophe_at_the_end_of_an_unterminated_text)
{
    static const char *const texts[] = {"2-0.J'", "Ana'", "O\xE2\x80\x99", "Peter's"};
    struct td_mention_list l;
    size_t i, n;
    char *buf;

    for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
        n = strlen(texts[i]);
        buf = td_malloc(n);
        ASSERT_TRUE(buf != NULL);
        memcpy(buf, texts[i], n);
        td_mention_list_init(&l);
        ASSERT_OK(td_entities_find(NULL, buf, n, "en", &l, NULL));
        td_mention_list_release(&l);
        td_free(buf);
    }
}

/*
 * A people's adjective, derived from a country name or a language name, is
 * a demonym; a place is none, nor a word the gazetteer does not know.
 */
TD_TEST(test_entity__demonyms_of_the_gazetteer)
{
    struct td_gazetteer *gaz = fixture_gaz();

    ASSERT_TRUE(gaz != NULL);
    ASSERT_TRUE(td_gazetteer_demonym(gaz, "Freedonian", 10));
    ASSERT_TRUE(td_gazetteer_demonym(gaz, "Freedish", 8));
    ASSERT_TRUE(!td_gazetteer_demonym(gaz, "Freedonia", 9));
    ASSERT_TRUE(!td_gazetteer_demonym(gaz, "Lutz", 4));
    ASSERT_TRUE(!td_gazetteer_demonym(gaz, "Marrowby", 8));
    ASSERT_TRUE(!td_gazetteer_demonym(NULL, "Freedonian", 10));
    td_gazetteer_close(gaz);
}

/*
 * The cities that name time zones get ICU's exemplar names in the other
 * scripts read, keyed "@" and the English name folded: Han, kana, Hangul,
 * Cyrillic, Arabic letters; no Latin spelling ("Wien"). Left out: a city
 * that bears a country's name, an Arabic form of three letters, a form
 * that is a weekday (Persian دوشنبه Monday is Dushanbe), and a zone that
 * tzdata does not list.
 */
TD_TEST(test_entity__zone_cities_in_other_languages)
{
    char root[1024], path[1200];
    struct td_gazetteer *gaz = NULL;
    const char *t;
    size_t n;

    ASSERT_TRUE(make_iso_tree("tzc", root, sizeof(root), path, sizeof(path)));
    ASSERT_TRUE(write_file(path, "iso_3166-1.json",
                           "{\"3166-1\":[{\"alpha_2\":\"SG\",\"name\":\"Singapore\"},"
                           "{\"alpha_2\":\"AT\",\"name\":\"Austria\"}]}\n"));
    ASSERT_TRUE(write_file(root, "zone1970.tab",
                           "AU\t-3352+15113\tAustralia/Sydney\nAT\t+4813+01620\tEurope/Vienna\n"
                           "SG\t+0117+10351\tAsia/Singapore\nTJ\t+3835+06848\tAsia/Dushanbe\n"
                           "AE\t+2518+05518\tAsia/Dubai\nCO\t+0436-07405\tAmerica/Bogota\n"));
    setenv("TIDINGS_ZONEINFO", root, 1);
    (void)snprintf(path, sizeof(path), "%s/iso", root);
    ASSERT_OK(td_gazetteer_open(path, &gaz, NULL));
    t = td_gazetteer_cities(gaz, &n);
    ASSERT_EQ_INT(strlen(t), n);
    /* 悉尼, シドニー, 시드니, Сидней; 维也纳, Вена, فيينا; not "Wien". */
    ASSERT_TRUE(strstr(t, "@sydney\t*\t\xE6\x82\x89\xE5\xB0\xBC\n") != NULL);
    ASSERT_TRUE(strstr(t, "@sydney\t*\t\xE3\x82\xB7\xE3\x83\x89\xE3\x83\x8B\xE3\x83\xBC\n") !=
                NULL);
    ASSERT_TRUE(strstr(t, "@sydney\t*\t\xEC\x8B\x9C\xEB\x93\x9C\xEB\x8B\x88\n") != NULL);
    ASSERT_TRUE(strstr(t, "@sydney\t*\t\xD0\xA1\xD0\xB8\xD0\xB4\xD0\xBD\xD0\xB5\xD0\xB9\n") !=
                NULL);
    ASSERT_TRUE(strstr(t, "@vienna\t*\t\xE7\xBB\xB4\xE4\xB9\x9F\xE7\xBA\xB3\n") != NULL);
    ASSERT_TRUE(strstr(t, "@vienna\t*\t\xD0\x92\xD0\xB5\xD0\xBD\xD0\xB0\n") != NULL);
    ASSERT_TRUE(strstr(t, "@vienna\t*\t\xD9\x81\xD9\x8A\xD9\x8A\xD9\x86\xD8\xA7\n") != NULL);
    ASSERT_TRUE(strstr(t, "Wien") == NULL);
    /* No Singapore (a country), no دبي (three letters), no دوشنبه, no "Bogotá". */
    ASSERT_TRUE(strstr(t, "@singapore") == NULL);
    ASSERT_TRUE(strstr(t, "\t\xD8\xAF\xD8\xA8\xD9\x8A\n") == NULL);
    ASSERT_TRUE(strstr(t, "\t\xD8\xAF\xD9\x88\xD8\xB4\xD9\x86\xD8\xA8\xD9\x87\n") == NULL);
    ASSERT_TRUE(strstr(t, "Bogot\xC3\xA1\n") == NULL);
    ASSERT_TRUE(strstr(t, "@dushanbe\t*\t") != NULL);
    /* Not in this zone1970.tab: no Tokyo, though ICU names it. */
    ASSERT_TRUE(strstr(t, "@tokyo") == NULL);
    td_gazetteer_close(gaz);
    ASSERT_EQ_INT(td_gazetteer_cities(NULL, &n)[0], '\0');
    ASSERT_EQ_INT(n, 0);
}
