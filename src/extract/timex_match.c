/*
 * timex_match.c - the pattern matcher of the temporal tagger. A rule's
 * pattern is a space-separated list of elements, matched one token each:
 *   MONTH, DAY, YEAR, ...  a token kind from `kinds[]`, captured into a slot
 *   last|past              a literal: one of the lower-cased alternatives
 *   X?                     the element is optional
 *   ^X                     the token must follow the previous one with no space
 *   <X                     context before the match (first element only): the
 *                          token before must match; it is not part of the span
 *   >X                     context after the match (last elements only; none
 *                          optional, as the span is the match less their count): must
 *                          match, is not part of the span
 *   >!x|y                  context after: a token that is none of the literals
 * Patterns are compiled once per call of `td_timex_find()`; the matcher
 * tries every rule at a token and keeps the longest match.
 */
#include <string.h>

#include "core/alloc.h"
#include "extract/timex_int.h"
#include "core/banned.h"

#define MAX_ELEMS 16

typedef bool (*kind_fn)(const struct tx_tok *t, int *val);

static bool digits_in(const struct tx_tok *t, int maxdig, int lo, int hi, int *val)
{
    if (t->ndig == 0 || t->ndig > maxdig || t->num < lo || t->num > hi)
        return false;
    *val = t->num;
    return true;
}

static bool lex(const struct tx_tok *t, enum tx_class c, int *val)
{
    if (!(t->cls & (1u << c)))
        return false;
    *val = t->val[c];
    return true;
}

static bool k_month(const struct tx_tok *t, int *v)
{
    return lex(t, TX_MONTH, v) || (t->upper && lex(t, TX_MONTHCAP, v));
}
static bool k_wday(const struct tx_tok *t, int *v) { return lex(t, TX_WDAY, v); }
/* A weekday name that is no ordinal ("sábado", not Portuguese "segunda"). */
static bool k_wdayf(const struct tx_tok *t, int *v)
{
    return !(t->cls & (1u << TX_ORD)) && lex(t, TX_WDAY, v);
}
static bool k_num(const struct tx_tok *t, int *v)
{
    return digits_in(t, 4, 0, 9999, v) || lex(t, TX_NUM, v);
}
static bool k_day(const struct tx_tok *t, int *v) { return digits_in(t, 2, 1, 31, v); }
static bool k_year(const struct tx_tok *t, int *v) { return digits_in(t, 4, 1000, 2999, v) && t->ndig == 4; }
/* A year that opens a century: "1800" of "the 1800s"; the value is the ordinal (19). */
static bool k_cent(const struct tx_tok *t, int *v)
{
    if (!k_year(t, v) || *v % 100 != 0 || *v >= 2000)
        return false;
    *v = *v / 100 + 1;
    return true;
}
static bool k_yy(const struct tx_tok *t, int *v) { return t->ndig == 2 && digits_in(t, 2, 0, 99, v); }
static bool k_mm(const struct tx_tok *t, int *v) { return digits_in(t, 2, 1, 12, v); }
static bool k_hour(const struct tx_tok *t, int *v) { return digits_in(t, 2, 0, 24, v); }
/* A 24-hour clock time in four digits ("0400", "2330"): the value is hhmm. */
static bool k_hhmm(const struct tx_tok *t, int *v)
{
    return t->ndig == 4 && digits_in(t, 4, 0, 2400, v) && *v % 100 < 60;
}
static bool k_min(const struct tx_tok *t, int *v) { return t->ndig == 2 && digits_in(t, 2, 0, 59, v); }
static bool k_ord(const struct tx_tok *t, int *v) { return lex(t, TX_ORD, v); }
/* A day of the month as a spelled ordinal ("eighth", a folded "twenty-first"). */
static bool k_dayw(const struct tx_tok *t, int *v)
{
    return t->ndig == 0 && lex(t, TX_ORD, v) && *v >= 1 && *v <= 31;
}
static bool k_ordn(const struct tx_tok *t, int *v) { return digits_in(t, 2, 1, 99, v); }
static bool k_qn(const struct tx_tok *t, int *v) { return t->ndig == 1 && digits_in(t, 1, 1, 4, v); }
static bool k_unit(const struct tx_tok *t, int *v) { return lex(t, TX_UNIT, v); }
/*
 * A plural unit: "weeks", "años" (English and Romance plurals end in s), or
 * one the lexicon marks TX_PLURAL ("Tagen", "Jahre").
 */
static bool k_units(const struct tx_tok *t, int *v)
{
    size_t n = strlen(t->low);
    bool plural = (n > 1 && t->low[n - 1] == 's') || (t->cls & (1u << TX_PLURAL));

    return plural && lex(t, TX_UNIT, v);
}
/* Words of a spelled-out year: "nineteen|twenty" "ninety" "-" "six". */
static bool k_hi(const struct tx_tok *t, int *v)
{
    return t->ndig == 0 && lex(t, TX_NUM, v) && (*v == 19 || *v == 20);
}
static bool k_tens(const struct tx_tok *t, int *v)
{
    /* "ninety" or a folded "ninety-six" (see timex_token.c) */
    return t->ndig == 0 && lex(t, TX_NUM, v) && *v >= 20 && *v <= 99;
}
static bool k_ones(const struct tx_tok *t, int *v)
{
    return t->ndig == 0 && strlen(t->low) > 2 && lex(t, TX_NUM, v) && *v >= 1 && *v <= 9;
}
/*
 * A capitalised Roman numeral 1..39 ("XXI"), with the French ordinal
 * ending glued on ("XXe", "XIXème"); the value is the ordinal.
 */
static bool k_roman(const struct tx_tok *t, int *v)
{
    static const char *const ends[] = {"", "e", "ème"};
    const char *p = t->low;
    int total = 0, prev = 100, cur;
    size_t i;

    if (!t->upper || t->ndig > 0)
        return false;
    for (; *p == 'x' || *p == 'v' || *p == 'i'; p++) {
        cur = *p == 'x' ? 10 : *p == 'v' ? 5 : 1;
        /* subtractive pairs (IV, IX) undo the one added before them */
        total += cur > prev ? cur - 2 * prev : cur;
        prev = cur;
    }
    if (p == t->low || total < 1 || total > 39)
        return false;
    for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
        if (strcmp(p, ends[i]) == 0) {
            *v = total;
            return true;
        }
    }
    return false;
}
/* An hour written as a word, 1..12 ("las tres de la tarde"). */
static bool k_hourw(const struct tx_tok *t, int *v)
{
    return t->ndig == 0 && lex(t, TX_NUM, v) && *v >= 1 && *v <= 12;
}
/* A week or a weekend, singular: "Easter week", "the Labor Day weekend". */
static bool k_wku(const struct tx_tok *t, int *v)
{
    return lex(t, TX_UNIT, v) && (*v == TX_U_WEEK || *v == TX_U_WEEKEND) &&
           !k_units(t, v);
}
static bool k_season(const struct tx_tok *t, int *v) { return lex(t, TX_SEASON, v); }
static bool k_part(const struct tx_tok *t, int *v) { return lex(t, TX_PART, v); }
static bool k_deic(const struct tx_tok *t, int *v) { return lex(t, TX_DEIC, v); }
static bool k_rel(const struct tx_tok *t, int *v) { return lex(t, TX_REL, v); }
static bool k_mod(const struct tx_tok *t, int *v) { return lex(t, TX_MOD, v); }
static bool k_few(const struct tx_tok *t, int *v) { return lex(t, TX_FEW, v); }

/* One row per token kind a pattern may name. */
static const struct {
    const char *name;
    kind_fn fn;
    int cap; /* enum tx_cap, or -1 for none */
} kinds[] = {
    {"MONTH", k_month, TX_C_MONTH}, {"WDAY", k_wday, TX_C_WDAY},   {"NUM", k_num, TX_C_NUM},
    {"DAY", k_day, TX_C_DAY},       {"YEAR", k_year, TX_C_YEAR},   {"YY", k_yy, TX_C_YY},
    {"MM", k_mm, TX_C_MONTH},       {"HOUR", k_hour, TX_C_HOUR},   {"MIN", k_min, TX_C_MIN},
    {"ORD", k_ord, TX_C_ORD},       {"ORDN", k_ordn, TX_C_ORD},    {"QN", k_qn, TX_C_ORD},
    {"UNIT", k_unit, TX_C_UNIT},    {"UNITS", k_units, TX_C_UNIT}, {"SEASON", k_season, TX_C_SEASON},
    {"PART", k_part, TX_C_PART},    {"DEIC", k_deic, TX_C_DEIC},   {"REL", k_rel, TX_C_REL},
    {"MOD", k_mod, -1},             {"FEW", k_few, TX_C_FEW},      {"HI", k_hi, TX_C_HI},
    {"TENS", k_tens, TX_C_TENS},    {"ONES", k_ones, TX_C_ONES},   {"ROMAN", k_roman, TX_C_ORD},
    {"WDAYF", k_wdayf, TX_C_WDAY},  {"HOURW", k_hourw, TX_C_HOUR},  {"HHMM", k_hhmm, TX_C_HOUR},
    {"CENT", k_cent, TX_C_ORD},     {"DAYW", k_dayw, TX_C_DAY},    {"WKU", k_wku, TX_C_UNIT},
};

struct elem {
    int kind;          /* index into `kinds[]`, or -1 for a literal */
    const char *lit;   /* literal alternatives, '|'-separated, not NUL-terminated */
    size_t lit_len;
    bool glued, opt;
    bool before, after; /* context elements: `<X`, `>X` */
    bool neg;           /* `>!x|y`: any token but these literals */
};

struct crule {
    const struct tx_rule *rule;
    struct elem e[MAX_ELEMS];
    size_t n;
};

struct tx_compiled {
    struct crule *r;
    size_t n;
};

/* Looks `s[0..n)` up in `kinds[]`; -1 when it is a literal. */
static int kind_index(const char *s, size_t n)
{
    size_t k;

    for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
        if (strlen(kinds[k].name) == n && memcmp(kinds[k].name, s, n) == 0)
            return (int)k;
    return -1;
}

/* Compiles one pattern; false when it has too many elements (a table bug). */
static bool compile_one(const struct tx_rule *rule, struct crule *out)
{
    const char *p = rule->pat;

    out->rule = rule;
    out->n = 0;
    while (*p != '\0') {
        struct elem *e;
        size_t len = strcspn(p, " ");

        if (len == 0) {
            p++;
            continue;
        }
        if (out->n == MAX_ELEMS)
            return false;
        e = &out->e[out->n++];
        e->before = p[0] == '<' && len > 1 && out->n == 1;
        e->after = p[0] == '>' && len > 1;
        e->glued = p[0] == '^' && len > 1;
        e->lit = p + (e->glued || e->before || e->after ? 1 : 0);
        e->lit_len = len - (e->glued || e->before || e->after ? 1 : 0);
        e->opt = e->lit_len > 1 && e->lit[e->lit_len - 1] == '?';
        e->lit_len -= e->opt ? 1 : 0;
        e->neg = e->after && e->lit_len > 1 && e->lit[0] == '!';
        e->lit += e->neg ? 1 : 0;
        e->lit_len -= e->neg ? 1 : 0;
        e->kind = e->neg ? -1 : kind_index(e->lit, e->lit_len);
        p += len;
    }
    return out->n > 0;
}

enum td_err timex_compile(const struct tx_lang *lang, struct tx_compiled **out)
{
    struct tx_compiled *c = td_calloc(1, sizeof(*c));
    size_t i;

    if (c == NULL || (c->r = td_calloc(lang->nrules, sizeof(*c->r))) == NULL) {
        td_free(c);
        return TD_ERR_NOMEM;
    }
    for (i = 0; i < lang->nrules; i++)
        if (compile_one(&lang->rules[i], &c->r[c->n]))
            c->n++;
    *out = c;
    return TD_OK;
}

void timex_compiled_free(struct tx_compiled *c)
{
    if (c == NULL)
        return;
    td_free(c->r);
    td_free(c);
}

/* Whether the literal alternatives of `e` include the token's text. */
static bool lit_match(const struct elem *e, const struct tx_tok *t)
{
    const char *p = e->lit, *end = e->lit + e->lit_len;
    size_t wl = strlen(t->low);

    while (p < end) {
        const char *bar = memchr(p, '|', (size_t)(end - p));
        size_t al = (size_t)((bar ? bar : end) - p);

        if (al == wl && wl > 0 && memcmp(p, t->low, al) == 0)
            return true;
        p += al + 1;
    }
    return false;
}

/* Whether element `e` accepts token `t`; captures into `caps` if so. */
static bool elem_match(const struct elem *e, const struct tx_tok *t, bool first,
                       struct tx_caps *caps)
{
    int v = 0;

    if (e->glued && !first && !t->glued)
        return false;
    if (e->kind < 0)
        return lit_match(e, t) != e->neg;
    if (!kinds[e->kind].fn(t, &v))
        return false;
    if (kinds[e->kind].cap >= 0)
        caps->v[kinds[e->kind].cap] = v;
    return true;
}

/* Matches elements e.. from token i; returns the end token or SIZE_MAX. */
static size_t match_from(const struct crule *r, size_t e, const struct tx_tok *toks, size_t n,
                         size_t i, size_t start, struct tx_caps *caps)
{
    struct tx_caps taken;
    size_t end;

    if (e == r->n)
        return i > start ? i : SIZE_MAX;
    taken = *caps;
    if (i < n && elem_match(&r->e[e], &toks[i], i == start, &taken)) {
        end = match_from(r, e + 1, toks, n, i + 1, start, &taken);
        if (end != SIZE_MAX) {
            *caps = taken;
            return end;
        }
    }
    if (r->e[e].opt)
        return match_from(r, e + 1, toks, n, i, start, caps);
    return SIZE_MAX;
}

size_t timex_match_at(const struct tx_compiled *c, const struct tx_tok *toks, size_t n, size_t i,
                      const struct tx_rule **rule_out, struct tx_caps *caps)
{
    size_t best = 0, r, k;

    for (r = 0; r < c->n; r++) {
        struct tx_caps cur;
        size_t end;

        const struct crule *cr = &c->r[r];
        size_t e0 = cr->e[0].before ? 1 : 0, nafter = 0;

        for (k = 0; k < TX_C_COUNT; k++)
            cur.v[k] = TX_CAP_UNSET;
        if (e0 == 1 && (i == 0 || !elem_match(&cr->e[0], &toks[i - 1], true, &cur)))
            continue;
        for (k = cr->n; k > e0 && cr->e[k - 1].after; k--)
            nafter++;
        end = match_from(cr, e0, toks, n, i, i, &cur);
        if (end != SIZE_MAX && end - i > nafter && end - i - nafter > best) {
            best = end - i - nafter;
            *rule_out = c->r[r].rule;
            *caps = cur;
        }
    }
    /* a spelled-out year: nineteen (HI) ninety (TENS) - six (ONES) */
    if (best > 0 && caps->v[TX_C_HI] != TX_CAP_UNSET)
        caps->v[TX_C_YEAR] = caps->v[TX_C_HI] * 100 +
                             (caps->v[TX_C_TENS] != TX_CAP_UNSET ? caps->v[TX_C_TENS] : 0) +
                             (caps->v[TX_C_ONES] != TX_CAP_UNSET ? caps->v[TX_C_ONES] : 0);
    return best;
}
