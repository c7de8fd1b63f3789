/*
 * os_mem.h - hints to the operating system about memory the allocator
 * wrappers (alloc.c) hand out. Platform code: os_mem.c.
 */
#ifndef TD_CORE_OS_MEM_H
#define TD_CORE_OS_MEM_H

#include <stddef.h>

/*
 * Asks for transparent huge pages (2 MiB on x86-64) behind the whole huge
 * pages inside `p[0..n)`, a block just allocated. A hint: where the system
 * has no such pages, or refuses, nothing changes. `p` stays the caller's.
 */
void os_mem_advise_huge(void *p, size_t n);

#endif
