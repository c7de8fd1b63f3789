/*
 * timeline.h - a story told in order: its dated events, who reported each
 * first, and estimated publication dates for undated articles.
 *
 * `td_timeline_build()` takes the articles of one story (borrowed, in
 * arrival order) and fills a `struct td_timeline`: one `struct
 * td_timeline_event` per happening, in date order. Each event is a date
 * (a TIMEX3 value at day, month or year precision), the sentence that
 * dates it, the articles that report it and the one that reported it
 * first. The same happening told by several articles is one event: their
 * mentions are grouped when they carry the same date and their sentences
 * share enough content words and names. A dated article whose own date
 * is far from every date it mentions (a retrospective, an interview) adds
 * its own publication as an event.
 *
 * Undated articles get an estimated publication date from the latest
 * explicit date they mention, their wording ("still in December 2021"
 * means the writer is past it; "this week" means the writing is close to
 * what it tells) and the dates of the dated articles of their story; see
 * `td_pubdate_estimate()`. Only undated articles pay for that tagging.
 *
 * Lifecycle: `td_timeline_init()`, `td_timeline_build()` (or
 * `td_query_timeline()` in query.h, which reads the story from a store),
 * `td_timeline_release()`. `td_json_timeline()` renders the JSON shape that
 * `tidings timeline --json` prints and the HTTP API serves.
 *
 * Thread-safety: no shared state; one timeline per thread.
 */
#ifndef TIDINGS_TIMELINE_H
#define TIDINGS_TIMELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tidings/article.h"
#include "tidings/error.h"

/* ---- Publication dates ---- */

/* Where an article's publication date comes from. */
enum td_date_source { TD_DATE_SOURCE_NONE = 0, TD_DATE_SOURCE_GIVEN, TD_DATE_SOURCE_ESTIMATED };

/* "given", "estimated", or NULL for TD_DATE_SOURCE_NONE. */
const char *td_date_source_name(enum td_date_source src);

/* A publication date as far as it is known. */
struct td_pubdate {
    char date[16];               /* "YYYY-MM-DD", "YYYY-MM", "YYYY", or "" when unknown */
    enum td_date_precision prec; /* TD_DATE_NONE when unknown; never finer than DAY */
    enum td_date_source source;
};

/*
 * Estimates the publication date of an undated article from its text
 * (`len` bytes of UTF-8 in language `lang`, NULL or "" for English) and
 * the publication days (days since 1970-01-01, UTC) of the dated articles
 * of its story, `story_days[0..ndays)` in any order (may be NULL when
 * `ndays` is 0). The latest explicit date the text mentions is a lower
 * bound, or a strict one when the wording places the writer past it
 * ("still in", "back in"); the earliest story date in a window after that
 * bound (a month when the text speaks of "this week", "today" and the
 * like, half a year otherwise) gives the month. Without a story date the
 * bound itself is the estimate (month precision at best); without any
 * mention the story's middle date is. `out->source` is
 * TD_DATE_SOURCE_ESTIMATED, or TD_DATE_SOURCE_NONE with an empty date when
 * nothing supports a guess. Errors: TD_ERR_INVALID (NULL text or out),
 * TD_ERR_TOO_LARGE (text over 16 MiB), TD_ERR_NOMEM; `out` is untouched on
 * error.
 */
TD_NODISCARD enum td_err td_pubdate_estimate(const char *text, size_t len, const char *lang,
                                             const int64_t *story_days, size_t ndays,
                                             struct td_pubdate *out, struct td_error *err);

/* One text of `td_pubdate_context.event_texts`: `len` bytes of UTF-8. */
struct td_pubdate_text {
    const char *text;
    size_t len;
};

/*
 * The dated articles around an undated one, as publication days (days
 * since 1970-01-01, UTC) in any order; arrays may be NULL when their count
 * is 0. `event_days` are those of its event (articles days apart, a subset
 * of the story); `story_days` those of its whole story.
 */
struct td_pubdate_context {
    const int64_t *story_days;
    size_t nstory;
    const int64_t *event_days;
    size_t nevent;
    /*
     * The texts of the event's dated articles, one per `event_days` entry
     * in the same order (NULL: none given; an entry's `text` NULL: that one
     * unknown), borrowed. The event's articles that name more of the same
     * names as the undated one weigh more in its middle day: a cluster
     * that holds two happenings days apart dates the article by the one it
     * tells of. Read for events of at most TD_PUBDATE_NAMES_MAX dated
     * articles (a larger one weighs every article the same).
     */
    const struct td_pubdate_text *event_texts;
    /*
     * The publication days of the articles dated to the day that arrived
     * just before this one, newest arrival first (NULL when `narrival` is
     * 0), borrowed; up to TD_PUBDATE_ARRIVALS are read. They date an
     * article whose event has no dated article when the stream runs in
     * date order, as a live feed does (and its story has no dated article,
     * or the clock lies more than TD_PUBDATE_ARRIVAL_SPAN days past the
     * story's last, or among the days of a story that spans two days or
     * less): the TD_PUBDATE_AGREE latest
     * lie within TD_PUBDATE_ARRIVAL_SPAN days of each other (the clock is
     * the latest of them), or, when a late arrival breaks that, all but one
     * of the TD_PUBDATE_ARRIVALS latest came no more than
     * TD_PUBDATE_ARRIVAL_SPAN days before the newest of those before them
     * (the clock is the newest of all). The article is then dated as if it
     * were an event reported on the clock's day. When its event has dated
     * articles, the clock bounds the estimate instead: no later than the
     * day after the clock. Otherwise (an archive replayed in any order, too
     * few dated arrivals) they are not used.
     */
    const int64_t *arrival_days;
    size_t narrival;
};
#define TD_PUBDATE_NAMES_MAX 64
#define TD_PUBDATE_ARRIVALS 8
#define TD_PUBDATE_AGREE 3
#define TD_PUBDATE_ARRIVAL_SPAN 7
#define TD_PUBDATE_CONTEXT_INIT         \
    {                                   \
        NULL, 0, NULL, 0, NULL, NULL, 0 \
    }

/*
 * `td_pubdate_estimate()` with the article's event as well as its story
 * (`ctx`, borrowed; NULL means neither). When the event has dated articles
 * and the text mentions nothing later, the article is dated within the
 * event: the day its relative mentions ("yesterday", "on Tuesday",
 * "gestern") fit best against the event's first report, else the event's
 * middle day (weighed by shared names when `ctx->event_texts` is given);
 * at day precision when the event spans a week or less, else month. Dates
 * on page furniture (a copyright line, a link, a caption) bound nothing; a
 * copyright line's year is an upper bound on the mentions that count.
 * With no event dates, the stream's clock from `ctx->arrival_days`, when
 * it has one, stands for a one-report event unless the story's dates say
 * otherwise (see `arrival_days`).
 * Otherwise as `td_pubdate_estimate()`. Same errors (TD_ERR_INVALID also for
 * a count without its array).
 */
TD_NODISCARD enum td_err td_pubdate_estimate_in(const char *text, size_t len, const char *lang,
                                                const struct td_pubdate_context *ctx,
                                                struct td_pubdate *out, struct td_error *err);

/*
 * The estimate for one JSON object (`len` bytes), the form
 * `tidings timeline --pubdate` reads for leave-one-out scoring:
 * {"text": ..., "lang": ..., "story": ["YYYY-MM-DD", ...], "event": [...],
 * "event_texts": [...]} ("lang", "story", "event" and "event_texts"
 * optional; "event_texts" holds one text per "event" date, in order). Errors: TD_ERR_PARSE (not a
 * JSON object, or a malformed date), TD_ERR_INVALID (no "text"), TD_ERR_TOO_LARGE (over 64 story or
 * event dates, or a line over the record limit), TD_ERR_NOMEM; `out` is untouched on error.
 */
TD_NODISCARD enum td_err td_pubdate_estimate_json(const char *line, size_t len,
                                                  struct td_pubdate *out, struct td_error *err);

/* ---- Timelines ---- */

/* One article of a story as the timeline reads it; every pointer is borrowed. */
struct td_timeline_input {
    const char *id;    /* article id, not NULL */
    const char *title; /* may be NULL */
    const char *text;  /* body, `text_len` bytes of UTF-8, not NULL */
    size_t text_len;
    const char *date; /* publication date as given (ISO 8601), or NULL when undated */
    const char *lang; /* language code, or NULL for English */
    int64_t event;    /* its event (articles days apart), 0 when unknown; an undated
                         article is dated from its event's dated articles first */
};

/*
 * A person, organisation or place named in an event's sentence, found by
 * the entity recogniser (entity.h) and merged with its aliases across the
 * story ("West" and "Ye" appear as "Kanye West").
 */
struct td_timeline_entity {
    char *name;       /* owned; the story's canonical name */
    const char *type; /* static: "PER", "ORG" or "LOC" */
};

struct td_timeline_event {
    char date[32];                       /* TIMEX3 value: "2021-12-31", "2021-12" or "2021" */
    enum td_date_precision prec;         /* TD_DATE_DAY, TD_DATE_MONTH or TD_DATE_YEAR */
    char *text;                          /* owned; the first reporter's sentence, trimmed */
    size_t *articles;                    /* owned; indices into the input, ascending */
    size_t narticles;                    /* at least 1 */
    size_t first;                        /* index of the article that reported it first */
    struct td_timeline_entity *entities; /* owned, in order of appearance */
    size_t nentities;
};

struct td_timeline {
    struct td_timeline_event *events; /* owned, in date order; event ids are index + 1 */
    size_t n;
    char **ids;               /* owned copies of the input ids */
    struct td_pubdate *dates; /* per input article: given, estimated or unknown */
    size_t narticles;
};

/* Prepares an empty timeline; allocates nothing. */
void td_timeline_init(struct td_timeline *tl);
/* Frees everything `tl` holds and re-initialises it; NULL is a no-op. */
void td_timeline_release(struct td_timeline *tl);

/*
 * Builds the timeline of one story from its articles `in[0..n)` in arrival
 * order (ties in publication date go to the earlier one). Dated articles
 * are tagged against their date; undated ones get an estimated date first
 * (`td_pubdate_estimate_in()` with the dated articles of their event, by
 * `td_timeline_input.event`, and of the story) and their
 * day-of-year values ("New Year's Eve" as XXXX-12-31) are resolved to the
 * latest such day not after it. Vague and undated values (PRESENT_REF,
 * XXXX-XX-XX), durations, sets, weeks, seasons and quarters are skipped.
 * On success `*out` (initialised or released) holds the result.
 * Errors: TD_ERR_INVALID (NULL argument, article without id or text,
 * malformed given date), TD_ERR_TOO_LARGE (more than TD_TIMELINE_MAX_ARTICLES
 * articles, or a text over 16 MiB), TD_ERR_NOMEM; `*out` is untouched on
 * error.
 */
#define TD_TIMELINE_MAX_ARTICLES 5000
TD_NODISCARD enum td_err td_timeline_build(const struct td_timeline_input *in, size_t n,
                                           struct td_timeline *out, struct td_error *err);

/*
 * The events article `i` reported first, as 1-based event ids ascending:
 * writes up to `max` of them to `ids` and returns how many there are in all
 * (so 0 when none, and a count larger than `max` means more room is needed).
 */
size_t td_timeline_added(const struct td_timeline *tl, size_t i, int64_t *ids, size_t max);

/*
 * Renders `{"story":ID,"events":[{"id","date","precision","text","articles":[ids],
 * "first","entities":[{"name","type"}]}...]}` (no newline). `*out` is a heap
 * string freed with `td_timeline_string_free()`. Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_json_timeline(int64_t story, const struct td_timeline *tl, char **out);

/* Frees a string from `td_json_timeline()` or `td_timeline_eval_json()`; NULL is fine. */
void td_timeline_string_free(char *s);

/* ---- Evaluation against gold timelines (SemEval-2015 Task 4) ---- */

/* Running totals of a timeline evaluation. */
struct td_timeline_score {
    size_t gold;    /* gold entries with an anchored date (not XXXX-XX-XX) */
    size_t dated;   /* of those, entries our timeline dates at all */
    size_t correct; /* entries our timeline dates the same, to the gold precision */
};

/*
 * Scores one JSON Lines record `{"doc","dct","text","gold":[{"start","end",
 * "date"}...]}` (`len` bytes, no newline) and adds to `*score`: the record
 * is one article (dated `dct`); each gold entry is an event in the sentence
 * at byte offsets [start, end) of `text` with its gold date ("2005-01-18",
 * "2005-01-XX", "2005-XX-XX"; "XXXX-XX-XX" entries are not counted). The
 * event counts as correct when the article's timeline has an event whose
 * sentence overlaps that span and whose date agrees with the gold date at
 * the gold precision and has at least that precision. Errors: TD_ERR_PARSE
 * (not JSON, bad dct), TD_ERR_INVALID (missing field, span outside the text),
 * TD_ERR_TOO_LARGE, TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_timeline_eval_json(const char *line, size_t len,
                                               struct td_timeline_score *score,
                                               struct td_error *err);

/*
 * Reads such records from `in` until EOF and sums their scores into
 * `*score` (zeroed first). A record that cannot be scored is reported
 * through `on_reject` (may be NULL) with its 1-based line number and
 * counted in `*rejected_out` (may be NULL). Errors: TD_ERR_IO, TD_ERR_NOMEM.
 */
typedef void (*td_timeline_reject_fn)(void *ctx, size_t lineno, const char *msg);
TD_NODISCARD enum td_err td_timeline_eval_stream(FILE *in, struct td_timeline_score *score,
                                                 td_timeline_reject_fn on_reject, void *ctx,
                                                 size_t *rejected_out, struct td_error *err);

/*
 * Reads `td_pubdate_estimate_json()` records from `in` until EOF (blank
 * lines skipped) and calls `fn(ctx, p)` once per record in order: `p` is
 * the estimate (borrowed for the call), or NULL for a record that could not
 * be read, whose reason goes to `on_reject` (may be NULL) with its 1-based
 * line number. Errors: TD_ERR_IO, TD_ERR_NOMEM.
 */
typedef void (*td_pubdate_fn)(void *ctx, const struct td_pubdate *p);
TD_NODISCARD enum td_err td_pubdate_estimate_stream(FILE *in, td_pubdate_fn fn,
                                                    td_timeline_reject_fn on_reject, void *ctx,
                                                    struct td_error *err);

#endif
