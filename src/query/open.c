/*
 * open.c - the public `td_store_open`. It lives here, above both store/ and
 * text/, because it wires the two together: the store's FTS5 tokenizer gets
 * its words from text/fts.c through the function table below, so store/
 * never includes text/ and text/ never includes store/.
 */
#include "tidings/store.h"

#include "store/store.h"
#include "text/text.h"

static enum td_err fts_create(void **state_out, struct td_error *err)
{
    struct text_fts *f = NULL;
    enum td_err rc = text_fts_new(&f, err);

    if (rc == TD_OK)
        *state_out = f;
    return rc;
}

static void fts_destroy(void *state)
{
    text_fts_free(state);
}

/* `fn` passes straight through: `store_fts_token_fn` and `text_fts_token_fn` are one type. */
static enum td_err fts_tokenize(void *state, const char *s, size_t len, store_fts_token_fn fn,
                                void *ctx, struct td_error *err)
{
    return text_fts_tokens(state, s, len, fn, ctx, err);
}

_Static_assert(_Generic((store_fts_token_fn)0, text_fts_token_fn : 1, default : 0),
               "the store and text token callbacks must stay the same type");

/* Process-wide and immutable: SQLite keeps a pointer to it per connection. */
static const struct store_fts_tokenizer text_tokenizer = {fts_create, fts_destroy, fts_tokenize};

enum td_err td_store_open(const char *path, struct td_store **out, struct td_error *err)
{
    return store_open(path, &text_tokenizer, out, err);
}

enum td_err td_store_data_version(struct td_store *st, int64_t *out, struct td_error *err)
{
    if (st == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no store or output");
    return store_data_version(st, out, err);
}

enum td_err td_store_last_seq(struct td_store *st, int64_t *out, struct td_error *err)
{
    if (st == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no store or output");
    return store_last_seq(st, out, err);
}

void td_store_index_on_read(struct td_store *st, bool on)
{
    if (st != NULL)
        store_set_index_on_read(st, on);
}
