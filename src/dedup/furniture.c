/*
 * furniture.c - the page furniture table (see dedup.h): for each line hash,
 * in how many of the latest articles it occurs, kept exactly over a sliding
 * window of articles (a ring of their line hashes and an open-addressing
 * count table that forgets an article's lines when it leaves the ring).
 */
#include <string.h>

#include "core/alloc.h"
#include "dedup/dedup_int.h"
#include "core/banned.h"

/* The largest window (its tables stay under 1 GiB). */
#define MAX_WINDOW 1000000

struct dedup_furniture {
    /*
     * `cap` slots (a power of two, at least twice the most line hashes the
     * ring can hold): line hash << 32 | articles counted, 0 when empty;
     * linear probing from the hash's low bits, deletion by backward shift.
     */
    uint64_t *slots;
    size_t cap;
    uint32_t *ring;    /* `window` * DEDUP_FURN_LINES line hashes, one row per article */
    unsigned char *nr; /* hashes in each row (at most DEDUP_FURN_LINES) */
    size_t window;
    size_t first; /* row of the oldest counted article */
    size_t live;  /* articles counted */
};

enum td_err dedup_furniture_new(size_t window, struct dedup_furniture **out, struct td_error *err)
{
    struct dedup_furniture *f = td_calloc(1, sizeof(*f));

    if (f == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    f->window = window == 0 ? DEDUP_FURN_WINDOW : window > MAX_WINDOW ? MAX_WINDOW : window;
    for (f->cap = 1024; f->cap < 2 * f->window * DEDUP_FURN_LINES; f->cap *= 2)
        ;
    /* Calloc'd: pages of the tables that no line reaches are never touched. */
    f->slots = td_calloc(f->cap, sizeof(*f->slots));
    f->ring = td_calloc(f->window * DEDUP_FURN_LINES, sizeof(*f->ring));
    f->nr = td_calloc(f->window, 1);
    if (f->slots == NULL || f->ring == NULL || f->nr == NULL) {
        dedup_furniture_free(f);
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    *out = f;
    return TD_OK;
}

void dedup_furniture_free(struct dedup_furniture *f)
{
    if (f == NULL)
        return;
    td_free(f->slots);
    td_free(f->ring);
    td_free(f->nr);
    td_free(f);
}

/* The slot that holds `line`, or the empty slot where its probe run ends. */
static size_t find(const struct dedup_furniture *f, uint32_t line)
{
    size_t mask = f->cap - 1, i = line & mask;

    while (f->slots[i] != 0 && (uint32_t)(f->slots[i] >> 32) != line)
        i = (i + 1) & mask;
    return i;
}

bool dedup_furniture_has(const struct dedup_furniture *f, uint32_t line)
{
    uint64_t s = f->slots[find(f, line)];

    return s != 0 && (uint32_t)s >= DEDUP_FURN_MIN_ARTICLES;
}

/* Counts `line` once more. The table has room: it is twice the ring's hashes. */
static void count_up(struct dedup_furniture *f, uint32_t line)
{
    size_t i = find(f, line);

    f->slots[i] = f->slots[i] != 0 ? f->slots[i] + 1 : (uint64_t)line << 32 | 1u;
}

/*
 * Empties slot `i`, then moves later entries of the probe run back so that
 * no lookup stops early at the hole: an entry moves when its home is not
 * cyclically inside (i, j].
 */
static void delete_at(struct dedup_furniture *f, size_t i)
{
    size_t mask = f->cap - 1, j = i, home;

    for (;;) {
        j = (j + 1) & mask;
        if (f->slots[j] == 0)
            break;
        home = (size_t)(f->slots[j] >> 32) & mask;
        if (((j - home) & mask) >= ((j - i) & mask)) {
            f->slots[i] = f->slots[j];
            i = j;
        }
    }
    f->slots[i] = 0;
}

/* Counts `line` once less, deleting it at zero. */
static void count_down(struct dedup_furniture *f, uint32_t line)
{
    size_t i = find(f, line);

    if (f->slots[i] == 0)
        return; /* not there: cannot happen while ring and table agree */
    if ((uint32_t)f->slots[i] > 1)
        f->slots[i]--;
    else
        delete_at(f, i);
}

void dedup_furniture_add(struct dedup_furniture *f, const struct dedup_lines *lines)
{
    size_t at, k, n = lines->n < DEDUP_FURN_LINES ? lines->n : DEDUP_FURN_LINES;
    uint32_t *row;

    if (f->live == f->window) {
        row = f->ring + f->first * DEDUP_FURN_LINES;
        for (k = 0; k < f->nr[f->first]; k++)
            count_down(f, row[k]);
        f->first = (f->first + 1) % f->window;
        f->live--;
    }
    at = (f->first + f->live) % f->window;
    row = f->ring + at * DEDUP_FURN_LINES;
    for (k = 0; k < n; k++) {
        row[k] = lines->h[k];
        count_up(f, lines->h[k]);
    }
    f->nr[at] = (unsigned char)n;
    f->live++;
}

void dedup_lines_push(struct dedup_lines *lines, uint32_t h)
{
    size_t i, tail = DEDUP_FURN_LINES - DEDUP_FURN_HEAD;

    for (i = 0; i < lines->n; i++)
        if (lines->h[i] == h)
            return; /* a line twice in one article is in one article */
    if (lines->n < DEDUP_FURN_LINES) {
        lines->h[lines->n++] = h;
        return;
    }
    /* Full: the tail rows turn into a ring of the latest lines (furniture ends pages). */
    lines->h[DEDUP_FURN_HEAD + lines->seen % tail] = h;
    lines->seen++;
}
