/* timex_cases.c - see timex_cases.h. */
#include "timex_cases.h"

#include <string.h>

#include "test.h"
#include "tidings/extract.h"

static void check(size_t i, const struct timex_case *c)
{
    struct td_timex_list l;
    const struct td_timex *x;
    size_t k;

    td_timex_list_init(&l);
    ASSERT_OK(td_timex_find(c->text, strlen(c->text), c->dct, c->lang, &l, NULL));
    if (c->span == NULL) {
        if (l.n != 0)
            td_test_fail(__FILE__, __LINE__, "case %zu '%s': unexpected timex", i, c->text);
        ASSERT_EQ_INT(l.n, 0);
        td_timex_list_release(&l);
        return;
    }
    k = c->nth < 0 ? l.n - 1 : (size_t)c->nth;
    if (l.n == 0 || k >= l.n)
        td_test_fail(__FILE__, __LINE__, "case %zu '%s': %zu timexes", i, c->text, l.n);
    ASSERT_TRUE(l.n > 0 && k < l.n);
    x = &l.items[k];
    if (strlen(c->span) != x->end - x->start ||
        memcmp(c->span, c->text + x->start, x->end - x->start) != 0)
        td_test_fail(__FILE__, __LINE__, "case %zu '%s': span '%.*s'", i, c->text,
                     (int)(x->end - x->start), c->text + x->start);
    ASSERT_STREQ(td_timex_type_name(x->type), c->type);
    if (strcmp(x->value, c->value) != 0)
        td_test_fail(__FILE__, __LINE__, "case %zu '%s': value %s", i, c->text, x->value);
    td_timex_list_release(&l);
}

void timex_check_cases(const struct timex_case *cases, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        check(i, &cases[i]);
}
