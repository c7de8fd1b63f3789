/*
 * timex_match.c - the pattern matcher of the temporal tagger. A rule's
 * pattern is a space-separated list of elements, matched one token each:
 *   MONTH, DAY, YEAR, ...  a token kind from `kinds[]`, captured into a slot
 *   last|past              a literal: one of the lower-cased alternatives
 *   X?                     the element is optional
 *   ^X                     the token must follow the previous one with no space
 *   <X                     context before the match (leading elements only, one
 *                          token each: "<de <WDAY <a" are the three tokens before
 *                          the match); not part of the span
 *   >X                     context after the match (last elements only; none
 *                          optional, as the span is the match less their count): must
 *                          match, is not part of the span
 *   >!x|y                  context after: a token that is none of the literals
 * Patterns are compiled once per language and kept (timex_compiled_get()).
 * Compiling interns every literal word and indexes the rules by what their
 * first token can be (a token kind or a literal word); at a token the
 * matcher tries, in table order, only the rules that can start there and
 * keeps the longest match (the first on ties).
 */
#include <pthread.h>
#include <string.h>

#include "core/alloc.h"
#include "extract/timex_int.h"
#include "core/banned.h"

#define MAX_ELEMS 16
/* Rules a language may have: the start index holds one bit per rule. */
#define MAX_RULE_WORDS 32
#define NO_ID UINT32_MAX

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
/* A weekday name that is no ordinal, or a capitalised one (Greek "Τρίτη", not "τρίτη"). */
static bool k_wdayc(const struct tx_tok *t, int *v)
{
    return (t->upper || !(t->cls & (1u << TX_ORD))) && lex(t, TX_WDAY, v);
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
 * one the lexicon marks TX_PLURAL ("Tagen", "Jahre"); not one it marks
 * TX_SINGULAR ("vergangenen Jahres" is last year, not the last years).
 */
static bool k_units(const struct tx_tok *t, int *v)
{
    size_t n = t->len;
    bool plural = (n > 1 && t->low[n - 1] == 's' && !(t->cls & (1u << TX_SINGULAR))) ||
                  (t->cls & (1u << TX_PLURAL));

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
    return t->ndig == 0 && t->len > 2 && lex(t, TX_NUM, v) && *v >= 1 && *v <= 9;
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

/* What a token must have for a kind to fit it: any of these bits (see token_features()). */
#define NEED_DIGITS (1u << 30)
#define NEED_UPPER (1u << 31)
#define NEED(c) (1u << (c))

/*
 * One row per token kind a pattern may name; `need`: a token without any
 * of those features cannot fit (timex_match_prepare() skips the test).
 */
static const struct {
    const char *name;
    kind_fn fn;
    int cap; /* enum tx_cap, or -1 for none */
    uint32_t need;
} kinds[] = {
    {"MONTH", k_month, TX_C_MONTH, NEED(TX_MONTH) | NEED(TX_MONTHCAP)},
    {"WDAY", k_wday, TX_C_WDAY, NEED(TX_WDAY)},
    {"NUM", k_num, TX_C_NUM, NEED_DIGITS | NEED(TX_NUM)},
    {"DAY", k_day, TX_C_DAY, NEED_DIGITS},
    {"YEAR", k_year, TX_C_YEAR, NEED_DIGITS},
    {"YY", k_yy, TX_C_YY, NEED_DIGITS},
    {"MM", k_mm, TX_C_MONTH, NEED_DIGITS},
    {"HOUR", k_hour, TX_C_HOUR, NEED_DIGITS},
    {"MIN", k_min, TX_C_MIN, NEED_DIGITS},
    {"ORD", k_ord, TX_C_ORD, NEED(TX_ORD)},
    {"ORDN", k_ordn, TX_C_ORD, NEED_DIGITS},
    {"QN", k_qn, TX_C_ORD, NEED_DIGITS},
    {"UNIT", k_unit, TX_C_UNIT, NEED(TX_UNIT)},
    {"UNITS", k_units, TX_C_UNIT, NEED(TX_UNIT)},
    {"SEASON", k_season, TX_C_SEASON, NEED(TX_SEASON)},
    {"PART", k_part, TX_C_PART, NEED(TX_PART)},
    {"DEIC", k_deic, TX_C_DEIC, NEED(TX_DEIC)},
    {"REL", k_rel, TX_C_REL, NEED(TX_REL)},
    {"MOD", k_mod, -1, NEED(TX_MOD)},
    {"FEW", k_few, TX_C_FEW, NEED(TX_FEW)},
    {"HI", k_hi, TX_C_HI, NEED(TX_NUM)},
    {"TENS", k_tens, TX_C_TENS, NEED(TX_NUM)},
    {"ONES", k_ones, TX_C_ONES, NEED(TX_NUM)},
    {"ROMAN", k_roman, TX_C_ORD, NEED_UPPER},
    {"WDAYF", k_wdayf, TX_C_WDAY, NEED(TX_WDAY)},
    {"HOURW", k_hourw, TX_C_HOUR, NEED(TX_NUM)},
    {"HHMM", k_hhmm, TX_C_HOUR, NEED_DIGITS},
    {"CENT", k_cent, TX_C_ORD, NEED_DIGITS},
    {"DAYW", k_dayw, TX_C_DAY, NEED(TX_ORD)},
    {"WKU", k_wku, TX_C_UNIT, NEED(TX_UNIT)},
    {"WDAYC", k_wdayc, TX_C_WDAY, NEED(TX_WDAY)},
};

#define NKINDS (sizeof(kinds) / sizeof(kinds[0]))
_Static_assert(sizeof(kinds) / sizeof(kinds[0]) <= 32, "token kinds must fit a uint32_t");
_Static_assert(TX_CLASS_COUNT <= 30, "lexicon classes must leave room for NEED_DIGITS, NEED_UPPER");

struct elem {
    int kind;          /* index into `kinds[]`, or -1 for a literal */
    const char *lit;   /* literal alternatives, '|'-separated, not NUL-terminated */
    size_t lit_len;
    size_t alt0, nalt; /* the alternatives' word ids: `alts[alt0 .. alt0 + nalt)` */
    bool glued, opt;
    bool before, after; /* context elements: `<X`, `>X` */
    bool neg;           /* `>!x|y`: any token but these literals */
};

struct crule {
    const struct tx_rule *rule;
    struct elem e[MAX_ELEMS];
    size_t n;
};

/* An open-addressing set of strings: slot values are ids + 1, 0 is empty. */
struct strtab {
    uint32_t *slot;
    size_t mask;
};

/* Rule sets by what a token holds, each `nset` uint64_t words (bit r: rule r). */
struct ruleidx {
    uint64_t always[MAX_RULE_WORDS];      /* any token */
    uint64_t by_kind[32][MAX_RULE_WORDS]; /* a token of kind k */
    uint64_t *by_word;                    /* a token of word id w: `nset` words at w * nset */
};

struct tx_compiled {
    const struct tx_lang *lang;
    struct crule *r;
    size_t n;
    /* literal words of all patterns, interned: id -> text */
    const char **word;
    size_t *word_len;
    size_t nwords;
    struct strtab words;
    uint32_t *alts; /* word ids of the elements' alternatives */
    size_t nalts;
    /* start index: bit r of a set is rule r; `nset` uint64_t words per set.
     * `first`: the rules a token may start; `second`: the rules whose second
     * token it may be (or that may end after one token) */
    size_t nset;
    struct ruleidx first, second;
    /* the lexicon: first entry of each distinct word, then the next with that word */
    struct strtab lex;
    uint32_t *lex_next;
    size_t *lex_len; /* strlen of each entry's word */
    size_t *future_len, *past_len; /* strlen of each ending */
};

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    size_t i;

    for (i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static enum td_err strtab_init(struct strtab *t, size_t max_keys)
{
    size_t size = 16;

    while (size < 2 * max_keys + 2)
        size *= 2;
    t->slot = td_calloc(size, sizeof(*t->slot));
    t->mask = size - 1;
    return t->slot != NULL ? TD_OK : TD_ERR_NOMEM;
}

/*
 * The slot of `s[0..n)` among the keys `key[id][0..len[id])`: the one
 * holding its id + 1, or the empty slot where it goes.
 */
static size_t strtab_find(const struct strtab *t, const char *s, size_t n, const char **key,
                          const size_t *len)
{
    size_t i = hash_bytes(s, n) & t->mask;

    for (; t->slot[i] != 0; i = (i + 1) & t->mask) {
        uint32_t id = t->slot[i] - 1;

        if (len[id] == n && memcmp(key[id], s, n) == 0)
            break;
    }
    return i;
}

/* Looks `s[0..n)` up in `kinds[]`; -1 when it is a literal. */
static int kind_index(const char *s, size_t n)
{
    size_t k;

    for (k = 0; k < NKINDS; k++)
        if (strlen(kinds[k].name) == n && memcmp(kinds[k].name, s, n) == 0)
            return (int)k;
    return -1;
}

/*
 * Interns the literal alternatives of `e` (words a token can hold: 1 to
 * TX_WORD_MAX - 1 bytes; others never match) into `c->alts`.
 */
static void intern_alts(struct tx_compiled *c, struct elem *e)
{
    const char *p = e->lit, *end = e->lit + e->lit_len;

    e->alt0 = c->nalts;
    while (p < end) {
        const char *bar = memchr(p, '|', (size_t)(end - p));
        size_t al = (size_t)((bar ? bar : end) - p), slot;

        if (al > 0 && al < TX_WORD_MAX) {
            slot = strtab_find(&c->words, p, al, c->word, c->word_len);
            if (c->words.slot[slot] == 0) {
                c->word[c->nwords] = p;
                c->word_len[c->nwords] = al;
                c->words.slot[slot] = (uint32_t)++c->nwords;
            }
            c->alts[c->nalts++] = c->words.slot[slot] - 1;
        }
        p += al + 1;
    }
    e->nalt = c->nalts - e->alt0;
}

/* Compiles one pattern; false when it has too many elements (a table bug). */
static bool compile_one(struct tx_compiled *c, const struct tx_rule *rule, struct crule *out)
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
        e->before = p[0] == '<' && len > 1 && (out->n == 1 || out->e[out->n - 2].before);
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
        e->nalt = 0;
        if (e->kind < 0)
            intern_alts(c, e);
        p += len;
    }
    return out->n > 0;
}

/* Adds rule `r` to the sets of `idx` for what element `el` accepts. */
static void index_elem(const struct tx_compiled *c, struct ruleidx *idx, size_t r,
                       const struct elem *el)
{
    uint64_t bit = 1ull << (r % 64);
    size_t w = r / 64, a;

    if (el->neg) {
        idx->always[w] |= bit;
        return;
    }
    if (el->kind >= 0) {
        idx->by_kind[el->kind][w] |= bit;
        return;
    }
    for (a = 0; a < el->nalt; a++)
        idx->by_word[c->alts[el->alt0 + a] * c->nset + w] |= bit;
}

/* The context elements that open rule `cr` (`<X <Y`): the tokens right before the match. */
static size_t context_before(const struct crule *cr)
{
    size_t e = 0;

    while (e < cr->n && cr->e[e].before)
        e++;
    return e;
}

/*
 * Indexes rule `r` by the elements that can take its first token (those
 * from the first after a `<` context up to the first that is not optional)
 * and by those that can take its second (the ones that can follow each
 * first); a rule that can end after its first token may have any second.
 */
static void index_rule(struct tx_compiled *c, size_t r)
{
    const struct crule *cr = &c->r[r];
    size_t e, f, rest;

    for (e = context_before(cr); e < cr->n; e++) {
        index_elem(c, &c->first, r, &cr->e[e]);
        for (rest = e + 1; rest < cr->n && cr->e[rest].opt; rest++)
            ;
        if (rest == cr->n)
            c->second.always[r / 64] |= 1ull << (r % 64);
        for (f = e + 1; f < cr->n; f++) {
            index_elem(c, &c->second, r, &cr->e[f]);
            if (!cr->e[f].opt)
                break;
        }
        if (!cr->e[e].opt)
            break;
    }
}

static size_t lex_find(const struct tx_compiled *c, const char *s, size_t n);

/* Indexes the lexicon's words: `lex` holds each word's first entry. */
static enum td_err index_lexicon(struct tx_compiled *c)
{
    const struct tx_lang *lang = c->lang;
    size_t i, slot, j;

    if (strtab_init(&c->lex, lang->nlex) != TD_OK ||
        (c->lex_next = td_calloc(lang->nlex + 1, sizeof(*c->lex_next))) == NULL ||
        (c->lex_len = td_calloc(lang->nlex + 1, sizeof(*c->lex_len))) == NULL)
        return TD_ERR_NOMEM;
    for (i = 0; i < lang->nlex; i++)
        c->lex_len[i] = strlen(lang->lex[i].word);
    if ((c->future_len = td_calloc(lang->nfuture_endings + 1, sizeof(size_t))) == NULL ||
        (c->past_len = td_calloc(lang->npast_endings + 1, sizeof(size_t))) == NULL)
        return TD_ERR_NOMEM;
    for (i = 0; i < lang->nfuture_endings; i++)
        c->future_len[i] = strlen(lang->future_endings[i]);
    for (i = 0; i < lang->npast_endings; i++)
        c->past_len[i] = strlen(lang->past_endings[i]);
    for (i = 0; i < lang->nlex; i++) {
        const char *w = lang->lex[i].word;

        c->lex_next[i] = NO_ID;
        slot = lex_find(c, w, c->lex_len[i]);
        if (c->lex.slot[slot] == 0) {
            c->lex.slot[slot] = (uint32_t)i + 1;
            continue;
        }
        for (j = c->lex.slot[slot] - 1; c->lex_next[j] != NO_ID; j = c->lex_next[j])
            ;
        c->lex_next[j] = (uint32_t)i;
    }
    return TD_OK;
}

/* strtab_find() over the lexicon, whose keys are `lang->lex[id].word`. */
static size_t lex_find(const struct tx_compiled *c, const char *s, size_t n)
{
    size_t i = hash_bytes(s, n) & c->lex.mask;

    for (; c->lex.slot[i] != 0; i = (i + 1) & c->lex.mask) {
        uint32_t id = c->lex.slot[i] - 1;

        if (c->lex_len[id] == n && memcmp(c->lang->lex[id].word, s, n) == 0)
            break;
    }
    return i;
}

static enum td_err compile_all(struct tx_compiled *c)
{
    const struct tx_lang *lang = c->lang;
    size_t i, bytes = 0;

    for (i = 0; i < lang->nrules; i++)
        bytes += strlen(lang->rules[i].pat);
    if (lang->nrules > MAX_RULE_WORDS * 64)
        return TD_ERR_INTERNAL;
    if ((c->r = td_calloc(lang->nrules + 1, sizeof(*c->r))) == NULL ||
        (c->word = td_calloc(bytes + 1, sizeof(*c->word))) == NULL ||
        (c->word_len = td_calloc(bytes + 1, sizeof(*c->word_len))) == NULL ||
        (c->alts = td_calloc(bytes + 1, sizeof(*c->alts))) == NULL ||
        strtab_init(&c->words, bytes) != TD_OK)
        return TD_ERR_NOMEM;
    for (i = 0; i < lang->nrules; i++)
        if (compile_one(c, &lang->rules[i], &c->r[c->n]))
            c->n++;
    c->nset = (c->n + 63) / 64;
    if ((c->first.by_word = td_calloc(c->nwords * c->nset + 1, sizeof(uint64_t))) == NULL ||
        (c->second.by_word = td_calloc(c->nwords * c->nset + 1, sizeof(uint64_t))) == NULL)
        return TD_ERR_NOMEM;
    for (i = 0; i < c->n; i++)
        index_rule(c, i);
    return index_lexicon(c);
}

enum td_err timex_compile(const struct tx_lang *lang, struct tx_compiled **out)
{
    struct tx_compiled *c = td_calloc(1, sizeof(*c));
    enum td_err rc;

    if (c == NULL)
        return TD_ERR_NOMEM;
    c->lang = lang;
    rc = compile_all(c);
    if (rc != TD_OK) {
        timex_compiled_free(c);
        return rc;
    }
    *out = c;
    return TD_OK;
}

void timex_compiled_free(struct tx_compiled *c)
{
    if (c == NULL)
        return;
    td_free(c->r);
    td_free(c->word);
    td_free(c->word_len);
    td_free(c->alts);
    td_free(c->words.slot);
    td_free(c->first.by_word);
    td_free(c->second.by_word);
    td_free(c->lex.slot);
    td_free(c->lex_next);
    td_free(c->lex_len);
    td_free(c->future_len);
    td_free(c->past_len);
    td_free(c);
}

/* The compiled tables, one per language, built on first use; never freed. */
#define MAX_LANGS 16
static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static struct tx_compiled *cache[MAX_LANGS];

enum td_err timex_compiled_get(const struct tx_lang *lang, const struct tx_compiled **out)
{
    enum td_err rc = TD_OK;
    size_t i;

    pthread_mutex_lock(&cache_lock);
    for (i = 0; i < MAX_LANGS && cache[i] != NULL && cache[i]->lang != lang; i++)
        ;
    if (i == MAX_LANGS)
        rc = TD_ERR_INTERNAL;
    else if (cache[i] == NULL)
        rc = timex_compile(lang, &cache[i]);
    if (rc == TD_OK)
        *out = cache[i];
    pthread_mutex_unlock(&cache_lock);
    return rc;
}

const size_t *timex_compiled_ending_lens(const struct tx_compiled *c, bool past)
{
    return past ? c->past_len : c->future_len;
}

const struct tx_lang *timex_compiled_lang(const struct tx_compiled *c)
{
    return c->lang;
}

void timex_lex_classify(const struct tx_compiled *c, struct tx_tok *t)
{
    size_t slot;
    uint32_t i;

    if (t->low[0] == '\0')
        return;
    slot = lex_find(c, t->low, t->len);
    if (c->lex.slot[slot] == 0)
        return;
    for (i = c->lex.slot[slot] - 1; i != NO_ID; i = c->lex_next[i]) {
        const struct tx_lex *l = &c->lang->lex[i];

        t->cls |= 1u << l->cls;
        t->val[l->cls] = l->val;
    }
}

/* The token's lexicon classes, NEED_DIGITS and NEED_UPPER as one bit set. */
static uint32_t token_features(const struct tx_tok *t)
{
    return t->cls | (t->ndig > 0 ? NEED_DIGITS : 0) | (t->upper ? NEED_UPPER : 0);
}

uint32_t timex_token_kinds_all(const struct tx_tok *t)
{
    uint32_t all = 0;
    size_t k;
    int v;

    for (k = 0; k < NKINDS; k++)
        if (kinds[k].fn(t, &v))
            all |= 1u << k;
    return all;
}

void timex_match_prepare(const struct tx_compiled *c, struct tx_tok *toks, size_t n)
{
    size_t i, k, slot;
    int v;

    for (i = 0; i < n; i++) {
        struct tx_tok *t = &toks[i];

        uint32_t have = token_features(t);

        t->kinds = 0;
        for (k = 0; have != 0 && k < NKINDS; k++)
            if ((kinds[k].need & have) && kinds[k].fn(t, &v))
                t->kinds |= 1u << k;
        t->lit = -1;
        if (t->len == 0)
            continue;
        slot = strtab_find(&c->words, t->low, t->len, c->word, c->word_len);
        if (c->words.slot[slot] != 0)
            t->lit = (int)(c->words.slot[slot] - 1);
    }
}

/* Whether the literal alternatives of `e` include the token's text. */
static bool lit_match(const struct tx_compiled *c, const struct elem *e, const struct tx_tok *t)
{
    size_t a;

    if (t->lit < 0)
        return false;
    for (a = 0; a < e->nalt; a++)
        if (c->alts[e->alt0 + a] == (uint32_t)t->lit)
            return true;
    return false;
}

/* Whether element `e` accepts token `t`; captures into `caps` if so. */
static bool elem_match(const struct tx_compiled *c, const struct elem *e, const struct tx_tok *t,
                       bool first, struct tx_caps *caps)
{
    int v = 0;

    if (e->glued && !first && !t->glued)
        return false;
    if (e->kind < 0)
        return lit_match(c, e, t) != e->neg;
    if (!(t->kinds & (1u << e->kind)) || !kinds[e->kind].fn(t, &v))
        return false;
    if (kinds[e->kind].cap >= 0)
        caps->v[kinds[e->kind].cap] = v;
    return true;
}

/*
 * Whether a sentence ends before token `i`, so that no timex may run on into
 * it: a line break, or a capitalised determiner after a full stop ("by
 * January. The first minister" is no "January the first"). A capital after a
 * stop may go on a timex ("5 p.m. EST Tuesday", "St. Patrick's Day").
 */
static bool sentence_break(const struct tx_tok *toks, size_t i)
{
    static const char *const starts[] = {"the", "a", "an", "this", "that", "these", "those"};
    size_t k;

    if (toks[i].line)
        return true;
    if (!toks[i].upper || strcmp(toks[i - 1].low, ".") != 0)
        return false;
    for (k = 0; k < sizeof(starts) / sizeof(starts[0]); k++)
        if (strcmp(toks[i].low, starts[k]) == 0)
            return true;
    return false;
}

/* Matches elements e.. from token i; returns the end token or SIZE_MAX. */
static size_t match_from(const struct tx_compiled *c, const struct crule *r, size_t e,
                         const struct tx_tok *toks, size_t n, size_t i, size_t start,
                         struct tx_caps *caps)
{
    struct tx_caps taken;
    size_t end;

    if (e == r->n)
        return i > start ? i : SIZE_MAX;
    taken = *caps;
    if (i < n && i > start && sentence_break(toks, i))
        return r->e[e].opt ? match_from(c, r, e + 1, toks, n, i, start, caps) : SIZE_MAX;
    if (i < n && elem_match(c, &r->e[e], &toks[i], i == start, &taken)) {
        end = match_from(c, r, e + 1, toks, n, i + 1, start, &taken);
        if (end != SIZE_MAX) {
            *caps = taken;
            return end;
        }
    }
    if (r->e[e].opt)
        return match_from(c, r, e + 1, toks, n, i, start, caps);
    return SIZE_MAX;
}

/* ORs into `set` the rules of `idx` that token `t` may take part in. */
static void add_sets(const struct tx_compiled *c, const struct ruleidx *idx,
                     const struct tx_tok *t, uint64_t *set)
{
    uint32_t ks = t->kinds;
    size_t w;

    while (ks != 0) {
        int k = __builtin_ctz(ks);

        ks &= ks - 1;
        for (w = 0; w < c->nset; w++)
            set[w] |= idx->by_kind[k][w];
    }
    if (t->lit >= 0)
        for (w = 0; w < c->nset; w++)
            set[w] |= idx->by_word[(size_t)t->lit * c->nset + w];
}

/*
 * The rules that may match at token `i`, as a bit set of `c->nset` words:
 * those token i may start and whose second token toks[i + 1] may be.
 */
static void candidates(const struct tx_compiled *c, const struct tx_tok *toks, size_t n,
                       size_t i, uint64_t *set)
{
    uint64_t next[MAX_RULE_WORDS];
    size_t w;

    memcpy(set, c->first.always, c->nset * sizeof(*set));
    add_sets(c, &c->first, &toks[i], set);
    memcpy(next, c->second.always, c->nset * sizeof(*next));
    if (i + 1 < n)
        add_sets(c, &c->second, &toks[i + 1], next);
    for (w = 0; w < c->nset; w++)
        set[w] &= next[w];
}

/* Matches rule `cr` at token `i`: the span in tokens (context excluded), 0 if none. */
static size_t try_rule(const struct tx_compiled *c, const struct crule *cr,
                       const struct tx_tok *toks, size_t n, size_t i, struct tx_caps *cur)
{
    size_t e0 = context_before(cr), nafter = 0, k, end;

    for (k = 0; k < TX_C_COUNT; k++)
        cur->v[k] = TX_CAP_UNSET;
    if (e0 > i)
        return 0;
    for (k = 0; k < e0; k++)
        if (!elem_match(c, &cr->e[k], &toks[i - e0 + k], true, cur))
            return 0;
    for (k = cr->n; k > e0 && cr->e[k - 1].after; k--)
        nafter++;
    end = match_from(c, cr, e0, toks, n, i, i, cur);
    if (end == SIZE_MAX || end - i <= nafter)
        return 0;
    return end - i - nafter;
}

size_t timex_match_at(const struct tx_compiled *c, const struct tx_tok *toks, size_t n, size_t i,
                      const struct tx_rule **rule_out, struct tx_caps *caps)
{
    uint64_t set[MAX_RULE_WORDS];
    size_t best = 0, w, len;

    candidates(c, toks, n, i, set);
    for (w = 0; w < c->nset; w++) {
        while (set[w] != 0) {
            size_t r = w * 64 + (size_t)__builtin_ctzll(set[w]);
            struct tx_caps cur;

            set[w] &= set[w] - 1;
            len = try_rule(c, &c->r[r], toks, n, i, &cur);
            if (len > best) {
                best = len;
                *rule_out = c->r[r].rule;
                *caps = cur;
            }
        }
    }
    /* a spelled-out year: nineteen (HI) ninety (TENS) - six (ONES) */
    if (best > 0 && caps->v[TX_C_HI] != TX_CAP_UNSET)
        caps->v[TX_C_YEAR] = caps->v[TX_C_HI] * 100 +
                             (caps->v[TX_C_TENS] != TX_CAP_UNSET ? caps->v[TX_C_TENS] : 0) +
                             (caps->v[TX_C_ONES] != TX_CAP_UNSET ? caps->v[TX_C_ONES] : 0);
    return best;
}
