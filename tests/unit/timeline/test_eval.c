/*
 * test_eval.c - tests of src/timeline/eval.c: one gold record scored
 * against the article's timeline, and malformed records.
 */
#include <stdio.h>
#include <string.h>

#include "test.h"
#include "tidings/timeline.h"

static const char record[] =
    "{\"doc\":\"r\",\"dct\":\"2023-03-11\",\"text\":\"The council voted on March 10, 2023 to "
    "restore the tower. It was built in 1887.\",\"gold\":["
    "{\"start\":0,\"end\":57,\"date\":\"2023-03-10\"},"
    "{\"start\":0,\"end\":57,\"date\":\"2023-03-XX\"},"
    "{\"start\":58,\"end\":79,\"date\":\"1887-05-XX\"},"
    "{\"start\":58,\"end\":79,\"date\":\"XXXX-XX-XX\"}]}";

TD_TEST(test_eval__scores_to_gold_precision)
{
    struct td_timeline_score s = {0, 0, 0};

    ASSERT_OK(td_timeline_eval_json(record, strlen(record), &s, NULL));
    /* Day and month agree; 1887 is too coarse for a month gold; XXXX is not counted. */
    ASSERT_EQ_INT(s.gold, 3);
    ASSERT_EQ_INT(s.dated, 3);
    ASSERT_EQ_INT(s.correct, 2);
    ASSERT_OK(td_timeline_eval_json(record, strlen(record), &s, NULL));
    ASSERT_EQ_INT(s.gold, 6); /* scores add up */
}

struct bad {
    const char *line;
    enum td_err want;
};

static const struct bad bad_lines[] = {
    {"[1,2]", TD_ERR_PARSE},
    {"{\"doc\":\"r\",\"gold\":[]}", TD_ERR_INVALID},
    {"{\"doc\":\"r\",\"text\":\"abc\",\"gold\":{}}", TD_ERR_INVALID},
    {"{\"doc\":\"r\",\"text\":\"abc\",\"gold\":[{\"start\":0,\"end\":9,\"date\":\"2020\"}]}",
     TD_ERR_INVALID},
    {"{\"doc\":\"r\",\"text\":\"abc\",\"gold\":[{\"start\":0,\"end\":2}]}", TD_ERR_INVALID},
    {"{\"doc\":\"r\",\"dct\":\"soon\",\"text\":\"abc\",\"gold\":[]}", TD_ERR_PARSE},
};

TD_TEST(test_eval__bad_records)
{
    struct td_timeline_score s = {0, 0, 0};
    struct td_error err;
    size_t i;

    for (i = 0; i < sizeof(bad_lines) / sizeof(bad_lines[0]); i++)
        ASSERT_EQ_INT(td_timeline_eval_json(bad_lines[i].line, strlen(bad_lines[i].line), &s, &err),
                      bad_lines[i].want);
    ASSERT_EQ_INT(td_timeline_eval_json(NULL, 0, &s, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(s.gold, 0);
}

static void count_reject(void *ctx, size_t lineno, const char *msg)
{
    size_t *last = ctx;

    (void)msg;
    *last = lineno;
}

TD_TEST(test_eval__stream_sums_and_rejects)
{
    struct td_timeline_score s;
    struct td_error err;
    size_t rejected = 0, last = 0;
    FILE *f = tmpfile();

    ASSERT_TRUE(f != NULL);
    fprintf(f, "%s\n\n%s\nnot json\n", record, record);
    rewind(f);
    ASSERT_OK(td_timeline_eval_stream(f, &s, count_reject, &last, &rejected, &err));
    ASSERT_EQ_INT(s.gold, 6);
    ASSERT_EQ_INT(s.correct, 4);
    ASSERT_EQ_INT(rejected, 1);
    ASSERT_EQ_INT(last, 4);
    fclose(f);
    /* A stream that cannot be read is an I/O error. */
    f = fopen("/dev/null", "w");
    ASSERT_TRUE(f != NULL);
    ASSERT_EQ_INT(td_timeline_eval_stream(f, &s, NULL, NULL, NULL, &err), TD_ERR_IO);
    fclose(f);
}
