/*
 * split.c - the split pass's decision (see split.h): the members an event
 * remembers, a 2-way partition of them by cosine, and the test that the
 * two parts are two happenings rather than two angles on one. Two reports
 * of one happening share its names and numbers; two happenings of one
 * kind (two earthquakes, two shootings) share their words but each has
 * names, places and figures of its own, which only show once each group
 * has a few members.
 */
#include <math.h>
#include <string.h>

#include "cluster/split.h"
#include "core/alloc.h"
#include "core/sort.h"

/* Rounds of reassignment of the 2-way partition (it settles in 2-4 on news). */
#define SPLIT_ROUNDS 10

void split_ring_release(struct split_ring *r)
{
    td_free(r->m);
    memset(r, 0, sizeof(*r));
}

bool split_ring_due(const struct split_ring *r)
{
    return r->n >= SPLIT_MIN_SIZE && r->fresh >= SPLIT_FRESH && 4 * r->fresh >= r->n;
}

struct split_member *split_ring_slot(struct split_ring *r)
{
    struct split_member *m;

    if (r->n == SPLIT_MEMBERS) {
        m = &r->m[r->next];
        r->next = (r->next + 1) % SPLIT_MEMBERS;
        r->fresh++;
        return m;
    }
    if (r->n == r->cap) {
        uint32_t cap = r->cap == 0 ? 2 : r->cap * 2;
        if (cap > SPLIT_MEMBERS)
            cap = SPLIT_MEMBERS;
        m = td_realloc(r->m, cap * sizeof(*r->m));
        if (m == NULL)
            return NULL;
        r->m = m;
        r->cap = cap;
    }
    r->fresh++;
    return &r->m[r->n++];
}

void split_member_pick(struct split_member *m, size_t n, const uint32_t *ids, const float *unit,
                       const float *q, size_t stride, float *scratch)
{
    float cut = 0.0f;
    size_t i, k = 0, ties = SPLIT_TERMS;

#define AT_U32(p, i) (*(const uint32_t *)(const void *)((const char *)(p) + (i)*stride))
#define AT(p, i) (*(const float *)(const void *)((const char *)(p) + (i)*stride))
    /* The cut weight in linear time; the terms are then taken in id order as they come. */
    if (n > SPLIT_TERMS) {
        size_t larger;
        for (i = 0; i < n; i++)
            scratch[i] = AT(q, i);
        cut = td_kth_value(scratch, n, SPLIT_TERMS, &larger);
        /* The weights at the cut that still fit, after every weight above it. */
        ties -= larger;
    }
    for (i = 0; i < n && k < SPLIT_TERMS; i++) {
        float w = AT(q, i);
        if (w < cut || (w == cut && n > SPLIT_TERMS && ties == 0))
            continue;
        if (w == cut && n > SPLIT_TERMS)
            ties--;
        m->ids[k] = AT_U32(ids, i);
        m->a[k++] = AT(unit, i);
    }
    m->n = (uint32_t)k;
#undef AT
#undef AT_U32
}

enum td_err split_ring_absorb(struct split_ring *into, const struct split_ring *from)
{
    size_t n = (size_t)into->n + from->n, keep, i;
    struct split_member *all = td_malloc((n > 0 ? n : 1) * sizeof(*all));
    struct split_member *m;

    if (all == NULL)
        return TD_ERR_NOMEM;
    memcpy(all, into->m, into->n * sizeof(*all));
    memcpy(all + into->n, from->m, from->n * sizeof(*all));
    TD_SHELL_SORT(struct split_member, all, n, b.doc < a.doc);
    keep = n < SPLIT_MEMBERS ? n : SPLIT_MEMBERS;
    m = td_realloc(into->m, (keep > 0 ? keep : 1) * sizeof(*m));
    if (m == NULL) {
        td_free(all);
        return TD_ERR_NOMEM;
    }
    for (i = 0; i < keep; i++)
        m[i] = all[n - keep + i];
    td_free(all);
    into->m = m;
    into->n = into->cap = (uint32_t)keep;
    /* Sorted by arrival: once full, slot 0 holds the oldest. */
    into->next = 0;
    into->fresh += from->fresh;
    return TD_OK;
}

void split_ring_drop(struct split_ring *r, const bool move[SPLIT_MEMBERS])
{
    uint32_t i, n = 0;

    for (i = 0; i < r->n; i++)
        if (!move[i])
            r->m[n++] = r->m[i];
    r->n = n;
    TD_SHELL_SORT(struct split_member, r->m, n, b.doc < a.doc);
    r->next = 0;
}

/* One term of one member, for the pairwise products (see split_similarities()). */
struct term_of {
    uint32_t member;
    uint32_t prev; /* 1 + the index of the previous member's entry of this id; 0: none */
    float a;
};

/*
 * Slots of the id table in split_similarities() at most: a power of two,
 * more than twice the terms of a full ring, so that probes stay short. A
 * pass uses the smallest power of two (2^ID_BITS_MIN up) over twice its
 * ring's terms (id_bits()): a ring short of ~1,024 terms zeroes less than
 * all 32 KiB (the size of the L1 data cache). On the 10 k bench stream most
 * rings are near full, so this takes only ~8.6 M of the 32.9 M instructions
 * the passes spent zeroing (docs/BENCHMARKS.md, "perf31").
 */
#define ID_BITS_MAX 12
#define ID_SLOTS (1u << ID_BITS_MAX)
#define ID_BITS_MIN 6
_Static_assert(ID_SLOTS > 2 * SPLIT_MEMBERS * SPLIT_TERMS, "a full ring fits at most half full");

/* An id and 1 + the index of its latest entry (0: an empty slot). */
struct id_slot {
    uint32_t id;
    uint32_t last;
};

/*
 * The slot of `id` in `tab` of 2^`bits` slots: the one holding it, or the
 * empty one where it goes.
 */
static struct id_slot *id_find(struct id_slot tab[ID_SLOTS], uint32_t bits, uint32_t id)
{
    uint32_t h = (id * 0x9E3779B1u) >> (32 - bits), mask = (1u << bits) - 1;

    while (tab[h].last != 0 && tab[h].id != id)
        h = (h + 1) & mask;
    return &tab[h];
}

/* The bits of the id table for the ring `r`: its slots are more than twice its terms. */
static uint32_t id_bits(const struct split_ring *r)
{
    uint32_t j, terms = 0, bits = ID_BITS_MIN;

    for (j = 0; j < r->n; j++)
        terms += r->m[j].n;
    while (bits < ID_BITS_MAX && (1u << bits) <= 2 * terms)
        bits++;
    return bits;
}

/*
 * The IDF-weighted cosines of every pair of members, and each member's norm.
 * The members' terms go into a table by id, member after member; each term
 * adds its products to the pairs it makes with the earlier members that
 * hold its id: the work follows the terms two members share, not the pairs
 * times their lengths. A member's terms are in increasing id order (as
 * split_member_pick() takes them from the document), so each pair's dot
 * product still adds its shared terms in increasing id order, with the
 * lower member first in each product: the sums are bit for bit those of
 * merging the two members' lists pair by pair.
 */
void split_similarities(const struct split_ring *r, const struct split_terms *t,
                        double sim[SPLIT_MEMBERS][SPLIT_MEMBERS])
{
    double norm[SPLIT_MEMBERS], dot[SPLIT_MEMBERS][SPLIT_MEMBERS];
    struct term_of e[SPLIT_MEMBERS * SPLIT_TERMS];
    struct id_slot tab[ID_SLOTS];
    uint32_t i, j, n = 0, bits = id_bits(r);

    /* The table's slots are positions only: the products keep their order at any size. */
    memset(tab, 0, ((size_t)1 << bits) * sizeof(tab[0]));
    for (j = 0; j < r->n; j++) {
        const struct split_member *m = &r->m[j];
        double s = 0.0;
        uint32_t k;
        memset(dot[j], 0, r->n * sizeof(dot[j][0]));
        for (k = 0; k < m->n; k++) {
            uint32_t id = m->ids[k], p;
            struct id_slot *slot = id_find(tab, bits, id);
            double idf = t->logn1 - t->logdf[id], w = m->a[k] * idf;
            s += w * w;
            for (p = slot->last; p != 0; p = e[p - 1].prev)
                dot[e[p - 1].member][j] += (double)e[p - 1].a * m->a[k] * idf * idf;
            e[n].member = j;
            e[n].prev = slot->last;
            e[n++].a = m->a[k];
            slot->id = id;
            slot->last = n;
        }
        norm[j] = sqrt(s);
    }
    for (i = 0; i < r->n; i++) {
        sim[i][i] = 1.0;
        for (j = i + 1; j < r->n; j++)
            sim[i][j] = sim[j][i] =
                norm[i] > 0 && norm[j] > 0 ? dot[i][j] / (norm[i] * norm[j]) : 0.0;
    }
}

/*
 * Mean similarity of member `i` with the other members of each group:
 * `mean[g]` for group `g` (0 when it has none). One pass for both groups;
 * each sum adds its members in the same order as a pass per group would.
 */
static void mean_to(const struct split_ring *r, double sim[SPLIT_MEMBERS][SPLIT_MEMBERS],
                    const bool side[SPLIT_MEMBERS], uint32_t i, double mean[2])
{
    double s0 = 0.0, s1 = 0.0;
    uint32_t j, n0 = 0, n1 = 0;

    for (j = 0; j < r->n; j++) {
        if (j == i)
            continue;
        if (side[j]) {
            s1 += sim[i][j];
            n1++;
        } else {
            s0 += sim[i][j];
            n0++;
        }
    }
    mean[0] = n0 > 0 ? s0 / n0 : 0.0;
    mean[1] = n1 > 0 ? s1 / n1 : 0.0;
}

/*
 * Two groups: the least similar pair seeds them, then every member goes to
 * the group it is closer to on average, until nothing moves.
 */
static void partition(const struct split_ring *r, double sim[SPLIT_MEMBERS][SPLIT_MEMBERS],
                      bool side[SPLIT_MEMBERS])
{
    uint32_t i, j, sa = 0, sb = 1, round;
    bool next[SPLIT_MEMBERS];

    for (i = 0; i < r->n; i++)
        for (j = i + 1; j < r->n; j++)
            if (sim[i][j] < sim[sa][sb]) {
                sa = i;
                sb = j;
            }
    for (i = 0; i < r->n; i++)
        side[i] = sim[i][sb] > sim[i][sa];
    side[sa] = false;
    side[sb] = true;
    for (round = 0; round < SPLIT_ROUNDS; round++) {
        bool moved = false;
        for (i = 0; i < r->n; i++) {
            double mean[2];
            mean_to(r, sim, side, i, mean);
            next[i] = mean[1] > mean[0];
            moved |= next[i] != side[i];
        }
        memcpy(side, next, r->n * sizeof(*side));
        if (!moved)
            break;
    }
}

/*
 * Whether term k of member `m` counts as an anchor the member holds: an
 * anchor term, and with `multi` (an event in several languages) not a name
 * the article gives only in a clause about another happening ("a day after
 * X won the women's title": X is the other happening's), nor, with
 * `digits` as well, a one-digit number (a set's "6-4", "3 dead"), which two
 * happenings of one kind share by chance.
 */
static bool held_anchor(const struct split_member *m, uint32_t k, const struct split_terms *t,
                        bool multi, bool digits)
{
    uint64_t bit = (uint64_t)1 << k;

    return t->anchor[m->ids[k]] && !(multi && (m->clause & bit) != 0) &&
           !(multi && digits && (m->digit & bit) != 0);
}

/* One anchor term of one member, for counting which part holds it. */
struct held {
    uint32_t id;
    uint32_t voice; /* bit of the member's voice (see voices()) */
    bool side;
};

/*
 * Groups the members into voices: a member as alike as SPLIT_SAME_VOICE to
 * an earlier one (a copy or a light rewrite of one wire story) speaks with
 * that one's voice. `voice[i]` is the bit of member i's voice.
 */
static void voices(const struct split_ring *r, double sim[SPLIT_MEMBERS][SPLIT_MEMBERS],
                   uint32_t voice[SPLIT_MEMBERS])
{
    uint32_t i, j;

    for (i = 0; i < r->n; i++) {
        voice[i] = (uint32_t)1 << i;
        for (j = 0; j < i; j++)
            if (sim[i][j] >= SPLIT_SAME_VOICE) {
                voice[i] = voice[j];
                break;
            }
    }
}

static size_t bits(uint32_t x)
{
    size_t n = 0;

    for (; x != 0; x &= x - 1)
        n++;
    return n;
}

/*
 * Counts the anchor terms each part has of its own (`own`: held by at
 * least half of its voices, and two, and by at most a tenth of the other
 * part's) and those both parts share (`*shared`: held by half of each).
 * `size` is the number of voices of each part. With `multi` (an event in
 * several languages) the anchors are those held_anchor() leaves, and an own
 * one may be held by a fifth of the other part's voices (SPLIT_MULTI_OTHER).
 */
static void anchor_counts(const struct split_ring *r, const struct split_terms *t,
                          const bool side[SPLIT_MEMBERS], const uint32_t voice[SPLIT_MEMBERS],
                          const size_t size[2], bool multi, size_t own[2], size_t *shared)
{
    const size_t other = multi ? SPLIT_MULTI_OTHER : 10;
    static const size_t most = SPLIT_MEMBERS * SPLIT_TERMS;
    struct held h[SPLIT_MEMBERS * SPLIT_TERMS];
    size_t n = 0, i = 0;
    uint32_t k, m;

    for (m = 0; m < r->n; m++)
        for (k = 0; k < r->m[m].n && n < most; k++)
            if (held_anchor(&r->m[m], k, t, multi, true)) {
                h[n].id = r->m[m].ids[k];
                h[n].voice = voice[m];
                h[n++].side = side[m];
            }
    TD_SHELL_SORT(struct held, h, n, b.id < a.id);
    own[0] = own[1] = *shared = 0;
    while (i < n) {
        uint32_t v[2] = {0, 0};
        size_t c[2], j;
        for (j = i; j < n && h[j].id == h[i].id; j++)
            v[h[j].side] |= h[j].voice;
        c[0] = bits(v[0]);
        c[1] = bits(v[1]);
        for (k = 0; k < 2; k++)
            if (c[k] >= 2 && 2 * c[k] >= size[k] && other * c[!k] <= size[!k])
                own[k]++;
        if (2 * c[0] >= size[0] && 2 * c[1] >= size[1])
            ++*shared;
        i = j;
    }
}

/* The days each part of a cut tells (side_days()): when its members were written, and mention. */
struct side_days {
    bool told[2], after[2]; /* a member tells its writing day; mentions one */
    int64_t told_min[2], told_max[2], after_max[2];
    uint32_t ntold[2], nmem[2]; /* members telling their writing day; members */
};

/* The days of the two parts of `side` into `d`. */
static void side_days(const struct split_ring *r, const bool side[SPLIT_MEMBERS],
                      struct side_days *d)
{
    uint32_t i;

    memset(d, 0, sizeof(*d));
    for (i = 0; i < r->n; i++) {
        const struct split_member *m = &r->m[i];
        int k = side[i];
        d->nmem[k]++;
        if (m->has_told) {
            d->told_max[k] =
                !d->told[k] || m->told_day > d->told_max[k] ? m->told_day : d->told_max[k];
            d->told_min[k] =
                !d->told[k] || m->told_day < d->told_min[k] ? m->told_day : d->told_min[k];
            d->told[k] = true;
            d->ntold[k]++;
        }
        if (m->has_after && (!d->after[k] || m->after_day > d->after_max[k])) {
            d->after_max[k] = m->after_day;
            d->after[k] = true;
        }
    }
}

/*
 * Whether the articles of one part (days `d`) were all written long before a
 * day the other part mentions (see `apart_days` in `struct split_terms`).
 * A part none of whose articles tells when it was written is taken as
 * written near the latest day it mentions: it is cut from a part at least
 * half of whose articles tell when they were written (SPLIT_GUESS_TOLD_SHARE),
 * every one of those more than `apart_days` after that day. Both parts
 * hold members here (split_decide() asks SPLIT_MIN_PART voices of each).
 */
static bool dates_apart(const struct side_days *d, const struct split_terms *t)
{
    int k;

    if (t->apart_days <= 0)
        return false;
    for (k = 0; k < 2; k++)
        if (d->told[k] && d->after[!k] && d->after_max[!k] > d->told_max[k] + t->apart_days)
            return true;
    for (k = 0; k < 2; k++)
        if (!d->told[k] && d->after[k] && SPLIT_GUESS_TOLD_SHARE * d->nmem[!k] <= d->ntold[!k] &&
            d->told_min[!k] > d->after_max[k] + t->apart_days)
            return true;
    return false;
}

/*
 * Whether both parts (days `d`) have members that tell their writing day,
 * and each part has a report written on a day before a report of the
 * other: the first reports of a happening and its follow-ups (the accused
 * charged, the dead named) come out over the same days, each part with
 * names the other lacks, while two happenings of one kind are told one
 * after the other (the second's reports may begin on the day the first's
 * end). Only with `apart_days` (the days are read only then).
 */
static bool told_together(const struct side_days *d, const struct split_terms *t)
{
    return t->apart_days > 0 && d->told[0] && d->told[1] && d->told_min[0] < d->told_max[1] &&
           d->told_min[1] < d->told_max[0];
}

/* Whether the members of `r` are in more than one language. */
static bool many_languages(const struct split_ring *r)
{
    uint32_t i;

    for (i = 1; i < r->n; i++)
        if (r->m[i].lang != r->m[0].lang)
            return true;
    return false;
}

/*
 * The cosines of the members of `r` over their anchor terms alone (names,
 * numbers, country codes): across languages these are what two reports
 * share, while their words differ with the language. `view` is scratch for
 * the members cut down to their anchors.
 */
static void anchor_similarities(const struct split_ring *r, const struct split_terms *t,
                                struct split_member view[SPLIT_MEMBERS],
                                double sim[SPLIT_MEMBERS][SPLIT_MEMBERS])
{
    struct split_ring a = *r;
    uint32_t i, k;

    a.m = view;
    for (i = 0; i < r->n; i++) {
        uint32_t n = 0;
        view[i] = r->m[i];
        for (k = 0; k < r->m[i].n; k++)
            if (held_anchor(&r->m[i], k, t, true, false)) {
                view[i].ids[n] = r->m[i].ids[k];
                view[i].a[n++] = r->m[i].a[k];
            }
        view[i].n = n;
    }
    split_similarities(&a, t, sim);
}

/* Whether some language has members on both sides of `side`. */
static bool language_on_both_sides(const struct split_ring *r, const bool side[SPLIT_MEMBERS])
{
    uint32_t i, j;

    for (i = 0; i < r->n; i++)
        for (j = i + 1; j < r->n; j++)
            if (side[i] != side[j] && r->m[i].lang == r->m[j].lang)
                return true;
    return false;
}

/*
 * Whether the dated members of the two sides have different median days
 * (the lower median when a side has an even count); false when a side has
 * no dated member.
 */
static bool median_days_differ(const struct split_ring *r, const bool side[SPLIT_MEMBERS])
{
    int64_t day[2][SPLIT_MEMBERS];
    size_t n[2] = {0, 0};
    uint32_t i;
    int k;

    for (i = 0; i < r->n; i++)
        if (r->m[i].has_date) {
            k = side[i];
            day[k][n[k]++] = r->m[i].day;
        }
    if (n[0] == 0 || n[1] == 0)
        return false;
    for (k = 0; k < 2; k++)
        TD_SHELL_SORT(int64_t, day[k], n[k], b < a);
    return day[0][(n[0] - 1) / 2] != day[1][(n[1] - 1) / 2];
}

/*
 * The test for an event told in several languages (see split_decide()):
 * the cut is not along the languages (one language on both sides), the
 * parts share at most SPLIT_MULTI_SHARED anchor terms, each has
 * SPLIT_MULTI_OWN of its own, and their median days differ. Fewer own
 * names suffice than in one language because a short wire report in
 * another language carries few names the others spell alike; what keeps
 * one happening whole is that its sub-groups share its names (spelled
 * alike, they are shared; spelled apart by language, the cut is along the
 * languages) and are told on the same days, while two same-kind happenings
 * (two finals, two outbreaks) come a day or more apart.
 */
static bool multi_accept(const struct split_ring *r, const bool side[SPLIT_MEMBERS],
                         const size_t own[2], size_t shared)
{
    return own[0] >= SPLIT_MULTI_OWN && own[1] >= SPLIT_MULTI_OWN && shared <= SPLIT_MULTI_SHARED &&
           language_on_both_sides(r, side) && median_days_differ(r, side);
}

bool split_decide(const struct split_ring *r, const struct split_terms *t, bool move[SPLIT_MEMBERS])
{
    double sim[SPLIT_MEMBERS][SPLIT_MEMBERS], words[SPLIT_MEMBERS][SPLIT_MEMBERS];
    struct split_member view[SPLIT_MEMBERS];
    bool side[SPLIT_MEMBERS], multi;
    uint32_t voice[SPLIT_MEMBERS], vs[2] = {0, 0};
    size_t size[2], own[2] = {0, 0}, shared = 0;
    struct side_days days;
    uint32_t i, oldest = 0;

    if (t->min_own == 0 || r->n < SPLIT_MIN_SIZE)
        return false;
    multi = many_languages(r);
    split_similarities(r, t, words);
    /*
     * Across languages the partition goes by the anchor terms, or it would
     * follow the languages; copies still count as one voice by all terms.
     */
    if (multi)
        anchor_similarities(r, t, view, sim);
    partition(r, multi ? sim : words, side);
    voices(r, words, voice);
    for (i = 0; i < r->n; i++) {
        vs[side[i]] |= voice[i];
        if (r->m[i].doc < r->m[oldest].doc)
            oldest = i;
    }
    size[0] = bits(vs[0]);
    size[1] = bits(vs[1]);
    if (size[0] < SPLIT_MIN_PART || size[1] < SPLIT_MIN_PART)
        return false;
    anchor_counts(r, t, side, voice, size, multi, own, &shared);
    if (!multi)
        side_days(r, side, &days);
    if (multi ? !multi_accept(r, side, own, shared)
              : !dates_apart(&days, t) &&
                    (own[0] < t->min_own || own[1] < t->min_own || told_together(&days, t)))
        return false;
    for (i = 0; i < r->n; i++)
        move[i] = side[i] != side[oldest];
    return true;
}
