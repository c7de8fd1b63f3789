/*
 * entity.h - named entities (people, organisations, places) in article text,
 * and their aliases merged across the articles of one story.
 *
 * Three objects:
 *  - `struct td_gazetteer`: country and region names in many languages, read
 *    once from the Debian `iso-codes` files (iso_3166-1.json,
 *    iso_3166-2.json and the iso_3166-1 translations in LC_MESSAGES/iso_3166-1.mo).
 *    Read-only after `td_gazetteer_open()`, so one gazetteer may be shared
 *    by any number of threads.
 *  - `td_entities_find()`: a rule-based tagger (capitalisation, titles such
 *    as "Mr"/"President"/"CEO", organisation suffixes such as "Inc"/"Party"/
 *    "University", place prepositions "in X"/"from X", the gazetteer) that
 *    fills a `struct td_mention_list` with non-overlapping mentions in text
 *    order. No hand-typed person lists.
 *  - `struct td_entity_set`: the story-level merger. Add each article's
 *    text and mentions, call `td_entity_set_resolve()`, then read canonical
 *    entities {name, type, count, aliases} and which entity each mention
 *    belongs to ("West" and "Kanye" -> "Kanye West"; "Ye" -> "Kanye West"
 *    when a text says "now known as Ye", "who goes by Ye", "changed his name
 *    to Ye"). Cross-document frequency settles a name's type when articles
 *    disagree.
 *
 * Lifecycle: list init -> find (any number of times; each call replaces
 * the contents) -> release. Set new -> add ... -> resolve -> get ... ->
 * free. Offsets are bytes into the text and, in parallel, Unicode code
 * points; `end` is exclusive.
 *
 * Thread-safety: a gazetteer is immutable and shareable; lists and sets
 * belong to one thread at a time. The library keeps no global state.
 */
#ifndef TIDINGS_ENTITY_H
#define TIDINGS_ENTITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tidings/error.h"

/* ---- Mentions ---- */

enum td_entity_type { TD_ENT_PER = 1, TD_ENT_ORG, TD_ENT_LOC };

struct td_mention {
    size_t start, end;       /* byte offsets into the text, end exclusive */
    size_t start_cp, end_cp; /* the same span in Unicode code points */
    enum td_entity_type type;
};

struct td_mention_list {
    struct td_mention *items; /* owned; `n` used of `cap` */
    size_t n, cap;
};

/* "PER", "ORG" or "LOC" ("?" for a value outside the enum). */
const char *td_entity_type_name(enum td_entity_type type);

/* Prepares an empty list; allocates nothing. */
void td_mention_list_init(struct td_mention_list *list);
/* Frees the items; the list is empty and reusable afterwards. */
void td_mention_list_release(struct td_mention_list *list);

/* ---- Gazetteer ---- */

struct td_gazetteer;

/*
 * Loads the place names of the iso-codes package from `dir` (the folder
 * that holds json/iso_3166-1.json, normally /usr/share/iso-codes; NULL means
 * $TIDINGS_ISO_CODES if set, else the path compiled in as
 * TD_ISO_CODES_DIR). Translations are read from `dir`/../locale when that
 * folder exists. On success `*out` is owned by the caller, freed with
 * `td_gazetteer_close()`. Errors: TD_ERR_NOTFOUND (no iso_3166-1.json
 * there; callers may go on with a NULL gazetteer, which only loses the
 * place-name rule), TD_ERR_PARSE (a file that is not the expected JSON),
 * TD_ERR_IO, TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_gazetteer_open(const char *dir, struct td_gazetteer **out,
                                           struct td_error *err);
/* Frees a gazetteer; NULL is fine. */
void td_gazetteer_close(struct td_gazetteer *gaz);
/* Number of distinct names loaded (for diagnostics). */
size_t td_gazetteer_size(const struct td_gazetteer *gaz);

/*
 * Whether `folded` (NFKC + case folded, as the text module folds words:
 * "japón", "estados unidos", "vereinigte staaten") is the name of a
 * country in English or in one of the translations read (es, de, fr, it,
 * pt, nl); then `code` gets its ISO 3166-1 alpha-2 code ("JP", "US").
 * False for a NULL gazetteer.
 */
bool td_gazetteer_country(const struct td_gazetteer *gaz, const char *folded, size_t n,
                          char code[3]);

/*
 * The country names of iso-codes' Korean, Japanese and Chinese translations
 * that are written in Han, kana or Hangul ("프랑스", "ロシア", "俄罗斯",
 * "美国"), with the short forms of full names ("러시아 연방" -> "러시아"), as
 * lines of a table of bodies (text.h, text_orgs_parse()) whose key is "@"
 * and the ISO 3166-1 code ("@FR\t*\t프랑스"); `*len` bytes, empty for a
 * NULL gazetteer. A form two countries share is left out. Owned by `gaz`.
 */
const char *td_gazetteer_cjk_countries(const struct td_gazetteer *gaz, size_t *len);

/*
 * The cities that name time zones (tzdata's zone1970.tab) in Han, kana,
 * Hangul, Cyrillic, Greek, Arabic and Devanagari letters, from ICU's
 * localised exemplar city names ("悉尼", "シドニー", "시드니", "Сидней",
 * "فيينا"), as lines of a table of bodies (text.h, text_orgs_parse()) whose
 * key is "@" and the English name folded ("@sydney\t*\t悉尼"; a country's
 * is "@" and its upper-case code). Left out: a form two cities share, a
 * country's name or a weekday or month in a language read, a city that
 * bears a country's name ("Singapore"), one Han character, three Arabic
 * letters. Read from ICU on the first call (thread-safe; about 100 M
 * instructions), not when the gazetteer opens. `*len` bytes, empty for a
 * NULL gazetteer, without ICU's zone data or out of memory. Owned by `gaz`.
 */
const char *td_gazetteer_cities(const struct td_gazetteer *gaz, size_t *len);

/*
 * Whether `name[0..n)` (as written: "Hungarian", "Swedish") is a people's
 * adjective the gazetteer knows, derived from a country name or a language
 * name, and no place name itself: the tagger calls such a word a place, and
 * a list of who took part may want to leave it out. `name` is borrowed.
 * False for a NULL gazetteer.
 */
bool td_gazetteer_demonym(const struct td_gazetteer *gaz, const char *name, size_t n);

/*
 * Like `td_gazetteer_demonym()`, and also true for a people's adjective or
 * noun in one of the translations read (fr, de, es, it, pt, nl), in any case
 * and inflection the regular endings give: the translated names of the
 * languages whose English name is an adjective ("Néerlandaise", "Français",
 * "französische", "española", "Tedeschi", "Franse"). Compared after NFKC and
 * case folding; a place as written is never one ("China"). `name` is
 * borrowed. False for a NULL gazetteer.
 */
bool td_gazetteer_demonym_any(const struct td_gazetteer *gaz, const char *name, size_t n);

/*
 * The process-wide gazetteer from the default place (as td_gazetteer_open
 * with `dir` NULL), loaded on the first call and kept until the process
 * ends; thread-safe. `*out` is NULL when the gazetteer is unavailable
 * (iso-codes not installed): the tagger then only loses its place-name
 * rule, and that is not retried. Errors: TD_ERR_NOMEM (retried next call).
 */
TD_NODISCARD enum td_err td_gazetteer_shared(const struct td_gazetteer **out);

/* ---- Tagging ---- */

/*
 * Finds the named entities of `text` (`len` bytes of UTF-8) and replaces
 * the contents of `out` with them, in text order, never overlapping. `gaz`
 * is borrowed and may be NULL (no gazetteer places). `lang` is "en", "es",
 * "de" or "fr"; NULL, "" or another code means English (German nouns are
 * all capitalised, so for "de" a lone capitalised word needs stronger
 * evidence). Errors: TD_ERR_INVALID (NULL text or out, text that is not
 * valid UTF-8), TD_ERR_TOO_LARGE
 * (text over 16 MiB), TD_ERR_NOMEM; on error `out` is untouched.
 */
TD_NODISCARD enum td_err td_entities_find(const struct td_gazetteer *gaz, const char *text,
                                          size_t len, const char *lang, struct td_mention_list *out,
                                          struct td_error *err);

/*
 * JSON Lines driver behind `tidings entities`: reads records
 * {"doc","text"[,"lang"][,"story"]} from `in` until EOF and writes one line
 * {"doc","start","end","type","text"} per mention to `out` (start/end in
 * code points). Consecutive records with the same non-empty "story" are
 * merged with a `td_entity_set` and written when the story ends, each
 * mention re-typed to its entity's majority type across those documents.
 * Blank lines are skipped; a record that cannot be read goes to
 * `on_reject` (may be NULL) with its 1-based line number and a borrowed
 * message, and is counted in `*rejected_out` (may be NULL). Errors:
 * TD_ERR_INVALID (NULL stream), TD_ERR_IO, TD_ERR_NOMEM; the last two stop
 * the run.
 */
typedef void (*td_entity_reject_fn)(void *ctx, size_t lineno, const char *msg);
TD_NODISCARD enum td_err td_entities_tag_stream(const struct td_gazetteer *gaz, FILE *in, FILE *out,
                                                td_entity_reject_fn on_reject, void *ctx,
                                                size_t *rejected_out, struct td_error *err);

/* ---- Scoring ---- */

struct td_entity_prf {
    size_t gold, pred;            /* mentions counted */
    size_t gold_found;            /* gold mentions overlapped by a prediction of their type */
    size_t pred_correct;          /* predictions overlapping a gold mention of their type */
    double precision, recall, f1; /* 0 when undefined */
};

struct td_entity_scores {
    struct td_entity_prf per, org, loc;
    struct td_entity_prf micro; /* the three types pooled */
    size_t docs;                /* documents with a gold line */
};

/*
 * Scores predicted mentions against gold ones, both JSON Lines files of
 * {"doc","start","end","type"} (code points; "type" PER, ORG or LOC; other
 * fields ignored). A gold line {"doc","scope_end"} limits the scored part
 * of that document: predictions starting at or after it are ignored. A
 * prediction is correct when it overlaps a gold mention of the same type
 * in the same document; a gold mention is found when a prediction of its
 * type overlaps it (MUC-style overlap matching, per type and pooled).
 * Errors: TD_ERR_IO (a file cannot be read), TD_ERR_PARSE (a line that is
 * not such an object; the message names the file and line), TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_entity_score_files(const char *gold_path, const char *pred_path,
                                               struct td_entity_scores *out, struct td_error *err);

/* ---- Story-level merging ---- */

struct td_entity {
    const char *name;           /* canonical (longest full) form; owned by the set */
    enum td_entity_type type;   /* the type most of its mentions have */
    size_t count;               /* mentions across all documents */
    const char *const *aliases; /* other surface forms, owned by the set */
    size_t n_aliases;
};

struct td_entity_set;

/* Creates an empty set; free with `td_entity_set_free()`. Errors: TD_ERR_NOMEM. */
TD_NODISCARD enum td_err td_entity_set_new(struct td_entity_set **out, struct td_error *err);
/* Frees a set and every entity it returned; NULL is fine. */
void td_entity_set_free(struct td_entity_set *set);

/*
 * Adds one document: its `text` (`len` bytes) and the mentions found in it
 * (normally by `td_entities_find()` on the same text). Both are borrowed;
 * the surface strings are copied. Documents are numbered 0, 1, ... in the
 * order they are added. The text is also scanned for renaming phrases
 * ("now known as X", "goes by X", "changed his/her name to X"), which make
 * X an alias of the person named just before. Errors: TD_ERR_INVALID
 * (NULL arguments, a mention outside the text, a set already resolved),
 * TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_entity_set_add(struct td_entity_set *set, const char *text, size_t len,
                                           const struct td_mention_list *mentions,
                                           struct td_error *err);

/*
 * Merges the mentions of all documents into entities: a mention whose
 * words are a part of a longer name of a compatible type ("West", "Kanye"
 * of "Kanye West"; "GM" as the initials of "General Motors") joins it,
 * renaming aliases join their person, and each entity takes the type most
 * of its mentions have. After this, no more documents may be added; a
 * second call does nothing. Errors: TD_ERR_INVALID (NULL set),
 * TD_ERR_NOMEM (the set is then unusable except for free).
 */
TD_NODISCARD enum td_err td_entity_set_resolve(struct td_entity_set *set, struct td_error *err);

/* Number of entities (0 before resolve), most mentioned first. */
size_t td_entity_set_count(const struct td_entity_set *set);
/* Entity `i` (< count), NULL otherwise; borrowed, valid until the set is freed. */
const struct td_entity *td_entity_set_get(const struct td_entity_set *set, size_t i);
/*
 * Index of the entity that mention `mention` of document `doc` belongs to,
 * or SIZE_MAX when either index is out of range or the set is unresolved.
 */
size_t td_entity_set_entity_of(const struct td_entity_set *set, size_t doc, size_t mention);

#endif
