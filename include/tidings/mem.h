/*
 * mem.h - memory reports: what holds a long-lived object's heap memory,
 * one row per holder, for `tidings ingest --mem-stats` and for tests that
 * check a holder stays within its budget.
 *
 * A report calls a `td_mem_row_fn` once per row, in a fixed order, with a
 * name that says what holds the memory ("events: term dictionary"), how
 * many entries it holds (0 where that means nothing) and the bytes of heap
 * it holds: the allocations' requested sizes, not the allocator's overhead.
 * Making a report changes nothing and allocates nothing.
 */
#ifndef TIDINGS_MEM_H
#define TIDINGS_MEM_H

#include <stddef.h>

/* One row of a memory report; `what` is a static string. */
typedef void (*td_mem_row_fn)(void *ctx, const char *what, size_t entries, size_t bytes);

#endif
