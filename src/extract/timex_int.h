/*
 * timex_int.h - private to src/extract/: tokens, lexicon and rule tables of
 * the temporal tagger, the pattern matcher and the normalisers. Each
 * language file (timex_en.c, ...) defines one `struct tx_lang`.
 */
#ifndef TD_EXTRACT_TIMEX_INT_H
#define TD_EXTRACT_TIMEX_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tidings/error.h"
#include "tidings/extract.h"

/* Word classes of the lexicon; a token may have several (bit set). */
enum tx_class {
    TX_MONTH,    /* value 1..12 */
    TX_MONTHCAP, /* a month only when capitalised ("May", "March") */
    TX_WDAY,     /* 1 = Monday .. 7 = Sunday */
    TX_NUM,      /* cardinal number word: value */
    TX_ORD,      /* ordinal word: value */
    TX_UNIT,     /* enum tx_unit */
    TX_SEASON,   /* enum tx_season */
    TX_PART,     /* enum tx_part: part of the day */
    TX_DEIC,     /* day offset from the reference: today 0, yesterday -1 */
    TX_REL,      /* -1 last, 0 this, +1 next */
    TX_MOD,      /* early/mid/late: no effect on the value */
    TX_FEW,      /* several, few, many: an unknown count */
    TX_FUTURE,   /* a word that makes an unanchored weekday future */
    TX_PAST,     /* a past-tense verb ("said", "fue"): the sentence looks back */
    TX_PRESENT,  /* a present-tense verb ("is", "es"): no direction */
    TX_PLURAL,   /* a plural unit not ending in -s ("Tagen", "Jahre") */
    TX_SINGULAR, /* a singular unit ending in -s (German genitive "Jahres", "Monats") */
    TX_CLASS_COUNT
};

enum tx_unit { TX_U_SEC = 1, TX_U_MIN, TX_U_HOUR, TX_U_DAY, TX_U_WEEKEND, TX_U_WEEK,
               TX_U_MONTH, TX_U_QUARTER, TX_U_YEAR, TX_U_DECADE, TX_U_CENTURY };
enum tx_season { TX_S_SP = 1, TX_S_SU, TX_S_FA, TX_S_WI };
enum tx_part { TX_P_MO = 1, TX_P_AF, TX_P_EV, TX_P_NI };

struct tx_lex {
    const char *word;   /* lower case UTF-8 */
    enum tx_class cls;
    int val;
};

/* How a rule's captures become a value; one function per row of `norms[]`. */
enum tx_norm {
    TX_N_FIXED,     /* `arg` is the value */
    TX_N_YMD,       /* year?, month, day, part of day?; `arg` "W": its ISO week, "WL": the
                       month's last week (ORD without a day: the ORDth week); "O": the ORDth
                       WDAY of the month, "OL": its last WDAY; "D": its first day */
    TX_N_YM,        /* year?, month */
    TX_N_Y,         /* year */
    TX_N_DECADE,    /* year (1990s), two-digit year ('90s) or spelled tens (ochenta) */
    TX_N_CENTURY,   /* ordinal century (20th, XXI) */
    TX_N_DEIC,      /* day offset, optional part of day; `arg` "-2": a fixed offset,
                       "-1NI": with a part of day ("anoche") */
    TX_N_WDAY,      /* weekday, optional rel and part of day (`arg`); `arg` "+": the coming
                       one ("el lunes que viene", "as soon as Tuesday"); "W": of the
                       week REL names ("el martes de la semana pasada"), "W+": of the next;
                       "F": a future verb moves the reference's own weekday a week on */
    TX_N_REL_UNIT,  /* rel + unit: last year, next week */
    TX_N_REL_MONTH, /* rel + month: last February */
    TX_N_SEASON,    /* season + year, or rel + season; `arg` "T": a bare season by the
                       tense, "W": this winter in January is the one begun in December */
    TX_N_QUARTER,   /* ordinal quarter + year?, or rel; `arg` a year offset, or "P": with
                       no future verb a quarter two or more ahead is last year's, "L": the
                       fourth quarter (the last of the year named) */
    TX_N_LAST_Q,    /* the last completed quarter ("the latest quarter"); `arg` "Q": only
                       when the text named a quarter, "T": that named quarter; "P", "N":
                       the one before or after it (else the reference's) */
    TX_N_AGO,       /* num + unit before the reference; `arg` "2": "a couple of", "6":
                       "half a dozen", "h": and a half ("a year and a half ago"), "h0": half
                       a unit ("half a century ago"), "M": the month, years back ("el
                       mismo mes del año anterior") */
    TX_N_DUR,       /* num + unit: P3D, PT2H; no num: X; `arg` "2": "a couple of", "6":
                       "half a dozen", "A": only a dozen or a hundred ("a dozen years") */
    TX_N_SET,       /* every + num? + unit */
    TX_N_HOLIDAY,   /* `arg`: "MM-DD", "M/N/W" (Nth weekday W), "E+N" (Easter), "MM-DD/W"
                       (the first weekday W from that day) */
    TX_N_TIME,      /* hour, minute?, `arg` "pm" adds 12; "+30" minutes past the hour,
                       "-15" minutes before it */
    TX_N_PART,      /* rel + part of day: this morning, tonight */
    TX_N_SKIP,      /* a negative rule: consumes the tokens, emits nothing */
    TX_N_HALF,      /* `arg` "1" or "2": that half of a year (YEAR, or REL to the reference) */
    TX_N_SET_DAY,   /* every MONTH or WDAY (optional part of day): XXXX-07, XXXX-WXX-4TNI */
    TX_N_NEXT,      /* "the next day": TX_N_AGO from the last day the text named, if any;
                       `arg` "0r": that day, else PAST_REF or FUTURE_REF ("en ese momento") */
    TX_N_DAY,       /* a day of a month left unsaid ("el pasado día 14"), near the reference;
                       `arg` "M": of the month REL names ("el 15 de este mes") */
    TX_N_THAT_YEAR, /* the year last written ("that year", "ese año"), else the reference's;
                       `arg` a year offset from it ("+1": the year after) */
    TX_N_COUNT
};

struct tx_rule {
    const char *pat;            /* pattern, see timex_match.c */
    enum tx_norm norm;
    enum td_timex_type type;
    const char *arg;            /* normaliser argument or NULL */
};

struct tx_lang {
    const char *code;
    const struct tx_lex *lex;
    size_t nlex;
    const struct tx_rule *rules;
    size_t nrules;
    /* word endings that mark a future verb ("celebrará"), making a word TX_FUTURE */
    const char *const *future_endings;
    size_t nfuture_endings;
    /* word endings that mark a past verb ("anunció", "reported"), making a word TX_PAST */
    const char *const *past_endings;
    size_t npast_endings;
};

extern const struct tx_lang timex_lang_en, timex_lang_es, timex_lang_de, timex_lang_fr,
    timex_lang_it, timex_lang_pt, timex_lang_zh, timex_lang_ja, timex_lang_ko, timex_lang_nl,
    timex_lang_ar, timex_lang_el, timex_lang_ru, timex_lang_nb;

#define TX_WORD_MAX 24

struct tx_tok {
    size_t b0, b1;         /* byte span */
    size_t c0, c1;         /* code-point span */
    bool glued;            /* no white space before the token */
    bool line;             /* a line break before the token: a new sentence (a heading) */
    bool upper;            /* starts with an upper-case letter */
    int ndig;              /* number of digits if all ASCII digits, else 0 */
    int num;               /* value of a digit token (capped), else -1 */
    uint32_t cls;          /* bit set of enum tx_class */
    int val[TX_CLASS_COUNT];
    char low[TX_WORD_MAX]; /* lower-cased text; "" when longer */
    size_t len;            /* strlen(low) */
    uint32_t kinds;        /* bit set of the matcher's token kinds it fits (timex_match.c) */
    int lit;               /* id of `low` among the compiled literals, -1 if none */
};

/* Capture slots filled by pattern elements; TX_CAP_UNSET when unset. HI,
 * TENS and ONES are the words of a spelled-out year ("nineteen ninety-six"),
 * which the matcher folds into YEAR. */
enum tx_cap { TX_C_YEAR, TX_C_MONTH, TX_C_DAY, TX_C_WDAY, TX_C_NUM, TX_C_ORD, TX_C_UNIT,
              TX_C_SEASON, TX_C_PART, TX_C_DEIC, TX_C_REL, TX_C_HOUR, TX_C_MIN, TX_C_YY,
              TX_C_FEW, TX_C_HI, TX_C_TENS, TX_C_ONES, TX_C_COUNT };
#define TX_CAP_UNSET (-100000)

struct tx_caps {
    int v[TX_C_COUNT];
};

/* The reference date and the anchor for unanchored expressions. */
struct tx_ref {
    bool known;
    int64_t y;
    int m, d;
    int tense;             /* the sentence's tense near the match: -1 past, +1 future,
                              0 unknown; it decides which way a bare weekday points */
    int date_tense;        /* the same for a year-less date ("March 3"), from a verb
                              before it only */
    bool tense_word;       /* `date_tense` comes from a word ("pasado"), not a verb:
                              no slack around the reference */
    bool qknown;           /* a quarter was named earlier in the text: */
    int64_t qy;            /*   its year */
    int qn;                /*   and its number 1..4 */
    bool qnamed;           /* a quarter was written earlier in the text ("the third quarter"),
                              the current or a coming one too (`qknown` skips those): */
    int64_t qny;           /*   the last one's year */
    int qnn;               /*   and number */
    bool day_known;        /* `d` was written (an anchor moved by "March 2010" has none) */
    bool yknown;           /* a year was written earlier in the text: */
    int64_t ly;            /*   the last one ("in 1998 ... that year") */
    bool clock_known;      /* round 26: the reference date came with its wall-clock time */
    int clock;             /*   (not "Z", a feed's UTC stamp): its minute of the day */
};

/* A rule table compiled for matching (see timex_match.c). */
struct tx_compiled;
TD_NODISCARD enum td_err timex_compile(const struct tx_lang *lang, struct tx_compiled **out);
void timex_compiled_free(struct tx_compiled *c);

/*
 * The compiled table of `lang`, built on first use and kept (borrowed) for
 * the life of the process; thread-safe. Errors: TD_ERR_NOMEM, TD_ERR_INTERNAL
 * (a rule table too large for the start index).
 */
TD_NODISCARD enum td_err timex_compiled_get(const struct tx_lang *lang,
                                            const struct tx_compiled **out);

/* Sets the lexicon classes and values of a word token from `c`'s lexicon index. */
void timex_lex_classify(const struct tx_compiled *c, struct tx_tok *t);

/*
 * Tokenizes `text` with `c`'s language; also fills each token's `kinds` and
 * `lit` for the matcher. `*toks_out` is freed with td_free. Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err timex_tokenize(const char *text, size_t len, const struct tx_compiled *c,
                                        struct tx_tok **toks_out, size_t *n_out);

/* The strlen of each of the language's past (`past`) or future endings. */
const size_t *timex_compiled_ending_lens(const struct tx_compiled *c, bool past);

/* The language `c` was compiled from. */
const struct tx_lang *timex_compiled_lang(const struct tx_compiled *c);

/* Every token kind that fits `t`, tested one by one (the reference for `t->kinds`). */
uint32_t timex_token_kinds_all(const struct tx_tok *t);

/* Fills `kinds` and `lit` of tokens [0, n) for matching against `c`. */
void timex_match_prepare(const struct tx_compiled *c, struct tx_tok *toks, size_t n);

/*
 * Finds the longest rule match starting at token `i`. Returns the number of
 * tokens matched (0: none) and sets `*rule_out` and `*caps`.
 */
size_t timex_match_at(const struct tx_compiled *c, const struct tx_tok *toks, size_t n, size_t i,
                      const struct tx_rule **rule_out, struct tx_caps *caps);

/*
 * Writes the value of `rule` with `caps` against `ref` into `out`. Returns
 * false when the captures make no valid value (the match is dropped).
 */
bool timex_normalize(const struct tx_rule *rule, const struct tx_caps *caps,
                     const struct tx_ref *ref, char *out, size_t out_size);

/* ISO week of a date: `*wy` the ISO year, `*wn` 1..53. */
void timex_iso_week(int64_t y, int m, int d, int64_t *wy, int *wn);

#endif
