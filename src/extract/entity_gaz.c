/*
 * entity_gaz.c - the place-name gazetteer of the entity tagger, read at run
 * time from what Debian ships: iso-codes (country names, official names and
 * region names, plus the country-name translations in LC_MESSAGES/iso_3166-1.mo)
 * and ISO 4217 currency codes, which are never names) and tzdata's zone1970.tab (continents and the
 * cities that name time zones). Derived forms are added by rule: initials of multi-word names
 * ("United Kingdom" -> "UK", "U.K.") and adjective forms of one-word country
 * names ("Japan" -> "Japanese", "Canada" -> "Canadian"); the translated
 * language names of LC_MESSAGES/iso_639-2.mo give the people's adjectives of
 * the other languages ("néerlandais" -> "Néerlandaise"), kept apart from the
 * tagger's names.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unicode/udat.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <utf8proc.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/utf8.h"
#include "extract/entity_int.h"
#include "core/banned.h"

#ifndef TD_ISO_CODES_DIR
#define TD_ISO_CODES_DIR "/usr/share/iso-codes"
#endif
#ifndef TD_ZONEINFO_DIR
#define TD_ZONEINFO_DIR "/usr/share/zoneinfo"
#endif

/* Translations read besides English: the languages the tagger handles and neighbours. */
static const char *const mo_langs[] = {"es", "de", "fr", "it", "pt", "nl", NULL};
/* Translations whose country names are Han, kana or Hangul (td_gazetteer_cjk_countries()). */
static const char *const cjk_langs[] = {"ko", "ja", "zh_CN", "zh_TW", NULL};

struct gslot {
    uint64_t hash;
    uint32_t off; /* into `arena`; 0 marks an empty slot */
    uint16_t len;
    uint16_t value; /* names: enum ent_gaz_kind bits; countries: the code's two letters */
};

/* A hash table of keys kept in the arena: open addressing, `nslots` a power of two. */
struct gtable {
    struct gslot *slots;
    size_t nslots, count;
};

struct td_gazetteer {
    char *arena; /* names, NUL-separated; byte 0 unused */
    size_t arena_len, arena_cap;
    struct gtable names;     /* exact names -> kind bits */
    struct gtable countries; /* country names, NFKC + case folded as text/ folds words, in
                                every language read -> ISO 3166-1 alpha-2 code */
    struct gtable demonyms;  /* people's adjectives in the translations read, folded -> 1;
                                only `td_gazetteer_demonym_any()` reads it, never the tagger */
    struct gtable cjk;       /* country names in Han, kana, Hangul (exact) -> code; 0: two codes */
    struct gtable cjk_cut;   /* their short names (cjk_short_name()), the same way */
    struct td_buf cjk_tsv;  /* `cjk` as lines of a table of bodies (td_gazetteer_cjk_countries()) */
    struct td_buf city_tsv; /* ICU's zone cities as lines of a table of bodies (load_cities()) */
    pthread_mutex_t city_lock; /* guards the first td_gazetteer_cities(), which fills `city_tsv` */
    bool city_loaded;
};

/* The tables load_cities() reads ICU's zone cities into, freed when it has written `city_tsv`. */
struct city_loader {
    struct td_gazetteer pool; /* only its arena, which holds the keys of the tables below */
    struct gtable cities;     /* a zone city's form -> index in `city_key` + 1; 0: two cities' */
    uint32_t *city_key;       /* arena offsets of the cities' English names, folded */
    size_t ncity, cap_city;
    struct gtable city_names; /* those names -> index in `city_key` + 1 (city_index()) */
    struct gtable zone_city;  /* a zone key -> its city's index in `city_key` + 1; 0: none */
    struct gtable city_stop; /* country, weekday and month names of those languages (city_fold()) */
};

static uint64_t hash_exact(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    size_t i;

    for (i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* The slot of key `s` (hash `h`) in `t`, or the empty slot where it would go. */
static struct gslot *find_slot(const struct gtable *t, const char *arena, const char *s, size_t n,
                               uint64_t h)
{
    size_t mask = t->nslots - 1, i = (size_t)h & mask;

    for (;; i = (i + 1) & mask) {
        struct gslot *sl = &t->slots[i];
        if (sl->off == 0)
            return sl;
        if (sl->hash == h && sl->len == n && memcmp(arena + sl->off, s, n) == 0)
            return sl;
    }
}

/* Makes room for one more key, doubling `t` (first to `first` slots) past half full. */
static enum td_err table_reserve(struct gtable *t, const char *arena, size_t first)
{
    size_t n = t->nslots ? t->nslots * 2 : first, i, oldn = t->nslots;
    struct gslot *old = t->slots, *ns;

    if ((t->count + 1) * 2 <= t->nslots)
        return TD_OK;
    if ((ns = td_calloc(n, sizeof(*ns))) == NULL)
        return TD_ERR_NOMEM;
    t->slots = ns;
    t->nslots = n;
    for (i = 0; i < oldn; i++) {
        if (old[i].off != 0)
            *find_slot(t, arena, arena + old[i].off, old[i].len, old[i].hash) = old[i];
    }
    td_free(old);
    return TD_OK;
}

/* The slot of key `s` in `t`, or NULL when it is absent (or `t` empty). */
static const struct gslot *table_get(const struct gtable *t, const char *arena, const char *s,
                                     size_t n)
{
    const struct gslot *sl;

    if (t->nslots == 0 || n == 0)
        return NULL;
    sl = find_slot(t, arena, s, n, hash_exact(s, n));
    return sl->off != 0 ? sl : NULL;
}

static enum td_err arena_add(struct td_gazetteer *g, const char *s, size_t n, uint32_t *off)
{
    if (g->arena_len + n + 1 > g->arena_cap) {
        size_t cap = g->arena_cap ? g->arena_cap * 2 : 65536;
        char *a;
        while (cap < g->arena_len + n + 1)
            cap *= 2;
        if (cap > UINT32_MAX || (a = td_realloc(g->arena, cap)) == NULL)
            return TD_ERR_NOMEM;
        g->arena = a;
        g->arena_cap = cap;
    }
    if (g->arena_len == 0)
        g->arena[g->arena_len++] = '\0';
    *off = (uint32_t)g->arena_len;
    memcpy(g->arena + g->arena_len, s, n);
    g->arena_len += n;
    g->arena[g->arena_len++] = '\0';
    return TD_OK;
}

/*
 * Finds `s[0..n)` in table `t` of the arena, or adds it with `value` (room
 * for `first` slots is made on first use); `*slot` is its slot. An existing
 * key keeps its value: the caller decides what a second sight means.
 */
static enum td_err table_put(struct td_gazetteer *g, struct gtable *t, size_t first, const char *s,
                             size_t n, uint16_t value, struct gslot **slot)
{
    uint64_t h = hash_exact(s, n);
    struct gslot *sl;
    enum td_err rc;

    if ((rc = table_reserve(t, g->arena, first)) != TD_OK)
        return rc;
    sl = find_slot(t, g->arena, s, n, h);
    *slot = sl;
    if (sl->off != 0)
        return TD_OK;
    if ((rc = arena_add(g, s, n, &sl->off)) != TD_OK)
        return rc;
    sl->hash = h;
    sl->len = (uint16_t)n;
    sl->value = value;
    t->count++;
    return TD_OK;
}

/* Adds one name (exact bytes) with `kind`; an existing name gains the bits. */
static enum td_err add_exact(struct td_gazetteer *g, const char *s, size_t n, unsigned kind)
{
    struct gslot *sl;
    enum td_err rc;

    if (n == 0 || n >= ENT_KEY_MAX)
        return TD_OK;
    if ((rc = table_put(g, &g->names, 4096, s, n, (uint16_t)kind, &sl)) != TD_OK)
        return rc;
    sl->value = (uint16_t)(sl->value | kind);
    return TD_OK;
}

/* clean_name: see below; declared for the country table. */
static size_t clean_name(const char *s, size_t n, char *out);

/* ---- Country names -> ISO codes, the same key across languages ---- */

#define FOLD_OPTS                                                               \
    ((utf8proc_option_t)(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | \
                         UTF8PROC_CASEFOLD | UTF8PROC_IGNORE))

/*
 * NFKC + case folding of `s[0..n)` into `out` (as text/normalize.c folds); 0 when it cannot.
 * ASCII folds to its lower case: no ASCII character decomposes, composes with
 * another or is default-ignorable, so utf8proc's answer is that (test_entity
 * checks it for every ASCII character and pair); most names are ASCII, and
 * utf8proc took ~3,400 instructions a name.
 */
static size_t fold_name(const char *s, size_t n, char *out, size_t cap)
{
    utf8proc_int32_t cps[ENT_KEY_MAX];
    utf8proc_ssize_t k;
    size_t i;

    for (i = 0; i < n && i < cap && (unsigned char)s[i] < 0x80; i++)
        out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i]);
    if (i == n && n < cap)
        return n;
    k = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, cps, ENT_KEY_MAX,
                           FOLD_OPTS);
    if (k < 0 || k > ENT_KEY_MAX)
        return 0;
    k = utf8proc_reencode(cps, k, FOLD_OPTS);
    if (k <= 0 || (size_t)k >= cap)
        return 0;
    memcpy(out, cps, (size_t)k);
    return (size_t)k;
}

/* A country code's two letters as a slot value, and back. */
static uint16_t code_value(const char code[2])
{
    return (uint16_t)((unsigned char)code[0] | (unsigned)(unsigned char)code[1] << 8);
}

static void value_code(uint16_t v, char code[2])
{
    code[0] = (char)(v & 0xff);
    code[1] = (char)(v >> 8);
}

/* Maps `raw` (an iso-codes name or a translation of one) to `code`; the first code stays. */
static enum td_err add_country(struct td_gazetteer *g, const char *raw, const char code[2])
{
    char clean[ENT_KEY_MAX], key[ENT_KEY_MAX];
    size_t n = clean_name(raw, strlen(raw), clean);
    struct gslot *sl;

    if (n == 0 || (n = fold_name(clean, n, key, sizeof(key))) < 2)
        return TD_OK;
    return table_put(g, &g->countries, 1024, key, n, code_value(code), &sl);
}

/* Sets `code` to that of an iso-codes name as it stands in the catalogue; false if none. */
static bool country_of_raw(const struct td_gazetteer *g, const char *raw, size_t len, char code[2])
{
    char clean[ENT_KEY_MAX], key[ENT_KEY_MAX];
    size_t n = len < ENT_KEY_MAX ? clean_name(raw, len, clean) : 0;
    const struct gslot *sl;

    if (n == 0 || (n = fold_name(clean, n, key, sizeof(key))) == 0 ||
        (sl = table_get(&g->countries, g->arena, key, n)) == NULL)
        return false;
    value_code(sl->value, code);
    return true;
}

bool td_gazetteer_country(const struct td_gazetteer *gaz, const char *folded, size_t n,
                          char code[3])
{
    const struct gslot *sl;

    if (gaz == NULL || (sl = table_get(&gaz->countries, gaz->arena, folded, n)) == NULL)
        return false;
    value_code(sl->value, code);
    code[2] = '\0';
    return true;
}

bool td_gazetteer_demonym(const struct td_gazetteer *gaz, const char *name, size_t n)
{
    unsigned kind = entity_gaz_lookup(gaz, name, n);

    return (kind & ENT_GAZ_DEMONYM) != 0 && (kind & ENT_GAZ_PLACE) == 0;
}

bool td_gazetteer_demonym_any(const struct td_gazetteer *gaz, const char *name, size_t n)
{
    char key[ENT_KEY_MAX];
    size_t k;

    if (gaz == NULL || n == 0 || n >= ENT_KEY_MAX)
        return false;
    if (td_gazetteer_demonym(gaz, name, n))
        return true;
    /* A place as written is no adjective ("China", though Spanish "chino" gives "china"). */
    if ((entity_gaz_lookup(gaz, name, n) & ENT_GAZ_PLACE) != 0 ||
        (k = fold_name(name, n, key, sizeof(key))) == 0)
        return false;
    return table_get(&gaz->demonyms, gaz->arena, key, k) != NULL;
}

/*
 * Normalises an iso-codes name: the part before a comma or parenthesis
 * ("Korea, Republic of" -> "Korea"), runs of spaces or underscores as one
 * space, trimmed. Names that do not start with a capital letter (or a
 * non-ASCII letter) are skipped: the tagger only looks up capitalised words.
 */
static size_t clean_name(const char *s, size_t n, char *out)
{
    size_t i, o = 0;

    for (i = 0; i < n && o + 1 < ENT_KEY_MAX; i++) {
        char c = s[i] == '_' ? ' ' : s[i];
        if (c == ',' || c == '(' || c == ';')
            break;
        if (c == ' ' && (o == 0 || out[o - 1] == ' '))
            continue;
        out[o++] = c;
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    if (o == 0 || (out[0] >= 'a' && out[0] <= 'z'))
        return 0;
    return o;
}

/* Initials of a multi-word name, plain and dotted ("UK", "U.K."). */
static enum td_err add_initials(struct td_gazetteer *g, const char *s, size_t n)
{
    char plain[16], dotted[32];
    size_t i, np = 0, nd = 0;
    bool word_start = true;

    for (i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ') {
            word_start = true;
            continue;
        }
        if (word_start && c >= 'A' && c <= 'Z') {
            if (np + 1 >= sizeof(plain) || nd + 3 >= sizeof(dotted))
                return TD_OK;
            plain[np++] = c;
            dotted[nd++] = c;
            dotted[nd++] = '.';
        } else if (word_start && !(c >= 'a' && c <= 'z')) {
            return TD_OK; /* a non-ASCII initial: no initials */
        }
        word_start = false;
    }
    if (np < 2 || np > 4)
        return TD_OK;
    /* Two-letter initials that are also company-form suffixes ("SA", "AG") stay out. */
    if (entity_word_class(plain, np) & W_ORG_END)
        return TD_OK;
    if (add_exact(g, plain, np, ENT_GAZ_INITIALS) != TD_OK)
        return TD_ERR_NOMEM;
    return add_exact(g, dotted, nd, ENT_GAZ_INITIALS);
}

/* One derived adjective: `stem` (the name minus `cut` bytes) + `suffix`. */
static enum td_err add_derived(struct td_gazetteer *g, const char *s, size_t n, size_t cut,
                               const char *suffix)
{
    char buf[ENT_KEY_MAX];
    size_t sl = strlen(suffix);

    if (cut >= n || n - cut + sl >= sizeof(buf))
        return TD_OK;
    memcpy(buf, s, n - cut);
    memcpy(buf + n - cut, suffix, sl);
    return add_exact(g, buf, n - cut + sl, ENT_GAZ_DEMONYM);
}

/* Start of the last word of `s[0..n)` (`s` itself for one word). */
static const char *memrchr_last_word(const char *s, size_t n)
{
    size_t i = n;

    while (i > 0 && s[i - 1] != ' ')
        i--;
    return s + i;
}

/* Whether `s[0..n)` is one qualifying word and a space: "Great ", "New ", "South ". */
static bool qualified_place(const char *s, size_t n)
{
    if (n < 2 || memchr(s, ' ', n - 1) != NULL)
        return false;
    if ((n == 6 && memcmp(s, "Great ", 6) == 0) || (n == 4 && memcmp(s, "New ", 4) == 0))
        return true;
    return (entity_word_class(s, n - 1) & W_DIR) != 0;
}

/*
 * Adjectives of a name ending in "land", which English forms in several
 * ways: Poland -> Polish, England -> English, Ireland -> Irish, Finland ->
 * Finnish, Scotland -> Scottish, Iceland -> Icelandic, Thailand -> Thai.
 */
static enum td_err add_land(struct td_gazetteer *g, const char *s, size_t n)
{
    char buf[ENT_KEY_MAX];
    size_t stem = n - 4;
    enum td_err rc = add_derived(g, s, n, 3, "ish");

    if (rc == TD_OK)
        rc = add_derived(g, s, n, 5, "ish");
    if (rc == TD_OK)
        rc = add_derived(g, s, n, 0, "ic");
    if (rc == TD_OK && s[stem - 1] == 'i')
        rc = add_derived(g, s, n, 4, "");
    /* The stem's last letter doubled: Fin-n-ish, Scot-t-ish. */
    if (rc == TD_OK && stem + 5 < sizeof(buf)) {
        memcpy(buf, s, stem);
        buf[stem] = s[stem - 1];
        memcpy(buf + stem + 1, "ish", 3);
        rc = add_exact(g, buf, stem + 4, ENT_GAZ_DEMONYM);
    }
    return rc;
}

/*
 * Adjective forms of a country name (its last word) by the common
 * English patterns (Romania -> Romanian, Canada -> Canadian, Italy ->
 * Italian, Germany -> German, Japan -> Japanese, China -> Chinese, Israel
 * -> Israeli, Ireland -> Irish, Mexico -> Mexican). Wrong guesses are
 * harmless: they are words no text uses.
 */
static enum td_err add_demonyms(struct td_gazetteer *g, const char *s, size_t n)
{
    const char *sp = memrchr_last_word(s, n);
    char last;
    enum td_err rc = TD_OK;

    /*
     * A two-word name whose first word only qualifies the second lends the
     * second ("Great Britain" -> "British", "South Africa" -> "African");
     * others do not ("Czech Republic" must not give "Republican").
     */
    if (sp != s && !qualified_place(s, (size_t)(sp - s)))
        return TD_OK;
    n -= (size_t)(sp - s);
    s = sp;
    last = s[n - 1];
    if (n < 4)
        return TD_OK;
    if (last == 'a') {
        rc = add_derived(g, s, n, 0, "n");
        if (rc == TD_OK)
            rc = add_derived(g, s, n, 1, "ian");
        if (rc == TD_OK)
            rc = add_derived(g, s, n, 1, "ese");
    } else if (last == 'y') {
        rc = add_derived(g, s, n, 1, "ian");
        if (rc == TD_OK)
            rc = add_derived(g, s, n, 1, "");
    } else if (last == 'o') {
        rc = add_derived(g, s, n, 1, "an");
    } else if (n > 4 && strcmp(s + n - 4, "land") == 0) {
        rc = add_land(g, s, n);
    } else if (n > 4 && strcmp(s + n - 3, "ain") == 0) {
        /* Britain -> British, Spain -> Spanish. */
        rc = add_derived(g, s, n, 3, "ish");
        if (rc == TD_OK)
            rc = add_derived(g, s, n, 2, "nish");
    } else if (n > 4 && strcmp(s + n - 2, "en") == 0) {
        rc = add_derived(g, s, n, 2, "ish");
    } else if (last == 'e') {
        rc = add_derived(g, s, n, 0, "an");
    } else if (last >= 'a' && last <= 'z') {
        rc = add_derived(g, s, n, 0, "ese");
        if (rc == TD_OK)
            rc = add_derived(g, s, n, 0, "i");
        if (rc == TD_OK)
            rc = add_derived(g, s, n, 0, "ian");
    }
    return rc;
}

/* Adds a place name after cleaning, with its initials and adjectives when `derive`. */
static enum td_err add_place(struct td_gazetteer *g, const char *raw, bool derive)
{
    char buf[ENT_KEY_MAX];
    size_t n = clean_name(raw, strlen(raw), buf);
    enum td_err rc;

    /* Region names that are one common word ("West", "Centre") would tag surnames. */
    if (n == 0 || (memchr(buf, ' ', n) == NULL && (entity_word_class(buf, n) & (W_DIR | W_FUNC))))
        return TD_OK;
    if ((rc = add_exact(g, buf, n, ENT_GAZ_PLACE)) != TD_OK || !derive)
        return rc;
    if ((rc = add_initials(g, buf, n)) != TD_OK)
        return rc;
    return add_demonyms(g, buf, n);
}

/*
 * The parts of an official name worth knowing on their own: what follows
 * " of " ("United States of America" -> "America") split at " and "
 * ("Great Britain", "Northern Ireland").
 */
static enum td_err add_official_parts(struct td_gazetteer *g, const char *s)
{
    const char *p = strstr(s, " of ");
    char buf[ENT_KEY_MAX];
    enum td_err rc = TD_OK;

    if (p == NULL)
        return TD_OK;
    p += 4;
    while (rc == TD_OK && *p != '\0') {
        const char *and = strstr(p, " and ");
        size_t n = and? (size_t)(and-p) : strlen(p);
        if (n < sizeof(buf)) {
            memcpy(buf, p, n);
            buf[n] = '\0';
            if (strncmp(buf, "the ", 4) != 0)
                rc = add_place(g, buf, true);
        }
        p += n;
        if (and != NULL)
            p += 5;
    }
    return rc;
}

/* Maps a country's English names (any may be NULL) to its code. */
static enum td_err add_country_names(struct td_gazetteer *g, const char *code, const char *name,
                                     const char *common, const char *official)
{
    enum td_err rc = TD_OK;

    if (name != NULL)
        rc = add_country(g, name, code);
    if (rc == TD_OK && common != NULL)
        rc = add_country(g, common, code);
    if (rc == TD_OK && official != NULL)
        rc = add_country(g, official, code);
    return rc;
}

/* What an entry of ISO 3166-1 (countries) or ISO 3166-2 (regions) adds. */
struct place_ctx {
    struct td_gazetteer *g;
    bool countries;
};

/* Adds one iso-codes entry's names (and, for countries, the codes of its names). */
static enum td_err add_iso_entry(void *ctx, const struct iso_entry *e)
{
    const struct place_ctx *pc = ctx;
    struct td_gazetteer *g = pc->g;
    const char *name = e->name, *common = e->common_name, *official = e->official_name;
    enum td_err rc = TD_OK;

    if (pc->countries && e->alpha_2 != NULL && strlen(e->alpha_2) == 2)
        rc = add_country_names(g, e->alpha_2, name, common, official);
    if (rc == TD_OK && name != NULL)
        rc = add_place(g, name, pc->countries);
    if (rc == TD_OK && common != NULL)
        rc = add_place(g, common, pc->countries);
    if (rc == TD_OK && official != NULL && pc->countries)
        rc = add_place(g, official, true);
    if (rc == TD_OK && official != NULL && pc->countries)
        rc = add_official_parts(g, official);
    return rc;
}

/* Reads the array `key` of an iso-codes JSON file and adds each entry's names. */
static enum td_err load_iso_json(struct td_gazetteer *g, const char *path, const char *key,
                                 bool countries, struct td_error *err)
{
    struct place_ctx pc = {g, countries};
    enum td_err rc = entity_iso_each(path, key, ISO_READ_ANY, add_iso_entry, &pc);

    if (rc == TD_ERR_IO)
        return td_error_set(err, TD_ERR_PARSE, "cannot read JSON from '%s'", path);
    if (rc == TD_ERR_NOTFOUND)
        return td_error_set(err, TD_ERR_PARSE, "'%s' has no '%s' array", path, key);
    if (rc != TD_OK)
        return td_error_set(err, rc, "out of memory");
    return TD_OK;
}

static uint32_t mo_u32(const unsigned char *p, bool swap)
{
    if (swap)
        return (uint32_t)p[3] | (uint32_t)p[2] << 8 | (uint32_t)p[1] << 16 | (uint32_t)p[0] << 24;
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* One original/translation pair of a .mo catalogue (neither NUL-terminated by the caller). */
typedef enum td_err (*mo_pair_fn)(struct td_gazetteer *g, const char *orig, size_t on,
                                  const char *trans, size_t n, const char *lang);

/*
 * Calls `fn` for each pair of a GNU gettext .mo catalogue (magic 0x950412de;
 * header: revision, count, offset of the originals table, offset of the
 * translations table; each table entry is length + offset). A malformed
 * catalogue is skipped as a whole; so are pairs that run past its end.
 */
static enum td_err mo_each(struct td_gazetteer *g, const char *path, const char *lang,
                           mo_pair_fn fn)
{
    const unsigned char *b;
    char *data;
    size_t len, i, count, tab, orig;
    bool swap;
    enum td_err rc = TD_OK;

    if (!entity_iso_slurp(path, &data, &len))
        return TD_OK;
    b = (const unsigned char *)data;
    swap = len >= 20 && mo_u32(b, false) != 0x950412deU;
    if (len < 20 || mo_u32(b, swap) != 0x950412deU)
        goto out;
    count = mo_u32(b + 8, swap);
    orig = mo_u32(b + 12, swap);
    tab = mo_u32(b + 16, swap);
    if (tab > len || count > (len - tab) / 8 || orig > len || count > (len - orig) / 8)
        goto out;
    for (i = 0; i < count && rc == TD_OK; i++) {
        size_t n = mo_u32(b + tab + 8 * i, swap), off = mo_u32(b + tab + 8 * i + 4, swap);
        size_t on = mo_u32(b + orig + 8 * i, swap), ooff = mo_u32(b + orig + 8 * i + 4, swap);
        if (off >= len || n >= len - off || n == 0 || n >= ENT_KEY_MAX || ooff >= len ||
            on >= len - ooff)
            continue;
        rc = fn(g, data + ooff, on, data + off, n, lang);
    }
out:
    td_free(data);
    return rc;
}

/* A translated country name: a place, mapped to the code of the English one. */
static enum td_err add_country_translation(struct td_gazetteer *g, const char *orig, size_t on,
                                           const char *trans, size_t n, const char *lang)
{
    char code[2];
    enum td_err rc = add_place(g, trans, false);

    (void)n;
    (void)lang;
    if (rc == TD_OK && country_of_raw(g, orig, on, code))
        rc = add_country(g, trans, code);
    return rc;
}

/* ---- Country names in Han, kana and Hangul, for the text module's table of bodies ---- */

/* The script of a code point of such a name: 1 Han, 2 kana (and the name dot), 3 Hangul, 0 other.
 */
static int cjk_script(int32_t cp)
{
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF))
        return 1;
    if ((cp >= 0x3041 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF))
        return 2;
    return cp >= 0xAC00 && cp <= 0xD7A3 ? 3 : 0;
}

/*
 * Whether `s[0..n)` may stand for its country anywhere in a run of Han, kana
 * or Hangul: two code points or more, all of these scripts; two Han
 * characters only when the second is 国 or 國 ("美国", "米国"), the character
 * for a state: Chinese writes no spaces, and other pairs are as often the
 * end of one word and the start of the next ("沿海地区" holds 海地 Haiti).
 */
static bool cjk_form_ok(const char *s, size_t n)
{
    size_t p = 0, cps = 0;
    int32_t cp = 0;
    bool all_han = true;

    while (p < n) {
        int sc;
        cp = utf8_next_fast(s, n, &p);
        if ((sc = cjk_script(cp)) == 0)
            return false;
        all_han = all_han && sc == 1;
        cps++;
    }
    return cps >= 3 || (cps == 2 && (!all_han || cp == 0x56FD || cp == 0x570B));
}

/* Whether `s[0..n)` ends with the NUL-terminated `end`. */
static bool ends_with(const char *s, size_t n, const char *end)
{
    size_t k = strlen(end);

    return n >= k && memcmp(s + n - k, end, k) == 0;
}

/*
 * Whether the words `s[0..n)` (one space apart) all name a state's form in
 * Korean: 공화국 republic, 연방 federation, 연합국 union, and the words of
 * the kind of state, 이슬람 Islamic, 아랍 Arab, 민주 democratic, 인민
 * people's, 다국가 plurinational. Not the words of a place ("적도 기니"
 * Equatorial Guinea).
 */
static bool korean_state_words(const char *s, size_t n)
{
    static const char *const words[] = {"공화국", "연방", "연합국", "이슬람",
                                        "아랍",   "민주", "인민",   "다국가"};
    size_t at = 0, i;

    while (at < n) {
        const char *sp = memchr(s + at, ' ', n - at);
        size_t k = (sp != NULL ? (size_t)(sp - s) : n) - at;
        for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
            if (strlen(words[i]) == k && memcmp(s + at, words[i], k) == 0)
                break;
        if (i == sizeof(words) / sizeof(words[0]))
            return false;
        at += k + 1;
    }
    return true;
}

/*
 * The length of the short name in the full name `s[0..n)` of a country in
 * Han, kana or Hangul, or 0 for none: the name without the words for a
 * state's form at its end ("러시아 연방", "ロシア連邦", "俄羅斯聯邦" -> Russia;
 * "モンゴル国"), and then, in kana, without what follows a name dot
 * ("イラン・イスラム共和国" -> "イラン").
 */
static size_t cjk_short_name(const char *s, size_t n)
{
    static const char *const state_words[] = {"連合共和国", "共和国", "共和國",
                                              "連邦",       "联邦",   "聯邦"};
    const char *sp = memchr(s, ' ', n);
    size_t i, k = n, q;

    if (sp != NULL) /* Korean: "X 공화국", "X 연방", "X 이슬람 공화국", "X 다국가 연합국" */
        return korean_state_words(sp + 1, n - (size_t)(sp + 1 - s)) ? (size_t)(sp - s) : 0;
    for (i = 0; i < sizeof(state_words) / sizeof(state_words[0]) && k == n; i++)
        if (ends_with(s, n, state_words[i]))
            k = n - strlen(state_words[i]);
    if (k == n && ends_with(s, n, "\xE5\x9B\xBD") && n > 3) { /* 国 after kana */
        q = n - 3;
        while (q > 0 && ((unsigned char)s[q] & 0xC0) == 0x80)
            q--;
        q = q > 0 ? q - 1 : 0;
        while (q > 0 && ((unsigned char)s[q] & 0xC0) == 0x80)
            q--;
        k = cjk_script(utf8_next_fast(s, n, &q)) == 2 ? n - 3 : n;
    }
    if (k == n)
        return 0;
    for (q = 0; q + 3 <= k; q++)
        if (memcmp(s + q, "\xE3\x83\xBB", 3) == 0) /* ・ */
            return q;
    return k;
}

/* Puts form `s[0..n)` of `code` into `t`; a form of two codes gets 0 and is never used. */
static enum td_err cjk_put(struct td_gazetteer *g, struct gtable *t, const char *s, size_t n,
                           const char code[2])
{
    struct gslot *sl;
    enum td_err rc;

    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (n == 0 || n >= ENT_KEY_MAX || !cjk_form_ok(s, n))
        return TD_OK;
    if ((rc = table_put(g, t, 512, s, n, code_value(code), &sl)) != TD_OK)
        return rc;
    if (sl->value != code_value(code))
        sl->value = 0;
    return TD_OK;
}

/*
 * A translated country name in Han, kana or Hangul: its part before a comma
 * or parenthesis as written, and a state's name in parentheses
 * ("大韓民国 (韓国)"), go to `cjk`; its short name (cjk_short_name()) to
 * `cjk_cut`, which yields to `cjk` (load_cjk_countries()).
 */
static enum td_err add_cjk_country(struct td_gazetteer *g, const char *orig, size_t on,
                                   const char *trans, size_t n, const char *lang)
{
    char code[2];
    size_t main_len = strcspn(trans, ",(");
    const char *open = memchr(trans, '(', n), *close;
    size_t cut;
    enum td_err rc;

    (void)lang;
    if (!country_of_raw(g, orig, on, code))
        return TD_OK;
    if (main_len > n)
        main_len = n;
    if ((rc = cjk_put(g, &g->cjk, trans, main_len, code)) != TD_OK)
        return rc;
    while (main_len > 0 && trans[main_len - 1] == ' ')
        main_len--;
    if ((cut = cjk_short_name(trans, main_len)) > 0 &&
        (rc = cjk_put(g, &g->cjk_cut, trans, cut, code)) != TD_OK)
        return rc;
    if (open != NULL && (close = memchr(open, ')', n - (size_t)(open - trans))) != NULL &&
        (ends_with(open + 1, (size_t)(close - open - 1), "\xE5\x9B\xBD") ||
         ends_with(open + 1, (size_t)(close - open - 1), "\xE5\x9C\x8B")))
        rc = cjk_put(g, &g->cjk, open + 1, (size_t)(close - open - 1), code);
    return rc;
}

/*
 * Reads the Korean, Japanese and Chinese country names and writes them as
 * lines of a table of bodies, key "@" and the code, into `cjk_tsv`.
 */
static enum td_err load_cjk_countries(struct td_gazetteer *g, const char *dir)
{
    char path[4096];
    size_t i;
    enum td_err rc = TD_OK;

    for (i = 0; cjk_langs[i] != NULL && rc == TD_OK; i++)
        if (snprintf(path, sizeof(path), "%s/../locale/%s/LC_MESSAGES/iso_3166-1.mo", dir,
                     cjk_langs[i]) < (int)sizeof(path))
            rc = mo_each(g, path, cjk_langs[i], add_cjk_country);
    for (i = 0; i < g->cjk_cut.nslots && rc == TD_OK; i++) {
        const struct gslot *c = &g->cjk_cut.slots[i];
        struct gslot *sl;
        if (c->off != 0 && c->value != 0 &&
            table_get(&g->cjk, g->arena, g->arena + c->off, c->len) == NULL)
            rc = table_put(g, &g->cjk, 512, g->arena + c->off, c->len, c->value, &sl);
    }
    for (i = 0; i < g->cjk.nslots && rc == TD_OK; i++) {
        const struct gslot *c = &g->cjk.slots[i];
        char code[2];
        if (c->off == 0 || c->value == 0)
            continue;
        value_code(c->value, code);
        rc = td_buf_addf(&g->cjk_tsv, "@%c%c\t*\t%.*s\n", code[0], code[1], (int)c->len,
                         g->arena + c->off);
    }
    return rc;
}

const char *td_gazetteer_cjk_countries(const struct td_gazetteer *gaz, size_t *len)
{
    *len = gaz != NULL ? gaz->cjk_tsv.len : 0;
    return gaz != NULL ? gaz->cjk_tsv.data : "";
}

/* ---- Zone cities in other languages: ICU's exemplar city names ---- */

/*
 * The locales whose exemplar cities are read: the languages of the check
 * corpora written in letters that the table of bodies matches and that
 * no other path links to Latin ones (Han, kana, Hangul, Cyrillic, Greek,
 * Arabic, Devanagari). Not the Latin spellings of other languages ("Wien",
 * "Roma"): with them, two stories in one city met, unrelated until then
 * (docs/QUALITY.md, `tzcity`). Not Nepali: its Dili is "दिल्ली", Delhi.
 */
static const char *const city_locales[] = {"zh", "zh_Hant", "ja", "ko", "ru", "uk", "bg", "sr",
                                           "el", "ar",      "fa", "ur", "sd", "hi", "mr"};

/*
 * Letters a city's form needs, by script: Han, kana and Hangul two
 * (悉尼, 서울); Cyrillic, Greek and Devanagari three; Arabic letters four, as
 * three-letter names are words there too (Sindhi ڪيو Kyiv "did", Arabic
 * ترك Chuuk "left", Urdu چوک Chuuk "square", Persian نوم Nome "sleep").
 */
#define CITY_CJK_LETTERS 2
#define CITY_CASED_LETTERS 3
#define CITY_ARABIC_LETTERS 4

/*
 * A zone city's English name, `en` or the tail of its zone key
 * ("Australia:Sydney"), folded; 0 unless it is a place of the gazetteer
 * (tzdata's zone1970.tab, iso-codes): ICU keeps zones tzdata has merged,
 * named after outposts whose names are words elsewhere (Currie, Troll).
 */
static size_t city_key_of(const struct td_gazetteer *g, const char *zone, const char *en, char *out,
                          size_t cap)
{
    const char *tail = strrchr(zone, ':');
    char name[ENT_KEY_MAX];
    size_t n = 0, i;

    if (en == NULL) {
        for (tail = tail != NULL ? tail + 1 : zone; *tail != '\0' && n + 1 < sizeof(name); tail++)
            name[n++] = *tail == '_' ? ' ' : *tail;
        en = name;
    } else {
        n = strlen(en);
    }
    /* Letters and single spaces only: "St. John's", "Port-au-Prince" and "GMT+3" stay out. */
    for (i = 0; i < n; i++)
        if (!((en[i] | 0x20) >= 'a' && (en[i] | 0x20) <= 'z') &&
            !(en[i] == ' ' && i > 0 && en[i - 1] != ' '))
            return 0;
    if (n < 3 || (entity_gaz_lookup(g, en, n) & ENT_GAZ_PLACE) == 0)
        return 0;
    return fold_name(en, n, out, cap);
}

/*
 * Whether the form `s[0..n)` of a city may stand in running text: Han,
 * kana or Hangul only; Cyrillic or Greek letters, a capital first; Arabic
 * or Devanagari letters; enough of them, and no dot, digit or parenthesis.
 */
static bool city_form_ok(const char *s, size_t n)
{
    size_t p = 0, letters = 0;
    int32_t first = -1, cp;
    int cjk = -1;

    while (p < n) {
        utf8proc_category_t c;
        cp = utf8_next_fast(s, n, &p);
        c = utf8proc_category(cp);
        if (first < 0)
            first = cp;
        if (cjk < 0)
            cjk = cjk_script(cp) != 0;
        if (cjk == 1 ? cjk_script(cp) == 0
                     : !(cp == ' ' || cp == '-' || cp == '\'' || cp == 0x2019 ||
                         (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME)))
            return false;
        letters += c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
    }
    if (first < 0)
        return false;
    if (cjk == 1)
        return letters >= CITY_CJK_LETTERS;
    if (first >= 0x370 && first < 0x530) /* Greek, Cyrillic */
        return letters >= CITY_CASED_LETTERS && utf8proc_category(first) == UTF8PROC_CATEGORY_LU;
    if (first >= 0x600 && first < 0x700)
        return letters >= CITY_ARABIC_LETTERS;
    return first >= 0x900 && first < 0x980 && letters >= CITY_CASED_LETTERS;
}

/* The index of the city named `key[0..n)` (folded English) in `city_key`, added if new. */
static enum td_err city_index(struct city_loader *c, const char *key, size_t n, uint32_t *idx)
{
    const struct gslot *got = table_get(&c->city_names, c->pool.arena, key, n);
    struct gslot *sl;
    enum td_err rc;

    if (got != NULL) {
        *idx = (uint32_t)got->value - 1;
        return TD_OK;
    }
    if (c->ncity >= UINT16_MAX - 1)
        return TD_ERR_TOO_LARGE;
    if ((rc = td_grow((void **)&c->city_key, &c->cap_city, c->ncity + 1, sizeof(*c->city_key))) !=
            TD_OK ||
        (rc = table_put(&c->pool, &c->city_names, 512, key, n, (uint16_t)(c->ncity + 1), &sl)) !=
            TD_OK)
        return rc;
    c->city_key[c->ncity] = sl->off;
    *idx = (uint32_t)c->ncity++;
    return TD_OK;
}

/* `u[0..n)` (UTF-16) as NUL-terminated UTF-8 in `out`; false when it does not fit. */
static bool utf16_to_8(const UChar *u, int32_t n, char *out, size_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = 0;

    u_strToUTF8(out, (int32_t)cap, &len, u, n, &st);
    return U_SUCCESS(st) && len > 0 && (size_t)len < cap;
}

/* The exemplar city ("ec") of zone entry `zone` of a zoneStrings table, as UTF-8; false if none. */
static bool exemplar_of(UResourceBundle *zone, char *out, size_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = 0;
    const UChar *u;

    if (ures_getType(zone) != URES_TABLE)
        return false;
    u = ures_getStringByKey(zone, "ec", &n, &st);
    return U_SUCCESS(st) && utf16_to_8(u, n, out, cap);
}

/* The zoneStrings table of ICU's zone names for `loc`; NULL when ICU has no data of its own. */
static UResourceBundle *zone_strings(const char *loc)
{
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *b = ures_open(U_ICUDATA_NAME "-zone", loc, &st), *zs;

    if (U_FAILURE(st) || st == U_USING_DEFAULT_WARNING) {
        ures_close(b);
        return NULL;
    }
    zs = ures_getByKey(b, "zoneStrings", NULL, &st);
    ures_close(b);
    if (U_FAILURE(st)) {
        ures_close(zs);
        return NULL;
    }
    return zs;
}

/* The exemplar of zone key `zone` in the zoneStrings table `zs` into `out`; false if none. */
static bool zone_exemplar(UResourceBundle *zs, const char *zone, char *out, size_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *z;
    bool ok;

    if (zs == NULL)
        return false;
    z = ures_getByKey(zs, zone, NULL, &st);
    ok = U_SUCCESS(st) && exemplar_of(z, out, cap);
    ures_close(z);
    return ok;
}

/*
 * The Arabic letters of the folded name `out[0..k)` folded in place as the
 * table of bodies folds them (utf8_arabic_fold(), as orgs.c does): without
 * harakat and tatweel, hamza and madda alefs as alef, ta marbuta as ha,
 * alef maqsura as ya ("عمّان" Amman is "عُمان" Oman). Returns the new length.
 */
static size_t arabic_fold(char *out, size_t k)
{
    size_t i, j = 0;

    for (i = 0; i < k; i++) {
        unsigned c =
            i + 1 < k ? (unsigned)(unsigned char)out[i] << 8 | (unsigned char)out[i + 1] : 0;
        if (c >> 8 == 0xD8 || c >> 8 == 0xD9) {
            if ((c = utf8_arabic_fold(c)) != 0) {
                out[j++] = (char)(c >> 8);
                out[j++] = (char)(c & 0xFF);
            }
            i++;
        } else {
            out[j++] = out[i];
        }
    }
    return j;
}

/*
 * `s[0..n)` folded for comparing city forms with the words they must not
 * be: fold_name(), then arabic_fold().
 */
static size_t city_fold(const char *s, size_t n, char *out, size_t cap)
{
    return arabic_fold(out, fold_name(s, n, out, cap));
}

/* Adds the UTF-16 word `u[0..n)` to the words no city form may be (`city_stop`). */
static enum td_err add_city_stop(struct city_loader *c, const UChar *u, int32_t n)
{
    char form[ENT_KEY_MAX], key[ENT_KEY_MAX];
    size_t k;
    struct gslot *sl;

    if (!utf16_to_8(u, n, form, sizeof(form)) ||
        (k = city_fold(form, strlen(form), key, sizeof(key))) == 0)
        return TD_OK;
    return table_put(&c->pool, &c->city_stop, 1024, key, k, 1, &sl);
}

/* The date symbols of `df` that no city form may be: weekday and month names (Persian دوشنبه). */
static enum td_err add_calendar_stops(struct city_loader *c, UDateFormat *df)
{
    static const UDateFormatSymbolType types[] = {UDAT_WEEKDAYS, UDAT_MONTHS,
                                                  UDAT_STANDALONE_MONTHS};
    enum td_err rc = TD_OK;
    size_t t;
    int32_t i;

    for (t = 0; t < sizeof(types) / sizeof(types[0]) && rc == TD_OK; t++)
        for (i = 0; i < udat_countSymbols(df, types[t]) && rc == TD_OK; i++) {
            UErrorCode st = U_ZERO_ERROR;
            UChar u[64];
            int32_t n = udat_getSymbols(df, types[t], i, u, 64, &st);
            if (U_SUCCESS(st) && n > 0 && n < 64)
                rc = add_city_stop(c, u, n);
        }
    return rc;
}

/*
 * Reads the words of `loc` that no city form may be: its country names
 * (ICU's region names: Arabic الجزائر is Algeria and Algiers) and its
 * weekday and month names.
 */
static enum td_err load_city_stops(struct city_loader *cl, const char *loc)
{
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *b = ures_open(U_ICUDATA_NAME "-region", loc, &st), *c, *r = NULL;
    UDateFormat *df;
    enum td_err rc = TD_OK;

    c = U_SUCCESS(st) ? ures_getByKey(b, "Countries", NULL, &st) : NULL;
    while (U_SUCCESS(st) && rc == TD_OK && ures_hasNext(c)) {
        int32_t n = 0;
        const UChar *u;
        r = ures_getNextResource(c, r, &st);
        if (U_SUCCESS(st) && ures_getType(r) == URES_STRING &&
            (u = ures_getString(r, &n, &st)) != NULL)
            rc = add_city_stop(cl, u, n);
    }
    ures_close(r);
    ures_close(c);
    ures_close(b);
    st = U_ZERO_ERROR;
    df = udat_open(UDAT_NONE, UDAT_SHORT, loc, NULL, 0, NULL, 0, &st);
    if (rc == TD_OK && U_SUCCESS(st))
        rc = add_calendar_stops(cl, df);
    udat_close(df);
    return rc;
}

/*
 * Adds form `form` (UTF-8) of the city `idx` (in `city_key`) to the city
 * tables `c` (load_cities()), `g` the gazetteer: unless it may not
 * stand in text (city_form_ok()) or is a country's name (iso-codes; ICU in
 * a language read) or a weekday or month (`city_stop`, city_fold(): the
 * name folded once for both); a form two cities share is marked (value 0).
 */
static enum td_err add_city_form(const struct td_gazetteer *g, struct city_loader *c, uint32_t idx,
                                 const char *form)
{
    char folded[ENT_KEY_MAX];
    size_t n = strlen(form), fn;
    struct gslot *sl;
    enum td_err rc;

    if (n >= ENT_KEY_MAX || !city_form_ok(form, n) || table_get(&g->cjk, g->arena, form, n) != NULL)
        return TD_OK;
    fn = fold_name(form, n, folded, sizeof(folded));
    if (fn > 0 && (table_get(&g->countries, g->arena, folded, fn) != NULL ||
                   ((fn = arabic_fold(folded, fn)) > 0 &&
                    table_get(&c->city_stop, c->pool.arena, folded, fn) != NULL)))
        return TD_OK;
    if ((rc = table_put(&c->pool, &c->cities, 1024, form, n, (uint16_t)(idx + 1), &sl)) != TD_OK)
        return rc;
    if (sl->value != idx + 1)
        sl->value = 0;
    return TD_OK;
}

/*
 * The city that zone key `zone` names, its index in `c`'s `city_key` + 1,
 * in `*city`; 0 when none: its English name, then root's ("Ho Chi Minh"),
 * then the key's tail, the first that is a place (city_key_of()), and not
 * when that is its country's name ("Singapore", "Panama"). Worked out at
 * the first locale that names the zone and kept in `zone_city` for the
 * others: the answer is the same in every locale.
 */
static enum td_err zone_city(const struct td_gazetteer *g, struct city_loader *c, const char *zone,
                             UResourceBundle *const en[2], uint16_t *city)
{
    size_t zn = strlen(zone), kn = 0, i;
    const struct gslot *got = table_get(&c->zone_city, c->pool.arena, zone, zn);
    char eng[ENT_KEY_MAX], key[ENT_KEY_MAX];
    struct gslot *sl;
    uint32_t idx;
    uint16_t value = 0;
    enum td_err rc;

    if (got != NULL) {
        *city = got->value;
        return TD_OK;
    }
    for (i = 0; kn == 0 && i < 3; i++)
        if (i == 2 || zone_exemplar(en[i], zone, eng, sizeof(eng)))
            kn = city_key_of(g, zone, i < 2 ? eng : NULL, key, sizeof(key));
    if (kn > 0 && table_get(&g->countries, g->arena, key, kn) == NULL) {
        if ((rc = city_index(c, key, kn, &idx)) != TD_OK)
            return rc;
        value = (uint16_t)(idx + 1);
    }
    /* A key the table cannot hold is worked out each time. */
    if (zn > 0 && zn <= UINT16_MAX &&
        (rc = table_put(&c->pool, &c->zone_city, 512, zone, zn, value, &sl)) != TD_OK)
        return rc;
    *city = value;
    return TD_OK;
}

/* Reads the exemplar cities of the locale `loc` (city_locales) into the city tables `c`. */
static enum td_err load_city_locale(const struct td_gazetteer *g, struct city_loader *c,
                                    const char *loc, UResourceBundle *const en[2])
{
    UResourceBundle *zs = zone_strings(loc), *z = NULL;
    enum td_err rc = TD_OK;

    if (zs == NULL)
        return TD_OK;
    ures_resetIterator(zs);
    while (rc == TD_OK && ures_hasNext(zs)) {
        UErrorCode st = U_ZERO_ERROR;
        char form[ENT_KEY_MAX];
        const char *zone;
        uint16_t city = 0;
        z = ures_getNextResource(zs, z, &st);
        if (U_FAILURE(st))
            break;
        zone = ures_getKey(z);
        if (zone == NULL || strncmp(zone, "meta:", 5) == 0 || strncmp(zone, "Etc:", 4) == 0 ||
            !exemplar_of(z, form, sizeof(form)))
            continue;
        rc = zone_city(g, c, zone, en, &city);
        if (rc == TD_OK && city != 0)
            rc = add_city_form(g, c, (uint32_t)city - 1, form);
    }
    ures_close(z);
    ures_close(zs);
    return rc;
}

/* Appends the line "@KEY <TAB> * <TAB> FORM" of a table of bodies, `form` `n` bytes. */
static enum td_err add_city_line(struct td_buf *b, const char *key, const char *form, size_t n)
{
    enum td_err rc = td_buf_addc(b, '@');

    if (rc == TD_OK)
        rc = td_buf_adds(b, key);
    if (rc == TD_OK)
        rc = td_buf_add(b, "\t*\t", 3);
    if (rc == TD_OK)
        rc = td_buf_add(b, form, n);
    return rc == TD_OK ? td_buf_addc(b, '\n') : rc;
}

/*
 * Reads ICU's exemplar city names of the locales of city_locales into
 * tables of their own (the gazetteer's stay as they are: other threads
 * read them) and writes the forms one city owns as lines of a table of
 * bodies, key "@" and the English name, into `city_tsv`. Without ICU's
 * zone data, nothing.
 */
static enum td_err load_cities(struct td_gazetteer *g)
{
    UResourceBundle *en[2] = {zone_strings("en"), zone_strings("root")};
    struct city_loader c;
    enum td_err rc = TD_OK;
    size_t i;

    memset(&c, 0, sizeof(c));
    for (i = 0; i < sizeof(city_locales) / sizeof(city_locales[0]) && rc == TD_OK; i++)
        rc = load_city_stops(&c, city_locales[i]);
    for (i = 0; i < sizeof(city_locales) / sizeof(city_locales[0]) && rc == TD_OK; i++)
        rc = load_city_locale(g, &c, city_locales[i], en);
    ures_close(en[0]);
    ures_close(en[1]);
    for (i = 0; i < c.cities.nslots && rc == TD_OK; i++) {
        const struct gslot *f = &c.cities.slots[i];
        if (f->off != 0 && f->value != 0)
            rc = add_city_line(&g->city_tsv, c.pool.arena + c.city_key[f->value - 1],
                               c.pool.arena + f->off, f->len);
    }
    if (rc != TD_OK)
        td_buf_reset(&g->city_tsv);
    td_free(c.pool.arena);
    td_free(c.cities.slots);
    td_free(c.city_stop.slots);
    td_free(c.city_key);
    td_free(c.city_names.slots);
    td_free(c.zone_city.slots);
    return rc;
}

const char *td_gazetteer_cities(const struct td_gazetteer *gaz, size_t *len)
{
    /* Read on first use, under the lock: most runs never ask (model option zone_cities). */
    struct td_gazetteer *g = (struct td_gazetteer *)(uintptr_t)gaz;

    *len = 0;
    if (g == NULL)
        return "";
    pthread_mutex_lock(&g->city_lock);
    if (!g->city_loaded)
        (void)load_cities(g); /* out of memory: no cities */
    g->city_loaded = true;
    pthread_mutex_unlock(&g->city_lock);
    *len = g->city_tsv.len;
    return g->city_tsv.len > 0 ? g->city_tsv.data : "";
}

/*
 * The regular endings of a people's adjective in the translations read: a
 * language name ending in `end` (folded) loses `cut` bytes and takes each
 * of `suffixes` ("|"-separated). The first row of a language that matches
 * wins, so longer endings come first. Wrong guesses are words no text uses.
 */
static const struct form_rule {
    const char *lang, *end;
    size_t cut;
    const char *suffixes;
} form_rules[] = {
    /* néerlandais -> néerlandaise(s); italien -> italienne(s); russe -> russes. */
    {"fr", "s", 0, "e|es"},
    {"fr", "en", 0, "ne|nes|s"},
    {"fr", "e", 0, "s"},
    {"fr", "", 0, "e|s|es"},
    /* Französisch -> französische(n|r|s|m). */
    {"de", "sch", 0, "e|en|er|es|em"},
    /* Francés -> francesa(s), francese; Alemán -> alemana(s); Ruso -> rusa(s). */
    {"es", "\xc3\xa9s", 3, "esa|esas|eses"},
    {"es", "\xc3\xa1n", 3, "ana|anas|anes"},
    {"es", "o", 1, "a|os|as"},
    {"es", "l", 0, "a|es|as"},
    {"pt", "\xc3\xaas", 3, "esa|esas|eses"},
    {"pt", "o", 1, "a|os|as"},
    /* Tedesco -> tedesca, tedeschi, tedesche; Italiano -> italiana, -i, -e; Olandese -> -i. */
    {"it", "co", 1, "a|hi|he"},
    {"it", "o", 1, "a|i|e"},
    {"it", "e", 1, "i"},
    /* Frans -> Franse; Italiaans -> Italiaanse. */
    {"nl", "s", 0, "e"},
};

/* Adds folded `key[0..n)` to the table of translated people's adjectives. */
static enum td_err add_folded_demonym(struct td_gazetteer *g, const char *key, size_t n)
{
    struct gslot *sl;

    return table_put(g, &g->demonyms, 1024, key, n, 1, &sl);
}

/* Adds `key[0..n)` (folded) and its forms by the first rule of `lang` whose ending it has. */
static enum td_err add_forms(struct td_gazetteer *g, const char *key, size_t n, const char *lang)
{
    const struct form_rule *r = NULL;
    char buf[ENT_KEY_MAX];
    size_t i, el;
    const char *sfx;
    enum td_err rc = add_folded_demonym(g, key, n);

    for (i = 0; r == NULL && i < sizeof(form_rules) / sizeof(form_rules[0]); i++) {
        el = strlen(form_rules[i].end);
        if (strcmp(form_rules[i].lang, lang) == 0 && el < n &&
            memcmp(key + n - el, form_rules[i].end, el) == 0)
            r = &form_rules[i];
    }
    for (sfx = r != NULL ? r->suffixes : ""; rc == TD_OK && *sfx != '\0';) {
        size_t sl = strcspn(sfx, "|");
        if (n - r->cut + sl < sizeof(buf)) {
            memcpy(buf, key, n - r->cut);
            memcpy(buf + n - r->cut, sfx, sl);
            rc = add_folded_demonym(g, buf, n - r->cut + sl);
        }
        sfx += sl;
        sfx += *sfx == '|';
    }
    return rc;
}

/*
 * A translated language name whose English original is a people's
 * adjective (`add_language`: "French" -> fr "français", de "Französisch",
 * es "Francés", it "Francese") gives that adjective in the translation's
 * language, with its inflected forms. Only the first name of a list
 * ("Olandese; Fiammingo", "Holandés, Flamenco"), and only one word.
 */
static enum td_err add_language_forms(struct td_gazetteer *g, const char *orig, size_t on,
                                      const char *trans, size_t n, const char *lang)
{
    char clean[ENT_KEY_MAX], key[ENT_KEY_MAX];
    size_t k = 0, i;

    for (i = 0; i < on && k + 1 < sizeof(clean) && strchr(";,(", orig[i]) == NULL; i++)
        clean[k++] = orig[i];
    while (k > 0 && clean[k - 1] == ' ')
        k--;
    if (k == 0 || (entity_gaz_lookup(g, clean, k) & ENT_GAZ_DEMONYM) == 0)
        return TD_OK;
    n = strcspn(trans, ";,(");
    while (n > 0 && trans[n - 1] == ' ')
        n--;
    if (n < 3 || memchr(trans, ' ', n) != NULL || (n = fold_name(trans, n, key, sizeof(key))) < 3)
        return TD_OK;
    return add_forms(g, key, n, lang);
}

/* Continents and cities of tzdata's zone1970.tab ("Europe/Paris", "America/New_York"). */
static enum td_err load_zones(struct td_gazetteer *g, const char *path)
{
    char *data, *line, *next;
    size_t len;
    enum td_err rc = TD_OK;

    if (!entity_iso_slurp(path, &data, &len))
        return TD_OK;
    for (line = data; rc == TD_OK && line != NULL && *line != '\0'; line = next) {
        char *tz, *end, *part;
        next = strchr(line, '\n');
        if (next != NULL)
            *next++ = '\0';
        if (line[0] == '#' || (tz = strchr(line, '\t')) == NULL ||
            (tz = strchr(tz + 1, '\t')) == NULL)
            continue;
        tz++;
        if ((end = strchr(tz, '\t')) != NULL)
            *end = '\0';
        for (part = tz; rc == TD_OK && part != NULL;) {
            char *slash = strchr(part, '/');
            if (slash != NULL)
                *slash = '\0';
            /* The continent ("Europe") also gives its adjective ("European"). */
            rc = add_place(g, part, part == tz);
            part = slash ? slash + 1 : NULL;
        }
    }
    td_free(data);
    return rc;
}

/* ISO 4217 currency codes ("USD", "EUR"): all capitals, yet not organisations. */
static enum td_err add_currency(void *ctx, const struct iso_entry *e)
{
    if (e->alpha_3 == NULL)
        return TD_OK;
    return add_exact(ctx, e->alpha_3, strlen(e->alpha_3), ENT_GAZ_NOT_NAME);
}

/*
 * Names of the major languages (ISO 639-2 entries that have a 639-1 code):
 * in English most double as the people's adjective ("French", "Dutch",
 * "Greek", "Swedish"), which the country-name patterns cannot derive. Only
 * one-word names count; "Dutch; Flemish" gives both.
 */
static enum td_err add_language(void *ctx, const struct iso_entry *e)
{
    const char *name = e->name;
    enum td_err rc = TD_OK;

    if (name == NULL || e->alpha_2 == NULL)
        return TD_OK;
    while (rc == TD_OK && *name != '\0') {
        char buf[ENT_KEY_MAX];
        size_t len = strcspn(name, ";"), k = clean_name(name, len, buf);
        if (k >= 3 && memchr(buf, ' ', k) == NULL)
            rc = add_exact(ctx, buf, k, ENT_GAZ_DEMONYM);
        name += len;
        name += strspn(name, "; ");
    }
    return rc;
}

/* Reads an optional iso-codes file: a missing or unreadable one adds nothing. */
static enum td_err load_optional(struct td_gazetteer *g, const char *path, const char *key,
                                 iso_entry_fn fn)
{
    enum td_err rc = entity_iso_each(path, key, ISO_READ_ANY, fn, g);

    return rc == TD_ERR_IO || rc == TD_ERR_NOTFOUND ? TD_OK : rc;
}

static bool is_file(const char *path)
{
    struct stat st;

    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static enum td_err load_all(struct td_gazetteer *g, const char *dir, struct td_error *err)
{
    char path[4096];
    const char *zdir = getenv("TIDINGS_ZONEINFO");
    enum td_err rc;
    size_t i;

    if (snprintf(path, sizeof(path), "%s/json/iso_3166-1.json", dir) >= (int)sizeof(path))
        return td_error_set(err, TD_ERR_INVALID, "iso-codes path too long");
    if (!is_file(path))
        return td_error_set(err, TD_ERR_NOTFOUND,
                            "no gazetteer: '%s' is missing (install the iso-codes package)", path);
    if ((rc = load_iso_json(g, path, "3166-1", true, err)) != TD_OK)
        return rc;
    if (snprintf(path, sizeof(path), "%s/json/iso_3166-2.json", dir) < (int)sizeof(path) &&
        is_file(path) && (rc = load_iso_json(g, path, "3166-2", false, err)) != TD_OK)
        return rc;
    if (snprintf(path, sizeof(path), "%s/json/iso_4217.json", dir) < (int)sizeof(path) &&
        is_file(path) && (rc = load_optional(g, path, "4217", add_currency)) != TD_OK)
        return td_error_set(err, rc, "out of memory");
    if (snprintf(path, sizeof(path), "%s/json/iso_639-2.json", dir) < (int)sizeof(path) &&
        is_file(path) && (rc = load_optional(g, path, "639-2", add_language)) != TD_OK)
        return td_error_set(err, rc, "out of memory");
    for (i = 0; mo_langs[i] != NULL; i++) {
        if (snprintf(path, sizeof(path), "%s/../locale/%s/LC_MESSAGES/iso_3166-1.mo", dir,
                     mo_langs[i]) < (int)sizeof(path) &&
            (rc = mo_each(g, path, mo_langs[i], add_country_translation)) != TD_OK)
            return td_error_set(err, rc, "out of memory");
        if (snprintf(path, sizeof(path), "%s/../locale/%s/LC_MESSAGES/iso_639-2.mo", dir,
                     mo_langs[i]) < (int)sizeof(path) &&
            (rc = mo_each(g, path, mo_langs[i], add_language_forms)) != TD_OK)
            return td_error_set(err, rc, "out of memory");
    }
    if ((rc = load_cjk_countries(g, dir)) != TD_OK)
        return td_error_set(err, rc, "out of memory");
    if (snprintf(path, sizeof(path), "%s/zone1970.tab", zdir ? zdir : TD_ZONEINFO_DIR) <
            (int)sizeof(path) &&
        (rc = load_zones(g, path)) != TD_OK)
        return td_error_set(err, rc, "out of memory");
    return TD_OK;
}

enum td_err td_gazetteer_open(const char *dir, struct td_gazetteer **out, struct td_error *err)
{
    struct td_gazetteer *g;
    enum td_err rc;

    if (out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no output gazetteer");
    if (dir == NULL)
        dir = getenv("TIDINGS_ISO_CODES");
    if (dir == NULL || dir[0] == '\0')
        dir = TD_ISO_CODES_DIR;
    if ((g = td_calloc(1, sizeof(*g))) == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    td_buf_init(&g->cjk_tsv, 0);
    td_buf_init(&g->city_tsv, 0);
    pthread_mutex_init(&g->city_lock, NULL);
    rc = load_all(g, dir, err);
    if (rc != TD_OK) {
        td_gazetteer_close(g);
        return rc;
    }
    *out = g;
    return TD_OK;
}

void td_gazetteer_close(struct td_gazetteer *gaz)
{
    if (gaz == NULL)
        return;
    td_free(gaz->arena);
    td_free(gaz->names.slots);
    td_free(gaz->countries.slots);
    td_free(gaz->demonyms.slots);
    td_free(gaz->cjk.slots);
    td_free(gaz->cjk_cut.slots);
    td_buf_release(&gaz->cjk_tsv);
    td_buf_release(&gaz->city_tsv);
    pthread_mutex_destroy(&gaz->city_lock);
    td_free(gaz);
}

size_t td_gazetteer_size(const struct td_gazetteer *gaz)
{
    return gaz ? gaz->names.count : 0;
}

unsigned entity_gaz_lookup(const struct td_gazetteer *gaz, const char *key, size_t n)
{
    const struct gslot *sl = gaz != NULL ? table_get(&gaz->names, gaz->arena, key, n) : NULL;

    return sl != NULL ? sl->value : 0;
}

/* The process-wide gazetteer: 0 not tried (or out of memory), 1 loaded, 2 unavailable. */
static pthread_mutex_t shared_lock = PTHREAD_MUTEX_INITIALIZER;
static struct td_gazetteer *shared_gaz;
static int shared_state;

enum td_err td_gazetteer_shared(const struct td_gazetteer **out)
{
    enum td_err rc = TD_OK;

    pthread_mutex_lock(&shared_lock);
    if (shared_state == 0) {
        rc = td_gazetteer_open(NULL, &shared_gaz, NULL);
        if (rc == TD_OK)
            shared_state = 1;
        else if (rc != TD_ERR_NOMEM)
            shared_state = 2;
        if (rc != TD_OK)
            shared_gaz = NULL;
    }
    *out = shared_gaz;
    pthread_mutex_unlock(&shared_lock);
    return rc == TD_ERR_NOMEM ? rc : TD_OK;
}
