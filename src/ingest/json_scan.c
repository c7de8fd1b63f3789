/*
 * json_scan.c - a direct scan of the JSON Lines records most streams hold:
 * one flat object whose values are strings, null, true or false. It finds
 * the members without building a tree (json-c took ~120k instructions per
 * 2.6 KB article, a tenth of the whole ingest). Anything it does not take
 * (numbers, nested values, unusual escapes, bad syntax) is left to the
 * json-c parser in jsonl.c, which also words every error message.
 */
#include <stdint.h>
#include <string.h>

#include "ingest/ingest_int.h"
#include "core/banned.h"

/*
 * Whether any byte of `w` is a control byte, a quote or a backslash: the
 * only bytes that matter inside a string (exact as a yes/no answer).
 */
static bool has_special(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');

    return ((((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs) != 0;
}

size_t json_scan_skip_plain(const char *s, size_t len, size_t i)
{
    uint64_t w;

    while (i + 8 <= len) {
        memcpy(&w, s + i, 8);
        if (has_special(w))
            break;
        i += 8;
    }
    return i;
}

/* JSON's four white-space bytes. */
static bool is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t skip_ws(const char *s, size_t len, size_t i)
{
    while (i < len && is_ws(s[i]))
        i++;
    return i;
}

/*
 * Offset of the first byte below 0x20 in `s[i..end)`, or `end`. Eight bytes
 * at a time: subtracting 0x20 from a byte below 0x20 sets its top bit, a
 * byte from 0x80 up is masked by `~w`, and only a byte already found can
 * borrow from the next (exact as a yes/no answer; the bytes are then
 * walked one by one).
 */
static size_t find_control(const char *s, size_t end, size_t i)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;

    for (; end - i >= 8; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (((w - ones * 0x20) & ~w & highs) != 0)
            break;
    }
    for (; i < end; i++) {
        if ((unsigned char)s[i] < 0x20)
            return i;
    }
    return end;
}

/*
 * Scans the string whose opening quote is at `s[i - 1]`: its raw bytes are
 * `s[i..*end)`, the closing quote at `*end`. False for a control byte or an
 * unterminated string. The quote and each backslash are found with memchr
 * (libc's vector loops): a body has a few escapes in 2-3 KB of plain text.
 */
static bool scan_string(const char *s, size_t len, size_t i, size_t *end, bool *escaped)
{
    const char *quote = NULL;

    *escaped = false;
    for (;;) {
        const char *bs;
        size_t stop, cut;
        /* The quote found before still ends the string unless an escape took it. */
        if (quote == NULL || (size_t)(quote - s) < i)
            quote = memchr(s + i, '"', len - i);
        stop = quote != NULL ? (size_t)(quote - s) : len;
        bs = memchr(s + i, '\\', stop - i);
        cut = bs != NULL ? (size_t)(bs - s) : stop;
        if (find_control(s, cut, i) < cut)
            return false;
        if (bs == NULL) {
            *end = stop;
            return quote != NULL;
        }
        if (cut + 1 >= len)
            return false;
        /* Step over the escaped byte (json_scan_unescape checks it). */
        *escaped = true;
        i = cut + 2;
    }
}

/* A value at `s[i]`: a string or one of the literals; `*next` is just past it. */
static bool scan_value(const char *s, size_t len, size_t i, struct json_scan_member *m,
                       size_t *next)
{
    static const char *const literals[] = {"null", "true", "false"};
    size_t k, n;

    if (i < len && s[i] == '"') {
        m->is_string = true;
        m->val = s + i + 1;
        if (!scan_string(s, len, i + 1, next, &m->val_escaped))
            return false;
        m->val_len = *next - (i + 1);
        (*next)++;
        return true;
    }
    for (k = 0; k < sizeof(literals) / sizeof(literals[0]); k++) {
        n = strlen(literals[k]);
        if (len - i >= n && memcmp(s + i, literals[k], n) == 0) {
            m->is_string = false;
            m->val_escaped = false;
            m->val = s + i;
            m->val_len = n;
            *next = i + n;
            return true;
        }
    }
    return false;
}

/* One `"key": value` at `s[i]`; `*next` is just past the value. */
static bool scan_member(const char *s, size_t len, size_t i, struct json_scan_member *m,
                        size_t *next)
{
    size_t end;

    if (i >= len || s[i] != '"' || !scan_string(s, len, i + 1, &end, &m->key_escaped))
        return false;
    m->key = s + i + 1;
    m->key_len = end - (i + 1);
    i = skip_ws(s, len, end + 1);
    if (i >= len || s[i] != ':')
        return false;
    return scan_value(s, len, skip_ws(s, len, i + 1), m, next);
}

bool json_scan_object(const char *line, size_t len, struct json_scan_member *m, size_t max,
                      size_t *n)
{
    size_t i, count = 0;

    if (len == 0 || line[0] != '{')
        return false;
    i = skip_ws(line, len, 1);
    if (i < len && line[i] == '}') {
        *n = 0;
        return i + 1 == len;
    }
    for (;;) {
        if (count == max || !scan_member(line, len, i, &m[count], &i))
            return false;
        count++;
        i = skip_ws(line, len, i);
        if (i >= len)
            return false;
        if (line[i] == '}')
            break;
        if (line[i] != ',')
            return false;
        i = skip_ws(line, len, i + 1);
    }
    *n = count;
    /* Anything after the object, even white space, is left to json-c to judge. */
    return i + 1 == len;
}

/* The value of four hex digits at `s`, or -1. */
static int32_t hex4(const char *s)
{
    int32_t v = 0;
    int k;

    for (k = 0; k < 4; k++) {
        char c = s[k];
        int d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Writes code point `cp` (valid, not a surrogate) as UTF-8; returns the bytes written. */
static size_t put_utf8(char *out, int32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/*
 * The code point of the \u escape at `s[i]` (the backslash), a surrogate
 * pair taken whole; `*used` is its length in bytes. -1 for what is left to
 * json-c: bad hex, \u0000, a lone surrogate.
 */
static int32_t unicode_escape(const char *s, size_t len, size_t i, size_t *used)
{
    int32_t hi, lo;

    if (len - i < 6 || (hi = hex4(s + i + 2)) <= 0)
        return -1;
    *used = 6;
    if (hi < 0xD800 || hi > 0xDFFF)
        return hi;
    if (hi > 0xDBFF || len - i < 12 || s[i + 6] != '\\' || s[i + 7] != 'u')
        return -1;
    lo = hex4(s + i + 8);
    if (lo < 0xDC00 || lo > 0xDFFF)
        return -1;
    *used = 12;
    return 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
}

/* The byte a one-letter escape stands for, or -1. */
static int simple_escape(char c)
{
    switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '/': return '/';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return -1;
    }
}

bool json_scan_unescape(const char *s, size_t len, char *out, size_t *out_len)
{
    size_t i = 0, o = 0, used = 0;

    while (i < len) {
        const char *bs = memchr(s + i, '\\', len - i);
        size_t plain = bs ? (size_t)(bs - (s + i)) : len - i;
        int c;
        int32_t cp;

        memcpy(out + o, s + i, plain);
        o += plain;
        i += plain;
        if (i >= len)
            break;
        if (i + 1 >= len)
            return false;
        if (s[i + 1] == 'u') {
            if ((cp = unicode_escape(s, len, i, &used)) < 0)
                return false;
            /* Escapes are 6 or 12 bytes and encode to at most 3 or 4: `out` never overflows. */
            o += put_utf8(out + o, cp);
            i += used;
        } else {
            if ((c = simple_escape(s[i + 1])) < 0)
                return false;
            out[o++] = (char)c;
            i += 2;
        }
    }
    *out_len = o;
    return true;
}
