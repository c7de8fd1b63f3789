/*
 * closing.h (private to pipeline/) - where the closing part of a long text
 * starts: its last quarter of sentences, which the event level does not read
 * (docs/QUALITY.md, "Background sentences (`events10`)"). One scan of the
 * bytes; no tagging, no allocation.
 */
#ifndef TD_PIPELINE_CLOSING_H
#define TD_PIPELINE_CLOSING_H

#include <stddef.h>

/* Fewest sentences a text has for its closing part to be set apart. */
#define CLOSING_MIN_SENTENCES 12
/* The closing part is the sentences from index `n * CLOSING_KEEP_NUM / CLOSING_KEEP_DEN` on. */
#define CLOSING_KEEP_NUM 3
#define CLOSING_KEEP_DEN 4

/*
 * The byte offset in `text[0..len)` (UTF-8, NUL-terminated at `len` or
 * after it: the scan reads on to the NUL past a byte of interest)
 * where its closing part starts, or `len` when the text has fewer than
 * CLOSING_MIN_SENTENCES sentences. A sentence ends at '.', '!' or '?'
 * followed by white space, at a line break, and after '。', '！' or '？';
 * a piece holding only white space is no sentence. The offset is that of
 * the first byte of the closing part's first sentence.
 */
size_t closing_start(const char *text, size_t len);

#endif
