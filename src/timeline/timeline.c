/*
 * timeline.c - `td_timeline_build()`: publication dates for every article
 * (given, or estimated for the undated from their text and the story),
 * then the dated mentions of each article, then group.c makes events of
 * them. Each article's text is tagged once.
 */
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "core/limits.h"
#include "core/time.h"
#include "text/text.h"
#include "timeline/timeline.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

void td_timeline_init(struct td_timeline *tl)
{
    memset(tl, 0, sizeof(*tl));
}

void td_timeline_release(struct td_timeline *tl)
{
    size_t i, j;

    if (tl == NULL)
        return;
    for (i = 0; i < tl->n; i++) {
        td_free(tl->events[i].text);
        td_free(tl->events[i].articles);
        for (j = 0; j < tl->events[i].nentities; j++)
            td_free(tl->events[i].entities[j].name);
        td_free(tl->events[i].entities);
    }
    td_free(tl->events);
    for (i = 0; tl->ids != NULL && i < tl->narticles; i++)
        td_free(tl->ids[i]);
    td_free(tl->ids);
    td_free(tl->dates);
    td_timeline_init(tl);
}

/* Reads a given publication date into `out` (precision at most a day). */
static enum td_err given_date(const char *date, struct td_pubdate *out, struct td_error *err)
{
    int64_t t;
    enum time_precision p;
    enum td_err rc = time_parse_iso8601(date, strlen(date), &t, &p, err);
    size_t keep;

    if (rc != TD_OK)
        return rc;
    time_format_date(t, out->date, sizeof(out->date));
    keep = p == TIME_PREC_YEAR ? 4 : p == TIME_PREC_MONTH ? 7 : 10;
    out->date[keep] = '\0';
    out->prec = p == TIME_PREC_YEAR    ? TD_DATE_YEAR
                : p == TIME_PREC_MONTH ? TD_DATE_MONTH
                                       : TD_DATE_DAY;
    out->source = TD_DATE_SOURCE_GIVEN;
    return TD_OK;
}

static enum td_err check_inputs(const struct td_timeline_input *in, size_t n,
                                const struct td_timeline *out, struct td_error *err)
{
    size_t i;

    if ((in == NULL && n > 0) || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no articles or no timeline");
    if (n > TD_TIMELINE_MAX_ARTICLES)
        return td_error_set(err, TD_ERR_TOO_LARGE,
                            "story of %zu articles is over the timeline "
                            "limit of %d",
                            n, TD_TIMELINE_MAX_ARTICLES);
    for (i = 0; i < n; i++) {
        if (in[i].id == NULL || in[i].text == NULL)
            return td_error_set(err, TD_ERR_INVALID, "article %zu has no id or text", i + 1);
        if (in[i].text_len > TD_MAX_TEXT_FILE_BYTES)
            return td_error_set(err, TD_ERR_TOO_LARGE, "article '%s' is over the text limit",
                                in[i].id);
    }
    return TD_OK;
}

/* Allocates the per-article arrays and reads the given dates; collects their days. */
static enum td_err prepare(struct td_timeline *tl, const struct td_timeline_input *in, size_t n,
                           int64_t *days, size_t *ndays, struct td_error *err)
{
    struct tl_date d;
    size_t i;
    enum td_err rc;

    tl->narticles = n;
    tl->ids = td_calloc(n + 1, sizeof(*tl->ids));
    tl->dates = td_calloc(n + 1, sizeof(*tl->dates));
    if (tl->ids == NULL || tl->dates == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    for (i = 0; i < n; i++) {
        if ((tl->ids[i] = td_strdup(in[i].id)) == NULL)
            return td_error_set(err, TD_ERR_NOMEM, "out of memory");
        if (in[i].date == NULL)
            continue;
        rc = given_date(in[i].date, &tl->dates[i], err);
        if (rc != TD_OK)
            return td_error_set(err, TD_ERR_INVALID, "article '%s' has a malformed date '%s'",
                                in[i].id, in[i].date);
        if (tl_date_parse(tl->dates[i].date, &d))
            days[(*ndays)++] = d.first_day;
    }
    return TD_OK;
}

/*
 * Writes into `out` the days of the dated articles in the event of article
 * `i` (none when its event is unknown), and their texts into `texts` in the
 * same order, and returns how many.
 */
static size_t event_days(const struct td_timeline *tl, const struct td_timeline_input *in, size_t i,
                         int64_t *out, struct td_pubdate_text *texts)
{
    struct tl_date d;
    size_t j, n = 0;

    if (in[i].event == 0)
        return 0;
    for (j = 0; j < tl->narticles; j++)
        if (j != i && in[j].event == in[i].event && tl->dates[j].source == TD_DATE_SOURCE_GIVEN &&
            tl_date_parse(tl->dates[j].date, &d)) {
            texts[n].text = in[j].text;
            texts[n].len = in[j].text_len;
            out[n++] = d.first_day;
        }
    return n;
}

/*
 * The day the text of an article with the given date `date` counts from:
 * its writer's own, the date as written before any time and offset
 * ("2027-07-11T19:00:00-05:00" is the 11th in Lima, where the live blog's
 * "22:35" and "23:52" fall, though the 12th in UTC). Copied into `out` (11
 * bytes); `utc` (the UTC day) when `date` does not open with a day.
 */
static const char *local_day(const char *date, const char *utc, char *out)
{
    struct tl_date d;

    if (date == NULL || strlen(date) < 10)
        return utc;
    memcpy(out, date, 10);
    out[10] = '\0';
    return tl_date_parse(out, &d) && d.prec == TD_DATE_DAY ? out : utc;
}

/* Tags article `i` (estimating its date first when undated) and collects its mentions. */
static enum td_err tag_article(struct td_timeline *tl, const struct td_timeline_input *in, size_t i,
                               int64_t *days, size_t ndays, struct td_pubdate_text *texts,
                               struct td_timex_list *tx, struct tl_mention_list *ml,
                               struct text_analyzer *a, struct td_error *err)
{
    struct td_pubdate *pub = &tl->dates[i];
    struct td_pubdate_context ctx = TD_PUBDATE_CONTEXT_INIT;
    char local[11];
    enum td_err rc;

    rc = td_timex_find(in[i].text, in[i].text_len,
                       pub->source == TD_DATE_SOURCE_GIVEN ? local_day(in[i].date, pub->date, local)
                                                           : NULL,
                       in[i].lang, tx, err);
    if (rc != TD_OK)
        return rc;
    ctx.story_days = days;
    ctx.nstory = ndays;
    /* `days` has room for n more: the scratch for the days of this article's event. */
    ctx.event_days = days + tl->narticles + 1;
    if (pub->source == TD_DATE_SOURCE_NONE)
        ctx.nevent = event_days(tl, in, i, days + tl->narticles + 1, texts);
    ctx.event_texts = texts;
    if (pub->source == TD_DATE_SOURCE_NONE)
        pubdate_from_timexes(in[i].text, in[i].text_len, in[i].lang, tx, &ctx, pub);
    if (mention_collect(ml, i, &in[i], tx, pub, a) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    return TD_OK;
}

/* Whether the story is written in more than one language (NULL is English). */
static bool several_languages(const struct td_timeline_input *in, size_t n)
{
    size_t i;

    for (i = 1; i < n; i++)
        if (strcmp(tl_lang(&in[i]), tl_lang(&in[0])) != 0)
            return true;
    return false;
}

/*
 * The analyzer for the keys that compare sentences across languages, only
 * wanted when the story has several; NULL (and TD_OK) also when ICU cannot
 * start, which leaves such sentences to their words. Chinese names stay
 * without keys: opening ICU's Han-Latin transliterator cost ~0.3 s a
 * timeline and joined nothing more on data/dev/news3.jsonl.
 */
static enum td_err xkey_analyzer(const struct td_timeline_input *in, size_t n,
                                 struct text_analyzer **a, struct td_error *err)
{
    enum td_err rc;

    *a = NULL;
    if (!several_languages(in, n))
        return TD_OK;
    rc = text_analyzer_new(a, NULL);
    if (rc == TD_ERR_NOMEM)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc != TD_OK)
        *a = NULL;
    return TD_OK;
}

/*
 * Dated articles are read first (`prepare`) so that every undated one can be
 * estimated against all of the story's dates, whatever the arrival order.
 */
enum td_err timeline_build(const struct td_timeline_input *in, size_t n, bool with_entities,
                           struct td_timeline *out, struct td_error *err)
{
    struct td_timeline tl;
    struct tl_mention_list ml = {NULL, 0, 0};
    struct td_timex_list tx;
    struct tl_entities ents;
    struct text_analyzer *a = NULL;
    int64_t *days = NULL;
    struct td_pubdate_text *texts = NULL;
    size_t ndays = 0, i;
    enum td_err rc = check_inputs(in, n, out, err);

    if (rc != TD_OK)
        return rc;
    td_timeline_init(&tl);
    td_timex_list_init(&tx);
    entities_init(&ents);
    days = td_malloc((2 * n + 2) * sizeof(*days));
    texts = td_malloc((n + 1) * sizeof(*texts));
    if (days == NULL || texts == NULL) {
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
        goto out;
    }
    rc = prepare(&tl, in, n, days, &ndays, err);
    if (rc == TD_OK)
        rc = xkey_analyzer(in, n, &a, err);
    for (i = 0; rc == TD_OK && i < n; i++)
        rc = tag_article(&tl, in, i, days, ndays, texts, &tx, &ml, a, err);
    /* Entities only matter for events; a story without any skips the tagger. */
    if (rc == TD_OK && ml.n > 0 && with_entities)
        rc = entities_build(&ents, in, n, err);
    if (rc == TD_OK && ml.n > 0 && with_entities && entities_protagonists(&ents, &ml) != TD_OK)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc == TD_OK && offstory_mark(&ml, in, n) != TD_OK)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc == TD_OK)
        xkeys_keep_named(&ml);
    if (rc == TD_OK && group_events(&tl, &ml, in, &ents) != TD_OK)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
out:
    text_analyzer_free(a);
    entities_release(&ents);
    td_free(days);
    td_free(texts);
    td_timex_list_release(&tx);
    mention_list_release(&ml);
    if (rc != TD_OK) {
        td_timeline_release(&tl);
        return rc;
    }
    *out = tl;
    return TD_OK;
}

/* A scan over the events: stories have tens of events, and callers ask once per article. */
enum td_err td_timeline_build(const struct td_timeline_input *in, size_t n, struct td_timeline *out,
                              struct td_error *err)
{
    return timeline_build(in, n, true, out, err);
}

size_t td_timeline_added(const struct td_timeline *tl, size_t i, int64_t *ids, size_t max)
{
    size_t e, n = 0;

    for (e = 0; e < tl->n; e++) {
        if (tl->events[e].first != i)
            continue;
        if (n < max)
            ids[n] = (int64_t)e + 1;
        n++;
    }
    return n;
}
