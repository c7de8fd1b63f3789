/*
 * test_timex_nl.c - tests of the Dutch table of the temporal tagger
 * (src/extract/timex_nl.c) and of the weekday and part-of-day compounds
 * timex_token.c splits ("zondagavond"): each row is language, text,
 * reference date and the expected `nth` timex (-1: the last; NULL span: none).
 */
#include "test.h"
#include "timex_cases.h"

#define R "2024-04-20" /* a Saturday */

static const struct timex_case cases[] = {
    /* absolute dates */
    {"nl", "Het proces begon op 12 maart 2024 in Utrecht.", R, 0, "12 maart 2024", "DATE",
     "2024-03-12"},
    {"nl", "Op vrijdag 12 april werd hij gekozen.", R, 0, "vrijdag 12 april", "DATE",
     "2024-04-12"},
    {"nl", "De wet gaat in maart 2025 in.", R, 0, "maart 2025", "DATE", "2025-03"},
    {"nl", "Het bedrijf werd in 2021 opgericht.", R, 0, "2021", "DATE", "2021"},
    {"nl", "Gepubliceerd op 12 mrt. 2024.", R, 0, "12 mrt. 2024", "DATE", "2024-03-12"},
    {"nl", "Het moet uiterlijk 3 okt klaar zijn.", R, 0, "3 okt", "DATE", "2024-10-03"},
    {"nl", "Datum: 12-03-2024.", R, 0, "12-03-2024", "DATE", "2024-03-12"},
    {"nl", "In februari daalden de prijzen.", R, 0, "februari", "DATE", "2024-02"},
    /* days next to the reference */
    {"nl", "Gisteren maakte de minister het bekend.", R, 0, "Gisteren", "DATE", "2024-04-19"},
    {"nl", "Vandaag stemt de Kamer.", R, 0, "Vandaag", "DATE", "2024-04-20"},
    {"nl", "De uitslag volgt morgen.", R, 0, "morgen", "DATE", "2024-04-21"},
    {"nl", "Eergisteren viel de stroom uit.", R, 0, "Eergisteren", "DATE", "2024-04-18"},
    {"nl", "Overmorgen begint de staking.", R, 0, "Overmorgen", "DATE", "2024-04-22"},
    /* relation and unit, weekdays */
    {"nl", "Vorige week sloot de fabriek.", R, 0, "Vorige week", "DATE", "2024-W15"},
    {"nl", "Volgende maand opent de brug.", R, 0, "Volgende maand", "DATE", "2024-05"},
    {"nl", "Vorig jaar groeide de omzet.", R, 0, "Vorig jaar", "DATE", "2023"},
    {"nl", "Dit jaar blijft de rente gelijk.", R, 0, "Dit jaar", "DATE", "2024"},
    {"nl", "Volgend jaar komt er een nieuwe wet.", R, 0, "Volgend jaar", "DATE", "2025"},
    {"nl", "Afgelopen vrijdag werd hij opgepakt.", R, 0, "Afgelopen vrijdag", "DATE",
     "2024-04-19"},
    {"nl", "Komende dinsdag beslist de rechter.", R, 0, "Komende dinsdag", "DATE",
     "2024-04-23"},
    {"nl", "De raad heeft het vrijdag bekendgemaakt.", R, 0, "vrijdag", "DATE", "2024-04-19"},
    {"nl", "Het bedrijf verwacht donderdag te herstarten.", R, 0, "donderdag", "DATE",
     "2024-04-25"},
    {"nl", "Dinsdag vorige week brak brand uit.", R, 0, "Dinsdag vorige week", "DATE",
     "2024-04-09"},
    /* back and ahead, durations */
    {"nl", "Drie jaar geleden ging het mis.", R, 0, "Drie jaar geleden", "DATE", "2021"},
    {"nl", "Over twee weken valt het besluit.", R, 0, "Over twee weken", "DATE", "2024-W18"},
    {"nl", "Een paar dagen geleden belde hij.", R, 0, "Een paar dagen geleden", "DATE",
     "PAST_REF"},
    {"nl", "De staking duurde drie dagen.", R, 0, "drie dagen", "DURATION", "P3D"},
    {"nl", "Hij zat twee jaar vast.", R, 0, "twee jaar", "DURATION", "P2Y"},
    {"nl", "Hij leidde zes jaar de Europese tak.", R, 0, "zes jaar", "DURATION", "P6Y"},
    {"nl", "De afgelopen jaren stegen de kosten.", R, 0, "De afgelopen jaren", "DURATION",
     "PXY"},
    {"nl", "Enkele weken lang was het stil.", R, 0, "Enkele weken", "DURATION", "PXW"},
    {"nl", "Het duurde een paar maanden.", R, 0, "een paar maanden", "DURATION", "PXM"},
    /* parts of the day, compounds */
    {"nl", "Vanochtend was het druk op de weg.", R, 0, "Vanochtend", "TIME", "2024-04-20TMO"},
    {"nl", "Vanavond speelt Ajax.", R, 0, "Vanavond", "TIME", "2024-04-20TEV"},
    {"nl", "Gisteravond brak er brand uit.", R, 0, "Gisteravond", "TIME", "2024-04-19TEV"},
    {"nl", "De brand werd zondagavond ontdekt.", R, 0, "zondagavond", "TIME",
     "2024-04-14TEV"},
    {"nl", "Morgenochtend wordt het koud.", R, 0, "Morgenochtend", "TIME", "2024-04-21TMO"},
    /* times */
    {"nl", "De vergadering begint om 15.30 uur.", R, 0, "15.30 uur", "TIME",
     "2024-04-20T15:30"},
    {"nl", "Hij kwam om 9 uur aan.", R, 0, "9 uur", "TIME", "2024-04-20T09:00"},
    {"nl", "Het duurde 9 uur.", R, 0, "9 uur", "DURATION", "PT9H"},
    /* holidays */
    {"nl", "Met Kerstmis 2023 was het zacht.", R, 0, "Kerstmis 2023", "DATE", "2023-12-25"},
    {"nl", "Op Nieuwjaarsdag 2024 vielen gewonden.", R, 0, "Nieuwjaarsdag 2024", "DATE",
     "2024-01-01"},
    {"nl", "Oudejaarsavond 2023 verliep rustig.", R, 0, "Oudejaarsavond 2023", "DATE",
     "2023-12-31"},
    {"nl", "Op Koningsdag 2024 was het koud.", R, 0, "Koningsdag 2024", "DATE", "2024-04-27"},
    /* quarters, early / mid / late, decades, centuries */
    {"nl", "Het eerste kwartaal van 2024 viel tegen.", R, 0, "Het eerste kwartaal van 2024",
     "DATE", "2024-Q1"},
    {"nl", "Begin maart komt het rapport.", R, 0, "Begin maart", "DATE", "2024-03"},
    {"nl", "Eind 2024 sluit de mijn.", R, 0, "Eind 2024", "DATE", "2024"},
    {"nl", "Medio 2020 begon de bouw.", R, 0, "Medio 2020", "DATE", "2020"},
    {"nl", "Eind vorig jaar viel het besluit.", R, 0, "Eind vorig jaar", "DATE", "2023"},
    {"nl", "In de jaren negentig bloeide de haven.", R, 0, "de jaren negentig", "DATE", "199"},
    {"nl", "In de twintigste eeuw groeide de stad.", R, 0, "de twintigste eeuw", "DATE", "19"},
    /* sets and vague references */
    {"nl", "Elke week komt er een nieuwe update.", R, 0, "Elke week", "SET", "P1W"},
    {"nl", "Iedere maandag is er markt.", R, 0, "Iedere maandag", "SET", "XXXX-WXX-1"},
    {"nl", "De trein rijdt dagelijks.", R, 0, "dagelijks", "SET", "P1D"},
    {"nl", "Nu is de situatie anders.", R, 0, "Nu", "DATE", "PRESENT_REF"},
    {"nl", "Momenteel is de haven dicht.", R, 0, "Momenteel", "DATE", "PRESENT_REF"},
    /* not dates: a name, a word with a month inside, the sun, ages, abbreviations alone */
    {"nl", "Het boek van Mei Hendriks is uit.", R, 0, NULL, NULL, NULL},
    {"nl", "Er vielen maartse buien.", R, 0, NULL, NULL, NULL},
    {"nl", "De zon scheen fel.", R, 0, NULL, NULL, NULL},
    {"nl", "De 34-jarige man werd opgepakt.", R, 0, NULL, NULL, NULL},
    {"nl", "Trainer Jan Wouters en Dec Janssen.", R, 0, NULL, NULL, NULL},
    {"nl", "De zondagsrust bleef.", R, 0, NULL, NULL, NULL},
};

TD_TEST(test_timex_nl__table)
{
    TIMEX_CHECK_ALL(cases);
}
