/*
 * orgs.c - international bodies by the names news gives them in each
 * language (data/orgs/bodies.tsv, compiled in): "ONU", "ООН", "联合国",
 * "Vereinte Nationen" and "الأمم المتحدة" all find the key "un". The table
 * is built once and read-only after; names.c asks it at the words that can
 * start a body's name (text.h, TEXT_TOKEN_ORG).
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Inlined: the hashes here are of a few bytes. */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "core/alloc.h"
#include "core/map64.h"
#include "core/utf8.h"
#include "text/text_int.h"
#include "core/banned.h"

/* What a form is, and so how it is looked up (one map each). */
enum org_kind {
    ORG_ACRONYM = 0, /* exact bytes from a word start: "NATO", "ООН", "G-7" */
    ORG_PHRASE,      /* case-folded words: "United Nations", "Nato" */
    ORG_CJK,         /* exact bytes anywhere in a run of Han, kana or Hangul */
    ORG_KINDS
};

/* Longest form, in words; a phrase with more is not kept. */
#define ORG_MAX_WORDS 12
/* Code points of a phrase's first word that its look-up key hashes (case endings follow). */
#define ORG_KEY_CPS 4
/* Code points a declined Cyrillic or Greek word may differ in at its end. */
#define ORG_ENDING_CPS 3
/* Code points a declined zone city's name may end in after its stem (same_word()). */
#define CITY_ENDING_CPS 2

struct org_form {
    uint64_t hash; /* the look-up key of its first word (see form_hash()) */
    uint32_t
        text; /* offset in `pool`: the bytes matched (phrases: folded words, one space apart) */
    uint32_t langs; /* offset in `pool` of "es,fr,...", or UINT32_MAX: any language */
    uint32_t key;   /* offset in `pool` of the canonical key, NUL-terminated */
    uint32_t order; /* its line order, to sort stably */
    uint16_t len;   /* bytes at `text` */
    uint8_t kind;   /* enum org_kind */
    uint8_t nwords; /* phrases: words */
};

struct text_orgs {
    struct org_form *forms; /* sorted by kind and hash: a look-up walks a run */
    size_t n, cap;
    size_t bodies;                    /* distinct keys */
    struct td_buf pool;               /* keys, forms and language lists, NUL-terminated */
    struct td_map64 first[ORG_KINDS]; /* hash -> index of the first form of its run */
    struct org_filter filter;         /* the keys of `first[ORG_PHRASE]` (text_int.h) */
};

/* Whether `cp` is part of a word: letters, marks and digits. */
static bool word_cp(int32_t cp)
{
    utf8proc_category_t c;

    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME) || c == UTF8PROC_CATEGORY_ND;
}

/* Whether `cp` is Han, kana (and the name dot) or Hangul: the scripts matched anywhere in a run. */
bool orgs_cjk(int32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x3041 && cp <= 0x30FF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
           (cp >= 0x31F0 && cp <= 0x31FF);
}

/* Whether ASCII byte `c` is a letter or digit. */
static bool ascii_alnum(unsigned char c)
{
    return (unsigned)(c | 0x20) - 'a' < 26u || (unsigned)c - '0' < 10u;
}

/* End of the word that starts at `p` (its letters, marks and digits). */
static size_t word_end(const char *s, size_t len, size_t p)
{
    while (p < len) {
        size_t q = p;
        /* ASCII letters and digits, most of any word: no decoding. */
        if ((unsigned char)s[p] < 0x80) {
            if (!ascii_alnum((unsigned char)s[p]))
                break;
            p++;
            continue;
        }
        if (!word_cp(utf8_next_fast(s, len, &q)))
            break;
        p = q;
    }
    return p;
}

/*
 * Start of the next word after the word ending at `p`, when only what may
 * stand inside a body's name lies between (at most three spaces, hyphens or
 * apostrophes, a no-break space among them); `len` when anything else does.
 */
static size_t next_word(const char *s, size_t len, size_t p)
{
    int gaps = 0;

    while (p < len && gaps < 4) {
        size_t q = p;
        int32_t cp = utf8_next_fast(s, len, &q);
        if (word_cp(cp))
            return gaps > 0 ? p : len;
        if (cp != ' ' && cp != '-' && cp != '\'' && cp != 0x2019 && cp != 0xA0 && cp != 0x2011)
            return len;
        gaps++;
        p = q;
    }
    return len;
}

/* Appends `n` bytes of `src` to `out` except the marks and letters that spelling varies in. */
static enum td_err add_folded(struct td_buf *out, const char *src, size_t n)
{
    size_t i = 0;

    /* Only Arabic (0xD8, 0xD9) and Cyrillic yo (0xD1) change: copy any other text whole. */
    while (i < n && (unsigned char)src[i] != 0xD8 && (unsigned char)src[i] != 0xD9 &&
           (unsigned char)src[i] != 0xD1)
        i++;
    if (td_buf_add(out, src, i) != TD_OK)
        return TD_ERR_NOMEM;

    while (i < n) {
        const unsigned char *u = (const unsigned char *)src + i;
        char rep[2];
        size_t take = 1, nrep = 0;
        if (i + 1 < n && (u[0] == 0xD8 || u[0] == 0xD9 || u[0] == 0xD1)) {
            unsigned c = (unsigned)u[0] << 8 | u[1];
            take = 2;
            nrep = 2;
            rep[0] = (char)u[0];
            rep[1] = (char)u[1];
            if (u[0] != 0xD1) { /* Arabic */
                c = utf8_arabic_fold(c);
                nrep = c != 0 ? 2 : 0;
                rep[0] = (char)(c >> 8);
                rep[1] = (char)(c & 0xFF);
            } else if (c == 0xD191) { /* Cyrillic yo as ye */
                rep[0] = (char)0xD0, rep[1] = (char)0xB5;
            }
        } else {
            rep[0] = (char)u[0];
            nrep = 1;
        }
        if (nrep > 0 && td_buf_add(out, rep, nrep) != TD_OK)
            return TD_ERR_NOMEM;
        i += take;
    }
    return TD_OK;
}

/* Appends the folded form of the word `s[from..to)` (valid UTF-8) to `out`. */
static enum td_err fold_word(struct norm_scratch *sc, const char *s, size_t from, size_t to,
                             struct td_buf *tmp, struct td_buf *out)
{
    enum td_err rc;

    td_buf_reset(tmp);
    rc = normalize_append(sc, s + from, to - from, tmp);
    if (rc != TD_OK)
        return rc;
    return add_folded(out, tmp->data, tmp->len);
}

/* Bytes of the first `max_cps` code points of UTF-8 `s[0..len)`. */
static size_t prefix_bytes(const char *s, size_t len, size_t max_cps)
{
    size_t p = 0, k = 0;

    while (p < len && k < max_cps) {
        utf8_next_fast(s, len, &p);
        k++;
    }
    return p;
}

/*
 * The look-up key of the bytes `w[0..n)`: up to 7 bytes packed with their
 * length (no hashing: a key is computed for every capitalised word), longer
 * ones hashed. map64 spreads the keys over its slots itself.
 */
static uint64_t bytes_key(const char *w, size_t n)
{
    uint64_t k = (uint64_t)n << 56;
    size_t i;

    if (n > 7)
        return XXH3_64bits(w, n) | (uint64_t)1 << 63;
    for (i = 0; i < n; i++)
        k |= (uint64_t)(unsigned char)w[i] << (8 * i);
    return k;
}

/* The look-up key of a phrase's folded first word `w[0..n)`: its first ORG_KEY_CPS characters. */
static uint64_t phrase_hash(const char *w, size_t n)
{
    return bytes_key(w, prefix_bytes(w, n, ORG_KEY_CPS));
}

/* Whether language `lang` may use form `f`. */
static bool lang_ok(const struct text_orgs *o, const struct org_form *f, const char *lang)
{
    const char *l;
    size_t n = strlen(lang);

    if (f->langs == UINT32_MAX)
        return true;
    if (n == 0)
        return false;
    for (l = o->pool.data + f->langs; *l != '\0'; l += strcspn(l, ",") + (l[strcspn(l, ",")] != 0))
        if (strncmp(l, lang, n) == 0 && (l[n] == ',' || l[n] == '\0'))
            return true;
    return false;
}

/* ---- building the table ---- */

/* Whether the form `s[0..n)` has a lower-case letter or a space (so it is no acronym). */
static bool has_lower_or_space(const char *s, size_t n)
{
    size_t p = 0;

    while (p < n) {
        int32_t cp = utf8_next_fast(s, n, &p);
        if (cp == ' ' || utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)
            return true;
    }
    return false;
}

/* Appends `s[0..n)` and a NUL to the pool; `*off` is where it starts. */
static enum td_err pool_add(struct text_orgs *o, const char *s, size_t n, uint32_t *off)
{
    if (o->pool.len > UINT32_MAX - n - 1)
        return TD_ERR_TOO_LARGE;
    *off = (uint32_t)o->pool.len;
    if (td_buf_add(&o->pool, s, n) != TD_OK || td_buf_addc(&o->pool, '\0') != TD_OK)
        return TD_ERR_NOMEM;
    return TD_OK;
}

/* The first word character at or after `p` in `s[0..n)`; `n` when none. */
static size_t skip_gap(const char *s, size_t n, size_t p)
{
    while (p < n) {
        size_t q = p;
        if (word_cp(utf8_next_fast(s, n, &q)))
            break;
        p = q;
    }
    return p;
}

/* Writes a phrase's folded words, one space apart, to the pool: `f->text`, `len`, `nwords`. */
static enum td_err add_phrase(struct text_orgs *o, struct norm_scratch *sc, const char *s, size_t n,
                              struct org_form *f)
{
    struct td_buf words = TD_BUF_INIT, tmp = TD_BUF_INIT;
    size_t p = skip_gap(s, n, 0), k = 0, first = 0;
    enum td_err rc = TD_OK;

    while (p < n && rc == TD_OK && k < ORG_MAX_WORDS) {
        size_t e = word_end(s, n, p);
        if (k > 0)
            rc = td_buf_addc(&words, ' ');
        if (rc == TD_OK)
            rc = fold_word(sc, s, p, e, &tmp, &words);
        if (k++ == 0)
            first = words.len;
        p = skip_gap(s, n, e);
    }
    if (rc == TD_OK && (k == 0 || p < n || words.len > UINT16_MAX))
        rc = TD_ERR_PARSE;
    if (rc == TD_OK) {
        f->hash = phrase_hash(words.data, first);
        f->len = (uint16_t)words.len;
        f->nwords = (uint8_t)k;
        rc = pool_add(o, words.data, words.len, &f->text);
    }
    td_buf_release(&words);
    td_buf_release(&tmp);
    return rc;
}

/* Adds one form `s[0..n)` of key `key` (pool offset) for languages `langs`. */
static enum td_err add_form(struct text_orgs *o, struct norm_scratch *sc, const char *s, size_t n,
                            uint32_t key, uint32_t langs)
{
    struct org_form f = {0};
    size_t p = 0;
    int32_t first;
    enum td_err rc;

    if (n == 0 || n > UINT16_MAX || !utf8_valid(s, n, &p))
        return TD_ERR_PARSE;
    p = 0;
    first = utf8_next_fast(s, n, &p);
    f.key = key;
    f.langs = langs;
    f.order = (uint32_t)o->n;
    f.len = (uint16_t)n;
    if (orgs_cjk(first)) {
        f.kind = ORG_CJK;
        f.hash = (uint64_t)first;
        rc = pool_add(o, s, n, &f.text);
    } else if (!has_lower_or_space(s, n) &&
               !(o->pool.data[key] == '@' && utf8proc_category(first) == UTF8PROC_CATEGORY_LO)) {
        /*
         * A place's word in a script without capitals ("القاهرة" Cairo,
         * td_gazetteer_cities()) is no acronym but a phrase, found as a word.
         */
        f.kind = ORG_ACRONYM;
        f.hash = bytes_key(s, word_end(s, n, 0));
        rc = pool_add(o, s, n, &f.text);
    } else {
        f.kind = ORG_PHRASE;
        rc = add_phrase(o, sc, s, n, &f);
    }
    if (rc == TD_OK)
        rc = td_grow((void **)&o->forms, &o->cap, o->n + 1, sizeof(*o->forms));
    if (rc == TD_OK)
        o->forms[o->n++] = f;
    return rc;
}

/* Trims spaces at both ends of `*s`, `*n`. */
static void trim(const char **s, size_t *n)
{
    while (*n > 0 && (**s == ' ' || **s == '\t'))
        ++*s, --*n;
    while (*n > 0 && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r'))
        --*n;
}

/* Parses one line "KEY <TAB> LANGS <TAB> FORM | FORM ...". */
static enum td_err parse_line(struct text_orgs *o, struct norm_scratch *sc, const char *s, size_t n)
{
    const char *tab1 = memchr(s, '\t', n), *tab2, *forms, *end = s + n;
    uint32_t key, langs = UINT32_MAX;
    enum td_err rc;

    if (tab1 == NULL || (tab2 = memchr(tab1 + 1, '\t', (size_t)(end - tab1 - 1))) == NULL ||
        tab1 == s)
        return TD_ERR_PARSE;
    rc = pool_add(o, s, (size_t)(tab1 - s), &key);
    if (rc == TD_OK && !(tab2 - tab1 == 2 && tab1[1] == '*'))
        rc = pool_add(o, tab1 + 1, (size_t)(tab2 - tab1 - 1), &langs);
    for (forms = tab2 + 1; rc == TD_OK && forms < end;) {
        const char *bar = memchr(forms, '|', (size_t)(end - forms));
        const char *f = forms;
        size_t fn = (size_t)((bar != NULL ? bar : end) - forms);
        trim(&f, &fn);
        rc = add_form(o, sc, f, fn, key, langs);
        forms = bar != NULL ? bar + 1 : end;
    }
    return rc;
}

static int cmp_form(const void *a, const void *b)
{
    const struct org_form *x = a, *y = b;

    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    if (x->hash != y->hash)
        return x->hash < y->hash ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/*
 * Whether the look-up key `h` (bytes_key()) packs at most ORG_KEY_CPS ASCII
 * bytes: the only keys org_filter_may() asks its bits about, since it
 * passes any word whose first characters are not ASCII, and ASCII folds to
 * ASCII. Other keys' bits only let more Latin words through to a look-up
 * that finds nothing: with the zone cities (Cyrillic, Greek, Arabic,
 * Devanagari) 1,750 of the 4,096 bits were set, 104 of them by ASCII keys.
 */
static bool ascii_key(uint64_t h)
{
    return h >> 56 <= ORG_KEY_CPS && (h & 0x80808080u) == 0;
}

/*
 * Sorts the forms and indexes the first of each run of one kind and hash;
 * counts the keys; sets the filter's bits of the phrases' ASCII keys.
 */
static enum td_err index_forms(struct text_orgs *o)
{
    struct td_map64 keys;
    enum td_err rc = TD_OK;
    size_t i;

    qsort(o->forms, o->n, sizeof(*o->forms), cmp_form);
    map64_init(&keys);
    for (i = 0; i < o->n && rc == TD_OK; i++) {
        const struct org_form *f = &o->forms[i];
        const char *key = o->pool.data + f->key;
        uint32_t *v;
        bool added;
        if (i == 0 || f->kind != f[-1].kind || f->hash != f[-1].hash)
            rc = map64_upsert(&o->first[f->kind], f->hash, (uint32_t)i, &v, NULL);
        if (f->kind == ORG_PHRASE && ascii_key(f->hash)) {
            size_t bit = org_filter_bit(f->hash);
            o->filter.bits[bit / 64] |= (uint64_t)1 << (bit % 64);
        }
        if (rc == TD_OK)
            rc = map64_upsert(&keys, XXH3_64bits(key, strlen(key)), 0, &v, &added);
        if (rc == TD_OK && added)
            o->bodies++;
    }
    map64_release(&keys);
    return rc;
}

enum td_err text_orgs_parse(const char *tsv, size_t len, struct text_orgs **out,
                            struct td_error *err)
{
    struct text_orgs *o;
    struct norm_scratch sc = {NULL, 0, NULL, 0};
    size_t at = 0, line = 0;
    enum td_err rc = TD_OK;

    if (tsv == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no table of bodies");
    o = td_calloc(1, sizeof(*o));
    if (o == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    td_buf_init(&o->pool, 0);
    while (at < len && rc == TD_OK) {
        const char *nl = memchr(tsv + at, '\n', len - at);
        size_t n = (size_t)((nl != NULL ? nl - tsv : (ptrdiff_t)len) - (ptrdiff_t)at);
        line++;
        if (n > 0 && tsv[at] != '#' && !(n == 1 && tsv[at] == '\r'))
            rc = parse_line(o, &sc, tsv + at, n);
        at += n + 1;
    }
    if (rc == TD_OK)
        rc = index_forms(o);
    norm_scratch_release(&sc);
    if (rc != TD_OK) {
        text_orgs_free(o);
        if (rc == TD_ERR_PARSE)
            return td_error_set(err, rc, "bad table of bodies at line %zu", line);
        return td_error_set(err, rc, "cannot build the table of bodies: %s", td_strerror(rc));
    }
    *out = o;
    return TD_OK;
}

enum td_err text_orgs_builtin(struct text_orgs **out, struct td_error *err)
{
    return text_orgs_parse((const char *)text_orgs_data, text_orgs_data_len, out, err);
}

enum td_err text_orgs_builtin_with(const char *extra, size_t len, struct text_orgs **out,
                                   struct td_error *err)
{
    struct td_buf all;
    enum td_err rc;

    if (len == 0)
        return text_orgs_builtin(out, err);
    td_buf_init(&all, 0);
    rc = td_buf_add(&all, text_orgs_data, text_orgs_data_len);
    if (rc == TD_OK)
        rc = td_buf_addc(&all, '\n');
    if (rc == TD_OK)
        rc = td_buf_add(&all, extra, len);
    rc = rc == TD_OK ? text_orgs_parse(all.data, all.len, out, err)
                     : td_error_set(err, rc, "out of memory");
    td_buf_release(&all);
    return rc;
}

void text_orgs_free(struct text_orgs *o)
{
    size_t k;

    if (o == NULL)
        return;
    for (k = 0; k < ORG_KINDS; k++)
        map64_release(&o->first[k]);
    td_free(o->forms);
    td_buf_release(&o->pool);
    td_free(o);
}

const struct org_filter *orgs_filter(const struct text_orgs *o)
{
    return &o->filter;
}

size_t text_orgs_bodies(const struct text_orgs *o)
{
    return o != NULL ? o->bodies : 0;
}

size_t text_orgs_forms(const struct text_orgs *o)
{
    return o != NULL ? o->n : 0;
}

/* ---- matching ---- */

/* The run of forms of `kind` whose hash is `h`: `*from`, or false when none. */
static bool run_of(const struct text_orgs *o, enum org_kind kind, uint64_t h, size_t *from)
{
    const uint32_t *v = map64_get(&o->first[kind], h);

    if (v == NULL)
        return false;
    *from = *v;
    return true;
}

/* Keeps match `f` ending at `end` in `m` when it is longer than what `m` holds. */
static void keep(const struct text_orgs *o, const struct org_form *f, size_t end,
                 struct org_match *m)
{
    const char *text = o->pool.data + f->text;

    if (end <= m->end)
        return;
    m->end = end;
    m->acronym = f->kind == ORG_ACRONYM;
    m->one_word = f->kind == ORG_PHRASE    ? f->nwords == 1
                  : f->kind == ORG_ACRONYM ? word_end(text, f->len, 0) == f->len
                                           : false;
    m->key = o->pool.data + f->key;
    m->key_len = strlen(m->key);
}

/* Acronyms at the word `s[at..we)`: the form's bytes there, no word character after. */
static void match_acronyms(const struct text_orgs *o, const char *s, size_t len, size_t at,
                           size_t we, const char *lang, struct org_match *m)
{
    uint64_t h = bytes_key(s + at, we - at);
    size_t i;

    if (!run_of(o, ORG_ACRONYM, h, &i))
        return;
    for (; i < o->n && o->forms[i].kind == ORG_ACRONYM && o->forms[i].hash == h; i++) {
        const struct org_form *f = &o->forms[i];
        size_t end = at + f->len, q = end;
        if (end > len || memcmp(s + at, o->pool.data + f->text, f->len) != 0 ||
            (end < len && word_cp(utf8_next_fast(s, len, &q))) || !lang_ok(o, f, lang))
            continue;
        keep(o, f, end, m);
    }
}

/* Code points in UTF-8 `s[0..n)`. */
static size_t cps(const char *s, size_t n)
{
    size_t k = 0, i;

    for (i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/*
 * Whether the folded text word `a[0..na)` is the form's word `b[0..nb)`:
 * equal, or, in Cyrillic and Greek, which decline names, the same but for
 * up to ORG_ENDING_CPS code points at the end of a word of four or more.
 * A `city`'s form (key "@" and a name, td_gazetteer_cities()) is shorter
 * than a body's, and its stem more often begins other words ("Банкок"
 * Bangkok and "Банк", "Чита" and "Читайте"): only its last code point may
 * change, and the text word add at most CITY_ENDING_CPS ("Москва" ->
 * "Москве", "Бишкек" -> "Бишкеке").
 */
static bool same_word(const char *a, size_t na, const char *b, size_t nb, bool city)
{
    size_t common = 0, la, lb;

    if (na == nb && memcmp(a, b, na) == 0)
        return true;
    if (na < 2 || nb < 2 || (unsigned char)a[0] < 0xCE || (unsigned char)a[0] > 0xD4)
        return false;
    while (common < na && common < nb && a[common] == b[common])
        common++;
    while (common > 0 && ((unsigned char)a[common] & 0xC0) == 0x80)
        common--; /* back to a code point boundary */
    la = cps(a, na);
    lb = cps(b, nb);
    common = cps(a, common);
    if (city)
        return common >= ORG_KEY_CPS && common + 1 >= lb && common + CITY_ENDING_CPS >= la;
    return common >= ORG_KEY_CPS && common + ORG_ENDING_CPS >= (la > lb ? la : lb);
}

/* The text's words from a phrase's start, folded on demand (phrase_at()). */
struct text_words {
    size_t n;
    size_t start;                   /* the first word's first byte */
    size_t end[ORG_MAX_WORDS];      /* byte after word i in the text */
    size_t fold[ORG_MAX_WORDS + 1]; /* word i folded is `x->words.data[fold[i]..fold[i+1])` */
    struct org_scratch *x;
    enum td_err rc; /* a fold that failed: TD_ERR_NOMEM, TD_ERR_TOO_LARGE */
    bool done;      /* no more words, or a failure */
};

/* Makes word `i` of `w` ready; false when the text has no such word. */
static bool text_word(struct text_words *w, const char *s, size_t len, size_t i)
{
    while (w->n <= i && !w->done) {
        size_t from = w->n == 0 ? w->start : next_word(s, len, w->end[w->n - 1]);
        if (from >= len) {
            w->done = true;
            break;
        }
        w->end[w->n] = word_end(s, len, from);
        w->rc = fold_word(&w->x->sc, s, from, w->end[w->n], &w->x->tmp, &w->x->words);
        if (w->rc != TD_OK) {
            w->done = true;
            break;
        }
        w->fold[++w->n] = w->x->words.len;
    }
    return w->n > i;
}

/* Whether phrase `f` stands at the start of `w`; `*end` is where it ends. */
static bool phrase_at(const struct text_orgs *o, const struct org_form *f, struct text_words *w,
                      const char *s, size_t len, size_t *end)
{
    const char *p = o->pool.data + f->text, *stop = p + f->len;
    bool city = o->pool.data[f->key] == '@';
    size_t i;

    for (i = 0; i < f->nwords; i++) {
        const char *sp = memchr(p, ' ', (size_t)(stop - p));
        size_t n = (size_t)((sp != NULL ? sp : stop) - p);
        if (!text_word(w, s, len, i) ||
            !same_word(w->x->words.data + w->fold[i], w->fold[i + 1] - w->fold[i], p, n, city))
            return false;
        p += n + 1;
    }
    *end = w->end[f->nwords - 1];
    return true;
}

/* Phrases from the word at `at`. */
static enum td_err match_phrases(const struct text_orgs *o, struct org_scratch *x, const char *s,
                                 size_t len, size_t at, const char *lang, struct org_match *m)
{
    struct text_words w;
    uint64_t h;
    size_t i, end;

    td_buf_reset(&x->words);
    w.n = 0;
    w.start = at;
    w.fold[0] = 0;
    w.x = x;
    w.rc = TD_OK;
    w.done = false;
    if (!text_word(&w, s, len, 0))
        return w.rc;
    h = phrase_hash(x->words.data, w.fold[1]);
    if (!run_of(o, ORG_PHRASE, h, &i))
        return TD_OK;
    for (; i < o->n && o->forms[i].kind == ORG_PHRASE && o->forms[i].hash == h; i++)
        if (lang_ok(o, &o->forms[i], lang) && phrase_at(o, &o->forms[i], &w, s, len, &end))
            keep(o, &o->forms[i], end, m);
    return w.rc;
}

/*
 * Whether no phrase can start with the word `s[at..we)`: when its first
 * ORG_KEY_CPS characters are ASCII, their lower case is what folding gives,
 * so the look-up key comes without folding the word (most capitalised words
 * start no body's name, and folding costs a normalisation).
 */
static bool no_phrase_from(const struct text_orgs *o, const char *s, size_t at, size_t we)
{
    char low[ORG_KEY_CPS];
    size_t n = we - at < ORG_KEY_CPS ? we - at : ORG_KEY_CPS, i;

    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[at + i];
        if (c >= 0x80)
            return false; /* fold to know */
        low[i] = (char)((unsigned)c - 'A' < 26u ? c | 0x20 : c);
    }
    return map64_get(&o->first[ORG_PHRASE], bytes_key(low, n)) == NULL;
}

size_t orgs_word_end(const char *s, size_t len, size_t at)
{
    return word_end(s, len, at);
}

enum td_err orgs_match_word(const struct text_orgs *o, struct org_scratch *x, const char *s,
                            size_t len, size_t at, size_t we, bool caps, const char *lang,
                            struct org_match *m)
{
    m->end = 0;
    m->key = NULL;
    m->key_len = 0;
    if (we == at)
        return TD_OK;
    if (caps)
        match_acronyms(o, s, len, at, we, lang, m);
    if (no_phrase_from(o, s, at, we))
        return TD_OK;
    return match_phrases(o, x, s, len, at, lang, m);
}

bool orgs_match_cjk(const struct text_orgs *o, const char *s, size_t len, size_t at,
                    const char *lang, struct org_match *m)
{
    size_t q = at, i;
    uint64_t h = (uint64_t)utf8_next_fast(s, len, &q);

    m->end = 0;
    m->key = NULL;
    if (!run_of(o, ORG_CJK, h, &i))
        return false;
    for (; i < o->n && o->forms[i].kind == ORG_CJK && o->forms[i].hash == h; i++) {
        const struct org_form *f = &o->forms[i];
        if (at + f->len <= len && memcmp(s + at, o->pool.data + f->text, f->len) == 0 &&
            lang_ok(o, f, lang))
            keep(o, f, at + f->len, m);
    }
    return m->end > 0;
}

void org_scratch_release(struct org_scratch *x)
{
    td_buf_release(&x->words);
    td_buf_release(&x->tmp);
    norm_scratch_release(&x->sc);
}
