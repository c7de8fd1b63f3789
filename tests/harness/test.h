/*
 * test.h - the small unit-test harness of Tidings. A test is
 *     TD_TEST(test_mod__what) { ASSERT_EQ_INT(1 + 1, 2); }
 * Tests register themselves at start-up; tests/harness/main.c runs them all
 * (or those whose name contains argv[1]) and ends with "N passed, N failed".
 * A failed assertion prints file:line and both values and ends that test.
 */
#ifndef TD_TEST_H
#define TD_TEST_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef void (*td_test_fn)(void);

void td_test_register(const char *name, td_test_fn fn);
/* Marks the running test failed; used by the ASSERT macros. */
void td_test_fail(const char *file, int line, const char *fmt, ...);
/* A fresh temporary directory for the running test (removed afterwards). */
const char *td_test_tmpdir(void);

#define TD_TEST(name)                                                     \
    static void name(void);                                               \
    __attribute__((constructor)) static void name##__reg(void)            \
    {                                                                     \
        td_test_register(#name, name);                                    \
    }                                                                     \
    static void name(void)

#define ASSERT_TRUE(c)                                                    \
    do {                                                                  \
        if (!(c)) {                                                       \
            td_test_fail(__FILE__, __LINE__, "expected true: %s", #c);    \
            return;                                                       \
        }                                                                 \
    } while (0)

#define ASSERT_EQ_INT(a, b)                                               \
    do {                                                                  \
        long long va_ = (long long)(a), vb_ = (long long)(b);             \
        if (va_ != vb_) {                                                 \
            td_test_fail(__FILE__, __LINE__, "%s == %s: %lld != %lld", #a, \
                         #b, va_, vb_);                                   \
            return;                                                       \
        }                                                                 \
    } while (0)

#define ASSERT_OK(e)                                                      \
    do {                                                                  \
        int rc_ = (int)(e);                                               \
        if (rc_ != 0) {                                                   \
            td_test_fail(__FILE__, __LINE__, "%s failed with code %d", #e, rc_); \
            return;                                                       \
        }                                                                 \
    } while (0)

#define ASSERT_STREQ(a, b)                                                \
    do {                                                                  \
        const char *sa_ = (a), *sb_ = (b);                                \
        if (sa_ == NULL || sb_ == NULL || strcmp(sa_, sb_) != 0) {        \
            td_test_fail(__FILE__, __LINE__, "%s == %s: \"%s\" != \"%s\"", \
                         #a, #b, sa_ ? sa_ : "(null)", sb_ ? sb_ : "(null)"); \
            return;                                                       \
        }                                                                 \
    } while (0)

#define ASSERT_NEAR(a, b, eps)                                            \
    do {                                                                  \
        double da_ = (double)(a), db_ = (double)(b);                      \
        if (da_ - db_ > (eps) || db_ - da_ > (eps)) {                     \
            td_test_fail(__FILE__, __LINE__, "%s ~= %s: %.6f != %.6f", #a, #b, \
                         da_, db_);                                       \
            return;                                                       \
        }                                                                 \
    } while (0)

#endif
