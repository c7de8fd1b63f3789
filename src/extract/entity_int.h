/*
 * entity_int.h - private to src/extract/entity*.c: the gazetteer's name
 * table, the tokens the entity tagger works on, and the word lists (titles,
 * organisation and place cue words, function words) it classifies them by.
 */
#ifndef TD_EXTRACT_ENTITY_INT_H
#define TD_EXTRACT_ENTITY_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tidings/entity.h"

/* Longest gazetteer name, in words; longer candidates are not looked up. */
#define ENT_GAZ_MAX_WORDS 6
/* Longest name key in bytes (words joined by single spaces). */
#define ENT_KEY_MAX 256

/* What a gazetteer name is (bit set). */
enum ent_gaz_kind {
    ENT_GAZ_PLACE = 1,
    ENT_GAZ_DEMONYM = 2,  /* derived adjective: "Japanese" */
    ENT_GAZ_INITIALS = 4, /* derived initials: "UK", "U.K." */
    ENT_GAZ_NOT_NAME = 8  /* a code that is no entity: currency "USD" */
};

/* Token flags. */
enum ent_tok_flag {
    TK_CAP = 1 << 0,     /* starts with an upper-case letter */
    TK_ALLCAPS = 1 << 1, /* two or more letters, all upper case ("GM", "U.S.") */
    TK_LOWER = 1 << 2,   /* starts with a lower-case letter */
    TK_DIGIT = 1 << 3,   /* starts with a digit */
    TK_SENT = 1 << 4,    /* first token of a sentence or line */
    TK_BREAK = 1 << 5,   /* punctuation between the previous token and this one */
    TK_POSS = 1 << 6,    /* followed by a possessive 's */
    TK_DOTTED = 1 << 7,  /* dotted initials ("U.S.") */
    TK_PERIOD = 1 << 8,  /* directly followed by '.' */
    TK_HASDIGIT = 1 << 9 /* contains a digit: a model or an amount, not a name */
};

struct ent_tok {
    size_t start, end;       /* bytes */
    size_t start_cp, end_cp; /* code points */
    unsigned flags;          /* enum ent_tok_flag */
    uint64_t lhash;          /* hash of the lower-cased token */
};

/* Word classes of the cue lists (bit set). */
enum ent_word_class {
    W_FUNC = 1 << 0,          /* function word: never a name on its own */
    W_TITLE = 1 << 1,         /* personal title before a name: Mr, President, CEO */
    W_ROLE = 1 << 2,          /* corporate role: a name before it is an employer */
    W_ORG_END = 1 << 3,       /* organisation suffix: Inc, Party, University */
    W_ORG_CUE = 1 << 4,       /* word found in organisation names: Airlines, Motors */
    W_LOC_END = 1 << 5,       /* place suffix: Airport, River, Street */
    W_LOC_PREP = 1 << 6,      /* preposition before a place: in, from, near */
    W_TIME = 1 << 7,          /* month or weekday name */
    W_CONNECT = 1 << 8,       /* lower-case word inside names: of, de, von */
    W_RENAME = 1 << 9,        /* last word of a renaming phrase: "known as", "goes by" */
    W_CURRENCY = 1 << 10,     /* currency word: "US dollars" is no place */
    W_DIR = 1 << 11,          /* compass word: alone it is no place ("West", "North") */
    W_FIN = 1 << 12,          /* market index word: "Industrial Average", "the X index" */
    W_ORG_KIND = 1 << 13,     /* kind of company before its name: "retailer X", "automaker X" */
    W_EVENT = 1 << 14,        /* last word of an event's name: "Air Show", "Olympic Games" */
    W_PRODUCT = 1 << 15,      /* kind of product after its brand: "X sedan", "X laptops" */
    W_PRODUCT_KIND = 1 << 16, /* kind of product before its name: "browser X", "sedan X" */
    W_MODEL_END = 1 << 17,    /* last word of a model's name: "X Pro", "X Mini" */
    W_ABBR = 1 << 18          /* common-noun abbreviation, never a name: TV, GDP, SUV */
};

/* Word classes of `s[0..n)` (ASCII case-insensitive), 0 when unknown. */
unsigned entity_word_class(const char *s, size_t n);

/* Whether the cue-word table is in strict byte order (checked by the unit tests). */
bool entity_words_sorted(void);

/* 64-bit FNV-1a of `s[0..n)` with ASCII letters lower-cased. */
uint64_t entity_hash_lower(const char *s, size_t n);

/*
 * Reads a whole file of at most 16 MiB into a NUL-terminated heap buffer
 * (`*out`, td_free it; `*len` bytes before the NUL); false when it cannot.
 */
bool entity_iso_slurp(const char *path, char **out, size_t *len);

/* The fields of one entry of an iso-codes array the gazetteer reads (NULL when absent). */
struct iso_entry {
    const char *name, *common_name, *official_name, *alpha_2, *alpha_3;
};

/* Called for each entry; a code other than TD_OK stops the reading. */
typedef enum td_err (*iso_entry_fn)(void *ctx, const struct iso_entry *e);

/* How entity_iso_each reads: its own scan with json-c behind it, or one of the two alone. */
enum iso_read { ISO_READ_ANY, ISO_READ_SCAN, ISO_READ_JSONC };

/*
 * Calls `fn(ctx, e)` for each element of the array member `key` of the JSON
 * file `path` (entries' strings are borrowed for the call). Returns TD_OK,
 * fn's code, TD_ERR_IO (cannot read the file or it is not JSON),
 * TD_ERR_NOTFOUND (no array `key`), TD_ERR_NOMEM; ISO_READ_SCAN returns
 * TD_ERR_PARSE for a file its scan does not take.
 */
TD_NODISCARD enum td_err entity_iso_each(const char *path, const char *key, enum iso_read how,
                                         iso_entry_fn fn, void *ctx);

/* Gazetteer kind bits of the name `key[0..n)` (exact case), 0 when absent. */
unsigned entity_gaz_lookup(const struct td_gazetteer *gaz, const char *key, size_t n);

/*
 * Splits `text` into tokens, replacing `*toks` (grown with td_realloc; `*cap`
 * its capacity). Errors: TD_ERR_NOMEM (the old array stays valid).
 */
TD_NODISCARD enum td_err entity_tokenize(const char *text, size_t len, struct ent_tok **toks,
                                         size_t *n, size_t *cap);

/*
 * `td_entities_find()` that also replaces the contents of `non` (may be
 * NULL) with the spans it found to be no names (products, market indices,
 * events), typed 0, and with the tentative names, typed: names that only
 * a default typed (one word, or several typed ORG) and that the text uses
 * once. With `non`, those are not in `out`; without, they are. Same
 * errors; on error neither list changes.
 */
TD_NODISCARD enum td_err entity_find_ex(const struct td_gazetteer *gaz, const char *text,
                                        size_t len, const char *lang, struct td_mention_list *out,
                                        struct td_mention_list *non, struct td_error *err);

#endif
