/*
 * test_timex_r24.c - tests of the temporal tagger's round-24 changes (German, French,
 * Italian, Portuguese): the night before a weekday ("in der Nacht zum Freitag", "la nuit
 * de lundi à mardi", "la notte tra sabato e domenica", Dutch "de nacht van zaterdag op
 * zondag", Norwegian "natt til lørdag"); weekday habits ("montags", "tous
 * les lundis"); a bound inside a duration ("mehr als 20 Stunden", "plus de quatre heures",
 * "quasi tre anni", "mais de uma década"); Italian centuries by their hundreds ("nel
 * Settecento"), German early/late centuries; bare seasons by the tense ("im Herbst", "au
 * printemps") and every season ("ogni estate"); a weekday that starts something ("ab
 * Mittwoch", "à partir de lundi") is the coming one; the present of a scheduled event
 * looks ahead (German "stimmt am Dienstag ab", Portuguese "começa no sábado", French
 * "débute lundi", Italian "inizia lunedì"); a quarter two or more ahead with no future
 * verb is last year's; German "laufend", "Jahresbeginn";
 * Portuguese "há N anos" after a present verb is a duration ("ocupa o cargo há três anos");
 * Italian "tredici"; Portuguese "na década de 1950". Each row: language, text, reference
 * date and the expected `nth` timex of the text (-1: the last one; a NULL span: none).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* the night before a weekday (was the weekday, a day late) */
    {"de", "In der Nacht zum Freitag brannte eine Halle.", "2031-06-13", 0, "der Nacht zum Freitag",
     "TIME", "2031-06-12TNI"},
    {"de", "Die Nacht auf Sonntag war kalt.", "2031-06-13", 0, "Die Nacht auf Sonntag", "TIME",
     "2031-06-07TNI"},
    {"fr", "Un incendie s'est déclaré dans la nuit de lundi à mardi.", "2031-06-13", 0,
     "la nuit de lundi à mardi", "TIME", "2031-06-09TNI"},
    {"it", "Il furto è avvenuto nella notte tra sabato e domenica.", "2031-06-13", 0,
     "notte tra sabato e domenica", "TIME", "2031-06-07TNI"},
    {"nl", "In de nacht van zaterdag op zondag brak brand uit.", "2031-06-15", 0,
     "de nacht van zaterdag op zondag", "TIME", "2031-06-14TNI"},
    {"nb", "Etter et uvær natt til lørdag har laksen rømt.", "2031-06-15", 0, "natt til lørdag",
     "DATE", "2031-06-13TNI"},
    /* ... written on the eve itself: that night, not the last Sunday's eve */
    {"fr", "Photo : les secours devant le chalet dans la nuit de samedi à dimanche.", "2031-06-14",
     0, "la nuit de samedi à dimanche", "TIME", "2031-06-14TNI"},
    /* ... a weekday alone keeps its reading */
    {"de", "Am Freitag brannte eine Halle.", "2031-06-13", 0, "Am Freitag", "DATE", "2031-06-13"},
    /* weekday habits (were no timex) */
    {"de", "Das Museum ist montags geschlossen.", "2031-06-12", 0, "montags", "SET", "XXXX-WXX-1"},
    {"fr", "Le musée est fermé tous les lundis.", "2031-06-12", 0, "tous les lundis", "SET",
     "XXXX-WXX-1"},
    /* a bound inside the duration (was the count and unit alone) */
    {"de", "Die Verhandlungen dauerten mehr als 20 Stunden.", "2031-06-12", 0,
     "mehr als 20 Stunden", "DURATION", "PT20H"},
    {"de", "Der Flughafen war fast drei Stunden gesperrt.", "2031-06-12", 0, "fast drei Stunden",
     "DURATION", "PT3H"},
    {"fr", "Les pompiers sont intervenus pendant plus de quatre heures.", "2031-06-12", 0,
     "plus de quatre heures", "DURATION", "PT4H"},
    {"it", "Il governo è in carica da quasi tre anni.", "2031-06-12", 0, "quasi tre anni",
     "DURATION", "P3Y"},
    {"pt", "É o maior vazamento em mais de uma década.", "2031-06-12", 0, "mais de uma década",
     "DURATION", "P10Y"},
    /* centuries (were no timex, or the century without "Anfang") */
    {"it", "Il teatro fu costruito nel Settecento.", "2031-06-12", 0, "Settecento", "DATE", "17"},
    {"it", "Erano circa trecento persone.", "2031-06-12", 0, NULL, NULL, NULL},
    {"de", "Der Maler lebte Anfang des 20. Jahrhunderts in Paris.", "2031-06-12", 0,
     "Anfang des 20. Jahrhunderts", "DATE", "19"},
    /* a bare season by the tense, every season (were no timex) */
    {"de", "Die Brücke soll im Herbst fertig sein.", "2031-06-12", 0, "Herbst", "DATE", "2031-FA"},
    {"fr", "Le chantier reprendra au printemps.", "2031-06-12", 0, "printemps", "DATE", "2032-SP"},
    {"it", "Il concerto si terrà in autunno.", "2031-06-12", 0, "autunno", "DATE", "2031-FA"},
    {"it", "Il festival si tiene ogni estate.", "2031-06-12", 0, "ogni estate", "SET", "XXXX-SU"},
    {"fr", "On en voit chaque été.", "2031-06-12", 0, "chaque été", "SET", "XXXX-SU"},
    {"de", "Der Zug fährt jeden Sommer an die Küste.", "2031-06-12", 0, "jeden Sommer", "SET",
     "XXXX-SU"},
    /* a weekday that starts something is the coming one (was the last one) */
    {"de", "Karten gibt es ab Mittwoch im Vorverkauf.", "2031-06-12", 0, "Mittwoch", "DATE",
     "2031-06-18"},
    {"fr", "À partir de lundi, la loi s'applique.", "2031-06-12", 0, "lundi", "DATE", "2031-06-16"},
    {"it", "A partire da lunedì i treni viaggiano regolarmente.", "2031-06-12", 0, "lunedì", "DATE",
     "2031-06-16"},
    {"pt", "A partir de segunda-feira, a regra vale para todos.", "2031-06-12", 0, "segunda-feira",
     "DATE", "2031-06-16"},
    /* the present of a scheduled event looks ahead (was the last one) */
    {"de", "Der Bundestag stimmt am Dienstag über den Haushalt ab.", "2031-06-12", 0, "am Dienstag",
     "DATE", "2031-06-17"},
    {"de", "Das Turnier beginnt am Samstag.", "2031-06-12", 0, "am Samstag", "DATE", "2031-06-14"},
    {"pt", "O Carnaval começa no sábado.", "2031-06-12", 1, "sábado", "DATE", "2031-06-14"},
    {"pt", "A reunião é na sexta-feira.", "2031-06-12", 0, "sexta-feira", "DATE", "2031-06-13"},
    {"fr", "Le procès débute lundi à Paris.", "2031-06-12", 0, "lundi", "DATE", "2031-06-16"},
    {"it", "Il processo inizia lunedì a Roma.", "2031-06-12", 0, "lunedì", "DATE", "2031-06-16"},
    /* ... a past verb, a noun, keep the last one */
    {"fr", "Le procès a débuté lundi à Paris.", "2031-06-12", 0, "lundi", "DATE", "2031-06-09"},
    {"de", "Die Saison begann am Samstag.", "2031-06-12", 0, "am Samstag", "DATE", "2031-06-07"},
    {"pt", "O jogo foi no domingo.", "2031-06-12", 0, "domingo", "DATE", "2031-06-08"},
    {"pt", "O atacante sofreu a lesão na estreia pelo clube, nesta quarta-feira.", "2031-06-12", 0,
     "quarta-feira", "DATE", "2031-06-11"},
    /* a quarter two or more ahead with no future verb is last year's (was this year's) */
    {"de", "Der Konzern hat seine Zahlen für das vierte Quartal vorgelegt.", "2031-03-12", 0,
     "das vierte Quartal", "DATE", "2030-Q4"},
    {"it", "I conti del quarto trimestre sono buoni.", "2031-03-12", 0, "quarto trimestre", "DATE",
     "2030-Q4"},
    {"fr", "Les résultats du quatrième trimestre sont solides.", "2031-03-12", 0,
     "quatrième trimestre", "DATE", "2030-Q4"},
    {"pt", "O balanço do quarto trimestre é positivo.", "2031-03-12", 0, "quarto trimestre", "DATE",
     "2030-Q4"},
    /* ... a future verb keeps it ahead */
    {"de", "Der Konzern wird im dritten Quartal mehr verdienen.", "2031-03-12", 0,
     "dritten Quartal", "DATE", "2031-Q3"},
    /* German "laufend", the start or end of the year (were no timex) */
    {"de", "Im laufenden Jahr rechnet der Vorstand mit weniger Umsatz.", "2031-06-12", 0,
     "laufenden Jahr", "DATE", "2031"},
    {"de", "Für das laufende Jahr rechnet der Vorstand mit weniger Umsatz.", "2031-06-12", 0,
     "das laufende Jahr", "DATE", "2031"},
    {"de", "Die Aktie hat seit Jahresbeginn zwölf Prozent verloren.", "2031-06-12", 0,
     "Jahresbeginn", "DATE", "2031"},
    {"de", "Er bleibt bis Jahresende im Amt.", "2031-06-12", 0, "Jahresende", "DATE", "2031"},
    /* ... a genitive plural stays a stretch */
    {"de", "Der schwächere Euro der vergangenen Monate half.", "2031-06-12", 0,
     "der vergangenen Monate", "DURATION", "PXM"},
    /* Portuguese "há N anos" after a present verb, or a negated one, is a stretch up to now
     * (was the year back) */
    {"pt", "O ministro ocupa o cargo há três anos.", "2031-06-12", 0, "há três anos", "DURATION",
     "P3Y"},
    {"pt", "O acusado está preso há dois anos.", "2031-06-12", 0, "há dois anos", "DURATION",
     "P2Y"},
    {"pt", "O clube não vence o campeonato há dez anos.", "2031-06-12", 0, "há dez anos",
     "DURATION", "P10Y"},
    /* ... after a past verb, or fronted, it stays the year back */
    {"pt", "O prédio foi construído há 50 anos.", "2031-06-12", 0, "há 50 anos", "DATE", "1981"},
    {"pt", "Há dois anos, a companhia registrou prejuízo.", "2031-06-12", 0, "Há dois anos", "DATE",
     "2029"},
    {"pt", "A empresa, que é líder de mercado, faliu há dois anos.", "2031-06-12", 0,
     "há dois anos", "DATE", "2029"},
    /* Italian numbers from 13 to 19, the Portuguese decade after "na" */
    {"it", "Il paese era stato colpito da un sisma tredici anni fa.", "2031-06-12", 0,
     "tredici anni fa", "DATE", "2018"},
    {"pt", "O prédio foi construído na década de 1950.", "2031-06-12", 0, "década de 1950", "DATE",
     "195"},
};

TD_TEST(test_timex_r24__rules)
{
    TIMEX_CHECK_ALL(cases);
}
