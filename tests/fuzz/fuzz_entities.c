/*
 * fuzz_entities.c - libFuzzer target for the entity tagger: the first byte
 * picks a language, the rest is the text; the mentions must be ordered,
 * non-overlapping spans inside the text, and the story-level merger must
 * accept them (added twice, resolved, every mention mapped).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "tidings/entity.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Checks the mentions of `text`; aborts (a fuzzer finding) when one is wrong. */
static void check(const char *text, size_t len, const struct td_mention_list *l)
{
    struct td_entity_set *set = NULL;
    size_t k;

    for (k = 0; k < l->n; k++) {
        const struct td_mention *m = &l->items[k];
        if (m->start >= m->end || m->end > len || m->start_cp >= m->end_cp ||
            (k > 0 && m->start < l->items[k - 1].end))
            abort();
    }
    if (td_entity_set_new(&set, NULL) != TD_OK)
        return;
    if (td_entity_set_add(set, text, len, l, NULL) != TD_OK ||
        td_entity_set_add(set, text, len, l, NULL) != TD_OK)
        abort();
    if (td_entity_set_resolve(set, NULL) == TD_OK) {
        for (k = 0; k < l->n; k++) {
            if (td_entity_set_entity_of(set, 1, k) >= td_entity_set_count(set))
                abort();
        }
    }
    td_entity_set_free(set);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[] = {"en", "es", "de", "fr"};
    struct td_mention_list l;

    if (size == 0)
        return 0;
    td_mention_list_init(&l);
    if (td_entities_find(NULL, (const char *)data + 1, size - 1, langs[data[0] % 4], &l, NULL) ==
        TD_OK) {
        check((const char *)data + 1, size - 1, &l);
        td_mention_list_release(&l);
    }
    return 0;
}
