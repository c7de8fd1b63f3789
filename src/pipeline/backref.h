/*
 * backref.h (private to pipeline/) - the clauses of an article's text that
 * date another happening away from the one it reports ("a day after India's
 * Saffron Air ordered...", "drei Tage nach der Strandung auf Rømø"). The
 * names only such a clause holds are evidence about that other happening:
 * the engine keeps them out of the article's event-level anchors and still
 * gives them to its storyline (docs/QUALITY.md, "Names that date themselves
 * away"). A clause is a time unit of days or weeks and the word "after" of
 * the text's language, with what follows it up to a clause boundary or
 * BACKREF_WORDS words (Chinese and Japanese: what precedes "N 天后" / "N
 * 日後" back to a boundary; Chinese "第二起", "the second [incident]",
 * to the end of its sentence, where the first one is told). Hours are left
 * out: "hours after the quake" tells the same happening.
 */
#ifndef TD_PIPELINE_BACKREF_H
#define TD_PIPELINE_BACKREF_H

#include <stddef.h>

/* Most clauses found in one text (the first ones). */
#define BACKREF_MAX_SPANS 8
/*
 * Most words a clause takes after its "after", not counting words of
 * BACKREF_SHORT letters or fewer.
 */
#define BACKREF_WORDS 6
#define BACKREF_SHORT 2
/* Most bytes a Chinese or Japanese clause reaches back before its cue. */
#define BACKREF_BACK_BYTES 120

struct backref_spans {
    size_t n;
    size_t start[BACKREF_MAX_SPANS]; /* byte offsets, in text order, not overlapping */
    size_t end[BACKREF_MAX_SPANS];
};

/*
 * Finds the clauses of `text[0..len)` (valid UTF-8; language `lang`, a
 * canonical code, NULL or "" for none) into `*out`. Languages without a
 * table give none. Never fails.
 */
void backref_find(const char *text, size_t len, const char *lang, struct backref_spans *out);

#endif
