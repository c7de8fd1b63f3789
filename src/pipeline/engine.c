/*
 * engine.c - the ingest pipeline: identity and duplicate checks, language,
 * text analysis into a term vector, clustering at two levels (events, then
 * the storylines that link them), and the store write. The
 * work runs outside any transaction; the batch is kept in memory
 * (pending.c) and written in one short transaction per batch, so another
 * connection (the search indexer) can write in between (see tidings/engine.h).
 */
#include "tidings/engine.h"

#include <stdlib.h>
#include <string.h>

/* Inlined: an id is a few bytes, where a library call costs as much as the hash. */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "cluster/cluster.h"
#include "cluster/model.h"
#include "cluster/storyline.h"
#include "core/alloc.h"
#include "core/bloom.h"
#include "core/limits.h"
#include "core/map64.h"
#include "core/time.h"
#include "core/utf8.h"
#include "dedup/dedup.h"
#include "pipeline/backref.h"
#include "pipeline/pending.h"
#include "pipeline/seen_log.h"
#include "pipeline/text_days.h"
#include "store/store.h"
#include "text/text.h"
#include "tidings/entity.h"

/*
 * The page cache of the engine's connection, in KiB (store_open gives every
 * connection 64 MiB). The writer reads index pages and writes each article
 * page once: at 16 MiB a one-core ingest of the 100 k bench stream made
 * 172,981 page reads against 172,081 at 64 MiB, with 12 k fewer page faults
 * and a peak RSS of 301 MB instead of 351 (docs/BENCHMARKS.md).
 */
#define ENGINE_CACHE_KIB 16384

/*
 * The near-copy index keeps the articles of the event level's active pool
 * (dated at most CLUSTER_POOL_DAYS before the newest), and at least the
 * latest NEAR_KEEP_ARTICLES whatever their dates, within its window
 * (dedup_near_set_age()). On the bench stream (250 articles a day) that is
 * 16 k articles, 13 MiB, where the window alone grew to 200 k, 160 MiB
 * (docs/BENCHMARKS.md, "perf20"); a stream out of date order (the check
 * sets, shuffled) keeps everything up to 16 k articles, as before.
 */
#define NEAR_KEEP_ARTICLES ((size_t)1 << 14)
/* Title words count this many times in the article's term vector. */
#define TITLE_WEIGHT 2
/* Each capitalised name in the body adds a language-independent term this many times. */
#define NAME_WEIGHT 2
/*
 * Names, and name pairs, the engine keeps for words without capitals before
 * it starts over (remember_name(), remember_pair()): about 16 and 7 MiB at
 * most. At 2^20 they grew with the stream's names, to 18 MiB at 100 k
 * articles of the bench stream and 84 MiB at 1 M; the check sets stay far
 * below 2^17 names (docs/BENCHMARKS.md, "perf20").
 */
#define SEEN_NAMES_MAX ((size_t)1 << 17)
/*
 * The latest articles a reopened engine reads again (recall_names()): for
 * the furniture table, and for the records of names seen of a store that
 * has no log of them yet (one written before migration 14).
 */
#define RECALL_ARTICLES 4096
/* Recall also fills the furniture table again, with exactly the articles it had counted. */
_Static_assert(RECALL_ARTICLES == DEDUP_FURN_WINDOW, "recall must cover the furniture window");
/*
 * Consonants an Arabic or Hangul word needs to be taken for a name it
 * sounds like. Below UNCASED_SKELETON_ALONE its vowels must fit the name's
 * too (text_name_vowels_agree()): by consonants alone common words met
 * names by chance (on news4, Korean "boinda", seems, and Arabic "mthf",
 * museum).
 */
#define UNCASED_MIN_SKELETON 3
#define UNCASED_SKELETON_ALONE 4
/*
 * Names of one phonetic key an uncased word is compared with, the first
 * seen and then the latest: short keys ("trn" of Tehran, Turin, Darlan...)
 * are shared by many names.
 */
#define KEY_NAMES_MAX 8
/* The end of a list of names of one key (`seen_next`). */
#define KEY_NONE UINT32_MAX
/* Acronyms defined in the stream the engine keeps (define_acronym()) before it starts over. */
#define ALIASES_MAX 4096
/* Capitalised words of a defined acronym's full name it keeps, the first ones. */
#define ALIAS_WORDS 4
/*
 * Entries of the acronyms' log (seen_log.h) past which a flush writes the
 * record whole instead (log_aliases_whole()): acronyms defined again and
 * again would grow it without end, where names and pairs start over.
 */
#define ALIAS_LOG_MAX (4 * ALIASES_MAX * (1 + ALIAS_WORDS))
/* Countries of one body main_country() weighs (the first ones named). */
#define ENGINE_COUNTRIES 8
/*
 * An event with at most this share of another's articles folds into its
 * storyline whatever it names (fold_piece()). On news2-news22 the folds the
 * name count refused were pieces of 1-3 articles against 6-10 and one of 1
 * against 2 (right) and peers of 4 against 6 and 6 against 8 (wrong: two
 * bear attacks, a rate decision's mixed event); any share from 0.5 to 0.66
 * decides alike.
 */
#define ENGINE_FOLD_PIECE_SHARE 0.5
/*
 * The key of the record that stores an article's main country with its
 * names (its count is the ISO code as c0 << 8 | c1): below every name's
 * key, which has the anchor bit set, and past map64's keys 0 and 1.
 */
#define NAMES_COUNTRY_KEY ((uint64_t)2)

struct td_engine {
    struct td_store *st;          /* borrowed */
    struct td_engine_opts o;
    struct text_analyzer *an;
    struct cluster_state *cs;     /* the event level */
    struct storyline_state *sl;   /* the storyline level */
    bool broken;                  /* a failed write left memory and store apart */
    struct pending batch_rows;    /* articles of the open batch, not yet written */
    /*
     * The ids and content hashes (id_key(), content_key()) of every stored
     * article and of the open batch's: the store is asked for an id or a
     * content only when this says "maybe" (check_id(), find_original()).
     * Rows another process stores meanwhile are not in it, but they fail
     * the batch anyway (check_sole_writer()).
     */
    struct td_bloom stored;
    struct td_engine_counts done, batch;
    /* Scratch reused for every article. */
    struct td_map64 tf;
    uint32_t weight;
    bool tf_oom;
    struct cluster_vec vec;
    struct td_buf blob;
    struct td_map64 names_tf;     /* scratch: name-term hash -> occurrences */
    struct cluster_vec names;     /* scratch: the article's name terms */
    struct td_buf names_blob;
    struct td_buf sample;         /* scratch: the text language detection reads */
    struct dedup_near *near;      /* near-duplicate index, rebuilt from the store on open */
    struct dedup_sig sig;         /* scratch: the signature of the article being added */
    /*
     * Page furniture: lines of the latest DEDUP_FURN_WINDOW stored articles,
     * filled again on open from the latest RECALL_ARTICLES (recall_row()).
     */
    struct dedup_furniture *furn;
    struct dedup_lines lines;       /* scratch: the line hashes of the article being added */
    struct td_buf body;             /* scratch: the body without its furniture (analyze()) */
    struct td_buf backref;          /* scratch: the body, its back-references blanked */
    struct td_buf backref_title;    /* scratch: the headline case-folded (body_names()) */
    const struct td_gazetteer *gaz; /* shared country names; NULL without iso-codes */
    char prev_name[64];           /* scratch: the name before, for two-word country names */
    size_t prev_len;
    bool in_title;                /* on_name() is reading a title, not a body */
    bool in_backref;              /* ... a clause that dates another happening (body_names()) */
    bool backref_probe;           /* ... that clause, only to find a name the headline holds */
    bool backref_titled;          /* the probe found one */
    bool clause_collect;          /* ... only to note its names (mark_clause_names()) */
    bool clause_in;               /* ... noting a clause's names, else the rest of the body's */
    struct td_map64 clause_rest;  /* scratch: the body's names outside its clauses */
    uint64_t clause_only[CLUSTER_CLAUSE_MAX]; /* scratch: names only the clauses give */
    size_t nclause_only;
    bool clause_numbers;                     /* mark_clause_names() is noting numbers, not names */
    uint64_t clause_num[CLUSTER_CLAUSE_MAX]; /* scratch: numbers only the clauses give */
    size_t nclause_num;
    uint16_t country[ENGINE_COUNTRIES]; /* scratch: the countries the body names (main_country()) */
    /*
     * Scratch: the storyline name anchors of one-word country names the body
     * gives -> each one's code (note_country_name(), recalled_countries()),
     * every one however many the body names, and the code the last name
     * found (country_anchor()).
     */
    struct td_map64 country_names;
    char last_code[2];
    size_t ncountry;
    bool title_probe;             /* ... a headline, only to note its names (title_anchors()) */
    bool title_probe_due;         /* the article has a headline and a body (analyze()) */
    bool body_recalls; /* its body has a clause dating another happening (body_names()) */
    uint64_t title_anchor[STORYLINE_TITLE_NAMES]; /* scratch: the headline's names, `ntitle` */
    size_t ntitle;
    const char *title;            /* the headline of the article being read, or NULL */
    bool title_names;             /* model option: a headline's names link its storyline */
    bool follow_titles;           /* a short article's headline names go to follows() (cluster.h) */
    bool name_keys;               /* model option: names compared by text_name_key() */
    bool cjk_countries;           /* model option: countries in Han, kana and Hangul (on_org()) */
    bool zone_cities;             /* model option: zone cities in other scripts (on_city()) */
    bool date_split;              /* model option: the text's dates reach the event level */
    bool furniture_text;          /* model option: page furniture stays out of analyze() */
    bool page_furniture;          /* model option: a page's closing block stays out of analyze() */
    bool backref_names;           /* model option: body_names() reads back-references apart */
    bool loose_romance;           /* model option: loose spellings drop a Romance -o/-a */
    bool bare_names;              /* model option: a name without its accents (bare_anchor()) */
    bool russian;                 /* the article being read is Russian or Ukrainian */
    bool all_vowels;              /* ... is Korean, Bengali, Tamil, Thai or Sinhala: every vowel */
    bool abjad;                   /* ... is Hebrew: three consonants and one vowel (abjad_fit()) */
    bool abugida; /* ... is Indic or Ethiopic: names of two consonants (two_fit()) */
    bool hangul;  /* ... is Korean: names of two consonants too (hangul_two_fit()) */
    bool first_of_key;            /* ... takes the first name that fits (on_uncased()) */
    bool han_alt;                 /* ... is Chinese: a second reading's vowels must fit too */
    bool romance; /* ... is Italian, Spanish or Portuguese, and loose_romance: a name's -o/-a */
    bool loose;   /* ... is in Latin letters: names have a loose spelling (loose_hash()) */
    /* ... writes these Latin-1 letters (text_lang_accents()); NULL without bare_names */
    const char *accents;
    const struct text_inflection *inflection; /* ... its names' case endings, or NULL */
    /*
     * Capitalised names seen, for words of scripts without capitals (Arabic,
     * Hangul) to be recognised as names: `seen_names` holds the anchor hash of
     * every name whose key is recorded; `seen_keys` maps the hash of a name's
     * `text_name_key` to an index into `seen_anchor`, that name's anchor hash,
     * and the hash of a name's loose spelling (loose_hash()), where it has one
     * of its own, to the same.
     * Both start over at SEEN_NAMES_MAX names. Every change to these
     * records, the pairs' and the acronyms' is logged (`log`) and written
     * with the batch, and a reopened engine replays the log (read_seen()).
     */
    struct td_map64 seen_names, seen_keys;
    uint64_t *seen_anchor;
    size_t nseen, cap_seen;
    /*
     * Names that share a key: `seen_next[i]` is the next name after i with
     * its key (KEY_NONE ends the list), the first spelling first, then the
     * latest (remember_name()).
     */
    uint32_t *seen_next;
    size_t cap_next;
    /* Each seen name's consonant skeleton, then its vowel gaps (text_name_vowels()). */
    struct td_buf seen_skel;
    uint32_t *seen_skel_at; /* where the skeleton of seen name i starts in `seen_skel` */
    size_t cap_skel_at;
    /*
     * Two capitalised names in a row, run together ("xi" + "jinping"), for
     * Chinese names in Han (TEXT_TOKEN_NAME_PINYIN): `seen_pairs` maps the
     * hash of the pair to an index into `pair_anchor`, the two names' anchor
     * hashes; starts over at SEEN_NAMES_MAX pairs. `pair_first` is the last
     * name read if it may start a pair (remember_pair()).
     */
    struct td_map64 seen_pairs;
    uint64_t *pair_anchor;
    size_t npairs, cap_pairs;
    char pair_first[8];
    size_t pair_first_len;
    /*
     * International bodies by their names in many languages (text.h,
     * TEXT_TOKEN_ORG): owned, built from the table compiled in.
     */
    struct text_orgs *orgs;
    /*
     * Acronyms the stream defined ("Full Name (ACR)", TEXT_TOKEN_ACRONYM_DEF):
     * `alias_of` maps the acronym's anchor hash to an index i; the anchors of
     * its full name's words are `alias_words[i * ALIAS_WORDS ..]`,
     * `alias_n[i]` of them. Start over at ALIASES_MAX acronyms.
     */
    struct td_map64 alias_of;
    uint64_t *alias_words;
    uint8_t *alias_n;
    size_t nalias, cap_alias_words, cap_alias_n;
    size_t def_at;    /* the alias being filled by DEF_WORD tokens; SIZE_MAX: none */
    bool uncased_hit; /* the last TEXT_TOKEN_UNCASED word was a name */
    uint64_t last_anchor; /* the anchor of the last name on_name() counted */
    struct seen_log log;  /* the changes to the records above not yet written */
    bool log_on;          /* changes are logged (not while the stored log is replayed) */
    size_t seen_rows;     /* rows of the stored log read on open */
    /*
     * Event merges and split moves not yet applied to the store, in the
     * order they happened: (from, into, seq, story) quadruples, seq 0 for a
     * merge of the whole event, story the one a moved article takes (0: it
     * keeps its own); see apply_merges().
     */
    int64_t *merges;
    size_t nmerges, cap_merges;
    /*
     * The seqs of the articles whose placement ran a pass that changed
     * something: live, those not yet logged in the store (store_log_pass);
     * during the replay, all of them (store_read_passes), `next_pass` the
     * first not yet replayed.
     */
    int64_t *passes;
    size_t npasses, cap_passes, next_pass;
    /*
     * Storylines decided again (storyline.h): live, the moves not yet
     * written to the store (store_move_story, store_log_story_move); during
     * the replay, all the logged ones, `next_smove` the first not yet
     * applied, and `smove_of` each moved event's index among them.
     */
    struct store_story_move *smoves;
    size_t nsmoves, cap_smoves, next_smove;
    struct td_map64 smove_of;
    /*
     * The storyline folds made during the event level's last pass
     * (merge_early_ok()): `nfolds` moves of (event, from, into), for
     * apply_merges() to log; `fold_rc` an error one of them met.
     */
    struct store_story_move *folds;
    size_t nfolds, cap_folds;
    enum td_err fold_rc;
};

/*
 * The scratch name vector as the storyline level reads it, with the
 * article's date if any; its main country, stored with its names as a
 * record of the reserved key NAMES_COUNTRY_KEY (main_country()), is taken
 * off the names.
 */
static struct storyline_doc names_doc(const struct td_engine *e, bool has_date,
                                      int64_t published_at)
{
    struct storyline_doc d;
    size_t skip = e->names.n > 0 && e->names.terms[0] == NAMES_COUNTRY_KEY;

    /* no offset on the arrays of an article without names (NULL; UBSan's NULL + 0) */
    d.names = skip ? e->names.terms + 1 : e->names.terms;
    d.counts = skip ? e->names.counts + 1 : e->names.counts;
    d.n = e->names.n - skip;
    d.country = skip ? (uint16_t)e->names.counts[0] : 0;
    d.clause_names = e->clause_only;
    d.nclause = e->nclause_only;
    d.has_date = has_date;
    d.published_at = has_date ? published_at : 0;
    d.title_names = e->title_anchor;
    d.ntitle = e->ntitle;
    d.near_story = 0;
    d.text_story = 0;
    d.text_score = 0.0;
    return d;
}

static enum td_err apply_merges(struct td_engine *e, bool to_store, struct td_error *err);
static enum td_err recall_names(struct td_engine *e, struct td_error *err);
static enum td_err read_seen(struct td_engine *e, struct td_error *err);
static enum td_err write_seen(struct td_engine *e, struct td_error *err);

/*
 * Redoes the event level's placement of a stored article. A row that
 * records the event it joined (migration 11) is placed as it was live:
 * into that event, with the merge and split passes a live placement ran
 * (a copy ran none), and the events a split made join their origin's
 * storyline again; the store already holds what the passes changed. An
 * older row goes to its stored event, with no pass. `*event` is the event
 * the live placement reported, which the storyline level and the
 * near-copy index know the article by (the store may have moved it since).
 */
static enum td_err replay_event(struct td_engine *e, const struct store_replay_row *r,
                                const struct cluster_doc *doc, int64_t *event)
{
    int64_t seq = (int64_t)cluster_doc_count(e->cs) + 1;
    bool changed;
    enum td_err rc;

    if (r->joined <= 0 || r->is_copy) {
        /* An older row moved by a pass since: the event it was first replayed into (-joined). */
        *event = r->joined > 0 ? r->joined : r->joined < 0 ? -r->joined : r->event;
        return cluster_add(e->cs, doc, *event, NULL);
    }
    /* Only the passes logged as having changed something are computed again. */
    while (e->next_pass < e->npasses && e->passes[e->next_pass] < seq)
        e->next_pass++;
    changed = e->next_pass < e->npasses && e->passes[e->next_pass] == seq;
    rc = cluster_replay(e->cs, doc, r->joined, changed, event, NULL);
    return rc == TD_OK ? apply_merges(e, false, NULL) : rc;
}

/*
 * Redoes the storyline level's placement of a stored article of `event`,
 * stored in story `stored`. A known event is in the storyline the replay
 * has for it; a new one in `stored`, unless a logged move took it from
 * the storyline it started (its articles were rewritten to the new one).
 * The move logged at this article is applied after it, as it was live.
 */
static enum td_err replay_story(struct td_engine *e, int64_t event, int64_t stored,
                                const struct storyline_doc *nd)
{
    int64_t seq = (int64_t)cluster_doc_count(e->cs), story = storyline_story_of(e->sl, event);
    const uint32_t *i;
    enum td_err rc;

    if (story == 0) {
        i = map64_get(&e->smove_of, (uint64_t)event + 2);
        story = i != NULL ? e->smoves[*i].from : stored;
    }
    rc = storyline_add(e->sl, event, story, nd, NULL);
    while (rc == TD_OK && e->next_smove < e->nsmoves && e->smoves[e->next_smove].doc <= seq) {
        const struct store_story_move *m = &e->smoves[e->next_smove++];
        struct storyline_move mv = {m->event, m->from, m->into};
        rc = m->doc == seq ? storyline_move(e->sl, &mv, NULL) : TD_ERR_INVALID;
    }
    return rc;
}

/* Reads the logged storyline moves for the replay, indexed by event. */
static enum td_err read_story_moves(struct td_engine *e, struct td_error *err)
{
    enum td_err rc = store_read_story_moves(e->st, &e->smoves, &e->nsmoves, err);
    size_t i;
    uint32_t *slot;
    bool added;

    /* Folds (log_folds()) come first, by their negative `doc`: the replay folds again itself. */
    while (rc == TD_OK && e->next_smove < e->nsmoves && e->smoves[e->next_smove].doc < 0)
        e->next_smove++;
    for (i = 0; rc == TD_OK && i < e->nsmoves; i++) {
        /* map64 keys 0 and 1 are one key: shift event ids (>= 1) past them. */
        if (map64_upsert(&e->smove_of, (uint64_t)e->smoves[i].event + 2, (uint32_t)i, &slot,
                         &added) != TD_OK)
            rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
        else if (!added)
            rc = td_error_set(err, TD_ERR_INVALID, "event %lld moved twice",
                              (long long)e->smoves[i].event);
    }
    e->cap_smoves = e->nsmoves;
    return rc;
}

/* The key of article id `id` in the engine's filter of stored articles (`stored`). */
static uint64_t id_key(const char *id)
{
    return XXH3_64bits(id, strlen(id));
}

/* The key of a content hash there: its first eight bytes (a hash already). */
static uint64_t content_key(const uint8_t content[DEDUP_HASH_BYTES])
{
    uint64_t k;

    memcpy(&k, content, sizeof(k));
    return k;
}

/*
 * Reads the names a stored article gave only in back-reference clauses back
 * from its vector's clause marks (cluster_vec_set_clause()) into
 * `clause_only`, as the live placement had them for the storyline level.
 */
static void clause_of_doc(struct td_engine *e, const struct cluster_doc *doc)
{
    size_t i;

    e->nclause_only = 0;
    for (i = 0; i < doc->nclause && e->nclause_only < CLUSTER_CLAUSE_MAX; i++)
        if (doc->clause_at[i] >= 1 && doc->clause_at[i] - 1 < doc->n)
            e->clause_only[e->nclause_only++] = doc->terms[doc->clause_at[i] - 1];
}

/*
 * The pass an input that ended after the article just replayed ran
 * (settle()): logged at that article's seq, which no due pass has (a copy
 * is no placement, so the log is looked up here). It came after the
 * article's storyline placement, whose storylines it reads (merge_ok()).
 */
static enum td_err replay_settle(struct td_engine *e)
{
    int64_t seq = (int64_t)cluster_doc_count(e->cs);
    bool ran = false;
    enum td_err rc = TD_OK;

    while (e->next_pass < e->npasses && e->passes[e->next_pass] < seq)
        e->next_pass++;
    if (e->next_pass < e->npasses && e->passes[e->next_pass] == seq)
        rc = cluster_settle(e->cs, &ran, NULL);
    return rc == TD_OK && ran ? apply_merges(e, false, NULL) : rc;
}

/* Rebuilds both clustering levels from one stored article, as its live placement left them. */
static enum td_err replay_one(void *ctx, const struct store_replay_row *r)
{
    struct td_engine *e = ctx;
    struct cluster_doc doc;
    struct storyline_doc nd;
    struct td_error err;
    int64_t event = 0;
    enum td_err rc = cluster_vec_parse(&e->vec, r->terms, r->terms_len, &err);

    /* A row whose keys cannot be read (a short content hash) leaves every look-up to the store. */
    if (r->id != NULL && r->content_hash != NULL) {
        td_bloom_add(&e->stored, id_key(r->id));
        td_bloom_add(&e->stored, content_key(r->content_hash));
    } else {
        td_bloom_give_up(&e->stored);
    }
    e->names.n = 0;
    /* Rows stored before names were kept link to their storyline by nothing. */
    if (rc == TD_OK && r->names != NULL)
        rc = cluster_vec_parse(&e->names, r->names, r->names_len, &err);
    if (rc != TD_OK)
        return rc;
    doc = cluster_doc_of(&e->vec, r->has_date, r->published_at, r->lang);
    clause_of_doc(e, &doc);
    nd = names_doc(e, r->has_date, r->published_at);
    rc = replay_event(e, r, &doc, &event);
    if (rc == TD_OK)
        rc = replay_story(e, event, r->story, &nd);
    if (rc == TD_OK)
        rc = replay_settle(e);
    if (rc != TD_OK || r->id == NULL)
        return rc;
    /* Rows stored before signatures were kept get theirs from the body. */
    if (r->near_sig == NULL || dedup_sig_parse(&e->sig, r->near_sig, r->near_sig_len) != TD_OK)
        dedup_near_sig(e->near, r->body != NULL ? r->body : "", &e->sig);
    return dedup_near_add_dated(e->near, &e->sig, r->id, event, r->has_date,
                                time_day_of(r->published_at), NULL);
}

/*
 * The event level's merge pass may merge two events only when the
 * storyline level has placed both in the same story, so that events keep
 * nesting in stories.
 */
static bool merge_ok(void *ctx, int64_t from, int64_t into)
{
    const struct td_engine *e = ctx;
    int64_t story = storyline_story_of(e->sl, from);

    return story != 0 && story == storyline_story_of(e->sl, into);
}

/*
 * The storyline level's question before a re-check moves a storyline
 * (storyline_apart_fn): whether the event level tells `event` and `other`
 * apart as a mixed pair (cluster_mixed()). A young storyline must not move
 * into one whose event merely took reports of its own happening: the
 * names it would link by are those reports'.
 */
static enum td_err apart_events(void *ctx, int64_t event, int64_t other, bool *apart)
{
    const struct td_engine *e = ctx;

    return cluster_mixed(e->cs, event, other, apart);
}

/*
 * Whether one of events `a` and `b` has at most half the other's articles
 * (ENGINE_FOLD_PIECE_SHARE): a piece of the other's coverage rather than a
 * peer. A piece's own names are mostly its own spelling and detail (a
 * report in another script, a late one that gives the victims' names), not
 * the mark of another happening (docs/QUALITY.md, "A piece folds whatever
 * it names").
 */
static bool fold_piece(const struct td_engine *e, int64_t a, int64_t b)
{
    size_t na = cluster_event_size(e->cs, a), nb = cluster_event_size(e->cs, b);
    size_t small = na < nb ? na : nb, big = na < nb ? nb : na;

    return small > 0 && (double)small <= ENGINE_FOLD_PIECE_SHARE * (double)big;
}

/*
 * The storyline fold that merging event `from` into `into` across two
 * storylines needs (storyline_fold()): the event whose storyline holds it
 * alone goes into the other's, the younger storyline (the higher id) into
 * the older one when both could. False when neither can, when the two
 * share a storyline already, or, for two peers (not fold_piece()), when both
 * name plenty the other does not (storyline_may_fold(): two happenings the
 * storyline level told apart).
 */
static bool fold_plan(const struct td_engine *e, int64_t from, int64_t into, int64_t *event,
                      int64_t *story)
{
    int64_t sf = storyline_story_of(e->sl, from), si = storyline_story_of(e->sl, into);
    int64_t young = sf > si ? from : into, old = sf > si ? into : from;

    if (sf == 0 || si == 0 || sf == si)
        return false;
    if (!fold_piece(e, from, into) && !storyline_may_fold(e->sl, from, into))
        return false;
    if (storyline_alone(e->sl, young)) {
        *event = young;
        *story = storyline_story_of(e->sl, old);
        return true;
    }
    if (storyline_alone(e->sl, old)) {
        *event = old;
        *story = storyline_story_of(e->sl, young);
        return true;
    }
    return false;
}

/*
 * A first flash and the event its later reports formed (cluster.h
 * `merge_early_threshold`) often start two storylines: the flash names too
 * little to link. Such a pair may also merge when one of the two
 * storylines holds its event alone: the event level asks once, right
 * before the merge, so that storyline is folded into the other here
 * (storyline_fold()), live and in the replay alike, and the next question
 * of the same pass sees the storylines as they are now. apply_merges()
 * logs the folds.
 */
static bool merge_early_ok(void *ctx, int64_t from, int64_t into)
{
    struct td_engine *e = ctx;
    struct store_story_move *m;
    int64_t event, story, was;

    if (merge_ok(ctx, from, into))
        return true;
    if (e->fold_rc != TD_OK || !fold_plan(e, from, into, &event, &story))
        return false;
    was = storyline_story_of(e->sl, event);
    if (td_grow((void **)&e->folds, &e->cap_folds, e->nfolds + 1, sizeof(*e->folds)) != TD_OK ||
        storyline_fold(e->sl, event, story, NULL) != TD_OK) {
        e->fold_rc = TD_ERR_NOMEM;
        return false;
    }
    m = &e->folds[e->nfolds++];
    m->doc = 0;
    m->event = event;
    m->from = was;
    m->into = story;
    return true;
}

/*
 * Two pieces of one event in one language (cluster.h `merge_named_ok`)
 * merge as a first flash and its event do (merge_early_ok()), but the
 * piece whose storyline holds it alone folds only into a storyline the
 * other piece started (storyline_first()): a storyline the other joined
 * later is an earlier happening's, and the piece, kept out of it by the
 * storyline level, is not tied to that happening by a merge at the lower
 * bar (docs/QUALITY.md, `same18`).
 */
static bool merge_named_ok(void *ctx, int64_t from, int64_t into)
{
    const struct td_engine *e = ctx;

    if (merge_ok(ctx, from, into))
        return true;
    if (!(storyline_alone(e->sl, from) && storyline_first(e->sl, into)) &&
        !(storyline_alone(e->sl, into) && storyline_first(e->sl, from)))
        return false;
    return merge_early_ok(ctx, from, into);
}

/*
 * The event level's swap of retired event records (cluster.h `page_out`):
 * the store connection's temporary table, which lives as long as the
 * engine's state does and needs no write lock.
 */
static enum td_err page_out(void *ctx, uint64_t block, const void *data, size_t len)
{
    const struct td_engine *e = ctx;

    return store_swap_put(e->st, (int64_t)block, data, len, NULL);
}

static enum td_err page_in(void *ctx, uint64_t block, void *data, size_t len)
{
    const struct td_engine *e = ctx;

    return store_swap_get(e->st, (int64_t)block, data, len, NULL);
}

/*
 * The table of bodies, built once, when the model's options are known:
 * with, under model option cjk_countries, the
 * country names in Han, kana and Hangul of iso-codes' Korean, Japanese and
 * Chinese translations (td_gazetteer_cjk_countries()) and, under option
 * zone_cities, the zone cities in ICU's languages (td_gazetteer_cities()),
 * which on_org() counts.
 */
static enum td_err open_orgs(struct td_engine *e, struct td_error *err)
{
    struct text_orgs *o;
    struct td_buf all;
    size_t ncjk = 0, ncity = 0;
    const char *cjk = e->cjk_countries ? td_gazetteer_cjk_countries(e->gaz, &ncjk) : "";
    const char *city = e->zone_cities ? td_gazetteer_cities(e->gaz, &ncity) : "";
    enum td_err rc;

    td_buf_init(&all, 0);
    rc = td_buf_add(&all, cjk, ncjk);
    if (rc == TD_OK)
        rc = td_buf_add(&all, city, ncity);
    rc = rc == TD_OK ? text_orgs_builtin_with(all.data, all.len, &o, err)
                     : td_error_set(err, rc, "out of memory");
    td_buf_release(&all);
    if (rc != TD_OK)
        return rc;
    text_analyzer_set_orgs(e->an, o);
    e->orgs = o;
    return TD_OK;
}

/*
 * Creates the event level: the learned scorer of `o.model_path`,
 * $TIDINGS_MODEL or the built-in model, or with `o.threshold` the hand-set
 * cosine rule.
 */
static enum td_err open_events(struct td_engine *e, struct td_error *err)
{
    struct cluster_opts co = CLUSTER_OPTS_INIT;
    struct cluster_model model;
    const char *path = e->o.model_path;
    enum td_err rc = TD_OK;

    if (path == NULL && (path = getenv("TIDINGS_MODEL")) != NULL && path[0] == '\0')
        path = NULL;
    if (e->o.threshold > 0)
        co.threshold = e->o.threshold;
    else if (path != NULL)
        rc = model_load(&model, path, err);
    else
        rc = model_default(&model, err);
    if (rc != TD_OK)
        return rc;
    co.model = e->o.threshold > 0 ? NULL : &model;
    /* The hand-set rule reads Han as Korean does when asked (the trainer, td_engine_opts). */
    text_analyzer_set_hanja_readings(e->an, e->o.hanja_readings);
    text_analyzer_set_stamp_words(e->an, e->o.stamp_words);
    e->zone_cities = e->o.zone_cities;
    if (co.model != NULL) {
        model_cluster_opts(&model, &co);
        e->follow_titles = co.follow_margin;
        e->title_names = model.opt_title_names != 0;
        e->name_keys = model.opt_name_keys != 0;
        e->cjk_countries = model.opt_cjk_countries != 0;
        e->zone_cities = model.opt_zone_cities != 0;
        e->date_split = model.opt_date_split != 0;
        e->furniture_text = model.opt_furniture_text != 0;
        e->page_furniture = model.opt_page_furniture != 0;
        e->backref_names = model.opt_backref_names != 0;
        e->loose_romance = model.opt_loose_romance != 0;
        e->bare_names = model.opt_bare_names != 0;
        text_analyzer_set_han_names(e->an, e->name_keys);
        text_analyzer_set_acronym_defs(e->an, model.opt_acronym_defs != 0);
        text_analyzer_set_stamp_words(e->an, model.opt_stamp_words != 0);
        text_analyzer_set_hanja_readings(e->an, model.opt_hanja_readings != 0);
    }
    /* Events are local in time: a Gaussian over days, no floor. */
    cluster_event_opts(&co);
    co.merge_ok = merge_ok;
    co.merge_early_ok = merge_early_ok;
    co.merge_named_ok = merge_named_ok;
    co.merge_ctx = e;
    co.page_out = page_out;
    co.page_in = page_in;
    co.page_ctx = e;
    return cluster_new(&co, &e->cs, err);
}

/*
 * Opens the near-copy index, bounded by its window and by age (NEAR_KEEP_ARTICLES),
 * and the furniture table, empty (the replay and the recall fill them). A
 * near copy and its original are dated at most CLUSTER_POOL_DAYS apart:
 * a copy follows its original's event (place()), and past the event
 * level's pool no article dated so far apart could join that event; on a
 * long stream in date order the age rule has evicted such an original
 * anyway, so a short or shuffled stream now finds the copies a long one does.
 */
static enum td_err open_dedup(struct td_engine *e, struct td_error *err)
{
    enum td_err rc = dedup_near_new(e->o.near_window, &e->near, err);

    if (rc != TD_OK)
        return rc;
    dedup_near_set_age(e->near, NEAR_KEEP_ARTICLES, CLUSTER_POOL_DAYS);
    dedup_near_set_copy_days(e->near, CLUSTER_POOL_DAYS);
    return dedup_furniture_new(DEDUP_FURN_WINDOW, &e->furn, err);
}

/*
 * Rebuilds the engine's memory from the store: both clustering levels and
 * the near-copy index (the replay), the records of names seen (their log)
 * and the furniture table (the latest articles).
 */
static enum td_err rebuild(struct td_engine *e, struct td_error *err)
{
    enum td_err rc = store_read_passes(e->st, &e->passes, &e->npasses, err);

    if (rc == TD_OK)
        rc = read_story_moves(e, err);
    if (rc == TD_OK)
        rc = store_replay(e->st, replay_one, e, err);
    if (rc == TD_OK)
        rc = read_seen(e, err);
    if (rc == TD_OK)
        rc = recall_names(e, err);
    /* A logged move past the last article: the store is not what it logged. */
    if (rc == TD_OK && e->next_smove < e->nsmoves)
        rc = TD_ERR_INVALID;
    return rc;
}

enum td_err td_engine_open(struct td_store *st, const struct td_engine_opts *opts,
                           struct td_engine **out, struct td_error *err)
{
    static const struct td_engine_opts defaults = TD_ENGINE_OPTS_INIT;
    struct td_engine *e;
    enum td_err rc;

    if (st == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no store");
    e = td_calloc(1, sizeof(*e));
    if (e == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    e->st = st;
    e->o = opts != NULL ? *opts : defaults;
    if (e->o.batch_size == 0)
        e->o.batch_size = defaults.batch_size;
    map64_init(&e->tf);
    td_bloom_init(&e->stored);
    map64_init(&e->names_tf);
    map64_init(&e->country_names);
    map64_init(&e->seen_names);
    map64_init(&e->seen_keys);
    map64_init(&e->seen_pairs);
    td_buf_init(&e->seen_skel, 0);
    map64_init(&e->smove_of);
    map64_init(&e->alias_of);
    e->def_at = SIZE_MAX;
    seen_log_init(&e->log);
    cluster_vec_init(&e->names);
    td_buf_init(&e->names_blob, 0);
    pending_init(&e->batch_rows);
    cluster_vec_init(&e->vec);
    td_buf_init(&e->blob, 0);
    td_buf_init(&e->sample, 0);
    td_buf_init(&e->body, 0);
    td_buf_init(&e->backref, 0);
    td_buf_init(&e->backref_title, 0);
    map64_init(&e->clause_rest);
    rc = store_set_cache_kib(st, ENGINE_CACHE_KIB, err);
    if (rc == TD_OK)
        rc = text_analyzer_new(&e->an, err);
    if (rc == TD_OK)
        text_analyzer_set_uncased_names(e->an, true);
    /* Without iso-codes (a warning elsewhere) countries are only their names. */
    if (rc == TD_OK && td_gazetteer_shared(&e->gaz) != TD_OK)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc == TD_OK)
        rc = open_dedup(e, err);
    if (rc == TD_OK && (rc = open_events(e, err)) != TD_OK) {
        /* Its message names the model file and line: keep it. */
        td_engine_close(e);
        return rc;
    }
    if (rc == TD_OK)
        rc = open_orgs(e, err);
    if (rc == TD_OK && (rc = storyline_new(NULL, &e->sl, err)) == TD_OK)
        storyline_set_apart(e->sl, apart_events, e);
    if (rc == TD_OK)
        rc = rebuild(e, err);
    /* From here on the lists hold the passes and moves not yet logged. */
    TD_FREE(e->passes);
    e->npasses = e->cap_passes = 0;
    TD_FREE(e->smoves);
    e->nsmoves = e->cap_smoves = e->next_smove = 0;
    map64_release(&e->smove_of);
    map64_init(&e->smove_of);
    if (rc != TD_OK) {
        if (rc == TD_ERR_PARSE)
            td_error_set(err, rc, "corrupt term vector or names log in the store");
        else if (rc == TD_ERR_INVALID)
            td_error_set(err, rc, "inconsistent event and story ids in the store");
        td_engine_close(e);
        return rc;
    }
    *out = e;
    return TD_OK;
}

void td_engine_close(struct td_engine *e)
{
    if (e == NULL)
        return;
    if (store_in_transaction(e->st))
        store_rollback(e->st);
    pending_release(&e->batch_rows);
    text_analyzer_free(e->an);
    text_orgs_free(e->orgs);
    map64_release(&e->alias_of);
    seen_log_release(&e->log);
    td_free(e->alias_words);
    td_free(e->alias_n);
    cluster_free(e->cs);
    storyline_free(e->sl);
    dedup_near_free(e->near);
    dedup_furniture_free(e->furn);
    td_free(e->merges);
    td_free(e->folds);
    td_free(e->passes);
    td_free(e->smoves);
    map64_release(&e->smove_of);
    map64_release(&e->tf);
    td_bloom_release(&e->stored);
    map64_release(&e->names_tf);
    map64_release(&e->country_names);
    map64_release(&e->seen_names);
    map64_release(&e->seen_keys);
    map64_release(&e->seen_pairs);
    td_free(e->pair_anchor);
    td_free(e->seen_anchor);
    td_buf_release(&e->seen_skel);
    td_free(e->seen_skel_at);
    td_free(e->seen_next);
    cluster_vec_release(&e->vec);
    cluster_vec_release(&e->names);
    td_buf_release(&e->names_blob);
    td_buf_release(&e->blob);
    td_buf_release(&e->sample);
    td_buf_release(&e->body);
    td_buf_release(&e->backref);
    td_buf_release(&e->backref_title);
    map64_release(&e->clause_rest);
    td_free(e);
}

void td_engine_counts(const struct td_engine *e, struct td_engine_counts *out)
{
    *out = e->done;
}

/* Reports the engine's own records: stored ids, names seen, name pairs, acronyms, the batch. */
static void records_mem(const struct td_engine *e, td_mem_row_fn fn, void *ctx)
{
    size_t blocks = 0;

    fn(ctx, "engine: stored ids and contents (Bloom)", e->done.stored, td_bloom_bytes(&e->stored));
    fn(ctx, "engine: names seen", e->nseen,
       map64_bytes(&e->seen_names) + map64_bytes(&e->seen_keys) +
           e->cap_seen * sizeof(*e->seen_anchor) + e->cap_next * sizeof(*e->seen_next) +
           e->seen_skel.cap + e->cap_skel_at * sizeof(*e->seen_skel_at));
    fn(ctx, "engine: name pairs seen", e->npairs,
       map64_bytes(&e->seen_pairs) + e->cap_pairs * sizeof(*e->pair_anchor));
    fn(ctx, "engine: acronyms defined", e->nalias,
       map64_bytes(&e->alias_of) + e->cap_alias_words * sizeof(*e->alias_words) +
           e->cap_alias_n * sizeof(*e->alias_n));
    (void)arena_blocks(&e->batch_rows.mem, &blocks);
    fn(ctx, "engine: open batch", e->batch_rows.n,
       e->batch_rows.cap * sizeof(*e->batch_rows.rows) + map64_bytes(&e->batch_rows.by_id) +
           map64_bytes(&e->batch_rows.by_content) + blocks);
}

void td_engine_mem(const struct td_engine *e, td_mem_row_fn fn, void *ctx)
{
    text_analyzer_mem(e->an, fn, ctx);
    dedup_near_mem(e->near, fn, ctx);
    cluster_mem(e->cs, fn, ctx);
    storyline_mem(e->sl, fn, ctx);
    records_mem(e, fn, ctx);
    td_store_mem(e->st, fn, ctx);
}

/* Marks the engine unusable after a failed write and drops the open batch. */
static enum td_err fail(struct td_engine *e, enum td_err rc)
{
    e->broken = true;
    store_rollback(e->st);
    memset(&e->batch, 0, sizeof(e->batch));
    pending_clear(&e->batch_rows);
    seen_log_reset(&e->log);
    e->nmerges = e->npasses = e->nsmoves = 0;
    return rc;
}

/*
 * Applies the event merges made since the last flush to the stored
 * articles, the batch just written included (inside its transaction).
 */
static enum td_err store_merges(struct td_engine *e, struct td_error *err)
{
    enum td_err rc = TD_OK;
    size_t i;

    for (i = 0; i + 3 < e->nmerges && rc == TD_OK; i += 4) {
        if (e->merges[i + 2] == 0)
            rc = store_merge_event(e->st, e->merges[i], e->merges[i + 1], err);
        else
            rc = store_move_article(e->st, e->merges[i + 2], e->merges[i], e->merges[i + 1], err);
        if (rc == TD_OK && e->merges[i + 3] != 0)
            rc = store_move_article_story(e->st, e->merges[i + 2], e->merges[i + 3], err);
    }
    for (i = 0; i < e->npasses && rc == TD_OK; i++)
        rc = store_log_pass(e->st, e->passes[i], err);
    /* After the batch's rows, so that those of a moved story move too. */
    for (i = 0; i < e->nsmoves && rc == TD_OK; i++) {
        rc = store_move_story(e->st, e->smoves[i].from, e->smoves[i].into, err);
        if (rc == TD_OK)
            rc = store_log_story_move(e->st, &e->smoves[i], err);
    }
    return rc;
}

/* The seq of the last stored article as this engine knows it: it counts every one. */
static int64_t stored_before_batch(const struct td_engine *e)
{
    return (int64_t)(cluster_doc_count(e->cs) - e->batch_rows.n);
}

enum td_err td_engine_outdated(struct td_engine *e, bool *outdated, struct td_error *err)
{
    int64_t last = 0;
    enum td_err rc = store_last_seq(e->st, &last, err);

    *outdated = rc == TD_OK && last != stored_before_batch(e);
    return rc;
}

/*
 * Whether this engine is still the store's only writer: a document's number
 * is its article's seq, so rows another engine committed since this one
 * replayed the store (a second `tidings ingest`, the server) would make this
 * batch reuse their event ids and move rows that are not its own. Called
 * under the write lock, before the batch is written.
 */
static enum td_err check_sole_writer(struct td_engine *e, struct td_error *err)
{
    int64_t last = 0, want = stored_before_batch(e);
    enum td_err rc = store_last_seq(e->st, &last, err);

    if (rc == TD_OK && last != want)
        rc = td_error_set(err, TD_ERR_BUSY,
                          "another process wrote to the database since it was opened "
                          "(%lld articles stored, %lld expected); run again",
                          (long long)last, (long long)want);
    return rc;
}

/* Commits the open batch: its rows, the passes' changes, the seen-names log. */
static enum td_err write_batch(struct td_engine *e, struct td_error *err)
{
    enum td_err rc;

    if (e->broken)
        return td_error_set(err, TD_ERR_INTERNAL, "engine is unusable after an earlier error");
    /* The batch's look-ups end here (store_begin would end them too). */
    store_read_end(e->st);
    rc = e->batch_rows.n > 0 || e->nmerges > 0 || e->npasses > 0 || e->nsmoves > 0 ||
                 seen_log_pending(&e->log)
             ? store_begin(e->st, err)
             : TD_OK;
    /*
     * The log's changes follow the stored rows': another writer's would come
     * between; so would its articles before the moves of a pass at the end of
     * an input, which had no rows of its own.
     */
    if (rc == TD_OK && (e->batch_rows.n > 0 || e->npasses > 0 || seen_log_pending(&e->log)))
        rc = check_sole_writer(e, err);
    if (rc == TD_OK)
        rc = pending_write(&e->batch_rows, e->st, err);
    if (rc == TD_OK)
        rc = store_merges(e, err);
    if (rc == TD_OK && seen_log_pending(&e->log))
        rc = write_seen(e, err);
    if (rc == TD_OK)
        rc = store_commit(e->st, err);
    if (rc != TD_OK)
        return fail(e, rc);
    pending_clear(&e->batch_rows);
    seen_log_reset(&e->log);
    e->nmerges = e->npasses = e->nsmoves = 0;
    e->done.stored += e->batch.stored;
    e->done.copies += e->batch.copies;
    e->done.duplicates += e->batch.duplicates;
    e->done.revisions += e->batch.revisions;
    memset(&e->batch, 0, sizeof(e->batch));
    return TD_OK;
}

/*
 * The end of an input: the event level's merge pass over the events
 * changed since its last pass (cluster_settle()), with the store's update
 * of what it moved as after any pass. It is logged even when it changed
 * nothing, at the seq of the last article placed: a pass at a seq that is
 * no multiple of `merge_every_docs` is one of these, and the replay runs it
 * again after that article (replay_settle()), so the interval it ended ends
 * there too.
 */
static enum td_err settle(struct td_engine *e, struct td_error *err)
{
    bool ran = false;
    enum td_err rc = cluster_settle(e->cs, &ran, err);

    if (rc == TD_OK && ran)
        rc = apply_merges(e, true, err);
    if (rc != TD_OK || !ran ||
        (e->npasses > 0 && e->passes[e->npasses - 1] == (int64_t)cluster_doc_count(e->cs)))
        return rc;
    if (td_grow((void **)&e->passes, &e->cap_passes, e->npasses + 1, sizeof(*e->passes)) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    e->passes[e->npasses++] = (int64_t)cluster_doc_count(e->cs);
    return TD_OK;
}

enum td_err td_engine_flush(struct td_engine *e, struct td_error *err)
{
    enum td_err rc;

    if (e->broken)
        return td_error_set(err, TD_ERR_INTERNAL, "engine is unusable after an earlier error");
    if ((rc = settle(e, err)) != TD_OK)
        return fail(e, rc);
    return write_batch(e, err);
}

/* count_word() when the term is neither in its home slot nor goes into it. */
static void count_term_probe(struct td_engine *e, uint64_t h)
{
    uint32_t *v;
    bool added;

    /* Past the cap, only terms already seen are counted. */
    if (e->tf.n >= TD_MAX_TERMS_PER_ARTICLE && map64_get(&e->tf, h) == NULL)
        return;
    if (map64_upsert(&e->tf, h, 0, &v, &added) != TD_OK) {
        e->tf_oom = true;
        return;
    }
    *v += e->weight;
}

/*
 * Counts one term by its hash (title terms weigh more); most terms are
 * found, or go, in their home slot (map64_add_home()), at no call.
 */
static inline void count_word(struct td_engine *e, uint64_t h)
{
    if (!map64_add_home(&e->tf, h, e->weight, e->tf.n < TD_MAX_TERMS_PER_ARTICLE))
        count_term_probe(e, h);
}

/*
 * Notes a hash a clause gives for mark_clause_names() in `list` (of `*n`
 * entries, CLUSTER_CLAUSE_MAX at most) when the rest of the body and the
 * headline (`clause_rest`) did not give it and the article's terms hold it
 * (note_clause_hash() noted those outside): a name in `clause_only`, a number
 * in `clause_num`.
 */
static void note_clause_only(struct td_engine *e, uint64_t h, uint64_t *list, size_t *n)
{
    size_t i;

    if (map64_get(&e->clause_rest, h) != NULL || map64_get(&e->tf, h) == NULL ||
        *n == CLUSTER_CLAUSE_MAX)
        return;
    for (i = 0; i < *n; i++)
        if (list[i] == h)
            return;
    list[(*n)++] = h;
}

/*
 * Notes one hash of a name for mark_clause_names(): outside the clauses in
 * `clause_rest`; inside one, in `clause_num` when the clause's numbers are
 * read, else in `clause_only` (note_clause_only()).
 */
static void note_clause_hash(struct td_engine *e, uint64_t h)
{
    uint32_t *v;

    if (!e->clause_in) {
        if (map64_upsert(&e->clause_rest, h, 0, &v, NULL) != TD_OK)
            e->tf_oom = true;
        return;
    }
    if (e->clause_numbers)
        note_clause_only(e, h, e->clause_num, &e->nclause_num);
    else
        note_clause_only(e, h, e->clause_only, &e->nclause_only);
}

/* count_word() for the name callbacks (on_name() and the functions it calls). */
static inline void count_term(struct td_engine *e, uint64_t h)
{
    if (e->clause_collect) {
        note_clause_hash(e, h);
        return;
    }
    /* A name only a clause about another happening holds is no anchor of this one's event. */
    if (e->in_backref && map64_get(&e->tf, h) == NULL)
        return;
    count_word(e, h);
}

/*
 * Counts one analysed term; numbers are anchor terms (the same in every
 * language). `key` is the term's XXH3, which the analyzer keeps with its
 * memoised words: no hash per occurrence here.
 */
static void on_term(void *ctx, enum text_token_kind kind, uint64_t key)
{
    count_word(ctx, kind == TEXT_TOKEN_NUMBER ? cluster_anchor_key(key) : cluster_term_key(key));
}

/*
 * Notes that the body names country `code` (two letters) for
 * main_country(); a probe that counts nothing (mark_clause_names()) notes
 * nothing.
 */
static void note_country(struct td_engine *e, const char code[2])
{
    uint16_t c = (uint16_t)((unsigned char)code[0] << 8 | (unsigned char)code[1]);
    size_t i;

    if (e->clause_collect || e->in_title)
        return;
    for (i = 0; i < e->ncountry; i++)
        if (e->country[i] == c)
            return;
    if (e->ncountry < ENGINE_COUNTRIES)
        e->country[e->ncountry++] = c;
}

/* The anchor term of the country of ISO code `c0` `c1`: "\x02" and the code. */
static uint64_t country_term(char c0, char c1)
{
    char key[3] = {'\x02', c0, c1};

    return cluster_anchor_hash(key, sizeof(key));
}

/* Counts the country of ISO code `code` as its anchor term and notes it (note_country()). */
static void count_country(struct td_engine *e, const char code[2])
{
    count_term(e, country_term(code[0], code[1]));
    note_country(e, code);
}

/*
 * The anchor term of a country, "\x02" + ISO code, when this name or it and
 * the name before ("estados unidos", "reino unido") name a country in one of
 * the languages iso-codes translates: "Japan", "Japón" and "Japon" then
 * meet across languages although their words differ. A one-word country
 * name counts as its code instead of as itself (`*replaced`), so that it
 * weighs what it did within a language; a two-word one adds its code.
 */
static void country_anchor(struct td_engine *e, const char *term, size_t len, bool *replaced)
{
    char pair[sizeof(e->prev_name) * 2 + 2], code[3];
    bool found = false;

    *replaced = false;
    if (e->gaz == NULL)
        return;
    if (e->prev_len > 0 && e->prev_len + 1 + len < sizeof(pair)) {
        memcpy(pair, e->prev_name, e->prev_len);
        pair[e->prev_len] = ' ';
        memcpy(pair + e->prev_len + 1, term, len);
        found = td_gazetteer_country(e->gaz, pair, e->prev_len + 1 + len, code);
    }
    if (!found)
        found = *replaced = td_gazetteer_country(e->gaz, term, len, code);
    e->prev_len = len < sizeof(e->prev_name) ? len : 0;
    memcpy(e->prev_name, term, e->prev_len);
    if (found) {
        count_country(e, code);
        e->last_code[0] = code[0];
        e->last_code[1] = code[1];
    }
}

/*
 * Notes that the one-word country name of storyline anchor `anchor` gave
 * the country of the code country_anchor() found last, for
 * recalled_countries(); a probe or a headline notes nothing.
 */
static void note_country_name(struct td_engine *e, uint64_t anchor)
{
    uint16_t c = (uint16_t)((unsigned char)e->last_code[0] << 8 | (unsigned char)e->last_code[1]);
    uint32_t *v;

    if (e->clause_collect || e->in_title)
        return;
    /* The first code an anchor gave stays; out of memory fails the article (analyze()). */
    if (map64_upsert(&e->country_names, anchor, c, &v, NULL) != TD_OK)
        e->tf_oom = true;
}

/*
 * country_anchor() for a name of storyline anchor `anchor`; a one-word
 * country name (`*replaced`) is noted for recalled_countries().
 */
static void name_country(struct td_engine *e, const char *term, size_t len, uint64_t anchor,
                         bool *replaced)
{
    country_anchor(e, term, len, replaced);
    if (*replaced)
        note_country_name(e, anchor);
}

/* Bytes of a name's term: "\x01" and the name. */
#define NAME_TERM_BYTES 128

/*
 * Writes the term of name `term[0..len)`, "\x01" and the name, distinct
 * from stemmed words, into `key`; returns its length, 0 for a name too long.
 * A name with a letter of Latin Extended-A loses its accents
 * (text_name_fold()): papers in other languages write "Kızılbük" as
 * "Kizilbuk".
 */
static size_t name_term(const char *term, size_t len, char key[NAME_TERM_BYTES])
{
    size_t n;

    if (len + 1 > NAME_TERM_BYTES)
        return 0;
    key[0] = '\x01';
    if ((n = text_name_fold(term, len, key + 1, NAME_TERM_BYTES - 1)) > 0)
        return n + 1;
    memcpy(key + 1, term, len);
    return len + 1;
}

/* Empties the record of names seen (remember_name()). */
static void forget_names(struct td_engine *e)
{
    map64_clear(&e->seen_names);
    map64_clear(&e->seen_keys);
    td_buf_reset(&e->seen_skel);
    e->nseen = 0;
    if (e->log_on)
        seen_log_clear(&e->log, SEEN_NAMES);
}

/* Bytes of a name's consonant skeleton, and of its vowel gaps, with their NULs, at most. */
#define SOUNDS_BYTES 72

/*
 * Writes the consonant skeleton of the name `term`, then its vowel gaps,
 * each NUL-terminated, into `sv`; returns the bytes written.
 */
static size_t name_sounds(const char *term, size_t len, char sv[2 * SOUNDS_BYTES])
{
    char folded[NAME_TERM_BYTES];
    size_t n_skel, n_vowels;

    /* Skeleton and vowels are of ASCII letters: "Muğla" has them as "Mugla". */
    if ((n_skel = text_name_fold(term, len, folded, sizeof(folded))) > 0) {
        term = folded;
        len = n_skel;
    }
    n_skel = text_name_skeleton(term, len, sv, SOUNDS_BYTES);
    n_vowels = text_name_vowels(term, len, sv + n_skel + 1, SOUNDS_BYTES);
    return n_skel + 1 + n_vowels + 1;
}

/*
 * Appends the skeleton and vowel gaps `sv[0..n_sv)` (name_sounds()) of a
 * name as seen name `e->nseen`, after the name `head` of its key (KEY_NONE:
 * it is the first); false when out of memory.
 */
static bool add_seen(struct td_engine *e, const char *sv, size_t n_sv, uint64_t anchor,
                     uint32_t head)
{
    size_t at = e->seen_skel.len;

    if (td_grow((void **)&e->seen_next, &e->cap_next, e->nseen + 1, sizeof(uint32_t)) != TD_OK ||
        td_buf_add(&e->seen_skel, sv, n_sv) != TD_OK)
        return false;
    /* After the first spelling, so that the latest names come next. */
    e->seen_next[e->nseen] = head == KEY_NONE ? KEY_NONE : e->seen_next[head];
    if (head != KEY_NONE)
        e->seen_next[head] = (uint32_t)e->nseen;
    e->seen_skel_at[e->nseen] = (uint32_t)at;
    e->seen_anchor[e->nseen++] = anchor;
    return true;
}

/*
 * Records the name `anchor` as seen and, `has_key`, under the hash `key` of
 * its phonetic key with its sounds `sv[0..n_sv)` (name_sounds()), and logs
 * what changed: remember_name() live, the stored log's replay on open. Out
 * of memory only costs the record.
 */
static void record_name(struct td_engine *e, uint64_t anchor, bool has_key, uint64_t key,
                        const char *sv, size_t n_sv)
{
    uint32_t *v;
    bool added;

    /* Names with no key count too: codes with digits ("A320") would else grow it with the stream.
     */
    if (e->nseen >= SEEN_NAMES_MAX || e->seen_names.n >= SEEN_NAMES_MAX)
        forget_names(e);
    if (map64_upsert(&e->seen_names, anchor, 0, &v, NULL) != TD_OK)
        return;
    /* Without its key (none, or no memory for it) the name is seen all the same. */
    if (!has_key ||
        td_grow((void **)&e->seen_anchor, &e->cap_seen, e->nseen + 1, sizeof(uint64_t)) != TD_OK ||
        td_grow((void **)&e->seen_skel_at, &e->cap_skel_at, e->nseen + 1, sizeof(uint32_t)) !=
            TD_OK ||
        map64_upsert(&e->seen_keys, key, (uint32_t)e->nseen, &v, &added) != TD_OK) {
        if (e->log_on)
            seen_log_name(&e->log, anchor, false, 0, NULL, 0);
        return;
    }
    if (!add_seen(e, sv, n_sv, anchor, added ? KEY_NONE : *v))
        forget_names(e); /* a key may have an index with no skeleton */
    else if (e->log_on)
        seen_log_name(&e->log, anchor, true, key, sv, n_sv);
}

/*
 * The hash, in `*hash`, of the loose spelling of the name `term`
 * (text_name_loose(), "\x02" before it to keep it from the phonetic keys);
 * with `own`, only when the name is not spelt that way itself (a name
 * that is is found by its anchor). False for none.
 */
static bool loose_hash(const struct td_engine *e, const char *term, size_t len, bool own,
                       uint64_t *hash)
{
    char loose[NAME_TERM_BYTES], key[NAME_TERM_BYTES];
    size_t n, klen;

    if (!e->loose ||
        (n = text_name_loose(term, len, e->romance, loose + 1, sizeof(loose) - 1)) == 0)
        return false;
    if (own && (klen = name_term(term, len, key)) == n + 1 && memcmp(key + 1, loose + 1, n) == 0)
        return false;
    loose[0] = '\x02';
    *hash = cluster_term_hash(loose, n + 1);
    return true;
}

/*
 * The hash, in `*hash`, of the sound spelling of the name `term`
 * (text_name_sound(), "\x03" before it to keep it from the phonetic keys
 * and the loose spellings). False for none.
 */
static bool sound_hash(const char *term, size_t len, uint64_t *hash)
{
    char sound[NAME_TERM_BYTES];
    size_t n = text_name_sound(term, len, sound + 1, sizeof(sound) - 1);

    if (n == 0)
        return false;
    sound[0] = '\x03';
    *hash = cluster_term_hash(sound, n + 1);
    return true;
}

/* Tags of the keys below, before the spelling to keep each from the other keys. */
#define BARE_KEY '\x04'  /* the bare spelling of a name (text_name_bare()) */
#define PLAIN_KEY '\x05' /* a plain spelling a paper lacking the letters wrote (bare_anchor()) */

/* The hash of `s[0..n)` (less than NAME_TERM_BYTES) with the key tag `tag` before it. */
static uint64_t tagged_hash(char tag, const char *s, size_t n)
{
    char key[NAME_TERM_BYTES];

    key[0] = tag;
    memcpy(key + 1, s, n);
    return cluster_term_hash(key, n + 1);
}

/* Whether the name `term[0..len)` is a plain spelling: ASCII, 4 bytes or more, a term's size. */
static bool plain_name(const char *term, size_t len)
{
    size_t i;

    if (len < 4 || len + 1 > NAME_TERM_BYTES)
        return false;
    for (i = 0; i < len; i++)
        if ((unsigned char)term[i] >= 0x80)
            return false;
    return true;
}

/*
 * The anchor of the seen name that the name `term`, not seen itself,
 * writes without the Latin-1 accents the seen one has, when the article's
 * language does not write those letters (text_accents_foreign()): "Bogota"
 * in an English or French report once "Bogotá" was seen, "Zurich" once
 * "Zürich" was; a Spanish "Policia" is no spelling of the "Policía" seen,
 * nor an Italian "Economia" of "Economía" when Italian writes "í".
 * `anchor` when none was seen, and in a language not known to write Latin
 * letters (`e->accents` NULL).
 */
static uint64_t bare_anchor(const struct td_engine *e, const char *term, size_t len,
                            uint64_t anchor)
{
    char bare[NAME_TERM_BYTES];
    size_t n;
    const uint32_t *idx;

    if (e->accents == NULL)
        return anchor;
    if ((n = text_name_bare(term, len, bare, sizeof(bare))) == 0) {
        if (!plain_name(term, len))
            return anchor;
        n = len;
        /* A plain spelling one paper wrote for an accented name is that name's in any language. */
        if ((idx = map64_get(&e->seen_keys, tagged_hash(PLAIN_KEY, term, len))) != NULL)
            return e->seen_anchor[*idx];
        memcpy(bare, term, len);
    }
    if ((idx = map64_get(&e->seen_keys, tagged_hash(BARE_KEY, bare, n))) == NULL ||
        !text_accents_foreign(e->seen_skel.data + e->seen_skel_at[*idx], e->accents))
        return anchor;
    return e->seen_anchor[*idx];
}

/*
 * The anchor the name with anchor `anchor` (`term`) counts under: its own
 * when it was seen, else that of the seen name it writes with or without
 * Latin-1 accents (bare_anchor()), else that of the first seen name with
 * its loose spelling (text_name_loose(): "Gottardo", "Gothard" and
 * "Gotarda" once "Gotthard" was seen), or of the seen name spelt as that
 * loose spelling.
 */
static uint64_t loose_anchor(const struct td_engine *e, const char *term, size_t len,
                             uint64_t anchor)
{
    char loose[NAME_TERM_BYTES], key[NAME_TERM_BYTES];
    size_t n, klen;
    uint64_t hash, seen;
    const uint32_t *idx;

    if (map64_get(&e->seen_names, anchor) != NULL)
        return anchor;
    if ((seen = bare_anchor(e, term, len, anchor)) != anchor)
        return seen;
    if (!loose_hash(e, term, len, false, &hash))
        return anchor;
    if ((idx = map64_get(&e->seen_keys, hash)) != NULL)
        return e->seen_anchor[*idx];
    n = text_name_loose(term, len, e->romance, loose, sizeof(loose));
    if ((klen = name_term(loose, n, key)) > 0 &&
        map64_get(&e->seen_names, seen = cluster_anchor_hash(key, klen)) != NULL)
        return seen;
    return anchor;
}

/*
 * Records the capitalised name `term` (anchor hash `anchor`) under its
 * phonetic key, once per name, for on_uncased(); names that share a key
 * are all kept.
 */
static void remember_name(struct td_engine *e, const char *term, size_t len, uint64_t anchor)
{
    char key[72], sv[2 * SOUNDS_BYTES], bare[NAME_TERM_BYTES];
    size_t n, nb, n_sv = 0;
    uint64_t loose;

    if (map64_get(&e->seen_names, anchor) != NULL)
        return;
    if ((n = text_name_key(term, len, e->russian, key, sizeof(key))) > 0)
        n_sv = name_sounds(term, len, sv);
    record_name(e, anchor, n > 0, n > 0 ? cluster_term_hash(key, n) : 0, sv, n_sv);
    /* Under its loose spelling too, with no sounds: only loose_anchor() looks it up. */
    if (loose_hash(e, term, len, true, &loose))
        record_name(e, anchor, true, loose, "\0", 2);
    /*
     * An accented name under its bare spelling too, its accented letters in
     * place of its sounds: only bare_anchor() looks it up.
     */
    if (e->bare_names && (nb = text_name_bare(term, len, bare, sizeof(bare))) > 0 &&
        (n_sv = text_name_accents(term, len, sv, sizeof(sv) - 1)) > 0) {
        sv[n_sv + 1] = '\0';
        record_name(e, anchor, true, tagged_hash(BARE_KEY, bare, nb), sv, n_sv + 2);
    }
    /* A name too short for a key under its sound spelling, with no sounds: on_kana_sound(). */
    if (n == 0 && sound_hash(term, len, &loose))
        record_name(e, anchor, true, loose, "\0", 2);
}

/*
 * Records the phonetic key of `term`, a spelling counted as the seen name
 * `anchor` by its loose spelling (loose_anchor()), under that name, once:
 * words of scripts without capitals then meet it as they would have met
 * it alone (a pinyin "milan" the English "Milan", counted under
 * loose_romance as the "Milano" seen first, whose final vowel it does not
 * fit).
 */
static void remember_spelling(struct td_engine *e, const char *term, size_t len, uint64_t anchor)
{
    char key[72], sv[2 * SOUNDS_BYTES];
    const char *old;
    size_t n, n_sv, tried;
    uint64_t hash;
    const uint32_t *head;
    uint32_t idx;

    if ((n = text_name_key(term, len, e->russian, key, sizeof(key))) == 0)
        return;
    hash = cluster_term_hash(key, n);
    n_sv = name_sounds(term, len, sv);
    head = map64_get(&e->seen_keys, hash);
    for (idx = head != NULL ? *head : KEY_NONE, tried = 0; idx != KEY_NONE && tried < KEY_NAMES_MAX;
         idx = e->seen_next[idx], tried++) {
        old = e->seen_skel.data + e->seen_skel_at[idx];
        if (e->seen_anchor[idx] == anchor && strcmp(old, sv) == 0 &&
            strcmp(old + strlen(old) + 1, sv + strlen(sv) + 1) == 0)
            return;
    }
    record_name(e, anchor, true, hash, sv, n_sv);
}

/* Letters of a name that may start a pair (a surname), and of a pair, at most. */
#define PAIR_FIRST_MAX 6
#define PAIR_MAX 16

/* Whether `s[0..len)` is lower-case ASCII letters only. */
static bool ascii_letters(const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++)
        if (s[i] < 'a' || s[i] > 'z')
            return false;
    return true;
}

/*
 * Notes `term` (lower-case ASCII letters) as the first name of the next
 * pair (remember_pair()) if it may be one: a name, or a word that opens a
 * sentence (TEXT_TOKEN_OPENER, no name by itself: "Zhou Lianhai said ...").
 */
static void note_pair_first(struct td_engine *e, const char *term, size_t len)
{
    e->pair_first_len = len <= PAIR_FIRST_MAX ? len : 0;
    memcpy(e->pair_first, term, e->pair_first_len);
}

/*
 * Adds the pair of hash `hash` to the record of pairs (starting it over at
 * SEEN_NAMES_MAX pairs): where its two names' anchors go when it is new,
 * NULL when it was known (or out of memory).
 */
static uint64_t *new_pair(struct td_engine *e, uint64_t hash)
{
    uint32_t *v;
    bool added;

    if (e->npairs >= SEEN_NAMES_MAX) {
        map64_clear(&e->seen_pairs);
        e->npairs = 0;
        if (e->log_on)
            seen_log_clear(&e->log, SEEN_PAIRS);
    }
    if (td_grow((void **)&e->pair_anchor, &e->cap_pairs, 2 * (e->npairs + 1), sizeof(uint64_t)) !=
            TD_OK ||
        map64_upsert(&e->seen_pairs, hash, (uint32_t)e->npairs, &v, &added) != TD_OK || !added)
        return NULL;
    return &e->pair_anchor[2 * e->npairs++];
}

/*
 * Records the capitalised name `term` (anchor hash `anchor`) run together
 * with the name before it when that one may be a surname ("Xi Jinping" ->
 * "xijinping"), for on_name_pinyin(); then notes `term` as the next pair's
 * first name if it may be one. The two need not be neighbours in the text:
 * a pair no Chinese name spells costs a slot and nothing else. Out of
 * memory only costs the record.
 */
static void remember_pair(struct td_engine *e, const char *term, size_t len, uint64_t anchor)
{
    char joined[PAIR_MAX];
    size_t first = e->pair_first_len;
    bool letters = ascii_letters(term, len);

    e->pair_first_len = 0;
    if (!letters)
        return;
    if (first > 0 && first + len <= PAIR_MAX) {
        uint64_t hash, *pair;
        memcpy(joined, e->pair_first, first);
        memcpy(joined + first, term, len);
        hash = cluster_term_hash(joined, first + len);
        if ((pair = new_pair(e, hash)) != NULL) {
            char key[PAIR_FIRST_MAX + 1] = {'\x01'};
            memcpy(key + 1, joined, first);
            pair[0] = cluster_anchor_hash(key, first + 1);
            pair[1] = anchor;
            if (e->log_on)
                seen_log_pair(&e->log, hash, pair[0], pair[1]);
        }
    }
    note_pair_first(e, term, len);
}

/* Counts the name with anchor hash `anchor` once more in the name vector. */
static void count_story_name(struct td_engine *e, uint64_t anchor)
{
    uint32_t *v;

    if (e->names_tf.n >= TD_MAX_TERMS_PER_ARTICLE)
        return;
    if (map64_upsert(&e->names_tf, anchor, 0, &v, NULL) != TD_OK) {
        e->tf_oom = true;
        return;
    }
    ++*v;
}

/* How many places of `a` and `b` (NUL-terminated) hold the same byte. */
static size_t same_places(const char *a, const char *b)
{
    size_t i, n = 0;

    for (i = 0; a[i] != '\0' && b[i] != '\0'; i++)
        n += a[i] == b[i];
    return n;
}

/*
 * Whether a Hebrew word of three consonants fits a seen name whose vowels
 * it does not (text_name_vowels_agree() wants two written): Hebrew writes
 * one long vowel of "מזרחי" mzrhi (Mizrahi) and none of the short ones
 * (Persian, which does the same, lost news7 floors with it: QUALITY.md,
 * names10). The skeletons must be the
 * same letters up to their sound class (ק is ICU's q: "מיקל" miql for
 * Mikkel), the word must write one vowel at least, each in the name's gap,
 * and leave out one of the name's vowel gaps at most.
 */
static bool abjad_fit(const char *skel, const char *name_skel, const char *vowels,
                      const char *name_vowels)
{
    size_t i, written = 0, missing = 0;

    if (strlen(skel) != 3 || !text_name_skeletons_agree(skel, name_skel) ||
        strlen(vowels) != strlen(name_vowels))
        return false;
    for (i = 0; vowels[i] != '\0'; i++) {
        int w = vowels[i] - '0', m = name_vowels[i] - '0';
        if (w != 0 && (w & m) == 0)
            return false;
        written += w != 0;
        missing += w == 0 && m != 0;
    }
    return written >= 1 && missing <= 1;
}

/*
 * Whether an uncased word of two consonants fits a seen name of two
 * (skeletons equal up to sound class) by its vowels. Only words of an
 * abugida (Indic scripts, Ethiopic) that open with a vowel letter come here
 * (best_fit()): these scripts write every vowel, and one said first with a
 * letter of its own, which the name opens with too ("ఆహ్మదీ" and "አህመዲ"
 * ahmadi, Ahmadi); a word that opens with a consonant has its key's third
 * class from a w, y or h, which they spell otherwise than the Latin name
 * (ICU's v of వ, the y of "কুয়েত" kuyet for Kuwait). Each of the word's
 * vowel gaps must hold just what the name's holds, one vowel at least.
 */
static bool two_fit(const char *skel, const char *name_skel, const char *vowels,
                    const char *name_vowels)
{
    size_t i, written = 0;

    if (strlen(name_skel) != 2 || !text_name_skeletons_agree(skel, name_skel) ||
        strlen(vowels) != strlen(name_vowels))
        return false;
    for (i = 0; vowels[i] != '\0'; i++) {
        int w = vowels[i] - '0', m = name_vowels[i] - '0';
        if (w != m)
            return false;
        written += w != 0;
    }
    return written >= 1;
}

/*
 * Whether a Korean word of two consonants that opens with a vowel or h, or
 * spells a w between vowels (best_fit()), fits a seen name of two: the
 * skeletons agree and each of the three vowel gaps is written, as the
 * name's is (the first may be empty in both), and the same, or 어 "eo"
 * (or another two-vowel spelling) where the name has one of its vowels:
 * Korean transcribes the o and e of Chinese and Japanese names with 어
 * ("헤이수이거우" heisuigeou, Heishuigou; "우사기" usagi, Usagi).
 */
static bool hangul_two_fit(const char *skel, const char *name_skel, const char *vowels,
                           const char *name_vowels)
{
    size_t i;

    if (strlen(name_skel) != 2 || !text_name_skeletons_agree(skel, name_skel) ||
        strlen(vowels) != 3 || strlen(name_vowels) != 3)
        return false;
    for (i = 0; i < 3; i++) {
        int w = vowels[i] - '0', m = name_vowels[i] - '0';
        /* A word that opens with a consonant came for its w (hangul_w_word()). */
        if (i == 0 && w == 0 && m == 0)
            continue;
        if (w == 0 || m == 0 || (w != m && !(w == 6 && (w & m) != 0)))
            return false;
    }
    return true;
}

/*
 * Whether the Hangul word `term[0..len)` spells a w between two vowels
 * (와, 워, 위 after a vowel: "가와지" gawaji, Kawaji): the skeleton leaves
 * the w out and the key counts it, so a name of two consonants and that w
 * has a key, and the word may fit it (hangul_two_fit()), as one that opens
 * with a vowel may.
 */
static bool hangul_w_word(const char *term, size_t len)
{
    size_t i;

    for (i = 1; i + 1 < len; i++)
        if (term[i] == 'w' && strchr("aeiou", term[i - 1]) != NULL &&
            strchr("aeiou", term[i + 1]) != NULL)
            return true;
    return false;
}

/* Whether the uncased word `term[0..len)` has a skeleton of two consonants (two_fit()). */
static bool two_consonants(const char *term, size_t len)
{
    char skel[72];

    return text_name_skeleton(term, len, skel, sizeof(skel)) < UNCASED_MIN_SKELETON;
}

/*
 * Whether the Indic or Ethiopic word `term` may end as the seen name `idx`
 * does (text_name_end_fits(); true in other scripts).
 */
static bool end_fits(const struct td_engine *e, uint32_t idx, const char *term, size_t len)
{
    const char *name_skel = e->seen_skel.data + e->seen_skel_at[idx];
    char vowels[72];

    if (!e->abugida || text_name_vowels(term, len, vowels, sizeof(vowels)) == 0)
        return true;
    return text_name_end_fits(vowels, name_skel + strlen(name_skel) + 1);
}

/*
 * How well the uncased word `term` (skeleton `skel` of `n_skel` consonants,
 * vowel gaps `vowels`) fits seen name `idx`: 0 when it does not (their
 * consonant skeletons must agree, text_name_skeletons_agree(); short
 * skeletons, and Korean words, whose script writes every vowel, must fit
 * the name's vowels too, text_name_vowels_agree(); Arabic leaves short
 * vowels unwritten), else 1 + the consonants and vowel gaps they spell
 * alike, to choose among the names of one key.
 */
static size_t uncased_fit(const struct td_engine *e, uint32_t idx, const char *skel, size_t n_skel,
                          const char *vowels)
{
    const char *name_skel = e->seen_skel.data + e->seen_skel_at[idx];
    const char *name_vowels = name_skel + strlen(name_skel) + 1;

    if (n_skel < UNCASED_MIN_SKELETON)
        return (e->hangul ? hangul_two_fit : two_fit)(skel, name_skel, vowels, name_vowels)
                   ? 1 + same_places(skel, name_skel)
                   : 0;
    if (!text_name_skeletons_agree(skel, name_skel))
        return 0;
    if ((n_skel < UNCASED_SKELETON_ALONE || strlen(name_skel) < UNCASED_SKELETON_ALONE ||
         e->all_vowels) &&
        !text_name_vowels_agree(vowels, name_vowels,
                                e->all_vowels && n_skel < UNCASED_SKELETON_ALONE ? 0 : 1) &&
        !(e->abjad && abjad_fit(skel, name_skel, vowels, name_vowels)))
        return 0;
    return 1 + same_places(skel, name_skel) + same_places(vowels, name_vowels);
}

/*
 * Whether the vowels of a Chinese name's second reading (its pinyin with 尔
 * as "l", names.c emit_han_er_alt()) fit those of the seen name `idx`: no gap
 * where both have a vowel and the vowels differ, two or more where they are
 * alike, the last gap aside (pinyin ends a final consonant with a vowel: "te"
 * for t). A second reading is a guess, so its consonants alone do not do:
 * "leiyitalke" (雷伊塔尔科) has the key and skeleton of Rodrigo.
 */
static bool han_alt_vowels_fit(const struct td_engine *e, uint32_t idx, const char *vowels)
{
    const char *name_skel = e->seen_skel.data + e->seen_skel_at[idx];
    const char *name_vowels = name_skel + strlen(name_skel) + 1;
    size_t i, n = strlen(vowels), alike = 0;

    if (n != strlen(name_vowels))
        return false;
    for (i = 0; i + 1 < n; i++) {
        int w = vowels[i] - '0', m = name_vowels[i] - '0';
        if (w == 0 || m == 0)
            continue;
        if ((w & m) == 0)
            return false;
        alike++;
    }
    return alike >= 2;
}

/*
 * The seen name of the list from `head` (its first KEY_NAMES_MAX) that the
 * uncased word `term` fits best (uncased_fit()), or with `first` the first
 * it fits at all; KEY_NONE for none, and when it meets the name just
 * counted as a katakana name's spelling.
 */
static uint32_t best_fit(const struct td_engine *e, uint32_t head, bool first, const char *term,
                         size_t len, enum text_token_kind kind)
{
    char skel[72], vowels[72];
    size_t n_skel = text_name_skeleton(term, len, skel, sizeof(skel)), tried, fit, best = 0;
    uint32_t idx, found = KEY_NONE;

    if (n_skel < UNCASED_MIN_SKELETON &&
        !(n_skel == UNCASED_MIN_SKELETON - 1 && (e->abugida || e->hangul) &&
          (strchr(e->hangul ? "aeiouh" : "aeiou", term[0]) != NULL ||
           (e->hangul && hangul_w_word(term, len)))))
        return KEY_NONE;
    if (kind == TEXT_TOKEN_NAME_SOUND)
        text_name_kana_vowels(term, len, vowels, sizeof(vowels));
    else
        text_name_vowels(term, len, vowels, sizeof(vowels));
    for (idx = head, tried = 0; idx != KEY_NONE && tried < KEY_NAMES_MAX;
         idx = e->seen_next[idx], tried++) {
        if (kind == TEXT_TOKEN_NAME_SOUND && e->seen_anchor[idx] == e->last_anchor)
            return KEY_NONE; /* the name itself, just counted by on_name() */
        fit = uncased_fit(e, idx, skel, n_skel, vowels);
        if (fit > 0 && kind == TEXT_TOKEN_UNCASED_ALT && e->han_alt &&
            !han_alt_vowels_fit(e, idx, vowels))
            fit = 0;
        if (fit > 0 && first)
            return idx;
        if (fit > best) {
            best = fit;
            found = idx;
        }
    }
    return found;
}

/*
 * The seen name a word in a script without capitals spells (its key, then
 * the vowels and spelling that fit), KEY_NONE when none: Korean, Chinese
 * and Japanese readings take the first name that fits (names7), Arabic,
 * Persian and Devanagari words the best (scripts7): each was the better on
 * its scripts' dev sets.
 */
static uint32_t uncased_name(const struct td_engine *e, const char *term, size_t len,
                             enum text_token_kind kind)
{
    char key[72];
    size_t n = text_name_key(term, len, false, key, sizeof(key));
    uint32_t *head;

    if (n == 0 || (head = map64_get(&e->seen_keys, cluster_term_hash(key, n))) == NULL)
        return KEY_NONE;
    return best_fit(e, *head, e->first_of_key, term, len, kind);
}

/*
 * An Arabic, Hangul or Devanagari word, or a Chinese name, in Latin letters
 * (text.h, TEXT_TOKEN_UNCASED): a name when its phonetic key is the key of
 * a capitalised name the engine has seen (of the first KEY_NAMES_MAX with
 * that key, the one it fits best, or in Korean, Chinese and Japanese text
 * the first it fits: best_fit(), three consonants or more),
 * and then counted as that name (the anchor of its first spelling), so
 * "ليندكفيست" and "린드크비스트" meet "Lindqvist". A word's form without its
 * affix (TEXT_TOKEN_UNCASED_ALT) is tried when the whole word was none. A
 * katakana name's spelling (TEXT_TOKEN_NAME_SOUND) is tried the same way
 * after on_name() counted it, unless the name it meets is that one.
 */
static void on_uncased(struct td_engine *e, const char *term, size_t len, enum text_token_kind kind)
{
    uint32_t idx;

    if (kind != TEXT_TOKEN_UNCASED_ALT)
        e->uncased_hit = false;
    else if (e->uncased_hit)
        return;
    if ((idx = uncased_name(e, term, len, kind)) == KEY_NONE)
        return;
    e->uncased_hit = true;
    if (!e->in_title)
        count_term(e, e->seen_anchor[idx]);
    /*
     * A name of two consonants is an anchor of the event, no name of the
     * storyline: on news7 the right ones (Hindi "उत्तर" Uttar, "अशोक" Ashok)
     * took a Hindi flash linked by one name out of its storyline. Nor is
     * a word whose end does not fit the name's (end_fits()): the Marathi
     * and Hindi "पेट्रोल" (petrol) met "Petróleo" and linked a Pune billboard
     * story to a drilling story on news15 under option.bare_names.
     */
    if (!two_consonants(term, len) && end_fits(e, idx, term, len))
        count_story_name(e, e->seen_anchor[idx]);
}

/*
 * A katakana name too short for a key (TEXT_TOKEN_NAME_SOUND): a seen name
 * when its sound spelling (text_name_sound(): three vowels, two consonants,
 * in order) is that of a seen name other than itself, counted then as that
 * name. Japanese writes a foreign place as it sounds, with a vowel after
 * each consonant (イキケ "ikike", Iquique), and a name of two consonants
 * has no key to meet the Latin spelling by; all of its vowels must agree
 * instead, which a common word seldom does with a capitalised name.
 */
static void on_kana_sound(struct td_engine *e, const char *term, size_t len)
{
    char key[72];
    uint64_t hash;
    const uint32_t *head;
    uint32_t idx;
    size_t tried;

    if (text_name_key(term, len, false, key, sizeof(key)) > 0 || !sound_hash(term, len, &hash) ||
        (head = map64_get(&e->seen_keys, hash)) == NULL)
        return;
    for (idx = *head, tried = 0; idx != KEY_NONE && tried < KEY_NAMES_MAX;
         idx = e->seen_next[idx], tried++) {
        if (e->seen_anchor[idx] == e->last_anchor)
            continue; /* the katakana name itself, just counted by on_name() */
        if (!e->in_title)
            count_term(e, e->seen_anchor[idx]);
        count_story_name(e, e->seen_anchor[idx]);
        return;
    }
}

/* Empties the record of acronyms defined. */
static void forget_aliases(struct td_engine *e);

/*
 * Starts the alias of the acronym with anchor `anchor` (define_acronym(),
 * and the stored log's replay) and logs it.
 */
static void define_alias(struct td_engine *e, uint64_t anchor)
{
    uint32_t *v;
    bool added;

    if (e->nalias >= ALIASES_MAX)
        forget_aliases(e);
    if (td_grow((void **)&e->alias_words, &e->cap_alias_words, (e->nalias + 1) * ALIAS_WORDS,
                sizeof(uint64_t)) != TD_OK ||
        td_grow((void **)&e->alias_n, &e->cap_alias_n, e->nalias + 1, 1) != TD_OK ||
        map64_upsert(&e->alias_of, anchor, (uint32_t)e->nalias, &v, &added) != TD_OK)
        return;
    if (added)
        e->nalias++;
    e->def_at = *v;
    e->alias_n[e->def_at] = 0;
    if (e->log_on)
        seen_log_alias(&e->log, anchor);
}

/* Adds the word with anchor `anchor` to the alias being defined, and logs it. */
static void alias_word(struct td_engine *e, uint64_t anchor)
{
    if (e->def_at == SIZE_MAX || e->alias_n[e->def_at] >= ALIAS_WORDS)
        return;
    e->alias_words[e->def_at * ALIAS_WORDS + e->alias_n[e->def_at]++] = anchor;
    if (e->log_on)
        seen_log_alias_word(&e->log, anchor);
}

/*
 * Starts the alias of the acronym spelt `term` (TEXT_TOKEN_ACRONYM_DEF): its
 * full name's words follow (add_alias_word()). A later definition of the
 * same acronym replaces the earlier one. Out of memory only costs the alias.
 */
static void define_acronym(struct td_engine *e, const char *term, size_t len)
{
    char key[NAME_TERM_BYTES];
    size_t klen = name_term(term, len, key);

    e->def_at = SIZE_MAX;
    if (klen > 0)
        define_alias(e, cluster_anchor_hash(key, klen));
}

/* Adds the name spelt `term` (TEXT_TOKEN_DEF_WORD) to the alias being defined. */
static void add_alias_word(struct td_engine *e, const char *term, size_t len)
{
    char key[NAME_TERM_BYTES];
    size_t klen = name_term(term, len, key);

    if (klen > 0)
        alias_word(e, cluster_anchor_hash(key, klen));
}

/* Empties the record of acronyms defined. */
static void forget_aliases(struct td_engine *e)
{
    map64_clear(&e->alias_of);
    e->nalias = 0;
    if (e->log_on)
        seen_log_clear(&e->log, SEEN_ALIASES);
}

/*
 * Logs the record of acronyms whole, as the definitions that make it again
 * (in the order they were first made), in place of the log so far.
 */
static void log_aliases_whole(struct td_engine *e)
{
    size_t i, k;
    uint32_t at;

    seen_log_clear(&e->log, SEEN_ALIASES);
    for (i = 0; i < e->alias_of.n; i++) {
        seen_log_alias(&e->log, map64_key_at(&e->alias_of, i, &at));
        for (k = 0; k < e->alias_n[at]; k++)
            seen_log_alias_word(&e->log, e->alias_words[at * ALIAS_WORDS + k]);
    }
}

/*
 * Counts the full name's words of the defined acronym with anchor `anchor`,
 * at half a name's weight each, so that a report that writes only the
 * acronym meets one that writes only the full name.
 */
static void count_alias(struct td_engine *e, uint64_t anchor)
{
    const uint32_t *v = map64_get(&e->alias_of, anchor);
    uint32_t w = e->weight;
    size_t i;

    if (v == NULL)
        return;
    e->weight = w / 2;
    for (i = 0; i < e->alias_n[*v]; i++)
        if (e->alias_words[*v * ALIAS_WORDS + i] != anchor)
            count_term(e, e->alias_words[*v * ALIAS_WORDS + i]);
    e->weight = w;
}

/*
 * Model option zone_cities: a zone city found by its form in a script
 * without capitals (key "@" and the English name, td_gazetteer_cities(); a
 * country's is "@" and its code; names.c leaves Cyrillic and Greek to the
 * name path) counts as the English name's words count at the event level
 * (a word that names a country as its code), so "悉尼" and "シドニー" meet
 * "Sydney"; at half a name's weight, as a country in Han (on_org()), and
 * not in the story's names: a city ties the reports of one event, but
 * between the events of a story it is weak evidence (only some of their
 * reports name it), and counted there it split news7's and news23's
 * stories (docs/QUALITY.md, `city32`).
 */
static void on_city(struct td_engine *e, const char *key, size_t len)
{
    size_t at = 1;
    uint32_t w = e->weight;

    e->weight = w / 2;
    while (at < len) {
        const char *sp = memchr(key + at, ' ', len - at);
        size_t n = (sp != NULL ? (size_t)(sp - key) : len) - at, klen;
        char term[NAME_TERM_BYTES], code[3];
        uint64_t anchor;
        if (n > 0 && (klen = name_term(key + at, n, term)) > 0) {
            anchor = cluster_anchor_hash(term, klen);
            if (!e->in_title && td_gazetteer_country(e->gaz, key + at, n, code))
                count_country(e, code);
            else if (!e->in_title)
                count_term(e, anchor);
        }
        at += n + 1;
    }
    e->weight = w;
}

/*
 * A body found by its table form (TEXT_TOKEN_ORG): counts as the name `key`,
 * the English one. With model option cjk_countries, a country in Han, kana
 * or Hangul (key "@" and its code) counts as the country's anchor term, as
 * its name in a language with capitals does (country_anchor()): "프랑스의",
 * "フランス" and "法国" meet "France"; at the event level only, as there, and
 * at half a name's weight: these scripts use the name as an adjective too
 * ("中国煤矿", "日 반도체"), where Latin papers write "Chinese".
 */
static void on_org(struct td_engine *e, const char *key, size_t len)
{
    char term[NAME_TERM_BYTES];
    size_t klen;
    uint64_t anchor;

    if (len > 3 && key[0] == '@') {
        on_city(e, key, len);
        return;
    }
    if (len == 3 && key[0] == '@') {
        uint32_t w = e->weight;
        e->weight = w / 2;
        if (!e->in_title)
            count_term(e, country_term(key[1], key[2]));
        e->weight = w;
        note_country(e, key + 1);
        return;
    }
    if ((klen = name_term(key, len, term)) == 0)
        return;
    anchor = cluster_anchor_hash(term, klen);
    if (!e->in_title) {
        count_term(e, anchor);
        if (e->alias_of.n > 0)
            count_alias(e, anchor);
    }
    count_story_name(e, anchor);
}

/*
 * A Chinese surname and what follows it in pinyin (text.h,
 * TEXT_TOKEN_NAME_PINYIN): when it spells two capitalised names the engine
 * has seen in a row (remember_pair()), it counts as both, so "习近平" meets
 * "Xi Jinping".
 */
static void on_name_pinyin(struct td_engine *e, const char *term, size_t len)
{
    uint32_t *idx = map64_get(&e->seen_pairs, cluster_term_hash(term, len));
    size_t i;

    if (idx == NULL)
        return;
    for (i = 0; i < 2; i++) {
        uint64_t anchor = e->pair_anchor[2 * (size_t)*idx + i];
        if (!e->in_title)
            count_term(e, anchor);
        count_story_name(e, anchor);
    }
}

/* Letters a reading (TEXT_TOKEN_NAME_READING) needs to count as the name it spells. */
#define READING_MIN_LETTERS 5

/*
 * A way a stretch of Han, kanji or Hangul may read (text.h,
 * TEXT_TOKEN_NAME_READING): counted as the capitalised name it spells
 * exactly when the engine has seen that name ("启航" qihang meets "Qihang",
 * "森本" morimoto meets "Morimoto"). Readings are many and most are no name,
 * so only a spelling seen, of READING_MIN_LETTERS or more, counts.
 */
static void on_name_reading(struct td_engine *e, const char *term, size_t len)
{
    char key[NAME_TERM_BYTES];
    size_t klen;
    uint64_t anchor;

    if (len < READING_MIN_LETTERS || (klen = name_term(term, len, key)) == 0)
        return;
    anchor = cluster_anchor_hash(key, klen);
    if (map64_get(&e->seen_names, anchor) == NULL)
        return;
    if (!e->in_title) {
        char code[3];
        /*
         * A reading that spells a country counts as its code, as the name
         * itself does (country_anchor()): as the name's own anchor it would
         * meet nothing, since no body counts a country under it.
         */
        if (td_gazetteer_country(e->gaz, term, len, code))
            count_country(e, code);
        else
            count_term(e, anchor);
    }
    count_story_name(e, anchor);
}

/*
 * The tokens that only note something for the names that follow, read alike
 * live and on recall: a sentence's opening word (a pair's first name), an
 * acronym being defined and its full name's words. True when `kind` is one.
 */
static bool note_token(struct td_engine *e, const char *term, size_t len, enum text_token_kind kind)
{
    if (kind == TEXT_TOKEN_OPENER)
        note_pair_first(e, term, len);
    else if (kind == TEXT_TOKEN_ACRONYM_DEF)
        define_acronym(e, term, len);
    else if (kind == TEXT_TOKEN_DEF_WORD)
        add_alias_word(e, term, len);
    else
        return false;
    return true;
}

/*
 * Records the capitalised name `term` (anchor `own`), counted as `anchor`
 * (loose_anchor()), as seen: its key and its pair.
 */
static void remember_seen(struct td_engine *e, const char *term, size_t len, uint64_t own,
                          uint64_t anchor)
{
    uint64_t plain;

    if (anchor == own) {
        remember_name(e, term, len, anchor);
    } else {
        remember_spelling(e, term, len, anchor);
        /* A plain spelling counted as an accented name: so in every language from now on. */
        if (e->accents != NULL && plain_name(term, len) &&
            map64_get(&e->seen_keys, plain = tagged_hash(PLAIN_KEY, term, len)) == NULL &&
            bare_anchor(e, term, len, own) == anchor)
            record_name(e, anchor, true, plain, "\0", 2);
    }
    remember_pair(e, term, len, anchor);
}

/* What seen_base() looks for: a base form of a name the engine has seen, copied to `out`. */
struct base_search {
    const struct td_engine *e;
    char out[NAME_TERM_BYTES];
    size_t len;
};

/*
 * text_base_fn of inflected_base(): whether `base` is a name seen (its
 * anchor's), or a loose spelling of one (loose_anchor(): Polish "Gotarda",
 * base "Gotard", of "Gotthard").
 */
static bool seen_base(void *ctx, const char *base, size_t len)
{
    struct base_search *bs = ctx;
    char key[NAME_TERM_BYTES];
    size_t klen = name_term(base, len, key);
    uint64_t anchor;

    if (klen == 0 || len >= sizeof(bs->out))
        return false;
    anchor = cluster_anchor_hash(key, klen);
    if (loose_anchor(bs->e, base, len, anchor) == anchor &&
        map64_get(&bs->e->seen_names, anchor) == NULL)
        return false;
    memcpy(bs->out, base, len);
    bs->len = len;
    return true;
}

/*
 * In a text of a language that inflects names (text_inflection_find()), the
 * seen name the word `*term` is with a case ending ("Wąsowicza", "Gdyni",
 * "Budapesten" once "Wąsowicz", "Gdynia", "Budapest" were seen): `*term`
 * and `*len` then point at it in `bs`. A word that is no such form stays.
 */
static void inflected_base(struct td_engine *e, struct base_search *bs, const char **term,
                           size_t *len)
{
    bs->e = e;
    if (e->inflection != NULL && text_name_bases(e->inflection, *term, *len, seen_base, bs)) {
        *term = bs->out;
        *len = bs->len;
    }
}

/*
 * Counts a name as an anchor term ("\x01" + name), distinct from stemmed
 * words, and once more in the name vector the storyline level links by. A
 * capitalised month or weekday counts as an ordinary term instead: a clue
 * within a language, but neither an anchor across languages nor a name
 * that links storylines.
 */
static bool ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * Whether the headline of the article being read (case-folded in
 * `e->backref_title`, its own back-reference clauses blanked:
 * blank_clauses()) holds the folded name `term[0..len)` as a word: a
 * clause naming what the headline names tells of the article's own subject
 * ("Keltor Rail barred ... after Varga verdict": "two days after former
 * minister Tomas Varga was convicted").
 */
static bool in_headline(const struct td_engine *e, const char *term, size_t len)
{
    const char *t = e->backref_title.data, *hit;

    if (len == 0)
        return false;
    for (; (hit = strstr(t, term)) != NULL; t = hit + 1)
        if ((hit == e->backref_title.data || !ascii_alnum((unsigned char)hit[-1])) &&
            !ascii_alnum((unsigned char)hit[len]))
            return true;
    return false;
}

/*
 * Notes the capitalised name `term` of a headline (title_anchors()) by the
 * anchor hash it counts under in a body; other tokens, a repeat, or one past
 * STORYLINE_TITLE_NAMES are left out.
 */
static void note_title_name(struct td_engine *e, const char *term, size_t len,
                            enum text_token_kind kind)
{
    char key[NAME_TERM_BYTES];
    size_t klen, i;
    uint64_t anchor;
    struct base_search bs;

    if (kind != TEXT_TOKEN_WORD || e->ntitle == STORYLINE_TITLE_NAMES)
        return;
    inflected_base(e, &bs, &term, &len);
    if ((klen = name_term(term, len, key)) == 0)
        return;
    anchor = loose_anchor(e, term, len, cluster_anchor_hash(key, klen));
    for (i = 0; i < e->ntitle; i++)
        if (e->title_anchor[i] == anchor)
            return;
    e->title_anchor[e->ntitle++] = anchor;
}

/*
 * The anchor hash a name in a script without capitals counts under
 * (on_uncased(): the seen name its key and spelling fit), for
 * note_clause_hash().
 */
static void collect_uncased(struct td_engine *e, const char *term, size_t len,
                            enum text_token_kind kind)
{
    uint32_t idx = uncased_name(e, term, len, kind);

    if (idx != KEY_NONE)
        note_clause_hash(e, e->seen_anchor[idx]);
}

/*
 * The anchor hashes of a word name (its country's code, its phonetic key
 * with `name_keys`) as on_name() counts them, for note_clause_hash();
 * other tokens are skipped.
 */
static void collect_name(struct td_engine *e, const char *term, size_t len,
                         enum text_token_kind kind)
{
    char key[NAME_TERM_BYTES], pkey[72];
    size_t klen, n;
    struct base_search bs;
    bool replaced;

    if (kind == TEXT_TOKEN_UNCASED || kind == TEXT_TOKEN_UNCASED_ALT) {
        collect_uncased(e, term, len, kind);
        return;
    }
    if (kind != TEXT_TOKEN_WORD)
        return;
    inflected_base(e, &bs, &term, &len);
    if ((klen = name_term(term, len, key)) == 0)
        return;
    /* A country's code comes through count_term(), which notes it here. */
    country_anchor(e, term, len, &replaced);
    if (!replaced)
        note_clause_hash(e, loose_anchor(e, term, len, cluster_anchor_hash(key, klen)));
    if (e->name_keys &&
        (n = text_name_key(term, len, e->russian, pkey + 2, sizeof(pkey) - 2)) > 0) {
        pkey[0] = '\x01';
        pkey[1] = '\x05';
        note_clause_hash(e, cluster_anchor_hash(pkey, n + 2));
    }
}

/*
 * A capitalised word opening a sentence (text.h, TEXT_TOKEN_INITIAL): counted
 * as a name only when it is a case form of a name seen (inflected_base():
 * Uzbek "Beldersoyda" once "Beldersoy" was seen), which a common word that
 * opens a sentence seldom is; the word itself is no name seen.
 */
static void on_name_initial(struct td_engine *e, const char *term, size_t len)
{
    char key[NAME_TERM_BYTES];
    size_t klen;
    uint64_t anchor;
    struct base_search bs;
    const char *base = term;

    inflected_base(e, &bs, &base, &len);
    if (base == term || (klen = name_term(base, len, key)) == 0)
        return;
    anchor = loose_anchor(e, base, len, cluster_anchor_hash(key, klen));
    if (map64_get(&e->seen_names, anchor) == NULL)
        return;
    if (!e->in_title)
        count_term(e, anchor);
    count_story_name(e, anchor);
}

/*
 * Counts the tokens that count only as a name seen they spell: a Chinese
 * name's pinyin, a reading, a sentence's inflected opening word. True when
 * `kind` is one of them.
 */
static bool on_spelt_name(struct td_engine *e, const char *term, size_t len,
                          enum text_token_kind kind)
{
    if (kind == TEXT_TOKEN_NAME_PINYIN)
        on_name_pinyin(e, term, len);
    else if (kind == TEXT_TOKEN_NAME_READING)
        on_name_reading(e, term, len);
    else if (kind == TEXT_TOKEN_INITIAL)
        on_name_initial(e, term, len);
    else
        return false;
    return true;
}

static void on_name(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    struct td_engine *e = ctx;
    char key[NAME_TERM_BYTES], pkey[72];
    size_t klen, n = 0;
    uint64_t anchor, own;
    bool replaced;
    struct base_search bs;

    if (e->title_probe) {
        note_title_name(e, term, len, kind);
        return;
    }
    if (e->backref_probe) {
        if (kind == TEXT_TOKEN_WORD && in_headline(e, term, len))
            e->backref_titled = true;
        return;
    }
    if (e->clause_collect) {
        collect_name(e, term, len, kind);
        return;
    }
    if (note_token(e, term, len, kind))
        return;
    if (on_spelt_name(e, term, len, kind))
        return;
    if (kind == TEXT_TOKEN_UNCASED || kind == TEXT_TOKEN_UNCASED_ALT ||
        kind == TEXT_TOKEN_NAME_SOUND) {
        /* With name_keys the katakana name's key already meets the Latin one's. */
        if (kind != TEXT_TOKEN_NAME_SOUND || !e->name_keys)
            on_uncased(e, term, len, kind);
        if (kind == TEXT_TOKEN_NAME_SOUND)
            on_kana_sound(e, term, len);
        return;
    }
    if (kind == TEXT_TOKEN_ORG) {
        on_org(e, term, len);
        return;
    }
    if (kind == TEXT_TOKEN_WORD)
        inflected_base(e, &bs, &term, &len);
    if ((klen = name_term(term, len, key)) == 0)
        return;
    if (kind == TEXT_TOKEN_CALENDAR) {
        count_term(e, cluster_term_hash(key, klen));
        return;
    }
    own = cluster_anchor_hash(key, klen);
    anchor = loose_anchor(e, term, len, own);
    e->last_anchor = anchor;
    remember_seen(e, term, len, own, anchor);
    /*
     * Model option name_keys: the name also counts as its phonetic key
     * ("\x01\x05" + key), which its katakana, Russian and pinyin spellings
     * share; within a language the spelling still tells names apart.
     */
    if (e->name_keys && (n = text_name_key(term, len, e->russian, pkey + 2, sizeof(pkey) - 2)) > 0) {
        pkey[0] = '\x01';
        pkey[1] = '\x05';
        n += 2;
    }
    /* A headline's names link its storyline but are no anchors of the event level. */
    if (!e->in_title) {
        name_country(e, term, len, anchor, &replaced);
        if (!replaced)
            count_term(e, anchor);
        if (e->alias_of.n > 0)
            count_alias(e, anchor);
        if (!replaced && n > 0) {
            /* The key at half the name's weight: within a language the spelling leads. */
            uint32_t w = e->weight;
            e->weight = w / 2;
            count_term(e, cluster_anchor_hash(pkey, n));
            e->weight = w;
        }
    }
    count_story_name(e, anchor);
}

/* Whether `lang` is written in an Indic script or Ethiopic, which write every vowel. */
static bool abugida_language(const char *lang)
{
    static const char langs[][3] = {"hi", "mr", "ne", "bn", "as", "pa", "gu", "or",
                                    "ta", "te", "kn", "ml", "si", "am", "ti"};
    size_t i;

    for (i = 0; i < sizeof(langs) / sizeof(langs[0]); i++)
        if (strcmp(lang, langs[i]) == 0)
            return true;
    return false;
}

/*
 * Whether `lang` is written in Cyrillic or Greek letters, whose names come
 * transliterated: the doubled letters of a romanisation ("Якутии" ->
 * "yakutii") are case endings, not spellings (loose_hash()).
 */
static bool cyrillic_or_greek(const char *lang)
{
    static const char langs[][3] = {"ru", "uk", "be", "bg", "sr", "mk",
                                    "kk", "ky", "mn", "tg", "el"};
    size_t i;

    if (lang[0] == '\0' || lang[1] == '\0' || lang[2] != '\0')
        return false;
    for (i = 0; i < sizeof(langs) / sizeof(langs[0]); i++)
        if (lang[0] == langs[i][0] && lang[1] == langs[i][1])
            return true;
    return false;
}

/* Sets what the name callbacks need to know of the language `lang` of the text they read. */
static void names_language(struct td_engine *e, const char *lang)
{
    e->russian = strcmp(lang, "ru") == 0 || strcmp(lang, "uk") == 0;
    /*
     * Bengali writes every vowel as well (ICU spells the unwritten one as
     * "a"): without the vowels' test, "হাসপাতালে" (in hospital) met a
     * "Hospital" on news8 and moved a report out of its story. So does
     * Sinhala: "මණ්ඩලය" mandalaya (council) met a seen "Monitor". Assamese
     * is written in the Bengali script, with the same rule.
     */
    e->all_vowels = strcmp(lang, "ko") == 0 || strcmp(lang, "bn") == 0 || strcmp(lang, "as") == 0 ||
                    strcmp(lang, "ta") == 0 || strcmp(lang, "th") == 0 || strcmp(lang, "si") == 0;
    e->abjad = strcmp(lang, "he") == 0;
    e->abugida = abugida_language(lang);
    e->hangul = strcmp(lang, "ko") == 0;
    e->first_of_key = (e->all_vowels && strcmp(lang, "th") != 0) || strcmp(lang, "zh") == 0 ||
                      strcmp(lang, "ja") == 0;
    e->han_alt = strcmp(lang, "zh") == 0;
    e->romance = e->loose_romance &&
                 (strcmp(lang, "it") == 0 || strcmp(lang, "es") == 0 || strcmp(lang, "pt") == 0);
    e->loose = !cyrillic_or_greek(lang);
    e->accents = e->bare_names ? text_lang_accents(lang) : NULL;
    e->inflection = text_analyzer_inflection(e->an, lang);
}

/*
 * The text the vectors and names of the article being added are taken from:
 * `*text` (`*len` bytes), or its body without the lines that find_original()
 * found to be page furniture for the clustering (DEDUP_FURN_TEXT in
 * `e->lines`), kept in `e->body`. Without them when the model option
 * `furniture_text` is on, and in any case when they are at least half the
 * body: a page that is mostly a site's or a language's block would be
 * clustered by the block (docs/QUALITY.md, "Page furniture out of the
 * clustering text"). With the model option `page_furniture` on, also
 * without the block of furniture that closes the page, found by its lines'
 * shape (text_page_body_len(): docs/QUALITY.md, "Page furniture by its
 * shape"). Errors: TD_ERR_NOMEM.
 */
static enum td_err clustering_text(struct td_engine *e, const char **text, size_t *len,
                                   struct td_error *err)
{
    size_t cut;

    if (e->lines.text_furniture > 0) {
        if (dedup_furniture_strip(e->furn, *text, &e->body, &cut) != TD_OK)
            return td_error_set(err, TD_ERR_NOMEM, "out of memory");
        if (e->body.len < *len && (e->furniture_text || e->body.len <= *len / 2)) {
            *text = e->body.data;
            *len = e->body.len;
        }
    }
    if (e->page_furniture)
        *len = text_page_body_len(*text, *len);
    return TD_OK;
}

/* True when `s[0..len)` holds nothing but ASCII white space. */
static bool is_blank(const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
            return false;
    return true;
}

/* text_names() callback of recall_names(): records the capitalised names only. */
static void on_recalled_name(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    struct td_engine *e = ctx;
    char key[NAME_TERM_BYTES];
    size_t n;
    uint64_t own;
    struct base_search bs;

    if (note_token(e, term, len, kind) || kind != TEXT_TOKEN_WORD)
        return;
    inflected_base(e, &bs, &term, &len); /* as on_name() reads it */
    if ((n = name_term(term, len, key)) > 0) {
        own = cluster_anchor_hash(key, n);
        remember_seen(e, term, len, own, loose_anchor(e, term, len, own));
    }
}

/*
 * Records the names of one stored article (title, body, lang), for
 * recall_names(), from the text analyze() read them from when the article
 * was added: the body (its clustering text), and the headline only when
 * that is blank and the model reads headline names (option title_names).
 */
static enum td_err recall_row(void *ctx, const struct store_row *row)
{
    struct td_engine *e = ctx;
    const char *lang = row->col[2] != NULL ? row->col[2] : "",
               *text[2] = {row->col[0], row->col[1] != NULL ? row->col[1] : ""};
    size_t len = strlen(text[1]);
    struct dedup_sig scratch;
    enum td_err rc = TD_OK;
    int i;

    /*
     * The latest stored articles are the furniture table's window, in
     * arrival order, each with the event it joined when it was placed. The
     * names were read from the clustering text by what the table knew then
     * (clustering_text()), and are read so again.
     */
    dedup_near_sig_clean(e->furn, text[1], &scratch, &e->lines);
    /* A store with a log of the names seen has them from it (read_seen()). */
    if (e->seen_rows > 0) {
        dedup_furniture_add_event(e->furn, &e->lines, row->num[3]);
        return TD_OK;
    }
    if (clustering_text(e, &text[1], &len, NULL) != TD_OK)
        return TD_ERR_NOMEM;
    dedup_furniture_add_event(e->furn, &e->lines, row->num[3]);
    names_language(e, lang);
    /* As analyze() reads them: the body, then the headline only when the body is blank. */
    if (!e->title_names || !is_blank(text[1], len))
        text[0] = NULL;
    for (i = 1; i >= 0 && rc != TD_ERR_NOMEM; i--)
        if (text[i] != NULL) {
            e->pair_first_len = 0;
            rc = text_names(e->an, lang, text[i], i == 1 ? len : strlen(text[i]), on_recalled_name,
                            e, NULL);
        }
    /* Stored texts were checked on the way in; one that fails now only adds no names. */
    return rc == TD_ERR_NOMEM ? rc : TD_OK;
}

/*
 * Fills the furniture table from the latest RECALL_ARTICLES stored
 * articles, and for a store with no log of the names seen (read_seen()),
 * the records of names seen (remember_name()) too, so that a reopened
 * store still finds the names of Arabic and Hangul words (the replay reads
 * term vectors, not texts): only those of these articles, but logged, to
 * be written with the next batch, so that the next reopen reads them back.
 */
static enum td_err recall_names(struct td_engine *e, struct td_error *err)
{
    int64_t last = 0;
    enum td_err rc = store_last_seq(e->st, &last, err);

    if (rc != TD_OK || last == 0)
        return rc;
    return store_query_run(e->st, STORE_Q_TEXTS_AFTER,
                           last > RECALL_ARTICLES ? last - RECALL_ARTICLES : 0, recall_row, e, err);
}

/* seen_replay callbacks: the stored log's entries, applied as they were live. */
static void replay_clear(void *ctx, enum seen_kind kind)
{
    struct td_engine *e = ctx;

    if (kind == SEEN_NAMES) {
        forget_names(e);
    } else if (kind == SEEN_PAIRS) {
        map64_clear(&e->seen_pairs);
        e->npairs = 0;
    } else {
        forget_aliases(e);
    }
}

static void replay_name(void *ctx, uint64_t anchor, bool has_key, uint64_t key, const char *sv,
                        size_t n_sv)
{
    record_name(ctx, anchor, has_key, key, sv, n_sv);
}

static void replay_pair(void *ctx, uint64_t hash, uint64_t first, uint64_t second)
{
    uint64_t *pair = new_pair(ctx, hash);

    if (pair != NULL) {
        pair[0] = first;
        pair[1] = second;
    }
}

static void replay_alias(void *ctx, uint64_t anchor)
{
    define_alias(ctx, anchor);
}

static void replay_alias_word(void *ctx, uint64_t anchor)
{
    alias_word(ctx, anchor);
}

/* store_seen_fn of read_seen(): replays one stored row of the log. */
static enum td_err seen_row(void *ctx, int kind, const void *ops, size_t len)
{
    static const struct seen_replay fns = {replay_clear, replay_name, replay_pair, replay_alias,
                                           replay_alias_word};
    struct td_engine *e = ctx;

    return seen_log_replay(&e->log, kind, ops, len, &fns, e);
}

/*
 * Rebuilds the records of names seen, name pairs and acronyms from the
 * store's log of them (seen_log.h), exactly as the engine that wrote it
 * left them; `e->seen_rows` says how many rows it read (none: a store
 * from before the log, or that never saw a name). Errors: TD_ERR_PARSE, the
 * store's.
 */
static enum td_err read_seen(struct td_engine *e, struct td_error *err)
{
    enum td_err rc;

    e->log_on = false;
    rc = store_seen_read(e->st, seen_row, e, &e->seen_rows, err);
    e->log_on = true;
    e->def_at = SIZE_MAX;
    return rc;
}

/*
 * Writes the open batch's changes to the records of names seen, inside the
 * flush's transaction; the acronyms' record goes whole once its log has
 * grown past ALIAS_LOG_MAX entries.
 */
static enum td_err write_seen(struct td_engine *e, struct td_error *err)
{
    if (e->log.entries[SEEN_ALIASES] > ALIAS_LOG_MAX)
        log_aliases_whole(e);
    return seen_log_write(&e->log, e->st, err);
}

/*
 * Sets `*titled` to whether the headline gives one of the names of the
 * clause `text[0..len)` (a first reading with `backref_probe`: nothing is
 * counted); the clause then tells of the article's own subject.
 * Errors: those of text_names_valid().
 */
static enum td_err clause_titled(struct td_engine *e, const char *lang, const char *text,
                                 size_t len, bool *titled, struct td_error *err)
{
    enum td_err rc;

    e->backref_probe = true;
    e->backref_titled = false;
    rc = text_names_valid(e->an, lang, text, len, on_name, e, err);
    e->backref_probe = false;
    *titled = e->backref_titled;
    return rc;
}

/*
 * Reads the names of the clause `text[0..len)` of a body, which dates
 * another happening (backref_find()), with `in_backref` set: its names
 * count for the storyline, and for the event level only when the rest of
 * the body named them too; unless the headline gives one of its names (a
 * first reading, `backref_probe`), and the clause then tells of the
 * article's own subject and counts as any other.
 */
static enum td_err clause_names(struct td_engine *e, const char *lang, const char *text, size_t len,
                                struct td_error *err)
{
    enum td_err rc;
    bool titled;

    rc = clause_titled(e, lang, text, len, &titled, err);
    e->in_backref = !titled;
    e->prev_len = 0;
    e->pair_first_len = 0;
    if (rc == TD_OK)
        rc = text_names_valid(e->an, lang, text, len, on_name, e, err);
    e->in_backref = false;
    return rc;
}

/*
 * Copies the body `text[0..len)` into `e->backref` with the clauses `sp`
 * blanked, and the headline case-folded into `e->backref_title` with its
 * own clauses (backref_find() in `lang`) blanked.
 * Errors: TD_ERR_NOMEM.
 */
static enum td_err blank_clauses(struct td_engine *e, const char *lang, const char *text,
                                 size_t len, const struct backref_spans *sp, struct td_error *err)
{
    struct backref_spans hp;
    size_t i;

    td_buf_reset(&e->backref);
    td_buf_reset(&e->backref_title);
    if (td_buf_add(&e->backref, text, len) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    /* A headline that does not fold (not UTF-8) names nothing. */
    if (e->title != NULL &&
        text_normalize(e->title, strlen(e->title), &e->backref_title, NULL) == TD_ERR_NOMEM)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    for (i = 0; i < sp->n; i++)
        memset(e->backref.data + sp->start[i], ' ', sp->end[i] - sp->start[i]);
    /*
     * A headline's own clause about another happening ("Tornado in X,
     * twelve days after Y") does not make Y the article's subject.
     */
    if (e->backref_title.len > 0) {
        backref_find(e->backref_title.data, e->backref_title.len, lang, &hp);
        for (i = 0; i < hp.n; i++)
            memset(e->backref_title.data + hp.start[i], ' ', hp.end[i] - hp.start[i]);
    }
    return TD_OK;
}

/*
 * A number of the text mark_clause_names() reads (text_analyze_keyed()'s
 * callback), given inside a clause or outside them (note_clause_hash()):
 * "five days after a leak at Foshan sent 41 people to hospital", the 41 is
 * the other happening's, as Foshan is.
 */
static void on_clause_number(void *ctx, enum text_token_kind kind, uint64_t key)
{
    if (kind == TEXT_TOKEN_NUMBER)
        note_clause_hash(ctx, cluster_anchor_key(key));
}

/*
 * Notes in `clause_num` the numbers that only the clauses `sp` of the body
 * `text[0..len)` give, neither the rest (blanked in `e->backref`) nor the
 * headline: for the event placement only (cluster.h, `clause_numbers`), not
 * stored. A clause whose names the headline gives is the article's own
 * (`titled`, clause_titled()). Errors: TD_ERR_NOMEM.
 */
static enum td_err mark_clause_numbers(struct td_engine *e, const char *lang, const char *text,
                                       const struct backref_spans *sp, const bool *titled,
                                       struct td_error *err)
{
    enum td_err rc;
    size_t i;

    e->clause_numbers = false;
    e->clause_in = false;
    rc = text_analyze_keyed_valid(e->an, lang, e->backref.data, e->backref.len, on_clause_number, e,
                                  err);
    if (rc == TD_OK && e->title != NULL)
        rc = text_analyze_keyed(e->an, lang, e->title, strlen(e->title), on_clause_number, e, err);
    e->clause_numbers = true;
    e->clause_in = true;
    for (i = 0; i < sp->n && rc == TD_OK; i++)
        if (!titled[i])
            rc = text_analyze_keyed_valid(e->an, lang, text + sp->start[i],
                                          sp->end[i] - sp->start[i], on_clause_number, e, err);
    e->clause_numbers = false;
    e->clause_in = false;
    return rc;
}

/*
 * Without the model option `backref_names`, the body's names were counted
 * as any; this notes in `clause_only` those that only its clauses `sp`
 * give (and the article's terms hold), unless the headline names one of a
 * clause's names (clause_names()): the split pass then does not take them
 * for names the article holds (cluster_vec_set_clause()); and in
 * `clause_num` the numbers so given (mark_clause_numbers()). Nothing is
 * counted. Errors: TD_ERR_NOMEM, and those of text_names_valid().
 */
static enum td_err mark_clause_names(struct td_engine *e, const char *lang, const char *text,
                                     size_t len, const struct backref_spans *sp,
                                     struct td_error *err)
{
    bool titled[BACKREF_MAX_SPANS];
    enum td_err rc;
    size_t i;

    if ((rc = blank_clauses(e, lang, text, len, sp, err)) != TD_OK)
        return rc;
    map64_clear(&e->clause_rest);
    e->clause_collect = true;
    e->clause_in = false;
    e->prev_len = 0;
    e->pair_first_len = 0;
    rc = text_names_valid(e->an, lang, e->backref.data, len, on_name, e, err);
    for (i = 0; i < sp->n && rc == TD_OK; i++) {
        const char *c = text + sp->start[i];
        size_t n = sp->end[i] - sp->start[i];

        rc = clause_titled(e, lang, c, n, &titled[i], err);
        e->clause_in = true;
        if (rc == TD_OK && !titled[i])
            rc = text_names_valid(e->an, lang, c, n, on_name, e, err);
        e->clause_in = false;
    }
    if (rc == TD_OK)
        rc = mark_clause_numbers(e, lang, text, sp, titled, err);
    e->clause_collect = false;
    return rc;
}

/* Whether the name hash `h` is one that only the body's back-reference clauses give. */
static bool clause_only(const struct td_engine *e, uint64_t h)
{
    size_t i;

    for (i = 0; i < e->nclause_only; i++)
        if (e->clause_only[i] == h)
            return true;
    return false;
}

/*
 * The main country of the body, for the storyline level (storyline.h, "A
 * back-reference"): of the countries it names (note_country()), the one
 * its terms count most, leaving out one that only a clause about another
 * happening gives; none when it names none or two tie. Stored with the
 * names as a record of NAMES_COUNTRY_KEY, so that a replay reads it back
 * (names_doc()). Errors: TD_ERR_NOMEM.
 */
static enum td_err main_country(struct td_engine *e)
{
    uint16_t best = 0;
    uint32_t most = 0, *v;
    bool tie = false;
    size_t i;

    for (i = 0; i < e->ncountry; i++) {
        uint64_t h = country_term((char)(e->country[i] >> 8), (char)(e->country[i] & 0xff));
        const uint32_t *n = map64_get(&e->tf, h);
        if (n == NULL || clause_only(e, h) || *n < most)
            continue;
        tie = *n == most;
        best = e->country[i];
        most = *n;
    }
    if (best == 0 || tie)
        return TD_OK;
    if (map64_upsert(&e->names_tf, NAMES_COUNTRY_KEY, best, &v, NULL) != TD_OK)
        return TD_ERR_NOMEM;
    *v = best;
    return TD_OK;
}

/*
 * Takes out of the storyline names `e->names` a country that the body
 * names by one word only in clauses about another happening ("four days
 * after an ice tower fell at China's Harbin festival"): the clause probe
 * marks the country's code as given only there (mark_clause_names(),
 * clause_only()), which the event level and main_country() leave out, but
 * the storyline level counts the name itself (count_story_name()), which no
 * mark covers. Stored so, a replay reads the same names.
 */
static void recalled_countries(struct td_engine *e)
{
    struct cluster_vec *v = &e->names;
    size_t i, j, k;

    for (i = 0; i < e->country_names.n; i++) {
        uint32_t c;
        uint64_t anchor = map64_key_at(&e->country_names, i, &c);
        if (!clause_only(e, country_term((char)(c >> 8), (char)(c & 0xff))))
            continue;
        for (j = k = 0; j < v->n; j++) {
            if (v->terms[j] == anchor)
                continue;
            v->terms[k] = v->terms[j];
            v->counts[k++] = v->counts[j];
        }
        v->n = k;
    }
}

/*
 * Reads the names of the body `text[0..len)` (valid UTF-8) in `lang`. With
 * the model option `backref_names`, the clauses that date another
 * happening away from the article's (backref_find(): "a day after India's
 * Saffron Air placed...") are read after the rest, one by one
 * (clause_names()); the rest is read with them blanked, so its sentence
 * starts stay where they were. Errors: TD_ERR_NOMEM, and those of
 * text_names_valid().
 */
static enum td_err body_names(struct td_engine *e, const char *lang, const char *text, size_t len,
                              struct td_error *err)
{
    struct backref_spans sp;
    enum td_err rc;
    size_t i;

    sp.n = 0;
    e->nclause_only = 0;
    e->nclause_num = 0;
    backref_find(text, len, lang, &sp);
    e->body_recalls = sp.n > 0;
    if (sp.n == 0)
        return text_names_valid(e->an, lang, text, len, on_name, e, err);
    if (!e->backref_names) {
        rc = text_names_valid(e->an, lang, text, len, on_name, e, err);
        return rc == TD_OK ? mark_clause_names(e, lang, text, len, &sp, err) : rc;
    }
    if ((rc = blank_clauses(e, lang, text, len, &sp, err)) != TD_OK)
        return rc;
    rc = text_names_valid(e->an, lang, e->backref.data, len, on_name, e, err);
    for (i = 0; i < sp.n && rc == TD_OK; i++) {
        e->prev_len = 0;
        e->pair_first_len = 0;
        rc = clause_names(e, lang, text + sp.start[i], sp.end[i] - sp.start[i], err);
    }
    return rc;
}

/*
 * Notes the names of the headline `title` in `e->title_anchor` (the
 * storyline level prefers a candidate the headline names, storyline.h),
 * with no other effect: nothing is counted or remembered. A clause of the
 * headline that dates another happening ("Tianjin wheel stops, four days
 * after Vienna", backref_find() in `lang`) is blanked first (in the scratch
 * `e->backref`, which the body's reading no longer needs): the happening it
 * names is not what the article is about (storyline.h, "The headline's
 * names"). Errors: TD_ERR_NOMEM, and those of text_names().
 */
static enum td_err title_anchors(struct td_engine *e, const char *lang, const char *title,
                                 struct td_error *err)
{
    struct backref_spans sp;
    size_t i, len = strlen(title);
    enum td_err rc;

    backref_find(title, len, lang, &sp);
    if (sp.n > 0) {
        td_buf_reset(&e->backref);
        if (td_buf_add(&e->backref, title, len) != TD_OK)
            return td_error_set(err, TD_ERR_NOMEM, "out of memory");
        for (i = 0; i < sp.n; i++)
            memset(e->backref.data + sp.start[i], ' ', sp.end[i] - sp.start[i]);
        title = e->backref.data;
    }
    e->title_probe = true;
    rc = text_names(e->an, lang, title, len, on_name, e, err);
    e->title_probe = false;
    return rc;
}

/*
 * Analyses title and body of `art` in `lang` into `e->vec`, and the names
 * of the body into `e->names`. When the body is blank and the event model
 * turns `option.title_names` on, the title's names go into `e->names`
 * instead (not into `e->vec`: as event anchors they cost ECB+ 23-35, see
 * docs/QUALITY.md).
 */
static enum td_err analyze(struct td_engine *e, const struct td_article *art, const char *lang,
                           struct td_error *err)
{
    enum td_err rc = TD_OK;
    size_t text_len = strlen(art->text);
    const char *text = art->text;

    map64_clear(&e->tf);
    map64_clear(&e->names_tf);
    e->tf_oom = false;
    e->body_recalls = false;
    e->ncountry = 0;
    map64_clear(&e->country_names);
    e->title = art->title;
    if (art->title != NULL) {
        e->weight = TITLE_WEIGHT;
        rc = text_analyze_keyed(e->an, lang, art->title, strlen(art->title), on_term, e, err);
    }
    e->weight = 1;
    /*
     * The body is checked once here (its bytes only when the reader has not
     * checked them already); analysis and names skip their own checks.
     */
    if (rc == TD_OK)
        rc = art->valid_utf8 ? text_check_valid(art->text, text_len, err)
                             : text_check(art->text, text_len, err);
    if (rc == TD_OK)
        rc = clustering_text(e, &text, &text_len, err);
    if (rc == TD_OK)
        rc = text_analyze_keyed_valid(e->an, lang, text, text_len, on_term, e, err);
    e->weight = NAME_WEIGHT;
    e->prev_len = 0;
    e->pair_first_len = 0;
    names_language(e, lang);
    if (rc == TD_OK)
        rc = body_names(e, lang, text, text_len, err);
    /* The headline's names are read in place(), for a new event only. */
    e->ntitle = 0;
    e->title_probe_due = art->title != NULL && !is_blank(text, text_len);
    /* A headline alone still names its people and places (model option title_names). */
    if (rc == TD_OK && e->title_names && art->title != NULL && is_blank(text, text_len)) {
        e->in_title = true;
        e->pair_first_len = 0;
        rc = text_names(e->an, lang, art->title, strlen(art->title), on_name, e, err);
        e->in_title = false;
    }
    if (rc == TD_OK && (e->tf_oom || main_country(e) != TD_OK))
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc == TD_OK && (cluster_vec_from_map(&e->vec, &e->tf) != TD_OK ||
                        cluster_vec_from_map(&e->names, &e->names_tf) != TD_OK))
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc == TD_OK && e->nclause_only > 0)
        recalled_countries(e);
    /* Model option date_split: the days the text gives go with the terms, so a replay has them. */
    if (rc == TD_OK && e->date_split) {
        struct text_days td;
        text_days_read(text, text_len, lang, &td);
        if (cluster_vec_set_days(&e->vec, td.has_told, td.told_day, td.has_after, td.after_day) !=
            TD_OK)
            rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    if (rc == TD_OK && cluster_vec_set_clause(&e->vec, e->clause_only, e->nclause_only) != TD_OK)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    return rc;
}

/* The language of `art`: the given code made canonical (text_lang_given()), else detected. */
static void language(struct td_engine *e, const struct td_article *art, char lang[8],
                     bool *given)
{
    struct td_buf *sample = &e->sample;

    *given = art->lang != NULL && art->lang[0] != '\0';
    if (*given) {
        text_lang_given(art->lang, lang);
        if (lang[0] != '\0')
            return;
        *given = false;
    }
    /*
     * Detection reads the title and at most the first 4 KiB of the body, cut
     * between characters: the detector rejects a sample that ends inside one.
     */
    td_buf_reset(sample);
    if ((art->title == NULL || td_buf_adds(sample, art->title) == TD_OK) &&
        td_buf_addc(sample, '\n') == TD_OK &&
        td_buf_add(sample, art->text, utf8_prefix(art->text, 4096)) == TD_OK)
        text_detect_lang(sample->data, sample->len, lang, NULL);
    else
        text_detect_lang(art->text, utf8_prefix(art->text, 4096), lang, NULL);
}

/* Per-article identity: the id to store and the two hashes. */
struct identity {
    char hex[2 * DEDUP_HASH_BYTES + 1];
    const char *id;
    uint8_t record[DEDUP_HASH_BYTES];
    uint8_t content[DEDUP_HASH_BYTES];
};

/*
 * Checks the id against the store: a stored id with the same record is a
 * duplicate (`*dup` set), with another record a conflict.
 */
static enum td_err check_id(struct td_engine *e, const struct td_article *art,
                            struct identity *idn, bool *dup, struct td_error *err)
{
    uint8_t stored[DEDUP_HASH_BYTES];
    bool found = false;
    enum td_err rc;

    dedup_content_hash(art, idn->content);
    dedup_hex(idn->content, idn->hex);
    /* Without an id, the content is the identity: same content, same record. */
    if (art->id == NULL)
        memcpy(idn->record, idn->content, DEDUP_HASH_BYTES);
    else
        dedup_record_hash(art, idn->record);
    idn->id = art->id != NULL ? art->id : idn->hex;
    rc = td_bloom_maybe(&e->stored, id_key(idn->id))
             ? store_find_id(e->st, idn->id, &found, stored, err)
             : TD_OK;
    if (rc != TD_OK)
        return rc;
    if (!found) {
        const struct pending_row *r = pending_find_id(&e->batch_rows, idn->id);
        if ((found = r != NULL))
            memcpy(stored, r->record, DEDUP_HASH_BYTES);
    }
    *dup = found && memcmp(stored, idn->record, DEDUP_HASH_BYTES) == 0;
    if (found && !*dup)
        return td_error_set(err, TD_ERR_CONFLICT,
                            "id '%s' is already stored with different content", idn->id);
    return TD_OK;
}

/* Appends one (from, into, seq, story) change of the event level to the store's to-do list. */
static enum td_err queue_change(struct td_engine *e, int64_t from, int64_t into, int64_t seq,
                                int64_t story)
{
    if (td_grow((void **)&e->merges, &e->cap_merges, e->nmerges + 4, sizeof(*e->merges)) != TD_OK)
        return TD_ERR_NOMEM;
    e->merges[e->nmerges++] = from;
    e->merges[e->nmerges++] = into;
    e->merges[e->nmerges++] = seq;
    e->merges[e->nmerges++] = story;
    return TD_OK;
}

/*
 * Queues the storyline folds of the last pass (merge_early_ok()) as story
 * moves, so that the store moves the folded storylines' articles and logs
 * them; the `k`-th fold of the pass gets the `doc` -(seq * FOLD_SLOTS + k),
 * never a placement's (a pass merges at most CLUSTER_MERGE_CHANGED events),
 * and the replay reads it only for the storyline the event started in
 * (replay_story()): it folds again itself.
 */
#define FOLD_SLOTS 128
static enum td_err log_folds(struct td_engine *e)
{
    size_t k;

    if (td_grow((void **)&e->smoves, &e->cap_smoves, e->nsmoves + e->nfolds + 1,
                sizeof(*e->smoves)) != TD_OK)
        return TD_ERR_NOMEM;
    for (k = 0; k < e->nfolds; k++) {
        e->smoves[e->nsmoves] = e->folds[k];
        e->smoves[e->nsmoves++].doc =
            -((int64_t)cluster_doc_count(e->cs) * FOLD_SLOTS + (int64_t)(k % FOLD_SLOTS));
    }
    return TD_OK;
}

/*
 * Takes the merges and split moves the event level's last pass made;
 * td_engine_flush() writes the open batch, then moves the articles of each
 * merged event and each moved article, so the batch's rows move with the
 * stored ones. A document's number in the event level is its article's
 * seq: both count every stored article, in arrival order, from 1 (articles
 * are never deleted). An event made by a split keeps its origin's
 * storyline. A replay (`!to_store`) only does the latter: the store has
 * the rest.
 */
static enum td_err apply_merges(struct td_engine *e, bool to_store, struct td_error *err)
{
    static const struct storyline_doc none = {NULL, NULL, 0, false, 0, NULL, 0,
                                              NULL, 0,    0, 0,     0, 0.0};
    const int64_t *from, *into;
    const struct cluster_move *mv;
    size_t n, nmoves, i;
    enum td_err rc = TD_OK;

    cluster_take_merges(e->cs, &from, &into, &n);
    for (i = 0; i < n && rc == TD_OK && to_store; i++)
        rc = queue_change(e, from[i], into[i], 0, 0);
    if (rc == TD_OK)
        rc = e->fold_rc;
    if (rc == TD_OK && to_store && e->nfolds > 0)
        rc = log_folds(e);
    e->nfolds = 0;
    cluster_take_moves(e->cs, &mv, &nmoves);
    /* A restart computes again the passes that changed something, and only those. */
    if (to_store && n + nmoves > 0 && rc == TD_OK) {
        if (td_grow((void **)&e->passes, &e->cap_passes, e->npasses + 1, sizeof(*e->passes)) !=
            TD_OK)
            rc = TD_ERR_NOMEM;
        else
            e->passes[e->npasses++] = (int64_t)cluster_doc_count(e->cs);
    }
    n = nmoves;
    for (i = 0; i < n && rc == TD_OK; i++) {
        int64_t story = storyline_story_of(e->sl, mv[i].from), to;
        if (story != 0 && storyline_story_of(e->sl, mv[i].into) == 0)
            rc = storyline_add(e->sl, mv[i].into, story, &none, err);
        /* Into an event of another storyline (a mixed event's stray): the article takes its story.
         */
        to = storyline_story_of(e->sl, mv[i].into);
        if (rc == TD_OK && to_store)
            rc = queue_change(e, mv[i].from, mv[i].into, (int64_t)mv[i].doc,
                              story != 0 && to != 0 && to != story ? to : 0);
    }
    return rc == TD_ERR_NOMEM ? td_error_set(err, rc, "out of memory") : rc;
}

/* Queues the storyline move the last placement made, if any, for td_engine_flush(). */
static enum td_err queue_story_move(struct td_engine *e, struct td_error *err)
{
    struct storyline_move mv;
    struct store_story_move *m;

    if (!storyline_last_move(e->sl, &mv))
        return TD_OK;
    if (td_grow((void **)&e->smoves, &e->cap_smoves, e->nsmoves + 1, sizeof(*e->smoves)) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    m = &e->smoves[e->nsmoves++];
    m->doc = (int64_t)cluster_doc_count(e->cs);
    m->event = mv.event;
    m->from = mv.from;
    m->into = mv.into;
    return TD_OK;
}

/*
 * Clusters the analysed article into an event (copies follow their
 * original's event), then places the event in a storyline: a new event is
 * linked by its names, a known one keeps its storyline.
 */
static enum td_err place(struct td_engine *e, const struct td_article *art, const char *lang,
                         const char *copy_of, int64_t copy_event, int64_t *event,
                         int64_t *story, struct td_error *err)
{
    struct cluster_doc doc;
    struct storyline_doc nd = names_doc(e, art->date != NULL, art->published_at);
    enum td_err rc;
    doc = cluster_doc_of(&e->vec, art->date != NULL, art->published_at, lang);
    doc.clause_numbers = e->nclause_num > 0 ? e->clause_num : NULL;
    doc.nclause_numbers = e->nclause_num;
    /* An article that gives the storyline level no name asks for its nearest by text. */
    doc.want_recalled = copy_of == NULL && nd.n == 0;
    /*
     * The headline's names go to the event level (cluster.h `title_names`):
     * a short article's count for follow_margin, and those of an article
     * that dates no other happening away tell which happening a round-up
     * is about (cluster.h, "A round-up").
     */
    doc.dates_away = e->body_recalls;
    if (copy_of == NULL && e->title_probe_due &&
        (!e->body_recalls || (e->follow_titles && doc.n <= CLUSTER_FOLLOW_TERMS))) {
        if ((rc = title_anchors(e, lang, art->title, err)) != TD_OK)
            return rc;
        e->title_probe_due = false;
        doc.title_names = e->title_anchor;
        doc.ntitle = e->ntitle;
    }
    if (copy_of != NULL) {
        /* The original's event may have been merged since. */
        *event = cluster_resolve(e->cs, copy_event);
        rc = cluster_add(e->cs, &doc, *event, err);
    } else {
        rc = cluster_assign(e->cs, &doc, event, NULL, err);
        if (rc == TD_OK)
            rc = apply_merges(e, true, err);
    }
    /*
     * Only a new event's first article is linked by its headline's names
     * (storyline.h); a short one's were read already.
     */
    if (rc == TD_OK && e->title_probe_due && storyline_story_of(e->sl, *event) == 0)
        rc = title_anchors(e, lang, art->title, err);
    /* A new event's first article: the storyline of the event it came nearest to. */
    if (rc == TD_OK && copy_of == NULL && storyline_story_of(e->sl, *event) == 0) {
        int64_t near = cluster_last_nearest(e->cs),
                told = cluster_last_recalled(e->cs, &nd.text_score);
        nd.near_story = near != 0 ? storyline_story_of(e->sl, near) : 0;
        nd.text_story = told != 0 ? storyline_story_of(e->sl, told) : 0;
    }
    /* A short article's headline names, read for the event level, link only a new event. */
    nd.ntitle = storyline_story_of(e->sl, *event) == 0 ? e->ntitle : 0;
    if (rc == TD_OK)
        rc = storyline_place(e->sl, *event, &nd, story, NULL, err);
    return rc == TD_OK ? queue_story_move(e, err) : rc;
}

/*
 * The event the article with seq `seq` is in now, from `event`, where it
 * was at the last flush (a stored row) or when it was placed (a row of the
 * open batch): the merges and moves queued since, in order. Where an exact
 * copy goes then does not depend on where the batches ended, so a restart
 * between two batches places it as the uninterrupted stream does.
 */
static int64_t current_event(const struct td_engine *e, int64_t seq, int64_t event)
{
    size_t i;

    for (i = 0; i + 3 < e->nmerges; i += 4)
        if (e->merges[i] == event && (e->merges[i + 2] == 0 || e->merges[i + 2] == seq))
            event = e->merges[i + 1];
    return event;
}

/* Copies the body of the row store_article_get() gives into `*(char **)ctx`. */
static enum td_err body_row(void *ctx, const struct store_row *row)
{
    char **out = ctx;

    *out = td_strdup(row->col[2] != NULL ? row->col[2] : "");
    return *out != NULL ? TD_OK : TD_ERR_NOMEM;
}

/*
 * Whether `art` passes the pair test (dedup_pair_is_copy()) against the
 * indexed article `id`, whose body is in the open batch or in the store. An
 * id the store does not have (it cannot happen) keeps the index's word.
 */
static enum td_err pair_check(struct td_engine *e, const struct td_article *art, const char *id,
                              bool *is_copy, struct td_error *err)
{
    const struct pending_row *r = pending_find_id(&e->batch_rows, id);
    char *body = NULL;
    enum td_err rc = TD_OK;

    *is_copy = true;
    if (r == NULL)
        rc = store_article_get(e->st, id, body_row, &body, err);
    if (rc == TD_OK && (r != NULL || body != NULL) &&
        dedup_pair_is_copy(e->furn, art->text, r != NULL ? r->art.text : body, is_copy) != TD_OK)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    td_free(body);
    return rc;
}

/*
 * Finds the original of `art`: the first stored article with the same
 * content, else the most similar recent one by MinHash (a near copy),
 * dated close to it (dedup_near_set_copy_days()), that passes the pair test. On success `*copy_of`
 * is a heap id (td_free) or NULL. Leaves the article's signature, without its furniture lines, in
 * `e->sig` for indexing, and its line hashes in `e->lines`.
 */
static enum td_err find_original(struct td_engine *e, const struct td_article *art,
                                 const struct identity *idn, char **copy_of, int64_t *copy_event,
                                 struct td_error *err)
{
    const char *near;
    int64_t seq = 0;
    enum td_err rc = td_bloom_maybe(&e->stored, content_key(idn->content))
                         ? store_find_content(e->st, idn->content, copy_of, copy_event, &seq, err)
                         : TD_OK;
    const struct pending_row *r;
    bool is_copy;

    dedup_near_sig_clean(e->furn, art->text, &e->sig, &e->lines);
    if (rc == TD_OK && *copy_of != NULL)
        *copy_event = current_event(e, seq, *copy_event);
    if (rc != TD_OK || *copy_of != NULL)
        return rc;
    if ((r = pending_find_content(&e->batch_rows, idn->content)) != NULL) {
        /* The batch's rows follow the stored ones, in the event level's order. */
        seq = stored_before_batch(e) + (r - e->batch_rows.rows) + 1;
        *copy_event = current_event(e, seq, r->event);
        *copy_of = td_strdup(r->art.id);
        return *copy_of != NULL ? TD_OK : td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    near = dedup_near_find_dated(e->near, &e->sig, art->date != NULL,
                                 time_day_of(art->published_at), copy_event);
    if (near == NULL)
        return TD_OK;
    /* The index's id is borrowed until the next add: copied before the store is read. */
    if ((*copy_of = td_strdup(near)) == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    rc = pair_check(e, art, *copy_of, &is_copy, err);
    if (rc != TD_OK || !is_copy) {
        TD_FREE(*copy_of);
        *copy_event = 0;
    }
    return rc;
}

/* Analyses, clusters and writes one new article inside the open transaction. */
static enum td_err store_new(struct td_engine *e, const struct td_article *art,
                             const struct identity *idn, bool *is_copy, struct td_error *err)
{
    struct store_article_row row;
    struct td_article named = *art;
    unsigned char sig[DEDUP_SIG_BYTES];
    char lang[8], *copy_of = NULL;
    int64_t copy_event = 0, event = 0, story = 0;
    enum td_err rc;

    memset(&row, 0, sizeof(row));
    rc = find_original(e, art, idn, &copy_of, &copy_event, err);
    if (rc != TD_OK)
        return rc;
    language(e, art, lang, &row.lang_given);
    rc = analyze(e, art, lang, err);
    if (rc == TD_OK)
        rc = place(e, art, lang, copy_of, copy_event, &event, &story, err);
    row.joined = cluster_last_joined(e->cs);
    td_buf_reset(&e->blob);
    td_buf_reset(&e->names_blob);
    if (rc == TD_OK && (cluster_vec_serialize(&e->vec, &e->blob) != TD_OK ||
                        cluster_vec_serialize(&e->names, &e->names_blob) != TD_OK))
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    named.id = (char *)idn->id;
    row.art = &named;
    row.lang = lang;
    row.copy_of = copy_of;
    row.story = story;
    row.event = event;
    row.names = e->names_blob.data;
    row.names_len = e->names_blob.len;
    row.terms = e->blob.data;
    row.terms_len = e->blob.len;
    row.record_hash = idn->record;
    row.content_hash = idn->content;
    dedup_sig_serialize(&e->sig, sig);
    if (rc == TD_OK && pending_push(&e->batch_rows, &row, sig) != TD_OK)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc == TD_OK) {
        td_bloom_add(&e->stored, id_key(idn->id));
        td_bloom_add(&e->stored, content_key(idn->content));
    }
    /*
     * Copies are indexed under their own id: a later copy points to the
     * article it is closest to, and one false match does not redirect the
     * copies of the article it hit.
     */
    if (rc == TD_OK)
        rc = dedup_near_add_dated(e->near, &e->sig, idn->id, event, art->date != NULL,
                                  time_day_of(art->published_at), err);
    if (rc == TD_OK)
        dedup_furniture_add_event(e->furn, &e->lines, row.joined);
    *is_copy = copy_of != NULL;
    td_free(copy_of);
    return rc;
}

/* Digits of the record hash that name a revision ("ID#0123456789abcdef"). */
#define REVISION_HEX 16

/*
 * After a conflict on `art`'s id (`idn` as check_id() left it): points
 * `rev` at a copy of `art` under the revision id "ID#REV", kept in `id_buf`,
 * and checks that id as check_id() does. Errors: TD_ERR_CONFLICT (the
 * revision's id would be too long), or check_id()'s.
 */
static enum td_err as_revision(struct td_engine *e, const struct td_article *art,
                               struct identity *idn, struct td_article *rev, char *id_buf,
                               bool *dup, struct td_error *err)
{
    char hex[2 * DEDUP_HASH_BYTES + 1];
    size_t n = strlen(idn->id);

    if (n + 1 + REVISION_HEX > TD_MAX_ID_BYTES)
        return td_error_set(err, TD_ERR_CONFLICT,
                            "id '%.64s...' is already stored with different content, and is "
                            "too long to take a revision suffix", idn->id);
    dedup_hex(idn->record, hex);
    memcpy(id_buf, idn->id, n);
    id_buf[n] = '#';
    memcpy(id_buf + n + 1, hex, REVISION_HEX);
    id_buf[n + 1 + REVISION_HEX] = '\0';
    *rev = *art;
    rev->id = id_buf;
    td_error_clear(err);
    return check_id(e, rev, idn, dup, err);
}

enum td_err td_engine_add(struct td_engine *e, const struct td_article *art,
                          enum td_add_status *status, struct td_error *err)
{
    struct identity idn;
    struct td_article rev;
    char rev_id[TD_MAX_ID_BYTES + 1];
    bool dup = false, is_copy = false, is_rev = false;
    enum td_err rc;

    if (e->broken)
        return td_error_set(err, TD_ERR_INTERNAL, "engine is unusable after an earlier error");
    if (art == NULL || art->text == NULL)
        return td_error_set(err, TD_ERR_INVALID, "article has no text");
    /* One read transaction for the look-ups of the whole batch, not one per statement. */
    rc = store_read_begin(e->st, err);
    if (rc == TD_OK)
        rc = check_id(e, art, &idn, &dup, err);
    if (rc == TD_ERR_CONFLICT && e->o.revisions && art->id != NULL) {
        rc = as_revision(e, art, &idn, &rev, rev_id, &dup, err);
        art = &rev;
        is_rev = rc == TD_OK && !dup;
    }
    if (rc == TD_ERR_CONFLICT)
        return rc;
    if (rc == TD_OK && !dup)
        rc = store_new(e, art, &idn, &is_copy, err);
    if ((rc == TD_ERR_INVALID || rc == TD_ERR_TOO_LARGE) && !dup)
        return rc; /* invalid or oversized text is caught before anything is written */
    if (rc != TD_OK)
        return fail(e, rc);
    e->batch.duplicates += dup;
    e->batch.stored += !dup;
    e->batch.copies += is_copy;
    e->batch.revisions += is_rev;
    if (status != NULL)
        *status = dup       ? TD_ADD_DUPLICATE
                  : is_rev  ? TD_ADD_REVISION
                  : is_copy ? TD_ADD_COPY
                            : TD_ADD_STORED;
    if (e->batch_rows.n >= e->o.batch_size || e->batch.duplicates >= e->o.batch_size)
        return write_batch(e, err);
    return TD_OK;
}
