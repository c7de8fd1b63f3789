/*
 * test_furniture.c - tests of src/dedup/furniture.c and of the furniture-free
 * signature in minhash.c: a line is furniture from its third article on, one
 * article counts a line once, the window forgets (checked against a brute-force
 * count through many evictions), the signature leaves furniture lines out and
 * is the old one when there is none, and OOM.
 */
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "dedup/dedup.h"
#include "test.h"

static const char *body =
    "The harbour board of Kessling voted on Monday to close the old north pier "
    "to lorries after divers found that two of its wooden piles had rotted "
    "through. Fishing boats may still tie up there until the repairs start.";
static const char *block = "\n\nMost read: 1. Council keeps the Sunday market 2. Five soups for a "
                           "cold night\n\nWe use cookies to make this site work. By reading on you "
                           "accept them.\n\n(c) 2031 Kessling Evening Star. All rights reserved.";

/* Counts one article of text `text` in `f`. */
static void count_text(struct dedup_furniture *f, const char *text)
{
    struct dedup_lines lines;

    dedup_lines_of(text, &lines);
    dedup_furniture_add(f, &lines);
}

/* The hash of the first line of `text`. */
static uint32_t first_line(const char *text)
{
    struct dedup_lines lines;

    dedup_lines_of(text, &lines);
    return lines.n > 0 ? lines.h[0] : 0;
}

TD_TEST(test_furniture__line_of_three_articles)
{
    struct dedup_furniture *f;
    uint32_t h =
        first_line("We use cookies to make this site work. By reading on you accept them.");

    ASSERT_OK(dedup_furniture_new(0, &f, NULL));
    count_text(f, block);
    count_text(f, body);
    count_text(f, block);
    ASSERT_TRUE(!dedup_furniture_has(f, h));
    count_text(f, block);
    ASSERT_TRUE(dedup_furniture_has(f, h));
    /* Case, spacing and punctuation do not make another line. */
    ASSERT_TRUE(dedup_furniture_has(
        f,
        first_line("  we USE cookies to make this site work -- by reading on, you accept them")));
    ASSERT_TRUE(!dedup_furniture_has(f, first_line(body)));
    dedup_furniture_free(f);
}

TD_TEST(test_furniture__one_article_counts_a_line_once)
{
    struct dedup_furniture *f;
    struct dedup_lines lines;
    char text[512];

    snprintf(text, sizeof(text), "%s\nBy Ana Ruiz\n%s\nBy Ana Ruiz\nBy Ana Ruiz", body, body);
    dedup_lines_of(text, &lines);
    ASSERT_EQ_INT(lines.n, 2);
    ASSERT_OK(dedup_furniture_new(0, &f, NULL));
    count_text(f, text);
    count_text(f, text);
    ASSERT_TRUE(!dedup_furniture_has(f, first_line("By Ana Ruiz")));
    count_text(f, text);
    ASSERT_TRUE(dedup_furniture_has(f, first_line("By Ana Ruiz")));
    dedup_furniture_free(f);
}

TD_TEST(test_furniture__long_page_keeps_head_and_tail)
{
    struct dedup_lines lines;
    char text[8192];
    size_t len = 0;
    int i;

    for (i = 0; i < 100; i++)
        len += (size_t)snprintf(text + len, sizeof(text) - len, "line number %d here\n", i);
    dedup_lines_of(text, &lines);
    ASSERT_EQ_INT(lines.n, DEDUP_FURN_LINES);
    ASSERT_TRUE(lines.h[0] == first_line("line number 0 here"));
    ASSERT_TRUE(lines.h[DEDUP_FURN_HEAD - 1] == first_line("line number 15 here"));
    /* The tail rows hold the last lines: 99 is among them, 50 is not. */
    for (i = DEDUP_FURN_HEAD; i < DEDUP_FURN_LINES; i++)
        if (lines.h[i] == first_line("line number 99 here"))
            break;
    ASSERT_TRUE(i < DEDUP_FURN_LINES);
    for (i = 0; i < DEDUP_FURN_LINES; i++)
        ASSERT_TRUE(lines.h[i] != first_line("line number 50 here"));
}

/* xorshift64* */
static uint64_t rnd(uint64_t *st)
{
    *st ^= *st >> 12;
    *st ^= *st << 25;
    *st ^= *st >> 27;
    return *st * 0x2545F4914F6CDD1Du;
}

/* The line hash of pool line `p`: distinct for distinct `p`, never 0. */
static uint32_t pool_line(size_t p)
{
    return (uint32_t)p * 2654435761u + 1u;
}

/*
 * Fills `lines` with `n` lines drawn at random from a pool of `pool` (a
 * repeat is dropped, as dedup_lines_push() drops it) and keeps the distinct
 * pool indexes, in order, in `row[0..*nrow)`.
 */
static void draw_lines(uint64_t *st, size_t n, size_t pool, size_t *row, size_t *nrow,
                       struct dedup_lines *lines)
{
    size_t i, k, p;

    lines->n = lines->seen = 0;
    *nrow = 0;
    for (i = 0; i < n; i++) {
        p = rnd(st) % pool;
        for (k = 0; k < *nrow && row[k] != p; k++)
            ;
        if (k == *nrow)
            row[(*nrow)++] = p;
        dedup_lines_push(lines, pool_line(p));
    }
}

/*
 * Random articles of lines drawn from a small pool, in random events,
 * through a window of 50: every line's answer equals a count over the latest 50 articles, kept by
 * hand, through thousands of evictions (deletions that shift probe runs back).
 */
TD_TEST(test_furniture__window_matches_brute_force)
{
    enum { WINDOW = 50, POOL = 300, ARTICLES = 3000, PER = 12 };
    static size_t hist[ARTICLES][PER], nhist[ARTICLES];
    size_t count[POOL] = {0};
    struct dedup_furniture *f;
    struct dedup_lines lines;
    uint64_t st = 42;
    size_t a, k, p;

    ASSERT_OK(dedup_furniture_new(WINDOW, &f, NULL));
    for (a = 0; a < ARTICLES; a++) {
        draw_lines(&st, rnd(&st) % PER, POOL, hist[a], &nhist[a], &lines);
        ASSERT_EQ_INT(lines.n, nhist[a]);
        /* Events of their own: the count must not see the event bits beside it. */
        dedup_furniture_add_event(f, &lines, (int64_t)(rnd(&st) % 40));
        for (k = 0; k < nhist[a]; k++)
            count[hist[a][k]]++;
        if (a >= WINDOW)
            for (k = 0; k < nhist[a - WINDOW]; k++)
                count[hist[a - WINDOW][k]]--;
        for (p = 0; p < POOL; p++)
            ASSERT_EQ_INT(dedup_furniture_has(f, pool_line(p)),
                          count[p] >= DEDUP_FURN_MIN_ARTICLES);
    }
    dedup_furniture_free(f);
}

TD_TEST(test_furniture__signature_leaves_furniture_out)
{
    struct dedup_furniture *f;
    struct dedup_near *nx;
    struct dedup_sig clean, plain, want;
    struct dedup_lines lines;
    char page[1024];

    snprintf(page, sizeof(page), "%s%s", body, block);
    ASSERT_OK(dedup_furniture_new(0, &f, NULL));
    ASSERT_OK(dedup_near_new(0, &nx, NULL));
    /* Nothing is furniture yet: the signature is the one stored before furniture was. */
    dedup_near_sig_clean(f, page, &clean, &lines);
    dedup_near_sig(nx, page, &plain);
    ASSERT_TRUE(memcmp(clean.h, plain.h, sizeof(plain.h)) == 0);
    ASSERT_EQ_INT(clean.shingles, plain.shingles);
    ASSERT_EQ_INT(lines.n, 4);
    count_text(f, block);
    count_text(f, block);
    count_text(f, block);
    /* Now the block is furniture: the page signs as its body alone. */
    dedup_near_sig_clean(f, page, &clean, &lines);
    dedup_near_sig(nx, body, &want);
    ASSERT_TRUE(memcmp(clean.h, want.h, sizeof(want.h)) == 0);
    ASSERT_EQ_INT(clean.shingles, want.shingles);
    ASSERT_EQ_INT(lines.n, 4);
    /* A page of furniture only has no shingles, so it is never indexed. */
    dedup_near_sig_clean(f, block, &clean, &lines);
    ASSERT_EQ_INT(clean.shingles, 0);
    dedup_near_free(nx);
    dedup_furniture_free(f);
}

TD_TEST(test_furniture__oom)
{
    struct dedup_furniture *f = NULL;
    long n;
    enum td_err rc = TD_ERR_NOMEM;

    for (n = 0; rc == TD_ERR_NOMEM; n++) {
        alloc_fail_after(n);
        rc = dedup_furniture_new(0, &f, NULL);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
    }
    ASSERT_TRUE(n > 1);
    count_text(f, block);
    dedup_furniture_free(f);
}

/* The kind of the first line of `text` in `f`. */
static unsigned kind_of(const struct dedup_furniture *f, const char *text)
{
    return dedup_furniture_kind(f, first_line(text));
}

/* Counts one article of text `text`, placed in event `event`, in `f`. */
static void count_event(struct dedup_furniture *f, const char *text, int64_t event)
{
    struct dedup_lines lines;

    dedup_lines_of(text, &lines);
    dedup_furniture_add_event(f, &lines, event);
}

/*
 * A line in two reports of one event (a wire paragraph both reprint) stays
 * in the clustering text; a line on pages of two events leaves it from its
 * second page on; from three pages on, every line that is furniture for
 * the signature leaves it too.
 */
TD_TEST(test_furniture__text_furniture_needs_two_events)
{
    const char *wire = "The board said repairs would cost about two million crowns.";
    const char *cookie = "We use cookies to make this site work. By reading on you accept them.";
    struct dedup_furniture *f;

    ASSERT_OK(dedup_furniture_new(0, &f, NULL));
    count_event(f, wire, 7);
    count_event(f, wire, 7);
    ASSERT_EQ_INT(kind_of(f, wire), 0);
    count_event(f, cookie, 7);
    ASSERT_EQ_INT(kind_of(f, cookie), 0);
    count_event(f, cookie, 8);
    ASSERT_EQ_INT(kind_of(f, cookie), DEDUP_FURN_TEXT);
    count_event(f, cookie, 7);
    ASSERT_EQ_INT(kind_of(f, cookie), DEDUP_FURN_SIG | DEDUP_FURN_TEXT);
    count_event(f, wire, 7);
    ASSERT_EQ_INT(kind_of(f, wire), DEDUP_FURN_SIG | DEDUP_FURN_TEXT);
    ASSERT_EQ_INT(kind_of(f, body), 0);
    dedup_furniture_free(f);
}

/* The count keeps its meaning beside the event bits, through a window's evictions. */
TD_TEST(test_furniture__window_forgets_with_events)
{
    const char *line = "Most read: five soups for a cold night";
    struct dedup_furniture *f;
    int i;

    ASSERT_OK(dedup_furniture_new(4, &f, NULL));
    count_event(f, line, 1);
    count_event(f, line, 2);
    ASSERT_EQ_INT(kind_of(f, line), DEDUP_FURN_TEXT);
    for (i = 0; i < 3; i++)
        count_event(f, body, 3);
    /* One article with the line is left in the window of four. */
    ASSERT_EQ_INT(kind_of(f, line), 0);
    count_event(f, body, 3);
    /* None left: the line is forgotten, its event bits with it. */
    count_event(f, line, 5);
    count_event(f, line, 5);
    ASSERT_EQ_INT(kind_of(f, line), 0);
    count_event(f, line, 6);
    ASSERT_EQ_INT(kind_of(f, line), DEDUP_FURN_SIG | DEDUP_FURN_TEXT);
    dedup_furniture_free(f);
}

/* The clustering text of a page: its body, byte for byte, once the block is furniture. */
TD_TEST(test_furniture__strip_leaves_the_body)
{
    struct dedup_furniture *f;
    struct dedup_sig sig;
    struct dedup_lines lines;
    struct td_buf out = TD_BUF_INIT;
    char page[1024], framed[1200];
    size_t cut = 9;

    snprintf(page, sizeof(page), "%s%s", body, block);
    ASSERT_OK(dedup_furniture_new(0, &f, NULL));
    /* Nothing counted: the text comes back whole. */
    ASSERT_OK(dedup_furniture_strip(f, page, &out, &cut));
    ASSERT_EQ_INT(cut, 0);
    ASSERT_STREQ(out.data, page);
    dedup_near_sig_clean(f, page, &sig, &lines);
    ASSERT_EQ_INT(lines.text_furniture, 0);
    count_event(f, block, 1);
    count_event(f, block, 2);
    dedup_near_sig_clean(f, page, &sig, &lines);
    ASSERT_EQ_INT(lines.text_furniture, 3);
    ASSERT_OK(dedup_furniture_strip(f, page, &out, &cut));
    ASSERT_EQ_INT(cut, 3);
    ASSERT_STREQ(out.data, body);
    /* A line of the block between two paragraphs goes with the line feeds before it. */
    snprintf(framed, sizeof(framed),
             "\n\nFirst paragraph, ends here.\n\nMost read: 1. Council keeps the Sunday market "
             "2. Five soups for a cold night\n\n  Last paragraph.\n");
    ASSERT_OK(dedup_furniture_strip(f, framed, &out, &cut));
    ASSERT_EQ_INT(cut, 1);
    ASSERT_STREQ(out.data, "\n\nFirst paragraph, ends here.\n\n  Last paragraph.\n");
    /* A page of furniture only is left empty; NULL is empty. */
    ASSERT_OK(dedup_furniture_strip(f, block, &out, &cut));
    ASSERT_EQ_INT(cut, 3);
    ASSERT_STREQ(out.data, "");
    ASSERT_OK(dedup_furniture_strip(f, NULL, &out, &cut));
    ASSERT_EQ_INT(cut, 0);
    ASSERT_OK(dedup_furniture_strip(NULL, page, &out, &cut));
    ASSERT_STREQ(out.data, page);
    td_buf_release(&out);
    dedup_furniture_free(f);
}

TD_TEST(test_furniture__strip_oom)
{
    struct dedup_furniture *f;
    struct td_buf out = TD_BUF_INIT;
    char page[1024];
    size_t cut;
    long n;
    enum td_err rc = TD_ERR_NOMEM;

    snprintf(page, sizeof(page), "%s%s", body, block);
    ASSERT_OK(dedup_furniture_new(0, &f, NULL));
    count_event(f, block, 1);
    count_event(f, block, 2);
    for (n = 0; rc == TD_ERR_NOMEM; n++) {
        td_buf_release(&out);
        alloc_fail_after(n);
        rc = dedup_furniture_strip(f, page, &out, &cut);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
    }
    ASSERT_TRUE(n > 1);
    ASSERT_STREQ(out.data, body);
    td_buf_release(&out);
    dedup_furniture_free(f);
}

/*
 * What the table says of a line depends on the window's articles alone: a
 * table fed a long stream answers as one fed only its latest WINDOW
 * articles (what a restart does), through evictions, including the "more
 * than one event" of a line two articles share (DEDUP_FURN_TEXT), checked
 * against the events of the window's articles with the line, by hand.
 */
TD_TEST(test_furniture__answers_depend_on_the_window_alone)
{
    enum { WINDOW = 20, POOL = 40, ARTICLES = 600, PER = 6, EVENTS = 3 };
    static size_t hist[ARTICLES][PER], nhist[ARTICLES];
    static int64_t ev[ARTICLES];
    struct dedup_furniture *f, *g;
    struct dedup_lines lines;
    uint64_t st = 7;
    size_t a, b, k, p, text_lines = 0;

    ASSERT_OK(dedup_furniture_new(WINDOW, &f, NULL));
    for (a = 0; a < ARTICLES; a++) {
        draw_lines(&st, 1 + rnd(&st) % PER, POOL, hist[a], &nhist[a], &lines);
        ev[a] = 1 + (int64_t)(rnd(&st) % EVENTS);
        dedup_furniture_add_event(f, &lines, ev[a]);
        if (a + 1 < WINDOW)
            continue;
        /* The restart's table: the latest WINDOW articles only. */
        ASSERT_OK(dedup_furniture_new(WINDOW, &g, NULL));
        for (b = a + 1 - WINDOW; b <= a; b++) {
            lines.n = lines.seen = 0;
            for (k = 0; k < nhist[b]; k++)
                dedup_lines_push(&lines, pool_line(hist[b][k]));
            dedup_furniture_add_event(g, &lines, ev[b]);
        }
        for (p = 0; p < POOL; p++) {
            size_t count = 0;
            bool mixed = false;
            int64_t first = 0;
            for (b = a + 1 - WINDOW; b <= a; b++)
                for (k = 0; k < nhist[b]; k++)
                    if (hist[b][k] == p) {
                        mixed = mixed || (count > 0 && ev[b] != first);
                        first = count++ == 0 ? ev[b] : first;
                    }
            ASSERT_EQ_INT(dedup_furniture_kind(f, pool_line(p)),
                          dedup_furniture_kind(g, pool_line(p)));
            if (count == DEDUP_FURN_TEXT_MIN_ARTICLES) {
                ASSERT_EQ_INT((dedup_furniture_kind(f, pool_line(p)) & DEDUP_FURN_TEXT) != 0,
                              mixed);
                text_lines += mixed;
            }
        }
        dedup_furniture_free(g);
    }
    /* The stream does reach the case: lines of two articles of two events. */
    ASSERT_TRUE(text_lines > 0);
    dedup_furniture_free(f);
}
