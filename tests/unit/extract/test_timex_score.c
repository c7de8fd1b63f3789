/*
 * test_timex_score.c - tests of src/eval/timex_score.c (`tidings dates
 * --score`): counts and metrics of a hand-scored case, the one-to-one
 * relaxed matching (an augmenting path), document keys, error lines, and
 * file:line errors on bad input.
 */
#include <stdio.h>
#include <string.h>

#include "test.h"
#include "tidings/timex_score.h"

/* Writes `text` to `name` in the test directory; the path goes to `path`. */
static void write_file(char *path, size_t size, const char *name, const char *text)
{
    FILE *f;

    (void)snprintf(path, size, "%s/%s", td_test_tmpdir(), name);
    f = fopen(path, "w");
    ASSERT_TRUE(f != NULL);
    ASSERT_TRUE(fputs(text, f) >= 0);
    ASSERT_TRUE(fclose(f) == 0);
}

/* "Café" makes code points and bytes differ before every span. */
static const char gold_text[] =
    "{\"doc\":\"dir/d1.tml\",\"dct\":\"2020-05-06\",\"text\":\"Café on Monday, May 2020 and two "
    "days later.\",\"timexes\":["
    "{\"start\":8,\"end\":14,\"type\":\"DATE\",\"value\":\"2020-05-04\",\"text\":\"Monday\"},"
    "{\"start\":16,\"end\":24,\"type\":\"DATE\",\"value\":\"2020-05\"},"
    "{\"start\":29,\"end\":43,\"type\":\"date\",\"value\":\" 2020-05-06 \"}]}\n"
    "\n"
    "{\"doc\":\"d2\",\"text\":\"abcdefghijklmnop\",\"timexes\":["
    "{\"start\":0,\"end\":10,\"type\":\"DATE\",\"value\":\"A\"},"
    "{\"start\":5,\"end\":8,\"type\":\"DATE\",\"value\":\"B\"}]}\n";

static const char sys_text[] =
    "{\"doc\":\"d1\",\"start\":8,\"end\":14,\"type\":\"DATE\",\"value\":\"2020-05-04\"}\n"
    "{\"doc\":\"d1.tml\",\"start\":16,\"end\":19,\"type\":\"DATE\",\"value\":\"2020-05\"}\n"
    "{\"doc\":\"d1\",\"start\":29,\"end\":37,\"type\":\"DURATION\",\"value\":\"P2D\"}\n"
    "{\"doc\":\"d1\",\"start\":0,\"end\":4,\"type\":\"DATE\",\"value\":\"XXXX\"}\n"
    "{\"doc\":\"unknown\",\"start\":0,\"end\":1,\"type\":\"DATE\",\"value\":\"X\"}\n"
    "{\"doc\":\"d2\",\"start\":0,\"end\":8,\"type\":\"DATE\",\"value\":\"B\"}\n"
    "{\"doc\":\"d2\",\"start\":5,\"end\":6,\"type\":\"TIMEX\",\"value\":\"A\"}\n";

TD_TEST(test_timex_score__counts)
{
    struct td_timex_scores s;
    char gold[512], sys[512];

    write_file(gold, sizeof(gold), "gold.jsonl", gold_text);
    write_file(sys, sizeof(sys), "sys.jsonl", sys_text);
    ASSERT_OK(td_timex_score_files(gold, sys, NULL, &s, NULL));
    ASSERT_EQ_INT(s.docs, 2);
    ASSERT_EQ_INT(s.gold, 5);
    ASSERT_EQ_INT(s.system, 6);
    ASSERT_EQ_INT(s.ignored, 1);
    ASSERT_EQ_INT(s.bad_type, 1);
    /* d1: Monday strict; May ~ May 2020; two days ~ two days later; Café spurious.
     * d2: [0,8) prefers [0,10) (larger overlap), then [5,6) can only have
     * [0,10) by moving [0,8) to [5,8): both match. */
    ASSERT_EQ_INT(s.strict.match, 1);
    ASSERT_EQ_INT(s.relaxed.match, 5);
    ASSERT_NEAR(s.strict.precision, 1.0 / 6, 1e-12);
    ASSERT_NEAR(s.strict.recall, 1.0 / 5, 1e-12);
    ASSERT_NEAR(s.strict.f1, 2.0 / 11, 1e-12);
    ASSERT_NEAR(s.relaxed.f1, 2 * (5.0 / 6) / (5.0 / 6 + 1), 1e-12);
    /* types: Monday, May and d2 [0,8) are right; DURATION and TIMEX are wrong */
    ASSERT_EQ_INT(s.type_correct, 3);
    /* values: Monday, May, d2 [0,8)->[5,8) "B", [5,6)->[0,10) "A"; the trimmed
     * " 2020-05-06 " differs from P2D. */
    ASSERT_EQ_INT(s.value_correct, 4);
    ASSERT_NEAR(s.value_accuracy, 4.0 / 5, 1e-12);
    ASSERT_NEAR(s.value_f1, s.value_accuracy * s.relaxed.f1, 1e-12);
}

TD_TEST(test_timex_score__error_lines)
{
    struct td_timex_scores s;
    char gold[512], sys[512], errs[512], buf[2048];
    size_t n;
    FILE *f;

    write_file(gold, sizeof(gold), "gold2.jsonl", gold_text);
    write_file(sys, sizeof(sys), "sys2.jsonl", sys_text);
    (void)snprintf(errs, sizeof(errs), "%s/errors.tsv", td_test_tmpdir());
    f = fopen(errs, "w+");
    ASSERT_TRUE(f != NULL);
    ASSERT_OK(td_timex_score_files(gold, sys, f, &s, NULL));
    rewind(f);
    n = fread(buf, 1, sizeof(buf) - 1, f);
    buf[n] = '\0';
    fclose(f);
    ASSERT_TRUE(strstr(buf, "d1\textent\tgold \"May 2020\" [16,24) DATE 2020-05\tsys \"May\" "
                            "[16,19) DATE 2020-05\n") != NULL);
    ASSERT_TRUE(strstr(buf, "d1\tvalue\tgold \"two days later\" [29,43) DATE 2020-05-06\tsys "
                            "\"two days\" [29,37) DURATION P2D\n") != NULL);
    ASSERT_TRUE(strstr(buf, "d1\tspurious\tsys \"Café\" [0,4) DATE XXXX\n") != NULL);
    ASSERT_TRUE(strstr(buf, "missed") == NULL);
}

/* Scoring `gold_line` + `sys_line` fails with `code` and a message holding `want`. */
static void check_bad(const char *gold_line, const char *sys_line, enum td_err code,
                      const char *want)
{
    struct td_timex_scores s;
    struct td_error err;
    char gold[512], sys[512];

    write_file(gold, sizeof(gold), "bad_gold.jsonl", gold_line);
    write_file(sys, sizeof(sys), "bad_sys.jsonl", sys_line);
    ASSERT_EQ_INT(td_timex_score_files(gold, sys, NULL, &s, &err), code);
    if (strstr(td_error_message(&err, code), want) == NULL)
        td_test_fail(__FILE__, __LINE__, "message '%s' lacks '%s'", td_error_message(&err, code),
                     want);
}

TD_TEST(test_timex_score__bad_input)
{
    static const char ok_gold[] = "{\"doc\":\"a\",\"text\":\"abc\",\"timexes\":[]}\n";

    check_bad("{\"doc\":\"a\",\"text\":\"abc\",\"timexes\":[{\"start\":1,\"end\":9}]}\n", "",
              TD_ERR_PARSE, "bad_gold.jsonl:1: span [1, 9) outside document 'a' (length 3)");
    check_bad(ok_gold, "\n{\"start\":0,\"end\":1}\n", TD_ERR_PARSE,
              "bad_sys.jsonl:2: record lacks 'doc'");
    check_bad(ok_gold, "{\"doc\":\"a\",\"start\":\"0\",\"end\":1}\n", TD_ERR_PARSE,
              "'start' and 'end' must be non-negative integers");
    check_bad("{\"doc\":\"a\",\"text\":\"abc\",\"timexes\":[{\"start\":0,\"end\":1,\"text\":\"b\"}]}\n",
              "", TD_ERR_PARSE, "'text' does not match its span [0, 1)");
    check_bad("{\"doc\":\"a\",\"text\":\"abc\"}\n", "", TD_ERR_PARSE, "bad_gold.jsonl:1: gold document needs");
    check_bad("not json\n", "", TD_ERR_PARSE, "bad_gold.jsonl:1: invalid JSON");
    check_bad("\n", "", TD_ERR_INVALID, "no gold documents");
    check_bad("{\"doc\":\"a\",\"text\":\"abc\",\"timexes\":[]}\n{\"doc\":\"a\",\"text\":\"abd\",\"timexes\":[]}\n",
              "", TD_ERR_PARSE, "bad_gold.jsonl:2: document 'a' already read from line 1");
}

TD_TEST(test_timex_score__duplicate_gold_and_missing_file)
{
    struct td_timex_scores s;
    char gold[512], sys[512];

    /* an identical copy of a gold document is dropped, not counted twice */
    write_file(gold, sizeof(gold), "dup.jsonl",
               "{\"doc\":\"a\",\"text\":\"abc\",\"timexes\":[{\"start\":0,\"end\":1}]}\n"
               "{\"doc\":\"a.tml\",\"text\":\"abc\",\"timexes\":[{\"start\":0,\"end\":1}]}\n");
    write_file(sys, sizeof(sys), "dup_sys.jsonl", "");
    ASSERT_OK(td_timex_score_files(gold, sys, NULL, &s, NULL));
    ASSERT_EQ_INT(s.docs, 1);
    ASSERT_EQ_INT(s.gold, 1);
    ASSERT_EQ_INT(s.system, 0);
    ASSERT_NEAR(s.relaxed.f1, 0.0, 1e-12);
    ASSERT_EQ_INT(td_timex_score_files("/nonexistent/gold.jsonl", sys, NULL, &s, NULL),
                  TD_ERR_IO);
}
