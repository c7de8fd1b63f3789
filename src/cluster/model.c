/*
 * model.c - the learned event scorer's weights: feature names, the two
 * logits, and the model file (text, versioned, one weight per line; see
 * model.h). The default model is data/models/events.model, compiled into
 * the library by cmake/embed_file.cmake.
 */
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cluster/cluster.h"
#include "cluster/model.h"
#include "core/alloc.h"

/* Longest model line accepted; real lines are under 40 bytes. */
#define LINE_MAX_BYTES 256
/* Largest model file read; a model is a few hundred bytes. */
#define FILE_MAX_BYTES (1024 * 1024)

static const char *const feature_names[MF_COUNT] = {
    "cos",      "anchor_cos",      "word_cos",          "xl_anchor_cos", "hits",   "log_size",
    "time_gap", "doc_anchor_miss", "event_anchor_miss", "nearest",       "rank_p", "margin",
};

const char *model_feature_name(enum model_feature f)
{
    return (size_t)f < MF_COUNT ? feature_names[f] : "?";
}

double model_rank(const struct cluster_model *m, const double *f)
{
    double s = m->rank_bias;
    size_t i;

    for (i = 0; i < MF_RANK_COUNT; i++)
        s += m->rank[i] * f[i];
    return s;
}

double model_join(const struct cluster_model *m, const double *f)
{
    double s = m->join_bias;
    size_t i;

    for (i = 0; i < MF_COUNT; i++)
        s += m->join[i] * f[i];
    return s;
}

/* The options a model file may set (`option.<name>`), and where each is kept. */
static const struct {
    const char *name;
    size_t offset;
} options[] = {
    {"option.xl_shared_only", offsetof(struct cluster_model, opt_xl_shared_only)},
    {"option.undated_now", offsetof(struct cluster_model, opt_undated_now)},
    {"option.title_names", offsetof(struct cluster_model, opt_title_names)},
    {"option.short_margin", offsetof(struct cluster_model, opt_short_margin)},
    {"option.anchor_margin", offsetof(struct cluster_model, opt_anchor_margin)},
    {"option.name_keys", offsetof(struct cluster_model, opt_name_keys)},
    {"option.date_split", offsetof(struct cluster_model, opt_date_split)},
    {"option.acronym_defs", offsetof(struct cluster_model, opt_acronym_defs)},
    {"option.furniture_text", offsetof(struct cluster_model, opt_furniture_text)},
    {"option.follow_margin", offsetof(struct cluster_model, opt_follow_margin)},
    {"option.follow_clock", offsetof(struct cluster_model, opt_follow_clock)},
    {"option.backref_names", offsetof(struct cluster_model, opt_backref_names)},
    {"option.cjk_countries", offsetof(struct cluster_model, opt_cjk_countries)},
    {"option.zone_cities", offsetof(struct cluster_model, opt_zone_cities)},
    {"option.hanja_readings", offsetof(struct cluster_model, opt_hanja_readings)},
    {"option.uncased_anchors", offsetof(struct cluster_model, opt_uncased_anchors)},
    {"option.loose_romance", offsetof(struct cluster_model, opt_loose_romance)},
    {"option.bare_names", offsetof(struct cluster_model, opt_bare_names)},
    {"option.page_furniture", offsetof(struct cluster_model, opt_page_furniture)},
    {"option.stamp_words", offsetof(struct cluster_model, opt_stamp_words)},
};
#define NOPTIONS (sizeof(options) / sizeof(options[0]))
/* Length of the "option." prefix of every name in `options`. */
#define OPTION_PREFIX_LEN 7

/* The option slot named `key` ("option.xl_shared_only"), or NULL. */
static double *option_of(struct cluster_model *m, const char *key, size_t len)
{
    size_t i;

    for (i = 0; i < NOPTIONS; i++)
        if (strlen(options[i].name) == len && memcmp(key, options[i].name, len) == 0)
            return (double *)((char *)m + options[i].offset);
    return NULL;
}

/* Sets the one item `item` (`len` bytes: "name=0|1" or "none") of an option list. */
static enum td_err set_option(struct cluster_model *m, const char *item, size_t len,
                              struct td_error *err)
{
    const char *eq = memchr(item, '=', len);
    size_t i, n = eq != NULL ? (size_t)(eq - item) : len;
    double *slot = NULL;

    if (eq == NULL && len == 4 && memcmp(item, "none", 4) == 0) {
        for (i = 0; i < NOPTIONS; i++)
            *(double *)((char *)m + options[i].offset) = 0.0;
        return TD_OK;
    }
    for (i = 0; i < NOPTIONS && slot == NULL; i++)
        if (strlen(options[i].name + OPTION_PREFIX_LEN) == n &&
            memcmp(item, options[i].name + OPTION_PREFIX_LEN, n) == 0)
            slot = (double *)((char *)m + options[i].offset);
    if (slot == NULL)
        return td_error_set(err, TD_ERR_INVALID, "unknown model option '%.*s'", (int)n, item);
    if (eq == NULL || len - n != 2 || (eq[1] != '0' && eq[1] != '1'))
        return td_error_set(err, TD_ERR_INVALID, "model option '%.*s' takes =0 or =1", (int)n,
                            item);
    *slot = eq[1] == '1' ? 1.0 : 0.0;
    return TD_OK;
}

enum td_err model_set_options(struct cluster_model *m, const char *list, struct td_error *err)
{
    while (list != NULL && *list != '\0') {
        size_t n = strcspn(list, ",");
        enum td_err rc = n > 0 ? set_option(m, list, n, err) : TD_OK;
        if (rc != TD_OK)
            return rc;
        list += list[n] == ',' ? n + 1 : n;
    }
    return TD_OK;
}

void model_copy_options(struct cluster_model *dst, const struct cluster_model *src)
{
    size_t i;

    for (i = 0; i < NOPTIONS; i++)
        *(double *)((char *)dst + options[i].offset) =
            *(const double *)((const char *)src + options[i].offset);
}

void model_cluster_opts(const struct cluster_model *m, struct cluster_opts *co)
{
    co->xl_shared_only = m->opt_xl_shared_only != 0;
    co->undated_now = m->opt_undated_now != 0;
    co->short_margin = m->opt_short_margin != 0;
    co->anchor_margin = m->opt_anchor_margin != 0;
    co->follow_margin = m->opt_follow_margin != 0;
    co->follow_clock = m->opt_follow_clock != 0;
    co->date_split = m->opt_date_split != 0;
    co->uncased_anchors = m->opt_uncased_anchors != 0;
}

/* The weight slot named `key` ("rank.cos", "join.bias"), or NULL. */
static double *slot_of(struct cluster_model *m, const char *key, size_t len)
{
    bool rank = len > 5 && memcmp(key, "rank.", 5) == 0;
    bool join = len > 5 && memcmp(key, "join.", 5) == 0;
    size_t i, n = rank ? MF_RANK_COUNT : MF_COUNT;

    if (!rank && !join)
        return option_of(m, key, len);
    key += 5;
    len -= 5;
    if (len == 4 && memcmp(key, "bias", 4) == 0)
        return rank ? &m->rank_bias : &m->join_bias;
    for (i = 0; i < n; i++)
        if (strlen(feature_names[i]) == len && memcmp(key, feature_names[i], len) == 0)
            return rank ? &m->rank[i] : &m->join[i];
    return NULL;
}

/* Checks the header line `line` ("tidings-event-model N"). */
static enum td_err parse_header(const char *line, const char *name, struct td_error *err)
{
    size_t n = strlen(MODEL_FORMAT);
    char *end;
    long v;

    if (strncmp(line, MODEL_FORMAT, n) != 0 || line[n] != ' ')
        return td_error_set(err, TD_ERR_PARSE, "%s:1: not a model file (want '%s %d')", name,
                            MODEL_FORMAT, MODEL_VERSION);
    errno = 0;
    v = strtol(line + n + 1, &end, 10);
    if (errno != 0 || end == line + n + 1 || *end != '\0')
        return td_error_set(err, TD_ERR_PARSE, "%s:1: bad format version '%s'", name, line + n + 1);
    if (v != MODEL_VERSION)
        return td_error_set(err, TD_ERR_UNSUPPORTED,
                            "%s:1: model format version %ld is not supported (want %d)", name, v,
                            MODEL_VERSION);
    return TD_OK;
}

/* Parses one weight line `line` (line number `lineno`) into `m`; `seen` marks set slots. */
static enum td_err parse_weight(struct cluster_model *m, unsigned char *seen, const char *line,
                                size_t lineno, const char *name, struct td_error *err)
{
    const char *sp = strchr(line, ' ');
    double *slot, v;
    char *end;
    size_t k;

    if (sp == NULL)
        return td_error_set(err, TD_ERR_PARSE, "%s:%zu: expected '<key> <number>'", name, lineno);
    slot = slot_of(m, line, (size_t)(sp - line));
    if (slot == NULL)
        return td_error_set(err, TD_ERR_PARSE, "%s:%zu: unknown weight '%.*s'", name, lineno,
                            (int)(sp - line), line);
    errno = 0;
    v = strtod(sp + 1, &end);
    if (errno != 0 || end == sp + 1 || *end != '\0' || !isfinite(v))
        return td_error_set(err, TD_ERR_PARSE, "%s:%zu: bad number '%s'", name, lineno, sp + 1);
    if (option_of(m, line, (size_t)(sp - line)) != NULL && v != 0 && v != 1)
        return td_error_set(err, TD_ERR_PARSE, "%s:%zu: an option is 0 or 1, not '%s'", name,
                            lineno, sp + 1);
    /* The model is all doubles: a slot's offset names it in `seen`. */
    k = (size_t)((char *)slot - (char *)m) / sizeof(double);
    if (seen[k])
        return td_error_set(err, TD_ERR_PARSE, "%s:%zu: weight '%.*s' given twice", name, lineno,
                            (int)(sp - line), line);
    seen[k] = 1;
    *slot = v;
    return TD_OK;
}

/*
 * Copies line `lineno` of `text` (from `*pos`) into `line`, trailing blanks
 * and CR removed. A comment line (after the header) may be of any length:
 * only its '#' is copied (`tidings train` writes its command line there).
 */
static enum td_err next_line(const char *text, size_t len, size_t *pos, char *line, size_t lineno,
                             const char *name, struct td_error *err)
{
    size_t start = *pos, end = start, n;

    while (end < len && text[end] != '\n')
        end++;
    *pos = end < len ? end + 1 : end;
    n = end - start;
    if (lineno > 1 && n > 0 && text[start] == '#')
        n = 1;
    while (n > 0 && (text[start + n - 1] == '\r' || text[start + n - 1] == ' ' ||
                     text[start + n - 1] == '\t'))
        n--;
    if (n >= LINE_MAX_BYTES)
        return td_error_set(err, TD_ERR_PARSE, "%s:%zu: line too long", name, lineno);
    if (memchr(text + start, '\0', n) != NULL)
        return td_error_set(err, TD_ERR_PARSE, "%s:%zu: NUL byte in line", name, lineno);
    memcpy(line, text + start, n);
    line[n] = '\0';
    return TD_OK;
}

enum td_err model_parse(struct cluster_model *out, const char *text, size_t len, const char *name,
                        struct td_error *err)
{
    struct cluster_model m;
    unsigned char seen[sizeof(m) / sizeof(double)];
    char line[LINE_MAX_BYTES];
    size_t pos = 0, lineno = 0;
    enum td_err rc;

    memset(&m, 0, sizeof(m));
    memset(&seen, 0, sizeof(seen));
    if (name == NULL)
        name = "model";
    while (pos < len) {
        rc = next_line(text, len, &pos, line, ++lineno, name, err);
        if (rc == TD_OK && lineno == 1)
            rc = parse_header(line, name, err);
        else if (rc == TD_OK && line[0] != '\0' && line[0] != '#')
            rc = parse_weight(&m, seen, line, lineno, name, err);
        if (rc != TD_OK)
            return rc;
    }
    if (lineno == 0)
        return td_error_set(err, TD_ERR_PARSE, "%s:1: empty model file", name);
    *out = m;
    return TD_OK;
}

enum td_err model_load(struct cluster_model *out, const char *path, struct td_error *err)
{
    FILE *f = fopen(path, "rb");
    char *text;
    size_t n;
    enum td_err rc;

    if (f == NULL)
        return td_error_set(err, TD_ERR_IO, "cannot open model '%s': %s", path, strerror(errno));
    text = td_malloc(FILE_MAX_BYTES + 1);
    if (text == NULL) {
        fclose(f);
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    n = fread(text, 1, FILE_MAX_BYTES + 1, f);
    if (ferror(f))
        rc = td_error_set(err, TD_ERR_IO, "cannot read model '%s'", path);
    else if (n > FILE_MAX_BYTES)
        rc = td_error_set(err, TD_ERR_TOO_LARGE, "model '%s' is over %d bytes", path,
                          FILE_MAX_BYTES);
    else
        rc = model_parse(out, text, n, path, err);
    td_free(text);
    fclose(f);
    return rc;
}

/* Appends `comment` as '#' lines. */
static enum td_err add_comment(struct td_buf *out, const char *comment)
{
    while (comment != NULL && *comment != '\0') {
        const char *nl = strchr(comment, '\n');
        size_t n = nl != NULL ? (size_t)(nl - comment) : strlen(comment);
        if (td_buf_adds(out, "# ") != TD_OK || td_buf_add(out, comment, n) != TD_OK ||
            td_buf_addc(out, '\n') != TD_OK)
            return TD_ERR_NOMEM;
        comment += nl != NULL ? n + 1 : n;
    }
    return TD_OK;
}

enum td_err model_format(const struct cluster_model *m, const char *comment, struct td_buf *out)
{
    size_t i;

    if (td_buf_addf(out, "%s %d\n", MODEL_FORMAT, MODEL_VERSION) != TD_OK ||
        add_comment(out, comment) != TD_OK ||
        td_buf_addf(out, "rank.bias %.17g\n", m->rank_bias) != TD_OK)
        return TD_ERR_NOMEM;
    for (i = 0; i < MF_RANK_COUNT; i++)
        if (td_buf_addf(out, "rank.%s %.17g\n", feature_names[i], m->rank[i]) != TD_OK)
            return TD_ERR_NOMEM;
    if (td_buf_addf(out, "join.bias %.17g\n", m->join_bias) != TD_OK)
        return TD_ERR_NOMEM;
    for (i = 0; i < MF_COUNT; i++)
        if (td_buf_addf(out, "join.%s %.17g\n", feature_names[i], m->join[i]) != TD_OK)
            return TD_ERR_NOMEM;
    for (i = 0; i < NOPTIONS; i++) {
        double on = *(const double *)((const char *)m + options[i].offset);
        if (on != 0 && td_buf_addf(out, "%s 1\n", options[i].name) != TD_OK)
            return TD_ERR_NOMEM;
    }
    return TD_OK;
}

enum td_err model_default(struct cluster_model *out, struct td_error *err)
{
    return model_parse(out, cluster_default_model, cluster_default_model_len,
                       "built-in model (data/models/events.model)", err);
}
