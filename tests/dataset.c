/* Datasets: tuple encoding, split sizes (the paper's 2822/6587 stratified
 * split), label noise (exact count, always a wrong class, test labels clean),
 * and the random split's determinism. */
#include <stdlib.h>
#include <string.h>

#include "dataset.h"
#include "tap.h"

static int count_class(const Split *s, int p, int c)
{
    int n = 0;
    for (int64_t i = 0; i < s->n; i++) n += s->y[i] == c;
    (void)p;
    return n;
}

int main(void)
{
    plan(14);
    int32_t tok[3];
    dataset_tokens(5, 3, 2 * 25 + 3 * 5 + 4, tok);
    ok(tok[0] == 2 && tok[1] == 3 && tok[2] == 4, "index 2*25+3*5+4 decodes to tokens (2, 3, 4)");
    is_int(dataset_label(5, 3, 2 * 25 + 3 * 5 + 4), (2 + 3 + 4) % 5, "its label is (2+3+4) mod 5");

    Dataset ds = {.p = 97, .k = 2};
    dataset_split_stratified(&ds, 0.3, 0);
    is_int(ds.train.n, 2822, "stratified 30%% split of 97^2 pairs has 2822 training pairs");
    is_int(ds.test.n, 6587, "and 6587 validation pairs");
    int min = 1 << 30, max = 0;
    for (int c = 0; c < 97; c++) {
        int n = count_class(&ds.train, 97, c);
        min = n < min ? n : min;
        max = n > max ? n : max;
    }
    ok(min == 29 && max == 30, "every class has 29 or 30 training pairs (min %d, max %d)", min, max);
    int labels_ok = 1;
    for (int64_t i = 0; i < ds.test.n; i++) labels_ok &= ds.test.y[i] == dataset_label(97, 2, ds.test.idx[i]);
    ok(labels_ok, "validation labels are (a + b) mod 97");

    int32_t *clean = malloc(sizeof *clean * (size_t)ds.train.n);
    memcpy(clean, ds.train.y, sizeof *clean * (size_t)ds.train.n);
    int64_t noisy = dataset_add_label_noise(&ds, 0.1, 0);
    is_int(noisy, 282, "alpha 0.1 relabels round(0.1 * 2822) = 282 examples");
    int changed = 0, in_range = 1;
    for (int64_t i = 0; i < ds.train.n; i++) {
        changed += ds.train.y[i] != clean[i];
        in_range &= ds.train.y[i] >= 0 && ds.train.y[i] < 97;
    }
    is_int(changed, 282, "each relabelled example has a wrong label (%d changed)", changed);
    ok(in_range, "noisy labels are classes");
    free(clean);
    dataset_free(&ds);

    Dataset a = {.p = 23, .k = 2}, b = {.p = 23, .k = 2}, c = {.p = 23, .k = 2};
    dataset_split_random(&a, 0.75, 42);
    dataset_split_random(&b, 0.75, 42);
    dataset_split_random(&c, 0.75, 43);
    is_int(a.train.n, 396, "random 75%% split of 529 pairs has int(0.75 * 529) = 396 training pairs");
    ok(memcmp(a.train.idx, b.train.idx, sizeof(int32_t) * 396) == 0, "same seed, same split");
    ok(memcmp(a.train.idx, c.train.idx, sizeof(int32_t) * 396) != 0, "another seed, another split");
    dataset_free(&a);
    dataset_free(&b);
    dataset_free(&c);

    Dataset all = {.p = 7, .k = 3};
    dataset_split_all(&all);
    is_int(all.train.n, 343, "split 'all' trains on every one of 7^3 tuples");
    is_int(all.test.n, 343, "and tests on the same tuples");
    dataset_free(&all);
    return done_testing();
}
