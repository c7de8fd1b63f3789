/*
 * timex_score.h - scoring temporal expressions (TIMEX3) against gold, as in
 * the TempEval-3 task A toolkit (`tidings dates --score`).
 *
 * Gold is JSON Lines, one document a line:
 *   {"doc", "text", "timexes": [{"start","end","type","value"[,"text"]}, ...]}
 * (what ../shared/tools/timeml2text.py --with-gold and meantime_bio.py
 * write; other fields are ignored). System output is JSON Lines, one timex a
 * line: {"doc","start","end","type","value"}, as `tidings dates` prints it.
 * Offsets are 0-based, end-exclusive Unicode code points into "text".
 * Documents are keyed by "doc" without directory and ".tml" suffix.
 *
 * Matching, per document: a system and a gold timex match *strictly* when
 * their spans are identical and *relaxed* when they share a character. Both
 * matchings are one-to-one: strict pairs are taken first (system order, each
 * span's first free gold timex), then the relaxed matching is grown from them
 * into a maximum matching by augmenting paths, each system timex trying its
 * gold candidates identical span first, then larger overlap, then gold order.
 * Metrics, pooled over documents: strict and relaxed P = matched / system,
 * R = matched / gold, F1; type and value accuracy = correct attribute /
 * relaxed matches; type and value F1 = accuracy x relaxed F1. Types compare
 * case-insensitively (stored upper case), values as exact strings with
 * surrounding white space removed. This is ../shared/tools/timeml_score.py's
 * definition; scripts/eval_dates.sh checks that both agree.
 *
 * Thread-safety: no shared state.
 */
#ifndef TIDINGS_TIMEX_SCORE_H
#define TIDINGS_TIMEX_SCORE_H

#include <stddef.h>
#include <stdio.h>

#include "tidings/error.h"

struct td_timex_prf {
    size_t match;
    double precision, recall, f1;
};

struct td_timex_scores {
    size_t docs, gold, system;     /* gold documents, gold and system timexes scored */
    size_t ignored;                /* system records naming a document not in gold */
    size_t bad_type;               /* system records whose type is not a TIMEX3 type */
    struct td_timex_prf strict, relaxed;
    size_t type_correct, value_correct;
    double type_accuracy, type_f1;
    double value_accuracy, value_f1;
};

/*
 * Scores the system file `sys_path` against the gold file `gold_path`. When
 * `errors` is not NULL, one tab-separated line per error is written to it:
 * doc, kind (missed, spurious, extent, value), then the gold and/or system
 * timex as JSON-quoted text, [start,end), type, value. Errors: TD_ERR_IO
 * (cannot open or read a file), TD_ERR_PARSE (bad JSON, a missing field, a
 * span outside its document, gold "text" not matching its span, two
 * different gold documents with one key: the message names file and line),
 * TD_ERR_INVALID (no gold document, NULL arguments), TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_timex_score_files(const char *gold_path, const char *sys_path,
                                              FILE *errors, struct td_timex_scores *out,
                                              struct td_error *err);

#endif
