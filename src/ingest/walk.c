/*
 * walk.c - recursive directory reading for `td_read_path()`. Entries are
 * visited in byte-wise name order so that a run is reproducible whatever
 * order the file system lists them in; hidden entries are skipped and
 * symlinked directories are not followed, so the walk cannot loop.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/limits.h"
#include "ingest/ingest_int.h"
#include "core/banned.h"

/* TD_MAX_DIR_DEPTH levels of 255-byte names fit well within this. */
#define PATH_MAX_BYTES ((size_t)64 * 1024)

/* The names of one directory, owned. */
struct names {
    char **v;
    size_t n;
    size_t cap;
};

/* Frees every name and the array; `ns` is left empty and reusable. */
static void names_free(struct names *ns)
{
    size_t i;

    for (i = 0; i < ns->n; i++)
        td_free(ns->v[i]);
    TD_FREE(ns->v);
    ns->n = ns->cap = 0;
}

/* Appends a copy of `name`; on failure `ns` is unchanged. */
static enum td_err names_add(struct names *ns, const char *name)
{
    char *copy;

    if (ns->n == ns->cap) {
        size_t ncap = ns->cap ? ns->cap * 2 : 16;
        char **nv = td_realloc(ns->v, ncap * sizeof(*nv));
        if (nv == NULL)
            return TD_ERR_NOMEM;
        ns->v = nv;
        ns->cap = ncap;
    }
    copy = td_strdup(name);
    if (copy == NULL)
        return TD_ERR_NOMEM;
    ns->v[ns->n++] = copy;
    return TD_OK;
}

/* strcmp compares as unsigned char, which is exactly byte-wise order. */
static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects the visible names of directory `path`, sorted. */
static enum td_err list_dir(const char *path, struct names *ns, struct td_error *err)
{
    DIR *d = opendir(path);
    struct dirent *de;
    enum td_err rc = TD_OK;

    if (d == NULL)
        return td_error_set(err, TD_ERR_IO, "cannot open directory '%s': %s", path,
                            strerror(errno));
    /* readdir reports errors only through errno, so clear it before each call. */
    for (;;) {
        errno = 0;
        de = readdir(d);
        if (de == NULL)
            break;
        /* Skips ".", ".." and hidden files alike. */
        if (de->d_name[0] == '.')
            continue;
        if (names_add(ns, de->d_name) != TD_OK) {
            rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
            goto out;
        }
    }
    if (errno != 0)
        rc = td_error_set(err, TD_ERR_IO, "cannot read directory '%s': %s", path,
                          strerror(errno));
    else if (ns->n > 1)
        qsort(ns->v, ns->n, sizeof(ns->v[0]), cmp_names);
out:
    closedir(d);
    return rc;
}

/*
 * The mode of `path` for walking: symlinks to files count as files, and a
 * symlink to a directory reports 0 so that it is skipped.
 */
static enum td_err entry_mode(const char *path, mode_t *mode, struct td_error *err)
{
    struct stat sb;

    if (lstat(path, &sb) != 0)
        return td_error_set(err, TD_ERR_IO, "cannot read '%s': %s", path, strerror(errno));
    if (S_ISLNK(sb.st_mode)) {
        if (stat(path, &sb) != 0)
            return td_error_set(err, TD_ERR_IO, "cannot read '%s': %s", path, strerror(errno));
        if (S_ISDIR(sb.st_mode))
            sb.st_mode = 0;
    }
    *mode = sb.st_mode;
    return TD_OK;
}

/* Reads the entry `name` of directory `dir`. Sockets, FIFOs and devices are skipped. */
static enum td_err visit(const struct td_reader_opts *opts, const char *dir, const char *name,
                         int depth, struct td_error *err)
{
    struct td_buf path;
    size_t dlen = strlen(dir);
    mode_t mode = 0;
    enum td_err rc;

    /*
     * Each entry builds its own path: simpler than sharing one buffer down
     * the recursion, and negligible next to reading the file itself.
     */
    td_buf_init(&path, PATH_MAX_BYTES);
    rc = td_buf_addf(&path, "%s%s%s", dir, dlen && dir[dlen - 1] == '/' ? "" : "/", name);
    if (rc != TD_OK) {
        rc = td_error_set(err, rc, "cannot build the path of '%s' in '%s'", name, dir);
        goto out;
    }
    rc = entry_mode(path.data, &mode, err);
    if (rc != TD_OK)
        goto out;
    /* A FIFO could block the walk forever, so only plain files are read. */
    if (S_ISDIR(mode))
        rc = walk_dir(opts, path.data, depth + 1, err);
    else if (S_ISREG(mode))
        rc = reader_read_file(opts, path.data, err);
out:
    td_buf_release(&path);
    return rc;
}

enum td_err walk_dir(const struct td_reader_opts *opts, const char *path, int depth,
                     struct td_error *err)
{
    struct names ns = {NULL, 0, 0};
    enum td_err rc;
    size_t i;

    /* Not a loop guard (symlinked directories are never entered) but a stack bound. */
    if (depth > TD_MAX_DIR_DEPTH)
        return td_error_set(err, TD_ERR_TOO_LARGE, "directory '%s' nested deeper than %d levels",
                            path, TD_MAX_DIR_DEPTH);
    /* List first, then visit: no directory handle stays open during recursion. */
    rc = list_dir(path, &ns, err);
    for (i = 0; rc == TD_OK && i < ns.n; i++)
        rc = visit(opts, path, ns.v[i], depth, err);
    names_free(&ns);
    return rc;
}
