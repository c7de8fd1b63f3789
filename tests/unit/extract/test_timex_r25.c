/*
 * test_timex_r25.c - tests of the temporal tagger's round-25 changes: in English, a year-less
 * month that elaborates a whole year just named ("last year: Delta in April") or follows a year
 * fronted before a comma ("In 2029, ... in the fall") takes that year, "a year earlier" after
 * a month is that month a year back, "until" after a past verb looks back, a scheduled present
 * before a month looks ahead; "ahead of Thursday's"; "ended the week", "cerró la semana"; "the
 * first half" in a results text; "up to 20 years"; "18 meses consecutivos"; a point between digits
 * ends no sentence; a present after a past verb is a noun ("delayed play"). Each row: language,
 * text, reference date and the expected `nth` timex of the text (-1: the last one; a NULL span:
 * none).
 */
#include "test.h"
#include "timex_cases.h"

static const struct timex_case cases[] = {
    /* a month elaborating a whole year named just before it (was the reference's month) */
    {"en", "Both airlines left bankruptcy last year: Delta in April and Northwest in May.",
     "2031-04-10", 1, "April", "DATE", "2030-04"},
    {"en", "Both airlines left bankruptcy last year: Delta in April and Northwest in May.",
     "2031-04-10", 2, "May", "DATE", "2030-05"},
    {"en", "The plant will open next year, probably in March.", "2031-06-12", -1, "March", "DATE",
     "2032-03"},
    /* ... not across a conjunction or a verb: two periods compared */
    {"en", "Sales fell 5 percent last year and 3 percent in January.", "2031-02-10", -1, "January",
     "DATE", "2031-01"},
    {"en", "He was hired last year and was promoted in January.", "2031-02-10", -1, "January",
     "DATE", "2031-01"},
    /* a year fronted before a comma scopes its sentence, verbs and all */
    {"en", "Last year, sales rose in the third quarter.", "2031-03-12", -1, "the third quarter",
     "DATE", "2030-Q3"},
    /* ... up to a new clause after a comma */
    {"en", "In 2028, he was elected, and in January he took office.", "2030-03-12", -1, "January",
     "DATE", "2030-01"},
    /* ... a year inside the sentence does not ("approved in 2029 ... in March" is news of now) */
    {"en", "The law, approved in 2029, takes effect in March.", "2031-01-20", -1, "March", "DATE",
     "2031-03"},
    /* "a year earlier" after a month is that month back (was the year) */
    {"en", "Sales rose 8 percent in April from a year earlier.", "2031-05-01", -1, "a year earlier",
     "DATE", "2030-04"},
    /* ... English only: Spanish keeps the year */
    {"es", "Las ventas cayeron en junio un 11% respecto a hace un año.", "2031-07-10", -1,
     "hace un año", "DATE", "2030"},
    {"en",
     "In 2029, the brand sold 600,000 cars, half in the first quarter and the rest in the "
     "fall.",
     "2031-11-04", -1, "the fall", "DATE", "2029-FA"},
    /* ... not after a range of months, nor a past verb's event */
    {"es",
     "La aerolínea ganó 1.200 millones entre julio y septiembre, un 8% menos que hace un año.",
     "2031-11-10", -1, "hace un año", "DATE", "2030"},
    {"en", "In March, the plant closed a year ago, said the mayor.", "2031-05-01", -1, "a year ago",
     "DATE", "2030"},
    /* English "until" after a past verb looks back (was the coming day) */
    {"en", "The snow did not stop until late Saturday.", "2031-02-10", -1, "late Saturday", "DATE",
     "2031-02-08"},
    {"en", "Police did not release the name until Saturday.", "2031-02-10", -1, "Saturday", "DATE",
     "2031-02-08"},
    /* ... a modal or a deadline verb keeps it ahead */
    {"en", "Utilities said some customers could be without power until Wednesday.", "2031-02-10",
     -1, "Wednesday", "DATE", "2031-02-12"},
    {"en", "The judge adjourned the trial until Wednesday.", "2031-02-10", -1, "Wednesday", "DATE",
     "2031-02-12"},
    /* a scheduled present before a year-less month looks ahead (was the last July) */
    {"en", "The company's fiscal year begins in July.", "2031-01-30", -1, "July", "DATE",
     "2031-07"},
    {"en", "Sales are usually weak in July.", "2031-01-30", -1, "July", "DATE", "2030-07"},
    /* "ahead of Thursday's report" is the coming Thursday; "Wednesday's ruling" the last one */
    {"en", "Trading was light ahead of Thursday's report on retail sales.", "2031-04-09", -1,
     "Thursday", "DATE", "2031-04-10"},
    {"en", "Lawyers studied Wednesday's ruling.", "2031-04-11", -1, "Wednesday", "DATE",
     "2031-04-09"},
    /* a present right after a past verb is its object: "delayed play" */
    {"en", "Rain delayed play for three hours on Monday.", "2031-09-02", -1, "Monday", "DATE",
     "2031-09-01"},
    {"en", "The two teams play on Monday.", "2031-09-02", -1, "Monday", "DATE", "2031-09-08"},
    /* plurals of a scheduled event; not a caption's "leave" */
    {"en", "The talks begin Friday in Geneva.", "2031-06-26", -1, "Friday", "DATE", "2031-06-27"},
    {"en", "Commuters leave the darkened station on Tuesday night.", "2031-01-15", -1,
     "Tuesday night", "DATE", "2031-01-14TNI"},
    /* an "-ed" adjective before "until" is no past verb */
    {"en", "Japan halves the tariff on imported rice until March.", "2031-11-18", -1, "March",
     "DATE", "2032-03"},
    /* the week a market closes */
    {"en", "Stocks closed lower Friday, and the Dow ended the week down 2 percent.", "2031-08-15",
     -1, "the week", "DATE", "2031-W33"},
    {"es", "El Dow Jones cerró la semana con una subida del 2%.", "2031-08-15", -1, "la semana",
     "DATE", "2031-W33"},
    /* "the first half" in a text that named a quarter; none in a game */
    {"en",
     "Profit rose in the fourth quarter. The bank expects to cut more jobs in the first "
     "half.",
     "2031-01-18", -1, "the first half", "DATE", "2031-H1"},
    {"en", "He scored twice in the first half and once in the second half.", "2031-01-18", 0, NULL,
     NULL, NULL},
    /* "up to" before a count is in the extent */
    {"en", "She faces up to 20 years in prison.", "2031-05-17", -1, "up to 20 years", "DURATION",
     "P20Y"},
    /* a run of units with its Spanish adjective */
    {"es", "Las ventas han caído durante 18 meses consecutivos.", "2031-07-10", -1,
     "18 meses consecutivos", "DURATION", "P18M"},
};

TD_TEST(test_timex_r25__rules)
{
    TIMEX_CHECK_ALL(cases);
}
