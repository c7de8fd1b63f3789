/*
 * split.h (module-private) - the event level's split pass: the members an
 * event remembers (a bounded ring of their heaviest terms) and the test
 * that cuts an event whose members form two groups, each with names and
 * numbers of its own, in two. cluster.c keeps the rings and moves the
 * articles; this file only decides.
 */
#ifndef TD_CLUSTER_SPLIT_H
#define TD_CLUSTER_SPLIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tidings/error.h"

/* Members an event remembers (its latest), and terms kept per member. */
#define SPLIT_MEMBERS 24
#define SPLIT_TERMS 64
/* Fewest remembered members before an event is looked at, and per part of a split. */
#define SPLIT_MIN_SIZE 6
#define SPLIT_MIN_PART 2
/* Cosine from which two members count as one voice (copies, light rewrites of one story). */
#define SPLIT_SAME_VOICE 0.6
/*
 * An event told in several languages (a language on each side, see
 * split_decide()): anchor terms of its own each part needs, and most anchor
 * terms the two parts may share.
 */
#define SPLIT_MULTI_OWN 2
#define SPLIT_MULTI_SHARED 2
/*
 * In such an event, a part's own anchor term may be held by one in
 * SPLIT_MULTI_OTHER of the other part's voices (one in ten in one
 * language): a report of one final that previews the other names its
 * players once.
 */
#define SPLIT_MULTI_OTHER 5
/*
 * `apart_days` (below) for a part none of whose members tells when it was
 * written: it counts as written near the latest day it mentions, and is cut
 * only from a part this share of whose members tell their day (a dated
 * report among undated ones is no evidence that the rest were written then).
 */
#define SPLIT_GUESS_TOLD_SHARE 0.5
/*
 * New members since the last look before an event is looked at again: at
 * least SPLIT_FRESH, and a quarter of those remembered, so that a large
 * event that keeps growing costs a look every few passes, not every pass.
 */
#define SPLIT_FRESH 2

/* A member article as its event remembers it. */
struct split_member {
    uint64_t doc; /* its number in the stream (1, 2, ...) */
    int64_t day;  /* days since 1970-01-01, when `has_date` */
    bool has_date;
    bool has_told, has_after; /* as in `struct cluster_doc` */
    int64_t told_day, after_day;
    uint32_t lang; /* as cluster_lang_code() gives it */
    /*
     * Bit k: `ids[k]` is a name the article gives only inside a clause about
     * another happening (`clause_at` of `struct cluster_doc`).
     */
    uint64_t clause;
    uint64_t digit; /* bit k: `ids[k]` is a one-digit number ("3 dead", a set's "6-4") */
    uint32_t n;
    uint32_t ids[SPLIT_TERMS]; /* term ids, increasing */
    float a[SPLIT_TERMS];      /* unit-length sublinear TF weights */
};

/* The latest SPLIT_MEMBERS members of an event; `m` grows on demand. */
struct split_ring {
    struct split_member *m;
    uint32_t n, cap;
    uint32_t next;  /* slot the next member takes once the ring is full */
    uint32_t fresh; /* members added since the event was last looked at */
};

/* What split_decide() reads of the term statistics (borrowed). */
struct split_terms {
    const float *logdf;    /* per term id: log(df + 1) */
    const uint8_t *anchor; /* per term id: 1 for an anchor term (name, number) */
    double logn1;          /* log(documents + 1) + 1 */
    size_t min_own;        /* anchor terms of its own each part needs (0: never split) */
    /*
     * > 0: the parts are also cut, whatever their own anchor terms, when
     * the articles of one part that tell when they were written
     * (`told_day`) were all written more than this many days before a day
     * an article of the other part mentions (`after_day`): two happenings
     * years apart. A part none of whose articles tells its day is taken as
     * written near the latest day it mentions, and cut from a part
     * (SPLIT_GUESS_TOLD_SHARE of it told) all written more than this many
     * days after that day.
     */
    int64_t apart_days;
};

/* Whether `r` holds SPLIT_MIN_SIZE members and enough new ones (SPLIT_FRESH) for a look. */
bool split_ring_due(const struct split_ring *r);

/* Frees the members of `r` and empties it. */
void split_ring_release(struct split_ring *r);

/*
 * The slot of `r` a new member fills (the oldest one once the ring is
 * full); the caller fills every field. NULL when out of memory (`r` unchanged).
 */
struct split_member *split_ring_slot(struct split_ring *r);

/*
 * Fills `m->n`, `m->ids` and `m->a` with the SPLIT_TERMS heaviest of `n`
 * terms by query weight. The terms are read through strided pointers (a
 * caller's array of structs): term i has its id at `(char *)ids + i *
 * stride`, likewise its unit weight (`unit`) and query weight `q`; ids
 * increase. `scratch` holds `n` floats (its contents are lost).
 */
void split_member_pick(struct split_member *m, size_t n, const uint32_t *ids, const float *unit,
                       const float *q, size_t stride, float *scratch);

/*
 * Adds the members of `from` to `into`, keeping the latest SPLIT_MEMBERS of
 * both (an event merged into another). Errors: TD_ERR_NOMEM (`into` unchanged).
 */
TD_NODISCARD enum td_err split_ring_absorb(struct split_ring *into, const struct split_ring *from);

/*
 * The IDF-weighted cosine of every pair of members of `r` (`sim[i][j]`,
 * symmetric, 1 on the diagonal; 0 when a member has no weight), as
 * split_decide() sees them. Each dot product adds the pair's shared terms
 * in increasing id order.
 */
void split_similarities(const struct split_ring *r, const struct split_terms *t,
                        double sim[SPLIT_MEMBERS][SPLIT_MEMBERS]);

/*
 * Whether the members of `r` form two groups to be split: a 2-way
 * partition by TF-IDF cosine (two seeds as far apart as possible, then
 * each member to the group it is closer to on average), accepted only when
 * each part has SPLIT_MIN_PART voices, and
 * - members all in one language: each part has at least `t->min_own`
 *   anchor terms of its own (held by at least half of its voices, and by at
 *   most a tenth of the other part's) or the parts' dates are years apart
 *   (`t->apart_days`);
 * - members in several languages (the partition then by the cosine over
 *   anchor terms alone): some language has members on both sides (the cut
 *   is not along the languages), each part has SPLIT_MULTI_OWN anchor terms
 *   of its own (held by at most one in SPLIT_MULTI_OTHER of the other's
 *   voices), the parts share at most SPLIT_MULTI_SHARED (held by half of
 *   each), and the median publication days of their dated members differ:
 *   two same-kind happenings on different days, each with its own names.
 *   A member's names given only in a clause about another happening
 *   (`clause`) are none of its anchors here, and one-digit numbers
 *   (`digit`) count neither as own nor as shared.
 * `t->min_own` 0 turns the pass off. On true,
 * `move[i]` says whether member i (index into `r->m`) belongs to the part
 * that leaves: the one without the oldest member.
 */
bool split_decide(const struct split_ring *r, const struct split_terms *t,
                  bool move[SPLIT_MEMBERS]);

/* Removes the members `move` marks from `r`, keeping the order of the others. */
void split_ring_drop(struct split_ring *r, const bool move[SPLIT_MEMBERS]);

#endif
