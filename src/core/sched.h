/*
 * sched.h - background threads: work that keeps caches and indexes current
 * gives way to the threads that answer requests or ingest.
 */
#ifndef TD_CORE_SCHED_H
#define TD_CORE_SCHED_H

#include <stdbool.h>

/* The nice value of background threads (0 normal, 19 lowest). */
#define SCHED_BACKGROUND_NICE 10

/*
 * Lowers the calling thread's priority to SCHED_BACKGROUND_NICE. Linux
 * gives each thread its own nice value; elsewhere, or when refused, the
 * thread keeps its priority.
 */
void sched_background_thread(void);

/* Whether this process may run on more than one CPU (its affinity mask; true when unknown). */
bool sched_several_cpus(void);

#endif
