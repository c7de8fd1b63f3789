/*
 * entities.c - the people, organisations and places of each event: every
 * article of the story is tagged with the entity recogniser (extract/,
 * include/tidings/entity.h), the mentions of all articles are merged into
 * story entities ("West" and "Ye" join "Kanye West"), and an event lists
 * the canonical entities of the mentions inside its sentence.
 */
#include <stdint.h>
#include <string.h>

#include "core/alloc.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

void entities_init(struct tl_entities *e)
{
    memset(e, 0, sizeof(*e));
}

void entities_release(struct tl_entities *e)
{
    size_t i;

    for (i = 0; e->lists != NULL && i < e->n; i++)
        td_mention_list_release(&e->lists[i]);
    td_free(e->lists);
    td_entity_set_free(e->set);
    entities_init(e);
}

/* The shared gazetteer (loading it takes about 0.1 s, too much for every timeline). */
static enum td_err open_gazetteer(struct tl_entities *e)
{
    return td_gazetteer_shared(&e->gaz);
}

/*
 * Tags every article, trims sentence-initial words the story writes in
 * lower case (`casing`) and adds the mentions to the set.
 */
static enum td_err tag_all(struct tl_entities *e, const struct tl_casing *casing,
                           const struct td_timeline_input *in, size_t n, struct td_error *err)
{
    size_t i;
    enum td_err rc;

    if ((e->lists = td_calloc(n + 1, sizeof(*e->lists))) == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    e->n = n;
    for (i = 0; i < n; i++)
        td_mention_list_init(&e->lists[i]);
    /* Every article is added, so document numbers are article indices. */
    for (i = 0; i < n; i++) {
        rc = td_entities_find(e->gaz, in[i].text, in[i].text_len, in[i].lang, &e->lists[i], err);
        if (rc == TD_OK)
            casing_trim(casing, in[i].text, in[i].text_len, in[i].lang, &e->lists[i]);
        if (rc == TD_OK)
            rc = td_entity_set_add(e->set, in[i].text, in[i].text_len, &e->lists[i], err);
        if (rc != TD_OK)
            return rc;
    }
    return TD_OK;
}

enum td_err entities_build(struct tl_entities *e, const struct td_timeline_input *in, size_t n,
                           struct td_error *err)
{
    struct tl_casing casing;
    size_t i;
    enum td_err rc;

    if ((rc = open_gazetteer(e)) != TD_OK || (rc = td_entity_set_new(&e->set, err)) != TD_OK)
        return td_error_set(err, rc, "out of memory");
    casing_init(&casing);
    for (i = 0; i < n; i++)
        if (casing_add(&casing, in[i].text, in[i].text_len) != TD_OK) {
            casing_release(&casing);
            return td_error_set(err, TD_ERR_NOMEM, "out of memory");
        }
    rc = tag_all(e, &casing, in, n, err);
    casing_release(&casing);
    return rc != TD_OK ? rc : td_entity_set_resolve(e->set, err);
}

/* Adds one entity unless the event already lists it. */
static enum td_err add_entity(struct td_timeline_event *ev, size_t *cap, const char *name, size_t n,
                              const char *type)
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
    ev->entities[ev->nentities].type = type;
    ev->nentities++;
    return TD_OK;
}

/*
 * Words that count in German, where every noun is capitalised: a name that
 * opens with one ("Zwei Tage", "Hunderte Lastwagen", "Mehrere
 * Onlinehändler") or follows one or a figure ("24,6 Mio. Tonnen Weizen",
 * "zwei Wochen Verhandlungen", "500 Tonnen") is a quantity of something.
 * Cardinals from two (the indefinite article "ein" also opens names of
 * things: "eine Siemens-Sprecherin"), quantifiers and scale words.
 */
static const char *const de_count_words[] = {
    "zwei",    "drei",     "vier",     "fünf",      "sechs",   "sieben",  "acht",
    "neun",    "zehn",     "elf",      "zwölf",     "zwanzig", "dreißig", "hundert",
    "tausend", "hunderte", "tausende", "dutzende",  "mehrere", "etliche", "zahlreiche",
    "mio.",    "mio",      "million",  "millionen", "mrd.",    "mrd",     "milliarden",
};

/* Whether `w[0..n)` is one of `de_count_words` in any case of its first letter. */
static bool is_count_word(const char *w, size_t n)
{
    size_t i;

    for (i = 0; n > 0 && i < sizeof(de_count_words) / sizeof(de_count_words[0]); i++)
        if (strlen(de_count_words[i]) == n && memcmp(de_count_words[i] + 1, w + 1, n - 1) == 0 &&
            (w[0] == de_count_words[i][0] ||
             (w[0] >= 'A' && w[0] <= 'Z' && w[0] + ('a' - 'A') == de_count_words[i][0])))
            return true;
    return false;
}

/*
 * Whether `w[0..n)` is a figure: digits with inner separators ("500", "24,6",
 * "1.200"); not an ordinal ("1." as in "1. FC Köln") nor four bare digits,
 * which are mostly a year ("seit 2021 Bundeskanzler").
 */
static bool is_figure(const char *w, size_t n)
{
    size_t i, digits = 0;

    if (n == 0 || w[n - 1] < '0' || w[n - 1] > '9')
        return false;
    for (i = 0; i < n; i++) {
        if ((w[i] < '0' || w[i] > '9') && w[i] != ',' && w[i] != '.')
            return false;
        digits += w[i] >= '0' && w[i] <= '9';
    }
    return !(n == 4 && digits == 4);
}

/* Whether the German mention `text[start..end)` is a quantity by `de_count_words`. */
static bool is_quantity(const char *text, size_t start, size_t end)
{
    size_t a = start, b = start;

    while (b < end && text[b] != ' ')
        b++;
    if (is_count_word(text + a, b - a))
        return true;
    /* The word before, across one space. */
    if (start < 2 || text[start - 1] != ' ')
        return false;
    b = start - 1;
    a = b;
    while (a > 0 && text[a - 1] != ' ' && text[a - 1] != '\n')
        a--;
    return is_figure(text + a, b - a) || is_count_word(text + a, b - a);
}

enum td_err entities_fill(struct td_timeline_event *ev, const struct tl_entities *e,
                          const struct td_timeline_input *in, const struct tl_mention *m)
{
    const struct td_mention_list *l = &e->lists[m->art];
    const struct td_entity *ent;
    size_t k, idx, cap = 0;
    enum td_err rc = TD_OK;

    for (k = 0; rc == TD_OK && k < l->n; k++) {
        if (l->items[k].start < m->start || l->items[k].end > m->end ||
            (l->items[k].start < m->tx_end && m->tx_start < l->items[k].end))
            continue;
        idx = td_entity_set_entity_of(e->set, m->art, k);
        ent = idx != SIZE_MAX ? td_entity_set_get(e->set, idx) : NULL;
        /*
         * A people's adjective ("three Dutch and two Italian guests", "deux
         * Néerlandaises") names nobody. A translated one is checked on the
         * entity's whole name only: Italian "Russo" may stand for "Marco Russo".
         */
        if (td_gazetteer_demonym(e->gaz, in->text + l->items[k].start,
                                 l->items[k].end - l->items[k].start) ||
            (ent != NULL && td_gazetteer_demonym_any(e->gaz, ent->name, strlen(ent->name))) ||
            (ent == NULL && td_gazetteer_demonym_any(e->gaz, in->text + l->items[k].start,
                                                     l->items[k].end - l->items[k].start)))
            continue;
        if (in->lang != NULL && strncmp(in->lang, "de", 2) == 0 &&
            is_quantity(in->text, l->items[k].start, l->items[k].end))
            continue;
        if (ent != NULL)
            rc = add_entity(ev, &cap, ent->name, strlen(ent->name), td_entity_type_name(ent->type));
        else
            rc = add_entity(ev, &cap, in->text + l->items[k].start,
                            l->items[k].end - l->items[k].start,
                            td_entity_type_name(l->items[k].type));
    }
    return rc;
}

/*
 * The number of articles of the story that name each entity of the set,
 * into `counts` (one per entity, zeroed by the caller).
 */
static void count_articles(const struct tl_entities *e, size_t *counts, size_t nent)
{
    size_t i, k, idx, j;
    bool seen;

    for (i = 0; i < e->n; i++)
        for (k = 0; k < e->lists[i].n; k++) {
            idx = td_entity_set_entity_of(e->set, i, k);
            if (idx >= nent)
                continue;
            /* Counted once an article: only the first mention of the entity in it. */
            for (seen = false, j = 0; j < k && !seen; j++)
                seen = td_entity_set_entity_of(e->set, i, j) == idx;
            if (!seen)
                counts[idx]++;
        }
}

/*
 * Whether the sentence of `m` names the story's protagonist: a person that
 * `counts` says two articles or more name, a third of them at least and
 * half as many as name the most-named person `top` (one name across a
 * story in several scripts is several entities, hence no majority).
 */
static bool names_protagonist(const struct tl_entities *e, const size_t *counts, size_t nent,
                              size_t top, const struct tl_mention *m)
{
    const struct td_mention_list *l = &e->lists[m->art];
    size_t k, idx;

    for (k = 0; k < l->n; k++) {
        if (l->items[k].start < m->start || l->items[k].end > m->end)
            continue;
        idx = td_entity_set_entity_of(e->set, m->art, k);
        if (idx < nent && td_entity_set_get(e->set, idx)->type == TD_ENT_PER && counts[idx] >= 2 &&
            2 * counts[idx] >= top && 3 * counts[idx] >= e->n)
            return true;
    }
    return false;
}

enum td_err entities_protagonists(const struct tl_entities *e, struct tl_mention_list *ml)
{
    size_t nent, *counts, i, top = 0;

    if (e->set == NULL || (nent = td_entity_set_count(e->set)) == 0)
        return TD_OK;
    if ((counts = td_calloc(nent, sizeof(*counts))) == NULL)
        return TD_ERR_NOMEM;
    count_articles(e, counts, nent);
    for (i = 0; i < nent; i++)
        if (td_entity_set_get(e->set, i)->type == TD_ENT_PER && counts[i] > top)
            top = counts[i];
    for (i = 0; i < ml->n; i++)
        if (ml->items[i].is_years_back && names_protagonist(e, counts, nent, top, &ml->items[i]))
            ml->items[i].is_background = false;
    td_free(counts);
    return TD_OK;
}
