/* dataset — see dataset.h. */
#include "dataset.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rng.h"
#include "util.h"

int64_t dataset_size(int p, int k)
{
    int64_t n = 1;
    for (int i = 0; i < k; i++) {
        n *= p;
        if (n > INT32_MAX) die("p^k = %d^%d does not fit a 32-bit index", p, k);
    }
    return n;
}

void dataset_tokens(int p, int k, int64_t idx, int32_t *tok)
{
    for (int i = k - 1; i >= 0; i--) {
        tok[i] = (int32_t)(idx % p);
        idx /= p;
    }
}

int32_t dataset_label(int p, int k, int64_t idx)
{
    int64_t sum = 0;
    for (int i = 0; i < k; i++) {
        sum += idx % p;
        idx /= p;
    }
    return (int32_t)(sum % p);
}

int32_t *dataset_split_tokens(int p, int k, const Split *s)
{
    int32_t *tok = xmalloc(sizeof *tok * (size_t)(s->n * k + 1));
    for (int64_t i = 0; i < s->n; i++) dataset_tokens(p, k, s->idx[i], tok + i * k);
    return tok;
}

int64_t dataset_train_count(double frac, int64_t total)
{
    /* floor, with a guard against 0.3 * 9409 landing a hair below an integer */
    return (int64_t)floor(frac * (double)total + 1e-9);
}

static void split_alloc(Split *s, int64_t n)
{
    s->n = n;
    s->idx = xmalloc(sizeof *s->idx * (size_t)(n + 1));
    s->y = xmalloc(sizeof *s->y * (size_t)(n + 1));
}

/* Fills train/test from a membership flag per tuple; both sorted by index. */
static void split_from_flags(Dataset *ds, const uint8_t *in_train)
{
    int64_t total = dataset_size(ds->p, ds->k), ntrain = 0;
    for (int64_t i = 0; i < total; i++) ntrain += in_train[i] != 0;
    split_alloc(&ds->train, ntrain);
    split_alloc(&ds->test, total - ntrain);
    int64_t a = 0, b = 0;
    for (int64_t i = 0; i < total; i++) {
        Split *s = in_train[i] ? &ds->train : &ds->test;
        int64_t *at = in_train[i] ? &a : &b;
        s->idx[*at] = (int32_t)i;
        s->y[*at] = dataset_label(ds->p, ds->k, i);
        (*at)++;
    }
}

void dataset_split_random(Dataset *ds, double frac, uint64_t seed)
{
    int64_t total = dataset_size(ds->p, ds->k);
    int64_t ntrain = dataset_train_count(frac, total);
    int32_t *order = xmalloc(sizeof *order * (size_t)total);
    for (int64_t i = 0; i < total; i++) order[i] = (int32_t)i;
    Rng rng = rng_stream(seed, STREAM_SPLIT);
    rng_shuffle_i32(&rng, order, total);
    uint8_t *flag = xcalloc((size_t)total, 1);
    for (int64_t i = 0; i < ntrain; i++) flag[order[i]] = 1;
    split_from_flags(ds, flag);
    free(flag);
    free(order);
}

/* Per class c: floor(frac * count_c) examples; the remaining train slots go
 * one each to classes drawn at random (as sklearn's stratified split does),
 * so the total is floor(frac * p^k). */
void dataset_split_stratified(Dataset *ds, double frac, uint64_t seed)
{
    int p = ds->p;
    int64_t total = dataset_size(p, ds->k), ntrain = dataset_train_count(frac, total);
    int64_t per_class = total / p; /* every class has p^(k-1) tuples */
    Rng rng = rng_stream(seed, STREAM_SPLIT);
    int64_t *take = xcalloc((size_t)p, sizeof *take);
    int64_t assigned = 0;
    for (int c = 0; c < p; c++) assigned += take[c] = (int64_t)floor(frac * (double)per_class + 1e-9);
    int32_t *classes = xmalloc(sizeof *classes * (size_t)p);
    for (int c = 0; c < p; c++) classes[c] = c;
    rng_shuffle_i32(&rng, classes, p);
    for (int i = 0; assigned < ntrain; i++) {
        if (i >= p) die("stratified split: cannot place %lld train examples", (long long)ntrain);
        if (take[classes[i]] < per_class) take[classes[i]]++, assigned++;
    }
    /* members of class c, in index order, then a random subset of take[c] */
    uint8_t *flag = xcalloc((size_t)total, 1);
    int32_t *members = xmalloc(sizeof *members * (size_t)per_class);
    for (int c = 0; c < p; c++) {
        int64_t m = 0;
        for (int64_t i = 0; i < total; i++)
            if (dataset_label(p, ds->k, i) == c) members[m++] = (int32_t)i;
        rng_shuffle_i32(&rng, members, m);
        for (int64_t i = 0; i < take[c]; i++) flag[members[i]] = 1;
    }
    split_from_flags(ds, flag);
    free(members);
    free(flag);
    free(classes);
    free(take);
}

void dataset_split_all(Dataset *ds)
{
    int64_t total = dataset_size(ds->p, ds->k);
    uint8_t *flag = xmalloc((size_t)total);
    memset(flag, 1, (size_t)total);
    split_from_flags(ds, flag); /* leaves an empty test split */
    free(flag);
    free(ds->test.idx);
    free(ds->test.y);
    split_alloc(&ds->test, total);
    memcpy(ds->test.idx, ds->train.idx, sizeof(int32_t) * (size_t)total);
    memcpy(ds->test.y, ds->train.y, sizeof(int32_t) * (size_t)total);
}

void dataset_split_mask(Dataset *ds, const uint8_t *mask) { split_from_flags(ds, mask); }

int64_t dataset_add_label_noise(Dataset *ds, double alpha, uint64_t seed)
{
    Split *t = &ds->train;
    int64_t nnoisy = (int64_t)llround(alpha * (double)t->n);
    if (nnoisy == 0) return 0;
    int32_t *pos = xmalloc(sizeof *pos * (size_t)t->n);
    for (int64_t i = 0; i < t->n; i++) pos[i] = (int32_t)i;
    Rng rng = rng_stream(seed, STREAM_NOISE);
    /* partial Fisher–Yates: the first nnoisy positions are a uniform sample */
    for (int64_t i = 0; i < nnoisy; i++) {
        int64_t j = i + (int64_t)rng_below(&rng, (uint64_t)(t->n - i));
        int32_t tmp = pos[i];
        pos[i] = pos[j];
        pos[j] = tmp;
        int32_t shift = 1 + (int32_t)rng_below(&rng, (uint64_t)ds->p - 1);
        t->y[pos[i]] = (t->y[pos[i]] + shift) % ds->p;
    }
    free(pos);
    return nnoisy;
}

void dataset_to_tensors(const Dataset *ds, TensorList *tl)
{
    int64_t ntr[1] = {ds->train.n}, nte[1] = {ds->test.n};
    tl_add(tl, "train_idx", DT_I32, 1, ntr, ds->train.idx);
    tl_add(tl, "train_y", DT_I32, 1, ntr, ds->train.y);
    tl_add(tl, "test_idx", DT_I32, 1, nte, ds->test.idx);
    tl_add(tl, "test_y", DT_I32, 1, nte, ds->test.y);
    char buf[32];
    snprintf(buf, sizeof buf, "%d", ds->p);
    tl_meta_set(tl, "p", buf);
    snprintf(buf, sizeof buf, "%d", ds->k);
    tl_meta_set(tl, "k", buf);
}

static void read_split(Split *s, const TensorList *tl, const char *path, const char *idx_name,
                       const char *y_name, int p, int64_t total)
{
    int64_t any[1] = {-1};
    Tensor *idx = tl_need(tl, path, idx_name, DT_I32, 1, any);
    int64_t n[1] = {idx->shape[0]};
    Tensor *y = tl_need(tl, path, y_name, DT_I32, 1, n);
    split_alloc(s, n[0]);
    memcpy(s->idx, idx->data, idx->nbytes);
    memcpy(s->y, y->data, y->nbytes);
    for (int64_t i = 0; i < s->n; i++) {
        if (s->idx[i] < 0 || s->idx[i] >= total) die("%s: %s[%lld] = %d is not a tuple index", path, idx_name, (long long)i, s->idx[i]);
        if (s->y[i] < 0 || s->y[i] >= p) die("%s: %s[%lld] = %d is not a class", path, y_name, (long long)i, s->y[i]);
    }
}

void dataset_from_tensors(Dataset *ds, const TensorList *tl, const char *path)
{
    memset(ds, 0, sizeof *ds);
    if (!tl_get(tl, "train_idx")) die("%s: not a dataset file (no member train_idx)", path);
    ds->p = (int)tl_meta_long(tl, path, "p", 2, 1 << 20);
    ds->k = (int)tl_meta_long(tl, path, "k", 1, 16);
    int64_t total = dataset_size(ds->p, ds->k);
    read_split(&ds->train, tl, path, "train_idx", "train_y", ds->p, total);
    read_split(&ds->test, tl, path, "test_idx", "test_y", ds->p, total);
}

Dataset dataset_read(const char *path)
{
    TensorList tl = npz_read(path);
    Dataset ds;
    dataset_from_tensors(&ds, &tl, path);
    tl_free(&tl);
    return ds;
}

void dataset_free(Dataset *ds)
{
    free(ds->train.idx);
    free(ds->train.y);
    free(ds->test.idx);
    free(ds->test.y);
    memset(ds, 0, sizeof *ds);
}
