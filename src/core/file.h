/*
 * file.h - reading a whole data file (a gazetteer, a readings table) into
 * memory. Implementation: file.c.
 */
#ifndef TD_CORE_FILE_H
#define TD_CORE_FILE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Reads the file at `path` into `*out`, NUL-terminated, its length (without
 * the NUL) in `*len`; the caller frees `*out` with td_free(). False, with
 * `*out` NULL, when the file is missing or unreadable, is over `max` bytes,
 * or memory runs out.
 */
bool td_file_slurp(const char *path, size_t max, char **out, size_t *len);

#endif
