/*
 * page.c - the block of page furniture that closes a web page's body, found
 * by its shape rather than its words, so that it holds in any language:
 * a copyright line ("© 2041 ...", "(c) ...", "Copyright ..."), a numbered
 * list run into one line ("Most read: 1. ... 2. ... 3. ..."), and a list of
 * links run into one line with separators ("More: A | B | C"). Such a line
 * is "marked". The closing block is the run of marked lines that ends the
 * page, where one unmarked line of at most GAP_MAX_CHARS code points may
 * stand below a list (a cookie or newsletter notice between "most read" and
 * the copyright line). An unmarked line that ends the page, stands above the
 * block or below a copyright line is never part of it, so a short last
 * paragraph, a quote or a one-line live-blog entry before a copyright line
 * stays (docs/QUALITY.md, "Page furniture by its shape").
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "text/text.h"
#include "core/utf8.h"

/* An unmarked line of more code points than this is a paragraph: the block never takes it. */
#define GAP_MAX_CHARS 320
/*
 * A line of more bytes than this is a paragraph: never marked, never a gap
 * line (320 code points of a 3-byte script fit). The scan for the line's
 * start stops there, so a page whose last paragraph is long costs at most
 * this many bytes read.
 */
#define LINE_MAX_BYTES 1000
/* Separators of a link list: a single code point between spaces ("A | B · C"). */
#define LIST_SEPARATORS 2

/* One line of the text: its bytes `[start, end)`, without the line feed. */
struct page_line {
    const char *start, *end;
};

/* `s[0..len)` without the ASCII white space at either end. */
static void trim(const char **s, size_t *len)
{
    while (*len > 0 && (**s == ' ' || **s == '\t' || **s == '\r')) {
        (*s)++;
        (*len)--;
    }
    while (*len > 0 && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t' || (*s)[*len - 1] == '\r'))
        (*len)--;
}

/* True when `s[0..len)` begins with `prefix`, ASCII letters compared without case. */
static bool starts_with_nocase(const char *s, size_t len, const char *prefix)
{
    size_t i, n = strlen(prefix);

    if (len < n)
        return false;
    for (i = 0; i < n; i++) {
        char a = s[i], b = prefix[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a - 'A' + 'a');
        if (a != b)
            return false;
    }
    return true;
}

/* What marks a line as furniture. */
enum mark { MARK_NONE, MARK_COPYRIGHT, MARK_LIST };

/* What one pass over a line found (marked_kind()). */
struct line_scan {
    bool copyright; /* a "©" or "℗" */
    char want;      /* the next item number of a numbered list, '1' to '4' */
    size_t seps;    /* separators standing alone between two spaces */
};

/*
 * Reads the sign that starts with the lead byte 0xC2 or 0xE2 at `s[i]`:
 * "©" and "℗" mark a copyright line; "·", "¦" and "•" between two spaces
 * are link separators.
 */
static void scan_sign(const unsigned char *s, size_t len, size_t i, struct line_scan *sc)
{
    size_t w = 0;

    if (s[i] == 0xC2 && i + 1 < len) {
        if (s[i + 1] == 0xA9)
            sc->copyright = true;
        else if (s[i + 1] == 0xB7 || s[i + 1] == 0xA6)
            w = 2;
    } else if (s[i] == 0xE2 && i + 2 < len) {
        if (s[i + 1] == 0x84 && s[i + 2] == 0x97)
            sc->copyright = true;
        else if (s[i + 1] == 0x80 && s[i + 2] == 0xA2)
            w = 3;
    }
    if (w > 0 && i > 0 && s[i - 1] == ' ' && i + w < len && s[i + w] == ' ')
        sc->seps++;
}

/*
 * Whether the number at `s[i]` is an item of a numbered list run into one
 * line: it stands alone (no digit, letter, "." or "," before it: after a
 * space, a colon or the line's start) and "." or ")" and a space follow.
 */
static bool list_item(const unsigned char *s, size_t len, size_t i)
{
    unsigned char before = i > 0 ? s[i - 1] : ' ';

    if (i + 2 >= len || (s[i + 1] != '.' && s[i + 1] != ')') || s[i + 2] != ' ')
        return false;
    return !((before >= '0' && before <= '9') || (before >= 'A' && before <= 'Z') ||
             (before >= 'a' && before <= 'z') || before == '.' || before == ',');
}

/*
 * Whether the line `[text, text + len)` is a marked furniture line (the
 * file's comment), and how, in one pass: a list when it holds the items
 * "1.", "2.", "3." (or "1)" ...) in this order or LIST_SEPARATORS
 * separators ("|", "·", "¦", "•" between spaces); else a copyright line
 * when it holds "©" or "℗" or opens with "(c)" or the word "Copyright",
 * the sign's name in most languages' pages.
 */
static enum mark marked_kind(const char *text, size_t len)
{
    const unsigned char *s;
    struct line_scan sc = {false, '1', 0};
    size_t i;

    trim(&text, &len);
    s = (const unsigned char *)text;
    for (i = 0; i < len; i++) {
        if (s[i] == (unsigned char)sc.want && sc.want <= '3' && list_item(s, len, i))
            sc.want++;
        else if (s[i] == '|' && i > 0 && s[i - 1] == ' ' && i + 1 < len && s[i + 1] == ' ')
            sc.seps++;
        else if (s[i] == 0xC2 || s[i] == 0xE2)
            scan_sign(s, len, i, &sc);
    }
    if (sc.want > '3' || sc.seps >= LIST_SEPARATORS)
        return MARK_LIST;
    if (sc.copyright || starts_with_nocase(text, len, "(c)") ||
        starts_with_nocase(text, len, "copyright"))
        return MARK_COPYRIGHT;
    return MARK_NONE;
}

/*
 * The line that ends at `end` (exclusive; a line feed or the text's end),
 * after `text`; false when it is longer than LINE_MAX_BYTES (a paragraph).
 */
static bool line_before(const char *text, const char *end, struct page_line *ln)
{
    const char *p = end;

    while (p > text && p[-1] != '\n')
        if ((size_t)(end - --p) > LINE_MAX_BYTES)
            return false;
    ln->start = p;
    ln->end = end;
    return true;
}

/* True when the line holds only white space. */
static bool line_blank(struct page_line ln)
{
    const char *s = ln.start;
    size_t len = (size_t)(ln.end - ln.start);

    trim(&s, &len);
    return len == 0;
}

/* The most lines of the closing block read; the block then starts at the highest marked one. */
#define BLOCK_MAX_LINES 16

/* The closing block of a text: its lines, last first, and what each is. */
struct page_block {
    struct page_line line[BLOCK_MAX_LINES];
    enum mark kind[BLOCK_MAX_LINES];
    size_t n;
};

/*
 * Reads the closing block of `text[0..len)` into `b` (the file's comment):
 * the lines from the last one up, marked lines and single gap lines below a
 * list, ending at the last marked line read.
 */
static void read_block(const char *text, size_t len, struct page_block *b)
{
    const char *end = text + len;
    struct page_line ln;
    bool gap = false; /* the line read before this one was a gap line */
    size_t n, marked = 0;
    enum mark k;

    b->n = 0;
    while (end > text && b->n < BLOCK_MAX_LINES && line_before(text, end, &ln)) {
        end = ln.start > text ? ln.start - 1 : text;
        n = (size_t)(ln.end - ln.start);
        if (line_blank(ln))
            continue;
        k = marked_kind(ln.start, n);
        if (k == MARK_NONE && (b->n == 0 || gap || utf8_count(ln.start, n) > GAP_MAX_CHARS))
            break;
        if (k == MARK_COPYRIGHT && gap)
            break;
        b->line[b->n] = ln;
        b->kind[b->n++] = k;
        gap = k == MARK_NONE;
        if (k != MARK_NONE)
            marked = b->n;
    }
    b->n = marked;
}

size_t text_page_body_len(const char *text, size_t len)
{
    struct page_block b;
    const char *to;

    /* A text of one line has nothing above a block: it keeps its text (and costs one memchr()). */
    if (text == NULL || len == 0 || memchr(text, '\n', len) == NULL)
        return len;
    read_block(text, len, &b);
    if (b.n == 0)
        return len;
    to = b.line[b.n - 1].start;
    while (to > text && (to[-1] == '\n' || to[-1] == '\r' || to[-1] == ' ' || to[-1] == '\t'))
        to--;
    /* Nothing but the block: the page keeps its text. */
    return to > text ? (size_t)(to - text) : len;
}
