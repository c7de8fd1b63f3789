/*
 * entities.c - the names in an event's sentence. Until the entity
 * recogniser (extract/, issue 4 "Entities") is merged, this is the
 * capitalisation rule that text/names.c uses for clustering, extended to
 * runs of words: consecutive capitalised words form one name ("Julia Fox",
 * "New York City"), a lone capitalised word counts where no sentence
 * starts, and calendar words ("January", "New Year's Eve") are not names.
 * The entities carry the type "NAME" since capitals alone cannot tell a
 * person from a place.
 */
#include <ctype.h>
#include <string.h>

#include "core/alloc.h"
#include "text/text.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

/* Capitalised words that belong to dates, and the names of dates, not to entities. */
static const char *const calendar_words[] = {
    "January", "February", "March",   "April",    "May",      "June",   "July",
    "August",  "September", "October", "November", "December", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",  "Year",   "Years",
    "Eve",     "Day",      "Christmas", "Easter",
};

static bool is_calendar(const char *w, size_t n)
{
    size_t i;

    for (i = 0; i < sizeof(calendar_words) / sizeof(calendar_words[0]); i++)
        if (strlen(calendar_words[i]) == n && memcmp(calendar_words[i], w, n) == 0)
            return true;
    return false;
}

/* Letters, digits, and any non-ASCII byte except curly quotes (E2 80 98..9F). */
static bool name_byte(const char *p, const char *end)
{
    unsigned char c = (unsigned char)*p;

    if (c == 0xE2 && end - p >= 3 && (unsigned char)p[1] == 0x80 &&
        (unsigned char)p[2] >= 0x98 && (unsigned char)p[2] <= 0x9F)
        return false;
    return isalnum(c) || c >= 0x80 || c == '-';
}

/* Adds `name[0..n)` unless the event already has it. */
static enum td_err add_entity(struct td_timeline_event *ev, size_t *cap, const char *name,
                              size_t n)
{
    size_t i;
    char *copy;

    for (i = 0; i < ev->nentities; i++)
        if (strlen(ev->entities[i].name) == n && memcmp(ev->entities[i].name, name, n) == 0)
            return TD_OK;
    if (td_grow((void **)&ev->entities, cap, ev->nentities + 1, sizeof(*ev->entities)) != TD_OK)
        return TD_ERR_NOMEM;
    if ((copy = td_strndup(name, n)) == NULL)
        return TD_ERR_NOMEM;
    ev->entities[ev->nentities].name = copy;
    ev->entities[ev->nentities].type = "NAME";
    ev->nentities++;
    return TD_OK;
}

/* Scanner over one sentence: the current run of capitalised words. */
struct run {
    const char *start, *end; /* the run so far; start NULL when none */
    size_t words;
    bool at_sentence_start;  /* the run opened the sentence */
};

/* Ends the current run, keeping it when it can be a name. */
static enum td_err close_run(struct td_timeline_event *ev, size_t *cap, struct run *r,
                             const char *lang, bool drop)
{
    enum td_err rc = TD_OK;
    size_t n = r->start != NULL ? (size_t)(r->end - r->start) : 0;
    char low[64];
    size_t i;

    if (r->start != NULL && !drop && (r->words > 1 || !r->at_sentence_start) && n >= 2 &&
        n < sizeof(low)) {
        for (i = 0; i < n; i++)
            low[i] = (char)tolower((unsigned char)r->start[i]);
        if (r->words > 1 || (!text_is_stopword(lang, low, n) && !text_is_stopword("en", low, n)))
            rc = add_entity(ev, cap, r->start, n);
    }
    r->start = NULL;
    r->words = 0;
    return rc;
}

enum td_err entities_fill(struct td_timeline_event *ev, const char *lang)
{
    const char *p = ev->text, *e = p + strlen(p), *w;
    size_t cap = 0;
    struct run r = {NULL, NULL, 0, false};
    bool first = true, cap_word;

    lang = lang != NULL && lang[0] != '\0' ? lang : "en";
    while (p < e) {
        if (!name_byte(p, e)) {
            /* Space continues a run; other punctuation ends it. */
            if (*p != ' ' && close_run(ev, &cap, &r, lang, false) != TD_OK)
                return TD_ERR_NOMEM;
            p++;
            continue;
        }
        for (w = p; p < e && name_byte(p, e); p++)
            ;
        cap_word = isupper((unsigned char)*w) != 0;
        if (cap_word && is_calendar(w, (size_t)(p - w))) {
            if (close_run(ev, &cap, &r, lang, true) != TD_OK)
                return TD_ERR_NOMEM;
        } else if (cap_word) {
            if (r.start == NULL) {
                r.start = w;
                r.at_sentence_start = first;
            }
            r.end = p;
            r.words++;
        } else if (close_run(ev, &cap, &r, lang, false) != TD_OK) {
            return TD_ERR_NOMEM;
        }
        first = false;
    }
    return close_run(ev, &cap, &r, lang, false);
}
