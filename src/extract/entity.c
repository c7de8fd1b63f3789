/*
 * entity.c - the named-entity tagger behind `td_entities_find()`. Runs of
 * capitalised words are candidates; each run is typed by the strongest
 * evidence it has (gazetteer place, organisation or place suffix, a title
 * before it, a role word after it, a place preposition), then names that
 * had no evidence take the type of the same name, or of the longer name
 * they are part of, elsewhere in the text; what is still unknown gets a
 * default from its shape.
 */
#include <string.h>

#include "core/alloc.h"
#include "core/utf8.h"
#include "extract/entity_int.h"
#include "core/banned.h"

#define MAX_TEXT_BYTES ((size_t)16 * 1024 * 1024)

/* Evidence strength: a strong type is never overridden by propagation. */
enum strength { EV_NONE = 0, EV_DEFAULT, EV_PREP, EV_WEAK, EV_STRONG };

struct cand {
    size_t a, b; /* token range [a, b) */
    enum td_entity_type type;
    enum strength ev;
    bool single_default; /* typed by the one-word default of the last pass */
    bool once; /* typed by a default and used once in the text: tentative (entity_find_ex) */
};

/* Working state of one `td_entities_find()` call. */
struct tagger {
    const struct td_gazetteer *gaz;
    const char *text;
    size_t len;   /* bytes of `text` */
    bool german;  /* every noun is capitalised */
    bool english; /* "the", "a", "an" are articles */
    struct ent_tok *t;
    size_t n, tcap;
    uint64_t *lower;  /* hash set of words seen in lower case */
    uint64_t *midcap; /* hash set of capitalised words not at a sentence start */
    size_t mask;
    struct cand *c;
    size_t nc, ccap;
};

const char *td_entity_type_name(enum td_entity_type type)
{
    switch (type) {
    case TD_ENT_PER: return "PER";
    case TD_ENT_ORG: return "ORG";
    case TD_ENT_LOC: return "LOC";
    }
    return "?";
}

void td_mention_list_init(struct td_mention_list *list)
{
    list->items = NULL;
    list->n = list->cap = 0;
}

void td_mention_list_release(struct td_mention_list *list)
{
    TD_FREE(list->items);
    list->n = list->cap = 0;
}

/* ---- Hash sets of word hashes (0 is the empty slot) ---- */

static void set_put(uint64_t *set, size_t mask, uint64_t h)
{
    size_t i;

    h = h ? h : 1;
    for (i = (size_t)h & mask; set[i] != 0 && set[i] != h; i = (i + 1) & mask)
        ;
    set[i] = h;
}

static bool set_has(const uint64_t *set, size_t mask, uint64_t h)
{
    size_t i;

    h = h ? h : 1;
    for (i = (size_t)h & mask; set[i] != 0; i = (i + 1) & mask) {
        if (set[i] == h)
            return true;
    }
    return false;
}

static enum td_err build_sets(struct tagger *tg)
{
    size_t size = 64, i;

    while (size < tg->n * 2 + 2)
        size *= 2;
    tg->lower = td_calloc(size * 2, sizeof(uint64_t));
    if (tg->lower == NULL)
        return TD_ERR_NOMEM;
    tg->midcap = tg->lower + size;
    tg->mask = size - 1;
    for (i = 0; i < tg->n; i++) {
        const struct ent_tok *t = &tg->t[i];
        if (t->flags & TK_LOWER)
            set_put(tg->lower, tg->mask, t->lhash);
        else if ((t->flags & TK_CAP) && !(t->flags & TK_SENT))
            set_put(tg->midcap, tg->mask, t->lhash);
    }
    return TD_OK;
}

/* ---- Token helpers ---- */

static unsigned wclass(const struct tagger *tg, size_t i)
{
    const struct ent_tok *t = &tg->t[i];
    return entity_word_class(tg->text + t->start, t->end - t->start);
}

/* A capitalised word without digits ("A380" and "3GS" are models, not names). */
static bool is_cap(const struct tagger *tg, size_t i)
{
    unsigned f = tg->t[i].flags;

    return (f & (TK_CAP | TK_ALLCAPS)) != 0 && (f & TK_HASDIGIT) == 0;
}

/* Whether token `i` is the lower-case word `w`. */
static bool is_word(const struct tagger *tg, size_t i, const char *w)
{
    const struct ent_tok *t = &tg->t[i];
    size_t n = strlen(w);

    return t->end - t->start == n && memcmp(tg->text + t->start, w, n) == 0;
}

/* Gazetteer kind of tokens [a, b) joined by single spaces, 0 when not a name. */
static unsigned gaz_of(const struct tagger *tg, size_t a, size_t b)
{
    char key[ENT_KEY_MAX];
    size_t k = 0, i;

    if (tg->gaz == NULL || b - a > ENT_GAZ_MAX_WORDS)
        return 0;
    for (i = a; i < b; i++) {
        const struct ent_tok *t = &tg->t[i];
        size_t n = t->end - t->start;
        if (k + n + 1 >= sizeof(key))
            return 0;
        if (i > a)
            key[k++] = ' ';
        memcpy(key + k, tg->text + t->start, n);
        k += n;
    }
    return entity_gaz_lookup(tg->gaz, key, k);
}

/* ---- Candidates ---- */

static enum td_err push(struct tagger *tg, size_t a, size_t b, enum td_entity_type type,
                        enum strength ev)
{
    if (a >= b)
        return TD_OK;
    if (tg->nc == tg->ccap) {
        size_t nc = tg->ccap ? tg->ccap * 2 : 64;
        struct cand *c = td_realloc(tg->c, nc * sizeof(*c));
        if (c == NULL)
            return TD_ERR_NOMEM;
        tg->c = c;
        tg->ccap = nc;
    }
    tg->c[tg->nc++] = (struct cand){a, b, type, ev, false, false};
    return TD_OK;
}

/*
 * Whether the words before token `a` rename someone: "known as", "goes
 * by", "went by", "name to", "now called", "today is called".
 */
static bool after_rename(const struct tagger *tg, size_t a)
{
    if (a < 2 || (tg->t[a].flags & TK_BREAK))
        return false;
    if (is_word(tg, a - 1, "as"))
        return is_word(tg, a - 2, "known");
    if (is_word(tg, a - 1, "by"))
        return is_word(tg, a - 2, "goes") || is_word(tg, a - 2, "go") ||
               is_word(tg, a - 2, "went") || is_word(tg, a - 2, "going");
    if (is_word(tg, a - 1, "to"))
        return is_word(tg, a - 2, "name") || is_word(tg, a - 2, "names");
    if (is_word(tg, a - 1, "called"))
        return is_word(tg, a - 2, "now") || is_word(tg, a - 2, "be") ||
               (a >= 3 && (is_word(tg, a - 2, "is") || is_word(tg, a - 2, "was")) &&
                (is_word(tg, a - 3, "today") || is_word(tg, a - 3, "now")));
    return false;
}

/* Whether token `i` is a year (four digits from 1000 to 2999). */
static bool is_year(const struct tagger *tg, size_t i)
{
    const struct ent_tok *t = &tg->t[i];
    const char *p = tg->text + t->start;

    return t->end - t->start == 4 && (p[0] == '1' || p[0] == '2') && p[1] >= '0' && p[1] <= '9' &&
           p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9';
}

/* Whether token `i` is a brand written in camel case ("iPod", "eBay"). */
static bool camel_case(const struct tagger *tg, size_t i)
{
    const struct ent_tok *t = &tg->t[i];
    size_t k;

    if (!(t->flags & TK_LOWER))
        return false;
    for (k = t->start + 1; k < t->end; k++) {
        if (tg->text[k] >= 'A' && tg->text[k] <= 'Z')
            return true;
    }
    return false;
}

/* Whether only spaces and quotation marks separate token `i` from the one before. */
static bool only_quotes(const struct tagger *tg, size_t i)
{
    size_t p = tg->t[i - 1].end, e = tg->t[i].start;

    while (p < e) {
        if (tg->text[p] == ' ' || tg->text[p] == '"') {
            p++;
        } else if (e - p >= 3 && memcmp(tg->text + p, "\xe2\x80", 2) == 0 &&
                   ((unsigned char)tg->text[p + 2] == 0x9c ||
                    (unsigned char)tg->text[p + 2] == 0x9d)) {
            p += 3; /* U+201C and U+201D */
        } else {
            return false;
        }
    }
    return true;
}

/*
 * Whether [a, b) is (part of) a product or unit rather than a name: after
 * a model number or amount ("787 Dreamliner", "5,000 VIP", "2 GHz"; a year
 * does not count), after "new" or "latest" ("the new MacBook") or after a
 * camel-case brand ("iPod Nano").
 */
static bool product_context(const struct tagger *tg, size_t a, size_t b)
{
    const struct ent_tok *t = &tg->t[a];

    if (a == 0 || (t->flags & TK_SENT) || ((t->flags & TK_BREAK) && !only_quotes(tg, a)))
        return false;
    /* A rank ("the No. 2 U.S. retailer") is no model number. */
    if ((tg->t[a - 1].flags & (TK_DIGIT | TK_HASDIGIT)) && !is_year(tg, a - 1))
        return a < 2 || !(is_word(tg, a - 2, "No") || is_word(tg, a - 2, "no"));
    /*
     * What is "new" or "latest" is a product or a version, not a person or
     * a company, unless it only heads a compound: "new Intel-based Mac".
     */
    if (!(t->flags & TK_BREAK) &&
        (is_word(tg, a - 1, "new") || is_word(tg, a - 1, "newest") ||
         is_word(tg, a - 1, "latest")) &&
        !(tg->t[b - 1].end < tg->len && tg->text[tg->t[b - 1].end] == '-'))
        return true;
    return camel_case(tg, a - 1);
}

/*
 * Whether the name ending at `b` moves by points a few words on, before any
 * other name: "the Brava fell 120 points". Indices move by points; shares
 * by percent or money.
 */
static bool moves_points(const struct tagger *tg, size_t b)
{
    size_t i;

    for (i = b; i + 1 < tg->n && i < b + 6; i++) {
        if ((tg->t[i + 1].flags & TK_SENT) || (i > b && is_cap(tg, i)))
            return false;
        if ((tg->t[i].flags & TK_DIGIT) &&
            (is_word(tg, i + 1, "points") || is_word(tg, i + 1, "point")))
            return true;
    }
    return false;
}

/*
 * Whether [a, b) names a market index, which is no organisation: it ends
 * in an index word ("Dow Jones Industrial Average", "Composite Index"), an
 * index word follows it ("the Hang Seng index"), "benchmark" comes before
 * it or it moves by points.
 */
static bool index_context(const struct tagger *tg, size_t a, size_t b)
{
    if (moves_points(tg, b))
        return true;
    if (b - a > 1 && (wclass(tg, b - 1) & W_FIN))
        return true;
    if (b < tg->n && !(tg->t[b].flags & (TK_BREAK | TK_SENT)) && (tg->t[b].flags & TK_LOWER) &&
        !(tg->t[b - 1].flags & TK_POSS) && (wclass(tg, b) & W_FIN))
        return true;
    /* "the Brava 250 index", "Brava's 250 index". */
    if (b + 1 < tg->n && (tg->t[b].flags & TK_DIGIT) && !(tg->t[b + 1].flags & TK_BREAK) &&
        (tg->t[b + 1].flags & TK_LOWER) && (wclass(tg, b + 1) & W_FIN))
        return true;
    return a > 0 && !(tg->t[a].flags & (TK_BREAK | TK_SENT)) && (tg->t[a - 1].flags & TK_LOWER) &&
           (wclass(tg, a - 1) & W_FIN);
}

/*
 * Whether token `i` is an acronym in parentheses spelled out by the
 * lower-case words before it ("gross domestic product (GDP)", "sport
 * utility vehicles (SUVs)"): a common noun, not a name.
 */
static bool lower_expansion(const struct tagger *tg, size_t i)
{
    const struct ent_tok *t = &tg->t[i];
    char caps[16];
    size_t n = 0, p, k;

    if (t->start == 0 || t->end >= tg->len || tg->text[t->start - 1] != '(' ||
        tg->text[t->end] != ')')
        return false;
    for (p = t->start; p < t->end && n < sizeof(caps); p++) {
        if (tg->text[p] >= 'A' && tg->text[p] <= 'Z')
            caps[n++] = (char)(tg->text[p] - 'A' + 'a');
    }
    if (n < 2 || n > i)
        return false;
    for (k = 0; k < n; k++) {
        const struct ent_tok *w = &tg->t[i - n + k];
        if (!(w->flags & TK_LOWER) || tg->text[w->start] != caps[k])
            return false;
    }
    return true;
}

/* Whether ", Region" follows the run ending at `b` ("Toulouse, France", "Mobile, Alabama"). */
static bool before_place(const struct tagger *tg, size_t b)
{
    size_t k;

    if (b == 0 || b >= tg->n || (tg->t[b].flags & TK_SENT) || !is_cap(tg, b))
        return false;
    if (tg->t[b].start != tg->t[b - 1].end + 2 || tg->text[tg->t[b - 1].end] != ',')
        return false;
    for (k = 1; k <= 3 && b + k <= tg->n; k++) {
        if (k > 1 && (tg->t[b + k - 1].flags & (TK_BREAK | TK_SENT)))
            break;
        if (gaz_of(tg, b, b + k) & ENT_GAZ_PLACE)
            return true;
    }
    return false;
}

/*
 * The type the first pronoun after [a, b) in its sentence gives it, before
 * any other capitalised word: "his", "he", "her", "she" mean a person
 * ("Ada Kiss said he"), "its" an organisation ("Brindle Foods said its").
 * 0 when there is none.
 */
static enum td_entity_type pronoun_type(const struct tagger *tg, size_t b)
{
    static const char *const per[] = {"he", "his", "him", "she", "her", "himself", "herself", NULL};
    size_t i, k;

    for (i = b; i < tg->n && i < b + 12; i++) {
        if ((tg->t[i].flags & TK_SENT) || is_cap(tg, i))
            return 0;
        if (is_word(tg, i, "its") || is_word(tg, i, "itself"))
            return TD_ENT_ORG;
        for (k = 0; per[k] != NULL; k++) {
            if (is_word(tg, i, per[k]))
                return TD_ENT_PER;
        }
    }
    return 0;
}

/*
 * The word class of the head of an apposition after the name ending at
 * `b`: ", a senior analyst" (W_TITLE), ", the investment bank" (W_ORG_KIND);
 * 0 when there is none.
 */
static unsigned apposition_after(const struct tagger *tg, size_t b)
{
    size_t i = b, k;

    if (b >= tg->n || tg->t[b].start != tg->t[b - 1].end + 2 || tg->text[tg->t[b - 1].end] != ',' ||
        (tg->t[b].flags & TK_SENT))
        return 0;
    if (is_word(tg, i, "a") || is_word(tg, i, "an") || is_word(tg, i, "the"))
        i++;
    for (k = 0; k < 3 && i < tg->n; k++, i++) {
        const struct ent_tok *t = &tg->t[i];
        unsigned c = wclass(tg, i);
        if (!(t->flags & TK_LOWER) || (t->flags & (TK_BREAK | TK_POSS)) || (c & W_FUNC))
            return 0;
        if (c & (W_TITLE | W_ORG_KIND))
            return c & (W_TITLE | W_ORG_KIND);
    }
    return 0;
}

/*
 * Whether a role word and "at", "with" or "of" come right before token
 * `a`: "an analyst at X", "Analysts at X", "chief executive of X" name an
 * employer; so does "a stake in X".
 */
static bool role_before(const struct tagger *tg, size_t a)
{
    unsigned c;

    if (a < 2 || (tg->t[a].flags & (TK_BREAK | TK_SENT)) || (tg->t[a - 1].flags & TK_BREAK) ||
        !(tg->t[a - 1].flags & TK_LOWER))
        return false;
    c = wclass(tg, a - 2);
    if (is_word(tg, a - 1, "of"))
        return (c & W_ROLE) != 0;
    /* "a stake in X", "shares in X": X is a company. */
    if (is_word(tg, a - 1, "in"))
        return is_word(tg, a - 2, "stake") || is_word(tg, a - 2, "stakes") ||
               is_word(tg, a - 2, "shares") || is_word(tg, a - 2, "investment") ||
               is_word(tg, a - 2, "holding");
    return (is_word(tg, a - 1, "at") || is_word(tg, a - 1, "with")) && (c & (W_ROLE | W_TITLE));
}

/* Whether "who" follows the name ending at `b` ("Ada Kiss, who"): people are "who". */
static bool who_after(const struct tagger *tg, size_t b)
{
    return b < tg->n && !(tg->t[b].flags & TK_SENT) && is_word(tg, b, "who");
}

/* Whether an age in commas follows the name ending at `b`: "Hadley, 56, said". */
static bool age_after(const struct tagger *tg, size_t b)
{
    const struct ent_tok *t = b < tg->n ? &tg->t[b] : NULL;

    return t != NULL && (t->flags & TK_DIGIT) && t->end - t->start <= 3 &&
           t->start == tg->t[b - 1].end + 2 && tg->text[tg->t[b - 1].end] == ',' &&
           t->end < tg->len && tg->text[t->end] == ',';
}

/* Whether "& Co" follows the name ending at `b` ("Brindle & Co."). */
static bool and_co_after(const struct tagger *tg, size_t b)
{
    const struct ent_tok *t;

    if (b >= tg->n || (tg->t[b].flags & TK_SENT))
        return false;
    t = &tg->t[b];
    return t->start >= 2 && tg->text[t->start - 2] == '&' && (wclass(tg, b) & W_ORG_END) &&
           tg->t[b - 1].end + 3 == t->start;
}

/* Sets `*type` and `*ev` and returns true (a helper for one-line rule rows). */
static bool set_type(enum td_entity_type *type, enum strength *ev, enum td_entity_type t,
                     enum strength e)
{
    *type = t;
    *ev = e;
    return true;
}

/* Whether a title abbreviation and its period come before token `a`: "Mr. Kiss", "Dr. Orr". */
static bool title_abbrev_before(const struct tagger *tg, size_t a)
{
    const struct ent_tok *p = a > 0 ? &tg->t[a - 1] : NULL;

    return p != NULL && (p->flags & TK_PERIOD) && !(tg->t[a].flags & TK_SENT) &&
           tg->t[a].start == p->end + 2 && (wclass(tg, a - 1) & W_TITLE) && p->end - p->start <= 4;
}

/*
 * Cues right next to [a, b) that decide its type: ", Region" after it, a
 * renaming phrase, a title before it, a role or company kind around it,
 * "& Co" after it. `before`/`after` are the word classes of the lower-case
 * words next to it.
 */
static bool near_cues(const struct tagger *tg, size_t a, size_t b, unsigned before, unsigned after,
                      enum td_entity_type *type, enum strength *ev)
{
    bool low_before = a > 0 && (tg->t[a - 1].flags & TK_LOWER);

    if (before_place(tg, b))
        return set_type(type, ev, TD_ENT_LOC, EV_WEAK);
    if (after_rename(tg, a))
        return set_type(type, ev, TD_ENT_PER, EV_WEAK);
    if (((before & W_TITLE) && low_before) || title_abbrev_before(tg, a))
        return set_type(type, ev, TD_ENT_PER, EV_STRONG);
    if ((after & W_ROLE) || ((before & W_ORG_KIND) && low_before) || and_co_after(tg, b))
        return set_type(type, ev, TD_ENT_ORG, EV_STRONG);
    return false;
}

/*
 * Weaker cues a little further away: "who" after it, a place word after
 * it ("Orly airport"), "analyst at" before it, a title in apposition, a
 * place preposition, the first pronoun after it.
 */
static bool far_cues(const struct tagger *tg, size_t a, size_t b, unsigned before, unsigned after,
                     enum td_entity_type *type, enum strength *ev)
{
    enum td_entity_type pt;
    unsigned app;

    if ((b - a > 1 && who_after(tg, b)) || age_after(tg, b))
        return set_type(type, ev, TD_ENT_PER, EV_WEAK);
    if ((after & W_LOC_END) && !(after & W_DIR))
        return set_type(type, ev, TD_ENT_LOC, EV_WEAK);
    if (role_before(tg, a))
        return set_type(type, ev, TD_ENT_ORG, EV_WEAK);
    if (b - a <= 3 && (app = apposition_after(tg, b)) != 0)
        return set_type(type, ev, (app & W_TITLE) ? TD_ENT_PER : TD_ENT_ORG, EV_WEAK);
    /* "in Lutz", and "In Lutz, ..." at the start of a sentence. */
    if ((before & W_LOC_PREP) && (tg->t[a - 1].flags & (TK_LOWER | TK_SENT)))
        return set_type(type, ev, TD_ENT_LOC, EV_PREP);
    /* A lone word opening a sentence may be a common word ("Five of them said their"). */
    if ((b - a > 1 || !(tg->t[a].flags & TK_SENT)) && (pt = pronoun_type(tg, b)) != 0)
        return set_type(type, ev, pt, EV_WEAK);
    return false;
}

/* Type from the words around [a, b); leaves `*type` and `*ev` alone when none says. */
static void context_type(const struct tagger *tg, size_t a, size_t b, enum td_entity_type *type,
                         enum strength *ev)
{
    unsigned before = a > 0 && !(tg->t[a].flags & (TK_BREAK | TK_SENT)) ? wclass(tg, a - 1) : 0;
    unsigned after = 0;

    if (b < tg->n && !(tg->t[b].flags & (TK_BREAK | TK_SENT)) && (tg->t[b].flags & TK_LOWER))
        after = wclass(tg, b);
    if (b > a && (tg->t[b - 1].flags & TK_POSS) && b < tg->n && (tg->t[b].flags & TK_LOWER))
        after = wclass(tg, b);
    if (!near_cues(tg, a, b, before, after, type, ev))
        (void)far_cues(tg, a, b, before, after, type, ev);
}

/* Longest gazetteer prefix of [a, b), in tokens (0 when none). */
static size_t gaz_prefix(const struct tagger *tg, size_t a, size_t b)
{
    size_t k = b - a < ENT_GAZ_MAX_WORDS ? b - a : ENT_GAZ_MAX_WORDS;

    for (; k > 0; k--) {
        if (gaz_of(tg, a, a + k) != 0)
            return k;
    }
    return 0;
}

static enum td_err classify(struct tagger *tg, size_t a, size_t b, enum td_entity_type hint,
                            enum strength hint_ev);

/*
 * Splits [a, b) at its first capitalised title word ("US President Barack
 * Obama", "Northrop Grumman CEO Ron Sugar"): the part before is a place or
 * an employer, the part after a person. `*done` is false when there is no
 * title to split at.
 */
static enum td_err split_title(struct tagger *tg, size_t a, size_t b, bool after_title, bool *done)
{
    size_t i;
    enum td_err rc;

    *done = false;
    for (i = a; i < b; i++) {
        unsigned c = wclass(tg, i);
        if (!(c & W_TITLE) || (tg->t[i].flags & TK_ALLCAPS && !(c & W_ROLE)))
            continue;
        *done = true;
        /* Words between two titles belong to the title ("Chief Operating Officer"). */
        rc = after_title ? TD_OK
                         : classify(tg, a, i, (c & W_ROLE) ? TD_ENT_ORG : 0,
                                    (c & W_ROLE) ? EV_WEAK : EV_NONE);
        if (rc == TD_OK)
            rc = classify(tg, i + 1, b, TD_ENT_PER, EV_STRONG);
        return rc;
    }
    return TD_OK;
}

/*
 * "X of Y" is one name only when X is a word that heads such names ("Bank
 * of Ostrava", "University of Lutz", "President of Freedonia") or a place;
 * otherwise ("Ado Kiss of Brindle Foods", "Shares of Brindle") the run is
 * split at "of" and both sides are typed on their own.
 */
static enum td_err split_of(struct tagger *tg, size_t a, size_t b, enum td_entity_type hint,
                            enum strength hint_ev, bool *done)
{
    size_t i, j;
    enum td_err rc;

    *done = false;
    for (i = a + 1; i < b && !is_word(tg, i, "of"); i++)
        ;
    if (i >= b || (wclass(tg, i - 1) & (W_ORG_END | W_LOC_END | W_TITLE | W_ORG_CUE)) ||
        gaz_of(tg, a, i) != 0)
        return TD_OK;
    *done = true;
    for (j = i + 1; j < b && (wclass(tg, j) & W_CONNECT) && !is_cap(tg, j); j++)
        ;
    if ((rc = classify(tg, a, i, hint, hint_ev)) != TD_OK)
        return rc;
    return classify(tg, j, b, 0, EV_NONE);
}

/*
 * Whether [a, b) looks like a personal name: two or three plain
 * capitalised words, none of them used as a common word in the text, and
 * not after an article ("the Music Store", "a Joint Strike Fighter").
 */
static bool speech_near(const struct tagger *tg, size_t a, size_t b);

/* Whether token `j` follows a middle initial: "George W. Bush", "Ada K. Kiss". */
static bool initial_gap(const struct tagger *tg, size_t j)
{
    const struct ent_tok *p = j > 0 ? &tg->t[j - 1] : NULL;

    return p != NULL && j > 1 && p->end - p->start == 1 && (p->flags & TK_CAP) &&
           !(p->flags & TK_BREAK) && is_cap(tg, j - 2) && tg->text[p->end] == '.' &&
           tg->t[j].start == p->end + 2;
}

/*
 * Whether token `i` has a capital inside that no surname prefix explains:
 * "JPMorgan", "PayPal", "MacBook" are brands; "McCain", "DeLay", "LaHood"
 * are people.
 */
static bool inner_capital(const struct tagger *tg, size_t i)
{
    static const char *const prefixes[] = {"Mc", "Mac", "De", "Di",  "Da",
                                           "Du", "La",  "Le", "Van", NULL};
    const struct ent_tok *t = &tg->t[i];
    const char *p = tg->text + t->start;
    size_t n = t->end - t->start, k, j;

    for (k = 1; k < n; k++) {
        if (!(p[k] >= 'A' && p[k] <= 'Z') || p[k - 1] == '-' || p[k - 1] == '\'')
            continue;
        for (j = 0; prefixes[j] != NULL; j++) {
            if (strlen(prefixes[j]) == k && memcmp(p, prefixes[j], k) == 0)
                break;
        }
        if (prefixes[j] == NULL)
            return true;
    }
    return false;
}

static bool person_shape(const struct tagger *tg, size_t a, size_t b)
{
    size_t i;
    /* Next to "said", a word the text also uses in lower case may be a first name ("Bill"). */
    bool spoken = speech_near(tg, a, b);

    if (b - a < 2 || b - a > 3)
        return false;
    if (tg->english && a > 0 && !(tg->t[a].flags & TK_BREAK) &&
        (is_word(tg, a - 1, "the") || is_word(tg, a - 1, "a") || is_word(tg, a - 1, "an") ||
         (tg->t[a - 1].flags & TK_POSS)))
        return false;
    for (i = a; i < b; i++) {
        unsigned f = tg->t[i].flags;
        if (!(f & TK_CAP) || (f & (TK_ALLCAPS | TK_DIGIT)) ||
            (i > a && (f & TK_BREAK) && !initial_gap(tg, i)))
            return false;
        if ((!spoken && set_has(tg->lower, tg->mask, tg->t[i].lhash)) ||
            (wclass(tg, i) & ~(unsigned)W_DIR) != 0 || inner_capital(tg, i))
            return false;
    }
    return true;
}

/* Whether token `i` is a verb of saying. */
static bool is_speech(const struct tagger *tg, size_t i)
{
    static const char *const verbs[] = {"said",   "says",   "told",  "added", "explained",
                                        "stated", "warned", "noted", NULL};
    size_t k;

    for (k = 0; verbs[k] != NULL; k++) {
        if (is_word(tg, i, verbs[k]))
            return true;
    }
    return false;
}

/* Whether a verb of saying comes right after [a, b) ("X said") or right before it ("said X"). */
static bool speech_near(const struct tagger *tg, size_t a, size_t b)
{
    if (b < tg->n && !(tg->t[b].flags & (TK_SENT | TK_BREAK)) && is_speech(tg, b))
        return true;
    return a > 0 && !(tg->t[a].flags & (TK_SENT | TK_BREAK)) && is_speech(tg, a - 1);
}

/* Whether " & " separates token `j` from the one before ("Procter & Gamble"). */
static bool amp_gap(const struct tagger *tg, size_t j)
{
    size_t e = j > 0 ? tg->t[j - 1].end : 0;

    return j > 0 && tg->t[j].start == e + 3 && memcmp(tg->text + e, " & ", 3) == 0;
}

/* Types one run [a, b) (no titles left inside) from its own words. */
static void own_type(const struct tagger *tg, size_t a, size_t b, enum td_entity_type *type,
                     enum strength *ev)
{
    unsigned last = wclass(tg, b - 1), any = 0;
    size_t i, pre;

    bool amp = false;

    for (i = a; i < b; i++) {
        any |= wclass(tg, i);
        amp = amp || (i > a && amp_gap(tg, i));
    }
    *ev = EV_STRONG;
    if (gaz_of(tg, a, b) & (ENT_GAZ_PLACE | ENT_GAZ_DEMONYM | ENT_GAZ_INITIALS)) {
        *type = TD_ENT_LOC;
    } else if (amp) {
        /* Names joined by "&" are a firm ("Procter & Gamble", "Kolva & Co"), never a person. */
        *type = TD_ENT_ORG;
    } else if ((last & W_ORG_END) && (b - a > 1 || (tg->t[a].flags & TK_ALLCAPS) == 0)) {
        /* A lone "Senate" or "Parliament" mid-sentence; "Company" opening a sentence is a word. */
        bool lone_ok = !(tg->t[a].flags & TK_SENT);
        *type = b - a > 1 || lone_ok ? TD_ENT_ORG : 0;
        *ev = b - a > 1 ? EV_STRONG : lone_ok ? EV_WEAK : EV_NONE;
    } else if ((last & W_LOC_END) && b - a > 1) {
        *type = TD_ENT_LOC;
    } else if ((any & W_ORG_CUE) && b - a > 1) {
        *type = TD_ENT_ORG;
    } else if (b - a > 1 && (pre = gaz_prefix(tg, a, b)) > 0) {
        *type = gaz_of(tg, a + pre, b) ? TD_ENT_LOC : TD_ENT_ORG;
        *ev = EV_WEAK;
    } else {
        *type = 0;
        *ev = EV_NONE;
    }
}

/* Whether token `i` is a people's plural ("Freedonians"): a group of people, not a place. */
static bool plural_demonym(const struct tagger *tg, size_t i)
{
    const struct ent_tok *t = &tg->t[i];
    size_t n = t->end - t->start;

    return tg->gaz != NULL && n > 4 && tg->text[t->end - 1] == 's' &&
           (entity_gaz_lookup(tg->gaz, tg->text + t->start, n - 1) & ENT_GAZ_DEMONYM) &&
           !(entity_gaz_lookup(tg->gaz, tg->text + t->start, n) & ENT_GAZ_PLACE);
}

/* Whether a lower-case word of class `cls` comes right before token `a` ("browser Safari"). */
static bool kind_before(const struct tagger *tg, size_t a, unsigned cls)
{
    return a > 0 && !(tg->t[a].flags & (TK_BREAK | TK_SENT)) && (tg->t[a - 1].flags & TK_LOWER) &&
           (wclass(tg, a - 1) & cls);
}

/* What [a, b) is before its type is looked at. */
enum name_kind { NK_NAME, NK_DROP, NK_NON_NAME };

/*
 * Whether [a, b) is a product, an index, an event or a spelled-out common
 * noun (see `product_context`, `index_context`, `lower_expansion`; a kind
 * of product before it, an event word at its end).
 */
static bool product_or_index(const struct tagger *tg, size_t a, size_t b)
{
    const struct ent_tok *last = &tg->t[b - 1];

    /* A version letter at the end: "Orbit OS X"; a person's initial has its period. */
    if (b - a > 1 && last->end - last->start == 1 && (last->flags & TK_CAP) &&
        !(last->flags & TK_PERIOD))
        return true;
    /* A model's last word: "Orbit Pro", "Orbit Mini". */
    if (b - a > 1 && (wclass(tg, b - 1) & W_MODEL_END))
        return true;
    return product_context(tg, a, b) || index_context(tg, a, b) ||
           kind_before(tg, a, W_PRODUCT_KIND) || (b - a == 1 && lower_expansion(tg, a)) ||
           (b - a > 1 && (wclass(tg, b - 1) & W_EVENT));
}

/*
 * Runs that are no name. Products and indices come back as NK_NON_NAME:
 * they are kept as candidates of no type with strong evidence, so that the
 * same words elsewhere in the text are no name either ("787 Dreamliner"
 * ... "The Dreamliner").
 */
static enum name_kind name_kind(const struct tagger *tg, size_t a, size_t b)
{
    /* After a possessive the next word is owned, not part of the name: "Boeing's 747". */
    bool next =
        b < tg->n && !(tg->t[b].flags & (TK_BREAK | TK_SENT)) && !(tg->t[b - 1].flags & TK_POSS);

    if (gaz_of(tg, a, b) == ENT_GAZ_NOT_NAME ||
        (b - a == 1 && (plural_demonym(tg, a) || (wclass(tg, a) & W_ABBR))))
        return NK_DROP;
    /* A code glued to a currency sign ("US$") is part of the currency. */
    if (tg->t[b - 1].end < tg->len && tg->text[tg->t[b - 1].end] == '$')
        return NK_DROP;
    if (index_context(tg, a, b))
        return NK_NON_NAME;
    /* A maker before a model number names a product ("Boeing 787", "Airbus A380"). */
    if (next && (tg->t[b].flags & TK_HASDIGIT))
        return NK_DROP;
    if (product_or_index(tg, a, b))
        return NK_NON_NAME;
    /* A holiday is no name: "New Year", "Labor Day", "Christmas Eve". */
    if (next && (is_word(tg, b, "Day") || is_word(tg, b, "Year") || is_word(tg, b, "Eve") ||
                 is_word(tg, b, "Night")))
        return NK_DROP;
    /* A place adjective before a currency ("US dollars") is part of the currency. */
    if (b < tg->n && (wclass(tg, b) & W_CURRENCY) && !(tg->t[b].flags & TK_BREAK) &&
        !(tg->t[b - 1].flags & TK_POSS))
        return NK_DROP;
    return NK_NAME;
}

/* Drops leading function, time and joining words and trailing lower-case words of [*a, *b). */
static void trim_run(const struct tagger *tg, size_t *a, size_t *b)
{
    while (*a < *b &&
           ((wclass(tg, *a) & (W_FUNC | W_TIME | W_CONNECT)) && !(tg->t[*a].flags & TK_ALLCAPS)) &&
           gaz_prefix(tg, *a, *b) == 0)
        (*a)++;
    while (*b > *a && ((wclass(tg, *b - 1) & (W_CONNECT | W_TIME)) || !is_cap(tg, *b - 1)))
        (*b)--;
}

/* Whether [a, b) ends in "Flight" before a number: "Orvel Air Flight 447" names the airline. */
static bool airline_flight(const struct tagger *tg, size_t a, size_t b)
{
    return b - a > 1 && b < tg->n && (tg->t[b].flags & TK_DIGIT) &&
           !(tg->t[b].flags & (TK_BREAK | TK_SENT)) && is_word(tg, b - 1, "Flight");
}

/*
 * Types the run [a, b): leading function words and sentence-initial
 * common words are dropped, titles split it, then its own words decide,
 * then the words around it, then the caller's `hint`.
 */
static enum td_err classify(struct tagger *tg, size_t a, size_t b, enum td_entity_type hint,
                            enum strength hint_ev)
{
    enum td_entity_type type = 0, ctype = 0;
    enum strength ev = EV_NONE, cev = EV_NONE;
    bool done;
    enum td_err rc;

    trim_run(tg, &a, &b);
    if (a >= b)
        return TD_OK;
    if ((rc = split_of(tg, a, b, hint, hint_ev, &done)) != TD_OK || done)
        return rc;
    if ((rc = split_title(tg, a, b, hint == TD_ENT_PER && hint_ev == EV_STRONG, &done)) != TD_OK ||
        done)
        return rc;
    if (airline_flight(tg, a, b))
        return push(tg, a, b - 1, TD_ENT_ORG, EV_STRONG);
    switch (name_kind(tg, a, b)) {
    case NK_DROP: return TD_OK;
    case NK_NON_NAME: return push(tg, a, b, 0, EV_STRONG);
    case NK_NAME: break;
    }
    /*
     * Country initials before a name modify it ("US Air Force", "UK RAF"):
     * the place is a mention of its own; full country names often belong
     * to the name ("Singapore Airlines").
     */
    if (b - a > 1 &&
        (gaz_of(tg, a, a + 1) & (ENT_GAZ_INITIALS | ENT_GAZ_PLACE)) == ENT_GAZ_INITIALS) {
        if ((rc = push(tg, a, a + 1, TD_ENT_LOC, EV_STRONG)) != TD_OK)
            return rc;
        return classify(tg, a + 1, b, hint, hint_ev);
    }
    own_type(tg, a, b, &type, &ev);
    context_type(tg, a, b, &ctype, &cev);
    if (cev > ev) {
        type = ctype;
        ev = cev;
    }
    if (hint_ev > ev) {
        type = hint;
        ev = hint_ev;
    }
    return push(tg, a, b, type, ev);
}

/* Splits the text into runs of capitalised words (with "of"/"de" inside) and types them. */
static enum td_err find_runs(struct tagger *tg)
{
    size_t i = 0, j;
    enum td_err rc;

    while (i < tg->n) {
        if (!is_cap(tg, i) || (wclass(tg, i) & W_TIME)) {
            i++;
            continue;
        }
        for (j = i + 1; j < tg->n; j++) {
            unsigned f = tg->t[j].flags;
            if ((f & TK_SENT) ||
                ((f & TK_BREAK) && !((amp_gap(tg, j) || initial_gap(tg, j)) && is_cap(tg, j))) ||
                (tg->t[j - 1].flags & TK_POSS))
                break;
            if (is_cap(tg, j) && !(wclass(tg, j) & W_TIME))
                continue;
            /*
             * "Bank of America", "Ministry of the Interior", "Juan de la Cruz";
             * "the" only after another joining word ("in Lutz the Senate" is two names).
             */
            if ((f & TK_LOWER) && (wclass(tg, j) & W_CONNECT) && j + 1 < tg->n &&
                (!is_word(tg, j, "the") || (wclass(tg, j - 1) & W_CONNECT)) &&
                !(tg->t[j + 1].flags & (TK_SENT | TK_BREAK)) &&
                (is_cap(tg, j + 1) ||
                 ((wclass(tg, j + 1) & W_CONNECT) && j + 2 < tg->n && is_cap(tg, j + 2))))
                continue;
            break;
        }
        if ((rc = classify(tg, i, j, 0, EV_NONE)) != TD_OK)
            return rc;
        i = j;
    }
    return TD_OK;
}

/* ---- Propagation and defaults ---- */

static bool same_tokens(const struct tagger *tg, size_t a1, size_t a2, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        if (tg->t[a1 + i].lhash != tg->t[a2 + i].lhash)
            return false;
    }
    return true;
}

/* Whether the single token `i` spells the initials of [a, b) ("GM", "General Motors"). */
static bool initials_of(const struct tagger *tg, size_t i, size_t a, size_t b)
{
    const struct ent_tok *t = &tg->t[i];
    size_t k = 0, j;

    if (!(t->flags & TK_ALLCAPS) || (t->flags & TK_DOTTED))
        return false;
    for (j = a; j < b; j++) {
        if (!is_cap(tg, j))
            continue;
        if (t->start + k >= t->end || tg->text[t->start + k] != tg->text[tg->t[j].start])
            return false;
        k++;
    }
    return k >= 2 && t->start + k == t->end;
}

/*
 * The type a name without evidence takes from the other names of the
 * text whose evidence is at least `min_ev`: the same words typed
 * elsewhere, or a longer name it is part of (a surname or first name of a
 * person, the first word or initials of an organisation).
 */
static void propagate_one(struct tagger *tg, struct cand *c, enum strength min_ev)
{
    size_t len = c->b - c->a, k;
    enum strength best = EV_NONE;

    for (k = 0; k < tg->nc; k++) {
        const struct cand *o = &tg->c[k];
        size_t olen = o->b - o->a;
        enum strength ev = EV_NONE;
        if (o == c || o->ev < min_ev || o->type == 0)
            continue;
        if (olen == len && same_tokens(tg, c->a, o->a, len))
            ev = o->ev;
        else if (len == 1 && olen > 1 && o->type == TD_ENT_PER &&
                 (same_tokens(tg, c->a, o->b - 1, 1) || same_tokens(tg, c->a, o->a, 1)))
            ev = o->ev;
        else if (len == 1 && olen > 1 && o->type == TD_ENT_ORG &&
                 (same_tokens(tg, c->a, o->a, 1) || initials_of(tg, c->a, o->a, o->b)))
            ev = o->ev;

        if (ev > best) {
            best = ev;
            c->type = o->type;
        }
    }
    if (best != EV_NONE)
        c->ev = EV_DEFAULT;
}

/*
 * A name without evidence is no name when the same words more often
 * appear as a product or an index than not ("787 Dreamliner" twice, "the
 * Dreamliner" once), or begin an index name ("the Dow" after "the Dow
 * Jones Industrial Average"). One "150px Airbus" does not outvote ten
 * plain "Airbus".
 */
static void check_product(struct tagger *tg, struct cand *c)
{
    size_t len = c->b - c->a, k, prod = 0, other = 0;

    for (k = 0; k < tg->nc; k++) {
        const struct cand *o = &tg->c[k];
        size_t olen = o->b - o->a;
        if (olen < len || !same_tokens(tg, c->a, o->a, len))
            continue;
        if (o->type == 0 && o->ev >= EV_WEAK)
            prod++;
        else if (olen == len)
            other++;
    }
    if (prod >= other) {
        c->type = 0;
        c->ev = EV_DEFAULT;
    }
}

/*
 * An acronym in parentheses right after a name stands for it and takes its
 * type: "United States Air Force (USAF)", and "Software Development Kit
 * (SDK)" after a product brand is a product too. Its first letter must be
 * the name's.
 */
static void check_acronym(struct tagger *tg, size_t k)
{
    struct cand *c = &tg->c[k];
    const struct cand *p = k > 0 ? &tg->c[k - 1] : NULL;
    const struct ent_tok *t = &tg->t[c->a];
    size_t pe;

    if (p == NULL || c->b - c->a != 1 || !(t->flags & TK_ALLCAPS) || p->b != c->a ||
        t->end >= tg->len || tg->text[t->end] != ')')
        return;
    pe = tg->t[p->b - 1].end;
    if (!(t->start == pe + 1 || (t->start == pe + 2 && tg->text[pe] == ' ')) ||
        tg->text[t->start - 1] != '(' || tg->text[t->start] != tg->text[tg->t[p->a].start])
        return;
    c->type = p->type;
    c->ev = p->type == 0 && p->ev >= EV_WEAK ? EV_WEAK : EV_DEFAULT;
}

/*
 * "in X" makes X a place only when X mostly appears that way: a company
 * named after a preposition once ("in Apple's case") but bare ten times
 * is not a place, nor is a name whose last word is also used alone (a
 * surname).
 */
static void check_prep(struct tagger *tg, struct cand *c)
{
    size_t len = c->b - c->a, k, total = 0, prep = 0;

    for (k = 0; k < tg->nc; k++) {
        const struct cand *o = &tg->c[k];
        /*
         * A first or last word used alone elsewhere is a person's name: "from
         * Kanye West" ... "West said".
         */
        if (len > 1 && o->b - o->a == 1 &&
            (same_tokens(tg, c->b - 1, o->a, 1) || same_tokens(tg, c->a, o->a, 1)))
            total += 2;
        if (o->b - o->a != len || !same_tokens(tg, c->a, o->a, len))
            continue;
        total++;
        prep += o->ev == EV_PREP;
    }
    if (prep * 2 < total) {
        c->ev = EV_NONE;
        c->type = 0;
    }
}

/* Whether a kind of product follows the name ending at `b`: "X sedans", "X laptops". */
static bool before_product(const struct tagger *tg, size_t b)
{
    return b < tg->n && !(tg->t[b].flags & (TK_BREAK | TK_SENT)) && (tg->t[b].flags & TK_LOWER) &&
           (wclass(tg, b) & W_PRODUCT);
}

/* How many candidates have the words of the one-word candidate `c`. */
static size_t occurrences(const struct tagger *tg, const struct cand *c)
{
    size_t k, n = 0;

    for (k = 0; k < tg->nc; k++)
        n += tg->c[k].b - tg->c[k].a == 1 && same_tokens(tg, tg->c[k].a, c->a, 1);
    return n;
}

/*
 * Whether the name `c` of several words, typed by its shape, is used once
 * with no other clue: not next to "said", never repeated, and neither its
 * first nor its last word used alone ("the Brass Lantern Parade" once).
 */
static bool multi_once(const struct tagger *tg, const struct cand *c)
{
    size_t k, len = c->b - c->a, n = 0;

    if (speech_near(tg, c->a, c->b) || len < 2)
        return false;
    for (k = 0; k < tg->nc; k++) {
        const struct cand *o = &tg->c[k];
        size_t olen = o->b - o->a;
        if (olen == len && same_tokens(tg, o->a, c->a, len))
            n++;
        if (olen == 1 && (same_tokens(tg, o->a, c->a, 1) || same_tokens(tg, o->a, c->b - 1, 1)))
            return false;
    }
    return n < 2;
}

/*
 * A name nothing typed: a one-word name at a sentence start that is also
 * used as a common word (or never recurs mid-sentence) is dropped; other
 * names get a type from their shape: two or three plain capitalised words
 * are a person, the rest an organisation. In German every noun is
 * capitalised, so a lone word there needs evidence.
 */
static void default_type(struct tagger *tg, struct cand *c)
{
    const struct ent_tok *t = &tg->t[c->a];

    if (c->b - c->a == 1) {
        if ((t->flags & TK_ALLCAPS) && !set_has(tg->lower, tg->mask, t->lhash)) {
            c->type = TD_ENT_ORG;
            c->ev = EV_DEFAULT;
            return;
        }
        if (tg->german || set_has(tg->lower, tg->mask, t->lhash) ||
            ((t->flags & TK_SENT) && !set_has(tg->midcap, tg->mask, t->lhash)))
            return;
        c->type = TD_ENT_ORG;
        c->ev = EV_DEFAULT;
        c->once = occurrences(tg, c) < 2;
        return;
    }
    /* A person-shaped name before a kind of product is a brand and model: "Corva Lumen sedan". */
    if (before_product(tg, c->b) && person_shape(tg, c->a, c->b)) {
        c->type = 0;
        c->ev = EV_WEAK;
        return;
    }
    if ((t->flags & TK_SENT) && set_has(tg->lower, tg->mask, t->lhash) &&
        !set_has(tg->midcap, tg->mask, t->lhash) &&
        !(speech_near(tg, c->a, c->b) && person_shape(tg, c->a, c->b))) {
        c->a++;
        if (c->b - c->a == 1)
            default_type(tg, c);
        else
            c->type = person_shape(tg, c->a, c->b) ? TD_ENT_PER : TD_ENT_ORG;
    } else {
        c->type = person_shape(tg, c->a, c->b) ? TD_ENT_PER : TD_ENT_ORG;
    }
    c->ev = c->type ? EV_DEFAULT : EV_NONE;
    c->once = c->type == TD_ENT_ORG && multi_once(tg, c);
}

/*
 * A two- or three-word name typed a person by its shape alone is an
 * organisation when the text shortens it to its first word and never to
 * its last: companies drop the second word ("Lockheed Martin" ...
 * "Lockheed"), news calls people by their surname.
 */
static void check_short_form(struct tagger *tg, struct cand *c)
{
    bool first = false, last = false;
    size_t k;

    for (k = 0; k < tg->nc; k++) {
        const struct cand *o = &tg->c[k];
        if (o->b - o->a != 1 || (o->type == 0 && o->ev >= EV_WEAK))
            continue;
        first = first || same_tokens(tg, o->a, c->a, 1);
        last = last || same_tokens(tg, o->a, c->b - 1, 1);
    }
    if (first && !last)
        c->type = TD_ENT_ORG;
}

/*
 * "Warren Vosk" starts with a place name, which typed it an organisation
 * ("China Eastern"), but when the text calls it by its last word alone
 * ("Vosk said") and never by its first, it is a person.
 */
static void check_surname(struct tagger *tg, struct cand *c)
{
    bool first = false, last = false;
    size_t k;

    if (c->b - c->a != 2 || c->type == TD_ENT_PER || gaz_prefix(tg, c->a, c->b) != 1 ||
        gaz_of(tg, c->b - 1, c->b) != 0 || !(tg->t[c->b - 1].flags & TK_CAP) ||
        (tg->t[c->b - 1].flags & TK_ALLCAPS) || wclass(tg, c->b - 1) != 0)
        return;
    for (k = 0; k < tg->nc; k++) {
        const struct cand *o = &tg->c[k];
        if (o->b - o->a != 1)
            continue;
        first = first || same_tokens(tg, o->a, c->a, 1);
        last = last || same_tokens(tg, o->a, c->b - 1, 1);
    }
    if (last && !first)
        c->type = TD_ENT_PER;
}

/* Whether only ", " separates tokens `i` and `j`. */
static bool comma_between(const struct tagger *tg, size_t i, size_t j)
{
    return tg->t[j].start == tg->t[i].end + 2 && tg->text[tg->t[i].end] == ',';
}

/*
 * Whether a list goes on after the name ending at `b` (", Z" or "and Z"):
 * "X, Y and Z" is a list, "Kelvin Motors, Rolf Hadley, resigned" an
 * apposition.
 */
static bool list_goes_on(const struct tagger *tg, size_t b)
{
    if (b >= tg->n || (tg->t[b].flags & TK_SENT))
        return false;
    if (is_word(tg, b, "and") || is_word(tg, b, "or"))
        return true;
    return comma_between(tg, b - 1, b) &&
           (is_cap(tg, b) || is_word(tg, b, "and") || is_word(tg, b, "or"));
}

/* Whether candidates `l` and `r` are coordinated: "X and Y", "X or Y", "X, Y". */
static bool coordinated(const struct tagger *tg, const struct cand *l, const struct cand *r)
{
    if (r->a == l->b + 1)
        return !(tg->t[l->b].flags & TK_BREAK) && !(tg->t[r->a].flags & TK_BREAK) &&
               (is_word(tg, l->b, "and") || is_word(tg, l->b, "or"));
    return r->a == l->b && comma_between(tg, l->b - 1, r->a) && !(tg->t[r->a].flags & TK_SENT) &&
           list_goes_on(tg, r->b);
}

/*
 * A name typed only by its shape takes the type of a name it is
 * coordinated with when that one had evidence ("Boeing and Lockheed
 * Martin": two companies). With `singles`, only the one-word names of
 * the last default pass are looked at.
 */
static void coordinate(struct tagger *tg, bool singles)
{
    size_t k;

    for (k = 0; k < tg->nc; k++) {
        struct cand *c = &tg->c[k];
        const struct cand *nb = NULL;
        if (c->ev != EV_DEFAULT || c->type == 0 || (singles && !c->single_default))
            continue;
        if (k > 0 && tg->c[k - 1].ev >= EV_PREP && coordinated(tg, &tg->c[k - 1], c))
            nb = &tg->c[k - 1];
        else if (k + 1 < tg->nc && tg->c[k + 1].ev >= EV_PREP && tg->c[k + 1].type != 0 &&
                 coordinated(tg, c, &tg->c[k + 1]))
            nb = &tg->c[k + 1];
        if (nb == NULL)
            continue;
        c->type = nb->type;
        c->once = false; /* the neighbour is evidence enough */
        /* One product in a list makes the next ones products: "iPod Classic, Nano and Shuffle". */
        if (nb->type == 0)
            c->ev = EV_WEAK;
    }
}

/*
 * Evidence first, then the shapes of longer names, then what shorter names
 * can borrow from those (a surname from a full name typed by its shape).
 */
static void resolve(struct tagger *tg)
{
    size_t k;

    for (k = 0; k < tg->nc; k++) {
        if (tg->c[k].ev == EV_PREP)
            check_prep(tg, &tg->c[k]);
    }
    for (k = 0; k < tg->nc; k++) {
        if (tg->c[k].ev == EV_NONE)
            check_acronym(tg, k);
        else if (tg->c[k].ev == EV_WEAK)
            check_surname(tg, &tg->c[k]);
    }
    for (k = 0; k < tg->nc; k++) {
        if (tg->c[k].ev == EV_NONE)
            check_product(tg, &tg->c[k]);
    }
    for (k = 0; k < tg->nc; k++) {
        if (tg->c[k].ev == EV_NONE)
            propagate_one(tg, &tg->c[k], EV_PREP);
    }
    for (k = 0; k < tg->nc; k++) {
        struct cand *c = &tg->c[k];
        if (c->ev != EV_NONE || c->b - c->a < 2)
            continue;
        default_type(tg, c);
        if (c->type == TD_ENT_PER && c->b - c->a > 1)
            check_short_form(tg, c);
    }
    coordinate(tg, false);
    for (k = 0; k < tg->nc; k++) {
        if (tg->c[k].ev == EV_NONE)
            propagate_one(tg, &tg->c[k], EV_DEFAULT);
    }
    for (k = 0; k < tg->nc; k++) {
        if (tg->c[k].ev == EV_NONE) {
            default_type(tg, &tg->c[k]);
            tg->c[k].single_default = tg->c[k].ev == EV_DEFAULT;
        }
    }
    /* One-word names get their defaults last, so they are coordinated last: "in Bochum and Jena".
     */
    coordinate(tg, true);
}

/* ---- Output ---- */

/*
 * Whether candidate `c` is output to the name list (`names`) or to the
 * other list. With an other list (`split`), a one-word name that nothing
 * but the default typed and that the text uses once goes there, for the
 * story to confirm; without one it stays a name.
 */
static bool wanted(const struct cand *c, bool names, bool split)
{
    bool tentative = split && c->once && c->type != 0;

    if (c->a >= c->b)
        return false;
    if (names)
        return c->type != 0 && !tentative;
    return tentative || (c->type == 0 && c->ev >= EV_WEAK);
}

/* A new array of the candidates `wanted()` for `names`; `*n` is its length. */
static struct td_mention *collect(const struct tagger *tg, bool names, bool split, size_t *n)
{
    struct td_mention *items;
    size_t k;

    *n = 0;
    if (tg->nc == 0 || (items = td_malloc(tg->nc * sizeof(*items))) == NULL)
        return NULL;
    for (k = 0; k < tg->nc; k++) {
        const struct cand *c = &tg->c[k];
        if (!wanted(c, names, split))
            continue;
        items[(*n)++] = (struct td_mention){tg->t[c->a].start, tg->t[c->b - 1].end,
                                            tg->t[c->a].start_cp, tg->t[c->b - 1].end_cp, c->type};
    }
    return items;
}

/* Replaces the contents of `out` with `items` (`n` used of `cap`); takes ownership. */
static void give(struct td_mention_list *out, struct td_mention *items, size_t n, size_t cap)
{
    td_free(out->items);
    out->items = items;
    out->n = n;
    out->cap = cap;
}

/* Fills `out` with the names and `non` (may be NULL) with the no-names; both or neither. */
static enum td_err emit(const struct tagger *tg, struct td_mention_list *out,
                        struct td_mention_list *non)
{
    struct td_mention *names, *others = NULL;
    size_t nn, no = 0;

    names = collect(tg, true, non != NULL, &nn);
    if (non != NULL)
        others = collect(tg, false, true, &no);
    if (tg->nc > 0 && (names == NULL || (non != NULL && others == NULL))) {
        td_free(names);
        td_free(others);
        return TD_ERR_NOMEM;
    }
    give(out, names, nn, tg->nc);
    if (non != NULL)
        give(non, others, no, tg->nc);
    return TD_OK;
}

enum td_err td_entities_find(const struct td_gazetteer *gaz, const char *text, size_t len,
                             const char *lang, struct td_mention_list *out, struct td_error *err)
{
    return entity_find_ex(gaz, text, len, lang, out, NULL, err);
}

/* Whether `cp` is a lower-case letter of the Turkish alphabet. */
static bool turkish_lower(int32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || cp == 0x131 || cp == 0xFC || cp == 0xF6 || cp == 0xE7 ||
           cp == 0x15F || cp == 0x11F;
}

/* Whether `s[from..end)` is one or more lower-case Turkish letters. */
static bool lower_suffix(const char *s, size_t from, size_t end)
{
    size_t q = from;

    while (q < end)
        if (!turkish_lower(utf8_next(s, end, &q)))
            return false;
    return from < end;
}

/*
 * Turkish writes a name's case ending after an apostrophe ("Ürdün'de", in
 * Jordan; "Madaba'nın"): the name ends at the apostrophe, and the next
 * capitalised word starts another name. Cuts each capitalised token there
 * and marks it as one a name does not run past (TK_POSS).
 */
static void split_case_endings(struct tagger *tg)
{
    size_t i, p, q, apos;
    int32_t cp;

    for (i = 0; i < tg->n; i++) {
        struct ent_tok *t = &tg->t[i];
        if (!(t->flags & TK_CAP))
            continue;
        for (p = t->start, apos = 0; p < t->end && apos == 0;) {
            q = p;
            cp = utf8_next(tg->text, t->end, &q);
            if (cp == '\'' || cp == 0x2019)
                apos = p;
            p = q > p ? q : p + 1;
        }
        if (apos == 0 || !lower_suffix(tg->text, p, t->end))
            continue;
        t->end_cp = t->start_cp + utf8_count(tg->text + t->start, apos - t->start);
        t->end = apos;
        t->flags |= TK_POSS;
        t->lhash = entity_hash_lower(tg->text + t->start, t->end - t->start);
    }
}

enum td_err entity_find_ex(const struct td_gazetteer *gaz, const char *text, size_t len,
                           const char *lang, struct td_mention_list *out,
                           struct td_mention_list *non, struct td_error *err)
{
    struct tagger tg;
    size_t bad_at = 0;
    enum td_err rc;

    if (text == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no text or no output list");
    if (len > MAX_TEXT_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "text longer than %zu bytes", MAX_TEXT_BYTES);
    if (!utf8_valid(text, len, &bad_at))
        return td_error_set(err, TD_ERR_INVALID, "text is not valid UTF-8 (byte %zu)", bad_at);
    memset(&tg, 0, sizeof(tg));
    tg.gaz = gaz;
    tg.text = text;
    tg.len = len;
    tg.german = lang != NULL && strncmp(lang, "de", 2) == 0;
    tg.english = lang == NULL || lang[0] == '\0' || strncmp(lang, "en", 2) == 0;
    rc = entity_tokenize(text, len, &tg.t, &tg.n, &tg.tcap);
    if (rc == TD_OK && lang != NULL && strncmp(lang, "tr", 2) == 0)
        split_case_endings(&tg);
    if (rc == TD_OK)
        rc = build_sets(&tg);
    if (rc == TD_OK)
        rc = find_runs(&tg);
    if (rc == TD_OK) {
        resolve(&tg);
        rc = emit(&tg, out, non);
    }
    td_free(tg.t);
    td_free(tg.lower);
    td_free(tg.c);
    if (rc != TD_OK)
        return td_error_set(err, rc, "out of memory");
    return TD_OK;
}
