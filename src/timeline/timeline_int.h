/*
 * timeline_int.h - shared inside src/timeline/ only: calendar values of
 * TIMEX3 dates, the dated mentions found in one article, and the word
 * signatures that decide whether two mentions tell the same happening.
 */
#ifndef TD_TIMELINE_TIMELINE_INT_H
#define TD_TIMELINE_TIMELINE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/map64.h"
#include "tidings/entity.h"
#include "tidings/extract.h"
#include "tidings/timeline.h"

/* A calendar value at day, month or year precision, and the days it covers. */
struct tl_date {
    char value[32];              /* "YYYY-MM-DD", "YYYY-MM" or "YYYY" */
    enum td_date_precision prec; /* DAY, MONTH or YEAR */
    int64_t first_day, last_day; /* days since 1970-01-01, inclusive */
};

/* The top bit of a word hash marks a proper name (capitalised mid-sentence). */
#define TL_NAME_BIT ((uint64_t)1 << 63)
/* The next bit marks two characters of a script written without spaces (CJK): half a word. */
#define TL_PART_BIT ((uint64_t)1 << 62)
/* The next marks a number among the keys that hold across languages (xkeys.c). */
#define TL_NUMBER_BIT ((uint64_t)1 << 61)
/*
 * And the next a key of a word in a script without capitals (Arabic,
 * Hangul, Devanagari, Chinese transcriptions), a name only when the story
 * writes a capitalised name with that key (`xkeys_keep_named`).
 */
#define TL_UNCASED_BIT ((uint64_t)1 << 60)
/* The bits above that are no part of a word's or key's identity hash. */
#define TL_MARK_BITS (TL_NAME_BIT | TL_PART_BIT | TL_NUMBER_BIT | TL_UNCASED_BIT)

/* The language of timeline input `in`: its tag, or "en" when it has none. */
static inline const char *tl_lang(const struct td_timeline_input *in)
{
    return in->lang != NULL ? in->lang : "en";
}

/* FNV-1a: hash `h` (TL_FNV_BASIS for a fresh one) continued over `s[0..n)`. */
#define TL_FNV_BASIS 1469598103934665603ULL
static inline uint64_t tl_fnv1a(uint64_t h, const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

/* One dated sentence of one article. */
struct tl_mention {
    size_t art; /* index of the article in the story input */
    struct tl_date date;
    size_t start, end;       /* the sentence, byte offsets into the article text */
    size_t tx_start, tx_end; /* the date expression itself (empty for a publication) */
    uint64_t *words;         /* owned; sorted hashes of content words (mention.c) */
    size_t nwords;
    uint64_t *xkeys; /* owned; sorted keys that hold across languages (xkeys.c) */
    size_t nxkeys;
    unsigned lang;       /* the story's language slot of its article (group.c), below 64 */
    bool is_publication; /* the article's own date standing for what it reports */
    bool is_background;  /* told as background (mention.c): joins an event, opens none */
    bool is_years_back;  /* background only as a bare year years back (tense.c) */
};

struct tl_mention_list {
    struct tl_mention *items; /* owned; `n` used of `cap` */
    size_t n, cap;
};

/* ---- date.c ---- */

/*
 * Sets `*out` to the calendar value `y`, `m`, `d` at precision `prec`
 * (m and d ignored below it). Returns false for an impossible date.
 */
bool tl_date_set(struct tl_date *out, int64_t y, int m, int d, enum td_date_precision prec);

/*
 * Parses a concrete TIMEX3 date value ("2021-12-31", "2021-12-31T20:00"
 * counts as the day, "2021-12", "2021"). Returns false for anything else
 * (X placeholders, weeks, seasons, quarters, decades, references).
 */
bool tl_date_parse(const char *value, struct tl_date *out);

/*
 * Resolves a year-less value ("XXXX-12-31", "XXXX-03") to the latest such
 * day or month that does not start after `ref_last_day`. Returns false when
 * `value` is not of that form.
 */
bool tl_date_resolve(const char *value, int64_t ref_last_day, struct tl_date *out);

/*
 * `t` moved back by the TIMEX3 duration `dur` of whole years, months, weeks
 * or days ("P1Y", "P6M", "P2W", "P10D"), at precision `prec` or `t`'s own
 * when that is coarser: the day a year before "next month" is not known.
 * Returns false for any other duration or a date out of range.
 */
bool tl_date_minus(const struct tl_date *t, const char *dur, enum td_date_precision prec,
                   struct tl_date *out);

/* Whether `a` and `b` name the same value at the same precision. */
bool tl_date_same(const struct tl_date *a, const struct tl_date *b);

/* ---- pubdate.c ---- */

/*
 * The estimate of `td_pubdate_estimate_in()` from a text already tagged
 * without a reference date (`tx`); `ctx` may be NULL. Cannot fail (a
 * failed re-tagging of relative days only leaves them unweighed).
 */
void pubdate_from_timexes(const char *text, size_t len, const char *lang,
                          const struct td_timex_list *tx, const struct td_pubdate_context *ctx,
                          struct td_pubdate *out);

/* ---- pubdate_names.c ---- */

/*
 * The middle day of the event's dated days `days[0..n)` for the undated
 * text `text[0..len)`, each day weighed by one plus the names (capitalised
 * words) its article's text `texts[i]` shares with it: the lower weighted
 * median, into `*mid`. False (and `*mid` untouched) when `texts` is NULL,
 * `n` is 0 or over TD_PUBDATE_NAMES_MAX, or memory runs out.
 */
bool pubdate_event_middle(const char *text, size_t len, const int64_t *days,
                          const struct td_pubdate_text *texts, size_t n, int64_t *mid);

/* ---- mention.c ---- */

/*
 * The sentence holding the bytes [from, to) of `text` (a date expression is
 * never split, whatever full stops it has): [*start, *end), white space
 * trimmed.
 */
void mention_sentence(const char *text, size_t len, size_t from, size_t to, size_t *start,
                      size_t *end);

/*
 * Whether the date expression at [start, end) of `text` stands on the page's
 * copyright line ("© 2035 Baltic Newsline", "Copyright 2024 ...").
 */
bool mention_on_copyright(const char *text, size_t len, size_t start, size_t end);

/*
 * Whether it stands on page furniture: the copyright line, a link to
 * another article, a caption, a dateline of its own, a list of headlines
 * or a labelled call (the lines whose dates timeline events leave out).
 */
bool mention_on_furniture(const char *text, size_t len, size_t start, size_t end);

/*
 * Appends the content-word signature of `text[start..end)` to `m` (sorted,
 * deduplicated hashes), leaving out the bytes [skip_start, skip_end) (the
 * date expression itself) and stop words of `lang`. Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err mention_words(struct tl_mention *m, const char *text, size_t start,
                                       size_t end, size_t skip_start, size_t skip_end,
                                       const char *lang);

struct text_analyzer;

/* ---- xkeys.c ---- */

/*
 * Sets the keys of mention `m` (its sentence in `text`, written in `lang`)
 * that hold across languages: the phonetic keys of its names (TL_NAME_BIT)
 * and its numbers, leaving out the date expression, one-digit numbers and
 * year-like ones. None when `a` is NULL or the text is not valid UTF-8.
 * Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err mention_xkeys(struct tl_mention *m, struct text_analyzer *a,
                                       const char *text, const char *lang);

/*
 * Keeps, of the keys of the words of scripts without capitals in `ml`,
 * those that some capitalised name of the story also has ("مادبا" and
 * "Madaba" are one key), as name keys, and drops the others (a common word
 * of Arabic is no name). Cannot fail.
 */
void xkeys_keep_named(struct tl_mention_list *ml);

/*
 * A heap copy of `text[start..end)` with white space collapsed, cut to
 * about 240 bytes at a UTF-8 boundary (ending in "…") keeping byte `anchor`
 * in view. NULL when out of memory.
 */
char *mention_excerpt(const char *text, size_t start, size_t end, size_t anchor);

/*
 * Appends to `out` the dated mentions of article `art` (`in`), whose text
 * has been tagged into `tx` against its publication date `pub` (source
 * GIVEN, ESTIMATED or NONE), with the keys of `mention_xkeys` when `a` (an
 * analyzer, borrowed) is not NULL. Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err mention_collect(struct tl_mention_list *out, size_t art,
                                         const struct td_timeline_input *in,
                                         const struct td_timex_list *tx,
                                         const struct td_pubdate *pub, struct text_analyzer *a);

/* Frees the mentions and their words; the list is empty afterwards. */
void mention_list_release(struct tl_mention_list *l);

/* ---- tense.c ---- */

/*
 * Moves the year-less month or day `*d` (the expression `in->text[tx_start
 * ..tx_end)` in the sentence starting at `s`) a year ahead when it falls in
 * the publication `pub`'s year before its month and the sentence speaks of
 * the future before it ("It will be opened for signature ... in May" in a
 * November report: next May). Returns whether it moved `*d`.
 */
bool tense_next_year(const struct td_timeline_input *in, size_t s, size_t tx_start, size_t tx_end,
                     const struct tl_date *pub, struct tl_date *d);

/*
 * Moves the date `*d` (the expression `in->text[tx_start..tx_end)` in the
 * sentence starting at `s`) that the tagger read back from the publication
 * `pub` to the reading ahead when the sentence points forward: a weekday in
 * a plan told in the past tense ("was due to arrive on Wednesday",
 * "sollte", "debía", "devait") a week ahead, and a year-less deadline
 * ("until 30 September", "jusqu'au", "hasta", "bis") more than a quarter
 * back a year ahead. Returns whether it moved `*d`.
 */
bool tense_planned_ahead(const struct td_timeline_input *in, size_t s, size_t tx_start,
                         size_t tx_end, const struct tl_date *pub, struct tl_date *d);

/*
 * Whether the date `d` at `tx_start` (in the sentence starting at `s`) is a
 * deadline after the publication `pub` ("until 30 September", "bis Ende
 * September", "hasta el 30 de septiembre"): a target, not a happening.
 */
bool tense_future_deadline(const struct td_timeline_input *in, size_t s, size_t tx_start,
                           const struct tl_date *d, const struct tl_date *pub);

/*
 * Moves the weekday `*d` (the expression `in->text[tx_start..tx_end)`) a
 * week ahead when the date before it in its sentence, `prev`, is a weekday
 * after it joined to it by a short link: the second weekday of a range
 * lies after the first ("dans la nuit de samedi à dimanche" in a Saturday
 * report is the Sunday after, not the one before). Returns whether it
 * moved `*d`.
 */
bool tense_weekday_range(const struct td_timeline_input *in, const struct tl_mention *prev,
                         size_t tx_start, size_t tx_end, struct tl_date *d);

/*
 * Whether the month `d` (the expression `in->text[tx_start..tx_end)` in the
 * sentence [s, e)) is a traded contract's, no happening: "Wheat for
 * September delivery", "zur Lieferung im September", "the December
 * contract", "Dezember-Kontrakt", "9月合约".
 */
bool tense_contract_month(const struct td_timeline_input *in, size_t s, size_t e, size_t tx_start,
                          size_t tx_end, const struct tl_date *d);

/*
 * Whether the bare year `d` is no happening of a report published at
 * `pub`: the report's own year or a later one (a target, a plan, "by
 * 2040", "bis 2040", "к 2040 году"), or two years back or more (background:
 * "the dig began in 2021", "a decade ago") unless `clause` (the words
 * before the date from the last comma, lower case; may be NULL) opens on a
 * person ("who she'd been married to since 2014"). False for any other
 * precision.
 */
bool tense_year_background(const char *clause, const struct tl_date *d, const struct tl_date *pub);

/* Whether the bare year `d` lies two years or more before the publication `pub`. */
bool tense_years_back(const struct tl_date *d, const struct tl_date *pub);

/* ---- casing.c ---- */

/* How the articles of a story write each word (lower case, capitalised inside a sentence). */
struct tl_casing {
    struct td_map64 words; /* word hash -> lower-case count | capitalised count << 16 */
};

void casing_init(struct tl_casing *c);
void casing_release(struct tl_casing *c);

/* Counts the words of `text[0..len)`. Errors: TD_ERR_NOMEM. */
TD_NODISCARD enum td_err casing_add(struct tl_casing *c, const char *text, size_t len);

/*
 * Trims from each mention of `l` (found in `text` of `len` bytes, written
 * in `lang`, NULL for English) a first word that only opens a sentence and
 * is mostly written in lower case in the story or is a stop word of `lang`
 * ("Volgens Rijnhaven" -> "Rijnhaven", "В Бишкеке" -> "Бишкеке", "На"),
 * dropping mentions left empty, those inside the article's dateline
 * ("PANAMA CITY, May 12 (Atlas Wire Service) -") and a sentence's first
 * word that a hyphen joins to a lower-case one ("Ninety-four").
 */
void casing_trim(const struct tl_casing *c, const char *text, size_t len, const char *lang,
                 struct td_mention_list *l);

/* ---- entities.c ---- */

/* The entities of a story: each article's mentions and their merged set. */
struct tl_entities {
    const struct td_gazetteer *gaz; /* the shared one (entities.c); NULL without iso-codes */
    struct td_entity_set *set;      /* owned; resolved by `entities_build` */
    struct td_mention_list *lists;  /* owned; one per article, in input order */
    size_t n;
};

void entities_init(struct tl_entities *e);
void entities_release(struct tl_entities *e);

/*
 * Tags every article of `in[0..n)` and merges the mentions into story
 * entities. Errors: TD_ERR_NOMEM, TD_ERR_TOO_LARGE (from the tagger).
 */
TD_NODISCARD enum td_err entities_build(struct tl_entities *e, const struct td_timeline_input *in,
                                        size_t n, struct td_error *err);

/*
 * Fills `ev->entities` with the story entities of the mentions of article
 * `art` (`in`) inside the sentence of `m`, leaving out any that overlap its
 * date expression ("New Year's Eve" is a date, not a name).
 * Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err entities_fill(struct td_timeline_event *ev, const struct tl_entities *e,
                                       const struct td_timeline_input *in,
                                       const struct tl_mention *m);

/*
 * Clears the background mark of each mention of `ml` that is background
 * only as a bare year years back when its sentence names the story's
 * protagonist: a person named in two articles or more, in a third of the
 * story's at least and in at least half as many as the most-named person
 * (a conductor's birth and career in the story of his death).
 * Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err entities_protagonists(const struct tl_entities *e,
                                               struct tl_mention_list *ml);

/* ---- offstory.c ---- */

/*
 * Marks as background the mentions (publications aside) in a paragraph of
 * an article of `in[0..n)` that names something, capitalised inside a
 * sentence, no other article of the story names, when another paragraph of
 * that article names something they do: a round-up's paragraph on another
 * storyline ("Argentina. Half a world away, ... in Chaco province on
 * Wednesday." in a week in review of Kenya's locusts) joins an event of the
 * story but opens none. Errors: TD_ERR_NOMEM (`ml` unchanged).
 */
TD_NODISCARD enum td_err offstory_mark(struct tl_mention_list *ml,
                                       const struct td_timeline_input *in, size_t n);

/* ---- group.c ---- */

/*
 * Groups `ml` into the events of `tl` (whose `dates`, `ids` and `narticles`
 * are set), orders them and fills texts, first reporters and entities (from
 * `ents`). `in` gives the texts. Errors: TD_ERR_NOMEM (the events made so
 * far stay in `tl` for `td_timeline_release`).
 */
TD_NODISCARD enum td_err group_events(struct td_timeline *tl, struct tl_mention_list *ml,
                                      const struct td_timeline_input *in,
                                      const struct tl_entities *ents);

#endif
