/*
 * text_days.h (private to pipeline/) - what an article's text says of when
 * it was written, for the event level's `date_split` (cluster.h): the day
 * of a dateline, and the latest day the text mentions outside talk of the
 * future. Only a short first line and the sentences holding a year are
 * tagged, so a text without years costs one scan for digits.
 */
#ifndef TD_PIPELINE_TEXT_DAYS_H
#define TD_PIPELINE_TEXT_DAYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Bytes at the head of a text where a dateline's date must start, and most bytes of its line. */
#define TEXT_DAYS_DATELINE_START 40
#define TEXT_DAYS_DATELINE_BYTES 120
/*
 * Most bytes of a sentence holding a year read before the year and after
 * it: the words that make it a plan ("will", "expected") mostly come first.
 */
#define TEXT_DAYS_BEFORE_BYTES 200
#define TEXT_DAYS_AFTER_BYTES 40
/* Most sentences holding a year read in one text (the first ones). */
#define TEXT_DAYS_MAX_YEARS 64

struct text_days {
    bool has_told;     /* a full date opens a short first line (a dateline) */
    int64_t told_day;  /* its day, days since 1970-01-01 */
    bool has_after;    /* the dateline, or an explicit date outside talk of the future */
    int64_t after_day; /* its day; for a date, the latest first day of one (to the month at
                        * most), or the day after it when the words before place the
                        * writer past it ("back in 2019") */
};

/*
 * Reads `text[0..len)` (NUL-terminated at `len` or before, which ends it;
 * language `lang`, NULL or "" for English) into `*out`. A text with a
 * dateline was written on or after its day: that is its bound, and the
 * rest is not read. Otherwise the sentences holding a year (the first
 * TEXT_DAYS_MAX_YEARS) are tagged from the latest year down (the first in
 * the text among equals) until one bounds the writing within its year or
 * later. Out of memory, or a text the tagger
 * refuses, gives nothing; never fails.
 */
void text_days_read(const char *text, size_t len, const char *lang, struct text_days *out);

#endif
