/*
 * test_vector.c - tests of src/cluster/vector.c: building sorted term
 * vectors from maps, the 12-byte record serialization and its parser's
 * checks on corrupt blobs, and the days an article's text gives carried
 * in its vector (cluster_vec_set_days), and so the names it gives only in
 * a clause about another happening (cluster_vec_set_clause).
 */
#include <string.h>

#include "cluster/cluster.h"
#include "core/alloc.h"
#include "core/map64.h"
#include "test.h"

TD_TEST(test_vector__from_map_sorts)
{
    static const uint64_t keys[] = {900, 5, 77, 1ull << 63, 300};
    struct td_map64 m;
    struct cluster_vec v;
    uint32_t *val;
    size_t i;

    map64_init(&m);
    cluster_vec_init(&v);
    for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
        ASSERT_OK(map64_upsert(&m, keys[i], (uint32_t)(keys[i] % 1000 + 1), &val, NULL));
    }
    ASSERT_OK(cluster_vec_from_map(&v, &m));
    ASSERT_EQ_INT(v.n, 5);
    for (i = 1; i < v.n; i++)
        ASSERT_TRUE(v.terms[i - 1] < v.terms[i]);
    ASSERT_TRUE(v.terms[0] == 5 && v.counts[0] == 6);
    ASSERT_TRUE(v.terms[4] == (1ull << 63));
    ASSERT_EQ_INT(v.counts[4], (1ull << 63) % 1000 + 1);
    /* Rebuilding from an empty map gives an empty vector. */
    map64_clear(&m);
    ASSERT_OK(cluster_vec_from_map(&v, &m));
    ASSERT_EQ_INT(v.n, 0);
    cluster_vec_release(&v);
    map64_release(&m);
}

/* Checks that `v` holds every key of `m` once, increasing, with its value. */
static void check_sorted_from(const struct cluster_vec *v, const struct td_map64 *m)
{
    size_t i;

    ASSERT_EQ_INT(v->n, m->n);
    for (i = 0; i < v->n; i++) {
        const uint32_t *val = map64_get(m, v->terms[i]);
        ASSERT_TRUE(val != NULL && *val == v->counts[i]);
        if (i > 0)
            ASSERT_TRUE(v->terms[i - 1] < v->terms[i]);
    }
}

TD_TEST(test_vector__from_map_sorts_many_keys)
{
    struct td_map64 m;
    struct cluster_vec v;
    uint32_t *val;
    uint64_t k;
    size_t i;

    map64_init(&m);
    cluster_vec_init(&v);
    /* Spread keys, as term hashes are: the bucket path. */
    for (i = 0; i < 3000; i++) {
        k = (uint64_t)(i + 1) * 0x9E3779B97F4A7C15ull;
        ASSERT_OK(map64_upsert(&m, k, (uint32_t)i, &val, NULL));
    }
    ASSERT_OK(cluster_vec_from_map(&v, &m));
    check_sorted_from(&v, &m);
    /* Small keys all share the top byte: the fallback path. */
    map64_clear(&m);
    for (i = 0; i < 500; i++)
        ASSERT_OK(map64_upsert(&m, (uint64_t)((i * 7919) % 1000 + 2), (uint32_t)i, &val, NULL));
    ASSERT_OK(cluster_vec_from_map(&v, &m));
    check_sorted_from(&v, &m);
    cluster_vec_release(&v);
    map64_release(&m);
}

/*
 * Every size from 1 to 600 keys, so that each bucket count the sort picks
 * (16 to 256, by the number of keys) and the steps between them are met,
 * with random spread keys and with a few pairs that share all their top
 * bits (same bucket, inserted in both orders).
 */
TD_TEST(test_vector__from_map_sorts_every_size)
{
    struct td_map64 m;
    struct cluster_vec v;
    uint32_t *val;
    uint64_t x = 88172645463325252ull;
    size_t n, i;

    map64_init(&m);
    cluster_vec_init(&v);
    for (n = 1; n <= 600; n++) {
        map64_clear(&m);
        for (i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            /* Every fifth key is its predecessor's neighbour: one bucket, either order. */
            uint64_t k = i % 5 == 4 ? (x & 1 ? m.slots[m.order[i - 1]].key + 1
                                             : m.slots[m.order[i - 1]].key - 1)
                                    : x;
            ASSERT_OK(map64_upsert(&m, k, (uint32_t)(i + 1), &val, NULL));
        }
        ASSERT_OK(cluster_vec_from_map(&v, &m));
        check_sorted_from(&v, &m);
    }
    cluster_vec_release(&v);
    map64_release(&m);
}

TD_TEST(test_vector__serialize_parse_round_trip)
{
    static const uint64_t terms[] = {1, 0x0102030405060708ull, 0xfffffffffffffff0ull};
    static const uint32_t counts[] = {3, 1, 0xfffffffeu};
    static const unsigned char first[12] = {1, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0};
    struct cluster_vec v, w;
    struct td_buf b;
    size_t i;

    cluster_vec_init(&v);
    cluster_vec_init(&w);
    td_buf_init(&b, 0);
    v.terms = (uint64_t *)terms;
    v.counts = (uint32_t *)counts;
    v.n = 3;
    ASSERT_OK(cluster_vec_serialize(&v, &b));
    ASSERT_EQ_INT(b.len, 36);
    ASSERT_TRUE(memcmp(b.data, first, sizeof(first)) == 0);
    ASSERT_EQ_INT((unsigned char)b.data[12], 0x08); /* little-endian */
    ASSERT_OK(cluster_vec_parse(&w, b.data, b.len, NULL));
    ASSERT_EQ_INT(w.n, 3);
    for (i = 0; i < 3; i++) {
        ASSERT_TRUE(w.terms[i] == terms[i]);
        ASSERT_TRUE(w.counts[i] == counts[i]);
    }
    ASSERT_OK(cluster_vec_parse(&w, b.data, 0, NULL));
    ASSERT_EQ_INT(w.n, 0);
    td_buf_release(&b);
    cluster_vec_release(&w);
}

/* A blob of records (hash, count), little-endian. */
static size_t pack(unsigned char *out, const uint64_t *t, const uint32_t *c, size_t n)
{
    size_t i, b;

    for (i = 0; i < n; i++) {
        for (b = 0; b < 8; b++)
            out[12 * i + b] = (unsigned char)(t[i] >> (8 * b));
        for (b = 0; b < 4; b++)
            out[12 * i + 8 + b] = (unsigned char)(c[i] >> (8 * b));
    }
    return 12 * n;
}

TD_TEST(test_vector__corrupt_blobs)
{
    static const struct {
        const char *what;
        uint64_t t[3];
        uint32_t c[3];
        size_t n, cut;
    } cases[] = {
        {"length not a multiple of 12", {1, 2, 3}, {1, 1, 1}, 3, 1},
        {"unsorted", {1, 3, 2}, {1, 1, 1}, 3, 0},
        {"repeated term", {1, 2, 2}, {1, 1, 1}, 3, 0},
        {"zero count", {1, 2, 3}, {1, 0, 1}, 3, 0},
        {"zero count first", {1, 2, 3}, {0, 1, 1}, 3, 0},
        {"one byte", {1}, {1}, 1, 11},
    };
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        unsigned char blob[36];
        struct cluster_vec v;
        struct td_error err;
        size_t len = pack(blob, cases[i].t, cases[i].c, cases[i].n) - cases[i].cut;

        cluster_vec_init(&v);
        td_error_clear(&err);
        if (cluster_vec_parse(&v, blob, len, &err) != TD_ERR_PARSE) {
            td_test_fail(__FILE__, __LINE__, "case '%s' not refused", cases[i].what);
            cluster_vec_release(&v);
            return;
        }
        ASSERT_EQ_INT(err.code, TD_ERR_PARSE);
        ASSERT_TRUE(strstr(err.msg, "corrupt") != NULL);
        cluster_vec_release(&v);
    }
}

/* Builds `*v` (initialised here) from the `n` terms `terms` with counts `counts`. */
static void vec_of(struct cluster_vec *v, const uint64_t *terms, const uint32_t *counts, size_t n)
{
    struct td_map64 m;
    uint32_t *val;
    size_t i;

    cluster_vec_init(v);
    map64_init(&m);
    for (i = 0; i < n; i++)
        ASSERT_OK(map64_upsert(&m, terms[i], counts[i], &val, NULL));
    ASSERT_OK(cluster_vec_from_map(v, &m));
    map64_release(&m);
}

TD_TEST(test_vector__days_ride_with_the_terms)
{
    static const uint64_t terms[] = {0x10, 0x20, 0x8000000000000001ull};
    static const uint32_t counts[] = {2, 1, 4};
    struct cluster_vec v, w;
    struct cluster_doc d;
    struct td_buf b;
    size_t i;

    cluster_vec_init(&w);
    td_buf_init(&b, 0);
    vec_of(&v, terms, counts, 3);
    ASSERT_OK(cluster_vec_set_days(&v, false, 0, false, 0));
    ASSERT_EQ_INT(v.n, 3);
    /* No days: the document is its terms. */
    d = cluster_doc_of(&v, false, 0, "en");
    ASSERT_TRUE(!d.has_told && !d.has_after && d.n == 3 && d.terms[0] == 0x10);
    /* Days before 1970 and after it go in front, come back through the store, and are no terms. */
    ASSERT_OK(cluster_vec_set_days(&v, true, -3000, true, 14245));
    ASSERT_EQ_INT(v.n, 5);
    ASSERT_OK(cluster_vec_serialize(&v, &b));
    ASSERT_OK(cluster_vec_parse(&w, b.data, b.len, NULL));
    d = cluster_doc_of(&w, false, 0, "en");
    ASSERT_TRUE(d.has_told && d.told_day == -3000 && d.has_after && d.after_day == 14245);
    ASSERT_EQ_INT(d.n, 3);
    for (i = 0; i < 3; i++)
        ASSERT_TRUE(d.terms[i] == terms[i] && d.counts[i] == counts[i]);
    /* Setting again replaces them: the mention alone, then nothing. */
    ASSERT_OK(cluster_vec_set_days(&w, false, 0, true, 100));
    d = cluster_doc_of(&w, false, 0, "en");
    ASSERT_TRUE(!d.has_told && d.has_after && d.after_day == 100 && d.n == 3);
    ASSERT_OK(cluster_vec_set_days(&w, false, 0, false, 0));
    ASSERT_EQ_INT(w.n, 3);
    /* A day too far off for a count is left out. */
    ASSERT_OK(cluster_vec_set_days(&w, true, CLUSTER_DAY_BIAS * 8, true, -CLUSTER_DAY_BIAS));
    ASSERT_EQ_INT(w.n, 3);
    td_buf_release(&b);
    cluster_vec_release(&v);
    cluster_vec_release(&w);
}

TD_TEST(test_vector__clause_names_ride_with_the_terms)
{
    static const uint64_t terms[] = {0x10, 0x20, 0x8000000000000001ull, 0x8000000000000009ull};
    static const uint32_t counts[] = {1, 2, 3, 4};
    static const uint64_t marked[] = {0x8000000000000009ull, 0x77, 0x20, 0x20};
    struct cluster_vec v, w;
    struct cluster_doc d;
    struct td_buf b;
    size_t i;

    cluster_vec_init(&w);
    td_buf_init(&b, 0);
    vec_of(&v, terms, counts, 4);
    /* No names marked: the vector is as it was. */
    ASSERT_OK(cluster_vec_set_clause(&v, marked, 0));
    ASSERT_EQ_INT(v.n, 4);
    d = cluster_doc_of(&v, false, 0, "en");
    ASSERT_EQ_INT(d.nclause, 0);
    /* Two of the names are terms (one given twice), one is not: two records after the days. */
    ASSERT_OK(cluster_vec_set_days(&v, true, 14000, false, 0));
    ASSERT_OK(cluster_vec_set_clause(&v, marked, 4));
    ASSERT_EQ_INT(v.n, 7);
    ASSERT_OK(cluster_vec_serialize(&v, &b));
    ASSERT_OK(cluster_vec_parse(&w, b.data, b.len, NULL));
    d = cluster_doc_of(&w, false, 0, "en");
    ASSERT_TRUE(d.has_told && d.told_day == 14000 && !d.has_after);
    ASSERT_EQ_INT(d.n, 4);
    for (i = 0; i < 4; i++)
        ASSERT_TRUE(d.terms[i] == terms[i] && d.counts[i] == i + 1);
    ASSERT_EQ_INT(d.nclause, 2);
    ASSERT_TRUE(d.terms[d.clause_at[0] - 1] == marked[0]);
    ASSERT_TRUE(d.terms[d.clause_at[1] - 1] == marked[2]);
    /* Marking again replaces them; the days can still be set after. */
    ASSERT_OK(cluster_vec_set_clause(&w, marked + 2, 1));
    ASSERT_OK(cluster_vec_set_days(&w, false, 0, true, 14001));
    d = cluster_doc_of(&w, false, 0, "en");
    ASSERT_TRUE(!d.has_told && d.has_after && d.after_day == 14001);
    ASSERT_TRUE(d.n == 4 && d.nclause == 1 && d.terms[d.clause_at[0] - 1] == 0x20);
    td_buf_release(&b);
    cluster_vec_release(&v);
    cluster_vec_release(&w);
}

TD_TEST(test_vector__term_hash_is_stable)
{
    ASSERT_TRUE(cluster_term_hash("ferry", 5) == cluster_term_hash("ferry strike", 5));
    ASSERT_TRUE(cluster_term_hash("ferry", 5) != cluster_term_hash("Ferry", 5));
}

TD_TEST(test_vector__oom)
{
    static const unsigned char blob[24] = {1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
                                           2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0};
    struct td_map64 m;
    struct cluster_vec v;
    uint32_t *val;
    long n;
    enum td_err rc = TD_ERR_NOMEM;

    map64_init(&m);
    ASSERT_OK(map64_upsert(&m, 10, 1, &val, NULL));
    for (n = 0; rc != TD_OK; n++) {
        cluster_vec_init(&v);
        alloc_fail_after(n);
        rc = cluster_vec_from_map(&v, &m);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        cluster_vec_release(&v);
    }
    ASSERT_TRUE(n > 1);
    for (rc = TD_ERR_NOMEM, n = 0; rc != TD_OK; n++) {
        cluster_vec_init(&v);
        alloc_fail_after(n);
        rc = cluster_vec_parse(&v, blob, sizeof(blob), NULL);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        cluster_vec_release(&v);
    }
    ASSERT_TRUE(n > 1);
    map64_release(&m);
}
