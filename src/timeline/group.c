/*
 * group.c - mentions into events. Mentions are visited in publication
 * order (earliest article first), so the first mention of an event written
 * on or after its day is its first report (one written before announced
 * it, and leads only while no report follows). A mention joins an event with the same date when
 * their sentences share enough words: a shared name weighs 2, another
 * content word 1, and words that run through much of the story (the names
 * every article repeats) count half, since they tell nothing about which
 * happening a sentence is about. Then an event dated only to a month or a
 * year folds into a finer event inside that span when they share enough
 * words ("the fire in March" and "the fire late on Monday, March 4" are one
 * happening), keeping the finer date and its earlier reporter.
 */
#include <stdint.h>
#include <string.h>

#include "core/alloc.h"
#include "core/map64.h"
#include "core/sort.h"
#include "core/time.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

/* Shared-word weight a mention needs to join an event of day, or coarser, precision. */
#define JOIN_DAY 2.0
#define JOIN_COARSE 2.5
/*
 * The weight of words that are no names a mention needs to join a day event
 * that already holds another sentence of its article: a report tells its
 * day's happening in several sentences, and a story-wide name alone does
 * not tie a second happening of that day to it ("a storm also tore the roof
 * off the ferry office at Marrowby harbour").
 */
#define JOIN_SAME_ARTICLE 1.0
/* Shared-word weight a month or year event needs to fold into a finer event inside it. */
#define FOLD_NEED 2.5
/*
 * What a day event needs to fold into an event of the day before or after
 * that lacks one of its languages: two names or numbers' worth in all, one
 * of them no name (a number, a word spelled alike).
 */
#define NEXT_DAY_NEED 4.0
#define NEXT_DAY_PLAIN 2.0
/* The weight of a number shared across languages (a count, an age, an amount). */
#define NUMBER_WEIGHT 2.0
/* A word in more than 1 in COMMON_SHARE of the story's mentions is common (from 4 mentions on). */
#define COMMON_SHARE 4

/* An event being assembled. */
struct work {
    size_t first;    /* index of its first mention */
    uint64_t *words; /* owned; sorted union of its mentions' words */
    size_t nwords;
    uint64_t *xkeys; /* owned; sorted union of its mentions' cross-language keys */
    size_t nxkeys;
    uint64_t langs; /* language slots of its mentions, one bit each */
    size_t *arts;   /* owned; article indices, ascending, unique */
    size_t narts;
    size_t order;     /* creation order, the last tie-breaker */
    size_t lead;      /* the mention the event shows: the first published on or after its day */
    size_t first_art; /* the article that reported it first: `lead`'s unless folded */
    uint32_t next;    /* 1 + index of the previous event with the same date, 0 for none */
    size_t nmentions; /* mentions placed in it (folds not counted) */
    bool dead;        /* folded into a finer event */
    bool background;  /* only background mentions: kept only when folded into another */
};

struct grouping {
    const struct tl_mention_list *ml;
    const struct td_timeline *tl;
    uint64_t *common; /* owned; sorted keys of common words */
    size_t ncommon;
    struct work *ev; /* owned */
    size_t nev, cap;
    struct td_map64 by_date; /* date hash -> 1 + index of its latest event */
    size_t *at;              /* owned; the event each mention was placed in, by mention */
};

static uint64_t key(uint64_t w)
{
    return w & ~TL_NAME_BIT;
}

static bool is_common(const struct grouping *g, uint64_t w)
{
    size_t lo = 0, hi = g->ncommon, mid;

    while (lo < hi) {
        mid = lo + (hi - lo) / 2;
        if (g->common[mid] < key(w))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < g->ncommon && g->common[lo] == key(w);
}

/* Finds the words that appear in more than a quarter of the mentions. */
static enum td_err find_common(struct grouping *g)
{
    const struct tl_mention_list *ml = g->ml;
    uint64_t *all = NULL;
    size_t n = 0, cap = 0, i, j, run;

    if (ml->n < COMMON_SHARE)
        return TD_OK;
    for (i = 0; i < ml->n; i++) {
        if (td_grow((void **)&all, &cap, n + ml->items[i].nwords + ml->items[i].nxkeys + 1,
                    sizeof(*all)) != TD_OK) {
            td_free(all);
            return TD_ERR_NOMEM;
        }
        for (j = 0; j < ml->items[i].nwords; j++)
            all[n++] = key(ml->items[i].words[j]);
        for (j = 0; j < ml->items[i].nxkeys; j++)
            all[n++] = key(ml->items[i].xkeys[j]);
    }
    TD_SHELL_SORT(uint64_t, all, n, b < a); /* ascending: see core/sort.h */
    for (i = 0; i < n; i += run) {
        for (run = 1; i + run < n && all[i + run] == all[i]; run++)
            ;
        if (run * COMMON_SHARE > ml->n)
            all[g->ncommon++] = all[i]; /* in place: ncommon <= i */
    }
    g->common = all;
    return TD_OK;
}

/*
 * The weight of the words `a` and `b` (both sorted) share; `*plain` (when
 * not NULL) gets the part of it from words that are no names.
 */
static double shared_weight(const struct grouping *g, const uint64_t *a, size_t na,
                            const uint64_t *b, size_t nb, double *plain)
{
    size_t i = 0, j = 0;
    double sum = 0, w, words = 0;

    while (i < na && j < nb) {
        if (key(a[i]) < key(b[j])) {
            i++;
        } else if (key(a[i]) > key(b[j])) {
            j++;
        } else {
            w = ((a[i] | b[j]) & TL_NAME_BIT) ? 2.0
                : (a[i] & TL_PART_BIT)        ? 0.5
                : (a[i] & TL_NUMBER_BIT)      ? NUMBER_WEIGHT
                                              : 1.0;
            w = is_common(g, a[i]) ? w / 2 : w;
            sum += w;
            words += ((a[i] | b[j]) & TL_NAME_BIT) ? 0 : w;
            i++;
            j++;
        }
    }
    if (plain != NULL)
        *plain = words;
    return sum;
}

/* Merges the sorted `add` into the sorted set `*set` of `*n` keys. */
static enum td_err union_keys(uint64_t **set, size_t *n, const uint64_t *add, size_t nadd)
{
    uint64_t *out, *in = *set;
    size_t i = 0, j = 0, k = 0;

    if (nadd == 0)
        return TD_OK;
    if ((out = td_malloc((*n + nadd + 1) * sizeof(*out))) == NULL)
        return TD_ERR_NOMEM;
    while (i < *n || j < nadd) {
        if (j >= nadd || (i < *n && key(in[i]) < key(add[j])))
            out[k++] = in[i++];
        else if (i >= *n || key(add[j]) < key(in[i]))
            out[k++] = add[j++];
        else
            out[k++] = in[i++] | add[j++];
    }
    td_free(in);
    *set = out;
    *n = k;
    return TD_OK;
}

/* Adds a mention's or another event's words, keys and languages to event `w`. */
static enum td_err union_into(struct work *w, const uint64_t *words, size_t nwords,
                              const uint64_t *xkeys, size_t nxkeys, uint64_t langs)
{
    if (union_keys(&w->words, &w->nwords, words, nwords) != TD_OK ||
        union_keys(&w->xkeys, &w->nxkeys, xkeys, nxkeys) != TD_OK)
        return TD_ERR_NOMEM;
    w->langs |= langs;
    return TD_OK;
}

/*
 * The weight event `w` shares with the words `words` and keys `xkeys` of
 * languages `langs`; `*plain` gets the part that is not names. Sentences of
 * a language in common are compared by their words. Otherwise also by the
 * words that are no names (spelled alike in both) plus the keys, which
 * stand for names and numbers across languages, whichever weighs more: a
 * name spelled alike counts once either way, and a sentence-initial name,
 * which has no key, still counts as a word.
 */
static double match_weight(const struct grouping *g, const struct work *w, const uint64_t *words,
                           size_t nwords, const uint64_t *xkeys, size_t nxkeys, uint64_t langs,
                           double *plain)
{
    double sw, pw, sx, px;

    sw = shared_weight(g, w->words, w->nwords, words, nwords, &pw);
    if ((w->langs & langs) != 0 || w->langs == 0 || langs == 0) {
        *plain = pw;
        return sw;
    }
    sx = shared_weight(g, w->xkeys, w->nxkeys, xkeys, nxkeys, &px);
    if (pw + sx <= sw) {
        *plain = pw;
        return sw;
    }
    *plain = pw + px;
    return pw + sx;
}

/*
 * The weight events `f` and `c` share by the words that are no names plus
 * the keys (names and numbers across languages), or by words alone when
 * that weighs more, whatever languages they share; `*plain` as for
 * `match_weight`.
 */
static double keys_weight(const struct grouping *g, const struct work *f, const struct work *c,
                          double *plain)
{
    double sw, pw, sx, px;

    sw = shared_weight(g, f->words, f->nwords, c->words, c->nwords, &pw);
    sx = shared_weight(g, f->xkeys, f->nxkeys, c->xkeys, c->nxkeys, &px);
    *plain = pw + sx > sw ? pw + px : pw;
    return pw + sx > sw ? pw + sx : sw;
}

static enum td_err add_art(struct work *w, size_t art)
{
    size_t i, cap = w->narts;

    for (i = 0; i < w->narts; i++)
        if (w->arts[i] == art)
            return TD_OK;
    if (td_grow((void **)&w->arts, &cap, w->narts + 1, sizeof(*w->arts)) != TD_OK)
        return TD_ERR_NOMEM;
    for (i = w->narts; i > 0 && w->arts[i - 1] > art; i--)
        w->arts[i] = w->arts[i - 1];
    w->arts[i] = art;
    w->narts++;
    return TD_OK;
}

/* A non-zero hash of a date value and precision, the key of `by_date`. */
static uint64_t date_key(const struct tl_date *d)
{
    return tl_fnv1a(TL_FNV_BASIS ^ (uint64_t)d->prec, d->value, strlen(d->value)) | 1;
}

/*
 * Publication order of article `a` in half days: the first day of a given
 * date, the last day of an estimated one and after any given on that day
 * (an estimate of "2022-01", or of the day 2022-01-07, does not make an
 * article first over one dated 2022-01-07), unknown dates last.
 */
static int64_t pub_day(const struct td_timeline *tl, size_t a)
{
    struct tl_date d;

    if (tl->dates[a].source == TD_DATE_SOURCE_NONE || !tl_date_parse(tl->dates[a].date, &d))
        return INT64_MAX;
    return tl->dates[a].source == TD_DATE_SOURCE_ESTIMATED ? 2 * d.last_day + 1 : 2 * d.first_day;
}

/* Whether article `a` comes before `b` in the visit order (publication, then input). */
static bool published_before(const struct td_timeline *tl, size_t a, size_t b)
{
    return pub_day(tl, a) < pub_day(tl, b) || (pub_day(tl, a) == pub_day(tl, b) && a < b);
}

/* Whether article `a` was published on or after `day` (days since 1970-01-01). */
static bool reported_on(const struct td_timeline *tl, size_t a, int64_t day)
{
    return pub_day(tl, a) >= 2 * day;
}

/* Opens a new event for mention `mi`, linked to the others of its date. */
static enum td_err open_event(struct grouping *g, size_t mi, size_t *pick)
{
    uint32_t *head;
    bool added;

    if (g->nev >= UINT32_MAX - 1 ||
        td_grow((void **)&g->ev, &g->cap, g->nev + 1, sizeof(*g->ev)) != TD_OK ||
        map64_upsert(&g->by_date, date_key(&g->ml->items[mi].date), 0, &head, &added) != TD_OK)
        return TD_ERR_NOMEM;
    *pick = g->nev;
    memset(&g->ev[*pick], 0, sizeof(g->ev[*pick]));
    g->ev[*pick].first = mi;
    g->ev[*pick].lead = mi;
    g->ev[*pick].first_art = g->ml->items[mi].art;
    g->ev[*pick].order = g->nev;
    g->ev[*pick].next = *head;
    *head = (uint32_t)(++g->nev);
    return TD_OK;
}

/* Whether event `w` already holds article `art`. */
static bool has_art(const struct work *w, size_t art)
{
    size_t i;

    for (i = 0; i < w->narts; i++)
        if (w->arts[i] == art)
            return true;
    return false;
}

/* Whether mentions `a` and `b` have the same content words, three or more. */
static bool same_words(const struct tl_mention *a, const struct tl_mention *b)
{
    return a->nwords >= 3 && a->nwords == b->nwords &&
           memcmp(a->words, b->words, a->nwords * sizeof(*a->words)) == 0;
}

/*
 * The event dated `date` that mention `mi` matches best with weight `need`
 * or more (or, for a day event holding its article, JOIN_SAME_ARTICLE of
 * words that are no names), the earliest made on a tie; SIZE_MAX for none. Only the events
 * of that date are visited, through `by_date`.
 */
static size_t best_event(const struct grouping *g, size_t mi, const struct tl_date *date,
                         double need)
{
    const struct tl_mention *m = &g->ml->items[mi];
    const uint32_t *head = map64_get(&g->by_date, date_key(date));
    size_t i, pick = SIZE_MAX;
    double best = 0, s, plain;

    for (i = head != NULL ? *head : 0; i > 0; i = g->ev[i - 1].next) {
        const struct tl_mention *f = &g->ml->items[g->ev[i - 1].first];
        if (!tl_date_same(&f->date, date))
            continue; /* a hash collision */
        /* A sentence that names its day twice ("on March 5 at 10 a.m.") tells one happening. */
        if (f->art == m->art && f->start == m->start)
            return i - 1;
        /* So does a sentence copied word for word into another report. */
        if (same_words(f, m))
            return i - 1;
        s = match_weight(g, &g->ev[i - 1], m->words, m->nwords, m->xkeys, m->nxkeys,
                         (uint64_t)1 << m->lang, &plain);
        if ((s >= need || (date->prec == TD_DATE_DAY && plain >= JOIN_SAME_ARTICLE &&
                           has_art(&g->ev[i - 1], m->art))) &&
            (s > best || (s == best && i - 1 < pick))) {
            best = s;
            pick = i - 1;
        }
    }
    return pick;
}

/*
 * The event of the day before that a publication mention `mi` (an article
 * that names no day near its own and so stands for what it reports) tells:
 * a report written the day after the happening ("a mis au jour", no day
 * named, published the morning after). SIZE_MAX for none.
 */
static size_t day_before_event(const struct grouping *g, size_t mi)
{
    const struct tl_mention *m = &g->ml->items[mi];
    struct tl_date prev;
    int64_t y;
    int mo, d;

    if (!m->is_publication || m->date.prec != TD_DATE_DAY)
        return SIZE_MAX;
    time_civil_from_days(m->date.first_day - 1, &y, &mo, &d);
    if (!tl_date_set(&prev, y, mo, d, TD_DATE_DAY))
        return SIZE_MAX;
    return best_event(g, mi, &prev, JOIN_DAY);
}

/*
 * Whether mention `mi` is a later day of a sentence that dated a day next
 * to it before ("15일 밤 ... 16일 이렇게 말했다": landed on the night of the
 * 15th, said so on the 16th; "11日（日本時間12日未明）": the 11th abroad is
 * the 12th at home). Such a sentence tells one happening, by its first
 * day: the other joins a matching event of its own day but opens none. A
 * day further off is a happening of its own ("filed a lawsuit on Monday
 * over the wildfire last August"). Mentions of one article are listed in
 * text order, so a sentence's dates are neighbours.
 */
static bool later_next_day(const struct tl_mention_list *ml, size_t mi)
{
    const struct tl_mention *m = &ml->items[mi], *o;
    size_t k;

    if (m->date.prec != TD_DATE_DAY)
        return false;
    for (k = mi; k > 0 && ml->items[k - 1].art == m->art && ml->items[k - 1].start == m->start;
         k--) {
        o = &ml->items[k - 1];
        if (o->date.prec == TD_DATE_DAY && (o->date.first_day == m->date.first_day + 1 ||
                                            o->date.first_day + 1 == m->date.first_day))
            return true;
    }
    return false;
}

/*
 * The event of the next day that mention `mi` tells when its sentence
 * names that day after its own: a night across two days ("17日晚至18日凌晨",
 * from the evening of the 17th to the small hours of the 18th; "dans la
 * nuit de samedi à dimanche") is one happening, which the other reports
 * may date by its end. SIZE_MAX for none, or when the sentence names no
 * next day.
 */
static size_t night_end_event(const struct grouping *g, size_t mi)
{
    const struct tl_mention_list *ml = g->ml;
    const struct tl_mention *m = &ml->items[mi], *o;
    size_t k;

    if (m->date.prec != TD_DATE_DAY)
        return SIZE_MAX;
    for (k = mi + 1; k < ml->n && ml->items[k].art == m->art && ml->items[k].start == m->start;
         k++) {
        o = &ml->items[k];
        if (o->date.prec == TD_DATE_DAY && o->date.first_day == m->date.first_day + 1)
            return best_event(g, mi, &o->date, JOIN_DAY);
    }
    return SIZE_MAX;
}

/* Puts mention `mi` into the best matching event of its date, or opens a new one. */
static enum td_err place(struct grouping *g, size_t mi)
{
    const struct tl_mention *m = &g->ml->items[mi];
    size_t pick = best_event(g, mi, &m->date, m->date.prec == TD_DATE_DAY ? JOIN_DAY : JOIN_COARSE);
    struct work *w;

    if (pick == SIZE_MAX)
        pick = day_before_event(g, mi);
    if (pick == SIZE_MAX)
        pick = night_end_event(g, mi);
    if (pick == SIZE_MAX && open_event(g, mi, &pick) != TD_OK)
        return TD_ERR_NOMEM;
    w = &g->ev[pick];
    g->at[mi] = pick;
    w->nmentions++;
    w->background =
        (w->narts == 0 || w->background) && (m->is_background || later_next_day(g->ml, mi));
    /*
     * An article written before the day (a vote announced, a flyby due) did
     * not report the happening: the first that wrote on or after it leads.
     */
    if (!reported_on(g->tl, g->ml->items[w->lead].art, g->ml->items[w->first].date.first_day) &&
        reported_on(g->tl, m->art, g->ml->items[w->first].date.first_day)) {
        w->lead = mi;
        w->first_art = m->art;
    }
    if (union_into(w, m->words, m->nwords, m->xkeys, m->nxkeys, (uint64_t)1 << m->lang) != TD_OK)
        return TD_ERR_NOMEM;
    return add_art(w, m->art);
}

/* Mention indices in publication order of their articles, then text order. */
static size_t *visit_order(const struct td_timeline *tl, const struct tl_mention_list *ml)
{
    size_t *ord = td_malloc((ml->n + 1) * sizeof(*ord)), i;
    int64_t *day = td_malloc((tl->narticles + 1) * sizeof(*day));

    if (ord == NULL || day == NULL) {
        td_free(ord);
        td_free(day);
        return NULL;
    }
    for (i = 0; i < tl->narticles; i++)
        day[i] = pub_day(tl, i);
    for (i = 0; i < ml->n; i++)
        ord[i] = i;
    TD_SHELL_SORT(size_t, ord, ml->n,
                  day[ml->items[b].art] < day[ml->items[a].art] ||
                      (day[ml->items[b].art] == day[ml->items[a].art] && b < a));
    td_free(day);
    return ord;
}

/* The first day of event `e`'s date. */
static int64_t ev_day(const struct grouping *g, size_t e)
{
    return g->ml->items[g->ev[e].first].date.first_day;
}

/* Indices of the live events finer than `prec`, by first day (owned by the caller). */
static size_t *finer_events(const struct grouping *g, enum td_date_precision prec, size_t *n)
{
    size_t *out = td_malloc((g->nev + 1) * sizeof(*out)), e;

    *n = 0;
    if (out == NULL)
        return NULL;
    for (e = 0; e < g->nev; e++)
        if (!g->ev[e].dead && g->ml->items[g->ev[e].first].date.prec > prec)
            out[(*n)++] = e;
    TD_SHELL_SORT(size_t, out, *n,
                  ev_day(g, b) < ev_day(g, a) || (ev_day(g, b) == ev_day(g, a) && b < a));
    return out;
}

/*
 * The finer event inside coarse event `c`'s span that shares the most
 * weight with it, at least FOLD_NEED and some of it from words that are no
 * names (a speaker quoted on two happenings is no evidence they are one),
 * the earliest made on a tie; SIZE_MAX for none.
 */
static size_t fold_target(const struct grouping *g, size_t c, const size_t *fine, size_t nfine)
{
    const struct tl_date *cd = &g->ml->items[g->ev[c].first].date;
    const struct work *w = &g->ev[c];
    size_t lo = 0, hi = nfine, mid, pick = SIZE_MAX;
    double best = 0, s, plain;

    while (lo < hi) {
        mid = lo + (hi - lo) / 2;
        if (ev_day(g, fine[mid]) < cd->first_day)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < nfine && ev_day(g, fine[lo]) <= cd->last_day; lo++) {
        s = match_weight(g, &g->ev[fine[lo]], w->words, w->nwords, w->xkeys, w->nxkeys, w->langs,
                         &plain);
        if (s >= FOLD_NEED && plain > 0 && (s > best || (s == best && fine[lo] < pick))) {
            best = s;
            pick = fine[lo];
        }
    }
    return pick;
}

/*
 * Folds event `c` into `f`: its words and articles. One of its articles
 * becomes `f`'s first reporter when published earlier, but not before `f`'s
 * day (an article that said the flyby was due in June did not report it).
 */
static enum td_err fold_into(const struct grouping *g, struct work *f, struct work *c)
{
    int64_t day = g->ml->items[f->first].date.first_day;
    size_t i;

    if (union_into(f, c->words, c->nwords, c->xkeys, c->nxkeys, c->langs) != TD_OK)
        return TD_ERR_NOMEM;
    for (i = 0; i < c->narts; i++)
        if (add_art(f, c->arts[i]) != TD_OK)
            return TD_ERR_NOMEM;
    f->background = f->background && c->background;
    for (i = 0; i < c->narts; i++)
        if (reported_on(g->tl, c->arts[i], day) &&
            (!reported_on(g->tl, f->first_art, day) ||
             published_before(g->tl, c->arts[i], f->first_art)))
            f->first_art = c->arts[i];
    c->dead = true;
    return TD_OK;
}

/*
 * Whether day event `f` should take in day event `c` of the day next to
 * it: it has more articles, or as many and the earlier day.
 */
static bool takes_in(const struct grouping *g, size_t f, size_t c)
{
    return g->ev[f].narts > g->ev[c].narts ||
           (g->ev[f].narts == g->ev[c].narts && ev_day(g, f) < ev_day(g, c));
}

/*
 * The live event of the day `day` (days since 1970-01-01) that takes in
 * day event `c` (`takes_in`), lacks a language of it and matches it by
 * words and keys (`keys_weight`) with NEXT_DAY_NEED, NEXT_DAY_PLAIN of it
 * no names; the best, SIZE_MAX for none.
 */
static size_t next_day_target(const struct grouping *g, size_t c, int64_t day)
{
    const struct work *w = &g->ev[c];
    const uint32_t *head;
    struct tl_date d;
    size_t i, pick = SIZE_MAX;
    double best = 0, s, plain;
    int64_t y;
    int mo, dd;

    time_civil_from_days(day, &y, &mo, &dd);
    if (!tl_date_set(&d, y, mo, dd, TD_DATE_DAY) ||
        (head = map64_get(&g->by_date, date_key(&d))) == NULL)
        return SIZE_MAX;
    for (i = *head; i > 0; i = g->ev[i - 1].next) {
        const struct work *f = &g->ev[i - 1];
        if (f->dead || i - 1 == c || (w->langs & ~f->langs) == 0 ||
            !tl_date_same(&g->ml->items[f->first].date, &d) || !takes_in(g, i - 1, c))
            continue;
        s = keys_weight(g, f, w, &plain);
        if (s >= NEXT_DAY_NEED && plain >= NEXT_DAY_PLAIN && s > best) {
            best = s;
            pick = i - 1;
        }
    }
    return pick;
}

/*
 * Folds a day event into an event of the day before or after that other
 * languages tell with the same names and numbers: a vote just before
 * midnight dated "in der Nacht zum Sonntag" in German and "on Saturday" in
 * English, a report dated by its local time. Within one language, the
 * same words on the next day are as often the next happening ("struck late
 * on Wednesday", "rescuers ended the search on Thursday"), so an event
 * folds only into one that lacks a language it is told in (a French report
 * may stand in both, by its "samedi soir" and its "peu avant minuit").
 */
static enum td_err fold_next_days(struct grouping *g)
{
    size_t c, f, f2;
    int64_t day;

    for (c = 0; c < g->nev; c++) {
        if (g->ev[c].dead || g->ml->items[g->ev[c].first].date.prec != TD_DATE_DAY)
            continue;
        day = ev_day(g, c);
        f = next_day_target(g, c, day - 1);
        f2 = next_day_target(g, c, day + 1);
        if (f == SIZE_MAX || (f2 != SIZE_MAX && takes_in(g, f2, f)))
            f = f2;
        if (f != SIZE_MAX && fold_into(g, &g->ev[f], &g->ev[c]) != TD_OK)
            return TD_ERR_NOMEM;
    }
    return TD_OK;
}

/* Drops the folded events, keeping the others in creation order. */
static void drop_dead(struct grouping *g)
{
    size_t i, n = 0;

    for (i = 0; i < g->nev; i++) {
        if (g->ev[i].dead) {
            td_free(g->ev[i].words);
            td_free(g->ev[i].xkeys);
            td_free(g->ev[i].arts);
        } else {
            g->ev[n++] = g->ev[i];
        }
    }
    g->nev = n;
}

/*
 * Folds month events, then year events, into the finer events inside their
 * span that tell the same happening (fold_target); a year event may fold
 * into a month or day event grown by the first round. Then drops the
 * events of background mentions only, which folded nowhere.
 */
static enum td_err fold_coarse(struct grouping *g)
{
    static const enum td_date_precision coarse[] = {TD_DATE_MONTH, TD_DATE_YEAR};
    size_t *fine, nfine, k, c, f;
    enum td_err rc = TD_OK;

    for (k = 0; rc == TD_OK && k < sizeof(coarse) / sizeof(coarse[0]); k++) {
        if ((fine = finer_events(g, coarse[k], &nfine)) == NULL)
            return TD_ERR_NOMEM;
        for (c = 0; rc == TD_OK && c < g->nev; c++) {
            if (g->ev[c].dead || g->ml->items[g->ev[c].first].date.prec != coarse[k])
                continue;
            f = fold_target(g, c, fine, nfine);
            if (f != SIZE_MAX)
                rc = fold_into(g, &g->ev[f], &g->ev[c]);
        }
        td_free(fine);
    }
    /* Background ("the line had been inspected in May") adds sources, never an event. */
    for (c = 0; c < g->nev; c++)
        g->ev[c].dead = g->ev[c].dead || g->ev[c].background;
    drop_dead(g);
    return rc;
}

/* Turns assembled event `w` into `ev`. */
static enum td_err finish_event(const struct grouping *g, struct work *w,
                                const struct td_timeline_input *in, const struct tl_entities *ents,
                                struct td_timeline_event *ev)
{
    const struct tl_mention *m = &g->ml->items[w->lead];

    memset(ev, 0, sizeof(*ev));
    memcpy(ev->date, g->ml->items[w->first].date.value, sizeof(ev->date));
    ev->prec = g->ml->items[w->first].date.prec;
    ev->first = w->first_art;
    ev->articles = w->arts;
    ev->narticles = w->narts;
    w->arts = NULL;
    ev->text = mention_excerpt(in[m->art].text, m->start, m->end, m->tx_start);
    if (ev->text == NULL)
        return TD_ERR_NOMEM;
    return ents->set != NULL ? entities_fill(ev, ents, &in[m->art], m) : TD_OK;
}

static void grouping_release(struct grouping *g)
{
    size_t i;

    for (i = 0; i < g->nev; i++) {
        td_free(g->ev[i].words);
        td_free(g->ev[i].xkeys);
        td_free(g->ev[i].arts);
    }
    td_free(g->ev);
    td_free(g->common);
    td_free(g->at);
    map64_release(&g->by_date);
}

/* Orders the assembled events by date, coarser values first, then creation. */
static void sort_work(struct grouping *g)
{
    const struct tl_mention *mi = g->ml->items;

    TD_SHELL_SORT(struct work, g->ev, g->nev,
                  mi[b.first].date.first_day < mi[a.first].date.first_day ||
                      (mi[b.first].date.first_day == mi[a.first].date.first_day &&
                       (mi[b.first].date.prec < mi[a.first].date.prec ||
                        (mi[b.first].date.prec == mi[a.first].date.prec && b.order < a.order))));
}

/*
 * Gives each mention the slot of its article's language in the story
 * (NULL is English); languages past the 64th share the last slot.
 */
static void language_slots(struct tl_mention_list *ml, const struct td_timeline_input *in)
{
    const char *seen[64];
    size_t nseen = 0, i, k;
    const char *lang;

    for (i = 0; i < ml->n; i++) {
        lang = tl_lang(&in[ml->items[i].art]);
        for (k = 0; k < nseen && strcmp(seen[k], lang) != 0; k++)
            ;
        if (k == nseen && nseen < 64)
            seen[nseen++] = lang;
        ml->items[i].lang = (unsigned)(k < 64 ? k : 63);
    }
}

enum td_err group_events(struct td_timeline *tl, struct tl_mention_list *ml,
                         const struct td_timeline_input *in, const struct tl_entities *ents)
{
    struct grouping g;
    size_t *ord = NULL, i;
    enum td_err rc;

    memset(&g, 0, sizeof(g));
    map64_init(&g.by_date);
    g.ml = ml;
    g.tl = tl;
    language_slots(ml, in);
    rc = find_common(&g);
    if (rc == TD_OK && (ord = visit_order(tl, ml)) == NULL)
        rc = TD_ERR_NOMEM;
    if (rc == TD_OK && (g.at = td_malloc((ml->n + 1) * sizeof(*g.at))) == NULL)
        rc = TD_ERR_NOMEM;
    for (i = 0; rc == TD_OK && i < ml->n; i++)
        rc = place(&g, ord[i]);
    if (rc == TD_OK)
        rc = fold_next_days(&g);
    if (rc == TD_OK)
        rc = fold_coarse(&g);
    td_free(ord);
    if (rc == TD_OK) {
        sort_work(&g);
        tl->events = td_calloc(g.nev + 1, sizeof(*tl->events));
        rc = tl->events == NULL ? TD_ERR_NOMEM : TD_OK;
    }
    for (i = 0; rc == TD_OK && i < g.nev; i++) {
        rc = finish_event(&g, &g.ev[i], in, ents, &tl->events[i]);
        tl->n = i + 1;
    }
    grouping_release(&g);
    return rc;
}
