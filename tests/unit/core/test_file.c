/* test_file.c - tests of src/core/file.c: td_file_slurp(). */
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "core/file.h"
#include "test.h"

TD_TEST(test_file__slurp_reads_whole_files_up_to_the_bound)
{
    char path[1024], *buf = (char *)"stale";
    size_t len = 0;
    FILE *f;

    ASSERT_TRUE(snprintf(path, sizeof(path), "%s/slurp.txt", td_test_tmpdir()) < (int)sizeof(path));
    f = fopen(path, "wb");
    ASSERT_TRUE(f != NULL);
    ASSERT_TRUE(fwrite("ab\0cd\n", 1, 6, f) == 6);
    ASSERT_TRUE(fclose(f) == 0);
    /* The whole file, a NUL inside it kept, and one after it. */
    ASSERT_TRUE(td_file_slurp(path, 6, &buf, &len));
    ASSERT_EQ_INT(len, 6);
    ASSERT_TRUE(memcmp(buf, "ab\0cd\n", 7) == 0);
    td_free(buf);
    /* One byte over the bound: refused, nothing handed out. */
    buf = (char *)"stale";
    ASSERT_TRUE(!td_file_slurp(path, 5, &buf, &len));
    ASSERT_TRUE(buf == NULL);
    /* A missing file, and a folder. */
    buf = (char *)"stale";
    ASSERT_TRUE(!td_file_slurp("/nonexistent/slurp.txt", 100, &buf, &len));
    ASSERT_TRUE(buf == NULL);
    ASSERT_TRUE(!td_file_slurp(td_test_tmpdir(), 100, &buf, &len));
    ASSERT_TRUE(buf == NULL);
    /* An empty file: an empty string. */
    f = fopen(path, "wb");
    ASSERT_TRUE(f != NULL && fclose(f) == 0);
    ASSERT_TRUE(td_file_slurp(path, 0, &buf, &len));
    ASSERT_TRUE(len == 0 && buf != NULL && buf[0] == '\0');
    td_free(buf);
}
