/*
 * furniture.c - the page furniture table (see dedup.h): for each line hash,
 * in how many of the latest articles it occurs, and whether those are of
 * more than one event, kept exactly over a sliding window of articles (a
 * ring of their line hashes and an open-addressing count table that
 * forgets an article's lines when it leaves the ring). What the table
 * says is a function of the window's articles alone, so a table filled
 * again from the latest articles (a restart) says what the live one did.
 */
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "dedup/dedup_int.h"
#include "core/banned.h"

/* The largest window (its counts fit COUNT_BITS, its runs `runs`' 16 bits). */
#define MAX_WINDOW 65535

/*
 * The low half of a slot: the articles counted (COUNT_BITS) and a tag of
 * the event of the latest one (TAG_BITS); the top bit is unused.
 */
#define COUNT_BITS 20
#define COUNT_MASK ((1u << COUNT_BITS) - 1)
#define TAG_BITS 11
#define TAG_SHIFT COUNT_BITS
#define TAG_MASK (((1u << TAG_BITS) - 1) << TAG_SHIFT)
_Static_assert(MAX_WINDOW <= COUNT_MASK && MAX_WINDOW <= UINT16_MAX,
               "a count and a run must fit their bits");
_Static_assert(COUNT_BITS + TAG_BITS <= 32, "count and tag fit the low half");

struct dedup_furniture {
    /*
     * `cap` slots (a power of two, at least twice the most line hashes the
     * ring can hold): line hash << 32 | mixed bit, event tag and articles
     * counted (COUNT_BITS above), 0 when empty;
     * linear probing from the hash's low bits, deletion by backward shift.
     */
    uint64_t *slots;
    /*
     * Per slot: how many of the latest articles that count its line, in a
     * row, have the tag of the latest one. The line's articles are of more
     * than one tag exactly when this is below their count: the oldest
     * leave first, so an article leaving shortens the run only when every
     * article counted was in it.
     */
    uint16_t *runs;
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
    f->runs = td_calloc(f->cap, sizeof(*f->runs));
    f->ring = td_calloc(f->window * DEDUP_FURN_LINES, sizeof(*f->ring));
    f->nr = td_calloc(f->window, 1);
    if (f->slots == NULL || f->runs == NULL || f->ring == NULL || f->nr == NULL) {
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
    td_free(f->runs);
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
    return (dedup_furniture_kind(f, line) & DEDUP_FURN_SIG) != 0;
}

unsigned dedup_furniture_kind(const struct dedup_furniture *f, uint32_t line)
{
    size_t i = find(f, line);
    uint64_t s = f->slots[i];
    uint32_t n = (uint32_t)s & COUNT_MASK;
    unsigned kind = 0;

    if (s == 0)
        return 0;
    if (n >= DEDUP_FURN_MIN_ARTICLES)
        kind |= DEDUP_FURN_SIG | DEDUP_FURN_TEXT;
    else if (n >= DEDUP_FURN_TEXT_MIN_ARTICLES && f->runs[i] < n)
        kind |= DEDUP_FURN_TEXT;
    return kind;
}

/* A few bits of an event id (any id: a multiplicative hash spreads them). */
static uint32_t event_tag(int64_t event)
{
    return (uint32_t)(((uint64_t)event * 0x9E3779B97F4A7C15u) >> (64 - TAG_BITS)) << TAG_SHIFT;
}

/*
 * Counts `line` once more, for an article with event tag `tag`. The table
 * has room: it is twice the ring's hashes.
 */
static void count_up(struct dedup_furniture *f, uint32_t line, uint32_t tag)
{
    size_t i = find(f, line);
    uint64_t s = f->slots[i];

    if (s == 0) {
        f->slots[i] = (uint64_t)line << 32 | tag | 1u;
        f->runs[i] = 1;
        return;
    }
    if (((uint32_t)s & TAG_MASK) != tag) {
        s = (s & ~(uint64_t)TAG_MASK) | tag;
        f->runs[i] = 1;
    } else {
        f->runs[i]++;
    }
    f->slots[i] = s + 1;
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
            f->runs[i] = f->runs[j];
            i = j;
        }
    }
    f->slots[i] = 0;
}

/* Counts `line` once less, for the oldest article that counted it, deleting it at zero. */
static void count_down(struct dedup_furniture *f, uint32_t line)
{
    size_t i = find(f, line);
    uint32_t n;

    if (f->slots[i] == 0)
        return; /* not there: cannot happen while ring and table agree */
    if ((n = (uint32_t)f->slots[i] & COUNT_MASK) > 1) {
        f->slots[i]--;
        if (f->runs[i] > n - 1)
            f->runs[i] = (uint16_t)(n - 1);
    } else {
        delete_at(f, i);
    }
}

void dedup_furniture_add(struct dedup_furniture *f, const struct dedup_lines *lines)
{
    dedup_furniture_add_event(f, lines, 0);
}

void dedup_furniture_add_event(struct dedup_furniture *f, const struct dedup_lines *lines,
                               int64_t event)
{
    size_t at, k, n = lines->n < DEDUP_FURN_LINES ? lines->n : DEDUP_FURN_LINES;
    uint32_t *row, tag = event_tag(event);

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
        count_up(f, lines->h[k], tag);
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

/* Lines of more words than this are paragraphs, never furniture (as in minhash.c). */
#define STRIP_LINE_WORDS 256

/* The line of text being read by dedup_furniture_strip(). */
struct strip_line {
    uint64_t w[STRIP_LINE_WORDS];
    size_t n;
    bool is_long;
    const char *start; /* its first byte: the line feed that began it, or the text's start */
};

/*
 * Ends the line that runs up to `end` (exclusive): appends it to `out`
 * unless it is clustering furniture, which it counts in `*cut`.
 */
static enum td_err strip_end(const struct dedup_furniture *furn, struct strip_line *ln,
                             const char *end, struct td_buf *out, size_t *cut)
{
    bool drop = furn != NULL && ln->n > 0 && !ln->is_long &&
                (dedup_furniture_kind(furn, dedup_line_hash(ln->w, ln->n)) & DEDUP_FURN_TEXT) != 0;
    enum td_err rc = TD_OK;

    if (drop)
        (*cut)++;
    else if (end > ln->start)
        rc = td_buf_add(out, ln->start, (size_t)(end - ln->start));
    ln->start = end;
    ln->n = 0;
    ln->is_long = false;
    return rc;
}

/*
 * A line is its words from minhash_next_word(), so it is the line the
 * signature and the table see; its bytes run from the line feed that ends
 * the line before it (or the text's start) to the first line feed after its
 * last word (or the text's end), so that a left-out line takes the line
 * feeds before it and the line before keeps its own final punctuation.
 */
enum td_err dedup_furniture_strip(const struct dedup_furniture *furn, const char *text,
                                  struct td_buf *out, size_t *cut)
{
    struct strip_line ln;
    const char *p = text, *end = text != NULL ? text + strlen(text) : NULL, *prev = text, *nl_at;
    uint64_t h;
    bool nl;
    enum td_err rc = TD_OK;

    td_buf_reset(out);
    *cut = 0;
    if (text == NULL)
        return TD_OK;
    ln.n = 0;
    ln.is_long = false;
    ln.start = text;
    while (rc == TD_OK && minhash_next_word(&p, end, &h, &nl)) {
        if (nl && (nl_at = memchr(prev, '\n', (size_t)(p - prev))) != NULL &&
            (ln.n > 0 || ln.is_long))
            rc = strip_end(furn, &ln, nl_at, out, cut);
        if (ln.n == STRIP_LINE_WORDS)
            ln.is_long = true;
        if (!ln.is_long)
            ln.w[ln.n++] = h;
        prev = p;
    }
    if (rc == TD_OK)
        rc = strip_end(furn, &ln, end, out, cut);
    return rc;
}
