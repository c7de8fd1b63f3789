/*
 * dedup.h (module interface) - exact-duplicate signatures. The content hash
 * covers the body (the title when the body is empty) with runs of white
 * space collapsed, so a copy that differs only in formatting or headline
 * is still an exact copy; the record hash
 * covers every field, to tell a re-ingested record from a conflicting one.
 * Near-duplicates: a MinHash signature over word 3-shingles (minhash.c) and
 * an in-memory banded LSH index over the most recent articles (near.c);
 * page furniture (lines many recent articles carry) is left out of the
 * signature (furniture.c), and a proposed copy is checked on both texts (pair.c).
 */
#ifndef TD_DEDUP_DEDUP_H
#define TD_DEDUP_DEDUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tidings/article.h"
#include "tidings/error.h"
#include "tidings/mem.h"

struct td_buf;

#define DEDUP_HASH_BYTES 16

/* XXH3-128 of the body (or the title of a title-only article), white space collapsed. */
void dedup_content_hash(const struct td_article *a, uint8_t out[DEDUP_HASH_BYTES]);
/* XXH3-128 of every field of the record (id excluded). */
void dedup_record_hash(const struct td_article *a, uint8_t out[DEDUP_HASH_BYTES]);
/* Lower-case hex of a hash, NUL-terminated. */
void dedup_hex(const uint8_t h[DEDUP_HASH_BYTES], char out[2 * DEDUP_HASH_BYTES + 1]);


/*
 * Near-duplicates. A body becomes the set of its word 3-shingles (words are
 * runs of ASCII letters and digits or non-ASCII bytes, ASCII case-folded).
 * Its signature is a one-permutation MinHash: each shingle is hashed once
 * (XXH3-64), the hash picks one of DEDUP_NEAR_HASHES bins and the bin keeps
 * the top 16 bits of its minimum; empty bins borrow from the next filled
 * one (densification). The share of equal positions in two signatures estimates
 * the Jaccard similarity of the shingle sets. The LSH index cuts a signature
 * into bands of DEDUP_NEAR_ROWS values; two articles that agree on a whole
 * band are candidates, and a candidate whose estimate reaches
 * DEDUP_NEAR_MIN_MATCHES / DEDUP_NEAR_HASHES (0.22) is a near copy.
 * Tuning is in docs/QUALITY.md: copies with up to 30 % word edits score
 * about 0.25 and more; rewrites of a story by other outlets mostly below 0.2.
 */
#define DEDUP_NEAR_HASHES 128
#define DEDUP_NEAR_ROWS 2
#define DEDUP_NEAR_BANDS (DEDUP_NEAR_HASHES / DEDUP_NEAR_ROWS)
#define DEDUP_NEAR_SHINGLE_WORDS 3
#define DEDUP_NEAR_MIN_MATCHES 28
/* Bodies with fewer shingles (about 12 words) get exact-copy checks only. */
#define DEDUP_NEAR_MIN_SHINGLES 10
/*
 * The index keeps the most recent DEDUP_NEAR_WINDOW articles (about 800
 * bytes each once the ring is full: a 288-byte ring entry with signature,
 * story and an id of up to 22 bytes inline, and 64 band slots of 4 bytes at
 * a load of 1/2); older ones are evicted, so a copy of an article that many
 * arrivals back is not found. Memory grows with the articles indexed, by
 * doubling, up to the window.
 */
#define DEDUP_NEAR_WINDOW 200000

struct dedup_sig {
    uint16_t h[DEDUP_NEAR_HASHES];
    size_t shingles;  /* shingle positions seen; below DEDUP_NEAR_MIN_SHINGLES not indexed */
};

/* Bytes of a serialized signature: the shingle count, then every hash, little-endian. */
#define DEDUP_SIG_BYTES (4 + 2 * DEDUP_NEAR_HASHES)

/* Writes `sig` into `out` (DEDUP_SIG_BYTES). */
void dedup_sig_serialize(const struct dedup_sig *sig, unsigned char out[DEDUP_SIG_BYTES]);
/* Reads a signature written by dedup_sig_serialize. Errors: TD_ERR_PARSE (wrong size). */
TD_NODISCARD enum td_err dedup_sig_parse(struct dedup_sig *sig, const void *data, size_t len);

/* The LSH index: hash seeds, a ring of recent signatures, the band table. */
struct dedup_near;

/*
 * Page furniture (furniture.c): blocks a site prints on many pages ("more
 * in this section", "most read", cookie and newsletter notices, copyright
 * lines, bylines) are no content, and two different pages that share them
 * are no copies. A line (text between line feeds) is known by a hash of
 * its words (case-folded, punctuation ignored); the table counts, for each
 * line hash, in how many of the latest DEDUP_FURN_WINDOW articles it
 * occurs. A line found in at least DEDUP_FURN_MIN_ARTICLES of them is
 * furniture: dedup_near_sig_clean() leaves it out of the signature. The
 * count needs no pass over the whole input and its memory is fixed (about
 * 6 MiB for the default window): an article's first DEDUP_FURN_HEAD and
 * last lines, DEDUP_FURN_LINES in all, are counted.
 * Three and not two articles: the unchanged paragraphs of two copies of
 * one original are in two earlier articles when a third copy comes.
 */
#define DEDUP_FURN_WINDOW 4096
#define DEDUP_FURN_MIN_ARTICLES 3
#define DEDUP_FURN_LINES 48
#define DEDUP_FURN_HEAD 16

/*
 * Page furniture in the clustering text: a line may be left out of the
 * text that the event and story vectors and the names are taken from (the
 * engine decides when: clustering_text() in src/pipeline/engine.c) when it
 * is furniture for the signature, or when
 * it is in DEDUP_FURN_TEXT_MIN_ARTICLES counted articles placed in more
 * than one event (dedup_furniture_add_event()). So the block of a site or a
 * language goes from its third page on when its first two pages were about
 * two events, and from its fourth in any case; a paragraph two reports of
 * one event share (a wire paragraph both reprint) stays, as that event's
 * signal. From three articles on, the event cannot be asked: when the
 * block is what joined the first pages into one event, their events are
 * one, and the block would stay for ever. "More than one event" is
 * approximate: the table keeps a few bits of each article's event (a tag),
 * and asks whether the window's articles with the line are of more than
 * one tag. It used to ask whether any article since the line was first
 * counted, and continuously since, was of another tag than that first one:
 * the same while no article has left the window, but then a table filled
 * again from the window alone (a restart) could answer otherwise.
 */
#define DEDUP_FURN_TEXT_MIN_ARTICLES 2

/* dedup_furniture_kind() bits: out of the signature; out of the clustering text. */
#define DEDUP_FURN_SIG 1u
#define DEDUP_FURN_TEXT 2u

/* The distinct line hashes of one article that the furniture table counts. */
struct dedup_lines {
    uint32_t h[DEDUP_FURN_LINES];
    size_t n;    /* hashes in `h` */
    size_t seen; /* lines pushed past the first DEDUP_FURN_LINES; picks the tail slot to reuse */
    size_t text_furniture; /* lines of the text that are DEDUP_FURN_TEXT (dedup_near_sig_clean()) */
};

struct dedup_furniture;

/*
 * Creates a table over the latest `window` articles (0 means
 * DEDUP_FURN_WINDOW; at most 1,000,000). Free with dedup_furniture_free().
 * Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err dedup_furniture_new(size_t window, struct dedup_furniture **out,
                                             struct td_error *err);
void dedup_furniture_free(struct dedup_furniture *f);

/* Whether line hash `line` is furniture: in at least DEDUP_FURN_MIN_ARTICLES counted articles. */
bool dedup_furniture_has(const struct dedup_furniture *f, uint32_t line);
/* What line hash `line` is: DEDUP_FURN_SIG and DEDUP_FURN_TEXT bits, 0 for content. */
unsigned dedup_furniture_kind(const struct dedup_furniture *f, uint32_t line);

/*
 * Counts the lines of one more article (`lines` as dedup_near_sig_clean()
 * or dedup_lines_of() left them; an article without lines counts too, as
 * the window is a number of articles), forgetting the oldest article's
 * lines once `window` are counted. Cannot fail: the table is allocated
 * in full by dedup_furniture_new().
 */
void dedup_furniture_add(struct dedup_furniture *f, const struct dedup_lines *lines);
/*
 * dedup_furniture_add() for an article placed in event `event` (any id that
 * names the event; dedup_furniture_add() is event 0), so that a line counted
 * in articles of two events becomes DEDUP_FURN_TEXT.
 */
void dedup_furniture_add_event(struct dedup_furniture *f, const struct dedup_lines *lines,
                               int64_t event);

/* The hash of a line of `n` word hashes (as minhash.c computes them); never 0. */
uint32_t dedup_line_hash(const uint64_t *words, size_t n);
/* Adds `h` to `lines` unless it is there; past DEDUP_FURN_LINES, replaces the oldest tail line. */
void dedup_lines_push(struct dedup_lines *lines, uint32_t h);
/* The line hashes of `text` (NUL-terminated; NULL is empty) as dedup_near_sig_clean() has them. */
void dedup_lines_of(const char *text, struct dedup_lines *out);

/*
 * `text` (NUL-terminated; NULL is empty) without the lines that are
 * DEDUP_FURN_TEXT in `furn` (may be NULL: none), lines as the signature
 * reads them; into `out`, which is reset first. What stays is byte for
 * byte the text's (the line feeds that ended a left-out line go with it),
 * so valid UTF-8 stays valid. On success `*cut` is the number of lines
 * left out. Errors: TD_ERR_NOMEM, TD_ERR_TOO_LARGE (`out`'s cap): `out`
 * is then unspecified.
 */
TD_NODISCARD enum td_err dedup_furniture_strip(const struct dedup_furniture *furn, const char *text,
                                               struct td_buf *out, size_t *cut);

/*
 * The signature of `text` (NUL-terminated UTF-8; NULL is empty) without its
 * furniture lines (`furn` may be NULL: none), and its line hashes for
 * dedup_furniture_add(); `lines->text_furniture` counts the lines that are
 * DEDUP_FURN_TEXT, for dedup_furniture_strip(). When no line is furniture it equals
 * dedup_near_sig(): the words go to the shingles in the same order, and a
 * shingle may span a line feed or a left-out line.
 */
void dedup_near_sig_clean(const struct dedup_furniture *furn, const char *text,
                          struct dedup_sig *out, struct dedup_lines *lines);

/*
 * The pair test at flag time (pair.c): whether `text` is a copy of
 * `original` once furniture lines (by `furn`, may be NULL) are left out of
 * both. The shorter text's words must be shared enough (3-shingle
 * containment at least 0.2); at least half the words of one of the two
 * must lie in 3-word runs the other has too (a copy is mostly its
 * original's text, where two short reports that share a name phrase or a
 * standing description are not); the two must not disagree on every
 * figure (both give numbers on the lines they share, and neither has any
 * of the other's); and when each text keeps a substantial part
 * outside the lines the two share verbatim, those parts must share words
 * too (containment at least 0.15), so that two different pages of one
 * site, whose only common part is a block of lines not yet counted as
 * furniture, are not copies. On success `*is_copy` is the answer.
 * Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err dedup_pair_is_copy(const struct dedup_furniture *furn, const char *text,
                                            const char *original, bool *is_copy);

/*
 * Creates an index that keeps at most `window` articles (0 means
 * DEDUP_NEAR_WINDOW; at most 1,048,574, the most its slots can address). Free with dedup_near_free(). Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err dedup_near_new(size_t window, struct dedup_near **out,
                                        struct td_error *err);
void dedup_near_free(struct dedup_near *nx);

/* Computes the signature of `text` (NUL-terminated UTF-8; NULL is empty). */
void dedup_near_sig(const struct dedup_near *nx, const char *text, struct dedup_sig *out);

/*
 * The indexed article most similar to `sig` that reaches the threshold
 * (ties: the oldest), or NULL. The id is borrowed and stays valid until the
 * next dedup_near_add(); `*story_out` and `*matches_out` (may be NULL) are
 * set only on a match.
 */
const char *dedup_near_find(const struct dedup_near *nx, const struct dedup_sig *sig,
                            int64_t *story_out, int *matches_out);

/*
 * dedup_near_find() for an article dated `day` (days since 1970-01-01) when
 * `has_day`, under the date rule (dedup_near_set_copy_days()): an indexed
 * article dated too far from `day` is no candidate, and the best of the
 * others is returned.
 */
const char *dedup_near_find_dated(const struct dedup_near *nx, const struct dedup_sig *sig,
                                  bool has_day, int64_t day, int64_t *story_out);

/*
 * The date rule of dedup_near_find_dated(): a near copy is published close
 * in time to its original (a reprint, a light rewrite), so an indexed
 * article dated more than `max_days` days before or after the article
 * looked for is not its original; either one undated, the rule says
 * nothing. Exact copies are found elsewhere (the content hash), at any
 * distance. `max_days` 0 turns the rule off (the default).
 */
void dedup_near_set_copy_days(struct dedup_near *nx, int64_t max_days);

/* Bytes the index holds (ring, band tables, the struct; not ids over 22 bytes). */
size_t dedup_near_bytes(const struct dedup_near *nx);
/* Reports the index's memory (tidings/mem.h): its articles, and the bytes with long ids. */
void dedup_near_mem(const struct dedup_near *nx, td_mem_row_fn fn, void *ctx);

/*
 * Indexes `sig` under `id` (copied) and `story`, evicting the oldest
 * article past the window. A signature with too few shingles is ignored.
 * Errors: TD_ERR_NOMEM: `sig` is not indexed, and when the index could not
 * grow its tables it is emptied (the articles indexed before are no longer
 * found); growing frees the old tables first so as never to hold two.
 */
TD_NODISCARD enum td_err dedup_near_add(struct dedup_near *nx, const struct dedup_sig *sig,
                                        const char *id, int64_t story, struct td_error *err);

/*
 * Bounds the index by age as well as by its window, so that what it holds
 * follows the stream's recent days (the event level's active pool) rather
 * than a count of articles: before each add, the oldest article is evicted
 * while the index holds `keep` articles or more and that article's day is
 * more than `max_days` before the newest day added. The latest `keep - 1`
 * articles are thus never evicted by age, and a stream shorter than `keep`
 * keeps everything within the window. `keep` 0 turns the rule off (the
 * default). Articles are evicted oldest first, so one out of date order
 * waits for the older ones before it.
 */
void dedup_near_set_age(struct dedup_near *nx, size_t keep, int64_t max_days);

/*
 * dedup_near_add() for an article dated `day` (days since 1970-01-01) when
 * `has_day`; an undated one counts as dated on the newest day added before
 * it (or as older than every date, when none was). Errors: as
 * dedup_near_add().
 */
TD_NODISCARD enum td_err dedup_near_add_dated(struct dedup_near *nx, const struct dedup_sig *sig,
                                              const char *id, int64_t story, bool has_day,
                                              int64_t day, struct td_error *err);

#endif
