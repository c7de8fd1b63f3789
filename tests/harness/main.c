/*
 * main.c - runs the tests registered with TD_TEST, each in a fresh temporary
 * directory, and prints one line per failure and "N passed, N failed".
 * Usage: test_<mod> [SUBSTRING]  (run only tests whose name contains it).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"

#define MAX_TESTS 1024

static struct {
    const char *name;
    td_test_fn fn;
} tests[MAX_TESTS];
static int ntests;
static int current_failed;
static char tmpdir[256];

void td_test_register(const char *name, td_test_fn fn)
{
    if (ntests < MAX_TESTS) {
        tests[ntests].name = name;
        tests[ntests].fn = fn;
        ntests++;
    }
}

void td_test_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;

    current_failed = 1;
    fprintf(stderr, "%s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

const char *td_test_tmpdir(void)
{
    return tmpdir;
}

static int run_one(int i)
{
    char cmd[300];
    const char *base = getenv("TMPDIR");

    (void)snprintf(tmpdir, sizeof(tmpdir), "%s/td_test_XXXXXX", base ? base : "/tmp");
    if (mkdtemp(tmpdir) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    current_failed = 0;
    tests[i].fn();
    (void)snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "warning: could not remove %s\n", tmpdir);
    if (current_failed)
        fprintf(stderr, "FAIL %s\n", tests[i].name);
    return current_failed;
}

int main(int argc, char **argv)
{
    int i, passed = 0, failed = 0;

    for (i = 0; i < ntests; i++) {
        if (argc > 1 && strstr(tests[i].name, argv[1]) == NULL)
            continue;
        if (run_one(i))
            failed++;
        else
            passed++;
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
