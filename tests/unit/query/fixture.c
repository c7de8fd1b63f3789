/*
 * fixture.c - the small store behind the query tests (see fixture.h).
 */
#include "fixture.h"

#include <string.h>

#include "store_rows.h"

static const struct test_row rows[] = {
    {"s2-a", 2, "en", "2024-03-02", 1709337600, "Strike \"talks\" fail", "Crews walked out.",
     "Wire \\ Service", "https://example.org/a?x=1&y=2", NULL},
    {"s1-a", 1, "es", "2024-03-05", 1709596800, NULL, "Body only, no title", NULL, NULL, NULL},
    {"s2-b", 2, "de", "2024-03-01", 1709251200, "Fährstreik\tneu", "Besatzungen streiken.", NULL,
     NULL, NULL},
    {"s2-c", 2, "en", NULL, 0, "Strike \"talks\" fail", "Crews walked out.", NULL, NULL, "s2-a"},
    {"s3-a", 3, "en", NULL, 0, "", "Undated only", NULL, NULL, NULL},
};

/* The event of each row: s2-b is a second event of story 2. */
static const int64_t events[] = {2, 1, 5, 2, 3};

enum td_err query_fixture_open(struct td_store **out)
{
    struct td_store *st = NULL;
    size_t i;
    enum td_err rc = td_store_open(":memory:", &st, NULL);

    for (i = 0; rc == TD_OK && i < sizeof(rows) / sizeof(rows[0]); i++)
        rc = test_row_insert_event(st, &rows[i], (uint8_t)i, events[i]);
    if (rc == TD_OK)
        *out = st;
    else
        td_store_close(st);
    return rc;
}
