/*
 * backref.c - clauses that date another happening away from the one an
 * article reports (backref.h): a time unit of days or weeks next to the
 * language's "after", found by one strstr() per cue of the text's language,
 * so a text without the cue costs one scan.
 */
#include "pipeline/backref.h"

#include <stdbool.h>
#include <string.h>

#include "core/banned.h"

/*
 * One cue of one language: the word `after`, and the units that make it
 * date a happening, '|'-separated. UNIT_BEFORE: "three days after X" (the
 * unit is the word before, the clause follows; Dutch "drie weken geleden
 * liep X", "three weeks ago X ran", too); UNIT_AFTER: Arabic "بعد
 * يومين من X" (the unit is one of the two words after); CLAUSE_BEFORE:
 * Chinese and Japanese "X三天后" (`after` holds the unit, the clause
 * precedes); SENTENCE_AFTER: Chinese "这是五天内第二起泄漏，本周一X的泄漏
 * 曾致41人送医" ("the second leak within five days; on Monday X's leak sent
 * 41 to hospital": `after` counts the article's happening as the second of
 * its kind, and the clause runs from it to the end of the sentence, past
 * its commas, as the first one is told there).
 */
enum cue_shape { UNIT_BEFORE, UNIT_AFTER, CLAUSE_BEFORE, SENTENCE_AFTER };

struct cue {
    const char *lang;
    const char *after;
    const char *units;
    enum cue_shape shape;
};

static const struct cue cues[] = {
    {"en", "after", "day|days|week|weeks", UNIT_BEFORE},
    {"de", "nach", "tag|tage|tagen|woche|wochen", UNIT_BEFORE},
    {"nl", "na", "dag|dagen|week|weken", UNIT_BEFORE},
    {"nl", "geleden", "dag|dagen|week|weken", UNIT_BEFORE},
    {"da", "efter", "dag|dage|dagen", UNIT_BEFORE},
    {"no", "etter", "dag|dager|dagen", UNIT_BEFORE},
    {"nb", "etter", "dag|dager|dagen", UNIT_BEFORE},
    {"sv", "efter", "dag|dagar|dagen", UNIT_BEFORE},
    {"fr", "après", "jour|jours|semaine|semaines", UNIT_BEFORE},
    {"fr", "lendemain", "au", UNIT_BEFORE},
    {"es", "después", "día|días|semana|semanas", UNIT_BEFORE},
    {"ca", "després", "dia|dies", UNIT_BEFORE},
    {"it", "dopo", "giorno|giorni|settimana|settimane", UNIT_BEFORE},
    {"pt", "depois", "dia|dias", UNIT_BEFORE},
    {"pt", "após", "dia|dias", UNIT_BEFORE},
    {"ru", "после", "день|дня|дней|сутки|суток", UNIT_BEFORE},
    {"uk", "після", "день|дні|днів|добу", UNIT_BEFORE},
    {"pl", "po", "dzień|dni", UNIT_BEFORE},
    {"cs", "po", "den|dny|dní|dnech", UNIT_BEFORE},
    {"sk", "po", "deň|dni|dní|dňoch", UNIT_BEFORE},
    {"ar", "بعد", "يوم|يومين|أيام", UNIT_AFTER},
    {"zh", "天后", "", CLAUSE_BEFORE},
    {"zh", "天之后", "", CLAUSE_BEFORE},
    {"ja", "日後", "", CLAUSE_BEFORE},
    {"zh", "第二起", "", SENTENCE_AFTER},
    {"zh", "第二宗", "", SENTENCE_AFTER},
};

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Whether the byte at `at` ends a clause: ASCII punctuation (not inside a number) or a line. */
static size_t ascii_boundary(const char *s, size_t len, size_t at)
{
    unsigned char c = (unsigned char)s[at];

    if (c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' || c == '(' || c == ')')
        return 1;
    if (c == ',' || c == '.') {
        bool digits = at > 0 && at + 1 < len && s[at - 1] >= '0' && s[at - 1] <= '9' &&
                      s[at + 1] >= '0' && s[at + 1] <= '9';
        return digits ? 0 : 1;
    }
    return 0;
}

/* The bytes of the one of `nmarks` marks that stands at `at`, 0 when none does. */
static size_t mark_at(const char *s, size_t len, size_t at, const char *const *marks, size_t nmarks)
{
    size_t i, n;

    for (i = 0; i < nmarks; i++) {
        n = strlen(marks[i]);
        if (at + n <= len && memcmp(s + at, marks[i], n) == 0)
            return n;
    }
    return 0;
}

/* The bytes of the clause boundary at `at` ("،", "。", "，", ...), 0 when there is none. */
static size_t boundary_at(const char *s, size_t len, size_t at)
{
    static const char *const marks[] = {"،", "؛", "。", "，", "、", "；", "：", "！", "？"};

    if ((unsigned char)s[at] < 0x80)
        return ascii_boundary(s, len, at);
    return mark_at(s, len, at, marks, sizeof(marks) / sizeof(marks[0]));
}

/*
 * The bytes of the sentence end at `at`: "。", "！", "？", or an ASCII
 * boundary (ascii_boundary()) that is no comma, colon, semicolon or
 * parenthesis; 0 when there is none.
 */
static size_t sentence_end_at(const char *s, size_t len, size_t at)
{
    static const char *const marks[] = {"。", "！", "？"};
    unsigned char c = (unsigned char)s[at];

    if (c < 0x80)
        return c != ',' && c != ':' && c != ';' && c != '(' && c != ')' ? ascii_boundary(s, len, at)
                                                                        : 0;
    return mark_at(s, len, at, marks, sizeof(marks) / sizeof(marks[0]));
}

/* Where the sentence that holds byte `from` ends (sentence_end_at(), or the text's end). */
static size_t sentence_end(const char *s, size_t len, size_t from)
{
    size_t p = from;

    while (p < len && sentence_end_at(s, len, p) == 0)
        p++;
    return p;
}

/* Whether `w[0..n)` is one of the '|'-separated `units` (ASCII letters in any case). */
static bool is_unit(const char *w, size_t n, const char *units)
{
    const char *u = units;
    size_t k, i;

    while (*u != '\0') {
        k = strcspn(u, "|");
        if (k == n) {
            for (i = 0; i < n; i++) {
                unsigned char a = (unsigned char)w[i], b = (unsigned char)u[i];
                if (a >= 'A' && a <= 'Z')
                    a = (unsigned char)(a - 'A' + 'a');
                if (a != b)
                    break;
            }
            if (i == n)
                return true;
        }
        u += k + (u[k] == '|');
    }
    return false;
}

/* The start of the word that ends just before `at` (spaces skipped), `at` itself when none. */
static size_t word_before(const char *s, size_t at, size_t *end)
{
    size_t p = at;

    while (p > 0 && is_space((unsigned char)s[p - 1]))
        p--;
    *end = p;
    while (p > 0 && !is_space((unsigned char)s[p - 1]))
        p--;
    return p;
}

/* The end of the word at or after `at` (spaces skipped); its start in `*start`. */
static size_t word_after(const char *s, size_t len, size_t at, size_t *start)
{
    size_t p = at;

    while (p < len && is_space((unsigned char)s[p]))
        p++;
    *start = p;
    while (p < len && !is_space((unsigned char)s[p]) && boundary_at(s, len, p) == 0)
        p++;
    return p;
}

/*
 * Where a clause starting at `from` ends: a boundary, or after BACKREF_WORDS
 * words of BACKREF_SHORT + 1 letters or more (a short word, "a", "at", "en",
 * "i", links more than it names, and languages spend them unevenly:
 * "efter att en drönare stängde flygplatsen i Dublin").
 */
static size_t clause_end(const char *s, size_t len, size_t from)
{
    size_t p = from, words = 0, letters = 0;

    while (p < len) {
        if (boundary_at(s, len, p) > 0)
            return p;
        if (is_space((unsigned char)s[p])) {
            if (letters > BACKREF_SHORT && ++words == BACKREF_WORDS)
                return p;
            letters = 0;
        } else if (((unsigned char)s[p] & 0xC0) != 0x80) {
            letters++;
        }
        p++;
    }
    return p;
}

/* Where a Chinese or Japanese clause ending at `at` starts: after a boundary, at most
 * BACKREF_BACK_BYTES back. */
static size_t clause_start(const char *s, size_t len, size_t at)
{
    size_t p = at, floor = at > BACKREF_BACK_BYTES ? at - BACKREF_BACK_BYTES : 0, n;

    while (p > floor) {
        size_t q = p - 1;
        while (q > floor && ((unsigned char)s[q] & 0xC0) == 0x80)
            q--;
        if ((n = boundary_at(s, len, q)) > 0)
            return q + n;
        p = q;
    }
    /* A start mid-character cannot happen: `floor` may cut one, so move to the next lead byte. */
    while (p < at && ((unsigned char)s[p] & 0xC0) == 0x80)
        p++;
    return p;
}

/* Whether the cue `c` found at `at` dates a happening; its clause in `[*from, *to)`. */
static bool clause_of(const char *s, size_t len, size_t at, const struct cue *c, size_t *from,
                      size_t *to)
{
    size_t n = strlen(c->after), ws, we, i;
    bool starts = at == 0 || is_space((unsigned char)s[at - 1]);
    bool ends =
        at + n >= len || is_space((unsigned char)s[at + n]) || boundary_at(s, len, at + n) > 0;

    if (c->shape == CLAUSE_BEFORE) {
        *from = clause_start(s, len, at);
        *to = at;
        return *from < at;
    }
    if (c->shape == SENTENCE_AFTER) {
        *from = at;
        *to = sentence_end(s, len, at + n);
        return true;
    }
    if (!starts || !ends)
        return false;
    if (c->shape == UNIT_BEFORE) {
        ws = word_before(s, at, &we);
        if (we == at || !is_unit(s + ws, we - ws, c->units))
            return false;
        *from = ws;
        *to = clause_end(s, len, at + n);
        return true;
    }
    we = at + n;
    for (i = 0; i < 2; i++) {
        we = word_after(s, len, we, &ws);
        if (we > ws && is_unit(s + ws, we - ws, c->units)) {
            *from = at;
            *to = clause_end(s, len, we);
            return true;
        }
    }
    return false;
}

/* Adds `[from, to)` to `out` unless it overlaps the last clause (cues are read in text order). */
static void add_span(struct backref_spans *out, size_t from, size_t to)
{
    if (out->n >= BACKREF_MAX_SPANS || to <= from)
        return;
    if (out->n > 0 && from < out->end[out->n - 1])
        return;
    out->start[out->n] = from;
    out->end[out->n] = to;
    out->n++;
}

/* Puts the clauses of one cue into `out`, then sorts them back into text order. */
static void find_cue(const char *text, size_t len, const struct cue *c, struct backref_spans *out)
{
    const char *hit = text;
    size_t from, to, i, j;
    struct backref_spans mine = {0};

    while ((hit = strstr(hit, c->after)) != NULL && (size_t)(hit - text) < len) {
        size_t at = (size_t)(hit - text);
        if (clause_of(text, len, at, c, &from, &to))
            add_span(&mine, from, to);
        hit += strlen(c->after);
    }
    /* Merge `mine` into `out` by start, dropping overlaps. */
    for (i = 0; i < mine.n; i++) {
        for (j = 0; j < out->n; j++)
            if (mine.start[i] < out->end[j] && out->start[j] < mine.end[i])
                break;
        if (j < out->n || out->n >= BACKREF_MAX_SPANS)
            continue;
        for (j = out->n; j > 0 && out->start[j - 1] > mine.start[i]; j--) {
            out->start[j] = out->start[j - 1];
            out->end[j] = out->end[j - 1];
        }
        out->start[j] = mine.start[i];
        out->end[j] = mine.end[i];
        out->n++;
    }
}

void backref_find(const char *text, size_t len, const char *lang, struct backref_spans *out)
{
    size_t i;

    out->n = 0;
    if (lang == NULL || lang[0] == '\0')
        lang = "en";
    for (i = 0; i < sizeof(cues) / sizeof(cues[0]); i++)
        if (strcmp(cues[i].lang, lang) == 0)
            find_cue(text, len, &cues[i], out);
}
