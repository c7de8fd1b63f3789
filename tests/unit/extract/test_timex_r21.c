/*
 * test_timex_r21.c - tests of the temporal tagger's round-21 changes: a
 * weekday written before its date in German, French, Italian and
 * Portuguese ("am Dienstag, 3. März 2009", "mardi, 3 mars 2009",
 * "martedì, 3 marzo 2009", "terça-feira, 3 de março de 2009") is one date;
 * Italian "1° marzo"; Portuguese "terça-feira (3)" and "no dia 3"; German
 * weekdays with a glued part of the day ("Mittwochabend"), "bis zu" as
 * an amount, the noun "Morgen", "Mai vergangenen Jahres", "Halbjahr",
 * "Vorjahr"; the three-letter May ("Mai", "mei"); French "des dix dernières
 * années", "vers 15 heures", "mai prochain"; Italian "lo scorso maggio" and
 * the passato prossimo; Portuguese "maio passado", "noite de quarta-feira"
 * and "-ou" preterites; halves in fr/it/pt; Spanish "el mismo trimestre del
 * año pasado" after the current quarter, and a month after "desde MONTH de
 * YEAR", "a partir del 6 de agosto" ahead. Each row: language, text,
 * reference date and the expected `nth` timex of the text (-1: the last one;
 * a NULL span: none).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* German: "am" WDAY, DAY. MONTH YEAR is one date (was the reference's Tuesday apart) */
    {"de", "Am Dienstag, 3. März 2009, trat der Minister zurück.", "2009-03-10", 0,
     "Am Dienstag, 3. März 2009", "DATE", "2009-03-03"},
    {"de", "Am Dienstag, dem 3. März 2009, trat der Minister zurück.", "2009-03-10", 0,
     "Am Dienstag, dem 3. März 2009", "DATE", "2009-03-03"},
    {"de", "Der Prozess beginnt am Montag, 16. März.", "2009-03-10", 0, "am Montag, 16. März",
     "DATE", "2009-03-16"},
    {"de", "Der Minister trat am vergangenen Dienstag, 3. März, zurück.", "2009-03-11", 0,
     "am vergangenen Dienstag, 3. März", "DATE", "2009-03-03"},
    /* ... the older readings stay */
    {"de", "Dienstag, 3. März 2009", "2009-03-10", 0, "Dienstag, 3. März 2009", "DATE",
     "2009-03-03"},
    {"de", "Am 3. März 2009 trat der Minister zurück.", "2009-03-10", 0, "3. März 2009", "DATE",
     "2009-03-03"},
    {"de", "Am vergangenen Dienstag trat der Minister zurück.", "2009-03-10", 0,
     "Am vergangenen Dienstag", "DATE", "2009-03-03"},
    /* German: a part of the day glued to the weekday */
    {"de", "Am Mittwochabend kam es zu Krawallen.", "2009-03-10", 0, "Am Mittwochabend", "TIME",
     "2009-03-04TEV"},
    {"de", "Sonntagnachmittag begann das Spiel.", "2009-03-10", 0, "Sonntagnachmittag", "TIME",
     "2009-03-08TAF"},
    {"de", "Die Polizei griff am Montagmorgen ein.", "2009-03-10", 0, "am Montagmorgen", "TIME",
     "2009-03-09TMO"},
    {"de", "Der Ausstand soll bis Mittwochmorgen dauern.", "2009-03-10", 0, "Mittwochmorgen",
     "TIME", "2009-03-11TMO"},
    {"de", "Am Freitagvormittag sprach der Minister.", "2009-03-10", 0, "Am Freitagvormittag",
     "TIME", "2009-03-06TMO"},
    {"de", "Zwölf lebten am Donnerstagmittag noch.", "2009-03-10", 0, "am Donnerstagmittag", "DATE",
     "2009-03-05"},
    /* ... a word that only ends like a part is none */
    {"de", "Der Übermorgen-Plan wurde verworfen.", "2009-03-10", 0, NULL, NULL, NULL},
    /* German "bis zu" + an amount is no future marker */
    {"de", "Die bis zu acht Meter hohe Welle traf am Dienstag das Dorf.", "2035-01-17", 0,
     "am Dienstag", "DATE", "2035-01-16"},
    /* ... "bis" still is ("bis Mittwoch": ahead) */
    {"de", "Die Straße bleibt bis Mittwoch gesperrt.", "2009-03-10", 0, "Mittwoch", "DATE",
     "2009-03-11"},
    /* German: a capital "Morgen" inside a sentence is the morning, not tomorrow */
    {"de", "Am frühen Morgen kam es zu Krawallen.", "2009-03-11", 0, NULL, NULL, NULL},
    {"de", "© 2038 Rheinischer Morgen. Alle Rechte vorbehalten.", "2009-03-11", -1, "2038", "DATE",
     "2038"},
    {"de", "Der Frühkurier: jeden Morgen um sechs die wichtigsten Nachrichten.", "2009-03-11", 0,
     "jeden Morgen", "SET", "XXXX-XX-XXTMO"},
    /* ... "morgen", "Morgen" opening a sentence and "heute Morgen" stay */
    {"de", "Der Prozess beginnt morgen.", "2009-03-11", 0, "morgen", "DATE", "2009-03-12"},
    {"de", "Morgen beginnt der Prozess.", "2009-03-11", 0, "Morgen", "DATE", "2009-03-12"},
    {"de", "Heute Morgen kam es zu Krawallen.", "2009-03-11", 0, "Heute Morgen", "TIME",
     "2009-03-11TMO"},
    /* German: a genitive "Jahres" is one year, and a month of the year REL names */
    {"de", "Im Mai vergangenen Jahres wurde das Werk geschlossen.", "2009-03-11", 0,
     "Mai vergangenen Jahres", "DATE", "2008-05"},
    {"de", "Am 3. Mai letzten Jahres wurde das Werk geschlossen.", "2009-03-11", 0,
     "3. Mai letzten Jahres", "DATE", "2008-05-03"},
    {"de", "Das Werk wurde Mitte vergangenen Jahres geschlossen.", "2009-03-11", 0,
     "Mitte vergangenen Jahres", "DATE", "2008"},
    {"de", "In den vergangenen Jahren stieg der Umsatz.", "2009-03-11", 0, "den vergangenen Jahren",
     "DURATION", "PXY"},
    /* German: halves and "Vorjahr" */
    {"de", "Im zweiten Halbjahr 2008 fiel der Gewinn.", "2009-03-11", 0, "zweiten Halbjahr 2008",
     "DATE", "2008-H2"},
    {"de", "2005 verdiente die Firma 5 Millionen Euro, im Vorjahr 3 Millionen.", "2009-03-11", -1,
     "Vorjahr", "DATE", "2004"},
    {"de", "Der Umsatz lag über dem des Vorjahres.", "2009-03-11", 0, "Vorjahres", "DATE", "2008"},
    /* the three-letter May of German, French, Dutch and Norwegian is a full name */
    {"de", "Das Werk wurde im Mai geschlossen.", "2009-06-11", 0, "Mai", "DATE", "2009-05"},
    {"fr", "L'inflation est tombée à 1,5 % en mai.", "2009-06-11", 0, "mai", "DATE", "2009-05"},
    {"nl", "In mei werd de fabriek gesloten.", "2009-06-11", 0, "mei", "DATE", "2009-05"},
    {"nb", "I mai ble fabrikken stengt.", "2009-06-11", 0, "mai", "DATE", "2009-05"},
    /* ... an abbreviation with no period still is none ("Jan Kavan") */
    {"de", "Jan Kavan kam am Montag.", "2009-06-11", 0, "am Montag", "DATE", "2009-06-08"},
    /* French: "des dix dernières années" a stretch; "vers 15 heures" a time; halves; a month
     * REL names; "le mois de mai" */
    {"fr", "Au cours des dix dernières années, le chômage a baissé.", "2009-03-11", 0,
     "dix dernières années", "DURATION", "P10Y"},
    {"fr", "Ces dernières années, le chômage a baissé.", "2009-03-11", 0, "Ces dernières années",
     "DURATION", "PXY"},
    {"fr", "Les secours ont retrouvé le survivant vers 23 heures.", "2009-03-11", 0, "23 heures",
     "TIME", "2009-03-11T23:00"},
    {"fr", "Le vol a duré 15 heures.", "2009-03-11", 0, "15 heures", "DURATION", "PT15H"},
    {"fr", "Au premier semestre 2008, le chiffre d'affaires a augmenté.", "2009-03-11", 0,
     "premier semestre 2008", "DATE", "2008-H1"},
    {"fr", "En mai prochain, le ministre démissionnera.", "2009-03-11", 0, "mai prochain", "DATE",
     "2009-05"},
    {"fr", "Le ministre a démissionné le 3 mars dernier.", "2009-03-11", 0, "3 mars dernier",
     "DATE", "2009-03-03"},
    {"fr", "Au mois de mai, le ministre a démissionné.", "2009-03-11", 0, "mois de mai", "DATE",
     "2008-05"},
    /* Italian: a month REL names, halves, "il mese di maggio", the passato prossimo */
    {"it", "Lo scorso maggio il ministro si è dimesso.", "2009-03-11", 0, "scorso maggio", "DATE",
     "2008-05"},
    {"it", "Nel maggio scorso il ministro si è dimesso.", "2009-03-11", 0, "maggio scorso", "DATE",
     "2008-05"},
    {"it", "Lo scorso 3 marzo il ministro si è dimesso.", "2009-03-11", 0, "scorso 3 marzo", "DATE",
     "2009-03-03"},
    {"it", "Nel primo semestre il fatturato è cresciuto.", "2009-03-11", 0, "primo semestre",
     "DATE", "2009-H1"},
    {"it", "Nel mese di maggio il ministro si è dimesso.", "2009-03-11", 0, "mese di maggio",
     "DATE", "2008-05"},
    {"it", "Il ministro è atteso martedì.", "2009-03-11", 0, "martedì", "DATE", "2009-03-17"},
    /* ... but "sono tutti" is no participle: the present stays (review28) */
    {"it", "A maggio sono tutti in vacanza.", "2009-03-11", 0, "maggio", "DATE", "2009-05"},
    /* Portuguese: a month REL names, halves, a part of a weekday, "-ou" preterites */
    {"pt", "Em maio passado o ministro renunciou.", "2009-03-11", 0, "maio passado", "DATE",
     "2008-05"},
    {"pt", "Em maio do ano passado o ministro renunciou.", "2009-03-11", 0, "maio do ano passado",
     "DATE", "2008-05"},
    {"pt", "No primeiro semestre de 2008 o faturamento cresceu.", "2009-03-11", 0,
     "primeiro semestre de 2008", "DATE", "2008-H1"},
    {"pt", "Um sismo abalou na noite de quarta-feira a costa.", "2009-03-11", 0,
     "noite de quarta-feira", "TIME", "2009-03-11TNI"},
    {"pt", "Os operários cruzaram os braços na manhã desta terça-feira.", "2009-03-11", 0,
     "manhã desta terça-feira", "TIME", "2009-03-10TMO"},
    {"pt", "A empresa comunicou na sexta-feira que vai encerrar a fábrica.", "2009-03-11", 0,
     "sexta-feira", "DATE", "2009-03-06"},
    {"pt", "No mês de maio o ministro renunciou.", "2009-03-11", 0, "mês de maio", "DATE",
     "2008-05"},
    /* French: a comma after the weekday */
    {"fr", "Mardi, 3 mars 2009, le ministre a démissionné.", "2009-03-10", 0, "Mardi, 3 mars 2009",
     "DATE", "2009-03-03"},
    /* French and Italian: a weekday and a day of the month before a stop */
    {"fr", "Le ministre a démissionné mardi 3, selon l'AFP.", "2009-03-11", 0, "mardi 3", "DATE",
     "2009-03-03"},
    {"fr", "Le procès s'ouvrira lundi 16.", "2009-03-11", 0, "lundi 16", "DATE", "2009-03-16"},
    {"it", "Il ministro si è dimesso martedì 3, secondo l'ANSA.", "2009-03-11", 0, "martedì 3",
     "DATE", "2009-03-03"},
    /* ... not before a score */
    {"fr", "Le match de mardi 3 à 1.", "2009-03-11", 0, "mardi", "DATE", "2009-03-10"},
    {"fr", "Le mardi 3 mars 2009, le ministre a démissionné.", "2009-03-10", 0, "mardi 3 mars 2009",
     "DATE", "2009-03-03"},
    {"fr", "Le procès s'ouvrira le lundi 16 mars.", "2009-03-10", 0, "lundi 16 mars", "DATE",
     "2009-03-16"},
    /* Italian: a comma after the weekday; the first of the month with a degree sign */
    {"it", "Martedì, 3 marzo 2009, il ministro si è dimesso.", "2009-03-10", 0,
     "Martedì, 3 marzo 2009", "DATE", "2009-03-03"},
    {"it", "Domenica 1° marzo si vota.", "2009-03-10", 0, "Domenica 1° marzo", "DATE",
     "2009-03-01"},
    {"it", "La nave è partita da Genova il 1° marzo.", "2009-03-10", 0, "1° marzo", "DATE",
     "2009-03-01"},
    {"it", "Martedì 3 marzo 2009 il ministro si è dimesso.", "2009-03-10", 0,
     "Martedì 3 marzo 2009", "DATE", "2009-03-03"},
    /* Portuguese: the weekday before its date after a comma or "dia" */
    {"pt", "Na terça-feira, 3 de março de 2009, o ministro renunciou.", "2009-03-10", 0,
     "terça-feira, 3 de março de 2009", "DATE", "2009-03-03"},
    {"pt", "O ministro renunciou na terça-feira, dia 3 de março.", "2009-03-10", 0,
     "terça-feira, dia 3 de março", "DATE", "2009-03-03"},
    {"pt", "O julgamento começa na segunda-feira, 16 de março.", "2009-03-10", 0,
     "segunda-feira, 16 de março", "DATE", "2009-03-16"},
    {"pt", "O jogo foi no sábado, 7 de março.", "2009-03-10", 0, "sábado, 7 de março", "DATE",
     "2009-03-07"},
    /* ... a day in brackets after the weekday, "dia" and a day */
    {"pt", "Nesta terça-feira (3), o ministro renunciou.", "2009-03-10", 0, "terça-feira (3)",
     "DATE", "2009-03-03"},
    {"pt", "Na segunda-feira (16), começa o julgamento.", "2009-03-10", 0, "segunda-feira (16)",
     "DATE", "2009-03-16"},
    {"pt", "O jogo acabou no domingo (8) à noite.", "2009-03-10", 0, "domingo (8)", "DATE",
     "2009-03-08"},
    {"pt", "O ministro renunciou no dia 3.", "2009-03-10", 0, "dia 3", "DATE", "2009-03-03"},
    /* ... after "próximo"/"último" that day, not tomorrow or yesterday */
    {"pt", "No próximo dia 16, começa o julgamento.", "2009-03-10", 0, "próximo dia 16", "DATE",
     "2009-03-16"},
    {"pt", "No último dia 3, o ministro renunciou.", "2009-03-10", 0, "último dia 3", "DATE",
     "2009-03-03"},
    {"pt", "No próximo dia 3 de abril, começa o julgamento.", "2009-03-10", 0,
     "próximo dia 3 de abril", "DATE", "2009-04-03"},
    {"pt", "O próximo dia será difícil.", "2009-03-10", 0, "próximo dia", "DATE", "2009-03-11"},
    /* ... "dia 3 de março" keeps its older span */
    {"pt", "O ministro renunciou no dia 3 de março.", "2009-03-10", 0, "3 de março", "DATE",
     "2009-03-03"},
    {"pt", "Em 3 de março de 2009, o ministro renunciou.", "2009-03-10", 0, "3 de março de 2009",
     "DATE", "2009-03-03"},
    /* Spanish: the same quarter a year back, from the quarter the text wrote, current too */
    {"es",
     "La empresa presentará sus resultados del tercer trimestre fiscal el próximo martes. En el "
     "mismo trimestre del año pasado, ganó 1.230 millones.",
     "2010-07-15", -1, "el mismo trimestre del año pasado", "DATE", "2009-Q3"},
    {"es",
     "La empresa ganó 5 millones en el tercer trimestre de 2009. En el mismo trimestre del año "
     "anterior ganó 3 millones.",
     "2010-07-15", -1, "el mismo trimestre del año anterior", "DATE", "2008-Q3"},
    /* ... with no quarter written, the year before */
    {"es", "La empresa ganó 5 millones. En el mismo periodo del año pasado, ganó 3 millones.",
     "2010-07-15", -1, "el mismo periodo del año pasado", "DATE", "2009"},
    /* Spanish: a month after "desde MONTH de YEAR" is near the reference, not in that year */
    {"es",
     "El BCE ha bajado los tipos seis veces desde junio de 2024 y no descarta un nuevo recorte "
     "en abril.",
     "2025-03-27", -1, "abril", "DATE", "2025-04"},
    /* ... a month after a plain month and year still takes its year */
    {"es", "La crisis comenzó en agosto de 2007 y se agravó en septiembre.", "2010-07-15", -1,
     "septiembre", "DATE", "2007-09"},
    {"en", "Prices have risen since June 2024 and may fall in April.", "2025-03-27", -1, "April",
     "DATE", "2025-04"},
    /* Spanish "a partir del 6 de agosto" starts something ahead, unless a past verb precedes */
    {"es",
     "La compañía dijo que dos nuevos vuelos saldrán de Bombay a partir del 30 de marzo, y el "
     "tercero cada jueves a partir del 6 de agosto.",
     "1998-02-13", -1, "6 de agosto", "DATE", "1998-08-06"},
    {"es", "La ley entró en vigor a partir del 1 de enero.", "1998-02-13", 0, "1 de enero", "DATE",
     "1998-01-01"},
};

TD_TEST(test_timex_r21__rules)
{
    TIMEX_CHECK_ALL(cases);
}
