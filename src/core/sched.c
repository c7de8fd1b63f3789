/*
 * sched.c - background threads (see sched.h).
 */
#include "core/sched.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

void sched_background_thread(void)
{
#ifdef SYS_gettid
    (void)setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), SCHED_BACKGROUND_NICE);
#endif
}
