/* test_arena.c - tests of src/core/arena.c: pieces, large pieces, reset and reuse, OOM, rewind. */
#include <stdalign.h>
#include <stdint.h>

#include "core/alloc.h"
#include "core/arena.h"
#include "test.h"

/* Pieces are aligned, do not overlap, and keep their bytes as more blocks are added. */
TD_TEST(test_arena__pieces_keep_their_bytes)
{
    struct td_arena a;
    unsigned char *p[200];
    size_t i, j, bytes;

    arena_init(&a, 256, 1024);
    for (i = 0; i < 200; i++) {
        p[i] = arena_alloc(&a, i % 37 + 1);
        ASSERT_TRUE(p[i] != NULL);
        ASSERT_EQ_INT((uintptr_t)p[i] % alignof(max_align_t), 0);
        memset(p[i], (int)i, i % 37 + 1);
    }
    for (i = 0; i < 200; i++)
        for (j = 0; j < i % 37 + 1; j++)
            ASSERT_EQ_INT(p[i][j], (unsigned char)i);
    ASSERT_TRUE(arena_blocks(&a, &bytes) > 10);
    arena_release(&a);
    ASSERT_TRUE(a.head == NULL && a.cur == NULL);
}

/* A piece larger than a block gets a block of its own; the blocks after it are still used. */
TD_TEST(test_arena__large_piece_own_block)
{
    struct td_arena a;
    char *small, *big, *after;
    size_t bytes;

    arena_init(&a, 128, 0);
    small = arena_alloc(&a, 16);
    big = arena_memdup(&a, "0123456789", 10);
    ASSERT_TRUE(small != NULL && big != NULL);
    ASSERT_STREQ(big, "0123456789");
    big = arena_alloc(&a, 1000);
    ASSERT_TRUE(big != NULL);
    memset(big, 'x', 1000);
    after = arena_alloc(&a, 100);
    ASSERT_TRUE(after != NULL && (after + 100 <= big || after >= big + 1000));
    ASSERT_EQ_INT(arena_blocks(&a, &bytes), 3);
    ASSERT_EQ_INT(bytes, 128 + 1008 + 128);
    arena_release(&a);
}

/* After a reset the kept blocks serve the same pieces again without one allocation. */
TD_TEST(test_arena__reset_reuses_blocks)
{
    struct td_arena a;
    size_t i, bytes;
    int oom = 0;

    arena_init(&a, 1024, 4096);
    for (i = 0; i < 50; i++)
        ASSERT_TRUE(arena_strdup(&a, "a string of some forty bytes, give or take", &oom) != NULL);
    ASSERT_EQ_INT(arena_blocks(&a, &bytes), 3);
    arena_reset(&a);
    ASSERT_EQ_INT(arena_blocks(&a, &bytes), 3);
    alloc_fail_after(0);
    for (i = 0; i < 50; i++)
        ASSERT_TRUE(arena_strdup(&a, "a string of some forty bytes, give or take", &oom) != NULL);
    ASSERT_TRUE(!alloc_failed());
    ASSERT_TRUE(arena_alloc(&a, 4000) == NULL);
    alloc_fail_after(-1);
    ASSERT_EQ_INT(oom, 0);
    arena_release(&a);
}

/* A reset frees the blocks past the budget, a lone block over the budget too. */
TD_TEST(test_arena__reset_keeps_budget)
{
    struct td_arena a;
    size_t i, bytes;

    arena_init(&a, 1000, 2500);
    for (i = 0; i < 5; i++)
        ASSERT_TRUE(arena_alloc(&a, 900) != NULL);
    ASSERT_EQ_INT(arena_blocks(&a, &bytes), 5);
    arena_reset(&a);
    ASSERT_EQ_INT(arena_blocks(&a, &bytes), 2);
    ASSERT_EQ_INT(bytes, 2000);
    arena_release(&a);
    arena_init(&a, 1000, 2500);
    ASSERT_TRUE(arena_alloc(&a, 3000) != NULL);
    arena_reset(&a);
    ASSERT_EQ_INT(arena_blocks(&a, &bytes), 0);
    ASSERT_TRUE(arena_alloc(&a, 10) != NULL);
    arena_release(&a);
}

/* Out of memory: NULL, `oom` set, and the arena as it was; NULL strings copy to NULL. */
TD_TEST(test_arena__oom_leaves_arena_unchanged)
{
    struct td_arena a;
    struct arena_mark m;
    int oom = 0;
    size_t bytes;

    arena_init(&a, 64, 64);
    ASSERT_TRUE(arena_strdup(&a, NULL, &oom) == NULL);
    ASSERT_EQ_INT(oom, 0);
    ASSERT_TRUE(arena_alloc(&a, 8) != NULL);
    m = arena_mark(&a);
    alloc_fail_after(0);
    ASSERT_TRUE(arena_strdup(&a, "far longer than the sixty-four bytes of the only block", &oom) ==
                NULL);
    alloc_fail_after(-1);
    ASSERT_EQ_INT(oom, 1);
    ASSERT_TRUE(a.cur == m.cur && a.used == m.used);
    ASSERT_EQ_INT(arena_blocks(&a, &bytes), 1);
    arena_release(&a);
}

/* Rewinding hands the same memory out again, across blocks. */
TD_TEST(test_arena__rewind)
{
    struct td_arena a;
    struct arena_mark m;
    char *p, *q;
    size_t bytes;

    arena_init(&a, 64, 1 << 20);
    ASSERT_TRUE(arena_alloc(&a, 48) != NULL);
    m = arena_mark(&a);
    p = arena_alloc(&a, 32);
    ASSERT_TRUE(arena_alloc(&a, 40) != NULL);
    arena_rewind(&a, m);
    q = arena_alloc(&a, 32);
    ASSERT_TRUE(p == q);
    ASSERT_EQ_INT(arena_blocks(&a, &bytes), 3);
    arena_release(&a);
}
