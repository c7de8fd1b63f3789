/*
 * test_train_file.c - tests of src/eval/train_file.c (`td_train_files`): a
 * small labelled stream trains a model that parses and places the stream
 * as labelled; bad arguments and records fail with clear messages; and
 * allocation failures fail cleanly (no model written, no leak under ASan).
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cluster/model.h"
#include "core/alloc.h"
#include "test.h"
#include "tidings/eval.h"
#include "tidings/train.h"

/* Two kinds of event, two of each kind, told in short articles written for this test. */
static const char *const stream[] = {
    "{\"id\":\"a1\",\"title\":\"Bakers strike in Orlen\",\"text\":\"Bakers in Orlen stopped "
    "work over night shifts. The Orlen union said 300 bakers joined.\",\"ev\":\"orlen\"}",
    "{\"id\":\"b1\",\"title\":\"Bakers strike in Vesk\",\"text\":\"Bakers in Vesk stopped work "
    "over pay. The Vesk union said 45 bakers joined.\",\"ev\":\"vesk\"}",
    "{\"id\":\"a2\",\"title\":\"Orlen bakers stay out\",\"text\":\"The 300 bakers of Orlen stayed "
    "out over night shifts for a second day, their union said.\",\"ev\":\"orlen\"}",
    "{\"id\":\"c1\",\"title\":\"Tram line opens in Derry Vale\",\"text\":\"The first tram ran on "
    "the new Derry Vale line, with 12 stops.\",\"ev\":\"tram\"}",
    "{\"id\":\"b2\",\"title\":\"Vesk bakers win pay rise\",\"text\":\"The 45 bakers of Vesk went "
    "back to work after a pay rise, the Vesk union said.\",\"ev\":\"vesk\"}",
    "{\"id\":\"c2\",\"title\":\"Derry Vale tram draws crowds\",\"text\":\"Crowds rode the Derry "
    "Vale tram on its first day; all 12 stops were busy.\",\"ev\":\"tram\"}",
    "{\"id\":\"a3\",\"title\":\"Orlen night shift deal ends strike\",\"text\":\"A deal on night "
    "shifts ended the strike of 300 bakers in Orlen.\",\"ev\":\"orlen\"}",
};

/* Writes the stream (with `skip_label_of` lines, if any, stripped of their label) to `path`. */
static void write_stream(const char *path, const char *skip_label_of)
{
    FILE *f = fopen(path, "w");
    size_t i;

    for (i = 0; f != NULL && i < sizeof(stream) / sizeof(stream[0]); i++) {
        char line[512];
        snprintf(line, sizeof(line), "%s", stream[i]);
        if (skip_label_of != NULL && strstr(line, skip_label_of) != NULL)
            memcpy(strstr(line, "\"ev\""), "\"xx\"", 4);
        fprintf(f, "%s\n", line);
    }
    if (f != NULL)
        fclose(f);
}

TD_TEST(test_train_file__learns_a_model_that_parses)
{
    char in[512], out[512];
    const char *paths[1] = {in};
    struct td_train_opts o = TD_TRAIN_OPTS_INIT;
    struct td_train_stats s;
    struct cluster_model m;

    snprintf(in, sizeof(in), "%s/s.jsonl", td_test_tmpdir());
    snprintf(out, sizeof(out), "%s/s.model", td_test_tmpdir());
    write_stream(in, NULL);
    o.label = "ev";
    o.out_path = out;
    ASSERT_OK(td_train_files(paths, 1, &o, &s, NULL));
    ASSERT_EQ_INT(s.articles, 7);
    ASSERT_EQ_INT(s.events, 3);
    ASSERT_TRUE(s.pairs >= s.pairs_positive && s.pairs_positive > 0);
    ASSERT_TRUE(s.decisions > s.decisions_positive && s.decisions_positive > 0);
    ASSERT_TRUE(s.tuned_bcubed_f1 >= s.fitted_bcubed_f1);
    ASSERT_OK(model_load(&m, out, NULL));
    /* More similarity, more likely the same event. */
    ASSERT_TRUE(m.rank[MF_COS] > 0);
}

/*
 * The model carries the options it was trained with: by default those of
 * the built-in model, else what `options` says; `name_keys` and unknown
 * options are refused before any work.
 */
TD_TEST(test_train_file__model_carries_its_options)
{
    char in[512], out[512];
    const char *paths[1] = {in};
    struct td_train_opts o = TD_TRAIN_OPTS_INIT;
    /* The options that change the text analysis, which training runs without. */
    static const char *const untrainable[] = {"name_keys",     "acronym_defs",  "furniture_text",
                                              "backref_names", "cjk_countries", "loose_romance",
                                              "page_furniture"};
    struct cluster_model m, builtin;
    struct td_error err;
    size_t i;

    snprintf(in, sizeof(in), "%s/s.jsonl", td_test_tmpdir());
    snprintf(out, sizeof(out), "%s/s.model", td_test_tmpdir());
    write_stream(in, NULL);
    o.label = "ev";
    o.out_path = out;
    ASSERT_OK(td_train_files(paths, 1, &o, NULL, NULL));
    ASSERT_OK(model_load(&m, out, NULL));
    ASSERT_OK(model_default(&builtin, NULL));
    ASSERT_NEAR(m.opt_xl_shared_only, builtin.opt_xl_shared_only, 0.0);
    ASSERT_NEAR(m.opt_undated_now, builtin.opt_undated_now, 0.0);
    ASSERT_NEAR(m.opt_title_names, builtin.opt_title_names, 0.0);
    ASSERT_NEAR(m.opt_short_margin, builtin.opt_short_margin, 0.0);
    ASSERT_NEAR(m.opt_anchor_margin, builtin.opt_anchor_margin, 0.0);
    ASSERT_NEAR(m.opt_name_keys, builtin.opt_name_keys, 0.0);
    ASSERT_NEAR(m.opt_date_split, builtin.opt_date_split, 0.0);
    o.options = "none,short_margin=1";
    ASSERT_OK(td_train_files(paths, 1, &o, NULL, NULL));
    ASSERT_OK(model_load(&m, out, NULL));
    ASSERT_NEAR(m.opt_short_margin, 1.0, 0.0);
    ASSERT_NEAR(m.opt_xl_shared_only + m.opt_undated_now + m.opt_title_names + m.opt_anchor_margin +
                    m.opt_name_keys + m.opt_date_split,
                0.0, 0.0);
    ASSERT_TRUE(m.rank[MF_COS] > 0);
    /* The Han readings the training pipeline itself makes (td_engine_opts): recorded. */
    o.options = "none,hanja_readings=1";
    ASSERT_OK(td_train_files(paths, 1, &o, NULL, NULL));
    ASSERT_OK(model_load(&m, out, NULL));
    ASSERT_NEAR(m.opt_hanja_readings, 1.0, 0.0);
    unlink(out);
    for (i = 0; i < sizeof(untrainable) / sizeof(untrainable[0]); i++) {
        char opt[64], want[96];

        (void)snprintf(opt, sizeof(opt), "%s=1", untrainable[i]);
        (void)snprintf(want, sizeof(want), "model option '%s' cannot be trained", untrainable[i]);
        o.options = opt;
        ASSERT_EQ_INT(td_train_files(paths, 1, &o, NULL, &err), TD_ERR_INVALID);
        ASSERT_TRUE(strstr(err.msg, want) != NULL);
    }
    o.options = "short_margin=1,colour=0";
    ASSERT_EQ_INT(td_train_files(paths, 1, &o, NULL, &err), TD_ERR_INVALID);
    ASSERT_STREQ(err.msg, "unknown model option 'colour'");
    ASSERT_TRUE(access(out, F_OK) != 0);
}

TD_TEST(test_train_file__errors_name_their_cause)
{
    char in[512], out[512], bad_out[512];
    const char *paths[1] = {in};
    struct td_train_opts o = TD_TRAIN_OPTS_INIT;
    struct td_error err;

    snprintf(in, sizeof(in), "%s/s.jsonl", td_test_tmpdir());
    snprintf(out, sizeof(out), "%s/s.model", td_test_tmpdir());
    snprintf(bad_out, sizeof(bad_out), "%s/no/such/dir.model", td_test_tmpdir());
    o.label = "ev";
    ASSERT_EQ_INT(td_train_files(paths, 1, &o, NULL, &err), TD_ERR_INVALID);
    ASSERT_STREQ(err.msg, "no output path for the model");
    o.out_path = out;
    ASSERT_EQ_INT(td_train_files(paths, 0, &o, NULL, &err), TD_ERR_INVALID);
    ASSERT_STREQ(err.msg, "no training file");
    ASSERT_EQ_INT(td_train_files(paths, 1, &o, NULL, &err), TD_ERR_IO);
    write_stream(in, "\"id\":\"c1\"");
    ASSERT_EQ_INT(td_train_files(paths, 1, &o, NULL, &err), TD_ERR_INVALID);
    ASSERT_TRUE(strstr(err.msg, "s.jsonl:4: record has no label 'ev'") != NULL);
    /* A second field name in the list labels that record. */
    o.label = "ev,xx";
    ASSERT_OK(td_train_files(paths, 1, &o, NULL, &err));
    o.label = "ev";
    write_stream(in, NULL);
    o.out_path = bad_out;
    ASSERT_EQ_INT(td_train_files(paths, 1, &o, NULL, &err), TD_ERR_IO);
    ASSERT_TRUE(strstr(err.msg, "cannot write model") != NULL);
}

TD_TEST(test_train_file__allocation_failures_write_nothing)
{
    char in[512], out[512];
    const char *paths[1] = {in};
    struct td_train_opts o = TD_TRAIN_OPTS_INIT;
    enum td_err rc = TD_ERR_NOMEM;
    long n, tries = 0;

    snprintf(in, sizeof(in), "%s/s.jsonl", td_test_tmpdir());
    snprintf(out, sizeof(out), "%s/s.model", td_test_tmpdir());
    write_stream(in, NULL);
    o.label = "ev";
    o.out_path = out;
    /* Every allocation up to 64, then ever sparser, until one run gets through. */
    for (n = 0; rc != TD_OK; n += 1 + (n > 64 ? n / 16 : 0), tries++) {
        struct td_error err;
        unlink(out);
        alloc_fail_after(n);
        rc = td_train_files(paths, 1, &o, NULL, &err);
        alloc_fail_after(-1);
        if (rc != TD_OK) {
            ASSERT_EQ_INT(err.code, rc);
            ASSERT_TRUE(access(out, F_OK) != 0);
        }
    }
    ASSERT_TRUE(tries > 10);
}
