/*
 * limits.h - every size that comes from outside has a named limit here.
 * Going over one returns TD_ERR_TOO_LARGE. The README lists them all.
 */
#ifndef TD_CORE_LIMITS_H
#define TD_CORE_LIMITS_H

/* One JSON Lines record (one line, without its newline). */
#define TD_MAX_LINE_BYTES ((size_t)16 * 1024 * 1024)
/* One plain-text article file. */
#define TD_MAX_TEXT_FILE_BYTES ((size_t)16 * 1024 * 1024)
/* An article id. */
#define TD_MAX_ID_BYTES ((size_t)512)
/* A title, url, source or lang field. */
#define TD_MAX_SHORT_FIELD_BYTES ((size_t)64 * 1024)
/* Directory recursion depth during ingest. */
#define TD_MAX_DIR_DEPTH 64
/* Distinct terms kept per article vector. */
#define TD_MAX_TERMS_PER_ARTICLE 4096
/* The Han-to-Hangul reading table (libhangul's hanja.txt, ~6.5 MB; text/hanja.c). */
#define TD_MAX_HANJA_FILE_BYTES ((size_t)32 * 1024 * 1024)
/* A full-text search query. */
#define TD_MAX_QUERY_BYTES ((size_t)4096)

#endif
