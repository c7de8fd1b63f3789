/*
 * model.h (module interface) - the learned scorer of the event level: the
 * features an article has against a candidate event, the two weight
 * vectors that rank candidates and decide join-or-new, their text file
 * format, and the logistic-regression learner `tidings train` runs.
 *
 * Ranking: each candidate gets the logit r = rank.bias + sum rank.f * f.
 * Decision: the best-ranked candidate is joined when
 * join.bias + sum join.f * f > 0, over the same features plus `rank_p`
 * (sigmoid of its r) and `margin` (its `rank_p` minus the runner-up's).
 *
 * Model file (UTF-8 text, one item per line, '#' starts a comment line):
 *     tidings-event-model 1
 *     rank.bias -3.2
 *     rank.cos 7.5
 *     join.bias -1.1
 *     ...
 * The first line names the format and its version; every other line is
 * `<rank|join>.<feature|bias> <number>` or `option.<name> <0|1>`. A feature
 * left out weighs 0; an unknown one, a repeated one or a bad number is an
 * error naming the line.
 * Not thread-safe to mutate; a loaded model is read-only and can be shared.
 */
#ifndef TD_CLUSTER_MODEL_H
#define TD_CLUSTER_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "core/buf.h"
#include "tidings/error.h"

/* Features of (article, candidate event); the names are in model.c. */
enum model_feature {
    MF_COS = 0,           /* TF-IDF cosine with the event centroid (across languages: the anchor
                             cosine if higher), time-damped */
    MF_ANCHOR_COS,        /* the same over anchor terms (names, numbers) only */
    MF_WORD_COS,          /* the same over the other terms only */
    MF_XL_ANCHOR_COS,     /* MF_ANCHOR_COS when the languages differ, else 0 */
    MF_HITS,              /* share of the article's query terms that led to the event */
    MF_LOG_SIZE,          /* log(1 + articles in the event) */
    MF_TIME_GAP,          /* both dated: 1 - Gaussian of the gap to the event's span; else 0 */
    MF_DOC_ANCHOR_MISS,   /* weight share of the article's heaviest anchors the event lacks */
    MF_EVENT_ANCHOR_MISS, /* weight share of the event's heaviest anchors the article lacks */
    MF_NEAREST,           /* highest cosine with one of the event's last members, time-damped */
    MF_RANK_COUNT,        /* features above: ranking and decision */
    MF_RANK_P = MF_RANK_COUNT, /* decision only: sigmoid of the candidate's rank logit */
    MF_MARGIN,                 /* decision only: rank_p minus the runner-up's rank_p (0 if none) */
    MF_COUNT
};

#define MODEL_FORMAT "tidings-event-model"
#define MODEL_VERSION 1

struct cluster_model {
    double rank_bias;
    double rank[MF_RANK_COUNT];
    double join_bias;
    double join[MF_COUNT];
    /*
     * How the features are computed, 0 (off) or 1 (on), lines
     * `option.<name> 0|1` (left out: 0): `option.xl_shared_only` and
     * `option.undated_now` set the `struct cluster_opts` fields of those
     * names (cluster.h); `option.title_names` makes the engine read the
     * names of an article with a blank body from its title, for the
     * storyline level (src/pipeline/engine.c); `option.short_margin` sets the
     * `struct cluster_opts` field of that name (a headline joins an event it is
     * clearly closest to), and `option.anchor_margin` the one of that name (a
     * follow-up joins by its names). A model is scored with the features it was
     * made for; `tidings train` computes them with the options it is given
     * (by default those of the built-in model) and writes them.
     */
    double opt_xl_shared_only;
    double opt_undated_now;
    double opt_title_names;
    double opt_short_margin;
    double opt_anchor_margin;
    /*
     * `option.name_keys`: the engine compares names by their phonetic key
     * (`text_name_key`) instead of their spelling, and reads Chinese names
     * in Han as pinyin (`text_analyzer_set_han_names`), so "Marchetti",
     * マルケッティ, Маркетти and 马尔凯蒂 meet (src/pipeline/engine.c).
     */
    double opt_name_keys;
    /*
     * `option.date_split`: the engine reads from the text the day an article
     * was written on (a dateline) and the latest day it mentions, and the
     * `struct cluster_opts` field of that name keeps apart what they rule
     * out (cluster.h).
     */
    double opt_date_split;
    /*
     * `option.acronym_defs`: the engine reads acronyms the text defines
     * ("Full Name (ACR)") and counts a later bare "ACR" as its full name's
     * words too (text_analyzer_set_acronym_defs(), src/pipeline/engine.c).
     */
    double opt_acronym_defs;
    /*
     * `option.furniture_text`: the engine takes the terms, names and days of
     * an article from its body without the lines that are page furniture by
     * the furniture table (DEDUP_FURN_TEXT in src/dedup/dedup.h: lines on
     * earlier pages of more than one event), so that a block a site or a
     * language prints on every page neither joins nor parts events and
     * stories (src/pipeline/engine.c, analyze()). Off in the built-in model:
     * docs/QUALITY.md, "Page furniture out of the clustering text".
     */
    double opt_furniture_text;
    /*
     * `option.page_furniture`: the engine also leaves out of the clustering
     * text the block of page furniture that closes a page, found by its
     * lines' shape in any language (a copyright line, a "most read" list
     * numbered 1, 2, 3 or a list of links run into one line, and a notice
     * between them: text_page_body_len(), src/text/page.c), so that a block
     * seen on no other page of the stream is no evidence either. Off in the
     * built-in model: docs/QUALITY.md, "Page furniture by its shape".
     */
    double opt_page_furniture;
    /*
     * `option.stamp_words`: the words of a page's time stamp ("Sep 10,
     * 2010 | Updated 8:52 PM EDT": a month's short form by a figure, a
     * time zone after a clock time or AM/PM, "Updated" or "Posted" before a date)
     * are no names (text_analyzer_set_stamp_words(), src/text/names.c).
     */
    double opt_stamp_words;
    /*
     * `option.follow_margin`: sets the `struct cluster_opts` field of that
     * name (a same-day follow-up in one language joins the event it is
     * clearly closest to).
     */
    double opt_follow_margin;
    /*
     * `option.follow_clock`: sets the `struct cluster_opts` field of that
     * name (`follow_margin` also for an undated article that `undated_now`
     * placed at the stream's clock). On in the built-in model since
     * `undated18` (docs/QUALITY.md, "Undated follow-ups at the stream's
     * clock", and the `undated18` section after it).
     */
    double opt_follow_clock;
    /*
     * `option.backref_names`: the names that only a clause dating another
     * happening away from the article's holds ("a day after India's Saffron
     * Air placed...", src/pipeline/backref.h) are no anchors of its event;
     * the storyline still reads them (src/pipeline/engine.c, body_names()).
     * Off in the built-in model: docs/QUALITY.md, "Names that date
     * themselves away".
     */
    double opt_backref_names;
    /*
     * `option.cjk_countries`: country names in Han, kana and Hangul (iso-codes'
     * ko, ja, zh_CN and zh_TW translations; "프랑스의", "ロシア", "俄罗斯") count
     * as the country's anchor term, as "France" and "Francia" do; 0 (default):
     * not read (docs/QUALITY.md, `korean16`).
     */
    double opt_cjk_countries;
    /*
     * `option.zone_cities`: the cities that name time zones, written in Han,
     * kana, Hangul, Arabic or Devanagari letters (ICU's exemplar city names,
     * td_gazetteer_cities(): "悉尼", "シドニー"), count as their English
     * name's words at the event level, at half a name's weight, as "Sydney"
     * does (Cyrillic and Greek ones are left to the name path); on in both
     * shipped models; 0 (default): not read (docs/QUALITY.md, `tzcity`,
     * `city32`).
     */
    double opt_zone_cities;
    /*
     * `option.loose_romance`: in Italian, Spanish and Portuguese text a
     * name's loose spelling (text_name_loose()) also drops a final -o or -a
     * after a consonant ("Gottardo" meets "Gotthard", "Milano" "Milan");
     * 0 (default): only "th", "ph" and doubled letters are loosened
     * (docs/QUALITY.md, `spell17`).
     */
    double opt_loose_romance;
    /*
     * `option.bare_names`: a name not seen itself counts as the seen name
     * it writes without the Latin-1 accents the seen one has, when the
     * article's language lacks those letters ("Bogota" in a French or
     * English report once "Bogotá" was seen: bare_anchor() in
     * src/pipeline/engine.c, text_name_bare()). 0 (default): off; it lifts
     * news23 but moves other sets under their floors (docs/QUALITY.md,
     * `split23`).
     */
    double opt_bare_names;
    /*
     * `option.hanja_readings`: Han characters in Chinese and Japanese text
     * also read as Korean reads them ("蔚山" ulsan, "韩结" hangyeol), which
     * count as a name seen in Latin letters they spell (libhangul-data's
     * table, text.h text_analyzer_set_hanja_readings()); 0 (default): not
     * read (docs/QUALITY.md, `korean17`).
     */
    double opt_hanja_readings;
    /*
     * `option.uncased_anchors`: sets the `struct cluster_opts` field of that
     * name (within a language without capitals the anchor-cosine feature
     * takes the cosine when higher; docs/QUALITY.md, `learned17`).
     */
    double opt_uncased_anchors;
};

struct cluster_opts;

/*
 * Sets options of `m` from `list`: comma-separated items `<name>=0|1`
 * (`<name>` without the "option." prefix: "short_margin") or `none` (every
 * option off), applied left to right. Errors: TD_ERR_INVALID (an unknown
 * option, a value other than 0 or 1); `m` may then be partly set.
 */
TD_NODISCARD enum td_err model_set_options(struct cluster_model *m, const char *list,
                                           struct td_error *err);

/* Copies every option (not the weights) of `src` into `dst`. */
void model_copy_options(struct cluster_model *dst, const struct cluster_model *src);

/*
 * Sets the fields of `co` that the options of `m` decide (`xl_shared_only`,
 * `undated_now`, `short_margin`, `anchor_margin`, `follow_margin`, `date_split`,
 * `uncased_anchors`); the engine and the trainer both use it.
 */
void model_cluster_opts(const struct cluster_model *m, struct cluster_opts *co);

/* The name of feature `f` ("cos", "anchor_cos", ...). */
const char *model_feature_name(enum model_feature f);

/* The candidate's rank logit for the features `f[0..MF_RANK_COUNT)`. */
double model_rank(const struct cluster_model *m, const double *f);
/* The join logit for the features `f[0..MF_COUNT)` (> 0: join). */
double model_join(const struct cluster_model *m, const double *f);

/*
 * Parses the model text `text` (`len` bytes; need not be NUL-terminated);
 * `name` (the file name) prefixes error messages as "name:line: reason".
 * Fills `*out` only on success. Errors: TD_ERR_PARSE (bad header, unknown
 * or repeated key, bad number, line too long), TD_ERR_UNSUPPORTED (another
 * format version).
 */
TD_NODISCARD enum td_err model_parse(struct cluster_model *out, const char *text, size_t len,
                                     const char *name, struct td_error *err);

/* Reads and parses the model file `path`. Errors: TD_ERR_IO, those of model_parse. */
TD_NODISCARD enum td_err model_load(struct cluster_model *out, const char *path,
                                    struct td_error *err);

/*
 * Appends the model as text to `out`: the header, then `comment` (may be
 * NULL; each of its lines is written as a '#' line), then every weight
 * with 17 significant digits, so parsing it back gives the same doubles,
 * then the options that are on.
 * Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err model_format(const struct cluster_model *m, const char *comment,
                                      struct td_buf *out);

/* The text of data/models/events.model, generated into the build by cmake/embed_file.cmake. */
extern const char cluster_default_model[];
extern const size_t cluster_default_model_len;

/* The model built into the library (data/models/events.model); parsed once per call. */
TD_NODISCARD enum td_err model_default(struct cluster_model *out, struct td_error *err);

/*
 * Logistic regression by Newton's method (IRLS) with an L2 penalty `l2` on
 * the weights (not the bias): deterministic, exact to 1e-10 in a few dozen
 * steps for the handful of features here. `x` holds `n` rows of `dim`
 * features (row-major), `y` their labels (0 or 1). On success `w[0..dim)`
 * are the weights and `*bias` the bias. Errors: TD_ERR_INVALID (n == 0,
 * dim == 0 or > MF_COUNT, l2 <= 0), TD_ERR_INTERNAL (a singular system).
 */
TD_NODISCARD enum td_err model_fit_logistic(const double *x, const unsigned char *y, size_t n,
                                            size_t dim, double l2, double *w, double *bias,
                                            struct td_error *err);

#endif
