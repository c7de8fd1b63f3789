/* file.c - see file.h. */
#include "core/file.h"

#include <stdio.h>

#include "core/alloc.h"
#include "core/banned.h"

bool td_file_slurp(const char *path, size_t max, char **out, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    long sz;

    *out = NULL;
    if (f == NULL)
        return false;
    if (fseek(f, 0, SEEK_END) != 0 || (sz = ftell(f)) < 0 || (size_t)sz > max ||
        fseek(f, 0, SEEK_SET) != 0 || (buf = td_malloc((size_t)sz + 1)) == NULL ||
        fread(buf, 1, (size_t)sz, f) != (size_t)sz) {
        td_free(buf);
        fclose(f);
        return false;
    }
    fclose(f);
    buf[sz] = '\0';
    *out = buf;
    *len = (size_t)sz;
    return true;
}
