/*
 * store_fts.c - the FTS5 tokenizer "tidings": an adapter from SQLite's
 * `fts5_tokenizer` interface to the `struct store_fts_tokenizer` the store
 * was opened with, registered on each connection by `store_open`.
 */
#include "store/store_int.h"

#include "core/alloc.h"

/* One tokenizer instance: what FTS5 calls a `Fts5Tokenizer`. */
struct fts_tok {
    const struct store_fts_tokenizer *impl;
    void *state;
};

/* Carries FTS5's token callback through the `store_fts_token_fn` interface. */
struct emit_ctx {
    void *fts_ctx;
    int (*x_token)(void *, int, const char *, int, int, int);
    int src; /* the last SQLite result of `x_token` */
};

static int sqlite_code(enum td_err rc)
{
    return rc == TD_ERR_NOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
}

static int tok_create(void *user, const char **argv, int argc, Fts5Tokenizer **out)
{
    const struct store_fts_tokenizer *impl = user;
    struct fts_tok *t;
    enum td_err rc;

    (void)argv;
    /* "tidings" takes no options; refuse rather than ignore them. */
    if (argc != 0)
        return SQLITE_ERROR;
    t = td_calloc(1, sizeof(*t));
    if (t == NULL)
        return SQLITE_NOMEM;
    t->impl = impl;
    rc = impl->create(&t->state, NULL);
    if (rc != TD_OK) {
        td_free(t);
        return sqlite_code(rc);
    }
    *out = (Fts5Tokenizer *)t;
    return SQLITE_OK;
}

static void tok_delete(Fts5Tokenizer *p)
{
    struct fts_tok *t = (struct fts_tok *)p;

    if (t == NULL)
        return;
    t->impl->destroy(t->state);
    td_free(t);
}

static enum td_err emit(void *ctx, const char *tok, size_t len, size_t start, size_t end)
{
    struct emit_ctx *e = ctx;

    /* `tokenize` received an int length, so every offset fits in an int. */
    e->src = e->x_token(e->fts_ctx, 0, tok, (int)len, (int)start, (int)end);
    return e->src == SQLITE_OK ? TD_OK : TD_ERR_DB;
}

/*
 * Documents, queries and prefix queries are all tokenized the same way, so
 * `flags` is not needed: "Tokyo*" looks for tokens starting with "tokyo".
 */
static int tok_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int n,
                        int (*x_token)(void *, int, const char *, int, int, int))
{
    struct fts_tok *t = (struct fts_tok *)p;
    struct emit_ctx e = {ctx, x_token, SQLITE_OK};
    enum td_err rc;

    (void)flags;
    if (n < 0)
        return SQLITE_ERROR;
    rc = t->impl->tokenize(t->state, text ? text : "", (size_t)n, emit, &e, NULL);
    if (rc == TD_OK)
        return SQLITE_OK;
    return e.src != SQLITE_OK ? e.src : sqlite_code(rc);
}

/* Asks the connection for its FTS5 API, as the FTS5 documentation shows. */
static enum td_err fts5_api_get(struct td_store *st, fts5_api **out, struct td_error *err)
{
    sqlite3_stmt *s = NULL;
    fts5_api *api = NULL;
    int rc = sqlite3_prepare_v2(st->db, "SELECT fts5(?1)", -1, &s, NULL);

    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(s, 1, (void *)&api, "fts5_api_ptr", NULL);
        rc = sqlite3_step(s);
        if (rc == SQLITE_ROW)
            rc = SQLITE_OK;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_OK)
        return store_sqlite_error(st, rc, "cannot reach FTS5", err);
    if (api == NULL || api->iVersion < 2)
        return td_error_set(err, TD_ERR_DB, "SQLite was built without FTS5");
    *out = api;
    return TD_OK;
}

enum td_err store_fts_register(struct td_store *st, const struct store_fts_tokenizer *fts,
                               struct td_error *err)
{
    /* FTS5 copies the method table, so a local one needs no global state. */
    fts5_tokenizer vtab = {tok_create, tok_delete, tok_tokenize};
    fts5_api *api = NULL;
    enum td_err rc = fts5_api_get(st, &api, err);
    int src;

    if (rc != TD_OK)
        return rc;
    /* FTS5 keeps `fts` as user data; it is a static table that outlives the connection. */
    src = api->xCreateTokenizer(api, STORE_FTS_TOKENIZER, (void *)fts, &vtab, NULL);
    if (src != SQLITE_OK)
        return store_sqlite_error(st, src, "cannot register the search tokenizer", err);
    return TD_OK;
}
