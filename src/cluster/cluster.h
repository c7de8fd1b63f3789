/*
 * cluster.h (module interface) - online, single-pass clustering of articles
 * into stories (Topic Detection and Tracking, first version).
 *
 * Each article is a sparse vector of term counts. Document frequencies grow
 * with the stream; similarity is the cosine of sublinear TF-IDF vectors
 * against each story's centroid, damped by a time decay when both sides are
 * dated. Candidate stories come from an inverted index over the
 * highest-weighted terms of each article (never a scan of all stories).
 * An article joins its best candidate when the score reaches `threshold`,
 * else it starts a new story; with a learned scorer (`opts.model`, see
 * model.h) the model ranks the candidates from their features and decides
 * join-or-new instead. Story ids are 1, 2, 3, ... in creation order. A
 * periodic merge pass (`merge_every_docs`) joins stories that grew
 * together; the newer one's id then lives on in the older one. The split
 * pass that runs with it (`split_min_own`, split.h) cuts a story whose
 * latest members form two groups with names of their own in two; the
 * younger part's documents move to a new story.
 *
 * The state lives in memory and is rebuilt by replaying the stored
 * articles in arrival order: `cluster_replay()` redoes each placement that
 * `cluster_assign()` made (the story it joined, `cluster_last_joined()`,
 * is stored with the article) together with the merge and split passes,
 * and `cluster_add()` redoes the others, so the rebuilt state is the one
 * the uninterrupted stream had. Not thread-safe: one state per thread.
 */
#ifndef TD_CLUSTER_CLUSTER_H
#define TD_CLUSTER_CLUSTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "tidings/error.h"
#include "tidings/mem.h"

/* Whether story `from` may be merged into story `into` (ids >= 1); see `merge_ok`. */
typedef bool (*cluster_merge_ok_fn)(void *ctx, int64_t from, int64_t into);
/*
 * The swap of retired story records (see `page_out`): keeps the `len`
 * bytes of `data` under `block`, replacing what it held, or copies them
 * back into `data` (exactly `len` bytes, else an error).
 */
typedef enum td_err (*cluster_page_out_fn)(void *ctx, uint64_t block, const void *data,
                                           size_t len);
typedef enum td_err (*cluster_page_in_fn)(void *ctx, uint64_t block, void *data, size_t len);

struct cluster_opts {
    double threshold;       /* minimum score to join a story */
    double time_tau_days;   /* e-folding time of the date decay */
    double time_floor;      /* decay never goes below this factor */
    size_t query_terms;     /* top terms of an article used to find candidates */
    size_t index_terms;     /* top terms of an article added to the inverted index */
    size_t postings_scan;   /* most recent postings read per query term */
    size_t max_candidates;  /* candidates scored in full */
    size_t centroid_terms;  /* terms kept per story centroid */
    double time_sigma_days; /* > 0: Gaussian time feature of this width instead of the decay */
    double cross_lingual;   /* weight of the anchor-term cosine across languages */
    /*
     * The learned scorer (model.h), copied by cluster_new(); NULL keeps the
     * hand-set rule: join the best cosine when it reaches `threshold`.
     */
    const struct cluster_model *model;
    /*
     * The active pool: every `pool_sweep_docs` documents, stories that
     * cannot be joined any more leave it and free their centroid: dated
     * ones whose newest article is more than `pool_days` older than the
     * newest date seen (and that took no article since the last sweep),
     * and any not joined in the last `pool_idle_docs` documents. A
     * retired story is no candidate; an article added to it (replay,
     * copies) brings it back with a fresh centroid. 0 turns a rule off.
     */
    int64_t pool_days;
    uint64_t pool_idle_docs;
    uint64_t pool_sweep_docs;
    /*
     * The merge pass: every `merge_every_docs` documents cluster_assign()
     * compares the stories that took an article since the last pass (the
     * CLUSTER_MERGE_CHANGED most recent of them) with the stories their
     * centroids' heaviest terms lead to, and merges a pair whose centroid
     * cosine (time-damped as in placement) reaches `merge_threshold` into
     * the older story, when `merge_ok` (may be NULL) allows it. 0 turns the
     * pass off. See cluster_take_merges().
     * A story of one article that came in since the last pass compares
     * itself in the same way with the bar `merge_single_threshold`
     * instead (0: it starts no search): placed alone, under the join bar,
     * it may fit an event that grew in the meantime (a long report that
     * opened before its flashes formed their own event).
     */
    uint64_t merge_every_docs;
    double merge_threshold;
    double merge_single_threshold;
    /*
     * A lone first flash and the event its later reports formed: a story
     * of CLUSTER_MERGE_EARLY_SIZE articles or fewer, dated, and a younger
     * story of more articles dated within CLUSTER_FOLLOW_DAYS of it merge
     * at this bar instead (0: the rule is off). Whichever of the two looks
     * uses it, since the flash looks only in the pass after it came in,
     * often before its follow-ups arrived. `merge_ok` still decides.
     * Two pieces of one event in one language meet this bar too: two
     * stories whose reports are all dated within CLUSTER_FOLLOW_DAYS,
     * both told in one language (the first article's, or one of the
     * latest remembered reports'), one holding the other's main name (the
     * heaviest name of its centroid that its reports give outside clauses
     * about other happenings): a live ticker and the long page of the next
     * morning against the flashes, whose words drift (lab result, kitchen
     * closed) while the name stays; `merge_named_ok` decides for them
     * (`merge_early_ok` when unset).
     */
    double merge_early_threshold;
    cluster_merge_ok_fn merge_ok;
    /*
     * Decides instead of `merge_ok` for a pair `merge_early_threshold`
     * found (a first flash and the event of its later reports), which may
     * need more than `merge_ok` allows; NULL: `merge_ok` decides. It is
     * asked once per such merge, right before it, and a yes is always
     * followed by the merge, so the caller may act on it (the engine folds
     * two storylines into one then).
     */
    cluster_merge_ok_fn merge_early_ok;
    /*
     * Decides instead of `merge_early_ok` for two pieces of one event in
     * one language (`merge_early_threshold`) that are not a first flash
     * and its event; NULL: `merge_early_ok` decides. Asked as that one is
     * (once per such merge, right before it). The engine folds a piece's
     * storyline only into one the other piece started (docs/QUALITY.md,
     * `same18`).
     */
    cluster_merge_ok_fn merge_named_ok;
    void *merge_ctx;
    /*
     * The split pass (split.h), run with the merge pass: a changed story
     * whose remembered members form two groups with at least
     * `split_min_own` names and numbers of their own each is cut in two,
     * and its younger part becomes a new story (members in several
     * languages: a test of its own, see split_decide() in split.h). 0 turns the pass off (and
     * no members are remembered). See cluster_take_moves().
     */
    size_t split_min_own;
    /*
     * Forgetting terms, so that memory follows the active pool and not
     * the vocabulary of the whole archive: every `forget_every_docs`
     * documents, a term unseen in the last `forget_idle_docs` documents,
     * with a document frequency of at most `forget_max_df` (0: any), that
     * is in no centroid or member sketch of an active story and whose
     * postings lead to no active story, leaves the dictionary; its id is
     * reused for the next new term. Seen again, it starts over as a new
     * term (document frequency 0): the one approximation, on terms the
     * active pool no longer uses. 0 in `forget_every_docs` turns it off.
     */
    uint64_t forget_every_docs;
    uint64_t forget_idle_docs;
    uint32_t forget_max_df;
    /*
     * Across languages, count only the anchor terms the stream has seen in
     * articles of two languages or more (German capitalises every noun, and
     * name spotting takes them for names). Off by default: the shipped
     * learned model, retrained with it, loses on ECB+ (docs/QUALITY.md, "A
     * second check corpus").
     */
    bool xl_shared_only;
    /*
     * An undated article arrives now: when the three latest dated arrivals
     * lie within a week, it takes the latest of their days for the time
     * feature and its story's date span (not as its stored date); when a
     * late arrival among them breaks that but 7 of the 8 latest dated
     * arrivals came in date order, the newest date seen. Off by
     * default: on the second check corpus it keeps a title-only follow-up
     * out of its storyline (docs/QUALITY.md, "A second check corpus").
     */
    bool undated_now;
    /*
     * A headline (CLUSTER_SHORT_TERMS distinct terms or fewer) has too few
     * terms for its cosine to reach the join decision's bar even with the
     * right event. With this, when the scorer leaves it alone, it joins its
     * best candidate all the same when that one's time-damped cosine is at
     * least CLUSTER_SHORT_MIN_COS and at least CLUSTER_SHORT_RATIO times
     * every other candidate's: clearly ahead, so not a choice between two
     * events of one kind. Off by default (docs/QUALITY.md, "Event-level
     * recall").
     */
    bool short_margin;
    /*
     * Within a few days a follow-up with another focus shares the names of
     * the first reports, not their words. With this, when the scorer leaves
     * a dated article alone, it joins a dated candidate in its own language
     * whose time-damped anchor cosine (names, numbers) is at least
     * CLUSTER_ANCHOR_MIN_COS and at least CLUSTER_ANCHOR_RATIO times every
     * other candidate's, when its centroid has CLUSTER_ANCHOR_MIN_SHARED of
     * the article's anchor terms or more (docs/QUALITY.md, "Event-level
     * recall").
     */
    bool anchor_margin;
    /*
     * A first flash and its next update in one language share few words:
     * short texts reach a cosine of 0.15-0.25 with the right event, under
     * the join bar. With this, when the scorer leaves a short article
     * (CLUSTER_FOLLOW_TERMS distinct terms or fewer) with a date of its own
     * (not one `undated_now` gave it) alone, it joins its pick all the same
     * when that one is dated within CLUSTER_FOLLOW_DAYS of it, in its
     * language (or either unknown), holds one of its heaviest anchor terms
     * when it has any (a same-kind event elsewhere has other names), and
     * its time-damped cosine is at least CLUSTER_SHORT_MIN_COS and
     * CLUSTER_SHORT_RATIO times every other candidate's, as `short_margin`
     * asks of a headline; its headline giving the pick's main name (the
     * heaviest name its reports give; `title_names` of `struct
     * cluster_doc`) does as well as a shared anchor term. A longer page is
     * taken so too when, in place of the anchor test, it gives the pick's
     * main name: a long page's heaviest names are its own. Off by default
     * (docs/QUALITY.md, "Same-day follow-ups in one language" and
     * `flash19`).
     */
    bool follow_margin;
    /*
     * `follow_margin` also for an undated article that `undated_now` placed
     * at the stream's clock: in a feed that runs in date order, an undated
     * flash arrives now, so an event dated within CLUSTER_FOLLOW_DAYS of the
     * clock is as near to it as to a dated one. Off by default: on news11 a
     * correct event join leaves two title-only items, which had joined the
     * flash alone, outside their storyline (docs/QUALITY.md, "Undated
     * follow-ups at the stream's clock").
     */
    bool follow_clock;
    /*
     * The split pass also cuts an event whose remembered members form two
     * groups years apart by what their texts say of when they were written
     * (`told_day`, `after_day` of `struct cluster_doc`): one group's
     * articles all written more than CLUSTER_DATE_SPLIT_DAYS before a day
     * an article of the other mentions, whatever names of their own the
     * groups have. Off by default (docs/QUALITY.md, "Same-kind events,
     * tenth session").
     */
    bool date_split;
    /*
     * The merge pass also merges two stories whose centroids stay under
     * `merge_threshold` when a remembered member of one scores that much
     * against the other's centroid, as placement would score it now: the
     * pieces of one big event told in many languages and lengths, which
     * each hold articles that would join the other (docs/QUALITY.md,
     * "Event-level recall on news4"). Off by default; cluster_event_opts()
     * turns it on.
     */
    bool merge_links;
    /*
     * Within one language written in a script without capitals (Arabic,
     * Hebrew, the Indic scripts, Thai, Georgian, Ethiopic, Hangul, Han,
     * kana: cluster_lang_uncased()), name spotting cannot tell a name from
     * a word, so an article's anchor terms are its numbers and the few
     * words that met a name seen in capitals, and two reports of one event
     * share almost none: with this, the learned scorer's anchor-cosine
     * feature of such a pair is its cosine when that is higher, as a pair
     * that names the same places would have it. Across languages and in
     * cased scripts nothing changes; the built-in model does not weigh the
     * feature. Off by default (docs/QUALITY.md, "learned17").
     */
    bool uncased_anchors;
    /*
     * Where retired story records go, so that memory follows the active
     * pool and not every story ever made: story records live in blocks of
     * consecutive ids, and at a sweep a block whose stories have all
     * retired is handed to `page_out` and freed; only its merged stories'
     * links stay in memory. A story revived later (a copy of one of its
     * articles) has its block read back with `page_in`. The bytes are only
     * meaningful to this state (pointers and layout of this build), so the
     * swap lives as long as the state. Both NULL (the default): records stay
     * in memory. A failed `page_out` leaves the block in memory.
     */
    cluster_page_out_fn page_out;
    cluster_page_in_fn page_in;
    void *page_ctx;
};
#define CLUSTER_OPTS_INIT                                                                         \
    {                                                                                             \
        0.25, 10.0, 0.75, 10, 16, 64, 24, 300, 0.0, 1.0, NULL, 0, 0, 0, 0, 0.0, 0.0, 0.0, NULL,   \
            NULL, NULL, NULL, 0, 0, 0, 0, false, false, false, false, false, false, false, false, \
            false, NULL, NULL, NULL                                                               \
    }
#define CLUSTER_SHORT_TERMS 12
#define CLUSTER_SHORT_MIN_COS 0.12
#define CLUSTER_SHORT_RATIO 2.0
#define CLUSTER_ANCHOR_MIN_COS 0.25
#define CLUSTER_ANCHOR_RATIO 2.0
#define CLUSTER_ANCHOR_MIN_SHARED 3
#define CLUSTER_FOLLOW_DAYS 1
#define CLUSTER_FOLLOW_TERMS 60

/* One article as the clustering sees it; arrays are borrowed. */
struct cluster_doc {
    const uint64_t *terms;   /* term hashes, strictly increasing */
    const uint32_t *counts;  /* occurrences of each term (> 0) */
    size_t n;
    bool has_date;
    int64_t day;             /* days since 1970-01-01, when `has_date` */
    uint32_t lang;           /* language as cluster_lang_code() gives it; 0 = unknown */
    /*
     * What the text says of when it was written (`date_split`): the day it
     * was written on (its dateline; the clustering takes `day` when
     * `has_date`), and the latest day it mentions outside talk of the
     * future, on or after which it was written. cluster_doc_of() reads both
     * from the vector (cluster_vec_set_days()).
     */
    bool has_told, has_after;
    int64_t told_day, after_day;
    /*
     * The indices into `terms` of the names the article gives only inside a
     * clause that dates another happening ("a day after X won the women's
     * title"), as cluster_vec_set_clause() put them in the vector: they join
     * as any term, but the split pass does not take them for names the
     * member holds (split.h). Each is 1 + the index; borrowed from the
     * vector's counts.
     */
    const uint32_t *clause_at;
    size_t nclause;
    /*
     * The hashes of the numbers the article gives only inside such clauses
     * ("five days after a leak at X sent 41 people to hospital": 41), or
     * NULL: read by the placement only (CLUSTER_RECALL_BAR), so not stored
     * with the vector, which a replay reads (cluster_doc_of() sets none).
     */
    const uint64_t *clause_numbers;
    size_t nclause_numbers;
    /*
     * The names the article's headline gives, as anchor hashes (the terms
     * its body would count them under), or NULL: the engine reads them for
     * a short article under `follow_margin`, whose body may name only
     * places new to the stream (the neighbourhoods, the towns nearby) while
     * its headline names its event's, and for an article that dates no
     * other happening away, whose headline says which happening a round-up
     * is about ("A round-up" below). Borrowed.
     */
    const uint64_t *title_names;
    size_t ntitle;
    /*
     * Whether the body holds a clause that dates another happening, whether
     * or not its names are `clause_at` (a headline that names them makes
     * them the article's own): such an article tells a second happening and
     * its headline may name the first ("After Dublin, now Gothenburg"), so
     * its headline's names are not read for "A round-up".
     */
    bool dates_away;
    /*
     * Whether cluster_assign() should find, when the article starts an
     * event, the event of its language nearest by undamped text
     * (cluster_last_recalled()): the engine asks for an article that gives
     * the storyline level no name.
     */
    bool want_recalled;
};
/*
 * The built-in model's join bar on the time-damped cosine (data/models/
 * events.model). A learned join under it into an event whose main name
 * (its heaviest anchor its reports give outside such clauses) the article
 * gives only inside a clause dating another happening, a name or a number
 * (`clause_at`, `clause_numbers`), is refused, in any language: the
 * article reports a second happening of the kind and recalls that one
 * ("the second leak in five days; on Monday one at X sent 41 to
 * hospital"), and the learned terms that reach under the bar (the event's
 * size, no runner-up) cannot tell the two apart (docs/QUALITY.md,
 * `name19`). The built-in model never joins under it.
 */
#define CLUSTER_RECALL_BAR 0.25
/*
 * A round-up: an analysis of two same-kind happenings days apart ("two
 * escalator accidents in four days") names both, and its words meet the
 * second's reports best, which are the nearer in time and, recalling the
 * first, hold its name too. When the article's main name (its heaviest
 * anchor, given outside clauses about other happenings) is one that the
 * best candidate's reports gave only inside such clauses, the best
 * candidate is the happening that recalled the article's subject: the
 * ranking is made again without the candidates that hold that name only so,
 * and its pick is taken when it joins (docs/QUALITY.md, `story22`). A
 * round-up's main name may be a name new to the stream (an age, an office
 * it quotes) while its headline names the first happening's place ("Two
 * wheels in a week: what went wrong in Vienna"): a name of the headline
 * that the body gives too counts so as well, when the article dates no
 * other happening away (`dates_away`) and the headline does not give the
 * best candidate's own main name (`wheel23`).
 */
/*
 * A second happening lifted by its recall: the first report of a same-kind
 * happening days after another names the first in a clause that dates it
 * away ("..., the second such breakdown in a week after 96 riders were
 * stranded on Vienna's wheel"), and across languages those recalled names
 * and counts may be all it shares with the first one's event, whose main
 * name (its landmark, say) it never gives. A candidate is left out of the
 * ranking when the article lies more than CLUSTER_FOLLOW_DAYS from the
 * candidate's days (both dated: a follow-up of the same happening comes
 * within them, "a day after the killings, police arrested two men") and
 * its time-damped cosine reaches CLUSTER_RECALL_BAR only with the names
 * and numbers the article gives inside such clauses (`clause_at`,
 * `clause_numbers`): without them it is under the bar (docs/QUALITY.md,
 * `wheel23`). In any language, both models.
 */

/* Days apart from which `date_split` takes two groups of an event for two happenings. */
#define CLUSTER_DATE_SPLIT_DAYS 1096

/*
 * Sets the options of the event level in `o` (a Gaussian time feature of
 * CLUSTER_EVENT_SIGMA_DAYS, no floor): the engine and the trainer must see
 * the same features.
 */
#define CLUSTER_EVENT_SIGMA_DAYS 3.0
void cluster_event_opts(struct cluster_opts *o);
/*
 * The event level's active pool (see `pool_days`): past 30 days the time
 * kernel of CLUSTER_EVENT_SIGMA_DAYS is below 1e-21, so no article of a
 * stream in date order can join such an event.
 */
#define CLUSTER_POOL_DAYS 30
#define CLUSTER_POOL_IDLE_DOCS 200000
#define CLUSTER_POOL_SWEEP_DOCS 4096
/*
 * The event level's forgetting of terms (see `forget_every_docs`): past
 * every sample and evaluation set, which stay far below 16,384 articles, so
 * their decisions do not change. A term of the bench stream idle for
 * 16,384 articles (65 days of it, over twice CLUSTER_POOL_DAYS)
 * belongs to events retired since; the engine's near-copy index keeps as
 * many articles (NEAR_KEEP_ARTICLES). At 65,536 the dictionary held the
 * terms of the last 65-131 k articles of the bench stream: 48.6 MiB at
 * 100 k (24.3 now) and 79.1 at 1 M (docs/BENCHMARKS.md, "perf21").
 */
#define CLUSTER_FORGET_EVERY_DOCS 16384
#define CLUSTER_FORGET_IDLE_DOCS 16384
#define CLUSTER_FORGET_MAX_DF 64
/* The event level's merge pass (see `merge_every_docs`). */
#define CLUSTER_MERGE_EVERY_DOCS 64
#define CLUSTER_MERGE_THRESHOLD 0.5
#define CLUSTER_MERGE_SINGLE_THRESHOLD 0.4
/*
 * `merge_early_threshold`: a first flash of up to 4 articles and the
 * bigger event of the next day merge at 0.33. Right pairs of that shape
 * scored 0.35-0.46 on the dev sets; the one wrong pair of that size, two
 * same-kind rent protests, 0.28, and three days apart (docs/QUALITY.md, "A
 * lone first flash and the event its later reports formed").
 */
#define CLUSTER_MERGE_EARLY_THRESHOLD 0.33
#define CLUSTER_MERGE_EARLY_SIZE 4
/*
 * A mixed event is not merged (told_mixed() in cluster.c): two events of
 * CLUSTER_MIXED_CORE articles or more each, where the members of one that
 * resemble the other score higher against it than against their own event
 * (reports of the other happening that joined at placement) and the rest,
 * CLUSTER_MIXED_CORE or more of them, would not join it (each under
 * CLUSTER_MIXED_BAR, the built-in model's join bar): the two happenings
 * meet only through the misplaced reports (docs/QUALITY.md, `tail27`).
 */
#define CLUSTER_MIXED_CORE 3
#define CLUSTER_MIXED_BAR 0.25
/* Mixed pairs a merge pass moves the strays of (move_strays()); more wait for the next pass. */
#define CLUSTER_STRAY_PAIRS 8
/* Most changed stories one merge pass looks at: the work per pass is bounded. */
#define CLUSTER_MERGE_CHANGED 64
/* The event level's split pass (see `split_min_own`). */
#define CLUSTER_SPLIT_MIN_OWN 6

struct cluster_state;
struct cluster_model;

TD_NODISCARD enum td_err cluster_new(const struct cluster_opts *opts, struct cluster_state **out,
                                     struct td_error *err);
void cluster_free(struct cluster_state *cs);

/*
 * Chooses the story of `doc` (an existing one, or a new one), adds the
 * document to it and updates the statistics. `*story_out` is the story id;
 * `*score_out` (may be NULL) the winning score (0 for a new story).
 * Errors: TD_ERR_NOMEM (the state may then hold the document's term
 * statistics but no story change; callers stop using the state).
 */
TD_NODISCARD enum td_err cluster_assign(struct cluster_state *cs, const struct cluster_doc *doc,
                                        int64_t *story_out, double *score_out,
                                        struct td_error *err);

/*
 * Adds `doc` to story `story` (>= 1; stories up to that id are created
 * as needed), or to the story it was merged into: used for copies (they
 * follow their original), for replaying them, and for replaying articles
 * stored before the joined story was (an approximate replay: their stored
 * story is their final one, and no pass runs). Runs no merge or split pass.
 * Errors: TD_ERR_INVALID (story < 1 or absurdly large), TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err cluster_add(struct cluster_state *cs, const struct cluster_doc *doc,
                                     int64_t story, struct td_error *err);

/*
 * The story (id >= 1; 0 before any document) the last cluster_assign(),
 * cluster_replay() or cluster_add() added its document to, before the
 * merge and split passes of the call moved anything: the engine stores it
 * with the article, and cluster_replay() takes it back after a restart.
 */
int64_t cluster_last_joined(const struct cluster_state *cs);

/*
 * The event (id >= 1, as merged since) the last cluster_assign() found
 * nearest among its candidates when it did not join it (under the bar, or
 * turned down by a margin rule) and the two are in known, different
 * languages (across languages the cosine has only the anchor terms, so
 * under the bar says little; in one language it is the event level's no);
 * 0 when it joined its nearest candidate or had none, when their cosine was
 * under CLUSTER_NEAREST_COS (no text in common to speak of) or their
 * language is one. Only the live stream has it: a replay keeps no
 * candidates.
 */
#define CLUSTER_NEAREST_COS 0.1
int64_t cluster_last_nearest(const struct cluster_state *cs);

/*
 * The event (id >= 1, as merged since) in the article's own known language
 * whose centroid the last cluster_assign() found nearest by the cosine
 * without time damping, when that call started a new event and the
 * document asked (`want_recalled`); its cosine in `*cos`. 0 otherwise.
 * A follow-up told days or weeks on (an audit, a reopening, a coffin
 * opened) is far past the time kernel of every event of its story, so its
 * time-damped cosines say nothing; in one language the undamped one still
 * shows which happening its words retell (the storyline level reads it,
 * storyline_doc `text_story`). Only the live stream has it.
 */
int64_t cluster_last_recalled(const struct cluster_state *cs, double *cos);

/*
 * Redoes a placement of cluster_assign() from the stored story it joined
 * (`joined`, its cluster_last_joined()): adds `doc` to that story and runs
 * the merge and split passes when due, exactly as the live call did after
 * its choice. `changed` says whether the live call's pass merged or split
 * anything (cluster_take_merges() or cluster_take_moves() gave something);
 * when it did not, only the pass's bookkeeping is redone, which gives the
 * same state for a fraction of the work. Replaying every stored document in arrival order this way
 * (copies with cluster_add()) rebuilds the state of the uninterrupted
 * stream: the same centroids, member rings, merges and splits, so later
 * decisions are the same too. As after cluster_assign(), `*story_out` is
 * where the document ended, and cluster_take_merges() and
 * cluster_take_moves() give the pass's changes (already in the store: the
 * caller only updates its own state). Errors: TD_ERR_INVALID (`joined`
 * cannot have been joined live here: < 1, past the next new story, or a
 * merged story), TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err cluster_replay(struct cluster_state *cs, const struct cluster_doc *doc,
                                        int64_t joined, bool changed, int64_t *story_out,
                                        struct td_error *err);

/*
 * The end of an input: runs the merge and split passes now over the
 * stories changed since the last pass, as a due pass would (the interval
 * then starts again; the next due pass still comes at the next multiple of
 * `merge_every_docs`). `*ran` says whether it ran: not when no document
 * came since the last pass (so a second call does nothing), nor without a
 * merge pass. cluster_take_merges() and cluster_take_moves() then give
 * its changes (both empty when it did not run). A replay calls it after
 * the document the live call came after, so it needs no `changed` flag: it
 * recomputes. Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err cluster_settle(struct cluster_state *cs, bool *ran, struct td_error *err);

/*
 * Training (teacher forcing): computes the features (model.h, MF_RANK_COUNT
 * of them) of `doc` against each candidate story exactly as
 * cluster_assign() would, calls `fn` once per candidate with its story id,
 * then adds `doc` to story `story` as cluster_add() does. `fn` only
 * records (it cannot fail); `features` is valid during the call. Errors: those of cluster_add().
 */
typedef void (*cluster_visit_fn)(void *ctx, int64_t story, const double *features);
TD_NODISCARD enum td_err cluster_observe(struct cluster_state *cs, const struct cluster_doc *doc,
                                         int64_t story, cluster_visit_fn fn, void *ctx,
                                         struct td_error *err);

/*
 * Merges the pass made: `*n` pairs, `from[i]` merged into `into[i]` (story
 * ids, in the order of the merges; `into[i]` may itself be merged later),
 * borrowed until the next cluster_assign(); the list is then emptied. A
 * merged story takes no article again: cluster_add() and
 * cluster_resolve() send its id to the story it lives on in.
 */
void cluster_take_merges(struct cluster_state *cs, const int64_t **from, const int64_t **into,
                         size_t *n);
/*
 * Documents the split pass moved: document number `doc` (1 for the first
 * document the state saw, replayed ones included, so the store's article
 * seq) left story `from` for the new story `into`. Like the merges, valid
 * until the next cluster_assign(); merges and moves of one call happened
 * merges first. A document that the call itself placed may be among them:
 * `*story_out` already says where it ended.
 */
struct cluster_move {
    uint64_t doc;
    int64_t from, into;
};
void cluster_take_moves(struct cluster_state *cs, const struct cluster_move **moves, size_t *n);
/* The story that story id `story` lives on in (itself unless merged); ids < 1 unchanged. */
int64_t cluster_resolve(const struct cluster_state *cs, int64_t story);

/*
 * Whether stories `a` and `b` (ids, resolved here) are two happenings of
 * which one holds reports of the other (`*mixed`): both live with
 * CLUSTER_MIXED_CORE articles or more, and one a mixed event against the
 * other, as the merge pass tells one (see `merge_links`). False for one
 * story, and when either is paged out (retired; its record is not read).
 * Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err cluster_mixed(struct cluster_state *cs, int64_t a, int64_t b, bool *mixed);

/* Number of stories and documents seen. */
size_t cluster_story_count(const struct cluster_state *cs);
/*
 * The articles of story `id` (resolved here); 0 for an unknown id and for
 * one whose record is paged out (`page_out`: a retired story).
 */
size_t cluster_event_size(const struct cluster_state *cs, int64_t id);
/* Number of stories in the active pool (not retired). */
size_t cluster_active_count(const struct cluster_state *cs);
/*
 * Story records in memory (their blocks, see `page_out`), and the merged
 * ones among the paged-out stories, whose link stays in memory.
 */
size_t cluster_resident_count(const struct cluster_state *cs);
size_t cluster_paged_merged_count(const struct cluster_state *cs);
uint64_t cluster_doc_count(const struct cluster_state *cs);
/*
 * Terms in the dictionary, and the length of the per-term arrays (terms
 * plus the forgotten ids waiting for reuse; it never shrinks).
 */
size_t cluster_term_count(const struct cluster_state *cs);
size_t cluster_term_slots(const struct cluster_state *cs);
/* The document frequency of term hash `h` (0 when not in the dictionary). */
uint32_t cluster_term_df(const struct cluster_state *cs, uint64_t h);
/*
 * Reports the memory of the event level (tidings/mem.h), each row's name
 * starting with `level` ("events"): the term dictionary with its per-term
 * arrays, the postings, the story records in memory (with the centroids,
 * sketches and split rings of the active pool), the merged links of
 * paged-out stories, and the per-document scratch.
 */
void cluster_mem(const struct cluster_state *cs, td_mem_row_fn fn, void *ctx);

/*
 * Term vectors: building one from a stream of terms, and (de)serializing it
 * for the store. A `struct cluster_vec` owns its arrays.
 */
struct cluster_vec {
    uint64_t *terms;   /* sorted, unique */
    uint32_t *counts;
    size_t n, cap;
};
void cluster_vec_init(struct cluster_vec *v);
void cluster_vec_release(struct cluster_vec *v);
/* Hash of a term string as used in vectors (XXH3-64). */
uint64_t cluster_term_hash(const char *term, size_t len);

/*
 * Anchor terms (names, numbers) read the same in every language: their hash
 * has the top bit set (`cluster_anchor_hash`), every other term's has it
 * clear. An article in one language is compared with a story in another on
 * its anchor terms alone (with `xl_shared_only`, on those the stream has
 * seen in articles of two languages or more).
 */
#define CLUSTER_ANCHOR_BIT ((uint64_t)1 << 63)
uint64_t cluster_anchor_hash(const char *term, size_t len);

/*
 * cluster_term_hash() and cluster_anchor_hash() of a term from its
 * XXH3_64bits() already at hand (the key text_analyze_keyed gives).
 */
static inline uint64_t cluster_term_key(uint64_t xxh3)
{
    return xxh3 & ~CLUSTER_ANCHOR_BIT;
}

static inline uint64_t cluster_anchor_key(uint64_t xxh3)
{
    return xxh3 | CLUSTER_ANCHOR_BIT;
}

/* A language code ("en") as a small non-zero number; 0 for NULL or "". */
uint32_t cluster_lang_code(const char *lang);
/*
 * Whether the language of code `lang` (cluster_lang_code()) is written in a
 * script without capitals: Arabic, Persian, Urdu, Pashto, Hebrew, Yiddish,
 * the Indic languages, Sinhala, Thai, Lao, Burmese, Khmer, Georgian,
 * Amharic, Tigrinya, Korean, Chinese, Japanese. False for 0 (unknown).
 */
bool cluster_lang_uncased(uint32_t lang);

/*
 * The document of vector `v` (its terms borrowed: valid while `v` is
 * unchanged), published at Unix time `published_at` when `has_date`, in
 * language `lang` (any code, or NULL); the days cluster_vec_set_days()
 * put in `v` are its `told_day` and `after_day`, not terms.
 */
struct cluster_doc cluster_doc_of(const struct cluster_vec *v, bool has_date,
                                  int64_t published_at, const char *lang);
/*
 * Puts the days an article's text gives (`told_day`, `after_day` of
 * `struct cluster_doc`) into its vector, replacing any there, so that they
 * are stored with its terms and a replay reads them back: records of the
 * reserved hashes CLUSTER_TOLD_TERM and CLUSTER_AFTER_TERM (below every
 * real term's, which has odds of 2^-62 of being one; such a term would be
 * read as a day) whose count is the day plus CLUSTER_DAY_BIAS. A day that
 * does not fit is left out. Errors: TD_ERR_NOMEM (`v` unchanged).
 */
#define CLUSTER_TOLD_TERM ((uint64_t)1)
#define CLUSTER_AFTER_TERM ((uint64_t)2)
#define CLUSTER_DAY_BIAS ((int64_t)1 << 30)
TD_NODISCARD enum td_err cluster_vec_set_days(struct cluster_vec *v, bool has_told,
                                              int64_t told_day, bool has_after,
                                              int64_t after_day);
/*
 * Marks the terms `hashes[0..n)` of `v` (those not in `v` are skipped, at
 * most CLUSTER_CLAUSE_MAX are kept) as names given only inside a clause
 * about another happening (`clause_at` of `struct cluster_doc`), stored with
 * the terms so that a replay reads them back: records of the reserved
 * hashes CLUSTER_CLAUSE_TERM + 0, 1, ... after the day records, whose count
 * is 1 + the term's index among the vector's other terms. Call it after
 * cluster_vec_set_days(); `n` 0 leaves `v` as it is. Errors: TD_ERR_NOMEM
 * (`v` unchanged).
 */
#define CLUSTER_CLAUSE_TERM ((uint64_t)3)
#define CLUSTER_CLAUSE_MAX 16
TD_NODISCARD enum td_err cluster_vec_set_clause(struct cluster_vec *v, const uint64_t *hashes,
                                                size_t n);
/*
 * Builds `v` from a map of term hash -> count (see core/map64.h), sorted.
 * Errors: TD_ERR_NOMEM.
 */
struct td_map64;
TD_NODISCARD enum td_err cluster_vec_from_map(struct cluster_vec *v, const struct td_map64 *m);
/* Appends the serialized form of `v` to `out`. */
TD_NODISCARD enum td_err cluster_vec_serialize(const struct cluster_vec *v, struct td_buf *out);
/* Parses a serialized vector into `v`. Errors: TD_ERR_PARSE (corrupt), TD_ERR_NOMEM. */
TD_NODISCARD enum td_err cluster_vec_parse(struct cluster_vec *v, const void *data, size_t len,
                                           struct td_error *err);

#endif
