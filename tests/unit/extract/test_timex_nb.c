/*
 * test_timex_nb.c - tests of the Norwegian, Danish and Swedish table of the
 * temporal tagger (src/extract/timex_nb.c) and of the codes that reach it
 * (nb, no, nn, da, sv): each row is language, text, reference date and
 * the expected `nth` timex (-1: the last; NULL span: none).
 */
#include "test.h"
#include "timex_cases.h"

#define R "2035-06-12" /* a Tuesday */

static const struct timex_case cases[] = {
    /* absolute dates */
    {"nb", "Finalen ble spilt 10. juni 2035 i Paris.", R, 0, "10. juni 2035", "DATE", "2035-06-10"},
    {"da", "Mødet blev holdt den 3. marts.", R, 0, "den 3. marts", "DATE", "2035-03-03"},
    {"sv", "Beslutet togs den 3 mars 2034.", R, 0, "den 3 mars 2034", "DATE", "2034-03-03"},
    {"nb", "Dato: 10.06.2035.", R, 0, "10.06.2035", "DATE", "2035-06-10"},
    {"sv", "I maj 2034 öppnade bron.", R, 0, "maj 2034", "DATE", "2034-05"},
    {"nb", "Bedriften ble grunnlagt i 2021.", R, 0, "2021", "DATE", "2021"},
    /* days next to the reference */
    {"nb", "I går var det fest i Stavanger.", R, 0, "I går", "DATE", "2035-06-11"},
    {"sv", "Igår kom beskedet.", R, 0, "Igår", "DATE", "2035-06-11"},
    {"da", "I dag stemmer Folketinget.", R, 0, "I dag", "DATE", "2035-06-12"},
    {"nb", "Dommen kommer i morgen.", R, 0, "i morgen", "DATE", "2035-06-13"},
    {"sv", "Domen faller i morgon.", R, 0, "i morgon", "DATE", "2035-06-13"},
    {"nb", "I forgårs stengte fabrikken.", R, 0, "I forgårs", "DATE", "2035-06-10"},
    {"nb", "I går kveld brant det.", R, 0, "I går kveld", "TIME", "2035-06-11TEV"},
    /* weekdays: bare (by tense), last, coming, with a part of the day */
    {"nb", "Haugsvær vant finalen søndag.", R, 0, "søndag", "DATE", "2035-06-10"},
    {"no", "Han landet på Sola mandag kveld.", R, 0, "mandag kveld", "DATE", "2035-06-11TEV"},
    {"sv", "Han vann i söndags.", R, 0, "i söndags", "DATE", "2035-06-10"},
    {"da", "Han vandt i søndags.", R, 0, "i søndags", "DATE", "2035-06-10"},
    {"nb", "Forrige fredag ble han arrestert.", R, 0, "Forrige fredag", "DATE", "2035-06-08"},
    {"da", "På fredag skal han til Aarhus.", R, 0, "På fredag", "DATE", "2035-06-15"},
    {"sv", "Förra veckan var han i Paris.", R, 0, "Förra veckan", "DATE", "2035-W23"},
    {"nn", "Neste uke opnar brua.", R, 0, "Neste uke", "DATE", "2035-W25"},
    /* back and ahead, durations */
    {"nb", "Det skjedde for tre dager siden.", R, 0, "for tre dager siden", "DATE", "2035-06-09"},
    {"sv", "Det hände för två år sedan.", R, 0, "för två år sedan", "DATE", "2033"},
    {"da", "Strejken varede tre dage.", R, 0, "tre dage", "DURATION", "P3D"},
    /* not dates: a planet, a word with a month inside */
    {"nb", "Romsonden nådde Mars etter sju måneder.", R, 0, "sju måneder", "DURATION", "P7M"},
    {"sv", "Majoriteten röstade nej.", R, 0, NULL, NULL, NULL},
};

TD_TEST(test_timex_nb__table)
{
    TIMEX_CHECK_ALL(cases);
}
