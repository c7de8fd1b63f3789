/*
 * entity_set.c - the story-level merger of entity mentions: identical
 * names form a group; a shorter name joins the longer name it is part of
 * (a person's surname or first name, an organisation's first word or
 * initials, a place's first words); a renaming phrase ("now known as Ye")
 * joins the new name to the person named before it; each entity takes the
 * type most of its mentions have across the documents.
 */
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "extract/entity_int.h"
#include "core/banned.h"

struct group {
    char *surface;   /* owned, NUL-terminated */
    size_t ntok;     /* words in `surface` */
    size_t count;    /* mentions with this surface */
    size_t votes[4]; /* mentions per enum td_entity_type */
    size_t parent;   /* union-find */
    size_t entity;   /* index into `ents` after resolve */
};

struct smention {
    size_t group;
    enum td_entity_type type;
};

struct rename {
    size_t person, alias; /* global mention indices */
};

struct td_entity_set {
    struct group *g;
    size_t ng, gcap;
    struct smention *m;
    size_t nm, mcap;
    size_t *doc_start; /* first mention of each document; `ndocs` + 1 entries used */
    size_t ndocs, dcap;
    struct rename *r;
    size_t nr, rcap;
    struct td_entity *ents;
    const char **alias_pool; /* the aliases of all entities, back to back */
    size_t nents;
    bool resolved;
};

/* Grows `*v` (elements of `size` bytes) to hold `need`; false on OOM. */
static bool reserve(void **v, size_t *cap, size_t need, size_t size)
{
    size_t nc;
    void *nv;

    if (need <= *cap)
        return true;
    nc = *cap ? *cap * 2 : 32;
    while (nc < need)
        nc *= 2;
    if ((nv = td_realloc(*v, nc * size)) == NULL)
        return false;
    *v = nv;
    *cap = nc;
    return true;
}

enum td_err td_entity_set_new(struct td_entity_set **out, struct td_error *err)
{
    struct td_entity_set *s;

    if (out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no output set");
    if ((s = td_calloc(1, sizeof(*s))) == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    *out = s;
    return TD_OK;
}

void td_entity_set_free(struct td_entity_set *set)
{
    size_t i;

    if (set == NULL)
        return;
    for (i = 0; i < set->ng; i++)
        td_free(set->g[i].surface);
    td_free(set->g);
    td_free(set->m);
    td_free(set->doc_start);
    td_free(set->r);
    td_free(set->ents);
    td_free(set->alias_pool);
    td_free(set);
}

/* ---- Adding documents ---- */

/* Copies a mention's text, without a leading "the " and with runs of white space as one space. */
static char *surface_dup(const char *s, size_t n, size_t *ntok)
{
    char *out;
    size_t i, o = 0;

    if (n > 4 && (memcmp(s, "the ", 4) == 0 || memcmp(s, "The ", 4) == 0)) {
        s += 4;
        n -= 4;
    }
    if ((out = td_malloc(n + 1)) == NULL)
        return NULL;
    *ntok = 1;
    for (i = 0; i < n; i++) {
        bool space = s[i] == ' ' || s[i] == '\n' || s[i] == '\t';
        if (space && (o == 0 || out[o - 1] == ' '))
            continue;
        out[o++] = space ? ' ' : s[i];
        *ntok += space;
    }
    out[o] = '\0';
    return out;
}

/* The group of `surface` (taking ownership of it), created when new; SIZE_MAX on OOM. */
static size_t group_of(struct td_entity_set *s, char *surface, size_t ntok)
{
    size_t i;

    for (i = 0; i < s->ng; i++) {
        if (strcmp(s->g[i].surface, surface) == 0) {
            td_free(surface);
            return i;
        }
    }
    if (!reserve((void **)&s->g, &s->gcap, s->ng + 1, sizeof(*s->g))) {
        td_free(surface);
        return SIZE_MAX;
    }
    memset(&s->g[s->ng], 0, sizeof(s->g[s->ng]));
    s->g[s->ng].surface = surface;
    s->g[s->ng].ntok = ntok;
    s->g[s->ng].parent = s->ng;
    return s->ng++;
}

/* Whether the text right before byte `at` ends with `phrase` and a space. */
static bool ends_with(const char *text, size_t at, const char *phrase)
{
    size_t n = strlen(phrase);

    if (at < n + 1 || text[at - 1] != ' ')
        return false;
    if (memcmp(text + at - 1 - n, phrase, n) != 0)
        return false;
    return at == n + 1 || text[at - 2 - n] == ' ' || text[at - 2 - n] == ',';
}

/* Renaming phrases: the name after them is a new name of the person before. */
static const char *const rename_phrases[] = {
    "known as",        "goes by",         "go by",           "went by",
    "going by",        "name to",         "now called",      "names to",
    "renamed himself", "renamed herself", "today is called", "now is called",
    "is now called",   NULL};

/* The start of the opening quote mark that ends just before byte `at`, or `at`. */
static size_t before_quote(const char *text, size_t at)
{
    const unsigned char *p = (const unsigned char *)text;

    if (at >= 1 && (p[at - 1] == '"' || p[at - 1] == '\''))
        return at - 1;
    /* U+201C and U+2018 (curly quotes), U+00AB (guillemet). */
    if (at >= 3 && p[at - 3] == 0xE2 && p[at - 2] == 0x80 && (p[at - 1] == 0x9C || p[at - 1] == 0x98))
        return at - 3;
    if (at >= 2 && p[at - 2] == 0xC2 && p[at - 1] == 0xAB)
        return at - 2;
    return at;
}

static bool after_rename_phrase(const char *text, size_t at)
{
    size_t i;

    /* "who today is called “Ye”": the name may stand in quotes. */
    at = before_quote(text, at);
    for (i = 0; rename_phrases[i] != NULL; i++) {
        if (ends_with(text, at, rename_phrases[i]))
            return true;
    }
    return false;
}

/* Records renames among the mentions [first, s->nm) of the document just added. */
static enum td_err find_renames(struct td_entity_set *s, const char *text,
                                const struct td_mention_list *ml, size_t first)
{
    size_t k, j;

    for (k = 1; k < ml->n; k++) {
        if (!after_rename_phrase(text, ml->items[k].start))
            continue;
        for (j = k; j-- > 0;) {
            if (ml->items[j].type != TD_ENT_PER)
                continue;
            if (!reserve((void **)&s->r, &s->rcap, s->nr + 1, sizeof(*s->r)))
                return TD_ERR_NOMEM;
            s->r[s->nr++] = (struct rename){first + j, first + k};
            break;
        }
    }
    return TD_OK;
}

static enum td_err check_add(const struct td_entity_set *s, const char *text, size_t len,
                             const struct td_mention_list *ml, struct td_error *err)
{
    size_t k;

    if (s == NULL || text == NULL || ml == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no set, text or mention list");
    if (s->resolved)
        return td_error_set(err, TD_ERR_INVALID, "the entity set is already resolved");
    for (k = 0; k < ml->n; k++) {
        const struct td_mention *m = &ml->items[k];
        if (m->start >= m->end || m->end > len || m->type < TD_ENT_PER || m->type > TD_ENT_LOC)
            return td_error_set(err, TD_ERR_INVALID, "mention %zu is outside the text", k);
    }
    return TD_OK;
}

enum td_err td_entity_set_add(struct td_entity_set *set, const char *text, size_t len,
                              const struct td_mention_list *mentions, struct td_error *err)
{
    size_t first, ng0, k;
    enum td_err rc = check_add(set, text, len, mentions, err);

    if (rc != TD_OK)
        return rc;
    first = set->nm;
    ng0 = set->ng;
    if (!reserve((void **)&set->doc_start, &set->dcap, set->ndocs + 2, sizeof(size_t)) ||
        !reserve((void **)&set->m, &set->mcap, set->nm + mentions->n + 1, sizeof(*set->m)))
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    for (k = 0; k < mentions->n && rc == TD_OK; k++) {
        const struct td_mention *m = &mentions->items[k];
        size_t ntok = 0, gi;
        char *sf = surface_dup(text + m->start, m->end - m->start, &ntok);
        gi = sf ? group_of(set, sf, ntok) : SIZE_MAX;
        if (gi == SIZE_MAX) {
            rc = TD_ERR_NOMEM;
            break;
        }
        set->g[gi].count++;
        set->g[gi].votes[m->type]++;
        set->m[set->nm++] = (struct smention){gi, m->type};
    }
    if (rc == TD_OK)
        rc = find_renames(set, text, mentions, first);
    if (rc != TD_OK) {
        /* Undo: drop this document's mentions, votes and new groups. */
        for (k = first; k < set->nm; k++) {
            set->g[set->m[k].group].count--;
            set->g[set->m[k].group].votes[set->m[k].type]--;
        }
        while (set->ng > ng0)
            td_free(set->g[--set->ng].surface);
        set->nm = first;
        while (set->nr > 0 && set->r[set->nr - 1].alias >= first)
            set->nr--;
        return td_error_set(err, rc, "out of memory");
    }
    set->doc_start[set->ndocs++] = first;
    set->doc_start[set->ndocs] = set->nm;
    return TD_OK;
}

/* ---- Resolving ---- */

static size_t find_root(struct group *g, size_t i)
{
    while (g[i].parent != i) {
        g[i].parent = g[g[i].parent].parent;
        i = g[i].parent;
    }
    return i;
}

static void unite(struct group *g, size_t a, size_t b)
{
    a = find_root(g, a);
    b = find_root(g, b);
    if (a != b)
        g[a].parent = b;
}

static enum td_entity_type majority(const size_t votes[4])
{
    enum td_entity_type best = TD_ENT_PER;
    int t;

    for (t = TD_ENT_ORG; t <= TD_ENT_LOC; t++) {
        if (votes[t] > votes[best])
            best = (enum td_entity_type)t;
    }
    return best;
}

/* Whether the words of `part` begin (`at_end` false) or end `whole`, on word boundaries. */
static bool word_affix(const char *part, const char *whole, bool at_end)
{
    size_t np = strlen(part), nw = strlen(whole);

    if (np >= nw)
        return false;
    if (at_end)
        return whole[nw - np - 1] == ' ' && strcmp(whole + nw - np, part) == 0;
    return whole[np] == ' ' && memcmp(whole, part, np) == 0;
}

/* Whether `part` spells the initials of the capitalised words of `whole` ("GM"). */
static bool initials(const char *part, const char *whole)
{
    size_t k = 0;
    bool start = true;

    for (; *whole != '\0'; whole++) {
        if (*whole == ' ') {
            start = true;
            continue;
        }
        if (start && *whole >= 'A' && *whole <= 'Z') {
            if (part[k] != *whole)
                return false;
            k++;
        }
        start = false;
    }
    return k >= 2 && part[k] == '\0';
}

/* Whether short group `s` names the same thing as long group `l`. */
static bool part_of(const struct group *s, const struct group *l)
{
    enum td_entity_type ts = majority(s->votes), tl = majority(l->votes);

    if (tl == TD_ENT_PER)
        return (ts == TD_ENT_PER || s->ntok == 1) && (word_affix(s->surface, l->surface, true) ||
                                                      word_affix(s->surface, l->surface, false));
    if (ts != tl)
        return false;
    if (tl == TD_ENT_ORG)
        return word_affix(s->surface, l->surface, false) || initials(s->surface, l->surface);
    return word_affix(s->surface, l->surface, false);
}

/* Joins each shorter name to the most mentioned longer name it is part of. */
static void join_parts(struct td_entity_set *s)
{
    size_t i, j;

    for (i = 0; i < s->ng; i++) {
        size_t best = SIZE_MAX;
        for (j = 0; j < s->ng; j++) {
            if (s->g[j].ntok <= s->g[i].ntok || !part_of(&s->g[i], &s->g[j]))
                continue;
            if (best == SIZE_MAX || s->g[j].count > s->g[best].count)
                best = j;
        }
        if (best != SIZE_MAX)
            unite(s->g, i, best);
    }
    for (i = 0; i < s->nr; i++)
        unite(s->g, s->m[s->r[i].alias].group, s->m[s->r[i].person].group);
}

static int cmp_entity(const void *pa, const void *pb)
{
    const struct td_entity *a = pa, *b = pb;

    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    return strcmp(a->name, b->name);
}

/*
 * Whether the single word `w` ends the full name `f` and is seen more
 * often than it, and not as a person.
 */
static bool alone_more(const struct group *w, const struct group *f)
{
    return majority(f->votes) == TD_ENT_PER && majority(w->votes) != TD_ENT_PER &&
           w->count > f->count && word_affix(w->surface, f->surface, true);
}

/*
 * The canonical name of a root: a full name (two words or more) over a
 * single word, then the surface seen most, then the one with most words. A
 * longer form seen less is a name with a word in front that is not its own
 * (German "Sängerin Giulia Ferrante", "Provinz Jiangsu" beside "Giulia
 * Ferrante"), while the single words are its parts ("West", "Kanye").
 */
static bool better_name(const struct group *a, const struct group *b)
{
    size_t fa = a->ntok >= 2, fb = b->ntok >= 2;

    /*
     * A place or organisation the sources write alone more often than the
     * "person" ending in it is shown alone: "Dorf Vretaby" (German "near
     * the village of Vretaby", a person by its shape) once, "Vretaby" in
     * every report.
     */
    if (fa != fb && alone_more(fa ? b : a, fa ? a : b))
        return !fa;

    if (fa != fb)
        return fa > fb;
    if (a->count != b->count)
        return a->count > b->count;
    return a->ntok > b->ntok;
}

/* Builds `ents` from the union-find roots: counts, votes, names, aliases. */
static enum td_err build_entities(struct td_entity_set *s)
{
    size_t *votes, *name_of, i, ne = 0, na = 0;

    if ((votes = td_calloc(s->ng * 5 + 1, sizeof(size_t))) == NULL)
        return TD_ERR_NOMEM;
    name_of = votes + s->ng * 4;
    for (i = 0; i < s->ng; i++)
        name_of[i] = SIZE_MAX;
    for (i = 0; i < s->ng; i++) {
        size_t r = find_root(s->g, i), t;
        for (t = 1; t < 4; t++)
            votes[r * 4 + t] += s->g[i].votes[t];
        if (name_of[r] == SIZE_MAX || better_name(&s->g[i], &s->g[name_of[r]]))
            name_of[r] = i;
    }
    td_free(s->ents);
    td_free(s->alias_pool);
    s->ents = td_calloc(s->ng + 1, sizeof(*s->ents));
    s->alias_pool = td_calloc(s->ng + 1, sizeof(*s->alias_pool));
    if (s->ents == NULL || s->alias_pool == NULL) {
        td_free(votes);
        return TD_ERR_NOMEM;
    }
    for (i = 0; i < s->ng; i++) {
        size_t j, t;
        struct td_entity *e;
        if (find_root(s->g, i) != i)
            continue;
        e = &s->ents[ne++];
        e->name = s->g[name_of[i]].surface;
        e->type = majority(&votes[i * 4]);
        for (t = 1; t < 4; t++)
            e->count += votes[i * 4 + t];
        e->aliases = s->alias_pool + na;
        for (j = 0; j < s->ng; j++) {
            if (j != name_of[i] && find_root(s->g, j) == i)
                s->alias_pool[na++] = s->g[j].surface;
        }
        e->n_aliases = (size_t)(s->alias_pool + na - (const char **)e->aliases);
    }
    td_free(votes);
    s->nents = ne;
    return TD_OK;
}

enum td_err td_entity_set_resolve(struct td_entity_set *set, struct td_error *err)
{
    size_t i, e;

    if (set == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no set");
    if (set->resolved)
        return TD_OK;
    join_parts(set);
    if (build_entities(set) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    qsort(set->ents, set->nents, sizeof(*set->ents), cmp_entity);
    /* Map each group to its entity through the canonical name pointer. */
    for (e = 0; e < set->nents; e++) {
        for (i = 0; i < set->ng; i++) {
            if (set->g[i].surface == set->ents[e].name)
                set->g[find_root(set->g, i)].entity = e;
        }
    }
    for (i = 0; i < set->ng; i++)
        set->g[i].entity = set->g[find_root(set->g, i)].entity;
    set->resolved = true;
    return TD_OK;
}

size_t td_entity_set_count(const struct td_entity_set *set)
{
    return set && set->resolved ? set->nents : 0;
}

const struct td_entity *td_entity_set_get(const struct td_entity_set *set, size_t i)
{
    if (set == NULL || !set->resolved || i >= set->nents)
        return NULL;
    return &set->ents[i];
}

size_t td_entity_set_entity_of(const struct td_entity_set *set, size_t doc, size_t mention)
{
    size_t k;

    if (set == NULL || !set->resolved || doc >= set->ndocs)
        return SIZE_MAX;
    k = set->doc_start[doc] + mention;
    if (mention >= set->doc_start[doc + 1] - set->doc_start[doc])
        return SIZE_MAX;
    return set->g[set->m[k].group].entity;
}
