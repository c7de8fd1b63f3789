/*
 * banned.h - functions that must not be used in Tidings. Include it LAST in
 * a .c file (after every system header), as git does. scripts/check-banned.sh
 * also greps the whole tree for these names in CI. Use td_buf, snprintf with
 * its result checked, core/time.c and core/parse.c instead.
 */
#ifndef TD_CORE_BANNED_H
#define TD_CORE_BANNED_H

#define TD_BANNED(func) sorry_##func##_is_a_banned_function

#undef malloc
#define malloc(n) TD_BANNED(malloc)
#undef free
#define free(p) TD_BANNED(free)
#undef strcpy
#define strcpy(x, y) TD_BANNED(strcpy)
#undef strcat
#define strcat(x, y) TD_BANNED(strcat)
#undef strncpy
#define strncpy(x, y, n) TD_BANNED(strncpy)
#undef sprintf
#define sprintf(...) TD_BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) TD_BANNED(vsprintf)
#undef strtok
#define strtok(x, y) TD_BANNED(strtok)
#undef gmtime
#define gmtime(t) TD_BANNED(gmtime)
#undef localtime
#define localtime(t) TD_BANNED(localtime)
#undef ctime
#define ctime(t) TD_BANNED(ctime)
#undef asctime
#define asctime(t) TD_BANNED(asctime)
#undef atoi
#define atoi(s) TD_BANNED(atoi)
#undef atol
#define atol(s) TD_BANNED(atol)

#endif
