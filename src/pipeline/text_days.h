/*
 * text_days.h (private to pipeline/) - what an article's text says of when
 * it was written, for the event level's `date_split` (cluster.h): the day
 * of a dateline, and the latest day the text mentions outside talk of the
 * future. Only the first line and the sentences holding a year are tagged,
 * so a text without years costs one pass over its bytes.
 */
#ifndef TD_PIPELINE_TEXT_DAYS_H
#define TD_PIPELINE_TEXT_DAYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Bytes at the head of a text where a dateline's date must start, and most bytes of its line. */
#define TEXT_DAYS_DATELINE_START 40
#define TEXT_DAYS_DATELINE_BYTES 120
/* Most bytes a sentence holding a year is read over on each side of the year. */
#define TEXT_DAYS_SENTENCE_BYTES 300

struct text_days {
    bool has_told;     /* a full date opens a short first line (a dateline) */
    int64_t told_day;  /* its day, days since 1970-01-01 */
    bool has_after;    /* an explicit date outside talk of the future */
    int64_t after_day; /* the latest first day of one, or the day after it when the
                        * words before place the writer past it ("back in 2019") */
};

/*
 * Reads `text[0..len)` (NUL-terminated at `len` or before, which ends it;
 * language `lang`, NULL or "" for English) into
 * `*out`. A mention after the dateline's day is of what is to come, and is
 * dropped. Out of memory, or a text the tagger refuses, gives nothing;
 * never fails.
 */
void text_days_read(const char *text, size_t len, const char *lang, struct text_days *out);

#endif
