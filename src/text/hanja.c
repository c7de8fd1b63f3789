/*
 * hanja.c - the Sino-Korean reading of Han characters, from the table
 * Debian ships with libhangul (package libhangul-data, hanja.txt: lines
 * "reading:hanja:gloss"). Chinese and Japanese papers write Korean names
 * in Han characters ("韩结化学", "蔚山", "裴承哲"), which their Korean
 * reading spells as the Latin papers do: 한결 Hangyeol, 울산 Ulsan, 배승철
 * Bae Seung-cheol. Only the table's one-character lines are read; the file
 * is read when names.c first meets a Han character (analyzer_hanja()).
 */
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/file.h"
#include "core/limits.h"
#include "core/utf8.h"
#include "text/text_int.h"
#include "core/banned.h"

/* First and last Hangul syllable. */
#define HANGUL_FIRST 0xAC00
#define HANGUL_LAST 0xD7A3

/* One line of the table: a character, one of its readings, and the line's place. */
struct hanja_line {
    uint32_t cp;
    uint16_t syl; /* the reading's syllable index from 가 */
    uint32_t seq;
};

struct hanja_table {
    uint32_t *cp;  /* sorted */
    uint16_t *syl; /* HANJA_READINGS per character: syllable index from 가 + 1, 0 for none */
    size_t n;
};

static int cmp_line(const void *a, const void *b)
{
    const struct hanja_line *x = a, *y = b;

    if (x->cp != y->cp)
        return x->cp < y->cp ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/*
 * Parses the line `s[0..n)` as "reading:hanja:..." with one Hangul syllable
 * and one character; false for any other line (comments, words).
 */
static bool parse_line(const char *s, size_t n, struct hanja_line *out)
{
    size_t p = 0, q;
    int32_t syl, cp;

    if (n < 5 || s[0] == '#')
        return false;
    syl = utf8_next(s, n, &p);
    if (syl < HANGUL_FIRST || syl > HANGUL_LAST || p >= n || s[p] != ':')
        return false;
    q = ++p;
    cp = utf8_next(s, n, &p);
    if (cp < 0x2E80 || p >= n || s[p] != ':' || p == q)
        return false;
    out->cp = (uint32_t)cp;
    out->syl = (uint16_t)(syl - HANGUL_FIRST);
    return true;
}

/* Collects the one-character lines of `buf[0..len)` into `*lines` (`*n`). */
static enum td_err collect(const char *buf, size_t len, struct hanja_line **lines, size_t *n,
                           struct td_error *err)
{
    size_t at = 0, cap = 0;

    *n = 0;
    while (at < len) {
        const char *nl = memchr(buf + at, '\n', len - at);
        size_t end = nl != NULL ? (size_t)(nl - buf) : len;
        struct hanja_line l;
        if (parse_line(buf + at, end - at, &l)) {
            if (td_grow((void **)lines, &cap, *n + 1, sizeof(**lines)) != TD_OK)
                return td_error_set(err, TD_ERR_NOMEM, "out of memory");
            l.seq = (uint32_t)*n;
            (*lines)[(*n)++] = l;
        }
        at = end + 1;
    }
    return TD_OK;
}

/* Fills `t` from the sorted `lines[0..n)`: each character's first HANJA_READINGS readings. */
static enum td_err build(struct hanja_table *t, const struct hanja_line *lines, size_t n,
                         struct td_error *err)
{
    size_t i, k;

    t->cp = td_calloc(n > 0 ? n : 1, sizeof(*t->cp));
    t->syl = td_calloc(n > 0 ? n * HANJA_READINGS : 1, sizeof(*t->syl));
    if (t->cp == NULL || t->syl == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    for (i = 0; i < n; i++) {
        uint16_t *r;
        if (t->n == 0 || t->cp[t->n - 1] != lines[i].cp)
            t->cp[t->n++] = lines[i].cp;
        r = t->syl + (t->n - 1) * HANJA_READINGS;
        for (k = 0; k < HANJA_READINGS && r[k] != 0 && r[k] != lines[i].syl + 1; k++)
            ;
        if (k < HANJA_READINGS && r[k] == 0)
            r[k] = (uint16_t)(lines[i].syl + 1);
    }
    return TD_OK;
}

enum td_err hanja_table_load(const char *path, struct hanja_table **out, struct td_error *err)
{
    struct hanja_table *t;
    struct hanja_line *lines = NULL;
    char *buf;
    size_t len, n = 0;
    enum td_err rc;

    *out = NULL;
    if (!td_file_slurp(path, TD_MAX_HANJA_FILE_BYTES, &buf, &len))
        return TD_OK;
    rc = collect(buf, len, &lines, &n, err);
    td_free(buf);
    if (rc == TD_OK && n > 0)
        qsort(lines, n, sizeof(*lines), cmp_line);
    t = rc == TD_OK ? td_calloc(1, sizeof(*t)) : NULL;
    if (rc == TD_OK && t == NULL)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc == TD_OK)
        rc = build(t, lines, n, err);
    td_free(lines);
    if (rc != TD_OK) {
        hanja_table_free(t);
        return rc;
    }
    *out = t;
    return TD_OK;
}

void hanja_table_free(struct hanja_table *t)
{
    if (t == NULL)
        return;
    td_free(t->cp);
    td_free(t->syl);
    td_free(t);
}

size_t hanja_readings(const struct hanja_table *t, int32_t cp, int32_t out[HANJA_READINGS])
{
    size_t lo = 0, hi = t != NULL ? t->n : 0, k;

    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->cp[mid] == (uint32_t)cp) {
            const uint16_t *r = t->syl + mid * HANJA_READINGS;
            for (k = 0; k < HANJA_READINGS && r[k] != 0; k++)
                out[k] = HANGUL_FIRST + r[k] - 1;
            return k;
        }
        if (t->cp[mid] < (uint32_t)cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

int32_t hanja_initial_law(int32_t syl)
{
    /* Vowels ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ (2, 6, 7, 12, 17, 20) take no ㄹ or ㄴ before them. */
    static const bool y_vowel[21] = {
        [2] = true, [6] = true, [7] = true, [12] = true, [17] = true, [20] = true};
    int32_t i = syl - HANGUL_FIRST, initial = i / 588, vowel = (i % 588) / 28;

    if (i < 0 || syl > HANGUL_LAST)
        return syl;
    if ((initial == 5 || initial == 2) && y_vowel[vowel])
        return syl + (11 - initial) * 588; /* ㅇ */
    if (initial == 5)
        return syl + (2 - initial) * 588; /* ㄴ */
    return syl;
}
